//! Behaviour of the QAPI front end beyond QEMU's own suite: older (QEMU
//! 7.2-era) doc syntax is accepted with warnings, errors are located
//! diagnostics, and includes are followed relative to the including file.
use std::path::PathBuf;

use qmp_schema::*;

/// A scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("qmp-qapi-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const OLD_STYLE: &str = r#"# -*- Mode: Python -*-
{ 'pragma': { 'doc-required': true } }

##
# = Old style
##

##
# @eject:
#
# Ejects a removable medium.
#
# @device: the device name
#
# @force: force ejection
#
# Returns: nothing on success
#
# Since: 0.14
#
# Example:
#
# -> { "execute": "eject", "arguments": { "device": "ide1-cd0" } }
# <- { "return": {} }
#
# Note: The "force" argument defaults to false.
##
{ 'command': 'eject', 'data': { 'device': 'str', '*force': 'bool', '*id': 'str' },
  'returns': 'Ok' }

##
# @stop:
#
# Stops.
#
# Returns: Nothing on success.
##
{ 'command': 'stop' }

##
# @Ok:
#
# Nothing.
##
{ 'struct': 'Ok', 'data': {} }
"#;

#[test]
fn qemu_7_2_doc_syntax_is_accepted_with_warnings() {
    let dir = scratch("old");
    let path = dir.join("old.json");
    std::fs::write(&path, OLD_STYLE).unwrap();
    let s = qapi::parse_file(&path).unwrap_or_else(|e| panic!("{e}"));
    let msgs: Vec<String> = s.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(msgs.len(), 4, "{msgs:#?}");
    assert!(
        msgs[0].contains("old.json:21: warning: the 'Example' section is obsolete"),
        "{}",
        msgs[0]
    );
    assert!(
        msgs[1].contains("old.json:26: warning: the 'Note' section is obsolete"),
        "{}",
        msgs[1]
    );
    assert!(
        msgs[2].contains("old.json:28: warning: member 'id' lacks documentation"),
        "{}",
        msgs[2]
    );
    assert!(
        msgs[3]
            .contains("old.json:36: warning: 'Returns' section on a command that returns nothing"),
        "{}",
        msgs[3]
    );
    let eject = s.command("eject").unwrap();
    let doc = eject.doc.as_ref().unwrap();
    assert_eq!(doc.body, "Ejects a removable medium.");
    assert_eq!(
        doc.members[0],
        ("device".to_string(), "the device name".to_string())
    );
    assert_eq!(
        doc.examples,
        vec!["-> { \"execute\": \"eject\", \"arguments\": { \"device\": \"ide1-cd0\" } }\n<- { \"return\": {} }".to_string()]
    );
    assert!(doc
        .sections
        .iter()
        .any(|x| x.tag == "Note" && x.text.starts_with("The \"force\"")));
    assert!(doc
        .sections
        .iter()
        .any(|x| x.tag == "Since" && x.text == "0.14"));
    assert_eq!(s.doc_blocks.len(), 4);
    assert_eq!(s.doc_blocks[0].target, DocTarget::Free);
    assert_eq!(s.doc_blocks[0].text, "= Old style\n");
}

#[test]
fn crlf_line_ends_read_like_lf() {
    let dir = scratch("crlf");
    let path = dir.join("crlf.json");
    std::fs::write(&path, OLD_STYLE.replace('\n', "\r\n")).unwrap();
    let s = qapi::parse_file(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.command("eject").unwrap().loc.line, 28);
    assert_eq!(s.doc_blocks[0].text, "= Old style\n");
}

#[test]
fn errors_are_located_and_includes_are_relative() {
    let dir = scratch("incl");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("main.json"), "{ 'include': 'sub/a.json' }\n").unwrap();
    std::fs::write(
        dir.join("sub/a.json"),
        "# comment\n{ 'include': 'b.json' }\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("sub/b.json"),
        "{ 'struct': 'Foo',\n  'data': { 'a': 'Bar' } }\n",
    )
    .unwrap();
    let err = qapi::parse_file(&dir.join("main.json")).unwrap_err();
    let d = &err.0[0];
    assert!(d.loc.file.ends_with("sub/b.json"), "{d}");
    assert_eq!((d.loc.line, d.loc.col), (1, 0));
    assert_eq!(
        d.message,
        "in struct 'Foo': member 'a' uses unknown type 'Bar'"
    );
    let full = qapi::dump_qemu(&dir.join("main.json")).unwrap_err().text;
    let prefix = format!("{}/", dir.display());
    assert_eq!(
        full.replace(&prefix, ""),
        "In file included from main.json:1:\nIn file included from sub/a.json:2:\n\
         sub/b.json: In struct 'Foo':\nsub/b.json:1: member 'a' uses unknown type 'Bar'"
    );

    std::fs::write(
        dir.join("sub/b.json"),
        "{ 'struct': 'Foo',\n\t'data': { 'a' 'str' } }\n",
    )
    .unwrap();
    let err = qapi::parse_file(&dir.join("main.json")).unwrap_err();
    let d = &err.0[0];
    // QEMU counts a tab with `col = (col + 7) % 8 + 1`, which keeps
    // column 1 at 1; the column is QEMU's.
    assert_eq!(
        (d.loc.line, d.loc.col, d.message.as_str()),
        (2, 15, "expected ':'")
    );
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    let dir = scratch("bad");
    let cases: [&[u8]; 6] = [
        b"",
        b"{",
        b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        b"##\n# @x:\n",
        b"{ 'struct': 'A\xc3\xa9' }",
        b"\xff\xfe",
    ];
    for (i, text) in cases.iter().enumerate() {
        let p = dir.join(format!("case{i}.json"));
        std::fs::write(&p, text).unwrap();
        let r = qapi::parse_file(&p);
        if i == 0 {
            assert!(r.is_ok(), "an empty schema is valid");
        } else {
            let e = r.unwrap_err();
            assert!(e.0[0].loc.file.ends_with(format!("case{i}.json")), "{e}");
        }
    }
}

#[test]
fn mangled_suite_inputs_never_panic() {
    let Some(corpus) = qmp_test_support::corpus("mangled_suite_inputs_never_panic") else {
        return;
    };
    let suite = corpus.join("qapi-tests");
    let entries = std::fs::read_dir(&suite).unwrap_or_else(|e| {
        panic!(
            "{}: cannot list QEMU's QAPI test suite: {e}",
            suite.display()
        )
    });
    let dir = scratch("mangled");
    let p = dir.join("m.json");
    let mut runs = 0;
    // The suite, and the schema in QEMU 5.x's language (which exercises the
    // rewrites of `legacy.rs` and the older doc rules).
    let own = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/legacy-5x.json");
    let paths = entries.flatten().map(|e| e.path()).chain([own]);
    for path in paths {
        if path.extension().and_then(|x| x.to_str()) != Some("json") {
            continue;
        }
        let text = std::fs::read(&path).unwrap();
        let cuts = if path.ends_with("legacy-5x.json") {
            400
        } else {
            4
        };
        let step = (text.len() / cuts).max(1);
        for cut in (0..text.len()).step_by(step) {
            for variant in 0..3u8 {
                let mut t = text.clone();
                match variant {
                    0 => t.truncate(cut),
                    1 => t[cut] = b'\'',
                    _ => t.insert(cut, b'#'),
                }
                std::fs::write(&p, &t).unwrap();
                // Either result is fine; a panic fails the test.
                let _ = qapi::parse_file(&p);
                runs += 1;
            }
        }
    }
    assert!(runs > 500, "{runs} runs");
}

/// The language of QEMU before 6.2 (`tests/data/legacy-5x.json`, written
/// for these tests): C preprocessor conditions and simple unions are read
/// as QEMU read them, each rewrite reported once.
#[test]
fn qemu_5_language_is_read_as_qemu_read_it() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/legacy-5x.json");
    let s = qmp_schema::qapi::parse_file(&path).unwrap_or_else(|e| panic!("{e}"));
    let name = |n: &str| Cond::Name(n.to_owned());

    // Conditions: a string, a list (all of them), && / || / ! / ().
    let path_ty = s.type_def("Path").expect("Path");
    assert_eq!(path_ty.cond, Some(name("CONFIG_POSIX")));
    let TypeKind::Struct(inet) = &s.type_def("Inet").expect("Inet").kind else {
        panic!("Inet is a struct");
    };
    assert_eq!(
        inet.members[1].cond,
        Some(Cond::All(vec![
            name("CONFIG_A"),
            Cond::Not(Box::new(name("CONFIG_B")))
        ]))
    );
    let connect = s.commands.iter().find(|c| c.name == "connect").unwrap();
    assert_eq!(
        connect.cond,
        Some(Cond::Any(vec![
            name("CONFIG_A"),
            Cond::All(vec![
                name("CONFIG_B"),
                Cond::Not(Box::new(name("CONFIG_C")))
            ])
        ]))
    );
    let TypeKind::Enum(transport) = &s.type_def("Transport").unwrap().kind else {
        panic!("Transport is an enum");
    };
    assert_eq!(transport.values[1].cond, Some(name("CONFIG_LINUX")));
    assert!(
        transport.values[1]
            .doc
            .as_deref()
            .unwrap_or("")
            .contains("@not really: a line that only looks like a member"),
        "{:?}",
        transport.values[1].doc
    );
    assert_eq!(s.events[0].cond, Some(name("CONFIG_A")));

    // The simple union is the flat union QEMU made of it.
    let TypeKind::Union(u) = &s.type_def("Address").unwrap().kind else {
        panic!("Address is a union");
    };
    assert_eq!(u.discriminator, "type");
    let base: Vec<(&str, String)> = u
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.ty.to_string()))
        .collect();
    assert_eq!(base, [("type", "AddressKind".to_owned())]);
    let branches: Vec<(&str, String, Option<Cond>)> = u
        .variants
        .iter()
        .map(|v| (v.name.as_str(), v.ty.to_string(), v.cond.clone()))
        .collect();
    assert_eq!(
        branches,
        [
            ("inet", "InetWrapper".to_owned(), None),
            ("unix", "PathWrapper".to_owned(), Some(name("CONFIG_POSIX"))),
            ("fd", "StrWrapper".to_owned(), None),
            ("many", "InetListWrapper".to_owned(), None),
        ]
    );
    let TypeKind::Enum(kind) = &s.type_def("AddressKind").unwrap().kind else {
        panic!("AddressKind is an enum");
    };
    let values: Vec<&str> = kind.values.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(values, ["inet", "unix", "fd", "many"]);
    assert_eq!(kind.values[1].cond, Some(name("CONFIG_POSIX")));
    for (wrapper, data) in [
        ("InetWrapper", "Inet"),
        ("StrWrapper", "str"),
        ("InetListWrapper", "[Inet]"),
    ] {
        let TypeKind::Struct(w) = &s.type_def(wrapper).unwrap().kind else {
            panic!("{wrapper} is a struct");
        };
        assert_eq!(w.members.len(), 1);
        assert_eq!(
            (w.members[0].name.as_str(), w.members[0].ty.to_string()),
            ("data", data.to_owned())
        );
    }

    // The doc comment style of the time: `_` in names, descriptions on
    // unindented lines, `@id :`, sections right after an indented block,
    // a 'Returns' section listing errors.
    let TypeKind::Struct(old) = &s.type_def("OldCase").unwrap().kind else {
        panic!("OldCase is a struct");
    };
    let docs: Vec<(&str, &str)> = old
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.doc.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        docs,
        [
            ("Name", "the name"),
            (
                "long_name",
                "the description starts on the next line,\nwithout indentation"
            ),
            ("id", "a space before the colon"),
            (
                "flags",
                "a description that goes on\nwithout indentation\n\nand, after a blank line, on indented lines"
            ),
        ]
    );
    let TypeKind::Union(cpu) = &s.type_def("CpuLike").unwrap().kind else {
        panic!("CpuLike is a union");
    };
    assert_eq!(cpu.members[0].name, "CPU");
    let set = s
        .commands
        .iter()
        .find(|c| c.name == "set_old_case")
        .unwrap();
    let doc = set.doc.as_ref().expect("documented");
    let section = |tag: &str| {
        doc.sections
            .iter()
            .find(|s| s.tag == tag)
            .map(|s| s.text.trim().to_owned())
    };
    assert!(
        section("Returns")
            .unwrap_or_default()
            .contains("error if the value"),
        "{doc:?}"
    );
    assert_eq!(section("Since").as_deref(), Some("1.0"));

    // One warning per kind of rewrite, where it first happens; no
    // complaint about the made-up `type` member's documentation.
    let texts: Vec<String> = s.warnings.iter().map(|w| w.to_string()).collect();
    for what in [
        "a '=' heading after text",
        "'Since' follows an indented block",
        "'Returns' section on a command that returns nothing",
    ] {
        assert!(texts.iter().any(|t| t.contains(what)), "{what}: {texts:#?}");
    }
    for (line, what) in [(30, "C preprocessor"), (55, "simple unions")] {
        let hits: Vec<&String> = texts.iter().filter(|t| t.contains(what)).collect();
        assert_eq!(hits.len(), 1, "{texts:#?}");
        assert!(
            hits[0].contains(&format!("legacy-5x.json:{line}:")),
            "{}",
            hits[0]
        );
    }
    assert!(
        !texts.iter().any(|t| t.contains("lacks documentation")),
        "{texts:#?}"
    );
}

/// Legacy syntax is accepted only in its legacy form: today's rejections
/// of malformed conditions and unions stand.
#[test]
fn legacy_forms_do_not_widen_today_s_language() {
    let dir = scratch("legacy-strict");
    for (text, error) in [
        (
            "{ 'struct': 'Thing', 'data': {}, 'if': [ 'CONFIG_X' ] }\n",
            "'if' condition of struct must be a string or an object",
        ),
        (
            "{ 'struct': 'Thing', 'data': {}, 'if': 'defined(CONFIG_X' }\n",
            "'if' condition 'defined(CONFIG_X' of struct is not a valid identifier",
        ),
        (
            "{ 'struct': 'Thing', 'data': {}, 'if': [ 'defined(A)', 'B' ] }\n",
            "'if' condition of struct must be a string or an object",
        ),
        (
            "{ 'struct': 'Base', 'data': { 'x': 'int' } }\n\
             { 'union': 'Uni', 'base': 'Base', 'data': { 'a': 'Base' } }\n",
            "union misses key 'discriminator'",
        ),
    ] {
        let f = dir.join("s.json");
        std::fs::write(&f, text).unwrap();
        let err = qmp_schema::qapi::parse_file(&f).unwrap_err().to_string();
        assert!(err.contains(error), "{text}: {err}");
    }
}

/// QEMU 6.x to 8.1 wrote the text of a member or tag on the lines below it,
/// unindented; QEMU 10.0 calls that empty. Read with a warning.
#[test]
fn text_below_an_empty_tag_line() {
    let dir = scratch("empty-tag");
    let f = dir.join("s.json");
    std::fs::write(
        &f,
        "##\n# @balloon:\n#\n# Resize.\n#\n# @value:\n# the size\n#\n# Returns:\n\
         # - Nothing on success\n# - KVMMissingCap without KVM\n#\n# Since: 0.14\n##\n\
         { 'command': 'balloon', 'data': { 'value': 'int' } }\n",
    )
    .unwrap();
    let s = qmp_schema::qapi::parse_file(&f).unwrap_or_else(|e| panic!("{e}"));
    let doc = s.commands[0].doc.as_ref().unwrap();
    assert_eq!(doc.members, [("value".to_owned(), "the size".to_owned())]);
    let returns = doc.sections.iter().find(|s| s.tag == "Returns").unwrap();
    assert_eq!(
        returns.text.trim(),
        "- Nothing on success\n- KVMMissingCap without KVM"
    );
    let texts: Vec<String> = s.warnings.iter().map(|w| w.to_string()).collect();
    for what in [
        "'@value:' starts on the next line",
        "'Returns:' starts on the next line",
    ] {
        assert!(texts.iter().any(|t| t.contains(what)), "{what}: {texts:#?}");
    }
    // An empty tag at the end of the comment stays QEMU 10.0's error.
    std::fs::write(&f, "##\n# @foo:\n#\n# Errors:\n##\n{ 'command': 'foo' }\n").unwrap();
    let err = qmp_schema::qapi::parse_file(&f).unwrap_err().to_string();
    assert!(err.contains("text required after 'Errors:'"), "{err}");
}
