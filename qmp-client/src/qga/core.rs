//! The guest agent protocol without I/O: the sync handshake, request ids,
//! and what each incoming line means while a call waits. The blocking and
//! the tokio agent feed it bytes and write the bytes it gives them.
//!
//! The channel to a guest agent outlives conversations: a virtio-serial
//! port keeps what an earlier client left unread, and `qemu-ga` keeps a
//! half-received request of an earlier client in its parser (a real
//! quirk, also on `unix-listen`). So before the first call, and after
//! anything that may have left the channel dirty (a timeout, a cancelled
//! call, a reconnect, a line that made no sense), the core *syncs*: it
//! sends a 0xFF byte (which makes the agent's parser drop any partial
//! request; the agent answers it with an id-less parse error) and
//! `guest-sync-delimited` with a fresh random id, then discards every line
//! until the reply carrying that id. The agent writes a 0xFF byte before
//! that reply, and the core drops whatever preceded a 0xFF on a line.

use crate::error::{Error, Result};
use crate::framing::{Frame, Framer};
use crate::protocol::{encode_request, outcome_to_result, parse_line, shown, Incoming};
use serde_json::{json, Value};
use std::collections::VecDeque;

/// The byte that resets the agent's JSON parser, and that the agent writes
/// before its `guest-sync-delimited` reply.
pub(crate) const RESET: u8 = 0xFF;

/// How many ids of commands sent without waiting are remembered, to tell
/// their late error replies from stale ones.
const SILENT_MEMORY: usize = 64;

/// How many late errors of commands sent without waiting are kept.
const LATE_ERRORS: usize = 64;

/// A command sent without waiting whose error reply may still come.
#[derive(Debug)]
struct SilentSent {
    id: u64,
    command: String,
}

/// The protocol state of one agent connection.
#[derive(Debug)]
pub(crate) struct Core {
    framer: Framer,
    next_id: u64,
    /// Whether the stream is known to be clean: the last sync succeeded and
    /// nothing has disturbed it since.
    synced: bool,
    /// Set while a call runs; still set at the next call means the previous
    /// one was abandoned half way (a dropped future).
    in_flight: bool,
    silent: VecDeque<SilentSent>,
    late_errors: VecDeque<Error>,
}

impl Core {
    /// A core accepting lines of up to `max_message_size` bytes; not synced.
    pub(crate) fn new(max_message_size: usize) -> Self {
        Core {
            framer: Framer::new(max_message_size),
            next_id: 0,
            synced: false,
            in_flight: false,
            silent: VecDeque::new(),
            late_errors: VecDeque::new(),
        }
    }

    /// Whether the next call must sync first: the stream is not known to
    /// be clean, or a call was abandoned half way.
    pub(crate) fn needs_sync(&self) -> bool {
        !self.synced || self.in_flight
    }

    /// Whether the call that just began must sync first.
    pub(crate) fn must_sync(&self) -> bool {
        !self.synced
    }

    /// Forgets that the stream is clean (after a timeout, an i/o error or a
    /// reconnect) so that the next call syncs first.
    pub(crate) fn desync(&mut self) {
        self.synced = false;
    }

    /// A new connection: bytes of the old one are dropped.
    pub(crate) fn reset_stream(&mut self) {
        self.framer = Framer::new(self.framer.limit());
        self.synced = false;
        self.in_flight = false;
    }

    /// Marks the start of a call; an earlier call that never finished
    /// leaves the stream dirty.
    pub(crate) fn begin(&mut self) {
        if self.in_flight {
            self.synced = false;
        }
        self.in_flight = true;
    }

    /// Marks the end of a call. A timeout or a failure of the connection
    /// leaves the stream dirty; a server error does not.
    pub(crate) fn end<T>(&mut self, result: &Result<T>) {
        self.in_flight = false;
        if let Err(e) = result {
            if !matches!(
                e,
                Error::Server { .. } | Error::Decode(_) | Error::TooDeep { .. }
            ) {
                self.synced = false;
            }
        }
    }

    /// Adds bytes read from the stream.
    pub(crate) fn push(&mut self, data: &[u8]) {
        self.framer.push(data);
    }

    /// The bytes of a sync: 0xFF, then `guest-sync-delimited` with a fresh
    /// random id, which is returned too.
    pub(crate) fn sync_request(&mut self) -> Result<(i64, Vec<u8>)> {
        let token = random_token()?;
        let mut bytes = vec![RESET];
        let req = json!({"execute": "guest-sync-delimited", "arguments": {"id": token}});
        bytes.extend_from_slice(req.to_string().as_bytes());
        bytes.push(b'\n');
        Ok((token, bytes))
    }

    /// Handles the lines received so far while a sync with `token` waits:
    /// `Some(Ok(()))` once its reply came (the stream is then clean),
    /// `None` when more bytes are needed. Everything else is discarded.
    pub(crate) fn poll_sync(&mut self, token: i64) -> Option<Result<()>> {
        while let Some(frame) = self.framer.next_frame() {
            let Frame::Line(line) = frame else {
                log::debug!("guest agent sync: dropped an oversized line");
                continue;
            };
            let line = after_reset(&line);
            match parse_line(line) {
                Ok(Incoming::Reply {
                    outcome: Ok(v),
                    raw_id: None,
                    ..
                }) if v.as_i64() == Some(token) => {
                    self.synced = true;
                    return Some(Ok(()));
                }
                Ok(Incoming::Reply {
                    id: Some(id),
                    outcome: Err(e),
                    ..
                }) if self.is_silent(id) => self.late_error(id, e),
                Ok(_) => log::debug!("guest agent sync: discarded {}", shown(line)),
                Err(e) => log::debug!("guest agent sync: discarded a line: {e}"),
            }
        }
        None
    }

    /// The bytes of a request for `name` and its id. A `silent` request
    /// (`success-response: false`) is remembered so that its late error
    /// reply can be reported.
    pub(crate) fn request(
        &mut self,
        name: &str,
        args: Option<Value>,
        silent: bool,
    ) -> crate::Result<Vec<u8>> {
        let bytes = encode_request(name, false, args, self.next_id + 1)?;
        self.next_id += 1;
        let id = self.next_id;
        if silent {
            if self.silent.len() >= SILENT_MEMORY {
                self.silent.pop_front();
            }
            self.silent.push_back(SilentSent {
                id,
                command: name.to_string(),
            });
        }
        Ok(bytes)
    }

    /// The id of the request made last.
    pub(crate) fn last_id(&self) -> u64 {
        self.next_id
    }

    /// Handles the lines received so far while the call `id` (command
    /// `name`) waits: `Some(result)` once its reply came, `None` when more
    /// bytes are needed. Replies to other ids are stale and dropped; error
    /// replies to commands sent without waiting are kept as late errors.
    ///
    /// The agent answers a request it cannot parse with an error that has
    /// no id. Once synced, the agent has nothing else to answer but this
    /// call, so such an error is this call's.
    pub(crate) fn poll_reply(&mut self, id: u64, name: &str) -> Option<Result<Value>> {
        while let Some(frame) = self.framer.next_frame() {
            let line = match frame {
                Frame::TooLarge { id: Some(got) } if got == id => {
                    return Some(Err(Error::TooLarge {
                        limit: self.framer.limit(),
                    }))
                }
                Frame::TooLarge { id: got } => {
                    log::warn!("dropped an oversized line (id {got:?}) while waiting for {name}");
                    continue;
                }
                Frame::Line(line) => line,
            };
            let line = after_reset(&line);
            match parse_line(line) {
                Ok(Incoming::Reply {
                    id: Some(got),
                    outcome,
                    ..
                }) if got == id => return Some(outcome_to_result(name, outcome)),
                Ok(Incoming::Reply {
                    id: Some(got),
                    outcome: Err(e),
                    ..
                }) if self.is_silent(got) => self.late_error(got, e),
                Ok(Incoming::Reply {
                    raw_id: None,
                    outcome: Err(e),
                    ..
                }) if self.synced => return Some(outcome_to_result(name, Err(e))),
                Ok(Incoming::Reply { raw_id, .. }) => {
                    log::warn!("dropped a stale guest agent reply (id {raw_id:?})");
                }
                Ok(Incoming::Event(ev)) => {
                    log::warn!("ignored event {} from the guest agent", ev.event);
                }
                Ok(Incoming::Greeting(_)) => log::warn!("ignored a greeting from the guest agent"),
                Err(e) => return Some(Err(e)),
            }
        }
        None
    }

    fn is_silent(&self, id: u64) -> bool {
        self.silent.iter().any(|s| s.id == id)
    }

    fn late_error(&mut self, id: u64, e: qmp_types::ErrorReply) {
        let Some(pos) = self.silent.iter().position(|s| s.id == id) else {
            return;
        };
        let Some(sent) = self.silent.remove(pos) else {
            return;
        };
        log::warn!(
            "the guest agent refused {} (sent without waiting): {}: {}",
            sent.command,
            e.class,
            e.desc
        );
        if self.late_errors.len() >= LATE_ERRORS {
            self.late_errors.pop_front();
        }
        self.late_errors.push_back(Error::Server {
            command: sent.command,
            class: e.class,
            desc: e.desc,
        });
    }

    /// Takes the errors that arrived for commands sent without waiting.
    pub(crate) fn take_late_errors(&mut self) -> Vec<Error> {
        self.late_errors.drain(..).collect()
    }

    /// The error of a connection that ended while `what` was awaited.
    pub(crate) fn ended(&mut self) -> Error {
        if self.framer.has_partial() {
            log::warn!("the guest agent connection ended in the middle of a line");
        }
        self.synced = false;
        Error::Disconnected
    }
}

/// The part of `line` after its last 0xFF byte: the agent's parser-reset
/// marker, which never occurs in JSON text, says that what came before it
/// is to be forgotten.
pub(crate) fn after_reset(line: &[u8]) -> &[u8] {
    match line.iter().rposition(|&b| b == RESET) {
        Some(i) => &line[i + 1..],
        None => line,
    }
}

/// A fresh random sync id: 63 random bits from the operating system, so
/// that it fits QEMU's `int` (a signed 64-bit integer) and cannot collide
/// with the id of an earlier conversation.
fn random_token() -> Result<i64> {
    let mut buf = [0u8; 8];
    rustix::rand::getrandom(&mut buf, rustix::rand::GetRandomFlags::empty())
        .map_err(|e| Error::Io(e.into()))?;
    Ok((u64::from_le_bytes(buf) >> 1) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(core: &mut Core, bytes: &[u8]) {
        core.push(bytes);
    }

    #[test]
    fn sync_discards_everything_before_its_reply() {
        let mut core = Core::new(1 << 20);
        let (token, bytes) = core.sync_request().unwrap();
        assert_eq!(bytes[0], RESET);
        assert!(core.needs_sync());
        feed(
            &mut core,
            b"{\"return\": {}, \"id\": 1}\n{\"error\": {\"class\": \"GenericError\", \"desc\": \"x\"}}\n",
        );
        feed(&mut core, b"garbage\n\xff{\"return\": 7}\n{\"return\":");
        assert!(core.poll_sync(token).is_none());
        feed(&mut core, b" 12}");
        feed(&mut core, &[RESET]);
        feed(&mut core, format!("{{\"return\": {token}}}\n").as_bytes());
        assert!(matches!(core.poll_sync(token), Some(Ok(()))));
        assert!(!core.needs_sync());
    }

    #[test]
    fn tokens_are_fresh_and_non_negative() {
        let mut core = Core::new(1024);
        let (a, _) = core.sync_request().unwrap();
        let (b, _) = core.sync_request().unwrap();
        assert_ne!(a, b);
        assert!(a >= 0 && b >= 0);
    }

    #[test]
    fn replies_match_by_id_and_idless_errors_belong_to_the_call() {
        let mut core = Core::new(1 << 20);
        core.synced = true;
        let _ = core.request("guest-shutdown", None, true);
        let silent = core.last_id();
        let _ = core.request("guest-ping", None, false);
        let id = core.last_id();
        feed(&mut core, b"{\"return\": {}, \"id\": 999}\n");
        feed(
            &mut core,
            format!("{{\"error\": {{\"class\": \"CommandNotFound\", \"desc\": \"off\"}}, \"id\": {silent}}}\n")
                .as_bytes(),
        );
        assert!(core.poll_reply(id, "guest-ping").is_none());
        let late = core.take_late_errors();
        assert_eq!(late.len(), 1);
        assert!(late[0]
            .to_string()
            .starts_with("guest-shutdown: CommandNotFound"));
        feed(
            &mut core,
            b"{\"error\": {\"class\": \"GenericError\", \"desc\": \"JSON parse error\"}}\n",
        );
        let r = core.poll_reply(id, "guest-ping").unwrap();
        assert!(matches!(r, Err(Error::Server { .. })), "{r:?}");
    }

    #[test]
    fn text_before_a_reset_byte_is_dropped() {
        assert_eq!(
            after_reset(b"{\"ret\xff{\"return\": 1}"),
            b"{\"return\": 1}"
        );
        assert_eq!(after_reset(b"{}"), b"{}");
    }
}
