//! Conversion of a checked QAPI schema into the shared model.
//!
//! Builtins become [`TypeRef::Builtin`], `XList` arrays [`TypeRef::Array`];
//! implicit objects (`q_obj_X-arg`, `q_obj_X-base`, `q_empty`) are not
//! emitted as types: their members are inlined where they are used
//! (command arguments, event data, union base members).

use super::ast::IfCond;
use super::doc::QDoc;
use super::model_doc;
use super::schema::{DefId, Entity, QDef, QFeature, QKind, QMember, QSchema};
use crate::model::*;
use crate::Location;

struct Conv<'a> {
    s: &'a QSchema,
}

fn cond(c: &Option<IfCond>) -> Option<Cond> {
    fn one(c: &IfCond) -> Cond {
        match c {
            IfCond::Name(n) => Cond::Name(n.clone()),
            IfCond::All(l) => Cond::All(l.iter().map(one).collect()),
            IfCond::Any(l) => Cond::Any(l.iter().map(one).collect()),
            IfCond::Not(c) => Cond::Not(Box::new(one(c))),
        }
    }
    c.as_ref().map(one)
}

impl Conv<'_> {
    fn loc(&self, info: Option<usize>) -> Location {
        match info {
            Some(i) => {
                let r = self.s.infos.get(i);
                Location::new(&r.fname, r.line, 0)
            }
            None => Location::builtin(),
        }
    }

    fn qdoc(&self, d: &QDef) -> Option<&QDoc> {
        d.doc.and_then(|i| self.s.docs.get(i))
    }

    fn type_ref(&self, id: Option<DefId>, name: &str) -> TypeRef {
        let Some(id) = id.or_else(|| self.s.lookup_type(name)) else {
            return TypeRef::Named(name.to_string());
        };
        let d = &self.s.defs[id];
        match &d.kind {
            QKind::Builtin { .. } => Builtin::from_name(&d.name)
                .map_or_else(|| TypeRef::Named(d.name.clone()), TypeRef::Builtin),
            QKind::Array {
                element,
                element_name,
            } => TypeRef::Array(Box::new(self.type_ref(*element, element_name))),
            QKind::Enum { .. } if d.name == "QType" && d.info.is_none() => {
                TypeRef::Builtin(Builtin::QType)
            }
            _ => TypeRef::Named(d.name.clone()),
        }
    }

    fn features(&self, fs: &[QFeature], doc: Option<&QDoc>) -> Vec<Feature> {
        fs.iter()
            .map(|f| Feature {
                name: f.name.clone(),
                cond: cond(&f.ifcond),
                doc: model_doc::feature_doc(doc, &f.name),
            })
            .collect()
    }

    fn member(&self, m: &QMember, doc: Option<&QDoc>) -> Member {
        Member {
            name: m.name.clone(),
            ty: self.type_ref(m.ty, &m.type_name),
            optional: m.optional,
            cond: cond(&m.ifcond),
            features: self.features(&m.features, doc),
            doc: model_doc::arg_doc(doc, &m.name),
            loc: self.loc(m.line.or(m.info)),
            hx_kind: None,
        }
    }

    fn members(&self, id: DefId, doc: Option<&QDoc>) -> Vec<Member> {
        match &self.s.defs[id].kind {
            QKind::Object { local_members, .. } => {
                local_members.iter().map(|m| self.member(m, doc)).collect()
            }
            _ => Vec::new(),
        }
    }

    fn args(&self, arg: Option<DefId>, boxed: bool, doc: Option<&QDoc>) -> Args {
        match arg {
            None => Args::none(),
            Some(a) if self.s.defs[a].is_implicit_object() => Args::Members(self.members(a, doc)),
            Some(a) => Args::Named {
                ty: self.s.defs[a].name.clone(),
                boxed,
            },
        }
    }

    fn variant(&self, v: &QMember) -> Variant {
        Variant {
            name: v.name.clone(),
            ty: self.type_ref(v.ty, &v.type_name),
            cond: cond(&v.ifcond),
            loc: self.loc(v.line.or(v.info)),
        }
    }

    fn type_kind(&self, d: &QDef, doc: Option<&QDoc>) -> Option<TypeKind> {
        Some(match &d.kind {
            QKind::Enum { members, prefix } => TypeKind::Enum(Enum {
                prefix: prefix.clone(),
                values: members
                    .iter()
                    .map(|m| EnumValue {
                        name: m.name.clone(),
                        cond: cond(&m.ifcond),
                        features: self.features(&m.features, doc),
                        doc: model_doc::arg_doc(doc, &m.name),
                        loc: self.loc(m.line.or(m.info)),
                    })
                    .collect(),
            }),
            QKind::Object {
                base,
                local_members,
                branches: None,
                ..
            } => TypeKind::Struct(Struct {
                base: base.map(|b| self.s.defs[b].name.clone()),
                members: local_members.iter().map(|m| self.member(m, doc)).collect(),
            }),
            QKind::Object {
                base,
                branches: Some(b),
                ..
            } => {
                let (base, members) = match base {
                    Some(id) if self.s.defs[*id].is_implicit_object() => {
                        (None, self.members(*id, doc))
                    }
                    Some(id) => (Some(self.s.defs[*id].name.clone()), Vec::new()),
                    None => (None, Vec::new()),
                };
                TypeKind::Union(Union {
                    base,
                    members,
                    discriminator: b.tag_name.clone(),
                    variants: b
                        .variants
                        .iter()
                        .filter(|v| v.type_name != "q_empty")
                        .map(|v| self.variant(v))
                        .collect(),
                })
            }
            QKind::Alternate { variants, .. } => TypeKind::Alternate(Alternate {
                variants: variants.iter().map(|v| self.variant(v)).collect(),
            }),
            _ => return None,
        })
    }
}

/// The model of a checked schema (warnings are added by the caller).
pub(crate) fn convert(s: &QSchema) -> Schema {
    let c = Conv { s };
    let mut m = Schema::new(SourceFormat::Qapi);
    m.files = s.files.clone();
    for ent in &s.entities {
        let Entity::Def(id) = ent else { continue };
        let d = &s.defs[*id];
        if d.info.is_none() || d.is_implicit_object() {
            continue;
        }
        let qdoc = c.qdoc(d);
        let doc = qdoc.map(model_doc::doc);
        let features = c.features(&d.features, qdoc);
        match &d.kind {
            QKind::Command {
                arg_type,
                ret_type,
                ret_type_name,
                gen,
                success_response,
                boxed,
                allow_oob,
                allow_preconfig,
                coroutine,
                ..
            } => m.commands.push(Command {
                name: d.name.clone(),
                loc: c.loc(d.info),
                args: c.args(*arg_type, *boxed, qdoc),
                returns: match ret_type_name {
                    Some(n) => Returns::Type(c.type_ref(*ret_type, n)),
                    None => Returns::Empty,
                },
                features,
                allow_oob: *allow_oob,
                allow_preconfig: *allow_preconfig,
                coroutine: *coroutine,
                success_response: *success_response,
                gen: *gen,
                cond: cond(&d.ifcond),
                doc,
                hx: None,
            }),
            QKind::Event {
                arg_type, boxed, ..
            } => m.events.push(Event {
                name: d.name.clone(),
                loc: c.loc(d.info),
                data: c.args(*arg_type, *boxed, qdoc),
                features,
                cond: cond(&d.ifcond),
                doc,
            }),
            _ => {
                if let Some(kind) = c.type_kind(d, qdoc) {
                    m.types.push(TypeDef {
                        name: d.name.clone(),
                        loc: c.loc(d.info),
                        kind,
                        features,
                        cond: cond(&d.ifcond),
                        doc,
                    });
                }
            }
        }
    }
    m.doc_blocks = model_doc::blocks(s);
    m
}
