//! Model -> the typed hx dialect: writes any schema the readers take (QAPI
//! JSON, introspection, hx) as a definition file, optionally split into one
//! file per area (an area is the file an entity was defined in, so QEMU's
//! QAPI modules become `block-core.hx`, `machine.hx`, ...), included from a
//! main file with `#include`.
//!
//! The output carries every wire fact of the model (names, member types and
//! optionality, integer widths, enum values and prefixes, union bases,
//! discriminators and branches, `boxed`, `allow-oob`, `allow-preconfig`,
//! `coroutine`, `gen`, `success-response`, features and `if` conditions on
//! definitions, members, values and branches), so reading it back gives the
//! same model. Docs are written as the model has them, as skeletons for a
//! writer to fill, or not at all ([`DocMode`]).
//!
//! - `entry`: the C initializer entries;
//! - `doc`: the `SQMP` doc blocks;
//! - `graft`: docs taken over from another schema for a skeleton.

mod doc;
mod entry;
mod graft;

use std::collections::BTreeMap;
use std::path::Path;

use qmp_schema::{Command, DocBlock, DocKind, DocTarget, Event, Location, Schema, TypeDef};

/// What to do with documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DocMode {
    /// Write the docs the model has (for an hx source, its own text).
    #[default]
    Keep,
    /// Write a doc block for every definition listing every member, value,
    /// branch and feature, with the marker [`SKELETON_MARK`] wherever a
    /// text is missing, for a writer to fill in. The texts come from
    /// [`Options::docs_from`] (by definition, member, value and feature
    /// name); of the source's own docs only the `Since:` release (an
    /// interface fact) is kept.
    Skeleton,
    /// No doc blocks.
    None,
}

/// The text a skeleton puts where a description is to be written. The
/// shipped schema's doc test rejects it.
pub const SKELETON_MARK: &str = "TODO";

/// How to convert.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Documentation handling.
    pub docs: DocMode,
    /// Split into one file per area, in this directory (relative to the
    /// main file); `None` writes one file.
    pub split_dir: Option<String>,
    /// Lines for the top of the main file (written as `HXCOMM` comments).
    pub header: Vec<String>,
    /// For [`DocMode::Skeleton`]: a schema whose docs are reused for the
    /// definitions of the same name (typically the previous version of the
    /// definition file, when converting a newer QEMU schema).
    pub docs_from: Option<Schema>,
}

/// The converted text: the main file and, when split, one file per area.
#[derive(Clone, Debug, PartialEq)]
pub struct Output {
    /// The main file.
    pub main: String,
    /// `(path relative to the main file, text)` of each area file.
    pub areas: Vec<(String, String)>,
}

/// The area of a definition: the stem of the file it was defined in.
pub fn area_of(loc: &Location) -> String {
    loc.path()
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// One thing to write, in source order.
enum Item<'a> {
    Command(&'a Command),
    Event(&'a Event),
    Type(&'a TypeDef),
    Free(&'a DocBlock),
}

impl Item<'_> {
    fn loc(&self) -> &Location {
        match self {
            Item::Command(c) => &c.loc,
            Item::Event(e) => &e.loc,
            Item::Type(t) => &t.loc,
            Item::Free(b) => &b.loc,
        }
    }
}

/// Every definition (and, for hx sources, every free-standing `SQMP`
/// block) grouped by area in the order the schema read its files, each
/// area in source order.
fn items<'a>(schema: &'a Schema, opts: &Options) -> Vec<(String, Vec<Item<'a>>)> {
    let mut all: Vec<Item<'a>> = Vec::new();
    all.extend(schema.commands.iter().map(Item::Command));
    all.extend(schema.events.iter().map(Item::Event));
    all.extend(schema.types.iter().map(Item::Type));
    if opts.docs == DocMode::Keep {
        all.extend(
            schema
                .doc_blocks
                .iter()
                .filter(|b| b.target == DocTarget::Free && b.kind == DocKind::Sqmp)
                .map(Item::Free),
        );
    }
    let file_rank = |loc: &Location| {
        schema
            .files
            .iter()
            .position(|f| f.as_path() == loc.path())
            .unwrap_or(usize::MAX)
    };
    all.sort_by_key(|i| {
        let l = i.loc();
        (file_rank(l), l.path().to_path_buf(), l.line, l.col)
    });
    let mut areas: Vec<(String, Vec<Item<'a>>)> = Vec::new();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    for item in all {
        let area = area_of(item.loc());
        let i = *index.entry(area.clone()).or_insert_with(|| {
            areas.push((area, Vec::new()));
            areas.len() - 1
        });
        areas[i].1.push(item);
    }
    areas
}

/// Writes the items of one file.
fn body(items: &[Item<'_>], opts: &Options, schema: &Schema, out: &mut String) {
    for item in items {
        match item {
            Item::Command(c) => {
                entry::command(c, out);
                doc::command(c, opts.docs, out);
            }
            Item::Event(e) => {
                entry::event(e, out);
                doc::event(e, opts.docs, out);
            }
            Item::Type(t) => {
                entry::type_def(t, out);
                doc::type_def(t, schema, opts.docs, out);
            }
            Item::Free(b) => doc::free(b, out),
        }
    }
}

fn header(opts: &Options, out: &mut String) {
    for l in &opts.header {
        out.push_str("HXCOMM");
        if !l.is_empty() {
            out.push(' ');
            out.push_str(l);
        }
        out.push('\n');
    }
    if !opts.header.is_empty() {
        out.push('\n');
    }
}

/// Converts `schema` to the typed hx dialect.
pub fn to_hx(schema: &Schema, opts: &Options) -> Output {
    let grafted;
    let schema = if opts.docs == DocMode::Skeleton {
        grafted = graft::docs(schema, opts.docs_from.as_ref());
        &grafted
    } else {
        schema
    };
    let areas = items(schema, opts);
    let mut main = String::new();
    header(opts, &mut main);
    let Some(dir) = &opts.split_dir else {
        for (_, items) in &areas {
            body(items, opts, schema, &mut main);
        }
        return Output {
            main,
            areas: Vec::new(),
        };
    };
    let mut files = Vec::new();
    for (area, items) in &areas {
        let rel = format!("{dir}/{area}.hx");
        main.push_str(&format!("#include \"{rel}\"\n"));
        let mut text = format!("HXCOMM Area '{area}'.\n\n");
        body(items, opts, schema, &mut text);
        files.push((rel, text));
    }
    Output { main, areas: files }
}

/// Writes `out` next to `main` (area files relative to it), each file only
/// when its content changed. Returns the files written.
pub fn write(main: &Path, out: &Output) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut written = Vec::new();
    let dir = main.parent().unwrap_or(Path::new("."));
    for (rel, text) in &out.areas {
        let path = dir.join(rel);
        if crate::config::write_if_changed(&path, text)? {
            written.push(path);
        }
    }
    if crate::config::write_if_changed(main, &out.main)? {
        written.push(main.to_path_buf());
    }
    Ok(written)
}
