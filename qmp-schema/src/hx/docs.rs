//! Documentation blocks of hx files: parsing the text of an `SQMP` block
//! into a [`Doc`] (title, body, member list, tagged sections, `->`/`<-`
//! examples).
//!
//! The historic layout is a title underlined with `-` or `=`, free text, then
//! sections introduced by a tag at the start of a line (`Arguments:`,
//! `Example:`, `Notes:`, `Since:` ...). Member lists (`Arguments:`,
//! `Members:`, `Data:`, `Values:`) hold items `- "name": text` or
//! `- name: text`; an item continues on the following indented lines. A
//! `Features:` section holds items of the same form, one per feature.

use crate::{Doc, DocKind, DocSection};

/// Tags that start a section when they begin a line and are followed by `:`.
const TAGS: [&str; 16] = [
    "Arguments",
    "Argument",
    "Members",
    "Data",
    "Values",
    "Returns",
    "Return",
    "Example",
    "Examples",
    "Note",
    "Notes",
    "Since",
    "Errors",
    "Error",
    "Features",
    "Event",
];

const MEMBER_TAGS: [&str; 5] = ["Arguments", "Argument", "Members", "Data", "Values"];

/// The title of a block: its first non-blank line when the next line is an
/// underline of `-` or `=`.
pub(crate) fn title(text: &str) -> Option<&str> {
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    let first = lines.next()?.trim();
    let under = lines.next()?.trim();
    let is_under =
        under.len() >= 2 && (under.chars().all(|c| c == '-') || under.chars().all(|c| c == '='));
    (is_under && !first.is_empty()).then_some(first)
}

fn tag_of(line: &str) -> Option<(&'static str, &str)> {
    if line.starts_with(char::is_whitespace) {
        return None;
    }
    let (head, rest) = line.split_once(':')?;
    let tag = TAGS.iter().copied().find(|t| *t == head.trim_end())?;
    Some((tag, rest.trim()))
}

fn trim_blank_lines(lines: &[&str]) -> String {
    let start = lines.iter().position(|l| !l.trim().is_empty());
    let end = lines.iter().rposition(|l| !l.trim().is_empty());
    match (start, end) {
        (Some(s), Some(e)) => lines[s..=e].join("\n"),
        _ => String::new(),
    }
}

/// Parses the text of a doc block.
pub(crate) fn parse(kind: DocKind, text: &str) -> Doc {
    let mut doc = Doc::default();
    let lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).collect();
    if kind != DocKind::Sqmp {
        doc.body = trim_blank_lines(&lines);
        return doc;
    }
    let mut start = 0;
    if title(text).is_some() {
        let first = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
        start = first + 2;
    }
    let lines = lines.get(start..).unwrap_or(&[]);
    // Split into the body and tagged sections.
    let mut sections: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut body: Vec<&str> = Vec::new();
    for &l in lines {
        match tag_of(l) {
            Some((tag, rest)) => sections.push((
                tag,
                if rest.is_empty() {
                    Vec::new()
                } else {
                    vec![rest]
                },
            )),
            None => match sections.last_mut() {
                Some((_, v)) => v.push(l),
                None => body.push(l),
            },
        }
    }
    doc.body = trim_blank_lines(&body);
    for (tag, v) in sections {
        if tag == "Features" {
            let items = member_items(&v);
            if !items.is_empty() {
                doc.features.extend(items);
                continue;
            }
        }
        if MEMBER_TAGS.contains(&tag) {
            let items = member_items(&v);
            if !items.is_empty() {
                doc.members.extend(items);
                continue;
            }
        }
        doc.sections.push(DocSection {
            tag: tag.to_string(),
            text: trim_blank_lines(&v),
        });
    }
    doc.examples = examples(lines);
    doc
}

/// `- "name": text (json-type, optional)` / `- name: text` items.
fn member_items(lines: &[&str]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut open = false;
    for l in lines {
        let t = l.trim();
        if let Some(item) = t.strip_prefix("- ") {
            let item = item.trim_start();
            let (name, rest) = if let Some(q) = item.strip_prefix('"') {
                match q.split_once('"') {
                    Some((n, r)) => (n, r.trim_start().strip_prefix(':').unwrap_or(r)),
                    None => continue,
                }
            } else {
                match item.split_once(':') {
                    Some((n, r)) if !n.contains(char::is_whitespace) => (n, r),
                    _ => {
                        open = false;
                        continue;
                    }
                }
            };
            out.push((name.to_string(), rest.trim().to_string()));
            open = true;
        } else if t.is_empty() {
            open = false;
        } else if open && l.starts_with(char::is_whitespace) {
            if let Some((_, text)) = out.last_mut() {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(t);
            }
        } else {
            open = false;
        }
    }
    out
}

/// JSON nesting change of a line (outside strings); also used for the
/// examples of QAPI doc comments.
pub(crate) fn depth_change(line: &str) -> i64 {
    let mut d = 0i64;
    let mut in_str = false;
    let mut esc = false;
    for c in line.chars() {
        if in_str {
            match c {
                _ if esc => esc = false,
                '\\' => esc = true,
                '"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '{' | '[' => d += 1,
            '}' | ']' => d -= 1,
            _ => {}
        }
    }
    d
}

/// Groups of `->` / `<-` messages; a message runs until its JSON is balanced.
fn examples(lines: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut group: Vec<&str> = Vec::new();
    let mut depth = 0i64;
    for &l in lines {
        let t = l.trim_start();
        if depth > 0 {
            group.push(l);
            depth += depth_change(l);
            continue;
        }
        if t.starts_with("->") || t.starts_with("<-") {
            group.push(t);
            depth = depth_change(t).max(0);
        } else if !group.is_empty() {
            out.push(group.join("\n"));
            group.clear();
        }
    }
    if !group.is_empty() {
        out.push(group.join("\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn historic_block() {
        let text = "eject\n-----\n\nEject a removable medium.\n\nArguments: \n\n- force: force ejection (json-bool, optional)\n- \"device\": device name\n  (json-string)\n\nExample:\n\n-> { \"execute\": \"eject\",\n     \"arguments\": { \"device\": \"ide1-cd0\" } }\n<- { \"return\": {} }\n\nNote: The \"force\" argument defaults to false.\n";
        assert_eq!(title(text), Some("eject"));
        let d = parse(DocKind::Sqmp, text);
        assert_eq!(d.body, "Eject a removable medium.");
        assert_eq!(
            d.members,
            vec![
                (
                    "force".into(),
                    "force ejection (json-bool, optional)".into()
                ),
                ("device".into(), "device name (json-string)".into()),
            ]
        );
        assert_eq!(d.examples.len(), 1);
        assert_eq!(d.examples[0].lines().count(), 3);
        let tags: Vec<&str> = d.sections.iter().map(|s| s.tag.as_str()).collect();
        assert_eq!(tags, ["Example", "Note"]);
        assert_eq!(
            d.sections[1].text,
            "The \"force\" argument defaults to false."
        );
    }

    #[test]
    fn none_arguments_stay_a_section() {
        let d = parse(DocKind::Sqmp, "quit\n----\n\nQuit.\n\nArguments: None.\n");
        assert!(d.members.is_empty());
        assert_eq!(d.sections[0].text, "None.");
    }
}
