//! Round-trips every `->` / `<-` example of the shipped definition file
//! `schema/qmp-commands.hx` through the bindings generated from it: request
//! arguments decode into the typed command struct and serialise back to the
//! same JSON, replies decode into the command's `Returns` type, and event
//! examples decode into a known variant of the generated `Event` enum.
//! When a `qemu-system-x86_64` is installed, the replies of a real QEMU to
//! every query command without required arguments are decoded too.

use std::path::Path;

use qmp_bindings::api::{decode_return, roundtrip_arguments, Event};
use qmp_types::EventData;
use serde_json::{json, Value};

/// One `->` or `<-` message of an example, with the entity it documents.
struct Message {
    owner: String,
    outgoing: bool,
    json: Value,
}

fn shipped_schema() -> qmp_schema::Schema {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/qmp-commands.hx");
    match qmp_schema::load(&path, None) {
        Ok(s) => s,
        Err(e) => panic!("schema/qmp-commands.hx does not load:\n{e}"),
    }
}

/// Splits an example group into its messages: each starts at a line
/// beginning with `->` or `<-` and runs until the next such line.
fn split_messages(owner: &str, group: &str, out: &mut Vec<Message>) {
    fn finish(owner: &str, cur: Option<(bool, String)>, out: &mut Vec<Message>) {
        if let Some((outgoing, text)) = cur {
            let json = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{owner}: example message is not JSON ({e}):\n{text}"));
            out.push(Message {
                owner: owner.to_string(),
                outgoing,
                json,
            });
        }
    }
    let mut current: Option<(bool, String)> = None;
    for line in group.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("->").or_else(|| t.strip_prefix("<-")) {
            finish(owner, current.take(), out);
            current = Some((t.starts_with("->"), rest.to_string()));
        } else if let Some((_, text)) = current.as_mut() {
            text.push('\n');
            text.push_str(line);
        }
    }
    finish(owner, current, out);
}

fn all_messages(schema: &qmp_schema::Schema) -> Vec<Message> {
    let mut out = Vec::new();
    let docs = schema
        .commands
        .iter()
        .map(|c| (&c.name, &c.doc))
        .chain(schema.events.iter().map(|e| (&e.name, &e.doc)));
    for (owner, doc) in docs {
        for group in doc.iter().flat_map(|d| d.examples.iter()) {
            split_messages(owner, group, &mut out);
        }
    }
    out
}

#[test]
fn every_request_example_round_trips_through_its_command_struct() {
    let schema = shipped_schema();
    let messages = all_messages(&schema);
    let mut checked = 0;
    let mut errors = Vec::new();
    for m in messages.iter().filter(|m| m.outgoing) {
        let Some(name) = m.json["execute"].as_str() else {
            errors.push(format!(
                "{}: request without 'execute': {}",
                m.owner, m.json
            ));
            continue;
        };
        if name != m.owner {
            errors.push(format!("{}: example executes '{name}'", m.owner));
        }
        let args = m.json.get("arguments").cloned().unwrap_or(Value::Null);
        let expected = if args.is_null() {
            json!({})
        } else {
            args.clone()
        };
        match roundtrip_arguments(name, args) {
            None => errors.push(format!("{name}: no generated command")),
            Some(Err(e)) => errors.push(format!("{name}: arguments do not decode: {e}")),
            Some(Ok(back)) if back != expected => errors.push(format!(
                "{name}: arguments {expected} serialise back as {back}"
            )),
            Some(Ok(_)) => checked += 1,
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(
        checked >= schema.commands.len(),
        "only {checked} request examples"
    );
}

#[test]
fn every_reply_example_decodes_into_the_return_type() {
    let schema = shipped_schema();
    let messages = all_messages(&schema);
    let mut checked = 0;
    let mut errors = Vec::new();
    for m in messages
        .iter()
        .filter(|m| !m.outgoing && m.json.get("event").is_none())
    {
        if schema.command(&m.owner).is_none() {
            errors.push(format!("{}: reply example outside a command", m.owner));
            continue;
        }
        if let Some(err) = m.json.get("error") {
            if !err["class"].is_string() || !err["desc"].is_string() {
                errors.push(format!("{}: malformed error reply {err}", m.owner));
            }
            continue;
        }
        let Some(ret) = m.json.get("return") else {
            errors.push(format!("{}: reply without 'return': {}", m.owner, m.json));
            continue;
        };
        match decode_return(&m.owner, ret.clone()) {
            None => errors.push(format!("{}: no generated command", m.owner)),
            Some(Err(e)) => errors.push(format!("{}: return does not decode: {e}", m.owner)),
            Some(Ok(())) => checked += 1,
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(
        checked >= schema.commands.len(),
        "only {checked} reply examples"
    );
}

#[test]
fn every_event_example_decodes_into_a_known_event() {
    let schema = shipped_schema();
    let messages = all_messages(&schema);
    let mut own = std::collections::BTreeSet::new();
    let mut errors = Vec::new();
    for m in messages.iter().filter(|m| m.json.get("event").is_some()) {
        let name = m.json["event"].as_str().unwrap_or_default();
        // A command's example may show the events QEMU sends around its
        // reply (`system_reset` and RESET); an event's example shows itself.
        let in_event_doc = schema.event(&m.owner).is_some();
        if m.outgoing || (in_event_doc && name != m.owner) {
            errors.push(format!("{}: event example '{name}' is misplaced", m.owner));
        }
        let ts = &m.json["timestamp"];
        if !ts["seconds"].is_i64() || !ts["microseconds"].is_i64() {
            errors.push(format!("{name}: bad timestamp {ts}"));
        }
        if !Event::NAMES.contains(&name) {
            errors.push(format!("{name}: not a variant of the generated Event"));
            continue;
        }
        let data = m.json.get("data").cloned().unwrap_or(Value::Null);
        match Event::from_parts(name, data) {
            Ok(ev) if ev.name() == name => {
                if name == m.owner {
                    own.insert(name.to_string());
                }
            }
            Ok(ev) => errors.push(format!("{name}: decoded as {}", ev.name())),
            Err(e) => errors.push(format!("{name}: data does not decode: {e}")),
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let without: Vec<&str> = schema
        .events
        .iter()
        .map(|e| e.name.as_str())
        .filter(|n| !own.contains(*n))
        .collect();
    assert!(
        without.is_empty(),
        "events without an example of their own: {without:?}"
    );
}

/// A broken example must be noticed: an unknown argument is dropped by the
/// typed struct, a missing required member fails to decode.
#[test]
fn broken_examples_are_rejected() {
    let back = roundtrip_arguments("blockdev-del", json!({"node-name": "n0", "bogus": 1}));
    assert_ne!(
        back.and_then(Result::ok),
        Some(json!({"node-name": "n0", "bogus": 1}))
    );
    let ret = decode_return("query-status", json!({"status": "running"}));
    assert!(
        matches!(ret, Some(Err(_))),
        "missing 'running' was accepted"
    );
    assert!(Event::from_parts("SHUTDOWN", json!({"guest": "yes"})).is_err());
    assert!(roundtrip_arguments("no-such-command", Value::Null).is_none());
}

mod live {
    //! Decodes what a real QEMU answers (skipped when none is installed).

    use std::io::{BufRead, BufReader, Write};
    use std::os::unix::net::UnixStream;

    use serde_json::{json, Value};

    /// A QMP connection to a QEMU started for the test (killed on drop).
    struct Qemu {
        reader: BufReader<UnixStream>,
        writer: UnixStream,
        _qemu: qmp_test_support::Qemu,
    }

    impl Qemu {
        /// Starts `qemu-system-x86_64` with `args`, connects to its QMP
        /// socket and reads the greeting; `None` when it is not installed.
        fn start(args: &[&str]) -> Option<Qemu> {
            let qemu = qmp_test_support::Qemu::system(args)?;
            let stream = UnixStream::connect(qemu.socket()).expect("connect to QEMU");
            stream
                .set_read_timeout(Some(std::time::Duration::from_secs(30)))
                .expect("read timeout");
            let writer = stream.try_clone().expect("clone socket");
            let mut q = Qemu {
                reader: BufReader::new(stream),
                writer,
                _qemu: qemu,
            };
            let greeting = q.read();
            assert!(greeting.get("QMP").is_some(), "no greeting: {greeting}");
            Some(q)
        }

        fn read(&mut self) -> Value {
            let mut line = String::new();
            let n = self.reader.read_line(&mut line).expect("read from QEMU");
            assert!(n > 0, "QEMU closed the connection");
            serde_json::from_str(&line).expect("QEMU sent JSON")
        }

        /// Runs a command and returns its reply, skipping events.
        fn execute(&mut self, name: &str) -> Value {
            self.send(&json!({ "execute": name }))
        }

        /// Sends a request and returns its reply, skipping events.
        fn send(&mut self, req: &Value) -> Value {
            writeln!(self.writer, "{req}").expect("write to QEMU");
            loop {
                let v = self.read();
                if v.get("event").is_none() {
                    return v;
                }
            }
        }
    }

    /// Runs every `query-*` command without required arguments and decodes
    /// the replies; returns how many decoded.
    fn decode_all_queries(q: &mut Qemu, errors: &mut Vec<String>) -> usize {
        let caps = q.execute("qmp_capabilities");
        assert_eq!(caps, json!({"return": {}}));
        let schema = super::shipped_schema();
        let mut decoded = 0;
        for c in &schema.commands {
            let no_required = match &c.args {
                qmp_schema::Args::Members(ms) => ms.iter().all(|m| m.optional),
                qmp_schema::Args::Named { .. } => false,
            };
            if !c.name.starts_with("query-") || !no_required {
                continue;
            }
            let reply = q.execute(&c.name);
            let Some(ret) = reply.get("return") else {
                // Some queries fail without the hardware they describe.
                continue;
            };
            match super::decode_return(&c.name, ret.clone()) {
                Some(Ok(())) => decoded += 1,
                Some(Err(e)) => errors.push(format!("{}: {e}", c.name)),
                None => errors.push(format!("{}: no generated command", c.name)),
            }
        }
        decoded
    }

    /// Starts QEMU with `args` and checks that every query reply decodes
    /// and that at least `min` of them were successful replies.
    fn queries_decode(args: &[&str], min: usize) {
        let Some(mut q) = Qemu::start(args) else {
            return;
        };
        let mut errors = Vec::new();
        let decoded = decode_all_queries(&mut q, &mut errors);
        assert!(
            errors.is_empty(),
            "real replies that do not decode:\n{}",
            errors.join("\n")
        );
        assert!(decoded >= min, "only {decoded} query replies decoded");
    }

    #[test]
    fn real_replies_decode_into_the_return_types() {
        let none = [
            "-S",
            "-object",
            "iothread,id=io0",
            "-chardev",
            "ringbuf,id=rb0",
        ];
        queries_decode(&none, 30);
    }

    /// QEMU's error for a request its argument parser refuses: a missing,
    /// unexpected or mistyped argument.
    fn is_argument_error(reply: &Value) -> bool {
        let desc = reply["error"]["desc"].as_str().unwrap_or_default();
        [
            "is missing",
            "is unexpected",
            "Invalid parameter type",
            "expects ",
        ]
        .iter()
        .any(|p| desc.contains(p))
            && desc.starts_with(['P', 'I'])
    }

    /// Every string of `v` that names a path under `/tmp/` moved into `dir`
    /// (the examples were captured in the writers' own temp dirs).
    fn private_paths(v: &mut Value, dir: &std::path::Path) {
        match v {
            Value::String(s) if s.starts_with("/tmp/") => {
                *s = dir.join(s[5..].replace('/', "_")).display().to_string();
            }
            Value::Array(a) => a.iter_mut().for_each(|x| private_paths(x, dir)),
            Value::Object(o) => o.values_mut().for_each(|x| private_paths(x, dir)),
            _ => {}
        }
    }

    /// The requests of the examples of the commands that take a whole union
    /// (and of `transaction`) are the ones most easily written wrong. Each
    /// goes through its typed command struct and then to a real QEMU (no
    /// state of the example's own session is recreated, so the command may
    /// fail for want of the node or object it names), whose argument parser
    /// must accept it: the reply is not a missing / unexpected / mistyped
    /// argument error. Paths under `/tmp/` are moved into a private
    /// directory first.
    #[test]
    fn boxed_and_transaction_example_requests_are_accepted_by_qemu() {
        let dir = tempfile::tempdir().expect("temp dir");
        let Some(mut q) = Qemu::start(&[]) else {
            return;
        };
        assert_eq!(q.execute("qmp_capabilities"), json!({"return": {}}));
        let schema = super::shipped_schema();
        let wanted = ["blockdev-add", "object-add", "netdev_add", "transaction"];
        let messages = super::all_messages(&schema);
        let mut errors = Vec::new();
        let mut sent = Vec::new();
        for m in messages
            .iter()
            .filter(|m| m.outgoing && wanted.contains(&m.owner.as_str()))
        {
            let name = m.json["execute"].as_str().unwrap_or_default();
            let args = m.json.get("arguments").cloned().unwrap_or(Value::Null);
            let mut typed = match super::roundtrip_arguments(name, args) {
                Some(Ok(v)) => v,
                other => panic!("{name}: arguments do not round-trip: {other:?}"),
            };
            private_paths(&mut typed, dir.path());
            let reply = q.send(&json!({ "execute": name, "arguments": typed }));
            if is_argument_error(&reply) {
                errors.push(format!("{}: QEMU refused the arguments: {reply}", m.owner));
            }
            sent.push(name.to_string());
        }
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        for name in wanted {
            assert!(
                sent.iter().filter(|s| *s == name).count() >= 2,
                "fewer than two examples of {name}: {sent:?}"
            );
        }
        // The check itself: a request with a misspelt member is refused.
        let bad = q.send(&json!({"execute": "object-add",
            "arguments": {"qom-type": "iothread", "id": "t", "poll-max-nx": 1}}));
        assert!(is_argument_error(&bad), "{bad}");
    }

    /// A PC with a disk, a balloon, a NIC and a CD drive: replies with
    /// inserted media, PCI devices, CPUs and ACPI state.
    #[test]
    fn real_replies_of_a_pc_decode_into_the_return_types() {
        queries_decode(&qmp_test_support::PC_WITH_DEVICES, 35);
    }
}
