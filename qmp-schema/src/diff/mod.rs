//! What changed between two schemas, and what each change does to a client
//! written for the older one: `qmp-codegen diff OLD NEW` and the client's
//! bindings check are built on [`diff`].
//!
//! Commands and events are matched by name. Everything else is matched by
//! where it is reached from them: the members of a command's reply, the
//! element of an array member, a union's branch for a tag value, an
//! alternate's branch for a JSON kind. So a type that was renamed, or the
//! numbered types of a `query-qmp-schema` reply, compare by structure.
//! A type reached from several places is compared once; its changes carry
//! the first (shortest) path that reaches it and every command or event
//! that does.
//!
//! Each change also carries what the schemas say about why a given server
//! may differ there: the item's own build condition, and, when the old
//! schema was made for a range of releases ([`Schema::releases`]), the
//! releases that have the item. The client's bindings check uses both to
//! tell expected differences from real ones.

mod classify;
mod members;
mod shape;
mod top;
mod walk;

use std::fmt;

use crate::availability::Releases;
use crate::{Cond, Schema};

/// The kind of item a [`Change`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    /// A command.
    Command,
    /// An event.
    Event,
    /// A command's `allow-oob` flag.
    AllowOob,
    /// A member of arguments, a reply, event data or a type.
    Member,
    /// An enum value.
    EnumValue,
    /// A union branch (by tag value).
    Branch,
    /// An alternate's branch (by JSON kind).
    Alternative,
    /// A union's tag member.
    Tag,
    /// A feature of any of these.
    Feature,
    /// The type at a place (its kind or builtin changed).
    Type,
    /// The build condition of a command, event, member, enum value or
    /// branch (`path` names the item). Not visible to introspection, which
    /// shows only what one binary was built with.
    Condition,
    /// A named type, by name: added, removed, or reached at the same place
    /// under another name. Not visible on the wire.
    TypeName,
}

impl Item {
    /// Whether the item exists only in a schema's source, not on the wire
    /// (type names and build conditions).
    pub fn is_source_only(self) -> bool {
        matches!(self, Item::TypeName | Item::Condition)
    }

    /// A lower-case word for the item.
    pub fn as_str(self) -> &'static str {
        match self {
            Item::Command => "command",
            Item::Event => "event",
            Item::AllowOob => "allow-oob",
            Item::Member => "member",
            Item::EnumValue => "enum value",
            Item::Branch => "union branch",
            Item::Alternative => "alternative",
            Item::Tag => "union tag",
            Item::Feature => "feature",
            Item::Type => "type",
            Item::TypeName => "type name",
            Item::Condition => "condition",
        }
    }
}

/// What happened to the item.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeKind {
    /// Only the new schema has it.
    Added,
    /// Only the old schema has it.
    Removed,
    /// A member that was optional is required.
    BecameRequired,
    /// A member that was required is optional.
    BecameOptional,
    /// Its type (or a tag's name, or a type's name) changed.
    Changed {
        /// The old type, tag or name.
        from: String,
        /// The new one.
        to: String,
    },
}

/// What a change does to a client written for the old schema that talks
/// to a server of the new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// Nothing it relied on changed.
    Compatible,
    /// Replies or events may carry an enum value (or union branch) the
    /// client has not seen; generated bindings keep it in a catch-all.
    NewEnumValue,
    /// Some request it sends may be refused (command gone, argument gone
    /// or now required, argument type changed).
    BreaksRequests,
    /// Some reply or event may not decode or may lack what it expects
    /// (member gone or now optional, type changed, event gone).
    BreaksReplies,
    /// Both.
    BreaksRequestsAndReplies,
}

impl Class {
    /// Whether a client built for the old schema may fail.
    pub fn is_breaking(self) -> bool {
        matches!(
            self,
            Class::BreaksRequests | Class::BreaksReplies | Class::BreaksRequestsAndReplies
        )
    }

    /// The class as written in the text and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Compatible => "compatible",
            Class::NewEnumValue => "new-enum-value",
            Class::BreaksRequests => "breaks-requests",
            Class::BreaksReplies => "breaks-replies",
            Class::BreaksRequestsAndReplies => "breaks-requests-and-replies",
        }
    }
}

/// What the old schema records about the releases behind a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReleasesOf {
    /// Only these releases have the item.
    Item(Releases),
    /// The old schema reads as one object what the new schema has as a
    /// union, because only these releases have the union's tag (the change
    /// is the tag, a branch, or a member that the new schema has in a
    /// branch).
    Tag(Releases),
}

impl ReleasesOf {
    /// The releases, whichever item they are of.
    pub fn releases(self) -> Releases {
        match self {
            ReleasesOf::Item(r) | ReleasesOf::Tag(r) => r,
        }
    }
}

/// One difference between the schemas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Where the item is: `command query-machines return[]` for a member
    /// of the elements of `query-machines`'s reply, `type Foo` for a named
    /// type.
    pub path: String,
    /// What kind of item it is.
    pub item: Item,
    /// Its name (member names of optional members end in `?`); empty for
    /// [`Item::Type`].
    pub name: String,
    /// What happened to it.
    pub kind: ChangeKind,
    /// What it does to a client of the old schema.
    pub class: Class,
    /// Whether a `query-qmp-schema` reply can show it (integer widths and
    /// type names it cannot).
    pub introspectable: bool,
    /// Whether the item, its type, or something on its path has a build
    /// condition in either schema (a given QEMU binary may lack it).
    pub conditional: bool,
    /// Every command's arguments or reply, and every event, that reaches it.
    pub roots: Vec<String>,
    /// The build condition of the item itself (a command, event, member,
    /// enum value, union branch or feature): the old schema's, else the
    /// new one's. Unlike [`Self::conditional`], a condition on the way to
    /// the item does not count.
    pub condition: Option<Cond>,
    /// The releases that have the item (or the union tag behind the
    /// change), when the old schema was made for a range of releases and
    /// some release of it lacks the item ([`Schema::releases`]).
    pub releases: Option<ReleasesOf>,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match &self.kind {
            ChangeKind::Added => "added".to_owned(),
            ChangeKind::Removed => "removed".to_owned(),
            ChangeKind::BecameRequired => "now required".to_owned(),
            ChangeKind::BecameOptional => "now optional".to_owned(),
            ChangeKind::Changed { from, to } => format!("changed: {from} -> {to}"),
        };
        write!(f, "{}: {}", self.class.as_str(), self.path)?;
        match self.item {
            Item::Command | Item::Event | Item::Type | Item::TypeName | Item::Condition => {
                write!(f, ": {what}")?
            }
            Item::EnumValue => write!(f, ": enum value '{}' {what}", self.name)?,
            item => write!(f, ": {} {} {what}", item.as_str(), self.name)?,
        }
        if self.roots.len() > 1 {
            write!(f, " (reached from {} places)", self.roots.len())?;
        }
        Ok(())
    }
}

/// The differences between two schemas.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    /// Every change: commands and events by name, then changes inside
    /// them in walk order, then named types.
    pub changes: Vec<Change>,
    /// Pairs of named types (old name, new name) reached at the same place,
    /// when both schemas have type names (not introspection).
    pub matched_types: Vec<(String, String)>,
}

impl Diff {
    /// Whether any change may break a client of the old schema.
    pub fn is_breaking(&self) -> bool {
        self.changes.iter().any(|c| c.class.is_breaking())
    }

    /// How many changes there are of each class, in [`Class`] order.
    pub fn counts(&self) -> [(Class, usize); 5] {
        let all = [
            Class::Compatible,
            Class::NewEnumValue,
            Class::BreaksRequests,
            Class::BreaksReplies,
            Class::BreaksRequestsAndReplies,
        ];
        all.map(|c| (c, self.changes.iter().filter(|x| x.class == c).count()))
    }

    /// The changes as JSON, for tools.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        let changes: Vec<serde_json::Value> = self
            .changes
            .iter()
            .map(|c| {
                let mut v = json!({
                    "class": c.class.as_str(),
                    "item": c.item.as_str(),
                    "name": c.name,
                    "path": c.path,
                    "change": match &c.kind {
                        ChangeKind::Added => "added",
                        ChangeKind::Removed => "removed",
                        ChangeKind::BecameRequired => "now-required",
                        ChangeKind::BecameOptional => "now-optional",
                        ChangeKind::Changed { .. } => "changed",
                    },
                    "introspectable": c.introspectable,
                    "conditional": c.conditional,
                    "roots": c.roots,
                });
                if let ChangeKind::Changed { from, to } = &c.kind {
                    v["from"] = json!(from);
                    v["to"] = json!(to);
                }
                if let Some(cond) = &c.condition {
                    v["if"] = json!(cond.to_string());
                }
                if let Some(r) = c.releases {
                    v["releases"] = json!(r.releases().to_string());
                    v["releases-of"] = json!(match r {
                        ReleasesOf::Item(_) => "item",
                        ReleasesOf::Tag(_) => "union-tag",
                    });
                }
                v
            })
            .collect();
        let counts: serde_json::Map<String, serde_json::Value> = self
            .counts()
            .iter()
            .map(|(c, n)| (c.as_str().to_owned(), json!(n)))
            .collect();
        json!({ "breaking": self.is_breaking(), "counts": counts, "changes": changes })
    }
}

impl fmt::Display for Diff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in &self.changes {
            writeln!(f, "{c}")?;
        }
        let counts: Vec<String> = self
            .counts()
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(c, n)| format!("{n} {}", c.as_str()))
            .collect();
        if counts.is_empty() {
            writeln!(f, "no differences")
        } else {
            writeln!(f, "{} changes: {}", self.changes.len(), counts.join(", "))
        }
    }
}

/// Compares `old` with `new`; see the [module](self) documentation.
pub fn diff(old: &Schema, new: &Schema) -> Diff {
    let old = shape::Side::new(old);
    let new = shape::Side::new(new);
    let (changes, matched_types) = walk::Walk::new(&old, &new).run();
    Diff {
        changes,
        matched_types,
    }
}
