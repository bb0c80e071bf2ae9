//! Checking a structured program against its CFG.
//!
//! [`verify`] checks, in order:
//!
//! 1. **Coverage**: every reachable block appears in exactly one [`Node::Code`], no unreachable or unknown block
//!    appears, and each `Code` has the [`Exits`] variant (and `br_table` size) of its terminator.
//! 2. **Scoping**: every branch depth names an enclosing `block`/`loop`.
//! 3. **Edges, statically**: for every arm of every `Code`, the place the jump lands on — following fall-through
//!    and `end`s, and through any [`Node::SetLabel`] → [`Node::Dispatch`] chain with the label value it sets —
//!    is the `Code` of the CFG successor on that arm. This covers all edges, including ones a random walk misses.
//! 4. **Traces, dynamically**: [`interpret`] runs the program with Wasm branch semantics (a runtime label
//!    stack) under a seeded [`Oracle`] and must visit the same blocks as [`walk_cfg`] under the same decisions.
//!
//! The interpreter and the walker are public so tests can drive them with their own oracles.

use std::error::Error;
use std::fmt;

use super::cfg::{BlockId, Cfg, StructureError, Terminator};
use super::node::{Exits, Jump, Node, Structured};

/// Chooses the arm taken by each `Branch` (2 arms) or `Switch` (`targets.len() + 1` arms) as it is executed.
pub trait Oracle {
    /// An arm in `0..arms` for the next execution of `block`; out-of-range answers are reduced modulo `arms`.
    fn choose(&mut self, block: BlockId, arms: usize) -> usize;
}

/// A deterministic pseudo-random oracle (SplitMix64).
#[derive(Clone, Debug)]
pub struct SeededOracle {
    state: u64,
}

impl SeededOracle {
    pub fn new(seed: u64) -> Self {
        SeededOracle { state: seed }
    }
}

impl Oracle for SeededOracle {
    fn choose(&mut self, _block: BlockId, arms: usize) -> usize {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z % arms.max(1) as u64) as usize
    }
}

/// Number of oracle seeds (`0..VERIFY_SEEDS`) for which [`verify`] compares traces.
pub const VERIFY_SEEDS: u64 = 8;
/// Length, in blocks, of each trace [`verify`] compares.
pub const VERIFY_STEPS: usize = 200;

/// A way in which a structured program does not implement its CFG.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifyError {
    /// The CFG itself is malformed.
    InvalidCfg(StructureError),
    /// A reachable block has no `Code` node.
    MissingBlock(BlockId),
    /// A block has more than one `Code` node.
    DuplicateBlock(BlockId),
    /// A `Code` node for a block that is unreachable or does not exist.
    UnexpectedBlock(BlockId),
    /// A `Code` node whose exits do not have the shape of its terminator.
    ShapeMismatch { block: BlockId },
    /// A branch depth that names no enclosing label (`available` labels are in scope).
    BadDepth { depth: u32, available: usize },
    /// `dispatchers` disagrees with the number of `Dispatch` nodes.
    DispatcherCount { declared: u32, found: u32 },
    /// Arm `arm` of `block` does not reach the CFG successor `expected`; `found` is where it leads (`None`: off
    /// the end of the body, into a dispatch cycle, or to a bad label value).
    EdgeMismatch { block: BlockId, arm: usize, expected: BlockId, found: Option<BlockId> },
    /// Control fell off the end of the body during interpretation.
    FellOffEnd,
    /// The interpreter ran through many structural instructions without reaching a block.
    NoProgress,
    /// A `Dispatch` ran with no label set, or with a label value out of range.
    BadLabel,
    /// The interpreter and the CFG walk diverged at position `step` of the trace.
    TraceMismatch { seed: u64, step: usize, expected: Option<BlockId>, found: Option<BlockId> },
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VerifyError::InvalidCfg(e) => write!(f, "invalid CFG: {e}"),
            VerifyError::MissingBlock(b) => write!(f, "reachable block {b} is not emitted"),
            VerifyError::DuplicateBlock(b) => write!(f, "block {b} is emitted more than once"),
            VerifyError::UnexpectedBlock(b) => write!(f, "block {b} is emitted but unreachable or unknown"),
            VerifyError::ShapeMismatch { block } => write!(f, "exits of {block} do not match its terminator"),
            VerifyError::BadDepth { depth, available } => {
                write!(f, "branch depth {depth} with only {available} enclosing labels")
            }
            VerifyError::DispatcherCount { declared, found } => {
                write!(f, "{declared} dispatchers declared, {found} found")
            }
            VerifyError::EdgeMismatch { block, arm, expected, found } => {
                write!(f, "arm {arm} of {block} should reach {expected} but reaches ")?;
                match found {
                    Some(b) => write!(f, "{b}"),
                    None => write!(f, "no block"),
                }
            }
            VerifyError::FellOffEnd => write!(f, "control fell off the end of the body"),
            VerifyError::NoProgress => write!(f, "no block reached after many structural steps"),
            VerifyError::BadLabel => write!(f, "dispatch on an unset or out-of-range label"),
            VerifyError::TraceMismatch { seed, step, expected, found } => {
                write!(f, "seed {seed}: trace diverges at step {step}: CFG visits {expected:?}, structure {found:?}")
            }
        }
    }
}

impl Error for VerifyError {}

/// Walks the CFG from its entry, asking `oracle` at every `Branch`/`Switch`, and returns the visited blocks:
/// at most `max_blocks`, fewer if a `Return` block is reached.
pub fn walk_cfg(cfg: &Cfg, oracle: &mut dyn Oracle, max_blocks: usize) -> Result<Vec<BlockId>, StructureError> {
    cfg.validate()?;
    let mut trace = Vec::new();
    let mut block = cfg.entry;
    while trace.len() < max_blocks {
        trace.push(block);
        let terminator = &cfg.blocks[block.index()];
        let arm = match terminator {
            Terminator::Return => break,
            Terminator::Goto(_) => 0,
            Terminator::Branch { .. } | Terminator::Switch { .. } => {
                oracle.choose(block, terminator.arms()) % terminator.arms()
            }
        };
        match terminator.successor(arm) {
            Some(next) => block = next,
            None => break,
        }
    }
    Ok(trace)
}

/// A flattened instruction, Wasm style.
#[derive(Clone, Copy, Debug)]
enum Ins<'a> {
    /// `block`; `end` is the index of its `End`.
    Block {
        end: usize,
    },
    /// `loop`.
    Loop,
    End,
    Code {
        block: BlockId,
        exits: &'a Exits,
    },
    SetLabel {
        value: u32,
        then: Jump,
    },
    Dispatch {
        targets: &'a [u32],
        default: u32,
    },
}

fn flatten(body: &[Node]) -> Vec<Ins<'_>> {
    let mut out = Vec::new();
    let mut stack: Vec<(std::slice::Iter<'_, Node>, Option<usize>)> = vec![(body.iter(), None)];
    while let Some(top) = stack.last_mut() {
        let opened_at = top.1;
        match top.0.next() {
            None => {
                stack.pop();
                if let Some(start) = opened_at {
                    let end_at = out.len();
                    if let Ins::Block { end } = &mut out[start] {
                        *end = end_at;
                    }
                    out.push(Ins::End);
                }
            }
            Some(Node::Block(items)) => {
                stack.push((items.iter(), Some(out.len())));
                out.push(Ins::Block { end: 0 });
            }
            Some(Node::Loop(items)) => {
                stack.push((items.iter(), Some(out.len())));
                out.push(Ins::Loop);
            }
            Some(Node::Code { block, exits }) => out.push(Ins::Code { block: *block, exits }),
            Some(Node::SetLabel { value, then }) => out.push(Ins::SetLabel { value: *value, then: *then }),
            Some(Node::Dispatch { targets, default }) => out.push(Ins::Dispatch { targets, default: *default }),
        }
    }
    out
}

/// Depths of all arms of a real instruction, in arm order (`Code`: CFG arm order; `Dispatch`: label values,
/// then the default).
fn arms_of(ins: &Ins<'_>) -> Vec<Jump> {
    match *ins {
        Ins::Code { exits, .. } => match exits {
            Exits::Return => Vec::new(),
            Exits::Goto(jump) => vec![*jump],
            Exits::Branch { then, otherwise } => vec![*then, *otherwise],
            Exits::Switch { targets, default } => {
                targets.iter().chain(std::iter::once(default)).map(|&d| Jump::Br(d)).collect()
            }
        },
        Ins::SetLabel { then, .. } => vec![then],
        Ins::Dispatch { targets, default } => {
            targets.iter().chain(std::iter::once(&default)).map(|&d| Jump::Br(d)).collect()
        }
        Ins::Block { .. } | Ins::Loop | Ins::End => Vec::new(),
    }
}

/// Runs the structured program with Wasm semantics and returns the visited blocks (at most `max_blocks`).
pub fn interpret(
    structured: &Structured,
    oracle: &mut dyn Oracle,
    max_blocks: usize,
) -> Result<Vec<BlockId>, VerifyError> {
    let program = flatten(&structured.body);
    // Runtime label stack: where a branch to each enclosing label continues, and whether it is a loop (a branch
    // to a loop keeps the loop's label, a branch to a block leaves it).
    let mut labels: Vec<(bool, usize)> = Vec::new();
    let mut label_value: Option<u32> = None;
    let mut trace = Vec::new();
    let mut pc = 0;
    let mut idle = 0;
    let idle_limit = program.len() * 2 + 16;
    let branch = |labels: &mut Vec<(bool, usize)>, depth: u32| -> Result<usize, VerifyError> {
        let available = labels.len();
        let index = available.checked_sub(1 + depth as usize).ok_or(VerifyError::BadDepth { depth, available })?;
        let (is_loop, target) = labels[index];
        labels.truncate(if is_loop { index + 1 } else { index });
        Ok(target)
    };
    while trace.len() < max_blocks {
        let Some(ins) = program.get(pc) else { return Err(VerifyError::FellOffEnd) };
        idle += 1;
        if idle > idle_limit {
            return Err(VerifyError::NoProgress);
        }
        let jump = match *ins {
            Ins::Block { end } => {
                labels.push((false, end + 1));
                pc += 1;
                continue;
            }
            Ins::Loop => {
                labels.push((true, pc + 1));
                pc += 1;
                continue;
            }
            Ins::End => {
                labels.pop();
                pc += 1;
                continue;
            }
            Ins::Code { block, exits } => {
                trace.push(block);
                idle = 0;
                match exits {
                    Exits::Return => break,
                    Exits::Goto(jump) => *jump,
                    Exits::Branch { then, otherwise } => {
                        if oracle.choose(block, 2) % 2 == 0 {
                            *then
                        } else {
                            *otherwise
                        }
                    }
                    Exits::Switch { targets, default } => {
                        let arm = oracle.choose(block, targets.len() + 1) % (targets.len() + 1);
                        Jump::Br(targets.get(arm).copied().unwrap_or(*default))
                    }
                }
            }
            Ins::SetLabel { value, then } => {
                label_value = Some(value);
                then
            }
            Ins::Dispatch { targets, .. } => {
                let value = label_value.ok_or(VerifyError::BadLabel)?;
                let depth = targets.get(value as usize).ok_or(VerifyError::BadLabel)?;
                Jump::Br(*depth)
            }
        };
        pc = match jump {
            Jump::Fallthrough => pc + 1,
            Jump::Br(depth) => branch(&mut labels, depth)?,
        };
    }
    Ok(trace)
}

/// Checks `structured` against `cfg` as described in the module docs, with [`VERIFY_SEEDS`] traces of
/// [`VERIFY_STEPS`] blocks.
pub fn verify(cfg: &Cfg, structured: &Structured) -> Result<(), VerifyError> {
    verify_with(cfg, structured, 0..VERIFY_SEEDS, VERIFY_STEPS)
}

/// [`verify`] with explicit oracle seeds and trace length.
pub fn verify_with(
    cfg: &Cfg,
    structured: &Structured,
    seeds: impl IntoIterator<Item = u64>,
    steps: usize,
) -> Result<(), VerifyError> {
    let reachable = cfg.reachable().map_err(VerifyError::InvalidCfg)?;
    let program = flatten(&structured.body);

    // Coverage, shapes, dispatcher count.
    let mut position = vec![None; cfg.blocks.len()];
    let mut dispatchers = 0u32;
    for (pc, ins) in program.iter().enumerate() {
        match *ins {
            Ins::Code { block, exits } => {
                let Some(terminator) = cfg.terminator(block).filter(|_| reachable[block.index()]) else {
                    return Err(VerifyError::UnexpectedBlock(block));
                };
                if position[block.index()].replace(pc).is_some() {
                    return Err(VerifyError::DuplicateBlock(block));
                }
                let shape_ok = match (terminator, exits) {
                    (Terminator::Return, Exits::Return)
                    | (Terminator::Goto(_), Exits::Goto(_))
                    | (Terminator::Branch { .. }, Exits::Branch { .. }) => true,
                    (Terminator::Switch { targets, .. }, Exits::Switch { targets: depths, .. }) => {
                        targets.len() == depths.len()
                    }
                    _ => false,
                };
                if !shape_ok {
                    return Err(VerifyError::ShapeMismatch { block });
                }
            }
            Ins::Dispatch { .. } => dispatchers += 1,
            _ => {}
        }
    }
    for (index, &is_reachable) in reachable.iter().enumerate() {
        if is_reachable && position[index].is_none() {
            return Err(VerifyError::MissingBlock(BlockId(index as u32)));
        }
    }
    if dispatchers != structured.dispatchers {
        return Err(VerifyError::DispatcherCount { declared: structured.dispatchers, found: dispatchers });
    }

    // Scoping, and where each arm of each real instruction lands (`program.len()` = off the end).
    let mut next_real = vec![program.len(); program.len() + 1];
    for pc in (0..program.len()).rev() {
        next_real[pc] = match program[pc] {
            Ins::Block { .. } | Ins::Loop | Ins::End => next_real[pc + 1],
            _ => pc,
        };
    }
    let mut landing: Vec<Vec<usize>> = vec![Vec::new(); program.len()];
    let mut scopes: Vec<usize> = Vec::new(); // index of the opening instruction
    for (pc, ins) in program.iter().enumerate() {
        match *ins {
            Ins::Block { .. } | Ins::Loop => scopes.push(pc),
            Ins::End => {
                scopes.pop();
            }
            _ => {
                for jump in arms_of(ins) {
                    let to = match jump {
                        Jump::Fallthrough => pc + 1,
                        Jump::Br(depth) => {
                            let available = scopes.len();
                            let index = available
                                .checked_sub(1 + depth as usize)
                                .ok_or(VerifyError::BadDepth { depth, available })?;
                            match program[scopes[index]] {
                                Ins::Block { end } => end + 1,
                                _ => scopes[index] + 1,
                            }
                        }
                    };
                    landing[pc].push(next_real[to.min(program.len())]);
                }
            }
        }
    }

    // Every edge, statically.
    for (pc, ins) in program.iter().enumerate() {
        let Ins::Code { block, .. } = *ins else { continue };
        let Some(terminator) = cfg.terminator(block) else { continue };
        for (arm, &start) in landing[pc].iter().enumerate() {
            let Some(expected) = terminator.successor(arm) else {
                return Err(VerifyError::ShapeMismatch { block });
            };
            let found = follow_edge(&program, &landing, start);
            if found != Some(expected) {
                return Err(VerifyError::EdgeMismatch { block, arm, expected, found });
            }
        }
    }

    // Traces.
    for seed in seeds {
        let expected = walk_cfg(cfg, &mut SeededOracle::new(seed), steps).map_err(VerifyError::InvalidCfg)?;
        let found = interpret(structured, &mut SeededOracle::new(seed), steps)?;
        if expected != found {
            let step = expected.iter().zip(&found).take_while(|(a, b)| a == b).count();
            return Err(VerifyError::TraceMismatch {
                seed,
                step,
                expected: expected.get(step).copied(),
                found: found.get(step).copied(),
            });
        }
    }
    Ok(())
}

/// The block reached from real instruction `pc`, passing through label settings and dispatchers.
fn follow_edge(program: &[Ins<'_>], landing: &[Vec<usize>], mut pc: usize) -> Option<BlockId> {
    let mut label = None;
    for _ in 0..=program.len() {
        match program.get(pc)? {
            Ins::Code { block, .. } => return Some(*block),
            Ins::SetLabel { value, .. } => {
                label = Some(*value as usize);
                pc = *landing[pc].first()?;
            }
            Ins::Dispatch { targets, .. } => {
                // Only the real targets are reachable: label values index `targets`.
                let value = label.filter(|&v| v < targets.len())?;
                pc = *landing[pc].get(value)?;
            }
            Ins::Block { .. } | Ins::Loop | Ins::End => return None,
        }
    }
    None
}
