//! Scripted sessions (stdin piped) against a real qemu-system-x86_64, in
//! QMP and HMP mode, running the built binary.

mod common;

use common::{shell, shell_bytes, status, status_text, stderr, stdout, Qemu};
use serde_json::{json, Value};

fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l:?}")))
        .collect()
}

#[test]
fn qmp_mode_replies_and_events() {
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let sock = q.socket().to_str().unwrap();
    let out = shell(&[sock], "query-status\nstop\nquery-status\n\ncont\n");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    // The Python shell's formatting.
    let first = format!("{{\"return\": {}}}\n", status_text(&q, "running", true));
    assert!(text.starts_with(&first), "{text}");
    let lines = json_lines(&text);
    let replies: Vec<&Value> = lines.iter().filter(|v| v.get("event").is_none()).collect();
    assert_eq!(
        replies,
        [
            &json!({"return": status(&q, "running", true)}),
            &json!({"return": {}}),
            &json!({"return": status(&q, "paused", false)}),
            &json!({"return": {}}),
        ]
    );
    // The STOP event is shown after `stop` was sent and before the reply
    // that reports the paused state.
    let pos = |p: &dyn Fn(&Value) -> bool| lines.iter().position(p).unwrap();
    let stop = pos(&|v| v["event"] == "STOP");
    assert!(
        stop > 0 && stop < pos(&|v| v["return"]["status"] == "paused"),
        "{text}"
    );
    assert!(lines[stop]["timestamp"]["seconds"].is_i64(), "{text}");
    let resume = pos(&|v| v["event"] == "RESUME");
    assert!(resume > stop, "{text}");
}

#[test]
fn failures_continue_and_set_the_exit_status() {
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let sock = q.socket().to_str().unwrap();
    let out = shell(&["-v", sock], "query-status\nno-such-command\nblock_resize node-name=disk0\nquery-status a=\nquery-name\n");
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&stdout(&out));
    assert_eq!(
        lines,
        [
            json!({"execute": "query-status", "arguments": {}}),
            json!({"return": status(&q, "running", true)}),
            json!({"execute": "no-such-command", "arguments": {}}),
            json!({"error": {"class": "CommandNotFound", "desc": "The command no-such-command has not been found"}}),
            // block_resize and query-status a= fail the schema check: not sent.
            json!({"execute": "query-name", "arguments": {}}),
            json!({"return": {}}),
        ]
    );
    let err = stderr(&out);
    assert!(
        err.contains("block_resize: argument 'size': missing (required, an integer (int))"),
        "{err}"
    );
    assert!(
        err.contains("query-status: argument 'a': unknown argument"),
        "{err}"
    );
    assert!(err.contains("nothing sent"), "{err}");

    // The same script without checks sends everything.
    let out = shell(&["--no-check", sock], "block_resize node-name=disk0\n");
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["error"]["class"], "GenericError");

    // Syntax errors are reported the Python shell's way.
    let out = shell(&[sock], "query-status oops\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out)
        .starts_with("Error while parsing command line: expected a key=value pair, got 'oops'\n"));
    assert_eq!(stdout(&out), "");
}

#[test]
fn pretty_output_and_log_file() {
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let sock = q.socket().to_str().unwrap();
    let log = q.dir().join("log.txt");
    let out = shell(
        &["-p", "-l", log.to_str().unwrap(), sock],
        "query-status\nno-such-command\n",
    );
    assert_eq!(out.status.code(), Some(1));
    // Members sorted; a server older than 10.0 adds `singlestep` (see
    // `common::status`).
    let mut expected = vec!["{", "    \"return\": {", "        \"running\": true,"];
    if q.older_than_bindings() {
        expected.push("        \"singlestep\": false,");
    }
    expected.extend(["        \"status\": \"running\"", "    }", "}"]);
    assert_eq!(
        stdout(&out)
            .lines()
            .take(expected.len())
            .collect::<Vec<_>>(),
        expected
    );
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(
        logged.starts_with(
            "{\n    \"arguments\": {},\n    \"execute\": \"query-status\",\n    \"return\": {"
        ),
        "{logged}"
    );
    let out = shell(&["-l", log.to_str().unwrap(), sock], "query-name\n");
    assert!(out.status.success());
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "{\"execute\": \"query-name\", \"arguments\": {}, \"return\": {}}\n"
    );
}

#[test]
fn transactions_reach_the_server() {
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let sock = q.socket().to_str().unwrap();
    let out = shell(&["-v", sock], "transaction(\n)\ntransaction( abort )\n");
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&stdout(&out));
    assert_eq!(
        lines[0],
        json!({"execute": "transaction", "arguments": {"actions": []}})
    );
    assert_eq!(lines[1], json!({"return": {}}));
    assert_eq!(
        lines[2],
        json!({"execute": "transaction", "arguments": {"actions": [{"type": "abort", "data": {}}]}})
    );
    assert_eq!(lines[3]["error"]["class"], "GenericError");

    let out = shell(&[sock], "transaction(\nabort\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("ended inside 'transaction('"));
}

#[test]
fn hmp_mode_prints_the_monitor_text() {
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let sock = q.socket().to_str().unwrap();
    let out = shell(&["-H", sock], "info status\nstop\ninfo status\n");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "VM status: running\r\nVM status: paused\r\n");

    // An empty line shows the events that came meanwhile (the STOP above
    // was taken by that session; this one makes its own).
    let out = shell(&["-H", sock], "cont\n\ninfo status\n");
    assert!(out.status.success());
    let text = stdout(&out);
    let (events, status) = text.split_once("VM status").unwrap();
    assert_eq!(status, ": running\r\n");
    assert_eq!(json_lines(events)[0]["event"], "RESUME");

    let out = shell(&["-H", "-v", sock], "help info\n");
    let text = stdout(&out);
    assert!(text.starts_with(
        "{\"execute\": \"human-monitor-command\", \"arguments\": {\"command-line\": \"help info\"}}\ninfo "
    ));
    assert!(
        text.contains("info status  -- show the current VM status (running|paused)\r\n"),
        "{text}"
    );

    // `cpu N` is checked first: a VM-less QEMU has no CPU 0.
    let out = shell(&["-H", sock], "cpu 0\ncpu x\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "bad CPU index\ncpu command takes an integer argument\n"
    );
}

#[test]
fn hmp_help_with_hx_files() {
    let Some(dir) = common::corpus("hmp_help_with_hx_files") else {
        return;
    };
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let hx = dir.join("hmp/qemu-10.0.2/hmp-commands.hx");
    let out = shell(
        &[
            "-H",
            "--hmp-hx",
            hx.to_str().unwrap(),
            "--",
            q.socket().to_str().unwrap(),
        ],
        "help block_resize\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // First the server's own help line, then the hx synopsis and docs.
    assert!(text.starts_with("block_resize device size -- resize a block image\r\n\nblock_resize device size\n  resize a block image\n"), "{text}");
    assert!(text.contains("``block_resize``"), "{text}");
}

#[test]
fn skip_negotiation_sends_lines_as_they_are() {
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let out = shell(
        &["-N", q.socket().to_str().unwrap()],
        "query-status\nqmp_capabilities\nquery-status\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["error"]["class"], "CommandNotFound");
    assert_eq!(lines[1], json!({"return": {}}));
    assert_eq!(lines[2]["return"]["status"], "running");
}

#[test]
fn connection_errors() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.sock");
    let out = shell(&[missing.to_str().unwrap()], "query-status\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with(&format!(
        "ERROR: Couldn't connect to {}: ",
        missing.display()
    )));
    let out = shell(&[], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn server_schema_checks_what_the_given_schema_lacks() {
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let sock = q.socket().to_str().unwrap();
    let script = "announce-self initail=50\nhelp announce-self\n";
    // A schema given with --schema that has no `announce-self` (an old hx
    // file would be like this): the line is sent as it is and the server
    // rejects it.
    let dir = tempfile::tempdir().expect("temp dir");
    let small = dir.path().join("small.hx");
    std::fs::write(&small, "{ .name = \"query-status\", .args_type = \"\" },\n").unwrap();
    let out = shell(&["--schema", small.to_str().unwrap(), sock], script);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).starts_with("{\"error\": {\"class\": \"GenericError\""),
        "{}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains("help: unknown command 'announce-self'"),
        "{}",
        stderr(&out)
    );
    // With the server's own schema the arguments are checked first.
    let out = shell(&["--server-schema", sock], script);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with("announce-self: argument 'initial': missing (required"),
        "{err}"
    );
    assert!(
        err.contains("argument 'initail': unknown argument (did you mean 'initial'?)"),
        "{err}"
    );
    assert!(err.contains("nothing sent"), "{err}");
    assert!(
        stdout(&out).starts_with("announce-self initial=<int> max=<int>"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn quit_then_disconnected() {
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let out = shell(
        &[q.socket().to_str().unwrap()],
        "quit\nquery-status\nquery-name\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let (json, rest) = text.split_at(text.find("Disconnected").expect("Disconnected printed"));
    assert_eq!(rest, "Disconnected\n", "reading stops at the disconnection");
    let lines = json_lines(json);
    assert_eq!(lines.last(), Some(&json!({"return": {}})));
    assert_eq!(lines[0]["event"], "SHUTDOWN");
    assert_eq!(lines[0]["data"]["reason"], "host-qmp-quit");
}

#[test]
fn a_line_that_is_not_utf8_is_reported_and_the_script_goes_on() {
    let Some(q) = Qemu::system(&[]) else {
        return;
    };
    let sock = q.socket().to_str().unwrap();
    // Line 2 is Latin-1 (0xe9), line 4 ends in a cut UTF-8 sequence.
    let input = b"query-status\nhmp-command caf\xe9\nquery-status\r\nstop \xe2\x82\ncont\n";
    let out = shell_bytes(&[sock], input);
    assert!(!out.status.success());
    assert_eq!(
        stderr(&out),
        "qmp-shell: input line 2: not valid UTF-8 (byte 16 of the line); skipped\n\
         qmp-shell: input line 4: not valid UTF-8 (byte 6 of the line); skipped\n"
    );
    let replies: Vec<Value> = json_lines(&stdout(&out))
        .into_iter()
        .filter(|v| v.get("event").is_none())
        .collect();
    assert_eq!(
        replies,
        [
            json!({"return": status(&q, "running", true)}),
            json!({"return": status(&q, "running", true)}),
            json!({"return": {}}),
        ]
    );
}
