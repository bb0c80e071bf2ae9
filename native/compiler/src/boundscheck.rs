//! Removing bounds checks a loop's own condition proves: `for (int i = 0; i < a.Length; i++) ... a[i] ...`.
//!
//! The check `BoundsCheck { index, length }` throws unless `index <u length`; its `length` is always the load of
//! an array's or a string's length, which never changes for a given object. So a fact "variable `i` is below the
//! length at `[a + offset]`" (`a` a variable too) stays true until `i` or `a` is written, whatever else runs. It is
//! established by an earlier check of the same index and length, or on the `then` edge of a branch on `i < [a +
//! offset]` (unsigned; signed when `i` is known non-negative). `i` is non-negative after a store of a non-negative
//! constant, or of `i + 1` while `i` is below some length (a length is at most `int.MaxValue`, so the increment
//! cannot wrap). A loop header meets the first iteration's `i = 0` and the back edge's `i + 1`: `i` is
//! non-negative there, the condition bounds it, and the body's check of `a[i]` goes.
//!
//! A remainder by a length is below it too: `(uint)h % a.Length`, which C# computes in 64 bits (`conv.u8 h;
//! conv.i8 len; rem; conv.ovf.i`; `simplify` later makes it `h %u |len|` in 32), and `x % (uint)len`, index `a`
//! unchecked when the divisor and the check's length were read from the same place: the same variable while it
//! held the same array, or the same address register (hash buckets: Dictionary's `GetBucket` on 32-bit targets,
//! inlined). The check's length is a real one, so the divisor is too, and never negative.
//!
//! Facts live in the forward must-analysis of `dataflow`; registers are tracked within a block only.

use crate::dataflow::{self, MustAnalysis, Origins, Walked};
use crate::ir::*;
use std::collections::{BTreeSet, HashMap};

/// Where an `i32` was loaded from: `[variable + offset]` (with the variable's write count at the load) or
/// `[register + offset]` (a register defined once).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Location {
    Var(Var, u32, u32),
    Addr(Reg, u32),
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Fact {
    NonNegative(Var),
    Below { index: Var, array: Var, offset: u32 },
}

/// Removes the bounds checks `f` proves redundant; returns how many.
pub fn remove_redundant(f: &mut Function) -> usize {
    if !f.blocks.iter().flat_map(|b| &b.insts).any(|i| matches!(i, Inst::BoundsCheck { .. })) {
        return 0;
    }
    let analysis = BoundsChecks {
        tracked: f.vars.iter().map(|v| v.storage == Storage::Local && v.ty.is_i32()).collect(),
        regs: f.regs.len(),
        defined_once: f.def_counts().iter().map(|&n| n == 1).collect(),
    };
    dataflow::remove_redundant(f, &analysis)
}

struct BoundsChecks {
    /// Variables in Wasm locals (the others may change through their address), 32 bits wide.
    tracked: Vec<bool>,
    regs: usize,
    defined_once: Vec<bool>,
}

/// What a block knows about its registers.
struct Regs {
    non_negative: Vec<bool>,
    constant: Vec<Option<i32>>,
    /// Where a loaded `i32` (or its widening, or `|it|`) came from; a length is `Location::Var`.
    loaded: Vec<Option<Location>>,
    /// `y >> 31` (arithmetic): `y`; `y ^ (y >> 31)`: `y` and the shift. Their difference is `|y|`.
    sign_of: Vec<Option<Reg>>,
    flipped_of: Vec<Option<(Reg, Reg)>>,
    /// 64-bit registers: an `i32` zero-extended, so never negative.
    zero_extended: Vec<bool>,
    /// A remainder, of a dividend that is never negative, by what was loaded from a location: below that value
    /// when it is a length.
    remainder_of: Vec<Option<Location>>,
    /// The comparison that defined a register.
    compare: HashMap<Reg, (CmpOp, Reg, Reg)>,
}

impl MustAnalysis for BoundsChecks {
    type Fact = Fact;

    fn walk(&self, block: &Block, mut facts: BTreeSet<Fact>) -> Walked<Fact> {
        let tracked = |v: &Var| self.tracked.get(v.0 as usize).copied().unwrap_or(false);
        let mut origins = Origins::new(self.regs, self.tracked.len());
        let mut regs = Regs {
            non_negative: vec![false; self.regs],
            constant: vec![None; self.regs],
            loaded: vec![None; self.regs],
            sign_of: vec![None; self.regs],
            flipped_of: vec![None; self.regs],
            zero_extended: vec![false; self.regs],
            remainder_of: vec![None; self.regs],
            compare: HashMap::new(),
        };
        let mut redundant = vec![false; block.insts.len()];
        // The (index, array, offset) a check or comparison of these registers is about, while both are current.
        let below = |index: Reg, length: Reg, regs: &Regs, origins: &Origins| -> Option<Fact> {
            let index = origins.var_of(index).filter(tracked)?;
            let Some(Location::Var(array, at, offset)) = regs.loaded[length.0 as usize] else { return None };
            (origins.writes(array) == at).then_some(Fact::Below { index, array, offset })
        };
        for (i, inst) in block.insts.iter().enumerate() {
            match inst {
                Inst::Get { dst, var } if tracked(var) => {
                    regs.non_negative[dst.0 as usize] = facts.contains(&Fact::NonNegative(*var));
                }
                Inst::Const { dst, value: Const::I32(c) } => {
                    regs.constant[dst.0 as usize] = Some(*c);
                    regs.non_negative[dst.0 as usize] = *c >= 0;
                }
                Inst::Cast { dst, src }
                | Inst::Convert { dst, src, to: ConvTarget::I4, from: Ty::I32, checked: false, .. } => {
                    let (d, s) = (dst.0 as usize, src.0 as usize);
                    regs.non_negative[d] = regs.non_negative[s];
                    regs.constant[d] = regs.constant[s];
                    regs.loaded[d] = regs.loaded[s];
                }
                Inst::Convert { dst, to: ConvTarget::U8, from: Ty::I32, checked: false, .. } => {
                    regs.zero_extended[dst.0 as usize] = true;
                }
                Inst::Convert { dst, src, to: ConvTarget::I8, from: Ty::I32, checked: false, .. } => {
                    regs.loaded[dst.0 as usize] = regs.loaded[src.0 as usize];
                }
                // `conv.ovf.i` or `conv.i` of a 64-bit remainder below a length: the same value.
                Inst::Convert { dst, src, to: ConvTarget::I4, from: Ty::I64, .. } => {
                    regs.remainder_of[dst.0 as usize] = regs.remainder_of[src.0 as usize];
                }
                Inst::Binary { dst, op: BinOp::Rem, ty: Ty::I64, lhs, rhs } if regs.zero_extended[lhs.0 as usize] => {
                    regs.remainder_of[dst.0 as usize] = regs.loaded[rhs.0 as usize];
                }
                Inst::Binary { dst, op: BinOp::RemUn, ty: Ty::I32, rhs, .. } => {
                    regs.remainder_of[dst.0 as usize] = regs.loaded[rhs.0 as usize];
                }
                Inst::Binary { dst, op: BinOp::Shr, ty: Ty::I32, lhs, rhs }
                    if regs.constant[rhs.0 as usize] == Some(31) =>
                {
                    regs.sign_of[dst.0 as usize] = Some(*lhs);
                }
                Inst::Binary { dst, op: BinOp::Xor, ty: Ty::I32, lhs, rhs }
                    if regs.sign_of[rhs.0 as usize] == Some(*lhs) =>
                {
                    regs.flipped_of[dst.0 as usize] = Some((*lhs, *rhs));
                }
                Inst::Binary { dst, op: BinOp::Sub, ty: Ty::I32, lhs, rhs }
                    if regs.flipped_of[lhs.0 as usize].is_some_and(|(_, sign)| sign == *rhs) =>
                {
                    // |y| of a length is the length.
                    let y = regs.flipped_of[lhs.0 as usize].map(|(y, _)| y);
                    regs.loaded[dst.0 as usize] = y.and_then(|y| regs.loaded[y.0 as usize]);
                }
                Inst::Load { dst, mem: MemType::I32, addr, offset } => {
                    if let Some(array) = origins.var_of(*addr).filter(tracked) {
                        regs.loaded[dst.0 as usize] = Some(Location::Var(array, origins.writes(array), *offset));
                    } else if self.defined_once[addr.0 as usize] {
                        regs.loaded[dst.0 as usize] = Some(Location::Addr(*addr, *offset));
                    }
                }
                Inst::Binary { dst, op: BinOp::Add, ty: Ty::I32, lhs, rhs } => {
                    // `i + 1` while `i` is below a length, or a non-negative value plus 0.
                    let step = regs.constant[rhs.0 as usize];
                    let bounded = origins
                        .var_of(*lhs)
                        .is_some_and(|v| facts.iter().any(|f| matches!(f, Fact::Below { index, .. } if *index == v)));
                    regs.non_negative[dst.0 as usize] = match step {
                        Some(0) => regs.non_negative[lhs.0 as usize],
                        Some(1) => bounded,
                        _ => false,
                    };
                }
                Inst::Compare { dst, op, lhs, rhs, .. } => {
                    regs.compare.insert(*dst, (*op, *lhs, *rhs));
                }
                Inst::Set { var, src } if tracked(var) => {
                    facts.retain(|f| match f {
                        Fact::NonNegative(v) => v != var,
                        Fact::Below { index, array, .. } => index != var && array != var,
                    });
                    if regs.non_negative[src.0 as usize] {
                        facts.insert(Fact::NonNegative(*var));
                    }
                }
                Inst::BoundsCheck { index, length }
                    if regs.remainder_of[index.0 as usize].is_some()
                        && regs.remainder_of[index.0 as usize] == regs.loaded[length.0 as usize] =>
                {
                    redundant[i] = true;
                }
                Inst::BoundsCheck { index, length } => {
                    if let Some(fact) = below(*index, *length, &regs, &origins) {
                        if facts.contains(&fact) {
                            redundant[i] = true;
                        } else {
                            facts.insert(fact);
                        }
                    }
                }
                _ => {}
            }
            origins.record(inst);
        }
        let (mut on_then, mut on_else) = (BTreeSet::new(), BTreeSet::new());
        if let Terminator::Branch { cond, .. } = block.terminator
            && let Some((op, lhs, rhs)) = regs.compare.get(&cond).copied()
        {
            // `index < length` or `length > index` on the `then` edge; `index >= length` or `length <= index` (a
            // guard that leaves the loop, `if ((uint)i >= (uint)a.Length) break;`) on the `otherwise` edge. Signed
            // needs a non-negative index.
            let (index, length, unsigned, edge) = match op {
                CmpOp::Lt | CmpOp::LtUn => (lhs, rhs, op == CmpOp::LtUn, Some(&mut on_then)),
                CmpOp::Gt | CmpOp::GtUn => (rhs, lhs, op == CmpOp::GtUn, Some(&mut on_then)),
                CmpOp::Ge | CmpOp::GeUn => (lhs, rhs, op == CmpOp::GeUn, Some(&mut on_else)),
                CmpOp::Le | CmpOp::LeUn => (rhs, lhs, op == CmpOp::LeUn, Some(&mut on_else)),
                _ => (lhs, rhs, false, None),
            };
            if let Some(edge) = edge
                && (unsigned || regs.non_negative[index.0 as usize])
                && let Some(fact) = below(index, length, &regs, &origins)
            {
                edge.insert(fact);
            }
        }
        Walked { end: facts, on_then, on_else, redundant }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(name: &str) -> VarInfo {
        VarInfo { ty: Ty::I32, mem: MemType::I32, storage: Storage::Local, name: name.into() }
    }

    /// `for (i = start; i < a.Length; i += step) check a[i]`: block 0 sets i, block 1 is the header, block 2 the
    /// body with the check and the increment, block 3 the exit.
    fn counting_loop(start: i32, step: i32) -> Function {
        let r = Reg;
        let (a, i) = (Var(0), Var(1));
        let mut array = int("arg0");
        array.ty = Ty::Ref;
        Function {
            name: "loop".into(),
            params: vec![Ty::Ref],
            result: None,
            result_mem: None,
            vars: vec![array, int("loc0")],
            regs: vec![
                Ty::I32,
                Ty::I32,
                Ty::Ref,
                Ty::I32,
                Ty::I32,
                Ty::I32,
                Ty::Ref,
                Ty::I32,
                Ty::I32,
                Ty::I32,
                Ty::I32,
            ],
            blocks: vec![
                Block::at_offset_zero(
                    vec![Inst::Const { dst: r(0), value: Const::I32(start) }, Inst::Set { var: i, src: r(0) }],
                    Terminator::Goto(BlockId(1)),
                ),
                Block::at_offset_zero(
                    vec![
                        Inst::Get { dst: r(1), var: i },
                        Inst::Get { dst: r(2), var: a },
                        Inst::Load { dst: r(3), mem: MemType::I32, addr: r(2), offset: 12 },
                        Inst::Compare { dst: r(4), op: CmpOp::Lt, ty: Ty::I32, lhs: r(1), rhs: r(3) },
                    ],
                    Terminator::Branch { cond: r(4), then: BlockId(2), otherwise: BlockId(3) },
                ),
                Block::at_offset_zero(
                    vec![
                        Inst::Get { dst: r(5), var: i },
                        Inst::Get { dst: r(6), var: a },
                        Inst::Load { dst: r(7), mem: MemType::I32, addr: r(6), offset: 12 },
                        Inst::BoundsCheck { index: r(5), length: r(7) },
                        Inst::Const { dst: r(8), value: Const::I32(step) },
                        Inst::Binary { dst: r(9), op: BinOp::Add, ty: Ty::I32, lhs: r(5), rhs: r(8) },
                        Inst::Set { var: i, src: r(9) },
                    ],
                    Terminator::Goto(BlockId(1)),
                ),
                Block::at_offset_zero(vec![], Terminator::Return(None)),
            ],
            frame_size: 0,
            zero_ranges: Vec::new(),
            caught: None,
            pass_one: None,
            frame_param: None,
            regions: None,
        }
    }

    #[test]
    fn the_loop_condition_covers_the_check_of_a_counting_loop() {
        let mut f = counting_loop(0, 1);
        assert_eq!(remove_redundant(&mut f), 1);
        crate::verify::verify(&f).expect("still valid");
        assert!(!f.blocks[2].insts.iter().any(|i| matches!(i, Inst::BoundsCheck { .. })));
    }

    #[test]
    fn a_negative_start_or_a_larger_step_keeps_the_check() {
        // From -1 the signed condition does not bound the index below; a step of 2 could wrap past int.MaxValue
        // (so the index is not known non-negative on the back edge).
        assert_eq!(remove_redundant(&mut counting_loop(-1, 1)), 0);
        assert_eq!(remove_redundant(&mut counting_loop(0, 2)), 0);
    }

    #[test]
    fn a_guard_that_leaves_when_the_index_is_past_the_length_covers_the_check_after_it() {
        // `if ((uint)i >= (uint)a.Length) return; check a[i]`: the header's `>=` branches out on `then`, and the
        // body on `otherwise` knows `i <u length`. The same guard with the branches swapped proves nothing.
        let mut f = counting_loop(0, 1);
        f.blocks[1].insts[3] = Inst::Compare { dst: Reg(4), op: CmpOp::GeUn, ty: Ty::I32, lhs: Reg(1), rhs: Reg(3) };
        f.blocks[1].terminator = Terminator::Branch { cond: Reg(4), then: BlockId(3), otherwise: BlockId(2) };
        assert_eq!(remove_redundant(&mut f.clone()), 1);
        f.blocks[1].terminator = Terminator::Branch { cond: Reg(4), then: BlockId(2), otherwise: BlockId(3) };
        assert_eq!(remove_redundant(&mut f), 0);
    }
    /// Dictionary's `GetBucket` on a 32-bit target: `ref buckets[(uint)hash % buckets.Length]`, the divisor read
    /// from `a` (or, with `other_array`, from another array), the remainder checked against `a`'s length.
    fn bucket(other_array: bool) -> Function {
        let r = Reg;
        let mut f = Function::one_block(
            vec![Ty::Ref, Ty::I32, Ty::I64, Ty::I32, Ty::I64, Ty::I64, Ty::I32, Ty::Ref, Ty::I32, Ty::I32],
            vec![
                Inst::Get { dst: r(0), var: Var(if other_array { 2 } else { 0 }) },
                Inst::Get { dst: r(1), var: Var(1) },
                Inst::Convert {
                    dst: r(2),
                    to: ConvTarget::U8,
                    from: Ty::I32,
                    src: r(1),
                    checked: false,
                    unsigned_source: false,
                },
                Inst::Load { dst: r(3), mem: MemType::I32, addr: r(0), offset: 12 },
                Inst::Convert {
                    dst: r(4),
                    to: ConvTarget::I8,
                    from: Ty::I32,
                    src: r(3),
                    checked: false,
                    unsigned_source: false,
                },
                Inst::Binary { dst: r(5), op: BinOp::Rem, ty: Ty::I64, lhs: r(2), rhs: r(4) },
                Inst::Convert {
                    dst: r(6),
                    to: ConvTarget::I4,
                    from: Ty::I64,
                    src: r(5),
                    checked: true,
                    unsigned_source: false,
                },
                Inst::Get { dst: r(7), var: Var(0) },
                Inst::Load { dst: r(8), mem: MemType::I32, addr: r(7), offset: 12 },
                Inst::BoundsCheck { index: r(6), length: r(8) },
            ],
            Terminator::Return(Some(r(6))),
        );
        let mut array = int("arg0");
        array.ty = Ty::Ref;
        let mut other = int("arg2");
        other.ty = Ty::Ref;
        f.params = vec![Ty::Ref, Ty::I32, Ty::Ref];
        f.vars = vec![array, int("arg1"), other];
        f
    }

    /// `bucket` as `simplify` leaves it and the inliner copies it: `buckets` a register loaded from `this`, the
    /// remainder `h %u |len|` in 32 bits; the check's length read through `buckets` (or through `other`).
    fn inlined_bucket(through_other: bool) -> Function {
        let r = Reg;
        let load =
            |dst: u32, addr: u32, offset: u32| Inst::Load { dst: r(dst), mem: MemType::I32, addr: r(addr), offset };
        let bin = |dst: u32, op: BinOp, lhs: u32, rhs: u32| Inst::Binary {
            dst: r(dst),
            op,
            ty: Ty::I32,
            lhs: r(lhs),
            rhs: r(rhs),
        };
        let mut f = Function::one_block(
            vec![Ty::Ref, Ty::I32, Ty::Ref, Ty::I32, Ty::I32, Ty::I32, Ty::I32, Ty::I32, Ty::I32, Ty::I32, Ty::Ref],
            vec![
                Inst::Get { dst: r(0), var: Var(0) },
                Inst::Get { dst: r(1), var: Var(1) },
                load(2, 0, 8),
                load(10, 0, 4),
                load(3, 2, 12),
                Inst::Const { dst: r(4), value: Const::I32(31) },
                bin(5, BinOp::Shr, 3, 4),
                bin(6, BinOp::Xor, 3, 5),
                bin(7, BinOp::Sub, 6, 5),
                bin(8, BinOp::RemUn, 1, 7),
                load(9, if through_other { 10 } else { 2 }, 12),
                Inst::BoundsCheck { index: r(8), length: r(9) },
            ],
            Terminator::Return(Some(r(8))),
        );
        let mut this = int("arg0");
        this.ty = Ty::Ref;
        f.params = vec![Ty::Ref, Ty::I32];
        f.vars = vec![this, int("arg1")];
        f
    }

    #[test]
    fn a_remainder_by_the_length_of_the_same_array_is_in_bounds() {
        let mut f = bucket(false);
        assert_eq!(remove_redundant(&mut f), 1);
        let mut f = bucket(true);
        assert_eq!(remove_redundant(&mut f), 0, "a remainder by another array's length proves nothing");
        let mut f = inlined_bucket(false);
        assert_eq!(remove_redundant(&mut f), 1);
        let mut f = inlined_bucket(true);
        assert_eq!(remove_redundant(&mut f), 0);
    }
}
