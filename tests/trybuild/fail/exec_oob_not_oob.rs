// A command the schema does not allow out of band cannot be sent with exec-oob.
// (Uses the test schema, so the list of OOB commands in the message is stable.)
#[allow(dead_code)]
mod api {
    include!("../../../qmp-codegen/tests/golden/constructs.rs");
}

fn main() {
    let _req = qmp_types::Request::exec_oob(&api::Stop, None);
}
