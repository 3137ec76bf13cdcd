//! The serde impls of object types (structs, command arguments, event data,
//! unions): `Serialize` and `Deserialize` delegate to the generic code in
//! `qmp_types::__private`, and the type implements its `Object` trait with
//! a table of member names, a `decode` that stores each member by index and
//! an `encode` that writes them.
//!
//! This replaces `#[derive(Serialize, Deserialize)]`: no proc-macro runs
//! while the bindings compile, and per type there is one short `match`
//! instead of the field-identifier enum, its visitor, the sequence form and
//! the map form that the derive writes (see `docs/build-cost.md`).

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::types::Field;

/// `Deserialize` and `Serialize` for an object type, through its `Object`
/// impl.
pub(crate) fn serde_impls(id: &Ident) -> TokenStream {
    quote! {
        #[allow(deprecated)]
        impl<'de> __rt::Deserialize<'de> for #id {
            fn deserialize<D: __rt::Deserializer<'de>>(d: D) -> __rt::Result<Self, D::Error> {
                __rt::deserialize_object(d)
            }
        }
        #[allow(deprecated)]
        impl __rt::Serialize for #id {
            fn serialize<S: __rt::Serializer>(&self, s: S) -> __rt::Result<S::Ok, S::Error> {
                __rt::serialize_object(self, s)
            }
        }
    }
}

/// The local variable holding member `i` while decoding.
pub(crate) fn slot(i: usize) -> Ident {
    format_ident!("m{}", i)
}

/// What decoding a struct's members needs: `let` lines for the slots, the
/// arms of the `match` on the member index, and the field initialisers.
pub(crate) struct Decode {
    /// Wire names, by index.
    pub names: Vec<String>,
    /// `let mut mI = None;`
    pub lets: Vec<TokenStream>,
    /// `I => members.value(&mut mI, I)?,`
    pub arms: Vec<TokenStream>,
    /// `field: mI` / `field: members.required(mI, I)?`
    pub inits: Vec<TokenStream>,
    /// The field holding unknown members (extra arguments), if any.
    pub rest: Option<Ident>,
}

/// The decoding pieces for `fields`, numbered from `first`.
pub(crate) fn decode_fields(fields: &[Field], first: usize) -> Decode {
    let mut d = Decode {
        names: Vec::new(),
        lets: Vec::new(),
        arms: Vec::new(),
        inits: Vec::new(),
        rest: None,
    };
    let mut i = first;
    for f in fields {
        let id = f.name.ident();
        if f.flatten {
            d.inits.push(quote! { #id: rest, });
            d.rest = Some(id);
            continue;
        }
        let slot = slot(i);
        let idx = proc_macro2::Literal::usize_unsuffixed(i);
        d.names.push(f.wire.clone());
        d.lets.push(quote! { let mut #slot = __rt::None; });
        // An optional member whose type has no null reads `null` as absent;
        // one whose type admits null keeps it.
        let read = if f.optional && !f.nullable {
            quote! { optional }
        } else {
            quote! { value }
        };
        d.arms
            .push(quote! { #idx => members.#read(&mut #slot, #idx)?, });
        d.inits.push(if f.optional {
            quote! { #id: #slot, }
        } else {
            quote! { #id: members.required(#slot, #idx)?, }
        });
        i += 1;
    }
    d
}

/// The statements that write `fields` (of `self`) into the map `map`.
pub(crate) fn encode_fields(fields: &[Field]) -> Vec<TokenStream> {
    fields
        .iter()
        .map(|f| {
            let id = f.name.ident();
            let wire = &f.wire;
            if f.flatten {
                quote! { __rt::encode_map(map, &self.#id)?; }
            } else if f.optional {
                quote! { __rt::encode_optional(map, #wire, &self.#id)?; }
            } else {
                quote! { map.serialize_entry(#wire, &self.#id)?; }
            }
        })
        .collect()
}

/// The `while` loop that reads the members into their slots (keeping
/// unknown members in `rest` when `keep`).
pub(crate) fn read_loop(arms: &[TokenStream], keep: bool) -> TokenStream {
    let next = if keep {
        quote! { members.next_or_keep(&mut rest)? }
    } else {
        quote! { members.next_key()? }
    };
    if arms.is_empty() {
        // `next_key` skips every member the (empty) table does not know.
        return quote! {
            while #next.is_some() {}
        };
    }
    quote! {
        while let __rt::Some(i) = #next {
            match i {
                #(#arms)*
                _ => members.skip()?,
            }
        }
    }
}

/// The `Object` impl, given the member table, the body of `decode` (which
/// has `members` in scope) and the body of `encode` (`map` in scope).
pub(crate) fn object_impl(
    id: &Ident,
    expecting: &str,
    names: &[String],
    decode: TokenStream,
    encode: TokenStream,
) -> TokenStream {
    quote! {
        #[allow(deprecated)]
        impl __rt::Object for #id {
            const EXPECTING: &'static str = #expecting;
            const MEMBERS: &'static [&'static str] = &[#(#names),*];
            fn decode<'de, A: __rt::MapAccess<'de>>(
                mut members: __rt::Members<'de, A>,
            ) -> __rt::Result<Self, A::Error> {
                #decode
            }
            fn encode<M: __rt::SerializeMap>(&self, map: &mut M) -> __rt::Result<(), M::Error> {
                #encode
            }
        }
    }
}

/// All impls of a struct with `fields`.
pub(crate) fn impls(id: &Ident, expecting: &str, fields: &[Field]) -> TokenStream {
    let d = decode_fields(fields, 0);
    let keep = d.rest.is_some();
    let rest = if keep {
        quote! { let mut rest = __rt::Map::new(); }
    } else {
        TokenStream::new()
    };
    let lets = &d.lets;
    let read = read_loop(&d.arms, keep);
    let inits = &d.inits;
    let decode = quote! {
        #rest
        #(#lets)*
        #read
        __rt::Ok(Self { #(#inits)* })
    };
    let writes = encode_fields(fields);
    let encode = if writes.is_empty() {
        quote! {
            let _ = map;
            __rt::Ok(())
        }
    } else {
        quote! {
            #(#writes)*
            __rt::Ok(())
        }
    };
    let serde = serde_impls(id);
    let object = object_impl(id, expecting, &d.names, decode, encode);
    quote! { #serde #object }
}
