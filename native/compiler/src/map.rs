//! What the image holds and why: every node of the dependency graph with its kind, its size in the image and the
//! first reason it was needed (`wasmr2r compile --map`), and the chain of reasons from the entry point to a
//! method or type (`--why`).

use crate::driver::Output;
use crate::graph::NodeId;
use std::fmt::Write;

/// One line of the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: u32,
    pub kind: &'static str,
    pub name: String,
    /// Bytes in the image: code for functions, data for MethodTables, statics and literals, 0 for the other nodes.
    pub size: u32,
    /// The node that first needed this one.
    pub from: Option<u32>,
    pub reason: &'static str,
}

/// The map's entries, in marking order.
pub fn entries(output: &Output, function_sizes: &[u32]) -> Vec<Entry> {
    let mut size_of = vec![0u32; output.names.len()];
    for (f, size) in output.functions.iter().zip(function_sizes) {
        size_of[f.node.0 as usize] = *size;
    }
    for (node, size) in output.data_nodes.iter().zip(&output.data_sizes) {
        size_of[node.0 as usize] = *size;
    }
    output
        .graph
        .nodes()
        .map(|(id, node, why)| Entry {
            id: id.0,
            kind: node.kind(),
            name: output.names[id.0 as usize].clone(),
            size: size_of[id.0 as usize],
            from: why.from.map(|f| f.0),
            reason: why.reason,
        })
        .collect()
}

/// The map as JSON: `{"nodes":[{"id","kind","name","size","from","reason"}...], "totals":{kind: bytes}}`.
pub fn to_json(entries: &[Entry]) -> String {
    let mut out = String::from("{\"nodes\":[\n");
    for (i, e) in entries.iter().enumerate() {
        let from = e.from.map_or("null".to_owned(), |f| f.to_string());
        let _ = write!(
            out,
            "{{\"id\":{},\"kind\":{},\"name\":{},\"size\":{},\"from\":{from},\"reason\":{}}}",
            e.id,
            json_string(e.kind),
            json_string(&e.name),
            e.size,
            json_string(e.reason)
        );
        out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
    }
    out.push_str("],\"totals\":{");
    let totals = totals(entries);
    for (i, (kind, size)) in totals.iter().enumerate() {
        let _ = write!(out, "{}{}:{size}", if i > 0 { "," } else { "" }, json_string(kind));
    }
    out.push_str("}}\n");
    out
}

/// The map as text: totals by kind, then every node, largest first within the file's order of kinds.
pub fn to_text(entries: &[Entry]) -> String {
    let mut out = String::from("# totals (bytes by kind)\n");
    for (kind, size) in totals(entries) {
        let _ = writeln!(out, "{size:>10}  {kind}");
    }
    out.push_str("\n# nodes: id, kind, size, name, <- reason (from node)\n");
    for e in entries {
        let from = e.from.map_or(String::new(), |f| format!(" (from {f})"));
        let _ = writeln!(out, "{:>6}  {:<28} {:>8}  {}  <- {}{from}", e.id, e.kind, e.size, e.name, e.reason);
    }
    out
}

/// Bytes by kind, largest first.
pub fn totals(entries: &[Entry]) -> Vec<(&'static str, u64)> {
    let mut totals: Vec<(&'static str, u64)> = Vec::new();
    for e in entries {
        match totals.iter_mut().find(|(k, _)| *k == e.kind) {
            Some((_, size)) => *size += u64::from(e.size),
            None => totals.push((e.kind, u64::from(e.size))),
        }
    }
    totals.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    totals
}

/// The chain of reasons from the entry point to every node named `query` (a method `Namespace.Type::Method`, a
/// type `Namespace.Type`, or a prefix of either with `*`); an error lists near names when nothing matches.
pub fn why(output: &Output, query: &str) -> Result<String, String> {
    let matches = |name: &str| match query.strip_suffix('*') {
        Some(prefix) => name.starts_with(prefix),
        None => name == query,
    };
    let hits: Vec<NodeId> = output
        .graph
        .nodes()
        .filter(|(id, node, _)| {
            let name = &output.names[id.0 as usize];
            matches(name)
                && matches!(
                    node.kind(),
                    "method" | "constructed type" | "type handle" | "unboxing stub" | "virtual slot use"
                )
        })
        .map(|(id, _, _)| id)
        .collect();
    if hits.is_empty() {
        let needle = query.trim_end_matches('*').rsplit("::").next().unwrap_or(query).to_owned();
        let mut near: Vec<&String> = output.names.iter().filter(|n| n.contains(&needle)).collect();
        near.sort();
        near.dedup();
        near.truncate(10);
        let hint = if near.is_empty() {
            String::new()
        } else {
            format!(
                "; names that contain '{needle}':\n  {}",
                near.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  ")
            )
        };
        return Err(format!("'{query}' is not in the image{hint}"));
    }
    let mut out = String::new();
    for hit in hits {
        let mut current = Some(hit);
        let mut depth = 0;
        while let Some(id) = current {
            let (node, why) = output.graph.node(id);
            let _ = writeln!(
                out,
                "{}{} ({}){}",
                "  ".repeat(depth),
                output.names[id.0 as usize],
                node.kind(),
                if why.from.is_some() { format!(" <- {}", why.reason) } else { format!(": {}", why.reason) }
            );
            current = why.from;
            depth += 1;
        }
    }
    Ok(out)
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
