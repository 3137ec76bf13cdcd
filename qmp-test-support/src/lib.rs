//! Helpers shared by the tests and benchmarks of the qmp-rs workspace: the
//! location of the shared corpus, and real QEMU processes (and QEMU guest
//! agents, [`GuestAgent`]) started in a temporary directory and killed when
//! dropped.
//!
//! No test passes without checking. A missing corpus or QEMU binary fails
//! the test with a message saying how to get it, unless the user opted out
//! explicitly: `QMP_CORPUS=skip` skips the tests that need the corpus,
//! `QMP_QEMU=skip` those that need a QEMU binary, and a corpus made by
//! `scripts/fetch-corpus` lists in its `MISSING` file the parts no public
//! package has (the tests needing only those are skipped). Every skipped
//! test writes a line to the real standard error, past the test harness's
//! capture, so `cargo test` shows it. Under CI (`CI` set) nothing is
//! skipped: a missing input is always a failure there.

mod agent;
mod qemu;

pub use agent::{GuestAgent, HARMLESS_RPCS};
pub use qemu::{free_port, Qemu};

use std::io::Write;
use std::path::{Path, PathBuf};

/// The variable that locates the corpus, or opts out of it with `skip`.
pub const CORPUS_VAR: &str = "QMP_CORPUS";

/// The variable that opts out of the tests needing QEMU binaries (`skip`).
pub const QEMU_VAR: &str = "QMP_QEMU";

/// The file in which a fetched corpus lists the parts it lacks.
pub const MISSING_FILE: &str = "MISSING";

/// How to get the corpus, for the failure messages.
const HOW_TO_GET: &str = "get it with `scripts/fetch-corpus DIR` and set QMP_CORPUS=DIR \
     (or use the project's shared corpus at ../shared/corpus), \
     or set QMP_CORPUS=skip to skip the tests that need it";

/// Whether the run is under CI (the `CI` variable is set), where missing
/// inputs are errors instead of reasons to skip.
fn under_ci() -> bool {
    std::env::var_os("CI").is_some()
}

/// Whether the user opted out with `VAR=skip`.
fn opted_out(var: &str) -> bool {
    std::env::var_os(var).is_some_and(|v| v == "skip")
}

/// Reports that `test` is skipped because of `why`, on the real standard
/// error (the harness does not capture it); under CI, panics instead.
pub fn skip(test: &str, why: &str) {
    assert!(!under_ci(), "{test}: {why} (CI must provide it)");
    // Straight to the file descriptor: `eprintln!` would be captured and
    // shown only for failing tests. One write, so that lines of tests
    // running in parallel do not interleave.
    let line = format!("{test}: skipped: {why}\n");
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}

/// Reports that `test` cannot run because a QEMU program is unavailable
/// (`why`): skipped (see [`skip`]) when the user set `QMP_QEMU=skip`,
/// otherwise a panic saying how to install QEMU.
pub fn qemu_unavailable(test: &str, why: &str) {
    if opted_out(QEMU_VAR) {
        skip(test, &format!("{why}, and QMP_QEMU=skip"));
    } else {
        panic!(
            "{test}: {why}: install QEMU 10.0 with ./.ci/install-qemu, \
             or set QMP_QEMU=skip to skip the tests that need it"
        );
    }
}

/// The corpus directory: `$QMP_CORPUS`, else `../shared/corpus` beside the
/// workspace root. With `QMP_CORPUS=skip`, `None` after reporting that
/// `test` is skipped; a corpus that is not there is a panic saying how to
/// get it.
pub fn corpus(test: &str) -> Option<PathBuf> {
    if opted_out(CORPUS_VAR) {
        skip(test, "QMP_CORPUS=skip");
        return None;
    }
    let dir = std::env::var_os(CORPUS_VAR)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"));
    assert!(
        dir.is_dir(),
        "{test}: the test corpus (QEMU's schemas, test suite and captures) is not at {}: {HOW_TO_GET}",
        dir.display()
    );
    Some(dir)
}

/// The corpus directory, for a test that needs its part `part` (a path
/// relative to the corpus such as `hx` or `hmp/qemu-1.0`). When the part is
/// absent and the corpus's `MISSING` file lists it (a fetched corpus: no
/// public package has that part), `None` after reporting that `test` is
/// skipped and why; absent and not listed is a panic.
pub fn corpus_part(test: &str, part: &str) -> Option<PathBuf> {
    let dir = corpus(test)?;
    if dir.join(part).exists() {
        return Some(dir);
    }
    match missing_reason(&dir, part) {
        Some(why) => {
            skip(
                test,
                &format!("{part} is not in the corpus at {}: {why}", dir.display()),
            );
            None
        }
        None => panic!(
            "{test}: the corpus at {} has no {part}: {HOW_TO_GET}",
            dir.display()
        ),
    }
}

/// The reason the `MISSING` file of corpus `dir` gives for lacking `part`
/// (or a part containing it). Its lines read `PART: REASON`; `#` starts a
/// comment line.
fn missing_reason(dir: &Path, part: &str) -> Option<String> {
    let text = std::fs::read_to_string(dir.join(MISSING_FILE)).ok()?;
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .find(|(p, _)| {
            let p = p.trim().trim_end_matches('/');
            part == p || part.starts_with(&format!("{p}/"))
        })
        .map(|(_, why)| why.trim().to_owned())
}

/// QEMU 7.2 as `scripts/fetch-qemu-7.2` unpacks it (Debian 12's packages):
/// binaries under `root/`, QAPI schemas under `src/`.
#[derive(Clone, Debug)]
pub struct Qemu72 {
    dir: PathBuf,
}

impl Qemu72 {
    /// `qemu-system-x86_64` 7.2.
    pub fn system_binary(&self) -> PathBuf {
        self.dir.join("root/usr/bin/qemu-system-x86_64")
    }

    /// `qemu-storage-daemon` 7.2.
    pub fn storage_daemon_binary(&self) -> PathBuf {
        self.dir.join("root/usr/bin/qemu-storage-daemon")
    }

    /// The data and firmware directories of the 7.2 packages, each for a
    /// `-L` (QEMU 7.2 searches only those when one is given).
    pub fn data_dirs(&self) -> [PathBuf; 3] {
        ["usr/share/qemu", "usr/share/seabios", "usr/lib/ipxe/qemu"]
            .map(|d| self.dir.join("root").join(d))
    }

    /// The system emulator's QAPI schema (`qapi/qapi-schema.json`).
    pub fn qapi_schema(&self) -> PathBuf {
        self.dir.join("src/qapi/qapi-schema.json")
    }

    /// A 7.2 `qemu-system-x86_64 -L DIR... EXTRA` (see [`Qemu::system_at`]).
    pub fn system(&self, extra: &[&str]) -> Qemu {
        let dirs = self.data_dirs();
        let mut args = Vec::new();
        for d in &dirs {
            args.push("-L");
            args.push(d.to_str().expect("a UTF-8 cache path"));
        }
        args.extend_from_slice(extra);
        Qemu::system_at(&self.system_binary(), &args)
    }
}

/// QEMU 7.2 in `$QMP_CACHE/qemu-7.2` (default
/// `${XDG_CACHE_HOME:-$HOME/.cache}/qmp-rs`), where `scripts/fetch-qemu-7.2`
/// (run by `.ci/install-qemu`) puts it. `None` (after printing that `test`
/// is skipped) when it is not there; under CI that panics.
pub fn qemu_7_2(test: &str) -> Option<Qemu72> {
    let cache = std::env::var_os("QMP_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|d| Path::new(&d).join("qmp-rs")))
        .or_else(|| std::env::var_os("HOME").map(|d| Path::new(&d).join(".cache/qmp-rs")))?;
    let q = Qemu72 {
        dir: cache.join("qemu-7.2"),
    };
    let firmware = q.data_dirs()[1].join("bios-256k.bin");
    if q.system_binary().is_file() && q.qapi_schema().is_file() && firmware.is_file() {
        Some(q)
    } else {
        skip(
            test,
            &format!(
                "QEMU 7.2 not found in {} (run scripts/fetch-qemu-7.2)",
                q.dir.display()
            ),
        );
        None
    }
}

/// The entries of directory `dir`, sorted by path; panics when it cannot
/// be listed.
pub fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    out.sort();
    out
}

/// The corpus file `rel` (a path relative to the corpus) and its text, or
/// `None` when the test is skipped (see [`corpus_part`]).
pub fn corpus_text(test: &str, rel: &str) -> Option<(PathBuf, String)> {
    let path = corpus_part(test, rel)?.join(rel);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    Some((path, text))
}

/// The arguments of a small PC that real replies are decoded from: a
/// stopped `-M pc` with a disk (a null node), a balloon, a NIC on user
/// networking and a CD drive, so that queries about inserted media, PCI
/// devices, CPUs and ACPI state have something to report.
pub const PC_WITH_DEVICES: [&str; 17] = [
    "-M",
    "pc",
    "-m",
    "128",
    "-S",
    "-blockdev",
    "null-co,node-name=disk0,size=1048576",
    "-device",
    "virtio-blk-pci,drive=disk0,id=vd0",
    "-device",
    "virtio-balloon-pci,id=balloon0",
    "-netdev",
    "user,id=net0",
    "-device",
    "virtio-net-pci,netdev=net0,id=nic0",
    "-device",
    "ide-cd,id=cd0",
];

#[cfg(test)]
mod tests {
    use super::missing_reason;

    #[test]
    fn missing_file_names_parts_and_their_subparts() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join(super::MISSING_FILE),
            "# parts no public package has\nhx/: only in QEMU's git history\nhmp/qemu-1.0: old\n",
        )
        .expect("write");
        let why = |p| missing_reason(dir.path(), p);
        assert_eq!(why("hx").as_deref(), Some("only in QEMU's git history"));
        assert_eq!(
            why("hx/qemu-2.4/qmp-commands.hx").as_deref(),
            Some("only in QEMU's git history")
        );
        assert_eq!(why("hmp/qemu-1.0").as_deref(), Some("old"));
        assert_eq!(why("hmp/qemu-10.0.2"), None);
        assert_eq!(why("hxx"), None);
        assert_eq!(missing_reason(&dir.path().join("nowhere"), "hx"), None);
    }
}
