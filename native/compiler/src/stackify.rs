//! Which values stay on the Wasm operand stack instead of going through a local, and which registers read a
//! variable's local instead of a copy of it.
//!
//! V8's baseline tier (Liftoff) translates each Wasm instruction on its own and keeps every local in a stack slot
//! across loops and calls; a `local.set` followed by a `local.get` of a value used once is pure overhead there, and
//! a local per IR register is most of the locals it has to spill. So a register that is defined once and read once,
//! by an instruction that reads its operands as the first thing it does, is computed *where it is read*: its
//! defining instruction is emitted inline, as an operand, and leaves the value on the stack (the "expression tree"
//! shape wasm-tools and LLVM's WebAssembly backend produce).
//!
//! Only an unbroken run of instructions right before a reader moves into it, so nothing is reordered past an
//! instruction with effects: the defining instructions keep their order, and what the reader emits before its
//! operands is pure (the shadow-stack pointer, constants). A reader whose operands are not the last definitions
//! before it reads them from locals as before.
//!
//! One rule is for the collector: a reference (or a byref, which may point into an object) must not sit on the Wasm
//! operand stack while a call runs, since the collector sees only the shadow stack. So a call is never computed
//! inline above a reference that is already on the stack.

use crate::ir::*;

/// What stays on the operand stack: the instruction that computes a register where it is read.
pub struct Stackified {
    /// For each register, the `(block, instruction)` emitted inline where the register is read.
    pub inline: Vec<Option<(u32, u32)>>,
    /// For each block and instruction, whether it is emitted inline (inside its reader) instead of in place.
    pub moved: Vec<Vec<bool>>,
}

impl Stackified {
    pub fn is_inline(&self, r: Reg) -> bool {
        self.inline.get(r.0 as usize).is_some_and(|d| d.is_some())
    }
}

/// Whether an integer division or remainder by `divisor` needs no check: a constant that is neither 0 nor (signed)
/// -1 can neither divide by zero nor overflow.
pub fn unchecked_division(op: BinOp, divisor: Reg, constants: &[Option<Const>]) -> bool {
    let value = match constants.get(divisor.0 as usize).copied().flatten() {
        Some(Const::I32(v)) => i64::from(v),
        Some(Const::I64(v)) => v,
        _ => return false,
    };
    value != 0 && (value != -1 || matches!(op, BinOp::DivUn | BinOp::RemUn))
}

/// The operands code generation reads exactly once each, in this order, with nothing but pure pushes before them,
/// so that each may be computed right there; `None` when it reads them from locals (several times, or after code
/// with effects). `codegen` keeps to this: an inline operand is emitted by its `get`.
pub fn stack_operands(inst: &Inst, constants: &[Option<Const>]) -> Option<Vec<Reg>> {
    use BinOp::*;
    match inst {
        Inst::Unary { op: UnOp::CkFinite, .. } => None,
        Inst::Binary { op: op @ (Div | Rem | DivUn | RemUn), ty, rhs, .. }
            if !ty.is_float() && !unchecked_division(*op, *rhs, constants) =>
        {
            None
        }
        Inst::Binary { op, ty, .. }
            if !ty.is_float() && matches!(op, AddOvf | AddOvfUn | SubOvf | SubOvfUn | MulOvf | MulOvfUn) =>
        {
            None
        }
        // Reads its operands more than once (the fast path, then the helper call).
        Inst::Copy { .. } | Inst::Zero { .. } | Inst::WriteBarrier { .. } | Inst::InterfaceQuery { .. } => None,
        _ => Some(inst.operands()),
    }
}

/// Decides which registers of `f` are computed where they are read.
pub fn stackify(f: &Function) -> Stackified {
    let mut uses = vec![0u32; f.regs.len()];
    let mut defs = vec![0u32; f.regs.len()];
    for block in &f.blocks {
        for inst in &block.insts {
            for r in inst.operands() {
                uses[r.0 as usize] += 1;
            }
            if let Some(d) = inst.dst() {
                defs[d.0 as usize] += 1;
            }
        }
        if let Some(r) = block.terminator.operand() {
            uses[r.0 as usize] += 1;
        }
    }
    let constants = f.constants();
    let mut s = Stackified {
        inline: vec![None; f.regs.len()],
        moved: f.blocks.iter().map(|b| vec![false; b.insts.len()]).collect(),
    };
    for (b, block) in f.blocks.iter().enumerate() {
        let mut walk = Walk { f, block: b, uses: &uses, defs: &defs, constants: &constants, s: &mut s };
        // Readers from last to first; `cursor` is one past the nearest instruction not yet placed.
        let mut cursor = block.insts.len();
        if let Some(r) = block.terminator.operand() {
            cursor = walk.claim(&[r], cursor, false);
        }
        while cursor > 0 {
            let reader = cursor - 1;
            cursor = reader;
            if let Some(operands) = stack_operands(&block.insts[reader], &constants) {
                cursor = walk.claim(&operands, cursor, false);
            }
        }
    }
    s
}

struct Walk<'a> {
    f: &'a Function,
    block: usize,
    uses: &'a [u32],
    defs: &'a [u32],
    constants: &'a [Option<Const>],
    s: &'a mut Stackified,
}

impl Walk<'_> {
    /// Moves into their reader the definitions of `operands` that are the instructions right before `cursor` (last
    /// operand nearest), recursively; returns the cursor past what moved. `refs_below`: a reference is already on
    /// the operand stack under these operands.
    fn claim(&mut self, operands: &[Reg], mut cursor: usize, refs_below: bool) -> usize {
        for (k, &op) in operands.iter().enumerate().rev() {
            if cursor == 0 {
                break;
            }
            let at = cursor - 1;
            let inst = &self.f.blocks[self.block].insts[at];
            let below = refs_below || operands[..k].iter().any(|r| self.is_reference(*r));
            // A `localloc` moves the shadow-stack pointer, which a reader may already have pushed (a call's first
            // operand): it stays in place.
            let movable = inst.dst() == Some(op)
                && self.uses[op.0 as usize] == 1
                && self.defs[op.0 as usize] == 1
                && !(below && inst.is_call())
                && !matches!(inst, Inst::LocalAlloc { .. });
            if !movable {
                continue;
            }
            self.s.moved[self.block][at] = true;
            self.s.inline[op.0 as usize] = Some((self.block as u32, at as u32));
            cursor = at;
            if let Some(inner) = stack_operands(inst, self.constants) {
                cursor = self.claim(&inner, cursor, below);
            }
        }
        cursor
    }

    fn is_reference(&self, r: Reg) -> bool {
        matches!(self.f.regs[r.0 as usize], Ty::Ref | Ty::ByRef)
    }
}

/// Registers that are a read of a variable held in a Wasm local (`Get`), read more than once but all in the same
/// block before the variable is written again: each read takes the variable's local itself, so the copy
/// (`local.get v; local.set r`) is never made. (A register read once is computed where it is read instead.)
pub fn var_aliases(f: &Function, stack: &Stackified) -> Vec<Option<Var>> {
    let mut aliases = vec![None; f.regs.len()];
    // Where in its block each register is last read (registers never cross blocks: the verifier sees to it).
    let mut last_use: Vec<Option<usize>> = vec![None; f.regs.len()];
    for block in &f.blocks {
        let reads =
            block.insts.iter().enumerate().flat_map(|(i, inst)| inst.operands().into_iter().map(move |r| (i, r)));
        let term = block.terminator.operand().map(|r| (block.insts.len(), r));
        for (i, r) in reads.chain(term) {
            last_use[r.0 as usize] = Some(i);
        }
    }
    for block in &f.blocks {
        for (g, inst) in block.insts.iter().enumerate() {
            let Inst::Get { dst, var } = inst else { continue };
            let local = f.vars.get(var.0 as usize).is_some_and(|v| v.storage == Storage::Local);
            let Some(last) = last_use[dst.0 as usize] else { continue };
            if !local || stack.is_inline(*dst) || last <= g {
                continue;
            }
            let written = block.insts[g + 1..last].iter().any(|i| matches!(i, Inst::Set { var: v, .. } if v == var));
            if !written {
                aliases[dst.0 as usize] = Some(*var);
            }
        }
    }
    aliases
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmr2r_typesystem::MethodId;

    /// One block of `insts` over registers of `regs` types, returning `ret`.
    fn function(regs: Vec<Ty>, insts: Vec<Inst>, ret: Option<Reg>) -> Function {
        Function::one_block(regs, insts, Terminator::Return(ret))
    }

    fn call(dst: u32, args: &[u32]) -> Inst {
        Inst::Call {
            dst: Some(Reg(dst)),
            callee: Symbol::Method(MethodId(0)),
            args: args.iter().map(|a| Reg(*a)).collect(),
        }
    }

    #[test]
    fn a_tree_of_single_uses_stays_on_the_stack() {
        // r2 = r0 + r1; return r2: every value is computed where it is read.
        let f = function(
            vec![Ty::I32; 3],
            vec![
                Inst::Const { dst: Reg(0), value: Const::I32(1) },
                Inst::Const { dst: Reg(1), value: Const::I32(2) },
                Inst::Binary { dst: Reg(2), op: BinOp::Add, ty: Ty::I32, lhs: Reg(0), rhs: Reg(1) },
            ],
            Some(Reg(2)),
        );
        let s = stackify(&f);
        assert_eq!(s.moved[0], vec![true, true, true]);
        assert_eq!(s.inline, vec![Some((0, 0)), Some((0, 1)), Some((0, 2))]);
    }

    #[test]
    fn definitions_out_of_operand_order_stay_in_locals() {
        // r1 is defined before r0, but pushed after it: r1 must not move into the subtraction, r0 may.
        let f = function(
            vec![Ty::I32; 3],
            vec![
                Inst::Const { dst: Reg(1), value: Const::I32(2) },
                Inst::Const { dst: Reg(0), value: Const::I32(1) },
                Inst::Binary { dst: Reg(2), op: BinOp::Sub, ty: Ty::I32, lhs: Reg(0), rhs: Reg(1) },
            ],
            Some(Reg(2)),
        );
        let s = stackify(&f);
        assert_eq!(s.moved[0], vec![false, true, true]);
        assert!(!s.is_inline(Reg(1)));
    }

    #[test]
    fn a_value_read_twice_stays_in_a_local() {
        let f = function(
            vec![Ty::I32; 2],
            vec![
                Inst::Const { dst: Reg(0), value: Const::I32(7) },
                Inst::Binary { dst: Reg(1), op: BinOp::Mul, ty: Ty::I32, lhs: Reg(0), rhs: Reg(0) },
            ],
            Some(Reg(1)),
        );
        let s = stackify(&f);
        assert!(!s.is_inline(Reg(0)));
        assert!(s.is_inline(Reg(1)));
    }

    #[test]
    fn no_call_runs_above_a_reference_on_the_stack() {
        // f(r0: ref, g()): r0 is pushed first, so g() may not run inline above it; it is called before, into a
        // local. With an i32 first argument, g() runs inline.
        for (first, g_inline) in [(Ty::Ref, false), (Ty::I32, true)] {
            let f = function(
                vec![first, Ty::I32, Ty::I32],
                vec![Inst::Get { dst: Reg(0), var: Var(0) }, call(1, &[]), call(2, &[0, 1])],
                Some(Reg(2)),
            );
            let mut f = f;
            f.vars.push(VarInfo { ty: first, mem: MemType::I32, storage: Storage::Local, name: "loc0".into() });
            let s = stackify(&f);
            assert_eq!(s.is_inline(Reg(1)), g_inline, "first argument {first}");
            assert!(s.is_inline(Reg(2)));
        }
    }

    #[test]
    fn nothing_moves_past_a_store() {
        // r0 = load; store; return r0 + 1: the load must stay before the store.
        let f = function(
            vec![Ty::I32, Ty::I32, Ty::I32, Ty::I32],
            vec![
                Inst::Load { dst: Reg(0), mem: MemType::I32, addr: Reg(3), offset: 0 },
                Inst::Store { mem: MemType::I32, addr: Reg(3), offset: 0, value: Reg(3) },
                Inst::Const { dst: Reg(1), value: Const::I32(1) },
                Inst::Binary { dst: Reg(2), op: BinOp::Add, ty: Ty::I32, lhs: Reg(0), rhs: Reg(1) },
            ],
            Some(Reg(2)),
        );
        let s = stackify(&f);
        assert!(!s.is_inline(Reg(0)));
        assert!(s.is_inline(Reg(1)) && s.is_inline(Reg(2)));
    }
}
