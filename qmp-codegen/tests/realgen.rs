//! End-to-end check of the generator on real inputs: the bindings made from
//! QEMU 10.0.2's three QAPI schemas, from both `query-qmp-schema` captures
//! and from a schema in QEMU 5.x's language are compiled in one scratch crate (every warning and missing doc
//! denied) whose program decodes the captured `query-version`,
//! `query-commands` and `query-qmp-schema` replies with the bindings of the
//! matching binary and serialises typed commands (see `tests/realgen/`);
//! then `cargo doc` of that crate must be free of rustdoc warnings.
//!
//! The scratch crate lives in `$CARGO_TARGET_TMPDIR/realgen-scratch` with its
//! own target directory there, so a rerun rebuilds only what changed; it uses
//! the workspace's `Cargo.lock` and builds `--offline`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Module name in the scratch crate -> input, relative to the corpus.
const INPUTS: &[(&str, &str)] = &[
    ("qapi_full", "qapi/qemu-10.0.2/qapi/qapi-schema.json"),
    (
        "qsd",
        "qapi/qemu-10.0.2/storage-daemon/qapi/qapi-schema.json",
    ),
    ("qga", "qapi/qemu-10.0.2/qga/qapi-schema.json"),
    ("intro_qsd", "introspect/qemu-storage-daemon-10.0.2.json"),
    ("intro_vm", "introspect/qemu-system-x86_64-10.0.2.json"),
];

/// Module name -> input of this repository (relative to the workspace):
/// schemas written for the tests, in older QEMU releases' language.
const OWN_INPUTS: &[(&str, &str)] = &[("legacy", "qmp-schema/tests/data/legacy-5x.json")];

/// Lines the scratch program must print, one per passed check.
const EXPECTED: &[&str] = &[
    "ok qapi_full query-version 10.0.2",
    "ok intro_vm query-version 10.0.2",
    "ok qsd query-version 10.0.2",
    "ok intro_qsd query-version 10.0.2",
    // The sizes of the captured replies.
    "ok qapi_full query-commands 233",
    "ok intro_vm query-commands 233",
    "ok qsd query-commands 76",
    "ok intro_qsd query-commands 76",
    "ok qapi_full query-qmp-schema 1172",
    "ok intro_vm query-qmp-schema 1172",
    "ok qsd query-qmp-schema 513",
    "ok intro_qsd query-qmp-schema 513",
    "ok qapi_full commands",
    "ok intro_vm commands",
    "ok qsd commands",
    "ok intro_qsd commands",
    "ok qapi_full vm commands and events",
    "ok intro_vm vm commands and events",
    "ok qga guest agent commands",
    "ok qapi_full unknown event",
    "ok intro_vm unknown event",
    "ok qsd unknown event",
    "ok intro_qsd unknown event",
    "ok qga unknown event",
    "ok legacy simple union and conditions",
    "ok legacy unknown event",
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("qmp-codegen is inside the workspace")
        .to_path_buf()
}

fn write(path: &Path, text: &str) {
    qmp_codegen::config::write_if_changed(path, text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// Generates every module and writes the scratch crate; returns its directory.
fn scratch_crate(corpus: &Path) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("realgen-scratch");
    let ws = workspace();
    let inputs = INPUTS
        .iter()
        .map(|(m, i)| (m, corpus.join(i)))
        .chain(OWN_INPUTS.iter().map(|(m, i)| (m, ws.join(i))));
    for (module, input) in inputs {
        let out = qmp_codegen::Config::new()
            .schema(&input)
            .out_dir(dir.join("gen"))
            .bindings_file_name(format!("{module}.rs"))
            .docs_file_name(Some(format!("{module}.txt")))
            .cargo_directives(false)
            .generate()
            .unwrap_or_else(|e| panic!("{}:\n{e}", input.display()));
        let docs = std::fs::read_to_string(out.docs.expect("docs asked for")).unwrap();
        assert!(
            docs.contains("\nquery-commands\n--------------\n")
                || docs.contains("\nguest-info\n----------\n")
                || docs.contains("\nquery-answer\n------------\n"),
            "{module}: qmp-commands.txt lacks the classic heading"
        );
    }
    let manifest = format!(
        r#"# Written by qmp-codegen's realgen test.
[package]
name = "qmp-realgen-scratch"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
qmp-types = {{ path = {qmp_types:?} }}
serde = {{ version = "1", features = ["derive"] }}
serde_json = {{ version = "1", features = ["preserve_order"] }}

[profile.dev]
debug = 0

[workspace]
"#,
        qmp_types = ws.join("qmp-types").to_string_lossy(),
    );
    write(&dir.join("Cargo.toml"), &manifest);
    // Cargo prunes the copied lock file to what the scratch crate uses, and
    // rustdoc reruns whenever it changes: copy it only when the workspace's
    // changed since the last copy.
    let lock = std::fs::read_to_string(ws.join("Cargo.lock")).expect("workspace Cargo.lock");
    let copied = dir.join("Cargo.lock");
    let saved = dir.join("workspace-Cargo.lock");
    let lock_changed = qmp_codegen::config::write_if_changed(&saved, &lock)
        .unwrap_or_else(|e| panic!("{}: {e}", saved.display()));
    if lock_changed || !copied.is_file() {
        std::fs::write(&copied, &lock).unwrap_or_else(|e| panic!("{}: {e}", copied.display()));
    }
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/realgen");
    // Not named `main.rs` here: cargo would take the folder for a test.
    for (fixture, file) in [("scratch_lib.rs", "lib.rs"), ("scratch_main.rs", "main.rs")] {
        let text = std::fs::read_to_string(fixtures.join(fixture)).unwrap();
        write(&dir.join("src").join(file), &text);
    }
    dir
}

/// Runs cargo in the scratch crate; panics with its whole output on failure.
fn cargo(dir: &Path, args: &[&str]) -> String {
    cargo_with(dir, args, &[])
}

/// [`cargo`] with extra environment variables.
fn cargo_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let (cmd, rest) = args.split_first().expect("a cargo subcommand");
    let out = Command::new(cargo)
        .arg(cmd)
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .args(rest)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .envs(env.iter().copied())
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "cargo {args:?} in {} failed ({}):\n--- stderr\n{}\n--- stdout\n{stdout}",
        dir.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr),
    );
    stdout
}

#[test]
fn real_schemas_compile_and_decode_captured_replies() {
    let Some(corpus) = qmp_test_support::corpus("real_schemas_compile_and_decode_captured_replies")
    else {
        return;
    };
    let dir = scratch_crate(&corpus);
    let corpus_arg = corpus.to_string_lossy().into_owned();
    let stdout = cargo(&dir, &["run", "--offline", "--quiet", "--", &corpus_arg]);
    let lines: Vec<&str> = stdout.lines().collect();
    for want in EXPECTED {
        assert!(lines.contains(want), "missing {want:?} in:\n{stdout}");
    }
    // Every module checked every command without required arguments.
    for (module, _) in INPUTS.iter().chain(OWN_INPUTS) {
        let prefix = format!("ok {module} no-argument commands ");
        assert!(
            lines.iter().any(|l| l.starts_with(&prefix)),
            "missing {prefix:?} in:\n{stdout}"
        );
    }
    // The rustdoc made from the schema's doc comments is warning-free too
    // (broken links, bare URLs, unclosed HTML tags, ...).
    cargo_with(
        &dir,
        &["doc", "--offline", "--quiet", "--no-deps", "--lib"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    );
    // Items are documented in their area's module (QEMU's `control.json`).
    let html = dir.join("target/doc/qmp_realgen_scratch/qapi_full/control/struct.VersionInfo.html");
    assert!(html.is_file(), "{} not written", html.display());
}

/// Runs `qmp-codegen generate` and returns its standard output.
fn cli_generate(schema: &Path, out_dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_qmp-codegen"))
        .arg("generate")
        .arg(schema)
        .arg("--out-dir")
        .arg(out_dir)
        .output()
        .expect("qmp-codegen runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn generate_subcommand_writes_both_files_only_when_changed() {
    let Some(corpus) =
        qmp_test_support::corpus("generate_subcommand_writes_both_files_only_when_changed")
    else {
        return;
    };
    let schema = corpus.join("qapi/qemu-10.0.2/qga/qapi-schema.json");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    let bindings = dir.join("qmp_bindings.rs");
    let docs = dir.join("qmp-commands.txt");
    assert_eq!(
        cli_generate(&schema, &dir),
        format!("wrote {}\nwrote {}\n", bindings.display(), docs.display())
    );
    let model = qmp_schema::load(&schema, None).unwrap_or_else(|e| panic!("{e}"));
    let code = qmp_codegen::rust::generate(&model).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(std::fs::read_to_string(&bindings).unwrap(), code);
    assert_eq!(
        std::fs::read_to_string(&docs).unwrap(),
        qmp_codegen::docs::render(&model)
    );
    assert_eq!(
        cli_generate(&schema, &dir),
        format!(
            "unchanged {}\nunchanged {}\n",
            bindings.display(),
            docs.display()
        )
    );
    std::fs::write(&docs, "stale").unwrap();
    assert_eq!(
        cli_generate(&schema, &dir),
        format!(
            "unchanged {}\nwrote {}\n",
            bindings.display(),
            docs.display()
        )
    );
}
