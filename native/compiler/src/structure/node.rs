//! The output of the pass: a tree of Wasm `block`/`loop` scopes around basic blocks, with every edge resolved to
//! a fall-through or a relative branch depth.
//!
//! Depths are Wasm relative label indices *at the point where the branch instruction is emitted*: 0 names the
//! innermost enclosing [`Node::Block`]/[`Node::Loop`], 1 the next one out, and so on. The code generator emits
//! the terminator sequences documented on [`Exits`] and never has to push an extra label (no `if`), so the
//! depths can be used as they are.

use super::cfg::BlockId;

/// Where one edge goes, from the node that takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Jump {
    /// Continue with the next instruction in program order: no instruction is emitted. Falling off the end of a
    /// `block` or `loop` continues after its `end`.
    Fallthrough,
    /// `br depth`.
    Br(u32),
}

/// How a [`Node::Code`] leaves its basic block, one entry per [`Terminator`](super::Terminator) arm.
///
/// Code-generation recipe (the condition or index is on the operand stack after the block's code):
///
/// | `Exits`                                     | Wasm                                    |
/// |---------------------------------------------|-----------------------------------------|
/// | `Return`                                    | the block's own `return`/`throw`/`unreachable` |
/// | `Goto(Fallthrough)`                         | nothing                                  |
/// | `Goto(Br(d))`                               | `br d`                                   |
/// | `Branch { then: Br(a), otherwise: Fallthrough }` | `br_if a`                           |
/// | `Branch { then: Fallthrough, otherwise: Br(b) }` | `i32.eqz` `br_if b`                 |
/// | `Branch { then: Br(a), otherwise: Br(b) }`  | `br_if a` `br b`                         |
/// | `Branch { then: Fallthrough, otherwise: Fallthrough }` | `drop` (both arms reach the same place) |
/// | `Switch { targets, default }`               | `br_table targets.. default`             |
///
/// `br_if` pushes no label, so the depths of both arms of a `Branch` are valid as given. At most one arm of a
/// `Branch` falls through unless both arms have the same target.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Exits {
    /// No successor.
    Return,
    /// One successor.
    Goto(Jump),
    /// Two-way branch: `then` when the condition is non-zero.
    Branch { then: Jump, otherwise: Jump },
    /// Multi-way branch: one depth per table entry and one for the default, as `br_table` wants them.
    Switch { targets: Vec<u32>, default: u32 },
}

/// One element of the structured program.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Node {
    /// `block ... end`: a `br` to it continues after its `end`.
    Block(Vec<Node>),
    /// `loop ... end`: a `br` to it continues at its start. Falling off its end continues after it.
    Loop(Vec<Node>),
    /// A basic block's code followed by its terminator, as [`Exits`] describes.
    Code { block: BlockId, exits: Exits },
    /// Irreducible control flow only: `i32.const value` `local.set $label`, then take `then`. The jump always
    /// leads to the [`Node::Dispatch`] that consumes the value.
    SetLabel { value: u32, then: Jump },
    /// Irreducible control flow only: `local.get $label` `br_table targets.. default`. Label value `i` selects
    /// `targets[i]`; `default` repeats the last target and is never taken.
    Dispatch { targets: Vec<u32>, default: u32 },
}

impl Node {
    /// Whether this node is or contains a `loop` (a back edge): such a function asks V8 for its optimizing tier.
    pub fn has_loop(&self) -> bool {
        match self {
            Node::Loop(_) => true,
            Node::Block(children) => children.iter().any(Node::has_loop),
            Node::Code { .. } | Node::SetLabel { .. } | Node::Dispatch { .. } => false,
        }
    }
}

/// A structured function body.
///
/// Control never falls off the end of `body`: every path ends in a block whose terminator is
/// [`Terminator::Return`](super::Terminator::Return). A code generator for a function with results may still need
/// an `unreachable` after the last node when that node is a `block`/`loop` (its `end` is typed as falling through).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Structured {
    /// The function body, in order.
    pub body: Vec<Node>,
    /// Number of dispatchers inserted for irreducible loops; 0 for every reducible CFG. When it is non-zero the
    /// function needs one extra `i32` local, `$label`, shared by all dispatchers: a value written by
    /// [`Node::SetLabel`] is read by the very next [`Node::Dispatch`] executed, before any block's code runs.
    pub dispatchers: u32,
}

impl Structured {
    /// Whether the code generator has to allocate the `$label` local.
    pub fn needs_label_local(&self) -> bool {
        self.dispatchers > 0
    }
}
