//! What the clients do with the QEMU releases the bindings know of, against
//! a real QEMU 7.2 and a real 10.0.2: a command the server's release lacks
//! is refused before it is sent; a reply that does not decode names the
//! Rust type and says when the server is older than the bindings; and
//! `check_bindings` reports each difference in arguments, replies and
//! events with what it does to a call.

mod common;

use common::Qemu;
use qmp_client::{AsyncClient, Client, Effect, Error};
use qmp_types::{Availability, Command, QemuRelease};
use serde::{Deserialize, Serialize};

/// `query-audiodevs`, new in QEMU 8.0, as bindings for 7.2 and later
/// describe it.
#[derive(Serialize)]
struct QueryAudiodevs {}

impl Command for QueryAudiodevs {
    const NAME: &'static str = "query-audiodevs";
    const ALLOW_OOB: bool = false;
    type Returns = serde_json::Value;
    const AVAILABILITY: Availability = Availability {
        since: Some(QemuRelease::new(8, 0)),
        missing_in: Some(QemuRelease::new(7, 2)),
        newest: Some(QemuRelease::new(10, 0)),
    };
}

/// `query-machines` as exact bindings of QEMU 10.0 see it: `acpi`
/// (new in 8.0) required.
#[derive(Serialize)]
struct QueryMachines10 {}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct MachineInfo10 {
    name: String,
    acpi: bool,
}

impl Command for QueryMachines10 {
    const NAME: &'static str = "query-machines";
    const ALLOW_OOB: bool = false;
    type Returns = Vec<MachineInfo10>;
    const AVAILABILITY: Availability = Availability {
        since: None,
        missing_in: None,
        newest: Some(QemuRelease::new(10, 0)),
    };
}

fn qemu_72() -> Option<qmp_test_support::Qemu> {
    Some(qmp_test_support::qemu_7_2("client versions")?.system(&[]))
}

#[test]
fn a_command_the_server_lacks_is_refused_before_sending() {
    let Some(old) = qemu_72() else { return };
    let mut qmp: Client = Client::connect(old.socket()).expect("connect");
    match qmp.execute(&QueryAudiodevs {}) {
        Err(e @ Error::Unavailable { .. }) => assert_eq!(
            e.to_string(),
            "query-audiodevs: needs QEMU 8.0 or later (QEMU 7.2 lacks it); \
             the server is QEMU 7.2.22, so it was not sent"
        ),
        other => panic!("{other:?}"),
    }
    // Nothing was sent: the connection is in step, and the raw command
    // shows what the server would have said.
    let raw = qmp.execute_raw("query-audiodevs", None).unwrap_err();
    assert!(matches!(raw, Error::Server { .. }), "{raw:?}");
    qmp.execute(&qmp_bindings::api::QueryStatus)
        .expect("query-status");

    // A 10.0 server has it, and gets it.
    let Some(new) = Qemu::system(&[]) else { return };
    let mut qmp: Client = Client::connect(new.socket()).expect("connect");
    let devs = qmp
        .execute(&QueryAudiodevs {})
        .expect("query-audiodevs on 10.0");
    assert!(devs.is_array(), "{devs}");
}

#[tokio::test]
async fn the_async_client_refuses_too() {
    let Some(old) = qemu_72() else { return };
    let qmp: AsyncClient = AsyncClient::connect(old.socket()).await.expect("connect");
    let e = qmp.execute(&QueryAudiodevs {}).await.unwrap_err();
    assert!(matches!(e, Error::Unavailable { .. }), "{e:?}");
    qmp.execute(&qmp_bindings::api::QueryStatus)
        .await
        .expect("in step");
}

#[test]
fn a_decode_error_names_the_type_and_the_older_server() {
    let Some(old) = qemu_72() else { return };
    let mut qmp: Client = Client::connect(old.socket()).expect("connect");
    let Err(Error::Decode(d)) = qmp.execute(&QueryMachines10 {}) else {
        panic!("7.2's machines have no acpi member")
    };
    assert!(
        d.rust_type.ends_with("Vec<versions::MachineInfo10>"),
        "{}",
        d.rust_type
    );
    let text = d.to_string();
    assert!(text.starts_with("query-machines: the reply does not decode into alloc::vec::Vec<versions::MachineInfo10> at `[0]`: missing field `acpi`"), "{text}");
    assert!(
        text.ends_with("(the server, QEMU 7.2.22, is older than QEMU 10.0, the newest release these bindings were generated for)"),
        "{text}"
    );
    // The shipped bindings, made for 7.2 and later, decode it.
    let machines = qmp
        .execute(&qmp_bindings::api::QueryMachines { compat_props: None })
        .expect("decodes");
    assert!(machines.iter().all(|m| m.acpi.is_none()));
}

/// Against 7.2, the check names each difference with its effect; what it
/// predicts for replies is what really happens to them.
#[test]
fn check_bindings_on_qemu_7_2_predicts_the_effects() {
    let Some(old) = qemu_72() else { return };
    let mut qmp: Client = Client::connect(old.socket()).expect("connect");
    let report = qmp.check_bindings().expect("check");
    eprintln!("{report}");
    // Commands the bindings say 7.2 lacks are the ones it lacks.
    let v = &qmp.greeting().qmp.version.qemu;
    for c in qmp_bindings::api::COMMANDS {
        let refused = report.missing_commands.iter().any(|m| m == c.name);
        if c.availability.lacked_by(v) {
            assert!(refused, "{}: the bindings say 7.2 lacks it", c.name);
        }
    }
    // Members 10.0 added are optional in these bindings: no reply of 7.2
    // fails to decode for lack of them, and nothing 7.2 sends is dropped.
    let harmful_replies: Vec<String> = report
        .differences
        .iter()
        .filter(|d| {
            d.effects.contains(&Effect::FailsToDecode) || d.effects.contains(&Effect::MemberDropped)
        })
        .filter(|d| !d.change.path.starts_with("command query-sev "))
        .map(|d| d.change.to_string())
        .collect();
    assert_eq!(harmful_replies, Vec::<String>::new(), "{report}");
    // 7.2 lacks `active` of block nodes: a member of the bindings the
    // server does not send, harmless since it is optional here.
    assert!(report
        .differences
        .iter()
        .any(|d| d.change.name == "active?" && d.effects == [Effect::None]));
}

/// The same bindings without the range (exact 10.0 bindings) would fail
/// on 7.2's replies; the check, given such a schema, says so.
#[test]
fn check_bindings_of_exact_10_0_bindings_predicts_the_decode_failures() {
    let Some(old) = qemu_72() else { return };
    let Some(corpus) = qmp_test_support::corpus("check exact") else {
        return;
    };
    let hx = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/qmp-commands.hx");
    let exact = qmp_schema::load(&hx, None).expect("the shipped schema");
    let exact_json = qmp_schema::introspect::to_json(&exact).to_string();
    let mut qmp: Client = Client::connect(old.socket()).expect("connect");
    let schema = qmp.execute_raw("query-qmp-schema", None).expect("schema");
    let version = qmp.greeting().qmp.version.qemu;
    let report = qmp_client::compare_schema_with(
        &schema,
        qmp_bindings::api::COMMANDS,
        &exact_json,
        Some(version),
    )
    .expect("compare");
    let fails: Vec<String> = report
        .differences
        .iter()
        .filter(|d| d.effects.contains(&Effect::FailsToDecode))
        .map(|d| d.change.to_string())
        .collect();
    let dropped: Vec<String> = report
        .differences
        .iter()
        .filter(|d| d.effects.contains(&Effect::MemberDropped))
        .map(|d| d.change.to_string())
        .collect();
    // The two real decode failures of issue 11, and the dropped members.
    assert!(
        fails
            .iter()
            .any(|c| c.contains("query-machines return[]: member acpi removed")),
        "{fails:#?}"
    );
    assert!(
        fails.iter().any(|c| c.contains(": member active removed")),
        "{fails:#?}"
    );
    assert!(
        dropped
            .iter()
            .any(|c| c.contains("query-status return: member singlestep added")),
        "{dropped:#?}"
    );
    assert!(!report.is_clean());
    let _ = corpus;
}

/// Against 10.0, the newest release of the bindings, only what the server
/// lacks differs: what the bindings keep for older releases (arguments and
/// enum values 10.0 removed, refused when used) and what this build of
/// QEMU was compiled without. Every reply decodes.
#[test]
fn check_bindings_on_qemu_10_0_finds_only_what_older_releases_had() {
    let Some(new) = Qemu::system(&[]) else { return };
    let mut qmp: Client = Client::connect(new.socket()).expect("connect");
    let report = qmp.check_bindings().expect("check");
    // Every difference is explained by this build or by the releases the
    // bindings also cover.
    assert!(report.is_clean(), "{report}");
    assert_eq!(report.real_differences().count(), 0, "{report}");
    // Commands of other targets or build options are missing, nothing else.
    let hx = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/qmp-commands.hx");
    let shipped = qmp_schema::load(&hx, None).expect("the shipped schema");
    for c in &report.missing_commands {
        let cmd = shipped.command(c).expect("a command of the bindings");
        assert!(
            cmd.cond.is_some(),
            "{c} is missing but has no build condition"
        );
    }
    let mut refused = 0;
    for d in &report.differences {
        for e in &d.effects {
            match e {
                Effect::ArgumentRefused => {
                    let kind = &d.change.kind;
                    // Something the server lacks: kept for older
                    // releases, or under a build condition.
                    assert_eq!(*kind, qmp_schema::diff::ChangeKind::Removed, "{report}");
                    refused += 1;
                }
                Effect::CommandRefused => {
                    assert!(report.missing_commands.contains(&d.change.name))
                }
                e => assert!(!e.is_harmful(), "{e:?}: {}", d.change),
            }
        }
    }
    for a in &report.argument_differences {
        assert_eq!(
            a.kind,
            qmp_client::ArgDifferenceKind::MissingOnServer,
            "{report}"
        );
    }
    assert!(refused > 0, "the 7.2-era arguments kept in the bindings");
    assert!(
        !report.differences.is_empty(),
        "the server has more than the bindings"
    );
}
