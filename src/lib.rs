//! Typed QMP bindings generated at build time from a QMP schema.
//!
//! `build.rs` runs `qmp-codegen` over `schema/qmp-commands.hx` (or the file
//! named by `$QMP_SCHEMA`); the result is the [`api`] module, re-exported
//! here:
//!
//! - one struct per command (`QueryStatus`, `BlockdevAdd`, ...) implementing
//!   [`Command`], and [`OobCommand`] when it may be sent out of band;
//! - the schema's structs, enums (with an `Unknown` catch-all), unions and
//!   alternates;
//! - [`api::Event`], a variant per event plus a catch-all;
//! - [`api::COMMANDS`] / [`api::EVENTS`] and the by-name helpers
//!   [`api::roundtrip_arguments`] / [`api::decode_return`].
//!
//! [`QMP_COMMANDS_TXT`] is the `qmp-commands.txt` generated from the same
//! schema.

pub use qmp_types;
pub use qmp_types::{
    ArgInfo, Capability, Command, CommandInfo, Empty, ErrorClass, ErrorReply, EventData,
    EventEnvelope, EventInfo, Greeting, OobCommand, Request, Response, ResponseResult, Timestamp,
    Version,
};
/// The JSON library the bindings are built on, re-exported so that a
/// program's `serde_json::Value` (`DeviceAdd::extra`, raw replies, untyped
/// members) is always the same type as the bindings'.
pub use serde_json;

/// The bindings generated from the shipped schema.
#[deny(warnings)]
pub mod api {
    include!(concat!(env!("OUT_DIR"), "/qmp_bindings.rs"));
}

pub use api::*;

/// The `qmp-commands.txt` documentation generated from the shipped schema.
pub const QMP_COMMANDS_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/qmp-commands.txt"));

/// The schema the bindings were generated from, as one file of the typed hx
/// dialect (includes resolved, docs kept): what `qmp-shell` reads for help,
/// completion and its checks. Parse it with `qmp_schema::hx::parse`.
pub const SCHEMA_HX: &str = include_str!(concat!(env!("OUT_DIR"), "/qmp-schema.hx"));
