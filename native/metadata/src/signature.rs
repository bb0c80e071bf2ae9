//! Signature blobs (II.23.2): types, method, field, property, local variable and method-spec signatures.
//!
//! The decoder does not build a tree of its own: it hands each piece to a caller's [`SignatureProvider`],
//! which builds whatever it needs (a name string, an interned type, a count). The same decoder therefore
//! backs `inspect`, the oracle comparison, the type system and the benchmarks.

use crate::bytes::ByteReader;
use crate::error::{ErrorKind, Result};
use crate::schema::TableId;
use crate::token::Token;

/// Element types (II.23.1.16) that stand for a built-in type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum PrimitiveType {
    Void = 0x01,
    Boolean = 0x02,
    Char = 0x03,
    SByte = 0x04,
    Byte = 0x05,
    Int16 = 0x06,
    UInt16 = 0x07,
    Int32 = 0x08,
    UInt32 = 0x09,
    Int64 = 0x0A,
    UInt64 = 0x0B,
    Single = 0x0C,
    Double = 0x0D,
    String = 0x0E,
    TypedReference = 0x16,
    IntPtr = 0x18,
    UIntPtr = 0x19,
    Object = 0x1C,
}

impl PrimitiveType {
    pub fn from_element_type(code: u8) -> Option<Self> {
        use PrimitiveType::*;
        Some(match code {
            0x01 => Void,
            0x02 => Boolean,
            0x03 => Char,
            0x04 => SByte,
            0x05 => Byte,
            0x06 => Int16,
            0x07 => UInt16,
            0x08 => Int32,
            0x09 => UInt32,
            0x0A => Int64,
            0x0B => UInt64,
            0x0C => Single,
            0x0D => Double,
            0x0E => String,
            0x16 => TypedReference,
            0x18 => IntPtr,
            0x19 => UIntPtr,
            0x1C => Object,
            _ => return None,
        })
    }

    /// The type's full name in CoreLib (`System.Int32`).
    pub fn full_name(self) -> &'static str {
        use PrimitiveType::*;
        match self {
            Void => "System.Void",
            Boolean => "System.Boolean",
            Char => "System.Char",
            SByte => "System.SByte",
            Byte => "System.Byte",
            Int16 => "System.Int16",
            UInt16 => "System.UInt16",
            Int32 => "System.Int32",
            UInt32 => "System.UInt32",
            Int64 => "System.Int64",
            UInt64 => "System.UInt64",
            Single => "System.Single",
            Double => "System.Double",
            String => "System.String",
            TypedReference => "System.TypedReference",
            IntPtr => "System.IntPtr",
            UIntPtr => "System.UIntPtr",
            Object => "System.Object",
        }
    }
}

/// Element type codes that are not primitives.
pub mod element_type {
    pub const END: u8 = 0x00;
    pub const PTR: u8 = 0x0F;
    pub const BYREF: u8 = 0x10;
    pub const VALUETYPE: u8 = 0x11;
    pub const CLASS: u8 = 0x12;
    pub const VAR: u8 = 0x13;
    pub const ARRAY: u8 = 0x14;
    pub const GENERICINST: u8 = 0x15;
    pub const FNPTR: u8 = 0x1B;
    pub const SZARRAY: u8 = 0x1D;
    pub const MVAR: u8 = 0x1E;
    pub const CMOD_REQD: u8 = 0x1F;
    pub const CMOD_OPT: u8 = 0x20;
    pub const SENTINEL: u8 = 0x41;
    pub const PINNED: u8 = 0x45;
}

/// The first byte of a signature: calling convention or kind, plus flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SignatureHeader(pub u8);

impl SignatureHeader {
    pub const FIELD: u8 = 0x06;
    pub const LOCAL_SIG: u8 = 0x07;
    pub const PROPERTY: u8 = 0x08;
    pub const GENERIC_INST: u8 = 0x0A;
    pub const VARARG: u8 = 0x05;
    pub const GENERIC: u8 = 0x10;
    pub const HAS_THIS: u8 = 0x20;
    pub const EXPLICIT_THIS: u8 = 0x40;

    pub fn kind(self) -> u8 {
        self.0 & 0x0F
    }
    pub fn is_generic(self) -> bool {
        self.0 & Self::GENERIC != 0
    }
    pub fn has_this(self) -> bool {
        self.0 & Self::HAS_THIS != 0
    }
    pub fn explicit_this(self) -> bool {
        self.0 & Self::EXPLICIT_THIS != 0
    }
    /// A method signature: one of the calling conventions 0–5 or 9 (unmanaged).
    pub fn is_method(self) -> bool {
        matches!(self.kind(), 0..=5 | 9)
    }
}

/// Whether a CLASS/VALUETYPE reference was written as a value type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Class,
    ValueType,
    /// The token came from somewhere that does not say (a GENERICINST's generic type is tagged, but a
    /// custom-attribute's enum is not).
    Unknown,
}

/// The shape of a general (multi-dimensional) array.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct ArrayShape {
    pub rank: u32,
    pub sizes: Vec<u32>,
    pub lower_bounds: Vec<i32>,
}

/// A decoded method (or property, or function pointer) signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MethodSignature<T> {
    pub header: SignatureHeader,
    pub generic_param_count: u32,
    pub return_type: T,
    pub params: Vec<T>,
    /// For vararg call sites: how many parameters come before the sentinel (`params.len()` if none).
    pub required_param_count: usize,
}

/// Builds the caller's representation of each part of a signature.
pub trait SignatureProvider {
    type Type;
    fn primitive(&mut self, ty: PrimitiveType) -> Self::Type;
    /// A TypeDef, TypeRef or TypeSpec token.
    fn type_handle(&mut self, token: Token, kind: TypeKind) -> Result<Self::Type>;
    fn sz_array(&mut self, element: Self::Type) -> Self::Type;
    fn array(&mut self, element: Self::Type, shape: ArrayShape) -> Self::Type;
    fn pointer(&mut self, element: Self::Type) -> Self::Type;
    fn by_ref(&mut self, element: Self::Type) -> Self::Type;
    fn pinned(&mut self, element: Self::Type) -> Self::Type;
    fn generic_instance(&mut self, generic: Self::Type, args: Vec<Self::Type>) -> Self::Type;
    fn generic_type_param(&mut self, index: u32) -> Self::Type;
    fn generic_method_param(&mut self, index: u32) -> Self::Type;
    fn function_pointer(&mut self, signature: MethodSignature<Self::Type>) -> Self::Type;
    /// `unmodified` carrying a `modreq` (`required`) or `modopt` of type `modifier`.
    fn modified(&mut self, modifier: Self::Type, unmodified: Self::Type, required: bool) -> Self::Type;
}

/// Deep enough for any real signature, shallow enough that a hostile blob cannot exhaust the stack.
const MAX_NESTING: u32 = 128;

/// Decodes signature blobs through a provider.
pub struct SignatureDecoder<'p, P> {
    pub provider: &'p mut P,
    depth: u32,
}

impl<'p, P: SignatureProvider> SignatureDecoder<'p, P> {
    pub fn new(provider: &'p mut P) -> Self {
        SignatureDecoder { provider, depth: 0 }
    }

    /// A `TypeDefOrRefOrSpecEncoded` (II.23.2.8).
    pub fn type_def_or_ref(r: &mut ByteReader) -> Result<Token> {
        let raw = r.compressed_u32()?;
        let table = match raw & 3 {
            0 => TableId::TypeDef,
            1 => TableId::TypeRef,
            2 => TableId::TypeSpec,
            _ => return Err(r.invalid("TypeDefOrRefOrSpecEncoded has tag 3")),
        };
        Ok(Token::new(table, raw >> 2))
    }

    /// One `Type` (II.23.2.12), including custom modifiers and PINNED in front of it.
    pub fn decode_type(&mut self, r: &mut ByteReader) -> Result<P::Type> {
        if self.depth >= MAX_NESTING {
            return Err(r.error(ErrorKind::Unsupported("type signature nested more than 128 levels")));
        }
        self.depth += 1;
        let ty = self.decode_type_inner(r);
        self.depth -= 1;
        ty
    }

    fn decode_type_inner(&mut self, r: &mut ByteReader) -> Result<P::Type> {
        use element_type::*;
        let code = r.u8()?;
        if let Some(primitive) = PrimitiveType::from_element_type(code) {
            return Ok(self.provider.primitive(primitive));
        }
        Ok(match code {
            CLASS | VALUETYPE => {
                let token = Self::type_def_or_ref(r)?;
                let kind = if code == CLASS { TypeKind::Class } else { TypeKind::ValueType };
                self.provider.type_handle(token, kind)?
            }
            PTR => {
                let element = self.decode_type(r)?;
                self.provider.pointer(element)
            }
            BYREF => {
                let element = self.decode_type(r)?;
                self.provider.by_ref(element)
            }
            PINNED => {
                let element = self.decode_type(r)?;
                self.provider.pinned(element)
            }
            SZARRAY => {
                let element = self.decode_type(r)?;
                self.provider.sz_array(element)
            }
            ARRAY => {
                let element = self.decode_type(r)?;
                let shape = decode_array_shape(r)?;
                self.provider.array(element, shape)
            }
            VAR => {
                let index = r.compressed_u32()?;
                self.provider.generic_type_param(index)
            }
            MVAR => {
                let index = r.compressed_u32()?;
                self.provider.generic_method_param(index)
            }
            GENERICINST => {
                let kind = match r.u8()? {
                    CLASS => TypeKind::Class,
                    VALUETYPE => TypeKind::ValueType,
                    _ => {
                        return Err(r.invalid("GENERICINST must be followed by CLASS or VALUETYPE"));
                    }
                };
                let token = Self::type_def_or_ref(r)?;
                let generic = self.provider.type_handle(token, kind)?;
                let count = r.compressed_u32()?;
                if count == 0 {
                    return Err(r.invalid("GENERICINST with no type arguments"));
                }
                let args = self.decode_list(r, count)?;
                self.provider.generic_instance(generic, args)
            }
            FNPTR => {
                let signature = self.decode_method_body(r)?;
                self.provider.function_pointer(signature)
            }
            CMOD_REQD | CMOD_OPT => {
                let modifier_token = Self::type_def_or_ref(r)?;
                let modifier = self.provider.type_handle(modifier_token, TypeKind::Unknown)?;
                let unmodified = self.decode_type(r)?;
                self.provider.modified(modifier, unmodified, code == CMOD_REQD)
            }
            _ => {
                r.seek(r.position() - 1)?;
                return Err(r.invalid("unexpected element type in a type signature"));
            }
        })
    }

    /// `count` types in a row. The count comes from the blob, so the vector grows as types are read rather
    /// than trusting it for the allocation.
    fn decode_list(&mut self, r: &mut ByteReader, count: u32) -> Result<Vec<P::Type>> {
        let mut out = Vec::with_capacity((count as usize).min(r.remaining()));
        for _ in 0..count {
            out.push(self.decode_type(r)?);
        }
        Ok(out)
    }

    /// A MethodDefSig / MethodRefSig / StandAloneMethodSig (II.23.2.1–3).
    pub fn decode_method(&mut self, r: &mut ByteReader) -> Result<MethodSignature<P::Type>> {
        if self.depth >= MAX_NESTING {
            return Err(r.error(ErrorKind::Unsupported("signature nested more than 128 levels")));
        }
        self.depth += 1;
        let signature = self.decode_method_body(r);
        self.depth -= 1;
        signature
    }

    fn decode_method_body(&mut self, r: &mut ByteReader) -> Result<MethodSignature<P::Type>> {
        let header = SignatureHeader(r.u8()?);
        if !header.is_method() {
            r.seek(r.position() - 1)?;
            return Err(r.invalid("not a method signature"));
        }
        let generic_param_count = if header.is_generic() { r.compressed_u32()? } else { 0 };
        let count = r.compressed_u32()?;
        let return_type = self.decode_type(r)?;
        let mut params = Vec::with_capacity((count as usize).min(r.remaining()));
        let mut required_param_count = None;
        for i in 0..count as usize {
            if required_param_count.is_none() && peek(r) == Some(element_type::SENTINEL) {
                r.skip(1)?;
                required_param_count = Some(i);
            }
            params.push(self.decode_type(r)?);
        }
        let required_param_count = required_param_count.unwrap_or(params.len());
        Ok(MethodSignature { header, generic_param_count, return_type, params, required_param_count })
    }

    /// A FieldSig (II.23.2.4).
    pub fn decode_field(&mut self, r: &mut ByteReader) -> Result<P::Type> {
        expect_kind(r, SignatureHeader::FIELD, "not a field signature")?;
        self.decode_type(r)
    }

    /// A PropertySig (II.23.2.5): returned as a method signature with no generic parameters.
    pub fn decode_property(&mut self, r: &mut ByteReader) -> Result<MethodSignature<P::Type>> {
        let header = expect_kind(r, SignatureHeader::PROPERTY, "not a property signature")?;
        let count = r.compressed_u32()?;
        let return_type = self.decode_type(r)?;
        let params = self.decode_list(r, count)?;
        let required_param_count = params.len();
        Ok(MethodSignature { header, generic_param_count: 0, return_type, params, required_param_count })
    }

    /// A LocalVarSig (II.23.2.6).
    pub fn decode_locals(&mut self, r: &mut ByteReader) -> Result<Vec<P::Type>> {
        expect_kind(r, SignatureHeader::LOCAL_SIG, "not a local variables signature")?;
        let count = r.compressed_u32()?;
        self.decode_list(r, count)
    }

    /// A MethodSpec instantiation (II.23.2.15).
    pub fn decode_method_spec(&mut self, r: &mut ByteReader) -> Result<Vec<P::Type>> {
        expect_kind(r, SignatureHeader::GENERIC_INST, "not a method instantiation signature")?;
        let count = r.compressed_u32()?;
        self.decode_list(r, count)
    }
}

/// Which locals of a LocalVarSig are `pinned` (II.23.2.6: the constraint follows the local's custom modifiers).
pub fn pinned_locals(r: &mut ByteReader) -> Result<Vec<bool>> {
    use crate::check::Discard;
    expect_kind(r, SignatureHeader::LOCAL_SIG, "not a local variables signature")?;
    let count = r.compressed_u32()?;
    let mut out = Vec::with_capacity((count as usize).min(r.remaining()));
    let mut discard = Discard;
    let mut decoder = SignatureDecoder::new(&mut discard);
    for _ in 0..count {
        let mut probe = *r;
        while matches!(peek(&probe), Some(element_type::CMOD_OPT | element_type::CMOD_REQD)) {
            probe.u8()?;
            SignatureDecoder::<Discard>::type_def_or_ref(&mut probe)?;
        }
        out.push(peek(&probe) == Some(element_type::PINNED));
        decoder.decode_type(r)?;
    }
    Ok(out)
}

fn peek(r: &ByteReader) -> Option<u8> {
    let mut probe = *r;
    probe.u8().ok()
}

fn expect_kind(r: &mut ByteReader, kind: u8, why: &'static str) -> Result<SignatureHeader> {
    let header = SignatureHeader(r.u8()?);
    if header.kind() != kind {
        r.seek(r.position() - 1)?;
        return Err(r.invalid(why));
    }
    Ok(header)
}

/// An ArrayShape (II.23.2.13).
fn decode_array_shape(r: &mut ByteReader) -> Result<ArrayShape> {
    let rank = r.compressed_u32()?;
    let size_count = r.compressed_u32()?;
    let mut sizes = Vec::with_capacity((size_count as usize).min(r.remaining()));
    for _ in 0..size_count {
        sizes.push(r.compressed_u32()?);
    }
    let bound_count = r.compressed_u32()?;
    let mut lower_bounds = Vec::with_capacity((bound_count as usize).min(r.remaining()));
    for _ in 0..bound_count {
        lower_bounds.push(r.compressed_i32()?);
    }
    Ok(ArrayShape { rank, sizes, lower_bounds })
}
