//! The tokio client: several commands in flight at once, and the events
//! they cause read from a subscription.
//!
//! ```sh
//! qemu-system-x86_64 -M none -display none -nodefaults \
//!     -qmp unix:/tmp/qmp.sock,server=on,wait=off &
//! cargo run --example events_async -- /tmp/qmp.sock
//! ```
//!
//! In your own crate, turn on `qmp-client`'s `tokio` feature:
//! `qmp-client = { version = "0.1", features = ["tokio"] }`.

use qmp_bindings::api::{Cont, QueryStatus, QueryVersion, Stop};
use qmp_client::AsyncClient;
use std::time::Duration;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let socket = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/qmp.sock".into());
    let qmp = AsyncClient::connect(socket.as_str()).await?;
    let mut events = qmp.subscribe();

    // Both requests are on the wire before either reply is read.
    let (version, status) = tokio::join!(qmp.execute(&QueryVersion), qmp.execute(&QueryStatus));
    let v = version?.qemu;
    println!(
        "QEMU {}.{}.{} is {}",
        v.major, v.minor, v.micro, status?.status
    );

    qmp.execute(&Stop).await?;
    qmp.execute(&Cont).await?;
    for _ in 0..2 {
        let event = events.next_event(Duration::from_secs(5)).await?;
        println!("event: {} at {}s", event.name, event.timestamp.seconds);
    }
    Ok(())
}
