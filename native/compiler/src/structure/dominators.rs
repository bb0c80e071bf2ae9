//! Dominator tree by Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm" (Rice University, 2001):
//! iterate `idom(b) = intersect(processed preds of b)` over reverse postorder until nothing changes. The tree is
//! then numbered in pre/postorder so that `dominates` is a constant-time query.

use super::graph::{Graph, NONE, Order};

pub(crate) struct DomTree {
    /// Immediate dominator of every node; the entry is its own.
    pub idom: Vec<usize>,
    pre: Vec<u32>,
    post: Vec<u32>,
}

impl DomTree {
    pub fn compute(graph: &Graph, order: &Order) -> DomTree {
        let n = graph.len();
        // Work in RPO numbers, where a dominator always has a smaller number than the nodes it dominates.
        let mut preds_rpo: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (node, succs) in graph.succs.iter().enumerate() {
            for &succ in succs {
                preds_rpo[order.rpo[succ]].push(order.rpo[node]);
            }
        }
        let mut idom = vec![NONE; n];
        idom[0] = 0;
        let mut changed = true;
        while changed {
            changed = false;
            for b in 1..n {
                let mut new_idom = NONE;
                for &p in &preds_rpo[b] {
                    if idom[p] == NONE {
                        continue;
                    }
                    new_idom = if new_idom == NONE { p } else { intersect(&idom, p, new_idom) };
                }
                if new_idom != NONE && idom[b] != new_idom {
                    idom[b] = new_idom;
                    changed = true;
                }
            }
        }
        // Back to node numbers. Every node is reachable, so every RPO number got an immediate dominator.
        let mut idom_node = vec![graph.entry; n];
        for b in 1..n {
            if idom[b] != NONE {
                idom_node[order.order[b]] = order.order[idom[b]];
            }
        }

        // Pre/postorder numbering of the dominator tree.
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
        for &node in &order.order[1..] {
            children[idom_node[node]].push(node);
        }
        let mut pre = vec![0; n];
        let mut post = vec![0; n];
        let (mut pre_counter, mut post_counter) = (0u32, 0u32);
        let mut stack: Vec<(usize, usize)> = vec![(graph.entry, 0)];
        pre[graph.entry] = pre_counter;
        pre_counter += 1;
        while let Some(top) = stack.last_mut() {
            let (node, next) = *top;
            if let Some(&child) = children[node].get(next) {
                top.1 += 1;
                pre[child] = pre_counter;
                pre_counter += 1;
                stack.push((child, 0));
            } else {
                post[node] = post_counter;
                post_counter += 1;
                stack.pop();
            }
        }
        DomTree { idom: idom_node, pre, post }
    }

    /// Whether `a` dominates `b` (every node dominates itself).
    pub fn dominates(&self, a: usize, b: usize) -> bool {
        self.pre[a] <= self.pre[b] && self.post[b] <= self.post[a]
    }
}

/// Nearest common ancestor of two RPO numbers in the partial dominator tree.
fn intersect(idom: &[usize], mut a: usize, mut b: usize) -> usize {
    while a != b {
        while a > b {
            a = idom[a];
        }
        while b > a {
            b = idom[b];
        }
    }
    a
}
