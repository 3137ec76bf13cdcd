//! A real QEMU (`qemu-system-x86_64` or `qemu-storage-daemon`) serving QMP
//! on a Unix socket in its own temporary directory, killed on drop.

use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// How long a server gets to become ready (create its socket, listen).
const STARTUP: Duration = Duration::from_secs(20);

/// The binary to run: `$var` when set, else `name` when it is on the PATH.
/// When neither is there: `None` after reporting that the caller is skipped
/// if the user opted out with `QMP_QEMU=skip`, else a panic saying how to
/// install it (see [`crate::qemu_unavailable`]).
fn binary(var: &str, name: &str) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(var) {
        return Some(p.into());
    }
    let found = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join(name))
        .find(|p| p.is_file());
    if found.is_none() {
        crate::qemu_unavailable(
            name,
            &format!("{name} is not installed (or set {var} to a binary)"),
        );
    }
    found
}

/// A free TCP port on 127.0.0.1 (bound, read, released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// A QEMU process with a QMP monitor on a Unix socket in its own temporary
/// directory; killed (and reaped) when dropped.
pub struct Qemu {
    child: Child,
    socket: PathBuf,
    dir: TempDir,
    version: (u32, u32, u32),
}

/// The `X.Y.Z` after `version ` in the first line of `BIN --version`.
fn binary_version(bin: &Path) -> (u32, u32, u32) {
    let out = Command::new(bin)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("run {} --version: {e}", bin.display()));
    let text = String::from_utf8_lossy(&out.stdout);
    let first = text.lines().next().unwrap_or("");
    parse_version(first).unwrap_or_else(|| panic!("{}: no version in {first:?}", bin.display()))
}

/// The `X.Y[.Z]` after `version ` (QEMU, qemu-storage-daemon) or after
/// `Guest Agent ` (qemu-ga) in a `--version` line.
pub(crate) fn parse_version(line: &str) -> Option<(u32, u32, u32)> {
    let at = ["version ", "Guest Agent "]
        .iter()
        .find_map(|m| line.find(m).map(|i| i + m.len()))?;
    let word = line[at..].split_whitespace().next()?;
    let mut parts = word.split('.').map(|p| p.parse::<u32>().ok());
    Some((
        parts.next()??,
        parts.next()??,
        parts.next().flatten().unwrap_or(0),
    ))
}

impl Qemu {
    /// `qemu-system-x86_64 -display none -nodefaults EXTRA -qmp unix:…`,
    /// with `-M none` first unless `extra` names a machine (`-M`,
    /// `-machine`). The binary is `$QMP_QEMU_SYSTEM` if set. `None` when it
    /// is not installed and `QMP_QEMU=skip` (the caller is then skipped).
    pub fn system(extra: &[&str]) -> Option<Qemu> {
        let bin = binary("QMP_QEMU_SYSTEM", "qemu-system-x86_64")?;
        Some(Self::system_at(&bin, extra))
    }

    /// Like [`Self::system`], with the binary `bin` (for example the QEMU
    /// 7.2 of [`crate::qemu_7_2`]).
    pub fn system_at(bin: &Path, extra: &[&str]) -> Qemu {
        let version = binary_version(bin);
        let dir = TempDir::new().expect("temp dir");
        let socket = dir.path().join("qmp.sock");
        let mut cmd = Command::new(bin);
        if !extra.iter().any(|a| *a == "-M" || *a == "-machine") {
            cmd.args(["-M", "none"]);
        }
        cmd.args(["-display", "none", "-nodefaults"])
            .args(extra)
            .arg("-qmp")
            .arg(format!("unix:{},server=on,wait=off", socket.display()));
        Self::start(cmd, dir, socket, version)
    }

    /// `qemu-storage-daemon` with a QMP monitor; see [`Self::storage_daemon_with`].
    pub fn storage_daemon() -> Option<Qemu> {
        Self::storage_daemon_with(&[])
    }

    /// `qemu-storage-daemon --chardev socket,… --monitor … EXTRA`. The
    /// binary is `$QMP_QEMU_STORAGE_DAEMON` if set. `None` when it is not
    /// installed and `QMP_QEMU=skip` (the caller is then skipped).
    pub fn storage_daemon_with(extra: &[&str]) -> Option<Qemu> {
        let bin = binary("QMP_QEMU_STORAGE_DAEMON", "qemu-storage-daemon")?;
        let version = binary_version(&bin);
        let dir = TempDir::new().expect("temp dir");
        let socket = dir.path().join("qsd.sock");
        let mut cmd = Command::new(bin);
        cmd.arg("--chardev")
            .arg(format!(
                "socket,path={},server=on,wait=off,id=qmp-test-support",
                socket.display()
            ))
            .args(["--monitor", "chardev=qmp-test-support"])
            .args(extra);
        Some(Self::start(cmd, dir, socket, version))
    }

    fn start(mut cmd: Command, dir: TempDir, socket: PathBuf, version: (u32, u32, u32)) -> Qemu {
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        let child = cmd.spawn().expect("start the QEMU binary");
        let mut qemu = Qemu {
            child,
            socket,
            dir,
            version,
        };
        let socket = qemu.socket.clone();
        // The socket file appears at bind(), before QEMU calls listen();
        // a client connecting in between is refused. The kernel's table of
        // Unix sockets says when it listens, without connecting: a probe
        // connection would be QEMU's first client, and while QEMU tears it
        // down a client connecting at the same moment can be closed at once
        // (seen as `Disconnected` on a busy machine).
        qemu.wait_for("the QMP socket", || {
            listening(&socket).unwrap_or_else(|| probe(&socket, true))
        });
        qemu
    }

    /// The binary's `(major, minor, micro)` version, from `--version`.
    pub fn version(&self) -> (u32, u32, u32) {
        self.version
    }

    /// Whether the server is older than QEMU 10.0, the release whose
    /// schema the shipped bindings and the tests' expected replies follow.
    pub fn older_than_bindings(&self) -> bool {
        self.version < (10, 0, 0)
    }

    /// The QMP socket.
    pub fn socket(&self) -> &Path {
        &self.socket
    }

    /// The temporary directory holding the socket, for other scratch files.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Waits (at most 20 s) until `ready` holds; panics if the process
    /// exits first or the time runs out.
    pub fn wait_for(&mut self, what: &str, mut ready: impl FnMut() -> bool) {
        let deadline = Instant::now() + STARTUP;
        while !ready() {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("QEMU exited ({status}) before {what} was ready");
            }
            assert!(
                Instant::now() < deadline,
                "{what} not ready after {STARTUP:?}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits (at most 20 s) for the process to exit and returns whether it
    /// exited successfully.
    pub fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + STARTUP;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            assert!(Instant::now() < deadline, "QEMU did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Qemu {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether a Unix socket bound at `path` is listening, from the kernel's
/// table (`/proc/net/unix`: the `__SO_ACCEPTCON` flag); `None` when the
/// table cannot be read.
pub(crate) fn listening(path: &Path) -> Option<bool> {
    const ACCEPTCON: u32 = 1 << 16;
    let table = std::fs::read_to_string("/proc/net/unix").ok()?;
    let path = path.to_str()?;
    Some(table.lines().skip(1).any(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        fields.len() >= 8
            && fields[7] == path
            && u32::from_str_radix(fields[3], 16).is_ok_and(|f| f & ACCEPTCON != 0)
    }))
}

/// Where `/proc/net/unix` cannot be read: whether a connection to `path` is
/// accepted. With `greets`, waits for the server's first line before hanging
/// up, so that the server has taken this connection before the next one
/// comes.
pub(crate) fn probe(path: &Path, greets: bool) -> bool {
    use std::io::Read;
    let Ok(mut stream) = UnixStream::connect(path) else {
        return false;
    };
    if greets {
        let _ = stream.set_read_timeout(Some(STARTUP));
        let mut buf = [0u8; 512];
        while let Ok(n @ 1..) = stream.read(&mut buf) {
            if buf[..n].contains(&b'\n') {
                break;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_of_both_binaries_parse() {
        assert_eq!(
            parse_version("QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)"),
            Some((7, 2, 22))
        );
        assert_eq!(
            parse_version("qemu-storage-daemon version 10.0.2 (Debian 1:10.0.2+ds-2)"),
            Some((10, 0, 2))
        );
        assert_eq!(parse_version("QEMU Guest Agent 10.0.2"), Some((10, 0, 2)));
        assert_eq!(parse_version("no number here"), None);
    }

    #[test]
    fn the_kernel_table_tells_a_listening_socket() {
        let dir = TempDir::new().unwrap();
        let listener = dir.path().join("listen.sock");
        let datagram = dir.path().join("dgram.sock");
        assert_eq!(listening(&listener), Some(false));
        let _l = std::os::unix::net::UnixListener::bind(&listener).unwrap();
        let _d = std::os::unix::net::UnixDatagram::bind(&datagram).unwrap();
        assert_eq!(listening(&listener), Some(true));
        // Bound, but a datagram socket never listens.
        assert_eq!(listening(&datagram), Some(false));
        assert!(probe(&listener, false));
        assert!(!probe(&datagram, false));
    }
}
