//! The command-line syntax: tokens, values, dotted keys and transactions.

use qmp_shell::args::{parse_value, tokenize, LineParser, Parsed, Request};
use serde_json::{json, Value};

fn send(p: &mut LineParser, line: &str) -> Request {
    match p.parse_line(line) {
        Ok(Parsed::Send(r)) => r,
        other => panic!("{line:?}: expected a request, got {other:?}"),
    }
}

fn wire(line: &str) -> Value {
    send(&mut LineParser::new(), line).to_json()
}

fn error(line: &str) -> String {
    match LineParser::new().parse_line(line) {
        Err(e) => e.to_string(),
        other => panic!("{line:?}: expected an error, got {other:?}"),
    }
}

#[test]
fn tokens_keep_quoted_whitespace() {
    assert_eq!(
        tokenize(r#"  cmd a="x y" b='p q' c=1  "#).unwrap(),
        ["cmd", r#"a="x y""#, "b='p q'", "c=1"]
    );
    assert_eq!(
        tokenize(r#"a="say \"hi\"""#).unwrap(),
        [r#"a="say \"hi\"""#]
    );
    assert!(tokenize(r#"cmd a="open"#)
        .unwrap_err()
        .to_string()
        .contains("unterminated"));
}

#[test]
fn values_read_as_json_where_they_parse() {
    assert_eq!(parse_value("42"), json!(42));
    assert_eq!(parse_value("-7"), json!(-7));
    assert_eq!(parse_value("18446744073709551615"), json!(u64::MAX));
    assert_eq!(parse_value("1.5"), json!(1.5));
    assert_eq!(parse_value("true"), json!(true));
    assert_eq!(parse_value("False"), json!(false));
    assert_eq!(parse_value("null"), Value::Null);
    assert_eq!(parse_value(r#""quoted text""#), json!("quoted text"));
    assert_eq!(parse_value("'single'"), json!("single"));
    assert_eq!(
        parse_value(r#"{"a":[1,2],"b":{"c":null}}"#),
        json!({"a": [1, 2], "b": {"c": null}})
    );
    assert_eq!(
        parse_value("[1,'two',True,None]"),
        json!([1, "two", true, null])
    );
    assert_eq!(
        parse_value("{'key':'value','n':2,}"),
        json!({"key": "value", "n": 2})
    );
    // Everything else is text.
    for text in ["drive0", "1.2.3", "0x10", "on", "{unclosed", "[1,", "a b"] {
        assert_eq!(parse_value(text), json!(text), "{text}");
    }
}

#[test]
fn plain_commands() {
    assert_eq!(
        wire("query-status"),
        json!({"execute": "query-status", "arguments": {}})
    );
    assert_eq!(
        wire("device_add driver=e1000 id=net1"),
        json!({"execute": "device_add", "arguments": {"driver": "e1000", "id": "net1"}})
    );
    assert_eq!(
        wire("block_resize node-name=disk0 size=1073741824"),
        json!({"execute": "block_resize", "arguments": {"node-name": "disk0", "size": 1073741824}})
    );
    assert_eq!(
        wire("x v="),
        json!({"execute": "x", "arguments": {"v": ""}})
    );
    assert_eq!(
        wire("x v=a=b"),
        json!({"execute": "x", "arguments": {"v": "a=b"}})
    );
}

#[test]
fn dotted_keys_build_nested_objects() {
    assert_eq!(
        wire("blockdev-add driver=qcow2 node-name=n file.driver=file file.filename=/tmp/a.img cache.direct=true"),
        json!({"execute": "blockdev-add", "arguments": {
            "driver": "qcow2", "node-name": "n",
            "file": {"driver": "file", "filename": "/tmp/a.img"},
            "cache": {"direct": true}
        }})
    );
    assert_eq!(
        wire("x a.b.c=1")["arguments"],
        json!({"a": {"b": {"c": 1}}})
    );
}

#[test]
fn key_errors() {
    assert!(error("cmd novalue").contains("expected a key=value pair, got 'novalue'"));
    assert!(error("cmd a=1 a=2").contains("cannot set \"a\" multiple times"));
    assert!(error("cmd a=1 a.b=2").contains("cannot use \"a\" as both leaf and non-leaf key"));
    assert!(error("cmd a.b=1 a=2").contains("cannot use \"a\" as both leaf and non-leaf key"));
    assert!(error("cmd a..b=1").contains("empty argument name"));
    assert!(error("cmd =1").contains("empty argument name"));
}

#[test]
fn leaves_remember_what_was_typed() {
    let r = send(&mut LineParser::new(), "cmd id=007 opts.flag=TRUE");
    let leaves: Vec<(String, String)> = r
        .leaves
        .iter()
        .map(|l| (l.path.join("."), l.raw.clone()))
        .collect();
    assert_eq!(
        leaves,
        [
            ("id".into(), "007".into()),
            ("opts.flag".into(), "TRUE".into())
        ]
    );
}

#[test]
fn multi_line_transaction() {
    let mut p = LineParser::new();
    assert_eq!(p.parse_line("transaction(").unwrap(), Parsed::Nothing);
    assert!(p.in_transaction());
    assert_eq!(
        p.parse_line("block-dirty-bitmap-add node=drive0 name=bitmap1")
            .unwrap(),
        Parsed::Nothing
    );
    assert_eq!(p.parse_line("").unwrap(), Parsed::Nothing);
    assert_eq!(
        p.parse_line("block-dirty-bitmap-clear node=drive0 name=bitmap0")
            .unwrap(),
        Parsed::Nothing
    );
    let r = send(&mut p, ")");
    assert!(!p.in_transaction());
    assert_eq!(
        r.to_json(),
        json!({"execute": "transaction", "arguments": {"actions": [
            {"type": "block-dirty-bitmap-add", "data": {"node": "drive0", "name": "bitmap1"}},
            {"type": "block-dirty-bitmap-clear", "data": {"node": "drive0", "name": "bitmap0"}}
        ]}})
    );
    let paths: Vec<String> = r.leaves.iter().map(|l| l.path.join(".")).collect();
    assert_eq!(
        paths,
        [
            "actions.0.data.node",
            "actions.0.data.name",
            "actions.1.data.node",
            "actions.1.data.name"
        ]
    );
}

#[test]
fn one_line_transactions() {
    assert_eq!(
        wire("transaction( abort )"),
        json!({"execute": "transaction", "arguments": {"actions": [{"type": "abort", "data": {}}]}})
    );
    assert_eq!(
        wire("transaction( )"),
        json!({"execute": "transaction", "arguments": {"actions": []}})
    );
    // Extension: `;` separates actions on one line.
    assert_eq!(
        wire("transaction( block-dirty-bitmap-add node=d name=b ; block-dirty-bitmap-clear node=d name=c )"),
        json!({"execute": "transaction", "arguments": {"actions": [
            {"type": "block-dirty-bitmap-add", "data": {"node": "d", "name": "b"}},
            {"type": "block-dirty-bitmap-clear", "data": {"node": "d", "name": "c"}}
        ]}})
    );
    // The last action may close the transaction on its own line.
    let mut p = LineParser::new();
    assert_eq!(p.parse_line("transaction(").unwrap(), Parsed::Nothing);
    let r = send(&mut p, "abort )");
    assert_eq!(
        r.arguments["actions"],
        json!([{"type": "abort", "data": {}}])
    );
}

#[test]
fn transaction_errors() {
    let mut p = LineParser::new();
    p.parse_line("transaction(").unwrap();
    p.parse_line("abort").unwrap();
    let e = p.parse_line(") extra").unwrap_err();
    assert!(e
        .to_string()
        .contains("unexpected input after the closing ')'"));
    assert!(!p.in_transaction());

    // A bad action line adds none of its actions; the transaction stays open.
    let mut p = LineParser::new();
    p.parse_line("transaction(").unwrap();
    assert!(p.parse_line("a x=1 ; b oops").is_err());
    assert!(p.in_transaction());
    let r = send(&mut p, "c )");
    assert_eq!(r.arguments["actions"], json!([{"type": "c", "data": {}}]));
    assert_eq!(r.leaves, []);

    // `)` outside a transaction is just a (bad) command name.
    assert_eq!(wire(")")["execute"], ")");
}

#[test]
fn abort_drops_an_open_transaction() {
    let mut p = LineParser::new();
    p.parse_line("transaction( abort").unwrap();
    assert!(p.abort_transaction());
    assert!(!p.in_transaction());
    assert!(!p.abort_transaction());
}
