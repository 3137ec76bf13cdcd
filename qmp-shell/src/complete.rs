//! The completion engine, independent of the line editor: given the text
//! before the cursor it returns where the word being completed starts and
//! the words that may replace it.
//!
//! QMP mode completes command names (from the schema and the server's
//! `query-commands`), argument names (`name=`, or `name.` for a member that
//! is an object, reached through dotted keys), enum values and booleans
//! after `name=`, and the actions of a `transaction(`. HMP mode completes
//! the command names the server lists in its `help`, and `info` topics.

use std::collections::BTreeSet;

use qmp_schema::{Builtin, Member, Schema, TypeKind, TypeRef};
use serde_json::{Map, Value};

use crate::args::{build_arguments, tokenize};
use crate::check::{args_members, effective_args, type_members, union_discriminator};

/// One completion: the replacement text for the word being completed.
pub type Candidate = String;

/// Splits `before` (the line up to the cursor) into the finished words and
/// the byte offset where the word under the cursor starts.
fn split_words(before: &str) -> (Vec<String>, usize) {
    let mut start = 0;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in before.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match quote {
            Some(q) => {
                if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c.is_whitespace() => start = i + c.len_utf8(),
            None => {}
        }
    }
    let words = tokenize(&before[..start]).unwrap_or_default();
    (words, start)
}

fn prefixed<'a>(
    items: impl IntoIterator<Item = &'a str>,
    prefix: &str,
    suffix: &str,
) -> Vec<String> {
    let set: BTreeSet<String> = items
        .into_iter()
        .filter(|s| s.starts_with(prefix))
        .map(|s| format!("{s}{suffix}"))
        .collect();
    set.into_iter().collect()
}

/// Completes QMP-mode input from a schema plus the command names the
/// server reported.
#[derive(Clone, Debug)]
pub struct QmpCompleter {
    schema: std::sync::Arc<Schema>,
    commands: BTreeSet<String>,
}

impl QmpCompleter {
    /// A completer for `schema`, also offering `server_commands`.
    pub fn new(schema: std::sync::Arc<Schema>, server_commands: &[String]) -> Self {
        let mut commands: BTreeSet<String> =
            schema.commands.iter().map(|c| c.name.clone()).collect();
        commands.extend(server_commands.iter().cloned());
        QmpCompleter { schema, commands }
    }

    /// The schema it completes from.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    /// Every command name known (schema and server).
    pub fn command_names(&self) -> impl Iterator<Item = &str> {
        self.commands.iter().map(String::as_str)
    }

    /// Completes `line` up to byte `pos`. `in_transaction` tells that a
    /// `transaction(` opened on an earlier line is still open.
    pub fn complete(
        &self,
        line: &str,
        pos: usize,
        in_transaction: bool,
    ) -> (usize, Vec<Candidate>) {
        let before = line.get(..pos).unwrap_or(line);
        let (mut words, start) = split_words(before);
        let word = &before[start..];
        let mut trans = in_transaction;
        if words.first().map(String::as_str) == Some("transaction(") {
            words.remove(0);
            trans = true;
        }
        if trans {
            if let Some(i) = words.iter().rposition(|w| w == ";") {
                words.drain(..=i);
            }
        }
        if words.is_empty() {
            let c = if trans {
                let mut v = prefixed(self.action_names().iter().map(String::as_str), word, " ");
                if ")".starts_with(word) {
                    v.push(")".into());
                }
                v
            } else {
                let mut v = prefixed(self.command_names(), word, " ");
                v.extend(prefixed(["transaction(", "help"], word, " "));
                v
            };
            return (start, c);
        }
        if words.len() == 1 && words[0] == "help" && !trans {
            return (start, prefixed(self.command_names(), word, ""));
        }
        let root = if trans {
            self.action_members(&words[0])
        } else {
            match self.schema.command(&words[0]) {
                Some(c) => Root::from_args(&self.schema, &effective_args(&self.schema, &c.args)),
                None => return (start, Vec::new()),
            }
        };
        // What was typed so far, to find union branches and skip given keys.
        let mut given = Map::new();
        let mut leaves = Vec::new();
        for w in &words[1..] {
            let _ = build_arguments(std::slice::from_ref(w), &mut given, &[], &mut leaves);
        }
        if let Some((key, val_prefix)) = word.split_once('=') {
            let Some(ty) = self.member_type(&root, &given, key) else {
                return (start, Vec::new());
            };
            let values = self.value_words(&ty);
            let c = prefixed(values.iter().map(String::as_str), val_prefix, " ");
            return (start, c.into_iter().map(|v| format!("{key}={v}")).collect());
        }
        let (parent, leaf_prefix) = match word.rsplit_once('.') {
            Some((p, l)) => (Some(p), l),
            None => (None, word),
        };
        let (members, here) = match parent {
            None => (root.members(&self.schema, &given), &given),
            Some(p) => {
                let Some(TypeRef::Named(n)) = self.member_type(&root, &given, p) else {
                    return (start, Vec::new());
                };
                let sub = lookup(&given, p);
                let disc = union_discriminator(&self.schema, &n)
                    .and_then(|d| sub.and_then(|s| s.get(d)))
                    .and_then(Value::as_str)
                    .map(str::to_string);
                let ms: Vec<Member> = type_members(&self.schema, &n, disc.as_deref())
                    .into_iter()
                    .cloned()
                    .collect();
                (ms, sub.unwrap_or(&given))
            }
        };
        let lead = parent.map(|p| format!("{p}.")).unwrap_or_default();
        let mut out = Vec::new();
        for m in &members {
            if !m.name.starts_with(leaf_prefix)
                || (here.contains_key(&m.name) && !self.is_object(&m.ty))
            {
                continue;
            }
            let sep = if self.is_object(&m.ty) { "." } else { "=" };
            out.push(format!("{lead}{}{sep}", m.name));
        }
        out.sort();
        out.dedup();
        (start, out)
    }

    fn is_object(&self, ty: &TypeRef) -> bool {
        matches!(ty, TypeRef::Named(n) if matches!(
            self.schema.type_def(n).map(|t| &t.kind),
            Some(TypeKind::Struct(_) | TypeKind::Union(_))
        ))
    }

    /// The words that may follow `name=` for a member of type `ty`.
    fn value_words(&self, ty: &TypeRef) -> Vec<String> {
        match ty {
            TypeRef::Builtin(Builtin::Bool) => vec!["true".into(), "false".into()],
            TypeRef::Named(n) => match self.schema.type_def(n).map(|t| &t.kind) {
                Some(TypeKind::Enum(e)) => e.values.iter().map(|v| v.name.clone()).collect(),
                Some(TypeKind::Alternate(a)) => a
                    .variants
                    .iter()
                    .flat_map(|v| self.value_words(&v.ty))
                    .collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// The type of the member at dotted `key` below `root`.
    fn member_type(&self, root: &Root, given: &Map<String, Value>, key: &str) -> Option<TypeRef> {
        let mut members = root.members(&self.schema, given);
        let mut here = Some(given);
        let mut parts = key.split('.').peekable();
        while let Some(part) = parts.next() {
            let m = members.iter().find(|m| m.name == part)?.clone();
            if parts.peek().is_none() {
                return Some(m.ty);
            }
            let TypeRef::Named(n) = &m.ty else {
                return None;
            };
            here = here.and_then(|h| h.get(part)).and_then(Value::as_object);
            let disc = union_discriminator(&self.schema, n)
                .and_then(|d| here.and_then(|h| h.get(d)))
                .and_then(Value::as_str)
                .map(str::to_string);
            members = type_members(&self.schema, n, disc.as_deref())
                .into_iter()
                .cloned()
                .collect();
        }
        None
    }

    /// The action types a `transaction` accepts, from the schema's
    /// `transaction` command (`actions: [TransactionAction]`).
    pub fn action_names(&self) -> Vec<String> {
        let Some(union) = self.action_union() else {
            return Vec::new();
        };
        match self.schema.type_def(&union).map(|t| &t.kind) {
            Some(TypeKind::Union(u)) => u.variants.iter().map(|v| v.name.clone()).collect(),
            _ => Vec::new(),
        }
    }

    fn action_union(&self) -> Option<String> {
        let cmd = self.schema.command("transaction")?;
        let actions = args_members(&self.schema, &cmd.args)
            .into_iter()
            .find(|m| m.name == "actions")?;
        match &actions.ty {
            TypeRef::Array(inner) => match inner.as_ref() {
                TypeRef::Named(n) => Some(n.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Where the arguments of action `kind` are: the `data` member of the
    /// union branch, or (schemas without one) the command of that name.
    fn action_members(&self, kind: &str) -> Root {
        if let Some(union) = self.action_union() {
            let branch = type_members(&self.schema, &union, Some(kind));
            if let Some(data) = branch.iter().find(|m| m.name == "data") {
                if let TypeRef::Named(n) = &data.ty {
                    return Root::Type(n.clone());
                }
            }
        }
        match self.schema.command(kind) {
            Some(c) => Root::from_args(&self.schema, &effective_args(&self.schema, &c.args)),
            None => Root::Members(Vec::new()),
        }
    }
}

/// The object whose members are being completed.
enum Root {
    Members(Vec<Member>),
    Type(String),
}

impl Root {
    fn from_args(schema: &Schema, args: &qmp_schema::Args) -> Root {
        match args {
            qmp_schema::Args::Members(_) => {
                Root::Members(args_members(schema, args).into_iter().cloned().collect())
            }
            qmp_schema::Args::Named { ty, .. } => Root::Type(ty.clone()),
        }
    }

    fn members(&self, schema: &Schema, given: &Map<String, Value>) -> Vec<Member> {
        match self {
            Root::Members(ms) => ms.clone(),
            Root::Type(n) => {
                let disc = union_discriminator(schema, n)
                    .and_then(|d| given.get(d))
                    .and_then(Value::as_str)
                    .map(str::to_string);
                type_members(schema, n, disc.as_deref())
                    .into_iter()
                    .cloned()
                    .collect()
            }
        }
    }
}

fn lookup<'a>(given: &'a Map<String, Value>, dotted: &str) -> Option<&'a Map<String, Value>> {
    let mut cur = given;
    for part in dotted.split('.') {
        cur = cur.get(part)?.as_object()?;
    }
    Some(cur)
}

/// Completes HMP-mode input from the server's command and `info` lists.
#[derive(Clone, Debug, Default)]
pub struct HmpCompleter {
    /// Command names (long forms).
    pub commands: Vec<String>,
    /// `info` topics.
    pub info: Vec<String>,
}

impl HmpCompleter {
    /// Completes `line` up to byte `pos`.
    pub fn complete(&self, line: &str, pos: usize) -> (usize, Vec<Candidate>) {
        let before = line.get(..pos).unwrap_or(line);
        let (words, start) = split_words(before);
        let word = &before[start..];
        let c = match words.as_slice() {
            [] => prefixed(self.commands.iter().map(String::as_str), word, " "),
            [w] if w == "info" => prefixed(self.info.iter().map(String::as_str), word, " "),
            [w] if w == "help" || w == "?" => {
                prefixed(self.commands.iter().map(String::as_str), word, " ")
            }
            _ => Vec::new(),
        };
        (start, c)
    }
}
