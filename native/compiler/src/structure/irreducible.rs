//! Making an irreducible graph reducible with dispatch loops, in the manner of LLVM's
//! `WebAssemblyFixIrreducibleControlFlow` (a minimal Relooper "Multiple inside a Loop"):
//!
//! * Work on *regions*: a header and a node set in which only the header is entered from outside. The first
//!   region is the whole graph with the function entry as header.
//! * In a region, compute the strongly connected components of the subgraph that ignores edges into the header.
//!   A cyclic component whose nodes are entered from outside it at a single node is a natural loop: recurse into
//!   it with that node as header (its back edges are ignored there, exposing nested cycles).
//! * A cyclic component with two or more entries gets a `Dispatch` node whose successor `i` is entry `i`. Every
//!   edge into an entry — from outside *and* from inside the component — is redirected to a `Route { label: i }`
//!   node that goes to the dispatcher. Outside and inside edges use separate route nodes so that the new cycle
//!   (dispatcher, component, inside routes) is entered only at the dispatcher. Then recurse into that new loop.
//!
//! No code is duplicated: each entry costs at most two route nodes, each irreducible component one dispatcher.
//! Redirecting the entries of one component does not create cycles through other components, so a region is
//! processed in one pass. Components are disjoint and nested regions are strictly smaller, so the total work is
//! O(edges × loop nesting depth).

use super::dominators::DomTree;
use super::graph::{Graph, NONE, NodeKind, Order};

/// Whether every retreating edge of the DFS behind `order` goes to a dominator of its source: the standard test
/// for reducibility.
pub(crate) fn is_reducible(graph: &Graph, order: &Order, dom: &DomTree) -> bool {
    graph
        .succs
        .iter()
        .enumerate()
        .all(|(from, succs)| succs.iter().all(|&to| !order.is_backward(from, to) || dom.dominates(to, from)))
}

/// Inserts dispatchers until no cycle has two entries; returns how many were inserted.
pub(crate) fn make_reducible(graph: &mut Graph) -> u32 {
    let mut dispatchers = 0;
    let mut local = vec![NONE; graph.len()];
    let mut regions: Vec<(usize, Vec<usize>)> = vec![(graph.entry, (0..graph.len()).collect())];
    while let Some((header, nodes)) = regions.pop() {
        dispatchers += fix_region(graph, header, &nodes, &mut local, &mut regions);
    }
    dispatchers
}

/// Handles one region; pushes the loops found in it as new regions. `local` maps graph nodes to region-local
/// numbers and is left all-`NONE` on return.
fn fix_region(
    graph: &mut Graph,
    header: usize,
    nodes: &[usize],
    local: &mut Vec<usize>,
    regions: &mut Vec<(usize, Vec<usize>)>,
) -> u32 {
    local.resize(graph.len(), NONE);
    for (index, &node) in nodes.iter().enumerate() {
        local[node] = index;
    }
    // Region-local adjacency without edges into the header.
    let adjacency: Vec<Vec<usize>> = nodes
        .iter()
        .map(|&node| {
            graph.succs[node]
                .iter()
                .filter(|&&succ| succ != header && local.get(succ).is_some_and(|&l| l != NONE))
                .map(|&succ| local[succ])
                .collect()
        })
        .collect();
    let (component, count) = tarjan(&adjacency);

    let mut size = vec![0usize; count];
    let mut cyclic = vec![false; count];
    let mut is_entry = vec![false; nodes.len()];
    for (v, succs) in adjacency.iter().enumerate() {
        size[component[v]] += 1;
        for &w in succs {
            if w == v {
                cyclic[component[v]] = true;
            }
            if component[w] != component[v] {
                is_entry[w] = true;
            }
        }
    }
    for c in 0..count {
        cyclic[c] |= size[c] > 1;
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut entries: Vec<Vec<usize>> = vec![Vec::new(); count];
    for v in 0..nodes.len() {
        if cyclic[component[v]] {
            members[component[v]].push(v);
            if is_entry[v] {
                entries[component[v]].push(v);
            }
        }
    }

    // Per region-local entry of a multi-entry component: its label and dispatcher, and its route nodes.
    let mut label = vec![NONE; nodes.len()];
    let mut dispatcher_of = vec![NONE; count];
    let mut route_in = vec![NONE; nodes.len()];
    let mut route_out = vec![NONE; nodes.len()];
    let mut dispatchers = 0;
    for c in 0..count {
        match entries[c].as_slice() {
            [] => {}
            [single] => regions.push((nodes[*single], members[c].iter().map(|&v| nodes[v]).collect())),
            many => {
                let targets: Vec<usize> = many.iter().map(|&v| nodes[v]).collect();
                dispatcher_of[c] = graph.add(NodeKind::Dispatch, targets);
                for (i, &v) in many.iter().enumerate() {
                    label[v] = i;
                }
                dispatchers += 1;
            }
        }
    }
    if dispatchers > 0 {
        for (v, &node) in nodes.iter().enumerate() {
            for arm in 0..graph.succs[node].len() {
                let succ = graph.succs[node][arm];
                let Some(&w) = local.get(succ) else { continue };
                if w == NONE || label[w] == NONE || succ == header {
                    continue;
                }
                let c = component[w];
                let routes = if component[v] == c { &mut route_in } else { &mut route_out };
                if routes[w] == NONE {
                    // `label[w]` is an index into the entry list of a component of this region.
                    routes[w] = graph.add(NodeKind::Route { label: label[w] as u32 }, vec![dispatcher_of[c]]);
                }
                graph.succs[node][arm] = routes[w];
            }
        }
        for c in 0..count {
            if dispatcher_of[c] == NONE {
                continue;
            }
            let mut loop_nodes: Vec<usize> = members[c].iter().map(|&v| nodes[v]).collect();
            loop_nodes.extend(entries[c].iter().map(|&v| route_in[v]).filter(|&r| r != NONE));
            loop_nodes.push(dispatcher_of[c]);
            regions.push((dispatcher_of[c], loop_nodes));
        }
    }

    for &node in nodes {
        local[node] = NONE;
    }
    dispatchers
}

/// Tarjan's strongly connected components, iteratively. Returns the component of every node and the count.
fn tarjan(adjacency: &[Vec<usize>]) -> (Vec<usize>, usize) {
    let n = adjacency.len();
    let mut index = vec![NONE; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut component = vec![NONE; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut calls: Vec<(usize, usize)> = Vec::new();
    let mut counter = 0;
    let mut count = 0;
    for root in 0..n {
        if index[root] != NONE {
            continue;
        }
        index[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        calls.push((root, 0));
        while let Some(top) = calls.last_mut() {
            let (v, next) = *top;
            if let Some(&w) = adjacency[v].get(next) {
                top.1 += 1;
                if index[w] == NONE {
                    index[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    calls.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                calls.pop();
                if let Some(&(parent, _)) = calls.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        component[w] = count;
                        if w == v {
                            break;
                        }
                    }
                    count += 1;
                }
            }
        }
    }
    (component, count)
}
