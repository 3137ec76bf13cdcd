//! The releases that have one item, as a schema made for a range of
//! releases keeps them ([`crate::Schema::releases`]): what lets a
//! comparison with a live server tell "this server's release lacks it"
//! from a real difference.

use std::fmt;
use std::str::FromStr;

use super::{Release, Span, Table};

/// The releases of the table's chain that have an item, from the first to
/// the last (gaps between them are not kept). Written `8.0-` (from 8.0 on,
/// still in the newest release), `2.12-8.1`, or `7.2` (that one only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Releases {
    /// The first release that has it.
    pub first: Release,
    /// The last release that has it; `None` when the newest release of
    /// the chain still has it.
    pub last: Option<Release>,
}

impl Releases {
    /// The releases of `span`, a set of `table`'s chain; `None` when empty.
    pub fn of_span(table: &Table, span: Span) -> Option<Releases> {
        let (first, last) = (span.first()?, span.last()?);
        let newest = table.releases.len().checked_sub(1)?;
        Some(Releases {
            first: *table.releases.get(first)?,
            last: (last < newest).then(|| table.releases[last]),
        })
    }

    /// Whether release `r` lies between the first and the last release
    /// (a release the chain skips counts when it lies between them).
    pub fn has(&self, r: Release) -> bool {
        r >= self.first && self.last.is_none_or(|l| r <= l)
    }
}

impl fmt::Display for Releases {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.last {
            None => write!(f, "{}-", self.first),
            Some(l) if l == self.first => write!(f, "{l}"),
            Some(l) => write!(f, "{}-{l}", self.first),
        }
    }
}

impl FromStr for Releases {
    type Err = String;

    /// Parses `8.0-`, `2.12-8.1` or `7.2`.
    fn from_str(s: &str) -> Result<Self, String> {
        let (first, last) = match s.split_once('-') {
            Some((a, "")) => (a.parse()?, None),
            Some((a, b)) => (a.parse()?, Some(b.parse()?)),
            None => {
                let r: Release = s.parse()?;
                (r, Some(r))
            }
        };
        if last.is_some_and(|l| l < first) {
            return Err(format!("'{s}': the last release is older than the first"));
        }
        Ok(Releases { first, last })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trips_and_membership() {
        for text in ["8.0-", "2.12-8.1", "7.2"] {
            let r: Releases = text.parse().expect(text);
            assert_eq!(r.to_string(), text);
        }
        let r: Releases = "2.12-8.1".parse().unwrap();
        assert!(r.has(Release::new(7, 2)) && r.has(Release::new(8, 1)));
        assert!(!r.has(Release::new(8, 2)) && !r.has(Release::new(2, 11)));
        let open: Releases = "9.1-".parse().unwrap();
        assert!(open.has(Release::new(10, 1)) && !open.has(Release::new(9, 0)));
        assert!("9.1-8.0".parse::<Releases>().is_err());
        assert!("x-".parse::<Releases>().is_err());
    }
}
