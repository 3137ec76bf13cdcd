//! The client's error type: server errors with their class, replies that do
//! not decode (with the raw JSON and the serde path), and transport failures.

use qmp_types::ErrorClass;
use serde_json::Value;
use std::time::Duration;

/// Everything a QMP call can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The server answered with `{"error": ...}`.
    #[error("{command}: {class}: {desc}")]
    Server {
        /// The command that failed.
        command: String,
        /// The server's error class (unknown classes are kept by name).
        class: ErrorClass,
        /// The server's description.
        desc: String,
    },
    /// The reply arrived but its `return` does not decode into the expected
    /// type.
    #[error(transparent)]
    Decode(Box<DecodeError>),
    /// Reading or writing the socket failed.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    /// Nothing came back within the time allowed.
    #[error("timed out after {after:?} waiting for {waiting_for}")]
    Timeout {
        /// What was awaited: `the reply to query-status`, `an event`, ...
        waiting_for: String,
        /// The time allowed.
        after: Duration,
    },
    /// The server closed the connection (or it was closed earlier).
    #[error("the QMP server closed the connection")]
    Disconnected,
    /// An earlier request was cut off part way (its call timed out while
    /// sending, or the socket failed after some bytes went out), so the
    /// server would read the next request glued to it: every later call
    /// fails at once with this. Reconnect.
    #[error("the connection is broken: {reason}")]
    Broken {
        /// What happened.
        reason: String,
    },
    /// The server sent something that is not QMP: a line that is not JSON,
    /// or JSON of an unexpected shape. Holds the start of the line.
    #[error("protocol error: {0}")]
    Protocol(String),
    /// A message was longer than the configured limit; the rest of the line
    /// was skipped without being stored.
    #[error("a QMP message exceeded the limit of {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// `exec-oob` was asked for but out-of-band execution was not
    /// negotiated (the server did not offer it or the options disabled it).
    #[error("{command}: out-of-band execution was not negotiated")]
    OobNotEnabled {
        /// The command.
        command: String,
    },
    /// The bindings know the server's QEMU release lacks the command
    /// (bindings generated for a range of releases, see
    /// `qmp_codegen::Config::min_qemu`); it was not sent.
    #[error(
        "{command}: needs QEMU {since} or later (QEMU {missing_in} lacks it); \
         the server is QEMU {server}, so it was not sent"
    )]
    Unavailable {
        /// The command.
        command: String,
        /// The first release known to have it.
        since: qmp_types::QemuRelease,
        /// The newest release known to lack it.
        missing_in: qmp_types::QemuRelease,
        /// The server's version, from its greeting (`7.2.22`).
        server: String,
    },
    /// The request nests arrays and objects deeper than QEMU's JSON parser
    /// accepts (1024 levels, the request object included); it was not sent.
    /// QEMU would refuse it with an error that has no `id`, followed by
    /// about a thousand more for the rest of the line, and QEMU 10.0.2 can
    /// abort on that flood (an assertion on its request queue).
    #[error(
        "{command}: the request nests {depth} levels deep, more than the {limit} \
         QEMU's JSON parser accepts; it was not sent"
    )]
    TooDeep {
        /// The command.
        command: String,
        /// The request's nesting, the request object included.
        depth: usize,
        /// The deepest nesting QEMU accepts.
        limit: usize,
    },
    /// File descriptors can only be passed over a Unix socket.
    #[error("{command}: file descriptors can only be passed over a Unix socket")]
    FdPassingUnsupported {
        /// The command.
        command: String,
    },
}

/// A reply whose `return` value did not decode into the command's `Returns`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error(
    "{command}: the reply does not decode into {rust_type} at `{path}`: {message}{}",
    server_older.as_deref().map(|n| format!(" ({n})")).unwrap_or_default()
)]
pub struct DecodeError {
    /// The command whose reply it is.
    pub command: String,
    /// The Rust type the reply was decoded into (`qmp_bindings::api::StatusInfo`).
    pub rust_type: String,
    /// Set when the server is older than the release the bindings were
    /// generated for: says so, with both versions.
    pub server_older: Option<String>,
    /// Where in the reply decoding failed, as serde_path_to_error prints it
    /// (`.status`, `[3].name`; `.` for the top level).
    pub path: String,
    /// The deserializer's message.
    pub message: String,
    /// The `return` value as received.
    pub raw: Value,
}

impl Error {
    /// The server's error class, when the server answered with an error.
    pub fn class(&self) -> Option<&ErrorClass> {
        match self {
            Error::Server { class, .. } => Some(class),
            _ => None,
        }
    }

    pub(crate) fn timeout(waiting_for: impl Into<String>, after: Duration) -> Self {
        Error::Timeout {
            waiting_for: waiting_for.into(),
            after,
        }
    }
}

/// The result type of every client call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Decodes `raw` into `T`, keeping the serde path and the raw value on
/// failure.
pub(crate) fn decode_value<T: serde::de::DeserializeOwned + Send>(
    command: &str,
    raw: Value,
) -> Result<T> {
    // Replies can nest deep (backing chains): deep ones get a bigger stack.
    let depth = crate::stack::value_nesting(&raw);
    let what = format!("the reply of {command}");
    match crate::stack::for_depth(depth, &what, || {
        serde_path_to_error::deserialize::<_, T>(&raw)
    })? {
        Ok(v) => Ok(v),
        Err(e) => {
            let path = e.path().to_string();
            let message = e.into_inner().to_string();
            Err(Error::Decode(Box::new(DecodeError {
                command: command.to_string(),
                rust_type: std::any::type_name::<T>().to_owned(),
                server_older: None,
                path,
                message,
                raw,
            })))
        }
    }
}
