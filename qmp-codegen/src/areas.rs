//! Areas: the parts of a schema that can be generated on their own.
//!
//! The area of a command, event or type is the stem of the file it is
//! defined in (`qapi/block-core.json` and `schema/qmp/block-core.hx` are
//! both `block-core`), so QEMU's QAPI modules and the shipped schema's
//! files give the same areas. An area *needs* another when one of its
//! items refers to a type defined there; generating an area generates the
//! areas it needs, transitively ([`closure`]).
//!
//! The shipped bindings have one cargo feature per area;
//! [`cargo_features`] renders that table from the schema, and a test keeps
//! `Cargo.toml` equal to it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use qmp_schema::{Args, Location, Returns, Schema, TypeKind, TypeRef};

/// Area -> the other areas it needs (directly).
pub type Graph = BTreeMap<String, BTreeSet<String>>;

/// The area of an item defined at `loc`: its file's stem; `None` for items
/// that come from no file (builtins).
pub fn area_of(loc: &Location) -> Option<&str> {
    let stem = loc.file.file_stem()?.to_str()?;
    (!stem.is_empty() && !stem.starts_with('<')).then_some(stem)
}

/// Every area with at least one item, sorted.
pub fn areas(schema: &Schema) -> BTreeSet<&str> {
    let locs = schema
        .types
        .iter()
        .map(|t| &t.loc)
        .chain(schema.commands.iter().map(|c| &c.loc))
        .chain(schema.events.iter().map(|e| &e.loc));
    locs.filter_map(area_of).collect()
}

/// Which areas each area needs.
pub fn graph(schema: &Schema) -> Graph {
    let mut type_area: HashMap<&str, &str> = HashMap::new();
    for t in &schema.types {
        if let Some(a) = area_of(&t.loc) {
            type_area.entry(t.name.as_str()).or_insert(a);
        }
    }
    let mut g: Graph = areas(schema)
        .into_iter()
        .map(|a| (a.to_owned(), BTreeSet::new()))
        .collect();
    let mut need = |from: &Location, ty: &str| {
        if let (Some(a), Some(b)) = (area_of(from), type_area.get(ty)) {
            if a != *b {
                g.entry(a.to_owned()).or_default().insert((*b).to_owned());
            }
        }
    };
    for t in &schema.types {
        for name in type_refs(t) {
            need(&t.loc, name);
        }
    }
    for c in &schema.commands {
        for name in args_refs(&c.args) {
            need(&c.loc, name);
        }
        if let Returns::Type(r) = &c.returns {
            need(&c.loc, named(r));
        }
    }
    for e in &schema.events {
        for name in args_refs(&e.data) {
            need(&e.loc, name);
        }
    }
    g
}

/// The named type at the bottom of `t` (`[[Foo]]` -> `Foo`); a builtin has
/// no name (and is in no area).
fn named(t: &TypeRef) -> &str {
    match t {
        TypeRef::Builtin(_) => "",
        TypeRef::Named(n) => n,
        TypeRef::Array(inner) => named(inner),
    }
}

fn args_refs(args: &Args) -> Vec<&str> {
    match args {
        Args::Members(ms) => ms.iter().map(|m| named(&m.ty)).collect(),
        Args::Named { ty, .. } => vec![ty.as_str()],
    }
}

fn type_refs(t: &qmp_schema::TypeDef) -> Vec<&str> {
    match &t.kind {
        TypeKind::Struct(s) => s
            .base
            .iter()
            .map(String::as_str)
            .chain(s.members.iter().map(|m| named(&m.ty)))
            .collect(),
        TypeKind::Union(u) => u
            .base
            .iter()
            .map(String::as_str)
            .chain(u.members.iter().map(|m| named(&m.ty)))
            .chain(u.variants.iter().map(|v| named(&v.ty)))
            .collect(),
        TypeKind::Alternate(a) => a.variants.iter().map(|v| named(&v.ty)).collect(),
        TypeKind::Enum(_) => Vec::new(),
    }
}

/// `wanted` and every area they need, transitively.
pub fn closure(graph: &Graph, wanted: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack: Vec<&str> = wanted.iter().map(String::as_str).collect();
    while let Some(a) = stack.pop() {
        if out.insert(a.to_owned()) {
            if let Some(deps) = graph.get(a) {
                stack.extend(deps.iter().map(String::as_str));
            }
        }
    }
    out
}

/// The name of the cargo feature that turns on every area.
pub const ALL_FEATURE: &str = "full";

/// The `[features]` of a package that ships bindings for `schema`, one
/// feature per area turning on the areas it needs, `full` for all of them
/// and `default = ["full"]`, as `(feature, what it turns on)` sorted by
/// feature.
pub fn cargo_features(schema: &Schema) -> BTreeMap<String, Vec<String>> {
    let g = graph(schema);
    let mut out: BTreeMap<String, Vec<String>> = g
        .iter()
        .map(|(a, deps)| (a.clone(), deps.iter().cloned().collect()))
        .collect();
    out.insert(ALL_FEATURE.to_owned(), g.keys().cloned().collect());
    out.insert("default".to_owned(), vec![ALL_FEATURE.to_owned()]);
    out
}

/// [`cargo_features`] as the text of a `[features]` table.
pub fn cargo_features_toml(schema: &Schema) -> String {
    let mut out = String::from("[features]\n");
    for (feature, on) in cargo_features(schema) {
        let list: Vec<String> = on.iter().map(|f| format!("{f:?}")).collect();
        out.push_str(&format!("{feature} = [{}]\n", list.join(", ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closure_follows_needs() {
        let mut g = Graph::new();
        g.insert("a".into(), ["b".to_owned()].into());
        g.insert("b".into(), ["c".to_owned()].into());
        g.insert("c".into(), BTreeSet::new());
        g.insert("d".into(), BTreeSet::new());
        let got = closure(&g, &["a".to_owned()].into());
        assert_eq!(got, ["a", "b", "c"].iter().map(|s| s.to_string()).collect());
    }

    #[test]
    fn area_is_the_file_stem() {
        let f = std::sync::Arc::new(std::path::PathBuf::from("qapi/block-core.json"));
        assert_eq!(area_of(&Location::new(&f, 1, 1)), Some("block-core"));
        assert_eq!(area_of(&Location::builtin()), None);
    }
}
