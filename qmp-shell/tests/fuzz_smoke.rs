//! The fuzz targets of `fuzz/` on stable, within the normal test run: each
//! target's harness over its seeds (derived from the shared corpus at run
//! time) and a few hundred deterministic mutations of the small ones. A
//! finding panics with the input saved to a file, to replay with
//! `cargo +nightly fuzz run TARGET FILE` (see `scripts/fuzz`).

#[path = "../../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod harness;

use std::path::Path;

/// Mutations per target.
const MUTATIONS: usize = 400;

fn smoke(target: &str) {
    let Some(corpus) = qmp_test_support::corpus(&format!("fuzz_smoke_{target}")) else {
        return;
    };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let seeds = harness::seeds(target, &corpus, &repo);
    assert!(seeds.len() >= 3, "{target}: only {} seeds", seeds.len());
    // The generator is slow on whole schemas in a debug build: small seeds.
    let whole_limit = if target == "generate" {
        64 << 10
    } else {
        1 << 20
    };
    let small: Vec<&Vec<u8>> = seeds.iter().filter(|s| s.len() <= 16 << 10).collect();
    assert!(!small.is_empty(), "{target}: no small seed");
    let run = |input: &[u8]| {
        let caught = std::panic::catch_unwind(|| harness::run(target, input));
        if let Err(p) = caught {
            let file = std::env::temp_dir().join(format!("qmp-fuzz-finding-{target}"));
            std::fs::write(&file, input).expect("save the input");
            let what = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!(
                "{target}: finding on {} ({} bytes): {what}",
                file.display(),
                input.len()
            );
        }
    };
    for s in seeds.iter().filter(|s| s.len() <= whole_limit) {
        run(s);
    }
    let mut rng = harness::Rng(0x9e37_79b9_7f4a_7c15 ^ target.len() as u64);
    for _ in 0..MUTATIONS {
        let seed = small[rng.below(small.len())];
        run(&harness::mutate(seed, &mut rng));
    }
}

#[test]
fn hx() {
    smoke("hx");
}

#[test]
fn qapi() {
    smoke("qapi");
}

#[test]
fn introspect() {
    smoke("introspect");
}

#[test]
fn wire() {
    smoke("wire");
}

#[test]
fn shell_args() {
    smoke("shell_args");
}

#[test]
fn generate() {
    smoke("generate");
}
