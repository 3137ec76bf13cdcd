// A command the schema does not allow out of band cannot be sent with exec-oob.
fn main() {
    let _req = qmp::Request::exec_oob(&qmp::api::Stop, None);
}
