//! Bindings for a range of releases: the model transform behind
//! `qmp_codegen::Config::min_qemu`.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::flatten::flatten_union;
use super::table::Entry;
use super::{Release, Releases, Span, Table};
use crate::{
    Args, Builtin, Doc, DocSection, EnumValue, Location, Member, Schema, TypeKind, TypeRef,
};

/// Why [`apply`] refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    /// The oldest release asked for predates the table.
    #[error("min_qemu {min}: the availability data starts at QEMU {oldest}")]
    OlderThanTable {
        /// The release asked for.
        min: Release,
        /// The table's oldest release.
        oldest: Release,
    },
    /// The oldest release asked for is newer than the table's newest.
    #[error("min_qemu {min}: the availability data ends at QEMU {newest}")]
    NewerThanTable {
        /// The release asked for.
        min: Release,
        /// The table's newest release.
        newest: Release,
    },
}

/// Where a command or event exists, for the generated registry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Availability {
    /// The first release of the chain that has it, when an older release
    /// of the chain lacks it.
    pub since: Option<Release>,
    /// The newest release of the chain before `since` (which lacks it).
    pub missing_in: Option<Release>,
}

/// What [`apply`] did, kept in [`Schema::availability`] for the generator.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// The oldest release the bindings cover.
    pub min: Release,
    /// The newest release of the table.
    pub newest: Release,
    /// Commands by wire name.
    pub commands: BTreeMap<String, Availability>,
    /// Events by wire name.
    pub events: BTreeMap<String, Availability>,
    /// Required members made optional (`owner.member`).
    pub made_optional: Vec<String>,
    /// Members and enum values put back from older releases (`owner.member`).
    pub restored: Vec<String>,
    /// Union tags that a release of the range lacks (`Union.tag`): a union
    /// cannot be decoded without its tag, so such a union became a struct
    /// of its base members and all its branches' members (optional).
    pub tags_missing: Vec<String>,
}

/// Makes `schema` usable with every QEMU from `min` to the table's newest
/// release:
///
/// - a required member that some release of the range lacks, in a command,
///   event or type that release has, becomes optional; a union whose tag
///   some release lacks becomes a struct of all its members;
/// - a member or enum value that a release of the range has and `schema`
///   lacks (removed since) is put back, optional, with its last type (or
///   `any` when that type is not in `schema`);
/// - every item the table knows gets an "Availability" note in its docs;
/// - every command, event, member and enum value that some release of the
///   range lacks has its releases in [`Schema::releases`].
///
/// Items the table does not know are left as they are. The releases of
/// the range are those of the table's chain from the newest one not newer
/// than `min`.
pub fn apply(schema: &mut Schema, table: &Table, min: Release) -> Result<Applied, ApplyError> {
    let (Some(&oldest), Some(newest)) = (table.releases.first(), table.newest()) else {
        return Err(ApplyError::OlderThanTable {
            min,
            oldest: Release::new(0, 0),
        });
    };
    if min < oldest {
        return Err(ApplyError::OlderThanTable { min, oldest });
    }
    if min > newest {
        return Err(ApplyError::NewerThanTable { min, newest });
    }
    let lo = table.index_of(min).unwrap_or(0);
    let t = Transform {
        table,
        lo,
        hi: table.releases.len() - 1,
        min,
    };
    let mut applied = Applied {
        min,
        newest,
        ..Applied::default()
    };
    let type_names: HashSet<String> = schema.types.iter().map(|t| t.name.clone()).collect();
    let mut releases = BTreeMap::new();
    for c in &mut schema.commands {
        let Some(e) = table.command(&c.name) else {
            continue;
        };
        applied
            .commands
            .insert(c.name.clone(), t.availability(e.span));
        t.record(&c.name, e, &mut releases);
        note_doc(&mut c.doc, t.note(e.span));
        if let Args::Members(ms) = &mut c.args {
            let owner = c.name.clone();
            t.members(
                &owner,
                e,
                ms,
                c.doc.as_ref(),
                &type_names,
                &mut applied,
                None,
            );
        }
    }
    for ev in &mut schema.events {
        let Some(e) = table.event(&ev.name) else {
            continue;
        };
        applied
            .events
            .insert(ev.name.clone(), t.availability(e.span));
        t.record(&ev.name, e, &mut releases);
        note_doc(&mut ev.doc, t.note(e.span));
        if let Args::Members(ms) = &mut ev.data {
            let owner = ev.name.clone();
            t.members(
                &owner,
                e,
                ms,
                ev.doc.as_ref(),
                &type_names,
                &mut applied,
                None,
            );
        }
    }
    // Members a base already has (or gets back) are not put back in the
    // types derived from it.
    let bases: HashMap<String, String> = schema
        .types
        .iter()
        .filter_map(|ty| match &ty.kind {
            TypeKind::Struct(s) => Some((ty.name.clone(), s.base.clone()?)),
            _ => None,
        })
        .collect();
    let mut have: HashMap<String, HashSet<String>> = HashMap::new();
    for ty in &schema.types {
        let names = match &ty.kind {
            TypeKind::Struct(s) => s.members.iter().map(|m| m.name.clone()).collect(),
            TypeKind::Union(u) => u.members.iter().map(|m| m.name.clone()).collect(),
            _ => HashSet::new(),
        };
        have.insert(ty.name.clone(), names);
    }
    // A member a union's branch has is not put back in its base (QEMU
    // 10.0 moved `SevInfo`'s `policy` and `handle` into the `sev` branch).
    let mut in_branches: HashMap<String, HashSet<String>> = HashMap::new();
    for ty in &schema.types {
        if let TypeKind::Union(u) = &ty.kind {
            let names = in_branches.entry(ty.name.clone()).or_default();
            for v in &u.variants {
                if let TypeRef::Named(b) = &v.ty {
                    names.extend(have.get(b).into_iter().flatten().cloned());
                }
            }
        }
    }
    let mut flatten = Vec::new();
    for ty in &mut schema.types {
        let Some(e) = table.type_entry(&ty.name) else {
            continue;
        };
        note_doc(&mut ty.doc, t.note(e.span));
        t.record_subs(&ty.name, e, &mut releases);
        let mut inherited = in_branches.remove(&ty.name).unwrap_or_default();
        let mut base = bases.get(&ty.name);
        let mut hops = 0;
        while let Some(b) = base {
            inherited.extend(have.get(b).into_iter().flatten().cloned());
            if let Some(entry) = table.type_entry(b) {
                inherited.extend(entry.subs.keys().cloned());
            }
            base = bases.get(b);
            hops += 1;
            if hops > 64 {
                break;
            }
        }
        let name = ty.name.clone();
        match &mut ty.kind {
            TypeKind::Struct(s) => {
                let skip = Some(&inherited);
                t.members(
                    &name,
                    e,
                    &mut s.members,
                    ty.doc.as_ref(),
                    &type_names,
                    &mut applied,
                    skip,
                );
            }
            TypeKind::Union(u) => {
                let tag = u.discriminator.clone();
                let skip = Some(&inherited);
                let doc = ty.doc.as_ref();
                t.members(
                    &name,
                    e,
                    &mut u.members,
                    doc,
                    &type_names,
                    &mut applied,
                    skip,
                );
                if let Some(m) = u.members.iter().find(|m| m.name == tag) {
                    if m.optional {
                        // A release of the range sends the type without
                        // its tag: it cannot be decoded as a union, so it
                        // becomes a struct of every member, all optional
                        // but the base's required ones.
                        let key = format!("{name}.{tag}");
                        applied.made_optional.retain(|k| *k != key);
                        applied.tags_missing.push(key);
                        flatten.push(name.clone());
                    }
                }
            }
            TypeKind::Enum(en) => t.values(&name, e, &mut en.values, ty.doc.as_ref(), &mut applied),
            TypeKind::Alternate(_) => {}
        }
    }
    for name in flatten {
        // A member that only some branches had exists where they do.
        for (member, branch) in flatten_union(schema, &name) {
            let span = table.type_entry(&branch).map(|b| {
                b.subs
                    .get(&member)
                    .map_or(b.span, |sub| Span(sub.span.0 & b.span.0))
            });
            if let Some(span) = span.filter(|s| !t.covers_range(*s)) {
                if let Some(r) = Releases::of_span(table, span) {
                    releases.entry(format!("{name}.{member}")).or_insert(r);
                }
            }
        }
    }
    schema.releases = releases;
    schema.availability = Some(applied.clone());
    Ok(applied)
}

struct Transform<'t> {
    table: &'t Table,
    lo: usize,
    hi: usize,
    min: Release,
}

impl Transform<'_> {
    /// Whether every release of the range that has the owner has the item.
    fn covers(&self, owner: Span, item: Span) -> bool {
        (self.lo..=self.hi).all(|i| !owner.has(i) || item.has(i))
    }

    /// Whether some release of the range has the item.
    fn in_range(&self, span: Span) -> bool {
        (self.lo..=self.hi).any(|i| span.has(i))
    }

    /// Whether every release of the range has the item.
    fn covers_range(&self, span: Span) -> bool {
        (self.lo..=self.hi).all(|i| span.has(i))
    }

    /// Records the releases of a command or event that some release of the
    /// range lacks, and those of its members ([`Self::record_subs`]).
    fn record(&self, name: &str, e: &Entry, out: &mut BTreeMap<String, Releases>) {
        if !self.covers_range(e.span) {
            if let Some(r) = Releases::of_span(self.table, e.span) {
                out.insert(name.to_owned(), r);
            }
        }
        self.record_subs(name, e, out);
    }

    /// Records, as `owner.member`, the releases of each member or enum
    /// value of `e` that is in the range but missing from a release of it
    /// that has the owner.
    fn record_subs(&self, owner: &str, e: &Entry, out: &mut BTreeMap<String, Releases>) {
        for (name, sub) in &e.subs {
            if self.covers(e.span, sub.span) || !self.in_range(sub.span) {
                continue;
            }
            if let Some(r) = Releases::of_span(self.table, sub.span) {
                out.insert(format!("{owner}.{name}"), r);
            }
        }
    }

    fn availability(&self, span: Span) -> Availability {
        match span.first() {
            Some(f) if f > 0 => Availability {
                since: Some(self.table.releases[f]),
                missing_in: Some(self.table.releases[f - 1]),
            },
            _ => Availability::default(),
        }
    }

    /// "QEMU >= 8.0 (not in 7.2)", "QEMU 2.12 to 9.1 (gone from 10.0)".
    fn note(&self, span: Span) -> String {
        let r = &self.table.releases;
        let (Some(first), Some(last)) = (span.first(), span.last()) else {
            return String::new();
        };
        let mut out = if last + 1 < r.len() {
            format!("QEMU {} to {}", r[first], r[last])
        } else {
            format!("QEMU >= {}", r[first])
        };
        let mut gaps = Vec::new();
        if first > 0 {
            gaps.push(format!("not in {}", r[first - 1]));
        }
        for (i, release) in r.iter().enumerate().take(last).skip(first) {
            if !span.has(i) {
                gaps.push(format!("not in {release}"));
            }
        }
        if last + 1 < r.len() {
            gaps.push(format!("gone from {}", r[last + 1]));
        }
        if !gaps.is_empty() {
            out.push_str(&format!(" ({})", gaps.join(", ")));
        }
        out.push('.');
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn members(
        &self,
        owner: &str,
        e: &Entry,
        ms: &mut Vec<Member>,
        owner_doc: Option<&Doc>,
        type_names: &HashSet<String>,
        applied: &mut Applied,
        inherited: Option<&HashSet<String>>,
    ) {
        for m in ms.iter_mut() {
            let Some(sub) = e.subs.get(&m.name) else {
                continue;
            };
            let mut note = self.note(sub.span);
            if !m.optional && !self.covers(e.span, sub.span) && self.in_range(e.span) {
                m.optional = true;
                note.push_str(&format!(
                    " Optional in these bindings, which also cover QEMU {}.",
                    self.min
                ));
                applied.made_optional.push(format!("{owner}.{}", m.name));
            }
            note_member(&mut m.doc, owner_doc, &m.name, &note);
        }
        let present: HashSet<String> = ms.iter().map(|m| m.name.clone()).collect();
        for (name, sub) in &e.subs {
            let Some(ty) = &sub.ty else { continue };
            if present.contains(name)
                || inherited.is_some_and(|i| i.contains(name))
                || !self.in_range(sub.span)
            {
                continue;
            }
            let loc = ms.last().map_or_else(Location::builtin, |m| m.loc.clone());
            let mut m = Member::new(name.clone(), restored_type(ty, type_names), true, loc);
            m.doc = Some(format!(
                "Sent by older QEMU releases only; kept so that their replies lose nothing.\n\n\
                 Availability: {}",
                self.note(sub.span)
            ));
            ms.push(m);
            applied.restored.push(format!("{owner}.{name}"));
        }
    }

    fn values(
        &self,
        owner: &str,
        e: &Entry,
        vs: &mut Vec<EnumValue>,
        owner_doc: Option<&Doc>,
        applied: &mut Applied,
    ) {
        for v in vs.iter_mut() {
            if let Some(sub) = e.subs.get(&v.name) {
                note_member(&mut v.doc, owner_doc, &v.name, &self.note(sub.span));
            }
        }
        let present: HashSet<String> = vs.iter().map(|v| v.name.clone()).collect();
        for (name, sub) in &e.subs {
            if present.contains(name) || sub.span.has(self.hi) || !self.in_range(sub.span) {
                continue;
            }
            let loc = vs.last().map_or_else(Location::builtin, |v| v.loc.clone());
            vs.push(EnumValue {
                name: name.clone(),
                cond: None,
                features: Vec::new(),
                doc: Some(format!(
                    "Sent by older QEMU releases only.\n\nAvailability: {}",
                    self.note(sub.span)
                )),
                loc,
            });
            applied.restored.push(format!("{owner}.{name}"));
        }
    }
}

/// The type of a member put back: its last type when `schema` has every
/// name in it, else `any`.
fn restored_type(spelling: &str, type_names: &HashSet<String>) -> TypeRef {
    fn parse(s: &str, names: &HashSet<String>) -> Option<TypeRef> {
        if let Some(inner) = s.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            return Some(TypeRef::Array(Box::new(parse(inner, names)?)));
        }
        if let Some(b) = Builtin::from_name(s) {
            return Some(TypeRef::Builtin(b));
        }
        names.contains(s).then(|| TypeRef::Named(s.to_owned()))
    }
    parse(spelling, type_names).unwrap_or(TypeRef::Builtin(Builtin::Any))
}

/// Adds the availability note to an item's doc as a tagged section.
fn note_doc(doc: &mut Option<Doc>, note: String) {
    if note.is_empty() {
        return;
    }
    doc.get_or_insert_with(Doc::default)
        .sections
        .push(DocSection {
            tag: "Availability".to_owned(),
            text: note,
        });
}

/// Adds the availability note to a member's (or enum value's) own doc,
/// starting from the owner's description of it when it has none.
fn note_member(doc: &mut Option<String>, owner_doc: Option<&Doc>, name: &str, note: &str) {
    if note.is_empty() {
        return;
    }
    let base = doc.clone().or_else(|| {
        owner_doc
            .and_then(|d| d.members.iter().find(|(n, _)| n == name))
            .map(|(_, t)| t.clone())
    });
    *doc = Some(match base {
        Some(b) if !b.trim().is_empty() => format!("{}\n\nAvailability: {note}", b.trim_end()),
        _ => format!("Availability: {note}"),
    });
}
