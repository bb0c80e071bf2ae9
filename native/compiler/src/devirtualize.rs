//! Virtual and interface calls whose implementations the whole program shows: direct calls, so that the inliner
//! can take them.
//!
//! The image is composite and closed: once the graph is marked, the constructed types are all the types an object
//! can have, and each one's MethodTable holds, for every called slot and interface method, the function
//! `data::vtable_entries` puts there. A dispatching `call_indirect` (`ir::Dispatch`, set by the importer) calls
//! what the receiver's MethodTable holds; gathering that entry over the constructed types that can be the receiver
//! gives every function the call can reach.
//! - One function: the call becomes a direct call to it (ILC does the same with its whole-program view; V8 in Node
//!   20 inlines no Wasm call, direct or not, so only a direct call in our IR lets `inline` copy the body in).
//! - Up to [`MAX_GUESSES`] functions, all small enough for the inliner: the block is split into a chain that
//!   compares the table index the call would take with each function's and calls that one directly, with the
//!   `call_indirect` kept as the last arm (guarded devirtualization, as CoreCLR's JIT does from its profile; here
//!   the candidates are exact, so the last arm runs only for a receiver the graph did not see, which it keeps
//!   correct rather than assumed away).
//!
//! An entry not filled for some receiver type (nothing compiled there: the call fails at run time on such an
//! object) leaves the call to the table, and so does a generic interface whose definition an array type lists
//! (array covariance lets `string[]` answer for `IList<object>` through `IList<string>`'s entry, which the
//! runtime's lookup finds and this table would not) and a variant interface another listed instantiation may
//! convert to (`IEqualityComparer<object>` for `IEqualityComparer<string>`).

use crate::data::{self, VtableEntry};
use crate::env::Unsupported;
use crate::graph::Graph;
use crate::ir::*;
use std::collections::{HashMap, HashSet};
use wasmr2r_typesystem::{Kind, TypeId, TypeSystem};

/// The most functions a call is split into direct calls for.
pub const MAX_GUESSES: usize = 4;

/// What the constructed types' MethodTables hold, per vtable entry.
pub struct Implementations {
    /// Per entry, each constructed type that has it (in marking order) and what it holds there.
    entries: HashMap<VtableEntry, Vec<(TypeId, Option<Symbol>)>>,
    /// Each constructed type's base classes, nearest first.
    bases: HashMap<TypeId, Vec<TypeId>>,
}

impl Implementations {
    /// Reads the vtables of the graph's constructed types (after marking: what `build_data` writes).
    pub fn new(ts: &mut TypeSystem, graph: &Graph) -> Result<Implementations, Unsupported> {
        // Generic interfaces an array type lists: a call through any instantiation of them stays a dispatch.
        let mut array_listed = HashSet::new();
        for t in &graph.constructed {
            if matches!(ts.ty(*t).kind, Kind::SzArray(_) | Kind::Array { .. }) {
                for i in data::listed_interfaces(ts, *t)? {
                    array_listed.extend(ts.ty(i).def.filter(|_| !ts.ty(i).args.is_empty()));
                }
            }
        }
        // Variant interfaces another listed instantiation may answer for (`IEqualityComparer<object>`'s entry for
        // a call through `IEqualityComparer<string>`): calls through them stay dispatches too.
        let mut listed: Vec<TypeId> = Vec::new();
        for t in &graph.constructed {
            for i in data::listed_interfaces(ts, *t)? {
                if !listed.contains(&i) && crate::graph::has_variance(ts, i) {
                    listed.push(i);
                }
            }
        }
        let answered_by_others: HashSet<TypeId> =
            listed.iter().copied().filter(|i| listed.iter().any(|j| j != i && may_convert(ts, *j, *i))).collect();
        let mut entries: HashMap<VtableEntry, Vec<(TypeId, Option<Symbol>)>> = HashMap::new();
        let mut bases = HashMap::new();
        for t in graph.constructed.clone() {
            let interfaces = data::listed_interfaces(ts, t)?;
            for (entry, symbol) in data::vtable_entries(ts, graph, t, &interfaces)? {
                if let VtableEntry::Interface(m) = entry {
                    let owner = ts.method(m).owner;
                    let iface = ts.ty(owner);
                    let by_arrays = !iface.args.is_empty() && iface.def.is_some_and(|d| array_listed.contains(&d));
                    if by_arrays || answered_by_others.contains(&owner) {
                        continue;
                    }
                }
                entries.entry(entry).or_default().push((t, symbol));
            }
            let mut chain = Vec::new();
            let mut at = t;
            while let Some(base) = ts.base_type(at)? {
                chain.push(base);
                at = base;
            }
            bases.insert(t, chain);
        }
        Ok(Implementations { entries, bases })
    }

    /// The functions a call dispatching on `dispatch` can reach, in the order their types were constructed; None
    /// when that is not known (no receiver type has the entry, or one has it unfilled).
    pub fn targets(&self, dispatch: Dispatch) -> Option<Vec<Symbol>> {
        let (entry, receiver) = match dispatch {
            Dispatch::Slot { decl, receiver } => (VtableEntry::Slot(decl), Some(receiver)),
            Dispatch::Interface { method } => (VtableEntry::Interface(method), None),
        };
        let mut targets = Vec::new();
        for (t, symbol) in self.entries.get(&entry)? {
            let can_receive = receiver.is_none_or(|r| *t == r || self.bases.get(t).is_some_and(|b| b.contains(&r)));
            if !can_receive {
                continue;
            }
            let symbol = (*symbol)?;
            if !targets.contains(&symbol) {
                targets.push(symbol);
            }
        }
        (!targets.is_empty()).then_some(targets)
    }
}

/// Whether an object listing interface `from` may be one of variant interface `to` (another instantiation of the
/// same definition): each argument the same, or, where the parameter is variant, both reference types (variance
/// converts only references; which way it converts is not asked, so this may say yes where it does not).
fn may_convert(ts: &TypeSystem, from: TypeId, to: TypeId) -> bool {
    if ts.ty(from).def != ts.ty(to).def {
        return false;
    }
    let (from, to) = (data::generic_arguments(ts, from), data::generic_arguments(ts, to));
    from.len() == to.len()
        && from.iter().zip(&to).all(|((a, _), (b, variance))| {
            a == b
                || (*variance != crate::abi::method_table::variance::NONE
                    && !ts.ty(*a).is_value_type()
                    && !ts.ty(*b).is_value_type())
        })
}

/// `f` with its dispatching calls whose targets are known rewritten, or None when it has none.
pub fn devirtualized(
    f: &Function,
    implementations: &Implementations,
    inlinable: &dyn Fn(Symbol) -> bool,
) -> Option<Function> {
    let known = |inst: &Inst| match inst {
        Inst::CallIndirect { dispatch: Some(dispatch), .. } => implementations.targets(*dispatch).is_some(),
        _ => false,
    };
    if !f.blocks.iter().flat_map(|b| &b.insts).any(known) {
        return None;
    }
    let mut g = f.clone();
    apply(&mut g, implementations, inlinable).then_some(g)
}

/// Rewrites `f`'s dispatching calls whose targets are known; `inlinable` says whether a function is small enough
/// for the inliner (a guarded chain is only worth its size when every arm's call goes away). Returns whether it
/// changed anything.
pub fn apply(f: &mut Function, implementations: &Implementations, inlinable: &dyn Fn(Symbol) -> bool) -> bool {
    // A split adds blocks; a function with a landing pad dispatches on its blocks (as for the inliner's splits).
    let may_split = f.caught.is_none() && f.pass_one.is_none() && f.frame_param.is_none();
    let mut changed = false;
    let mut b = 0;
    while b < f.blocks.len() {
        let mut i = 0;
        while i < f.blocks[b].insts.len() {
            let Inst::CallIndirect { dispatch: Some(dispatch), .. } = &f.blocks[b].insts[i] else {
                i += 1;
                continue;
            };
            match implementations.targets(*dispatch) {
                Some(targets) if targets.len() == 1 => {
                    if call_directly(f, b, i, targets[0]) {
                        // The interface query before the call went: the call is now at `i - 1`.
                        i -= 1;
                    }
                    changed = true;
                }
                Some(targets)
                    if may_split
                        && targets.len() <= MAX_GUESSES
                        && targets.iter().all(|t| inlinable(*t))
                        && guard(f, b, i, &targets) =>
                {
                    changed = true;
                    // The rest of the block moved to the chain's join block, visited in turn.
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        b += 1;
    }
    changed
}

/// Replaces the `call_indirect` at `(b, i)` by a direct call of `target`; drops the interface query that only
/// found its table index (returns whether it did, which moves the call one instruction up).
fn call_directly(f: &mut Function, b: usize, i: usize, target: Symbol) -> bool {
    let block = &mut f.blocks[b];
    let Inst::CallIndirect { dst, callee, args, .. } = block.insts[i].clone() else { return false };
    block.insts[i] = Inst::Call { dst, callee: target, args };
    // Registers never cross blocks: the callee's only other reader would be in this block.
    let reads = block.insts.iter().flat_map(Inst::operands).chain(block.terminator.operand());
    if reads.filter(|r| *r == callee).count() == 0
        && let Some(at) = block.insts[..i].iter().rposition(|x| x.dst() == Some(callee))
        && matches!(block.insts[at], Inst::InterfaceQuery { .. })
    {
        block.insts.remove(at);
        block.il_offsets.remove(at);
        return true;
    }
    false
}

/// Splits block `b` at the `call_indirect` at `i` into a chain of guarded direct calls of `targets`, the
/// `call_indirect` last, and a join block holding the rest of `b`. False (nothing changed) when a struct value
/// would have to cross blocks.
fn guard(f: &mut Function, b: usize, i: usize, targets: &[Symbol]) -> bool {
    let Inst::CallIndirect { dst, signature, callee, args, .. } = f.blocks[b].insts[i].clone() else { return false };
    if dst.is_some_and(|d| matches!(f.regs[d.0 as usize], Ty::Struct(_))) {
        return false;
    }
    let il = f.blocks[b].il_offsets[i];
    let before = f.blocks[b].insts[..i].to_vec();
    let moved = f.blocks[b].insts[i..].to_vec();
    let moved_offsets = f.blocks[b].il_offsets[i + 1..].to_vec();
    let (terminator, terminator_offset) = (f.blocks[b].terminator.clone(), f.blocks[b].terminator_offset);
    let Some(carried) = f.carry(&before, &moved, &terminator) else { return false };
    // Each block reads the carried registers it needs from their variables, into registers of its own (several
    // blocks read them here, so `carried.gets`, made for one, go unused: registers without a definition).
    let var_of: HashMap<Reg, Var> = carried
        .sets
        .iter()
        .filter_map(|s| match s {
            Inst::Set { var, src } => Some((*src, *var)),
            _ => None,
        })
        .collect();
    let reload = |f: &mut Function, insts: &mut Vec<Inst>, regs: &[Reg]| -> HashMap<Reg, Reg> {
        let mut renamed = HashMap::new();
        for r in regs {
            if let (Some(var), false) = (var_of.get(r), renamed.contains_key(r)) {
                let back = f.new_reg(f.regs[r.0 as usize]);
                insts.push(Inst::Get { dst: back, var: *var });
                renamed.insert(*r, back);
            }
        }
        renamed
    };
    let result = dst.map(|d| f.new_local(f.regs[d.0 as usize], "devirtualized_result".into()));
    let first = f.blocks.len() as u32;
    // Blocks: for each target k a test (the first test ends block b) and an arm; then the fallback and the join.
    let test = |k: usize| BlockId(first + 2 * k as u32 - 1);
    let arm = |k: usize| BlockId(first + 2 * k as u32);
    let fallback = BlockId(first + 2 * targets.len() as u32 - 1);
    let join = BlockId(first + 2 * targets.len() as u32);
    let mut new_blocks = Vec::new();
    let block_of = |insts: Vec<Inst>, terminator: Terminator| Block {
        il_offset: il,
        il_offsets: vec![il; insts.len()],
        insts,
        terminator,
        terminator_offset: il,
    };
    let mut b_tail = carried.sets.clone();
    for (k, target) in targets.iter().enumerate() {
        // The test: this target's table index against the one the call would take.
        let (mut insts, index) = if k == 0 {
            (std::mem::take(&mut b_tail), callee)
        } else {
            let mut insts = Vec::new();
            let renamed = reload(f, &mut insts, &[callee]);
            (insts, renamed.get(&callee).copied().unwrap_or(callee))
        };
        let expected = f.new_reg(Ty::I32);
        let same = f.new_reg(Ty::I32);
        insts.push(Inst::FunctionIndex { dst: expected, symbol: *target });
        insts.push(Inst::Compare { dst: same, op: CmpOp::Eq, ty: Ty::I32, lhs: index, rhs: expected });
        let otherwise = if k + 1 == targets.len() { fallback } else { test(k + 1) };
        let branch = Terminator::Branch { cond: same, then: arm(k), otherwise };
        if k == 0 {
            let block = &mut f.blocks[b];
            block.insts.truncate(i);
            block.il_offsets.truncate(i);
            block.il_offsets.extend(std::iter::repeat_n(il, insts.len()));
            block.insts.extend(insts);
            block.terminator = branch;
            block.terminator_offset = il;
        } else {
            new_blocks.push(block_of(insts, branch));
        }
        // The arm: the direct call.
        let mut insts = Vec::new();
        let renamed = reload(f, &mut insts, &args);
        let passed = args.iter().map(|a| renamed.get(a).copied().unwrap_or(*a)).collect();
        let value = dst.map(|d| f.new_reg(f.regs[d.0 as usize]));
        insts.push(Inst::Call { dst: value, callee: *target, args: passed });
        if let (Some(var), Some(value)) = (result, value) {
            insts.push(Inst::Set { var, src: value });
        }
        new_blocks.push(block_of(insts, Terminator::Goto(join)));
    }
    // The fallback: the dispatch as it was (a receiver no constructed type accounts for).
    let mut insts = Vec::new();
    let mut read: Vec<Reg> = args.clone();
    read.push(callee);
    let renamed = reload(f, &mut insts, &read);
    let passed = args.iter().map(|a| renamed.get(a).copied().unwrap_or(*a)).collect();
    let value = dst.map(|d| f.new_reg(f.regs[d.0 as usize]));
    let index = renamed.get(&callee).copied().unwrap_or(callee);
    insts.push(Inst::CallIndirect { dst: value, signature, callee: index, args: passed, dispatch: None });
    if let (Some(var), Some(value)) = (result, value) {
        insts.push(Inst::Set { var, src: value });
    }
    new_blocks.push(block_of(insts, Terminator::Goto(join)));
    // The join: the result, then the rest of block b.
    let rest = &moved[1..];
    let mut insts = Vec::new();
    let read: Vec<Reg> = rest.iter().flat_map(Inst::operands).chain(terminator.operand()).collect();
    let renamed = reload(f, &mut insts, &read);
    if let (Some(d), Some(var)) = (dst, result) {
        insts.push(Inst::Get { dst: d, var });
    }
    let mut il_offsets = vec![il; insts.len()];
    for (inst, offset) in rest.iter().zip(moved_offsets) {
        let mut inst = inst.clone();
        inst.rename(&renamed);
        insts.push(inst);
        il_offsets.push(offset);
    }
    let mut terminator = terminator;
    terminator.rename(&renamed);
    new_blocks.push(Block { il_offset: il, insts, il_offsets, terminator, terminator_offset });
    f.blocks.extend(new_blocks);
    true
}
