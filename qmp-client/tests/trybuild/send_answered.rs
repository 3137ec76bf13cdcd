// `send` does not wait for a reply, so it takes only commands that have
// none; guest-ping is answered and goes through `execute`.
fn main() {
    let mut agent = qmp_client::qga::GuestAgent::connect("/nonexistent").unwrap();
    let _ = agent.send(&qmp_bindings::qga::GuestPing);
}
