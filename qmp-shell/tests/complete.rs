//! The completion engine and the HMP help from QEMU's own hx files.

mod common;

use std::sync::Arc;

use qmp_shell::complete::{HmpCompleter, QmpCompleter};
use qmp_shell::hmp::HmpDocs;

fn builtin() -> QmpCompleter {
    let (schema, problem) = qmp_shell::schema::builtin();
    assert_eq!(problem, None);
    QmpCompleter::new(Arc::new(schema), &["x-server-only".to_string()])
}

fn words(c: &QmpCompleter, line: &str) -> Vec<String> {
    c.complete(line, line.len(), false).1
}

#[test]
fn command_names() {
    let c = builtin();
    assert_eq!(
        words(&c, "query-sta"),
        ["query-stats ", "query-stats-schemas ", "query-status "]
    );
    assert_eq!(words(&c, "query-statu"), ["query-status "]);
    assert_eq!(
        c.complete("  block_re", 10, false),
        (2, vec!["block_resize ".to_string()])
    );
    assert_eq!(words(&c, "x-server"), ["x-server-only "]);
    assert_eq!(words(&c, "transac"), ["transaction ", "transaction( "]);
    let all = words(&c, "");
    assert!(all.len() > 100, "{}", all.len());
    assert!(all.contains(&"help ".to_string()));
    assert_eq!(words(&c, "help block_r"), ["block_resize"]);
}

#[test]
fn argument_names() {
    let c = builtin();
    assert_eq!(
        words(&c, "block_resize "),
        ["device=", "node-name=", "size="]
    );
    assert_eq!(words(&c, "block_resize node-name=disk0 s"), ["size="]);
    // Arguments already given are not offered again.
    assert_eq!(
        words(&c, "block_resize node-name=disk0 "),
        ["device=", "size="]
    );
    // Object members complete with a dot, their members after it.
    assert!(words(&c, "blockdev-add ").contains(&"cache.".to_string()));
    assert_eq!(
        words(&c, "blockdev-add driver=null-co cache."),
        ["cache.direct=", "cache.no-flush="]
    );
    // The union branch chosen by `driver` adds its members.
    assert!(words(&c, "blockdev-add driver=file ").contains(&"filename=".to_string()));
    assert!(!words(&c, "blockdev-add driver=null-co ").contains(&"filename=".to_string()));
    assert_eq!(words(&c, "no-such-command "), Vec::<String>::new());
}

#[test]
fn enum_and_boolean_values() {
    let c = builtin();
    assert_eq!(
        words(&c, "blockdev-add driver=null-co detect-zeroes="),
        [
            "detect-zeroes=off ",
            "detect-zeroes=on ",
            "detect-zeroes=unmap "
        ]
    );
    assert_eq!(
        words(&c, "blockdev-add driver=qc"),
        ["driver=qcow ", "driver=qcow2 "]
    );
    assert_eq!(
        words(&c, "blockdev-add driver=null-co read-only=t"),
        ["read-only=true "]
    );
    assert_eq!(
        words(&c, "blockdev-add driver=null-co cache.direct="),
        ["cache.direct=false ", "cache.direct=true "]
    );
}

#[test]
fn transaction_actions() {
    let Some(dir) = common::corpus("transaction_actions") else {
        return;
    };
    let schema =
        qmp_schema::load(&dir.join("introspect/qemu-system-x86_64-10.0.2.json"), None).unwrap();
    let c = QmpCompleter::new(Arc::new(schema), &[]);
    assert!(c
        .action_names()
        .contains(&"block-dirty-bitmap-add".to_string()));
    assert_eq!(
        words(&c, "transaction( block-dirty-bitmap-a"),
        ["block-dirty-bitmap-add "]
    );
    assert_eq!(
        words(&c, "transaction( block-dirty-bitmap-add node=d n"),
        ["name=", "node="]
            .iter()
            .filter(|w| **w != "node=")
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    );
    assert_eq!(words(&c, "transaction( abort ; ab"), ["abort "]);
    // On the lines of an open transaction, the first word is an action.
    let (_, w) = c.complete("block-dirty-bitmap-cl", 21, true);
    assert_eq!(w, ["block-dirty-bitmap-clear "]);
    let (_, w) = c.complete(")", 1, true);
    assert_eq!(w, [")"]);
}

#[test]
fn hmp_names_from_the_server_lists() {
    let c = HmpCompleter {
        commands: vec!["info".into(), "info_x".into(), "quit".into(), "q".into()],
        info: vec!["status".into(), "version".into()],
    };
    assert_eq!(c.complete("in", 2).1, ["info ", "info_x "]);
    assert_eq!(c.complete("info st", 7), (5, vec!["status ".to_string()]));
    assert_eq!(c.complete("help qu", 7).1, ["quit "]);
    assert!(c.complete("quit x", 6).1.is_empty());
}

#[test]
fn hmp_hints_and_help_from_qemu_hx_files() {
    let Some(dir) = common::corpus("hmp_hints_and_help_from_qemu_hx_files") else {
        return;
    };
    let hx = dir.join("hmp/qemu-10.0.2");
    let docs =
        HmpDocs::load(&[hx.join("hmp-commands.hx"), hx.join("hmp-commands-info.hx")]).unwrap();
    assert_eq!(docs.entries.len(), 113 + 69);
    assert_eq!(
        docs.hint("block_resize ").as_deref(),
        Some("device size -- resize a block image")
    );
    assert_eq!(
        docs.hint("help ").as_deref(),
        Some("[cmd] -- show the help")
    );
    assert_eq!(docs.hint("? ").as_deref(), Some("[cmd] -- show the help"));
    assert_eq!(
        docs.hint("info version ").as_deref(),
        Some("-- show the version of QEMU")
    );
    assert_eq!(docs.hint("block_resize"), None);
    assert_eq!(docs.hint("block_resize disk0 "), None);
    let help = docs.help_text(&["commit"]).unwrap();
    assert!(help.starts_with("commit device|all\n"), "{help}");
    assert!(help.contains("``commit``"), "{help}");
    let help = docs.help_text(&["info", "network"]).unwrap();
    assert!(
        help.starts_with("info network\n  show the network state\n"),
        "{help}"
    );
    assert!(help.contains("``info network``"), "{help}");
    assert!(docs.help_text(&["no_such_command"]).is_none());
}
