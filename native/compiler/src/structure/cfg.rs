//! The input of the pass: an abstract control-flow graph of basic blocks.
//!
//! Only the shape of control flow matters here. A block's code is opaque and referred to by its [`BlockId`]; the
//! importer's IR can map its own blocks onto this type without the structurer knowing what is inside them.

use std::error::Error;
use std::fmt;

/// A basic block, as an index into [`Cfg::blocks`]. Printed as `b<N>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BlockId(pub u32);

impl BlockId {
    /// The index of this block in [`Cfg::blocks`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for BlockId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "b{}", self.0)
    }
}

/// How control leaves a basic block.
///
/// The outgoing edges of a block are numbered by *arm*, in this order: `Goto` has arm 0; `Branch` has arm 0 =
/// `then` (condition non-zero) and arm 1 = `otherwise`; `Switch` has arms `0..targets.len()` for the table and arm
/// `targets.len()` for `default`. The same numbering is used by [`Exits`](super::Exits) and by the decision
/// oracle of the verifier.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Terminator {
    /// Unconditional jump.
    Goto(BlockId),
    /// Two-way conditional branch on an `i32` left by the block's code.
    Branch { then: BlockId, otherwise: BlockId },
    /// Multi-way branch on an `i32` index: `targets[i]` for `i < targets.len()`, otherwise `default`.
    /// Targets may repeat and may equal `default`.
    Switch { targets: Vec<BlockId>, default: BlockId },
    /// Control leaves the function: `return`, `throw`, `unreachable`, a tail call... The block's code emits the
    /// instruction itself; the structurer only knows there is no successor.
    Return,
}

impl Terminator {
    /// Number of outgoing edges (arms), counting duplicates.
    pub fn arms(&self) -> usize {
        match self {
            Terminator::Goto(_) => 1,
            Terminator::Branch { .. } => 2,
            Terminator::Switch { targets, .. } => targets.len() + 1,
            Terminator::Return => 0,
        }
    }

    /// The target of arm `arm` (see the numbering above), or `None` if there is no such arm.
    pub fn successor(&self, arm: usize) -> Option<BlockId> {
        match (self, arm) {
            (Terminator::Goto(t), 0) => Some(*t),
            (Terminator::Branch { then, .. }, 0) => Some(*then),
            (Terminator::Branch { otherwise, .. }, 1) => Some(*otherwise),
            (Terminator::Switch { targets, default }, i) => match targets.get(i) {
                Some(t) => Some(*t),
                None if i == targets.len() => Some(*default),
                None => None,
            },
            _ => None,
        }
    }

    /// All targets in arm order, duplicates included.
    pub fn successors(&self) -> impl Iterator<Item = BlockId> + '_ {
        (0..self.arms()).filter_map(move |arm| self.successor(arm))
    }
}

/// A control-flow graph: blocks indexed by [`BlockId`], and the entry block.
///
/// Any graph is accepted, including irreducible loops, self-loops, unreachable blocks (they are dropped) and
/// edges into the entry block. Only the targets have to be in range.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Cfg {
    pub entry: BlockId,
    pub blocks: Vec<Terminator>,
}

impl Cfg {
    /// The terminator of `block`, if it exists.
    pub fn terminator(&self, block: BlockId) -> Option<&Terminator> {
        self.blocks.get(block.index())
    }

    /// Checks that the graph is non-empty, fits `u32` indices and that every block id it mentions exists.
    pub fn validate(&self) -> Result<(), StructureError> {
        let count = self.blocks.len();
        if count == 0 {
            return Err(StructureError::Empty);
        }
        if u32::try_from(count).is_err() {
            return Err(StructureError::TooManyBlocks { blocks: count });
        }
        if self.entry.index() >= count {
            return Err(StructureError::EntryOutOfRange { entry: self.entry, blocks: count });
        }
        for (index, terminator) in self.blocks.iter().enumerate() {
            for target in terminator.successors() {
                if target.index() >= count {
                    // `index < count <= u32::MAX`, checked above.
                    let block = BlockId(index as u32);
                    return Err(StructureError::TargetOutOfRange { block, target, blocks: count });
                }
            }
        }
        Ok(())
    }

    /// Which blocks are reachable from the entry (after [`validate`](Self::validate)).
    pub fn reachable(&self) -> Result<Vec<bool>, StructureError> {
        self.validate()?;
        let mut seen = vec![false; self.blocks.len()];
        let mut stack = vec![self.entry];
        seen[self.entry.index()] = true;
        while let Some(block) = stack.pop() {
            for target in self.blocks[block.index()].successors() {
                if !seen[target.index()] {
                    seen[target.index()] = true;
                    stack.push(target);
                }
            }
        }
        Ok(seen)
    }
}

/// Why a CFG could not be structured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StructureError {
    /// The graph has no blocks.
    Empty,
    /// More blocks than `u32` can number.
    TooManyBlocks { blocks: usize },
    /// The entry block does not exist.
    EntryOutOfRange { entry: BlockId, blocks: usize },
    /// A terminator names a block that does not exist.
    TargetOutOfRange { block: BlockId, target: BlockId, blocks: usize },
    /// A broken invariant of the structurer itself (a bug, never caused by the input).
    Internal(&'static str),
}

impl fmt::Display for StructureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StructureError::Empty => write!(f, "control-flow graph has no blocks"),
            StructureError::TooManyBlocks { blocks } => write!(f, "control-flow graph has too many blocks ({blocks})"),
            StructureError::EntryOutOfRange { entry, blocks } => {
                write!(f, "entry block {entry} out of range (graph has {blocks} blocks)")
            }
            StructureError::TargetOutOfRange { block, target, blocks } => {
                write!(f, "block {block} jumps to {target}, out of range (graph has {blocks} blocks)")
            }
            StructureError::Internal(what) => write!(f, "internal error in control-flow structuring: {what}"),
        }
    }
}

impl Error for StructureError {}
