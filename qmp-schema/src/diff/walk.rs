//! The structural walk: pairs of types reached at the same place from the
//! same command or event in both schemas, found breadth first from every
//! command's arguments and reply and every event's data, then compared once
//! per pair. Type names play no part in matching, so a renamed type, or an
//! introspection reply whose types are numbered, compares by structure.

use std::collections::{HashMap, HashSet, VecDeque};

use super::shape::{json_kind, BranchView, MemberView, Shape, Side, Ty};
use super::{Change, ChangeKind, Class, Item};
use crate::{Builtin, Cond, Feature, TypeRef};

/// Which way values of a type travel: in requests, in replies and events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Dirs {
    pub request: bool,
    pub reply: bool,
}

impl Dirs {
    fn merge(&mut self, other: Dirs) {
        self.request |= other.request;
        self.reply |= other.reply;
    }
}

/// Where the walk starts: a command's arguments or reply, or an event.
struct Root {
    label: String,
    ty: (Ty, Ty),
    dirs: Dirs,
}

/// What the walk knows about one pair of types.
#[derive(Default)]
struct PairInfo {
    /// The first (shortest) path that reaches it.
    path: String,
    /// Whether that path passes a conditional item.
    cond: bool,
    dirs: Dirs,
    roots: Vec<usize>,
}

type Pair = (Ty, Ty);

pub(super) struct Walk<'a> {
    old: &'a Side<'a>,
    new: &'a Side<'a>,
    roots: Vec<Root>,
    order: Vec<Pair>,
    pairs: HashMap<Pair, PairInfo>,
    pub changes: Vec<Change>,
}

impl<'a> Walk<'a> {
    pub fn new(old: &'a Side<'a>, new: &'a Side<'a>) -> Self {
        Walk {
            old,
            new,
            roots: Vec::new(),
            order: Vec::new(),
            pairs: HashMap::new(),
            changes: Vec::new(),
        }
    }

    /// Compares the two schemas.
    pub fn run(mut self) -> (Vec<Change>, Vec<(String, String)>) {
        self.roots_and_top_level();
        for i in 0..self.roots.len() {
            self.reach(i);
        }
        let order = std::mem::take(&mut self.order);
        for pair in &order {
            self.compare(pair);
        }
        let mut renamed = Vec::new();
        if self.old.has_type_names() && self.new.has_type_names() {
            for (a, b) in &order {
                if let (Ty::Ref(TypeRef::Named(a)), Ty::Ref(TypeRef::Named(b))) = (a, b) {
                    renamed.push((a.clone(), b.clone()));
                }
            }
            self.named_types(&renamed);
        }
        (self.changes, renamed)
    }

    /// Commands and events added or removed, their features, and the roots
    /// of the walk for those in both.
    fn roots_and_top_level(&mut self) {
        let mut names: Vec<&str> = self
            .old
            .schema
            .commands
            .iter()
            .chain(&self.new.schema.commands)
            .map(|c| c.name.as_str())
            .collect();
        names.sort_unstable();
        names.dedup();
        for name in names {
            let path = format!("command {name}");
            match (self.old.command(name), self.new.command(name)) {
                (Some(o), None) => self.push(
                    &path,
                    Item::Command,
                    name,
                    ChangeKind::Removed,
                    Class::BreaksRequests,
                    true,
                    o.cond.is_some(),
                    vec![path.clone()],
                ),
                (None, Some(n)) => self.push(
                    &path,
                    Item::Command,
                    name,
                    ChangeKind::Added,
                    Class::Compatible,
                    true,
                    n.cond.is_some(),
                    vec![path.clone()],
                ),
                (Some(o), Some(n)) => {
                    let cond = o.cond.is_some() || n.cond.is_some();
                    let dirs = Dirs {
                        request: true,
                        reply: false,
                    };
                    self.features(&path, &o.features, &n.features, dirs, cond, &[path.clone()]);
                    let roots = [path.clone()];
                    self.cond_change(
                        &path,
                        Item::Command,
                        name,
                        o.cond.as_ref(),
                        n.cond.as_ref(),
                        &roots,
                    );
                    if o.allow_oob != n.allow_oob {
                        let class = if o.allow_oob {
                            Class::BreaksRequests
                        } else {
                            Class::Compatible
                        };
                        let kind = if n.allow_oob {
                            ChangeKind::Added
                        } else {
                            ChangeKind::Removed
                        };
                        self.push(
                            &path,
                            Item::AllowOob,
                            "allow-oob",
                            kind,
                            class,
                            true,
                            cond,
                            vec![path.clone()],
                        );
                    }
                    self.roots.push(Root {
                        label: format!("{path} arguments"),
                        ty: (
                            Side::args_ty(&o.args, format!("command:{name}")),
                            Side::args_ty(&n.args, format!("command:{name}")),
                        ),
                        dirs: Dirs {
                            request: true,
                            reply: false,
                        },
                    });
                    self.roots.push(Root {
                        label: format!("{path} return"),
                        ty: (Side::returns_ty(&o.returns), Side::returns_ty(&n.returns)),
                        dirs: Dirs {
                            request: false,
                            reply: true,
                        },
                    });
                }
                (None, None) => unreachable!("the name came from one of the schemas"),
            }
        }
        let mut names: Vec<&str> = self
            .old
            .schema
            .events
            .iter()
            .chain(&self.new.schema.events)
            .map(|e| e.name.as_str())
            .collect();
        names.sort_unstable();
        names.dedup();
        for name in names {
            let path = format!("event {name}");
            match (self.old.event(name), self.new.event(name)) {
                (Some(o), None) => self.push(
                    &path,
                    Item::Event,
                    name,
                    ChangeKind::Removed,
                    Class::BreaksReplies,
                    true,
                    o.cond.is_some(),
                    vec![path.clone()],
                ),
                (None, Some(n)) => self.push(
                    &path,
                    Item::Event,
                    name,
                    ChangeKind::Added,
                    Class::Compatible,
                    true,
                    n.cond.is_some(),
                    vec![path.clone()],
                ),
                (Some(o), Some(n)) => {
                    let cond = o.cond.is_some() || n.cond.is_some();
                    let dirs = Dirs {
                        request: false,
                        reply: true,
                    };
                    self.features(&path, &o.features, &n.features, dirs, cond, &[path.clone()]);
                    let roots = [path.clone()];
                    self.cond_change(
                        &path,
                        Item::Event,
                        name,
                        o.cond.as_ref(),
                        n.cond.as_ref(),
                        &roots,
                    );
                    self.roots.push(Root {
                        label: format!("{path} data"),
                        ty: (
                            Side::args_ty(&o.data, format!("event:{name}")),
                            Side::args_ty(&n.data, format!("event:{name}")),
                        ),
                        dirs,
                    });
                }
                (None, None) => unreachable!("the name came from one of the schemas"),
            }
        }
    }

    /// Breadth first from root `i`: every pair it reaches learns the root,
    /// its direction, and (if first) its path.
    fn reach(&mut self, i: usize) {
        let root = &self.roots[i];
        let dirs = root.dirs;
        let mut queue = VecDeque::from([(root.ty.clone(), root.label.clone(), false)]);
        let mut seen = HashSet::new();
        while let Some((pair, path, cond)) = queue.pop_front() {
            if !seen.insert(pair.clone()) {
                continue;
            }
            let info = match self.pairs.get_mut(&pair) {
                Some(info) => info,
                None => {
                    self.order.push(pair.clone());
                    self.pairs.entry(pair.clone()).or_insert(PairInfo {
                        path: path.clone(),
                        cond,
                        ..PairInfo::default()
                    })
                }
            };
            info.dirs.merge(dirs);
            info.roots.push(i);
            for (seg, child, child_cond) in self.children(&pair) {
                if !seen.contains(&child) {
                    queue.push_back((child, format!("{path}{seg}"), cond || child_cond));
                }
            }
        }
    }

    /// The pairs one step inside `pair`, with the path segment leading to
    /// each and whether that step is conditional.
    fn children(&self, (a, b): &Pair) -> Vec<(String, Pair, bool)> {
        let mut out = Vec::new();
        match (self.old.shape(a), self.new.shape(b)) {
            (
                Shape::Object {
                    members: om,
                    branches: ob,
                    tag: ot,
                },
                Shape::Object {
                    members: nm,
                    branches: nb,
                    ..
                },
            ) => {
                for m in &om {
                    if let Some(n) = nm.iter().find(|n| n.name == m.name) {
                        let cond = m.cond.is_some() || n.cond.is_some();
                        out.push((format!(".{}", m.name), (m.ty.clone(), n.ty.clone()), cond));
                    }
                }
                let tag = ot.unwrap_or("");
                for (seg, o, n) in matched_branches(&ob, &nb) {
                    out.push((format!("{{{tag}={seg}}}"), (o.ty.clone(), n.ty.clone()), {
                        o.cond.is_some() || n.cond.is_some()
                    }));
                }
            }
            (Shape::Array(o), Shape::Array(n)) => out.push(("[]".to_owned(), (o, n), false)),
            (Shape::Alternate(ob), Shape::Alternate(nb)) => {
                for (seg, o, n) in matched_branches(&ob, &nb) {
                    out.push((format!("<{seg}>"), (o.ty.clone(), n.ty.clone()), {
                        o.cond.is_some() || n.cond.is_some()
                    }));
                }
            }
            _ => {}
        }
        out.sort_by(|x, y| x.0.cmp(&y.0));
        out
    }

    /// Every change between the two types of a pair.
    fn compare(&mut self, pair: &Pair) {
        let info = &self.pairs[pair];
        let path = info.path.clone();
        let dirs = info.dirs;
        let roots: Vec<String> = info
            .roots
            .iter()
            .map(|&i| self.roots[i].label.clone())
            .collect();
        let cond = info.cond || self.old.cond_of(&pair.0).is_some();
        let cond = cond || self.new.cond_of(&pair.1).is_some();
        let ctx = Ctx {
            path: &path,
            dirs,
            cond,
            roots: &roots,
        };
        match (self.old.shape(&pair.0), self.new.shape(&pair.1)) {
            (
                Shape::Object {
                    members: om,
                    tag: ot,
                    branches: ob,
                },
                Shape::Object {
                    members: nm,
                    tag: nt,
                    branches: nb,
                },
            ) => {
                self.members(&ctx, &om, &nm);
                if ot != nt {
                    let from = ot.unwrap_or("(none)").to_owned();
                    let to = nt.unwrap_or("(none)").to_owned();
                    let class = class(dirs, true, true);
                    self.push_ctx(
                        &ctx,
                        Item::Tag,
                        &to,
                        ChangeKind::Changed {
                            from,
                            to: to.clone(),
                        },
                        class,
                        true,
                    );
                }
                self.branches(&ctx, &ob, &nb, Item::Branch);
            }
            (Shape::Enum(ov), Shape::Enum(nv)) => {
                for v in &nv {
                    match ov.iter().find(|o| o.name == v.name) {
                        None => {
                            let class = if dirs.reply {
                                Class::NewEnumValue
                            } else {
                                Class::Compatible
                            };
                            let c = ctx.with_cond(v.cond.is_some());
                            self.push_ctx(
                                &c,
                                Item::EnumValue,
                                v.name,
                                ChangeKind::Added,
                                class,
                                true,
                            );
                        }
                        Some(o) => {
                            let c = ctx.with_cond(o.cond.is_some() || v.cond.is_some());
                            self.cond_change(
                                &path,
                                Item::EnumValue,
                                v.name,
                                o.cond,
                                v.cond,
                                &roots,
                            );
                            let p = format!("{path} '{}'", v.name);
                            self.features(&p, o.features, v.features, dirs, c.cond, &roots);
                        }
                    }
                }
                for o in &ov {
                    if !nv.iter().any(|v| v.name == o.name) {
                        let class = class(dirs, true, false);
                        let c = ctx.with_cond(o.cond.is_some());
                        self.push_ctx(
                            &c,
                            Item::EnumValue,
                            o.name,
                            ChangeKind::Removed,
                            class,
                            true,
                        );
                    }
                }
            }
            (Shape::Alternate(ob), Shape::Alternate(nb)) => {
                self.branches(&ctx, &ob, &nb, Item::Alternative);
            }
            (Shape::Array(_), Shape::Array(_)) | (Shape::Any, Shape::Any) => {}
            (Shape::Builtin(a), Shape::Builtin(b)) if a == b => {}
            // Introspection reports every integer type as `int`.
            (Shape::Builtin(a), Shape::Builtin(b))
                if json_kind(a) == json_kind(b)
                    && !(self.old.has_type_names() && self.new.has_type_names()) => {}
            (Shape::Undefined, Shape::Undefined) => {}
            (o, n) => {
                let (req, rep) = type_change_breaks(&o, &n);
                let visible = match (&o, &n) {
                    (Shape::Builtin(a), Shape::Builtin(b)) => json_kind(*a) != json_kind(*b),
                    _ => true,
                };
                let from = type_label(&pair.0, &o);
                let to = type_label(&pair.1, &n);
                let class = class(dirs, req, rep);
                self.push_ctx(
                    &ctx,
                    Item::Type,
                    "",
                    ChangeKind::Changed { from, to },
                    class,
                    visible,
                );
            }
        }
    }

    fn members(&mut self, ctx: &Ctx<'_>, om: &[MemberView<'_>], nm: &[MemberView<'_>]) {
        for n in nm {
            match om.iter().find(|o| o.name == n.name) {
                None => {
                    // A new required member breaks requests (a client
                    // built for the old schema does not send it).
                    let class = class(ctx.dirs, !n.optional, false);
                    let kind = ChangeKind::Added;
                    let c = ctx.with_cond(n.cond.is_some());
                    let name = if n.optional {
                        format!("{}?", n.name)
                    } else {
                        n.name.to_owned()
                    };
                    self.push_ctx(&c, Item::Member, &name, kind, class, true);
                }
                Some(o) => {
                    let c = ctx.with_cond(o.cond.is_some() || n.cond.is_some());
                    self.cond_change(ctx.path, Item::Member, n.name, o.cond, n.cond, ctx.roots);
                    if o.optional != n.optional {
                        // Now required: requests without it fail. Now
                        // optional: replies may lack what clients expect.
                        let class = class(ctx.dirs, !n.optional, n.optional);
                        let kind = if n.optional {
                            ChangeKind::BecameOptional
                        } else {
                            ChangeKind::BecameRequired
                        };
                        self.push_ctx(&c, Item::Member, n.name, kind, class, true);
                    }
                    let p = format!("{}.{}", ctx.path, n.name);
                    self.features(&p, o.features, n.features, ctx.dirs, c.cond, ctx.roots);
                }
            }
        }
        for o in om {
            if !nm.iter().any(|n| n.name == o.name) {
                // Requests that send it are refused; replies lack it.
                let class = class(ctx.dirs, true, !o.optional);
                let c = ctx.with_cond(o.cond.is_some());
                let name = if o.optional {
                    format!("{}?", o.name)
                } else {
                    o.name.to_owned()
                };
                self.push_ctx(&c, Item::Member, &name, ChangeKind::Removed, class, true);
            }
        }
    }

    /// Union branches (a new one is like a new enum value in replies) or
    /// alternatives (a new JSON kind in a reply does not decode).
    fn branches(
        &mut self,
        ctx: &Ctx<'_>,
        ob: &[BranchView<'_>],
        nb: &[BranchView<'_>],
        item: Item,
    ) {
        for (key, o, n) in matched_branches(ob, nb) {
            self.cond_change(ctx.path, item, &key, o.cond, n.cond, ctx.roots);
        }
        for n in nb {
            if !ob.iter().any(|o| o.key == n.key) {
                let class = match (item, ctx.dirs.reply) {
                    (_, false) => Class::Compatible,
                    (Item::Branch, true) => Class::NewEnumValue,
                    (_, true) => class(ctx.dirs, false, true),
                };
                let c = ctx.with_cond(n.cond.is_some());
                self.push_ctx(&c, item, &n.key, ChangeKind::Added, class, true);
            }
        }
        for o in ob {
            if !nb.iter().any(|n| n.key == o.key) {
                let class = class(ctx.dirs, true, false);
                let c = ctx.with_cond(o.cond.is_some());
                self.push_ctx(&c, item, &o.key, ChangeKind::Removed, class, true);
            }
        }
    }

    /// Features added or removed: information for a client, never a break.
    fn features(
        &mut self,
        path: &str,
        of: &[Feature],
        nf: &[Feature],
        _dirs: Dirs,
        cond: bool,
        roots: &[String],
    ) {
        for f in nf {
            if !Feature::has(of, &f.name) {
                let c = cond || f.cond.is_some();
                self.push(
                    path,
                    Item::Feature,
                    &f.name,
                    ChangeKind::Added,
                    Class::Compatible,
                    true,
                    c,
                    roots.to_vec(),
                );
            }
        }
        for f in of {
            if !Feature::has(nf, &f.name) {
                let c = cond || f.cond.is_some();
                self.push(
                    path,
                    Item::Feature,
                    &f.name,
                    ChangeKind::Removed,
                    Class::Compatible,
                    true,
                    c,
                    roots.to_vec(),
                );
            }
        }
    }

    /// Named types added or removed, and types reached at the same place
    /// under another name (neither is visible on the wire).
    fn named_types(&mut self, matched: &[(String, String)]) {
        let old: HashSet<&str> = self
            .old
            .schema
            .types
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        let new: HashSet<&str> = self
            .new
            .schema
            .types
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        let mut changes = Vec::new();
        for t in &self.new.schema.types {
            if !old.contains(t.name.as_str()) {
                let path = format!("type {}", t.name);
                changes.push((path, t.name.clone(), ChangeKind::Added, t.cond.is_some()));
            }
        }
        for t in &self.old.schema.types {
            if !new.contains(t.name.as_str()) {
                let path = format!("type {}", t.name);
                changes.push((path, t.name.clone(), ChangeKind::Removed, t.cond.is_some()));
            }
        }
        let mut renames: Vec<&(String, String)> = matched.iter().filter(|(a, b)| a != b).collect();
        renames.sort();
        renames.dedup();
        for (a, b) in renames {
            let path = format!("type {b}");
            let kind = ChangeKind::Changed {
                from: a.clone(),
                to: b.clone(),
            };
            changes.push((path, b.clone(), kind, false));
        }
        for (path, name, kind, cond) in changes {
            self.push(
                &path,
                Item::TypeName,
                &name,
                kind,
                Class::Compatible,
                false,
                cond,
                Vec::new(),
            );
        }
    }

    /// A build condition that changed on an item both schemas have: a given
    /// binary may have gained or lost it. Only source schemas have
    /// conditions.
    fn cond_change(
        &mut self,
        path: &str,
        item: Item,
        name: &str,
        o: Option<&Cond>,
        n: Option<&Cond>,
        roots: &[String],
    ) {
        if o == n || !self.old.has_type_names() || !self.new.has_type_names() {
            return;
        }
        let text = |c: Option<&Cond>| c.map_or_else(|| "(none)".to_owned(), |c| format!("if {c}"));
        let kind = ChangeKind::Changed {
            from: text(o),
            to: text(n),
        };
        let path = format!("{path} {} {name}", item.as_str());
        self.push(
            &path,
            Item::Condition,
            name,
            kind,
            Class::Compatible,
            false,
            true,
            roots.to_vec(),
        );
    }

    fn push_ctx(
        &mut self,
        ctx: &Ctx<'_>,
        item: Item,
        name: &str,
        kind: ChangeKind,
        class: Class,
        visible: bool,
    ) {
        self.push(
            ctx.path,
            item,
            name,
            kind,
            class,
            visible,
            ctx.cond,
            ctx.roots.to_vec(),
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        path: &str,
        item: Item,
        name: &str,
        kind: ChangeKind,
        class: Class,
        introspectable: bool,
        conditional: bool,
        roots: Vec<String>,
    ) {
        self.changes.push(Change {
            path: path.to_owned(),
            item,
            name: name.to_owned(),
            kind,
            class,
            introspectable,
            conditional,
            roots,
        });
    }
}

/// Where a comparison happens, for the changes it finds.
struct Ctx<'p> {
    path: &'p str,
    dirs: Dirs,
    cond: bool,
    roots: &'p [String],
}

impl<'p> Ctx<'p> {
    fn with_cond(&self, cond: bool) -> Ctx<'p> {
        Ctx {
            path: self.path,
            dirs: self.dirs,
            cond: self.cond || cond,
            roots: self.roots,
        }
    }
}

/// Branches of both sides with the same key, in key order.
fn matched_branches<'x, 'a>(
    ob: &'x [BranchView<'a>],
    nb: &'x [BranchView<'a>],
) -> Vec<(String, &'x BranchView<'a>, &'x BranchView<'a>)> {
    let mut out: Vec<_> = ob
        .iter()
        .filter_map(|o| {
            nb.iter()
                .find(|n| n.key == o.key)
                .map(|n| (o.key.clone(), o, n))
        })
        .collect();
    out.sort_by(|x, y| x.0.cmp(&y.0));
    out
}

/// The class of a change that breaks requests (`req`) and/or replies
/// (`rep`), for a type travelling in `dirs`.
fn class(dirs: Dirs, req: bool, rep: bool) -> Class {
    match (dirs.request && req, dirs.reply && rep) {
        (true, true) => Class::BreaksRequestsAndReplies,
        (true, false) => Class::BreaksRequests,
        (false, true) => Class::BreaksReplies,
        (false, false) => Class::Compatible,
    }
}

/// Whether changing a type from `o` to `n` breaks requests (the new type
/// does not accept every old value) and replies (an old client cannot hold
/// every new value).
fn type_change_breaks(o: &Shape<'_>, n: &Shape<'_>) -> (bool, bool) {
    match (o, n) {
        (Shape::Builtin(a), Shape::Builtin(b)) => match (int_range(*a), int_range(*b)) {
            (Some(ra), Some(rb)) => {
                let wider = rb.0 <= ra.0 && ra.1 <= rb.1;
                let narrower = ra.0 <= rb.0 && rb.1 <= ra.1;
                (!wider, !narrower)
            }
            _ => (true, true),
        },
        (_, Shape::Any) => (false, true),
        (Shape::Any, _) => (true, false),
        (Shape::Builtin(Builtin::Str), Shape::Enum(_)) => (true, false),
        (Shape::Enum(_), Shape::Builtin(Builtin::Str)) => (false, true),
        _ => (true, true),
    }
}

/// The range of an integer builtin.
fn int_range(b: Builtin) -> Option<(i128, i128)> {
    Some(match b {
        Builtin::Int | Builtin::Int64 => (i64::MIN.into(), i64::MAX.into()),
        Builtin::Int8 => (i8::MIN.into(), i8::MAX.into()),
        Builtin::Int16 => (i16::MIN.into(), i16::MAX.into()),
        Builtin::Int32 => (i32::MIN.into(), i32::MAX.into()),
        Builtin::Uint8 => (0, u8::MAX.into()),
        Builtin::Uint16 => (0, u16::MAX.into()),
        Builtin::Uint32 => (0, u32::MAX.into()),
        Builtin::Uint64 | Builtin::Size => (0, u64::MAX.into()),
        _ => return None,
    })
}

/// A type for "type changed" messages: builtins by name (introspection
/// knows only `int`), other types by their kind.
fn type_label(ty: &Ty, shape: &Shape<'_>) -> String {
    match shape {
        Shape::Builtin(b) => b.name().to_owned(),
        Shape::Undefined => ty.spelling(),
        s => s.kind().to_owned(),
    }
}
