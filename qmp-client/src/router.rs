//! The routing side of the tokio client: the state shared between callers
//! and the reader task, and the reader task that hands each reply to the
//! call waiting for it and each event to the subscribers or the buffer.

use crate::error::{Error, Result};
use crate::framing::{Frame, Framer};
use crate::inflight::{IdLess, InFlight};
use crate::protocol::{outcome_to_result, parse_line, EventMessage, Incoming};
use crate::wire::ReadHalf;
use qmp_types::EventData;
use serde_json::Value;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::io::AsyncReadExt;
use tokio::sync::{broadcast, oneshot};

/// A call waiting for its reply.
pub(crate) struct Pending {
    pub(crate) command: String,
    pub(crate) tx: oneshot::Sender<Result<Value>>,
}

/// What the reader task and the callers share.
pub(crate) struct State<E> {
    pub(crate) pending: HashMap<u64, Pending>,
    pub(crate) closed: bool,
    pub(crate) backlog: VecDeque<EventMessage<E>>,
    pub(crate) backlog_capacity: usize,
    pub(crate) dropped: u64,
    pub(crate) events: Option<broadcast::Sender<EventMessage<E>>>,
    /// The requests written and not yet answered, for id-less replies.
    pub(crate) inflight: InFlight,
}

pub(crate) type Shared<E> = Arc<Mutex<State<E>>>;

pub(crate) fn lock<E>(shared: &Shared<E>) -> MutexGuard<'_, State<E>> {
    shared
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Reads frames until the connection ends and routes each one.
pub(crate) async fn reader_loop<E: EventData + Clone>(
    mut rd: ReadHalf,
    mut framer: Framer,
    shared: Shared<E>,
) {
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        while let Some(frame) = framer.next_frame() {
            dispatch(&shared, frame, framer.limit());
        }
        match rd.read(&mut chunk).await {
            Ok(0) => {
                if framer.has_partial() {
                    log::warn!("the server closed the connection in the middle of a message");
                }
                break;
            }
            Ok(n) => framer.push(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => {
                log::warn!("reading from the QMP server failed: {e}");
                break;
            }
        }
    }
    close(&shared);
}

/// Marks the connection closed: every waiting call gets `Disconnected` and
/// event streams end.
pub(crate) fn close<E>(shared: &Shared<E>) {
    let mut st = lock(shared);
    st.closed = true;
    for (_, p) in st.pending.drain() {
        let _ = p.tx.send(Err(Error::Disconnected));
    }
    st.events = None;
}

/// Fails the call with `id`, if it still waits, with `err`.
pub(crate) fn fail<E>(shared: &Shared<E>, id: u64, err: Error) {
    if let Some(p) = lock(shared).pending.remove(&id) {
        let _ = p.tx.send(Err(err));
    }
}

fn dispatch<E: EventData + Clone>(shared: &Shared<E>, frame: Frame, limit: usize) {
    let line = match frame {
        Frame::TooLarge { id } => {
            let claimed = id.and_then(|id| {
                let mut st = lock(shared);
                st.inflight.answered(id);
                st.pending.remove(&id)
            });
            match claimed {
                Some(p) => {
                    let _ = p.tx.send(Err(Error::TooLarge { limit }));
                }
                None => log::warn!("dropped an oversized message (id {id:?}) nobody waits for"),
            }
            return;
        }
        Frame::Line(line) => line,
    };
    match parse_line(&line) {
        Err(e) => {
            // Which call this line answers cannot be known: fail them all.
            let msg = match e {
                Error::Protocol(m) => m,
                other => other.to_string(),
            };
            log::warn!("{msg}");
            let mut st = lock(shared);
            for (_, p) in st.pending.drain() {
                let _ = p.tx.send(Err(Error::Protocol(msg.clone())));
            }
        }
        Ok(Incoming::Reply {
            id,
            raw_id,
            outcome,
        }) => {
            let mut st = lock(shared);
            let owner = match (id, &raw_id) {
                (Some(id), _) => {
                    st.inflight.answered(id);
                    Some(id)
                }
                (None, Some(raw)) => {
                    log::warn!("dropped a reply with id {raw} that is not one of ours");
                    None
                }
                // A success reply always carries the request's id; only an
                // error (to a request QEMU could not parse) may lack it.
                (None, None) if outcome.is_ok() => {
                    log::warn!("dropped a success reply without id: no request of ours gets one");
                    None
                }
                (None, None) => match st.inflight.id_less() {
                    IdLess::Answers(owner) => Some(owner),
                    IdLess::Noise(owner) => {
                        log::warn!("dropped a reply without id: more of the server's answer to request {owner}, which it could not parse");
                        None
                    }
                    IdLess::Unexpected => {
                        log::warn!("dropped a reply without id while no request was waiting");
                        None
                    }
                },
            };
            match owner.map(|o| (o, st.pending.remove(&o))) {
                Some((_, Some(p))) => {
                    let result = outcome_to_result(&p.command, outcome);
                    let _ = p.tx.send(result);
                }
                Some((o, None)) => {
                    log::warn!("dropped the reply to request {o}, whose call gave up")
                }
                None => {}
            }
        }
        Ok(Incoming::Event(env)) => {
            let ev = EventMessage::<E>::from_envelope(env);
            let mut st = lock(shared);
            let listening = st.events.as_ref().filter(|tx| tx.receiver_count() > 0);
            if let Some(tx) = listening {
                let _ = tx.send(ev);
            } else if st.backlog_capacity == 0 {
                st.dropped += 1;
            } else {
                if st.backlog.len() >= st.backlog_capacity {
                    st.backlog.pop_front();
                    st.dropped += 1;
                }
                st.backlog.push_back(ev);
            }
        }
        Ok(Incoming::Greeting(_)) => log::warn!("ignored a second greeting"),
    }
}
