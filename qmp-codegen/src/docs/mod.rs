//! `qmp-commands.txt` rendering.
//!
//! For an hx schema the text is what QEMU's `hxtool -q` printed: the `SQMP`
//! blocks verbatim ([`verbatim`]). Schemas from QAPI JSON or introspection
//! have no such blocks; they are laid out from their docs by [`classic`].

pub mod classic;
pub mod verbatim;

use qmp_schema::{Schema, SourceFormat};

/// Renders the `qmp-commands.txt` of a schema.
pub fn render(schema: &Schema) -> String {
    match schema.format {
        SourceFormat::Hx => verbatim::render(schema),
        _ => classic::render(schema),
    }
}
