//! Uses the bindings of the scratch crate: decodes the replies captured from
//! QEMU 10.0.2 (`query-version`, `query-commands`, `query-qmp-schema`) with
//! the bindings made from the matching schema, both the QAPI-made and the
//! introspection-made ones, and builds and serialises typed commands and
//! events. Prints one `ok ...` line per passed check; on the first failure
//! prints it and exits with status 1.
//!
//! Usage: `qmp-realgen-scratch CORPUS_DIR`.
#![deny(warnings)]

use std::path::Path;
use std::process::ExitCode;

use qmp_realgen_scratch as b;
use qmp_types::{Command, EventData, Request};
use serde_json::{json, Value};

type Res = Result<(), String>;

/// Decodes a `return` value into `C::Returns`, naming the failing member.
fn decode<C: Command>(reply: &Value) -> Result<C::Returns, String> {
    qmp_types::registry::decode_with_path::<C::Returns>(reply.clone())
        .map_err(|e| format!("{}: {e}", C::NAME))
}

fn ensure(cond: bool, what: impl FnOnce() -> String) -> Res {
    if cond {
        Ok(())
    } else {
        Err(what())
    }
}

fn to_value<T: serde::Serialize>(v: &T) -> Result<Value, String> {
    serde_json::to_value(v).map_err(|e| format!("serialise: {e}"))
}

/// Checks that `v` serialises to exactly `want`.
fn serialises_to<T: serde::Serialize>(what: &str, v: &T, want: Value) -> Res {
    let got = to_value(v)?;
    ensure(got == want, || format!("{what}: serialised to {got}, want {want}"))
}

/// `v` without the object members whose value is `null`: an optional `any`
/// member decodes `null` as absent, which is the same thing on the wire.
fn without_nulls(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

/// The path of the first place where `a` and `b` differ, with both values.
fn first_difference(path: &str, a: &Value, b: &Value) -> String {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) if v == w => {}
                    Some(w) => return first_difference(&format!("{path}.{k}"), v, w),
                    None => return format!("{path}.{k}: only in the re-serialised value: {v}"),
                }
            }
            for (k, w) in y {
                if !x.contains_key(k) {
                    return format!("{path}.{k}: lost by decoding: {w}");
                }
            }
            format!("{path}: equal")
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                if v != w {
                    return first_difference(&format!("{path}[{i}]"), v, w);
                }
            }
            format!("{path}: equal")
        }
        _ => format!("{path}: re-serialised as {a}, captured as {b}"),
    }
}

/// Decodes `reply` as `C::Returns` and checks that serialising the result
/// gives the reply back (up to `null` members).
fn roundtrip_return<C: Command>(reply: &Value) -> Result<C::Returns, String>
where
    C::Returns: serde::Serialize,
{
    let typed = decode::<C>(reply)?;
    let back = without_nulls(&to_value(&typed)?);
    let orig = without_nulls(reply);
    ensure(back == orig, || {
        format!(
            "{}: not the same after decoding and serialising: {}",
            C::NAME,
            first_difference("return", &back, &orig)
        )
    })?;
    Ok(typed)
}

/// The checks made the same way on every module generated for one binary:
/// the captured replies decode, round-trip, and agree with the registry.
macro_rules! capture_checks {
    ($m:ident, $cap:expr) => {{
        use b::$m as m;
        let cap: &Value = $cap;
        let label = stringify!($m);

        let v = roundtrip_return::<m::QueryVersion>(&cap["query-version"])?;
        let triple = (v.qemu.major, v.qemu.minor, v.qemu.micro);
        ensure(triple == (10, 0, 2), || format!("{label}: version {triple:?}"))?;
        ensure(
            Some(v.package.as_str()) == cap["query-version"]["package"].as_str(),
            || format!("{label}: package {:?}", v.package),
        )?;
        println!("ok {label} query-version {}.{}.{}", triple.0, triple.1, triple.2);

        let cmds = roundtrip_return::<m::QueryCommands>(&cap["query-commands"])?;
        for c in &cmds {
            ensure(
                qmp_types::registry::find_command(m::COMMANDS, &c.name).is_some(),
                || format!("{label}: the server has {}, the bindings do not", c.name),
            )?;
        }
        println!("ok {label} query-commands {}", cmds.len());

        let reply = &cap["query-qmp-schema"];
        let schema = roundtrip_return::<m::QueryQmpSchema>(reply)?;
        ensure(
            m::decode_return("query-qmp-schema", reply.clone()) == Some(Ok(())),
            || format!("{label}: decode_return(query-qmp-schema) failed"),
        )?;
        println!("ok {label} query-qmp-schema {}", schema.len());

        serialises_to(
            "blockdev-del",
            &m::BlockdevDel {
                node_name: "disk0".to_owned(),
            },
            json!({"node-name": "disk0"}),
        )?;
        let req = Request::execute(&m::ObjectDel { id: "obj0".to_owned() }, Some(json!(7)))
            .map_err(|e| e.to_string())?;
        serialises_to(
            "object-del request",
            &req,
            json!({"execute": "object-del", "arguments": {"id": "obj0"}, "id": 7}),
        )?;
        let req = Request::execute(&m::QueryVersion, None).map_err(|e| e.to_string())?;
        serialises_to("query-version request", &req, json!({"execute": "query-version"}))?;
        println!("ok {label} commands");
        common_checks!($m);
    }};
}

/// Checks that make sense for every module, QMP or guest agent.
macro_rules! common_checks {
    ($m:ident) => {{
        use b::$m as m;
        let label = stringify!($m);
        // Every command without required arguments accepts `{}` and sends it
        // back unchanged.
        let mut n = 0;
        for c in m::COMMANDS.iter().filter(|c| c.args.iter().all(|a| a.optional)) {
            match m::roundtrip_arguments(c.name, json!({})) {
                Some(Ok(v)) if v == json!({}) => n += 1,
                other => return Err(format!("{label}: {} with no arguments: {other:?}", c.name)),
            }
        }
        ensure(m::roundtrip_arguments("x-no-such-command", json!({})).is_none(), || {
            format!("{label}: roundtrip_arguments of an unknown command")
        })?;
        println!("ok {label} no-argument commands {n}");
        // An event the schema does not know still decodes.
        let ev = m::Event::from_parts("X_NEWER_EVENT", json!({"a": 1})).map_err(|e| e.to_string())?;
        ensure(ev.name() == "X_NEWER_EVENT", || format!("{label}: unknown event"))?;
        println!("ok {label} unknown event");
    }};
}

/// The system emulator's own commands and events.
macro_rules! vm_checks {
    ($m:ident) => {{
        use b::$m as m;
        let label = stringify!($m);
        serialises_to(
            "human-monitor-command",
            &m::HumanMonitorCommand {
                command_line: "info status".to_owned(),
                cpu_index: None,
            },
            json!({"command-line": "info status"}),
        )?;
        let req = Request::exec_oob(&m::MigratePause, Some(json!("p"))).map_err(|e| e.to_string())?;
        serialises_to("migrate-pause", &req, json!({"exec-oob": "migrate-pause", "id": "p"}))?;
        let status = decode::<m::QueryStatus>(&json!({"running": true, "status": "running"}))?;
        ensure(status.running, || format!("{label}: query-status"))?;
        serialises_to("run state", &status.status, json!("running"))?;
        let data = json!({"guest": true, "reason": "guest-shutdown"});
        match m::Event::from_parts("SHUTDOWN", data).map_err(|e| e.to_string())? {
            m::Event::Shutdown(d) => {
                ensure(d.guest, || format!("{label}: SHUTDOWN.guest"))?;
                serialises_to("SHUTDOWN.reason", &d.reason, json!("guest-shutdown"))?;
            }
            other => return Err(format!("{label}: SHUTDOWN decoded as {}", other.name())),
        }
        println!("ok {label} vm commands and events");
    }};
}

fn read_capture(corpus: &Path, binary: &str) -> Result<Value, String> {
    let path = corpus.join(format!("introspect/qemu-{binary}-10.0.2.json"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn guest_agent() -> Res {
    use b::qga as m;
    serialises_to("guest-sync-delimited", &m::GuestSyncDelimited { id: 42 }, json!({"id": 42}))?;
    let req = Request::execute(&m::GuestPing, None).map_err(|e| e.to_string())?;
    serialises_to("guest-ping", &req, json!({"execute": "guest-ping"}))?;
    let args = json!({"path": "/bin/echo", "arg": ["hi"], "capture-output": true});
    match m::roundtrip_arguments("guest-exec", args.clone()) {
        Some(Ok(v)) if v == args => {}
        other => return Err(format!("qga: guest-exec arguments: {other:?}")),
    }
    let status = json!({"exited": true, "exitcode": 0, "out-data": "aGkK"});
    let st = decode::<m::GuestExecStatusCmd>(&status)?;
    ensure(st.exited && st.exitcode == Some(0), || format!("qga: {st:?}"))?;
    println!("ok qga guest agent commands");
    common_checks!(qga);
    Ok(())
}

/// The schema in QEMU 5.x's language: a simple union is `{"type", "data"}`
/// on the wire, and conditional items are all there.
fn legacy() -> Res {
    use b::legacy as m;
    let wire = json!({"type": "inet", "data": {"host": "h", "port": 22}});
    let addr: m::Address = serde_json::from_value(wire.clone()).map_err(|e| e.to_string())?;
    match &addr.r#type {
        m::AddressBranch::Inet(w) => {
            ensure(w.data.host == "h" && w.data.port == Some(22), || format!("{w:?}"))?
        }
        other => return Err(format!("legacy: inet decoded as {other:?}")),
    }
    serialises_to("legacy Address", &addr, wire)?;
    let args = json!({"addr": {"type": "fd", "data": "fd3"}, "transport": "vsock"});
    match m::roundtrip_arguments("connect", args.clone()) {
        Some(Ok(v)) if v == args => {}
        other => return Err(format!("legacy: connect arguments: {other:?}")),
    }
    let many = json!({"type": "many", "data": [{"host": "a"}, {"host": "b"}]});
    let addr: m::Address = serde_json::from_value(many).map_err(|e| e.to_string())?;
    ensure(matches!(&addr.r#type, m::AddressBranch::Many(w) if w.data.len() == 2), || {
        format!("legacy: many decoded as {addr:?}")
    })?;
    ensure(decode::<m::QueryAnswer>(&json!(42))? == 42, || "legacy: query-answer".into())?;
    println!("ok legacy simple union and conditions");
    common_checks!(legacy);
    Ok(())
}

fn run(corpus: &Path) -> Res {
    let vm = read_capture(corpus, "system-x86_64")?;
    let qsd = read_capture(corpus, "storage-daemon")?;
    capture_checks!(qapi_full, &vm);
    capture_checks!(intro_vm, &vm);
    capture_checks!(qsd, &qsd);
    capture_checks!(intro_qsd, &qsd);
    vm_checks!(qapi_full);
    vm_checks!(intro_vm);
    guest_agent()?;
    legacy()
}

fn main() -> ExitCode {
    let Some(corpus) = std::env::args_os().nth(1) else {
        eprintln!("usage: qmp-realgen-scratch CORPUS_DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(&corpus)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("FAILED: {e}");
            ExitCode::from(1)
        }
    }
}
