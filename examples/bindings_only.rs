//! The bindings without the client, for programs that bring their own
//! transport: typed requests serialised with serde, typed replies decoded
//! from what the server sends, over a plain `UnixStream`.
//!
//! ```sh
//! qemu-system-x86_64 -M none -display none -nodefaults \
//!     -qmp unix:/tmp/qmp.sock,server=on,wait=off &
//! cargo run --example bindings_only -- /tmp/qmp.sock
//! ```

use qmp_bindings::api::{QmpCapabilities, QueryStatus, QueryVersion};
use qmp_bindings::{serde_json, Command, Greeting, Request, Response, ResponseResult};
use std::error::Error;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;

/// One QMP connection: a line reader and the socket to write to.
struct Connection {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
    next_id: u64,
}

impl Connection {
    fn read_line(&mut self) -> Result<String, Box<dyn Error>> {
        let mut line = String::new();
        if self.reader.read_line(&mut line)? == 0 {
            return Err("the server closed the connection".into());
        }
        Ok(line)
    }

    /// Sends `cmd` and returns its typed reply; events are printed.
    fn call<C: Command>(&mut self, cmd: &C) -> Result<C::Returns, Box<dyn Error>> {
        self.next_id += 1;
        let request = Request::execute(cmd, Some(self.next_id.into()))?;
        let mut text = serde_json::to_string(&request)?;
        println!("-> {text}");
        text.push('\n');
        self.writer.write_all(text.as_bytes())?;
        loop {
            let line = self.read_line()?;
            let message: serde_json::Value = serde_json::from_str(&line)?;
            if message.get("event").is_some() {
                println!("<- event {}", message["event"]);
                continue;
            }
            let response: Response<C::Returns> = serde_json::from_value(message)?;
            return match response.result {
                ResponseResult::Return(value) => Ok(value),
                ResponseResult::Error(e) => Err(format!("{}: {}", e.class, e.desc).into()),
            };
        }
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let socket = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/qmp.sock".into());
    let stream = UnixStream::connect(&socket)?;
    let mut qmp = Connection {
        reader: BufReader::new(stream.try_clone()?),
        writer: stream,
        next_id: 0,
    };
    let greeting: Greeting = serde_json::from_str(&qmp.read_line()?)?;
    println!("greeting from QEMU {}", greeting.qmp.version.qemu.major);
    qmp.call(&QmpCapabilities { enable: None })?;
    let version = qmp.call(&QueryVersion)?;
    println!("package: {}", version.package);
    let status = qmp.call(&QueryStatus)?;
    println!("running: {}, status: {}", status.running, status.status);
    Ok(())
}
