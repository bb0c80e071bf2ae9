//! Control-flow structuring: from an arbitrary CFG of basic blocks to nested Wasm `block`/`loop` scopes with
//! relative branch depths.
//!
//! # Interface
//!
//! The input is an abstract [`Cfg`]: per [`BlockId`], a [`Terminator`] (`Goto`, `Branch`, `Switch`, or `Return`
//! for any exit). Block contents are opaque. Any graph is accepted: irreducible loops, self-loops, duplicate
//! switch targets, critical edges, edges back to the entry. Unreachable blocks are dropped. A malformed graph
//! (no blocks, entry or target out of range) is a [`StructureError`], never a panic.
//!
//! [`structure`] returns a [`Structured`] body: a tree of [`Node`]s (`Block`, `Loop`, `Code`, and for irreducible
//! flow only `SetLabel` and `Dispatch`). Every edge leaving a node is already a [`Jump`] — fall through to the
//! next instruction or `br depth` — so the code generator emits it without further analysis:
//!
//! * [`Exits::Goto`]: nothing or `br d`;
//! * [`Exits::Branch`]: `br_if a` when `then` branches and `otherwise` falls through, `i32.eqz; br_if b` in the
//!   opposite case, `br_if a; br b` when both branch (see the table on [`Exits`]);
//! * [`Exits::Switch`]: `br_table` with one depth per target plus the default;
//! * [`Node::SetLabel`]/[`Node::Dispatch`]: `i32.const v; local.set $label` and `local.get $label; br_table`.
//!
//! Depths are relative label indices at the branch, counting every enclosing `Block`/`Loop` (the output never
//! needs `if`, so no other construct pushes labels). Labels are only referenced from inside their scope.
//!
//! # Algorithm
//!
//! 1. **Working graph** (`graph.rs`): the reachable blocks, numbered in DFS discovery order; a reverse postorder
//!    (RPO) from a DFS that visits successors in arm order.
//! 2. **Dominators** (`dominators.rs`): Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm" (2001).
//! 3. **Reducibility test**: every retreating edge of the DFS must go to a dominator of its source. If the test
//!    passes, nothing is added; otherwise the irreducibility fix below runs, then steps 1–3 are redone.
//! 4. **Loop forest** (`loops.rs`): headers are targets of back edges; bodies by backward walks with union-find.
//! 5. **Placement and emission** (`emit.rs`), after Norman Ramsey, "Beyond Relooper: Recursive Translation of
//!    Unstructured Control Flow to Structured Control Flow" (ICFP 2022, functional pearl), which reworks the
//!    translation of Peterson, Kasami & Tokura (1973) into one walk of the dominator tree:
//!    * The code of node `x` is followed by its children `y1 .. yn` in the dominator tree, ordered by decreasing
//!      RPO and laid out as `block(y1) .. block(yn) code(x) end tree(yn) .. end tree(y1)`: each child is preceded
//!      by a `block` whose `end` is where the child starts, so a forward edge to a node is a `br` to that block.
//!      The later a child in RPO, the further out its block; a forward edge goes up in RPO, so the block it
//!      names encloses the branch.
//!    * A loop header additionally wraps itself and its children inside the loop in a `loop`; a back edge is a
//!      `br` to that loop. Children outside the loop go after the loop's `end`.
//!    * Departures from the paper: (a) Ramsey inlines a child with a single predecessor into an `if`/`else` arm;
//!      here *every* child gets a `block`, two-way branches become `br_if` (at most one arm falls through), and
//!      no `if` frames complicate depth counting; (b) a node outside a loop that contains its immediate dominator
//!      (a loop exit taken from the middle of the body) is re-hung under the header of the outermost such loop,
//!      so that it follows that loop's `end` instead of sitting inside it — without this, a chain of loops
//!      exited from the middle would nest ever deeper; (c) `block`s that no branch names (typically the one
//!      before a fall-through successor) are dropped.
//!    * An edge whose target comes next in program order is a fall-through, except from a `br_table`, whose
//!      every arm needs a label (a pitfall noted for RyuJIT and waffle).
//!
//! Each reachable block is emitted exactly once, and control never falls off the end of the body. The DFS
//! visits `then` before `otherwise`, so the `otherwise` arm (IL's next instruction) tends to be the fall-through
//! and a branch becomes a single `br_if`.
//!
//! **Cost.** All phases use explicit stacks, never recursion per block (dominator trees of big methods are
//! thousands of levels deep). For a reducible graph the work is O(E) for the walks, the few passes over the
//! edges that Cooper–Harvey–Kennedy needs on reducible graphs, near-linear union-find for the loop forest and
//! O(loop depth) per node for placement; the irreducibility fix adds O(E × loop depth). A 5,000-block method
//! structures in a few milliseconds in a release build. Output nesting is bounded by loop depth plus the blocks
//! a single node needs for its children (e.g. a `br_table` with `k` distinct targets needs `k` blocks).
//!
//! # Irreducible control flow
//!
//! A loop with several entries (IL `br` into the middle of a loop, Roslyn's async state machines) cannot be a
//! Wasm `loop`. The choice here is **dispatch with a label variable** (`irreducible.rs`), as LLVM's
//! `WebAssemblyFixIrreducibleControlFlow` and the Relooper's "Multiple inside a Loop" do: each strongly connected
//! component with entries `e0 .. ek` gets a `Dispatch` node (`br_table` on `$label`) that becomes the single
//! loop header, and every edge into an entry `ei` goes through a `SetLabel { value: i }` node to the dispatcher.
//! Components are found recursively inside each loop after removing its back edges, which exposes irreducible
//! cycles nested in reducible loops and vice versa. Why not node splitting: it duplicates code, exponentially in
//! the worst case (complete graphs, state machines), and every copy of a block that is inside an exception
//! region would have to be duplicated consistently with the region's `try` later. The dispatch costs, at run
//! time, one `i32` store and one `br_table` each time control enters the cycle at an entry; in code, one
//! dispatcher per irreducible component and at most two `SetLabel` nodes per entry (one shared by all edges from
//! outside the component, one by all edges from inside). A reducible CFG produces no dispatch machinery
//! ([`Structured::dispatchers`] is 0). One `$label` local serves all dispatchers, since a value is consumed by
//! the dispatcher it jumps to before any other code runs. Note for later phases: values defined in one entry
//! path and used past the dispatcher no longer have a dominating definition in the structured program; keep
//! them in locals.
//!
//! # Verification
//!
//! [`verify`](verify()) checks a result against its CFG: coverage (each reachable block exactly once), depths in
//! scope, every edge statically (each arm lands on its successor's code, through dispatch chains), and
//! execution traces from an [`interpret`]er with Wasm branch semantics against [`walk_cfg`] under the same
//! seeded decisions. The unit tests, the random-CFG property test and the filetests in
//! `native/compiler/tests/structure/` (text forms in [`text`]) all go through it.

mod cfg;
mod dominators;
mod emit;
mod graph;
mod irreducible;
mod loops;
mod node;
pub mod text;
pub mod verify;

#[cfg(test)]
mod tests;

pub use cfg::{BlockId, Cfg, StructureError, Terminator};
pub use node::{Exits, Jump, Node, Structured};
pub use text::{ParseError, parse_cfg};
pub use verify::{Oracle, SeededOracle, VerifyError, interpret, verify, walk_cfg};

use dominators::DomTree;
use graph::{Graph, Order};
use loops::LoopForest;

/// Structures `cfg` for Wasm. See the module docs for the algorithm and the output encoding.
pub fn structure(cfg: &Cfg) -> Result<Structured, StructureError> {
    let mut graph = Graph::from_cfg(cfg)?;
    let mut order = Order::compute(&graph)?;
    let mut dom = DomTree::compute(&graph, &order);
    let mut dispatchers = 0;
    if !irreducible::is_reducible(&graph, &order, &dom) {
        dispatchers = irreducible::make_reducible(&mut graph);
        order = Order::compute(&graph)?;
        dom = DomTree::compute(&graph, &order);
        if !irreducible::is_reducible(&graph, &order, &dom) {
            return Err(StructureError::Internal("graph still irreducible after inserting dispatchers"));
        }
    }
    let preds = graph.preds();
    let loops = LoopForest::compute(&graph, &order, &preds);
    let body = emit::emit(&graph, &order, &dom, &loops)?;
    Ok(Structured { body, dispatchers })
}

/// Whether the reachable part of `cfg` is reducible (every cycle has a single entry), i.e. whether
/// [`structure`] will produce it without dispatchers.
pub fn is_reducible(cfg: &Cfg) -> Result<bool, StructureError> {
    let graph = Graph::from_cfg(cfg)?;
    let order = Order::compute(&graph)?;
    let dom = DomTree::compute(&graph, &order);
    Ok(irreducible::is_reducible(&graph, &order, &dom))
}
