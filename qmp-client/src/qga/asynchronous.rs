//! The tokio guest agent client. Calls take turns on the one connection
//! (the agent answers one request at a time anyway); a call whose future
//! is dropped half way leaves the connection to be synced again before
//! the next call.

use super::core::Core;
use super::exec::{exec_timeout, ExecOutput, ExecPoll};
use super::file::{self, FileChunk};
use super::AgentOptions;
use crate::error::{decode_value, Error, Result};
use crate::options::Address;
use crate::protocol::{arguments, raw_arguments};
use qmp_bindings::qga::{GuestExecCmd, GuestExecStatusCmd, GuestFileWriteCmd};
use qmp_types::{Command, SilentCommand};
use serde_json::{Map, Value};
use std::future::Future;
use std::io;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpStream, UnixStream};
use tokio::sync::Mutex;

/// A connected socket of either kind.
#[derive(Debug)]
enum AsyncStream {
    Unix(UnixStream),
    Tcp(TcpStream),
}

impl AsyncStream {
    async fn open(address: &Address) -> Result<Self> {
        Ok(match address {
            Address::Unix(path) => AsyncStream::Unix(UnixStream::connect(path).await?),
            Address::Tcp(hp) => {
                let s = TcpStream::connect(hp).await?;
                s.set_nodelay(true)?;
                AsyncStream::Tcp(s)
            }
        })
    }

    async fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            AsyncStream::Unix(s) => s.read(buf).await,
            AsyncStream::Tcp(s) => s.read(buf).await,
        }
    }

    async fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            AsyncStream::Unix(s) => s.write_all(buf).await,
            AsyncStream::Tcp(s) => s.write_all(buf).await,
        }
    }
}

/// One connection and its protocol state.
#[derive(Debug)]
struct Conn {
    stream: AsyncStream,
    core: Core,
    chunk: Vec<u8>,
}

impl Conn {
    async fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.stream.write_all(bytes).await.map_err(io_error)
    }

    /// Reads once into the core.
    async fn fill(&mut self) -> Result<()> {
        loop {
            match self.stream.read(&mut self.chunk).await {
                Ok(0) => return Err(self.core.ended()),
                Ok(n) => {
                    self.core.push(&self.chunk[..n]);
                    return Ok(());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(io_error(e)),
            }
        }
    }

    async fn sync(&mut self, timeout: Duration) -> Result<()> {
        let (token, bytes) = self.core.sync_request()?;
        let exchange = async {
            self.write(&bytes).await?;
            loop {
                if let Some(r) = self.core.poll_sync(token) {
                    return r;
                }
                self.fill().await?;
            }
        };
        let result = within(
            Some(timeout),
            "the guest agent's guest-sync-delimited reply",
            exchange,
        )
        .await;
        if result.is_err() {
            self.core.desync();
        }
        result
    }
}

fn io_error(e: io::Error) -> Error {
    match e.kind() {
        io::ErrorKind::BrokenPipe
        | io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted => Error::Disconnected,
        _ => Error::Io(e),
    }
}

/// Runs `fut` within `timeout` (`None`: no limit).
async fn within<T>(
    timeout: Option<Duration>,
    what: &str,
    fut: impl Future<Output = Result<T>>,
) -> Result<T> {
    match timeout {
        Some(t) => tokio::time::timeout(t, fut)
            .await
            .map_err(|_| Error::timeout(what, t))?,
        None => fut.await,
    }
}

/// An asynchronous client of the QEMU guest agent for tokio.
///
/// Every method takes `&self`: share it (in an `Arc`) between tasks; their
/// calls take turns. Syncing works as for [`super::GuestAgent`].
#[derive(Debug)]
pub struct AsyncGuestAgent {
    conn: Mutex<Conn>,
    options: AgentOptions,
    address: Option<Address>,
}

impl AsyncGuestAgent {
    /// Connects to a Unix socket path or `host:port` and syncs, with
    /// default options.
    pub async fn connect(addr: impl Into<Address>) -> Result<Self> {
        Self::connect_with(addr, &AgentOptions::default()).await
    }

    /// Connects with the given options and syncs.
    pub async fn connect_with(addr: impl Into<Address>, options: &AgentOptions) -> Result<Self> {
        let address = addr.into();
        let stream = AsyncStream::open(&address).await?;
        let agent = Self::new(stream, options, Some(address));
        agent.sync().await?;
        Ok(agent)
    }

    /// Syncs over an already connected Unix socket. Such an agent cannot
    /// [`AsyncGuestAgent::reconnect`].
    pub async fn from_unix_stream(stream: UnixStream, options: &AgentOptions) -> Result<Self> {
        let agent = Self::new(AsyncStream::Unix(stream), options, None);
        agent.sync().await?;
        Ok(agent)
    }

    fn new(stream: AsyncStream, options: &AgentOptions, address: Option<Address>) -> Self {
        AsyncGuestAgent {
            conn: Mutex::new(Conn {
                stream,
                core: Core::new(options.max_message_size),
                chunk: vec![0; 64 * 1024],
            }),
            options: AgentOptions {
                file_chunk: file::clamp_chunk(options.file_chunk),
                ..options.clone()
            },
            address,
        }
    }

    /// Sets the default timeout of later calls (`None`: wait forever).
    pub fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.options.timeout = timeout;
    }

    /// Whether the next call will sync first.
    pub async fn needs_sync(&self) -> bool {
        self.conn.lock().await.core.needs_sync()
    }

    /// Syncs now (see [`super::GuestAgent::sync`]).
    pub async fn sync(&self) -> Result<()> {
        let mut conn = self.conn.lock().await;
        conn.sync(self.options.sync_timeout).await
    }

    /// Closes the connection, opens a new one to the same address and
    /// syncs. Only for agents made by `connect`.
    pub async fn reconnect(&self) -> Result<()> {
        let Some(address) = &self.address else {
            return Err(Error::Disconnected);
        };
        let mut conn = self.conn.lock().await;
        conn.core.reset_stream();
        if let AsyncStream::Unix(s) = &mut conn.stream {
            let _ = s.shutdown().await;
        }
        conn.stream = AsyncStream::open(address).await?;
        conn.sync(self.options.sync_timeout).await
    }

    /// Runs a command and decodes its reply.
    pub async fn execute<C: Command>(&self, cmd: &C) -> Result<C::Returns> {
        self.execute_timeout(cmd, self.options.timeout).await
    }

    /// Runs a command with its own timeout (`None`: wait forever).
    pub async fn execute_timeout<C: Command>(
        &self,
        cmd: &C,
        timeout: Option<Duration>,
    ) -> Result<C::Returns> {
        let args = arguments(C::NAME, cmd)?;
        let raw = self.call(C::NAME, args, timeout).await?;
        decode_value(C::NAME, raw)
    }

    /// Sends a command the agent does not answer on success and returns
    /// once it is written (see [`super::GuestAgent::send`]).
    pub async fn send<C: SilentCommand>(&self, cmd: &C) -> Result<()> {
        let args = arguments(C::NAME, cmd)?;
        self.send_request(C::NAME, args).await
    }

    /// Runs a command given by name with raw JSON arguments.
    pub async fn execute_raw(&self, name: &str, args: Option<Map<String, Value>>) -> Result<Value> {
        self.call(name, raw_arguments(args), self.options.timeout)
            .await
    }

    /// Sends a command given by name without waiting for a reply.
    pub async fn send_raw(&self, name: &str, args: Option<Map<String, Value>>) -> Result<()> {
        self.send_request(name, raw_arguments(args)).await
    }

    /// The errors the agent answered, since the last look, to commands
    /// sent without waiting.
    pub async fn late_errors(&self) -> Vec<Error> {
        self.conn.lock().await.core.take_late_errors()
    }

    /// Runs a program with `guest-exec` and waits for it to exit.
    pub async fn exec(&self, cmd: &GuestExecCmd) -> Result<ExecOutput> {
        self.exec_with(cmd, &ExecPoll::default()).await
    }

    /// [`AsyncGuestAgent::exec`], polling as `poll` says.
    pub async fn exec_with(&self, cmd: &GuestExecCmd, poll: &ExecPoll) -> Result<ExecOutput> {
        let started = self.execute(cmd).await?;
        self.wait_exec(started.pid, poll).await
    }

    /// Waits for the program `pid` to exit (see
    /// [`super::GuestAgent::wait_exec`]). Other calls may run between the
    /// polls.
    pub async fn wait_exec(&self, pid: i64, poll: &ExecPoll) -> Result<ExecOutput> {
        let waiting = async {
            let mut pause = poll.interval;
            loop {
                let status = self.execute(&GuestExecStatusCmd { pid }).await?;
                if let Some(out) = ExecOutput::from_status(pid, status)? {
                    return Ok(out);
                }
                tokio::time::sleep(pause).await;
                pause = poll.next(pause);
            }
        };
        match poll.timeout {
            Some(t) => tokio::time::timeout(t, waiting)
                .await
                .map_err(|_| exec_timeout(pid, t))?,
            None => waiting.await,
        }
    }

    /// Opens a file in the guest and returns its handle.
    pub async fn open_file(&self, path: &str, mode: &str) -> Result<i64> {
        self.execute(&file::open(path, mode)).await
    }

    /// Reads up to `max` bytes.
    pub async fn read_chunk(&self, handle: i64, max: usize) -> Result<FileChunk> {
        let reply = self.execute(&file::read(handle, max)).await?;
        file::chunk_of(reply)
    }

    /// Writes `data` in one request and returns how many bytes the agent
    /// wrote.
    pub async fn write_chunk(&self, handle: i64, data: &[u8]) -> Result<usize> {
        let cmd = GuestFileWriteCmd {
            handle,
            buf_b64: super::encode_base64(data),
            count: None,
        };
        let reply = self.execute(&cmd).await?;
        file::written(reply.count, data.len())
    }

    /// Closes a handle from [`AsyncGuestAgent::open_file`].
    pub async fn close_file(&self, handle: i64) -> Result<()> {
        self.execute(&file::close(handle)).await.map(|_| ())
    }

    /// Copies the guest file `path` into `out`, one chunk at a time.
    pub async fn read_file(&self, path: &str, out: &mut (impl AsyncWrite + Unpin)) -> Result<u64> {
        let handle = self.open_file(path, "r").await?;
        let copied = async {
            let mut total = 0u64;
            loop {
                let chunk = self.read_chunk(handle, self.options.file_chunk).await?;
                out.write_all(&chunk.data).await?;
                total += chunk.data.len() as u64;
                if chunk.eof || chunk.data.is_empty() {
                    out.flush().await?;
                    return Ok(total);
                }
            }
        }
        .await;
        let closed = self.execute(&file::close(handle)).await;
        file::first_error(copied, closed)
    }

    /// Creates (or truncates) the guest file `path` and copies `input`
    /// into it, one chunk at a time.
    pub async fn write_file(
        &self,
        path: &str,
        input: &mut (impl AsyncRead + Unpin),
    ) -> Result<u64> {
        let handle = self.open_file(path, "w").await?;
        let copied = async {
            let mut buf = vec![0u8; self.options.file_chunk];
            let mut total = 0u64;
            loop {
                let mut n = 0;
                while n < buf.len() {
                    match input.read(&mut buf[n..]).await? {
                        0 => break,
                        k => n += k,
                    }
                }
                if n == 0 {
                    return Ok(total);
                }
                let mut done = 0;
                while done < n {
                    let w = self.write_chunk(handle, &buf[done..n]).await?;
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
        .await;
        let closed = self.execute(&file::close(handle)).await;
        file::first_error(copied, closed)
    }

    async fn send_request(&self, name: &str, args: Option<Value>) -> Result<()> {
        let mut conn = self.conn.lock().await;
        conn.core.begin();
        let result = async {
            if conn.core.must_sync() {
                conn.sync(self.options.sync_timeout).await?;
            }
            let bytes = conn.core.request(name, args, true)?;
            within(
                self.options.timeout,
                &format!("sending {name}"),
                conn.write(&bytes),
            )
            .await
        }
        .await;
        conn.core.end(&result);
        result
    }

    async fn call(
        &self,
        name: &str,
        args: Option<Value>,
        timeout: Option<Duration>,
    ) -> Result<Value> {
        let mut conn = self.conn.lock().await;
        conn.core.begin();
        let result = async {
            if conn.core.must_sync() {
                conn.sync(self.options.sync_timeout).await?;
            }
            let bytes = conn.core.request(name, args, false)?;
            let id = conn.core.last_id();
            let exchange = async {
                conn.write(&bytes).await?;
                loop {
                    if let Some(r) = conn.core.poll_reply(id, name) {
                        return r;
                    }
                    conn.fill().await?;
                }
            };
            within(timeout, &format!("the reply to {name}"), exchange).await
        }
        .await;
        conn.core.end(&result);
        result
    }
}
