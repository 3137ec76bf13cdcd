//! Malformed `query-qmp-schema` input gives located errors, never a panic;
//! the accepted wrappers and the naming rules on small hand-made schemas.

use std::path::Path;

use qmp_schema::{Args, Builtin, Returns, TypeKind, TypeRef};

fn parse(text: &str) -> Result<qmp_schema::Schema, qmp_schema::Errors> {
    qmp_schema::introspect::parse(Path::new("in.json"), text)
}

/// The first error as `line:col: message` (without the file name).
fn first_error(text: &str) -> String {
    let errs = parse(text).expect_err("should be rejected");
    let d = &errs.0[0];
    assert_eq!(d.loc.path(), Path::new("in.json"));
    format!("{}:{}: {}", d.loc.line, d.loc.col, d.message)
}

const EMPTY: &str = r#"{"name": "0", "meta-type": "object", "members": []}"#;

#[test]
fn not_json() {
    assert!(first_error("").starts_with("1:1: invalid JSON"));
    assert!(first_error("[\n  {\"name\": }").starts_with("2:12: invalid JSON"));
    assert!(first_error("[1, 2,\n").starts_with("2:1: invalid JSON"));
    assert!(first_error("{'a': 1}").starts_with("1:2: invalid JSON"));
}

#[test]
fn wrong_shape() {
    let e = first_error("{\"foo\": []}");
    assert!(
        e.starts_with("1:1: expected a JSON array of SchemaInfo"),
        "{e}"
    );
    let e = first_error("{\"return\": 5}");
    assert!(e.starts_with("1:12: expected a JSON array"), "{e}");
    let e = first_error("{\"error\": {\"class\": \"GenericError\"}}");
    assert!(e.starts_with("1:11: the reply is an error"), "{e}");
    let e = first_error("[5]");
    assert_eq!(e, "1:2: a SchemaInfo must be an object, not a number");
    let e = first_error("[{\"meta-type\": \"enum\"}]");
    assert_eq!(e, "1:2: a SchemaInfo has no \"name\"");
}

#[test]
fn unknown_meta_type() {
    let e = first_error("[\n {\"name\": \"x\", \"meta-type\": \"widget\"}]");
    assert!(
        e.starts_with("2:29: unknown meta-type 'widget' of 'x'"),
        "{e}"
    );
}

#[test]
fn dangling_reference() {
    let text = format!(
        "[{EMPTY},\n {{\"name\": \"c\", \"meta-type\": \"command\", \"arg-type\": \"0\", \"ret-type\": \"7\"}}]"
    );
    let e = first_error(&text);
    assert_eq!(e, "2:69: reference to undefined type '7'");
    let text = format!("[{EMPTY},\n {{\"name\": \"[1]\", \"meta-type\": \"array\", \"element-type\": \"1\"}},\n {{\"name\": \"e\", \"meta-type\": \"event\", \"arg-type\": \"[1]\"}}]");
    let errs = parse(&text).expect_err("rejected");
    let all = errs.to_string();
    assert!(all.contains("in.json:3:"), "{all}");
    assert!(
        all.contains("must name an object type") || all.contains("undefined"),
        "{all}"
    );
}

#[test]
fn inconsistent_objects() {
    let e = first_error(
        r#"[{"name": "1", "meta-type": "object", "members": [], "tag": "kind", "variants": []}]"#,
    );
    assert!(
        e.starts_with("1:61: tag 'kind' of '1' is not one of its members"),
        "{e}"
    );
    let e = first_error(r#"[{"name": "1", "meta-type": "object", "members": [], "tag": "k"}]"#);
    assert!(e.contains("has a \"tag\" but no \"variants\""), "{e}");
    let e = first_error(&format!("[{EMPTY}, {EMPTY}]"));
    assert!(e.starts_with("1:55: '0' is defined twice"), "{e}");
    let e = first_error(r#"[{"name": "1", "meta-type": "object", "members": [{"name": "a"}]}]"#);
    assert!(
        e.contains("member 'a' of object '1' has no \"type\""),
        "{e}"
    );
}

#[test]
fn truncations_never_panic() {
    let text = format!(
        "{{\"query-qmp-schema\": [{EMPTY},\n {{\"name\": \"str\", \"meta-type\": \"builtin\", \"json-type\": \"string\"}},\n {{\"name\": \"q\", \"meta-type\": \"command\", \"arg-type\": \"0\", \"ret-type\": \"str\", \"allow-oob\": true}}]}}"
    );
    assert!(parse(&text).is_ok());
    for cut in 0..text.len() {
        let errs = parse(&text[..cut]).expect_err("truncated input is rejected");
        let d = &errs.0[0];
        assert!(d.loc.line >= 1 && d.loc.col >= 1, "{d}");
    }
}

#[test]
fn accepted_wrappers() {
    let body = format!(
        "[{EMPTY}, {{\"name\": \"int\", \"meta-type\": \"builtin\", \"json-type\": \"int\"}}, {{\"name\": \"[int]\", \"meta-type\": \"array\", \"element-type\": \"int\"}}, {{\"name\": \"q\", \"meta-type\": \"command\", \"arg-type\": \"0\", \"ret-type\": \"[int]\", \"allow-oob\": true, \"features\": [\"unstable\"]}}]"
    );
    for text in [
        body.clone(),
        format!("{{\"return\": {body}}}"),
        format!("{{\"greeting\": {{}}, \"query-qmp-schema\": {body}}}"),
        format!("{{\"query-qmp-schema\": {{\"return\": {body}}}}}"),
    ] {
        let s = parse(&text).unwrap_or_else(|e| panic!("{e}"));
        let q = s.command("q").expect("q");
        assert_eq!(q.args, Args::Members(vec![]));
        assert_eq!(
            q.returns,
            Returns::Type(TypeRef::Array(Box::new(TypeRef::Builtin(Builtin::Int))))
        );
        assert!(q.allow_oob);
        assert_eq!(q.features[0].name, "unstable");
        assert!(
            s.types.is_empty(),
            "the empty argument object is not a type"
        );
    }
}

#[test]
fn naming_rules() {
    // Command "q" returns object 1 whose member "mode" is enum 2; command
    // "q-return-mode" takes the name QReturnMode, so the enum gets a suffix.
    // Object 3 is reached by nothing and is named after its number.
    let text = format!(
        r#"[{EMPTY},
 {{"name": "q", "meta-type": "command", "arg-type": "0", "ret-type": "1"}},
 {{"name": "q-return-mode", "meta-type": "command", "arg-type": "0", "ret-type": "0"}},
 {{"name": "1", "meta-type": "object", "members": [{{"name": "mode", "type": "2", "default": null}}, {{"name": "alt", "type": "4"}}]}},
 {{"name": "2", "meta-type": "enum", "members": [{{"name": "on"}}, {{"name": "off", "features": ["deprecated"]}}], "values": ["on", "off"]}},
 {{"name": "3", "meta-type": "object", "members": [{{"name": "x", "type": "str"}}]}},
 {{"name": "4", "meta-type": "alternate", "members": [{{"type": "2"}}, {{"type": "str"}}]}},
 {{"name": "str", "meta-type": "builtin", "json-type": "string"}}]"#
    );
    let s = parse(&text).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = s.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["QReturn", "QReturnMode2", "Type3", "QReturnAlt"]);
    assert_eq!(
        s.command("q-return-mode").expect("c").returns,
        Returns::Empty
    );
    let TypeKind::Struct(st) = &s.types[0].kind else {
        panic!("struct expected")
    };
    assert!(st.members[0].optional && !st.members[1].optional);
    let TypeKind::Enum(en) = &s.types[1].kind else {
        panic!("enum expected")
    };
    assert_eq!(en.values[1].features[0].name, "deprecated");
    let TypeKind::Alternate(alt) = &s.types[3].kind else {
        panic!("alternate expected")
    };
    let branches: Vec<&str> = alt.variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(branches, ["enum", "str"]);
    assert_eq!(s.types[1].loc.line, 5);
    assert_eq!(s.types[1].loc.col, 2);
}
