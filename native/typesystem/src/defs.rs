//! Definitions: TypeDef, MethodDef and Field rows named across the world, and the def-level resolution of
//! TypeRefs (through type forwarders) that everything else builds on.

use crate::error::TypeError;
use crate::world::World;
use wasmr2r_metadata::*;

/// A TypeDef of assembly `assembly`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeDefId {
    pub assembly: u32,
    pub rid: u32,
}

/// A MethodDef of assembly `assembly`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MethodDefId {
    pub assembly: u32,
    pub rid: u32,
}

/// A Field of assembly `assembly`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldDefId {
    pub assembly: u32,
    pub rid: u32,
}

impl TypeDefId {
    pub fn token(self) -> Token {
        Token::new(TableId::TypeDef, self.rid)
    }
}

impl MethodDefId {
    pub fn token(self) -> Token {
        Token::new(TableId::MethodDef, self.rid)
    }
}

impl FieldDefId {
    pub fn token(self) -> Token {
        Token::new(TableId::Field, self.rid)
    }
}

/// Forwarders chained longer than this are a cycle.
const MAX_FORWARDING: u32 = 16;

impl World {
    /// The TypeDef a TypeDef or TypeRef token of `assembly` names (TypeSpecs are the type system's business).
    pub fn resolve_type_def(&self, assembly: u32, token: Token) -> Result<TypeDefId, TypeError> {
        let a = self.assembly(assembly);
        match token.table() {
            Some(TableId::TypeDef) if !token.is_nil() && token.rid() <= a.row_count(TableId::TypeDef) => {
                Ok(TypeDefId { assembly, rid: token.rid() })
            }
            Some(TableId::TypeRef) => {
                let row: TypeRefRow = a.row(token.rid())?;
                let scope = row.resolution_scope;
                match scope.table() {
                    Some(TableId::AssemblyRef) => {
                        let full_name = a.type_full_name(token)?;
                        let name = a.assembly_ref(scope.rid())?.name;
                        let target = self.find(&name).ok_or(TypeError::MissingAssembly(name))?;
                        self.find_type_def(target, &full_name, 0)
                    }
                    Some(TableId::TypeRef) => {
                        // Nested: resolve the enclosing type, then look for the nested one beside it by full name.
                        let outer = self.resolve_type_def(assembly, scope)?;
                        let full_name = a.type_full_name(token)?;
                        self.find_type_def(outer.assembly, &full_name, 0)
                    }
                    Some(TableId::Module) => self.find_type_def(assembly, &a.type_full_name(token)?, 0),
                    _ => Err(TypeError::Unsupported(format!(
                        "type reference '{}' scoped to a module reference",
                        a.type_full_name(token)?
                    ))),
                }
            }
            _ => Err(TypeError::Invalid(format!("{token:?} is not a TypeDef or TypeRef token"))),
        }
    }

    /// The TypeDef named `full_name` (`Namespace.Outer+Inner`) in `assembly`, following type forwarders.
    pub fn find_type_def(&self, assembly: u32, full_name: &str, depth: u32) -> Result<TypeDefId, TypeError> {
        let a = self.assembly(assembly);
        if let Some(rid) = a.find_type(full_name) {
            return Ok(TypeDefId { assembly, rid });
        }
        if depth < MAX_FORWARDING
            && let Some(&rid) = self.exported_types(assembly).get(full_name)
            && let Some(target) = a.forwarded_to(rid)?
        {
            let name = a.assembly_ref(target)?.name;
            let target = self.find(&name).ok_or(TypeError::MissingAssembly(name))?;
            return self.find_type_def(target, full_name, depth + 1);
        }
        Err(TypeError::MissingType { name: full_name.to_owned(), assembly: self.assembly_name(assembly) })
    }

    /// The TypeDef that owns MethodDef `method`.
    pub fn method_owner(&self, method: MethodDefId) -> Result<TypeDefId, TypeError> {
        let rid = self.owners(method.assembly).methods.get((method.rid as usize).wrapping_sub(1)).copied();
        match rid {
            Some(rid) if rid != 0 => Ok(TypeDefId { assembly: method.assembly, rid }),
            _ => Err(TypeError::Invalid(format!("MethodDef {} has no owning type", method.rid))),
        }
    }

    /// The TypeDef that owns Field `field`.
    pub fn field_owner(&self, field: FieldDefId) -> Result<TypeDefId, TypeError> {
        let rid = self.owners(field.assembly).fields.get((field.rid as usize).wrapping_sub(1)).copied();
        match rid {
            Some(rid) if rid != 0 => Ok(TypeDefId { assembly: field.assembly, rid }),
            _ => Err(TypeError::Invalid(format!("Field {} has no owning type", field.rid))),
        }
    }

    pub fn type_def_row(&self, ty: TypeDefId) -> Result<TypeDefRow, TypeError> {
        Ok(self.assembly(ty.assembly).row(ty.rid)?)
    }

    pub fn method_def_row(&self, method: MethodDefId) -> Result<MethodDefRow, TypeError> {
        Ok(self.assembly(method.assembly).row(method.rid)?)
    }

    pub fn field_row(&self, field: FieldDefId) -> Result<FieldRow, TypeError> {
        Ok(self.assembly(field.assembly).row(field.rid)?)
    }

    /// `Namespace.Outer+Inner` of a TypeDef.
    pub fn type_def_name(&self, ty: TypeDefId) -> String {
        self.assembly(ty.assembly).type_full_name(ty.token()).unwrap_or_else(|_| format!("<TypeDef {}>", ty.rid))
    }

    /// The simple name of a MethodDef.
    pub fn method_def_name(&self, method: MethodDefId) -> String {
        let a = self.assembly(method.assembly);
        a.row::<MethodDefRow>(method.rid)
            .and_then(|r| a.string(r.name).map(|n| n.into_owned()))
            .unwrap_or_else(|_| format!("<MethodDef {}>", method.rid))
    }

    /// The name of a Field.
    pub fn field_def_name(&self, field: FieldDefId) -> String {
        let a = self.assembly(field.assembly);
        a.row::<FieldRow>(field.rid)
            .and_then(|r| a.string(r.name).map(|n| n.into_owned()))
            .unwrap_or_else(|_| format!("<Field {}>", field.rid))
    }

    /// The methods of a TypeDef, in declaration order.
    pub fn type_def_methods(&self, ty: TypeDefId) -> Result<Vec<MethodDefId>, TypeError> {
        let a = self.assembly(ty.assembly);
        a.type_methods(ty.rid)?.rids(a).map(|rid| Ok(MethodDefId { assembly: ty.assembly, rid: rid? })).collect()
    }

    /// The fields of a TypeDef, in declaration order.
    pub fn type_def_fields(&self, ty: TypeDefId) -> Result<Vec<FieldDefId>, TypeError> {
        let a = self.assembly(ty.assembly);
        a.type_fields(ty.rid)?.rids(a).map(|rid| Ok(FieldDefId { assembly: ty.assembly, rid: rid? })).collect()
    }

    /// The full names of the attribute types attached to `token` of `assembly`.
    pub fn attribute_names(&self, assembly: u32, token: Token) -> Result<Vec<String>, TypeError> {
        let a = self.assembly(assembly);
        let mut names = Vec::new();
        for rid in a.custom_attributes_of(token)? {
            let row: CustomAttributeRow = a.row(rid)?;
            names.push(self.attribute_type_name(assembly, row.constructor)?);
        }
        Ok(names)
    }

    /// The TypeDefs of the attribute types attached to `token` of `assembly`, in metadata order (an attribute whose
    /// type does not resolve to a TypeDef, such as a generic attribute's TypeSpec, is left out).
    pub fn attribute_types(&self, assembly: u32, token: Token) -> Result<Vec<TypeDefId>, TypeError> {
        let a = self.assembly(assembly);
        let mut types = Vec::new();
        for rid in a.custom_attributes_of(token)? {
            let row: CustomAttributeRow = a.row(rid)?;
            let parent = match row.constructor.table() {
                Some(TableId::MethodDef) => {
                    self.method_owner(MethodDefId { assembly, rid: row.constructor.rid() })?.token()
                }
                Some(TableId::MemberRef) => a.row::<MemberRefRow>(row.constructor.rid())?.parent,
                _ => return Err(TypeError::Invalid("an attribute constructor that is not a method".into())),
            };
            if matches!(parent.table(), Some(TableId::TypeDef | TableId::TypeRef)) {
                types.push(self.resolve_type_def(assembly, parent)?);
            }
        }
        Ok(types)
    }

    /// The TypeDef `ty` is nested in, if it is a nested type.
    pub fn enclosing_type(&self, ty: TypeDefId) -> Result<Option<TypeDefId>, TypeError> {
        Ok(self.assembly(ty.assembly).enclosing_type(ty.rid)?.map(|rid| TypeDefId { assembly: ty.assembly, rid }))
    }

    /// The TypeDef a TypeDef extends, when it extends a TypeDef or TypeRef (not a generic instantiation, nor nothing).
    pub fn base_type_def(&self, ty: TypeDefId) -> Result<Option<TypeDefId>, TypeError> {
        let row = self.type_def_row(ty)?;
        if row.extends.is_nil() || row.extends.table() == Some(TableId::TypeSpec) {
            return Ok(None);
        }
        Ok(Some(self.resolve_type_def(ty.assembly, row.extends)?))
    }

    /// What `[AttributeUsage(Inherited = …)]` on `ty` itself says (true when it does not name `Inherited`), or None
    /// when `ty` has no `[AttributeUsage]`. Enum arguments (`AttributeTargets`) resolve in `ty`'s assembly, then
    /// in `corelib`.
    pub fn attribute_usage_inherited(&self, ty: TypeDefId, corelib: u32) -> Result<Option<bool>, TypeError> {
        let a = self.assembly(ty.assembly);
        for rid in a.custom_attributes_of(ty.token())? {
            let row: CustomAttributeRow = a.row(rid)?;
            if self.attribute_type_name(ty.assembly, row.constructor)? != "System.AttributeUsageAttribute" {
                continue;
            }
            let others = [self.assembly(corelib)];
            let resolver = custom_attribute::AcrossAssemblies { others: &others };
            let mut blob = a.blob(row.value, "custom attribute value")?;
            let value = custom_attribute::decode(a, row.constructor, &mut blob, &resolver)?;
            let inherited = value.named.iter().find(|n| n.name == "Inherited").map(|n| n.value.clone());
            return Ok(Some(match inherited {
                Some(custom_attribute::CaValue::Bool(b)) => b,
                Some(_) => return Err(TypeError::Invalid("AttributeUsage's Inherited is not a bool".into())),
                None => true,
            }));
        }
        Ok(None)
    }

    /// The numeric literal (`const`) fields of a TypeDef with their values, in declaration order: an enum's members.
    /// A value is the constant's bytes zero-extended to 64 bits (integers, `char`, `bool`, floating-point bits).
    pub fn literal_fields(&self, ty: TypeDefId) -> Result<Vec<(FieldDefId, u64)>, TypeError> {
        let a = self.assembly(ty.assembly);
        let mut literals = Vec::new();
        for field in self.type_def_fields(ty)? {
            let flags = crate::flags::FieldAttributes(self.field_row(field)?.flags);
            if !flags.is_static() || !flags.is_literal() {
                continue;
            }
            let Some(rid) = a.rows_referring_to(TableId::Constant, 1, field.token())?.next() else { continue };
            let row: ConstantRow = a.row(rid)?;
            // Strings and null references are not numbers.
            if row.element_type as u8 == signature::PrimitiveType::String as u8
                || row.element_type as u8 == signature::element_type::CLASS
            {
                continue;
            }
            let blob = a.blobs().get(row.value)?;
            if blob.len() > 8 {
                return Err(TypeError::Invalid(format!("the constant of field {} is longer than 8 bytes", field.rid)));
            }
            let mut bytes = [0u8; 8];
            bytes[..blob.len()].copy_from_slice(blob);
            literals.push((field, u64::from_le_bytes(bytes)));
        }
        Ok(literals)
    }

    /// Whether `token` of `assembly` carries the attribute `full_name`.
    pub fn has_attribute(&self, assembly: u32, token: Token, full_name: &str) -> bool {
        self.attribute_names(assembly, token).is_ok_and(|names| names.iter().any(|n| n == full_name))
    }

    /// The full name of the type whose constructor `constructor` (a MethodDef or MemberRef) is.
    pub fn attribute_type_name(&self, assembly: u32, constructor: Token) -> Result<String, TypeError> {
        let a = self.assembly(assembly);
        let parent = match constructor.table() {
            Some(TableId::MethodDef) => self.method_owner(MethodDefId { assembly, rid: constructor.rid() })?.token(),
            Some(TableId::MemberRef) => a.row::<MemberRefRow>(constructor.rid())?.parent,
            _ => return Err(TypeError::Invalid("an attribute constructor that is not a method".into())),
        };
        match parent.table() {
            // A generic attribute: the name of its generic definition.
            Some(TableId::TypeSpec) => {
                let mut blob = a.type_spec_blob(parent)?;
                if blob.u8()? == wasmr2r_metadata::signature::element_type::GENERICINST {
                    blob.u8()?;
                    let token = SignatureDecoder::<names::TypeNameFormatter>::type_def_or_ref(&mut blob)?;
                    return Ok(a.type_full_name(token)?);
                }
                Ok(a.type_full_name(parent)?)
            }
            _ => Ok(a.type_full_name(parent)?),
        }
    }
}
