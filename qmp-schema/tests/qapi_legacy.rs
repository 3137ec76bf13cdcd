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
    let Ok(entries) = std::fs::read_dir(corpus.join("qapi-tests")) else {
        eprintln!("corpus not found: test skipped");
        return;
    };
    let dir = scratch("mangled");
    let p = dir.join("m.json");
    let mut runs = 0;
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().and_then(|x| x.to_str()) != Some("json") {
            continue;
        }
        let text = std::fs::read(&path).unwrap();
        let step = (text.len() / 4).max(1);
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
