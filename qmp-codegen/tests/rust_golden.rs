//! Golden and behaviour tests of the Rust generator: the generated code for a
//! small typed schema that uses every construct (updated only with
//! `UPDATE_EXPECT=1`), determinism, located errors, and every historic corpus
//! file.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use qmp_schema::{Args, Command, Location, Member, Returns, Schema, SourceFormat, TypeRef};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn generate(path: &Path) -> String {
    let schema = qmp_schema::load(path, None).unwrap_or_else(|e| panic!("{e}"));
    qmp_codegen::rust::generate(&schema).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn golden_constructs() {
    let code = generate(&data("constructs.hx"));
    expect_test::expect_file!["golden/constructs.rs"].assert_eq(&code);
}

#[test]
fn output_is_deterministic_and_marked_generated() {
    let a = generate(&data("constructs.hx"));
    let b = generate(&data("constructs.hx"));
    assert_eq!(a, b);
    assert!(a.starts_with("// @generated"));
    // Parses as Rust.
    syn::parse_file(&a).expect("generated code parses");
}

#[test]
fn constructs_map_as_specified() {
    let code = generate(&data("constructs.hx"));
    // Exact widths.
    for (member, ty) in [
        ("i8", "i8"),
        ("u64", "u64"),
        ("sz", "u64"),
        ("num", "f64"),
        ("nul", "()"),
    ] {
        let decl = format!("pub {member}: ::std::option::Option<{ty}>,");
        assert!(code.contains(&decl), "missing {decl}");
    }
    // Keywords, renames, clashes.
    assert!(code.contains("pub r#type: ::std::string::String,"));
    // Wire names are the member table; the Rust names are the fields.
    assert!(code.contains("\"foo-bar\",\n        \"fooBar\","));
    assert!(code.contains("pub foo_bar_2:"));
    // No derive macro runs: serde is the table-driven runtime.
    assert!(!code.contains("serde::Serialize,"));
    assert!(!code.contains("#[serde("));
    // An optional member whose type admits null keeps null apart from absent.
    assert!(
        code.contains("5 => members.value(&mut m5, 5)?,"),
        "blob:any?"
    );
    assert!(
        code.contains("4 => members.optional(&mut m4, 4)?,"),
        "ratio:number?"
    );
    assert!(code.contains("pub self_: ::std::option::Option<bool>,"));
    // Enum value names and the catch-all that avoids the `unknown` value.
    for v in [
        "X86_64,",
        "_1024x768,",
        "Unknown,",
        "Self_,",
        "UnknownValue(::std::string::String),",
    ] {
        assert!(code.contains(v), "missing variant {v}");
    }
    // Recursion is boxed only where needed.
    assert!(code.contains("pub parent: ::std::option::Option<::std::boxed::Box<Node>>,"));
    assert!(code.contains("pub children: ::std::option::Option<::std::vec::Vec<Node>>,"));
    // Features and conditions.
    assert!(code.contains("#[deprecated]\n#[allow(deprecated)]\n#[derive("));
    assert!(code.contains("`CONFIG_SPICE`"));
    assert!(code.contains("impl ::qmp_types::OobCommand for PingOob {}"));
    assert_eq!(code.matches("impl ::qmp_types::OobCommand").count(), 1);
    // A command that takes more than its members keeps the rest in a map,
    // named after the members (a member took `extra`). The union keeps its
    // branch members aside the same way.
    assert!(code.contains("    pub extra: ::std::option::Option<i64>,\n"));
    assert!(code.contains("    pub extra_args: ::qmp_types::__private::serde_json::Map<"));
    assert!(code.contains("            extra_args: rest,\n"));
    assert!(code.contains("__rt::encode_map(map, &self.extra_args)?;"));
    assert_eq!(code.matches("members.next_or_keep(&mut rest)").count(), 2);
    // A command without arguments is a unit struct.
    assert!(code.contains("pub struct QueryStatus;"));
    assert!(code.contains("type Returns = ::qmp_types::Empty;"));
    assert!(code.contains("type Returns = ::std::vec::Vec<Node>;"));
    // No example can become a doctest.
    let fences = code.matches("/// ```").count();
    let text_blocks = code.matches("/// ```text\n").count();
    assert!(text_blocks > 0);
    assert_eq!(fences, 2 * text_blocks, "every code block is a text block");
}

fn loc(line: u32, col: u32) -> Location {
    Location::new(&Arc::new(PathBuf::from("x.hx")), line, col)
}

#[test]
fn unknown_types_are_located_errors() {
    let mut schema = Schema::new(SourceFormat::Hx);
    schema.commands.push(Command::new(
        "frob",
        loc(3, 5),
        Args::Members(vec![Member::new(
            "what",
            TypeRef::Named("Missing".into()),
            false,
            loc(4, 9),
        )]),
        Returns::Type(TypeRef::Array(Box::new(TypeRef::Named(
            "AlsoMissing".into(),
        )))),
    ));
    let err = qmp_codegen::rust::generate(&schema)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "x.hx:4:9: unknown type 'Missing'\nx.hx:3:5: unknown type 'AlsoMissing'"
    );
}

#[test]
fn empty_schema_still_generates() {
    let code = qmp_codegen::rust::generate(&Schema::new(SourceFormat::Hx)).unwrap();
    assert!(code.contains("pub enum Event {"));
    assert!(code.contains("pub const COMMANDS: &[::qmp_types::CommandInfo] = &[];"));
}

#[test]
fn historic_files_return_any() {
    let Some(corpus) = qmp_test_support::corpus_part("historic_files_return_any", "hx") else {
        return;
    };
    let mut seen = 0;
    let dirs = qmp_test_support::sorted_entries(&corpus.join("hx"));
    for dir in dirs {
        let hx = dir.join("qmp-commands.hx");
        if !hx.is_file() {
            continue;
        }
        let schema = qmp_schema::load(&hx, None).unwrap_or_else(|e| panic!("{e}"));
        let code = qmp_codegen::rust::generate(&schema).unwrap_or_else(|e| panic!("{e}"));
        let returns = code.matches("type Returns = ").count();
        let any = code
            .matches("type Returns = ::qmp_types::__private::serde_json::Value;")
            .count();
        assert!(returns > 20, "{}: only {returns} commands", hx.display());
        assert_eq!(
            returns,
            any,
            "{}: a historic command has a typed return",
            hx.display()
        );
        let file = syn::parse_file(&code).expect("parses");
        // `device_add` took `device:O`: its options are the arguments
        // themselves, so the struct has a flattened map, not a `device`.
        assert_eq!(
            struct_fields(&file, "DeviceAdd"),
            ["extra"],
            "{}",
            hx.display()
        );
        seen += 1;
    }
    assert!(seen >= 5, "only {seen} historic files");
}

/// The field names of the struct `name` in `file`.
fn struct_fields(file: &syn::File, name: &str) -> Vec<String> {
    file.items
        .iter()
        .find_map(|item| match item {
            syn::Item::Struct(st) if st.ident == name => Some(
                st.fields
                    .iter()
                    .filter_map(|f| f.ident.as_ref().map(|i| i.to_string()))
                    .collect(),
            ),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no struct {name}"))
}
