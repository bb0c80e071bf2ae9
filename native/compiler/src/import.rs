//! IL → IR. The importer walks the IL's basic blocks in the order the evaluation stack can be known (from
//! the entry, following branches), simulating the stack with registers. A stack that is live across a block
//! boundary is written to *stack variables* at the end of the block and read back at the start of each
//! successor; the stack's shape at a block entry must be the same along every edge (III.1.7.5).

use crate::env::{Environment, MethodInput, Unsupported, codes};
use crate::ir::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use wasmr2r_metadata::il::{Instruction, Instructions, OpCode, Operand};

/// Imports one method.
pub fn import(method: &MethodInput, env: &dyn Environment) -> Result<Function, Unsupported> {
    if method.has_exception_clauses {
        return Err(Unsupported::new(codes::EXCEPTION_HANDLING, "exception handling is not compiled yet"));
    }
    let instructions: Vec<Instruction> = Instructions::new(method.code, method.code_offset)
        .collect::<Result<_, _>>()
        .map_err(|e| Unsupported::new(codes::INVALID_IL, e.to_string()))?;
    Importer::new(method, instructions).run(env)
}

fn mem_ty(mem: MemType) -> Ty {
    mem.ty()
}

/// Where each block starts, by IL offset, and what ends it.
fn block_starts(instructions: &[Instruction]) -> BTreeSet<u32> {
    let mut starts = BTreeSet::from([0]);
    for (i, inst) in instructions.iter().enumerate() {
        let next = instructions.get(i + 1).map(|n| n.offset);
        match inst.operand {
            Operand::Target(t) => {
                starts.insert(t);
                starts.extend(next);
            }
            Operand::Switch(targets) => {
                starts.extend(targets.iter());
                starts.extend(next);
            }
            _ if ends_block(inst.opcode) => starts.extend(next),
            _ => {}
        }
    }
    starts
}

fn ends_block(op: OpCode) -> bool {
    matches!(op, OpCode::Ret | OpCode::Throw | OpCode::Rethrow | OpCode::Endfinally | OpCode::Endfilter | OpCode::Jmp)
}

struct Importer<'m> {
    method: &'m MethodInput<'m>,
    instructions: Vec<Instruction<'m>>,
    /// IL offset → index into `instructions`.
    index_of: HashMap<u32, usize>,
    starts: BTreeSet<u32>,
    vars: Vec<VarInfo>,
    regs: Vec<Ty>,
    /// (stack depth, type) → stack variable.
    stack_vars: BTreeMap<(usize, Ty), Var>,
    /// IL offset of a block start → its id, assigned in discovery order.
    block_ids: BTreeMap<u32, BlockId>,
    blocks: Vec<Option<Block>>,
    /// The IL offset and entry stack types of each discovered block.
    block_offsets: Vec<u32>,
    entry_stacks: Vec<Vec<Ty>>,
    frame_size: u32,
}

impl<'m> Importer<'m> {
    fn new(method: &'m MethodInput<'m>, instructions: Vec<Instruction<'m>>) -> Self {
        let index_of = instructions.iter().enumerate().map(|(i, inst)| (inst.offset, i)).collect();
        let starts = block_starts(&instructions);
        Importer {
            method,
            instructions,
            index_of,
            starts,
            vars: Vec::new(),
            regs: Vec::new(),
            stack_vars: BTreeMap::new(),
            block_ids: BTreeMap::new(),
            blocks: Vec::new(),
            block_offsets: Vec::new(),
            entry_stacks: Vec::new(),
            frame_size: 0,
        }
    }

    fn reg(&mut self, ty: Ty) -> Reg {
        self.regs.push(ty);
        Reg(self.regs.len() as u32 - 1)
    }

    /// Arguments then locals; those whose address is taken get a frame slot.
    fn declare_vars(&mut self) {
        let mut address_taken_args = BTreeSet::new();
        let mut address_taken_locals = BTreeSet::new();
        for inst in &self.instructions {
            match (inst.opcode, inst.operand) {
                (OpCode::Ldarga | OpCode::Ldarga_S, Operand::Var(n)) => drop(address_taken_args.insert(n)),
                (OpCode::Ldloca | OpCode::Ldloca_S, Operand::Var(n)) => drop(address_taken_locals.insert(n)),
                _ => {}
            }
        }
        let params = self.method.params.clone();
        let locals = self.method.locals.clone();
        for (i, mem) in params.iter().enumerate() {
            let frame = address_taken_args.contains(&(i as u16));
            self.declare(format!("arg{i}"), *mem, frame);
        }
        for (i, mem) in locals.iter().enumerate() {
            let frame = address_taken_locals.contains(&(i as u16));
            self.declare(format!("loc{i}"), *mem, frame);
        }
    }

    fn declare(&mut self, name: String, mem: MemType, frame: bool) -> Var {
        let storage = if frame {
            let offset = self.frame_size;
            self.frame_size += 8;
            Storage::Frame { offset }
        } else {
            Storage::Local
        };
        self.vars.push(VarInfo { ty: mem_ty(mem), mem, storage, name });
        Var(self.vars.len() as u32 - 1)
    }

    fn stack_var(&mut self, depth: usize, ty: Ty) -> Var {
        if let Some(var) = self.stack_vars.get(&(depth, ty)) {
            return *var;
        }
        let mem = match ty {
            Ty::I32 => MemType::I32,
            Ty::I64 => MemType::I64,
            Ty::F32 => MemType::F32,
            Ty::F64 => MemType::F64,
        };
        let var = self.declare(format!("stack{depth}_{ty}"), mem, false);
        self.stack_vars.insert((depth, ty), var);
        var
    }

    /// The block starting at `offset` with `stack` on entry; discovers it on first sight.
    fn block_for(&mut self, offset: u32, stack: &[Ty], from: u32) -> Result<BlockId, Unsupported> {
        if let Some(&id) = self.block_ids.get(&offset) {
            if self.entry_stacks[id.0 as usize] != stack {
                return Err(
                    Unsupported::new(codes::INVALID_IL, format!("stack shape differs at IL_{offset:04x}")).at(from)
                );
            }
            return Ok(id);
        }
        let id = BlockId(self.blocks.len() as u32);
        self.block_ids.insert(offset, id);
        self.blocks.push(None);
        self.block_offsets.push(offset);
        self.entry_stacks.push(stack.to_vec());
        Ok(id)
    }

    fn run(mut self, env: &dyn Environment) -> Result<Function, Unsupported> {
        self.declare_vars();
        self.block_for(0, &[], 0)?;
        let mut next = 0;
        while next < self.blocks.len() {
            let offset = self.block_offsets[next];
            let block = self.import_block(offset, BlockId(next as u32), env)?;
            self.blocks[next] = Some(block);
            next += 1;
        }
        let blocks = self.blocks.into_iter().flatten().collect();
        Ok(Function {
            name: self.method.name.clone(),
            params: self.method.params.iter().map(|m| m.ty()).collect(),
            result: self.method.result.map(|m| m.ty()),
            result_mem: self.method.result,
            vars: self.vars,
            regs: self.regs,
            blocks,
            frame_size: self.frame_size.next_multiple_of(8),
        })
    }

    fn import_block(&mut self, offset: u32, id: BlockId, env: &dyn Environment) -> Result<Block, Unsupported> {
        let mut insts = Vec::new();
        let mut stack: Vec<Reg> = Vec::new();
        for (depth, ty) in self.entry_stacks[id.0 as usize].clone().into_iter().enumerate() {
            let var = self.stack_var(depth, ty);
            let dst = self.reg(ty);
            insts.push(Inst::Get { dst, var });
            stack.push(dst);
        }
        let mut i = *self
            .index_of
            .get(&offset)
            .ok_or_else(|| Unsupported::new(codes::INVALID_IL, format!("no instruction at IL_{offset:04x}")))?;
        loop {
            let Some(inst) = self.instructions.get(i).copied() else {
                return Err(Unsupported::new(codes::INVALID_IL, "control falls off the end of the method").at(offset));
            };
            let terminator = self.import_one(inst, &mut insts, &mut stack, env).map_err(|e| e.at(inst.offset))?;
            if let Some(terminator) = terminator {
                return Ok(Block { il_offset: offset, insts, terminator });
            }
            i += 1;
            // Falling into the next block: a goto with the stack carried over.
            if let Some(next) = self.instructions.get(i)
                && self.starts.contains(&next.offset)
            {
                let target = next.offset;
                let ids = self.leave(target, &[], &mut insts, &stack, inst.offset)?;
                return Ok(Block { il_offset: offset, insts, terminator: Terminator::Goto(ids[0]) });
            }
        }
    }

    /// Stores the live stack into the stack variables of `targets`' entry and returns their block ids.
    fn leave(
        &mut self,
        first: u32,
        rest: &[u32],
        insts: &mut Vec<Inst>,
        stack: &[Reg],
        from: u32,
    ) -> Result<Vec<BlockId>, Unsupported> {
        let types: Vec<Ty> = stack.iter().map(|r| self.regs[r.0 as usize]).collect();
        for (depth, reg) in stack.iter().enumerate() {
            let var = self.stack_var(depth, types[depth]);
            insts.push(Inst::Set { var, src: *reg });
        }
        std::iter::once(first).chain(rest.iter().copied()).map(|t| self.block_for(t, &types, from)).collect()
    }

    fn pop(&self, stack: &mut Vec<Reg>) -> Result<Reg, Unsupported> {
        stack.pop().ok_or_else(|| Unsupported::new(codes::INVALID_IL, "evaluation stack underflow"))
    }

    fn pop_ty(&self, stack: &mut Vec<Reg>) -> Result<(Reg, Ty), Unsupported> {
        let r = self.pop(stack)?;
        Ok((r, self.regs[r.0 as usize]))
    }

    fn pop_address(&self, stack: &mut Vec<Reg>) -> Result<Reg, Unsupported> {
        let (addr, ty) = self.pop_ty(stack)?;
        if ty != Ty::I32 {
            return Err(Unsupported::new(codes::INVALID_IL, format!("an address of type {ty}")));
        }
        Ok(addr)
    }

    fn var(&self, n: u16, is_arg: bool) -> Result<Var, Unsupported> {
        let count = if is_arg { self.method.params.len() } else { self.method.locals.len() };
        if usize::from(n) >= count {
            let what = if is_arg { "argument" } else { "local" };
            return Err(Unsupported::new(codes::INVALID_IL, format!("{what} {n} does not exist")));
        }
        let base = if is_arg { 0 } else { self.method.params.len() };
        Ok(Var((base + usize::from(n)) as u32))
    }

    /// IL has one floating-point stack type, F: a float32 meeting a float64 is widened first.
    fn coerce(&mut self, reg: Reg, to: Ty, insts: &mut Vec<Inst>) -> Reg {
        let from = self.regs[reg.0 as usize];
        let target = match (from, to) {
            (Ty::F32, Ty::F64) => ConvTarget::R8,
            (Ty::F64, Ty::F32) => ConvTarget::R4,
            _ => return reg,
        };
        let dst = self.reg(to);
        insts.push(Inst::Convert { dst, to: target, from, src: reg, checked: false, unsigned_source: false });
        dst
    }

    /// Pops two operands, widening a float32 to float64 when the other is float64.
    fn pop_pair(&mut self, insts: &mut Vec<Inst>, stack: &mut Vec<Reg>) -> Result<(Reg, Ty, Reg, Ty), Unsupported> {
        let (rhs, rty) = self.pop_ty(stack)?;
        let (lhs, lty) = self.pop_ty(stack)?;
        if (lty, rty) == (Ty::F32, Ty::F64) || (lty, rty) == (Ty::F64, Ty::F32) {
            let (lhs, rhs) = (self.coerce(lhs, Ty::F64, insts), self.coerce(rhs, Ty::F64, insts));
            return Ok((lhs, Ty::F64, rhs, Ty::F64));
        }
        Ok((lhs, lty, rhs, rty))
    }

    fn binary(&mut self, op: BinOp, insts: &mut Vec<Inst>, stack: &mut Vec<Reg>) -> Result<(), Unsupported> {
        let (lhs, lty, rhs, rty) = self.pop_pair(insts, stack)?;
        let shift = matches!(op, BinOp::Shl | BinOp::Shr | BinOp::ShrUn);
        let float_ok = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem);
        let valid = if shift { rty == Ty::I32 && matches!(lty, Ty::I32 | Ty::I64) } else { lty == rty };
        if !valid || (!float_ok && matches!(lty, Ty::F32 | Ty::F64)) {
            return Err(Unsupported::new(codes::INVALID_IL, format!("{op:?} on {lty} and {rty}")));
        }
        let dst = self.reg(lty);
        insts.push(Inst::Binary { dst, op, ty: lty, lhs, rhs });
        stack.push(dst);
        Ok(())
    }

    fn compare(&mut self, op: CmpOp, insts: &mut Vec<Inst>, stack: &mut Vec<Reg>) -> Result<Reg, Unsupported> {
        let (lhs, lty, rhs, rty) = self.pop_pair(insts, stack)?;
        if lty != rty {
            return Err(Unsupported::new(codes::INVALID_IL, format!("comparing {lty} with {rty}")));
        }
        let dst = self.reg(Ty::I32);
        insts.push(Inst::Compare { dst, op, ty: lty, lhs, rhs });
        Ok(dst)
    }

    fn convert(
        &mut self,
        to: ConvTarget,
        checked: bool,
        unsigned_source: bool,
        insts: &mut Vec<Inst>,
        stack: &mut Vec<Reg>,
    ) -> Result<(), Unsupported> {
        let (src, from) = self.pop_ty(stack)?;
        let ty = match to {
            ConvTarget::I1 | ConvTarget::U1 | ConvTarget::I2 | ConvTarget::U2 | ConvTarget::I4 | ConvTarget::U4 => {
                Ty::I32
            }
            ConvTarget::I8 | ConvTarget::U8 => Ty::I64,
            ConvTarget::R4 => Ty::F32,
            ConvTarget::R8 | ConvTarget::RUn => Ty::F64,
        };
        let dst = self.reg(ty);
        insts.push(Inst::Convert { dst, to, from, src, checked, unsigned_source });
        stack.push(dst);
        Ok(())
    }

    fn constant(&mut self, value: Const, insts: &mut Vec<Inst>, stack: &mut Vec<Reg>) {
        let dst = self.reg(value.ty());
        insts.push(Inst::Const { dst, value });
        stack.push(dst);
    }

    fn load(&mut self, mem: MemType, addr: Reg, insts: &mut Vec<Inst>, stack: &mut Vec<Reg>) {
        let dst = self.reg(mem.ty());
        insts.push(Inst::Load { dst, mem, addr });
        stack.push(dst);
    }

    fn store_checked(&self, mem: MemType, value: Reg) -> Result<(), Unsupported> {
        let ty = self.regs[value.0 as usize];
        if ty != mem.ty() {
            return Err(Unsupported::new(codes::INVALID_IL, format!("storing {ty} as {mem:?}")));
        }
        Ok(())
    }

    /// Imports one instruction; returns the block's terminator when the instruction ends the block.
    fn import_one(
        &mut self,
        inst: Instruction,
        insts: &mut Vec<Inst>,
        stack: &mut Vec<Reg>,
        env: &dyn Environment,
    ) -> Result<Option<Terminator>, Unsupported> {
        use OpCode::*;
        let next_offset = |me: &Self| -> u32 {
            me.index_of.get(&inst.offset).and_then(|i| me.instructions.get(i + 1)).map_or(u32::MAX, |n| n.offset)
        };
        match inst.opcode {
            Nop | Volatile | Readonly => {}
            Ldarg_0 | Ldarg_1 | Ldarg_2 | Ldarg_3 | Ldarg | Ldarg_S | Ldloc_0 | Ldloc_1 | Ldloc_2 | Ldloc_3 | Ldloc
            | Ldloc_S => {
                let (n, is_arg) = var_operand(inst);
                let var = self.var(n, is_arg)?;
                let dst = self.reg(self.vars[var.0 as usize].ty);
                insts.push(Inst::Get { dst, var });
                stack.push(dst);
            }
            Starg | Starg_S | Stloc_0 | Stloc_1 | Stloc_2 | Stloc_3 | Stloc | Stloc_S => {
                let (n, is_arg) = var_operand(inst);
                let var = self.var(n, is_arg)?;
                let (src, _) = self.pop_ty(stack)?;
                let src = self.coerce(src, self.vars[var.0 as usize].ty, insts);
                let ty = self.regs[src.0 as usize];
                if ty != self.vars[var.0 as usize].ty {
                    return Err(Unsupported::new(
                        codes::INVALID_IL,
                        format!("storing {ty} into {}", self.vars[var.0 as usize].name),
                    ));
                }
                insts.push(Inst::Set { var, src });
            }
            Ldarga | Ldarga_S | Ldloca | Ldloca_S => {
                let (n, is_arg) = var_operand(inst);
                let var = self.var(n, is_arg)?;
                let dst = self.reg(Ty::I32);
                insts.push(Inst::AddressOf { dst, var });
                stack.push(dst);
            }
            Ldc_I4_M1 | Ldc_I4_0 | Ldc_I4_1 | Ldc_I4_2 | Ldc_I4_3 | Ldc_I4_4 | Ldc_I4_5 | Ldc_I4_6 | Ldc_I4_7
            | Ldc_I4_8 => {
                let value = inst.opcode.code() as i32 - Ldc_I4_0.code() as i32;
                self.constant(Const::I32(value), insts, stack);
            }
            Ldc_I4 | Ldc_I4_S | Ldc_I8 | Ldc_R4 | Ldc_R8 => {
                let value = match inst.operand {
                    Operand::Int32(v) => Const::I32(v),
                    Operand::Int64(v) => Const::I64(v),
                    Operand::Float32(v) => Const::F32(v),
                    Operand::Float64(v) => Const::F64(v),
                    _ => return Err(Unsupported::new(codes::INVALID_IL, "constant without a value")),
                };
                self.constant(value, insts, stack);
            }
            Dup => {
                let top = *stack.last().ok_or_else(|| Unsupported::new(codes::INVALID_IL, "dup on an empty stack"))?;
                stack.push(top);
            }
            Pop => {
                self.pop(stack)?;
            }
            Add => self.binary(BinOp::Add, insts, stack)?,
            Sub => self.binary(BinOp::Sub, insts, stack)?,
            Mul => self.binary(BinOp::Mul, insts, stack)?,
            Div => self.binary(BinOp::Div, insts, stack)?,
            Div_Un => self.binary(BinOp::DivUn, insts, stack)?,
            Rem => self.binary(BinOp::Rem, insts, stack)?,
            Rem_Un => self.binary(BinOp::RemUn, insts, stack)?,
            And => self.binary(BinOp::And, insts, stack)?,
            Or => self.binary(BinOp::Or, insts, stack)?,
            Xor => self.binary(BinOp::Xor, insts, stack)?,
            Shl => self.binary(BinOp::Shl, insts, stack)?,
            Shr => self.binary(BinOp::Shr, insts, stack)?,
            Shr_Un => self.binary(BinOp::ShrUn, insts, stack)?,
            Add_Ovf => self.binary(BinOp::AddOvf, insts, stack)?,
            Add_Ovf_Un => self.binary(BinOp::AddOvfUn, insts, stack)?,
            Sub_Ovf => self.binary(BinOp::SubOvf, insts, stack)?,
            Sub_Ovf_Un => self.binary(BinOp::SubOvfUn, insts, stack)?,
            Mul_Ovf => self.binary(BinOp::MulOvf, insts, stack)?,
            Mul_Ovf_Un => self.binary(BinOp::MulOvfUn, insts, stack)?,
            Neg | Not | Ckfinite => {
                let (src, ty) = self.pop_ty(stack)?;
                let op = match inst.opcode {
                    Neg => UnOp::Neg,
                    Not => UnOp::Not,
                    _ => UnOp::CkFinite,
                };
                let float = matches!(ty, Ty::F32 | Ty::F64);
                if (op == UnOp::Not && float) || (op == UnOp::CkFinite && !float) {
                    return Err(Unsupported::new(codes::INVALID_IL, format!("{op:?} on {ty}")));
                }
                let dst = self.reg(ty);
                insts.push(Inst::Unary { dst, op, ty, src });
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
                let dst = self.compare(op, insts, stack)?;
                stack.push(dst);
            }
            Conv_I1 => self.convert(ConvTarget::I1, false, false, insts, stack)?,
            Conv_U1 => self.convert(ConvTarget::U1, false, false, insts, stack)?,
            Conv_I2 => self.convert(ConvTarget::I2, false, false, insts, stack)?,
            Conv_U2 => self.convert(ConvTarget::U2, false, false, insts, stack)?,
            Conv_I4 | Conv_I => self.convert(ConvTarget::I4, false, false, insts, stack)?,
            Conv_U4 | Conv_U => self.convert(ConvTarget::U4, false, false, insts, stack)?,
            Conv_I8 => self.convert(ConvTarget::I8, false, false, insts, stack)?,
            Conv_U8 => self.convert(ConvTarget::U8, false, false, insts, stack)?,
            Conv_R4 => {
                // `conv.r.un; conv.r4` is one conversion (C#'s `(float)ulong`): round once, straight to float32.
                let unsigned_int =
                    stack.last().and_then(|top| {
                        insts.iter().rev().find_map(|i| match i {
                            Inst::Convert {
                                dst, to: ConvTarget::RUn, from: from @ (Ty::I32 | Ty::I64), src, ..
                            } if dst == top => Some((*src, *from)),
                            _ => None,
                        })
                    });
                match unsigned_int {
                    Some((src, from)) => {
                        stack.pop();
                        let dst = self.reg(Ty::F32);
                        insts.push(Inst::Convert {
                            dst,
                            to: ConvTarget::R4,
                            from,
                            src,
                            checked: false,
                            unsigned_source: true,
                        });
                        stack.push(dst);
                    }
                    None => self.convert(ConvTarget::R4, false, false, insts, stack)?,
                }
            }
            Sizeof => {
                let Operand::Token(token) = inst.operand else {
                    return Err(Unsupported::new(codes::INVALID_IL, "sizeof without a token"));
                };
                let size = env.size_of(token)?;
                self.constant(Const::I32(size as i32), insts, stack);
            }
            Conv_R8 => self.convert(ConvTarget::R8, false, false, insts, stack)?,
            Conv_R_Un => self.convert(ConvTarget::RUn, false, true, insts, stack)?,
            Conv_Ovf_I1 => self.convert(ConvTarget::I1, true, false, insts, stack)?,
            Conv_Ovf_U1 => self.convert(ConvTarget::U1, true, false, insts, stack)?,
            Conv_Ovf_I2 => self.convert(ConvTarget::I2, true, false, insts, stack)?,
            Conv_Ovf_U2 => self.convert(ConvTarget::U2, true, false, insts, stack)?,
            Conv_Ovf_I4 | Conv_Ovf_I => self.convert(ConvTarget::I4, true, false, insts, stack)?,
            Conv_Ovf_U4 | Conv_Ovf_U => self.convert(ConvTarget::U4, true, false, insts, stack)?,
            Conv_Ovf_I8 => self.convert(ConvTarget::I8, true, false, insts, stack)?,
            Conv_Ovf_U8 => self.convert(ConvTarget::U8, true, false, insts, stack)?,
            Conv_Ovf_I1_Un => self.convert(ConvTarget::I1, true, true, insts, stack)?,
            Conv_Ovf_U1_Un => self.convert(ConvTarget::U1, true, true, insts, stack)?,
            Conv_Ovf_I2_Un => self.convert(ConvTarget::I2, true, true, insts, stack)?,
            Conv_Ovf_U2_Un => self.convert(ConvTarget::U2, true, true, insts, stack)?,
            Conv_Ovf_I4_Un | Conv_Ovf_I_Un => self.convert(ConvTarget::I4, true, true, insts, stack)?,
            Conv_Ovf_U4_Un | Conv_Ovf_U_Un => self.convert(ConvTarget::U4, true, true, insts, stack)?,
            Conv_Ovf_I8_Un => self.convert(ConvTarget::I8, true, true, insts, stack)?,
            Conv_Ovf_U8_Un => self.convert(ConvTarget::U8, true, true, insts, stack)?,
            Ldind_I1 | Ldind_U1 | Ldind_I2 | Ldind_U2 | Ldind_I4 | Ldind_U4 | Ldind_I8 | Ldind_I | Ldind_R4
            | Ldind_R8 => {
                let addr = self.pop_address(stack)?;
                self.load(indirect_mem(inst.opcode), addr, insts, stack);
            }
            Stind_I1 | Stind_I2 | Stind_I4 | Stind_I8 | Stind_I | Stind_R4 | Stind_R8 => {
                let value = self.pop(stack)?;
                let addr = self.pop_address(stack)?;
                let mem = indirect_mem(inst.opcode);
                let value = self.coerce(value, mem.ty(), insts);
                self.store_checked(mem, value)?;
                insts.push(Inst::Store { mem, addr, value });
            }
            Ldsfld | Stsfld | Ldsflda => {
                let Operand::Token(token) = inst.operand else {
                    return Err(Unsupported::new(codes::INVALID_IL, "field access without a token"));
                };
                let field = env.static_field(token)?;
                if let Some(init) = field.init {
                    insts.push(Inst::InitClass { flag_offset: init.flag_offset, cctor: init.cctor });
                }
                let addr = self.reg(Ty::I32);
                insts.push(Inst::StaticAddress { dst: addr, offset: field.offset });
                match inst.opcode {
                    Ldsfld => self.load(field.mem, addr, insts, stack),
                    Ldsflda => stack.push(addr),
                    _ => {
                        let value = self.pop(stack)?;
                        let value = self.coerce(value, field.mem.ty(), insts);
                        self.store_checked(field.mem, value)?;
                        insts.push(Inst::Store { mem: field.mem, addr, value });
                    }
                }
            }
            Call => {
                let Operand::Token(token) = inst.operand else {
                    return Err(Unsupported::new(codes::INVALID_IL, "call without a token"));
                };
                let callee = env.callee(token)?;
                if stack.len() < callee.params.len() {
                    return Err(Unsupported::new(codes::INVALID_IL, "evaluation stack underflow at a call"));
                }
                let args = stack.split_off(stack.len() - callee.params.len());
                let args: Vec<Reg> =
                    args.into_iter().zip(&callee.params).map(|(a, p)| self.coerce(a, p.ty(), insts)).collect();
                for (arg, param) in args.iter().zip(&callee.params) {
                    let ty = self.regs[arg.0 as usize];
                    if ty != param.ty() {
                        return Err(Unsupported::new(codes::INVALID_IL, format!("passing {ty} for {}", param.ty())));
                    }
                }
                if let Some(init) = callee.init {
                    insts.push(Inst::InitClass { flag_offset: init.flag_offset, cctor: init.cctor });
                }
                let dst = callee.result.map(|r| self.reg(r.ty()));
                insts.push(Inst::Call { dst, callee: callee.func, args });
                stack.extend(dst);
            }
            Ret => {
                let value = match self.method.result {
                    Some(result) => {
                        let value = self.pop(stack)?;
                        let value = self.coerce(value, result.ty(), insts);
                        if self.regs[value.0 as usize] != result.ty() {
                            return Err(Unsupported::new(codes::INVALID_IL, "returning a value of the wrong type"));
                        }
                        Some(value)
                    }
                    None => None,
                };
                if !stack.is_empty() {
                    return Err(Unsupported::new(codes::INVALID_IL, "values left on the stack at ret"));
                }
                return Ok(Some(Terminator::Return(value)));
            }
            Br | Br_S => {
                let target = target_of(inst)?;
                let ids = self.leave(target, &[], insts, stack, inst.offset)?;
                return Ok(Some(Terminator::Goto(ids[0])));
            }
            Brtrue | Brtrue_S | Brfalse | Brfalse_S => {
                let (value, ty) = self.pop_ty(stack)?;
                let cond = match ty {
                    Ty::I32 => value,
                    Ty::I64 => {
                        let zero = self.reg(Ty::I64);
                        insts.push(Inst::Const { dst: zero, value: Const::I64(0) });
                        let dst = self.reg(Ty::I32);
                        insts.push(Inst::Compare { dst, op: CmpOp::NeUn, ty, lhs: value, rhs: zero });
                        dst
                    }
                    _ => return Err(Unsupported::new(codes::INVALID_IL, format!("brtrue on {ty}"))),
                };
                let ids = self.leave(target_of(inst)?, &[next_offset(self)], insts, stack, inst.offset)?;
                let (taken, fallthrough) = (ids[0], ids[1]);
                let (then, otherwise) =
                    if matches!(inst.opcode, Brtrue | Brtrue_S) { (taken, fallthrough) } else { (fallthrough, taken) };
                return Ok(Some(Terminator::Branch { cond, then, otherwise }));
            }
            Beq | Beq_S | Bne_Un | Bne_Un_S | Bge | Bge_S | Bge_Un | Bge_Un_S | Bgt | Bgt_S | Bgt_Un | Bgt_Un_S
            | Ble | Ble_S | Ble_Un | Ble_Un_S | Blt | Blt_S | Blt_Un | Blt_Un_S => {
                let op = match inst.opcode {
                    Beq | Beq_S => CmpOp::Eq,
                    Bne_Un | Bne_Un_S => CmpOp::NeUn,
                    Bge | Bge_S => CmpOp::Ge,
                    Bge_Un | Bge_Un_S => CmpOp::GeUn,
                    Bgt | Bgt_S => CmpOp::Gt,
                    Bgt_Un | Bgt_Un_S => CmpOp::GtUn,
                    Ble | Ble_S => CmpOp::Le,
                    Ble_Un | Ble_Un_S => CmpOp::LeUn,
                    Blt | Blt_S => CmpOp::Lt,
                    _ => CmpOp::LtUn,
                };
                let cond = self.compare(op, insts, stack)?;
                let ids = self.leave(target_of(inst)?, &[next_offset(self)], insts, stack, inst.offset)?;
                return Ok(Some(Terminator::Branch { cond, then: ids[0], otherwise: ids[1] }));
            }
            Switch => {
                let Operand::Switch(targets) = inst.operand else {
                    return Err(Unsupported::new(codes::INVALID_IL, "switch without targets"));
                };
                let (value, ty) = self.pop_ty(stack)?;
                if ty != Ty::I32 {
                    return Err(Unsupported::new(codes::INVALID_IL, format!("switch on {ty}")));
                }
                let cases: Vec<u32> = targets.iter().collect();
                let mut all = cases.clone();
                all.push(next_offset(self));
                let ids = self.leave(all[0], &all[1..], insts, stack, inst.offset)?;
                let (default, targets) = ids.split_last().map(|(d, t)| (*d, t.to_vec())).unwrap_or((ids[0], vec![]));
                return Ok(Some(Terminator::Switch { value, targets, default }));
            }
            other => {
                return Err(Unsupported::new(codes::OPCODE, format!("opcode {} is not compiled yet", other.name())));
            }
        }
        Ok(None)
    }
}

fn target_of(inst: Instruction) -> Result<u32, Unsupported> {
    match inst.operand {
        Operand::Target(t) => Ok(t),
        _ => Err(Unsupported::new(codes::INVALID_IL, "branch without a target")),
    }
}

/// The argument or local an instruction names, and whether it is an argument.
fn var_operand(inst: Instruction) -> (u16, bool) {
    use OpCode::*;
    let n = match inst.operand {
        Operand::Var(n) => n,
        _ => match inst.opcode {
            Ldarg_0 | Ldloc_0 | Stloc_0 => 0,
            Ldarg_1 | Ldloc_1 | Stloc_1 => 1,
            Ldarg_2 | Ldloc_2 | Stloc_2 => 2,
            _ => 3,
        },
    };
    let is_arg = matches!(
        inst.opcode,
        Ldarg_0 | Ldarg_1 | Ldarg_2 | Ldarg_3 | Ldarg | Ldarg_S | Starg | Starg_S | Ldarga | Ldarga_S
    );
    (n, is_arg)
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
