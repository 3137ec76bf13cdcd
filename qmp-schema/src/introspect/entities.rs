//! Reads the SchemaInfo objects of a `query-qmp-schema` reply into plain
//! records, checking their shape. Type references stay unresolved names.

use super::annotate::{read_if, read_releases};
use super::json::{Node, Value};
use crate::availability::Releases;
use crate::{Builtin, Cond};

/// A reference to a type by its (possibly masked) introspection name.
#[derive(Clone, Debug)]
pub(super) struct Ref {
    /// The name as written.
    pub name: String,
    /// Byte offset of the string.
    pub pos: usize,
}

/// A member of an object type.
#[derive(Clone, Debug)]
pub(super) struct RawMember {
    pub name: String,
    pub ty: Ref,
    pub optional: bool,
    pub features: Vec<String>,
    pub pos: usize,
    /// `"if"` of a bindings schema.
    pub cond: Option<Cond>,
    /// `"releases"` of a bindings schema.
    pub releases: Option<Releases>,
}

/// A branch of an object type with variants.
#[derive(Clone, Debug)]
pub(super) struct RawVariant {
    pub case: String,
    pub ty: Ref,
    pub pos: usize,
    pub cond: Option<Cond>,
}

/// A value of an enumeration.
#[derive(Clone, Debug)]
pub(super) struct RawValue {
    pub name: String,
    pub features: Vec<String>,
    pub pos: usize,
    pub cond: Option<Cond>,
    pub releases: Option<Releases>,
}

/// What a SchemaInfo describes.
#[derive(Clone, Debug)]
pub(super) enum Meta {
    Builtin(Builtin),
    Enum(Vec<RawValue>),
    Array(Ref),
    Object {
        members: Vec<RawMember>,
        tag: Option<Ref>,
        variants: Vec<RawVariant>,
    },
    Alternate(Vec<Ref>),
    Command {
        arg: Ref,
        ret: Ref,
        allow_oob: bool,
    },
    Event {
        arg: Ref,
    },
}

/// One SchemaInfo.
#[derive(Clone, Debug)]
pub(super) struct Entity {
    pub name: String,
    pub pos: usize,
    pub meta: Meta,
    pub features: Vec<String>,
    pub cond: Option<Cond>,
    pub releases: Option<Releases>,
}

impl Entity {
    /// Whether this entity is a type (not a command or an event).
    pub fn is_type(&self) -> bool {
        !matches!(self.meta, Meta::Command { .. } | Meta::Event { .. })
    }

    /// The meta-type, for messages.
    pub fn meta_name(&self) -> &'static str {
        match self.meta {
            Meta::Builtin(_) => "builtin",
            Meta::Enum(_) => "enum",
            Meta::Array(_) => "array",
            Meta::Object { .. } => "object",
            Meta::Alternate(_) => "alternate",
            Meta::Command { .. } => "command",
            Meta::Event { .. } => "event",
        }
    }

    /// Whether this is an object type without members or variants.
    pub fn is_empty_object(&self) -> bool {
        matches!(&self.meta, Meta::Object { members, tag: None, .. } if members.is_empty())
    }
}

/// Errors as `(byte offset, message)`.
pub(super) type Errs = Vec<(usize, String)>;

/// Reads every element of the SchemaInfo array.
pub(super) fn read_all(items: &[Node], errs: &mut Errs) -> Vec<Entity> {
    items.iter().filter_map(|n| read_entity(n, errs)).collect()
}

fn req<'n>(node: &'n Node, key: &str, what: &str, errs: &mut Errs) -> Option<&'n Node> {
    let v = node.get(key);
    if v.is_none() {
        errs.push((node.pos, format!("{what} has no \"{key}\"")));
    }
    v
}

fn string(node: &Node, what: &str, errs: &mut Errs) -> Option<String> {
    match node.as_str() {
        Some(s) => Some(s.to_string()),
        None => {
            errs.push((
                node.pos,
                format!("{what} must be a string, not {}", node.kind()),
            ));
            None
        }
    }
}

fn req_str(node: &Node, key: &str, what: &str, errs: &mut Errs) -> Option<String> {
    let v = req(node, key, what, errs)?;
    string(v, &format!("\"{key}\" of {what}"), errs)
}

fn req_ref(node: &Node, key: &str, what: &str, errs: &mut Errs) -> Option<Ref> {
    let v = req(node, key, what, errs)?;
    let name = string(v, &format!("\"{key}\" of {what}"), errs)?;
    Some(Ref { name, pos: v.pos })
}

fn array<'n>(node: &'n Node, what: &str, errs: &mut Errs) -> &'n [Node] {
    match node.as_array() {
        Some(a) => a,
        None => {
            errs.push((
                node.pos,
                format!("{what} must be an array, not {}", node.kind()),
            ));
            &[]
        }
    }
}

fn object(node: &Node, what: &str, errs: &mut Errs) -> bool {
    let ok = matches!(node.value, Value::Object(_));
    if !ok {
        errs.push((
            node.pos,
            format!("{what} must be an object, not {}", node.kind()),
        ));
    }
    ok
}

/// The elements of `nodes` that are objects; an error for each other one.
fn objects<'n>(nodes: &'n [Node], what: &str, errs: &mut Errs) -> Vec<&'n Node> {
    nodes.iter().filter(|n| object(n, what, errs)).collect()
}

fn features(node: &Node, what: &str, errs: &mut Errs) -> Vec<String> {
    let Some(f) = node.get("features") else {
        return Vec::new();
    };
    let what = format!("\"features\" of {what}");
    array(f, &what, errs)
        .iter()
        .filter_map(|n| string(n, &format!("an element of {what}"), errs))
        .collect()
}

fn read_entity(node: &Node, errs: &mut Errs) -> Option<Entity> {
    if !object(node, "a SchemaInfo", errs) {
        return None;
    }
    let name = req_str(node, "name", "a SchemaInfo", errs)?;
    let meta_node = req(node, "meta-type", &format!("SchemaInfo '{name}'"), errs)?;
    let meta_type = string(meta_node, &format!("\"meta-type\" of '{name}'"), errs)?;
    let what = format!("{meta_type} '{name}'");
    let meta = match meta_type.as_str() {
        "builtin" => Meta::Builtin(builtin(node, &name, &what, errs)?),
        "enum" => Meta::Enum(enum_values(node, &what, errs)),
        "array" => Meta::Array(req_ref(node, "element-type", &what, errs)?),
        "object" => object_meta(node, &what, errs),
        "alternate" => {
            let members = req(node, "members", &what, errs).map_or(&[][..], |m| {
                array(m, &format!("\"members\" of {what}"), errs)
            });
            let mw = format!("a member of {what}");
            let refs = objects(members, &mw, errs)
                .into_iter()
                .filter_map(|m| req_ref(m, "type", &mw, errs))
                .collect();
            Meta::Alternate(refs)
        }
        "command" => {
            let arg = req_ref(node, "arg-type", &what, errs);
            let ret = req_ref(node, "ret-type", &what, errs);
            let allow_oob = match node.get("allow-oob") {
                None => false,
                Some(Node {
                    value: Value::Bool(b),
                    ..
                }) => *b,
                Some(n) => {
                    errs.push((n.pos, format!("\"allow-oob\" of {what} must be a boolean")));
                    false
                }
            };
            Meta::Command {
                arg: arg?,
                ret: ret?,
                allow_oob,
            }
        }
        "event" => Meta::Event {
            arg: req_ref(node, "arg-type", &what, errs)?,
        },
        other => {
            errs.push((
                meta_node.pos,
                format!("unknown meta-type '{other}' of '{name}' (expected builtin, enum, array, object, alternate, command or event)"),
            ));
            return None;
        }
    };
    Some(Entity {
        features: features(node, &what, errs),
        cond: read_if(node, &what, errs),
        releases: read_releases(node, &what, errs),
        name,
        pos: node.pos,
        meta,
    })
}

fn builtin(node: &Node, name: &str, what: &str, errs: &mut Errs) -> Option<Builtin> {
    // The JSON type is authoritative; the name is a fallback.
    let by_json = node
        .get("json-type")
        .and_then(Node::as_str)
        .and_then(|j| match j {
            "string" => Some(Builtin::Str),
            "int" => Some(Builtin::Int),
            "number" => Some(Builtin::Number),
            "boolean" => Some(Builtin::Bool),
            "null" => Some(Builtin::Null),
            "value" => Some(Builtin::Any),
            _ => None,
        });
    let b = by_json.or_else(|| Builtin::from_name(name));
    if b.is_none() {
        errs.push((
            node.pos,
            format!("{what}: unknown builtin type (json-type not recognised)"),
        ));
    }
    b
}

fn enum_values(node: &Node, what: &str, errs: &mut Errs) -> Vec<RawValue> {
    // "members" (with features) is preferred; "values" is the older form.
    if let Some(m) = node.get("members") {
        let w = format!("a member of {what}");
        let m = array(m, &format!("\"members\" of {what}"), errs);
        return objects(m, &w, errs)
            .into_iter()
            .filter_map(|v| {
                Some(RawValue {
                    name: req_str(v, "name", &w, errs)?,
                    features: features(v, &w, errs),
                    pos: v.pos,
                    cond: read_if(v, &w, errs),
                    releases: read_releases(v, &w, errs),
                })
            })
            .collect();
    }
    let Some(vals) = req(node, "values", what, errs) else {
        return Vec::new();
    };
    let w = format!("a value of {what}");
    array(vals, &format!("\"values\" of {what}"), errs)
        .iter()
        .filter_map(|v| {
            Some(RawValue {
                name: string(v, &w, errs)?,
                features: Vec::new(),
                pos: v.pos,
                cond: None,
                releases: None,
            })
        })
        .collect()
}

fn object_meta(node: &Node, what: &str, errs: &mut Errs) -> Meta {
    let mw = format!("a member of {what}");
    let members = req(node, "members", what, errs).map_or(&[][..], |m| {
        array(m, &format!("\"members\" of {what}"), errs)
    });
    let members = objects(members, &mw, errs)
        .into_iter()
        .filter_map(|m| {
            let name = req_str(m, "name", &mw, errs)?;
            let w = format!("member '{name}' of {what}");
            Some(RawMember {
                ty: req_ref(m, "type", &w, errs)?,
                optional: m.get("default").is_some(),
                features: features(m, &w, errs),
                pos: m.pos,
                cond: read_if(m, &w, errs),
                releases: read_releases(m, &w, errs),
                name,
            })
        })
        .collect();
    let tag = node.get("tag").and_then(|t| {
        let name = string(t, &format!("\"tag\" of {what}"), errs)?;
        Some(Ref { name, pos: t.pos })
    });
    let vw = format!("a variant of {what}");
    let variants = node.get("variants").map_or(&[][..], |v| {
        array(v, &format!("\"variants\" of {what}"), errs)
    });
    let variants: Vec<RawVariant> = objects(variants, &vw, errs)
        .into_iter()
        .filter_map(|v| {
            Some(RawVariant {
                case: req_str(v, "case", &vw, errs)?,
                ty: req_ref(v, "type", &vw, errs)?,
                pos: v.pos,
                cond: read_if(v, &vw, errs),
            })
        })
        .collect();
    match (&tag, node.get("variants")) {
        (Some(t), None) => errs.push((t.pos, format!("{what} has a \"tag\" but no \"variants\""))),
        (None, Some(v)) => errs.push((v.pos, format!("{what} has \"variants\" but no \"tag\""))),
        _ => {}
    }
    Meta::Object {
        members,
        tag,
        variants,
    }
}
