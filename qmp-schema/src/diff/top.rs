//! The top level of a comparison: commands and events added or removed,
//! their features, `allow-oob` and build conditions, the roots the
//! structural walk starts from, and named types by name.

use std::collections::HashSet;

use super::shape::Side;
use super::walk::{Dirs, Root, Walk};
use super::{ChangeKind, Class, Item, ReleasesOf};
use crate::{Cond, Feature};

/// What the top level needs of a command or an event on one side.
struct Def<'a> {
    cond: Option<&'a Cond>,
    features: &'a [Feature],
}

impl<'a> Def<'a> {
    fn new(cond: Option<&'a Cond>, features: &'a [Feature]) -> Self {
        Def { cond, features }
    }
}

impl Walk<'_> {
    /// A command or event that one side lacks, or the features and build
    /// condition of one both have. Returns the condition flag for its
    /// further changes when both have it.
    fn top_item(
        &mut self,
        item: Item,
        name: &str,
        old: Option<Def<'_>>,
        new: Option<Def<'_>>,
        dirs: Dirs,
        removed: Class,
    ) -> Option<bool> {
        let path = format!("{} {name}", item.as_str());
        let (kind, class, cond, releases) = match (&old, &new) {
            (Some(o), Some(n)) => {
                let cond = o.cond.is_some() || n.cond.is_some();
                let roots = [path.clone()];
                self.features(&path, o.features, n.features, dirs, cond, &roots);
                self.cond_change(&path, item, name, o.cond, n.cond, &roots);
                return Some(cond);
            }
            (Some(o), None) => {
                let releases = self.old.releases(name).map(ReleasesOf::Item);
                (ChangeKind::Removed, removed, o.cond, releases)
            }
            (None, Some(n)) => (ChangeKind::Added, Class::Compatible, n.cond, None),
            (None, None) => unreachable!("the name came from one of the schemas"),
        };
        let c = self.push(
            &path,
            item,
            name,
            kind,
            class,
            true,
            cond.is_some(),
            vec![path.clone()],
        );
        c.condition = cond.cloned();
        c.releases = releases;
        None
    }

    /// Commands and events added or removed, their features, and the roots
    /// of the walk for those in both.
    pub(super) fn roots_and_top_level(&mut self) {
        let request = Dirs {
            request: true,
            reply: false,
        };
        let reply = Dirs {
            request: false,
            reply: true,
        };
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
            let (o, n) = (self.old.command(name), self.new.command(name));
            let top = self.top_item(
                Item::Command,
                name,
                o.map(|c| Def::new(c.cond.as_ref(), &c.features)),
                n.map(|c| Def::new(c.cond.as_ref(), &c.features)),
                request,
                Class::BreaksRequests,
            );
            let (Some(cond), Some(o), Some(n)) = (top, o, n) else {
                continue;
            };
            let path = format!("command {name}");
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
                let roots = vec![path.clone()];
                self.push(
                    &path,
                    Item::AllowOob,
                    "allow-oob",
                    kind,
                    class,
                    true,
                    cond,
                    roots,
                );
            }
            self.roots.push(Root {
                label: format!("{path} arguments"),
                ty: (
                    Side::args_ty(&o.args, format!("command:{name}")),
                    Side::args_ty(&n.args, format!("command:{name}")),
                ),
                dirs: request,
            });
            self.roots.push(Root {
                label: format!("{path} return"),
                ty: (Side::returns_ty(&o.returns), Side::returns_ty(&n.returns)),
                dirs: reply,
            });
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
            let (o, n) = (self.old.event(name), self.new.event(name));
            let top = self.top_item(
                Item::Event,
                name,
                o.map(|e| Def::new(e.cond.as_ref(), &e.features)),
                n.map(|e| Def::new(e.cond.as_ref(), &e.features)),
                reply,
                Class::BreaksReplies,
            );
            let (Some(_), Some(o), Some(n)) = (top, o, n) else {
                continue;
            };
            self.roots.push(Root {
                label: format!("event {name} data"),
                ty: (
                    Side::args_ty(&o.data, format!("event:{name}")),
                    Side::args_ty(&n.data, format!("event:{name}")),
                ),
                dirs: reply,
            });
        }
    }

    /// Features added or removed: information for a client, never a break.
    pub(super) fn features(
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
                )
                .condition = f.cond.clone();
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
                )
                .condition = f.cond.clone();
            }
        }
    }

    /// Named types added or removed, and types reached at the same place
    /// under another name (neither is visible on the wire).
    pub(super) fn named_types(&mut self, matched: &[(String, String)]) {
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
    pub(super) fn cond_change(
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
}
