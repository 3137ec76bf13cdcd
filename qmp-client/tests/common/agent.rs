//! A scripted fake guest agent on a Unix socket: it sees the bytes a
//! guest agent client sends (0xFF included) and answers as the script says,
//! stale lines, silence and id-less errors included.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::thread::JoinHandle;
use tempfile::TempDir;

/// One line a client sent.
#[derive(Debug)]
pub struct Sent {
    /// Whether 0xFF bytes came before the JSON.
    pub reset: bool,
    /// The request.
    pub json: Value,
}

/// The server side of one connection.
pub struct AgentConn {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
}

impl AgentConn {
    /// The next line the client sent; `None` once it closed.
    pub fn next(&mut self) -> Option<Sent> {
        let mut line = Vec::new();
        match self.reader.read_until(b'\n', &mut line) {
            Ok(n) if n > 0 => {}
            _ => return None,
        }
        let start = line.iter().take_while(|&&b| b == 0xFF).count();
        let json = serde_json::from_slice(&line[start..]).expect("the client sent JSON");
        Some(Sent {
            reset: start > 0,
            json,
        })
    }

    /// The next request, which must be a command other than a sync.
    pub fn request(&mut self) -> Value {
        let sent = self.next().expect("a request");
        assert_ne!(sent.json["execute"], "guest-sync-delimited", "{:?}", sent);
        sent.json
    }

    /// Reads the client's sync, checks that 0xFF preceded it, and returns
    /// its id without answering.
    pub fn sync_request(&mut self) -> i64 {
        let sent = self.next().expect("a sync");
        assert!(sent.reset, "no 0xFF before the sync: {:?}", sent.json);
        assert_eq!(sent.json["execute"], "guest-sync-delimited", "{:?}", sent);
        sent.json["arguments"]["id"]
            .as_i64()
            .expect("an integer sync id")
    }

    /// Answers a sync as qemu-ga does: the id-less parse error its parser
    /// gives the 0xFF byte, then 0xFF and the reply.
    pub fn answer_sync(&mut self, token: i64) {
        self.send(
            r#"{"error": {"class": "GenericError", "desc": "JSON parse error, stray '\uFFFD'"}}"#,
        );
        self.send_bytes(&[0xFF]);
        self.send(&json!({ "return": token }).to_string());
    }

    /// Reads and answers a sync.
    pub fn sync(&mut self) {
        let token = self.sync_request();
        self.answer_sync(token);
    }

    /// Sends `text` and a newline.
    pub fn send(&mut self, text: &str) {
        self.send_bytes(text.as_bytes());
        self.send_bytes(b"\n");
    }

    /// Sends raw bytes; a client that went away is not an error.
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        let _ = self.writer.write_all(bytes);
    }

    /// Replies `ret` to `req` (with its id).
    pub fn reply(&mut self, req: &Value, ret: Value) {
        self.send(&json!({"return": ret, "id": req["id"]}).to_string());
    }

    /// Answers `req` with an error of `class`.
    pub fn error(&mut self, req: &Value, class: &str, desc: &str) {
        let e = json!({"error": {"class": class, "desc": desc}, "id": req["id"]});
        self.send(&e.to_string());
    }

    /// Waits until the client closes its side.
    pub fn drain(&mut self) {
        while self.next().is_some() {}
    }
}

/// The listening side, handing out connections to the script.
pub struct Listener(UnixListener);

impl Listener {
    /// The next connection.
    pub fn accept(&mut self) -> AgentConn {
        let (stream, _) = self.0.accept().expect("accept");
        let writer = stream.try_clone().expect("clone");
        AgentConn {
            reader: BufReader::new(stream),
            writer,
        }
    }
}

/// A fake agent on a Unix socket in a temporary directory, running
/// `script` in a thread.
pub struct FakeAgent {
    /// The socket path.
    pub socket: PathBuf,
    _dir: TempDir,
    thread: Option<JoinHandle<()>>,
}

impl FakeAgent {
    /// Starts the agent; the script accepts the connections it expects.
    pub fn start(script: impl FnOnce(&mut Listener) + Send + 'static) -> FakeAgent {
        let dir = TempDir::new().expect("temp dir");
        let socket = dir.path().join("fake-qga.sock");
        let listener = UnixListener::bind(&socket).expect("bind");
        let thread = std::thread::spawn(move || script(&mut Listener(listener)));
        FakeAgent {
            socket,
            _dir: dir,
            thread: Some(thread),
        }
    }

    /// A fake agent for one connection.
    pub fn one(script: impl FnOnce(&mut AgentConn) + Send + 'static) -> FakeAgent {
        Self::start(move |l| script(&mut l.accept()))
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
