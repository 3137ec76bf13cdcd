//! Line framing of the QMP byte stream with a size limit.
//!
//! QMP sends one JSON document per line. [`Framer`] collects bytes and hands
//! out complete lines. A line longer than the limit is never stored: once the
//! pending bytes pass the limit they are discarded up to the next newline and
//! only the last few bytes are kept, so that the `"id": N` QEMU writes at the
//! end of a reply can still say which call the oversized reply answers.

/// How many trailing bytes of an oversized line are kept to find its id.
const TAIL: usize = 96;

/// What [`Framer::next_frame`] produces.
#[derive(Debug, PartialEq)]
pub(crate) enum Frame {
    /// A complete line, without its `\n` (and `\r`).
    Line(Vec<u8>),
    /// A line longer than the limit ended; `id` is the request id found at
    /// its end, if any.
    TooLarge {
        /// The id of the reply, when the line ends with `"id": N}`.
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
    /// The last bytes of the oversized line being skipped, if any.
    skipping: Option<Vec<u8>>,
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
            if let Some(tail) = &mut self.skipping {
                return match self.buf.iter().position(|&b| b == b'\n') {
                    Some(i) => {
                        keep_tail(tail, &self.buf[..i]);
                        let id = tail_id(tail);
                        self.buf.drain(..=i);
                        self.scanned = 0;
                        self.skipping = None;
                        Some(Frame::TooLarge { id })
                    }
                    None => {
                        keep_tail(tail, &self.buf);
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
                        let start = line.len().saturating_sub(TAIL);
                        return Some(Frame::TooLarge {
                            id: tail_id(&line[start..]),
                        });
                    }
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Frame::Line(line));
                }
                None => {
                    if self.buf.len() > self.limit {
                        let mut tail = Vec::with_capacity(TAIL);
                        keep_tail(&mut tail, &self.buf);
                        self.buf = Vec::new();
                        self.skipping = Some(tail);
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

/// Appends `more` to `tail`, keeping only the last [`TAIL`] bytes.
fn keep_tail(tail: &mut Vec<u8>, more: &[u8]) {
    if more.len() >= TAIL {
        tail.clear();
        tail.extend_from_slice(&more[more.len() - TAIL..]);
    } else {
        tail.extend_from_slice(more);
        if tail.len() > TAIL {
            tail.drain(..tail.len() - TAIL);
        }
    }
}

/// The id of a reply whose text ends with `"id": N}` (QEMU writes the id as
/// the last member), or `None`.
pub(crate) fn tail_id(line: &[u8]) -> Option<u64> {
    let mut s = line.trim_ascii_end();
    s = s.strip_suffix(b"}")?.trim_ascii_end();
    let digits = s.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let number = std::str::from_utf8(&s[s.len() - digits..]).ok()?;
    let id = number.parse().ok()?;
    s = s[..s.len() - digits].trim_ascii_end();
    s = s.strip_suffix(b":")?.trim_ascii_end();
    s = s.strip_suffix(b"\"id\"")?.trim_ascii_end();
    match s.last() {
        Some(b',') | Some(b'{') => Some(id),
        _ => None,
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

    #[test]
    fn tail_id_needs_a_member_boundary() {
        assert_eq!(tail_id(b"{\"return\": {}, \"id\": 7}"), Some(7));
        assert_eq!(tail_id(b"{\"id\":7}\r"), Some(7));
        assert_eq!(tail_id(b"{\"x\": \"a\\\"id\": 7}"), None);
        assert_eq!(tail_id(b"{\"return\": {\"id\": 7}}"), None);
        assert_eq!(tail_id(b"{\"id\": \"7\"}"), None);
    }
}
