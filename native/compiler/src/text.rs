//! The IR's text form, for filetests and for reading what the importer made of a method:
//!
//! ```text
//! function Program::Sum(i32, ref) -> i32 frame 16
//!   v0 arg0: i32 local
//!   v1 loc0: struct(Point) frame+0
//! block0 @IL_0000:
//!   r0 = get v0                     ; IL_0000
//!   r1 = load.i32 r3+12             ; IL_0004
//!   return r1                       ; IL_0009
//! ```
//!
//! Symbols and struct types print through `Names`, so the text shows `call System.String::Concat` rather than
//! numbers.

use crate::ir::*;
use std::fmt::Write;
use wasmr2r_typesystem::TypeId;

/// How symbols and types print.
pub trait Names {
    fn symbol(&self, symbol: Symbol) -> String;
    fn type_name(&self, ty: TypeId) -> String;
}

/// Prints `f`.
pub fn print(f: &Function, names: &dyn Names) -> String {
    let mut out = String::new();
    let ty = |t: Ty| match t {
        Ty::Struct(s) => format!("struct({})", names.type_name(s)),
        other => other.to_string(),
    };
    let params: Vec<String> = f.params.iter().map(|p| ty(*p)).collect();
    let _ = write!(out, "function {}({})", f.name, params.join(", "));
    if let Some(r) = f.result {
        let _ = write!(out, " -> {}", ty(r));
    }
    if f.frame_size > 0 {
        let _ = write!(out, " frame {}", f.frame_size);
    }
    if let Some(v) = f.caught {
        let _ = write!(out, " caught v{}", v.0);
    }
    if let Some(v) = f.frame_param {
        let _ = write!(out, " frame in v{}", v.0);
    }
    out.push('\n');
    for (i, v) in f.vars.iter().enumerate() {
        let storage = match v.storage {
            Storage::Local => "local".to_owned(),
            Storage::Frame { offset } => format!("frame+{offset}"),
            Storage::Indirect => "indirect".to_owned(),
        };
        let _ = writeln!(out, "  v{i} {}: {} {storage}", v.name, ty(v.ty));
    }
    for &(offset, size) in &f.zero_ranges {
        let _ = writeln!(out, "  zero frame+{offset} size {size}");
    }
    let r = |reg: Reg| format!("r{}", reg.0);
    let list = |regs: &[Reg]| regs.iter().map(|x| r(*x)).collect::<Vec<_>>().join(", ");
    for (b, block) in f.blocks.iter().enumerate() {
        let _ = writeln!(out, "block{b} @IL_{:04x}:", block.il_offset);
        for (inst, il) in block.insts.iter().zip(&block.il_offsets) {
            let def = |d: Reg| format!("{}:{} = ", r(d), ty(f.regs[d.0 as usize]));
            let text = match inst {
                Inst::Const { dst, value } => format!("{}const {value:?}", def(*dst)),
                Inst::Get { dst, var } => format!("{}get v{}", def(*dst), var.0),
                Inst::Set { var, src } => format!("set v{} {}", var.0, r(*src)),
                Inst::AddressOf { dst, var } => format!("{}address v{}", def(*dst), var.0),
                Inst::Cast { dst, src } => format!("{}cast {}", def(*dst), r(*src)),
                Inst::Unary { dst, op, ty: t, src } => format!("{}{op:?}.{t} {}", def(*dst), r(*src)),
                Inst::Binary { dst, op, ty: t, lhs, rhs } => {
                    format!("{}{op:?}.{t} {}, {}", def(*dst), r(*lhs), r(*rhs))
                }
                Inst::Compare { dst, op, ty: t, lhs, rhs } => {
                    format!("{}cmp.{op:?}.{t} {}, {}", def(*dst), r(*lhs), r(*rhs))
                }
                Inst::Convert { dst, to, from, src, checked, unsigned_source } => format!(
                    "{}conv{}{}.{to:?} {} ({from})",
                    def(*dst),
                    if *checked { ".ovf" } else { "" },
                    if *unsigned_source { ".un" } else { "" },
                    r(*src)
                ),
                Inst::Load { dst, mem, addr, offset } => format!("{}load.{mem:?} {}+{offset}", def(*dst), r(*addr)),
                Inst::Store { mem, addr, offset, value } => {
                    format!("store.{mem:?} {}+{offset}, {}", r(*addr), r(*value))
                }
                Inst::Copy { dst, src, size } => format!("copy {} <- {}, {size}", r(*dst), r(*src)),
                Inst::Zero { addr, size } => format!("zero {}, {size}", r(*addr)),
                Inst::WriteBarrier { addr, offset, size } => format!("barrier {}+{offset}, {size}", r(*addr)),
                Inst::Spill { value, offset } => format!("spill {} -> frame+{offset}", r(*value)),
                Inst::CopyBlock { dst, src, len } => format!("copyblock {} <- {}, {}", r(*dst), r(*src), r(*len)),
                Inst::FillBlock { dst, value, len } => format!("fillblock {}, {}, {}", r(*dst), r(*value), r(*len)),
                Inst::LocalAlloc { dst, size, zero } => {
                    format!("{}localalloc{} {}", def(*dst), if *zero { ".zeroed" } else { "" }, r(*size))
                }
                Inst::Wasm { dst, op, args } => {
                    format!("{}wasm.{op:?}({})", dst.map(def).unwrap_or_default(), list(args))
                }
                Inst::FrameAddress { dst, offset } => format!("{}frame+{offset}", def(*dst)),
                Inst::SymbolAddress { dst, symbol } => format!("{}address {}", def(*dst), names.symbol(*symbol)),
                Inst::FunctionIndex { dst, symbol } => format!("{}function {}", def(*dst), names.symbol(*symbol)),
                Inst::InitClass { flag, cctor, .. } => {
                    format!("initclass {} {}", names.symbol(*flag), names.symbol(*cctor))
                }
                Inst::Call { dst, callee, args } => {
                    format!("{}call {}({})", dst.map(def).unwrap_or_default(), names.symbol(*callee), list(args))
                }
                Inst::CallIndirect { dst, signature, callee, args, .. } => format!(
                    "{}call_indirect {} {}({})",
                    dst.map(def).unwrap_or_default(),
                    names.symbol(*signature),
                    r(*callee),
                    list(args)
                ),
                Inst::InterfaceQuery { dst, query, ty, helper, args } => format!(
                    "{}interface {query:?} {} else {}({})",
                    def(*dst),
                    names.type_name(*ty),
                    names.symbol(*helper),
                    list(args)
                ),
                Inst::NullCheck { value } => format!("nullcheck {}", r(*value)),
                Inst::BoundsCheck { index, length } => format!("boundscheck {} < {}", r(*index), r(*length)),
                Inst::ThrowIf { cond, kind } => format!("throwif {} {kind:?}", r(*cond)),
            };
            let _ = writeln!(out, "  {text:<48} ; IL_{il:04x}");
        }
        let terminator = match &block.terminator {
            Terminator::Goto(t) => format!("br block{}", t.0),
            Terminator::Branch { cond, then, otherwise } => {
                format!("brif {} block{} else block{}", r(*cond), then.0, otherwise.0)
            }
            Terminator::Switch { value, targets, default } => format!(
                "switch {} [{}] else block{}",
                r(*value),
                targets.iter().map(|t| format!("block{}", t.0)).collect::<Vec<_>>().join(", "),
                default.0
            ),
            Terminator::Return(Some(v)) => format!("return {}", r(*v)),
            Terminator::Return(None) => "return".to_owned(),
            Terminator::Throw(kind) => format!("throw {kind:?}"),
            Terminator::Unreachable => "unreachable".to_owned(),
            Terminator::Unwind(e) => format!("unwind {}", r(*e)),
        };
        let _ = writeln!(out, "  {terminator:<48} ; IL_{:04x}", block.terminator_offset);
    }
    out
}

/// Names from the type system and the graph's literal table.
pub struct TypeSystemNames<'a, 'w> {
    pub ts: &'a wasmr2r_typesystem::TypeSystem<'w>,
    pub strings: &'a [Vec<u16>],
}

impl Names for TypeSystemNames<'_, '_> {
    fn symbol(&self, symbol: Symbol) -> String {
        match symbol {
            Symbol::Method(m) => self.ts.method_name(m),
            Symbol::UnboxingStub(m) => format!("unboxing {}", self.ts.method_name(m)),
            Symbol::PassOne(m) => format!("passone {}", self.ts.method_name(m)),
            Symbol::MethodTable(t) => format!("methodtable {}", self.ts.type_name(t)),
            Symbol::Statics { ty, gc } => format!("{}statics {}", if gc { "gc" } else { "" }, self.ts.type_name(ty)),
            Symbol::ClassInitFlag(t) => format!("cctorflag {}", self.ts.type_name(t)),
            Symbol::String(i) => match self.strings.get(i as usize) {
                Some(text) => format!("{:?}", String::from_utf16_lossy(text)),
                None => format!("string{i}"),
            },
            Symbol::RvaData(f) => format!("rvadata {}", self.ts.world.field_def_name(f)),
            Symbol::Signature(i) => format!("signature{i}"),
            Symbol::GvmTable(m) => format!("gvmtable {}", self.ts.method_name(m)),
            Symbol::ImageEnd => "image_end".to_owned(),
            Symbol::GcRoots => "gc_roots".to_owned(),
            Symbol::StringLiterals => "string_literals".to_owned(),
            Symbol::AssemblyNames => "assembly_names".to_owned(),
            Symbol::PreallocatedObject(t) => format!("preallocated {}", self.ts.type_name(t)),
            Symbol::Host(h) => format!("host{h}"),
        }
    }

    fn type_name(&self, ty: TypeId) -> String {
        self.ts.type_name(ty)
    }
}
