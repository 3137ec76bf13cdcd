//! The classic `qmp-commands.txt` layout on real schemas: the corpus
//! introspection captures and QEMU 10.0.2's QAPI schemas. Checks structure
//! against the model (every command and event appears in order with its
//! underline; argument lists match), not fixed text.

use std::path::{Path, PathBuf};

use qmp_codegen::docs::classic;
use qmp_schema::{Args, Member, Returns, Schema, TypeKind, TypeRef};

/// The member names an entry should list: in place, or the named type's
/// members with its bases first.
fn expected_members(schema: &Schema, args: &Args) -> Vec<String> {
    fn of_type(schema: &Schema, name: &str, depth: usize, out: &mut Vec<String>) {
        let Some(t) = schema.type_def(name) else {
            return;
        };
        let (base, members): (Option<&String>, &[Member]) = match &t.kind {
            TypeKind::Struct(s) => (s.base.as_ref(), &s.members),
            TypeKind::Union(u) => (u.base.as_ref(), &u.members),
            _ => return,
        };
        if let Some(b) = base.filter(|_| depth < 16) {
            of_type(schema, b, depth + 1, out);
        }
        out.extend(members.iter().map(|m| m.name.clone()));
    }
    match args {
        Args::Members(ms) => ms.iter().map(|m| m.name.clone()).collect(),
        Args::Named { ty, .. } => {
            let mut out = Vec::new();
            of_type(schema, ty, 0, &mut out);
            out
        }
    }
}

/// The lines of one entry: from its title to the next entry's title.
fn entries<'t>(text: &'t str, names: &[&str]) -> Vec<Vec<&'t str>> {
    let lines: Vec<&str> = text.lines().collect();
    let mut starts = Vec::new();
    let mut i = 0;
    for name in names {
        let underline = "-".repeat(name.len());
        loop {
            assert!(
                i + 2 < lines.len(),
                "entry '{name}' with its underline not found in order"
            );
            if lines[i] == *name && lines[i + 1] == underline && lines[i + 2].is_empty() {
                starts.push(i);
                i += 3;
                break;
            }
            i += 1;
        }
    }
    starts.push(lines.len());
    starts
        .windows(2)
        .map(|w| lines[w[0]..w[1]].to_vec())
        .collect()
}

/// The `- "name"` items of the list headed `title:` in an entry, or `None`
/// when the entry says `title: None.`.
fn listed<'t>(entry: &[&'t str], title: &str) -> Option<Vec<&'t str>> {
    let none = format!("{title}: None.");
    if entry.contains(&none.as_str()) {
        return None;
    }
    let head = format!("{title}:");
    let at = entry
        .iter()
        .position(|l| *l == head)
        .unwrap_or_else(|| panic!("no '{head}' in {:?}", entry[0]));
    Some(
        entry[at + 2..]
            .iter()
            .take_while(|l| !l.is_empty())
            .filter_map(|l| l.strip_prefix("- \""))
            .filter_map(|l| l.split('"').next())
            .collect(),
    )
}

fn check_layout(schema: &Schema) {
    let text = classic::render(schema);
    assert_eq!(text, classic::render(schema), "deterministic");
    assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
    let cmd_names: Vec<&str> = schema.commands.iter().map(|c| c.name.as_str()).collect();
    let ev_names: Vec<&str> = schema.events.iter().map(|e| e.name.as_str()).collect();
    let at_events = text
        .find("\n2. Events\n=========\n")
        .expect("events section");
    let (cmds_text, evs_text) = text.split_at(at_events);
    let cmd_entries = entries(cmds_text, &cmd_names);
    for (c, entry) in schema.commands.iter().zip(&cmd_entries) {
        let want = expected_members(schema, &c.args);
        match listed(entry, "Arguments") {
            None => assert!(want.is_empty(), "{}: arguments missing", c.name),
            Some(got) => assert_eq!(got, want, "{}", c.name),
        }
        // The Returns line follows the arguments (a description may itself
        // contain a line starting with "Returns:").
        let args_at = entry
            .iter()
            .position(|l| l.starts_with("Arguments:"))
            .unwrap_or_else(|| panic!("{}: no Arguments line", c.name));
        let returns = entry[args_at..]
            .iter()
            .find(|l| l.starts_with("Returns: "))
            .unwrap_or_else(|| panic!("{}: no Returns line", c.name));
        match &c.returns {
            Returns::Empty => assert_eq!(*returns, "Returns: an empty object"),
            Returns::Type(t) => {
                let mut inner = t;
                while let TypeRef::Array(i) = inner {
                    assert!(returns.contains("json-array of "), "{returns}");
                    inner = i;
                }
                match inner {
                    TypeRef::Named(n) => assert!(returns.ends_with(&format!(" {n}")), "{returns}"),
                    _ => assert!(
                        returns.ends_with(&inner.to_string().replace("str", "string"))
                            || returns.contains("json-"),
                        "{returns}"
                    ),
                }
            }
            Returns::Unknown => {}
        }
        if let Some(doc) = &c.doc {
            if let Some(first) = doc
                .body
                .lines()
                .map(str::trim_end)
                .find(|l| !l.trim().is_empty())
            {
                assert!(
                    entry.contains(&first),
                    "{}: description '{first}' missing",
                    c.name
                );
            }
        }
    }
    let ev_entries = entries(evs_text, &ev_names);
    for (e, entry) in schema.events.iter().zip(&ev_entries) {
        let want = expected_members(schema, &e.data);
        match listed(entry, "Data") {
            None => assert!(want.is_empty(), "{}: data missing", e.name),
            Some(got) => assert_eq!(got, want, "{}", e.name),
        }
    }
}

#[test]
fn introspection_captures() {
    let Some(dir) = qmp_test_support::corpus("introspection_captures") else {
        return;
    };
    for f in [
        "qemu-storage-daemon-10.0.2.json",
        "qemu-system-x86_64-10.0.2.json",
    ] {
        let path = dir.join("introspect").join(f);
        let text = std::fs::read_to_string(&path).expect("read");
        let schema = qmp_schema::introspect::parse(&path, &text).unwrap_or_else(|e| panic!("{e}"));
        check_layout(&schema);
        // The docs entry point picks the classic layout for introspection.
        assert_eq!(qmp_codegen::docs::render(&schema), classic::render(&schema));
        let out = classic::render(&schema);
        // Optional members say so.
        assert!(out.contains(", optional)"));
    }
}

fn qapi(rel: &str) {
    let Some(dir) = qmp_test_support::corpus("qapi") else {
        return;
    };
    let path: PathBuf = dir.join("qapi/qemu-10.0.2").join(rel);
    let schema = qmp_schema::qapi::parse_file(Path::new(&path)).unwrap_or_else(|e| panic!("{e}"));
    assert!(!schema.commands.is_empty());
    check_layout(&schema);
    let out = classic::render(&schema);
    // Documented schemas have descriptions and examples.
    let with_examples = schema
        .commands
        .iter()
        .filter(|c| c.doc.as_ref().is_some_and(|d| !d.examples.is_empty()))
        .count();
    if with_examples > 0 {
        assert!(out.contains("\nExample:\n") || out.contains("\nExamples:\n"));
        assert!(out.contains("\n-> "));
    }
}

#[test]
fn qapi_system_schema() {
    qapi("qapi/qapi-schema.json");
}

#[test]
fn qapi_storage_daemon_schema() {
    qapi("storage-daemon/qapi/qapi-schema.json");
}

#[test]
fn qapi_guest_agent_schema() {
    qapi("qga/qapi-schema.json");
}
