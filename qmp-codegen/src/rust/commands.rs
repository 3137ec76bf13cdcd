//! One struct per command holding its arguments, implementing
//! `qmp_types::Command` (and `qmp_types::OobCommand` when the schema allows
//! `exec-oob`), or `qmp_types::SilentCommand` when the server does not
//! answer it on success (`success-response: false`).
//!
//! A command without arguments is a unit struct that is `{}` on the wire (and
//! accepts `{}` or `null`); optional arguments are `Option<T>`, left out when
//! `None`. Arguments given as a named struct type are copied into the command
//! struct; a boxed argument type (or a union) becomes a newtype. A command
//! that takes arguments beyond its members (`gen: false`, historic `O`)
//! gets a flattened `extra` map for them.

use proc_macro2::TokenStream;
use qmp_schema::{Args, Doc, Location, Member, Returns, TypeKind};
use quote::quote;

use super::types::{fields, struct_item, type_ref, Field};
use super::{allow_deprecated, deprecated_attr, docs, Ctx};
use crate::naming::{RustName, Scope};

/// What a command's argument object (or an event's data) is made of.
pub(crate) enum Shape<'a> {
    /// Members, copied into the struct.
    Members(Vec<&'a Member>),
    /// The whole object is this type (a newtype).
    Newtype(String),
}

/// How `args` is represented.
pub(crate) fn shape<'a>(ctx: &Ctx<'a>, args: &'a Args, loc: &Location) -> Shape<'a> {
    match args {
        Args::Members(ms) => Shape::Members(ms.iter().collect()),
        Args::Named { ty, boxed } => match ctx.type_def(ty).map(|t| &t.kind) {
            Some(TypeKind::Struct(_)) if !boxed => Shape::Members(ctx.struct_members(ty, loc)),
            Some(_) => Shape::Newtype(ty.clone()),
            None => {
                ctx.error(loc, format!("unknown type '{ty}'"));
                Shape::Members(Vec::new())
            }
        },
    }
}

/// What [`object_struct`] generates.
pub(crate) struct Object<'s, 'a> {
    /// Its Rust name.
    pub name: &'s RustName,
    /// Its rustdoc.
    pub doc: &'s str,
    /// `#[deprecated]` or nothing.
    pub dep: TokenStream,
    /// Its members.
    pub shape: &'s Shape<'a>,
    /// The schema doc of the command or event (for member docs).
    pub item_doc: Option<&'s Doc>,
    /// Where the command or event is defined.
    pub loc: &'s Location,
    /// Whether "no members" makes a unit struct (commands) rather than `{}`.
    pub unit: bool,
    /// Whether arguments beyond the members are accepted (a flattened map;
    /// historic `O` members give way to it).
    pub extra: bool,
}

/// The struct for an argument / data object: fields, a newtype, or (for
/// commands) a unit struct when there is nothing.
pub(crate) fn object_struct(ctx: &Ctx<'_>, o: Object<'_, '_>) -> (TokenStream, Vec<Field>) {
    let Object {
        name,
        doc,
        dep,
        shape,
        item_doc,
        loc,
        unit,
        extra,
    } = o;
    let id = name.ident();
    match shape {
        Shape::Members(ms) if ms.is_empty() && unit && !extra => {
            let doc = docs::attrs(doc);
            let allow = allow_deprecated();
            let tokens = quote! {
                #doc
                #dep
                #[allow(deprecated)]
                #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
                pub struct #id;
                #allow
                impl __rt::Serialize for #id {
                    fn serialize<S: __rt::Serializer>(&self, s: S) -> __rt::Result<S::Ok, S::Error> {
                        __rt::serialize_no_args(s)
                    }
                }
                #allow
                impl<'de> __rt::Deserialize<'de> for #id {
                    fn deserialize<D: __rt::Deserializer<'de>>(d: D) -> __rt::Result<Self, D::Error> {
                        __rt::deserialize_no_args(d).map(|()| #id)
                    }
                }
            };
            (tokens, Vec::new())
        }
        Shape::Members(ms) => {
            let mut scope = Scope::new();
            // A historic `O` member is the extra arguments themselves.
            let ms: Vec<&Member> = ms
                .iter()
                .copied()
                .filter(|m| !(extra && m.is_option_list()))
                .collect();
            let mut fs = fields(ctx, None, &ms, item_doc, &mut scope);
            if extra {
                fs.push(Field::extra(&mut scope));
            }
            (struct_item(name, doc, dep, &fs), fs)
        }
        Shape::Newtype(ty) => {
            let inner = type_ref(ctx, &qmp_schema::TypeRef::Named(ty.clone()), loc);
            let doc = docs::attrs(doc);
            let fdoc = format!("The whole `{ty}` object.");
            let allow = allow_deprecated();
            let tokens = quote! {
                #doc
                #dep
                #[allow(deprecated)]
                #[derive(Clone, Debug, PartialEq)]
                pub struct #id(#[doc = #fdoc] pub #inner);
                #allow
                impl __rt::Serialize for #id {
                    fn serialize<S: __rt::Serializer>(&self, s: S) -> __rt::Result<S::Ok, S::Error> {
                        __rt::Serialize::serialize(&self.0, s)
                    }
                }
                #allow
                impl<'de> __rt::Deserialize<'de> for #id {
                    fn deserialize<D: __rt::Deserializer<'de>>(d: D) -> __rt::Result<Self, D::Error> {
                        __rt::Deserialize::deserialize(d).map(#id)
                    }
                }
            };
            (tokens, Vec::new())
        }
    }
}

/// The Rust type of a command's `Returns`.
pub(crate) fn returns_type(ctx: &Ctx<'_>, r: &Returns, loc: &Location) -> TokenStream {
    match r {
        Returns::Unknown => quote!(::qmp_types::__private::serde_json::Value),
        Returns::Empty => quote!(::qmp_types::Empty),
        Returns::Type(t) => type_ref(ctx, t, loc),
    }
}

/// The schema spelling of a command's return type.
pub(crate) fn returns_text(r: &Returns) -> String {
    match r {
        Returns::Unknown => "any".to_owned(),
        Returns::Empty => "{}".to_owned(),
        Returns::Type(t) => t.to_string(),
    }
}

/// A command's struct and trait impls.
pub(crate) fn command(ctx: &Ctx<'_>, c: &qmp_schema::Command) -> TokenStream {
    let Some(name) = ctx.names.commands.get(&c.name) else {
        return TokenStream::new();
    };
    let mut doc = docs::item(
        &format!("The `{}` command.", c.name),
        c.doc.as_ref(),
        &c.features,
        c.cond.as_ref(),
    );
    if c.success_response {
        doc.push_str(&format!(
            "\n\nWire name: `{}`. Returns: `{}`.",
            c.name,
            returns_text(&c.returns)
        ));
    } else {
        doc.push_str(&format!(
            "\n\nWire name: `{}`. No reply on success (`success-response: false`): \
             a client sends it and does not wait; only an error is answered.",
            c.name
        ));
    }
    if c.allow_oob {
        doc.push_str(" May be sent out of band (`exec-oob`).");
    }
    let dep = deprecated_attr(&c.features);
    let sh = shape(ctx, &c.args, &c.loc);
    let (mut out, _) = object_struct(
        ctx,
        Object {
            name,
            doc: &doc,
            dep,
            shape: &sh,
            item_doc: c.doc.as_ref(),
            loc: &c.loc,
            unit: true,
            extra: c.takes_extra_args(),
        },
    );
    let id = name.ident();
    let wire = &c.name;
    let oob = c.allow_oob;
    let ret = returns_type(ctx, &c.returns, &c.loc);
    let allow = allow_deprecated();
    let availability = super::registry::availability(ctx, &c.name, true)
        .map(|a| quote! { const AVAILABILITY: ::qmp_types::Availability = #a; });
    if !c.success_response {
        out.extend(quote! {
            #allow
            impl ::qmp_types::SilentCommand for #id {
                const NAME: &'static str = #wire;
            }
        });
        return out;
    }
    out.extend(quote! {
        #allow
        impl ::qmp_types::Command for #id {
            const NAME: &'static str = #wire;
            const ALLOW_OOB: bool = #oob;
            type Returns = #ret;
            #availability
        }
    });
    if oob {
        out.extend(quote! {
            #allow
            impl ::qmp_types::OobCommand for #id {}
        });
    }
    out
}
