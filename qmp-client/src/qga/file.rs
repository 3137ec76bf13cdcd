//! What the file helpers share: chunk sizes, the typed requests of one
//! step, and decoding a `guest-file-read` reply.
//!
//! A guest file is copied one chunk at a time (`guest-file-read` with
//! `count`, `guest-file-write` with one chunk's base64), so the memory a
//! copy needs is bounded by the chunk size (about three times it: the raw
//! chunk, its base64 and the JSON line), whatever the file's size. The
//! handle is closed whether the copy succeeds or not.

use crate::error::{DecodeError, Error, Result};
use qmp_bindings::qga::{GuestFileClose, GuestFileOpen, GuestFileRead, GuestFileReadCmd};

/// Default bytes per `guest-file-read` / `guest-file-write`: 1 MiB, whose
/// base64 reply (1.4 MB) is far below the default message limit.
pub const DEFAULT_FILE_CHUNK: usize = 1 << 20;

/// The most `qemu-ga` reads in one `guest-file-read`: 48 MiB (it refuses a
/// larger `count`).
pub const MAX_FILE_CHUNK: usize = 48 << 20;

/// One chunk read from a guest file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileChunk {
    /// The bytes read.
    pub data: Vec<u8>,
    /// Whether the end of the file was reached.
    pub eof: bool,
}

/// The chunk size to use: `chunk` within `1..=MAX_FILE_CHUNK`.
pub(crate) fn clamp_chunk(chunk: usize) -> usize {
    chunk.clamp(1, MAX_FILE_CHUNK)
}

/// `guest-file-open` of `path` with `mode` (fopen's: `r`, `w`, `a`, `r+`...).
pub(crate) fn open(path: &str, mode: &str) -> GuestFileOpen {
    GuestFileOpen {
        path: path.to_string(),
        mode: Some(mode.to_string()),
    }
}

/// `guest-file-read` of up to `chunk` bytes.
pub(crate) fn read(handle: i64, chunk: usize) -> GuestFileReadCmd {
    GuestFileReadCmd {
        handle,
        count: Some(i64::try_from(clamp_chunk(chunk)).unwrap_or(i64::MAX)),
    }
}

/// `guest-file-close`.
pub(crate) fn close(handle: i64) -> GuestFileClose {
    GuestFileClose { handle }
}

/// Decodes a `guest-file-read` reply; bad base64 is an `Error::Decode`.
pub(crate) fn chunk_of(reply: GuestFileRead) -> Result<FileChunk> {
    let data = super::decode_base64(&reply.buf_b64).map_err(|message| {
        Error::Decode(Box::new(DecodeError {
            command: "guest-file-read".into(),
            rust_type: "Vec<u8> (base64 text)".into(),
            server_older: None,
            path: ".buf-b64".into(),
            message,
            raw: serde_json::Value::String(reply.buf_b64.clone()),
        }))
    })?;
    Ok(FileChunk {
        data,
        eof: reply.eof,
    })
}

/// How many bytes of a `guest-file-write` of `sent` bytes were written,
/// checked: the agent may not claim more than it was given.
pub(crate) fn written(count: i64, sent: usize) -> Result<usize> {
    match usize::try_from(count) {
        Ok(n) if n <= sent => Ok(n),
        _ => Err(Error::Protocol(format!(
            "guest-file-write: the agent reports {count} bytes written of {sent}"
        ))),
    }
}

/// The first error of a copy, else the error of closing its handle.
pub(crate) fn first_error<T>(copy: Result<T>, closed: Result<qmp_types::Empty>) -> Result<T> {
    let value = copy?;
    closed?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_sizes_stay_within_what_the_agent_accepts() {
        assert_eq!(clamp_chunk(0), 1);
        assert_eq!(clamp_chunk(usize::MAX), MAX_FILE_CHUNK);
        assert_eq!(read(1000, 4096).count, Some(4096));
    }

    #[test]
    fn a_read_reply_decodes_and_bad_counts_are_refused() {
        // A reply of qemu-ga 10.0.2 to `guest-file-read` with `count: 4`.
        let reply: GuestFileRead =
            serde_json::from_str(r#"{"count": 4, "buf-b64": "aGVsbA==", "eof": false}"#).unwrap();
        assert_eq!(
            chunk_of(reply).unwrap(),
            FileChunk {
                data: b"hell".to_vec(),
                eof: false
            }
        );
        assert_eq!(written(3, 4).unwrap(), 3);
        assert!(written(5, 4).is_err());
        assert!(written(-1, 4).is_err());
    }
}
