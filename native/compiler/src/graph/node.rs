//! The kinds of node in the dependency graph. A node is something the image may contain (code, a MethodTable,
//! statics, a string) or a fact that makes other nodes needed (a virtual slot is called, an interface method is
//! called, a type is constructed).

use crate::ir::Symbol;
use wasmr2r_typesystem::{FieldDefId, MethodDefId, MethodId, TypeId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    /// The image's start-up function: runs the runtime's initialization, Main's class constructor and Main.
    Entry,
    /// A method's code (compiled from IL, provided by the runtime or the compiler, or a stub).
    Method(MethodId),
    /// The entry of a value type's virtual method for a boxed receiver.
    UnboxingStub(MethodId),
    /// A method's pass-one function (exception dispatch's first pass), imported with the method.
    PassOne(MethodId),
    /// A type's MethodTable, for casts, `typeof` and type handles.
    TypeHandle(TypeId),
    /// Instances of the type exist: its vtable entries are needed for the slots that are called.
    Constructed(TypeId),
    /// Objects of the class or of a class derived from it may exist (a type with it among its ancestors is
    /// constructed), so its instance methods can run on one.
    Instance(TypeId),
    /// The body of an instance method of a class, imported once an instance may exist (`Instance`). Until then
    /// the only way to run the method is on a null reference, so its code raises NullReferenceException.
    InstanceBody(MethodId),
    /// A virtual slot (named by the method that introduced it) is called through the vtable.
    VirtualSlot(MethodId),
    /// An interface method is called through an interface.
    InterfaceMethod(MethodId),
    /// An interface method of a variant generic interface is called: every instantiation of it counts, since a
    /// call through `IEnumerable<object>` may land on an object that implements `IEnumerable<string>`.
    VariantInterfaceMethod(MethodDefId),
    /// A generic virtual method instantiation is called (the method is the slot's declaration, instantiated).
    GenericVirtual(MethodId),
    /// A type's static fields, those holding references (`gc`) or the rest.
    Statics { ty: TypeId, gc: bool },
    /// A type's class constructor has to be triggered (its flag and the constructor).
    ClassInit(TypeId),
    /// A string literal (index in the literal table).
    String(u32),
    /// The initial data of a static field with RVA.
    RvaData(FieldDefId),
    /// A Wasm function type used by `call_indirect` (index in the signature table).
    Signature(u32),
    /// The table of every GC statics block, which the collector scans as roots. Built after marking, from the
    /// marked `Statics { gc: true }` nodes.
    GcRoots,
    /// The table of every string literal, which `string.Intern` starts from (literals are interned). Built after
    /// marking, from the marked `String` nodes.
    StringLiterals,
    /// The table of the assemblies' display names (`data::assembly_names`), which Type.FullName reads.
    AssemblyNames,
    /// An object of a class without instance fields, made at compile time and held in the image as string literals
    /// are: the default comparers (`EqualityComparer<T>.Default`), which the image's statics point at already, so
    /// code may use the object without calling the getter (`import::comparers`).
    PreallocatedObject(TypeId),
}

impl Node {
    /// The symbol code refers to the node by, for nodes that are something in the image.
    pub fn symbol(self) -> Option<Symbol> {
        Some(match self {
            Node::Method(m) => Symbol::Method(m),
            Node::UnboxingStub(m) => Symbol::UnboxingStub(m),
            Node::PassOne(m) => Symbol::PassOne(m),
            Node::TypeHandle(t) => Symbol::MethodTable(t),
            Node::Statics { ty, gc } => Symbol::Statics { ty, gc },
            Node::ClassInit(t) => Symbol::ClassInitFlag(t),
            Node::String(s) => Symbol::String(s),
            Node::RvaData(f) => Symbol::RvaData(f),
            Node::Signature(s) => Symbol::Signature(s),
            Node::GenericVirtual(m) => Symbol::GvmTable(m),
            Node::GcRoots => Symbol::GcRoots,
            Node::StringLiterals => Symbol::StringLiterals,
            Node::AssemblyNames => Symbol::AssemblyNames,
            Node::PreallocatedObject(t) => Symbol::PreallocatedObject(t),
            _ => return None,
        })
    }

    /// A short name of the kind, for the map.
    pub fn kind(self) -> &'static str {
        match self {
            Node::Entry => "entry",
            Node::Method(_) => "method",
            Node::UnboxingStub(_) => "unboxing stub",
            Node::PassOne(_) => "pass-one function",
            Node::TypeHandle(_) => "type handle",
            Node::Constructed(_) => "constructed type",
            Node::Instance(_) => "instances may exist",
            Node::InstanceBody(_) => "instance method body",
            Node::VirtualSlot(_) => "virtual slot use",
            Node::InterfaceMethod(_) => "interface method use",
            Node::VariantInterfaceMethod(_) => "variant interface method use",
            Node::GenericVirtual(_) => "generic virtual method use",
            Node::Statics { gc: true, .. } => "GC statics",
            Node::Statics { gc: false, .. } => "statics",
            Node::ClassInit(_) => "class constructor trigger",
            Node::String(_) => "string literal",
            Node::RvaData(_) => "field RVA data",
            Node::Signature(_) => "call signature",
            Node::GcRoots => "GC roots table",
            Node::StringLiterals => "string literal table",
            Node::AssemblyNames => "assembly name table",
            Node::PreallocatedObject(_) => "preallocated object",
        }
    }
}
