//! Exception handling as ordinary control flow (ECMA-335 I.12.4.2, II.19). A method with reachable protected
//! regions gets a landing pad (`Function::caught`, written by code generation): its whole body runs inside one Wasm
//! `try`, and a managed exception thrown anywhere in it, by the method or by a callee, is stored in the *exception*
//! variable and restarts the function at block 0. Everything else is IR the importer builds here:
//!
//! - Every imported block that may throw first stores, in the *region* variable, where dispatch starts for a throw
//!   from it: the dispatch block of the innermost clause whose try holds the block, the "filter said no" block of
//!   a filter the block is part of (an exception in a filter is swallowed), or the *escape* block that throws the
//!   exception on to the caller (`Terminator::Unwind`). Block 0 switches on it: 0 is the function's entry.
//! - A clause's dispatch block tests the clause and goes on to the next clause out (the next one in table order
//!   whose try holds this one's; II.19 lists inner clauses first): a catch casts the exception to its type and
//!   enters the handler with the exception on the stack; a filter runs its filter block, whose `endfilter` enters
//!   the handler or goes on; a finally or fault runs its handler with "go on unwinding" as its continuation.
//! - A finally runs from every way out of its try: each `leave` that exits finally regions chains through them,
//!   innermost first. A finally with no handlers inside is cloned per way out (its copy's `endfinally` goes
//!   straight on); one with handlers inside is shared, its `endfinally` switching on a per-clause continuation
//!   variable. Continuation 0 of the shared one is "go on unwinding", the way it is entered during dispatch.
//!
//! Within one frame this is a single pass: an inner finally runs before an outer filter is asked, and a method's
//! finally blocks run as the exception leaves it even when no frame will catch it (CoreCLR's first pass finds
//! the handler, running filters, before any finally; an unhandled exception runs none). docs/abi.md has the shape.

use super::*;
use wasmr2r_metadata::{ExceptionClause, HandlerKind};

/// `block_offsets` of a block the importer made itself (no IL starts there).
pub(super) const SYNTHETIC: u32 = u32::MAX;

/// The importer's exception-handling state for one method.
pub(super) struct Handlers {
    clauses: Vec<ExceptionClause>,
    /// `i32`: where dispatch starts for a throw from the running block; `starts[region - 1]`, 0 being the entry.
    region: Var,
    /// The exception the landing pad caught, the one being dispatched.
    exception: Var,
    starts: Vec<BlockId>,
    /// Per imported block (by id): where dispatch starts for a throw from it (`None`: the escape block).
    block_starts: Vec<(BlockId, Option<BlockId>)>,
    /// Per clause: its dispatch block, once needed.
    dispatch: Vec<Option<BlockId>>,
    /// Clauses whose dispatch block waits to be built.
    pending: Vec<usize>,
    escape: Option<BlockId>,
    /// Per clause: the exception its filter and handler got (for `rethrow`, to go on unwinding it when a filter
    /// says no or a finally ends).
    caught: Vec<Option<Var>>,
    /// Per filter clause: its "no" and "yes" blocks.
    filter_exits: Vec<Option<(BlockId, BlockId)>>,
    /// Per finally or fault clause: the variable its `endfinally` switches on and the blocks it may go to
    /// (0: go on unwinding).
    continuations: Vec<Option<(Var, Vec<BlockId>)>>,
    /// `endfinally` blocks, whose targets are known at the end: (block, clause, the continuation register).
    endfinally: Vec<(BlockId, usize, Reg)>,
    /// Finally blocks cloned for one way out of their try (copy `i + 1`): the clause and where its `endfinally`
    /// goes.
    copies: Vec<(usize, BlockId)>,
    /// Some block lies in a try or a filter: the method needs its landing pad.
    used: bool,
}

fn contains(start: u32, length: u32, offset: u32) -> bool {
    offset >= start && offset - start < length
}

fn try_holds(c: &ExceptionClause, offset: u32) -> bool {
    contains(c.try_offset, c.try_length, offset)
}

fn handler_holds(c: &ExceptionClause, offset: u32) -> bool {
    contains(c.handler_offset, c.handler_length, offset)
}

/// The filter block's range: from its start to the handler's (II.19).
fn filter_holds(c: &ExceptionClause, offset: u32) -> bool {
    match c.kind {
        HandlerKind::Filter { filter_offset } => {
            offset >= filter_offset && offset < c.handler_offset && filter_offset < c.handler_offset
        }
        _ => false,
    }
}

/// The clause table's shape (II.19): every range inside the code and non-empty, a try and its own handler apart,
/// and any two protected blocks (try, handler or filter) either apart or one inside the other. A table that breaks
/// these is one the control flow above cannot represent (`WR2R1006`).
fn check_clauses(clauses: &[ExceptionClause], code_end: u32) -> Result<(), Unsupported> {
    let ranges = |c: &ExceptionClause| {
        let mut r = vec![(c.try_offset, c.try_length), (c.handler_offset, c.handler_length)];
        if let HandlerKind::Filter { filter_offset } = c.kind {
            r.push((filter_offset, c.handler_offset.saturating_sub(filter_offset)));
        }
        r
    };
    let bad = |k: usize, what: &str| {
        Err(Unsupported::new(codes::EXCEPTION_HANDLING, format!("exception clause {k}: {what}")))
    };
    for (k, c) in clauses.iter().enumerate() {
        for (start, length) in ranges(c) {
            if length == 0 || u64::from(start) + u64::from(length) > u64::from(code_end) {
                return bad(k, &format!("the block at IL_{start:04x} (length {length}) is empty or outside the code"));
            }
        }
        if contains(c.try_offset, c.try_length, c.handler_offset)
            || contains(c.handler_offset, c.handler_length, c.try_offset)
        {
            return bad(k, "the handler overlaps its try block");
        }
    }
    let all: Vec<(usize, u32, u32)> =
        clauses.iter().enumerate().flat_map(|(k, c)| ranges(c).into_iter().map(move |(s, l)| (k, s, s + l))).collect();
    for (i, &(k, a0, a1)) in all.iter().enumerate() {
        for &(j, b0, b1) in &all[i + 1..] {
            let apart = a1 <= b0 || b1 <= a0;
            let nested = (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1);
            if !apart && !nested {
                return bad(
                    k,
                    &format!("its block IL_{a0:04x}..IL_{a1:04x} overlaps clause {j}'s IL_{b0:04x}..IL_{b1:04x}"),
                );
            }
        }
    }
    Ok(())
}

/// Whether running `block` may raise a managed exception: a call (whatever it reaches may throw), a check, a
/// class constructor trigger, an allocation on the shadow stack, checked arithmetic, an integer division, or a
/// throw.
fn may_throw(block: &Block) -> bool {
    let inst_may_throw = |inst: &Inst| match inst {
        Inst::Call { .. }
        | Inst::CallIndirect { .. }
        | Inst::InterfaceQuery { .. }
        | Inst::NullCheck { .. }
        | Inst::BoundsCheck { .. }
        | Inst::ThrowIf { .. }
        | Inst::InitClass { .. }
        | Inst::LocalAlloc { .. } => true,
        Inst::Wasm { op, .. } => *op == WasmOp::Throw,
        Inst::Binary { op, ty, .. } => op.may_throw(*ty),
        Inst::Convert { checked, .. } => *checked,
        Inst::Unary { op, .. } => *op == UnOp::CkFinite,
        _ => false,
    };
    block.insts.iter().any(inst_may_throw) || matches!(block.terminator, Terminator::Throw(_))
}

impl Handlers {
    /// The innermost clause (smallest range) whose range `holds` the offset.
    fn innermost(&self, holds: impl Fn(&ExceptionClause) -> Option<u32>) -> Option<usize> {
        self.clauses.iter().enumerate().filter_map(|(k, c)| holds(c).map(|len| (len, k))).min().map(|(_, k)| k)
    }

    /// Whether finally clause `k` can be cloned: no protected block of another clause lies inside its handler (a
    /// clone of one would need clones of their dispatch too).
    fn clonable(&self, k: usize) -> bool {
        let c = self.clauses[k];
        self.clauses.iter().enumerate().all(|(j, o)| {
            j == k
                || !(handler_holds(&c, o.try_offset)
                    || handler_holds(&c, o.handler_offset)
                    || matches!(o.kind, HandlerKind::Filter { filter_offset } if handler_holds(&c, filter_offset)))
        })
    }

    /// The clause a handler search goes on to after `k`: the next in table order whose try holds `k`'s.
    fn next(&self, k: usize) -> Option<usize> {
        let c = self.clauses[k];
        let (start, end) = (c.try_offset, c.try_offset + c.try_length);
        (k + 1..self.clauses.len()).find(|&j| {
            let o = self.clauses[j];
            o.try_offset <= start && end <= o.try_offset + o.try_length
        })
    }
}

impl Importer<'_, '_, '_> {
    /// Prepares a method with exception clauses: the block-0 placeholder, the region and exception variables, and
    /// block boundaries at every region's edges.
    pub(super) fn begin_handlers(&mut self, clauses: Vec<ExceptionClause>, code_len: u32) -> Result<(), Unsupported> {
        if clauses.is_empty() {
            return Ok(());
        }
        check_clauses(&clauses, code_len)?;
        for c in &clauses {
            self.starts.extend([c.try_offset, c.try_offset + c.try_length, c.handler_offset]);
            self.starts.insert(c.handler_offset + c.handler_length);
            if let HandlerKind::Filter { filter_offset } = c.kind {
                self.starts.insert(filter_offset);
            }
        }
        let region = self.declare("eh_region".into(), Ty::I32, MemType::I32, Storage::Local);
        let exception = self.declare("eh_exception".into(), Ty::Ref, MemType::I32, Storage::Local);
        let n = clauses.len();
        self.placeholder();
        self.handlers = Some(Box::new(Handlers {
            clauses,
            region,
            exception,
            starts: Vec::new(),
            block_starts: Vec::new(),
            dispatch: vec![None; n],
            pending: Vec::new(),
            escape: None,
            caught: vec![None; n],
            filter_exits: vec![None; n],
            continuations: vec![None; n],
            endfinally: Vec::new(),
            copies: Vec::new(),
            used: false,
        }));
        Ok(())
    }

    fn eh(&mut self) -> Result<&mut Handlers, Unsupported> {
        self.handlers.as_deref_mut().ok_or_else(|| {
            Unsupported::new(codes::INVALID_IL, "an exception-handling opcode in a method without exception clauses")
        })
    }

    /// A block id whose block is built later (never imported from IL).
    fn placeholder(&mut self) -> BlockId {
        let id = BlockId(self.blocks.len() as u32);
        self.blocks.push(None);
        self.block_offsets.push(SYNTHETIC);
        self.block_copies.push(0);
        self.entry_stacks.push(Vec::new());
        id
    }

    /// A block the importer writes itself.
    fn synthetic(&mut self, id: Option<BlockId>, insts: Vec<Inst>, terminator: Terminator, il: u32) -> BlockId {
        let id = id.unwrap_or_else(|| self.placeholder());
        let il_offsets = vec![il; insts.len()];
        self.blocks[id.0 as usize] =
            Some(Block { il_offset: il, insts, il_offsets, terminator, terminator_offset: il });
        id
    }

    /// Records, for the block being imported, where dispatch starts for a throw from it.
    pub(super) fn enter_region(&mut self, block: BlockId, offset: u32) -> Result<(), Unsupported> {
        let Some(eh) = self.handlers.as_deref_mut() else { return Ok(()) };
        let in_try = eh.innermost(|c| try_holds(c, offset).then_some(c.try_length));
        let in_filter = eh.innermost(|c| match c.kind {
            HandlerKind::Filter { filter_offset } if filter_holds(c, offset) => Some(c.handler_offset - filter_offset),
            _ => None,
        });
        let try_len = in_try.map(|k| eh.clauses[k].try_length);
        let filter_len = in_filter.map(|k| match eh.clauses[k].kind {
            HandlerKind::Filter { filter_offset } => eh.clauses[k].handler_offset - filter_offset,
            _ => 0,
        });
        let start = match (in_try, in_filter) {
            (Some(_), Some(f)) if filter_len < try_len => Some(self.filter_exits(f)?.0),
            (None, Some(f)) => Some(self.filter_exits(f)?.0),
            (Some(k), _) => Some(self.dispatch(k)),
            (None, None) => None,
        };
        if let Some(eh) = self.handlers.as_deref_mut() {
            eh.used |= start.is_some();
            eh.block_starts.push((block, start));
        }
        Ok(())
    }

    /// Clause `k`'s dispatch block.
    fn dispatch(&mut self, k: usize) -> BlockId {
        if let Some(Some(b)) = self.handlers.as_deref().map(|eh| eh.dispatch[k]) {
            return b;
        }
        let b = self.placeholder();
        if let Some(eh) = self.handlers.as_deref_mut() {
            eh.dispatch[k] = Some(b);
            eh.pending.push(k);
        }
        b
    }

    /// Where a handler search goes after clause `k` does not take the exception.
    fn go_on(&mut self, k: usize) -> BlockId {
        match self.handlers.as_deref().and_then(|eh| eh.next(k)) {
            Some(j) => self.dispatch(j),
            None => self.escape(),
        }
    }

    /// The block that throws the exception on to the caller.
    fn escape(&mut self) -> BlockId {
        let Some(eh) = self.handlers.as_deref() else { return BlockId(0) };
        if let Some(b) = eh.escape {
            return b;
        }
        let var = eh.exception;
        let e = self.reg(Ty::Ref);
        let b = self.synthetic(None, vec![Inst::Get { dst: e, var }], Terminator::Unwind(e), 0);
        if let Some(eh) = self.handlers.as_deref_mut() {
            eh.escape = Some(b);
        }
        b
    }

    /// Clause `k`'s variable for the exception its filter or handler got.
    fn caught_var(&mut self, k: usize) -> Var {
        if let Some(Some(v)) = self.handlers.as_deref().map(|eh| eh.caught[k]) {
            return v;
        }
        let v = self.declare(format!("eh_caught{k}"), Ty::Ref, MemType::I32, Storage::Local);
        if let Some(eh) = self.handlers.as_deref_mut() {
            eh.caught[k] = Some(v);
        }
        v
    }

    /// Filter clause `k`'s exits: "no" (go on unwinding its exception) and "yes" (enter the handler with it).
    fn filter_exits(&mut self, k: usize) -> Result<(BlockId, BlockId), Unsupported> {
        if let Some(Some(exits)) = self.handlers.as_deref().map(|eh| eh.filter_exits[k]) {
            return Ok(exits);
        }
        let eh = self.eh()?;
        let (exception, c) = (eh.exception, eh.clauses[k]);
        let caught = self.caught_var(k);
        let on = self.go_on(k);
        let e = self.reg(Ty::Ref);
        let no = self.synthetic(
            None,
            vec![Inst::Get { dst: e, var: caught }, Inst::Set { var: exception, src: e }],
            Terminator::Goto(on),
            c.handler_offset,
        );
        // The handler block's entry stack is the exception.
        let handler = self.block_in_copy(0, c.handler_offset, &[Ty::Ref], c.handler_offset)?;
        let stack0 = self.stack_var(0, Ty::Ref);
        let e = self.reg(Ty::Ref);
        let yes = self.synthetic(
            None,
            vec![Inst::Get { dst: e, var: caught }, Inst::Set { var: stack0, src: e }],
            Terminator::Goto(handler),
            c.handler_offset,
        );
        self.eh()?.filter_exits[k] = Some((no, yes));
        Ok((no, yes))
    }

    /// Finally or fault clause `k`'s continuation variable; adds `target` to its continuations, returning its
    /// index (continuation 0, made first, is "go on unwinding").
    fn continuation(&mut self, k: usize, target: Option<BlockId>) -> (Var, i32) {
        if self.handlers.as_deref().is_some_and(|eh| eh.continuations[k].is_none()) {
            let var = self.declare(format!("eh_continue{k}"), Ty::I32, MemType::I32, Storage::Local);
            // Going on unwinding takes back the exception the finally was entered with: a try/catch inside the
            // finally may have caught (and overwritten) another one meanwhile.
            let (on, saved) = (self.go_on(k), self.caught_var(k));
            let exception = self.handlers.as_deref().map_or(Var(0), |eh| eh.exception);
            let e = self.reg(Ty::Ref);
            let il = self.handlers.as_deref().map_or(0, |eh| eh.clauses[k].handler_offset);
            let insts = vec![Inst::Get { dst: e, var: saved }, Inst::Set { var: exception, src: e }];
            let on = self.synthetic(None, insts, Terminator::Goto(on), il);
            if let Some(eh) = self.handlers.as_deref_mut() {
                eh.continuations[k] = Some((var, vec![on]));
            }
        }
        let Some(Some((var, targets))) = self.handlers.as_deref_mut().map(|eh| eh.continuations[k].as_mut()) else {
            return (Var(0), 0);
        };
        let index = match target {
            None => 0,
            Some(t) => targets.iter().position(|x| *x == t).unwrap_or_else(|| {
                targets.push(t);
                targets.len() - 1
            }),
        };
        (*var, index as i32)
    }

    /// Builds the dispatch blocks still waiting; returns false when there were none.
    pub(super) fn build_pending_dispatch(&mut self) -> Result<bool, Unsupported> {
        let Some(k) = self.handlers.as_deref_mut().and_then(|eh| eh.pending.pop()) else { return Ok(false) };
        let Some(eh) = self.handlers.as_deref() else { return Ok(false) };
        let (c, exception, id) = (eh.clauses[k], eh.exception, eh.dispatch[k]);
        self.copy = 0;
        self.insts.clear();
        self.il_offsets.clear();
        self.non_null.clear();
        self.constants.clear();
        self.initialized.clear();
        self.il = c.handler_offset;
        let e = self.reg(Ty::Ref);
        self.emit(Inst::Get { dst: e, var: exception });
        let terminator = match c.kind {
            HandlerKind::Catch { class } => {
                let caught = self.caught_var(k);
                self.emit(Inst::Set { var: caught, src: e });
                let stack0 = self.stack_var(0, Ty::Ref);
                self.emit(Inst::Set { var: stack0, src: e });
                let handler = self.block_for(c.handler_offset, &[Ty::Ref], c.handler_offset)?;
                let ty = self.type_token(class).map_err(|err| err.at(c.handler_offset))?;
                if self.ts.is_object(ty) {
                    Terminator::Goto(handler)
                } else {
                    let instance = self.cast(ty, e, false)?;
                    let cond = self.truth(instance)?;
                    let otherwise = self.go_on(k);
                    Terminator::Branch { cond, then: handler, otherwise }
                }
            }
            HandlerKind::Filter { filter_offset } => {
                let caught = self.caught_var(k);
                self.emit(Inst::Set { var: caught, src: e });
                let stack0 = self.stack_var(0, Ty::Ref);
                self.emit(Inst::Set { var: stack0, src: e });
                self.filter_exits(k)?;
                Terminator::Goto(self.block_for(filter_offset, &[Ty::Ref], filter_offset)?)
            }
            HandlerKind::Finally | HandlerKind::Fault => {
                let saved = self.caught_var(k);
                self.emit(Inst::Set { var: saved, src: e });
                let (var, index) = self.continuation(k, None);
                let value = self.i32_const(index);
                self.emit(Inst::Set { var, src: value });
                Terminator::Goto(self.block_for(c.handler_offset, &[], c.handler_offset)?)
            }
        };
        let block = self.finish_block(c.handler_offset, terminator);
        if let Some(id) = id {
            self.blocks[id.0 as usize] = Some(block);
        }
        Ok(true)
    }

    /// `leave target` from `from`: the finally blocks of the regions it exits run first, innermost first (a fault
    /// runs only for an exception). Returns the block to go to.
    pub(super) fn leave_regions(&mut self, from: u32, target: u32) -> Result<BlockId, Unsupported> {
        let mut next = self.block_for(target, &[], from)?;
        let Some(eh) = self.handlers.as_deref() else {
            return Err(Unsupported::new(codes::INVALID_IL, "leave in a method without exception clauses"));
        };
        let exited: Vec<(usize, u32)> = eh
            .clauses
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == HandlerKind::Finally && try_holds(c, from) && !try_holds(c, target))
            .map(|(k, c)| (k, c.handler_offset))
            .collect();
        for &(k, handler) in exited.iter().rev() {
            // A finally with no handlers of its own inside is cloned for this way out (RyuJIT's finally
            // cloning): its copy ends by going on, so the normal path needs no continuation switch, and a try in a
            // loop leaves the loop with one entry (the original, entered from dispatch, sits outside it).
            if self.handlers.as_deref().is_some_and(|eh| eh.clonable(k)) {
                let copy = self.finally_copy(k, next);
                next = self.block_in_copy(copy, handler, &[], from)?;
                continue;
            }
            let (var, index) = self.continuation(k, Some(next));
            let handler = self.block_in_copy(0, handler, &[], from)?;
            let value = self.reg(Ty::I32);
            let insts = vec![Inst::Const { dst: value, value: Const::I32(index) }, Inst::Set { var, src: value }];
            next = self.synthetic(None, insts, Terminator::Goto(handler), from);
        }
        Ok(next)
    }

    /// The copy of finally clause `k` that ends by going to `target` (one per clause and target).
    fn finally_copy(&mut self, k: usize, target: BlockId) -> u32 {
        let Some(eh) = self.handlers.as_deref_mut() else { return 0 };
        let index = eh.copies.iter().position(|c| *c == (k, target)).unwrap_or_else(|| {
            eh.copies.push((k, target));
            eh.copies.len() - 1
        });
        index as u32 + 1
    }

    /// Whether `offset` lies in the finally block copy `copy` clones.
    pub(super) fn in_copy(&self, copy: u32, offset: u32) -> bool {
        let Some(eh) = self.handlers.as_deref() else { return false };
        eh.copies.get(copy as usize - 1).is_some_and(|&(k, _)| handler_holds(&eh.clauses[k], offset))
    }

    /// `endfinally` (or `endfault`) at `offset`: a switch on its clause's continuation, whose targets are filled
    /// in at the end.
    pub(super) fn end_finally(&mut self, offset: u32) -> Result<Terminator, Unsupported> {
        let eh = self.eh()?;
        let k = eh
            .innermost(|c| {
                (matches!(c.kind, HandlerKind::Finally | HandlerKind::Fault) && handler_holds(c, offset))
                    .then_some(c.handler_length)
            })
            .ok_or_else(|| Unsupported::new(codes::INVALID_IL, "endfinally outside a finally or fault block"))?;
        // A clone goes straight on.
        if self.copy != 0
            && let Some(&(clause, target)) =
                self.handlers.as_deref().and_then(|eh| eh.copies.get(self.copy as usize - 1))
            && clause == k
        {
            return Ok(Terminator::Goto(target));
        }
        let (var, _) = self.continuation(k, None);
        let value = self.reg(Ty::I32);
        self.emit(Inst::Get { dst: value, var });
        let block = self.current;
        self.eh()?.endfinally.push((block, k, value));
        Ok(Terminator::Unreachable)
    }

    /// `endfilter` at `offset` with `result` popped: the handler, or on with the search.
    pub(super) fn end_filter(&mut self, offset: u32, result: Reg) -> Result<Terminator, Unsupported> {
        let k = self
            .eh()?
            .innermost(|c| match c.kind {
                HandlerKind::Filter { filter_offset } if filter_holds(c, offset) => {
                    Some(c.handler_offset - filter_offset)
                }
                _ => None,
            })
            .ok_or_else(|| Unsupported::new(codes::INVALID_IL, "endfilter outside a filter"))?;
        let cond = self.truth(result)?;
        let (no, yes) = self.filter_exits(k)?;
        Ok(Terminator::Branch { cond, then: yes, otherwise: no })
    }

    /// `rethrow` at `offset`: throws again the exception its catch handler got.
    pub(super) fn rethrow(&mut self, offset: u32) -> Result<Terminator, Unsupported> {
        let k = self
            .eh()?
            .innermost(|c| {
                (matches!(c.kind, HandlerKind::Catch { .. } | HandlerKind::Filter { .. }) && handler_holds(c, offset))
                    .then_some(c.handler_length)
            })
            .ok_or_else(|| Unsupported::new(codes::INVALID_IL, "rethrow outside a catch block"))?;
        let var = self.caught_var(k);
        let e = self.reg(Ty::Ref);
        self.emit(Inst::Get { dst: e, var });
        self.call_helper(Helper::Throw, vec![e])?;
        Ok(Terminator::Unreachable)
    }

    /// After every block is imported: the region stores, the `endfinally` switches and block 0's dispatch.
    /// Returns the landing pad's variable, or `None` when no block lies in a protected region.
    pub(super) fn finish_handlers(&mut self) -> Option<Var> {
        let eh = self.handlers.as_deref()?;
        let il_entry = BlockId(1);
        if !eh.used {
            self.synthetic(Some(BlockId(0)), Vec::new(), Terminator::Goto(il_entry), 0);
            return None;
        }
        let escape = self.escape();
        let eh = self.handlers.as_deref_mut()?;
        let (region, exception) = (eh.region, eh.exception);
        let block_starts = std::mem::take(&mut eh.block_starts);
        let endfinally = std::mem::take(&mut eh.endfinally);
        let mut starts = std::mem::take(&mut eh.starts);
        let continuations: Vec<Vec<BlockId>> =
            eh.continuations.iter().map(|c| c.as_ref().map(|(_, t)| t.clone()).unwrap_or_default()).collect();
        for (block, start) in block_starts {
            // A block that cannot throw needs no region: a throw always comes from a block that stored its own.
            // (Inlining, later, only replaces calls, which count as throwing here.)
            if !self.blocks[block.0 as usize].as_ref().is_some_and(may_throw) {
                continue;
            }
            let start = start.unwrap_or(escape);
            let index = starts.iter().position(|s| *s == start).unwrap_or_else(|| {
                starts.push(start);
                starts.len() - 1
            });
            let value = self.reg(Ty::I32);
            if let Some(b) = self.blocks[block.0 as usize].as_mut() {
                let il = b.il_offset;
                b.insts.splice(
                    0..0,
                    [
                        Inst::Const { dst: value, value: Const::I32(index as i32 + 1) },
                        Inst::Set { var: region, src: value },
                    ],
                );
                b.il_offsets.splice(0..0, [il, il]);
            }
        }
        for (block, k, value) in endfinally {
            let targets = &continuations[k];
            if let Some(b) = self.blocks[block.0 as usize].as_mut() {
                b.terminator = match targets.as_slice() {
                    [only] => Terminator::Goto(*only),
                    _ => Terminator::Switch { value, targets: targets.clone(), default: targets[0] },
                };
            }
        }
        let value = self.reg(Ty::I32);
        let targets = std::iter::once(il_entry).chain(starts).collect();
        self.synthetic(
            Some(BlockId(0)),
            vec![Inst::Get { dst: value, var: region }],
            Terminator::Switch { value, targets, default: il_entry },
            0,
        );
        Some(exception)
    }
}
