//! Typed QAPI definitions, built from expressions that passed the checks
//! of [`super::expr`] (sugar such as `'name': 'type'` and bare feature
//! names is expanded here).

use super::parser::{Dict, Val};
use super::source::InfoId;

/// A build condition as written (`'if'`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum IfCond {
    Name(String),
    All(Vec<IfCond>),
    Any(Vec<IfCond>),
    Not(Box<IfCond>),
}

impl IfCond {
    pub fn from_val(v: &Val) -> Option<IfCond> {
        match v {
            Val::Str(s) => Some(IfCond::Name(s.clone())),
            Val::Dict(d) => {
                let (k, v) = d.0.first()?;
                let list = |v: &Val| -> Option<Vec<IfCond>> {
                    match v {
                        Val::List(l, _) => l.iter().map(IfCond::from_val).collect(),
                        _ => None,
                    }
                };
                match k.as_str() {
                    "all" => Some(IfCond::All(list(v)?)),
                    "any" => Some(IfCond::Any(list(v)?)),
                    "not" => Some(IfCond::Not(Box::new(IfCond::from_val(v)?))),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Python's `repr` of the value, as the suite's `.out` files print
    /// nested conditions.
    fn repr(&self) -> String {
        match self {
            IfCond::Name(n) => format!("'{n}'"),
            IfCond::All(l) | IfCond::Any(l) => {
                let op = if matches!(self, IfCond::All(_)) {
                    "all"
                } else {
                    "any"
                };
                let items: Vec<String> = l.iter().map(IfCond::repr).collect();
                format!("{{'{op}': [{}]}}", items.join(", "))
            }
            IfCond::Not(c) => format!("{{'not': {}}}", c.repr()),
        }
    }

    /// How the suite prints a condition: a bare name, or the repr of the
    /// object.
    pub fn dump(&self) -> String {
        match self {
            IfCond::Name(n) => n.clone(),
            _ => self.repr(),
        }
    }
}

/// A feature as written.
#[derive(Clone, Debug)]
pub(crate) struct FeatDef {
    pub name: String,
    pub ifcond: Option<IfCond>,
}

/// A type reference as written: a name or a one-element array.
#[derive(Clone, Debug)]
pub(crate) enum TypeExpr {
    Name(String),
    Array(String),
}

/// An object member as written (`'*name': ...`).
#[derive(Clone, Debug)]
pub(crate) struct MemberDef {
    /// The line of its key.
    pub line: Option<InfoId>,
    pub name: String,
    pub optional: bool,
    pub ty: TypeExpr,
    pub ifcond: Option<IfCond>,
    pub features: Vec<FeatDef>,
}

/// An enum value as written.
#[derive(Clone, Debug)]
pub(crate) struct EnumMemberDef {
    /// The line it starts on.
    pub line: Option<InfoId>,
    pub name: String,
    pub ifcond: Option<IfCond>,
    pub features: Vec<FeatDef>,
}

/// A union or alternate branch as written.
#[derive(Clone, Debug)]
pub(crate) struct BranchDef {
    /// The line of its key.
    pub line: Option<InfoId>,
    pub name: String,
    pub ty: TypeExpr,
    pub ifcond: Option<IfCond>,
}

/// A type name or members defined in place.
#[derive(Clone, Debug)]
pub(crate) enum NameOrMembers {
    Name(String),
    Members(Vec<MemberDef>),
}

/// The kinds of definition.
#[derive(Clone, Debug)]
pub(crate) enum DefKind {
    Enum {
        members: Vec<EnumMemberDef>,
        prefix: Option<String>,
    },
    Struct {
        base: Option<String>,
        members: Vec<MemberDef>,
    },
    Union {
        base: NameOrMembers,
        discriminator: String,
        branches: Vec<BranchDef>,
    },
    Alternate {
        branches: Vec<BranchDef>,
    },
    Command {
        data: Option<NameOrMembers>,
        returns: Option<TypeExpr>,
        gen: bool,
        success_response: bool,
        boxed: bool,
        allow_oob: bool,
        allow_preconfig: bool,
        coroutine: bool,
    },
    Event {
        data: Option<NameOrMembers>,
        boxed: bool,
    },
}

/// A checked top-level expression.
#[derive(Clone, Debug)]
pub(crate) enum Expr {
    Include {
        fname: std::path::PathBuf,
        info: InfoId,
    },
    Def(Def),
}

/// A checked definition.
#[derive(Clone, Debug)]
pub(crate) struct Def {
    pub name: String,
    pub info: InfoId,
    pub doc: Option<usize>,
    pub ifcond: Option<IfCond>,
    pub features: Vec<FeatDef>,
    pub kind: DefKind,
}

fn features(v: Option<&Val>) -> Vec<FeatDef> {
    let Some(Val::List(l, _)) = v else {
        return Vec::new();
    };
    l.iter()
        .filter_map(|f| match f {
            Val::Str(s) => Some(FeatDef {
                name: s.clone(),
                ifcond: None,
            }),
            Val::Dict(d) => Some(FeatDef {
                name: d.get("name")?.as_str()?.to_string(),
                ifcond: d.get("if").and_then(IfCond::from_val),
            }),
            _ => None,
        })
        .collect()
}

fn type_expr(v: &Val) -> TypeExpr {
    match v {
        Val::List(l, _) => {
            TypeExpr::Array(l.first().and_then(Val::as_str).unwrap_or("").to_string())
        }
        Val::Str(s) => TypeExpr::Name(s.clone()),
        _ => TypeExpr::Name(String::new()),
    }
}

/// `{'type': T, 'if': ..., 'features': ...}` or the sugared `T`.
fn member_parts(v: &Val) -> (TypeExpr, Option<IfCond>, Vec<FeatDef>) {
    match v {
        Val::Dict(d) => (
            d.get("type")
                .map_or(TypeExpr::Name(String::new()), type_expr),
            d.get("if").and_then(IfCond::from_val),
            features(d.get("features")),
        ),
        other => (type_expr(other), None, Vec::new()),
    }
}

fn members(d: &Dict) -> Vec<MemberDef> {
    d.0.iter()
        .enumerate()
        .map(|(i, (k, v))| {
            let (ty, ifcond, features) = member_parts(v);
            let (name, optional) = match k.strip_prefix('*') {
                Some(n) => (n.to_string(), true),
                None => (k.clone(), false),
            };
            MemberDef {
                line: d.line(i),
                name,
                optional,
                ty,
                ifcond,
                features,
            }
        })
        .collect()
}

fn branches(d: Option<&Val>) -> Vec<BranchDef> {
    let Some(Val::Dict(d)) = d else {
        return Vec::new();
    };
    d.0.iter()
        .enumerate()
        .map(|(i, (k, v))| {
            let (ty, ifcond, _) = member_parts(v);
            BranchDef {
                line: d.line(i),
                name: k.clone(),
                ty,
                ifcond,
            }
        })
        .collect()
}

fn name_or_members(v: Option<&Val>) -> Option<NameOrMembers> {
    match v? {
        Val::Str(s) => Some(NameOrMembers::Name(s.clone())),
        Val::Dict(d) => Some(NameOrMembers::Members(members(d))),
        _ => None,
    }
}

fn flag(d: &Dict, key: &str, default: bool) -> bool {
    match d.get(key) {
        Some(Val::Bool(b)) => *b,
        _ => default,
    }
}

/// Builds the typed definition of a checked expression of kind `meta`.
pub(crate) fn build(meta: &str, d: &Dict, info: InfoId, doc: Option<usize>) -> Def {
    let name = d.get(meta).and_then(Val::as_str).unwrap_or("").to_string();
    let s = |k: &str| d.get(k).and_then(Val::as_str).map(str::to_string);
    let kind = match meta {
        "enum" => DefKind::Enum {
            members: match d.get("data") {
                Some(Val::List(l, lines)) => l
                    .iter()
                    .enumerate()
                    .map(|(i, m)| match m {
                        Val::Dict(md) => EnumMemberDef {
                            line: lines.get(i).copied(),
                            name: md
                                .get("name")
                                .and_then(Val::as_str)
                                .unwrap_or("")
                                .to_string(),
                            ifcond: md.get("if").and_then(IfCond::from_val),
                            features: features(md.get("features")),
                        },
                        other => EnumMemberDef {
                            line: lines.get(i).copied(),
                            name: other.as_str().unwrap_or("").to_string(),
                            ifcond: None,
                            features: Vec::new(),
                        },
                    })
                    .collect(),
                _ => Vec::new(),
            },
            prefix: s("prefix"),
        },
        "struct" => DefKind::Struct {
            base: s("base"),
            members: d
                .get("data")
                .and_then(Val::as_dict)
                .map(members)
                .unwrap_or_default(),
        },
        "union" => DefKind::Union {
            base: name_or_members(d.get("base")).unwrap_or(NameOrMembers::Members(Vec::new())),
            discriminator: s("discriminator").unwrap_or_default(),
            branches: branches(d.get("data")),
        },
        "alternate" => DefKind::Alternate {
            branches: branches(d.get("data")),
        },
        "command" => DefKind::Command {
            data: name_or_members(d.get("data")),
            returns: d.get("returns").map(type_expr),
            gen: flag(d, "gen", true),
            success_response: flag(d, "success-response", true),
            boxed: flag(d, "boxed", false),
            allow_oob: flag(d, "allow-oob", false),
            allow_preconfig: flag(d, "allow-preconfig", false),
            coroutine: flag(d, "coroutine", false),
        },
        _ => DefKind::Event {
            data: name_or_members(d.get("data")),
            boxed: flag(d, "boxed", false),
        },
    };
    Def {
        name,
        info,
        doc,
        ifcond: d.get("if").and_then(IfCond::from_val),
        features: features(d.get("features")),
        kind,
    }
}
