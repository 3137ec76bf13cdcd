//! Checks a request against the schema before it is sent: unknown
//! arguments, missing required ones, and values of the wrong JSON type for
//! the member's type (builtins with their integer ranges, enums, nested
//! structs, unions by their discriminator, alternates, arrays).
//!
//! The check also repairs one thing the `key=value` syntax gets wrong: a
//! value that reads as a number, boolean or null where the schema wants a
//! string (`id=123`) is sent as the text the user typed.

use std::collections::HashMap;

use qmp_schema::{Args, Builtin, Member, Schema, TypeKind, TypeRef};

pub use crate::lookup::{
    args_members, describe, effective_args, enum_values, is_open, suggest, type_members,
    union_discriminator,
};
use serde_json::{Map, Value};

use crate::args::Request;

/// One thing wrong with a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: the argument path (`node-name`, `options.size`,
    /// `actions[0].data.node`), empty for the request itself.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "argument '{}': {}", self.path, self.message)
        }
    }
}

/// Checks `req` against `schema`, fixing values typed as text for string
/// members. Commands the schema does not know are not checked (the server
/// may know them). Returns every problem found.
pub fn check_request(schema: &Schema, req: &mut Request) -> Vec<Problem> {
    let Some(cmd) = schema.command(&req.execute) else {
        return Vec::new();
    };
    let raws: HashMap<Vec<String>, String> = req
        .leaves
        .iter()
        .map(|l| (l.path.clone(), l.raw.clone()))
        .collect();
    let mut w = Walker {
        schema,
        raws: &raws,
        path: Vec::new(),
        problems: Vec::new(),
        depth: 0,
    };
    let args = effective_args(schema, &cmd.args);
    let open = is_open(cmd);
    match &args {
        Args::Members(_) => {
            let ms = args_members(schema, &args);
            w.check_members(&ms, open, &mut req.arguments);
        }
        Args::Named { ty, .. } => {
            let mut v = Value::Object(std::mem::take(&mut req.arguments));
            w.check_named_object(ty, open, &mut v);
            if let Value::Object(m) = v {
                req.arguments = m;
            }
        }
    }
    w.problems
}

fn int_range(b: Builtin) -> Option<(i128, i128)> {
    Some(match b {
        Builtin::Int | Builtin::Int64 => (i64::MIN as i128, i64::MAX as i128),
        Builtin::Int8 => (i8::MIN as i128, i8::MAX as i128),
        Builtin::Int16 => (i16::MIN as i128, i16::MAX as i128),
        Builtin::Int32 => (i32::MIN as i128, i32::MAX as i128),
        Builtin::Uint8 => (0, u8::MAX as i128),
        Builtin::Uint16 => (0, u16::MAX as i128),
        Builtin::Uint32 => (0, u32::MAX as i128),
        Builtin::Uint64 | Builtin::Size => (0, u64::MAX as i128),
        _ => return None,
    })
}

const QTYPES: [&str; 7] = [
    "none", "qnull", "qnum", "qstring", "qdict", "qlist", "qbool",
];

fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        let cut: String = s.chars().take(57).collect();
        format!("{cut}...")
    } else {
        s
    }
}

struct Walker<'a> {
    schema: &'a Schema,
    raws: &'a HashMap<Vec<String>, String>,
    path: Vec<String>,
    problems: Vec<Problem>,
    depth: usize,
}

impl Walker<'_> {
    fn problem(&mut self, message: String) {
        let mut path = String::new();
        for seg in &self.path {
            if seg.parse::<usize>().is_ok() && !path.is_empty() {
                path.push_str(&format!("[{seg}]"));
            } else {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(seg);
            }
        }
        self.problems.push(Problem { path, message });
    }

    fn raw(&self) -> Option<&str> {
        self.raws.get(&self.path).map(String::as_str)
    }

    fn check_members(&mut self, members: &[&Member], open: bool, obj: &mut Map<String, Value>) {
        for m in members {
            match obj.get_mut(&m.name) {
                Some(v) => {
                    self.path.push(m.name.clone());
                    self.check_type(&m.ty, v);
                    self.path.pop();
                }
                None if !m.optional => {
                    self.path.push(m.name.clone());
                    self.problem(format!(
                        "missing (required, {})",
                        describe(self.schema, &m.ty)
                    ));
                    self.path.pop();
                }
                None => {}
            }
        }
        if open {
            return;
        }
        let mut unknown: Vec<&String> = obj
            .keys()
            .filter(|k| !members.iter().any(|m| &m.name == *k))
            .collect();
        unknown.sort();
        for k in unknown {
            self.path.push(k.clone());
            let hint = suggest(k, members.iter().map(|m| m.name.as_str()))
                .map(|s| format!(" (did you mean '{s}'?)"))
                .unwrap_or_default();
            if members.is_empty() {
                self.problem(format!("unknown argument: this takes no arguments{hint}"));
            } else {
                let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
                self.problem(format!(
                    "unknown argument{hint}; expected one of: {}",
                    names.join(", ")
                ));
            }
            self.path.pop();
        }
    }

    fn check_named_object(&mut self, name: &str, open: bool, v: &mut Value) {
        let Value::Object(obj) = v else {
            self.problem(format!("expected an object ({name}), got {}", show(v)));
            return;
        };
        let disc_value = union_discriminator(self.schema, name)
            .and_then(|d| obj.get(d))
            .and_then(Value::as_str)
            .map(str::to_string);
        // A union branch the schema does not describe cannot be checked for
        // unknown members.
        let unknown_branch = match self.schema.type_def(name).map(|t| &t.kind) {
            Some(TypeKind::Union(u)) => disc_value
                .as_deref()
                .is_some_and(|d| !u.variants.iter().any(|v| v.name == d)),
            _ => false,
        };
        let members = type_members(self.schema, name, disc_value.as_deref());
        self.check_members(&members, open || unknown_branch, obj);
    }

    fn check_type(&mut self, ty: &TypeRef, v: &mut Value) {
        self.depth += 1;
        if self.depth < 64 {
            self.check_type_inner(ty, v);
        }
        self.depth -= 1;
    }

    /// Replaces a non-string scalar typed by the user with its text.
    fn coerce_to_text(&self, v: &mut Value) -> bool {
        if matches!(v, Value::Number(_) | Value::Bool(_) | Value::Null) {
            if let Some(raw) = self.raw() {
                *v = Value::String(raw.to_string());
                return true;
            }
        }
        false
    }

    fn check_type_inner(&mut self, ty: &TypeRef, v: &mut Value) {
        match ty {
            TypeRef::Builtin(b) => self.check_builtin(*b, v),
            TypeRef::Array(inner) => {
                let Value::Array(items) = v else {
                    let msg = format!("expected {}, got {}", describe(self.schema, ty), show(v));
                    self.problem(msg);
                    return;
                };
                for (i, item) in items.iter_mut().enumerate() {
                    self.path.push(i.to_string());
                    self.check_type(inner, item);
                    self.path.pop();
                }
            }
            TypeRef::Named(n) => {
                let Some(def) = self.schema.type_def(n) else {
                    return; // unknown to the schema: nothing to check
                };
                match &def.kind {
                    TypeKind::Enum(e) => {
                        self.coerce_to_text(v);
                        let ok = v
                            .as_str()
                            .is_some_and(|s| e.values.iter().any(|x| x.name == s));
                        if !ok {
                            let names: Vec<&str> =
                                e.values.iter().map(|x| x.name.as_str()).collect();
                            let hint = v
                                .as_str()
                                .and_then(|s| suggest(s, names.iter().copied()))
                                .map(|s| format!(" (did you mean '{s}'?)"))
                                .unwrap_or_default();
                            self.problem(format!(
                                "{} is not a value of {n}{hint}; expected one of: {}",
                                show(v),
                                names.join(", ")
                            ));
                        }
                    }
                    TypeKind::Struct(_) | TypeKind::Union(_) => {
                        self.check_named_object(n, false, v)
                    }
                    TypeKind::Alternate(a) => {
                        let fits = |w: &Walker<'_>, t: &TypeRef, v: &Value| {
                            let mut probe = Walker {
                                schema: w.schema,
                                raws: &HashMap::new(),
                                path: Vec::new(),
                                problems: Vec::new(),
                                depth: w.depth,
                            };
                            let mut copy = v.clone();
                            probe.check_type(t, &mut copy);
                            probe.problems.is_empty()
                        };
                        if a.variants.iter().any(|b| fits(self, &b.ty, v)) {
                            return;
                        }
                        if let Some(raw) = self.raw() {
                            let text = Value::String(raw.to_string());
                            let scalar =
                                matches!(v, Value::Number(_) | Value::Bool(_) | Value::Null);
                            if scalar && a.variants.iter().any(|b| fits(self, &b.ty, &text)) {
                                *v = text;
                                return;
                            }
                        }
                        let kinds: Vec<String> = a
                            .variants
                            .iter()
                            .map(|b| describe(self.schema, &b.ty))
                            .collect();
                        self.problem(format!(
                            "{} does not fit {n}; expected {}",
                            show(v),
                            kinds.join(" or ")
                        ));
                    }
                }
            }
        }
    }

    fn check_builtin(&mut self, b: Builtin, v: &mut Value) {
        let ok = match b {
            Builtin::Any => true,
            Builtin::Str => {
                self.coerce_to_text(v);
                v.is_string()
            }
            Builtin::QType => {
                self.coerce_to_text(v);
                v.as_str().is_some_and(|s| QTYPES.contains(&s))
            }
            Builtin::Bool => v.is_boolean(),
            Builtin::Null => v.is_null(),
            Builtin::Number => v.is_number(),
            _ => {
                let Some((lo, hi)) = int_range(b) else {
                    return;
                };
                let n = v
                    .as_i64()
                    .map(i128::from)
                    .or_else(|| v.as_u64().map(i128::from));
                match n {
                    Some(n) if n < lo || n > hi => {
                        self.problem(format!(
                            "{n} is out of range for {} ({lo}..={hi})",
                            b.name()
                        ));
                        return;
                    }
                    Some(_) => true,
                    None => false,
                }
            }
        };
        if !ok {
            let msg = format!(
                "expected {}, got {}",
                describe(self.schema, &TypeRef::Builtin(b)),
                show(v)
            );
            self.problem(msg);
        }
    }
}
