//! Generates the typed bindings and `qmp-commands.txt` for the shipped schema
//! (`schema/qmp-commands.hx`, or the file named by `$QMP_SCHEMA`) into
//! `OUT_DIR`, where `src/lib.rs` includes them: only the areas whose cargo
//! feature is on (and the areas their types come from), everything with
//! the default feature `full`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo:rerun-if-env-changed=QMP_SCHEMA");
    let schema = match std::env::var_os("QMP_SCHEMA") {
        Some(p) => PathBuf::from(p),
        None => {
            let dir =
                std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
            dir.join("schema").join("qmp-commands.hx")
        }
    };
    let mut config = qmp_codegen::Config::new();
    config.schema_file_name(Some("qmp-schema.hx".into()));
    config.areas_from_cargo_features();
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
