//! Builds a [`Table`] from the schemas of a chain of releases.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::table::Kind;
use super::{Release, Table};
use crate::{Args, Feature, Member, Schema, TypeDef, TypeKind, TypeRef};

/// The availability of every item of `chain` (oldest release first, at most
/// 32).
///
/// Named types are recorded under their names in the newest release that
/// has them. Where [`crate::diff`] finds a type of the next release at the
/// same place (reached the same way from the same commands) under a name
/// the older release lacks, the older type's facts count for that name
/// too: a renamed type keeps its history (`QCryptoHashAlgorithm` became
/// `QCryptoHashAlgo`), and so does a type that took over a place from one
/// that lives on (`VmdkExtentInfo` replaced `ImageInfo` as the element of
/// a VMDK image's extents).
pub fn compute(chain: &[(Release, &Schema)]) -> Table {
    let n = chain.len().min(32);
    let chain = &chain[..n];
    // succ[i]: name in release i -> names in release i + 1.
    let succ: Vec<HashMap<String, Vec<String>>> = chain
        .windows(2)
        .map(|w| successors(w[0].1, w[1].1))
        .collect();
    let mut table = Table {
        releases: chain.iter().map(|(r, _)| *r).collect(),
        entries: BTreeMap::new(),
    };
    for (i, (_, schema)) in chain.iter().enumerate() {
        let canon = |name: &str| -> Vec<String> {
            let mut names = vec![name.to_owned()];
            for map in &succ[i..] {
                let mut next = Vec::new();
                for n in names {
                    match map.get(&n) {
                        Some(ns) => next.extend(ns.iter().cloned()),
                        None => next.push(n),
                    }
                }
                next.sort();
                next.dedup();
                names = next;
            }
            names
        };
        let first = |name: &str| canon(name).into_iter().next().unwrap_or_default();
        for (key, item) in collect(schema, &canon, &first) {
            let e = table.entries.entry(key).or_default();
            e.span.insert(i);
            for f in item.features {
                e.features.entry(f).or_default().insert(i);
            }
            for (m, (ty, features)) in item.subs {
                let sub = e.subs.entry(m).or_default();
                sub.span.insert(i);
                sub.ty = ty;
                for f in features {
                    sub.features.entry(f).or_default().insert(i);
                }
            }
        }
    }
    // Only members the newest release lacks keep their type.
    let newest = n.saturating_sub(1);
    for e in table.entries.values_mut() {
        for sub in e.subs.values_mut() {
            if sub.span.has(newest) {
                sub.ty = None;
            }
        }
    }
    table
}

/// For each named type of `old`, the names it lives on as in `new`: its own
/// name if `new` has it, and every type `new` reaches at the same place
/// under a name `old` lacks. A type `new` lacks with no successor is not
/// listed.
fn successors(old: &Schema, new: &Schema) -> HashMap<String, Vec<String>> {
    let old_names: HashSet<&str> = old.types.iter().map(|t| t.name.as_str()).collect();
    let new_names: HashSet<&str> = new.types.iter().map(|t| t.name.as_str()).collect();
    let d = crate::diff::diff(old, new);
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for t in &old.types {
        if new_names.contains(t.name.as_str()) {
            out.entry(t.name.clone()).or_default().push(t.name.clone());
        }
    }
    for (a, b) in &d.matched_types {
        if a != b && !old_names.contains(b.as_str()) && new_names.contains(b.as_str()) {
            let v = out.entry(a.clone()).or_default();
            if !v.contains(b) {
                v.push(b.clone());
            }
        }
    }
    out
}

/// A member's type (schema spelling, canonical names) and features.
type SubFacts = (Option<String>, Vec<String>);

/// What one release has of one command, event or type.
#[derive(Default)]
struct ItemFacts {
    features: Vec<String>,
    subs: Vec<(String, SubFacts)>,
}

/// Every command, event and type of one release, with its members and
/// features; types under their canonical names.
fn collect(
    schema: &Schema,
    canon: &dyn Fn(&str) -> Vec<String>,
    first: &dyn Fn(&str) -> String,
) -> Vec<((Kind, String), ItemFacts)> {
    {
        let types: HashMap<&str, &TypeDef> = schema
            .types
            .iter()
            .rev()
            .map(|t| (t.name.as_str(), t))
            .collect();
        let member_facts = |ms: Vec<&Member>| -> Vec<(String, SubFacts)> {
            ms.into_iter()
                .map(|m| {
                    let ty = Some(spelling(&m.ty, first));
                    (m.name.clone(), (ty, names(&m.features)))
                })
                .collect()
        };
        let mut items = Vec::new();
        for c in &schema.commands {
            let facts = ItemFacts {
                features: names(&c.features),
                subs: member_facts(args_members(&c.args, &types)),
            };
            items.push(((Kind::Command, c.name.clone()), facts));
        }
        for e in &schema.events {
            let facts = ItemFacts {
                features: names(&e.features),
                subs: member_facts(args_members(&e.data, &types)),
            };
            items.push(((Kind::Event, e.name.clone()), facts));
        }
        for t in &schema.types {
            let subs = match &t.kind {
                TypeKind::Struct(_) | TypeKind::Union(_) => {
                    member_facts(object_members(&t.name, &types))
                }
                TypeKind::Enum(e) => e
                    .values
                    .iter()
                    .map(|v| (v.name.clone(), (None, names(&v.features))))
                    .collect(),
                TypeKind::Alternate(a) => a
                    .variants
                    .iter()
                    .map(|v| (v.name.clone(), (Some(spelling(&v.ty, first)), Vec::new())))
                    .collect(),
            };
            for name in canon(&t.name) {
                let facts = ItemFacts {
                    features: names(&t.features),
                    subs: subs.clone(),
                };
                items.push(((Kind::Type, name), facts));
            }
        }
        items
    }
}

fn names(fs: &[Feature]) -> Vec<String> {
    fs.iter().map(|f| f.name.clone()).collect()
}

/// A type reference as the schema writes it, with canonical type names.
fn spelling(t: &TypeRef, canon: &dyn Fn(&str) -> String) -> String {
    match t {
        TypeRef::Builtin(b) => b.name().to_owned(),
        TypeRef::Named(n) => canon(n),
        TypeRef::Array(el) => format!("[{}]", spelling(el, canon)),
    }
}

/// The members of a command's arguments or an event's data, wherever they
/// are declared.
fn args_members<'a>(args: &'a Args, types: &HashMap<&str, &'a TypeDef>) -> Vec<&'a Member> {
    match args {
        Args::Members(ms) => ms.iter().filter(|m| !m.is_option_list()).collect(),
        Args::Named { ty, .. } => object_members(ty, types),
    }
}

/// A struct's members with its bases' first, or a union's base members.
fn object_members<'a>(name: &str, types: &HashMap<&str, &'a TypeDef>) -> Vec<&'a Member> {
    let mut chain: Vec<&TypeDef> = Vec::new();
    let mut next = Some(name);
    while let Some(n) = next {
        let Some(t) = types.get(n).copied() else {
            break;
        };
        if chain.iter().any(|c| c.name == t.name) {
            break;
        }
        chain.push(t);
        next = match &t.kind {
            TypeKind::Struct(s) => s.base.as_deref(),
            TypeKind::Union(u) => u.base.as_deref(),
            _ => None,
        };
    }
    let mut out = Vec::new();
    for t in chain.iter().rev() {
        match &t.kind {
            TypeKind::Struct(s) => out.extend(&s.members),
            TypeKind::Union(u) => out.extend(&u.members),
            _ => {}
        }
    }
    out
}
