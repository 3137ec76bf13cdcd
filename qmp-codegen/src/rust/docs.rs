//! Schema documentation -> rustdoc `#[doc = ...]` attributes.
//!
//! Schema text is plain text, not Markdown: it is escaped so rustdoc shows it
//! as written (no accidental links, HTML tags or indented code blocks, which
//! would run as doctests). Examples become ```` ```text ```` blocks, which
//! rustdoc never compiles.

use proc_macro2::TokenStream;
use qmp_schema::{Cond, Doc, Feature};
use quote::quote;

/// `#[doc = " line"]` for every line of `text`. These become `///`
/// comments, so a carriage return ends a line (rustc refuses a bare one
/// in a doc comment) and a character that changes the direction of text
/// (rustc refuses those in comments) is shown as `<U+202E>`.
pub fn attrs(text: &str) -> TokenStream {
    let text = text.trim_end().replace("\r\n", "\n");
    let lines = text.split(['\n', '\r']).map(|l| {
        let mut line = String::with_capacity(l.len() + 1);
        if !l.is_empty() {
            line.push(' ');
        }
        for c in l.chars() {
            if is_text_direction(c) {
                line.push_str(&format!("<U+{:04X}>", u32::from(c)));
            } else {
                line.push(c);
            }
        }
        line
    });
    quote! { #( #[doc = #lines] )* }
}

/// The code points rustc's `text_direction_codepoint_in_comment` refuses.
fn is_text_direction(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Escapes one line of plain text for Markdown.
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for (i, word) in line.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.starts_with("http://") || word.starts_with("https://") {
            let url = word.trim_end_matches(['.', ',', ')', ';', ':']);
            let rest = &word[url.len()..];
            if !url.contains(['<', '>', '`']) {
                out.push('<');
                out.push_str(url);
                out.push('>');
                out.push_str(rest);
                continue;
            }
        }
        // `<http://...>` is already an autolink; escaping its brackets would
        // leave a bare URL (rustdoc's `bare_urls` lint).
        let bracketed = word
            .strip_prefix('<')
            .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
            .and_then(|w| w.split_once('>'))
            .filter(|(url, _)| !url.contains(['<', '`']));
        if let Some((url, rest)) = bracketed {
            out.push('<');
            out.push_str(url);
            out.push('>');
            escape_chars(rest, &mut out);
            continue;
        }
        escape_chars(word, &mut out);
    }
    if out.starts_with('#') || out.starts_with('=') || out.starts_with('+') {
        out.insert(0, '\\');
    }
    out
}

/// Appends `word` to `out` with every Markdown-active character escaped.
fn escape_chars(word: &str, out: &mut String) {
    for c in word.chars() {
        if matches!(c, '\\' | '`' | '[' | ']' | '<' | '>' | '*' | '|' | '&') {
            out.push('\\');
        }
        out.push(c);
    }
}

/// The width of a list item marker at the start of `line` (`- `, `* `,
/// `12. `, `3) `), if it starts with one.
fn item_marker(line: &str) -> Option<usize> {
    if line.starts_with("- ") || line.starts_with("* ") {
        return Some(2);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[digits..];
    (digits > 0 && digits < 10 && (rest.starts_with(". ") || rest.starts_with(") ")))
        .then_some(digits + 2)
}

/// Plain text -> Markdown: each line escaped, leading indentation dropped
/// (it would make code blocks), list continuations indented under their item.
pub fn text(text: &str) -> String {
    let mut out = String::new();
    let mut indent = 0;
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() {
            indent = 0;
            out.push('\n');
            continue;
        }
        match item_marker(line) {
            Some(width) => {
                let marker = if line.starts_with("* ") {
                    "- "
                } else {
                    &line[..width]
                };
                out.push_str(marker);
                out.push_str(&escape_line(&line[width..]));
                indent = width;
            }
            None => {
                out.push_str(&" ".repeat(indent));
                out.push_str(&escape_line(line));
            }
        }
        out.push('\n');
    }
    out.trim_end().to_owned()
}

/// What an item's doc says about its features and build condition.
pub fn notes(features: &[Feature], cond: Option<&Cond>, doc: Option<&Doc>) -> String {
    let mut out = String::new();
    for f in features {
        let what = match f.name.as_str() {
            "deprecated" => "**Deprecated**: the schema marks this as deprecated.".to_owned(),
            "unstable" => {
                "**Unstable**: the schema marks this as experimental; it may change or go away."
                    .to_owned()
            }
            other => format!("Feature `{other}`."),
        };
        out.push_str(&what);
        let fdoc = f.doc.as_deref().or_else(|| {
            doc.and_then(|d| d.features.iter().find(|(n, _)| *n == f.name))
                .map(|(_, t)| t.as_str())
        });
        if let Some(t) = fdoc.filter(|t| !t.trim().is_empty()) {
            out.push(' ');
            out.push_str(&text(t).replace('\n', " "));
        }
        out.push_str("\n\n");
    }
    if let Some(c) = cond {
        out.push_str(&format!(
            "Build condition: QEMU provides this only when built with `{c}`.\n\n"
        ));
    }
    out
}

/// The full rustdoc of a command, event or type: body (or the fallback),
/// feature and condition notes, tagged sections, then the examples.
pub fn item(
    summary_fallback: &str,
    doc: Option<&Doc>,
    features: &[Feature],
    cond: Option<&Cond>,
) -> String {
    let mut paras: Vec<String> = Vec::new();
    let body = doc.map(|d| text(&d.body)).unwrap_or_default();
    paras.push(if body.trim().is_empty() {
        summary_fallback.to_owned()
    } else {
        body
    });
    paras.push(notes(features, cond, doc));
    if let Some(d) = doc {
        for s in &d.sections {
            let t = text(&s.text);
            // Examples are shown once, as text blocks, below.
            let is_example = s.tag.to_ascii_lowercase().starts_with("example");
            if t.is_empty() || (is_example && !d.examples.is_empty()) {
                continue;
            }
            if s.tag.is_empty() {
                paras.push(t);
            } else {
                paras.push(format!("*{}:* {t}", escape_line(&s.tag)));
            }
        }
        if !d.examples.is_empty() {
            let mut ex_text = String::from("# Examples");
            for ex in &d.examples {
                ex_text.push_str("\n\n```text\n");
                for l in ex.trim_end().lines() {
                    // A fence inside the example would end the block early.
                    ex_text.push_str(&l.replace("```", "'''"));
                    ex_text.push('\n');
                }
                ex_text.push_str("```");
            }
            paras.push(ex_text);
        }
    }
    paras
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The rustdoc of a member: its own doc, or the item doc's entry for it.
pub fn member(
    wire: &str,
    own: Option<&str>,
    item_doc: Option<&Doc>,
    features: &[Feature],
    cond: Option<&Cond>,
    fallback_kind: &str,
) -> String {
    let from_item = item_doc
        .and_then(|d| d.members.iter().find(|(n, _)| n == wire))
        .map(|(_, t)| t.as_str());
    let body = own
        .or(from_item)
        .filter(|t| !t.trim().is_empty())
        .map(text)
        .unwrap_or_else(|| format!("The `{wire}` {fallback_kind}."));
    let notes = notes(features, cond, None);
    if notes.is_empty() {
        body
    } else {
        format!("{body}\n\n{}", notes.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown() {
        assert_eq!(
            escape_line("see [foo] <bar> a*b"),
            "see \\[foo\\] \\<bar\\> a\\*b"
        );
        assert_eq!(escape_line("# heading"), "\\# heading");
        assert_eq!(
            escape_line("at https://qemu.org."),
            "at <https://qemu.org>."
        );
        assert_eq!(
            escape_line("see <http://zlib.net/>, <b>"),
            "see <http://zlib.net/>, \\<b\\>"
        );
    }

    #[test]
    fn indentation_never_makes_code_blocks() {
        let t = text("Intro:\n\n    indented\n- item\n  more of it\n\nafter");
        assert_eq!(t, "Intro:\n\nindented\n- item\n  more of it\n\nafter");
        let t = text("10. first\nmore\n* star [x]");
        assert_eq!(t, "10. first\n    more\n- star \\[x\\]");
    }

    #[test]
    fn examples_are_text_blocks() {
        let d = Doc {
            body: "Body.".into(),
            examples: vec!["-> { \"execute\": \"stop\" }\n<- { \"return\": {} }\n".into()],
            ..Doc::default()
        };
        let s = item("x", Some(&d), &[], None);
        assert!(s.contains("```text\n-> { \"execute\": \"stop\" }\n<- { \"return\": {} }\n```"));
    }
}
