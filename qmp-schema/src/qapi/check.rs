//! Semantic checks of a QAPI schema, in QEMU's order: type resolution,
//! base and branch rules, member clashes (after C name mangling),
//! alternate ambiguity, command and event argument rules, and the
//! connection of doc comments to members and features.

use std::collections::HashMap;

use super::common::c_name;
use super::schema::{DefId, QKind, QMember, QSchema};
use super::source::{InfoId, QapiError};

type R = Result<(), QapiError>;

/// Members seen so far, by C name, in insertion order.
#[derive(Clone, Default)]
pub(super) struct Seen {
    index: HashMap<String, usize>,
    list: Vec<QMember>,
}

/// QEMU's `QAPISchemaMember.describe()`.
pub(super) fn describe_member(s: &QSchema, m: &QMember, info: InfoId) -> String {
    let mut role = m.role.to_string();
    let mut meta = "type";
    let mut defined_in = m.defined_in.as_str();
    if let Some(rest) = defined_in.strip_prefix("q_obj_") {
        defined_in = rest;
        if let Some(r) = rest.strip_suffix("-arg") {
            role = "parameter".into();
            meta = "command";
            defined_in = r;
        } else if let Some(r) = rest.strip_suffix("-base") {
            role = format!("base {role}");
            defined_in = r;
        }
    }
    if Some(defined_in) != s.infos.defn_name(info) {
        format!("{role} '{}' of {meta} '{defined_in}'", m.name)
    } else {
        format!("{role} '{}'", m.name)
    }
}

pub(super) fn check_clash(s: &QSchema, m: &QMember, info: InfoId, seen: &mut Seen) -> R {
    let cname = c_name(&m.name, true);
    if let Some(&i) = seen.index.get(&cname) {
        let other = &seen.list[i];
        return Err(s.err(
            info,
            format!(
                "{} collides with {}",
                describe_member(s, m, info),
                describe_member(s, other, info)
            ),
        ));
    }
    seen.index.insert(cname, seen.list.len());
    seen.list.push(m.clone());
    Ok(())
}

fn features_clash(s: &QSchema, fs: &[super::schema::QFeature], info: InfoId) -> R {
    let mut seen = Seen::default();
    for f in fs {
        let m = super::schema::member(&f.name, f.info, None, Vec::new(), &f.defined_in, "feature");
        check_clash(s, &m, info, &mut seen)?;
    }
    Ok(())
}

impl QSchema {
    pub(super) fn resolve_type(
        &self,
        name: &str,
        info: Option<InfoId>,
        what: &str,
    ) -> Result<DefId, QapiError> {
        self.lookup_type(name).ok_or_else(|| {
            self.err(
                info.unwrap_or(0),
                format!("{what} uses unknown type '{name}'"),
            )
        })
    }

    pub(super) fn info_of(&self, id: DefId) -> InfoId {
        self.defs[id].info.unwrap_or(0)
    }

    /// QAPISchemaDefinition.check + QAPISchemaType.check.
    pub(super) fn def_check(&mut self, id: DefId) -> R {
        self.defs[id].checked = true;
        let d = &self.defs[id];
        if let Some(info) = d.info {
            features_clash(self, &d.features, info)?;
            if d.is_type() {
                for f in &d.features {
                    if f.name == "deprecated" || f.name == "unstable" {
                        return Err(self.err(
                            info,
                            format!("feature '{}' is not supported for types", f.name),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    pub(super) fn member_check(&self, m: &mut QMember) -> R {
        let info = m.info.unwrap_or(0);
        m.ty = match self.lookup_type(&m.type_name) {
            Some(t) => Some(t),
            None => {
                let what = describe_member(self, m, info);
                return Err(self.err(info, format!("{what} uses unknown type '{}'", m.type_name)));
            }
        };
        if m.features.is_empty() {
            return Ok(());
        }
        features_clash(self, &m.features, info)
    }

    pub(super) fn object_clash(&self, id: DefId, info: InfoId, seen: &mut Seen) -> R {
        if let QKind::Object {
            members, branches, ..
        } = &self.defs[id].kind
        {
            for m in members {
                check_clash(self, m, info, seen)?;
            }
            if let Some(b) = branches {
                for v in &b.variants {
                    if let Some(t) = v.ty {
                        self.object_clash(t, info, &mut seen.clone())?;
                    }
                }
            }
        }
        Ok(())
    }

    pub(crate) fn check_object(&mut self, id: DefId) -> R {
        if self.defs[id].check_complete {
            return Ok(());
        }
        let info = self.info_of(id);
        if self.defs[id].checked {
            let msg = format!("object {} contains itself", self.defs[id].name);
            return Err(self.err(info, msg));
        }
        self.def_check(id)?;
        let QKind::Object {
            base_name,
            local_members,
            branches,
            ..
        } = self.defs[id].kind.clone()
        else {
            return Ok(());
        };
        let mut seen = Seen::default();
        let mut base = None;
        if let Some(bn) = &base_name {
            let b = self.resolve_type(bn, Some(info), "'base'")?;
            let ok = matches!(&self.defs[b].kind, QKind::Object { branches: None, .. });
            if !ok {
                let msg = format!(
                    "'base' requires a struct type, {} isn't",
                    self.defs[b].describe()
                );
                return Err(self.err(info, msg));
            }
            self.check_object(b)?;
            self.object_clash(b, info, &mut seen)?;
            base = Some(b);
        }
        let mut locals = local_members;
        for m in &mut locals {
            self.member_check(m)?;
            check_clash(self, m, info, &mut seen)?;
        }
        let members = seen.list.clone();
        let mut branches = branches;
        if let Some(b) = &mut branches {
            self.check_branches(b, &seen)?;
            for v in &b.variants {
                if let Some(t) = v.ty {
                    self.object_clash(t, info, &mut seen.clone())?;
                }
            }
        }
        if let QKind::Object {
            base: b,
            local_members: lm,
            branches: br,
            members: ms,
            ..
        } = &mut self.defs[id].kind
        {
            *b = base;
            *lm = locals;
            *br = branches;
            *ms = members;
        }
        self.defs[id].check_complete = true;
        Ok(())
    }

    pub(super) fn check_branches(&mut self, b: &mut super::schema::QBranches, seen: &Seen) -> R {
        let info = b.info;
        let tag = seen
            .index
            .get(&c_name(&b.tag_name, true))
            .map(|&i| seen.list[i].clone())
            .filter(|t| t.name == b.tag_name);
        let Some(tag) = tag else {
            return Err(self.err(
                info,
                format!("discriminator '{}' is not a member of 'base'", b.tag_name),
            ));
        };
        let base = match self.by_name.get(&tag.defined_in) {
            Some(&bt) if !self.defs[bt].is_implicit_object() => {
                format!("base type '{}'", tag.defined_in)
            }
            _ => "'base'".to_string(),
        };
        let tag_ty = tag.ty.unwrap_or(0);
        let QKind::Enum {
            members: values, ..
        } = self.defs[tag_ty].kind.clone()
        else {
            return Err(self.err(
                info,
                format!(
                    "discriminator member '{}' of {base} must be of enum type",
                    b.tag_name
                ),
            ));
        };
        if tag.optional {
            return Err(self.err(
                info,
                format!(
                    "discriminator member '{}' of {base} must not be optional",
                    b.tag_name
                ),
            ));
        }
        if tag.ifcond.is_some() {
            return Err(self.err(
                info,
                format!(
                    "discriminator member '{}' of {base} must not be conditional",
                    b.tag_name
                ),
            ));
        }
        for m in &values {
            if !b.variants.iter().any(|v| v.name == m.name) {
                let mut v = super::schema::member(
                    &m.name,
                    Some(info),
                    m.ifcond.clone(),
                    Vec::new(),
                    &tag.defined_in,
                    "branch",
                );
                v.type_name = "q_empty".into();
                b.variants.push(v);
            }
        }
        if b.variants.is_empty() {
            return Err(self.err(info, "union has no branches"));
        }
        let tag_desc = self.defs[tag_ty].describe();
        for v in &mut b.variants {
            self.member_check(v)?;
            if !values.iter().any(|m| m.name == v.name) {
                return Err(self.err(
                    info,
                    format!("branch '{}' is not a value of {tag_desc}", v.name),
                ));
            }
            let t = v.ty.unwrap_or(0);
            if !matches!(self.defs[t].kind, QKind::Object { .. }) {
                let msg = format!(
                    "{} cannot use {}",
                    describe_member(self, v, info),
                    self.defs[t].describe()
                );
                return Err(self.err(info, msg));
            }
            self.check_object(t)?;
        }
        b.tag_member = Some(tag);
        Ok(())
    }
}
