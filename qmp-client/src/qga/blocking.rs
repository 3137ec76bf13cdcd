//! The blocking guest agent client.

use super::core::Core;
use super::exec::{exec_timeout, ExecOutput, ExecPoll};
use super::file::{self, FileChunk};
use super::AgentOptions;
use crate::error::{decode_value, Error, Result};
use crate::options::Address;
use crate::protocol::{arguments, raw_arguments};
use crate::socket::Stream;
use qmp_bindings::qga::{GuestExecCmd, GuestExecStatusCmd, GuestFileWriteCmd};
use qmp_types::{Command, SilentCommand};
use serde_json::{Map, Value};
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

/// A blocking client of the QEMU guest agent.
///
/// Connecting syncs (see [`crate::qga`]); a call that times out or fails on
/// the connection leaves it to be synced again before the next call, so
/// its late reply never answers a later call. Calls are sequential
/// (`&mut self`), each request carrying a fresh id.
#[derive(Debug)]
pub struct GuestAgent {
    stream: Stream,
    core: Core,
    chunk: Vec<u8>,
    options: AgentOptions,
    address: Option<Address>,
}

impl GuestAgent {
    /// Connects to a Unix socket path or `host:port` and syncs, with
    /// default options.
    pub fn connect(addr: impl Into<Address>) -> Result<Self> {
        Self::connect_with(addr, &AgentOptions::default())
    }

    /// Connects with the given options and syncs.
    pub fn connect_with(addr: impl Into<Address>, options: &AgentOptions) -> Result<Self> {
        let address = addr.into();
        let stream = open(&address)?;
        let mut agent = Self::new(stream, options);
        agent.address = Some(address);
        agent.sync()?;
        Ok(agent)
    }

    /// Syncs over an already connected Unix socket. Such an agent cannot
    /// [`GuestAgent::reconnect`].
    pub fn from_unix_stream(stream: UnixStream, options: &AgentOptions) -> Result<Self> {
        let mut agent = Self::new(Stream::Unix(stream), options);
        agent.sync()?;
        Ok(agent)
    }

    fn new(stream: Stream, options: &AgentOptions) -> Self {
        GuestAgent {
            stream,
            core: Core::new(options.max_message_size),
            chunk: vec![0; 64 * 1024],
            options: options.clone(),
            address: None,
        }
    }

    /// Sets the default timeout of later calls (`None`: wait forever).
    pub fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.options.timeout = timeout;
    }

    /// Sets how many bytes the file helpers move per request (clamped to
    /// `1..=MAX_FILE_CHUNK`).
    pub fn set_file_chunk(&mut self, bytes: usize) {
        self.options.file_chunk = file::clamp_chunk(bytes);
    }

    /// Whether the next call will sync first (the connection may hold
    /// stale data).
    pub fn needs_sync(&self) -> bool {
        self.core.needs_sync()
    }

    /// Syncs now: 0xFF, `guest-sync-delimited` with a fresh random id, and
    /// every line before its reply discarded. Fails with `Error::Timeout`
    /// when the agent does not answer within the sync timeout.
    pub fn sync(&mut self) -> Result<()> {
        let (token, bytes) = self.core.sync_request()?;
        let deadline = Deadline::new(Some(self.options.sync_timeout));
        let what = "the guest agent's guest-sync-delimited reply";
        let result = self
            .write(&bytes, deadline, "guest-sync-delimited")
            .and_then(|()| loop {
                if let Some(r) = self.core.poll_sync(token) {
                    break r;
                }
                self.fill(deadline, what)?;
            });
        if result.is_err() {
            self.core.desync();
        }
        result
    }

    /// Closes the connection, opens a new one to the same address and
    /// syncs. Only for agents made by `connect` (others fail with
    /// `Error::Disconnected`).
    pub fn reconnect(&mut self) -> Result<()> {
        let Some(address) = self.address.clone() else {
            return Err(Error::Disconnected);
        };
        self.core.reset_stream();
        let _ = self.stream.shutdown();
        self.stream = open(&address)?;
        self.sync()
    }

    /// Runs a command and decodes its reply.
    pub fn execute<C: Command>(&mut self, cmd: &C) -> Result<C::Returns> {
        self.execute_timeout(cmd, self.options.timeout)
    }

    /// Runs a command with its own timeout (`None`: wait forever).
    pub fn execute_timeout<C: Command>(
        &mut self,
        cmd: &C,
        timeout: Option<Duration>,
    ) -> Result<C::Returns> {
        let args = arguments(C::NAME, cmd)?;
        let raw = self.call(C::NAME, args, timeout)?;
        decode_value(C::NAME, raw)
    }

    /// Sends a command the agent does not answer on success
    /// (`guest-shutdown`, `guest-suspend-*`) and returns once it is
    /// written. If the agent refuses it, the error comes later: see
    /// [`GuestAgent::late_errors`].
    pub fn send<C: SilentCommand>(&mut self, cmd: &C) -> Result<()> {
        let args = arguments(C::NAME, cmd)?;
        self.send_request(C::NAME, args)
    }

    /// Runs a command given by name with raw JSON arguments and returns
    /// the raw `return` value.
    pub fn execute_raw(&mut self, name: &str, args: Option<Map<String, Value>>) -> Result<Value> {
        self.call(name, raw_arguments(args), self.options.timeout)
    }

    /// [`GuestAgent::execute_raw`] with its own timeout.
    pub fn execute_raw_timeout(
        &mut self,
        name: &str,
        args: Option<Map<String, Value>>,
        timeout: Option<Duration>,
    ) -> Result<Value> {
        self.call(name, raw_arguments(args), timeout)
    }

    /// Sends a command given by name without waiting for a reply, as
    /// [`GuestAgent::send`] does. A reply that does come (the command was
    /// not silent after all) is dropped as stale; an error reply is kept
    /// for [`GuestAgent::late_errors`].
    pub fn send_raw(&mut self, name: &str, args: Option<Map<String, Value>>) -> Result<()> {
        self.send_request(name, raw_arguments(args))
    }

    /// The errors the agent answered, since the last look, to commands
    /// sent without waiting. They are noticed while later calls read.
    pub fn late_errors(&mut self) -> Vec<Error> {
        self.core.take_late_errors()
    }

    /// Runs a program with `guest-exec` and waits for it to exit (polling
    /// as [`ExecPoll::default`] says); its output is captured only if `cmd`
    /// asks for it (`capture_output`).
    pub fn exec(&mut self, cmd: &GuestExecCmd) -> Result<ExecOutput> {
        self.exec_with(cmd, &ExecPoll::default())
    }

    /// [`GuestAgent::exec`], polling as `poll` says.
    pub fn exec_with(&mut self, cmd: &GuestExecCmd, poll: &ExecPoll) -> Result<ExecOutput> {
        let started = self.execute(cmd)?;
        self.wait_exec(started.pid, poll)
    }

    /// Waits for the program `pid` started by `guest-exec` to exit and
    /// returns how it ended. The agent reports an exit once: a second wait
    /// for the same pid fails.
    pub fn wait_exec(&mut self, pid: i64, poll: &ExecPoll) -> Result<ExecOutput> {
        let deadline = poll.timeout.map(|t| Instant::now() + t);
        let mut pause = poll.interval;
        loop {
            let status = self.execute(&GuestExecStatusCmd { pid })?;
            if let Some(out) = ExecOutput::from_status(pid, status)? {
                return Ok(out);
            }
            if let (Some(at), Some(t)) = (deadline, poll.timeout) {
                let left = at.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Err(exec_timeout(pid, t));
                }
                pause = pause.min(left);
            }
            std::thread::sleep(pause);
            pause = poll.next(pause);
        }
    }

    /// Opens a file in the guest (`mode` as fopen's: `r`, `w`, `a`, `r+`,
    /// ...) and returns its handle, for [`GuestAgent::read_chunk`],
    /// [`GuestAgent::write_chunk`] and [`GuestAgent::close_file`].
    pub fn open_file(&mut self, path: &str, mode: &str) -> Result<i64> {
        self.execute(&file::open(path, mode))
    }

    /// Reads up to `max` bytes (at most [`super::MAX_FILE_CHUNK`]).
    pub fn read_chunk(&mut self, handle: i64, max: usize) -> Result<FileChunk> {
        let reply = self.execute(&file::read(handle, max))?;
        file::chunk_of(reply)
    }

    /// Writes `data` in one request and returns how many bytes the agent
    /// wrote.
    pub fn write_chunk(&mut self, handle: i64, data: &[u8]) -> Result<usize> {
        let cmd = GuestFileWriteCmd {
            handle,
            buf_b64: super::encode_base64(data),
            count: None,
        };
        let reply = self.execute(&cmd)?;
        file::written(reply.count, data.len())
    }

    /// Closes a handle from [`GuestAgent::open_file`].
    pub fn close_file(&mut self, handle: i64) -> Result<()> {
        self.execute(&file::close(handle)).map(|_| ())
    }

    /// Copies the guest file `path` into `out`, one chunk at a time, and
    /// returns the number of bytes copied.
    pub fn read_file(&mut self, path: &str, out: &mut impl Write) -> Result<u64> {
        let handle = self.open_file(path, "r")?;
        let copied = self.copy_out(handle, out);
        let closed = self.execute(&file::close(handle));
        file::first_error(copied, closed)
    }

    fn copy_out(&mut self, handle: i64, out: &mut impl Write) -> Result<u64> {
        let mut total = 0u64;
        loop {
            let chunk = self.read_chunk(handle, self.options.file_chunk)?;
            out.write_all(&chunk.data)?;
            total += chunk.data.len() as u64;
            if chunk.eof || chunk.data.is_empty() {
                return Ok(total);
            }
        }
    }

    /// Creates (or truncates) the guest file `path` and copies `input`
    /// into it, one chunk at a time; returns the number of bytes written.
    pub fn write_file(&mut self, path: &str, input: &mut impl Read) -> Result<u64> {
        let handle = self.open_file(path, "w")?;
        let copied = self.copy_in(handle, input);
        let closed = self.execute(&file::close(handle));
        file::first_error(copied, closed)
    }

    fn copy_in(&mut self, handle: i64, input: &mut impl Read) -> Result<u64> {
        let mut buf = vec![0u8; self.options.file_chunk];
        let mut total = 0u64;
        loop {
            let n = read_full(input, &mut buf)?;
            if n == 0 {
                return Ok(total);
            }
            let mut done = 0;
            while done < n {
                let w = self.write_chunk(handle, &buf[done..n])?;
                if w == 0 {
                    return Err(Error::Protocol(
                        "guest-file-write: the agent wrote nothing".into(),
                    ));
                }
                done += w;
            }
            total += n as u64;
        }
    }

    fn send_request(&mut self, name: &str, args: Option<Value>) -> Result<()> {
        self.core.begin();
        let result = self.send_inner(name, args);
        self.core.end(&result);
        result
    }

    fn send_inner(&mut self, name: &str, args: Option<Value>) -> Result<()> {
        if self.core.must_sync() {
            self.sync()?;
        }
        let bytes = self.core.request(name, args, true)?;
        self.write(&bytes, Deadline::new(self.options.timeout), name)
    }

    fn call(
        &mut self,
        name: &str,
        args: Option<Value>,
        timeout: Option<Duration>,
    ) -> Result<Value> {
        self.core.begin();
        let result = self.call_inner(name, args, timeout);
        self.core.end(&result);
        result
    }

    fn call_inner(
        &mut self,
        name: &str,
        args: Option<Value>,
        timeout: Option<Duration>,
    ) -> Result<Value> {
        if self.core.must_sync() {
            self.sync()?;
        }
        let bytes = self.core.request(name, args, false)?;
        let id = self.core.last_id();
        let deadline = Deadline::new(timeout);
        self.write(&bytes, deadline, name)?;
        let what = format!("the reply to {name}");
        loop {
            if let Some(r) = self.core.poll_reply(id, name) {
                return r;
            }
            self.fill(deadline, &what)?;
        }
    }

    fn write(&mut self, bytes: &[u8], deadline: Deadline, name: &str) -> Result<()> {
        let left = deadline.left(&format!("sending {name}"))?;
        self.stream.set_timeouts(left)?;
        self.stream.write_all(bytes).map_err(|e| match e.kind() {
            io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => {
                deadline.error(&format!("sending {name}"))
            }
            _ => self.io_error(e),
        })
    }

    /// Reads once into the core, within the deadline.
    fn fill(&mut self, deadline: Deadline, what: &str) -> Result<()> {
        loop {
            let left = deadline.left(what)?;
            self.stream.set_timeouts(left)?;
            match self.stream.read(&mut self.chunk) {
                Ok(0) => return Err(self.core.ended()),
                Ok(n) => {
                    self.core.push(&self.chunk[..n]);
                    return Ok(());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
                {
                    return Err(deadline.error(what))
                }
                Err(e) => return Err(self.io_error(e)),
            }
        }
    }

    fn io_error(&mut self, e: io::Error) -> Error {
        self.core.desync();
        match e.kind() {
            io::ErrorKind::BrokenPipe
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionAborted => Error::Disconnected,
            _ => Error::Io(e),
        }
    }
}

/// Opens a connection to `address`.
fn open(address: &Address) -> Result<Stream> {
    Ok(match address {
        Address::Unix(path) => Stream::Unix(UnixStream::connect(path)?),
        Address::Tcp(hp) => {
            let s = TcpStream::connect(hp)?;
            s.set_nodelay(true)?;
            Stream::Tcp(s)
        }
    })
}

/// Fills `buf` from `input` as far as it goes; less only at the end.
fn read_full(input: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match input.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// When a call must be done, and how long it was given.
#[derive(Clone, Copy, Debug)]
struct Deadline(Option<(Instant, Duration)>);

impl Deadline {
    fn new(timeout: Option<Duration>) -> Self {
        Deadline(timeout.map(|t| (Instant::now() + t, t)))
    }

    /// The time left as a socket timeout (`None`: no limit); a timeout
    /// error once it has passed.
    fn left(&self, what: &str) -> Result<Option<Duration>> {
        match self.0 {
            None => Ok(None),
            Some((at, _)) => {
                let left = at.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    Err(self.error(what))
                } else {
                    Ok(Some(left))
                }
            }
        }
    }

    fn error(&self, what: &str) -> Error {
        Error::timeout(what, self.0.map(|d| d.1).unwrap_or_default())
    }
}
