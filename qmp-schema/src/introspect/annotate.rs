//! The two keys a bindings schema ([`super::to_annotated_json`]) adds to
//! SchemaInfo objects, and that no real server sends:
//!
//! - `"if"`: the build condition of a command, event, type, member, enum
//!   value or union branch, in QAPI's syntax: a name (`"CONFIG_SPICE"`),
//!   `{"all": [...]}`, `{"any": [...]}` or `{"not": ...}`;
//! - `"releases"`: for a command, event, member or enum value that some
//!   QEMU release the bindings cover lacks, the releases that have it
//!   (`"8.0-"`, `"2.12-8.1"`; see [`Releases`]).
//!
//! Both are read back when present, into the items' `cond` and into
//! [`crate::Schema::releases`].

use serde_json::{json, Value as JsonValue};

use super::entities::Errs;
use super::json::{Node, Value};
use crate::availability::Releases;
use crate::Cond;

/// `cond` in QAPI's JSON syntax.
pub(super) fn cond_json(cond: &Cond) -> JsonValue {
    match cond {
        Cond::Name(n) => json!(n),
        Cond::All(cs) => json!({ "all": cs.iter().map(cond_json).collect::<Vec<_>>() }),
        Cond::Any(cs) => json!({ "any": cs.iter().map(cond_json).collect::<Vec<_>>() }),
        Cond::Not(c) => json!({ "not": cond_json(c) }),
    }
}

/// The `"if"` of a SchemaInfo object or of one of its members, if any.
pub(super) fn read_if(node: &Node, what: &str, errs: &mut Errs) -> Option<Cond> {
    let n = node.get("if")?;
    cond(n, &format!("\"if\" of {what}"), errs)
}

fn cond(node: &Node, what: &str, errs: &mut Errs) -> Option<Cond> {
    let fail = |errs: &mut Errs| {
        errs.push((
            node.pos,
            format!(
                "{what} must be a name or an object with one key \"all\", \"any\" or \"not\", not {}",
                node.kind()
            ),
        ));
        None
    };
    match &node.value {
        Value::String(s) if !s.is_empty() => Some(Cond::Name(s.clone())),
        Value::Object(members) if members.len() == 1 => {
            let (key, _, value) = &members[0];
            match key.as_str() {
                "not" => Some(Cond::Not(Box::new(cond(value, what, errs)?))),
                "all" | "any" => {
                    let Some(items) = value.as_array().filter(|a| !a.is_empty()) else {
                        errs.push((
                            value.pos,
                            format!("\"{key}\" of {what} must be a non-empty array"),
                        ));
                        return None;
                    };
                    let cs = items
                        .iter()
                        .map(|i| cond(i, what, errs))
                        .collect::<Option<Vec<_>>>()?;
                    Some(if key == "all" {
                        Cond::All(cs)
                    } else {
                        Cond::Any(cs)
                    })
                }
                _ => fail(errs),
            }
        }
        _ => fail(errs),
    }
}

/// The `"releases"` of a SchemaInfo object or member, if any.
pub(super) fn read_releases(node: &Node, what: &str, errs: &mut Errs) -> Option<Releases> {
    let n = node.get("releases")?;
    let parsed = n
        .as_str()
        .ok_or_else(|| format!("must be a string, not {}", n.kind()))
        .and_then(|s| s.parse::<Releases>());
    match parsed {
        Ok(r) => Some(r),
        Err(e) => {
            errs.push((n.pos, format!("\"releases\" of {what}: {e}")));
            None
        }
    }
}
