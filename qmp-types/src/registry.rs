//! Runtime descriptions of the commands and events of a generated schema
//! (`COMMANDS`, `EVENTS`), and the generic helpers behind the generated
//! `roundtrip_arguments` / `decode_return` functions.
//!
//! The client, the shell (completion, argument checks) and the tests use
//! these without knowing the generated types statically.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// One argument of a command, or one member of an event's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ArgInfo {
    /// Wire name (`node-name`).
    pub name: &'static str,
    /// Whether it may be omitted.
    pub optional: bool,
    /// Its schema type as written (`str`, `int`, `BlockdevOptions`, `[str]`).
    pub ty: &'static str,
}

/// A command of the generated schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CommandInfo {
    /// Wire name (`query-status`).
    pub name: &'static str,
    /// Whether it may be sent with `exec-oob`.
    pub allow_oob: bool,
    /// Its arguments in schema order.
    pub args: &'static [ArgInfo],
    /// Whether it accepts arguments beyond `args`, kept in the struct's
    /// flattened `extra` map (`device_add`'s device properties).
    pub extra_args: bool,
    /// Its return type as written in the schema: a type, `{}` for an empty
    /// object, or `any` when the schema does not say (historic files).
    pub returns: &'static str,
    /// Its features (`deprecated`, `unstable`, ...).
    pub features: &'static [&'static str],
    /// Which QEMU releases have it (known when the bindings were generated
    /// for a range of releases).
    pub availability: crate::Availability,
}

impl CommandInfo {
    /// The argument with this wire name.
    pub fn arg(&self, name: &str) -> Option<&'static ArgInfo> {
        self.args.iter().find(|a| a.name == name)
    }

    /// Whether the command has the `deprecated` feature.
    pub fn is_deprecated(&self) -> bool {
        self.features.contains(&"deprecated")
    }
}

/// An event of the generated schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EventInfo {
    /// Wire name (`SHUTDOWN`).
    pub name: &'static str,
    /// The members of its `data`.
    pub data: &'static [ArgInfo],
    /// Its features.
    pub features: &'static [&'static str],
    /// Which QEMU releases have it (known when the bindings were generated
    /// for a range of releases).
    pub availability: crate::Availability,
}

/// Looks a command up by wire name in a `COMMANDS` table.
pub fn find_command(table: &'static [CommandInfo], name: &str) -> Option<&'static CommandInfo> {
    table.iter().find(|c| c.name == name)
}

/// Decodes `value` as a `T`; on failure the message starts with the path of
/// the offending member (`return.status: unknown variant ...`).
pub fn decode_with_path<T: DeserializeOwned>(value: Value) -> Result<T, String> {
    serde_path_to_error::deserialize::<_, T>(&value).map_err(|e| {
        let path = e.path().to_string();
        if path == "." {
            e.inner().to_string()
        } else {
            format!("{path}: {}", e.inner())
        }
    })
}

/// Decodes `args` into the command struct `C` and serialises it back: the
/// result is what the typed binding would send for these arguments. `null`
/// stands for "no arguments". `C` is a [`crate::Command`] or a
/// [`crate::SilentCommand`]. The error names the path of the argument that
/// does not fit.
pub fn roundtrip_arguments<C: serde::Serialize + DeserializeOwned>(
    args: Value,
) -> Result<Value, serde_json::Error> {
    let args = if args.is_null() {
        Value::Object(serde_json::Map::new())
    } else {
        args
    };
    let cmd: C = crate::__private::from_value_ref(&args)?;
    serde_json::to_value(&cmd)
}

/// Decodes a `return` value into `C::Returns`, reporting the path of the
/// first member that does not fit.
pub fn decode_return<C: crate::Command>(ret: Value) -> Result<(), String> {
    decode_with_path::<C::Returns>(ret).map(|_| ())
}

/// What `decode_return` says for a [`crate::SilentCommand`]: it has no
/// return value to decode, so any `return` is unexpected.
pub fn no_return<C: crate::SilentCommand>(ret: Value) -> Result<(), String> {
    Err(format!(
        "{} sends no reply on success (success-response: false), yet a return value came: {ret}",
        C::NAME
    ))
}
