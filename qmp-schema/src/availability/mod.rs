//! Which QEMU releases have each command, event, type, member, enum value
//! and feature, and bindings that cover a range of releases.
//!
//! [`Table::builtin`] is the table shipped with this crate
//! (`data/qemu-availability.txt`), computed from the real schemas of a chain
//! of QEMU releases by [`compute`] (`scripts/qemu-availability` fetches
//! them and regenerates the file). [`apply`] turns a schema into one that a
//! client of every release from a given one on can use.
//!
//! The file is plain text, one command, event or named type a line, facts
//! only (names and release numbers):
//!
//! ```text
//! releases 2.12 3.0 3.1 5.1 ...
//! command query-machines 2.12- compat-props@9.1- !deprecated@...
//! type StatusInfo 2.12- running singlestep=bool@2.12-9.1 status
//! ```
//!
//! After the kind and name comes the span of releases that have the item
//! (`8.0-` from 8.0 on, `2.12-9.1`, `7.2`, several joined by `,`). Then
//! its members, enum values and branches, each with its own span after `@`
//! when that differs from the item's; `!name` is a feature of the item,
//! `member!name` a feature of a member. A member the newest release no
//! longer has keeps its last type after `=`. Types are named as in the
//! newest release that has them: a type reached at the same place under
//! another name in an older release (a rename) counts as the same type.

mod apply;
mod compute;
mod flatten;
mod releases;
mod table;

pub use apply::{apply, Applied, ApplyError, Availability};
pub use compute::compute;
pub use releases::Releases;
pub use table::{Entry, Kind, Sub, Table};

use std::fmt;

/// A QEMU release, `major.minor` (micro releases do not change the schema).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Release {
    /// Major version.
    pub major: u16,
    /// Minor version.
    pub minor: u16,
}

impl Release {
    /// `major.minor`.
    pub const fn new(major: u16, minor: u16) -> Self {
        Release { major, minor }
    }
}

impl std::str::FromStr for Release {
    type Err = String;

    /// Parses `7.2` or `10.0.2` (the micro part is ignored).
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("'{s}' is not a QEMU release (expected MAJOR.MINOR, e.g. 7.2)");
        let mut parts = s.trim().split('.');
        let major = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let minor = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        match parts.next() {
            Some(p) if p.parse::<u16>().is_err() => return Err(bad()),
            _ => {}
        }
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(Release { major, minor })
    }
}

impl fmt::Display for Release {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// A set of releases of a [`Table`]'s chain, as a bit per release.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span(pub u32);

impl Span {
    /// Whether release number `i` of the chain is in the set.
    pub fn has(self, i: usize) -> bool {
        i < 32 && self.0 & (1 << i) != 0
    }

    /// Adds release number `i` of the chain.
    pub fn insert(&mut self, i: usize) {
        self.0 |= 1 << i;
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The index of the first release in the set.
    pub fn first(self) -> Option<usize> {
        (self.0 != 0).then(|| self.0.trailing_zeros() as usize)
    }

    /// The index of the last release in the set.
    pub fn last(self) -> Option<usize> {
        (self.0 != 0).then(|| 31 - self.0.leading_zeros() as usize)
    }
}
