//! Docs for a skeleton: the source's own docs are dropped (only their
//! `Since:` release is kept), and the docs of the definitions of the same
//! name in another schema are put in their place, member by member, value
//! by value and feature by feature.

use qmp_schema::{Args, Doc, DocSection, Feature, Member, Schema, TypeKind};

/// The `Since:` section of a doc, alone.
fn since_only(doc: Option<&Doc>) -> Option<Doc> {
    let since = doc?.sections.iter().find(|s| s.tag == "Since")?;
    Some(Doc {
        sections: vec![DocSection {
            tag: since.tag.clone(),
            text: since.text.clone(),
        }],
        ..Doc::default()
    })
}

/// The doc for a definition: `from`'s, with the source's `Since:` added
/// when `from` has none.
fn doc_for(own: Option<&Doc>, from: Option<&Doc>) -> Option<Doc> {
    let since = since_only(own);
    match from {
        None => since,
        Some(f) => {
            let mut d = f.clone();
            if !d.sections.iter().any(|s| s.tag == "Since") {
                d.sections
                    .extend(since.map(|s| s.sections).unwrap_or_default());
            }
            Some(d)
        }
    }
}

fn find<'a>(list: &'a [(String, String)], name: &str) -> Option<&'a String> {
    list.iter().find(|(n, _)| n == name).map(|(_, t)| t)
}

fn features(fs: &mut [Feature], from: Option<&Doc>) {
    for f in fs {
        f.doc = from.and_then(|d| find(&d.features, &f.name)).cloned();
    }
}

/// Member docs from `from_members` (the same definition in the other
/// schema) or its doc's member list.
fn members(ms: &mut [Member], from_members: &[Member], from: Option<&Doc>) {
    for m in ms {
        let same = from_members.iter().find(|o| o.name == m.name);
        m.doc = same
            .and_then(|o| o.doc.clone())
            .or_else(|| from.and_then(|d| find(&d.members, &m.name)).cloned());
        features(&mut m.features, from);
    }
}

fn arg_members(a: &Args) -> &[Member] {
    match a {
        Args::Members(ms) => ms,
        Args::Named { .. } => &[],
    }
}

/// `schema` with its docs replaced as the module says.
pub(super) fn docs(schema: &Schema, from: Option<&Schema>) -> Schema {
    let mut s = schema.clone();
    s.doc_blocks.clear();
    for c in &mut s.commands {
        let other = from.and_then(|f| f.command(&c.name));
        let fd = other.and_then(|o| o.doc.as_ref());
        c.doc = doc_for(c.doc.as_ref(), fd);
        features(&mut c.features, fd);
        if let Args::Members(ms) = &mut c.args {
            members(ms, other.map_or(&[], |o| arg_members(&o.args)), fd);
        }
    }
    for e in &mut s.events {
        let other = from.and_then(|f| f.event(&e.name));
        let fd = other.and_then(|o| o.doc.as_ref());
        e.doc = doc_for(e.doc.as_ref(), fd);
        features(&mut e.features, fd);
        if let Args::Members(ms) = &mut e.data {
            members(ms, other.map_or(&[], |o| arg_members(&o.data)), fd);
        }
    }
    for t in &mut s.types {
        let other = from.and_then(|f| f.type_def(&t.name));
        let fd = other.and_then(|o| o.doc.as_ref());
        t.doc = doc_for(t.doc.as_ref(), fd);
        features(&mut t.features, fd);
        let other_members: &[Member] = match other.map(|o| &o.kind) {
            Some(TypeKind::Struct(st)) => &st.members,
            Some(TypeKind::Union(u)) => &u.members,
            _ => &[],
        };
        match &mut t.kind {
            TypeKind::Struct(st) => members(&mut st.members, other_members, fd),
            TypeKind::Union(u) => members(&mut u.members, other_members, fd),
            TypeKind::Enum(en) => {
                let other_values = match other.map(|o| &o.kind) {
                    Some(TypeKind::Enum(oe)) => &oe.values[..],
                    _ => &[],
                };
                for v in &mut en.values {
                    v.doc = other_values
                        .iter()
                        .find(|o| o.name == v.name)
                        .and_then(|o| o.doc.clone())
                        .or_else(|| fd.and_then(|d| find(&d.members, &v.name)).cloned());
                    features(&mut v.features, fd);
                }
            }
            TypeKind::Alternate(_) => {}
        }
    }
    s
}
