//! The bindings check (`compare_schema`) on QEMU 10.0.2's captured
//! `query-qmp-schema`, with a hand-made bindings table covering each kind of
//! difference, and the shipped bindings against both captured servers.

mod common;

use qmp_client::{compare_schema, compare_schema_with, ArgDifference, ArgDifferenceKind as K};
use qmp_client::{Effect, Expected};
use qmp_schema::diff::{ChangeKind, Item};
use qmp_types::registry::{ArgInfo, CommandInfo};
use serde_json::Value;

const fn arg(name: &'static str, optional: bool) -> ArgInfo {
    ArgInfo {
        name,
        optional,
        ty: "str",
    }
}

const fn command(name: &'static str, args: &'static [ArgInfo]) -> CommandInfo {
    CommandInfo {
        name,
        allow_oob: false,
        args,
        extra_args: false,
        returns: "any",
        features: &[],
        availability: qmp_types::Availability::UNKNOWN,
    }
}

const TABLE: &[CommandInfo] = &[
    command("query-status", &[]),
    command("getfd", &[arg("fdname", false)]),
    command("no-such-command", &[]),
    // `size` belongs to the null-co variant of the union argument type.
    command(
        "blockdev-add",
        &[
            arg("driver", false),
            arg("node-name", true),
            arg("size", true),
        ],
    ),
    command("closefd", &[]),
    command("query-version", &[arg("made-up", true)]),
    command("netdev_del", &[arg("id", true)]),
    command("block_resize", &[arg("device", false), arg("size", false)]),
];

fn schema(file: &str) -> Option<Value> {
    let path = qmp_test_support::corpus("schema")?
        .join("introspect")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("read the capture");
    let capture: Value = serde_json::from_str(&text).expect("JSON");
    Some(capture["query-qmp-schema"].clone())
}

fn diff(command: &str, argument: &str, kind: K) -> ArgDifference {
    ArgDifference {
        command: command.into(),
        argument: argument.into(),
        kind,
        expected: None,
    }
}

#[test]
fn every_kind_of_difference_is_found() {
    let Some(schema) = schema("qemu-system-x86_64-10.0.2.json") else {
        return;
    };
    let report = compare_schema(&schema, TABLE).expect("an introspection array");
    assert_eq!(report.checked, TABLE.len());
    assert!(report.server_commands > 200);
    assert_eq!(report.missing_commands, ["no-such-command"]);
    assert_eq!(
        report.argument_differences,
        [
            diff("closefd", "fdname", K::RequiredUnknown),
            diff("query-version", "made-up", K::MissingOnServer),
            diff("netdev_del", "id", K::RequiredOnServer),
            diff("block_resize", "device", K::OptionalOnServer),
        ]
    );
    assert!(!report.is_clean());
    let text = report.to_string();
    assert!(
        text.contains("missing on the server: no-such-command"),
        "{text}"
    );
    assert!(
        text.contains("closefd argument fdname: required by the server"),
        "{text}"
    );
}

#[test]
fn a_reply_that_is_not_a_schema_is_an_error() {
    assert!(compare_schema(&serde_json::json!({"a": 1}), TABLE).is_err());
    let empty = compare_schema(&serde_json::json!([]), TABLE).expect("an empty schema");
    assert_eq!(empty.missing_commands.len(), TABLE.len());
}

#[test]
fn shipped_bindings_against_the_captured_servers() {
    let Some(system) = schema("qemu-system-x86_64-10.0.2.json") else {
        return;
    };
    let report = compare_schema(&system, qmp_bindings::api::COMMANDS).expect("schema");
    eprintln!("qemu-system-x86_64 10.0.2:\n{report}");
    assert!(!report.missing_commands.iter().any(|c| c == "query-status"));
    let Some(qsd) = schema("qemu-storage-daemon-10.0.2.json") else {
        return;
    };
    let report = compare_schema(&qsd, qmp_bindings::api::COMMANDS).expect("schema");
    assert!(report.missing_commands.iter().any(|c| c == "query-status"));
    assert!(!report.missing_commands.iter().any(|c| c == "blockdev-add"));
}

/// The full comparison on the captures: what 10.0.2 lacks is explained
/// by its build or by the releases the bindings also cover, and telling
/// the releases apart needs the server's version.
#[test]
fn captured_servers_differ_only_as_expected() {
    let (Some(system), Some(qsd)) = (
        schema("qemu-system-x86_64-10.0.2.json"),
        schema("qemu-storage-daemon-10.0.2.json"),
    ) else {
        return;
    };
    let api = (qmp_bindings::api::COMMANDS, qmp_bindings::api::SCHEMA_JSON);
    let v10 = qmp_types::VersionTriple {
        major: 10,
        minor: 0,
        micro: 2,
    };
    let report = compare_schema_with(&system, api.0, api.1, Some(v10)).expect("compare");
    assert!(report.is_clean(), "{report}");
    assert_eq!(report.real_differences().count(), 0, "{report}");
    assert!(report.expected_differences().count() > 50);

    // Without the version, what older releases had is a real difference
    // (the server might be one of them); build conditions still explain.
    let unknown = compare_schema_with(&system, api.0, api.1, None).expect("compare");
    assert!(!unknown.is_clean());
    assert!(unknown
        .real_differences()
        .all(|d| d.change.kind == ChangeKind::Removed));
    assert!(unknown
        .real_differences()
        .any(|d| d.change.path == "command migrate arguments" && d.change.name == "blk?"));
    assert_eq!(unknown.real_missing_commands().count(), 0);
    let text = unknown.to_string();
    assert!(
        text.contains(
            "argument refused: breaks-requests: command migrate arguments: member blk? removed\n"
        ),
        "{text}"
    );

    let daemon = compare_schema_with(&qsd, api.0, api.1, Some(v10)).expect("compare");
    for d in daemon.real_differences() {
        assert!(
            matches!(d.change.item, Item::Command | Item::Event),
            "{}",
            d.change
        );
        assert!(matches!(
            d.effects[..],
            [Effect::CommandRefused] | [Effect::NeverSent]
        ));
    }
    assert_eq!(
        daemon.missing_expected("query-spice"),
        Some(&Expected::NotInThisBuild("CONFIG_SPICE".into()))
    );
    assert_eq!(daemon.missing_expected("query-status"), None);
    assert!(daemon.real_missing_commands().any(|c| c == "query-status"));
}
