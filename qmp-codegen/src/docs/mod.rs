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

/// Renders the `qmp-commands.txt` of a schema as the bytes to write: UTF-8,
/// except for a file that was read as Latin-1 (not valid UTF-8), whose
/// characters are written back as the single bytes they were read from, so
/// the output matches what QEMU's hxtool printed for it.
pub fn render_bytes(schema: &Schema) -> Vec<u8> {
    let text = render(schema);
    match schema.encoding {
        qmp_schema::SourceEncoding::Utf8 => text.into_bytes(),
        qmp_schema::SourceEncoding::Latin1 => {
            let mut out = Vec::with_capacity(text.len());
            for c in text.chars() {
                match u8::try_from(u32::from(c)) {
                    Ok(b) => out.push(b),
                    Err(_) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
                }
            }
            out
        }
    }
}
