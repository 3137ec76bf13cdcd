//! Whatever the readers accept generates Rust that parses: carriage
//! returns and text-direction characters inside doc blocks, and types
//! nested as deep as the readers allow, in copies of the shipped schema.

use qmp_schema::limits::MAX_NESTING;
use std::path::{Path, PathBuf};

/// A copy of the shipped schema folder with the first `from` in any of its
/// files replaced by `to`; returns the directory and the main file.
fn shipped_schema_with(from: &str, to: &str) -> (tempfile::TempDir, PathBuf) {
    fn copy(src: &Path, dst: &Path) {
        std::fs::create_dir_all(dst).unwrap();
        for f in qmp_test_support::sorted_entries(src) {
            let to = dst.join(f.file_name().unwrap());
            if f.is_dir() {
                copy(&f, &to);
            } else {
                std::fs::copy(&f, &to).unwrap();
            }
        }
    }
    fn edit(dir: &Path, from: &str, to: &str) -> bool {
        qmp_test_support::sorted_entries(dir).into_iter().any(|f| {
            if f.is_dir() {
                return edit(&f, from, to);
            }
            let Ok(text) = std::fs::read_to_string(&f) else {
                return false;
            };
            let hit = text.contains(from);
            if hit {
                std::fs::write(&f, text.replacen(from, to, 1)).unwrap();
            }
            hit
        })
    }
    let dir = tempfile::tempdir().unwrap();
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema"),
        dir.path(),
    );
    assert!(edit(dir.path(), from, to), "'{from}' not in the schema");
    let main = dir.path().join("qmp-commands.hx");
    (dir, main)
}

/// The bindings of `main`, checked to parse as a Rust file.
fn generate(main: &Path) -> String {
    let schema = qmp_schema::load(main, None).expect("the schema reads");
    let code = qmp_codegen::rust::generate(&schema).expect("bindings");
    if let Err(e) = syn::parse_file(&code) {
        let bad: Vec<&str> = code.lines().filter(|l| l.contains('\r')).collect();
        panic!("the output does not parse: {e}; lines with a CR: {bad:?}");
    }
    code
}

const DOC_LINE: &str = "Report which QEMU the client is talking to: the upstream version";

#[test]
fn carriage_return_in_a_doc_block_never_reaches_a_doc_comment() {
    let (_dir, main) = shipped_schema_with(
        DOC_LINE,
        "Report which QEMU the client\ris talking to: the upstream version",
    );
    let code = generate(&main);
    assert!(!code.contains('\r'));
    // The text on both sides of the carriage return is kept, on two lines.
    let at = code
        .find("/// Report which QEMU the client\n")
        .expect("first half");
    assert!(code[at..].contains("/// is talking to: the upstream version"));
}

#[test]
fn text_direction_characters_are_shown_not_obeyed() {
    // rustc refuses them inside comments (text_direction_codepoint_in_comment).
    let (_dir, main) = shipped_schema_with(
        DOC_LINE,
        "Report which QEMU \u{202e}the client is talking to\u{2066}: the upstream",
    );
    let code = generate(&main);
    assert!(!code.contains(['\u{202e}', '\u{2066}']));
    assert!(code
        .contains("/// Report which QEMU <U+202E>the client is talking to<U+2066>: the upstream"));
}

#[test]
fn deepest_return_type_the_readers_accept_generates_linear_output() {
    let size = |depth: usize| {
        let ty = format!("{}VersionInfo{}", "[".repeat(depth), "]".repeat(depth));
        let (_dir, main) = shipped_schema_with(
            ".returns            = \"VersionInfo\"",
            &format!(".returns = \"{ty}\""),
        );
        // The embedded introspection copy (`SCHEMA_JSON`) names every array
        // level by its full spelling, as `query-qmp-schema` does, so it grows
        // with the square of a nesting that the readers cap at MAX_NESTING:
        // a few kilobytes at most. The Rust around it must grow linearly.
        let code = generate(&main);
        code.lines()
            .filter(|l| !l.starts_with("pub const SCHEMA_JSON"))
            .map(str::len)
            .sum::<usize>()
    };
    // The aliases generated code spells deep arrays with cover the limit.
    assert_eq!(qmp_types::nested::MAX_DEPTH, MAX_NESTING);
    let (s1, s32, s64) = (size(1), size(MAX_NESTING / 2), size(MAX_NESTING));
    // Each level adds the same few bytes (`Vec<` `>` and the spelling of
    // the type in the command table), not a line indented one step more.
    let first_half = s32 - s1;
    let second_half = s64 - s32;
    assert!(
        second_half <= first_half + first_half / 4,
        "output grows faster than the nesting: {s1} / {s32} / {s64} bytes"
    );
}
