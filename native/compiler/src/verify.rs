//! The IR verifier: checks the invariants the importer promises and code generation relies on — registers
//! defined once and used only in their block after their definition, operand types that Wasm accepts, variables
//! and blocks that exist, one IL offset per instruction. Tests run it on every function they build; code
//! generation runs it first, so a broken invariant becomes a located diagnostic, not a bad module.

use crate::ir::*;
use std::collections::HashSet;

/// The first broken invariant, described.
pub fn verify(f: &Function) -> Result<(), String> {
    let mut defined = HashSet::new();
    let reg_ty = |r: Reg| f.regs.get(r.0 as usize).copied().ok_or_else(|| format!("{r:?} has no type"));
    let var = |v: Var| f.vars.get(v.0 as usize).ok_or_else(|| format!("{v:?} does not exist"));
    if f.params.len() > f.vars.len() {
        return Err("fewer variables than parameters".into());
    }
    if let Some(v) = f.caught
        && !matches!(var(v)?, VarInfo { ty: Ty::Ref, storage: Storage::Local, .. })
    {
        return Err(format!("the landing pad's variable {v:?} is not a local reference"));
    }
    // A pass-one function's frame variables and temporaries are in its method's frame; a frame of its own holds
    // only spill slots.
    if let Some(v) = f.frame_param
        && (v.0 as usize >= f.params.len() || f.vars[v.0 as usize].ty != Ty::I32)
    {
        return Err(format!("the frame parameter {v:?} is not an i32 parameter"));
    }
    for (b, block) in f.blocks.iter().enumerate() {
        if block.il_offsets.len() != block.insts.len() {
            return Err(format!(
                "block {b}: {} instructions but {} IL offsets",
                block.insts.len(),
                block.il_offsets.len()
            ));
        }
        // Registers never cross blocks: the stack crosses in variables.
        let mut local = HashSet::new();
        let at = |i: usize| {
            let il = block.il_offsets.get(i).copied().unwrap_or(block.terminator_offset);
            format!("block {b} instruction {i} (IL_{il:04x})")
        };
        // `want`: the Wasm type the operand must have.
        let use_reg = |r: Reg, i: usize, want: Option<Ty>, local: &HashSet<Reg>| -> Result<(), String> {
            if !local.contains(&r) {
                return Err(format!("{}: {r:?} used before it is defined in this block", at(i)));
            }
            match want {
                Some(t) if reg_ty(r)?.wasm() != t.wasm() => {
                    Err(format!("{}: {r:?} is {} where {t} is needed", at(i), reg_ty(r)?))
                }
                _ => Ok(()),
            }
        };
        for (i, inst) in block.insts.iter().enumerate() {
            let ok = |cond: bool, d: Reg| cond.then_some(Some(d));
            let dst: Option<Option<Reg>> = match inst {
                Inst::Const { dst, value } => ok(reg_ty(*dst)?.wasm() == value.ty(), *dst),
                Inst::Get { dst, var: v } => ok(reg_ty(*dst)? == var(*v)?.ty, *dst),
                Inst::Set { var: v, src } => {
                    use_reg(*src, i, Some(var(*v)?.ty), &local)?;
                    Some(None)
                }
                Inst::AddressOf { dst, var: v } => {
                    let in_memory = matches!(var(*v)?.storage, Storage::Frame { .. } | Storage::Indirect);
                    ok(in_memory && reg_ty(*dst)?.is_i32(), *dst)
                }
                Inst::Cast { dst, src } => {
                    use_reg(*src, i, Some(Ty::I32), &local)?;
                    ok(reg_ty(*dst)?.is_i32(), *dst)
                }
                Inst::Unary { dst, op, ty, src } => {
                    use_reg(*src, i, Some(*ty), &local)?;
                    let float_only = matches!(op, UnOp::CkFinite | UnOp::Sqrt | UnOp::Floor | UnOp::Ceil);
                    ok(reg_ty(*dst)?.wasm() == ty.wasm() && (ty.is_float() || !float_only), *dst)
                }
                Inst::Binary { dst, op, ty, lhs, rhs } => {
                    use_reg(*lhs, i, Some(*ty), &local)?;
                    let count = matches!(op, BinOp::Shl | BinOp::Shr | BinOp::ShrUn);
                    use_reg(*rhs, i, Some(if count { Ty::I32 } else { *ty }), &local)?;
                    ok(reg_ty(*dst)?.wasm() == ty.wasm(), *dst)
                }
                Inst::Compare { dst, ty, lhs, rhs, .. } => {
                    use_reg(*lhs, i, Some(*ty), &local)?;
                    use_reg(*rhs, i, Some(*ty), &local)?;
                    ok(reg_ty(*dst)? == Ty::I32, *dst)
                }
                Inst::Convert { dst, from, src, .. } => {
                    use_reg(*src, i, Some(*from), &local)?;
                    Some(Some(*dst))
                }
                Inst::Load { dst, mem, addr, .. } => {
                    use_reg(*addr, i, Some(Ty::I32), &local)?;
                    ok(reg_ty(*dst)?.wasm() == mem.ty(), *dst)
                }
                Inst::Store { mem, addr, value, .. } => {
                    use_reg(*addr, i, Some(Ty::I32), &local)?;
                    use_reg(*value, i, Some(mem.ty()), &local)?;
                    Some(None)
                }
                Inst::Copy { dst, src, .. } => {
                    use_reg(*dst, i, Some(Ty::I32), &local)?;
                    use_reg(*src, i, Some(Ty::I32), &local)?;
                    Some(None)
                }
                Inst::Zero { addr, .. } | Inst::WriteBarrier { addr, .. } => {
                    use_reg(*addr, i, Some(Ty::I32), &local)?;
                    Some(None)
                }
                Inst::Spill { value, offset } => {
                    if !matches!(reg_ty(*value)?, Ty::Ref | Ty::ByRef) {
                        return Err(format!("{}: a spill of r{}, which is not a reference", at(i), value.0));
                    }
                    if *offset + 4 > f.frame_size {
                        return Err(format!("{}: spill slot {offset} outside a frame of {}", at(i), f.frame_size));
                    }
                    use_reg(*value, i, None, &local)?;
                    Some(None)
                }
                Inst::CopyBlock { dst, src, len } => {
                    for r in [dst, src, len] {
                        use_reg(*r, i, Some(Ty::I32), &local)?;
                    }
                    Some(None)
                }
                Inst::FillBlock { dst, value, len } => {
                    for r in [dst, value, len] {
                        use_reg(*r, i, Some(Ty::I32), &local)?;
                    }
                    Some(None)
                }
                Inst::LocalAlloc { dst, size, .. } => {
                    use_reg(*size, i, Some(Ty::I32), &local)?;
                    ok(reg_ty(*dst)? == Ty::I32, *dst)
                }
                Inst::Wasm { dst, args, .. } => {
                    for a in args {
                        use_reg(*a, i, Some(Ty::I32), &local)?;
                    }
                    Some(*dst)
                }
                Inst::FrameAddress { dst, offset } => {
                    if *offset >= f.frame_size.max(1) && f.frame_size != 0 && f.frame_param.is_none() {
                        return Err(format!("{}: frame offset {offset} outside a frame of {}", at(i), f.frame_size));
                    }
                    ok(reg_ty(*dst)?.is_i32(), *dst)
                }
                Inst::SymbolAddress { dst, .. } | Inst::FunctionIndex { dst, .. } => ok(reg_ty(*dst)?.is_i32(), *dst),
                Inst::InitClass { .. } => Some(None),
                Inst::Call { dst, args, .. } | Inst::CallIndirect { dst, args, .. } => {
                    for a in args {
                        use_reg(*a, i, None, &local)?;
                    }
                    if let Inst::CallIndirect { callee, .. } = inst {
                        use_reg(*callee, i, Some(Ty::I32), &local)?;
                    }
                    Some(*dst)
                }
                Inst::InterfaceQuery { dst, query, args, .. } => {
                    let want = match query {
                        InterfaceQuery::Target { .. } => 3,
                        InterfaceQuery::IsInstance { .. } | InterfaceQuery::Cast => 2,
                    };
                    if args.len() != want {
                        return Err(format!("{}: an interface query needs {want} arguments", at(i)));
                    }
                    for a in args {
                        use_reg(*a, i, Some(Ty::I32), &local)?;
                    }
                    ok(reg_ty(*dst)?.is_i32(), *dst)
                }
                Inst::NullCheck { value } => {
                    use_reg(*value, i, Some(Ty::I32), &local)?;
                    Some(None)
                }
                Inst::BoundsCheck { index, length } => {
                    use_reg(*index, i, Some(Ty::I32), &local)?;
                    use_reg(*length, i, Some(Ty::I32), &local)?;
                    Some(None)
                }
                Inst::ThrowIf { cond, .. } => {
                    use_reg(*cond, i, Some(Ty::I32), &local)?;
                    Some(None)
                }
            };
            match dst {
                None => return Err(format!("{}: result type does not match the operation ({inst:?})", at(i))),
                Some(Some(d)) => {
                    if !defined.insert(d) {
                        return Err(format!("{}: {d:?} is defined twice", at(i)));
                    }
                    local.insert(d);
                }
                Some(None) => {}
            }
        }
        let end = block.insts.len();
        match &block.terminator {
            Terminator::Branch { cond, .. } => use_reg(*cond, end, Some(Ty::I32), &local)?,
            Terminator::Switch { value, .. } => use_reg(*value, end, Some(Ty::I32), &local)?,
            Terminator::Return(value) => match (value, f.result) {
                (Some(v), Some(t)) => use_reg(*v, end, Some(t), &local)?,
                (None, None) => {}
                _ => return Err(format!("{}: return does not match the method's result", at(end))),
            },
            Terminator::Unwind(exception) => {
                if f.caught.is_none() {
                    return Err(format!("{}: unwind in a function without a landing pad", at(end)));
                }
                use_reg(*exception, end, Some(Ty::Ref), &local)?
            }
            _ => {}
        }
        for successor in block.terminator.successors() {
            if successor.0 as usize >= f.blocks.len() {
                return Err(format!("{}: branch to missing {successor:?}", at(end)));
            }
        }
    }
    Ok(())
}
