//! The entities of a checked QAPI schema: definitions (types, commands,
//! events) with their members, branches and features, include directives
//! and modules, and QEMU's descriptions of them used in error messages.

use std::collections::HashMap;
use std::path::PathBuf;

use super::ast::IfCond;
use super::doc::QDoc;
use super::parser::Pragma;
use super::source::{InfoId, Infos};

/// Index of a definition in [`QSchema::defs`].
pub(crate) type DefId = usize;

/// A feature of a definition or member.
#[derive(Clone, Debug)]
pub(crate) struct QFeature {
    pub name: String,
    pub info: Option<InfoId>,
    pub ifcond: Option<IfCond>,
    pub defined_in: String,
}

/// A member of an object, an enum value or a branch (`role` tells which).
#[derive(Clone, Debug)]
pub(crate) struct QMember {
    pub name: String,
    pub info: Option<InfoId>,
    pub ifcond: Option<IfCond>,
    pub features: Vec<QFeature>,
    pub defined_in: String,
    pub role: &'static str,
    /// The type's name (objects and branches only).
    pub type_name: String,
    /// The resolved type, after checking.
    pub ty: Option<DefId>,
    pub optional: bool,
    /// The exact line it is written on (errors use `info`, the line of the
    /// definition, as QEMU does).
    pub line: Option<InfoId>,
}

/// Union branches with their discriminator.
#[derive(Clone, Debug)]
pub(crate) struct QBranches {
    pub info: InfoId,
    pub variants: Vec<QMember>,
    pub tag_name: String,
    pub tag_member: Option<QMember>,
}

/// The kinds of entity.
#[derive(Clone, Debug)]
pub(crate) enum QKind {
    Builtin {
        json_type: &'static str,
    },
    Enum {
        members: Vec<QMember>,
        prefix: Option<String>,
    },
    Array {
        element_name: String,
        element: Option<DefId>,
    },
    Object {
        base_name: Option<String>,
        base: Option<DefId>,
        local_members: Vec<QMember>,
        branches: Option<QBranches>,
        members: Vec<QMember>,
    },
    Alternate {
        variants: Vec<QMember>,
        tag_member: QMember,
    },
    Command {
        arg_type_name: Option<String>,
        arg_type: Option<DefId>,
        ret_type_name: Option<String>,
        ret_type: Option<DefId>,
        gen: bool,
        success_response: bool,
        boxed: bool,
        allow_oob: bool,
        allow_preconfig: bool,
        coroutine: bool,
    },
    Event {
        arg_type_name: Option<String>,
        arg_type: Option<DefId>,
        boxed: bool,
    },
}

/// A named definition (type, command or event).
#[derive(Clone, Debug)]
pub(crate) struct QDef {
    pub name: String,
    pub info: Option<InfoId>,
    pub doc: Option<usize>,
    pub ifcond: Option<IfCond>,
    pub features: Vec<QFeature>,
    pub kind: QKind,
    pub checked: bool,
    pub check_complete: bool,
    pub module: usize,
}

impl QDef {
    /// `struct`, `union`, `enum`, `built-in`, ... as QEMU names them.
    pub fn meta(&self) -> &'static str {
        match &self.kind {
            QKind::Builtin { .. } => "built-in",
            QKind::Enum { .. } => "enum",
            QKind::Array { .. } => "array",
            QKind::Object { branches, .. } => {
                if branches.is_some() {
                    "union"
                } else {
                    "struct"
                }
            }
            QKind::Alternate { .. } => "alternate",
            QKind::Command { .. } => "command",
            QKind::Event { .. } => "event",
        }
    }

    pub fn is_type(&self) -> bool {
        !matches!(self.kind, QKind::Command { .. } | QKind::Event { .. })
    }

    pub fn is_implicit_object(&self) -> bool {
        self.name.starts_with("q_")
    }

    /// QEMU's `describe()`: `struct type 'Foo'`, `array type ['int']`, ...
    pub fn describe(&self) -> String {
        match &self.kind {
            QKind::Array { element_name, .. } => format!("array type ['{element_name}']"),
            QKind::Command { .. } | QKind::Event { .. } => {
                format!("{} '{}'", self.meta(), self.name)
            }
            _ => format!("{} type '{}'", self.meta(), self.name),
        }
    }

    /// The JSON type of values of this type (`None` for non-types).
    pub fn json_type(&self) -> Option<&'static str> {
        Some(match &self.kind {
            QKind::Builtin { json_type } => json_type,
            QKind::Enum { .. } => "string",
            QKind::Array { .. } => "array",
            QKind::Object { .. } => "object",
            QKind::Alternate { .. } => "value",
            _ => return None,
        })
    }
}

/// An entry of the entity list: a definition or an include directive.
#[derive(Clone, Debug)]
pub(crate) enum Entity {
    Def(DefId),
    Include { module: usize, info: InfoId },
}

/// A module: one schema file (or `./builtin`) and its entities.
#[derive(Clone, Debug)]
pub(crate) struct Module {
    pub name: String,
    pub entities: Vec<Entity>,
}

/// The whole schema.
#[derive(Debug)]
pub(crate) struct QSchema {
    pub infos: Infos,
    pub pragma: Pragma,
    pub docs: Vec<QDoc>,
    pub defs: Vec<QDef>,
    pub by_name: HashMap<String, DefId>,
    pub entities: Vec<Entity>,
    pub modules: Vec<Module>,
    pub schema_dir: PathBuf,
    pub files: Vec<PathBuf>,
    /// Feature names in first-use order with where they were first used.
    pub feature_names: Vec<(String, Option<InfoId>)>,
    pub warnings: Vec<(InfoId, String)>,
}
