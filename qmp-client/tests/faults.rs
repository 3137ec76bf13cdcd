//! Fault tests against a scripted fake QMP server on a Unix socket: EOF in
//! the middle of a reply, lines that are not JSON, replies with unknown ids,
//! replies that do not decode, silent servers and oversized messages, for
//! both clients. Unknown events and enum values are in `events.rs`.

mod common;

use common::probe::{asynchronous, blocking, ok_info, short, Probe, ProbeInfo, PROBE};
use common::{Fake, FakeServer, GREETING};
use qmp_client::{Client, Error, Options, RawEvent};
use serde_json::{json, Value};
use std::time::Duration;

#[test]
fn negotiates_oob_only_when_offered_and_wanted() {
    for (offer, want, expect) in [
        (true, true, true),
        (true, false, false),
        (false, true, false),
    ] {
        let server = FakeServer::start(move |f: &mut Fake| {
            let greeting = if offer {
                GREETING.to_string()
            } else {
                GREETING.replace("[\"oob\"]", "[]")
            };
            f.send(&greeting);
            let req = f.request();
            let enabled = req["arguments"]["enable"] == json!(["oob"]);
            assert_eq!(enabled, expect, "{req}");
            f.reply(&req, json!({}));
            f.drain();
        });
        let options = Options {
            oob: want,
            ..short()
        };
        let client = blocking(&server, &options);
        assert_eq!(client.oob_enabled(), expect);
        assert_eq!(client.greeting().qmp.version.qemu.major, 10);
        drop(client);
        server.join();
    }
}

#[test]
fn eof_in_the_middle_of_a_reply() {
    let server = FakeServer::start(|f: &mut Fake| {
        f.handshake();
        f.request();
        f.send_bytes(br#"{"return": {"running": tr"#);
    });
    let mut client = blocking(&server, &short());
    assert!(matches!(client.execute(&PROBE), Err(Error::Disconnected)));
    assert!(matches!(client.execute(&PROBE), Err(Error::Disconnected)));
    assert!(matches!(client.next_event(None), Err(Error::Disconnected)));
    server.join();
}

#[tokio::test]
async fn eof_fails_every_call_in_flight() {
    let server = FakeServer::start(|f: &mut Fake| {
        f.handshake();
        f.request();
        f.request();
        f.send_bytes(br#"{"return": {"running": tr"#);
    });
    let client = asynchronous(&server, &short()).await;
    let mut events = client.subscribe();
    let (a, b) = tokio::join!(client.execute(&PROBE), client.execute(&PROBE));
    assert!(matches!(a, Err(Error::Disconnected)), "{a:?}");
    assert!(matches!(b, Err(Error::Disconnected)), "{b:?}");
    assert!(matches!(
        client.execute(&PROBE).await,
        Err(Error::Disconnected)
    ));
    assert!(client.is_closed());
    assert!(events.recv().await.is_none());
    server.join();
}

fn script_non_json(f: &mut Fake) {
    f.handshake();
    f.request();
    f.send("this is not JSON");
    let req = f.request();
    f.reply(&req, ok_info());
    f.drain();
}

#[test]
fn a_line_that_is_not_json() {
    let server = FakeServer::start(script_non_json);
    let mut client = blocking(&server, &short());
    match client.execute(&PROBE) {
        Err(Error::Protocol(msg)) => assert!(msg.contains("this is not JSON"), "{msg}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        client.execute(&PROBE).expect("still usable"),
        ProbeInfo {
            running: true,
            status: "running".into()
        }
    );
    drop(client);
    server.join();
}

#[tokio::test]
async fn a_line_that_is_not_json_async() {
    let server = FakeServer::start(script_non_json);
    let client = asynchronous(&server, &short()).await;
    assert!(matches!(
        client.execute(&PROBE).await,
        Err(Error::Protocol(_))
    ));
    assert!(client.execute(&PROBE).await.expect("still usable").running);
    drop(client);
    server.join();
}

fn script_unknown_id(f: &mut Fake) {
    f.handshake();
    let req = f.request();
    f.send(r#"{"return": {"running": false, "status": "paused"}, "id": 999}"#);
    f.send(r#"{"return": {}, "id": "someone else's"}"#);
    f.send(r#"{"return": {}}"#);
    f.reply(&req, ok_info());
    f.drain();
}

#[test]
fn replies_with_unknown_ids_are_dropped() {
    let server = FakeServer::start(script_unknown_id);
    let mut client = blocking(&server, &short());
    assert_eq!(client.execute(&PROBE).expect("reply").status, "running");
    drop(client);
    server.join();
}

#[tokio::test]
async fn replies_with_unknown_ids_are_dropped_async() {
    let server = FakeServer::start(script_unknown_id);
    let client = asynchronous(&server, &short()).await;
    assert_eq!(
        client.execute(&PROBE).await.expect("reply").status,
        "running"
    );
    drop(client);
    server.join();
}

#[tokio::test]
async fn replies_out_of_order_reach_their_calls() {
    let server = FakeServer::start(|f: &mut Fake| {
        f.handshake();
        let reqs: Vec<Value> = (0..3).map(|_| f.request()).collect();
        for (i, req) in reqs.iter().enumerate().rev() {
            let status = format!("s{}", req["arguments"]["size"]);
            f.reply(req, json!({"running": i == 0, "status": status}));
        }
        f.drain();
    });
    let client = asynchronous(&server, &short()).await;
    let probes = [1, 2, 3].map(|n| Probe { size: Some(n) });
    let (a, b, c) = tokio::join!(
        client.execute(&probes[0]),
        client.execute(&probes[1]),
        client.execute(&probes[2])
    );
    assert_eq!(a.expect("a").status, "s1");
    assert_eq!(b.expect("b").status, "s2");
    assert_eq!(c.expect("c").status, "s3");
    drop(client);
    server.join();
}

fn script_bad_reply(f: &mut Fake) {
    f.handshake();
    let req = f.request();
    f.send(
        &json!({"return": {"running": "yes", "status": "running"}, "id": req["id"]}).to_string(),
    );
    let req = f.request();
    f.send(
        &json!({"error": {"class": "BrandNewClass", "desc": "no way"}, "id": req["id"]})
            .to_string(),
    );
    f.drain();
}

fn check_bad_reply(first: Result<ProbeInfo, Error>, second: Result<ProbeInfo, Error>) {
    match first {
        Err(Error::Decode(e)) => {
            assert_eq!(e.command, "probe");
            assert_eq!(e.path, "running");
            assert!(e.message.contains("expected a boolean"), "{}", e.message);
            assert_eq!(e.raw["running"], "yes");
        }
        other => panic!("{other:?}"),
    }
    match second {
        Err(Error::Server {
            command,
            class,
            desc,
        }) => {
            assert_eq!(command, "probe");
            assert_eq!(class.as_str(), "BrandNewClass");
            assert_eq!(desc, "no way");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn undecodable_replies_and_server_errors_keep_details() {
    let server = FakeServer::start(script_bad_reply);
    let mut client = blocking(&server, &short());
    let first = client.execute(&PROBE);
    let second = client.execute(&PROBE);
    check_bad_reply(first, second);
    drop(client);
    server.join();
}

#[tokio::test]
async fn undecodable_replies_and_server_errors_keep_details_async() {
    let server = FakeServer::start(script_bad_reply);
    let client = asynchronous(&server, &short()).await;
    let first = client.execute(&PROBE).await;
    let second = client.execute(&PROBE).await;
    check_bad_reply(first, second);
    drop(client);
    server.join();
}

fn script_silent(f: &mut Fake) {
    f.handshake();
    f.request();
    // A late reply to the call that timed out, then the next call's reply.
    let req = f.request();
    let late = json!({"return": {"running": false, "status": "late"}, "id": req["id"].as_u64().map(|i| i - 1)});
    f.send(&late.to_string());
    f.reply(&req, ok_info());
    f.drain();
}

#[test]
fn a_silent_server_times_out() {
    let server = FakeServer::start(script_silent);
    let mut client = blocking(&server, &short());
    let quick = Some(Duration::from_millis(200));
    assert!(matches!(
        client.execute_timeout(&PROBE, quick),
        Err(Error::Timeout { .. })
    ));
    assert_eq!(client.execute(&PROBE).expect("reply").status, "running");
    drop(client);
    server.join();
}

#[tokio::test]
async fn a_silent_server_times_out_async() {
    let server = FakeServer::start(script_silent);
    let client = asynchronous(&server, &short()).await;
    let quick = Some(Duration::from_millis(200));
    let r = client.execute_timeout(&PROBE, quick).await;
    assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
    assert_eq!(
        client.execute(&PROBE).await.expect("reply").status,
        "running"
    );
    drop(client);
    server.join();
}

#[test]
fn a_server_that_never_greets_times_out() {
    let server = FakeServer::start(|f: &mut Fake| f.drain());
    let options = Options {
        timeout: Some(Duration::from_millis(200)),
        ..Options::default()
    };
    let r = Client::<RawEvent>::connect_generic(server.socket.as_path(), &options);
    assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
    drop(r);
    server.join();
}

/// Options for the ten-megabyte tests: they check what arrives, not how
/// fast; a debug build on a loaded machine needs seconds to build, send and
/// parse 20 MB of JSON, so the deadline only has to catch a hang.
fn big_options() -> Options {
    Options {
        timeout: Some(Duration::from_secs(120)),
        ..Options::default()
    }
}

/// Ten megabytes of text as an HMP reply, with an oversized event first.
fn script_big(f: &mut Fake) {
    f.handshake();
    let req = f.request();
    let huge = "x".repeat(10 << 20);
    let event = json!({"event": "BIG", "data": {"blob": huge}, "timestamp": {"seconds": 1, "microseconds": 0}});
    f.send(&event.to_string());
    f.send(&json!({"return": huge, "id": req["id"]}).to_string());
    let req = f.request();
    f.send(&json!({"return": "small", "id": req["id"]}).to_string());
    f.drain();
}

#[test]
fn a_10_mb_line_over_a_small_limit_fails_cleanly() {
    let server = FakeServer::start(script_big);
    let options = Options {
        max_message_size: 1 << 20,
        ..big_options()
    };
    let mut client = blocking(&server, &options);
    match client.hmp("info big") {
        Err(Error::TooLarge { limit }) => assert_eq!(limit, 1 << 20),
        other => panic!("{other:?}"),
    }
    assert_eq!(client.hmp("info small").expect("still usable"), "small");
    assert_eq!(client.events().count(), 0);
    drop(client);
    server.join();
}

#[tokio::test]
async fn a_10_mb_line_over_a_small_limit_fails_cleanly_async() {
    let server = FakeServer::start(script_big);
    let options = Options {
        max_message_size: 1 << 20,
        ..big_options()
    };
    let client = asynchronous(&server, &options).await;
    assert!(matches!(
        client.hmp("info big").await,
        Err(Error::TooLarge { .. })
    ));
    assert_eq!(
        client.hmp("info small").await.expect("still usable"),
        "small"
    );
    assert_eq!(client.buffered_events(), 0);
    drop(client);
    server.join();
}

#[test]
fn a_10_mb_line_is_accepted_by_default() {
    let server = FakeServer::start(script_big);
    let mut client = blocking(&server, &big_options());
    assert_eq!(client.hmp("info big").expect("big reply").len(), 10 << 20);
    let ev = client.events().next().expect("the big event");
    assert_eq!(ev.data["blob"].as_str().map(str::len), Some(10 << 20));
    drop(client);
    server.join();
}

#[tokio::test]
async fn a_10_mb_line_is_accepted_by_default_async() {
    let server = FakeServer::start(script_big);
    let client = asynchronous(&server, &big_options()).await;
    assert_eq!(client.hmp("info big").await.expect("big").len(), 10 << 20);
    assert_eq!(client.buffered_events(), 1);
    drop(client);
    server.join();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_async_client_is_shared_across_tasks() {
    let server = FakeServer::start(script_unknown_id);
    let client = std::sync::Arc::new(asynchronous(&server, &short()).await);
    let shared = client.clone();
    let task = tokio::spawn(async move { shared.execute(&PROBE).await });
    let reply = task.await.expect("the task").expect("reply");
    assert_eq!(reply.status, "running");
    drop(client);
    server.join();
}
