//! Checks the shipped guest agent definition `schema/qga/qga-commands.hx`
//! against QEMU 10.0.2's `qga/qapi-schema.json` (from the corpus, read by
//! the QAPI front end): the same commands, types and wire facts entity by
//! entity (members with their types, optionality, conditions and features;
//! enum values; union and alternate branches; return types; `success-response`;
//! conditions), and docs of our own for every command, type, member, enum
//! value and branch, none of them copied from QEMU's doc comments.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use qmp_schema::{Args, Command, Cond, Doc, Member, Schema, TypeDef, TypeKind};

fn shipped() -> Schema {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/qga/qga-commands.hx");
    qmp_schema::load(&path, None)
        .unwrap_or_else(|e| panic!("schema/qga/qga-commands.hx does not load:\n{e}"))
}

fn qemu(test: &str) -> Option<(Schema, String)> {
    let (path, text) =
        qmp_test_support::corpus_text(test, "qapi/qemu-10.0.2/qga/qapi-schema.json")?;
    let schema = qmp_schema::load(&path, None).unwrap_or_else(|e| panic!("{e}"));
    Some((schema, text))
}

/// `All`/`Any` of one condition are that condition.
fn norm_cond(c: &Option<Cond>) -> Option<Cond> {
    fn norm(c: &Cond) -> Cond {
        match c {
            Cond::All(cs) | Cond::Any(cs) if cs.len() == 1 => norm(&cs[0]),
            Cond::All(cs) => Cond::All(cs.iter().map(norm).collect()),
            Cond::Any(cs) => Cond::Any(cs.iter().map(norm).collect()),
            Cond::Not(c) => Cond::Not(Box::new(norm(c))),
            n => n.clone(),
        }
    }
    c.as_ref().map(norm)
}

/// The wire facts of a member list, as comparable text.
fn members(ms: &[Member]) -> Vec<String> {
    ms.iter()
        .map(|m| {
            let features: Vec<&str> = m.features.iter().map(|f| f.name.as_str()).collect();
            format!(
                "{}:{}{} if={:?} features={features:?}",
                m.name,
                m.ty,
                if m.optional { "?" } else { "" },
                norm_cond(&m.cond)
            )
        })
        .collect()
}

fn args(a: &Args) -> Vec<String> {
    match a {
        Args::Members(ms) => members(ms),
        Args::Named { ty, boxed } => vec![format!("named {ty} boxed={boxed}")],
    }
}

fn command_facts(c: &Command) -> Vec<String> {
    let mut out = args(&c.args);
    out.push(format!("returns {:?}", c.returns));
    out.push(format!(
        "success-response={} oob={} preconfig={} coroutine={} gen={}",
        c.success_response, c.allow_oob, c.allow_preconfig, c.coroutine, c.gen
    ));
    out.push(format!("if={:?}", norm_cond(&c.cond)));
    let features: Vec<&str> = c.features.iter().map(|f| f.name.as_str()).collect();
    out.push(format!("features={features:?}"));
    out
}

fn type_facts(t: &TypeDef) -> Vec<String> {
    let mut out = match &t.kind {
        TypeKind::Struct(s) => {
            let mut v = vec![format!("struct base={:?}", s.base)];
            v.extend(members(&s.members));
            v
        }
        TypeKind::Enum(e) => {
            let mut v = vec![format!("enum prefix={:?}", e.prefix)];
            v.extend(e.values.iter().map(|x| {
                let features: Vec<&str> = x.features.iter().map(|f| f.name.as_str()).collect();
                format!(
                    "{} if={:?} features={features:?}",
                    x.name,
                    norm_cond(&x.cond)
                )
            }));
            v
        }
        TypeKind::Union(u) => {
            let mut v = vec![format!(
                "union base={:?} discriminator={}",
                u.base, u.discriminator
            )];
            v.extend(members(&u.members));
            v.extend(
                u.variants
                    .iter()
                    .map(|b| format!("branch {}:{} if={:?}", b.name, b.ty, norm_cond(&b.cond))),
            );
            v
        }
        TypeKind::Alternate(a) => {
            let mut v = vec!["alternate".to_string()];
            v.extend(
                a.variants
                    .iter()
                    .map(|b| format!("branch {}:{} if={:?}", b.name, b.ty, norm_cond(&b.cond))),
            );
            v
        }
    };
    out.push(format!("if={:?}", norm_cond(&t.cond)));
    let features: Vec<&str> = t.features.iter().map(|f| f.name.as_str()).collect();
    out.push(format!("features={features:?}"));
    out
}

#[test]
fn the_same_wire_facts_as_qemu_entity_by_entity() {
    let Some((qemu, _)) = qemu("qga_schema") else {
        return;
    };
    let ours = shipped();
    let mut errors = Vec::new();
    let names = |s: &Schema| -> Vec<String> { s.commands.iter().map(|c| c.name.clone()).collect() };
    assert_eq!(
        names(&ours),
        names(&qemu),
        "command lists (in order) differ"
    );
    assert_eq!(ours.commands.len(), 44);
    for q in &qemu.commands {
        let o = ours.command(&q.name).expect("checked above");
        if command_facts(o) != command_facts(q) {
            errors.push(format!(
                "command {}:\n  ours: {:?}\n  QEMU: {:?}",
                q.name,
                command_facts(o),
                command_facts(q)
            ));
        }
    }
    let types =
        |s: &Schema| -> BTreeSet<String> { s.types.iter().map(|t| t.name.clone()).collect() };
    assert_eq!(types(&ours), types(&qemu), "type lists differ");
    for q in &qemu.types {
        let o = ours.type_def(&q.name).expect("checked above");
        if type_facts(o) != type_facts(q) {
            errors.push(format!(
                "type {}:\n  ours: {:?}\n  QEMU: {:?}",
                q.name,
                type_facts(o),
                type_facts(q)
            ));
        }
    }
    assert!(ours.events.is_empty() && qemu.events.is_empty());
    let silent: Vec<&str> = ours
        .commands
        .iter()
        .filter(|c| !c.success_response)
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(
        silent,
        [
            "guest-shutdown",
            "guest-suspend-disk",
            "guest-suspend-ram",
            "guest-suspend-hybrid"
        ]
    );
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// Everything a definition's doc must describe, as `(what, text)` pairs;
/// a missing description is an empty text.
fn described(doc: Option<&Doc>, what: &str, items: &[String]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let body = doc.map(|d| d.body.trim().to_string()).unwrap_or_default();
    out.push((what.to_string(), body));
    let by_name: BTreeMap<&str, &str> = doc
        .map(|d| {
            d.members
                .iter()
                .map(|(n, t)| (n.as_str(), t.as_str()))
                .collect()
        })
        .unwrap_or_default();
    for i in items {
        let text = by_name.get(i.as_str()).copied().unwrap_or("").trim();
        out.push((format!("{what} / {i}"), text.to_string()));
    }
    if let Some(d) = doc {
        for s in &d.sections {
            if s.tag != "Since" {
                out.push((format!("{what} / {}", s.tag), s.text.trim().to_string()));
            }
        }
    }
    out
}

fn all_described(s: &Schema) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for c in &s.commands {
        let items = match &c.args {
            Args::Members(ms) => ms.iter().map(|m| m.name.clone()).collect(),
            Args::Named { .. } => Vec::new(),
        };
        out.extend(described(c.doc.as_ref(), &c.name, &items));
    }
    for t in &s.types {
        let items: Vec<String> = match &t.kind {
            TypeKind::Struct(st) => st.members.iter().map(|m| m.name.clone()).collect(),
            TypeKind::Enum(e) => e.values.iter().map(|v| v.name.clone()).collect(),
            TypeKind::Union(u) => u
                .members
                .iter()
                .map(|m| m.name.clone())
                .chain(u.variants.iter().map(|v| v.name.clone()))
                .collect(),
            TypeKind::Alternate(a) => a.variants.iter().map(|v| v.name.clone()).collect(),
        };
        out.extend(described(t.doc.as_ref(), &t.name, &items));
    }
    out
}

/// Lower-case words of `text`, punctuation dropped.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '_')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How many words in a row may match QEMU's doc comments: enough for a
/// shared phrase ("the guest agent", a member name), not for a sentence.
const SHARED_RUN: usize = 7;

#[test]
fn every_entity_has_docs_of_our_own() {
    let Some((_, qemu_text)) = qemu("qga_docs") else {
        return;
    };
    let ours = shipped();
    let docs = all_described(&ours);
    let missing: Vec<&str> = docs
        .iter()
        .filter(|(_, t)| t.is_empty() || t.contains("TODO"))
        .map(|(w, _)| w.as_str())
        .collect();
    assert!(missing.is_empty(), "undocumented: {missing:#?}");
    // The project's own completeness rules (`qmp-codegen check --docs`).
    let gaps: Vec<String> = qmp_schema::doc_check::doc_gaps(&ours)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(gaps.is_empty(), "{}", gaps.join("\n"));

    // QEMU's doc comments: the `#` lines of its schema.
    let comments: String = qemu_text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix('#'))
        .collect::<Vec<_>>()
        .join(" ");
    let theirs = words(&comments);
    let runs: BTreeSet<&[String]> = theirs.windows(SHARED_RUN).collect();
    let mut copied = Vec::new();
    for (what, text) in &docs {
        let w = words(text);
        if let Some(run) = w.windows(SHARED_RUN).find(|r| runs.contains(r)) {
            copied.push(format!("{what}: \"{}\"", run.join(" ")));
        }
    }
    assert!(
        copied.is_empty(),
        "docs that repeat QEMU's wording:\n{}",
        copied.join("\n")
    );
}
