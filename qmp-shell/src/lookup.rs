//! Lookups in the schema shared by the checks, completion and help: the
//! members of a command or type (bases and union branches included), enum
//! values, short type descriptions, and "did you mean" suggestions.

use qmp_schema::{Args, Builtin, Member, Schema, TypeKind, TypeRef};

/// Commands that take free-form extra arguments (see
/// [`qmp_schema::Command::takes_extra_args`]): `device_add`, which passes
/// every further argument to the device model as a property, and historic
/// hx commands with an `O` (option list) argument.
pub fn is_open(cmd: &qmp_schema::Command) -> bool {
    cmd.takes_extra_args()
}

/// The arguments of a command as far as the schema can tell. A member list
/// that is the base of a union of the schema (same members, including the
/// discriminator with the same type; `blockdev-add` with `BlockdevOptions`
/// in a schema that lists only the common members) is read as that union,
/// so that the branch members are known.
pub fn effective_args(schema: &Schema, args: &Args) -> Args {
    let Args::Members(ms) = args else {
        return args.clone();
    };
    if ms.is_empty() {
        return args.clone();
    }
    for t in &schema.types {
        let TypeKind::Union(u) = &t.kind else {
            continue;
        };
        let base = type_members(schema, &t.name, None);
        let Some(disc) = base.iter().find(|m| m.name == u.discriminator) else {
            continue;
        };
        let same_disc = ms.iter().any(|m| m.name == disc.name && m.ty == disc.ty);
        let all_in_base = ms.iter().all(|m| base.iter().any(|b| b.name == m.name));
        if same_disc && all_in_base {
            return Args::Named {
                ty: t.name.clone(),
                boxed: true,
            };
        }
    }
    args.clone()
}

/// The members a command's arguments may have (for a union: the base
/// members only). Used by completion and help too.
pub fn args_members<'a>(schema: &'a Schema, args: &'a Args) -> Vec<&'a Member> {
    match args {
        Args::Members(ms) => ms.iter().filter(|m| !m.is_option_list()).collect(),
        Args::Named { ty, .. } => type_members(schema, ty, None),
    }
}

/// The members of the object type `name`, base first. For a union, the
/// base members plus those of the branch selected by `discriminator_value`.
pub fn type_members<'a>(
    schema: &'a Schema,
    name: &str,
    discriminator_value: Option<&str>,
) -> Vec<&'a Member> {
    let mut out = Vec::new();
    collect_members(schema, name, discriminator_value, &mut out, 0);
    out
}

fn collect_members<'a>(
    schema: &'a Schema,
    name: &str,
    disc: Option<&str>,
    out: &mut Vec<&'a Member>,
    depth: usize,
) {
    if depth > 32 {
        return;
    }
    let Some(t) = schema.type_def(name) else {
        return;
    };
    match &t.kind {
        TypeKind::Struct(s) => {
            if let Some(b) = &s.base {
                collect_members(schema, b, None, out, depth + 1);
            }
            out.extend(s.members.iter());
        }
        TypeKind::Union(u) => {
            if let Some(b) = &u.base {
                collect_members(schema, b, None, out, depth + 1);
            }
            out.extend(u.members.iter());
            if let Some(d) = disc {
                if let Some(v) = u.variants.iter().find(|v| v.name == d) {
                    if let TypeRef::Named(n) = &v.ty {
                        collect_members(schema, n, None, out, depth + 1);
                    }
                }
            }
        }
        TypeKind::Enum(_) | TypeKind::Alternate(_) => {}
    }
}

/// The discriminator member of the union `name`, if it is one.
pub fn union_discriminator<'a>(schema: &'a Schema, name: &str) -> Option<&'a str> {
    match &schema.type_def(name)?.kind {
        TypeKind::Union(u) => Some(u.discriminator.as_str()),
        _ => None,
    }
}

/// The values of the enum `name`, if it is one.
pub fn enum_values<'a>(schema: &'a Schema, name: &str) -> Option<Vec<&'a str>> {
    match &schema.type_def(name)?.kind {
        TypeKind::Enum(e) => Some(e.values.iter().map(|v| v.name.as_str()).collect()),
        _ => None,
    }
}

/// A short description of what a value of type `ty` looks like.
pub fn describe(schema: &Schema, ty: &TypeRef) -> String {
    match ty {
        TypeRef::Builtin(b) => match b {
            Builtin::Str => "a string".into(),
            Builtin::Number => "a number".into(),
            Builtin::Bool => "a boolean".into(),
            Builtin::Null => "null".into(),
            Builtin::Any => "any value".into(),
            Builtin::QType => "a QType name".into(),
            other => format!("an integer ({})", other.name()),
        },
        TypeRef::Array(t) => {
            let inner = describe(schema, t);
            let bare = inner
                .strip_prefix("an ")
                .or_else(|| inner.strip_prefix("a "))
                .unwrap_or(&inner);
            format!("an array of: {bare}")
        }
        TypeRef::Named(n) => match schema.type_def(n).map(|t| &t.kind) {
            Some(TypeKind::Enum(e)) => {
                let vals: Vec<&str> = e.values.iter().map(|v| v.name.as_str()).collect();
                format!("one of {} ({n})", vals.join(", "))
            }
            Some(TypeKind::Alternate(_)) => format!("a value of the alternate {n}"),
            Some(_) => format!("an object ({n})"),
            None => format!("a {n}"),
        },
    }
}

/// The closest of `names` to `word`, if it is close enough to be a typo
/// (see [`qmp_schema::suggest::suggest`]).
pub fn suggest<'a>(word: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    qmp_schema::suggest::suggest(word, names)
}
