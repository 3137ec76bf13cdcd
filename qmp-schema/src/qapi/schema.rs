//! The QAPI schema with QEMU's implicit types (QEMU's `schema.py`):
//! builtins and their `XList` arrays, `q_empty`, `QType`, `q_obj_X-arg` /
//! `q_obj_X-base` objects for members written in place, and modules. The
//! semantic checks live in [`super::check`].

use std::collections::HashMap;
use std::path::Path;

use super::ast::{BranchDef, DefKind, Expr, FeatDef, IfCond, MemberDef, NameOrMembers, TypeExpr};
use super::doc::QDoc;
pub(crate) use super::entity::*;
use super::parser::Pragma;
use super::source::{dirname, relpath, InfoId, Infos, QapiError};

const BUILTINS: [(&str, &str); 15] = [
    ("str", "string"),
    ("number", "number"),
    ("int", "int"),
    ("int8", "int"),
    ("int16", "int"),
    ("int32", "int"),
    ("int64", "int"),
    ("uint8", "int"),
    ("uint16", "int"),
    ("uint32", "int"),
    ("uint64", "int"),
    ("size", "int"),
    ("bool", "boolean"),
    ("any", "value"),
    ("null", "null"),
];

pub(crate) const BUILTIN_MODULE: &str = "./builtin";

impl QSchema {
    pub fn new(fname: &Path, infos: Infos, pragma: Pragma, docs: Vec<QDoc>) -> Self {
        let mut s = QSchema {
            infos,
            pragma,
            docs,
            defs: Vec::new(),
            by_name: HashMap::new(),
            entities: Vec::new(),
            modules: Vec::new(),
            schema_dir: dirname(fname),
            files: Vec::new(),
            feature_names: vec![("deprecated".into(), None), ("unstable".into(), None)],
            warnings: Vec::new(),
        };
        s.make_module(Path::new(BUILTIN_MODULE));
        s.make_module(fname);
        s
    }

    fn module_name(&self, fname: &Path) -> String {
        let s = fname.to_string_lossy();
        if s.starts_with("./") {
            return s.into_owned();
        }
        relpath(fname, &self.schema_dir)
            .to_string_lossy()
            .into_owned()
    }

    pub fn make_module(&mut self, fname: &Path) -> usize {
        let name = self.module_name(fname);
        if let Some(i) = self.modules.iter().position(|m| m.name == name) {
            return i;
        }
        self.modules.push(Module {
            name,
            entities: Vec::new(),
        });
        self.modules.len() - 1
    }

    pub fn module_by_fname(&self, fname: &Path) -> usize {
        let name = self.module_name(fname);
        self.modules
            .iter()
            .position(|m| m.name == name)
            .unwrap_or(0)
    }

    pub fn err(&self, info: InfoId, msg: impl Into<String>) -> QapiError {
        QapiError::at(&self.infos, info, None, msg)
    }

    pub fn lookup_type(&self, name: &str) -> Option<DefId> {
        self.by_name
            .get(name)
            .copied()
            .filter(|&i| self.defs[i].is_type())
    }

    fn def_definition(&mut self, d: QDef) -> Result<DefId, QapiError> {
        if let Some(&other) = self.by_name.get(&d.name) {
            let info = d.info.unwrap_or(0);
            let o = &self.defs[other];
            return Err(match o.info {
                Some(oi) => {
                    let prev = format!("{}: previous definition", self.infos.describe(oi));
                    self.err(info, format!("'{}' is already defined\n{prev}", d.name))
                }
                None => self.err(info, format!("{} is already defined", o.describe())),
            });
        }
        let id = self.defs.len();
        self.by_name.insert(d.name.clone(), id);
        self.defs.push(d);
        self.entities.push(Entity::Def(id));
        Ok(id)
    }

    fn new_def(name: &str, info: Option<InfoId>, kind: QKind) -> QDef {
        QDef {
            name: name.to_string(),
            info,
            doc: None,
            ifcond: None,
            features: Vec::new(),
            kind,
            checked: false,
            check_complete: false,
            module: 0,
        }
    }

    pub fn def_predefineds(&mut self) -> Result<(), QapiError> {
        for (name, json_type) in BUILTINS {
            self.def_definition(Self::new_def(name, None, QKind::Builtin { json_type }))?;
            self.make_array_type(name, None)?;
        }
        let empty = QKind::Object {
            base_name: None,
            base: None,
            local_members: Vec::new(),
            branches: None,
            members: Vec::new(),
        };
        self.def_definition(Self::new_def("q_empty", None, empty))?;
        let qtypes = [
            "none", "qnull", "qnum", "qstring", "qdict", "qlist", "qbool",
        ];
        let members = qtypes
            .iter()
            .map(|n| member(n, None, None, Vec::new(), "QType", "value"))
            .collect();
        self.def_definition(Self::new_def(
            "QType",
            None,
            QKind::Enum {
                members,
                prefix: None,
            },
        ))?;
        Ok(())
    }

    fn make_features(&mut self, fs: &[FeatDef], info: InfoId, defined_in: &str) -> Vec<QFeature> {
        for f in fs {
            if !self.feature_names.iter().any(|(n, _)| n == &f.name) {
                self.feature_names.push((f.name.clone(), Some(info)));
            }
        }
        fs.iter()
            .map(|f| QFeature {
                name: f.name.clone(),
                info: Some(info),
                ifcond: f.ifcond.clone(),
                defined_in: defined_in.to_string(),
            })
            .collect()
    }

    fn make_array_type(
        &mut self,
        element: &str,
        info: Option<InfoId>,
    ) -> Result<String, QapiError> {
        let name = format!("{element}List");
        if self.lookup_type(&name).is_none() {
            let kind = QKind::Array {
                element_name: element.to_string(),
                element: None,
            };
            self.def_definition(Self::new_def(&name, info, kind))?;
        }
        Ok(name)
    }

    fn type_name(&mut self, t: &TypeExpr, info: InfoId) -> Result<String, QapiError> {
        match t {
            TypeExpr::Name(n) => Ok(n.clone()),
            TypeExpr::Array(e) => self.make_array_type(e, Some(info)),
        }
    }

    fn make_members(
        &mut self,
        ms: &[MemberDef],
        info: InfoId,
        defined_in: &str,
    ) -> Result<Vec<QMember>, QapiError> {
        let mut out = Vec::with_capacity(ms.len());
        for m in ms {
            let ty = self.type_name(&m.ty, info)?;
            let features = self.make_features(&m.features, info, &m.name);
            let mut qm = member(
                &m.name,
                Some(info),
                m.ifcond.clone(),
                features,
                defined_in,
                "member",
            );
            qm.type_name = ty;
            qm.optional = m.optional;
            qm.line = m.line;
            out.push(qm);
        }
        Ok(out)
    }

    fn make_implicit_object(
        &mut self,
        name: &str,
        info: InfoId,
        ifcond: &Option<IfCond>,
        role: &str,
        ms: &[MemberDef],
    ) -> Result<Option<String>, QapiError> {
        let tname = format!("q_obj_{name}-{role}");
        let members = self.make_members(ms, info, &tname)?;
        if members.is_empty() {
            return Ok(None);
        }
        if !self.by_name.contains_key(&tname) {
            let mut d = Self::new_def(
                &tname,
                Some(info),
                QKind::Object {
                    base_name: None,
                    base: None,
                    local_members: members,
                    branches: None,
                    members: Vec::new(),
                },
            );
            d.ifcond = ifcond.clone();
            self.def_definition(d)?;
        }
        Ok(Some(tname))
    }

    fn make_variants(
        &mut self,
        bs: &[BranchDef],
        info: InfoId,
        defined_in: &str,
    ) -> Result<Vec<QMember>, QapiError> {
        let mut out = Vec::with_capacity(bs.len());
        for b in bs {
            let ty = self.type_name(&b.ty, info)?;
            let mut v = member(
                &b.name,
                Some(info),
                b.ifcond.clone(),
                Vec::new(),
                defined_in,
                "branch",
            );
            v.type_name = ty;
            v.line = b.line;
            out.push(v);
        }
        Ok(out)
    }

    fn args_type(
        &mut self,
        name: &str,
        info: InfoId,
        ifcond: &Option<IfCond>,
        data: &Option<NameOrMembers>,
    ) -> Result<Option<String>, QapiError> {
        match data {
            None => Ok(None),
            Some(NameOrMembers::Name(n)) => Ok(Some(n.clone())),
            Some(NameOrMembers::Members(ms)) => {
                self.make_implicit_object(name, info, ifcond, "arg", ms)
            }
        }
    }

    /// Defines every entity of the checked expressions, in order.
    pub fn def_exprs(&mut self, exprs: &[Expr]) -> Result<(), QapiError> {
        for e in exprs {
            let d = match e {
                Expr::Include { fname, info } => {
                    let module = self.make_module(fname);
                    self.entities.push(Entity::Include {
                        module,
                        info: *info,
                    });
                    continue;
                }
                Expr::Def(d) => d,
            };
            let info = d.info;
            let features = self.make_features(&d.features, info, &d.name);
            let kind = match &d.kind {
                DefKind::Enum {
                    members: ms,
                    prefix,
                } => {
                    let members = ms
                        .iter()
                        .map(|m| {
                            let f = self.make_features(&m.features, info, &m.name);
                            let mut v =
                                member(&m.name, Some(info), m.ifcond.clone(), f, &d.name, "value");
                            v.line = m.line;
                            v
                        })
                        .collect();
                    QKind::Enum {
                        members,
                        prefix: prefix.clone(),
                    }
                }
                DefKind::Struct { base, members } => QKind::Object {
                    base_name: base.clone(),
                    base: None,
                    local_members: self.make_members(members, info, &d.name)?,
                    branches: None,
                    members: Vec::new(),
                },
                DefKind::Union {
                    base,
                    discriminator,
                    branches,
                } => {
                    let base_name = match base {
                        NameOrMembers::Name(n) => Some(n.clone()),
                        NameOrMembers::Members(ms) => {
                            self.make_implicit_object(&d.name, info, &d.ifcond, "base", ms)?
                        }
                    };
                    let variants = self.make_variants(branches, info, &d.name)?;
                    QKind::Object {
                        base_name,
                        base: None,
                        local_members: Vec::new(),
                        branches: Some(QBranches {
                            info,
                            variants,
                            tag_name: discriminator.clone(),
                            tag_member: None,
                        }),
                        members: Vec::new(),
                    }
                }
                DefKind::Alternate { branches } => {
                    let variants = self.make_variants(branches, info, &d.name)?;
                    let mut tag_member =
                        member("type", Some(info), None, Vec::new(), &d.name, "member");
                    tag_member.type_name = "QType".into();
                    QKind::Alternate {
                        variants,
                        tag_member,
                    }
                }
                DefKind::Command {
                    data,
                    returns,
                    gen,
                    success_response,
                    boxed,
                    allow_oob,
                    allow_preconfig,
                    coroutine,
                } => {
                    let arg_type_name = self.args_type(&d.name, info, &d.ifcond, data)?;
                    let ret_type_name = match returns {
                        Some(t) => Some(self.type_name(t, info)?),
                        None => None,
                    };
                    QKind::Command {
                        arg_type_name,
                        arg_type: None,
                        ret_type_name,
                        ret_type: None,
                        gen: *gen,
                        success_response: *success_response,
                        boxed: *boxed,
                        allow_oob: *allow_oob,
                        allow_preconfig: *allow_preconfig,
                        coroutine: *coroutine,
                    }
                }
                DefKind::Event { data, boxed } => QKind::Event {
                    arg_type_name: self.args_type(&d.name, info, &d.ifcond, data)?,
                    arg_type: None,
                    boxed: *boxed,
                },
            };
            let mut q = Self::new_def(&d.name, Some(info), kind);
            q.doc = d.doc;
            q.ifcond = d.ifcond.clone();
            q.features = features;
            self.def_definition(q)?;
        }
        Ok(())
    }
}

/// A member record with no type yet.
pub(crate) fn member(
    name: &str,
    info: Option<InfoId>,
    ifcond: Option<IfCond>,
    features: Vec<QFeature>,
    defined_in: &str,
    role: &'static str,
) -> QMember {
    QMember {
        name: name.to_string(),
        info,
        ifcond,
        features,
        defined_in: defined_in.to_string(),
        role,
        type_name: String::new(),
        ty: None,
        optional: false,
        line: None,
    }
}
