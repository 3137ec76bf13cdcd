//! The top level of a comparison: commands and events added or removed,
//! their features, `allow-oob` and build conditions, the roots the
//! structural walk starts from, and named types by name.

use std::collections::HashSet;

use super::shape::Side;
use super::walk::{Dirs, Root, Walk};
use super::{ChangeKind, Class, Item, ReleasesOf};
use crate::{Cond, Feature};

impl Walk<'_> {
    /// Commands and events added or removed, their features, and the roots
    /// of the walk for those in both.
    pub(super) fn roots_and_top_level(&mut self) {
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
                (Some(o), None) => {
                    let releases = self.old.releases(name).map(ReleasesOf::Item);
                    let c = self.push(
                        &path,
                        Item::Command,
                        name,
                        ChangeKind::Removed,
                        Class::BreaksRequests,
                        true,
                        o.cond.is_some(),
                        vec![path.clone()],
                    );
                    c.condition = o.cond.clone();
                    c.releases = releases;
                }
                (None, Some(n)) => {
                    self.push(
                        &path,
                        Item::Command,
                        name,
                        ChangeKind::Added,
                        Class::Compatible,
                        true,
                        n.cond.is_some(),
                        vec![path.clone()],
                    )
                    .condition = n.cond.clone();
                }
                (Some(o), Some(n)) => {
                    let cond = o.cond.is_some() || n.cond.is_some();
                    let dirs = Dirs {
                        request: true,
                        reply: false,
                    };
                    self.features(
                        &path,
                        &o.features,
                        &n.features,
                        dirs,
                        cond,
                        std::slice::from_ref(&path),
                    );
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
                (Some(o), None) => {
                    let releases = self.old.releases(name).map(ReleasesOf::Item);
                    let c = self.push(
                        &path,
                        Item::Event,
                        name,
                        ChangeKind::Removed,
                        Class::BreaksReplies,
                        true,
                        o.cond.is_some(),
                        vec![path.clone()],
                    );
                    c.condition = o.cond.clone();
                    c.releases = releases;
                }
                (None, Some(n)) => {
                    self.push(
                        &path,
                        Item::Event,
                        name,
                        ChangeKind::Added,
                        Class::Compatible,
                        true,
                        n.cond.is_some(),
                        vec![path.clone()],
                    )
                    .condition = n.cond.clone();
                }
                (Some(o), Some(n)) => {
                    let cond = o.cond.is_some() || n.cond.is_some();
                    let dirs = Dirs {
                        request: false,
                        reply: true,
                    };
                    self.features(
                        &path,
                        &o.features,
                        &n.features,
                        dirs,
                        cond,
                        std::slice::from_ref(&path),
                    );
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
