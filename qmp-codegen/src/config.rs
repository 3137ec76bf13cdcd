//! The builder API for `build.rs` scripts, in the style of prost-build:
//!
//! ```no_run
//! // build.rs
//! fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     qmp_codegen::Config::new()
//!         .schema("schema/qmp-commands.hx")
//!         .generate()?;
//!     Ok(())
//! }
//! ```
//!
//! It writes `<out_dir>/qmp_bindings.rs` (for `include!`) and
//! `<out_dir>/qmp-commands.txt`, each only when its content changed, and
//! prints `cargo:rerun-if-changed=` for every file the schema was read from
//! and `cargo:rerun-if-env-changed=QMP_SCHEMA`.
//!
//! A schema split over several files can be generated in part, one *area*
//! per file (see [`crate::areas`]): [`Config::areas`] names them, and
//! [`Config::areas_from_cargo_features`] takes them from the crate's
//! enabled cargo features, as the shipped bindings do.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use qmp_schema::{Errors, Format, Schema};

/// How many schema warnings a build script passes on to cargo.
const CARGO_WARNINGS: usize = 10;

/// Why [`Config::generate`] failed. Schema errors read `file:line:col: message`,
/// one per line.
///
/// `Debug` prints the same lines as `Display`, after a first line saying how
/// many errors there are, so the lines come out intact however a build
/// script hands the error back: `?` from `main` (which prints
/// `Error: {:?}`), `unwrap()` or `expect()`. `{:#?}` gives the structure.
#[derive(thiserror::Error)]
pub enum Error {
    /// No schema file was given.
    #[error("qmp-codegen: no schema file given (call Config::schema)")]
    NoSchema,
    /// No output directory was given and `OUT_DIR` is not set.
    #[error("qmp-codegen: no output directory (call Config::out_dir or run from build.rs)")]
    NoOutDir,
    /// The schema has errors.
    #[error("{0}")]
    Schema(#[from] Errors),
    /// The bindings could not be generated.
    #[error("{0}")]
    Codegen(#[from] crate::rust::Error),
    /// The release given to [`Config::min_qemu`] is not a release, or
    /// outside the release data.
    #[error("qmp-codegen: {0}")]
    MinQemu(String),
    /// An output file could not be written.
    #[error("{}: cannot write: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if f.alternate() {
            return match self {
                Error::NoSchema => f.write_str("NoSchema"),
                Error::NoOutDir => f.write_str("NoOutDir"),
                Error::Schema(e) => f.debug_tuple("Schema").field(e).finish(),
                Error::Codegen(e) => f.debug_tuple("Codegen").field(e).finish(),
                Error::MinQemu(e) => f.debug_tuple("MinQemu").field(e).finish(),
                Error::Io { path, source } => f
                    .debug_struct("Io")
                    .field("path", path)
                    .field("source", source)
                    .finish(),
            };
        }
        let errors = match self {
            Error::Schema(e) | Error::Codegen(crate::rust::Error::Schema(e)) => e.0.len(),
            _ => return write!(f, "{self}"),
        };
        let s = if errors == 1 { "" } else { "s" };
        write!(f, "qmp-codegen: {errors} schema error{s}:\n{self}")
    }
}

/// What [`Config::generate`] produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    /// The Rust bindings file.
    pub bindings: PathBuf,
    /// The `qmp-commands.txt` file, unless disabled.
    pub docs: Option<PathBuf>,
    /// Every schema file that was read.
    pub inputs: Vec<PathBuf>,
    /// Whether any output file was (re)written.
    pub changed: bool,
}

/// Builder for generating bindings from a `build.rs` (or any program).
#[derive(Clone, Debug)]
pub struct Config {
    schema: Option<PathBuf>,
    format: Option<Format>,
    out_dir: Option<PathBuf>,
    bindings_name: String,
    docs_name: Option<String>,
    schema_name: Option<String>,
    cargo_directives: bool,
    areas: Areas,
    min_qemu: Option<String>,
}

/// Which areas [`Config`] generates.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Areas {
    All,
    Only(BTreeSet<String>),
    CargoFeatures,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            schema: None,
            format: None,
            out_dir: None,
            bindings_name: "qmp_bindings.rs".to_owned(),
            docs_name: Some("qmp-commands.txt".to_owned()),
            schema_name: None,
            cargo_directives: true,
            areas: Areas::All,
            min_qemu: None,
        }
    }
}

impl Config {
    /// A builder with the defaults: output to `$OUT_DIR`, files
    /// `qmp_bindings.rs` and `qmp-commands.txt`, cargo directives printed.
    pub fn new() -> Self {
        Config::default()
    }

    /// The schema file to read (hx, QAPI JSON or `query-qmp-schema` output).
    pub fn schema(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.schema = Some(path.as_ref().to_path_buf());
        self
    }

    /// Forces the input format instead of recognising it from the content.
    pub fn format(&mut self, format: Format) -> &mut Self {
        self.format = Some(format);
        self
    }

    /// The directory to write to (default: `$OUT_DIR`).
    pub fn out_dir(&mut self, dir: impl AsRef<Path>) -> &mut Self {
        self.out_dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// The name of the bindings file (default `qmp_bindings.rs`).
    pub fn bindings_file_name(&mut self, name: impl Into<String>) -> &mut Self {
        self.bindings_name = name.into();
        self
    }

    /// The name of the docs file, or `None` to write no docs (default
    /// `qmp-commands.txt`).
    pub fn docs_file_name(&mut self, name: Option<String>) -> &mut Self {
        self.docs_name = name;
        self
    }

    /// Also write the schema itself as one file of the typed hx dialect
    /// (includes resolved, docs kept), under this name, for programs that
    /// need the model at run time (`qmp-shell`'s help, completion and
    /// checks). Default: not written.
    pub fn schema_file_name(&mut self, name: Option<String>) -> &mut Self {
        self.schema_name = name;
        self
    }

    /// Whether to print `cargo:` directives (default true; turn off outside
    /// build scripts).
    pub fn cargo_directives(&mut self, on: bool) -> &mut Self {
        self.cargo_directives = on;
        self
    }

    /// Generates only these areas (file stems of the schema's files, such as
    /// `run-state`) and the areas their types come from. An area the schema
    /// does not have is an error. The default is every area.
    pub fn areas<S: Into<String>>(&mut self, areas: impl IntoIterator<Item = S>) -> &mut Self {
        self.areas = Areas::Only(areas.into_iter().map(Into::into).collect());
        self
    }

    /// Generates the areas whose cargo feature is enabled in the crate whose
    /// build script runs this (`CARGO_FEATURE_RUN_STATE` for `run-state`),
    /// and the areas their types come from; every area when the feature
    /// `full` is enabled. Features that name no area are ignored.
    /// [`crate::areas::cargo_features_toml`] writes the `[features]` table
    /// such a crate needs.
    pub fn areas_from_cargo_features(&mut self) -> &mut Self {
        self.areas = Areas::CargoFeatures;
        self
    }

    /// Makes the bindings work with every QEMU from `release` (`"7.2"`) to
    /// the newest release of the availability data that `qmp-schema`
    /// ships (see `qmp_schema::availability::apply`): required members
    /// that an older release of the range lacks become optional, members
    /// and enum values removed since are kept (optional), each item's
    /// rustdoc says from which release it exists, and the generated
    /// `COMMANDS` and `Command::AVAILABILITY` let a client refuse a command
    /// the server's release does not have. `None` (the default) generates
    /// the schema as it is. The `qmp-commands.txt` output is not changed.
    pub fn min_qemu(&mut self, release: Option<&str>) -> &mut Self {
        self.min_qemu = release.map(str::to_owned);
        self
    }

    /// Reads the schema and writes the outputs.
    pub fn generate(&self) -> Result<Generated, Error> {
        if self.cargo_directives {
            println!("cargo:rerun-if-env-changed=QMP_SCHEMA");
        }
        let path = self.schema.as_deref().ok_or(Error::NoSchema)?;
        if self.cargo_directives {
            // Printed before reading, so a fix to a broken file re-runs us.
            println!("cargo:rerun-if-changed={}", path.display());
        }
        let schema = qmp_schema::load(path, self.format)?;
        if self.cargo_directives {
            for f in schema.files.iter().skip_while(|f| f.as_path() == path) {
                println!("cargo:rerun-if-changed={}", f.display());
            }
            for line in cargo_warnings(&schema, path) {
                println!("{line}");
            }
        }
        self.generate_from(&schema)
    }

    /// Writes the outputs for an already loaded schema.
    pub fn generate_from(&self, schema: &Schema) -> Result<Generated, Error> {
        let out_dir = match &self.out_dir {
            Some(d) => d.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or(Error::NoOutDir)?,
        };
        let areas = match &self.areas {
            Areas::All => None,
            Areas::Only(set) => Some(set.clone()),
            Areas::CargoFeatures => feature_areas(schema, |name| std::env::var_os(name).is_some()),
        };
        // The range changes the Rust only; the docs and the schema copy
        // describe the schema as written.
        let ranged;
        let for_code = match &self.min_qemu {
            None => schema,
            Some(min) => {
                ranged = for_range(schema, min)?;
                &ranged
            }
        };
        let code = crate::rust::generate_with(for_code, &crate::rust::Options { areas })?;
        let bindings = out_dir.join(&self.bindings_name);
        let mut changed = write(&bindings, &code)?;
        let docs = match &self.docs_name {
            Some(name) => {
                let p = out_dir.join(name);
                changed |= write(&p, &crate::docs::render(schema))?;
                Some(p)
            }
            None => None,
        };
        if let Some(name) = &self.schema_name {
            let opts = crate::convert::Options {
                header: vec!["The schema the bindings were generated from, in one file.".into()],
                ..crate::convert::Options::default()
            };
            let text = crate::convert::to_hx(schema, &opts).main;
            changed |= write(&out_dir.join(name), &text)?;
        }
        Ok(Generated {
            bindings,
            docs,
            inputs: schema.files.clone(),
            changed,
        })
    }
}

/// The areas whose cargo feature is on, as `is_set` reports the
/// `CARGO_FEATURE_*` variables; `None` (every area) when `full` is on.
fn feature_areas(schema: &Schema, is_set: impl Fn(&str) -> bool) -> Option<BTreeSet<String>> {
    let var = |feature: &str| {
        format!(
            "CARGO_FEATURE_{}",
            feature.to_ascii_uppercase().replace('-', "_")
        )
    };
    if is_set(&var(crate::areas::ALL_FEATURE)) {
        return None;
    }
    Some(
        crate::areas::areas(schema)
            .into_iter()
            .filter(|a| is_set(&var(a)))
            .map(str::to_owned)
            .collect(),
    )
}

/// `schema` made to cover QEMU `min` and later (see [`Config::min_qemu`]).
pub fn for_range(schema: &Schema, min: &str) -> Result<Schema, Error> {
    use qmp_schema::availability::{apply, Release, Table};
    let release: Release = min.parse().map_err(Error::MinQemu)?;
    let mut s = schema.clone();
    apply(&mut s, &Table::builtin(), release).map_err(|e| Error::MinQemu(e.to_string()))?;
    Ok(s)
}

fn write(path: &Path, text: &str) -> Result<bool, Error> {
    write_if_changed(path, text).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Writes `text` to `path` unless the file already holds exactly that text.
/// Returns whether the file was written.
pub fn write_if_changed(path: &std::path::Path, text: &str) -> std::io::Result<bool> {
    write_bytes_if_changed(path, text.as_bytes())
}

/// Writes `bytes` to `path` unless the file already holds exactly those bytes.
/// Returns whether the file was written.
pub fn write_bytes_if_changed(path: &std::path::Path, text: &[u8]) -> std::io::Result<bool> {
    if std::fs::read(path).is_ok_and(|old| old == text) {
        return Ok(false);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, text)?;
    Ok(true)
}

/// The `cargo:warning=` lines for a schema's warnings. An old QEMU schema
/// can have hundreds (undocumented members, obsolete doc sections): cargo
/// is given the first few and where to see the rest.
fn cargo_warnings(schema: &Schema, path: &Path) -> Vec<String> {
    let mut out: Vec<String> = schema
        .warnings
        .iter()
        .take(CARGO_WARNINGS)
        .map(|w| format!("cargo:warning={w}"))
        .collect();
    let more = schema.warnings.len().saturating_sub(CARGO_WARNINGS);
    if more > 0 {
        out.push(format!(
            "cargo:warning=... and {more} more warnings about {p}: `qmp-codegen check {p}` lists them all",
            p = path.display()
        ));
    }
    out
}

#[cfg(test)]
mod warning_tests {
    use super::*;
    use qmp_schema::{Diagnostic, Location, SourceFormat};
    use std::sync::Arc;

    fn with_warnings(n: u32) -> Schema {
        let mut s = Schema::new(SourceFormat::Qapi);
        let file = Arc::new(PathBuf::from("s.json"));
        s.warnings = (1..=n)
            .map(|i| Diagnostic::warning(Location::new(&file, i, 0), format!("w{i}")))
            .collect();
        s
    }

    #[test]
    fn areas_follow_the_cargo_features() {
        use qmp_schema::{Enum, TypeDef, TypeKind};
        let mut s = Schema::new(SourceFormat::Qapi);
        for file in ["run-state.json", "block-core.json"] {
            let f = Arc::new(PathBuf::from(file));
            s.types.push(TypeDef {
                name: format!("T{}", s.types.len()),
                loc: Location::new(&f, 1, 1),
                kind: TypeKind::Enum(Enum {
                    prefix: None,
                    values: Vec::new(),
                }),
                features: Vec::new(),
                cond: None,
                doc: None,
            });
        }
        let on = |vars: &'static [&'static str]| move |v: &str| vars.contains(&v);
        assert_eq!(feature_areas(&s, on(&["CARGO_FEATURE_FULL"])), None);
        assert_eq!(
            feature_areas(&s, on(&["CARGO_FEATURE_RUN_STATE", "CARGO_FEATURE_OTHER"])),
            Some(["run-state".to_owned()].into())
        );
        assert_eq!(feature_areas(&s, on(&[])), Some(BTreeSet::new()));
    }

    #[test]
    fn a_few_warnings_go_to_cargo_and_the_rest_are_counted() {
        let p = Path::new("s.json");
        let lines = cargo_warnings(&with_warnings(3), p);
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("cargo:warning=s.json:1"), "{lines:?}");
        let lines = cargo_warnings(&with_warnings(25), p);
        assert_eq!(lines.len(), CARGO_WARNINGS + 1);
        assert_eq!(
            lines[CARGO_WARNINGS],
            "cargo:warning=... and 15 more warnings about s.json: `qmp-codegen check s.json` lists them all"
        );
        assert!(cargo_warnings(&with_warnings(0), p).is_empty());
    }
}
