//! The shipped bindings, generated for QEMU 7.2 and later (the default
//! `QMP_MIN_QEMU`), against real servers of both ends of the range: every
//! `query-*` command of `COMMANDS` that takes no required argument is sent
//! to QEMU 7.2 and 10.0.2 (`-M none` and `-M pc`), and every successful
//! reply must decode into its return type with no member dropped: each
//! member the server sent is one the bindings' schema (`SCHEMA_JSON`, what
//! the types were generated from) has at that place.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;

use qmp_bindings::api::{decode_return, COMMANDS, SCHEMA_JSON};
use qmp_schema::{Returns, Schema, TypeKind, TypeRef};
use serde_json::{json, Value};

/// A QMP connection to a QEMU started for the test (killed on drop).
struct Conn {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
    qemu: qmp_test_support::Qemu,
}

impl Conn {
    fn open(qemu: qmp_test_support::Qemu) -> Conn {
        let stream = UnixStream::connect(qemu.socket()).expect("connect to QEMU");
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(30)))
            .expect("read timeout");
        let writer = stream.try_clone().expect("clone socket");
        let mut c = Conn {
            reader: BufReader::new(stream),
            writer,
            qemu,
        };
        let greeting = c.read();
        assert!(greeting.get("QMP").is_some(), "no greeting: {greeting}");
        assert_eq!(c.execute("qmp_capabilities"), json!({"return": {}}));
        c
    }

    fn read(&mut self) -> Value {
        let mut line = String::new();
        let n = self.reader.read_line(&mut line).expect("read from QEMU");
        assert!(n > 0, "QEMU closed the connection");
        serde_json::from_str(&line).expect("QEMU sent JSON")
    }

    fn execute(&mut self, name: &str) -> Value {
        writeln!(self.writer, "{}", json!({ "execute": name })).expect("write to QEMU");
        loop {
            let v = self.read();
            if v.get("event").is_none() {
                return v;
            }
        }
    }
}

/// The bindings' own schema.
fn bindings_schema() -> Schema {
    qmp_schema::introspect::parse(std::path::Path::new("SCHEMA_JSON"), SCHEMA_JSON)
        .expect("the bindings' schema reads back")
}

/// Every member of `v` (at `path`) that the type `ty` does not have, so
/// that decoding drops it.
fn dropped(s: &Schema, v: &Value, ty: &TypeRef, path: &str, out: &mut Vec<String>) {
    match (ty, v) {
        (TypeRef::Array(el), Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                dropped(s, item, el, &format!("{path}[{i}]"), out);
            }
        }
        (TypeRef::Named(n), _) => {
            let Some(t) = s.type_def(n) else { return };
            match (&t.kind, v) {
                (TypeKind::Struct(st), Value::Object(map)) => {
                    object(s, map, &st.members, path, out);
                }
                (TypeKind::Union(u), Value::Object(map)) => {
                    let tag = map.get(&u.discriminator).and_then(Value::as_str);
                    let branch = u.variants.iter().find(|b| Some(b.name.as_str()) == tag);
                    let mut members = u.members.clone();
                    match branch.map(|b| &b.ty) {
                        Some(TypeRef::Named(b)) => {
                            if let Some(TypeKind::Struct(bs)) = s.type_def(b).map(|t| &t.kind) {
                                members.extend(bs.members.iter().cloned());
                            }
                        }
                        // A tag value the bindings do not know: the
                        // catch-all branch keeps every member.
                        None if !union_tag_values(s, u).contains(&tag.unwrap_or("")) => return,
                        _ => {}
                    }
                    object(s, map, &members, path, out);
                }
                (TypeKind::Alternate(a), _) => {
                    let kind = |t: &TypeRef| match t {
                        TypeRef::Array(_) => v.is_array(),
                        TypeRef::Named(n) => match s.type_def(n).map(|t| &t.kind) {
                            Some(TypeKind::Enum(_)) => v.is_string(),
                            _ => v.is_object(),
                        },
                        TypeRef::Builtin(_) => false,
                    };
                    if let Some(b) = a.variants.iter().find(|b| kind(&b.ty)) {
                        dropped(s, v, &b.ty, path, out);
                    }
                }
                _ => {}
            }
        }
        _ => {}
    }
}

fn union_tag_values<'s>(s: &'s Schema, u: &qmp_schema::Union) -> Vec<&'s str> {
    let tag = u.members.iter().find(|m| m.name == u.discriminator);
    match tag.map(|m| &m.ty) {
        Some(TypeRef::Named(e)) => match s.type_def(e).map(|t| &t.kind) {
            Some(TypeKind::Enum(en)) => en.values.iter().map(|v| v.name.as_str()).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn object(
    s: &Schema,
    map: &serde_json::Map<String, Value>,
    members: &[qmp_schema::Member],
    path: &str,
    out: &mut Vec<String>,
) {
    for (k, v) in map {
        match members.iter().find(|m| m.name == *k) {
            Some(m) => dropped(s, v, &m.ty, &format!("{path}.{k}"), out),
            None => out.push(format!("{path}.{k}")),
        }
    }
}

/// Sends every argument-less `query-*` of `COMMANDS`; returns how many
/// replies decoded, and every failure or dropped member.
fn check_queries(conn: &mut Conn, schema: &Schema, problems: &mut Vec<String>) -> usize {
    let mut decoded = 0;
    for info in COMMANDS {
        if !info.name.starts_with("query-") || info.args.iter().any(|a| !a.optional) {
            continue;
        }
        let reply = conn.execute(info.name);
        let Some(ret) = reply.get("return") else {
            // Some queries fail without the hardware they describe, and an
            // older server lacks the newer ones.
            continue;
        };
        match decode_return(info.name, ret.clone()) {
            Some(Ok(())) => decoded += 1,
            Some(Err(e)) => problems.push(format!("{}: does not decode: {e}", info.name)),
            None => problems.push(format!("{}: no generated command", info.name)),
        }
        let cmd = schema.command(info.name).expect("in SCHEMA_JSON");
        let mut lost = Vec::new();
        match &cmd.returns {
            Returns::Type(t) => dropped(schema, ret, t, "return", &mut lost),
            Returns::Empty => {
                if let Some(map) = ret.as_object() {
                    lost.extend(map.keys().map(|k| format!("return.{k}")));
                }
            }
            Returns::Unknown => {}
        }
        for l in lost {
            problems.push(format!("{}: member dropped: {l}", info.name));
        }
    }
    decoded
}

const NONE: [&str; 5] = [
    "-S",
    "-object",
    "iothread,id=io0",
    "-chardev",
    "ringbuf,id=rb0",
];

/// The test support's PC, without QEMU's default devices (7.2 and 10.0
/// differ in them).
fn pc() -> Vec<&'static str> {
    let mut v = qmp_test_support::PC_WITH_DEVICES.to_vec();
    v.push("-nodefaults");
    v
}

fn run(conn: Option<Conn>, min: usize) {
    let Some(mut conn) = conn else { return };
    let schema = bindings_schema();
    let mut problems = Vec::new();
    let decoded = check_queries(&mut conn, &schema, &mut problems);
    let v = conn.qemu.version();
    assert_eq!(problems, Vec::<String>::new(), "QEMU {v:?}");
    assert!(decoded >= min, "QEMU {v:?}: only {decoded} replies decoded");
}

fn qemu_72(extra: &[&str]) -> Option<Conn> {
    let q = qmp_test_support::qemu_7_2("versions_live")?;
    Some(Conn::open(q.system(extra)))
}

fn qemu_10(extra: &[&str]) -> Option<Conn> {
    let q = qmp_test_support::Qemu::system(extra)?;
    assert_eq!(q.version().0, 10, "the installed QEMU is 10.0");
    Some(Conn::open(q))
}

#[test]
fn the_bindings_cover_7_2() {
    let a = qmp_bindings::api::COMMANDS
        .iter()
        .find(|c| c.name == "query-status")
        .expect("query-status")
        .availability;
    assert_eq!(a.newest, Some(qmp_types::QemuRelease::new(10, 0)));
    let s = bindings_schema();
    let machine = s.command("query-machines").expect("query-machines");
    let Returns::Type(TypeRef::Array(el)) = &machine.returns else {
        panic!("query-machines returns an array")
    };
    let TypeRef::Named(mi) = &**el else {
        panic!("of a named type")
    };
    let Some(TypeKind::Struct(st)) = s.type_def(mi).map(|t| &t.kind) else {
        panic!("a struct")
    };
    let acpi = st.members.iter().find(|m| m.name == "acpi").expect("acpi");
    assert!(acpi.optional, "acpi (QEMU >= 8.0) is optional for 7.2");
}

#[test]
fn queries_of_qemu_7_2_without_a_machine() {
    run(qemu_72(&NONE), 25);
}

#[test]
fn queries_of_qemu_7_2_pc() {
    run(qemu_72(&pc()), 30);
}

#[test]
fn queries_of_qemu_10_0_without_a_machine() {
    run(qemu_10(&NONE), 25);
}

#[test]
fn queries_of_qemu_10_0_pc() {
    run(qemu_10(&pc()), 30);
}
