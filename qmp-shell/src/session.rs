//! The shell's work for one input line, in both modes, and the scripted
//! loop (stdin not a terminal). The interactive loop is in
//! [`crate::editor`]; both share [`Session::handle_line`].

use std::io::{BufRead, Write};
use std::sync::Arc;

use qmp_schema::Schema;
use serde_json::Value;

use crate::args::{LineParser, Parsed};
use crate::check::{check_request, suggest};
use crate::hmp::{self, HmpDocs};
use crate::output::{format_json, log_entry};
use crate::transport::{Monitor, MonitorError};

/// The command-line switches that change how lines are handled.
#[derive(Clone, Debug)]
pub struct Options {
    /// `-H`: every line goes through `human-monitor-command`.
    pub hmp: bool,
    /// `-v`: print each request before sending it.
    pub verbose: bool,
    /// `-p`: pretty-print JSON.
    pub pretty: bool,
    /// Check requests against the schema before sending (default on;
    /// `--no-check` turns it off).
    pub check: bool,
}

impl Default for Options {
    /// QMP mode, quiet, compact, with checks.
    fn default() -> Self {
        Options {
            hmp: false,
            verbose: false,
            pretty: false,
            check: true,
        }
    }
}

/// Whether the loop goes on after a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Read the next line.
    Continue,
    /// The server closed the connection.
    Disconnected,
}

/// One shell session: the connection, the schema and the output streams.
pub struct Session<M: Monitor> {
    /// The connection.
    pub monitor: M,
    /// How lines are handled.
    pub opts: Options,
    /// The schema used for help, completion and checks.
    pub schema: Arc<Schema>,
    /// HMP help read from `--hmp-hx` files.
    pub hmp_docs: HmpDocs,
    /// Command names the server reported (`query-commands`), QMP mode.
    pub server_commands: Vec<String>,
    parser: LineParser,
    log: Option<Box<dyn Write>>,
    out: Box<dyn Write>,
    err: Box<dyn Write>,
    /// Whether any command failed (server error, syntax or check error).
    pub failed: bool,
    cpu_index: Option<i64>,
}

const FORMAT_HINT: &str = "command format: <command-name> [arg-name1=arg1] ... [arg-nameN=argN]";

impl<M: Monitor> Session<M> {
    /// A session writing replies to `out` and shell errors to `err`.
    pub fn new(
        monitor: M,
        opts: Options,
        schema: Arc<Schema>,
        out: Box<dyn Write>,
        err: Box<dyn Write>,
    ) -> Self {
        Session {
            monitor,
            opts,
            schema,
            hmp_docs: HmpDocs::default(),
            server_commands: Vec::new(),
            parser: LineParser::new(),
            log: None,
            out,
            err,
            failed: false,
            cpu_index: None,
        }
    }

    /// Logs every request with its reply to `log` (`-l`).
    pub fn set_log(&mut self, log: Box<dyn Write>) {
        self.log = Some(log);
    }

    /// Whether a `transaction(` is open.
    pub fn in_transaction(&self) -> bool {
        self.parser.in_transaction()
    }

    /// Drops an open transaction (Ctrl-C at the `TRANS>` prompt).
    pub fn abort_transaction(&mut self) -> bool {
        self.parser.abort_transaction()
    }

    /// The prompt: `(QEMU) `, or `TRANS> ` inside a transaction.
    pub fn prompt(&self) -> &'static str {
        if self.in_transaction() {
            "TRANS> "
        } else {
            "(QEMU) "
        }
    }

    /// The greeting banner the Python shell prints.
    pub fn banner(&self) -> String {
        let who = if self.opts.hmp {
            "Welcome to the HMP shell!"
        } else {
            "Welcome to the QMP low-level shell!"
        };
        match self.monitor.version() {
            Some(v) => format!("{who}\nConnected to QEMU {v}\n\n"),
            None => format!("{who}\nConnected\n"),
        }
    }

    fn say(&mut self, text: &str) {
        let _ = self.out.write_all(text.as_bytes());
        let _ = self.out.flush();
    }

    fn complain(&mut self, text: &str) {
        self.failed = true;
        let _ = writeln!(self.err, "{text}");
        let _ = self.err.flush();
    }

    /// Whether events are printed as they arrive: in QMP mode. In HMP mode
    /// (as in the Python shell) only an empty line prints them, so that
    /// the output stays what the monitor printed.
    pub fn events_as_they_arrive(&self) -> bool {
        !self.opts.hmp
    }

    fn print_arrived_events(&mut self) {
        if self.events_as_they_arrive() {
            self.print_events();
        }
    }

    /// Prints the events received and not yet printed.
    pub fn print_events(&mut self) {
        for ev in self.monitor.take_events() {
            let s = format_json(&ev, self.opts.pretty);
            self.say(&format!("{s}\n"));
        }
    }

    /// Sends `request`, prints (and logs) the reply. `Err` only when the
    /// connection is gone.
    fn send(&mut self, request: &Value) -> Result<Option<Value>, ()> {
        if self.opts.verbose {
            let s = format_json(request, self.opts.pretty);
            self.say(&format!("{s}\n"));
        }
        let reply = match self.monitor.call(request) {
            Ok(r) => r,
            Err(MonitorError::Disconnected) => {
                self.failed = true;
                self.print_arrived_events();
                self.say("Disconnected\n");
                return Err(());
            }
            Err(MonitorError::Other(e)) => {
                self.complain(&format!("qmp-shell: {e}"));
                return Ok(None);
            }
        };
        self.print_arrived_events();
        if reply.get("error").is_some() {
            self.failed = true;
        }
        if let Some(log) = self.log.as_mut() {
            let s = format_json(&log_entry(request, &reply), self.opts.pretty);
            let _ = writeln!(log, "{s}");
            let _ = log.flush();
        }
        Ok(Some(reply))
    }

    /// Handles one input line.
    pub fn handle_line(&mut self, line: &str) -> Step {
        if line.trim().is_empty() && !self.in_transaction() {
            self.print_events();
            return Step::Continue;
        }
        if self.opts.hmp {
            self.handle_hmp(line)
        } else {
            self.handle_qmp(line)
        }
    }

    fn handle_qmp(&mut self, line: &str) -> Step {
        let words: Vec<&str> = line.split_whitespace().collect();
        if !self.in_transaction() && words.first() == Some(&"help") && words.len() <= 2 {
            self.local_help(words.get(1).copied());
            return Step::Continue;
        }
        let mut req = match self.parser.parse_line(line) {
            Ok(Parsed::Nothing) => return Step::Continue,
            Ok(Parsed::Send(r)) => r,
            Err(e) => {
                self.complain(&format!(
                    "Error while parsing command line: {e}\n{FORMAT_HINT}"
                ));
                return Step::Continue;
            }
        };
        if self.opts.check {
            let problems = check_request(&self.schema, &mut req);
            if !problems.is_empty() {
                let mut msg = String::new();
                for p in &problems {
                    msg.push_str(&format!("{}: {p}\n", req.execute));
                }
                msg.push_str(&format!(
                    "nothing sent; see 'help {}' (or run with --no-check)",
                    req.execute
                ));
                self.complain(&msg);
                return Step::Continue;
            }
        }
        match self.send(&req.to_json()) {
            Err(()) => Step::Disconnected,
            Ok(None) => Step::Continue,
            Ok(Some(reply)) => {
                let s = format_json(&reply, self.opts.pretty);
                self.say(&format!("{s}\n"));
                Step::Continue
            }
        }
    }

    fn local_help(&mut self, name: Option<&str>) {
        let Some(name) = name else {
            let mut names: Vec<&str> = self
                .schema
                .commands
                .iter()
                .map(|c| c.name.as_str())
                .collect();
            names.extend(self.server_commands.iter().map(String::as_str));
            names.sort_unstable();
            names.dedup();
            let text = crate::help::command_list(names.into_iter());
            self.say(&text);
            return;
        };
        if let Some(text) = crate::help::command_help(&self.schema, name) {
            self.say(&text);
            return;
        }
        if self.server_commands.iter().any(|c| c == name) {
            self.say(&format!(
                "{name}: the server has this command but the schema does not describe it\n"
            ));
            return;
        }
        let all = self
            .schema
            .commands
            .iter()
            .map(|c| c.name.as_str())
            .chain(self.server_commands.iter().map(String::as_str));
        let hint = suggest(name, all)
            .map(|s| format!(" (did you mean '{s}'?)"))
            .unwrap_or_default();
        self.complain(&format!("help: unknown command '{name}'{hint}"));
    }

    fn handle_hmp(&mut self, line: &str) -> Step {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.first() == Some(&"cpu") {
            match words.get(1).and_then(|w| w.parse::<i64>().ok()) {
                Some(idx) => match self
                    .monitor
                    .call(&hmp::passthrough("info version", Some(idx)))
                {
                    Ok(r) if r.get("return").is_some() => self.cpu_index = Some(idx),
                    Ok(_) => {
                        self.complain("bad CPU index");
                        return Step::Continue;
                    }
                    Err(MonitorError::Disconnected) => {
                        self.say("Disconnected\n");
                        return Step::Disconnected;
                    }
                    Err(MonitorError::Other(e)) => {
                        self.complain(&format!("qmp-shell: {e}"));
                        return Step::Continue;
                    }
                },
                None => {
                    self.complain("cpu command takes an integer argument");
                    return Step::Continue;
                }
            }
        }
        let reply = match self.send(&hmp::passthrough(line, self.cpu_index)) {
            Err(()) => return Step::Disconnected,
            Ok(None) => return Step::Continue,
            Ok(Some(r)) => r,
        };
        if let Some(text) = reply.get("return") {
            match text {
                Value::String(s) => self.say(s),
                other => {
                    let s = format_json(other, self.opts.pretty);
                    self.say(&format!("{s}\n"));
                }
            }
        } else if let Some(e) = reply.get("error") {
            let class = e.get("class").and_then(Value::as_str).unwrap_or("");
            let desc = e.get("desc").and_then(Value::as_str).unwrap_or("");
            self.say(&format!("{class}: {desc}\n"));
        }
        if matches!(words.first(), Some(&"help") | Some(&"?")) && words.len() >= 2 {
            if let Some(text) = self.hmp_docs.help_text(&words[1..]) {
                self.say(&format!("\n{text}"));
            }
        }
        Step::Continue
    }

    /// Runs the lines of `input` (stdin when it is not a terminal): each
    /// reply printed, events printed as they come in between. Returns the
    /// exit status: 0 when every command succeeded, 1 otherwise. A failed
    /// command does not stop the script, nor does a line that is not
    /// UTF-8: it is reported with its number and skipped.
    pub fn run_script(&mut self, mut input: impl BufRead) -> i32 {
        let mut bytes = Vec::new();
        for number in 1.. {
            bytes.clear();
            match input.read_until(b'\n', &mut bytes) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    self.complain(&format!("qmp-shell: cannot read input: {e}"));
                    break;
                }
            }
            if bytes.last() == Some(&b'\n') {
                bytes.pop();
                if bytes.last() == Some(&b'\r') {
                    bytes.pop();
                }
            }
            let line = match std::str::from_utf8(&bytes) {
                Ok(l) => l.to_owned(),
                Err(e) => {
                    self.complain(&format!(
                        "qmp-shell: input line {number}: not valid UTF-8 (byte {} of the line); skipped",
                        e.valid_up_to() + 1
                    ));
                    continue;
                }
            };
            self.print_arrived_events();
            if self.handle_line(&line) == Step::Disconnected {
                break;
            }
        }
        if self.parser.in_transaction() {
            self.parser.abort_transaction();
            self.complain(
                "qmp-shell: the input ended inside 'transaction(': nothing was sent for it",
            );
        }
        self.print_arrived_events();
        i32::from(self.failed)
    }
}
