//! Write barriers: which of the importer's `WriteBarrier`s the collector needs.
//!
//! The collector is generational with sticky mark bits (runtime/managed/Collector.cs, docs/abi.md "Garbage
//! collection"): after a collection every object left is *old* (marked), and a minor collection traces only the
//! young ones it reaches from the roots and from the old objects on *dirty cards*. A store that gives an old object
//! a reference must therefore dirty its card; the importer puts a `WriteBarrier` after every store of a reference
//! (or of a struct holding references), and this pass removes the ones whose target cannot be an old object:
//!
//! - an address in the frame (`FrameAddress`, a variable's address, `localloc`) or in a static block
//!   (`SymbolAddress`): the collector scans those whole at every collection;
//! - an object allocated since the last call: no collection ran since it was made, so it is young, and the
//!   collection that finds it alive traces it whole (`new Node(left, right)` with its constructor inlined stores
//!   both fields with no barrier).
//!
//! A managed pointer passed in, or anything the analysis does not follow, keeps its barrier. Registers never cross
//! blocks, so the analysis is a walk over each block; variables in Wasm locals carry freshness from a `Set` to a
//! `Get` in the same block, until a call (a variable's epoch from an earlier block is never the current one).

use crate::ir::*;

/// Removes the barriers no collector needs; returns how many. `allocators` are the callees that return a new
/// object (or its memory).
pub fn remove_unneeded(f: &mut Function, allocators: &[Symbol]) -> usize {
    if !f.blocks.iter().flat_map(|b| &b.insts).any(|i| matches!(i, Inst::WriteBarrier { .. })) {
        return 0;
    }
    let tracked: Vec<bool> = f.vars.iter().map(|v| v.storage == Storage::Local).collect();
    // Registers holding an address in the frame or a static block: a register is defined once, so this holds
    // for the whole function.
    let mut unshared = vec![false; f.regs.len()];
    // Freshness is counted in epochs, which a call or a new block starts: a register (or variable) holds an
    // object allocated since the last call when the epoch it was made fresh in is the current one. No reset of
    // every register per call or per block: functions with thousands of registers have hundreds of calls.
    let mut fresh_in = vec![0u32; f.regs.len()];
    let mut var_fresh_in = vec![0u32; f.vars.len()];
    let mut epoch = 0u32;
    let mut removed = 0;
    for block in &mut f.blocks {
        epoch += 1;
        let mut keep = Vec::with_capacity(block.insts.len());
        for inst in &block.insts {
            if inst.is_call() {
                epoch += 1;
            }
            let fresh = |r: &Reg, fresh_in: &[u32]| fresh_in[r.0 as usize] == epoch;
            keep.push(match inst {
                Inst::WriteBarrier { addr, .. } => !unshared[addr.0 as usize] && !fresh(addr, &fresh_in),
                _ => true,
            });
            match inst {
                Inst::FrameAddress { dst, .. }
                | Inst::AddressOf { dst, .. }
                | Inst::LocalAlloc { dst, .. }
                | Inst::SymbolAddress { dst, .. } => unshared[dst.0 as usize] = true,
                Inst::Call { dst: Some(dst), callee, .. } if allocators.contains(callee) => {
                    fresh_in[dst.0 as usize] = epoch
                }
                Inst::Cast { dst, src } => {
                    unshared[dst.0 as usize] = unshared[src.0 as usize];
                    fresh_in[dst.0 as usize] = fresh_in[src.0 as usize];
                }
                // An address plus an offset: an interior pointer of the same object or frame. (`base + k` with
                // a large `k` could leave it, but IL that reaches another object that way is not verifiable,
                // and a frame is never next to an old object.)
                Inst::Binary { dst, op: BinOp::Add, lhs, rhs, .. } => {
                    unshared[dst.0 as usize] = unshared[lhs.0 as usize] || unshared[rhs.0 as usize];
                    if fresh(lhs, &fresh_in) || fresh(rhs, &fresh_in) {
                        fresh_in[dst.0 as usize] = epoch;
                    }
                }
                Inst::Set { var, src } if tracked[var.0 as usize] => {
                    var_fresh_in[var.0 as usize] = fresh_in[src.0 as usize];
                }
                Inst::Get { dst, var } if tracked[var.0 as usize] => {
                    fresh_in[dst.0 as usize] = var_fresh_in[var.0 as usize];
                }
                _ => {}
            }
        }
        removed += keep.iter().filter(|k| !**k).count();
        retain_marked(block, &keep);
    }
    removed
}

/// Removes every barrier: for code that runs without the collector's card table (`unsafe_without_gc_spills`).
pub fn remove_all(f: &mut Function) {
    for block in &mut f.blocks {
        let keep: Vec<bool> = block.insts.iter().map(|i| !matches!(i, Inst::WriteBarrier { .. })).collect();
        retain_marked(block, &keep);
    }
}

/// Keeps the instructions (and their IL offsets) whose `keep` is set.
fn retain_marked(block: &mut Block, keep: &[bool]) {
    let mut at = 0;
    block.insts.retain(|_| (keep[at], at += 1).0);
    let mut at = 0;
    block.il_offsets.retain(|_| (keep[at], at += 1).0);
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALLOCATE: Symbol = Symbol::Host(7);

    fn barriers(f: &Function) -> Vec<Reg> {
        f.blocks[0]
            .insts
            .iter()
            .filter_map(|i| if let Inst::WriteBarrier { addr, .. } = i { Some(*addr) } else { None })
            .collect()
    }

    #[test]
    fn a_new_object_needs_no_barrier_until_the_next_call() {
        let r = Reg;
        let store = |addr| Inst::Store { mem: MemType::I32, addr, offset: 8, value: r(1) };
        let barrier = |addr| Inst::WriteBarrier { addr, offset: 8, size: 4 };
        let insts = vec![
            Inst::Call { dst: Some(r(0)), callee: ALLOCATE, args: vec![] },
            Inst::Call { dst: Some(r(1)), callee: Symbol::Host(1), args: vec![] },
            // r(0) was made before a call that may have collected: it may be old now.
            store(r(0)),
            barrier(r(0)),
            Inst::Call { dst: Some(r(2)), callee: ALLOCATE, args: vec![] },
            Inst::Cast { dst: r(3), src: r(2) },
            store(r(3)),
            barrier(r(3)),
            Inst::Const { dst: r(4), value: Const::I32(16) },
            Inst::Binary { dst: r(5), op: BinOp::Add, ty: Ty::I32, lhs: r(2), rhs: r(4) },
            store(r(5)),
            barrier(r(5)),
        ];
        let mut f = Function::one_block(vec![Ty::Ref; 6], insts, Terminator::Return(None));
        assert_eq!(remove_unneeded(&mut f, &[ALLOCATE]), 2);
        assert_eq!(barriers(&f), vec![r(0)]);
        assert_eq!(f.blocks[0].insts.len(), f.blocks[0].il_offsets.len());
        crate::verify::verify(&f).expect("still valid");
    }

    #[test]
    fn a_variable_holds_a_new_object_only_in_the_block_that_set_it() {
        let r = Reg;
        let barrier = |addr| Inst::WriteBarrier { addr, offset: 8, size: 4 };
        let mut f = Function::one_block(
            vec![Ty::Ref; 3],
            vec![
                Inst::Call { dst: Some(r(0)), callee: ALLOCATE, args: vec![] },
                Inst::Set { var: Var(0), src: r(0) },
                Inst::Get { dst: r(1), var: Var(0) },
                barrier(r(1)),
            ],
            Terminator::Goto(BlockId(1)),
        );
        f.vars.push(VarInfo { ty: Ty::Ref, mem: MemType::I32, storage: Storage::Local, name: "loc0".into() });
        // Block 1 may be reached from anywhere (a loop back edge): the variable's object may be old there.
        f.blocks.push(Block::at_offset_zero(
            vec![Inst::Get { dst: r(2), var: Var(0) }, barrier(r(2))],
            Terminator::Return(None),
        ));
        assert_eq!(remove_unneeded(&mut f, &[ALLOCATE]), 1);
        assert!(f.blocks[0].insts.iter().all(|i| !matches!(i, Inst::WriteBarrier { .. })));
        assert_eq!(f.blocks[1].insts[1], barrier(r(2)));
    }

    #[test]
    fn frames_and_statics_need_no_barrier_other_addresses_do() {
        let r = Reg;
        let insts = vec![
            Inst::FrameAddress { dst: r(1), offset: 0 },
            Inst::WriteBarrier { addr: r(1), offset: 0, size: 8 },
            Inst::SymbolAddress { dst: r(2), symbol: Symbol::Statics { ty: wasmr2r_typesystem::TypeId(0), gc: true } },
            Inst::WriteBarrier { addr: r(2), offset: 4, size: 4 },
            // A managed pointer from elsewhere (here a load) may point into an old object.
            Inst::Load { dst: r(3), mem: MemType::I32, addr: r(0), offset: 0 },
            Inst::WriteBarrier { addr: r(3), offset: 0, size: 4 },
        ];
        let mut f = Function::one_block(vec![Ty::ByRef; 4], insts, Terminator::Return(None));
        assert_eq!(remove_unneeded(&mut f, &[]), 2);
        assert_eq!(barriers(&f), vec![r(3)]);
    }
}
