// Typed calls against the shipped schema compile, and build the right JSON.
#![deny(warnings)]

use qmp_bindings::api::{DeviceDel, QueryStatus, QueryYank, RunState, StatusInfo};
use qmp_bindings::{Command, Request};
use serde_json::json;

fn execute<C: Command>(cmd: &C) -> serde_json::Value {
    serde_json::to_value(Request::execute(cmd, None).unwrap()).unwrap()
}

fn main() {
    assert_eq!(execute(&QueryStatus), json!({ "execute": "query-status" }));
    assert_eq!(
        execute(&DeviceDel { id: "vd0".into() }),
        json!({ "execute": "device_del", "arguments": { "id": "vd0" } })
    );
    let oob = Request::exec_oob(&QueryYank, Some(json!(7))).unwrap();
    assert_eq!(
        serde_json::to_value(oob).unwrap(),
        json!({ "exec-oob": "query-yank", "id": 7 })
    );
    let status: <QueryStatus as Command>::Returns =
        serde_json::from_value(json!({ "running": true, "status": "running", "singlestep": false }))
            .unwrap();
    let _: &StatusInfo = &status;
    assert_eq!(status.status, RunState::Running);
}
