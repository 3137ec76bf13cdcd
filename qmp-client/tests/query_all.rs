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
    // The bindings follow QEMU 10.0's schema. An older server may lack a
    // query 10.0 added, or leave out a member that 10.0 made mandatory (that
    // reply then fails to decode, naming the member). Only those two kinds
    // of failure are accepted, reported, and only from an older server.
    let older = qmp.greeting().qmp.version.qemu.major < 10;
    let mut schema_drift = Vec::new();
    let queries: Vec<_> = qmp_bindings::api::COMMANDS
        .iter()
        .filter(|c| c.name.starts_with("query-") && c.args.iter().all(|a| a.optional))
        .collect();
    assert!(queries.len() >= 20, "only {} queries", queries.len());
    // Commands under a build condition (other targets, optional libraries)
    // may be missing from this binary; the shipped schema says which.
    let shipped =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/qmp-commands.hx");
    let schema = qmp_schema::load(&shipped, None).expect("the shipped schema reads");
    let conditional = |name: &str| schema.command(name).is_some_and(|c| c.cond.is_some());
    let mut decoded = Vec::new();
    let mut refused = Vec::new();
    let mut not_built = Vec::new();
    let mut failures = Vec::new();
    for info in &queries {
        match qmp.execute_raw(info.name, None) {
            Ok(ret) => match qmp_bindings::api::decode_return(info.name, ret) {
                Some(Ok(())) => decoded.push(info.name),
                Some(Err(e)) if older && e.contains("missing field") => {
                    schema_drift.push(format!("{}: {e}", info.name))
                }
                Some(Err(e)) => failures.push(format!("{}: {e}", info.name)),
                None => failures.push(format!("{}: not in decode_return", info.name)),
            },
            // A machine-less QEMU refuses some queries (no balloon, no
            // KVM...); the command exists and answered, which is all this
            // test can ask of it.
            Err(Error::Server { class, desc, .. }) if class != ErrorClass::CommandNotFound => {
                refused.push(format!("{}: {desc}", info.name))
            }
            // A query of another target or of a library this build lacks.
            Err(Error::Server { class, .. })
                if class == ErrorClass::CommandNotFound && conditional(info.name) =>
            {
                not_built.push(info.name)
            }
            // A query added after the server's release.
            Err(Error::Server { desc, .. }) if older => {
                schema_drift.push(format!("{}: {desc}", info.name))
            }
            Err(e) => failures.push(format!("{}: {e}", info.name)),
        }
    }
    eprintln!(
        "{} queries: {} decoded, {} refused by the server:\n  {}\nnot in this build: {not_built:?}",
        queries.len(),
        decoded.len(),
        refused.len(),
        refused.join("\n  ")
    );
    if !schema_drift.is_empty() {
        eprintln!(
            "{} queries missing, or replies lacking a member QEMU 10.0 requires:\n  {}",
            schema_drift.len(),
            schema_drift.join("\n  ")
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(decoded.len() >= queries.len() / 2, "{decoded:?}");
}
