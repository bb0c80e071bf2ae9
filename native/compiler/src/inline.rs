//! Inlining small callees into their callers, on the IR, after marking and before code generation.
//!
//! A call costs what V8's calls cost: argument moves, a frame, and (in Liftoff) spilling what is live. CoreCLR's
//! JIT inlines getters, constructors and small helpers; V8 in Node 20 does not inline Wasm calls at all. So the
//! compiler does it for the simplest shape there is: a callee of one block ending in `return`, with no frame
//! slots and no variables beyond its parameters, never writing a parameter — a getter, a constructor storing its
//! arguments, `MethodTable::Kind`, an arithmetic helper. Such a body is straight-line code: it is copied into the
//! caller in place of the call, its parameters replaced by the call's arguments and its registers renumbered.
//! Nothing else changes: checks, class-constructor triggers and calls inside the callee are copied as they are,
//! so behaviour is the callee's exactly (only a future stack trace would see one frame fewer).
//!
//! Candidates are chosen by the driver from the marked methods (never `[MethodImpl(NoInlining)]`); a candidate's
//! own calls to other candidates are inlined first (one level, so that `new Node(l, r)` inlines both the
//! constructor and the `Object::.ctor` it calls). The callee stays compiled: it may be called indirectly.

use crate::ir::*;
use std::collections::{BTreeMap, HashMap};
use wasmr2r_typesystem::MethodId;

/// The size a callee may have to be inlined, in [`cost`] units (about one Wasm instruction each; a property
/// getter costs 1-2, SpectralNorm's `A(i, j)` 13).
pub const SIZE_LIMIT: usize = 20;
/// The limit for `[MethodImpl(AggressiveInlining)]` callees.
pub const AGGRESSIVE_SIZE_LIMIT: usize = 80;
/// The limit for a callee of several blocks (or with locals), whatever its attributes: `string.IsNullOrEmpty`
/// costs 6, `ArgumentNullException.ThrowIfNull` 5. Measured on DictionaryChurn's image (CoreLib's collections):
/// the straight-line limits for these too grew its code by 29%, this one by 5% (588 KB to 620 KB).
pub const BLOCKS_SIZE_LIMIT: usize = 12;
/// What a call inside a callee costs: it repeats its arguments and the call itself at every copy.
const CALL_COST: usize = 4;

/// The size of a body once copied: reading a parameter is free (the argument is used in its place).
fn cost(insts: &[Inst]) -> usize {
    insts
        .iter()
        .map(|i| match i {
            Inst::Get { .. } => 0,
            Inst::Call { .. } | Inst::CallIndirect { .. } => CALL_COST,
            _ => 1,
        })
        .sum()
}

/// The bodies that may be copied into callers, by method.
pub struct Inliner {
    bodies: HashMap<MethodId, Function>,
}

impl Inliner {
    /// `candidates`: each method's IR and its size limit. Candidates are inlined into one another first.
    pub fn new(candidates: BTreeMap<MethodId, (&Function, usize)>) -> Inliner {
        // Small candidates as they would be copied: folded branches leave chains of blocks, and a value-type
        // method's `this` leaves a parameter in the frame; either may keep an otherwise inlinable body out.
        let simplified: HashMap<MethodId, Function> =
            candidates.iter().filter_map(|(m, (f, limit))| Some((*m, simplified(f, *limit)?))).collect();
        let body_of = |m: &MethodId, f: &'_ Function| simplified.get(m).cloned().unwrap_or_else(|| f.clone());
        let first = Inliner {
            bodies: candidates
                .iter()
                .filter(|(m, (f, limit))| is_inlinable(simplified.get(*m).unwrap_or(f), *limit))
                .map(|(m, (f, _))| (*m, body_of(m, f)))
                .collect(),
        };
        // One level of nesting: a candidate's calls to candidates are inlined into it when the result still fits;
        // otherwise it is copied as it was (its calls stay calls).
        let mut bodies = HashMap::new();
        for (m, (f, limit)) in &candidates {
            // An inlined value-type method may leave a parameter's address used only as the parameter itself
            // (`GenericEqualityComparer<int>.GetHashCode`): promoted back to a local, the body may be frameless.
            let nested = first
                .inline_into(simplified.get(m).unwrap_or(f), Some(*m))
                .map(|mut n| {
                    crate::simplify::simplify(&mut n);
                    n
                })
                .filter(|n| is_inlinable(n, *limit));
            if let Some(body) = nested.or_else(|| first.bodies.get(m).cloned()) {
                bodies.insert(*m, body);
            }
        }
        Inliner { bodies }
    }

    /// Whether calls to `callee` are inlined.
    pub fn is_candidate(&self, callee: Symbol) -> bool {
        matches!(callee, Symbol::Method(m) if self.bodies.contains_key(&m))
    }

    /// `f` with its calls to candidates replaced by their bodies; `None` when it has no such call. `itself` is
    /// never inlined into itself. A straight-line body is copied in place; a body of several blocks (or with
    /// locals) splits the caller's block around its blocks (`split_inline`), unless the caller has handlers,
    /// whose landing pad dispatches on its blocks.
    pub fn inline_into(&self, f: &Function, itself: Option<MethodId>) -> Option<Function> {
        let callee_of = |inst: &Inst| match inst {
            Inst::Call { callee: Symbol::Method(m), args, .. } if Some(*m) != itself => {
                self.bodies.get(m).filter(|g| g.params.len() == args.len())
            }
            _ => None,
        };
        if !f.blocks.iter().flat_map(|b| &b.insts).any(|i| callee_of(i).is_some()) {
            return None;
        }
        let may_split = f.caught.is_none() && f.pass_one.is_none() && f.frame_param.is_none();
        let mut out = f.clone();
        // Blocks a split adds are visited in turn: the rest of the split block, not the callee's copy (its calls
        // stay calls, as in a straight-line copy: one level; the driver's second round takes them).
        let mut copied = std::collections::HashSet::new();
        let mut b = 0;
        while b < out.blocks.len() {
            if copied.contains(&b) || !out.blocks[b].insts.iter().any(|i| callee_of(i).is_some()) {
                b += 1;
                continue;
            }
            let insts = std::mem::take(&mut out.blocks[b].insts);
            let offsets = std::mem::take(&mut out.blocks[b].il_offsets);
            // The caller's registers that now stand for another (a call's result is the callee's returned value).
            let mut renamed: HashMap<Reg, Reg> = HashMap::new();
            let mut rest = insts.into_iter().zip(offsets);
            while let Some((mut inst, il)) = rest.next() {
                inst.rename(&renamed);
                match callee_of(&inst) {
                    Some(g) if is_straight(g) => {
                        let Inst::Call { dst, args, .. } = &inst else { unreachable!("callee_of matched a call") };
                        let block = &mut out.blocks[b];
                        let result = splice(g, args, &mut out.regs, &mut block.insts, &mut block.il_offsets, il);
                        if let (Some(dst), Some(value)) = (dst, result) {
                            let (want, have) = (out.regs[dst.0 as usize], out.regs[value.0 as usize]);
                            if want == have {
                                renamed.insert(*dst, value);
                            } else {
                                // Same Wasm type, another IR type (a reference returned as an object pointer...).
                                block.insts.push(Inst::Cast { dst: *dst, src: value });
                                block.il_offsets.push(il);
                            }
                        }
                    }
                    Some(g) if may_split => {
                        let mut after: Vec<(Inst, u32)> = rest.by_ref().collect();
                        for (later, _) in &mut after {
                            later.rename(&renamed);
                        }
                        out.blocks[b].terminator.rename(&renamed);
                        let first_copy = out.blocks.len();
                        match split_inline(&mut out, b, &inst, il, g, after) {
                            Ok(()) => copied.extend(first_copy..out.blocks.len() - 1),
                            Err(after) => {
                                // Kept as a call: the rest of the block stays where it was.
                                let block = &mut out.blocks[b];
                                block.insts.push(inst);
                                block.il_offsets.push(il);
                                for (later, il) in after {
                                    block.insts.push(later);
                                    block.il_offsets.push(il);
                                }
                            }
                        }
                        renamed.clear();
                    }
                    _ => {
                        let block = &mut out.blocks[b];
                        block.insts.push(inst);
                        block.il_offsets.push(il);
                    }
                }
            }
            out.blocks[b].terminator.rename(&renamed);
            b += 1;
        }
        Some(out)
    }
}

/// Whether `g` is copied in place: one block, no locals, no writes to its parameters.
fn is_straight(g: &Function) -> bool {
    g.blocks.len() == 1
        && g.vars.len() == g.params.len()
        && g.blocks[0].insts.iter().all(|i| !matches!(i, Inst::Set { .. }))
}

/// Inlines `g` for `call` (at the end of block `b`'s instructions so far; `after` is what followed it): block `b`
/// stores the arguments into new variables for `g`'s parameters, zeroes new variables for its locals, and goes to
/// a copy of `g`'s blocks, whose returns store the result in a variable and go to a new block holding `after` and
/// `b`'s terminator. Registers never cross blocks, so those of block `b` that `after` reads cross in variables too.
/// Gives `after` back when that cannot be (a struct value would have to cross).
fn split_inline(
    out: &mut Function,
    b: usize,
    call: &Inst,
    il: u32,
    g: &Function,
    after: Vec<(Inst, u32)>,
) -> Result<(), Vec<(Inst, u32)>> {
    let Inst::Call { dst, args, .. } = call else { return Err(after) };
    let moved: Vec<Inst> = after.iter().map(|(i, _)| i.clone()).collect();
    let (before, terminator) = (out.blocks[b].insts.clone(), out.blocks[b].terminator.clone());
    let Some(carried) = out.carry(&before, &moved, &terminator) else { return Err(after) };
    let new_var = |out: &mut Function, ty: Ty, mem: MemType, name: String| {
        out.vars.push(VarInfo { ty, mem, storage: Storage::Local, name });
        Var(out.vars.len() as u32 - 1)
    };
    let callee_vars: Vec<Var> =
        g.vars.iter().map(|v| new_var(out, v.ty, v.mem, format!("inlined_{}", v.name))).collect();
    let result = match (dst, g.result) {
        (Some(_), Some(ty)) => Some(match g.result_mem {
            Some(mem) => new_var(out, ty, mem, "inlined_result".into()),
            None => out.new_local(ty, "inlined_result".into()),
        }),
        _ => None,
    };
    let entry = out.blocks.len() as u32;
    let continuation = BlockId(entry + g.blocks.len() as u32);

    // Block b: carry its live registers, pass the arguments, zero the callee's locals, enter the copy.
    let mut tail: Vec<Inst> = carried.sets;
    for (k, var) in callee_vars.iter().enumerate() {
        let src = match args.get(k) {
            Some(arg) => *arg,
            None => {
                let ty = g.vars[k].ty;
                let zero = out.new_reg(ty);
                let value = match ty.wasm() {
                    Ty::I64 => Const::I64(0),
                    Ty::F32 => Const::F32(0.0),
                    Ty::F64 => Const::F64(0.0),
                    _ => Const::I32(0),
                };
                tail.push(Inst::Const { dst: zero, value });
                zero
            }
        };
        tail.push(Inst::Set { var: *var, src });
    }
    let block = &mut out.blocks[b];
    block.il_offsets.extend(std::iter::repeat_n(il, tail.len()));
    block.insts.extend(tail);
    let terminator = std::mem::replace(&mut block.terminator, Terminator::Goto(BlockId(entry)));
    let terminator_offset = block.terminator_offset;

    // The callee's blocks, renumbered.
    let mut regs: HashMap<Reg, Reg> = HashMap::new();
    for callee_block in &g.blocks {
        let mut insts = Vec::with_capacity(callee_block.insts.len());
        for inst in &callee_block.insts {
            let mut copy = copy_renumbered(inst, &g.regs, &mut regs, &mut out.regs);
            match &mut copy {
                Inst::Get { var, .. } | Inst::Set { var, .. } => *var = callee_vars[var.0 as usize],
                _ => {}
            }
            insts.push(copy);
        }
        let mut term = callee_block.terminator.clone();
        term.rename(&regs);
        let term = match term {
            Terminator::Goto(t) => Terminator::Goto(BlockId(entry + t.0)),
            Terminator::Branch { cond, then, otherwise } => {
                Terminator::Branch { cond, then: BlockId(entry + then.0), otherwise: BlockId(entry + otherwise.0) }
            }
            Terminator::Switch { value, targets, default } => Terminator::Switch {
                value,
                targets: targets.iter().map(|t| BlockId(entry + t.0)).collect(),
                default: BlockId(entry + default.0),
            },
            Terminator::Return(value) => {
                if let (Some(var), Some(value)) = (result, value) {
                    insts.push(Inst::Set { var, src: value });
                }
                Terminator::Goto(continuation)
            }
            other => other,
        };
        let count = insts.len();
        out.blocks.push(Block {
            il_offset: il,
            insts,
            il_offsets: vec![il; count],
            terminator: term,
            terminator_offset: il,
        });
    }

    // The continuation: the carried registers and the result back in registers, then the rest of block b.
    let back = carried.renamed;
    let mut insts = carried.gets;
    if let (Some(dst), Some(var)) = (dst, result) {
        let have = out.vars[var.0 as usize].ty;
        if out.regs[dst.0 as usize] == have {
            insts.push(Inst::Get { dst: *dst, var });
        } else {
            let value = out.new_reg(have);
            insts.push(Inst::Get { dst: value, var });
            insts.push(Inst::Cast { dst: *dst, src: value });
        }
    }
    let mut il_offsets = vec![il; insts.len()];
    for (mut inst, offset) in after {
        inst.rename(&back);
        insts.push(inst);
        il_offsets.push(offset);
    }
    let mut terminator = terminator;
    terminator.rename(&back);
    out.blocks.push(Block { il_offset: il, insts, il_offsets, terminator, terminator_offset });
    Ok(())
}

/// `f` with its blocks merged and its frame variables promoted (`promote`), when that changes it and `f` is small
/// enough to become inlinable; `None` otherwise (most methods: they are not copied).
fn simplified(f: &Function, limit: usize) -> Option<Function> {
    let size: usize = f.blocks.iter().map(|b| cost(&b.insts)).sum();
    if size > 2 * limit + CALL_COST || f.blocks.len() > 8 {
        return None;
    }
    let mut g = f.clone();
    crate::simplify::simplify(&mut g).then_some(g)
}

/// Whether `g` is a body this pass inlines (module docs), within `limit` instructions: straight-line code, or
/// blocks without handlers, frame or locals in memory, ending in returns or throws. It must verify: the copy
/// trusts its registers and variables.
fn is_inlinable(g: &Function, limit: usize) -> bool {
    // Every block after the first costs a branch.
    let size = g.blocks.iter().map(|b| cost(&b.insts)).sum::<usize>() + g.blocks.len() - 1;
    let returns = g.blocks.iter().any(|b| matches!(b.terminator, Terminator::Return(_)));
    let ends_well = g.blocks.iter().all(|b| match b.terminator {
        Terminator::Return(value) => value.is_some() == g.result.is_some(),
        Terminator::Unwind(_) => false,
        _ => true,
    });
    !g.blocks.is_empty()
        && returns
        && ends_well
        // A body of several blocks is copied with its branches and the variables that carry values across them
        // at every call site: it has a limit of its own (`BLOCKS_SIZE_LIMIT`).
        && size <= if is_straight(g) { limit } else { limit.min(BLOCKS_SIZE_LIMIT) }
        && g.caught.is_none()
        && g.pass_one.is_none()
        && g.frame_param.is_none()
        && g.frame_size == 0
        && g.zero_ranges.is_empty()
        && g.vars.iter().all(|v| v.storage == Storage::Local)
        // A `localloc` block lives until its method returns: in a caller it would live (and pile up) longer.
        && g.blocks.iter().flat_map(|b| &b.insts).all(|i| !matches!(i, Inst::AddressOf { .. } | Inst::LocalAlloc { .. }))
        // A result whose IR type differs from its Wasm type in a way `Cast` cannot bridge is left alone.
        && g.result.is_none_or(|t| !matches!(t, Ty::Struct(_)))
        // Last, being the costliest.
        && crate::verify::verify(g).is_ok()
}

/// Copies `g`'s body into `insts` with `args` for its parameters; the register holding its result.
fn splice(
    g: &Function,
    args: &[Reg],
    regs: &mut Vec<Ty>,
    insts: &mut Vec<Inst>,
    offsets: &mut Vec<u32>,
    il: u32,
) -> Option<Reg> {
    let block = &g.blocks[0];
    let mut map: HashMap<Reg, Reg> = HashMap::new();
    let fresh = |regs: &mut Vec<Ty>, ty: Ty| {
        regs.push(ty);
        Reg(regs.len() as u32 - 1)
    };
    let mut push = |inst: Inst, insts: &mut Vec<Inst>| {
        insts.push(inst);
        offsets.push(il);
    };
    for inst in &block.insts {
        if let Inst::Get { dst, var } = inst {
            let arg = args[var.0 as usize];
            // A small integer parameter reads as its declared width, as a store into it would leave it.
            match narrow(g.vars[var.0 as usize].mem) {
                Some(to) => {
                    let d = fresh(regs, g.regs[dst.0 as usize]);
                    push(
                        Inst::Convert { dst: d, to, from: Ty::I32, src: arg, checked: false, unsigned_source: false },
                        insts,
                    );
                    map.insert(*dst, d);
                }
                None if regs[arg.0 as usize] == g.regs[dst.0 as usize] => {
                    map.insert(*dst, arg);
                }
                None => {
                    let d = fresh(regs, g.regs[dst.0 as usize]);
                    push(Inst::Cast { dst: d, src: arg }, insts);
                    map.insert(*dst, d);
                }
            }
            continue;
        }
        let copy = copy_renumbered(inst, &g.regs, &mut map, regs);
        push(copy, insts);
    }
    let Terminator::Return(Some(value)) = block.terminator else { return None };
    let value = map.get(&value).copied().unwrap_or(value);
    // A small integer result is truncated and re-extended, as the callee's `return` does.
    Some(match g.result_mem.and_then(narrow) {
        Some(to) => {
            let d = fresh(regs, Ty::I32);
            push(
                Inst::Convert { dst: d, to, from: Ty::I32, src: value, checked: false, unsigned_source: false },
                insts,
            );
            d
        }
        None => value,
    })
}

/// The conversion that normalizes a value of a small integer type, if `mem` is one.
fn narrow(mem: MemType) -> Option<ConvTarget> {
    match mem {
        MemType::I8 => Some(ConvTarget::I1),
        MemType::U8 => Some(ConvTarget::U1),
        MemType::I16 => Some(ConvTarget::I2),
        MemType::U16 => Some(ConvTarget::U2),
        MemType::I32 | MemType::I64 | MemType::F32 | MemType::F64 => None,
    }
}

/// A copy of the callee's `inst` for the caller: its operands renamed through `map`, its result a new register
/// of the caller's (`regs`), recorded in `map`. `callee_regs` are the callee's register types.
fn copy_renumbered(inst: &Inst, callee_regs: &[Ty], map: &mut HashMap<Reg, Reg>, regs: &mut Vec<Ty>) -> Inst {
    let mut copy = inst.clone();
    copy.rename(map);
    if let Some(d) = inst.dst() {
        regs.push(callee_regs[d.0 as usize]);
        let new = Reg(regs.len() as u32 - 1);
        if let Some(dst) = copy.dst_mut() {
            *dst = new;
        }
        map.insert(d, new);
    }
    copy
}

/// Renames every register `inst` reads (never the one it defines).
#[cfg(test)]
mod tests {
    use super::*;

    /// `static int Positive(int x) => x > 0 ? x : 0` as three blocks: the shape a split copies.
    fn positive() -> Function {
        let mut g = Function::one_block(
            vec![Ty::I32, Ty::I32, Ty::I32, Ty::I32, Ty::I32],
            vec![
                Inst::Get { dst: Reg(0), var: Var(0) },
                Inst::Const { dst: Reg(1), value: Const::I32(0) },
                Inst::Compare { dst: Reg(2), op: CmpOp::Gt, ty: Ty::I32, lhs: Reg(0), rhs: Reg(1) },
            ],
            Terminator::Branch { cond: Reg(2), then: BlockId(1), otherwise: BlockId(2) },
        );
        g.params = vec![Ty::I32];
        g.result = Some(Ty::I32);
        g.vars = vec![VarInfo { ty: Ty::I32, mem: MemType::I32, storage: Storage::Local, name: "arg0".into() }];
        g.blocks.push(Block::at_offset_zero(
            vec![Inst::Get { dst: Reg(3), var: Var(0) }],
            Terminator::Return(Some(Reg(3))),
        ));
        g.blocks.push(Block::at_offset_zero(
            vec![Inst::Const { dst: Reg(4), value: Const::I32(0) }],
            Terminator::Return(Some(Reg(4))),
        ));
        crate::verify::verify(&g).expect("valid callee");
        g
    }

    #[test]
    fn a_callee_of_several_blocks_splits_its_call_site_and_values_cross_in_variables() {
        // r0 = 5; r1 = Positive(r0); r2 = r1 + r0; return r2: r0 is read after the call, so it crosses too.
        let callee = positive();
        let caller = Function::one_block(
            vec![Ty::I32, Ty::I32, Ty::I32],
            vec![
                Inst::Const { dst: Reg(0), value: Const::I32(5) },
                Inst::Call { dst: Some(Reg(1)), callee: Symbol::Method(MethodId(1)), args: vec![Reg(0)] },
                Inst::Binary { dst: Reg(2), op: BinOp::Add, ty: Ty::I32, lhs: Reg(1), rhs: Reg(0) },
            ],
            Terminator::Return(Some(Reg(2))),
        );
        let inliner = Inliner::new(BTreeMap::from([(MethodId(1), (&callee, SIZE_LIMIT))]));
        let inlined = inliner.inline_into(&caller, None).expect("the call is inlined");
        crate::verify::verify(&inlined).expect("valid IR after the split");
        assert_eq!(inlined.blocks.len(), 1 + 3 + 1, "the caller's block, the callee's three, the continuation");
        assert!(!inlined.blocks.iter().flat_map(|b| &b.insts).any(|i| matches!(i, Inst::Call { .. })));
        // The callee's parameter, the carried r0 and the result are variables now.
        assert_eq!(inlined.vars.len(), 3);
        assert_eq!(inlined.blocks[4].terminator, Terminator::Return(Some(Reg(2))));
    }

    #[test]
    fn a_caller_with_handlers_keeps_its_call_to_a_callee_of_several_blocks() {
        let callee = positive();
        let mut caller = Function::one_block(
            vec![Ty::I32, Ty::I32],
            vec![
                Inst::Const { dst: Reg(0), value: Const::I32(5) },
                Inst::Call { dst: Some(Reg(1)), callee: Symbol::Method(MethodId(1)), args: vec![Reg(0)] },
            ],
            Terminator::Return(Some(Reg(1))),
        );
        caller.vars = vec![VarInfo { ty: Ty::Ref, mem: MemType::I32, storage: Storage::Local, name: "caught".into() }];
        caller.caught = Some(Var(0));
        let inliner = Inliner::new(BTreeMap::from([(MethodId(1), (&callee, SIZE_LIMIT))]));
        let kept = inliner.inline_into(&caller, None).expect("a candidate is called");
        assert_eq!(kept.blocks.len(), 1);
        assert!(kept.blocks[0].insts.iter().any(|i| matches!(i, Inst::Call { .. })));
    }
}
