//! Safepoint spills: the references a function holds in Wasm locals, made visible to the collector.
//!
//! The collector (`runtime/managed/Collector.cs`, docs/abi.md "Garbage collection") never moves an object and
//! finds a function's references by scanning its shadow frame. Wasm locals (and the operand stack) are invisible to
//! it, so every reference or managed pointer that is live while a call runs — the collector may run inside any
//! call — must also be in the frame. This pass, the last before code generation, puts it there:
//!
//! - A **register** live across a call is stored to a spill slot right before the call (once per block: a register
//!   never changes). Registers never cross blocks, so all blocks share the same slots.
//! - A **variable** held in a Wasm local that is live across a call is *mirrored*: it gets a slot of its own, and
//!   each value it is given that is still live when a call runs is stored there too (after its `Set`; parameters
//!   and the landing pad's exception at block 0, which runs on entry and after each landing). A value no call sees
//!   is not stored: Dictionary.FindValue's `entry`, set on every iteration of its loop, is live across the
//!   comparer's call only on the comparer's path. So is every variable a handler may read after an exception
//!   lands, and in a method with handlers every value it is given: a throw (an allocation, filters in the first
//!   pass) can collect too.
//!
//! Nothing is read back: the object has not moved, so the local still holds its address. The whole frame is zeroed
//! on entry (`zero_whole_frame`); a slot keeps its value once its variable or register is dead, until the function returns or the slot is
//! reused, which only keeps an object alive longer.

use crate::ir::*;
use std::collections::{BTreeMap, BTreeSet};

/// Whether the collector must see values of this type: object references and managed pointers (interior
/// pointers keep their object alive).
fn traced(ty: Ty) -> bool {
    matches!(ty, Ty::Ref | Ty::ByRef)
}

/// Adds the spill slots and stores `f` needs; returns how many stores it added.
pub fn insert(f: &mut Function) -> usize {
    let Mirroring { vars: mirrored, stores } = mirrored_vars(f);
    let reg_spills: Vec<Vec<(usize, Vec<Reg>)>> = f.blocks.iter().map(|b| registers_across_calls(f, b)).collect();
    if mirrored.is_empty() && reg_spills.iter().all(Vec::is_empty) {
        return 0;
    }
    let base = f.frame_size.next_multiple_of(4);
    let var_slot: BTreeMap<Var, u32> = mirrored.iter().enumerate().map(|(k, v)| (*v, base + 4 * k as u32)).collect();
    let reg_base = base + 4 * mirrored.len() as u32;
    let mut reg_slots = 0u32;
    let mut added = 0;
    for (b, spills) in reg_spills.into_iter().enumerate() {
        let mut slot_of: BTreeMap<Reg, u32> = BTreeMap::new();
        let block = &f.blocks[b];
        let mut insts = Vec::with_capacity(block.insts.len());
        let mut offsets = Vec::with_capacity(block.il_offsets.len());
        let mut pending = spills.into_iter().peekable();
        if b == 0 {
            // Parameters arrive in locals, and the landing pad writes the caught exception to its local.
            for (&var, &offset) in &var_slot {
                if ((var.0 as usize) < f.params.len() || Some(var) == f.caught) && stores.on_entry.contains(&var) {
                    let dst = Reg(f.regs.len() as u32);
                    f.regs.push(f.vars[var.0 as usize].ty);
                    insts.extend([Inst::Get { dst, var }, Inst::Spill { value: dst, offset }]);
                    offsets.extend([block.il_offset; 2]);
                    added += 1;
                }
            }
        }
        let block = &f.blocks[b];
        for (i, inst) in block.insts.iter().enumerate() {
            let il = block.il_offsets[i];
            if let Some((_, regs)) = pending.next_if(|(at, _)| *at == i) {
                for r in regs {
                    if slot_of.contains_key(&r) {
                        continue;
                    }
                    let offset = reg_base + 4 * slot_of.len() as u32;
                    slot_of.insert(r, offset);
                    insts.push(Inst::Spill { value: r, offset });
                    offsets.push(il);
                    added += 1;
                }
            }
            insts.push(inst.clone());
            offsets.push(il);
            if let Inst::Set { var, .. } = inst
                && let Some(&offset) = var_slot.get(var)
                && stores.after_set.contains(&(b, i))
            {
                // Read back through the variable: the register usually stays computed where it is read.
                let dst = Reg(f.regs.len() as u32);
                f.regs.push(f.vars[var.0 as usize].ty);
                insts.extend([Inst::Get { dst, var: *var }, Inst::Spill { value: dst, offset }]);
                offsets.extend([il; 2]);
                added += 1;
            }
        }
        reg_slots = reg_slots.max(slot_of.len() as u32);
        let block = &mut f.blocks[b];
        block.insts = insts;
        block.il_offsets = offsets;
    }
    f.frame_size = (reg_base + 4 * reg_slots).next_multiple_of(crate::abi::FRAME_ALIGN);
    added
}

/// Makes the function zero its whole frame on entry (after `insert`, which sizes it): its slots, the padding
/// between them and the IL locals of a method that skips `localsinit`. The scan then never sees what an earlier
/// call left at these addresses, so what a function keeps alive is only what it stored itself — otherwise a
/// stale address in a padding word keeps a dead object (and whatever a weak reference to it should forget) alive.
/// A pass-one function's variables live in its method's frame, which that method zeroed; it zeroes nothing.
pub fn zero_whole_frame(f: &mut Function) {
    if f.frame_param.is_none() && f.frame_size > 0 {
        f.zero_ranges = vec![(0, f.frame_size)];
    }
}

/// For each call in `block`, the traced registers defined before it and read after it.
fn registers_across_calls(f: &Function, block: &Block) -> Vec<(usize, Vec<Reg>)> {
    let mut live: BTreeSet<Reg> = block.terminator.operand().into_iter().collect();
    let mut out = Vec::new();
    for (i, inst) in block.insts.iter().enumerate().rev() {
        if let Some(d) = inst.dst() {
            live.remove(&d);
        }
        if inst.is_call() {
            let across: Vec<Reg> = live.iter().copied().filter(|r| traced(f.regs[r.0 as usize])).collect();
            if !across.is_empty() {
                out.push((i, across));
            }
        }
        live.extend(inst.operands());
    }
    out.reverse();
    out
}

/// Whether `v` is held in a Wasm local and traced: what the collector cannot see unless it is stored.
fn traced_local(f: &Function, v: Var) -> bool {
    f.vars.get(v.0 as usize).is_some_and(|i| i.storage == Storage::Local && traced(i.ty))
}

/// The variables a function mirrors in its frame, and where it stores them.
struct Mirroring {
    vars: Vec<Var>,
    stores: Stores,
}

/// Where a mirrored variable's value is stored to its slot: after the `Set`s at (block, instruction) and, for
/// parameters and the caught exception, on entry.
#[derive(Default)]
struct Stores {
    after_set: BTreeSet<(usize, usize)>,
    on_entry: BTreeSet<Var>,
}

/// The traced variables held in Wasm locals that must be mirrored in the frame: live across a call, or (in a
/// function with a landing pad) live where a handler starts; and where their values are stored.
fn mirrored_vars(f: &Function) -> Mirroring {
    let candidate = |v: Var| traced_local(f, v);
    if !(0..f.vars.len() as u32).any(|v| candidate(Var(v))) {
        return Mirroring { vars: Vec::new(), stores: Stores::default() };
    }
    let n = f.blocks.len();
    // Per block: the variables read before being written (`uses`) and those written (`defs`).
    let mut uses = vec![BTreeSet::new(); n];
    let mut defs = vec![BTreeSet::new(); n];
    for (b, block) in f.blocks.iter().enumerate() {
        for inst in &block.insts {
            match inst {
                Inst::Get { var, .. } if candidate(*var) && !defs[b].contains(var) => drop(uses[b].insert(*var)),
                Inst::Set { var, .. } if candidate(*var) => drop(defs[b].insert(*var)),
                _ => {}
            }
        }
    }
    let throws: Vec<bool> = f
        .blocks
        .iter()
        .map(|b| b.insts.iter().any(Inst::may_throw) || matches!(b.terminator, Terminator::Throw(_)))
        .collect();
    let handler_starts = handler_starts(f);
    let mut live_in = vec![BTreeSet::<Var>::new(); n];
    let mut handler_live = BTreeSet::new();
    let mut changed = true;
    while changed {
        changed = false;
        if f.caught.is_some() {
            handler_live = handler_starts.iter().flat_map(|s| live_in[s.0 as usize].iter().copied()).collect();
        }
        for b in (0..n).rev() {
            let mut live = live_out(f, b, &live_in, throws[b], &handler_live);
            live.retain(|v| !defs[b].contains(v));
            live.extend(uses[b].iter().copied());
            if live != live_in[b] {
                live_in[b] = live;
                changed = true;
            }
        }
    }
    let mut mirrored = handler_live.clone();
    for (b, block) in f.blocks.iter().enumerate() {
        let mut live = live_out(f, b, &live_in, throws[b], &handler_live);
        for inst in block.insts.iter().rev() {
            if inst.is_call() {
                mirrored.extend(live.iter().copied());
            }
            match inst {
                Inst::Set { var, .. } => drop(live.remove(var)),
                Inst::Get { var, .. } if candidate(*var) => drop(live.insert(*var)),
                _ => {}
            }
        }
    }
    let stores = if f.caught.is_some() {
        // A throw anywhere may land in a handler that reads the variable while a filter or an allocation
        // collects: every value is stored.
        every_store(f, &mirrored)
    } else {
        stores_live_across_calls(f, &live_in, &handler_live, &throws)
    };
    Mirroring { vars: mirrored.into_iter().collect(), stores }
}

/// Every `Set` of a mirrored variable, and every parameter on entry.
fn every_store(f: &Function, mirrored: &BTreeSet<Var>) -> Stores {
    let mut stores = Stores { on_entry: mirrored.clone(), ..Stores::default() };
    for (b, block) in f.blocks.iter().enumerate() {
        for (i, inst) in block.insts.iter().enumerate() {
            if matches!(inst, Inst::Set { var, .. } if mirrored.contains(var)) {
                stores.after_set.insert((b, i));
            }
        }
    }
    stores
}

/// The stores a function without handlers needs: a value is stored where it is set only if a call is reached
/// while that value is still live after it (FindValue's `entry`, set in the loop with no call on its path, is
/// live across the comparer's call on another path and needs no store in this one). A backward "may" analysis:
/// `needed` holds the variables whose current value is live across a call before it is set again.
fn stores_live_across_calls(
    f: &Function,
    live_in: &[BTreeSet<Var>],
    handler_live: &BTreeSet<Var>,
    throws: &[bool],
) -> Stores {
    let n = f.blocks.len();
    let mut needed_in = vec![BTreeSet::<Var>::new(); n];
    let mut stores = Stores::default();
    let mut changed = true;
    while changed {
        changed = false;
        stores.after_set.clear();
        for b in (0..n).rev() {
            let block = &f.blocks[b];
            let mut needed: BTreeSet<Var> =
                block.terminator.successors().iter().flat_map(|s| needed_in[s.0 as usize].iter().copied()).collect();
            let mut live = live_out(f, b, live_in, throws[b], handler_live);
            for (i, inst) in block.insts.iter().enumerate().rev() {
                if inst.is_call() {
                    needed.extend(live.iter().copied());
                }
                match inst {
                    Inst::Set { var, .. } => {
                        if needed.remove(var) {
                            stores.after_set.insert((b, i));
                        }
                        live.remove(var);
                    }
                    Inst::Get { var, .. } if traced_local(f, *var) => drop(live.insert(*var)),
                    _ => {}
                }
            }
            if needed != needed_in[b] {
                needed_in[b] = needed;
                changed = true;
            }
        }
    }
    stores.on_entry = needed_in.first().cloned().unwrap_or_default();
    stores
}

/// Live at the end of block `b`: what its successors need, and what a handler needs if it may throw.
fn live_out(f: &Function, b: usize, live_in: &[BTreeSet<Var>], throws: bool, handler: &BTreeSet<Var>) -> BTreeSet<Var> {
    let mut live: BTreeSet<Var> =
        f.blocks[b].terminator.successors().iter().flat_map(|s| live_in[s.0 as usize].iter().copied()).collect();
    if throws || matches!(f.blocks[b].terminator, Terminator::Unwind(_)) {
        live.extend(handler.iter().copied());
    }
    live
}

/// Where a landing continues: the targets of the switch on the region variable that block 0 reaches when an
/// exception has landed (`import::handlers::finish_handlers`), without its default, the IL entry. Block 0 itself
/// when that switch is not found (every variable live on entry then counts, which is only less precise).
fn handler_starts(f: &Function) -> Vec<BlockId> {
    if f.caught.is_none() {
        return Vec::new();
    }
    let mut seen = BTreeSet::new();
    let mut work = vec![BlockId(0)];
    while let Some(b) = work.pop() {
        if !seen.insert(b) || seen.len() > 4 {
            break;
        }
        match &f.blocks[b.0 as usize].terminator {
            Terminator::Switch { targets, default, .. } => {
                return targets.iter().copied().filter(|t| t != default).collect();
            }
            Terminator::Goto(t) => work.push(*t),
            Terminator::Branch { then, .. } => work.push(*then),
            _ => break,
        }
    }
    vec![BlockId(0)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmr2r_typesystem::MethodId;

    fn call(dst: Option<u32>, args: &[u32]) -> Inst {
        Inst::Call {
            dst: dst.map(Reg),
            callee: Symbol::Method(MethodId(0)),
            args: args.iter().map(|a| Reg(*a)).collect(),
        }
    }

    fn local(ty: Ty, name: &str) -> VarInfo {
        VarInfo { ty, mem: MemType::I32, storage: Storage::Local, name: name.into() }
    }

    fn spills(f: &Function) -> Vec<(usize, usize, Reg, u32)> {
        let mut out = Vec::new();
        for (b, block) in f.blocks.iter().enumerate() {
            for (i, inst) in block.insts.iter().enumerate() {
                if let Inst::Spill { value, offset } = inst {
                    out.push((b, i, *value, *offset));
                }
            }
        }
        out
    }

    #[test]
    fn a_reference_live_across_a_call_is_stored_once_before_the_first() {
        // r0 = call; call; call; return r0: one store of r0, right before the second call.
        let mut f = Function::one_block(
            vec![Ty::Ref],
            vec![call(Some(0), &[]), call(None, &[]), call(None, &[])],
            Terminator::Return(Some(Reg(0))),
        );
        assert_eq!(insert(&mut f), 1);
        assert_eq!(spills(&f), vec![(0, 1, Reg(0), 0)]);
        assert_eq!(f.frame_size, 8);
        crate::verify::verify(&f).expect("valid IR");
    }

    #[test]
    fn numbers_and_values_dead_after_the_call_are_not_stored() {
        // r0 (an i32) lives across the call; r1 (a reference) is the call's argument and dies there.
        let mut f = Function::one_block(
            vec![Ty::I32, Ty::Ref, Ty::I32],
            vec![call(Some(0), &[]), call(Some(1), &[]), call(Some(2), &[1])],
            Terminator::Return(Some(Reg(0))),
        );
        assert_eq!(insert(&mut f), 0);
        assert_eq!(f.frame_size, 0);
    }

    #[test]
    fn a_variable_live_across_a_call_in_another_block_is_mirrored_where_it_is_set() {
        // block 0: v0 = call(); goto 1. block 1: call(); return v0.
        let mut f = Function::one_block(
            vec![Ty::Ref, Ty::Ref],
            vec![call(Some(0), &[]), Inst::Set { var: Var(0), src: Reg(0) }],
            Terminator::Goto(BlockId(1)),
        );
        f.result = Some(Ty::Ref);
        f.vars.push(local(Ty::Ref, "loc0"));
        f.blocks.push(Block {
            il_offset: 4,
            insts: vec![call(None, &[]), Inst::Get { dst: Reg(1), var: Var(0) }],
            il_offsets: vec![4, 5],
            terminator: Terminator::Return(Some(Reg(1))),
            terminator_offset: 6,
        });
        assert_eq!(insert(&mut f), 1);
        let block = &f.blocks[0];
        assert!(matches!(block.insts[2], Inst::Get { var: Var(0), .. }));
        assert!(matches!(block.insts[3], Inst::Spill { offset: 0, .. }));
        assert!(spills(&f).iter().all(|(b, ..)| *b == 0), "the block that only reads it stores nothing");
        crate::verify::verify(&f).expect("valid IR");
    }

    #[test]
    fn a_reference_parameter_live_across_a_call_is_stored_on_entry() {
        // arg0 is read after the call: its value arrives in a local, so block 0 stores it first.
        let mut f = Function::one_block(
            vec![Ty::Ref],
            vec![call(None, &[]), Inst::Get { dst: Reg(0), var: Var(0) }],
            Terminator::Return(Some(Reg(0))),
        );
        f.params.push(Ty::Ref);
        f.vars.push(local(Ty::Ref, "arg0"));
        assert_eq!(insert(&mut f), 1);
        assert!(matches!(f.blocks[0].insts[0], Inst::Get { var: Var(0), .. }));
        assert!(matches!(f.blocks[0].insts[1], Inst::Spill { offset: 0, .. }));
        crate::verify::verify(&f).expect("valid IR");
    }

    #[test]
    fn a_value_no_call_sees_is_not_stored() {
        // block 0: v0 = call(); branch to 1 or 2. block 1: call(); return v0 (v0's first value crosses the call).
        // block 2: v0 = call(); return v0 (the second value reaches no call: no store after its set).
        let mut f = Function::one_block(
            vec![Ty::Ref, Ty::I32, Ty::Ref, Ty::Ref, Ty::Ref],
            vec![
                call(Some(0), &[]),
                Inst::Set { var: Var(0), src: Reg(0) },
                Inst::Const { dst: Reg(1), value: Const::I32(1) },
            ],
            Terminator::Branch { cond: Reg(1), then: BlockId(1), otherwise: BlockId(2) },
        );
        f.result = Some(Ty::Ref);
        f.vars.push(local(Ty::Ref, "loc0"));
        let block = |insts: Vec<Inst>, ret: u32| Block {
            il_offset: 0,
            il_offsets: vec![0; insts.len()],
            insts,
            terminator: Terminator::Return(Some(Reg(ret))),
            terminator_offset: 0,
        };
        f.blocks.push(block(vec![call(None, &[]), Inst::Get { dst: Reg(2), var: Var(0) }], 2));
        f.blocks.push(block(
            vec![call(Some(3), &[]), Inst::Set { var: Var(0), src: Reg(3) }, Inst::Get { dst: Reg(4), var: Var(0) }],
            4,
        ));
        assert_eq!(insert(&mut f), 1);
        let stored: Vec<usize> = spills(&f).iter().map(|(b, ..)| *b).collect();
        assert_eq!(stored, vec![0]);
        crate::verify::verify(&f).expect("valid IR");
    }
}
