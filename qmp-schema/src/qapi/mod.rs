//! The QAPI JSON front end: reads QEMU's `qapi-schema.json` with its
//! includes, checks it exactly as QEMU 10.0's `scripts/qapi` does, and
//! converts it into the shared [`crate::model::Schema`].
//!
//! Stages: `lexer` and `parser` (with `docparse` and `doc` for `##`
//! comments); `legacy` (pre-6.2 syntax rewritten into today's); `expr` (context-free checks, building `ast`); `schema`
//! (implicit types and modules over the data of `entity`); `check`,
//! `check_defs` and `doclink` (semantic checks); then `dump` (the
//! format of QEMU's test suite) or `to_model` (with `model_doc`).

mod ast;
mod check;
mod check_defs;
mod common;
mod doc;
mod doclink;
mod docparse;
mod dump;
mod entity;
mod expr;
mod legacy;
mod lexer;
mod model_doc;
mod parser;
mod schema;
mod source;
mod to_model;

use std::path::Path;

use crate::{Diagnostic, Errors, Location, Schema};

pub use source::QapiError;

/// Parses and checks `path` and everything it includes.
fn load(path: &Path) -> Result<schema::QSchema, QapiError> {
    let mut parsed = parser::parse(path)?;
    legacy::desugar(&mut parsed);
    let exprs = expr::check_exprs(
        &parsed.exprs,
        &mut parsed.infos,
        &parsed.pragma,
        &parsed.docs,
        &mut parsed.warnings,
    )?;
    let mut s = schema::QSchema::new(path, parsed.infos, parsed.pragma, parsed.docs);
    s.files = parsed.files;
    s.warnings = parsed.warnings;
    s.def_predefineds()?;
    s.def_exprs(&exprs)?;
    s.check()?;
    Ok(s)
}

fn warnings(s: &schema::QSchema) -> Vec<Diagnostic> {
    // Line records are numbered in reading order: sorting by them puts the
    // warnings in source order.
    let mut list = s.warnings.clone();
    list.sort_by_key(|(info, _)| *info);
    list.iter()
        .map(|(info, msg)| {
            let i = s.infos.get(*info);
            Diagnostic::warning(Location::new(&i.fname, i.line, 0), msg.clone())
        })
        .collect()
}

/// Parses a QAPI schema file with its includes into the shared model.
///
/// QEMU stops at the first error, and so does this front end: the error
/// names the file and line QEMU names (and the column, for syntax errors).
pub fn parse_file(path: &Path) -> Result<Schema, Errors> {
    let s = load(path).map_err(|e| Errors(vec![e.diag]))?;
    let mut model = to_model::convert(&s);
    model.warnings = warnings(&s);
    Ok(model)
}

/// Dumps a QAPI schema in the format of QEMU's test suite `.out` files.
pub fn dump(path: &Path) -> Result<String, Errors> {
    dump_qemu(path).map_err(|e| Errors(vec![e.diag]))
}

/// Like [`dump`], but a failure is reported with QEMU's full error text
/// (include chain, `In struct 'X':` context, message), as the suite's
/// `.err` files have it.
pub fn dump_qemu(path: &Path) -> Result<String, QapiError> {
    load(path).map(|s| dump::dump(&s))
}
