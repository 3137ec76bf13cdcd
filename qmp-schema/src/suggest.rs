//! "Did you mean" hints: the closest known name to a misspelt one.
//!
//! Used by the QAPI reader for unknown keys, and by `qmp-shell` for
//! unknown commands, arguments and enum values.

/// Levenshtein distance between two names, in characters.
pub fn distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

/// The closest of `names` to `word`, if it is close enough to be a typo:
/// at most 2 edits (a quarter of the name's length for long names), and
/// fewer edits than the name has characters.
pub fn suggest<'a>(word: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    names
        .into_iter()
        .map(|n| (distance(word, n), n))
        .filter(|(d, n)| *d <= 2.max(n.len() / 4) && *d < n.len())
        .min_by_key(|(d, n)| (*d, n.len().abs_diff(word.len())))
        .map(|(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_names_only() {
        assert_eq!(
            suggest("return", ["data", "returns", "boxed"]),
            Some("returns")
        );
        assert_eq!(suggest("date", ["data", "base"]), Some("data"));
        assert_eq!(suggest("bogus", ["data", "base", "if"]), None);
        assert_eq!(suggest("x", ["if"]), None);
    }
}
