//! Connecting doc comments to what they document: every member, enum
//! value, branch and feature of a documented definition must have a
//! description (undocumented members draw a warning), and every
//! description must name something that exists (checked later).

use super::schema::{DefId, QKind, QMember, QSchema};
use super::source::QapiError;

impl QSchema {
    fn connect_features(
        &mut self,
        doc: usize,
        fs: &[super::schema::QFeature],
    ) -> Result<(), QapiError> {
        for f in fs {
            self.docs[doc].connect_feature(&self.infos, &f.name, f.info.unwrap_or(0))?;
        }
        Ok(())
    }

    fn connect_member(&mut self, doc: usize, m: &QMember) -> Result<(), QapiError> {
        let exceptions = self.pragma.documentation_exceptions.clone();
        self.docs[doc].connect_member(
            &m.name,
            m.role,
            m.info.unwrap_or(0),
            &exceptions,
            &mut self.warnings,
        );
        self.connect_features(doc, &m.features)
    }

    /// QEMU's `connect_doc()` for one definition (with the doc of the
    /// definition that uses it, for implicit types).
    pub(crate) fn connect_doc(&mut self, id: DefId, doc: Option<usize>) -> Result<(), QapiError> {
        let Some(doc) = doc.or(self.defs[id].doc) else {
            return Ok(());
        };
        let features = self.defs[id].features.clone();
        self.connect_features(doc, &features)?;
        match self.defs[id].kind.clone() {
            QKind::Enum { members, .. } => {
                for m in &members {
                    self.connect_member(doc, m)?;
                }
            }
            QKind::Object {
                base,
                local_members,
                ..
            } => {
                if let Some(b) = base {
                    if self.defs[b].is_implicit_object() {
                        self.connect_doc(b, Some(doc))?;
                    }
                }
                for m in &local_members {
                    self.connect_member(doc, m)?;
                }
            }
            QKind::Alternate { variants, .. } => {
                for v in &variants {
                    self.connect_member(doc, v)?;
                }
            }
            QKind::Command { arg_type, .. } | QKind::Event { arg_type, .. } => {
                if let Some(a) = arg_type {
                    if self.defs[a].is_implicit_object() {
                        self.connect_doc(a, Some(doc))?;
                    }
                }
            }
            QKind::Builtin { .. } | QKind::Array { .. } => {}
        }
        Ok(())
    }
}
