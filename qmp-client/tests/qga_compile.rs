//! Compile-time guarantees of the guest agent clients, checked with
//! trybuild: a command the agent does not answer (`success-response:
//! false`) is refused by `execute` and an answered one by `send`, and a
//! wrong or missing argument does not compile
//! (`tests/trybuild/*.rs`, with the compiler's messages in `*.stderr`).

#[test]
fn wrong_guest_agent_calls_do_not_compile() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/trybuild/*.rs");
}
