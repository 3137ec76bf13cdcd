//! `qmp-codegen`: check a schema, render its docs, generate its Rust bindings.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use qmp_schema::{Format, Schema};

/// Reads QMP schemas (hx, QAPI JSON, query-qmp-schema) and generates from them.
#[derive(Parser, Debug)]
#[command(name = "qmp-codegen", version, about)]
struct Cli {
    /// Force the input format instead of recognising it from the content.
    #[arg(long, global = true, value_parser = ["hx", "qapi", "introspect"])]
    format: Option<String>,
    /// `rust`, `generate`: make the bindings work with every QEMU from this
    /// release (e.g. 7.2) to the newest one of the availability data.
    #[arg(long, global = true, value_name = "RELEASE")]
    min_qemu: Option<String>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Check schemas; print every error as file:line:col and exit 1 on any.
    Check {
        /// Schema files.
        #[arg(required = true)]
        schemas: Vec<PathBuf>,
        /// Also require a description for every definition, member, enum
        /// value, alternate branch and feature, and a `Returns:` section for
        /// every command with a return type (placeholders such as TODO count
        /// as missing).
        #[arg(long)]
        docs: bool,
    },
    /// Render qmp-commands.txt.
    Docs {
        /// Schema file.
        schema: PathBuf,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Fetch the schema of a running QEMU (query-qmp-schema) as JSON.
    Introspect {
        /// QMP socket: a Unix socket path, or HOST:PORT for TCP.
        target: String,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// One line of JSON instead of indented JSON.
        #[arg(long)]
        compact: bool,
        /// Write an object with the greeting, query-version, query-commands
        /// and query-qmp-schema instead of the bare array.
        #[arg(long)]
        capture: bool,
        /// Seconds to wait for the connection and for each reply.
        #[arg(long, default_value_t = 10.0)]
        timeout: f64,
    },
    /// Print a QAPI schema the way QEMU's QAPI test suite dumps it
    /// (the `.out` format of tests/qapi-schema).
    Dump {
        /// QAPI schema file.
        schema: PathBuf,
    },
    /// Generate the typed Rust bindings.
    Rust {
        /// Schema file.
        schema: PathBuf,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Compare two schemas (any formats): what was added, removed or
    /// changed, and what each change does to a client of OLD. Exit status:
    /// 0 compatible, 1 breaking, 2 an input could not be read.
    Diff {
        /// The older schema.
        old: PathBuf,
        /// The newer schema.
        new: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Also list what is not on the wire: named types added, removed or
        /// renamed, and build conditions that changed.
        #[arg(long)]
        all: bool,
    },
    /// Compute the availability table (which release has which command,
    /// event, type, member, enum value and feature) from the schemas of a
    /// chain of QEMU releases, oldest first.
    Availability {
        /// RELEASE=SCHEMA, e.g. 7.2=qemu-7.2/qapi/qapi-schema.json.
        #[arg(required = true)]
        releases: Vec<String>,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Write a schema out in the typed hx dialect (any input format).
    Convert {
        /// Schema file.
        schema: PathBuf,
        /// Output format (only `hx`).
        #[arg(long, value_parser = ["hx"], default_value = "hx")]
        to: String,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Split into one file per area in this directory (relative to the
        /// output file), included from the output file.
        #[arg(long, requires = "output")]
        split: Option<String>,
        /// Documentation: as the source has it, skeletons to fill in, or none.
        #[arg(long, value_parser = ["keep", "skeleton", "none"], default_value = "keep")]
        docs: String,
        /// With `--docs skeleton`: take the docs of definitions of the same
        /// name from this schema (for example the previous definition file).
        #[arg(long, requires = "docs")]
        docs_from: Option<PathBuf>,
    },
    /// Write qmp_bindings.rs and qmp-commands.txt into a directory, each
    /// only when its content changed, and print what was written.
    Generate {
        /// Schema file.
        schema: PathBuf,
        /// Output directory.
        #[arg(long, default_value = "target/qmp-generated")]
        out_dir: PathBuf,
    },
    /// Print the cargo `[features]` table of a crate that ships bindings for
    /// this schema: a feature per area (schema file) turning on the areas
    /// its types come from, `full` for all, and `default = ["full"]`.
    Features {
        /// Schema file.
        schema: PathBuf,
    },
}

/// `generate`: both outputs into `out_dir`, rewriting only what changed.
fn generate(schema: &Path, format: Option<&str>, min: Option<&str>, out_dir: &Path) -> ExitCode {
    let s = match load(schema, format) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let ranged = match ranged(&s, min) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let code = match qmp_codegen::rust::generate(ranged.as_ref().unwrap_or(&s)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let docs = qmp_codegen::docs::render(&s);
    for (name, text) in [("qmp_bindings.rs", &code), ("qmp-commands.txt", &docs)] {
        let path = out_dir.join(name);
        match qmp_codegen::config::write_if_changed(&path, text) {
            Ok(true) => println!("wrote {}", path.display()),
            Ok(false) => println!("unchanged {}", path.display()),
            Err(e) => {
                eprintln!("{}: cannot write: {e}", path.display());
                return ExitCode::from(1);
            }
        }
    }
    ExitCode::SUCCESS
}

/// `diff`: the changes from `old` to `new`; exit 1 when any breaks a client.
fn diff(old: &Path, new: &Path, format: Option<&str>, json: bool, all: bool) -> ExitCode {
    let quiet = |p: &Path| {
        let format = format.map(|f| f.parse::<Format>().expect("clap restricts the values"));
        qmp_schema::load(p, format).map_err(|errors| {
            eprintln!("{errors}");
            ExitCode::from(2)
        })
    };
    let (old, new) = match (quiet(old), quiet(new)) {
        (Ok(o), Ok(n)) => (o, n),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let mut d = qmp_schema::diff::diff(&old, &new);
    if !all {
        d.changes.retain(|c| !c.item.is_source_only());
    }
    let text = if json {
        let mut t = serde_json::to_string_pretty(&d.to_json()).unwrap_or_default();
        t.push('\n');
        t
    } else {
        d.to_string()
    };
    if write_output(None, text.as_bytes()) != ExitCode::SUCCESS {
        return ExitCode::from(2);
    }
    if d.is_breaking() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `availability`: the table for a chain of `RELEASE=SCHEMA` arguments.
fn availability(args: &[String], format: Option<&str>, output: Option<&Path>) -> ExitCode {
    use qmp_schema::availability::{compute, Release};
    let mut chain: Vec<(Release, Schema)> = Vec::new();
    for a in args {
        let Some((r, path)) = a.split_once('=') else {
            eprintln!("{a}: expected RELEASE=SCHEMA");
            return ExitCode::from(2);
        };
        let release: Release = match r.parse() {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        };
        if chain.last().is_some_and(|(last, _)| *last >= release) {
            eprintln!("{a}: releases must be given oldest first");
            return ExitCode::from(2);
        }
        let format = format.map(|f| f.parse::<Format>().expect("clap restricts the values"));
        match qmp_schema::load(Path::new(path), format) {
            Ok(s) => chain.push((release, s)),
            Err(errors) => {
                eprintln!("{errors}");
                return ExitCode::from(1);
            }
        }
    }
    let refs: Vec<(Release, &Schema)> = chain.iter().map(|(r, s)| (*r, s)).collect();
    let table = compute(&refs);
    let mut text = String::from(
        "# Which QEMU release has which command, event, type, member, enum value and\n\
         # feature: facts (names and release numbers) from QEMU's own schemas.\n\
         # Generated by scripts/qemu-availability; the format is described in\n\
         # qmp-schema/src/availability/mod.rs and docs/versions.md.\n",
    );
    text.push_str(&table.to_string());
    write_output(output, text.as_bytes())
}

/// `schema` made for QEMU `min` and later, when a minimum is given.
fn ranged(schema: &Schema, min: Option<&str>) -> Result<Option<Schema>, ExitCode> {
    let Some(min) = min else { return Ok(None) };
    match qmp_codegen::config::for_range(schema, min) {
        Ok(s) => {
            if let Some(a) = &s.availability {
                eprintln!(
                    "QEMU {} to {}: {} members made optional, {} members and values kept from older releases",
                    a.min,
                    a.newest,
                    a.made_optional.len(),
                    a.restored.len()
                );
            }
            Ok(Some(s))
        }
        Err(e) => {
            eprintln!("{e}");
            Err(ExitCode::from(1))
        }
    }
}

/// `convert`: the schema in the typed hx dialect.
fn convert(
    schema: &Path,
    format: Option<&str>,
    output: Option<&Path>,
    split: Option<String>,
    docs: &str,
    docs_from: Option<&Path>,
) -> ExitCode {
    use qmp_codegen::convert::{self, DocMode, Options};
    let s = match load(schema, format) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let docs_from = match docs_from.map(|p| load(p, None)).transpose() {
        Ok(d) => d,
        Err(code) => return code,
    };
    let docs = match docs {
        "skeleton" => DocMode::Skeleton,
        "none" => DocMode::None,
        _ => DocMode::Keep,
    };
    let opts = Options {
        docs,
        split_dir: split,
        header: vec![format!(
            "Converted by qmp-codegen from {}.",
            schema
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        )],
        docs_from,
    };
    let out = convert::to_hx(&s, &opts);
    let Some(path) = output else {
        return write_output(None, out.main.as_bytes());
    };
    match convert::write(path, &out) {
        Ok(written) => {
            for p in written {
                println!("wrote {}", p.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: cannot write: {e}", path.display());
            ExitCode::from(1)
        }
    }
}

fn load(path: &Path, format: Option<&str>) -> Result<Schema, ExitCode> {
    let format = format.map(|f| f.parse::<Format>().expect("clap restricts the values"));
    match qmp_schema::load(path, format) {
        Ok(schema) => {
            for w in &schema.warnings {
                eprintln!("{w}");
            }
            Ok(schema)
        }
        Err(errors) => {
            eprintln!("{errors}");
            Err(ExitCode::from(1))
        }
    }
}

fn write_output(output: Option<&Path>, text: &[u8]) -> ExitCode {
    match output {
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            if out.write_all(text).and_then(|()| out.flush()).is_err() {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Some(path) => match qmp_codegen::config::write_bytes_if_changed(path, text) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}: cannot write: {e}", path.display());
                ExitCode::from(1)
            }
        },
    }
}

fn introspect(
    target: &str,
    output: Option<&Path>,
    compact: bool,
    capture: bool,
    timeout: f64,
) -> ExitCode {
    use qmp_codegen::introspect_client::{fetch, Target};
    let Ok(timeout) = std::time::Duration::try_from_secs_f64(timeout) else {
        eprintln!("--timeout: not a valid number of seconds: {timeout}");
        return ExitCode::from(2);
    };
    match fetch(&Target::parse(target), timeout, capture) {
        Ok(cap) => {
            let value = if capture { cap.to_object() } else { cap.schema };
            let mut text = if compact {
                value.to_string()
            } else {
                serde_json::to_string_pretty(&value).unwrap_or_else(|_| value.to_string())
            };
            text.push('\n');
            write_output(output, text.as_bytes())
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let format = cli.format.as_deref();
    match cli.cmd {
        Cmd::Check { schemas, docs } => {
            let mut status = ExitCode::SUCCESS;
            for s in &schemas {
                match load(s, format) {
                    Err(_) => status = ExitCode::from(1),
                    Ok(schema) if docs => {
                        let gaps = qmp_schema::doc_check::doc_gaps(&schema);
                        for g in &gaps {
                            eprintln!("{g}");
                        }
                        if !gaps.is_empty() {
                            eprintln!("{}: {} documentation gaps", s.display(), gaps.len());
                            status = ExitCode::from(1);
                        }
                    }
                    Ok(_) => {}
                }
            }
            status
        }
        Cmd::Docs { schema, output } => match load(&schema, format) {
            Ok(s) => write_output(output.as_deref(), &qmp_codegen::docs::render_bytes(&s)),
            Err(code) => code,
        },
        Cmd::Introspect {
            target,
            output,
            compact,
            capture,
            timeout,
        } => introspect(&target, output.as_deref(), compact, capture, timeout),
        Cmd::Dump { schema } => match qmp_schema::qapi::dump(&schema) {
            Ok(text) => write_output(None, text.as_bytes()),
            Err(errors) => {
                eprintln!("{errors}");
                ExitCode::from(1)
            }
        },
        Cmd::Rust { schema, output } => match load(&schema, format)
            .and_then(|s| Ok(ranged(&s, cli.min_qemu.as_deref())?.unwrap_or(s)))
        {
            Ok(s) => match qmp_codegen::rust::generate(&s) {
                Ok(code) => write_output(output.as_deref(), code.as_bytes()),
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(1)
                }
            },
            Err(code) => code,
        },
        Cmd::Generate { schema, out_dir } => {
            generate(&schema, format, cli.min_qemu.as_deref(), &out_dir)
        }
        Cmd::Availability { releases, output } => {
            availability(&releases, format, output.as_deref())
        }
        Cmd::Diff {
            old,
            new,
            json,
            all,
        } => diff(&old, &new, format, json, all),
        Cmd::Features { schema } => match load(&schema, format) {
            Ok(s) => write_output(None, qmp_codegen::areas::cargo_features_toml(&s).as_bytes()),
            Err(code) => code,
        },
        Cmd::Convert {
            schema,
            to: _,
            output,
            split,
            docs,
            docs_from,
        } => convert(
            &schema,
            format,
            output.as_deref(),
            split,
            &docs,
            docs_from.as_deref(),
        ),
    }
}
