//! The schema behind help, completion and checks: the schema the linked
//! `qmp-bindings` were generated from (`qmp_bindings::SCHEMA_HX`), a file named with
//! `--schema` (hx, QAPI JSON or `query-qmp-schema` output, recognised by
//! content), or the connected server's own `query-qmp-schema`
//! (`--server-schema`).

use std::path::Path;

use qmp_schema::{Schema, SourceFormat};

/// The text of the schema the bindings were generated from.
pub const BUILTIN_HX: &str = qmp_bindings::SCHEMA_HX;

/// The built-in schema. An embedded schema that does not parse (it should
/// always parse) gives an empty schema and the reason.
pub fn builtin() -> (Schema, Option<String>) {
    if BUILTIN_HX.trim().is_empty() {
        return (
            Schema::new(SourceFormat::Hx),
            Some("no schema was embedded at build time".into()),
        );
    }
    match qmp_schema::hx::parse(Path::new("qmp-schema.hx"), BUILTIN_HX) {
        Ok(s) => (s, None),
        Err(e) => (Schema::new(SourceFormat::Hx), Some(e.to_string())),
    }
}

/// Reads `--schema FILE`.
pub fn load(path: &Path) -> Result<Schema, String> {
    qmp_schema::load(path, None).map_err(|e| e.to_string())
}

/// Reads the schema of the connected server from its `query-qmp-schema`
/// reply (`{"return": [...]}`).
pub fn from_server(reply: &serde_json::Value) -> Result<Schema, String> {
    let Some(list) = reply.get("return") else {
        let why = reply
            .pointer("/error/desc")
            .and_then(serde_json::Value::as_str)
            .unwrap_or("no return value");
        return Err(format!("query-qmp-schema failed: {why}"));
    };
    qmp_schema::introspect::parse(Path::new("<query-qmp-schema>"), &list.to_string())
        .map_err(|e| e.to_string())
}
