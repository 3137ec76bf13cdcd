//! Every rule that turns a schema name into a Rust name, in one place.
//!
//! | schema name | kind | Rust name |
//! |---|---|---|
//! | `query-status` | command | `QueryStatus` |
//! | `BLOCK_JOB_COMPLETED` | event variant | `BlockJobCompleted` |
//! | `BlockdevOptionsQcow2` | type (already UpperCamel) | kept as is |
//! | `x86_64`, `virtio-9p` | enum value | `X86_64`, `Virtio9p` |
//! | `node-name`, `cache.direct` | member | `node_name`, `cache_direct` |
//! | `type`, `self` | member | `r#type`, `self_` |
//! | `1600x1200` | enum value | `_1600x1200` |
//! | `block-core` (a schema file) | area module | `block_core` |
//!
//! - Words are split at `-`, `.`, `+`, `_` and every other non-alphanumeric
//!   character, and at case changes (`VNCInfo` is `VNC` + `Info`). UpperCamel
//!   capitalises each word and lowercases the rest; two digit-ended and
//!   digit-started words keep an `_` between them (`X86_64`), which the
//!   camel-case lint accepts.
//! - Type names that are already ASCII UpperCamel are kept, so the Rust names
//!   match the schema's documentation.
//! - A name that would start with a digit gets a leading `_`.
//! - Keywords (of every edition) become raw identifiers (`r#type`); the four
//!   that cannot be raw (`self`, `Self`, `super`, `crate`) get a trailing `_`.
//! - Clashes are resolved by a [`Scope`] in schema order: the first name wins,
//!   later ones try kind-specific suffixes (`Cmd`, `Event`, `Branch`, ...) and
//!   then a number (`foo_2`, `Foo2`).
//! - A member keeps its wire name with `#[serde(rename)]` only when the
//!   Rust name differs from it (raw identifiers count as equal).

use std::collections::{BTreeMap, HashSet};

use proc_macro2::{Ident, Span};
use qmp_schema::{Schema, TypeKind};

/// Keywords of any edition, strict, reserved or weak-but-risky.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be written as raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// A Rust identifier chosen for a schema name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RustName {
    /// The identifier without any `r#` prefix.
    pub name: String,
    /// Whether it must be written as a raw identifier (`r#type`).
    pub raw: bool,
}

impl RustName {
    fn plain(name: String) -> Self {
        if NOT_RAW.contains(&name.as_str()) {
            RustName {
                name: format!("{name}_"),
                raw: false,
            }
        } else {
            let raw = KEYWORDS.contains(&name.as_str());
            RustName { name, raw }
        }
    }

    /// The identifier token.
    pub fn ident(&self) -> Ident {
        if self.raw {
            Ident::new_raw(&self.name, Span::call_site())
        } else {
            Ident::new(&self.name, Span::call_site())
        }
    }

    /// Whether serde needs `#[serde(rename = wire)]` to use the wire name.
    pub fn needs_rename(&self, wire: &str) -> bool {
        self.name != wire
    }
}

impl std::fmt::Display for RustName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.raw {
            f.write_str("r#")?;
        }
        f.write_str(&self.name)
    }
}

/// Splits a schema name into words (see the module docs).
pub fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    for chunk in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let chars: Vec<char> = chunk.chars().collect();
        let mut cur = String::new();
        for (i, &c) in chars.iter().enumerate() {
            if i > 0 && !cur.is_empty() {
                let prev = chars[i - 1];
                let next = chars.get(i + 1).copied();
                let lower_to_upper =
                    (prev.is_ascii_lowercase() || prev.is_ascii_digit()) && c.is_ascii_uppercase();
                let acronym_end = prev.is_ascii_uppercase()
                    && c.is_ascii_uppercase()
                    && next.is_some_and(|n| n.is_ascii_lowercase());
                if lower_to_upper || acronym_end {
                    words.push(std::mem::take(&mut cur));
                }
            }
            cur.push(c);
        }
        if !cur.is_empty() {
            words.push(cur);
        }
    }
    words
}

fn digit_start(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit())
}

/// `query-status` -> `QueryStatus`, `x86_64` -> `X86_64`, `1024x768` ->
/// `_1024x768`. Empty names become `Unnamed`.
pub fn upper_camel(name: &str) -> String {
    let mut out = String::new();
    for w in words(name) {
        if out.ends_with(|c: char| c.is_ascii_digit()) && digit_start(&w) {
            out.push('_');
        }
        let mut cs = w.chars();
        if let Some(first) = cs.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(cs.map(|c| c.to_ascii_lowercase()));
        }
    }
    if out.is_empty() {
        out.push_str("Unnamed");
    }
    if digit_start(&out) {
        out.insert(0, '_');
    }
    out
}

/// `node-name` -> `node_name`, `VNCInfo` -> `vnc_info`, `2d` -> `_2d`.
/// Empty names become `unnamed`.
pub fn snake(name: &str) -> String {
    let mut out = words(name)
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    if out.is_empty() {
        out.push_str("unnamed");
    }
    if digit_start(&out) {
        out.insert(0, '_');
    }
    out
}

/// The Rust name of a schema type: kept when it is already ASCII UpperCamel,
/// converted with [`upper_camel`] otherwise.
pub fn type_name(name: &str) -> String {
    let keep = name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric());
    if keep {
        name.to_owned()
    } else {
        upper_camel(name)
    }
}

/// A namespace in which every name is given out once.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    /// An empty scope.
    pub fn new() -> Self {
        Scope::default()
    }

    /// Marks `name` as used (for names the generator itself defines).
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_owned());
    }

    /// Claims the first free name among `base`, `base + suffix` for each
    /// suffix, then `base + sep + 2`, `base + sep + 3`, ...
    pub fn claim(&mut self, base: &str, suffixes: &[&str], sep: &str) -> RustName {
        let candidates = std::iter::once(base.to_owned())
            .chain(suffixes.iter().map(|s| format!("{base}{s}")))
            .chain((2u32..).map(|n| format!("{base}{sep}{n}")));
        for c in candidates {
            let name = RustName::plain(c);
            if self.taken.insert(name.name.clone()) {
                return name;
            }
        }
        unreachable!("an unbounded iterator of candidates always yields a free name")
    }

    /// Claims a snake_case field name for the member `wire`.
    pub fn field(&mut self, wire: &str) -> RustName {
        self.claim(&snake(wire), &[], "_")
    }

    /// Claims an UpperCamel variant name for the value or event `wire`.
    pub fn variant(&mut self, wire: &str) -> RustName {
        self.claim(&upper_camel(wire), &[], "")
    }
}

/// Names that the generated module defines itself, in the type and value
/// namespaces; schema names never take them.
pub const RESERVED: &[&str] = &[
    "Event",
    "COMMANDS",
    "EVENTS",
    "roundtrip_arguments",
    "decode_return",
    "__rt",
];

/// The module of each area (`block-core` -> `block_core`), in area order;
/// clashes get `_2`, `_3`, ... A module never takes a name the generated
/// code defines itself.
pub fn module_names<'a>(areas: impl IntoIterator<Item = &'a str>) -> BTreeMap<&'a str, RustName> {
    let mut scope = Scope::new();
    for r in RESERVED {
        scope.reserve(r);
    }
    areas
        .into_iter()
        .map(|a| (a, scope.claim(&snake(a), &[], "_")))
        .collect()
}

/// The item names of a whole schema, assigned in a fixed order: named types
/// (schema order), command structs, event data structs, union branch enums.
#[derive(Debug, Default, Clone)]
pub struct Names {
    /// Named type -> Rust type name.
    pub types: BTreeMap<String, RustName>,
    /// Command wire name -> Rust struct name (first definition wins).
    pub commands: BTreeMap<String, RustName>,
    /// Event wire name -> variant of the `Event` enum.
    pub event_variants: BTreeMap<String, RustName>,
    /// Event wire name -> struct holding its data (events with data only).
    pub event_data: BTreeMap<String, RustName>,
    /// Union type name -> the enum of its branches.
    pub union_branches: BTreeMap<String, RustName>,
    /// Name of the catch-all variant of the `Event` enum.
    pub event_unknown: RustName,
}

impl Names {
    /// Assigns every item name of `schema`.
    pub fn assign(schema: &Schema) -> Names {
        let mut scope = Scope::new();
        for r in RESERVED {
            scope.reserve(r);
        }
        let mut names = Names::default();
        for t in &schema.types {
            if !names.types.contains_key(&t.name) {
                let n = scope.claim(&type_name(&t.name), &["Type"], "");
                names.types.insert(t.name.clone(), n);
            }
        }
        for c in &schema.commands {
            if !names.commands.contains_key(&c.name) {
                let n = scope.claim(&upper_camel(&c.name), &["Cmd", "Command"], "");
                names.commands.insert(c.name.clone(), n);
            }
        }
        let mut variants = Scope::new();
        for e in &schema.events {
            if names.event_variants.contains_key(&e.name) {
                continue;
            }
            names
                .event_variants
                .insert(e.name.clone(), variants.variant(&e.name));
            let has_data = match &e.data {
                qmp_schema::Args::Members(m) => !m.is_empty(),
                qmp_schema::Args::Named { .. } => true,
            };
            if has_data {
                let n = scope.claim(&upper_camel(&e.name), &["Event", "EventData"], "");
                names.event_data.insert(e.name.clone(), n);
            }
        }
        names.event_unknown = variants.claim("Unknown", &["Event"], "");
        for t in &schema.types {
            if let TypeKind::Union(_) = t.kind {
                if !names.union_branches.contains_key(&t.name) {
                    let base = names.types[&t.name].name.clone();
                    let n = scope.claim(&format!("{base}Branch"), &["Kind"], "");
                    names.union_branches.insert(t.name.clone(), n);
                }
            }
        }
        names
    }
}

/// The field of a command struct holding the arguments beyond its members
/// (`Command::takes_extra_args`), claimed after the member fields: `extra`,
/// else `extra_args`, else `extra_2`, ...
pub fn extra_field(scope: &mut Scope) -> RustName {
    scope.claim("extra", &["_args"], "_")
}

/// The variant names of an enumeration's values (in order) and the name of
/// its catch-all variant for values the schema does not know.
pub fn enum_variants<'a>(values: impl IntoIterator<Item = &'a str>) -> (Vec<RustName>, RustName) {
    let mut scope = Scope::new();
    let vs = values.into_iter().map(|v| scope.variant(v)).collect();
    let unknown = scope.claim("Unknown", &["Value"], "");
    (vs, unknown)
}

/// The `qmp_types::nested` alias for an array nested `depth` levels deep
/// (`Vec2` for `[[T]]`); `None` for one level and past the deepest alias,
/// `Vec64`, the schema readers' nesting limit.
pub fn nested_vec(depth: usize) -> Option<Ident> {
    (2..=qmp_schema::limits::MAX_NESTING)
        .contains(&depth)
        .then(|| quote::format_ident!("Vec{depth}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_cases() {
        assert_eq!(upper_camel("query-status"), "QueryStatus");
        assert_eq!(upper_camel("BLOCK_JOB_COMPLETED"), "BlockJobCompleted");
        assert_eq!(upper_camel("x86_64"), "X86_64");
        assert_eq!(upper_camel("virtio-9p"), "Virtio9p");
        assert_eq!(upper_camel("qcow2"), "Qcow2");
        assert_eq!(upper_camel("1600x1200"), "_1600x1200");
        assert_eq!(upper_camel("VNCInfo"), "VncInfo");
        assert_eq!(upper_camel("x-blockdev.change+y"), "XBlockdevChangeY");
        assert_eq!(upper_camel("---"), "Unnamed");
    }

    #[test]
    fn snake_cases() {
        assert_eq!(snake("node-name"), "node_name");
        assert_eq!(snake("cache.direct"), "cache_direct");
        assert_eq!(snake("VNCInfo"), "vnc_info");
        assert_eq!(snake("x86_64"), "x86_64");
        assert_eq!(snake("2d"), "_2d");
        assert_eq!(snake("tls+creds"), "tls_creds");
    }

    #[test]
    fn type_names_kept_when_camel() {
        assert_eq!(type_name("BlockdevOptionsNVMe"), "BlockdevOptionsNVMe");
        assert_eq!(type_name("q_obj_foo-arg"), "QObjFooArg");
        assert_eq!(type_name("123"), "_123");
        assert_eq!(type_name("Self"), "Self");
    }

    #[test]
    fn keywords_escaped() {
        let mut s = Scope::new();
        assert_eq!(s.field("type").to_string(), "r#type");
        assert_eq!(s.field("self").to_string(), "self_");
        assert_eq!(s.field("gen").to_string(), "r#gen");
        assert!(!s.field("match").needs_rename("match"));
        let mut t = Scope::new();
        assert_eq!(t.variant("self").to_string(), "Self_");
    }

    #[test]
    fn clashes_resolved_in_order() {
        let mut s = Scope::new();
        assert_eq!(s.field("foo-bar").name, "foo_bar");
        assert_eq!(s.field("foo_bar").name, "foo_bar_2");
        assert_eq!(s.field("foo.bar").name, "foo_bar_3");
        let (vs, unknown) = enum_variants(["unknown", "Unknown", "ok"]);
        let vs: Vec<String> = vs.into_iter().map(|v| v.name).collect();
        assert_eq!(vs, ["Unknown", "Unknown2", "Ok"]);
        assert_eq!(unknown.name, "UnknownValue");
    }

    #[test]
    fn idents_are_valid() {
        for n in ["type", "self", "x86_64", "1a", "r", "async"] {
            let mut s = Scope::new();
            let f = s.field(n);
            let _ = f.ident();
            let v = s.variant(n);
            let _ = v.ident();
        }
    }

    #[test]
    fn item_names_never_collide() {
        use qmp_schema::{
            Args, Command, Event, Location, Member, Returns, Schema, SourceFormat, Struct, TypeDef,
            TypeKind, TypeRef,
        };
        let loc = Location::builtin();
        let ty = |name: &str| TypeDef {
            name: name.into(),
            loc: loc.clone(),
            kind: TypeKind::Struct(Struct {
                base: None,
                members: Vec::new(),
            }),
            features: Vec::new(),
            cond: None,
            doc: None,
        };
        let mut schema = Schema::new(SourceFormat::Hx);
        schema.types = vec![ty("QueryStatus"), ty("Event"), ty("query-status")];
        schema.commands.push(Command::new(
            "query-status",
            loc.clone(),
            Args::none(),
            Returns::Empty,
        ));
        for name in ["QUERY_STATUS", "UNKNOWN"] {
            schema.events.push(Event {
                name: name.into(),
                loc: loc.clone(),
                data: Args::Members(vec![Member::new(
                    "x",
                    TypeRef::Builtin(qmp_schema::Builtin::Int),
                    false,
                    loc.clone(),
                )]),
                features: Vec::new(),
                cond: None,
                doc: None,
            });
        }
        let n = Names::assign(&schema);
        assert_eq!(n.types["QueryStatus"].name, "QueryStatus");
        assert_eq!(n.types["Event"].name, "EventType");
        assert_eq!(n.types["query-status"].name, "QueryStatusType");
        assert_eq!(n.commands["query-status"].name, "QueryStatusCmd");
        assert_eq!(n.event_data["QUERY_STATUS"].name, "QueryStatusEvent");
        assert_eq!(n.event_variants["UNKNOWN"].name, "Unknown");
        assert_eq!(n.event_unknown.name, "UnknownEvent");
    }
}
