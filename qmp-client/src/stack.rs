//! Decoding deeply nested messages without overflowing the caller's stack.
//!
//! Parsing JSON and decoding it into the bindings' types recurse once per
//! level of nesting. QEMU's replies can be deep for good reasons (a chain
//! of 140 backing files gives 146 levels), and a hostile server can send up
//! to [`MAX_MESSAGE_NESTING`](crate::MAX_MESSAGE_NESTING) levels. A message
//! nested at most [`SHALLOW`] levels is decoded where it is, which is every
//! message in ordinary use; a deeper one is decoded on a thread of its own
//! whose stack is sized for its depth (reserved, and only committed as far
//! as the recursion reaches), so neither a small thread stack (tokio's
//! workers have 2 MiB) nor the depth can crash the program.

use crate::error::{Error, Result};

/// Messages nested at most this deep are decoded on the caller's stack.
/// serde_json's own recursion limit (128) assumes that much is safe on any
/// thread; half of it leaves room for the typed decoders' larger frames in
/// unoptimized builds.
pub(crate) const SHALLOW: usize = 64;

/// Stack of a decoding thread: this much, plus [`PER_LEVEL`] per level.
const BASE: usize = 1 << 20;

/// Stack per level of nesting: generous for an unoptimized build, where a
/// level of a typed decode through `serde_path_to_error` takes a few KiB.
const PER_LEVEL: usize = 32 << 10;

/// Runs `f`, on a thread with a stack sized for `depth` levels when the
/// caller's stack may not be enough. `what` names the work in the error
/// returned when that thread cannot be started.
pub(crate) fn for_depth<T: Send>(
    depth: usize,
    what: &str,
    f: impl FnOnce() -> T + Send,
) -> Result<T> {
    if depth <= SHALLOW {
        return Ok(f());
    }
    let size = BASE + depth.saturating_mul(PER_LEVEL);
    std::thread::scope(|scope| {
        let thread = std::thread::Builder::new()
            .name("qmp-deep-decode".into())
            .stack_size(size)
            .spawn_scoped(scope, f)
            .map_err(|e| {
                Error::Protocol(format!(
                    "cannot start a thread to decode {what} nested {depth} levels deep: {e}"
                ))
            })?;
        Ok(thread
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    })
}

/// How deep `v` nests arrays and objects (a scalar: 0), without recursion.
pub(crate) fn value_nesting(v: &serde_json::Value) -> usize {
    use serde_json::Value;
    let mut deepest = 0;
    let mut stack = vec![(v, 1)];
    while let Some((v, depth)) = stack.pop() {
        match v {
            Value::Array(a) => stack.extend(a.iter().map(|c| (c, depth + 1))),
            Value::Object(m) => stack.extend(m.values().map(|c| (c, depth + 1))),
            _ => continue,
        }
        deepest = deepest.max(depth);
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> serde_json::Value {
        let mut v = serde_json::json!(1);
        for _ in 0..depth {
            v = serde_json::Value::Array(vec![v]);
        }
        v
    }

    #[test]
    fn depth_is_counted_without_recursion() {
        assert_eq!(value_nesting(&serde_json::json!(3)), 0);
        assert_eq!(value_nesting(&serde_json::json!({"a": [1, {"b": []}]})), 4);
        let mut deep = nested(100_000);
        assert_eq!(value_nesting(&deep), 100_000);
        // Taken apart level by level: dropping it at once would recurse.
        while let serde_json::Value::Array(mut a) = deep {
            deep = a.pop().unwrap_or_default();
        }
    }

    #[test]
    fn shallow_work_stays_on_this_thread_and_deep_work_moves() {
        let here = std::thread::current().id();
        assert_eq!(
            for_depth(SHALLOW, "x", || std::thread::current().id()).unwrap(),
            here
        );
        assert_ne!(
            for_depth(SHALLOW + 1, "x", || std::thread::current().id()).unwrap(),
            here
        );
    }
}
