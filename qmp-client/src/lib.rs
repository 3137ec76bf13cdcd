//! Blocking and tokio clients for QMP, the QEMU Machine Protocol, driving the
//! typed bindings of the `qmp-bindings` crate.
//!
//! - [`Client`]: blocking, one call at a time, events buffered meanwhile;
//! - `AsyncClient` (feature `tokio`, off by default, so that blocking users
//!   do not build tokio): any number of calls in flight, events broadcast to
//!   every `EventStream`;
//! - `Client::check_bindings` / `AsyncClient::check_bindings`: compare
//!   the compiled bindings with what a live server's `query-qmp-schema` says
//!   (feature `check`, off by default: it brings in the schema reader);
//! - [`qga`]: clients for the QEMU guest agent (`qemu-ga`), which syncs
//!   instead of greeting and leaves some commands unanswered.
//!
//! ```no_run
//! use qmp_client::Client;
//! # fn main() -> Result<(), qmp_client::Error> {
//! let mut qmp = Client::connect("/tmp/qmp.sock")?;
//! let status = qmp.execute(&qmp_bindings::api::QueryStatus)?;
//! println!("running: {}", status.running);
//! let text = qmp.hmp("info status")?;
//! # let _ = text; Ok(())
//! # }
//! ```

//!
//! Only commands the schema allows out of band implement
//! [`qmp_types::OobCommand`], so `execute_oob` with any other command does
//! not compile:
//!
//! ```no_run
//! fn yank(qmp: &mut qmp_client::Client) -> qmp_client::Result<()> {
//!     qmp.execute_oob(&qmp_bindings::api::QueryYank)?;
//!     Ok(())
//! }
//! ```
//!
//! ```compile_fail
//! fn status(qmp: &mut qmp_client::Client) -> qmp_client::Result<()> {
//!     qmp.execute_oob(&qmp_bindings::api::QueryStatus)?;
//!     Ok(())
//! }
//! ```

#[cfg(feature = "tokio")]
mod asynchronous;
mod blocking;
#[cfg(feature = "check")]
mod check;
mod error;
mod fdpass;
mod framing;
mod inflight;
mod options;
mod protocol;
pub mod qga;
#[cfg(feature = "tokio")]
mod router;
mod socket;
mod stack;
mod versions;
#[cfg(feature = "tokio")]
mod wire;

#[cfg(feature = "tokio")]
pub use asynchronous::{AsyncClient, EventStream};
pub use blocking::Client;
#[cfg(feature = "check")]
pub use check::{
    compare_schema, compare_schema_with, ArgDifference, ArgDifferenceKind, Difference, Effect,
    Expected, Report,
};
pub use error::{DecodeError, Error, Result};
pub use options::{
    Address, Handshake, Options, DEFAULT_EVENT_BUFFER, DEFAULT_MAX_MESSAGE_SIZE, DEFAULT_TIMEOUT,
};
pub use protocol::{EventDecodeError, EventMessage, RawEvent, MAX_MESSAGE_NESTING};
pub use qmp_bindings;
pub use qmp_types;
/// The JSON library of the raw calls ([`Client::execute_raw`]) and of
/// `device_add`'s extra properties, re-exported so that its version always
/// matches.
pub use serde_json;

/// The event type the clients decode into unless told otherwise: the
/// generated `Event` of the `qmp-bindings` crate.
pub type DefaultEvent = qmp_bindings::api::Event;

/// The greeting a client holds before the server's arrives.
pub(crate) fn placeholder_greeting() -> qmp_types::Greeting {
    use qmp_types::{GreetingBody, Version, VersionTriple};
    qmp_types::Greeting {
        qmp: GreetingBody {
            version: Version {
                qemu: VersionTriple {
                    major: 0,
                    minor: 0,
                    micro: 0,
                },
                package: String::new(),
            },
            capabilities: Vec::new(),
        },
    }
}
