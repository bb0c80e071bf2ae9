//! The working graph: the reachable part of the input CFG, plus the synthetic routing and dispatch nodes that the
//! irreducibility fix adds, and its reverse postorder.

use super::cfg::{BlockId, Cfg, StructureError, Terminator};

/// Marks "no node" (or "unset") in index arrays.
pub(crate) const NONE: usize = usize::MAX;

/// The terminator kind of an input block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    Goto,
    Branch,
    Switch,
    Return,
}

/// What a working-graph node stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NodeKind {
    /// An input block; its successors are in arm order.
    Block { id: BlockId, shape: Shape },
    /// Sets the dispatch label to `label` and goes to its single successor, a `Dispatch` node.
    Route { label: u32 },
    /// Branches on the dispatch label: successor `i` for label value `i`.
    Dispatch,
}

/// Nodes are numbered densely; successors are kept in arm order (duplicates included).
pub(crate) struct Graph {
    pub kinds: Vec<NodeKind>,
    pub succs: Vec<Vec<usize>>,
    pub entry: usize,
}

impl Graph {
    /// The reachable part of `cfg`. Node numbers follow a depth-first discovery order, so they are deterministic.
    pub fn from_cfg(cfg: &Cfg) -> Result<Graph, StructureError> {
        cfg.validate()?;
        let mut node_of = vec![NONE; cfg.blocks.len()];
        let mut blocks: Vec<BlockId> = Vec::new();
        let mut stack = vec![cfg.entry];
        node_of[cfg.entry.index()] = 0;
        blocks.push(cfg.entry);
        while let Some(block) = stack.pop() {
            for target in cfg.blocks[block.index()].successors() {
                if node_of[target.index()] == NONE {
                    node_of[target.index()] = blocks.len();
                    blocks.push(target);
                    stack.push(target);
                }
            }
        }
        let mut kinds = Vec::with_capacity(blocks.len());
        let mut succs = Vec::with_capacity(blocks.len());
        for &id in &blocks {
            let terminator = &cfg.blocks[id.index()];
            let shape = match terminator {
                Terminator::Goto(_) => Shape::Goto,
                Terminator::Branch { .. } => Shape::Branch,
                Terminator::Switch { .. } => Shape::Switch,
                Terminator::Return => Shape::Return,
            };
            kinds.push(NodeKind::Block { id, shape });
            succs.push(terminator.successors().map(|t| node_of[t.index()]).collect());
        }
        Ok(Graph { kinds, succs, entry: 0 })
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    /// Appends a node and returns its number.
    pub fn add(&mut self, kind: NodeKind, succs: Vec<usize>) -> usize {
        self.kinds.push(kind);
        self.succs.push(succs);
        self.kinds.len() - 1
    }

    /// Whether every successor of `node` must be reached through a label (`br_table` cannot fall through).
    pub fn is_multiway(&self, node: usize) -> bool {
        matches!(self.kinds[node], NodeKind::Dispatch | NodeKind::Block { shape: Shape::Switch, .. })
    }

    /// Predecessor lists, one entry per edge.
    pub fn preds(&self) -> Vec<Vec<usize>> {
        let mut preds = vec![Vec::new(); self.len()];
        for (node, succs) in self.succs.iter().enumerate() {
            for &succ in succs {
                preds[succ].push(node);
            }
        }
        preds
    }
}

/// A reverse postorder of a depth-first search from the entry that visits successors in arm order.
pub(crate) struct Order {
    /// Nodes in reverse postorder.
    pub order: Vec<usize>,
    /// `rpo[node]` = position of `node` in `order`.
    pub rpo: Vec<usize>,
}

impl Order {
    /// Computes the order; every node must be reachable from the entry.
    pub fn compute(graph: &Graph) -> Result<Order, StructureError> {
        let n = graph.len();
        let mut visited = vec![false; n];
        let mut postorder = Vec::with_capacity(n);
        let mut stack: Vec<(usize, usize)> = vec![(graph.entry, 0)];
        visited[graph.entry] = true;
        while let Some(top) = stack.last_mut() {
            let (node, next) = *top;
            if let Some(&succ) = graph.succs[node].get(next) {
                top.1 += 1;
                if !visited[succ] {
                    visited[succ] = true;
                    stack.push((succ, 0));
                }
            } else {
                stack.pop();
                postorder.push(node);
            }
        }
        if postorder.len() != n {
            return Err(StructureError::Internal("working graph has unreachable nodes"));
        }
        postorder.reverse();
        let mut rpo = vec![0; n];
        for (position, &node) in postorder.iter().enumerate() {
            rpo[node] = position;
        }
        Ok(Order { order: postorder, rpo })
    }

    /// Whether `from -> to` goes backward (or to itself) in the order: a retreating edge of the DFS.
    pub fn is_backward(&self, from: usize, to: usize) -> bool {
        self.rpo[to] <= self.rpo[from]
    }
}
