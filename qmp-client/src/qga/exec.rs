//! Running a program in the guest to its end: `guest-exec` starts it,
//! `guest-exec-status` is polled (with a growing interval) until it has
//! exited, and its captured output arrives base64-encoded, which
//! [`ExecOutput`] decodes.
//!
//! The agent forgets a process once it has reported its exit, so the
//! status that says `exited` is the only one: the helpers turn it into an
//! [`ExecOutput`] at once.

use crate::error::{DecodeError, Error, Result};
use base64::Engine as _;
use qmp_bindings::qga::GuestExecStatus;
use std::time::Duration;

/// Encodes bytes as the agent's base64 (standard alphabet, padded), as
/// `guest-exec`'s `input-data` and `guest-file-write`'s `buf-b64` want.
pub fn encode_base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Decodes the agent's base64 (`out-data`, `buf-b64`, ...).
pub fn decode_base64(text: &str) -> std::result::Result<Vec<u8>, String> {
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|e| e.to_string())
}

/// How the exec helpers wait for a program to exit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExecPoll {
    /// The pause before the first `guest-exec-status`; each later pause
    /// doubles, up to `max_interval`.
    pub interval: Duration,
    /// The longest pause between two polls.
    pub max_interval: Duration,
    /// How long to wait for the exit in all; `None` waits forever. When it
    /// passes, the call fails with `Error::Timeout` and the program goes
    /// on running: [`crate::qga::GuestAgent::wait_exec`] with its pid
    /// waits again.
    pub timeout: Option<Duration>,
}

impl Default for ExecPoll {
    /// 5 ms, doubling up to 500 ms; no overall limit (each poll is still
    /// bounded by the call timeout).
    fn default() -> Self {
        ExecPoll {
            interval: Duration::from_millis(5),
            max_interval: Duration::from_millis(500),
            timeout: None,
        }
    }
}

impl ExecPoll {
    /// The pause after `pause`.
    pub(crate) fn next(&self, pause: Duration) -> Duration {
        (pause * 2).min(self.max_interval)
    }
}

/// How a program run by `guest-exec` ended, with its captured output
/// decoded.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ExecOutput {
    /// The pid the agent gave the program.
    pub pid: i64,
    /// Its exit code, when it exited normally.
    pub exit_code: Option<i64>,
    /// The signal that ended it (Linux guests), or the unhandled exception
    /// code (Windows guests), when it did not exit normally.
    pub signal: Option<i64>,
    /// What it wrote to stdout (empty unless output was captured).
    pub stdout: Vec<u8>,
    /// What it wrote to stderr (empty unless captured separately).
    pub stderr: Vec<u8>,
    /// Whether the agent cut stdout short (it keeps at most 16 MiB).
    pub stdout_truncated: bool,
    /// Whether the agent cut stderr short.
    pub stderr_truncated: bool,
}

impl ExecOutput {
    /// Whether the program exited normally with code 0.
    pub fn success(&self) -> bool {
        self.exit_code == Some(0)
    }

    /// The output of an exited program from its `guest-exec-status`;
    /// `None` while it still runs. Output that is not base64 is an
    /// `Error::Decode` naming the member.
    pub fn from_status(pid: i64, status: GuestExecStatus) -> Result<Option<ExecOutput>> {
        if !status.exited {
            return Ok(None);
        }
        let decode = |member: &str, text: Option<String>| -> Result<Vec<u8>> {
            let Some(text) = text else {
                return Ok(Vec::new());
            };
            decode_base64(&text).map_err(|message| {
                Error::Decode(Box::new(DecodeError {
                    command: "guest-exec-status".into(),
                    rust_type: "Vec<u8> (base64 text)".into(),
                    server_older: None,
                    path: format!(".{member}"),
                    message,
                    raw: serde_json::Value::String(text),
                }))
            })
        };
        Ok(Some(ExecOutput {
            pid,
            exit_code: status.exitcode,
            signal: status.signal,
            stdout: decode("out-data", status.out_data)?,
            stderr: decode("err-data", status.err_data)?,
            stdout_truncated: status.out_truncated.unwrap_or(false),
            stderr_truncated: status.err_truncated.unwrap_or(false),
        }))
    }
}

/// The error of a wait that ran out of time.
pub(crate) fn exec_timeout(pid: i64, after: Duration) -> Error {
    Error::Timeout {
        waiting_for: format!("guest-exec process {pid} to exit"),
        after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(json: serde_json::Value) -> GuestExecStatus {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn decodes_a_finished_status_as_the_agent_sends_it() {
        // The reply qemu-ga 10.0.2 gave for `sh -c 'echo out; echo err >&2; exit 3'`.
        let s = status(serde_json::json!(
            {"exitcode": 3, "err-data": "ZXJyCg==", "out-data": "b3V0Cg==", "exited": true}
        ));
        let out = ExecOutput::from_status(7, s).unwrap().unwrap();
        assert_eq!(out.stdout, b"out\n");
        assert_eq!(out.stderr, b"err\n");
        assert_eq!(out.exit_code, Some(3));
        assert!(!out.success());
    }

    #[test]
    fn a_running_program_has_no_output_yet_and_bad_base64_names_the_member() {
        assert_eq!(
            ExecOutput::from_status(1, status(serde_json::json!({"exited": false}))).unwrap(),
            None
        );
        let bad = status(serde_json::json!({"exited": true, "out-data": "not base64!"}));
        let err = ExecOutput::from_status(1, bad).unwrap_err();
        assert!(err.to_string().contains("`.out-data`"), "{err}");
    }

    #[test]
    fn poll_interval_doubles_up_to_the_maximum() {
        let p = ExecPoll::default();
        assert_eq!(p.next(Duration::from_millis(5)), Duration::from_millis(10));
        assert_eq!(
            p.next(Duration::from_millis(400)),
            Duration::from_millis(500)
        );
    }
}
