//! Methods whose bodies the compiler supplies at the call site: the runtime's access to Wasm
//! (`WasmR2R.Runtime.Wasm`), and the CoreLib `[Intrinsic]` methods whose IL cannot be used (a self-recursive or
//! `PlatformNotSupportedException` placeholder; ../shared/reference/mono-corelib-contract-notes.md §2) or that are
//! constants per instantiation. One table says which; `Importer::intrinsic` says what each becomes.

use super::{Importer, Stack};
use crate::abi;
use crate::env::{Unsupported, codes};
use crate::graph::Node;
use crate::ir::*;
use crate::runtime::Helper;
use wasmr2r_typesystem::{MethodId, TypeSystem};

/// A method the compiler implements inline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    // WasmR2R.Runtime.Wasm
    MemorySize,
    MemoryGrow,
    AddressOf,
    ObjectAt,
    ImageEnd,
    CopyBlock,
    FillBlock,
    MethodTableOf,
    RuntimeTypeMethodTable,
    RuntimeTypeHandleOffset,
    // System.Object / System.Array
    GetType,
    ArrayLength,
    ArrayRank,
    // System.Runtime.CompilerServices.RuntimeHelpers
    InitializeArray,
    IsReferenceOrContainsReferences,
    IsBitwiseEquatable,
    GetRawData,
    OffsetToStringData,
    ObjectHasComponentSize,
    // System.Runtime.CompilerServices.Unsafe
    UnsafeAs,
    UnsafeAsPointer,
    UnsafeSizeOf,
    UnsafeAdd,
    UnsafeAddByteOffset,
    UnsafeSubtract,
    UnsafeSubtractByteOffset,
    UnsafeAreSame,
    UnsafeByteOffset,
    UnsafeIsAddressGreaterThan,
    UnsafeIsAddressLessThan,
    UnsafeRead,
    UnsafeWrite,
    UnsafeCopyBlock,
    UnsafeInitBlock,
    UnsafeSkipInit,
    UnsafeNullRef,
    UnsafeIsNullRef,
    UnsafeUnbox,
    // System.Runtime.InteropServices.MemoryMarshal
    GetArrayDataReference,
    /// `Activator.CreateInstance<T>()` (what C# makes of `new T()`): per instantiation, a constructor call.
    CreateInstance,
    /// A feature switch or capability query answered at compile time (`FEATURE_SWITCHES`).
    Constant(bool),
}

/// Feature switches and capability queries, decided at compile time as ILLink's substitutions decide them for a
/// trimmed browser app, so that the code they guard is not compiled at all:
/// - resource strings are their keys (`System.Resources.UseSystemResourceKeys`): messages are the keys until the
///   framework milestone decides otherwise;
/// - no dynamic code, no hardware intrinsics or vectorization (the software paths are compiled).
const FEATURE_SWITCHES: &[(&str, &str, bool)] = &[
    ("System.SR", "UsingResourceKeys", true),
    ("System.Runtime.CompilerServices.RuntimeFeature", "get_IsDynamicCodeSupported", false),
    ("System.Runtime.CompilerServices.RuntimeFeature", "get_IsDynamicCodeCompiled", false),
    ("System.Numerics.Vector", "get_IsHardwareAccelerated", false),
    ("System.Runtime.Intrinsics.Vector64", "get_IsHardwareAccelerated", false),
    ("System.Runtime.Intrinsics.Vector128", "get_IsHardwareAccelerated", false),
    ("System.Runtime.Intrinsics.Vector256", "get_IsHardwareAccelerated", false),
    ("System.Runtime.Intrinsics.Vector512", "get_IsHardwareAccelerated", false),
    ("System.Runtime.Intrinsics.Wasm.WasmBase", "get_IsSupported", false),
    ("System.Runtime.Intrinsics.Wasm.PackedSimd", "get_IsSupported", false),
];

/// The intrinsic `method` is, if any.
pub fn intrinsic_of(ts: &TypeSystem, method: MethodId) -> Option<Intrinsic> {
    use Intrinsic::*;
    let m = ts.method(method);
    let owner = ts.ty(m.owner).def?;
    let owner_name = ts.world.type_def_name(owner);
    let name = m.name.as_ref();
    if let Some((_, _, value)) = FEATURE_SWITCHES.iter().find(|(t, n, _)| *t == owner_name && *n == name) {
        return Some(Constant(*value));
    }
    Some(match (owner_name.as_str(), name) {
        ("WasmR2R.Runtime.Wasm", "MemorySize") => MemorySize,
        ("WasmR2R.Runtime.Wasm", "MemoryGrow") => MemoryGrow,
        ("WasmR2R.Runtime.Wasm", "AddressOf") => AddressOf,
        ("WasmR2R.Runtime.Wasm", "ObjectAt") => ObjectAt,
        ("WasmR2R.Runtime.Wasm", "ImageEnd") => ImageEnd,
        ("WasmR2R.Runtime.Wasm", "CopyBlock") => CopyBlock,
        ("WasmR2R.Runtime.Wasm", "FillBlock") => FillBlock,
        ("WasmR2R.Runtime.Wasm", "MethodTableOf") => MethodTableOf,
        ("WasmR2R.Runtime.Wasm", "RuntimeTypeMethodTable") => RuntimeTypeMethodTable,
        ("WasmR2R.Runtime.Wasm", "RuntimeTypeHandleOffset") => RuntimeTypeHandleOffset,
        ("System.Object", "GetType") => GetType,
        ("System.Array", "get_Length") => ArrayLength,
        ("System.Array", "get_Rank") => ArrayRank,
        ("System.Runtime.CompilerServices.RuntimeHelpers", n) => match n {
            "InitializeArray" => InitializeArray,
            "IsReferenceOrContainsReferences" => IsReferenceOrContainsReferences,
            "IsBitwiseEquatable" => IsBitwiseEquatable,
            "GetRawData" => GetRawData,
            "get_OffsetToStringData" => OffsetToStringData,
            "ObjectHasComponentSize" => ObjectHasComponentSize,
            _ => return None,
        },
        ("System.Runtime.CompilerServices.Unsafe", n) => match n {
            "As" | "AsRef" => UnsafeAs,
            "AsPointer" => UnsafeAsPointer,
            "SizeOf" => UnsafeSizeOf,
            "Add" => UnsafeAdd,
            "AddByteOffset" => UnsafeAddByteOffset,
            "Subtract" => UnsafeSubtract,
            "SubtractByteOffset" => UnsafeSubtractByteOffset,
            "AreSame" => UnsafeAreSame,
            "ByteOffset" => UnsafeByteOffset,
            "IsAddressGreaterThan" => UnsafeIsAddressGreaterThan,
            "IsAddressLessThan" => UnsafeIsAddressLessThan,
            "Read" | "ReadUnaligned" => UnsafeRead,
            "Write" | "WriteUnaligned" => UnsafeWrite,
            "CopyBlock" | "CopyBlockUnaligned" => UnsafeCopyBlock,
            "InitBlock" | "InitBlockUnaligned" => UnsafeInitBlock,
            "SkipInit" => UnsafeSkipInit,
            "NullRef" => UnsafeNullRef,
            "IsNullRef" => UnsafeIsNullRef,
            "Unbox" => UnsafeUnbox,
            _ => return None,
        },
        ("System.Runtime.InteropServices.MemoryMarshal", "GetArrayDataReference") => GetArrayDataReference,
        ("System.Activator", "CreateInstance") if m.inst.len() == 1 && ts.method(method).generic_params == 1 => {
            CreateInstance
        }
        _ => return None,
    })
}

impl Importer<'_, '_, '_> {
    /// Emits `intrinsic` for a call to `m` with `args`; `false` when this overload is left to its IL.
    pub(super) fn intrinsic(
        &mut self,
        intrinsic: Intrinsic,
        m: MethodId,
        args: &[Reg],
        stack: &mut Stack,
    ) -> Result<bool, Unsupported> {
        use Intrinsic::*;
        let data = self.ts.method(m).clone();
        let sig = self.ts.method_sig(m)?;
        let arg = |i: usize| -> Result<Reg, Unsupported> {
            args.get(i)
                .copied()
                .ok_or_else(|| Unsupported::new(codes::INVALID_IL, "an intrinsic call with too few arguments"))
        };
        let type_arg = |i: usize| -> Result<wasmr2r_typesystem::TypeId, Unsupported> {
            data.inst
                .get(i)
                .copied()
                .ok_or_else(|| Unsupported::new(codes::CALL, "an intrinsic without its type argument"))
        };
        let result_ty = |me: &Self| -> Result<Option<Ty>, Unsupported> {
            if sig.ret == me.ts.well_known.void { Ok(None) } else { abi::stack_ty(me.ts, sig.ret).map(Some) }
        };
        match intrinsic {
            MemorySize | MemoryGrow => {
                let op = if intrinsic == MemorySize { WasmOp::MemorySize } else { WasmOp::MemoryGrow };
                let args = args.iter().map(|a| self.cast_to(*a, Ty::I32)).collect();
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Wasm { dst: Some(dst), op, args });
                stack.push(dst);
            }
            AddressOf | ObjectAt | UnsafeAs | UnsafeAsPointer => {
                let Some(ty) = result_ty(self)? else { return Ok(false) };
                let value = self.cast_to(arg(0)?, ty);
                stack.push(value);
            }
            ImageEnd => {
                let dst = self.reg(Ty::I32);
                self.emit(Inst::SymbolAddress { dst, symbol: Symbol::ImageEnd });
                stack.push(dst);
            }
            CopyBlock | UnsafeCopyBlock => {
                let (dst, src, len) = (arg(0)?, arg(1)?, arg(2)?);
                let len = self.cast_to(len, Ty::I32);
                self.emit(Inst::CopyBlock { dst, src, len });
            }
            FillBlock | UnsafeInitBlock => {
                let (dst, value, len) = (arg(0)?, arg(1)?, arg(2)?);
                let len = self.cast_to(len, Ty::I32);
                self.emit(Inst::FillBlock { dst, value, len });
            }
            MethodTableOf => {
                let t = type_arg(0)?;
                self.depend(Node::Constructed(t), "the runtime creates instances");
                let mt = self.method_table(t, "the runtime creates instances");
                stack.push(mt);
            }
            RuntimeTypeMethodTable => {
                let t = self.runtime_type()?;
                self.depend(Node::Constructed(t), "type objects");
                let mt = self.method_table(t, "type objects");
                stack.push(mt);
            }
            RuntimeTypeHandleOffset => {
                let t = self.runtime_type()?;
                let layout = self.ts.instance_layout(t)?;
                let offset = layout
                    .fields
                    .iter()
                    .find(|f| self.ts.world.field_def_name(f.field.def) == "_impl")
                    .map(|f| f.offset)
                    .ok_or_else(|| Unsupported::new(codes::FIELD, "System.RuntimeType has no _impl field"))?;
                self.constant(Const::I32(offset as i32), stack);
            }
            GetType => {
                let this = arg(0)?;
                self.null_check(this);
                let mt = self.reg(Ty::I32);
                self.emit(Inst::Load { dst: mt, mem: MemType::I32, addr: this, offset: abi::object::METHOD_TABLE });
                let result = self.call_helper(Helper::GetRuntimeType, vec![mt])?.unwrap_or(mt);
                stack.push(result);
            }
            ArrayLength => {
                let this = arg(0)?;
                self.null_check(this);
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Load { dst, mem: MemType::I32, addr: this, offset: abi::array::LENGTH });
                stack.push(dst);
            }
            ArrayRank => {
                let this = arg(0)?;
                self.null_check(this);
                let mt = self.reg(Ty::I32);
                self.emit(Inst::Load { dst: mt, mem: MemType::I32, addr: this, offset: abi::object::METHOD_TABLE });
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Load { dst, mem: MemType::I32, addr: mt, offset: abi::method_table::RANK });
                stack.push(dst);
            }
            InitializeArray => {
                let (array, handle) = (arg(0)?, arg(1)?);
                let Some(field) = self.field_handles.get(&handle).copied() else {
                    return Err(Unsupported::new(
                        codes::CALL,
                        "InitializeArray with a field handle not made by ldtoken",
                    ));
                };
                let field_ty = self.ts.field_type(field)?;
                let size = self.ts.storage(field_ty)?.size;
                self.null_check(array);
                self.depend(Node::RvaData(field.def), "array initializer");
                let src = self.reg(Ty::I32);
                self.emit(Inst::SymbolAddress { dst: src, symbol: Symbol::RvaData(field.def) });
                let dst = self.offset_address(array, abi::array::DATA, Ty::ByRef);
                self.emit(Inst::Copy { dst, src, size });
            }
            IsReferenceOrContainsReferences => {
                let t = type_arg(0)?;
                let value = self.ts.ty(t).is_reference() || self.ts.storage(t)?.has_refs;
                self.constant(Const::I32(value as i32), stack);
            }
            IsBitwiseEquatable => {
                // As Mono: true only for integer primitives and enums over them (floats compare by value, not bits).
                let t = type_arg(0)?;
                let value = matches!(
                    self.ts.ty(t).kind,
                    wasmr2r_typesystem::Kind::Primitive(p) | wasmr2r_typesystem::Kind::Enum(p)
                        if !matches!(p, wasmr2r_metadata::PrimitiveType::Single | wasmr2r_metadata::PrimitiveType::Double)
                );
                self.constant(Const::I32(value as i32), stack);
            }
            GetRawData => {
                let object = arg(0)?;
                self.null_check(object);
                let address = self.offset_address(object, abi::object::HEADER_SIZE, Ty::ByRef);
                stack.push(address);
            }
            OffsetToStringData => self.constant(Const::I32(abi::string::CHARS as i32), stack),
            ObjectHasComponentSize => {
                let object = arg(0)?;
                self.null_check(object);
                let mt = self.reg(Ty::I32);
                self.emit(Inst::Load { dst: mt, mem: MemType::I32, addr: object, offset: abi::object::METHOD_TABLE });
                let size = self.reg(Ty::I32);
                self.emit(Inst::Load {
                    dst: size,
                    mem: MemType::I32,
                    addr: mt,
                    offset: abi::method_table::COMPONENT_SIZE,
                });
                let zero = self.i32_const(0);
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Compare { dst, op: CmpOp::NeUn, ty: Ty::I32, lhs: size, rhs: zero });
                stack.push(dst);
            }
            UnsafeSizeOf => {
                let t = type_arg(0)?;
                let size = self.ts.storage(t)?.size;
                self.constant(Const::I32(size as i32), stack);
            }
            UnsafeAdd | UnsafeSubtract | UnsafeAddByteOffset | UnsafeSubtractByteOffset => {
                let (base, offset) = (arg(0)?, arg(1)?);
                let scaled = if matches!(intrinsic, UnsafeAdd | UnsafeSubtract) {
                    let size = self.ts.storage(type_arg(0)?)?.size;
                    self.scale(offset, size)?
                } else {
                    self.narrow_offset(offset)?
                };
                let op = if matches!(intrinsic, UnsafeAdd | UnsafeAddByteOffset) { BinOp::Add } else { BinOp::Sub };
                let ty = self.ty_of(base);
                let base = self.cast_to(base, Ty::I32);
                let dst = self.reg(if ty == Ty::I32 { Ty::I32 } else { Ty::ByRef });
                self.emit(Inst::Binary { dst, op, ty: Ty::I32, lhs: base, rhs: scaled });
                stack.push(dst);
            }
            UnsafeAreSame | UnsafeIsAddressGreaterThan | UnsafeIsAddressLessThan => {
                let (a, b) = (self.cast_to(arg(0)?, Ty::I32), self.cast_to(arg(1)?, Ty::I32));
                let op = match intrinsic {
                    UnsafeAreSame => CmpOp::Eq,
                    UnsafeIsAddressGreaterThan => CmpOp::GtUn,
                    _ => CmpOp::LtUn,
                };
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Compare { dst, op, ty: Ty::I32, lhs: a, rhs: b });
                stack.push(dst);
            }
            UnsafeByteOffset => {
                let (origin, target) = (self.cast_to(arg(0)?, Ty::I32), self.cast_to(arg(1)?, Ty::I32));
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Binary { dst, op: BinOp::Sub, ty: Ty::I32, lhs: target, rhs: origin });
                stack.push(dst);
            }
            UnsafeRead => {
                let t = type_arg(0)?;
                let value = self.load_value(t, arg(0)?, 0)?;
                stack.push(value);
            }
            UnsafeWrite => {
                let t = type_arg(0)?;
                self.store_value(t, arg(0)?, 0, arg(1)?)?;
            }
            UnsafeSkipInit => {}
            UnsafeNullRef => {
                let dst = self.reg(Ty::ByRef);
                self.emit(Inst::Const { dst, value: Const::I32(0) });
                stack.push(dst);
            }
            UnsafeIsNullRef => {
                let address = self.cast_to(arg(0)?, Ty::I32);
                let zero = self.i32_const(0);
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Compare { dst, op: CmpOp::Eq, ty: Ty::I32, lhs: address, rhs: zero });
                stack.push(dst);
            }
            UnsafeUnbox => {
                let t = type_arg(0)?;
                let mt = self.method_table(t, "Unsafe.Unbox");
                let address = self.call_helper(Helper::Unbox, vec![mt, arg(0)?])?.unwrap_or(mt);
                stack.push(address);
            }
            Constant(value) => self.constant(Const::I32(value as i32), stack),
            CreateInstance => {
                let t = type_arg(0)?;
                let value = self.create_instance(t)?;
                stack.push(value);
            }
            GetArrayDataReference => {
                let array = arg(0)?;
                self.null_check(array);
                let address = self.offset_address(array, abi::array::DATA, Ty::ByRef);
                stack.push(address);
            }
        }
        Ok(true)
    }

    /// `new T()` for a known T: a zeroed value type (its parameterless constructor run, if it has one), or a new
    /// object through its parameterless constructor.
    fn create_instance(&mut self, t: wasmr2r_typesystem::TypeId) -> Result<Reg, Unsupported> {
        let mut ctor = None;
        for m in self.ts.find_methods_named(t, ".ctor")? {
            let sig = self.ts.method_sig(m)?;
            if sig.params.is_empty() && sig.has_this() {
                ctor = Some(m);
            }
        }
        if let Ty::Struct(s) = abi::stack_ty(self.ts, t)? {
            let temp = self.temp(s)?;
            let size = self.ts.storage(s)?.size;
            self.emit(Inst::Zero { addr: temp, size });
            if let Some(ctor) = ctor {
                let this = self.cast_to(temp, Ty::ByRef);
                self.direct_call(ctor, vec![this], &mut Vec::new())?;
            }
            return Ok(temp);
        }
        if self.ts.ty(t).is_value_type() {
            // A primitive or an enum: zero.
            let ty = abi::stack_ty(self.ts, t)?;
            let dst = self.reg(ty);
            let zero = match ty {
                Ty::I64 => Const::I64(0),
                Ty::F32 => Const::F32(0.0),
                Ty::F64 => Const::F64(0.0),
                _ => Const::I32(0),
            };
            self.emit(Inst::Const { dst, value: zero });
            return Ok(dst);
        }
        let ctor = ctor.ok_or_else(|| {
            Unsupported::new(
                codes::CALL,
                format!("new T() for {}, which has no parameterless constructor", self.ts.type_name(t)),
            )
        })?;
        if self.ts.ty(t).flags.is_abstract() {
            return Err(Unsupported::new(codes::CALL, format!("new T() for abstract {}", self.ts.type_name(t))));
        }
        self.class_init(t, false)?;
        self.depend(Node::Constructed(t), "new T()");
        let mt = self.method_table(t, "new T()");
        let object = self.call_helper(Helper::AllocObject, vec![mt])?.unwrap_or(mt);
        self.non_null.insert(object);
        self.direct_call(ctor, vec![object], &mut Vec::new())?;
        Ok(object)
    }

    /// CoreLib's System.RuntimeType.
    fn runtime_type(&mut self) -> Result<wasmr2r_typesystem::TypeId, Unsupported> {
        let corelib = self.ts.well_known.corelib;
        let def = self.ts.world.find_type_def(corelib, "System.RuntimeType", 0)?;
        Ok(self.ts.def_type(def)?)
    }

    /// `offset * size` as an i32 (the offset an int32, native int or an int64 from `nuint` arithmetic).
    fn scale(&mut self, offset: Reg, size: u32) -> Result<Reg, Unsupported> {
        let offset = self.narrow_offset(offset)?;
        if size == 1 {
            return Ok(offset);
        }
        let k = self.i32_const(size as i32);
        let dst = self.reg(Ty::I32);
        self.emit(Inst::Binary { dst, op: BinOp::Mul, ty: Ty::I32, lhs: offset, rhs: k });
        Ok(dst)
    }

    /// An offset operand as an i32 (wasm32 addresses are 32 bits).
    fn narrow_offset(&mut self, offset: Reg) -> Result<Reg, Unsupported> {
        match self.ty_of(offset) {
            Ty::I64 => {
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Convert {
                    dst,
                    to: ConvTarget::I4,
                    from: Ty::I64,
                    src: offset,
                    checked: false,
                    unsigned_source: false,
                });
                Ok(dst)
            }
            _ => Ok(self.cast_to(offset, Ty::I32)),
        }
    }
}
