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
fn every_block_driver_branch_is_typed() {
    // The shipped schema describes every block driver: an nbd node's own
    // members are typed fields of its branch.
    let v = json!({ "driver": "nbd", "node-name": "n1", "export": "disk",
                    "server": { "type": "unix", "path": "/run/nbd.sock" } });
    let opts: BlockdevOptions = from_value(v.clone()).unwrap();
    match &opts.driver {
        BlockdevOptionsBranch::Nbd(nbd) => {
            assert_eq!(nbd.export.as_deref(), Some("disk"));
            assert_eq!(opts.node_name.as_deref(), Some("n1"));
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

/// Introspection marks an optional argument with `"default": null`: decoding
/// the captured `query-qmp-schema` replies and encoding them back keeps every
/// one of them, and adds none where the member was absent.
#[test]
fn null_and_absent_stay_apart_in_introspection() {
    let Some(corpus) = qmp_test_support::corpus("null_and_absent_stay_apart_in_introspection")
    else {
        return;
    };
    for file in [
        "qemu-system-x86_64-10.0.2.json",
        "qemu-storage-daemon-10.0.2.json",
    ] {
        let text = std::fs::read_to_string(corpus.join("introspect").join(file)).unwrap();
        let captured: Value = serde_json::from_str(&text).unwrap();
        let original = captured["query-qmp-schema"].clone();
        let decoded: <api::QueryQmpSchema as Command>::Returns =
            from_value(original.clone()).unwrap_or_else(|e| panic!("{file}: {e}"));
        let encoded = to_value(&decoded).unwrap();
        let (mut nulls, mut members) = (0, 0);
        for (orig, enc) in original
            .as_array()
            .unwrap()
            .iter()
            .zip(encoded.as_array().unwrap())
        {
            let (Some(om), Some(em)) = (orig["members"].as_array(), enc["members"].as_array())
            else {
                continue;
            };
            assert_eq!(om.len(), em.len(), "{file}: {}", orig["name"]);
            for (o, e) in om.iter().zip(em) {
                members += 1;
                assert_eq!(
                    o.get("default"),
                    e.get("default"),
                    "{file}: {} member {}",
                    orig["name"],
                    o["name"]
                );
                nulls += usize::from(o.get("default") == Some(&Value::Null));
            }
        }
        assert!(
            nulls > 400,
            "{file}: only {nulls} `\"default\": null` of {members} members"
        );
    }
}

/// Where a member's type admits null (`any`, `null`, an alternate with a
/// null branch), `Some(null)` is sent as `null` and `None` not at all.
#[test]
fn null_and_absent_stay_apart_in_typed_members() {
    use qmp_bindings::api::{BlockdevRefOrNull, SchemaInfoObjectMember};
    let m: SchemaInfoObjectMember =
        from_value(json!({ "name": "a", "type": "str", "default": null })).unwrap();
    assert_eq!(m.default, Some(Value::Null));
    assert_eq!(to_value(&m).unwrap()["default"], Value::Null);
    let m: SchemaInfoObjectMember = from_value(json!({ "name": "a", "type": "str" })).unwrap();
    assert_eq!(m.default, None);
    assert!(to_value(&m).unwrap().get("default").is_none());

    // `backing: null` means "no backing file", unlike an absent `backing`.
    let opts = json!({ "driver": "qcow2", "node-name": "top", "file": "base", "backing": null });
    let o: BlockdevOptions = from_value(opts.clone()).unwrap();
    match &o.driver {
        BlockdevOptionsBranch::Qcow2(q) => {
            assert_eq!(q.backing.as_deref(), Some(&BlockdevRefOrNull::Null(())));
        }
        other => panic!("not qcow2: {other:?}"),
    }
    assert_eq!(to_value(&o).unwrap()["backing"], Value::Null);
    let mut absent = opts;
    absent.as_object_mut().unwrap().remove("backing");
    let o: BlockdevOptions = from_value(absent).unwrap();
    assert!(to_value(&o).unwrap().get("backing").is_none());
}

/// A command whose arguments are all optional has a `Default`, which sends
/// no arguments at all.
#[test]
fn commands_with_only_optional_arguments_have_a_default() {
    let none = api::QueryNamedBlockNodes::default();
    assert_eq!(none.flat, None);
    let req = qmp_bindings::Request::execute(&none, None).unwrap();
    assert_eq!(
        to_value(&req).unwrap(),
        json!({ "execute": "query-named-block-nodes" })
    );
    let flat = api::QueryNamedBlockNodes { flat: Some(true) };
    assert_eq!(to_value(&flat).unwrap(), json!({ "flat": true }));
}
