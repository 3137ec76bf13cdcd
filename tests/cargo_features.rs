//! The cargo features of this package are the areas of the shipped schema:
//! one feature per schema file, turning on the areas its types come from,
//! `full` for all and `default = ["full"]`, exactly as
//! `qmp-codegen features schema/qmp-commands.hx` prints them.

use std::collections::BTreeMap;
use std::path::Path;

#[test]
fn features_match_the_schema_areas() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema = qmp_schema::load(&root.join("schema/qmp-commands.hx"), None)
        .unwrap_or_else(|e| panic!("{e}"));
    let expected = qmp_codegen::areas::cargo_features(&schema);

    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let manifest: toml::Table = manifest.parse().unwrap();
    let actual: BTreeMap<String, Vec<String>> = manifest["features"]
        .as_table()
        .expect("a [features] table")
        .iter()
        .map(|(k, v)| {
            let list = v.as_array().expect("a list of features");
            let list = list
                .iter()
                .map(|f| f.as_str().unwrap().to_owned())
                .collect();
            (k.clone(), list)
        })
        .collect();
    assert!(
        actual == expected,
        "Cargo.toml's [features] are not the areas of the shipped schema; replace them with:\n\n{}",
        qmp_codegen::areas::cargo_features_toml(&schema)
    );
}

/// Every area needs only areas with a feature, and the features have no
/// cycle (cargo rejects one).
#[test]
fn area_features_form_no_cycle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema = qmp_schema::load(&root.join("schema/qmp-commands.hx"), None)
        .unwrap_or_else(|e| panic!("{e}"));
    let graph = qmp_codegen::areas::graph(&schema);
    for (area, deps) in &graph {
        let reach = qmp_codegen::areas::closure(&graph, deps);
        assert!(
            !reach.contains(area),
            "area {area} needs itself through {deps:?}"
        );
    }
}
