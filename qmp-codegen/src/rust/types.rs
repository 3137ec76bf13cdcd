//! Named types (dispatching to [`super::enums`], [`super::unions`] and
//! [`super::alternates`]), structs, type references, and the struct fields
//! shared by commands and events.
//!
//! Struct bases are copied, not flattened: a copied base gives plain fields
//! and precise errors. Unknown members are ignored everywhere, so a newer
//! server's additions still decode.

use proc_macro2::TokenStream;
use qmp_schema::{Builtin, Doc, Location, Member, TypeDef, TypeKind, TypeRef};
use quote::quote;

use super::{deprecated_attr, docs, object, Ctx};
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
    /// Whether its type admits `null`: an optional member then keeps
    /// `null` (`Some(null)`) apart from absent (`None`).
    pub nullable: bool,
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
            nullable: false,
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
            let nullable = ctx.admits_null(&m.ty);
            doc.push_str(&format!("\n\nWire type: `{}`", m.ty));
            match (m.optional, nullable) {
                (true, true) => doc.push_str(
                    " (optional; `Some` of a null value is sent as `null`, `None` not at all).",
                ),
                (true, false) => doc.push_str(" (optional)."),
                _ if m.cond.is_some() => doc.push_str(" (required in the builds that have it)."),
                _ => doc.push('.'),
            }
            Field {
                wire: m.name.clone(),
                name: scope.field(&m.name),
                ty,
                optional,
                nullable,
                doc,
                deprecated: deprecated_attr(&m.features),
                flatten: false,
            }
        })
        .collect()
}

/// A named field declaration.
pub(crate) fn field_tokens(f: &Field) -> TokenStream {
    let doc = docs::attrs(&f.doc);
    let id = f.name.ident();
    let ty = &f.ty;
    let dep = &f.deprecated;
    quote! { #doc #dep pub #id: #ty, }
}

/// Whether a struct with these fields has a `Default`: when every member
/// may be left out.
pub(crate) fn all_optional(fields: &[Field]) -> bool {
    fields.iter().all(|f| f.optional || f.flatten)
}

/// A struct with named fields and its serde impls (braced even when empty,
/// so it is `{}` on the wire).
pub(crate) fn struct_item(
    name: &RustName,
    doc: &str,
    deprecated: TokenStream,
    fields: &[Field],
) -> TokenStream {
    let doc = docs::attrs(doc);
    let id = name.ident();
    let default = if all_optional(fields) {
        quote!(Default,)
    } else {
        TokenStream::new()
    };
    let fs = fields.iter().map(field_tokens);
    let impls = object::impls(&id, &format!("struct {}", name.name), fields);
    quote! {
        #doc
        #deprecated
        #[allow(deprecated)]
        #[derive(Clone, Debug, #default PartialEq)]
        pub struct #id { #(#fs)* }
        #impls
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
        TypeKind::Enum(e) => super::enums::enum_item(name, &doc, dep, e, t.doc.as_ref()),
        TypeKind::Union(u) => super::unions::union_item(ctx, t, u, name, &doc, dep),
        TypeKind::Alternate(a) => super::alternates::alternate_item(ctx, t, a, name, &doc, dep),
    }
}
