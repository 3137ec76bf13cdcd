//! The `build.rs` builder API: outputs written once, rewritten only on change,
//! and schema errors reported as `file:line:col`.

use std::path::Path;

fn data(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

#[test]
fn writes_bindings_and_docs_only_when_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = qmp_codegen::Config::new();
    config
        .schema(data("constructs.hx"))
        .out_dir(dir.path())
        .cargo_directives(false);
    let first = config.generate().unwrap();
    assert!(first.changed);
    assert_eq!(first.bindings, dir.path().join("qmp_bindings.rs"));
    assert_eq!(
        first.docs.as_deref(),
        Some(dir.path().join("qmp-commands.txt").as_path())
    );
    let code = std::fs::read_to_string(&first.bindings).unwrap();
    assert!(code.starts_with("// @generated"));
    let txt = std::fs::read_to_string(first.docs.as_ref().unwrap()).unwrap();
    assert!(txt.contains("query-status"));
    assert_eq!(first.inputs.len(), 1);

    let mtime = std::fs::metadata(&first.bindings)
        .unwrap()
        .modified()
        .unwrap();
    let second = config.generate().unwrap();
    assert!(!second.changed);
    assert_eq!(
        std::fs::metadata(&second.bindings)
            .unwrap()
            .modified()
            .unwrap(),
        mtime
    );
}

#[test]
fn schema_errors_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.hx");
    std::fs::write(
        &bad,
        "    {\n        .name = \"x\",\n        .args_type = \"a:Nope\",\n        .returns = \"Nope\",\n    },\n",
    )
    .unwrap();
    let err = qmp_codegen::Config::new()
        .schema(&bad)
        .out_dir(dir.path())
        .cargo_directives(false)
        .generate()
        .unwrap_err()
        .to_string();
    let prefix = format!("{}:3:", bad.display());
    assert!(
        err.lines()
            .any(|l| l.starts_with(&prefix) && l.contains("unknown type 'Nope'")),
        "{err}"
    );
    assert!(!dir.path().join("qmp_bindings.rs").exists());
}

/// However a build script hands the error back (`?` from `main` prints its
/// Debug form, `unwrap()` too), every schema error is a line of its own
/// reading `file:line:col: message`.
#[test]
fn schema_errors_print_as_located_lines_in_display_and_debug() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.hx");
    std::fs::write(
        &bad,
        "{ .name = \"a\", .returns = \"Nope\" },\n{ .struct = \"S\", .members = \"x:int,y\" },\n",
    )
    .unwrap();
    let err = qmp_codegen::Config::new()
        .schema(&bad)
        .out_dir(dir.path())
        .cargo_directives(false)
        .generate()
        .unwrap_err();
    let p = bad.display();
    let want = [
        format!("{p}:1:28: unknown type 'Nope' in the return type of 'a'"),
        format!("{p}:2:37: in '.members': expected ':' after member name 'y', found end of member"),
    ];
    let display = err.to_string();
    assert_eq!(display.lines().collect::<Vec<_>>(), want, "{display}");
    let debug = format!("{err:?}");
    let mut lines = debug.lines();
    assert_eq!(
        lines.next(),
        Some("qmp-codegen: 2 schema errors:"),
        "{debug}"
    );
    assert_eq!(lines.collect::<Vec<_>>(), want, "{debug}");
    // What `fn main() -> Result<(), Box<dyn Error>>` prints on `Err`.
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert_eq!(
        format!("Error: {boxed:?}")
            .lines()
            .skip(1)
            .collect::<Vec<_>>(),
        want
    );
    // The structure stays reachable.
    assert!(format!("{boxed:#?}").starts_with("Schema("));
}

#[test]
fn missing_schema_is_an_error() {
    let err = qmp_codegen::Config::new()
        .cargo_directives(false)
        .out_dir(".")
        .generate()
        .unwrap_err();
    assert!(err.to_string().contains("no schema"));
}

#[test]
fn command_line_writes_the_same_bindings() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("b.rs");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_qmp-codegen"))
        .arg("rust")
        .arg(data("constructs.hx"))
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let schema = qmp_schema::load(&data("constructs.hx"), None).unwrap();
    let expected = qmp_codegen::rust::generate(&schema).unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), expected);

    let bad = dir.path().join("bad.hx");
    std::fs::write(
        &bad,
        "    {\n        .name = \"x\",\n        .returns = \"Nope\",\n    },\n",
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_qmp-codegen"))
        .arg("rust")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!("{}:", bad.display())),
        "{stderr}"
    );
}

/// A config for the shipped schema, writing the bindings alone into `dir`.
fn shipped_config(dir: &Path) -> qmp_codegen::Config {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/qmp-commands.hx");
    let mut config = qmp_codegen::Config::new();
    config
        .schema(&shipped)
        .out_dir(dir)
        .docs_file_name(None)
        .cargo_directives(false);
    config
}

/// Generates with `config` and reads the bindings back.
fn bindings(config: &mut qmp_codegen::Config) -> String {
    std::fs::read_to_string(config.generate().unwrap().bindings).unwrap()
}

/// `min_qemu`: the shipped schema (QEMU 10.0) made for 7.2 and later.
/// `MachineInfo.acpi` (QEMU 8.0) becomes optional with a note saying why,
/// `StatusInfo.singlestep` (gone in 9.0) is kept, commands carry their
/// availability; a release outside the data is refused.
#[test]
fn min_qemu_makes_bindings_for_a_range() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = shipped_config(dir.path());
    let exact = bindings(&mut config);
    config.min_qemu(Some("7.2"));
    let ranged = bindings(&mut config);
    let acpi = |code: &str| -> String {
        let at = code.find("pub struct MachineInfo ").expect("MachineInfo");
        let rest = &code[at..];
        let field = rest.find("pub acpi:").expect("acpi");
        rest[field..].lines().next().unwrap().to_owned()
    };
    assert_eq!(acpi(&exact), "pub acpi: bool,");
    assert_eq!(acpi(&ranged), "pub acpi: ::std::option::Option<bool>,");
    assert!(ranged.contains(
        "/// Availability: QEMU \\>= 8.0 (not in 7.2). Optional in these bindings, which also cover QEMU 7.2."
    ));
    assert!(!exact.contains("singlestep"));
    assert!(ranged.contains("pub singlestep: ::std::option::Option<bool>,"));
    let flat: String = ranged.split_whitespace().collect();
    assert!(flat.contains(
        "newest:::std::option::Option::Some(::qmp_types::QemuRelease::new(10u16,0u16),)"
    ));
    assert!(!exact.contains("const AVAILABILITY"));

    config.min_qemu(Some("2.0"));
    let e = config.generate().unwrap_err();
    assert_eq!(
        e.to_string(),
        "qmp-codegen: min_qemu 2.0: the availability data starts at QEMU 2.12"
    );
    config.min_qemu(Some("seven"));
    let e = config.generate().unwrap_err();
    assert_eq!(
        e.to_string(),
        "qmp-codegen: 'seven' is not a QEMU release (expected MAJOR.MINOR, e.g. 7.2)"
    );
}

/// `Config::areas` generates only the areas asked for (and those their
/// types come from); with none at all the bindings still have the lookup
/// functions, written without a `match` of only a wildcard (which clippy
/// flags in the bindings crate built without features).
#[test]
fn areas_choose_what_is_generated() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = shipped_config(dir.path());
    let run_state = bindings(config.areas(["run-state"]));
    assert!(run_state.contains("pub struct QueryStatus;"));
    assert!(!run_state.contains("pub struct BlockdevAdd"));
    assert!(run_state.contains("\"query-status\" => {"));

    let none = bindings(config.areas(Vec::<String>::new()));
    assert!(!none.contains("pub struct QueryStatus"));
    let flat: String = none.split_whitespace().collect();
    assert!(flat.contains("pubconstCOMMANDS:&[::qmp_types::CommandInfo]=&[];"));
    for function in ["roundtrip_arguments", "decode_return"] {
        let at = none.find(&format!("pub fn {function}(")).expect(function);
        let body = &none[at..];
        let body = &body[..body.find("\n}\n").expect("end of the function")];
        assert!(!body.contains("match name"), "{body}");
        assert!(body.contains("::std::option::Option::None"), "{body}");
    }
}
