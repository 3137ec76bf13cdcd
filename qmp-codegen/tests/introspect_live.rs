//! `qmp-codegen introspect` against real QEMU 10.0.2 servers: the schema it
//! writes parses with the introspection front end and matches the corpus
//! capture of the same binary. Skipped (with a message) when the corpus or
//! the QEMU binary is missing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The corpus directory, or `None` (the test is then skipped).
fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("QMP_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("corpus not found at {}: test skipped", dir.display());
        None
    }
}

/// The program on `$PATH`, or `None` (the test is then skipped).
fn program(name: &str) -> Option<PathBuf> {
    let found = std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(name))
        .find(|p| p.is_file());
    if found.is_none() {
        eprintln!("{name} not installed: test skipped");
    }
    found
}

/// A server process, killed when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(program: &Path, args: &[String]) -> Server {
    let child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start QEMU");
    Server(child)
}

/// Waits until `ready` holds, for at most 20 s.
fn wait_for(server: &mut Server, what: &str, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !ready() {
        if let Ok(Some(status)) = server.0.try_wait() {
            panic!("the server exited ({status}) before {what} appeared");
        }
        assert!(
            Instant::now() < deadline,
            "{what} did not appear within 20 s"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

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
    let (Some(corpus), Some(qsd)) = (corpus(), program("qemu-storage-daemon")) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let sock = dir.path().join("qsd.sock");
    // A free TCP port: bind, read it, release.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let mut server = start(
        &qsd,
        &[
            "--chardev".into(),
            format!("socket,path={},server=on,wait=off,id=m", sock.display()),
            "--monitor".into(),
            "chardev=m".into(),
            "--chardev".into(),
            format!("socket,host=127.0.0.1,port={port},server=on,wait=off,id=t"),
            "--monitor".into(),
            "chardev=t".into(),
        ],
    );
    wait_for(&mut server, "the socket", || sock.exists());
    let capture = corpus.join("introspect/qemu-storage-daemon-10.0.2.json");

    let out = dir.path().join("unix.json");
    let text = introspect(&sock.to_string_lossy(), &out, &[]);
    assert!(
        text.trim_start().starts_with('['),
        "a bare array by default"
    );
    compare(&out, &capture);

    let out = dir.path().join("tcp.json");
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
    let (Some(corpus), Some(qemu)) = (corpus(), program("qemu-system-x86_64")) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let sock = dir.path().join("vm.sock");
    let mut server = start(
        &qemu,
        &[
            "-M".into(),
            "none".into(),
            "-display".into(),
            "none".into(),
            "-nodefaults".into(),
            "-qmp".into(),
            format!("unix:{},server=on,wait=off", sock.display()),
        ],
    );
    wait_for(&mut server, "the socket", || sock.exists());
    let out = dir.path().join("vm.json");
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
