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
    assert_eq!(msgs.len(), 3, "{msgs:#?}");
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
    assert_eq!(s.doc_blocks.len(), 3);
    assert_eq!(s.doc_blocks[0].target, DocTarget::Free);
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
