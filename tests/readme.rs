//! The README's build-time bindings example, compiled and run as a user
//! would: its `build.rs` and `src/lib.rs` snippets (taken from README.md, so
//! the two cannot drift apart) go into a scratch crate that depends on
//! `qmp-codegen` and `qmp-types` by path. With a valid schema the crate
//! builds; with a broken one the build fails and cargo shows every schema
//! error as a `file:line:col: message` line of its own.
//!
//! The scratch crate lives in `$CARGO_TARGET_TMPDIR/readme-scratch` with its
//! own target directory, uses the workspace's `Cargo.lock` and builds
//! `--offline`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The fenced Rust block of README.md whose first line is `first`.
fn snippet(readme: &str, first: &str) -> String {
    let mut lines = readme.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "```rust" {
            let block: Vec<&str> = lines.by_ref().take_while(|l| l.trim() != "```").collect();
            if block.first().map(|l| l.trim()) == Some(first) {
                return block.join("\n") + "\n";
            }
        }
    }
    panic!("README.md has no ```rust block starting with {first:?}");
}

/// The path given to `.schema("...")` in the build script.
fn schema_path(build_rs: &str) -> String {
    let start = build_rs
        .find(".schema(\"")
        .expect("the build script names its schema")
        + ".schema(\"".len();
    let len = build_rs[start..].find('"').expect("closing quote");
    build_rs[start..start + len].to_owned()
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("create dir");
    // Unchanged files keep their time stamps, so reruns rebuild little.
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

/// Writes the scratch crate; returns its directory and the schema's path
/// as the build script names it.
fn scratch_crate() -> (PathBuf, String) {
    let readme = std::fs::read_to_string(workspace().join("README.md")).expect("README.md");
    let build_rs = snippet(&readme, "// build.rs");
    let lib_rs = snippet(&readme, "// src/lib.rs");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("readme-scratch");
    let manifest = format!(
        r#"# Written by qmp-bindings's readme test.
[package]
name = "qmp-readme-scratch"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
qmp-types = {{ path = {types:?} }}

[build-dependencies]
qmp-codegen = {{ path = {codegen:?} }}

[profile.dev]
debug = 0

[workspace]
"#,
        types = workspace().join("qmp-types").to_string_lossy(),
        codegen = workspace().join("qmp-codegen").to_string_lossy(),
    );
    write(&dir.join("Cargo.toml"), &manifest);
    let lock = std::fs::read_to_string(workspace().join("Cargo.lock")).expect("Cargo.lock");
    write(&dir.join("Cargo.lock"), &lock);
    write(&dir.join("build.rs"), &build_rs);
    write(&dir.join("src/lib.rs"), &lib_rs);
    (dir, schema_path(&build_rs))
}

fn cargo_build(dir: &Path) -> Output {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    Command::new(cargo)
        .args(["build", "--offline", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("QMP_SCHEMA")
        .output()
        .expect("cargo runs")
}

/// A schema of our own in the typed hx dialect.
const GOOD: &str = r#"SQMP
query-answer
------------

Returns the answer.
EQMP

{
    .name    = "query-answer",
    .returns = "Answer",
},
{
    .struct  = "Answer",
    .members = "value:int",
},
"#;

/// Two errors: an unknown return type and a member without a type.
const BAD: &str = "{ .name = \"a\", .returns = \"Nope\" },\n\
                   { .struct = \"S\", .members = \"x:int,y\" },\n";

#[test]
fn readme_build_script_builds_and_reports_located_errors() {
    let (dir, schema) = scratch_crate();
    let schema_file = dir.join(&schema);

    write(&schema_file, GOOD);
    let out = cargo_build(&dir);
    assert!(
        out.status.success(),
        "the README's build script failed on a valid schema:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let generated = std::fs::read_dir(dir.join("target/debug/build"))
        .expect("build dir")
        .flatten()
        .map(|e| e.path().join("out/qmp_bindings.rs"))
        .find(|p| p.is_file())
        .expect("qmp_bindings.rs in OUT_DIR");
    let code = std::fs::read_to_string(generated).expect("read bindings");
    assert!(code.contains("pub struct QueryAnswer"), "{code}");

    write(&schema_file, BAD);
    let out = cargo_build(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "a broken schema built:\n{stderr}");
    // Cargo indents what the build script printed.
    let lines: Vec<&str> = stderr.lines().map(str::trim).collect();
    for want in [
        format!("{schema}:1:28: unknown type 'Nope' in the return type of 'a'"),
        format!(
            "{schema}:2:37: in '.members': expected ':' after member name 'y', found end of member"
        ),
    ] {
        assert!(
            lines.contains(&want.as_str()),
            "no line {want:?} in cargo's output:\n{stderr}"
        );
    }
    assert!(
        !stderr.contains("Diagnostic {"),
        "the error printed as a structure:\n{stderr}"
    );
}
