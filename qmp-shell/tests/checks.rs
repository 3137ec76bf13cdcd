//! Pre-send checks against real schemas: the shipped `schema/qmp-commands.hx`
//! (built into the binary) and QEMU 10.0.2's `query-qmp-schema` output.

mod common;

use qmp_schema::Schema;
use qmp_shell::args::{LineParser, Parsed, Request};
use qmp_shell::check::{check_request, Problem};
use serde_json::json;

fn builtin() -> Schema {
    let (schema, problem) = qmp_shell::schema::builtin();
    assert_eq!(problem, None, "the shipped schema must parse");
    schema
}

fn introspected(test: &str) -> Option<Schema> {
    let path = common::corpus(test)?.join("introspect/qemu-system-x86_64-10.0.2.json");
    Some(qmp_schema::load(&path, None).expect("introspection output loads"))
}

fn request(line: &str) -> Request {
    let mut p = LineParser::new();
    match p.parse_line(line) {
        Ok(Parsed::Send(r)) => r,
        other => panic!("{line:?}: {other:?}"),
    }
}

fn problems(schema: &Schema, line: &str) -> Vec<String> {
    let mut r = request(line);
    check_request(schema, &mut r)
        .iter()
        .map(Problem::to_string)
        .collect()
}

fn clean(schema: &Schema, line: &str) -> serde_json::Value {
    let mut r = request(line);
    let p = check_request(schema, &mut r);
    assert!(p.is_empty(), "{line:?}: {p:?}");
    serde_json::Value::Object(r.arguments)
}

fn one_problem(schema: &Schema, line: &str, path: &str, needle: &str) {
    let p = problems(schema, line);
    assert_eq!(p.len(), 1, "{line:?}: {p:?}");
    assert!(
        p[0].starts_with(&format!("argument '{path}': ")),
        "{line:?}: {p:?}"
    );
    assert!(
        p[0].contains(needle),
        "{line:?}: {:?} lacks {needle:?}",
        p[0]
    );
}

#[test]
fn unknown_arguments() {
    let s = builtin();
    one_problem(
        &s,
        "query-status verbose=true",
        "verbose",
        "this takes no arguments",
    );
    let p = problems(&s, "block_resize node-name=n sise=10");
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].starts_with("argument 'size': missing"), "{p:?}");
    assert!(p[1].starts_with("argument 'sise': unknown argument (did you mean 'size'?); expected one of: device, node-name, size"), "{p:?}");
    // Commands the schema does not know are left to the server.
    assert!(problems(&s, "x-no-such-command a=1").is_empty());
}

#[test]
fn missing_required_arguments() {
    let s = builtin();
    one_problem(
        &s,
        "block_resize node-name=disk0",
        "size",
        "missing (required, an integer (int))",
    );
    let p = problems(&s, "qom-get");
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].starts_with("argument 'path': missing"));
    assert!(p[1].starts_with("argument 'property': missing"));
}

#[test]
fn wrong_types() {
    let s = builtin();
    one_problem(
        &s,
        "block_resize node-name=n size=big",
        "size",
        "expected an integer (int), got \"big\"",
    );
    one_problem(
        &s,
        "block_resize node-name=n size=1.5",
        "size",
        "expected an integer",
    );
    one_problem(
        &s,
        "block-set-write-threshold node-name=n write-threshold=-1",
        "write-threshold",
        "out of range for uint64",
    );
    clean(&s, "query-block-jobs");
    one_problem(
        &s,
        "set_link name=net0 up=maybe",
        "up",
        "expected a boolean",
    );
    // Integer widths: granularity is uint32.
    one_problem(
        &s,
        "block-dirty-bitmap-add node=d name=b granularity=4294967296",
        "granularity",
        "out of range for uint32",
    );
    clean(
        &s,
        "block-dirty-bitmap-add node=d name=b granularity=4294967295",
    );
    one_problem(
        &s,
        "qmp_capabilities enable=oob",
        "enable",
        "expected an array of",
    );
}

#[test]
fn enums() {
    let s = builtin();
    one_problem(
        &s,
        "blockdev-add driver=qcow3 node-name=n",
        "driver",
        "did you mean 'qcow2'?",
    );
    let p = problems(&s, "blockdev-add driver=null-co detect-zeroes=maybe");
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains(
        "is not a value of BlockdevDetectZeroesOptions; expected one of: off, on, unmap"
    ));
    clean(
        &s,
        "blockdev-add driver=null-co node-name=n0 detect-zeroes=unmap",
    );
}

#[test]
fn nested_structs_and_union_branches() {
    let s = builtin();
    one_problem(
        &s,
        "blockdev-add driver=null-co cache.direct=yes",
        "cache.direct",
        "expected a boolean",
    );
    one_problem(
        &s,
        "blockdev-add driver=null-co cache.drect=true",
        "cache.drect",
        "did you mean 'direct'?",
    );
    // The branch of BlockdevOptions chosen by `driver` adds its members.
    one_problem(
        &s,
        "blockdev-add driver=file node-name=f",
        "filename",
        "missing",
    );
    clean(
        &s,
        "blockdev-add driver=file node-name=f filename=/tmp/x.img",
    );
    one_problem(
        &s,
        "blockdev-add driver=null-co filename=/tmp/x.img",
        "filename",
        "unknown argument",
    );
    // A branch the schema does not describe is not checked for unknown members.
    clean(
        &s,
        "blockdev-add driver=nbd node-name=n server.type=unix server.path=/s",
    );
}

#[test]
fn text_typed_for_a_string_member_stays_text() {
    let s = builtin();
    let args = clean(&s, "qom-get path=/machine property=007");
    assert_eq!(args, json!({"path": "/machine", "property": "007"}));
    let args = clean(
        &s,
        "blockdev-add driver=null-co node-name=1e3 read-only=true",
    );
    assert_eq!(args["node-name"], "1e3");
    assert_eq!(args["read-only"], true);
    // A quoted number is text too, but not where an integer is wanted.
    one_problem(
        &s,
        "block_resize node-name=n size=\"10\"",
        "size",
        "got \"10\"",
    );
}

#[test]
fn free_form_commands() {
    let s = builtin();
    clean(&s, "device_add driver=e1000 id=net0 mac=52:54:00:12:34:56");
    one_problem(&s, "device_add id=net0", "driver", "missing");
}

#[test]
fn qemu_10_schema_unions_alternates_and_transactions() {
    let Some(s) = introspected("qemu_10_schema_unions_alternates_and_transactions") else {
        return;
    };
    // BlockdevRef is an alternate: a node name or an inline definition.
    clean(&s, "blockdev-add driver=qcow2 node-name=q file=f0");
    clean(
        &s,
        "blockdev-add driver=qcow2 node-name=q file.driver=file file.filename=/x",
    );
    one_problem(
        &s,
        "blockdev-add driver=qcow2 node-name=q file.driver=file",
        "file",
        "does not fit",
    );
    one_problem(
        &s,
        "blockdev-add driver=qcow2 node-name=q file=[1]",
        "file",
        "does not fit",
    );
    // Transaction actions are checked through the TransactionAction union.
    clean(
        &s,
        "transaction( block-dirty-bitmap-add node=d name=b ; abort )",
    );
    let p = problems(&s, "transaction( block-dirty-bitmap-add node=d nam=b )");
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p.iter()
            .any(|x| x.starts_with("argument 'actions[0].data.name': missing")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|x| x.contains("'actions[0].data.nam'") && x.contains("did you mean 'name'?")),
        "{p:?}"
    );
    let p = problems(&s, "transaction( no-such-action )");
    assert!(
        p.iter()
            .any(|x| x.starts_with("argument 'actions[0].type'")),
        "{p:?}"
    );
}

#[test]
fn historic_hx_letter_types() {
    let Some(dir) = qmp_test_support::corpus_part("historic_hx_letter_types", "hx") else {
        return;
    };
    let s = qmp_schema::load(&dir.join("hx/qemu-1.0/qmp-commands.hx"), None).expect("hx loads");
    // `device:O` is the option list itself: any key=value, none required.
    clean(&s, "device_add driver=e1000 id=net1 mac=52:54:00:12:34:56");
    // `-d` flags are booleans, `s` strings, `M` integers.
    one_problem(
        &s,
        "migrate uri=tcp:0:4446 detach=yes",
        "detach",
        "expected a boolean",
    );
    let args = clean(&s, "migrate uri=1 blk=true");
    assert_eq!(args["uri"], "1");
    one_problem(&s, "balloon value=big", "value", "expected an integer");
    one_problem(&s, "balloon", "value", "missing");
}
