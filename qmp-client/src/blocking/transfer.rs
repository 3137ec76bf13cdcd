//! The blocking client's socket work: writing a request within the call's
//! deadline (a request cut off part way breaks the connection), and
//! reading until a frame is complete or the deadline passes.

use super::Client;
use crate::error::{Error, Result};
use crate::fdpass;
use crate::framing::Frame;
use crate::socket::Stream;
use qmp_types::EventData;
use std::io;
use std::os::fd::{AsFd, BorrowedFd};
use std::time::{Duration, Instant};

impl<E: EventData> Client<E> {
    /// Writes one request within the call's deadline. A request cut off
    /// part way (deadline passed, or an error after some bytes went out)
    /// leaves the connection broken: the server would read the next
    /// request glued to the cut-off one.
    pub(super) fn write(
        &mut self,
        name: &str,
        id: u64,
        bytes: &[u8],
        fds: &[BorrowedFd<'_>],
        deadline: Option<(Instant, Duration)>,
    ) -> Result<()> {
        let mut sent = 0;
        let result = self.write_within(name, bytes, fds, deadline, &mut sent);
        if let Err(e) = &result {
            if sent == 0 {
                self.inflight.unsent(id);
            } else if sent < bytes.len() && !self.closed {
                self.broken = Some(format!(
                    "sending {name} stopped after {sent} of {} bytes ({e}); the server would read the next request glued to it: reconnect",
                    bytes.len()
                ));
            }
        }
        result
    }

    fn write_within(
        &mut self,
        name: &str,
        bytes: &[u8],
        fds: &[BorrowedFd<'_>],
        deadline: Option<(Instant, Duration)>,
        sent: &mut usize,
    ) -> Result<()> {
        let timed_out = || timeout_error(deadline, &format!("sending {name}"));
        let t = remaining(deadline).map_err(|_| timed_out())?;
        self.stream.set_timeouts(t)?;
        if !fds.is_empty() {
            let Stream::Unix(s) = &self.stream else {
                return Err(Error::FdPassingUnsupported {
                    command: name.into(),
                });
            };
            let result = fdpass::send_with_fds(s.as_fd(), bytes, fds);
            *sent = result.map_err(|e| self.io_error(e))?;
        }
        // A socket timeout bounds each wait for buffer space, not a whole
        // write (a Unix socket waits anew for every piece it queues), so
        // a reader that takes a little now and then could stretch one big
        // write without end. Pieces of WRITE_PIECE bytes, with the time
        // left set before each, keep the call within its deadline.
        while *sent < bytes.len() {
            let t = remaining(deadline).map_err(|_| timed_out())?;
            self.stream.set_timeouts(t)?;
            let end = bytes.len().min(*sent + WRITE_PIECE);
            match self.stream.write(&bytes[*sent..end]) {
                Ok(0) => return Err(self.io_error(io::ErrorKind::WriteZero.into())),
                Ok(n) => *sent += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
                {
                    return Err(timed_out())
                }
                Err(e) => return Err(self.io_error(e)),
            }
        }
        Ok(())
    }

    pub(super) fn io_error(&mut self, e: io::Error) -> Error {
        match e.kind() {
            io::ErrorKind::BrokenPipe
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionAborted => {
                self.closed = true;
                Error::Disconnected
            }
            _ => Error::Io(e),
        }
    }

    /// Reads until a frame is complete or the deadline passes.
    pub(super) fn read_frame(
        &mut self,
        deadline: Option<(Instant, Duration)>,
        waiting_for: &str,
    ) -> Result<Frame> {
        loop {
            if let Some(frame) = self.framer.next_frame() {
                return Ok(frame);
            }
            if self.closed {
                return Err(Error::Disconnected);
            }
            let t = remaining(deadline).map_err(|_| timeout_error(deadline, waiting_for))?;
            self.stream.set_timeouts(t)?;
            match self.stream.read(&mut self.chunk) {
                Ok(0) => {
                    if self.framer.has_partial() {
                        log::warn!("the server closed the connection in the middle of a message");
                    }
                    self.closed = true;
                    return Err(Error::Disconnected);
                }
                Ok(n) => self.framer.push(&self.chunk[..n]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
                {
                    return Err(timeout_error(deadline, waiting_for))
                }
                Err(e) => return Err(self.io_error(e)),
            }
        }
    }
}

/// The most one write call sends: one wait for socket buffer space.
const WRITE_PIECE: usize = 64 * 1024;

pub(super) fn timeout_error(deadline: Option<(Instant, Duration)>, waiting_for: &str) -> Error {
    Error::timeout(waiting_for, deadline.map(|d| d.1).unwrap_or_default())
}

/// The time left before `deadline` as a socket timeout (`None`: no limit).
/// Errs when it has passed.
pub(super) fn remaining(
    deadline: Option<(Instant, Duration)>,
) -> std::result::Result<Option<Duration>, ()> {
    match deadline {
        None => Ok(None),
        Some((at, _)) => {
            let left = at.saturating_duration_since(Instant::now());
            if left.is_zero() {
                Err(())
            } else {
                Ok(Some(left))
            }
        }
    }
}
