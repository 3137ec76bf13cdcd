//! Context-free checks of QAPI expressions (QEMU's `expr.py`): the keys
//! each kind of definition takes, names, `if` conditions, features, flags,
//! and the shape of type references. The first problem is an error.

use super::ast::{self, Expr};
use super::common::{c_name, name_stem};
use super::doc::QDoc;
use super::parser::{Dict, Pragma, RawExpr, Val};
use super::source::{InfoId, Infos, QapiError};
use crate::suggest::suggest;

struct Ck<'a> {
    infos: &'a Infos,
    pragma: &'a Pragma,
    info: InfoId,
}

type R = Result<(), QapiError>;

impl Ck<'_> {
    fn err(&self, msg: impl Into<String>) -> QapiError {
        QapiError::at(self.infos, self.info, None, msg)
    }

    fn name_is_str<'v>(&self, v: Option<&'v Val>, source: &str) -> Result<&'v str, QapiError> {
        match v {
            Some(Val::Str(s)) => Ok(s),
            _ => Err(self.err(format!("{source} requires a string name"))),
        }
    }

    fn name_str<'n>(&self, name: &'n str, source: &str) -> Result<&'n str, QapiError> {
        match name_stem(name) {
            Some(stem) if !c_name(name, false).starts_with("q_") => Ok(stem),
            _ => Err(self.err(format!("{source} has an invalid name"))),
        }
    }

    fn name_upper(&self, name: &str, source: &str) -> R {
        let stem = self.name_str(name, source)?;
        if stem.chars().any(|c| c.is_ascii_lowercase() || c == '-') {
            return Err(self.err(format!("name of {source} must not use lowercase or '-'")));
        }
        Ok(())
    }

    fn name_lower(&self, name: &str, source: &str, permit_upper: bool, permit_us: bool) -> R {
        let stem = self.name_str(name, source)?;
        if (!permit_upper && stem.chars().any(|c| c.is_ascii_uppercase()))
            || (!permit_us && stem.contains('_'))
        {
            return Err(self.err(format!("name of {source} must not use uppercase or '_'")));
        }
        Ok(())
    }

    fn name_camel(&self, name: &str, source: &str) -> R {
        let stem = self.name_str(name, source)?;
        let b = stem.as_bytes();
        let ok = b.first().is_some_and(u8::is_ascii_uppercase)
            && b.iter().all(u8::is_ascii_alphanumeric)
            && b[1..].iter().any(u8::is_ascii_lowercase);
        if !ok {
            return Err(self.err(format!("name of {source} must use CamelCase")));
        }
        Ok(())
    }

    fn defn_name(&self, name: &str, meta: &str) -> R {
        match meta {
            "event" => self.name_upper(name, meta),
            "command" => {
                let permit = self
                    .pragma
                    .command_name_exceptions
                    .iter()
                    .any(|n| n == name);
                self.name_lower(name, meta, false, permit || self.pragma.pre_6_0)
            }
            _ => {
                self.name_camel(name, meta)?;
                if name.ends_with("List") {
                    return Err(self.err(format!("{meta} name should not end in 'List'")));
                }
                Ok(())
            }
        }
    }

    fn keys(&self, v: &Dict, source: &str, required: &[&str], optional: &[&str]) -> R {
        self.keys_hinted(v, source, required, optional, false)
    }

    /// [`Ck::keys`]; with `hint`, an unknown key close to a valid one is
    /// reported first, with "did you mean" (also when it stands for a
    /// missing required key).
    fn keys_hinted(
        &self,
        v: &Dict,
        source: &str,
        required: &[&str],
        optional: &[&str],
        hint: bool,
    ) -> R {
        let pprint = |mut e: Vec<&str>| {
            e.sort_unstable();
            e.dedup();
            e.iter()
                .map(|k| format!("'{k}'"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let allowed: Vec<&str> = required.iter().chain(optional).copied().collect();
        let unknown: Vec<&str> = v.keys().filter(|k| !allowed.contains(k)).collect();
        let absent = allowed.iter().copied().filter(|k| !v.has(k));
        let hinted = unknown
            .iter()
            .find_map(|k| Some((*k, suggest(k, absent.clone())?)));
        if let Some((key, near)) = hinted.filter(|_| hint) {
            return Err(self.err(format!(
                "{source} has unknown key '{key}' (did you mean '{near}'?)\nValid keys are {}.",
                pprint(allowed)
            )));
        }
        let missing: Vec<&str> = required.iter().copied().filter(|k| !v.has(k)).collect();
        if !missing.is_empty() {
            let s = if missing.len() > 1 { "s" } else { "" };
            return Err(self.err(format!("{source} misses key{s} {}", pprint(missing))));
        }
        if !unknown.is_empty() {
            let s = if unknown.len() > 1 { "s" } else { "" };
            return Err(self.err(format!(
                "{source} has unknown key{s} {}\nValid keys are {}.",
                pprint(unknown),
                pprint(allowed)
            )));
        }
        Ok(())
    }

    fn flags(&self, e: &Dict) -> R {
        for key in ["gen", "success-response"] {
            if e.has(key) && e.get(key) != Some(&Val::Bool(false)) {
                return Err(self.err(format!("flag '{key}' may only use false value")));
            }
        }
        for key in ["boxed", "allow-oob", "allow-preconfig", "coroutine"] {
            if e.has(key) && e.get(key) != Some(&Val::Bool(true)) {
                return Err(self.err(format!("flag '{key}' may only use true value")));
            }
        }
        if e.has("allow-oob") && e.has("coroutine") {
            return Err(self.err("flags 'allow-oob' and 'coroutine' are incompatible"));
        }
        Ok(())
    }

    fn if_(&self, e: &Dict, source: &str) -> R {
        match e.get("if") {
            None => Ok(()),
            Some(c) => self.if_cond(c, source),
        }
    }

    fn if_cond(&self, c: &Val, source: &str) -> R {
        let d = match c {
            Val::Str(s) => {
                let b = s.as_bytes();
                let ok = b.first().is_some_and(u8::is_ascii_uppercase)
                    && b.iter()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_');
                if !ok {
                    return Err(self.err(format!(
                        "'if' condition '{s}' of {source} is not a valid identifier"
                    )));
                }
                return Ok(());
            }
            Val::Dict(d) => d,
            _ => {
                return Err(self.err(format!(
                    "'if' condition of {source} must be a string or an object"
                )))
            }
        };
        self.keys(
            d,
            &format!("'if' condition of {source}"),
            &[],
            &["all", "any", "not"],
        )?;
        if d.len() != 1 {
            return Err(self.err(format!("'if' condition of {source} has conflicting keys")));
        }
        let (op, operand) = &d.0[0];
        if op == "not" {
            return self.if_cond(operand, source);
        }
        let Val::List(operands, _) = operand else {
            return Err(self.err(format!("'{op}' condition of {source} must be an array")));
        };
        if operands.is_empty() {
            return Err(self.err(format!("'if' condition [] of {source} is useless")));
        }
        operands.iter().try_for_each(|o| self.if_cond(o, source))
    }

    fn type_name(&self, v: Option<&Val>, source: &str) -> R {
        match v {
            None | Some(Val::Str(_)) => Ok(()),
            _ => Err(self.err(format!("{source} should be a type name"))),
        }
    }

    fn type_name_or_array(&self, v: Option<&Val>, source: &str) -> R {
        match v {
            None | Some(Val::Str(_)) => Ok(()),
            Some(Val::List(l, _)) => {
                if l.len() != 1 || !matches!(l[0], Val::Str(_)) {
                    return Err(self.err(format!(
                        "{source}: array type must contain single type name"
                    )));
                }
                Ok(())
            }
            _ => Err(self.err(format!("{source} should be a type name or array"))),
        }
    }

    fn type_name_or_implicit(&self, v: Option<&Val>, source: &str, parent: Option<&str>) -> R {
        match v {
            None | Some(Val::Str(_)) => Ok(()),
            Some(v) => self.type_implicit(v, source, parent),
        }
    }

    fn type_implicit(&self, v: &Val, source: &str, parent: Option<&str>) -> R {
        let Val::Dict(d) = v else {
            return Err(self.err(format!("{source} should be an object or type name")));
        };
        // Before QEMU 5.0 the pragma named the implicit type itself
        // (`q_obj_CpuInfo-base`) rather than its definition.
        let permissive = parent.is_some_and(|p| {
            self.pragma.member_name_exceptions.iter().any(|n| {
                n == p
                    || n.strip_prefix("q_obj_")
                        .and_then(|r| r.strip_prefix(p))
                        .is_some_and(|r| r.starts_with('-'))
            })
        });
        for (key, arg) in &d.0 {
            let key_source = format!("{source} member '{key}'");
            let key = key.strip_prefix('*').unwrap_or(key);
            let us = permissive || self.pragma.pre_6_0;
            self.name_lower(key, &key_source, permissive, us)?;
            let c = c_name(key, false);
            if c == "u" || c.starts_with("has_") {
                return Err(self.err(format!("{key_source} uses reserved name")));
            }
            let arg = normalized(arg);
            self.keys(&arg, &key_source, &["type"], &["if", "features"])?;
            self.if_(&arg, &key_source)?;
            self.features(arg.get("features"))?;
            self.type_name_or_array(arg.get("type"), &key_source)?;
        }
        Ok(())
    }

    fn features(&self, v: Option<&Val>) -> R {
        let Some(v) = v else { return Ok(()) };
        let Val::List(l, _) = v else {
            return Err(self.err("'features' must be an array"));
        };
        for f in l {
            let f = match f {
                Val::Dict(d) => d.clone(),
                other => Dict(vec![("name".to_string(), other.clone())], Vec::new()),
            };
            let source = "'features' member";
            self.keys(&f, source, &["name"], &["if"])?;
            let name = self.name_is_str(f.get("name"), source)?;
            let source = format!("{source} '{name}'");
            self.name_str(name, &source)?;
            self.if_(&f, &source)?;
        }
        Ok(())
    }

    fn enum_(&self, e: &Dict, name: &str) -> R {
        let Some(Val::List(members, _)) = e.get("data") else {
            return Err(self.err("'data' must be an array"));
        };
        if matches!(e.get("prefix"), Some(p) if !matches!(p, Val::Str(_))) {
            return Err(self.err("'prefix' must be a string"));
        }
        let permissive = self.pragma.member_name_exceptions.iter().any(|n| n == name);
        for m in members {
            let m = match m {
                Val::Dict(d) => d.clone(),
                other => Dict(vec![("name".to_string(), other.clone())], Vec::new()),
            };
            let source = "'data' member";
            self.keys(&m, source, &["name"], &["if", "features"])?;
            let mname = self.name_is_str(m.get("name"), source)?;
            let source = format!("{source} '{mname}'");
            let hidden;
            let checked = if mname.starts_with(|c: char| c.is_ascii_digit()) {
                hidden = format!("d{mname}");
                hidden.as_str()
            } else {
                mname
            };
            let us = permissive || self.pragma.pre_6_0;
            self.name_lower(checked, &source, permissive, us)?;
            self.if_(&m, &source)?;
            self.features(m.get("features"))?;
        }
        Ok(())
    }

    fn branch_list(&self, data: &Dict, alternate: bool) -> R {
        for (key, value) in &data.0 {
            let source = format!("'data' member '{key}'");
            if alternate {
                self.name_lower(key, &source, false, false)?;
            }
            let value = normalized(value);
            self.keys(&value, &source, &["type"], &["if"])?;
            self.if_(&value, &source)?;
            if alternate {
                self.type_name_or_array(value.get("type"), &source)?;
            } else {
                self.type_name(value.get("type"), &source)?;
            }
        }
        Ok(())
    }

    fn args(&self, e: &Dict) -> R {
        let args = e.get("data");
        if e.get("boxed").is_some_and(|b| b != &Val::Bool(false)) {
            if args.is_none() {
                return Err(self.err("'boxed': true requires 'data'"));
            }
            self.type_name(args, "'data'")
        } else {
            self.type_name_or_implicit(args, "'data'", None)
        }
    }
}

/// `normalize_members` for one value: a non-object means `{'type': v}`.
fn normalized(v: &Val) -> Dict {
    match v {
        Val::Dict(d) => d.clone(),
        other => Dict(vec![("type".to_string(), other.clone())], Vec::new()),
    }
}

const METAS: [&str; 6] = ["enum", "struct", "union", "alternate", "command", "event"];

/// Checks every expression in order and returns the typed definitions.
pub(crate) fn check_exprs(
    exprs: &[RawExpr],
    infos: &mut Infos,
    pragma: &Pragma,
    docs: &[QDoc],
    warnings: &mut Vec<(InfoId, String)>,
) -> Result<Vec<Expr>, QapiError> {
    let mut out = Vec::with_capacity(exprs.len());
    for raw in exprs {
        if let Some(f) = &raw.include {
            out.push(Expr::Include {
                fname: f.clone(),
                info: raw.info,
            });
            continue;
        }
        let e = &raw.dict;
        let metas: Vec<&str> = METAS.iter().copied().filter(|m| e.has(m)).collect();
        let ck = Ck {
            infos,
            pragma,
            info: raw.info,
        };
        if metas.len() != 1 {
            return Err(ck.err(
                "expression must have exactly one key 'enum', 'struct', 'union', 'alternate', 'command', 'event'",
            ));
        }
        let meta = metas[0];
        let name = ck
            .name_is_str(e.get(meta), &format!("'{meta}'"))?
            .to_string();
        infos.set_defn(raw.info, meta, &name);
        let ck = Ck {
            infos,
            pragma,
            info: raw.info,
        };
        ck.defn_name(&name, meta)?;
        // The keys first: a misspelt key ('return') would otherwise show
        // up as a doc problem ("'Returns' section, but ...").
        let (required, optional) = meta_keys(meta);
        ck.keys_hinted(e, meta, required, optional, true)?;
        match raw.doc.and_then(|d| docs.get(d)) {
            Some(doc) => {
                if doc.symbol.as_deref() != Some(name.as_str()) {
                    return Err(ck.err(format!(
                        "documentation comment is for '{}'",
                        doc.symbol.as_deref().unwrap_or("")
                    )));
                }
                doc.check_expr(infos, meta == "command", e.has("returns"), warnings)?;
            }
            None if pragma.doc_required && !raw.synthetic => {
                return Err(ck.err("documentation comment required"));
            }
            None => {}
        }
        check_meta(&ck, meta, e, &name)?;
        ck.if_(e, meta)?;
        ck.features(e.get("features"))?;
        ck.flags(e)?;
        out.push(Expr::Def(ast::build(meta, e, raw.info, raw.doc)));
    }
    Ok(out)
}

fn check_meta(ck: &Ck<'_>, meta: &str, e: &Dict, name: &str) -> R {
    match meta {
        "enum" => ck.enum_(e, name),
        "union" => {
            ck.type_name_or_implicit(e.get("base"), "'base'", Some(name))?;
            ck.name_is_str(e.get("discriminator"), "'discriminator'")?;
            let Some(Val::Dict(data)) = e.get("data") else {
                return Err(ck.err("'data' must be an object"));
            };
            ck.branch_list(data, false)
        }
        "alternate" => {
            let data = e.get("data");
            let empty = match data {
                Some(Val::Dict(d)) => d.0.is_empty(),
                Some(Val::List(l, _)) => l.is_empty(),
                Some(Val::Str(s)) => s.is_empty(),
                Some(Val::Bool(b)) => !b,
                None => true,
            };
            if empty {
                return Err(ck.err("'data' must not be empty"));
            }
            let Some(Val::Dict(data)) = data else {
                return Err(ck.err("'data' must be an object"));
            };
            ck.branch_list(data, true)
        }
        "struct" => {
            ck.type_implicit(
                e.get("data").unwrap_or(&Val::Bool(false)),
                "'data'",
                Some(name),
            )?;
            ck.type_name(e.get("base"), "'base'")
        }
        "command" => {
            ck.args(e)?;
            ck.type_name_or_array(e.get("returns"), "'returns'")
        }
        _ => ck.args(e),
    }
}

/// The required and optional keys of a definition of kind `meta`.
fn meta_keys(meta: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match meta {
        "enum" => (&["enum", "data"], &["if", "features", "prefix"]),
        "union" => (
            &["union", "base", "discriminator", "data"],
            &["if", "features"],
        ),
        "alternate" => (&["alternate", "data"], &["if", "features"]),
        "struct" => (&["struct", "data"], &["base", "if", "features"]),
        "command" => (
            &["command"],
            &[
                "data",
                "returns",
                "boxed",
                "if",
                "features",
                "gen",
                "success-response",
                "allow-oob",
                "allow-preconfig",
                "coroutine",
            ],
        ),
        _ => (&["event"], &["data", "boxed", "if", "features"]),
    }
}
