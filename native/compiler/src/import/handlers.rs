//! Exception handling as ordinary control flow (ECMA-335 I.12.4.2, II.19). A method with reachable protected
//! regions gets a landing pad (`Function::caught`, written by code generation): its whole body runs inside one Wasm
//! `try`, and a managed exception thrown anywhere in it, by the method or by a callee, is stored in the *exception*
//! variable and restarts the function at block 0. Everything else is IR the importer builds here:
//!
//! - Every imported block that may throw first stores, in the *region* variable, where dispatch starts for a throw
//!   from it: the dispatch block of the innermost clause whose try holds the block, or the *escape* block that
//!   throws the exception on to the caller (`Terminator::Unwind`). Block 0 switches on it: 0 is the function's
//!   entry.
//! - A clause's dispatch block tests the clause and goes on to the next clause out (the next one in table order
//!   whose try holds this one's; II.19 lists inner clauses first): a catch or filter clause enters its handler,
//!   with the exception on the stack, when the first pass chose it (below); a finally or fault runs its handler
//!   with "go on unwinding" as its continuation.
//! - A finally runs from every way out of its try: each `leave` that exits finally regions chains through them,
//!   innermost first. A finally with no handlers inside is cloned per way out (its copy's `endfinally` goes
//!   straight on); one with handlers inside is shared, its `endfinally` switching on a per-clause continuation
//!   variable. Continuation 0 of the shared one is "go on unwinding", the way it is entered during dispatch.
//!
//! A method with catch or filter clauses also takes part in the first pass (ECMA-335 I.12.4.2.5): it keeps a
//! handler frame at offset 0 of its frame, linked in while it runs (block 0 calls `Enter` on entry and `Landed`
//! when an exception lands; `return` and `unwind` call `Leave`), with the region variable in it; its catch and
//! filter clauses take an exception only when the first pass chose them, and the first pass asks its *pass-one
//! function* (`pass_one_function`, made here from the same clauses) which clause that is: catch types tested and
//! filters run, innermost first, before any finally block. docs/abi.md, "Two passes", has the protocol.

use super::*;
use wasmr2r_metadata::{ExceptionClause, HandlerKind};

/// `block_offsets` of a block the importer made itself (no IL starts there).
pub(super) const SYNTHETIC: u32 = u32::MAX;

/// The block the IL starts at in a method with clauses (block 0 is the landing pad's dispatch).
const IL_ENTRY: BlockId = BlockId(1);

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
    /// The method has catch or filter clauses: it keeps a handler frame (`abi::handler_frame`) at offset 0 of its
    /// frame, linked into the first pass's list while it runs, and its catch and filter clauses take an exception
    /// when the first pass chose them (`chosen`), their tests and filters running in its pass-one function.
    pub(super) handler_frame: bool,
    /// `i32`, the handler frame's `CHOSEN` field (with a handler frame).
    chosen: Option<Var>,
    /// Per finally or fault clause: `chosen` as it was when the clause was entered during dispatch (a try/catch
    /// inside the finally may change it), restored when the finally goes on unwinding.
    saved_chosen: Vec<Option<Var>>,
    /// The region values block 0 switches on, once `finish_handlers` made them: `starts[value - 1]`.
    final_starts: Vec<BlockId>,
}

/// What a method's clauses ask of its frame, known before its variables are declared.
pub(super) struct FrameNeeds {
    /// It has a catch or filter clause: it keeps a handler frame.
    pub handler_frame: bool,
    /// The IL arguments and locals its filters use: they live in the frame, where its pass-one function reads them.
    pub filter_args: BTreeSet<u16>,
    pub filter_locals: BTreeSet<u16>,
}

/// What `clauses` ask of the frame of a method with `instructions`.
pub(super) fn frame_needs(clauses: &[ExceptionClause], instructions: &[Instruction]) -> FrameNeeds {
    let mut needs = FrameNeeds {
        handler_frame: clauses.iter().any(|c| matches!(c.kind, HandlerKind::Catch { .. } | HandlerKind::Filter { .. })),
        filter_args: BTreeSet::new(),
        filter_locals: BTreeSet::new(),
    };
    for inst in instructions {
        let is_var = names_variable(inst.opcode);
        if is_var && clauses.iter().any(|c| filter_holds(c, inst.offset)) {
            let (n, is_arg) = var_operand(*inst);
            if is_arg {
                needs.filter_args.insert(n)
            } else {
                needs.filter_locals.insert(n)
            };
        }
    }
    needs
}

/// The pass-one function's importer state: where each filter's `endfilter` goes.
pub(super) struct PassOne {
    clauses: Vec<ExceptionClause>,
    /// Per filter clause: its "yes" (return the clause) and "no" (test the next clause out) blocks.
    exits: Vec<Option<(BlockId, BlockId)>>,
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
    block.insts.iter().any(Inst::may_throw) || matches!(block.terminator, Terminator::Throw(_))
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
    pub(super) fn begin_handlers(
        &mut self,
        clauses: Vec<ExceptionClause>,
        code_len: u32,
        handler_frame: bool,
    ) -> Result<(), Unsupported> {
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
        // With a handler frame the region lives in it, where the first pass reads it.
        let region_storage =
            if handler_frame { Storage::Frame { offset: abi::handler_frame::REGION } } else { Storage::Local };
        let region = self.declare("eh_region".into(), Ty::I32, MemType::I32, region_storage);
        let exception = self.declare("eh_exception".into(), Ty::Ref, MemType::I32, Storage::Local);
        let chosen = handler_frame.then(|| {
            self.declare(
                "eh_chosen".into(),
                Ty::I32,
                MemType::I32,
                Storage::Frame { offset: abi::handler_frame::CHOSEN },
            )
        });
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
            continuations: vec![None; n],
            endfinally: Vec::new(),
            copies: Vec::new(),
            used: false,
            handler_frame,
            chosen,
            saved_chosen: vec![None; n],
            final_starts: Vec::new(),
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
        let start = in_try.map(|k| self.dispatch(k));
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

    /// With a handler frame: its `chosen` variable and finally or fault clause `k`'s copy of it.
    fn saved_chosen_var(&mut self, k: usize) -> Option<(Var, Var)> {
        let eh = self.handlers.as_deref()?;
        let chosen = eh.chosen?;
        if let Some(v) = eh.saved_chosen[k] {
            return Some((chosen, v));
        }
        let v = self.declare(format!("eh_chosen{k}"), Ty::I32, MemType::I32, Storage::Local);
        if let Some(eh) = self.handlers.as_deref_mut() {
            eh.saved_chosen[k] = Some(v);
        }
        Some((chosen, v))
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
            let mut insts = vec![Inst::Get { dst: e, var: saved }, Inst::Set { var: exception, src: e }];
            // So does the clause the first pass chose in this frame.
            if let Some((chosen, saved)) = self.saved_chosen_var(k) {
                let value = self.reg(Ty::I32);
                insts.extend([Inst::Get { dst: value, var: saved }, Inst::Set { var: chosen, src: value }]);
            }
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
        let chosen = eh.chosen;
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
            // The first pass already chose the clause: this one takes the exception if it is the one chosen.
            HandlerKind::Catch { .. } | HandlerKind::Filter { .. } => {
                let chosen = chosen.ok_or_else(|| {
                    Unsupported::new(codes::INVALID_IL, "internal compiler error: a catch without a handler frame")
                })?;
                let caught = self.caught_var(k);
                self.emit(Inst::Set { var: caught, src: e });
                let stack0 = self.stack_var(0, Ty::Ref);
                self.emit(Inst::Set { var: stack0, src: e });
                let handler = self.block_for(c.handler_offset, &[Ty::Ref], c.handler_offset)?;
                let value = self.reg(Ty::I32);
                self.emit(Inst::Get { dst: value, var: chosen });
                let this = self.i32_const(k as i32);
                let cond = self.reg(Ty::I32);
                self.emit(Inst::Compare { dst: cond, op: CmpOp::Eq, ty: Ty::I32, lhs: value, rhs: this });
                let otherwise = self.go_on(k);
                Terminator::Branch { cond, then: handler, otherwise }
            }
            HandlerKind::Finally | HandlerKind::Fault => {
                let saved = self.caught_var(k);
                self.emit(Inst::Set { var: saved, src: e });
                if let Some((chosen, saved)) = self.saved_chosen_var(k) {
                    let value = self.reg(Ty::I32);
                    self.emit(Inst::Get { dst: value, var: chosen });
                    self.emit(Inst::Set { var: saved, src: value });
                }
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
        if self.pass_one.is_some() {
            return self.end_filter_pass_one(offset, result);
        }
        // A method's filters run in its pass-one function only: no branch of its own reaches one.
        Err(Unsupported::new(codes::INVALID_IL, "a branch into a filter block"))
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
        self.call_helper(Helper::Rethrow, vec![e])?;
        Ok(Terminator::Unreachable)
    }

    /// After every block is imported: the region stores, the `endfinally` switches and block 0's dispatch.
    /// Returns the landing pad's variable, or `None` when no block lies in a protected region.
    pub(super) fn finish_handlers(&mut self) -> Result<Option<Var>, Unsupported> {
        let Some(eh) = self.handlers.as_deref() else { return Ok(None) };
        let il_entry = IL_ENTRY;
        if !eh.used {
            self.synthetic(Some(BlockId(0)), Vec::new(), Terminator::Goto(il_entry), 0);
            return Ok(None);
        }
        let escape = self.escape();
        let Some(eh) = self.handlers.as_deref_mut() else { return Ok(None) };
        let handler_frame = eh.handler_frame;
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
        let targets: Vec<BlockId> = std::iter::once(il_entry).chain(starts.iter().copied()).collect();
        if let Some(eh) = self.handlers.as_deref_mut() {
            eh.final_starts = starts;
        }
        if !handler_frame {
            let value = self.reg(Ty::I32);
            self.synthetic(
                Some(BlockId(0)),
                vec![Inst::Get { dst: value, var: region }],
                Terminator::Switch { value, targets, default: il_entry },
                0,
            );
            return Ok(Some(exception));
        }
        // The handler frame leaves the first pass's list on every way out of the method.
        for b in 0..self.blocks.len() {
            if self.blocks[b]
                .as_ref()
                .is_some_and(|block| matches!(block.terminator, Terminator::Return(_) | Terminator::Unwind(_)))
            {
                self.in_block(BlockId(b as u32), |this| this.handler_frame_call(Helper::LeaveHandlerFrame, None))?;
            }
        }
        // Block 0 runs on entry (no exception yet: the local starts null) and when one lands.
        let landing = self.placeholder();
        let register = self.placeholder();
        let e = self.reg(Ty::Ref);
        let cond = self.reg(Ty::I32);
        let insts = vec![Inst::Get { dst: e, var: exception }, Inst::Cast { dst: cond, src: e }];
        self.synthetic(Some(BlockId(0)), insts, Terminator::Branch { cond, then: landing, otherwise: register }, 0);
        self.in_block(register, |this| {
            let pass_one = this.reg(Ty::I32);
            this.depend(Node::PassOne(this.method), "pass-one function");
            this.emit(Inst::FunctionIndex { dst: pass_one, symbol: Symbol::PassOne(this.method) });
            this.handler_frame_call(Helper::EnterHandlerFrame, Some(pass_one))?;
            Ok(Some(Terminator::Goto(il_entry)))
        })?;
        self.in_block(landing, |this| {
            this.handler_frame_call(Helper::HandlerFrameLanded, None)?;
            let value = this.reg(Ty::I32);
            this.emit(Inst::Get { dst: value, var: region });
            Ok(Some(Terminator::Switch { value, targets, default: il_entry }))
        })?;
        Ok(Some(exception))
    }

    /// What `checkcatch` needs to know of the regions `finish_handlers` made (with a landing pad).
    pub(super) fn regions(&mut self) -> Result<Option<Box<Regions>>, Unsupported> {
        let Some(eh) = self.handlers.as_deref() else { return Ok(None) };
        let (region, chosen, handler_frame) = (eh.region, eh.chosen, eh.handler_frame);
        let final_starts = eh.final_starts.clone();
        let frame_calls = if handler_frame {
            let calls = [Helper::EnterHandlerFrame, Helper::LeaveHandlerFrame, Helper::HandlerFrameLanded];
            calls.iter().map(|h| self.env.helper(self.ts, *h).map(Symbol::Method)).collect::<Result<_, _>>()?
        } else {
            Vec::new()
        };
        // Per kind of check: the runtime method that makes its exception, and the exception's type.
        let mut thrown = Vec::new();
        for kind in ExceptionKind::ALL {
            let make = self.env.helper(self.ts, Helper::new_exception(kind))?;
            if let Ok(sig) = self.ts.method_sig(make) {
                thrown.push((kind, make, sig.ret));
            }
        }
        let mut starts = Vec::with_capacity(final_starts.len());
        for dispatch in final_starts {
            let first = self.handlers.as_deref().and_then(|eh| eh.dispatch.iter().position(|d| *d == Some(dispatch)));
            let chain = first.map_or_else(Vec::new, |k| self.chain(k));
            let is_catch =
                |c: &ExceptionClause| matches!(c.kind, HandlerKind::Catch { .. } | HandlerKind::Filter { .. });
            let first_pass = chain.iter().any(|(_, c)| is_catch(c));
            let second_pass = chain.iter().any(|(_, c)| !is_catch(c));
            let mut decided = Vec::new();
            for &(kind, make, thrown) in &thrown {
                if let Some(answer) = self.first_pass_answer(&chain, make, thrown)? {
                    decided.push((kind, answer));
                }
            }
            starts.push(RegionStart { dispatch, first_pass, second_pass, decided });
        }
        Ok(Some(Box::new(Regions { region, chosen, entry: IL_ENTRY, handler_frame, frame_calls, starts })))
    }

    /// The clauses a handler search from clause `k`'s dispatch visits, in order, with their indices.
    fn chain(&self, k: usize) -> Vec<(usize, ExceptionClause)> {
        let Some(eh) = self.handlers.as_deref() else { return Vec::new() };
        std::iter::successors(Some(k), |&j| eh.next(j)).map(|j| (j, eh.clauses[j])).collect()
    }

    /// The first pass's answer in this method for every exception of type `thrown` (made by `make`) thrown where
    /// `chain`'s clauses hold, when it is known without running anything: finally and fault clauses are passed over
    /// (they run in the second pass), and a catch clause of a class takes the exception when the class is its type or a base of
    /// it. Anything not decidable here (a filter, a catch of an interface or of a type parameter) leaves it
    /// unknown, and so does a chosen handler that could see the stack trace, which a throw would have to capture.
    fn first_pass_answer(
        &mut self,
        chain: &[(usize, ExceptionClause)],
        make: MethodId,
        thrown: TypeId,
    ) -> Result<Option<FirstPass>, Unsupported> {
        for &(k, c) in chain {
            let class = match c.kind {
                HandlerKind::Finally | HandlerKind::Fault => continue,
                HandlerKind::Filter { .. } => return Ok(None),
                HandlerKind::Catch { class } => match self.type_token(class) {
                    Ok(class) => class,
                    Err(_) => return Ok(None),
                },
            };
            if self.ts.is_open(class) || !matches!(self.ts.ty(class).kind, Kind::Class) {
                return Ok(None);
            }
            let mut ancestor = Some(thrown);
            while let Some(t) = ancestor {
                if t == class {
                    if !handler_ignores_trace(&self.instructions, &c) {
                        return Ok(None);
                    }
                    self.depend(Node::Method(make), "exception a check's own method catches");
                    return Ok(Some(FirstPass::Takes { clause: k as u32, make: Symbol::Method(make) }));
                }
                ancestor = match self.ts.base_type(t) {
                    Ok(base) => base,
                    Err(_) => return Ok(None),
                };
            }
        }
        Ok(Some(FirstPass::Passes))
    }

    /// Appends what `build` emits to block `id` (built already, or a placeholder given the terminator `build`
    /// returns).
    fn in_block(
        &mut self,
        id: BlockId,
        build: impl FnOnce(&mut Self) -> Result<Option<Terminator>, Unsupported>,
    ) -> Result<(), Unsupported> {
        let existing = self.blocks[id.0 as usize].take();
        let (il_offset, terminator_offset) = existing.as_ref().map_or((0, 0), |b| (b.il_offset, b.terminator_offset));
        let (insts, il_offsets) =
            existing.as_ref().map_or_else(Default::default, |b| (b.insts.clone(), b.il_offsets.clone()));
        let saved = (std::mem::replace(&mut self.insts, insts), std::mem::replace(&mut self.il_offsets, il_offsets));
        let il = std::mem::replace(&mut self.il, terminator_offset);
        let result = build(self);
        // A new block is at the IL offset its code was made for.
        let (il_offset, terminator_offset) =
            if existing.is_some() { (il_offset, terminator_offset) } else { (self.il, self.il) };
        self.il = il;
        let insts = std::mem::replace(&mut self.insts, saved.0);
        let il_offsets = std::mem::replace(&mut self.il_offsets, saved.1);
        let terminator = match (result?, existing) {
            (Some(t), _) => t,
            (None, Some(b)) => b.terminator,
            (None, None) => Terminator::Unreachable,
        };
        self.blocks[id.0 as usize] = Some(Block { il_offset, insts, il_offsets, terminator, terminator_offset });
        Ok(())
    }

    /// A call of a handler frame helper with the frame's address (and `arg`).
    fn handler_frame_call(&mut self, helper: Helper, arg: Option<Reg>) -> Result<Option<Terminator>, Unsupported> {
        let frame = self.reg(Ty::I32);
        self.emit(Inst::FrameAddress { dst: frame, offset: 0 });
        self.non_null.insert(frame);
        self.call_helper(helper, std::iter::once(frame).chain(arg).collect())?;
        Ok(None)
    }
}

/// The pass-one function's parameters: the method's frame (its handler frame is at offset 0), the exception, and
/// where to start (a region value of the method, or `regions + 1 + k` to go on after filter clause `k` threw).
const PASS_ONE_FRAME: Var = Var(0);
const PASS_ONE_EXCEPTION: Var = Var(1);
const PASS_ONE_ENTRY: Var = Var(2);

impl<'i, 'w, 'c> Importer<'i, 'w, 'c> {
    /// The method's pass-one function, `(frame, exception, entry) -> clause or -1`: from the clause a region's
    /// dispatch starts at, outward, it tests each catch clause's type and runs each filter (imported here from the
    /// filter's IL, reading the method's variables in its frame), skipping finally and fault clauses; the first
    /// clause that takes the exception is the answer. Before running filter `k` it stores, in the handler frame's
    /// `RESUME`, the entry that goes on after it, for when the filter throws.
    pub(super) fn pass_one_function(&mut self) -> Result<Function, Unsupported> {
        let Some(eh) = self.handlers.as_deref() else {
            return Err(Unsupported::new(codes::INVALID_IL, "a pass-one function for a method without clauses"));
        };
        let clauses = eh.clauses.clone();
        let dispatch = eh.dispatch.clone();
        let regions = eh.final_starts.clone();
        let next: Vec<Option<usize>> = (0..clauses.len()).map(|k| eh.next(k)).collect();
        let name = format!("{} (pass one)", self.name);
        let mut p = Importer::new(
            &mut *self.ts,
            &mut *self.env,
            self.method,
            name.clone(),
            self.sig.clone(),
            self.instructions.clone(),
            self.init_locals,
        );
        // The method's block boundaries (its clauses' edges among them); its own temporaries go after the method's
        // frame, which grows to hold them.
        p.starts = self.starts.clone();
        p.frame_size = self.frame_size;
        p.pass_one = Some(Box::new(PassOne { clauses: clauses.clone(), exits: vec![None; clauses.len()] }));
        p.declare("eh_frame".into(), Ty::I32, MemType::I32, Storage::Local);
        p.declare("eh_exception".into(), Ty::Ref, MemType::I32, Storage::Local);
        p.declare("eh_entry".into(), Ty::I32, MemType::I32, Storage::Local);
        // The method's arguments and locals: those a filter uses are in its frame (`frame_needs`).
        let own = |v: &VarInfo| match v.storage {
            Storage::Frame { offset } => Storage::Frame { offset },
            _ => Storage::Local,
        };
        for (is_arg, vars) in [(true, self.args.clone()), (false, self.locals.clone())] {
            for (var, cli) in vars {
                let v = self.vars[var.0 as usize].clone();
                let storage = own(&v);
                let new = p.declare(v.name, v.ty, v.mem, storage);
                if is_arg { p.args.push((new, cli)) } else { p.locals.push((new, cli)) }
            }
        }
        let resume =
            p.declare("eh_resume".into(), Ty::I32, MemType::I32, Storage::Frame { offset: abi::handler_frame::RESUME });

        let entry = p.placeholder();
        let minus_one = p.reg(Ty::I32);
        let fail = p.synthetic(
            None,
            vec![Inst::Const { dst: minus_one, value: Const::I32(-1) }],
            Terminator::Return(Some(minus_one)),
            0,
        );
        // Each clause's test, outermost first, so that where it goes on is built before it.
        let mut tests: Vec<BlockId> = vec![fail; clauses.len()];
        for k in (0..clauses.len()).rev() {
            let c = clauses[k];
            let on = next[k].map_or(fail, |j| tests[j]);
            if matches!(c.kind, HandlerKind::Finally | HandlerKind::Fault) {
                tests[k] = on;
                continue;
            }
            let answer = p.reg(Ty::I32);
            let flags = if handler_ignores_trace(&p.instructions, &c) { abi::handler_frame::NO_TRACE } else { 0 };
            let yes = p.synthetic(
                None,
                vec![Inst::Const { dst: answer, value: Const::I32(k as i32 | flags) }],
                Terminator::Return(Some(answer)),
                c.handler_offset,
            );
            tests[k] = match c.kind {
                HandlerKind::Finally | HandlerKind::Fault => on,
                HandlerKind::Catch { class } => {
                    let test = p.placeholder();
                    p.in_block(test, |p| {
                        p.il = c.handler_offset;
                        let ty = p.type_token(class).map_err(|err| err.at(c.handler_offset))?;
                        if p.ts.is_object(ty) {
                            return Ok(Some(Terminator::Goto(yes)));
                        }
                        let e = p.reg(Ty::Ref);
                        p.emit(Inst::Get { dst: e, var: PASS_ONE_EXCEPTION });
                        let instance = p.cast(ty, e, false)?;
                        let cond = p.truth(instance)?;
                        Ok(Some(Terminator::Branch { cond, then: yes, otherwise: on }))
                    })?;
                    test
                }
                HandlerKind::Filter { filter_offset } => {
                    if let Some(state) = p.pass_one.as_deref_mut() {
                        state.exits[k] = Some((yes, on));
                    }
                    let body = p.block_for(filter_offset, &[Ty::Ref], filter_offset)?;
                    let test = p.placeholder();
                    p.in_block(test, |p| {
                        p.il = filter_offset;
                        let after = p.i32_const((regions.len() + 1 + k) as i32);
                        p.emit(Inst::Set { var: resume, src: after });
                        let e = p.reg(Ty::Ref);
                        p.emit(Inst::Get { dst: e, var: PASS_ONE_EXCEPTION });
                        let stack0 = p.stack_var(0, Ty::Ref);
                        p.emit(Inst::Set { var: stack0, src: e });
                        Ok(Some(Terminator::Goto(body)))
                    })?;
                    test
                }
            };
        }
        // Entry values: 0 (never used), the method's regions, then "after filter k".
        let first = |start: BlockId| dispatch.iter().position(|d| *d == Some(start)).map_or(fail, |k| tests[k]);
        let targets: Vec<BlockId> = std::iter::once(fail)
            .chain(regions.iter().map(|s| first(*s)))
            .chain(next.iter().map(|n| n.map_or(fail, |j| tests[j])))
            .collect();
        p.in_block(entry, |p| {
            let value = p.reg(Ty::I32);
            p.emit(Inst::Get { dst: value, var: PASS_ONE_ENTRY });
            Ok(Some(Terminator::Switch { value, targets, default: fail }))
        })?;
        // The filters' blocks, in discovery order.
        let mut n = 0;
        while n < p.blocks.len() {
            let offset = p.block_offsets[n];
            if p.blocks[n].is_none() && offset != SYNTHETIC {
                if !clauses.iter().any(|c| filter_holds(c, offset)) {
                    return Err(Unsupported::new(codes::INVALID_IL, "a filter branches out of its block").at(offset));
                }
                let block = p.import_block(offset, BlockId(n as u32))?;
                p.blocks[n] = Some(block);
            }
            n += 1;
        }
        if p.blocks.iter().any(Option::is_none) {
            return Err(Unsupported::new(codes::INVALID_IL, "a pass-one block that was never built"));
        }
        let frame_size = p.frame_size;
        let f = Function {
            name,
            params: vec![Ty::I32, Ty::Ref, Ty::I32],
            result: Some(Ty::I32),
            result_mem: Some(MemType::I32),
            vars: p.vars,
            regs: p.regs,
            blocks: p.blocks.into_iter().flatten().collect(),
            frame_size: 0,
            zero_ranges: p.zero_ranges,
            caught: None,
            pass_one: None,
            frame_param: Some(PASS_ONE_FRAME),
            regions: None,
        };
        self.frame_size = self.frame_size.max(frame_size);
        Ok(f)
    }

    /// `endfilter` in a pass-one function: the clause's answer, or on to the next clause out.
    fn end_filter_pass_one(&mut self, offset: u32, result: Reg) -> Result<Terminator, Unsupported> {
        let Some(state) = self.pass_one.as_deref() else {
            return Err(Unsupported::new(codes::INVALID_IL, "endfilter outside a filter"));
        };
        let k = state
            .clauses
            .iter()
            .enumerate()
            .filter(|(_, c)| filter_holds(c, offset))
            .min_by_key(|(_, c)| match c.kind {
                HandlerKind::Filter { filter_offset } => c.handler_offset - filter_offset,
                _ => u32::MAX,
            })
            .map(|(k, _)| k)
            .ok_or_else(|| Unsupported::new(codes::INVALID_IL, "endfilter outside a filter"))?;
        let Some((yes, no)) = state.exits[k] else {
            return Err(Unsupported::new(codes::INVALID_IL, "endfilter of a filter never entered"));
        };
        let cond = self.truth(result)?;
        Ok(Terminator::Branch { cond, then: yes, otherwise: no })
    }
}

/// Whether a catch clause's handler cannot see the exception's stack trace, so the throw need not capture it
/// (`runtime/managed/StackTraces.cs`; a capture costs a few microseconds): the handler never rethrows, and it
/// drops the exception (`pop`) or keeps it in a local that the method only ever reads fields of (`ldloc; ldfld`).
/// The trace is reached only through calls on the exception (`StackTrace`, `ToString`), which those forms rule out.
/// Filters see the exception in the first pass and are not asked.
fn handler_ignores_trace(instructions: &[Instruction], c: &ExceptionClause) -> bool {
    use wasmr2r_metadata::il::OpCode::*;
    if !matches!(c.kind, HandlerKind::Catch { .. }) {
        return false;
    }
    let in_handler = |i: &Instruction| contains(c.handler_offset, c.handler_length, i.offset);
    if instructions.iter().filter(|i| in_handler(i)).any(|i| matches!(i.opcode, Rethrow)) {
        return false;
    }
    let Some(first) = instructions.iter().position(|i| i.offset == c.handler_offset) else { return false };
    match instructions[first].opcode {
        Pop => true,
        Stloc | Stloc_S | Stloc_0 | Stloc_1 | Stloc_2 | Stloc_3 => {
            let (local, _) = super::var_operand(instructions[first]);
            instructions.iter().enumerate().all(|(n, i)| {
                let names_local =
                    matches!(i.opcode, Ldloc | Ldloc_S | Ldloc_0 | Ldloc_1 | Ldloc_2 | Ldloc_3 | Ldloca | Ldloca_S)
                        && super::var_operand(*i).0 == local;
                !names_local
                    || (matches!(i.opcode, Ldloc | Ldloc_S | Ldloc_0 | Ldloc_1 | Ldloc_2 | Ldloc_3)
                        && instructions.get(n + 1).is_some_and(|next| matches!(next.opcode, Ldfld)))
            })
        }
        _ => false,
    }
}
