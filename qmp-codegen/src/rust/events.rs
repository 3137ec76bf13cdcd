//! Events: a struct per event with data (in the event's area), and the
//! `Event` enum: a variant per generated event (holding its data struct
//! when it has one) and a catch-all that keeps the name and raw data of an
//! event the bindings do not know (a newer server's, or one of an area that
//! was not generated). It implements `qmp_types::EventData`.
//!
//! `from_parts` is `#[inline]`: it reaches every event's decoder, so it is
//! compiled in the crate that decodes events, not in the bindings crate.

use std::collections::HashSet;

use proc_macro2::{Literal, TokenStream};
use qmp_schema::Event;
use quote::quote;

use super::commands::{object_struct, shape, Object};
use super::{allow_deprecated, deprecated_attr, docs, Ctx};

/// The rustdoc of an event's variant.
fn event_doc(e: &Event) -> String {
    let mut doc = docs::item(
        &format!("The `{}` event.", e.name),
        e.doc.as_ref(),
        &e.features,
        e.cond.as_ref(),
    );
    doc.push_str(&format!("\n\nWire name: `{}`.", e.name));
    doc
}

/// The struct holding an event's data, if it has any.
pub(crate) fn event_data(ctx: &Ctx<'_>, e: &Event) -> TokenStream {
    let (Some(vname), Some(dname)) = (
        ctx.names.event_variants.get(&e.name),
        ctx.names.event_data.get(&e.name),
    ) else {
        return TokenStream::new();
    };
    let sh = shape(ctx, &e.data, &e.loc);
    let ddoc = format!(
        "The data of the `{}` event.\n\nSee [`Event::{}`].",
        e.name, vname.name
    );
    object_struct(
        ctx,
        Object {
            name: dname,
            doc: &ddoc,
            dep: deprecated_attr(&e.features),
            shape: &sh,
            item_doc: e.doc.as_ref(),
            loc: &e.loc,
            unit: false,
            extra: false,
        },
    )
    .0
}

/// The `Event` enum over the generated events.
pub(crate) fn event_enum(ctx: &Ctx<'_>) -> TokenStream {
    let mut variants = Vec::new();
    let mut name_arms = Vec::new();
    let mut parse_arms = Vec::new();
    let mut wires = Vec::new();
    let mut seen = HashSet::new();
    for e in &ctx.schema.events {
        if !seen.insert(e.name.as_str()) || !ctx.enabled(&e.loc) {
            continue;
        }
        let Some(vname) = ctx.names.event_variants.get(&e.name) else {
            continue;
        };
        let vid = vname.ident();
        let wire = &e.name;
        let index = Literal::usize_unsuffixed(wires.len());
        wires.push(wire.as_str());
        let vdoc = docs::attrs(&event_doc(e));
        let dep = deprecated_attr(&e.features);
        match ctx.names.event_data.get(&e.name) {
            Some(dname) => {
                let did = dname.ident();
                variants.push(quote! { #vdoc #dep #vid(#did), });
                name_arms.push(quote! { Self::#vid(_) => #wire, });
                parse_arms.push(quote! {
                    __rt::Some(#index) => __rt::event_data(&data).map(Self::#vid),
                });
            }
            None => {
                variants.push(quote! { #vdoc #dep #vid, });
                name_arms.push(quote! { Self::#vid => #wire, });
                parse_arms.push(quote! { __rt::Some(#index) => __rt::Ok(Self::#vid), });
            }
        }
    }
    let unknown = ctx.names.event_unknown.ident();
    let allow = allow_deprecated();
    let value = quote!(::qmp_types::__private::serde_json::Value);
    let unknown_event = quote!(__rt::Ok(Self::#unknown { name: __rt::String::from(name), data }));
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
                match Self::NAMES.iter().position(|n| *n == name) {
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
    quote! {
        /// An event the server sent: a variant per event of the schema, and a
        /// catch-all for events the bindings do not know.
        #[derive(Clone, Debug, PartialEq)]
        #[allow(deprecated, clippy::large_enum_variant)]
        pub enum Event {
            #(#variants)*
            /// An event these bindings do not know (a newer server's, or one
            /// of an area that was not generated), kept as sent.
            #unknown {
                /// The event name.
                name: ::std::string::String,
                /// Its `data` (`null` when it had none).
                data: #value,
            },
        }

        #allow
        impl Event {
            /// The wire name of every event the bindings define, in schema order.
            pub const NAMES: &'static [&'static str] = &[#(#wires),*];
        }

        #allow
        impl ::qmp_types::EventData for Event {
            #[inline]
            fn from_parts(name: &str, data: #value) -> __rt::Result<Self, ::qmp_types::__private::serde_json::Error> {
                #from_parts
            }
            fn name(&self) -> &str {
                #name_of
            }
        }
    }
}
