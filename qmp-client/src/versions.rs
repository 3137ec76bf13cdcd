//! What the bindings know about QEMU releases, applied to a call: a command
//! the server's release lacks is refused before it is sent, and a reply
//! that does not decode says when the server is older than the bindings.

use qmp_types::{Command, Greeting};
use serde_json::Value;

use crate::error::{decode_value, Error, Result};

/// `Err(Error::Unavailable)` when the bindings know that the server's
/// release (from its greeting) lacks `C`.
pub(crate) fn refuse_unavailable<C: Command>(greeting: &Greeting) -> Result<()> {
    let v = &greeting.qmp.version.qemu;
    let a = C::AVAILABILITY;
    match (a.lacked_by(v), a.since, a.missing_in) {
        (true, Some(since), Some(missing_in)) => Err(Error::Unavailable {
            command: C::NAME.to_owned(),
            since,
            missing_in,
            server: format!("{}.{}.{}", v.major, v.minor, v.micro),
        }),
        _ => Ok(()),
    }
}

/// Decodes `C`'s reply; a failure names the Rust type and, when the server
/// is older than the release the bindings were generated for, says so.
pub(crate) fn decode_reply<C: Command>(greeting: &Greeting, raw: Value) -> Result<C::Returns> {
    decode_value::<C::Returns>(C::NAME, raw).map_err(|e| match e {
        Error::Decode(mut d) => {
            let v = &greeting.qmp.version.qemu;
            let a = C::AVAILABILITY;
            if let (true, Some(newest)) = (a.older_than_bindings(v), a.newest) {
                d.server_older = Some(format!(
                    "the server, QEMU {}.{}.{}, is older than QEMU {newest}, the newest release \
                     these bindings were generated for",
                    v.major, v.minor, v.micro
                ));
            }
            Error::Decode(d)
        }
        e => e,
    })
}
