//! Semantic checks on a finished [`Schema`], shared by every front end:
//! duplicate commands, events, types and enum values; unknown type names;
//! a base that is not a struct (or is its own base); member clashes, also
//! with the members inherited from a base; union discriminators that are
//! not a non-optional enum member of the base, and variants whose name is
//! not a value of that enum or whose type is not a struct or union; named
//! command arguments / event data that are not a struct (or, when boxed,
//! a struct or a union).
//!
//! Names clash when they are equal after `-` and `.` become `_` (they would
//! give the same C or Rust identifier).

use std::collections::HashMap;

use crate::{
    Args, Cond, Diagnostic, Location, Member, Returns, Schema, TypeDef, TypeKind, TypeRef,
};

/// Checks a schema; returns every problem found (errors and warnings).
pub fn check(schema: &Schema) -> Vec<Diagnostic> {
    let mut c = Checker {
        schema,
        types: HashMap::new(),
        out: Vec::new(),
    };
    c.duplicates();
    for cmd in &schema.commands {
        let owner = format!("command '{}'", cmd.name);
        c.args(&cmd.args, "arguments", &owner, &cmd.loc);
        if let Returns::Type(t) = &cmd.returns {
            c.type_ref(t, &cmd.loc, &format!("the return type of '{}'", cmd.name));
        }
    }
    for ev in &schema.events {
        c.args(&ev.data, "data", &format!("event '{}'", ev.name), &ev.loc);
    }
    for t in &schema.types {
        c.type_def(t);
    }
    c.out
}

/// The identifier a name turns into.
fn c_name(s: &str) -> String {
    s.replace(['-', '.'], "_")
}

/// `line:col` when `b` is in the same file as `a`, else the full location.
fn short(a: &Location, b: &Location) -> String {
    if a.file == b.file {
        format!("line {}:{}", b.line, b.col)
    } else {
        b.to_string()
    }
}

/// Whether two definitions of one name can coexist: both are conditional
/// and their conditions differ (as in `#if A ... #else ... #endif`).
fn exclusive(a: &Option<Cond>, b: &Option<Cond>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

struct Checker<'a> {
    schema: &'a Schema,
    types: HashMap<&'a str, &'a TypeDef>,
    out: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    fn error(&mut self, loc: &Location, msg: String) {
        self.out.push(Diagnostic::error(loc.clone(), msg));
    }

    fn duplicates(&mut self) {
        let s = self.schema;
        let mut seen: HashMap<&str, (&Location, &Option<Cond>)> = HashMap::new();
        for c in &s.commands {
            self.dup("command", &c.name, &c.loc, &c.cond, &mut seen);
        }
        let mut seen = HashMap::new();
        for e in &s.events {
            self.dup("event", &e.name, &e.loc, &e.cond, &mut seen);
        }
        let mut seen = HashMap::new();
        for t in &s.types {
            if crate::Builtin::from_name(&t.name).is_some() {
                self.error(&t.loc, format!("type name '{}' is a builtin type", t.name));
                continue;
            }
            self.dup("type", &t.name, &t.loc, &t.cond, &mut seen);
            self.types.entry(&t.name).or_insert(t);
        }
    }

    fn dup(
        &mut self,
        what: &str,
        name: &'a str,
        loc: &'a Location,
        cond: &'a Option<Cond>,
        seen: &mut HashMap<&'a str, (&'a Location, &'a Option<Cond>)>,
    ) {
        match seen.get(name) {
            Some((first, c)) if !exclusive(c, cond) => {
                let msg = format!(
                    "duplicate {what} '{name}' (first defined at {})",
                    short(loc, first)
                );
                self.error(loc, msg);
            }
            Some(_) => {}
            None => {
                seen.insert(name, (loc, cond));
            }
        }
    }

    /// Reports an unknown named type anywhere in `t`.
    fn type_ref(&mut self, t: &TypeRef, loc: &Location, what: &str) {
        match t {
            TypeRef::Builtin(_) => {}
            TypeRef::Array(inner) => self.type_ref(inner, loc, what),
            TypeRef::Named(n) => {
                if !self.types.contains_key(n.as_str()) {
                    self.error(loc, format!("unknown type '{n}' in {what}"));
                }
            }
        }
    }

    /// Checks member types and clashes in one list; `inherited` are members
    /// that come first (from a base), with the name of where they come from.
    fn members(&mut self, members: &[Member], owner: &str, inherited: &[(&Member, String)]) {
        let mut seen: HashMap<String, (&Member, String)> = HashMap::new();
        for (m, from) in inherited {
            seen.entry(c_name(&m.name)).or_insert((m, from.clone()));
        }
        for m in members {
            self.type_ref(&m.ty, &m.loc, &format!("member '{}' of {owner}", m.name));
            let key = c_name(&m.name);
            if let Some((first, from)) = seen.get(&key) {
                let msg = if first.name == m.name {
                    format!(
                        "duplicate member '{}' in {owner} (first at {})",
                        m.name,
                        short(&m.loc, &first.loc)
                    )
                } else {
                    format!(
                        "member '{}' of {owner} clashes with member '{}' ({})",
                        m.name,
                        first.name,
                        short(&m.loc, &first.loc)
                    )
                };
                let msg = if from.is_empty() {
                    msg
                } else {
                    format!("{msg}, inherited from {from}")
                };
                self.error(&m.loc, msg);
            } else {
                seen.insert(key, (m, String::new()));
            }
        }
    }

    /// Checks a member list, or that a named argument type exists and is a
    /// struct (or, when boxed, a struct or a union). `what` is `arguments`
    /// or `data`.
    fn args(&mut self, args: &Args, what: &str, owner: &str, loc: &Location) {
        let (ty, boxed) = match args {
            Args::Members(ms) => return self.members(ms, owner, &[]),
            Args::Named { ty, boxed } => (ty, *boxed),
        };
        let kind = match self.types.get(ty.as_str()).map(|t| &t.kind) {
            None => {
                let msg = format!("unknown type '{ty}' in the {what} of {owner}");
                return self.error(loc, msg);
            }
            Some(TypeKind::Struct(_)) => return,
            Some(TypeKind::Union(_)) if boxed => return,
            Some(TypeKind::Union(_)) => "a union",
            Some(TypeKind::Enum(_)) => "an enum",
            Some(TypeKind::Alternate(_)) => "an alternate",
        };
        let need = if boxed {
            "a struct or a union"
        } else {
            "a struct (a union only with '.boxed = true')"
        };
        let msg = format!("the {what} of {owner} must be {need}, '{ty}' is {kind}");
        self.error(loc, msg);
    }

    /// Every member of struct `name` including its bases, base first;
    /// `None` if `name` is not a struct or its base chain loops.
    fn flatten(&self, name: &str) -> Option<Vec<(&'a Member, String)>> {
        let mut chain = Vec::new();
        let mut cur = name;
        loop {
            let t = self.types.get(cur)?;
            let TypeKind::Struct(s) = &t.kind else {
                return None;
            };
            if chain.iter().any(|(n, _)| *n == cur) {
                return None;
            }
            chain.push((cur, s));
            match &s.base {
                Some(b) => cur = b,
                None => break,
            }
        }
        let mut out = Vec::new();
        for (n, s) in chain.iter().rev() {
            out.extend(s.members.iter().map(|m| (m, format!("'{n}'"))));
        }
        Some(out)
    }

    /// The members every value of object type `name` has: a struct's
    /// (with its bases), or a union's common members.
    fn object_members(&self, name: &str) -> Option<Vec<(&'a Member, String)>> {
        match &self.types.get(name)?.kind {
            TypeKind::Struct(_) => self.flatten(name),
            TypeKind::Union(u) => {
                let mut ms = match &u.base {
                    Some(b) => self.flatten(b)?,
                    None => Vec::new(),
                };
                ms.extend(u.members.iter().map(|m| (m, format!("'{name}'"))));
                Some(ms)
            }
            _ => None,
        }
    }

    /// Checks that `base` names a struct that is not `self_name`'s own
    /// descendant; returns its flattened members.
    fn base(&mut self, base: &str, self_name: &str, loc: &Location) -> Vec<(&'a Member, String)> {
        match self.types.get(base).map(|t| &t.kind) {
            None => {
                self.error(
                    loc,
                    format!("unknown type '{base}' as the base of '{self_name}'"),
                );
                Vec::new()
            }
            Some(TypeKind::Struct(_)) => {
                if self.chain_contains(base, self_name) {
                    self.error(
                        loc,
                        format!("'{self_name}' is its own base (through '{base}')"),
                    );
                    return Vec::new();
                }
                self.flatten(base).unwrap_or_default()
            }
            Some(_) => {
                self.error(
                    loc,
                    format!("base '{base}' of '{self_name}' is not a struct"),
                );
                Vec::new()
            }
        }
    }

    fn chain_contains(&self, start: &str, target: &str) -> bool {
        let mut cur = start;
        for _ in 0..=self.types.len() {
            if cur == target {
                return true;
            }
            match self.types.get(cur).map(|t| &t.kind) {
                Some(TypeKind::Struct(s)) => match &s.base {
                    Some(b) => cur = b,
                    None => return false,
                },
                _ => return false,
            }
        }
        false
    }

    fn type_def(&mut self, t: &'a TypeDef) {
        let owner = format!("'{}'", t.name);
        match &t.kind {
            TypeKind::Struct(s) => {
                let inherited = match &s.base {
                    Some(b) => self.base(b, &t.name, &t.loc),
                    None => Vec::new(),
                };
                self.members(&s.members, &owner, &inherited);
            }
            TypeKind::Enum(e) => {
                let mut seen: HashMap<String, &Location> = HashMap::new();
                for v in &e.values {
                    if let Some(first) = seen.get(&c_name(&v.name)) {
                        let msg = format!(
                            "duplicate value '{}' in enum '{}' (first at {})",
                            v.name,
                            t.name,
                            short(&v.loc, first)
                        );
                        self.error(&v.loc, msg);
                    } else {
                        seen.insert(c_name(&v.name), &v.loc);
                    }
                }
            }
            TypeKind::Union(u) => {
                let mut base = match &u.base {
                    Some(b) => self.base(b, &t.name, &t.loc),
                    None => Vec::new(),
                };
                self.members(&u.members, &owner, &base);
                base.extend(u.members.iter().map(|m| (m, String::new())));
                self.union(t, &u.discriminator, &u.variants, &base);
            }
            TypeKind::Alternate(a) => {
                let mut seen: HashMap<&str, &Location> = HashMap::new();
                for v in &a.variants {
                    self.type_ref(
                        &v.ty,
                        &v.loc,
                        &format!("alternative '{}' of {owner}", v.name),
                    );
                    if let Some(first) = seen.insert(&v.name, &v.loc) {
                        let msg = format!(
                            "duplicate alternative '{}' in {owner} (first at {})",
                            v.name,
                            short(&v.loc, first)
                        );
                        self.error(&v.loc, msg);
                    }
                }
            }
        }
    }

    fn union(
        &mut self,
        t: &TypeDef,
        disc: &str,
        variants: &'a [crate::Variant],
        base: &[(&'a Member, String)],
    ) {
        let name = &t.name;
        let mut values: Option<Vec<&str>> = None;
        if !disc.is_empty() {
            match base.iter().find(|(m, _)| m.name == disc) {
                None => self.error(
                    &t.loc,
                    format!("discriminator '{disc}' is not a member of the base of union '{name}'"),
                ),
                Some((m, _)) => {
                    if m.optional {
                        self.error(
                            &t.loc,
                            format!(
                                "discriminator '{disc}' of union '{name}' must not be optional"
                            ),
                        );
                    }
                    match &m.ty {
                        TypeRef::Named(e) => match self.types.get(e.as_str()).map(|d| &d.kind) {
                            Some(TypeKind::Enum(en)) => {
                                values = Some(en.values.iter().map(|v| v.name.as_str()).collect());
                            }
                            Some(_) => self.error(
                                &t.loc,
                                format!("discriminator '{disc}' of union '{name}' must be of an enum type, '{e}' is not an enum"),
                            ),
                            None => {} // reported as an unknown type
                        },
                        other => self.error(
                            &t.loc,
                            format!("discriminator '{disc}' of union '{name}' must be of an enum type, not '{other}'"),
                        ),
                    }
                }
            }
        }
        let mut seen: HashMap<&str, &Location> = HashMap::new();
        for v in variants {
            if let Some(first) = seen.insert(&v.name, &v.loc) {
                let msg = format!(
                    "duplicate variant '{}' in union '{name}' (first at {})",
                    v.name,
                    short(&v.loc, first)
                );
                self.error(&v.loc, msg);
            }
            if let Some(vals) = &values {
                if !vals.contains(&v.name.as_str()) {
                    let enum_name = base
                        .iter()
                        .find(|(m, _)| m.name == disc)
                        .map(|(m, _)| m.ty.to_string())
                        .unwrap_or_default();
                    self.error(
                        &v.loc,
                        format!("variant '{}' of union '{name}' is not a value of the discriminator enum '{enum_name}'", v.name),
                    );
                }
            }
            match &v.ty {
                TypeRef::Named(n) => match self.types.get(n.as_str()).map(|d| &d.kind) {
                    None => self.error(&v.loc, format!("unknown type '{n}' in variant '{}' of union '{name}'", v.name)),
                    Some(TypeKind::Struct(_) | TypeKind::Union(_)) => {
                        if let Some(ms) = self.object_members(n) {
                            for (m, _) in ms {
                                if let Some((b, _)) = base.iter().find(|(b, _)| c_name(&b.name) == c_name(&m.name)) {
                                    let msg = format!(
                                        "member '{}' of variant '{}' ('{n}') clashes with member '{}' of the base of union '{name}'",
                                        m.name, v.name, b.name
                                    );
                                    self.error(&v.loc, msg);
                                }
                            }
                        }
                    }
                    Some(_) => self.error(&v.loc, format!("variant '{}' of union '{name}' must be a struct or a union, '{n}' is neither", v.name)),
                },
                other => self.error(&v.loc, format!("variant '{}' of union '{name}' must be a struct or a union, not '{other}'", v.name)),
            }
        }
    }
}
