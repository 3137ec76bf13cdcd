//! Discriminated unions: a struct holding the base members and a branch enum
//! named after the discriminator member, with hand-written serde impls.
//!
//! On the wire the object is flat: base members, the discriminator, and the
//! branch's members. Decoding reads the object once into a JSON value, takes
//! the base members and the discriminator from it, then decodes the branch
//! from the same object (unknown members are ignored at every step). A
//! discriminator value the schema does not know lands in the branch enum's
//! catch-all, which keeps the value and the remaining members, so a newer
//! server's union still decodes and encodes back unchanged.

use proc_macro2::TokenStream;
use qmp_schema::{TypeDef, TypeKind, TypeRef, Union};
use quote::quote;

use super::types::{fields, maybe_boxed};
use super::{allow_deprecated, docs, serde_crate, Ctx};
use crate::naming::{RustName, Scope};

/// The items of a union type.
pub(crate) fn union_item(
    ctx: &Ctx<'_>,
    t: &TypeDef,
    u: &Union,
    name: &RustName,
    doc: &str,
    dep: TokenStream,
) -> TokenStream {
    let base: Vec<&qmp_schema::Member> = match &u.base {
        Some(b) => ctx.struct_members(b, &t.loc),
        None => u.members.iter().collect(),
    };
    let Some(disc) = base.iter().find(|m| m.name == u.discriminator) else {
        ctx.error(
            &t.loc,
            format!(
                "union '{}': discriminator '{}' is not a base member",
                t.name, u.discriminator
            ),
        );
        return TokenStream::new();
    };
    let others: Vec<&qmp_schema::Member> = base
        .iter()
        .copied()
        .filter(|m| m.name != u.discriminator)
        .collect();
    let mut scope = Scope::new();
    let fs = fields(ctx, Some(&t.name), &others, t.doc.as_ref(), &mut scope);
    let disc_field = scope.field(&u.discriminator).ident();
    let disc_wire = u.discriminator.as_str();

    // Branch values: every value of the discriminator enum, in enum order,
    // then any variant naming a value the enum lacks.
    let disc_enum = match &disc.ty {
        TypeRef::Named(n) => match ctx.type_def(n).map(|d| &d.kind) {
            Some(TypeKind::Enum(e)) => Some(e),
            _ => None,
        },
        _ => None,
    };
    let mut values: Vec<String> = disc_enum.map_or_else(Vec::new, |e| {
        e.values.iter().map(|v| v.name.clone()).collect()
    });
    // A branch is described by the discriminator value that selects it.
    let value_doc = |value: &str| -> String {
        let text = disc_enum
            .and_then(|e| e.values.iter().find(|v| v.name == value))
            .and_then(|v| v.doc.as_deref())
            .map(str::trim)
            .filter(|d| !d.is_empty());
        match text {
            Some(d) => format!("{d}\n\nThe branch for `{disc_wire}` = `{value}`."),
            None => format!("The branch for `{disc_wire}` = `{value}`."),
        }
    };
    for v in &u.variants {
        if !values.contains(&v.name) {
            values.push(v.name.clone());
        }
    }
    let Some(branch_name) = ctx.names.union_branches.get(&t.name) else {
        return TokenStream::new();
    };
    let branch_id = branch_name.ident();
    let known: Vec<&str> = base.iter().map(|m| m.name.as_str()).collect();
    let mut vscope = Scope::new();
    let mut decls = Vec::new();
    let mut tag_arms = Vec::new();
    let mut ser_arms = Vec::new();
    let mut de_arms = Vec::new();
    for value in &values {
        let vid = vscope.variant(value).ident();
        let vdoc = docs::attrs(&value_doc(value));
        match u.variants.iter().find(|v| &v.name == value) {
            Some(v) => {
                let ty = maybe_boxed(ctx, Some(&t.name), &v.ty, &v.loc);
                decls.push(quote! { #vdoc #vid(#ty), });
                tag_arms.push(quote! { Self::#vid(_) => #value, });
                ser_arms.push(quote! {
                    #branch_id::#vid(v) => ::qmp_types::__private::serialize_members(&mut m, v)?,
                });
                de_arms.push(quote! {
                    #value => #branch_id::#vid(::qmp_types::__private::from_value_ref(&v)?),
                });
            }
            None => {
                decls.push(quote! { #vdoc #vid, });
                tag_arms.push(quote! { Self::#vid => #value, });
                ser_arms.push(quote! { #branch_id::#vid => {} });
                de_arms.push(quote! { #value => #branch_id::#vid, });
            }
        }
    }
    let unknown = vscope.claim("Unknown", &["Branch"], "").ident();

    let sc = quote!(::qmp_types::__private::serde);
    let sattr = serde_crate();
    let allow = allow_deprecated();
    let doc_tokens = docs::attrs(doc);
    let field_decls = fs.iter().map(|f| super::types::field_tokens(f, false));
    let disc_doc = docs::attrs(&format!(
        "The discriminator `{disc_wire}` together with the members of the branch it selects."
    ));
    let branch_doc = docs::attrs(&format!(
        "The branches of [`{}`], selected by its `{disc_wire}` member.",
        name.name
    ));
    let name_id = name.ident();
    let ids: Vec<_> = fs.iter().map(|f| f.name.ident()).collect();
    let ser_fields = fs.iter().map(|f| {
        let id = f.name.ident();
        let wire = &f.wire;
        if f.optional {
            quote! { if let ::std::option::Option::Some(v) = &self.#id { m.serialize_entry(#wire, v)?; } }
        } else {
            quote! { m.serialize_entry(#wire, &self.#id)?; }
        }
    });
    let base_fields = fs.iter().map(|f| {
        let id = f.name.ident();
        let ty = &f.ty;
        let wire = &f.wire;
        if f.name.needs_rename(wire) {
            quote! { #[serde(rename = #wire)] #id: #ty, }
        } else {
            quote! { #id: #ty, }
        }
    });
    let decode_base = if fs.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            #[derive(#sc::Deserialize)]
            #sattr
            struct Base { #(#base_fields)* }
            let base: Base = ::qmp_types::__private::from_value_ref(&v)?;
        }
    };
    quote! {
        #doc_tokens
        #dep
        #[allow(deprecated)]
        #[derive(Clone, Debug, PartialEq)]
        pub struct #name_id { #(#field_decls)* #disc_doc pub #disc_field: #branch_id, }

        #branch_doc
        #[allow(deprecated)]
        #[derive(Clone, Debug, PartialEq)]
        #[allow(clippy::large_enum_variant)]
        pub enum #branch_id {
            #(#decls)*
            /// A branch this schema does not know (a newer server's): the
            /// discriminator value and the branch's members, kept as sent.
            #unknown {
                /// The discriminator value.
                tag: ::std::string::String,
                /// The members other than the base members and the discriminator.
                members: ::qmp_types::__private::serde_json::Map<::std::string::String, ::qmp_types::__private::serde_json::Value>,
            },
        }

        #allow
        impl #branch_id {
            /// The discriminator value of this branch.
            pub fn tag(&self) -> &str {
                match self {
                    #(#tag_arms)*
                    Self::#unknown { tag, .. } => tag,
                }
            }
        }

        #allow
        impl #sc::Serialize for #name_id {
            fn serialize<S: #sc::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                use #sc::ser::SerializeMap as _;
                let mut m = s.serialize_map(::std::option::Option::None)?;
                #(#ser_fields)*
                m.serialize_entry(#disc_wire, self.#disc_field.tag())?;
                match &self.#disc_field {
                    #(#ser_arms)*
                    #branch_id::#unknown { members, .. } => ::qmp_types::__private::serialize_members(&mut m, members)?,
                }
                m.end()
            }
        }

        #allow
        impl<'de> #sc::Deserialize<'de> for #name_id {
            fn deserialize<D: #sc::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                let v = <::qmp_types::__private::serde_json::Value as #sc::Deserialize>::deserialize(d)?;
                #decode_base
                let tag = ::qmp_types::__private::union_tag::<D::Error>(&v, #disc_wire)?;
                let branch = match tag {
                    #(#de_arms)*
                    other => #branch_id::#unknown {
                        tag: ::std::string::String::from(other),
                        members: ::qmp_types::__private::rest_members(&v, &[#(#known),*]),
                    },
                };
                ::std::result::Result::Ok(#name_id { #(#ids: base.#ids,)* #disc_field: branch })
            }
        }
    }
}
