//! Model -> typed Rust bindings, built as syn / quote tokens and formatted
//! with prettyplease one item group at a time.
//!
//! The output is meant for `include!` (no inner attributes) and names
//! everything outside itself by absolute path (`::std::...`,
//! `::qmp_types::...`; the runtime helpers through the alias
//! `use ::qmp_types::__private as __rt;`), so a schema type called `String`
//! or `Option` cannot shadow anything and the including crate needs only
//! `qmp-types` as a dependency.
//!
//! When the schema comes from more than one file, each file (an *area*, see
//! [`crate::areas`]) becomes a module and every module is re-exported at the
//! top; [`Options::areas`] generates only some areas (and the areas their
//! types come from).
//!
//! Submodules: [`types`] (structs, type references, fields), [`object`]
//! (the table-driven serde impls of object types), [`enums`],
//! [`alternates`], [`unions`], [`commands`], [`events`], [`registry`]
//! (`COMMANDS`, `EVENTS`, `roundtrip_arguments`, `decode_return`),
//! [`output`] (formatting item by item), [`docs`] (rustdoc) and
//! [`recursion`] (which members must be boxed).

pub mod alternates;
pub mod commands;
pub mod docs;
pub mod enums;
pub mod events;
pub mod object;
pub mod output;
pub mod recursion;
pub mod registry;
pub mod types;
pub mod unions;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use proc_macro2::TokenStream;
use qmp_schema::{
    Builtin, Diagnostic, Errors, Location, Member, Schema, TypeDef, TypeKind, TypeRef,
};
use quote::quote;

use crate::areas;
use crate::naming::{self, Names, RustName};

/// Why bindings could not be generated.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The schema refers to something it does not define (every problem,
    /// each as `file:line:col: message`).
    #[error("{0}")]
    Schema(#[from] Errors),
    /// The generator produced tokens that do not parse (a generator bug).
    #[error("internal error: generated code does not parse: {0}")]
    Syntax(#[from] syn::Error),
    /// An area was asked for that the schema does not have.
    #[error("no such area in the schema: {0} (areas: {1})")]
    UnknownArea(String, String),
}

/// What to generate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Only these areas (file stems of the schema's files) and the areas
    /// their types come from; `None` for everything.
    pub areas: Option<BTreeSet<String>>,
}

/// Everything the emitters share while generating one schema.
pub(crate) struct Ctx<'a> {
    pub schema: &'a Schema,
    /// Names of the whole schema, whatever is generated, so enabling an
    /// area never renames an item.
    pub names: Names,
    /// `(type, member type)` pairs to box because they are mutually recursive.
    pub boxed: HashSet<(String, String)>,
    /// The first definition of every named type.
    types: HashMap<&'a str, &'a TypeDef>,
    /// The areas to generate (`None`: all).
    enabled: Option<BTreeSet<String>>,
    errors: RefCell<Vec<Diagnostic>>,
}

impl<'a> Ctx<'a> {
    fn new(schema: &'a Schema, enabled: Option<BTreeSet<String>>) -> Self {
        let mut types = HashMap::new();
        for t in &schema.types {
            types.entry(t.name.as_str()).or_insert(t);
        }
        let mut ctx = Ctx {
            schema,
            names: Names::assign(schema),
            boxed: HashSet::new(),
            types,
            enabled,
            errors: RefCell::new(Vec::new()),
        };
        ctx.boxed = recursion::boxed_edges(&ctx);
        ctx
    }

    /// Records an error; generation goes on so that every error is reported.
    pub fn error(&self, loc: &Location, message: impl Into<String>) {
        self.errors
            .borrow_mut()
            .push(Diagnostic::error(loc.clone(), message));
    }

    /// The first definition of the named type `name`.
    pub fn type_def(&self, name: &str) -> Option<&'a TypeDef> {
        self.types.get(name).copied()
    }

    /// Whether the item defined at `loc` is generated.
    pub fn enabled(&self, loc: &Location) -> bool {
        match (&self.enabled, areas::area_of(loc)) {
            (None, _) | (_, None) => true,
            (Some(set), Some(a)) => set.contains(a),
        }
    }

    /// Whether a value of type `t` may be `null` (`any`, `null`, and
    /// alternates with a branch that may be): there `null` and an absent
    /// member are different things.
    pub fn admits_null(&self, t: &TypeRef) -> bool {
        let mut seen = HashSet::new();
        self.admits_null_inner(t, &mut seen)
    }

    fn admits_null_inner<'t>(&self, t: &'t TypeRef, seen: &mut HashSet<&'t str>) -> bool
    where
        'a: 't,
    {
        match t {
            TypeRef::Builtin(b) => matches!(b, Builtin::Any | Builtin::Null),
            TypeRef::Array(_) => false,
            TypeRef::Named(n) => {
                if !seen.insert(n.as_str()) {
                    return false;
                }
                match self.type_def(n).map(|d| &d.kind) {
                    Some(TypeKind::Alternate(a)) => a
                        .variants
                        .iter()
                        .any(|v| self.admits_null_inner(&v.ty, seen)),
                    _ => false,
                }
            }
        }
    }

    /// The members of a struct type with its bases' members first. Reports a
    /// missing or non-struct base, and base cycles, at `loc`.
    pub fn struct_members(&self, name: &str, loc: &Location) -> Vec<&'a Member> {
        let mut chain = Vec::new();
        let mut seen = HashSet::new();
        let mut cur = Some(name.to_owned());
        while let Some(n) = cur.take() {
            if !seen.insert(n.clone()) {
                self.error(loc, format!("struct '{name}' is its own base"));
                break;
            }
            match self.type_def(&n).map(|t| &t.kind) {
                Some(TypeKind::Struct(s)) => {
                    chain.push(&s.members);
                    cur = s.base.clone();
                }
                Some(_) => self.error(loc, format!("'{n}' is not a struct type")),
                None => self.error(loc, format!("unknown type '{n}'")),
            }
        }
        chain.into_iter().rev().flatten().collect()
    }
}

/// Generates the bindings of `schema` as formatted Rust source, starting with
/// a `// @generated` line. The same schema always gives the same text.
pub fn generate(schema: &Schema) -> Result<String, Error> {
    generate_with(schema, &Options::default())
}

/// [`generate`] with [`Options`]: only some areas.
pub fn generate_with(schema: &Schema, options: &Options) -> Result<String, Error> {
    let enabled = match &options.areas {
        None => None,
        Some(wanted) => Some(enabled_areas(schema, wanted)?),
    };
    let ctx = Ctx::new(schema, enabled);
    let source = schema
        .files
        .first()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "a schema".to_owned());
    let mut out = output::Output::new(format!(
        "// @generated by qmp-codegen from {source}. Do not edit.\n"
    ));

    // Each area's items, in schema order within the area.
    let mut by_area: BTreeMap<Option<&str>, Vec<Item<'_>>> = BTreeMap::new();
    let mut seen = HashSet::new();
    for t in &schema.types {
        if seen.insert(t.name.as_str()) && ctx.enabled(&t.loc) {
            by_area
                .entry(areas::area_of(&t.loc))
                .or_default()
                .push(Item::Type(t));
        }
    }
    let mut seen = HashSet::new();
    for c in &schema.commands {
        if seen.insert(c.name.as_str()) && ctx.enabled(&c.loc) {
            by_area
                .entry(areas::area_of(&c.loc))
                .or_default()
                .push(Item::Command(c));
        }
    }
    let mut seen = HashSet::new();
    for e in &schema.events {
        if seen.insert(e.name.as_str()) && ctx.enabled(&e.loc) {
            by_area
                .entry(areas::area_of(&e.loc))
                .or_default()
                .push(Item::Event(e));
        }
    }
    let modules = areas::areas(schema).len() > 1;
    let module_names = naming::module_names(by_area.keys().flatten().copied());
    let alias = quote! {
        #[allow(unused_imports)]
        use ::qmp_types::__private as __rt;
    };
    out.items(alias)?;
    if modules {
        let ids = module_names.values().map(RustName::ident);
        out.items(quote! { #(#[allow(unused_imports)] pub use self::#ids::*;)* })?;
    }
    for (area, items) in &by_area {
        let module = match area {
            Some(a) if modules => Some((*a, &module_names[*a])),
            _ => None,
        };
        if let Some((a, m)) = module {
            out.open_module(module_header(m, a))?;
        }
        for item in items {
            out.items(item.tokens(&ctx))?;
        }
        if module.is_some() {
            out.close_module();
        }
    }
    out.items(events::event_enum(&ctx))?;
    out.items(registry::all(&ctx))?;
    let errors = ctx.errors.into_inner();
    if !errors.is_empty() {
        return Err(Error::Schema(Errors(errors)));
    }
    Ok(out.finish())
}

/// The areas `wanted` asks for and the areas their types come from; an area
/// the schema lacks is an error.
fn enabled_areas(schema: &Schema, wanted: &BTreeSet<String>) -> Result<BTreeSet<String>, Error> {
    let graph = areas::graph(schema);
    if let Some(bad) = wanted.iter().find(|a| !graph.contains_key(a.as_str())) {
        let all: Vec<&str> = graph.keys().map(String::as_str).collect();
        return Err(Error::UnknownArea(bad.clone(), all.join(", ")));
    }
    Ok(areas::closure(&graph, wanted))
}

/// The opening of an area's module: its doc and the glob import that makes
/// the other areas' items visible.
fn module_header(module: &RustName, area: &str) -> TokenStream {
    let doc = docs::attrs(&format!(
        "The commands, events and types of the schema file `{area}`, all re-exported at the \
         top. With per-area cargo features (as in the shipped bindings) they exist when the \
         feature `{area}` is on."
    ));
    let id = module.ident();
    quote! {
        #doc
        pub mod #id {
            #[allow(unused_imports)]
            use super::*;
        }
    }
}

/// One generated item group.
enum Item<'a> {
    Type(&'a TypeDef),
    Command(&'a qmp_schema::Command),
    Event(&'a qmp_schema::Event),
}

impl Item<'_> {
    fn tokens(&self, ctx: &Ctx<'_>) -> TokenStream {
        match self {
            Item::Type(t) => types::type_def(ctx, t),
            Item::Command(c) => commands::command(ctx, c),
            Item::Event(e) => events::event_data(ctx, e),
        }
    }
}

/// `#[allow(deprecated)]`, for impls that name deprecated items.
pub(crate) fn allow_deprecated() -> TokenStream {
    quote! { #[allow(deprecated)] }
}

/// `#[deprecated]` when `features` has `deprecated`.
pub(crate) fn deprecated_attr(features: &[qmp_schema::Feature]) -> TokenStream {
    if qmp_schema::Feature::has(features, "deprecated") {
        quote! { #[deprecated] }
    } else {
        TokenStream::new()
    }
}
