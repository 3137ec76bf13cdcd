//! Every `query-*` command of the shipped bindings that needs no argument runs
//! against a real qemu-system-x86_64, and each successful reply decodes into
//! the command's generated `Returns` type.

mod common;

use common::Qemu;
use qmp_client::{Client, Error};
use qmp_types::ErrorClass;

#[test]
fn every_argument_free_query_decodes() {
    let Some(server) = Qemu::system(&[]) else {
        return;
    };
    let mut qmp: Client = Client::connect(server.socket()).expect("connect");
    let queries: Vec<_> = qmp::api::COMMANDS
        .iter()
        .filter(|c| c.name.starts_with("query-") && c.args.iter().all(|a| a.optional))
        .collect();
    assert!(queries.len() >= 20, "only {} queries", queries.len());
    let mut decoded = Vec::new();
    let mut refused = Vec::new();
    let mut failures = Vec::new();
    for info in &queries {
        match qmp.execute_raw(info.name, None) {
            Ok(ret) => match qmp::api::decode_return(info.name, ret) {
                Some(Ok(())) => decoded.push(info.name),
                Some(Err(e)) => failures.push(format!("{}: {e}", info.name)),
                None => failures.push(format!("{}: not in decode_return", info.name)),
            },
            // A machine-less QEMU refuses some queries (no balloon, no
            // KVM...); the command exists and answered, which is all this
            // test can ask of it.
            Err(Error::Server { class, desc, .. }) if class != ErrorClass::CommandNotFound => {
                refused.push(format!("{}: {desc}", info.name))
            }
            Err(e) => failures.push(format!("{}: {e}", info.name)),
        }
    }
    eprintln!(
        "{} queries: {} decoded, {} refused by the server:\n  {}",
        queries.len(),
        decoded.len(),
        refused.len(),
        refused.join("\n  ")
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(decoded.len() >= queries.len() / 2, "{decoded:?}");
}
