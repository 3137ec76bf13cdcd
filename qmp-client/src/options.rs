//! Where to connect ([`Address`]) and how ([`Options`], [`Handshake`]).

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

/// Default limit on one message: 64 MiB, the largest JSON token QEMU's own
/// parser accepts. The `query-qmp-schema` reply of qemu-system-x86_64 10.0
/// is about 0.4 MB.
pub const DEFAULT_MAX_MESSAGE_SIZE: usize = 64 << 20;

/// Default time a call waits for its reply.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Default number of events kept while nobody reads them.
pub const DEFAULT_EVENT_BUFFER: usize = 1024;

/// A QMP server address: a Unix socket path or a TCP `host:port`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Address {
    /// A Unix socket path.
    Unix(PathBuf),
    /// A TCP `host:port`.
    Tcp(String),
}

impl FromStr for Address {
    type Err = std::convert::Infallible;

    /// `HOST:PORT` (no `/`, a numeric port after the last `:`) is TCP;
    /// anything else is a Unix socket path. `unix:PATH` and `tcp:HOST:PORT`
    /// force the kind.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(path) = s.strip_prefix("unix:") {
            return Ok(Address::Unix(path.into()));
        }
        if let Some(hp) = s.strip_prefix("tcp:") {
            return Ok(Address::Tcp(hp.to_string()));
        }
        let is_tcp = !s.contains('/')
            && s.rsplit_once(':').is_some_and(|(host, port)| {
                !host.is_empty() && !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit())
            });
        Ok(if is_tcp {
            Address::Tcp(s.to_string())
        } else {
            Address::Unix(s.into())
        })
    }
}

impl From<&str> for Address {
    fn from(s: &str) -> Self {
        match s.parse() {
            Ok(a) => a,
            Err(never) => match never {},
        }
    }
}

impl From<PathBuf> for Address {
    fn from(p: PathBuf) -> Self {
        Address::Unix(p)
    }
}

impl From<&std::path::Path> for Address {
    fn from(p: &std::path::Path) -> Self {
        Address::Unix(p.to_path_buf())
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Address::Unix(p) => write!(f, "{}", p.display()),
            Address::Tcp(hp) => f.write_str(hp),
        }
    }
}

/// Connection options. `Options::default()` is what `connect` uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The longest message accepted, in bytes ([`DEFAULT_MAX_MESSAGE_SIZE`]).
    /// A longer line fails the call it answers with `Error::TooLarge` and is
    /// skipped without being stored.
    pub max_message_size: usize,
    /// How long a call (and the greeting) waits by default; `None` waits
    /// forever. [`DEFAULT_TIMEOUT`].
    pub timeout: Option<Duration>,
    /// Enable out-of-band execution when the server offers it (default true).
    pub oob: bool,
    /// How many events are kept while nobody reads them; when full the oldest
    /// is dropped and counted ([`DEFAULT_EVENT_BUFFER`]).
    pub event_buffer: usize,
    /// What happens between connecting and the first call ([`Handshake`];
    /// default: read the greeting, then negotiate).
    pub handshake: Handshake,
}

/// How much of the QMP handshake `connect` performs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Handshake {
    /// Read the greeting, then send `qmp_capabilities` (enabling `oob` when
    /// both sides want it). What QMP servers expect.
    #[default]
    Negotiate,
    /// Read and decode the greeting but send nothing: the server stays in
    /// capabilities-negotiation mode, where it accepts only
    /// `qmp_capabilities` (send it yourself with `execute_raw`). Out-of-band
    /// execution stays off.
    GreetingOnly,
    /// Neither wait for a greeting nor negotiate, for servers that send no
    /// greeting (the guest agent, qemu-ga). `greeting()` is then a
    /// placeholder (version 0.0.0, no capabilities) and a greeting that
    /// does arrive is ignored.
    NoGreeting,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_message_size: DEFAULT_MAX_MESSAGE_SIZE,
            timeout: Some(DEFAULT_TIMEOUT),
            oob: true,
            event_buffer: DEFAULT_EVENT_BUFFER,
            handshake: Handshake::Negotiate,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_addresses() {
        assert_eq!(
            Address::from("/tmp/q.sock"),
            Address::Unix("/tmp/q.sock".into())
        );
        assert_eq!(Address::from("q.sock"), Address::Unix("q.sock".into()));
        assert_eq!(
            Address::from("localhost:4444"),
            Address::Tcp("localhost:4444".into())
        );
        assert_eq!(
            Address::from("[::1]:4444"),
            Address::Tcp("[::1]:4444".into())
        );
        assert_eq!(Address::from("./a:1"), Address::Unix("./a:1".into()));
        assert_eq!(Address::from("unix:h:1"), Address::Unix("h:1".into()));
        assert_eq!(Address::from("tcp:h:1"), Address::Tcp("h:1".into()));
    }
}
