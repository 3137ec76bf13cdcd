//! Every historic `qmp-commands.hx` and HMP file of the corpus parses, with
//! one command per `.name` entry and its docs attached.

mod hx_common;

use std::fs;

use qmp_schema::{DocKind, DocTarget, Returns};

#[test]
fn historic_qmp_files() {
    let Some(corpus) = qmp_test_support::corpus_part("historic_qmp_files", "hx") else {
        return;
    };
    let dirs = qmp_test_support::sorted_entries(&corpus.join("hx"));
    assert!(dirs.len() >= 8, "expected the 8 historic versions");
    for dir in dirs {
        let path = dir.join("qmp-commands.hx");
        let text = fs::read_to_string(&path).expect("read");
        let schema = qmp_schema::hx::parse(&path, &text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            schema.commands.len(),
            hx_common::count_names(&text),
            "{}",
            path.display()
        );
        assert!(schema.events.is_empty() && schema.types.is_empty());
        let sqmp = text.lines().filter(|l| l.starts_with("SQMP")).count();
        assert_eq!(schema.doc_blocks.len(), sqmp, "{}", path.display());
        assert!(schema.doc_blocks.iter().all(|b| b.kind == DocKind::Sqmp));
        // The introduction is free-standing; most commands are documented.
        assert_eq!(schema.doc_blocks[0].target, DocTarget::Free);
        let documented = schema.commands.iter().filter(|c| c.doc.is_some()).count();
        assert!(
            documented * 4 >= schema.commands.len() * 3,
            "{}",
            path.display()
        );
        for c in &schema.commands {
            assert_eq!(c.returns, Returns::Unknown);
            let hx = c.hx.as_ref().expect("hx fields");
            assert_eq!(hx.get("name"), Some(c.name.as_str()));
        }
        // QEMU 2.4's file ends inside an SQMP block: one warning, no error.
        let open_at_end = text
            .lines()
            .rev()
            .find(|l| l.starts_with("SQMP") || l.starts_with("EQMP"));
        let expect_warning = open_at_end.is_some_and(|l| l.starts_with("SQMP"));
        assert_eq!(
            schema.warnings.len(),
            usize::from(expect_warning),
            "{}",
            path.display()
        );
    }
}

#[test]
fn qemu_0_13_details() {
    let Some(corpus) = qmp_test_support::corpus_part("qemu_0_13_details", "hx") else {
        return;
    };
    let path = corpus.join("hx/qemu-0.13-dev-2010-11/qmp-commands.hx");
    let text = fs::read_to_string(&path).expect("read");
    let s = qmp_schema::hx::parse(&path, &text).expect("parses");
    let eject = s.command("eject").expect("eject");
    let hx = eject.hx.as_ref().expect("fields");
    let names: Vec<&str> = hx.fields.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "name",
            "args_type",
            "params",
            "help",
            "user_print",
            "mhandler.cmd_new"
        ]
    );
    assert_eq!(hx.get("user_print"), Some("monitor_user_noop"));
    let qmp_schema::Args::Members(ms) = &eject.args else {
        panic!("members")
    };
    assert_eq!(ms[0].name, "force");
    assert_eq!(ms[0].hx_kind.as_deref(), Some("-f"));
    assert!(ms[0].optional);
    assert_eq!(ms[1].hx_kind.as_deref(), Some("B"));
    let doc = eject.doc.as_ref().expect("doc");
    assert_eq!(doc.members.len(), 2);
    assert_eq!(doc.members[1].0, "device");
    assert_eq!(ms[1].doc.as_deref(), Some("device name (json-string)"));
    assert_eq!(doc.examples.len(), 1);
    // Multi-line help with tabs and escapes, concatenated.
    let migrate = s.command("migrate").expect("migrate");
    let help = migrate
        .hx
        .as_ref()
        .and_then(|h| h.get("help"))
        .expect("help");
    assert!(
        help.contains("\n\t\t\t -b for migration without shared storage with full copy of disk\n")
    );
    // The entry's location is its opening brace.
    let line = text
        .lines()
        .position(|l| l.contains("\"eject\""))
        .expect("eject line");
    assert_eq!(eject.loc.line as usize, line);
    assert_eq!(eject.loc.col, 5);
}

#[test]
fn conditions_from_preprocessor_lines() {
    let Some(corpus) = qmp_test_support::corpus_part("conditions_from_preprocessor_lines", "hx")
    else {
        return;
    };
    let path = corpus.join("hx/qemu-2.4/qmp-commands.hx");
    let text = fs::read_to_string(&path).expect("read");
    let s = qmp_schema::hx::parse(&path, &text).expect("parses");
    let spice = s.command("query-spice").expect("query-spice");
    assert_eq!(
        spice.cond,
        Some(qmp_schema::Cond::Name("CONFIG_SPICE".into()))
    );
    let rtc = s.command("rtc-reset-reinjection").expect("rtc");
    assert_eq!(rtc.cond, Some(qmp_schema::Cond::Name("TARGET_I386".into())));
    assert_eq!(s.command("quit").expect("quit").cond, None);
    // A doc block written before its entry is found by its title.
    let vnc = s.command("query-vnc").expect("query-vnc");
    assert!(vnc
        .doc
        .as_ref()
        .is_some_and(|d| !d.members.is_empty() || !d.body.is_empty()));
}

#[test]
fn hmp_files() {
    let Some(corpus) = qmp_test_support::corpus_part("hmp_files", "hmp/qemu-1.0") else {
        return;
    };
    for (file, stexi) in [
        ("hmp/qemu-1.0/hmp-commands.hx", true),
        ("hmp/qemu-10.0.2/hmp-commands.hx", false),
        ("hmp/qemu-10.0.2/hmp-commands-info.hx", false),
    ] {
        let path = corpus.join(file);
        let text = fs::read_to_string(&path).expect("read");
        let s = qmp_schema::hx::parse(&path, &text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.commands.len(), hx_common::count_names(&text), "{file}");
        let kind = if stexi { DocKind::Stexi } else { DocKind::Srst };
        let marker = if stexi { "STEXI" } else { "SRST" };
        assert_eq!(
            s.doc_blocks.len(),
            text.lines().filter(|l| l.starts_with(marker)).count()
        );
        assert!(s.doc_blocks.iter().all(|b| b.kind == kind), "{file}");
        assert!(s.warnings.is_empty(), "{file}: {:?}", s.warnings);
    }
    let path = corpus.join("hmp/qemu-10.0.2/hmp-commands.hx");
    let text = fs::read_to_string(&path).expect("read");
    let s = qmp_schema::hx::parse(&path, &text).expect("parses");
    // `name|alias`: the first name; the full field is kept.
    let quit = s.command("quit").expect("quit");
    assert_eq!(quit.hx.as_ref().and_then(|h| h.get("name")), Some("quit|q"));
    assert!(quit.allow_preconfig, ".flags = \"p\"");
    assert!(s.command("block_resize").expect("block_resize").coroutine);
    assert!(quit
        .doc
        .as_ref()
        .is_some_and(|d| d.body.contains("``quit``")));
    let info =
        fs::read_to_string(corpus.join("hmp/qemu-10.0.2/hmp-commands-info.hx")).expect("read");
    let s = hx_common::parse(&info).expect("parses");
    let tlb = s.command("tlb").expect("info tlb");
    assert!(matches!(tlb.cond, Some(qmp_schema::Cond::Any(ref v)) if v.len() == 6));
}
