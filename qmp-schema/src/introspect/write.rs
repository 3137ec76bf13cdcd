//! The model written as a `query-qmp-schema` reply: what a server built
//! from the schema would report. Generated bindings embed it (as
//! `SCHEMA_JSON`) so that a client can compare them with a live server's
//! reply structurally, with [`crate::diff`].
//!
//! Types keep their names (a server would number them); builtins are
//! written by JSON type, as a server reports them, so integer widths are
//! lost. Struct bases are flattened into the members, as introspection
//! does. Docs, conditions and source locations are not written.

use std::collections::{BTreeMap, HashSet};

use serde_json::{json, Value};

use crate::{Args, Builtin, Feature, Member, Returns, Schema, TypeDef, TypeKind, TypeRef};

/// The SchemaInfo array of `schema`.
pub fn to_json(schema: &Schema) -> Value {
    let mut w = Writer {
        schema,
        out: Vec::new(),
        done: HashSet::new(),
        extra: BTreeMap::new(),
    };
    for c in &schema.commands {
        let arg = w.args(&c.args, &format!("{}-arg", c.name));
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
        w.out.push(v);
    }
    for e in &schema.events {
        let arg = w.args(&e.data, &format!("{}-data", e.name));
        let mut v = json!({ "name": e.name, "meta-type": "event", "arg-type": arg });
        features(&mut v, &e.features);
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

    /// A command's or event's argument object.
    fn args(&mut self, args: &Args, name: &str) -> String {
        match args {
            Args::Named { ty, .. } => ty.clone(),
            Args::Members(ms) if ms.iter().all(Member::is_option_list) => self.empty(),
            Args::Members(ms) => {
                let name = format!("q_obj_{name}");
                let members = self.members(ms.iter().filter(|m| !m.is_option_list()));
                let v = json!({ "name": name, "meta-type": "object", "members": members });
                self.extra.insert(name.clone(), v);
                name
            }
        }
    }

    fn members<'m>(&mut self, ms: impl Iterator<Item = &'m Member>) -> Vec<Value> {
        ms.map(|m| {
            let mut v = json!({ "name": m.name, "type": self.ty(&m.ty) });
            if m.optional {
                v["default"] = Value::Null;
            }
            features(&mut v, &m.features);
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
                let members = self.members(ms.into_iter());
                json!({ "name": t.name, "meta-type": "object", "members": members })
            }
            TypeKind::Union(u) => {
                let ms: Vec<&Member> = match &u.base {
                    Some(b) => flat_members(self.schema, b),
                    None => u.members.iter().collect(),
                };
                let members = self.members(ms.iter().copied());
                let mut variants: Vec<Value> = u
                    .variants
                    .iter()
                    .map(|v| json!({ "case": v.name, "type": self.ty(&v.ty) }))
                    .collect();
                // QAPI: a tag value without a branch selects an empty one,
                // listed as QEMU lists it. (hx: such a branch is open and
                // stays unlisted.)
                if self.schema.format == crate::SourceFormat::Qapi {
                    for value in self.tag_values(&ms, &u.discriminator) {
                        if !u.variants.iter().any(|v| v.name == value) {
                            let empty = self.empty();
                            variants.push(json!({ "case": value, "type": empty }));
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
        self.out.push(v);
    }
}

impl Writer<'_> {
    /// The values of the enum that the member `tag` of `ms` has as type.
    fn tag_values(&self, ms: &[&Member], tag: &str) -> Vec<String> {
        let ty = ms.iter().find(|m| m.name == tag).map(|m| &m.ty);
        match ty {
            Some(TypeRef::Named(n)) => match self.schema.type_def(n).map(|t| &t.kind) {
                Some(TypeKind::Enum(e)) => e.values.iter().map(|v| v.name.clone()).collect(),
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

/// The members of struct `name` with its bases' first.
fn flat_members<'s>(schema: &'s Schema, name: &str) -> Vec<&'s Member> {
    let mut chain: Vec<&TypeDef> = Vec::new();
    let mut next = Some(name);
    while let Some(n) = next {
        let Some(t) = schema.types.iter().find(|t| t.name == n) else {
            break;
        };
        if chain.iter().any(|c| c.name == t.name) {
            break;
        }
        chain.push(t);
        next = match &t.kind {
            TypeKind::Struct(s) => s.base.as_deref(),
            _ => None,
        };
    }
    let mut out = Vec::new();
    for t in chain.iter().rev() {
        if let TypeKind::Struct(s) = &t.kind {
            out.extend(&s.members);
        }
    }
    out
}
