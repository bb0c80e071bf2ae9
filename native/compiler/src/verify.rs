//! The IR verifier: checks the invariants the importer promises and code generation relies on. Tests run it
//! on every function they build; a failure names the block and instruction.

use crate::ir::*;
use std::collections::HashSet;

/// The first broken invariant, described.
pub fn verify(f: &Function) -> Result<(), String> {
    let mut defined = HashSet::new();
    let reg_ty = |r: Reg| f.regs.get(r.0 as usize).copied().ok_or_else(|| format!("{r:?} has no type"));
    let var_ty = |v: Var| f.vars.get(v.0 as usize).map(|v| v.ty).ok_or_else(|| format!("{v:?} does not exist"));
    if f.params.len() > f.vars.len() {
        return Err("fewer variables than parameters".into());
    }
    for (b, block) in f.blocks.iter().enumerate() {
        // Registers never cross blocks: the stack crosses in variables.
        let mut local = HashSet::new();
        let at = |i: usize| format!("block {b} (IL_{:04x}) instruction {i}", block.il_offset);
        let use_reg = |r: Reg, i: usize, want: Option<Ty>, local: &HashSet<Reg>| -> Result<(), String> {
            if !local.contains(&r) {
                return Err(format!("{}: {r:?} used before it is defined in this block", at(i)));
            }
            match want {
                Some(t) if reg_ty(r)? != t => Err(format!("{}: {r:?} is {} where {t} is needed", at(i), reg_ty(r)?)),
                _ => Ok(()),
            }
        };
        for (i, inst) in block.insts.iter().enumerate() {
            let dst = match inst {
                Inst::Const { dst, value } => (reg_ty(*dst)? == value.ty()).then_some(Some(*dst)),
                Inst::Get { dst, var } => (reg_ty(*dst)? == var_ty(*var)?).then_some(Some(*dst)),
                Inst::Set { var, src } => {
                    use_reg(*src, i, Some(var_ty(*var)?), &local)?;
                    Some(None)
                }
                Inst::AddressOf { dst, var } => {
                    let frame = matches!(f.vars.get(var.0 as usize).map(|v| v.storage), Some(Storage::Frame { .. }));
                    (frame && reg_ty(*dst)? == Ty::I32).then_some(Some(*dst))
                }
                Inst::Unary { dst, ty, src, .. } => {
                    use_reg(*src, i, Some(*ty), &local)?;
                    (reg_ty(*dst)? == *ty).then_some(Some(*dst))
                }
                Inst::Binary { dst, op, ty, lhs, rhs } => {
                    use_reg(*lhs, i, Some(*ty), &local)?;
                    let count = matches!(op, BinOp::Shl | BinOp::Shr | BinOp::ShrUn);
                    use_reg(*rhs, i, Some(if count { Ty::I32 } else { *ty }), &local)?;
                    (reg_ty(*dst)? == *ty).then_some(Some(*dst))
                }
                Inst::Compare { dst, ty, lhs, rhs, .. } => {
                    use_reg(*lhs, i, Some(*ty), &local)?;
                    use_reg(*rhs, i, Some(*ty), &local)?;
                    (reg_ty(*dst)? == Ty::I32).then_some(Some(*dst))
                }
                Inst::Convert { dst, from, src, .. } => {
                    use_reg(*src, i, Some(*from), &local)?;
                    Some(Some(*dst))
                }
                Inst::Load { dst, mem, addr } => {
                    use_reg(*addr, i, Some(Ty::I32), &local)?;
                    (reg_ty(*dst)? == mem.ty()).then_some(Some(*dst))
                }
                Inst::Store { mem, addr, value } => {
                    use_reg(*addr, i, Some(Ty::I32), &local)?;
                    use_reg(*value, i, Some(mem.ty()), &local)?;
                    Some(None)
                }
                Inst::StaticAddress { dst, .. } => (reg_ty(*dst)? == Ty::I32).then_some(Some(*dst)),
                Inst::InitClass { .. } => Some(None),
                Inst::Call { dst, args, .. } => {
                    for a in args {
                        use_reg(*a, i, None, &local)?;
                    }
                    Some(*dst)
                }
                Inst::Drop { src } => {
                    use_reg(*src, i, None, &local)?;
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
