//! Both clients against a real `qemu-storage-daemon`: null-co block nodes, a
//! backup job with its JOB_STATUS_CHANGE events, and query-qmp-schema with
//! the bindings check. (The storage daemon has no `getfd` / `add-fd`: fd
//! passing is tested against qemu-system-x86_64.)

mod common;

use common::Qemu;
use qmp_bindings::api::{BlockdevAdd, BlockdevBackupCmd, Event, JobStatus, QueryNamedBlockNodes};
use qmp_client::{AsyncClient, Client, Error, EventMessage};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(30);

/// A typed command built from its JSON arguments.
fn cmd<C: DeserializeOwned>(args: Value) -> C {
    serde_json::from_value(args).expect("valid arguments")
}

fn null_node(name: &str) -> BlockdevAdd {
    cmd(json!({"driver": "null-co", "node-name": name}))
}

fn backup() -> BlockdevBackupCmd {
    cmd(json!({"job-id": "job0", "device": "src", "target": "dst", "sync": "full"}))
}

/// Collects the statuses of JOB_STATUS_CHANGE events for `job0` until it
/// reaches `null` (dismissed), from `next`.
fn job_statuses(mut next: impl FnMut() -> EventMessage<Event>) -> Vec<JobStatus> {
    let mut seen = Vec::new();
    while seen.last() != Some(&JobStatus::Null) {
        let ev = next();
        if let Ok(Event::JobStatusChange(change)) = ev.decoded {
            assert_eq!(change.id, "job0");
            seen.push(change.status);
        } else {
            assert_ne!(ev.name, "JOB_STATUS_CHANGE", "undecoded: {ev:?}");
        }
    }
    seen
}

fn check_statuses(seen: &[JobStatus]) {
    let pos = |s: &JobStatus| seen.iter().position(|x| x == s);
    let order = [
        JobStatus::Created,
        JobStatus::Running,
        JobStatus::Concluded,
        JobStatus::Null,
    ];
    let positions: Vec<_> = order.iter().map(pos).collect();
    assert!(positions.iter().all(Option::is_some), "{seen:?}");
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
}

/// The node names from `query-named-block-nodes`, decoded into the
/// generated type. A server older than 10.0 (whose schema the bindings
/// follow) lacks the `active` member 10.0 made mandatory: there the typed
/// call must fail with a decode error naming it and keeping the raw reply,
/// and the names come from that raw reply.
fn node_names(qmp: &mut Client) -> Vec<String> {
    let older = qmp.greeting().qmp.version.qemu.major < 10;
    match qmp.execute(&QueryNamedBlockNodes { flat: Some(true) }) {
        Ok(nodes) => nodes.iter().filter_map(|n| n.node_name.clone()).collect(),
        Err(Error::Decode(e)) if older => {
            assert_eq!(e.command, "query-named-block-nodes");
            assert!(e.message.contains("missing field `active`"), "{e:?}");
            let nodes = e.raw.as_array().expect("an array of nodes");
            nodes
                .iter()
                .filter_map(|n| n["node-name"].as_str().map(String::from))
                .collect()
        }
        Err(e) => panic!("nodes: {e:?}"),
    }
}

#[test]
fn blocking_client_drives_the_storage_daemon() {
    let Some(server) = Qemu::storage_daemon() else {
        return;
    };
    let mut qmp: Client = Client::connect(server.socket()).expect("connect");

    qmp.execute(&null_node("src")).expect("blockdev-add src");
    qmp.execute(&null_node("dst")).expect("blockdev-add dst");
    let names = node_names(&mut qmp);
    assert!(
        names.contains(&"src".to_string()) && names.contains(&"dst".into()),
        "{names:?}"
    );
    match qmp.execute(&null_node("src")) {
        Err(Error::Server { command, desc, .. }) => {
            assert_eq!(command, "blockdev-add");
            assert!(desc.contains("src"), "{desc}");
        }
        other => panic!("{other:?}"),
    }

    qmp.execute(&backup()).expect("blockdev-backup");
    let seen = job_statuses(|| qmp.next_event(Some(WAIT)).expect("event"));
    check_statuses(&seen);

    let schema = qmp.execute_raw("query-qmp-schema", None).expect("schema");
    let entries = schema.as_array().expect("an array");
    assert!(entries.iter().any(|e| e["name"] == "blockdev-add"));
    let report = qmp.check_bindings().expect("check");
    eprintln!("{report}");
    assert_eq!(report.checked, qmp_bindings::api::COMMANDS.len());
    // The storage daemon has no machine: the system emulator's commands are
    // reported missing, the block layer's are not.
    assert!(report.missing_commands.iter().any(|c| c == "query-status"));
    assert!(report.missing_commands.iter().any(|c| c == "getfd"));
    assert!(!report.missing_commands.iter().any(|c| c == "blockdev-add"));
}

#[tokio::test]
async fn async_client_drives_the_storage_daemon() {
    let Some(server) = Qemu::storage_daemon() else {
        return;
    };
    let qmp: AsyncClient = AsyncClient::connect(server.socket())
        .await
        .expect("connect");
    let mut events = qmp.subscribe();
    let (src, dst) = (null_node("src"), null_node("dst"));
    let (a, b) = tokio::join!(qmp.execute(&src), qmp.execute(&dst));
    a.expect("blockdev-add src");
    b.expect("blockdev-add dst");

    qmp.execute(&backup()).await.expect("blockdev-backup");
    let mut seen = Vec::new();
    while seen.last() != Some(&JobStatus::Null) {
        let ev = events.next_event(WAIT).await.expect("event");
        if let Ok(Event::JobStatusChange(change)) = ev.decoded {
            seen.push(change.status);
        }
    }
    check_statuses(&seen);

    let (schema, report) = tokio::join!(
        qmp.execute_raw("query-qmp-schema", None),
        qmp.check_bindings()
    );
    assert!(schema
        .expect("schema")
        .as_array()
        .is_some_and(|a| a.len() > 100));
    assert!(report
        .expect("check")
        .missing_commands
        .iter()
        .any(|c| c == "query-status"));
}
