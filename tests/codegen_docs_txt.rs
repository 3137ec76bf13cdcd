//! `docs/qmp-commands.txt` and `docs/qga-commands.txt` in the repository are
//! exactly what the build generates from the shipped schemas. Run with
//! `QMP_BLESS=1` to update the repository copies after changing a schema.

use std::path::Path;

/// Compares `docs/NAME` with `generated` (or writes it, under `QMP_BLESS=1`).
fn matches_repository_copy(name: &str, generated: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join(name);
    if std::env::var_os("QMP_BLESS").is_some_and(|v| v == "1") {
        qmp_codegen::config::write_if_changed(&path, generated).unwrap();
        return;
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with QMP_BLESS=1 to create it)",
            path.display()
        )
    });
    if on_disk != generated {
        let line = on_disk
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| on_disk.lines().count().min(generated.lines().count()));
        panic!(
            "{}:{}: differs from the generated {name} (run with QMP_BLESS=1 to update)",
            path.display(),
            line + 1
        );
    }
}

#[test]
fn repository_copy_matches_generated_docs() {
    let generated = qmp_bindings::QMP_COMMANDS_TXT;
    matches_repository_copy("qmp-commands.txt", generated);
    assert!(generated.contains("query-status"));
}

/// The same for the guest agent: `docs/qga-commands.txt` is the
/// `qga-commands.txt` generated from `schema/qga/qga-commands.hx`.
#[test]
fn guest_agent_copy_matches_generated_docs() {
    let generated = qmp_bindings::qga::QGA_COMMANDS_TXT;
    matches_repository_copy("qga-commands.txt", generated);
    assert!(generated.contains("guest-sync-delimited"));
}
