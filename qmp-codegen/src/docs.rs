//! Placeholder: `qmp-commands.txt` rendering is being written (issue 2).
use qmp_schema::Schema;
/// Renders the `qmp-commands.txt` of a schema.
pub fn render(schema: &Schema) -> String {
    schema.doc_blocks.iter().map(|b| b.text.as_str()).collect()
}
