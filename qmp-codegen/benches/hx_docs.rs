//! Parse + `qmp-commands.txt` rendering of the largest historic hx file of
//! the corpus (QEMU 2.4, 4275 lines).
// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let Some((path, text)) =
        qmp_test_support::corpus_text("hx_docs", "hx/qemu-2.4/qmp-commands.hx")
    else {
        return;
    };
    c.bench_function("hx parse + docs qemu-2.4", |b| {
        b.iter(|| {
            let schema = qmp_schema::hx::parse(&path, std::hint::black_box(&text)).expect("parses");
            qmp_codegen::docs::render(&schema)
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
