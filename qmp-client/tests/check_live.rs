//! The bindings check against real servers, telling expected differences
//! (what this build or release of QEMU lacks) from real ones:
//! `qemu-system-x86_64 -M pc` 10.0.2 has none; `qemu-storage-daemon`
//! 10.0.2 lacks only commands and events, which its own schema does not
//! have either; QEMU 7.2's real differences are all differences between
//! 7.2's and 10.0.2's own schemas that the availability data does not
//! track.

mod common;

use common::Qemu;
use qmp_client::{AsyncClient, Client, Error, Expected, Report};
use qmp_schema::diff::{diff, Change, ChangeKind, Diff, Item};
use qmp_schema::Schema;
use qmp_types::ErrorClass;
use serde_json::json;
use std::path::Path;

/// The shipped schema as it is written (with its build conditions).
fn shipped() -> Schema {
    let hx = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/qmp-commands.hx");
    qmp_schema::load(&hx, None).expect("the shipped schema")
}

fn is_10_0(q: &Qemu, test: &str) -> bool {
    let (major, minor, _) = q.version();
    let ok = (major, minor) == (10, 0);
    if !ok {
        qmp_test_support::skip(test, "the server is not QEMU 10.0");
    }
    ok
}

/// Sends `name` (a command the server lacks) and expects "not found".
fn refused_as_unknown(qmp: &mut Client, name: &str) {
    match qmp.execute_raw(name, None) {
        Err(Error::Server { class, .. }) => {
            assert_eq!(class, ErrorClass::CommandNotFound, "{name}")
        }
        other => panic!("{name}: {other:?}"),
    }
}

/// A blocking client on `server` and its bindings check (printed, for the
/// test's log).
fn checked(server: &Qemu) -> (Client, Report) {
    let mut qmp: Client = Client::connect(server.socket()).expect("connect");
    let report = qmp.check_bindings().expect("check");
    eprintln!("{report}");
    (qmp, report)
}

#[test]
fn qemu_system_pc_has_no_real_difference() {
    let test = "check -M pc";
    let Some(server) = Qemu::system(&["-M", "pc", "-S"]) else {
        return;
    };
    if !is_10_0(&server, test) {
        return;
    }
    let (mut qmp, report) = checked(&server);
    assert!(report.is_clean(), "{report}");
    assert_eq!(report.real_differences().count(), 0, "{report}");
    assert_eq!(report.real_missing_commands().count(), 0, "{report}");
    assert!(report
        .argument_differences
        .iter()
        .all(|a| a.expected.is_some()));
    let text = report.to_string();
    assert!(text.contains(": 0 real differences"), "{text}");
    // Every difference is kept, with its reason; both kinds occur.
    let expected: Vec<&Expected> = report
        .expected_differences()
        .filter_map(|d| d.expected.as_ref())
        .collect();
    assert_eq!(expected.len(), report.differences.len());
    assert!(expected
        .iter()
        .any(|e| matches!(e, Expected::NotInThisBuild(c) if c == "TARGET_S390X")));
    assert!(expected
        .iter()
        .any(|e| matches!(e, Expected::NotInThisRelease { .. })));
    assert!(text.contains("[not in this build: TARGET_S390X]"), "{text}");
    assert!(text.contains("[kept for QEMU <= 8.1]"), "{text}");
    assert!(
        text.contains("[optional here: only QEMU >= 8.0 has it]"),
        "{text}"
    );
    // What the check calls missing, the server refuses as unknown (only
    // queries are sent).
    let shipped = shipped();
    for name in &report.missing_commands {
        let cond = shipped.command(name).and_then(|c| c.cond.as_ref());
        let why = report.missing_expected(name);
        assert!(
            matches!((cond, why), (Some(c), Some(Expected::NotInThisBuild(w))) if *w == c.to_string()),
            "{name}: {why:?}"
        );
        if name.starts_with("query-") {
            refused_as_unknown(&mut qmp, name);
        }
    }
    // An argument kept for older releases is refused by name.
    let kept = report
        .argument_differences
        .iter()
        .find(|a| a.command == "trace-event-get-state" && a.argument == "vcpu")
        .expect("vcpu, kept for QEMU <= 8.1");
    assert_eq!(
        kept.expected.as_ref().map(|e| e.to_string()).as_deref(),
        Some("kept for QEMU <= 8.1")
    );
    let args = json!({"name": "qmp_*", "vcpu": 0})
        .as_object()
        .cloned()
        .expect("an object");
    match qmp.execute_raw("trace-event-get-state", Some(args)) {
        Err(Error::Server { desc, .. }) => assert!(desc.contains("vcpu"), "{desc}"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn the_async_client_reports_the_same() {
    let Some(server) = Qemu::system(&["-M", "pc", "-S"]) else {
        return;
    };
    let qmp: AsyncClient = AsyncClient::connect(server.socket())
        .await
        .expect("connect");
    let report = qmp.check_bindings().await.expect("check");
    // The monitor serves one client at a time.
    drop(qmp);
    let mut blocking: Client = Client::connect(server.socket()).expect("connect");
    assert_eq!(report, blocking.check_bindings().expect("check"));
    assert!(!report.differences.is_empty());
}

/// The commands and events of the bindings that the storage daemon's own
/// QAPI schema (10.0.2) has.
fn daemon_schema(test: &str) -> Option<Schema> {
    let corpus = qmp_test_support::corpus(test)?;
    let path = corpus.join("qapi/qemu-10.0.2/storage-daemon/qapi/qapi-schema.json");
    Some(qmp_schema::load(&path, None).expect("the storage daemon's schema"))
}

#[test]
fn the_storage_daemon_lacks_only_commands_and_events() {
    let test = "check storage daemon";
    let Some(server) = Qemu::storage_daemon() else {
        return;
    };
    let Some(own) = daemon_schema(test) else {
        return;
    };
    if !is_10_0(&server, test) {
        return;
    }
    let (mut qmp, report) = checked(&server);
    assert!(!report.is_clean());
    let shipped = shipped();
    let mut real_commands = 0;
    for d in report.real_differences() {
        let c = &d.change;
        assert_eq!(c.kind, ChangeKind::Removed, "{c}");
        match c.item {
            Item::Command => {
                real_commands += 1;
                assert!(own.command(&c.name).is_none(), "the daemon has {}", c.name);
                // Only conditional commands are expected.
                let cmd = shipped.command(&c.name).expect("a command of the bindings");
                assert!(cmd.cond.is_none(), "{c}");
                if c.name.starts_with("query-") {
                    refused_as_unknown(&mut qmp, &c.name);
                }
            }
            Item::Event => assert!(own.event(&c.name).is_none(), "the daemon has {}", c.name),
            _ => panic!("not a missing command or event: {c}"),
        }
    }
    assert_eq!(real_commands, report.real_missing_commands().count());
    assert!(real_commands > 100, "{report}");
    for name in &report.missing_commands {
        let conditional = shipped.command(name).is_some_and(|c| c.cond.is_some());
        assert_eq!(
            report.missing_expected(name).is_some(),
            conditional,
            "{name}"
        );
    }
    assert!(report
        .argument_differences
        .iter()
        .all(|a| a.expected.is_some()));
    assert!(!report.missing_commands.iter().any(|c| c == "blockdev-add"));
}

/// Whether `qapi` (QEMU 7.2's schema to 10.0.2's) has the change `c`
/// (from the bindings to a 7.2 server) the other way round.
fn reversed_in(qapi: &Diff, c: &Change) -> bool {
    let reversed = match &c.kind {
        ChangeKind::Added => ChangeKind::Removed,
        ChangeKind::Removed => ChangeKind::Added,
        ChangeKind::BecameRequired => ChangeKind::BecameOptional,
        ChangeKind::BecameOptional => ChangeKind::BecameRequired,
        ChangeKind::Changed { from, to } => ChangeKind::Changed {
            from: to.clone(),
            to: from.clone(),
        },
    };
    qapi.changes.iter().any(|q| {
        q.item == c.item
            && q.kind == reversed
            // A tag change is named after the new tag.
            && (q.item == Item::Tag || q.name == c.name)
            && q.roots.iter().any(|r| c.roots.contains(r))
    })
}

#[test]
fn qemu_7_2_real_differences_are_differences_of_its_own_schema() {
    let test = "check 7.2";
    let Some(q72) = qmp_test_support::qemu_7_2(test) else {
        return;
    };
    let Some(corpus) = qmp_test_support::corpus(test) else {
        return;
    };
    let old = qmp_schema::load(&q72.qapi_schema(), None).expect("7.2's schema");
    let new_path = corpus.join("qapi/qemu-10.0.2/qapi/qapi-schema.json");
    let new = qmp_schema::load(&new_path, None).expect("10.0.2's schema");
    let qapi = diff(&old, &new);
    let server = q72.system(&["-M", "pc", "-S"]);
    let (_, report) = checked(&server);
    let real: Vec<&Change> = report.real_differences().map(|d| &d.change).collect();
    for c in &real {
        // Every command, event, member or enum value the bindings have and
        // 7.2 lacks is explained.
        let item = matches!(
            c.item,
            Item::Command | Item::Event | Item::Member | Item::EnumValue
        );
        assert!(!(item && c.kind == ChangeKind::Removed), "{c}");
        // The rest is a real difference between 7.2 and 10.0.2 that the
        // data does not track: optionality, a struct that became a union,
        // features, commands and events removed since 7.2; or a feature
        // of a member 10.0.2 no longer has, kept without its features.
        let of_removed_member = c.item == Item::Feature
            && c.path.rsplit_once('.').is_some_and(|(_, member)| {
                qapi.changes.iter().any(|q| {
                    q.item == Item::Member
                        && q.kind == ChangeKind::Removed
                        && q.name.trim_end_matches('?') == member
                        && q.roots.iter().any(|r| c.roots.contains(r))
                })
            });
        assert!(
            reversed_in(&qapi, c) || of_removed_member,
            "not a 7.2 -> 10.0.2 change: {c}"
        );
    }
    assert!(!real.is_empty() && real.len() < 40, "{report}");
    // A command the data says 7.2 lacks is absent from its schema, and the
    // client refuses it before sending.
    for name in &report.missing_commands {
        if let Some(Expected::NotInThisRelease { .. }) = report.missing_expected(name) {
            assert!(old.command(name).is_none(), "7.2 has {name}");
        }
    }
    let audiodevs = report
        .missing_expected("query-audiodevs")
        .map(|e| e.to_string());
    assert_eq!(audiodevs.as_deref(), Some("only in QEMU >= 8.0"));
}
