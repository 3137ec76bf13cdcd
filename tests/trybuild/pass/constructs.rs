// The bindings of qmp-codegen/tests/data/constructs.hx (the golden file,
// which the qmp-codegen golden test keeps equal to the generator's output)
// compile with deny(warnings) and behave.
#![deny(warnings)]

#[allow(dead_code)]
mod api {
    include!("../../../qmp-codegen/tests/golden/constructs.rs");
}

use api::*;
use qmp_bindings::{Command, EventData, Request};
use serde_json::{from_value, json, to_value};

// Using deprecated items needs an explicit allow in user code; the generated
// code itself compiles without one.
#[allow(deprecated)]
fn deprecated_items() {
    let e = Event::from_parts("OLD_EVENT", json!({ "info": { "what": "x" } })).unwrap();
    match e {
        Event::OldEvent(data) => assert_eq!(data.info.what, "x"),
        other => panic!("{other:?}"),
    }
    let cmd = OldThing { id: "a".into() };
    assert_eq!(to_value(&cmd).unwrap(), json!({ "id": "a" }));
    assert_eq!(<OldThing as Command>::NAME, "old-thing");
}

fn main() {
    deprecated_items();
    // Commands: unit structs, renames, skipped options, exact widths.
    assert_eq!(to_value(QueryStatus).unwrap(), json!({}));
    assert_eq!(
        to_value(Request::execute(&QueryStatus, None).unwrap()).unwrap(),
        json!({ "execute": "query-status" })
    );
    assert_eq!(
        to_value(Request::exec_oob(&PingOob, Some(json!(1))).unwrap()).unwrap(),
        json!({ "exec-oob": "ping-oob", "id": 1 })
    );
    assert!(<PingOob as Command>::ALLOW_OOB);
    let c = SetThings {
        r#type: "a".into(),
        foo_bar: None,
        foo_bar_2: Some(u64::MAX),
        size: u64::MAX,
        ratio: None,
        blob: None,
        names: Some(vec!["n".into()]),
        self_: Some(true),
        state: Some(RunState::X86_64),
    };
    assert_eq!(
        to_value(&c).unwrap(),
        json!({ "type": "a", "fooBar": u64::MAX, "size": u64::MAX, "names": ["n"],
                "self": true, "state": "x86_64" })
    );
    assert!(from_value::<SetThings>(json!({ "type": "a", "size": -1 })).is_err());

    // Enums keep values they do not know.
    let s: StatusInfo =
        from_value(json!({ "running": true, "status": "future", "extra": 1 })).unwrap();
    assert_eq!(s.status, RunState::UnknownValue("future".into()));
    assert_eq!(to_value(&s).unwrap(), json!({ "running": true, "status": "future" }));
    assert_eq!(RunState::_1024x768.as_str(), "1024x768");
    assert_eq!("self".parse::<RunState>().unwrap(), RunState::Self_);

    // Unions: known branch, branch without members, unknown branch.
    let d: DeviceOptions =
        from_value(json!({ "id": "d0", "driver": "disk", "file": "/x", "u64": 5 })).unwrap();
    match &d.driver {
        DeviceOptionsBranch::Disk(disk) => {
            assert_eq!(disk.file, "/x");
            assert_eq!(disk.u64, Some(5));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        to_value(&d).unwrap(),
        json!({ "id": "d0", "driver": "disk", "u64": 5, "file": "/x" })
    );
    // `serial` has no branch in the hx schema: as in QAPI, that value has no
    // members beyond the base, and members the schema does not declare are
    // ignored like those of any struct.
    let sv = json!({ "id": "s", "driver": "serial", "baud": 9600 });
    let s: DeviceOptions = from_value(sv).unwrap();
    assert_eq!(s.driver, DeviceOptionsBranch::Serial);
    assert_eq!(
        to_value(&s).unwrap(),
        json!({ "id": "s", "driver": "serial" })
    );
    let u: DeviceOptions =
        from_value(json!({ "id": "d1", "driver": "usb", "port": 3 })).unwrap();
    match &u.driver {
        DeviceOptionsBranch::Unknown { tag, members } => {
            assert_eq!(tag, "usb");
            assert_eq!(members["port"], 3);
            assert!(!members.contains_key("id"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(to_value(&u).unwrap(), json!({ "id": "d1", "driver": "usb", "port": 3 }));
    let err = from_value::<DeviceOptions>(json!({ "id": "d0", "driver": "disk" })).unwrap_err();
    assert!(err.to_string().contains("file"), "{err}");

    // Alternates pick the branch by JSON type; integers stay integers.
    assert_eq!(from_value::<Setting>(json!(3)).unwrap(), Setting::Int(3));
    assert_eq!(from_value::<Setting>(json!(1.5)).unwrap(), Setting::Number(1.5));
    assert_eq!(from_value::<Setting>(json!("x")).unwrap(), Setting::Str("x".into()));
    assert!(matches!(from_value::<Setting>(json!({ "name": "n" })).unwrap(), Setting::Node(_)));

    // Recursive types.
    let tree: Node = from_value(json!({ "name": "r", "children": [ { "name": "c" } ],
        "parent": { "name": "p" }, "link": { "back": { "name": "b" } } }))
    .unwrap();
    assert_eq!(tree.parent.as_ref().unwrap().name, "p");
    assert_eq!(tree.link.unwrap().back.unwrap().name, "b");

    // Events: known with data, known without, unknown.
    let e = Event::from_parts("SHUTDOWN", json!({ "guest": true, "new": 1 })).unwrap();
    assert_eq!(e, Event::Shutdown(Shutdown { guest: true, reason: None }));
    assert_eq!(e.name(), "SHUTDOWN");
    assert_eq!(Event::from_parts("STOP", serde_json::Value::Null).unwrap(), Event::Stop);
    let n = Event::from_parts("BRAND_NEW", json!({ "a": 1 })).unwrap();
    assert_eq!(n, Event::Unknown { name: "BRAND_NEW".into(), data: json!({ "a": 1 }) });
    assert_eq!(n.name(), "BRAND_NEW");

    // The registry.
    assert_eq!(COMMANDS.len(), 8);
    let info = COMMANDS.iter().find(|c| c.name == "set-things").unwrap();
    assert!(info.arg("foo-bar").unwrap().optional);
    assert_eq!(info.arg("names").unwrap().ty, "[str]");
    assert_eq!(EVENTS.len(), 3);
    assert_eq!(
        roundtrip_arguments("set-things", json!({ "type": "a", "size": 1, "extra": true }))
            .unwrap()
            .unwrap(),
        json!({ "type": "a", "size": 1 })
    );
    assert_eq!(roundtrip_arguments("stop", json!(null)).unwrap().unwrap(), json!({}));
    // A command that takes more than its members keeps the rest.
    assert!(COMMANDS.iter().find(|c| c.name == "plug").unwrap().extra_args);
    assert!(!info.extra_args);
    let plug: Plug = from_value(json!({ "model": "m", "extra": 1, "speed": 9 })).unwrap();
    assert_eq!(plug.extra, Some(1));
    assert_eq!(plug.extra_args.get("speed"), Some(&json!(9)));
    assert_eq!(to_value(&plug).unwrap(), json!({ "model": "m", "extra": 1, "speed": 9 }));
    let mut bare = Plug { model: "m".into(), extra: None, extra_args: Default::default() };
    assert_eq!(to_value(&bare).unwrap(), json!({ "model": "m" }));
    bare.extra_args.insert("model2".into(), json!("x"));
    assert_eq!(Plug::NAME, "plug");
    assert_eq!(to_value(&bare).unwrap(), json!({ "model": "m", "model2": "x" }));
    assert!(roundtrip_arguments("nope", json!({})).is_none());
    let err = decode_return("query-status", json!({ "running": 1, "status": "running" }))
        .unwrap()
        .unwrap_err();
    assert!(err.starts_with("running: invalid type"), "{err}");
    assert!(decode_return("ping-oob", json!([ { "name": "x" } ])).unwrap().is_ok());
}
