//! Removing null checks of values already known not to be null.
//!
//! Wasm memory has no guard page at address 0, so every null check is explicit code (`abi.md`, "Checks"). The
//! importer already skips them within a block for values it knows (`this`, new objects, addresses); this pass
//! works across blocks and after inlining, where a callee's check of its parameter meets the caller's knowledge of
//! the argument (a MethodTable's address passed to the allocator, an object checked by the caller).
//!
//! A forward "must" analysis over the blocks: a variable in a Wasm local is known non-null at a block's start when
//! it is known at the end of every predecessor. In a block, a register is known when it is an address (of a
//! symbol, a frame slot, a variable), an allocator's result, a read of a known variable, a reinterpretation of a known register, a
//! managed pointer computed by adding to a known register (an element's or a field's address), or was checked
//! already; a variable becomes known when a known register is stored in it, or when a read of it that is
//! still current gets checked. A branch on a reference read from a variable (`brtrue x`) makes the variable known
//! on its `then` edge. Calls cannot change a variable held in a Wasm local, so they keep every fact.

use crate::dataflow::{self, MustAnalysis, Origins, Walked};
use crate::ir::*;
use std::collections::BTreeSet;

/// Removes the null checks `f` proves redundant; returns how many. `never_null` are the callees whose result is
/// never null (the allocator's).
pub fn remove_redundant(f: &mut Function, never_null: &[Symbol]) -> usize {
    if !f.blocks.iter().flat_map(|b| &b.insts).any(|i| matches!(i, Inst::NullCheck { .. })) {
        return 0;
    }
    check_bases(f);
    let analysis = NullChecks {
        tracked: f.vars.iter().map(|v| v.storage == Storage::Local).collect(),
        references: f.vars.iter().map(|v| v.ty == Ty::Ref).collect(),
        regs: f.regs.len(),
        interior: f.regs.iter().map(|t| *t == Ty::ByRef).collect(),
        never_null,
    };
    dataflow::remove_redundant(f, &analysis)
}

/// Makes each null check of an address `base + k`, with `k` a constant inside the null guard (below
/// `abi::shadow_stack::LIMIT`), a check of `base`. That is CoreCLR's behaviour: any address in its null page faults, so
/// `*(int*)(p + 4)` with a null `p` is a NullReferenceException there too, where a check of the sum would let it
/// read the guard. And `base` checked once, its other offsets (a header's fields through a pointer) need no check.
fn check_bases(f: &mut Function) {
    let guard = 0..crate::abi::shadow_stack::LIMIT as i32;
    let sums = f.constant_offsets();
    for inst in f.blocks.iter_mut().flat_map(|b| &mut b.insts) {
        if let Inst::NullCheck { value } = inst
            && let Some(&(base, k)) = sums.get(value)
            && guard.contains(&k)
        {
            *value = base;
        }
    }
}

/// The facts are the variables known not to be null.
struct NullChecks<'a> {
    /// Variables in Wasm locals (the others may change through their address).
    tracked: Vec<bool>,
    references: Vec<bool>,
    regs: usize,
    /// Registers that are managed pointers: one computed from a known base (an array element's or a field's
    /// address, `ref entries[i]`) points into that object and is not null either.
    interior: Vec<bool>,
    never_null: &'a [Symbol],
}

impl MustAnalysis for NullChecks<'_> {
    type Fact = Var;

    fn walk(&self, block: &Block, mut known: BTreeSet<Var>) -> Walked<Var> {
        let tracked = |v: &Var| self.tracked.get(v.0 as usize).copied().unwrap_or(false);
        let mut reg_known = vec![false; self.regs];
        let mut origins = Origins::new(self.regs, self.tracked.len());
        let mut redundant = vec![false; block.insts.len()];
        for (i, inst) in block.insts.iter().enumerate() {
            match inst {
                Inst::Get { dst, var } if tracked(var) => reg_known[dst.0 as usize] = known.contains(var),
                Inst::Set { var, src } if tracked(var) => {
                    if reg_known[src.0 as usize] {
                        known.insert(*var);
                    } else {
                        known.remove(var);
                    }
                }
                Inst::Cast { dst, src } => reg_known[dst.0 as usize] = reg_known[src.0 as usize],
                Inst::Binary { dst, op: BinOp::Add, lhs, rhs, .. } if self.interior[dst.0 as usize] => {
                    reg_known[dst.0 as usize] = reg_known[lhs.0 as usize] || reg_known[rhs.0 as usize];
                }
                Inst::SymbolAddress { dst, .. } | Inst::FrameAddress { dst, .. } | Inst::AddressOf { dst, .. } => {
                    reg_known[dst.0 as usize] = true;
                }
                Inst::Call { dst: Some(dst), callee, .. } if self.never_null.contains(callee) => {
                    reg_known[dst.0 as usize] = true;
                }
                Inst::NullCheck { value } => {
                    // Known, or read from a variable that a check of a later read of it made known since (nothing
                    // written in between: Roslyn's `a[x % a.Length]` reads `a` for the element, then for the length).
                    let current = origins.var_of(*value).filter(tracked);
                    if reg_known[value.0 as usize] || current.is_some_and(|v| known.contains(&v)) {
                        redundant[i] = true;
                        reg_known[value.0 as usize] = true;
                    } else {
                        reg_known[value.0 as usize] = true;
                        if let Some(var) = origins.var_of(*value).filter(tracked) {
                            known.insert(var);
                        }
                    }
                }
                _ => {}
            }
            origins.record(inst);
        }
        // A branch on a reference (or the reference reinterpreted as an integer: `brtrue` after `isinst`).
        let on_then = match block.terminator {
            Terminator::Branch { cond, .. } => {
                origins.var_of(cond).filter(|v| tracked(v) && self.references[v.0 as usize]).into_iter().collect()
            }
            _ => BTreeSet::new(),
        };
        Walked { end: known, on_then, on_else: BTreeSet::new(), redundant }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn var(name: &str) -> VarInfo {
        VarInfo { ty: Ty::Ref, mem: MemType::I32, storage: Storage::Local, name: name.into() }
    }

    /// `arg0` checked in block 0; block 1 (reached from 0 and from itself) checks it again, then stores a fresh
    /// unknown value into it and checks that.
    fn function() -> Function {
        let (r, v) = (Reg, Var(0));
        Function {
            name: "test".into(),
            params: vec![Ty::Ref, Ty::Ref],
            result: None,
            result_mem: None,
            vars: vec![var("arg0"), var("arg1")],
            regs: vec![Ty::Ref; 6],
            blocks: vec![
                Block::at_offset_zero(
                    vec![Inst::Get { dst: r(0), var: v }, Inst::NullCheck { value: r(0) }],
                    Terminator::Goto(BlockId(1)),
                ),
                Block::at_offset_zero(
                    vec![
                        Inst::Get { dst: r(1), var: v },
                        Inst::NullCheck { value: r(1) },
                        Inst::Get { dst: r(2), var: Var(1) },
                        Inst::Set { var: v, src: r(2) },
                        Inst::Get { dst: r(3), var: v },
                        Inst::NullCheck { value: r(3) },
                        Inst::NullCheck { value: r(3) },
                    ],
                    Terminator::Goto(BlockId(1)),
                ),
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
    fn a_check_dominated_by_a_check_of_the_same_variable_goes() {
        let mut f = function();
        // Block 1's first check: known from block 0 and from block 1's own end (its last check of arg0). Its
        // second-to-last check is of a value read after an unknown store: kept; the last repeats it: removed.
        assert_eq!(remove_redundant(&mut f, &[]), 2);
        crate::verify::verify(&f).expect("still valid");
        let checks: Vec<_> =
            f.blocks[1].insts.iter().filter(|i| matches!(i, Inst::NullCheck { .. })).cloned().collect();
        assert_eq!(checks, vec![Inst::NullCheck { value: Reg(3) }]);
        assert_eq!(f.blocks[1].il_offsets.len(), f.blocks[1].insts.len());
    }

    #[test]
    fn a_read_before_a_check_of_a_later_read_of_the_same_value_is_known() {
        // r0 = a; r1 = a; check r1; check r0 (the same value: nothing wrote `a` between the reads).
        let mut f = Function::one_block(
            vec![Ty::Ref, Ty::Ref],
            vec![
                Inst::Get { dst: Reg(0), var: Var(0) },
                Inst::Get { dst: Reg(1), var: Var(0) },
                Inst::NullCheck { value: Reg(1) },
                Inst::NullCheck { value: Reg(0) },
            ],
            Terminator::Return(None),
        );
        f.params = vec![Ty::Ref];
        f.vars = vec![var("arg0")];
        assert_eq!(remove_redundant(&mut f, &[]), 1);
        assert_eq!(f.blocks[0].insts[2], Inst::NullCheck { value: Reg(1) });
    }

    #[test]
    fn a_branch_on_a_reference_knows_it_on_its_then_edge_only() {
        let (r, v) = (Reg, Var(0));
        let check = |dst: u32| vec![Inst::Get { dst: r(dst), var: v }, Inst::NullCheck { value: r(dst) }];
        let mut f = function();
        f.blocks = vec![
            Block::at_offset_zero(
                vec![Inst::Get { dst: r(0), var: v }],
                Terminator::Branch { cond: r(0), then: BlockId(1), otherwise: BlockId(2) },
            ),
            Block::at_offset_zero(check(1), Terminator::Return(None)),
            Block::at_offset_zero(check(2), Terminator::Return(None)),
        ];
        assert_eq!(remove_redundant(&mut f, &[]), 1);
        assert_eq!(f.blocks[1].insts.len(), 1, "the then block's check goes");
        assert_eq!(f.blocks[2].insts.len(), 2, "the otherwise block's stays");
    }

    /// A loop whose latch comes before its body in block order (as a cloned finally block puts it): the analysis
    /// must reach its fixed point and know arg1 in the loop. It once started the latch at "no facts", and the fact
    /// about arg0, known only from the entry, then went round the loop forever.
    #[test]
    fn a_loop_laid_out_out_of_order_converges() {
        let r = Reg;
        let check =
            |dst: u32, var: u32| vec![Inst::Get { dst: r(dst), var: Var(var) }, Inst::NullCheck { value: r(dst) }];
        let mut f = function();
        f.blocks = vec![
            // 0: checks both arguments, enters the header.
            Block::at_offset_zero([check(0, 0), check(1, 1)].concat(), Terminator::Goto(BlockId(1))),
            // 1: the header (from 0 and from the latch, 2).
            Block::at_offset_zero(Vec::new(), Terminator::Goto(BlockId(3))),
            // 2: the latch, whose only predecessor (4) comes after it.
            Block::at_offset_zero(Vec::new(), Terminator::Goto(BlockId(1))),
            // 3: the body checks arg1 again (arg0 is known only from the entry).
            Block::at_offset_zero(check(2, 1), Terminator::Goto(BlockId(4))),
            // 4: back to the latch.
            Block::at_offset_zero(Vec::new(), Terminator::Goto(BlockId(2))),
        ];
        assert_eq!(remove_redundant(&mut f, &[]), 1);
        assert_eq!(f.blocks[3].insts.len(), 1, "the body's check goes");
    }

    #[test]
    fn a_loop_that_stores_an_unknown_value_keeps_its_check() {
        let mut f = function();
        // Remove block 1's last two checks: at its end arg0 holds an unchecked value, so its first check stays.
        f.blocks[1].insts.truncate(5);
        f.blocks[1].il_offsets.truncate(5);
        assert_eq!(remove_redundant(&mut f, &[]), 0);
    }

    #[test]
    fn checks_of_small_offsets_from_one_base_are_one_check_of_the_base() {
        // `*(p + 4)` then `*(p + 8)`: one check, of p; `*(p + 8192)` (past the null guard) keeps its own.
        let (r, i32) = (Reg, Ty::I32);
        let mut insts = vec![Inst::Get { dst: r(0), var: Var(0) }];
        for (n, k) in [(1, 4), (4, 8), (7, 8192)] {
            insts.extend([
                Inst::Const { dst: r(n), value: Const::I32(k) },
                Inst::Binary { dst: r(n + 1), op: BinOp::Add, ty: i32, lhs: r(0), rhs: r(n) },
                Inst::NullCheck { value: r(n + 1) },
                Inst::Load { dst: r(n + 2), mem: MemType::I32, addr: r(n + 1), offset: 0 },
            ]);
        }
        let mut f = Function::one_block(vec![i32; 10], insts, Terminator::Return(None));
        f.params = vec![i32];
        f.vars = vec![VarInfo { ty: i32, mem: MemType::I32, storage: Storage::Local, name: "arg0".into() }];
        assert_eq!(remove_redundant(&mut f, &[]), 1);
        let checks: Vec<&Inst> = f.blocks[0].insts.iter().filter(|i| matches!(i, Inst::NullCheck { .. })).collect();
        assert_eq!(checks, vec![&Inst::NullCheck { value: r(0) }, &Inst::NullCheck { value: r(8) }]);
    }

    #[test]
    fn a_scaled_constant_index_is_a_small_offset() {
        // Roslyn's `p[3] = v` for an `int*`: r1 = 3; r2 = conv.i r1; r3 = 4; r4 = r2 * r3; r5 = r0 + r4.
        let (r, i32) = (Reg, Ty::I32);
        let insts = vec![
            Inst::Get { dst: r(0), var: Var(0) },
            Inst::Const { dst: r(1), value: Const::I32(3) },
            Inst::Convert {
                dst: r(2),
                to: ConvTarget::I4,
                from: i32,
                src: r(1),
                checked: false,
                unsigned_source: false,
            },
            Inst::Const { dst: r(3), value: Const::I32(4) },
            Inst::Binary { dst: r(4), op: BinOp::Mul, ty: i32, lhs: r(2), rhs: r(3) },
            Inst::Binary { dst: r(5), op: BinOp::Add, ty: i32, lhs: r(0), rhs: r(4) },
            Inst::NullCheck { value: r(5) },
            Inst::Store { mem: MemType::I32, addr: r(5), offset: 0, value: r(1) },
        ];
        let mut f = Function::one_block(vec![i32; 6], insts, Terminator::Return(None));
        f.params = vec![i32];
        f.vars = vec![VarInfo { ty: i32, mem: MemType::I32, storage: Storage::Local, name: "arg0".into() }];
        remove_redundant(&mut f, &[]);
        assert!(f.blocks[0].insts.contains(&Inst::NullCheck { value: r(0) }));
    }

    #[test]
    fn an_element_address_of_a_checked_array_needs_no_check() {
        // r0 = arr (checked); r3 = (int)r0 + 16 as a managed pointer, kept in v1; a check of v1 read back goes.
        let (r, v) = (Reg, Var);
        let insts = vec![
            Inst::Get { dst: r(0), var: v(0) },
            Inst::NullCheck { value: r(0) },
            Inst::Cast { dst: r(1), src: r(0) },
            Inst::Const { dst: r(2), value: Const::I32(16) },
            Inst::Binary { dst: r(3), op: BinOp::Add, ty: Ty::I32, lhs: r(1), rhs: r(2) },
            Inst::Set { var: v(1), src: r(3) },
            Inst::Get { dst: r(4), var: v(1) },
            Inst::NullCheck { value: r(4) },
        ];
        let mut f =
            Function::one_block(vec![Ty::Ref, Ty::I32, Ty::I32, Ty::ByRef, Ty::ByRef], insts, Terminator::Return(None));
        f.params = vec![Ty::Ref];
        f.vars = vec![
            var("arg0"),
            VarInfo { ty: Ty::ByRef, mem: MemType::I32, storage: Storage::Local, name: "loc0".into() },
        ];
        assert_eq!(remove_redundant(&mut f, &[]), 1);
        assert_eq!(f.blocks[0].insts[1], Inst::NullCheck { value: r(0) });
    }
}
