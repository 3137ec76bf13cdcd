//! `qmp-codegen introspect` against real QEMU 10.0.2 servers: the schema it
//! writes parses with the introspection front end and matches the corpus
//! capture of the same binary. Skipped (with a message) when the corpus or
//! the QEMU binary is missing.

use qmp_test_support::Qemu;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// Runs `qmp-codegen introspect TARGET -o OUT [extra]`; returns the file text.
fn introspect(target: &str, out: &Path, extra: &[&str]) -> String {
    let status = Command::new(env!("CARGO_BIN_EXE_qmp-codegen"))
        .arg("introspect")
        .arg(target)
        .arg("-o")
        .arg(out)
        .args(extra)
        .status()
        .expect("run qmp-codegen");
    assert!(status.success(), "qmp-codegen introspect {target} failed");
    std::fs::read_to_string(out).expect("output")
}

/// Checks the fetched schema against the corpus capture of the same binary.
fn compare(fetched: &Path, capture: &Path) {
    let text = std::fs::read_to_string(fetched).expect("read");
    let live = qmp_schema::introspect::parse(fetched, &text).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(capture).expect("read");
    let corpus = qmp_schema::introspect::parse(capture, &text).unwrap_or_else(|e| panic!("{e}"));
    let names = |s: &qmp_schema::Schema| -> BTreeSet<String> {
        s.commands.iter().map(|c| c.name.clone()).collect()
    };
    assert_eq!(names(&live), names(&corpus));
    assert_eq!(live.commands.len(), corpus.commands.len());
    assert_eq!(live.events.len(), corpus.events.len());
    assert_eq!(live.types.len(), corpus.types.len());
    // Same binary, same reply: the models agree except for locations.
    let kinds = |s: &qmp_schema::Schema| -> Vec<(String, String)> {
        s.types
            .iter()
            .map(|t| {
                (
                    t.name.clone(),
                    format!("{:?}", std::mem::discriminant(&t.kind)),
                )
            })
            .collect()
    };
    assert_eq!(kinds(&live), kinds(&corpus));
}

#[test]
fn storage_daemon_over_unix_and_tcp() {
    let Some(corpus) = qmp_test_support::corpus("storage_daemon_over_unix_and_tcp") else {
        return;
    };
    let port = qmp_test_support::free_port();
    let tcp = format!("socket,host=127.0.0.1,port={port},server=on,wait=off,id=t");
    let Some(server) = Qemu::storage_daemon_with(&["--chardev", &tcp, "--monitor", "chardev=t"])
    else {
        return;
    };
    let sock = server.socket();
    let capture = corpus.join("introspect/qemu-storage-daemon-10.0.2.json");

    let out = server.dir().join("unix.json");
    let text = introspect(&sock.to_string_lossy(), &out, &[]);
    assert!(
        text.trim_start().starts_with('['),
        "a bare array by default"
    );
    compare(&out, &capture);

    let out = server.dir().join("tcp.json");
    let text = introspect(
        &format!("127.0.0.1:{port}"),
        &out,
        &["--capture", "--compact"],
    );
    assert_eq!(text.lines().count(), 1, "--compact writes one line");
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    for key in [
        "greeting",
        "query-version",
        "query-commands",
        "query-qmp-schema",
    ] {
        assert!(v.get(key).is_some(), "--capture has {key}");
    }
    assert_eq!(v["query-version"]["qemu"]["major"], 10);
    compare(&out, &capture);
}

#[test]
fn system_emulator_over_unix() {
    let Some(corpus) = qmp_test_support::corpus("system_emulator_over_unix") else {
        return;
    };
    let Some(server) = Qemu::system(&[]) else {
        return;
    };
    let sock = server.socket();
    let out = server.dir().join("vm.json");
    introspect(&sock.to_string_lossy(), &out, &[]);
    compare(
        &out,
        &corpus.join("introspect/qemu-system-x86_64-10.0.2.json"),
    );
}

#[test]
fn clean_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("missing.sock");
    let out = Command::new(env!("CARGO_BIN_EXE_qmp-codegen"))
        .arg("introspect")
        .arg(&missing)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.sock: cannot connect"), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    // A server that accepts and says nothing: the read times out.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let out = Command::new(env!("CARGO_BIN_EXE_qmp-codegen"))
        .args(["introspect", &addr.to_string(), "--timeout", "0.2"])
        .output()
        .expect("run");
    drop(listener);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("waiting for the greeting"), "{err}");
}
