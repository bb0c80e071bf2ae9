//! Checks caught in their own method. A bounds, null or other check of the compiler's own inside a try whose catch
//! takes the check's exception for certain (`ir::RegionStart::decided`: the importer decided the first pass's
//! answer without running anything) needs no throw: its failing path makes the exception, records the clause as
//! the one chosen and goes to the region's dispatch block, where the landing pad would have gone after a throw.
//! Then the method may not need its landing pad any more (nothing else throws inside a protected region) nor its
//! handler frame (nothing else throws where one of its catch or filter clauses could be asked), and they go:
//! `try { return a[i]; } catch (IndexOutOfRangeException) { return -1; }` becomes plain control flow, without a
//! Wasm `try`, a frame, or calls on entry and on every way out (docs/abi.md, "Two passes").
//!
//! It runs after the check-removing passes, so that only the checks that stay are rewritten, and before inlining,
//! which would copy the handler frame's calls into the method.

use crate::abi;
use crate::ir::*;
use crate::landing::{Region, on_entry, step};

/// The exception a check raises when it fails.
fn raises(inst: &Inst) -> Option<ExceptionKind> {
    match inst {
        Inst::NullCheck { .. } => Some(ExceptionKind::NullReference),
        Inst::BoundsCheck { .. } => Some(ExceptionKind::IndexOutOfRange),
        Inst::ThrowIf { kind, .. } => Some(*kind),
        _ => None,
    }
}

/// Where a throw from `region` starts, and the first pass's answer there for `kind`, if known.
/// Where a throw from `region` starts (region value `v` is `starts[v - 1]`; 0 is the entry).
fn start_of(regions: &Regions, region: Region) -> Option<&RegionStart> {
    let Region::Known(value) = region else { return None };
    regions.starts.get(usize::try_from(value).ok()?.checked_sub(1)?)
}

fn decided(regions: &Regions, region: Region, kind: ExceptionKind) -> Option<(&RegionStart, FirstPass)> {
    let start = start_of(regions, region)?;
    start.decided.iter().find(|(k, _)| *k == kind).map(|(_, answer)| (start, *answer))
}

/// A check its own method takes: (the clause, the method making the exception, the region's dispatch block).
fn caught_in(regions: &Regions, region: Region, kind: ExceptionKind) -> Option<(u32, Symbol, BlockId)> {
    match decided(regions, region, kind)? {
        (start, FirstPass::Takes { clause, make }) => Some((clause, make, start.dispatch)),
        (_, FirstPass::Passes) => None,
    }
}

/// Rewrites the checks of `f` its own clauses catch, then drops what nothing needs any more. Returns whether `f`
/// changed.
pub fn apply(f: &mut Function) -> bool {
    let Some(regions) = f.regions.take() else { return false };
    let Some(exception) = f.caught else { return false };
    let constants = f.i32_constants();
    let mut entry = on_entry(f, regions.region);
    let mut changed = false;
    let mut b = 0;
    while b < f.blocks.len() {
        let mut region = entry[b];
        let mut split = false;
        for i in 0..f.blocks[b].insts.len() {
            let inst = &f.blocks[b].insts[i];
            region = step(inst, regions.region, &constants, region);
            let Some(caught) = raises(inst).and_then(|kind| caught_in(&regions, region, kind)) else {
                continue;
            };
            if split_at_check(f, b, i, exception, regions.chosen, caught) {
                // The throwing path, then the rest of the block, which goes on in the same region.
                entry.extend([Region::Varies, region]);
                split = true;
                changed = true;
                break;
            }
        }
        if !split
            && let Terminator::Throw(kind) = f.blocks[b].terminator
            && let Some(caught) = caught_in(&regions, region, kind)
        {
            let il = f.blocks[b].terminator_offset;
            let raise = raise_block(f, il, exception, regions.chosen, caught);
            f.blocks[b].terminator = Terminator::Goto(raise);
            entry.push(Region::Varies);
            changed = true;
        }
        b += 1;
    }
    // Even with no check rewritten, what is left may not need them: throws of kinds no clause takes, or none.
    let (landing, frame) = what_throws_need(f, &regions);
    if frame || (regions.handler_frame && !drop_handler_frame(f, &regions)) {
        return changed;
    }
    if !landing {
        drop_landing_pad(f, regions.entry);
    }
    changed || regions.handler_frame || !landing
}

/// Splits block `b` at its check `i`: the block ends by testing what the check tested, the failing way going to a
/// new block that raises the exception inside the method, the other to a new block with the rest. False (and
/// nothing changed) when a struct value would have to cross.
fn split_at_check(
    f: &mut Function,
    b: usize,
    i: usize,
    exception: Var,
    chosen: Option<Var>,
    caught: (u32, Symbol, BlockId),
) -> bool {
    let block = &f.blocks[b];
    let il = block.il_offsets[i];
    let check = block.insts[i].clone();
    let mut before: Vec<Inst> = block.insts[..i].to_vec();
    let mut before_offsets: Vec<u32> = block.il_offsets[..i].to_vec();
    let mut after: Vec<Inst> = block.insts[i + 1..].to_vec();
    let after_offsets: Vec<u32> = block.il_offsets[i + 1..].to_vec();
    let mut terminator = block.terminator.clone();
    let terminator_offset = block.terminator_offset;
    let Some(carried) = f.carry(&before, &after, &terminator) else { return false };
    // `passes`: the condition is true when the check passes.
    let (cond, passes) = match check {
        Inst::NullCheck { value } => {
            let cond = f.new_reg(Ty::I32);
            before.push(Inst::Cast { dst: cond, src: value });
            (cond, true)
        }
        Inst::BoundsCheck { index, length } => {
            let cond = f.new_reg(Ty::I32);
            before.push(Inst::Compare { dst: cond, op: CmpOp::LtUn, ty: Ty::I32, lhs: index, rhs: length });
            (cond, true)
        }
        Inst::ThrowIf { cond, .. } => (cond, false),
        _ => return false,
    };
    before_offsets.resize(before.len(), il);
    let raise = raise_block(f, il, exception, chosen, caught);
    let rest = BlockId(f.blocks.len() as u32);
    for inst in &mut after {
        inst.rename(&carried.renamed);
    }
    terminator.rename(&carried.renamed);
    let mut il_offsets = vec![il; carried.gets.len()];
    il_offsets.extend(after_offsets);
    let insts = carried.gets.into_iter().chain(after).collect();
    f.blocks.push(Block { il_offset: il, insts, il_offsets, terminator, terminator_offset });
    before_offsets.extend(std::iter::repeat_n(il, carried.sets.len()));
    before.extend(carried.sets);
    let block = &mut f.blocks[b];
    block.insts = before;
    block.il_offsets = before_offsets;
    block.terminator = if passes {
        Terminator::Branch { cond, then: rest, otherwise: raise }
    } else {
        Terminator::Branch { cond, then: raise, otherwise: rest }
    };
    block.terminator_offset = il;
    true
}

/// A new block that raises a check's exception inside the method (`caught`: the clause that takes it, the method
/// making it, the dispatch block): makes the exception, stores it where the landing pad would, records the clause
/// as the first pass's choice, and goes to the region's dispatch.
fn raise_block(
    f: &mut Function,
    il: u32,
    exception: Var,
    chosen: Option<Var>,
    (clause, make, dispatch): (u32, Symbol, BlockId),
) -> BlockId {
    let made = f.new_reg(Ty::Ref);
    let mut insts =
        vec![Inst::Call { dst: Some(made), callee: make, args: Vec::new() }, Inst::Set { var: exception, src: made }];
    if let Some(chosen) = chosen {
        let value = f.new_reg(Ty::I32);
        insts.extend([
            Inst::Const { dst: value, value: Const::I32(clause as i32) },
            Inst::Set { var: chosen, src: value },
        ]);
    }
    let il_offsets = vec![il; insts.len()];
    f.blocks.push(Block {
        il_offset: il,
        insts,
        il_offsets,
        terminator: Terminator::Goto(dispatch),
        terminator_offset: il,
    });
    BlockId(f.blocks.len() as u32 - 1)
}

/// What the throws left in `f` need: (the landing pad, the handler frame). A throw needs the handler frame when
/// a catch or filter clause holds it, unless its kind is one no clause of the method takes; it needs the landing
/// pad when a clause of the method holds it, unless (with the same kind) only catch clauses do. A throw from where
/// the pass cannot tell the region needs both. The handler frame's own calls and the making of a caught check's
/// exception are not throws (making one fails only when memory runs out, which ends the process).
fn what_throws_need(f: &Function, regions: &Regions) -> (bool, bool) {
    let entry = on_entry(f, regions.region);
    let constants = f.i32_constants();
    let makes: Vec<Symbol> = regions
        .starts
        .iter()
        .flat_map(|s| &s.decided)
        .filter_map(|(_, answer)| match answer {
            FirstPass::Takes { make, .. } => Some(*make),
            FirstPass::Passes => None,
        })
        .collect();
    let not_a_throw = |inst: &Inst| matches!(inst, Inst::Call { callee, .. } if regions.frame_calls.contains(callee) || makes.contains(callee));
    let (mut landing, mut frame) = (false, false);
    let mut throws = |region: Region, kind: Option<ExceptionKind>| {
        let known = kind.and_then(|kind| decided(regions, region, kind));
        match (start_of(regions, region), known) {
            (Some(start), Some((_, FirstPass::Passes))) => landing |= start.second_pass,
            (Some(start), _) => {
                landing |= start.first_pass || start.second_pass;
                frame |= start.first_pass;
            }
            (None, _) => {
                landing = true;
                frame |= regions.handler_frame;
            }
        }
    };
    for (b, block) in f.blocks.iter().enumerate() {
        if entry[b] == Region::Unreached {
            continue;
        }
        let mut region = entry[b];
        for inst in &block.insts {
            region = step(inst, regions.region, &constants, region);
            if inst.may_throw() && !not_a_throw(inst) {
                throws(region, raises(inst));
            }
        }
        if let Terminator::Throw(kind) = block.terminator {
            throws(region, Some(kind));
        }
    }
    (landing, frame)
}

/// Drops the handler frame: its calls, its variables (the region and the chosen clause become locals), its pass-one
/// function and its bytes at the base of the frame, moving what lies past them down. False (and nothing changed)
/// when something else still uses those bytes.
fn drop_handler_frame(f: &mut Function, regions: &Regions) -> bool {
    let mut g = f.clone();
    for block in &mut g.blocks {
        let keep: Vec<bool> = block
            .insts
            .iter()
            .map(|i| !matches!(i, Inst::Call { callee, .. } if regions.frame_calls.contains(callee)))
            .collect();
        let mut n = 0;
        block.insts.retain(|_| (keep[n], n += 1).0);
        let mut n = 0;
        block.il_offsets.retain(|_| (keep[n], n += 1).0);
    }
    // The frame addresses and the pass-one function's index they were given.
    crate::deadcode::remove(&mut g);
    let reserved = abi::handler_frame::RESERVED;
    for (n, v) in g.vars.iter_mut().enumerate() {
        let Storage::Frame { offset } = v.storage else { continue };
        v.storage = if Var(n as u32) == regions.region || Some(Var(n as u32)) == regions.chosen {
            Storage::Local
        } else if offset >= reserved {
            Storage::Frame { offset: offset - reserved }
        } else {
            return false;
        };
    }
    for inst in g.blocks.iter_mut().flat_map(|b| &mut b.insts) {
        if let Inst::FrameAddress { offset, .. } = inst {
            if *offset < reserved {
                return false;
            }
            *offset -= reserved;
        }
    }
    g.zero_ranges = g
        .zero_ranges
        .iter()
        .filter(|(offset, size)| offset + size > reserved)
        .map(|&(offset, size)| (offset.max(reserved) - reserved, size - (reserved.saturating_sub(offset))))
        .collect();
    g.frame_size = g.frame_size.saturating_sub(reserved);
    g.pass_one = None;
    // The first pass no longer sets the chosen clause to -1 for an exception that lands here (one of a kind no
    // clause of the method takes), so the landing pad does, before a catch's dispatch could read an old choice.
    if let (Some(chosen), Terminator::Branch { then: landing, .. }) = (regions.chosen, &g.blocks[0].terminator) {
        let landing = landing.0 as usize;
        let none = g.new_reg(Ty::I32);
        let il = g.blocks[landing].il_offset;
        let block = &mut g.blocks[landing];
        block
            .insts
            .splice(0..0, [Inst::Const { dst: none, value: Const::I32(-1) }, Inst::Set { var: chosen, src: none }]);
        block.il_offsets.splice(0..0, [il, il]);
    }
    *f = g;
    true
}

/// Drops the landing pad once nothing throws into it: block 0 goes straight to the IL's entry. Its blocks that
/// throw on to the caller become unreachable in fact (a dispatch block's way to them is taken only by an
/// exception no clause of the method chose, and every exception dispatched now is one a clause chose), so they
/// end in `unreachable`.
fn drop_landing_pad(f: &mut Function, entry: BlockId) {
    f.caught = None;
    let block0 = &mut f.blocks[0];
    block0.insts.clear();
    block0.il_offsets.clear();
    block0.terminator = Terminator::Goto(entry);
    for block in &mut f.blocks {
        if matches!(block.terminator, Terminator::Unwind(_)) {
            block.terminator = Terminator::Unreachable;
        }
    }
}
