//! Copies the shipped schema (`../schema/qmp-commands.hx`) into OUT_DIR so
//! that the binary embeds it; an empty schema (with a warning) when the file
//! is missing, so the shell still builds and runs without schema help.

use std::path::PathBuf;

fn main() {
    let src = PathBuf::from("../schema/qmp-commands.hx");
    println!("cargo:rerun-if-changed={}", src.display());
    println!("cargo:rerun-if-changed=build.rs");
    let text = match std::fs::read_to_string(&src) {
        Ok(t) => t,
        Err(e) => {
            println!(
                "cargo:warning=qmp-shell: {} not readable ({e}); embedding an empty schema",
                src.display()
            );
            String::new()
        }
    };
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("qmp-commands.hx");
    if let Err(e) = std::fs::write(&out, text) {
        panic!("cannot write {}: {e}", out.display());
    }
}
