//! Shared helpers of the hx tests: where the corpus is, and parsing text.
#![allow(dead_code)]

use std::path::Path;

/// Parses `text` as an hx file named `t.hx`.
pub fn parse(text: &str) -> Result<qmp_schema::Schema, qmp_schema::Errors> {
    qmp_schema::hx::parse(Path::new("t.hx"), text)
}

/// The errors of `text`, each as `line:col: message`.
pub fn errors(text: &str) -> Vec<String> {
    match parse(text) {
        Ok(_) => Vec::new(),
        Err(e) => {
            e.0.iter()
                .map(|d| format!("{}:{}: {}", d.loc.line, d.loc.col, d.message))
                .collect()
        }
    }
}

/// Counts the `.name = ` lines of an hx file with a plain line scan.
pub fn count_names(text: &str) -> usize {
    text.lines()
        .filter(|l| {
            let t = l.trim_start();
            t.strip_prefix(".name")
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .count()
}
