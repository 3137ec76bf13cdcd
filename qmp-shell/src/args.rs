//! The shell's command-line syntax: `command key=value ...`, dotted keys
//! building nested objects, values read as JSON where they parse, and the
//! `transaction( action k=v ; ... )` grouping of QEMU's Python qmp-shell.
//!
//! [`LineParser`] keeps the transaction state across lines; [`tokenize`],
//! [`parse_value`] and [`build_arguments`] are its building blocks.

use serde_json::{Map, Value};

use crate::fuzzy;

/// Why a line could not be turned into a command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError(pub String);

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SyntaxError {}

fn err<T>(msg: impl Into<String>) -> Result<T, SyntaxError> {
    Err(SyntaxError(msg.into()))
}

/// Splits a line into tokens at whitespace. Single- and double-quoted parts
/// may contain whitespace (a backslash escapes the next character inside
/// them); the quotes stay in the token so that [`parse_value`] sees them.
pub fn tokenize(line: &str) -> Result<Vec<String>, SyntaxError> {
    let mut tokens = Vec::new();
    let mut cur = String::new();
    let mut in_token = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' => {
                in_token = true;
                cur.push(c);
                let mut closed = false;
                while let Some(d) = chars.next() {
                    cur.push(d);
                    if d == '\\' {
                        if let Some(e) = chars.next() {
                            cur.push(e);
                        }
                    } else if d == c {
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    return err(format!("unterminated {c}-quoted string in '{cur}'"));
                }
            }
            c if c.is_whitespace() => {
                if in_token {
                    tokens.push(std::mem::take(&mut cur));
                    in_token = false;
                }
            }
            c => {
                in_token = true;
                cur.push(c);
            }
        }
    }
    if in_token {
        tokens.push(cur);
    }
    Ok(tokens)
}

/// Reads the value part of `key=value`.
///
/// In order: an integer; `true`/`false` (any case); `null`; a JSON number;
/// a double-quoted JSON string (without its quotes); an object or array
/// written as JSON or in the Python literal style the Python shell accepts
/// (`'single quotes'`, `True`/`False`/`None`); a single-quoted string;
/// anything else is the text itself as a string.
pub fn parse_value(raw: &str) -> Value {
    if let Ok(i) = raw.parse::<i64>() {
        return Value::from(i);
    }
    if let Ok(u) = raw.parse::<u64>() {
        return Value::from(u);
    }
    match raw.to_ascii_lowercase().as_str() {
        "true" => return Value::Bool(true),
        "false" => return Value::Bool(false),
        _ => {}
    }
    if raw == "null" {
        return Value::Null;
    }
    let first = raw.chars().next();
    if matches!(first, Some('{' | '[' | '"' | '-' | '0'..='9')) {
        if let Ok(v) = serde_json::from_str::<Value>(raw) {
            return v;
        }
    }
    if matches!(first, Some('{' | '[' | '\'' | '"')) {
        if let Some(v) = fuzzy::parse(raw) {
            return v;
        }
    }
    Value::String(raw.to_string())
}

/// One `key=value` as written, kept so that the schema checks can read a
/// value the user meant as text (`id=123` for a string member) as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Leaf {
    /// The path of the value from the arguments object: object keys, and
    /// array indexes written as decimal numbers.
    pub path: Vec<String>,
    /// The value text exactly as typed.
    pub raw: String,
}

/// Adds `key=value` tokens to `parent`, building nested objects for dotted
/// keys. `prefix` is the path of `parent` from the arguments object; the
/// leaves written are appended to `leaves`.
pub fn build_arguments(
    tokens: &[String],
    parent: &mut Map<String, Value>,
    prefix: &[String],
    leaves: &mut Vec<Leaf>,
) -> Result<(), SyntaxError> {
    for tok in tokens {
        let Some((key, raw)) = tok.split_once('=') else {
            return err(format!("expected a key=value pair, got '{tok}'"));
        };
        let parts: Vec<&str> = key.split('.').collect();
        if parts.iter().any(|p| p.is_empty()) {
            return err(format!("empty argument name in '{tok}'"));
        }
        let (last, dirs) = parts.split_last().unwrap_or((&"", &[]));
        let mut obj = &mut *parent;
        let mut cur: Vec<&str> = Vec::new();
        for dir in dirs {
            cur.push(dir);
            let slot = obj
                .entry(dir.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            match slot {
                Value::Object(m) => obj = m,
                _ => {
                    return err(format!(
                        "cannot use \"{}\" as both leaf and non-leaf key",
                        cur.join(".")
                    ))
                }
            }
        }
        if let Some(existing) = obj.get(*last) {
            if existing.is_object() {
                return err(format!(
                    "cannot use \"{key}\" as both leaf and non-leaf key"
                ));
            }
            return err(format!("cannot set \"{key}\" multiple times"));
        }
        obj.insert(last.to_string(), parse_value(raw));
        let mut path: Vec<String> = prefix.to_vec();
        path.extend(parts.iter().map(|p| p.to_string()));
        leaves.push(Leaf {
            path,
            raw: raw.to_string(),
        });
    }
    Ok(())
}

/// A command ready to be checked and sent.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// The command name (`execute`).
    pub execute: String,
    /// Its arguments.
    pub arguments: Map<String, Value>,
    /// The values as typed, by path in `arguments`.
    pub leaves: Vec<Leaf>,
}

impl Request {
    /// The wire form: `{"execute": ..., "arguments": {...}}`. The Python
    /// shell always sends `arguments`, even when empty; so do we.
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("execute".into(), Value::String(self.execute.clone()));
        m.insert("arguments".into(), Value::Object(self.arguments.clone()));
        Value::Object(m)
    }
}

/// What one input line amounted to.
#[derive(Clone, Debug, PartialEq)]
pub enum Parsed {
    /// Nothing to send: an empty line, or a transaction action that was
    /// stored until the transaction closes.
    Nothing,
    /// A command to send (a plain command, or a closed transaction).
    Send(Request),
}

/// Turns input lines into requests, remembering an open `transaction(`.
#[derive(Clone, Debug, Default)]
pub struct LineParser {
    /// The actions of the open transaction, if one is open.
    actions: Option<Vec<Value>>,
    leaves: Vec<Leaf>,
}

impl LineParser {
    /// A parser with no open transaction.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether a `transaction(` is open (the prompt is then `TRANS> `).
    pub fn in_transaction(&self) -> bool {
        self.actions.is_some()
    }

    /// Drops an open transaction, if any; returns whether there was one.
    pub fn abort_transaction(&mut self) -> bool {
        self.leaves.clear();
        self.actions.take().is_some()
    }

    /// Reads one line.
    ///
    /// Grammar (that of the Python shell): `transaction(` as the first token
    /// opens a transaction; while it is open every line is an action
    /// `type k=v ...`; a line `)`, or a `)` as the last token of an action
    /// line, closes it and yields `transaction` with
    /// `actions: [{"type": ..., "data": {...}}, ...]`. Outside one, a line is
    /// `command k=v ...`.
    pub fn parse_line(&mut self, line: &str) -> Result<Parsed, SyntaxError> {
        let mut tokens = tokenize(line)?;
        if tokens.first().map(String::as_str) == Some("transaction(") {
            self.actions = Some(Vec::new());
            self.leaves.clear();
            tokens.remove(0);
        }
        if self.in_transaction() && tokens.first().map(String::as_str) == Some(")") {
            if tokens.len() > 1 {
                self.abort_transaction();
                return err("unexpected input after the closing ')' of a transaction");
            }
            return Ok(Parsed::Send(self.close()));
        }
        if tokens.is_empty() {
            return Ok(Parsed::Nothing);
        }
        if self.in_transaction() {
            let finalize = tokens.last().map(String::as_str) == Some(")");
            if finalize {
                tokens.pop();
            }
            // Extension: a `;` token separates several actions on one line.
            // A bad line adds none of its actions.
            let before = (self.actions.as_ref().map_or(0, Vec::len), self.leaves.len());
            for group in tokens.split(|t| t == ";") {
                if let Some((kind, args)) = group.split_first() {
                    if kind == ")" {
                        self.abort_transaction();
                        return err("unexpected input after the closing ')' of a transaction");
                    }
                    if let Err(e) = self.add_action(kind, args) {
                        if let Some(a) = self.actions.as_mut() {
                            a.truncate(before.0);
                        }
                        self.leaves.truncate(before.1);
                        return Err(e);
                    }
                }
            }
            return Ok(if finalize {
                Parsed::Send(self.close())
            } else {
                Parsed::Nothing
            });
        }
        let mut arguments = Map::new();
        let mut leaves = Vec::new();
        build_arguments(&tokens[1..], &mut arguments, &[], &mut leaves)?;
        Ok(Parsed::Send(Request {
            execute: tokens[0].clone(),
            arguments,
            leaves,
        }))
    }

    fn add_action(&mut self, kind: &str, args: &[String]) -> Result<(), SyntaxError> {
        let idx = self.actions.as_ref().map_or(0, Vec::len);
        let prefix = vec!["actions".to_string(), idx.to_string(), "data".to_string()];
        let mut data = Map::new();
        build_arguments(args, &mut data, &prefix, &mut self.leaves)?;
        let mut action = Map::new();
        action.insert("type".into(), Value::String(kind.to_string()));
        action.insert("data".into(), Value::Object(data));
        if let Some(actions) = self.actions.as_mut() {
            actions.push(Value::Object(action));
        }
        Ok(())
    }

    fn close(&mut self) -> Request {
        let actions = self.actions.take().unwrap_or_default();
        let mut arguments = Map::new();
        arguments.insert("actions".into(), Value::Array(actions));
        Request {
            execute: "transaction".into(),
            arguments,
            leaves: std::mem::take(&mut self.leaves),
        }
    }
}
