//! The C initializer entries of the typed hx dialect, one per command,
//! event and type. List fields are written one item per string piece
//! (several short items per piece for plain enums), so that an item with a
//! condition stands alone between `#if` and `#endif` lines.

use qmp_schema::{
    Args, Command, Cond, Event, Feature, Member, Returns, TypeDef, TypeKind, Variant,
};

/// Column at which values start (`.field` names are padded to it).
const VALUE_COL: usize = 30;
/// Width up to which several plain enum values share a piece.
const WIDTH: usize = 96;

/// A C preprocessor expression for `c` that the hx reader parses back to
/// the same condition.
pub(super) fn cond_expr(c: &Cond) -> String {
    fn inner(c: &Cond) -> String {
        match c {
            Cond::Name(_) | Cond::Not(_) => cond_expr(c),
            _ => format!("({})", cond_expr(c)),
        }
    }
    match c {
        Cond::Name(n) => format!("defined({n})"),
        Cond::Not(c) => format!("!{}", inner(c)),
        Cond::All(cs) => cs.iter().map(inner).collect::<Vec<_>>().join(" && "),
        Cond::Any(cs) => cs.iter().map(inner).collect::<Vec<_>>().join(" || "),
    }
}

/// One item of a list field: its text and the condition it stands under.
struct Piece {
    text: String,
    cond: Option<Cond>,
    /// Whether it may share a string piece with its neighbours.
    packable: bool,
}

/// A member as written in a member list: `name:TYPE[?] [+feature...]`.
fn member_item(m: &Member) -> String {
    let mut s = format!("{}:", m.name);
    match m.hx_kind.as_deref() {
        Some(k) if k.chars().count() == 1 && k != "/" => {
            s.push_str(k);
            if m.optional {
                s.push('?');
            }
        }
        Some(k) => s.push_str(k),
        None => {
            s.push_str(&m.ty.to_string());
            if m.optional {
                s.push('?');
            }
        }
    }
    push_features(&mut s, &m.features);
    s
}

fn push_features(s: &mut String, fs: &[Feature]) {
    for f in fs {
        s.push_str(" +");
        s.push_str(&f.name);
    }
}

fn members(ms: &[Member]) -> Vec<Piece> {
    ms.iter()
        .map(|m| Piece {
            text: member_item(m),
            cond: m.cond.clone(),
            packable: false,
        })
        .collect()
}

fn variants(vs: &[Variant]) -> Vec<Piece> {
    vs.iter()
        .map(|v| Piece {
            text: format!("{}:{}", v.name, v.ty),
            cond: v.cond.clone(),
            packable: false,
        })
        .collect()
}

/// An entry being written.
struct Entry<'a> {
    out: &'a mut String,
}

impl<'a> Entry<'a> {
    fn open(out: &'a mut String, cond: Option<&Cond>) -> Self {
        if let Some(c) = cond {
            out.push_str(&format!("#if {}\n", cond_expr(c)));
        }
        out.push_str("    {\n");
        Entry { out }
    }

    fn lead(&mut self, field: &str) {
        let head = format!("        .{field}");
        self.out
            .push_str(&format!("{head:<width$}= ", width = VALUE_COL - 2));
    }

    fn string(&mut self, field: &str, value: &str) {
        self.lead(field);
        self.out.push_str(&quote(value));
        self.out.push_str(",\n");
    }

    fn flag(&mut self, field: &str, value: bool) {
        self.lead(field);
        self.out.push_str(if value { "true" } else { "false" });
        self.out.push_str(",\n");
    }

    /// A list field, one string piece per item (or per line of packed
    /// items), `#if` lines around conditional items.
    fn list(&mut self, field: &str, pieces: Vec<Piece>) {
        self.lead(field);
        if pieces.is_empty() {
            self.out.push_str("\"\",\n");
            return;
        }
        let pad = " ".repeat(VALUE_COL);
        let n = pieces.len();
        let mut lines: Vec<(String, Option<Cond>)> = Vec::new();
        for (i, p) in pieces.into_iter().enumerate() {
            let text = if i + 1 < n {
                format!("{},", p.text)
            } else {
                p.text
            };
            match lines.last_mut() {
                Some((l, None))
                    if p.packable
                        && p.cond.is_none()
                        && l.len() + text.len() < WIDTH - VALUE_COL =>
                {
                    l.push_str(&text)
                }
                _ => lines.push((text, p.cond)),
            }
        }
        for (i, (text, cond)) in lines.iter().enumerate() {
            if i > 0 || cond.is_some() {
                if i == 0 {
                    // An empty first piece keeps `=` and the value on one line.
                    self.out.push_str("\"\"\n");
                }
                if let Some(c) = cond {
                    self.out.push_str(&format!("#if {}\n", cond_expr(c)));
                }
                self.out.push_str(&pad);
            }
            self.out.push_str(&quote(text));
            let last = i + 1 == lines.len();
            if last && cond.is_none() {
                self.out.push(',');
            }
            self.out.push('\n');
            if cond.is_some() {
                self.out.push_str("#endif\n");
                if last {
                    // The field's comma may not stand under the `#if`.
                    self.out.push_str(&format!("{pad}\"\",\n"));
                }
            }
        }
    }

    fn features(&mut self, fs: &[Feature]) {
        if fs.is_empty() {
            return;
        }
        let pieces = fs
            .iter()
            .map(|f| Piece {
                text: f.name.clone(),
                cond: f.cond.clone(),
                packable: true,
            })
            .collect();
        self.list("features", pieces);
    }

    fn close(self, cond: Option<&Cond>) {
        self.out.push_str("    },\n");
        if cond.is_some() {
            self.out.push_str("#endif\n");
        }
        self.out.push('\n');
    }
}

/// A C string literal for `s`.
fn quote(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// `.args_type`/`.args` (commands) or `.data`/`.data_type` (events).
fn args(e: &mut Entry<'_>, a: &Args, list: &str, named: &str) {
    match a {
        Args::Members(ms) => e.list(list, members(ms)),
        Args::Named { ty, boxed } => {
            e.string(named, ty);
            if *boxed {
                e.flag("boxed", true);
            }
        }
    }
}

/// Writes a command entry.
pub(super) fn command(c: &Command, out: &mut String) {
    let mut e = Entry::open(out, c.cond.as_ref());
    e.string("name", &c.name);
    args(&mut e, &c.args, "args_type", "args");
    match &c.returns {
        Returns::Type(t) => e.string("returns", &t.to_string()),
        Returns::Empty | Returns::Unknown => {}
    }
    if c.allow_oob {
        e.flag("allow_oob", true);
    }
    if c.allow_preconfig {
        e.flag("allow_preconfig", true);
    }
    if c.coroutine {
        e.flag("coroutine", true);
    }
    if !c.gen {
        e.flag("gen", false);
    }
    if !c.success_response {
        e.flag("success_response", false);
    }
    e.features(&c.features);
    e.close(c.cond.as_ref());
}

/// Writes an event entry.
pub(super) fn event(ev: &Event, out: &mut String) {
    let mut e = Entry::open(out, ev.cond.as_ref());
    e.string("event", &ev.name);
    match &ev.data {
        Args::Members(ms) if ms.is_empty() => {}
        data => args(&mut e, data, "data", "data_type"),
    }
    e.features(&ev.features);
    e.close(ev.cond.as_ref());
}

/// Writes a type entry.
pub(super) fn type_def(t: &TypeDef, out: &mut String) {
    let mut e = Entry::open(out, t.cond.as_ref());
    match &t.kind {
        TypeKind::Struct(s) => {
            e.string("struct", &t.name);
            if let Some(b) = &s.base {
                e.string("base", b);
            }
            if !s.members.is_empty() || s.base.is_none() {
                e.list("members", members(&s.members));
            }
        }
        TypeKind::Enum(en) => {
            e.string("enum", &t.name);
            if let Some(p) = &en.prefix {
                e.string("prefix", p);
            }
            let pieces = en
                .values
                .iter()
                .map(|v| {
                    let mut text = v.name.clone();
                    push_features(&mut text, &v.features);
                    Piece {
                        packable: v.features.is_empty(),
                        text,
                        cond: v.cond.clone(),
                    }
                })
                .collect();
            e.list("values", pieces);
        }
        TypeKind::Union(u) => {
            e.string("union", &t.name);
            match &u.base {
                Some(b) => e.string("base", b),
                None => e.list("members", members(&u.members)),
            }
            e.string("discriminator", &u.discriminator);
            e.list("variants", variants(&u.variants));
        }
        TypeKind::Alternate(a) => {
            e.string("alternate", &t.name);
            e.list("variants", variants(&a.variants));
        }
    }
    e.features(&t.features);
    e.close(t.cond.as_ref());
}

#[cfg(test)]
mod tests {
    use super::*;
    use qmp_schema::TypeRef;

    #[test]
    fn conditions_keep_their_shape() {
        let n = |s: &str| Cond::Name(s.into());
        let c = Cond::All(vec![
            n("A"),
            Cond::Any(vec![n("B"), Cond::Not(Box::new(n("C")))]),
        ]);
        assert_eq!(cond_expr(&c), "defined(A) && (defined(B) || !defined(C))");
    }

    #[test]
    fn array_member() {
        let m = Member::new(
            "x",
            TypeRef::Array(Box::new(TypeRef::Named("T".into()))),
            true,
            qmp_schema::Location::builtin(),
        );
        assert_eq!(member_item(&m), "x:[T]?");
    }
}
