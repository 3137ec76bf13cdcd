//! The QAPI language as QEMU used it before 6.2, rewritten into today's
//! before the checks run, so that older releases' schemas load unchanged:
//!
//! - `'if'` conditions written as C preprocessor expressions
//!   (`'defined(CONFIG_SPICE)'`, `'!defined(X) && defined(Y)'`), or a list
//!   of them (all must hold), become `'if'` identifiers and
//!   `all` / `any` / `not` objects. A condition in today's syntax is left
//!   alone, so QEMU 10.0's own rejections still apply to it.
//! - Simple unions (no `base`, no `discriminator`; on the wire
//!   `{"type": BRANCH, "data": VALUE}`) become the flat union QEMU itself
//!   made of them: an enum `<Union>Kind` of the branch names, a base
//!   `{'type': '<Union>Kind'}`, and per branch type `T` a struct
//!   `<T>Wrapper` with the one member `data: T` (the names QEMU gave those
//!   wrappers when it converted its own simple unions).
//!
//! Each rewrite is reported once per schema as a warning, and marks the
//! schema as older than QEMU 6.0 (whose naming rules were looser: `_` in
//! command and member names).

use std::collections::{BTreeMap, HashSet};

use super::parser::{Dict, Parsed, RawExpr, Val};

/// Rewrites the legacy forms in `parsed` in place.
pub(crate) fn desugar(parsed: &mut Parsed) {
    let mut conds = None;
    for raw in &mut parsed.exprs {
        if raw.include.is_none() && rewrite_conds(&mut raw.dict) && conds.is_none() {
            conds = Some(raw.info);
        }
    }
    if let Some(info) = conds {
        parsed.pragma.pre_6_0 = true;
        parsed.warnings.push((
            info,
            "'if' conditions in C preprocessor syntax (QEMU before 6.2) read as today's \
             identifiers and all/any/not"
                .to_owned(),
        ));
    }
    simple_unions(parsed);
}

/// Converts every legacy `'if'` value inside `d`; whether any was found.
fn rewrite_conds(d: &mut Dict) -> bool {
    let mut found = false;
    for (key, value) in &mut d.0 {
        if key == "if" {
            if let Some(new) = legacy_cond(value) {
                *value = new;
                found = true;
                continue;
            }
        }
        found |= rewrite_val(value);
    }
    found
}

fn rewrite_val(v: &mut Val) -> bool {
    match v {
        Val::Dict(d) => rewrite_conds(d),
        Val::List(items, _) => items.iter_mut().fold(false, |f, i| rewrite_val(i) | f),
        _ => false,
    }
}

/// Today's form of a legacy condition: a C expression string, or a
/// non-empty list of them. `None` when `v` is not one.
fn legacy_cond(v: &Val) -> Option<Val> {
    match v {
        Val::Str(s) => c_expr(s),
        Val::List(items, _) if !items.is_empty() => {
            let mut all = items
                .iter()
                .map(|i| i.as_str().and_then(c_expr))
                .collect::<Option<Vec<Val>>>()?;
            if all.len() == 1 {
                all.pop()
            } else {
                Some(op("all", Val::List(all, Vec::new())))
            }
        }
        _ => None,
    }
}

fn op(name: &str, operand: Val) -> Val {
    Val::Dict(Dict(vec![(name.to_owned(), operand)], Vec::new()))
}

/// Parses `defined(X)`, `!e`, `e && e`, `e || e` and parentheses. `None`
/// unless the whole string parses and uses `defined` (a bare identifier
/// is today's syntax already).
fn c_expr(s: &str) -> Option<Val> {
    if !s.contains("defined") {
        return None;
    }
    let mut p = CParser {
        toks: tokens(s)?,
        at: 0,
    };
    let v = p.or()?;
    (p.at == p.toks.len()).then_some(v)
}

#[derive(Debug, PartialEq)]
enum Tok {
    Ident(String),
    Punct(&'static str),
}

fn tokens(s: &str) -> Option<Vec<Tok>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            out.push(Tok::Ident(s[start..i].to_owned()));
        } else {
            let punct = ["&&", "||", "!", "(", ")"]
                .into_iter()
                .find(|p| s[i..].starts_with(p))?;
            out.push(Tok::Punct(punct));
            i += punct.len();
        }
    }
    Some(out)
}

struct CParser {
    toks: Vec<Tok>,
    at: usize,
}

impl CParser {
    fn eat(&mut self, p: &str) -> bool {
        let hit = matches!(self.toks.get(self.at), Some(Tok::Punct(q)) if *q == p);
        if hit {
            self.at += 1;
        }
        hit
    }

    fn chain(&mut self, sep: &str, name: &str, next: fn(&mut Self) -> Option<Val>) -> Option<Val> {
        let mut items = vec![next(self)?];
        while self.eat(sep) {
            items.push(next(self)?);
        }
        Some(if items.len() == 1 {
            items.remove(0)
        } else {
            op(name, Val::List(items, Vec::new()))
        })
    }

    fn or(&mut self) -> Option<Val> {
        self.chain("||", "any", Self::and)
    }

    fn and(&mut self) -> Option<Val> {
        self.chain("&&", "all", Self::unary)
    }

    fn unary(&mut self) -> Option<Val> {
        if self.eat("!") {
            return Some(op("not", self.unary()?));
        }
        if self.eat("(") {
            let v = self.or()?;
            return self.eat(")").then_some(v);
        }
        match self.toks.get(self.at) {
            Some(Tok::Ident(d)) if d == "defined" => self.at += 1,
            _ => return None,
        }
        let paren = self.eat("(");
        let Some(Tok::Ident(name)) = self.toks.get(self.at) else {
            return None;
        };
        let name = name.clone();
        self.at += 1;
        if paren && !self.eat(")") {
            return None;
        }
        Some(Val::Str(name))
    }
}

/// Rewrites every simple union into a flat one, adding the kind enums and
/// wrapper structs just before the first union that needs them.
fn simple_unions(parsed: &mut Parsed) {
    let is_simple = |e: &RawExpr| {
        e.include.is_none()
            && e.dict.has("union")
            && !e.dict.has("base")
            && !e.dict.has("discriminator")
            && matches!(e.dict.get("data"), Some(Val::Dict(d)) if d.len() > 0)
    };
    if !parsed.exprs.iter().any(is_simple) {
        return;
    }
    let mut taken: HashSet<String> = parsed
        .exprs
        .iter()
        .filter_map(|e| {
            ["enum", "struct", "union", "alternate"]
                .iter()
                .find_map(|m| e.dict.get(m))
                .and_then(Val::as_str)
                .map(str::to_owned)
        })
        .collect();
    // Wrapper name by branch type spelling, shared by all unions.
    let mut wrappers: BTreeMap<String, String> = BTreeMap::new();
    let mut out = Vec::with_capacity(parsed.exprs.len());
    let mut first = None;
    for mut raw in std::mem::take(&mut parsed.exprs) {
        if !is_simple(&raw) {
            out.push(raw);
            continue;
        }
        first.get_or_insert(raw.info);
        // Its `type` member is made up here: its doc cannot describe it.
        if let Some(name) = raw.dict.get("union").and_then(Val::as_str) {
            parsed.pragma.documentation_exceptions.push(name.to_owned());
        }
        let union = raw
            .dict
            .get("union")
            .and_then(Val::as_str)
            .unwrap_or("")
            .to_owned();
        let Some(Val::Dict(data)) = raw.dict.get("data").cloned() else {
            out.push(raw);
            continue;
        };
        let kind = unique(&format!("{union}Kind"), &mut taken);
        let mut values = Vec::new();
        let mut branches = Vec::new();
        for (name, branch) in &data.0 {
            let (ty, cond) = match branch {
                Val::Dict(b) => (b.get("type").cloned(), b.get("if").cloned()),
                other => (Some(other.clone()), None),
            };
            let Some(ty) = ty else {
                // Malformed: leave the union for the checks to reject.
                values.clear();
                break;
            };
            let key = type_key(&ty);
            let wrapper = match wrappers.get(&key) {
                Some(w) => w.clone(),
                None => {
                    let w = unique(&format!("{}Wrapper", camel(&key)), &mut taken);
                    wrappers.insert(key, w.clone());
                    let members = Dict(vec![("data".to_owned(), ty.clone())], Vec::new());
                    out.push(synthetic(&mut *parsed, &raw, "struct", &w, members));
                    w
                }
            };
            let with_cond = |v: Val| match &cond {
                Some(c) => Val::Dict(Dict(
                    vec![("name".to_owned(), v), ("if".to_owned(), c.clone())],
                    Vec::new(),
                )),
                None => v,
            };
            values.push(with_cond(Val::Str(name.clone())));
            let branch = match &cond {
                Some(c) => Val::Dict(Dict(
                    vec![
                        ("type".to_owned(), Val::Str(wrapper)),
                        ("if".to_owned(), c.clone()),
                    ],
                    Vec::new(),
                )),
                None => Val::Str(wrapper),
            };
            branches.push((name.clone(), branch));
        }
        if values.is_empty() {
            out.push(raw);
            continue;
        }
        let mut enum_ = Dict(
            vec![
                ("enum".to_owned(), Val::Str(kind.clone())),
                ("data".to_owned(), Val::List(values, Vec::new())),
            ],
            Vec::new(),
        );
        if let Some(c) = raw.dict.get("if") {
            enum_.0.push(("if".to_owned(), c.clone()));
        }
        let info = parsed.infos.add_copy(raw.info);
        out.push(RawExpr {
            dict: enum_,
            info,
            doc: None,
            include: None,
            synthetic: true,
        });
        let base = Dict(vec![("type".to_owned(), Val::Str(kind))], Vec::new());
        let d = &mut raw.dict;
        let line = |i: usize| d.line(i).unwrap_or(raw.info);
        let data_line = d.keys().position(|k| k == "data").map_or(raw.info, line);
        let mut lines: Vec<_> = (0..d.len()).map(line).collect();
        for (key, val) in &mut d.0 {
            if key == "data" {
                *val = Val::Dict(Dict(branches.clone(), Vec::new()));
            }
        }
        d.0.push(("base".to_owned(), Val::Dict(base)));
        d.0.push(("discriminator".to_owned(), Val::Str("type".to_owned())));
        lines.extend([data_line, data_line]);
        d.1 = lines;
        out.push(raw);
    }
    parsed.exprs = out;
    if let Some(info) = first {
        parsed.pragma.pre_6_0 = true;
        parsed.warnings.push((
            info,
            "simple unions (QEMU before 6.2) read as flat unions with a 'type' \
             discriminator and 'data' wrapper structs"
                .to_owned(),
        ));
    }
}

/// A made-up definition at the same place as `at`.
fn synthetic(parsed: &mut Parsed, at: &RawExpr, meta: &str, name: &str, data: Dict) -> RawExpr {
    let info = parsed.infos.add_copy(at.info);
    RawExpr {
        dict: Dict(
            vec![
                (meta.to_owned(), Val::Str(name.to_owned())),
                ("data".to_owned(), Val::Dict(data)),
            ],
            Vec::new(),
        ),
        info,
        doc: None,
        include: None,
        synthetic: true,
    }
}

/// `T` for a type name, `TList` for an array of `T`.
fn type_key(ty: &Val) -> String {
    match ty {
        Val::Str(s) => s.clone(),
        Val::List(items, _) => match items.first() {
            Some(Val::Str(s)) => format!("{s}List"),
            _ => "Array".to_owned(),
        },
        _ => "Value".to_owned(),
    }
}

/// CamelCase of a type spelling (`str` -> `Str`, `__com.redhat_X` ->
/// `ComRedhatX`).
fn camel(s: &str) -> String {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|c| c.to_ascii_uppercase().to_string() + cs.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// `base`, else `base2`, `base3`, ... : the first name not taken.
fn unique(base: &str, taken: &mut HashSet<String>) -> String {
    let name = std::iter::once(base.to_owned())
        .chain((2..).map(|n| format!("{base}{n}")))
        .find(|n| !taken.contains(n))
        .unwrap_or_default();
    taken.insert(name.clone());
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Val {
        Val::Str(x.to_owned())
    }

    fn list(items: Vec<Val>) -> Val {
        Val::List(items, Vec::new())
    }

    #[test]
    fn c_expressions() {
        assert_eq!(c_expr("defined(CONFIG_SPICE)"), Some(s("CONFIG_SPICE")));
        assert_eq!(c_expr("defined CONFIG_X"), Some(s("CONFIG_X")));
        assert_eq!(
            c_expr("!defined(A) && (defined(B) || defined(C))"),
            Some(op(
                "all",
                list(vec![
                    op("not", s("A")),
                    op("any", list(vec![s("B"), s("C")]))
                ])
            ))
        );
        for bad in [
            "CONFIG_X",
            "",
            "defined(",
            "defined(A) &&",
            "defined(A) + 1",
            "foo(A)",
        ] {
            assert_eq!(c_expr(bad), None, "{bad}");
        }
    }

    #[test]
    fn lists_mean_all_and_today_s_syntax_is_left_alone() {
        let l = list(vec![s("defined(A)"), s("defined(B)")]);
        assert_eq!(legacy_cond(&l), Some(op("all", list(vec![s("A"), s("B")]))));
        assert_eq!(legacy_cond(&list(vec![s("defined(A)")])), Some(s("A")));
        assert_eq!(legacy_cond(&list(vec![s("TEST_IF")])), None);
        assert_eq!(legacy_cond(&list(vec![])), None);
        assert_eq!(legacy_cond(&s("CONFIG_X")), None);
    }

    #[test]
    fn wrapper_names() {
        assert_eq!(camel("str"), "Str");
        assert_eq!(camel("__com.redhat_Foo"), "ComRedhatFoo");
        assert_eq!(type_key(&list(vec![s("Node")])), "NodeList");
        let mut taken = HashSet::from(["AWrapper".to_owned()]);
        assert_eq!(unique("AWrapper", &mut taken), "AWrapper2");
        assert_eq!(unique("BWrapper", &mut taken), "BWrapper");
    }
}
