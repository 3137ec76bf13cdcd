//! A stand-in command for the fake-server tests, and connection helpers.

use super::FakeServer;
use qmp_client::{AsyncClient, Client, Options, RawEvent};
use qmp_types::Command;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::time::Duration;

/// A command with a typed reply, standing in for generated bindings.
#[derive(Serialize)]
pub struct Probe {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
}

#[derive(Debug, Deserialize, PartialEq)]
pub struct ProbeInfo {
    pub running: bool,
    pub status: String,
}

impl Command for Probe {
    const NAME: &'static str = "probe";
    const ALLOW_OOB: bool = false;
    type Returns = ProbeInfo;
}

pub const PROBE: Probe = Probe { size: None };

pub fn ok_info() -> Value {
    json!({"running": true, "status": "running"})
}

pub fn short() -> Options {
    Options {
        timeout: Some(Duration::from_secs(10)),
        ..Options::default()
    }
}

pub fn blocking(server: &FakeServer, options: &Options) -> Client<RawEvent> {
    Client::connect_generic(server.socket.as_path(), options).expect("connect")
}

pub async fn asynchronous(server: &FakeServer, options: &Options) -> AsyncClient<RawEvent> {
    AsyncClient::connect_generic(server.socket.as_path(), options)
        .await
        .expect("connect")
}
