//! One test per error kind of the hx front end: message and `line:col`.

mod hx_common;

use hx_common::errors;

fn one(text: &str) -> String {
    let errs = errors(text);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    errs[0].clone()
}

const OK_ENTRY: &str = "    {\n        .name = \"a\",\n        .args_type = \"\",\n    },\n";

#[test]
fn valid_file_has_no_error() {
    assert!(errors(OK_ENTRY).is_empty());
}

#[test]
fn positional_value_in_entry() {
    assert_eq!(
        one("{\n    .name = \"a\",\n    \"oops\",\n}\n"),
        "3:5: malformed entry: expected '.field = value', found '\"oops\"'"
    );
}

#[test]
fn missing_equals() {
    // The entry then has no name either: both are reported.
    assert_eq!(
        errors("{\n    .name \"a\",\n}\n"),
        [
            "1:1: malformed entry: no '.name', '.struct', '.enum', '.union', '.alternate' or '.event'",
            "2:11: malformed entry: expected '=' after '.name', found '\"a\"'"
        ]
    );
}

#[test]
fn missing_value() {
    assert_eq!(
        one("{\n    .name = \"a\",\n    .help = ,\n}\n"),
        "3:13: malformed entry: missing value for '.help'"
    );
}

#[test]
fn entry_never_closed() {
    assert_eq!(
        one("  {\n    .name = \"a\",\n\nSQMP\nx\nEQMP\n"),
        "1:3: malformed entry: the '{' here is never closed by '}'"
    );
    assert_eq!(
        one("{ .name = \"a\",\n"),
        "1:1: malformed entry: the '{' here is never closed by '}'"
    );
}

#[test]
fn entry_without_kind() {
    assert_eq!(
        one("    {\n        .args_type = \"\",\n    },\n"),
        "1:5: malformed entry: no '.name', '.struct', '.enum', '.union', '.alternate' or '.event'"
    );
}

#[test]
fn two_kinds_in_one_entry() {
    assert_eq!(
        one("{ .name = \"a\", .event = \"B\" },\n"),
        "1:16: an entry cannot have both '.name' and '.event'"
    );
}

#[test]
fn text_outside_entries() {
    assert_eq!(
        one("hello world\n"),
        "1:1: unexpected 'hello' outside any entry or doc block"
    );
}

#[test]
fn text_after_entry() {
    assert_eq!(
        one("{ .name = \"a\" }, junk\n"),
        "1:18: unexpected 'junk' outside any entry or doc block"
    );
}

#[test]
fn unterminated_string() {
    let errs = errors("{\n    .name = \"abc,\n}\n");
    assert_eq!(errs[0], "2:13: unterminated string literal");
}

#[test]
fn duplicate_field() {
    assert_eq!(
        one("{\n  .name = \"a\",\n  .name = \"b\",\n},\n"),
        "3:3: duplicate field '.name' in this entry"
    );
}

#[test]
fn field_not_for_kind() {
    assert_eq!(
        one("{ .enum = \"E\", .values = \"a\", .members = \"x:int\" },\n"),
        "1:31: field '.members' does not apply to an enum entry"
    );
}

#[test]
fn typed_field_must_be_string() {
    assert_eq!(
        one("{ .name = \"a\", .returns = Foo },\n"),
        "1:27: '.returns' must be a string literal, found 'Foo'"
    );
}

#[test]
fn flag_must_be_true_or_false() {
    assert_eq!(
        one("{ .name = \"a\", .allow_oob = \"yes\" },\n"),
        "1:29: '.allow_oob' must be true or false, found 'yes'"
    );
    assert_eq!(
        one("{ .name = \"a\", .gen = no },\n"),
        "1:23: '.gen' must be true or false, found 'no'"
    );
}

#[test]
fn bad_args_type_points_inside_the_string() {
    // Column of the offending character inside the literal.
    assert_eq!(
        one("{\n    .name = \"a\",\n    .args_type = \"dev:B,x\",\n}\n"),
        "3:26: in '.args_type': expected ':' after member name 'x', found end of member"
    );
    // Across concatenated literals on two lines.
    assert_eq!(
        one("{\n    .name = \"a\",\n    .args_type = \"dev:B,\"\n\t\t\"id:s,v:-\",\n}\n"),
        "4:12: in '.args_type': a flag type '-' needs a flag letter (as in '-f')"
    );
}

#[test]
fn bad_type_name() {
    assert_eq!(
        one("{ .struct = \"9S\", .members = \"\" },\n"),
        "1:14: in '.struct': a name must start with a letter, found '9'"
    );
}

#[test]
fn doc_block_opened_inside_another() {
    assert_eq!(
        one("SQMP\nintro\nSQMP\nmore\nEQMP\n"),
        "3:1: SQMP inside the SQMP block opened at line 1"
    );
    assert_eq!(
        one("STEXI\n@item x\nSRST\nERST\n"),
        "3:1: SRST inside the STEXI block opened at line 1"
    );
}

#[test]
fn doc_block_closed_when_none_is_open() {
    assert_eq!(
        one(&format!("{OK_ENTRY}EQMP\n")),
        "5:1: EQMP without an open SQMP block"
    );
    assert_eq!(
        one("SRST\ntext\nETEXI\nERST\n"),
        "3:1: ETEXI without an open STEXI block (the SRST block opened at line 1 is open)"
    );
}

#[test]
fn doc_block_open_at_end_is_a_warning() {
    let s = hx_common::parse(&format!("{OK_ENTRY}SQMP\na\n---\n")).expect("only a warning");
    assert_eq!(s.warnings.len(), 1);
    let w = &s.warnings[0];
    assert_eq!((w.loc.line, w.loc.col), (5, 1));
    assert_eq!(
        w.message,
        "the SQMP block opened here is not closed at the end of the file (line 7)"
    );
    assert_eq!(s.doc_blocks[0].text, "a\n---\n");
}

#[test]
fn preprocessor_errors() {
    assert_eq!(
        one(&format!("{OK_ENTRY}#endif\n")),
        "5:1: #endif without #if"
    );
    assert_eq!(
        one(&format!("#if defined(X)\n{OK_ENTRY}")),
        "1:1: #if without #endif"
    );
    assert_eq!(
        one("#ifdef A\n#else\n  #else\n#endif\n"),
        "3:3: second #else (the #if is on line 1)"
    );
}

#[test]
fn duplicate_command() {
    assert_eq!(
        one("{ .name = \"a\" },\n\n  { .name = \"a\" },\n"),
        "3:3: duplicate command 'a' (first defined at line 1:1)"
    );
}

#[test]
fn same_command_under_exclusive_conditions_is_fine() {
    let text = "#ifdef A\n{ .name = \"a\" },\n#else\n{ .name = \"a\" },\n#endif\n";
    assert!(errors(text).is_empty());
}

#[test]
fn duplicate_type_and_event() {
    assert_eq!(
        one("{ .enum = \"E\", .values = \"x\" },\n{ .struct = \"E\" },\n"),
        "2:1: duplicate type 'E' (first defined at line 1:1)"
    );
    assert_eq!(
        one("{ .event = \"STOP\" },\n{ .event = \"STOP\", .data = \"\" },\n"),
        "2:1: duplicate event 'STOP' (first defined at line 1:1)"
    );
    assert_eq!(
        one("{ .struct = \"str\" },\n"),
        "1:1: type name 'str' is a builtin type"
    );
}

#[test]
fn duplicate_enum_value() {
    assert_eq!(
        one("{ .enum = \"E\", .values = \"a,b,a\" },\n"),
        "1:31: duplicate value 'a' in enum 'E' (first at line 1:27)"
    );
}

#[test]
fn member_clash() {
    assert_eq!(
        one("{ .name = \"c\", .args_type = \"id:s,id:i\" },\n"),
        "1:35: duplicate member 'id' in command 'c' (first at line 1:30)"
    );
    assert_eq!(
        one("{ .struct = \"S\", .members = \"a-b:int,a_b:str\" },\n"),
        "1:38: member 'a_b' of 'S' clashes with member 'a-b' (line 1:30)"
    );
}

#[test]
fn member_clash_with_base() {
    let text = "{ .struct = \"B\", .members = \"id:str\" },\n{ .struct = \"S\", .base = \"B\", .members = \"x:int,id:int\" },\n";
    assert_eq!(
        one(text),
        "2:49: duplicate member 'id' in 'S' (first at line 1:30), inherited from 'B'"
    );
}

#[test]
fn unknown_type() {
    assert_eq!(
        one("{\n  .name = \"c\",\n  .args_type = \"x:Nope?\",\n},\n"),
        "3:17: unknown type 'Nope' in member 'x' of command 'c'"
    );
    assert_eq!(
        one("{ .name = \"c\", .returns = \"[Gone]\" },\n"),
        "1:28: unknown type 'Gone' in the return type of 'c'"
    );
}

#[test]
fn base_not_a_struct() {
    let text = "{ .enum = \"E\", .values = \"a\" },\n{ .struct = \"S\", .base = \"E\" },\n";
    assert_eq!(one(text), "2:27: base 'E' of 'S' is not a struct");
}

#[test]
fn base_cycle() {
    let text = "{ .struct = \"A\", .base = \"B\" },\n{ .struct = \"B\", .base = \"A\" },\n";
    let errs = errors(text);
    assert_eq!(
        errs,
        [
            "1:27: 'A' is its own base (through 'B')",
            "2:27: 'B' is its own base (through 'A')"
        ]
    );
}

const UNION_BASE: &str =
    "{ .enum = \"K\", .values = \"a,b\" },\n{ .struct = \"A\", .members = \"x:int\" },\n";

#[test]
fn union_variant_not_in_discriminator_enum() {
    let text = format!(
        "{UNION_BASE}{{ .union = \"U\", .members = \"kind:K\", .discriminator = \"kind\", .variants = \"a:A,c:A\" }},\n"
    );
    assert_eq!(
        one(&text),
        "3:80: variant 'c' of union 'U' is not a value of the discriminator enum 'K'"
    );
}

#[test]
fn union_discriminator_problems() {
    let text = format!(
        "{UNION_BASE}{{ .union = \"U\", .members = \"kind:K\", .discriminator = \"type\", .variants = \"a:A\" }},\n"
    );
    assert_eq!(
        one(&text),
        "3:56: discriminator 'type' is not a member of the base of union 'U'"
    );
    let text = format!(
        "{UNION_BASE}{{ .union = \"U\", .members = \"kind:str\", .discriminator = \"kind\", .variants = \"a:A\" }},\n"
    );
    assert_eq!(
        one(&text),
        "3:58: discriminator 'kind' of union 'U' must be of an enum type, not 'str'"
    );
    let text = format!("{UNION_BASE}{{ .union = \"U\", .members = \"kind:K\" }},\n");
    assert_eq!(one(&text), "3:1: union entry needs '.discriminator'");
}

#[test]
fn union_variant_must_be_an_object() {
    let text = format!(
        "{UNION_BASE}{{ .union = \"U\", .members = \"kind:K\", .discriminator = \"kind\", .variants = \"a:K\" }},\n"
    );
    assert_eq!(
        one(&text),
        "3:76: variant 'a' of union 'U' must be a struct or a union, 'K' is neither"
    );
}

#[test]
fn every_error_of_a_file_in_one_run() {
    let text = "{ .name = \"a\", .args_type = \"x\" },\nEQMP\n{ .name = \"a\" },\n{ .name = \"b\", .returns = \"Q\" },\nstray\n";
    let errs = errors(text);
    assert_eq!(
        errs,
        [
            "1:31: in '.args_type': expected ':' after member name 'x', found end of member",
            "2:1: EQMP without an open SQMP block",
            "3:1: duplicate command 'a' (first defined at line 1:1)",
            "4:28: unknown type 'Q' in the return type of 'b'",
            "5:1: unexpected 'stray' outside any entry or doc block",
        ]
    );
}
