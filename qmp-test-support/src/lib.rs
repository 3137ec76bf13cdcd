//! Helpers shared by the tests and benchmarks of the qmp-rs workspace: the
//! location of the shared corpus, and real QEMU processes (and QEMU guest
//! agents, [`GuestAgent`]) started in a temporary directory and killed when
//! dropped.
//!
//! A missing corpus or QEMU binary skips the caller (a note on stderr and
//! `None`), except when `CI` is set: CI must have them, so it panics there.

mod agent;
mod qemu;

pub use agent::{GuestAgent, HARMLESS_RPCS};
pub use qemu::{free_port, Qemu};

use std::path::{Path, PathBuf};

/// Whether the run is under CI (the `CI` variable is set), where missing
/// inputs are errors instead of reasons to skip.
fn under_ci() -> bool {
    std::env::var_os("CI").is_some()
}

/// Prints that `test` is skipped because of `why`; under CI, panics instead.
pub fn skip(test: &str, why: &str) {
    assert!(!under_ci(), "{test}: {why} (CI must provide it)");
    eprintln!("{test}: skipped: {why}");
}

/// The corpus directory: `$QMP_CORPUS`, else `../shared/corpus` beside the
/// workspace root. `None` (after printing that `test` is skipped) when it
/// is absent; under CI a missing corpus panics.
pub fn corpus(test: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("QMP_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"));
    if dir.is_dir() {
        Some(dir)
    } else {
        skip(test, &format!("corpus not found at {}", dir.display()));
        None
    }
}

/// The entries of directory `dir`, sorted by path; panics when it cannot
/// be listed.
pub fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    out.sort();
    out
}

/// The corpus file `rel` (a path relative to the corpus) and its text, or
/// `None` when the corpus is absent (see [`corpus`]).
pub fn corpus_text(test: &str, rel: &str) -> Option<(PathBuf, String)> {
    let path = corpus(test)?.join(rel);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    Some((path, text))
}
