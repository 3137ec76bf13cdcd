//! `#include "FILE"` in hx files: reading the tree of files (with cycle,
//! missing-file and non-regular-file errors located at the directive) and
//! merging what each file defines into one [`Schema`], the included file's
//! entries and doc blocks taking the place of the directive.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::scan::{self, Include, Scan};
use super::{attach_docs, field_locations, is_typed, typed, FieldLocations};
use crate::{Cond, Diagnostic, DocTarget, Location, Schema, SourceFormat};

/// How deep includes may nest (a deeper tree is reported, not followed).
pub const MAX_INCLUDE_DEPTH: usize = 64;

/// One file of the tree, scanned, with the files it includes.
pub(crate) struct Node {
    /// The file as named (the root as given, others joined to the
    /// including file's directory).
    file: Arc<PathBuf>,
    /// What the scanner found in it.
    scan: Scan,
    /// Its `#include` lines, each with the file read (None when it could
    /// not be read; the error is already reported).
    children: Vec<(Include, Option<Node>)>,
}

impl Node {
    /// Whether any file of the tree uses the typed dialect.
    pub fn any_typed(&self) -> bool {
        is_typed(&self.scan.entries)
            || self
                .children
                .iter()
                .any(|(_, c)| c.as_ref().is_some_and(Node::any_typed))
    }
}

/// Reads an included file as text (UTF-8, or Latin-1 byte for byte, as the
/// main file is read). Only regular files are read.
fn read(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    Ok(match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => e.into_bytes().into_iter().map(char::from).collect(),
    })
}

/// Scans `path` (content `text`) and, recursively, the files it includes.
/// `stack` holds the canonical paths of the files being read, to find
/// cycles.
pub(crate) fn scan_tree(
    path: &Path,
    text: &str,
    stack: &mut Vec<PathBuf>,
    errors: &mut Vec<Diagnostic>,
) -> Node {
    let file = Arc::new(path.to_path_buf());
    let scan = scan::scan(text);
    stack.push(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()));
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut children = Vec::new();
    for inc in &scan.includes {
        let at = Location::new(&file, inc.line, inc.col);
        let target = dir.join(&inc.path);
        let canon = std::fs::canonicalize(&target).unwrap_or_else(|_| target.clone());
        let child = if let Some(i) = stack.iter().position(|p| *p == canon) {
            let chain: Vec<String> = stack[i..]
                .iter()
                .chain(std::iter::once(&canon))
                .map(|p| p.display().to_string())
                .collect();
            errors.push(Diagnostic::error(
                at,
                format!("#include cycle: {}", chain.join(" -> ")),
            ));
            None
        } else if stack.len() >= MAX_INCLUDE_DEPTH {
            errors.push(Diagnostic::error(
                at,
                format!("#include nests deeper than {MAX_INCLUDE_DEPTH} files"),
            ));
            None
        } else {
            match read(&target) {
                Ok(t) => Some(scan_tree(&target, &t, stack, errors)),
                Err(e) => {
                    errors.push(Diagnostic::error(
                        at,
                        format!("cannot read included file '{}': {e}", target.display()),
                    ));
                    None
                }
            }
        };
        children.push((inc.clone(), child));
    }
    stack.pop();
    Node {
        file,
        scan,
        children,
    }
}

/// `outer` and `inner` together.
fn and_cond(outer: &Option<Cond>, inner: Option<Cond>) -> Option<Cond> {
    match (outer, inner) {
        (None, c) => c,
        (Some(o), None) => Some(o.clone()),
        (Some(o), Some(i)) => {
            let mut all = match o {
                Cond::All(cs) => cs.clone(),
                c => vec![c.clone()],
            };
            match i {
                Cond::All(cs) => all.extend(cs),
                c => all.push(c),
            }
            Some(Cond::All(all))
        }
    }
}

/// Builds the model items of `node` and of the files it includes, in
/// source order, into `out`; `cond` is the condition of the `#include`
/// that read `node` (None for the main file).
pub(crate) fn build_tree(
    node: &Node,
    typed: bool,
    cond: Option<Cond>,
    out: &mut Schema,
    fields: &mut FieldLocations,
    errors: &mut Vec<Diagnostic>,
) {
    let file = &node.file;
    let loc = |(l, c): (u32, u32)| Location::new(file, l, c);
    let mut builder = typed::Builder {
        file,
        typed,
        errors: Vec::new(),
    };
    let built = builder.build(&node.scan.entries);
    errors.extend(
        node.scan
            .errors
            .iter()
            .map(|(l, c, m)| Diagnostic::error(loc((*l, *c)), m.clone())),
    );
    errors.append(&mut builder.errors);
    out.warnings.extend(
        node.scan
            .warnings
            .iter()
            .map(|(l, c, m)| Diagnostic::warning(loc((*l, *c)), m.clone())),
    );
    field_locations(file, &node.scan.entries, fields);

    let mut own = Schema::new(SourceFormat::Hx);
    own.commands = built.commands;
    own.events = built.events;
    own.types = built.types;
    attach_docs(&mut own, &node.scan.blocks, &built.targets, file);
    for c in &mut own.commands {
        c.cond = and_cond(&cond, c.cond.take());
    }
    for e in &mut own.events {
        e.cond = and_cond(&cond, e.cond.take());
    }
    for t in &mut own.types {
        t.cond = and_cond(&cond, t.cond.take());
    }
    out.files.push(file.to_path_buf());

    // Splice: the node's own items up to each include, then the included
    // file's, then the rest.
    let mut taken = Cursor::default();
    for (inc, child) in &node.children {
        let upto = Cursor::before(&built.targets[..inc.after_entries], inc.after_blocks);
        taken.move_to(&upto, &mut own, out);
        if let Some(child) = child {
            let c = and_cond(&cond, inc.cond.clone());
            build_tree(child, typed, c, out, fields, errors);
        }
    }
    let end = Cursor::before(&built.targets, own.doc_blocks.len());
    taken.move_to(&end, &mut own, out);
}

/// How many commands, events, types and doc blocks of a file come before
/// a point of it.
#[derive(Default, Clone)]
struct Cursor {
    commands: usize,
    events: usize,
    types: usize,
    blocks: usize,
}

impl Cursor {
    /// The counts for the entries `targets` (what each entry defined) and
    /// the first `blocks` doc blocks.
    fn before(targets: &[Option<DocTarget>], blocks: usize) -> Cursor {
        let mut c = Cursor {
            blocks,
            ..Cursor::default()
        };
        for t in targets.iter().flatten() {
            match t {
                DocTarget::Command(_) => c.commands += 1,
                DocTarget::Event(_) => c.events += 1,
                DocTarget::Type(_) => c.types += 1,
                DocTarget::Free => {}
            }
        }
        c
    }

    /// Moves the items of `own` between `self` and `to` into `out`.
    fn move_to(&mut self, to: &Cursor, own: &mut Schema, out: &mut Schema) {
        fn span<T: Clone>(v: &[T], a: usize, b: usize) -> &[T] {
            &v[a.min(v.len())..b.min(v.len()).max(a.min(v.len()))]
        }
        out.commands
            .extend_from_slice(span(&own.commands, self.commands, to.commands));
        out.events
            .extend_from_slice(span(&own.events, self.events, to.events));
        out.types
            .extend_from_slice(span(&own.types, self.types, to.types));
        out.doc_blocks
            .extend_from_slice(span(&own.doc_blocks, self.blocks, to.blocks));
        *self = to.clone();
    }
}
