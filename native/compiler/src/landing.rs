//! The landing pad of a method with handlers (`Function::caught`, docs/abi.md): what its region variable holds
//! where, and whether the blocks an exception runs after landing can be the Wasm `catch` block itself.
//!
//! Block 0 dispatches on the region variable, which the importer stores at the start of every block that may
//! throw. In general the landing pad's `catch` stores the exception and restarts the body at block 0 (the `loop`
//! around the `try`), since a catch handler goes back to the method's normal blocks. A method with only finally
//! and fault clauses never goes back: every exception that lands runs finally blocks and is thrown on. When the
//! blocks it runs then (block 0, dispatch, finally and fault handlers, the escape) are apart from the blocks the
//! method runs normally (no finally shared with a `leave`, which a finally with a try inside is), and nothing in
//! them throws into a region of the method, they are the `catch` block's code: `try <normal> catch <unwinding>
//! end`, with no restart loop, and the exception goes on with `rethrow` instead of a new `throw`. In Node 20's V8
//! a `rethrow` costs about half a new `throw` (0.4 against 0.8 µs per exception passing a frame, measured with a
//! three-function Wasm module throwing 150,000 times), and every exception passing a `using` or `finally` frame
//! pays one.

use crate::ir::*;

/// The region variable's value at a point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    /// No path reaches the point.
    Unreached,
    Known(i32),
    /// Different paths bring different values, or one the pass does not know (block 0, which runs again when an
    /// exception lands).
    Varies,
}

impl Region {
    fn meet(self, other: Region) -> Region {
        match (self, other) {
            (Region::Unreached, x) | (x, Region::Unreached) => x,
            (Region::Known(a), Region::Known(b)) if a == b => Region::Known(a),
            _ => Region::Varies,
        }
    }
}

/// The region after `inst`, `before` it.
pub fn step(inst: &Inst, var: Var, constants: &[Option<i32>], before: Region) -> Region {
    match inst {
        Inst::Set { var: v, src } if *v == var => {
            constants.get(src.0 as usize).copied().flatten().map_or(Region::Varies, Region::Known)
        }
        _ => before,
    }
}

/// The region on entry to each block. The importer stores the region at the start of every block that may
/// throw; the blocks inlining added store none and run in the region of the call they replaced.
pub fn on_entry(f: &Function, var: Var) -> Vec<Region> {
    let constants = f.i32_constants();
    let mut entry = vec![Region::Unreached; f.blocks.len()];
    entry[0] = Region::Varies;
    let mut changed = true;
    while changed {
        changed = false;
        for (b, block) in f.blocks.iter().enumerate() {
            if entry[b] == Region::Unreached {
                continue;
            }
            let out = block.insts.iter().fold(entry[b], |r, i| step(i, var, &constants, r));
            for s in block.terminator.successors() {
                let met = entry[s.0 as usize].meet(out);
                if met != entry[s.0 as usize] {
                    entry[s.0 as usize] = met;
                    changed = true;
                }
            }
        }
    }
    entry
}

/// The blocks a method with only finally and fault clauses runs once an exception landed, when they can be its
/// `catch` block (see the module's comment).
pub struct Unwinding {
    /// Where the method starts (block 0's way for region 0, the entry).
    pub entry: BlockId,
    /// Block 0's ways for the other region values, in order: its `br_table` in the `catch` block.
    pub dispatch: Vec<BlockId>,
}

/// The unwinding blocks of `f`, when they can be its `catch` block.
pub fn unwinding(f: &Function) -> Option<Unwinding> {
    let exception = f.caught?;
    if f.pass_one.is_some() {
        return None;
    }
    // Block 0 without a handler frame: `switch (region) [entry, dispatch...]`, after the spills `spill` puts there
    // (the parameters' and the exception's; code generation also writes them before the `try`, since block 0 runs
    // on entry in the general shape).
    let block0 = f.blocks.first()?;
    let Terminator::Switch { value, targets, default } = &block0.terminator else { return None };
    if targets.len() < 2 || *default != targets[0] {
        return None;
    }
    let mut region = None;
    for inst in &block0.insts {
        match inst {
            Inst::Get { dst, var } if dst == value => region = Some(*var),
            Inst::Get { .. } | Inst::Spill { .. } => {}
            _ => return None,
        }
    }
    let region = region?;
    let reach = |from: &[BlockId]| {
        let mut seen = vec![false; f.blocks.len()];
        let mut work: Vec<BlockId> = from.to_vec();
        while let Some(b) = work.pop() {
            if !std::mem::replace(&mut seen[b.0 as usize], true) {
                work.extend(f.blocks[b.0 as usize].terminator.successors());
            }
        }
        seen
    };
    let normal = reach(&targets[..1]);
    let mut unwinding = reach(&targets[1..]);
    unwinding[0] = true;
    if normal.iter().zip(&unwinding).any(|(n, u)| *n && *u) {
        return None;
    }
    // A region whose dispatch is the escape block (`unwind` of the exception) belongs to no clause: a throw there
    // leaves the method, from the `catch` block as from anywhere.
    let escapes = |value: i32| {
        let target = usize::try_from(value).ok().and_then(|v| targets.get(v));
        target.is_some_and(|t| {
            let block = &f.blocks[t.0 as usize];
            matches!((block.insts.as_slice(), &block.terminator),
                ([Inst::Get { dst, var }], Terminator::Unwind(e)) if e == dst && *var == exception)
        })
    };
    let entry = on_entry(f, region);
    let constants = f.i32_constants();
    let leaves = |at: Region| matches!(at, Region::Known(v) if escapes(v));
    for (b, block) in f.blocks.iter().enumerate().filter(|(b, _)| unwinding[*b]) {
        let mut at = entry[b];
        for inst in &block.insts {
            at = step(inst, region, &constants, at);
            if inst.may_throw() && !leaves(at) {
                return None;
            }
        }
        if matches!(block.terminator, Terminator::Throw(_)) && !leaves(at) {
            return None;
        }
    }
    Some(Unwinding { entry: targets[0], dispatch: targets[1..].to_vec() })
}
