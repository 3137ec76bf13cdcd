// guest-file-read needs the handle.
fn main() {
    let mut agent = qmp_client::qga::GuestAgent::connect("/nonexistent").unwrap();
    let _ = agent.execute(&qmp_bindings::qga::GuestFileReadCmd { count: Some(10) });
}
