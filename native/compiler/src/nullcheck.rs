//! Removing null checks of values already known not to be null.
//!
//! Wasm memory has no guard page at address 0, so every null check is explicit code (`abi.md`, "Checks"). The
//! importer already skips them within a block for values it knows (`this`, new objects, addresses); this pass
//! works across blocks and after inlining, where a callee's check of its parameter meets the caller's knowledge of
//! the argument (a MethodTable's address passed to the allocator, an object checked by the caller).
//!
//! A forward "must" analysis over the blocks: a variable in a Wasm local is known non-null at a block's start when
//! it is known at the end of every predecessor. In a block, a register is known when it is an address (of a
//! symbol, a frame slot, a variable), an allocator's result, a read of a known variable, a reinterpretation of a known register, or was
//! checked already; a variable becomes known when a known register is stored in it, or when a read of it that is
//! still current gets checked. A branch on a reference read from a variable (`brtrue x`) makes the variable known
//! on its `then` edge. Calls cannot change a variable held in a Wasm local, so they keep every fact.

use crate::ir::*;

/// Removes the null checks `f` proves redundant; returns how many. `never_null` are the callees whose result is
/// never null (the allocator's).
pub fn remove_redundant(f: &mut Function, never_null: &[Symbol]) -> usize {
    let n = f.blocks.len();
    if n == 0 || !f.blocks.iter().flat_map(|b| &b.insts).any(|i| matches!(i, Inst::NullCheck { .. })) {
        return 0;
    }
    let tracked: Vec<bool> = f.vars.iter().map(|v| v.storage == Storage::Local).collect();
    let var_types: Vec<Ty> = f.vars.iter().map(|v| v.ty).collect();
    let mut preds = vec![Vec::new(); n];
    for (b, block) in f.blocks.iter().enumerate() {
        for s in block.terminator.successors() {
            if let Some(p) = preds.get_mut(s.0 as usize) {
                p.push(b);
            }
        }
    }
    // Facts at each block's end; `None` until the block is first visited (the analysis' "everything").
    let mut out: Vec<Option<End>> = vec![None; n];
    let mut changed = true;
    while changed {
        changed = false;
        for b in 0..n {
            let known = entry_facts(b, &preds, &out, f);
            let (end, _) = walk(&f.blocks[b], known, &tracked, &var_types, f.regs.len(), never_null);
            if out[b].as_ref() != Some(&end) {
                out[b] = Some(end);
                changed = true;
            }
        }
    }
    let mut removed = 0;
    for b in 0..n {
        let known = entry_facts(b, &preds, &out, f);
        let (_, redundant) = walk(&f.blocks[b], known, &tracked, &var_types, f.regs.len(), never_null);
        if redundant.iter().any(|r| *r) {
            let block = &mut f.blocks[b];
            let mut keep = redundant.iter().map(|r| !r);
            let mut offsets = std::mem::take(&mut block.il_offsets).into_iter();
            let insts = std::mem::take(&mut block.insts);
            for inst in insts {
                let il = offsets.next().unwrap_or(block.terminator_offset);
                if keep.next().unwrap_or(true) {
                    block.insts.push(inst);
                    block.il_offsets.push(il);
                } else {
                    removed += 1;
                }
            }
        }
    }
    removed
}

/// What is known at block `b`'s start: nothing at the entry, else what every visited predecessor knows on its
/// edge to `b`.
fn entry_facts(b: usize, preds: &[Vec<usize>], out: &[Option<End>], f: &Function) -> Vec<bool> {
    if b == 0 {
        return vec![false; f.vars.len()];
    }
    let mut known: Option<Vec<bool>> = None;
    for p in &preds[b] {
        if let Some(end) = &out[*p] {
            let mut facts = end.known.clone();
            if let (Some(var), Terminator::Branch { then, .. }) = (end.on_then, &f.blocks[*p].terminator)
                && then.0 as usize == b
            {
                facts[var.0 as usize] = true;
            }
            match &mut known {
                None => known = Some(facts),
                Some(k) => k.iter_mut().zip(&facts).for_each(|(k, f)| *k &= *f),
            }
        }
    }
    known.unwrap_or_else(|| vec![false; f.vars.len()])
}

/// What a block's end tells its successors: the facts, and a variable known non-null on the `then` edge of its
/// branch only (`if (x != null)`, `brtrue` on a reference read from `x`).
#[derive(Clone, PartialEq)]
struct End {
    known: Vec<bool>,
    on_then: Option<Var>,
}

/// Runs the block over `known` (variables); the facts at its end, and which instructions are redundant checks.
fn walk(
    block: &Block,
    mut known: Vec<bool>,
    tracked: &[bool],
    var_types: &[Ty],
    regs: usize,
    never_null: &[Symbol],
) -> (End, Vec<bool>) {
    let mut reg_known = vec![false; regs];
    // The variable a register was read from, and that variable's write count at the read.
    let mut origin: Vec<Option<(Var, u32)>> = vec![None; regs];
    let mut writes = vec![0u32; known.len()];
    let mut redundant = vec![false; block.insts.len()];
    let is_known = |r: &Reg, reg_known: &[bool]| reg_known.get(r.0 as usize).copied().unwrap_or(false);
    for (i, inst) in block.insts.iter().enumerate() {
        match inst {
            Inst::Get { dst, var } => {
                let v = var.0 as usize;
                if tracked.get(v).copied().unwrap_or(false) {
                    reg_known[dst.0 as usize] = known[v];
                    origin[dst.0 as usize] = Some((*var, writes[v]));
                }
            }
            Inst::Set { var, src } => {
                let v = var.0 as usize;
                if tracked.get(v).copied().unwrap_or(false) {
                    known[v] = is_known(src, &reg_known);
                    writes[v] += 1;
                }
            }
            Inst::Cast { dst, src } => {
                reg_known[dst.0 as usize] = is_known(src, &reg_known);
                origin[dst.0 as usize] = origin[src.0 as usize];
            }
            Inst::SymbolAddress { dst, .. } | Inst::FrameAddress { dst, .. } | Inst::AddressOf { dst, .. } => {
                reg_known[dst.0 as usize] = true;
            }
            Inst::Call { dst: Some(dst), callee, .. } if never_null.contains(callee) => {
                reg_known[dst.0 as usize] = true;
            }
            Inst::NullCheck { value } => {
                if is_known(value, &reg_known) {
                    redundant[i] = true;
                } else {
                    reg_known[value.0 as usize] = true;
                    if let Some((var, at)) = origin[value.0 as usize]
                        && writes[var.0 as usize] == at
                    {
                        known[var.0 as usize] = true;
                    }
                }
            }
            _ => {}
        }
    }
    let on_then = match block.terminator {
        // The condition may be the reference reinterpreted as an integer (`brtrue` after `isinst`).
        Terminator::Branch { cond, then, otherwise } if then != otherwise => origin[cond.0 as usize]
            .filter(|(var, at)| writes[var.0 as usize] == *at && var_types[var.0 as usize] == Ty::Ref)
            .map(|(var, _)| var),
        _ => None,
    };
    (End { known, on_then }, redundant)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn var(name: &str) -> VarInfo {
        VarInfo { ty: Ty::Ref, mem: MemType::I32, storage: Storage::Local, name: name.into() }
    }

    fn block(insts: Vec<Inst>, terminator: Terminator) -> Block {
        Block { il_offset: 0, il_offsets: vec![0; insts.len()], insts, terminator, terminator_offset: 0 }
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
                block(
                    vec![Inst::Get { dst: r(0), var: v }, Inst::NullCheck { value: r(0) }],
                    Terminator::Goto(BlockId(1)),
                ),
                block(
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
    fn a_branch_on_a_reference_knows_it_on_its_then_edge_only() {
        let (r, v) = (Reg, Var(0));
        let check = |dst: u32| vec![Inst::Get { dst: r(dst), var: v }, Inst::NullCheck { value: r(dst) }];
        let mut f = function();
        f.blocks = vec![
            block(
                vec![Inst::Get { dst: r(0), var: v }],
                Terminator::Branch { cond: r(0), then: BlockId(1), otherwise: BlockId(2) },
            ),
            block(check(1), Terminator::Return(None)),
            block(check(2), Terminator::Return(None)),
        ];
        assert_eq!(remove_redundant(&mut f, &[]), 1);
        assert_eq!(f.blocks[1].insts.len(), 1, "the then block's check goes");
        assert_eq!(f.blocks[2].insts.len(), 2, "the otherwise block's stays");
    }

    #[test]
    fn a_loop_that_stores_an_unknown_value_keeps_its_check() {
        let mut f = function();
        // Remove block 1's last two checks: at its end arg0 holds an unchecked value, so its first check stays.
        f.blocks[1].insts.truncate(5);
        f.blocks[1].il_offsets.truncate(5);
        assert_eq!(remove_redundant(&mut f, &[]), 0);
    }
}
