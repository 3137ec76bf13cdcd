//! Comparing compiled bindings with a live server: which commands of the
//! bindings the server lacks, which arguments differ, and (with the
//! bindings' own schema, `SCHEMA_JSON`) every difference in arguments,
//! replies and events with what it does to a call, from the server's
//! `query-qmp-schema`. The structural comparison is `qmp-codegen diff`'s
//! ([`qmp_schema::diff`]), the bindings being the old schema and the server
//! the new one. Each difference is then either expected (the server's
//! build or release lacks the item: see [`Expected`]) or real.

mod expected;

pub use expected::Expected;

use qmp_schema::diff::{Change, ChangeKind, Class, Item};
use qmp_types::registry::{ArgInfo, CommandInfo};
use qmp_types::VersionTriple;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

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
    /// Why the difference is expected, when it is (never from
    /// [`compare_schema`], which has no schema of the bindings).
    pub expected: Option<Expected>,
}

/// The outcome of [`compare_schema`] (and of `check_bindings`). Every
/// difference is kept; those the server's build or release explains are
/// marked [`Expected`], and [`Report::is_clean`] and the summary of its
/// `Display` count only the others, the real ones.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Commands of the bindings that were compared.
    pub checked: usize,
    /// Commands the server has.
    pub server_commands: usize,
    /// Commands of the bindings the server lacks, in the bindings' order,
    /// expected or not ([`Report::missing_expected`] tells which).
    pub missing_commands: Vec<String>,
    /// Arguments that differ, by command in the bindings' order. Optional
    /// server arguments the bindings do not know are not listed: a newer
    /// server may add them freely.
    pub argument_differences: Vec<ArgDifference>,
    /// Every difference between the bindings' schema and the server's, in
    /// arguments, replies and events, with what it does to a call (empty
    /// from [`compare_schema`], which has no schema of the bindings).
    pub differences: Vec<Difference>,
}

/// What a difference between the bindings and the server does to a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Effect {
    /// The server does not know the command: calling it fails.
    CommandRefused,
    /// The server refuses some requests: an argument it lacks, requires
    /// or types differently.
    ArgumentRefused,
    /// A reply or event may not decode into the bindings' type: a member
    /// the bindings require may be missing, or has another type.
    FailsToDecode,
    /// The server sends a member the bindings do not have: decoding drops it.
    MemberDropped,
    /// The server may send an enum value or union branch the bindings do
    /// not have: it decodes into the catch-all variant.
    UnknownValue,
    /// The server never sends this event.
    NeverSent,
    /// Nothing a call notices (the server accepts more, or sends less of
    /// what is optional).
    None,
}

impl Effect {
    /// Whether a call may fail or lose data.
    pub fn is_harmful(self) -> bool {
        matches!(
            self,
            Effect::CommandRefused
                | Effect::ArgumentRefused
                | Effect::FailsToDecode
                | Effect::MemberDropped
        )
    }

    fn as_str(self) -> &'static str {
        match self {
            Effect::CommandRefused => "command refused",
            Effect::ArgumentRefused => "argument refused",
            Effect::FailsToDecode => "fails to decode",
            Effect::MemberDropped => "member dropped",
            Effect::UnknownValue => "unknown value",
            Effect::NeverSent => "never sent",
            Effect::None => "no effect",
        }
    }
}

/// One difference between the bindings' schema and the server's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// The change, from the bindings (old) to the server (new).
    pub change: Change,
    /// What it does to calls; a type used both in requests and in replies
    /// can have two effects.
    pub effects: Vec<Effect>,
    /// Why the difference is expected, when it is.
    pub expected: Option<Expected>,
}

impl Difference {
    fn effects_text(&self) -> String {
        let effects: Vec<&str> = self.effects.iter().map(|e| e.as_str()).collect();
        effects.join(", ")
    }
}

impl Report {
    /// Whether no call made with the bindings can fail or lose data on
    /// this server for a reason its build or release does not explain:
    /// every command exists with the same arguments, and no real
    /// difference is harmful ([`Effect::is_harmful`]).
    pub fn is_clean(&self) -> bool {
        self.real_missing_commands().next().is_none()
            && self
                .argument_differences
                .iter()
                .all(|d| d.expected.is_some())
            && !self
                .real_differences()
                .any(|d| d.effects.iter().any(|e| e.is_harmful()))
    }

    /// The differences no build condition or release explains.
    pub fn real_differences(&self) -> impl Iterator<Item = &Difference> {
        self.differences.iter().filter(|d| d.expected.is_none())
    }

    /// The differences the server's build or release explains.
    pub fn expected_differences(&self) -> impl Iterator<Item = &Difference> {
        self.differences.iter().filter(|d| d.expected.is_some())
    }

    /// Why the server lacking command `name` is expected, if it is.
    pub fn missing_expected(&self, name: &str) -> Option<&Expected> {
        self.differences
            .iter()
            .find(|d| {
                d.change.item == Item::Command
                    && d.change.kind == ChangeKind::Removed
                    && d.change.name == name
            })
            .and_then(|d| d.expected.as_ref())
    }

    /// The missing commands no build condition or release explains.
    pub fn real_missing_commands(&self) -> impl Iterator<Item = &str> {
        self.missing_commands
            .iter()
            .map(String::as_str)
            .filter(|c| self.missing_expected(c).is_none())
    }
}

impl fmt::Display for Report {
    /// A summary line counting the real differences, each real one, then
    /// the expected ones with their reason.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let real = self.real_differences().count();
        let harmful = self
            .real_differences()
            .filter(|d| d.effects.iter().any(|e| e.is_harmful()))
            .count();
        let expected = self.expected_differences().count();
        write!(
            f,
            "{} commands of the bindings checked against {} commands of the server",
            self.checked, self.server_commands
        )?;
        if self.differences.is_empty() {
            writeln!(f)?;
        } else {
            writeln!(
                f,
                ": {real} real differences ({harmful} that can fail a call or lose data), \
                 {expected} expected"
            )?;
        }
        for c in self.real_missing_commands() {
            writeln!(f, "missing on the server: {c}")?;
        }
        for d in self
            .argument_differences
            .iter()
            .filter(|d| d.expected.is_none())
        {
            let what = match d.kind {
                ArgDifferenceKind::MissingOnServer => "not known to the server",
                ArgDifferenceKind::RequiredOnServer => "optional here, required by the server",
                ArgDifferenceKind::OptionalOnServer => "required here, optional on the server",
                ArgDifferenceKind::RequiredUnknown => "required by the server, absent here",
            };
            writeln!(f, "{} argument {}: {what}", d.command, d.argument)?;
        }
        for d in self.real_differences() {
            writeln!(f, "{}: {}", d.effects_text(), d.change)?;
        }
        if expected > 0 {
            writeln!(f, "expected ({expected}):")?;
            for d in self.expected_differences() {
                let why = d.expected.as_ref().map(ToString::to_string);
                let why = why.unwrap_or_default();
                writeln!(f, "  {}: {} [{why}]", d.effects_text(), d.change)?;
            }
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

/// Compares a `query-qmp-schema` reply with bindings: their `COMMANDS`
/// table and their schema (`SCHEMA_JSON`), structurally, with the
/// comparison of `qmp-codegen diff` (the bindings as the old schema, the
/// server as the new one). Fills every field of the [`Report`], and marks
/// each difference the server's build or release explains as
/// [`Expected`]; `server` is the server's version from its greeting,
/// needed to tell which releases it lacks (`None`, or 0.0: unknown).
/// Returns an error message when either is not an introspection schema.
pub fn compare_schema_with(
    schema: &Value,
    commands: &[CommandInfo],
    bindings_schema: &str,
    server: Option<VersionTriple>,
) -> Result<Report, String> {
    let server_text = schema.to_string();
    let server_schema =
        qmp_schema::introspect::parse(Path::new("<query-qmp-schema>"), &server_text)
            .map_err(|e| format!("the server's schema: {e}"))?;
    let ours = qmp_schema::introspect::parse(Path::new("<bindings>"), bindings_schema)
        .map_err(|e| format!("the bindings' schema: {e}"))?;
    let diff = qmp_schema::diff::diff(&ours, &server_schema);
    let mut report = Report {
        checked: commands.len(),
        server_commands: server_schema.commands.len(),
        ..Report::default()
    };
    let release = expected::server_release(server);
    let order = |name: &str| commands.iter().position(|c| c.name == name);
    let mut missing = Vec::new();
    let mut args = Vec::new();
    for c in &diff.changes {
        let expected = expected::classify(c, release);
        if c.item == Item::Command && c.kind == ChangeKind::Removed {
            missing.push(c.name.clone());
        }
        let command = c
            .path
            .strip_prefix("command ")
            .and_then(|p| p.strip_suffix(" arguments"));
        if let (Some(command), Item::Member) = (command, c.item) {
            let optional = c.name.ends_with('?');
            let argument = c.name.trim_end_matches('?').to_owned();
            let kind = match c.kind {
                ChangeKind::Removed => Some(ArgDifferenceKind::MissingOnServer),
                ChangeKind::BecameRequired => Some(ArgDifferenceKind::RequiredOnServer),
                ChangeKind::BecameOptional => Some(ArgDifferenceKind::OptionalOnServer),
                ChangeKind::Added if !optional => Some(ArgDifferenceKind::RequiredUnknown),
                _ => None,
            };
            if let Some(kind) = kind {
                args.push(ArgDifference {
                    command: command.to_owned(),
                    argument,
                    kind,
                    expected: expected.clone(),
                });
            }
        }
        report.differences.push(Difference {
            effects: effects(c),
            change: c.clone(),
            expected,
        });
    }
    missing.sort_by_key(|n| order(n));
    args.sort_by_key(|a| order(&a.command));
    report.missing_commands = missing;
    report.argument_differences = args;
    Ok(report)
}

/// What a change from the bindings to the server does to calls made with
/// generated bindings, whose enums and unions have catch-alls.
fn effects(c: &Change) -> Vec<Effect> {
    let in_reply = c.roots.iter().any(|r| !r.ends_with(" arguments"));
    match (c.item, &c.kind, c.class) {
        // A string where the bindings have an enum: values they do not know
        // decode into the enum's catch-all.
        (Item::Type, ChangeKind::Changed { from, to }, Class::BreaksReplies)
            if from == "enum" && to == "str" =>
        {
            vec![Effect::UnknownValue]
        }
        // A plain object where the bindings have a union: the union is
        // decoded from the tag member, which the server still sends unless
        // a change of its own says it is gone.
        (Item::Tag, ChangeKind::Changed { to, .. }, _) if to == "(none)" => vec![Effect::None],
        // A union where the bindings have a plain object: it decodes into
        // the object; branch members it lacks are reported on their own.
        (Item::Tag, ChangeKind::Changed { from, .. }, _) if from == "(none)" => vec![Effect::None],
        (Item::Command, ChangeKind::Removed, _) => vec![Effect::CommandRefused],
        (Item::Event, ChangeKind::Removed, _) => vec![Effect::NeverSent],
        (Item::Member, ChangeKind::Added, _) if in_reply => vec![Effect::MemberDropped],
        (_, _, Class::NewEnumValue) => vec![Effect::UnknownValue],
        (_, _, Class::BreaksRequests) => vec![Effect::ArgumentRefused],
        (_, _, Class::BreaksReplies) => vec![Effect::FailsToDecode],
        (_, _, Class::BreaksRequestsAndReplies) => {
            vec![Effect::ArgumentRefused, Effect::FailsToDecode]
        }
        _ => vec![Effect::None],
    }
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
            expected: None,
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
