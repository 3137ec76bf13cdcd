//! Events against a scripted fake QMP server: unknown events, unknown enum
//! values decoded by the generated bindings, and the bounded buffer kept
//! while nobody listens, for both clients.

mod common;

use common::probe::{asynchronous, blocking, ok_info, short, PROBE};
use common::{Fake, FakeServer};
use qmp_bindings::api::{Event, QueryStatus, RunState};
use qmp_client::{AsyncClient, Client, Options};
use serde_json::json;
use std::time::Duration;

const FUTURE_EVENT: &str = r#"{"event": "FROM_THE_FUTURE", "data": {"x": [1, 2]}, "timestamp": {"seconds": 1700000000, "microseconds": 5}}"#;

fn script_unknown_event(f: &mut Fake) {
    f.handshake();
    let req = f.request();
    f.send(FUTURE_EVENT);
    f.reply(&req, ok_info());
    f.drain();
}

#[test]
fn unknown_events_are_delivered() {
    let server = FakeServer::start(script_unknown_event);
    let mut client = blocking(&server, &short());
    client.execute(&PROBE).expect("reply");
    let ev = client
        .next_event(Some(Duration::from_secs(5)))
        .expect("event");
    assert_eq!(ev.name, "FROM_THE_FUTURE");
    assert_eq!(ev.data, json!({"x": [1, 2]}));
    assert_eq!(ev.timestamp.microseconds, 5);
    assert_eq!(ev.decoded.expect("decoded").name, "FROM_THE_FUTURE");
    drop(client);
    server.join();
}

#[tokio::test]
async fn unknown_events_are_delivered_async() {
    let server = FakeServer::start(script_unknown_event);
    let client = asynchronous(&server, &short()).await;
    client.execute(&PROBE).await.expect("reply");
    let ev = client.subscribe().next_event(Duration::from_secs(5)).await;
    assert_eq!(ev.expect("event").data, json!({"x": [1, 2]}));
    drop(client);
    server.join();
}

#[tokio::test]
async fn events_wait_in_a_bounded_buffer_until_someone_subscribes() {
    let server = FakeServer::start(|f: &mut Fake| {
        f.handshake();
        let req = f.request();
        for i in 0..5 {
            let ev =
                json!({"event": format!("E{i}"), "timestamp": {"seconds": i, "microseconds": 0}});
            f.send(&ev.to_string());
        }
        f.reply(&req, ok_info());
        let req = f.request();
        f.send(FUTURE_EVENT);
        f.reply(&req, ok_info());
        f.drain();
    });
    let options = Options {
        event_buffer: 3,
        ..short()
    };
    let client = asynchronous(&server, &options).await;
    client.execute(&PROBE).await.expect("reply");
    assert_eq!(client.buffered_events(), 3);
    assert_eq!(client.dropped_events(), 2);
    let mut first = client.subscribe();
    let mut second = client.subscribe();
    client.execute(&PROBE).await.expect("reply");
    let t = Duration::from_secs(5);
    let mut got = Vec::new();
    for _ in 0..4 {
        got.push(first.next_event(t).await.expect("event").name);
    }
    assert_eq!(got, ["E2", "E3", "E4", "FROM_THE_FUTURE"]);
    assert_eq!(
        second.next_event(t).await.expect("event").name,
        "FROM_THE_FUTURE"
    );
    assert_eq!(first.missed(), 0);
    drop(client);
    server.join();
}

fn script_unknown_enum(f: &mut Fake) {
    f.handshake();
    let req = f.request();
    assert_eq!(req["execute"], "query-status");
    f.send(r#"{"event": "JOB_STATUS_CHANGE", "data": {"id": "j", "status": "teleporting"}, "timestamp": {"seconds": 1, "microseconds": 0}}"#);
    f.send(r#"{"event": "BRAND_NEW", "data": {"a": 1}, "timestamp": {"seconds": 2, "microseconds": 0}}"#);
    f.send(&json!({"return": {"running": true, "singlestep": false, "status": "brand-new-state", "extra": 1}, "id": req["id"]}).to_string());
    f.drain();
}

fn check_unknown_enum(
    status: qmp_bindings::api::StatusInfo,
    events: Vec<qmp_client::EventMessage<Event>>,
) {
    assert_eq!(status.status, RunState::Unknown("brand-new-state".into()));
    match &events[0].decoded {
        Ok(Event::JobStatusChange(c)) => {
            assert_eq!(
                c.status,
                qmp_bindings::api::JobStatus::Unknown("teleporting".into())
            )
        }
        other => panic!("{other:?}"),
    }
    match &events[1].decoded {
        Ok(Event::Unknown { name, data }) => {
            assert_eq!(name, "BRAND_NEW");
            assert_eq!(data["a"], 1);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_enum_values_and_events_decode_with_the_bindings() {
    let server = FakeServer::start(script_unknown_enum);
    let mut client: Client =
        Client::connect_with(server.socket.as_path(), &short()).expect("connect");
    let status = client.execute(&QueryStatus).expect("query-status");
    let events: Vec<_> = client.events().collect();
    check_unknown_enum(status, events);
    drop(client);
    server.join();
}

#[tokio::test]
async fn unknown_enum_values_and_events_decode_with_the_bindings_async() {
    let server = FakeServer::start(script_unknown_enum);
    let client: AsyncClient = AsyncClient::connect_with(server.socket.as_path(), &short())
        .await
        .expect("connect");
    let mut stream = client.subscribe();
    let status = client.execute(&QueryStatus).await.expect("query-status");
    let t = Duration::from_secs(5);
    let events = vec![
        stream.next_event(t).await.expect("event"),
        stream.next_event(t).await.expect("event"),
    ];
    check_unknown_enum(status, events);
    drop(client);
    server.join();
}
