//! Pauses and resumes a running QEMU with the blocking client, printing the
//! run state and the events it causes.
//!
//! ```sh
//! qemu-system-x86_64 -M none -display none -nodefaults \
//!     -qmp unix:/tmp/qmp.sock,server=on,wait=off &
//! cargo run --example status -- /tmp/qmp.sock
//! ```

use qmp_bindings::api::{Cont, Event, QueryStatus, Stop};
use qmp_client::Client;
use std::time::Duration;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let socket = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/qmp.sock".into());
    // The handshake (greeting, qmp_capabilities) happens here.
    let mut qmp = Client::connect(socket.as_str())?;
    let v = &qmp.greeting().qmp.version.qemu;
    println!("connected to QEMU {}.{}.{}", v.major, v.minor, v.micro);

    // `QueryStatus` returns a typed `StatusInfo`; its `status` is an enum.
    println!("status: {}", qmp.execute(&QueryStatus)?.status);

    qmp.execute(&Stop)?;
    // Events arrive on the same socket; the client keeps them until asked.
    let event = qmp.next_event(Some(Duration::from_secs(5)))?;
    match event.decoded? {
        Event::Stop => println!("event: STOP"),
        other => println!("event: {other:?}"),
    }
    println!("status: {}", qmp.execute(&QueryStatus)?.status);

    qmp.execute(&Cont)?;
    println!(
        "event: {}",
        qmp.next_event(Some(Duration::from_secs(5)))?.name
    );
    // Any HMP command goes through `human-monitor-command`.
    println!("hmp: {}", qmp.hmp("info status")?.trim_end());
    Ok(())
}
