//! Comparing compiled bindings with a live server: which commands of the
//! bindings the server lacks and which arguments differ, from the server's
//! `query-qmp-schema`.

use qmp_types::registry::{ArgInfo, CommandInfo};
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;

/// How one argument of a command differs between the bindings and the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArgDifferenceKind {
    /// The bindings have the argument; the server does not know it.
    MissingOnServer,
    /// The bindings say optional; the server requires it.
    RequiredOnServer,
    /// The bindings say required; the server has it optional (harmless).
    OptionalOnServer,
    /// The server requires an argument the bindings do not have, so the
    /// typed command cannot be sent successfully.
    RequiredUnknown,
}

/// One argument that differs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ArgDifference {
    /// The command.
    pub command: String,
    /// The argument's wire name.
    pub argument: String,
    /// How it differs.
    pub kind: ArgDifferenceKind,
}

/// The outcome of [`compare_schema`] (and of `check_bindings`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Commands of the bindings that were compared.
    pub checked: usize,
    /// Commands the server has.
    pub server_commands: usize,
    /// Commands of the bindings the server lacks, in the bindings' order.
    pub missing_commands: Vec<String>,
    /// Arguments that differ, by command in the bindings' order. Optional
    /// server arguments the bindings do not know are not listed: a newer
    /// server may add them freely.
    pub argument_differences: Vec<ArgDifference>,
}

impl Report {
    /// Whether every command of the bindings exists on the server with the
    /// same arguments.
    pub fn is_clean(&self) -> bool {
        self.missing_commands.is_empty() && self.argument_differences.is_empty()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} commands of the bindings checked against {} commands of the server",
            self.checked, self.server_commands
        )?;
        for c in &self.missing_commands {
            writeln!(f, "missing on the server: {c}")?;
        }
        for d in &self.argument_differences {
            let what = match d.kind {
                ArgDifferenceKind::MissingOnServer => "not known to the server",
                ArgDifferenceKind::RequiredOnServer => "optional here, required by the server",
                ArgDifferenceKind::OptionalOnServer => "required here, optional on the server",
                ArgDifferenceKind::RequiredUnknown => "required by the server, absent here",
            };
            writeln!(f, "{} argument {}: {what}", d.command, d.argument)?;
        }
        Ok(())
    }
}

/// A member of a server-side argument type: its optionality, `None` when it
/// belongs to a union variant (present for some discriminator values only).
type ServerArgs<'a> = HashMap<&'a str, Option<bool>>;

/// Compares a `query-qmp-schema` reply with a bindings table (`COMMANDS`).
/// Returns an error message when `schema` is not an introspection array.
pub fn compare_schema(schema: &Value, commands: &[CommandInfo]) -> Result<Report, String> {
    let entries = schema
        .as_array()
        .ok_or("query-qmp-schema did not return an array")?;
    let by_name: HashMap<&str, &Value> = entries
        .iter()
        .filter_map(|e| Some((e.get("name")?.as_str()?, e)))
        .collect();
    let server_commands: HashMap<&str, &Value> = by_name
        .iter()
        .filter(|(_, e)| e.get("meta-type").and_then(Value::as_str) == Some("command"))
        .map(|(n, e)| (*n, *e))
        .collect();
    let mut report = Report {
        checked: commands.len(),
        server_commands: server_commands.len(),
        ..Report::default()
    };
    for cmd in commands {
        let Some(entry) = server_commands.get(cmd.name) else {
            report.missing_commands.push(cmd.name.to_string());
            continue;
        };
        let server = server_args(entry, &by_name);
        diff_args(
            cmd.name,
            cmd.args,
            &server,
            &mut report.argument_differences,
        );
    }
    Ok(report)
}

/// The arguments a command entry declares, from its `arg-type` object.
fn server_args<'a>(entry: &'a Value, by_name: &HashMap<&str, &'a Value>) -> ServerArgs<'a> {
    let mut out = ServerArgs::new();
    let Some(obj) = entry
        .get("arg-type")
        .and_then(Value::as_str)
        .and_then(|t| by_name.get(t))
    else {
        return out;
    };
    for (name, optional) in members(obj) {
        out.insert(name, Some(optional));
    }
    let variants = obj.get("variants").and_then(Value::as_array);
    for v in variants.into_iter().flatten() {
        let ty = v.get("type").and_then(Value::as_str);
        if let Some(vobj) = ty.and_then(|t| by_name.get(t)) {
            for (name, _) in members(vobj) {
                out.entry(name).or_insert(None);
            }
        }
    }
    out
}

/// The `(name, optional)` members of an object entry.
fn members(obj: &Value) -> impl Iterator<Item = (&str, bool)> {
    obj.get("members")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|m| Some((m.get("name")?.as_str()?, m.get("default").is_some())))
}

fn diff_args(
    command: &str,
    ours: &[ArgInfo],
    server: &ServerArgs<'_>,
    out: &mut Vec<ArgDifference>,
) {
    let mut push = |argument: &str, kind| {
        out.push(ArgDifference {
            command: command.to_string(),
            argument: argument.to_string(),
            kind,
        })
    };
    for arg in ours {
        match server.get(arg.name) {
            None => push(arg.name, ArgDifferenceKind::MissingOnServer),
            Some(Some(false)) if arg.optional => {
                push(arg.name, ArgDifferenceKind::RequiredOnServer)
            }
            Some(Some(true)) if !arg.optional => {
                push(arg.name, ArgDifferenceKind::OptionalOnServer)
            }
            Some(_) => {}
        }
    }
    let mut unknown: Vec<&str> = server
        .iter()
        .filter(|(name, opt)| **opt == Some(false) && !ours.iter().any(|a| a.name == **name))
        .map(|(name, _)| *name)
        .collect();
    unknown.sort_unstable();
    for name in unknown {
        push(name, ArgDifferenceKind::RequiredUnknown);
    }
}
