//! Which differences between the bindings and a server are expected: the
//! bindings describe every build of QEMU and, when made for a range of
//! releases, every release of it, so a given server lacks some of what
//! they have. Each difference is classified from what the bindings' schema
//! records about the item (its build condition, the releases that have it)
//! and the server's release (from its greeting).

use std::fmt;

use qmp_schema::availability::{Release, Releases};
use qmp_schema::diff::{Change, ChangeKind, Class, Item, ReleasesOf};
use qmp_types::VersionTriple;

/// Why a difference between the bindings and the server is expected
/// rather than real. A call that relies on it still gets a clear refusal:
/// the server answers "command not found" or "parameter unexpected", or the
/// client refuses a command the server's release lacks before sending it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Expected {
    /// The bindings have the item under a build condition (`#if` in the
    /// schema) that this server was built without (another target, a
    /// feature left out): `not in this build: TARGET_S390X`.
    NotInThisBuild(String),
    /// The bindings were made for a range of releases, and the server's
    /// release is not one of those that have the item: `kept for QEMU <=
    /// 8.1` (it was removed since), `only in QEMU >= 9.1` (added later).
    NotInThisRelease {
        /// The releases that have the item.
        releases: Releases,
        /// The server's release.
        server: Release,
    },
    /// The bindings are laxer than this server because they also cover
    /// releases without the item: a member that is optional in the bindings
    /// and required by the server (`optional here: only QEMU >= 8.0 has
    /// it`), or a union the bindings read as one object because older
    /// releases send it without its tag.
    OtherReleases(ReleasesOf),
}

/// `QEMU >= 8.0`, `QEMU 2.12 to 8.1`, `QEMU 7.2`.
fn releases_text(r: Releases) -> String {
    match r.last {
        None => format!("QEMU >= {}", r.first),
        Some(l) if l == r.first => format!("QEMU {l}"),
        Some(l) => format!("QEMU {} to {l}", r.first),
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::NotInThisBuild(cond) => write!(f, "not in this build: {cond}"),
            Expected::NotInThisRelease { releases, server } => match releases.last {
                Some(last) if *server > last => write!(f, "kept for QEMU <= {last}"),
                _ => write!(f, "only in {}", releases_text(*releases)),
            },
            Expected::OtherReleases(ReleasesOf::Item(r)) => {
                write!(f, "optional here: only {} has it", releases_text(*r))
            }
            Expected::OtherReleases(ReleasesOf::Tag(r)) => write!(
                f,
                "read here as one object: only {} sends the union's tag",
                releases_text(*r)
            ),
        }
    }
}

/// The server's release from its greeting's version; `None` when unknown
/// (0.0: no greeting was read).
pub(super) fn server_release(v: Option<VersionTriple>) -> Option<Release> {
    let v = v?;
    let major = u16::try_from(v.major).ok()?;
    let minor = u16::try_from(v.minor).ok()?;
    (major > 0 || minor > 0).then_some(Release::new(major, minor))
}

/// Why change `c` (from the bindings to a server of release `server`) is
/// expected, if it is.
pub(super) fn classify(c: &Change, server: Option<Release>) -> Option<Expected> {
    // A reply that cannot decode is a real problem, whatever explains it.
    let fails_replies = matches!(
        c.class,
        Class::BreaksReplies | Class::BreaksRequestsAndReplies
    );
    if c.item == Item::Member && fails_replies {
        return None;
    }
    if let (ChangeKind::Removed, Some(cond)) = (&c.kind, &c.condition) {
        // The bindings have it under a condition this build lacks.
        return Some(Expected::NotInThisBuild(cond.to_string()));
    }
    match (&c.kind, c.releases) {
        // The bindings have it for other releases than the server's.
        (ChangeKind::Removed, Some(ReleasesOf::Item(releases))) => {
            let server = server?;
            (!releases.has(server)).then_some(Expected::NotInThisRelease { releases, server })
        }
        // A member the server has in a branch of the union the bindings
        // read as one object.
        (ChangeKind::Removed, Some(r @ ReleasesOf::Tag(_))) => Some(Expected::OtherReleases(r)),
        // Optional in the bindings for the releases without it.
        (ChangeKind::BecameRequired, Some(r)) => Some(Expected::OtherReleases(r)),
        // The union's tag and branches, where the bindings have one object.
        (ChangeKind::Added | ChangeKind::Changed { .. }, Some(r @ ReleasesOf::Tag(_)))
            if matches!(c.item, Item::Tag | Item::Branch) =>
        {
            Some(Expected::OtherReleases(r))
        }
        _ => None,
    }
}
