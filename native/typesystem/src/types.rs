//! Interned type descriptions: every type the compilation talks about — definitions and their generic
//! instantiations, arrays, pointers, byrefs, function pointers and (in open signatures) generic parameters —
//! is one [`TypeId`], equal exactly when the types are identical. Built from signatures through the reader's
//! `SignatureProvider` (`sig`), never from text.

use crate::defs::{FieldDefId, MethodDefId, TypeDefId};
use crate::error::TypeError;
use crate::flags::{FieldAttributes, MethodAttributes, MethodImplAttributes, TypeAttributes};
use crate::world::World;
use std::collections::HashMap;
use std::sync::Arc;
use wasmr2r_metadata::{PrimitiveType, SignatureHeader, TableId, TypeDefRow};

/// A type, interned: two `TypeId`s are equal exactly when the types are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// A method (of a possibly instantiated type, possibly with its own instantiation), interned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MethodId(pub u32);

/// A field of a possibly instantiated type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldId {
    pub owner: TypeId,
    pub def: FieldDefId,
}

/// What makes a type this type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKey {
    /// A TypeDef used as is (non-generic, or a generic definition named without arguments).
    Def(TypeDefId),
    /// A generic type definition instantiated with arguments.
    Inst(TypeDefId, Box<[TypeId]>),
    SzArray(TypeId),
    /// A general array of `rank` dimensions (sizes and lower bounds in a signature do not make another type).
    Array(TypeId, u32),
    Pointer(TypeId),
    ByRef(TypeId),
    FnPtr(Box<FnSig>),
    /// Generic parameter `n` of the enclosing type (only in open signatures).
    Var(u32),
    /// Generic parameter `n` of the enclosing method (only in open signatures).
    MVar(u32),
}

/// A function pointer's signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FnSig {
    pub header: u8,
    pub ret: TypeId,
    pub params: Box<[TypeId]>,
}

/// What kind of type it is, decided once when it is interned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Void,
    /// A CoreLib primitive (`System.Int32`, `System.IntPtr`...), a value type with special storage.
    Primitive(PrimitiveType),
    /// A reference type that is neither an array nor an interface (including `System.String`, `System.Object`,
    /// `System.ValueType` and `System.Enum` themselves).
    Class,
    /// A value type (a struct, `Nullable<T>`, `System.TypedReference`).
    ValueType,
    /// An enum: stored as its underlying primitive.
    Enum(PrimitiveType),
    Interface,
    SzArray(TypeId),
    Array(TypeId, u32),
    Pointer(TypeId),
    ByRef(TypeId),
    FnPtr,
    GenericParam,
}

/// Everything the type system knows about a type without computing a layout.
#[derive(Clone, Debug)]
pub struct TypeData {
    pub key: TypeKey,
    pub kind: Kind,
    /// The TypeDef of a `Def` or `Inst`.
    pub def: Option<TypeDefId>,
    /// The type arguments of an `Inst` (empty otherwise).
    pub args: Box<[TypeId]>,
    pub flags: TypeAttributes,
    /// How deeply generic instantiations nest in it (0 for a non-generic type), to stop runaway recursion.
    pub depth: u32,
}

impl TypeData {
    /// A value of the type is an object reference (classes, interfaces, arrays).
    pub fn is_reference(&self) -> bool {
        matches!(self.kind, Kind::Class | Kind::Interface | Kind::SzArray(_) | Kind::Array(..))
    }
    /// A value type stored inline (primitives, enums, structs).
    pub fn is_value_type(&self) -> bool {
        matches!(self.kind, Kind::Primitive(_) | Kind::ValueType | Kind::Enum(_))
    }
}

/// A method's signature in the context of its instantiation: the types are concrete.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MethodSig {
    pub header: SignatureHeader,
    pub generic_count: u32,
    pub ret: TypeId,
    pub params: Vec<TypeId>,
}

impl MethodSig {
    pub fn has_this(&self) -> bool {
        self.header.has_this()
    }
}

/// Everything the type system knows about a method without reading its body.
#[derive(Clone, Debug)]
pub struct MethodData {
    pub def: MethodDefId,
    /// The (instantiated) type that declares it.
    pub owner: TypeId,
    /// The method's own type arguments (empty unless it is a generic method instantiation).
    pub inst: Box<[TypeId]>,
    pub name: Arc<str>,
    pub flags: MethodAttributes,
    pub impl_flags: MethodImplAttributes,
    /// RVA of the IL body; 0 when it has none.
    pub rva: u32,
    /// The number of generic parameters the definition declares.
    pub generic_params: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct MethodKey {
    def: MethodDefId,
    owner: TypeId,
    inst: Box<[TypeId]>,
}

/// Instantiations nested deeper than this are a runaway generic recursion (`M<T>` calling `M<List<T>>`).
pub const MAX_GENERIC_DEPTH: u32 = 16;

/// The CoreLib types the rules of the CLI single out.
#[derive(Clone, Debug)]
pub struct WellKnown {
    pub corelib: u32,
    pub object: TypeId,
    pub string: TypeId,
    pub value_type: TypeId,
    pub enum_: TypeId,
    pub array: TypeId,
    pub void: TypeId,
    pub nullable: TypeDefId,
    pub delegate: TypeId,
    pub multicast_delegate: TypeId,
    pub typed_reference: TypeId,
}

/// The interned types and methods of one compilation, with the caches built on them (layouts, vtables).
pub struct TypeSystem<'w> {
    pub world: &'w World,
    types: Vec<TypeData>,
    type_ids: HashMap<TypeKey, TypeId>,
    methods: Vec<MethodData>,
    method_ids: HashMap<MethodKey, MethodId>,
    method_sigs: HashMap<MethodId, Arc<MethodSig>>,
    /// Signatures of method definitions in open form (generic parameters as `Var`/`MVar`), for matching
    /// member references and overrides.
    open_sigs: HashMap<MethodDefId, Arc<MethodSig>>,
    primitives: HashMap<TypeDefId, PrimitiveType>,
    primitive_ids: HashMap<PrimitiveType, TypeId>,
    pub well_known: WellKnown,
    pub(crate) caches: crate::layout::Caches,
    pub(crate) vtables: crate::vtable::Caches,
    /// Each assembly's resource strings (`resource_string`), read on first use.
    resource_strings: HashMap<u32, Option<Arc<HashMap<String, String>>>>,
}

const PRIMITIVES: [PrimitiveType; 15] = [
    PrimitiveType::Void,
    PrimitiveType::Boolean,
    PrimitiveType::Char,
    PrimitiveType::SByte,
    PrimitiveType::Byte,
    PrimitiveType::Int16,
    PrimitiveType::UInt16,
    PrimitiveType::Int32,
    PrimitiveType::UInt32,
    PrimitiveType::Int64,
    PrimitiveType::UInt64,
    PrimitiveType::Single,
    PrimitiveType::Double,
    PrimitiveType::IntPtr,
    PrimitiveType::UIntPtr,
];

impl<'w> TypeSystem<'w> {
    /// The type system over `world`, whose core library (`System.Private.CoreLib`) must be among its assemblies.
    pub fn new(world: &'w World) -> Result<Self, TypeError> {
        let corelib = world
            .find("System.Private.CoreLib")
            .ok_or_else(|| TypeError::MissingAssembly("System.Private.CoreLib".into()))?;
        let def = |name: &str| world.find_type_def(corelib, name, 0);
        let mut primitives = HashMap::new();
        for p in PRIMITIVES {
            primitives.insert(def(p.full_name())?, p);
        }
        let placeholder = TypeId(0);
        let mut ts = TypeSystem {
            world,
            types: Vec::new(),
            type_ids: HashMap::new(),
            methods: Vec::new(),
            method_ids: HashMap::new(),
            method_sigs: HashMap::new(),
            open_sigs: HashMap::new(),
            primitives,
            primitive_ids: HashMap::new(),
            well_known: WellKnown {
                corelib,
                object: placeholder,
                string: placeholder,
                value_type: placeholder,
                enum_: placeholder,
                array: placeholder,
                void: placeholder,
                nullable: def("System.Nullable`1")?,
                delegate: placeholder,
                multicast_delegate: placeholder,
                typed_reference: placeholder,
            },
            caches: Default::default(),
            vtables: Default::default(),
            resource_strings: HashMap::new(),
        };
        // System.Object first, so that every other type can find its parent's kind.
        ts.well_known.object = ts.def_type(def("System.Object")?)?;
        ts.well_known.value_type = ts.def_type(def("System.ValueType")?)?;
        ts.well_known.enum_ = ts.def_type(def("System.Enum")?)?;
        ts.well_known.string = ts.def_type(def("System.String")?)?;
        ts.well_known.array = ts.def_type(def("System.Array")?)?;
        ts.well_known.delegate = ts.def_type(def("System.Delegate")?)?;
        ts.well_known.multicast_delegate = ts.def_type(def("System.MulticastDelegate")?)?;
        ts.well_known.typed_reference = ts.def_type(def("System.TypedReference")?)?;
        for p in PRIMITIVES {
            let id = ts.def_type(def(p.full_name())?)?;
            ts.primitive_ids.insert(p, id);
        }
        ts.well_known.void = ts.primitive_ids[&PrimitiveType::Void];
        Ok(ts)
    }

    pub fn ty(&self, id: TypeId) -> &TypeData {
        &self.types[id.0 as usize]
    }

    pub fn type_count(&self) -> usize {
        self.types.len()
    }

    pub fn method(&self, id: MethodId) -> &MethodData {
        &self.methods[id.0 as usize]
    }

    pub fn method_count(&self) -> usize {
        self.methods.len()
    }

    /// The `TypeId` of a primitive (`Void` included; `String` and `Object` are the well-known classes).
    pub fn primitive(&self, p: PrimitiveType) -> TypeId {
        match p {
            PrimitiveType::String => self.well_known.string,
            PrimitiveType::Object => self.well_known.object,
            PrimitiveType::TypedReference => self.well_known.typed_reference,
            _ => self.primitive_ids[&p],
        }
    }

    /// The primitive a CoreLib TypeDef is, if it is one.
    pub fn primitive_of_def(&self, def: TypeDefId) -> Option<PrimitiveType> {
        self.primitives.get(&def).copied()
    }

    /// Interns `key`.
    pub fn intern(&mut self, key: TypeKey) -> Result<TypeId, TypeError> {
        if let Some(id) = self.type_ids.get(&key) {
            return Ok(*id);
        }
        let data = self.describe(&key)?;
        if data.depth > MAX_GENERIC_DEPTH {
            return Err(TypeError::Unsupported(format!(
                "generic instantiations nested more than {MAX_GENERIC_DEPTH} deep (a recursive generic type or method)"
            )));
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(data);
        self.type_ids.insert(key, id);
        Ok(id)
    }

    pub fn def_type(&mut self, def: TypeDefId) -> Result<TypeId, TypeError> {
        self.intern(TypeKey::Def(def))
    }

    pub fn inst_type(&mut self, def: TypeDefId, args: &[TypeId]) -> Result<TypeId, TypeError> {
        if args.is_empty() {
            return self.def_type(def);
        }
        self.intern(TypeKey::Inst(def, args.into()))
    }

    pub fn sz_array(&mut self, element: TypeId) -> Result<TypeId, TypeError> {
        self.intern(TypeKey::SzArray(element))
    }

    pub fn md_array(&mut self, element: TypeId, rank: u32) -> Result<TypeId, TypeError> {
        self.intern(TypeKey::Array(element, rank))
    }

    pub fn pointer(&mut self, element: TypeId) -> Result<TypeId, TypeError> {
        self.intern(TypeKey::Pointer(element))
    }

    pub fn by_ref(&mut self, element: TypeId) -> Result<TypeId, TypeError> {
        self.intern(TypeKey::ByRef(element))
    }

    /// `Nullable<T>`.
    pub fn nullable(&mut self, t: TypeId) -> Result<TypeId, TypeError> {
        let def = self.well_known.nullable;
        self.inst_type(def, &[t])
    }

    /// The `T` of `Nullable<T>`, if `ty` is one.
    pub fn nullable_argument(&self, ty: TypeId) -> Option<TypeId> {
        let data = self.ty(ty);
        (data.def == Some(self.well_known.nullable) && data.args.len() == 1).then(|| data.args[0])
    }

    fn describe(&mut self, key: &TypeKey) -> Result<TypeData, TypeError> {
        let simple = |kind, depth| TypeData {
            key: key.clone(),
            kind,
            def: None,
            args: Box::new([]),
            flags: TypeAttributes::default(),
            depth,
        };
        Ok(match key {
            TypeKey::Def(def) => self.describe_def(key, *def, &[])?,
            TypeKey::Inst(def, args) => self.describe_def(key, *def, args)?,
            TypeKey::SzArray(e) => simple(Kind::SzArray(*e), self.ty(*e).depth),
            TypeKey::Array(e, rank) => {
                if *rank == 0 || *rank > 32 {
                    return Err(TypeError::Invalid(format!("an array of rank {rank}")));
                }
                simple(Kind::Array(*e, *rank), self.ty(*e).depth)
            }
            TypeKey::Pointer(e) => simple(Kind::Pointer(*e), self.ty(*e).depth),
            TypeKey::ByRef(e) => {
                if matches!(self.ty(*e).kind, Kind::ByRef(_)) {
                    return Err(TypeError::Invalid("a byref to a byref".into()));
                }
                simple(Kind::ByRef(*e), self.ty(*e).depth)
            }
            TypeKey::FnPtr(sig) => {
                let depth = sig.params.iter().chain([&sig.ret]).map(|t| self.ty(*t).depth).max().unwrap_or(0);
                simple(Kind::FnPtr, depth)
            }
            TypeKey::Var(_) | TypeKey::MVar(_) => simple(Kind::GenericParam, 0),
        })
    }

    fn describe_def(&mut self, key: &TypeKey, def: TypeDefId, args: &[TypeId]) -> Result<TypeData, TypeError> {
        let row: TypeDefRow = self.world.type_def_row(def)?;
        let flags = TypeAttributes(row.flags);
        let params = self.generic_param_count(def)?;
        if !args.is_empty() && args.len() as u32 != params {
            return Err(TypeError::Invalid(format!(
                "{} has {params} generic parameters but is instantiated with {}",
                self.world.type_def_name(def),
                args.len()
            )));
        }
        if args.iter().any(|a| matches!(self.ty(*a).kind, Kind::ByRef(_) | Kind::Void)) {
            return Err(TypeError::Invalid(format!(
                "{} instantiated over a byref or void",
                self.world.type_def_name(def)
            )));
        }
        let kind = if let Some(p) = self.primitives.get(&def) {
            if *p == PrimitiveType::Void { Kind::Void } else { Kind::Primitive(*p) }
        } else if flags.is_interface() {
            Kind::Interface
        } else if def.assembly == self.well_known.corelib && self.is_corelib_special_value_type(def) {
            Kind::ValueType
        } else {
            self.kind_from_parent(def, &row)?
        };
        let depth = args.iter().map(|a| self.ty(*a).depth + 1).max().unwrap_or(0);
        Ok(TypeData { key: key.clone(), kind, def: Some(def), args: args.into(), flags, depth })
    }

    /// `System.TypedReference` and friends derive from ValueType like any struct; nothing special today, but
    /// the hook keeps the classification in one place.
    fn is_corelib_special_value_type(&self, _def: TypeDefId) -> bool {
        false
    }

    /// Class, value type or enum, from what the TypeDef extends: a type deriving from `System.ValueType` is a
    /// value type and one deriving from `System.Enum` an enum, except `System.Enum` itself, which is a class.
    fn kind_from_parent(&mut self, def: TypeDefId, row: &TypeDefRow) -> Result<Kind, TypeError> {
        if row.extends.is_nil() || row.extends.table() == Some(TableId::TypeSpec) {
            return Ok(Kind::Class);
        }
        let parent = self.world.resolve_type_def(def.assembly, row.extends)?;
        let corelib = self.well_known.corelib;
        if parent.assembly != corelib {
            return Ok(Kind::Class);
        }
        let name = self.world.type_def_name(parent);
        let own = self.world.type_def_name(def);
        Ok(match name.as_str() {
            "System.ValueType" if !(def.assembly == corelib && own == "System.Enum") => Kind::ValueType,
            "System.Enum" => Kind::Enum(self.enum_underlying(def)?),
            _ => Kind::Class,
        })
    }

    /// The primitive under an enum: the type of its one instance field.
    fn enum_underlying(&self, def: TypeDefId) -> Result<PrimitiveType, TypeError> {
        let a = self.world.assembly(def.assembly);
        for field in self.world.type_def_fields(def)? {
            let row = self.world.field_row(field)?;
            if FieldAttributes(row.flags).is_static() {
                continue;
            }
            let mut sig = a.blob(row.signature, "field signature")?;
            sig.u8()?;
            let code = sig.u8()?;
            if let Some(p) = PrimitiveType::from_element_type(code)
                && matches!(
                    p,
                    PrimitiveType::Boolean
                        | PrimitiveType::Char
                        | PrimitiveType::SByte
                        | PrimitiveType::Byte
                        | PrimitiveType::Int16
                        | PrimitiveType::UInt16
                        | PrimitiveType::Int32
                        | PrimitiveType::UInt32
                        | PrimitiveType::Int64
                        | PrimitiveType::UInt64
                        | PrimitiveType::IntPtr
                        | PrimitiveType::UIntPtr
                )
            {
                return Ok(p);
            }
            return Err(TypeError::Invalid(format!(
                "enum {} has an instance field that is not an integer",
                self.world.type_def_name(def)
            )));
        }
        Err(TypeError::Invalid(format!("enum {} has no instance field", self.world.type_def_name(def))))
    }

    /// The message a library's `SR` class finds under `key` in the assembly's string resources (CoreLib's
    /// `System.Private.CoreLib.Strings.resources`, a library's `FxResources.<Name>.SR.resources`), or None.
    pub fn resource_string(&mut self, assembly: u32, key: &str) -> Result<Option<String>, TypeError> {
        if !self.resource_strings.contains_key(&assembly) {
            let a = self.world.assembly(assembly);
            let mut strings = None;
            for name in a.embedded_resource_names()? {
                if name.ends_with(".SR.resources") || name.ends_with(".Strings.resources") {
                    if let Some(bytes) = a.embedded_resource(&name)? {
                        strings = Some(Arc::new(wasmr2r_metadata::resources::read_strings(bytes)?));
                    }
                    break;
                }
            }
            self.resource_strings.insert(assembly, strings);
        }
        Ok(self.resource_strings.get(&assembly).and_then(|s| s.as_ref()).and_then(|s| s.get(key).cloned()))
    }

    /// The number of generic parameters a TypeDef declares.
    pub fn generic_param_count(&self, def: TypeDefId) -> Result<u32, TypeError> {
        Ok(self.world.assembly(def.assembly).generic_params_of(def.token())?.len() as u32)
    }

    /// The number of generic parameters a MethodDef declares.
    pub fn method_generic_param_count(&self, def: MethodDefId) -> Result<u32, TypeError> {
        Ok(self.world.assembly(def.assembly).generic_params_of(def.token())?.len() as u32)
    }

    /// Interns a method: `def` declared by `owner` (an instantiation of `def`'s TypeDef), with the method's own
    /// type arguments `inst` (empty unless it is generic).
    pub fn method_of(&mut self, def: MethodDefId, owner: TypeId, inst: &[TypeId]) -> Result<MethodId, TypeError> {
        let key = MethodKey { def, owner, inst: inst.into() };
        if let Some(id) = self.method_ids.get(&key) {
            return Ok(*id);
        }
        let owner_def = self.world.method_owner(def)?;
        if self.ty(owner).def != Some(owner_def) {
            return Err(TypeError::Invalid(format!(
                "{} is not declared by {}",
                self.world.method_def_name(def),
                self.type_name(owner)
            )));
        }
        let generic_params = self.method_generic_param_count(def)?;
        if !inst.is_empty() && inst.len() as u32 != generic_params {
            return Err(TypeError::Invalid(format!(
                "{} has {generic_params} generic parameters but is instantiated with {}",
                self.world.method_def_name(def),
                inst.len()
            )));
        }
        let depth = inst.iter().map(|t| self.ty(*t).depth + 1).max().unwrap_or(0);
        if depth > MAX_GENERIC_DEPTH {
            return Err(TypeError::Unsupported(format!(
                "generic method instantiations nested more than {MAX_GENERIC_DEPTH} deep (a recursive generic method)"
            )));
        }
        let row = self.world.method_def_row(def)?;
        let name: Arc<str> = self.world.assembly(def.assembly).string(row.name)?.into();
        let data = MethodData {
            def,
            owner,
            inst: inst.into(),
            name,
            flags: MethodAttributes(row.flags),
            impl_flags: MethodImplAttributes(row.impl_flags),
            rva: row.rva,
            generic_params,
        };
        let id = MethodId(self.methods.len() as u32);
        self.methods.push(data);
        self.method_ids.insert(key, id);
        Ok(id)
    }

    /// The method `def` of `owner` without method type arguments (a generic method definition stays open).
    pub fn method_def_on(&mut self, def: MethodDefId, owner: TypeId) -> Result<MethodId, TypeError> {
        self.method_of(def, owner, &[])
    }

    /// The same method with other method type arguments.
    pub fn instantiate_method(&mut self, method: MethodId, inst: &[TypeId]) -> Result<MethodId, TypeError> {
        let m = self.method(method);
        let (def, owner) = (m.def, m.owner);
        self.method_of(def, owner, inst)
    }

    /// The method's signature with its type and method arguments substituted.
    pub fn method_sig(&mut self, method: MethodId) -> Result<Arc<MethodSig>, TypeError> {
        if let Some(sig) = self.method_sigs.get(&method) {
            return Ok(sig.clone());
        }
        let m = self.method(method).clone();
        let type_args = self.context_args(m.owner)?;
        // A generic method named without type arguments keeps its parameters open (`!!n`).
        let method_args: Box<[TypeId]> = if m.inst.is_empty() && m.generic_params > 0 {
            (0..m.generic_params).map(|i| self.intern(TypeKey::MVar(i))).collect::<Result<_, _>>()?
        } else {
            m.inst.clone()
        };
        let ctx = crate::sig::GenericContext::new(&type_args, &method_args);
        let sig = Arc::new(self.decode_method_def_sig(m.def, &ctx)?);
        self.method_sigs.insert(method, sig.clone());
        Ok(sig)
    }

    /// The signature of a MethodDef with generic parameters left open (as `Var`/`MVar`).
    pub fn open_method_sig(&mut self, def: MethodDefId) -> Result<Arc<MethodSig>, TypeError> {
        if let Some(sig) = self.open_sigs.get(&def) {
            return Ok(sig.clone());
        }
        let sig = Arc::new(self.decode_method_def_sig(def, &crate::sig::GenericContext::Open)?);
        self.open_sigs.insert(def, sig.clone());
        Ok(sig)
    }

    fn decode_method_def_sig(
        &mut self,
        def: MethodDefId,
        ctx: &crate::sig::GenericContext,
    ) -> Result<MethodSig, TypeError> {
        let row = self.world.method_def_row(def)?;
        let mut blob = self.world.assembly(def.assembly).blob(row.signature, "method signature")?;
        self.decode_method_sig(def.assembly, &mut blob, ctx)
    }

    /// The type of a field, with its owner's type arguments substituted.
    pub fn field_type(&mut self, field: FieldId) -> Result<TypeId, TypeError> {
        if let Some(t) = self.caches.field_types.get(&field) {
            return Ok(*t);
        }
        let row = self.world.field_row(field.def)?;
        let mut blob = self.world.assembly(field.def.assembly).blob(row.signature, "field signature")?;
        let args = self.context_args(field.owner)?;
        let ctx = crate::sig::GenericContext::new(&args, &[]);
        let ty = self.decode_field_sig(field.def.assembly, &mut blob, &ctx)?;
        self.caches.field_types.insert(field, ty);
        Ok(ty)
    }

    pub fn field_flags(&self, field: FieldId) -> Result<FieldAttributes, TypeError> {
        Ok(FieldAttributes(self.world.field_row(field.def)?.flags))
    }

    /// The TypeDef's parent type in the context of `ty`'s instantiation (`None` for `System.Object`,
    /// interfaces and non-definitions).
    pub fn base_type(&mut self, ty: TypeId) -> Result<Option<TypeId>, TypeError> {
        if let Some(b) = self.caches.base_types.get(&ty) {
            return Ok(*b);
        }
        let data = self.ty(ty).clone();
        let base = match data.kind {
            Kind::SzArray(_) | Kind::Array(..) => Some(self.well_known.array),
            Kind::Interface | Kind::Pointer(_) | Kind::ByRef(_) | Kind::FnPtr | Kind::GenericParam | Kind::Void => None,
            _ => match data.def {
                Some(def) => {
                    let row = self.world.type_def_row(def)?;
                    if row.extends.is_nil() {
                        None
                    } else {
                        let args = self.context_args(ty)?;
                        let ctx = crate::sig::GenericContext::new(&args, &[]);
                        Some(self.resolve_type_token(def.assembly, row.extends, &ctx)?)
                    }
                }
                None => None,
            },
        };
        self.caches.base_types.insert(ty, base);
        Ok(base)
    }

    /// What the generic parameters of `ty`'s definition stand for in its members' signatures: its type arguments,
    /// or for a generic definition named without arguments (`typeof(List<>)`), the parameters themselves (`!n`).
    pub fn context_args(&mut self, ty: TypeId) -> Result<Box<[TypeId]>, TypeError> {
        let data = self.ty(ty);
        match data.def {
            Some(def) if data.args.is_empty() => {
                let count = self.generic_param_count(def)?;
                (0..count).map(|i| self.intern(TypeKey::Var(i))).collect()
            }
            _ => Ok(data.args.clone()),
        }
    }

    /// Whether `ty` is a generic definition without arguments, or has a generic parameter among its arguments or as
    /// its element type (`T[]`, `List<T>[]`): it names no type an object can have (`typeof(List<>)`), so it has no
    /// layout or vtable.
    pub fn is_open(&self, ty: TypeId) -> bool {
        let data = self.ty(ty);
        let bare_generic =
            data.def.is_some_and(|d| data.args.is_empty() && self.generic_param_count(d).unwrap_or(0) > 0);
        bare_generic
            || matches!(data.kind, Kind::GenericParam)
            || data.args.iter().any(|a| self.is_open(*a))
            || self.element_type(ty).is_some_and(|e| self.is_open(e))
    }

    /// Whether `ty` is `System.Object`.
    pub fn is_object(&self, ty: TypeId) -> bool {
        ty == self.well_known.object
    }

    /// The element type of a byref, pointer or array.
    pub fn element_type(&self, ty: TypeId) -> Option<TypeId> {
        match self.ty(ty).kind {
            Kind::SzArray(e) | Kind::Array(e, _) | Kind::Pointer(e) | Kind::ByRef(e) => Some(e),
            _ => None,
        }
    }

    /// Whether `ty` is a delegate type (derives from `System.MulticastDelegate`).
    pub fn is_delegate(&mut self, ty: TypeId) -> Result<bool, TypeError> {
        let mut current = self.base_type(ty)?;
        while let Some(b) = current {
            if b == self.well_known.multicast_delegate {
                return Ok(true);
            }
            current = self.base_type(b)?;
        }
        Ok(false)
    }

    /// Whether `ty` is a `ref struct` (IsByRefLikeAttribute).
    pub fn is_byref_like(&self, ty: TypeId) -> bool {
        let data = self.ty(ty);
        matches!(data.kind, Kind::ValueType)
            && data.def.is_some_and(|d| {
                self.world.has_attribute(d.assembly, d.token(), "System.Runtime.CompilerServices.IsByRefLikeAttribute")
            })
    }

    /// All methods interned so far, in interning order.
    pub fn methods(&self) -> impl Iterator<Item = (MethodId, &MethodData)> {
        self.methods.iter().enumerate().map(|(i, m)| (MethodId(i as u32), m))
    }
}
