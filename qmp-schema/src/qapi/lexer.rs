//! The QAPI schema lexer: single-quoted strings with only `\\` escapes,
//! `true`/`false`, the structural characters, `#` comments (returned as
//! tokens inside `##` doc comments), and exact line:column positions
//! (tabs advance to the next multiple of 8, as QEMU counts them).

use std::path::PathBuf;
use std::sync::Arc;

use super::source::{InfoId, Infos, QapiError};

/// Kinds of token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// One of `{ } : , [ ]`.
    Punct(u8),
    /// A quoted string (value in [`Lexer::val`]).
    Str,
    /// `true` or `false` (value in [`Lexer::bval`]).
    Bool,
    /// A comment line (text in [`Lexer::val`], including the `#`).
    Comment,
    /// End of file.
    Eof,
}

/// Lexer state over one file.
pub(crate) struct Lexer {
    pub src: Vec<u8>,
    pub fname: Arc<PathBuf>,
    pub parent: Option<InfoId>,
    pub tok: Tok,
    /// String or comment text of the current token.
    pub val: String,
    /// Boolean value of the current token.
    pub bval: bool,
    /// Start of the current token.
    pub pos: usize,
    cursor: usize,
    line_pos: usize,
    line: u32,
    info: Option<InfoId>,
}

impl Lexer {
    pub fn new(text: &str, fname: Arc<PathBuf>, parent: Option<InfoId>) -> Self {
        let mut src = text.as_bytes().to_vec();
        if src.last() != Some(&b'\n') {
            src.push(b'\n');
        }
        Lexer {
            src,
            fname,
            parent,
            tok: Tok::Eof,
            val: String::new(),
            bval: false,
            pos: 0,
            cursor: 0,
            line_pos: 0,
            line: 1,
            info: None,
        }
    }

    /// The line record of the current line (shared by every token on it).
    pub fn info(&mut self, infos: &mut Infos) -> InfoId {
        match self.info {
            Some(i) => i,
            None => {
                let i = infos.add(&self.fname, self.line, self.parent);
                self.info = Some(i);
                i
            }
        }
    }

    /// The column of the current token, QEMU style.
    pub fn col(&self) -> u32 {
        let end = self.pos.min(self.src.len());
        let start = self.line_pos.min(end);
        let text = String::from_utf8_lossy(&self.src[start..end]);
        let mut col: u32 = 1;
        for ch in text.chars() {
            if ch == '\t' {
                col = (col + 7) % 8 + 1;
            } else {
                col += 1;
            }
        }
        col
    }

    /// A syntax error at the current token.
    pub fn error(&mut self, infos: &mut Infos, msg: impl Into<String>) -> QapiError {
        let info = self.info(infos);
        QapiError::at(infos, info, Some(self.col()), msg)
    }

    fn byte(&self, i: usize) -> u8 {
        self.src.get(i).copied().unwrap_or(b'\n')
    }

    /// Reads the next token. Comments are skipped unless `skip_comment` is
    /// false or the comment starts with `##`.
    pub fn accept(&mut self, infos: &mut Infos, mut skip_comment: bool) -> Result<(), QapiError> {
        loop {
            self.pos = self.cursor;
            let ch = self.byte(self.cursor);
            self.cursor += 1;
            match ch {
                b'#' => {
                    if self.byte(self.cursor) == b'#' {
                        skip_comment = false;
                    }
                    let end = self.src[self.cursor.min(self.src.len())..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .map_or(self.src.len(), |p| self.cursor + p);
                    self.cursor = end;
                    if !skip_comment {
                        self.tok = Tok::Comment;
                        self.val.clear();
                        self.val
                            .push_str(&String::from_utf8_lossy(&self.src[self.pos..end]));
                        return Ok(());
                    }
                }
                b'{' | b'}' | b':' | b',' | b'[' | b']' => {
                    self.tok = Tok::Punct(ch);
                    return Ok(());
                }
                b'\'' => return self.string(infos),
                b'\n' => {
                    if self.cursor >= self.src.len() {
                        self.tok = Tok::Eof;
                        return Ok(());
                    }
                    self.line += 1;
                    self.info = None;
                    self.line_pos = self.cursor;
                }
                _ if self.src[self.pos..].starts_with(b"true") => {
                    self.tok = Tok::Bool;
                    self.bval = true;
                    self.cursor += 3;
                    return Ok(());
                }
                _ if self.src[self.pos..].starts_with(b"false") => {
                    self.tok = Tok::Bool;
                    self.bval = false;
                    self.cursor += 4;
                    return Ok(());
                }
                b' ' | b'\t' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1f => {}
                _ => {
                    let end = self.src.len().min(self.pos + 256);
                    let rest = String::from_utf8_lossy(&self.src[self.pos..end]);
                    let first = rest.chars().next().unwrap_or(' ');
                    if first.is_whitespace() {
                        self.cursor = self.pos + first.len_utf8();
                        continue;
                    }
                    let word: String = rest
                        .chars()
                        .take_while(|c| !"[]{}:,'".contains(*c) && !c.is_whitespace())
                        .collect();
                    return Err(self.error(infos, format!("stray '{word}'")));
                }
            }
        }
    }

    fn string(&mut self, infos: &mut Infos) -> Result<(), QapiError> {
        let mut s = String::new();
        let mut esc = false;
        loop {
            let ch = self.byte(self.cursor);
            self.cursor += 1;
            if ch == b'\n' {
                return Err(self.error(infos, "missing terminating \"'\""));
            }
            if esc {
                if ch != b'\\' {
                    let c = String::from_utf8_lossy(&self.src[self.cursor - 1..])
                        .chars()
                        .next()
                        .unwrap_or('?');
                    return Err(self.error(infos, format!("unknown escape \\{c}")));
                }
                esc = false;
            } else if ch == b'\\' {
                esc = true;
                continue;
            } else if ch == b'\'' {
                self.tok = Tok::Str;
                self.val = s;
                return Ok(());
            }
            if !(32..127).contains(&ch) {
                return Err(self.error(infos, "funny character in string"));
            }
            s.push(ch as char);
        }
    }
}
