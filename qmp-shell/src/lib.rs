//! `qmp-shell`: an interactive shell for QEMU's QMP monitor, a drop-in for
//! QEMU's Python `qmp-shell`, with help, completion and argument checks
//! taken from a QMP schema, and an HMP mode (`-H`).
//!
//! - [`args`]: the `command key=value` syntax and `transaction(` grouping;
//! - [`check`]: checks a request against the schema before it is sent;
//! - [`complete`]: the completion engine (commands, arguments, enum values);
//! - [`help`]: `help COMMAND` from the schema;
//! - [`hmp`]: HMP command lists from the server and help from hx files;
//! - [`lookup`]: schema lookups shared by checks, completion and help;
//! - [`output`]: JSON printed as the Python shell prints it;
//! - [`session`]: handling a line, and the scripted loop;
//! - [`editor`]: the interactive loop on rustyline;
//! - [`transport`]: the connection (qmp-client, or raw for `-N`);
//! - [`schema`]: the built-in schema and `--schema` loading.

pub mod args;
pub mod check;
pub mod complete;
pub mod editor;
mod fuzzy;
pub mod help;
pub mod hmp;
pub mod lookup;
pub mod output;
pub mod schema;
pub mod session;
pub mod transport;
