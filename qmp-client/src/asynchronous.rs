//! The tokio client: a reader task routes replies by id to the calls waiting
//! for them (any number in flight) and broadcasts events to subscribers; a
//! writer task sends whole requests, so a cancelled call never leaves half a
//! request on the wire.

use crate::error::{Error, Result};
use crate::framing::Framer;
use crate::options::{Address, Handshake, Options};
use crate::protocol::{
    arguments, encode_request, raw_arguments, EventMessage, HumanMonitorCommand, QmpCapabilities,
};
use crate::router::{lock, reader_loop, Pending, Shared, State};
use crate::wire::{read_greeting, writer_loop, Outgoing, ReadHalf, WriteHalf};
use qmp_types::{Capability, Command, EventData, Greeting, OobCommand};
use serde_json::{Map, Value};
use std::collections::{HashMap, VecDeque};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio::task::JoinHandle;

/// An asynchronous QMP client for tokio, generic over the bindings' event
/// type `E`.
///
/// `execute` takes `&self`: share the client (for example in an `Arc`) and
/// run calls concurrently; each reply goes to the call with its id, and a
/// reply nobody waits for (its call timed out or was dropped) is logged with
/// `log::warn!` and dropped.
///
/// Events go to every [`EventStream`] from [`AsyncClient::subscribe`]. While
/// there is no subscriber they are kept in a buffer of
/// [`Options::event_buffer`] events; when it is full the oldest is dropped
/// and counted ([`AsyncClient::dropped_events`]). The next subscriber
/// receives the buffered events first. A subscriber that falls more than
/// `event_buffer` events behind loses the oldest ones ([`EventStream::missed`]).
pub struct AsyncClient<E = crate::DefaultEvent> {
    shared: Shared<E>,
    outgoing: mpsc::Sender<Outgoing>,
    greeting: Greeting,
    oob: bool,
    unix: bool,
    timeout: Option<Duration>,
    next_id: AtomicU64,
    tasks: Vec<JoinHandle<()>>,
    /// A duplicate of the socket, shut down on drop so the server sees the
    /// end of the connection at once, not when the runtime drops the tasks.
    socket: OwnedFd,
}

impl<E> std::fmt::Debug for AsyncClient<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsyncClient")
            .field("greeting", &self.greeting)
            .field("oob", &self.oob)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl<E> Drop for AsyncClient<E> {
    fn drop(&mut self) {
        let _ = rustix::net::shutdown(&self.socket, rustix::net::Shutdown::Both);
        for t in &self.tasks {
            t.abort();
        }
    }
}

impl AsyncClient {
    /// Connects to a Unix socket path or `host:port` with default options.
    ///
    /// The client decodes events into the bindings' generated `Event`
    /// ([`DefaultEvent`](crate::DefaultEvent)), so no type annotation is
    /// needed; [`AsyncClient::connect_generic`] picks another event type.
    pub async fn connect(addr: impl Into<Address>) -> Result<Self> {
        Self::connect_generic(addr, &Options::default()).await
    }

    /// Connects to `host:port` over TCP with default options.
    pub async fn connect_tcp(host_port: &str) -> Result<Self> {
        Self::connect_generic(Address::Tcp(host_port.to_string()), &Options::default()).await
    }

    /// Connects with the given options.
    pub async fn connect_with(addr: impl Into<Address>, options: &Options) -> Result<Self> {
        Self::connect_generic(addr, options).await
    }

    /// Runs the QMP handshake over an already connected Unix socket.
    pub async fn from_unix_stream(
        stream: tokio::net::UnixStream,
        options: &Options,
    ) -> Result<Self> {
        Self::from_unix_stream_generic(stream, options).await
    }
}

impl<E: EventData + Clone + Send + 'static> AsyncClient<E> {
    /// Connects with the given options, decoding events into `E`: the
    /// `Event` of other bindings, or [`RawEvent`](crate::RawEvent) to keep
    /// them as JSON (`AsyncClient::<RawEvent>::connect_generic(addr, &options)`).
    pub async fn connect_generic(addr: impl Into<Address>, options: &Options) -> Result<Self> {
        match addr.into() {
            Address::Unix(path) => {
                let stream = tokio::net::UnixStream::connect(path).await?;
                Self::from_unix_stream_generic(stream, options).await
            }
            Address::Tcp(hp) => {
                let s = tokio::net::TcpStream::connect(hp).await?;
                s.set_nodelay(true)?;
                let socket = s.as_fd().try_clone_to_owned()?;
                let (r, w) = s.into_split();
                Self::handshake(ReadHalf::Tcp(r), WriteHalf::Tcp(w), socket, options).await
            }
        }
    }

    /// [`AsyncClient::from_unix_stream`], decoding events into `E`.
    pub async fn from_unix_stream_generic(
        stream: tokio::net::UnixStream,
        options: &Options,
    ) -> Result<Self> {
        let socket = stream.as_fd().try_clone_to_owned()?;
        let (r, w) = stream.into_split();
        Self::handshake(ReadHalf::Unix(r), WriteHalf::Unix(w), socket, options).await
    }

    async fn handshake(
        mut rd: ReadHalf,
        wr: WriteHalf,
        socket: OwnedFd,
        options: &Options,
    ) -> Result<Self> {
        let mut framer = Framer::new(options.max_message_size);
        let greeting = match (options.handshake, options.timeout) {
            (Handshake::NoGreeting, _) => crate::placeholder_greeting(),
            (_, Some(t)) => tokio::time::timeout(t, read_greeting(&mut rd, &mut framer))
                .await
                .map_err(|_| Error::timeout("the greeting", t))??,
            (_, None) => read_greeting(&mut rd, &mut framer).await?,
        };
        let unix = matches!(wr, WriteHalf::Unix(_));
        let (events, _) = broadcast::channel(options.event_buffer.max(1));
        let shared: Shared<E> = Arc::new(Mutex::new(State {
            pending: HashMap::new(),
            closed: false,
            backlog: VecDeque::new(),
            backlog_capacity: options.event_buffer,
            dropped: 0,
            events: Some(events),
            inflight: Default::default(),
        }));
        let (tx, rx) = mpsc::channel(256);
        let reader = tokio::spawn(reader_loop(rd, framer, shared.clone()));
        let writer = tokio::spawn(writer_loop(wr, rx, shared.clone()));
        let mut client = AsyncClient {
            shared,
            outgoing: tx,
            greeting,
            oob: false,
            unix,
            timeout: options.timeout,
            next_id: AtomicU64::new(0),
            tasks: vec![reader, writer],
            socket,
        };
        if options.handshake != Handshake::Negotiate {
            return Ok(client);
        }
        let offered = client.greeting.qmp.capabilities.contains(&Capability::Oob);
        let want_oob = options.oob && offered;
        let caps = QmpCapabilities {
            enable: if want_oob { vec!["oob".into()] } else { vec![] },
        };
        client.execute(&caps).await?;
        client.oob = want_oob;
        Ok(client)
    }
}

impl<E: Clone + Send + 'static> AsyncClient<E> {
    /// The server's greeting.
    pub fn greeting(&self) -> &Greeting {
        &self.greeting
    }

    /// Whether out-of-band execution was negotiated.
    pub fn oob_enabled(&self) -> bool {
        self.oob
    }

    /// Whether the connection has ended.
    pub fn is_closed(&self) -> bool {
        lock(&self.shared).closed
    }

    /// Runs a command and decodes its reply.
    pub async fn execute<C: Command>(&self, cmd: &C) -> Result<C::Returns> {
        self.execute_timeout(cmd, self.timeout).await
    }

    /// Runs a command with its own timeout (`None`: wait forever).
    pub async fn execute_timeout<C: Command>(
        &self,
        cmd: &C,
        timeout: Option<Duration>,
    ) -> Result<C::Returns> {
        crate::versions::refuse_unavailable::<C>(&self.greeting)?;
        let args = arguments(C::NAME, cmd)?;
        let raw = self.call(C::NAME, false, args, Vec::new(), timeout).await?;
        crate::versions::decode_reply::<C>(&self.greeting, raw)
    }

    /// Runs a command out of band (`exec-oob`); only commands whose schema
    /// allows it implement [`OobCommand`].
    pub async fn execute_oob<C: OobCommand>(&self, cmd: &C) -> Result<C::Returns> {
        if !self.oob {
            return Err(Error::OobNotEnabled {
                command: C::NAME.into(),
            });
        }
        crate::versions::refuse_unavailable::<C>(&self.greeting)?;
        let args = arguments(C::NAME, cmd)?;
        let raw = self
            .call(C::NAME, true, args, Vec::new(), self.timeout)
            .await?;
        crate::versions::decode_reply::<C>(&self.greeting, raw)
    }

    /// Runs a command with file descriptors attached (SCM_RIGHTS), as
    /// `getfd` and `add-fd` need. Unix sockets only. The descriptors are
    /// duplicated, so the caller keeps its own.
    pub async fn execute_with_fds<C: Command>(
        &self,
        cmd: &C,
        fds: &[BorrowedFd<'_>],
    ) -> Result<C::Returns> {
        if !self.unix {
            return Err(Error::FdPassingUnsupported {
                command: C::NAME.into(),
            });
        }
        let owned = fds
            .iter()
            .map(|fd| fd.try_clone_to_owned())
            .collect::<std::io::Result<Vec<OwnedFd>>>()?;
        crate::versions::refuse_unavailable::<C>(&self.greeting)?;
        let args = arguments(C::NAME, cmd)?;
        let raw = self.call(C::NAME, false, args, owned, self.timeout).await?;
        crate::versions::decode_reply::<C>(&self.greeting, raw)
    }

    /// Runs a command given by name with raw JSON arguments and returns the
    /// raw `return` value.
    pub async fn execute_raw(&self, name: &str, args: Option<Map<String, Value>>) -> Result<Value> {
        self.call(name, false, raw_arguments(args), Vec::new(), self.timeout)
            .await
    }

    /// [`AsyncClient::execute_raw`] with its own timeout (`None`: wait
    /// forever). A reply that comes after the timeout is logged and dropped.
    pub async fn execute_raw_timeout(
        &self,
        name: &str,
        args: Option<Map<String, Value>>,
        timeout: Option<Duration>,
    ) -> Result<Value> {
        self.call(name, false, raw_arguments(args), Vec::new(), timeout)
            .await
    }

    /// Runs an HMP command through `human-monitor-command` and returns its
    /// text output.
    pub async fn hmp(&self, command_line: &str) -> Result<String> {
        self.execute(&HumanMonitorCommand { command_line }).await
    }

    /// Compares the compiled bindings (`qmp_bindings::api::COMMANDS` and
    /// `SCHEMA_JSON`) with the server's `query-qmp-schema`: which commands
    /// the server lacks, which arguments differ, and every difference in
    /// arguments, replies and events with what it does to a call, each
    /// marked [`crate::Expected`] when this server's build or release (from
    /// its greeting) explains it (see [`crate::Report`]).
    ///
    /// Needs the `check` feature.
    #[cfg(feature = "check")]
    pub async fn check_bindings(&self) -> Result<crate::Report> {
        let schema = self.execute_raw("query-qmp-schema", None).await?;
        let api = (qmp_bindings::api::COMMANDS, qmp_bindings::api::SCHEMA_JSON);
        let version = self.greeting().qmp.version.qemu;
        crate::check::compare_schema_with(&schema, api.0, api.1, Some(version))
            .map_err(Error::Protocol)
    }

    /// Compares a bindings table (a generated `COMMANDS`) with the server's
    /// `query-qmp-schema`: commands and arguments only (see
    /// [`crate::compare_schema_with`] for the full comparison).
    ///
    /// Needs the `check` feature.
    #[cfg(feature = "check")]
    pub async fn check_bindings_against(
        &self,
        commands: &[qmp_types::registry::CommandInfo],
    ) -> Result<crate::Report> {
        let schema = self.execute_raw("query-qmp-schema", None).await?;
        crate::check::compare_schema(&schema, commands).map_err(Error::Protocol)
    }

    /// A new event subscriber. It first receives the events buffered while
    /// nobody listened (which are then no longer buffered), then every event
    /// that arrives. Its stream ends when the connection does.
    pub fn subscribe(&self) -> EventStream<E> {
        let mut st = lock(&self.shared);
        let backlog = std::mem::take(&mut st.backlog);
        let rx = match &st.events {
            Some(tx) => tx.subscribe(),
            None => broadcast::channel(1).1,
        };
        EventStream {
            backlog,
            rx,
            missed: 0,
        }
    }

    /// How many events were dropped from the buffer kept while nobody
    /// listened, because it was full.
    pub fn dropped_events(&self) -> u64 {
        lock(&self.shared).dropped
    }

    /// Takes the oldest event buffered while nobody subscribed, without
    /// waiting; `None` when there is none. (A subscriber takes its events
    /// with [`EventStream::try_next_event`].)
    pub fn try_next_event(&self) -> Option<EventMessage<E>> {
        lock(&self.shared).backlog.pop_front()
    }

    /// How many events are buffered for the next subscriber.
    pub fn buffered_events(&self) -> usize {
        lock(&self.shared).backlog.len()
    }

    async fn call(
        &self,
        name: &str,
        oob: bool,
        args: Option<Value>,
        fds: Vec<OwnedFd>,
        timeout: Option<Duration>,
    ) -> Result<Value> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed) + 1;
        let (tx, rx) = oneshot::channel();
        {
            let mut st = lock(&self.shared);
            if st.closed {
                return Err(Error::Disconnected);
            }
            let command = name.to_string();
            st.pending.insert(id, Pending { command, tx });
        }
        let _guard = PendingGuard {
            shared: &self.shared,
            id,
        };
        let bytes = encode_request(name, oob, args, id)?;
        let exchange = async {
            let out = Outgoing {
                id,
                oob,
                bytes,
                fds,
            };
            self.outgoing
                .send(out)
                .await
                .map_err(|_| Error::Disconnected)?;
            rx.await.map_err(|_| Error::Disconnected)?
        };
        match timeout {
            Some(t) => tokio::time::timeout(t, exchange)
                .await
                .map_err(|_| Error::timeout(format!("the reply to {name}"), t))?,
            None => exchange.await,
        }
    }
}

/// Forgets a call's pending entry when the call ends for any reason
/// (reply, timeout, cancellation), so a late reply is reported as unknown.
struct PendingGuard<'a, E> {
    shared: &'a Shared<E>,
    id: u64,
}

impl<E> Drop for PendingGuard<'_, E> {
    fn drop(&mut self) {
        lock(self.shared).pending.remove(&self.id);
    }
}

/// The events of one subscriber, from [`AsyncClient::subscribe`].
#[derive(Debug)]
pub struct EventStream<E> {
    backlog: VecDeque<EventMessage<E>>,
    rx: broadcast::Receiver<EventMessage<E>>,
    missed: u64,
}

impl<E: Clone> EventStream<E> {
    /// The next event, or `None` once the connection has ended and every
    /// event has been received.
    pub async fn recv(&mut self) -> Option<EventMessage<E>> {
        if let Some(ev) = self.backlog.pop_front() {
            return Some(ev);
        }
        loop {
            match self.rx.recv().await {
                Ok(ev) => return Some(ev),
                Err(broadcast::error::RecvError::Lagged(n)) => {
                    log::warn!("an event subscriber fell behind and missed {n} events");
                    self.missed += n;
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    }

    /// The next event within `timeout`: `Error::Timeout` when none came,
    /// `Error::Disconnected` when the connection has ended.
    pub async fn next_event(&mut self, timeout: Duration) -> Result<EventMessage<E>> {
        match tokio::time::timeout(timeout, self.recv()).await {
            Ok(Some(ev)) => Ok(ev),
            Ok(None) => Err(Error::Disconnected),
            Err(_) => Err(Error::timeout("an event", timeout)),
        }
    }

    /// The next event already received, without waiting: `None` when
    /// there is none yet (or the connection has ended and every event has
    /// been received).
    pub fn try_next_event(&mut self) -> Option<EventMessage<E>> {
        if let Some(ev) = self.backlog.pop_front() {
            return Some(ev);
        }
        loop {
            match self.rx.try_recv() {
                Ok(ev) => return Some(ev),
                Err(broadcast::error::TryRecvError::Lagged(n)) => {
                    log::warn!("an event subscriber fell behind and missed {n} events");
                    self.missed += n;
                }
                Err(_) => return None,
            }
        }
    }

    /// How many events this subscriber lost because it fell behind.
    pub fn missed(&self) -> u64 {
        self.missed
    }
}
