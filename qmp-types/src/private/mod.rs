//! Support code for generated bindings. Not a stable API: only code written
//! by `qmp-codegen` should use it.
//!
//! The generated code names `serde` and `serde_json` through this module
//! (`#[serde(crate = "::qmp_types::__private::serde")]`), so a crate that
//! includes generated bindings needs only `qmp-types` as a dependency.

mod object;
mod values;

pub use object::*;
pub use values::*;

pub use serde;
pub use serde_json;

// Short, unshadowable names for the generated impls (which say
// `use ::qmp_types::__private as __rt;`).
pub use serde::de::MapAccess;
pub use serde::ser::SerializeMap;
pub use serde::{Deserialize, Deserializer, Serialize, Serializer};
pub use serde_json::{Map, Value};
pub use std::option::Option::{self, None, Some};
pub use std::result::Result::{self, Err, Ok};
pub use std::string::String;

use serde::de::DeserializeOwned;

/// Decodes `T` from a borrowed JSON value, mapping the error (with the path of
/// the offending member) into the caller's deserializer error.
///
/// Every decode from a JSON value in the generated code and in the clients
/// goes through `serde_path_to_error` over `&Value`, so each type's
/// `Deserialize` is compiled for that one deserializer only.
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

/// Decodes the `data` of an event; absent data (`null`) counts as `{}`.
/// The error names the path of the member that does not fit.
pub fn event_data<T: DeserializeOwned>(data: &Value) -> Result<T, serde_json::Error> {
    if data.is_null() {
        from_value_ref(&Value::Object(Map::new()))
    } else {
        from_value_ref(data)
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
