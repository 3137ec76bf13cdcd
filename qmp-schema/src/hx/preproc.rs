//! C preprocessor lines in hx files (`#if`, `#ifdef`, `#ifndef`, `#elif`,
//! `#else`, `#endif`): a stack of conditions that becomes the
//! [`Cond`] of every entry they enclose, or of the string pieces of a list
//! field they enclose inside an entry. `#include "FILE"` is handled by the
//! scanner; other directives (`#define`, ...) are accepted and ignored.

use crate::Cond;

/// One open `#if` group.
#[derive(Debug)]
struct Frame {
    /// Line of the `#if`.
    line: u32,
    /// Conditions of the earlier branches (`#if`, `#elif`), all false here.
    earlier: Vec<Cond>,
    /// Condition of the current branch (None after `#else`).
    current: Option<Cond>,
}

/// The stack of open conditional groups.
#[derive(Debug, Default)]
pub(crate) struct CondStack {
    frames: Vec<Frame>,
}

/// The condition that holds inside `frames` (the conditions of each open
/// group, outermost first), if any.
pub(crate) fn frames_cond(frames: &[Vec<Cond>]) -> Option<Cond> {
    let mut all: Vec<Cond> = frames.iter().flatten().cloned().collect();
    match all.len() {
        0 => None,
        1 => all.pop(),
        _ => Some(Cond::All(all)),
    }
}

impl CondStack {
    /// The condition that holds at this point, if any.
    pub fn current(&self) -> Option<Cond> {
        frames_cond(&self.frames())
    }

    /// The open groups with the conditions each adds, outermost first.
    pub fn frames(&self) -> Vec<Vec<Cond>> {
        self.frames
            .iter()
            .map(|f| {
                let mut conds: Vec<Cond> = f
                    .earlier
                    .iter()
                    .map(|e| Cond::Not(Box::new(e.clone())))
                    .collect();
                conds.extend(f.current.clone());
                conds
            })
            .collect()
    }

    /// Lines of the `#if`s still open.
    pub fn open_lines(&self) -> Vec<u32> {
        self.frames.iter().map(|f| f.line).collect()
    }

    /// Applies the directive `text` (the full logical line, continuation
    /// lines joined) found at `line`. Returns an error message if it is
    /// out of place.
    pub fn directive(&mut self, line: u32, text: &str) -> Result<(), String> {
        let body = text.trim_start().trim_start_matches('#').trim_start();
        let (name, rest) = body
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .map_or((body, ""), |i| (&body[..i], body[i..].trim()));
        match name {
            "if" => self.push(line, parse_cond(rest)),
            "ifdef" => self.push(line, Cond::Name(rest.to_string())),
            "ifndef" => self.push(line, Cond::Not(Box::new(Cond::Name(rest.to_string())))),
            "elif" => {
                let f = self
                    .frames
                    .last_mut()
                    .ok_or_else(|| "#elif without #if".to_string())?;
                let prev = f
                    .current
                    .take()
                    .ok_or_else(|| format!("#elif after #else (the #if is on line {})", f.line))?;
                f.earlier.push(prev);
                f.current = Some(parse_cond(rest));
            }
            "else" => {
                let f = self
                    .frames
                    .last_mut()
                    .ok_or_else(|| "#else without #if".to_string())?;
                let prev = f
                    .current
                    .take()
                    .ok_or_else(|| format!("second #else (the #if is on line {})", f.line))?;
                f.earlier.push(prev);
            }
            "endif" => {
                self.frames
                    .pop()
                    .ok_or_else(|| "#endif without #if".to_string())?;
            }
            _ => {}
        }
        Ok(())
    }

    fn push(&mut self, line: u32, c: Cond) {
        self.frames.push(Frame {
            line,
            earlier: Vec::new(),
            current: Some(c),
        });
    }
}

/// Parses a `#if` expression made of `defined(X)`, `defined X`, bare names,
/// `!`, `&&`, `||` and parentheses. Anything else is kept as written in a
/// [`Cond::Name`].
pub(crate) fn parse_cond(text: &str) -> Cond {
    let text = text.trim();
    let toks = tokenize(text);
    let mut p = CondParser { toks: &toks, i: 0 };
    match toks.as_deref() {
        Some(_) => match p.or() {
            Some(c) if p.i == p.len() => c,
            _ => Cond::Name(text.to_string()),
        },
        None => Cond::Name(text.to_string()),
    }
}

fn tokenize(text: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {}
            '(' | ')' => out.push(c.to_string()),
            '!' if chars.peek() != Some(&'=') => out.push("!".into()),
            '&' | '|' => {
                if chars.next() != Some(c) {
                    return None;
                }
                out.push(format!("{c}{c}"));
            }
            c if c.is_ascii_alphanumeric() || c == '_' => {
                let mut w = String::from(c);
                while let Some(&n) = chars.peek() {
                    if !(n.is_ascii_alphanumeric() || n == '_') {
                        break;
                    }
                    w.push(n);
                    chars.next();
                }
                out.push(w);
            }
            _ => return None,
        }
    }
    Some(out)
}

struct CondParser<'a> {
    toks: &'a Option<Vec<String>>,
    i: usize,
}

impl CondParser<'_> {
    fn len(&self) -> usize {
        self.toks.as_ref().map_or(0, Vec::len)
    }
    fn peek(&self) -> Option<&str> {
        self.toks.as_ref()?.get(self.i).map(String::as_str)
    }
    fn eat(&mut self, t: &str) -> bool {
        if self.peek() == Some(t) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn or(&mut self) -> Option<Cond> {
        let mut v = vec![self.and()?];
        while self.eat("||") {
            v.push(self.and()?);
        }
        Some(if v.len() == 1 {
            v.remove(0)
        } else {
            Cond::Any(v)
        })
    }
    fn and(&mut self) -> Option<Cond> {
        let mut v = vec![self.unary()?];
        while self.eat("&&") {
            v.push(self.unary()?);
        }
        Some(if v.len() == 1 {
            v.remove(0)
        } else {
            Cond::All(v)
        })
    }
    fn unary(&mut self) -> Option<Cond> {
        if self.eat("!") {
            return Some(Cond::Not(Box::new(self.unary()?)));
        }
        if self.eat("(") {
            let c = self.or()?;
            return self.eat(")").then_some(c);
        }
        let w = self.peek()?.to_string();
        if w == ")" || w == "&&" || w == "||" {
            return None;
        }
        self.i += 1;
        if w == "defined" {
            let paren = self.eat("(");
            let name = self.peek()?.to_string();
            if !name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
                return None;
            }
            self.i += 1;
            if paren && !self.eat(")") {
                return None;
            }
            return Some(Cond::Name(name));
        }
        w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            .then_some(Cond::Name(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Cond {
        Cond::Name(s.into())
    }

    #[test]
    fn expressions() {
        assert_eq!(parse_cond("defined(CONFIG_SPICE)"), n("CONFIG_SPICE"));
        assert_eq!(parse_cond("defined TARGET_I386"), n("TARGET_I386"));
        assert_eq!(
            parse_cond("defined(A) || defined(B) && !defined(C)"),
            Cond::Any(vec![
                n("A"),
                Cond::All(vec![n("B"), Cond::Not(Box::new(n("C")))])
            ])
        );
        assert_eq!(parse_cond("X > 2"), n("X > 2"));
        assert_eq!(parse_cond("(A"), n("(A"));
    }

    #[test]
    fn stack() {
        let mut s = CondStack::default();
        s.directive(1, "#ifdef A").unwrap();
        assert_eq!(s.current(), Some(n("A")));
        s.directive(2, "#else").unwrap();
        assert_eq!(s.current(), Some(Cond::Not(Box::new(n("A")))));
        s.directive(3, "#endif").unwrap();
        assert_eq!(s.current(), None);
        assert_eq!(s.directive(4, "#endif"), Err("#endif without #if".into()));
        s.directive(5, "#ifndef B").unwrap();
        assert_eq!(s.open_lines(), vec![5]);
    }
}
