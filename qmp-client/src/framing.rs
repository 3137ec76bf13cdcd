//! Line framing of the QMP byte stream with a size limit.
//!
//! QMP sends one JSON document per line. [`Framer`] collects bytes and hands
//! out complete lines. A line longer than the limit is never stored: once the
//! pending bytes pass the limit they are discarded up to the next newline,
//! and an [`IdScan`] reads them as they pass to find the reply's top-level
//! `"id"`, wherever it stands, so the call it answers still gets its error.

/// What [`Framer::next_frame`] produces.
#[derive(Debug, PartialEq)]
pub(crate) enum Frame {
    /// A complete line, without its `\n` (and `\r`).
    Line(Vec<u8>),
    /// A line longer than the limit ended; `id` is its top-level `"id"`,
    /// when that is an unsigned integer.
    TooLarge {
        /// The id of the reply, if it has one of ours.
        id: Option<u64>,
    },
}

/// Splits a byte stream into lines of at most `limit` bytes.
#[derive(Debug)]
pub(crate) struct Framer {
    buf: Vec<u8>,
    /// Bytes of `buf` already known to hold no newline.
    scanned: usize,
    limit: usize,
    /// The scan of the oversized line being skipped, if any.
    skipping: Option<IdScan>,
}

impl Framer {
    /// A framer accepting lines of up to `limit` bytes.
    pub(crate) fn new(limit: usize) -> Self {
        Framer {
            buf: Vec::new(),
            scanned: 0,
            limit,
            skipping: None,
        }
    }

    /// The limit in bytes.
    pub(crate) fn limit(&self) -> usize {
        self.limit
    }

    /// Whether a partial line is pending.
    pub(crate) fn has_partial(&self) -> bool {
        !self.buf.is_empty() || self.skipping.is_some()
    }

    /// Adds bytes read from the stream.
    pub(crate) fn push(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
    }

    /// The next complete frame, or `None` when more bytes are needed. Empty
    /// lines are skipped.
    pub(crate) fn next_frame(&mut self) -> Option<Frame> {
        loop {
            if let Some(scan) = &mut self.skipping {
                return match self.buf.iter().position(|&b| b == b'\n') {
                    Some(i) => {
                        scan.feed(&self.buf[..i]);
                        let id = scan.id();
                        self.buf.drain(..=i);
                        self.scanned = 0;
                        self.skipping = None;
                        Some(Frame::TooLarge { id })
                    }
                    None => {
                        scan.feed(&self.buf);
                        self.buf.clear();
                        None
                    }
                };
            }
            match self.buf[self.scanned..].iter().position(|&b| b == b'\n') {
                Some(rel) => {
                    let i = self.scanned + rel;
                    let mut line: Vec<u8> = self.buf.drain(..=i).collect();
                    self.scanned = 0;
                    line.pop();
                    if line.last() == Some(&b'\r') {
                        line.pop();
                    }
                    if line.len() > self.limit {
                        let mut scan = IdScan::default();
                        scan.feed(&line);
                        return Some(Frame::TooLarge { id: scan.id() });
                    }
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Frame::Line(line));
                }
                None => {
                    if self.buf.len() > self.limit {
                        let mut scan = IdScan::default();
                        scan.feed(&self.buf);
                        self.buf = Vec::new();
                        self.skipping = Some(scan);
                        self.scanned = 0;
                        continue;
                    }
                    self.scanned = self.buf.len();
                    return None;
                }
            }
        }
    }
}

/// Reads a JSON object's bytes as they pass, in constant memory, and keeps
/// the value of its top-level `"id"` member when that is an unsigned integer.
#[derive(Debug, Default)]
pub(crate) struct IdScan {
    /// Arrays and objects open around the current byte.
    depth: usize,
    in_string: bool,
    escaped: bool,
    /// While a top-level key is read: its first bytes (`None` past 2).
    key: Option<Vec<u8>>,
    /// At the top level, the next string is a key.
    expect_key: bool,
    /// The last top-level key read was `id`.
    key_is_id: bool,
    /// Inside the top-level value of `id`.
    in_id: bool,
    /// The digits of that value so far.
    digits: Option<u64>,
    /// The id found.
    id: Option<u64>,
}

impl IdScan {
    /// Reads more bytes of the line.
    pub(crate) fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.byte(b);
        }
    }

    /// The id found so far (a number still being read counts).
    pub(crate) fn id(&self) -> Option<u64> {
        match (self.in_id, self.digits) {
            (true, Some(d)) if self.depth == 1 => Some(d),
            _ => self.id,
        }
    }

    fn end_number(&mut self) {
        if self.in_id {
            if let Some(d) = self.digits.take() {
                self.id = Some(d);
            }
            self.in_id = false;
        }
    }

    fn byte(&mut self, b: u8) {
        if self.in_string {
            if self.escaped {
                self.escaped = false;
                self.key = None;
            } else if b == b'\\' {
                self.escaped = true;
            } else if b == b'"' {
                self.in_string = false;
                if let Some(k) = self.key.take() {
                    self.key_is_id = k == b"id";
                }
            } else if let Some(k) = &mut self.key {
                if k.len() < 2 {
                    k.push(b);
                } else {
                    self.key = None;
                }
            }
            return;
        }
        let top = self.depth == 1;
        match b {
            b'"' => {
                self.in_string = true;
                if top && self.expect_key {
                    self.key = Some(Vec::with_capacity(2));
                    self.key_is_id = false;
                }
                self.in_id = false;
            }
            b'{' | b'[' => {
                self.depth += 1;
                self.expect_key = self.depth == 1 && b == b'{';
                if top {
                    self.in_id = false;
                }
            }
            b'}' | b']' => {
                if top {
                    self.end_number();
                }
                self.depth = self.depth.saturating_sub(1);
            }
            b':' if top => {
                self.expect_key = false;
                self.in_id = self.key_is_id;
                self.digits = None;
            }
            b',' if top => {
                self.end_number();
                self.expect_key = true;
            }
            b'0'..=b'9' if top && self.in_id => {
                let d = u64::from(b - b'0');
                self.digits = match self.digits {
                    None => Some(d),
                    Some(n) => n.checked_mul(10).and_then(|n| n.checked_add(d)),
                };
                if self.digits.is_none() {
                    self.in_id = false;
                }
            }
            b' ' | b'\t' | b'\r' | b'\n' => {
                if top && self.digits.is_some() {
                    self.end_number();
                }
            }
            _ => {
                if top {
                    // A sign, fraction or word: not one of our ids.
                    self.in_id = false;
                    self.digits = None;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lines_across_pushes() {
        let mut f = Framer::new(100);
        f.push(b"{\"a\":1}\r\n\n{\"b\"");
        assert_eq!(f.next_frame(), Some(Frame::Line(b"{\"a\":1}".to_vec())));
        assert_eq!(f.next_frame(), None);
        assert!(f.has_partial());
        f.push(b":2}\n");
        assert_eq!(f.next_frame(), Some(Frame::Line(b"{\"b\":2}".to_vec())));
        assert!(!f.has_partial());
    }

    #[test]
    fn oversized_line_is_skipped_with_bounded_memory() {
        let mut f = Framer::new(10);
        f.push(b"{\"return\": {\"data\": \"");
        assert_eq!(f.next_frame(), None);
        for _ in 0..1000 {
            f.push(&[b'x'; 100]);
            assert_eq!(f.next_frame(), None);
            assert!(f.buf.len() <= 10 + 100);
        }
        f.push(b"\"}, \"id\": 42}\n{\"ok\":1}\n");
        assert_eq!(f.next_frame(), Some(Frame::TooLarge { id: Some(42) }));
        assert_eq!(f.next_frame(), Some(Frame::Line(b"{\"ok\":1}".to_vec())));
    }

    #[test]
    fn oversized_complete_line_in_one_push() {
        let mut f = Framer::new(5);
        f.push(b"{\"event\": \"X\", \"timestamp\": {}}\n");
        assert_eq!(f.next_frame(), Some(Frame::TooLarge { id: None }));
    }

    fn scan(line: &[u8]) -> Option<u64> {
        let mut s = IdScan::default();
        // Byte by byte, as the pieces of a stream may split it anywhere.
        for b in line {
            s.feed(std::slice::from_ref(b));
        }
        s.id()
    }

    #[test]
    fn finds_the_top_level_id_anywhere() {
        assert_eq!(scan(b"{\"return\": {}, \"id\": 7}"), Some(7));
        assert_eq!(scan(b"{\"id\":7}\r"), Some(7));
        assert_eq!(
            scan(b"{\"id\": 12, \"return\": [1, {\"id\": 3}]}"),
            Some(12)
        );
        assert_eq!(
            scan(b"{\"error\": {\"desc\": \"x\"}, \"id\": 9, \"return\": \"a\\\"id\\\": 4\"}"),
            Some(9)
        );
        assert_eq!(scan(b"{\"x\": \"a\\\"id\": 7}"), None);
        assert_eq!(scan(b"{\"return\": {\"id\": 7}}"), None);
        assert_eq!(scan(b"{\"id\": \"7\"}"), None);
        assert_eq!(scan(b"{\"id\": -7}"), None);
        assert_eq!(scan(b"{\"id\": 7.5}"), None);
        assert_eq!(scan(b"{\"idx\": 7}"), None);
        assert_eq!(scan(b"{\"id\": 99999999999999999999999}"), None);
        assert_eq!(scan(b"[{\"id\": 7}]"), None);
    }

    #[test]
    fn oversized_line_with_the_id_first() {
        let mut f = Framer::new(10);
        f.push(b"{\"id\": 42, \"return\": \"");
        for _ in 0..100 {
            f.push(&[b'x'; 100]);
            assert_eq!(f.next_frame(), None);
        }
        f.push(b"\"}\n{\"ok\":1}\n");
        assert_eq!(f.next_frame(), Some(Frame::TooLarge { id: Some(42) }));
        assert_eq!(f.next_frame(), Some(Frame::Line(b"{\"ok\":1}".to_vec())));
    }
}
