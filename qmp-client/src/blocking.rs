//! The blocking client: one call at a time, events buffered while waiting.

mod transfer;

use crate::error::{Error, Result};
use crate::framing::{Frame, Framer};
use crate::inflight::{IdLess, InFlight};
use crate::options::{Address, Handshake, Options};
use crate::protocol::{
    arguments, encode_request, outcome_to_result, parse_line, raw_arguments, EventMessage,
    HumanMonitorCommand, Incoming, QmpCapabilities,
};
use crate::socket::Stream;
use qmp_types::{Capability, Command, EventData, Greeting, OobCommand};
use serde_json::{Map, Value};
use std::collections::VecDeque;
use std::io;
use std::net::TcpStream;
use std::os::fd::BorrowedFd;
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

/// A blocking QMP client, generic over the bindings' event type `E`.
///
/// Calls are sequential (`&mut self`); every request carries a fresh id and
/// the reply with that id is returned. Replies with other ids (late replies
/// to calls that timed out) are dropped with a `log::warn!`. Events that
/// arrive meanwhile are kept (up to [`Options::event_buffer`], dropping the
/// oldest) until [`Client::events`] or [`Client::next_event`] takes them.
#[derive(Debug)]
pub struct Client<E = crate::DefaultEvent> {
    stream: Stream,
    framer: Framer,
    chunk: Vec<u8>,
    greeting: Greeting,
    oob: bool,
    next_id: u64,
    timeout: Option<Duration>,
    events: VecDeque<EventMessage<E>>,
    event_capacity: usize,
    dropped: u64,
    closed: bool,
    /// Why the connection can no longer carry requests, once it cannot.
    broken: Option<String>,
    inflight: InFlight,
}

impl Client {
    /// Connects to a Unix socket path or `host:port` with default options.
    ///
    /// The client decodes events into the bindings' generated `Event`
    /// ([`DefaultEvent`](crate::DefaultEvent)), so no type annotation is
    /// needed; [`Client::connect_generic`] picks another event type.
    pub fn connect(addr: impl Into<Address>) -> Result<Self> {
        Self::connect_generic(addr, &Options::default())
    }

    /// Connects to `host:port` over TCP with default options.
    pub fn connect_tcp(host_port: &str) -> Result<Self> {
        Self::connect_generic(Address::Tcp(host_port.to_string()), &Options::default())
    }

    /// Connects with the given options.
    pub fn connect_with(addr: impl Into<Address>, options: &Options) -> Result<Self> {
        Self::connect_generic(addr, options)
    }

    /// Runs the QMP handshake over an already connected Unix socket.
    pub fn from_unix_stream(stream: UnixStream, options: &Options) -> Result<Self> {
        Self::from_unix_stream_generic(stream, options)
    }

    /// Runs the QMP handshake over an already connected TCP socket.
    pub fn from_tcp_stream(stream: TcpStream, options: &Options) -> Result<Self> {
        Self::from_tcp_stream_generic(stream, options)
    }
}

impl<E: EventData> Client<E> {
    /// Connects with the given options, decoding events into `E`: the
    /// `Event` of other bindings, or [`RawEvent`](crate::RawEvent) to keep
    /// them as JSON (`Client::<RawEvent>::connect_generic(addr, &options)`).
    pub fn connect_generic(addr: impl Into<Address>, options: &Options) -> Result<Self> {
        match addr.into() {
            Address::Unix(path) => {
                Self::from_unix_stream_generic(UnixStream::connect(path)?, options)
            }
            Address::Tcp(hp) => {
                let s = TcpStream::connect(hp)?;
                s.set_nodelay(true)?;
                Self::handshake(Stream::Tcp(s), options)
            }
        }
    }

    /// [`Client::from_unix_stream`], decoding events into `E`.
    pub fn from_unix_stream_generic(stream: UnixStream, options: &Options) -> Result<Self> {
        Self::handshake(Stream::Unix(stream), options)
    }

    /// [`Client::from_tcp_stream`], decoding events into `E`.
    pub fn from_tcp_stream_generic(stream: TcpStream, options: &Options) -> Result<Self> {
        Self::handshake(Stream::Tcp(stream), options)
    }

    fn handshake(stream: Stream, options: &Options) -> Result<Self> {
        let mut client = Client {
            stream,
            framer: Framer::new(options.max_message_size),
            chunk: vec![0; 64 * 1024],
            greeting: crate::placeholder_greeting(),
            oob: false,
            next_id: 0,
            timeout: options.timeout,
            events: VecDeque::new(),
            event_capacity: options.event_buffer,
            dropped: 0,
            closed: false,
            broken: None,
            inflight: InFlight::default(),
        };
        if options.handshake == Handshake::NoGreeting {
            return Ok(client);
        }
        let deadline = options.timeout.map(|t| (Instant::now() + t, t));
        loop {
            match client.read_frame(deadline, "the greeting")? {
                Frame::TooLarge { .. } => {
                    return Err(Error::TooLarge {
                        limit: client.framer.limit(),
                    })
                }
                Frame::Line(line) => match parse_line(&line)? {
                    Incoming::Greeting(g) => {
                        client.greeting = *g;
                        break;
                    }
                    Incoming::Event(env) => client.push_event(env),
                    Incoming::Reply { .. } => {
                        return Err(Error::Protocol("a reply came before the greeting".into()))
                    }
                },
            }
        }
        if options.handshake == Handshake::GreetingOnly {
            return Ok(client);
        }
        let offered = client.greeting.qmp.capabilities.contains(&Capability::Oob);
        let want_oob = options.oob && offered;
        let caps = QmpCapabilities {
            enable: if want_oob { vec!["oob".into()] } else { vec![] },
        };
        client.execute(&caps)?;
        client.oob = want_oob;
        Ok(client)
    }

    /// The server's greeting.
    pub fn greeting(&self) -> &Greeting {
        &self.greeting
    }

    /// Whether out-of-band execution was negotiated.
    pub fn oob_enabled(&self) -> bool {
        self.oob
    }

    /// Sets the default timeout of later calls (`None`: wait forever).
    pub fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.timeout = timeout;
    }

    /// Runs a command and decodes its reply.
    pub fn execute<C: Command>(&mut self, cmd: &C) -> Result<C::Returns> {
        self.execute_timeout(cmd, self.timeout)
    }

    /// Runs a command with its own timeout.
    pub fn execute_timeout<C: Command>(
        &mut self,
        cmd: &C,
        timeout: Option<Duration>,
    ) -> Result<C::Returns> {
        crate::versions::refuse_unavailable::<C>(&self.greeting)?;
        let args = arguments(C::NAME, cmd)?;
        let raw = self.call(C::NAME, false, args, &[], timeout)?;
        crate::versions::decode_reply::<C>(&self.greeting, raw)
    }

    /// Runs a command out of band (`exec-oob`); only commands whose schema
    /// allows it implement [`OobCommand`].
    pub fn execute_oob<C: OobCommand>(&mut self, cmd: &C) -> Result<C::Returns> {
        if !self.oob {
            return Err(Error::OobNotEnabled {
                command: C::NAME.into(),
            });
        }
        crate::versions::refuse_unavailable::<C>(&self.greeting)?;
        let args = arguments(C::NAME, cmd)?;
        let raw = self.call(C::NAME, true, args, &[], self.timeout)?;
        crate::versions::decode_reply::<C>(&self.greeting, raw)
    }

    /// Runs a command with file descriptors attached (SCM_RIGHTS), as
    /// `getfd` and `add-fd` need. Unix sockets only.
    pub fn execute_with_fds<C: Command>(
        &mut self,
        cmd: &C,
        fds: &[BorrowedFd<'_>],
    ) -> Result<C::Returns> {
        crate::versions::refuse_unavailable::<C>(&self.greeting)?;
        let args = arguments(C::NAME, cmd)?;
        let raw = self.call(C::NAME, false, args, fds, self.timeout)?;
        crate::versions::decode_reply::<C>(&self.greeting, raw)
    }

    /// Runs a command given by name with raw JSON arguments and returns the
    /// raw `return` value.
    pub fn execute_raw(&mut self, name: &str, args: Option<Map<String, Value>>) -> Result<Value> {
        self.call(name, false, raw_arguments(args), &[], self.timeout)
    }

    /// [`Client::execute_raw`] with its own timeout (`None`: wait forever).
    pub fn execute_raw_timeout(
        &mut self,
        name: &str,
        args: Option<Map<String, Value>>,
        timeout: Option<Duration>,
    ) -> Result<Value> {
        self.call(name, false, raw_arguments(args), &[], timeout)
    }

    /// Runs an HMP command through `human-monitor-command` and returns its
    /// text output.
    pub fn hmp(&mut self, command_line: &str) -> Result<String> {
        self.execute(&HumanMonitorCommand { command_line })
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
    pub fn check_bindings(&mut self) -> Result<crate::Report> {
        let schema = self.execute_raw("query-qmp-schema", None)?;
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
    pub fn check_bindings_against(
        &mut self,
        commands: &[qmp_types::registry::CommandInfo],
    ) -> Result<crate::Report> {
        let schema = self.execute_raw("query-qmp-schema", None)?;
        crate::check::compare_schema(&schema, commands).map_err(Error::Protocol)
    }

    /// Takes the buffered events, oldest first.
    pub fn events(&mut self) -> impl Iterator<Item = EventMessage<E>> + '_ {
        self.events.drain(..)
    }

    /// The oldest event already received, without waiting: first the
    /// buffered ones, then any the server has already sent (read without
    /// blocking). `Ok(None)` when there is none yet; `Error::Disconnected`
    /// once the connection has ended and every event has been taken.
    pub fn try_next_event(&mut self) -> Result<Option<EventMessage<E>>> {
        if self.events.is_empty() && !self.closed {
            self.read_available()?;
        }
        match self.events.pop_front() {
            Some(ev) => Ok(Some(ev)),
            None if self.closed => Err(Error::Disconnected),
            None => Ok(None),
        }
    }

    /// Reads whatever the socket holds without blocking, buffering the
    /// events (replies nobody waits for are dropped).
    fn read_available(&mut self) -> Result<()> {
        self.stream.set_nonblocking(true)?;
        let result = self.drain_socket();
        let restored = self.stream.set_nonblocking(false);
        result?;
        restored?;
        Ok(())
    }

    fn drain_socket(&mut self) -> Result<()> {
        loop {
            while let Some(frame) = self.framer.next_frame() {
                self.unclaimed(frame)?;
            }
            match self.stream.read(&mut self.chunk) {
                Ok(0) => {
                    self.closed = true;
                    return Ok(());
                }
                Ok(n) => self.framer.push(&self.chunk[..n]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(()),
                Err(e) => return Err(self.io_error(e)),
            }
        }
    }

    /// How many events were dropped because the buffer was full.
    pub fn dropped_events(&self) -> u64 {
        self.dropped
    }

    /// The next event: a buffered one, or the next to arrive within
    /// `timeout` (`None`: wait forever). `Error::Disconnected` once the
    /// server has closed the connection and the buffer is empty.
    pub fn next_event(&mut self, timeout: Option<Duration>) -> Result<EventMessage<E>> {
        if let Some(ev) = self.events.pop_front() {
            return Ok(ev);
        }
        let deadline = timeout.map(|t| (Instant::now() + t, t));
        loop {
            match self.read_frame(deadline, "an event")? {
                Frame::Line(line) => match parse_line(&line)? {
                    Incoming::Event(env) => return Ok(EventMessage::from_envelope(env)),
                    other => self.unclaimed_incoming(other),
                },
                frame => self.unclaimed(frame)?,
            }
        }
    }

    /// Handles a frame while no call waits: events are buffered, late
    /// replies noted and dropped.
    fn unclaimed(&mut self, frame: Frame) -> Result<()> {
        match frame {
            Frame::TooLarge { id } => {
                if let Some(id) = id {
                    self.inflight.answered(id);
                }
                log::warn!("dropped an oversized message (id {id:?}) nobody waits for")
            }
            Frame::Line(line) => {
                let incoming = parse_line(&line)?;
                self.unclaimed_incoming(incoming);
            }
        }
        Ok(())
    }

    fn unclaimed_incoming(&mut self, incoming: Incoming) {
        match incoming {
            Incoming::Event(env) => self.push_event(env),
            Incoming::Reply {
                id,
                raw_id,
                outcome,
            } => {
                self.late_reply(id, raw_id.as_ref(), outcome.is_err(), None);
            }
            Incoming::Greeting(_) => log::warn!("ignored a second greeting"),
        }
    }

    /// Notes a reply that is not the current call's (`current`), and says
    /// whether it is, after all: an id-less error reply may answer it
    /// (QEMU's answer to a request it could not parse). A success reply
    /// always carries the request's id, so an id-less one is dropped.
    fn late_reply(
        &mut self,
        id: Option<u64>,
        raw_id: Option<&Value>,
        is_error: bool,
        current: Option<u64>,
    ) -> bool {
        match (id, raw_id) {
            (None, None) if !is_error => {
                log::warn!("dropped a success reply without id: no request of ours gets one");
                false
            }
            (Some(id), _) => {
                self.inflight.answered(id);
                log::warn!("dropped a reply with id {id} that no call waits for");
                false
            }
            (None, Some(raw)) => {
                log::warn!("dropped a reply with id {raw} that is not one of ours");
                false
            }
            (None, None) => match self.inflight.id_less() {
                IdLess::Answers(owner) if Some(owner) == current => true,
                IdLess::Answers(owner) => {
                    log::warn!("dropped a reply without id: it answers request {owner}, whose call gave up");
                    false
                }
                IdLess::Noise(owner) => {
                    log::warn!("dropped a reply without id: more of the server's answer to request {owner}, which it could not parse");
                    false
                }
                IdLess::Unexpected => {
                    log::warn!("dropped a reply without id while no request was waiting");
                    false
                }
            },
        }
    }

    fn push_event(&mut self, env: qmp_types::EventEnvelope) {
        if self.event_capacity == 0 {
            self.dropped += 1;
            return;
        }
        if self.events.len() >= self.event_capacity {
            self.events.pop_front();
            self.dropped += 1;
        }
        self.events.push_back(EventMessage::from_envelope(env));
    }

    fn call(
        &mut self,
        name: &str,
        oob: bool,
        args: Option<Value>,
        fds: &[BorrowedFd<'_>],
        timeout: Option<Duration>,
    ) -> Result<Value> {
        if let Some(reason) = &self.broken {
            return Err(Error::Broken {
                reason: reason.clone(),
            });
        }
        if self.closed {
            return Err(Error::Disconnected);
        }
        let bytes = encode_request(name, oob, args, self.next_id + 1)?;
        self.next_id += 1;
        let id = self.next_id;
        let deadline = timeout.map(|t| (Instant::now() + t, t));
        self.inflight.sent(id, oob);
        self.write(name, id, &bytes, fds, deadline)?;
        let waiting_for = format!("the reply to {name}");
        loop {
            match self.read_frame(deadline, &waiting_for)? {
                Frame::TooLarge { id: Some(got) } if got == id => {
                    self.inflight.answered(id);
                    return Err(Error::TooLarge {
                        limit: self.framer.limit(),
                    });
                }
                Frame::TooLarge { id: got } => {
                    if let Some(got) = got {
                        self.inflight.answered(got);
                    }
                    log::warn!("dropped an oversized message (id {got:?}) while waiting for {name}")
                }
                Frame::Line(line) => match parse_line(&line)? {
                    Incoming::Reply {
                        id: Some(got),
                        outcome,
                        ..
                    } if got == id => {
                        self.inflight.answered(id);
                        return outcome_to_result(name, outcome);
                    }
                    Incoming::Reply {
                        id: got,
                        raw_id,
                        outcome,
                    } => {
                        if self.late_reply(got, raw_id.as_ref(), outcome.is_err(), Some(id)) {
                            return outcome_to_result(name, outcome);
                        }
                    }
                    Incoming::Event(env) => self.push_event(env),
                    Incoming::Greeting(_) => log::warn!("ignored a second greeting"),
                },
            }
        }
    }
}
