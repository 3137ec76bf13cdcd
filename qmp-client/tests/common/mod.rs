//! Helpers shared by the integration tests: real QEMU servers in temporary
//! directories (killed on drop), a scripted fake QMP server, the corpus.
#![allow(dead_code)]

pub mod probe;

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// How long a server gets to create its socket.
const STARTUP: Duration = Duration::from_secs(20);

/// The binary to run: `$var` when set, else `name` when it is on the PATH.
/// Without it the test is skipped, except under CI where it must exist.
fn binary(var: &str, name: &str) -> Option<PathBuf> {
    if let Ok(p) = std::env::var(var) {
        return Some(p.into());
    }
    let found = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join(name))
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{name} is not installed (CI must install it: .ci/install-qemu)"
        );
        eprintln!("skipped: {name} is not installed (set {var} to its path)");
    }
    found
}

/// A QEMU process serving QMP on a Unix socket in its own temporary
/// directory; killed when dropped.
pub struct Server {
    child: Child,
    /// The QMP socket.
    pub socket: PathBuf,
    /// The temporary directory (sockets, files).
    pub dir: TempDir,
}

impl Server {
    /// `qemu-system-x86_64 -M none` with a QMP socket, or `None` (skipped).
    pub fn qemu_system() -> Option<Server> {
        let bin = binary("QMP_QEMU_SYSTEM", "qemu-system-x86_64")?;
        let dir = TempDir::new().expect("temp dir");
        let socket = dir.path().join("qmp.sock");
        let mut cmd = Command::new(bin);
        cmd.args(["-M", "none", "-display", "none", "-nodefaults", "-qmp"])
            .arg(format!("unix:{},server=on,wait=off", socket.display()));
        Some(Self::start(cmd, dir, socket))
    }

    /// `qemu-system-x86_64 -M none` with QMP on a TCP port of 127.0.0.1,
    /// and that `host:port`; or `None` (skipped).
    pub fn qemu_system_tcp() -> Option<(Server, String)> {
        let bin = binary("QMP_QEMU_SYSTEM", "qemu-system-x86_64")?;
        let dir = TempDir::new().expect("temp dir");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let addr = format!("127.0.0.1:{port}");
        let mut cmd = Command::new(bin);
        cmd.args(["-M", "none", "-display", "none", "-nodefaults", "-qmp"])
            .arg(format!("tcp:{addr},server=on,wait=off"))
            .stdin(Stdio::null())
            .stdout(Stdio::null());
        let mut child = cmd.spawn().expect("start qemu-system-x86_64");
        let deadline = Instant::now() + STARTUP;
        // Probe until the port accepts; QEMU takes the next client after
        // the probe closes.
        while std::net::TcpStream::connect(&addr).is_err() {
            if let Ok(Some(status)) = child.try_wait() {
                panic!("qemu exited before listening: {status}");
            }
            assert!(Instant::now() < deadline, "no listener after {STARTUP:?}");
            std::thread::sleep(Duration::from_millis(10));
        }
        let socket = dir.path().join("unused");
        Some((Server { child, socket, dir }, addr))
    }

    /// `qemu-storage-daemon` with a QMP monitor, or `None` (skipped).
    pub fn storage_daemon() -> Option<Server> {
        let bin = binary("QMP_QEMU_STORAGE_DAEMON", "qemu-storage-daemon")?;
        let dir = TempDir::new().expect("temp dir");
        let socket = dir.path().join("qsd.sock");
        let mut cmd = Command::new(bin);
        cmd.arg("--chardev")
            .arg(format!(
                "socket,path={},server=on,wait=off,id=m",
                socket.display()
            ))
            .args(["--monitor", "chardev=m"]);
        Some(Self::start(cmd, dir, socket))
    }

    fn start(mut cmd: Command, dir: TempDir, socket: PathBuf) -> Server {
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        let child = cmd.spawn().expect("start the QEMU binary");
        let mut server = Server { child, socket, dir };
        server.wait_for_socket();
        server
    }

    fn wait_for_socket(&mut self) {
        let deadline = Instant::now() + STARTUP;
        while !self.socket.exists() {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("the server exited before creating its socket: {status}");
            }
            assert!(Instant::now() < deadline, "no socket after {STARTUP:?}");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits (bounded) for the process to exit and returns whether it
    /// exited successfully.
    pub fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + STARTUP;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The QMP corpus (`../shared/corpus` from the workspace root, or
/// `$QMP_CORPUS`), or `None` after printing that the test is skipped.
pub fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("QMP_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: no corpus at {}", dir.display());
        None
    }
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
