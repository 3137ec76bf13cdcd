//! The guest agent clients against a real `qemu-ga` (10.0.2 from
//! bookworm-backports) on a Unix socket in a temp dir, allowed to run only
//! commands that cannot change this machine (`qmp_test_support::GuestAgent`):
//! reads of the machine's state, `guest-exec` of harmless programs, and
//! file commands on files inside the agent's temp dir.

use qmp_bindings::qga;
use qmp_client::qga::{AgentOptions, AsyncGuestAgent, ExecPoll, GuestAgent};
use qmp_client::Error;
use qmp_test_support::GuestAgent as Agent;
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

fn start(test: &str) -> Option<Agent> {
    let agent = Agent::start()?;
    eprintln!("{test}: qemu-ga {:?}", agent.version());
    Some(agent)
}

fn exec(path: &str, args: &[&str], capture: bool) -> qga::GuestExecCmd {
    qga::GuestExecCmd {
        path: path.into(),
        arg: Some(args.iter().map(|a| a.to_string()).collect()),
        env: None,
        input_data: None,
        capture_output: capture.then_some(qga::GuestExecCaptureOutput::Flag(true)),
    }
}

/// Some bytes that are not text, and differ from chunk to chunk.
fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 + i / 251) as u8).collect()
}

#[test]
fn reads_the_machine_through_typed_bindings() {
    let Some(agent) = start("reads_the_machine_through_typed_bindings") else {
        return;
    };
    let mut ga = GuestAgent::connect(agent.socket()).unwrap();
    ga.execute(&qga::GuestPing).unwrap();
    let info = ga.execute(&qga::GuestInfo).unwrap();
    let (major, minor, micro) = agent.version();
    assert_eq!(info.version, format!("{major}.{minor}.{micro}"));
    let enabled = |name: &str| {
        info.supported_commands
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("{name} not in guest-info"))
            .enabled
    };
    assert!(enabled("guest-ping") && enabled("guest-exec"));
    assert!(!enabled("guest-shutdown") && !enabled("guest-set-time"));
    let os = ga.execute(&qga::GuestGetOsinfo).unwrap();
    let uname = std::process::Command::new("uname")
        .arg("-r")
        .output()
        .unwrap();
    assert_eq!(
        os.kernel_release.as_deref(),
        Some(String::from_utf8_lossy(&uname.stdout).trim())
    );
    let host = ga.execute(&qga::GuestGetHostName).unwrap();
    assert!(!host.host_name.is_empty());
    let t = ga.execute(&qga::GuestGetTime).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as i64;
    assert!(
        (t - now).abs() < 60_000_000_000,
        "agent time {t}, ours {now}"
    );
    let fs = ga.execute(&qga::GuestGetFsinfo).unwrap();
    assert!(fs.iter().any(|f| f.mountpoint == "/"), "{fs:?}");
    let nics = ga.execute(&qga::GuestNetworkGetInterfaces).unwrap();
    let lo = nics.iter().find(|n| n.name == "lo").expect("lo");
    let addrs = lo.ip_addresses.as_deref().unwrap_or_default();
    assert!(addrs.iter().any(|a| a.ip_address == "127.0.0.1"), "{lo:?}");
}

#[test]
fn the_shipped_definition_has_every_command_of_the_real_agent() {
    use qmp_bindings::SilentCommand;
    let Some(agent) = start("definition_vs_agent") else {
        return;
    };
    let mut ga = GuestAgent::connect(agent.socket()).unwrap();
    let info = ga.execute(&qga::GuestInfo).unwrap();
    let shipped: Vec<&str> = qga::COMMANDS.iter().map(|c| c.name).collect();
    for c in &info.supported_commands {
        assert!(
            shipped.contains(&c.name.as_str()),
            "{} is not shipped",
            c.name
        );
    }
    // What the agent says about replies is what the typed API says: the
    // commands it does not answer are exactly the SilentCommand types.
    let mut agent_silent: Vec<&str> = info
        .supported_commands
        .iter()
        .filter(|c| !c.success_response)
        .map(|c| c.name.as_str())
        .collect();
    agent_silent.sort_unstable();
    let mut typed_silent = [
        qga::GuestShutdown::NAME,
        qga::GuestSuspendDisk::NAME,
        qga::GuestSuspendRam::NAME,
        qga::GuestSuspendHybrid::NAME,
    ];
    typed_silent.sort_unstable();
    assert_eq!(agent_silent, typed_silent);
    // A Linux agent has every shipped command but the Windows-only one.
    let missing: Vec<&str> = shipped
        .iter()
        .copied()
        .filter(|n| !info.supported_commands.iter().any(|c| c.name == *n))
        .collect();
    assert_eq!(missing, ["guest-get-devices"]);
}

#[test]
fn a_command_the_agent_blocks_is_a_server_error_and_the_connection_stays_usable() {
    let Some(agent) = start("blocked_command") else {
        return;
    };
    let mut ga = GuestAgent::connect(agent.socket()).unwrap();
    let err = ga.execute(&qga::GuestGetLoad).unwrap_err();
    assert_eq!(err.class().map(|c| c.as_str()), Some("CommandNotFound"));
    assert!(err.to_string().contains("disabled"), "{err}");
    assert!(!ga.needs_sync());
    ga.execute(&qga::GuestPing).unwrap();
}

#[test]
fn exec_runs_a_program_to_its_end_and_decodes_its_output() {
    let Some(agent) = start("exec") else {
        return;
    };
    let mut ga = GuestAgent::connect(agent.socket()).unwrap();
    let out = ga
        .exec(&exec(
            "/bin/sh",
            &["-c", "printf 'out\\377'; echo err >&2; exit 3"],
            true,
        ))
        .unwrap();
    assert_eq!(out.stdout, b"out\xff");
    assert_eq!(out.stderr, b"err\n");
    assert_eq!(out.exit_code, Some(3));
    assert!(!out.success() && !out.stdout_truncated);

    let mut cat = exec("/bin/cat", &[], true);
    cat.input_data = Some(qmp_client::qga::encode_base64(b"from the host\n"));
    let out = ga.exec(&cat).unwrap();
    assert_eq!(out.stdout, b"from the host\n");
    assert!(out.success());

    let out = ga
        .exec(&exec("/bin/sh", &["-c", "kill -TERM $$"], false))
        .unwrap();
    assert_eq!((out.exit_code, out.signal), (None, Some(15)));

    // The agent reports an exit once.
    let err = ga.wait_exec(out.pid, &ExecPoll::default()).unwrap_err();
    assert!(matches!(err, Error::Server { .. }), "{err}");

    let err = ga
        .exec(&exec("/nonexistent/program", &[], false))
        .unwrap_err();
    assert!(
        err.to_string().starts_with("guest-exec: GenericError"),
        "{err}"
    );
}

#[test]
fn waiting_for_a_program_can_time_out_and_be_taken_up_again() {
    let Some(agent) = start("exec_timeout") else {
        return;
    };
    let mut ga = GuestAgent::connect(agent.socket()).unwrap();
    let short = ExecPoll {
        timeout: Some(Duration::from_millis(100)),
        ..ExecPoll::default()
    };
    let started = Instant::now();
    let err = ga
        .exec_with(&exec("/bin/sleep", &["1"], false), &short)
        .unwrap_err();
    let Error::Timeout { waiting_for, .. } = &err else {
        panic!("{err}");
    };
    assert!(
        started.elapsed() < Duration::from_millis(900),
        "{waiting_for}"
    );
    let pid: i64 = waiting_for
        .split_whitespace()
        .find_map(|w| w.parse().ok())
        .expect("the pid in the message");
    let out = ga.wait_exec(pid, &ExecPoll::default()).unwrap();
    assert!(out.success(), "{out:?}");
    assert!(started.elapsed() >= Duration::from_secs(1));
}

#[test]
fn files_move_in_bounded_chunks() {
    let Some(agent) = start("files") else {
        return;
    };
    // Replies larger than 16 KiB fail the call: a copy of a 1 MiB file
    // only succeeds if it goes chunk by chunk.
    let options = AgentOptions {
        max_message_size: 16 << 10,
        file_chunk: 4 << 10,
        ..AgentOptions::default()
    };
    let mut ga = GuestAgent::connect_with(agent.socket(), &options).unwrap();
    let path = agent.dir().join("copy.bin");
    let path = path.to_str().unwrap();
    let data = pattern((1 << 20) + 123);
    let written = ga.write_file(path, &mut data.as_slice()).unwrap();
    assert_eq!(written, data.len() as u64);
    assert_eq!(std::fs::read(path).unwrap(), data);

    struct Sink {
        data: Vec<u8>,
        largest: usize,
    }
    impl Write for Sink {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.largest = self.largest.max(buf.len());
            self.data.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut sink = Sink {
        data: Vec::new(),
        largest: 0,
    };
    let read = ga.read_file(path, &mut sink).unwrap();
    assert_eq!(read, data.len() as u64);
    assert!(sink.data == data);
    assert!(sink.largest <= 4 << 10, "{}", sink.largest);

    // One chunk larger than the reply limit fails that call, and the
    // handle is closed all the same.
    let big = ga.open_file(path, "r").unwrap();
    let err = ga.read_chunk(big, 64 << 10).unwrap_err();
    assert!(matches!(err, Error::TooLarge { .. }), "{err}");
    ga.close_file(big).unwrap();
    let err = ga.close_file(big).unwrap_err();
    assert!(err.to_string().contains("has not been found"), "{err}");

    let missing = agent.dir().join("missing");
    let err = ga
        .read_file(missing.to_str().unwrap(), &mut Vec::new())
        .unwrap_err();
    assert!(err.to_string().starts_with("guest-file-open:"), "{err}");
}

#[test]
fn a_partial_request_left_by_an_earlier_client_does_not_stop_the_next() {
    let Some(agent) = start("partial_request") else {
        return;
    };
    // qemu-ga keeps an unfinished request in its parser when its client
    // goes away; the next client's requests are read as its continuation.
    let mut first = UnixStream::connect(agent.socket()).unwrap();
    first.write_all(b"{\"execute\": \"guest-ping\"").unwrap();
    drop(first);
    // Without the 0xFF reset a plain request gets no answer.
    let mut plain = UnixStream::connect(agent.socket()).unwrap();
    plain
        .set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    plain
        .write_all(b"{\"execute\": \"guest-ping\", \"id\": 1}\n")
        .unwrap();
    let mut buf = [0u8; 256];
    let got = plain.read(&mut buf);
    assert!(got.is_err(), "the agent answered: {got:?}");
    drop(plain);
    let mut ga = GuestAgent::connect(agent.socket()).unwrap();
    ga.execute(&qga::GuestPing).unwrap();
}

#[test]
fn silent_sends_and_their_late_errors() {
    let Some(agent) = start("silent") else {
        return;
    };
    let mut ga = GuestAgent::connect(agent.socket()).unwrap();
    // Closing a handle that does not exist is refused; sent without
    // waiting, the refusal is noticed by the next call.
    let args = serde_json::json!({"handle": 999_999});
    ga.send_raw("guest-file-close", args.as_object().cloned())
        .unwrap();
    // A reply that does come to a command sent without waiting is stale.
    ga.send_raw("guest-ping", None).unwrap();
    let host = ga.execute(&qga::GuestGetHostName).unwrap();
    assert!(!host.host_name.is_empty());
    let late = ga.late_errors();
    assert_eq!(late.len(), 1, "{late:?}");
    assert!(
        late[0]
            .to_string()
            .starts_with("guest-file-close: GenericError"),
        "{}",
        late[0]
    );
}

#[test]
fn one_client_at_a_time_and_reconnect() {
    let Some(agent) = start("one_client") else {
        return;
    };
    let mut ga = GuestAgent::connect(agent.socket()).unwrap();
    // The agent serves one connection at a time: a second client's sync
    // is not answered while the first is connected.
    let quick = AgentOptions {
        sync_timeout: Duration::from_millis(300),
        ..AgentOptions::default()
    };
    let err = GuestAgent::connect_with(agent.socket(), &quick).unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
    ga.execute(&qga::GuestPing).unwrap();
    ga.reconnect().unwrap();
    assert!(!ga.needs_sync());
    ga.execute(&qga::GuestPing).unwrap();
}

#[test]
fn async_agent_against_the_real_agent() {
    let Some(agent) = start("async") else {
        return;
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let options = AgentOptions {
            file_chunk: 1000,
            ..AgentOptions::default()
        };
        let ga = std::sync::Arc::new(
            AsyncGuestAgent::connect_with(agent.socket(), &options)
                .await
                .unwrap(),
        );
        let mut tasks = Vec::new();
        for i in 0..8 {
            let ga = ga.clone();
            tasks.push(tokio::spawn(async move {
                if i % 2 == 0 {
                    ga.execute(&qga::GuestGetHostName).await.map(|_| ())
                } else {
                    ga.execute(&qga::GuestPing).await.map(|_| ())
                }
            }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        let out = ga
            .exec(&exec("/bin/echo", &["hello", "agent"], true))
            .await
            .unwrap();
        assert_eq!(out.stdout, b"hello agent\n");
        let path = agent.dir().join("async.bin");
        let path = path.to_str().unwrap();
        let data = pattern(10_001);
        let n = ga.write_file(path, &mut data.as_slice()).await.unwrap();
        assert_eq!(n, data.len() as u64);
        let mut back = Vec::new();
        ga.read_file(path, &mut back).await.unwrap();
        assert!(back == data);
        assert_eq!(std::fs::read(path).unwrap(), data);
        ga.reconnect().await.unwrap();
        ga.execute(&qga::GuestPing).await.unwrap();
    });
}
