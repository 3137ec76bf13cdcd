//! A union that some release of the range sends without its tag becomes a
//! struct of all its members (see [`super::apply`]).

use crate::{Builtin, Member, Schema, TypeKind, TypeRef};

/// Turns union `name` into a struct: its base members, then every member
/// of every branch not already there, optional (as `any` when branches
/// disagree on its type). Returns the members that came from a branch,
/// each with the branch's type.
pub(super) fn flatten_union(schema: &mut Schema, name: &str) -> Vec<(String, String)> {
    let Some(i) = schema.types.iter().position(|t| t.name == name) else {
        return Vec::new();
    };
    let TypeKind::Union(u) = &schema.types[i].kind else {
        return Vec::new();
    };
    let mut members: Vec<Member> = match &u.base {
        Some(b) => base_members(schema, b),
        None => u.members.clone(),
    };
    let base_count = members.len();
    let mut from_branches = Vec::new();
    for v in &u.variants {
        let TypeRef::Named(b) = &v.ty else { continue };
        for m in base_members(schema, b) {
            match members.iter_mut().position(|x| x.name == m.name) {
                Some(at) if at < base_count => {}
                Some(at) if members[at].ty != m.ty => {
                    members[at].ty = TypeRef::Builtin(Builtin::Any);
                }
                Some(_) => {}
                None => {
                    from_branches.push((m.name.clone(), b.clone()));
                    let mut m = m;
                    m.optional = true;
                    members.push(m);
                }
            }
        }
    }
    schema.types[i].kind = TypeKind::Struct(crate::Struct {
        base: None,
        members,
    });
    from_branches
}

/// The members of struct `name` with its bases' first.
fn base_members(schema: &Schema, name: &str) -> Vec<Member> {
    let mut chain = Vec::new();
    let mut next = Some(name.to_owned());
    while let Some(n) = next {
        let Some(t) = schema.type_def(&n) else { break };
        if chain.iter().any(|c: &&crate::TypeDef| c.name == t.name) || chain.len() > 64 {
            break;
        }
        chain.push(t);
        next = match &t.kind {
            TypeKind::Struct(s) => s.base.clone(),
            _ => None,
        };
    }
    let mut out = Vec::new();
    for t in chain.iter().rev() {
        match &t.kind {
            TypeKind::Struct(s) => out.extend(s.members.iter().cloned()),
            TypeKind::Union(u) => out.extend(u.members.iter().cloned()),
            _ => {}
        }
    }
    out
}
