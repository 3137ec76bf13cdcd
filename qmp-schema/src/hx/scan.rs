//! Line-level scanning of an hx file: doc blocks (`SQMP`/`EQMP`,
//! `STEXI`/`ETEXI`, `SRST`/`ERST`), `HXCOMM` comments, preprocessor lines,
//! `DEF(...)`/`DEFHEADING(...)`/`ARCHHEADING(...)` statements and the C
//! initializer entries between them.
//!
//! Marker lines are recognised the way QEMU's `hxtool` did: by prefix, at
//! the start of the line. `HXCOMM` lines are dropped everywhere, also inside
//! doc blocks. Inside an `SQMP` block only `SQMP`, `EQMP` and `HXCOMM` are
//! special (that is what `hxtool -q` looked at); every other line is text.

use super::entry::{closing, parse_entry, RawEntry};
use super::lexer::{Frames, LexError, Lexer, Tok, Token};
use super::preproc::CondStack;
use crate::DocKind;

/// A doc block as read, before it is attached to anything.
#[derive(Clone, Debug)]
pub(crate) struct RawBlock {
    /// How it was marked.
    pub kind: DocKind,
    /// Line of the opening marker (0 for a heading statement).
    pub marker_line: u32,
    /// Its text, each line ending in `\n`, `HXCOMM` lines removed.
    pub text: String,
    /// Index of the last entry read since the previous block, if any.
    pub prev_entry: Option<usize>,
    /// A `DEFHEADING`/`ARCHHEADING` heading rather than a marked block.
    pub heading: bool,
}

/// The result of scanning: entries, blocks, and located messages
/// `(line, col, message)`.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// Entries in order.
    pub entries: Vec<RawEntry>,
    /// Doc blocks in order.
    pub blocks: Vec<RawBlock>,
    /// Errors.
    pub errors: Vec<LexError>,
    /// Warnings.
    pub warnings: Vec<LexError>,
    /// `#include` directives in order.
    pub includes: Vec<Include>,
}

/// An `#include "FILE"` line.
#[derive(Clone, Debug)]
pub(crate) struct Include {
    /// Line of the directive.
    pub line: u32,
    /// Column of the file name's opening quote.
    pub col: u32,
    /// The file name as written (relative to the including file).
    pub path: String,
    /// How many entries were read before it: the included file's entries
    /// come after those.
    pub after_entries: usize,
    /// How many doc blocks were read before it.
    pub after_blocks: usize,
    /// The `#if` condition around it.
    pub cond: Option<crate::Cond>,
}

const MARKERS: [(&str, DocKind, bool); 6] = [
    ("SQMP", DocKind::Sqmp, true),
    ("EQMP", DocKind::Sqmp, false),
    ("STEXI", DocKind::Stexi, true),
    ("ETEXI", DocKind::Stexi, false),
    ("SRST", DocKind::Srst, true),
    ("ERST", DocKind::Srst, false),
];

fn marker(line: &str) -> Option<(&'static str, DocKind, bool)> {
    MARKERS
        .iter()
        .copied()
        .find(|(m, _, _)| line.starts_with(m))
}

fn open_name(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Sqmp => "SQMP",
        DocKind::Stexi => "STEXI",
        DocKind::Srst => "SRST",
        DocKind::Qapi => "##",
    }
}

enum State {
    Top,
    Doc {
        kind: DocKind,
        line: u32,
        text: String,
    },
    Entry(Vec<Token>),
    Statement(Vec<Token>),
}

struct Scanner {
    scan: Scan,
    conds: CondStack,
    lexer: Lexer,
    state: State,
    /// Last entry read since the last doc block.
    prev_entry: Option<usize>,
    /// An unfinished `#` directive with continuation lines: (line, text).
    directive: Option<(u32, String)>,
    /// The `#if` groups open now (given to every token).
    frames: Frames,
}

/// Scans `text`.
pub(crate) fn scan(text: &str) -> Scan {
    let mut s = Scanner {
        scan: Scan::default(),
        conds: CondStack::default(),
        lexer: Lexer::default(),
        state: State::Top,
        prev_entry: None,
        directive: None,
        frames: Frames::default(),
    };
    // A byte-order mark is not part of the first line.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines: Vec<&str> = text.split('\n').collect();
    // A final piece without a newline is a partial line: hxtool's `read`
    // never returned it, so it is never doc text (it is still parsed).
    let partial = lines.pop().filter(|l| !l.is_empty());
    for (i, l) in lines.iter().enumerate() {
        s.line(i as u32 + 1, l, false);
    }
    let mut last = lines.len() as u32;
    if let Some(l) = partial {
        last += 1;
        s.line(last, l, true);
    }
    s.finish(last);
    s.scan
}

impl Scanner {
    fn err(&mut self, line: u32, col: u32, msg: impl Into<String>) {
        self.scan.errors.push((line, col, msg.into()));
    }

    fn line(&mut self, n: u32, line: &str, partial: bool) {
        if line.starts_with("HXCOMM") {
            return;
        }
        if let Some((start, mut text)) = self.directive.take() {
            text.push(' ');
            text.push_str(line);
            self.continue_directive(start, text);
            return;
        }
        match std::mem::replace(&mut self.state, State::Top) {
            State::Doc {
                kind,
                line: at,
                mut text,
            } => {
                if let Some((m, mkind, opens)) = marker(line) {
                    let special = kind != DocKind::Sqmp || mkind == DocKind::Sqmp;
                    if special {
                        if !opens && mkind == kind {
                            self.close_block(kind, at, text);
                            return;
                        }
                        let inside = open_name(kind);
                        if opens {
                            self.err(
                                n,
                                1,
                                format!("{m} inside the {inside} block opened at line {at}"),
                            );
                            self.close_block(kind, at, text);
                            self.open_block(mkind, n);
                        } else {
                            let want = open_name(mkind);
                            self.err(
                                n,
                                1,
                                format!("{m} without an open {want} block (the {inside} block opened at line {at} is open)"),
                            );
                            self.state = State::Doc {
                                kind,
                                line: at,
                                text,
                            };
                        }
                        return;
                    }
                }
                if !partial {
                    text.push_str(line);
                    text.push('\n');
                }
                self.state = State::Doc {
                    kind,
                    line: at,
                    text,
                };
            }
            State::Entry(tokens) => {
                if marker(line).is_some() {
                    self.unclosed_entry(&tokens);
                    self.top(n, line);
                } else if self.is_directive(line) {
                    self.state = State::Entry(tokens);
                    self.start_directive(n, line);
                } else {
                    self.tokens_then(n, line, tokens, true);
                }
            }
            State::Statement(tokens) => {
                if marker(line).is_some() {
                    if let Some(t) = tokens.first() {
                        self.err(t.line, t.col, "statement is not closed (missing ')')");
                    }
                    self.top(n, line);
                } else {
                    self.tokens_then(n, line, tokens, false);
                }
            }
            State::Top => self.top(n, line),
        }
    }

    fn is_directive(&self, line: &str) -> bool {
        !self.lexer.in_comment() && line.trim_start().starts_with('#')
    }

    fn start_directive(&mut self, n: u32, line: &str) {
        self.continue_directive(n, line.to_string());
    }

    fn continue_directive(&mut self, start: u32, text: String) {
        if let Some(t) = text.strip_suffix('\\') {
            self.directive = Some((start, t.to_string()));
            return;
        }
        let body = text.trim_start().trim_start_matches('#').trim_start();
        if let Some(rest) = body.strip_prefix("include") {
            self.include(start, &text, rest);
            return;
        }
        if let Err(msg) = self.conds.directive(start, &text) {
            let col = text.find('#').map_or(1, |i| i as u32 + 1);
            self.err(start, col, msg);
        }
        self.frames = Frames::new(self.conds.frames());
    }

    /// `#include "FILE"`: the entries and doc blocks of FILE take this place.
    fn include(&mut self, line: u32, text: &str, rest: &str) {
        let col = |i: usize| text[..i].chars().count() as u32 + 1;
        let hash = text.find('#').unwrap_or(0);
        if matches!(self.state, State::Entry(_)) {
            self.err(line, col(hash), "#include inside an entry");
            return;
        }
        let name = rest.trim();
        let at = match name {
            "" => text.len(),
            _ => text.rfind(name).unwrap_or(text.len()),
        };
        let quoted = name
            .strip_prefix('"')
            .and_then(|n| n.strip_suffix('"'))
            .filter(|n| !n.is_empty() && !n.contains('"'));
        match quoted {
            Some(path) => self.scan.includes.push(Include {
                line,
                col: col(at),
                path: path.to_string(),
                after_entries: self.scan.entries.len(),
                after_blocks: self.scan.blocks.len(),
                cond: self.conds.current(),
            }),
            None => self.err(
                line,
                col(at),
                format!("#include needs a file name in double quotes, found '{name}'"),
            ),
        }
    }

    fn open_block(&mut self, kind: DocKind, n: u32) {
        self.state = State::Doc {
            kind,
            line: n,
            text: String::new(),
        };
    }

    fn close_block(&mut self, kind: DocKind, line: u32, text: String) {
        self.scan.blocks.push(RawBlock {
            kind,
            marker_line: line,
            text,
            prev_entry: self.prev_entry.take(),
            heading: false,
        });
    }

    fn unclosed_entry(&mut self, tokens: &[Token]) {
        if let Some(t) = tokens.first() {
            self.err(
                t.line,
                t.col,
                "malformed entry: the '{' here is never closed by '}'",
            );
        }
    }

    fn top(&mut self, n: u32, line: &str) {
        if let Some((m, kind, opens)) = marker(line) {
            if opens {
                self.open_block(kind, n);
            } else {
                self.err(
                    n,
                    1,
                    format!("{m} without an open {} block", open_name(kind)),
                );
            }
            return;
        }
        if self.is_directive(line) {
            self.start_directive(n, line);
            return;
        }
        self.tokens_then(n, line, Vec::new(), false);
    }

    /// Tokenizes `line` onto `tokens` (an entry or statement in progress,
    /// or nothing) and acts on what is complete.
    fn tokens_then(&mut self, n: u32, line: &str, mut tokens: Vec<Token>, entry: bool) {
        let mut lex_errs = Vec::new();
        let before = tokens.len();
        self.lexer.line(n, line, 0, 1, &mut tokens, &mut lex_errs);
        for t in &mut tokens[before..] {
            t.frames = Frames::clone(&self.frames);
        }
        self.scan.errors.extend(lex_errs);
        let mut is_entry = entry;
        loop {
            let Some(first) = tokens.first() else {
                self.state = State::Top;
                return;
            };
            if !is_entry && first.tok == Tok::LBrace {
                is_entry = true;
            }
            if is_entry {
                let Some(end) = closing(&tokens) else {
                    self.state = State::Entry(tokens);
                    return;
                };
                let mut errs = Vec::new();
                let e = parse_entry(&tokens[..end], &mut errs);
                self.scan.errors.extend(errs);
                self.scan.entries.push(e);
                self.prev_entry = Some(self.scan.entries.len() - 1);
                let mut rest = tokens.split_off(end);
                if rest.first().is_some_and(|t| t.tok == Tok::Comma) {
                    rest.remove(0);
                }
                tokens = rest;
                is_entry = false;
                continue;
            }
            if let Tok::Word(w) = &first.tok {
                if matches!(w.as_str(), "DEF" | "DEFHEADING" | "ARCHHEADING")
                    && tokens.get(1).is_some_and(|t| t.tok == Tok::Open('('))
                {
                    if !self.statement(&mut tokens) {
                        self.state = State::Statement(tokens);
                        return;
                    }
                    continue;
                }
            }
            let (l, c, t) = (first.line, first.col, first.text());
            self.err(
                l,
                c,
                format!("unexpected '{t}' outside any entry or doc block"),
            );
            self.state = State::Top;
            return;
        }
    }

    /// Consumes a complete `NAME(...)` statement from the front of `tokens`;
    /// false when its parentheses are not closed yet.
    fn statement(&mut self, tokens: &mut Vec<Token>) -> bool {
        let mut depth = 0usize;
        let mut end = None;
        for (i, t) in tokens.iter().enumerate().skip(1) {
            match t.tok {
                Tok::Open(_) => depth += 1,
                Tok::Close(_) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = Some(i + 1);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(end) = end else { return false };
        let rest = tokens.split_off(end);
        let stmt = std::mem::replace(tokens, rest);
        if tokens
            .first()
            .is_some_and(|t| t.tok == Tok::Punct(';') || t.tok == Tok::Comma)
        {
            tokens.remove(0);
        }
        if let Some(Tok::Word(w)) = stmt.first().map(|t| &t.tok) {
            if w == "DEF" {
                // A command-line option (qemu-options.hx): not a QMP item, but
                // the doc block after it documents it, not the entry before.
                self.prev_entry = None;
            } else {
                self.heading(w == "ARCHHEADING", &stmt);
            }
        }
        true
    }

    fn heading(&mut self, arch: bool, stmt: &[Token]) {
        // Arguments are between the outer parentheses; ARCHHEADING's last
        // argument is the architecture mask.
        let inner = &stmt[2..stmt.len().saturating_sub(1)];
        let mut cut = inner.len();
        if arch {
            if let Some(i) = inner.iter().rposition(|t| t.tok == Tok::Comma) {
                cut = i;
            }
        }
        let mut text = String::new();
        for (k, t) in inner[..cut].iter().enumerate() {
            match &t.tok {
                Tok::Str(s) => text.push_str(&s.value),
                _ => {
                    if k > 0 && t.space_before {
                        text.push(' ');
                    }
                    text.push_str(&t.text());
                }
            }
        }
        let kind = if self.scan.blocks.iter().any(|b| b.kind == DocKind::Srst) {
            DocKind::Srst
        } else {
            DocKind::Stexi
        };
        self.scan.blocks.push(RawBlock {
            kind,
            marker_line: stmt.first().map_or(0, |t| t.line),
            text: format!("{}\n", text.trim()),
            prev_entry: None,
            heading: true,
        });
        self.prev_entry = None;
    }

    fn finish(&mut self, last: u32) {
        if let Some((start, text)) = self.directive.take() {
            self.continue_directive(start, text);
        }
        match std::mem::replace(&mut self.state, State::Top) {
            State::Doc { kind, line, text } => {
                self.scan.warnings.push((
                    line,
                    1,
                    format!(
                        "the {} block opened here is not closed at the end of the file (line {last})",
                        open_name(kind)
                    ),
                ));
                self.close_block(kind, line, text);
            }
            State::Entry(tokens) => self.unclosed_entry(&tokens),
            State::Statement(tokens) => {
                if let Some(t) = tokens.first() {
                    self.err(t.line, t.col, "statement is not closed (missing ')')");
                }
            }
            State::Top => {}
        }
        for l in self.conds.open_lines() {
            self.err(l, 1, "#if without #endif");
        }
    }
}
