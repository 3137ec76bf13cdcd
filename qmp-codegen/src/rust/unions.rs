//! Discriminated unions: a struct holding the base members and a branch enum
//! named after the discriminator member.
//!
//! On the wire the object is flat: base members, the discriminator, and the
//! branch's members. Decoding reads the object once: base members and the
//! discriminator go to their fields as they come, every other member is
//! kept aside, and the branch the discriminator selects is decoded from
//! those (unknown members are ignored at every step). A discriminator value
//! the schema does not know lands in the branch enum's catch-all, which
//! keeps the value and the remaining members, so a newer server's union
//! still decodes and encodes back unchanged. Encoding writes the base
//! members, the discriminator and the branch's members into one map (the
//! branch type's `Object::encode`).

use proc_macro2::{Literal, TokenStream};
use qmp_schema::{TypeDef, TypeKind, TypeRef, Union};
use quote::quote;

use super::object::{decode_fields, encode_fields, object_impl, read_loop, serde_impls, slot};
use super::types::{field_tokens, fields, maybe_boxed};
use super::{allow_deprecated, docs, Ctx};
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
                // A branch is an object type, whose members join the base's;
                // anything else (only a broken schema has it) is encoded
                // through a JSON value.
                let (object, boxed) = match &v.ty {
                    TypeRef::Named(n) => (
                        matches!(
                            ctx.type_def(n).map(|d| &d.kind),
                            Some(TypeKind::Struct(_) | TypeKind::Union(_))
                        ),
                        ctx.boxed.contains(&(t.name.clone(), n.clone())),
                    ),
                    _ => (false, false),
                };
                let inner = if boxed { quote!(&**v) } else { quote!(v) };
                ser_arms.push(if object {
                    quote! { #branch_id::#vid(v) => __rt::Object::encode(#inner, map)?, }
                } else {
                    quote! { #branch_id::#vid(v) => __rt::encode_value(map, v)?, }
                });
                de_arms.push(quote! { #value => #branch_id::#vid(__rt::decode_branch::<_, A::Error>(rest)?), });
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

    // Decoding: the base members by index, the discriminator after them.
    let d = decode_fields(&fs, 0);
    let tag_index = Literal::usize_unsuffixed(d.names.len());
    let tag_slot = slot(d.names.len());
    let mut names = d.names.clone();
    names.push(disc_wire.to_owned());
    let mut arms = d.arms.clone();
    arms.push(quote! { #tag_index => members.value(&mut #tag_slot, #tag_index)?, });
    let lets = &d.lets;
    let read = read_loop(&arms, true);
    let inits = &d.inits;
    let decode = quote! {
        let mut rest = __rt::Map::new();
        #(#lets)*
        let mut #tag_slot: __rt::Option<__rt::String> = __rt::None;
        #read
        let tag = members.required(#tag_slot, #tag_index)?;
        let branch = match tag.as_str() {
            #(#de_arms)*
            _ => #branch_id::#unknown { tag, members: rest },
        };
        __rt::Ok(Self { #(#inits)* #disc_field: branch })
    };
    let writes = encode_fields(&fs);
    let encode = quote! {
        #(#writes)*
        map.serialize_entry(#disc_wire, self.#disc_field.tag())?;
        match &self.#disc_field {
            #(#ser_arms)*
            #branch_id::#unknown { members, .. } => __rt::encode_map(map, members)?,
        }
        __rt::Ok(())
    };

    let allow = allow_deprecated();
    let doc_tokens = docs::attrs(doc);
    let field_decls = fs.iter().map(field_tokens);
    let disc_doc = docs::attrs(&format!(
        "The discriminator `{disc_wire}` together with the members of the branch it selects."
    ));
    let branch_doc = docs::attrs(&format!(
        "The branches of [`{}`], selected by its `{disc_wire}` member.",
        name.name
    ));
    let name_id = name.ident();
    let serde = serde_impls(&name_id);
    let object = object_impl(
        &name_id,
        &format!("union {}", name.name),
        &names,
        decode,
        encode,
    );
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

        #serde
        #object
    }
}
