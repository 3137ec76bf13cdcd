//! Shared helpers of the CLI tests: the corpus location and running the binary.
#![allow(dead_code)]

use std::process::{Command, Output};

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
