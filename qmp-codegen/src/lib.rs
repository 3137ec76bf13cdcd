//! Turns a [`qmp_schema::Schema`] into typed Rust and `qmp-commands.txt`.
//!
//! - [`docs`]: the `qmp-commands.txt` documentation;
//! - [`rust`]: the typed Rust bindings (syn / quote, formatted by prettyplease);
//! - [`naming`]: every rule that turns a schema name into a Rust name;
//! - [`config`]: the builder API for `build.rs` scripts;
//! - [`convert`]: any schema written out in the typed hx dialect;
//! - [`introspect_client`]: fetches `query-qmp-schema` from a running QEMU.

pub mod config;
pub mod convert;
pub mod docs;
pub mod introspect_client;
pub mod naming;
pub mod rust;

pub use config::Config;
