//! `qmp-codegen docs` reproduces every historic `qmp-commands.txt` of the
//! corpus byte for byte.

mod cli_common;

use std::fs;

#[test]
fn docs_are_byte_identical_for_every_historic_file() {
    let Some(corpus) =
        qmp_test_support::corpus_part("docs_are_byte_identical_for_every_historic_file", "hx")
    else {
        return;
    };
    let dirs = qmp_test_support::sorted_entries(&corpus.join("hx"));
    assert!(dirs.len() >= 8);
    for dir in dirs {
        let hx = dir.join("qmp-commands.hx");
        let want = fs::read(dir.join("qmp-commands.txt")).expect("qmp-commands.txt");
        let out = cli_common::run(&["docs", hx.to_str().expect("utf-8 path")]);
        assert!(
            out.status.success(),
            "{}: {}",
            hx.display(),
            cli_common::stderr(&out)
        );
        assert!(
            out.stdout == want,
            "{}: output differs from qmp-commands.txt",
            hx.display()
        );
        // The library gives the same text.
        let schema = qmp_schema::load(&hx, None).expect("loads");
        assert!(qmp_codegen::docs::render(&schema).as_bytes() == want.as_slice());
    }
}

#[test]
fn docs_to_a_file_and_forced_format() {
    let Some(corpus) = qmp_test_support::corpus_part("docs_to_a_file_and_forced_format", "hx")
    else {
        return;
    };
    let dir = corpus.join("hx/qemu-2.4");
    let tmp = tempfile::tempdir().expect("tempdir");
    let out_path = tmp.path().join("out.txt");
    let hx = dir.join("qmp-commands.hx");
    let out = cli_common::run(&[
        "--format",
        "hx",
        "docs",
        hx.to_str().expect("utf-8"),
        "-o",
        out_path.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", cli_common::stderr(&out));
    assert!(out.stdout.is_empty());
    // QEMU 2.4's file ends inside an SQMP block: a warning, and the lines
    // of that block are still in the output, as hxtool printed them.
    let err = cli_common::stderr(&out);
    assert!(
        err.contains("qmp-commands.hx:4255:1: warning: the SQMP block opened here is not closed"),
        "{err}"
    );
    let want = fs::read(dir.join("qmp-commands.txt")).expect("txt");
    assert!(fs::read(&out_path).expect("written") == want);
}

#[test]
fn hmp_files_have_no_qmp_docs() {
    let Some(corpus) = qmp_test_support::corpus("hmp_files_have_no_qmp_docs") else {
        return;
    };
    let hx = corpus.join("hmp/qemu-10.0.2/hmp-commands.hx");
    let out = cli_common::run(&["docs", hx.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", cli_common::stderr(&out));
    assert!(out.stdout.is_empty(), "hxtool -q prints only SQMP blocks");
}
