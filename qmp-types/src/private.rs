//! Support code for generated bindings. Not a stable API: only code written
//! by `qmp-codegen` should use it.
//!
//! The generated code names `serde` and `serde_json` through this module
//! (`#[serde(crate = "::qmp_types::__private::serde")]`), so a crate that
//! includes generated bindings needs only `qmp-types` as a dependency.

pub use serde;
pub use serde_json;

use serde::de::DeserializeOwned;
use serde::ser::{Error as _, SerializeMap};
use serde::Serialize;
use serde_json::{Map, Value};

/// Decodes `T` from a borrowed JSON value, mapping the error (with the path of
/// the offending member) into the caller's deserializer error.
pub fn from_value_ref<T: DeserializeOwned, E: serde::de::Error>(value: &Value) -> Result<T, E> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let path = e.path().to_string();
        if path == "." {
            E::custom(e.inner())
        } else {
            E::custom(format_args!("{path}: {}", e.inner()))
        }
    })
}

/// The string value of the discriminator member `name` of a union object.
pub fn union_tag<'v, E: serde::de::Error>(
    value: &'v Value,
    name: &'static str,
) -> Result<&'v str, E> {
    match value {
        Value::Object(map) => match map.get(name) {
            Some(Value::String(s)) => Ok(s),
            Some(other) => Err(E::custom(format_args!(
                "discriminator `{name}` must be a string, found {other}"
            ))),
            None => Err(E::missing_field(name)),
        },
        other => Err(E::invalid_type(unexpected(other), &"a JSON object")),
    }
}

fn unexpected(v: &Value) -> serde::de::Unexpected<'_> {
    use serde::de::Unexpected;
    match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(_) => Unexpected::Other("number"),
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

/// The members of a union object other than `known` (its base members and
/// discriminator): what an unknown branch keeps.
pub fn rest_members(value: &Value, known: &[&str]) -> Map<String, Value> {
    match value {
        Value::Object(map) => map
            .iter()
            .filter(|(k, _)| !known.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        _ => Map::new(),
    }
}

/// Writes the members of `value` (which must serialise to a JSON object) into
/// an open map: how a union's branch members join its base members.
pub fn serialize_members<M: SerializeMap, T: Serialize + ?Sized>(
    map: &mut M,
    value: &T,
) -> Result<(), M::Error> {
    match serde_json::to_value(value).map_err(M::Error::custom)? {
        Value::Object(members) => {
            for (k, v) in &members {
                map.serialize_entry(k, v)?;
            }
            Ok(())
        }
        Value::Null => Ok(()),
        other => Err(M::Error::custom(format_args!(
            "union branch must serialise to an object, not {other}"
        ))),
    }
}

/// Decodes the `data` of an event; absent data (`null`) counts as `{}`.
pub fn event_data<T: DeserializeOwned>(data: Value) -> Result<T, serde_json::Error> {
    if data.is_null() {
        serde_json::from_value(Value::Object(Map::new()))
    } else {
        serde_json::from_value(data)
    }
}

/// Decodes the arguments of a command without arguments: `{}` (members are
/// ignored) or `null`.
pub fn deserialize_no_args<'de, D: serde::Deserializer<'de>>(d: D) -> Result<(), D::Error> {
    <Option<crate::Empty> as serde::Deserialize>::deserialize(d).map(|_| ())
}

/// Serialises the arguments of a command without arguments: `{}`.
pub fn serialize_no_args<S: serde::Serializer>(s: S) -> Result<S::Ok, S::Error> {
    s.serialize_map(Some(0))?.end()
}
