//! The protocol layer on real and hand-made messages: greetings captured from
//! QEMU 10.0.2, requests with and without arguments, replies, errors with
//! unknown classes, and event envelopes.

use qmp_types::{
    Capability, Command, ErrorClass, EventData, EventEnvelope, Greeting, OobCommand, Request,
    Response, ResponseResult,
};
use serde::{Deserialize, Serialize};
use serde_json::{from_value, json, to_value, Value};

#[derive(Serialize, Deserialize)]
struct Eject {
    device: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    force: Option<bool>,
}
impl Command for Eject {
    const NAME: &'static str = "eject";
    const ALLOW_OOB: bool = false;
    type Returns = qmp_types::Empty;
}

#[derive(Serialize)]
struct Ping {}
impl Command for Ping {
    const NAME: &'static str = "x-ping";
    const ALLOW_OOB: bool = true;
    type Returns = Value;
}
impl OobCommand for Ping {}

#[test]
fn real_greetings_decode() {
    let Some(corpus) = qmp_test_support::corpus("real_greetings_decode") else {
        return;
    };
    for file in [
        "qemu-system-x86_64-10.0.2.json",
        "qemu-storage-daemon-10.0.2.json",
    ] {
        let text = std::fs::read_to_string(corpus.join("introspect").join(file)).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        let g: Greeting = from_value(v["greeting"].clone()).unwrap();
        assert_eq!(g.qmp.version.qemu.major, 10);
        assert_eq!(g.qmp.version.qemu.micro, 2);
        assert!(g.qmp.version.package.contains("Debian"));
        assert_eq!(g.qmp.capabilities, vec![Capability::Oob]);
        assert_eq!(to_value(&g).unwrap(), v["greeting"]);
    }
}

#[test]
fn unknown_capabilities_and_error_classes_are_kept() {
    let g: Greeting = from_value(json!({ "QMP": {
        "version": { "qemu": { "major": 99, "minor": 0, "micro": 0 }, "package": "" },
        "capabilities": ["oob", "teleport"] } }))
    .unwrap();
    assert_eq!(g.qmp.capabilities[1], Capability::Other("teleport".into()));
    let r: Response = from_value(json!({
        "error": { "class": "QuantumError", "desc": "no" }, "id": 3 }))
    .unwrap();
    match r.result {
        ResponseResult::Error(e) => {
            assert_eq!(e.class, ErrorClass::Other("QuantumError".into()));
            assert_eq!(e.desc, "no");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(r.id, Some(json!(3)));
}

#[test]
fn requests_omit_empty_arguments() {
    let r = Request::execute(&Ping {}, None).unwrap();
    assert_eq!(to_value(&r).unwrap(), json!({ "execute": "x-ping" }));
    let r = Request::exec_oob(&Ping {}, Some(json!("a"))).unwrap();
    assert_eq!(
        to_value(&r).unwrap(),
        json!({ "exec-oob": "x-ping", "id": "a" })
    );
    let r = Request::execute(
        &Eject {
            device: "cd0".into(),
            force: None,
        },
        Some(json!(1)),
    )
    .unwrap();
    assert_eq!(
        to_value(&r).unwrap(),
        json!({ "execute": "eject", "arguments": { "device": "cd0" }, "id": 1 })
    );
}

#[test]
fn replies_decode_into_returns() {
    let r: Response<<Eject as Command>::Returns> =
        from_value(json!({ "return": { "new-member": 1 } })).unwrap();
    assert!(matches!(r.result, ResponseResult::Return(_)));
    assert_eq!(
        qmp_types::registry::decode_return::<Eject>(json!({})),
        Ok(())
    );
    let err = qmp_types::registry::decode_return::<Eject>(json!("x")).unwrap_err();
    assert!(err.contains("invalid type"), "{err}");
}

#[derive(Debug, PartialEq)]
struct Named(String, Value);
impl EventData for Named {
    fn from_parts(name: &str, data: Value) -> Result<Self, serde_json::Error> {
        Ok(Named(name.to_owned(), data))
    }
    fn name(&self) -> &str {
        &self.0
    }
}

#[test]
fn event_envelopes_decode() {
    let env: EventEnvelope = from_value(json!({
        "event": "STOP", "timestamp": { "seconds": 1, "microseconds": 2 } }))
    .unwrap();
    assert_eq!(env.data, Value::Null);
    assert_eq!(env.timestamp.microseconds, 2);
    assert_eq!(
        env.decode::<Named>().unwrap(),
        Named("STOP".into(), Value::Null)
    );
}

#[test]
fn arguments_roundtrip_by_type() {
    let out = qmp_types::registry::roundtrip_arguments::<Eject>(json!({
        "device": "cd0", "unknown": true }))
    .unwrap();
    assert_eq!(out, json!({ "device": "cd0" }));
    assert!(qmp_types::registry::roundtrip_arguments::<Eject>(json!({ "force": true })).is_err());
}
