//! Writes the seed inputs of every fuzz target, derived from the shared
//! corpus at run time (nothing of it is committed): `seeds CORPUS OUT`
//! fills `OUT/<target>/` with one file per seed.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, corpus, out] = args.as_slice() else {
        eprintln!("usage: seeds CORPUS_DIR OUT_DIR");
        std::process::exit(2);
    };
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for target in qmp_fuzz::TARGETS {
        let dir = std::path::Path::new(out).join(target);
        std::fs::create_dir_all(&dir).expect("create the seed directory");
        let seeds = qmp_fuzz::seeds(target, corpus.as_ref(), &repo);
        for (i, seed) in seeds.iter().enumerate() {
            std::fs::write(dir.join(format!("seed-{i:05}")), seed).expect("write a seed");
        }
        println!("{target}: {} seeds", seeds.len());
    }
}
