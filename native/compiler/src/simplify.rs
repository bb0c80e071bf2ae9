//! Simplifications that let small methods be inlined and keep values out of the shadow frame, run after the
//! importer and again after inlining:
//! - [`merge_blocks`]: folded branches (`box T; brtrue` in generic code, feature switches) leave chains of blocks
//!   joined by `goto`; merged, a getter is one block again.
//! - [`promote`]: variables brought back from the shadow frame to Wasm locals. The importer puts a scalar variable
//!   in the frame when its address is taken: `ldarga`/`ldloca` for a call on a value type (`key.GetHashCode()` in
//!   generic code is `ldarga; constrained. callvirt`). Once inlining has copied such a callee in, the address is
//!   often only read and written at offset 0 with the variable's own width: the variable can be a local again.
//!   A method with no frame use left needs no frame at all.
//! - [`forward_locals`]: in a method of one block, a local read after it was written in that block is the
//!   written value; a local nobody reads is dropped. Roslyn's `stloc; ldloc` pairs otherwise keep a helper such as
//!   `Dictionary.GetBucket` from being inlined (`inline` takes only callees without locals).
//! - [`forward_struct_copies`]: `ldobj S; stobj S` copies a struct through a frame temporary (two copies); when
//!   nothing between them writes memory, one copy from the source does (`SpanHelpers.Memmove`'s `Block16` and
//!   `Block64` moves), and [`compact_frame`] gives the temporary's bytes back: a frame that is zeroed on every
//!   call is smaller, or gone.
//! - [`fold_address_offsets`]: a load or store at `base + k` for a constant `k` is one at `base` with offset `k`
//!   (Wasm's memory immediate), so that V8's baseline tier does no addition and the sum often goes.
//! - [`narrow_wrapped_arithmetic`]: `conv.i` of 64-bit arithmetic on values widened from 32 bits is the same
//!   arithmetic in 32 bits. Roslyn indexes a pointer with an unsigned index so (`p[i]`: `conv.u8; ldc.i4.4;
//!   conv.i8; mul; conv.i`), which the runtime's heap does on every page-table and free-list access. So is
//!   `conv.i` of a 64-bit remainder of a zero-extended value: `(uint)h % a.Length`, a hash collection's bucket.

use crate::ir::*;
use std::collections::{BTreeSet, HashMap};

/// Every simplification of this module, in order; whether any changed `f`.
pub fn simplify(f: &mut Function) -> bool {
    let merged = merge_blocks(f);
    let promoted = promote(f) > 0;
    let forwarded = forward_locals(f);
    let copies = forward_struct_copies(f);
    let narrowed = narrow_wrapped_arithmetic(f);
    let folded = fold_address_offsets(f);
    merged || promoted || forwarded || copies || narrowed || folded
}

/// Rewrites each load and store whose address is `base + k` (one definition each, `k` a non-negative constant,
/// `base` of the sum's type) as an access at `base` with `k` added to its offset; returns whether any changed.
/// (Wasm adds the offset without wrapping: only an address past 4 GiB, never a valid one, behaves differently.)
pub fn fold_address_offsets(f: &mut Function) -> bool {
    let mut sums = f.constant_offsets();
    sums.retain(|sum, (base, k)| *k >= 0 && f.regs[base.0 as usize] == f.regs[sum.0 as usize]);
    if sums.is_empty() {
        return false;
    }
    let mut changed = false;
    for inst in f.blocks.iter_mut().flat_map(|b| &mut b.insts) {
        if let Inst::Load { addr, offset, .. } | Inst::Store { addr, offset, .. } = inst
            && let Some(&(base, k)) = sums.get(addr)
            && let Some(sum) = offset.checked_add(k as u32)
        {
            *addr = base;
            *offset = sum;
            changed = true;
        }
    }
    changed
}

/// Rewrites each `conv.i4`/`conv.u4` (a wrap to 32 bits) of 64-bit `add`, `sub`, `mul`, `and`, `or` or `xor`
/// whose operands are 32-bit values widened (either way) or constants as the same operations in 32 bits: the low
/// 32 bits of these operations depend only on the low 32 bits of their operands. And each `conv.i4` or
/// `conv.ovf.i4` of a 64-bit `rem` of a zero-extended `x` by a widened `y` (C#'s `(uint)h % a.Length`) as a 32-bit
/// unsigned remainder ([`Narrowing::remainder`]). The 64-bit instructions are left for `deadcode`. Returns whether
/// anything changed.
pub fn narrow_wrapped_arithmetic(f: &mut Function) -> bool {
    let defs = f.def_counts();
    let uses = f.use_counts();
    let mut changed = false;
    for b in 0..f.blocks.len() {
        let insts = std::mem::take(&mut f.blocks[b].insts);
        let offsets = std::mem::take(&mut f.blocks[b].il_offsets);
        let mut narrow = Narrowing {
            regs: &mut f.regs,
            defs: &defs,
            uses: &uses,
            at: HashMap::new(),
            insts: Vec::new(),
            dropped: BTreeSet::new(),
        };
        let mut new_offsets = Vec::new();
        for (inst, il) in insts.into_iter().zip(offsets) {
            if let Inst::Convert {
                dst, to: ConvTarget::I4 | ConvTarget::U4, from: Ty::I64, src, checked: false, ..
            } = inst
                && narrow.regs[dst.0 as usize] == Ty::I32
                && narrow.is_arithmetic(src)
            {
                let before = narrow.insts.len();
                if narrow.narrowed(src, Some(dst), 0).is_some() {
                    new_offsets.resize(narrow.insts.len(), il);
                    changed = true;
                    continue;
                }
                narrow.insts.truncate(before);
            }
            if let Inst::Convert { dst, to: ConvTarget::I4, from: Ty::I64, src, checked, .. } = inst
                && narrow.regs[dst.0 as usize] == Ty::I32
                && narrow.remainder(src, dst, checked)
            {
                new_offsets.resize(narrow.insts.len(), il);
                changed = true;
                continue;
            }
            if let Some(d) = inst.dst() {
                narrow.at.insert(d, narrow.insts.len());
            }
            narrow.insts.push(inst);
            new_offsets.push(il);
        }
        let keep: Vec<bool> = (0..narrow.insts.len()).map(|i| !narrow.dropped.contains(&i)).collect();
        f.blocks[b].insts = narrow.insts;
        f.blocks[b].il_offsets = new_offsets;
        keep_insts(&mut f.blocks[b], &keep);
    }
    changed
}

/// The state of `narrow_wrapped_arithmetic` in one block: the instructions so far and where each register (defined
/// once in the function) is defined among them.
struct Narrowing<'a> {
    regs: &'a mut Vec<Ty>,
    defs: &'a [u32],
    uses: &'a [u32],
    at: HashMap<Reg, usize>,
    insts: Vec<Inst>,
    /// Instructions (indices into `insts`) a rewrite replaced that `deadcode` would keep: a remainder, which may
    /// throw, whose 32-bit replacement throws the same.
    dropped: BTreeSet<usize>,
}

impl Narrowing<'_> {
    fn def(&self, r: Reg) -> Option<&Inst> {
        if self.defs[r.0 as usize] != 1 {
            return None;
        }
        self.at.get(&r).map(|&i| &self.insts[i])
    }

    fn is_arithmetic(&self, r: Reg) -> bool {
        matches!(self.def(r), Some(Inst::Binary { ty: Ty::I64, .. }))
    }

    /// A 32-bit register holding the low 32 bits of `r` (written to `dst` when given), appending what computes it;
    /// None when `r` is not arithmetic this can narrow (the caller drops what was appended).
    fn narrowed(&mut self, r: Reg, dst: Option<Reg>, depth: u32) -> Option<Reg> {
        match self.def(r)?.clone() {
            Inst::Convert { .. } if dst.is_none() => self.widened(r).map(|(src, _)| src),
            Inst::Const { value: Const::I64(c), .. } if dst.is_none() => {
                let n = self.fresh();
                self.insts.push(Inst::Const { dst: n, value: Const::I32(c as i32) });
                Some(n)
            }
            Inst::Binary { op, ty: Ty::I64, lhs, rhs, .. }
                if depth < 4
                    && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor) =>
            {
                let lhs = self.narrowed(lhs, None, depth + 1)?;
                let rhs = self.narrowed(rhs, None, depth + 1)?;
                let d = dst.unwrap_or_else(|| self.fresh());
                self.insts.push(Inst::Binary { dst: d, op, ty: Ty::I32, lhs, rhs });
                Some(d)
            }
            _ => None,
        }
    }

    fn fresh(&mut self) -> Reg {
        self.regs.push(Ty::I32);
        Reg(self.regs.len() as u32 - 1)
    }

    /// The 32-bit register `r` widens, and whether it does so with its sign.
    fn widened(&self, r: Reg) -> Option<(Reg, bool)> {
        match self.def(r)? {
            Inst::Convert {
                to: to @ (ConvTarget::I8 | ConvTarget::U8),
                from: Ty::I32,
                src,
                checked: false,
                unsigned_source,
                ..
            } if self.regs[src.0 as usize] == Ty::I32 => Some((*src, *to == ConvTarget::I8 && !unsigned_source)),
            _ => None,
        }
    }

    /// `dst = conv.i4 (zext(x) rem y')` with `y'` a widened `y`, appended as 32-bit code; false when `src` is no
    /// such remainder. The dividend is never negative, so the signed remainder is `x mod |y|` (unsigned), below
    /// 2^31 when `y` was sign-extended (`|y|` is at most 2^31, which `i32::MIN` reads as unsigned): then the
    /// conversion cannot overflow, checked or not. A zero-extended `y` only unchecked (the remainder may reach
    /// 2^32 - 2). `y = 0` throws DivideByZeroException either way; no dividend is `i64::MIN`, so none overflows.
    fn remainder(&mut self, src: Reg, dst: Reg, checked: bool) -> bool {
        let Some(Inst::Binary { op: BinOp::Rem, ty: Ty::I64, lhs, rhs, .. }) = self.def(src).cloned() else {
            return false;
        };
        let (Some((x, false)), Some((y, signed))) = (self.widened(lhs), self.widened(rhs)) else { return false };
        if !signed && checked {
            return false;
        }
        let start = self.insts.len();
        let divisor = if signed {
            // |y| = (y ^ (y >> 31)) - (y >> 31), wrapping: i32::MIN stays 0x8000_0000.
            let (bits, sign, flipped, abs) = (self.fresh(), self.fresh(), self.fresh(), self.fresh());
            self.insts.push(Inst::Const { dst: bits, value: Const::I32(31) });
            self.insts.push(Inst::Binary { dst: sign, op: BinOp::Shr, ty: Ty::I32, lhs: y, rhs: bits });
            self.insts.push(Inst::Binary { dst: flipped, op: BinOp::Xor, ty: Ty::I32, lhs: y, rhs: sign });
            self.insts.push(Inst::Binary { dst: abs, op: BinOp::Sub, ty: Ty::I32, lhs: flipped, rhs: sign });
            abs
        } else {
            y
        };
        self.insts.push(Inst::Binary { dst, op: BinOp::RemUn, ty: Ty::I32, lhs: x, rhs: divisor });
        // The 64-bit remainder goes if nothing else reads it and nothing with an effect runs between it and here
        // (its divide-by-zero throw moves here).
        let at = self.at[&src];
        if self.uses[src.0 as usize] == 1 && self.insts[at + 1..start].iter().all(Inst::is_pure) {
            self.dropped.insert(at);
        }
        true
    }
}

/// Replaces each pair `copy t <- s, n; ...; copy d <- t, n` through a frame temporary `t` that nothing else reads
/// with `copy d <- s, n`, when nothing between the two writes memory (so `s` still holds what the first copy
/// read; a `Copy` is a memmove, so `d` and `s` may overlap as through the temporary), then drops the temporaries
/// and compacts the frame. Returns whether any pair was found. Methods with handlers keep their frame layout (their
/// pass-one function shares it).
pub fn forward_struct_copies(f: &mut Function) -> bool {
    if f.pass_one.is_some() || f.frame_param.is_some() || f.caught.is_some() || f.frame_size == 0 {
        return false;
    }
    let mut uses = vec![0u32; f.regs.len()];
    for block in &f.blocks {
        for r in block.insts.iter().flat_map(Inst::operands).chain(block.terminator.operand()) {
            uses[r.0 as usize] += 1;
        }
    }
    // Frame offsets named more than once (by two temporaries, or by a variable) are not a private temporary.
    let mut named: HashMap<u32, u32> = HashMap::new();
    for v in &f.vars {
        if let Storage::Frame { offset } = v.storage {
            *named.entry(offset).or_default() += 1;
        }
    }
    let mut temps: HashMap<Reg, u32> = HashMap::new();
    for inst in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Inst::FrameAddress { dst, offset } = inst {
            *named.entry(*offset).or_default() += 1;
            if uses[dst.0 as usize] == 2 {
                temps.insert(*dst, *offset);
            }
        }
    }
    temps.retain(|_, offset| named[offset] == 1);
    if temps.is_empty() {
        return false;
    }
    let vars = &f.vars;
    // Checks and throwing arithmetic may leave, but write nothing: the temporary is then never read either.
    let writes_memory = |inst: &Inst| match inst {
        Inst::Set { var, .. } => vars[var.0 as usize].storage != Storage::Local,
        Inst::NullCheck { .. } | Inst::BoundsCheck { .. } | Inst::ThrowIf { .. } => false,
        Inst::Unary { .. } | Inst::Binary { .. } | Inst::Convert { .. } => false,
        _ => !inst.is_pure(),
    };
    let mut forwarded: HashMap<Reg, u32> = HashMap::new();
    for block in &mut f.blocks {
        // (the first copy, the second, the source) of each pair through a temporary.
        let mut pairs = Vec::new();
        for (i, inst) in block.insts.iter().enumerate() {
            let Inst::Copy { dst: temp, src, size } = *inst else { continue };
            if !temps.contains_key(&temp) {
                continue;
            }
            let next = block.insts[i + 1..]
                .iter()
                .position(|inst| inst.operands().contains(&temp) || writes_memory(inst))
                .map(|k| i + 1 + k);
            if let Some(j) = next
                && let Inst::Copy { src: read, size: n, .. } = block.insts[j]
                && read == temp
                && n == size
            {
                pairs.push((i, j, src));
                forwarded.insert(temp, temps[&temp]);
            }
        }
        if pairs.is_empty() {
            continue;
        }
        let mut keep = vec![true; block.insts.len()];
        for (first, second, src) in pairs {
            keep[first] = false;
            if let Inst::Copy { src: read, .. } = &mut block.insts[second] {
                *read = src;
            }
        }
        keep_insts(block, &keep);
    }
    if forwarded.is_empty() {
        return false;
    }
    for block in &mut f.blocks {
        let keep: Vec<bool> = block
            .insts
            .iter()
            .map(|inst| !matches!(inst, Inst::FrameAddress { dst, .. } if forwarded.contains_key(dst)))
            .collect();
        keep_insts(block, &keep);
    }
    let dropped: Vec<u32> = forwarded.into_values().collect();
    compact_frame(f, &dropped);
    true
}

/// Keeps the instructions (and their IL offsets) of `block` whose `keep` flag is set.
fn keep_insts(block: &mut Block, keep: &[bool]) {
    let insts = std::mem::take(&mut block.insts);
    let offsets = std::mem::take(&mut block.il_offsets);
    (block.insts, block.il_offsets) =
        insts.into_iter().zip(offsets).zip(keep).filter(|(_, k)| **k).map(|(pair, _)| pair).unzip();
}

/// Moves the frame's remaining slots down over the slots at `dropped` (slot starts no instruction or variable names
/// any longer) and shrinks the frame. A slot runs from its start to the next slot's (the importer hands out slots
/// in order), and each moved slot keeps the frame's alignment.
pub fn compact_frame(f: &mut Function, dropped: &[u32]) {
    let mut live: BTreeSet<u32> = BTreeSet::new();
    for v in &f.vars {
        if let Storage::Frame { offset } = v.storage {
            live.insert(offset);
        }
    }
    for inst in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Inst::FrameAddress { offset, .. } = inst {
            live.insert(*offset);
        }
    }
    let starts: Vec<u32> = live.iter().chain(dropped).copied().collect::<BTreeSet<u32>>().into_iter().collect();
    let mut moved: HashMap<u32, u32> = HashMap::new();
    let mut end = 0u32;
    for (k, &start) in starts.iter().enumerate() {
        if !live.contains(&start) {
            continue;
        }
        let size = starts.get(k + 1).copied().unwrap_or(f.frame_size).max(start) - start;
        let at = end.next_multiple_of(crate::abi::FRAME_ALIGN);
        moved.insert(start, at);
        end = at + size;
    }
    for v in &mut f.vars {
        if let Storage::Frame { offset } = &mut v.storage {
            *offset = moved[offset];
        }
    }
    for inst in f.blocks.iter_mut().flat_map(|b| &mut b.insts) {
        if let Inst::FrameAddress { offset, .. } = inst {
            *offset = moved[offset];
        }
    }
    f.zero_ranges = std::mem::take(&mut f.zero_ranges)
        .into_iter()
        .filter_map(|(offset, size)| moved.get(&offset).map(|at| (*at, size)))
        .collect();
    f.frame_size = end.next_multiple_of(crate::abi::FRAME_ALIGN);
}

/// Promotes every frame variable of `f` whose address is only loaded and stored through as the variable itself;
/// returns how many. A method with handlers shares its frame with its pass-one function (filters read the
/// variables there), so it is left as it is.
pub fn promote(f: &mut Function) -> usize {
    if f.pass_one.is_some() || f.frame_param.is_some() || f.caught.is_some() {
        return 0;
    }
    // The address registers of each frame scalar, and whether each use of them is a plain access.
    let mut addresses: HashMap<Reg, Var> = HashMap::new();
    for inst in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Inst::AddressOf { dst, var } = inst
            && matches!(f.vars[var.0 as usize].storage, Storage::Frame { .. })
            && !matches!(f.vars[var.0 as usize].ty, Ty::Struct(_))
        {
            addresses.insert(*dst, *var);
        }
    }
    if addresses.is_empty() {
        return 0;
    }
    let mut blocked = vec![false; f.vars.len()];
    for block in &f.blocks {
        for inst in &block.insts {
            let plain = match inst {
                Inst::AddressOf { .. } | Inst::NullCheck { .. } => continue,
                Inst::Load { dst, mem, addr, offset: 0 } => addresses.get(addr).map(|v| {
                    let var = &f.vars[v.0 as usize];
                    (*v, var.mem == *mem && f.regs[dst.0 as usize] == var.ty)
                }),
                Inst::Store { mem, addr, offset: 0, value } if *value != *addr => addresses.get(addr).map(|v| {
                    let var = &f.vars[v.0 as usize];
                    (*v, var.mem == *mem && f.regs[value.0 as usize] == var.ty)
                }),
                _ => None,
            };
            match plain {
                Some((_, true)) => {}
                Some((var, false)) => blocked[var.0 as usize] = true,
                None => {
                    for r in inst.operands() {
                        if let Some(var) = addresses.get(&r) {
                            blocked[var.0 as usize] = true;
                        }
                    }
                }
            }
        }
        if let Some(var) = block.terminator.operand().and_then(|r| addresses.get(&r)) {
            blocked[var.0 as usize] = true;
        }
    }
    addresses.retain(|_, var| !blocked[var.0 as usize]);
    if addresses.is_empty() {
        return 0;
    }
    for block in &mut f.blocks {
        let insts = std::mem::take(&mut block.insts);
        let offsets = std::mem::take(&mut block.il_offsets);
        for (inst, il) in insts.into_iter().zip(offsets) {
            let inst = match inst {
                Inst::AddressOf { dst, .. } if addresses.contains_key(&dst) => continue,
                Inst::NullCheck { value } if addresses.contains_key(&value) => continue,
                Inst::Load { dst, addr, .. } if addresses.contains_key(&addr) => {
                    Inst::Get { dst, var: addresses[&addr] }
                }
                Inst::Store { addr, value, .. } if addresses.contains_key(&addr) => {
                    Inst::Set { var: addresses[&addr], src: value }
                }
                other => other,
            };
            block.insts.push(inst);
            block.il_offsets.push(il);
        }
    }
    let mut promoted: Vec<Var> = addresses.into_values().collect();
    promoted.sort_unstable_by_key(|v| v.0);
    promoted.dedup();
    for var in &promoted {
        f.vars[var.0 as usize].storage = Storage::Local;
    }
    let frame_used = f.vars.iter().any(|v| !matches!(v.storage, Storage::Local))
        || f.blocks.iter().flat_map(|b| &b.insts).any(|i| matches!(i, Inst::FrameAddress { .. }));
    if !frame_used {
        f.frame_size = 0;
        f.zero_ranges.clear();
    }
    promoted.len()
}

/// Merges each block that only `goto`s a block no other block reaches with that block, and drops the blocks no
/// longer reached; returns whether anything changed. Folded branches leave such chains (`box T; brtrue` in generic
/// code is a `goto` once known), and `inline` takes only callees of one block. A method with handlers keeps its
/// blocks: its landing pad dispatches on them.
pub fn merge_blocks(f: &mut Function) -> bool {
    if f.pass_one.is_some() || f.frame_param.is_some() || f.caught.is_some() {
        return false;
    }
    let n = f.blocks.len();
    let mut predecessors = vec![0u32; n];
    predecessors[0] = 1; // The entry is entered from outside: never merged into another block.
    for s in f.blocks.iter().flat_map(|b| b.terminator.successors()) {
        predecessors[s.0 as usize] += 1;
    }
    let mut changed = false;
    for b in 0..n {
        while let Terminator::Goto(t) = f.blocks[b].terminator {
            let t = t.0 as usize;
            if t == b || predecessors[t] != 1 {
                break;
            }
            let emptied = Block {
                il_offset: f.blocks[t].il_offset,
                insts: Vec::new(),
                il_offsets: Vec::new(),
                terminator: Terminator::Unreachable,
                terminator_offset: f.blocks[t].terminator_offset,
            };
            let merged = std::mem::replace(&mut f.blocks[t], emptied);
            let block = &mut f.blocks[b];
            block.insts.extend(merged.insts);
            block.il_offsets.extend(merged.il_offsets);
            block.terminator = merged.terminator;
            block.terminator_offset = merged.terminator_offset;
            predecessors[t] = 0;
            changed = true;
        }
    }
    if changed {
        remove_unreached(f);
    }
    changed
}

/// Drops the blocks not reached from the entry, renumbering the rest in their order.
fn remove_unreached(f: &mut Function) {
    let mut reached = vec![false; f.blocks.len()];
    let mut work = vec![0usize];
    reached[0] = true;
    while let Some(b) = work.pop() {
        for s in f.blocks[b].terminator.successors() {
            if !reached[s.0 as usize] {
                reached[s.0 as usize] = true;
                work.push(s.0 as usize);
            }
        }
    }
    let mut renumbered = vec![BlockId(u32::MAX); f.blocks.len()];
    for (new, (old, _)) in reached.iter().enumerate().filter(|(_, r)| **r).enumerate() {
        renumbered[old] = BlockId(new as u32);
    }
    let blocks = std::mem::take(&mut f.blocks);
    for (old, mut block) in blocks.into_iter().enumerate() {
        if !reached[old] {
            continue;
        }
        let rename = |b: &mut BlockId| *b = renumbered[b.0 as usize];
        match &mut block.terminator {
            Terminator::Goto(t) => rename(t),
            Terminator::Branch { then, otherwise, .. } => {
                rename(then);
                rename(otherwise);
            }
            Terminator::Switch { targets, default, .. } => {
                targets.iter_mut().for_each(rename);
                rename(default);
            }
            Terminator::Return(_) | Terminator::Throw(_) | Terminator::Unreachable | Terminator::Unwind(_) => {}
        }
        f.blocks.push(block);
    }
}

/// In a method of one block (and no handlers), replaces each read of a non-parameter local that follows a write
/// of it with the written register, drops the writes of locals no one reads, and the locals no instruction names;
/// returns whether anything changed. Small integer locals (whose writes truncate) are left as they are.
pub fn forward_locals(f: &mut Function) -> bool {
    if f.blocks.len() != 1 || f.pass_one.is_some() || f.frame_param.is_some() || f.caught.is_some() {
        return false;
    }
    let params = f.params.len();
    let forwardable = |f: &Function, var: Var| {
        let info = &f.vars[var.0 as usize];
        var.0 as usize >= params
            && info.storage == Storage::Local
            && matches!(info.mem, MemType::I32 | MemType::I64 | MemType::F32 | MemType::F64)
            && !matches!(info.ty, Ty::Struct(_))
    };
    let mut changed = false;
    let mut current: HashMap<Var, Reg> = HashMap::new();
    let mut renamed: HashMap<Reg, Reg> = HashMap::new();
    let block = &mut f.blocks[0];
    let insts = std::mem::take(&mut block.insts);
    let offsets = std::mem::take(&mut block.il_offsets);
    for (mut inst, il) in insts.into_iter().zip(offsets) {
        for r in inst.operands_mut() {
            if let Some(n) = renamed.get(r) {
                *r = *n;
            }
        }
        match inst {
            Inst::Set { var, src } if forwardable(f, var) => {
                current.insert(var, src);
            }
            Inst::Get { dst, var } => {
                if let Some(&src) = current.get(&var)
                    && f.regs[src.0 as usize] == f.regs[dst.0 as usize]
                {
                    renamed.insert(dst, src);
                    changed = true;
                    continue;
                }
            }
            _ => {}
        }
        f.blocks[0].insts.push(inst);
        f.blocks[0].il_offsets.push(il);
    }
    let block = &mut f.blocks[0];
    if let Some(r) = block.terminator.operand_mut()
        && let Some(n) = renamed.get(r)
    {
        *r = *n;
    }
    // Writes no one reads, then locals nothing names (with those writes gone, a local is named iff it is read).
    let mut read = vec![false; f.vars.len()];
    for inst in &f.blocks[0].insts {
        if let Inst::Get { var, .. } | Inst::AddressOf { var, .. } = inst {
            read[var.0 as usize] = true;
        }
    }
    let before = f.blocks[0].insts.len();
    let dead_write =
        |inst: &Inst| matches!(inst, Inst::Set { var, .. } if var.0 as usize >= params && !read[var.0 as usize]);
    let block = &mut f.blocks[0];
    let kept: Vec<(Inst, u32)> = std::mem::take(&mut block.insts)
        .into_iter()
        .zip(std::mem::take(&mut block.il_offsets))
        .filter(|(inst, _)| !dead_write(inst))
        .collect();
    changed |= kept.len() != before;
    (block.insts, block.il_offsets) = kept.into_iter().unzip();
    // Only trailing locals can go without renumbering the rest.
    while f.vars.len() > params && !read[f.vars.len() - 1] && f.vars[f.vars.len() - 1].storage == Storage::Local {
        f.vars.pop();
        changed = true;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn var(ty: Ty, storage: Storage, name: &str) -> VarInfo {
        VarInfo { ty, mem: MemType::I32, storage, name: name.into() }
    }

    #[test]
    fn a_goto_chain_becomes_one_block_and_unreached_blocks_go() {
        // block0: r0 = 1; goto 2. block1 (unreached): unreachable. block2: return r0.
        let mut f = Function::one_block(
            vec![Ty::I32],
            vec![Inst::Const { dst: Reg(0), value: Const::I32(1) }],
            Terminator::Goto(BlockId(2)),
        );
        f.result = Some(Ty::I32);
        f.blocks.push(Block::at_offset_zero(Vec::new(), Terminator::Unreachable));
        f.blocks.push(Block::at_offset_zero(Vec::new(), Terminator::Return(Some(Reg(0)))));
        assert!(merge_blocks(&mut f));
        assert_eq!(f.blocks.len(), 1);
        assert_eq!(f.blocks[0].terminator, Terminator::Return(Some(Reg(0))));
        crate::verify::verify(&f).expect("valid IR");
    }

    #[test]
    fn a_block_with_two_predecessors_is_not_merged() {
        // block0: branch r0 ? 1 : 2. block1: goto 2. block2: return.
        let mut f = Function::one_block(
            vec![Ty::I32],
            vec![Inst::Const { dst: Reg(0), value: Const::I32(1) }],
            Terminator::Branch { cond: Reg(0), then: BlockId(1), otherwise: BlockId(2) },
        );
        f.blocks.push(Block::at_offset_zero(Vec::new(), Terminator::Goto(BlockId(2))));
        f.blocks.push(Block::at_offset_zero(Vec::new(), Terminator::Return(None)));
        assert!(!merge_blocks(&mut f));
        assert_eq!(f.blocks.len(), 3);
    }

    #[test]
    fn a_parameter_only_loaded_through_its_address_becomes_a_local_and_the_frame_goes() {
        // v0 (frame+0): r0 = &v0; r1 = load r0; return r1  →  r1 = v0; return r1, no frame.
        let mut f = Function::one_block(
            vec![Ty::ByRef, Ty::I32],
            vec![
                Inst::AddressOf { dst: Reg(0), var: Var(0) },
                Inst::Load { dst: Reg(1), mem: MemType::I32, addr: Reg(0), offset: 0 },
            ],
            Terminator::Return(Some(Reg(1))),
        );
        f.params = vec![Ty::I32];
        f.vars = vec![var(Ty::I32, Storage::Frame { offset: 0 }, "arg0")];
        f.frame_size = 8;
        assert_eq!(promote(&mut f), 1);
        assert_eq!(f.vars[0].storage, Storage::Local);
        assert_eq!(f.frame_size, 0);
        assert_eq!(f.blocks[0].insts, vec![Inst::Get { dst: Reg(1), var: Var(0) }]);
        crate::verify::verify(&f).expect("valid IR");
    }

    #[test]
    fn an_address_that_escapes_keeps_its_variable_in_the_frame() {
        // r0 = &v0 passed to a call: the callee may keep it.
        let mut f = Function::one_block(
            vec![Ty::ByRef],
            vec![
                Inst::AddressOf { dst: Reg(0), var: Var(0) },
                Inst::Call { dst: None, callee: Symbol::Method(wasmr2r_typesystem::MethodId(0)), args: vec![Reg(0)] },
            ],
            Terminator::Return(None),
        );
        f.params = vec![Ty::I32];
        f.vars = vec![var(Ty::I32, Storage::Frame { offset: 0 }, "arg0")];
        f.frame_size = 8;
        assert_eq!(promote(&mut f), 0);
        assert_eq!(f.frame_size, 8);
    }

    #[test]
    fn a_local_read_after_its_write_is_the_written_register() {
        // v0 = r0; r1 = v0; return r1  →  return r0, and v0 is gone.
        let mut f = Function::one_block(
            vec![Ty::I32, Ty::I32],
            vec![
                Inst::Const { dst: Reg(0), value: Const::I32(7) },
                Inst::Set { var: Var(0), src: Reg(0) },
                Inst::Get { dst: Reg(1), var: Var(0) },
            ],
            Terminator::Return(Some(Reg(1))),
        );
        f.vars = vec![var(Ty::I32, Storage::Local, "loc0")];
        assert!(forward_locals(&mut f));
        assert!(f.vars.is_empty());
        assert_eq!(f.blocks[0].insts, vec![Inst::Const { dst: Reg(0), value: Const::I32(7) }]);
        assert_eq!(f.blocks[0].terminator, Terminator::Return(Some(Reg(0))));
        crate::verify::verify(&f).expect("valid IR");
    }

    /// `r0 = frame+0; r1 = frame+16; copy r0 <- p0, 16; copy p1 <- r0, 16; r2 = &r1...`: the body of a method that
    /// moves a 16-byte struct and keeps a second temporary `r1` (read by a call).
    fn struct_move(between: Option<Inst>) -> Function {
        let mut insts = vec![
            Inst::FrameAddress { dst: Reg(2), offset: 0 },
            Inst::FrameAddress { dst: Reg(3), offset: 16 },
            Inst::Copy { dst: Reg(2), src: Reg(0), size: 16 },
        ];
        insts.extend(between);
        insts.push(Inst::Copy { dst: Reg(1), src: Reg(2), size: 16 });
        insts.push(Inst::Call {
            dst: None,
            callee: Symbol::Method(wasmr2r_typesystem::MethodId(0)),
            args: vec![Reg(3)],
        });
        let mut f = Function::one_block(vec![Ty::ByRef; 5], insts, Terminator::Return(None));
        f.params = vec![Ty::ByRef, Ty::ByRef];
        f.vars = vec![var(Ty::ByRef, Storage::Local, "arg0"), var(Ty::ByRef, Storage::Local, "arg1")];
        f.blocks[0]
            .insts
            .splice(0..0, [Inst::Get { dst: Reg(0), var: Var(0) }, Inst::Get { dst: Reg(1), var: Var(1) }]);
        f.blocks[0].il_offsets = vec![0; f.blocks[0].insts.len()];
        f.frame_size = 32;
        f.zero_ranges = vec![(0, 16), (16, 16)];
        f
    }

    #[test]
    fn a_struct_moved_through_a_temporary_is_one_copy_and_the_frame_shrinks() {
        let mut f = struct_move(Some(Inst::Load { dst: Reg(4), mem: MemType::I32, addr: Reg(1), offset: 0 }));
        assert!(forward_struct_copies(&mut f));
        let copies: Vec<&Inst> = f.blocks[0].insts.iter().filter(|i| matches!(i, Inst::Copy { .. })).collect();
        assert_eq!(copies, vec![&Inst::Copy { dst: Reg(1), src: Reg(0), size: 16 }]);
        // The second temporary moved down to offset 0; the frame is its 16 bytes.
        assert!(f.blocks[0].insts.contains(&Inst::FrameAddress { dst: Reg(3), offset: 0 }));
        assert!(!f.blocks[0].insts.iter().any(|i| matches!(i, Inst::FrameAddress { dst: Reg(2), .. })));
        assert_eq!(f.frame_size, 16);
        assert_eq!(f.zero_ranges, vec![(0, 16)]);
        crate::verify::verify(&f).expect("valid IR");
    }

    #[test]
    fn a_store_between_the_copies_keeps_the_temporary() {
        // The store may write the source: the temporary holds the value from before it.
        let mut f = struct_move(Some(Inst::Store { mem: MemType::I32, addr: Reg(0), offset: 0, value: Reg(1) }));
        let before = f.clone();
        assert!(!forward_struct_copies(&mut f));
        assert_eq!(f, before);
    }

    /// `r{dst} = conv.{to} r{src}`, unchecked (the source's signedness does not matter to narrowing).
    fn convert(dst: u32, to: ConvTarget, from: Ty, src: u32) -> Inst {
        Inst::Convert { dst: Reg(dst), to, from, src: Reg(src), checked: false, unsigned_source: false }
    }

    #[test]
    fn a_wrapped_64_bit_index_product_is_a_32_bit_one() {
        // Roslyn's `p[i]` for a uint i: r1 = conv.u8 r0; r2 = 4L; r3 = r1 * r2; r4 = conv.i4 r3.
        let mut f = Function::one_block(
            vec![Ty::I32, Ty::I64, Ty::I64, Ty::I64, Ty::I32],
            vec![
                Inst::Get { dst: Reg(0), var: Var(0) },
                convert(1, ConvTarget::U8, Ty::I32, 0),
                Inst::Const { dst: Reg(2), value: Const::I64(4) },
                Inst::Binary { dst: Reg(3), op: BinOp::Mul, ty: Ty::I64, lhs: Reg(1), rhs: Reg(2) },
                convert(4, ConvTarget::I4, Ty::I64, 3),
            ],
            Terminator::Return(Some(Reg(4))),
        );
        f.params = vec![Ty::I32];
        f.vars = vec![var(Ty::I32, Storage::Local, "arg0")];
        assert!(narrow_wrapped_arithmetic(&mut f));
        let insts = &f.blocks[0].insts;
        assert_eq!(insts[insts.len() - 2], Inst::Const { dst: Reg(5), value: Const::I32(4) });
        assert_eq!(
            insts[insts.len() - 1],
            Inst::Binary { dst: Reg(4), op: BinOp::Mul, ty: Ty::I32, lhs: Reg(0), rhs: Reg(5) }
        );
        crate::verify::verify(&f).expect("valid IR");
        crate::deadcode::remove(&mut f);
        assert_eq!(f.blocks[0].insts.len(), 3, "the 64-bit product is dead: {:?}", f.blocks[0].insts);
    }

    /// `conv.{ovf.}i4 (conv.u8 x % conv.{i8,u8} y)`, x and y the two parameters.
    fn wide_remainder(divisor: ConvTarget, checked: bool) -> Function {
        let mut f = Function::one_block(
            vec![Ty::I32, Ty::I32, Ty::I64, Ty::I64, Ty::I64, Ty::I32],
            vec![
                Inst::Get { dst: Reg(0), var: Var(0) },
                Inst::Get { dst: Reg(1), var: Var(1) },
                convert(2, ConvTarget::U8, Ty::I32, 0),
                convert(3, divisor, Ty::I32, 1),
                Inst::Binary { dst: Reg(4), op: BinOp::Rem, ty: Ty::I64, lhs: Reg(2), rhs: Reg(3) },
                Inst::Convert {
                    dst: Reg(5),
                    to: ConvTarget::I4,
                    from: Ty::I64,
                    src: Reg(4),
                    checked,
                    unsigned_source: false,
                },
            ],
            Terminator::Return(Some(Reg(5))),
        );
        f.params = vec![Ty::I32, Ty::I32];
        f.vars = vec![var(Ty::I32, Storage::Local, "arg0"), var(Ty::I32, Storage::Local, "arg1")];
        f
    }

    #[test]
    fn a_remainder_of_a_zero_extended_value_by_a_length_is_a_32_bit_unsigned_one() {
        let mut f = wide_remainder(ConvTarget::I8, true);
        assert!(narrow_wrapped_arithmetic(&mut f));
        crate::verify::verify(&f).expect("valid IR");
        crate::deadcode::remove(&mut f);
        let insts = &f.blocks[0].insts;
        assert!(
            !insts.iter().any(|i| matches!(i, Inst::Binary { ty: Ty::I64, .. } | Inst::Convert { .. })),
            "{insts:?}"
        );
        // The divisor is |y|: (y ^ (y >> 31)) - (y >> 31).
        let Some(Inst::Binary { dst: Reg(5), op: BinOp::RemUn, ty: Ty::I32, lhs: Reg(0), rhs: abs }) = insts.last()
        else {
            panic!("{insts:?}")
        };
        let abs_def = insts.iter().find(|i| i.dst() == Some(*abs));
        assert!(matches!(abs_def, Some(Inst::Binary { op: BinOp::Sub, .. })), "{insts:?}");
        // By a zero-extended divisor: unchecked only, and no absolute value.
        let mut f = wide_remainder(ConvTarget::U8, false);
        assert!(narrow_wrapped_arithmetic(&mut f));
        let insts = &f.blocks[0].insts;
        assert_eq!(
            insts.last(),
            Some(&Inst::Binary { dst: Reg(5), op: BinOp::RemUn, ty: Ty::I32, lhs: Reg(0), rhs: Reg(1) })
        );
        assert!(!narrow_wrapped_arithmetic(&mut wide_remainder(ConvTarget::U8, true)), "may reach 2^32 - 2");
        // A store between the remainder and its conversion: the 64-bit remainder stays where it throws.
        let mut f = wide_remainder(ConvTarget::I8, true);
        f.blocks[0].insts.insert(5, Inst::Store { mem: MemType::I32, addr: Reg(0), offset: 0, value: Reg(1) });
        f.blocks[0].il_offsets.push(0);
        assert!(narrow_wrapped_arithmetic(&mut f));
        assert!(f.blocks[0].insts.iter().any(|i| matches!(i, Inst::Binary { op: BinOp::Rem, ty: Ty::I64, .. })));
    }

    #[test]
    fn a_wrapped_division_stays_64_bit() {
        // The low 32 bits of a quotient depend on the high bits: no narrowing.
        let mut f = Function::one_block(
            vec![Ty::I64, Ty::I64, Ty::I64, Ty::I32],
            vec![
                Inst::Const { dst: Reg(0), value: Const::I64(1 << 40) },
                Inst::Const { dst: Reg(1), value: Const::I64(3) },
                Inst::Binary { dst: Reg(2), op: BinOp::DivUn, ty: Ty::I64, lhs: Reg(0), rhs: Reg(1) },
                convert(3, ConvTarget::I4, Ty::I64, 2),
            ],
            Terminator::Return(Some(Reg(3))),
        );
        assert!(!narrow_wrapped_arithmetic(&mut f));
    }

    #[test]
    fn a_load_at_a_constant_offset_from_a_base_is_a_load_with_that_offset() {
        // r1 = 12; r2 = r0 + r1; r3 = load r2+4  →  r3 = load r0+16 (the sum is left for deadcode).
        let mut f = Function::one_block(
            vec![Ty::ByRef, Ty::I32, Ty::ByRef, Ty::I32],
            vec![
                Inst::Get { dst: Reg(0), var: Var(0) },
                Inst::Const { dst: Reg(1), value: Const::I32(12) },
                Inst::Binary { dst: Reg(2), op: BinOp::Add, ty: Ty::I32, lhs: Reg(0), rhs: Reg(1) },
                Inst::Load { dst: Reg(3), mem: MemType::I32, addr: Reg(2), offset: 4 },
            ],
            Terminator::Return(Some(Reg(3))),
        );
        f.params = vec![Ty::ByRef];
        f.vars = vec![var(Ty::ByRef, Storage::Local, "arg0")];
        assert!(fold_address_offsets(&mut f));
        assert_eq!(f.blocks[0].insts[3], Inst::Load { dst: Reg(3), mem: MemType::I32, addr: Reg(0), offset: 16 });
        crate::verify::verify(&f).expect("valid IR");
    }
}
