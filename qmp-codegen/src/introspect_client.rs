//! Fetches the schema of a running QEMU: connects to its QMP socket (Unix
//! path or `HOST:PORT`), reads the greeting, negotiates capabilities, then
//! asks `query-qmp-schema`. Used by `qmp-codegen introspect`.
//!
//! Only `std::net`, `std::os::unix::net` and `serde_json`: the generator
//! does not depend on the client crate. Every read and write has a timeout,
//! and the whole exchange has a deadline of four times that timeout.

use std::io::{BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// Where the QMP server listens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A Unix socket path.
    Unix(PathBuf),
    /// A TCP `host:port`.
    Tcp(String),
}

impl Target {
    /// Reads a target: an existing path or anything with a `/` is a Unix
    /// socket; `HOST:PORT` with a numeric port is TCP; anything else is taken
    /// as a Unix socket path.
    pub fn parse(s: &str) -> Target {
        if s.contains('/') || Path::new(s).exists() {
            return Target::Unix(PathBuf::from(s));
        }
        match s.rsplit_once(':') {
            Some((host, port)) if !host.is_empty() && port.parse::<u16>().is_ok() => {
                Target::Tcp(s.to_string())
            }
            _ => Target::Unix(PathBuf::from(s)),
        }
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Unix(p) => write!(f, "{}", p.display()),
            Target::Tcp(a) => f.write_str(a),
        }
    }
}

/// Why fetching the schema failed.
#[derive(Debug, thiserror::Error)]
pub enum IntrospectError {
    /// The connection could not be made.
    #[error("{target}: cannot connect: {source}")]
    Connect {
        /// Where.
        target: String,
        /// Why.
        source: std::io::Error,
    },
    /// Reading or writing failed (including timeouts).
    #[error("{target}: {what}: {source}")]
    Io {
        /// Where.
        target: String,
        /// What was being done.
        what: String,
        /// Why.
        source: std::io::Error,
    },
    /// The server did not speak QMP as expected.
    #[error("{target}: protocol error: {message}")]
    Protocol {
        /// Where.
        target: String,
        /// What was wrong.
        message: String,
    },
    /// The server answered a command with an error.
    #[error("{target}: '{command}' failed: {class}: {desc}")]
    Command {
        /// Where.
        target: String,
        /// The command.
        command: String,
        /// The QMP error class.
        class: String,
        /// The server's description.
        desc: String,
    },
}

/// What `introspect` captured from the server.
#[derive(Clone, Debug, PartialEq)]
pub struct Capture {
    /// The greeting.
    pub greeting: Value,
    /// The reply of `query-qmp-schema` (the SchemaInfo array).
    pub schema: Value,
    /// `query-version` and `query-commands`, when asked for.
    pub extra: Vec<(String, Value)>,
}

impl Capture {
    /// The capture as one object with the keys `greeting`, `query-qmp-schema`
    /// and each extra command (the layout of the corpus captures), which the
    /// introspection front end reads too.
    pub fn to_object(&self) -> Value {
        let mut m = serde_json::Map::new();
        m.insert("greeting".into(), self.greeting.clone());
        for (k, v) in &self.extra {
            m.insert(k.clone(), v.clone());
        }
        m.insert("query-qmp-schema".into(), self.schema.clone());
        Value::Object(m)
    }
}

/// Connects to `target` and fetches its schema; with `all`, also
/// `query-version` and `query-commands`. `timeout` bounds each read and write.
pub fn fetch(target: &Target, timeout: Duration, all: bool) -> Result<Capture, IntrospectError> {
    let name = target.to_string();
    let connect_err = |source| IntrospectError::Connect {
        target: name.clone(),
        source,
    };
    match target {
        Target::Unix(path) => {
            #[cfg(unix)]
            {
                let s = std::os::unix::net::UnixStream::connect(path).map_err(connect_err)?;
                let io_err = |source| IntrospectError::Io {
                    target: name.clone(),
                    what: "cannot set timeouts".into(),
                    source,
                };
                s.set_read_timeout(Some(timeout)).map_err(io_err)?;
                s.set_write_timeout(Some(timeout)).map_err(io_err)?;
                let r = s.try_clone().map_err(io_err)?;
                Session::new(name.clone(), r, s, timeout).run(all)
            }
            #[cfg(not(unix))]
            {
                let _ = path;
                Err(connect_err(std::io::Error::new(
                    std::io::ErrorKind::Unsupported,
                    "Unix sockets are not supported on this platform",
                )))
            }
        }
        Target::Tcp(addr) => {
            use std::net::ToSocketAddrs;
            let addrs: Vec<_> = addr.to_socket_addrs().map_err(connect_err)?.collect();
            let mut last = std::io::Error::new(std::io::ErrorKind::NotFound, "no address");
            let mut stream = None;
            for a in addrs {
                match TcpStream::connect_timeout(&a, timeout) {
                    Ok(s) => {
                        stream = Some(s);
                        break;
                    }
                    Err(e) => last = e,
                }
            }
            let s = stream.ok_or_else(|| connect_err(last))?;
            let io_err = |source| IntrospectError::Io {
                target: name.clone(),
                what: "cannot set timeouts".into(),
                source,
            };
            s.set_read_timeout(Some(timeout)).map_err(io_err)?;
            s.set_write_timeout(Some(timeout)).map_err(io_err)?;
            let r = s.try_clone().map_err(io_err)?;
            Session::new(name.clone(), r, s, timeout).run(all)
        }
    }
}

/// One QMP conversation over a reader and a writer.
struct Session<R: Read, W: Write> {
    target: String,
    messages: serde_json::StreamDeserializer<'static, serde_json::de::IoRead<BufReader<R>>, Value>,
    writer: W,
    deadline: Instant,
    next_id: u64,
}

impl<R: Read, W: Write> Session<R, W> {
    fn new(target: String, reader: R, writer: W, timeout: Duration) -> Self {
        Session {
            target,
            messages: serde_json::Deserializer::from_reader(BufReader::new(reader)).into_iter(),
            writer,
            deadline: Instant::now() + timeout * 4,
            next_id: 0,
        }
    }

    fn protocol(&self, message: impl Into<String>) -> IntrospectError {
        IntrospectError::Protocol {
            target: self.target.clone(),
            message: message.into(),
        }
    }

    fn receive(&mut self, waiting_for: &str) -> Result<Value, IntrospectError> {
        if Instant::now() > self.deadline {
            return Err(IntrospectError::Io {
                target: self.target.clone(),
                what: format!("waiting for {waiting_for}"),
                source: std::io::Error::new(std::io::ErrorKind::TimedOut, "deadline passed"),
            });
        }
        match self.messages.next() {
            None => {
                Err(self.protocol(format!("connection closed while waiting for {waiting_for}")))
            }
            Some(Ok(v)) => Ok(v),
            Some(Err(e)) if e.is_io() => Err(IntrospectError::Io {
                target: self.target.clone(),
                what: format!("waiting for {waiting_for}"),
                source: e.into(),
            }),
            Some(Err(e)) => {
                Err(self.protocol(format!("invalid JSON while waiting for {waiting_for}: {e}")))
            }
        }
    }

    /// Sends `command` and returns the `return` value of its reply,
    /// skipping events.
    fn execute(&mut self, command: &str) -> Result<Value, IntrospectError> {
        self.next_id += 1;
        let id = format!("introspect-{}", self.next_id);
        let mut line = json!({ "execute": command, "id": id }).to_string();
        line.push('\n');
        self.writer
            .write_all(line.as_bytes())
            .and_then(|()| self.writer.flush())
            .map_err(|source| IntrospectError::Io {
                target: self.target.clone(),
                what: format!("sending '{command}'"),
                source,
            })?;
        loop {
            let mut msg = self.receive(&format!("the reply to '{command}'"))?;
            let Some(obj) = msg.as_object_mut() else {
                return Err(self.protocol(format!("a message is not an object: {msg}")));
            };
            if obj.contains_key("event") {
                continue;
            }
            if obj
                .get("id")
                .is_some_and(|i| i != &Value::String(id.clone()))
            {
                continue;
            }
            if let Some(r) = obj.remove("return") {
                return Ok(r);
            }
            if let Some(e) = obj.get("error") {
                let text = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("?").to_string();
                return Err(IntrospectError::Command {
                    target: self.target.clone(),
                    command: command.to_string(),
                    class: text("class"),
                    desc: text("desc"),
                });
            }
            return Err(self.protocol(format!("unexpected message: {msg}")));
        }
    }

    fn run(mut self, all: bool) -> Result<Capture, IntrospectError> {
        let greeting = self.receive("the greeting")?;
        if greeting.get("QMP").is_none() {
            return Err(self.protocol(format!("the greeting has no \"QMP\" key: {greeting}")));
        }
        self.execute("qmp_capabilities")?;
        let mut extra = Vec::new();
        if all {
            for c in ["query-version", "query-commands"] {
                extra.push((c.to_string(), self.execute(c)?));
            }
        }
        let schema = self.execute("query-qmp-schema")?;
        if !schema.is_array() {
            return Err(self.protocol("the reply to 'query-qmp-schema' is not an array"));
        }
        Ok(Capture {
            greeting,
            schema,
            extra,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(
            Target::parse("localhost:4444"),
            Target::Tcp("localhost:4444".into())
        );
        assert_eq!(
            Target::parse("[::1]:4444"),
            Target::Tcp("[::1]:4444".into())
        );
        assert_eq!(
            Target::parse("/tmp/qmp.sock"),
            Target::Unix("/tmp/qmp.sock".into())
        );
        assert_eq!(Target::parse("qmp.sock"), Target::Unix("qmp.sock".into()));
        assert_eq!(Target::parse("host:port"), Target::Unix("host:port".into()));
    }

    /// A scripted server: canned output, and the bytes the client wrote.
    fn session(server: &str) -> Session<&[u8], Vec<u8>> {
        Session::new(
            "test".into(),
            server.as_bytes(),
            Vec::new(),
            Duration::from_secs(5),
        )
    }

    #[test]
    fn conversation_skips_events() {
        let server = concat!(
            "{\"QMP\": {\"version\": {}, \"capabilities\": []}}\r\n",
            "{\"return\": {}, \"id\": \"introspect-1\"}\r\n",
            "{\"event\": \"STOP\", \"timestamp\": {}}\r\n",
            "{\"return\": [{\"name\": \"str\"}], \"id\": \"introspect-2\"}\r\n",
        );
        let cap = session(server).run(false).expect("conversation");
        assert_eq!(cap.schema, json!([{"name": "str"}]));
        assert!(cap.to_object().get("query-qmp-schema").is_some());
    }

    #[test]
    fn errors_are_reported() {
        let err = session("").run(false).expect_err("closed");
        assert!(
            err.to_string()
                .contains("closed while waiting for the greeting"),
            "{err}"
        );
        let err = session("{\"foo\": 1}").run(false).expect_err("no QMP");
        assert!(err.to_string().contains("greeting"), "{err}");
        let server =
            "{\"QMP\": {}}\n{\"error\": {\"class\": \"GenericError\", \"desc\": \"no\"}}\n";
        let err = session(server).run(false).expect_err("error reply");
        assert!(
            err.to_string()
                .contains("'qmp_capabilities' failed: GenericError: no"),
            "{err}"
        );
        let err = session("{\"QMP\": {}} {nope")
            .run(false)
            .expect_err("bad json");
        assert!(err.to_string().contains("invalid JSON"), "{err}");
    }
}
