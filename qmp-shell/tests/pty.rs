//! The interactive shell through a pseudo-terminal: the prompt, tab
//! completion, hints, events shown as they arrive, and history kept across
//! two sessions.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::{status_text, Qemu};
use expectrl::{ControlCode, Eof, Regex, Session};

const UP: &str = "\x1b[A";

fn spawn(args: &[&str], history: &Path) -> Session {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_qmp-shell"));
    cmd.args(args)
        .env("QMP_SHELL_HISTFILE", history)
        .env("TERM", "xterm")
        .env_remove("QMP_SOCKET");
    let mut s = Session::spawn(cmd).expect("spawn qmp-shell on a pty");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
}

/// Ends a session with Ctrl-D at a fresh prompt.
///
/// Every key in these tests is sent only once the prompt is shown: until
/// then the terminal is still in cooked mode, where the line discipline
/// takes a Ctrl-D as end-of-file itself and the shell would never see it.
fn quit(mut s: Session) {
    s.expect("(QEMU) ").unwrap();
    s.send(ControlCode::EndOfTransmission).unwrap();
    s.expect(Eof).unwrap();
}

#[test]
fn prompt_completion_events_and_history() {
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let sock = q.socket().to_str().unwrap();
    let history = q.dir().join("history");

    let mut s = spawn(&[sock], &history);
    s.expect("Welcome to the QMP low-level shell!").unwrap();
    s.expect(format!("Connected to QEMU {}.", q.version().0).as_str())
        .unwrap();
    s.expect("(QEMU) ").unwrap();

    // A unique command name completes with TAB.
    s.send("query-statu\t").unwrap();
    s.expect("query-status").unwrap();
    s.send("\r").unwrap();
    s.expect(format!("{{\"return\": {}}}", status_text(&q, "running", true)).as_str())
        .unwrap();
    s.expect("(QEMU) ").unwrap();

    // Argument names, then enum values.
    s.send("blockdev-add driver=null-co no\t").unwrap();
    s.expect("node-name=").unwrap();
    s.send("n0 detect-zeroes=of\t").unwrap();
    s.expect("detect-zeroes=off").unwrap();
    s.send("\r").unwrap();
    s.expect("{\"return\": {}}").unwrap();
    s.expect("(QEMU) ").unwrap();

    // A failed check says so and sends nothing.
    s.send("block_resize node-name=n0\r").unwrap();
    s.expect("block_resize: argument 'size': missing").unwrap();
    s.expect("(QEMU) ").unwrap();

    // The event of `stop` is printed as it arrives.
    s.send("stop\r").unwrap();
    s.expect("\"event\": \"STOP\"").unwrap();
    s.expect("(QEMU) ").unwrap();

    // The transaction prompt.
    s.send("transaction(\r").unwrap();
    s.expect("TRANS> ").unwrap();
    s.send(")\r").unwrap();
    s.expect("{\"return\": {}}").unwrap();
    s.expect("(QEMU) ").unwrap();

    s.send("query-name\r").unwrap();
    s.expect("{\"return\": {}}").unwrap();
    quit(s);

    let saved = std::fs::read_to_string(&history).unwrap();
    assert!(saved.lines().any(|l| l == "query-name"), "{saved}");
    assert!(saved.lines().any(|l| l == "query-status "), "{saved}");

    // A new session recalls the last command with the up arrow.
    let mut s = spawn(&[sock], &history);
    s.expect("(QEMU) ").unwrap();
    s.send(UP).unwrap();
    s.expect("query-name").unwrap();
    s.send("\r").unwrap();
    s.expect("{\"return\": {}}").unwrap();
    s.expect("(QEMU) ").unwrap();
    // Further up: the command before it.
    // (one key at a time: a burst of escape sequences may be read as text)
    s.send(UP).unwrap();
    s.expect("query-name").unwrap();
    s.send(UP).unwrap();
    s.expect(Regex(r"\(QEMU\) \)")).unwrap();
    s.send(ControlCode::EndOfText).unwrap(); // Ctrl-C drops the line
    s.expect("(QEMU) ").unwrap();
    s.send("query-status\r").unwrap();
    s.expect("\"status\": \"paused\"").unwrap();
    quit(s);
}

#[test]
fn hmp_completion_and_hints() {
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let Some(corpus) = common::corpus("hmp_completion_and_hints") else {
        return;
    };
    let sock = q.socket().to_str().unwrap();
    let history = q.dir().join("history");
    let hx = corpus.join("hmp/qemu-10.0.2/hmp-commands.hx");
    let mut s = spawn(
        &["-H", "--hmp-hx", hx.to_str().unwrap(), "--", sock],
        &history,
    );
    s.expect("Welcome to the HMP shell!").unwrap();
    s.expect("(QEMU) ").unwrap();
    // `info` topics come from the server's own `info` output.
    s.send("info statu\t").unwrap();
    s.expect("info status").unwrap();
    s.send("\r").unwrap();
    s.expect("VM status: running").unwrap();
    s.expect("(QEMU) ").unwrap();
    // Command names from its `help`; the hint from the hx file.
    s.send("block_resi\t").unwrap();
    s.expect("block_resize").unwrap();
    s.expect("device size -- resize a block image").unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    quit(s);
}
