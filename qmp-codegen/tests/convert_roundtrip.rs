//! `convert --to hx` loses no wire fact: every real schema of the corpus
//! (QEMU 10.0.2's three QAPI schemas, the two introspection captures and
//! every historic `qmp-commands.hx`) is written in the typed dialect, read
//! back, and the model read back equals the source model entity by entity,
//! docs and source positions aside. For the QAPI schemas both the single
//! file and the per-area split are checked.

use std::path::Path;

use qmp_codegen::convert::{self, DocMode, Options};
use qmp_schema::{Args, Command, Cond, Event, Location, Member, Schema, TypeDef, TypeKind};

/// `All`/`Any` of one condition are that condition (the hx reader writes
/// no one-element groups).
fn norm_cond(c: &mut Option<Cond>) {
    fn norm(c: Cond) -> Cond {
        match c {
            Cond::All(mut cs) | Cond::Any(mut cs) if cs.len() == 1 => norm(cs.remove(0)),
            Cond::All(cs) => Cond::All(cs.into_iter().map(norm).collect()),
            Cond::Any(cs) => Cond::Any(cs.into_iter().map(norm).collect()),
            Cond::Not(c) => Cond::Not(Box::new(norm(*c))),
            n => n,
        }
    }
    *c = c.take().map(norm);
}

fn strip_members(ms: &mut [Member]) {
    for m in ms {
        m.loc = Location::builtin();
        m.doc = None;
        norm_cond(&mut m.cond);
        for f in &mut m.features {
            f.doc = None;
            norm_cond(&mut f.cond);
        }
    }
}

fn strip_features(fs: &mut [qmp_schema::Feature]) {
    for f in fs {
        f.doc = None;
        norm_cond(&mut f.cond);
    }
}

fn strip_args(a: &mut Args) {
    if let Args::Members(ms) = a {
        strip_members(ms);
    }
}

/// The wire facts only: no locations, docs or raw hx fields.
fn strip(mut s: Schema) -> (Vec<Command>, Vec<Event>, Vec<TypeDef>) {
    for c in &mut s.commands {
        c.loc = Location::builtin();
        c.doc = None;
        c.hx = None;
        norm_cond(&mut c.cond);
        strip_args(&mut c.args);
        strip_features(&mut c.features);
    }
    for e in &mut s.events {
        e.loc = Location::builtin();
        e.doc = None;
        norm_cond(&mut e.cond);
        strip_args(&mut e.data);
        strip_features(&mut e.features);
    }
    for t in &mut s.types {
        t.loc = Location::builtin();
        t.doc = None;
        norm_cond(&mut t.cond);
        strip_features(&mut t.features);
        match &mut t.kind {
            TypeKind::Struct(st) => strip_members(&mut st.members),
            TypeKind::Union(u) => {
                strip_members(&mut u.members);
                for v in &mut u.variants {
                    v.loc = Location::builtin();
                    norm_cond(&mut v.cond);
                }
            }
            TypeKind::Alternate(a) => {
                for v in &mut a.variants {
                    v.loc = Location::builtin();
                    norm_cond(&mut v.cond);
                }
            }
            TypeKind::Enum(en) => {
                for v in &mut en.values {
                    v.loc = Location::builtin();
                    v.doc = None;
                    norm_cond(&mut v.cond);
                    strip_features(&mut v.features);
                }
            }
        }
    }
    (s.commands, s.events, s.types)
}

/// Asserts that the two lists hold equal items in the same order, naming
/// the first that differs.
fn same<T: PartialEq + std::fmt::Debug>(what: &str, src: &Path, a: &[T], b: &[T]) {
    for (x, y) in a.iter().zip(b) {
        assert_eq!(x, y, "{}: a {what} changed in conversion", src.display());
    }
    assert_eq!(
        a.len(),
        b.len(),
        "{}: number of {what}s changed in conversion",
        src.display()
    );
}

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
    let (mut c1, mut e1, mut t1) = strip(source);
    let (mut c2, mut e2, mut t2) = strip(back);
    // Definitions are compared by name: the converted file lists each
    // area's definitions together, which can change their order (not a
    // wire fact).
    c1.sort_by(|a, b| a.name.cmp(&b.name));
    c2.sort_by(|a, b| a.name.cmp(&b.name));
    e1.sort_by(|a, b| a.name.cmp(&b.name));
    e2.sort_by(|a, b| a.name.cmp(&b.name));
    t1.sort_by(|a, b| a.name.cmp(&b.name));
    t2.sort_by(|a, b| a.name.cmp(&b.name));
    same("command", path, &c1, &c2);
    same("event", path, &e1, &e2);
    same("type", path, &t1, &t2);
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
