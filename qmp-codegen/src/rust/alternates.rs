//! Alternates: an enum with a variant per branch, the branch chosen by the
//! JSON type of the value (QAPI requires the branches to differ in it).
//!
//! Decoding reads the value once, looks at its JSON type and decodes the
//! one branch that takes it (`qmp_types::__private::alternate_value`); an
//! integer goes to an integer branch before a `number` one. Should a schema
//! give two branches the same JSON type, they are tried in schema order.
//! This replaces `#[serde(untagged)]`, which buffers the value and tries
//! every branch in turn, with code for each.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use qmp_schema::{Alternate, Builtin, TypeDef, TypeKind, TypeRef};
use quote::quote;

use super::types::maybe_boxed;
use super::{docs, Ctx};
use crate::naming::{RustName, Scope};

/// The JSON types (`__rt::Kind` variant names) a value of `t` can have, in
/// order of preference within the alternate.
fn kinds(ctx: &Ctx<'_>, t: &TypeRef, seen: &mut HashSet<String>) -> Vec<&'static str> {
    match t {
        TypeRef::Builtin(b) => match b {
            Builtin::Str | Builtin::QType => vec!["String"],
            Builtin::Number => vec!["Number", "Int"],
            Builtin::Bool => vec!["Bool"],
            Builtin::Null => vec!["Null"],
            Builtin::Any => vec!["Null", "Bool", "Int", "Number", "String", "Array", "Object"],
            _ => vec!["Int"],
        },
        TypeRef::Array(_) => vec!["Array"],
        TypeRef::Named(n) => {
            if !seen.insert(n.clone()) {
                return Vec::new();
            }
            match ctx.type_def(n).map(|d| &d.kind) {
                Some(TypeKind::Enum(_)) => vec!["String"],
                Some(TypeKind::Struct(_) | TypeKind::Union(_)) => vec!["Object"],
                Some(TypeKind::Alternate(a)) => {
                    let mut out = Vec::new();
                    for v in &a.variants {
                        for k in kinds(ctx, &v.ty, seen) {
                            if !out.contains(&k) {
                                out.push(k);
                            }
                        }
                    }
                    out
                }
                None => Vec::new(),
            }
        }
    }
}

/// An alternate and its serde impls.
pub(crate) fn alternate_item(
    ctx: &Ctx<'_>,
    t: &TypeDef,
    a: &Alternate,
    name: &RustName,
    doc: &str,
    dep: TokenStream,
) -> TokenStream {
    let id = name.ident();
    let mut scope = Scope::new();
    let mut decls = Vec::new();
    let mut ser_arms = Vec::new();
    // JSON type -> the branches that take it: preferred ones (an integer
    // branch for integers) first, then in schema order.
    let mut takers: Vec<(&'static str, Vec<(bool, proc_macro2::Ident)>)> = Vec::new();
    for v in &a.variants {
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
        decls.push(quote! { #vdoc #vname(#ty), });
        ser_arms.push(quote! { Self::#vname(v) => __rt::Serialize::serialize(v, s), });
        let ks = kinds(ctx, &v.ty, &mut HashSet::new());
        for (rank, k) in ks.iter().enumerate() {
            // `number` also takes integers, after any integer branch.
            let preferred = rank == 0;
            match takers.iter_mut().find(|(kind, _)| kind == k) {
                Some((_, list)) => list.push((preferred, vname.clone())),
                None => takers.push((k, vec![(preferred, vname.clone())])),
            }
        }
    }
    let name_str = &name.name;
    let fallback = if takers.is_empty() {
        quote! { _ => { let _ = v; __rt::Err(__rt::no_branch(#name_str, kind)) } }
    } else if takers.len() < 7 {
        quote! { _ => __rt::Err(__rt::no_branch(#name_str, kind)), }
    } else {
        TokenStream::new()
    };
    let arms = takers.iter_mut().map(|(kind, list)| {
        list.sort_by_key(|(preferred, _)| !*preferred);
        let kind = proc_macro2::Ident::new(kind, proc_macro2::Span::call_site());
        let mut tries = list
            .iter()
            .map(|(_, v)| quote! { __rt::from_value_ref(&v).map(Self::#v) });
        let first = tries.next().expect("a kind has at least one branch");
        let rest = tries.map(|t| quote! { .or_else(|_: D::Error| #t) });
        quote! { __rt::Kind::#kind => #first #(#rest)*, }
    });
    let ser_body = if ser_arms.is_empty() {
        quote! { let _ = s; match *self {} }
    } else {
        quote! { match self { #(#ser_arms)* } }
    };
    let doc = docs::attrs(doc);
    quote! {
        #doc
        #dep
        #[allow(deprecated)]
        #[derive(Clone, Debug, PartialEq)]
        #[allow(clippy::large_enum_variant)]
        pub enum #id { #(#decls)* }
        #[allow(deprecated)]
        impl __rt::Serialize for #id {
            fn serialize<S: __rt::Serializer>(&self, s: S) -> __rt::Result<S::Ok, S::Error> {
                #ser_body
            }
        }
        #[allow(deprecated)]
        impl<'de> __rt::Deserialize<'de> for #id {
            fn deserialize<D: __rt::Deserializer<'de>>(d: D) -> __rt::Result<Self, D::Error> {
                let (v, kind) = __rt::alternate_value(d)?;
                match kind {
                    #(#arms)*
                    #fallback
                }
            }
        }
    }
}
