//! Runs QEMU's own QAPI parser test suite (`qapi-tests/` in the corpus):
//! every accepted case must dump byte for byte like its `.out`, every
//! rejected case must fail with a first error naming the file and line of
//! its `.err` (the full text is compared too and reported). Cases listed in
//! `tests/qapi-divergences.txt` must still diverge, so the list stays true.

use std::collections::BTreeMap;
use std::path::Path;

/// `file:line` of the located line of an error text (the first line that
/// is neither an include note nor an `In struct 'X':` context line).
fn location(err: &str) -> Option<(String, u32)> {
    for line in err.lines() {
        if line.starts_with("In file included from ") || line.contains(": In ") {
            continue;
        }
        let mut parts = line.splitn(3, ':');
        let file = parts.next()?;
        let lineno = parts.next()?.trim().parse().ok()?;
        return Some((file.to_string(), lineno));
    }
    None
}

#[derive(Debug, PartialEq)]
enum Outcome {
    /// Output (or error text) identical to QEMU's.
    Exact,
    /// Rejected at the same file and line, with a different message.
    SameLine(String),
    /// Anything else.
    Diverges(String),
}

fn run_case(dir: &Path, name: &str) -> Outcome {
    let read =
        |ext: &str| std::fs::read_to_string(dir.join(format!("{name}.{ext}"))).unwrap_or_default();
    let expected_out = read("out");
    // One .err in QEMU's tree was recorded from the top of the source tree.
    let expected_err = read("err").replace("tests/qapi-schema/", "");
    let path = dir.join(format!("{name}.json"));
    let prefix = format!("{}/", dir.display());
    match qmp_schema::qapi::dump_qemu(&path) {
        Ok(out) => {
            if !expected_err.is_empty() {
                return Diverges(format!("accepted, QEMU rejects:\n{expected_err}"));
            }
            if out == expected_out {
                Exact
            } else {
                Diverges(format!("dump differs:\n{out}"))
            }
        }
        Err(e) => {
            let text = format!("{}\n", e.text).replace(&prefix, "");
            if expected_err.is_empty() {
                return Diverges(format!("rejected, QEMU accepts:\n{text}"));
            }
            if text == expected_err {
                return Exact;
            }
            let ours_file = e.diag.loc.file.display().to_string().replace(&prefix, "");
            let ours = (ours_file, e.diag.loc.line);
            match location(&expected_err) {
                Some(exp) if exp == ours => SameLine(text),
                None if location(&text).is_none() => SameLine(text),
                exp => Diverges(format!("error at {ours:?}, QEMU at {exp:?}:\n{text}")),
            }
        }
    }
}

use Outcome::*;

fn divergence_list() -> BTreeMap<String, String> {
    let list = include_str!("qapi-divergences.txt");
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(char::is_whitespace) {
            Some((name, why)) => (name.to_string(), why.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

#[test]
fn qemu_qapi_suite() {
    let Some(corpus) = qmp_test_support::corpus("qemu_qapi_suite") else {
        return;
    };
    let dir = corpus.join("qapi-tests");
    let mut cases: Vec<String> = std::fs::read_dir(&dir)
        .expect("qapi-tests is readable")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".err").map(str::to_string)
        })
        .collect();
    cases.sort();
    assert!(
        cases.len() > 200,
        "expected the whole suite, found {}",
        cases.len()
    );
    let listed = divergence_list();
    let (mut exact, mut same_line, mut diverging) = (0, Vec::new(), Vec::new());
    let mut failures = Vec::new();
    for name in &cases {
        let outcome = run_case(&dir, name);
        let is_listed = listed.contains_key(name);
        match (&outcome, is_listed) {
            (Diverges(why), false) => failures.push(format!("{name}: {why}")),
            (Diverges(_), true) => diverging.push(name.clone()),
            (_, true) => failures.push(format!(
                "{name}: listed in qapi-divergences.txt but now matches; remove it"
            )),
            (Exact, false) => exact += 1,
            (SameLine(text), false) => same_line.push(format!("{name}: {}", text.trim_end())),
        }
    }
    for name in listed.keys() {
        if !cases.contains(name) {
            failures.push(format!(
                "{name}: listed in qapi-divergences.txt but not in the suite"
            ));
        }
    }
    println!(
        "QEMU QAPI suite: {} cases, {exact} exact, {} same file:line with other text, {} listed divergences",
        cases.len(),
        same_line.len(),
        diverging.len()
    );
    for s in &same_line {
        println!("  same line, other text: {s}");
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
