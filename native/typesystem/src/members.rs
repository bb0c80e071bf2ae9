//! Member tokens → methods and fields: MethodDef, MemberRef (matched against the definitions by name and by
//! signature structure, in open form) and MethodSpec; Field and field MemberRefs.

use crate::defs::{FieldDefId, MethodDefId};
use crate::error::TypeError;
use crate::sig::GenericContext;
use crate::types::{FieldId, Kind, MethodId, TypeId, TypeSystem};
use wasmr2r_metadata::{MemberRefRow, MethodSpecRow, SignatureHeader, TableId, Token};

/// What a method token resolved to: a method of a type, or a method the runtime provides on an array type
/// (`T[,]::Get`, `Set`, `Address`, `.ctor`), which has no definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MethodRef {
    Method(MethodId),
    ArrayMethod { array: TypeId, name: String, sig: crate::types::MethodSig },
}

impl<'w> TypeSystem<'w> {
    /// The method a MethodDef, MemberRef or MethodSpec token of `assembly` names, in `ctx`.
    pub fn resolve_method_token(
        &mut self,
        assembly: u32,
        token: Token,
        ctx: &GenericContext,
    ) -> Result<MethodRef, TypeError> {
        match token.table() {
            Some(TableId::MethodDef) => {
                let def = MethodDefId { assembly, rid: token.rid() };
                let owner_def = self.world.method_owner(def)?;
                let owner = self.open_or_plain(owner_def)?;
                Ok(MethodRef::Method(self.method_def_on(def, owner)?))
            }
            Some(TableId::MemberRef) => self.resolve_method_ref(assembly, token, ctx),
            Some(TableId::MethodSpec) => {
                let row: MethodSpecRow = self.world.assembly(assembly).row(token.rid())?;
                let MethodRef::Method(generic) = self.resolve_method_token(assembly, row.method, ctx)? else {
                    return Err(TypeError::Invalid("a generic instantiation of an array method".into()));
                };
                let mut blob = self.world.assembly(assembly).blob(row.instantiation, "method instantiation")?;
                let args = self.decode_method_spec(assembly, &mut blob, ctx)?;
                Ok(MethodRef::Method(self.instantiate_method(generic, &args)?))
            }
            _ => Err(TypeError::Invalid(format!("{token:?} is not a method token"))),
        }
    }

    /// A TypeDef as a type: itself when it is not generic; instantiated over its own parameters (open) when it is,
    /// which is what a bare MethodDef or Field token of a generic type means.
    fn open_or_plain(&mut self, def: crate::defs::TypeDefId) -> Result<TypeId, TypeError> {
        let count = self.generic_param_count(def)?;
        if count == 0 {
            return self.def_type(def);
        }
        let params = (0..count).map(|i| self.intern(crate::types::TypeKey::Var(i))).collect::<Result<Vec<_>, _>>()?;
        self.inst_type(def, &params)
    }

    fn resolve_method_ref(
        &mut self,
        assembly: u32,
        token: Token,
        ctx: &GenericContext,
    ) -> Result<MethodRef, TypeError> {
        let a = self.world.assembly(assembly);
        let row: MemberRefRow = a.row(token.rid())?;
        let name = a.string(row.name)?.into_owned();
        let owner = match row.parent.table() {
            Some(TableId::TypeDef | TableId::TypeRef | TableId::TypeSpec) => {
                self.resolve_type_token(assembly, row.parent, ctx)?
            }
            Some(TableId::MethodDef) => {
                // A vararg call site names the definition directly.
                return self.resolve_method_token(assembly, row.parent, ctx);
            }
            _ => return Err(TypeError::Unsupported(format!("method '{name}' of a module reference"))),
        };
        let mut blob = a.blob(row.signature, "member reference signature")?;
        if matches!(self.ty(owner).kind, Kind::Array(..) | Kind::SzArray(_)) && self.ty(owner).def.is_none() {
            let sig = self.decode_method_sig(assembly, &mut blob, ctx)?;
            return Ok(MethodRef::ArrayMethod { array: owner, name, sig });
        }
        let wanted = self.decode_method_sig(assembly, &mut blob, &GenericContext::Open)?;
        let def = self.find_method(owner, &name, &wanted)?;
        Ok(MethodRef::Method(self.method_def_on(def, owner)?))
    }

    /// The MethodDef of `owner`'s definition named `name` whose open signature is `wanted`.
    pub fn find_method(
        &mut self,
        owner: TypeId,
        name: &str,
        wanted: &crate::types::MethodSig,
    ) -> Result<MethodDefId, TypeError> {
        let owner_def = self
            .ty(owner)
            .def
            .ok_or_else(|| TypeError::Invalid(format!("method '{name}' on {}", self.type_name(owner))))?;
        for def in self.world.type_def_methods(owner_def)? {
            if self.world.method_def_name(def) != name {
                continue;
            }
            let sig = self.open_method_sig(def)?;
            if same_shape(&sig, wanted) {
                return Ok(def);
            }
        }
        Err(TypeError::MissingMember { name: name.to_owned(), owner: self.type_name(owner) })
    }

    /// The field a Field or MemberRef token of `assembly` names, in `ctx`.
    pub fn resolve_field_token(
        &mut self,
        assembly: u32,
        token: Token,
        ctx: &GenericContext,
    ) -> Result<FieldId, TypeError> {
        match token.table() {
            Some(TableId::Field) => {
                let def = FieldDefId { assembly, rid: token.rid() };
                let owner_def = self.world.field_owner(def)?;
                let owner = self.open_or_plain(owner_def)?;
                Ok(FieldId { owner, def })
            }
            Some(TableId::MemberRef) => {
                let a = self.world.assembly(assembly);
                let row: MemberRefRow = a.row(token.rid())?;
                let name = a.string(row.name)?.into_owned();
                let owner = match row.parent.table() {
                    Some(TableId::TypeDef | TableId::TypeRef | TableId::TypeSpec) => {
                        self.resolve_type_token(assembly, row.parent, ctx)?
                    }
                    _ => return Err(TypeError::Unsupported(format!("field '{name}' of a module reference"))),
                };
                let owner_def = self
                    .ty(owner)
                    .def
                    .ok_or_else(|| TypeError::Invalid(format!("field '{name}' on {}", self.type_name(owner))))?;
                for def in self.world.type_def_fields(owner_def)? {
                    if self.world.field_def_name(def) == name {
                        return Ok(FieldId { owner, def });
                    }
                }
                Err(TypeError::MissingMember { name, owner: self.type_name(owner) })
            }
            _ => Err(TypeError::Invalid(format!("{token:?} is not a field token"))),
        }
    }

    /// The method named `name` declared by `owner` whose open signature has `params` parameters and is
    /// static or not as asked (for finding runtime-known members such as `String.Ctor` overloads).
    pub fn find_methods_named(&mut self, owner: TypeId, name: &str) -> Result<Vec<MethodId>, TypeError> {
        let Some(def) = self.ty(owner).def else { return Ok(Vec::new()) };
        let mut found = Vec::new();
        for m in self.world.type_def_methods(def)? {
            if self.world.method_def_name(m) == name {
                found.push(self.method_def_on(m, owner)?);
            }
        }
        Ok(found)
    }

    /// The instance or static fields declared by `ty` itself (not inherited), in declaration order.
    pub fn declared_fields(&mut self, ty: TypeId) -> Result<Vec<FieldId>, TypeError> {
        let Some(def) = self.ty(ty).def else { return Ok(Vec::new()) };
        Ok(self.world.type_def_fields(def)?.into_iter().map(|def| FieldId { owner: ty, def }).collect())
    }

    /// The methods declared by `ty` itself, in declaration order, on `ty` (generic methods stay open).
    pub fn declared_methods(&mut self, ty: TypeId) -> Result<Vec<MethodId>, TypeError> {
        let Some(def) = self.ty(ty).def else { return Ok(Vec::new()) };
        let defs = self.world.type_def_methods(def)?;
        defs.into_iter().map(|m| self.method_def_on(m, ty)).collect()
    }
}

/// Two signatures are the same shape when calling convention, generic arity, return and parameter types agree
/// (types are interned, so equal ids are equal types; modifiers are not compared).
pub fn same_shape(a: &crate::types::MethodSig, b: &crate::types::MethodSig) -> bool {
    let conv = |h: SignatureHeader| h.0 & !SignatureHeader::EXPLICIT_THIS;
    conv(a.header) == conv(b.header) && a.generic_count == b.generic_count && a.ret == b.ret && a.params == b.params
}
