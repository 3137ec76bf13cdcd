//! The wire facts of a schema: its commands, events and types without
//! source positions, documentation or raw hx fields, conditions in a
//! canonical form, each list sorted by name. Two schemas that describe the
//! same protocol have equal [`WireFacts`], whatever format they were read
//! from and however their files are laid out (`qmp-codegen convert`
//! relies on it; the shipped schema's test compares it with QEMU's).

use crate::{Args, Command, Cond, Event, Feature, Location, Member, Schema, TypeDef, TypeKind};

/// A schema reduced to what goes over the wire.
#[derive(Clone, Debug, PartialEq)]
pub struct WireFacts {
    /// Commands, by name.
    pub commands: Vec<Command>,
    /// Events, by name.
    pub events: Vec<Event>,
    /// Named types, by name.
    pub types: Vec<TypeDef>,
}

/// `All`/`Any` of one condition are that condition.
fn norm_cond(c: &mut Option<Cond>) {
    fn norm(c: Cond) -> Cond {
        match c {
            Cond::All(mut cs) | Cond::Any(mut cs) if cs.len() == 1 => norm(cs.remove(0)),
            Cond::All(cs) => Cond::All(cs.into_iter().map(norm).collect()),
            Cond::Any(cs) => Cond::Any(cs.into_iter().map(norm).collect()),
            Cond::Not(c) => Cond::Not(Box::new(norm(*c))),
            n => n,
        }
    }
    *c = c.take().map(norm);
}

fn features(fs: &mut [Feature]) {
    for f in fs {
        f.doc = None;
        norm_cond(&mut f.cond);
    }
}

fn members(ms: &mut [Member]) {
    for m in ms {
        m.loc = Location::builtin();
        m.doc = None;
        norm_cond(&mut m.cond);
        features(&mut m.features);
    }
}

fn args(a: &mut Args) {
    if let Args::Members(ms) = a {
        members(ms);
    }
}

fn variants(vs: &mut [crate::Variant]) {
    for v in vs {
        v.loc = Location::builtin();
        norm_cond(&mut v.cond);
    }
}

impl WireFacts {
    /// The wire facts of `schema`.
    pub fn of(schema: &Schema) -> WireFacts {
        let mut s = schema.clone();
        for c in &mut s.commands {
            c.loc = Location::builtin();
            c.doc = None;
            c.hx = None;
            norm_cond(&mut c.cond);
            args(&mut c.args);
            features(&mut c.features);
        }
        for e in &mut s.events {
            e.loc = Location::builtin();
            e.doc = None;
            norm_cond(&mut e.cond);
            args(&mut e.data);
            features(&mut e.features);
        }
        for t in &mut s.types {
            t.loc = Location::builtin();
            t.doc = None;
            norm_cond(&mut t.cond);
            features(&mut t.features);
            match &mut t.kind {
                TypeKind::Struct(st) => members(&mut st.members),
                TypeKind::Union(u) => {
                    members(&mut u.members);
                    variants(&mut u.variants);
                }
                TypeKind::Alternate(a) => variants(&mut a.variants),
                TypeKind::Enum(en) => {
                    for v in &mut en.values {
                        v.loc = Location::builtin();
                        v.doc = None;
                        norm_cond(&mut v.cond);
                        features(&mut v.features);
                    }
                }
            }
        }
        s.commands.sort_by(|a, b| a.name.cmp(&b.name));
        s.events.sort_by(|a, b| a.name.cmp(&b.name));
        s.types.sort_by(|a, b| a.name.cmp(&b.name));
        WireFacts {
            commands: s.commands,
            events: s.events,
            types: s.types,
        }
    }

    /// Every difference from `other`, one line each: a definition only on
    /// one side, or one that differs (both versions shown).
    pub fn differences(&self, other: &WireFacts) -> Vec<String> {
        let mut out = Vec::new();
        diff(
            "command",
            &self.commands,
            &other.commands,
            |c| &c.name,
            &mut out,
        );
        diff("event", &self.events, &other.events, |e| &e.name, &mut out);
        diff("type", &self.types, &other.types, |t| &t.name, &mut out);
        out
    }
}

fn diff<T: PartialEq + std::fmt::Debug>(
    what: &str,
    a: &[T],
    b: &[T],
    name: impl Fn(&T) -> &String,
    out: &mut Vec<String>,
) {
    for x in a {
        match b.iter().find(|y| name(y) == name(x)) {
            None => out.push(format!("{what} '{}' only on the left", name(x))),
            Some(y) if y != x => out.push(format!(
                "{what} '{}' differs:\n  left:  {x:?}\n  right: {y:?}",
                name(x)
            )),
            Some(_) => {}
        }
    }
    for y in b {
        if !a.iter().any(|x| name(x) == name(y)) {
            out.push(format!("{what} '{}' only on the right", name(y)));
        }
    }
}
