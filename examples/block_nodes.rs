//! Typed and raw commands side by side: adds a block node with a raw JSON
//! request (any driver, whatever the bindings describe), lists the nodes
//! with a typed one, and removes it again.
//!
//! Works with `qemu-storage-daemon` as well as with the system emulator:
//!
//! ```sh
//! qemu-storage-daemon --chardev socket,path=/tmp/qsd.sock,server=on,wait=off,id=m \
//!     --monitor chardev=m &
//! cargo run --example block_nodes -- /tmp/qsd.sock
//! ```

use qmp_bindings::api::{BlockdevDel, QueryNamedBlockNodes};
use qmp_client::{serde_json::json, Client};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let socket = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/qmp.sock".into());
    let mut qmp = Client::connect(socket.as_str())?;

    // `serde_json` is re-exported by qmp-client (and qmp-bindings), so its
    // version always matches the one the client speaks.
    let args = json!({"driver": "null-co", "node-name": "scratch0", "size": 1 << 20});
    qmp.execute_raw("blockdev-add", args.as_object().cloned())?;

    let nodes = qmp.execute(&QueryNamedBlockNodes { flat: Some(true) })?;
    for node in &nodes {
        let name = node.node_name.as_deref().unwrap_or("?");
        println!(
            "node {name}: driver {}, {} bytes",
            node.drv, node.image.virtual_size
        );
    }

    qmp.execute(&BlockdevDel {
        node_name: "scratch0".into(),
    })?;
    let left = qmp
        .execute(&QueryNamedBlockNodes { flat: Some(true) })?
        .len();
    println!("{left} nodes left");
    Ok(())
}
