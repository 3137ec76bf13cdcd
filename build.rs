//! Generates the typed bindings and `qmp-commands.txt` for the shipped
//! schemas into `OUT_DIR`, where `src/lib.rs` includes them:
//!
//! - QMP: `schema/qmp-commands.hx`, or the file named by `$QMP_SCHEMA`,
//!   into `qmp_bindings.rs` and `qmp-commands.txt`: only the areas whose
//!   cargo feature is on (and the areas their types come from), everything
//!   with the default feature `full`. The shipped schema describes QEMU
//!   10.0; its bindings are made to work with QEMU 7.2 and later
//!   ([`qmp_codegen::Config::min_qemu`]). `$QMP_MIN_QEMU` sets another
//!   oldest release, or `none` for bindings exactly as the schema says;
//!   with `$QMP_SCHEMA` the default is `none`.
//! - the guest agent: `schema/qga/qga-commands.hx`, or the file named by
//!   `$QGA_SCHEMA`, into `qga_bindings.rs` and `qga-commands.txt`.

use std::path::PathBuf;
use std::process::ExitCode;

/// The oldest QEMU the shipped QMP bindings work with: Debian 12's.
const DEFAULT_MIN_QEMU: &str = "7.2";

/// One schema to generate: where it is and what the outputs are called.
struct Target {
    env: &'static str,
    default: &'static [&'static str],
    bindings: &'static str,
    docs: &'static str,
    /// The schema itself, flattened into one typed hx file (for qmp-shell).
    schema_hx: &'static str,
    /// Whether this is QMP: areas selected by cargo features, and a range
    /// of QEMU releases (the availability data covers QMP only).
    qmp: bool,
}

const TARGETS: [Target; 2] = [
    Target {
        env: "QMP_SCHEMA",
        default: &["schema", "qmp-commands.hx"],
        bindings: "qmp_bindings.rs",
        docs: "qmp-commands.txt",
        schema_hx: "qmp-schema.hx",
        qmp: true,
    },
    Target {
        env: "QGA_SCHEMA",
        default: &["schema", "qga", "qga-commands.hx"],
        bindings: "qga_bindings.rs",
        docs: "qga-commands.txt",
        schema_hx: "qga-schema.hx",
        qmp: false,
    },
];

fn main() -> ExitCode {
    let mut ok = true;
    for t in &TARGETS {
        ok &= generate(t);
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The oldest release the QMP bindings are made for.
fn min_qemu() -> Option<String> {
    println!("cargo:rerun-if-env-changed=QMP_MIN_QEMU");
    match std::env::var("QMP_MIN_QEMU") {
        Ok(v) if v == "none" || v.is_empty() => None,
        Ok(v) => Some(v),
        Err(_) if std::env::var_os("QMP_SCHEMA").is_some() => None,
        Err(_) => Some(DEFAULT_MIN_QEMU.to_owned()),
    }
}

fn generate(t: &Target) -> bool {
    println!("cargo:rerun-if-env-changed={}", t.env);
    let schema = match std::env::var_os(t.env) {
        Some(p) => PathBuf::from(p),
        None => {
            let dir =
                std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
            t.default.iter().fold(dir, |p, part| p.join(part))
        }
    };
    let mut config = qmp_codegen::Config::new();
    config.schema_file_name(Some(t.schema_hx.to_owned()));
    config.bindings_file_name(t.bindings);
    config.docs_file_name(Some(t.docs.to_owned()));
    if t.qmp {
        config.areas_from_cargo_features();
        config.min_qemu(min_qemu().as_deref());
    }
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
        Ok(_) => true,
        Err(e) => {
            for line in e.to_string().lines() {
                eprintln!("{line}");
                println!("cargo:warning={line}");
            }
            false
        }
    }
}
