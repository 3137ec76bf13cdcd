//! Named types: structs, enums (with a catch-all for unknown values) and
//! alternates, plus type references and struct fields shared by commands
//! and events.
//!
//! Struct bases are copied, not `#[serde(flatten)]`ed: flatten buffers the
//! input, loses the member path in errors, and mixes badly with integers and
//! unknown members; a copied base gives plain fields and precise errors.
//! Unknown members are ignored everywhere (no `deny_unknown_fields`), so a
//! newer server's additions still decode.

use proc_macro2::TokenStream;
use qmp_schema::{Builtin, Doc, Enum, Location, Member, TypeDef, TypeKind, TypeRef};
use quote::quote;

use super::{allow_deprecated, deprecated_attr, docs, serde_crate, Ctx};
use crate::naming::{self, RustName, Scope};

/// The Rust type of a builtin.
pub(crate) fn builtin(b: Builtin) -> TokenStream {
    match b {
        Builtin::Str | Builtin::QType => quote!(::std::string::String),
        Builtin::Number => quote!(f64),
        Builtin::Int | Builtin::Int64 => quote!(i64),
        Builtin::Int8 => quote!(i8),
        Builtin::Int16 => quote!(i16),
        Builtin::Int32 => quote!(i32),
        Builtin::Uint8 => quote!(u8),
        Builtin::Uint16 => quote!(u16),
        Builtin::Uint32 => quote!(u32),
        Builtin::Uint64 | Builtin::Size => quote!(u64),
        Builtin::Bool => quote!(bool),
        Builtin::Null => quote!(()),
        Builtin::Any => quote!(::qmp_types::__private::serde_json::Value),
    }
}

/// The Rust type of a schema type reference; an unknown name is reported at
/// `loc` (and stands in as `Value` so generation can go on).
pub(crate) fn type_ref(ctx: &Ctx<'_>, t: &TypeRef, loc: &Location) -> TokenStream {
    match t {
        TypeRef::Builtin(b) => builtin(*b),
        TypeRef::Array(inner) => {
            // Counted, not recursed into: an array of arrays is one flat
            // alias path (`qmp_types::nested::Vec3<T>`).
            let mut depth = 1;
            let mut elem = &**inner;
            while let TypeRef::Array(next) = elem {
                depth += 1;
                elem = next;
            }
            let elem = type_ref(ctx, elem, loc);
            if depth == 1 {
                return quote!(::std::vec::Vec<#elem>);
            }
            match naming::nested_vec(depth) {
                Some(alias) => quote!(::qmp_types::nested::#alias<#elem>),
                None => {
                    ctx.error(
                        loc,
                        format!(
                            "array type nested deeper than {} levels",
                            qmp_schema::limits::MAX_NESTING
                        ),
                    );
                    builtin(Builtin::Any)
                }
            }
        }
        TypeRef::Named(n) => match ctx.names.types.get(n) {
            Some(name) => {
                let id = name.ident();
                quote!(#id)
            }
            None => {
                ctx.error(loc, format!("unknown type '{n}'"));
                builtin(Builtin::Any)
            }
        },
    }
}

/// `type_ref`, boxed when `owner` and the referenced type are recursive.
pub(crate) fn maybe_boxed(
    ctx: &Ctx<'_>,
    owner: Option<&str>,
    t: &TypeRef,
    loc: &Location,
) -> TokenStream {
    let ty = type_ref(ctx, t, loc);
    match (owner, t) {
        (Some(o), TypeRef::Named(n)) if ctx.boxed.contains(&(o.to_owned(), n.clone())) => {
            quote!(::std::boxed::Box<#ty>)
        }
        _ => ty,
    }
}

/// One generated struct field.
pub(crate) struct Field {
    /// Wire name.
    pub wire: String,
    /// Rust name.
    pub name: RustName,
    /// Full type (with `Option` / `Box`).
    pub ty: TokenStream,
    /// Whether the member is optional.
    pub optional: bool,
    /// Rustdoc text.
    pub doc: String,
    /// `#[deprecated]` or nothing.
    pub deprecated: TokenStream,
    /// Whether it is the `#[serde(flatten)]` map of extra arguments.
    pub flatten: bool,
}

impl Field {
    /// The map of a command's arguments beyond its members, named in
    /// `scope` after them.
    pub(crate) fn extra(scope: &mut Scope) -> Field {
        Field {
            wire: String::new(),
            name: naming::extra_field(scope),
            ty: quote!(::qmp_types::__private::serde_json::Map<
                ::std::string::String,
                ::qmp_types::__private::serde_json::Value,
            >),
            optional: false,
            doc: "Further arguments, sent as they are: the server accepts more than \
                  the members above and checks them itself."
                .to_owned(),
            deprecated: TokenStream::new(),
            flatten: true,
        }
    }
}

/// The fields for `members`, named in `scope`.
pub(crate) fn fields(
    ctx: &Ctx<'_>,
    owner: Option<&str>,
    members: &[&Member],
    item_doc: Option<&Doc>,
    scope: &mut Scope,
) -> Vec<Field> {
    members
        .iter()
        .map(|m| {
            let inner = maybe_boxed(ctx, owner, &m.ty, &m.loc);
            // A member under a build condition is missing from the builds
            // without it (an x86 QEMU sends no s390x-only member), so the
            // bindings, which serve every build, cannot require it.
            let optional = m.optional || m.cond.is_some();
            let ty = if optional {
                quote!(::std::option::Option<#inner>)
            } else {
                inner
            };
            let mut doc = docs::member(
                &m.name,
                m.doc.as_deref(),
                item_doc,
                &m.features,
                m.cond.as_ref(),
                "member",
            );
            doc.push_str(&format!("\n\nWire type: `{}`", m.ty));
            if m.optional {
                doc.push_str(" (optional).");
            } else if m.cond.is_some() {
                doc.push_str(" (required in the builds that have it).");
            } else {
                doc.push('.');
            }
            Field {
                wire: m.name.clone(),
                name: scope.field(&m.name),
                ty,
                optional,
                doc,
                deprecated: deprecated_attr(&m.features),
                flatten: false,
            }
        })
        .collect()
}

/// A named field declaration, with its serde attributes when `serde`.
pub(crate) fn field_tokens(f: &Field, serde: bool) -> TokenStream {
    let doc = docs::attrs(&f.doc);
    let id = f.name.ident();
    let ty = &f.ty;
    let wire = &f.wire;
    let mut serde_args = Vec::new();
    if serde && f.flatten {
        serde_args.push(quote!(flatten));
    } else if serde && f.name.needs_rename(wire) {
        serde_args.push(quote!(rename = #wire));
    }
    if serde && f.optional {
        serde_args.push(quote!(
            skip_serializing_if = "::std::option::Option::is_none"
        ));
    }
    let serde_attr = if serde_args.is_empty() {
        TokenStream::new()
    } else {
        quote!(#[serde(#(#serde_args),*)])
    };
    let dep = &f.deprecated;
    quote! { #doc #dep #serde_attr pub #id: #ty, }
}

/// The derives of a struct with these fields.
pub(crate) fn struct_derives(fields: &[Field]) -> TokenStream {
    let default = if fields.iter().all(|f| f.optional || f.flatten) {
        quote!(Default,)
    } else {
        TokenStream::new()
    };
    quote! {
        #[derive(Clone, Debug, #default PartialEq,
            ::qmp_types::__private::serde::Serialize,
            ::qmp_types::__private::serde::Deserialize)]
    }
}

/// A struct with named fields (braced even when empty, so it is `{}` on the
/// wire).
pub(crate) fn struct_item(
    name: &RustName,
    doc: &str,
    deprecated: TokenStream,
    fields: &[Field],
) -> TokenStream {
    let doc = docs::attrs(doc);
    let id = name.ident();
    let derives = struct_derives(fields);
    let sc = serde_crate();
    let fs = fields.iter().map(|f| field_tokens(f, true));
    quote! {
        #doc
        #deprecated
        #[allow(deprecated)]
        #derives
        #sc
        pub struct #id { #(#fs)* }
    }
}

/// The generated items of one named type.
pub(crate) fn type_def(ctx: &Ctx<'_>, t: &TypeDef) -> TokenStream {
    let Some(name) = ctx.names.types.get(&t.name) else {
        return TokenStream::new();
    };
    let kind = match &t.kind {
        TypeKind::Struct(_) => "struct",
        TypeKind::Enum(_) => "enumeration",
        TypeKind::Union(_) => "union",
        TypeKind::Alternate(_) => "alternate",
    };
    let mut doc = docs::item(
        &format!("The schema {kind} `{}`.", t.name),
        t.doc.as_ref(),
        &t.features,
        t.cond.as_ref(),
    );
    doc.push_str(&format!("\n\nSchema name: `{}`.", t.name));
    let dep = deprecated_attr(&t.features);
    match &t.kind {
        TypeKind::Struct(_) => {
            let members = ctx.struct_members(&t.name, &t.loc);
            let fs = fields(
                ctx,
                Some(&t.name),
                &members,
                t.doc.as_ref(),
                &mut Scope::new(),
            );
            struct_item(name, &doc, dep, &fs)
        }
        TypeKind::Enum(e) => enum_item(name, &doc, dep, e, t.doc.as_ref()),
        TypeKind::Union(u) => super::unions::union_item(ctx, t, u, name, &doc, dep),
        TypeKind::Alternate(a) => alternate_item(ctx, t, a, name, &doc, dep),
    }
}

/// An enumeration with a catch-all variant and hand-written serde impls, so
/// a value the schema does not know decodes (and encodes back) unchanged.
pub(crate) fn enum_item(
    name: &RustName,
    doc: &str,
    dep: TokenStream,
    e: &Enum,
    item_doc: Option<&Doc>,
) -> TokenStream {
    let id = name.ident();
    let (vnames, unknown) = naming::enum_variants(e.values.iter().map(|v| v.name.as_str()));
    let unknown = unknown.ident();
    let vids: Vec<_> = vnames.iter().map(RustName::ident).collect();
    let wires: Vec<&str> = e.values.iter().map(|v| v.name.as_str()).collect();
    let vdocs = e.values.iter().map(|v| {
        docs::attrs(&docs::member(
            &v.name,
            v.doc.as_deref(),
            item_doc,
            &v.features,
            v.cond.as_ref(),
            "value",
        ))
    });
    let vdeps = e.values.iter().map(|v| deprecated_attr(&v.features));
    let doc = docs::attrs(doc);
    let allow = allow_deprecated();
    let sc = quote!(::qmp_types::__private::serde);
    quote! {
        #doc
        #dep
        #[allow(deprecated)]
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum #id {
            #( #vdocs #vdeps #vids, )*
            /// A value this schema does not know (a newer server's), kept as sent.
            #unknown(::std::string::String),
        }
        #allow
        impl #id {
            /// Every value the schema defines, in schema order.
            pub const VALUES: &'static [&'static str] = &[#(#wires),*];
            /// The wire name of this value.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#vids => #wires, )*
                    Self::#unknown(s) => s,
                }
            }
        }
        #allow
        impl ::std::str::FromStr for #id {
            type Err = ::std::convert::Infallible;
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(match s {
                    #( #wires => Self::#vids, )*
                    other => Self::#unknown(::std::string::String::from(other)),
                })
            }
        }
        impl ::std::fmt::Display for #id {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl #sc::Serialize for #id {
            fn serialize<S: #sc::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> #sc::Deserialize<'de> for #id {
            fn deserialize<D: #sc::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                let s = <::std::string::String as #sc::Deserialize>::deserialize(d)?;
                match s.parse::<Self>() {
                    ::std::result::Result::Ok(v) => ::std::result::Result::Ok(v),
                    ::std::result::Result::Err(never) => match never {},
                }
            }
        }
    }
}

/// Whether an alternate branch should be tried before the others: integers
/// go before `number`, so `1` stays an integer.
fn branch_rank(t: &TypeRef) -> u8 {
    match t {
        TypeRef::Builtin(Builtin::Number) => 1,
        _ => 0,
    }
}

/// An alternate: an untagged enum, one variant per branch.
fn alternate_item(
    ctx: &Ctx<'_>,
    t: &TypeDef,
    a: &qmp_schema::Alternate,
    name: &RustName,
    doc: &str,
    dep: TokenStream,
) -> TokenStream {
    let id = name.ident();
    let mut scope = Scope::new();
    let mut branches: Vec<_> = a
        .variants
        .iter()
        .map(|v| {
            let vname = scope.variant(&v.name).ident();
            let ty = maybe_boxed(ctx, Some(&t.name), &v.ty, &v.loc);
            let vdoc = docs::attrs(&docs::member(
                &v.name,
                None,
                t.doc.as_ref(),
                &[],
                v.cond.as_ref(),
                "branch",
            ));
            (branch_rank(&v.ty), quote! { #vdoc #vname(#ty), })
        })
        .collect();
    branches.sort_by_key(|(rank, _)| *rank);
    let branches = branches.into_iter().map(|(_, b)| b);
    let doc = docs::attrs(doc);
    let sc = serde_crate();
    quote! {
        #doc
        #dep
        #[allow(deprecated)]
        #[derive(Clone, Debug, PartialEq,
            ::qmp_types::__private::serde::Serialize,
            ::qmp_types::__private::serde::Deserialize)]
        #sc
        #[serde(untagged)]
        #[allow(clippy::large_enum_variant)]
        pub enum #id { #(#branches)* }
    }
}
