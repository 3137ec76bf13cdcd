//! Requests, replies, errors and event envelopes.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A request: `{"execute": NAME, "arguments": {...}, "id": ID}`, or the same
/// with `exec-oob`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request<A = Value> {
    /// The command name, under `execute`.
    #[serde(rename = "execute", skip_serializing_if = "Option::is_none", default)]
    pub execute: Option<String>,
    /// The command name, under `exec-oob` (out of band).
    #[serde(rename = "exec-oob", skip_serializing_if = "Option::is_none", default)]
    pub exec_oob: Option<String>,
    /// The arguments; omitted when `None`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub arguments: Option<A>,
    /// The id the reply will carry.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub id: Option<Value>,
}

impl Request<Value> {
    /// The `execute` request for `cmd`. A command whose arguments serialise
    /// to an empty object is sent without `arguments`.
    pub fn execute<C: crate::Command>(
        cmd: &C,
        id: Option<Value>,
    ) -> Result<Self, serde_json::Error> {
        Ok(Request {
            execute: Some(C::NAME.to_owned()),
            exec_oob: None,
            arguments: arguments_of(cmd)?,
            id,
        })
    }

    /// The `exec-oob` request for `cmd`; only commands the schema allows out
    /// of band implement [`crate::OobCommand`].
    pub fn exec_oob<C: crate::OobCommand>(
        cmd: &C,
        id: Option<Value>,
    ) -> Result<Self, serde_json::Error> {
        Ok(Request {
            execute: None,
            exec_oob: Some(C::NAME.to_owned()),
            arguments: arguments_of(cmd)?,
            id,
        })
    }
}

fn arguments_of<C: Serialize>(cmd: &C) -> Result<Option<Value>, serde_json::Error> {
    Ok(match serde_json::to_value(cmd)? {
        Value::Null => None,
        Value::Object(m) if m.is_empty() => None,
        v => Some(v),
    })
}

/// The class of a QMP error. Classes this crate does not know are kept.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ErrorClass {
    /// The generic error class.
    GenericError,
    /// The command does not exist.
    CommandNotFound,
    /// The device does not exist.
    DeviceNotFound,
    /// The device is not active.
    DeviceNotActive,
    /// KVM is missing.
    KVMMissingCap,
    /// A class this crate does not know.
    Other(String),
}

impl ErrorClass {
    /// The wire name.
    pub fn as_str(&self) -> &str {
        match self {
            ErrorClass::GenericError => "GenericError",
            ErrorClass::CommandNotFound => "CommandNotFound",
            ErrorClass::DeviceNotFound => "DeviceNotFound",
            ErrorClass::DeviceNotActive => "DeviceNotActive",
            ErrorClass::KVMMissingCap => "KVMMissingCap",
            ErrorClass::Other(s) => s,
        }
    }
}

impl std::fmt::Display for ErrorClass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorClass {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorClass {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(match s.as_str() {
            "GenericError" => ErrorClass::GenericError,
            "CommandNotFound" => ErrorClass::CommandNotFound,
            "DeviceNotFound" => ErrorClass::DeviceNotFound,
            "DeviceNotActive" => ErrorClass::DeviceNotActive,
            "KVMMissingCap" => ErrorClass::KVMMissingCap,
            _ => ErrorClass::Other(s),
        })
    }
}

/// The `error` member of a failed reply.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorReply {
    /// The error class.
    pub class: ErrorClass,
    /// A human-readable description.
    pub desc: String,
}

/// A reply to a request: `{"return": ...}` or `{"error": {...}}`, with the
/// request's id if it had one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response<T = Value> {
    /// The outcome.
    #[serde(flatten)]
    pub result: ResponseResult<T>,
    /// The id of the request this answers.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub id: Option<Value>,
}

/// Success or failure of a [`Response`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ResponseResult<T = Value> {
    /// The command succeeded.
    #[serde(rename = "return")]
    Return(T),
    /// The command failed.
    #[serde(rename = "error")]
    Error(ErrorReply),
}

/// When an event happened: seconds and microseconds since the epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Timestamp {
    /// Seconds.
    pub seconds: i64,
    /// Microseconds.
    pub microseconds: i64,
}

/// An event as it arrives: name, optional data and timestamp.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventEnvelope {
    /// The event name.
    pub event: String,
    /// The event data (`null` when absent).
    #[serde(default)]
    pub data: Value,
    /// When it happened.
    pub timestamp: Timestamp,
}

impl EventEnvelope {
    /// Decodes the event into a typed event (the generated `Event` enum);
    /// events that type does not know land in its catch-all.
    pub fn decode<E: crate::EventData>(&self) -> Result<E, serde_json::Error> {
        E::from_parts(&self.event, self.data.clone())
    }
}
