// guest-exec-status takes the pid as an integer.
fn main() {
    let mut agent = qmp_client::qga::GuestAgent::connect("/nonexistent").unwrap();
    let _ = agent.execute(&qmp_bindings::qga::GuestExecStatusCmd { pid: "42" });
}
