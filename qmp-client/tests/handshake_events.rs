//! Connecting without negotiation (`Handshake::GreetingOnly`,
//! `Handshake::NoGreeting`), per-call timeouts of raw calls and taking
//! events without waiting (`try_next_event`), for both clients, against a
//! real `qemu-system-x86_64 -M none` and the scripted fake server.

mod common;

use common::probe::{asynchronous, blocking, short};
use common::{Fake, FakeServer, Qemu};
use qmp_bindings::api::{QueryStatus, Stop};
use qmp_client::{AsyncClient, Client, Error, Handshake, Options};
use qmp_types::ErrorClass;
use serde_json::json;
use std::sync::mpsc;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);

fn greeting_only() -> Options {
    Options {
        handshake: Handshake::GreetingOnly,
        ..short()
    }
}

/// The server is still in capabilities-negotiation mode: anything but
/// `qmp_capabilities` is `CommandNotFound`.
fn assert_not_negotiated(result: qmp_client::Result<serde_json::Value>) {
    match result {
        Err(Error::Server { class, desc, .. }) => {
            assert_eq!(class, ErrorClass::CommandNotFound, "{desc}");
        }
        other => panic!("expected CommandNotFound, got {other:?}"),
    }
}

#[test]
fn blocking_greeting_only_leaves_qemu_unnegotiated() {
    let Some(server) = Qemu::system(&[]) else {
        return;
    };
    let mut qmp: Client = Client::connect_with(server.socket(), &greeting_only())
        .expect("connect without negotiation");
    assert!(qmp.greeting().qmp.version.qemu.major >= 2);
    assert!(!qmp.oob_enabled());
    assert_not_negotiated(qmp.execute_raw("query-status", None));
    qmp.execute_raw("qmp_capabilities", None)
        .expect("negotiate by hand");
    assert!(qmp.execute(&QueryStatus).expect("query-status").running);
}

#[tokio::test]
async fn async_greeting_only_leaves_qemu_unnegotiated() {
    let Some(server) = Qemu::system(&[]) else {
        return;
    };
    let qmp: AsyncClient = AsyncClient::connect_with(server.socket(), &greeting_only())
        .await
        .expect("connect without negotiation");
    assert!(qmp.greeting().qmp.version.qemu.major >= 2);
    assert!(!qmp.oob_enabled());
    assert_not_negotiated(qmp.execute_raw("query-status", None).await);
    qmp.execute_raw("qmp_capabilities", None)
        .await
        .expect("negotiate by hand");
    assert!(
        qmp.execute(&QueryStatus)
            .await
            .expect("query-status")
            .running
    );
}

/// A guest-agent-like server: no greeting, answers one `guest-ping`.
fn agent(f: &mut Fake) {
    let req = f.request();
    assert_eq!(req["execute"], "guest-ping", "{req}");
    f.reply(&req, json!({}));
    f.drain();
}

#[test]
fn no_greeting_talks_to_a_silent_agent() {
    let options = Options {
        handshake: Handshake::NoGreeting,
        ..short()
    };
    let server = FakeServer::start(agent);
    let mut client = blocking(&server, &options);
    assert_eq!(client.greeting().qmp.version.qemu.major, 0);
    assert_eq!(
        client.execute_raw("guest-ping", None).expect("ping"),
        json!({})
    );
    drop(client);
    server.join();
}

#[tokio::test]
async fn async_no_greeting_talks_to_a_silent_agent() {
    let options = Options {
        handshake: Handshake::NoGreeting,
        ..short()
    };
    let server = FakeServer::start(agent);
    let client = asynchronous(&server, &options).await;
    assert_eq!(client.greeting().qmp.version.qemu.major, 0);
    let reply = client.execute_raw("guest-ping", None).await.expect("ping");
    assert_eq!(reply, json!({}));
    drop(client);
    server.join();
}

/// Negotiates, then reads one request and never answers it.
fn silent(f: &mut Fake) {
    f.handshake();
    let req = f.request();
    assert_eq!(req["execute"], "query-status", "{req}");
    f.drain();
}

#[tokio::test]
async fn async_raw_call_times_out_on_a_silent_server() {
    let server = FakeServer::start(silent);
    // The default timeout would wait forever: only the call's own applies.
    let options = Options {
        timeout: None,
        ..short()
    };
    let client = asynchronous(&server, &options).await;
    let t = Duration::from_millis(200);
    match client
        .execute_raw_timeout("query-status", None, Some(t))
        .await
    {
        Err(Error::Timeout { waiting_for, after }) => {
            assert_eq!(waiting_for, "the reply to query-status");
            assert_eq!(after, t);
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(!client.is_closed());
    drop(client);
    server.join();
}

#[test]
fn blocking_raw_call_times_out_on_a_silent_server() {
    let server = FakeServer::start(silent);
    let options = Options {
        timeout: None,
        ..short()
    };
    let mut client = blocking(&server, &options);
    let t = Duration::from_millis(200);
    match client.execute_raw_timeout("query-status", None, Some(t)) {
        Err(Error::Timeout { waiting_for, after }) => {
            assert_eq!(waiting_for, "the reply to query-status");
            assert_eq!(after, t);
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    drop(client);
    server.join();
}

#[test]
fn blocking_try_next_event_after_stop() {
    let Some(server) = Qemu::system(&[]) else {
        return;
    };
    let mut qmp: Client = Client::connect(server.socket()).expect("connect");
    assert!(matches!(qmp.try_next_event(), Ok(None)));
    qmp.execute(&Stop).expect("stop");
    // QEMU emits STOP before it answers `stop`; one more round trip makes
    // sure it has been read.
    qmp.execute(&QueryStatus).expect("query-status");
    let ev = qmp.try_next_event().expect("no error").expect("STOP");
    assert_eq!(ev.name, "STOP");
    assert!(matches!(qmp.try_next_event(), Ok(None)));
}

#[tokio::test]
async fn async_try_next_event_after_stop() {
    let Some(server) = Qemu::system(&[]) else {
        return;
    };
    let qmp: AsyncClient = AsyncClient::connect(server.socket())
        .await
        .expect("connect");
    let mut events = qmp.subscribe();
    assert!(events.try_next_event().is_none());
    assert!(qmp.try_next_event().is_none());
    qmp.execute(&Stop).await.expect("stop");
    qmp.execute(&QueryStatus).await.expect("query-status");
    let ev = events.try_next_event().expect("STOP");
    assert_eq!(ev.name, "STOP");
    assert!(events.try_next_event().is_none());
    drop(events);
    // Without a subscriber, events wait in the client's buffer.
    qmp.execute_raw("cont", None).await.expect("cont");
    qmp.execute(&QueryStatus).await.expect("query-status");
    let ev = qmp.try_next_event().expect("RESUME");
    assert_eq!(ev.name, "RESUME");
    assert!(qmp.try_next_event().is_none());
    assert!(!qmp.is_closed());
}

/// Sends one event after the handshake, says so, then waits for the end.
fn one_event(sent: mpsc::Sender<()>) -> impl FnOnce(&mut Fake) + Send + 'static {
    move |f: &mut Fake| {
        f.handshake();
        f.send(r#"{"event": "STOP", "timestamp": {"seconds": 1, "microseconds": 2}}"#);
        let _ = sent.send(());
        f.drain();
    }
}

#[test]
fn blocking_try_next_event_reads_what_arrived_between_calls() {
    let (tx, rx) = mpsc::channel();
    let server = FakeServer::start(one_event(tx));
    let mut client = blocking(&server, &short());
    // The event is in the socket, not yet read by any call.
    rx.recv_timeout(WAIT).expect("the event was sent");
    let ev = client.try_next_event().expect("no error").expect("STOP");
    assert_eq!(ev.name, "STOP");
    assert_eq!(ev.timestamp.microseconds, 2);
    assert!(matches!(client.try_next_event(), Ok(None)));
    drop(client);
    server.join();
}

#[test]
fn blocking_try_next_event_reports_the_end() {
    let server = FakeServer::start(|f: &mut Fake| {
        f.handshake();
        f.send(r#"{"event": "STOP", "timestamp": {"seconds": 1, "microseconds": 2}}"#);
    });
    let mut client = blocking(&server, &short());
    server.join();
    // The server has closed: the event is still delivered, then the end.
    let ev = client.try_next_event().expect("no error").expect("STOP");
    assert_eq!(ev.name, "STOP");
    assert!(matches!(client.try_next_event(), Err(Error::Disconnected)));
}
