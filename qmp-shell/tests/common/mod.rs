//! Helpers shared by the integration tests: the corpus location and a QEMU
//! started for a test (both from `qmp-test-support`), and running the built
//! binary.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

// Not every test file uses both.
#[allow(unused_imports)]
pub use qmp_test_support::{corpus, Qemu};

/// Runs `qmp-shell ARGS` with `input` on a piped stdin.
pub fn shell(args: &[&str], input: &str) -> Output {
    shell_bytes(args, input.as_bytes())
}

/// Runs the built `qmp-shell` with `args`, `input` piped as raw bytes.
pub fn shell_bytes(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_qmp-shell"))
        .args(args)
        .env("QMP_SHELL_HISTFILE", "")
        .env_remove("QMP_SOCKET")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run qmp-shell");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(input).expect("write stdin");
    drop(stdin);
    child.wait_with_output().expect("wait for qmp-shell")
}

/// Stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The `return` of `query-status` from `q`. The expected replies follow
/// QEMU 10.0; an older server also sends `"singlestep": false` (a member
/// later removed), which is then expected too, and nothing else differs.
pub fn status(q: &Qemu, status: &str, running: bool) -> serde_json::Value {
    let mut ret = serde_json::json!({"status": status, "running": running});
    if q.older_than_bindings() {
        ret["singlestep"] = false.into();
    }
    ret
}

/// [`status`] as the shell prints it in one line (the server's order).
pub fn status_text(q: &Qemu, status: &str, running: bool) -> String {
    let singlestep = if q.older_than_bindings() {
        "\"singlestep\": false, "
    } else {
        ""
    };
    format!("{{\"status\": \"{status}\", {singlestep}\"running\": {running}}}")
}
