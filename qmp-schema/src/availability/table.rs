//! The availability table: reading and writing its text form, and looking
//! items up.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use super::{Release, Span};

/// The table shipped with this crate.
const BUILTIN: &str = include_str!("../../data/qemu-availability.txt");

/// One command, event or named type: the releases that have it, its
/// features, and its members (or enum values, or branches).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// Releases that have it.
    pub span: Span,
    /// Its features, by name.
    pub features: BTreeMap<String, Span>,
    /// Its members, enum values or branches, by name.
    pub subs: BTreeMap<String, Sub>,
}

/// A member, enum value or branch of an [`Entry`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sub {
    /// Releases that have it.
    pub span: Span,
    /// For a member the newest release lacks: its type in the last release
    /// that had it (schema spelling: `bool`, `[str]`, `BlockdevOptions`).
    pub ty: Option<String>,
    /// Its features, by name.
    pub features: BTreeMap<String, Span>,
}

/// The kinds of line in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `command NAME ...`
    Command,
    /// `event NAME ...`
    Event,
    /// `type NAME ...`
    Type,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Command => "command",
            Kind::Event => "event",
            Kind::Type => "type",
        }
    }
}

/// Which releases have which items; see the [module](super) documentation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The chain of releases, oldest first.
    pub releases: Vec<Release>,
    /// Commands, events and types.
    pub entries: BTreeMap<(Kind, String), Entry>,
}

impl Table {
    /// The table shipped with this crate.
    pub fn builtin() -> Table {
        Table::parse(BUILTIN).expect("the shipped availability table parses")
    }

    /// The newest release of the chain.
    pub fn newest(&self) -> Option<Release> {
        self.releases.last().copied()
    }

    /// The entry of a command.
    pub fn command(&self, name: &str) -> Option<&Entry> {
        self.entries.get(&(Kind::Command, name.to_owned()))
    }

    /// The entry of an event.
    pub fn event(&self, name: &str) -> Option<&Entry> {
        self.entries.get(&(Kind::Event, name.to_owned()))
    }

    /// The entry of a named type.
    pub fn type_entry(&self, name: &str) -> Option<&Entry> {
        self.entries.get(&(Kind::Type, name.to_owned()))
    }

    /// The index of the newest release of the chain that is not newer
    /// than `r`.
    pub fn index_of(&self, r: Release) -> Option<usize> {
        self.releases.iter().rposition(|x| *x <= r)
    }

    /// A span as text: `8.0-`, `2.12-9.1`, `7.2`, joined by `,`.
    pub fn span_text(&self, span: Span) -> String {
        let n = self.releases.len();
        let mut out = String::new();
        let mut i = 0;
        while i < n {
            if !span.has(i) {
                i += 1;
                continue;
            }
            let start = i;
            while i + 1 < n && span.has(i + 1) {
                i += 1;
            }
            if !out.is_empty() {
                out.push(',');
            }
            out.push_str(&self.releases[start].to_string());
            if i + 1 == n {
                // Still in the newest release.
                out.push('-');
            } else if i > start {
                let _ = write!(out, "-{}", self.releases[i]);
            }
            i += 1;
        }
        out
    }

    fn parse_span(&self, text: &str, line: usize) -> Result<Span, String> {
        let mut span = Span::default();
        for part in text.split(',') {
            let (a, b) = match part.split_once('-') {
                Some((a, "")) => (a, None),
                Some((a, b)) => (a, Some(b)),
                None => (part, Some(part)),
            };
            let index = |s: &str| -> Result<usize, String> {
                let r: Release = s.parse().map_err(|e| format!("line {line}: {e}"))?;
                self.releases
                    .iter()
                    .position(|x| *x == r)
                    .ok_or_else(|| format!("line {line}: release {r} is not in the chain"))
            };
            let from = index(a)?;
            let to = match b {
                Some(b) => index(b)?,
                None => self.releases.len() - 1,
            };
            if to < from {
                return Err(format!("line {line}: empty span '{part}'"));
            }
            for i in from..=to {
                span.insert(i);
            }
        }
        Ok(span)
    }

    /// Reads the text form. Errors name the line.
    pub fn parse(text: &str) -> Result<Table, String> {
        let mut t = Table::default();
        for (n, line) in text.lines().enumerate() {
            let n = n + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut words = line.split_ascii_whitespace();
            let kind = match words.next() {
                Some("releases") => {
                    for w in words {
                        t.releases
                            .push(w.parse().map_err(|e| format!("line {n}: {e}"))?);
                    }
                    if t.releases.len() > 32 {
                        return Err(format!("line {n}: more than 32 releases"));
                    }
                    continue;
                }
                Some("command") => Kind::Command,
                Some("event") => Kind::Event,
                Some("type") => Kind::Type,
                Some(w) => return Err(format!("line {n}: unknown kind '{w}'")),
                None => continue,
            };
            let name = words.next().ok_or(format!("line {n}: no name"))?;
            let span = t.parse_span(words.next().ok_or(format!("line {n}: no span"))?, n)?;
            let mut entry = Entry {
                span,
                ..Entry::default()
            };
            for w in words {
                let (body, span) = match w.rsplit_once('@') {
                    Some((b, s)) => (b, Some(t.parse_span(s, n)?)),
                    None => (w, None),
                };
                if let Some(f) = body.strip_prefix('!') {
                    entry
                        .features
                        .insert(f.to_owned(), span.unwrap_or(entry.span));
                } else if let Some((m, f)) = body.split_once('!') {
                    let sub = entry
                        .subs
                        .get_mut(m)
                        .ok_or(format!("line {n}: feature of unknown member '{m}'"))?;
                    sub.features.insert(f.to_owned(), span.unwrap_or(sub.span));
                } else {
                    let span = span.unwrap_or(entry.span);
                    let (m, ty) = match body.split_once('=') {
                        Some((m, ty)) => (m, Some(ty.to_owned())),
                        None => (body, None),
                    };
                    let sub = Sub {
                        span,
                        ty,
                        features: BTreeMap::new(),
                    };
                    entry.subs.insert(m.to_owned(), sub);
                }
            }
            t.entries.insert((kind, name.to_owned()), entry);
        }
        if t.releases.is_empty() {
            return Err("no 'releases' line".to_owned());
        }
        Ok(t)
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let releases: Vec<String> = self.releases.iter().map(Release::to_string).collect();
        writeln!(f, "releases {}", releases.join(" "))?;
        for ((kind, name), e) in &self.entries {
            write!(f, "{} {name} {}", kind.as_str(), self.span_text(e.span))?;
            let with_span = |f: &mut fmt::Formatter<'_>, word: &str, span: Span, parent: Span| {
                if span == parent {
                    write!(f, " {word}")
                } else {
                    write!(f, " {word}@{}", self.span_text(span))
                }
            };
            for (feat, span) in &e.features {
                with_span(f, &format!("!{feat}"), *span, e.span)?;
            }
            for (m, sub) in &e.subs {
                let word = match &sub.ty {
                    Some(ty) => format!("{m}={ty}"),
                    None => m.clone(),
                };
                with_span(f, &word, sub.span, e.span)?;
                for (feat, span) in &sub.features {
                    with_span(f, &format!("{m}!{feat}"), *span, sub.span)?;
                }
            }
            writeln!(f)?;
        }
        Ok(())
    }
}
