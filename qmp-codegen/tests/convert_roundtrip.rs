//! `convert --to hx` loses no wire fact: every real schema of the corpus
//! (QEMU 10.0.2's three QAPI schemas, the two introspection captures and
//! every historic `qmp-commands.hx`) is written in the typed dialect, read
//! back, and the model read back equals the source model entity by entity,
//! docs and source positions aside ([`WireFacts`]). For the QAPI schemas both the single
//! file and the per-area split are checked.

use std::path::Path;

use qmp_codegen::convert::{self, DocMode, Options};
use qmp_schema::facts::WireFacts;

/// Converts `path` (with `split`), reads the result back, compares.
fn roundtrip(path: &Path, split: bool) -> usize {
    let source = qmp_schema::load(path, None).unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().expect("temp dir");
    let main = dir.path().join("converted.hx");
    let opts = Options {
        docs: DocMode::Keep,
        split_dir: split.then(|| "areas".to_string()),
        header: vec!["round-trip test".into()],
        docs_from: None,
    };
    let out = convert::to_hx(&source, &opts);
    assert_eq!(out.areas.is_empty(), !split);
    convert::write(&main, &out).expect("write");
    let back = qmp_schema::load(&main, Some(qmp_schema::Format::Hx)).unwrap_or_else(|e| {
        panic!(
            "{}: the converted file does not read back:\n{e}",
            path.display()
        )
    });
    assert!(back.commands.len() + back.types.len() > 0);
    let n = source.commands.len() + source.events.len() + source.types.len();
    let diffs = WireFacts::of(&source).differences(&WireFacts::of(&back));
    assert!(
        diffs.is_empty(),
        "{}: {} definitions changed in conversion:\n{}",
        path.display(),
        diffs.len(),
        diffs.join("\n")
    );
    n
}

#[test]
fn qemu_qapi_schemas_convert_losslessly() {
    let Some(corpus) = qmp_test_support::corpus("qemu_qapi_schemas_convert_losslessly") else {
        return;
    };
    let root = corpus.join("qapi/qemu-10.0.2");
    for rel in [
        "qapi/qapi-schema.json",
        "storage-daemon/qapi/qapi-schema.json",
        "qga/qapi-schema.json",
    ] {
        let n1 = roundtrip(&root.join(rel), false);
        let n2 = roundtrip(&root.join(rel), true);
        assert_eq!(n1, n2);
        assert!(n1 > 40, "{rel}: only {n1} definitions");
    }
}

#[test]
fn introspection_captures_convert_losslessly() {
    let Some(corpus) = qmp_test_support::corpus("introspection_captures_convert_losslessly") else {
        return;
    };
    let files = qmp_test_support::sorted_entries(&corpus.join("introspect"));
    let mut done = 0;
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "json"))
    {
        roundtrip(f, false);
        done += 1;
    }
    assert!(done >= 2, "expected both captures, found {done}");
}

#[test]
fn historic_hx_files_convert_losslessly() {
    let Some(corpus) = qmp_test_support::corpus("historic_hx_files_convert_losslessly") else {
        return;
    };
    let mut done = 0;
    for dir in qmp_test_support::sorted_entries(&corpus.join("hx")) {
        let f = dir.join("qmp-commands.hx");
        if f.is_file() {
            roundtrip(&f, false);
            done += 1;
        }
    }
    assert!(done >= 8, "expected the historic files, found {done}");
}
