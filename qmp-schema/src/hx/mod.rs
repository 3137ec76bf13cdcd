//! The hx front end: reads `qmp-commands.hx`-style files into the model.
//!
//! It reads QEMU's historic `qmp-commands.hx` files unchanged, QEMU's HMP
//! definition files (`hmp-commands.hx`, `hmp-commands-info.hx`, old and new),
//! and this project's typed dialect, which adds `.returns`, `.struct`,
//! `.enum`, `.union`, `.alternate`, `.event` and `.features` entries (grammar
//! in the README). Submodules:
//! - `lexer` and `entry`: the C initializer entries;
//! - `scan`: lines, markers, doc blocks, `DEF`/heading statements;
//! - `preproc`: `#if` lines to [`crate::Cond`];
//! - [`args_type`]: the member-list mini-language;
//! - `typed`: entries to model items;
//! - `docs`: doc block text to [`crate::Doc`].
//!
//! Every problem is reported with its exact `file:line:col`, all of them in
//! one run.

pub mod args_type;
mod docs;
mod entry;
mod lexer;
mod preproc;
mod scan;
mod typed;

use std::collections::HashMap;
use std::path::Path;
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
/// Returns every error at once (sorted by position); warnings (such as a
/// doc block still open at the end of the file) are in
/// [`Schema::warnings`].
pub fn parse(path: &Path, text: &str) -> Result<Schema, Errors> {
    let file = Arc::new(path.to_path_buf());
    let loc = |(l, c): (u32, u32)| Location::new(&file, l, c);
    let scan = scan::scan(text);
    let mut builder = typed::Builder {
        file: &file,
        typed: is_typed(&scan.entries),
        errors: Vec::new(),
    };
    let built = builder.build(&scan.entries);
    let mut errors: Vec<Diagnostic> = scan
        .errors
        .iter()
        .map(|(l, c, m)| Diagnostic::error(loc((*l, *c)), m.clone()))
        .collect();
    errors.append(&mut builder.errors);

    let mut schema = Schema::new(SourceFormat::Hx);
    schema.files.push(path.to_path_buf());
    schema.commands = built.commands;
    schema.events = built.events;
    schema.types = built.types;
    schema.warnings = scan
        .warnings
        .iter()
        .map(|(l, c, m)| Diagnostic::warning(loc((*l, *c)), m.clone()))
        .collect();
    attach_docs(&mut schema, &scan.blocks, &built.targets, &file);

    for d in crate::check::check(&schema) {
        match d.severity {
            Severity::Error => errors.push(d),
            Severity::Warning => schema.warnings.push(d),
        }
    }
    if errors.is_empty() {
        Ok(schema)
    } else {
        errors.sort_by_key(|d| (d.loc.line, d.loc.col));
        errors.dedup();
        Err(Errors(errors))
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
}
