//! The typed hx dialect: every kind of entry, conditions and docs.

mod hx_common;

use qmp_schema::{Args, Builtin, Cond, DocTarget, Returns, TypeKind, TypeRef};

const FILE: &str = r#"HXCOMM A typed definition file.

SQMP
Introduction
============

Free text.
EQMP

    {
        .name            = "query-status",
        .args_type       = "",
        .returns         = "StatusInfo",
        .allow_preconfig = true,
    },

SQMP
query-status
------------

Return the run state.

Example:

-> { "execute": "query-status" }
<- { "return": { "running": true,
                 "status": "running" } }

EQMP

    {
        .name      = "stop",
        .args_type = "force:-f,id:str?",
        .features  = "deprecated,unstable",
        .allow_oob = true,
    },
    {
        .struct  = "StatusInfo",
        .members = "running:bool,status:RunState",
    },

SQMP
StatusInfo
----------

The run state.

Members:

- "running": whether it runs
- "status": the state
EQMP

#if defined(CONFIG_X) && !defined(CONFIG_Y)
    {
        .enum     = "RunState",
        .values   = "debug,running,paused",
        .features = "unstable",
    },
#endif
    {
        .struct  = "Base",
        .members = "kind:RunState,id:int",
    },
    {
        .struct  = "Derived",
        .base    = "Base",
        .members = "extra:[str]?",
    },
    {
        .union         = "U",
        .base          = "Base",
        .discriminator = "kind",
        .variants      = "debug:DebugInfo,running:StatusInfo",
    },
    {
        .alternate = "Alt",
        .variants  = "s:str,n:int,o:StatusInfo",
    },
    {
        .event = "STOP",
        .data  = "",
    },
    {
        .event = "BLOCK_IO_ERROR",
        .data  = "device:str,nospace:bool?",
    },

SQMP
BLOCK_IO_ERROR
--------------

Data:

- "device": the device
EQMP
    {
        .struct  = "DebugInfo",
        .members = "level:uint8",
    },
"#;

#[test]
fn typed_file() {
    let s = hx_common::parse(FILE).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.commands.len(), 2);
    assert_eq!(s.events.len(), 2);
    assert_eq!(s.types.len(), 7);

    let qs = s.command("query-status").expect("query-status");
    assert_eq!(
        qs.returns,
        Returns::Type(TypeRef::Named("StatusInfo".into()))
    );
    assert!(qs.allow_preconfig && !qs.allow_oob);
    assert_eq!((qs.loc.line, qs.loc.col), (10, 5));
    let doc = qs.doc.as_ref().expect("doc");
    assert_eq!(doc.body, "Return the run state.");
    assert_eq!(doc.examples.len(), 1);
    assert_eq!(doc.examples[0].lines().count(), 3);

    let stop = s.command("stop").expect("stop");
    // A command without `.returns` in a typed file returns nothing.
    assert_eq!(stop.returns, Returns::Empty);
    assert!(stop.allow_oob);
    let feats: Vec<&str> = stop.features.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(feats, ["deprecated", "unstable"]);
    let Args::Members(ms) = &stop.args else {
        panic!()
    };
    assert_eq!(ms[1].ty, TypeRef::Builtin(Builtin::Str));
    assert!(ms[1].optional);
    assert_eq!((ms[1].loc.line, ms[1].loc.col), (33, 32));
    assert!(stop.doc.is_none());

    let si = s.type_def("StatusInfo").expect("StatusInfo");
    assert!(matches!(&si.kind, TypeKind::Struct(st) if st.members.len() == 2 && st.base.is_none()));
    assert_eq!(si.doc.as_ref().map(|d| d.members.len()), Some(2));
    let TypeKind::Struct(st) = &si.kind else {
        panic!()
    };
    assert_eq!(st.members[0].doc.as_deref(), Some("whether it runs"));

    let rs = s.type_def("RunState").expect("RunState");
    assert_eq!(
        rs.cond,
        Some(Cond::All(vec![
            Cond::Name("CONFIG_X".into()),
            Cond::Not(Box::new(Cond::Name("CONFIG_Y".into())))
        ]))
    );
    let TypeKind::Enum(e) = &rs.kind else {
        panic!()
    };
    assert_eq!(
        e.values.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
        ["debug", "running", "paused"]
    );
    assert_eq!((e.values[1].loc.line, e.values[1].loc.col), (57, 28));
    assert_eq!(s.type_def("Base").expect("Base").cond, None);

    let TypeKind::Struct(d) = &s.type_def("Derived").expect("Derived").kind else {
        panic!()
    };
    assert_eq!(d.base.as_deref(), Some("Base"));
    let TypeKind::Union(u) = &s.type_def("U").expect("U").kind else {
        panic!()
    };
    assert_eq!(
        (u.base.as_deref(), u.discriminator.as_str()),
        (Some("Base"), "kind")
    );
    assert_eq!(u.variants.len(), 2);
    let TypeKind::Alternate(a) = &s.type_def("Alt").expect("Alt").kind else {
        panic!()
    };
    assert_eq!(a.variants[2].ty, TypeRef::Named("StatusInfo".into()));

    let ev = s.event("BLOCK_IO_ERROR").expect("event");
    let Args::Members(data) = &ev.data else {
        panic!()
    };
    assert_eq!(data.len(), 2);
    assert_eq!(
        ev.doc.as_ref().map(|d| d.members.clone()),
        Some(vec![("device".into(), "the device".into())])
    );
    assert_eq!(s.event("STOP").expect("STOP").data, Args::none());

    let targets: Vec<&DocTarget> = s.doc_blocks.iter().map(|b| &b.target).collect();
    assert_eq!(
        targets,
        [
            &DocTarget::Free,
            &DocTarget::Command("query-status".into()),
            &DocTarget::Type("StatusInfo".into()),
            &DocTarget::Event("BLOCK_IO_ERROR".into()),
        ]
    );
    assert_eq!((s.doc_blocks[1].loc.line, s.doc_blocks[1].loc.col), (18, 1));
    assert!(s.warnings.is_empty());
}

#[test]
fn commands_that_take_extra_arguments() {
    let s = hx_common::parse(concat!(
        "{ .name = \"device_add\", .args_type = \"driver:str,id:str?\", .gen = false },\n",
        "{ .name = \"device_del\", .args_type = \"id:str\", .gen = true },\n",
        "{ .name = \"query-status\", .returns = \"\" },\n",
    ))
    .expect("parses");
    let extra: Vec<(bool, bool)> = s
        .commands
        .iter()
        .map(|c| (c.gen, c.takes_extra_args()))
        .collect();
    assert_eq!(extra, [(false, true), (true, false), (true, false)]);
    // A historic option list: the `O` member is the arguments themselves.
    let s = hx_common::parse("{ .name = \"netdev_add\", .args_type = \"netdev:O\" },\n")
        .expect("parses");
    let c = &s.commands[0];
    assert!(c.gen);
    assert!(c.takes_extra_args());
    let Args::Members(ms) = &c.args else {
        panic!("members expected");
    };
    assert!(ms[0].is_option_list());
}

#[test]
fn historic_file_returns_unknown() {
    let s = hx_common::parse("{ .name = \"a\", .args_type = \"\" },\n").expect("parses");
    assert_eq!(s.commands[0].returns, Returns::Unknown);
    let s = hx_common::parse("{ .name = \"a\", .returns = \"\" },\n{ .name = \"b\" },\n")
        .expect("parses");
    assert_eq!(s.commands[0].returns, Returns::Empty);
    assert_eq!(s.commands[1].returns, Returns::Empty);
}

#[test]
fn preprocessor_forms() {
    let text = "#ifdef A\n{ .name = \"a\" },\n#elif defined(B) || \\\n  defined(C)\n{ .name = \"b\" },\n#else\n{ .name = \"c\" },\n#endif\n#ifndef D\n{ .name = \"d\" },\n#endif\n";
    let s = hx_common::parse(text).expect("parses");
    let n = |x: &str| Cond::Name(x.into());
    let not = |c: Cond| Cond::Not(Box::new(c));
    let bc = Cond::Any(vec![n("B"), n("C")]);
    assert_eq!(s.commands[0].cond, Some(n("A")));
    assert_eq!(
        s.commands[1].cond,
        Some(Cond::All(vec![not(n("A")), bc.clone()]))
    );
    assert_eq!(
        s.commands[2].cond,
        Some(Cond::All(vec![not(n("A")), not(bc)]))
    );
    assert_eq!(s.commands[3].cond, Some(not(n("D"))));
}

#[test]
fn headings_def_statements_and_compact_entries() {
    let text = "DEFHEADING(Standard options:)\nSTEXI\n@table\nETEXI\nDEF(\"m\", HAS_ARG, QEMU_OPTION_m,\n    \"-m size\\n\", QEMU_ARCH_ALL)\nSTEXI\n@item -m\nETEXI\n{ .name = \"x\" }, { .name = \"y\" },\n/* a C comment */\nARCHHEADING(Arch:, QEMU_ARCH_I386)\n";
    let s = hx_common::parse(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.commands.len(), 2);
    let texts: Vec<(&str, &DocTarget)> = s
        .doc_blocks
        .iter()
        .map(|b| (b.text.as_str(), &b.target))
        .collect();
    assert_eq!(
        texts,
        [
            ("Standard options:\n", &DocTarget::Free),
            ("@table\n", &DocTarget::Free),
            ("@item -m\n", &DocTarget::Free),
            ("Arch:\n", &DocTarget::Free),
        ]
    );
}

#[test]
fn hxcomm_inside_blocks_and_last_line_without_newline() {
    let s =
        hx_common::parse("SQMP\na\nHXCOMM hidden\nb\nEQMP\nSQMP\nc\nlast").expect("warning only");
    assert_eq!(s.doc_blocks[0].text, "a\nb\n");
    // hxtool's `read` never returned a last line without a newline.
    assert_eq!(s.doc_blocks[1].text, "c\n");
    assert_eq!(s.warnings.len(), 1);
}

#[test]
fn byte_order_mark_and_crlf() {
    let s =
        hx_common::parse("\u{feff}HXCOMM x\r\n{\r\n .name = \"a\",\r\n},\r\nSQMP\r\nt\r\nEQMP\r\n")
            .expect("parses");
    assert_eq!(s.commands[0].name, "a");
    // hxtool kept the carriage returns.
    assert_eq!(s.doc_blocks[0].text, "t\r\n");
}

#[test]
fn directive_inside_an_entry() {
    let text = "{\n  .name = \"a\",\n#ifdef X\n  .flags = \"p\",\n#endif\n},\n{ .name = \"b\" },\n";
    let s = hx_common::parse(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.commands.len(), 2);
    // The entry's condition is the one around its opening brace.
    assert_eq!(s.commands[0].cond, None);
    assert_eq!(s.commands[1].cond, None);
    assert!(s.commands[0].allow_preconfig);
}
