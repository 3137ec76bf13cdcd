//! Hostile input for the three readers, made from real files: nesting far
//! past [`qmp_schema::limits::MAX_NESTING`], long chains of array types,
//! includes of devices and named pipes, misspelt QAPI keys. Each gets a
//! located error, never a crash, a hang or a read without end.

use qmp_schema::limits::MAX_NESTING;
use std::path::{Path, PathBuf};

/// Runs `f` on a thread with half the stack of a spawned thread (1 MiB of
/// 2), so that recursion that input controls shows up as a crash here.
const STACK: usize = 1024 * 1024;

fn small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("the reader crashed")
}

fn nested(depth: usize, inner: &str) -> String {
    format!("{}{inner}{}", "[".repeat(depth), "]".repeat(depth))
}

/// The historic QEMU 2.4 hx file with the `args_type` of its first entry
/// that has arguments replaced by `spec`; returns the text and the line.
fn hx_with_args(spec: &str) -> Option<(String, u32)> {
    let (_, text) = qmp_test_support::corpus_text("hx_deep", "hx/qemu-2.4/qmp-commands.hx")?;
    let marker = ".args_type  = \"force:-f,device:B\"";
    let at = text.find(marker).expect("the eject entry");
    let line = text[..at].lines().count() as u32;
    let out = text.replacen(marker, &format!(".args_type  = \"{spec}\""), 1);
    Some((out, line))
}

fn hx_errors(text: String) -> Vec<String> {
    small_stack(
        move || match qmp_schema::hx::parse(Path::new("qmp-commands.hx"), &text) {
            Ok(_) => Vec::new(),
            Err(e) => e.0.iter().map(ToString::to_string).collect(),
        },
    )
}

#[test]
fn hx_array_type_nested_70000_deep_is_a_located_error() {
    let Some((text, line)) = hx_with_args(&format!("deep:{}", nested(70_000, "int"))) else {
        return;
    };
    let errs = hx_errors(text);
    assert_eq!(
        errs,
        [format!(
            "qmp-commands.hx:{line}:{}: in '.args_type': array type nested deeper than {MAX_NESTING} levels",
            29 + MAX_NESTING
        )]
    );
}

#[test]
fn hx_nesting_limit_is_exact() {
    let Some((ok, _)) = hx_with_args(&format!("deep:{}", nested(MAX_NESTING, "int"))) else {
        return;
    };
    assert_eq!(hx_errors(ok), Vec::<String>::new());
    let (bad, _) = hx_with_args(&format!("deep:{}", nested(MAX_NESTING + 1, "int"))).unwrap();
    assert_eq!(hx_errors(bad).len(), 1);
}

/// A copy of the shipped schema folder (`schema/`, includes and all) in a
/// temporary directory, with the first `from` in any of its files replaced
/// by `to`; returns the directory, the main file, the edited file and the
/// line of the edit.
pub fn shipped_schema_with(from: &str, to: &str) -> (tempfile::TempDir, PathBuf, PathBuf, u32) {
    fn copy(src: &Path, dst: &Path) {
        std::fs::create_dir_all(dst).unwrap();
        for f in qmp_test_support::sorted_entries(src) {
            let to = dst.join(f.file_name().unwrap());
            if f.is_dir() {
                copy(&f, &to);
            } else {
                std::fs::copy(&f, &to).unwrap();
            }
        }
    }
    fn find(dir: &Path, from: &str) -> Option<PathBuf> {
        qmp_test_support::sorted_entries(dir)
            .into_iter()
            .find_map(|f| {
                if f.is_dir() {
                    find(&f, from)
                } else {
                    let text = std::fs::read_to_string(&f).ok()?;
                    text.contains(from).then_some(f)
                }
            })
    }
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema");
    copy(&src, dir.path());
    let file = find(dir.path(), from).expect("the text to replace");
    let line = edit(&file, from, to);
    let main = dir.path().join("qmp-commands.hx");
    (dir, main, file, line)
}

#[test]
fn hx_returns_nested_70000_deep_is_a_located_error() {
    let (_dir, main, file, line) = shipped_schema_with(
        ".returns            = \"VersionInfo\"",
        &format!(".returns = \"{}\"", nested(70_000, "VersionInfo")),
    );
    let errs = small_stack(move || match qmp_schema::load(&main, None) {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(ToString::to_string).collect(),
    });
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with(&format!("{}:{line}:", file.display())),
        "{errs:?}"
    );
    assert!(errs[0].ends_with(&format!(
        "array type nested deeper than {MAX_NESTING} levels"
    )));
}

/// The qemu-system-x86_64 capture with `extra` SchemaInfo objects added to
/// its `query-qmp-schema` array.
fn capture_with(extra: &str) -> Option<String> {
    let (_, text) = qmp_test_support::corpus_text(
        "introspect_chain",
        "introspect/qemu-system-x86_64-10.0.2.json",
    )?;
    let key = "\"query-qmp-schema\": [";
    let at = text.find(key).expect("the schema array") + key.len();
    Some(format!("{}{extra},{}", &text[..at], &text[at..]))
}

/// `count` array types `c0` .. `c{count-1}`, each the array of the next, the
/// last an array of `int`, and a command returning `c0`.
fn chain(count: usize) -> String {
    let mut s = String::from(
        r#"{"name": "x-deep", "meta-type": "command", "arg-type": "0", "ret-type": "c0", "allow-oob": false}"#,
    );
    for i in 0..count {
        let el = if i + 1 == count {
            "int".to_string()
        } else {
            format!("c{}", i + 1)
        };
        s.push_str(&format!(
            ",\n{{\"name\": \"c{i}\", \"meta-type\": \"array\", \"element-type\": \"{el}\"}}"
        ));
    }
    s
}

fn introspect_errors(text: String) -> Vec<String> {
    small_stack(
        move || match qmp_schema::introspect::parse(Path::new("capture.json"), &text) {
            Ok(_) => Vec::new(),
            Err(e) => e.0.iter().map(|d| d.message.clone()).collect(),
        },
    )
}

#[test]
fn introspect_chain_of_100000_arrays_is_refused_in_linear_time() {
    // Quadratic before: 10,000 took 2 s, 100,000 minutes.
    let Some(text) = capture_with(&chain(100_000)) else {
        return;
    };
    assert_eq!(
        introspect_errors(text),
        [format!(
            "array type 'c0' nests deeper than {MAX_NESTING} levels"
        )]
    );
}

#[test]
fn introspect_chain_limit_is_the_same_as_hx() {
    let Some(ok) = capture_with(&chain(MAX_NESTING)) else {
        return;
    };
    assert_eq!(introspect_errors(ok), Vec::<String>::new());
    let bad = capture_with(&chain(MAX_NESTING + 1)).unwrap();
    assert_eq!(introspect_errors(bad).len(), 1);
}

#[test]
fn introspect_json_nesting_limit_is_the_same() {
    let Some(ok) = capture_with(&format!(
        r#"{{"name": "x", "meta-type": "builtin", "json-type": "int", "junk": {}}}"#,
        nested(MAX_NESTING - 3, "1")
    )) else {
        return;
    };
    assert_eq!(introspect_errors(ok), Vec::<String>::new());
    let bad = capture_with(&format!(
        r#"{{"name": "x", "meta-type": "builtin", "json-type": "int", "junk": {}}}"#,
        nested(100_000, "1")
    ))
    .unwrap();
    let errs = introspect_errors(bad);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains(&format!("nested deeper than {MAX_NESTING} levels")),
        "{errs:?}"
    );
}

/// A copy of QEMU 10.0.2's QAPI schema folder in a temporary directory.
fn qapi_copy(test: &str) -> Option<(tempfile::TempDir, PathBuf)> {
    let corpus = qmp_test_support::corpus(test)?;
    let dir = tempfile::tempdir().expect("tempdir");
    let src = corpus.join("qapi/qemu-10.0.2/qapi");
    let dst = dir.path().join("qapi");
    std::fs::create_dir(&dst).unwrap();
    for f in qmp_test_support::sorted_entries(&src) {
        std::fs::copy(&f, dst.join(f.file_name().unwrap())).unwrap();
    }
    Some((dir, dst))
}

/// Replaces the first `from` in `file` with `to`; returns its line.
fn edit(file: &Path, from: &str, to: &str) -> u32 {
    let text = std::fs::read_to_string(file).unwrap();
    let at = text.find(from).expect("text to replace");
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
    text[..at].matches('\n').count() as u32 + 1
}

fn qapi_error(main: &Path) -> String {
    let main = main.to_path_buf();
    small_stack(move || match qmp_schema::qapi::parse_file(&main) {
        Ok(_) => panic!("accepted"),
        Err(e) => {
            assert_eq!(e.0.len(), 1, "{e:?}");
            e.0[0].to_string()
        }
    })
}

#[test]
fn qapi_include_of_a_device_is_a_located_error() {
    let Some((_dir, qapi)) = qapi_copy("qapi_include_device") else {
        return;
    };
    let line = edit(
        &qapi.join("qapi-schema.json"),
        "{ 'include': 'pragma.json' }",
        "{ 'include': 'pragma.json' }\n{ 'include': '/dev/zero' }",
    ) + 1;
    let err = qapi_error(&qapi.join("qapi-schema.json"));
    assert!(
        err.ends_with(&format!(
            "qapi-schema.json:{line}: can't read include file '/dev/zero': not a regular file (a character device); a schema must be a regular file"
        )),
        "{err}"
    );
}

#[test]
fn qapi_include_of_a_named_pipe_is_refused_without_waiting() {
    let Some((dir, qapi)) = qapi_copy("qapi_include_fifo") else {
        return;
    };
    let fifo = dir.path().join("pipe.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.expect("mkfifo runs").success());
    let line = edit(
        &qapi.join("qapi-schema.json"),
        "{ 'include': 'pragma.json' }",
        "{ 'include': 'pragma.json' }\n{ 'include': '../pipe.json' }",
    ) + 1;
    let err = qapi_error(&qapi.join("qapi-schema.json"));
    assert!(
        err.ends_with(&format!(
            "qapi-schema.json:{line}: can't read include file '{}': not a regular file (a named pipe); a schema must be a regular file",
            qapi.join("../pipe.json").display()
        )),
        "{err}"
    );
    // The main file too, through every format.
    let e = qmp_schema::load(&fifo, None).unwrap_err();
    assert!(e.to_string().contains("(a named pipe)"), "{e}");
}

#[test]
fn qapi_misspelt_key_is_named_before_the_doc_check() {
    let Some((_dir, qapi)) = qapi_copy("qapi_misspelt_key") else {
        return;
    };
    let line = edit(
        &qapi.join("control.json"),
        "{ 'command': 'query-version', 'returns': 'VersionInfo',",
        "{ 'command': 'query-version', 'return': 'VersionInfo',",
    );
    let err = qapi_error(&qapi.join("qapi-schema.json"));
    assert!(
        err.ends_with(&format!(
            "control.json:{line}: in command 'query-version': command has unknown key 'return' (did you mean 'returns'?); Valid keys are 'allow-oob', 'allow-preconfig', 'boxed', 'command', 'coroutine', 'data', 'features', 'gen', 'if', 'returns', 'success-response'."
        )),
        "{err}"
    );
}

#[test]
fn qapi_misspelt_required_key_is_named() {
    let Some((_dir, qapi)) = qapi_copy("qapi_misspelt_required") else {
        return;
    };
    let line = edit(
        &qapi.join("control.json"),
        "{ 'struct': 'VersionTriple',\n  'data': {",
        "{ 'struct': 'VersionTriple',\n  'date': {",
    );
    let err = qapi_error(&qapi.join("qapi-schema.json"));
    assert!(
        err.ends_with(&format!(
            "control.json:{line}: in struct 'VersionTriple': struct has unknown key 'date' (did you mean 'data'?); Valid keys are 'base', 'data', 'features', 'if', 'struct'."
        )),
        "{err}"
    );
}

#[test]
fn qapi_nesting_limit_is_the_same() {
    let Some((_dir, qapi)) = qapi_copy("qapi_deep") else {
        return;
    };
    let line = edit(
        &qapi.join("control.json"),
        "{ 'command': 'query-version',",
        &format!(
            "{{ 'command': 'x-deep', 'data': {{ 'a': {} }} }}\n{{ 'command': 'query-version',",
            nested(100_000, "'int'")
        ),
    );
    let err = qapi_error(&qapi.join("qapi-schema.json"));
    assert!(
        err.contains(&format!(
            "control.json:{line}:{}: nesting deeper than {MAX_NESTING} levels",
            39 + MAX_NESTING - 2
        )),
        "{err}"
    );
}
