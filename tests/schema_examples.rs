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
    let mut checked = 0;
    let mut errors = Vec::new();
    for m in messages.iter().filter(|m| m.json.get("event").is_some()) {
        let name = m.json["event"].as_str().unwrap_or_default();
        if name != m.owner || m.outgoing {
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
            Ok(ev) if ev.name() == name => checked += 1,
            Ok(ev) => errors.push(format!("{name}: decoded as {}", ev.name())),
            Err(e) => errors.push(format!("{name}: data does not decode: {e}")),
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert_eq!(checked, schema.events.len(), "one example per event");
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
    use std::process::Command;

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

    /// The commands whose arguments are a whole (boxed) union, and
    /// `transaction`: every documented request, after a round trip through
    /// its typed command struct, is sent to a real QEMU in file order, and
    /// QEMU's reply must be the documented one. The host resources the
    /// examples name (an image file, a socket path, a forwarded port) are
    /// swapped for private ones first.
    #[test]
    fn boxed_and_transaction_examples_get_their_documented_replies() {
        let dir = std::env::temp_dir().join(format!("qmp-rs-boxed-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let image = dir.join("disk.qcow2");
        let created = Command::new("qemu-img")
            .args(["create", "-q", "-f", "qcow2"])
            .arg(&image)
            .arg("16M")
            .status();
        if !created.is_ok_and(|s| s.success()) {
            qmp_test_support::qemu_unavailable(
                "boxed_and_transaction_examples_get_their_documented_replies",
                &format!("qemu-img cannot create {}", image.display()),
            );
            return;
        }
        let Some(mut q) = Qemu::start(&[]) else {
            return;
        };
        assert_eq!(q.execute("qmp_capabilities"), json!({"return": {}}));
        let swaps = [
            ("/tmp/disk.qcow2", image.display().to_string()),
            (
                "/tmp/net2.sock",
                dir.join("net2.sock").display().to_string(),
            ),
            ("127.0.0.1:2222-", "127.0.0.1:0-".to_string()),
        ];
        let schema = super::shipped_schema();
        let wanted = ["blockdev-add", "object-add", "netdev_add", "transaction"];
        let messages = super::all_messages(&schema);
        let mut errors = Vec::new();
        let mut sent = Vec::new();
        let mut pending: Option<Value> = None;
        for m in messages
            .iter()
            .filter(|m| wanted.contains(&m.owner.as_str()))
        {
            if m.outgoing {
                let name = m.json["execute"].as_str().unwrap_or_default();
                let args = m.json.get("arguments").cloned().unwrap_or(Value::Null);
                let typed = match super::roundtrip_arguments(name, args) {
                    Some(Ok(v)) => v,
                    other => panic!("{name}: arguments do not round-trip: {other:?}"),
                };
                let mut text = json!({ "execute": name, "arguments": typed }).to_string();
                for (from, to) in &swaps {
                    text = text.replace(from, to);
                }
                let req: Value = serde_json::from_str(&text).expect("request JSON");
                pending = Some(q.send(&req));
                sent.push(name.to_string());
            } else if let Some(reply) = pending.take() {
                if reply != m.json {
                    errors.push(format!(
                        "{}: QEMU replied {reply}, documented {}",
                        m.owner, m.json
                    ));
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        for name in wanted {
            assert!(
                sent.iter().filter(|s| *s == name).count() >= 2,
                "fewer than two examples of {name}: {sent:?}"
            );
        }
    }

    /// A PC with a disk, a balloon, a NIC and a CD drive: replies with
    /// inserted media, PCI devices, CPUs and ACPI state.
    #[test]
    fn real_replies_of_a_pc_decode_into_the_return_types() {
        let pc = [
            "-M",
            "pc",
            "-m",
            "128",
            "-S",
            "-blockdev",
            "null-co,node-name=disk0,size=1048576",
            "-device",
            "virtio-blk-pci,drive=disk0,id=vd0",
            "-device",
            "virtio-balloon-pci,id=balloon0",
            "-netdev",
            "user,id=net0",
            "-device",
            "virtio-net-pci,netdev=net0,id=nic0",
            "-device",
            "ide-cd,id=cd0",
        ];
        queries_decode(&pc, 35);
    }
}
