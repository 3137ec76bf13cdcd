//! The hx front end: reads `qmp-commands.hx`-style files into the model.
//!
//! It reads QEMU's historic `qmp-commands.hx` files unchanged, QEMU's HMP
//! definition files (`hmp-commands.hx`, `hmp-commands-info.hx`, old and new),
//! and this project's typed dialect, which adds `.returns`, named (boxed)
//! arguments `.args`/`.boxed`, `.struct`, `.enum`, `.union`, `.alternate`,
//! `.event` and `.features` entries (grammar in the README). Submodules:
//! - `lexer` and `entry`: the C initializer entries;
//! - `scan`: lines, markers, doc blocks, `DEF`/heading statements;
//! - `preproc`: `#if` lines to [`crate::Cond`];
//! - `include`: `#include "FILE"`, the tree of files and its merge;
//! - [`args_type`]: the member-list mini-language;
//! - `typed`: entries to model items;
//! - `docs`: doc block text to [`crate::Doc`].
//!
//! Every problem is reported with its exact `file:line:col`, all of them in
//! one run.

pub mod args_type;
pub(crate) mod docs;
mod entry;
mod include;
mod lexer;
mod preproc;
mod scan;
mod typed;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::{Diagnostic, DocBlock, DocTarget, Errors, Location, Schema, Severity, SourceFormat};

/// Whether any entry of the file uses a field of the typed dialect (then a
/// command without `.returns` returns nothing rather than something unknown).
fn is_typed(entries: &[entry::RawEntry]) -> bool {
    entries.iter().any(|e| {
        e.fields
            .iter()
            .any(|f| typed::TYPED_FIELDS.contains(&f.name.as_str()))
    })
}

/// Parses and checks the hx file `path` whose content is `text`.
///
/// `#include "FILE"` lines read FILE (relative to the including file's
/// directory) from disk; its entries and doc blocks take the place of the
/// line. Returns every error at once (sorted by position); warnings (such
/// as a doc block still open at the end of the file) are in
/// [`Schema::warnings`].
pub fn parse(path: &Path, text: &str) -> Result<Schema, Errors> {
    let mut errors: Vec<Diagnostic> = Vec::new();
    let mut stack = Vec::new();
    let root = include::scan_tree(path, text, &mut stack, &mut errors);
    let typed = root.any_typed();
    let mut schema = Schema::new(SourceFormat::Hx);
    let mut fields = FieldLocations::new();
    include::build_tree(&root, typed, None, &mut schema, &mut fields, &mut errors);

    for d in crate::check::check(&schema) {
        let mut d = d;
        relocate(&mut d, &fields);
        match d.severity {
            Severity::Error => errors.push(d),
            Severity::Warning => schema.warnings.push(d),
        }
    }
    if errors.is_empty() {
        Ok(schema)
    } else {
        errors.sort_by(|a, b| a.loc.cmp(&b.loc));
        errors.dedup();
        Err(Errors(errors))
    }
}

/// Where the values of `.returns`, `.base`, `.discriminator`, `.args` and
/// `.data_type` start, by the location of their entry's brace.
type FieldLocations = HashMap<Location, Vec<(&'static str, Location)>>;

fn field_locations(file: &Arc<PathBuf>, entries: &[entry::RawEntry], out: &mut FieldLocations) {
    for e in entries {
        for name in ["returns", "base", "discriminator", "args", "data_type"] {
            if let Some(f) = e.field(name) {
                let v = &f.value;
                let at = v
                    .lit
                    .as_ref()
                    .and_then(|l| l.pos.first().copied())
                    .unwrap_or((v.line, v.col));
                out.entry(Location::new(file, e.line, e.col))
                    .or_default()
                    .push((name, Location::new(file, at.0, at.1)));
            }
        }
    }
}

/// Moves a semantic error about an entry's return type, base,
/// discriminator or named arguments / data (which the shared checks place
/// at the entry) to the value of that field.
fn relocate(d: &mut Diagnostic, fields: &FieldLocations) {
    let Some(list) = fields.get(&d.loc) else {
        return;
    };
    let m = &d.message;
    let field = if m.contains("in the return type of") {
        "returns"
    } else if m.contains("the arguments of command") {
        "args"
    } else if m.contains("the data of event") {
        "data_type"
    } else if m.starts_with("discriminator '") {
        "discriminator"
    } else if m.contains("base") {
        "base"
    } else {
        return;
    };
    if let Some((_, at)) = list.iter().find(|(n, _)| *n == field) {
        d.loc = at.clone();
    }
}

/// Decides what each block documents and fills the entities' `doc`.
///
/// A block documents the entry read since the previous block, if any;
/// except that a block whose title (a first line underlined with `-` or
/// `=`) is the name of another entity of the file documents that entity
/// (later QEMU files put some docs before their entry). Other blocks are
/// free-standing.
fn attach_docs(
    schema: &mut Schema,
    blocks: &[scan::RawBlock],
    targets: &[Option<DocTarget>],
    file: &Arc<std::path::PathBuf>,
) {
    let mut by_name: HashMap<&str, DocTarget> = HashMap::new();
    for t in targets.iter().flatten() {
        let name = match t {
            DocTarget::Command(n) | DocTarget::Event(n) | DocTarget::Type(n) => n.as_str(),
            DocTarget::Free => continue,
        };
        by_name.entry(name).or_insert_with(|| t.clone());
    }
    for b in blocks {
        let before = b.prev_entry.and_then(|i| targets.get(i).cloned().flatten());
        let titled = if b.heading {
            None
        } else {
            docs::title(&b.text).and_then(|t| by_name.get(t.trim_start_matches('@')).cloned())
        };
        let target = titled.or(before).unwrap_or(DocTarget::Free);
        let line = if b.heading {
            b.marker_line
        } else {
            b.marker_line + 1
        };
        schema.doc_blocks.push(DocBlock {
            loc: Location::new(file, line, 1),
            kind: b.kind,
            text: b.text.clone(),
            target: target.clone(),
        });
        let slot = match &target {
            DocTarget::Free => None,
            DocTarget::Command(n) => schema
                .commands
                .iter_mut()
                .find(|c| &c.name == n)
                .map(|c| &mut c.doc),
            DocTarget::Event(n) => schema
                .events
                .iter_mut()
                .find(|c| &c.name == n)
                .map(|c| &mut c.doc),
            DocTarget::Type(n) => schema
                .types
                .iter_mut()
                .find(|c| &c.name == n)
                .map(|c| &mut c.doc),
        };
        if let Some(slot) = slot {
            if slot.is_none() {
                *slot = Some(docs::parse(b.kind, &b.text));
            }
        }
    }
    member_docs(schema);
}

/// Copies the descriptions of a doc's member list to the members (and enum
/// values) they name, and those of its feature list to the features of the
/// definition and of its members.
fn member_docs(schema: &mut Schema) {
    fn find(list: &[(String, String)], name: &str) -> Option<String> {
        list.iter().find(|(n, _)| n == name).map(|(_, t)| t.clone())
    }
    fn features(fs: &mut [crate::Feature], doc: &crate::Doc) {
        for f in fs.iter_mut().filter(|f| f.doc.is_none()) {
            f.doc = find(&doc.features, &f.name);
        }
    }
    fn fill(members: &mut [crate::Member], doc: &Option<crate::Doc>) {
        let Some(doc) = doc else { return };
        for m in members.iter_mut() {
            if m.doc.is_none() {
                m.doc = find(&doc.members, &m.name);
            }
            features(&mut m.features, doc);
        }
    }
    for c in &mut schema.commands {
        if let Some(doc) = &c.doc {
            features(&mut c.features, doc);
        }
        if let crate::Args::Members(ms) = &mut c.args {
            fill(ms, &c.doc);
        }
    }
    for e in &mut schema.events {
        if let Some(doc) = &e.doc {
            features(&mut e.features, doc);
        }
        if let crate::Args::Members(ms) = &mut e.data {
            fill(ms, &e.doc);
        }
    }
    for t in &mut schema.types {
        if let Some(doc) = &t.doc {
            features(&mut t.features, doc);
        }
        match &mut t.kind {
            crate::TypeKind::Struct(s) => fill(&mut s.members, &t.doc),
            crate::TypeKind::Union(u) => fill(&mut u.members, &t.doc),
            crate::TypeKind::Enum(e) => {
                if let Some(doc) = &t.doc {
                    for v in e.values.iter_mut() {
                        if v.doc.is_none() {
                            v.doc = find(&doc.members, &v.name);
                        }
                        features(&mut v.features, doc);
                    }
                }
            }
            crate::TypeKind::Alternate(_) => {}
        }
    }
}
