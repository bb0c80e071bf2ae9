//! The loop nesting forest of a reducible graph.
//!
//! A loop header is the target of a back edge. Headers are processed innermost first (decreasing reverse
//! postorder: an enclosing header dominates, hence precedes, the headers nested in it). Each loop body is found
//! by walking predecessors backward from its back-edge sources; a union-find structure collapses every
//! already-discovered loop into its outermost known header, so each node and each loop is claimed once and the
//! whole forest costs near-linear time (the scheme of LLVM's `LoopInfo` discovery).

use super::graph::{Graph, NONE, Order};

pub(crate) struct LoopForest {
    /// Innermost loop containing each node, as its header (a header's innermost loop is its own); `NONE` if the
    /// node is in no loop.
    innermost: Vec<usize>,
    /// For headers: the header of the enclosing loop, or `NONE`.
    parent: Vec<usize>,
    /// For headers: nesting depth, outermost loops have depth 1.
    depth: Vec<u32>,
}

impl LoopForest {
    pub fn compute(graph: &Graph, order: &Order, preds: &[Vec<usize>]) -> LoopForest {
        let n = graph.len();
        let mut innermost = vec![NONE; n];
        let mut parent = vec![NONE; n];
        let mut is_header = vec![false; n];
        for (from, succs) in graph.succs.iter().enumerate() {
            for &to in succs {
                if order.is_backward(from, to) {
                    is_header[to] = true;
                }
            }
        }
        let mut representative: Vec<usize> = (0..n).collect();
        let mut work: Vec<usize> = Vec::new();
        for &header in order.order.iter().rev() {
            if !is_header[header] {
                continue;
            }
            innermost[header] = header;
            work.extend(preds[header].iter().copied().filter(|&p| order.is_backward(p, header)));
            while let Some(node) = work.pop() {
                let found = find(&mut representative, node);
                if found == header {
                    continue;
                }
                representative[found] = header;
                if innermost[found] == found {
                    // An inner loop seen for the first time from an enclosing one: continue from its entries.
                    parent[found] = header;
                    work.extend(preds[found].iter().copied().filter(|&p| !order.is_backward(p, found)));
                } else {
                    innermost[found] = header;
                    work.extend(preds[found].iter().copied());
                }
            }
        }
        let mut depth = vec![0; n];
        for &node in &order.order {
            if innermost[node] == node {
                depth[node] = if parent[node] == NONE { 1 } else { depth[parent[node]] + 1 };
            }
        }
        LoopForest { innermost, parent, depth }
    }

    pub fn is_header(&self, node: usize) -> bool {
        self.innermost[node] == node
    }

    /// The outermost loop that contains `inner` but not `node`, as its header; `None` if every loop containing
    /// `inner` also contains `node`.
    pub fn outermost_excluding(&self, inner: usize, node: usize) -> Option<usize> {
        let depth = |l: usize| if l == NONE { 0 } else { self.depth[l] };
        let (mut a, mut b) = (self.innermost[inner], self.innermost[node]);
        let mut below = NONE;
        while depth(a) > depth(b) {
            below = a;
            a = self.parent[a];
        }
        while depth(b) > depth(a) {
            b = self.parent[b];
        }
        while a != b {
            below = a;
            a = self.parent[a];
            b = self.parent[b];
        }
        (below != NONE).then_some(below)
    }
}

/// Union-find lookup with path halving.
fn find(representative: &mut [usize], mut node: usize) -> usize {
    while representative[node] != node {
        let next = representative[representative[node]];
        representative[node] = next;
        node = next;
    }
    node
}
