//! Tokenizer for the C initializer text of hx entries (`{ .field = value, }`).
//!
//! Works one line at a time (string literals never span lines in C; `/* */`
//! comments may, so the lexer keeps that state between lines). Every token
//! carries its 1-based line and character column; string literals are decoded
//! (C escapes) and remember the source position of every decoded character so
//! that errors found later inside a string point at the exact column.

/// A decoded C string literal.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct StrLit {
    /// The decoded value.
    pub value: String,
    /// Source `(line, col)` of each character of `value`.
    pub pos: Vec<(u32, u32)>,
    /// Position of the closing quote (used for "end of string" errors).
    pub end: (u32, u32),
}

/// What a token is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Tok {
    /// `.`
    Dot,
    /// `=`
    Eq,
    /// `,`
    Comma,
    /// `{`
    LBrace,
    /// `}`
    RBrace,
    /// An opening `(` or `[`.
    Open(char),
    /// A closing `)` or `]`.
    Close(char),
    /// A string literal.
    Str(StrLit),
    /// An identifier or number.
    Word(String),
    /// Any other single character.
    Punct(char),
}

/// A token with its position.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Token {
    /// The token.
    pub tok: Tok,
    /// 1-based line.
    pub line: u32,
    /// 1-based character column.
    pub col: u32,
    /// Whether whitespace (or a comment) precedes it on its line.
    pub space_before: bool,
    /// The `#if` groups open where it stands (set by the scanner).
    pub frames: Frames,
}

/// The `#if` groups open at a point of the file, outermost first: for each
/// group, the conditions that hold inside it (the negated earlier branches
/// and the current one).
pub(crate) type Frames = std::sync::Arc<Vec<Vec<crate::Cond>>>;

impl Token {
    /// The token as C source text (string literals re-quoted).
    pub fn text(&self) -> String {
        match &self.tok {
            Tok::Dot => ".".into(),
            Tok::Eq => "=".into(),
            Tok::Comma => ",".into(),
            Tok::LBrace => "{".into(),
            Tok::RBrace => "}".into(),
            Tok::Open(c) | Tok::Close(c) | Tok::Punct(c) => c.to_string(),
            Tok::Str(s) => format!("{:?}", s.value),
            Tok::Word(w) => w.clone(),
        }
    }
}

/// A lexical error: `(line, col, message)`.
pub(crate) type LexError = (u32, u32, String);

/// Line-by-line C tokenizer.
#[derive(Default, Debug)]
pub(crate) struct Lexer {
    in_comment: bool,
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

impl Lexer {
    /// Whether a `/* */` comment is still open.
    pub fn in_comment(&self) -> bool {
        self.in_comment
    }

    /// Tokenizes `line` (without its newline) starting at byte `start`,
    /// whose character column is `start_col` (1-based).
    pub fn line(
        &mut self,
        line_no: u32,
        line: &str,
        start: usize,
        start_col: u32,
        out: &mut Vec<Token>,
        errs: &mut Vec<LexError>,
    ) {
        let mut chars = line[start..].chars().peekable();
        let mut col = start_col;
        let mut space = start > 0;
        while let Some(c) = chars.next() {
            let here = col;
            col += 1;
            if self.in_comment {
                if c == '*' && chars.peek() == Some(&'/') {
                    chars.next();
                    col += 1;
                    self.in_comment = false;
                }
                space = true;
                continue;
            }
            let tok = match c {
                c if c.is_whitespace() || c == '\u{feff}' => {
                    space = true;
                    continue;
                }
                '/' if chars.peek() == Some(&'/') => break,
                '/' if chars.peek() == Some(&'*') => {
                    chars.next();
                    col += 1;
                    self.in_comment = true;
                    space = true;
                    continue;
                }
                '.' => Tok::Dot,
                '=' => Tok::Eq,
                ',' => Tok::Comma,
                '{' => Tok::LBrace,
                '}' => Tok::RBrace,
                '(' | '[' => Tok::Open(c),
                ')' | ']' => Tok::Close(c),
                '"' => {
                    let mut lit = StrLit {
                        value: String::new(),
                        pos: Vec::new(),
                        end: (line_no, here),
                    };
                    let mut closed = false;
                    while let Some(c) = chars.next() {
                        let at = col;
                        col += 1;
                        match c {
                            '"' => {
                                closed = true;
                                break;
                            }
                            '\\' => {
                                let (v, used) = unescape(&mut chars);
                                col += used;
                                if let Some(v) = v {
                                    lit.value.push(v);
                                    lit.pos.push((line_no, at));
                                }
                            }
                            c => {
                                lit.value.push(c);
                                lit.pos.push((line_no, at));
                            }
                        }
                    }
                    if closed {
                        lit.end = (line_no, col - 1);
                    } else {
                        errs.push((line_no, here, "unterminated string literal".into()));
                        lit.end = (line_no, col);
                    }
                    Tok::Str(lit)
                }
                '\'' => {
                    // A character constant: keep it as a word, as written.
                    let mut w = String::from('\'');
                    for c in chars.by_ref() {
                        col += 1;
                        w.push(c);
                        if c == '\'' && !w.ends_with("\\'") {
                            break;
                        }
                    }
                    Tok::Word(w)
                }
                c if is_word(c) => {
                    let mut w = String::from(c);
                    while let Some(&n) = chars.peek() {
                        if !is_word(n) {
                            break;
                        }
                        w.push(n);
                        chars.next();
                        col += 1;
                    }
                    Tok::Word(w)
                }
                c => Tok::Punct(c),
            };
            out.push(Token {
                tok,
                line: line_no,
                col: here,
                space_before: space,
                frames: Frames::default(),
            });
            space = false;
        }
    }
}

/// Decodes one C escape after the backslash. Returns the character (None for
/// a backslash at the end of the line) and how many characters were used.
fn unescape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> (Option<char>, u32) {
    let Some(c) = chars.next() else {
        return (None, 0);
    };
    let simple = match c {
        'n' => Some('\n'),
        't' => Some('\t'),
        'r' => Some('\r'),
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        'f' => Some('\u{c}'),
        'v' => Some('\u{b}'),
        'e' => Some('\u{1b}'),
        '0'..='7' => None,
        'x' => None,
        other => Some(other),
    };
    if let Some(v) = simple {
        return (Some(v), 1);
    }
    let (radix, max, mut value, mut used) = if c == 'x' {
        (16, 8, 0u32, 1)
    } else {
        (8, 3, c.to_digit(8).unwrap_or(0), 1)
    };
    let mut digits = u32::from(c != 'x');
    while digits < max {
        match chars.peek().and_then(|d| d.to_digit(radix)) {
            Some(d) => {
                value = value.wrapping_mul(radix).wrapping_add(d);
                chars.next();
                used += 1;
                digits += 1;
            }
            None => break,
        }
    }
    (
        Some(char::from_u32(value & 0xff).unwrap_or('\u{fffd}')),
        used,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(s: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut errs = Vec::new();
        Lexer::default().line(1, s, 0, 1, &mut out, &mut errs);
        assert!(errs.is_empty(), "{errs:?}");
        out
    }

    #[test]
    fn strings_and_escapes() {
        let t = lex("\t.help = \"a\\tb\\n\\x41\\101\",");
        assert_eq!(t[0].tok, Tok::Dot);
        assert_eq!(t[0].col, 2);
        match &t[3].tok {
            Tok::Str(s) => {
                assert_eq!(s.value, "a\tb\nAA");
                assert_eq!(s.pos[0], (1, 11));
                assert_eq!(s.pos[1], (1, 12));
                assert_eq!(s.pos[2], (1, 14));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(t[4].tok, Tok::Comma);
    }

    #[test]
    fn comments_span_lines() {
        let mut lx = Lexer::default();
        let mut out = Vec::new();
        let mut errs = Vec::new();
        lx.line(1, "a /* x", 0, 1, &mut out, &mut errs);
        assert!(lx.in_comment());
        lx.line(2, "y */ b // c", 0, 1, &mut out, &mut errs);
        let words: Vec<String> = out.iter().map(Token::text).collect();
        assert_eq!(words, ["a", "b"]);
    }

    #[test]
    fn unterminated_string() {
        let mut out = Vec::new();
        let mut errs = Vec::new();
        Lexer::default().line(3, "  .name = \"abc", 0, 1, &mut out, &mut errs);
        assert_eq!(
            errs,
            vec![(3, 11, "unterminated string literal".to_string())]
        );
    }
}
