//! The inside of an object pair: members added, removed or changed in
//! optionality, union branches and alternatives added or removed, and what
//! a union read as one object by the old schema looks like.

use super::classify::class;
use super::shape::{BranchView, MemberView, Shape};
use super::walk::{Ctx, Walk};
use super::{ChangeKind, Class, Item, ReleasesOf};

impl Walk<'_> {
    pub(super) fn members(&mut self, ctx: &Ctx<'_>, om: &[MemberView<'_>], nm: &[MemberView<'_>]) {
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
                    self.push_ctx(&c, Item::Member, &name, kind, class, true)
                        .condition = n.cond.cloned();
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
                        let change = self.push_ctx(&c, Item::Member, n.name, kind, class, true);
                        change.condition = o.cond.or(n.cond).cloned();
                        change.releases = o.releases.map(ReleasesOf::Item);
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
                let kind = ChangeKind::Removed;
                let change = self.push_ctx(&c, Item::Member, &name, kind, class, true);
                change.condition = o.cond.cloned();
                change.releases = o.releases.map(ReleasesOf::Item);
            }
        }
    }

    /// Union branches (a new one is like a new enum value in replies) or
    /// alternatives (a new JSON kind in a reply does not decode).
    pub(super) fn branches(
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
                self.push_ctx(&c, item, &n.key, ChangeKind::Added, class, true)
                    .condition = n.cond.cloned();
            }
        }
        for o in ob {
            if !nb.iter().any(|n| n.key == o.key) {
                let class = class(ctx.dirs, true, false);
                let c = ctx.with_cond(o.cond.is_some());
                let change = self.push_ctx(&c, item, &o.key, ChangeKind::Removed, class, true);
                change.condition = o.cond.cloned();
                change.releases = o.releases.map(ReleasesOf::Item);
            }
        }
    }

    /// The old schema has a plain object where the new one has a union
    /// with tag `tag`: when the old object has the tag as a member, and
    /// records the releases that have it, the changes found since
    /// `first` that come from reading the union as one object (the tag,
    /// branches added, and members the new union has in a branch) carry
    /// those releases.
    pub(super) fn read_as_one_object(
        &mut self,
        first: usize,
        tag: &str,
        om: &[MemberView<'_>],
        nb: &[BranchView<'_>],
    ) {
        let Some(releases) = om.iter().find(|m| m.name == tag).and_then(|m| m.releases) else {
            return;
        };
        let in_branches: Vec<String> = nb
            .iter()
            .flat_map(|b| match self.new.shape(&b.ty) {
                Shape::Object { members, .. } => {
                    members.iter().map(|m| m.name.to_owned()).collect()
                }
                _ => Vec::new(),
            })
            .collect();
        for c in &mut self.changes[first..] {
            let name = c.name.trim_end_matches('?');
            let from_union = match (c.item, &c.kind) {
                (Item::Tag, _) | (Item::Branch, ChangeKind::Added) => true,
                (Item::Member, ChangeKind::Removed) => in_branches.iter().any(|n| n == name),
                _ => false,
            };
            if from_union {
                c.releases = Some(ReleasesOf::Tag(releases));
            }
        }
    }
}

/// Branches of both sides with the same key, in key order.
pub(super) fn matched_branches<'x, 'a>(
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
