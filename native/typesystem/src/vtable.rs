//! Virtual slots and interface maps.
//!
//! A class's vtable starts with its parent's slots; each of its own virtual methods either overrides the
//! parent slot with the same name and signature (after generic substitution) or, when it is `newslot` or
//! matches none, takes a new slot. `.override` (MethodImpl) rows then bind bodies to the slots of the methods
//! they name; a body that replaces one marked `PreserveBaseOverrides` (C# covariant returns) replaces it in every
//! slot it held. Interfaces have no class vtable: a type's interface map lists every interface it implements
//! (its parent's first), and each interface method resolves to an explicit `.override`, else the most derived
//! public virtual method with its name and signature, else the most specific default implementation.

use crate::defs::MethodDefId;
use crate::error::TypeError;
use crate::members::{MethodRef, same_shape};
use crate::sig::GenericContext;
use crate::types::{Kind, MethodId, TypeId, TypeSystem};
use std::collections::HashMap;
use std::sync::Arc;
use wasmr2r_metadata::{MethodImplRow, TableId};

/// One vtable slot: the method that introduced it and the method that implements it for this type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub decl: MethodId,
    pub imp: MethodId,
}

/// A class's virtual slots, its parent's first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VTable {
    pub slots: Vec<Slot>,
}

#[derive(Default)]
pub(crate) struct Caches {
    vtables: HashMap<TypeId, Arc<VTable>>,
    interfaces: HashMap<TypeId, Arc<Vec<TypeId>>>,
    interface_methods: HashMap<TypeId, Arc<Vec<MethodId>>>,
    method_impls: HashMap<TypeId, Arc<Vec<(MethodId, MethodId)>>>,
    in_progress: std::collections::HashSet<TypeId>,
}

const PRESERVE_BASE_OVERRIDES: &str = "System.Runtime.CompilerServices.PreserveBaseOverridesAttribute";

impl TypeSystem<'_> {
    /// The vtable of a class, value type (boxed) or array.
    pub fn vtable(&mut self, ty: TypeId) -> Result<Arc<VTable>, TypeError> {
        if let Some(v) = self.vtables.vtables.get(&ty) {
            return Ok(v.clone());
        }
        if !self.vtables.in_progress.insert(ty) {
            return Err(TypeError::Invalid(format!("{} inherits from itself", self.type_name(ty))));
        }
        let vtable = self.compute_vtable(ty);
        self.vtables.in_progress.remove(&ty);
        let vtable = Arc::new(vtable?);
        self.vtables.vtables.insert(ty, vtable.clone());
        Ok(vtable)
    }

    fn compute_vtable(&mut self, ty: TypeId) -> Result<VTable, TypeError> {
        if matches!(self.ty(ty).kind, Kind::Interface | Kind::Pointer(_) | Kind::ByRef(_) | Kind::FnPtr) {
            return Ok(VTable::default());
        }
        let mut vtable = match self.base_type(ty)? {
            Some(parent) => (*self.vtable(parent)?).clone(),
            None => VTable::default(),
        };
        let inherited = vtable.slots.len();
        for m in self.declared_methods(ty)? {
            let data = self.method(m);
            if !data.flags.is_virtual() || data.flags.is_static() {
                continue;
            }
            let overridden = if data.flags.is_new_slot() { None } else { self.matching_slot(&vtable, inherited, m)? };
            match overridden {
                Some(i) => self.replace_implementation(&mut vtable, i, m),
                None => vtable.slots.push(Slot { decl: m, imp: m }),
            }
        }
        for (body, decl) in self.method_impls(ty)?.iter().copied() {
            if matches!(self.ty(self.method(decl).owner).kind, Kind::Interface) {
                continue;
            }
            if let Some(i) = vtable.slots.iter().position(|s| s.decl == decl || s.imp == decl) {
                self.replace_implementation(&mut vtable, i, body);
            }
        }
        Ok(vtable)
    }

    /// The last inherited slot whose method has `m`'s name and signature.
    fn matching_slot(&mut self, vtable: &VTable, inherited: usize, m: MethodId) -> Result<Option<usize>, TypeError> {
        let name = self.method(m).name.clone();
        let sig = self.method_sig(m)?;
        for i in (0..inherited).rev() {
            let decl = vtable.slots[i].decl;
            if self.method(decl).name != name {
                continue;
            }
            if same_shape(&*self.method_sig(decl)?, &sig) {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// Slot `i` gets `imp`; a replaced method marked PreserveBaseOverrides is replaced in all its slots.
    fn replace_implementation(&mut self, vtable: &mut VTable, i: usize, imp: MethodId) {
        let old = vtable.slots[i].imp;
        vtable.slots[i].imp = imp;
        let def = self.method(old).def;
        if old != imp && self.world.has_attribute(def.assembly, def.token(), PRESERVE_BASE_OVERRIDES) {
            for slot in &mut vtable.slots {
                if slot.imp == old {
                    slot.imp = imp;
                }
            }
        }
    }

    /// The vtable slot a virtual method occupies in its declaring type's vtable.
    pub fn slot_of(&mut self, method: MethodId) -> Result<u32, TypeError> {
        let owner = self.method(method).owner;
        let vtable = self.vtable(owner)?;
        let index = vtable
            .slots
            .iter()
            .position(|s| s.decl == method)
            .or_else(|| vtable.slots.iter().rposition(|s| s.imp == method))
            .ok_or_else(|| TypeError::Invalid(format!("{} has no vtable slot", self.method_name(method))))?;
        Ok(index as u32)
    }

    /// The `.override` rows of `ty`'s definition as (body, declaration), resolved in `ty`'s context.
    pub fn method_impls(&mut self, ty: TypeId) -> Result<Arc<Vec<(MethodId, MethodId)>>, TypeError> {
        if let Some(list) = self.vtables.method_impls.get(&ty) {
            return Ok(list.clone());
        }
        let mut list = Vec::new();
        if let Some(def) = self.ty(ty).def {
            let args = self.context_args(ty)?;
            let ctx = GenericContext::new(&args, &[]);
            let a = self.world.assembly(def.assembly);
            let rows = a.rows_referring_to(TableId::MethodImpl, 0, def.token())?;
            for rid in rows {
                let row: MethodImplRow = self.world.assembly(def.assembly).row(rid)?;
                let body = match self.resolve_method_token(def.assembly, row.body, &ctx)? {
                    MethodRef::Method(m) => self.on_type(m, ty)?,
                    MethodRef::ArrayMethod { .. } => continue,
                };
                let MethodRef::Method(decl) = self.resolve_method_token(def.assembly, row.declaration, &ctx)? else {
                    continue;
                };
                list.push((body, decl));
            }
        }
        let list = Arc::new(list);
        self.vtables.method_impls.insert(ty, list.clone());
        Ok(list)
    }

    /// A method of `ty`'s own definition, as a method of `ty` itself (a MethodDef token names it on the open type).
    fn on_type(&mut self, m: MethodId, ty: TypeId) -> Result<MethodId, TypeError> {
        let data = self.method(m);
        if data.owner == ty || self.ty(data.owner).def != self.ty(ty).def {
            return Ok(m);
        }
        let (def, inst) = (data.def, data.inst.clone());
        self.method_of(def, ty, &inst)
    }

    /// Every interface `ty` implements: its parent's, then its own with their base interfaces, without
    /// duplicates. For an interface, the interfaces it extends.
    pub fn interfaces(&mut self, ty: TypeId) -> Result<Arc<Vec<TypeId>>, TypeError> {
        if let Some(list) = self.vtables.interfaces.get(&ty) {
            return Ok(list.clone());
        }
        let mut list = Vec::new();
        if !matches!(self.ty(ty).kind, Kind::Interface)
            && let Some(parent) = self.base_type(ty)?
        {
            list.extend(self.interfaces(parent)?.iter().copied());
        }
        for iface in self.declared_interfaces(ty)? {
            if !list.contains(&iface) {
                list.push(iface);
            }
            if iface != ty {
                for inherited in self.interfaces(iface)?.iter().copied() {
                    if !list.contains(&inherited) {
                        list.push(inherited);
                    }
                }
            }
        }
        let list = Arc::new(list);
        self.vtables.interfaces.insert(ty, list.clone());
        Ok(list)
    }

    /// The InterfaceImpl rows of `ty`'s definition, in `ty`'s context; for arrays, the generic collection
    /// interfaces an SZ array implements.
    fn declared_interfaces(&mut self, ty: TypeId) -> Result<Vec<TypeId>, TypeError> {
        if let Kind::SzArray(element) = self.ty(ty).kind {
            let corelib = self.well_known.corelib;
            let mut list = Vec::new();
            for name in [
                "System.Collections.Generic.IList`1",
                "System.Collections.Generic.ICollection`1",
                "System.Collections.Generic.IEnumerable`1",
                "System.Collections.Generic.IReadOnlyList`1",
                "System.Collections.Generic.IReadOnlyCollection`1",
            ] {
                let def = self.world.find_type_def(corelib, name, 0)?;
                list.push(self.inst_type(def, &[element])?);
            }
            return Ok(list);
        }
        let Some(def) = self.ty(ty).def else { return Ok(Vec::new()) };
        let args = self.context_args(ty)?;
        let ctx = GenericContext::new(&args, &[]);
        let a = self.world.assembly(def.assembly);
        let rows = a.rows_referring_to(TableId::InterfaceImpl, 0, def.token())?;
        let mut list = Vec::new();
        for rid in rows {
            let row: wasmr2r_metadata::InterfaceImplRow = self.world.assembly(def.assembly).row(rid)?;
            list.push(self.resolve_type_token(def.assembly, row.interface, &ctx)?);
        }
        Ok(list)
    }

    /// The methods that make up an interface's slots: its virtual instance methods in declaration order.
    pub fn interface_methods(&mut self, iface: TypeId) -> Result<Arc<Vec<MethodId>>, TypeError> {
        if let Some(list) = self.vtables.interface_methods.get(&iface) {
            return Ok(list.clone());
        }
        let mut list = Vec::new();
        for m in self.declared_methods(iface)? {
            let flags = self.method(m).flags;
            if flags.is_virtual() && !flags.is_static() {
                list.push(m);
            }
        }
        let list = Arc::new(list);
        self.vtables.interface_methods.insert(iface, list.clone());
        Ok(list)
    }

    /// The method that implements interface method `iface_method` for objects of type `ty`, or `None` when
    /// nothing does (an abstract class, or a broken type).
    pub fn resolve_interface_method(
        &mut self,
        ty: TypeId,
        iface_method: MethodId,
    ) -> Result<Option<MethodId>, TypeError> {
        let method_inst = self.method(iface_method).inst.clone();
        let open = if method_inst.is_empty() {
            iface_method
        } else {
            let (def, owner) = (self.method(iface_method).def, self.method(iface_method).owner);
            self.method_of(def, owner, &[])?
        };
        let found = self.resolve_interface_method_open(ty, open)?;
        match found {
            Some(m) if !method_inst.is_empty() => Ok(Some(self.instantiate_method(m, &method_inst)?)),
            other => Ok(other),
        }
    }

    fn resolve_interface_method_open(
        &mut self,
        ty: TypeId,
        iface_method: MethodId,
    ) -> Result<Option<MethodId>, TypeError> {
        let vtable = self.vtable(ty)?;
        // 1. An explicit `.override` in the type or an ancestor, most derived first.
        let mut current = Some(ty);
        while let Some(t) = current {
            for (body, decl) in self.method_impls(t)?.iter().copied() {
                if decl == iface_method {
                    return Ok(Some(self.current_implementation(&vtable, body)));
                }
            }
            current = self.base_type(t)?;
        }
        // 2. The most derived public virtual method with the same name and signature.
        let name = self.method(iface_method).name.clone();
        let sig = self.method_sig(iface_method)?;
        let mut current = Some(ty);
        while let Some(t) = current {
            for m in self.declared_methods(t)? {
                let data = self.method(m);
                if !data.flags.is_virtual() || data.flags.is_static() || data.name != name {
                    continue;
                }
                if same_shape(&*self.method_sig(m)?, &sig) {
                    return Ok(Some(self.current_implementation(&vtable, m)));
                }
            }
            current = self.base_type(t)?;
        }
        // 3. A default implementation: an override in a more specific interface, else the method's own body.
        self.default_implementation(ty, iface_method)
    }

    /// What `ty`'s vtable calls for the slot `m` occupies (a derived class may override a method that implements
    /// an interface).
    fn current_implementation(&mut self, vtable: &VTable, m: MethodId) -> MethodId {
        vtable.slots.iter().find(|s| s.decl == m || s.imp == m).map(|s| s.imp).unwrap_or(m)
    }

    /// The most specific default interface implementation of `iface_method` among `ty`'s interfaces.
    fn default_implementation(&mut self, ty: TypeId, iface_method: MethodId) -> Result<Option<MethodId>, TypeError> {
        let interfaces = if matches!(self.ty(ty).kind, Kind::Interface) {
            let mut list = vec![ty];
            list.extend(self.interfaces(ty)?.iter().copied());
            list
        } else {
            (*self.interfaces(ty)?).clone()
        };
        let mut best: Option<(TypeId, MethodId)> = None;
        for iface in interfaces {
            for (body, decl) in self.method_impls(iface)?.iter().copied() {
                if decl != iface_method || self.method(body).flags.is_abstract() {
                    continue;
                }
                let more_specific = match best {
                    None => true,
                    Some((current, _)) => self.interfaces(iface)?.contains(&current),
                };
                if more_specific {
                    best = Some((iface, body));
                }
            }
        }
        if let Some((_, body)) = best {
            return Ok(Some(body));
        }
        let data = self.method(iface_method);
        Ok((!data.flags.is_abstract() && data.rva != 0).then_some(iface_method))
    }

    /// The implementation of a static virtual (abstract) interface member for type `ty`: an explicit `.override`,
    /// else a static method with the same name and signature, else the interface's default body.
    pub fn resolve_static_virtual(
        &mut self,
        ty: TypeId,
        iface_method: MethodId,
    ) -> Result<Option<MethodId>, TypeError> {
        let method_inst = self.method(iface_method).inst.clone();
        let (def, owner) = (self.method(iface_method).def, self.method(iface_method).owner);
        let open = self.method_of(def, owner, &[])?;
        let mut found = None;
        let mut current = Some(ty);
        'search: while let Some(t) = current {
            for (body, decl) in self.method_impls(t)?.iter().copied() {
                if decl == open {
                    found = Some(body);
                    break 'search;
                }
            }
            let name = self.method(open).name.clone();
            let sig = self.method_sig(open)?;
            for m in self.declared_methods(t)? {
                let data = self.method(m);
                if data.flags.is_static() && data.name == name && same_shape(&*self.method_sig(m)?, &sig) {
                    found = Some(m);
                    break 'search;
                }
            }
            current = self.base_type(t)?;
        }
        if found.is_none() {
            found = self.default_implementation(ty, open)?;
        }
        match found {
            Some(m) if !method_inst.is_empty() => Ok(Some(self.instantiate_method(m, &method_inst)?)),
            other => Ok(other),
        }
    }

    /// The implementation for type `ty` of virtual method `method` (a class virtual, through `ty`'s vtable),
    /// keeping `method`'s own type arguments when it is a generic virtual method.
    pub fn resolve_virtual(&mut self, ty: TypeId, method: MethodId) -> Result<Option<MethodId>, TypeError> {
        let owner = self.method(method).owner;
        if matches!(self.ty(owner).kind, Kind::Interface) {
            return self.resolve_interface_method(ty, method);
        }
        let inst = self.method(method).inst.clone();
        let open = if inst.is_empty() {
            method
        } else {
            let (def, owner) = (self.method(method).def, self.method(method).owner);
            self.method_of(def, owner, &[])?
        };
        let slot = self.slot_of(open)? as usize;
        let vtable = self.vtable(ty)?;
        let Some(found) = vtable.slots.get(slot).map(|s| s.imp) else { return Ok(None) };
        if inst.is_empty() { Ok(Some(found)) } else { Ok(Some(self.instantiate_method(found, &inst)?)) }
    }

    /// The MethodDef with this name declared on `ty`'s definition, as a method of `ty` (the first one).
    pub fn method_named(&mut self, ty: TypeId, name: &str) -> Result<Option<MethodId>, TypeError> {
        Ok(self.find_methods_named(ty, name)?.into_iter().next())
    }

    /// The definition a method id stands for.
    pub fn method_def(&self, method: MethodId) -> MethodDefId {
        self.method(method).def
    }
}
