// guest-suspend-disk is not answered when it succeeds (success-response:
// false): `execute` would wait forever, so it does not accept it.
fn main() {
    let mut agent = qmp_client::qga::GuestAgent::connect("/nonexistent").unwrap();
    let _ = agent.execute(&qmp_bindings::qga::GuestSuspendDisk);
}
