//! Parse + check time of QEMU 10.0.2's full QAPI schema (43 files): into
//! the shared model, and into QEMU's test-suite dump.

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let Some(corpus) = qmp_test_support::corpus("qapi") else {
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
