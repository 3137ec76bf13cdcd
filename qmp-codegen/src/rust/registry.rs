//! The runtime registry: `COMMANDS` and `EVENTS` tables of
//! `qmp_types::CommandInfo` / `EventInfo`, and `roundtrip_arguments` /
//! `decode_return`, which reach the typed structs by wire name (for the
//! client, the shell and the tests).
//!
//! The two functions are `#[inline]`: they reach the decoder and encoder of
//! every command, so they are compiled only in a crate that calls them,
//! never in the bindings crate itself.

use proc_macro2::TokenStream;
use qmp_schema::{Args, Feature, Member, TypeKind};
use quote::quote;

use super::commands::returns_text;
use super::recursion::quiet_struct_members;
use super::{allow_deprecated, Ctx};

/// The members listed for an argument object (quietly: errors are reported
/// where the struct is generated).
fn members<'a>(ctx: &Ctx<'a>, args: &'a Args) -> Vec<&'a Member> {
    match args {
        Args::Members(ms) => ms.iter().filter(|m| !m.is_option_list()).collect(),
        Args::Named { ty, .. } => match ctx.type_def(ty).map(|t| &t.kind) {
            Some(TypeKind::Struct(_)) => quiet_struct_members(ctx, ty),
            Some(TypeKind::Union(u)) => match &u.base {
                Some(b) => quiet_struct_members(ctx, b),
                None => u.members.iter().collect(),
            },
            _ => Vec::new(),
        },
    }
}

fn arg_infos(ms: &[&Member]) -> TokenStream {
    let infos = ms.iter().map(|m| {
        let name = &m.name;
        let optional = m.optional;
        let ty = m.ty.to_string();
        quote! { ::qmp_types::ArgInfo { name: #name, optional: #optional, ty: #ty } }
    });
    quote! { &[#(#infos),*] }
}

/// The `qmp_types::Availability` of a command (or event), when the schema
/// was made for a range of releases and the release data knows it.
pub(crate) fn availability(ctx: &Ctx<'_>, name: &str, command: bool) -> Option<TokenStream> {
    let applied = ctx.schema.availability.as_ref()?;
    let a = if command {
        applied.commands.get(name)
    } else {
        applied.events.get(name)
    }?;
    let release = |r: Option<qmp_schema::availability::Release>| match r {
        Some(r) => {
            let (major, minor) = (r.major, r.minor);
            quote! { ::std::option::Option::Some(::qmp_types::QemuRelease::new(#major, #minor)) }
        }
        None => quote! { ::std::option::Option::None },
    };
    let (since, missing_in, newest) = (
        release(a.since),
        release(a.missing_in),
        release(Some(applied.newest)),
    );
    Some(quote! {
        ::qmp_types::Availability { since: #since, missing_in: #missing_in, newest: #newest }
    })
}

fn feature_names(fs: &[Feature]) -> TokenStream {
    let names = fs.iter().map(|f| f.name.as_str());
    quote! { &[#(#names),*] }
}

/// `COMMANDS`, `EVENTS`, `roundtrip_arguments` and `decode_return`.
pub(crate) fn all(ctx: &Ctx<'_>) -> TokenStream {
    let mut infos = Vec::new();
    let mut roundtrip_arms = Vec::new();
    let mut return_arms = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for c in &ctx.schema.commands {
        if !seen.insert(c.name.as_str()) || !ctx.enabled(&c.loc) {
            continue;
        }
        let Some(rust) = ctx.names.commands.get(&c.name) else {
            continue;
        };
        let id = rust.ident();
        let name = &c.name;
        let oob = c.allow_oob;
        let args = arg_infos(&members(ctx, &c.args));
        let ret = returns_text(&c.returns);
        let features = feature_names(&c.features);
        let extra = c.takes_extra_args();
        let availability = availability(ctx, &c.name, true)
            .unwrap_or_else(|| quote! { ::qmp_types::Availability::UNKNOWN });
        infos.push(quote! {
            ::qmp_types::CommandInfo {
                name: #name, allow_oob: #oob, args: #args, extra_args: #extra,
                returns: #ret, features: #features, availability: #availability,
            }
        });
        roundtrip_arms.push(quote! {
            #name => ::std::option::Option::Some(::qmp_types::registry::roundtrip_arguments::<#id>(args)),
        });
        let decode = if c.success_response {
            quote!(decode_return)
        } else {
            quote!(no_return)
        };
        return_arms.push(quote! {
            #name => ::std::option::Option::Some(::qmp_types::registry::#decode::<#id>(ret)),
        });
    }
    let mut events = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for e in &ctx.schema.events {
        if !seen.insert(e.name.as_str()) || !ctx.enabled(&e.loc) {
            continue;
        }
        let name = &e.name;
        let data = arg_infos(&members(ctx, &e.data));
        let features = feature_names(&e.features);
        let availability = availability(ctx, &e.name, false)
            .unwrap_or_else(|| quote! { ::qmp_types::Availability::UNKNOWN });
        events.push(quote! {
            ::qmp_types::EventInfo {
                name: #name, data: #data, features: #features, availability: #availability,
            }
        });
    }
    let allow = allow_deprecated();
    let value = quote!(::qmp_types::__private::serde_json::Value);
    let roundtrip_body = lookup(&roundtrip_arms, quote!(args));
    let return_body = lookup(&return_arms, quote!(ret));
    let schema_json = qmp_schema::introspect::to_annotated_json(ctx.schema).to_string();
    quote! {
        /// The schema these bindings were generated from (after any range
        /// of QEMU releases was applied), written as a `query-qmp-schema`
        /// reply would be, plus each item's build condition (`"if"`) and,
        /// for an item some release of the range lacks, the releases that
        /// have it (`"releases"`): what a client compares with a live
        /// server's reply to tell what each difference does to a call, and
        /// which differences the server's build or release explains.
        pub const SCHEMA_JSON: &str = #schema_json;

        /// Every command of the schema, in schema order.
        pub const COMMANDS: &[::qmp_types::CommandInfo] = &[#(#infos),*];

        /// Every event of the schema, in schema order.
        pub const EVENTS: &[::qmp_types::EventInfo] = &[#(#events),*];

        /// Decodes `args` into the typed arguments of the command `name` and
        /// serialises them back; `None` when the schema has no such command.
        #allow
        #[inline]
        pub fn roundtrip_arguments(
            name: &str,
            args: #value,
        ) -> ::std::option::Option<::std::result::Result<#value, ::qmp_types::__private::serde_json::Error>> {
            #roundtrip_body
        }

        /// Decodes `ret` into the `Returns` type of the command `name`; the
        /// error names the path of the member that does not fit. `None` when
        /// the schema has no such command.
        #allow
        #[inline]
        pub fn decode_return(
            name: &str,
            ret: #value,
        ) -> ::std::option::Option<::std::result::Result<(), ::std::string::String>> {
            #return_body
        }
    }
}

/// The body of a lookup by command name: a `match` over `arms`, `None` for
/// any other name; without arms (no command generated) just `None`, which
/// a `match` of only a wildcard would make clippy flag.
fn lookup(arms: &[TokenStream], input: TokenStream) -> TokenStream {
    if arms.is_empty() {
        return quote! {
            let _ = (name, #input);
            ::std::option::Option::None
        };
    }
    quote! {
        match name {
            #(#arms)*
            _ => {
                let _ = #input;
                ::std::option::Option::None
            }
        }
    }
}
