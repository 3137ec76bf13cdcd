//! `qmp-codegen diff` and `qmp_schema::diff` on real pairs: QEMU 7.2's and
//! 10.0.2's QAPI schemas, and the `query-qmp-schema` replies of a real
//! 7.2 and a real 10.0.2 server.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use qmp_codegen::introspect_client::{fetch, Target};
use qmp_schema::diff::{diff, Change, ChangeKind, Class, Diff, Item};
use qmp_schema::Schema;
use qmp_test_support::Qemu;

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_qmp-codegen"))
}

/// QEMU 7.2's and 10.0.2's QAPI schemas (paths).
fn qapi_paths(test: &str) -> Option<(PathBuf, PathBuf)> {
    let corpus = qmp_test_support::corpus(test)?;
    let q72 = qmp_test_support::qemu_7_2(test)?;
    Some((
        q72.qapi_schema(),
        corpus.join("qapi/qemu-10.0.2/qapi/qapi-schema.json"),
    ))
}

fn load(p: &Path) -> Schema {
    qmp_schema::load(p, None).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The live server's `query-qmp-schema`, read by the introspection front end.
fn introspect(qemu: &Qemu, name: &str) -> Schema {
    let cap = fetch(
        &Target::parse(qemu.socket().to_str().expect("UTF-8 path")),
        Duration::from_secs(20),
        false,
    )
    .expect("query-qmp-schema");
    let path = qemu.dir().join(name);
    let text = cap.schema.to_string();
    std::fs::write(&path, &text).expect("write the capture");
    qmp_schema::introspect::parse(&path, &text).expect("an introspection schema")
}

fn key(c: &Change) -> (Item, &str, &ChangeKind) {
    (c.item, c.name.as_str(), &c.kind)
}

/// Whether `d` has a change like `c`, reached from a common command or
/// event (paths may differ: a type is reported once, at the first place
/// the walk reaches it, and a build condition can hide a place).
fn has_like(d: &Diff, c: &Change) -> bool {
    d.changes
        .iter()
        .any(|x| key(x) == key(c) && x.roots.iter().any(|r| c.roots.contains(r)))
}

/// The "done when": the diff of the two releases' QAPI schemas
/// lists every difference the two real servers' `query-qmp-schema`
/// replies show, and nothing else. "Nothing else" leaves out what
/// introspection cannot show (type names, integer widths, conditions) and
/// what the binaries were built without: changes under a build condition,
/// which one x86_64 build may lack.
#[test]
fn qapi_diff_7_2_to_10_0_matches_the_real_servers() {
    let test = "diff matches the servers";
    let Some((q72_path, q10_path)) = qapi_paths(test) else {
        return;
    };
    let Some(q72) = qmp_test_support::qemu_7_2(test) else {
        return;
    };
    let Some(new_server) = Qemu::system(&[]) else {
        return;
    };
    if new_server.version().0 != 10 || new_server.version().1 != 0 {
        qmp_test_support::skip(test, "the installed qemu-system-x86_64 is not 10.0");
        return;
    }
    let old_server = q72.system(&[]);
    assert_eq!(old_server.version().0, 7);
    let intro = diff(
        &introspect(&old_server, "7.2.json"),
        &introspect(&new_server, "10.0.json"),
    );
    let qapi = diff(&load(&q72_path), &load(&q10_path));

    // Every difference the servers show is in the QAPI diff, or is a
    // build condition of the item that changed between the releases.
    let mut missing = Vec::new();
    for c in &intro.changes {
        let cond_changed = qapi.changes.iter().any(|x| {
            x.item == Item::Condition
                && x.name == c.name
                && x.path == format!("{} {} {}", c.path, c.item.as_str(), c.name)
        });
        if !has_like(&qapi, c) && !cond_changed {
            missing.push(c.to_string());
        }
    }
    assert_eq!(missing, Vec::<String>::new(), "shown by the servers only");

    // Every unconditional, introspectable difference of the QAPI diff is
    // shown by the servers.
    let mut extra = Vec::new();
    let mut conditional = 0;
    for c in &qapi.changes {
        if !c.introspectable || c.item.is_source_only() {
            continue;
        }
        if c.conditional {
            conditional += 1;
            continue;
        }
        if !has_like(&intro, c) {
            extra.push(c.to_string());
        }
    }
    assert_eq!(extra, Vec::<String>::new(), "in the QAPI diff only");
    assert!(intro.changes.len() > 150, "{}", intro.changes.len());
    assert!(conditional > 0);
    // The pair is a real break for clients of 7.2.
    assert!(qapi.is_breaking() && intro.is_breaking());
}

/// Facts of the 7.2 -> 10.0.2 diff, classified for a client of 7.2.
#[test]
fn qapi_diff_7_2_to_10_0_classifies() {
    let Some((a, b)) = qapi_paths("diff classifies") else {
        return;
    };
    let d = diff(&load(&a), &load(&b));
    let find = |path: &str, name: &str| -> &Change {
        d.changes
            .iter()
            .find(|c| c.path == path && c.name == name)
            .unwrap_or_else(|| panic!("no change {path} {name}"))
    };
    // A reply member added: compatible for an old client.
    let acpi = find("command query-machines return[]", "acpi");
    assert_eq!(
        (acpi.kind.clone(), acpi.class),
        (ChangeKind::Added, Class::Compatible)
    );
    // A required reply member removed: old clients expecting it break.
    let ss = find("command query-status return", "singlestep");
    assert_eq!(
        (ss.kind.clone(), ss.class),
        (ChangeKind::Removed, Class::BreaksReplies)
    );
    // An optional argument removed: requests that send it are refused.
    let cl = find(
        "command migrate-set-parameters arguments",
        "compress-level?",
    );
    assert_eq!(cl.class, Class::BreaksRequests);
    // Types renamed in between are matched by place, and reported by name.
    assert!(d.matched_types.contains(&(
        "QCryptoHashAlgorithm".to_owned(),
        "QCryptoHashAlgo".to_owned()
    )));
    assert!(d.changes.iter().any(|c| c.item == Item::TypeName
        && c.kind
            == ChangeKind::Changed {
                from: "QCryptoHashAlgorithm".into(),
                to: "QCryptoHashAlgo".into()
            }));
    // A type reached from several commands is reported once.
    let mut seen = std::collections::HashSet::new();
    for c in &d.changes {
        assert!(
            seen.insert((c.path.clone(), c.item, c.name.clone(), c.kind.clone())),
            "{c}"
        );
    }
}

#[test]
fn a_schema_compared_with_itself_has_no_difference() {
    let Some(corpus) = qmp_test_support::corpus("diff self") else {
        return;
    };
    for rel in [
        "qapi/qemu-10.0.2/qapi/qapi-schema.json",
        "introspect/qemu-system-x86_64-10.0.2.json",
    ] {
        let s = load(&corpus.join(rel));
        let d = diff(&s, &s);
        assert_eq!(d.changes, Vec::new(), "{rel}");
    }
    // The shipped schema against QEMU's own 10.0.2 introspection: it
    // describes the same QEMU, so nothing differs but what a build
    // condition leaves out of this x86_64 binary (other targets' commands,
    // optional libraries' drivers).
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let shipped = load(&root.join("schema/qmp-commands.hx"));
    let server = load(&corpus.join("introspect/qemu-system-x86_64-10.0.2.json"));
    let d = diff(&shipped, &server);
    let not_additions: Vec<String> = d
        .changes
        .iter()
        .filter(|c| c.kind != ChangeKind::Added && !c.conditional)
        .map(|c| c.to_string())
        .collect();
    assert_eq!(not_additions, Vec::<String>::new());
    let conditional = d.changes.iter().filter(|c| c.conditional).count();
    assert!(
        conditional > 10,
        "only {conditional} conditional differences"
    );
}

/// The command line: text, JSON and the exit status.
#[test]
fn the_command_line_reports_and_exits_by_class() {
    let Some((a, b)) = qapi_paths("diff cli") else {
        return;
    };
    let out = Command::new(bin())
        .arg("diff")
        .arg(&a)
        .arg(&b)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "breaking: exit 1");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("breaks-replies: command query-status return: member singlestep removed"),
        "{text}"
    );
    let last = text.lines().last().unwrap_or("");
    assert!(
        last.contains(" changes: ") && last.contains("breaks-requests"),
        "{last}"
    );
    assert!(
        !text.contains("type name"),
        "source-only changes need --all"
    );
    let all = Command::new(bin())
        .args(["diff", "--all"])
        .arg(&a)
        .arg(&b)
        .output()
        .expect("run");
    let all = String::from_utf8(all.stdout).expect("UTF-8");
    assert!(all.contains("type QCryptoHashAlgo: changed: QCryptoHashAlgorithm -> QCryptoHashAlgo"));

    let out = Command::new(bin())
        .args(["diff", "--json"])
        .arg(&a)
        .arg(&b)
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["breaking"], true);
    let changes = v["changes"].as_array().expect("changes");
    let ss = changes
        .iter()
        .find(|c| c["path"] == "command query-status return" && c["name"] == "singlestep")
        .expect("singlestep");
    assert_eq!(ss["class"], "breaks-replies");
    assert_eq!(ss["change"], "removed");
    assert_eq!(ss["item"], "member");

    // Newer to older has other breaks; the same file twice has none.
    let same = Command::new(bin())
        .arg("diff")
        .arg(&b)
        .arg(&b)
        .output()
        .expect("run");
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&same.stdout), "no differences\n");

    // An unreadable input is exit status 2, with the reason.
    let bad = Command::new(bin())
        .arg("diff")
        .arg(&a)
        .arg("/nonexistent.json")
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("/nonexistent.json"));
}
