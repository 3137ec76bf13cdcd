//! Parse + check + generate Rust for QEMU 10.0.2's full QAPI schema
//! (`qapi/qapi-schema.json` and its includes), the generation step alone,
//! and the same for the system emulator's `query-qmp-schema` capture.
// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};

fn load_and_generate(path: &Path) -> String {
    let schema = qmp_schema::load(path, None).expect("the schema loads");
    qmp_codegen::rust::generate(&schema).expect("the bindings generate")
}

fn bench(c: &mut Criterion) {
    let Some(corpus) = qmp_test_support::corpus("qapi_gen") else {
        return;
    };
    let qapi = corpus.join("qapi/qemu-10.0.2/qapi/qapi-schema.json");
    let intro = corpus.join("introspect/qemu-system-x86_64-10.0.2.json");
    let model = qmp_schema::load(&qapi, None).expect("the schema loads");

    let mut g = c.benchmark_group("qemu-10.0.2");
    // Each iteration takes a good fraction of a second.
    g.sample_size(10);
    g.bench_function("qapi parse+check+rust", |b| {
        b.iter(|| load_and_generate(black_box(&qapi)))
    });
    g.bench_function("rust from model (qapi)", |b| {
        b.iter(|| qmp_codegen::rust::generate(black_box(&model)).expect("generates"))
    });
    g.bench_function("introspect parse+check+rust (system-x86_64)", |b| {
        b.iter(|| load_and_generate(black_box(&intro)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
