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
use wasmr2r_metadata::il::{Instruction, OpCode};
use wasmr2r_typesystem::{MethodId, MethodRef, TypeId, TypeSystem};

/// A method the compiler implements inline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    // WasmR2R.Runtime.Wasm
    MemorySize,
    MemoryGrow,
    Throw,
    AddressOf,
    ObjectAt,
    ImageEnd,
    StackPointer,
    StackTop,
    SetCardTable,
    GcRoots,
    StringLiterals,
    AssemblyNames,
    FinalizeSlot,
    ToStringSlot,
    MessageSlot,
    CopyBlock,
    FillBlock,
    MethodTableOf,
    RuntimeTypeMethodTable,
    RuntimeTypeArrayMethodTable,
    RuntimeTypeHandleOffset,
    // System.Object / System.Array
    GetType,
    ArrayLength,
    ArrayRank,
    // `Array.GetElementSize()`: an [Intrinsic] whose IL calls itself (Mono's JIT expands it).
    ArrayElementSize,
    // System.String: `this[int]` (`[Intrinsic]` in CoreLib; CoreCLR's JIT expands it too)
    StringGetChars,
    // System.Runtime.CompilerServices.RuntimeHelpers
    InitializeArray,
    CreateSpan,
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
    /// `Interlocked.MemoryBarrier()`, `Volatile.ReadBarrier()`/`WriteBarrier()` (self-recursive placeholders in
    /// CoreLib): nothing to order with one thread and unshared memory.
    MemoryBarrier,
    /// `double.ConvertToIntegerNative<T>` and `float`'s (self-recursive placeholders for a primitive `T`): the
    /// platform's own conversion, which on Wasm is `conv.<T>`'s: saturating, NaN to 0.
    ConvertToIntegerNative,
    /// `Activator.CreateInstance<T>()` (what C# makes of `new T()`): per instantiation, a constructor call.
    CreateInstance,
    /// A feature switch or capability query answered at compile time (`FEATURE_SWITCHES`).
    Constant(bool),
    /// `Math`/`MathF` internal calls that are one Wasm instruction: `Sqrt`, `Floor`, `Ceiling`.
    MathUnary(UnOp),
    /// `SR.GetResourceString(key)` with a literal key: the message, from the assembly's string resources.
    ResourceString,
}

/// Feature switches and capability queries, decided at compile time as ILLink's substitutions decide them for a
/// trimmed browser app, so that the code they guard is not compiled at all:
/// - resource strings are not their keys (`System.Resources.UseSystemResourceKeys` is false, as in an untrimmed
///   app): `SR.GetResourceString` with a literal key — every `SR.Xxx` property — is folded at compile time into the
///   message from the assembly's string resources (`ResourceString`), so an image carries the messages it can show
///   and no resource reader; a key computed at run time finds no message and stands for itself
///   (`runtime/managed/Resources.cs`);
/// - no dynamic code, no hardware intrinsics or vectorization (the software paths are compiled);
/// - invariant globalization (`System.Globalization.Invariant`): the image carries no ICU data and the runtime
///   implements none of the globalization P/Invokes, so culture data is the invariant culture's, as in an app
///   published with `<InvariantGlobalization>true</InvariantGlobalization>`;
/// - no `EventSource` (`System.Diagnostics.Tracing.EventSource.IsSupported`, false in the WebAssembly SDK): CoreLib's
///   `ILLink.Substitutions.xml` makes every `EventSource.IsEnabled` overload return false, so the array pool and the
///   thread pool never reach the event pipe (which would bring in date formatting, time zones and the file system).
const FEATURE_SWITCHES: &[(&str, &str, bool)] = &[
    ("System.Globalization.GlobalizationMode", "get_Invariant", true),
    ("System.Globalization.GlobalizationMode", "get_InvariantNoLoad", true),
    ("System.Globalization.GlobalizationMode", "get_PredefinedCulturesOnly", true),
    ("System.Diagnostics.Tracing.EventSource", "get_IsSupported", false),
    ("System.Diagnostics.Tracing.EventSource", "IsEnabled", false),
    ("System.SR", "UsingResourceKeys", false),
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

/// What a `typeof(...)` sequence asks, answered at compile time (every type argument is known: code is specialised
/// per instantiation). CoreLib guards its generic fast paths with these (`typeof(T) == typeof(int)` appears about
/// 2,400 times in Mono's CoreLib, `typeof(T).IsValueType` about 60), and must not reach the reflection behind them:
/// `RuntimeType.IsValueType` itself calls `Interlocked.CompareExchange<T>`, which asks `typeof(T).IsValueType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TypeQuery {
    /// `ldtoken T; call Type.GetTypeFromHandle; callvirt Type.get_TypeHandle`: what `ldtoken T` pushes.
    Handle(TypeId),
    /// `ldtoken T; call Type.GetTypeFromHandle; call Type.get_IsValueType`.
    IsValueType(TypeId),
    /// `ldtoken A; call GetTypeFromHandle; ldtoken B; call GetTypeFromHandle; call Type.op_Equality` (or
    /// `op_Inequality`: `equal` false).
    Same { a: TypeId, b: TypeId, equal: bool },
}

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
        ("WasmR2R.Runtime.Wasm", "Throw") => Throw,
        ("WasmR2R.Runtime.Wasm", "MemoryGrow") => MemoryGrow,
        ("WasmR2R.Runtime.Wasm", "AddressOf") => AddressOf,
        ("WasmR2R.Runtime.Wasm", "ObjectAt") => ObjectAt,
        ("WasmR2R.Runtime.Wasm", "ImageEnd") => ImageEnd,
        ("WasmR2R.Runtime.Wasm", "StackPointer") => StackPointer,
        ("WasmR2R.Runtime.Wasm", "StackTop") => StackTop,
        ("WasmR2R.Runtime.Wasm", "SetCardTable") => SetCardTable,
        ("WasmR2R.Runtime.Wasm", "GcRoots") => GcRoots,
        ("WasmR2R.Runtime.Wasm", "StringLiterals") => StringLiterals,
        ("WasmR2R.Runtime.Wasm", "AssemblyNames") => AssemblyNames,
        ("WasmR2R.Runtime.Wasm", "FinalizeSlot") => FinalizeSlot,
        ("WasmR2R.Runtime.Wasm", "ToStringSlot") => ToStringSlot,
        ("WasmR2R.Runtime.Wasm", "MessageSlot") => MessageSlot,
        ("WasmR2R.Runtime.Wasm", "CopyBlock") => CopyBlock,
        ("WasmR2R.Runtime.Wasm", "FillBlock") => FillBlock,
        ("WasmR2R.Runtime.Wasm", "MethodTableOf") => MethodTableOf,
        ("WasmR2R.Runtime.Wasm", "RuntimeTypeMethodTable") => RuntimeTypeMethodTable,
        ("WasmR2R.Runtime.Wasm", "RuntimeTypeArrayMethodTable") => RuntimeTypeArrayMethodTable,
        ("WasmR2R.Runtime.Wasm", "RuntimeTypeHandleOffset") => RuntimeTypeHandleOffset,
        ("System.Object", "GetType") => GetType,
        ("System.Array", "get_Length") => ArrayLength,
        ("System.Array", "get_Rank") => ArrayRank,
        ("System.Array", "GetElementSize") => ArrayElementSize,
        ("System.SR", "GetResourceString") => ResourceString,
        ("System.String", "get_Chars") => StringGetChars,
        ("System.Runtime.CompilerServices.RuntimeHelpers", n) => match n {
            "InitializeArray" => InitializeArray,
            "CreateSpan" => CreateSpan,
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
        ("System.Threading.Interlocked", "MemoryBarrier")
        | ("System.Threading.Volatile", "ReadBarrier" | "WriteBarrier") => MemoryBarrier,
        ("System.Double" | "System.Single", "ConvertToIntegerNative") => ConvertToIntegerNative,
        // Only the internal calls (no IL): `Math.Floor(decimal)` and the like have bodies of their own.
        ("System.Math" | "System.MathF", n) if m.rva == 0 => match n {
            "Sqrt" => MathUnary(UnOp::Sqrt),
            "Floor" => MathUnary(UnOp::Floor),
            "Ceiling" => MathUnary(UnOp::Ceil),
            _ => return None,
        },
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
            Throw => {
                let exception = self.cast_to(arg(0)?, Ty::I32);
                self.emit(Inst::Wasm { dst: None, op: WasmOp::Throw, args: vec![exception] });
            }
            MemorySize | MemoryGrow | StackPointer | StackTop => {
                let op = match intrinsic {
                    MemorySize => WasmOp::MemorySize,
                    MemoryGrow => WasmOp::MemoryGrow,
                    StackPointer => WasmOp::StackPointer,
                    _ => WasmOp::StackTop,
                };
                let args = args.iter().map(|a| self.cast_to(*a, Ty::I32)).collect();
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Wasm { dst: Some(dst), op, args });
                stack.push(dst);
            }
            SetCardTable => {
                let table = self.cast_to(arg(0)?, Ty::I32);
                self.emit(Inst::Wasm { dst: None, op: WasmOp::SetCardTable, args: vec![table] });
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
            FinalizeSlot => {
                let (_, slot) = crate::graph::object_finalize(self.ts)?
                    .ok_or_else(|| Unsupported::new(codes::CALL, "System.Object has no Finalize"))?;
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Const { dst, value: Const::I32(slot as i32) });
                stack.push(dst);
            }
            ToStringSlot | MessageSlot => {
                let (owner, name) = match intrinsic {
                    ToStringSlot => (self.ts.well_known.object, "ToString"),
                    _ => {
                        let corelib = self.ts.well_known.corelib;
                        let def = self.ts.world.find_type_def(corelib, "System.Exception", 0)?;
                        (self.ts.def_type(def)?, "get_Message")
                    }
                };
                let method = self
                    .ts
                    .method_named(owner, name)?
                    .ok_or_else(|| Unsupported::new(codes::CALL, format!("CoreLib has no virtual {name}")))?;
                let slot = self.ts.slot_of(method)?;
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Const { dst, value: Const::I32(slot as i32) });
                stack.push(dst);
            }
            GcRoots => {
                self.depend(Node::GcRoots, "the collector scans the static fields holding references");
                let dst = self.reg(Ty::I32);
                self.emit(Inst::SymbolAddress { dst, symbol: Symbol::GcRoots });
                stack.push(dst);
            }
            AssemblyNames => {
                self.depend(Node::AssemblyNames, "type names name their assemblies");
                let dst = self.reg(Ty::I32);
                self.emit(Inst::SymbolAddress { dst, symbol: Symbol::AssemblyNames });
                stack.push(dst);
            }
            StringLiterals => {
                self.depend(Node::StringLiterals, "string interning starts from the literals");
                let dst = self.reg(Ty::I32);
                self.emit(Inst::SymbolAddress { dst, symbol: Symbol::StringLiterals });
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
            RuntimeTypeArrayMethodTable => {
                let element = self.runtime_type()?;
                let t = self.ts.sz_array(element)?;
                self.depend(Node::Constructed(t), "arrays of type objects");
                let mt = self.method_table(t, "arrays of type objects");
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
            StringGetChars => {
                // The property's own IL: IndexOutOfRangeException unless `(uint)index < (uint)Length`, then the
                // char; as one block (the check is `Inst::BoundsCheck`), so the caller's code stays straight.
                let index = arg(1)?;
                let this = arg(0)?;
                self.null_check(this);
                let length = self.reg(Ty::I32);
                self.emit(Inst::Load { dst: length, mem: MemType::I32, addr: this, offset: abi::string::LENGTH });
                self.emit(Inst::BoundsCheck { index, length });
                let two = self.i32_const(2);
                let scaled = self.reg(Ty::I32);
                self.emit(Inst::Binary { dst: scaled, op: BinOp::Mul, ty: Ty::I32, lhs: index, rhs: two });
                let base = self.cast_to(this, Ty::I32);
                let address = self.reg(Ty::ByRef);
                self.emit(Inst::Binary { dst: address, op: BinOp::Add, ty: Ty::I32, lhs: base, rhs: scaled });
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Load { dst, mem: MemType::U16, addr: address, offset: abi::string::CHARS });
                stack.push(dst);
            }
            ArrayRank | ArrayElementSize => {
                let this = arg(0)?;
                self.null_check(this);
                let mt = self.reg(Ty::I32);
                self.emit(Inst::Load { dst: mt, mem: MemType::I32, addr: this, offset: abi::object::METHOD_TABLE });
                let dst = self.reg(Ty::I32);
                let offset =
                    if intrinsic == ArrayRank { abi::method_table::RANK } else { abi::method_table::COMPONENT_SIZE };
                self.emit(Inst::Load { dst, mem: MemType::I32, addr: mt, offset });
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
            CreateSpan => {
                // `RuntimeHelpers.CreateSpan<T>(ldtoken field)`: a ReadOnlySpan<T> over the field's RVA data.
                let handle = arg(0)?;
                let Some(field) = self.field_handles.get(&handle).copied() else {
                    return Err(Unsupported::new(codes::CALL, "CreateSpan with a field handle not made by ldtoken"));
                };
                let element = type_arg(0)?;
                let field_ty = self.ts.field_type(field)?;
                let size = self.ts.storage(field_ty)?.size;
                let element_size = self.ts.storage(element)?.size.max(1);
                self.depend(Node::RvaData(field.def), "span initializer");
                let data = self.reg(Ty::ByRef);
                self.emit(Inst::SymbolAddress { dst: data, symbol: Symbol::RvaData(field.def) });
                let length = self.i32_const((size / element_size) as i32);
                let span = self.new_span(sig.ret, data, length)?;
                stack.push(span);
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
            UnsafeSkipInit | MemoryBarrier => {}
            ConvertToIntegerNative => {
                use wasmr2r_metadata::PrimitiveType as P;
                let to = match self.ts.ty(type_arg(0)?).kind {
                    wasmr2r_typesystem::Kind::Primitive(p) => match p {
                        P::SByte => ConvTarget::I1,
                        P::Byte => ConvTarget::U1,
                        P::Int16 => ConvTarget::I2,
                        P::UInt16 | P::Char => ConvTarget::U2,
                        P::Int32 | P::IntPtr => ConvTarget::I4,
                        P::UInt32 | P::UIntPtr => ConvTarget::U4,
                        P::Int64 => ConvTarget::I8,
                        P::UInt64 => ConvTarget::U8,
                        _ => return Ok(false),
                    },
                    // Not a primitive: the IL's own path (INumberBase<T>.CreateSaturating).
                    _ => return Ok(false),
                };
                let src = arg(0)?;
                let from = self.ty_of(src);
                let dst = self.reg(if matches!(to, ConvTarget::I8 | ConvTarget::U8) { Ty::I64 } else { Ty::I32 });
                self.emit(Inst::Convert { dst, to, from, src, checked: false, unsigned_source: false });
                stack.push(dst);
            }
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
            ResourceString => {
                let key = arg(0)?;
                let Some(text) = self.string_literals.get(&key) else { return Ok(false) };
                let key = String::from_utf16_lossy(text);
                let assembly = data.def.assembly;
                let Some(message) = self.ts.resource_string(assembly, &key)? else { return Ok(false) };
                let units: Vec<u16> = message.encode_utf16().collect();
                let dst = self.string_constant(&units, "resource string folded from SR.GetResourceString");
                stack.push(dst);
            }
            MathUnary(op) => {
                let Some(ty) = result_ty(self)?.filter(|t| t.is_float()) else { return Ok(false) };
                let src = self.cast_to(arg(0)?, ty);
                let dst = self.reg(ty);
                self.emit(Inst::Unary { dst, op, ty, src });
                stack.push(dst);
            }
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

    /// A `Span<T>` or `ReadOnlySpan<T>` (`span_ty`) over `length` elements at `reference`: a struct temporary.
    pub(super) fn new_span(&mut self, span_ty: TypeId, reference: Reg, length: Reg) -> Result<Reg, Unsupported> {
        let temp = self.temp(span_ty)?;
        let layout = self.ts.instance_layout(span_ty)?;
        let mut offset = |name: &str| -> Result<u32, Unsupported> {
            let field = super::accessor::find_field(self.ts, span_ty, name, false)?;
            layout.field(field).map(|s| s.offset).ok_or_else(|| {
                Unsupported::new(codes::FIELD, format!("{name} is outside {}'s layout", self.ts.type_name(span_ty)))
            })
        };
        let (reference_at, length_at) = (offset("_reference")?, offset("_length")?);
        self.emit(Inst::Store { mem: MemType::I32, addr: temp, offset: reference_at, value: reference });
        self.emit(Inst::Store { mem: MemType::I32, addr: temp, offset: length_at, value: length });
        Ok(temp)
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

impl<'c> Importer<'_, '_, 'c> {
    /// If instructions `i..` are a `typeof` query (`TypeQuery`) or a box that is only tested
    /// (`objects::fold_boxed_test`) inside one block, pushes its answer and returns how many instructions it took;
    /// the calls and allocations it replaces are never made, nor compiled.
    pub(super) fn fold_type_query(&mut self, i: usize, stack: &mut Stack) -> Result<Option<usize>, Unsupported> {
        if let Some(length) = self.fold_exact_type_query(i, stack)? {
            return Ok(Some(length));
        }
        if let Some(length) = self.fold_boxed_test(i, stack)? {
            return Ok(Some(length));
        }
        let Some((query, length)) = self.type_query(i)? else { return Ok(None) };
        let value = match query {
            TypeQuery::Handle(t) => {
                let handle = self.type_handle(t)?;
                stack.push(handle);
                return Ok(Some(length));
            }
            TypeQuery::IsValueType(t) => self.ts.ty(t).is_value_type(),
            TypeQuery::Same { a, b, equal } => (a == b) == equal,
        };
        self.constant(Const::I32(i32::from(value)), stack);
        Ok(Some(length))
    }

    fn type_query(&mut self, i: usize) -> Result<Option<(TypeQuery, usize)>, Unsupported> {
        let Some(a) = self.typeof_at(i, true)? else { return Ok(None) };
        match self.type_method_at(i + 2)?.as_deref() {
            Some("get_IsValueType") => return Ok(Some((TypeQuery::IsValueType(a), 3))),
            Some("get_TypeHandle") => return Ok(Some((TypeQuery::Handle(a), 3))),
            Some(_) => return Ok(None),
            None => {}
        }
        let Some(b) = self.typeof_at(i + 2, false)? else { return Ok(None) };
        Ok(match self.type_method_at(i + 4)?.as_deref() {
            Some("op_Equality") => Some((TypeQuery::Same { a, b, equal: true }, 5)),
            Some("op_Inequality") => Some((TypeQuery::Same { a, b, equal: false }, 5)),
            _ => None,
        })
    }

    /// `x.GetType() == y.GetType()` and `x.GetType() == typeof(T)` (or `!=`), with `x` and `y` each one `ldarg` or
    /// `ldloc`: compares MethodTables (one per type, as Type objects are), as CoreCLR's JIT does, without making
    /// the Type objects — which would bring all of reflection into the image. Returns how many instructions it took.
    fn fold_exact_type_query(&mut self, i: usize, stack: &mut Stack) -> Result<Option<usize>, Unsupported> {
        if !(self.simple_load_at(i, true) && self.get_type_at(i + 1)?) {
            return Ok(None);
        }
        let other_object = self.simple_load_at(i + 2, false) && self.get_type_at(i + 3)?;
        let other_type = if other_object { None } else { self.typeof_at(i + 2, false)? };
        if !other_object && other_type.is_none() {
            return Ok(None);
        }
        let op = match self.type_method_at(i + 4)?.as_deref() {
            Some("op_Equality") => CmpOp::Eq,
            Some("op_Inequality") => CmpOp::NeUn,
            _ => return Ok(None),
        };
        let mut types = Vec::with_capacity(2);
        for load in [Some(i), other_object.then_some(i + 2)].into_iter().flatten() {
            let inst = self.instructions[load];
            self.import_one(inst, stack)?;
            let object = self.pop(stack)?;
            let object = self.cast_to(object, Ty::Ref);
            self.null_check(object);
            let mt = self.reg(Ty::I32);
            self.emit(Inst::Load { dst: mt, mem: MemType::I32, addr: object, offset: abi::object::METHOD_TABLE });
            types.push(mt);
        }
        if let Some(t) = other_type {
            types.push(self.method_table(t, "typeof compared with GetType()"));
        }
        let dst = self.reg(Ty::I32);
        self.emit(Inst::Compare { dst, op, ty: Ty::I32, lhs: types[0], rhs: types[1] });
        stack.push(dst);
        Ok(Some(5))
    }

    /// Whether instruction `i` is a plain `ldarg` or `ldloc` (pushes a variable, nothing else).
    fn simple_load_at(&self, i: usize, first: bool) -> bool {
        self.plain_instruction(i, first).is_some_and(|inst| {
            matches!(
                inst.opcode,
                OpCode::Ldarg
                    | OpCode::Ldarg_S
                    | OpCode::Ldarg_0
                    | OpCode::Ldarg_1
                    | OpCode::Ldarg_2
                    | OpCode::Ldarg_3
                    | OpCode::Ldloc
                    | OpCode::Ldloc_S
                    | OpCode::Ldloc_0
                    | OpCode::Ldloc_1
                    | OpCode::Ldloc_2
                    | OpCode::Ldloc_3
            )
        })
    }

    /// Whether instruction `i` calls `System.Object::GetType`.
    fn get_type_at(&mut self, i: usize) -> Result<bool, Unsupported> {
        let Some(inst) = self.plain_instruction(i, false) else { return Ok(false) };
        if !matches!(inst.opcode, OpCode::Call | OpCode::Callvirt) {
            return Ok(false);
        }
        let MethodRef::Method(m) = self.resolve_method(inst)? else { return Ok(false) };
        Ok(matches!(intrinsic_of(self.ts, m), Some(Intrinsic::GetType)))
    }

    /// The instruction at `i`, if it takes no prefix and, unless it is the query's `first`, is not a branch target:
    /// a query lies within one block.
    pub(super) fn plain_instruction(&self, i: usize, first: bool) -> Option<Instruction<'c>> {
        let inst = self.instructions.get(i).copied()?;
        let starts_block = !first && self.starts.contains(&inst.offset);
        let prefixed = self.prefixes.constrained.is_some() || self.prefixes.readonly;
        (!starts_block && !prefixed).then_some(inst)
    }

    /// `T` when instructions `i` and `i + 1` are `ldtoken T; call System.Type::GetTypeFromHandle`.
    fn typeof_at(&mut self, i: usize, first: bool) -> Result<Option<TypeId>, Unsupported> {
        let (Some(ldtoken), Some(_)) = (self.plain_instruction(i, first), self.plain_instruction(i + 1, false)) else {
            return Ok(None);
        };
        if ldtoken.opcode != OpCode::Ldtoken || self.type_method_at(i + 1)?.as_deref() != Some("GetTypeFromHandle") {
            return Ok(None);
        }
        let token = Self::token(ldtoken)?;
        if !matches!(
            token.table(),
            Some(
                wasmr2r_metadata::TableId::TypeDef
                    | wasmr2r_metadata::TableId::TypeRef
                    | wasmr2r_metadata::TableId::TypeSpec
            )
        ) {
            return Ok(None);
        }
        Ok(Some(self.type_token(token)?))
    }

    /// The name of the `System.Type` method instruction `i` calls, if it calls one.
    fn type_method_at(&mut self, i: usize) -> Result<Option<String>, Unsupported> {
        let Some(inst) = self.plain_instruction(i, false) else { return Ok(None) };
        if !matches!(inst.opcode, OpCode::Call | OpCode::Callvirt) {
            return Ok(None);
        }
        let MethodRef::Method(m) = self.resolve_method(inst)? else { return Ok(None) };
        let data = self.ts.method(m);
        let is_type = self.ts.ty(data.owner).def.is_some_and(|d| self.ts.world.type_def_name(d) == "System.Type");
        Ok(is_type.then(|| data.name.to_string()))
    }
}
