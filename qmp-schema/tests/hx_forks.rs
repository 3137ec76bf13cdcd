//! Constructs seen in `qmp-commands.hx` files of QEMU forks and distribution
//! trees (not in the corpus): vendor-prefixed names built with a string
//! macro, entries whose brace starts the line, `#if defined NAME` without
//! parentheses, and doc blocks whose title is not the command name.
//! Every snippet here is written for the test.

mod hx_common;

use hx_common::{errors, parse};
use qmp_schema::Cond;

#[test]
fn vendor_macro_before_a_name_is_expanded() {
    let text = "    {\n        .name       = RFQDN_REDHAT \"widget_add\",\n        .args_type  = \"id:s,opts:O\",\n\t.user_print = monitor_user_noop,\n        .mhandler.cmd_new = widget_add,\n    },\n";
    let schema = parse(text).expect("a vendor-prefixed name is accepted");
    let cmd = schema
        .command("__com.redhat_widget_add")
        .expect("the macro is expanded to its value");
    assert_eq!((cmd.loc.line, cmd.loc.col), (1, 5));
    assert_eq!(schema.commands.len(), 1);
}

#[test]
fn vendor_macro_also_works_after_the_literal_and_twice() {
    let text = "{\n  .name = \"pre_\" RFQDN_REDHAT,\n  .args_type = \"\",\n},\n{\n  .name = RFQDN_REDHAT RFQDN_REDHAT \"x\",\n  .args_type = \"\",\n},\n";
    let schema = parse(text).expect("accepted");
    assert!(schema.command("pre___com.redhat_").is_some());
    assert!(schema.command("__com.redhat___com.redhat_x").is_some());
}

#[test]
fn unknown_macro_before_a_name_is_a_located_error() {
    let text = "    {\n        .name       = SOME_OTHER_MACRO \"thing\",\n        .args_type  = \"\",\n    },\n";
    let errs = errors(text);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("2:23: "), "{errs:?}");
    assert!(errs[0].contains("SOME_OTHER_MACRO"), "{errs:?}");
}

#[test]
fn macro_alone_is_not_a_string() {
    // A value with no string literal at all stays an expression.
    let errs = errors("{\n  .name = RFQDN_REDHAT,\n  .args_type = \"\",\n},\n");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("2:11: "), "{errs:?}");
}

#[test]
fn brace_in_column_one_and_defined_without_parentheses() {
    let text = String::from("{\n        .name       = \"set-cache\",\n        .args_type  = \"value:o\",\n    },\n#if defined TARGET_I386\n    {\n        .name       = \"rtc-reset\",\n        .args_type  = \"\",\n    },\n#endif\n");
    let schema = parse(&text).expect("accepted");
    assert!(schema.command("set-cache").is_some());
    let rtc = schema.command("rtc-reset").expect("present");
    assert_eq!(rtc.cond, Some(Cond::Name("TARGET_I386".into())));
}

#[test]
fn doc_title_that_is_not_a_command_name() {
    // A fork documents a command under a prose title and another with an
    // `@` prefix and no underline; neither is an error.
    let text = "SQMP\nLoad the frobnicator\n--------------------\n\nText.\n\nEQMP\n\n    {\n        .name       = \"frob\",\n        .args_type  = \"filename:s\",\n    },\n\nSQMP\n@__com.example_frob2\n@__com.example_frob2\n\nReturns: nothing\n\nEQMP\n";
    let schema = parse(text).expect("accepted");
    assert!(schema.command("frob").is_some());
}

#[test]
fn unterminated_handler_strings_in_comma_less_entries_are_each_located() {
    // A fork appended entries whose handler value opens a string that never
    // closes, with `}` followed by a tab and no comma: one located error per
    // entry, and the scan goes on to the next entry.
    let mut text = String::new();
    for name in ["rec_start", "rec_stop", "play_start"] {
        text.push_str(&format!(
            "    {{   \n\t.name       = \"{name}\",\n\t.args_type  = \"\",\n\t.mhandler.cmd_new = \" handler_fn,\n    }}\t\n\n"
        ));
    }
    let errs = errors(&text);
    assert_eq!(
        errs,
        [
            "4:22: unterminated string literal",
            "10:22: unterminated string literal",
            "16:22: unterminated string literal",
        ]
    );
}
