//! Documentation completeness: every command, event and type has a
//! description, and so has every member, enum value, alternate branch and
//! feature; a command with a return type says what it returns. A text that
//! is only a placeholder (`TODO`, the bare name, "The `x` member.") counts
//! as missing. Used by `qmp-codegen check --docs` and by the shipped
//! schema's doc test.

use crate::{Args, Diagnostic, Doc, Feature, Location, Member, Returns, Schema, TypeKind};

/// The marker a skeleton puts where a text is still to be written.
pub const PLACEHOLDER: &str = "TODO";

/// Why `text` (describing `name`) is not a real description, if it is not.
fn lacking(text: Option<&str>, name: &str) -> Option<&'static str> {
    let t = text.map_or("", str::trim);
    if t.is_empty() {
        return Some("no description");
    }
    if t.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w == PLACEHOLDER)
    {
        return Some("a placeholder description (TODO)");
    }
    let bare = t.trim_end_matches('.').trim_matches(['"', '`', '\'']);
    let generic = format!("The `{name}` member");
    if bare.eq_ignore_ascii_case(name) || t.trim_end_matches('.') == generic {
        return Some("a description that only repeats the name");
    }
    None
}

struct Gaps {
    out: Vec<Diagnostic>,
}

impl Gaps {
    fn text(&mut self, loc: &Location, what: &str, name: &str, text: Option<&str>) {
        if let Some(why) = lacking(text, name) {
            self.out
                .push(Diagnostic::error(loc.clone(), format!("{what} has {why}")));
        }
    }

    fn features(&mut self, loc: &Location, owner: &str, fs: &[Feature], doc: Option<&Doc>) {
        for f in fs {
            let text = f.doc.as_deref().or_else(|| {
                doc.and_then(|d| d.features.iter().find(|(n, _)| *n == f.name))
                    .map(|(_, t)| t.as_str())
            });
            self.text(
                loc,
                &format!("feature '{}' of {owner}", f.name),
                &f.name,
                text,
            );
        }
    }

    fn members(&mut self, owner: &str, ms: &[Member], doc: Option<&Doc>) {
        for m in ms {
            let text = m.doc.as_deref().or_else(|| {
                doc.and_then(|d| d.members.iter().find(|(n, _)| *n == m.name))
                    .map(|(_, t)| t.as_str())
            });
            let what = format!("member '{}' of {owner}", m.name);
            self.text(&m.loc, &what, &m.name, text);
            self.features(&m.loc, &what, &m.features, doc);
        }
    }

    fn definition(&mut self, loc: &Location, owner: &str, name: &str, doc: Option<&Doc>) {
        self.text(loc, owner, name, doc.map(|d| d.body.as_str()));
    }
}

/// Every gap in the documentation of `schema`, as located errors.
pub fn doc_gaps(schema: &Schema) -> Vec<Diagnostic> {
    let mut g = Gaps { out: Vec::new() };
    for c in &schema.commands {
        let owner = format!("command '{}'", c.name);
        let doc = c.doc.as_ref();
        g.definition(&c.loc, &owner, &c.name, doc);
        g.features(&c.loc, &owner, &c.features, doc);
        if let Args::Members(ms) = &c.args {
            g.members(&owner, ms, doc);
        }
        if let Returns::Type(_) = c.returns {
            let ret = doc.and_then(|d| {
                d.sections
                    .iter()
                    .find(|s| s.tag == "Returns" || s.tag == "Return")
            });
            g.text(
                &c.loc,
                &format!("the 'Returns:' section of {owner}"),
                "Returns",
                ret.map(|s| s.text.as_str()),
            );
        }
    }
    for e in &schema.events {
        let owner = format!("event '{}'", e.name);
        let doc = e.doc.as_ref();
        g.definition(&e.loc, &owner, &e.name, doc);
        g.features(&e.loc, &owner, &e.features, doc);
        if let Args::Members(ms) = &e.data {
            g.members(&owner, ms, doc);
        }
    }
    for t in &schema.types {
        let owner = format!("type '{}'", t.name);
        let doc = t.doc.as_ref();
        g.definition(&t.loc, &owner, &t.name, doc);
        g.features(&t.loc, &owner, &t.features, doc);
        match &t.kind {
            TypeKind::Struct(s) => g.members(&owner, &s.members, doc),
            TypeKind::Union(u) => g.members(&owner, &u.members, doc),
            TypeKind::Enum(e) => {
                for v in &e.values {
                    let what = format!("value '{}' of {owner}", v.name);
                    g.text(&v.loc, &what, &v.name, v.doc.as_deref());
                    g.features(&v.loc, &what, &v.features, doc);
                }
            }
            TypeKind::Alternate(a) => {
                for v in &a.variants {
                    let text = doc
                        .and_then(|d| d.members.iter().find(|(n, _)| *n == v.name))
                        .map(|(_, t)| t.as_str());
                    g.text(
                        &v.loc,
                        &format!("branch '{}' of {owner}", v.name),
                        &v.name,
                        text,
                    );
                }
            }
        }
    }
    g.out
}

#[cfg(test)]
mod tests {
    use super::lacking;

    #[test]
    fn placeholders() {
        assert!(lacking(None, "x").is_some());
        assert!(lacking(Some("  "), "x").is_some());
        assert!(lacking(Some("TODO"), "x").is_some());
        assert!(lacking(Some("Size. TODO: units"), "size").is_some());
        assert!(lacking(Some("size."), "size").is_some());
        assert!(lacking(Some("The `size` member."), "size").is_some());
        assert!(lacking(Some("Image size in bytes."), "size").is_none());
        assert!(lacking(Some("TODOS are fine words"), "x").is_none());
    }
}
