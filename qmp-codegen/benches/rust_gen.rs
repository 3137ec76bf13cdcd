//! Generation time of the Rust bindings: the shipped schema (skipped when it
//! is absent), the newest historic corpus file, and the small test schema.
//! Each measures `rust::generate` on an already loaded model (tokens,
//! syn parse and prettyplease formatting). `rust_gen/format_only/*` parses
//! and prints the finished output once more, without building any tokens:
//! the least any generator that formats with prettyplease can take.
// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};

fn bench_file(c: &mut Criterion, id: &str, path: &Path) {
    if !path.is_file() {
        eprintln!("{}: not found, benchmark {id} skipped", path.display());
        return;
    }
    let schema = match qmp_schema::load(path, None) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}\nbenchmark {id} skipped");
            return;
        }
    };
    c.bench_function(id, |b| {
        b.iter(|| qmp_codegen::rust::generate(std::hint::black_box(&schema)).map(|s| s.len()))
    });
    let code = match qmp_codegen::rust::generate(&schema) {
        Ok(code) => code,
        Err(e) => panic!("{id}: {e}"),
    };
    let id = id.replacen("rust_gen/", "rust_gen/format_only/", 1);
    c.bench_function(&id, |b| {
        b.iter(|| {
            let file = syn::parse_file(std::hint::black_box(&code)).expect("the output parses");
            prettyplease::unparse(&file).len()
        })
    });
}

fn rust_gen(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    bench_file(
        c,
        "rust_gen/shipped",
        &root.join("../schema/qmp-commands.hx"),
    );
    if let Some(corpus) = qmp_test_support::corpus_part("rust_gen/qemu-2.4", "hx/qemu-2.4") {
        bench_file(
            c,
            "rust_gen/qemu-2.4",
            &corpus.join("hx/qemu-2.4/qmp-commands.hx"),
        );
    }
    if let Some(corpus) =
        qmp_test_support::corpus_part("rust_gen/qapi-10.0.2", "qapi/qemu-10.0.2/qapi")
    {
        bench_file(
            c,
            "rust_gen/qapi-10.0.2",
            &corpus.join("qapi/qemu-10.0.2/qapi/qapi-schema.json"),
        );
    }
    bench_file(
        c,
        "rust_gen/constructs",
        &root.join("tests/data/constructs.hx"),
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = rust_gen
}
criterion_main!(benches);
