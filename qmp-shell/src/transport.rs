//! The connection the shell talks through, behind the [`Monitor`] trait:
//! [`ClientMonitor`] drives `qmp_client::AsyncClient`, which reads the
//! greeting and negotiates capabilities, or with `-N` neither waits for a
//! greeting nor negotiates (qemu-ga, or a QEMU whose `qmp_capabilities` the
//! user sends by hand).

use std::time::Duration;

use qmp_client::{Address, AsyncClient, EventMessage, EventStream, Handshake, RawEvent};
use serde_json::{json, Map, Value};

/// A failure to get a reply at all (a server error is a reply).
#[derive(Debug)]
pub enum MonitorError {
    /// The server closed the connection.
    Disconnected,
    /// Anything else (timeout, i/o error, malformed message).
    Other(String),
}

impl std::fmt::Display for MonitorError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MonitorError::Disconnected => f.write_str("the server closed the connection"),
            MonitorError::Other(m) => f.write_str(m),
        }
    }
}

/// A blocking source of events for a background printer; `None` when the
/// connection has ended.
pub type EventSource = Box<dyn FnMut() -> Option<Value> + Send>;

/// What the shell needs from a QMP connection.
pub trait Monitor {
    /// Sends `request` (`{"execute": ..., "arguments": {...}}`) and returns
    /// the reply object: `{"return": ...}` or `{"error": {"class", "desc"}}`.
    fn call(&mut self, request: &Value) -> Result<Value, MonitorError>;
    /// The events received so far and not yet taken, as QEMU sent them
    /// (`{"timestamp": ..., "event": ..., "data": ...}`), oldest first.
    fn take_events(&mut self) -> Vec<Value>;
    /// Hands the event flow to a background reader; afterwards
    /// [`Monitor::take_events`] returns nothing. `None` if already taken.
    fn event_source(&mut self) -> Option<EventSource>;
    /// `major.minor.micro` from the greeting, when there was one.
    fn version(&self) -> Option<String>;

    /// The command names the server accepts (`query-commands`); empty if
    /// it cannot say.
    fn command_names(&mut self) -> Vec<String> {
        let reply = self.call(&json!({"execute": "query-commands"}));
        reply
            .ok()
            .and_then(|r| r.get("return").and_then(Value::as_array).cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|c| c.get("name").and_then(Value::as_str).map(String::from))
            .collect()
    }

    /// The text an HMP command prints; empty if it fails.
    fn hmp_text(&mut self, line: &str) -> String {
        self.call(&crate::hmp::passthrough(line, None))
            .ok()
            .and_then(|r| r.get("return").and_then(Value::as_str).map(String::from))
            .unwrap_or_default()
    }
}

fn event_json(ev: EventMessage<RawEvent>) -> Value {
    let mut m = Map::new();
    m.insert(
        "timestamp".into(),
        json!({"seconds": ev.timestamp.seconds, "microseconds": ev.timestamp.microseconds}),
    );
    m.insert("event".into(), Value::String(ev.name));
    if !ev.data.is_null() {
        m.insert("data".into(), ev.data);
    }
    Value::Object(m)
}

/// The shell's connection through `qmp_client::AsyncClient`, on a
/// one-worker tokio runtime so that events are read while the shell waits
/// for input.
pub struct ClientMonitor {
    rt: tokio::runtime::Runtime,
    client: AsyncClient<RawEvent>,
    events: Option<EventStream<RawEvent>>,
    timeout: Option<Duration>,
    greeted: bool,
}

impl ClientMonitor {
    /// Connects, reads the greeting and negotiates capabilities; gives up
    /// after `connect_timeout`. Each call afterwards waits at most
    /// `call_timeout` for its reply (`None`: as long as the server takes,
    /// as the Python shell does).
    pub fn connect(
        addr: Address,
        connect_timeout: Duration,
        call_timeout: Option<Duration>,
    ) -> Result<Self, String> {
        Self::connect_with(addr, connect_timeout, call_timeout, Handshake::Negotiate)
    }

    /// Like [`ClientMonitor::connect`], with the handshake to perform:
    /// `-N` uses [`Handshake::NoGreeting`] (no greeting awaited, no
    /// negotiation; the banner then has no version).
    pub fn connect_with(
        addr: Address,
        connect_timeout: Duration,
        call_timeout: Option<Duration>,
        handshake: Handshake,
    ) -> Result<Self, String> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .map_err(|e| format!("cannot start the runtime: {e}"))?;
        let options = qmp_client::Options {
            timeout: call_timeout,
            handshake,
            ..Default::default()
        };
        let client = rt
            .block_on(async {
                tokio::time::timeout(
                    connect_timeout,
                    AsyncClient::connect_generic(addr, &options),
                )
                .await
            })
            .map_err(|_| format!("no QMP greeting within {connect_timeout:?}"))?
            .map_err(|e| e.to_string())?;
        let events = Some(client.subscribe());
        Ok(ClientMonitor {
            rt,
            client,
            events,
            timeout: call_timeout,
            greeted: handshake != Handshake::NoGreeting,
        })
    }
}

impl Monitor for ClientMonitor {
    fn call(&mut self, request: &Value) -> Result<Value, MonitorError> {
        let name = request.get("execute").and_then(Value::as_str).unwrap_or("");
        let args = request.get("arguments").and_then(Value::as_object).cloned();
        let reply = self
            .rt
            .block_on(self.client.execute_raw_timeout(name, args, self.timeout));
        match reply {
            Ok(v) => Ok(json!({ "return": v })),
            Err(qmp_client::Error::Server { class, desc, .. }) => {
                Ok(json!({"error": {"class": class.as_str(), "desc": desc}}))
            }
            Err(qmp_client::Error::Disconnected) => Err(MonitorError::Disconnected),
            Err(e) => Err(MonitorError::Other(e.to_string())),
        }
    }

    fn take_events(&mut self) -> Vec<Value> {
        let Some(stream) = self.events.as_mut() else {
            return Vec::new();
        };
        std::iter::from_fn(|| stream.try_next_event())
            .map(event_json)
            .collect()
    }

    fn event_source(&mut self) -> Option<EventSource> {
        let mut stream = self.events.take()?;
        let handle = self.rt.handle().clone();
        Some(Box::new(move || {
            handle.block_on(stream.recv()).map(event_json)
        }))
    }

    fn version(&self) -> Option<String> {
        if !self.greeted {
            return None;
        }
        let v = &self.client.greeting().qmp.version.qemu;
        Some(format!("{}.{}.{}", v.major, v.minor, v.micro))
    }

    /// Through the typed binding `qmp_bindings::api::QueryCommands`.
    fn command_names(&mut self) -> Vec<String> {
        match self
            .rt
            .block_on(self.client.execute(&qmp_bindings::api::QueryCommands))
        {
            Ok(list) => list.into_iter().map(|c| c.name).collect(),
            Err(_) => Vec::new(),
        }
    }

    /// Through the typed binding `qmp_bindings::api::HumanMonitorCommand`.
    fn hmp_text(&mut self, line: &str) -> String {
        let cmd = qmp_bindings::api::HumanMonitorCommand {
            command_line: line.to_string(),
            cpu_index: None,
        };
        self.rt
            .block_on(self.client.execute(&cmd))
            .unwrap_or_default()
    }
}
