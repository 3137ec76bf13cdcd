//! The limits every schema reader enforces, and the one way they read files.
//!
//! The three front ends (hx, QAPI, introspection) stop at the same bounds,
//! so that a schema that one of them accepts never drives a later step (the
//! checks, the model, the generator) into deep recursion or unbounded
//! memory:
//!
//! - [`MAX_NESTING`] levels of nesting: JSON arrays and objects in a QAPI
//!   file or an introspection reply, and array levels of one type (`[[T]]`
//!   in hx, an array of an array in introspection). QEMU 10.0's schemas
//!   nest at most 5 levels; its `query-qmp-schema` reply 4 (6 in a capture
//!   file). QEMU's own QAPI generator gives up (Python's recursion limit) a
//!   few hundred levels down, and QAPI has no array of arrays at all.
//! - [`MAX_FILE_SIZE`] bytes per schema file: the largest file of QEMU
//!   10.0's schema is 0.2 MB, a full `query-qmp-schema` reply 0.35 MB.
//! - Only regular files are read ([`read_source`]): a device, a named pipe
//!   or a directory given as a schema or an include is an error naming it,
//!   never a read that waits for a writer or runs out of memory.
//!
//! Protocol messages are bounded separately (the client's message size and
//! nesting limits): a server's reply can nest far deeper than any schema,
//! as a long chain of backing files does.

use std::io::{self, Read};
use std::path::Path;

/// Deepest nesting every reader accepts: JSON arrays and objects in QAPI
/// and introspection input, and array levels of one type in hx and
/// introspection input.
pub const MAX_NESTING: usize = 64;

/// Largest schema file any reader accepts, in bytes (64 MiB).
pub const MAX_FILE_SIZE: u64 = 64 << 20;

/// Reads a schema file: only a regular file (after following symbolic
/// links) of at most [`MAX_FILE_SIZE`] bytes. The error of anything else
/// says what the path is (`a named pipe`, `a character device`, ...).
pub fn read_source(path: &Path) -> io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    let file = std::fs::File::open(path)?;
    // The path may have been replaced between the two looks.
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    if meta.len() > MAX_FILE_SIZE {
        return Err(too_big());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_SIZE + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(too_big());
    }
    Ok(bytes)
}

fn too_big() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("larger than the limit of {MAX_FILE_SIZE} bytes for a schema file"),
    )
}

/// The error for a path that is not a regular file.
fn not_regular(meta: &std::fs::Metadata) -> io::Error {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    let what = if t.is_dir() {
        "a directory"
    } else if t.is_fifo() {
        "a named pipe"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a file"
    };
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("not a regular file ({what}); a schema must be a regular file"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_and_directories_are_refused_without_reading() {
        let e = read_source(Path::new("/dev/zero")).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidInput);
        assert!(e.to_string().contains("a character device"), "{e}");
        let e = read_source(Path::new("/")).unwrap_err();
        assert!(e.to_string().contains("a directory"), "{e}");
        assert_eq!(
            read_source(Path::new("/nonexistent/x.json"))
                .unwrap_err()
                .kind(),
            io::ErrorKind::NotFound
        );
    }
}
