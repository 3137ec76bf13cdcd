//! Checks the shipped definition file `schema/qmp-commands.hx` against the
//! `query-qmp-schema` reply captured from QEMU 10.0.2 (qemu-system-x86_64):
//! every command and event exists there, with the same member names,
//! optionality and JSON types, followed through arrays, enums, structs,
//! unions and alternates. The introspection JSON is read with serde_json
//! directly, independently of qmp-schema's introspection front end.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use qmp_schema::{Args, Builtin, Member, Returns, Schema, TypeDef, TypeKind, TypeRef, Variant};
use serde_json::Value;

fn shipped_schema() -> Schema {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/qmp-commands.hx");
    match qmp_schema::load(&path, None) {
        Ok(s) => s,
        Err(e) => panic!("schema/qmp-commands.hx does not load:\n{e}"),
    }
}

/// The entities of a `query-qmp-schema` reply, by name.
struct Introspection {
    by_name: HashMap<String, Value>,
}

impl Introspection {
    fn load(corpus: &Path, capture: &str) -> Introspection {
        let path = corpus.join("introspect").join(capture);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let all: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
        let list = match &all["query-qmp-schema"] {
            Value::Array(a) => a.clone(),
            other => match &other["return"] {
                Value::Array(a) => a.clone(),
                _ => panic!("{}: no query-qmp-schema array", path.display()),
            },
        };
        let mut by_name = HashMap::new();
        for e in list {
            let name = e["name"]
                .as_str()
                .expect("entity without a name")
                .to_string();
            by_name.insert(name, e);
        }
        Introspection { by_name }
    }

    fn get(&self, name: &str) -> Option<&Value> {
        self.by_name.get(name)
    }
}

/// Walks our schema and the introspection side by side and collects every
/// difference as a message naming the path where it was found.
struct Checker<'a> {
    ours: &'a Schema,
    intro: &'a Introspection,
    errors: Vec<String>,
    /// (our type, introspection entity) pairs already compared.
    done: HashSet<(String, String)>,
}

fn members_of(v: &Value) -> Vec<&Value> {
    v["members"]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

fn intro_json_type(b: Builtin) -> &'static str {
    match b {
        Builtin::Str | Builtin::QType => "string",
        Builtin::Number => "number",
        Builtin::Bool => "boolean",
        Builtin::Null => "null",
        Builtin::Any => "value",
        Builtin::Int
        | Builtin::Int8
        | Builtin::Int16
        | Builtin::Int32
        | Builtin::Int64
        | Builtin::Uint8
        | Builtin::Uint16
        | Builtin::Uint32
        | Builtin::Uint64
        | Builtin::Size => "int",
    }
}

impl<'a> Checker<'a> {
    fn err(&mut self, at: &str, msg: impl std::fmt::Display) {
        self.errors.push(format!("{at}: {msg}"));
    }

    fn entity(&mut self, at: &str, name: &str) -> Option<&'a Value> {
        let e = self.intro.get(name);
        if e.is_none() {
            self.err(at, format!("introspection has no entity '{name}'"));
        }
        e
    }

    /// All members of a struct, base members first.
    fn struct_members(&mut self, at: &str, name: &str) -> Vec<Member> {
        let Some(def) = self.ours.type_def(name) else {
            self.err(at, format!("type '{name}' is not defined in our schema"));
            return Vec::new();
        };
        match &def.kind {
            TypeKind::Struct(s) => {
                let mut out = match &s.base {
                    Some(b) => self.struct_members(at, b),
                    None => Vec::new(),
                };
                out.extend(s.members.iter().cloned());
                out
            }
            _ => {
                self.err(at, format!("base '{name}' is not a struct"));
                Vec::new()
            }
        }
    }

    /// Compares a member list with the members of an introspection object.
    fn members(&mut self, at: &str, ours: &[Member], obj: &Value) {
        let theirs = members_of(obj);
        let ours_names: BTreeSet<&str> = ours.iter().map(|m| m.name.as_str()).collect();
        let their_names: BTreeSet<&str> =
            theirs.iter().filter_map(|m| m["name"].as_str()).collect();
        for missing in their_names.difference(&ours_names) {
            self.err(at, format!("QEMU has member '{missing}' that we lack"));
        }
        for extra in ours_names.difference(&their_names) {
            // A member under a build condition may be absent from a build.
            let conditional = ours.iter().any(|m| m.name == *extra && m.cond.is_some());
            if !conditional {
                self.err(at, format!("member '{extra}' does not exist in QEMU"));
            }
        }
        for m in ours {
            let Some(t) = theirs.iter().find(|t| t["name"] == m.name.as_str()) else {
                continue;
            };
            let their_optional = t.get("default").is_some();
            let at = format!("{at}.{}", m.name);
            if m.optional != their_optional {
                self.err(
                    &at,
                    format!(
                        "optional is {} here but {} in QEMU",
                        m.optional, their_optional
                    ),
                );
            }
            if let Some(tt) = t["type"].as_str() {
                self.type_ref(&at, &m.ty, tt);
            }
        }
    }

    /// Compares one of our type references with an introspection type name.
    fn type_ref(&mut self, at: &str, ours: &TypeRef, theirs: &str) {
        let Some(e) = self.entity(at, theirs) else {
            return;
        };
        let meta = e["meta-type"].as_str().unwrap_or("");
        match ours {
            TypeRef::Builtin(b) => {
                let want = intro_json_type(*b);
                if meta != "builtin" || e["json-type"] != want {
                    self.err(
                        at,
                        format!("{} ({want}) here but {meta} '{theirs}' in QEMU", b.name()),
                    );
                }
            }
            TypeRef::Array(inner) => {
                if meta != "array" {
                    self.err(at, format!("array here but {meta} in QEMU"));
                    return;
                }
                let elem = e["element-type"].as_str().unwrap_or("");
                self.type_ref(&format!("{at}[]"), inner, elem);
            }
            TypeRef::Named(n) => {
                if !self.done.insert((n.clone(), theirs.to_string())) {
                    return;
                }
                let Some(def) = self.ours.type_def(n) else {
                    self.err(at, format!("type '{n}' is not defined in our schema"));
                    return;
                };
                self.named(&format!("{at} ({n})"), def, e);
            }
        }
    }

    fn named(&mut self, at: &str, def: &TypeDef, e: &'a Value) {
        let meta = e["meta-type"].as_str().unwrap_or("");
        match &def.kind {
            TypeKind::Enum(en) => {
                if meta != "enum" {
                    self.err(at, format!("enum here but {meta} in QEMU"));
                    return;
                }
                let theirs: Vec<&str> = e["values"]
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                // Values under a build condition may be absent from a build;
                // the others must be there, in the same order.
                let ours: Vec<&str> = en
                    .values
                    .iter()
                    .filter(|v| v.cond.is_none() || theirs.contains(&v.name.as_str()))
                    .map(|v| v.name.as_str())
                    .collect();
                if ours != theirs {
                    self.err(at, format!("values {ours:?} here but {theirs:?} in QEMU"));
                }
            }
            TypeKind::Struct(_) => {
                if meta != "object" || e.get("tag").is_some() {
                    self.err(
                        at,
                        format!(
                            "struct here but {meta} (tagged: {}) in QEMU",
                            e.get("tag").is_some()
                        ),
                    );
                    return;
                }
                let ms = self.struct_members(at, &def.name);
                self.members(at, &ms, e);
            }
            TypeKind::Union(u) => {
                if meta != "object" {
                    self.err(at, format!("union here but {meta} in QEMU"));
                    return;
                }
                if e["tag"] != u.discriminator.as_str() {
                    self.err(
                        at,
                        format!(
                            "discriminator '{}' here but tag {} in QEMU",
                            u.discriminator, e["tag"]
                        ),
                    );
                }
                let mut base = match &u.base {
                    Some(b) => self.struct_members(at, b),
                    None => Vec::new(),
                };
                base.extend(u.members.iter().cloned());
                self.members(at, &base, e);
                self.variants(at, &u.variants, e);
            }
            TypeKind::Alternate(a) => {
                if meta != "alternate" {
                    self.err(at, format!("alternate here but {meta} in QEMU"));
                    return;
                }
                let theirs: Vec<String> = members_of(e)
                    .iter()
                    .filter_map(|m| m["type"].as_str().map(str::to_string))
                    .collect();
                if theirs.len() != a.variants.len() {
                    self.err(
                        at,
                        format!(
                            "{} branches here but {} in QEMU",
                            a.variants.len(),
                            theirs.len()
                        ),
                    );
                }
                for v in &a.variants {
                    // A branch matches the QEMU branch that compares without errors.
                    let at = format!("{at}|{}", v.name);
                    let mut best: Option<Vec<String>> = None;
                    for t in &theirs {
                        let saved_errors = std::mem::take(&mut self.errors);
                        let saved_done = self.done.clone();
                        self.type_ref(&at, &v.ty, t);
                        let errs = std::mem::replace(&mut self.errors, saved_errors);
                        if errs.is_empty() {
                            best = Some(errs);
                            break;
                        }
                        self.done = saved_done;
                        if best.as_ref().is_none_or(|b| errs.len() < b.len()) {
                            best = Some(errs);
                        }
                    }
                    match best {
                        Some(errs) => self.errors.extend(errs),
                        None => self.err(&at, "QEMU's alternate has no branches"),
                    }
                }
            }
        }
    }

    fn variants(&mut self, at: &str, ours: &[Variant], e: &'a Value) {
        let theirs: Vec<&Value> = e["variants"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        for v in ours {
            let at = format!("{at}[{}={}]", e["tag"].as_str().unwrap_or("?"), v.name);
            match theirs.iter().find(|t| t["case"] == v.name.as_str()) {
                Some(t) => {
                    let tt = t["type"].as_str().unwrap_or("");
                    self.type_ref(&at, &v.ty, tt);
                }
                None if v.cond.is_some() => {}
                None => self.err(&at, "QEMU has no such variant"),
            }
        }
    }

    fn args(&mut self, at: &str, args: &Args, theirs: Option<&str>) {
        let ours: Vec<Member> = match args {
            Args::Members(ms) => ms.clone(),
            // A named (possibly boxed) argument type is QEMU's argument
            // object: a struct's members, or a whole union with its variants.
            Args::Named { ty, boxed } => match theirs {
                Some(t) => {
                    let union = self
                        .ours
                        .type_def(ty)
                        .is_some_and(|d| matches!(d.kind, TypeKind::Union(_)));
                    if union && !boxed {
                        self.err(at, format!("union '{ty}' is not boxed"));
                    }
                    return self.type_ref(at, &TypeRef::Named(ty.clone()), t);
                }
                None => return self.err(at, "QEMU declares no arguments/data"),
            },
        };
        match theirs {
            Some(t) => {
                if let Some(e) = self.entity(at, t) {
                    if e.get("tag").is_some() {
                        // QEMU's arguments are a union: a member list can
                        // only be its base, so the command is not fully typed.
                        self.err(at, "a member list here but a boxed union in QEMU");
                    }
                    self.members(at, &ours, e);
                }
            }
            None if ours.is_empty() => {}
            None => self.err(at, "QEMU declares no arguments/data"),
        }
    }
}

fn features_of(v: &Value) -> BTreeSet<String> {
    v["features"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|f| f.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn special_features(fs: &[qmp_schema::Feature]) -> BTreeSet<String> {
    fs.iter()
        .map(|f| f.name.clone())
        .filter(|n| n == "deprecated" || n == "unstable")
        .collect()
}

#[test]
fn shipped_schema_matches_qemu_system_introspection() {
    let Some(corpus) = qmp_test_support::corpus("shipped_schema_matches_qemu_system_introspection")
    else {
        return;
    };
    matches_introspection(&corpus, "qemu-system-x86_64-10.0.2.json");
}

#[test]
fn shipped_schema_matches_storage_daemon_introspection() {
    let Some(corpus) =
        qmp_test_support::corpus("shipped_schema_matches_storage_daemon_introspection")
    else {
        return;
    };
    matches_introspection(&corpus, "qemu-storage-daemon-10.0.2.json");
}

/// Every command and event of the capture is shipped, and every shipped one
/// that the capture has matches it (a QEMU binary has only the commands of
/// its target and build; the others are checked against the QAPI schema).
fn matches_introspection(corpus: &Path, capture: &str) {
    let ours = shipped_schema();
    let intro = Introspection::load(corpus, capture);
    let mut missing = Vec::new();
    for (name, e) in &intro.by_name {
        let kind = e["meta-type"].as_str().unwrap_or("");
        let shipped = match kind {
            "command" => ours.command(name).is_some(),
            "event" => ours.event(name).is_some(),
            _ => true,
        };
        if !shipped {
            missing.push(format!("{kind} {name}"));
        }
    }
    missing.sort();
    assert!(
        missing.is_empty(),
        "{capture}: {} definitions of the server are not shipped: {missing:?}",
        missing.len()
    );
    let mut ck = Checker {
        ours: &ours,
        intro: &intro,
        errors: Vec::new(),
        done: HashSet::new(),
    };
    let mut compared = 0;
    for c in &ours.commands {
        let at = format!("command {}", c.name);
        let Some(e) = intro.get(&c.name).filter(|e| e["meta-type"] == "command") else {
            continue;
        };
        compared += 1;
        ck.args(&format!("{at} arguments"), &c.args, e["arg-type"].as_str());
        let ret = e["ret-type"].as_str().unwrap_or("");
        match &c.returns {
            Returns::Type(t) => ck.type_ref(&format!("{at} returns"), t, ret),
            Returns::Empty => {
                let empty = intro.get(ret).is_some_and(|r| {
                    r["meta-type"] == "object"
                        && members_of(r).is_empty()
                        && r.get("variants").is_none()
                });
                if !empty {
                    ck.err(&at, format!("returns {{}} here but '{ret}' in QEMU"));
                }
            }
            Returns::Unknown => ck.err(&at, "has no declared return type"),
        }
        let theirs: BTreeSet<String> = features_of(e)
            .into_iter()
            .filter(|n| n == "deprecated" || n == "unstable")
            .collect();
        if special_features(&c.features) != theirs {
            ck.err(
                &at,
                format!(
                    "features {:?} here but {theirs:?} in QEMU",
                    special_features(&c.features)
                ),
            );
        }
        let their_oob = e["allow-oob"].as_bool().unwrap_or(false);
        if c.allow_oob != their_oob {
            ck.err(
                &at,
                format!("allow-oob {} here but {their_oob} in QEMU", c.allow_oob),
            );
        }
    }
    for ev in &ours.events {
        let at = format!("event {}", ev.name);
        let Some(e) = intro.get(&ev.name).filter(|e| e["meta-type"] == "event") else {
            continue;
        };
        compared += 1;
        ck.args(&format!("{at} data"), &ev.data, e["arg-type"].as_str());
        let theirs: BTreeSet<String> = features_of(e)
            .into_iter()
            .filter(|n| n == "deprecated" || n == "unstable")
            .collect();
        if special_features(&ev.features) != theirs {
            ck.err(
                &at,
                format!(
                    "features {:?} here but {theirs:?} in QEMU",
                    special_features(&ev.features)
                ),
            );
        }
    }
    assert!(
        compared > 80,
        "{capture}: only {compared} definitions compared"
    );
    // The commands whose arguments are a whole union are fully typed.
    for (cmd, ty) in [
        ("blockdev-add", "BlockdevOptions"),
        ("object-add", "ObjectOptions"),
        ("netdev_add", "Netdev"),
        ("blockdev-backup", "BlockdevBackup"),
    ] {
        let want = Args::Named {
            ty: ty.into(),
            boxed: true,
        };
        if ours.command(cmd).map(|c| &c.args) != Some(&want) {
            ck.err(cmd, format!("arguments are not the boxed type {ty}"));
        }
    }
    assert!(
        ck.errors.is_empty(),
        "{capture}: {} differences from QEMU 10.0.2:\n{}",
        ck.errors.len(),
        ck.errors.join("\n")
    );
}

/// The same definitions, with the same wire facts as QEMU 10.0.2's QAPI
/// schema read by our QAPI front end: names, member types and
/// optionality, integer widths, enum values and prefixes, bases, union
/// branches, `boxed`, `allow-oob`, `allow-preconfig`, `coroutine`, `gen`,
/// features and `if` conditions on definitions, members, values and
/// branches.
#[test]
fn every_qemu_definition_is_shipped_with_the_same_wire_facts() {
    let Some(corpus) =
        qmp_test_support::corpus("every_qemu_definition_is_shipped_with_the_same_wire_facts")
    else {
        return;
    };
    let path = corpus.join("qapi/qemu-10.0.2/qapi/qapi-schema.json");
    let qemu = qmp_schema::load(&path, None).unwrap_or_else(|e| panic!("{e}"));
    let ours = shipped_schema();
    assert_eq!(ours.commands.len(), qemu.commands.len());
    assert_eq!(ours.events.len(), qemu.events.len());
    let diffs = qmp_schema::facts::WireFacts::of(&qemu)
        .differences(&qmp_schema::facts::WireFacts::of(&ours));
    assert!(
        diffs.is_empty(),
        "{} differences between QEMU 10.0.2 (left) and the shipped schema (right):\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}

#[test]
fn shipped_schema_is_big_enough_and_documented() {
    let ours = shipped_schema();
    assert_eq!(ours.commands.len(), 240, "QEMU 10.0.2 has 240 commands");
    assert_eq!(ours.events.len(), 56, "QEMU 10.0.2 has 56 events");
    assert!(ours.warnings.is_empty(), "warnings: {:?}", ours.warnings);
    // Every definition, member, value, branch and feature is described, and
    // nothing is a placeholder.
    let gaps = qmp_schema::doc_check::doc_gaps(&ours);
    assert!(
        gaps.is_empty(),
        "{} documentation gaps (run `qmp-codegen check --docs schema/qmp-commands.hx`):\n{}",
        gaps.len(),
        gaps.iter()
            .take(50)
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    let mut bad = Vec::new();
    for c in &ours.commands {
        let has_request = c.doc.as_ref().is_some_and(|d| {
            d.examples
                .iter()
                .any(|ex| ex.lines().any(|l| l.trim_start().starts_with("->")))
        });
        let has_text = c.doc.as_ref().is_some_and(|d| !d.body.trim().is_empty());
        if !has_request || !has_text {
            bad.push(c.name.as_str());
        }
    }
    assert!(
        bad.is_empty(),
        "commands without a description or a '->' example: {bad:?}"
    );
    let undocumented: Vec<&str> = ours
        .events
        .iter()
        .filter(|e| {
            e.doc
                .as_ref()
                .is_none_or(|d| d.examples.is_empty() || d.body.trim().is_empty())
        })
        .map(|e| e.name.as_str())
        .collect();
    assert!(
        undocumented.is_empty(),
        "events without a description or example: {undocumented:?}"
    );
    // The day-to-day commands the issue names are all there.
    for name in [
        "qmp_capabilities",
        "query-version",
        "query-commands",
        "query-status",
        "stop",
        "cont",
        "system_reset",
        "system_powerdown",
        "quit",
        "human-monitor-command",
        "query-block",
        "query-named-block-nodes",
        "blockdev-add",
        "blockdev-del",
        "query-jobs",
        "query-block-jobs",
        "device_add",
        "device_del",
        "query-cpus-fast",
        "qom-list",
        "qom-get",
        "qom-set",
        "object-add",
        "object-del",
        "migrate",
        "query-migrate",
        "migrate_cancel",
        "getfd",
        "closefd",
        "add-fd",
        "query-qmp-schema",
    ] {
        assert!(ours.command(name).is_some(), "missing command {name}");
    }
}

/// The definitions of QEMU's QAPI schema, read leniently: `#` comments are
/// dropped, single quotes become double quotes, and every top-level object
/// of every `qapi/*.json` file is parsed with serde_json.
fn qapi_definitions(corpus: &Path) -> HashMap<(String, String), Value> {
    let dir = corpus.join("qapi/qemu-10.0.2/qapi");
    let mut files = qmp_test_support::sorted_entries(&dir);
    files.retain(|p| p.extension().is_some_and(|x| x == "json"));
    let mut defs = HashMap::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let mut json = String::new();
        for line in text.lines() {
            let mut in_str = false;
            for c in line.chars() {
                match c {
                    '\'' => {
                        in_str = !in_str;
                        json.push('"');
                    }
                    '#' if !in_str => break,
                    _ => json.push(c),
                }
            }
            json.push('\n');
        }
        let stream = serde_json::Deserializer::from_str(&json).into_iter::<Value>();
        for v in stream {
            let v = v.unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            for kind in ["command", "event", "struct", "enum", "union", "alternate"] {
                if let Some(name) = v[kind].as_str() {
                    let kind = if kind == "command" || kind == "event" {
                        kind
                    } else {
                        "type"
                    };
                    defs.insert((kind.to_string(), name.to_string()), v.clone());
                }
            }
        }
    }
    defs
}

/// A QAPI type as our schema spells it: `name` or `[name]`.
fn qapi_type_string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(a) => format!("[{}]", a.first().map(qapi_type_string).unwrap_or_default()),
        Value::Object(o) => o.get("type").map(qapi_type_string).unwrap_or_default(),
        _ => String::new(),
    }
}

/// The members of a QAPI `data` (or inline `base`) value, with their types as
/// strings: an object of members, or the name of a struct (with its base).
fn qapi_members(defs: &HashMap<(String, String), Value>, data: &Value) -> HashMap<String, String> {
    let mut out = HashMap::new();
    match data {
        Value::Object(o) => {
            for (k, v) in o {
                out.insert(k.trim_start_matches('*').to_string(), qapi_type_string(v));
            }
        }
        Value::String(name) => {
            if let Some(def) = defs.get(&("type".to_string(), name.clone())) {
                if def.get("base").is_some() {
                    out.extend(qapi_members(defs, &def["base"]));
                }
                if def.get("struct").is_some() {
                    out.extend(qapi_members(defs, &def["data"]));
                }
            }
        }
        _ => {}
    }
    out
}

/// Compares member types, spelled as in the schema, with QAPI's.
fn compare(errors: &mut Vec<String>, at: &str, ours: &[Member], theirs: &HashMap<String, String>) {
    for m in ours {
        match theirs.get(&m.name) {
            Some(t) if *t == m.ty.to_string() => {}
            Some(t) => errors.push(format!("{at}.{}: {} here but {t} in QAPI", m.name, m.ty)),
            None => errors.push(format!("{at}.{}: no such member in QAPI", m.name)),
        }
    }
}

/// The introspection flattens every integer to `int` and hides type names,
/// so the exact types (`uint64`, `size`, `int32`...) and the type names are
/// compared with QEMU's QAPI schema instead.
#[test]
fn shipped_schema_uses_qapi_type_names_and_widths() {
    let Some(corpus) = qmp_test_support::corpus("shipped_schema_uses_qapi_type_names_and_widths")
    else {
        return;
    };
    let ours = shipped_schema();
    let defs = qapi_definitions(&corpus);
    let mut errors = Vec::new();
    for c in &ours.commands {
        let Some(def) = defs.get(&("command".to_string(), c.name.clone())) else {
            errors.push(format!("{}: not a command in QAPI", c.name));
            continue;
        };
        let theirs = qapi_members(&defs, &def["data"]);
        let their_boxed = def["boxed"].as_bool().unwrap_or(false);
        match (&c.args, def["data"].as_str()) {
            (Args::Members(ms), None) => compare(&mut errors, &c.name, ms, &theirs),
            (Args::Members(_), Some(t)) => errors.push(format!(
                "{}: a member list here but the named type {t} (boxed: {their_boxed}) in QAPI",
                c.name
            )),
            (Args::Named { ty, boxed }, their_ty) => {
                if their_ty != Some(ty.as_str()) || *boxed != their_boxed {
                    errors.push(format!(
                        "{}: arguments {ty} (boxed: {boxed}) here but {} (boxed: {their_boxed}) in QAPI",
                        c.name, def["data"]
                    ));
                }
            }
        }
        let preconfig = def["allow-preconfig"].as_bool().unwrap_or(false);
        if c.allow_preconfig != preconfig {
            errors.push(format!(
                "{}: allow-preconfig {} here but {preconfig} in QAPI",
                c.name, c.allow_preconfig
            ));
        }
        let want = def.get("returns").map(qapi_type_string);
        let got = match &c.returns {
            Returns::Type(t) => Some(t.to_string()),
            _ => None,
        };
        if want != got {
            errors.push(format!(
                "{} returns {got:?} here but {want:?} in QAPI",
                c.name
            ));
        }
    }
    for e in &ours.events {
        let theirs = defs
            .get(&("event".to_string(), e.name.clone()))
            .map(|d| qapi_members(&defs, &d["data"]))
            .unwrap_or_default();
        match &e.data {
            Args::Members(ms) => compare(&mut errors, &e.name, ms, &theirs),
            Args::Named { ty, .. } => {
                let want = defs
                    .get(&("event".to_string(), e.name.clone()))
                    .map(|d| d["data"].clone());
                if want.as_ref().and_then(Value::as_str) != Some(ty.as_str()) {
                    errors.push(format!("{}: data {ty} here but {want:?} in QAPI", e.name));
                }
            }
        }
    }
    for t in &ours.types {
        let Some(def) = defs.get(&("type".to_string(), t.name.clone())) else {
            errors.push(format!("type {}: not in QAPI", t.name));
            continue;
        };
        match &t.kind {
            TypeKind::Struct(s) => {
                compare(
                    &mut errors,
                    &t.name,
                    &s.members,
                    &qapi_members(&defs, &def["data"]),
                );
                if s.base.as_deref() != def["base"].as_str() {
                    errors.push(format!(
                        "type {}: base {:?} here but {} in QAPI",
                        t.name, s.base, def["base"]
                    ));
                }
            }
            TypeKind::Union(u) => {
                compare(
                    &mut errors,
                    &t.name,
                    &u.members,
                    &qapi_members(&defs, &def["base"]),
                );
                if u.base.as_deref() != def["base"].as_str() {
                    errors.push(format!(
                        "type {}: base {:?} here but {} in QAPI",
                        t.name, u.base, def["base"]
                    ));
                }
                for v in &u.variants {
                    let want = def["data"].get(&v.name).map(qapi_type_string);
                    if want.as_deref() != Some(&v.ty.to_string()) {
                        errors.push(format!(
                            "type {} variant {}: {} here but {want:?} in QAPI",
                            t.name, v.name, v.ty
                        ));
                    }
                }
            }
            TypeKind::Alternate(a) => {
                for v in &a.variants {
                    let want = def["data"].get(&v.name).map(qapi_type_string);
                    if want.as_deref() != Some(&v.ty.to_string()) {
                        errors.push(format!(
                            "type {} branch {}: {} here but {want:?} in QAPI",
                            t.name, v.name, v.ty
                        ));
                    }
                }
            }
            TypeKind::Enum(e) => {
                let theirs: Vec<String> = def["data"]
                    .as_array()
                    .map(|vs| {
                        vs.iter()
                            .map(|v| v.as_str().or(v["name"].as_str()).unwrap_or("").to_string())
                            .collect()
                    })
                    .unwrap_or_default();
                let ours_v: Vec<String> = e.values.iter().map(|v| v.name.clone()).collect();
                if def.get("enum").is_none() || theirs != ours_v {
                    errors.push(format!(
                        "enum {}: values {ours_v:?} here but {theirs:?} in QAPI",
                        t.name
                    ));
                }
            }
        }
    }
    // Nothing of QEMU's is left out.
    for (kind, name) in defs.keys() {
        let shipped = match kind.as_str() {
            "command" => ours.command(name).is_some(),
            "event" => ours.event(name).is_some(),
            _ => ours.type_def(name).is_some(),
        };
        if !shipped {
            errors.push(format!("{kind} {name}: in QAPI but not shipped"));
        }
    }
    assert!(
        errors.is_empty(),
        "{} differences from QAPI:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
