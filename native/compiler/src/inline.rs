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

    /// `f` with its calls to candidates replaced by their bodies; `None` when it has no such call. `itself` is
    /// never inlined into itself.
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
        let mut out = f.clone();
        for block in &mut out.blocks {
            if !block.insts.iter().any(|i| callee_of(i).is_some()) {
                continue;
            }
            let insts = std::mem::take(&mut block.insts);
            let offsets = std::mem::take(&mut block.il_offsets);
            // The caller's registers that now stand for another (a call's result is the callee's returned value).
            let mut renamed: HashMap<Reg, Reg> = HashMap::new();
            for (inst, il) in insts.into_iter().zip(offsets) {
                let mut inst = inst;
                rename_operands(&mut inst, &renamed);
                match callee_of(&inst) {
                    Some(g) => {
                        let Inst::Call { dst, args, .. } = &inst else { unreachable!("callee_of matched a call") };
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
                    None => {
                        block.insts.push(inst);
                        block.il_offsets.push(il);
                    }
                }
            }
            rename_terminator(&mut block.terminator, &renamed);
        }
        Some(out)
    }
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

/// Whether `g` has the one shape this pass inlines (module docs), within `limit` instructions. It must verify:
/// the copy trusts its registers and variables.
fn is_inlinable(g: &Function, limit: usize) -> bool {
    let [block] = g.blocks.as_slice() else { return false };
    let returns_value = match block.terminator {
        Terminator::Return(value) => value.is_some(),
        _ => return false,
    };
    returns_value == g.result.is_some()
        && cost(&block.insts) <= limit
        && g.frame_size == 0
        && g.zero_ranges.is_empty()
        && g.vars.len() == g.params.len()
        && g.vars.iter().all(|v| v.storage == Storage::Local)
        // A `localloc` block lives until its method returns: in a caller it would live (and pile up) longer.
        && block.insts.iter().all(|i| !matches!(i, Inst::Set { .. } | Inst::AddressOf { .. } | Inst::LocalAlloc { .. }))
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
        let mut copy = inst.clone();
        rename_operands(&mut copy, &map);
        if let Some(d) = inst.dst() {
            let new = fresh(regs, g.regs[d.0 as usize]);
            if let Some(dst) = copy.dst_mut() {
                *dst = new;
            }
            map.insert(d, new);
        }
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

/// Renames every register `inst` reads (never the one it defines).
fn rename_operands(inst: &mut Inst, map: &HashMap<Reg, Reg>) {
    for r in inst.operands_mut() {
        if let Some(n) = map.get(r) {
            *r = *n;
        }
    }
}

fn rename_terminator(t: &mut Terminator, map: &HashMap<Reg, Reg>) {
    if let Some(r) = t.operand_mut()
        && let Some(n) = map.get(r)
    {
        *r = *n;
    }
}
