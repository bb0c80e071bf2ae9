//! Field layout on wasm32 exactly as Mono's browser-wasm runtime computes it, because the CoreLib we compile
//! (Mono's) was built against it: `Array.RawData`, `String._firstChar` and friends must land where Mono puts
//! them. The rules follow Mono's `mono_class_layout_fields` (see ../shared/reference/mono-wasm32-layout-notes.md
//! and docs/abi.md); `tests/layout` checks them against Mono itself.
//!
//! - Objects start with an 8-byte header (MethodTable pointer, sync word); a class's fields start at its
//!   parent's instance size (parent tail padding is never reused).
//! - Auto-layout classes place fields holding references first, then the rest, each group in declaration order;
//!   sequential classes and all value types use declaration order. No sorting by size.
//! - A field aligns to its natural alignment (int64 and double: 8), capped by `Pack`, and raised to 4 when it
//!   holds references. The type's alignment is the largest field alignment, at least `Pack` (capped at 8).
//! - The size rounds up to that alignment unless the type gives an explicit `Size`, which is a minimum. Explicit
//!   offsets are the metadata's.
//! - A value type's layout is computed as if boxed and reported unboxed (offsets and size minus the header).

use crate::defs::TypeDefId;
use crate::error::TypeError;
use crate::flags::LayoutKind;
use crate::types::{FieldId, Kind, TypeId, TypeSystem};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use wasmr2r_metadata::custom_attribute::{self, CaValue, SameAssembly};
use wasmr2r_metadata::{ClassLayoutRow, CustomAttributeRow, FieldLayoutRow, PrimitiveType, TableId};

/// The object header: MethodTable pointer and sync word.
pub const OBJECT_HEADER_SIZE: u32 = 8;
/// Pointers, object references, byrefs and native ints on wasm32.
pub const POINTER_SIZE: u32 = 4;
/// The largest alignment Mono gives a field or a type on wasm32 (int64 and double).
const MAX_ALIGN: u32 = 8;

/// Where one field lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSlot {
    pub field: FieldId,
    pub ty: TypeId,
    pub offset: u32,
}

/// The instance layout of a class or value type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstanceLayout {
    /// A class: the instance size, header included. A value type: the size of the unboxed value.
    pub size: u32,
    /// The type's alignment (Mono's `min_align`).
    pub align: u32,
    /// The instance fields. A class lists its ancestors' fields too, with offsets from the start of the object; a
    /// value type lists its own, with offsets from the start of the value. Sorted by offset.
    pub fields: Vec<FieldSlot>,
    /// Offsets (same origin as `fields`) of the words that hold object references, ascending.
    pub gc_refs: Vec<u32>,
    /// Offsets of byref fields (only in `ref struct`s), ascending.
    pub byrefs: Vec<u32>,
}

impl InstanceLayout {
    pub fn field(&self, field: FieldId) -> Option<&FieldSlot> {
        self.fields.iter().find(|f| f.field == field)
    }
}

/// How a value of a type is stored in a field, an array element or a local.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Storage {
    pub size: u32,
    pub align: u32,
    /// The value is, or contains, object references.
    pub has_refs: bool,
}

/// One block of static storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaticBlock {
    pub size: u32,
    pub align: u32,
    /// Offsets from the start of the block.
    pub fields: Vec<FieldSlot>,
    pub gc_refs: Vec<u32>,
}

/// The static fields of a type: those holding references (a GC root) and the rest, separately; fields with RVA
/// data live in the image, not in a block; literals have no storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaticLayout {
    pub gc: StaticBlock,
    pub non_gc: StaticBlock,
    pub rva_fields: Vec<FieldId>,
}

/// Where a static field is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaticSlot {
    /// In the type's GC (`gc == true`) or non-GC static block at `offset`.
    Block { gc: bool, offset: u32 },
    /// Its initial data is in the image (FieldRVA); it lives there.
    Rva,
}

#[derive(Default)]
pub(crate) struct Caches {
    pub field_types: HashMap<FieldId, TypeId>,
    pub base_types: HashMap<TypeId, Option<TypeId>>,
    instance: HashMap<TypeId, Arc<InstanceLayout>>,
    statics: HashMap<TypeId, Arc<StaticLayout>>,
    in_progress: HashSet<TypeId>,
}

fn align_up(value: u32, align: u32) -> u32 {
    value.div_ceil(align.max(1)) * align.max(1)
}

impl TypeSystem<'_> {
    /// The storage of a value of type `ty`.
    pub fn storage(&mut self, ty: TypeId) -> Result<Storage, TypeError> {
        let word = |has_refs| Storage { size: POINTER_SIZE, align: POINTER_SIZE, has_refs };
        Ok(match self.ty(ty).kind {
            Kind::Primitive(p) | Kind::Enum(p) => {
                let size = primitive_size(p);
                Storage { size, align: size, has_refs: false }
            }
            Kind::Class | Kind::Interface | Kind::SzArray(_) | Kind::Array(..) => word(true),
            Kind::Pointer(_) | Kind::FnPtr | Kind::ByRef(_) => word(false),
            Kind::ValueType => {
                let layout = self.instance_layout(ty)?;
                Storage { size: layout.size, align: layout.align, has_refs: !layout.gc_refs.is_empty() }
            }
            Kind::Void | Kind::GenericParam => {
                return Err(TypeError::Invalid(format!("a value of type {} has no storage", self.type_name(ty))));
            }
        })
    }

    /// The instance layout of a class or value type (computed once).
    pub fn instance_layout(&mut self, ty: TypeId) -> Result<Arc<InstanceLayout>, TypeError> {
        if let Some(layout) = self.caches.instance.get(&ty) {
            return Ok(layout.clone());
        }
        if !self.caches.in_progress.insert(ty) {
            return Err(TypeError::Invalid(format!("{} contains itself", self.type_name(ty))));
        }
        let layout = self.compute_instance_layout(ty);
        self.caches.in_progress.remove(&ty);
        let layout = Arc::new(layout?);
        self.caches.instance.insert(ty, layout.clone());
        Ok(layout)
    }

    /// The size of an object of type `ty` without its elements (arrays and strings add theirs): the instance
    /// size for a class, header plus value for a boxed value type.
    pub fn boxed_size(&mut self, ty: TypeId) -> Result<u32, TypeError> {
        let data = self.ty(ty);
        if data.is_value_type() {
            return Ok(OBJECT_HEADER_SIZE + self.storage(ty)?.size);
        }
        Ok(self.instance_layout(ty)?.size)
    }

    fn compute_instance_layout(&mut self, ty: TypeId) -> Result<InstanceLayout, TypeError> {
        let data = self.ty(ty).clone();
        let (Some(def), Kind::Class | Kind::ValueType | Kind::Enum(_) | Kind::Primitive(_)) = (data.def, data.kind)
        else {
            return Err(TypeError::Invalid(format!("{} has no instance layout", self.type_name(ty))));
        };
        let is_value = data.is_value_type();
        let (packing, class_size) = self.class_layout(def)?;
        // Mono rounds the size up to the alignment unless the type gives an explicit `Size` (a `Pack` alone does
        // not stop the rounding: a one-byte struct with Pack=8 is 8 bytes; tests/layout observed it).
        let explicit_size = class_size != 0;
        if packing >= 256 {
            return Err(TypeError::Invalid(format!("{} has a packing size of {packing}", self.type_name(ty))));
        }
        // The parent's fields come first; a value type's parent (ValueType, Enum) has none.
        let parent = match self.base_type(ty)? {
            Some(p) => Some(self.instance_layout(p)?),
            None => None,
        };
        let (base_size, mut min_align) = match &parent {
            Some(p) if !is_value => (p.size, p.align),
            _ => (OBJECT_HEADER_SIZE, 1),
        };
        min_align = MAX_ALIGN.min(min_align.max(packing));
        let mut instance_size = base_size + class_size;

        let mut fields = Vec::new();
        for field in self.declared_fields(ty)? {
            if self.field_flags(field)?.is_static() {
                continue;
            }
            let field_ty = self.field_type(field)?;
            fields.push((field, field_ty, self.storage(field_ty)?));
        }
        let inline_array = self.inline_array_length(def)?;
        let mut offsets = vec![0u32; fields.len()];
        match data.flags.layout() {
            LayoutKind::Explicit => {
                let mut end = 0;
                for (i, (field, _, storage)) in fields.iter().enumerate() {
                    let align = if packing != 0 { packing.min(storage.align) } else { storage.align };
                    min_align = min_align.max(align);
                    let explicit = self.explicit_offset(field.def)?.ok_or_else(|| {
                        TypeError::Invalid(format!(
                            "{} has explicit layout but no offset for field {}",
                            self.type_name(ty),
                            self.world.field_def_name(field.def)
                        ))
                    })?;
                    offsets[i] = OBJECT_HEADER_SIZE
                        .checked_add(explicit)
                        .ok_or_else(|| TypeError::Invalid("a field offset beyond 4 GiB".into()))?;
                    if storage.has_refs && offsets[i] % POINTER_SIZE != 0 {
                        return Err(TypeError::Invalid(format!(
                            "{}: reference field {} at an offset that is not pointer-aligned",
                            self.type_name(ty),
                            self.world.field_def_name(field.def)
                        )));
                    }
                    end = end.max(offsets[i].saturating_add(storage.size));
                }
                instance_size = instance_size.max(end);
                if !explicit_size {
                    instance_size = align_up(instance_size, min_align);
                }
            }
            LayoutKind::Auto | LayoutKind::Sequential => {
                let gc_aware = data.flags.layout() == LayoutKind::Auto && !is_value;
                let passes: &[Option<bool>] = if gc_aware { &[Some(true), Some(false)] } else { &[None] };
                let mut end = base_size;
                for pass in passes {
                    for (i, (_, _, storage)) in fields.iter().enumerate() {
                        if pass.is_some_and(|refs_first| refs_first != storage.has_refs) {
                            continue;
                        }
                        let mut size = storage.size;
                        if let Some(n) = inline_array {
                            size = size
                                .checked_mul(n)
                                .filter(|s| *s <= 1 << 20)
                                .ok_or_else(|| TypeError::Invalid("an inline array larger than 1 MiB".into()))?;
                        }
                        let mut align = if packing != 0 { packing.min(storage.align) } else { storage.align };
                        if storage.has_refs {
                            align = align.max(POINTER_SIZE);
                        }
                        min_align = min_align.max(align);
                        offsets[i] = align_up(end, align);
                        end = offsets[i]
                            .checked_add(size)
                            .ok_or_else(|| TypeError::Invalid("a type larger than 4 GiB".into()))?;
                    }
                    instance_size = instance_size.max(end);
                    if !explicit_size {
                        instance_size = align_up(instance_size, min_align);
                    }
                }
            }
        }

        // References and byrefs, from the object's start; value types subtract the header at the end.
        let mut layout = InstanceLayout { size: instance_size, align: min_align, ..Default::default() };
        if let Some(p) = &parent
            && !is_value
        {
            layout.fields.extend(p.fields.iter().copied());
            layout.gc_refs.extend(p.gc_refs.iter().copied());
            layout.byrefs.extend(p.byrefs.iter().copied());
        }
        for (i, (field, field_ty, storage)) in fields.iter().enumerate() {
            let offset = offsets[i];
            layout.fields.push(FieldSlot { field: *field, ty: *field_ty, offset });
            let count = inline_array.unwrap_or(1);
            for element in 0..count {
                let at = offset + element * storage.size;
                self.collect_refs(*field_ty, at, &mut layout.gc_refs, &mut layout.byrefs)?;
            }
        }
        if is_value {
            let header = OBJECT_HEADER_SIZE;
            layout.size = layout.size.saturating_sub(header);
            for f in &mut layout.fields {
                f.offset -= header;
            }
            for r in layout.gc_refs.iter_mut().chain(layout.byrefs.iter_mut()) {
                *r -= header;
            }
            if layout.size == 0 && fields.is_empty() {
                // An empty struct without a ClassLayout row (not what C# emits) still occupies a byte.
                layout.size = 1;
            }
        }
        layout.fields.sort_by_key(|f| (f.offset, f.field.def));
        layout.gc_refs.sort_unstable();
        layout.gc_refs.dedup();
        layout.byrefs.sort_unstable();
        layout.byrefs.dedup();
        if let Some(overlap) = layout.gc_refs.iter().find(|r| self.overlaps_non_reference(&layout, **r)) {
            return Err(TypeError::Invalid(format!(
                "{} has an object reference at offset {overlap} overlapped by a field that is not a reference",
                self.type_name(ty)
            )));
        }
        Ok(layout)
    }

    /// Whether a primitive or pointer field covers the reference word at `offset` (explicit layouts only can).
    fn overlaps_non_reference(&self, layout: &InstanceLayout, offset: u32) -> bool {
        layout.fields.iter().any(|f| {
            let size = match self.ty(f.ty).kind {
                Kind::Primitive(p) | Kind::Enum(p) => primitive_size(p),
                Kind::Pointer(_) | Kind::FnPtr => POINTER_SIZE,
                _ => return false,
            };
            f.offset < offset + POINTER_SIZE && offset < f.offset + size
        })
    }

    /// Adds the reference and byref words of a value of type `ty` stored at `at`.
    fn collect_refs(
        &mut self,
        ty: TypeId,
        at: u32,
        refs: &mut Vec<u32>,
        byrefs: &mut Vec<u32>,
    ) -> Result<(), TypeError> {
        match self.ty(ty).kind {
            Kind::Class | Kind::Interface | Kind::SzArray(_) | Kind::Array(..) => refs.push(at),
            Kind::ByRef(_) => byrefs.push(at),
            Kind::ValueType => {
                let inner = self.instance_layout(ty)?;
                refs.extend(inner.gc_refs.iter().map(|r| at + r));
                byrefs.extend(inner.byrefs.iter().map(|r| at + r));
            }
            _ => {}
        }
        Ok(())
    }

    /// (packing size, class size) of a TypeDef: its ClassLayout row's, or zeros.
    fn class_layout(&self, def: TypeDefId) -> Result<(u32, u32), TypeError> {
        let a = self.world.assembly(def.assembly);
        let rows = a.rows_referring_to(TableId::ClassLayout, 2, def.token())?;
        match rows.start {
            rid if rid < rows.end => {
                let row: ClassLayoutRow = a.row(rid)?;
                Ok((u32::from(row.packing_size), row.class_size))
            }
            _ => Ok((0, 0)),
        }
    }

    /// The FieldLayout offset of a field, if it has one.
    fn explicit_offset(&self, field: crate::defs::FieldDefId) -> Result<Option<u32>, TypeError> {
        let a = self.world.assembly(field.assembly);
        let rows = a.rows_referring_to(TableId::FieldLayout, 1, field.token())?;
        if rows.start < rows.end {
            return Ok(Some(a.row::<FieldLayoutRow>(rows.start)?.offset));
        }
        Ok(None)
    }

    /// The length of an `[InlineArray(n)]` struct.
    fn inline_array_length(&self, def: TypeDefId) -> Result<Option<u32>, TypeError> {
        let a = self.world.assembly(def.assembly);
        for rid in a.custom_attributes_of(def.token())? {
            let row: CustomAttributeRow = a.row(rid)?;
            if self.world.attribute_type_name(def.assembly, row.constructor)?
                != "System.Runtime.CompilerServices.InlineArrayAttribute"
            {
                continue;
            }
            let mut blob = a.blob(row.value, "custom attribute value")?;
            let value = custom_attribute::decode(a, row.constructor, &mut blob, &SameAssembly)?;
            return match value.fixed.first() {
                Some(CaValue::I4(n)) if *n > 0 => Ok(Some(*n as u32)),
                _ => Err(TypeError::Invalid(format!(
                    "{}: an inline array length must be positive",
                    self.world.type_def_name(def)
                ))),
            };
        }
        Ok(None)
    }

    /// The static layout of a type (computed once).
    pub fn static_layout(&mut self, ty: TypeId) -> Result<Arc<StaticLayout>, TypeError> {
        if let Some(layout) = self.caches.statics.get(&ty) {
            return Ok(layout.clone());
        }
        let mut layout = StaticLayout::default();
        for field in self.declared_fields(ty)? {
            let flags = self.field_flags(field)?;
            if !flags.is_static() || flags.is_literal() {
                continue;
            }
            if flags.has_rva() {
                layout.rva_fields.push(field);
                continue;
            }
            let field_ty = self.field_type(field)?;
            let storage = self.storage(field_ty)?;
            let block = if storage.has_refs { &mut layout.gc } else { &mut layout.non_gc };
            let offset = align_up(block.size, storage.align);
            block.size = offset + storage.size;
            block.align = block.align.max(storage.align);
            block.fields.push(FieldSlot { field, ty: field_ty, offset });
            let (mut refs, mut byrefs) = (Vec::new(), Vec::new());
            self.collect_refs(field_ty, offset, &mut refs, &mut byrefs)?;
            block.gc_refs.extend(refs);
        }
        let layout = Arc::new(layout);
        self.caches.statics.insert(ty, layout.clone());
        Ok(layout)
    }

    /// Where static field `field` lives.
    pub fn static_slot(&mut self, field: FieldId) -> Result<StaticSlot, TypeError> {
        let layout = self.static_layout(field.owner)?;
        if layout.rva_fields.contains(&field) {
            return Ok(StaticSlot::Rva);
        }
        for (gc, block) in [(true, &layout.gc), (false, &layout.non_gc)] {
            if let Some(slot) = block.fields.iter().find(|f| f.field == field) {
                return Ok(StaticSlot::Block { gc, offset: slot.offset });
            }
        }
        Err(TypeError::Invalid(format!("{} is not a static field with storage", self.world.field_def_name(field.def))))
    }

    /// The size of an array element of type `element` (its storage size; references are 4).
    pub fn element_size(&mut self, element: TypeId) -> Result<u32, TypeError> {
        Ok(self.storage(element)?.size)
    }
}

impl Default for InstanceLayout {
    fn default() -> Self {
        InstanceLayout { size: 0, align: 1, fields: Vec::new(), gc_refs: Vec::new(), byrefs: Vec::new() }
    }
}

/// The size (and alignment) of a primitive on wasm32.
pub fn primitive_size(p: PrimitiveType) -> u32 {
    match p {
        PrimitiveType::Boolean | PrimitiveType::SByte | PrimitiveType::Byte => 1,
        PrimitiveType::Char | PrimitiveType::Int16 | PrimitiveType::UInt16 => 2,
        PrimitiveType::Int64 | PrimitiveType::UInt64 | PrimitiveType::Double => 8,
        _ => 4,
    }
}
