//! HMP mode helpers: reading the command names out of the server's own
//! `help` and `info` output, and the argument hints and help text of
//! QEMU's `hmp-commands.hx` / `hmp-commands-info.hx` read through the
//! qmp-schema hx front end (`--hmp-hx`).

use std::path::{Path, PathBuf};

use qmp_schema::{DocTarget, Schema};
use serde_json::{json, Value};

/// The `human-monitor-command` request for `line`, on CPU `cpu_index` when
/// one was chosen with `cpu N` (a machine without CPUs, `-M none`, refuses
/// any `cpu-index`, so none is sent by default).
pub fn passthrough(line: &str, cpu_index: Option<i64>) -> Value {
    match cpu_index {
        Some(i) => json!({
            "execute": "human-monitor-command",
            "arguments": {"command-line": line, "cpu-index": i}
        }),
        None => json!({
            "execute": "human-monitor-command",
            "arguments": {"command-line": line}
        }),
    }
}

/// The command names in the server's `help` output: the first word of each
/// command line; of `long|s` aliases the long form (and the short one too,
/// so that both complete). `info` is included; its topics come from
/// [`info_topics`].
pub fn help_names(help: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in help.split(['\r', '\n']) {
        if line.is_empty()
            || line.starts_with('[')
            || line.starts_with('\t')
            || line.starts_with(' ')
        {
            continue;
        }
        let Some(first) = line.split_whitespace().next() else {
            continue;
        };
        for alias in first.split('|') {
            if !alias.is_empty() && !names.iter().any(|n| n == alias) {
                names.push(alias.to_string());
            }
        }
    }
    names
}

/// The topics in the server's `info` output (`info version  -- ...` gives
/// `version`).
pub fn info_topics(info: &str) -> Vec<String> {
    let mut topics = Vec::new();
    for line in info.split(['\r', '\n']) {
        let mut words = line.split_whitespace();
        if words.next() != Some("info") {
            continue;
        }
        if let Some(t) = words.next() {
            for alias in t.split('|') {
                if !topics.iter().any(|x| x == alias) {
                    topics.push(alias.to_string());
                }
            }
        }
    }
    topics
}

/// One HMP command as an hx file describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct HmpEntry {
    /// Its names (`help|?` gives `help` and `?`).
    pub names: Vec<String>,
    /// Whether it is an `info` topic (it comes from a file whose name
    /// contains `info`, like `hmp-commands-info.hx`).
    pub info: bool,
    /// The argument synopsis (`.params`).
    pub params: String,
    /// The one-line help (`.help`).
    pub help: String,
    /// The documentation block that follows the entry, as written.
    pub doc: Option<String>,
}

impl HmpEntry {
    /// How it is typed: `block_resize`, `info version`.
    pub fn invocation(&self) -> String {
        let name = self.names.first().map(String::as_str).unwrap_or("");
        if self.info {
            format!("info {name}")
        } else {
            name.to_string()
        }
    }
}

/// The HMP commands of one or more hx files.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HmpDocs {
    /// Every entry, in file order.
    pub entries: Vec<HmpEntry>,
}

impl HmpDocs {
    /// Reads the hx files; a file whose name contains `info` is the `info`
    /// sub-table.
    pub fn load(paths: &[PathBuf]) -> Result<HmpDocs, String> {
        let mut docs = HmpDocs::default();
        for p in paths {
            let schema =
                qmp_schema::load(p, Some(qmp_schema::Format::Hx)).map_err(|e| e.to_string())?;
            let info = p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.contains("info"));
            docs.add(&schema, info);
        }
        Ok(docs)
    }

    /// Reads one hx text (for tests and embedded tables).
    pub fn parse(path: &Path, text: &str, info: bool) -> Result<HmpDocs, String> {
        let schema = qmp_schema::hx::parse(path, text).map_err(|e| e.to_string())?;
        let mut docs = HmpDocs::default();
        docs.add(&schema, info);
        Ok(docs)
    }

    /// Adds the commands of a parsed hx schema.
    pub fn add(&mut self, schema: &Schema, info: bool) {
        for cmd in &schema.commands {
            let raw = cmd
                .hx
                .as_ref()
                .and_then(|h| h.get("name"))
                .unwrap_or(&cmd.name)
                .to_string();
            let names: Vec<String> = raw
                .split('|')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            let field = |f: &str| {
                cmd.hx
                    .as_ref()
                    .and_then(|h| h.get(f))
                    .unwrap_or("")
                    .to_string()
            };
            let doc = schema
                .doc_blocks
                .iter()
                .find(|b| match &b.target {
                    DocTarget::Command(t) => t == &raw || names.iter().any(|n| n == t),
                    _ => false,
                })
                .map(|b| b.text.clone())
                .or_else(|| {
                    cmd.doc
                        .as_ref()
                        .map(|d| d.body.clone())
                        .filter(|s| !s.is_empty())
                });
            self.entries.push(HmpEntry {
                names,
                info,
                params: field("params"),
                help: field("help"),
                doc,
            });
        }
    }

    /// The entry for the command at the start of `words` (`["info",
    /// "version"]` finds the `info version` topic).
    pub fn find(&self, words: &[&str]) -> Option<&HmpEntry> {
        let first = *words.first()?;
        if first == "info" {
            if let Some(topic) = words.get(1) {
                return self
                    .entries
                    .iter()
                    .find(|e| e.info && e.names.iter().any(|n| n == topic));
            }
        }
        self.entries
            .iter()
            .find(|e| !e.info && e.names.iter().any(|n| n == first))
    }

    /// The hint shown after a command name and a space: its synopsis and
    /// one-line help, when nothing has been typed after the name yet.
    pub fn hint(&self, line: &str) -> Option<String> {
        if !line.ends_with(' ') {
            return None;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let e = self.find(&words)?;
        let consumed = if e.info { 2 } else { 1 };
        if words.len() != consumed {
            return None;
        }
        match (e.params.is_empty(), e.help.is_empty()) {
            (true, true) => None,
            (true, false) => Some(format!("-- {}", e.help)),
            (false, true) => Some(e.params.clone()),
            (false, false) => Some(format!("{} -- {}", e.params, e.help)),
        }
    }

    /// The help text for `words` (`["block_resize"]`, `["info",
    /// "version"]`): synopsis, one-line help and the documentation block.
    pub fn help_text(&self, words: &[&str]) -> Option<String> {
        let e = self.find(words)?;
        let mut out = format!("{} {}\n", e.invocation(), e.params)
            .trim_end()
            .to_string();
        out.push('\n');
        if !e.help.is_empty() {
            out.push_str(&format!("  {}\n", e.help));
        }
        if let Some(d) = &e.doc {
            out.push('\n');
            out.push_str(d);
            if !d.ends_with('\n') {
                out.push('\n');
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_help_output() {
        let help = "announce_self [interfaces] [id] -- Trigger GARP/RARP announcements\r\n\
                    balloon target -- request VM to change its memory allocation (in MB)\r\n\
                    help|? [cmd] -- show the help\r\n\
                    info [subcommand] -- show various information about the system state\r\n\
                    quit|q  -- quit the emulator\r\n";
        assert_eq!(
            help_names(help),
            ["announce_self", "balloon", "help", "?", "info", "quit", "q"]
        );
    }

    #[test]
    fn topics_from_info_output() {
        let info = "info balloon  -- show balloon information\r\n\
                    info status  -- show the current VM status (running|paused)\r\n";
        assert_eq!(info_topics(info), ["balloon", "status"]);
    }

    #[test]
    fn passthrough_request() {
        assert_eq!(
            passthrough("info status", None).to_string(),
            r#"{"execute":"human-monitor-command","arguments":{"command-line":"info status"}}"#
        );
        assert_eq!(
            passthrough("info registers", Some(1)).to_string(),
            r#"{"execute":"human-monitor-command","arguments":{"command-line":"info registers","cpu-index":1}}"#
        );
    }
}
