// Only command structs can be executed: an enum of the schema is not one.
// (Uses the test schema, so the list of commands in the message is stable.)
#[allow(dead_code)]
mod api {
    include!("../../../qmp-codegen/tests/golden/constructs.rs");
}

fn execute<C: qmp_types::Command>(_cmd: &C) {}

fn main() {
    execute(&api::RunState::Running);
}
