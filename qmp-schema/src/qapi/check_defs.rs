//! Semantic checks of alternates, commands and events, the per-entity
//! dispatch, and the whole-schema pass (QEMU's `QAPISchema.check()`).

use super::check::{check_clash, describe_member, Seen};
use super::schema::{DefId, Entity, QKind, QSchema, BUILTIN_MODULE};

use super::source::QapiError;

type R = Result<(), QapiError>;

impl QSchema {
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
            QKind::Enum { .. } => {
                self.def_check(id)?;
                let info = self.info_of(id);
                let mut seen = Seen::default();
                if let QKind::Enum { members, .. } = &self.defs[id].kind {
                    for m in members {
                        check_clash(self, m, info, &mut seen)?;
                    }
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
                self.connect_doc(id)?;
            }
        }
        // Module of each file name, computed once per file.
        let mut cache: std::collections::HashMap<std::path::PathBuf, usize> = Default::default();
        let mut module_of = |s: &QSchema, f: &std::path::Path| -> usize {
            if let Some(&m) = cache.get(f) {
                return m;
            }
            let m = s.module_by_fname(f);
            cache.insert(f.to_path_buf(), m);
            m
        };
        for ent in self.entities.clone() {
            let (module, entity) = match ent {
                Entity::Include { info, .. } => {
                    let f = self.infos.get(info).fname.clone();
                    (module_of(self, &f), ent)
                }
                Entity::Def(id) => {
                    let info = match &self.defs[id].kind {
                        QKind::Array { element, .. } => element.and_then(|e| self.defs[e].info),
                        _ => self.defs[id].info,
                    };
                    let m = match info {
                        Some(i) => {
                            let f = self.infos.get(i).fname.clone();
                            module_of(self, &f)
                        }
                        None => module_of(self, std::path::Path::new(BUILTIN_MODULE)),
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
