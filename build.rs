//! Generates the typed bindings and `qmp-commands.txt` for the shipped schema
//! (`schema/qmp-commands.hx`, or the file named by `$QMP_SCHEMA`) into
//! `OUT_DIR`, where `src/lib.rs` includes them.
//!
//! The shipped schema describes QEMU 10.0; its bindings are made to work
//! with QEMU 7.2 and later ([`qmp_codegen::Config::min_qemu`]).
//! `$QMP_MIN_QEMU` sets another oldest release, or `none` for bindings
//! exactly as the schema says; with `$QMP_SCHEMA` the default is `none`.

use std::path::PathBuf;
use std::process::ExitCode;

/// The oldest QEMU the shipped bindings work with: Debian 12's.
const DEFAULT_MIN_QEMU: &str = "7.2";

fn main() -> ExitCode {
    println!("cargo:rerun-if-env-changed=QMP_SCHEMA");
    println!("cargo:rerun-if-env-changed=QMP_MIN_QEMU");
    let min_qemu = match std::env::var("QMP_MIN_QEMU") {
        Ok(v) if v == "none" || v.is_empty() => None,
        Ok(v) => Some(v),
        Err(_) if std::env::var_os("QMP_SCHEMA").is_some() => None,
        Err(_) => Some(DEFAULT_MIN_QEMU.to_owned()),
    };
    let schema = match std::env::var_os("QMP_SCHEMA") {
        Some(p) => PathBuf::from(p),
        None => {
            let dir =
                std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
            dir.join("schema").join("qmp-commands.hx")
        }
    };
    let mut config = qmp_codegen::Config::new();
    config.min_qemu(min_qemu.as_deref());
    let result = if schema.exists() {
        config.schema(&schema).generate()
    } else {
        // Without a schema the crate still builds, with empty bindings.
        println!("cargo:rerun-if-changed={}", schema.display());
        println!(
            "cargo:warning={}: no such schema; generating empty bindings",
            schema.display()
        );
        config.generate_from(&qmp_schema::Schema::new(qmp_schema::SourceFormat::Hx))
    };
    match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            for line in e.to_string().lines() {
                eprintln!("{line}");
                println!("cargo:warning={line}");
            }
            ExitCode::FAILURE
        }
    }
}
