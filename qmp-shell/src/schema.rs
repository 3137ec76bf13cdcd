//! The schema behind help, completion and checks: the project's shipped
//! `schema/qmp-commands.hx`, embedded at build time, or a file named with
//! `--schema` (hx, QAPI JSON or `query-qmp-schema` output, recognised by
//! content).

use std::path::Path;

use qmp_schema::{Schema, SourceFormat};

/// The text of the shipped `schema/qmp-commands.hx`.
pub const BUILTIN_HX: &str = include_str!(concat!(env!("OUT_DIR"), "/qmp-commands.hx"));

/// The built-in schema. An embedded schema that does not parse (it should
/// always parse) gives an empty schema and the reason.
pub fn builtin() -> (Schema, Option<String>) {
    if BUILTIN_HX.trim().is_empty() {
        return (
            Schema::new(SourceFormat::Hx),
            Some("no schema was embedded at build time".into()),
        );
    }
    match qmp_schema::hx::parse(Path::new("schema/qmp-commands.hx"), BUILTIN_HX) {
        Ok(s) => (s, None),
        Err(e) => (Schema::new(SourceFormat::Hx), Some(e.to_string())),
    }
}

/// Reads `--schema FILE`.
pub fn load(path: &Path) -> Result<Schema, String> {
    qmp_schema::load(path, None).map_err(|e| e.to_string())
}
