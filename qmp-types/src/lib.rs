//! The hand-written QMP protocol layer that generated bindings build on.
//!
//! - [`Command`]: implemented by every generated command struct that the
//!   server answers; [`SilentCommand`] by those it does not answer on
//!   success (the guest agent's `guest-shutdown`, `guest-suspend-*`);
//! - [`Greeting`], [`Version`], [`Capability`]: what the server says first;
//! - [`Request`]: the `execute` / `exec-oob` envelope;
//! - [`Response`], [`ErrorReply`], [`ErrorClass`]: what comes back;
//! - [`EventEnvelope`], [`Timestamp`]: asynchronous events;
//! - [`Empty`]: the `{}` a command without a return value replies with;
//! - [`nested`]: `Vec2<T>` .. `Vec64<T>`, arrays of arrays as generated code
//!   spells them;
//! - [`Availability`], [`QemuRelease`]: which QEMU releases have a command;
//! - [`registry`]: [`CommandInfo`] / [`EventInfo`] tables and the generic
//!   helpers behind the generated `roundtrip_arguments` / `decode_return`.

mod availability;
mod envelope;
mod greeting;
pub mod nested;
pub mod registry;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;

pub use availability::{Availability, QemuRelease};
pub use envelope::*;
pub use greeting::*;
pub use registry::{ArgInfo, CommandInfo, EventInfo};

use serde::de::DeserializeOwned;
use serde::Serialize;

/// A QMP command: a value holding its arguments, sent as `arguments`.
///
/// Commands whose schema says `success-response: false` do not implement
/// it: a client waiting for their reply would wait forever. They implement
/// [`SilentCommand`] instead.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a QMP command that the server answers",
    note = "a command the server does not answer on success (`success-response: false`) implements `SilentCommand`: send it with the client's `send`, not `execute`"
)]
pub trait Command: Serialize {
    /// The wire name (`query-status`).
    const NAME: &'static str;
    /// Whether the schema allows it to be sent with `exec-oob`.
    const ALLOW_OOB: bool;
    /// What a successful reply's `return` decodes into.
    type Returns: DeserializeOwned + Send;
    /// Which QEMU releases have the command, when the bindings were
    /// generated for a range of releases; clients refuse to send it to a
    /// server known to lack it.
    const AVAILABILITY: Availability = Availability::UNKNOWN;
}

/// A command the server does not answer when it succeeds (the schema says
/// `success-response: false`): the guest agent's `guest-shutdown` and
/// `guest-suspend-disk` / `-ram` / `-hybrid`, which take the guest down
/// before a reply could be read. It has no `Returns` type, so no client
/// method waits for its reply: a client *sends* it and returns once the
/// request is written. The server still answers an error (a disabled
/// command, a bad argument), and the guest agent client reports such late
/// errors separately.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a command that goes unanswered (`success-response: false`)",
    note = "commands the server answers implement `Command`: run them with `execute`"
)]
pub trait SilentCommand: Serialize {
    /// The wire name (`guest-shutdown`).
    const NAME: &'static str;
}

/// Marker for commands whose schema allows `exec-oob`; generated for exactly
/// the commands with `ALLOW_OOB = true`, so sending any other command out of
/// band does not compile.
pub trait OobCommand: Command {}

/// The decoded `data` of an event: implemented by the generated `Event` enum.
pub trait EventData: Sized {
    /// Builds the event from its wire name and `data` (absent data is `null`).
    fn from_parts(name: &str, data: serde_json::Value) -> Result<Self, serde_json::Error>;
    /// The wire name of the event.
    fn name(&self) -> &str;
}

/// The empty object a command without a declared return value replies with.
/// Any members a newer server adds are ignored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Empty {}
