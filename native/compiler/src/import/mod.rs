//! IL → IR. The importer walks a method's basic blocks in the order the evaluation stack can be known (from the
//! entry, following branches), simulating the stack with registers. A stack that is live across a block boundary
//! is written to *stack variables* at the end of the block and read back at the start of each successor; the
//! stack's shape at a block entry must be the same along every edge (III.1.7.5).
//!
//! It resolves every token through the type system, so IL is walked once: what the method needs (callees,
//! MethodTables, statics, literals) is reported to the `ImportEnv` as it is met. The opcodes are split by
//! concern: `numeric` (arithmetic, comparisons, conversions), `objects` (fields, objects, arrays, boxing, casts,
//! value types), `calls` (calls, `newobj`, dispatch), `intrinsics` (methods whose bodies the compiler supplies).

pub mod accessor;
mod builder;
mod calls;
pub mod comparers;
pub mod delegates;
mod handlers;
mod intrinsics;
mod numeric;
mod objects;

use crate::abi::{self, Param, Return};
use crate::env::{ImportEnv, Reason, Unsupported, codes};
use crate::graph::Node;
use crate::ir::*;
use crate::runtime::Helper;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use wasmr2r_metadata::il::{Instruction, Instructions, OpCode, Operand};
use wasmr2r_metadata::{ExceptionClause, StandAloneSigRow, Token};
use wasmr2r_typesystem::{FieldId, GenericContext, Kind, MethodId, TypeId, TypeSystem};

pub use intrinsics::{Intrinsic, intrinsic_of};

/// A method body to import: its IL, its locals' types (in the method's generic context) and the IL ranges its
/// exception clauses cover.
pub struct ImportBody<'c> {
    pub code: &'c [u8],
    /// File offset of the code, for errors.
    pub code_offset: usize,
    pub locals: Vec<TypeId>,
    /// Which locals are `pinned`: they keep their object alive while the method runs (pointers derived from
    /// them are not references), so they live in the frame, where the collector sees them.
    pub pinned_locals: Vec<bool>,
    pub init_locals: bool,
    /// The exception-handling clauses, in table order (inner before outer).
    pub clauses: Vec<ExceptionClause>,
}

/// Imports `method`'s IL body.
pub fn import<'w>(ts: &mut TypeSystem<'w>, env: &mut dyn ImportEnv, method: MethodId) -> Result<Function, Unsupported> {
    let data = ts.method(method).clone();
    let world = ts.world;
    let a = world.assembly(data.def.assembly);
    if data.rva == 0 {
        return Err(Unsupported::new(codes::NO_BODY, "the method has no IL body"));
    }
    let metadata = |e: wasmr2r_metadata::Error| Unsupported::new(codes::METADATA, e.to_string());
    let body = a.method_body(data.rva).map_err(metadata)?;
    let type_args = ts.ty(data.owner).args.clone();
    let ctx = GenericContext::new(&type_args, &data.inst);
    let (locals, pinned_locals) = if body.locals.is_nil() {
        (Vec::new(), Vec::new())
    } else {
        let sig: StandAloneSigRow = a.row(body.locals.rid()).map_err(metadata)?;
        let blob = a.blob(sig.signature, "locals signature").map_err(metadata)?;
        let pinned = wasmr2r_metadata::signature::pinned_locals(&mut blob.clone()).map_err(metadata)?;
        (ts.decode_locals(data.def.assembly, &mut blob.clone(), &ctx)?, pinned)
    };
    let input = ImportBody {
        code: body.code,
        code_offset: body.code_offset,
        locals,
        pinned_locals,
        init_locals: body.init_locals,
        clauses: body.exception_clauses,
    };
    import_body(ts, env, method, input)
}

/// Imports `body` as the body of `method` (tests give hand-written IL this way).
pub fn import_body<'w, 'c>(
    ts: &mut TypeSystem<'w>,
    env: &mut dyn ImportEnv,
    method: MethodId,
    body: ImportBody<'c>,
) -> Result<Function, Unsupported> {
    let data = ts.method(method).clone();
    let instructions: Vec<Instruction> = Instructions::new(body.code, body.code_offset)
        .collect::<Result<_, _>>()
        .map_err(|e| Unsupported::new(codes::INVALID_IL, e.to_string()))?;
    let sig = abi::method_signature(ts, method)?;
    let il_sig = ts.method_sig(method)?;
    let mut arg_types = Vec::new();
    if il_sig.has_this() {
        let owner = data.owner;
        arg_types.push(if ts.ty(owner).is_value_type() { ts.by_ref(owner)? } else { owner });
    }
    arg_types.extend(il_sig.params.iter().copied());
    let name = ts.method_name(method);
    let needs = handlers::frame_needs(&body.clauses, &instructions);
    let mut importer = Importer::new(ts, env, method, name, sig, instructions, body.init_locals);
    importer.declare_vars(arg_types, body.locals, &body.pinned_locals, &needs)?;
    importer.begin_handlers(body.clauses, body.code.len() as u32, needs.handler_frame)?;
    importer.run()
}

/// The evaluation stack: registers.
type Stack = Vec<Reg>;

/// Prefixes waiting for the instruction they modify.
#[derive(Clone, Copy, Debug, Default)]
struct Prefixes {
    constrained: Option<TypeId>,
    readonly: bool,
}

pub(crate) struct Importer<'i, 'w, 'c> {
    ts: &'i mut TypeSystem<'w>,
    env: &'i mut dyn ImportEnv,
    method: MethodId,
    assembly: u32,
    type_args: Box<[TypeId]>,
    method_args: Box<[TypeId]>,
    name: String,
    sig: abi::Signature,
    instructions: Vec<Instruction<'c>>,
    /// IL offset → index into `instructions`.
    index_of: HashMap<u32, usize>,
    starts: BTreeSet<u32>,
    vars: Vec<VarInfo>,
    regs: Vec<Ty>,
    /// IL argument n (n = 0 is `this` when there is one) → variable, and its CLI type.
    args: Vec<(Var, TypeId)>,
    /// IL local n → variable, and its CLI type.
    locals: Vec<(Var, TypeId)>,
    return_buffer: Option<Var>,
    /// `this` is never stored to nor has its address taken, so `ldarg.0` is never null.
    this_is_stable: bool,
    /// (stack depth, type) → stack variable.
    stack_vars: BTreeMap<(usize, Ty), Var>,
    /// (copy, IL offset) of a block start → its id, assigned in discovery order. Copy 0 is the method's own
    /// code; copies 1.. are finally blocks cloned for one way out of their try (`handlers`).
    block_ids: BTreeMap<(u32, u32), BlockId>,
    /// Each block's copy.
    block_copies: Vec<u32>,
    /// The copy the block being imported belongs to.
    copy: u32,
    blocks: Vec<Option<Block>>,
    block_offsets: Vec<u32>,
    entry_stacks: Vec<Vec<Ty>>,
    frame_size: u32,
    zero_ranges: Vec<(u32, u32)>,
    init_locals: bool,
    // The block being built.
    insts: Vec<Inst>,
    il_offsets: Vec<u32>,
    /// The IL offset of the instruction being imported.
    il: u32,
    /// Registers known not to be null (addresses of variables, statics, `this`, new objects).
    non_null: HashSet<Reg>,
    /// The method is the managed runtime's: its unmanaged pointers are dereferenced unchecked (`address_check`).
    trusts_pointers: bool,
    /// Registers holding a `RuntimeFieldHandle` made by `ldtoken` of a field (for `InitializeArray`).
    field_handles: HashMap<Reg, FieldId>,
    /// Registers that hold a string literal (from `ldstr` in this block), with its text.
    string_literals: HashMap<Reg, Vec<u16>>,
    /// Registers holding a function pointer `ldftn` or `ldvirtftn` made (for a delegate's construction).
    function_pointers: HashMap<Reg, delegates::FunctionPointer>,
    /// Types whose class constructor this block has already triggered.
    initialized: HashSet<TypeId>,
    /// Registers holding i32 constants (a branch on one goes one way: feature switches fold whole paths away).
    constants: HashMap<Reg, i32>,
    /// Registers holding an object whose exact class is known (a new object, a default comparer): a virtual or
    /// interface call on one goes straight to the implementation (`calls::call`).
    exact_classes: HashMap<Reg, TypeId>,
    /// The exception clauses and the control flow made for them (`handlers`).
    handlers: Option<Box<handlers::Handlers>>,
    /// Importing a pass-one function: where its filters' `endfilter` goes (`handlers`).
    pass_one: Option<Box<handlers::PassOne>>,
    /// The block being imported.
    current: BlockId,
    prefixes: Prefixes,
}

impl<'i, 'w, 'c> Importer<'i, 'w, 'c> {
    #[allow(clippy::too_many_arguments)]
    fn new(
        ts: &'i mut TypeSystem<'w>,
        env: &'i mut dyn ImportEnv,
        method: MethodId,
        name: String,
        sig: abi::Signature,
        instructions: Vec<Instruction<'c>>,
        init_locals: bool,
    ) -> Self {
        let data = ts.method(method).clone();
        let index_of = instructions.iter().enumerate().map(|(i, inst)| (inst.offset, i)).collect();
        let starts = block_starts(&instructions);
        let has_this = matches!(sig.params.first(), Some(Param::This(_)));
        let this_is_stable = has_this
            && !instructions.iter().any(|i| {
                matches!(
                    (i.opcode, i.operand),
                    (OpCode::Starg | OpCode::Starg_S | OpCode::Ldarga | OpCode::Ldarga_S, Operand::Var(0))
                )
            });
        let trusts_pointers = env.runtime_assembly() == Some(data.def.assembly);
        Importer {
            trusts_pointers,
            type_args: ts.ty(data.owner).args.clone(),
            method_args: data.inst.clone(),
            assembly: data.def.assembly,
            ts,
            env,
            method,
            name,
            sig,
            instructions,
            index_of,
            starts,
            vars: Vec::new(),
            regs: Vec::new(),
            args: Vec::new(),
            locals: Vec::new(),
            return_buffer: None,
            this_is_stable,
            stack_vars: BTreeMap::new(),
            block_ids: BTreeMap::new(),
            block_copies: Vec::new(),
            copy: 0,
            blocks: Vec::new(),
            block_offsets: Vec::new(),
            entry_stacks: Vec::new(),
            frame_size: 0,
            zero_ranges: Vec::new(),
            init_locals,
            insts: Vec::new(),
            il_offsets: Vec::new(),
            il: 0,
            non_null: HashSet::new(),
            exact_classes: HashMap::new(),
            field_handles: HashMap::new(),
            string_literals: HashMap::new(),
            function_pointers: HashMap::new(),
            constants: HashMap::new(),
            initialized: HashSet::new(),
            handlers: None,
            pass_one: None,
            current: BlockId(0),
            prefixes: Prefixes::default(),
        }
    }

    fn reg(&mut self, ty: Ty) -> Reg {
        self.regs.push(ty);
        Reg(self.regs.len() as u32 - 1)
    }

    fn ty_of(&self, r: Reg) -> Ty {
        self.regs[r.0 as usize]
    }

    fn emit(&mut self, inst: Inst) {
        if let Inst::Const { dst, value: Const::I32(v) } = inst {
            self.constants.insert(dst, v);
        }
        self.insts.push(inst);
        self.il_offsets.push(self.il);
    }

    /// Records that this method needs `node`.
    fn depend(&mut self, node: Node, reason: Reason) {
        self.env.depend(node, reason);
    }

    /// Reserves `size` bytes of frame aligned to `align`; returns the offset.
    fn alloc_frame(&mut self, size: u32, align: u32) -> u32 {
        let offset = self.frame_size.next_multiple_of(align.clamp(1, abi::FRAME_ALIGN));
        self.frame_size = offset + size.max(1);
        offset
    }

    /// The variables: the Wasm parameters in ABI order (this, return buffer, arguments), then the IL locals.
    /// Structs live in memory (the frame, or the caller's copy for arguments); so does anything whose address
    /// the IL takes, anything a filter uses (the method's pass-one function reads it there), and pinned locals
    /// (the collector scans the frame). A method with catch or filter clauses keeps its handler frame at offset 0.
    fn declare_vars(
        &mut self,
        arg_types: Vec<TypeId>,
        local_types: Vec<TypeId>,
        pinned: &[bool],
        needs: &handlers::FrameNeeds,
    ) -> Result<(), Unsupported> {
        if needs.handler_frame {
            self.alloc_frame(abi::handler_frame::RESERVED, 8);
        }
        let mut address_taken_args = needs.filter_args.clone();
        let mut address_taken_locals = needs.filter_locals.clone();
        for inst in &self.instructions {
            match (inst.opcode, inst.operand) {
                (OpCode::Ldarga | OpCode::Ldarga_S, Operand::Var(n)) => drop(address_taken_args.insert(n)),
                (OpCode::Ldloca | OpCode::Ldloca_S, Operand::Var(n)) => drop(address_taken_locals.insert(n)),
                _ => {}
            }
        }
        let params = self.sig.params.clone();
        let mut il_arg = 0usize;
        for (i, param) in params.iter().enumerate() {
            let ty = param.ty();
            let (name, storage, cli) = match param {
                Param::ReturnBuffer => ("retbuf".to_owned(), Storage::Local, None),
                _ => {
                    let cli = arg_types.get(il_arg).copied();
                    let frame = address_taken_args.contains(&(il_arg as u16));
                    let storage = match ty {
                        Ty::Struct(_) if needs.filter_args.contains(&(il_arg as u16)) => {
                            return Err(Unsupported::new(
                                codes::EXCEPTION_HANDLING,
                                format!(
                                    "a filter reads argument {il_arg}, a struct passed by copy, which the method's \
                                     pass-one function cannot reach (copying it to a local before the try avoids this)"
                                ),
                            ));
                        }
                        Ty::Struct(_) => Storage::Indirect,
                        _ if frame => self.frame_slot(4.max(mem_of(ty).size()), 8),
                        _ => Storage::Local,
                    };
                    il_arg += 1;
                    (format!("arg{}", il_arg - 1), storage, cli)
                }
            };
            let mem = cli.and_then(|c| abi::mem_type(self.ts, c)).unwrap_or_else(|| mem_of(ty));
            let var = self.declare(name, ty, mem, storage);
            debug_assert_eq!(var.0 as usize, i);
            match (param, cli) {
                (Param::ReturnBuffer, _) => self.return_buffer = Some(var),
                (_, Some(cli)) => self.args.push((var, cli)),
                (_, None) => {}
            }
        }
        for (n, cli) in local_types.into_iter().enumerate() {
            let ty = abi::stack_ty(self.ts, cli).unwrap_or(Ty::I32);
            let mem = abi::mem_type(self.ts, cli).unwrap_or_else(|| mem_of(ty));
            let storage = match ty {
                Ty::Struct(t) => {
                    let storage = self.ts.storage(t).map(|s| (s.size, s.align)).unwrap_or((0, 1));
                    let slot = self.frame_slot(storage.0, storage.1);
                    if let Storage::Frame { offset } = slot {
                        self.zero_ranges.push((offset, storage.0));
                    }
                    slot
                }
                _ if address_taken_locals.contains(&(n as u16)) || pinned.get(n).copied().unwrap_or(false) => {
                    let slot = self.frame_slot(mem.size().max(4), 8);
                    if let (Storage::Frame { offset }, true) = (slot, self.init_locals) {
                        self.zero_ranges.push((offset, mem.size().max(4)));
                    }
                    slot
                }
                _ => Storage::Local,
            };
            let var = self.declare(format!("loc{n}"), ty, mem, storage);
            self.locals.push((var, cli));
        }
        Ok(())
    }

    fn frame_slot(&mut self, size: u32, align: u32) -> Storage {
        Storage::Frame { offset: self.alloc_frame(size, align) }
    }

    fn declare(&mut self, name: String, ty: Ty, mem: MemType, storage: Storage) -> Var {
        self.vars.push(VarInfo { ty, mem, storage, name });
        Var(self.vars.len() as u32 - 1)
    }

    fn stack_var(&mut self, depth: usize, ty: Ty) -> Var {
        if let Some(var) = self.stack_vars.get(&(depth, ty)) {
            return *var;
        }
        let var = self.declare(format!("stack{depth}_{ty}"), ty, mem_of(ty), Storage::Local);
        self.stack_vars.insert((depth, ty), var);
        var
    }

    /// The block starting at `offset` with `stack` on entry; discovers it on first sight. Stacks along different
    /// edges must agree, up to 32-bit values of different kinds (a native int where another edge has a pointer).
    fn block_for(&mut self, offset: u32, stack: &[Ty], from: u32) -> Result<BlockId, Unsupported> {
        // A branch inside a cloned finally stays in its copy.
        let copy = if self.copy != 0 && self.in_copy(self.copy, offset) { self.copy } else { 0 };
        self.block_in_copy(copy, offset, stack, from)
    }

    /// `block_for` in copy `copy`.
    fn block_in_copy(&mut self, copy: u32, offset: u32, stack: &[Ty], from: u32) -> Result<BlockId, Unsupported> {
        if let Some(&id) = self.block_ids.get(&(copy, offset)) {
            let expected = &self.entry_stacks[id.0 as usize];
            let compatible = expected.len() == stack.len()
                && expected.iter().zip(stack).all(|(a, b)| {
                    a == b || (a.is_i32() && b.is_i32() && !matches!(a, Ty::Struct(_)) && !matches!(b, Ty::Struct(_)))
                });
            if !compatible {
                return Err(
                    Unsupported::new(codes::INVALID_IL, format!("stack shape differs at IL_{offset:04x}")).at(from)
                );
            }
            return Ok(id);
        }
        if !self.index_of.contains_key(&offset) {
            return Err(Unsupported::new(
                codes::INVALID_IL,
                format!("a branch to IL_{offset:04x}, not an instruction"),
            )
            .at(from));
        }
        let id = BlockId(self.blocks.len() as u32);
        self.block_ids.insert((copy, offset), id);
        self.blocks.push(None);
        self.block_offsets.push(offset);
        self.block_copies.push(copy);
        self.entry_stacks.push(stack.to_vec());
        Ok(id)
    }

    fn run(mut self) -> Result<Function, Unsupported> {
        self.block_for(0, &[], 0)?;
        // Blocks in discovery order; a handler's dispatch block, built when a block in its try is imported,
        // discovers the handler's blocks.
        let mut next = 0;
        loop {
            if next < self.blocks.len() {
                let offset = self.block_offsets[next];
                if self.blocks[next].is_none() && offset != handlers::SYNTHETIC {
                    let block = self.import_block(offset, BlockId(next as u32))?;
                    self.blocks[next] = Some(block);
                }
                next += 1;
            } else if !self.build_pending_dispatch()? {
                break;
            }
        }
        let caught = self.finish_handlers()?;
        let pass_one = match (caught, self.handlers.as_deref()) {
            (Some(_), Some(eh)) if eh.handler_frame => Some(Box::new(self.pass_one_function()?)),
            _ => None,
        };
        let regions = match caught {
            Some(_) => self.regions()?,
            None => None,
        };
        if self.blocks.iter().any(Option::is_none) {
            return Err(Unsupported::new(codes::INVALID_IL, "an exception handler that was never built"));
        }
        let blocks = self.blocks.into_iter().flatten().collect();
        let result_mem = match self.sig.ret {
            Return::Scalar { mem, .. } => Some(mem),
            _ => None,
        };
        Ok(Function {
            name: self.name,
            params: self.sig.params.iter().map(Param::ty).collect(),
            result: self.sig.result(),
            result_mem,
            vars: self.vars,
            regs: self.regs,
            blocks,
            frame_size: self.frame_size.next_multiple_of(abi::FRAME_ALIGN),
            zero_ranges: self.zero_ranges,
            caught,
            pass_one,
            frame_param: None,
            regions,
        })
    }

    fn import_block(&mut self, offset: u32, id: BlockId) -> Result<Block, Unsupported> {
        self.insts.clear();
        self.il_offsets.clear();
        self.non_null.clear();
        self.field_handles.clear();
        self.string_literals.clear();
        self.constants.clear();
        self.exact_classes.clear();
        self.initialized.clear();
        self.prefixes = Prefixes::default();
        self.current = id;
        self.copy = self.block_copies[id.0 as usize];
        self.enter_region(id, offset)?;
        self.il = offset;
        let mut stack: Stack = Vec::new();
        for (depth, ty) in self.entry_stacks[id.0 as usize].clone().into_iter().enumerate() {
            let var = self.stack_var(depth, ty);
            let dst = self.reg(ty);
            self.emit(Inst::Get { dst, var });
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
            self.il = inst.offset;
            if let Some(length) = self.fold_type_query(i, &mut stack).map_err(|e| e.at(inst.offset))? {
                i += length;
            } else {
                let terminator = self.import_one(inst, &mut stack).map_err(|e| e.at(inst.offset))?;
                if let Some(terminator) = terminator {
                    return Ok(self.finish_block(offset, terminator));
                }
                i += 1;
            }
            let inst = self.instructions[i - 1];
            // Falling into the next block: a goto with the stack carried over.
            if let Some(next) = self.instructions.get(i)
                && self.starts.contains(&next.offset)
            {
                let target = next.offset;
                let ids = self.leave(target, &[], &stack, inst.offset)?;
                return Ok(self.finish_block(offset, Terminator::Goto(ids[0])));
            }
        }
    }

    fn finish_block(&mut self, offset: u32, terminator: Terminator) -> Block {
        Block {
            il_offset: offset,
            insts: std::mem::take(&mut self.insts),
            il_offsets: std::mem::take(&mut self.il_offsets),
            terminator,
            terminator_offset: self.il,
        }
    }

    /// Stores the live stack into the stack variables of the targets' entry and returns their block ids.
    fn leave(&mut self, first: u32, rest: &[u32], stack: &[Reg], from: u32) -> Result<Vec<BlockId>, Unsupported> {
        let types: Vec<Ty> = stack.iter().map(|r| self.ty_of(*r)).collect();
        let ids: Vec<BlockId> = std::iter::once(first)
            .chain(rest.iter().copied())
            .map(|t| self.block_for(t, &types, from))
            .collect::<Result<_, _>>()?;
        // The stack variables are those of the target's recorded entry types.
        let entry = self.entry_stacks[ids[0].0 as usize].clone();
        for (depth, reg) in stack.iter().enumerate() {
            let var = self.stack_var(depth, entry[depth]);
            let src = self.cast_to(*reg, entry[depth]);
            self.emit(Inst::Set { var, src });
        }
        Ok(ids)
    }

    fn pop(&mut self, stack: &mut Stack) -> Result<Reg, Unsupported> {
        stack.pop().ok_or_else(|| Unsupported::new(codes::INVALID_IL, "evaluation stack underflow"))
    }

    /// Pops `n` values, in push order.
    fn pop_n(&mut self, stack: &mut Stack, n: usize) -> Result<Vec<Reg>, Unsupported> {
        if stack.len() < n {
            return Err(Unsupported::new(codes::INVALID_IL, "evaluation stack underflow"));
        }
        Ok(stack.split_off(stack.len() - n))
    }

    /// A 32-bit value as another 32-bit type (no code), or the value itself.
    fn cast_to(&mut self, r: Reg, to: Ty) -> Reg {
        let from = self.ty_of(r);
        // A struct value is the address of its copy: it may be passed on as a pointer, never made from one.
        if from == to || !from.is_i32() || !to.is_i32() || matches!(to, Ty::Struct(_)) {
            return r;
        }
        let dst = self.reg(to);
        self.emit(Inst::Cast { dst, src: r });
        if self.non_null.contains(&r) {
            self.non_null.insert(dst);
        }
        dst
    }

    /// Pops an address (a byref, a pointer or native int, a reference).
    fn pop_address(&mut self, stack: &mut Stack) -> Result<Reg, Unsupported> {
        let addr = self.pop(stack)?;
        match self.ty_of(addr) {
            Ty::I32 | Ty::ByRef | Ty::Ref => Ok(addr),
            ty => Err(Unsupported::new(codes::INVALID_IL, format!("an address of type {ty}"))),
        }
    }

    fn var(&self, n: u16, is_arg: bool) -> Result<(Var, TypeId), Unsupported> {
        let list = if is_arg { &self.args } else { &self.locals };
        list.get(usize::from(n)).copied().ok_or_else(|| {
            let what = if is_arg { "argument" } else { "local" };
            Unsupported::new(codes::INVALID_IL, format!("{what} {n} does not exist"))
        })
    }

    /// A frame temporary for a value of struct type `ty`; its address.
    fn temp(&mut self, ty: TypeId) -> Result<Reg, Unsupported> {
        let storage = self.ts.storage(ty)?;
        let offset = self.alloc_frame(storage.size, storage.align);
        let dst = self.reg(Ty::Struct(ty));
        self.emit(Inst::FrameAddress { dst, offset });
        self.non_null.insert(dst);
        Ok(dst)
    }

    /// Loads a value of CLI type `ty` from `addr + offset`: a register for scalars, a copy for structs.
    fn load_value(&mut self, ty: TypeId, addr: Reg, offset: u32) -> Result<Reg, Unsupported> {
        match abi::stack_ty(self.ts, ty)? {
            Ty::Struct(t) => {
                let size = self.ts.storage(t)?.size;
                let src = self.offset_address(addr, offset, Ty::ByRef);
                let dst = self.temp(t)?;
                self.emit(Inst::Copy { dst, src, size });
                Ok(dst)
            }
            stack_ty => {
                let mem = abi::mem_type(self.ts, ty).unwrap_or(MemType::I32);
                let dst = self.reg(stack_ty);
                self.emit(Inst::Load { dst, mem, addr, offset });
                Ok(dst)
            }
        }
    }

    /// Stores `value` (a register of the stack type of `ty`) as a `ty` at `addr + offset`.
    fn store_value(&mut self, ty: TypeId, addr: Reg, offset: u32, value: Reg) -> Result<(), Unsupported> {
        match abi::stack_ty(self.ts, ty)? {
            Ty::Struct(t) => {
                if !matches!(self.ty_of(value), Ty::Struct(_) | Ty::ByRef | Ty::I32) {
                    return Err(Unsupported::new(codes::INVALID_IL, "storing a scalar as a struct"));
                }
                let storage = self.ts.storage(t)?;
                let dst = self.offset_address(addr, offset, Ty::ByRef);
                self.emit(Inst::Copy { dst, src: value, size: storage.size });
                if storage.has_refs {
                    self.emit(Inst::WriteBarrier { addr: dst, offset: 0, size: storage.size });
                }
            }
            stack_ty => {
                let mem = abi::mem_type(self.ts, ty).unwrap_or(MemType::I32);
                let value = self.coerce(value, stack_ty)?;
                self.emit(Inst::Store { mem, addr, offset, value });
                if stack_ty == Ty::Ref {
                    self.emit(Inst::WriteBarrier { addr, offset, size: abi::REFERENCE_SIZE });
                }
            }
        }
        Ok(())
    }

    /// `addr + offset` as a register of type `ty` (the same register when `offset` is 0 and the type agrees).
    fn offset_address(&mut self, addr: Reg, offset: u32, ty: Ty) -> Reg {
        if offset == 0 {
            return self.cast_to(addr, ty);
        }
        let k = self.reg(Ty::I32);
        self.emit(Inst::Const { dst: k, value: Const::I32(offset as i32) });
        let dst = self.reg(ty);
        self.emit(Inst::Binary { dst, op: BinOp::Add, ty: Ty::I32, lhs: addr, rhs: k });
        if self.non_null.contains(&addr) {
            self.non_null.insert(dst);
        }
        dst
    }

    /// Makes `value` fit a slot of stack type `to`: widens or narrows floats, reinterprets 32-bit values.
    fn coerce(&mut self, value: Reg, to: Ty) -> Result<Reg, Unsupported> {
        let from = self.ty_of(value);
        if from == to {
            return Ok(value);
        }
        let target = match (from, to) {
            (Ty::F32, Ty::F64) => ConvTarget::R8,
            (Ty::F64, Ty::F32) => ConvTarget::R4,
            (a, b) if a.is_i32() && b.is_i32() && !matches!(b, Ty::Struct(_)) => {
                return Ok(self.cast_to(value, to));
            }
            // A native int argument where IL passes an int64 is not valid IL; nor the reverse.
            _ => return Err(Unsupported::new(codes::INVALID_IL, format!("a {from} where a {to} is needed"))),
        };
        let dst = self.reg(to);
        self.emit(Inst::Convert { dst, to: target, from, src: value, checked: false, unsigned_source: false });
        Ok(dst)
    }

    /// Throws NullReferenceException if `r` is null, unless it is known not to be.
    fn null_check(&mut self, r: Reg) {
        if !self.non_null.contains(&r) {
            self.emit(Inst::NullCheck { value: r });
            self.non_null.insert(r);
        }
    }

    /// The null check of an address that a load, store or field access goes through. The managed runtime's
    /// unmanaged pointers (page tables, free lists, MethodTables) are its own and never null where it reads them,
    /// and checking them cost its collector and allocator 5% of BinaryTrees18: none there, as CoreCLR's runtime
    /// (C++) has none. References and managed pointers are checked in the runtime too.
    fn address_check(&mut self, addr: Reg) {
        if !(self.trusts_pointers && self.ty_of(addr) == Ty::I32) {
            self.null_check(addr);
        }
    }

    /// Calls a runtime helper; returns its result register.
    fn call_helper(&mut self, helper: Helper, args: Vec<Reg>) -> Result<Option<Reg>, Unsupported> {
        let (callee, args, dst) = self.helper_call(helper, args)?;
        self.emit(Inst::Call { dst, callee, args });
        Ok(dst)
    }

    /// A runtime helper's symbol (marked as needed), `args` coerced to its parameters, and its result register.
    fn helper_call(&mut self, helper: Helper, args: Vec<Reg>) -> Result<(Symbol, Vec<Reg>, Option<Reg>), Unsupported> {
        let m = self.env.helper(self.ts, helper)?;
        self.depend(Node::Method(m), "runtime helper");
        let sig = abi::method_signature(self.ts, m)?;
        let mut passed = Vec::with_capacity(args.len());
        for (a, p) in args.into_iter().zip(&sig.params) {
            passed.push(self.coerce(a, p.ty())?);
        }
        let dst = sig.result().map(|t| self.reg(t));
        Ok((Symbol::Method(m), passed, dst))
    }

    /// An interface dispatch or cast (`Inst::InterfaceQuery`): the interface table's answer, or `helper`'s.
    fn interface_query(
        &mut self,
        query: InterfaceQuery,
        ty: TypeId,
        helper: Helper,
        args: Vec<Reg>,
    ) -> Result<Reg, Unsupported> {
        let (helper, args, dst) = self.helper_call(helper, args)?;
        let dst = dst.ok_or_else(|| Unsupported::new(codes::CALL, "an interface helper without a result"))?;
        self.emit(Inst::InterfaceQuery { dst, query, ty, helper, args });
        Ok(dst)
    }

    /// The address of a type's MethodTable (marking the type handle needed).
    fn method_table(&mut self, ty: TypeId, reason: Reason) -> Reg {
        self.depend(Node::TypeHandle(ty), reason);
        let dst = self.reg(Ty::I32);
        self.emit(Inst::SymbolAddress { dst, symbol: Symbol::MethodTable(ty) });
        dst
    }

    fn constant(&mut self, value: Const, stack: &mut Stack) {
        let dst = self.reg(value.ty());
        self.emit(Inst::Const { dst, value });
        stack.push(dst);
    }

    fn i32_const(&mut self, value: i32) -> Reg {
        let dst = self.reg(Ty::I32);
        self.emit(Inst::Const { dst, value: Const::I32(value) });
        dst
    }

    fn token(inst: Instruction) -> Result<Token, Unsupported> {
        match inst.operand {
            Operand::Token(t) => Ok(t),
            _ => Err(Unsupported::new(codes::INVALID_IL, format!("{} without a token", inst.opcode.name()))),
        }
    }

    fn type_token(&mut self, token: Token) -> Result<TypeId, Unsupported> {
        let ctx = GenericContext::new(&self.type_args, &self.method_args);
        let ts: &mut TypeSystem = self.ts;
        Ok(ts.resolve_type_token(self.assembly, token, &ctx)?)
    }

    fn field_token(&mut self, token: Token) -> Result<FieldId, Unsupported> {
        let ctx = GenericContext::new(&self.type_args, &self.method_args);
        let ts: &mut TypeSystem = self.ts;
        ts.resolve_field_token(self.assembly, token, &ctx).map_err(|e| Unsupported::new(codes::FIELD, e.to_string()))
    }

    /// Imports one instruction; returns the block's terminator when the instruction ends the block.
    fn import_one(&mut self, inst: Instruction, stack: &mut Stack) -> Result<Option<Terminator>, Unsupported> {
        use OpCode::*;
        let prefixes = std::mem::take(&mut self.prefixes);
        let next_offset = |me: &Self| -> u32 {
            me.index_of.get(&inst.offset).and_then(|i| me.instructions.get(i + 1)).map_or(u32::MAX, |n| n.offset)
        };
        match inst.opcode {
            Nop | Volatile | Tail | Unaligned | No => {}
            Readonly => self.prefixes = Prefixes { readonly: true, ..prefixes },
            Constrained => {
                let ty = self.type_token(Self::token(inst)?)?;
                self.prefixes = Prefixes { constrained: Some(ty), ..prefixes };
            }
            Ldarg_0 | Ldarg_1 | Ldarg_2 | Ldarg_3 | Ldarg | Ldarg_S | Ldloc_0 | Ldloc_1 | Ldloc_2 | Ldloc_3 | Ldloc
            | Ldloc_S => {
                let (n, is_arg) = var_operand(inst);
                let (var, _) = self.var(n, is_arg)?;
                let value = self.get_var(var)?;
                if is_arg && n == 0 && self.this_is_stable {
                    self.non_null.insert(value);
                }
                stack.push(value);
            }
            Starg | Starg_S | Stloc_0 | Stloc_1 | Stloc_2 | Stloc_3 | Stloc | Stloc_S => {
                let (n, is_arg) = var_operand(inst);
                let (var, _) = self.var(n, is_arg)?;
                let src = self.pop(stack)?;
                self.set_var(var, src)?;
            }
            Ldarga | Ldarga_S | Ldloca | Ldloca_S => {
                let (n, is_arg) = var_operand(inst);
                let (var, _) = self.var(n, is_arg)?;
                let dst = self.reg(Ty::ByRef);
                self.emit(Inst::AddressOf { dst, var });
                self.non_null.insert(dst);
                stack.push(dst);
            }
            Ldc_I4_M1 | Ldc_I4_0 | Ldc_I4_1 | Ldc_I4_2 | Ldc_I4_3 | Ldc_I4_4 | Ldc_I4_5 | Ldc_I4_6 | Ldc_I4_7
            | Ldc_I4_8 => {
                let value = inst.opcode.code() as i32 - Ldc_I4_0.code() as i32;
                self.constant(Const::I32(value), stack);
            }
            Ldc_I4 | Ldc_I4_S | Ldc_I8 | Ldc_R4 | Ldc_R8 => {
                let value = match inst.operand {
                    Operand::Int32(v) => Const::I32(v),
                    Operand::Int64(v) => Const::I64(v),
                    Operand::Float32(v) => Const::F32(v),
                    Operand::Float64(v) => Const::F64(v),
                    _ => return Err(Unsupported::new(codes::INVALID_IL, "constant without a value")),
                };
                self.constant(value, stack);
            }
            Ldnull => {
                let dst = self.reg(Ty::Ref);
                self.emit(Inst::Const { dst, value: Const::I32(0) });
                stack.push(dst);
            }
            Dup => {
                let top = *stack.last().ok_or_else(|| Unsupported::new(codes::INVALID_IL, "dup on an empty stack"))?;
                match self.ty_of(top) {
                    // A struct value is a copy: the duplicate gets its own.
                    Ty::Struct(t) => {
                        let size = self.ts.storage(t)?.size;
                        let dst = self.temp(t)?;
                        self.emit(Inst::Copy { dst, src: top, size });
                        stack.push(dst);
                    }
                    _ => stack.push(top),
                }
            }
            Pop => {
                self.pop(stack)?;
            }
            Ret => return self.ret(stack).map(Some),
            Br | Br_S => {
                let ids = self.leave(target_of(inst)?, &[], stack, inst.offset)?;
                return Ok(Some(Terminator::Goto(ids[0])));
            }
            Brtrue | Brtrue_S | Brfalse | Brfalse_S => {
                let value = self.pop(stack)?;
                let when_true = matches!(inst.opcode, Brtrue | Brtrue_S);
                if let Some(known) = self.constants.get(&value).copied() {
                    // A constant condition (a feature switch): only one successor exists.
                    let target = if (known != 0) == when_true { target_of(inst)? } else { next_offset(self) };
                    let ids = self.leave(target, &[], stack, inst.offset)?;
                    return Ok(Some(Terminator::Goto(ids[0])));
                }
                let cond = self.truth(value)?;
                let ids = self.leave(target_of(inst)?, &[next_offset(self)], stack, inst.offset)?;
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
                let cond = self.compare(op, stack)?;
                let ids = self.leave(target_of(inst)?, &[next_offset(self)], stack, inst.offset)?;
                return Ok(Some(Terminator::Branch { cond, then: ids[0], otherwise: ids[1] }));
            }
            Switch => {
                let Operand::Switch(targets) = inst.operand else {
                    return Err(Unsupported::new(codes::INVALID_IL, "switch without targets"));
                };
                let value = self.pop(stack)?;
                if !self.ty_of(value).is_i32() {
                    return Err(Unsupported::new(codes::INVALID_IL, format!("switch on {}", self.ty_of(value))));
                }
                let value = self.cast_to(value, Ty::I32);
                let mut all: Vec<u32> = targets.iter().collect();
                all.push(next_offset(self));
                let ids = self.leave(all[0], &all[1..], stack, inst.offset)?;
                let (default, targets) = ids.split_last().map(|(d, t)| (*d, t.to_vec())).unwrap_or((ids[0], vec![]));
                return Ok(Some(Terminator::Switch { value, targets, default }));
            }
            Throw => {
                let exception = self.pop(stack)?;
                self.call_helper(Helper::Throw, vec![exception])?;
                return Ok(Some(Terminator::Unreachable));
            }
            Call | Callvirt => return self.call(inst, stack, prefixes),
            Newobj => self.newobj(inst, stack)?,
            Localloc => {
                let size = self.pop(stack)?;
                if !self.ty_of(size).is_i32() {
                    return Err(Unsupported::new(codes::INVALID_IL, format!("localloc of {} bytes", self.ty_of(size))));
                }
                let size = self.cast_to(size, Ty::I32);
                let dst = self.reg(Ty::I32);
                self.emit(Inst::LocalAlloc { dst, size, zero: self.init_locals });
                stack.push(dst);
            }
            Ldftn => self.ldftn(inst, stack)?,
            Ldvirtftn => self.ldvirtftn(inst, stack)?,
            Calli => self.calli(inst, stack)?,
            Leave | Leave_S => {
                // `leave` empties the evaluation stack.
                stack.clear();
                let target = self.leave_regions(inst.offset, target_of(inst)?)?;
                return Ok(Some(Terminator::Goto(target)));
            }
            Endfinally => return self.end_finally(inst.offset).map(Some),
            Endfilter => {
                let result = self.pop(stack)?;
                return self.end_filter(inst.offset, result).map(Some);
            }
            Rethrow => return self.rethrow(inst.offset).map(Some),
            Jmp | Arglist | Mkrefany | Refanyval | Refanytype => {
                return Err(Unsupported::new(
                    codes::OPCODE,
                    format!("opcode {} is not compiled yet", inst.opcode.name()),
                ));
            }
            _ => {
                if !self.numeric(inst, stack)? && !self.objects(inst, stack, prefixes)? {
                    return Err(Unsupported::new(
                        codes::OPCODE,
                        format!("opcode {} is not compiled yet", inst.opcode.name()),
                    ));
                }
            }
        }
        Ok(None)
    }

    /// Reads a variable: a register for scalars, a copy for structs.
    fn get_var(&mut self, var: Var) -> Result<Reg, Unsupported> {
        let ty = self.vars[var.0 as usize].ty;
        if let Ty::Struct(t) = ty {
            let size = self.ts.storage(t)?.size;
            let src = self.reg(Ty::ByRef);
            self.emit(Inst::AddressOf { dst: src, var });
            let dst = self.temp(t)?;
            self.emit(Inst::Copy { dst, src, size });
            return Ok(dst);
        }
        let dst = self.reg(ty);
        self.emit(Inst::Get { dst, var });
        Ok(dst)
    }

    /// Writes a variable: a copy into its memory for structs.
    fn set_var(&mut self, var: Var, src: Reg) -> Result<(), Unsupported> {
        let ty = self.vars[var.0 as usize].ty;
        if let Ty::Struct(t) = ty {
            let size = self.ts.storage(t)?.size;
            let dst = self.reg(Ty::ByRef);
            self.emit(Inst::AddressOf { dst, var });
            self.emit(Inst::Copy { dst, src, size });
            return Ok(());
        }
        let src = self.coerce(src, ty).map_err(|_| {
            Unsupported::new(
                codes::INVALID_IL,
                format!("storing {} into {} ({ty})", self.ty_of(src), self.vars[var.0 as usize].name),
            )
        })?;
        self.emit(Inst::Set { var, src });
        Ok(())
    }

    fn ret(&mut self, stack: &mut Stack) -> Result<Terminator, Unsupported> {
        let value = match self.sig.ret.clone() {
            Return::Void => None,
            Return::Scalar { ty, .. } => {
                let value = self.pop(stack)?;
                Some(self.coerce(value, ty)?)
            }
            Return::Buffer(t) => {
                let value = self.pop(stack)?;
                let size = self.ts.storage(t)?.size;
                let buffer =
                    self.return_buffer.ok_or_else(|| Unsupported::new(codes::INVALID_IL, "no return buffer"))?;
                let dst = self.reg(Ty::ByRef);
                self.emit(Inst::Get { dst, var: buffer });
                self.emit(Inst::Copy { dst, src: value, size });
                None
            }
        };
        if !stack.is_empty() {
            return Err(Unsupported::new(codes::INVALID_IL, "values left on the stack at ret"));
        }
        Ok(Terminator::Return(value))
    }

    /// The i32 truth of a value for `brtrue`/`brfalse` (non-zero, non-null).
    fn truth(&mut self, value: Reg) -> Result<Reg, Unsupported> {
        match self.ty_of(value) {
            Ty::I64 => {
                let zero = self.reg(Ty::I64);
                self.emit(Inst::Const { dst: zero, value: Const::I64(0) });
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Compare { dst, op: CmpOp::NeUn, ty: Ty::I64, lhs: value, rhs: zero });
                Ok(dst)
            }
            ty if ty.is_i32() && !matches!(ty, Ty::Struct(_)) => Ok(self.cast_to(value, Ty::I32)),
            ty => Err(Unsupported::new(codes::INVALID_IL, format!("brtrue on {ty}"))),
        }
    }

    /// The CLI kind of a type, for dispatch decisions.
    fn kind(&self, ty: TypeId) -> Kind {
        self.ts.ty(ty).kind
    }
}

/// A scalar register type's memory width, for variables with no CLI type of their own.
pub(super) fn mem_of(ty: Ty) -> MemType {
    match ty.wasm() {
        Ty::I64 => MemType::I64,
        Ty::F32 => MemType::F32,
        Ty::F64 => MemType::F64,
        _ => MemType::I32,
    }
}

/// Where each block starts, by IL offset.
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

fn target_of(inst: Instruction) -> Result<u32, Unsupported> {
    match inst.operand {
        Operand::Target(t) => Ok(t),
        _ => Err(Unsupported::new(codes::INVALID_IL, "branch without a target")),
    }
}

/// Whether an opcode reads, writes or takes the address of an argument or local (`var_operand` names which).
fn names_variable(opcode: OpCode) -> bool {
    use OpCode::*;
    matches!(
        opcode,
        Ldarg_0
            | Ldarg_1
            | Ldarg_2
            | Ldarg_3
            | Ldarg
            | Ldarg_S
            | Starg
            | Starg_S
            | Ldarga
            | Ldarga_S
            | Ldloc_0
            | Ldloc_1
            | Ldloc_2
            | Ldloc_3
            | Ldloc
            | Ldloc_S
            | Stloc_0
            | Stloc_1
            | Stloc_2
            | Stloc_3
            | Stloc
            | Stloc_S
            | Ldloca
            | Ldloca_S
    )
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
