//! The bodies of the fuzz targets, as plain functions: libFuzzer runs them
//! on nightly (`fuzz_targets/`, `scripts/fuzz`), and a stable test runs
//! them over the seeds and deterministic mutations of them
//! (`qmp-shell/tests/fuzz_smoke.rs`). Each one panics on a finding: a
//! reader or decoder that panics, an error without a usable location, or a
//! schema that a reader accepts and whose generated Rust does not parse.

use std::path::Path;

#[path = "seeds.rs"]
mod seeds;

pub use seeds::{mutate, seeds, Rng};

/// Every target, by name.
pub const TARGETS: [&str; 6] = ["hx", "qapi", "introspect", "wire", "shell_args", "generate"];

/// Runs the target `name` on `data`.
pub fn run(name: &str, data: &[u8]) {
    match name {
        "hx" => hx(data),
        "qapi" => qapi(data),
        "introspect" => introspect(data),
        "wire" => wire(data),
        "shell_args" => shell_args(data),
        "generate" => generate(data),
        _ => panic!("no fuzz target {name}"),
    }
}

/// The text of `data` as the schema loader reads it: UTF-8, or else one
/// Latin-1 character per byte.
fn text(data: &[u8]) -> String {
    match std::str::from_utf8(data) {
        Ok(t) => t.to_owned(),
        Err(_) => data.iter().copied().map(char::from).collect(),
    }
}

/// Every diagnostic must name a line of the input (or none, 0, for errors
/// about the whole input) and never a column past its line.
fn check_located(errors: &qmp_schema::Errors, text: &str) {
    let lines: Vec<&str> = text.split('\n').collect();
    for d in &errors.0 {
        assert!(!d.message.is_empty(), "an error without a message");
        let line = d.loc.line as usize;
        assert!(
            line <= lines.len(),
            "{d}: line past the end ({})",
            lines.len()
        );
        if line > 0 && d.loc.col > 0 {
            let width = lines[line - 1].chars().count() + 1;
            assert!(
                d.loc.col as usize <= width + 1,
                "{d}: column past the line ({width})"
            );
        }
    }
}

/// The hx reader: any bytes, as `qmp_schema::load` would read them.
pub fn hx(data: &[u8]) {
    let text = text(data);
    match qmp_schema::hx::parse(Path::new("fuzz.hx"), &text) {
        Ok(schema) => {
            // The classic docs render any accepted schema.
            let _ = qmp_codegen::docs::render_bytes(&schema);
        }
        Err(e) => check_located(&e, &text),
    }
}

/// A file of this process's scratch directory holding `data`, for the
/// readers that take a path (QAPI, whose includes are relative to it).
fn scratch(name: &str, data: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("qmp-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch directory");
    let path = dir.join(name);
    std::fs::write(&path, data).expect("scratch file");
    path
}

/// The QAPI reader on one file.
pub fn qapi(data: &[u8]) {
    let path = scratch("fuzz.json", data);
    let schema = qmp_schema::qapi::parse_file(&path);
    let _ = qmp_schema::qapi::dump_qemu(&path);
    if let Err(e) = schema {
        // QEMU reads schema files in Python's text mode, where `\r\n` and a
        // lone `\r` end a line too; the reader counts lines the same way.
        let text = text(data).replace("\r\n", "\n").replace('\r', "\n");
        // Errors in this file (not in a file it includes) name its lines.
        let own = qmp_schema::Errors(
            e.0.into_iter()
                .filter(|d| d.loc.file.as_path() == path)
                .collect(),
        );
        check_located(&own, &text);
    }
}

/// The introspection reader.
pub fn introspect(data: &[u8]) {
    let text = text(data);
    if let Err(e) = qmp_schema::introspect::parse(Path::new("fuzz.json"), &text) {
        check_located(&e, &text);
    }
}

/// Wire decoding: each line of `data` as a greeting, a reply and an event
/// (`qmp-types`), and replies and events through the shipped bindings.
pub fn wire(data: &[u8]) {
    use qmp_types::{EventData, EventEnvelope, Greeting, Response};
    for line in data.split(|&b| b == b'\n') {
        let _ = serde_json::from_slice::<Greeting>(line);
        let _ = serde_json::from_slice::<Response>(line);
        if let Ok(ev) = serde_json::from_slice::<EventEnvelope>(line) {
            let _ = qmp_bindings::api::Event::from_parts(&ev.event, ev.data);
        }
        if let Ok(Response {
            result: qmp_types::ResponseResult::Return(ret),
            ..
        }) = serde_json::from_slice::<Response>(line)
        {
            // The first byte picks the command whose reply it is taken for.
            let commands = qmp_bindings::api::COMMANDS;
            let c = &commands[usize::from(line.first().copied().unwrap_or(0)) % commands.len()];
            let _ = qmp_bindings::api::decode_return(c.name, ret);
        }
    }
}

/// The shell's argument syntax: each line through one line parser (so a
/// `transaction(` spans lines), every request checked against the shell's
/// built-in schema.
pub fn shell_args(data: &[u8]) {
    static SCHEMA: std::sync::OnceLock<qmp_schema::Schema> = std::sync::OnceLock::new();
    let schema = SCHEMA.get_or_init(|| qmp_shell::schema::builtin().0);
    let text = String::from_utf8_lossy(data);
    let mut parser = qmp_shell::args::LineParser::new();
    for line in text.split('\n') {
        let _ = qmp_shell::args::tokenize(line);
        let _ = qmp_shell::args::parse_value(line);
        if let Ok(qmp_shell::args::Parsed::Send(mut req)) = parser.parse_line(line) {
            let _ = qmp_shell::check::check_request(schema, &mut req);
            let _ = req.to_json();
        }
    }
}

/// The generator: whatever a reader accepts (format recognised from the
/// text, as the CLI does) generates Rust that parses, and its docs.
pub fn generate(data: &[u8]) {
    let text = text(data);
    let schema = match qmp_schema::detect_format(&text) {
        qmp_schema::Format::Hx => qmp_schema::hx::parse(Path::new("fuzz.hx"), &text),
        qmp_schema::Format::Introspect => {
            qmp_schema::introspect::parse(Path::new("fuzz.json"), &text)
        }
        qmp_schema::Format::Qapi => qmp_schema::qapi::parse_file(&scratch("gen.json", data)),
    };
    let Ok(schema) = schema else {
        return;
    };
    let _ = qmp_codegen::docs::render_bytes(&schema);
    match qmp_codegen::rust::generate(&schema) {
        Ok(code) => {
            if let Err(e) = syn::parse_file(&code) {
                panic!("generated Rust does not parse: {e}\n{code}");
            }
        }
        // The generator may find what the readers let through; it must say
        // where, like they do.
        Err(qmp_codegen::rust::Error::Schema(e)) => check_located(&e, &text),
        Err(e) => panic!("the generator failed on an accepted schema: {e}"),
    }
}
