//! Forward compatibility of the shipped bindings: replies and events from a
//! newer (or simply bigger) QEMU decode. Unknown enum values, unknown
//! members, unknown union branches and unknown events are kept or ignored,
//! never an error; real QEMU 10.0.2 replies from the corpus decode.

use qmp_bindings::api::{
    self, BlockdevOptions, BlockdevOptionsBranch, Event, RunState, StatusInfo,
};
use qmp_bindings::{Command, EventData, EventEnvelope};
use serde_json::{from_value, json, to_value, Value};

#[test]
fn unknown_enum_value_and_member_decode() {
    let reply = json!({ "running": false, "status": "time-travel", "singlestep": false,
                        "a-member-from-qemu-99": { "x": 1 } });
    let info: <api::QueryStatus as Command>::Returns = from_value(reply.clone()).unwrap();
    let info: StatusInfo = info;
    assert_eq!(info.status, RunState::Unknown("time-travel".into()));
    assert_eq!(info.status.as_str(), "time-travel");
    assert!(!info.running);
    // The unknown value is sent back as it came; the unknown member is dropped.
    assert_eq!(to_value(&info).unwrap()["status"], "time-travel");
    assert_eq!(api::decode_return("query-status", reply), Some(Ok(())));
}

#[test]
fn wrong_types_still_fail_with_a_path() {
    let err = api::decode_return(
        "query-status",
        json!({ "running": "yes", "status": "running" }),
    )
    .unwrap()
    .unwrap_err();
    assert!(err.starts_with("running:"), "{err}");
    assert_eq!(api::decode_return("no-such-command", json!({})), None);
}

#[test]
fn unknown_event_decodes_into_the_catch_all() {
    let env: EventEnvelope = from_value(json!({
        "event": "TIME_MACHINE_ENGAGED", "data": { "year": 1985 },
        "timestamp": { "seconds": 1700000000, "microseconds": 5 }
    }))
    .unwrap();
    let ev: Event = env.decode().unwrap();
    assert_eq!(
        ev,
        Event::Unknown {
            name: "TIME_MACHINE_ENGAGED".into(),
            data: json!({ "year": 1985 })
        }
    );
    assert_eq!(ev.name(), "TIME_MACHINE_ENGAGED");
}

#[test]
fn known_events_ignore_new_members() {
    let ev = Event::from_parts("STOP", Value::Null).unwrap();
    assert_eq!(ev, Event::Stop);
    let ev = Event::from_parts(
        "SHUTDOWN",
        json!({ "guest": true, "reason": "guest-shutdown", "new": [1, 2] }),
    )
    .unwrap();
    match ev {
        Event::Shutdown(data) => assert!(data.guest),
        other => panic!("{other:?}"),
    }
    // A known event with malformed data is an error, not the catch-all.
    assert!(Event::from_parts("SHUTDOWN", json!({ "guest": "maybe" })).is_err());
}

#[test]
fn unknown_union_branch_is_kept() {
    let v = json!({ "driver": "holographic", "node-name": "n0", "crystals": 3 });
    let opts: BlockdevOptions = from_value(v.clone()).unwrap();
    assert_eq!(opts.node_name.as_deref(), Some("n0"));
    match &opts.driver {
        BlockdevOptionsBranch::Unknown { tag, members } => {
            assert_eq!(tag, "holographic");
            assert_eq!(members.get("crystals"), Some(&json!(3)));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(to_value(&opts).unwrap(), v);
}

#[test]
fn undescribed_union_branch_keeps_its_members() {
    // The shipped schema describes only a few block drivers; a node of any
    // other driver (here nbd) still goes through `blockdev-add` whole.
    let v = json!({ "driver": "nbd", "node-name": "n1", "export": "disk",
                    "server": { "type": "unix", "path": "/run/nbd.sock" } });
    let opts: BlockdevOptions = from_value(v.clone()).unwrap();
    match &opts.driver {
        BlockdevOptionsBranch::Nbd(members) => {
            assert_eq!(members["export"], "disk");
            assert!(!members.contains_key("node-name"));
            assert!(!members.contains_key("driver"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(to_value(&opts).unwrap(), v);
    assert_eq!(
        api::roundtrip_arguments("blockdev-add", v.clone())
            .unwrap()
            .unwrap(),
        v
    );
}

#[test]
fn registry_lists_the_schema() {
    let names: Vec<&str> = api::COMMANDS.iter().map(|c| c.name).collect();
    for required in [
        "qmp_capabilities",
        "query-status",
        "stop",
        "cont",
        "device_del",
    ] {
        assert!(names.contains(&required), "{required} missing");
    }
    let dd = qmp_bindings::qmp_types::registry::find_command(api::COMMANDS, "device_del").unwrap();
    assert_eq!(
        dd.arg("id").map(|a| (a.optional, a.ty)),
        Some((false, "str"))
    );
    assert!(api::EVENTS.iter().any(|e| e.name == "SHUTDOWN"));
    let sent = api::roundtrip_arguments("device_del", json!({ "id": "x", "from-the-future": 1 }))
        .unwrap()
        .unwrap();
    assert_eq!(sent, json!({ "id": "x" }));
}

#[test]
fn real_qemu_replies_decode() {
    let Some(corpus) = qmp_test_support::corpus("real_qemu_replies_decode") else {
        return;
    };
    for file in [
        "qemu-system-x86_64-10.0.2.json",
        "qemu-storage-daemon-10.0.2.json",
    ] {
        let text = std::fs::read_to_string(corpus.join("introspect").join(file)).unwrap();
        let captured: Value = serde_json::from_str(&text).unwrap();
        let greeting: qmp_bindings::Greeting = from_value(captured["greeting"].clone()).unwrap();
        assert_eq!(greeting.qmp.version.qemu.major, 10);
        for (command, key) in [
            ("query-version", "query-version"),
            ("query-commands", "query-commands"),
            ("query-qmp-schema", "query-qmp-schema"),
        ] {
            let reply = captured[key].clone();
            assert!(!reply.is_null(), "{file}: no {key}");
            let res = api::decode_return(command, reply)
                .unwrap_or_else(|| panic!("{command} is not in the shipped schema"));
            assert_eq!(res, Ok(()), "{file}: {command}");
        }
    }
}
