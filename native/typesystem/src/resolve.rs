//! Resolution: a token in one assembly → the definition it names, possibly in another assembly.

use crate::world::World;
use wasmr2r_metadata::names::TypeNameFormatter;
use wasmr2r_metadata::*;

/// A TypeDef of assembly `assembly`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId {
    pub assembly: usize,
    pub rid: u32,
}

/// A MethodDef of assembly `assembly`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MethodId {
    pub assembly: usize,
    pub rid: u32,
}

/// A Field of assembly `assembly`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldId {
    pub assembly: usize,
    pub rid: u32,
}

/// Why a token did not resolve.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    #[error("{0}")]
    Metadata(#[from] Error),
    #[error("assembly '{0}' is not among the inputs")]
    MissingAssembly(String),
    #[error("type '{name}' not found in '{assembly}'")]
    MissingType { name: String, assembly: String },
    #[error("member '{name}' not found on '{type_name}'")]
    MissingMember { name: String, type_name: String },
    #[error("{0} cannot be resolved yet")]
    Unsupported(String),
}

const MAX_FORWARDING: u32 = 16;

impl World {
    /// The TypeDef a TypeDef or TypeRef token of `assembly` names.
    pub fn resolve_type(&self, assembly: usize, token: Token) -> Result<TypeId, ResolveError> {
        let a = self.assembly(assembly);
        match token.table() {
            Some(TableId::TypeDef) => Ok(TypeId { assembly, rid: token.rid() }),
            Some(TableId::TypeRef) => {
                let row: TypeRefRow = a.row(token.rid())?;
                let full_name = a.type_full_name(token)?;
                let scope = row.resolution_scope;
                match scope.table() {
                    Some(TableId::AssemblyRef) => {
                        let name = a.assembly_ref(scope.rid())?.name;
                        let target = self.find(&name).ok_or(ResolveError::MissingAssembly(name))?;
                        self.find_type(target, &full_name, 0)
                    }
                    Some(TableId::TypeRef) => {
                        self.find_type(self.resolve_type(assembly, scope)?.assembly, &full_name, 0)
                    }
                    Some(TableId::Module) => self.find_type(assembly, &full_name, 0),
                    _ => Err(ResolveError::Unsupported(format!(
                        "type reference '{full_name}' scoped to a module reference"
                    ))),
                }
            }
            _ => Err(ResolveError::Unsupported(format!("type token {token}"))),
        }
    }

    /// The TypeDef named `full_name` in `assembly`, following type forwarders.
    fn find_type(&self, assembly: usize, full_name: &str, depth: u32) -> Result<TypeId, ResolveError> {
        let a = self.assembly(assembly);
        if let Some(rid) = a.find_type(full_name) {
            return Ok(TypeId { assembly, rid });
        }
        let assembly_name = || a.identity().ok().flatten().map(|i| i.name).unwrap_or_default();
        for rid in 1..=a.row_count(TableId::ExportedType) {
            if depth < MAX_FORWARDING
                && a.type_full_name(Token::new(TableId::ExportedType, rid))? == full_name
                && let Some(target) = a.forwarded_to(rid)?
            {
                let name = a.assembly_ref(target)?.name;
                let target = self.find(&name).ok_or(ResolveError::MissingAssembly(name))?;
                return self.find_type(target, full_name, depth + 1);
            }
        }
        Err(ResolveError::MissingType { name: full_name.to_owned(), assembly: assembly_name() })
    }

    /// The MethodDef a MethodDef or MemberRef token of `assembly` names.
    pub fn resolve_method(&self, assembly: usize, token: Token) -> Result<MethodId, ResolveError> {
        let a = self.assembly(assembly);
        match token.table() {
            Some(TableId::MethodDef) => Ok(MethodId { assembly, rid: token.rid() }),
            Some(TableId::MemberRef) => {
                let row: MemberRefRow = a.row(token.rid())?;
                if !matches!(row.parent.table(), Some(TableId::TypeRef | TableId::TypeDef)) {
                    return Err(ResolveError::Unsupported(format!("a method on {}", a.type_full_name(row.parent)?)));
                }
                let owner = self.resolve_type(assembly, row.parent)?;
                let name = a.string(row.name)?;
                let wanted = signature_text(a, row.signature)?;
                let target = self.assembly(owner.assembly);
                for method in target.type_methods(owner.rid)?.rids(target) {
                    let method = method?;
                    let def: MethodDefRow = target.row(method)?;
                    if target.string(def.name)? == name && signature_text(target, def.signature)? == wanted {
                        return Ok(MethodId { assembly: owner.assembly, rid: method });
                    }
                }
                let type_name = target.type_full_name(Token::new(TableId::TypeDef, owner.rid))?;
                Err(ResolveError::MissingMember { name: name.into_owned(), type_name })
            }
            Some(TableId::MethodSpec) => Err(ResolveError::Unsupported("a generic method instantiation".into())),
            _ => Err(ResolveError::Unsupported(format!("method token {token}"))),
        }
    }

    /// The Field a Field or MemberRef token of `assembly` names.
    pub fn resolve_field(&self, assembly: usize, token: Token) -> Result<FieldId, ResolveError> {
        let a = self.assembly(assembly);
        match token.table() {
            Some(TableId::Field) => Ok(FieldId { assembly, rid: token.rid() }),
            Some(TableId::MemberRef) => {
                let row: MemberRefRow = a.row(token.rid())?;
                let owner = self.resolve_type(assembly, row.parent)?;
                let name = a.string(row.name)?;
                let target = self.assembly(owner.assembly);
                for field in target.type_fields(owner.rid)?.rids(target) {
                    let field = field?;
                    if target.string(target.row::<FieldRow>(field)?.name)? == name {
                        return Ok(FieldId { assembly: owner.assembly, rid: field });
                    }
                }
                let type_name = target.type_full_name(Token::new(TableId::TypeDef, owner.rid))?;
                Err(ResolveError::MissingMember { name: name.into_owned(), type_name })
            }
            _ => Err(ResolveError::Unsupported(format!("field token {token}"))),
        }
    }

    /// The TypeDef that owns MethodDef `method`.
    pub fn method_owner(&self, method: MethodId) -> Result<TypeId, ResolveError> {
        let rid = self.owners(method.assembly).methods.get((method.rid as usize).wrapping_sub(1)).copied();
        match rid {
            Some(rid) if rid != 0 => Ok(TypeId { assembly: method.assembly, rid }),
            _ => Err(ResolveError::Unsupported(format!("MethodDef {} has no owning type", method.rid))),
        }
    }

    /// The TypeDef that owns Field `field`.
    pub fn field_owner(&self, field: FieldId) -> Result<TypeId, ResolveError> {
        let rid = self.owners(field.assembly).fields.get((field.rid as usize).wrapping_sub(1)).copied();
        match rid {
            Some(rid) if rid != 0 => Ok(TypeId { assembly: field.assembly, rid }),
            _ => Err(ResolveError::Unsupported(format!("Field {} has no owning type", field.rid))),
        }
    }

    /// `Namespace.Type::Method`, for names and diagnostics.
    pub fn method_name(&self, method: MethodId) -> String {
        let a = self.assembly(method.assembly);
        let name = a.row::<MethodDefRow>(method.rid).and_then(|r| a.string(r.name).map(|n| n.into_owned()));
        let owner = self
            .method_owner(method)
            .ok()
            .and_then(|t| a.type_full_name(Token::new(TableId::TypeDef, t.rid)).ok())
            .unwrap_or_else(|| "?".into());
        format!("{owner}::{}", name.unwrap_or_else(|_| "?".into()))
    }
}

/// A method signature as text with full type names, comparable across assemblies.
fn signature_text(a: &Assembly, blob: BlobIndex) -> Result<String, ResolveError> {
    let mut r = a.blob(blob, "method signature")?;
    let mut formatter = TypeNameFormatter::new(a);
    let sig = SignatureDecoder::new(&mut formatter).decode_method(&mut r)?;
    Ok(names::format_method_signature(&sig))
}
