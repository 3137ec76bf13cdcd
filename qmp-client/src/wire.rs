//! The tokio side of the socket: read and write halves of either kind, the
//! greeting read before the reader task starts, and the writer task.

use crate::error::{Error, Result};
use crate::fdpass;
use crate::framing::{Frame, Framer};
use crate::protocol::{parse_line, Incoming};
use crate::router::{fail, Shared};
use qmp_types::Greeting;
use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt, Interest, ReadBuf};
use tokio::net::{tcp, unix};
use tokio::sync::mpsc;

/// The reading half of a connection.
pub(crate) enum ReadHalf {
    Unix(unix::OwnedReadHalf),
    Tcp(tcp::OwnedReadHalf),
}

impl AsyncRead for ReadHalf {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            ReadHalf::Unix(r) => Pin::new(r).poll_read(cx, buf),
            ReadHalf::Tcp(r) => Pin::new(r).poll_read(cx, buf),
        }
    }
}

/// The writing half of a connection.
pub(crate) enum WriteHalf {
    Unix(unix::OwnedWriteHalf),
    Tcp(tcp::OwnedWriteHalf),
}

/// One request for the writer task.
pub(crate) struct Outgoing {
    pub(crate) id: u64,
    pub(crate) oob: bool,
    pub(crate) bytes: Vec<u8>,
    pub(crate) fds: Vec<OwnedFd>,
}

/// Reads up to the greeting; the framer keeps whatever followed it.
pub(crate) async fn read_greeting(rd: &mut ReadHalf, framer: &mut Framer) -> Result<Greeting> {
    let mut chunk = vec![0u8; 16 * 1024];
    loop {
        while let Some(frame) = framer.next_frame() {
            let Frame::Line(line) = frame else {
                return Err(Error::TooLarge {
                    limit: framer.limit(),
                });
            };
            match parse_line(&line)? {
                Incoming::Greeting(g) => return Ok(*g),
                Incoming::Event(e) => log::warn!("ignored event {} before the greeting", e.event),
                Incoming::Reply { .. } => {
                    return Err(Error::Protocol("a reply came before the greeting".into()))
                }
            }
        }
        match rd.read(&mut chunk).await {
            Ok(0) => return Err(Error::Disconnected),
            Ok(n) => framer.push(&chunk[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
}

/// Writes requests in order until every sender is gone.
pub(crate) async fn writer_loop<E>(
    mut wr: WriteHalf,
    mut rx: mpsc::Receiver<Outgoing>,
    shared: Shared<E>,
) {
    while let Some(out) = rx.recv().await {
        // Noted before the first byte goes out: the reply may come before
        // the write returns.
        crate::router::lock(&shared).inflight.sent(out.id, out.oob);
        if let Err(e) = write_one(&mut wr, &out).await {
            crate::router::lock(&shared).inflight.unsent(out.id);
            let err = match e.kind() {
                io::ErrorKind::BrokenPipe | io::ErrorKind::ConnectionReset => Error::Disconnected,
                _ => Error::Io(e),
            };
            fail(&shared, out.id, err);
        }
    }
}

async fn write_one(wr: &mut WriteHalf, out: &Outgoing) -> io::Result<()> {
    match wr {
        WriteHalf::Unix(w) => {
            let mut sent = 0;
            if !out.fds.is_empty() {
                let fds: Vec<BorrowedFd<'_>> = out.fds.iter().map(|f| f.as_fd()).collect();
                let stream: &tokio::net::UnixStream = w.as_ref();
                sent = loop {
                    stream.writable().await?;
                    match stream.try_io(Interest::WRITABLE, || {
                        fdpass::send_with_fds(stream.as_fd(), &out.bytes, &fds)
                    }) {
                        Ok(n) => break n,
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                        Err(e) => return Err(e),
                    }
                };
            }
            w.write_all(&out.bytes[sent..]).await
        }
        WriteHalf::Tcp(w) => w.write_all(&out.bytes).await,
    }
}
