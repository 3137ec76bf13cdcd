//! The bindings check (`compare_schema`) on QEMU 10.0.2's captured
//! `query-qmp-schema`, with a hand-made bindings table covering each kind of
//! difference, and the shipped bindings against both captured servers.

mod common;

use qmp_client::{compare_schema, ArgDifference, ArgDifferenceKind as K};
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
