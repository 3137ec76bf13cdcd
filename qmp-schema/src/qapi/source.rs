//! Source positions of the QAPI front end and its errors.
//!
//! Every line of every file read gets one [`InfoId`] (created lazily by the
//! lexer); expressions and doc comments remember the id of the line they
//! start on. Like QEMU, an expression's info also records which definition
//! it belongs to once the checks know it, so that later errors read
//! `file: In struct 'Foo':` followed by `file:line: message`.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::diag::{Diagnostic, Location};

/// Index of a line record in [`Infos`].
pub(crate) type InfoId = usize;

/// One line of one file, with the include chain that led to it.
#[derive(Clone, Debug)]
pub(crate) struct Info {
    /// The file name as QEMU spells it (joined onto the includer's folder).
    pub fname: Arc<PathBuf>,
    /// 1-based line.
    pub line: u32,
    /// The `include` line that pulled this file in.
    pub parent: Option<InfoId>,
    /// `(meta, name)` of the definition this line starts, once known.
    pub defn: Option<(String, String)>,
}

/// The arena of line records.
#[derive(Debug, Default)]
pub(crate) struct Infos {
    pub list: Vec<Info>,
}

impl Infos {
    pub fn add(&mut self, fname: &Arc<PathBuf>, line: u32, parent: Option<InfoId>) -> InfoId {
        self.list.push(Info {
            fname: Arc::clone(fname),
            line,
            parent,
            defn: None,
        });
        self.list.len() - 1
    }

    /// A new record for the same place as `id` (for definitions made up
    /// there, which need their own `defn`).
    pub fn add_copy(&mut self, id: InfoId) -> InfoId {
        let i = self.get(id);
        let (fname, line, parent) = (Arc::clone(&i.fname), i.line, i.parent);
        self.add(&fname, line, parent)
    }

    pub fn get(&self, id: InfoId) -> &Info {
        static NOWHERE: std::sync::LazyLock<Info> = std::sync::LazyLock::new(|| Info {
            fname: Arc::new(PathBuf::from("<builtin>")),
            line: 0,
            parent: None,
            defn: None,
        });
        self.list.get(id).unwrap_or(&NOWHERE)
    }

    pub fn set_defn(&mut self, id: InfoId, meta: &str, name: &str) {
        if let Some(i) = self.list.get_mut(id) {
            i.defn = Some((meta.to_string(), name.to_string()));
        }
    }

    /// `file:line` of a record.
    pub fn loc(&self, id: InfoId) -> String {
        let i = self.get(id);
        format!("{}:{}", i.fname.display(), i.line)
    }

    /// QEMU's rendering of a position: include chain, definition context,
    /// then `file:line`.
    pub fn describe(&self, id: InfoId) -> String {
        let mut chain = Vec::new();
        let mut p = self.get(id).parent;
        while let Some(pid) = p {
            chain.push(format!("In file included from {}:\n", self.loc(pid)));
            p = self.get(pid).parent;
        }
        chain.reverse();
        let mut s = chain.concat();
        let i = self.get(id);
        if let Some((meta, name)) = &i.defn {
            s.push_str(&format!("{}: In {} '{}':\n", i.fname.display(), meta, name));
        }
        s.push_str(&self.loc(id));
        s
    }

    /// The defining name recorded on a line, if any.
    pub fn defn_name(&self, id: InfoId) -> Option<&str> {
        self.get(id).defn.as_ref().map(|(_, n)| n.as_str())
    }

    /// The definition meta (`struct`, `command`, ...) recorded on a line.
    pub fn defn_meta(&self, id: InfoId) -> Option<&str> {
        self.get(id).defn.as_ref().map(|(m, _)| m.as_str())
    }
}

/// A QAPI error: where, and the message, rendered both the QEMU way and as
/// a [`Diagnostic`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QapiError {
    /// The full text QEMU's tools print (may span several lines).
    pub text: String,
    /// The same error as a located diagnostic.
    pub diag: Diagnostic,
}

impl std::fmt::Display for QapiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl QapiError {
    /// An error at a line (and column, for syntax errors).
    pub(crate) fn at(infos: &Infos, id: InfoId, col: Option<u32>, msg: impl Into<String>) -> Self {
        let msg = msg.into();
        let mut text = infos.describe(id);
        if let Some(c) = col {
            text.push_str(&format!(":{c}"));
        }
        text.push_str(": ");
        text.push_str(&msg);
        let i = infos.get(id);
        let mut dmsg = msg.replace('\n', "; ");
        if let Some((meta, name)) = &i.defn {
            dmsg = format!("in {meta} '{name}': {dmsg}");
        }
        QapiError {
            text,
            diag: Diagnostic::error(Location::new(&i.fname, i.line, col.unwrap_or(0)), dmsg),
        }
    }

    /// An error with no position (the main file cannot be read).
    pub(crate) fn bare(path: &Path, msg: String) -> Self {
        QapiError {
            diag: Diagnostic::error(Location::new(&Arc::new(path.to_path_buf()), 0, 0), &msg),
            text: msg,
        }
    }
}

/// The `strerror` text of an I/O error, as Python prints it.
pub(crate) fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// `os.path.normpath`: lexical clean-up of `.` and `..`.
pub(crate) fn normpath(p: &Path) -> PathBuf {
    let mut out: Vec<Component<'_>> = Vec::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir) | Some(Component::Prefix(_)) => {}
                _ => out.push(c),
            },
            _ => out.push(c),
        }
    }
    if out.is_empty() {
        return PathBuf::from(".");
    }
    out.iter().collect()
}

/// `os.path.abspath`: the lexically normalised absolute path.
pub(crate) fn abspath(p: &Path) -> PathBuf {
    if p.is_absolute() {
        normpath(p)
    } else {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        normpath(&cwd.join(p))
    }
}

/// `os.path.relpath(path, start)`.
pub(crate) fn relpath(path: &Path, start: &Path) -> PathBuf {
    let start = if start.as_os_str().is_empty() {
        Path::new(".")
    } else {
        start
    };
    let p = abspath(path);
    let s = abspath(start);
    let pc: Vec<_> = p.components().collect();
    let sc: Vec<_> = s.components().collect();
    let common = pc.iter().zip(&sc).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..sc.len() {
        out.push("..");
    }
    for c in &pc[common..] {
        out.push(c);
    }
    if out.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        out
    }
}

/// `os.path.dirname`.
pub(crate) fn dirname(p: &Path) -> PathBuf {
    p.parent().map(Path::to_path_buf).unwrap_or_default()
}
