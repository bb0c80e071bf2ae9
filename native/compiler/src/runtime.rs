//! The managed runtime (`runtime/managed`, C#): built by Roslyn when this crate builds (build.rs), embedded here,
//! and compiled by us into every image like user code. This module is the registry of what compiled code calls
//! in it (`Helper`), of the CoreLib internal calls it implements (`[Implements]`), and of its host imports.

use crate::env::{Unsupported, codes};
use crate::ir::ExceptionKind;
use std::collections::{HashMap, HashSet};
use wasmr2r_metadata::custom_attribute::{self, CaValue, SameAssembly};
use wasmr2r_metadata::{CustomAttributeRow, TableId};
use wasmr2r_typesystem::{MethodDefId, MethodId, TypeSystem, World};

/// `WasmR2R.Runtime.dll`, as Roslyn built it from `runtime/managed`.
pub const ASSEMBLY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/WasmR2R.Runtime.dll"));
/// Its simple name.
pub const ASSEMBLY_NAME: &str = "WasmR2R.Runtime";

/// A runtime method that compiled code calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Helper {
    /// `object AllocObject(MethodTable*)`: a zeroed instance.
    AllocObject,
    /// `object AllocFinalizable(MethodTable*)`: a zeroed instance of a type with a finalizer, registered for
    /// finalization.
    AllocFinalizable,
    /// `object AllocArray(MethodTable*, int length)`: a zeroed SZ array; a negative length is an overflow.
    AllocArray,
    /// `object AllocMdArray(MethodTable*, int* lengths, int* lowerBounds)`: a multi-dimensional array.
    AllocMdArray,
    /// `byte* Allocate(uint size)`: zeroed memory, never null (it throws OutOfMemoryException instead); compiled
    /// code calls it once `AllocObject` is inlined.
    Allocate,
    /// `object IsInstanceOf(MethodTable*, object)`: the object, or null when it is not of the type.
    IsInstanceOf,
    /// `object CastTo(MethodTable*, object)`: the object, or InvalidCastException.
    CastTo,
    /// `void StelemRef(object array, int index, object value)`: a covariance-checked store.
    StelemRef,
    /// `ref byte LdelemaRef(object array, int index, MethodTable* element)`: the element's address, checking the
    /// array's element type is exactly the one named.
    LdelemaRef,
    /// `ref byte Unbox(MethodTable*, object)`: the value inside a boxed value type of that type.
    Unbox,
    /// `object BoxNullable(MethodTable* nullable, ref byte value)`: null, or the boxed underlying value.
    BoxNullable,
    /// `void UnboxNullable(MethodTable* nullable, object, ref byte destination)`.
    UnboxNullable,
    /// `int InterfaceLookup(object, MethodTable* interface, int slot)`: the function-table index to call.
    InterfaceLookup,
    /// `int GenericVirtualLookup(object, GvmTable*)`: the function-table index to call.
    GenericVirtualLookup,
    /// `object GetRuntimeType(MethodTable*)`: the type's one `System.RuntimeType`.
    GetRuntimeType,
    /// `void Throw(object exception)`: the `throw` opcode.
    Throw,
    /// `void Rethrow(object exception)`: the `rethrow` opcode (the stack trace goes on).
    Rethrow,
    /// `void Initialize()`: start-up, before any class constructor.
    Initialize,
    /// `void ReportUnhandled(object exception)`: an exception nothing caught reached the entry function.
    ReportUnhandled,
    /// `void RunClassConstructor(byte* flag, delegate*<void> cctor, MethodTable* type)`: the slow path of a class
    /// constructor trigger.
    RunClassConstructor,
    /// `void Enter(HandlerFrame*, delegate* passOne)`: links a method with catch or filter clauses into the first
    /// pass's list of frames (`import::handlers`).
    EnterHandlerFrame,
    /// `void Leave(HandlerFrame*)`: unlinks it, on every way out.
    LeaveHandlerFrame,
    /// `void Landed(HandlerFrame*)`: an exception landed in the method; the frames inside it are gone.
    HandlerFrameLanded,
    /// `object Box(MethodTable*, byte* value)`: boxes an array element for `Array.Copy` and `Array.GetValue`. No
    /// compiled code calls it; while it is in the image, the element types of constructed arrays are constructed
    /// too (their boxes need vtables).
    BoxArrayElement,
    /// `object BoxField(MethodTable*, byte* value)`: boxes a struct field for `ValueType.Equals`/`GetHashCode`,
    /// which the runtime implements from the MethodTable's field map. While it is in the image, boxable value types
    /// get field maps, and the struct types of their fields are constructed.
    BoxStructField,
    /// `bool IsDefined(ICustomAttributeProvider, Type, bool)`: the runtime's `Type.IsDefined`. While it is in the
    /// image, MethodTables list the attribute types of their TypeDefs, and attribute classes whether they are
    /// inherited (`mt::REFLECTION`).
    CustomAttributeQuery,
    /// `void GetDeclaringType(QCallTypeHandle, ObjectHandleOnStack)`: `Type.DeclaringType`. While it is in the
    /// image, nested types' MethodTables name their declaring type.
    DeclaringType,
    /// `string[] MainArguments()`: the arguments the host gives `Main(string[] args)`.
    MainArguments,
    /// `int MainReturned(int result, bool returnsCode)`: runs the ProcessExit handlers; the process's exit code.
    MainReturned,
    /// `void GetGenericTypeDefinition(QCallTypeHandle, ObjectHandleOnStack)`: while it is in the image, generic
    /// instantiations' reflection records name their open definitions.
    GenericTypeDefinition,
    /// `void InternalCreate(ref Array, IntPtr, int, int*, int*)`: `Array.CreateInstance`. While it is in the image,
    /// the MethodTables of element types name their SZ array type, when the program creates such arrays.
    CreateArray,
    /// `object InternalBox(QCallTypeHandle, ref byte)`: `RuntimeHelpers.Box`, which `Enum.Parse` and `ToObject`
    /// box their results with. While it is in the image, the enums whose MethodTables are are constructed too.
    BoxByHandle,
    /// `void GetEnumValuesAndNames(QCallTypeHandle, ref ulong[], ref string[])`: an enum's members for
    /// `Enum.ToString`, `GetNames`, `Parse`. While it is in the image, enum MethodTables list their literals.
    EnumLiterals,
    /// The throw helpers of the explicit checks.
    ThrowOverflow,
    ThrowDivideByZero,
    ThrowArithmetic,
    ThrowNullReference,
    ThrowIndexOutOfRange,
    ThrowInvalidCast,
    ThrowArrayTypeMismatch,
    ThrowStackOverflow,
    /// What the throw helpers raise, made without raising it: for a check whose own method catches it
    /// (`checkcatch`).
    NewOverflow,
    NewDivideByZero,
    NewArithmetic,
    NewNullReference,
    NewIndexOutOfRange,
    NewInvalidCast,
    NewArrayTypeMismatch,
    NewStackOverflow,
}

impl Helper {
    pub const ALL: [Helper; 49] = [
        Helper::AllocObject,
        Helper::AllocFinalizable,
        Helper::AllocArray,
        Helper::AllocMdArray,
        Helper::Allocate,
        Helper::IsInstanceOf,
        Helper::CastTo,
        Helper::StelemRef,
        Helper::LdelemaRef,
        Helper::Unbox,
        Helper::BoxNullable,
        Helper::UnboxNullable,
        Helper::InterfaceLookup,
        Helper::GenericVirtualLookup,
        Helper::GetRuntimeType,
        Helper::Throw,
        Helper::Rethrow,
        Helper::Initialize,
        Helper::ReportUnhandled,
        Helper::RunClassConstructor,
        Helper::EnterHandlerFrame,
        Helper::LeaveHandlerFrame,
        Helper::HandlerFrameLanded,
        Helper::BoxArrayElement,
        Helper::BoxStructField,
        Helper::CustomAttributeQuery,
        Helper::DeclaringType,
        Helper::BoxByHandle,
        Helper::CreateArray,
        Helper::MainArguments,
        Helper::MainReturned,
        Helper::GenericTypeDefinition,
        Helper::EnumLiterals,
        Helper::ThrowOverflow,
        Helper::ThrowDivideByZero,
        Helper::ThrowArithmetic,
        Helper::ThrowNullReference,
        Helper::ThrowIndexOutOfRange,
        Helper::ThrowInvalidCast,
        Helper::ThrowArrayTypeMismatch,
        Helper::ThrowStackOverflow,
        Helper::NewOverflow,
        Helper::NewDivideByZero,
        Helper::NewArithmetic,
        Helper::NewNullReference,
        Helper::NewIndexOutOfRange,
        Helper::NewInvalidCast,
        Helper::NewArrayTypeMismatch,
        Helper::NewStackOverflow,
    ];

    /// (class, method) in the runtime assembly.
    pub fn name(self) -> (&'static str, &'static str) {
        use Helper::*;
        match self {
            AllocObject => ("WasmR2R.Runtime.Allocator", "AllocObject"),
            AllocFinalizable => ("WasmR2R.Runtime.Allocator", "AllocFinalizable"),
            AllocArray => ("WasmR2R.Runtime.Allocator", "AllocArray"),
            AllocMdArray => ("WasmR2R.Runtime.Allocator", "AllocMdArray"),
            Allocate => ("WasmR2R.Runtime.Collector", "Allocate"),
            IsInstanceOf => ("WasmR2R.Runtime.Casting", "IsInstanceOf"),
            CastTo => ("WasmR2R.Runtime.Casting", "CastTo"),
            StelemRef => ("WasmR2R.Runtime.Arrays", "StelemRef"),
            LdelemaRef => ("WasmR2R.Runtime.Arrays", "LdelemaRef"),
            Unbox => ("WasmR2R.Runtime.Boxing", "Unbox"),
            BoxNullable => ("WasmR2R.Runtime.Boxing", "BoxNullable"),
            UnboxNullable => ("WasmR2R.Runtime.Boxing", "UnboxNullable"),
            InterfaceLookup => ("WasmR2R.Runtime.Dispatch", "InterfaceLookup"),
            GenericVirtualLookup => ("WasmR2R.Runtime.Dispatch", "GenericVirtualLookup"),
            GetRuntimeType => ("WasmR2R.Runtime.TypeHandles", "GetRuntimeType"),
            Throw => ("WasmR2R.Runtime.ThrowHelpers", "Throw"),
            Rethrow => ("WasmR2R.Runtime.ThrowHelpers", "Rethrow"),
            Initialize => ("WasmR2R.Runtime.Startup", "Initialize"),
            ReportUnhandled => ("WasmR2R.Runtime.ThrowHelpers", "ReportUnhandled"),
            RunClassConstructor => ("WasmR2R.Runtime.ClassConstructors", "Run"),
            EnterHandlerFrame => ("WasmR2R.Runtime.ExceptionDispatch", "Enter"),
            LeaveHandlerFrame => ("WasmR2R.Runtime.ExceptionDispatch", "Leave"),
            HandlerFrameLanded => ("WasmR2R.Runtime.ExceptionDispatch", "Landed"),
            BoxArrayElement => ("WasmR2R.Runtime.ArrayElements", "Box"),
            BoxStructField => ("WasmR2R.Runtime.ValueTypes", "BoxField"),
            CustomAttributeQuery => ("WasmR2R.Runtime.CustomAttributes", "IsDefined"),
            DeclaringType => ("WasmR2R.Runtime.TypeQueries", "GetDeclaringType"),
            EnumLiterals => ("WasmR2R.Runtime.EnumLiterals", "GetEnumValuesAndNames"),
            BoxByHandle => ("WasmR2R.Runtime.Boxing", "InternalBox"),
            CreateArray => ("WasmR2R.Runtime.ArrayElements", "InternalCreate"),
            MainArguments => ("WasmR2R.Runtime.Startup", "MainArguments"),
            MainReturned => ("WasmR2R.Runtime.ProcessLifetime", "MainReturned"),
            GenericTypeDefinition => ("WasmR2R.Runtime.TypeQueries", "GetGenericTypeDefinition"),
            ThrowOverflow => ("WasmR2R.Runtime.ThrowHelpers", "ThrowOverflow"),
            ThrowDivideByZero => ("WasmR2R.Runtime.ThrowHelpers", "ThrowDivideByZero"),
            ThrowArithmetic => ("WasmR2R.Runtime.ThrowHelpers", "ThrowArithmetic"),
            ThrowNullReference => ("WasmR2R.Runtime.ThrowHelpers", "ThrowNullReference"),
            ThrowIndexOutOfRange => ("WasmR2R.Runtime.ThrowHelpers", "ThrowIndexOutOfRange"),
            ThrowInvalidCast => ("WasmR2R.Runtime.ThrowHelpers", "ThrowInvalidCast"),
            ThrowArrayTypeMismatch => ("WasmR2R.Runtime.ThrowHelpers", "ThrowArrayTypeMismatch"),
            ThrowStackOverflow => ("WasmR2R.Runtime.ThrowHelpers", "ThrowStackOverflow"),
            NewOverflow => ("WasmR2R.Runtime.ThrowHelpers", "NewOverflow"),
            NewDivideByZero => ("WasmR2R.Runtime.ThrowHelpers", "NewDivideByZero"),
            NewArithmetic => ("WasmR2R.Runtime.ThrowHelpers", "NewArithmetic"),
            NewNullReference => ("WasmR2R.Runtime.ThrowHelpers", "NewNullReference"),
            NewIndexOutOfRange => ("WasmR2R.Runtime.ThrowHelpers", "NewIndexOutOfRange"),
            NewInvalidCast => ("WasmR2R.Runtime.ThrowHelpers", "NewInvalidCast"),
            NewArrayTypeMismatch => ("WasmR2R.Runtime.ThrowHelpers", "NewArrayTypeMismatch"),
            NewStackOverflow => ("WasmR2R.Runtime.ThrowHelpers", "NewStackOverflow"),
        }
    }

    /// The helpers whose result is never null.
    pub const NEVER_NULL: [Helper; 5] =
        [Helper::AllocObject, Helper::AllocFinalizable, Helper::AllocArray, Helper::AllocMdArray, Helper::Allocate];

    /// The throw helper of an exception kind.
    pub fn throw(kind: ExceptionKind) -> Helper {
        match kind {
            ExceptionKind::Overflow => Helper::ThrowOverflow,
            ExceptionKind::DivideByZero => Helper::ThrowDivideByZero,
            ExceptionKind::Arithmetic => Helper::ThrowArithmetic,
            ExceptionKind::NullReference => Helper::ThrowNullReference,
            ExceptionKind::IndexOutOfRange => Helper::ThrowIndexOutOfRange,
            ExceptionKind::InvalidCast => Helper::ThrowInvalidCast,
            ExceptionKind::ArrayTypeMismatch => Helper::ThrowArrayTypeMismatch,
            ExceptionKind::StackOverflow => Helper::ThrowStackOverflow,
        }
    }

    /// The helper that makes (without raising) the exception of a kind.
    pub fn new_exception(kind: ExceptionKind) -> Helper {
        match kind {
            ExceptionKind::Overflow => Helper::NewOverflow,
            ExceptionKind::DivideByZero => Helper::NewDivideByZero,
            ExceptionKind::Arithmetic => Helper::NewArithmetic,
            ExceptionKind::NullReference => Helper::NewNullReference,
            ExceptionKind::IndexOutOfRange => Helper::NewIndexOutOfRange,
            ExceptionKind::InvalidCast => Helper::NewInvalidCast,
            ExceptionKind::ArrayTypeMismatch => Helper::NewArrayTypeMismatch,
            ExceptionKind::StackOverflow => Helper::NewStackOverflow,
        }
    }
}

/// The runtime assembly in the world, and what it provides.
pub struct Runtime {
    pub assembly: u32,
    /// CoreLib internal calls and P/Invokes the runtime implements (`[Implements]`): (type full name or library,
    /// method or entry point name) → implementations (several when overloads are implemented; the one whose Wasm
    /// signature matches is used).
    internal_calls: HashMap<(String, String), Vec<MethodDefId>>,
    /// CoreLib methods with IL the runtime replaces (`[Replaces]`), keyed the same way. Kept apart from internal
    /// calls so that an IL overload beside an internal call of the same name and Wasm signature (CoreLib's
    /// `GetAttributes(RuntimeType)` beside `GetAttributes(QCallTypeHandle)`) is never taken for it.
    replacements: HashMap<(String, String), Vec<MethodDefId>>,
    /// The method names in `replacements`, to ask cheaply whether a method might be one.
    replaced_names: HashSet<String>,
    /// The runtime's bodyless declarations of CoreLib methods it calls (`[Calls]`): declaration → (type full name,
    /// method name). CoreLib keeps them internal, so the reference assemblies the runtime is built against lack them.
    calls: HashMap<MethodDefId, (String, String)>,
    helpers: HashMap<Helper, MethodId>,
}

const IMPLEMENTS: &str = "WasmR2R.Runtime.ImplementsAttribute";
const REPLACES: &str = "WasmR2R.Runtime.ReplacesAttribute";
const CALLS: &str = "WasmR2R.Runtime.CallsAttribute";

impl Runtime {
    /// Finds the runtime assembly in `world` and reads its `[Implements("Type", "Method")]` and
    /// `[Replaces("Type", "Method")]` attributes.
    pub fn new(world: &World) -> Result<Runtime, String> {
        let assembly = world
            .find(ASSEMBLY_NAME)
            .ok_or_else(|| format!("the managed runtime ({ASSEMBLY_NAME}) is not among the assemblies"))?;
        let a = world.assembly(assembly);
        let mut internal_calls: HashMap<(String, String), Vec<MethodDefId>> = HashMap::new();
        let mut replacements: HashMap<(String, String), Vec<MethodDefId>> = HashMap::new();
        let mut calls = HashMap::new();
        for (_, row) in a.rows::<CustomAttributeRow>() {
            let row = row.map_err(|e| e.to_string())?;
            if row.parent.table() != Some(TableId::MethodDef) {
                continue;
            }
            let kind = world.attribute_type_name(assembly, row.constructor).map_err(|e| e.to_string())?;
            if ![IMPLEMENTS, REPLACES, CALLS].contains(&kind.as_str()) {
                continue;
            }
            let mut blob = a.blob(row.value, "custom attribute value").map_err(|e| e.to_string())?;
            let value =
                custom_attribute::decode(a, row.constructor, &mut blob, &SameAssembly).map_err(|e| e.to_string())?;
            let (Some(CaValue::String(Some(ty))), Some(CaValue::String(Some(method)))) =
                (value.fixed.first(), value.fixed.get(1))
            else {
                return Err(format!("a [{kind}] attribute without a type and method name"));
            };
            let key = (ty.to_string(), method.to_string());
            let def = MethodDefId { assembly, rid: row.parent.rid() };
            match kind.as_str() {
                IMPLEMENTS => internal_calls.entry(key).or_default().push(def),
                REPLACES => replacements.entry(key).or_default().push(def),
                _ => drop(calls.insert(def, key)),
            }
        }
        let replaced_names = replacements.keys().map(|(_, method)| method.clone()).collect();
        Ok(Runtime { assembly, internal_calls, replacements, replaced_names, calls, helpers: HashMap::new() })
    }

    /// Whether the runtime replaces some method named `method` (of some type).
    pub fn replaces_name(&self, method: &str) -> bool {
        self.replaced_names.contains(method)
    }

    /// The runtime's implementations of the internal call or P/Invoke `type_name::method`.
    pub fn internal_call(&self, type_name: &str, method: &str) -> &[MethodDefId] {
        self.internal_calls.get(&(type_name.to_owned(), method.to_owned())).map_or(&[], |v| v.as_slice())
    }

    /// The runtime's replacements of the IL method `type_name::method`.
    pub fn replacement(&self, type_name: &str, method: &str) -> &[MethodDefId] {
        self.replacements.get(&(type_name.to_owned(), method.to_owned())).map_or(&[], |v| v.as_slice())
    }

    /// The CoreLib method a runtime `[Calls]` declaration stands for: the static method of that name with as many
    /// parameters as the declaration.
    pub fn call_target(&self, ts: &mut TypeSystem, declaration: MethodId) -> Result<Option<MethodId>, Unsupported> {
        let Some((type_name, method)) = self.calls.get(&ts.method(declaration).def).cloned() else { return Ok(None) };
        let missing =
            || Unsupported::new(codes::CALL, format!("[Calls] names {type_name}::{method}, which CoreLib lacks"));
        let params = ts.method_sig(declaration)?.params.len();
        let def = ts.world.find_type_def(ts.well_known.corelib, &type_name, 0).map_err(|_| missing())?;
        let ty = ts.def_type(def)?;
        for candidate in ts.find_methods_named(ty, &method)? {
            let data = ts.method(candidate);
            if data.flags.is_static() && ts.method_sig(candidate)?.params.len() == params {
                return Ok(Some(candidate));
            }
        }
        Err(missing())
    }

    /// A helper method, found by name on first use.
    pub fn helper(&mut self, ts: &mut TypeSystem, helper: Helper) -> Result<MethodId, Unsupported> {
        if let Some(m) = self.helpers.get(&helper) {
            return Ok(*m);
        }
        let (class, method) = helper.name();
        let missing = || Unsupported::new(codes::CALL, format!("the runtime has no helper {class}::{method}"));
        let def = ts.world.find_type_def(self.assembly, class, 0).map_err(|_| missing())?;
        let ty = ts.def_type(def)?;
        let m = ts.method_named(ty, method)?.ok_or_else(missing)?;
        self.helpers.insert(helper, m);
        Ok(m)
    }
}
