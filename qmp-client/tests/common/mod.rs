//! Helpers shared by the integration tests: real QEMU servers (from
//! `qmp-test-support`) and a scripted fake QMP server.
#![allow(dead_code)]

pub mod probe;

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::thread::JoinHandle;
use tempfile::TempDir;

pub use qmp_test_support::Qemu;

/// `qemu-system-x86_64 -M none` with a second QMP monitor on a TCP port of
/// 127.0.0.1, and that `host:port`; or `None` (skipped).
pub fn qemu_system_tcp() -> Option<(Qemu, String)> {
    let addr = format!("127.0.0.1:{}", qmp_test_support::free_port());
    let tcp = format!("tcp:{addr},server=on,wait=off");
    let mut qemu = Qemu::system(&["-qmp", &tcp])?;
    // Probe until the port accepts; QEMU takes the next client after the
    // probe closes.
    qemu.wait_for("the TCP listener", || {
        std::net::TcpStream::connect(&addr).is_ok()
    });
    Some((qemu, addr))
}

/// The server side of a scripted fake QMP connection.
pub struct Fake {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
}

/// A greeting as QEMU 10.0.2 sends it.
pub const GREETING: &str = r#"{"QMP": {"version": {"qemu": {"micro": 2, "minor": 0, "major": 10}, "package": "Debian 1:10.0.2+ds-2"}, "capabilities": ["oob"]}}"#;

impl Fake {
    /// Sends `text` and a newline.
    pub fn send(&mut self, text: &str) {
        self.send_bytes(text.as_bytes());
        self.send_bytes(b"\r\n");
    }

    /// Sends raw bytes; a client that went away is not an error.
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        let _ = self.writer.write_all(bytes);
    }

    /// Reads one request; `Value::Null` when the client closed.
    pub fn request(&mut self) -> Value {
        let mut line = String::new();
        match self.reader.read_line(&mut line) {
            Ok(n) if n > 0 => serde_json::from_str(&line).expect("the client sent JSON"),
            _ => Value::Null,
        }
    }

    /// Replies `ret` to `req`.
    pub fn reply(&mut self, req: &Value, ret: Value) {
        let text = json!({"return": ret, "id": req["id"]}).to_string();
        self.send(&text);
    }

    /// Greets and answers `qmp_capabilities`; returns that request.
    pub fn handshake(&mut self) -> Value {
        self.send(GREETING);
        let req = self.request();
        assert_eq!(req["execute"], "qmp_capabilities");
        self.reply(&req, json!({}));
        req
    }

    /// Reads up to `max` raw bytes (0 when the client closed).
    pub fn read_raw(&mut self, max: usize) -> usize {
        use std::io::Read;
        let mut buf = vec![0; max];
        self.reader.read(&mut buf).unwrap_or(0)
    }

    /// Waits until the client closes its side.
    pub fn drain(&mut self) {
        while !self.request().is_null() {}
    }
}

/// A fake server on a Unix socket in a temporary directory, running
/// `script` for one connection in a thread.
pub struct FakeServer {
    /// The socket path.
    pub socket: PathBuf,
    _dir: TempDir,
    thread: Option<JoinHandle<()>>,
}

impl FakeServer {
    /// Starts the server.
    pub fn start(script: impl FnOnce(&mut Fake) + Send + 'static) -> FakeServer {
        let dir = TempDir::new().expect("temp dir");
        let socket = dir.path().join("fake.sock");
        let listener = UnixListener::bind(&socket).expect("bind");
        let thread = std::thread::spawn(move || {
            let (stream, _) = listener.accept().expect("accept");
            let writer = stream.try_clone().expect("clone");
            let mut fake = Fake {
                reader: BufReader::new(stream),
                writer,
            };
            script(&mut fake);
        });
        FakeServer {
            socket,
            _dir: dir,
            thread: Some(thread),
        }
    }

    /// Waits for the script to finish, propagating its panics.
    pub fn join(mut self) {
        if let Some(t) = self.thread.take() {
            if let Err(p) = t.join() {
                std::panic::resume_unwind(p);
            }
        }
    }
}
