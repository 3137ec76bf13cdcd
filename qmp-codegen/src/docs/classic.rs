//! The classic `qmp-commands.txt` layout for schemas that have no `SQMP`
//! blocks (QAPI JSON and introspection): one entry per command, then one per
//! event, each laid out as QEMU's historic file was:
//!
//! ```text
//! query-status
//! ------------
//!
//! <description, as written in the doc comment>
//!
//! Arguments: None.
//!
//! Returns: json-object StatusInfo
//!
//! Example:
//!
//! -> { "execute": "query-status" }
//! <- { "return": { ... } }
//! ```
//!
//! Arguments read `- "name": description (json-type[, optional])`; a named
//! type follows its JSON type (`json-string RunState`). Commands and events
//! keep the schema's order, so the output is deterministic. Introspection
//! carries no docs: its entries have names, arguments, types and
//! optionality only.

use std::fmt::Write;

use qmp_schema::{
    Args, Builtin, Doc, Feature, Member, Returns, Schema, SourceFormat, TypeKind, TypeRef,
};

/// Renders the classic `qmp-commands.txt` of a schema.
pub fn render(schema: &Schema) -> String {
    let mut out = String::new();
    header(schema, &mut out);
    section(&mut out, "1. Commands");
    if schema.commands.is_empty() {
        out.push_str("None.\n\n");
    }
    for c in &schema.commands {
        let mut e = Entry::new(schema, &c.name, c.doc.as_ref());
        e.description();
        e.members("Arguments", &c.args);
        e.returns(&c.returns);
        e.notes(&c.features, c.cond.as_ref(), c.allow_oob);
        e.sections_and_examples();
        out.push_str(&e.out);
    }
    section(&mut out, "2. Events");
    if schema.events.is_empty() {
        out.push_str("None.\n\n");
    }
    for ev in &schema.events {
        let mut e = Entry::new(schema, &ev.name, ev.doc.as_ref());
        e.description();
        e.members("Data", &ev.data);
        e.notes(&ev.features, ev.cond.as_ref(), false);
        e.sections_and_examples();
        out.push_str(&e.out);
    }
    // One trailing newline, as the historic file had.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn header(schema: &Schema, out: &mut String) {
    let title = "QMP Supported Commands";
    let _ = writeln!(out, "{:24}{title}", "");
    let _ = writeln!(out, "{:24}{}\n", "", "-".repeat(title.len()));
    let source = match schema.format {
        SourceFormat::Qapi => "a QAPI schema",
        SourceFormat::Introspect => "a query-qmp-schema reply",
        SourceFormat::Hx => "an hx definition file",
    };
    let file = schema
        .files
        .first()
        .and_then(|f| f.file_name())
        .map(|f| format!(", {}", f.to_string_lossy()))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "This file lists {} commands and {} events, read from\n{source}{file}.\n",
        schema.commands.len(),
        schema.events.len()
    );
    let examples = schema
        .commands
        .iter()
        .map(|c| c.doc.as_ref())
        .chain(schema.events.iter().map(|e| e.doc.as_ref()))
        .any(|d| d.is_some_and(|d| !d.examples.is_empty()));
    if examples {
        out.push_str(
            "In the examples, \"->\" marks what the client sends and \"<-\" what the\nserver replies.\n\n",
        );
    }
    if schema.format == SourceFormat::Introspect {
        out.push_str(
            "Introspection carries no documentation: entries give names, types and\nwhether members are optional. Type names were made up from where each\ntype is used (the server hides the real ones).\n\n",
        );
    }
}

fn section(out: &mut String, title: &str) {
    let _ = writeln!(out, "{title}\n{}\n", "=".repeat(title.chars().count()));
}

/// The JSON type of a type reference, followed by its schema name when it
/// is a named type.
pub fn json_type(schema: &Schema, ty: &TypeRef) -> String {
    match ty {
        TypeRef::Builtin(b) => builtin_json(*b).to_string(),
        TypeRef::Array(inner) => format!("json-array of {}", json_type(schema, inner)),
        TypeRef::Named(n) => {
            let kind = match schema.type_def(n).map(|t| &t.kind) {
                Some(TypeKind::Enum(_)) => "json-string",
                Some(TypeKind::Struct(_) | TypeKind::Union(_)) => "json-object",
                Some(TypeKind::Alternate(_)) | None => "json-value",
            };
            format!("{kind} {n}")
        }
    }
}

fn builtin_json(b: Builtin) -> &'static str {
    match b {
        Builtin::Str | Builtin::QType => "json-string",
        Builtin::Number => "json-number",
        Builtin::Bool => "json-bool",
        Builtin::Null => "json-null",
        Builtin::Any => "json-value",
        _ => "json-int",
    }
}

/// The members of a named struct or union, bases first (guarded against
/// cycles), and the union's discriminator.
fn type_members<'s>(
    schema: &'s Schema,
    name: &str,
) -> (Vec<&'s Member>, Option<(&'s str, &'s str)>) {
    let mut out = Vec::new();
    let mut chain = Vec::new();
    let mut cur = Some(name);
    let mut union = None;
    while let Some(n) = cur.take() {
        if chain.contains(&n) {
            break;
        }
        chain.push(n);
        match schema.type_def(n).map(|t| (&t.name, &t.kind)) {
            Some((_, TypeKind::Struct(s))) => {
                out.splice(0..0, s.members.iter());
                cur = s.base.as_deref();
            }
            Some((tn, TypeKind::Union(u))) => {
                out.splice(0..0, u.members.iter());
                union = Some((u.discriminator.as_str(), tn.as_str()));
                cur = u.base.as_deref();
            }
            _ => {}
        }
    }
    (out, union)
}

/// One command or event being written.
struct Entry<'s> {
    schema: &'s Schema,
    doc: Option<&'s Doc>,
    out: String,
}

impl<'s> Entry<'s> {
    fn new(schema: &'s Schema, name: &str, doc: Option<&'s Doc>) -> Self {
        let mut out = String::new();
        let _ = writeln!(out, "{name}\n{}\n", "-".repeat(name.chars().count()));
        Entry { schema, doc, out }
    }

    fn paragraph(&mut self, text: &str) {
        let text = text.trim_matches('\n').trim_end();
        if !text.is_empty() {
            for line in text.lines() {
                self.out.push_str(line.trim_end());
                self.out.push('\n');
            }
            self.out.push('\n');
        }
    }

    fn description(&mut self) {
        if let Some(d) = self.doc {
            self.paragraph(&d.body);
        }
    }

    fn member_doc(&self, m: &Member) -> Option<String> {
        self.doc
            .and_then(|d| d.members.iter().find(|(n, _)| n == &m.name))
            .map(|(_, t)| t.clone())
            .or_else(|| m.doc.clone())
            .filter(|t| !t.trim().is_empty())
    }

    fn member(&mut self, m: &Member) {
        let mut ty = json_type(self.schema, &m.ty);
        if m.optional {
            ty.push_str(", optional");
        }
        if Feature::has(&m.features, "deprecated") {
            ty.push_str(", deprecated");
        }
        match self.member_doc(m) {
            None => {
                let _ = writeln!(self.out, "- \"{}\" ({ty})", m.name);
            }
            Some(doc) => {
                let lines: Vec<&str> = doc.trim().lines().map(str::trim).collect();
                let last = lines.len().saturating_sub(1);
                for (i, line) in lines.iter().enumerate() {
                    let lead = if i == 0 {
                        format!("- \"{}\": ", m.name)
                    } else {
                        "  ".into()
                    };
                    let tail = if i == last {
                        format!(" ({ty})")
                    } else {
                        String::new()
                    };
                    let _ = writeln!(self.out, "{lead}{line}{tail}");
                }
            }
        }
    }

    fn members(&mut self, title: &str, args: &Args) {
        let (members, union): (Vec<&Member>, _) = match args {
            Args::Members(ms) => (ms.iter().collect(), None),
            Args::Named { ty, .. } => type_members(self.schema, ty),
        };
        if members.is_empty() && union.is_none() {
            let _ = writeln!(self.out, "{title}: None.\n");
            return;
        }
        let _ = writeln!(self.out, "{title}:\n");
        for m in members {
            self.member(m);
        }
        if let Some((tag, name)) = union {
            let _ = writeln!(
                self.out,
                "- and the members of the branch of {name} selected by \"{tag}\""
            );
        }
        self.out.push('\n');
    }

    fn returns(&mut self, r: &Returns) {
        let text = match r {
            Returns::Unknown => "unknown".to_string(),
            Returns::Empty => "an empty object".to_string(),
            Returns::Type(t) => json_type(self.schema, t),
        };
        let _ = writeln!(self.out, "Returns: {text}\n");
        let extra = self
            .doc
            .and_then(|d| d.sections.iter().find(|s| s.tag == "Returns"));
        if let Some(s) = extra {
            self.paragraph(&s.text);
        }
    }

    fn notes(&mut self, features: &[Feature], cond: Option<&qmp_schema::Cond>, oob: bool) {
        if !features.is_empty() {
            self.out.push_str("Features:\n\n");
            for f in features {
                let doc = self
                    .doc
                    .and_then(|d| d.features.iter().find(|(n, _)| n == &f.name))
                    .map(|(_, t)| {
                        t.trim()
                            .lines()
                            .map(str::trim)
                            .collect::<Vec<_>>()
                            .join("\n  ")
                    })
                    .filter(|t| !t.is_empty());
                match doc {
                    Some(t) => {
                        let _ = writeln!(self.out, "- \"{}\": {t}", f.name);
                    }
                    None => {
                        let _ = writeln!(self.out, "- \"{}\"", f.name);
                    }
                }
            }
            self.out.push('\n');
        }
        if let Some(c) = cond {
            let _ = writeln!(self.out, "Available only if: {c}\n");
        }
        if oob {
            self.out
                .push_str("Out-of-band execution (exec-oob) is allowed.\n\n");
        }
    }

    fn sections_and_examples(&mut self) {
        let Some(d) = self.doc else {
            return;
        };
        let has_examples = !d.examples.is_empty();
        for s in &d.sections {
            let example = matches!(s.tag.as_str(), "Example" | "Examples");
            if s.tag == "Returns" || (example && has_examples) {
                continue;
            }
            let text = s.text.trim_matches('\n').trim_end();
            if s.tag.is_empty() {
                self.paragraph(text);
            } else if !text.contains('\n') {
                let _ = writeln!(self.out, "{}: {}\n", s.tag, text.trim());
            } else {
                let _ = writeln!(self.out, "{}:\n", s.tag);
                self.paragraph(text);
            }
        }
        if has_examples {
            let title = if d.examples.len() == 1 {
                "Example"
            } else {
                "Examples"
            };
            let _ = writeln!(self.out, "{title}:\n");
            for ex in &d.examples {
                self.paragraph(ex);
            }
        }
    }
}
