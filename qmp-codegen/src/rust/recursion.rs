//! Which members must be boxed: a type that contains itself by value (directly
//! or through other types, not through an array) would have infinite size.
//!
//! The by-value reference graph of the named types is split into strongly
//! connected components (Kosaraju, iterative, so deep schemas cannot overflow
//! the stack); a reference between two types of one component is boxed.

use std::collections::{BTreeMap, HashMap, HashSet};

use qmp_schema::{TypeKind, TypeRef};

use super::Ctx;

/// The named types `name` holds by value (members, bases, branches).
fn by_value_refs(ctx: &Ctx<'_>, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |t: &TypeRef| {
        if let TypeRef::Named(n) = t {
            out.push(n.clone());
        }
    };
    let Some(def) = ctx.type_def(name) else {
        return Vec::new();
    };
    match &def.kind {
        TypeKind::Struct(_) => {
            for m in quiet_struct_members(ctx, name) {
                push(&m.ty);
            }
        }
        TypeKind::Union(u) => {
            match &u.base {
                Some(b) => quiet_struct_members(ctx, b)
                    .iter()
                    .for_each(|m| push(&m.ty)),
                None => u.members.iter().for_each(|m| push(&m.ty)),
            }
            u.variants.iter().for_each(|v| push(&v.ty));
        }
        TypeKind::Alternate(a) => a.variants.iter().for_each(|v| push(&v.ty)),
        TypeKind::Enum(_) => {}
    }
    out
}

/// Like `Ctx::struct_members`, without reporting errors (those are reported
/// once, where the struct is generated).
pub(crate) fn quiet_struct_members<'a>(ctx: &Ctx<'a>, name: &str) -> Vec<&'a qmp_schema::Member> {
    let mut chain = Vec::new();
    let mut seen = HashSet::new();
    let mut cur = Some(name.to_owned());
    while let Some(n) = cur.take() {
        if !seen.insert(n.clone()) {
            break;
        }
        if let Some(TypeKind::Struct(s)) = ctx.type_def(&n).map(|t| &t.kind) {
            chain.push(&s.members);
            cur = s.base.clone();
        }
    }
    chain.into_iter().rev().flatten().collect()
}

/// Every `(type, referenced type)` pair that must be boxed.
pub(crate) fn boxed_edges(ctx: &Ctx<'_>) -> HashSet<(String, String)> {
    let mut graph: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for t in &ctx.schema.types {
        graph
            .entry(t.name.as_str())
            .or_insert_with(|| by_value_refs(ctx, &t.name));
    }
    let nodes: Vec<&str> = graph.keys().copied().collect();
    let index: HashMap<&str, usize> = nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let adj: Vec<Vec<usize>> = nodes
        .iter()
        .map(|n| {
            graph[n]
                .iter()
                .filter_map(|m| index.get(m.as_str()).copied())
                .collect()
        })
        .collect();
    let comp = components(&adj);
    let mut out = HashSet::new();
    for (i, succ) in adj.iter().enumerate() {
        for &j in succ {
            if comp[i] == comp[j] {
                out.insert((nodes[i].to_owned(), nodes[j].to_owned()));
            }
        }
    }
    out
}

/// Strongly connected component number of every node (Kosaraju).
fn components(adj: &[Vec<usize>]) -> Vec<usize> {
    let n = adj.len();
    let mut order = Vec::with_capacity(n);
    let mut visited = vec![false; n];
    for start in 0..n {
        if visited[start] {
            continue;
        }
        visited[start] = true;
        let mut stack = vec![(start, 0usize)];
        while let Some(&mut (v, ref mut i)) = stack.last_mut() {
            if let Some(&w) = adj[v].get(*i) {
                *i += 1;
                if !visited[w] {
                    visited[w] = true;
                    stack.push((w, 0));
                }
            } else {
                order.push(v);
                stack.pop();
            }
        }
    }
    let mut rev = vec![Vec::new(); n];
    for (v, succ) in adj.iter().enumerate() {
        for &w in succ {
            rev[w].push(v);
        }
    }
    let mut comp = vec![usize::MAX; n];
    let mut next = 0;
    for &start in order.iter().rev() {
        if comp[start] != usize::MAX {
            continue;
        }
        comp[start] = next;
        let mut stack = vec![start];
        while let Some(v) = stack.pop() {
            for &w in &rev[v] {
                if comp[w] == usize::MAX {
                    comp[w] = next;
                    stack.push(w);
                }
            }
        }
        next += 1;
    }
    comp
}

#[cfg(test)]
mod tests {
    use super::components;

    #[test]
    fn finds_cycles() {
        // 0 -> 1 -> 2 -> 0, 3 -> 3, 4 -> 0
        let adj = vec![vec![1], vec![2], vec![0], vec![3], vec![0]];
        let c = components(&adj);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[3], c[0]);
        assert_ne!(c[4], c[0]);
    }
}
