//! The `Event` enum: a variant per schema event (holding a struct of its data
//! when it has any) and a catch-all that keeps the name and raw data of an
//! event the schema does not know. It implements `qmp_types::EventData`.

use proc_macro2::TokenStream;
use quote::quote;

use super::commands::{object_struct, shape, Object};
use super::{allow_deprecated, deprecated_attr, docs, Ctx};

/// The event data structs and the `Event` enum.
pub(crate) fn all(ctx: &Ctx<'_>) -> TokenStream {
    let mut out = TokenStream::new();
    let mut variants = Vec::new();
    let mut name_arms = Vec::new();
    let mut parse_arms = Vec::new();
    let mut wires = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for e in &ctx.schema.events {
        if !seen.insert(e.name.as_str()) {
            continue;
        }
        let Some(vname) = ctx.names.event_variants.get(&e.name) else {
            continue;
        };
        let vid = vname.ident();
        let wire = &e.name;
        wires.push(wire.as_str());
        let mut doc = docs::item(
            &format!("The `{}` event.", e.name),
            e.doc.as_ref(),
            &e.features,
            e.cond.as_ref(),
        );
        doc.push_str(&format!("\n\nWire name: `{}`.", e.name));
        let vdoc = docs::attrs(&doc);
        let dep = deprecated_attr(&e.features);
        match ctx.names.event_data.get(&e.name) {
            Some(dname) => {
                let sh = shape(ctx, &e.data, &e.loc);
                let ddoc = format!(
                    "The data of the `{}` event.\n\nSee [`Event::{}`].",
                    e.name, vname.name
                );
                let (tokens, _) = object_struct(
                    ctx,
                    Object {
                        name: dname,
                        doc: &ddoc,
                        dep: dep.clone(),
                        shape: &sh,
                        item_doc: e.doc.as_ref(),
                        loc: &e.loc,
                        unit: false,
                        extra: false,
                    },
                );
                out.extend(tokens);
                let did = dname.ident();
                variants.push(quote! { #vdoc #dep #vid(#did), });
                name_arms.push(quote! { Self::#vid(_) => #wire, });
                parse_arms.push(quote! {
                    #wire => ::qmp_types::__private::event_data(data).map(Self::#vid),
                });
            }
            None => {
                variants.push(quote! { #vdoc #dep #vid, });
                name_arms.push(quote! { Self::#vid => #wire, });
                parse_arms.push(quote! { #wire => ::std::result::Result::Ok(Self::#vid), });
            }
        }
    }
    let unknown = ctx.names.event_unknown.ident();
    let allow = allow_deprecated();
    let value = quote!(::qmp_types::__private::serde_json::Value);
    let unknown_event = quote!(::std::result::Result::Ok(Self::#unknown { name: ::std::string::String::from(name), data }));
    // A schema without events (the guest agent's) gets no one-armed matches.
    let (from_parts, name_of) = if parse_arms.is_empty() {
        (
            unknown_event,
            quote! {
                let Self::#unknown { name, .. } = self;
                name
            },
        )
    } else {
        (
            quote! {
                match name {
                    #(#parse_arms)*
                    _ => #unknown_event,
                }
            },
            quote! {
                match self {
                    #(#name_arms)*
                    Self::#unknown { name, .. } => name,
                }
            },
        )
    };
    out.extend(quote! {
        /// An event the server sent: a variant per event of the schema, and a
        /// catch-all for events the schema does not know.
        #[derive(Clone, Debug, PartialEq)]
        #[allow(deprecated, clippy::large_enum_variant)]
        pub enum Event {
            #(#variants)*
            /// An event this schema does not know (a newer server's), kept as sent.
            #unknown {
                /// The event name.
                name: ::std::string::String,
                /// Its `data` (`null` when it had none).
                data: #value,
            },
        }

        #allow
        impl Event {
            /// The wire name of every event the schema defines.
            pub const NAMES: &'static [&'static str] = &[#(#wires),*];
        }

        #allow
        impl ::qmp_types::EventData for Event {
            fn from_parts(name: &str, data: #value) -> ::std::result::Result<Self, ::qmp_types::__private::serde_json::Error> {
                #from_parts
            }
            fn name(&self) -> &str {
                #name_of
            }
        }
    });
    out
}
