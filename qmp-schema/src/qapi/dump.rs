//! Prints a checked schema in the format of the `.out` files of QEMU's
//! QAPI test suite (`tests/qapi-schema/test-qapi.py`): modules with their
//! entities, then every doc block with its sections.

use std::fmt::Write;

use super::ast::IfCond;
use super::schema::{Entity, QFeature, QKind, QMember, QSchema};

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

fn print_if(out: &mut String, ifcond: &Option<IfCond>, indent: usize) {
    if let Some(c) = ifcond {
        let _ = writeln!(out, "{:indent$}if {}", "", c.dump());
    }
}

fn print_features(out: &mut String, fs: &[QFeature], indent: usize) {
    for f in fs {
        let _ = writeln!(out, "{:indent$}feature {}", "", f.name);
        print_if(out, &f.ifcond, indent + 4);
    }
}

fn type_name(s: &QSchema, m: &QMember) -> String {
    m.ty.map_or_else(|| m.type_name.clone(), |t| s.defs[t].name.clone())
}

fn print_variants(out: &mut String, s: &QSchema, tag: Option<&QMember>, vs: &[QMember]) {
    if let Some(tag) = tag {
        let _ = writeln!(out, "    tag {}", tag.name);
        for v in vs {
            let _ = writeln!(out, "    case {}: {}", v.name, type_name(s, v));
            print_if(out, &v.ifcond, 8);
        }
    }
}

fn opt_name(s: &QSchema, id: Option<usize>) -> String {
    id.map_or_else(|| "None".to_string(), |i| s.defs[i].name.clone())
}

/// The `.out` text of a checked schema.
pub(crate) fn dump(s: &QSchema) -> String {
    let mut out = String::new();
    for module in &s.modules {
        let _ = writeln!(out, "module {}", module.name);
        for ent in &module.entities {
            let id = match ent {
                Entity::Include { module, .. } => {
                    let _ = writeln!(out, "include {}", s.modules[*module].name);
                    continue;
                }
                Entity::Def(id) => *id,
            };
            let d = &s.defs[id];
            match &d.kind {
                QKind::Builtin { .. } => {}
                QKind::Enum { members, prefix } => {
                    let _ = writeln!(out, "enum {}", d.name);
                    if let Some(p) = prefix {
                        let _ = writeln!(out, "    prefix {p}");
                    }
                    for m in members {
                        let _ = writeln!(out, "    member {}", m.name);
                        print_if(&mut out, &m.ifcond, 8);
                        print_features(&mut out, &m.features, 8);
                    }
                    print_if(&mut out, &d.ifcond, 4);
                    print_features(&mut out, &d.features, 4);
                }
                QKind::Array { element, .. } => {
                    if d.info.is_none() {
                        continue;
                    }
                    let _ = writeln!(out, "array {} {}", d.name, opt_name(s, *element));
                    let cond = element.and_then(|e| s.defs[e].ifcond.clone());
                    print_if(&mut out, &cond, 4);
                }
                QKind::Object {
                    base,
                    local_members,
                    branches,
                    ..
                } => {
                    let _ = writeln!(out, "object {}", d.name);
                    if let Some(b) = base {
                        let _ = writeln!(out, "    base {}", s.defs[*b].name);
                    }
                    for m in local_members {
                        let _ = writeln!(
                            out,
                            "    member {}: {} optional={}",
                            m.name,
                            type_name(s, m),
                            py_bool(m.optional)
                        );
                        print_if(&mut out, &m.ifcond, 8);
                        print_features(&mut out, &m.features, 8);
                    }
                    if let Some(b) = branches {
                        print_variants(&mut out, s, b.tag_member.as_ref(), &b.variants);
                    }
                    print_if(&mut out, &d.ifcond, 4);
                    print_features(&mut out, &d.features, 4);
                }
                QKind::Alternate {
                    variants,
                    tag_member,
                } => {
                    let _ = writeln!(out, "alternate {}", d.name);
                    print_variants(&mut out, s, Some(tag_member), variants);
                    print_if(&mut out, &d.ifcond, 4);
                    print_features(&mut out, &d.features, 4);
                }
                QKind::Command {
                    arg_type,
                    ret_type,
                    gen,
                    success_response,
                    boxed,
                    allow_oob,
                    allow_preconfig,
                    coroutine,
                    ..
                } => {
                    let _ = writeln!(
                        out,
                        "command {} {} -> {}",
                        d.name,
                        opt_name(s, *arg_type),
                        opt_name(s, *ret_type)
                    );
                    let _ = writeln!(
                        out,
                        "    gen={} success_response={} boxed={} oob={} preconfig={}{}",
                        py_bool(*gen),
                        py_bool(*success_response),
                        py_bool(*boxed),
                        py_bool(*allow_oob),
                        py_bool(*allow_preconfig),
                        if *coroutine { " coroutine=True" } else { "" }
                    );
                    print_if(&mut out, &d.ifcond, 4);
                    print_features(&mut out, &d.features, 4);
                }
                QKind::Event {
                    arg_type, boxed, ..
                } => {
                    let _ = writeln!(out, "event {} {}", d.name, opt_name(s, *arg_type));
                    let _ = writeln!(out, "    boxed={}", py_bool(*boxed));
                    print_if(&mut out, &d.ifcond, 4);
                    print_features(&mut out, &d.features, 4);
                }
            }
        }
    }
    for doc in &s.docs {
        match &doc.symbol {
            Some(sym) => {
                let _ = writeln!(out, "doc symbol={sym}");
            }
            None => out.push_str("doc freeform\n"),
        }
        let _ = writeln!(out, "    body=\n{}", doc.body());
        for (name, i) in &doc.args {
            let _ = writeln!(out, "    arg={name}\n{}", doc.secs[*i].text);
        }
        for (name, i) in &doc.features {
            let _ = writeln!(out, "    feature={name}\n{}", doc.secs[*i].text);
        }
        for &i in &doc.sections {
            let sec = &doc.secs[i];
            let _ = writeln!(out, "    section={}\n{}", sec.kind.title(), sec.text);
        }
    }
    out
}
