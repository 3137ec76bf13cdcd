//! The introspection front end on the corpus captures of QEMU 10.0.2:
//! every file parses, counts match the raw JSON (counted independently with
//! serde_json), synthesised names are unique identifiers, and the
//! `query-commands` list equals the set of commands.

use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;

use heck::ToUpperCamelCase;
use qmp_schema::{Args, Returns, Schema, TypeKind, TypeRef};
use serde_json::Value;

/// Every introspection capture: (path, text, raw JSON).
fn captures() -> Vec<(PathBuf, String, Value)> {
    let Some(dir) = qmp_test_support::corpus("captures") else {
        return Vec::new();
    };
    let mut files = qmp_test_support::sorted_entries(&dir.join("introspect"));
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    assert!(files.len() >= 2, "expected the two QEMU 10.0.2 captures");
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read");
            let raw: Value = serde_json::from_str(&text).expect("json");
            (p, text, raw)
        })
        .collect()
}

fn parse(path: &std::path::Path, text: &str) -> Schema {
    qmp_schema::introspect::parse(path, text).unwrap_or_else(|e| panic!("{e}"))
}

fn count(raw: &Value, meta: &str) -> usize {
    raw["query-qmp-schema"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|e| e["meta-type"] == meta)
        .count()
}

#[test]
fn counts_match_the_raw_json() {
    for (path, text, raw) in captures() {
        let s = parse(&path, &text);
        assert_eq!(
            s.commands.len(),
            count(&raw, "command"),
            "{}",
            path.display()
        );
        assert_eq!(s.events.len(), count(&raw, "event"), "{}", path.display());
        let enums = s
            .types
            .iter()
            .filter(|t| matches!(t.kind, TypeKind::Enum(_)))
            .count();
        assert_eq!(enums, count(&raw, "enum"), "{}", path.display());
        let alts = s
            .types
            .iter()
            .filter(|t| matches!(t.kind, TypeKind::Alternate(_)))
            .count();
        assert_eq!(alts, count(&raw, "alternate"), "{}", path.display());
        // Objects: all but those used only as arguments in place.
        let objects = s
            .types
            .iter()
            .filter(|t| matches!(t.kind, TypeKind::Struct(_) | TypeKind::Union(_)))
            .count();
        assert!(objects > 0 && objects <= count(&raw, "object"));
        eprintln!(
            "{}: {} commands, {} events, {} types",
            path.display(),
            s.commands.len(),
            s.events.len(),
            s.types.len()
        );
    }
}

#[test]
fn query_commands_equals_the_commands() {
    for (path, text, raw) in captures() {
        let s = parse(&path, &text);
        let listed: BTreeSet<&str> = raw["query-commands"]
            .as_array()
            .expect("query-commands")
            .iter()
            .map(|c| c["name"].as_str().expect("name"))
            .collect();
        let ours: BTreeSet<&str> = s.commands.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(listed, ours, "{}", path.display());
    }
}

#[test]
fn synthesised_names_are_unique_identifiers() {
    for (path, text, _) in captures() {
        let s = parse(&path, &text);
        let mut seen = HashSet::new();
        for t in &s.types {
            let n = &t.name;
            assert!(n.starts_with(|c: char| c.is_ascii_uppercase()), "{n}");
            assert!(n.chars().all(|c| c.is_ascii_alphanumeric()), "{n}");
            assert_eq!(
                n,
                &n.to_upper_camel_case(),
                "{n} is not stable UpperCamelCase"
            );
            assert!(seen.insert(n.clone()), "{n} is defined twice");
        }
        // Every reference names a defined type.
        let mut refs = Vec::new();
        for c in &s.commands {
            if let Args::Named { ty, .. } = &c.args {
                refs.push(TypeRef::Named(ty.clone()));
            }
            if let Returns::Type(t) = &c.returns {
                refs.push(t.clone());
            }
        }
        for t in &s.types {
            match &t.kind {
                TypeKind::Struct(st) => refs.extend(st.members.iter().map(|m| m.ty.clone())),
                TypeKind::Union(u) => {
                    refs.extend(u.members.iter().map(|m| m.ty.clone()));
                    refs.extend(u.variants.iter().map(|v| v.ty.clone()));
                }
                TypeKind::Alternate(a) => refs.extend(a.variants.iter().map(|v| v.ty.clone())),
                TypeKind::Enum(_) => {}
            }
        }
        for r in refs {
            let mut r = &r;
            while let TypeRef::Array(inner) = r {
                r = inner;
            }
            if let TypeRef::Named(n) = r {
                assert!(seen.contains(n), "{}: dangling {n}", path.display());
            }
        }
        // Deterministic: a second parse gives the same model.
        assert_eq!(s, parse(&path, &text));
    }
}

#[test]
fn names_follow_use() {
    let Some((path, text, _)) = captures()
        .into_iter()
        .find(|(p, _, _)| p.to_string_lossy().contains("x86_64"))
    else {
        return;
    };
    let s = parse(&path, &text);
    let qs = s.command("query-status").expect("query-status");
    assert_eq!(
        qs.returns,
        Returns::Type(TypeRef::Named("QueryStatusReturn".into()))
    );
    assert_eq!(qs.args, Args::Members(vec![]));
    let add = s.command("blockdev-add").expect("blockdev-add");
    assert_eq!(
        add.args,
        Args::Named {
            ty: "BlockdevAddArgs".into(),
            boxed: true
        }
    );
    let TypeKind::Union(u) = &s.type_def("BlockdevAddArgs").expect("type").kind else {
        panic!("BlockdevAddArgs is not a union");
    };
    assert_eq!(u.discriminator, "driver");
    assert!(u.variants.iter().any(|v| v.name == "qcow2"));
    let ev = s.event("BLOCK_JOB_COMPLETED").expect("event");
    let Args::Members(m) = &ev.data else {
        panic!("event data not in place");
    };
    assert!(m.iter().any(|m| m.name == "device" && !m.optional));
    assert!(m.iter().any(|m| m.name == "error" && m.optional));
    // The empty object shared by many commands is a type only where a
    // union branch needs it, and is called Empty.
    assert!(matches!(
        s.type_def("Empty").map(|t| &t.kind),
        Some(TypeKind::Struct(st)) if st.members.is_empty()
    ));
    // Locations point into the file.
    assert_eq!(qs.loc.path(), path.as_path());
    assert!(qs.loc.line > 1 && qs.loc.col > 0);
    let line = text.lines().nth(qs.loc.line as usize - 1).expect("line");
    assert_eq!(line.chars().nth(qs.loc.col as usize - 1), Some('{'));
}

#[test]
fn format_is_detected() {
    for (path, text, _) in captures() {
        assert_eq!(
            qmp_schema::detect_format(&text),
            qmp_schema::Format::Introspect
        );
        let s = qmp_schema::load(&path, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.format, qmp_schema::SourceFormat::Introspect);
        assert_eq!(s.files, vec![path.clone()]);
        // The bare array, as `qmp-codegen introspect` writes it, too.
        let raw: Value = serde_json::from_str(&text).expect("json");
        let bare = serde_json::to_string_pretty(&raw["query-qmp-schema"]).expect("json");
        assert_eq!(
            qmp_schema::detect_format(&bare),
            qmp_schema::Format::Introspect
        );
        let b = qmp_schema::introspect::parse(&path, &bare).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(b.commands.len(), s.commands.len());
        assert_eq!(b.types.len(), s.types.len());
    }
}

/// Introspection does not report `gen: false`; the front end knows which
/// commands QEMU marshals by hand. Cross-checked against the QAPI schema
/// the same QEMU was built from: the commands that take extra arguments
/// are the same in both.
#[test]
fn extra_arguments_agree_with_the_qapi_schema() {
    let Some(corpus) = qmp_test_support::corpus("extra_arguments") else {
        return;
    };
    let qapi = qmp_schema::qapi::parse_file(&corpus.join("qapi/qemu-10.0.2/qapi/qapi-schema.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    let open = |s: &Schema| -> BTreeSet<String> {
        s.commands
            .iter()
            .filter(|c| c.takes_extra_args())
            .map(|c| c.name.clone())
            .collect()
    };
    let from_qapi = open(&qapi);
    assert!(from_qapi.contains("device_add"), "{from_qapi:?}");
    for (path, text, _) in captures() {
        let s = parse(&path, &text);
        let known: BTreeSet<String> = s.commands.iter().map(|c| c.name.clone()).collect();
        let expected: BTreeSet<String> = from_qapi.intersection(&known).cloned().collect();
        assert_eq!(open(&s), expected, "{}", path.display());
    }
}
