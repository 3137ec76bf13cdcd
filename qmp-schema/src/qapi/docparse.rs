//! Reading a `##` doc comment into a [`QDoc`]: the `@symbol:` line,
//! member and feature descriptions with their indentation rules, tagged
//! sections, plain paragraphs, and free-form blocks with `=` headings.
//!
//! Sections QEMU 10.0 no longer accepts (`Note:`, `Notes:`, `Example:`,
//! `Examples:`, written by older schemas such as QEMU 7.2's) are kept with a
//! warning: their text runs to the next section tag. So are QEMU 5.x's
//! headings after text in a free-form block, texts that start, unindented,
//! on the line after `@name:` or a tag, and (in schemas older than QEMU
//! 6.0) member descriptions read by the rules of their day.

use super::doc::{Kind, QDoc};
use super::lexer::{Lexer, Tok};
use super::source::{Infos, QapiError};

/// The next doc line: `None` at the closing `##`, the text after `# `
/// otherwise (right-stripped).
fn get_doc_line(
    lx: &mut Lexer,
    infos: &mut Infos,
    doc: &mut QDoc,
) -> Result<Option<String>, QapiError> {
    if lx.tok != Tok::Comment {
        return Err(lx.error(infos, "documentation comment must end with '##'"));
    }
    let val = lx.val.as_str();
    let problem = if val.starts_with("##") {
        if val == "##" {
            return Ok(None);
        }
        "junk after '##' at end of documentation comment"
    } else if val == "#" {
        doc.raw.push('\n');
        return Ok(Some(String::new()));
    } else if val.as_bytes().get(1) != Some(&b' ') {
        "missing space after #"
    } else {
        doc.raw.push_str(&val[2..]);
        doc.raw.push('\n');
        return Ok(Some(val[2..].trim_end().to_string()));
    };
    Err(lx.error(infos, problem))
}

fn next_line(
    lx: &mut Lexer,
    infos: &mut Infos,
    doc: &mut QDoc,
) -> Result<Option<String>, QapiError> {
    lx.accept(infos, false)?;
    get_doc_line(lx, infos, doc)
}

/// `@name:` at the start of a line: the name and the length of the match
/// (the colon and following spaces included). Spaces before the colon
/// (`@id :`, in QEMU 5.0's `job-resume`) are not part of the name.
fn match_at_name_colon(line: &str) -> Option<(String, usize)> {
    let rest = line.strip_prefix('@')?;
    let colon = rest.find(':')?;
    let after = &rest[colon + 1..];
    let spaces = after.len() - after.trim_start_matches(' ').len();
    Some((
        rest[..colon].trim_end_matches(' ').to_string(),
        1 + colon + 1 + spaces,
    ))
}

/// A tagged section start: the tag and the length of the match.
fn match_tag(line: &str) -> Option<(&'static str, usize)> {
    const TAGS: [&str; 8] = [
        "Returns", "Errors", "Since", "Notes", "Note", "Examples", "Example", "TODO",
    ];
    for tag in TAGS {
        if let Some(rest) = line.strip_prefix(tag) {
            if rest.starts_with("::") {
                continue;
            }
            if let Some(after) = rest.strip_prefix(':') {
                let spaces = after.len() - after.trim_start_matches(' ').len();
                return Some((tag, tag.len() + 1 + spaces));
            }
        }
    }
    None
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn get_doc_indented(
    lx: &mut Lexer,
    infos: &mut Infos,
    doc: &mut QDoc,
) -> Result<Option<String>, QapiError> {
    let line = next_line(lx, infos, doc)?;
    get_doc_indented_from(lx, infos, doc, line)
}

/// [`get_doc_indented`] whose first line has been read already.
fn get_doc_indented_from(
    lx: &mut Lexer,
    infos: &mut Infos,
    doc: &mut QDoc,
    mut line: Option<String>,
) -> Result<Option<String>, QapiError> {
    while line.as_deref() == Some("") {
        doc.append_line("");
        line = next_line(lx, infos, doc)?;
    }
    let Some(l) = line else { return Ok(None) };
    let indent = indent_of(&l);
    if indent == 0 {
        return Ok(Some(l));
    }
    doc.append_line(&l);
    let mut prev_line_blank = false;
    loop {
        let line = next_line(lx, infos, doc)?;
        let Some(l) = line else { return Ok(None) };
        if match_at_name_colon(&l).is_some() {
            return Ok(Some(l));
        }
        let cur_indent = indent_of(&l);
        if !l.is_empty() && cur_indent < indent {
            if prev_line_blank {
                return Ok(Some(l));
            }
            if starts_tagged(&l) {
                // Older schemas (QEMU 5.x) start the next section right
                // after an indented block; QEMU 10.0 wants a blank line.
                let here = lx.info(infos);
                doc.warnings.push((
                    here,
                    format!(
                        "'{}' follows an indented block without a blank line (older QEMU); \
                         accepted",
                        l.split(':').next().unwrap_or_default()
                    ),
                ));
                return Ok(Some(l));
            }
            return Err(lx.error(
                infos,
                format!("unexpected de-indent (expected at least {indent} spaces)"),
            ));
        }
        doc.append_line(&l);
        prev_line_blank = true;
    }
}

fn get_doc_paragraph(
    lx: &mut Lexer,
    infos: &mut Infos,
    doc: &mut QDoc,
) -> Result<Option<String>, QapiError> {
    loop {
        let line = next_line(lx, infos, doc)?;
        match line {
            None => return Ok(None),
            Some(l) if l.is_empty() => return Ok(Some(l)),
            Some(l) => doc.append_line(&l),
        }
    }
}

/// The body of a legacy `Note:`/`Example:` section: everything up to the
/// next line that starts a section.
fn get_doc_legacy(
    lx: &mut Lexer,
    infos: &mut Infos,
    doc: &mut QDoc,
) -> Result<Option<String>, QapiError> {
    loop {
        let line = next_line(lx, infos, doc)?;
        match line {
            None => return Ok(None),
            Some(l) if starts_section(&l) => return Ok(Some(l)),
            Some(l) => doc.append_line(&l),
        }
    }
}

/// Whether `line` starts a tagged section or the feature list.
fn starts_tagged(line: &str) -> bool {
    match_tag(line).is_some() || line == "Features:"
}

/// Whether `line` starts a member, feature or tagged section.
fn starts_section(line: &str) -> bool {
    match_at_name_colon(line).is_some() || starts_tagged(line)
}

/// The text of `@name:` or a section tag whose own line has no text
/// (`what` names it in the warning). Older schemas (QEMU 5.x's guest agent,
/// QEMU 8.1's `Returns:` lists) wrote it on the following lines without
/// indentation, which QEMU 10.0 rejects as empty: such lines, up to a blank
/// line or the next section, are taken with a warning. Otherwise the text
/// is read as QEMU 10.0 reads it.
fn get_doc_after_empty(
    lx: &mut Lexer,
    infos: &mut Infos,
    doc: &mut QDoc,
    what: &str,
) -> Result<Option<String>, QapiError> {
    let line = next_line(lx, infos, doc)?;
    let legacy = line
        .as_deref()
        .is_some_and(|l| !l.is_empty() && indent_of(l) == 0 && !starts_section(l));
    if !legacy {
        return get_doc_indented_from(lx, infos, doc, line);
    }
    let here = lx.info(infos);
    doc.warnings.push((
        here,
        format!("the text of '{what}:' starts on the next line without indentation (older QEMU); accepted"),
    ));
    unindented_lines(lx, infos, doc, line)
}

/// The rest of a member description in a schema older than QEMU 6.0, read
/// by the rules of its day: it runs to the next `@name:` or section tag,
/// and ends at an unindented line after a blank line (which starts a
/// paragraph); indentation is otherwise free. QEMU 10.0 reads it by
/// indentation, and would start a new paragraph at an unindented
/// continuation line (as it does in its own `AudiodevDBusOptions`).
fn get_doc_member_old_rules(
    lx: &mut Lexer,
    infos: &mut Infos,
    doc: &mut QDoc,
) -> Result<Option<String>, QapiError> {
    // Then, a line started a member only if its first word was `@name:`
    // (QEMU 2.11's guest agent has "@file-backed virtual:" inside the text
    // of `@virtual`).
    let new_member = |l: &str| {
        l.split(' ')
            .next()
            .is_some_and(|w| w.len() > 2 && w.starts_with('@') && w.ends_with(':'))
    };
    let mut blank = false;
    loop {
        let line = next_line(lx, infos, doc)?;
        let Some(l) = line else { return Ok(None) };
        let section = new_member(&l) || starts_tagged(&l);
        if section || (blank && !l.is_empty() && indent_of(&l) == 0) {
            return Ok(Some(l));
        }
        blank = l.is_empty();
        doc.append_line(l.trim_start());
    }
}

/// Appends lines from `line` up to a blank line or a section start; returns
/// the first line after the blank lines, or the section start.
fn unindented_lines(
    lx: &mut Lexer,
    infos: &mut Infos,
    doc: &mut QDoc,
    mut line: Option<String>,
) -> Result<Option<String>, QapiError> {
    while let Some(l) = line {
        if starts_section(&l) {
            return Ok(Some(l));
        }
        if l.is_empty() {
            let mut next = next_line(lx, infos, doc)?;
            while next.as_deref() == Some("") {
                next = next_line(lx, infos, doc)?;
            }
            return Ok(next);
        }
        doc.append_line(&l);
        line = next_line(lx, infos, doc)?;
    }
    Ok(None)
}

/// Reads one doc comment; the lexer is on its opening `##`.
///
/// `pre_6_0`: the schema so far is in the language of QEMU before 6.0
/// (see `Pragma::pre_6_0`), whose member descriptions may go on without
/// indentation.
pub(crate) fn get_doc(lx: &mut Lexer, infos: &mut Infos, pre_6_0: bool) -> Result<QDoc, QapiError> {
    if lx.val != "##" {
        return Err(lx.error(infos, "junk after '##' at start of documentation comment"));
    }
    let info = lx.info(infos);
    let mut doc = QDoc::new(info, None);
    let mut line = next_line(lx, infos, &mut doc)?;
    match line.as_deref() {
        Some(l) if l.starts_with('@') => {
            if !l.ends_with(':') {
                return Err(lx.error(infos, "line should end with ':'"));
            }
            let symbol = l[1..l.len() - 1].to_string();
            if symbol.is_empty() {
                return Err(lx.error(infos, "name required after '@'"));
            }
            doc.symbol = Some(symbol);
            line = next_line(lx, infos, &mut doc)?;
            definition_doc(lx, infos, &mut doc, line, pre_6_0)?;
        }
        _ => {
            let li = lx.info(infos);
            doc.ensure_untagged_section(li);
            let mut first = true;
            let mut text_seen = false;
            while let Some(l) = line {
                if let Some((name, _)) = match_at_name_colon(&l) {
                    return Err(lx.error(
                        infos,
                        format!("'@{name}:' not allowed in free-form documentation"),
                    ));
                }
                if l.starts_with('=') && !first {
                    // Older schemas (QEMU 5.x) put several headings in one
                    // block, each after text; QEMU 10.0 wants a heading
                    // first. A heading after blank lines only is still the
                    // error QEMU 10.0 reports.
                    if !text_seen {
                        return Err(
                            lx.error(infos, "'=' heading must come first in a comment block")
                        );
                    }
                    let here = lx.info(infos);
                    doc.warnings.push((
                        here,
                        "a '=' heading after text in the same comment block (older QEMU); \
                         accepted"
                            .to_owned(),
                    ));
                }
                text_seen |= !l.is_empty();
                first = false;
                doc.append_line(&l);
                line = next_line(lx, infos, &mut doc)?;
            }
        }
    }
    lx.accept(infos, true)?;
    doc.end(infos)?;
    Ok(doc)
}

fn definition_doc(
    lx: &mut Lexer,
    infos: &mut Infos,
    doc: &mut QDoc,
    mut line: Option<String>,
    pre_6_0: bool,
) -> Result<(), QapiError> {
    let mut no_more_args = false;
    while line.is_some() {
        while line.as_deref() == Some("") {
            line = next_line(lx, infos, doc)?;
        }
        let Some(l) = line.clone() else { break };
        let here = lx.info(infos);
        if l == "Features:" {
            if !doc.features.is_empty() {
                return Err(lx.error(infos, "duplicated 'Features:' line"));
            }
            line = next_line(lx, infos, doc)?;
            while line.as_deref() == Some("") {
                line = next_line(lx, infos, doc)?;
            }
            while let Some((name, end)) = line.as_deref().and_then(match_at_name_colon) {
                let li = lx.info(infos);
                doc.new_feature(infos, li, &name)?;
                let text = line.as_deref().map_or("", |l| &l[end..]).to_string();
                if !text.is_empty() {
                    doc.append_line(&text);
                }
                line = get_doc_indented(lx, infos, doc)?;
            }
            if doc.features.is_empty() {
                return Err(lx.error(infos, "feature descriptions expected"));
            }
            no_more_args = true;
        } else if let Some((name, _)) = match_at_name_colon(&l) {
            if no_more_args {
                return Err(lx.error(
                    infos,
                    format!("description of '@{name}:' follows a section"),
                ));
            }
            while let Some((name, end)) = line.as_deref().and_then(match_at_name_colon) {
                let li = lx.info(infos);
                doc.new_argument(infos, li, &name)?;
                let text = line.as_deref().map_or("", |l| &l[end..]).to_string();
                if !text.is_empty() {
                    doc.append_line(&text);
                }
                line = if pre_6_0 {
                    get_doc_member_old_rules(lx, infos, doc)?
                } else if text.is_empty() {
                    get_doc_after_empty(lx, infos, doc, &format!("@{name}"))?
                } else {
                    get_doc_indented(lx, infos, doc)?
                };
            }
            no_more_args = true;
        } else if let Some((tag, end)) = match_tag(&l) {
            let kind = Kind::from_tag(tag);
            doc.new_tagged_section(infos, here, kind)?;
            let text = &l[end..];
            if !text.is_empty() {
                doc.append_line(text);
            }
            if matches!(kind, Kind::LegacyNote | Kind::LegacyExample) {
                doc.warnings.push((
                    here,
                    format!(
                        "the '{tag}' section is obsolete since QEMU 9.2 (use rST markup); accepted"
                    ),
                ));
                line = get_doc_legacy(lx, infos, doc)?;
            } else if text.is_empty() {
                line = get_doc_after_empty(lx, infos, doc, tag)?;
            } else {
                line = get_doc_indented(lx, infos, doc)?;
            }
            no_more_args = true;
        } else if l.starts_with('=') {
            return Err(lx.error(infos, "unexpected '=' markup in definition documentation"));
        } else {
            doc.ensure_untagged_section(here);
            doc.append_line(&l);
            line = get_doc_paragraph(lx, infos, doc)?;
        }
    }
    Ok(())
}
