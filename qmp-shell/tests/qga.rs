//! `qmp-shell --qga`: scripted and interactive sessions with a real
//! `qemu-ga` (allowed only harmless commands), and with a fake agent for
//! the commands a real one must never run here (`guest-shutdown`).

mod common;

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixListener;
use std::process::Command;
use std::time::Duration;

use common::{shell, stderr, stdout};
use expectrl::{ControlCode, Eof, Session};
use qmp_test_support::GuestAgent;
use serde_json::{json, Value};

#[test]
fn scripted_session_with_the_real_agent() {
    let Some(agent) = GuestAgent::start() else {
        return;
    };
    let sock = agent.socket().to_str().unwrap();
    let path = agent.dir().join("note.txt");
    std::fs::write(&path, "abc").unwrap();
    let open = format!("guest-file-open path={} mode=r", path.display());
    let script = [
        "guest-ping",
        &open,
        // Refused by the checks from the guest agent schema: nothing sent.
        "guest-file-read handle=first",
        "guest-exec-status",
        // Blocked by the agent.
        "guest-get-load",
        "guest-info",
    ]
    .join("\n");
    let out = shell(&["--qga", sock], &script);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("guest-file-read: argument 'handle': expected an integer"),
        "{err}"
    );
    assert!(
        err.contains("guest-exec-status: argument 'pid': missing"),
        "{err}"
    );
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert_eq!(lines[0], json!({"return": {}}));
    assert!(lines[1]["return"].is_i64(), "a file handle: {}", lines[1]);
    assert_eq!(lines[2]["error"]["class"], "CommandNotFound");
    let (major, minor, micro) = agent.version();
    assert_eq!(
        lines[3]["return"]["version"],
        format!("{major}.{minor}.{micro}")
    );
}

#[test]
fn interactive_banner_prompt_and_completion_from_the_agent_schema() {
    let Some(agent) = GuestAgent::start() else {
        return;
    };
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_qmp-shell"));
    cmd.arg("--qga")
        .arg(agent.socket())
        .env("QMP_SHELL_HISTFILE", agent.dir().join("history"))
        .env("TERM", "xterm")
        .env_remove("QMP_SOCKET");
    let mut s = Session::spawn(cmd).expect("spawn qmp-shell on a pty");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s.expect("Welcome to the QEMU guest agent shell!").unwrap();
    let (major, minor, _) = agent.version();
    s.expect(format!("Connected to qemu-ga {major}.{minor}.").as_str())
        .unwrap();
    s.expect("(QGA) ").unwrap();
    s.send("guest-get-host-na\t").unwrap();
    s.expect("guest-get-host-name").unwrap();
    s.send("\r").unwrap();
    s.expect("{\"return\": {\"host-name\": ").unwrap();
    s.expect("(QGA) ").unwrap();
    s.send("guest-file-seek handle=1 offset=0 whence=se\t")
        .unwrap();
    s.expect("whence=set").unwrap();
    s.send(&[0x15u8][..]).unwrap(); // Ctrl-U: drop the line
    s.send("\r").unwrap();
    s.expect("(QGA) ").unwrap();
    s.send(ControlCode::EndOfTransmission).unwrap();
    s.expect(Eof).unwrap();
}

/// A fake agent for one shell: answers syncs and pings, never answers
/// `guest-shutdown` itself but refuses it a moment later, and records
/// every request.
fn fake_agent(listener: UnixListener) -> Vec<Value> {
    let (stream, _) = listener.accept().unwrap();
    let mut w = stream.try_clone().unwrap();
    let mut r = BufReader::new(stream);
    let mut seen = Vec::new();
    let mut line = Vec::new();
    while r.read_until(b'\n', &mut line).unwrap_or(0) > 0 {
        let start = line.iter().take_while(|&&b| b == 0xFF).count();
        let req: Value = serde_json::from_slice(&line[start..]).unwrap();
        line.clear();
        let reply = match req["execute"].as_str().unwrap() {
            "guest-sync-delimited" => {
                assert!(start > 0, "no 0xFF before the sync");
                w.write_all(b"\xff").unwrap();
                json!({"return": req["arguments"]["id"]})
            }
            "guest-info" => {
                json!({"return": {"version": "10.0.2", "supported_commands": []}, "id": req["id"]})
            }
            "guest-ping" => json!({"return": {}, "id": req["id"]}),
            "guest-shutdown" => {
                std::thread::sleep(Duration::from_millis(200));
                json!({"error": {"class": "GenericError", "desc": "shutdown refused"}, "id": req["id"]})
            }
            other => panic!("unexpected {other}"),
        };
        seen.push(req);
        w.write_all(format!("{reply}\n").as_bytes()).unwrap();
    }
    seen
}

#[test]
fn commands_the_agent_does_not_answer_are_sent_without_waiting() {
    let dir = tempfile::TempDir::new().unwrap();
    let sock = dir.path().join("fake.sock");
    let listener = UnixListener::bind(&sock).unwrap();
    let agent = std::thread::spawn(move || fake_agent(listener));
    let out = shell(
        &["--qga", "--timeout", "5", sock.to_str().unwrap()],
        "guest-shutdown mode=powerdown\nguest-ping\n",
    );
    let seen = agent.join().unwrap();
    let names: Vec<&str> = seen
        .iter()
        .map(|r| r["execute"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "guest-sync-delimited",
            "guest-info",
            "guest-shutdown",
            "guest-ping"
        ]
    );
    assert_eq!(seen[2]["arguments"], json!({"mode": "powerdown"}));
    let err = stderr(&out);
    assert!(
        err.contains("guest-shutdown: sent; no reply is coming"),
        "{err}"
    );
    assert!(
        err.contains("refused after it was sent: guest-shutdown: GenericError: shutdown refused"),
        "{err}"
    );
    assert_eq!(stdout(&out), "{\"return\": {}}\n");
    assert_eq!(out.status.code(), Some(1));
}
