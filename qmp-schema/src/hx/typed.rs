//! Builds model items from raw hx entries: historic and HMP command entries
//! (`.name`, `.args_type`, ...) and the typed dialect (`.returns`, `.args`
//! with `.boxed`, `.struct`, `.enum`, `.union`, `.alternate`, `.event` with
//! `.data` or `.data_type`, `.features`, ...).

use std::path::PathBuf;
use std::sync::Arc;

use super::args_type::{self, MemberSpec, SyntaxError};
use super::entry::{RawEntry, RawField, RawValue};
use crate::{
    Alternate, Args, Command, Diagnostic, DocTarget, Enum, EnumValue, Event, Feature, HxFields,
    Location, Member, Returns, Struct, TypeDef, TypeKind, TypeRef, Union, Variant,
};

/// Fields that only the typed dialect uses. A file with any of them is typed.
pub(crate) const TYPED_FIELDS: [&str; 21] = [
    "returns",
    "args",
    "boxed",
    "data_type",
    "struct",
    "members",
    "base",
    "enum",
    "values",
    "union",
    "discriminator",
    "variants",
    "alternate",
    "event",
    "data",
    "features",
    "allow_oob",
    "allow_preconfig",
    "gen",
    "success_response",
    "prefix",
];

/// The fields of QEMU's own hx files (QMP and HMP, 0.13 to 10.0, and
/// known forks). In a typed file they are accepted and kept in
/// [`HxFields`]; any other unknown field there is an error.
const HISTORIC_FIELDS: [&str; 20] = [
    "name",
    "args_type",
    "params",
    "help",
    "user_print",
    "mhandler.cmd_new",
    "mhandler.cmd",
    "mhandler.cmd_async",
    "mhandler.info",
    "mhandler.info_new",
    "mhandler.info_async",
    "cmd",
    "cmd_new",
    "cmd_new_ret",
    "cmd_async",
    "cmd_info_hrt",
    "command_completion",
    "flags",
    "coroutine",
    "sub_table",
];

/// Fields whose value is a list whose items an `#if` inside the entry may
/// make conditional.
const LIST_FIELDS: [&str; 6] = [
    "args_type",
    "members",
    "data",
    "values",
    "variants",
    "features",
];

/// Features written after a member or enum value (`+deprecated`).
fn feature_list(names: Vec<(String, usize)>) -> Vec<Feature> {
    names
        .into_iter()
        .map(|(name, _)| Feature {
            name,
            cond: None,
            doc: None,
        })
        .collect()
}

/// The known field closest to the unknown `name`, if one is close enough
/// to be a likely misspelling.
fn closest_field(name: &str) -> Option<&'static str> {
    TYPED_FIELDS
        .iter()
        .chain(HISTORIC_FIELDS.iter())
        .map(|k| (strsim::damerau_levenshtein(name, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

const KINDS: [&str; 6] = ["name", "struct", "enum", "union", "alternate", "event"];

/// Fields a command entry may not have.
const NOT_FOR_COMMANDS: [&str; 8] = [
    "data_type",
    "members",
    "base",
    "values",
    "discriminator",
    "variants",
    "data",
    "prefix",
];

/// What the entries of a file turned into.
#[derive(Debug, Default)]
pub(crate) struct Built {
    /// Commands.
    pub commands: Vec<Command>,
    /// Events.
    pub events: Vec<Event>,
    /// Named types.
    pub types: Vec<TypeDef>,
    /// For each entry, what it defined.
    pub targets: Vec<Option<DocTarget>>,
}

pub(crate) struct Builder<'a> {
    pub file: &'a Arc<PathBuf>,
    pub typed: bool,
    pub errors: Vec<Diagnostic>,
}

impl Builder<'_> {
    fn loc(&self, line: u32, col: u32) -> Location {
        Location::new(self.file, line, col)
    }

    /// Location of the character at offset `at` of a field's value.
    fn at(&self, v: &RawValue, at: usize) -> Location {
        match &v.lit {
            Some(l) => {
                let (line, col) = l.pos.get(at).copied().unwrap_or(l.end);
                self.loc(line, col)
            }
            None => self.loc(v.line, v.col),
        }
    }

    fn error(&mut self, loc: Location, msg: impl Into<String>) {
        self.errors.push(Diagnostic::error(loc, msg));
    }

    fn syntax(&mut self, f: &RawField, e: SyntaxError) {
        let loc = self.at(&f.value, e.at);
        self.error(loc, format!("in '.{}': {}", f.name, e.message));
    }

    /// The string value of `f`, or an error if it is not a string literal.
    fn string<'f>(&mut self, f: &'f RawField) -> Option<&'f str> {
        if f.value.lit.is_some() {
            Some(&f.value.text)
        } else {
            let loc = self.loc(f.value.line, f.value.col);
            self.error(
                loc,
                format!(
                    "'.{}' must be a string literal, found '{}'",
                    f.name, f.value.text
                ),
            );
            None
        }
    }

    fn flag(&mut self, f: &RawField) -> bool {
        match f.value.text.as_str() {
            "true" if f.value.lit.is_none() => true,
            "false" if f.value.lit.is_none() => false,
            other => {
                let loc = self.loc(f.value.line, f.value.col);
                self.error(
                    loc,
                    format!("'.{}' must be true or false, found '{other}'", f.name),
                );
                false
            }
        }
    }

    fn def_name(&mut self, f: &RawField) -> Option<String> {
        let s = self.string(f)?.to_string();
        match args_type::check_def_name(&s) {
            Ok(()) => Some(s),
            Err(e) => {
                self.syntax(f, e);
                None
            }
        }
    }

    fn members(&mut self, f: Option<&RawField>) -> Vec<Member> {
        let Some(f) = f else { return Vec::new() };
        let Some(s) = self.string(f) else {
            return Vec::new();
        };
        let (specs, errs) = args_type::parse_members(s);
        for e in errs {
            self.syntax(f, e);
        }
        specs
            .into_iter()
            .map(|m: MemberSpec| {
                let mut member = Member::new(m.name, m.ty, m.optional, self.at(&f.value, m.at));
                member.hx_kind = m.hx_kind;
                member.cond = self.piece_cond(f, m.at, m.end);
                member.features = feature_list(m.features);
                member
            })
            .collect()
    }

    /// The condition an `#if` inside the entry puts on the item at
    /// `a..b` of field `f`'s value.
    fn piece_cond(&mut self, f: &RawField, a: usize, b: usize) -> Option<crate::Cond> {
        match f.value.cond_of(a, b) {
            Ok(c) => c,
            Err(message) => {
                self.syntax(f, SyntaxError { at: a, message });
                None
            }
        }
    }

    /// Reports `#if` pieces in a typed field whose value is not a list
    /// (`.name`, `.returns`, ...). Text fields of QEMU's own files keep all
    /// their pieces: QEMU 10.0's `hmp-commands.hx` builds the `.params` of
    /// `netdev_add` that way.
    fn no_pieces(&mut self, e: &RawEntry) {
        if e.cond_issue.is_some() {
            return;
        }
        for f in &e.fields {
            let name = f.name.as_str();
            let typed = name == "name" || TYPED_FIELDS.contains(&name);
            if !f.value.conds.is_empty() && typed && !LIST_FIELDS.contains(&name) {
                let at = f.value.conds[0].start;
                self.syntax(
                    f,
                    SyntaxError {
                        at,
                        message: format!(
                            "an #if inside '.{}' is not allowed: only the items of a list field ({}) can be conditional",
                            f.name,
                            LIST_FIELDS.map(|n| format!("'.{n}'")).join(", ")
                        ),
                    },
                );
            }
        }
    }

    fn features(&mut self, e: &RawEntry) -> Vec<Feature> {
        let Some(f) = e.field("features") else {
            return Vec::new();
        };
        let Some(s) = self.string(f) else {
            return Vec::new();
        };
        let (names, errs) = args_type::parse_names(s, "feature");
        for err in errs {
            self.syntax(f, err);
        }
        names
            .into_iter()
            .map(|(name, at)| {
                let end = at + name.chars().count();
                Feature {
                    cond: self.piece_cond(f, at, end),
                    name,
                    doc: None,
                }
            })
            .collect()
    }

    fn variants(&mut self, f: Option<&RawField>) -> Vec<Variant> {
        let Some(f) = f else { return Vec::new() };
        let Some(s) = self.string(f) else {
            return Vec::new();
        };
        let (vs, errs) = args_type::parse_variants(s);
        for e in errs {
            self.syntax(f, e);
        }
        vs.into_iter()
            .map(|v| Variant {
                cond: self.piece_cond(f, v.at, v.end),
                loc: self.at(&f.value, v.at),
                name: v.name,
                ty: v.ty,
            })
            .collect()
    }

    /// The arguments of a command (the data of an event): the member list
    /// in field `list` (`.args_type`, `.data`), or the type named by field
    /// `named` (`.args`, `.data_type`), boxed when `.boxed = true`.
    fn args(&mut self, e: &RawEntry, list: &str, named: &str) -> Args {
        let boxed = e.field("boxed");
        let Some(nf) = e.field(named) else {
            if let Some(b) = boxed {
                let loc = self.loc(b.line, b.col);
                self.error(loc, format!("'.boxed' needs '.{named}' (a named type)"));
            }
            return Args::Members(self.members(e.field(list)));
        };
        if let Some(lf) = e.field(list) {
            if lf.value.lit.is_none() || !lf.value.text.trim().is_empty() {
                let loc = self.loc(nf.line, nf.col);
                self.error(
                    loc,
                    format!("'.{named}' and a non-empty '.{list}' cannot both be given"),
                );
            }
        }
        let boxed = boxed.is_some_and(|b| self.flag(b));
        let Some(s) = self.string(nf) else {
            return Args::none();
        };
        match args_type::parse_type(s) {
            Ok(TypeRef::Named(ty)) => Args::Named { ty, boxed },
            Ok(other) => {
                let at = s.len() - s.trim_start().len();
                let loc = self.at(&nf.value, s[..at].chars().count());
                self.error(
                    loc,
                    format!("'.{named}' must name a struct or union type, found '{other}'"),
                );
                Args::none()
            }
            Err(err) => {
                self.syntax(nf, err);
                Args::none()
            }
        }
    }

    fn base(&mut self, e: &RawEntry) -> Option<String> {
        e.field("base").and_then(|f| self.def_name(f))
    }

    /// Checks the set of fields of an entry of kind `kind`.
    fn check_fields(&mut self, e: &RawEntry, kind: &str, allowed: Option<&[&str]>) {
        self.no_pieces(e);
        let typed_entry = self.typed
            || kind != "command"
            || e.fields
                .iter()
                .any(|f| TYPED_FIELDS.contains(&f.name.as_str()));
        if let (true, Some((l, c, m))) = (typed_entry, &e.cond_issue) {
            let loc = self.loc(*l, *c);
            self.error(loc, m.clone());
        }
        for (i, f) in e.fields.iter().enumerate() {
            let loc = self.loc(f.line, f.col);
            let name = f.name.as_str();
            if typed_entry && !TYPED_FIELDS.contains(&name) && !HISTORIC_FIELDS.contains(&name) {
                let hint = closest_field(name)
                    .map(|k| format!(" (did you mean '.{k}'?)"))
                    .unwrap_or_default();
                self.error(loc, format!("unknown field '.{name}'{hint}"));
                continue;
            }
            if e.fields[..i].iter().any(|g| g.name == f.name) {
                self.error(
                    loc.clone(),
                    format!("duplicate field '.{}' in this entry", f.name),
                );
            }
            let bad = match allowed {
                Some(list) => !list.contains(&f.name.as_str()),
                None => NOT_FOR_COMMANDS.contains(&f.name.as_str()),
            };
            if bad {
                let article = if kind.starts_with(['a', 'e']) {
                    "an"
                } else {
                    "a"
                };
                self.error(
                    loc,
                    format!(
                        "field '.{}' does not apply to {article} {kind} entry",
                        f.name
                    ),
                );
            }
        }
    }

    /// Builds every entry.
    pub fn build(&mut self, entries: &[RawEntry]) -> Built {
        let mut out = Built::default();
        for e in entries {
            let kinds: Vec<&RawField> = e
                .fields
                .iter()
                .filter(|f| KINDS.contains(&f.name.as_str()))
                .collect();
            let target = match kinds.as_slice() {
                [] => {
                    let loc = self.loc(e.line, e.col);
                    self.error(
                        loc,
                        "malformed entry: no '.name', '.struct', '.enum', '.union', '.alternate' or '.event'",
                    );
                    None
                }
                [k, rest @ ..] => {
                    if let Some(r) = rest.iter().find(|r| r.name != k.name) {
                        let loc = self.loc(r.line, r.col);
                        self.error(
                            loc,
                            format!("an entry cannot have both '.{}' and '.{}'", k.name, r.name),
                        );
                    }
                    self.one(e, k, &mut out)
                }
            };
            out.targets.push(target);
        }
        out
    }

    fn one(&mut self, e: &RawEntry, k: &RawField, out: &mut Built) -> Option<DocTarget> {
        let loc = self.loc(e.line, e.col);
        let hx = HxFields {
            fields: e
                .fields
                .iter()
                .map(|f| (f.name.clone(), f.value.text.clone()))
                .collect(),
        };
        match k.name.as_str() {
            "name" => {
                self.check_fields(e, "command", None);
                let full = self.string(k)?;
                let name = full.split('|').next().unwrap_or_default().to_string();
                if name.is_empty() {
                    self.error(self.at(&k.value, 0), "empty command name");
                    return None;
                }
                let args = self.args(e, "args_type", "args");
                let returns = match e.field("returns") {
                    Some(f) => match self.string(f) {
                        Some(s) if s.trim().is_empty() => Returns::Empty,
                        Some(s) => match args_type::parse_type(s) {
                            Ok(t) => Returns::Type(t),
                            Err(err) => {
                                self.syntax(f, err);
                                Returns::Unknown
                            }
                        },
                        None => Returns::Unknown,
                    },
                    None if self.typed => Returns::Empty,
                    None => Returns::Unknown,
                };
                let flags = e.field("flags").filter(|f| f.value.lit.is_some());
                let allow_preconfig = match e.field("allow_preconfig") {
                    Some(f) => self.flag(f),
                    None => flags.is_some_and(|f| f.value.text.contains('p')),
                };
                let command = Command {
                    name: name.clone(),
                    loc,
                    args,
                    returns,
                    features: self.features(e),
                    allow_oob: e.field("allow_oob").is_some_and(|f| self.flag(f)),
                    allow_preconfig,
                    coroutine: e.field("coroutine").is_some_and(|f| self.flag(f)),
                    success_response: e.field("success_response").is_none_or(|f| self.flag(f)),
                    gen: e.field("gen").is_none_or(|f| self.flag(f)),
                    cond: e.cond.clone(),
                    doc: None,
                    hx: Some(hx),
                };
                out.commands.push(command);
                Some(DocTarget::Command(name))
            }
            "event" => {
                self.check_fields(
                    e,
                    "event",
                    Some(&["event", "data", "data_type", "boxed", "features"]),
                );
                let name = self.def_name(k)?;
                let event = Event {
                    name: name.clone(),
                    loc,
                    data: self.args(e, "data", "data_type"),
                    features: self.features(e),
                    cond: e.cond.clone(),
                    doc: None,
                };
                out.events.push(event);
                Some(DocTarget::Event(name))
            }
            kind => {
                let name = self.def_name(k);
                let type_kind = self.type_kind(e, kind)?;
                let name = name?;
                out.types.push(TypeDef {
                    name: name.clone(),
                    loc,
                    kind: type_kind,
                    features: self.features(e),
                    cond: e.cond.clone(),
                    doc: None,
                });
                Some(DocTarget::Type(name))
            }
        }
    }

    fn type_kind(&mut self, e: &RawEntry, kind: &str) -> Option<TypeKind> {
        let loc = self.loc(e.line, e.col);
        Some(match kind {
            "struct" => {
                self.check_fields(e, kind, Some(&["struct", "members", "base", "features"]));
                TypeKind::Struct(Struct {
                    base: self.base(e),
                    members: self.members(e.field("members")),
                })
            }
            "enum" => {
                self.check_fields(e, kind, Some(&["enum", "values", "prefix", "features"]));
                let mut values = Vec::new();
                if let Some(f) = e.field("values") {
                    if let Some(s) = self.string(f) {
                        let (specs, errs) = args_type::parse_values(s);
                        for err in errs {
                            self.syntax(f, err);
                        }
                        for v in specs {
                            values.push(EnumValue {
                                cond: self.piece_cond(f, v.at, v.end),
                                features: feature_list(v.features),
                                name: v.name,
                                doc: None,
                                loc: self.at(&f.value, v.at),
                            });
                        }
                    }
                } else {
                    self.error(loc, "enum entry needs '.values'");
                }
                let prefix = e
                    .field("prefix")
                    .and_then(|f| self.string(f))
                    .map(str::to_string);
                TypeKind::Enum(Enum { prefix, values })
            }
            "union" => {
                self.check_fields(
                    e,
                    kind,
                    Some(&[
                        "union",
                        "base",
                        "members",
                        "discriminator",
                        "variants",
                        "features",
                    ]),
                );
                let discriminator = match e.field("discriminator") {
                    Some(f) => self.string(f).unwrap_or_default().trim().to_string(),
                    None => {
                        self.error(loc, "union entry needs '.discriminator'");
                        String::new()
                    }
                };
                TypeKind::Union(Union {
                    base: self.base(e),
                    members: self.members(e.field("members")),
                    discriminator,
                    variants: self.variants(e.field("variants")),
                })
            }
            _ => {
                self.check_fields(e, kind, Some(&["alternate", "variants", "features"]));
                if e.field("variants").is_none() {
                    self.error(loc, "alternate entry needs '.variants'");
                }
                TypeKind::Alternate(Alternate {
                    variants: self.variants(e.field("variants")),
                })
            }
        })
    }
}
