//! A real QEMU guest agent (`qemu-ga`) serving on a Unix socket in its own
//! temporary directory, allowed to run only commands that cannot change the
//! machine it runs on; killed on drop.
//!
//! `qemu-ga` is meant to run inside a guest, where `guest-shutdown` powers
//! the guest off. Run on the test machine it would power off the test
//! machine, so every agent started here gets `--allow-rpcs` with a subset of
//! [`HARMLESS_RPCS`] (a list checked when the agent starts), and an empty
//! configuration file (`QGA_CONF`) so that no system-wide `qemu-ga.conf`
//! can widen it. Its state directory (`-t`), pid file (`-f`) and socket all
//! live in the temporary directory.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// How long the agent gets to start listening.
const STARTUP: Duration = Duration::from_secs(20);

/// The commands a test agent may be allowed to run. None of them changes
/// the machine: they read its state, echo, run a program the test names
/// (`guest-exec`, with harmless programs only) and open files (the tests
/// open files only inside the agent's temporary directory).
/// Shutdown, suspend, `guest-set-time`, the fsfreeze and fstrim commands,
/// passwords, vCPUs, memory blocks and SSH keys are never allowed.
pub const HARMLESS_RPCS: &[&str] = &[
    "guest-sync-delimited",
    "guest-sync",
    "guest-ping",
    "guest-info",
    "guest-get-osinfo",
    "guest-get-host-name",
    "guest-get-time",
    "guest-get-timezone",
    "guest-get-fsinfo",
    "guest-network-get-interfaces",
    "guest-exec",
    "guest-exec-status",
    "guest-file-open",
    "guest-file-read",
    "guest-file-write",
    "guest-file-seek",
    "guest-file-flush",
    "guest-file-close",
];

/// A running `qemu-ga -m unix-listen`; killed (and reaped) when dropped.
pub struct GuestAgent {
    child: Child,
    socket: PathBuf,
    dir: TempDir,
    version: (u32, u32, u32),
}

impl GuestAgent {
    /// An agent allowed to run every command of [`HARMLESS_RPCS`]. The
    /// binary is `$QMP_QEMU_GA` if set, else `qemu-ga` from the PATH (or
    /// `/usr/sbin`, where Debian installs it). `None` when it is not
    /// installed (the caller is then skipped; under CI this panics).
    pub fn start() -> Option<GuestAgent> {
        Self::start_allowing(HARMLESS_RPCS)
    }

    /// An agent allowed to run exactly `rpcs`, each of which must be in
    /// [`HARMLESS_RPCS`] (panics otherwise). Every other command answers
    /// `CommandNotFound` ("has been disabled").
    pub fn start_allowing(rpcs: &[&str]) -> Option<GuestAgent> {
        for r in rpcs {
            assert!(
                HARMLESS_RPCS.contains(r),
                "{r} is not in HARMLESS_RPCS: a test agent must not run it"
            );
        }
        assert!(
            !rpcs.is_empty(),
            "an empty --allow-rpcs would allow everything"
        );
        let bin = agent_binary()?;
        let version = agent_version(&bin);
        let dir = TempDir::new().expect("temp dir");
        let socket = dir.path().join("qga.sock");
        let conf = dir.path().join("qemu-ga.conf");
        std::fs::write(&conf, "").expect("write the empty qemu-ga.conf");
        let mut cmd = Command::new(&bin);
        cmd.env("QGA_CONF", &conf)
            .args(["-m", "unix-listen", "-p"])
            .arg(&socket)
            .arg("-t")
            .arg(dir.path())
            .arg("-f")
            .arg(dir.path().join("qemu-ga.pid"))
            .arg(format!("--allow-rpcs={}", rpcs.join(",")))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        let child = cmd.spawn().expect("start qemu-ga");
        let mut agent = GuestAgent {
            child,
            socket,
            dir,
            version,
        };
        // As with QEMU: the kernel's table says when the socket listens,
        // without a probe connection that the agent would take as its first
        // client.
        let socket = agent.socket.clone();
        agent.wait_for("the agent's socket", || {
            crate::qemu::listening(&socket).unwrap_or_else(|| crate::qemu::probe(&socket, false))
        });
        Some(agent)
    }

    /// The agent's socket.
    pub fn socket(&self) -> &Path {
        &self.socket
    }

    /// The agent's temporary directory: the only place tests open files in.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The binary's `(major, minor, micro)` version.
    pub fn version(&self) -> (u32, u32, u32) {
        self.version
    }

    /// The process id of the agent.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether the agent process is still running.
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    fn wait_for(&mut self, what: &str, mut ready: impl FnMut() -> bool) {
        let deadline = Instant::now() + STARTUP;
        while !ready() {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("qemu-ga exited ({status}) before {what} was ready");
            }
            assert!(
                Instant::now() < deadline,
                "{what} not ready after {STARTUP:?}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for GuestAgent {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `$QMP_QEMU_GA`, else `qemu-ga` on the PATH or in `/usr/sbin` (not on
/// every user's PATH).
fn agent_binary() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("QMP_QEMU_GA") {
        return Some(p.into());
    }
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    dirs.push("/usr/sbin".into());
    let found = dirs.iter().map(|d| d.join("qemu-ga")).find(|p| p.is_file());
    if found.is_none() {
        crate::skip(
            "qemu-ga",
            "not installed (.ci/install-qemu installs it; or set QMP_QEMU_GA to its path)",
        );
    }
    found
}

/// The version `qemu-ga --version` prints first (`QEMU Guest Agent 10.0.2`).
fn agent_version(bin: &Path) -> (u32, u32, u32) {
    let out = Command::new(bin)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("run {} --version: {e}", bin.display()));
    let text = String::from_utf8_lossy(&out.stdout);
    let first = text.lines().next().unwrap_or("");
    crate::qemu::parse_version(first)
        .unwrap_or_else(|| panic!("{}: no version in {first:?}", bin.display()))
}
