//! QEMU 10.0.2's real schemas (system emulator, storage daemon, guest
//! agent) parse and check with no error, and map into the shared model.

use qmp_schema::*;

fn load(rel: &str) -> Option<Schema> {
    let p = qmp_test_support::corpus("load")?
        .join("qapi/qemu-10.0.2")
        .join(rel);
    match qmp_schema::qapi::parse_file(&p) {
        Ok(s) => Some(s),
        Err(e) => panic!("{rel}: {e}"),
    }
}

fn ty<'a>(s: &'a Schema, name: &str) -> &'a TypeDef {
    s.type_def(name)
        .unwrap_or_else(|| panic!("type {name} missing"))
}

#[test]
fn counts_of_the_three_schemas() {
    for (rel, commands, events, files) in [
        ("qapi/qapi-schema.json", 240, 56, 43),
        ("storage-daemon/qapi/qapi-schema.json", 76, 13, 14),
        ("qga/qapi-schema.json", 44, 0, 1),
    ] {
        let Some(s) = load(rel) else { return };
        assert_eq!(s.commands.len(), commands, "{rel} commands");
        assert_eq!(s.events.len(), events, "{rel} events");
        assert_eq!(s.files.len(), files, "{rel} files");
        assert!(s.warnings.is_empty(), "{rel}: {:?}", s.warnings);
        assert_eq!(s.format, SourceFormat::Qapi);
        // Builtins, arrays and implicit objects are not type definitions.
        for t in &s.types {
            assert!(
                !t.name.starts_with("q_") && !t.name.ends_with("List") && t.name != "QType",
                "{}",
                t.name
            );
        }
    }
    let Some(sd) = load("storage-daemon/qapi/qapi-schema.json") else {
        return;
    };
    assert!(sd.files.iter().any(|f| f.ends_with("qapi/block-core.json")));
    assert!(sd.command("blockdev-add").is_some());
}

#[test]
fn commands_and_events() {
    let Some(s) = load("qapi/qapi-schema.json") else {
        return;
    };
    let qs = s.command("query-status").unwrap();
    assert_eq!(qs.args, Args::none());
    assert_eq!(
        qs.returns,
        Returns::Type(TypeRef::Named("StatusInfo".into()))
    );
    assert!(qs.allow_preconfig && qs.gen && qs.success_response);
    let doc = qs.doc.as_ref().unwrap();
    assert_eq!(doc.body, "Query the run status of the VM");
    assert!(doc
        .sections
        .iter()
        .any(|x| x.tag == "Returns" && x.text == "@StatusInfo reflecting the VM"));
    assert!(doc
        .sections
        .iter()
        .any(|x| x.tag == "Since" && x.text == "0.14"));
    assert_eq!(doc.examples.len(), 1);
    assert!(doc.examples[0].starts_with("-> { \"execute\": \"query-status\" }\n<- { \"return\""));

    let add = s.command("blockdev-add").unwrap();
    assert_eq!(
        add.args,
        Args::Named {
            ty: "BlockdevOptions".into(),
            boxed: true
        }
    );
    assert_eq!(add.returns, Returns::Empty);

    let eject = s.command("eject").unwrap();
    let Args::Members(m) = &eject.args else {
        panic!("eject args")
    };
    let names: Vec<&str> = m.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["device", "id", "force"]);
    assert!(m.iter().all(|m| m.optional));
    assert!(Feature::has(&m[0].features, "deprecated"));
    assert_eq!(m[2].ty, TypeRef::Builtin(Builtin::Bool));
    // Definitions and members carry the lines they are written on.
    assert!(eject.loc.file.ends_with("qapi/block.json"));
    assert_eq!(eject.loc.line, 125);
    assert_eq!(
        (m[0].loc.line, m[1].loc.line, m[2].loc.line),
        (126, 127, 128)
    );
    assert!(m[1].doc.is_some());

    let qb = s.command("query-block").unwrap();
    assert_eq!(
        qb.returns,
        Returns::Type(TypeRef::Array(Box::new(TypeRef::Named("BlockInfo".into()))))
    );
    assert!(s.command("query-spice").unwrap().cond == Some(Cond::Name("CONFIG_SPICE".into())));

    let stop = s.event("STOP").unwrap();
    assert_eq!(stop.data, Args::none());
    let shutdown = s.event("SHUTDOWN").unwrap();
    let Args::Members(m) = &shutdown.data else {
        panic!("SHUTDOWN data")
    };
    assert_eq!(m[0].name, "guest");
}

#[test]
fn types() {
    let Some(s) = load("qapi/qapi-schema.json") else {
        return;
    };
    let TypeKind::Enum(e) = &ty(&s, "BlkdebugEvent").kind else {
        panic!("enum")
    };
    assert_eq!(e.prefix.as_deref(), Some("BLKDBG"));

    let TypeKind::Union(u) = &ty(&s, "BlockdevOptions").kind else {
        panic!("union")
    };
    assert_eq!(u.base, None);
    assert_eq!(u.discriminator, "driver");
    assert_eq!(u.members[0].name, "driver");
    assert_eq!(u.members[0].ty, TypeRef::Named("BlockdevDriver".into()));
    assert!(u
        .variants
        .iter()
        .any(|v| v.name == "qcow2" && v.ty == TypeRef::Named("BlockdevOptionsQcow2".into())));

    let TypeKind::Union(u) = &ty(&s, "ImageInfoSpecificQCow2Encryption").kind else {
        panic!("union")
    };
    assert_eq!(
        u.base.as_deref(),
        Some("ImageInfoSpecificQCow2EncryptionBase")
    );
    assert!(u.members.is_empty());

    let TypeKind::Alternate(a) = &ty(&s, "BlockdevRef").kind else {
        panic!("alternate")
    };
    assert_eq!(a.variants[1].ty, TypeRef::Builtin(Builtin::Str));

    let cpu = ty(&s, "CpuModelExpansionInfo");
    let Some(Cond::Any(list)) = &cpu.cond else {
        panic!("any")
    };
    assert_eq!(list[0], Cond::Name("TARGET_S390X".into()));
    let TypeKind::Struct(st) = &cpu.kind else {
        panic!("struct")
    };
    assert_eq!(
        st.members[1].ty,
        TypeRef::Array(Box::new(TypeRef::Builtin(Builtin::Str)))
    );
    assert!(st.members[1].cond.is_some());
}

#[test]
fn doc_blocks() {
    let Some(s) = load("qapi/qapi-schema.json") else {
        return;
    };
    let heading = s
        .doc_blocks
        .iter()
        .find(|b| b.text.starts_with("= Block devices"))
        .expect("free-form heading block");
    assert_eq!(heading.target, DocTarget::Free);
    assert_eq!(heading.kind, DocKind::Qapi);
    assert!(heading.loc.file.ends_with("qapi/block.json"));
    assert_eq!(heading.loc.line, 5);
    let qs = s
        .doc_blocks
        .iter()
        .find(|b| b.target == DocTarget::Command("query-status".into()))
        .unwrap();
    assert!(qs.text.starts_with("@query-status:\n"));
}
