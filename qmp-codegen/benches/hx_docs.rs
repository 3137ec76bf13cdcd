//! Parse + `qmp-commands.txt` rendering of the largest historic hx file of
//! the corpus (QEMU 2.4, 4275 lines).
// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};

fn corpus() -> Option<PathBuf> {
    let dir = match std::env::var_os("QMP_CORPUS") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"),
    };
    dir.is_dir().then_some(dir)
}

fn bench(c: &mut Criterion) {
    let Some(corpus) = corpus() else {
        eprintln!("corpus not found: benchmark skipped");
        return;
    };
    let path = corpus.join("hx/qemu-2.4/qmp-commands.hx");
    let text = std::fs::read_to_string(&path).expect("read");
    c.bench_function("hx parse + docs qemu-2.4", |b| {
        b.iter(|| {
            let schema = qmp_schema::hx::parse(&path, std::hint::black_box(&text)).expect("parses");
            qmp_codegen::docs::render(&schema)
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
