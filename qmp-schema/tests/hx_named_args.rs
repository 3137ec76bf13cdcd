//! Named arguments in the typed hx dialect: `.args = "Type"` (with
//! `.boxed = true`) for commands, `.data_type = "Type"` for events; what they
//! become in the model and every error they can give, with its `line:col`.

mod hx_common;

use hx_common::{errors, parse};
use qmp_schema::Args;

/// A struct `S`, a union `U` (on `S`'s enum member `kind`), an enum `K` and
/// an alternate `A`, then `extra`.
fn with_types(extra: &str) -> String {
    format!(
        r#"    {{
        .struct  = "S",
        .members = "kind:K,id:str?",
    }},
    {{
        .struct  = "T",
        .members = "size:int",
    }},
    {{
        .enum   = "K",
        .values = "one,two",
    }},
    {{
        .union         = "U",
        .base          = "S",
        .discriminator = "kind",
        .variants      = "one:T",
    }},
    {{
        .alternate = "A",
        .variants  = "s:str,t:T",
    }},
{extra}"#
    )
}

/// The line of the first line of `extra` in [`with_types`].
const EXTRA: u32 = 23;

fn one(text: &str) -> String {
    let errs = errors(text);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    errs[0].clone()
}

#[test]
fn named_and_boxed_arguments_reach_the_model() {
    let text = with_types(
        r#"    {
        .name  = "plain",
        .args  = "S",
    },
    {
        .name      = "boxed-union",
        .args_type = "",
        .args      = " U ",
        .boxed     = true,
    },
    {
        .name  = "boxed-struct",
        .args  = "T",
        .boxed = true,
    },
    {
        .name  = "not-boxed",
        .args  = "T",
        .boxed = false,
    },
    {
        .event     = "EV",
        .data_type = "U",
        .boxed     = true,
    },
    {
        .event     = "EV2",
        .data_type = "S",
    },
"#,
    );
    let s = match parse(&text) {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    };
    let args = |n: &str| s.command(n).map(|c| c.args.clone());
    let named = |ty: &str, boxed| {
        Some(Args::Named {
            ty: ty.to_string(),
            boxed,
        })
    };
    assert_eq!(args("plain"), named("S", false));
    assert_eq!(args("boxed-union"), named("U", true));
    assert_eq!(args("boxed-struct"), named("T", true));
    assert_eq!(args("not-boxed"), named("T", false));
    assert_eq!(s.event("EV").map(|e| e.data.clone()), named("U", true));
    assert_eq!(s.event("EV2").map(|e| e.data.clone()), named("S", false));
}

#[test]
fn args_and_a_non_empty_args_type() {
    let text = with_types(
        "    {\n        .name      = \"c\",\n        .args_type = \"x:int\",\n        .args      = \"S\",\n    },\n",
    );
    assert_eq!(
        one(&text),
        format!(
            "{}:9: '.args' and a non-empty '.args_type' cannot both be given",
            EXTRA + 3
        )
    );
    // The same for an event's member list and named data.
    let text = with_types(
        "    {\n        .event     = \"E\",\n        .data      = \"x:int\",\n        .data_type = \"S\",\n    },\n",
    );
    assert_eq!(
        one(&text),
        format!(
            "{}:9: '.data_type' and a non-empty '.data' cannot both be given",
            EXTRA + 3
        )
    );
}

#[test]
fn boxed_without_a_named_type() {
    let text = with_types(
        "    {\n        .name      = \"c\",\n        .args_type = \"x:int\",\n        .boxed     = true,\n    },\n",
    );
    assert_eq!(
        one(&text),
        format!("{}:9: '.boxed' needs '.args' (a named type)", EXTRA + 3)
    );
}

#[test]
fn boxed_must_be_a_c_boolean() {
    let text = with_types(
        "    {\n        .name  = \"c\",\n        .args  = \"T\",\n        .boxed = \"true\",\n    },\n",
    );
    assert_eq!(
        one(&text),
        format!(
            "{}:18: '.boxed' must be true or false, found 'true'",
            EXTRA + 3
        )
    );
}

#[test]
fn args_must_name_a_type() {
    let text = with_types("    { .name = \"c\", .args = \"  [S]\" },\n");
    assert_eq!(
        one(&text),
        format!("{EXTRA}:31: '.args' must name a struct or union type, found '[S]'")
    );
    let text = with_types("    { .name = \"c\", .args = \"str\" },\n");
    assert_eq!(
        one(&text),
        format!("{EXTRA}:29: '.args' must name a struct or union type, found 'str'")
    );
    let text = with_types("    { .name = \"c\", .args = \"S T\" },\n");
    assert_eq!(
        one(&text),
        format!("{EXTRA}:30: in '.args': unexpected ' ' after type")
    );
    let text = with_types("    { .name = \"c\", .args = S },\n");
    assert_eq!(
        one(&text),
        format!("{EXTRA}:28: '.args' must be a string literal, found 'S'")
    );
}

#[test]
fn unknown_named_type() {
    let text = with_types("    { .name = \"c\", .args = \"Nope\" },\n");
    assert_eq!(
        one(&text),
        format!("{EXTRA}:29: unknown type 'Nope' in the arguments of command 'c'")
    );
    let text = with_types("    { .event = \"E\", .data_type =\n  \"Nope\" },\n");
    assert_eq!(
        one(&text),
        format!(
            "{}:4: unknown type 'Nope' in the data of event 'E'",
            EXTRA + 1
        )
    );
}

#[test]
fn a_union_needs_boxed() {
    let text = with_types("    { .name = \"c\", .args = \"U\" },\n");
    assert_eq!(
        one(&text),
        format!(
            "{EXTRA}:29: the arguments of command 'c' must be a struct (a union only with '.boxed = true'), 'U' is a union"
        )
    );
    let text = with_types("    { .event = \"E\", .data_type = \"U\", .boxed = false },\n");
    assert_eq!(
        one(&text),
        format!(
            "{EXTRA}:35: the data of event 'E' must be a struct (a union only with '.boxed = true'), 'U' is a union"
        )
    );
}

#[test]
fn enums_and_alternates_are_never_arguments() {
    let text = with_types("    { .name = \"c\", .args = \"K\", .boxed = true },\n");
    assert_eq!(
        one(&text),
        format!(
            "{EXTRA}:29: the arguments of command 'c' must be a struct or a union, 'K' is an enum"
        )
    );
    let text = with_types("    { .name = \"c\", .args = \"A\" },\n");
    assert_eq!(
        one(&text),
        format!(
            "{EXTRA}:29: the arguments of command 'c' must be a struct (a union only with '.boxed = true'), 'A' is an alternate"
        )
    );
}

#[test]
fn named_fields_do_not_apply_to_other_entries() {
    let text = with_types("    { .struct = \"X\", .members = \"a:int\", .boxed = true },\n");
    assert_eq!(
        one(&text),
        format!("{EXTRA}:42: field '.boxed' does not apply to a struct entry")
    );
    let text = with_types("    { .name = \"c\", .data_type = \"S\" },\n");
    assert_eq!(
        one(&text),
        format!("{EXTRA}:20: field '.data_type' does not apply to a command entry")
    );
}
