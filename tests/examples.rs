//! Runs the programs of `examples/` against a real QEMU, as a user would run
//! `cargo run --example NAME -- SOCKET`, and checks what they print.
//!
//! `cargo test` builds the examples before it runs the tests; this test
//! runs those binaries (`target/<profile>/examples/NAME`). Run alone
//! (`cargo test --test examples`), cargo does not build them, so the test
//! fails when a binary is missing or older than its source.

use qmp_test_support::Qemu;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The example binary `name`, checked to be built from the current source.
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    // target/<profile>/deps/examples-HASH -> target/<profile>/examples/NAME
    let bin = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>")
        .join("examples")
        .join(name);
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(format!("{name}.rs"));
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(&bin), modified(&source)) {
        (Some(built), Some(written)) if built >= written => bin,
        (None, _) => panic!(
            "{} is not built: run the whole `cargo test` (it builds the examples) \
             or `cargo build --examples` first",
            bin.display()
        ),
        _ => panic!(
            "{} is older than {}: run `cargo build --examples` first",
            bin.display(),
            source.display()
        ),
    }
}

/// Runs example `name` with the QMP socket of `qemu`; returns its stdout
/// lines after asserting that it succeeded.
fn run(name: &str, qemu: &Qemu) -> Vec<String> {
    let out = Command::new(example(name))
        .arg(qemu.socket())
        .output()
        .unwrap_or_else(|e| panic!("run example {name}: {e}"));
    let stdout = String::from_utf8(out.stdout).expect("utf-8 output");
    assert!(
        out.status.success(),
        "example {name} failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout.lines().map(str::to_owned).collect()
}

/// `X.Y.Z` of the server.
fn version(qemu: &Qemu) -> String {
    let (a, b, c) = qemu.version();
    format!("{a}.{b}.{c}")
}

#[test]
fn status_pauses_and_resumes() {
    let Some(qemu) = Qemu::system(&[]) else {
        return;
    };
    let lines = run("status", &qemu);
    assert_eq!(
        lines,
        [
            format!("connected to QEMU {}", version(&qemu)),
            "status: running".into(),
            "event: STOP".into(),
            "status: paused".into(),
            "event: RESUME".into(),
            "hmp: VM status: running".into(),
        ]
    );
}

#[test]
fn events_async_reads_both_events() {
    let Some(qemu) = Qemu::system(&[]) else {
        return;
    };
    let lines = run("events_async", &qemu);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0], format!("QEMU {} is running", version(&qemu)));
    assert!(lines[1].starts_with("event: STOP at "), "{lines:?}");
    assert!(lines[2].starts_with("event: RESUME at "), "{lines:?}");
}

#[test]
fn block_nodes_adds_lists_and_removes_a_node() {
    let Some(qemu) = Qemu::storage_daemon() else {
        return;
    };
    let lines = run("block_nodes", &qemu);
    assert_eq!(
        lines,
        [
            "node scratch0: driver null-co, 1048576 bytes",
            "0 nodes left"
        ]
    );
}

#[test]
fn bindings_only_talks_qmp_over_a_plain_socket() {
    let Some(qemu) = Qemu::system(&[]) else {
        return;
    };
    let lines = run("bindings_only", &qemu);
    let (major, _, _) = qemu.version();
    assert_eq!(lines[0], format!("greeting from QEMU {major}"));
    assert_eq!(
        lines[1], r#"-> {"execute":"qmp_capabilities","id":1}"#,
        "{lines:?}"
    );
    assert_eq!(lines[2], r#"-> {"execute":"query-version","id":2}"#);
    assert!(lines[3].starts_with("package: "), "{lines:?}");
    assert_eq!(lines[4], r#"-> {"execute":"query-status","id":3}"#);
    assert_eq!(lines[5], "running: true, status: running");
    assert_eq!(lines.len(), 6, "{lines:?}");
}
