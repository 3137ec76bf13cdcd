//! Placeholder: Rust emission is being written (issue 3).
use qmp_schema::Schema;
/// Generates the Rust bindings of a schema as formatted source text.
pub fn generate(_schema: &Schema) -> String {
    String::from("// @generated\n")
}
