//! Reads QMP schemas into one checked model.
//!
//! Three front ends produce the same [`model::Schema`]:
//! - [`hx`]: `qmp-commands.hx`-style definition files (historic QEMU files,
//!   HMP files, and this project's typed dialect);
//! - `qapi`: QEMU's QAPI JSON schema with its includes;
//! - `introspect`: the reply of a live server's `query-qmp-schema`.
//!
//! Every error carries a [`diag::Location`] and reads `file:line:col: message`.

pub mod diag;
pub mod model;

pub use diag::{Diagnostic, Errors, Location, Severity};
pub use model::*;

pub mod availability;
pub mod check;
pub mod diff;
pub mod doc_check;
pub mod facts;
pub mod hx;
pub mod introspect;
pub mod limits;
pub mod qapi;
pub mod suggest;

use std::path::Path;

/// The input formats [`load`] understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// A `qmp-commands.hx`-style file.
    Hx,
    /// A QAPI JSON schema file (with its includes).
    Qapi,
    /// A `query-qmp-schema` reply (a JSON array, a `{"return": [...]}` reply,
    /// or an object with a `query-qmp-schema` key).
    Introspect,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "hx" => Ok(Format::Hx),
            "qapi" => Ok(Format::Qapi),
            "introspect" => Ok(Format::Introspect),
            _ => Err(format!(
                "unknown format '{s}' (expected hx, qapi or introspect)"
            )),
        }
    }
}

/// Recognises the format of a schema from its text.
///
/// Introspection is JSON whose first significant character is `[` or `{`
/// followed by a quoted key; QAPI schemas are sequences of `{ 'key': ... }`
/// expressions with `#` comments; anything else is hx.
pub fn detect_format(text: &str) -> Format {
    let mut rest = text.trim_start_matches('\u{feff}');
    // Skip blank lines and '#' comment lines.
    loop {
        let t = rest.trim_start();
        if let Some(after) = t.strip_prefix('#') {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else {
            rest = t;
            break;
        }
    }
    if rest.starts_with('[') {
        return Format::Introspect;
    }
    if let Some(body) = rest.strip_prefix('{') {
        let body = body.trim_start();
        // An hx entry (`{ .name = ...`) after `#if` lines.
        if body.starts_with('.') {
            return Format::Hx;
        }
        if body.starts_with('"') && serde_json::from_str::<serde_json::Value>(text).is_ok() {
            return Format::Introspect;
        }
        return Format::Qapi;
    }
    Format::Hx
}

/// Reads and checks the schema in `path`. The format is recognised from the
/// content unless `format` forces one. Every error of the input is returned
/// at once; warnings are in [`Schema::warnings`].
pub fn load(path: &Path, format: Option<Format>) -> Result<Schema, Errors> {
    let text = limits::read_source(path).map_err(|e| {
        Errors(vec![Diagnostic::error(
            Location::new(&std::sync::Arc::new(path.to_path_buf()), 0, 0),
            format!("cannot read file: {e}"),
        )])
    })?;
    let (text, encoding) = match String::from_utf8(text) {
        Ok(text) => (text, SourceEncoding::Utf8),
        // Every byte becomes the Latin-1 character of the same value, so no
        // byte is lost and the docs can be written back byte for byte.
        Err(e) => (
            e.into_bytes().into_iter().map(char::from).collect(),
            SourceEncoding::Latin1,
        ),
    };
    match format.unwrap_or_else(|| detect_format(&text)) {
        Format::Hx => {
            let mut schema = hx::parse(path, &text)?;
            if encoding == SourceEncoding::Latin1 {
                schema.encoding = encoding;
                let loc = Location::new(&std::sync::Arc::new(path.to_path_buf()), 0, 0);
                schema.warnings.insert(
                    0,
                    Diagnostic::warning(
                        loc,
                        "not valid UTF-8: read as Latin-1, one character per byte",
                    ),
                );
            }
            Ok(schema)
        }
        Format::Qapi => qapi::parse_file(path),
        Format::Introspect => introspect::parse(path, &text),
    }
}
