//! `help` and `help COMMAND` in QMP mode: the command list, and one
//! command's synopsis (in the shell's `key=value` syntax), its arguments
//! with their types, and its documentation from the schema.

use qmp_schema::{Args, DocTarget, Returns, Schema};

use crate::check::{args_members, describe, effective_args};

/// The synopsis of `name` in the shell's syntax, e.g.
/// `block_resize device=<str> size=<int> [node-name=<str>]`.
pub fn synopsis(schema: &Schema, name: &str) -> Option<String> {
    let cmd = schema.command(name)?;
    let args = effective_args(schema, &cmd.args);
    let mut out = cmd.name.clone();
    for m in args_members(schema, &args) {
        let arg = format!("{}=<{}>", m.name, m.ty);
        if m.optional {
            out.push_str(&format!(" [{arg}]"));
        } else {
            out.push_str(&format!(" {arg}"));
        }
    }
    if let Args::Named { ty, .. } = &args {
        if let Some(d) = crate::check::union_discriminator(schema, ty) {
            out.push_str(&format!(" ... (more arguments, depending on {d})"));
        }
    }
    if crate::check::is_open(cmd) {
        out.push_str(" [property=value ...]");
    }
    Some(out)
}

/// The full help of `name`: synopsis, arguments, return type and the
/// command's documentation as the schema has it.
pub fn command_help(schema: &Schema, name: &str) -> Option<String> {
    let cmd = schema.command(name)?;
    let mut out = String::new();
    out.push_str(&synopsis(schema, name)?);
    out.push('\n');
    // A documentation block written for this command (SQMP text of an hx
    // file) is shown as written after the typed argument list; otherwise
    // the parsed doc, with member descriptions in the list.
    let block = schema
        .doc_blocks
        .iter()
        .find(|b| b.target == DocTarget::Command(cmd.name.clone()));
    let members = args_members(schema, &cmd.args);
    if !members.is_empty() {
        out.push_str("\nArguments:\n");
        for m in members {
            let opt = if m.optional { ", optional" } else { "" };
            out.push_str(&format!("  {} ({}{opt})", m.name, describe(schema, &m.ty)));
            let doc = m
                .doc
                .clone()
                .or_else(|| {
                    cmd.doc
                        .as_ref()
                        .and_then(|d| d.members.iter().find(|(n, _)| n == &m.name))
                        .map(|(_, t)| t.clone())
                })
                .filter(|_| block.is_none());
            if let Some(d) = doc.filter(|d| !d.trim().is_empty()) {
                out.push_str(&format!(
                    ": {}",
                    d.split_whitespace().collect::<Vec<_>>().join(" ")
                ));
            }
            out.push('\n');
        }
    }
    if let Args::Named { ty, .. } = &effective_args(schema, &cmd.args) {
        if let Some(qmp_schema::TypeKind::Union(u)) = schema.type_def(ty).map(|t| &t.kind) {
            out.push_str(&format!("\nMore arguments by {}:\n", u.discriminator));
            let base = args_members(schema, &cmd.args).len();
            for v in &u.variants {
                let extra: Vec<String> = crate::check::type_members(schema, ty, Some(&v.name))
                    .into_iter()
                    .skip(base)
                    .map(|m| {
                        let a = format!("{}=<{}>", m.name, m.ty);
                        if m.optional {
                            format!("[{a}]")
                        } else {
                            a
                        }
                    })
                    .collect();
                out.push_str(&format!(
                    "  {}={}: {}\n",
                    u.discriminator,
                    v.name,
                    extra.join(" ")
                ));
            }
        }
    }
    match &cmd.returns {
        Returns::Type(t) => out.push_str(&format!("\nReturns: {t}\n")),
        Returns::Empty => out.push_str("\nReturns: {}\n"),
        Returns::Unknown => {}
    }
    if let Some(b) = block {
        out.push('\n');
        out.push_str(&b.text);
    } else if let Some(d) = &cmd.doc {
        if !d.body.trim().is_empty() {
            out.push('\n');
            out.push_str(d.body.trim_end());
            out.push('\n');
        }
        for s in &d.sections {
            out.push('\n');
            if !s.tag.is_empty() {
                out.push_str(&format!("{}: ", s.tag));
            }
            out.push_str(s.text.trim_end());
            out.push('\n');
        }
        for e in &d.examples {
            out.push('\n');
            out.push_str(e.trim_end());
            out.push('\n');
        }
    }
    Some(out)
}

/// The command list for a bare `help`: names in columns.
pub fn command_list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.collect();
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0) + 2;
    let per_line = (80 / width.max(1)).max(1);
    let mut out = String::new();
    for chunk in names.chunks(per_line) {
        let line: String = chunk.iter().map(|n| format!("{n:<width$}")).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str("\nType 'help COMMAND' for a command's arguments and documentation.\n");
    out
}
