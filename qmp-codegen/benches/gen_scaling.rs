//! Time and peak memory of `rust::generate` on QEMU 10.0.2's QAPI schema
//! (from the corpus; the shipped schema without it) copied 1, 2, 4 and 8
//! times over (every command, event and type renamed per copy), to show
//! that both grow linearly with the schema.
//!
//! Each size runs in a child process of this benchmark, which reads its own
//! peak resident memory (`VmHWM`) afterwards, so the sizes do not see each
//! other's memory. Run with `cargo bench -p qmp-codegen --bench gen_scaling`.
// The harness is this file's own `main`.
#![allow(missing_docs)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use qmp_schema::{Args, Returns, Schema, TypeKind, TypeRef};

fn schema_path() -> PathBuf {
    if let Some(corpus) = qmp_test_support::corpus("gen_scaling") {
        let p = corpus.join("qapi/qemu-10.0.2/qapi/qapi-schema.json");
        if p.is_file() {
            return p;
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/qmp-commands.hx")
}

fn rename_ref(t: &mut TypeRef, suffix: &str) {
    match t {
        TypeRef::Named(n) => n.push_str(suffix),
        TypeRef::Array(inner) => rename_ref(inner, suffix),
        TypeRef::Builtin(_) => {}
    }
}

fn rename_args(a: &mut Args, suffix: &str) {
    match a {
        Args::Members(ms) => ms.iter_mut().for_each(|m| rename_ref(&mut m.ty, suffix)),
        Args::Named { ty, .. } => ty.push_str(suffix),
    }
}

/// `schema` with `copies - 1` renamed copies of every item added.
fn scaled(schema: &Schema, copies: usize) -> Schema {
    let mut out = schema.clone();
    for k in 2..=copies {
        let suffix = format!("Copy{k}");
        for t in &schema.types {
            let mut t = t.clone();
            t.name.push_str(&suffix);
            match &mut t.kind {
                TypeKind::Struct(s) => {
                    if let Some(b) = &mut s.base {
                        b.push_str(&suffix);
                    }
                    s.members
                        .iter_mut()
                        .for_each(|m| rename_ref(&mut m.ty, &suffix));
                }
                TypeKind::Union(u) => {
                    if let Some(b) = &mut u.base {
                        b.push_str(&suffix);
                    }
                    u.members
                        .iter_mut()
                        .for_each(|m| rename_ref(&mut m.ty, &suffix));
                    u.variants
                        .iter_mut()
                        .for_each(|v| rename_ref(&mut v.ty, &suffix));
                }
                TypeKind::Alternate(a) => a
                    .variants
                    .iter_mut()
                    .for_each(|v| rename_ref(&mut v.ty, &suffix)),
                TypeKind::Enum(_) => {}
            }
            out.types.push(t);
        }
        for c in &schema.commands {
            let mut c = c.clone();
            c.name.push_str(&format!("-copy{k}"));
            rename_args(&mut c.args, &suffix);
            if let Returns::Type(t) = &mut c.returns {
                rename_ref(t, &suffix);
            }
            out.commands.push(c);
        }
        for e in &schema.events {
            let mut e = e.clone();
            e.name.push_str(&format!("_COPY{k}"));
            rename_args(&mut e.data, &suffix);
            out.events.push(e);
        }
    }
    out
}

/// Peak resident memory of this process, in kB.
fn peak_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn child(copies: usize) {
    let schema = qmp_schema::load(&schema_path(), None).unwrap_or_else(|e| panic!("{e}"));
    let schema = scaled(&schema, copies);
    let start = Instant::now();
    let code = qmp_codegen::rust::generate(&schema).unwrap_or_else(|e| panic!("{e}"));
    let secs = start.elapsed().as_secs_f64();
    println!("{copies} {secs} {} {}", peak_kb(), code.len());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        child(args[i + 1].parse().expect("a number of copies"));
        return;
    }
    let exe = std::env::current_exe().expect("the benchmark's path");
    println!("schema: {}", schema_path().display());
    println!("copies | generate time | peak memory | output | time / 1x | memory / 1x");
    let mut base: Option<(f64, f64)> = None;
    for copies in [1, 2, 4, 8] {
        // The fastest of three runs.
        let mut best: Option<(f64, f64, usize)> = None;
        for _ in 0..3 {
            let out = Command::new(&exe)
                .args(["--child", &copies.to_string()])
                .output()
                .expect("the child runs");
            let text = String::from_utf8_lossy(&out.stdout);
            let f: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(f.len(), 4, "child output: {text}");
            let (t, m, len) = (
                f[1].parse().unwrap(),
                f[2].parse().unwrap(),
                f[3].parse().unwrap(),
            );
            if best.is_none_or(|(bt, _, _)| t < bt) {
                best = Some((t, m, len));
            }
        }
        let (t, m, len) = best.unwrap();
        let (bt, bm) = *base.get_or_insert((t, m));
        println!(
            "{copies}x | {t:.3} s | {:.1} MB | {:.1} MB | {:.2} | {:.2}",
            m / 1024.0,
            len as f64 / 1e6,
            t / bt,
            m / bm
        );
    }
}
