//! Clients for the QEMU guest agent (`qemu-ga`), the agent that runs inside
//! a guest and answers the host over a virtio-serial port (which QEMU
//! exposes on the host as a `chardev socket`, a Unix socket or TCP port).
//!
//! The agent speaks QMP's framing without its manners: no greeting, no
//! capabilities, no events, and a channel that outlives conversations. So
//! the clients here differ from [`crate::Client`]:
//!
//! - they **sync** before the first call: a 0xFF byte (which resets the
//!   agent's parser) and `guest-sync-delimited` with a fresh random id,
//!   discarding every line until the reply with that id; and again after a
//!   timeout, a cancelled call, an i/o error or a reconnect;
//! - commands the agent does not answer on success (`guest-shutdown`,
//!   `guest-suspend-*`: `success-response: false`) implement
//!   [`qmp_types::SilentCommand`], not [`qmp_types::Command`]: they go
//!   through [`GuestAgent::send`], which returns once the request is
//!   written, and `execute` does not accept them. An error the agent
//!   answers to them later is kept for [`GuestAgent::late_errors`];
//! - helpers run a program to its end and decode its output
//!   ([`GuestAgent::exec`]), and copy files in and out of the guest in
//!   chunks of bounded size ([`GuestAgent::read_file`],
//!   [`GuestAgent::write_file`]).
//!
//! [`GuestAgent`] is blocking; `AsyncGuestAgent` (feature `tokio`) is the
//! same for tokio, its calls taking turns on the one connection.
//!
//! ```no_run
//! use qmp_bindings::qga;
//! use qmp_client::qga::GuestAgent;
//! # fn main() -> qmp_client::Result<()> {
//! let mut agent = GuestAgent::connect("/run/vm1/qga.sock")?;
//! let info = agent.execute(&qga::GuestInfo)?;
//! println!("agent {}", info.version);
//! let run = agent.exec(&qga::GuestExecCmd {
//!     path: "/bin/uname".into(),
//!     arg: Some(vec!["-r".into()]),
//!     env: None,
//!     input_data: None,
//!     capture_output: Some(qga::GuestExecCaptureOutput::Flag(true)),
//! })?;
//! println!("kernel {}", String::from_utf8_lossy(&run.stdout));
//! # Ok(()) }
//! ```
//!
//! A command the agent does not answer does not compile with `execute`:
//!
//! ```compile_fail
//! # fn f(agent: &mut qmp_client::qga::GuestAgent) -> qmp_client::Result<()> {
//! agent.execute(&qmp_bindings::qga::GuestSuspendDisk)?;
//! # Ok(()) }
//! ```

#[cfg(feature = "tokio")]
mod asynchronous;
mod blocking;
mod core;
mod exec;
mod file;

#[cfg(feature = "tokio")]
pub use asynchronous::AsyncGuestAgent;
pub use blocking::GuestAgent;
pub use exec::{decode_base64, encode_base64, ExecOutput, ExecPoll};
pub use file::{FileChunk, DEFAULT_FILE_CHUNK, MAX_FILE_CHUNK};

use std::time::Duration;

/// Default time a call waits for its reply.
pub const DEFAULT_AGENT_TIMEOUT: Duration = Duration::from_secs(30);

/// Default time a sync waits for the agent's answer.
pub const DEFAULT_SYNC_TIMEOUT: Duration = Duration::from_secs(10);

/// How a guest agent client connects and waits. `AgentOptions::default()`
/// is what `connect` uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgentOptions {
    /// How long a call waits for its reply by default; `None` waits forever
    /// ([`DEFAULT_AGENT_TIMEOUT`]). A call that times out leaves the
    /// connection to be synced again before the next call, which drops the
    /// late reply.
    pub timeout: Option<Duration>,
    /// How long a sync waits ([`DEFAULT_SYNC_TIMEOUT`]). An agent that
    /// does not answer in time is not running, not installed in the guest,
    /// or serving another client (`qemu-ga` serves one at a time).
    pub sync_timeout: Duration,
    /// The longest reply accepted, in bytes
    /// ([`crate::DEFAULT_MAX_MESSAGE_SIZE`]); a longer one fails its call
    /// with `Error::TooLarge` and is skipped without being stored.
    pub max_message_size: usize,
    /// How many bytes the file helpers move per `guest-file-read` /
    /// `guest-file-write` ([`DEFAULT_FILE_CHUNK`], at most
    /// [`MAX_FILE_CHUNK`]); the helpers hold about three times this much.
    pub file_chunk: usize,
}

impl Default for AgentOptions {
    fn default() -> Self {
        AgentOptions {
            timeout: Some(DEFAULT_AGENT_TIMEOUT),
            sync_timeout: DEFAULT_SYNC_TIMEOUT,
            max_message_size: crate::DEFAULT_MAX_MESSAGE_SIZE,
            file_chunk: DEFAULT_FILE_CHUNK,
        }
    }
}
