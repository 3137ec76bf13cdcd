//! Seed inputs, derived at run time from the shared corpus and the
//! repository's own schemas (nothing of the corpus is committed), and a
//! deterministic mutator for the stable smoke run.

use std::path::{Path, PathBuf};

/// Files under `dir` (recursively) whose name ends with `ext`, sorted.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn read(paths: &[PathBuf]) -> Vec<Vec<u8>> {
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

/// The `->` / `<-` example lines of the hx files' doc blocks: real QMP
/// requests, replies and events, without their arrows.
fn wire_examples(corpus: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for f in files(&corpus.join("hx"), ".hx") {
        let bytes = std::fs::read(&f).unwrap_or_default();
        for line in String::from_utf8_lossy(&bytes).lines() {
            let t = line.trim();
            for arrow in ["-> ", "<- "] {
                if let Some(json) = t.strip_prefix(arrow) {
                    if serde_json::from_str::<serde_json::Value>(json).is_ok() {
                        out.push(json.to_owned());
                    }
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The captures of the introspection corpus, parsed.
fn captures(corpus: &Path) -> Vec<serde_json::Value> {
    read(&files(&corpus.join("introspect"), ".json"))
        .iter()
        .filter_map(|b| serde_json::from_slice(b).ok())
        .collect()
}

/// The seeds of `target`: files of `corpus` (the shared corpus) and of
/// `repo` (this repository), or values derived from them.
pub fn seeds(target: &str, corpus: &Path, repo: &Path) -> Vec<Vec<u8>> {
    match target {
        "hx" => {
            let mut s = read(&files(&corpus.join("hx"), ".hx"));
            s.extend(read(&files(&corpus.join("hmp"), ".hx")));
            s.extend(read(&files(&repo.join("schema"), ".hx")));
            s.extend(read(&files(&repo.join("qmp-codegen/tests/data"), ".hx")));
            s
        }
        "qapi" => {
            let mut s = read(&files(&corpus.join("qapi-tests"), ".json"));
            s.extend(read(&files(&corpus.join("qapi"), ".json")));
            s
        }
        "introspect" => {
            let mut s = read(&files(&corpus.join("introspect"), ".json"));
            // The bare SchemaInfo arrays, and short prefixes of them.
            for c in captures(corpus) {
                if let Some(serde_json::Value::Array(items)) = c.get("query-qmp-schema") {
                    s.push(serde_json::to_vec(items).unwrap_or_default());
                    for n in [8, 64] {
                        let head: Vec<_> = items.iter().take(n).collect();
                        s.push(serde_json::to_vec(&head).unwrap_or_default());
                    }
                }
            }
            s
        }
        "wire" => {
            let mut lines = wire_examples(corpus);
            for c in captures(corpus) {
                if let Some(g) = c.get("greeting") {
                    lines.push(g.to_string());
                }
                for (i, key) in ["query-version", "query-commands"].iter().enumerate() {
                    if let Some(v) = c.get(*key) {
                        lines.push(serde_json::json!({"return": v, "id": i}).to_string());
                    }
                }
            }
            lines.into_iter().map(String::into_bytes).collect()
        }
        "shell_args" => shell_lines(corpus),
        "generate" => {
            let mut s = read(&files(&repo.join("qmp-codegen/tests/data"), ".hx"));
            // Small QAPI cases that QEMU accepts (an empty .err).
            for f in files(&corpus.join("qapi-tests"), ".json") {
                let err = f.with_extension("err");
                if std::fs::metadata(&err).is_ok_and(|m| m.len() == 0) {
                    s.extend(read(&[f]));
                }
            }
            s.extend(seeds("introspect", corpus, repo).into_iter().skip(2));
            s
        }
        _ => Vec::new(),
    }
}

/// `command key=value` lines made from the corpus' example requests.
fn shell_lines(corpus: &Path) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for json in wire_examples(corpus) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&json) else {
            continue;
        };
        let Some(name) = v.get("execute").and_then(|n| n.as_str()) else {
            continue;
        };
        let mut line = name.to_owned();
        if let Some(serde_json::Value::Object(args)) = v.get("arguments") {
            for (k, a) in args {
                line.push_str(&format!(" {k}={a}"));
            }
        }
        out.push(line.into_bytes());
    }
    out.push(b"transaction(\nblock-dirty-bitmap-add node=drive0 name=bitmap0\n)".to_vec());
    out
}

/// A small deterministic generator (xorshift64*).
pub struct Rng(pub u64);

impl Rng {
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Text that tends to matter to these readers.
const TOKENS: [&[u8]; 16] = [
    b"[",
    b"]",
    b"{",
    b"}",
    b"\"",
    b"'",
    b"\\",
    b"\r",
    b"\n",
    b",",
    b":",
    b"?",
    b"#if defined(X)\n",
    b"SQMP\n",
    b"EQMP\n",
    b"\xe9",
];

/// One mutation of `seed`: bytes flipped, cut, repeated, tokens inserted,
/// or a slice copied elsewhere.
pub fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..=rng.below(3) {
        let at = rng.below(v.len() + 1);
        match rng.below(6) {
            0 if !v.is_empty() => {
                let i = at.min(v.len() - 1);
                v[i] ^= 1 << rng.below(8);
            }
            1 => v.truncate(at),
            2 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                for _ in 0..=rng.below(4) {
                    v.splice(at..at, t.iter().copied());
                }
            }
            3 => {
                // Deep nesting: many opening brackets at once.
                let open = if rng.below(2) == 0 { b'[' } else { b'{' };
                let n = 1 + rng.below(200);
                v.splice(at..at, std::iter::repeat_n(open, n));
            }
            4 if !v.is_empty() => {
                let a = rng.below(v.len());
                let b = (a + 1 + rng.below(64)).min(v.len());
                let piece = v[a..b].to_vec();
                v.splice(at..at, piece);
            }
            _ => {
                let end = (at + 1 + rng.below(32)).min(v.len());
                v.drain(at..end);
            }
        }
    }
    v
}
