//! The line handling of a session over a scripted fake connection: reply
//! and error printing in both modes, events, connection loss, exit status.

use std::collections::VecDeque;
use std::io::Write;
use std::sync::{Arc, Mutex};

use qmp_schema::{Schema, SourceFormat};
use qmp_shell::session::{Options, Session, Step};
use qmp_shell::transport::{EventSource, Monitor, MonitorError};
use serde_json::{json, Value};

/// Replies given in advance; records what was sent.
#[derive(Default)]
struct Fake {
    replies: VecDeque<Result<Value, MonitorError>>,
    events: Vec<Value>,
    sent: Arc<Mutex<Vec<Value>>>,
}

impl Monitor for Fake {
    fn call(&mut self, request: &Value) -> Result<Value, MonitorError> {
        self.sent.lock().unwrap().push(request.clone());
        self.replies
            .pop_front()
            .unwrap_or(Err(MonitorError::Disconnected))
    }
    fn take_events(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.events)
    }
    fn event_source(&mut self) -> Option<EventSource> {
        None
    }
    fn version(&self) -> Option<String> {
        Some("10.0.2".into())
    }
}

#[derive(Clone, Default)]
struct Buf(Arc<Mutex<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Buf {
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

fn session(fake: Fake, hmp: bool) -> (Session<Fake>, Buf, Buf) {
    let (out, err) = (Buf::default(), Buf::default());
    let opts = Options {
        hmp,
        ..Options::default()
    };
    let schema = Arc::new(Schema::new(SourceFormat::Hx));
    let s = Session::new(
        fake,
        opts,
        schema,
        Box::new(out.clone()),
        Box::new(err.clone()),
    );
    (s, out, err)
}

fn stop_event() -> Value {
    json!({"timestamp": {"seconds": 1, "microseconds": 2}, "event": "STOP"})
}

#[test]
fn hmp_text_and_errors() {
    let fake = Fake {
        replies: VecDeque::from([
            Ok(json!({"return": "VM status: running\r\n"})),
            Ok(json!({"return": ""})),
            Ok(json!({"error": {"class": "GenericError", "desc": "boom"}})),
        ]),
        events: vec![stop_event()],
        ..Fake::default()
    };
    let sent = fake.sent.clone();
    let (mut s, out, err) = session(fake, true);
    assert_eq!(
        s.banner(),
        "Welcome to the HMP shell!\nConnected to QEMU 10.0.2\n\n"
    );
    let code = s.run_script("info status\nstop\nsavevm x\n".as_bytes());
    assert_eq!(code, 1);
    // No events in between: HMP output stays what the monitor printed.
    assert_eq!(out.text(), "VM status: running\r\nGenericError: boom\n");
    assert_eq!(err.text(), "");
    assert_eq!(
        sent.lock().unwrap()[1],
        json!({"execute": "human-monitor-command", "arguments": {"command-line": "stop"}})
    );
}

#[test]
fn hmp_events_on_an_empty_line() {
    let fake = Fake {
        events: vec![stop_event()],
        ..Fake::default()
    };
    let (mut s, out, _) = session(fake, true);
    assert_eq!(s.handle_line(""), Step::Continue);
    assert_eq!(
        out.text(),
        "{\"timestamp\": {\"seconds\": 1, \"microseconds\": 2}, \"event\": \"STOP\"}\n"
    );
}

#[test]
fn qmp_events_before_the_reply_they_preceded() {
    let fake = Fake {
        replies: VecDeque::from([Ok(json!({"return": {}}))]),
        events: vec![stop_event()],
        ..Fake::default()
    };
    let (mut s, out, _) = session(fake, false);
    assert_eq!(s.run_script("stop\n".as_bytes()), 0);
    assert_eq!(
        out.text(),
        "{\"timestamp\": {\"seconds\": 1, \"microseconds\": 2}, \"event\": \"STOP\"}\n{\"return\": {}}\n"
    );
}

#[test]
fn connection_loss_and_other_failures() {
    let fake = Fake {
        replies: VecDeque::from([
            Err(MonitorError::Other("timed out".into())),
            Ok(json!({"return": {}})),
            Err(MonitorError::Disconnected),
        ]),
        ..Fake::default()
    };
    let sent = fake.sent.clone();
    let (mut s, out, err) = session(fake, false);
    let code = s.run_script("a\nb\nc\nd\n".as_bytes());
    assert_eq!(code, 1);
    assert_eq!(err.text(), "qmp-shell: timed out\n");
    assert_eq!(out.text(), "{\"return\": {}}\nDisconnected\n");
    // `d` is never sent: the loop stops at the disconnection.
    assert_eq!(sent.lock().unwrap().len(), 3);
}

#[test]
fn local_help_without_a_schema() {
    let (mut s, out, err) = session(Fake::default(), false);
    s.server_commands = vec!["query-status".into(), "stop".into()];
    s.handle_line("help");
    assert!(
        out.text().starts_with("query-status  stop\n"),
        "{}",
        out.text()
    );
    s.handle_line("help stop");
    assert!(out
        .text()
        .contains("stop: the server has this command but the schema does not describe it\n"));
    s.handle_line("help stpo");
    assert_eq!(
        err.text(),
        "help: unknown command 'stpo' (did you mean 'stop'?)\n"
    );
    assert!(s.failed);
}
