//! The QMP messages as the client sees them: encoding requests, classifying
//! incoming lines (greeting, reply, event) and decoding events.

use crate::error::{Error, Result};
use crate::stack;
use qmp_types::{Command, EventData, EventEnvelope, Greeting, Request, Timestamp};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// How much of an offending line a [`Error::Protocol`] keeps.
const SHOWN: usize = 512;

/// An event as the client delivers it: the wire name, the timestamp, the raw
/// `data`, and the data decoded into the bindings' event type `E`.
#[derive(Clone, Debug, PartialEq)]
pub struct EventMessage<E> {
    /// The wire name (`STOP`, `JOB_STATUS_CHANGE`, ...).
    pub name: String,
    /// When the server emitted it.
    pub timestamp: Timestamp,
    /// The `data` member as received (`null` when absent).
    pub data: Value,
    /// The event decoded into `E`. Events the bindings do not know decode to
    /// `E`'s catch-all; data that does not fit the known shape is an error
    /// that keeps the message (the raw data is in [`EventMessage::data`]).
    pub decoded: Result<E, EventDecodeError>,
}

/// An event whose data did not decode into the bindings' type.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("event {name}: {message}")]
pub struct EventDecodeError {
    /// The event name.
    pub name: String,
    /// The deserializer's message.
    pub message: String,
}

impl<E: EventData> EventMessage<E> {
    pub(crate) fn from_envelope(env: EventEnvelope) -> Self {
        let decoded = E::from_parts(&env.event, env.data.clone()).map_err(|e| EventDecodeError {
            name: env.event.clone(),
            message: e.to_string(),
        });
        EventMessage {
            name: env.event,
            timestamp: env.timestamp,
            data: env.data,
            decoded,
        }
    }
}

/// An event type that keeps every event as its name and raw data; for
/// servers or events the compiled bindings do not describe.
#[derive(Clone, Debug, PartialEq)]
pub struct RawEvent {
    /// The wire name.
    pub name: String,
    /// The `data` member (`null` when absent).
    pub data: Value,
}

impl EventData for RawEvent {
    fn from_parts(name: &str, data: Value) -> std::result::Result<Self, serde_json::Error> {
        Ok(RawEvent {
            name: name.to_string(),
            data,
        })
    }

    fn name(&self) -> &str {
        &self.name
    }
}

/// One line from the server, classified.
#[derive(Debug)]
pub(crate) enum Incoming {
    /// `{"QMP": ...}`.
    Greeting(Box<Greeting>),
    /// `{"return": ...}` or `{"error": ...}`.
    Reply {
        /// The id, when it is one of ours (an unsigned integer).
        id: Option<u64>,
        /// The id as sent, for logging.
        raw_id: Option<Value>,
        /// The return value or the error.
        outcome: std::result::Result<Value, qmp_types::ErrorReply>,
    },
    /// `{"event": ...}`.
    Event(EventEnvelope),
}

/// The start of `line` as text, for error messages.
pub(crate) fn shown(line: &[u8]) -> String {
    let end = line.len().min(SHOWN);
    let mut s = String::from_utf8_lossy(&line[..end]).into_owned();
    if end < line.len() {
        s.push_str("...");
    }
    s
}

/// The deepest nesting of arrays and objects a message may have. QEMU's
/// own parser refuses requests nested deeper than this (its `MAX_NESTING`,
/// arrays and objects counted together); its replies are not bounded by
/// that: `query-named-block-nodes` on a chain of 140 backing files nests
/// 146 levels. Messages deeper than a few dozen levels are decoded on a
/// thread whose stack is sized for their depth, so no thread's stack size
/// matters.
pub const MAX_MESSAGE_NESTING: usize = 1024;

/// The deepest nesting of arrays and objects in `line` (outside strings).
fn nesting(line: &[u8]) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0, false, false);
    for &b in line {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// Decodes `T` from `value`, nested `depth` levels deep, on a stack big
/// enough for that depth.
fn decode_deep<T: DeserializeOwned + Send>(
    depth: usize,
    what: &str,
    value: Value,
) -> Result<std::result::Result<T, serde_json::Error>> {
    stack::for_depth(depth, what, move || T::deserialize(value))
}

/// Parses a line as JSON, as deep as [`MAX_MESSAGE_NESTING`]; also returns
/// how deep it nests.
fn parse_json(line: &[u8]) -> Result<(Value, usize)> {
    let depth = nesting(line);
    if depth > MAX_MESSAGE_NESTING {
        return Err(Error::Protocol(format!(
            "a message nested {depth} levels deep (at most {MAX_MESSAGE_NESTING}): {}",
            shown(line)
        )));
    }
    let value = stack::for_depth(depth, "a message", || {
        let mut de = serde_json::Deserializer::from_slice(line);
        de.disable_recursion_limit();
        Value::deserialize(&mut de).and_then(|v| de.end().map(|()| v))
    })?;
    let value = value.map_err(|e| Error::Protocol(format!("not JSON ({e}): {}", shown(line))))?;
    Ok((value, depth))
}

/// Classifies one line.
pub(crate) fn parse_line(line: &[u8]) -> Result<Incoming> {
    let (value, depth) = parse_json(line)?;
    let Value::Object(mut obj) = value else {
        return Err(Error::Protocol(format!(
            "not a JSON object: {}",
            shown(line)
        )));
    };
    let bad = |what: &str, e: serde_json::Error| {
        Error::Protocol(format!("malformed {what} ({e}): {}", shown(line)))
    };
    if obj.contains_key("QMP") {
        let g: Greeting = decode_deep(depth, "a greeting", Value::Object(obj))?
            .map_err(|e| bad("greeting", e))?;
        return Ok(Incoming::Greeting(Box::new(g)));
    }
    if obj.contains_key("event") {
        let ev: EventEnvelope =
            decode_deep(depth, "an event", Value::Object(obj))?.map_err(|e| bad("event", e))?;
        return Ok(Incoming::Event(ev));
    }
    let raw_id = obj.remove("id");
    let id = raw_id.as_ref().and_then(Value::as_u64);
    if let Some(ret) = obj.remove("return") {
        return Ok(Incoming::Reply {
            id,
            raw_id,
            outcome: Ok(ret),
        });
    }
    if let Some(err) = obj.remove("error") {
        let err = decode_deep(depth, "an error reply", err)?.map_err(|e| bad("error reply", e))?;
        return Ok(Incoming::Reply {
            id,
            raw_id,
            outcome: Err(err),
        });
    }
    Err(Error::Protocol(format!(
        "not a QMP message: {}",
        shown(line)
    )))
}

/// The arguments of `cmd` as a JSON object, or `None` when it has none.
pub(crate) fn arguments<C: Serialize + ?Sized>(name: &str, cmd: &C) -> Result<Option<Value>> {
    let value = serde_json::to_value(cmd)
        .map_err(|e| Error::Protocol(format!("{name}: cannot encode the arguments: {e}")))?;
    Ok(match value {
        Value::Null => None,
        Value::Object(m) if m.is_empty() => None,
        v @ Value::Object(_) => Some(v),
        other => {
            return Err(Error::Protocol(format!(
                "{name}: arguments must be a JSON object, not {other}"
            )))
        }
    })
}

/// The deepest nesting of arrays and objects QEMU's JSON parser accepts in
/// one message (`MAX_NESTING` of QEMU's json-streamer; the guest agent uses
/// the same parser).
pub(crate) const QEMU_MAX_NESTING: usize = 1024;

/// The bytes of one request line, newline included; [`Error::TooDeep`]
/// when QEMU could not parse it (see there: refusing it here protects the
/// server).
pub(crate) fn encode_request(
    name: &str,
    oob: bool,
    args: Option<Value>,
    id: u64,
) -> Result<Vec<u8>> {
    let depth = 1 + args.as_ref().map_or(0, stack::value_nesting);
    if depth > QEMU_MAX_NESTING {
        return Err(Error::TooDeep {
            command: name.to_string(),
            depth,
            limit: QEMU_MAX_NESTING,
        });
    }
    let req = Request {
        execute: (!oob).then(|| name.to_string()),
        exec_oob: oob.then(|| name.to_string()),
        arguments: args,
        id: Some(Value::from(id)),
    };
    // Serializing a Request of plain JSON values cannot fail.
    let mut bytes = serde_json::to_vec(&req).unwrap_or_default();
    bytes.push(b'\n');
    Ok(bytes)
}

/// `qmp_capabilities`, sent during negotiation.
#[derive(Serialize)]
pub(crate) struct QmpCapabilities {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) enable: Vec<String>,
}

impl Command for QmpCapabilities {
    const NAME: &'static str = "qmp_capabilities";
    const ALLOW_OOB: bool = false;
    type Returns = qmp_types::Empty;
}

/// `human-monitor-command`, behind `hmp()`.
#[derive(Serialize)]
pub(crate) struct HumanMonitorCommand<'a> {
    #[serde(rename = "command-line")]
    pub(crate) command_line: &'a str,
}

impl Command for HumanMonitorCommand<'_> {
    const NAME: &'static str = "human-monitor-command";
    const ALLOW_OOB: bool = false;
    type Returns = String;
}

/// A raw JSON command for the `*_raw` calls.
pub(crate) fn raw_arguments(args: Option<Map<String, Value>>) -> Option<Value> {
    args.filter(|m| !m.is_empty()).map(Value::Object)
}

/// Turns a reply outcome into the return value or a server error.
pub(crate) fn outcome_to_result(
    command: &str,
    outcome: std::result::Result<Value, qmp_types::ErrorReply>,
) -> Result<Value> {
    outcome.map_err(|e| Error::Server {
        command: command.to_string(),
        class: e.class,
        desc: e.desc,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_messages() {
        assert!(matches!(
            parse_line(br#"{"return": {}, "id": 3}"#),
            Ok(Incoming::Reply {
                id: Some(3),
                outcome: Ok(_),
                ..
            })
        ));
        assert!(matches!(
            parse_line(br#"{"error": {"class": "Nope", "desc": "x"}, "id": "a"}"#),
            Ok(Incoming::Reply {
                id: None,
                outcome: Err(_),
                ..
            })
        ));
        assert!(matches!(
            parse_line(br#"{"event": "STOP", "timestamp": {"seconds": 1, "microseconds": 2}}"#),
            Ok(Incoming::Event(_))
        ));
        assert!(matches!(parse_line(b"hello"), Err(Error::Protocol(_))));
        assert!(matches!(parse_line(b"[1]"), Err(Error::Protocol(_))));
        assert!(matches!(
            parse_line(br#"{"x": 1}"#),
            Err(Error::Protocol(_))
        ));
    }

    #[test]
    fn encodes_requests() {
        let b = encode_request("stop", false, None, 9).unwrap();
        assert_eq!(b, b"{\"execute\":\"stop\",\"id\":9}\n");
        let b = encode_request("x", true, Some(serde_json::json!({"a": 1})), 1).unwrap();
        assert_eq!(
            b,
            b"{\"exec-oob\":\"x\",\"arguments\":{\"a\":1},\"id\":1}\n"
        );
    }
}
