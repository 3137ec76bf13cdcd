//! Readable names for the masked type names of `query-qmp-schema`.
//!
//! QEMU hides type names behind numbers ("0", "123"). Each masked object,
//! enum or alternate gets a name from the first place it is used, visiting
//! breadth first from the commands (in reply order), then the events:
//!
//! | used as | name |
//! |---|---|
//! | `arg-type` of command `blockdev-add` | `BlockdevAddArgs` |
//! | `ret-type` of command `query-status` | `QueryStatusReturn` |
//! | `arg-type` of event `BLOCK_JOB_COMPLETED` | `BlockJobCompletedData` |
//! | member `status` of `QueryStatusReturn` | `QueryStatusReturnStatus` |
//! | branch `qcow2` of union `BlockdevAddArgs` | `BlockdevAddArgsQcow2` |
//! | alternative of alternate `X` | `X` + `Object`, `Enum`, `Alternate`, `List` |
//! | element of an array used as `X` | `X` (the array itself has no name) |
//! | an object with no members | `Empty` |
//! | not reachable from a command or event | `Type` + the number |
//!
//! Names are UpperCamelCase (stable under `heck`), never clash with each
//! other, with a builtin name or with a command's UpperCamelCase name: a
//! clash takes the smallest free numeric suffix (`Foo2`, `Foo3`, ...).
//! Unmasked names (a server built to show them) are kept when they are
//! identifier-like.

use std::collections::{HashMap, HashSet, VecDeque};

use heck::ToUpperCamelCase;

use super::entities::{Entity, Meta};
use crate::limits::MAX_NESTING;
use crate::Builtin;

/// Whether an introspection type name is masked (all digits).
pub(super) fn is_masked(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_digit())
}

/// Whether an unmasked name can be kept as it is.
fn keepable(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !name.starts_with("q_")
}

/// UpperCamelCase of `s`; never empty, never starting with a digit.
pub(super) fn camel(s: &str) -> String {
    let c = s.to_upper_camel_case();
    if c.starts_with(|ch: char| ch.is_ascii_alphabetic()) {
        c
    } else {
        format!("T{c}")
    }
}

/// The name part for an alternative of an alternate, from the kind of its type.
fn alternative_part(entities: &[Entity], index: &HashMap<&str, usize>, ty: &str) -> String {
    match index.get(ty).map(|&i| &entities[i].meta) {
        Some(Meta::Builtin(b)) => b.name().to_string(),
        Some(Meta::Enum(_)) => "Enum".into(),
        Some(Meta::Object { .. }) => "Object".into(),
        Some(Meta::Alternate(_)) => "Alternate".into(),
        Some(Meta::Array(_)) => "List".into(),
        _ => "Branch".into(),
    }
}

struct Namer<'a> {
    entities: &'a [Entity],
    index: &'a HashMap<&'a str, usize>,
    names: Vec<Option<String>>,
    taken: HashSet<String>,
    queue: VecDeque<usize>,
}

impl Namer<'_> {
    fn unique(&mut self, base: String) -> String {
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }

    /// Offers `name` to the type called `ty` (through arrays to the element).
    fn propose(&mut self, ty: &str, name: &str) {
        let entities = self.entities;
        let mut ty = ty;
        // Follow arrays to their element; the nesting limit stops cycles
        // and long chains (the builder reports those).
        for _ in 0..=MAX_NESTING {
            let Some(&i) = self.index.get(ty) else {
                return;
            };
            match &entities[i].meta {
                Meta::Array(el) => ty = &el.name,
                Meta::Builtin(_) | Meta::Command { .. } | Meta::Event { .. } => return,
                _ => {
                    self.assign_at(i, name);
                    return;
                }
            }
        }
    }

    /// Names entity `i` (if still unnamed) and queues it for expansion.
    fn assign_at(&mut self, i: usize, name: &str) {
        if self.names[i].is_some() {
            return;
        }
        let entities = self.entities;
        let e = &entities[i];
        let chosen = if !is_masked(&e.name) && keepable(&e.name) {
            e.name.clone()
        } else if e.is_empty_object() {
            self.unique("Empty".into())
        } else {
            self.unique(camel(name))
        };
        self.names[i] = Some(chosen);
        self.queue.push_back(i);
    }

    fn expand(&mut self, i: usize) {
        let parent = self.names[i].clone().unwrap_or_default();
        let entities = self.entities;
        match &entities[i].meta {
            Meta::Object {
                members, variants, ..
            } => {
                for m in members {
                    self.propose(&m.ty.name, &format!("{parent}{}", camel(&m.name)));
                }
                for v in variants {
                    self.propose(&v.ty.name, &format!("{parent}{}", camel(&v.case)));
                }
            }
            Meta::Alternate(refs) => {
                for r in refs {
                    let part = alternative_part(entities, self.index, &r.name);
                    self.propose(&r.name, &format!("{parent}{}", camel(&part)));
                }
            }
            _ => {}
        }
    }
}

/// Chooses a name for every object, enum and alternate type; `None` for
/// builtins, arrays, commands and events.
pub(super) fn assign(entities: &[Entity], index: &HashMap<&str, usize>) -> Vec<Option<String>> {
    let mut taken: HashSet<String> = Builtin::ALL.iter().map(|b| b.name().to_string()).collect();
    for e in entities {
        match e.meta {
            Meta::Command { .. } => {
                taken.insert(camel(&e.name));
            }
            _ if e.is_type() && !is_masked(&e.name) && keepable(&e.name) => {
                taken.insert(e.name.clone());
            }
            _ => {}
        }
    }
    let mut namer = Namer {
        entities,
        index,
        names: vec![None; entities.len()],
        taken,
        queue: VecDeque::new(),
    };
    for e in entities {
        if let Meta::Command { arg, ret, .. } = &e.meta {
            let base = camel(&e.name);
            namer.propose(&arg.name, &format!("{base}Args"));
            namer.propose(&ret.name, &format!("{base}Return"));
        }
    }
    for e in entities {
        if let Meta::Event { arg } = &e.meta {
            namer.propose(&arg.name, &format!("{}Data", camel(&e.name)));
        }
    }
    loop {
        while let Some(i) = namer.queue.pop_front() {
            namer.expand(i);
        }
        // Types no command or event reaches: named after their number.
        let Some(i) = (0..entities.len()).find(|&i| {
            namer.names[i].is_none()
                && matches!(
                    entities[i].meta,
                    Meta::Enum(_) | Meta::Object { .. } | Meta::Alternate(_)
                )
        }) else {
            break;
        };
        let e = &entities[i];
        let name = if is_masked(&e.name) {
            format!("Type{}", e.name)
        } else {
            camel(&e.name)
        };
        namer.assign_at(i, &name);
    }
    namer.names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case() {
        assert_eq!(camel("blockdev-add"), "BlockdevAdd");
        assert_eq!(camel("BLOCK_JOB_COMPLETED"), "BlockJobCompleted");
        assert_eq!(camel("x-perf"), "XPerf");
        assert_eq!(camel("9p"), "T9p");
        assert_eq!(camel(""), "T");
        assert!(is_masked("123"));
        assert!(!is_masked("[123]"));
        assert!(!is_masked(""));
    }
}
