//! The forward "must" analysis the check-removing passes share (`nullcheck`, `boundscheck`): a fact holds at a
//! block's start when it holds at the end of every predecessor, on the edge into the block. A pass says what one
//! block does to the facts and which of its instructions the facts make redundant; this module finds the fixed
//! point and removes those instructions.
//!
//! Facts are about variables held in Wasm locals, whose values nothing but the function's own `set`s can change;
//! registers never cross blocks, so they never appear in facts.

use crate::ir::*;
use std::collections::BTreeSet;

/// What one block does, as a pass sees it.
pub trait MustAnalysis {
    type Fact: Ord + Clone;

    /// Runs `block` from `facts` (those holding at its start).
    fn walk(&self, block: &Block, facts: BTreeSet<Self::Fact>) -> Walked<Self::Fact>;
}

/// A block's effect: the facts at its end, those holding only on its branch's `then` or `otherwise` edge, and which
/// of its instructions the facts make redundant.
pub struct Walked<F> {
    pub end: BTreeSet<F>,
    pub on_then: BTreeSet<F>,
    pub on_else: BTreeSet<F>,
    pub redundant: Vec<bool>,
}

/// Removes the instructions `analysis` proves redundant; returns how many.
pub fn remove_redundant<A: MustAnalysis>(f: &mut Function, analysis: &A) -> usize {
    let n = f.blocks.len();
    let mut preds = vec![Vec::new(); n];
    for (b, block) in f.blocks.iter().enumerate() {
        for s in block.terminator.successors() {
            if let Some(p) = preds.get_mut(s.0 as usize) {
                p.push(b);
            }
        }
    }
    // Each block's end; `None` until first visited, which counts as "every fact" (the analysis' top). A block is
    // walked only once a predecessor has been, so every value starts at the top and only ever shrinks: without
    // that, a block visited before all its predecessors started at "no facts" and a loop whose blocks are not in
    // order could trade facts around forever (a cloned finally block after its loop's latch did).
    let mut out: Vec<Option<Walked<A::Fact>>> = (0..n).map(|_| None).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for b in 0..n {
            let Some(facts) = entry_facts(f, b, &preds, &out) else { continue };
            let walked = analysis.walk(&f.blocks[b], facts);
            let same = out[b]
                .as_ref()
                .is_some_and(|o| o.end == walked.end && o.on_then == walked.on_then && o.on_else == walked.on_else);
            changed |= !same;
            // Kept even when the facts did not change: its redundancies were found from the latest facts.
            out[b] = Some(walked);
        }
    }
    let mut removed = 0;
    for (b, walked) in out.into_iter().enumerate() {
        let Some(walked) = walked else { continue };
        if !walked.redundant.iter().any(|r| *r) {
            continue;
        }
        let block = &mut f.blocks[b];
        let insts = std::mem::take(&mut block.insts);
        let offsets = std::mem::take(&mut block.il_offsets);
        for ((inst, il), redundant) in insts.into_iter().zip(offsets).zip(walked.redundant) {
            if redundant {
                removed += 1;
            } else {
                block.insts.push(inst);
                block.il_offsets.push(il);
            }
        }
    }
    removed
}

/// The facts at block `b`'s start: none at the entry, else those every visited predecessor has on its edge to `b`;
/// `None` (the top) while no predecessor has been visited.
fn entry_facts<F: Ord + Clone>(
    f: &Function,
    b: usize,
    preds: &[Vec<usize>],
    out: &[Option<Walked<F>>],
) -> Option<BTreeSet<F>> {
    if b == 0 {
        return Some(BTreeSet::new());
    }
    let mut facts: Option<BTreeSet<F>> = None;
    for p in &preds[b] {
        let Some(walked) = &out[*p] else { continue };
        let mut edge = walked.end.clone();
        if let Terminator::Branch { then, otherwise, .. } = f.blocks[*p].terminator
            && then != otherwise
        {
            if then.0 as usize == b {
                edge.extend(walked.on_then.iter().cloned());
            } else if otherwise.0 as usize == b {
                edge.extend(walked.on_else.iter().cloned());
            }
        }
        facts = Some(match facts {
            None => edge,
            Some(known) => known.intersection(&edge).cloned().collect(),
        });
    }
    facts
}

/// Where a register's value came from, while the variable it was read from is unchanged: the bookkeeping both
/// passes do inside a block.
pub struct Origins {
    /// The variable a register was read from (through `Cast`s), and that variable's write count at the read.
    reads: Vec<Option<(Var, u32)>>,
    writes: Vec<u32>,
}

impl Origins {
    pub fn new(f_regs: usize, f_vars: usize) -> Origins {
        Origins { reads: vec![None; f_regs], writes: vec![0; f_vars] }
    }

    /// Records what `inst` does to origins: a `get` reads, a `set` writes, a `cast` passes the origin on.
    pub fn record(&mut self, inst: &Inst) {
        match inst {
            Inst::Get { dst, var } => self.reads[dst.0 as usize] = Some((*var, self.writes[var.0 as usize])),
            Inst::Set { var, .. } => self.writes[var.0 as usize] += 1,
            Inst::Cast { dst, src } => self.reads[dst.0 as usize] = self.reads[src.0 as usize],
            _ => {}
        }
    }

    /// How many times `var` was written in the block so far.
    pub fn writes(&self, var: Var) -> u32 {
        self.writes.get(var.0 as usize).copied().unwrap_or(0)
    }

    /// The variable `r` holds the current value of, if any.
    pub fn var_of(&self, r: Reg) -> Option<Var> {
        self.reads
            .get(r.0 as usize)
            .copied()
            .flatten()
            .filter(|(var, at)| self.writes[var.0 as usize] == *at)
            .map(|(var, _)| var)
    }
}
