//! Which QEMU releases have a command or event, as bindings generated for
//! a range of releases (`qmp_codegen::Config::min_qemu`) record it, so a
//! client can refuse a command the server is known to lack before sending
//! it.

use std::fmt;

use crate::VersionTriple;

/// A QEMU release, `major.minor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QemuRelease {
    /// Major version.
    pub major: u16,
    /// Minor version.
    pub minor: u16,
}

impl QemuRelease {
    /// `major.minor`.
    pub const fn new(major: u16, minor: u16) -> Self {
        QemuRelease { major, minor }
    }

    /// Whether a server of version `v` is this release or older (micro
    /// versions do not count: they do not change the schema).
    pub fn is_at_least(self, v: &VersionTriple) -> bool {
        (i64::from(self.major), i64::from(self.minor)) >= (v.major, v.minor)
    }
}

impl fmt::Display for QemuRelease {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// Where a command or event exists. All `None` when the bindings were not
/// generated for a range of releases, or the release data does not know
/// the item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Availability {
    /// The first checked release that has it, when an older checked
    /// release lacks it.
    pub since: Option<QemuRelease>,
    /// The newest checked release before `since`: it, and every release
    /// before it, lacks the item. (Releases between `missing_in` and
    /// `since` were not checked.)
    pub missing_in: Option<QemuRelease>,
    /// The newest release the bindings were generated for.
    pub newest: Option<QemuRelease>,
}

impl Availability {
    /// Nothing known.
    pub const UNKNOWN: Availability = Availability {
        since: None,
        missing_in: None,
        newest: None,
    };

    /// Whether a server of version `v` is known to lack the item. A version
    /// of 0.0 (no greeting was read) is never known to lack anything.
    pub fn lacked_by(&self, v: &VersionTriple) -> bool {
        let known = v.major > 0 || v.minor > 0;
        known && self.missing_in.is_some_and(|m| m.is_at_least(v))
    }

    /// Whether a server of version `v` is older than the newest release
    /// the bindings were generated for.
    pub fn older_than_bindings(&self, v: &VersionTriple) -> bool {
        let known = v.major > 0 || v.minor > 0;
        known
            && self
                .newest
                .is_some_and(|n| (v.major, v.minor) < (n.major.into(), n.minor.into()))
    }
}
