//! Naming rules shared by the QAPI checks: QEMU's C name mangling (used
//! to detect clashes) and the shape of valid names.

const RESERVED: &[&str] = &[
    // C89
    "auto",
    "break",
    "case",
    "char",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extern",
    "float",
    "for",
    "goto",
    "if",
    "int",
    "long",
    "register",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "struct",
    "switch",
    "typedef",
    "union",
    "unsigned",
    "void",
    "volatile",
    "while", // C99
    "inline",
    "restrict",
    "_Bool",
    "_Complex",
    "_Imaginary", // C11
    "_Alignas",
    "_Alignof",
    "_Atomic",
    "_Generic",
    "_Noreturn",
    "_Static_assert",
    "_Thread_local", // GCC
    "asm",
    "typeof", // C++
    "bool",
    "catch",
    "class",
    "const_cast",
    "delete",
    "dynamic_cast",
    "explicit",
    "false",
    "friend",
    "mutable",
    "namespace",
    "new",
    "operator",
    "private",
    "protected",
    "public",
    "reinterpret_cast",
    "static_cast",
    "template",
    "this",
    "throw",
    "true",
    "try",
    "typeid",
    "typename",
    "using",
    "virtual",
    "wchar_t",
    "and",
    "and_eq",
    "bitand",
    "bitor",
    "compl",
    "not",
    "not_eq",
    "or",
    "or_eq",
    "xor",
    "xor_eq", // namespace pollution
    "unix",
    "errno",
    "mips",
    "sparc",
    "i386",
    "linux",
];

/// The C identifier QEMU derives from a QAPI name; with `protect`, words
/// reserved in C get a `q_` prefix.
pub(crate) fn c_name(name: &str, protect: bool) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if protect
        && (RESERVED.contains(&s.as_str()) || s.chars().next().is_some_and(|c| c.is_ascii_digit()))
    {
        return format!("q_{s}");
    }
    s
}

fn stem_ok(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c.is_ascii_alphabetic())
        && cs.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Matches `(__[a-z0-9.-]+_)?(x-)?([a-z][a-z0-9_-]*)` (case-insensitive)
/// against the whole name and returns the stem, as the regular expression
/// would group it.
pub(crate) fn name_stem(name: &str) -> Option<&str> {
    let mut prefixes: Vec<usize> = Vec::new();
    if let Some(rest) = name.strip_prefix("__") {
        let n = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
            .count();
        if n > 0 && rest[n..].starts_with('_') {
            prefixes.push(2 + n + 1);
        }
    }
    prefixes.push(0);
    for p in prefixes {
        let rest = &name[p..];
        let lower = rest.get(..2).map(str::to_ascii_lowercase);
        if lower.as_deref() == Some("x-") && stem_ok(&rest[2..]) {
            return Some(&rest[2..]);
        }
        if stem_ok(rest) {
            return Some(rest);
        }
    }
    None
}
