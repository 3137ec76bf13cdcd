//! How a change is classified for a client of the old schema.

use super::shape::{Shape, Ty};
use super::walk::Dirs;
use super::Class;
use crate::Builtin;

/// The class of a change that breaks requests (`req`) and/or replies
/// (`rep`), for a type travelling in `dirs`.
pub(super) fn class(dirs: Dirs, req: bool, rep: bool) -> Class {
    match (dirs.request && req, dirs.reply && rep) {
        (true, true) => Class::BreaksRequestsAndReplies,
        (true, false) => Class::BreaksRequests,
        (false, true) => Class::BreaksReplies,
        (false, false) => Class::Compatible,
    }
}

/// Whether changing a type from `o` to `n` breaks requests (the new type
/// does not accept every old value) and replies (an old client cannot hold
/// every new value).
pub(super) fn type_change_breaks(o: &Shape<'_>, n: &Shape<'_>) -> (bool, bool) {
    match (o, n) {
        (Shape::Builtin(a), Shape::Builtin(b)) => match (int_range(*a), int_range(*b)) {
            (Some(ra), Some(rb)) => {
                let wider = rb.0 <= ra.0 && ra.1 <= rb.1;
                let narrower = ra.0 <= rb.0 && rb.1 <= ra.1;
                (!wider, !narrower)
            }
            _ => (true, true),
        },
        (_, Shape::Any) => (false, true),
        (Shape::Any, _) => (true, false),
        (Shape::Builtin(Builtin::Str), Shape::Enum(_)) => (true, false),
        (Shape::Enum(_), Shape::Builtin(Builtin::Str)) => (false, true),
        _ => (true, true),
    }
}

/// The range of an integer builtin.
pub(super) fn int_range(b: Builtin) -> Option<(i128, i128)> {
    Some(match b {
        Builtin::Int | Builtin::Int64 => (i64::MIN.into(), i64::MAX.into()),
        Builtin::Int8 => (i8::MIN.into(), i8::MAX.into()),
        Builtin::Int16 => (i16::MIN.into(), i16::MAX.into()),
        Builtin::Int32 => (i32::MIN.into(), i32::MAX.into()),
        Builtin::Uint8 => (0, u8::MAX.into()),
        Builtin::Uint16 => (0, u16::MAX.into()),
        Builtin::Uint32 => (0, u32::MAX.into()),
        Builtin::Uint64 | Builtin::Size => (0, u64::MAX.into()),
        _ => return None,
    })
}

/// A type for "type changed" messages: builtins by name (introspection
/// knows only `int`), other types by their kind.
pub(super) fn type_label(ty: &Ty, shape: &Shape<'_>) -> String {
    match shape {
        Shape::Builtin(b) => b.name().to_owned(),
        Shape::Undefined => ty.spelling(),
        s => s.kind().to_owned(),
    }
}
