//! Enumerations: a variant per value and a catch-all that keeps a value the
//! schema does not know (a newer server's), so it decodes and encodes back
//! unchanged.
//!
//! The wire names are one table (`VALUES`); a string is looked up in it and
//! the index picks the variant (one small jump table instead of a chain of
//! string comparisons). `Deserialize` is the generic
//! `qmp_types::__private::deserialize_enum`, which uses `FromStr`.

use proc_macro2::{Literal, TokenStream};
use qmp_schema::{Doc, Enum};
use quote::quote;

use super::{allow_deprecated, deprecated_attr, docs};
use crate::naming::{self, RustName};

/// An enumeration and its impls.
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
    let indexes: Vec<Literal> = (0..wires.len()).map(Literal::usize_unsuffixed).collect();
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
            fn from_str(s: &str) -> __rt::Result<Self, Self::Err> {
                __rt::Ok(match Self::VALUES.iter().position(|v| *v == s) {
                    #( __rt::Some(#indexes) => Self::#vids, )*
                    _ => Self::#unknown(__rt::String::from(s)),
                })
            }
        }
        impl ::std::fmt::Display for #id {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl __rt::Serialize for #id {
            fn serialize<S: __rt::Serializer>(&self, s: S) -> __rt::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> __rt::Deserialize<'de> for #id {
            fn deserialize<D: __rt::Deserializer<'de>>(d: D) -> __rt::Result<Self, D::Error> {
                __rt::deserialize_enum(d)
            }
        }
    }
}
