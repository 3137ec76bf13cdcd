//! Helpers shared by the integration tests: the corpus location, a QEMU
//! started for a test (killed on drop), and running the built binary.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// `$QMP_CORPUS`, else `../shared/corpus` from the workspace root; `None`
/// (and a note on stderr) when it is absent, so the test is skipped.
pub fn corpus(test: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("QMP_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("{test}: skipped: corpus not found at {}", dir.display());
        None
    }
}

/// A `qemu-system-x86_64 -M none` with a QMP socket, killed on drop.
pub struct Qemu {
    child: Child,
    /// Keeps the socket directory alive.
    pub dir: tempfile::TempDir,
    /// The QMP socket.
    pub sock: PathBuf,
}

impl Qemu {
    /// Starts QEMU and waits (up to 20 s) for its socket; `None` (with a
    /// note) when qemu-system-x86_64 is not installed.
    pub fn start(test: &str) -> Option<Qemu> {
        let dir = tempfile::tempdir().expect("temp dir");
        let sock = dir.path().join("s.sock");
        let spawned = Command::new("qemu-system-x86_64")
            .args(["-M", "none", "-display", "none", "-nodefaults", "-qmp"])
            .arg(format!("unix:{},server=on,wait=off", sock.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn();
        let child = match spawned {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{test}: skipped: cannot run qemu-system-x86_64: {e}");
                return None;
            }
        };
        let mut q = Qemu { child, dir, sock };
        let deadline = Instant::now() + Duration::from_secs(20);
        while !q.sock.exists() {
            if let Ok(Some(status)) = q.child.try_wait() {
                panic!("qemu exited early: {status}");
            }
            assert!(
                Instant::now() < deadline,
                "qemu's QMP socket did not appear"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Some(q)
    }
}

impl Drop for Qemu {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `qmp-shell ARGS` with `input` on a piped stdin.
pub fn shell(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_qmp-shell"))
        .args(args)
        .env("QMP_SHELL_HISTFILE", "")
        .env_remove("QMP_SOCKET")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run qmp-shell");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(input.as_bytes()).expect("write stdin");
    drop(stdin);
    child.wait_with_output().expect("wait for qmp-shell")
}

/// Stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
