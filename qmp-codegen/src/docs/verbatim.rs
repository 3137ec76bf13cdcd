//! The `qmp-commands.txt` of an hx file, byte for byte as QEMU's
//! `scripts/hxtool -q` printed it: the lines of every `SQMP` block in order
//! (the reader already dropped `HXCOMM` lines and the markers).
//!
//! hxtool printed each line with bash's `echo "$str"`, so a line that is
//! exactly an `echo` option (`-n`, `-e`, `-E` or a combination such as
//! `-ne`) was taken as an option: `-n` printed nothing at all, the others an
//! empty line. That quirk is reproduced.

use qmp_schema::{DocKind, Schema};

/// The `SQMP` blocks of `schema`, as hxtool printed them.
pub fn render(schema: &Schema) -> String {
    let mut out = String::new();
    for b in schema.doc_blocks.iter().filter(|b| b.kind == DocKind::Sqmp) {
        for line in b.text.split_inclusive('\n') {
            out.push_str(echo(line));
        }
    }
    out
}

/// What bash's `echo "$line"` prints for `line` (which ends in `\n`).
fn echo(line: &str) -> &str {
    let body = line.strip_suffix('\n').unwrap_or(line);
    let is_option = body.len() >= 2
        && body.starts_with('-')
        && body[1..].chars().all(|c| matches!(c, 'n' | 'e' | 'E'));
    if !is_option {
        line
    } else if body.contains('n') {
        ""
    } else {
        "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::echo;

    #[test]
    fn echo_options() {
        assert_eq!(echo("text\n"), "text\n");
        assert_eq!(echo("-n\n"), "");
        assert_eq!(echo("-e\n"), "\n");
        assert_eq!(echo("-x\n"), "-x\n");
        assert_eq!(echo("-\n"), "-\n");
        assert_eq!(echo("-> {}\n"), "-> {}\n");
    }
}
