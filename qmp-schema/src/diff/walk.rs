//! The structural walk: pairs of types reached at the same place from the
//! same command or event in both schemas, found breadth first from every
//! command's arguments and reply and every event's data, then compared once
//! per pair. Type names play no part in matching, so a renamed type, or an
//! introspection reply whose types are numbered, compares by structure.

use std::collections::{HashMap, HashSet, VecDeque};

use super::classify::{class, type_change_breaks, type_label};
use super::members::matched_branches;
use super::shape::{json_kind, Shape, Side, Ty};
use super::{Change, ChangeKind, Class, Item, ReleasesOf};
use crate::TypeRef;

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
pub(super) struct Root {
    pub label: String,
    pub ty: (Ty, Ty),
    pub dirs: Dirs,
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
    pub old: &'a Side<'a>,
    pub new: &'a Side<'a>,
    pub roots: Vec<Root>,
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
                let first = self.changes.len();
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
                if let (None, Some(tag)) = (ot, nt) {
                    self.read_as_one_object(first, tag, &om, &nb);
                }
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
                            )
                            .condition = v.cond.cloned();
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
                        let change = self.push_ctx(
                            &c,
                            Item::EnumValue,
                            o.name,
                            ChangeKind::Removed,
                            class,
                            true,
                        );
                        change.condition = o.cond.cloned();
                        change.releases = o.releases.map(ReleasesOf::Item);
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

    /// Records a change found at `ctx`; the caller may add its condition
    /// and releases.
    pub(super) fn push_ctx(
        &mut self,
        ctx: &Ctx<'_>,
        item: Item,
        name: &str,
        kind: ChangeKind,
        class: Class,
        visible: bool,
    ) -> &mut Change {
        self.push(
            ctx.path,
            item,
            name,
            kind,
            class,
            visible,
            ctx.cond,
            ctx.roots.to_vec(),
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn push(
        &mut self,
        path: &str,
        item: Item,
        name: &str,
        kind: ChangeKind,
        class: Class,
        introspectable: bool,
        conditional: bool,
        roots: Vec<String>,
    ) -> &mut Change {
        self.changes.push(Change {
            path: path.to_owned(),
            item,
            name: name.to_owned(),
            kind,
            class,
            introspectable,
            conditional,
            roots,
            condition: None,
            releases: None,
        });
        self.changes.last_mut().expect("just pushed")
    }
}

/// Where a comparison happens, for the changes it finds.
pub(super) struct Ctx<'p> {
    pub path: &'p str,
    pub dirs: Dirs,
    pub cond: bool,
    pub roots: &'p [String],
}

impl<'p> Ctx<'p> {
    pub fn with_cond(&self, cond: bool) -> Ctx<'p> {
        Ctx {
            path: self.path,
            dirs: self.dirs,
            cond: self.cond || cond,
            roots: self.roots,
        }
    }
}
