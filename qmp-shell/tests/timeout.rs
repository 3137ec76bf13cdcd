//! `--timeout` and `-N` against a scripted fake server: a reply that never
//! comes times out and the script goes on, `--timeout 0` waits, and `-N`
//! talks to a server that sends no greeting (as qemu-ga).

mod common;

use common::{shell, stderr, stdout};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::thread::JoinHandle;
use std::time::Duration;

const GREETING: &str = r#"{"QMP": {"version": {"qemu": {"micro": 2, "minor": 0, "major": 10}, "package": ""}, "capabilities": []}}"#;

/// One request read from the shell, or `Null` when it closed.
fn request(r: &mut BufReader<UnixStream>) -> Value {
    let mut line = String::new();
    match r.read_line(&mut line) {
        Ok(n) if n > 0 => serde_json::from_str(&line).expect("the shell sent JSON"),
        _ => Value::Null,
    }
}

fn reply(w: &mut UnixStream, req: &Value, ret: Value) {
    let text = format!("{}\n", json!({"return": ret, "id": req["id"]}));
    let _ = w.write_all(text.as_bytes());
}

/// A fake server for one connection running `script` in a thread.
fn serve(
    script: impl FnOnce(&mut BufReader<UnixStream>, &mut UnixStream) + Send + 'static,
) -> (tempfile::TempDir, PathBuf, JoinHandle<()>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let sock = dir.path().join("fake.sock");
    let listener = UnixListener::bind(&sock).expect("bind");
    let thread = std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("accept");
        let mut w = stream.try_clone().expect("clone");
        let mut r = BufReader::new(stream);
        script(&mut r, &mut w);
        while !request(&mut r).is_null() {}
    });
    (dir, sock, thread)
}

fn negotiate(r: &mut BufReader<UnixStream>, w: &mut UnixStream) {
    let _ = w.write_all(format!("{GREETING}\n").as_bytes());
    let req = request(r);
    assert_eq!(req["execute"], "qmp_capabilities");
    reply(w, &req, json!({}));
}

#[test]
fn a_reply_that_never_comes_times_out() {
    let (_dir, sock, thread) = serve(|r, w| {
        negotiate(r, w);
        let ignored = request(r);
        assert_eq!(ignored["execute"], "query-status");
        let req = request(r);
        assert_eq!(req["execute"], "query-name");
        reply(w, &req, json!({}));
    });
    let out = shell(
        &["--timeout", "0.3", sock.to_str().unwrap()],
        "query-status\nquery-name\n",
    );
    thread.join().expect("the fake server");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "qmp-shell: timed out after 300ms waiting for the reply to query-status\n"
    );
    assert_eq!(stdout(&out), "{\"return\": {}}\n");
}

#[test]
fn timeout_zero_waits_for_a_slow_reply() {
    let (_dir, sock, thread) = serve(|r, w| {
        negotiate(r, w);
        let req = request(r);
        std::thread::sleep(Duration::from_millis(500));
        reply(w, &req, json!({"running": true, "status": "running"}));
    });
    let out = shell(
        &["--timeout", "0", sock.to_str().unwrap()],
        "query-status\n",
    );
    thread.join().expect("the fake server");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "{\"return\": {\"running\": true, \"status\": \"running\"}}\n"
    );
}

#[test]
fn bad_timeouts_are_rejected() {
    for bad in ["-1", "soon", "NaN", "inf"] {
        let out = shell(&[&format!("--timeout={bad}"), "/nonexistent.sock"], "");
        assert_eq!(out.status.code(), Some(2), "--timeout {bad}");
        assert!(stderr(&out).contains("--timeout"), "{}", stderr(&out));
    }
}

#[test]
fn skip_negotiation_talks_to_a_server_without_greeting() {
    let (_dir, sock, thread) = serve(|r, w| {
        let req = request(r);
        assert_eq!(req["execute"], "guest-ping", "{req}");
        reply(w, &req, json!({}));
    });
    let out = shell(
        &["-N", "--no-check", sock.to_str().unwrap()],
        "guest-ping\n",
    );
    thread.join().expect("the fake server");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "{\"return\": {}}\n");
}
