//! Shared helpers of the CLI tests: the corpus location and running the binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The corpus directory (`$QMP_CORPUS`, else `../shared/corpus` beside the
/// workspace), or `None` after printing that the test is skipped.
pub fn corpus() -> Option<PathBuf> {
    let dir = match std::env::var_os("QMP_CORPUS") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"),
    };
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("corpus not found at {}: test skipped", dir.display());
        None
    }
}

/// Runs `qmp-codegen` with `args`.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_qmp-codegen"))
        .args(args)
        .output()
        .expect("run qmp-codegen")
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
