//! Doc comments into the shared model: [`Doc`] for definitions (body,
//! member and feature descriptions, tagged sections, `->`/`<-` examples
//! taken out of `.. qmp-example::` blocks) and a [`DocBlock`] per `##`.

use super::doc::{Kind, QDoc};
use super::schema::{QKind, QSchema};
use crate::hx::docs::depth_change;
use crate::{Doc, DocBlock, DocKind, DocSection, DocTarget, Location};

/// The `->` / `<-` messages of some lines (a message runs until its JSON
/// is balanced), joined into one example; `None` when there are none.
fn messages<'a>(lines: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut depth = 0i64;
    let mut indent = 0usize;
    let mut msg_lines: Vec<String> = Vec::new();
    for l in lines {
        let t = l.trim_start();
        if depth > 0 {
            let cut = l.len() - t.len();
            let keep = if cut >= indent { &l[indent..] } else { t };
            msg_lines.push(keep.trim_end().to_string());
            depth += depth_change(l);
            continue;
        }
        if t.starts_with("->") || t.starts_with("<-") {
            indent = l.len() - t.len();
            msg_lines.push(t.trim_end().to_string());
            depth = depth_change(t).max(0);
        }
    }
    (!msg_lines.is_empty()).then(|| msg_lines.join("\n"))
}

/// Splits `.. qmp-example::` blocks out of a section's text: the text
/// without them, and one example per block.
fn split_examples(text: &str) -> (String, Vec<String>) {
    let mut kept: Vec<&str> = Vec::new();
    let mut examples = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        let t = l.trim_start();
        if !t.starts_with(".. qmp-example::") {
            kept.push(l);
            i += 1;
            continue;
        }
        let base = l.len() - t.len();
        let start = i + 1;
        i += 1;
        while i < lines.len() {
            let li = lines[i];
            if !li.trim().is_empty() && li.len() - li.trim_start().len() <= base {
                break;
            }
            i += 1;
        }
        if let Some(ex) = messages(lines[start..i].iter().copied()) {
            examples.push(ex);
        }
    }
    while kept.last().is_some_and(|l| l.trim().is_empty()) {
        kept.pop();
    }
    (kept.join("\n"), examples)
}

/// The model doc of a definition's doc block.
pub(crate) fn doc(d: &QDoc) -> Doc {
    let mut out = Doc::default();
    let (body, ex) = split_examples(d.body());
    out.body = body;
    out.examples = ex;
    for (name, i) in &d.args {
        let text = d.secs[*i].text.trim();
        if !text.is_empty() {
            out.members.push((name.clone(), text.to_string()));
        }
    }
    for (name, i) in &d.features {
        out.features
            .push((name.clone(), d.secs[*i].text.trim().to_string()));
    }
    for &i in &d.sections {
        let s = &d.secs[i];
        if s.kind == Kind::LegacyExample {
            out.examples.extend(messages(s.text.lines()));
            continue;
        }
        let (text, ex) = split_examples(&s.text);
        out.examples.extend(ex);
        let tag = match s.kind {
            Kind::Plain => "",
            Kind::Todo => "TODO",
            k => k.title(),
        };
        if !text.trim().is_empty() {
            out.sections.push(DocSection {
                tag: tag.to_string(),
                text,
            });
        }
    }
    out
}

/// The description of `name` in a doc block, if any.
pub(crate) fn arg_doc(d: Option<&QDoc>, name: &str) -> Option<String> {
    let d = d?;
    let (_, i) = d.args.iter().find(|(n, _)| n == name)?;
    let t = d.secs[*i].text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The description of feature `name` in a doc block, if any.
pub(crate) fn feature_doc(d: Option<&QDoc>, name: &str) -> Option<String> {
    let d = d?;
    let (_, i) = d.features.iter().find(|(n, _)| n == name)?;
    Some(d.secs[*i].text.trim().to_string())
}

/// One [`DocBlock`] per `##` block, in source order.
pub(crate) fn blocks(s: &QSchema) -> Vec<DocBlock> {
    s.docs
        .iter()
        .map(|d| {
            let info = s.infos.get(d.info);
            let target = match d.symbol.as_deref().and_then(|n| s.by_name.get(n)) {
                None => DocTarget::Free,
                Some(&id) => {
                    let def = &s.defs[id];
                    match def.kind {
                        QKind::Command { .. } => DocTarget::Command(def.name.clone()),
                        QKind::Event { .. } => DocTarget::Event(def.name.clone()),
                        _ => DocTarget::Type(def.name.clone()),
                    }
                }
            };
            DocBlock {
                loc: Location::new(&info.fname, info.line + 1, 0),
                kind: DocKind::Qapi,
                text: d.raw.clone(),
                target,
            }
        })
        .collect()
}
