//! Generic decoding of generated enumerations (by their table of wire
//! names) and alternates (by the JSON type of the value).

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::Visitor;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// `Deserialize::deserialize` of every generated enumeration: a string,
/// looked up by the type's `FromStr` (which never fails: a value the schema
/// does not know lands in the catch-all).
pub fn deserialize_enum<'de, T, D>(d: D) -> Result<T, D::Error>
where
    T: FromStr<Err = std::convert::Infallible>,
    D: Deserializer<'de>,
{
    d.deserialize_str(EnumVisitor::<T>(PhantomData))
}

struct EnumVisitor<T>(PhantomData<T>);

impl<T: FromStr<Err = std::convert::Infallible>> Visitor<'_> for EnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<T, E> {
        match s.parse() {
            Ok(v) => Ok(v),
            Err(never) => match never {},
        }
    }
}

/// The JSON type of a value, which picks an alternate's branch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool,
    /// A number without fraction or exponent that fits an integer.
    Int,
    /// Any other number.
    Number,
    /// A string (also enumerations).
    String,
    /// An array.
    Array,
    /// An object (structs and unions).
    Object,
}

/// Reads a value for an alternate: the value itself and its [`Kind`].
pub fn alternate_value<'de, D: Deserializer<'de>>(d: D) -> Result<(Value, Kind), D::Error> {
    let v = Value::deserialize(d)?;
    let kind = match &v {
        Value::Null => Kind::Null,
        Value::Bool(_) => Kind::Bool,
        Value::Number(n) if n.is_i64() || n.is_u64() => Kind::Int,
        Value::Number(_) => Kind::Number,
        Value::String(_) => Kind::String,
        Value::Array(_) => Kind::Array,
        Value::Object(_) => Kind::Object,
    };
    Ok((v, kind))
}

/// The error for a value no branch of the alternate `name` takes.
pub fn no_branch<E: serde::de::Error>(name: &str, kind: Kind) -> E {
    E::custom(format_args!(
        "a {} does not match any branch of the alternate {name}",
        match kind {
            Kind::Null => "null",
            Kind::Bool => "boolean",
            Kind::Int => "integer",
            Kind::Number => "number",
            Kind::String => "string",
            Kind::Array => "array",
            Kind::Object => "object",
        }
    ))
}
