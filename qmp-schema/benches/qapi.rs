//! Parse + check time of QEMU 10.0.2's full QAPI schema (43 files): into
//! the shared model, and into QEMU's test-suite dump.

// `criterion_group!` defines an undocumented public function.
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
    let path = corpus.join("qapi/qemu-10.0.2/qapi/qapi-schema.json");
    c.bench_function("qapi parse+check+model qemu-10.0.2", |b| {
        b.iter(|| qmp_schema::qapi::parse_file(std::hint::black_box(&path)).expect("parses"))
    });
    c.bench_function("qapi parse+check+dump qemu-10.0.2", |b| {
        b.iter(|| qmp_schema::qapi::dump_qemu(std::hint::black_box(&path)).expect("parses"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
