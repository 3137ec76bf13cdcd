//! Robustness: truncated and mutated versions of every corpus hx file are
//! read without a panic, and every error they produce is located.

mod hx_common;

use std::path::{Path, PathBuf};

fn corpus_files(corpus: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for sub in ["hx", "hmp"] {
        let Ok(dirs) = std::fs::read_dir(corpus.join(sub)) else {
            continue;
        };
        for d in dirs.flatten() {
            for f in std::fs::read_dir(d.path()).into_iter().flatten().flatten() {
                if f.path().extension().is_some_and(|e| e == "hx") {
                    out.push(f.path());
                }
            }
        }
    }
    out.sort();
    out
}

/// Parses `text`; any error must carry a line inside the text.
fn run(text: &str) {
    let lines = text.lines().count() as u32 + 1;
    match qmp_schema::hx::parse(Path::new("f.hx"), text) {
        Ok(s) => {
            for w in &s.warnings {
                assert!(w.loc.line >= 1 && w.loc.line <= lines, "{w}");
            }
        }
        Err(e) => {
            assert!(!e.0.is_empty());
            for d in &e.0 {
                assert!(d.loc.line >= 1 && d.loc.line <= lines, "{d}");
                assert!(d.loc.col >= 1, "{d}");
            }
        }
    }
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn truncated_files() {
    let Some(corpus) = qmp_test_support::corpus_part("truncated_files", "hx") else {
        return;
    };
    let files = corpus_files(&corpus);
    assert!(files.len() >= 11);
    for f in files {
        let bytes = std::fs::read(&f).expect("read");
        for k in 1..=200 {
            let cut = bytes.len() * k / 201;
            run(&String::from_utf8_lossy(&bytes[..cut]));
        }
    }
}

#[test]
fn mutated_files() {
    let Some(corpus) = qmp_test_support::corpus_part("mutated_files", "hx") else {
        return;
    };
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // Bytes that matter to the grammar, plus arbitrary ones.
    let special = b"{}[](),.=\"\\:?-/#\n\t SQMPEQMPSTEXIHXCOMM";
    for f in corpus_files(&corpus) {
        let orig = std::fs::read(&f).expect("read");
        for _ in 0..40 {
            let mut bytes = orig.clone();
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(bytes.len());
                let b = if rng.below(2) == 0 {
                    special[rng.below(special.len())]
                } else {
                    rng.below(256) as u8
                };
                match rng.below(3) {
                    0 => bytes[at] = b,
                    1 => bytes.insert(at, b),
                    _ => {
                        bytes.remove(at);
                    }
                }
            }
            run(&String::from_utf8_lossy(&bytes));
        }
    }
}

#[test]
fn hostile_snippets() {
    for text in [
        "",
        "{",
        "}",
        "{{{{{{{{",
        "{ .",
        "{ .a.",
        "{ .a = ",
        "{ .a = \"",
        "{ .a = \"\\",
        "{ .a = \"\\x",
        "{ .name = \"\\777\" }",
        "{ /* ",
        "#if",
        "#if \\",
        "#elif\n#else\n#else\n#endif",
        "DEF(",
        "DEFHEADING(",
        "ARCHHEADING()",
        "SQMP",
        "EQMP\nETEXI\nERST\nSQMP\nSTEXI\nSRST\n",
        "{ .struct = \"A\", .base = \"A\" },",
        "{ .union = \"U\", .base = \"U\", .discriminator = \"x\", .variants = \"a:U\" },",
        "{ .struct = \"A\", .members = \"x:[[[[[\" },",
        "{ .alternate = \"A\", .variants = \"\" },",
        "\u{0}\u{feff}\r\n{\r\n.name\r\n=\r\n\"a\"\r\n}\r\n",
        "{ .name = \"a|\" }, { .name = \"|b\" },",
    ] {
        run(text);
    }
}
