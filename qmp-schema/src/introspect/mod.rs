//! The introspection front end: the reply of a live server's
//! `query-qmp-schema` becomes the same [`Schema`] the other front ends make.
//!
//! Accepted input: a JSON array of SchemaInfo objects, a `{"return": [...]}`
//! reply, or an object whose `query-qmp-schema` key holds either (the
//! captures in the corpus, which also carry `greeting`, `query-version` and
//! `query-commands`).
//!
//! Mapping to the model:
//! - `command` -> [`Command`](crate::Command): the members of its `arg-type`
//!   become [`Args::Members`](crate::Args) in place; an `arg-type` with
//!   variants (a boxed union, as for `blockdev-add`) becomes
//!   `Args::Named { boxed: true }`. A `ret-type` without members is
//!   [`Returns::Empty`](crate::Returns).
//! - `event` -> [`Event`](crate::Event), its data like command arguments.
//! - `object` -> a struct, or a union when it has `tag` and `variants`
//!   (members in place, no base: introspection flattens bases).
//! - `enum`, `alternate` -> the same kinds; alternatives are named after
//!   their JSON kind (`str`, `int`, `object`, `enum`, ...).
//! - `array` -> [`TypeRef::Array`](crate::TypeRef); `builtin` -> the builtin
//!   with the same JSON type (`int` is [`Builtin::Int`](crate::Builtin)).
//! - Objects used only as arguments in place are not emitted as types.
//!
//! Masked type names are replaced by readable ones (see [`names`]'s rules).
//! Every item is located at the `{` of its SchemaInfo (`file:line:col`).
//! Features carry no documentation; introspection has no docs.

mod annotate;
mod build;
mod entities;
pub mod json;
pub mod names;
mod write;

pub use write::{to_annotated_json, to_json};

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use crate::{Diagnostic, Errors, Location, Schema, Severity, SourceFormat};
use entities::{Errs, Meta};
use json::{LineIndex, Node, Value};

/// Reads a `query-qmp-schema` reply from `text` (read from `path`).
pub fn parse(path: &Path, text: &str) -> Result<Schema, Errors> {
    let file = Arc::new(path.to_path_buf());
    let lines = LineIndex::new(text);
    let loc = |pos: usize| {
        let (line, col) = lines.line_col(pos);
        Location::new(&file, line, col)
    };
    let located = |errs: Errs| {
        let mut errs = errs;
        errs.sort_by_key(|(pos, _)| *pos);
        errs.dedup();
        Errors(
            errs.into_iter()
                .map(|(pos, m)| Diagnostic::error(loc(pos), m))
                .collect(),
        )
    };
    let root = json::parse(text)
        .map_err(|e| located(vec![(e.pos, format!("invalid JSON: {}", e.message))]))?;
    let items = schema_array(&root).map_err(|e| located(vec![e]))?;

    let mut errs = Errs::new();
    let entities = entities::read_all(items, &mut errs);
    let index = index_names(&entities, &mut errs);
    let names = names::assign(&entities, &index);
    let mut b = build::Builder {
        entities: &entities,
        index: &index,
        names: &names,
        loc: &loc,
        errs,
        releases: Default::default(),
    };
    let (commands, events) = b.commands_events();
    let types = b.types();
    if !b.errs.is_empty() {
        return Err(located(b.errs));
    }
    let mut schema = Schema::new(SourceFormat::Introspect);
    schema.files.push(path.to_path_buf());
    schema.commands = commands;
    schema.events = events;
    schema.types = types;
    schema.releases = std::mem::take(&mut b.releases);
    let diags = crate::check::check(&schema);
    let (errors, warnings): (Vec<_>, Vec<_>) = diags
        .into_iter()
        .partition(|d| d.severity == Severity::Error);
    if !errors.is_empty() {
        return Err(Errors(errors));
    }
    schema.warnings = warnings;
    Ok(schema)
}

/// Finds the SchemaInfo array in the accepted input shapes.
fn schema_array(root: &Node) -> Result<&[Node], (usize, String)> {
    let mut node = root;
    // At most: capture object -> reply object -> array.
    for _ in 0..3 {
        match &node.value {
            Value::Array(items) => return Ok(items),
            Value::Object(_) => {
                if let Some(n) = node.get("query-qmp-schema").or_else(|| node.get("return")) {
                    node = n;
                    continue;
                }
                if let Some(e) = node.get("error") {
                    return Err((e.pos, "the reply is an error, not a schema".into()));
                }
                break;
            }
            _ => break,
        }
    }
    Err((
        node.pos,
        format!(
            "expected a JSON array of SchemaInfo, a {{\"return\": [...]}} reply or an object with a \"query-qmp-schema\" key, not {}",
            node.kind()
        ),
    ))
}

/// Maps every type name to its entity; reports names defined twice.
fn index_names<'a>(entities: &'a [entities::Entity], errs: &mut Errs) -> HashMap<&'a str, usize> {
    let mut types = HashMap::new();
    let mut commands = HashMap::new();
    let mut events = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        let map = match e.meta {
            Meta::Command { .. } => &mut commands,
            Meta::Event { .. } => &mut events,
            _ => &mut types,
        };
        if let Some(&first) = map.get(e.name.as_str()) {
            let first: &entities::Entity = &entities[first];
            errs.push((
                e.pos,
                format!(
                    "'{}' is defined twice (first as {})",
                    e.name,
                    first.meta_name()
                ),
            ));
        } else {
            map.insert(e.name.as_str(), i);
        }
    }
    types
}
