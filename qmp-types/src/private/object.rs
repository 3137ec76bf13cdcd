//! Table-driven (de)serialisation of generated object types: structs,
//! command arguments, event data and unions.
//!
//! A generated type implements [`Object`]: a table of its member names and
//! two short functions, one that stores each member by its index and one
//! that writes the members into a map. Everything else (matching keys
//! against the table, skipping or keeping unknown members, the errors for
//! duplicate and missing members) is the generic code here, compiled once
//! per deserializer instead of once per type. This is what `serde`'s derive
//! would generate for every type, minus the parts QMP never needs (decoding
//! an object from a JSON array, field identifiers given as integers or
//! bytes).

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Error as _, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

/// A generated object type: a JSON object with named members.
pub trait Object: Sized {
    /// What the object is, for "expected ..." errors (`struct StatusInfo`).
    const EXPECTING: &'static str;
    /// The wire names of the members [`Object::decode`] knows, by index.
    const MEMBERS: &'static [&'static str];

    /// Builds the value from the members of one JSON object.
    fn decode<'de, A: MapAccess<'de>>(members: Members<'de, A>) -> Result<Self, A::Error>;

    /// Writes the members into an open map (a union's branch joins its
    /// base members this way).
    fn encode<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

/// `Deserialize::deserialize` of every generated object type.
pub fn deserialize_object<'de, T: Object, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_map(ObjectVisitor::<T>(PhantomData))
}

/// `Serialize::serialize` of every generated object type.
pub fn serialize_object<T: Object, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(None)?;
    value.encode(&mut map)?;
    map.end()
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::decode(Members {
            map,
            names: T::MEMBERS,
            _de: PhantomData,
        })
    }
}

/// The members of the JSON object being decoded, read one at a time.
pub struct Members<'de, A> {
    map: A,
    names: &'static [&'static str],
    _de: PhantomData<&'de ()>,
}

/// What a key names.
enum Key {
    /// The member with this index in the table.
    Known(usize),
    /// A member the table lacks (its name when it is to be kept).
    Unknown(Option<String>),
}

/// Looks a key up in the member table; `keep` keeps an unknown key's name.
struct KeySeed {
    names: &'static [&'static str],
    keep: bool,
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(match self.names.iter().position(|n| *n == key) {
            Some(i) => Key::Known(i),
            None => Key::Unknown(self.keep.then(|| key.to_owned())),
        })
    }
}

impl<'de, A: MapAccess<'de>> Members<'de, A> {
    /// The index of the next member the table knows; members it does not
    /// know are skipped (a newer server's additions).
    pub fn next_key(&mut self) -> Result<Option<usize>, A::Error> {
        loop {
            let seed = KeySeed {
                names: self.names,
                keep: false,
            };
            match self.map.next_key_seed(seed)? {
                None => return Ok(None),
                Some(Key::Known(i)) => return Ok(Some(i)),
                Some(Key::Unknown(_)) => {
                    self.map.next_value::<IgnoredAny>()?;
                }
            }
        }
    }

    /// Like [`Members::next_key`], but members the table does not know are kept
    /// in `rest` (a union's branch members, a command's extra arguments).
    pub fn next_or_keep(
        &mut self,
        rest: &mut Map<String, Value>,
    ) -> Result<Option<usize>, A::Error> {
        loop {
            let seed = KeySeed {
                names: self.names,
                keep: true,
            };
            match self.map.next_key_seed(seed)? {
                None => return Ok(None),
                Some(Key::Known(i)) => return Ok(Some(i)),
                Some(Key::Unknown(name)) => {
                    let value = self.map.next_value::<Value>()?;
                    rest.insert(name.unwrap_or_default(), value);
                }
            }
        }
    }

    /// Decodes the value of member `i` into `slot`.
    pub fn value<T: Deserialize<'de>>(
        &mut self,
        slot: &mut Option<T>,
        i: usize,
    ) -> Result<(), A::Error> {
        if slot.is_some() {
            return Err(A::Error::duplicate_field(self.name(i)));
        }
        *slot = Some(self.map.next_value()?);
        Ok(())
    }

    /// Decodes the value of the optional member `i` into `slot`, where
    /// `null` counts as absent (for types that do not admit `null`).
    pub fn optional<T: Deserialize<'de>>(
        &mut self,
        slot: &mut Option<T>,
        i: usize,
    ) -> Result<(), A::Error> {
        if slot.is_some() {
            return Err(A::Error::duplicate_field(self.name(i)));
        }
        *slot = self.map.next_value()?;
        Ok(())
    }

    /// Skips the value of the member just read.
    pub fn skip(&mut self) -> Result<(), A::Error> {
        self.map.next_value::<IgnoredAny>().map(|_| ())
    }

    /// The value of the required member `i`, or a "missing field" error.
    pub fn required<T>(&self, slot: Option<T>, i: usize) -> Result<T, A::Error> {
        slot.ok_or_else(|| A::Error::missing_field(self.name(i)))
    }

    fn name(&self, i: usize) -> &'static str {
        self.names.get(i).copied().unwrap_or("?")
    }
}

/// Writes `key: value` when `value` is present.
pub fn encode_optional<M: SerializeMap, T: Serialize>(
    map: &mut M,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), M::Error> {
    match value {
        Some(v) => map.serialize_entry(key, v),
        None => Ok(()),
    }
}

/// Writes every member of `members` (kept unknown or extra members).
pub fn encode_map<M: SerializeMap>(
    map: &mut M,
    members: &Map<String, Value>,
) -> Result<(), M::Error> {
    for (k, v) in members {
        map.serialize_entry(k, v)?;
    }
    Ok(())
}

/// Decodes a union branch from the members its base did not take. The
/// branch is decoded from a JSON value (it may have come before the
/// discriminator), so the error message carries the path within it.
pub fn decode_branch<T: serde::de::DeserializeOwned, E: serde::de::Error>(
    rest: Map<String, Value>,
) -> Result<T, E> {
    super::from_value_ref(&Value::Object(rest))
}

/// Writes the members of `value`, which must serialise to a JSON object, into
/// an open map (for a union branch that is not a generated object type).
pub fn encode_value<M: SerializeMap, T: Serialize>(map: &mut M, value: &T) -> Result<(), M::Error> {
    use serde::ser::Error as _;
    match serde_json::to_value(value).map_err(M::Error::custom)? {
        Value::Object(members) => encode_map(map, &members),
        Value::Null => Ok(()),
        other => Err(M::Error::custom(format_args!(
            "union branch must serialise to an object, not {other}"
        ))),
    }
}
