//! The `args_type` mini-language of QEMU's monitor, extended with typed
//! member lists.
//!
//! A member list is `name:T,name:T,...` (empty string: no members). `T` is
//! either one of the monitor's type letters (see [`LETTERS`]), a flag `-x`
//! or `-xs`, the format `/`, or a type expression: a builtin name (`str`,
//! `int64`, ...), a named type, or `[T]` for an array. A `?` after `T` makes
//! the member optional; `.` is the monitor's other optional form (for `i`,
//! `l` and `M`). Whitespace around items is allowed.
//!
//! Errors carry the character offset inside the string so that the caller
//! can point at the exact source column.

use crate::{Builtin, TypeRef};

/// The monitor's type letters and the model type each maps to.
pub const LETTERS: [(char, Builtin, &str); 13] = [
    ('F', Builtin::Str, "file name"),
    ('B', Builtin::Str, "block device name"),
    ('s', Builtin::Str, "string"),
    ('S', Builtin::Str, "rest of the line, as a string"),
    (
        'O',
        Builtin::Any,
        "option list NAME=VALUE,... (QMP: the options are the arguments)",
    ),
    ('i', Builtin::Int32, "32-bit integer"),
    ('l', Builtin::Int64, "target long"),
    ('M', Builtin::Int64, "non-negative long (HMP: MiB)"),
    (
        'o',
        Builtin::Size,
        "octets: a size in bytes (HMP: K/M/G/T/P/E suffixes)",
    ),
    ('T', Builtin::Number, "double (HMP: ms/us/ns suffixes)"),
    (
        'f',
        Builtin::Number,
        "double (HMP: K/M/G suffixes), QEMU 0.13 to 1.x",
    ),
    ('b', Builtin::Bool, "boolean (HMP: on/off)"),
    ('q', Builtin::Any, "any JSON value (QMP only)"),
];

/// The model type of a monitor type letter.
pub fn letter(c: char) -> Option<Builtin> {
    LETTERS.iter().find(|(l, _, _)| *l == c).map(|(_, b, _)| *b)
}

/// A syntax error at character offset `at` of the string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Character offset inside the string.
    pub at: usize,
    /// What is wrong.
    pub message: String,
}

fn err<T>(at: usize, message: impl Into<String>) -> Result<T, SyntaxError> {
    Err(SyntaxError {
        at,
        message: message.into(),
    })
}

/// One member of a list.
#[derive(Clone, Debug, PartialEq)]
pub struct MemberSpec {
    /// Its name.
    pub name: String,
    /// Character offset of the name.
    pub at: usize,
    /// Its type.
    pub ty: TypeRef,
    /// Whether it is optional.
    pub optional: bool,
    /// The monitor type as written without a trailing `?` (`B`, `-f`,
    /// `-fs`, `/`, `i.`) when a letter form was used.
    pub hx_kind: Option<String>,
    /// Character offset just past the item (features included).
    pub end: usize,
    /// Features written after it (`+deprecated`), with their offsets.
    pub features: Vec<(String, usize)>,
}

/// One value of an enum (`.values`), with its features.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpec {
    /// Its name.
    pub name: String,
    /// Character offset of the name.
    pub at: usize,
    /// Character offset just past the item.
    pub end: usize,
    /// Features written after it (`+deprecated`), with their offsets.
    pub features: Vec<(String, usize)>,
}

/// Splits the `+feature` suffixes off the item `a..b`: returns where the
/// item proper ends and the features with their offsets.
fn split_features(
    chars: &[char],
    a: usize,
    b: usize,
) -> Result<(usize, Vec<(String, usize)>), SyntaxError> {
    let Some(plus) = (a..b).find(|&i| chars[i] == '+') else {
        return Ok((b, Vec::new()));
    };
    let mut features = Vec::new();
    let mut i = plus;
    while i < b {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        if chars[i] != '+' {
            return err(i, format!("expected '+feature', found '{}'", chars[i]));
        }
        let ne = name_end(chars, i + 1, b);
        if ne == i + 1 {
            return err(i + 1, "expected a feature name after '+'");
        }
        features.push((chars[i + 1..ne].iter().collect(), i + 1));
        i = ne;
    }
    let (_, end) = trim(chars, a, plus);
    Ok((end, features))
}

/// Splits `chars` at top-level commas: `(start, end)` char ranges, trimmed.
fn items(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                out.push(trim(chars, start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(trim(chars, start, chars.len()));
    out
}

fn trim(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s, e)
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// Splits a list; an entirely blank string is the empty list. Calls `f` on
/// each non-empty item and reports empty ones.
fn each_item<T>(
    s: &str,
    what: &str,
    mut f: impl FnMut(&[char], usize, usize) -> Result<T, SyntaxError>,
) -> (Vec<T>, Vec<SyntaxError>) {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut errs = Vec::new();
    if chars.iter().all(|c| c.is_whitespace()) {
        return (out, errs);
    }
    for (a, b) in items(&chars) {
        if a == b {
            errs.push(SyntaxError {
                at: a,
                message: format!("empty {what} in list (stray ',')"),
            });
            continue;
        }
        match f(&chars, a, b) {
            Ok(v) => out.push(v),
            Err(e) => errs.push(e),
        }
    }
    (out, errs)
}

/// Reads a name starting at `a`; returns its end.
fn name_end(chars: &[char], a: usize, b: usize) -> usize {
    let mut i = a;
    while i < b && is_name_char(chars[i]) {
        i += 1;
    }
    i
}

/// Parses a member list (`args_type`, `.members`, `.data`).
pub fn parse_members(s: &str) -> (Vec<MemberSpec>, Vec<SyntaxError>) {
    each_item(s, "member", |chars, a, item_end| {
        let (b, features) = split_features(chars, a, item_end)?;
        let ne = name_end(chars, a, b);
        if ne == a {
            return err(a, format!("expected a member name, found '{}'", chars[a]));
        }
        let name: String = chars[a..ne].iter().collect();
        let mut i = ne;
        while i < b && chars[i].is_whitespace() {
            i += 1;
        }
        if i >= b || chars[i] != ':' {
            let found = chars
                .get(i)
                .filter(|_| i < b)
                .map_or("end of member".into(), |c| format!("'{c}'"));
            return err(
                i,
                format!("expected ':' after member name '{name}', found {found}"),
            );
        }
        let (ta, tb) = trim(chars, i + 1, b);
        if ta == tb {
            return err(ta, format!("missing type after '{name}:'"));
        }
        let (ty, optional, hx_kind) = member_type(chars, ta, tb)?;
        Ok(MemberSpec {
            name,
            at: a,
            ty,
            optional,
            hx_kind,
            end: item_end,
            features,
        })
    })
}

/// Parses the type of a member: a letter form or a type expression, with an
/// optional `?`.
fn member_type(
    chars: &[char],
    a: usize,
    b: usize,
) -> Result<(TypeRef, bool, Option<String>), SyntaxError> {
    let spec: String = chars[a..b].iter().collect();
    let c0 = chars[a];
    if c0 == '-' {
        let flag = chars.get(a + 1).filter(|_| a + 1 < b);
        return match flag {
            Some(f) if f.is_ascii_alphanumeric() => match &chars[a + 2..b] {
                [] => Ok((TypeRef::Builtin(Builtin::Bool), true, Some(spec))),
                ['s'] => Ok((TypeRef::Builtin(Builtin::Str), true, Some(spec))),
                _ => err(
                    a + 2,
                    format!(
                        "bad flag type '{spec}': expected '-' and one letter, then an optional 's'"
                    ),
                ),
            },
            _ => err(a + 1, "a flag type '-' needs a flag letter (as in '-f')"),
        };
    }
    if c0 == '/' {
        if b > a + 1 {
            return err(
                a + 1,
                format!(
                    "the format type '/' takes nothing after it, found '{}'",
                    chars[a + 1]
                ),
            );
        }
        return Ok((TypeRef::Builtin(Builtin::Str), true, Some(spec)));
    }
    let single = b == a + 1 || (b == a + 2 && matches!(chars[a + 1], '?' | '.'));
    if single {
        if let Some(bt) = letter(c0) {
            let suffix = chars.get(a + 1).copied().filter(|_| b == a + 2);
            return match suffix {
                None => Ok((TypeRef::Builtin(bt), false, Some(c0.to_string()))),
                Some('?') => Ok((TypeRef::Builtin(bt), true, Some(c0.to_string()))),
                Some(_) if matches!(c0, 'i' | 'l' | 'M') => {
                    Ok((TypeRef::Builtin(bt), true, Some(spec)))
                }
                Some(_) => err(
                    a + 1,
                    format!("the optional form '.' applies only to i, l and M, not '{c0}'"),
                ),
            };
        }
    }
    let (ty, end) = type_expr(chars, a, b)?;
    match chars[end..b] {
        [] => Ok((ty, false, None)),
        ['?'] => Ok((ty, true, None)),
        _ => err(end, format!("unexpected '{}' after type", chars[end])),
    }
}

/// Parses a type expression starting at `a`; returns it and where it ends.
fn type_expr(chars: &[char], a: usize, b: usize) -> Result<(TypeRef, usize), SyntaxError> {
    if a >= b {
        return err(a, "missing type");
    }
    if chars[a] == '[' {
        let (inner, end) = type_expr(chars, a + 1, b)?;
        if end >= b || chars[end] != ']' {
            return err(end, "expected ']' to close the array type");
        }
        return Ok((TypeRef::Array(Box::new(inner)), end + 1));
    }
    if !chars[a].is_ascii_alphabetic() {
        return err(a, format!("expected a type, found '{}'", chars[a]));
    }
    let mut i = a;
    while i < b && (is_name_char(chars[i]) || chars[i] == '.') {
        i += 1;
    }
    let name: String = chars[a..i].iter().collect();
    let ty = match Builtin::from_name(&name) {
        Some(bt) => TypeRef::Builtin(bt),
        None => TypeRef::Named(name),
    };
    Ok((ty, i))
}

/// Parses a whole string as one type expression (`.returns`), no `?`.
pub fn parse_type(s: &str) -> Result<TypeRef, SyntaxError> {
    let chars: Vec<char> = s.chars().collect();
    let (a, b) = trim(&chars, 0, chars.len());
    let (ty, end) = type_expr(&chars, a, b)?;
    if end < b {
        return err(end, format!("unexpected '{}' after type", chars[end]));
    }
    Ok(ty)
}

/// Parses a comma-separated list of names (`.values`, `.features`).
pub fn parse_names(s: &str, what: &str) -> (Vec<(String, usize)>, Vec<SyntaxError>) {
    each_item(s, what, |chars, a, b| {
        let ne = name_end(chars, a, b);
        if ne != b || ne == a {
            return err(ne, format!("unexpected '{}' in {what} name", chars[ne]));
        }
        Ok((chars[a..b].iter().collect(), a))
    })
}

/// Parses `.values`: names, each with optional `+feature` suffixes.
pub fn parse_values(s: &str) -> (Vec<ValueSpec>, Vec<SyntaxError>) {
    each_item(s, "enum value", |chars, a, item_end| {
        let (b, features) = split_features(chars, a, item_end)?;
        let ne = name_end(chars, a, b);
        if ne != b || ne == a {
            return err(ne, format!("unexpected '{}' in enum value name", chars[ne]));
        }
        Ok(ValueSpec {
            name: chars[a..b].iter().collect(),
            at: a,
            end: item_end,
            features,
        })
    })
}

/// One branch of `.variants`.
#[derive(Clone, Debug, PartialEq)]
pub struct VariantSpec {
    /// Its name.
    pub name: String,
    /// Character offset of the name.
    pub at: usize,
    /// Character offset just past the item.
    pub end: usize,
    /// Its type.
    pub ty: TypeRef,
}

/// Parses `.variants`: `name:Type,...` with plain type expressions.
pub fn parse_variants(s: &str) -> (Vec<VariantSpec>, Vec<SyntaxError>) {
    each_item(s, "variant", |chars, a, b| {
        let ne = name_end(chars, a, b);
        if ne == a {
            return err(a, format!("expected a variant name, found '{}'", chars[a]));
        }
        let name: String = chars[a..ne].iter().collect();
        if ne >= b || chars[ne] != ':' {
            return err(ne, format!("expected ':' after variant name '{name}'"));
        }
        let (ta, tb) = trim(chars, ne + 1, b);
        if ta == tb {
            return err(ta, format!("missing type after '{name}:'"));
        }
        let (ty, end) = type_expr(chars, ta, tb)?;
        if end < tb {
            return err(
                end,
                format!("unexpected '{}' after variant type", chars[end]),
            );
        }
        Ok(VariantSpec {
            name,
            at: a,
            end: b,
            ty,
        })
    })
}

/// Whether `s` is a valid name for a definition (command, event or type).
pub fn check_def_name(s: &str) -> Result<(), SyntaxError> {
    let chars: Vec<char> = s.chars().collect();
    if chars.is_empty() {
        return err(0, "empty name");
    }
    if !chars[0].is_ascii_alphabetic() {
        return err(
            0,
            format!("a name must start with a letter, found '{}'", chars[0]),
        );
    }
    match chars.iter().position(|&c| !(is_name_char(c) || c == '.')) {
        Some(i) => err(i, format!("unexpected '{}' in name", chars[i])),
        None => Ok(()),
    }
}
