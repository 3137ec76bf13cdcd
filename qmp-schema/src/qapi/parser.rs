//! The QAPI schema parser: JSON-like values, the top-level loop with its
//! `include` and `pragma` directives, and the attachment of `##` doc
//! comments to the definitions that follow them.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::doc::QDoc;
use super::lexer::{Lexer, Tok};
use super::source::{abspath, dirname, strerror, InfoId, Infos, QapiError};
use crate::limits::{read_source, MAX_NESTING};

/// A parsed value: QAPI has strings, booleans, arrays and objects.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Val {
    Str(String),
    Bool(bool),
    /// Elements, with the line each starts on.
    List(Vec<Val>, Vec<InfoId>),
    Dict(Dict),
}

/// An object with its keys in source order, and the line of each key
/// (empty for objects made up by the checks).
#[derive(Clone, Debug, PartialEq, Default)]
pub(crate) struct Dict(pub Vec<(String, Val)>, pub Vec<InfoId>);

impl Dict {
    /// The line of the `i`th key, when known.
    pub fn line(&self, i: usize) -> Option<InfoId> {
        self.1.get(i).copied()
    }
}

impl Dict {
    pub fn get(&self, k: &str) -> Option<&Val> {
        self.0.iter().find(|(key, _)| key == k).map(|(_, v)| v)
    }
    pub fn has(&self, k: &str) -> bool {
        self.get(k).is_some()
    }
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl Val {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Val::Str(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_dict(&self) -> Option<&Dict> {
        match self {
            Val::Dict(d) => Some(d),
            _ => None,
        }
    }
}

/// The pragmas (one set for the whole schema, as in QEMU).
#[derive(Clone, Debug, Default)]
pub(crate) struct Pragma {
    pub doc_required: bool,
    pub command_name_exceptions: Vec<String>,
    pub command_returns_exceptions: Vec<String>,
    pub documentation_exceptions: Vec<String>,
    pub member_name_exceptions: Vec<String>,
    /// The schema is in the language of QEMU before 6.0 (it uses an
    /// obsolete pragma or construct): `_` was allowed in command and member
    /// names then.
    pub pre_6_0: bool,
}

/// A top-level expression: a definition (or an include marker) with the
/// line it starts on and its doc comment.
#[derive(Clone, Debug)]
pub(crate) struct RawExpr {
    pub dict: Dict,
    pub info: InfoId,
    pub doc: Option<usize>,
    /// For include markers: the joined file name.
    pub include: Option<PathBuf>,
    /// Made up by `legacy` (so it has no doc comment of its own).
    pub synthetic: bool,
}

/// Everything parsing produces.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub infos: Infos,
    pub pragma: Pragma,
    pub exprs: Vec<RawExpr>,
    pub docs: Vec<QDoc>,
    pub files: Vec<PathBuf>,
    pub warnings: Vec<(InfoId, String)>,
}

/// Parses `fname` and everything it includes.
pub(crate) fn parse(fname: &Path) -> Result<Parsed, QapiError> {
    let mut out = Parsed::default();
    let text = match read_source(fname) {
        Ok(t) => t,
        Err(e) => {
            return Err(QapiError::bare(
                fname,
                format!(
                    "can't read schema file '{}': {}",
                    fname.display(),
                    strerror(&e)
                ),
            ))
        }
    };
    let text = decode(fname, text)?;
    let mut included = HashSet::new();
    parse_one(&mut out, fname, &text, None, &mut included)?;
    Ok(out)
}

/// The text of a file as Python's text mode reads it: UTF-8, with `\r\n`
/// and `\r` line ends read as `\n`.
fn decode(fname: &Path, text: Vec<u8>) -> Result<String, QapiError> {
    let text = String::from_utf8(text).map_err(|e| {
        QapiError::bare(
            fname,
            format!("{}: file is not valid UTF-8: {e}", fname.display()),
        )
    })?;
    if text.contains('\r') {
        return Ok(text.replace("\r\n", "\n").replace('\r', "\n"));
    }
    Ok(text)
}

struct FileParser<'a> {
    out: &'a mut Parsed,
    lx: Lexer,
    fname: PathBuf,
    depth: usize,
}

fn parse_one(
    out: &mut Parsed,
    fname: &Path,
    text: &str,
    parent: Option<InfoId>,
    included: &mut HashSet<PathBuf>,
) -> Result<(), QapiError> {
    included.insert(abspath(fname));
    out.files.push(fname.to_path_buf());
    let lx = Lexer::new(text, Arc::new(fname.to_path_buf()), parent);
    let mut p = FileParser {
        out,
        lx,
        fname: fname.to_path_buf(),
        depth: 0,
    };
    p.run(included)
}

impl FileParser<'_> {
    fn accept(&mut self) -> Result<(), QapiError> {
        self.lx.accept(&mut self.out.infos, true)
    }

    fn err(&mut self, msg: impl Into<String>) -> QapiError {
        self.lx.error(&mut self.out.infos, msg)
    }

    fn sem(&self, info: InfoId, msg: impl Into<String>) -> QapiError {
        QapiError::at(&self.out.infos, info, None, msg)
    }

    fn run(&mut self, included: &mut HashSet<PathBuf>) -> Result<(), QapiError> {
        let mut cur_doc: Option<usize> = None;
        self.accept()?;
        while self.lx.tok != Tok::Eof {
            let info = self.lx.info(&mut self.out.infos);
            if self.lx.tok == Tok::Comment {
                self.reject_expr_doc(cur_doc)?;
                let mut doc = super::docparse::get_doc(
                    &mut self.lx,
                    &mut self.out.infos,
                    self.out.pragma.pre_6_0,
                )?;
                self.out.warnings.append(&mut doc.warnings);
                self.out.docs.push(doc);
                cur_doc = Some(self.out.docs.len() - 1);
                continue;
            }
            let expr = self.get_expr()?;
            let Val::Dict(expr) = expr else {
                return Err(self.sem(info, "top-level expression must be an object"));
            };
            if expr.has("include") {
                self.reject_expr_doc(cur_doc)?;
                if expr.len() != 1 {
                    return Err(self.sem(info, "invalid 'include' directive"));
                }
                let Some(Val::Str(include)) = expr.get("include") else {
                    return Err(self.sem(info, "value of 'include' must be a string"));
                };
                let include = include.clone();
                let incl_fname = dirname(&self.fname).join(&include);
                self.out.exprs.push(RawExpr {
                    dict: expr,
                    info,
                    doc: None,
                    include: Some(incl_fname.clone()),
                    synthetic: false,
                });
                self.include(&include, info, &incl_fname, included)?;
            } else if expr.has("pragma") {
                self.reject_expr_doc(cur_doc)?;
                if expr.len() != 1 {
                    return Err(self.sem(info, "invalid 'pragma' directive"));
                }
                let Some(Val::Dict(pragma)) = expr.get("pragma") else {
                    return Err(self.sem(info, "value of 'pragma' must be an object"));
                };
                for (name, value) in &pragma.0 {
                    self.pragma(name, value, info)?;
                }
            } else {
                if let Some(d) = cur_doc {
                    if self.out.docs[d].symbol.is_none() {
                        let di = self.out.docs[d].info;
                        return Err(self.sem(di, "definition documentation required"));
                    }
                }
                self.out.exprs.push(RawExpr {
                    dict: expr,
                    info,
                    doc: cur_doc,
                    include: None,
                    synthetic: false,
                });
            }
            cur_doc = None;
        }
        self.reject_expr_doc(cur_doc)
    }

    fn reject_expr_doc(&self, doc: Option<usize>) -> Result<(), QapiError> {
        if let Some(d) = doc {
            let d = &self.out.docs[d];
            if let Some(sym) = &d.symbol {
                return Err(self.sem(
                    d.info,
                    format!("documentation for '{sym}' is not followed by the definition"),
                ));
            }
        }
        Ok(())
    }

    fn include(
        &mut self,
        include: &str,
        info: InfoId,
        incl_fname: &Path,
        included: &mut HashSet<PathBuf>,
    ) -> Result<(), QapiError> {
        let abs = abspath(incl_fname);
        let mut inf = Some(info);
        while let Some(i) = inf {
            let rec = self.out.infos.get(i);
            if abs == abspath(&rec.fname) {
                return Err(self.sem(info, format!("inclusion loop for {include}")));
            }
            inf = rec.parent;
        }
        if included.contains(&abs) {
            return Ok(());
        }
        let text = match read_source(incl_fname) {
            Ok(t) => decode(incl_fname, t)?,
            Err(e) => {
                return Err(self.sem(
                    info,
                    format!(
                        "can't read include file '{}': {}",
                        incl_fname.display(),
                        strerror(&e)
                    ),
                ))
            }
        };
        parse_one(self.out, incl_fname, &text, Some(info), included)
    }

    fn pragma(&mut self, name: &str, value: &Val, info: InfoId) -> Result<(), QapiError> {
        let list_str = |this: &Self, value: &Val| -> Result<Vec<String>, QapiError> {
            match value {
                Val::List(l, _) if l.iter().all(|v| matches!(v, Val::Str(_))) => Ok(l
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()),
                _ => Err(this.sem(info, format!("pragma {name} must be a list of strings"))),
            }
        };
        match name {
            "doc-required" => match value {
                Val::Bool(b) => self.out.pragma.doc_required = *b,
                _ => return Err(self.sem(info, "pragma 'doc-required' must be boolean")),
            },
            "name-case-whitelist" | "returns-whitelist" => {
                let new = if name == "returns-whitelist" {
                    "command-returns-exceptions"
                } else {
                    "command-name-exceptions' and 'member-name-exceptions"
                };
                self.out.warnings.push((
                    info,
                    format!("pragma '{name}' is obsolete (QEMU 6.0 renamed it '{new}'); accepted"),
                ));
                let v = list_str(self, value)?;
                self.out.pragma.pre_6_0 = true;
                if name == "returns-whitelist" {
                    self.out.pragma.command_returns_exceptions.extend(v);
                } else {
                    self.out
                        .pragma
                        .command_name_exceptions
                        .extend(v.iter().cloned());
                    self.out.pragma.member_name_exceptions.extend(v);
                }
            }
            "command-name-exceptions" => {
                self.out.pragma.command_name_exceptions = list_str(self, value)?
            }
            "command-returns-exceptions" => {
                self.out.pragma.command_returns_exceptions = list_str(self, value)?
            }
            "documentation-exceptions" => {
                self.out.pragma.documentation_exceptions = list_str(self, value)?
            }
            "member-name-exceptions" => {
                self.out.pragma.member_name_exceptions = list_str(self, value)?
            }
            _ => return Err(self.sem(info, format!("unknown pragma '{name}'"))),
        }
        Ok(())
    }

    fn get_members(&mut self) -> Result<Dict, QapiError> {
        let mut d = Dict::default();
        if self.lx.tok == Tok::Punct(b'}') {
            self.accept()?;
            return Ok(d);
        }
        if self.lx.tok != Tok::Str {
            return Err(self.err("expected string or '}'"));
        }
        loop {
            let key = std::mem::take(&mut self.lx.val);
            let line = self.lx.info(&mut self.out.infos);
            self.accept()?;
            if self.lx.tok != Tok::Punct(b':') {
                return Err(self.err("expected ':'"));
            }
            self.accept()?;
            if d.has(&key) {
                return Err(self.err(format!("duplicate key '{key}'")));
            }
            let v = self.get_expr()?;
            d.0.push((key, v));
            d.1.push(line);
            if self.lx.tok == Tok::Punct(b'}') {
                self.accept()?;
                return Ok(d);
            }
            if self.lx.tok != Tok::Punct(b',') {
                return Err(self.err("expected ',' or '}'"));
            }
            self.accept()?;
            if self.lx.tok != Tok::Str {
                return Err(self.err("expected string"));
            }
        }
    }

    fn get_values(&mut self) -> Result<(Vec<Val>, Vec<InfoId>), QapiError> {
        let mut l = Vec::new();
        let mut lines = Vec::new();
        if self.lx.tok == Tok::Punct(b']') {
            self.accept()?;
            return Ok((l, lines));
        }
        if !matches!(
            self.lx.tok,
            Tok::Punct(b'{') | Tok::Punct(b'[') | Tok::Str | Tok::Bool
        ) {
            return Err(self.err("expected '{', '[', ']', string, or boolean"));
        }
        loop {
            lines.push(self.lx.info(&mut self.out.infos));
            l.push(self.get_expr()?);
            if self.lx.tok == Tok::Punct(b']') {
                self.accept()?;
                return Ok((l, lines));
            }
            if self.lx.tok != Tok::Punct(b',') {
                return Err(self.err("expected ',' or ']'"));
            }
            self.accept()?;
        }
    }

    /// A value; arrays and objects nest at most [`MAX_NESTING`] levels
    /// (QEMU's parser would exhaust Python's recursion limit a few hundred
    /// levels down), so the recursion here stays shallow.
    fn get_expr(&mut self) -> Result<Val, QapiError> {
        if !matches!(self.lx.tok, Tok::Punct(b'{' | b'[')) {
            return self.get_expr_inner();
        }
        if self.depth >= MAX_NESTING {
            return Err(self.err(format!("nesting deeper than {MAX_NESTING} levels")));
        }
        self.depth += 1;
        let v = self.get_expr_inner();
        self.depth -= 1;
        v
    }

    fn get_expr_inner(&mut self) -> Result<Val, QapiError> {
        match self.lx.tok {
            Tok::Punct(b'{') => {
                self.accept()?;
                Ok(Val::Dict(self.get_members()?))
            }
            Tok::Punct(b'[') => {
                self.accept()?;
                let (l, lines) = self.get_values()?;
                Ok(Val::List(l, lines))
            }
            Tok::Str => {
                let v = Val::Str(std::mem::take(&mut self.lx.val));
                self.accept()?;
                Ok(v)
            }
            Tok::Bool => {
                let v = Val::Bool(self.lx.bval);
                self.accept()?;
                Ok(v)
            }
            _ => Err(self.err("expected '{', '[', string, or boolean")),
        }
    }
}
