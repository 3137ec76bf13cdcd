//! Helpers shared by the tests and benchmarks of the qmp-rs workspace: the
//! location of the shared corpus, and real QEMU processes started in a
//! temporary directory and killed when dropped.
//!
//! A missing corpus or QEMU binary skips the caller (a note on stderr and
//! `None`), except when `CI` is set: CI must have both, so it panics there.

mod qemu;

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

/// QEMU 7.2 as `scripts/fetch-qemu-7.2` unpacks it (Debian 12's packages):
/// binaries under `root/`, QAPI schemas under `src/`.
#[derive(Clone, Debug)]
pub struct Qemu72 {
    dir: PathBuf,
}

impl Qemu72 {
    /// `qemu-system-x86_64` 7.2.
    pub fn system_binary(&self) -> PathBuf {
        self.dir.join("root/usr/bin/qemu-system-x86_64")
    }

    /// `qemu-storage-daemon` 7.2.
    pub fn storage_daemon_binary(&self) -> PathBuf {
        self.dir.join("root/usr/bin/qemu-storage-daemon")
    }

    /// The data and firmware directories of the 7.2 packages, each for a
    /// `-L` (QEMU 7.2 searches only those when one is given).
    pub fn data_dirs(&self) -> [PathBuf; 3] {
        ["usr/share/qemu", "usr/share/seabios", "usr/lib/ipxe/qemu"]
            .map(|d| self.dir.join("root").join(d))
    }

    /// The system emulator's QAPI schema (`qapi/qapi-schema.json`).
    pub fn qapi_schema(&self) -> PathBuf {
        self.dir.join("src/qapi/qapi-schema.json")
    }

    /// A 7.2 `qemu-system-x86_64 -L DIR... EXTRA` (see [`Qemu::system_at`]).
    pub fn system(&self, extra: &[&str]) -> Qemu {
        let dirs = self.data_dirs();
        let mut args = Vec::new();
        for d in &dirs {
            args.push("-L");
            args.push(d.to_str().expect("a UTF-8 cache path"));
        }
        args.extend_from_slice(extra);
        Qemu::system_at(&self.system_binary(), &args)
    }
}

/// QEMU 7.2 in `$QMP_CACHE/qemu-7.2` (default
/// `${XDG_CACHE_HOME:-$HOME/.cache}/qmp-rs`), where `scripts/fetch-qemu-7.2`
/// (run by `.ci/install-qemu`) puts it. `None` (after printing that `test`
/// is skipped) when it is not there; under CI that panics.
pub fn qemu_7_2(test: &str) -> Option<Qemu72> {
    let cache = std::env::var_os("QMP_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|d| Path::new(&d).join("qmp-rs")))
        .or_else(|| std::env::var_os("HOME").map(|d| Path::new(&d).join(".cache/qmp-rs")))?;
    let q = Qemu72 {
        dir: cache.join("qemu-7.2"),
    };
    let firmware = q.data_dirs()[1].join("bios-256k.bin");
    if q.system_binary().is_file() && q.qapi_schema().is_file() && firmware.is_file() {
        Some(q)
    } else {
        skip(
            test,
            &format!(
                "QEMU 7.2 not found in {} (run scripts/fetch-qemu-7.2)",
                q.dir.display()
            ),
        );
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
