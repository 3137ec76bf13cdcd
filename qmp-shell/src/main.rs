//! `qmp-shell [-H | --qga] [-N] [-v] [-p] [-l LOGFILE] [--timeout SECS] SOCKET|HOST:PORT`:
//! the command line around the `qmp_shell` library.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use qmp_client::{Address, Handshake};
use qmp_shell::complete::{HmpCompleter, QmpCompleter};
use qmp_shell::editor::{history_path, run_interactive, ShellHelper};
use qmp_shell::hmp::{self, HmpDocs};
use qmp_shell::session::{Options, Session};
use qmp_shell::transport::{AgentMonitor, ClientMonitor, Monitor};

/// An interactive shell for QEMU's QMP monitor (a drop-in for QEMU's
/// Python qmp-shell), with help, completion and argument checks from a QMP
/// schema. Reads commands from stdin when it is not a terminal.
#[derive(Parser, Debug)]
#[command(name = "qmp-shell", version)]
struct Cli {
    /// Use the HMP interface: every line goes through human-monitor-command.
    #[arg(short = 'H', long = "hmp")]
    hmp: bool,
    /// Neither wait for a greeting nor send qmp_capabilities (to negotiate
    /// by hand).
    #[arg(short = 'N', long = "skip-negotiation")]
    skip_negotiation: bool,
    /// Talk to a QEMU guest agent (qemu-ga): sync with it first
    /// (guest-sync-delimited), take help, completion and checks from the
    /// guest agent schema, and send commands it does not answer
    /// (guest-shutdown, guest-suspend-*) without waiting.
    #[arg(long = "qga", conflicts_with_all = ["hmp", "skip_negotiation", "server_schema", "hmp_hx"])]
    qga: bool,
    /// Echo the JSON of each command sent.
    #[arg(short = 'v', long)]
    verbose: bool,
    /// Pretty-print JSON.
    #[arg(short = 'p', long)]
    pretty: bool,
    /// Log each command with its reply to LOGFILE.
    #[arg(short = 'l', long = "logfile", value_name = "LOGFILE")]
    logfile: Option<PathBuf>,
    /// Schema for help, completion and checks (hx, QAPI JSON or
    /// query-qmp-schema output); default: the schema built into the binary.
    #[arg(long, value_name = "FILE")]
    schema: Option<PathBuf>,
    /// Use the connected server's own schema (query-qmp-schema) for help,
    /// completion and checks.
    #[arg(long = "server-schema", conflicts_with = "schema")]
    server_schema: bool,
    /// QEMU's hmp-commands.hx / hmp-commands-info.hx, for HMP argument hints
    /// and help.
    #[arg(long = "hmp-hx", value_name = "FILE", num_args = 1..)]
    hmp_hx: Vec<PathBuf>,
    /// How long each command waits for its reply, in seconds (0: forever).
    #[arg(long, value_name = "SECS", default_value_t = 30.0, value_parser = parse_timeout)]
    timeout: f64,
    /// Send commands without checking them against the schema.
    #[arg(long = "no-check")]
    no_check: bool,
    /// Unix socket path or HOST:PORT (default: $QMP_SOCKET).
    #[arg(value_name = "SOCKET|HOST:PORT")]
    server: Option<String>,
}

fn main() -> ExitCode {
    let mut cli = Cli::parse();
    // `--hmp-hx A B SOCKET`: the last value is the server when none was
    // given and it is not an hx file.
    if cli.server.is_none() && cli.hmp_hx.len() > 1 {
        let last_is_hx = cli
            .hmp_hx
            .last()
            .is_some_and(|p| p.extension().is_some_and(|e| e == "hx"));
        if !last_is_hx {
            cli.server = cli.hmp_hx.pop().map(|p| p.to_string_lossy().into_owned());
        }
    }
    let Some(server) = cli
        .server
        .clone()
        .or_else(|| std::env::var("QMP_SOCKET").ok())
    else {
        eprintln!("qmp-shell: error: QMP socket or TCP address must be specified");
        return ExitCode::from(2);
    };
    let addr: Address = server.as_str().into();
    let handshake = if cli.skip_negotiation {
        Handshake::NoGreeting
    } else {
        Handshake::Negotiate
    };
    let call_timeout = (cli.timeout > 0.0).then(|| Duration::from_secs_f64(cli.timeout));
    let code = if cli.qga {
        AgentMonitor::connect(addr, Duration::from_secs(10), call_timeout).map(|m| run(&cli, m))
    } else {
        ClientMonitor::connect_with(addr, Duration::from_secs(10), call_timeout, handshake)
            .map(|m| run(&cli, m))
    };
    match code {
        Ok(c) => ExitCode::from(c),
        Err(e) => {
            eprintln!("ERROR: Couldn't connect to {server}: {e}");
            ExitCode::from(1)
        }
    }
}

/// `--timeout`: a finite, non-negative number of seconds that fits a
/// `Duration`.
fn parse_timeout(text: &str) -> Result<f64, String> {
    let secs: f64 = text
        .parse()
        .map_err(|_| format!("'{text}' is not a number of seconds"))?;
    Duration::try_from_secs_f64(secs)
        .map(|_| secs)
        .map_err(|_| format!("'{text}' is not a usable number of seconds (0 or more)"))
}

fn run<M: Monitor>(cli: &Cli, mut monitor: M) -> u8 {
    let loaded = if cli.server_schema {
        let reply = monitor.call(&serde_json::json!({"execute": "query-qmp-schema"}));
        Some(match reply {
            Ok(r) => qmp_shell::schema::from_server(&r),
            Err(e) => Err(format!("query-qmp-schema: {e}")),
        })
    } else {
        cli.schema.as_deref().map(qmp_shell::schema::load)
    };
    let schema = match loaded {
        Some(Ok(s)) => s,
        Some(Err(e)) => {
            eprintln!("qmp-shell: {e}");
            return 1;
        }
        None => {
            let (s, problem) = if cli.qga {
                qmp_shell::schema::builtin_qga()
            } else {
                qmp_shell::schema::builtin()
            };
            if let Some(p) = problem {
                eprintln!("qmp-shell: warning: built-in schema unavailable ({p}); no schema help or checks");
            }
            s
        }
    };
    let docs = match HmpDocs::load(&cli.hmp_hx) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("qmp-shell: {e}");
            return 1;
        }
    };
    let interactive = std::io::stdin().is_terminal();
    let schema = Arc::new(schema);
    let mut server_commands = Vec::new();
    let mut hmp_completer = HmpCompleter::default();
    if interactive && !cli.skip_negotiation {
        if cli.hmp {
            hmp_completer.commands = hmp::help_names(&monitor.hmp_text("help"));
            hmp_completer.info = hmp::info_topics(&monitor.hmp_text("info"));
        } else {
            server_commands = monitor.command_names();
        }
    }
    let opts = Options {
        hmp: cli.hmp,
        verbose: cli.verbose,
        pretty: cli.pretty,
        check: !cli.no_check,
    };
    let mut session = Session::new(
        monitor,
        opts,
        schema.clone(),
        Box::new(std::io::stdout()),
        Box::new(std::io::stderr()),
    );
    session.server_commands = server_commands.clone();
    if let Some(path) = &cli.logfile {
        match std::fs::File::create(path) {
            Ok(f) => session.set_log(Box::new(f)),
            Err(e) => {
                eprintln!(
                    "qmp-shell: cannot open the log file {}: {e}",
                    path.display()
                );
                return 1;
            }
        }
    }
    if !interactive {
        session.hmp_docs = docs;
        return u8::try_from(session.run_script(std::io::stdin().lock())).unwrap_or(1);
    }
    let helper = if cli.hmp {
        ShellHelper::Hmp {
            completer: hmp_completer,
            docs: docs.clone(),
        }
    } else {
        ShellHelper::Qmp {
            completer: QmpCompleter::new(schema, &server_commands),
            in_transaction: false,
        }
    };
    session.hmp_docs = docs;
    u8::try_from(run_interactive(&mut session, helper, history_path())).unwrap_or(1)
}
