//! Writes the seed inputs of every fuzz target, derived from the shared
//! corpus at run time (nothing of it is committed), into
//! `$QMP_FUZZ_SEEDS_OUT/<target>/`, one file per seed, from the corpus at
//! `$QMP_CORPUS`; then exits. It is built as a libFuzzer binary like the
//! targets (so it links with their instrumentation) and does its work in
//! libFuzzer's init hook, before any fuzzing.
#![no_main]

fn write_seeds() {
    let (Some(corpus), Some(out)) = (
        std::env::var_os("QMP_CORPUS"),
        std::env::var_os("QMP_FUZZ_SEEDS_OUT"),
    ) else {
        eprintln!("seeds: set QMP_CORPUS and QMP_FUZZ_SEEDS_OUT");
        std::process::exit(2);
    };
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for target in qmp_fuzz::TARGETS {
        let dir = std::path::Path::new(&out).join(target);
        std::fs::create_dir_all(&dir).expect("create the seed directory");
        let seeds = qmp_fuzz::seeds(target, corpus.as_ref(), &repo);
        for (i, seed) in seeds.iter().enumerate() {
            std::fs::write(dir.join(format!("seed-{i:05}")), seed).expect("write a seed");
        }
        println!("{target}: {} seeds", seeds.len());
    }
    std::process::exit(0);
}

libfuzzer_sys::fuzz_target!(init: write_seeds(), |_data: &[u8]| {});
