//! `qmp-codegen check`: exit 0 for valid files; every error of every file as
//! `file:line:col: message` on stderr and exit 1 otherwise.

mod cli_common;

use std::fs;

const BROKEN: &str = "HXCOMM a broken typed file\n\
{\n\
    .name = \"a\",\n\
    .args_type = \"id:s,id:i\",\n\
},\n\
EQMP\n\
{ .name = \"b\", .returns = \"Missing\" },\n\
{ .struct = \"S\", .members = \"x:int,y\" },\n";

#[test]
fn broken_file_reports_every_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = tmp.path().join("broken.hx");
    fs::write(&path, BROKEN).expect("write");
    let p = path.to_str().expect("utf-8");
    let out = cli_common::run(&["check", p]);
    assert_eq!(out.status.code(), Some(1));
    let err = cli_common::stderr(&out);
    let want = [
        format!("{p}:4:20: duplicate member 'id' in command 'a' (first at line 4:15)"),
        format!("{p}:6:1: EQMP without an open SQMP block"),
        format!("{p}:7:28: unknown type 'Missing' in the return type of 'b'"),
        format!("{p}:8:37: in '.members': expected ':' after member name 'y', found end of member"),
    ];
    let got: Vec<&str> = err.lines().collect();
    assert_eq!(got, want);
}

#[test]
fn every_file_is_checked() {
    let Some(corpus) = qmp_test_support::corpus_part("every_file_is_checked", "hx") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let bad1 = tmp.path().join("one.hx");
    let bad2 = tmp.path().join("two.hx");
    fs::write(&bad1, "SQMP\nSQMP\nEQMP\n").expect("write");
    fs::write(&bad2, "#endif\n").expect("write");
    let good = corpus.join("hx/qemu-1.0/qmp-commands.hx");
    let args = [
        "check",
        bad1.to_str().expect("utf-8"),
        good.to_str().expect("utf-8"),
        bad2.to_str().expect("utf-8"),
    ];
    let out = cli_common::run(&args);
    assert_eq!(out.status.code(), Some(1));
    let err = cli_common::stderr(&out);
    assert!(
        err.contains(&format!(
            "{}:2:1: SQMP inside the SQMP block opened at line 1",
            args[1]
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}:1:1: #endif without #if", args[3])),
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "{err}");
}

#[test]
fn valid_files_pass() {
    let Some(corpus) = qmp_test_support::corpus_part("valid_files_pass", "hx") else {
        return;
    };
    let mut args = vec!["check".to_string()];
    for d in fs::read_dir(corpus.join("hx")).expect("hx").flatten() {
        args.push(d.path().join("qmp-commands.hx").display().to_string());
    }
    for f in [
        "qemu-1.0/hmp-commands.hx",
        "qemu-10.0.2/hmp-commands.hx",
        "qemu-10.0.2/hmp-commands-info.hx",
    ] {
        args.push(corpus.join("hmp").join(f).display().to_string());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = cli_common::run(&args);
    let err = cli_common::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    // Only QEMU 2.4's unclosed final block is worth a warning.
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("warning:"));
}

#[test]
fn forced_format_for_a_file_starting_with_an_entry() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = tmp.path().join("plain.hx");
    fs::write(&path, "    {\n        .name = \"quit\",\n    },\n").expect("write");
    let p = path.to_str().expect("utf-8");
    for args in [vec!["check", p], vec!["--format", "hx", "check", p]] {
        let out = cli_common::run(&args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            cli_common::stderr(&out)
        );
    }
}
