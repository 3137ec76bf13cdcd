//! The model written as a `query-qmp-schema` reply: what a server built
//! from the schema would report. Generated bindings embed it (as
//! `SCHEMA_JSON`) so that a client can compare them with a live server's
//! reply structurally, with [`crate::diff`].
//!
//! Types keep their names (a server would number them); builtins are
//! written by JSON type, as a server reports them, so integer widths are
//! lost. Struct bases are flattened into the members, as introspection
//! does. Docs and source locations are not written; conditions and
//! releases only by [`to_annotated_json`].

use std::collections::{BTreeMap, HashSet};

use serde_json::{json, Value};

use super::annotate::cond_json;
use crate::{Args, Builtin, Cond, Feature, Member, Returns, Schema, TypeDef, TypeKind, TypeRef};

/// The SchemaInfo array of `schema`, as a server built from it would
/// report it.
pub fn to_json(schema: &Schema) -> Value {
    write(schema, false)
}

/// The SchemaInfo array of `schema` as generated bindings see it, for
/// their `SCHEMA_JSON`: [`to_json`] plus two keys no real server sends:
/// each item's build condition (`"if"`, in QAPI's syntax: a name or
/// `{"all"|"any": [...]}`, `{"not": ...}`) and, for an item some release
/// of the schema's range lacks, the releases that have it (`"releases"`:
/// `"8.0-"`, `"2.12-8.1"`, from [`Schema::releases`]). Every value of a
/// union's tag that has no branch of its own is listed with an empty
/// branch, as the generated union decodes it, whatever the source format.
/// [`super::parse`] reads it back with both keys.
pub fn to_annotated_json(schema: &Schema) -> Value {
    write(schema, true)
}

fn write(schema: &Schema, annotate: bool) -> Value {
    let mut w = Writer {
        schema,
        annotate,
        out: Vec::new(),
        done: HashSet::new(),
        extra: BTreeMap::new(),
    };
    for c in &schema.commands {
        let arg = w.args(&c.args, &format!("{}-arg", c.name), &c.name);
        let ret = match &c.returns {
            Returns::Unknown => w.ty(&TypeRef::Builtin(Builtin::Any)),
            Returns::Empty => w.empty(),
            Returns::Type(t) => w.ty(t),
        };
        let mut v = json!({
            "name": c.name, "meta-type": "command", "arg-type": arg, "ret-type": ret,
            "allow-oob": c.allow_oob,
        });
        features(&mut v, &c.features);
        w.annotate(&mut v, c.cond.as_ref(), std::slice::from_ref(&c.name));
        w.out.push(v);
    }
    for e in &schema.events {
        let arg = w.args(&e.data, &format!("{}-data", e.name), &e.name);
        let mut v = json!({ "name": e.name, "meta-type": "event", "arg-type": arg });
        features(&mut v, &e.features);
        w.annotate(&mut v, e.cond.as_ref(), std::slice::from_ref(&e.name));
        w.out.push(v);
    }
    for t in &schema.types {
        w.named(t);
    }
    let mut out = w.out;
    out.extend(w.extra.into_values());
    Value::Array(out)
}

struct Writer<'a> {
    schema: &'a Schema,
    /// Whether to write `"if"` and `"releases"` (see [`to_annotated_json`]).
    annotate: bool,
    out: Vec<Value>,
    done: HashSet<String>,
    /// Arrays, builtins and the empty object, by name.
    extra: BTreeMap<String, Value>,
}

fn features(v: &mut Value, fs: &[Feature]) {
    if !fs.is_empty() {
        let names: Vec<&str> = fs.iter().map(|f| f.name.as_str()).collect();
        v["features"] = json!(names);
    }
}

impl Writer<'_> {
    /// Adds `"if"` and `"releases"` (those of the first of `keys` that
    /// has some) to `v` when annotating.
    fn annotate(&self, v: &mut Value, cond: Option<&Cond>, keys: &[String]) {
        if !self.annotate {
            return;
        }
        if let Some(c) = cond {
            v["if"] = cond_json(c);
        }
        if let Some(r) = keys.iter().find_map(|k| self.schema.releases.get(k)) {
            v["releases"] = json!(r.to_string());
        }
    }

    /// The name of `t`, writing the entries it needs.
    fn ty(&mut self, t: &TypeRef) -> String {
        match t {
            TypeRef::Named(n) => n.clone(),
            TypeRef::Builtin(b) => {
                let (name, json_type) = builtin(*b);
                self.extra.entry(name.to_owned()).or_insert_with(
                    || json!({ "name": name, "meta-type": "builtin", "json-type": json_type }),
                );
                name.to_owned()
            }
            TypeRef::Array(el) => {
                let el = self.ty(el);
                let name = format!("[{el}]");
                self.extra.entry(name.clone()).or_insert_with(
                    || json!({ "name": name, "meta-type": "array", "element-type": el }),
                );
                name
            }
        }
    }

    fn empty(&mut self) -> String {
        self.extra
            .entry("q_empty".to_owned())
            .or_insert_with(|| json!({ "name": "q_empty", "meta-type": "object", "members": [] }));
        "q_empty".to_owned()
    }

    /// A command's or event's argument object (`owner` names the command
    /// or event). Annotated, a struct named as the arguments is written in
    /// place too, so that its members carry what the command records (the
    /// reader puts such members in place anyway).
    fn args(&mut self, args: &Args, name: &str, owner: &str) -> String {
        match args {
            Args::Named { ty, boxed: false }
                if self.annotate
                    && matches!(
                        self.schema.type_def(ty).map(|t| &t.kind),
                        Some(TypeKind::Struct(_))
                    ) =>
            {
                let name = format!("q_obj_{name}");
                let ms = flat_members(self.schema, ty);
                let members = self.members(ms.into_iter(), &[owner, ty]);
                let v = json!({ "name": name, "meta-type": "object", "members": members });
                self.extra.insert(name.clone(), v);
                name
            }
            Args::Named { ty, .. } => ty.clone(),
            Args::Members(ms) if ms.iter().all(Member::is_option_list) => self.empty(),
            Args::Members(ms) => {
                let name = format!("q_obj_{name}");
                let ms = ms.iter().filter(|m| !m.is_option_list());
                let members = self.members(ms.map(|m| (owner, m)), &[]);
                let v = json!({ "name": name, "meta-type": "object", "members": members });
                self.extra.insert(name.clone(), v);
                name
            }
        }
    }

    /// Members, each with the type (or command, or event) that declares
    /// it. Their releases are looked up as members of each of `owners`,
    /// then of the declaring type.
    fn members<'m>(
        &mut self,
        ms: impl Iterator<Item = (&'m str, &'m Member)>,
        owners: &[&str],
    ) -> Vec<Value> {
        ms.map(|(declared_by, m)| {
            let mut v = json!({ "name": m.name, "type": self.ty(&m.ty) });
            if m.optional {
                v["default"] = Value::Null;
            }
            features(&mut v, &m.features);
            let keys: Vec<String> = owners
                .iter()
                .chain([&declared_by])
                .map(|o| format!("{o}.{}", m.name))
                .collect();
            self.annotate(&mut v, m.cond.as_ref(), &keys);
            v
        })
        .collect()
    }

    fn named(&mut self, t: &TypeDef) {
        if !self.done.insert(t.name.clone()) {
            return;
        }
        let mut v = match &t.kind {
            TypeKind::Struct(_) => {
                let ms = flat_members(self.schema, &t.name);
                let members = self.members(ms.into_iter(), &[&t.name]);
                json!({ "name": t.name, "meta-type": "object", "members": members })
            }
            TypeKind::Union(u) => {
                let ms: Vec<(&str, &Member)> = match &u.base {
                    Some(b) => flat_members(self.schema, b),
                    None => u.members.iter().map(|m| (t.name.as_str(), m)).collect(),
                };
                let members = self.members(ms.iter().copied(), &[&t.name]);
                let mut variants: Vec<Value> = u
                    .variants
                    .iter()
                    .map(|v| {
                        let mut j = json!({ "case": v.name, "type": self.ty(&v.ty) });
                        self.annotate(&mut j, v.cond.as_ref(), &[]);
                        j
                    })
                    .collect();
                // QAPI: a tag value without a branch selects an empty one,
                // listed as QEMU lists it. (hx: such a branch is open and
                // stays unlisted, except for generated bindings, which
                // decode it as an empty one.)
                if self.annotate || self.schema.format == crate::SourceFormat::Qapi {
                    let ms: Vec<&Member> = ms.iter().map(|(_, m)| *m).collect();
                    for (value, cond) in self.tag_values(&ms, &u.discriminator) {
                        if !u.variants.iter().any(|v| v.name == value) {
                            let empty = self.empty();
                            let mut j = json!({ "case": value, "type": empty });
                            self.annotate(&mut j, cond, &[]);
                            variants.push(j);
                        }
                    }
                }
                json!({
                    "name": t.name, "meta-type": "object", "members": members,
                    "tag": u.discriminator, "variants": variants,
                })
            }
            TypeKind::Enum(e) => {
                let values: Vec<&str> = e.values.iter().map(|v| v.name.as_str()).collect();
                let members: Vec<Value> = e
                    .values
                    .iter()
                    .map(|v| {
                        let mut m = json!({ "name": v.name });
                        features(&mut m, &v.features);
                        let key = format!("{}.{}", t.name, v.name);
                        self.annotate(&mut m, v.cond.as_ref(), &[key]);
                        m
                    })
                    .collect();
                json!({ "name": t.name, "meta-type": "enum", "values": values, "members": members })
            }
            TypeKind::Alternate(a) => {
                let members: Vec<Value> = a
                    .variants
                    .iter()
                    .map(|v| json!({ "type": self.ty(&v.ty) }))
                    .collect();
                json!({ "name": t.name, "meta-type": "alternate", "members": members })
            }
        };
        features(&mut v, &t.features);
        self.annotate(&mut v, t.cond.as_ref(), &[]);
        self.out.push(v);
    }
}

impl<'a> Writer<'a> {
    /// The values (with their conditions) of the enum that the member
    /// `tag` of `ms` has as type.
    fn tag_values(&self, ms: &[&Member], tag: &str) -> Vec<(String, Option<&'a Cond>)> {
        let ty = ms.iter().find(|m| m.name == tag).map(|m| &m.ty);
        match ty {
            Some(TypeRef::Named(n)) => match self.schema.type_def(n).map(|t| &t.kind) {
                Some(TypeKind::Enum(e)) => e
                    .values
                    .iter()
                    .map(|v| (v.name.clone(), v.cond.as_ref()))
                    .collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }
}

/// The SchemaInfo name and JSON type of a builtin.
fn builtin(b: Builtin) -> (&'static str, &'static str) {
    match b {
        Builtin::Str => ("str", "string"),
        Builtin::Number => ("number", "number"),
        Builtin::Bool => ("bool", "boolean"),
        Builtin::Null => ("null", "null"),
        Builtin::Any => ("any", "value"),
        Builtin::QType => ("str", "string"),
        _ => ("int", "int"),
    }
}

/// The members of struct `name` with its bases' first, each with the
/// type that declares it.
fn flat_members<'s>(schema: &'s Schema, name: &str) -> Vec<(&'s str, &'s Member)> {
    let chain = crate::model::base_chain(name, |n| schema.type_def(n));
    let mut out = Vec::new();
    for t in chain.iter().rev() {
        if let TypeKind::Struct(s) = &t.kind {
            out.extend(s.members.iter().map(|m| (t.name.as_str(), m)));
        }
    }
    out
}
