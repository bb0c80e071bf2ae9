//! IR → Wasm. Each IR register and variable becomes a Wasm local (frame variables live in the shadow frame
//! instead); the control flow comes from `structure`; every check the CLI requires (overflow, division by
//! zero, `ckfinite`) is explicit and calls the runtime's throw helper, because a Wasm trap cannot be caught.
//!
//! The function's Wasm signature is `(sp: i32, args...) -> result?`: the shadow-stack pointer first
//! (docs/abi.md). A method with a frame lowers `sp` by the frame size on entry; callees get the lowered value.

use crate::ir::{self, *};
use crate::structure::{self, Exits, Jump, Node};
use wasm_encoder::{BlockType, Function as WasmFunction, InstructionSink, MemArg, MemArgTarget, ValType};

/// Function indices and addresses the generated code refers to.
#[derive(Clone, Debug)]
pub struct Context {
    /// `wasmr2r.throw(kind: i32)`: raises the exception `ExceptionKind::code` names; never returns.
    pub throw: u32,
    /// `wasmr2r.fmod(f64, f64) -> f64`: the C `fmod` (IL `rem` on floats).
    pub fmod: u32,
    /// `wasmr2r.unsupported(function: i32)`: a stub was called; never returns.
    pub unsupported: u32,
    /// The imported global holding the payload's address.
    pub image_base: u32,
    /// RVA of the statics area in the payload.
    pub statics_rva: u32,
    /// Function index of compiled function `FuncRef(i)`: `first_method + i`.
    pub first_method: u32,
}

pub fn val_type(ty: Ty) -> ValType {
    match ty {
        Ty::I32 => ValType::I32,
        Ty::I64 => ValType::I64,
        Ty::F32 => ValType::F32,
        Ty::F64 => ValType::F64,
    }
}

/// The Wasm parameter and result types of an IR signature.
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
    /// Local index of each variable (frame variables have none, but a frame argument keeps its parameter).
    vars: Vec<Option<u32>>,
    regs: Vec<u32>,
    label: u32,
    /// Scratch locals for checked arithmetic: one i32, one i64.
    scratch_i32: u32,
    scratch_i64: u32,
    declared: Vec<(u32, ValType)>,
}

impl Locals {
    fn new(f: &ir::Function) -> Self {
        let mut next = 1 + f.params.len() as u32;
        let mut declared = Vec::new();
        let mut fresh = |ty: ValType| {
            declared.push((1, ty));
            next += 1;
            next - 1
        };
        let vars = f
            .vars
            .iter()
            .enumerate()
            .map(|(i, v)| match (i < f.params.len(), v.storage) {
                (true, _) => Some(1 + i as u32),
                (false, Storage::Local) => Some(fresh(val_type(v.ty))),
                (false, Storage::Frame { .. }) => None,
            })
            .collect();
        let regs = f.regs.iter().map(|t| fresh(val_type(*t))).collect();
        let label = fresh(ValType::I32);
        let scratch_i32 = fresh(ValType::I32);
        let scratch_i64 = fresh(ValType::I64);
        Locals { vars, regs, label, scratch_i32, scratch_i64, declared }
    }
}

struct Emitter<'a> {
    f: &'a ir::Function,
    ctx: &'a Context,
    locals: Locals,
}

/// Generates the Wasm function for `f`, whose control flow `structured` describes.
pub fn emit(f: &ir::Function, structured: &structure::Structured, ctx: &Context) -> WasmFunction {
    let locals = Locals::new(f);
    let mut out = WasmFunction::new(locals.declared.clone());
    let e = Emitter { f, ctx, locals };
    let mut sink = out.instructions();
    e.prologue(&mut sink);
    for node in &structured.body {
        e.node(node, &mut sink);
    }
    // Every path returns; the end of the body is unreachable but must type-check.
    sink.unreachable();
    sink.end();
    out
}

/// The body of a method the compiler stubbed out: it reports itself (compiled function `function`) to the
/// runtime, which raises NotSupportedException with the reason the image records for it.
pub fn unsupported_stub(function: FuncRef, ctx: &Context) -> WasmFunction {
    let mut out = WasmFunction::new([]);
    out.instructions().i32_const(function.0 as i32).call(ctx.unsupported).unreachable().end();
    out
}

impl Emitter<'_> {
    fn prologue(&self, s: &mut InstructionSink) {
        if self.f.frame_size > 0 {
            s.local_get(0).i32_const(self.f.frame_size as i32).i32_sub().local_set(0);
        }
        // Arguments whose address is taken move from their parameter into their frame slot.
        for (i, var) in self.f.vars.iter().enumerate().take(self.f.params.len()) {
            if let Storage::Frame { offset } = var.storage {
                s.local_get(0).local_get(1 + i as u32);
                self.store(var.mem, offset, s);
            }
        }
    }

    fn reg(&self, r: Reg) -> u32 {
        self.locals.regs[r.0 as usize]
    }

    fn get(&self, r: Reg, s: &mut InstructionSink) {
        s.local_get(self.reg(r));
    }

    fn set(&self, r: Reg, s: &mut InstructionSink) {
        s.local_set(self.reg(r));
    }

    fn node(&self, node: &Node, s: &mut InstructionSink) {
        match node {
            Node::Block(body) | Node::Loop(body) => {
                if matches!(node, Node::Block(_)) {
                    s.block(BlockType::Empty);
                } else {
                    s.loop_(BlockType::Empty);
                }
                for n in body {
                    self.node(n, s);
                }
                s.end();
            }
            Node::Code { block, exits } => self.code(&self.f.blocks[block.index()], exits, s),
            Node::SetLabel { value, then } => {
                s.i32_const(*value as i32).local_set(self.locals.label);
                jump(*then, s);
            }
            Node::Dispatch { targets, default } => {
                s.local_get(self.locals.label).br_table(targets.iter().copied(), *default);
            }
        }
    }

    fn code(&self, block: &Block, exits: &Exits, s: &mut InstructionSink) {
        for inst in &block.insts {
            self.inst(inst, s);
        }
        match (&block.terminator, exits) {
            (Terminator::Return(value), _) => {
                if let Some(v) = value {
                    self.get(*v, s);
                    if let Some(mem) = self.f.result_mem {
                        normalize(mem, s);
                    }
                }
                s.return_();
            }
            (Terminator::Throw(kind), _) => {
                s.i32_const(kind.code()).call(self.ctx.throw).unreachable();
            }
            (Terminator::Unsupported(_), _) => {
                s.i32_const(ExceptionKind::NotSupported.code()).call(self.ctx.throw).unreachable();
            }
            (Terminator::Goto(_), Exits::Goto(j)) => jump(*j, s),
            (Terminator::Branch { cond, .. }, Exits::Branch { then, otherwise }) => {
                self.get(*cond, s);
                match (then, otherwise) {
                    (Jump::Br(a), Jump::Fallthrough) => drop(s.br_if(*a)),
                    (Jump::Fallthrough, Jump::Br(b)) => drop(s.i32_eqz().br_if(*b)),
                    (Jump::Br(a), Jump::Br(b)) => drop(s.br_if(*a).br(*b)),
                    (Jump::Fallthrough, Jump::Fallthrough) => drop(s.drop()),
                }
            }
            (Terminator::Switch { value, .. }, Exits::Switch { targets, default }) => {
                self.get(*value, s);
                s.br_table(targets.iter().copied(), *default);
            }
            // The structurer gives each terminator the exits of its own kind.
            _ => drop(s.unreachable()),
        }
    }

    fn var_get(&self, var: Var, s: &mut InstructionSink) {
        let info = &self.f.vars[var.0 as usize];
        match (info.storage, self.locals.vars[var.0 as usize]) {
            (Storage::Frame { offset }, _) => {
                s.local_get(0);
                self.load(info.mem, offset, s);
            }
            (Storage::Local, Some(local)) => drop(s.local_get(local)),
            (Storage::Local, None) => drop(s.unreachable()),
        }
    }

    fn inst(&self, inst: &Inst, s: &mut InstructionSink) {
        match inst {
            Inst::Const { dst, value } => {
                match *value {
                    Const::I32(v) => s.i32_const(v),
                    Const::I64(v) => s.i64_const(v),
                    Const::F32(v) => s.f32_const(v.into()),
                    Const::F64(v) => s.f64_const(v.into()),
                };
                self.set(*dst, s);
            }
            Inst::Get { dst, var } => {
                self.var_get(*var, s);
                self.set(*dst, s);
            }
            Inst::Set { var, src } => {
                let info = &self.f.vars[var.0 as usize];
                match (info.storage, self.locals.vars[var.0 as usize]) {
                    (Storage::Frame { offset }, _) => {
                        s.local_get(0);
                        self.get(*src, s);
                        self.store(info.mem, offset, s);
                    }
                    (Storage::Local, local) => {
                        self.get(*src, s);
                        normalize(info.mem, s);
                        s.local_set(local.unwrap_or_default());
                    }
                }
            }
            Inst::AddressOf { dst, var } => {
                let offset = match self.f.vars[var.0 as usize].storage {
                    Storage::Frame { offset } => offset,
                    Storage::Local => 0,
                };
                s.local_get(0).i32_const(offset as i32).i32_add();
                self.set(*dst, s);
            }
            Inst::Unary { dst, op, ty, src } => {
                self.unary(*op, *ty, *src, s);
                self.set(*dst, s);
            }
            Inst::Binary { dst, op, ty, lhs, rhs } => {
                self.binary(*op, *ty, *lhs, *rhs, s);
                self.set(*dst, s);
            }
            Inst::Compare { dst, op, ty, lhs, rhs } => {
                self.compare(*op, *ty, *lhs, *rhs, s);
                self.set(*dst, s);
            }
            Inst::Convert { dst, to, from, src, checked, unsigned_source } => {
                self.get(*src, s);
                self.convert(*to, *from, *checked, *unsigned_source, s);
                self.set(*dst, s);
            }
            Inst::Load { dst, mem, addr } => {
                self.get(*addr, s);
                self.load(*mem, 0, s);
                self.set(*dst, s);
            }
            Inst::Store { mem, addr, value } => {
                self.get(*addr, s);
                self.get(*value, s);
                self.store(*mem, 0, s);
            }
            Inst::StaticAddress { dst, offset } => {
                s.global_get(self.ctx.image_base).i32_const((self.ctx.statics_rva + offset) as i32).i32_add();
                self.set(*dst, s);
            }
            Inst::InitClass { flag_offset, cctor } => {
                let flag = mem_arg(self.ctx.statics_rva + flag_offset, MemType::U8);
                s.global_get(self.ctx.image_base).i32_load8_u(flag).i32_eqz().if_(BlockType::Empty);
                s.global_get(self.ctx.image_base).i32_const(1).i32_store8(flag);
                s.local_get(0).call(self.ctx.first_method + cctor.0).end();
            }
            Inst::Call { dst, callee, args } => {
                s.local_get(0);
                for a in args {
                    self.get(*a, s);
                }
                s.call(self.ctx.first_method + callee.0);
                if let Some(d) = dst {
                    self.set(*d, s);
                }
            }
            Inst::Drop { .. } => {}
        }
    }

    fn load(&self, mem: MemType, offset: u32, s: &mut InstructionSink) {
        let m = mem_arg(offset, mem);
        match mem {
            MemType::I8 => s.i32_load8_s(m),
            MemType::U8 => s.i32_load8_u(m),
            MemType::I16 => s.i32_load16_s(m),
            MemType::U16 => s.i32_load16_u(m),
            MemType::I32 => s.i32_load(m),
            MemType::I64 => s.i64_load(m),
            MemType::F32 => s.f32_load(m),
            MemType::F64 => s.f64_load(m),
        };
    }

    fn store(&self, mem: MemType, offset: u32, s: &mut InstructionSink) {
        let m = mem_arg(offset, mem);
        match mem {
            MemType::I8 | MemType::U8 => s.i32_store8(m),
            MemType::I16 | MemType::U16 => s.i32_store16(m),
            MemType::I32 => s.i32_store(m),
            MemType::I64 => s.i64_store(m),
            MemType::F32 => s.f32_store(m),
            MemType::F64 => s.f64_store(m),
        };
    }

    /// Calls the throw helper with `kind` when the i32 on the stack is non-zero.
    fn throw_if(&self, kind: ExceptionKind, s: &mut InstructionSink) {
        s.if_(BlockType::Empty).i32_const(kind.code()).call(self.ctx.throw).unreachable().end();
    }

    fn unary(&self, op: UnOp, ty: Ty, src: Reg, s: &mut InstructionSink) {
        match (op, ty) {
            (UnOp::Neg, Ty::I32) => drop(s.i32_const(0).local_get(self.reg(src)).i32_sub()),
            (UnOp::Neg, Ty::I64) => drop(s.i64_const(0).local_get(self.reg(src)).i64_sub()),
            (UnOp::Neg, Ty::F32) => drop(s.local_get(self.reg(src)).f32_neg()),
            (UnOp::Neg, Ty::F64) => drop(s.local_get(self.reg(src)).f64_neg()),
            (UnOp::Not, Ty::I32) => drop(s.local_get(self.reg(src)).i32_const(-1).i32_xor()),
            (UnOp::Not, Ty::I64) => drop(s.local_get(self.reg(src)).i64_const(-1).i64_xor()),
            (UnOp::CkFinite, _) => {
                // x - x is 0 for every finite x and NaN for NaN and the infinities.
                let x = self.reg(src);
                if ty == Ty::F32 {
                    s.local_get(x).local_get(x).f32_sub().local_get(x).local_get(x).f32_sub().f32_ne();
                } else {
                    s.local_get(x).local_get(x).f64_sub().local_get(x).local_get(x).f64_sub().f64_ne();
                }
                self.throw_if(ExceptionKind::Arithmetic, s);
                s.local_get(x);
            }
            (UnOp::Not, _) => drop(s.unreachable()),
        }
    }

    fn binary(&self, op: BinOp, ty: Ty, lhs: Reg, rhs: Reg, s: &mut InstructionSink) {
        use BinOp::*;
        let (a, b) = (self.reg(lhs), self.reg(rhs));
        match ty {
            Ty::I32 => self.binary_i32(op, a, b, s),
            Ty::I64 => self.binary_i64(op, a, b, s),
            Ty::F32 | Ty::F64 => {
                let f64 = ty == Ty::F64;
                s.local_get(a).local_get(b);
                match (op, f64) {
                    (Add, false) => drop(s.f32_add()),
                    (Sub, false) => drop(s.f32_sub()),
                    (Mul, false) => drop(s.f32_mul()),
                    (Div, false) => drop(s.f32_div()),
                    (Add, true) => drop(s.f64_add()),
                    (Sub, true) => drop(s.f64_sub()),
                    (Mul, true) => drop(s.f64_mul()),
                    (Div, true) => drop(s.f64_div()),
                    (Rem, false) => {
                        // fmod in double is exact for float operands; the result fits a float exactly.
                        s.drop().f64_promote_f32().local_get(b).f64_promote_f32().call(self.ctx.fmod).f32_demote_f64();
                    }
                    (Rem, true) => drop(s.call(self.ctx.fmod)),
                    _ => drop(s.unreachable()),
                }
            }
        }
    }

    /// Integer division and remainder: a zero divisor throws DivideByZeroException, and a signed
    /// `MinValue / -1` (or `% -1`) throws OverflowException, as on CoreCLR (Wasm would trap, or give 0).
    fn division(&self, op: BinOp, wide: bool, a: u32, b: u32, s: &mut InstructionSink) {
        use BinOp::*;
        s.local_get(b);
        if wide {
            s.i64_eqz();
        } else {
            s.i32_eqz();
        }
        self.throw_if(ExceptionKind::DivideByZero, s);
        if matches!(op, Div | Rem) {
            if wide {
                s.local_get(a).i64_const(i64::MIN).i64_eq().local_get(b).i64_const(-1).i64_eq();
            } else {
                s.local_get(a).i32_const(i32::MIN).i32_eq().local_get(b).i32_const(-1).i32_eq();
            }
            s.i32_and();
            self.throw_if(ExceptionKind::Overflow, s);
        }
        s.local_get(a).local_get(b);
        match (op, wide) {
            (Div, false) => s.i32_div_s(),
            (Rem, false) => s.i32_rem_s(),
            (DivUn, false) => s.i32_div_u(),
            (RemUn, false) => s.i32_rem_u(),
            (Div, true) => s.i64_div_s(),
            (Rem, true) => s.i64_rem_s(),
            (DivUn, true) => s.i64_div_u(),
            _ => s.i64_rem_u(),
        };
    }

    fn binary_i32(&self, op: BinOp, a: u32, b: u32, s: &mut InstructionSink) {
        use BinOp::*;
        match op {
            Div | Rem | DivUn | RemUn => self.division(op, false, a, b, s),
            AddOvf | SubOvf | MulOvf => {
                // Exact in 64 bits; the result must fit 32.
                let t = self.locals.scratch_i64;
                s.local_get(a).i64_extend_i32_s().local_get(b).i64_extend_i32_s();
                match op {
                    AddOvf => s.i64_add(),
                    SubOvf => s.i64_sub(),
                    _ => s.i64_mul(),
                };
                s.local_tee(t).local_get(t).i32_wrap_i64().i64_extend_i32_s().i64_ne();
                self.throw_if(ExceptionKind::Overflow, s);
                s.local_get(t).i32_wrap_i64();
            }
            AddOvfUn | MulOvfUn => {
                let t = self.locals.scratch_i64;
                s.local_get(a).i64_extend_i32_u().local_get(b).i64_extend_i32_u();
                if op == AddOvfUn {
                    s.i64_add();
                } else {
                    s.i64_mul();
                }
                s.local_tee(t).i64_const(0xFFFF_FFFF).i64_gt_u();
                self.throw_if(ExceptionKind::Overflow, s);
                s.local_get(t).i32_wrap_i64();
            }
            SubOvfUn => {
                s.local_get(a).local_get(b).i32_lt_u();
                self.throw_if(ExceptionKind::Overflow, s);
                s.local_get(a).local_get(b).i32_sub();
            }
            _ => {
                s.local_get(a).local_get(b);
                match op {
                    Add => s.i32_add(),
                    Sub => s.i32_sub(),
                    Mul => s.i32_mul(),
                    And => s.i32_and(),
                    Or => s.i32_or(),
                    Xor => s.i32_xor(),
                    Shl => s.i32_shl(),
                    Shr => s.i32_shr_s(),
                    ShrUn => s.i32_shr_u(),
                    _ => s.unreachable(),
                };
            }
        }
    }

    fn binary_i64(&self, op: BinOp, a: u32, b: u32, s: &mut InstructionSink) {
        use BinOp::*;
        let t = self.locals.scratch_i64;
        match op {
            Div | Rem | DivUn | RemUn => self.division(op, true, a, b, s),
            AddOvf => {
                // Overflow when both operands have the sign the result lacks.
                s.local_get(a).local_get(b).i64_add().local_set(t);
                s.local_get(a)
                    .local_get(t)
                    .i64_xor()
                    .local_get(b)
                    .local_get(t)
                    .i64_xor()
                    .i64_and()
                    .i64_const(0)
                    .i64_lt_s();
                self.throw_if(ExceptionKind::Overflow, s);
                s.local_get(t);
            }
            SubOvf => {
                s.local_get(a).local_get(b).i64_sub().local_set(t);
                s.local_get(a)
                    .local_get(b)
                    .i64_xor()
                    .local_get(a)
                    .local_get(t)
                    .i64_xor()
                    .i64_and()
                    .i64_const(0)
                    .i64_lt_s();
                self.throw_if(ExceptionKind::Overflow, s);
                s.local_get(t);
            }
            AddOvfUn => {
                s.local_get(a).local_get(b).i64_add().local_tee(t).local_get(a).i64_lt_u();
                self.throw_if(ExceptionKind::Overflow, s);
                s.local_get(t);
            }
            SubOvfUn => {
                s.local_get(a).local_get(b).i64_lt_u();
                self.throw_if(ExceptionKind::Overflow, s);
                s.local_get(a).local_get(b).i64_sub();
            }
            MulOvf => {
                // MIN * -1 overflows without the division check noticing; otherwise r / b == a iff no overflow.
                s.local_get(a).i64_const(-1).i64_eq().local_get(b).i64_const(i64::MIN).i64_eq().i32_and();
                s.local_get(b).i64_const(-1).i64_eq().local_get(a).i64_const(i64::MIN).i64_eq().i32_and().i32_or();
                self.throw_if(ExceptionKind::Overflow, s);
                s.local_get(a).local_get(b).i64_mul().local_set(t);
                s.local_get(b).i64_eqz().if_(BlockType::Result(ValType::I32)).i32_const(0).else_();
                s.local_get(t).local_get(b).i64_div_s().local_get(a).i64_ne().end();
                self.throw_if(ExceptionKind::Overflow, s);
                s.local_get(t);
            }
            MulOvfUn => {
                s.local_get(a).local_get(b).i64_mul().local_set(t);
                s.local_get(a).i64_eqz().if_(BlockType::Result(ValType::I32)).i32_const(0).else_();
                s.local_get(t).local_get(a).i64_div_u().local_get(b).i64_ne().end();
                self.throw_if(ExceptionKind::Overflow, s);
                s.local_get(t);
            }
            Shl | Shr | ShrUn => {
                s.local_get(a).local_get(b).i64_extend_i32_u();
                match op {
                    Shl => s.i64_shl(),
                    Shr => s.i64_shr_s(),
                    _ => s.i64_shr_u(),
                };
            }
            _ => {
                s.local_get(a).local_get(b);
                match op {
                    Add => s.i64_add(),
                    Sub => s.i64_sub(),
                    Mul => s.i64_mul(),
                    And => s.i64_and(),
                    Or => s.i64_or(),
                    Xor => s.i64_xor(),
                    _ => s.unreachable(),
                };
            }
        }
    }

    fn compare(&self, op: CmpOp, ty: Ty, lhs: Reg, rhs: Reg, s: &mut InstructionSink) {
        use CmpOp::*;
        s.local_get(self.reg(lhs)).local_get(self.reg(rhs));
        match ty {
            Ty::I32 => drop(match op {
                Eq => s.i32_eq(),
                NeUn => s.i32_ne(),
                Lt => s.i32_lt_s(),
                LtUn => s.i32_lt_u(),
                Le => s.i32_le_s(),
                LeUn => s.i32_le_u(),
                Gt => s.i32_gt_s(),
                GtUn => s.i32_gt_u(),
                Ge => s.i32_ge_s(),
                GeUn => s.i32_ge_u(),
            }),
            Ty::I64 => drop(match op {
                Eq => s.i64_eq(),
                NeUn => s.i64_ne(),
                Lt => s.i64_lt_s(),
                LtUn => s.i64_lt_u(),
                Le => s.i64_le_s(),
                LeUn => s.i64_le_u(),
                Gt => s.i64_gt_s(),
                GtUn => s.i64_gt_u(),
                Ge => s.i64_ge_s(),
                GeUn => s.i64_ge_u(),
            }),
            // Ordered comparisons are false on NaN; an unordered one is the negation of the opposite ordered one.
            Ty::F32 => drop(match op {
                Eq => s.f32_eq(),
                NeUn => s.f32_ne(),
                Lt => s.f32_lt(),
                Le => s.f32_le(),
                Gt => s.f32_gt(),
                Ge => s.f32_ge(),
                LtUn => s.f32_ge().i32_eqz(),
                LeUn => s.f32_gt().i32_eqz(),
                GtUn => s.f32_le().i32_eqz(),
                GeUn => s.f32_lt().i32_eqz(),
            }),
            Ty::F64 => drop(match op {
                Eq => s.f64_eq(),
                NeUn => s.f64_ne(),
                Lt => s.f64_lt(),
                Le => s.f64_le(),
                Gt => s.f64_gt(),
                Ge => s.f64_ge(),
                LtUn => s.f64_ge().i32_eqz(),
                LeUn => s.f64_gt().i32_eqz(),
                GtUn => s.f64_le().i32_eqz(),
                GeUn => s.f64_lt().i32_eqz(),
            }),
        }
    }

    /// Converts the value on the stack.
    fn convert(&self, to: ConvTarget, from: Ty, checked: bool, unsigned: bool, s: &mut InstructionSink) {
        match from {
            Ty::I32 | Ty::I64 => self.convert_int(to, from == Ty::I64, checked, unsigned, s),
            Ty::F32 | Ty::F64 => self.convert_float(to, from == Ty::F64, checked, s),
        }
    }

    fn convert_int(&self, to: ConvTarget, wide: bool, checked: bool, unsigned: bool, s: &mut InstructionSink) {
        use ConvTarget::*;
        if checked {
            // The value read as signed (or unsigned), as i64, must lie in the target's range.
            let (t, i) = (self.locals.scratch_i64, self.locals.scratch_i32);
            if wide {
                s.local_set(t);
            } else {
                s.local_tee(i);
                if unsigned {
                    s.i64_extend_i32_u();
                } else {
                    s.i64_extend_i32_s();
                }
                s.local_set(t);
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
                I8 if unsigned_wide => drop(s.local_get(t).i64_const(0).i64_lt_s()),
                U8 if !unsigned => drop(s.local_get(t).i64_const(0).i64_lt_s()),
                I8 | U8 => drop(s.i32_const(0)),
                _ if unsigned_wide => drop(s.local_get(t).i64_const(max).i64_gt_u()),
                _ => drop(s.local_get(t).i64_const(min).i64_lt_s().local_get(t).i64_const(max).i64_gt_s().i32_or()),
            }
            self.throw_if(ExceptionKind::Overflow, s);
            s.local_get(t);
            if !wide && !matches!(to, I8 | U8) {
                s.i32_wrap_i64();
            }
            return self.convert_int(to, wide || matches!(to, I8 | U8), false, unsigned, s);
        }
        match to {
            I1 | U1 | I2 | U2 | I4 | U4 => {
                if wide {
                    s.i32_wrap_i64();
                }
                narrow(to, s);
            }
            I8 | U8 if wide => {}
            I8 if !unsigned => drop(s.i64_extend_i32_s()),
            I8 | U8 => drop(s.i64_extend_i32_u()),
            R4 => drop(match (wide, unsigned) {
                (false, false) => s.f32_convert_i32_s(),
                (false, true) => s.f32_convert_i32_u(),
                (true, false) => s.f32_convert_i64_s(),
                (true, true) => s.f32_convert_i64_u(),
            }),
            R8 | RUn => drop(match (wide, unsigned || to == RUn) {
                (false, false) => s.f64_convert_i32_s(),
                (false, true) => s.f64_convert_i32_u(),
                (true, false) => s.f64_convert_i64_s(),
                (true, true) => s.f64_convert_i64_u(),
            }),
        }
    }

    fn convert_float(&self, to: ConvTarget, double: bool, checked: bool, s: &mut InstructionSink) {
        use ConvTarget::*;
        if matches!(to, R4 | R8 | RUn) {
            match (to, double) {
                (R4, true) => drop(s.f32_demote_f64()),
                (R8 | RUn, false) => drop(s.f64_promote_f32()),
                _ => {}
            }
            return;
        }
        if !double {
            s.f64_promote_f32();
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
            s.i64_reinterpret_f64().local_set(x);
            s.local_get(x).f64_reinterpret_i64().f64_const(low.into()).f64_gt();
            s.local_get(x).f64_reinterpret_i64().f64_const(high.into()).f64_lt().i32_and().i32_eqz();
            self.throw_if(ExceptionKind::Overflow, s);
            s.local_get(x).f64_reinterpret_i64();
        }
        // Saturating, as CoreCLR converts since .NET 9: NaN → 0, out of range → the nearest bound.
        match to {
            I8 => drop(s.i64_trunc_sat_f64_s()),
            U8 => drop(s.i64_trunc_sat_f64_u()),
            U4 => drop(s.i32_trunc_sat_f64_u()),
            _ => {
                s.i32_trunc_sat_f64_s();
                narrow(to, s);
            }
        }
    }
}

/// Truncates the i32 on the stack to a small integer type and extends it back.
fn narrow(to: ConvTarget, s: &mut InstructionSink) {
    match to {
        ConvTarget::I1 => drop(s.i32_extend8_s()),
        ConvTarget::U1 => drop(s.i32_const(0xFF).i32_and()),
        ConvTarget::I2 => drop(s.i32_extend16_s()),
        ConvTarget::U2 => drop(s.i32_const(0xFFFF).i32_and()),
        _ => {}
    }
}

/// Keeps a value stored into a small-typed variable in range, as the CLI's implicit truncation does.
fn normalize(mem: MemType, s: &mut InstructionSink) {
    match mem {
        MemType::I8 => narrow(ConvTarget::I1, s),
        MemType::U8 => narrow(ConvTarget::U1, s),
        MemType::I16 => narrow(ConvTarget::I2, s),
        MemType::U16 => narrow(ConvTarget::U2, s),
        _ => {}
    }
}

fn jump(j: Jump, s: &mut InstructionSink) {
    if let Jump::Br(depth) = j {
        s.br(depth);
    }
}
