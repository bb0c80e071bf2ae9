//! Data nodes: the bytes and relocations of MethodTables, statics, class-constructor flags, string literals and
//! generic-virtual dispatch tables (`abi` fixes their formats). Built after marking, from the graph and the type
//! system; relocations name compiler symbols, which `driver` maps to the image's.

use crate::abi::{self, method_table as mt};
use crate::env::{Unsupported, codes};
use crate::graph::{self, Graph, Node};
use crate::ir::Symbol;
use std::collections::{BTreeSet, HashMap};
use wasmr2r_image::DataRelocKind;
use wasmr2r_metadata::PrimitiveType;
use wasmr2r_typesystem::{Kind, MethodId, StaticSlot, TypeId, TypeKey, TypeSystem, flags::Variance};

/// A data node in compiler terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Data {
    pub bytes: Vec<u8>,
    pub align: u32,
    pub relocs: Vec<DataReloc>,
}

/// A u32 in a data node that becomes a symbol's address (plus `addend`) or a function's table index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataReloc {
    pub offset: u32,
    pub kind: DataRelocKind,
    pub symbol: Symbol,
    pub addend: i32,
}

/// Builds a data node word by word.
struct Words {
    bytes: Vec<u8>,
    relocs: Vec<DataReloc>,
}

impl Words {
    fn new() -> Self {
        Words { bytes: Vec::new(), relocs: Vec::new() }
    }
    fn at(&self) -> u32 {
        self.bytes.len() as u32
    }
    fn u32(&mut self, value: u32) {
        self.bytes.extend(value.to_le_bytes());
    }
    fn address(&mut self, symbol: Symbol, addend: i32) {
        self.relocs.push(DataReloc { offset: self.at(), kind: DataRelocKind::Address, symbol, addend });
        self.u32(0);
    }
    /// A pointer to a later position of this node (patched by `point_here`).
    fn forward(&mut self, this: Symbol) -> usize {
        self.relocs.push(DataReloc { offset: self.at(), kind: DataRelocKind::Address, symbol: this, addend: 0 });
        self.u32(0);
        self.relocs.len() - 1
    }
    fn point_here(&mut self, reloc: usize) {
        self.relocs[reloc].addend = self.at() as i32;
    }
    fn table_index(&mut self, symbol: Symbol) {
        self.relocs.push(DataReloc { offset: self.at(), kind: DataRelocKind::TableIndex, symbol, addend: 0 });
        self.u32(0);
    }
    fn finish(self, align: u32) -> Data {
        Data { bytes: self.bytes, align, relocs: self.relocs }
    }
}

/// A string object: MethodTable, sync word, length, UTF-16 code units and a NUL (as the runtime allocates them).
pub fn string_literal(ts: &TypeSystem, text: &[u16]) -> Data {
    let mut w = Words::new();
    w.address(Symbol::MethodTable(ts.well_known.string), 0);
    w.u32(0);
    w.u32(text.len() as u32);
    for unit in text.iter().chain([&0]) {
        w.bytes.extend(unit.to_le_bytes());
    }
    w.finish(8)
}

/// An object of class `ty` (which has no instance fields) made at compile time: MethodTable, sync word, zeroes.
pub fn preallocated_object(ts: &mut TypeSystem, ty: TypeId) -> Result<Data, Unsupported> {
    let size = ts.instance_layout(ty)?.size;
    let mut w = Words::new();
    w.address(Symbol::MethodTable(ty), 0);
    w.bytes.resize(size.max(abi::object::HEADER_SIZE) as usize, 0);
    Ok(w.finish(8))
}

/// A type's static block: zeroes, except `String.Empty`, which points at the "" literal, and the default comparers'
/// `defaultComparer`, which points at the preallocated comparer (`import::comparers`).
pub fn statics(ts: &mut TypeSystem, graph: &mut Graph, ty: TypeId, gc: bool) -> Result<Data, Unsupported> {
    let layout = ts.static_layout(ty)?;
    let block = if gc { &layout.gc } else { &layout.non_gc };
    let mut w = Words::new();
    w.bytes.resize(block.size.max(1) as usize, 0);
    if gc && ty == ts.well_known.string {
        for slot in &block.fields {
            if ts.world.field_def_name(slot.field.def) == "Empty" {
                let empty = graph.string_literal(&[]);
                w.relocs.push(DataReloc {
                    offset: slot.offset,
                    kind: DataRelocKind::Address,
                    symbol: Symbol::String(empty),
                    addend: 0,
                });
            }
        }
    }
    // What a constant-only class constructor stores is there from the start (`preinit`).
    for (field, value) in crate::preinit::constant_statics(ts, ty)?.unwrap_or_default() {
        if let StaticSlot::Block { gc: in_gc, offset } = ts.static_slot(field)?
            && in_gc == gc
        {
            let field_type = ts.field_type(field)?;
            let bytes = crate::preinit::field_bytes(ts, field_type, value)?;
            w.bytes[offset as usize..offset as usize + bytes.len()].copy_from_slice(&bytes);
        }
    }
    if gc && let Some(object) = crate::import::comparers::preallocated_default(ts, ty)? {
        for slot in block.fields.iter().filter(|slot| ts.world.field_def_name(slot.field.def) == "defaultComparer") {
            w.relocs.push(DataReloc {
                offset: slot.offset,
                kind: DataRelocKind::Address,
                symbol: Symbol::PreallocatedObject(object),
                addend: 0,
            });
        }
    }
    Ok(w.finish(block.align.max(4)))
}

/// The collector's static roots (`Symbol::GcRoots`): `u32 count`, then `{address, size}` of every marked GC
/// statics block, in marking order. Built after marking, when the set of statics is final.
pub fn gc_roots(ts: &mut TypeSystem, graph: &Graph) -> Result<Data, Unsupported> {
    let mut blocks = Vec::new();
    for (_, node, _) in graph.nodes() {
        if let Node::Statics { ty, gc: true } = node {
            let size = ts.static_layout(ty)?.gc.size;
            if size > 0 {
                blocks.push((ty, size));
            }
        }
    }
    let mut w = Words::new();
    w.u32(blocks.len() as u32);
    for (ty, size) in blocks {
        w.address(Symbol::Statics { ty, gc: true }, 0);
        w.u32(size);
    }
    Ok(w.finish(4))
}

/// The image's string literals (`Symbol::StringLiterals`): `u32 count`, then the address of each marked literal,
/// in node order.
pub fn string_literals(graph: &Graph) -> Data {
    let literals: Vec<u32> =
        graph.nodes().filter_map(|(_, node, _)| if let Node::String(i) = node { Some(i) } else { None }).collect();
    let mut w = Words::new();
    w.u32(literals.len() as u32);
    for i in literals {
        w.address(Symbol::String(i), 0);
    }
    w.finish(4)
}

/// The image's assembly names (`Symbol::AssemblyNames`): `u32 count`, then per assembly of the compilation, in
/// `World` order (`mt::ASSEMBLY_SHIFT` indexes it), the address of its display name string ("Name, Version=...,
/// Culture=..., PublicKeyToken=..."): Type.FullName and AssemblyQualifiedName name them.
pub fn assembly_names(ts: &TypeSystem, graph: &mut Graph) -> Data {
    let names = graph::assembly_display_names(ts);
    let mut w = Words::new();
    w.u32(names.len() as u32);
    for name in names {
        let units: Vec<u16> = name.encode_utf16().collect();
        w.address(Symbol::String(graph.string_literal(&units)), 0);
    }
    w.finish(4)
}

/// A field's RVA data (array and span initializers, RVA statics), copied out of its assembly: as many bytes as
/// its type holds, 16-byte aligned (as the payload's sections were, so `Vector128` constants stay aligned). The image
/// carries no other part of an assembly than its metadata.
pub fn rva_data(ts: &mut TypeSystem, field: wasmr2r_typesystem::FieldDefId) -> Result<Data, Unsupported> {
    let owner = ts.def_type(ts.world.field_owner(field)?)?;
    let ty = ts.field_type(wasmr2r_typesystem::FieldId { owner, def: field })?;
    let size = ts.storage(ty)?.size;
    let name = ts.world.field_def_name(field);
    let invalid = |e: wasmr2r_metadata::Error| Unsupported::new(codes::FIELD, format!("RVA data of {name}: {e}"));
    let a = ts.world.assembly(field.assembly);
    let rows = a.rows_referring_to(wasmr2r_metadata::TableId::FieldRva, 1, field.token()).map_err(invalid)?;
    let row: wasmr2r_metadata::FieldRvaRow = if rows.start < rows.end {
        a.row(rows.start).map_err(invalid)?
    } else {
        return Err(Unsupported::new(codes::FIELD, format!("{name} has no RVA data")));
    };
    let offset = a.container().rva_to_offset(row.rva, size, "field RVA data").map_err(invalid)?;
    Ok(Data { bytes: a.data()[offset..offset + size as usize].to_vec(), align: 16, relocs: Vec::new() })
}

/// A generic virtual method's dispatch table: `u32 count`, then `{MethodTable*, table index}` per constructed type
/// that implements it.
pub fn generic_virtual_table(ts: &mut TypeSystem, graph: &Graph, decl: MethodId) -> Result<Data, Unsupported> {
    let mut entries = Vec::new();
    for t in graph.constructed.clone() {
        if let Some(imp) = graph::generic_virtual_implementation(ts, decl, t)? {
            let target = graph::implementation_node(ts, imp, ts.ty(t).is_value_type());
            if let Some(symbol) = target.symbol().filter(|_| graph.is_marked(target)) {
                entries.push((t, symbol));
            }
        }
    }
    let mut w = Words::new();
    w.u32(entries.len() as u32);
    for (t, symbol) in entries {
        w.address(Symbol::MethodTable(t), 0);
        w.table_index(symbol);
    }
    Ok(w.finish(4))
}

/// A type's MethodTable (`abi::method_table`): header words, the vtable (filled for constructed types with what
/// is called), then the interface map, the generic arguments and the GC descriptor it points to.
/// The interfaces a MethodTable lists (none for open types and types that are not objects' types).
pub fn listed_interfaces(ts: &mut TypeSystem, t: TypeId) -> Result<Vec<TypeId>, Unsupported> {
    let kind = ts.ty(t).kind;
    if ts.is_open(t)
        || matches!(kind, Kind::Pointer(_) | Kind::ByRef(_) | Kind::FnPtr | Kind::Void | Kind::GenericParam)
    {
        return Ok(Vec::new());
    }
    Ok(ts.interfaces(t)?.to_vec())
}

/// A color per interface for the interface tables (abi.md): two interfaces some type lists together never share
/// one, so a type's table has at most one interface per color. Greedy, in the order the types are given and their
/// interfaces listed (so the same graph always gives the same colors): each interface takes the smallest color
/// none of its already colored neighbours has.
pub fn interface_colors(ts: &mut TypeSystem, types: &[TypeId]) -> Result<HashMap<TypeId, u32>, Unsupported> {
    let mut order = Vec::new();
    let mut neighbours: HashMap<TypeId, BTreeSet<TypeId>> = HashMap::new();
    for t in types {
        let interfaces = listed_interfaces(ts, *t)?;
        for i in &interfaces {
            let entry = neighbours.entry(*i).or_insert_with(|| {
                order.push(*i);
                BTreeSet::new()
            });
            entry.extend(interfaces.iter().filter(|j| *j != i));
        }
    }
    let mut colors: HashMap<TypeId, u32> = HashMap::new();
    for i in order {
        let taken: BTreeSet<u32> = neighbours[&i].iter().filter_map(|j| colors.get(j).copied()).collect();
        let color = (0..).find(|c| !taken.contains(c)).unwrap_or_default();
        colors.insert(i, color);
    }
    Ok(colors)
}

pub fn method_table(
    ts: &mut TypeSystem,
    graph: &mut Graph,
    t: TypeId,
    colors: &HashMap<TypeId, u32>,
) -> Result<Data, Unsupported> {
    let this = Symbol::MethodTable(t);
    let data = ts.ty(t).clone();
    let constructed = graph.is_marked(Node::Constructed(t));
    let mut flags = match data.kind {
        Kind::Class if t == ts.well_known.string => mt::flags::KIND_STRING,
        Kind::Class => mt::flags::KIND_CLASS,
        Kind::ValueType if ts.nullable_argument(t).is_some() => mt::flags::KIND_NULLABLE,
        Kind::ValueType => mt::flags::KIND_VALUE_TYPE,
        Kind::Enum(p) => mt::flags::KIND_ENUM | (p as u32) << mt::flags::PRIMITIVE_SHIFT,
        Kind::Primitive(p) => mt::flags::KIND_PRIMITIVE | (p as u32) << mt::flags::PRIMITIVE_SHIFT,
        Kind::Interface => mt::flags::KIND_INTERFACE,
        Kind::SzArray(_) => mt::flags::KIND_SZ_ARRAY,
        Kind::Array(..) => mt::flags::KIND_ARRAY,
        Kind::Pointer(_) => mt::flags::KIND_POINTER,
        Kind::ByRef(_) => mt::flags::KIND_BYREF,
        Kind::FnPtr => mt::flags::KIND_FN_POINTER,
        Kind::Void => mt::flags::KIND_VOID,
        Kind::GenericParam => mt::flags::KIND_GENERIC_PARAMETER,
    };
    if data.flags.is_abstract() && !matches!(data.kind, Kind::Interface) {
        flags |= mt::flags::ABSTRACT;
    }
    // Sizes and the GC map (an open generic type, `typeof(List<>)`, has neither).
    let open = ts.is_open(t);
    // `typeof(List<>)` is the bare TypeDef (what `ldtoken` of a generic TypeDef gives), or the TypeDef over
    // generic parameters.
    let bare_generic = data.args.is_empty() && data.def.is_some_and(|d| ts.generic_param_count(d).unwrap_or(0) > 0);
    let over_parameters =
        !data.args.is_empty() && data.args.iter().all(|a| matches!(ts.ty(*a).kind, Kind::GenericParam));
    if open && (bare_generic || over_parameters) {
        flags |= mt::flags::OPEN_GENERIC_DEFINITION;
    }
    let (base_size, component_size, rank, element, gc_refs) = match data.kind {
        _ if open => (0, 0, 0, None, Vec::new()),
        Kind::SzArray(e) | Kind::Array(e, _) => {
            let storage = ts.storage(e)?;
            let rank = if let Kind::Array(_, r) = data.kind { r } else { 1 };
            if ts.ty(e).is_reference() {
                flags |= mt::flags::REFERENCE_ELEMENTS | mt::flags::CONTAINS_REFS;
            } else if ts.ty(e).is_value_type() {
                flags |= mt::flags::VALUE_TYPE_ELEMENTS;
            }
            let refs = if matches!(ts.ty(e).kind, Kind::ValueType) {
                ts.instance_layout(e)?.gc_refs.clone()
            } else {
                Vec::new()
            };
            if !refs.is_empty() {
                flags |= mt::flags::CONTAINS_REFS;
            }
            (abi::array::DATA, storage.size, rank, Some(e), refs)
        }
        Kind::Class if t == ts.well_known.string => (abi::string::CHARS + 2, 2, 0, None, Vec::new()),
        Kind::Class => {
            let layout = ts.instance_layout(t)?;
            (layout.size, 0, 0, None, layout.gc_refs.clone())
        }
        Kind::ValueType | Kind::Enum(_) | Kind::Primitive(_) => {
            let size = ts.boxed_size(t)?;
            let refs = if matches!(data.kind, Kind::ValueType) {
                ts.instance_layout(t)?.gc_refs.iter().map(|r| r + abi::object::HEADER_SIZE).collect()
            } else {
                Vec::new()
            };
            // The element field holds Nullable<T>'s T, and an enum's underlying type (Enum.GetUnderlyingType).
            let element = match data.kind {
                Kind::Enum(p) => Some(ts.primitive(p)),
                _ => ts.nullable_argument(t),
            };
            (size, 0, 0, element, refs)
        }
        // What a pointer or byref points to, for Type.GetElementType.
        Kind::Pointer(e) | Kind::ByRef(e) => (0, 0, 0, Some(e), Vec::new()),
        _ => (0, 0, 0, None, Vec::new()),
    };
    // A generic parameter's position goes in the rank field (Type.GenericParameterPosition).
    let rank = match data.key {
        TypeKey::Var(position) => position,
        TypeKey::MVar(position) => {
            flags |= mt::flags::METHOD_GENERIC_PARAMETER;
            position
        }
        _ => rank,
    };
    if !gc_refs.is_empty() {
        flags |= mt::flags::CONTAINS_REFS;
    }
    if graph::finalizer_of(ts, t)?.is_some() {
        flags |= mt::flags::HAS_FINALIZER;
    }
    if ts.is_byref_like(t) {
        flags |= mt::flags::BYREF_LIKE;
    }
    let interfaces = listed_interfaces(ts, t)?;
    let generic_args = if open { Vec::new() } else { generic_arguments(ts, t) };
    if generic_args.iter().any(|(_, v)| *v != mt::variance::NONE) {
        flags |= mt::flags::HAS_VARIANCE;
    }
    let vtable = if constructed { vtable_entries(ts, graph, t, &interfaces)? } else { Vec::new() };

    let mut w = Words::new();
    w.u32(flags);
    w.u32(base_size);
    w.u32(component_size);
    match ts.base_type(t)? {
        Some(parent) => w.address(Symbol::MethodTable(parent), 0),
        None => w.u32(0),
    }
    match element {
        Some(e) => w.address(Symbol::MethodTable(e), 0),
        None => w.u32(0),
    }
    w.u32(rank);
    w.u32(interfaces.len() as u32);
    let interfaces_at = w.forward(this);
    w.u32(vtable.len() as u32);
    let gc_at = (!gc_refs.is_empty()).then(|| w.forward(this));
    if gc_at.is_none() {
        w.u32(0);
    }
    let name = graph::runtime_type_name(ts, t);
    let name_index =
        graph.mark_string(&name, graph.id(Node::TypeHandle(t)).unwrap_or(crate::graph::NodeId(0)), "type name");
    w.address(Symbol::String(name_index), 0);
    w.u32(0); // RUNTIME_TYPE, set at run time
    w.u32(generic_definition_id(ts, t));
    let args_at = (!generic_args.is_empty()).then(|| w.forward(this));
    if args_at.is_none() {
        w.u32(0);
    }
    w.u32(nullable_value_offset(ts, t)?);
    let itable_count = interfaces.iter().filter_map(|i| colors.get(i)).map(|c| c + 1).max().unwrap_or(0);
    w.u32(itable_count);
    let itable_at = (itable_count > 0).then(|| w.forward(this));
    if itable_at.is_none() {
        w.u32(0);
    }
    let field_map = field_map(ts, graph, t, constructed)?;
    let field_map_at = field_map.as_ref().map(|_| w.forward(this));
    if field_map_at.is_none() {
        w.u32(0);
    }
    w.u32(type_attributes(ts, t));
    let reflection = reflection_record(ts, graph, t)?;
    let reflection_at = reflection.as_ref().map(|_| w.forward(this));
    if reflection_at.is_none() {
        w.u32(0);
    }
    debug_assert_eq!(w.at(), mt::VTABLE);
    for (_, entry) in &vtable {
        match entry {
            Some(symbol) => w.table_index(*symbol),
            None => w.u32(0),
        }
    }
    w.point_here(interfaces_at);
    let mut first = ts.vtable(t).map(|v| v.slots.len()).unwrap_or(0) as u32;
    let mut by_color = vec![None; itable_count as usize];
    for iface in &interfaces {
        let entry_first = if constructed { first } else { 0 };
        w.address(Symbol::MethodTable(*iface), 0);
        w.u32(entry_first);
        if let Some(c) = colors.get(iface) {
            by_color[*c as usize] = Some((*iface, entry_first));
        }
        first += ts.interface_methods(*iface)?.len() as u32;
    }
    if let Some(at) = itable_at {
        w.point_here(at);
        for entry in by_color {
            match entry {
                Some((iface, entry_first)) => {
                    w.address(Symbol::MethodTable(iface), 0);
                    w.u32(entry_first);
                }
                None => {
                    w.u32(0);
                    w.u32(0);
                }
            }
        }
    }
    if let Some(at) = args_at {
        w.point_here(at);
        w.u32(generic_args.len() as u32);
        for (arg, variance) in &generic_args {
            w.address(Symbol::MethodTable(*arg), 0);
            w.u32(*variance);
        }
    }
    if let Some(at) = gc_at {
        w.point_here(at);
        w.u32(gc_refs.len() as u32);
        for r in &gc_refs {
            w.u32(*r);
        }
    }
    if let (Some(at), Some(record)) = (reflection_at, reflection) {
        w.point_here(at);
        w.u32(record.flags);
        w.u32(record.attributes.len() as u32);
        w.u32(record.literals.len() as u32);
        for part in [record.declaring_type, record.sz_array, record.generic_definition] {
            match part {
                Some(t) => w.address(Symbol::MethodTable(t), 0),
                None => w.u32(0),
            }
        }
        for attribute in record.attributes {
            w.address(Symbol::MethodTable(attribute), 0);
        }
        for (value, name) in record.literals {
            w.u32(value as u32);
            w.u32((value >> 32) as u32);
            w.address(Symbol::String(name), 0);
        }
    }
    if let (Some(at), Some(fields)) = (field_map_at, field_map) {
        w.point_here(at);
        w.u32(fields.len() as u32);
        for MappedField { offset, kind, nested } in fields {
            w.u32(offset << 8 | kind);
            if let Some(n) = nested {
                w.address(Symbol::MethodTable(n), 0);
            }
        }
    }
    Ok(w.finish(8))
}

/// A field as `ValueType.Equals` and `GetHashCode` see it (`mt::FIELD_MAP`).
struct MappedField {
    /// From the start of the value.
    offset: u32,
    /// `mt::field_kind`.
    kind: u32,
    /// The type of a struct field, whose MethodTable follows.
    nested: Option<TypeId>,
}

/// The fields `ValueType.Equals` and `GetHashCode` compare, for a boxed (constructed) value type while the
/// runtime's implementation is in the image; None otherwise.
fn field_map(
    ts: &mut TypeSystem,
    graph: &mut Graph,
    t: TypeId,
    constructed: bool,
) -> Result<Option<Vec<MappedField>>, Unsupported> {
    use mt::field_kind as k;
    if !constructed || !matches!(ts.ty(t).kind, Kind::ValueType) || ts.nullable_argument(t).is_some() || ts.is_open(t) {
        return Ok(None);
    }
    let boxer = graph.runtime.helper(ts, crate::runtime::Helper::BoxStructField)?;
    if !graph.is_marked(Node::Method(boxer)) {
        return Ok(None);
    }
    let mut fields = Vec::new();
    for field in ts.instance_layout(t)?.fields.clone() {
        let (kind, nested) = match ts.ty(field.ty).kind {
            Kind::Primitive(PrimitiveType::Single) | Kind::Enum(PrimitiveType::Single) => (k::FLOAT32, None),
            Kind::Primitive(PrimitiveType::Double) | Kind::Enum(PrimitiveType::Double) => (k::FLOAT64, None),
            Kind::ValueType => (k::STRUCT, Some(field.ty)),
            _ if ts.ty(field.ty).is_reference() => (k::REFERENCE, None),
            _ => match ts.storage(field.ty)?.size {
                1 => (k::BITS1, None),
                2 => (k::BITS2, None),
                8 => (k::BITS8, None),
                _ => (k::BITS4, None),
            },
        };
        fields.push(MappedField { offset: field.offset, kind, nested });
    }
    Ok(Some(fields))
}

/// What a vtable entry is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VtableEntry {
    /// The class slot the method `decl` introduced.
    Slot(MethodId),
    /// A method of an interface the type lists.
    Interface(MethodId),
}

/// The vtable entries of a constructed type: class slots, then each interface's methods (of `interfaces`, the
/// ones its MethodTable lists); an entry is filled when its slot or interface method is called anywhere (and so
/// was compiled).
pub fn vtable_entries(
    ts: &mut TypeSystem,
    graph: &Graph,
    t: TypeId,
    interfaces: &[TypeId],
) -> Result<Vec<(VtableEntry, Option<Symbol>)>, Unsupported> {
    let boxed = ts.ty(t).is_value_type();
    let vtable = ts.vtable(t)?;
    let mut entries = Vec::with_capacity(vtable.slots.len());
    for slot in &vtable.slots {
        let target = graph::implementation_node(ts, slot.imp, boxed);
        let used = graph.is_marked(Node::VirtualSlot(slot.decl)) && graph.is_marked(target);
        entries.push((VtableEntry::Slot(slot.decl), if used { target.symbol() } else { None }));
    }
    for iface in interfaces {
        let variant = graph::has_variance(ts, *iface);
        for method in ts.interface_methods(*iface)?.to_vec() {
            let called = if variant {
                graph.is_marked(Node::VariantInterfaceMethod(ts.method(method).def))
            } else {
                graph.is_marked(Node::InterfaceMethod(method))
            };
            let entry = if called && ts.method(method).generic_params == 0 {
                graph::resolve_interface(ts, t, method)?
                    .map(|imp| graph::implementation_node(ts, imp, boxed))
                    .filter(|n| graph.is_marked(*n))
                    .and_then(Node::symbol)
            } else {
                None
            };
            entries.push((VtableEntry::Interface(method), entry));
        }
    }
    Ok(entries)
}

/// (argument, variance) for each generic argument of an instantiated type.
pub fn generic_arguments(ts: &TypeSystem, t: TypeId) -> Vec<(TypeId, u32)> {
    let data = ts.ty(t);
    // A function pointer lists its signature there instead: the return type, then the parameters.
    if let TypeKey::FnPtr(sig) = &data.key {
        return std::iter::once(sig.ret).chain(sig.params.iter().copied()).map(|t| (t, mt::variance::NONE)).collect();
    }
    let Some(def) = data.def else { return Vec::new() };
    let a = ts.world.assembly(def.assembly);
    let variances: Vec<u32> = a
        .generic_params_of(def.token())
        .map(|rows| {
            rows.into_iter()
                .map(|rid| {
                    let flags = a.row::<wasmr2r_metadata::GenericParamRow>(rid).map(|r| r.flags).unwrap_or(0);
                    match wasmr2r_typesystem::flags::GenericParamAttributes(flags).variance() {
                        Variance::None => mt::variance::NONE,
                        Variance::Covariant => mt::variance::COVARIANT,
                        Variance::Contravariant => mt::variance::CONTRAVARIANT,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    data.args.iter().enumerate().map(|(i, a)| (*a, variances.get(i).copied().unwrap_or(0))).collect()
}

/// An id of a generic instantiation's definition: assembly index << 24 | TypeDef RID (0 when not generic).
fn generic_definition_id(ts: &TypeSystem, t: TypeId) -> u32 {
    let data = ts.ty(t);
    match (data.def, data.args.is_empty()) {
        (Some(def), false) => (def.assembly + 1) << 24 | def.rid,
        _ => 0,
    }
}

/// What `mt::REFLECTION` points at (`mt::reflection`): flags, custom attribute types, the declaring type, and an
/// enum's members as (value, name string).
struct ReflectionRecord {
    flags: u32,
    attributes: Vec<TypeId>,
    declaring_type: Option<TypeId>,
    sz_array: Option<TypeId>,
    generic_definition: Option<TypeId>,
    literals: Vec<(u64, u32)>,
}

/// `t`'s reflection record, or None when it would be empty. Lists what `Graph::expand_reflection` marked: the
/// attributes and flags while the runtime's `Type.IsDefined` is in the image, the declaring type while its
/// `GetDeclaringType` is, the literals while its `GetEnumValuesAndNames` is.
fn reflection_record(
    ts: &mut TypeSystem,
    graph: &mut Graph,
    t: TypeId,
) -> Result<Option<ReflectionRecord>, Unsupported> {
    let Some(def) = ts.ty(t).def else { return Ok(None) };
    let mut record = ReflectionRecord {
        flags: 0,
        attributes: Vec::new(),
        declaring_type: None,
        sz_array: None,
        generic_definition: None,
        literals: Vec::new(),
    };
    let query = graph.runtime.helper(ts, crate::runtime::Helper::CustomAttributeQuery)?;
    if graph.is_marked(Node::Method(query)) {
        for attribute in ts.world.attribute_types(def.assembly, def.token())? {
            record.attributes.push(ts.def_type(attribute)?);
        }
        if !graph::attribute_usage_inherited(ts, def)? {
            record.flags |= mt::reflection::NOT_INHERITED;
        }
    }
    let declaring = graph.runtime.helper(ts, crate::runtime::Helper::DeclaringType)?;
    if graph.is_marked(Node::Method(declaring)) {
        record.declaring_type = graph::declaring_type(ts, def)?;
    }
    let create = graph.runtime.helper(ts, crate::runtime::Helper::CreateArray)?;
    if graph.is_marked(Node::Method(create)) && !ts.is_open(t) {
        let array = ts.sz_array(t)?;
        if graph.is_marked(Node::Constructed(array)) {
            record.sz_array = Some(array);
        }
    }
    let definition = graph.runtime.helper(ts, crate::runtime::Helper::GenericTypeDefinition)?;
    if graph.is_marked(Node::Method(definition)) {
        record.generic_definition = graph::generic_type_definition(ts, t)?.filter(|d| *d != t);
    }
    let literals = graph.runtime.helper(ts, crate::runtime::Helper::EnumLiterals)?;
    if matches!(ts.ty(t).kind, Kind::Enum(_)) && graph.is_marked(Node::Method(literals)) {
        for (field, value) in ts.world.literal_fields(def)? {
            let units: Vec<u16> = ts.world.field_def_name(field).encode_utf16().collect();
            record.literals.push((value, graph.string_literal(&units)));
        }
    }
    let empty = record.flags == 0
        && record.attributes.is_empty()
        && record.declaring_type.is_none()
        && record.sz_array.is_none()
        && record.generic_definition.is_none()
        && record.literals.is_empty();
    Ok((!empty).then_some(record))
}

/// `mt::TYPE_ATTRIBUTES`: what `Type.Attributes` says of `t`, and its TypeDef's assembly (`mt::ASSEMBLY_SHIFT`).
fn type_attributes(ts: &TypeSystem, t: TypeId) -> u32 {
    let assembly = match ts.ty(t).def {
        Some(def) if def.assembly < 0xFF => (def.assembly + 1) << mt::ASSEMBLY_SHIFT,
        _ => 0,
    };
    type_flags(ts, t) | assembly
}

fn type_flags(ts: &TypeSystem, t: TypeId) -> u32 {
    const PUBLIC: u32 = 0x1;
    const SEALED: u32 = 0x100;
    const SERIALIZABLE: u32 = 0x2000;
    let data = ts.ty(t);
    match data.kind {
        Kind::SzArray(_) | Kind::Array(..) => PUBLIC | SEALED | SERIALIZABLE,
        Kind::Pointer(_) | Kind::ByRef(_) | Kind::FnPtr | Kind::GenericParam => PUBLIC,
        _ => data.flags.0,
    }
}

/// The offset of `value` in an unboxed `Nullable<T>` (0 for other types and for the open definition).
fn nullable_value_offset(ts: &mut TypeSystem, t: TypeId) -> Result<u32, Unsupported> {
    // `typeof(Nullable<>)` has no layout: its MethodTable only names the type.
    if ts.nullable_argument(t).is_none() || ts.is_open(t) {
        return Ok(0);
    }
    let layout = ts.instance_layout(t)?;
    Ok(layout.fields.iter().find(|f| ts.world.field_def_name(f.field.def) == "value").map(|f| f.offset).unwrap_or(0))
}
