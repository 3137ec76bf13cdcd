//! Turns the SchemaInfo records into the model: resolves type references,
//! inlines argument objects, and emits the named types.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::entities::{Entity, Errs, Meta, RawMember, Ref};
use crate::availability::Releases;
use crate::limits::MAX_NESTING;
use crate::{
    Alternate, Args, Command, Enum, EnumValue, Event, Feature, Location, Member, Returns, Struct,
    TypeDef, TypeKind, TypeRef, Union, Variant,
};

/// Commands QEMU's QAPI schema declares with `gen: false`, which
/// introspection does not report. In QEMU 10.0 that is `device_add` alone:
/// its arguments beyond `driver`, `bus` and `id` are the device model's
/// properties.
const HANDLED_BY_HAND: [&str; 1] = ["device_add"];

/// Everything the builder needs, and what it produces.
pub(super) struct Builder<'a> {
    pub entities: &'a [Entity],
    /// Type name -> entity index.
    pub index: &'a HashMap<&'a str, usize>,
    /// Synthesised names, by entity index.
    pub names: &'a [Option<String>],
    /// Byte offset -> location.
    pub loc: &'a dyn Fn(usize) -> Location,
    pub errs: Errs,
    /// The `"releases"` read, by `NAME` or `OWNER.NAME` in model names.
    pub releases: BTreeMap<String, Releases>,
}

fn features(names: &[String]) -> Vec<Feature> {
    names
        .iter()
        .map(|n| Feature {
            name: n.clone(),
            cond: None,
            doc: None,
        })
        .collect()
}

impl Builder<'_> {
    fn lookup(&mut self, r: &Ref) -> Option<usize> {
        let i = self.index.get(r.name.as_str()).copied();
        if i.is_none() {
            self.errs
                .push((r.pos, format!("reference to undefined type '{}'", r.name)));
        }
        i
    }

    /// The model type of a reference.
    fn resolve(&mut self, r: &Ref) -> Option<TypeRef> {
        let entities = self.entities;
        let start = r;
        let mut r = r;
        let mut depth = 0;
        loop {
            let i = self.lookup(r)?;
            match &entities[i].meta {
                Meta::Array(el) => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        self.errs.push((
                            start.pos,
                            format!(
                                "array type '{}' nests deeper than {MAX_NESTING} levels",
                                start.name
                            ),
                        ));
                        return None;
                    }
                    r = el;
                }
                Meta::Builtin(b) => return Some(wrap(TypeRef::Builtin(*b), depth)),
                Meta::Command { .. } | Meta::Event { .. } => {
                    self.errs.push((
                        r.pos,
                        format!("'{}' is a command or event, not a type", r.name),
                    ));
                    return None;
                }
                _ => {
                    let name = self.names[i].clone().unwrap_or_else(|| r.name.clone());
                    return Some(wrap(TypeRef::Named(name), depth));
                }
            }
        }
    }

    /// The members of `owner` (a type, or a command or event whose
    /// arguments are in place).
    fn members(&mut self, owner: &str, raw: &[RawMember]) -> Vec<Member> {
        raw.iter()
            .filter_map(|m| {
                let ty = self.resolve(&m.ty)?;
                let mut member = Member::new(&m.name, ty, m.optional, (self.loc)(m.pos));
                member.features = features(&m.features);
                member.cond = m.cond.clone();
                if let Some(r) = m.releases {
                    self.releases.insert(format!("{owner}.{}", m.name), r);
                }
                Some(member)
            })
            .collect()
    }

    /// The arguments of a command or the data of an event (`owner`).
    fn args(&mut self, owner: &str, r: &Ref, what: &str) -> Args {
        let entities = self.entities;
        let Some(i) = self.lookup(r) else {
            return Args::none();
        };
        match &entities[i].meta {
            Meta::Object { tag: Some(_), .. } => Args::Named {
                ty: self.names[i].clone().unwrap_or_else(|| r.name.clone()),
                boxed: true,
            },
            Meta::Object { members, .. } => Args::Members(self.members(owner, members)),
            _ => {
                self.errs
                    .push((r.pos, format!("{what} must name an object type")));
                Args::none()
            }
        }
    }

    /// The commands and events, in reply order.
    pub fn commands_events(&mut self) -> (Vec<Command>, Vec<Event>) {
        let mut commands = Vec::new();
        let mut events = Vec::new();
        let entities = self.entities;
        for e in entities {
            match &e.meta {
                Meta::Command {
                    arg,
                    ret,
                    allow_oob,
                } => {
                    let what = format!("arg-type of command '{}'", e.name);
                    let args = self.args(&e.name, arg, &what);
                    let returns = match self.index.get(ret.name.as_str()) {
                        Some(&j) if entities[j].is_empty_object() => Returns::Empty,
                        _ => self.resolve(ret).map_or(Returns::Unknown, Returns::Type),
                    };
                    if let Some(r) = e.releases {
                        self.releases.insert(e.name.clone(), r);
                    }
                    commands.push(Command {
                        features: features(&e.features),
                        cond: e.cond.clone(),
                        allow_oob: *allow_oob,
                        gen: !HANDLED_BY_HAND.contains(&e.name.as_str()),
                        ..Command::new(e.name.clone(), (self.loc)(e.pos), args, returns)
                    });
                }
                Meta::Event { arg } => {
                    let data = self.args(&e.name, arg, &format!("arg-type of event '{}'", e.name));
                    if let Some(r) = e.releases {
                        self.releases.insert(e.name.clone(), r);
                    }
                    events.push(Event {
                        name: e.name.clone(),
                        loc: (self.loc)(e.pos),
                        data,
                        features: features(&e.features),
                        cond: e.cond.clone(),
                        doc: None,
                    });
                }
                _ => {}
            }
        }
        (commands, events)
    }

    /// Entity indices of the types used as types (not only as inline
    /// arguments): targets of members, branches, alternatives, return types
    /// and boxed arguments, through arrays.
    fn used_as_type(&self) -> HashSet<usize> {
        let entities = self.entities;
        let mut used = HashSet::new();
        // Each chain of arrays is followed once: a type already marked
        // has had its element marked too (linear in the number of types).
        let mut mark = |name: &str| {
            let mut name = name;
            for _ in 0..=MAX_NESTING {
                let Some(&i) = self.index.get(name) else {
                    return;
                };
                if !used.insert(i) {
                    return;
                }
                match &entities[i].meta {
                    Meta::Array(el) => name = &el.name,
                    _ => return,
                }
            }
        };
        for e in entities {
            match &e.meta {
                Meta::Object {
                    members, variants, ..
                } => {
                    members.iter().for_each(|m| mark(&m.ty.name));
                    variants.iter().for_each(|v| mark(&v.ty.name));
                }
                Meta::Alternate(refs) => refs.iter().for_each(|r| mark(&r.name)),
                Meta::Array(el) => mark(&el.name),
                Meta::Command { arg, ret, .. } => {
                    let empty = self
                        .index
                        .get(ret.name.as_str())
                        .is_some_and(|&i| entities[i].is_empty_object());
                    if !empty {
                        mark(&ret.name);
                    }
                    self.mark_boxed(arg, &mut mark);
                }
                Meta::Event { arg } => self.mark_boxed(arg, &mut mark),
                _ => {}
            }
        }
        used
    }

    fn mark_boxed(&self, arg: &Ref, mark: &mut impl FnMut(&str)) {
        if let Some(&i) = self.index.get(arg.name.as_str()) {
            if matches!(self.entities[i].meta, Meta::Object { tag: Some(_), .. }) {
                mark(&arg.name);
            }
        }
    }

    /// The named types, in reply order.
    pub fn types(&mut self) -> Vec<TypeDef> {
        let used = self.used_as_type();
        let arg_types: HashSet<&str> = self
            .entities
            .iter()
            .filter_map(|e| match &e.meta {
                Meta::Command { arg, .. } | Meta::Event { arg } => Some(arg.name.as_str()),
                _ => None,
            })
            .collect();
        let entities = self.entities;
        let mut types = Vec::new();
        for (i, e) in entities.iter().enumerate() {
            let name = self.names[i].clone().unwrap_or_else(|| e.name.clone());
            let kind = match &e.meta {
                Meta::Enum(values) => TypeKind::Enum(Enum {
                    prefix: None,
                    values: values
                        .iter()
                        .map(|v| EnumValue {
                            name: v.name.clone(),
                            cond: v.cond.clone(),
                            features: features(&v.features),
                            doc: None,
                            loc: (self.loc)(v.pos),
                        })
                        .collect(),
                }),
                Meta::Object { .. }
                    if !used.contains(&i) && arg_types.contains(e.name.as_str()) =>
                {
                    continue
                }
                Meta::Object {
                    members,
                    tag,
                    variants,
                } => {
                    let members = self.members(&name, members);
                    match tag {
                        None => TypeKind::Struct(Struct {
                            base: None,
                            members,
                        }),
                        Some(tag) => {
                            if !members.iter().any(|m| m.name == tag.name) {
                                self.errs.push((
                                    tag.pos,
                                    format!(
                                        "tag '{}' of '{}' is not one of its members",
                                        tag.name, e.name
                                    ),
                                ));
                            }
                            let variants = variants
                                .iter()
                                .filter_map(|v| {
                                    self.expect_object(&v.ty, "a variant type");
                                    Some(Variant {
                                        name: v.case.clone(),
                                        ty: self.resolve(&v.ty)?,
                                        cond: v.cond.clone(),
                                        loc: (self.loc)(v.pos),
                                    })
                                })
                                .collect();
                            TypeKind::Union(Union {
                                base: None,
                                members,
                                discriminator: tag.name.clone(),
                                variants,
                            })
                        }
                    }
                }
                Meta::Alternate(refs) => TypeKind::Alternate(self.alternate(refs)),
                _ => continue,
            };
            if let Meta::Enum(values) = &e.meta {
                for v in values {
                    if let Some(r) = v.releases {
                        self.releases.insert(format!("{name}.{}", v.name), r);
                    }
                }
            }
            types.push(TypeDef {
                name,
                loc: (self.loc)(e.pos),
                kind,
                features: features(&e.features),
                cond: e.cond.clone(),
                doc: None,
            });
        }
        types
    }

    fn expect_object(&mut self, r: &Ref, what: &str) {
        if let Some(&i) = self.index.get(r.name.as_str()) {
            if !matches!(self.entities[i].meta, Meta::Object { .. }) {
                self.errs.push((
                    r.pos,
                    format!("{what} must be an object type: '{}'", r.name),
                ));
            }
        }
    }

    fn alternate(&mut self, refs: &[Ref]) -> Alternate {
        let mut seen = HashSet::new();
        let variants = refs
            .iter()
            .filter_map(|r| {
                let ty = self.resolve(r)?;
                let base = match &ty {
                    TypeRef::Builtin(b) => b.name().to_string(),
                    TypeRef::Array(_) => "list".to_string(),
                    TypeRef::Named(_) => match self
                        .index
                        .get(r.name.as_str())
                        .map(|&i| &self.entities[i].meta)
                    {
                        Some(Meta::Enum(_)) => "enum".to_string(),
                        Some(Meta::Alternate(_)) => "alternate".to_string(),
                        _ => "object".to_string(),
                    },
                };
                let mut name = base.clone();
                let mut n = 2;
                while !seen.insert(name.clone()) {
                    name = format!("{base}{n}");
                    n += 1;
                }
                Some(Variant {
                    name,
                    ty,
                    cond: None,
                    loc: (self.loc)(r.pos),
                })
            })
            .collect();
        Alternate { variants }
    }
}

fn wrap(t: TypeRef, depth: usize) -> TypeRef {
    (0..depth).fold(t, |t, _| TypeRef::Array(Box::new(t)))
}
