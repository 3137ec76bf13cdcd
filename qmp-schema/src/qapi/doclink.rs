//! Connecting doc comments to what they document: every member, enum
//! value, branch and feature of a documented definition must have a
//! description (undocumented members draw a warning), and every
//! description must name something that exists (checked later).

use super::doc::QDoc;
use super::parser::Pragma;
use super::schema::{DefId, QDef, QFeature, QKind, QMember, QSchema};
use super::source::{InfoId, Infos, QapiError};

/// The parts of the schema connecting needs, borrowed separately.
struct Linker<'a> {
    defs: &'a [QDef],
    infos: &'a Infos,
    pragma: &'a Pragma,
    doc: &'a mut QDoc,
    warnings: &'a mut Vec<(InfoId, String)>,
}

impl Linker<'_> {
    fn features(&mut self, fs: &[QFeature]) -> Result<(), QapiError> {
        for f in fs {
            self.doc
                .connect_feature(self.infos, &f.name, f.info.unwrap_or(0))?;
        }
        Ok(())
    }

    fn member(&mut self, m: &QMember) -> Result<(), QapiError> {
        self.doc.connect_member(
            &m.name,
            m.role,
            m.info.unwrap_or(0),
            &self.pragma.documentation_exceptions,
            self.warnings,
        );
        self.features(&m.features)
    }

    fn definition(&mut self, id: DefId) -> Result<(), QapiError> {
        let defs = self.defs;
        let d = &defs[id];
        self.features(&d.features)?;
        match &d.kind {
            QKind::Enum { members, .. } => {
                for m in members {
                    self.member(m)?;
                }
            }
            QKind::Object {
                base,
                local_members,
                ..
            } => {
                if let Some(b) = *base {
                    if defs[b].is_implicit_object() {
                        self.definition(b)?;
                    }
                }
                for m in local_members {
                    self.member(m)?;
                }
            }
            QKind::Alternate { variants, .. } => {
                for v in variants {
                    self.member(v)?;
                }
            }
            QKind::Command { arg_type, .. } | QKind::Event { arg_type, .. } => {
                if let Some(a) = *arg_type {
                    if defs[a].is_implicit_object() {
                        self.definition(a)?;
                    }
                }
            }
            QKind::Builtin { .. } | QKind::Array { .. } => {}
        }
        Ok(())
    }
}

impl QSchema {
    /// QEMU's `connect_doc()` for one definition and the implicit types
    /// it uses.
    pub(crate) fn connect_doc(&mut self, id: DefId) -> Result<(), QapiError> {
        let Some(doc) = self.defs[id].doc.and_then(|d| self.docs.get_mut(d)) else {
            return Ok(());
        };
        Linker {
            defs: &self.defs,
            infos: &self.infos,
            pragma: &self.pragma,
            doc,
            warnings: &mut self.warnings,
        }
        .definition(id)
    }
}
