//! The guest agent clients against a scripted fake agent, for what a real
//! `qemu-ga` on a Unix socket cannot be made to do on demand: stale
//! replies of an earlier conversation waiting in the channel, a reply that
//! comes after its call timed out, commands that never answer, id-less
//! errors, a cancelled call, and a connection that ends.

mod common;

use common::agent::{AgentConn, FakeAgent};
use qmp_bindings::qga;
use qmp_client::qga::{AgentOptions, AsyncGuestAgent, GuestAgent};
use qmp_client::Error;
use serde_json::json;
use std::time::{Duration, Instant};

fn options() -> AgentOptions {
    AgentOptions {
        timeout: Some(Duration::from_secs(5)),
        sync_timeout: Duration::from_secs(5),
        ..AgentOptions::default()
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// Sends what an earlier conversation left in the channel: replies with
/// the ids a new client will use, the reply of an earlier sync, and half
/// a line.
fn stale_lines(f: &mut AgentConn) {
    f.send(r#"{"return": {"version": "0.0.0-stale", "supported_commands": []}, "id": 1}"#);
    f.send(r#"{"return": {}, "id": 2}"#);
    f.send_bytes(b"\xff{\"return\": 12345}\n");
    f.send_bytes(b"{\"return\": {\"version\": \"half");
}

#[test]
fn stale_replies_before_the_sync_reply_are_discarded() {
    let agent = FakeAgent::one(|f| {
        stale_lines(f);
        let token = f.sync_request();
        // More stale text after the client's sync and before the answer.
        f.send(r#"{"return": "late", "id": 1}"#);
        f.answer_sync(token);
        let req = f.request();
        assert_eq!(req["execute"], "guest-info");
        assert_eq!(req["id"], 1, "the first call after a sync is id 1");
        f.reply(&req, json!({"version": "10.0.2", "supported_commands": []}));
        f.drain();
    });
    let mut ga = GuestAgent::connect_with(agent.socket.as_path(), &options()).unwrap();
    let info = ga.execute(&qga::GuestInfo).unwrap();
    assert_eq!(info.version, "10.0.2");
    drop(ga);
    agent.join();
}

#[test]
fn a_late_reply_after_a_timeout_does_not_answer_the_next_call() {
    let agent = FakeAgent::one(|f| {
        f.sync();
        let slow = f.request();
        assert_eq!(slow["execute"], "guest-get-host-name");
        // The client gives up before this reply; the next call must sync.
        let token = f.sync_request();
        f.reply(&slow, json!({"host-name": "too-late"}));
        f.answer_sync(token);
        let req = f.request();
        assert_eq!(req["execute"], "guest-get-host-name");
        f.reply(&req, json!({"host-name": "guest"}));
        f.drain();
    });
    let mut ga = GuestAgent::connect_with(agent.socket.as_path(), &options()).unwrap();
    let err = ga
        .execute_timeout(&qga::GuestGetHostName, Some(Duration::from_millis(200)))
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
    assert!(ga.needs_sync());
    let name = ga.execute(&qga::GuestGetHostName).unwrap();
    assert_eq!(name.host_name, "guest");
    assert!(!ga.needs_sync());
    drop(ga);
    agent.join();
}

#[test]
fn a_silent_command_returns_once_written_and_its_late_error_is_kept() {
    let agent = FakeAgent::one(|f| {
        f.sync();
        let down = f.request();
        assert_eq!(down["execute"], "guest-shutdown");
        assert_eq!(down["arguments"], json!({"mode": "powerdown"}));
        // A real agent would power off here and say nothing. This one
        // refuses after a while, as an agent that blocks the command does.
        std::thread::sleep(Duration::from_millis(300));
        f.error(
            &down,
            "CommandNotFound",
            "Command guest-shutdown has been disabled",
        );
        let ping = f.request();
        assert_eq!(ping["execute"], "guest-ping");
        f.reply(&ping, json!({}));
        let suspend = f.request();
        assert_eq!(suspend["execute"], "guest-suspend-ram");
        f.drain();
    });
    let mut ga = GuestAgent::connect_with(agent.socket.as_path(), &options()).unwrap();
    let started = Instant::now();
    ga.send(&qga::GuestShutdown {
        mode: Some("powerdown".into()),
    })
    .unwrap();
    assert!(
        started.elapsed() < Duration::from_millis(250),
        "send waited for a reply"
    );
    assert!(ga.late_errors().is_empty());
    ga.execute(&qga::GuestPing).unwrap();
    let late = ga.late_errors();
    assert_eq!(late.len(), 1, "{late:?}");
    assert_eq!(late[0].class().map(|c| c.as_str()), Some("CommandNotFound"));
    assert!(
        late[0].to_string().starts_with("guest-shutdown:"),
        "{}",
        late[0]
    );
    ga.send(&qga::GuestSuspendRam).unwrap();
    drop(ga);
    agent.join();
}

#[test]
fn an_idless_error_after_the_sync_answers_the_waiting_call() {
    let agent = FakeAgent::one(|f| {
        f.sync();
        let req = f.request();
        assert_eq!(req["execute"], "guest-file-flush");
        f.send(
            r#"{"error": {"class": "GenericError", "desc": "JSON parse error, invalid keyword"}}"#,
        );
        let ping = f.request();
        f.reply(&ping, json!({}));
        f.drain();
    });
    let mut ga = GuestAgent::connect_with(agent.socket.as_path(), &options()).unwrap();
    let err = ga
        .execute(&qga::GuestFileFlush { handle: 1000 })
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("guest-file-flush: GenericError: JSON parse error"),
        "{err}"
    );
    // A server error leaves the connection in sync: no second sync.
    assert!(!ga.needs_sync());
    ga.execute(&qga::GuestPing).unwrap();
    drop(ga);
    agent.join();
}

#[test]
fn a_sync_that_gets_no_answer_times_out() {
    let agent = FakeAgent::one(|f| {
        f.sync_request();
        f.drain();
    });
    let opts = AgentOptions {
        sync_timeout: Duration::from_millis(200),
        ..options()
    };
    let err = GuestAgent::connect_with(agent.socket.as_path(), &opts).unwrap_err();
    assert!(
        matches!(&err, Error::Timeout { waiting_for, .. } if waiting_for.contains("guest-sync-delimited")),
        "{err}"
    );
    agent.join();
}

#[test]
fn reconnect_opens_a_new_connection_and_syncs_again() {
    let agent = FakeAgent::start(|l| {
        let mut first = l.accept();
        first.sync();
        let req = first.request();
        drop(first);
        let mut second = l.accept();
        // The request the first connection never answered is not repeated.
        let token = second.sync_request();
        second.answer_sync(token);
        let again = second.request();
        assert_eq!(again["execute"], req["execute"]);
        second.reply(&again, json!({}));
        second.drain();
    });
    let mut ga = GuestAgent::connect_with(agent.socket.as_path(), &options()).unwrap();
    let err = ga.execute(&qga::GuestPing).unwrap_err();
    assert!(matches!(err, Error::Disconnected), "{err}");
    ga.reconnect().unwrap();
    ga.execute(&qga::GuestPing).unwrap();
    drop(ga);
    agent.join();
}

#[test]
fn async_stale_replies_silent_commands_and_a_cancelled_call() {
    let agent = FakeAgent::one(|f| {
        stale_lines(f);
        f.sync();
        let req = f.request();
        assert_eq!(req["id"], 1);
        f.reply(&req, json!({"version": "10.0.2", "supported_commands": []}));
        let down = f.request();
        assert_eq!(down["execute"], "guest-suspend-disk");
        // The next request is abandoned by its caller before the reply.
        let abandoned = f.request();
        assert_eq!(abandoned["execute"], "guest-get-time");
        let token = f.sync_request();
        f.reply(&abandoned, json!(1));
        f.answer_sync(token);
        let t = f.request();
        f.reply(&t, json!(1_700_000_000_000_000_000i64));
        f.drain();
    });
    let rt = runtime();
    rt.block_on(async {
        let ga = AsyncGuestAgent::connect_with(agent.socket.as_path(), &options())
            .await
            .unwrap();
        let info = ga.execute(&qga::GuestInfo).await.unwrap();
        assert_eq!(info.version, "10.0.2");
        ga.send(&qga::GuestSuspendDisk).await.unwrap();
        let cancelled =
            tokio::time::timeout(Duration::from_millis(200), ga.execute(&qga::GuestGetTime)).await;
        assert!(cancelled.is_err(), "the fake does not answer in time");
        assert!(ga.needs_sync().await);
        let t = ga.execute(&qga::GuestGetTime).await.unwrap();
        assert_eq!(t, 1_700_000_000_000_000_000);
    });
    agent.join();
}
