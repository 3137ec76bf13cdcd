//! What a type looks like on the wire, whatever front end produced it: a
//! struct with its base members copied in, a union as its base members plus
//! a tag and branches, a command's arguments as an object. The comparison in
//! [`super::walk`] works on these views only, so an hx file, a QAPI schema
//! and a `query-qmp-schema` reply compare alike.

use std::collections::HashMap;

use crate::availability::Releases;
use crate::{Args, Builtin, Cond, Feature, Member, Returns, Schema, TypeDef, TypeKind, TypeRef};

/// A type as the walk sees it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Ty {
    /// A type reference of the schema.
    Ref(TypeRef),
    /// The members a command's `arguments` or an event's `data` declare in
    /// place (`command:NAME` / `event:NAME`).
    Inline(String),
    /// The `{}` a command without a return value replies with.
    Empty,
    /// Any JSON value (a historic hx command's return).
    AnyValue,
}

impl Ty {
    /// How the type is written, for messages.
    pub fn spelling(&self) -> String {
        match self {
            Ty::Ref(t) => t.to_string(),
            Ty::Inline(_) => "{...}".to_owned(),
            Ty::Empty => "{}".to_owned(),
            Ty::AnyValue => "any".to_owned(),
        }
    }
}

/// One member of an object view.
#[derive(Clone, Debug)]
pub(super) struct MemberView<'a> {
    pub name: &'a str,
    pub optional: bool,
    pub ty: Ty,
    pub features: &'a [Feature],
    pub cond: Option<&'a Cond>,
    /// The releases that have it, when the schema records them.
    pub releases: Option<Releases>,
}

/// One branch of a union (by tag value) or of an alternate (by JSON kind).
#[derive(Clone, Debug)]
pub(super) struct BranchView<'a> {
    pub key: String,
    pub ty: Ty,
    pub cond: Option<&'a Cond>,
    /// The releases that have its tag value, when the schema records them.
    pub releases: Option<Releases>,
}

/// One enum value.
#[derive(Clone, Debug)]
pub(super) struct ValueView<'a> {
    pub name: &'a str,
    pub features: &'a [Feature],
    pub cond: Option<&'a Cond>,
    pub releases: Option<Releases>,
}

/// The wire shape of a type.
#[derive(Clone, Debug)]
pub(super) enum Shape<'a> {
    /// A builtin (`int`, `str`, ...).
    Builtin(Builtin),
    /// Any JSON value.
    Any,
    /// A JSON object; `tag` and `branches` for a union.
    Object {
        members: Vec<MemberView<'a>>,
        tag: Option<&'a str>,
        branches: Vec<BranchView<'a>>,
    },
    /// A string enumeration.
    Enum(Vec<ValueView<'a>>),
    /// One of several JSON kinds.
    Alternate(Vec<BranchView<'a>>),
    /// An array of the element type.
    Array(Ty),
    /// A name the schema does not define (an error the readers report; here
    /// it compares as itself).
    Undefined,
}

impl Shape<'_> {
    /// The kind of shape, for "type changed" messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Shape::Builtin(b) => json_kind(*b),
            Shape::Any => "any",
            Shape::Object { tag: Some(_), .. } => "union",
            Shape::Object { .. } => "object",
            Shape::Enum(_) => "enum",
            Shape::Alternate(_) => "alternate",
            Shape::Array(_) => "array",
            Shape::Undefined => "undefined",
        }
    }
}

/// The JSON kind of a builtin, as `query-qmp-schema` reports it.
pub(super) fn json_kind(b: Builtin) -> &'static str {
    match b {
        Builtin::Str => "string",
        Builtin::Number => "number",
        Builtin::Bool => "boolean",
        Builtin::Null => "null",
        Builtin::Any => "value",
        Builtin::QType => "string",
        _ => "int",
    }
}

/// One schema, indexed for the walk.
pub(super) struct Side<'a> {
    pub schema: &'a Schema,
    types: HashMap<&'a str, &'a TypeDef>,
    commands: HashMap<&'a str, &'a crate::Command>,
    events: HashMap<&'a str, &'a crate::Event>,
}

impl<'a> Side<'a> {
    pub fn new(schema: &'a Schema) -> Self {
        let mut types = HashMap::new();
        for t in &schema.types {
            types.entry(t.name.as_str()).or_insert(t);
        }
        let mut commands = HashMap::new();
        for c in &schema.commands {
            commands.entry(c.name.as_str()).or_insert(c);
        }
        let mut events = HashMap::new();
        for e in &schema.events {
            events.entry(e.name.as_str()).or_insert(e);
        }
        Side {
            schema,
            types,
            commands,
            events,
        }
    }

    /// Whether type names mean something (they are made up for
    /// introspection).
    pub fn has_type_names(&self) -> bool {
        self.schema.format != crate::SourceFormat::Introspect
    }

    pub fn command(&self, name: &str) -> Option<&'a crate::Command> {
        self.commands.get(name).copied()
    }

    pub fn event(&self, name: &str) -> Option<&'a crate::Event> {
        self.events.get(name).copied()
    }

    pub fn type_def(&self, name: &str) -> Option<&'a TypeDef> {
        self.types.get(name).copied()
    }

    /// The type of a command's arguments or an event's data.
    pub fn args_ty(args: &Args, inline_key: String) -> Ty {
        match args {
            Args::Members(_) => Ty::Inline(inline_key),
            Args::Named { ty, .. } => Ty::Ref(TypeRef::Named(ty.clone())),
        }
    }

    /// The type of a command's reply.
    pub fn returns_ty(r: &Returns) -> Ty {
        match r {
            Returns::Unknown => Ty::AnyValue,
            Returns::Empty => Ty::Empty,
            Returns::Type(t) => Ty::Ref(t.clone()),
        }
    }

    /// The releases the schema records for `key` (`NAME` or `OWNER.NAME`).
    pub fn releases(&self, key: &str) -> Option<Releases> {
        self.schema.releases.get(key).copied()
    }

    /// The view of member `m` of `owner`, declared by `declared_by` (a
    /// base of `owner`, or `owner` itself); its releases are those recorded
    /// for `owner`'s member, else for the declaring type's.
    fn member_view(&self, owner: &str, declared_by: &str, m: &'a Member) -> MemberView<'a> {
        let releases = self
            .releases(&format!("{owner}.{}", m.name))
            .or_else(|| self.releases(&format!("{declared_by}.{}", m.name)));
        MemberView {
            name: &m.name,
            optional: m.optional,
            ty: Ty::Ref(m.ty.clone()),
            features: &m.features,
            cond: m.cond.as_ref(),
            releases,
        }
    }

    /// The condition a named type is defined under, if any.
    pub fn cond_of(&self, ty: &Ty) -> Option<&'a Cond> {
        match ty {
            Ty::Ref(TypeRef::Named(n)) => self.type_def(n).and_then(|t| t.cond.as_ref()),
            _ => None,
        }
    }

    /// The wire shape of `ty`.
    pub fn shape(&self, ty: &Ty) -> Shape<'a> {
        match ty {
            Ty::Empty => Shape::Object {
                members: Vec::new(),
                tag: None,
                branches: Vec::new(),
            },
            Ty::AnyValue => Shape::Any,
            Ty::Inline(key) => {
                let (owner, members) = match key.split_once(':') {
                    Some(("command", n)) => (n, self.command(n).map(|c| &c.args)),
                    Some(("event", n)) => (n, self.event(n).map(|e| &e.data)),
                    _ => ("", None),
                };
                match members {
                    Some(Args::Members(ms)) => Shape::Object {
                        members: ms
                            .iter()
                            .filter(|m| !m.is_option_list())
                            .map(|m| self.member_view(owner, owner, m))
                            .collect(),
                        tag: None,
                        branches: Vec::new(),
                    },
                    _ => Shape::Undefined,
                }
            }
            Ty::Ref(TypeRef::Builtin(Builtin::Any)) => Shape::Any,
            Ty::Ref(TypeRef::Builtin(b)) => Shape::Builtin(*b),
            Ty::Ref(TypeRef::Array(el)) => Shape::Array(Ty::Ref((**el).clone())),
            Ty::Ref(TypeRef::Named(n)) => match self.type_def(n) {
                None => Shape::Undefined,
                Some(t) => self.named_shape(t),
            },
        }
    }

    fn named_shape(&self, t: &'a TypeDef) -> Shape<'a> {
        match &t.kind {
            TypeKind::Struct(_) => Shape::Object {
                members: self.struct_members(&t.name),
                tag: None,
                branches: Vec::new(),
            },
            TypeKind::Enum(e) => Shape::Enum(
                e.values
                    .iter()
                    .map(|v| ValueView {
                        name: &v.name,
                        features: &v.features,
                        cond: v.cond.as_ref(),
                        releases: self.releases(&format!("{}.{}", t.name, v.name)),
                    })
                    .collect(),
            ),
            TypeKind::Union(u) => {
                let members = match &u.base {
                    Some(b) => self.struct_members(b),
                    None => u
                        .members
                        .iter()
                        .map(|m| self.member_view(&t.name, &t.name, m))
                        .collect(),
                };
                // A branch exists in the releases that have its tag value.
                let tag_enum = match members.iter().find(|m| m.name == u.discriminator) {
                    Some(MemberView {
                        ty: Ty::Ref(TypeRef::Named(n)),
                        ..
                    }) => n.as_str(),
                    _ => "",
                };
                let value_releases = |v: &str| self.releases(&format!("{tag_enum}.{v}"));
                let mut branches: Vec<BranchView<'a>> = u
                    .variants
                    .iter()
                    .map(|v| BranchView {
                        key: v.name.clone(),
                        ty: Ty::Ref(v.ty.clone()),
                        cond: v.cond.as_ref(),
                        releases: value_releases(&v.name),
                    })
                    .collect();
                // In QAPI a tag value without a branch of its own selects
                // an empty one, which introspection lists too. (In an hx
                // file a union may list only some branches: the others are
                // open, and generated bindings keep their members.)
                let tag_ty = members.iter().find(|m| m.name == u.discriminator);
                let implicit = self.schema.format == crate::SourceFormat::Qapi;
                if let (true, Some(Shape::Enum(values))) =
                    (implicit, tag_ty.map(|m| self.shape(&m.ty)))
                {
                    for v in values {
                        if !branches.iter().any(|b| b.key == v.name) {
                            branches.push(BranchView {
                                key: v.name.to_owned(),
                                ty: Ty::Empty,
                                cond: v.cond,
                                releases: v.releases,
                            });
                        }
                    }
                }
                Shape::Object {
                    members,
                    tag: Some(&u.discriminator),
                    branches,
                }
            }
            TypeKind::Alternate(a) => Shape::Alternate(
                a.variants
                    .iter()
                    .map(|v| BranchView {
                        key: self.alternative_kind(&v.ty).to_owned(),
                        ty: Ty::Ref(v.ty.clone()),
                        cond: v.cond.as_ref(),
                        releases: None,
                    })
                    .collect(),
            ),
        }
    }

    /// A struct's members with its bases' first (bases followed iteratively;
    /// a base cycle, which the readers reject, stops the chain).
    fn struct_members(&self, name: &str) -> Vec<MemberView<'a>> {
        let chain = crate::model::base_chain(name, |n| self.type_def(n));
        let mut out = Vec::new();
        for t in chain.iter().rev() {
            let by = t.name.as_str();
            match &t.kind {
                TypeKind::Struct(s) => {
                    out.extend(s.members.iter().map(|m| self.member_view(name, by, m)))
                }
                // A union used as a base or branch: its base members.
                TypeKind::Union(u) => match &u.base {
                    Some(b) if b != &t.name => out.extend(self.struct_members(b)),
                    _ => out.extend(u.members.iter().map(|m| self.member_view(name, by, m))),
                },
                _ => {}
            }
        }
        out
    }

    /// The JSON kind that selects an alternate's branch of type `ty`.
    fn alternative_kind(&self, ty: &TypeRef) -> &'static str {
        match ty {
            TypeRef::Builtin(b) => json_kind(*b),
            TypeRef::Array(_) => "array",
            TypeRef::Named(n) => match self.type_def(n).map(|t| &t.kind) {
                Some(TypeKind::Enum(_)) => "string",
                Some(TypeKind::Alternate(_)) => "alternate",
                _ => "object",
            },
        }
    }
}
