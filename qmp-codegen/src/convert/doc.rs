//! The `SQMP` doc blocks of the typed hx dialect: a title underlined with
//! `-`, the description, item lists (`Arguments:`, `Members:`, `Data:`,
//! `Values:`, `Features:`) with one `- "name": text` item per member,
//! value, branch or feature, then the tagged sections (`Returns:`,
//! `Errors:`, `Since:`, `Example:`, ...), the layout the hx reader parses
//! back into the same [`Doc`].

use qmp_schema::{Args, Command, Doc, DocBlock, Event, Feature, Schema, TypeDef, TypeKind};

use super::{DocMode, SKELETON_MARK};

/// Width at which item texts are wrapped.
const WIDTH: usize = 76;

/// The names an item list documents, with what the model says of each.
type Items = Vec<(String, Option<String>)>;

/// `- "name": text`, wrapped at [`WIDTH`] with continuation lines
/// indented by two spaces (the reader joins them with one space).
fn wrap_item(name: &str, text: &str, out: &mut String) {
    let mut line = format!("- \"{name}\":");
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 && line.len() + 1 + word.len() > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = format!("  {word}");
        } else {
            line.push(' ');
            line.push_str(word);
        }
    }
    out.push_str(&line);
    out.push('\n');
}

fn item_list(tag: &str, items: &Items, mode: DocMode, out: &mut String) {
    if items.is_empty() {
        return;
    }
    out.push_str(tag);
    out.push_str(":\n\n");
    for (name, text) in items {
        let text = match (mode, text.as_deref()) {
            (DocMode::Skeleton, None | Some("")) => SKELETON_MARK,
            (_, t) => t.unwrap_or(""),
        };
        wrap_item(name, text, out);
    }
    out.push('\n');
}

fn feature_items(doc: Option<&Doc>, own: &[Feature], inner: &[&[Feature]]) -> Items {
    let mut items: Items = Vec::new();
    for f in own.iter().chain(inner.iter().flat_map(|fs| fs.iter())) {
        if items.iter().any(|(n, _)| *n == f.name) {
            continue;
        }
        let text = doc
            .and_then(|d| d.features.iter().find(|(n, _)| *n == f.name))
            .map(|(_, t)| t.clone())
            .or_else(|| f.doc.clone());
        items.push((f.name.clone(), text));
    }
    items
}

/// Writes the block for `name`.
#[allow(clippy::too_many_arguments)]
fn block(
    name: &str,
    doc: Option<&Doc>,
    list_tag: &str,
    items: &Items,
    features: &Items,
    returns: Option<String>,
    mode: DocMode,
    out: &mut String,
) {
    if mode == DocMode::None || (mode == DocMode::Keep && doc.is_none()) {
        return;
    }
    out.push_str("SQMP\n");
    out.push_str(name);
    out.push('\n');
    out.push_str(&"-".repeat(name.chars().count().max(2)));
    out.push_str("\n\n");
    let body = match (mode, doc.map_or("", |d| d.body.trim())) {
        (DocMode::Skeleton, "") => SKELETON_MARK,
        (_, b) => b,
    };
    if !body.trim().is_empty() {
        out.push_str(body.trim_end());
        out.push_str("\n\n");
    }
    item_list(list_tag, items, mode, out);
    item_list("Features", features, mode, out);
    let sections = doc.map_or(&[][..], |d| &d.sections[..]);
    match mode {
        DocMode::Skeleton if !sections.iter().any(|s| s.tag != "Since") => {
            if let Some(r) = returns {
                out.push_str(&format!("Returns: {r}. {SKELETON_MARK}\n\n"));
            }
            // The release a definition appeared in is an interface fact.
            if let Some(s) = sections.iter().find(|s| s.tag == "Since") {
                out.push_str(&format!("Since: {}\n\n", s.text.trim()));
            }
        }
        _ => {
            for s in sections {
                if s.tag.is_empty() {
                    out.push_str(s.text.trim_end());
                } else {
                    out.push_str(&format!("{}: {}", s.tag, s.text.trim_end()));
                }
                out.push_str("\n\n");
            }
        }
    }
    out.push_str("EQMP\n\n");
}

fn member_items(ms: &[qmp_schema::Member], doc: Option<&Doc>) -> Items {
    ms.iter()
        .map(|m| {
            let text = m.doc.clone().or_else(|| {
                doc.and_then(|d| d.members.iter().find(|(n, _)| *n == m.name))
                    .map(|(_, t)| t.clone())
            });
            (m.name.clone(), text)
        })
        .collect()
}

fn member_features(ms: &[qmp_schema::Member]) -> Vec<&[Feature]> {
    ms.iter().map(|m| &m.features[..]).collect()
}

/// The doc block of a command.
pub(super) fn command(c: &Command, mode: DocMode, out: &mut String) {
    let doc = c.doc.as_ref();
    let (items, inner) = match &c.args {
        Args::Members(ms) => (member_items(ms, doc), member_features(ms)),
        Args::Named { .. } => (Vec::new(), Vec::new()),
    };
    let returns = match &c.returns {
        qmp_schema::Returns::Type(t) => Some(t.to_string()),
        _ => None,
    };
    let features = feature_items(doc, &c.features, &inner);
    block(
        &c.name,
        doc,
        "Arguments",
        &items,
        &features,
        returns,
        mode,
        out,
    );
}

/// The doc block of an event.
pub(super) fn event(e: &Event, mode: DocMode, out: &mut String) {
    let doc = e.doc.as_ref();
    let (items, inner) = match &e.data {
        Args::Members(ms) => (member_items(ms, doc), member_features(ms)),
        Args::Named { .. } => (Vec::new(), Vec::new()),
    };
    let features = feature_items(doc, &e.features, &inner);
    block(&e.name, doc, "Data", &items, &features, None, mode, out);
}

/// The doc block of a type.
pub(super) fn type_def(t: &TypeDef, _schema: &Schema, mode: DocMode, out: &mut String) {
    let doc = t.doc.as_ref();
    let (tag, items, inner): (&str, Items, Vec<&[Feature]>) = match &t.kind {
        TypeKind::Struct(s) => (
            "Members",
            member_items(&s.members, doc),
            member_features(&s.members),
        ),
        TypeKind::Union(u) => (
            "Members",
            member_items(&u.members, doc),
            member_features(&u.members),
        ),
        TypeKind::Enum(e) => (
            "Values",
            e.values
                .iter()
                .map(|v| (v.name.clone(), v.doc.clone()))
                .collect(),
            e.values.iter().map(|v| &v.features[..]).collect(),
        ),
        TypeKind::Alternate(a) => (
            "Members",
            a.variants
                .iter()
                .map(|v| {
                    let text = doc
                        .and_then(|d| d.members.iter().find(|(n, _)| *n == v.name))
                        .map(|(_, t)| t.clone());
                    (v.name.clone(), text)
                })
                .collect(),
            Vec::new(),
        ),
    };
    let features = feature_items(doc, &t.features, &inner);
    block(&t.name, doc, tag, &items, &features, None, mode, out);
}

/// A free-standing block, verbatim.
pub(super) fn free(b: &DocBlock, out: &mut String) {
    out.push_str("SQMP\n");
    out.push_str(&b.text);
    out.push_str("EQMP\n\n");
}
