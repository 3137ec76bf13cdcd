//! The bindings schema (`introspect::to_annotated_json`): the shipped
//! schema made for QEMU 7.2 and later, written with each item's build
//! condition and the releases of what some release of the range lacks,
//! reads back with both; and the diff of it against QEMU 10.0.2's captured
//! `query-qmp-schema` explains every difference by one or the other.

use std::path::{Path, PathBuf};

use qmp_schema::availability::{apply, Release, Releases, Table};
use qmp_schema::diff::{diff, ChangeKind, Item, ReleasesOf};
use qmp_schema::introspect::{parse, to_annotated_json, to_json};
use qmp_schema::{Args, Cond, Schema, TypeKind};

/// The shipped schema, made for QEMU 7.2 and later as the bindings are.
fn bindings_schema() -> Schema {
    let hx = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/qmp-commands.hx");
    let mut s = qmp_schema::load(&hx, None).expect("the shipped schema");
    apply(&mut s, &Table::builtin(), Release::new(7, 2)).expect("7.2 is in the table");
    s
}

fn read_back(s: &Schema) -> Schema {
    let text = to_annotated_json(s).to_string();
    parse(&PathBuf::from("SCHEMA_JSON"), &text).expect("reads back")
}

fn releases(s: &str) -> Releases {
    s.parse().expect("releases")
}

#[test]
fn conditions_and_releases_read_back() {
    let s = bindings_schema();
    let back = read_back(&s);
    let mut conditional = 0;
    for c in &s.commands {
        let b = back.command(&c.name).expect("every command reads back");
        assert_eq!(b.cond, c.cond, "{}", c.name);
        conditional += usize::from(c.cond.is_some());
        assert_eq!(
            back.releases.get(&c.name),
            s.releases.get(&c.name),
            "{}",
            c.name
        );
        // Members in place keep the releases of the command's members.
        if let Args::Members(ms) = &c.args {
            for m in ms {
                let key = format!("{}.{}", c.name, m.name);
                assert_eq!(back.releases.get(&key), s.releases.get(&key), "{key}");
                let bm = match &b.args {
                    Args::Members(bms) => bms.iter().find(|x| x.name == m.name),
                    Args::Named { .. } => None,
                };
                assert_eq!(bm.expect("the member").cond, m.cond, "{key}");
            }
        }
    }
    for e in &s.events {
        let b = back.event(&e.name).expect("every event reads back");
        assert_eq!(b.cond, e.cond, "{}", e.name);
    }
    for t in &s.types {
        let TypeKind::Enum(en) = &t.kind else {
            continue;
        };
        let Some(TypeKind::Enum(ben)) = back.type_def(&t.name).map(|b| &b.kind) else {
            continue;
        };
        for v in &en.values {
            let key = format!("{}.{}", t.name, v.name);
            let bv = ben.values.iter().find(|x| x.name == v.name).expect(&key);
            assert_eq!(bv.cond, v.cond, "{key}");
            assert_eq!(back.releases.get(&key), s.releases.get(&key), "{key}");
        }
    }
    assert!(conditional > 20, "{conditional} conditional commands");
    // Facts of QEMU's history, as the bindings carry them.
    let dump_skeys = back.command("dump-skeys").expect("dump-skeys");
    assert_eq!(dump_skeys.cond, Some(Cond::Name("TARGET_S390X".into())));
    assert_eq!(back.releases["migrate.blk"], releases("2.12-8.1"));
    assert_eq!(back.releases["query-audiodevs"], releases("8.0-"));
    assert_eq!(back.releases["MachineInfo.acpi"], releases("8.0-"));
    assert_eq!(back.releases["SevInfo.sev-type"], releases("9.1-"));
    // A member of a union's branch, in the struct the union became.
    assert_eq!(back.releases["SevInfo.snp-policy"], releases("9.1-"));
    // A struct named as a command's arguments: the command's record.
    assert_eq!(
        back.releases["nbd-server-start.handshake-max-seconds"],
        releases("10.0-")
    );
    // Exactly what some release of 7.2 to 10.0 lacks is recorded.
    for (key, r) in &back.releases {
        assert!(
            !(r.has(Release::new(7, 2)) && r.last.is_none()),
            "{key}: {r} covers every release of the range"
        );
    }
}

#[test]
fn a_plain_reply_has_no_annotations() {
    let s = bindings_schema();
    let json = to_json(&s);
    fn keys(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    out.push(k.clone());
                    keys(x, out);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| keys(x, out)),
            _ => {}
        }
    }
    let (mut plain_keys, mut annotated_keys) = (Vec::new(), Vec::new());
    keys(&json, &mut plain_keys);
    keys(&to_annotated_json(&s), &mut annotated_keys);
    for k in ["if", "releases"] {
        assert!(!plain_keys.iter().any(|x| x == k), "{k}");
        assert!(annotated_keys.iter().any(|x| x == k), "{k}");
    }
    let plain = parse(&PathBuf::from("plain"), &json.to_string()).expect("reads back");
    assert!(plain.releases.is_empty());
    assert!(plain.commands.iter().all(|c| c.cond.is_none()));
}

#[test]
fn malformed_annotations_are_located_errors() {
    let cases = [
        (
            r#""if": 5"#,
            "\"if\" of command 'x' must be a name or an object",
        ),
        (
            r#""if": {"all": [], "any": ["A"]}"#,
            "\"if\" of command 'x' must be a name or an object",
        ),
        (
            r#""if": {"all": []}"#,
            "\"all\" of \"if\" of command 'x' must be a non-empty array",
        ),
        (
            r#""if": {"not": 1}"#,
            "\"if\" of command 'x' must be a name or an object",
        ),
        (
            r#""releases": 5"#,
            "\"releases\" of command 'x': must be a string",
        ),
        (
            r#""releases": "9.1-8.0""#,
            "the last release is older than the first",
        ),
        (r#""releases": "x-""#, "is not a QEMU release"),
    ];
    for (annotation, message) in cases {
        let text = format!(
            "[\n  {{\"name\": \"x\", \"meta-type\": \"command\", \"arg-type\": \"e\", \
             \"ret-type\": \"e\", {annotation}}},\n  \
             {{\"name\": \"e\", \"meta-type\": \"object\", \"members\": []}}\n]"
        );
        let err = parse(&PathBuf::from("bad.json"), &text).expect_err(annotation);
        let err = err.to_string();
        assert!(err.starts_with("bad.json:2:"), "{annotation}: {err}");
        assert!(err.contains(message), "{annotation}: {err}");
    }
    // A well-formed one reads.
    let text = r#"[{"name": "x", "meta-type": "command", "arg-type": "e", "ret-type": "e",
        "if": {"all": ["A", {"not": "B"}]}, "releases": "8.0-"},
        {"name": "e", "meta-type": "object", "members": []}]"#;
    let s = parse(&PathBuf::from("ok.json"), text).expect("reads");
    let not_b = Cond::Not(Box::new(Cond::Name("B".into())));
    let want = Cond::All(vec![Cond::Name("A".into()), not_b]);
    assert_eq!(s.commands[0].cond, Some(want));
    assert_eq!(s.releases["x"], releases("8.0-"));
}

/// Against the real QEMU 10.0.2 (its captured `query-qmp-schema`), every
/// difference of the bindings is explained by a build condition or by the
/// releases that have the item.
#[test]
fn every_difference_from_qemu_10_0_has_a_condition_or_releases() {
    let Some(corpus) = qmp_test_support::corpus("annotated diff") else {
        return;
    };
    let capture = corpus.join("introspect/qemu-system-x86_64-10.0.2.json");
    let server = qmp_schema::load(&capture, None).expect("the capture");
    let d = diff(&read_back(&bindings_schema()), &server);
    assert!(d.changes.len() > 50, "{}", d.changes.len());
    for c in &d.changes {
        assert!(c.condition.is_some() || c.releases.is_some(), "{c}");
        if c.condition.is_some() {
            assert!(c.conditional, "{c}");
        }
    }
    let find = |path: &str, item: Item, name: &str| {
        d.changes
            .iter()
            .find(|c| c.path == path && c.item == item && c.name == name)
            .unwrap_or_else(|| panic!("no change {path} {name}"))
    };
    let skeys = find("command dump-skeys", Item::Command, "dump-skeys");
    assert_eq!(skeys.condition, Some(Cond::Name("TARGET_S390X".into())));
    let blk = find("command migrate arguments", Item::Member, "blk?");
    assert_eq!(blk.kind, ChangeKind::Removed);
    assert_eq!(blk.releases, Some(ReleasesOf::Item(releases("2.12-8.1"))));
    let acpi = find("command query-machines return[]", Item::Member, "acpi");
    assert_eq!(acpi.kind, ChangeKind::BecameRequired);
    assert_eq!(acpi.releases, Some(ReleasesOf::Item(releases("8.0-"))));
    // SevInfo: one object in the bindings (7.2 sends no `sev-type`), a
    // union on the server.
    let tag = find("command query-sev return", Item::Tag, "sev-type");
    assert_eq!(tag.releases, Some(ReleasesOf::Tag(releases("9.1-"))));
    let policy = find("command query-sev return", Item::Member, "policy?");
    assert_eq!(policy.releases, Some(ReleasesOf::Tag(releases("9.1-"))));
    // Tools see both in the JSON form.
    let json = d.to_json();
    let changes = json["changes"].as_array().expect("changes");
    assert!(changes.iter().any(|c| c["if"] == "TARGET_S390X"));
    assert!(changes
        .iter()
        .any(|c| c["releases"] == "2.12-8.1" && c["releases-of"] == "item"));
}
