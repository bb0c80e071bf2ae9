//! Every ABI decision in one place (docs/abi.md describes the result): how CLI types travel in Wasm, the
//! calling convention (shadow-stack pointer, `this`, hidden return buffer, structs by reference to a copy), the
//! object, array and string layouts, and the MethodTable format the runtime (`runtime/managed`) reads.

use crate::env::{Unsupported, codes};
use crate::ir::{MemType, Ty};
use wasm_encoder::ValType;
use wasmr2r_metadata::PrimitiveType;
use wasmr2r_typesystem::{Kind, MethodId, TypeId, TypeSystem};

/// Object header: MethodTable pointer at 0, sync word at 4 (Mono's `MonoObject`).
/// The shadow stack (docs/abi.md, "The shadow frame").
pub mod shadow_stack {
    /// The lowest address the shadow stack may reach: the end of the null guard below it, where the loader
    /// (`NULL_GUARD` in `runtime/js/wasmr2r.mjs`) puts its bottom. `localloc` checks against it.
    pub const LIMIT: u32 = 4096;
}

/// The record a method with catch or filter clauses keeps at offset 0 of its shadow frame, linked into the first
/// pass's list while the method runs (`HandlerFrame` in `runtime/managed/ExceptionDispatch.cs`; docs/abi.md).
pub mod handler_frame {
    /// Set in a pass-one function's answer (the clause index) when the clause's handler cannot see the exception's
    /// stack trace (`import::handlers::handler_ignores_trace`): the throw skips capturing it.
    pub const NO_TRACE: i32 = 0x4000_0000;
    /// The next frame out.
    pub const PREV: u32 = 0;
    /// `i32`: where a throw from the running block starts the handler search (the region variable itself).
    pub const REGION: u32 = 4;
    /// The method's pass-one function (a function pointer).
    pub const PASS_ONE: u32 = 8;
    /// `i32`: the clause the first pass chose in this frame, or -1.
    pub const CHOSEN: u32 = 12;
    /// `i32`: where the pass-one function goes on when the filter it runs throws.
    pub const RESUME: u32 = 16;
    pub const SIZE: u32 = 20;
    /// The frame bytes it takes, so that what follows keeps the frame's alignment (`checkcatch` takes them back
    /// from a method that turns out not to need the frame).
    pub const RESERVED: u32 = SIZE.next_multiple_of(super::FRAME_ALIGN);
}

/// The collector's card table (`GLOBAL_CARD_TABLE` holds its address): a byte per card of `1 << SHIFT` bytes of
/// the whole 4 GiB address space, set to `DIRTY` by the write barrier when references are stored in the card.
/// A minor collection traces the old objects on dirty cards (runtime/managed/Collector.cs).
pub mod cards {
    pub const SHIFT: u32 = 10;
    pub const SIZE: u32 = 1 << SHIFT;
    pub const DIRTY: i32 = 1;
}

/// An object reference in memory (a field, an element, a static): a 32-bit address.
pub const REFERENCE_SIZE: u32 = wasmr2r_typesystem::POINTER_SIZE;

pub mod object {
    pub const METHOD_TABLE: u32 = 0;
    pub const HEADER_SIZE: u32 = wasmr2r_typesystem::OBJECT_HEADER_SIZE;
}

/// Arrays (Mono's `MonoArray`): bounds pointer (null for SZ arrays), length, then the elements at 16.
pub mod array {
    pub const BOUNDS: u32 = 8;
    pub const LENGTH: u32 = 12;
    pub const DATA: u32 = 16;
    /// One `{u32 length, i32 lower_bound}` record per dimension of a multi-dimensional array.
    pub const BOUNDS_ENTRY_SIZE: u32 = 8;
}

/// Strings (Mono's `MonoString`): length at 8, UTF-16 code units at 12, then a NUL code unit.
pub mod string {
    pub const LENGTH: u32 = 8;
    pub const CHARS: u32 = 12;
}

/// The MethodTable: what compiled code and the managed runtime know about a type at run time. Every field is a
/// u32 (pointers are relocated at load). `runtime/managed/MethodTable.cs` mirrors it; a test checks that the two
/// agree.
pub mod method_table {
    /// `flags::*`.
    pub const FLAGS: u32 = 0;
    /// Bytes of an instance without elements: a class's instance size, header + value for a boxed value type,
    /// 16 for an array, 14 for a string (header, length, the NUL).
    pub const BASE_SIZE: u32 = 4;
    /// Bytes per element (arrays), 2 for strings, 0 otherwise.
    pub const COMPONENT_SIZE: u32 = 8;
    /// The parent type's MethodTable (0 for `System.Object` and interfaces).
    pub const PARENT: u32 = 12;
    /// Arrays: the element type's. `Nullable<T>`: `T`'s. Enums: the underlying type's.
    pub const ELEMENT_TYPE: u32 = 16;
    /// Arrays: the rank (1 for SZ arrays and `T[*]`). Generic parameters: the position.
    pub const RANK: u32 = 20;
    pub const INTERFACE_COUNT: u32 = 24;
    /// Pointer to `INTERFACE_COUNT` `{u32 interface MethodTable, u32 first vtable index}` entries.
    pub const INTERFACES: u32 = 28;
    /// Number of vtable entries (class slots, then interface slots).
    pub const VTABLE_COUNT: u32 = 32;
    /// Pointer to the GC descriptor (0 when the type has no references).
    pub const GC_DESC: u32 = 36;
    /// Pointer to the full type name, UTF-8, NUL-terminated.
    pub const NAME: u32 = 40;
    /// The type's `System.RuntimeType` object, created by the runtime on first use (0 until then).
    pub const RUNTIME_TYPE: u32 = 44;
    /// Generic instantiations: an id of the generic definition (component index << 24 | TypeDef RID), else 0.
    pub const GENERIC_DEFINITION: u32 = 48;
    /// Generic instantiations: pointer to `{u32 count, then per argument: u32 MethodTable, u32 variance}`. Function
    /// pointers: the same list of their return type, then their parameters' types.
    pub const GENERIC_ARGUMENTS: u32 = 52;
    /// Offset in the value of `Nullable<T>` of its `value` field (0 for other types).
    pub const NULLABLE_VALUE_OFFSET: u32 = 56;
    /// Interface table: how many colors it covers, and a pointer to one `{u32 interface MethodTable, u32 first
    /// vtable index}` entry per color (zeros where the type has no interface of that color). Every interface
    /// gets a color, different from those of every interface it shares a type with (`data::interface_colors`),
    /// so the entry at an interface's color is that interface's or another's: one load and one compare answer
    /// whether a type implements it exactly, and where its methods are.
    pub const ITABLE_COUNT: u32 = 60;
    pub const ITABLE: u32 = 64;
    pub const ITABLE_ENTRY_SIZE: u32 = 8;
    /// Boxable value types, when the runtime's `ValueType.Equals`/`GetHashCode` are in the image: pointer to
    /// `{u32 count, then per instance field: u32 offset << 8 | kind (field_kind), and for a struct field its u32
    /// MethodTable}`; 0 otherwise.
    pub const FIELD_MAP: u32 = 68;
    /// `Type.Attributes` (ECMA-335 TypeAttributes): a TypeDef's flags as its metadata has them (generic
    /// instantiations their definition's); arrays Public | Sealed | Serializable, pointers, byrefs, function
    /// pointers and generic parameters Public, as CoreCLR answers (probed on CoreCLR 10). TypeAttributes use the
    /// low 24 bits; the top 8 (`ASSEMBLY_SHIFT`) hold the index + 1 of the TypeDef's assembly in the image's
    /// assembly name table (`Symbol::AssemblyNames`), 0 for types without a TypeDef (arrays, pointers...) and for
    /// assemblies past the 254th.
    pub const TYPE_ATTRIBUTES: u32 = 72;
    pub const ASSEMBLY_SHIFT: u32 = 24;
    /// Pointer to what reflection asks of the type's TypeDef (`reflection`), or 0 when there is nothing to say.
    pub const REFLECTION: u32 = 76;
    /// The vtable: function-table indices.
    pub const VTABLE: u32 = 80;

    /// The record `REFLECTION` points at: `{u32 flags, u32 attribute count, u32 literal count, u32 declaring type
    /// MethodTable or 0, u32 SZ array MethodTable or 0, u32 generic type definition MethodTable or 0, then one u32
    /// MethodTable per custom attribute, then per literal field {u32 value low, u32 value high, u32 name string}}`.
    /// Each part is there while the runtime method that reads it is in the image: attributes and flags for
    /// `Type.IsDefined`, an enum's members (metadata order, values zero-extended) for `GetEnumValuesAndNames`, the
    /// declaring type of a nested type for `Type.DeclaringType`, `T[]` when the program creates such arrays for
    /// `Array.CreateInstance`, and a generic instantiation's open definition for `GetGenericTypeDefinition`.
    pub mod reflection {
        pub const FLAGS: u32 = 0;
        pub const ATTRIBUTE_COUNT: u32 = 4;
        pub const LITERAL_COUNT: u32 = 8;
        pub const DECLARING_TYPE: u32 = 12;
        pub const SZ_ARRAY: u32 = 16;
        pub const GENERIC_TYPE_DEFINITION: u32 = 20;
        pub const SIZE: u32 = 24;
        /// An attribute class whose `[AttributeUsage]` (its own or a base class's) says `Inherited = false`.
        pub const NOT_INHERITED: u32 = 1;
    }

    /// How `ValueType.Equals` compares a field (`FIELD_MAP`).
    pub mod field_kind {
        /// Integers, `bool`, `char`, enums, pointers: equal when their bits are (1, 2, 4 or 8 bytes).
        pub const BITS1: u32 = 1;
        pub const BITS2: u32 = 2;
        pub const BITS4: u32 = 4;
        pub const BITS8: u32 = 8;
        /// Floating point: equal as `float.Equals`/`double.Equals` are (NaN equals NaN, 0 equals -0).
        pub const FLOAT32: u32 = 9;
        pub const FLOAT64: u32 = 10;
        /// An object reference: compared with its `Equals`.
        pub const REFERENCE: u32 = 11;
        /// A nested value type: boxed and compared with its `Equals`.
        pub const STRUCT: u32 = 12;
    }

    /// Bits of `FLAGS`.
    pub mod flags {
        pub const KIND_MASK: u32 = 0xF;
        pub const KIND_CLASS: u32 = 1;
        pub const KIND_VALUE_TYPE: u32 = 2;
        pub const KIND_INTERFACE: u32 = 3;
        pub const KIND_SZ_ARRAY: u32 = 4;
        pub const KIND_ARRAY: u32 = 5;
        pub const KIND_STRING: u32 = 6;
        pub const KIND_NULLABLE: u32 = 7;
        pub const KIND_ENUM: u32 = 8;
        pub const KIND_PRIMITIVE: u32 = 9;
        /// Unmanaged pointers (`int*`).
        pub const KIND_POINTER: u32 = 10;
        /// Managed pointers (`ref int`).
        pub const KIND_BYREF: u32 = 11;
        /// Function pointers (`delegate*<void>`).
        pub const KIND_FN_POINTER: u32 = 12;
        /// `System.Void`.
        pub const KIND_VOID: u32 = 13;
        /// A generic parameter (`T` in an open type).
        pub const KIND_GENERIC_PARAMETER: u32 = 14;
        /// A generic parameter of a method (`!!0`), not of a type.
        pub const METHOD_GENERIC_PARAMETER: u32 = 0x800;
        /// A ref struct (`[IsByRefLike]`: `Span<T>`, ...).
        pub const BYREF_LIKE: u32 = 0x1000;
        /// Instances hold object references (the GC must trace them).
        pub const CONTAINS_REFS: u32 = 0x10;
        pub const ABSTRACT: u32 = 0x20;
        pub const HAS_FINALIZER: u32 = 0x40;
        /// Some generic argument is co- or contravariant.
        pub const HAS_VARIANCE: u32 = 0x80;
        /// Array elements of this type are references.
        pub const REFERENCE_ELEMENTS: u32 = 0x100;
        /// The element type is itself a value type (arrays of structs, primitives).
        pub const VALUE_TYPE_ELEMENTS: u32 = 0x200;
        /// An open generic type definition (`typeof(List<>)`).
        pub const OPEN_GENERIC_DEFINITION: u32 = 0x400;
        /// Bits 16..24: the `PrimitiveType` element code for primitives and enums (their underlying type).
        pub const PRIMITIVE_SHIFT: u32 = 16;
    }

    /// Variance of a generic argument in `GENERIC_ARGUMENTS`.
    pub mod variance {
        pub const NONE: u32 = 0;
        pub const COVARIANT: u32 = 1;
        pub const CONTRAVARIANT: u32 = 2;
    }
}

/// The IL evaluation-stack type of a value of CLI type `ty`.
pub fn stack_ty(ts: &TypeSystem, ty: TypeId) -> Result<Ty, Unsupported> {
    Ok(match ts.ty(ty).kind {
        Kind::Primitive(p) | Kind::Enum(p) => match p {
            PrimitiveType::Int64 | PrimitiveType::UInt64 => Ty::I64,
            PrimitiveType::Single => Ty::F32,
            PrimitiveType::Double => Ty::F64,
            _ => Ty::I32,
        },
        Kind::Class | Kind::Interface | Kind::SzArray(_) | Kind::Array(..) => Ty::Ref,
        Kind::ByRef(_) => Ty::ByRef,
        Kind::Pointer(_) | Kind::FnPtr => Ty::I32,
        Kind::ValueType => Ty::Struct(ty),
        Kind::Void => return Err(Unsupported::new(codes::INVALID_IL, "a value of type void")),
        Kind::GenericParam => {
            return Err(Unsupported::new(codes::TYPE, format!("an open generic type {}", ts.type_name(ty))));
        }
    })
}

/// The memory access for a scalar of CLI type `ty` (a field, an array element, a local in the frame);
/// `None` for structs.
pub fn mem_type(ts: &TypeSystem, ty: TypeId) -> Option<MemType> {
    Some(match ts.ty(ty).kind {
        Kind::Primitive(p) | Kind::Enum(p) => primitive_mem(p),
        Kind::ValueType | Kind::Void | Kind::GenericParam => return None,
        _ => MemType::I32,
    })
}

pub fn primitive_mem(p: PrimitiveType) -> MemType {
    match p {
        PrimitiveType::Boolean | PrimitiveType::Byte => MemType::U8,
        PrimitiveType::SByte => MemType::I8,
        PrimitiveType::Char | PrimitiveType::UInt16 => MemType::U16,
        PrimitiveType::Int16 => MemType::I16,
        PrimitiveType::Int64 | PrimitiveType::UInt64 => MemType::I64,
        PrimitiveType::Single => MemType::F32,
        PrimitiveType::Double => MemType::F64,
        _ => MemType::I32,
    }
}

/// One Wasm parameter of a managed method (after the shadow-stack pointer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Param {
    /// `this`: a reference for classes, a byref for value types.
    This(Ty),
    /// The address the callee writes a struct result to.
    ReturnBuffer,
    /// An IL argument: a scalar, a reference, a byref, or the address of a struct copy the callee owns.
    Arg { ty: Ty, cli: TypeId },
}

impl Param {
    pub fn ty(&self) -> Ty {
        match self {
            Param::This(t) => *t,
            Param::ReturnBuffer => Ty::ByRef,
            Param::Arg { ty, .. } => *ty,
        }
    }
}

/// How a method's result comes back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Return {
    Void,
    Scalar {
        ty: Ty,
        mem: MemType,
    },
    /// A struct, written through the return buffer.
    Buffer(TypeId),
}

/// A method's calling convention in Wasm terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub params: Vec<Param>,
    pub ret: Return,
}

impl Signature {
    pub fn has_return_buffer(&self) -> bool {
        matches!(self.ret, Return::Buffer(_))
    }

    /// The Wasm result type, if any.
    pub fn result(&self) -> Option<Ty> {
        match self.ret {
            Return::Scalar { ty, .. } => Some(ty),
            _ => None,
        }
    }

    /// The Wasm function type: `(sp: i32, params...) -> result?`.
    pub fn wasm(&self) -> WasmSig {
        WasmSig {
            params: std::iter::once(ValType::I32).chain(self.params.iter().map(|p| val_type(p.ty()))).collect(),
            results: self.result().map(val_type).into_iter().collect(),
        }
    }
}

/// A Wasm function type, comparable and hashable (interned for `call_indirect`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WasmSig {
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
}

pub fn val_type(ty: Ty) -> ValType {
    match ty.wasm() {
        Ty::I64 => ValType::I64,
        Ty::F32 => ValType::F32,
        Ty::F64 => ValType::F64,
        _ => ValType::I32,
    }
}

/// The calling convention of `method`: `this` (if it has one), the return buffer (if it returns a struct), then its
/// arguments.
pub fn method_signature(ts: &mut TypeSystem, method: MethodId) -> Result<Signature, Unsupported> {
    let sig = ts.method_sig(method).map_err(|e| Unsupported::new(codes::TYPE, e.to_string()))?;
    let owner = ts.method(method).owner;
    let this = if sig.has_this() { Some(if ts.ty(owner).is_value_type() { Ty::ByRef } else { Ty::Ref }) } else { None };
    signature_of(ts, this, sig.ret, &sig.params)
}

/// The calling convention of a signature: `this` of the given type, then the return buffer, then arguments.
pub fn signature_of(
    ts: &mut TypeSystem,
    this: Option<Ty>,
    ret: TypeId,
    params: &[TypeId],
) -> Result<Signature, Unsupported> {
    let mut out = Vec::with_capacity(params.len() + 2);
    out.extend(this.map(Param::This));
    let ret = if ret == ts.well_known.void {
        Return::Void
    } else {
        match stack_ty(ts, ret)? {
            Ty::Struct(t) => Return::Buffer(t),
            ty => Return::Scalar { ty, mem: mem_type(ts, ret).unwrap_or(MemType::I32) },
        }
    };
    if matches!(ret, Return::Buffer(_)) {
        out.push(Param::ReturnBuffer);
    }
    for p in params {
        // A struct argument travels as the address of a copy: a byref in Wasm, its struct type in the IR.
        out.push(Param::Arg { ty: stack_ty(ts, *p)?, cli: *p });
    }
    Ok(Signature { params: out, ret })
}

/// The shadow frame: the stack grows down; a method lowers `sp` by its frame size on entry and passes the lowered
/// value to its callees, so returning restores the caller's frame for free. Frames are 8-byte aligned.
pub const FRAME_ALIGN: u32 = 8;
