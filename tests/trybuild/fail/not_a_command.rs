// Only command structs can be executed.
fn execute<C: qmp::Command>(_cmd: &C) {}

fn main() {
    execute(&qmp::api::RunState::Running);
}
