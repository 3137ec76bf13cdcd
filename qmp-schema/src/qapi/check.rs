//! Semantic checks of a QAPI schema, in QEMU's order: type resolution,
//! base and branch rules, member clashes (after C name mangling),
//! alternate ambiguity, command and event argument rules, and the
//! connection of doc comments to members and features.

use std::collections::HashMap;

use super::common::c_name;
use super::schema::{DefId, Entity, QKind, QMember, QSchema, BUILTIN_MODULE};
use super::source::{InfoId, QapiError};

type R = Result<(), QapiError>;

/// Members seen so far, by C name, in insertion order.
#[derive(Clone, Default)]
struct Seen {
    index: HashMap<String, usize>,
    list: Vec<QMember>,
}

/// QEMU's `QAPISchemaMember.describe()`.
fn describe_member(s: &QSchema, m: &QMember, info: InfoId) -> String {
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

fn check_clash(s: &QSchema, m: &QMember, info: InfoId, seen: &mut Seen) -> R {
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
    fn resolve_type(
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

    fn info_of(&self, id: DefId) -> InfoId {
        self.defs[id].info.unwrap_or(0)
    }

    /// QAPISchemaDefinition.check + QAPISchemaType.check.
    fn def_check(&mut self, id: DefId) -> R {
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

    fn member_check(&self, m: &mut QMember) -> R {
        let info = m.info.unwrap_or(0);
        let what = describe_member(self, m, info);
        m.ty = Some(self.resolve_type(&m.type_name, m.info, &what)?);
        features_clash(self, &m.features, info)
    }

    fn object_clash(&self, id: DefId, info: InfoId, seen: &mut Seen) -> R {
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

    fn check_branches(&mut self, b: &mut super::schema::QBranches, seen: &Seen) -> R {
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

    fn check_alternate(&mut self, id: DefId) -> R {
        self.def_check(id)?;
        let info = self.info_of(id);
        let QKind::Alternate {
            mut variants,
            mut tag_member,
        } = self.defs[id].kind.clone()
        else {
            return Ok(());
        };
        self.member_check(&mut tag_member)?;
        for v in &mut variants {
            self.member_check(v)?;
        }
        let mut seen = Seen::default();
        let mut types_seen: Vec<(&str, String)> = Vec::new();
        for v in &variants {
            check_clash(self, v, info, &mut seen)?;
            let t = &self.defs[v.ty.unwrap_or(0)];
            let qtype = match t.json_type() {
                Some("null") => "QNULL",
                Some("string") => "QSTRING",
                Some("number") | Some("int") => "QNUM",
                Some("boolean") => "QBOOL",
                Some("array") => "QLIST",
                Some("object") => "QDICT",
                _ => {
                    let msg = format!(
                        "{} cannot use {}",
                        describe_member(self, v, info),
                        t.describe()
                    );
                    return Err(self.err(info, msg));
                }
            };
            let mut conflicting = vec![qtype];
            if qtype == "QSTRING" {
                if let QKind::Enum { members, .. } = &t.kind {
                    for m in members {
                        if m.name == "on" || m.name == "off" {
                            conflicting.push("QBOOL");
                        }
                        if m.name.starts_with(|c: char| "-+0123456789.".contains(c)) {
                            conflicting.push("QNUM");
                        }
                    }
                } else {
                    conflicting.push("QNUM");
                    conflicting.push("QBOOL");
                }
            }
            conflicting.sort_unstable();
            conflicting.dedup();
            for qt in conflicting {
                if let Some((_, other)) = types_seen.iter().find(|(q, _)| *q == qt) {
                    let msg = format!(
                        "{} can't be distinguished from '{other}'",
                        describe_member(self, v, info)
                    );
                    return Err(self.err(info, msg));
                }
                types_seen.push((qt, v.name.clone()));
            }
        }
        self.defs[id].kind = QKind::Alternate {
            variants,
            tag_member,
        };
        Ok(())
    }

    fn has_conditional_members(&self, id: DefId) -> bool {
        match &self.defs[id].kind {
            QKind::Object { members, .. } => members.iter().any(|m| m.ifcond.is_some()),
            _ => false,
        }
    }

    fn check_args(
        &mut self,
        id: DefId,
        arg_name: &str,
        boxed: bool,
        what: &str,
    ) -> Result<DefId, QapiError> {
        let info = self.info_of(id);
        let a = self.resolve_type(arg_name, Some(info), &format!("{what}'s 'data'"))?;
        let QKind::Object { branches, .. } = &self.defs[a].kind else {
            let msg = format!("{what}'s 'data' cannot take {}", self.defs[a].describe());
            return Err(self.err(info, msg));
        };
        if branches.is_some() && !boxed {
            let msg = format!(
                "{what}'s 'data' can take {} only with 'boxed': true",
                self.defs[a].describe()
            );
            return Err(self.err(info, msg));
        }
        self.check_object(a)?;
        if self.has_conditional_members(a) && !boxed {
            let msg = if what == "command" {
                "conditional command arguments require 'boxed': true"
            } else {
                "event's 'data' members may have 'if' conditions only with 'boxed': true"
            };
            return Err(self.err(info, msg));
        }
        Ok(a)
    }

    fn check_command(&mut self, id: DefId) -> R {
        self.def_check(id)?;
        let info = self.info_of(id);
        let QKind::Command {
            arg_type_name,
            ret_type_name,
            boxed,
            ..
        } = self.defs[id].kind.clone()
        else {
            return Ok(());
        };
        let arg = match &arg_type_name {
            Some(n) => Some(self.check_args(id, n, boxed, "command")?),
            None => None,
        };
        let mut ret = None;
        if let Some(rn) = &ret_type_name {
            let r = self.resolve_type(rn, Some(info), "command's 'returns'")?;
            let name = &self.defs[id].name;
            if !self
                .pragma
                .command_returns_exceptions
                .iter()
                .any(|n| n == name)
            {
                let mut t = r;
                if let QKind::Array { element_name, .. } = &self.defs[r].kind {
                    t = self.lookup_type(element_name).unwrap_or(r);
                }
                if !matches!(self.defs[t].kind, QKind::Object { .. }) {
                    let msg = format!(
                        "command's 'returns' cannot take {}",
                        self.defs[r].describe()
                    );
                    return Err(self.err(info, msg));
                }
            }
            ret = Some(r);
        }
        if let QKind::Command {
            arg_type, ret_type, ..
        } = &mut self.defs[id].kind
        {
            *arg_type = arg;
            *ret_type = ret;
        }
        Ok(())
    }

    fn check_event(&mut self, id: DefId) -> R {
        self.def_check(id)?;
        let QKind::Event {
            arg_type_name,
            boxed,
            ..
        } = self.defs[id].kind.clone()
        else {
            return Ok(());
        };
        if let Some(n) = &arg_type_name {
            let a = self.check_args(id, n, boxed, "event")?;
            if let QKind::Event { arg_type, .. } = &mut self.defs[id].kind {
                *arg_type = Some(a);
            }
        }
        Ok(())
    }

    fn check_def(&mut self, id: DefId) -> R {
        match &self.defs[id].kind {
            QKind::Builtin { .. } => self.def_check(id),
            QKind::Enum { members, .. } => {
                let members = members.clone();
                self.def_check(id)?;
                let info = self.info_of(id);
                let mut seen = Seen::default();
                for m in &members {
                    check_clash(self, m, info, &mut seen)?;
                }
                Ok(())
            }
            QKind::Array { element_name, .. } => {
                let element_name = element_name.clone();
                self.def_check(id)?;
                let info = self.defs[id].info;
                let what = info
                    .and_then(|i| self.infos.defn_meta(i))
                    .unwrap_or("")
                    .to_string();
                let e = self.resolve_type(&element_name, info, &what)?;
                if let QKind::Array { element, .. } = &mut self.defs[id].kind {
                    *element = Some(e);
                }
                Ok(())
            }
            QKind::Object { .. } => self.check_object(id),
            QKind::Alternate { .. } => self.check_alternate(id),
            QKind::Command { .. } => self.check_command(id),
            QKind::Event { .. } => self.check_event(id),
        }
    }

    /// Runs every check, connects docs and assigns modules.
    pub(crate) fn check(&mut self) -> R {
        for ent in self.entities.clone() {
            if let Entity::Def(id) = ent {
                self.check_def(id)?;
                self.connect_doc(id, None)?;
            }
        }
        for ent in self.entities.clone() {
            let (module, entity) = match ent {
                Entity::Include { info, .. } => {
                    let f = self.infos.get(info).fname.clone();
                    (self.module_by_fname(&f), ent)
                }
                Entity::Def(id) => {
                    let info = match &self.defs[id].kind {
                        QKind::Array { element, .. } => element.and_then(|e| self.defs[e].info),
                        _ => self.defs[id].info,
                    };
                    let m = match info {
                        Some(i) => {
                            let f = self.infos.get(i).fname.clone();
                            self.module_by_fname(&f)
                        }
                        None => self.module_by_fname(std::path::Path::new(BUILTIN_MODULE)),
                    };
                    self.defs[id].module = m;
                    (m, ent)
                }
            };
            self.modules[module].entities.push(entity);
        }
        for doc in &self.docs {
            doc.check(&self.infos)?;
        }
        if let Some((_, info)) = self.feature_names.get(64) {
            return Err(self.err(
                info.unwrap_or(0),
                "Maximum of 64 schema features is permitted",
            ));
        }
        Ok(())
    }
}
