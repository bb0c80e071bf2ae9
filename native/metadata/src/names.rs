//! Names and identities: full type names (nested with `+`, generic instances with `<...>`), signatures as
//! text, and assembly identity (name, version, culture, public key token).
//!
//! The text forms are the ones `tests/oracle/FACTS.md` specifies, so the oracle comparison reads them as is.

use crate::assembly::Assembly;
use crate::error::{Error, Result};
use crate::schema::*;
use crate::signature::{ArrayShape, MethodSignature, PrimitiveType, SignatureDecoder, SignatureProvider, TypeKind};
use crate::token::Token;
use sha1::Digest;

/// Nesting deeper than this is a cycle in NestedClass or ResolutionScope.
const MAX_NESTING: u32 = 64;

impl Assembly {
    /// The full name of a TypeDef, TypeRef, ExportedType (`Namespace.Outer+Inner`) or TypeSpec (its decoded
    /// signature as text).
    pub fn type_full_name(&self, token: Token) -> Result<String> {
        let mut name = String::new();
        self.write_type_name(token, &mut name, 0)?;
        Ok(name)
    }

    fn write_type_name(&self, token: Token, out: &mut String, depth: u32) -> Result<()> {
        if depth > MAX_NESTING {
            return Err(Error::invalid("type name", 0, "nesting cycle in type names"));
        }
        let (namespace, name, enclosing) = match token.table() {
            Some(TableId::TypeDef) => {
                let row: TypeDefRow = self.row(token.rid())?;
                let enclosing = self.enclosing_type(token.rid())?.map(|rid| Token::new(TableId::TypeDef, rid));
                (row.namespace, row.name, enclosing)
            }
            Some(TableId::TypeRef) => {
                let row: TypeRefRow = self.row(token.rid())?;
                let scope = row.resolution_scope;
                let enclosing = (scope.table() == Some(TableId::TypeRef) && !scope.is_nil()).then_some(scope);
                (row.namespace, row.name, enclosing)
            }
            Some(TableId::ExportedType) => {
                let row: ExportedTypeRow = self.row(token.rid())?;
                let implementation = row.implementation;
                let enclosing = (implementation.table() == Some(TableId::ExportedType) && !implementation.is_nil())
                    .then_some(implementation);
                (row.namespace, row.name, enclosing)
            }
            Some(TableId::TypeSpec) => {
                let mut blob = self.type_spec_blob(token)?;
                let mut formatter = TypeNameFormatter { assembly: self, depth: depth + 1 };
                out.push_str(&SignatureDecoder::new(&mut formatter).decode_type(&mut blob)?);
                return Ok(());
            }
            _ => {
                return Err(Error::invalid(
                    "type name",
                    0,
                    "token is not a TypeDef, TypeRef, TypeSpec or ExportedType",
                ));
            }
        };
        match enclosing {
            Some(outer) => {
                self.write_type_name(outer, out, depth + 1)?;
                out.push('+');
            }
            None => {
                let namespace = self.string(namespace)?;
                if !namespace.is_empty() {
                    out.push_str(&namespace);
                    out.push('.');
                }
            }
        }
        out.push_str(&self.string(name)?);
        Ok(())
    }

    /// Where ExportedType `rid` lives when it is forwarded: the AssemblyRef RID of the assembly that defines
    /// it. A nested exported type is forwarded with its outermost enclosing type, which carries the
    /// forwarder flag (0x00200000). `None` for an exported type that is not forwarded.
    pub fn forwarded_to(&self, rid: u32) -> Result<Option<u32>> {
        const FORWARDER: u32 = 0x0020_0000;
        let mut row: ExportedTypeRow = self.row(rid)?;
        for _ in 0..MAX_NESTING {
            match row.implementation.table() {
                Some(TableId::ExportedType) => row = self.row(row.implementation.rid())?,
                Some(TableId::AssemblyRef) if row.flags & FORWARDER != 0 => return Ok(Some(row.implementation.rid())),
                _ => return Ok(None),
            }
        }
        Err(Error::invalid("ExportedType row", 0, "nesting cycle among exported types"))
    }

    /// The assembly's own identity, if the file has an Assembly row (a netmodule does not).
    pub fn identity(&self) -> Result<Option<AssemblyIdentity<'_>>> {
        if self.row_count(TableId::Assembly) == 0 {
            return Ok(None);
        }
        let row: AssemblyRow = self.row(1)?;
        Ok(Some(AssemblyIdentity {
            name: self.string(row.name)?.into_owned(),
            version: [row.major, row.minor, row.build, row.revision],
            culture: self.string(row.culture)?.into_owned(),
            public_key_or_token: self.blobs().get(row.public_key)?,
            flags: row.flags,
            hash_algorithm: row.hash_algorithm,
        }))
    }

    /// The identity an AssemblyRef row names.
    pub fn assembly_ref(&self, rid: u32) -> Result<AssemblyIdentity<'_>> {
        let row: AssemblyRefRow = self.row(rid)?;
        Ok(AssemblyIdentity {
            name: self.string(row.name)?.into_owned(),
            version: [row.major, row.minor, row.build, row.revision],
            culture: self.string(row.culture)?.into_owned(),
            public_key_or_token: self.blobs().get(row.public_key_or_token)?,
            flags: row.flags,
            hash_algorithm: 0,
        })
    }
}

/// An assembly's or assembly reference's identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssemblyIdentity<'a> {
    pub name: String,
    pub version: [u16; 4],
    pub culture: String,
    /// The full public key (Assembly rows; AssemblyRef rows with flag 0x1) or its 8-byte token.
    pub public_key_or_token: &'a [u8],
    pub flags: u32,
    pub hash_algorithm: u32,
}

impl AssemblyIdentity<'_> {
    const FLAG_PUBLIC_KEY: u32 = 0x0001;

    pub fn version_string(&self) -> String {
        let [a, b, c, d] = self.version;
        format!("{a}.{b}.{c}.{d}")
    }

    /// The 8-byte public key token: the last 8 bytes of the key's SHA-1, reversed (II.6.3). Empty without a key.
    pub fn public_key_token(&self, is_full_key: bool) -> Vec<u8> {
        if !is_full_key || self.public_key_or_token.is_empty() {
            return self.public_key_or_token.to_vec();
        }
        let hash = sha1::Sha1::digest(self.public_key_or_token);
        hash[hash.len() - 8..].iter().rev().copied().collect()
    }

    /// Whether `public_key_or_token` holds a full key: always for an Assembly row, by flag for a reference.
    pub fn has_full_key(&self, is_definition: bool) -> bool {
        is_definition || self.flags & Self::FLAG_PUBLIC_KEY != 0
    }

    /// `Name, Version=a.b.c.d, Culture=neutral, PublicKeyToken=...` as .NET displays it.
    pub fn display_name(&self, is_definition: bool) -> String {
        let token = self.public_key_token(self.has_full_key(is_definition));
        let culture = if self.culture.is_empty() { "neutral" } else { &self.culture };
        let token = if token.is_empty() { "null".to_owned() } else { hex(&token) };
        format!("{}, Version={}, Culture={culture}, PublicKeyToken={token}", self.name, self.version_string())
    }
}

/// Lower-case hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Formats signatures as text (the forms in `tests/oracle/FACTS.md`).
pub struct TypeNameFormatter<'a> {
    pub assembly: &'a Assembly,
    /// How many TypeSpecs deep the name being built is: a TypeSpec that names itself (directly or through
    /// others) must end in an error, not in unbounded recursion.
    depth: u32,
}

impl<'a> TypeNameFormatter<'a> {
    pub fn new(assembly: &'a Assembly) -> Self {
        TypeNameFormatter { assembly, depth: 0 }
    }
}

impl SignatureProvider for TypeNameFormatter<'_> {
    type Type = String;

    fn primitive(&mut self, ty: PrimitiveType) -> String {
        ty.full_name().to_owned()
    }
    fn type_handle(&mut self, token: Token, _kind: TypeKind) -> Result<String> {
        let mut name = String::new();
        self.assembly.write_type_name(token, &mut name, self.depth)?;
        Ok(name)
    }
    fn sz_array(&mut self, element: String) -> String {
        element + "[]"
    }
    fn array(&mut self, element: String, shape: ArrayShape) -> String {
        if shape.rank == 1 {
            element + "[*]"
        } else {
            format!("{element}[{}]", ",".repeat(shape.rank.saturating_sub(1).min(64) as usize))
        }
    }
    fn pointer(&mut self, element: String) -> String {
        element + "*"
    }
    fn by_ref(&mut self, element: String) -> String {
        element + "&"
    }
    fn pinned(&mut self, element: String) -> String {
        element + " pinned"
    }
    fn generic_instance(&mut self, generic: String, args: Vec<String>) -> String {
        format!("{generic}<{}>", args.join(","))
    }
    fn generic_type_param(&mut self, index: u32) -> String {
        format!("!{index}")
    }
    fn generic_method_param(&mut self, index: u32) -> String {
        format!("!!{index}")
    }
    fn function_pointer(&mut self, signature: MethodSignature<String>) -> String {
        format!("method {}", format_method_signature(&signature))
    }
    fn modified(&mut self, modifier: String, unmodified: String, required: bool) -> String {
        let kind = if required { "modreq" } else { "modopt" };
        format!("{unmodified} {kind}({modifier})")
    }
}

/// `<header>:<generic count>:<return>(<params>)`, with `...` at a vararg sentinel.
pub fn format_method_signature(signature: &MethodSignature<String>) -> String {
    let mut params: Vec<&str> = signature.params.iter().map(String::as_str).collect();
    if signature.required_param_count < params.len() {
        params.insert(signature.required_param_count, "...");
    }
    format!(
        "{:02x}:{}:{}({})",
        signature.header.0,
        signature.generic_param_count,
        signature.return_type,
        params.join(",")
    )
}

/// `<header>:<type>(<params>)` for a property signature.
pub fn format_property_signature(signature: &MethodSignature<String>) -> String {
    format!("{:02x}:{}({})", signature.header.0, signature.return_type, signature.params.join(","))
}
