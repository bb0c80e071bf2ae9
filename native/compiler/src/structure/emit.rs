//! Placing the nodes of a reducible graph into nested `block`/`loop` scopes (Ramsey's translation, see the
//! module docs of [`super`]) and resolving every edge to a fall-through or a branch depth.
//!
//! Emission is two-phase. [`layout`] produces a flat sequence of scope markers and code with *symbolic* labels
//! (the `block` that ends where a node starts, the `loop` that starts at a header). [`lower`] then drops the
//! `block`s no branch names, computes relative depths and builds the [`Node`] tree. Both phases use explicit
//! stacks: dominator trees of real methods can be thousands of levels deep.

use super::cfg::StructureError;
use super::dominators::DomTree;
use super::graph::{Graph, NONE, NodeKind, Order, Shape};
use super::loops::LoopForest;
use super::node::{Exits, Jump, Node};

/// An edge before depths are known.
#[derive(Clone, Copy, Debug)]
enum SymJump {
    /// The target's code is next in program order.
    Fall,
    /// Forward edge: to the end of the `block` placed just before the target.
    ToBlock(usize),
    /// Back edge: to the start of the target's `loop`.
    ToLoop(usize),
}

#[derive(Debug)]
enum Sym {
    BlockStart(usize),
    LoopStart(usize),
    End,
    Code(usize, Vec<SymJump>),
}

enum Task {
    /// Emit the subtree placed under `node`; `follow` is the node whose code comes right after it.
    Tree {
        node: usize,
        follow: Option<usize>,
    },
    End,
}

/// Structures a reducible graph.
pub(crate) fn emit(
    graph: &Graph,
    order: &Order,
    dom: &DomTree,
    loops: &LoopForest,
) -> Result<Vec<Node>, StructureError> {
    let syms = layout(graph, order, dom, loops);
    lower(graph, &syms)
}

/// The placement tree: the dominator tree, except that a node outside a loop that contains its immediate
/// dominator is hung under the header of the outermost such loop, to be placed after that `loop ... end` rather
/// than inside it (this keeps sequences of loops from nesting ever deeper). Children come in decreasing reverse
/// postorder; `outside[child]` says the child goes after its parent's loop.
fn placement(graph: &Graph, order: &Order, dom: &DomTree, loops: &LoopForest) -> (Vec<Vec<usize>>, Vec<bool>) {
    let n = graph.len();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut outside = vec![false; n];
    for &node in order.order.iter().rev() {
        if node == graph.entry {
            continue;
        }
        let idom = dom.idom[node];
        match loops.outermost_excluding(idom, node) {
            Some(header) => {
                children[header].push(node);
                outside[node] = true;
            }
            None => children[idom].push(node),
        }
    }
    (children, outside)
}

/// Ramsey's `doTree`/`nodeWithin`, flattened. For a node `x` with children `y1 .. yn` (decreasing RPO) it emits
///
/// ```text
/// block(y1) block(y2) .. block(yn)  code(x)  end tree(yn) .. end tree(y2) end tree(y1)
/// ```
///
/// and for a loop header, with outside children `o*` and inside children `i*`:
///
/// ```text
/// block(o1)..block(on) loop(x) block(i1)..block(im) code(x) end tree(im).. end tree(i1) end end tree(on).. end tree(o1)
/// ```
///
/// A forward edge to `y` branches to the end of `block(y)`; the later (higher-RPO) a child, the further out its
/// block, so every forward branch from a subtree reaches a block that encloses it.
fn layout(graph: &Graph, order: &Order, dom: &DomTree, loops: &LoopForest) -> Vec<Sym> {
    let (children, outside) = placement(graph, order, dom, loops);
    let mut out = Vec::with_capacity(graph.len() * 3);
    let mut tasks = vec![Task::Tree { node: graph.entry, follow: None }];
    while let Some(task) = tasks.pop() {
        let (x, follow) = match task {
            Task::End => {
                out.push(Sym::End);
                continue;
            }
            Task::Tree { node, follow } => (node, follow),
        };
        let header = loops.is_header(x);
        let (outs, ins): (Vec<usize>, Vec<usize>) = children[x].iter().partition(|&&c| outside[c]);
        out.extend(outs.iter().map(|&o| Sym::BlockStart(o)));
        let loop_follow = outs.last().copied().or(follow);
        if header {
            out.push(Sym::LoopStart(x));
        }
        out.extend(ins.iter().map(|&i| Sym::BlockStart(i)));
        let code_follow = ins.last().copied().or(loop_follow);
        let multiway = graph.is_multiway(x);
        let jumps = graph.succs[x]
            .iter()
            .map(|&y| {
                if order.is_backward(x, y) {
                    SymJump::ToLoop(y)
                } else if !multiway && code_follow == Some(y) {
                    SymJump::Fall
                } else {
                    SymJump::ToBlock(y)
                }
            })
            .collect();
        out.push(Sym::Code(x, jumps));
        // What comes after the code, pushed in reverse execution order.
        for (k, &o) in outs.iter().enumerate() {
            tasks.push(Task::Tree { node: o, follow: if k == 0 { follow } else { Some(outs[k - 1]) } });
            tasks.push(Task::End);
        }
        if header {
            tasks.push(Task::End);
        }
        for (k, &i) in ins.iter().enumerate() {
            tasks.push(Task::Tree { node: i, follow: if k == 0 { loop_follow } else { Some(ins[k - 1]) } });
            tasks.push(Task::End);
        }
    }
    out
}

/// A scope being built by [`lower`].
struct Open {
    is_loop: bool,
    node: usize,
    items: Vec<Node>,
}

/// Drops unreferenced blocks, resolves depths and builds the tree.
fn lower(graph: &Graph, syms: &[Sym]) -> Result<Vec<Node>, StructureError> {
    let n = graph.len();
    let mut block_used = vec![false; n];
    let mut loop_used = vec![false; n];
    for sym in syms {
        if let Sym::Code(_, jumps) = sym {
            for jump in jumps {
                match *jump {
                    SymJump::ToBlock(y) => block_used[y] = true,
                    SymJump::ToLoop(y) => loop_used[y] = true,
                    SymJump::Fall => {}
                }
            }
        }
    }
    // Position in `open` of the currently open block/loop of each node.
    let mut block_at = vec![NONE; n];
    let mut loop_at = vec![NONE; n];
    let mut open: Vec<Open> = Vec::new();
    let mut kept: Vec<bool> = Vec::new();
    let mut root: Vec<Node> = Vec::new();
    for sym in syms {
        match sym {
            Sym::BlockStart(y) | Sym::LoopStart(y) => {
                let is_loop = matches!(sym, Sym::LoopStart(_));
                let used = if is_loop { loop_used[*y] } else { block_used[*y] };
                kept.push(used);
                if used {
                    let at = if is_loop { &mut loop_at } else { &mut block_at };
                    at[*y] = open.len();
                    open.push(Open { is_loop, node: *y, items: Vec::new() });
                }
            }
            Sym::End => {
                let was_kept = kept.pop().ok_or(StructureError::Internal("unbalanced scope end"))?;
                if was_kept {
                    let scope = open.pop().ok_or(StructureError::Internal("unbalanced scope end"))?;
                    let node = if scope.is_loop {
                        loop_at[scope.node] = NONE;
                        Node::Loop(scope.items)
                    } else {
                        block_at[scope.node] = NONE;
                        Node::Block(scope.items)
                    };
                    open.last_mut().map_or(&mut root, |s| &mut s.items).push(node);
                }
            }
            Sym::Code(x, jumps) => {
                let resolve = |jump: SymJump| -> Result<Jump, StructureError> {
                    let at = match jump {
                        SymJump::Fall => return Ok(Jump::Fallthrough),
                        SymJump::ToBlock(y) => block_at[y],
                        SymJump::ToLoop(y) => loop_at[y],
                    };
                    if at == NONE {
                        return Err(StructureError::Internal("branch to a label that is not in scope"));
                    }
                    u32::try_from(open.len() - 1 - at)
                        .map(Jump::Br)
                        .map_err(|_| StructureError::Internal("branch depth overflows u32"))
                };
                let jumps = jumps.iter().map(|&j| resolve(j)).collect::<Result<Vec<Jump>, _>>()?;
                let node = code_node(graph, *x, &jumps)?;
                open.last_mut().map_or(&mut root, |s| &mut s.items).push(node);
            }
        }
    }
    if !open.is_empty() || !kept.is_empty() {
        return Err(StructureError::Internal("unclosed scope"));
    }
    Ok(root)
}

/// The output node for graph node `x` whose edges resolved to `jumps` (in arm order).
fn code_node(graph: &Graph, x: usize, jumps: &[Jump]) -> Result<Node, StructureError> {
    let arity = || StructureError::Internal("edge count does not match the terminator");
    let depth = |jump: &Jump| match *jump {
        Jump::Br(d) => Ok(d),
        Jump::Fallthrough => Err(StructureError::Internal("multi-way branch arm falls through")),
    };
    let table = || -> Result<(Vec<u32>, u32), StructureError> {
        let (&last, _) = jumps.split_last().ok_or_else(arity)?;
        let targets = jumps[..jumps.len() - 1].iter().map(depth).collect::<Result<_, _>>()?;
        Ok((targets, depth(&last)?))
    };
    Ok(match graph.kinds[x] {
        NodeKind::Block { id: block, shape } => {
            let exits = match (shape, jumps) {
                (Shape::Return, []) => Exits::Return,
                (Shape::Goto, [jump]) => Exits::Goto(*jump),
                (Shape::Branch, [then, otherwise]) => Exits::Branch { then: *then, otherwise: *otherwise },
                (Shape::Switch, _) => {
                    let (targets, default) = table()?;
                    Exits::Switch { targets, default }
                }
                _ => return Err(arity()),
            };
            Node::Code { block, exits }
        }
        NodeKind::Route { label } => match jumps {
            [then] => Node::SetLabel { value: label, then: *then },
            _ => return Err(arity()),
        },
        NodeKind::Dispatch => {
            let targets: Vec<u32> = jumps.iter().map(depth).collect::<Result<_, _>>()?;
            let default = *targets.last().ok_or_else(arity)?;
            Node::Dispatch { targets, default }
        }
    })
}
