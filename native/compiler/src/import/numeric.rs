//! Arithmetic, comparisons, conversions and indirect loads and stores of scalars.

use super::{Importer, Stack};
use crate::abi;
use crate::env::{Unsupported, codes};
use crate::ir::*;
use wasmr2r_metadata::il::{Instruction, OpCode};

impl Importer<'_, '_, '_> {
    /// Imports a numeric instruction; `false` when `inst` is not one.
    pub(super) fn numeric(&mut self, inst: Instruction, stack: &mut Stack) -> Result<bool, Unsupported> {
        use OpCode::*;
        match inst.opcode {
            Add => self.binary(BinOp::Add, stack)?,
            Sub => self.binary(BinOp::Sub, stack)?,
            Mul => self.binary(BinOp::Mul, stack)?,
            Div => self.binary(BinOp::Div, stack)?,
            Div_Un => self.binary(BinOp::DivUn, stack)?,
            Rem => self.binary(BinOp::Rem, stack)?,
            Rem_Un => self.binary(BinOp::RemUn, stack)?,
            And => self.binary(BinOp::And, stack)?,
            Or => self.binary(BinOp::Or, stack)?,
            Xor => self.binary(BinOp::Xor, stack)?,
            Shl => self.binary(BinOp::Shl, stack)?,
            Shr => self.binary(BinOp::Shr, stack)?,
            Shr_Un => self.binary(BinOp::ShrUn, stack)?,
            Add_Ovf => self.binary(BinOp::AddOvf, stack)?,
            Add_Ovf_Un => self.binary(BinOp::AddOvfUn, stack)?,
            Sub_Ovf => self.binary(BinOp::SubOvf, stack)?,
            Sub_Ovf_Un => self.binary(BinOp::SubOvfUn, stack)?,
            Mul_Ovf => self.binary(BinOp::MulOvf, stack)?,
            Mul_Ovf_Un => self.binary(BinOp::MulOvfUn, stack)?,
            Neg | Not | Ckfinite => {
                let src = self.pop(stack)?;
                let src = self.as_number(src);
                let ty = self.ty_of(src);
                let op = match inst.opcode {
                    Neg => UnOp::Neg,
                    Not => UnOp::Not,
                    _ => UnOp::CkFinite,
                };
                if (op == UnOp::Not && ty.is_float()) || (op == UnOp::CkFinite && !ty.is_float()) {
                    return Err(Unsupported::new(codes::INVALID_IL, format!("{op:?} on {ty}")));
                }
                let dst = self.reg(ty);
                self.emit(Inst::Unary { dst, op, ty, src });
                stack.push(dst);
            }
            Ceq | Cgt | Cgt_Un | Clt | Clt_Un => {
                let op = match inst.opcode {
                    Ceq => CmpOp::Eq,
                    Cgt => CmpOp::Gt,
                    Cgt_Un => CmpOp::GtUn,
                    Clt => CmpOp::Lt,
                    _ => CmpOp::LtUn,
                };
                let dst = self.compare(op, stack)?;
                stack.push(dst);
            }
            Conv_I1 => self.convert(ConvTarget::I1, false, false, stack)?,
            Conv_U1 => self.convert(ConvTarget::U1, false, false, stack)?,
            Conv_I2 => self.convert(ConvTarget::I2, false, false, stack)?,
            Conv_U2 => self.convert(ConvTarget::U2, false, false, stack)?,
            Conv_I4 | Conv_I => self.convert(ConvTarget::I4, false, false, stack)?,
            Conv_U4 | Conv_U => self.convert(ConvTarget::U4, false, false, stack)?,
            Conv_I8 => self.convert(ConvTarget::I8, false, false, stack)?,
            Conv_U8 => self.convert(ConvTarget::U8, false, false, stack)?,
            Conv_R4 => self.convert_r4(stack)?,
            Conv_R8 => self.convert(ConvTarget::R8, false, false, stack)?,
            Conv_R_Un => self.convert(ConvTarget::RUn, false, true, stack)?,
            Conv_Ovf_I1 => self.convert(ConvTarget::I1, true, false, stack)?,
            Conv_Ovf_U1 => self.convert(ConvTarget::U1, true, false, stack)?,
            Conv_Ovf_I2 => self.convert(ConvTarget::I2, true, false, stack)?,
            Conv_Ovf_U2 => self.convert(ConvTarget::U2, true, false, stack)?,
            Conv_Ovf_I4 | Conv_Ovf_I => self.convert(ConvTarget::I4, true, false, stack)?,
            Conv_Ovf_U4 | Conv_Ovf_U => self.convert(ConvTarget::U4, true, false, stack)?,
            Conv_Ovf_I8 => self.convert(ConvTarget::I8, true, false, stack)?,
            Conv_Ovf_U8 => self.convert(ConvTarget::U8, true, false, stack)?,
            Conv_Ovf_I1_Un => self.convert(ConvTarget::I1, true, true, stack)?,
            Conv_Ovf_U1_Un => self.convert(ConvTarget::U1, true, true, stack)?,
            Conv_Ovf_I2_Un => self.convert(ConvTarget::I2, true, true, stack)?,
            Conv_Ovf_U2_Un => self.convert(ConvTarget::U2, true, true, stack)?,
            Conv_Ovf_I4_Un | Conv_Ovf_I_Un => self.convert(ConvTarget::I4, true, true, stack)?,
            Conv_Ovf_U4_Un | Conv_Ovf_U_Un => self.convert(ConvTarget::U4, true, true, stack)?,
            Conv_Ovf_I8_Un => self.convert(ConvTarget::I8, true, true, stack)?,
            Conv_Ovf_U8_Un => self.convert(ConvTarget::U8, true, true, stack)?,
            Ldind_I1 | Ldind_U1 | Ldind_I2 | Ldind_U2 | Ldind_I4 | Ldind_U4 | Ldind_I8 | Ldind_I | Ldind_R4
            | Ldind_R8 | Ldind_Ref => {
                let addr = self.pop_address(stack)?;
                self.address_check(addr);
                let mem = indirect_mem(inst.opcode);
                let dst = self.reg(if inst.opcode == Ldind_Ref { Ty::Ref } else { mem.ty() });
                self.emit(Inst::Load { dst, mem, addr, offset: 0 });
                stack.push(dst);
            }
            Stind_I1 | Stind_I2 | Stind_I4 | Stind_I8 | Stind_I | Stind_R4 | Stind_R8 | Stind_Ref => {
                let value = self.pop(stack)?;
                let addr = self.pop_address(stack)?;
                self.address_check(addr);
                let mem = indirect_mem(inst.opcode);
                let value = self.coerce(value, mem.ty())?;
                self.emit(Inst::Store { mem, addr, offset: 0, value });
                if inst.opcode == Stind_Ref {
                    self.emit(Inst::WriteBarrier { addr, offset: 0, size: abi::REFERENCE_SIZE });
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// A reference or pointer operand as the integer it is (for arithmetic and comparisons on addresses).
    fn as_number(&mut self, r: Reg) -> Reg {
        match self.ty_of(r) {
            Ty::Ref | Ty::ByRef | Ty::Struct(_) => self.cast_to(r, Ty::I32),
            _ => r,
        }
    }

    /// Pops two operands, widening a float32 to float64 when the other is float64.
    fn pop_pair(&mut self, stack: &mut Stack) -> Result<(Reg, Ty, Reg, Ty), Unsupported> {
        let rhs = self.pop(stack)?;
        let lhs = self.pop(stack)?;
        let (lty, rty) = (self.ty_of(lhs), self.ty_of(rhs));
        if (lty, rty) == (Ty::F32, Ty::F64) || (lty, rty) == (Ty::F64, Ty::F32) {
            let (lhs, rhs) = (self.coerce(lhs, Ty::F64)?, self.coerce(rhs, Ty::F64)?);
            return Ok((lhs, Ty::F64, rhs, Ty::F64));
        }
        Ok((lhs, lty, rhs, rty))
    }

    fn binary(&mut self, op: BinOp, stack: &mut Stack) -> Result<(), Unsupported> {
        let (lhs, lty, rhs, rty) = self.pop_pair(stack)?;
        // Pointer arithmetic: byref ± int is a byref, byref - byref an int (III.1.5).
        let result = match (op, lty, rty) {
            (BinOp::Add, Ty::ByRef, r) | (BinOp::Add, r, Ty::ByRef) if r.is_i32() && r != Ty::ByRef => Ty::ByRef,
            (BinOp::Sub, Ty::ByRef, r) if r.is_i32() && r != Ty::ByRef => Ty::ByRef,
            _ => lty.wasm(),
        };
        let (lhs, rhs) = (self.as_number(lhs), self.as_number(rhs));
        let (lty, rty) = (self.ty_of(lhs), self.ty_of(rhs));
        let shift = matches!(op, BinOp::Shl | BinOp::Shr | BinOp::ShrUn);
        let float_ok = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem);
        let valid = if shift { rty == Ty::I32 && matches!(lty, Ty::I32 | Ty::I64) } else { lty == rty };
        if !valid || (!float_ok && lty.is_float()) {
            return Err(Unsupported::new(codes::INVALID_IL, format!("{op:?} on {lty} and {rty}")));
        }
        let dst = self.reg(result);
        self.emit(Inst::Binary { dst, op, ty: lty, lhs, rhs });
        stack.push(dst);
        Ok(())
    }

    pub(super) fn compare(&mut self, op: CmpOp, stack: &mut Stack) -> Result<Reg, Unsupported> {
        let (lhs, _, rhs, _) = self.pop_pair(stack)?;
        let (lhs, rhs) = (self.as_number(lhs), self.as_number(rhs));
        let (lty, rty) = (self.ty_of(lhs), self.ty_of(rhs));
        if lty != rty {
            return Err(Unsupported::new(codes::INVALID_IL, format!("comparing {lty} with {rty}")));
        }
        let dst = self.reg(Ty::I32);
        self.emit(Inst::Compare { dst, op, ty: lty, lhs, rhs });
        Ok(dst)
    }

    fn convert(
        &mut self,
        to: ConvTarget,
        checked: bool,
        unsigned_source: bool,
        stack: &mut Stack,
    ) -> Result<(), Unsupported> {
        let src = self.pop(stack)?;
        let src = self.as_number(src);
        let from = self.ty_of(src);
        let ty = match to {
            ConvTarget::I1 | ConvTarget::U1 | ConvTarget::I2 | ConvTarget::U2 | ConvTarget::I4 | ConvTarget::U4 => {
                Ty::I32
            }
            ConvTarget::I8 | ConvTarget::U8 => Ty::I64,
            ConvTarget::R4 => Ty::F32,
            ConvTarget::R8 | ConvTarget::RUn => Ty::F64,
        };
        let dst = self.reg(ty);
        self.emit(Inst::Convert { dst, to, from, src, checked, unsigned_source });
        stack.push(dst);
        Ok(())
    }

    /// `conv.r.un; conv.r4` is one conversion (C#'s `(float)ulong`): round once, straight to float32.
    fn convert_r4(&mut self, stack: &mut Stack) -> Result<(), Unsupported> {
        let unsigned_int = stack.last().and_then(|top| {
            self.insts.iter().rev().find_map(|i| match i {
                Inst::Convert { dst, to: ConvTarget::RUn, from: from @ (Ty::I32 | Ty::I64), src, .. } if dst == top => {
                    Some((*src, *from))
                }
                _ => None,
            })
        });
        match unsigned_int {
            Some((src, from)) => {
                stack.pop();
                let dst = self.reg(Ty::F32);
                self.emit(Inst::Convert { dst, to: ConvTarget::R4, from, src, checked: false, unsigned_source: true });
                stack.push(dst);
                Ok(())
            }
            None => self.convert(ConvTarget::R4, false, false, stack),
        }
    }
}

fn indirect_mem(op: OpCode) -> MemType {
    use OpCode::*;
    match op {
        Ldind_I1 | Stind_I1 => MemType::I8,
        Ldind_U1 => MemType::U8,
        Ldind_I2 | Stind_I2 => MemType::I16,
        Ldind_U2 => MemType::U16,
        Ldind_I8 | Stind_I8 => MemType::I64,
        Ldind_R4 | Stind_R4 => MemType::F32,
        Ldind_R8 | Stind_R8 => MemType::F64,
        _ => MemType::I32,
    }
}
