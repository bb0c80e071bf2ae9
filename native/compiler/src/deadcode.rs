//! Removing instructions whose result nothing reads and which do nothing else: what the check-removing passes
//! leave behind (the length a removed bounds check compared with, the read of a variable it checked) and what
//! inlining leaves (a getter's unused result). Code generation would otherwise store each into a local.

use crate::ir::*;

/// Removes dead pure instructions from `f`, repeatedly (a removal may leave its operands unread); returns how many.
pub fn remove(f: &mut Function) -> usize {
    let mut removed = 0;
    loop {
        let mut uses = vec![0u32; f.regs.len()];
        for block in &f.blocks {
            for r in block.insts.iter().flat_map(Inst::operands).chain(block.terminator.operand()) {
                uses[r.0 as usize] += 1;
            }
        }
        let dead = |inst: &Inst| inst.dst().is_some_and(|d| uses[d.0 as usize] == 0) && inst.is_pure();
        let before = removed;
        for block in &mut f.blocks {
            if !block.insts.iter().any(dead) {
                continue;
            }
            let insts = std::mem::take(&mut block.insts);
            let offsets = std::mem::take(&mut block.il_offsets);
            for (inst, il) in insts.into_iter().zip(offsets) {
                if dead(&inst) {
                    removed += 1;
                } else {
                    block.insts.push(inst);
                    block.il_offsets.push(il);
                }
            }
        }
        if removed == before {
            return removed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unread_pure_results_go_calls_and_checks_stay() {
        let r = Reg;
        let insts = vec![
            Inst::Const { dst: r(0), value: Const::I32(12) },
            Inst::Binary { dst: r(1), op: BinOp::Add, ty: Ty::I32, lhs: r(0), rhs: r(0) },
            Inst::Const { dst: r(2), value: Const::I32(0) },
            Inst::Binary { dst: r(3), op: BinOp::Div, ty: Ty::I32, lhs: r(0), rhs: r(2) },
            Inst::Call { dst: Some(r(4)), callee: Symbol::Host(0), args: vec![] },
        ];
        let mut f = Function::one_block(vec![Ty::I32; 5], insts, Terminator::Return(None));
        // The add goes, then nothing else can: the division by zero throws, the call is a call.
        assert_eq!(remove(&mut f), 1);
        assert_eq!(f.blocks[0].insts.len(), 4);
        crate::verify::verify(&f).expect("still valid");
    }
}
