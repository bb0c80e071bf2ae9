//! A builder of IR for the bodies the compiler writes itself (a delegate's `Invoke`, a comparer's factory): blocks,
//! registers and variables by name of what they do. Every instruction is at IL offset 0 (there is no IL).

use crate::abi::{self, Param, Return};
use crate::ir::*;

/// The declared width of a signature's scalar result.
pub fn result_mem(sig: &abi::Signature) -> MemType {
    match sig.ret {
        Return::Scalar { mem, .. } => mem,
        _ => MemType::I32,
    }
}

/// Builds a function's IR block by block.
pub struct FunctionBuilder {
    f: Function,
    current: Option<(BlockId, Vec<Inst>)>,
    blocks: Vec<Option<Block>>,
}

impl FunctionBuilder {
    pub fn new(name: String, sig: &abi::Signature) -> Self {
        let vars = sig
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| VarInfo {
                ty: p.ty(),
                mem: super::mem_of(p.ty()),
                storage: Storage::Local,
                name: format!("arg{i}"),
            })
            .collect();
        let f = Function {
            name,
            params: sig.params.iter().map(Param::ty).collect(),
            result: sig.result(),
            result_mem: sig.result().map(|_| result_mem(sig)),
            vars,
            regs: Vec::new(),
            blocks: Vec::new(),
            frame_size: 0,
            zero_ranges: Vec::new(),
            caught: None,
            pass_one: None,
            frame_param: None,
            regions: None,
        };
        FunctionBuilder { f, current: Some((BlockId(0), Vec::new())), blocks: vec![None] }
    }

    /// A new block (the entry block is block 0, started by `new`).
    pub fn block(&mut self) -> BlockId {
        self.blocks.push(None);
        BlockId(self.blocks.len() as u32 - 1)
    }

    pub fn start(&mut self, id: BlockId) {
        self.current = Some((id, Vec::new()));
    }

    pub fn end(&mut self, terminator: Terminator) {
        if let Some((id, insts)) = self.current.take() {
            let il_offsets = vec![0; insts.len()];
            self.blocks[id.0 as usize] =
                Some(Block { il_offset: 0, insts, il_offsets, terminator, terminator_offset: 0 });
        }
    }

    pub fn reg(&mut self, ty: Ty) -> Reg {
        self.f.regs.push(ty);
        Reg(self.f.regs.len() as u32 - 1)
    }

    pub fn var(&mut self, ty: Ty, mem: MemType, name: &str) -> Var {
        self.f.vars.push(VarInfo { ty, mem, storage: Storage::Local, name: name.to_owned() });
        Var(self.f.vars.len() as u32 - 1)
    }

    pub fn push(&mut self, inst: Inst) {
        if let Some((_, insts)) = &mut self.current {
            insts.push(inst);
        }
    }

    pub fn push_reg(&mut self, ty: Ty, make: impl FnOnce(Reg) -> Inst) -> Reg {
        let dst = self.reg(ty);
        self.push(make(dst));
        dst
    }

    pub fn get(&mut self, var: Var) -> Reg {
        let ty = self.f.vars[var.0 as usize].ty;
        self.push_reg(ty, |dst| Inst::Get { dst, var })
    }

    pub fn constant(&mut self, value: i32) -> Reg {
        self.push_reg(Ty::I32, |dst| Inst::Const { dst, value: Const::I32(value) })
    }

    pub fn load(&mut self, ty: Ty, addr: Reg, offset: u32) -> Reg {
        self.push_reg(ty, |dst| Inst::Load { dst, mem: MemType::I32, addr, offset })
    }

    /// A zeroed struct temporary of `size` bytes in the frame; its address.
    pub fn frame_temp(&mut self, size: u32, align: u32) -> Reg {
        let offset = self.f.frame_size.next_multiple_of(align.max(1));
        self.f.frame_size = (offset + size).next_multiple_of(8);
        self.f.zero_ranges.push((offset, size));
        self.push_reg(Ty::ByRef, |dst| Inst::FrameAddress { dst, offset })
    }

    pub fn finish(mut self) -> Function {
        self.f.blocks = self
            .blocks
            .into_iter()
            .map(|b| {
                b.unwrap_or(Block {
                    il_offset: 0,
                    insts: Vec::new(),
                    il_offsets: Vec::new(),
                    terminator: Terminator::Unreachable,
                    terminator_offset: 0,
                })
            })
            .collect();
        self.f
    }
}
