// The tokio agent refuses silent commands in `execute` too.
async fn run(agent: &qmp_client::qga::AsyncGuestAgent) {
    let _ = agent.execute(&qmp_bindings::qga::GuestShutdown { mode: None }).await;
}

fn main() {
    let _ = run;
}
