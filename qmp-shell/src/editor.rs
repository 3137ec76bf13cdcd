//! The interactive loop on rustyline: prompt (`(QEMU) ` / `TRANS> `), tab
//! completion and argument hints from [`crate::complete`] and
//! [`crate::hmp`], history kept in a file across sessions, and events
//! printed above the prompt as they arrive.

use std::borrow::Cow;
use std::path::PathBuf;

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::{Hint, Hinter};
use rustyline::history::{FileHistory, History};
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, ExternalPrinter, Helper};

use crate::check::args_members;
use crate::complete::{HmpCompleter, QmpCompleter};
use crate::hmp::HmpDocs;
use crate::output::format_json;
use crate::session::{Session, Step};
use crate::transport::Monitor;

/// The history file: `$QMP_SHELL_HISTFILE`, else `~/.qmp-shell_history`
/// (the Python shell's file).
pub fn history_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("QMP_SHELL_HISTFILE") {
        return (!p.is_empty()).then(|| PathBuf::from(p));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".qmp-shell_history"))
}

/// A hint shown after the cursor; never inserted into the line.
pub struct ArgHint(String);

impl Hint for ArgHint {
    fn display(&self) -> &str {
        &self.0
    }
    fn completion(&self) -> Option<&str> {
        None
    }
}

/// What the line editor asks for completion and hints.
pub enum ShellHelper {
    /// QMP mode.
    Qmp {
        /// The completion engine.
        completer: QmpCompleter,
        /// Whether a `transaction(` is open (set before each prompt).
        in_transaction: bool,
    },
    /// HMP mode.
    Hmp {
        /// Names from the server.
        completer: HmpCompleter,
        /// `--hmp-hx` help.
        docs: HmpDocs,
    },
}

impl Completer for ShellHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, words) = match self {
            ShellHelper::Qmp {
                completer,
                in_transaction,
            } => completer.complete(line, pos, *in_transaction),
            ShellHelper::Hmp { completer, .. } => completer.complete(line, pos),
        };
        let pairs = words
            .into_iter()
            .map(|w| Pair {
                display: w.trim_end().to_string(),
                replacement: w,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for ShellHelper {
    type Hint = ArgHint;

    fn hint(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> Option<ArgHint> {
        if pos != line.len() {
            return None;
        }
        let text = match self {
            ShellHelper::Hmp { docs, .. } => docs.hint(line)?,
            ShellHelper::Qmp {
                completer,
                in_transaction,
            } => {
                if *in_transaction || !line.ends_with(' ') {
                    return None;
                }
                qmp_hint(completer, line)?
            }
        };
        let pad = if line.ends_with(' ') { "" } else { " " };
        Some(ArgHint(format!("{pad}{text}")))
    }
}

/// The arguments of the command on `line` that are not given yet:
/// required ones plain, optional ones in brackets.
fn qmp_hint(completer: &QmpCompleter, line: &str) -> Option<String> {
    let mut words = line.split_whitespace();
    let schema = completer.schema();
    let cmd = schema.command(words.next()?)?;
    let given: Vec<&str> = words
        .filter_map(|w| {
            w.split_once('=')
                .map(|(k, _)| k.split('.').next().unwrap_or(k))
        })
        .collect();
    let mut parts = Vec::new();
    for m in args_members(schema, &cmd.args) {
        if given.contains(&m.name.as_str()) {
            continue;
        }
        let a = format!("{}=<{}>", m.name, m.ty);
        parts.push(if m.optional { format!("[{a}]") } else { a });
    }
    let mut s = parts.join(" ");
    if s.chars().count() > 100 {
        s = s.chars().take(97).collect::<String>() + "...";
    }
    (!s.is_empty()).then_some(s)
}

impl Highlighter for ShellHelper {
    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(format!("\x1b[2m{hint}\x1b[0m"))
    }
}

impl Validator for ShellHelper {}

impl Helper for ShellHelper {}

/// Runs the interactive loop until end of input (Ctrl-D) or until the
/// server goes away. Ctrl-C drops the line being typed (and an open
/// transaction). Returns the exit status (0; 1 if the terminal failed).
pub fn run_interactive<M: Monitor>(
    session: &mut Session<M>,
    helper: ShellHelper,
    history: Option<PathBuf>,
) -> i32 {
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(true)
        .build();
    let mut rl: Editor<ShellHelper, FileHistory> = match Editor::with_config(config) {
        Ok(rl) => rl,
        Err(e) => {
            eprintln!("qmp-shell: cannot use the terminal: {e}");
            return 1;
        }
    };
    let _ = rl.history_mut().set_max_len(1024);
    rl.set_helper(Some(helper));
    if let Some(h) = &history {
        if h.exists() {
            if let Err(e) = rl.load_history(h) {
                eprintln!("qmp-shell: cannot read the history {}: {e}", h.display());
            }
        }
    }
    print!("{}", session.banner());
    let printer = if session.events_as_they_arrive() {
        rl.create_external_printer().ok()
    } else {
        None
    };
    if let Some(mut printer) = printer {
        if let Some(mut source) = session.monitor.event_source() {
            let pretty = session.opts.pretty;
            std::thread::spawn(move || {
                while let Some(ev) = source() {
                    if printer
                        .print(format!("{}\n", format_json(&ev, pretty)))
                        .is_err()
                    {
                        break;
                    }
                }
            });
        }
    }
    loop {
        if let Some(ShellHelper::Qmp { in_transaction, .. }) = rl.helper_mut() {
            *in_transaction = session.in_transaction();
        }
        match rl.readline(session.prompt()) {
            Ok(line) => {
                if let Some(h) = &history {
                    if let Err(e) = rl.append_history(h) {
                        eprintln!("qmp-shell: cannot save the history {}: {e}", h.display());
                    }
                }
                if session.handle_line(&line) == Step::Disconnected {
                    break;
                }
            }
            Err(ReadlineError::Interrupted) => {
                session.abort_transaction();
            }
            Err(ReadlineError::Eof) => {
                println!();
                break;
            }
            Err(e) => {
                eprintln!("qmp-shell: {e}");
                return 1;
            }
        }
    }
    0
}
