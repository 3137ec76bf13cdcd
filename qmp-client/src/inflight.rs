//! Which request an error reply without an `"id"` answers.
//!
//! QEMU answers a request it cannot parse (nested deeper than its JSON
//! parser's 1024 levels, more than 2 Mi tokens, more than 64 MiB) with an
//! error that carries no `"id"`: it never read one. It queues that error
//! with the in-band requests, so it comes out in sending order: after the
//! replies to every request sent before, before the replies to every
//! in-band request sent after. A request meant out of band that QEMU cannot
//! parse is queued the same way (QEMU cannot tell it was meant out of band),
//! while an out-of-band request it can parse is answered at once, before
//! anything queued after it. So an id-less reply answers **the oldest
//! request still unanswered**, in-band or out of band, including requests
//! whose call has already given up (timed out, dropped): their late reply
//! is dropped, never handed to another call.
//!
//! QEMU then goes on reading the rest of the bad request as new input,
//! which yields more id-less errors ("JSON parse error, expecting value",
//! about a thousand for a request nested 2,000 deep), then answers the next
//! request normally. Those errors belong to the same bad request: after an
//! id-less reply, further id-less replies are dropped until an in-band
//! reply with an id arrives for a request sent later. The one case this
//! cannot tell apart: a second unparseable request sent before that reply
//! (its own error is then taken for noise, and its call times out).

use std::collections::VecDeque;

/// Requests remembered at most; past that the oldest are forgotten (a
/// server that never answers them cannot make the client grow without end).
const MAX_TRACKED: usize = 4096;

#[derive(Debug)]
struct Sent {
    id: u64,
    seq: u64,
    oob: bool,
}

/// What an id-less reply is.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum IdLess {
    /// The answer to the request with this id.
    Answers(u64),
    /// More output of the bad request that already got its answer (the
    /// one with this id).
    Noise(u64),
    /// No request is waiting for anything.
    Unexpected,
}

/// The requests sent and not yet answered, in sending order.
#[derive(Debug, Default)]
pub(crate) struct InFlight {
    sent: VecDeque<Sent>,
    next_seq: u64,
    /// The request that took the last id-less reply: `(id, seq)`.
    bad: Option<(u64, u64)>,
}

impl InFlight {
    /// Notes that the request `id` is being written.
    pub(crate) fn sent(&mut self, id: u64, oob: bool) {
        if self.sent.len() == MAX_TRACKED {
            self.sent.pop_front();
        }
        self.next_seq += 1;
        self.sent.push_back(Sent {
            id,
            seq: self.next_seq,
            oob,
        });
    }

    /// Forgets the request `id`: none of it reached the server.
    pub(crate) fn unsent(&mut self, id: u64) {
        self.sent.retain(|s| s.id != id);
    }

    /// Notes a reply carrying the id `id`.
    pub(crate) fn answered(&mut self, id: u64) {
        let Some(i) = self.sent.iter().position(|s| s.id == id) else {
            return;
        };
        if let Some(s) = self.sent.remove(i) {
            if !s.oob && self.bad.is_some_and(|(_, seq)| seq < s.seq) {
                self.bad = None;
            }
        }
    }

    /// Attributes an id-less reply.
    pub(crate) fn id_less(&mut self) -> IdLess {
        if let Some((id, _)) = self.bad {
            return IdLess::Noise(id);
        }
        match self.sent.pop_front() {
            Some(s) => {
                self.bad = Some((s.id, s.seq));
                IdLess::Answers(s.id)
            }
            None => IdLess::Unexpected,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oldest_request_then_noise_until_a_later_in_band_reply() {
        let mut f = InFlight::default();
        f.sent(1, false);
        f.sent(2, true);
        f.sent(3, false);
        assert_eq!(f.id_less(), IdLess::Answers(1));
        assert_eq!(f.id_less(), IdLess::Noise(1));
        // An out-of-band reply proves nothing about the in-band queue.
        f.answered(2);
        assert_eq!(f.id_less(), IdLess::Noise(1));
        f.answered(3);
        assert_eq!(f.id_less(), IdLess::Unexpected);
        f.sent(4, true);
        assert_eq!(f.id_less(), IdLess::Answers(4));
    }

    #[test]
    fn bounded() {
        let mut f = InFlight::default();
        for id in 0..(MAX_TRACKED as u64 + 10) {
            f.sent(id, false);
        }
        assert_eq!(f.sent.len(), MAX_TRACKED);
        assert_eq!(f.id_less(), IdLess::Answers(10));
    }
}
