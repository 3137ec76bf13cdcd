//! The typed dialect's means to say everything QAPI says: `#include`,
//! `#if` groups around items of a list field, `+feature` on members and
//! enum values, `.success_response`, `.prefix`, feature docs; and its
//! checks: unknown fields (with "did you mean"), conditional fields, include
//! cycles, missing and non-regular included files.

mod hx_common;

use std::path::Path;

use hx_common::{errors, parse};
use qmp_schema::{Args, Cond, TypeKind};

fn name(s: &str) -> Cond {
    Cond::Name(s.into())
}

#[test]
fn conditional_members_values_and_branches() {
    let text = r#"
    {
        .enum   = "Drv",
        .values = "file,"
#if defined(CONFIG_BLKIO)
                  "io_uring,nvme-io_uring,"
#endif
                  "raw",
    },
    {
        .struct  = "Opts",
        .members = "a:int,"
#if defined(CONFIG_LINUX) && !defined(CONFIG_WIN32)
                   "b:str?,"
#endif
                   "c:bool",
    },
    {
        .union         = "U",
        .members       = "driver:Drv",
        .discriminator = "driver",
        .variants      = "file:Opts,"
#ifdef CONFIG_BLKIO
                         "io_uring:Opts"
#endif
                         "",
    },
"#;
    let s = parse(text).unwrap_or_else(|e| panic!("{e}"));
    let TypeKind::Enum(e) = &s.types[0].kind else {
        panic!()
    };
    let conds: Vec<_> = e.values.iter().map(|v| v.cond.clone()).collect();
    let blkio = Some(name("CONFIG_BLKIO"));
    assert_eq!(conds, [None, blkio.clone(), blkio.clone(), None]);
    let TypeKind::Struct(st) = &s.types[1].kind else {
        panic!()
    };
    assert_eq!(st.members[0].cond, None);
    assert_eq!(
        st.members[1].cond,
        Some(Cond::All(vec![
            name("CONFIG_LINUX"),
            Cond::Not(Box::new(name("CONFIG_WIN32")))
        ]))
    );
    assert!(st.members[1].optional);
    assert_eq!(st.members[2].cond, None);
    let TypeKind::Union(u) = &s.types[2].kind else {
        panic!()
    };
    assert_eq!(u.variants.len(), 2);
    assert_eq!(u.variants[1].cond, blkio);
    // The entry itself is unconditional.
    assert!(s.types.iter().all(|t| t.cond.is_none()));
}

#[test]
fn condition_inside_an_entry_adds_to_the_entrys() {
    let text = "#if defined(TARGET_S390X)\n{\n .struct = \"S\",\n .members = \"a:int,\"\n#if defined(CONFIG_KVM)\n  \"b:int\"\n#endif\n  \"\",\n},\n#endif\n";
    let s = parse(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.types[0].cond, Some(name("TARGET_S390X")));
    let TypeKind::Struct(st) = &s.types[0].kind else {
        panic!()
    };
    assert_eq!(st.members[1].cond, Some(name("CONFIG_KVM")));
}

#[test]
fn member_and_value_features() {
    let text = r#"
    {
        .struct  = "S",
        .members = "old:int? +deprecated,x-new:str +unstable +deprecated,plain:bool",
    },
    {
        .enum   = "E",
        .values = "a,b +deprecated,c",
    },
"#;
    let s = parse(text).unwrap_or_else(|e| panic!("{e}"));
    let TypeKind::Struct(st) = &s.types[0].kind else {
        panic!()
    };
    let f = |i: usize| -> Vec<&str> {
        st.members[i]
            .features
            .iter()
            .map(|f| f.name.as_str())
            .collect()
    };
    assert_eq!(f(0), ["deprecated"]);
    assert!(st.members[0].optional);
    assert_eq!(f(1), ["unstable", "deprecated"]);
    assert!(f(2).is_empty());
    let TypeKind::Enum(e) = &s.types[1].kind else {
        panic!()
    };
    assert_eq!(e.values[1].name, "b");
    assert_eq!(e.values[1].features[0].name, "deprecated");
    assert!(e.values[0].features.is_empty());
}

#[test]
fn feature_errors_are_located() {
    assert_eq!(
        errors("{ .struct = \"S\", .members = \"a:int +\" },"),
        ["1:37: in '.members': expected a feature name after '+'"]
    );
    assert_eq!(
        errors("{ .enum = \"E\", .values = \"a +x y\" },"),
        ["1:32: in '.values': expected '+feature', found 'y'"]
    );
}

#[test]
fn feature_docs_reach_definitions_and_members() {
    let text = "{\n .struct = \"S\",\n .members = \"a:int? +deprecated\",\n .features = \"unstable\",\n},\nSQMP\nS\n-\n\nA struct.\n\nMembers:\n\n- \"a\": a number\n\nFeatures:\n\n- \"deprecated\": use b\n- \"unstable\": may change\n\nEQMP\n";
    let s = parse(text).unwrap_or_else(|e| panic!("{e}"));
    let t = &s.types[0];
    assert_eq!(t.features[0].doc.as_deref(), Some("may change"));
    let TypeKind::Struct(st) = &t.kind else {
        panic!()
    };
    assert_eq!(st.members[0].doc.as_deref(), Some("a number"));
    assert_eq!(st.members[0].features[0].doc.as_deref(), Some("use b"));
}

#[test]
fn success_response_and_prefix() {
    let text = "{ .name = \"guest-shutdown\", .args_type = \"mode:str?\", .success_response = false },\n{ .name = \"guest-ping\", .args_type = \"\" },\n{ .enum = \"K\", .prefix = \"Q_KEY_CODE\", .values = \"a\" },\n";
    let s = parse(text).unwrap_or_else(|e| panic!("{e}"));
    assert!(!s.commands[0].success_response);
    assert!(s.commands[1].success_response);
    let TypeKind::Enum(e) = &s.types[0].kind else {
        panic!()
    };
    assert_eq!(e.prefix.as_deref(), Some("Q_KEY_CODE"));
}

#[test]
fn unknown_fields_of_typed_entries() {
    // A misspelt `.returns` in a typed file.
    let text = "{ .struct = \"Pixel\", .members = \"x:int\" },\n{ .name = \"get-pixel\", .args_type = \"\", .retuns = \"Pixel\" },\n";
    assert_eq!(
        errors(text),
        ["2:41: unknown field '.retuns' (did you mean '.returns'?)"]
    );
    // In an entry that uses typed fields, even in a file that is otherwise
    // historic.
    assert_eq!(
        errors("{ .name = \"a\", .args_type = \"\", .returns = \"int\", .alow_oob = true },"),
        ["1:51: unknown field '.alow_oob' (did you mean '.allow_oob'?)"]
    );
    // Nothing close: no suggestion.
    assert_eq!(
        errors("{ .enum = \"E\", .values = \"a\", .zzzzzzzz = 1 },"),
        ["1:31: unknown field '.zzzzzzzz'"]
    );
    // Historic fields are known, also in typed files.
    assert!(errors("{ .name = \"a\", .args_type = \"\", .returns = \"int\", .mhandler.cmd_new = x, .params = \"\", .help = \"h\", .user_print = p },").is_empty());
    // A historic file keeps whatever fields it has.
    assert!(errors("{ .name = \"a\", .args_type = \"\", .something_new = 1 },").is_empty());
}

#[test]
fn conditional_fields_are_errors_in_typed_entries() {
    let text = "{\n .name = \"a\",\n .args_type = \"\",\n#if defined(X)\n .returns = \"int\",\n#endif\n},\n";
    assert_eq!(
        errors(text),
        ["5:2: inside an entry, an #if group may enclose only string pieces of a value"]
    );
    let text =
        "{\n .name = \"a\",\n .returns = \"in\"\n#if defined(X)\n \"t\"\n#endif\n \"\",\n},\n";
    let errs = errors(text);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with("5:3: in '.returns': an #if inside '.returns' is not allowed"),
        "{errs:?}"
    );
    // An item half inside a group.
    let text =
        "{\n .struct = \"S\",\n .members = \"a:\"\n#if defined(X)\n \"int\"\n#endif\n \"\",\n},\n";
    assert_eq!(
        errors(text),
        ["3:14: in '.members': this item lies partly inside and partly outside an #if group"]
    );
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    if let Some(d) = p.parent() {
        std::fs::create_dir_all(d).unwrap();
    }
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn includes_splice_in_order_with_their_conditions() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "areas/block.hx",
        "{ .struct = \"B\", .members = \"x:int\" },\nSQMP\nB\n--\n\nBlock thing.\n\nEQMP\n{ .name = \"query-b\", .returns = \"B\" },\n",
    );
    write(
        d,
        "areas/s390.hx",
        "{ .name = \"query-s390\", .returns = \"B\" },\n",
    );
    let main = write(
        d,
        "main.hx",
        "{ .name = \"first\" },\n#include \"areas/block.hx\"\n#if defined(TARGET_S390X)\n#include \"areas/s390.hx\"\n#endif\n{ .event = \"LAST\" },\n",
    );
    let s = qmp_schema::load(&main, None).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = s.commands.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["first", "query-b", "query-s390"]);
    assert_eq!(s.commands[2].cond, Some(name("TARGET_S390X")));
    assert_eq!(s.commands[1].cond, None);
    // Typed because some file of the tree is: `first` returns nothing.
    assert_eq!(s.commands[0].returns, qmp_schema::Returns::Empty);
    assert_eq!(s.files.len(), 3);
    assert!(s.types[0].loc.path().ends_with("areas/block.hx"));
    assert_eq!(s.types[0].loc.line, 1);
    assert_eq!(s.types[0].doc.as_ref().unwrap().body, "Block thing.");
    assert_eq!(s.doc_blocks.len(), 1);
    // Errors inside an included file name that file.
    write(
        d,
        "areas/block.hx",
        "{ .struct = \"B\", .members = \"x:nosuch\" },\n",
    );
    let e = qmp_schema::load(&main, None).unwrap_err().to_string();
    assert!(e.contains("areas/block.hx:1:"), "{e}");
}

#[test]
fn include_errors_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let a = write(d, "a.hx", "{ .name = \"a\" },\n#include \"b.hx\"\n");
    write(d, "b.hx", "\n#include \"a.hx\"\n");
    let e = qmp_schema::load(&a, None).unwrap_err().to_string();
    assert!(e.contains("b.hx:2:10: #include cycle:"), "{e}");
    let m = write(
        d,
        "m.hx",
        "#include \"missing.hx\"\n#include nothing\n#include \"/dev/zero\"\n",
    );
    let e = qmp_schema::load(&m, None).unwrap_err().to_string();
    assert!(e.contains("m.hx:1:10: cannot read included file"), "{e}");
    assert!(
        e.contains("m.hx:2:10: #include needs a file name in double quotes"),
        "{e}"
    );
    assert!(
        e.contains("m.hx:3:10: cannot read included file '/dev/zero': not a regular file"),
        "{e}"
    );
    // Not inside an entry.
    let m = write(d, "n.hx", "{ .name = \"a\",\n#include \"b.hx\"\n},\n");
    let e = qmp_schema::load(&m, None).unwrap_err().to_string();
    assert!(e.contains("n.hx:2:1: #include inside an entry"), "{e}");
}

#[test]
fn qemu_hmp_file_keeps_conditional_text_pieces() {
    // QEMU 10.0's hmp-commands.hx builds netdev_add's `.params` from
    // pieces under #ifdef: read as before, all pieces joined.
    let Some((path, text)) = qmp_test_support::corpus_text(
        "qemu_hmp_file_keeps_conditional_text_pieces",
        "hmp/qemu-10.0.2/hmp-commands.hx",
    ) else {
        return;
    };
    let s = qmp_schema::hx::parse(&path, &text).unwrap_or_else(|e| panic!("{e}"));
    let c = s.command("netdev_add").expect("netdev_add");
    let params = c.hx.as_ref().unwrap().get("params").unwrap();
    assert!(params.contains("|af-xdp"), "{params}");
    assert!(params.contains("|vmnet-host|vmnet-shared|vmnet-bridged"));
    assert!(params.ends_with("],id=str[,prop=value][,...]"));
    assert!(matches!(c.args, Args::Members(_)));
}
