//! The server greeting: version and capabilities.

use serde::{Deserialize, Serialize};

/// The first message of a QMP server: `{"QMP": {...}}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Greeting {
    /// The greeting's content.
    #[serde(rename = "QMP")]
    pub qmp: GreetingBody,
}

/// The content of the greeting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GreetingBody {
    /// The server's version.
    pub version: Version,
    /// The capabilities the server offers for negotiation.
    #[serde(default)]
    pub capabilities: Vec<Capability>,
}

/// A QEMU version as the greeting and `query-version` report it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// Major, minor, micro.
    pub qemu: VersionTriple,
    /// Distribution or build suffix, for example ` (Debian 1:10.0.2+ds-2)`.
    #[serde(default)]
    pub package: String,
}

/// `major.minor.micro`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VersionTriple {
    /// Major version.
    pub major: i64,
    /// Minor version.
    pub minor: i64,
    /// Micro version.
    pub micro: i64,
}

/// A QMP capability. Capabilities this crate does not know are kept by name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Capability {
    /// Out-of-band command execution.
    Oob,
    /// A capability this crate does not know.
    Other(String),
}

impl Capability {
    /// The wire name.
    pub fn as_str(&self) -> &str {
        match self {
            Capability::Oob => "oob",
            Capability::Other(s) => s,
        }
    }
}

impl Serialize for Capability {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Capability {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(match s.as_str() {
            "oob" => Capability::Oob,
            _ => Capability::Other(s),
        })
    }
}
