//! The whole compilation: find what is reachable from the entry point, lay out static fields, compile every
//! reachable method (in parallel; each method's result depends only on the discovery tables, so the output
//! is the same at any thread count), and stub the rest with a reason.
//!
//! Discovery is sequential and numbers functions in the order it meets them: `FuncRef(0)` is the synthesized
//! entry (run Main's class constructor, call Main, return its exit code), then Main, then what Main reaches.

use crate::codegen::{self, Context};
use crate::env::{Callee, ClassInit, Environment, MethodInput, StaticField, Unsupported, codes};
use crate::ir::{self, Block, FuncRef, Inst, MemType, Terminator, Ty};
use crate::{import, structure, verify};
use rayon::prelude::*;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use wasmr2r_metadata::il::{Instructions, OpCode, Operand};
use wasmr2r_metadata::signature::{ArrayShape, MethodSignature, PrimitiveType, SignatureProvider, TypeKind};
use wasmr2r_metadata::{MethodDefRow, SignatureDecoder, StandAloneSigRow, TableId, Token, TypeDefRow};
use wasmr2r_typesystem::{FieldId, MethodId, TypeId, World};

/// A compiled (or stubbed) function.
pub struct Compiled {
    pub name: String,
    pub params: Vec<Ty>,
    pub result: Option<Ty>,
    pub body: wasm_encoder::Function,
    /// The MethodDef it was compiled from (None for the synthesized entry).
    pub method: Option<MethodId>,
    /// Why it is a stub, if it is one.
    pub stub: Option<Unsupported>,
}

/// The compilation's result.
pub struct Output {
    /// In `FuncRef` order; function 0 is the entry.
    pub functions: Vec<Compiled>,
    /// Bytes of the statics area (static fields and class-initialized flags).
    pub statics_size: u32,
}

/// Where the generated code finds what it needs at run time.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    /// Function indices of the `wasmr2r.throw`, `wasmr2r.fmod` and `wasmr2r.unsupported` imports, and of
    /// compiled function 0.
    pub throw: u32,
    pub fmod: u32,
    pub unsupported: u32,
    pub first_method: u32,
    /// The imported `imageBase` global and the statics area's RVA.
    pub image_base: u32,
    pub statics_rva: u32,
}

/// Things that stop the whole compilation (a method that cannot be compiled is a stub, not an error).
#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    #[error("the entry assembly has no entry point (is it a library?)")]
    NoEntryPoint,
    #[error("the entry point: {0}")]
    EntryPoint(String),
    #[error("the build was cancelled")]
    Cancelled,
}

/// What discovery found.
#[derive(Default)]
struct Discovery {
    functions: Vec<MethodId>,
    func_of: HashMap<MethodId, FuncRef>,
    /// Per (assembly, token): what a `call` resolves to.
    calls: HashMap<(usize, Token), Result<Callee, Unsupported>>,
    /// Per (assembly, token): what a static field access resolves to.
    fields: HashMap<(usize, Token), Result<StaticField, Unsupported>>,
    field_offsets: HashMap<FieldId, u32>,
    class_inits: HashMap<TypeId, Option<ClassInit>>,
    statics_size: u32,
    queue: VecDeque<MethodId>,
}

/// What a running compilation is told and what it tells: the flag it polls and where it reports progress.
pub struct Control<'a> {
    /// Set from another thread to stop the compilation; once set it stays set.
    pub cancelled: &'a AtomicBool,
    /// Called with (methods compiled, methods to compile) from any worker thread: first with 0 when discovery is
    /// done, then whenever the percentage changes, and at the end (at most 102 calls).
    pub on_compiled: &'a (dyn Fn(usize, usize) + Sync),
}

impl Control<'_> {
    /// A control that is never cancelled and reports nowhere.
    pub fn none() -> Control<'static> {
        static NEVER: AtomicBool = AtomicBool::new(false);
        Control { cancelled: &NEVER, on_compiled: &|_, _| {} }
    }
}

/// Discovers what the entry point reaches and compiles it. `control.cancelled` is polled once per method, in
/// discovery and on every worker, so a cancelled build stops within one method's compile time.
pub fn compile(world: &World, layout: Layout, control: &Control) -> Result<Output, DriverError> {
    let check = || if control.cancelled.load(Ordering::Relaxed) { Err(DriverError::Cancelled) } else { Ok(()) };
    let entry_token = Token(world.assembly(0).cli_header().entry_point_token);
    if entry_token.table() != Some(TableId::MethodDef) || entry_token.is_nil() {
        return Err(DriverError::NoEntryPoint);
    }
    let main = MethodId { assembly: 0, rid: entry_token.rid() };
    let mut d = Discovery::default();
    // FuncRef(0) is reserved for the synthesized entry.
    d.functions.push(main);
    let main_ref = d.function(main);
    let main_init = d.class_init(world, world.method_owner(main).map_err(|e| DriverError::EntryPoint(e.to_string()))?);
    while let Some(method) = d.queue.pop_front() {
        check()?;
        d.scan(world, method);
    }
    // A Main whose signature is outside the slice (`Main(string[] args)` needs arrays) is a stub like any other,
    // compiled with no parameters and no result; the entry calls it that way and it raises its reason.
    let main_signature = method_signature(world, main).unwrap_or(Signature { params: Vec::new(), result: None });

    let ctx = Context {
        throw: layout.throw,
        fmod: layout.fmod,
        unsupported: layout.unsupported,
        image_base: layout.image_base,
        statics_rva: layout.statics_rva,
        first_method: layout.first_method,
    };
    let entry = entry_function(main_ref, &main_signature, main_init, &ctx);
    let total = d.functions.len() - 1;
    (control.on_compiled)(0, total);
    let done = AtomicUsize::new(0);
    let compiled: Vec<Compiled> = d.functions[1..]
        .par_iter()
        .enumerate()
        .map(|(i, &method)| {
            check()?;
            let compiled = compile_method(world, &d, method, FuncRef(i as u32 + 1), &ctx);
            let now = done.fetch_add(1, Ordering::Relaxed) + 1;
            if now * 100 / total != (now - 1) * 100 / total || now == total {
                (control.on_compiled)(now, total);
            }
            Ok(compiled)
        })
        .collect::<Result<_, DriverError>>()?;
    Ok(Output {
        functions: std::iter::once(entry).chain(compiled).collect(),
        statics_size: d.statics_size.next_multiple_of(8),
    })
}

impl Discovery {
    fn function(&mut self, method: MethodId) -> FuncRef {
        if let Some(f) = self.func_of.get(&method) {
            return *f;
        }
        let f = FuncRef(self.functions.len() as u32);
        self.functions.push(method);
        self.func_of.insert(method, f);
        self.queue.push_back(method);
        f
    }

    /// The class constructor of `ty`, if it has one, with its flag (discovering the constructor).
    fn class_init(&mut self, world: &World, ty: TypeId) -> Option<ClassInit> {
        if let Some(init) = self.class_inits.get(&ty) {
            return *init;
        }
        let a = world.assembly(ty.assembly);
        let cctor = a.type_methods(ty.rid).ok().and_then(|list| {
            list.rids(a).flatten().find(|&m| {
                a.row::<MethodDefRow>(m).ok().is_some_and(|row| a.string(row.name).is_ok_and(|n| n == ".cctor"))
            })
        });
        let init = cctor.map(|rid| {
            let flag_offset = self.statics_size;
            self.statics_size += 1;
            ClassInit { flag_offset, cctor: self.function(MethodId { assembly: ty.assembly, rid }) }
        });
        self.class_inits.insert(ty, init);
        init
    }

    /// Resolves every call and static field the method's IL names, discovering callees.
    fn scan(&mut self, world: &World, method: MethodId) {
        let a = world.assembly(method.assembly);
        let Ok(row) = a.row::<MethodDefRow>(method.rid) else { return };
        let Some(body) = (row.rva != 0).then(|| a.method_body(row.rva).ok()).flatten() else { return };
        for inst in Instructions::new(body.code, body.code_offset).flatten() {
            let Operand::Token(token) = inst.operand else { continue };
            let key = (method.assembly, token);
            match inst.opcode {
                OpCode::Call if !self.calls.contains_key(&key) => {
                    let callee = self.callee(world, method.assembly, token);
                    self.calls.insert(key, callee);
                }
                OpCode::Ldsfld | OpCode::Stsfld | OpCode::Ldsflda if !self.fields.contains_key(&key) => {
                    let field = self.static_field(world, method.assembly, token);
                    self.fields.insert(key, field);
                }
                _ => {}
            }
        }
    }

    fn callee(&mut self, world: &World, assembly: usize, token: Token) -> Result<Callee, Unsupported> {
        let target = world.resolve_method(assembly, token).map_err(|e| Unsupported::new(codes::CALL, e.to_string()))?;
        let signature = method_signature(world, target)?;
        let owner = world.method_owner(target).map_err(|e| Unsupported::new(codes::CALL, e.to_string()))?;
        let a = world.assembly(owner.assembly);
        const BEFORE_FIELD_INIT: u32 = 0x0010_0000;
        let precise = a.row::<TypeDefRow>(owner.rid).is_ok_and(|t| t.flags & BEFORE_FIELD_INIT == 0);
        let init = if precise { self.class_init(world, owner) } else { None };
        Ok(Callee { func: self.function(target), params: signature.params, result: signature.result, init })
    }

    fn static_field(&mut self, world: &World, assembly: usize, token: Token) -> Result<StaticField, Unsupported> {
        let field = world.resolve_field(assembly, token).map_err(|e| Unsupported::new(codes::FIELD, e.to_string()))?;
        let a = world.assembly(field.assembly);
        let row: wasmr2r_metadata::FieldRow =
            a.row(field.rid).map_err(|e| Unsupported::new(codes::METADATA, e.to_string()))?;
        const STATIC: u16 = 0x10;
        const HAS_FIELD_RVA: u16 = 0x100;
        if row.flags & STATIC == 0 || row.flags & HAS_FIELD_RVA != 0 {
            return Err(Unsupported::new(codes::FIELD, "an instance field or a field with RVA data"));
        }
        let mut sig =
            a.blob(row.signature, "field signature").map_err(|e| Unsupported::new(codes::METADATA, e.to_string()))?;
        let mem = SignatureDecoder::new(&mut Slots { world, assembly: field.assembly })
            .decode_field(&mut sig)
            .map_err(|e| Unsupported::new(codes::METADATA, e.to_string()))??
            .ok_or_else(|| Unsupported::new(codes::TYPE, "a void field"))?;
        let offset = match self.field_offsets.get(&field) {
            Some(o) => *o,
            None => {
                let o = self.statics_size.next_multiple_of(mem.size());
                self.statics_size = o + mem.size();
                self.field_offsets.insert(field, o);
                o
            }
        };
        let owner = world.field_owner(field).map_err(|e| Unsupported::new(codes::FIELD, e.to_string()))?;
        let init = self.class_init(world, owner);
        Ok(StaticField { offset, mem, init })
    }
}

/// A method's parameter and result slots.
struct Signature {
    params: Vec<MemType>,
    result: Option<MemType>,
}

/// Maps signature types to the memory types of the primitive slice. `Ok(None)` is `void`; anything outside
/// the slice is `Err` with the reason.
struct Slots<'w> {
    world: &'w World,
    assembly: usize,
}

type Slot = Result<Option<MemType>, Unsupported>;

fn outside(what: &str) -> Slot {
    Err(Unsupported::new(codes::TYPE, format!("{what} is not compiled yet")))
}

impl SignatureProvider for Slots<'_> {
    type Type = Slot;
    fn primitive(&mut self, ty: PrimitiveType) -> Slot {
        use PrimitiveType::*;
        Ok(Some(match ty {
            Void => return Ok(None),
            Boolean | Byte => MemType::U8,
            SByte => MemType::I8,
            Char | UInt16 => MemType::U16,
            Int16 => MemType::I16,
            Int32 | UInt32 | IntPtr | UIntPtr => MemType::I32,
            Int64 | UInt64 => MemType::I64,
            Single => MemType::F32,
            Double => MemType::F64,
            String | Object | TypedReference => return outside(ty.full_name()),
        }))
    }
    fn type_handle(&mut self, token: Token, _kind: TypeKind) -> wasmr2r_metadata::Result<Slot> {
        // Enums are their underlying type; other classes and structs come with the object model.
        let Ok(ty) = self.world.resolve_type(self.assembly, token) else { return Ok(outside("an unresolved type")) };
        let a = self.world.assembly(ty.assembly);
        let name = a.type_full_name(Token::new(TableId::TypeDef, ty.rid))?;
        Ok(match a.enum_underlying_type(&name) {
            Some(underlying) => self.primitive(underlying),
            None => outside(&format!("type {name}")),
        })
    }
    fn sz_array(&mut self, _: Slot) -> Slot {
        outside("an array")
    }
    fn array(&mut self, _: Slot, _: ArrayShape) -> Slot {
        outside("an array")
    }
    fn pointer(&mut self, _: Slot) -> Slot {
        Ok(Some(MemType::I32))
    }
    fn by_ref(&mut self, _: Slot) -> Slot {
        Ok(Some(MemType::I32))
    }
    fn pinned(&mut self, element: Slot) -> Slot {
        element
    }
    fn generic_instance(&mut self, _: Slot, _: Vec<Slot>) -> Slot {
        outside("a generic instance")
    }
    fn generic_type_param(&mut self, _: u32) -> Slot {
        outside("a generic parameter")
    }
    fn generic_method_param(&mut self, _: u32) -> Slot {
        outside("a generic parameter")
    }
    fn function_pointer(&mut self, _: MethodSignature<Slot>) -> Slot {
        Ok(Some(MemType::I32))
    }
    fn modified(&mut self, _: Slot, unmodified: Slot, _: bool) -> Slot {
        unmodified
    }
}

/// The primitive a CoreLib type name stands for (`System.IntPtr` is `native int`).
fn primitive_named(name: &str) -> Option<PrimitiveType> {
    use PrimitiveType::*;
    [Boolean, Char, SByte, Byte, Int16, UInt16, Int32, UInt32, Int64, UInt64, Single, Double, IntPtr, UIntPtr]
        .into_iter()
        .find(|p| p.full_name() == name)
}

fn metadata_error(e: wasmr2r_metadata::Error) -> Unsupported {
    Unsupported::new(codes::METADATA, e.to_string())
}

fn method_signature(world: &World, method: MethodId) -> Result<Signature, Unsupported> {
    let a = world.assembly(method.assembly);
    let row: MethodDefRow = a.row(method.rid).map_err(metadata_error)?;
    let mut blob = a.blob(row.signature, "method signature").map_err(metadata_error)?;
    let sig = SignatureDecoder::new(&mut Slots { world, assembly: method.assembly })
        .decode_method(&mut blob)
        .map_err(metadata_error)?;
    if sig.header.has_this() {
        return Err(Unsupported::new(codes::TYPE, "instance methods are not compiled yet"));
    }
    if sig.generic_param_count > 0 {
        return Err(Unsupported::new(codes::TYPE, "generic methods are not compiled yet"));
    }
    let params = sig
        .params
        .into_iter()
        .map(|p| p?.ok_or_else(|| Unsupported::new(codes::INVALID_IL, "a void parameter")))
        .collect::<Result<_, _>>()?;
    Ok(Signature { params, result: sig.return_type? })
}

/// Answers the importer from the discovery tables.
struct Resolved<'d> {
    world: &'d World,
    discovery: &'d Discovery,
    assembly: usize,
}

impl Environment for Resolved<'_> {
    fn callee(&self, token: Token) -> Result<Callee, Unsupported> {
        self.discovery
            .calls
            .get(&(self.assembly, token))
            .cloned()
            .unwrap_or_else(|| Err(Unsupported::new(codes::CALL, "not discovered")))
    }
    fn static_field(&self, token: Token) -> Result<StaticField, Unsupported> {
        self.discovery
            .fields
            .get(&(self.assembly, token))
            .cloned()
            .unwrap_or_else(|| Err(Unsupported::new(codes::FIELD, "not discovered")))
    }
    fn size_of(&self, token: Token) -> Result<u32, Unsupported> {
        let a = self.world.assembly(self.assembly);
        let mut slots = Slots { world: self.world, assembly: self.assembly };
        let slot = match token.table() {
            Some(TableId::TypeSpec) => {
                let mut blob = a.type_spec_blob(token).map_err(metadata_error)?;
                SignatureDecoder::new(&mut slots).decode_type(&mut blob).map_err(metadata_error)?
            }
            _ => {
                let ty = self
                    .world
                    .resolve_type(self.assembly, token)
                    .map_err(|e| Unsupported::new(codes::TYPE, e.to_string()))?;
                let owner = self.world.assembly(ty.assembly);
                let name = owner.type_full_name(Token::new(TableId::TypeDef, ty.rid)).map_err(metadata_error)?;
                match primitive_named(&name) {
                    Some(p) => slots.primitive(p),
                    None => slots.type_handle(token, TypeKind::Unknown).map_err(metadata_error)?,
                }
            }
        };
        Ok(slot?.ok_or_else(|| Unsupported::new(codes::TYPE, "sizeof void"))?.size())
    }
}

fn compile_method(world: &World, d: &Discovery, method: MethodId, func: FuncRef, ctx: &Context) -> Compiled {
    let name = world.method_name(method);
    let signature = method_signature(world, method);
    let (params, result) = match &signature {
        Ok(s) => (s.params.iter().map(|m| m.ty()).collect(), s.result.map(|m| m.ty())),
        // A signature outside the slice: the function is never called with a real signature; give it none.
        Err(_) => (Vec::new(), None),
    };
    let attempt = signature.and_then(|signature| {
        let a = world.assembly(method.assembly);
        let row: MethodDefRow = a.row(method.rid).map_err(metadata_error)?;
        if row.rva == 0 {
            return Err(Unsupported::new(
                codes::NO_BODY,
                "the method has no IL body (InternalCall, P/Invoke or abstract)",
            ));
        }
        let body = a.method_body(row.rva).map_err(metadata_error)?;
        let locals = if body.locals.is_nil() {
            Vec::new()
        } else {
            let sig: StandAloneSigRow = a.row(body.locals.rid()).map_err(metadata_error)?;
            let mut blob = a.blob(sig.signature, "locals signature").map_err(metadata_error)?;
            SignatureDecoder::new(&mut Slots { world, assembly: method.assembly })
                .decode_locals(&mut blob)
                .map_err(metadata_error)?
                .into_iter()
                .map(|l| l?.ok_or_else(|| Unsupported::new(codes::INVALID_IL, "a void local")))
                .collect::<Result<_, _>>()?
        };
        let input = MethodInput {
            name: name.clone(),
            params: signature.params,
            result: signature.result,
            locals,
            code: body.code,
            code_offset: body.code_offset,
            has_exception_clauses: !body.exception_clauses.is_empty(),
        };
        let ir = import::import(&input, &Resolved { world, discovery: d, assembly: method.assembly })?;
        lower(&ir, ctx)
    });
    match attempt {
        Ok(body) => Compiled { name, params, result, body, method: Some(method), stub: None },
        Err(reason) => Compiled {
            name,
            params,
            result,
            body: codegen::unsupported_stub(func, ctx),
            method: Some(method),
            stub: Some(reason),
        },
    }
}

/// Verifies, structures and generates code for an imported function.
pub fn lower(ir: &ir::Function, ctx: &Context) -> Result<wasm_encoder::Function, Unsupported> {
    let internal = |what: String| Unsupported::new(codes::INVALID_IL, format!("internal compiler error: {what}"));
    verify::verify(ir).map_err(internal)?;
    let cfg = structure::Cfg {
        entry: structure::BlockId(0),
        blocks: ir
            .blocks
            .iter()
            .map(|b| match &b.terminator {
                Terminator::Goto(t) => structure::Terminator::Goto(structure::BlockId(t.0)),
                Terminator::Branch { then, otherwise, .. } => structure::Terminator::Branch {
                    then: structure::BlockId(then.0),
                    otherwise: structure::BlockId(otherwise.0),
                },
                Terminator::Switch { targets, default, .. } => structure::Terminator::Switch {
                    targets: targets.iter().map(|t| structure::BlockId(t.0)).collect(),
                    default: structure::BlockId(default.0),
                },
                Terminator::Return(_) | Terminator::Throw(_) | Terminator::Unsupported(_) => {
                    structure::Terminator::Return
                }
            })
            .collect(),
    };
    let structured = structure::structure(&cfg).map_err(|e| internal(e.to_string()))?;
    Ok(codegen::emit(ir, &structured, ctx))
}

/// The entry: run Main's class constructor if it has a precise one, call Main, return its exit code
/// (0 for a `void Main`). Main's `string[] args`, if it has them, gets null.
fn entry_function(main: FuncRef, signature: &Signature, init: Option<ClassInit>, ctx: &Context) -> Compiled {
    let mut regs = Vec::new();
    let mut insts = Vec::new();
    insts.extend(init.map(|i| Inst::InitClass { flag_offset: i.flag_offset, cctor: i.cctor }));
    let args: Vec<ir::Reg> = signature
        .params
        .iter()
        .map(|p| {
            regs.push(p.ty());
            let dst = ir::Reg(regs.len() as u32 - 1);
            insts.push(Inst::Const { dst, value: ir::Const::I32(0) });
            dst
        })
        .collect();
    let dst = signature.result.map(|r| {
        regs.push(r.ty());
        ir::Reg(regs.len() as u32 - 1)
    });
    insts.push(Inst::Call { dst, callee: main, args });
    let code = dst.unwrap_or_else(|| {
        regs.push(Ty::I32);
        let zero = ir::Reg(regs.len() as u32 - 1);
        insts.push(Inst::Const { dst: zero, value: ir::Const::I32(0) });
        zero
    });
    let f = ir::Function {
        name: "<entry>".into(),
        params: Vec::new(),
        result: Some(Ty::I32),
        result_mem: Some(MemType::I32),
        vars: Vec::new(),
        regs,
        blocks: vec![Block { il_offset: 0, insts, terminator: Terminator::Return(Some(code)) }],
        frame_size: 0,
    };
    let body = lower(&f, ctx).unwrap_or_else(|_| codegen::unsupported_stub(FuncRef(0), ctx));
    Compiled { name: "<entry>".into(), params: Vec::new(), result: Some(Ty::I32), body, method: None, stub: None }
}
