//! The `rust-version` of every published crate is exactly what its
//! dependencies ask for (the highest `rust-version` among the crates it
//! builds with, in the locked resolution), or a higher floor listed below
//! with its reason: never lower, so cargo's MSRV checks hold, and never
//! higher without a reason. What the crates' own code uses of the standard
//! library is checked by clippy's `incompatible_msrv` lint, which reads the
//! same field (see docs/publishing.md).

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

/// Floors above the dependencies' declared ones: crate, version, reason.
const FLOORS: &[(&str, &str, &str)] = &[(
    "qmp-shell",
    "1.95",
    "rustyline 19 uses `cfg_select!` (stable since 1.95) but declares no rust-version",
)];

/// `1.85` / `1.85.0` as a comparable triple.
fn version(v: &str) -> (u32, u32, u32) {
    let mut parts = v
        .split('.')
        .map(|p| p.parse::<u32>().expect("numeric version"));
    (
        parts.next().expect("major"),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

fn host() -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = Command::new(rustc)
        .arg("-vV")
        .output()
        .expect("run rustc -vV");
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .expect("a host line")
        .to_owned()
}

fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .args(["--filter-platform", &host()])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo metadata");
    assert!(
        out.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("metadata is JSON")
}

#[test]
fn rust_version_is_what_the_dependencies_need() {
    let meta = metadata();
    let packages: BTreeMap<&str, &Value> = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|p| (p["id"].as_str().expect("id"), p))
        .collect();
    let nodes: BTreeMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| (n["id"].as_str().expect("id"), n))
        .collect();
    let mut checked = Vec::new();
    for member in meta["workspace_members"].as_array().expect("members") {
        let member = member.as_str().expect("id");
        let pkg = packages[member];
        let name = pkg["name"].as_str().expect("name");
        if pkg["publish"].as_array().is_some_and(|r| r.is_empty()) {
            continue; // publish = false
        }
        let declared = pkg["rust_version"]
            .as_str()
            .unwrap_or_else(|| panic!("{name}: no rust-version"));
        // Everything it builds with: normal and build dependencies, transitively.
        let mut seen = BTreeSet::new();
        let mut stack = vec![member];
        while let Some(id) = stack.pop() {
            for dep in nodes[id]["deps"].as_array().expect("deps") {
                let kinds = dep["dep_kinds"].as_array().expect("dep_kinds");
                if kinds.iter().all(|k| k["kind"] == "dev") {
                    continue;
                }
                let dep_id = dep["pkg"].as_str().expect("pkg");
                if seen.insert(dep_id) {
                    stack.push(dep_id);
                }
            }
        }
        let (need, by) = seen
            .iter()
            .filter_map(|id| {
                let p = packages[id];
                let v = p["rust_version"].as_str()?;
                Some((
                    version(v),
                    format!("{} {} asks for {v}", p["name"], p["version"]),
                ))
            })
            .max()
            .unwrap_or(((1, 56, 0), "edition 2021".into()));
        let (need, why) = match FLOORS.iter().find(|f| f.0 == name) {
            Some((_, floor, reason)) if version(floor) > need => {
                (version(floor), reason.to_string())
            }
            _ => (need, by),
        };
        assert_eq!(
            version(declared),
            need,
            "{name}: rust-version is {declared}, but {why}"
        );
        checked.push(name.to_owned());
    }
    checked.sort();
    assert_eq!(
        checked,
        [
            "qmp-bindings",
            "qmp-client",
            "qmp-codegen",
            "qmp-schema",
            "qmp-shell",
            "qmp-types"
        ]
    );
}
