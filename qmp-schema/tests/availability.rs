//! The shipped availability table against the real schemas this machine
//! has (QEMU 7.2 from Debian's source package, 10.0.2 from the corpus), and
//! `apply` (bindings for a range of releases) checked with the diff engine.

use qmp_schema::availability::{apply, compute, ApplyError, Kind, Release, Table};
use qmp_schema::diff::{diff, ChangeKind, Item};
use qmp_schema::{Schema, TypeKind};

fn r(s: &str) -> Release {
    s.parse().expect("a release")
}

/// QEMU 7.2's and 10.0.2's system emulator schemas.
fn schemas(test: &str) -> Option<(Schema, Schema)> {
    let corpus = qmp_test_support::corpus(test)?;
    let q72 = qmp_test_support::qemu_7_2(test)?;
    let old = qmp_schema::qapi::parse_file(&q72.qapi_schema()).expect("7.2 schema");
    let new_path = corpus.join("qapi/qemu-10.0.2/qapi/qapi-schema.json");
    let new = qmp_schema::qapi::parse_file(&new_path).expect("10.0.2 schema");
    Some((old, new))
}

#[test]
fn the_shipped_table_reads_back_as_written() {
    let t = Table::builtin();
    assert_eq!(t.releases.first(), Some(&r("2.12")));
    assert_eq!(t.newest(), Some(r("10.0")));
    assert!(t.entries.len() > 1000, "{} entries", t.entries.len());
    let text = include_str!("../data/qemu-availability.txt");
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(t.to_string(), body);
    assert_eq!(Table::parse(&body).expect("parses"), t);
}

#[test]
fn bad_table_text_is_refused_with_its_line() {
    let e = Table::parse("releases 7.2 10.0\ncommand a 9.1-\n").unwrap_err();
    assert_eq!(e, "line 2: release 9.1 is not in the chain");
    let e = Table::parse("releases 7.2 10.0\nthing a 7.2-\n").unwrap_err();
    assert_eq!(e, "line 2: unknown kind 'thing'");
    let e = Table::parse("releases 7.2 10.0\ntype T 7.2- x!y\n").unwrap_err();
    assert_eq!(e, "line 2: feature of unknown member 'x'");
    assert_eq!(
        Table::parse("# nothing\n").unwrap_err(),
        "no 'releases' line"
    );
}

/// For 7.2 and 10.0, the shipped table agrees with the real schemas:
/// commands and events (with their members and features) are marked
/// present in exactly the releases that have them, and so is every type of
/// 10.0 under its name. A 7.2 type is marked present under its own name
/// unless 10.0 no longer has that name (renamed or removed); the table may
/// also credit its facts to a newer type that took over its place.
#[test]
fn the_shipped_table_agrees_with_the_real_7_2_and_10_0_schemas() {
    let Some((old, new)) = schemas("availability agrees") else {
        return;
    };
    let shipped = Table::builtin();
    let mut checked = 0;
    for (release, schema) in [(r("7.2"), &old), (r("10.0"), &new)] {
        let at = shipped.index_of(release).expect("in the chain");
        assert_eq!(shipped.releases[at], release);
        let single = compute(&[(release, schema)]);
        for ((kind, name), e) in &single.entries {
            let key = (*kind, name.clone());
            let Some(s) = shipped.entries.get(&key) else {
                assert!(
                    *kind == Kind::Type && new.type_def(name).is_none(),
                    "{release}: {key:?} missing from the shipped table"
                );
                continue;
            };
            assert!(s.span.has(at), "{release}: {key:?}");
            for m in e.subs.keys() {
                let sub = s
                    .subs
                    .get(m)
                    .unwrap_or_else(|| panic!("{release}: {key:?} {m}"));
                assert!(sub.span.has(at), "{release}: {key:?} {m}");
                for f in e.subs[m].features.keys() {
                    assert!(sub.features[f].has(at), "{release}: {key:?} {m} !{f}");
                }
                checked += 1;
            }
            for f in e.features.keys() {
                assert!(s.features[f].has(at), "{release}: {key:?} !{f}");
            }
            // Nothing more is marked present where names are exact.
            if *kind != Kind::Type || release == r("10.0") {
                for (m, sub) in &s.subs {
                    assert_eq!(
                        sub.span.has(at),
                        e.subs.contains_key(m),
                        "{release}: {key:?} {m}"
                    );
                }
            }
        }
        for ((kind, name), s) in &shipped.entries {
            if s.span.has(at) && (*kind != Kind::Type || release == r("10.0")) {
                let key = (*kind, name.clone());
                assert!(single.entries.contains_key(&key), "{release}: {key:?}");
            }
        }
    }
    assert!(checked > 7000, "{checked} members and values");
}

#[test]
fn known_facts() {
    let t = Table::builtin();
    let first = |kind, name: &str, sub: Option<&str>| {
        let e = &t.entries[&(kind, name.to_owned())];
        let span = sub.map_or(e.span, |m| e.subs[m].span);
        t.releases[span.first().expect("present somewhere")]
    };
    assert_eq!(first(Kind::Type, "MachineInfo", Some("acpi")), r("8.0"));
    assert_eq!(
        first(Kind::Type, "BlockDeviceInfo", Some("active")),
        r("10.0")
    );
    assert_eq!(first(Kind::Command, "query-status", None), r("2.12"));
    // QCryptoHashAlgorithm was renamed QCryptoHashAlgo in 9.1: one lineage.
    assert_eq!(first(Kind::Type, "QCryptoHashAlgo", None), r("2.12"));
    assert!(!t
        .entries
        .contains_key(&(Kind::Type, "QCryptoHashAlgorithm".to_owned())));
    // A member gone from 10.0 keeps its last type.
    let status = &t.entries[&(Kind::Type, "StatusInfo".to_owned())];
    assert_eq!(status.subs["singlestep"].ty.as_deref(), Some("bool"));
    assert_eq!(t.span_text(status.subs["singlestep"].span), "2.12-8.1");
}

/// With `min_qemu 7.2`, QEMU 10.0.2's schema decodes whatever 7.2 sends:
/// comparing the result (as the client) with 7.2 (as the server), the
/// diff engine finds no reply member that 7.2 may lack and the bindings
/// require, and no reply member 7.2 sends that the bindings would drop.
#[test]
fn a_schema_for_7_2_and_later_fits_7_2s_replies() {
    let Some((old, mut new)) = schemas("apply fits 7.2") else {
        return;
    };
    let plain = diff(&new, &old);
    let applied = apply(&mut new, &Table::builtin(), r("7.2")).expect("in range");
    let d = diff(&new, &old);
    let reply = |c: &&qmp_schema::diff::Change| c.roots.iter().any(|r| !r.ends_with("arguments"));
    let reply_breaks = |d: &qmp_schema::diff::Diff| -> Vec<String> {
        d.changes
            .iter()
            .filter(|c| c.class.is_breaking() && c.item == Item::Member && reply(c))
            .map(|c| format!("{c}"))
            .collect()
    };
    let dropped = |d: &qmp_schema::diff::Diff| -> Vec<String> {
        d.changes
            .iter()
            .filter(|c| c.item == Item::Member && c.kind == ChangeKind::Added && reply(c))
            .map(|c| format!("{c}"))
            .collect()
    };
    // Without the transform both kinds of problem are there ...
    assert!(
        reply_breaks(&plain)
            .iter()
            .any(|c| c.contains("member acpi removed")),
        "{:#?}",
        reply_breaks(&plain)
    );
    assert!(!dropped(&plain).is_empty());
    // ... and with it none is left, but for the union tags the transform
    // lists as missing (a union does not decode without its tag).
    assert_eq!(applied.tags_missing, ["SevInfo.sev-type"]);
    let breaks: Vec<String> = reply_breaks(&d)
        .into_iter()
        .filter(|c| !c.contains("member sev-type removed"))
        .collect();
    assert_eq!(breaks, Vec::<String>::new());
    assert_eq!(dropped(&d), Vec::<String>::new());
    assert!(applied
        .made_optional
        .contains(&"MachineInfo.acpi".to_owned()));
    assert!(applied
        .restored
        .contains(&"StatusInfo.singlestep".to_owned()));
    assert_eq!(applied.min, r("7.2"));
    // Tags of unions stay required, and the docs say where items exist.
    for t in &new.types {
        if let TypeKind::Union(u) = &t.kind {
            if let Some(m) = u.members.iter().find(|m| m.name == u.discriminator) {
                assert!(!m.optional, "{}", t.name);
            }
        }
    }
    let mi = new.type_def("MachineInfo").expect("MachineInfo");
    let TypeKind::Struct(s) = &mi.kind else {
        panic!("a struct")
    };
    let acpi = s.members.iter().find(|m| m.name == "acpi").expect("acpi");
    assert!(acpi.optional);
    let doc = acpi.doc.as_deref().unwrap_or("");
    assert!(doc.contains("QEMU >= 8.0 (not in 7.2)"), "{doc}");
    let q = new.command("query-machines").expect("query-machines");
    let note = &q
        .doc
        .as_ref()
        .expect("doc")
        .sections
        .last()
        .expect("a section");
    assert_eq!(
        (note.tag.as_str(), note.text.as_str()),
        ("Availability", "QEMU >= 2.12.")
    );
    let sev = applied.commands["query-sev-attestation-report"];
    assert!(sev
        .missing_in
        .is_some_and(|m| m < sev.since.expect("since")));
}

#[test]
fn a_range_within_the_table_only() {
    let mut s = Schema::new(qmp_schema::SourceFormat::Qapi);
    let t = Table::builtin();
    assert_eq!(
        apply(&mut s, &t, r("2.0")),
        Err(ApplyError::OlderThanTable {
            min: r("2.0"),
            oldest: r("2.12")
        })
    );
    assert!(matches!(
        apply(&mut s, &t, r("11.0")),
        Err(ApplyError::NewerThanTable { .. })
    ));
    assert_eq!(
        "7".parse::<Release>().unwrap_err(),
        "'7' is not a QEMU release (expected MAJOR.MINOR, e.g. 7.2)"
    );
    assert_eq!(r("10.0.2"), Release::new(10, 0));
}

/// With the newest release as the minimum nothing becomes optional.
#[test]
fn a_range_of_one_release_changes_no_member() {
    let Some((_, mut new)) = schemas("apply 10.0") else {
        return;
    };
    let applied = apply(&mut new, &Table::builtin(), r("10.0")).expect("in range");
    assert!(
        applied.made_optional.is_empty(),
        "{:?}",
        applied.made_optional
    );
    assert!(applied.restored.is_empty(), "{:?}", applied.restored);
}
