//! IR → Wasm. Each IR register and variable becomes a Wasm local (frame variables live in the shadow frame
//! instead); the control flow comes from `structure`; every check the CLI requires (null, bounds, overflow,
//! division by zero, `ckfinite`) is explicit and calls the managed runtime's throw helper, because a Wasm trap
//! cannot be caught.
//!
//! What lies outside the function is a relocation: a `call` or `call_indirect` immediate, an `i32.const` holding a
//! data RVA (added to `imageBase`) or a table index (added to `tableBase`), written as a 5-byte padded LEB128 the
//! image writer patches (`wasmr2r_image::link`). Nothing here knows a final index or address.
//!
//! The function's Wasm signature is `(sp: i32, params...) -> result?`: the shadow-stack pointer first
//! (docs/abi.md). A method with a frame lowers `sp` by the frame size on entry; callees get the lowered value.

use crate::abi;
use crate::ir::{self, *};
use crate::stackify::{Stackified, stackify, unchecked_division, var_aliases};
use crate::structure::{self, Exits, Jump, Node};
use std::collections::HashMap;
use wasm_encoder::{BlockType, InstructionSink, MemArg, MemArgTarget, ValType};
use wasmr2r_image::envelope::{
    GLOBAL_CARD_TABLE, GLOBAL_IMAGE_BASE, GLOBAL_STACK_TOP, GLOBAL_TABLE_BASE, HOST_FMOD, HOST_UNSUPPORTED,
};
use wasmr2r_image::{CodeRelocKind, link};
use wasmr2r_typesystem::TypeId;

/// How exceptions are caught: Wasm's legacy exception handling (`try`/`catch`; Node 20 and every browser), or the
/// final proposal's `try_table` (`exnref`; current browsers, not Node 20). Both throw with `throw` of the image's
/// tag; only the catching differs (docs/abi.md, "Handlers in compiled methods").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ExceptionEncoding {
    #[default]
    Legacy,
    Exnref,
}

/// What the generated code refers to that is not in the IR: the throw helper of each exception kind, the colors of
/// interfaces.
#[derive(Clone, Debug)]
pub struct Context {
    /// `Symbol::Method` of the runtime's throw helper for each `ExceptionKind`, in `ExceptionKind::ALL` order.
    pub throw_helpers: Vec<Symbol>,
    /// Each interface's index in the MethodTables' interface tables (`data::interface_colors`).
    pub interface_colors: HashMap<TypeId, u32>,
    /// The runtime methods whose result is never null (`Helper::NEVER_NULL`), for `nullcheck`.
    pub never_null: Vec<Symbol>,
    /// The runtime method the entry function passes an exception nothing caught to (`Helper::ReportUnhandled`).
    pub unhandled: Symbol,
    /// The slow path of a class constructor trigger (`Helper::RunClassConstructor`).
    pub run_class_constructor: Symbol,
    pub exceptions: ExceptionEncoding,
    /// Whether `spill` runs (always, but for measuring its cost).
    pub gc_spills: bool,
}

impl Context {
    fn throw_helper(&self, kind: ExceptionKind) -> Symbol {
        let i = ExceptionKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.throw_helpers.get(i).copied().unwrap_or(Symbol::Host(HOST_UNSUPPORTED))
    }
}

/// A relocation site in a function's code, against a compiler symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reloc {
    pub offset: u32,
    pub kind: CodeRelocKind,
    pub symbol: Symbol,
    pub addend: i32,
}

/// A generated function: locals, instruction bytes (ending with `end`) and relocation sites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
    pub locals: Vec<(u32, ValType)>,
    pub code: Vec<u8>,
    pub relocs: Vec<Reloc>,
    /// The body has a Wasm `loop`.
    pub has_loop: bool,
}

/// The instruction bytes being written and their relocation sites.
pub struct Out {
    code: Vec<u8>,
    relocs: Vec<Reloc>,
}

impl Out {
    fn new() -> Self {
        Out { code: Vec::new(), relocs: Vec::new() }
    }

    fn s(&mut self) -> InstructionSink<'_> {
        InstructionSink::new(&mut self.code)
    }

    /// A padded LEB128 site for `symbol`.
    fn site(&mut self, kind: CodeRelocKind, symbol: Symbol, addend: i32) {
        self.relocs.push(Reloc { offset: self.code.len() as u32, kind, symbol, addend });
        match kind {
            CodeRelocKind::FunctionIndex | CodeRelocKind::TypeIndex => link::padded_uleb(&mut self.code, 0),
            CodeRelocKind::TableIndex | CodeRelocKind::DataRva => link::padded_sleb(&mut self.code, 0),
        }
    }

    /// `call <symbol>`.
    fn call(&mut self, symbol: Symbol) {
        self.code.push(0x10);
        self.site(CodeRelocKind::FunctionIndex, symbol, 0);
    }

    /// `call_indirect <signature> 0`.
    fn call_indirect(&mut self, signature: Symbol) {
        self.code.push(0x11);
        self.site(CodeRelocKind::TypeIndex, signature, 0);
        self.code.push(0x00);
    }

    /// The address of a data symbol: `global.get imageBase; i32.const <rva>; i32.add`.
    fn address(&mut self, symbol: Symbol, addend: i32) {
        self.s().global_get(GLOBAL_IMAGE_BASE);
        self.code.push(0x41);
        self.site(CodeRelocKind::DataRva, symbol, addend);
        self.s().i32_add();
    }

    /// The table index of a code symbol: `global.get tableBase; i32.const <index>; i32.add`.
    fn table_index(&mut self, symbol: Symbol) {
        self.s().global_get(GLOBAL_TABLE_BASE);
        self.code.push(0x41);
        self.site(CodeRelocKind::TableIndex, symbol, 0);
        self.s().i32_add();
    }

    fn finish(self, params: Vec<ValType>, results: Vec<ValType>, locals: Vec<(u32, ValType)>) -> Code {
        Code { params, results, locals, code: self.code, relocs: self.relocs, has_loop: false }
    }
}

pub fn val_type(ty: Ty) -> ValType {
    crate::abi::val_type(ty)
}

/// The Wasm parameter and result types of an IR signature (the shadow-stack pointer first).
pub fn signature(params: &[Ty], result: Option<Ty>) -> (Vec<ValType>, Vec<ValType>) {
    let params = std::iter::once(ValType::I32).chain(params.iter().map(|t| val_type(*t))).collect();
    (params, result.map(val_type).into_iter().collect())
}

fn mem_arg(offset: u32, mem: MemType) -> MemArg {
    MemArg {
        offset: u64::from(offset),
        align: mem.size().trailing_zeros(),
        target: MemArgTarget::Memory(0),
        ordering: None,
    }
}

/// Wasm locals of one function.
struct Locals {
    /// Local index of each variable (frame variables have none; parameters keep theirs).
    vars: Vec<Option<u32>>,
    regs: Vec<u32>,
    label: u32,
    /// Scratch locals for checked arithmetic, copies and interface queries: two i32, one i64.
    scratch_i32: u32,
    scratch_i32_b: u32,
    scratch_i64: u32,
    /// i64 locals an unrolled copy holds its pieces in (`copy_scratch_count`).
    copy_scratch: Vec<u32>,
    /// The frame's base: the shadow-stack pointer as lowered on entry. Local 0 itself when the method has no
    /// `localloc`; otherwise a local of its own, since `localloc` moves local 0 (what callees get) further down.
    /// In a pass-one function, the parameter holding its method's frame base.
    frame: u32,
    declared: Vec<(u32, ValType)>,
}

impl Locals {
    fn new(f: &ir::Function, stack: &Stackified, aliases: &[Option<Var>]) -> Self {
        let mut next = 1 + f.params.len() as u32;
        let mut declared = Vec::new();
        let mut fresh = |ty: ValType| {
            declared.push((1, ty));
            next += 1;
            next - 1
        };
        let vars: Vec<Option<u32>> = f
            .vars
            .iter()
            .enumerate()
            .map(|(i, v)| match (i < f.params.len(), v.storage) {
                (true, _) => Some(1 + i as u32),
                (false, Storage::Local) => Some(fresh(val_type(v.ty))),
                (false, _) => None,
            })
            .collect();
        // A register computed where it is read has no local; one that reads a variable uses the variable's; one the
        // optimizations left without a definition (a folded address's sum, removed) needs none.
        let defs = f.def_counts();
        let regs = f
            .regs
            .iter()
            .enumerate()
            .map(|(i, t)| match aliases[i] {
                _ if stack.is_inline(Reg(i as u32)) || defs[i] == 0 => NO_LOCAL,
                Some(var) => vars[var.0 as usize].unwrap_or(NO_LOCAL),
                None => fresh(val_type(*t)),
            })
            .collect();
        let label = fresh(ValType::I32);
        let scratch_i32 = fresh(ValType::I32);
        let scratch_i64 = fresh(ValType::I64);
        let scratch_i32_b = fresh(ValType::I32);
        let copy_scratch = (0..copy_scratch_count(f)).map(|_| fresh(ValType::I64)).collect();
        let allocates = f.blocks.iter().flat_map(|b| &b.insts).any(|i| matches!(i, Inst::LocalAlloc { .. }));
        // A pass-one function works in its method's frame, whose base it is given.
        let frame = match f.frame_param {
            Some(v) => vars.get(v.0 as usize).copied().flatten().unwrap_or(0),
            None if allocates => fresh(ValType::I32),
            None => 0,
        };
        Locals { vars, regs, label, scratch_i32, scratch_i32_b, scratch_i64, copy_scratch, frame, declared }
    }
}

/// The local index of a register that has none (it stays on the operand stack); never emitted.
const NO_LOCAL: u32 = u32::MAX;

struct Emitter<'a> {
    f: &'a ir::Function,
    ctx: &'a Context,
    locals: Locals,
    stack: Stackified,
    constants: Vec<Option<Const>>,
    /// Registers that read a variable's local directly (their `Get` is not emitted).
    aliases: Vec<Option<Var>>,
    /// How many of the body's Wasm blocks and loops enclose the code being written (an `unwind` branches past
    /// them to the landing pad's outer block).
    depth: std::cell::Cell<u32>,
    /// Emitting the landing pad's `catch` block, where `unwind` is `rethrow` (`landing::unwinding`).
    rethrows: std::cell::Cell<bool>,
}

/// The image's one exception tag (imported, `(i32 exception)`): every managed exception is thrown with it.
const EXCEPTION_TAG: u32 = 0;

/// A `try_table` clause catching the exception tag into `label` (counted from outside the `try_table`).
fn catch_tag(label: u32) -> wasm_encoder::Catch {
    wasm_encoder::Catch::One { tag: EXCEPTION_TAG, label }
}

/// Generates the Wasm function for `f`, whose control flow `structured` describes. With `unwinding`, the landing
/// pad's blocks are its `catch` block (`landing::unwinding`), structured apart, and `structured` is the rest. With
/// `unhandled`, the body runs inside a `try` whose `catch` of the exception tag passes the exception to that runtime
/// method (the entry function reports what nothing caught).
pub fn emit(
    f: &ir::Function,
    structured: &structure::Structured,
    unwinding: Option<&structure::Structured>,
    ctx: &Context,
    unhandled: Option<Symbol>,
) -> Code {
    let stack = stackify(f);
    let aliases = var_aliases(f, &stack);
    let locals = Locals::new(f, &stack, &aliases);
    let e = Emitter {
        f,
        ctx,
        locals,
        stack,
        constants: f.constants(),
        aliases,
        depth: Default::default(),
        rethrows: Default::default(),
    };
    let mut o = Out::new();
    e.prologue(&mut o);
    let exnref = ctx.exceptions == ExceptionEncoding::Exnref;
    // The entry function: `try <body> catch <tag> (report) end`, or with exnref `block (result i32) try_table
    // (catch <tag> 0) <body> end end (report)`.
    if unhandled.is_some() {
        if exnref {
            o.s().block(BlockType::Result(ValType::I32)).try_table(BlockType::Empty, [catch_tag(0)]);
        } else {
            let ty = f.result.map_or(BlockType::Empty, |t| BlockType::Result(abi::val_type(t)));
            o.s().try_(ty);
        }
    }
    // A method with handlers: `block $unwind (result i32) loop $restart try <body> catch <tag> (store the
    // exception; br $restart) end end end throw <tag>` (with exnref the `try` is `block $caught (result i32)
    // try_table (catch <tag> $caught) <body> end end`, then the store). The landing pad restarts the body at block
    // 0, which dispatches on the region the throw came from; an `unwind` leaves with the exception through
    // `$unwind`. One whose landing pad never goes back to its normal blocks (`landing::unwinding`, legacy encoding
    // only): `try <body> catch <tag> (store the exception) <block 0 and the unwinding blocks> end`, where an
    // `unwind` is `rethrow`.
    if let (Some(caught), Some(unwinding)) = (f.caught, unwinding) {
        let local = e.locals.vars[caught.0 as usize].unwrap_or(e.locals.scratch_i32);
        // Block 0 runs on entry too, before the body: its spills (the parameters', for the collector) stand for
        // the whole method (`spill`).
        e.insts(&f.blocks[0], &e.stack.moved[0], &mut o);
        o.s().try_(BlockType::Empty);
        e.body(structured, &mut o);
        o.s().catch(EXCEPTION_TAG).local_set(local);
        e.rethrows.set(true);
        e.body(unwinding, &mut o);
        e.rethrows.set(false);
        o.s().end().unreachable();
    } else if let Some(caught) = f.caught {
        let local = e.locals.vars[caught.0 as usize].unwrap_or(e.locals.scratch_i32);
        o.s().block(BlockType::Result(ValType::I32)).loop_(BlockType::Empty);
        if exnref {
            o.s().block(BlockType::Result(ValType::I32)).try_table(BlockType::Empty, [catch_tag(0)]);
            e.body(structured, &mut o);
            o.s().end().unreachable().end().local_set(local).br(0);
        } else {
            o.s().try_(BlockType::Empty);
            e.body(structured, &mut o);
            o.s().catch(EXCEPTION_TAG).local_set(local).br(1).end().unreachable();
        }
        o.s().end().unreachable().end().throw(EXCEPTION_TAG);
    } else {
        e.body(structured, &mut o);
    }
    if let Some(handler) = unhandled {
        if exnref {
            o.s().end().unreachable().end();
        } else {
            o.s().catch(EXCEPTION_TAG);
        }
        o.s().local_set(e.locals.scratch_i32).local_get(0).local_get(e.locals.scratch_i32);
        o.call(handler);
        o.s().unreachable();
        if !exnref {
            o.s().end();
        }
    }
    o.s().end();
    let (params, results) = signature(&f.params, f.result);
    let has_loop = structured.body.iter().chain(unwinding.iter().flat_map(|u| &u.body)).any(Node::has_loop);
    Code { has_loop, ..o.finish(params, results, e.locals.declared.clone()) }
}

/// The body of a method the compiler could not compile: it reports itself (its own runtime function index) to the
/// host, which raises NotSupportedException with the reason the image records for it.
pub fn unsupported_stub(itself: Symbol, params: Vec<ValType>, results: Vec<ValType>) -> Code {
    let mut o = Out::new();
    o.code.push(0x41);
    o.site(CodeRelocKind::TableIndex, itself, 0);
    o.call(Symbol::Host(HOST_UNSUPPORTED));
    o.s().unreachable().end();
    o.finish(params, results, Vec::new())
}

/// The code of an instance method no object of whose class exists (`graph::Body::NullThis`): it can only have been
/// called on null, so it raises NullReferenceException through the runtime's helper `throw`.
pub fn null_this(throw: Symbol, params: Vec<ValType>, results: Vec<ValType>) -> Code {
    let mut o = Out::new();
    o.s().local_get(0);
    o.call(throw);
    o.s().unreachable().end();
    o.finish(params, results, Vec::new())
}

/// The entry of a value type's method for callers holding the boxed object: `this + header`, then the method.
pub fn unboxing_stub(target: Symbol, params: Vec<ValType>, results: Vec<ValType>) -> Code {
    let mut o = Out::new();
    o.s().local_get(0).local_get(1).i32_const(crate::abi::object::HEADER_SIZE as i32).i32_add();
    for i in 2..params.len() as u32 {
        o.s().local_get(i);
    }
    o.call(target);
    o.s().end();
    o.finish(params, results, Vec::new())
}

/// A function that passes its parameters on to `target` and returns what it returns; a host import takes no
/// shadow-stack pointer (`skip_sp`).
pub fn forward(target: Symbol, params: Vec<ValType>, results: Vec<ValType>, skip_sp: bool) -> Code {
    let mut o = Out::new();
    for i in u32::from(skip_sp)..params.len() as u32 {
        o.s().local_get(i);
    }
    o.call(target);
    o.s().end();
    o.finish(params, results, Vec::new())
}

/// Zeroing of at most this many bytes is unrolled into stores; longer uses `memory.fill`.
const UNROLL_LIMIT: u32 = 32;

/// Copies of at most this many bytes are unrolled into loads and stores; longer ones use `memory.copy` (a call
/// out of the generated code in V8).
const COPY_UNROLL_LIMIT: u32 = 64;

/// The pieces an unrolled copy of `size` bytes moves: (offset, width) from the widest down.
fn copy_pieces(size: u32) -> Vec<(u32, MemType)> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for (width, mem) in [(8, MemType::I64), (4, MemType::I32), (2, MemType::U16), (1, MemType::U8)] {
        while size - at >= width {
            pieces.push((at, mem));
            at += width;
        }
    }
    pieces
}

/// The i64 scratch locals `f`'s widest unrolled copy needs to load every piece before storing one.
fn copy_scratch_count(f: &ir::Function) -> usize {
    f.blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|i| match i {
            Inst::Copy { size, .. } if *size <= COPY_UNROLL_LIMIT => Some(copy_pieces(*size).len()),
            _ => None,
        })
        .max()
        .filter(|n| *n > 1)
        .unwrap_or(0)
}

impl Emitter<'_> {
    fn body(&self, structured: &structure::Structured, o: &mut Out) {
        for node in &structured.body {
            self.node(node, o);
        }
        // Every path returns; the end of the body is unreachable but must type-check.
        o.s().unreachable();
    }

    fn prologue(&self, o: &mut Out) {
        if self.f.frame_size > 0 {
            o.s().local_get(0).i32_const(self.f.frame_size as i32).i32_sub().local_set(0);
        }
        if self.locals.frame != 0 && self.f.frame_param.is_none() {
            o.s().local_get(0).local_set(self.locals.frame);
        }
        let frame = self.locals.frame;
        for &(offset, size) in &self.f.zero_ranges {
            o.s().local_get(frame).i32_const(offset as i32).i32_add().local_set(self.locals.scratch_i32);
            self.zero(self.locals.scratch_i32, size, o);
        }
        // Arguments whose address is taken move from their parameter into their frame slot.
        for (i, var) in self.f.vars.iter().enumerate().take(self.f.params.len()) {
            if let Storage::Frame { offset } = var.storage {
                o.s().local_get(frame).local_get(1 + i as u32);
                self.store(var.mem, offset, o);
            }
        }
    }

    /// The local of a register read as a local (never one that stays on the operand stack).
    fn reg(&self, r: Reg) -> u32 {
        let local = self.locals.regs[r.0 as usize];
        debug_assert!(local != NO_LOCAL, "register r{} has no local: it is computed where it is read", r.0);
        local
    }

    /// Pushes register `r`: computes it here if it stays on the operand stack, else reads its local.
    fn get(&self, r: Reg, o: &mut Out) {
        match self.stack.inline[r.0 as usize] {
            Some((block, inst)) => self.inst(&self.f.blocks[block as usize].insts[inst as usize], o),
            None => drop(o.s().local_get(self.reg(r))),
        }
    }

    /// Stores the value on the stack into register `r`, unless it stays there for its reader.
    fn set(&self, r: Reg, o: &mut Out) {
        if !self.stack.is_inline(r) {
            o.s().local_set(self.reg(r));
        }
    }

    /// A block's instructions, without its terminator.
    fn insts(&self, block: &Block, moved: &[bool], o: &mut Out) {
        for (inst, moved) in block.insts.iter().zip(moved) {
            // An instruction computed where its value is read is emitted there, by `get`; a read of a variable
            // whose readers use the variable's local is not emitted at all.
            let aliased = matches!(inst, Inst::Get { dst, .. } if self.aliases[dst.0 as usize].is_some());
            if !moved && !aliased {
                self.inst(inst, o);
            }
        }
    }

    fn node(&self, node: &Node, o: &mut Out) {
        match node {
            Node::Block(body) | Node::Loop(body) => {
                if matches!(node, Node::Block(_)) {
                    o.s().block(BlockType::Empty);
                } else {
                    o.s().loop_(BlockType::Empty);
                }
                self.depth.set(self.depth.get() + 1);
                for n in body {
                    self.node(n, o);
                }
                self.depth.set(self.depth.get() - 1);
                o.s().end();
            }
            Node::Code { block, exits } => {
                self.code(&self.f.blocks[block.index()], &self.stack.moved[block.index()], exits, o)
            }
            Node::SetLabel { value, then } => {
                o.s().i32_const(*value as i32).local_set(self.locals.label);
                jump(*then, o);
            }
            Node::Dispatch { targets, default } => {
                o.s().local_get(self.locals.label).br_table(targets.iter().copied(), *default);
            }
        }
    }

    fn code(&self, block: &Block, moved: &[bool], exits: &Exits, o: &mut Out) {
        self.insts(block, moved, o);
        match (&block.terminator, exits) {
            (Terminator::Return(value), _) => {
                if let Some(v) = value {
                    self.get(*v, o);
                    if let Some(mem) = self.f.result_mem {
                        normalize(mem, o);
                    }
                }
                o.s().return_();
            }
            (Terminator::Throw(kind), _) => self.throw(*kind, o),
            (Terminator::Unreachable, _) => drop(o.s().unreachable()),
            // In the landing pad's `catch` block: the exception it caught goes on.
            (Terminator::Unwind(_), _) if self.rethrows.get() => drop(o.s().rethrow(self.depth.get())),
            // Past the body's blocks, then the landing pad's `try` and `loop` (with exnref `try_table`, `block` and
            // `loop`), to its outer block.
            (Terminator::Unwind(exception), _) => {
                self.get(*exception, o);
                let pad = if self.ctx.exceptions == ExceptionEncoding::Exnref { 3 } else { 2 };
                o.s().br(self.depth.get() + pad);
            }
            (Terminator::Goto(_), Exits::Goto(j)) => jump(*j, o),
            (Terminator::Branch { cond, .. }, Exits::Branch { then, otherwise }) => {
                self.get(*cond, o);
                match (then, otherwise) {
                    (Jump::Br(a), Jump::Fallthrough) => drop(o.s().br_if(*a)),
                    (Jump::Fallthrough, Jump::Br(b)) => drop(o.s().i32_eqz().br_if(*b)),
                    (Jump::Br(a), Jump::Br(b)) => drop(o.s().br_if(*a).br(*b)),
                    (Jump::Fallthrough, Jump::Fallthrough) => drop(o.s().drop()),
                }
            }
            (Terminator::Switch { value, .. }, Exits::Switch { targets, default }) => {
                self.get(*value, o);
                o.s().br_table(targets.iter().copied(), *default);
            }
            // The structurer gives each terminator the exits of its own kind.
            _ => drop(o.s().unreachable()),
        }
    }

    /// Pushes the address of variable `var` (a frame slot, or an indirect argument's parameter).
    fn var_address(&self, var: Var, o: &mut Out) {
        match (self.f.vars[var.0 as usize].storage, self.locals.vars[var.0 as usize]) {
            (Storage::Frame { offset }, _) => {
                o.s().local_get(self.locals.frame).i32_const(offset as i32).i32_add();
            }
            (Storage::Indirect, Some(local)) => drop(o.s().local_get(local)),
            _ => drop(o.s().unreachable()),
        }
    }

    fn var_get(&self, var: Var, o: &mut Out) {
        let info = &self.f.vars[var.0 as usize];
        match (info.storage, self.locals.vars[var.0 as usize]) {
            (Storage::Frame { offset }, _) => {
                o.s().local_get(self.locals.frame);
                self.load(info.mem, offset, o);
            }
            (_, Some(local)) => drop(o.s().local_get(local)),
            (_, None) => drop(o.s().unreachable()),
        }
    }

    fn inst(&self, inst: &Inst, o: &mut Out) {
        match inst {
            Inst::Const { dst, value } => {
                match *value {
                    Const::I32(v) => o.s().i32_const(v),
                    Const::I64(v) => o.s().i64_const(v),
                    Const::F32(v) => o.s().f32_const(v.into()),
                    Const::F64(v) => o.s().f64_const(v.into()),
                };
                self.set(*dst, o);
            }
            Inst::Get { dst, var } => {
                self.var_get(*var, o);
                self.set(*dst, o);
            }
            Inst::Set { var, src } => {
                let info = &self.f.vars[var.0 as usize];
                match (info.storage, self.locals.vars[var.0 as usize]) {
                    (Storage::Frame { offset }, _) => {
                        o.s().local_get(self.locals.frame);
                        self.get(*src, o);
                        self.store(info.mem, offset, o);
                    }
                    (_, local) => {
                        self.get(*src, o);
                        normalize(info.mem, o);
                        o.s().local_set(local.unwrap_or_default());
                    }
                }
            }
            Inst::AddressOf { dst, var } => {
                self.var_address(*var, o);
                self.set(*dst, o);
            }
            Inst::Cast { dst, src } => {
                self.get(*src, o);
                self.set(*dst, o);
            }
            Inst::Unary { dst, op, ty, src } => {
                self.unary(*op, ty.wasm(), *src, o);
                self.set(*dst, o);
            }
            Inst::Binary { dst, op, ty, lhs, rhs } => {
                self.binary(*op, ty.wasm(), *lhs, *rhs, o);
                self.set(*dst, o);
            }
            Inst::Compare { dst, op, ty, lhs, rhs } => {
                self.compare(*op, ty.wasm(), *lhs, *rhs, o);
                self.set(*dst, o);
            }
            Inst::Convert { dst, to, from, src, checked, unsigned_source } => {
                self.get(*src, o);
                self.convert(*to, from.wasm(), *checked, *unsigned_source, o);
                self.set(*dst, o);
            }
            Inst::Load { dst, mem, addr, offset } => {
                self.get(*addr, o);
                self.load(*mem, *offset, o);
                self.set(*dst, o);
            }
            Inst::Store { mem, addr, offset, value } => {
                self.get(*addr, o);
                self.get(*value, o);
                self.store(*mem, *offset, o);
            }
            Inst::Copy { dst, src, size } => self.copy(self.reg(*dst), self.reg(*src), *size, o),
            Inst::Zero { addr, size } => self.zero(self.reg(*addr), *size, o),
            Inst::WriteBarrier { addr, offset, size } => self.write_barrier(self.reg(*addr), *offset, *size, o),
            Inst::Spill { value, offset } => {
                // A pass-one function's frame variables are its method's (`frame` holds that base); its spill
                // slots are in its own frame, below the shadow-stack pointer it was given.
                let base = if self.f.frame_param.is_some() { 0 } else { self.locals.frame };
                o.s().local_get(base);
                self.get(*value, o);
                self.store(MemType::I32, *offset, o);
            }
            Inst::CopyBlock { dst, src, len } => {
                self.get(*dst, o);
                self.get(*src, o);
                self.get(*len, o);
                o.s().memory_copy(0, 0);
            }
            Inst::FillBlock { dst, value, len } => {
                self.get(*dst, o);
                self.get(*value, o);
                self.get(*len, o);
                o.s().memory_fill(0);
            }
            Inst::LocalAlloc { dst, size, zero } => {
                self.local_alloc(*size, *zero, o);
                self.set(*dst, o);
            }
            Inst::Wasm { dst, op, args } => {
                for a in args {
                    self.get(*a, o);
                }
                match op {
                    WasmOp::MemorySize => drop(o.s().memory_size(0)),
                    WasmOp::MemoryGrow => drop(o.s().memory_grow(0)),
                    WasmOp::Throw => drop(o.s().throw(EXCEPTION_TAG)),
                    WasmOp::StackPointer => drop(o.s().local_get(0)),
                    WasmOp::StackTop => drop(o.s().global_get(GLOBAL_STACK_TOP)),
                    WasmOp::SetCardTable => drop(o.s().global_set(GLOBAL_CARD_TABLE)),
                }
                if let Some(d) = dst {
                    self.set(*d, o);
                }
            }
            Inst::FrameAddress { dst, offset } => {
                o.s().local_get(self.locals.frame).i32_const(*offset as i32).i32_add();
                self.set(*dst, o);
            }
            Inst::SymbolAddress { dst, symbol } => {
                o.address(*symbol, 0);
                self.set(*dst, o);
            }
            Inst::FunctionIndex { dst, symbol } => {
                o.table_index(*symbol);
                self.set(*dst, o);
            }
            // The flag is 1 once the constructor has started; anything else (0: never run, 2: it threw) takes the
            // runtime's slow path, which runs it or raises the TypeInitializationException.
            Inst::InitClass { flag, cctor, ty } => {
                let flag_mem = mem_arg(0, MemType::U8);
                o.address(*flag, 0);
                o.s().local_tee(self.locals.scratch_i32).i32_load8_u(flag_mem).i32_const(1).i32_ne();
                o.s().if_(BlockType::Empty).local_get(0).local_get(self.locals.scratch_i32);
                o.table_index(*cctor);
                o.address(*ty, 0);
                o.call(self.ctx.run_class_constructor);
                o.s().end();
            }
            Inst::InterfaceQuery { dst, query, ty, helper, args } => {
                match self.ctx.interface_colors.get(ty) {
                    Some(color) => self.interface_query(*query, *color, *helper, args, o),
                    None => self.call(*helper, args, o),
                }
                self.set(*dst, o);
            }
            Inst::Call { dst, callee, args } => {
                self.call(*callee, args, o);
                if let Some(d) = dst {
                    self.set(*d, o);
                }
            }
            Inst::CallIndirect { dst, signature, callee, args, .. } => {
                o.s().local_get(0);
                for a in args {
                    self.get(*a, o);
                }
                self.get(*callee, o);
                o.call_indirect(*signature);
                if let Some(d) = dst {
                    self.set(*d, o);
                }
            }
            Inst::NullCheck { value } => {
                self.get(*value, o);
                o.s().i32_eqz();
                self.throw_if(ExceptionKind::NullReference, o);
            }
            Inst::BoundsCheck { index, length } => {
                self.get(*index, o);
                self.get(*length, o);
                o.s().i32_ge_u();
                self.throw_if(ExceptionKind::IndexOutOfRange, o);
            }
            Inst::ThrowIf { cond, kind } => {
                self.get(*cond, o);
                self.throw_if(*kind, o);
            }
        }
    }

    /// Copies `size` bytes from the address in local `src` to the address in local `dst`.
    /// Copies `size` bytes from the address in local `src` to the one in local `dst`. The two may overlap (a copy
    /// forwarded past its frame temporary, `simplify::forward_struct_copies`): an unrolled copy loads every piece
    /// before it stores one, as `memory.copy` does.
    fn copy(&self, dst: u32, src: u32, size: u32, o: &mut Out) {
        if size > COPY_UNROLL_LIMIT {
            o.s().local_get(dst).local_get(src).i32_const(size as i32).memory_copy(0, 0);
            return;
        }
        let pieces = copy_pieces(size);
        // Struct copies may be unaligned (Pack, Size=): Wasm loads and stores accept any alignment.
        let arg = |at: u32, mem: MemType| MemArg { align: 0, ..mem_arg(at, mem) };
        if let [(at, mem)] = pieces[..] {
            o.s().local_get(dst).local_get(src);
            let m = arg(at, mem);
            match mem {
                MemType::I64 => drop(o.s().i64_load(m).i64_store(m)),
                MemType::I32 => drop(o.s().i32_load(m).i32_store(m)),
                MemType::U16 => drop(o.s().i32_load16_u(m).i32_store16(m)),
                _ => drop(o.s().i32_load8_u(m).i32_store8(m)),
            }
            return;
        }
        for (&(at, mem), &t) in pieces.iter().zip(&self.locals.copy_scratch) {
            o.s().local_get(src);
            let m = arg(at, mem);
            match mem {
                MemType::I64 => drop(o.s().i64_load(m)),
                MemType::I32 => drop(o.s().i64_load32_u(m)),
                MemType::U16 => drop(o.s().i64_load16_u(m)),
                _ => drop(o.s().i64_load8_u(m)),
            }
            o.s().local_set(t);
        }
        for (&(at, mem), &t) in pieces.iter().zip(&self.locals.copy_scratch) {
            o.s().local_get(dst).local_get(t);
            let m = arg(at, mem);
            match mem {
                MemType::I64 => drop(o.s().i64_store(m)),
                MemType::I32 => drop(o.s().i64_store32(m)),
                MemType::U16 => drop(o.s().i64_store16(m)),
                _ => drop(o.s().i64_store8(m)),
            }
        }
    }

    /// Zeroes `size` bytes at the address in local `addr`.
    fn zero(&self, addr: u32, size: u32, o: &mut Out) {
        if size > UNROLL_LIMIT {
            o.s().local_get(addr).i32_const(0).i32_const(size as i32).memory_fill(0);
            return;
        }
        let mut at = 0;
        for (width, mem) in [(8, MemType::I64), (4, MemType::I32), (2, MemType::U16), (1, MemType::U8)] {
            while size - at >= width {
                let m = MemArg { align: 0, ..mem_arg(at, mem) };
                match mem {
                    MemType::I64 => drop(o.s().local_get(addr).i64_const(0).i64_store(m)),
                    MemType::I32 => drop(o.s().local_get(addr).i32_const(0).i32_store(m)),
                    MemType::U16 => drop(o.s().local_get(addr).i32_const(0).i32_store16(m)),
                    _ => drop(o.s().local_get(addr).i32_const(0).i32_store8(m)),
                }
                at += width;
            }
        }
    }

    /// The write barrier: `cards[(addr + at) >> SHIFT] = DIRTY` for every card `size` bytes from `addr + offset`
    /// touch (a card apart, and the last byte's; at most two for a struct up to a card). A reference is aligned, so
    /// it lies in one card.
    fn write_barrier(&self, addr: u32, offset: u32, size: u32, o: &mut Out) {
        let last = if size <= abi::REFERENCE_SIZE { offset } else { offset + size - 1 };
        let mut at = offset;
        loop {
            o.s().global_get(GLOBAL_CARD_TABLE).local_get(addr);
            if at != 0 {
                o.s().i32_const(at as i32).i32_add();
            }
            o.s().i32_const(abi::cards::SHIFT as i32).i32_shr_u().i32_add().i32_const(abi::cards::DIRTY);
            o.s().i32_store8(mem_arg(0, MemType::U8));
            if at == last {
                break;
            }
            // The next card's worth, or the last byte: never past it, so a struct within one card costs two marks
            // at most.
            at = (at + abi::cards::SIZE).min(last);
        }
    }

    /// `localloc`: checks the room left (unsigned, so a negative `int` size is too large), lowers the shadow-stack
    /// pointer by the size rounded up to 8, zeroes the block if asked, and leaves its address (the new pointer).
    fn local_alloc(&self, size: Reg, zero: bool, o: &mut Out) {
        let (bytes, room) = (self.locals.scratch_i32, self.locals.scratch_i32_b);
        self.get(size, o);
        o.s().local_set(bytes);
        o.s().local_get(0).i32_const(abi::shadow_stack::LIMIT as i32).i32_sub().local_set(room);
        o.s().local_get(bytes).local_get(room).i32_gt_u();
        self.throw_if(ExceptionKind::StackOverflow, o);
        // `bytes <= room` and `room` is a multiple of 8, so the rounding cannot wrap.
        o.s().local_get(0).local_get(bytes).i32_const(7).i32_add().i32_const(-8).i32_and().local_tee(bytes);
        o.s().i32_sub().local_set(0);
        if zero {
            o.s().local_get(0).i32_const(0).local_get(bytes).memory_fill(0);
        }
        o.s().local_get(0);
    }

    /// `call helper(args)`, the shadow-stack pointer first.
    fn call(&self, helper: Symbol, args: &[Reg], o: &mut Out) {
        o.s().local_get(0);
        for a in args {
            self.get(*a, o);
        }
        o.call(helper);
    }

    /// An interface query's fast path (abi.md, "Interface tables"), falling back to the helper call; leaves the
    /// answer on the stack. The object's MethodTable goes in `scratch_i32`, its table or target in `scratch_i32_b`;
    /// nothing is on the operand stack when the helper is called.
    fn interface_query(&self, query: InterfaceQuery, color: u32, helper: Symbol, args: &[Reg], o: &mut Out) {
        let (mt, table) = (self.locals.scratch_i32, self.locals.scratch_i32_b);
        let (object, interface) = match query {
            InterfaceQuery::Target { .. } => (args[0], args[1]),
            InterfaceQuery::IsInstance { .. } | InterfaceQuery::Cast => (args[1], args[0]),
        };
        let entry = color * abi::method_table::ITABLE_ENTRY_SIZE;
        let word = |offset| mem_arg(offset, MemType::I32);
        o.s().block(BlockType::Result(ValType::I32));
        if !matches!(query, InterfaceQuery::Target { .. }) {
            // A null object is its own answer to a cast.
            o.s().i32_const(0);
            self.get(object, o);
            o.s().i32_eqz().br_if(0).drop();
        }
        o.s().block(BlockType::Empty);
        // The table covers the color, and its entry there is the interface.
        self.get(object, o);
        o.s().i32_load(word(abi::object::METHOD_TABLE)).local_tee(mt);
        o.s().i32_load(word(abi::method_table::ITABLE_COUNT)).i32_const(color as i32).i32_le_u().br_if(0);
        o.s().local_get(mt).i32_load(word(abi::method_table::ITABLE)).local_tee(table).i32_load(word(entry));
        self.get(interface, o);
        o.s().i32_ne().br_if(0);
        match query {
            InterfaceQuery::Target { slot } => {
                // vtable[entry.first + slot], when the implementation was compiled (else the helper throws).
                o.s().local_get(mt).local_get(table).i32_load(word(entry + 4)).i32_const(2).i32_shl().i32_add();
                o.s().i32_load(word(abi::method_table::VTABLE + 4 * slot)).local_tee(table).i32_eqz().br_if(0);
                o.s().local_get(table).br(1);
            }
            InterfaceQuery::IsInstance { .. } | InterfaceQuery::Cast => {
                self.get(object, o);
                o.s().br(1);
            }
        }
        o.s().end();
        match query {
            InterfaceQuery::IsInstance { table_decides: true } => drop(o.s().i32_const(0)),
            _ => self.call(helper, args, o),
        }
        o.s().end();
    }

    fn load(&self, mem: MemType, offset: u32, o: &mut Out) {
        let m = mem_arg(offset, mem);
        match mem {
            MemType::I8 => drop(o.s().i32_load8_s(m)),
            MemType::U8 => drop(o.s().i32_load8_u(m)),
            MemType::I16 => drop(o.s().i32_load16_s(m)),
            MemType::U16 => drop(o.s().i32_load16_u(m)),
            MemType::I32 => drop(o.s().i32_load(m)),
            MemType::I64 => drop(o.s().i64_load(m)),
            MemType::F32 => drop(o.s().f32_load(m)),
            MemType::F64 => drop(o.s().f64_load(m)),
        };
    }

    fn store(&self, mem: MemType, offset: u32, o: &mut Out) {
        let m = mem_arg(offset, mem);
        match mem {
            MemType::I8 | MemType::U8 => drop(o.s().i32_store8(m)),
            MemType::I16 | MemType::U16 => drop(o.s().i32_store16(m)),
            MemType::I32 => drop(o.s().i32_store(m)),
            MemType::I64 => drop(o.s().i64_store(m)),
            MemType::F32 => drop(o.s().f32_store(m)),
            MemType::F64 => drop(o.s().f64_store(m)),
        };
    }

    /// Calls the throw helper of `kind` when the i32 on the stack is non-zero.
    fn throw_if(&self, kind: ExceptionKind, o: &mut Out) {
        o.s().if_(BlockType::Empty);
        self.throw(kind, o);
        o.s().end();
    }

    /// Calls the throw helper of `kind` (it never returns).
    fn throw(&self, kind: ExceptionKind, o: &mut Out) {
        o.s().local_get(0);
        o.call(self.ctx.throw_helper(kind));
        o.s().unreachable();
    }

    fn unary(&self, op: UnOp, ty: Ty, src: Reg, o: &mut Out) {
        match (op, ty) {
            (UnOp::Neg, Ty::I32) => {
                o.s().i32_const(0);
                self.get(src, o);
                o.s().i32_sub();
            }
            (UnOp::Neg, Ty::I64) => {
                o.s().i64_const(0);
                self.get(src, o);
                o.s().i64_sub();
            }
            (UnOp::Neg, Ty::F32) => {
                self.get(src, o);
                o.s().f32_neg();
            }
            (UnOp::Neg, Ty::F64) => {
                self.get(src, o);
                o.s().f64_neg();
            }
            (UnOp::Not, Ty::I32) => {
                self.get(src, o);
                o.s().i32_const(-1).i32_xor();
            }
            (UnOp::Not, Ty::I64) => {
                self.get(src, o);
                o.s().i64_const(-1).i64_xor();
            }
            (UnOp::CkFinite, _) => {
                // x - x is 0 for every finite x and NaN for NaN and the infinities.
                let x = self.reg(src);
                if ty == Ty::F32 {
                    o.s().local_get(x).local_get(x).f32_sub().local_get(x).local_get(x).f32_sub().f32_ne();
                } else {
                    o.s().local_get(x).local_get(x).f64_sub().local_get(x).local_get(x).f64_sub().f64_ne();
                }
                self.throw_if(ExceptionKind::Arithmetic, o);
                o.s().local_get(x);
            }
            (UnOp::Sqrt | UnOp::Floor | UnOp::Ceil, Ty::F32 | Ty::F64) => {
                self.get(src, o);
                match (op, ty) {
                    (UnOp::Sqrt, Ty::F32) => drop(o.s().f32_sqrt()),
                    (UnOp::Sqrt, _) => drop(o.s().f64_sqrt()),
                    (UnOp::Floor, Ty::F32) => drop(o.s().f32_floor()),
                    (UnOp::Floor, _) => drop(o.s().f64_floor()),
                    (_, Ty::F32) => drop(o.s().f32_ceil()),
                    _ => drop(o.s().f64_ceil()),
                }
            }
            // Callers pass Wasm types; references and structs are i32 there.
            _ => drop(o.s().unreachable()),
        }
    }

    fn binary(&self, op: BinOp, ty: Ty, lhs: Reg, rhs: Reg, o: &mut Out) {
        use BinOp::*;
        let wide = ty.wasm() == Ty::I64;
        match ty.wasm() {
            Ty::F32 if op == Rem => {
                // fmod in double is exact for float operands; the result fits a float exactly.
                self.get(lhs, o);
                o.s().f64_promote_f32();
                self.get(rhs, o);
                o.s().f64_promote_f32();
                o.call(Symbol::Host(HOST_FMOD));
                o.s().f32_demote_f64();
            }
            Ty::F32 | Ty::F64 => {
                self.get(lhs, o);
                self.get(rhs, o);
                match (op, ty.wasm() == Ty::F64) {
                    (Add, false) => drop(o.s().f32_add()),
                    (Sub, false) => drop(o.s().f32_sub()),
                    (Mul, false) => drop(o.s().f32_mul()),
                    (Div, false) => drop(o.s().f32_div()),
                    (Add, true) => drop(o.s().f64_add()),
                    (Sub, true) => drop(o.s().f64_sub()),
                    (Mul, true) => drop(o.s().f64_mul()),
                    (Div, true) => drop(o.s().f64_div()),
                    (Rem, true) => o.call(Symbol::Host(HOST_FMOD)),
                    _ => drop(o.s().unreachable()),
                }
            }
            // Checked arithmetic and division read their operands several times: from locals.
            _ if matches!(op, Div | Rem | DivUn | RemUn) && !unchecked_division(op, rhs, &self.constants) => {
                self.division(op, wide, self.reg(lhs), self.reg(rhs), o)
            }
            // By a constant that can neither be 0 nor overflow: no check.
            _ if matches!(op, Div | Rem | DivUn | RemUn) => {
                self.get(lhs, o);
                self.get(rhs, o);
                divide(op, wide, o);
            }
            Ty::I64 if matches!(op, AddOvf | AddOvfUn | SubOvf | SubOvfUn | MulOvf | MulOvfUn) => {
                self.checked_i64(op, self.reg(lhs), self.reg(rhs), o)
            }
            _ if matches!(op, AddOvf | AddOvfUn | SubOvf | SubOvfUn | MulOvf | MulOvfUn) => {
                self.checked_i32(op, self.reg(lhs), self.reg(rhs), o)
            }
            Ty::I64 => {
                self.get(lhs, o);
                self.get(rhs, o);
                match op {
                    Add => drop(o.s().i64_add()),
                    Sub => drop(o.s().i64_sub()),
                    Mul => drop(o.s().i64_mul()),
                    And => drop(o.s().i64_and()),
                    Or => drop(o.s().i64_or()),
                    Xor => drop(o.s().i64_xor()),
                    // The count is an i32.
                    Shl => drop(o.s().i64_extend_i32_u().i64_shl()),
                    Shr => drop(o.s().i64_extend_i32_u().i64_shr_s()),
                    ShrUn => drop(o.s().i64_extend_i32_u().i64_shr_u()),
                    _ => drop(o.s().unreachable()),
                }
            }
            _ => {
                self.get(lhs, o);
                self.get(rhs, o);
                match op {
                    Add => drop(o.s().i32_add()),
                    Sub => drop(o.s().i32_sub()),
                    Mul => drop(o.s().i32_mul()),
                    And => drop(o.s().i32_and()),
                    Or => drop(o.s().i32_or()),
                    Xor => drop(o.s().i32_xor()),
                    Shl => drop(o.s().i32_shl()),
                    Shr => drop(o.s().i32_shr_s()),
                    ShrUn => drop(o.s().i32_shr_u()),
                    _ => drop(o.s().unreachable()),
                }
            }
        }
    }

    /// Integer division and remainder: a zero divisor throws DivideByZeroException, and a signed
    /// `MinValue / -1` (or `% -1`) throws OverflowException, as on CoreCLR (Wasm would trap, or give 0).
    fn division(&self, op: BinOp, wide: bool, a: u32, b: u32, o: &mut Out) {
        use BinOp::*;
        o.s().local_get(b);
        if wide {
            o.s().i64_eqz();
        } else {
            o.s().i32_eqz();
        }
        self.throw_if(ExceptionKind::DivideByZero, o);
        if matches!(op, Div | Rem) {
            if wide {
                o.s().local_get(a).i64_const(i64::MIN).i64_eq().local_get(b).i64_const(-1).i64_eq();
            } else {
                o.s().local_get(a).i32_const(i32::MIN).i32_eq().local_get(b).i32_const(-1).i32_eq();
            }
            o.s().i32_and();
            self.throw_if(ExceptionKind::Overflow, o);
        }
        o.s().local_get(a).local_get(b);
        divide(op, wide, o);
    }

    /// 32-bit `.ovf` arithmetic (operands in locals `a` and `b`).
    fn checked_i32(&self, op: BinOp, a: u32, b: u32, o: &mut Out) {
        use BinOp::*;
        match op {
            AddOvf | SubOvf | MulOvf => {
                // Exact in 64 bits; the result must fit 32.
                let t = self.locals.scratch_i64;
                o.s().local_get(a).i64_extend_i32_s().local_get(b).i64_extend_i32_s();
                match op {
                    AddOvf => drop(o.s().i64_add()),
                    SubOvf => drop(o.s().i64_sub()),
                    _ => drop(o.s().i64_mul()),
                };
                o.s().local_tee(t).local_get(t).i32_wrap_i64().i64_extend_i32_s().i64_ne();
                self.throw_if(ExceptionKind::Overflow, o);
                o.s().local_get(t).i32_wrap_i64();
            }
            AddOvfUn | MulOvfUn => {
                let t = self.locals.scratch_i64;
                o.s().local_get(a).i64_extend_i32_u().local_get(b).i64_extend_i32_u();
                if op == AddOvfUn {
                    o.s().i64_add();
                } else {
                    o.s().i64_mul();
                }
                o.s().local_tee(t).i64_const(0xFFFF_FFFF).i64_gt_u();
                self.throw_if(ExceptionKind::Overflow, o);
                o.s().local_get(t).i32_wrap_i64();
            }
            SubOvfUn => {
                o.s().local_get(a).local_get(b).i32_lt_u();
                self.throw_if(ExceptionKind::Overflow, o);
                o.s().local_get(a).local_get(b).i32_sub();
            }
            _ => drop(o.s().unreachable()),
        }
    }

    /// 64-bit `.ovf` arithmetic (operands in locals `a` and `b`).
    fn checked_i64(&self, op: BinOp, a: u32, b: u32, o: &mut Out) {
        use BinOp::*;
        let t = self.locals.scratch_i64;
        match op {
            AddOvf => {
                // Overflow when both operands have the sign the result lacks.
                o.s().local_get(a).local_get(b).i64_add().local_set(t);
                o.s()
                    .local_get(a)
                    .local_get(t)
                    .i64_xor()
                    .local_get(b)
                    .local_get(t)
                    .i64_xor()
                    .i64_and()
                    .i64_const(0)
                    .i64_lt_s();
                self.throw_if(ExceptionKind::Overflow, o);
                o.s().local_get(t);
            }
            SubOvf => {
                o.s().local_get(a).local_get(b).i64_sub().local_set(t);
                o.s()
                    .local_get(a)
                    .local_get(b)
                    .i64_xor()
                    .local_get(a)
                    .local_get(t)
                    .i64_xor()
                    .i64_and()
                    .i64_const(0)
                    .i64_lt_s();
                self.throw_if(ExceptionKind::Overflow, o);
                o.s().local_get(t);
            }
            AddOvfUn => {
                o.s().local_get(a).local_get(b).i64_add().local_tee(t).local_get(a).i64_lt_u();
                self.throw_if(ExceptionKind::Overflow, o);
                o.s().local_get(t);
            }
            SubOvfUn => {
                o.s().local_get(a).local_get(b).i64_lt_u();
                self.throw_if(ExceptionKind::Overflow, o);
                o.s().local_get(a).local_get(b).i64_sub();
            }
            MulOvf => {
                // MIN * -1 overflows without the division check noticing; otherwise r / b == a iff no overflow.
                o.s().local_get(a).i64_const(-1).i64_eq().local_get(b).i64_const(i64::MIN).i64_eq().i32_and();
                o.s().local_get(b).i64_const(-1).i64_eq().local_get(a).i64_const(i64::MIN).i64_eq().i32_and().i32_or();
                self.throw_if(ExceptionKind::Overflow, o);
                o.s().local_get(a).local_get(b).i64_mul().local_set(t);
                o.s().local_get(b).i64_eqz().if_(BlockType::Result(ValType::I32)).i32_const(0).else_();
                o.s().local_get(t).local_get(b).i64_div_s().local_get(a).i64_ne().end();
                self.throw_if(ExceptionKind::Overflow, o);
                o.s().local_get(t);
            }
            MulOvfUn => {
                o.s().local_get(a).local_get(b).i64_mul().local_set(t);
                o.s().local_get(a).i64_eqz().if_(BlockType::Result(ValType::I32)).i32_const(0).else_();
                o.s().local_get(t).local_get(a).i64_div_u().local_get(b).i64_ne().end();
                self.throw_if(ExceptionKind::Overflow, o);
                o.s().local_get(t);
            }
            _ => drop(o.s().unreachable()),
        }
    }

    fn compare(&self, op: CmpOp, ty: Ty, lhs: Reg, rhs: Reg, o: &mut Out) {
        use CmpOp::*;
        self.get(lhs, o);
        self.get(rhs, o);
        match ty.wasm() {
            Ty::I32 | Ty::Ref | Ty::ByRef | Ty::Struct(_) => match op {
                Eq => drop(o.s().i32_eq()),
                NeUn => drop(o.s().i32_ne()),
                Lt => drop(o.s().i32_lt_s()),
                LtUn => drop(o.s().i32_lt_u()),
                Le => drop(o.s().i32_le_s()),
                LeUn => drop(o.s().i32_le_u()),
                Gt => drop(o.s().i32_gt_s()),
                GtUn => drop(o.s().i32_gt_u()),
                Ge => drop(o.s().i32_ge_s()),
                GeUn => drop(o.s().i32_ge_u()),
            },
            Ty::I64 => match op {
                Eq => drop(o.s().i64_eq()),
                NeUn => drop(o.s().i64_ne()),
                Lt => drop(o.s().i64_lt_s()),
                LtUn => drop(o.s().i64_lt_u()),
                Le => drop(o.s().i64_le_s()),
                LeUn => drop(o.s().i64_le_u()),
                Gt => drop(o.s().i64_gt_s()),
                GtUn => drop(o.s().i64_gt_u()),
                Ge => drop(o.s().i64_ge_s()),
                GeUn => drop(o.s().i64_ge_u()),
            },
            // Ordered comparisons are false on NaN; an unordered one is the negation of the opposite ordered one.
            Ty::F32 => match op {
                Eq => drop(o.s().f32_eq()),
                NeUn => drop(o.s().f32_ne()),
                Lt => drop(o.s().f32_lt()),
                Le => drop(o.s().f32_le()),
                Gt => drop(o.s().f32_gt()),
                Ge => drop(o.s().f32_ge()),
                LtUn => drop(o.s().f32_ge().i32_eqz()),
                LeUn => drop(o.s().f32_gt().i32_eqz()),
                GtUn => drop(o.s().f32_le().i32_eqz()),
                GeUn => drop(o.s().f32_lt().i32_eqz()),
            },
            Ty::F64 => match op {
                Eq => drop(o.s().f64_eq()),
                NeUn => drop(o.s().f64_ne()),
                Lt => drop(o.s().f64_lt()),
                Le => drop(o.s().f64_le()),
                Gt => drop(o.s().f64_gt()),
                Ge => drop(o.s().f64_ge()),
                LtUn => drop(o.s().f64_ge().i32_eqz()),
                LeUn => drop(o.s().f64_gt().i32_eqz()),
                GtUn => drop(o.s().f64_le().i32_eqz()),
                GeUn => drop(o.s().f64_lt().i32_eqz()),
            },
        }
    }

    /// Converts the value on the stack.
    fn convert(&self, to: ConvTarget, from: Ty, checked: bool, unsigned: bool, o: &mut Out) {
        match from.wasm() {
            Ty::F32 | Ty::F64 => self.convert_float(to, from == Ty::F64, checked, o),
            wide => self.convert_int(to, wide == Ty::I64, checked, unsigned, o),
        }
    }

    fn convert_int(&self, to: ConvTarget, wide: bool, checked: bool, unsigned: bool, o: &mut Out) {
        use ConvTarget::*;
        if checked {
            // The value read as signed (or unsigned), as i64, must lie in the target's range.
            let (t, i) = (self.locals.scratch_i64, self.locals.scratch_i32);
            if wide {
                o.s().local_set(t);
            } else {
                o.s().local_tee(i);
                if unsigned {
                    o.s().i64_extend_i32_u();
                } else {
                    o.s().i64_extend_i32_s();
                }
                o.s().local_set(t);
            }
            let (min, max): (i64, i64) = match to {
                I1 => (i8::MIN.into(), i8::MAX.into()),
                U1 => (0, u8::MAX.into()),
                I2 => (i16::MIN.into(), i16::MAX.into()),
                U2 => (0, u16::MAX.into()),
                I4 => (i32::MIN.into(), i32::MAX.into()),
                U4 => (0, u32::MAX.into()),
                I8 | U8 | R4 | R8 | RUn => (i64::MIN, i64::MAX),
            };
            let unsigned_wide = wide && unsigned;
            match to {
                // 64-bit targets: only the sign of the other interpretation can overflow.
                I8 if unsigned_wide => drop(o.s().local_get(t).i64_const(0).i64_lt_s()),
                U8 if !unsigned => drop(o.s().local_get(t).i64_const(0).i64_lt_s()),
                I8 | U8 => drop(o.s().i32_const(0)),
                _ if unsigned_wide => drop(o.s().local_get(t).i64_const(max).i64_gt_u()),
                _ => drop(o.s().local_get(t).i64_const(min).i64_lt_s().local_get(t).i64_const(max).i64_gt_s().i32_or()),
            }
            self.throw_if(ExceptionKind::Overflow, o);
            o.s().local_get(t);
            if !wide && !matches!(to, I8 | U8) {
                o.s().i32_wrap_i64();
            }
            return self.convert_int(to, wide || matches!(to, I8 | U8), false, unsigned, o);
        }
        match to {
            I1 | U1 | I2 | U2 | I4 | U4 => {
                if wide {
                    o.s().i32_wrap_i64();
                }
                narrow(to, o);
            }
            I8 | U8 if wide => {}
            I8 if !unsigned => drop(o.s().i64_extend_i32_s()),
            I8 | U8 => drop(o.s().i64_extend_i32_u()),
            R4 => match (wide, unsigned) {
                (false, false) => drop(o.s().f32_convert_i32_s()),
                (false, true) => drop(o.s().f32_convert_i32_u()),
                (true, false) => drop(o.s().f32_convert_i64_s()),
                (true, true) => drop(o.s().f32_convert_i64_u()),
            },
            R8 | RUn => match (wide, unsigned || to == RUn) {
                (false, false) => drop(o.s().f64_convert_i32_s()),
                (false, true) => drop(o.s().f64_convert_i32_u()),
                (true, false) => drop(o.s().f64_convert_i64_s()),
                (true, true) => drop(o.s().f64_convert_i64_u()),
            },
        }
    }

    fn convert_float(&self, to: ConvTarget, double: bool, checked: bool, o: &mut Out) {
        use ConvTarget::*;
        if matches!(to, R4 | R8 | RUn) {
            match (to, double) {
                (R4, true) => drop(o.s().f32_demote_f64()),
                (R8 | RUn, false) => drop(o.s().f64_promote_f32()),
                _ => {}
            }
            return;
        }
        if !double {
            o.s().f64_promote_f32();
        }
        if checked {
            // NaN fails both comparisons; the bounds are exclusive and exactly representable.
            let (low, high): (f64, f64) = match to {
                I1 => (-129.0, 128.0),
                U1 => (-1.0, 256.0),
                I2 => (-32769.0, 32768.0),
                U2 => (-1.0, 65536.0),
                I4 => (-2147483649.0, 2147483648.0),
                U4 => (-1.0, 4294967296.0),
                I8 => (-9223372036854777856.0, 9223372036854775808.0),
                _ => (-1.0, 18446744073709551616.0),
            };
            let x = self.locals.scratch_i64;
            o.s().i64_reinterpret_f64().local_set(x);
            o.s().local_get(x).f64_reinterpret_i64().f64_const(low.into()).f64_gt();
            o.s().local_get(x).f64_reinterpret_i64().f64_const(high.into()).f64_lt().i32_and().i32_eqz();
            self.throw_if(ExceptionKind::Overflow, o);
            o.s().local_get(x).f64_reinterpret_i64();
        }
        // Saturating, as CoreCLR converts since .NET 9: NaN → 0, out of range → the nearest bound.
        match to {
            I8 => drop(o.s().i64_trunc_sat_f64_s()),
            U8 => drop(o.s().i64_trunc_sat_f64_u()),
            U4 => drop(o.s().i32_trunc_sat_f64_u()),
            _ => {
                o.s().i32_trunc_sat_f64_s();
                narrow(to, o);
            }
        }
    }
}

/// The Wasm division or remainder `op` on the two operands on the stack (checks, if any, are done).
fn divide(op: BinOp, wide: bool, o: &mut Out) {
    use BinOp::*;
    match (op, wide) {
        (Div, false) => drop(o.s().i32_div_s()),
        (Rem, false) => drop(o.s().i32_rem_s()),
        (DivUn, false) => drop(o.s().i32_div_u()),
        (RemUn, false) => drop(o.s().i32_rem_u()),
        (Div, true) => drop(o.s().i64_div_s()),
        (Rem, true) => drop(o.s().i64_rem_s()),
        (DivUn, true) => drop(o.s().i64_div_u()),
        _ => drop(o.s().i64_rem_u()),
    }
}

/// Truncates the i32 on the stack to a small integer type and extends it back.
fn narrow(to: ConvTarget, o: &mut Out) {
    match to {
        ConvTarget::I1 => drop(o.s().i32_extend8_s()),
        ConvTarget::U1 => drop(o.s().i32_const(0xFF).i32_and()),
        ConvTarget::I2 => drop(o.s().i32_extend16_s()),
        ConvTarget::U2 => drop(o.s().i32_const(0xFFFF).i32_and()),
        _ => {}
    }
}

/// Keeps a value stored into a small-typed variable in range, as the CLI's implicit truncation does.
fn normalize(mem: MemType, o: &mut Out) {
    match mem {
        MemType::I8 => narrow(ConvTarget::I1, o),
        MemType::U8 => narrow(ConvTarget::U1, o),
        MemType::I16 => narrow(ConvTarget::I2, o),
        MemType::U16 => narrow(ConvTarget::U2, o),
        _ => {}
    }
}

fn jump(j: Jump, o: &mut Out) {
    if let Jump::Br(depth) = j {
        o.s().br(depth);
    }
}
