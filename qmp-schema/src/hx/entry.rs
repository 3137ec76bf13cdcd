//! Turns the tokens of one C initializer `{ .field = value, ... }` into a
//! [`RawEntry`]: the fields in order, each value either a decoded
//! (concatenated) string literal or a C expression kept as written.

use super::lexer::{LexError, StrLit, Tok, Token};
use super::preproc::frames_cond;
use crate::Cond;

/// The value of one field.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RawValue {
    /// Decoded string (for string literals) or the C expression as written.
    pub text: String,
    /// The concatenated literal, when the value is made of string literals only.
    pub lit: Option<StrLit>,
    /// Where the value starts.
    pub line: u32,
    /// Column where the value starts.
    pub col: u32,
    /// String pieces inside `#if` groups opened within the entry: the
    /// character offset where each such piece starts in `text`, its length,
    /// and the condition it adds to the entry's.
    pub conds: Vec<CondPiece>,
}

/// A piece of a string value under an `#if` opened inside the entry.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct CondPiece {
    /// Character offset of its first character in the value.
    pub start: usize,
    /// Character offset just past it.
    pub end: usize,
    /// The condition it adds.
    pub cond: Cond,
}

impl RawValue {
    /// The condition the entry's `#if` groups add to the characters
    /// `a..b` of the value; an error message when they lie under different
    /// conditions.
    pub fn cond_of(&self, a: usize, b: usize) -> Result<Option<Cond>, String> {
        let piece = |i: usize| {
            self.conds
                .iter()
                .find(|p| p.start <= i && i < p.end)
                .map(|p| &p.cond)
        };
        let first = piece(a);
        if (a..b).any(|i| piece(i) != first) {
            return Err("this item lies partly inside and partly outside an #if group".into());
        }
        Ok(first.cloned())
    }
}

/// One `.field = value`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RawField {
    /// Field name without the leading dot (`mhandler.cmd_new`).
    pub name: String,
    /// Position of the dot.
    pub line: u32,
    /// Column of the dot.
    pub col: u32,
    /// Its value.
    pub value: RawValue,
}

/// One entry as written.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RawEntry {
    /// Position of the opening brace.
    pub line: u32,
    /// Column of the opening brace.
    pub col: u32,
    /// Fields in order.
    pub fields: Vec<RawField>,
    /// The `#if` condition around it.
    pub cond: Option<Cond>,
    /// An `#if` group inside the entry that does not just enclose string
    /// pieces: `(line, col, message)`. QEMU's own files do this (a
    /// conditional field) and are read as before; the typed dialect
    /// reports it.
    pub cond_issue: Option<LexError>,
}

impl RawEntry {
    /// The first field called `name`.
    pub fn field(&self, name: &str) -> Option<&RawField> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Index just past the `}` matching the `{` at `tokens[0]`, if present.
pub(crate) fn closing(tokens: &[Token]) -> Option<usize> {
    let mut depth = 0usize;
    for (i, t) in tokens.iter().enumerate() {
        match t.tok {
            Tok::LBrace => depth += 1,
            Tok::RBrace => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Parses `tokens`, which start with `{` and end with its matching `}`.
/// The entry's condition is that of the `#if` groups around its `{`; a
/// group opened inside the entry may enclose only string pieces of a value
/// (each piece then carries the group's condition, see [`CondPiece`]).
pub(crate) fn parse_entry(tokens: &[Token], errs: &mut Vec<LexError>) -> RawEntry {
    let (line, col) = tokens.first().map_or((0, 0), |t| (t.line, t.col));
    let outer = tokens.first().map(|t| t.frames.clone()).unwrap_or_default();
    let mut cond_issue = None;
    for t in tokens {
        let inside = t.frames.len() > outer.len() && t.frames[..outer.len()] == outer[..];
        if t.frames == outer || (inside && matches!(t.tok, Tok::Str(_))) {
            continue;
        }
        let msg = if inside {
            "inside an entry, an #if group may enclose only string pieces of a value"
        } else {
            "an #if group that encloses this entry's '{' must also enclose its '}'"
        };
        cond_issue = Some((t.line, t.col, msg.to_string()));
        break;
    }
    let mut entry = RawEntry {
        line,
        col,
        fields: Vec::new(),
        cond: frames_cond(&outer),
        cond_issue,
    };
    let end = tokens.len().saturating_sub(1);
    let mut i = 1;
    while i < end {
        let t = &tokens[i];
        if t.tok == Tok::Comma {
            i += 1;
            continue;
        }
        match field(tokens, i, end) {
            Ok((f, next)) => {
                entry.fields.push(f);
                i = next;
            }
            Err((l, c, msg, next)) => {
                errs.push((l, c, msg));
                i = next;
            }
        }
    }
    entry
}

type FieldErr = (u32, u32, String, usize);

/// String macros that QEMU forks paste in front of string literals in
/// `.name` values (C concatenates them): Red Hat's qemu-kvm writes
/// `RFQDN_REDHAT "drive_add"` for the vendor-prefixed command
/// `__com.redhat_drive_add`. The macro is defined in a C header, not in the
/// hx file, so its value is known here.
const STRING_MACROS: &[(&str, &str)] = &[("RFQDN_REDHAT", "__com.redhat_")];

/// The value of a known string macro.
fn string_macro(word: &str) -> Option<&'static str> {
    STRING_MACROS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, value)| *value)
}

/// Index of the next `,` at depth 0 (or `end`).
fn skip_value(tokens: &[Token], mut i: usize, end: usize) -> usize {
    let mut depth = 0usize;
    while i < end {
        match tokens[i].tok {
            Tok::Open(_) | Tok::LBrace => depth += 1,
            Tok::Close(_) | Tok::RBrace => depth = depth.saturating_sub(1),
            Tok::Comma if depth == 0 => return i,
            _ => {}
        }
        i += 1;
    }
    end
}

fn field(tokens: &[Token], start: usize, end: usize) -> Result<(RawField, usize), FieldErr> {
    let t = &tokens[start];
    let fail = |t: &Token, msg: String| Err((t.line, t.col, msg, skip_value(tokens, start, end)));
    if t.tok != Tok::Dot {
        return fail(
            t,
            format!(
                "malformed entry: expected '.field = value', found '{}'",
                t.text()
            ),
        );
    }
    let mut name = String::new();
    let mut i = start;
    // `.a.b.c`
    while i < end && tokens[i].tok == Tok::Dot {
        match tokens.get(i + 1).map(|t| &t.tok) {
            Some(Tok::Word(w)) if i + 1 < end => {
                if !name.is_empty() {
                    name.push('.');
                }
                name.push_str(w);
                i += 2;
            }
            _ => {
                let at = tokens
                    .get(i + 1)
                    .filter(|_| i + 1 < end)
                    .unwrap_or(&tokens[i]);
                return fail(
                    at,
                    "malformed entry: expected a field name after '.'".into(),
                );
            }
        }
    }
    if i >= end || tokens[i].tok != Tok::Eq {
        let at = if i < end { &tokens[i] } else { &tokens[end] };
        return fail(
            at,
            format!(
                "malformed entry: expected '=' after '.{name}', found '{}'",
                at.text()
            ),
        );
    }
    i += 1;
    let vstart = i;
    let vend = skip_value(tokens, i, end);
    if vstart == vend {
        let at = &tokens[vend.min(end)];
        return fail(at, format!("malformed entry: missing value for '.{name}'"));
    }
    let vals = &tokens[vstart..vend];
    let is_piece = |t: &Token| match &t.tok {
        Tok::Str(_) => true,
        Tok::Word(w) => string_macro(w).is_some(),
        _ => false,
    };
    let has_str = vals.iter().any(|t| matches!(t.tok, Tok::Str(_)));
    let value = if has_str && vals.iter().all(is_piece) {
        let mut lit = StrLit {
            value: String::new(),
            pos: Vec::new(),
            end: (0, 0),
        };
        let outer = tokens[0].frames.len();
        let mut conds: Vec<CondPiece> = Vec::new();
        for v in vals {
            match &v.tok {
                Tok::Str(s) => {
                    if v.frames.len() > outer {
                        let start = lit.pos.len();
                        let end = start + s.pos.len();
                        if let Some(cond) = frames_cond(&v.frames[outer..]) {
                            match conds.last_mut() {
                                Some(p) if p.end == start && p.cond == cond => p.end = end,
                                _ => conds.push(CondPiece { start, end, cond }),
                            }
                        }
                    }
                    lit.value.push_str(&s.value);
                    lit.pos.extend_from_slice(&s.pos);
                    lit.end = s.end;
                }
                Tok::Word(w) => {
                    // A macro's characters all point at the macro name.
                    let text = string_macro(w).unwrap_or_default();
                    lit.value.push_str(text);
                    lit.pos.extend(text.chars().map(|_| (v.line, v.col)));
                }
                _ => {}
            }
        }
        RawValue {
            text: lit.value.clone(),
            lit: Some(lit),
            line: vals[0].line,
            col: vals[0].col,
            conds,
        }
    } else {
        let mut text = String::new();
        for (k, v) in vals.iter().enumerate() {
            if k > 0 && (v.space_before || v.line != vals[k - 1].line) {
                text.push(' ');
            }
            text.push_str(&v.text());
        }
        RawValue {
            text,
            lit: None,
            line: vals[0].line,
            col: vals[0].col,
            conds: Vec::new(),
        }
    };
    Ok((
        RawField {
            name,
            line: t.line,
            col: t.col,
            value,
        },
        vend,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::lexer::Lexer;
    use super::*;

    fn entry(lines: &[&str]) -> (RawEntry, Vec<LexError>) {
        let mut lx = Lexer::default();
        let mut toks = Vec::new();
        let mut errs = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            lx.line(i as u32 + 1, l, 0, 1, &mut toks, &mut errs);
        }
        let end = closing(&toks).expect("closed");
        let e = parse_entry(&toks[..end], &mut errs);
        (e, errs)
    }

    #[test]
    fn fields_and_concatenation() {
        let (e, errs) = entry(&[
            "    {",
            "        .name       = \"migrate\",",
            "\t.help = \"a\"",
            "\t\t      \" b\",",
            "        .user_print = monitor_user_noop,\t",
            "        .mhandler.cmd_new = do_migrate,",
            "    }",
        ]);
        assert!(errs.is_empty(), "{errs:?}");
        let names: Vec<&str> = e.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["name", "help", "user_print", "mhandler.cmd_new"]);
        assert_eq!(e.fields[1].value.text, "a b");
        assert_eq!(
            e.fields[1].value.lit.as_ref().map(|l| l.pos[1]),
            Some((4, 10))
        );
        assert_eq!(e.fields[2].value.text, "monitor_user_noop");
        assert!(e.fields[2].value.lit.is_none());
        assert_eq!((e.line, e.col), (1, 5));
    }

    #[test]
    fn malformed_field_is_reported_and_skipped() {
        let (e, errs) = entry(&["{ .name = \"a\", \"positional\", .x = , .y = 1 }"]);
        assert_eq!(e.fields.len(), 2);
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert_eq!((errs[0].0, errs[0].1), (1, 16));
        assert!(errs[1].2.contains("missing value for '.x'"));
    }
}
