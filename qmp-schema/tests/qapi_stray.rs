//! QEMU's suite case `escape-outside-string` cannot run from the corpus (its
//! `.json` is missing; only the `.err` is there, naming line 3, column 27 and
//! the message "stray '\'"). This is our own input with a backslash outside
//! any string at that position, which must give the same error.

#[test]
fn backslash_outside_a_string_is_a_stray_character() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("qapi_stray");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("escape-outside-string.json");
    // Line 3, column 27 holds the backslash.
    let text = "# a backslash where a token should start\n\
                { 'command': 'one' }\n\
                { 'command': 'two', 'data'\\: {} }\n";
    assert_eq!(text.lines().nth(2).unwrap().find('\\'), Some(26));
    std::fs::write(&path, text).unwrap();
    let errors = qmp_schema::qapi::parse_file(&path).unwrap_err();
    let first = errors.0.first().expect("an error");
    assert_eq!((first.loc.line, first.loc.col), (3, 27), "{first}");
    assert_eq!(first.message, "stray '\\'", "{first}");
}
