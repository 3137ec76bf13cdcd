//! The checked model every front end (hx, QAPI JSON, introspection) produces
//! and every back end (Rust, `qmp-commands.txt`) consumes.

use std::path::PathBuf;

use crate::diag::{Diagnostic, Location};

/// Which front end produced a [`Schema`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceFormat {
    /// A `qmp-commands.hx`-style file (historic, HMP, or the typed dialect).
    Hx,
    /// A QAPI JSON schema (`qapi-schema.json` with its includes).
    Qapi,
    /// The reply of `query-qmp-schema`.
    Introspect,
}

/// A whole schema: commands, events and named types, with their docs.
#[derive(Clone, Debug, PartialEq)]
pub struct Schema {
    /// The front end that produced it.
    pub format: SourceFormat,
    /// Every file that was read, main file first (for `rerun-if-changed`).
    pub files: Vec<PathBuf>,
    /// Commands in source order.
    pub commands: Vec<Command>,
    /// Events in source order.
    pub events: Vec<Event>,
    /// Named types in source order.
    pub types: Vec<TypeDef>,
    /// Every documentation block in source order, attached or free-standing
    /// (section headings, introductions).
    pub doc_blocks: Vec<DocBlock>,
    /// Warnings found while reading (the input was still accepted).
    pub warnings: Vec<Diagnostic>,
    /// How the main file's bytes were decoded.
    pub encoding: SourceEncoding,
    /// Set by [`crate::availability::apply`]: the range of QEMU releases
    /// the schema was made to cover, and where each command and event
    /// exists.
    pub availability: Option<crate::availability::Applied>,
    /// Which QEMU releases have an item that some release of the schema's
    /// range lacks, by `NAME` (a command or event) or `OWNER.NAME` (a
    /// member of a type, of a command's arguments or of an event's data,
    /// or an enum value). Set by [`crate::availability::apply`]; read back
    /// from a bindings schema written by
    /// [`crate::introspect::to_annotated_json`]. Empty otherwise.
    pub releases: std::collections::BTreeMap<String, crate::availability::Releases>,
}

/// How the bytes of a schema file were turned into text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum SourceEncoding {
    /// UTF-8 (or plain ASCII).
    #[default]
    Utf8,
    /// Not valid UTF-8: each byte was read as one Latin-1 character, so the
    /// original bytes can be written back unchanged (old hx files predate
    /// QEMU's move to UTF-8).
    Latin1,
}

impl Schema {
    /// An empty schema of the given format.
    pub fn new(format: SourceFormat) -> Self {
        Schema {
            format,
            files: Vec::new(),
            commands: Vec::new(),
            events: Vec::new(),
            types: Vec::new(),
            doc_blocks: Vec::new(),
            warnings: Vec::new(),
            encoding: SourceEncoding::Utf8,
            availability: None,
            releases: std::collections::BTreeMap::new(),
        }
    }

    /// The command with this wire name.
    pub fn command(&self, name: &str) -> Option<&Command> {
        self.commands.iter().find(|c| c.name == name)
    }

    /// The event with this wire name.
    pub fn event(&self, name: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.name == name)
    }

    /// The named type with this name.
    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.types.iter().find(|t| t.name == name)
    }
}

/// Type `name` and the bases it inherits members from, `name` first, each
/// found by `lookup`. The walk follows struct bases iteratively and stops at
/// a missing type, a type that is not a struct (it is still listed), or one
/// already listed (a cycle, which the readers reject).
pub(crate) fn base_chain<'s>(
    name: &str,
    lookup: impl Fn(&str) -> Option<&'s TypeDef>,
) -> Vec<&'s TypeDef> {
    let mut chain: Vec<&TypeDef> = Vec::new();
    let mut next = Some(name);
    while let Some(n) = next {
        let Some(t) = lookup(n) else { break };
        if chain.iter().any(|c| c.name == t.name) {
            break;
        }
        chain.push(t);
        next = match &t.kind {
            TypeKind::Struct(s) => s.base.as_deref(),
            _ => None,
        };
    }
    chain
}

/// A QMP command.
#[derive(Clone, Debug, PartialEq)]
pub struct Command {
    /// Wire name, for example `query-status`.
    pub name: String,
    /// Where it is defined.
    pub loc: Location,
    /// Its arguments.
    pub args: Args,
    /// What a successful reply carries.
    pub returns: Returns,
    /// Features such as `deprecated` or `unstable`.
    pub features: Vec<Feature>,
    /// Whether it may be sent with `exec-oob`.
    pub allow_oob: bool,
    /// Whether it may run before the machine is configured (`--preconfig`).
    pub allow_preconfig: bool,
    /// Whether the server runs it in a coroutine.
    pub coroutine: bool,
    /// Whether the server sends a reply (false only for a few special commands).
    pub success_response: bool,
    /// Whether QEMU generates its marshaller (`gen: false` in QAPI).
    pub gen: bool,
    /// The build condition it depends on, if any.
    pub cond: Option<Cond>,
    /// Its documentation.
    pub doc: Option<Doc>,
    /// The raw fields of an hx entry (historic `.args_type`, `.params`,
    /// `.help`, `.mhandler.cmd_new`, ...), in source order.
    pub hx: Option<HxFields>,
}

impl Command {
    /// A command with QMP's defaults: no features, not out-of-band, no
    /// preconfig, no coroutine, a success response, generated, no condition,
    /// no doc and no hx fields.
    pub fn new(name: impl Into<String>, loc: Location, args: Args, returns: Returns) -> Self {
        Command {
            name: name.into(),
            loc,
            args,
            returns,
            features: Vec::new(),
            allow_oob: false,
            allow_preconfig: false,
            coroutine: false,
            success_response: true,
            gen: true,
            cond: None,
            doc: None,
            hx: None,
        }
    }

    /// Whether the command accepts arguments beyond its declared members,
    /// passed through to the server as they are: a command QEMU does not
    /// marshal (`gen: false`; `device_add`, whose further arguments are the
    /// device model's properties), or a historic hx command with an `O`
    /// member, whose `key=value` option list is the arguments themselves.
    pub fn takes_extra_args(&self) -> bool {
        !self.gen
            || matches!(&self.args, Args::Members(ms) if ms.iter().any(Member::is_option_list))
    }
}

/// The arguments of a command or the data of an event.
#[derive(Clone, Debug, PartialEq)]
pub enum Args {
    /// A list of members defined in place.
    Members(Vec<Member>),
    /// A named type. `boxed` means the type itself is the argument object
    /// (QAPI `boxed: true`); otherwise its members are the arguments.
    Named {
        /// The type's name.
        ty: String,
        /// QAPI `boxed`.
        boxed: bool,
    },
}

impl Args {
    /// No arguments.
    pub fn none() -> Self {
        Args::Members(Vec::new())
    }
}

/// What a command's successful reply carries.
#[derive(Clone, Debug, PartialEq)]
pub enum Returns {
    /// The schema does not say (historic hx files): any JSON value.
    Unknown,
    /// An empty object `{}`.
    Empty,
    /// A value of this type.
    Type(TypeRef),
}

/// A QMP event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Wire name, for example `STOP`.
    pub name: String,
    /// Where it is defined.
    pub loc: Location,
    /// Its `data` members.
    pub data: Args,
    /// Features such as `deprecated`.
    pub features: Vec<Feature>,
    /// Build condition.
    pub cond: Option<Cond>,
    /// Documentation.
    pub doc: Option<Doc>,
}

/// A member of a struct, of a command's arguments or of an event's data.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// Wire name.
    pub name: String,
    /// Its type.
    pub ty: TypeRef,
    /// Whether it may be absent.
    pub optional: bool,
    /// Build condition.
    pub cond: Option<Cond>,
    /// Features such as `deprecated`.
    pub features: Vec<Feature>,
    /// Its documentation.
    pub doc: Option<String>,
    /// Where it is defined.
    pub loc: Location,
    /// For hx `args_type` members: the historic type letter it was written with
    /// (for example `B` for a block device name, `-` for a flag).
    pub hx_kind: Option<String>,
}

impl Member {
    /// A member with no condition, features, doc or hx kind.
    pub fn new(name: impl Into<String>, ty: TypeRef, optional: bool, loc: Location) -> Self {
        Member {
            name: name.into(),
            ty,
            optional,
            cond: None,
            features: Vec::new(),
            doc: None,
            loc,
            hx_kind: None,
        }
    }

    /// Whether this is a historic hx `name:O` member: not an argument of its
    /// own but the `key=value` option list given as the arguments
    /// themselves (see [`Command::takes_extra_args`]).
    pub fn is_option_list(&self) -> bool {
        self.hx_kind.as_deref() == Some("O")
    }
}

/// A reference to a type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeRef {
    /// A builtin type.
    Builtin(Builtin),
    /// A named type defined in the schema.
    Named(String),
    /// An array of the inner type.
    Array(Box<TypeRef>),
}

impl std::fmt::Display for TypeRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TypeRef::Builtin(b) => f.write_str(b.name()),
            TypeRef::Named(n) => f.write_str(n),
            TypeRef::Array(t) => write!(f, "[{t}]"),
        }
    }
}

/// The builtin types of QAPI, with their exact widths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    /// JSON string.
    Str,
    /// JSON number (a double).
    Number,
    /// 64-bit signed integer.
    Int,
    /// 8-bit signed integer.
    Int8,
    /// 16-bit signed integer.
    Int16,
    /// 32-bit signed integer.
    Int32,
    /// 64-bit signed integer.
    Int64,
    /// 8-bit unsigned integer.
    Uint8,
    /// 16-bit unsigned integer.
    Uint16,
    /// 32-bit unsigned integer.
    Uint32,
    /// 64-bit unsigned integer.
    Uint64,
    /// A size in bytes (64-bit unsigned).
    Size,
    /// JSON boolean.
    Bool,
    /// JSON null.
    Null,
    /// Any JSON value.
    Any,
    /// The QAPI `QType` enumeration (used by alternates).
    QType,
}

impl Builtin {
    /// Every builtin, in QAPI's order.
    pub const ALL: [Builtin; 16] = [
        Builtin::Str,
        Builtin::Number,
        Builtin::Int,
        Builtin::Int8,
        Builtin::Int16,
        Builtin::Int32,
        Builtin::Int64,
        Builtin::Uint8,
        Builtin::Uint16,
        Builtin::Uint32,
        Builtin::Uint64,
        Builtin::Size,
        Builtin::Bool,
        Builtin::Null,
        Builtin::Any,
        Builtin::QType,
    ];

    /// The schema spelling (`str`, `int64`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Str => "str",
            Builtin::Number => "number",
            Builtin::Int => "int",
            Builtin::Int8 => "int8",
            Builtin::Int16 => "int16",
            Builtin::Int32 => "int32",
            Builtin::Int64 => "int64",
            Builtin::Uint8 => "uint8",
            Builtin::Uint16 => "uint16",
            Builtin::Uint32 => "uint32",
            Builtin::Uint64 => "uint64",
            Builtin::Size => "size",
            Builtin::Bool => "bool",
            Builtin::Null => "null",
            Builtin::Any => "any",
            Builtin::QType => "QType",
        }
    }

    /// The builtin spelled `name`, if any.
    pub fn from_name(name: &str) -> Option<Builtin> {
        Builtin::ALL.iter().copied().find(|b| b.name() == name)
    }
}

/// A named type.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDef {
    /// Its name.
    pub name: String,
    /// Where it is defined.
    pub loc: Location,
    /// What kind of type it is.
    pub kind: TypeKind,
    /// Features such as `deprecated`.
    pub features: Vec<Feature>,
    /// Build condition.
    pub cond: Option<Cond>,
    /// Documentation.
    pub doc: Option<Doc>,
}

/// The kinds of named type.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    /// A JSON object with fixed members.
    Struct(Struct),
    /// A string enumeration.
    Enum(Enum),
    /// A JSON object whose members depend on a discriminator member.
    Union(Union),
    /// A value that may be one of several types, told apart by JSON type.
    Alternate(Alternate),
}

/// A struct type.
#[derive(Clone, Debug, PartialEq)]
pub struct Struct {
    /// The struct whose members come first, if any.
    pub base: Option<String>,
    /// Its own members.
    pub members: Vec<Member>,
}

/// An enumeration.
#[derive(Clone, Debug, PartialEq)]
pub struct Enum {
    /// QAPI `prefix` (C naming only).
    pub prefix: Option<String>,
    /// The values in order.
    pub values: Vec<EnumValue>,
}

/// One value of an enumeration.
#[derive(Clone, Debug, PartialEq)]
pub struct EnumValue {
    /// Wire name.
    pub name: String,
    /// Build condition.
    pub cond: Option<Cond>,
    /// Features such as `deprecated`.
    pub features: Vec<Feature>,
    /// Documentation.
    pub doc: Option<String>,
    /// Where it is defined.
    pub loc: Location,
}

/// A discriminated union.
#[derive(Clone, Debug, PartialEq)]
pub struct Union {
    /// A named base struct, if the base is a type name.
    pub base: Option<String>,
    /// Base members written in place (when the base is not a type name).
    pub members: Vec<Member>,
    /// The base member whose enum value selects the variant.
    pub discriminator: String,
    /// The variants: discriminator value and the struct that adds members.
    pub variants: Vec<Variant>,
}

/// An alternate type.
#[derive(Clone, Debug, PartialEq)]
pub struct Alternate {
    /// The alternatives.
    pub variants: Vec<Variant>,
}

/// A branch of a union or an alternate.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    /// Discriminator value (union) or branch name (alternate).
    pub name: String,
    /// The type of the branch.
    pub ty: TypeRef,
    /// Build condition.
    pub cond: Option<Cond>,
    /// Where it is defined.
    pub loc: Location,
}

/// A feature flag on a definition or member.
#[derive(Clone, Debug, PartialEq)]
pub struct Feature {
    /// Its name (`deprecated`, `unstable`, or any other).
    pub name: String,
    /// Build condition.
    pub cond: Option<Cond>,
    /// What the schema says about it.
    pub doc: Option<String>,
}

impl Feature {
    /// Whether any feature in `features` is named `name`.
    pub fn has(features: &[Feature], name: &str) -> bool {
        features.iter().any(|f| f.name == name)
    }
}

/// A build condition (QAPI `if`, hx `#if`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Cond {
    /// A configuration symbol such as `CONFIG_SPICE`.
    Name(String),
    /// All of these hold.
    All(Vec<Cond>),
    /// Any of these holds.
    Any(Vec<Cond>),
    /// This does not hold.
    Not(Box<Cond>),
}

impl std::fmt::Display for Cond {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fn list(f: &mut std::fmt::Formatter<'_>, op: &str, cs: &[Cond]) -> std::fmt::Result {
            write!(f, "{op}(")?;
            for (i, c) in cs.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{c}")?;
            }
            f.write_str(")")
        }
        match self {
            Cond::Name(n) => f.write_str(n),
            Cond::All(cs) => list(f, "all", cs),
            Cond::Any(cs) => list(f, "any", cs),
            Cond::Not(c) => write!(f, "not({c})"),
        }
    }
}

/// The documentation of one definition.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Doc {
    /// The description: free text before any tagged section.
    pub body: String,
    /// Descriptions of members, arguments or enum values, by wire name.
    pub members: Vec<(String, String)>,
    /// Descriptions of features, by name.
    pub features: Vec<(String, String)>,
    /// Tagged sections in order (`Returns`, `Errors`, `Since`, `Example`, ...).
    pub sections: Vec<DocSection>,
    /// Request/reply examples (`->` / `<-` lines).
    pub examples: Vec<String>,
}

/// A tagged section of a [`Doc`].
#[derive(Clone, Debug, PartialEq)]
pub struct DocSection {
    /// The tag (`Returns`, `Since`, `Note`, ...); empty for plain text.
    pub tag: String,
    /// Its text.
    pub text: String,
}

/// What kind of marker opened a documentation block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    /// `SQMP` ... `EQMP` (QMP docs of a `qmp-commands.hx`).
    Sqmp,
    /// `STEXI` ... `ETEXI` (texinfo docs of an old hx file).
    Stexi,
    /// `SRST` ... `ERST` (reStructuredText docs of a current hx file).
    Srst,
    /// A QAPI `##` doc comment.
    Qapi,
}

/// What a documentation block documents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocTarget {
    /// Nothing: a heading or free text.
    Free,
    /// The command with this name.
    Command(String),
    /// The event with this name.
    Event(String),
    /// The type with this name.
    Type(String),
}

/// One documentation block, verbatim.
#[derive(Clone, Debug, PartialEq)]
pub struct DocBlock {
    /// Where its first line (after the opening marker) is.
    pub loc: Location,
    /// How it was marked.
    pub kind: DocKind,
    /// Its lines exactly as written, each ending in `\n`.
    pub text: String,
    /// What it documents.
    pub target: DocTarget,
}

/// The fields of an hx entry exactly as written, in source order.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct HxFields {
    /// `(field, value)`: the field without its dot (`name`, `args_type`,
    /// `mhandler.cmd_new`), the value with string literals decoded and
    /// concatenated, or the C expression as written.
    pub fields: Vec<(String, String)>,
}

impl HxFields {
    /// The value of the first field called `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}
