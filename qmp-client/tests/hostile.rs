//! A hostile or unusual server: one that reads requests slowly, errors
//! without an `"id"` (as QEMU answers a request it cannot parse), replies
//! too large with the `"id"` first; and requests QEMU cannot parse, which
//! the client does not send. Real `qemu-system-x86_64` where the
//! behaviour is QEMU's, a scripted fake server where it is hostile.

mod common;

use common::probe::{asynchronous, blocking, ok_info, short, ProbeInfo, PROBE};
use common::{Fake, FakeServer, Qemu};
use qmp_client::{AsyncClient, Client, Error, Options};
use qmp_types::{Command, ErrorClass, OobCommand};
use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};

/// Four MiB of argument: far more than a socket buffer holds.
fn big_probe() -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("blob".into(), Value::String("x".repeat(4 << 20)));
    m
}

/// Reads 128 KiB every 1.5 s and never answers, for up to 120 s (a
/// client without write deadlines needs 49.5 s for 4 MiB).
fn script_slow_reader(f: &mut Fake) {
    f.handshake();
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(120) {
        if f.read_raw(128 << 10) == 0 {
            return;
        }
        std::thread::sleep(Duration::from_millis(1500));
    }
}

#[test]
fn blocking_write_honours_the_timeout_and_breaks_the_connection() {
    let server = FakeServer::start(script_slow_reader);
    let mut client = blocking(&server, &short());
    let t = Duration::from_secs(2);
    let start = Instant::now();
    let r = client.execute_raw_timeout("probe", Some(big_probe()), Some(t));
    let took = start.elapsed();
    match r {
        Err(Error::Timeout { waiting_for, after }) => {
            assert_eq!(waiting_for, "sending probe");
            assert_eq!(after, t);
        }
        other => panic!("{other:?}"),
    }
    // Was 49.5 s. The margin is for encoding 4 MiB in a debug build on a
    // machine busy with other builds (up to 12 s seen at a load of 12).
    assert!(took < t + Duration::from_secs(18), "took {took:?}");
    // The request was cut off: nothing more may be sent on this stream.
    let start = Instant::now();
    match client.execute(&PROBE) {
        Err(Error::Broken { reason }) => {
            assert!(reason.contains("sending probe stopped after"), "{reason}");
            assert!(reason.contains("reconnect"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
    assert!(start.elapsed() < Duration::from_millis(100));
    assert!(matches!(client.execute(&PROBE), Err(Error::Broken { .. })));
    drop(client);
    server.join();
}

#[tokio::test]
async fn async_write_honours_the_timeout() {
    let server = FakeServer::start(script_slow_reader);
    let client = asynchronous(&server, &short()).await;
    let t = Duration::from_secs(2);
    let start = Instant::now();
    let r = client
        .execute_raw_timeout("probe", Some(big_probe()), Some(t))
        .await;
    assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
    let took = start.elapsed();
    assert!(took < t + Duration::from_secs(18), "took {took:?}");
    drop(client);
    server.join();
}

/// An argument nested `depth` levels deep.
fn nested(depth: usize) -> Map<String, Value> {
    let mut v = json!(1);
    for _ in 0..depth {
        v = Value::Array(vec![v]);
    }
    let mut m = Map::new();
    m.insert("x".into(), v);
    m
}

/// A request QEMU cannot parse (nested deeper than its 1024 levels) is not
/// sent: QEMU would answer it with an id-less error and about a thousand
/// more for the rest of the line, and QEMU 10.0.2 can abort on that flood
/// (`monitor/qmp.c: handle_qmp_command: Assertion
/// mon->qmp_requests->length < QMP_REQ_QUEUE_LEN_MAX`, seen in 13 of 20
/// runs of a test that sent one). The limit is QEMU's exactly: 1024 levels
/// still reach QEMU, which parses them and answers with the request's id.
#[test]
fn a_request_qemu_cannot_parse_is_refused_before_sending() {
    let Some(server) = Qemu::system(&[]) else {
        return;
    };
    let mut qmp: Client = Client::connect(server.socket()).expect("connect");
    for depth in [1023, 2000] {
        match qmp.execute_raw("query-status", Some(nested(depth))) {
            // The request object and `arguments` are two more levels.
            Err(Error::TooDeep {
                command,
                depth: d,
                limit: 1024,
            }) => {
                assert_eq!(command, "query-status");
                assert_eq!(d, depth + 2);
            }
            other => panic!("{other:?}"),
        }
    }
    // 1024 levels in all parse: QEMU answers with the id, about the member.
    match qmp.execute_raw("query-status", Some(nested(1022))) {
        Err(Error::Server { desc, .. }) => assert!(desc.contains("'x'"), "{desc}"),
        other => panic!("{other:?}"),
    }
    for _ in 0..3 {
        let status = qmp
            .execute(&qmp_bindings::api::QueryStatus)
            .expect("the connection and QEMU are fine");
        assert!(status.running);
    }
}

#[tokio::test]
async fn a_request_qemu_cannot_parse_is_refused_before_sending_async() {
    let Some(server) = Qemu::system(&[]) else {
        return;
    };
    let qmp: AsyncClient = AsyncClient::connect(server.socket())
        .await
        .expect("connect");
    let bad = nested(2000);
    let (a, b, c) = tokio::join!(
        qmp.execute(&qmp_bindings::api::QueryStatus),
        qmp.execute_raw("query-status", Some(bad)),
        qmp.execute(&qmp_bindings::api::QueryVersion),
    );
    assert!(a.expect("before the bad request").running);
    assert!(
        matches!(b, Err(Error::TooDeep { depth: 2002, .. })),
        "{b:?}"
    );
    assert_eq!(
        c.expect("after the bad request").qemu.major,
        server.version().0 as i64
    );
    assert!(qmp.execute(&qmp_bindings::api::QueryStatus).await.is_ok());
}

/// What QEMU sends for a request it cannot parse, as recorded from QEMU
/// 10.0.2: an id-less error, then more id-less errors for the rest of the
/// line, then the answer to the next request.
fn script_qemu_parse_errors(f: &mut Fake) {
    f.handshake();
    f.request();
    f.send(r#"{"error": {"class": "GenericError", "desc": "JSON nesting depth limit exceeded"}}"#);
    let next = f.request();
    for _ in 0..5 {
        f.send(
            r#"{"error": {"class": "GenericError", "desc": "JSON parse error, expecting value"}}"#,
        );
        f.send(
            r#"{"error": {"class": "GenericError", "desc": "QMP input must be a JSON object"}}"#,
        );
    }
    f.reply(&next, ok_info());
    let last = f.request();
    f.reply(&last, ok_info());
    f.drain();
}

fn assert_parse_error(r: Result<ProbeInfo, Error>) {
    match r {
        Err(Error::Server { class, desc, .. }) => {
            assert_eq!(class, ErrorClass::GenericError);
            assert_eq!(desc, "JSON nesting depth limit exceeded");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_id_less_error_goes_to_its_call_and_the_rest_of_the_line_is_noise() {
    let server = FakeServer::start(script_qemu_parse_errors);
    let mut client = blocking(&server, &short());
    assert_parse_error(client.execute(&PROBE));
    // The noise arrives while this call waits: it is not its answer.
    assert_eq!(client.execute(&PROBE).expect("next").status, "running");
    assert_eq!(client.execute(&PROBE).expect("last").status, "running");
    drop(client);
    server.join();
}

#[tokio::test]
async fn an_id_less_error_goes_to_its_call_and_the_rest_of_the_line_is_noise_async() {
    let server = FakeServer::start(script_qemu_parse_errors);
    let client = asynchronous(&server, &short()).await;
    assert_parse_error(client.execute(&PROBE).await);
    assert_eq!(
        client.execute(&PROBE).await.expect("next").status,
        "running"
    );
    assert_eq!(
        client.execute(&PROBE).await.expect("last").status,
        "running"
    );
    drop(client);
    server.join();
}

/// A call times out; the server then answers it without an id: that
/// answer is the timed-out call's, not the next call's.
fn script_late_id_less(f: &mut Fake) {
    f.handshake();
    f.request();
    let second = f.request();
    f.send(r#"{"error": {"class": "GenericError", "desc": "JSON parse error, expecting value"}}"#);
    f.reply(&second, ok_info());
    let third = f.request();
    f.reply(&third, ok_info());
    f.drain();
}

fn ok() -> ProbeInfo {
    ProbeInfo {
        running: true,
        status: "running".into(),
    }
}

#[test]
fn id_less_answer_to_a_call_that_gave_up_is_not_given_to_the_next() {
    let server = FakeServer::start(script_late_id_less);
    let mut client = blocking(&server, &short());
    let r = client.execute_timeout(&PROBE, Some(Duration::from_millis(200)));
    assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
    assert_eq!(client.execute(&PROBE).expect("its own reply"), ok());
    assert_eq!(client.execute(&PROBE).expect("its own reply"), ok());
    drop(client);
    server.join();
}

#[tokio::test]
async fn id_less_answer_to_a_call_that_gave_up_is_not_given_to_the_next_async() {
    let server = FakeServer::start(script_late_id_less);
    let client = asynchronous(&server, &short()).await;
    let r = client
        .execute_timeout(&PROBE, Some(Duration::from_millis(200)))
        .await;
    assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
    assert_eq!(client.execute(&PROBE).await.expect("its own reply"), ok());
    assert_eq!(client.execute(&PROBE).await.expect("its own reply"), ok());
    drop(client);
    server.join();
}

/// An out-of-band stand-in.
#[derive(serde::Serialize)]
struct OobProbe {}

impl Command for OobProbe {
    const NAME: &'static str = "oob-probe";
    const ALLOW_OOB: bool = true;
    type Returns = ProbeInfo;
}

impl OobCommand for OobProbe {}

/// Reads an out-of-band and an in-band request; `oob_parsed` says whether
/// the server could parse the out-of-band one (then it answers it at once,
/// with its id) or not (then it answers it without an id, in order).
fn script_oob(oob_parsed: bool) -> impl FnOnce(&mut Fake) + Send + 'static {
    move |f: &mut Fake| {
        f.handshake();
        let first = f.request();
        let second = f.request();
        let (oob, inband) = if first.get("exec-oob").is_some() {
            (first, second)
        } else {
            (second, first)
        };
        let error =
            r#"{"error": {"class": "GenericError", "desc": "JSON nesting depth limit exceeded"}}"#;
        if oob_parsed {
            f.reply(&oob, ok_info());
            f.send(error);
        } else {
            f.send(error);
            f.reply(&inband, ok_info());
        }
        f.drain();
    }
}

#[tokio::test]
async fn id_less_error_with_an_out_of_band_call_in_flight() {
    for oob_parsed in [true, false] {
        let server = FakeServer::start(script_oob(oob_parsed));
        let client = asynchronous(&server, &short()).await;
        assert!(client.oob_enabled());
        // Polled in order, so the out-of-band request is written first.
        let (oob, inband) = tokio::join!(client.execute_oob(&OobProbe {}), client.execute(&PROBE));
        let is_error = |r: &Result<ProbeInfo, Error>| matches!(r, Err(Error::Server { desc, .. }) if desc == "JSON nesting depth limit exceeded");
        if oob_parsed {
            // Answered at once with its id: the error is the in-band call's.
            assert_eq!(oob.expect("out of band"), ok());
            assert!(is_error(&inband), "{inband:?}");
        } else {
            // Not parsed: QEMU queued its error in order, before the
            // in-band reply; the oldest unanswered request was it.
            assert!(is_error(&oob), "{oob:?}");
            assert_eq!(inband.expect("in band"), ok());
        }
        drop(client);
        server.join();
    }
}

/// An oversized reply whose id comes first, then a normal one.
fn script_big_id_first(f: &mut Fake) {
    f.handshake();
    let req = f.request();
    let huge = "x".repeat(3 << 20);
    f.send(&format!(r#"{{"id": {}, "return": "{huge}"}}"#, req["id"]));
    let req = f.request();
    f.reply(&req, ok_info());
    f.drain();
}

fn small_limit() -> Options {
    Options {
        max_message_size: 1 << 20,
        ..short()
    }
}

#[test]
fn oversized_reply_with_its_id_first_fails_its_call() {
    let server = FakeServer::start(script_big_id_first);
    let mut client = blocking(&server, &small_limit());
    match client.execute(&PROBE) {
        Err(Error::TooLarge { limit }) => assert_eq!(limit, 1 << 20),
        other => panic!("{other:?}"),
    }
    assert_eq!(client.execute(&PROBE).expect("still usable"), ok());
    drop(client);
    server.join();
}

#[tokio::test]
async fn oversized_reply_with_its_id_first_fails_its_call_async() {
    let server = FakeServer::start(script_big_id_first);
    let client = asynchronous(&server, &small_limit()).await;
    let r = client.execute(&PROBE).await;
    assert!(matches!(r, Err(Error::TooLarge { .. })), "{r:?}");
    assert_eq!(client.execute(&PROBE).await.expect("still usable"), ok());
    drop(client);
    server.join();
}

/// A chain of `n` qcow2 images in `dir` (b0 <- b1 <- ... <- b{n-1});
/// `None` when qemu-img is missing (skipped).
fn backing_chain(dir: &std::path::Path, n: usize) -> Option<std::path::PathBuf> {
    let img = |args: &[&str]| {
        std::process::Command::new("qemu-img")
            .args(args)
            .current_dir(dir)
            .stdout(std::process::Stdio::null())
            .status()
    };
    match img(&["create", "-f", "qcow2", "b0.qcow2", "1M"]) {
        Ok(s) => assert!(s.success(), "qemu-img create"),
        Err(e) => {
            qmp_test_support::skip("backing chain", &format!("qemu-img: {e}"));
            return None;
        }
    }
    for i in 1..n {
        let (back, top) = (format!("b{}.qcow2", i - 1), format!("b{i}.qcow2"));
        // -u: do not open the chain below (that made the loop quadratic).
        let s = img(&[
            "create", "-f", "qcow2", "-u", "-F", "qcow2", "-b", &back, &top, "1M",
        ]);
        assert!(s.expect("qemu-img").success());
    }
    Some(dir.join(format!("b{}.qcow2", n - 1)))
}

/// Depth of the `backing-image` chain of an image.
fn chain_length(image: &qmp_bindings::api::ImageInfo) -> usize {
    let mut n = 0;
    let mut cur = image;
    while let Some(next) = &cur.backing_image {
        n += 1;
        cur = next;
    }
    n
}

fn add_top(top: &std::path::Path) -> Map<String, Value> {
    let args = json!({
        "driver": "qcow2",
        "node-name": "top",
        "file": {"driver": "file", "filename": top},
    });
    args.as_object().cloned().unwrap()
}

#[test]
fn a_reply_nested_146_levels_deep_decodes() {
    // QEMU's reply for a chain of 140 backing files nests 146 levels:
    // more than serde_json's default limit of 128.
    let Some(server) = Qemu::storage_daemon() else {
        return;
    };
    let Some(top) = backing_chain(server.dir(), 140) else {
        return;
    };
    let mut qmp: Client = Client::connect(server.socket()).expect("connect");
    qmp.execute_raw("blockdev-add", Some(add_top(&top)))
        .expect("blockdev-add");
    // 4.7 MB of reply: QEMU lists every node with its whole chain.
    qmp.set_timeout(Some(Duration::from_secs(300)));
    let nodes = qmp
        .execute(&qmp_bindings::api::QueryNamedBlockNodes { flat: Some(false) })
        .expect("the deep reply decodes");
    let top_node = nodes
        .iter()
        .find(|n| n.node_name.as_deref() == Some("top"))
        .expect("the top node");
    assert_eq!(chain_length(&top_node.image), 139);
}

#[tokio::test]
async fn a_reply_nested_146_levels_deep_decodes_async() {
    let Some(server) = Qemu::storage_daemon() else {
        return;
    };
    let Some(top) = backing_chain(server.dir(), 140) else {
        return;
    };
    let qmp: AsyncClient = AsyncClient::connect(server.socket())
        .await
        .expect("connect");
    qmp.execute_raw("blockdev-add", Some(add_top(&top)))
        .await
        .expect("blockdev-add");
    let nodes = qmp
        .execute_timeout(
            &qmp_bindings::api::QueryNamedBlockNodes { flat: Some(false) },
            Some(Duration::from_secs(300)),
        )
        .await
        .expect("the deep reply decodes");
    assert!(nodes.iter().any(|n| chain_length(&n.image) == 139));
}

/// A reply nested past the limit, then a normal one.
fn script_too_deep(f: &mut Fake) {
    f.handshake();
    let req = f.request();
    let deep = format!("{}1{}", "[".repeat(5000), "]".repeat(5000));
    f.send(&format!(r#"{{"return": {deep}, "id": {}}}"#, req["id"]));
    let req = f.request();
    f.reply(&req, ok_info());
    f.drain();
}

#[test]
fn a_reply_nested_past_the_limit_is_refused_on_a_usable_connection() {
    let server = FakeServer::start(script_too_deep);
    let mut client = blocking(&server, &short());
    match client.execute(&PROBE) {
        Err(Error::Protocol(msg)) => assert!(
            msg.contains(&format!(
                "nested 5001 levels deep (at most {})",
                qmp_client::MAX_MESSAGE_NESTING
            )),
            "{msg}"
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(client.execute(&PROBE).expect("still usable"), ok());
    drop(client);
    server.join();
}

/// A reply nested as deep as a message may be (the limit counts the
/// message object itself), twice.
fn script_deepest(f: &mut Fake) {
    f.handshake();
    let levels = qmp_client::MAX_MESSAGE_NESTING - 1;
    let deepest = format!("{}1{}", "[".repeat(levels), "]".repeat(levels));
    for _ in 0..2 {
        let req = f.request();
        f.send(&format!(r#"{{"return": {deepest}, "id": {}}}"#, req["id"]));
    }
    f.drain();
}

/// How many arrays wrap the innermost value of `v`.
fn arrays_around(mut v: &Value) -> usize {
    let mut n = 0;
    while let Value::Array(a) = v {
        n += 1;
        v = &a[0];
    }
    n
}

/// How many arrays wrap the innermost value of each reply; the replies are
/// then taken apart level by level (dropping them at once would recurse as
/// deep as they nest, on this small stack).
fn depths_of(raw: Value, typed: Value) -> (usize, usize) {
    let depths = (arrays_around(&raw), arrays_around(&typed));
    for mut v in [raw, typed] {
        while let Value::Array(mut a) = v {
            v = a.pop().unwrap_or_default();
        }
    }
    depths
}

fn qom_get() -> qmp_bindings::api::QomGet {
    qmp_bindings::api::QomGet {
        path: "/machine".into(),
        property: "deep".into(),
    }
}

#[test]
fn a_reply_nested_to_the_limit_decodes_on_a_small_stack() {
    let server = FakeServer::start(script_deepest);
    let mut client = blocking(&server, &short());
    // A thread with a small stack: parsing and decoding 1023 levels needs
    // far more than this, so the client must not do it on this stack.
    let reply = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || {
            let raw = client.execute_raw("qom-get", None).expect("raw reply");
            let typed = client.execute(&qom_get()).expect("typed reply");
            depths_of(raw, typed)
        })
        .unwrap()
        .join()
        .expect("no stack overflow");
    let levels = qmp_client::MAX_MESSAGE_NESTING - 1;
    assert_eq!(reply, (levels, levels));
    server.join();
}

#[test]
fn a_reply_nested_to_the_limit_decodes_on_a_small_stack_async() {
    let server = FakeServer::start(script_deepest);
    let depths = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                let client = asynchronous(&server, &short()).await;
                let raw = client.execute_raw("qom-get", None).await.expect("raw");
                let typed = client.execute(&qom_get()).await.expect("typed");
                let depths = depths_of(raw, typed);
                drop(client);
                server.join();
                depths
            })
        })
        .unwrap()
        .join()
        .expect("no stack overflow");
    let levels = qmp_client::MAX_MESSAGE_NESTING - 1;
    assert_eq!(depths, (levels, levels));
}
