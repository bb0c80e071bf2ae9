//! Custom attribute value blobs (II.23.3): the prolog, fixed arguments typed by the constructor's signature,
//! and named field/property arguments typed by their own serialization codes.
//!
//! Enum arguments are stored as their underlying integer with no width recorded, so decoding one needs the
//! enum's definition, which may live in another assembly: the caller supplies an [`EnumResolver`].

use crate::assembly::Assembly;
use crate::bytes::ByteReader;
use crate::error::{ErrorKind, Result};
use crate::signature::{ArrayShape, MethodSignature, PrimitiveType, SignatureDecoder, SignatureProvider, TypeKind};
use crate::token::Token;
use std::borrow::Cow;

/// Finds the underlying type of an enum named in a custom attribute.
pub trait EnumResolver {
    /// `full_name` is a full type name (`Namespace.Outer+Inner`), read in the context of `assembly`.
    fn underlying_type(&self, assembly: &Assembly, full_name: &str) -> Option<PrimitiveType>;
}

/// Resolves enums defined in the assembly being read only.
pub struct SameAssembly;

impl EnumResolver for SameAssembly {
    fn underlying_type(&self, assembly: &Assembly, full_name: &str) -> Option<PrimitiveType> {
        assembly.enum_underlying_type(full_name)
    }
}

/// How an enum argument names its type.
#[derive(Clone, Debug, PartialEq)]
pub enum EnumType<'a> {
    /// From the constructor's signature: a TypeDef or TypeRef, shown by its full name.
    Handle { token: Token, full_name: String },
    /// From the blob (0x55): the serialized, possibly assembly-qualified, name as stored.
    Serialized(Cow<'a, str>),
}

impl EnumType<'_> {
    pub fn name(&self) -> &str {
        match self {
            EnumType::Handle { full_name, .. } => full_name,
            EnumType::Serialized(name) => name,
        }
    }
}

/// One decoded argument value.
#[derive(Clone, Debug, PartialEq)]
pub enum CaValue<'a> {
    Bool(bool),
    Char(u16),
    I1(i8),
    U1(u8),
    I2(i16),
    U2(u16),
    I4(i32),
    U4(u32),
    I8(i64),
    U8(u64),
    R4(f32),
    R8(f64),
    String(Option<Cow<'a, str>>),
    /// A `System.Type`, as its serialized name.
    Type(Option<Cow<'a, str>>),
    /// An enum value: its type and the underlying integer.
    Enum {
        ty: EnumType<'a>,
        value: Box<CaValue<'a>>,
    },
    Array(Option<Vec<CaValue<'a>>>),
}

/// A named argument: a field or property set after construction.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedArgument<'a> {
    pub is_field: bool,
    pub name: Cow<'a, str>,
    pub value: CaValue<'a>,
}

/// A decoded custom attribute value.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomAttributeValue<'a> {
    pub fixed: Vec<CaValue<'a>>,
    pub named: Vec<NamedArgument<'a>>,
}

/// The type an argument is read as.
#[derive(Clone, Debug, PartialEq)]
enum ArgType<'a> {
    Primitive(PrimitiveType),
    /// `System.Object`: the value carries its own type code.
    Tagged,
    SystemType,
    Enum(EnumType<'a>, PrimitiveType),
    SzArray(Box<ArgType<'a>>),
    /// A type parameter of a generic attribute, replaced by the attribute type's instantiation.
    GenericParam(u32),
    /// A class or value type that is neither System.Type nor an enum the resolver knows.
    Unresolved,
    /// Something that cannot be an attribute argument; an error if an argument has it.
    Invalid(&'static str),
}

const SER_TYPE: u8 = 0x50;
const SER_TAGGED_OBJECT: u8 = 0x51;
const SER_FIELD: u8 = 0x53;
const SER_PROPERTY: u8 = 0x54;
const SER_ENUM: u8 = 0x55;
const SER_SZARRAY: u8 = 0x1D;

/// Builds [`ArgType`]s from the constructor's signature.
struct ArgTypeProvider<'r, 'a> {
    assembly: &'a Assembly,
    resolver: &'r dyn EnumResolver,
}

impl<'a> SignatureProvider for ArgTypeProvider<'_, 'a> {
    type Type = ArgType<'a>;

    fn primitive(&mut self, ty: PrimitiveType) -> ArgType<'a> {
        match ty {
            PrimitiveType::Object => ArgType::Tagged,
            PrimitiveType::Void | PrimitiveType::TypedReference | PrimitiveType::IntPtr | PrimitiveType::UIntPtr => {
                ArgType::Invalid("argument of a type attributes cannot carry")
            }
            _ => ArgType::Primitive(ty),
        }
    }

    fn type_handle(&mut self, token: Token, _kind: TypeKind) -> Result<ArgType<'a>> {
        if token.table() == Some(crate::schema::TableId::TypeSpec) {
            return Ok(ArgType::Invalid("a TypeSpec argument type"));
        }
        let full_name = self.assembly.type_full_name(token)?;
        if full_name == "System.Type" {
            return Ok(ArgType::SystemType);
        }
        Ok(match self.resolver.underlying_type(self.assembly, &full_name) {
            Some(underlying) => ArgType::Enum(EnumType::Handle { token, full_name }, underlying),
            None => ArgType::Unresolved,
        })
    }

    fn sz_array(&mut self, element: ArgType<'a>) -> ArgType<'a> {
        ArgType::SzArray(Box::new(element))
    }
    fn array(&mut self, _: ArgType<'a>, _: ArrayShape) -> ArgType<'a> {
        ArgType::Invalid("a multi-dimensional array argument")
    }
    fn pointer(&mut self, _: ArgType<'a>) -> ArgType<'a> {
        ArgType::Invalid("a pointer argument")
    }
    fn by_ref(&mut self, _: ArgType<'a>) -> ArgType<'a> {
        ArgType::Invalid("a by-ref argument")
    }
    fn pinned(&mut self, _: ArgType<'a>) -> ArgType<'a> {
        ArgType::Invalid("a pinned argument")
    }
    fn generic_instance(&mut self, _: ArgType<'a>, _: Vec<ArgType<'a>>) -> ArgType<'a> {
        ArgType::Invalid("a generic instance argument")
    }
    fn generic_type_param(&mut self, index: u32) -> ArgType<'a> {
        ArgType::GenericParam(index)
    }
    fn generic_method_param(&mut self, _: u32) -> ArgType<'a> {
        ArgType::Invalid("a generic method parameter argument")
    }
    fn function_pointer(&mut self, _: MethodSignature<ArgType<'a>>) -> ArgType<'a> {
        ArgType::Invalid("a function pointer argument")
    }
    fn modified(&mut self, _: ArgType<'a>, unmodified: ArgType<'a>, _: bool) -> ArgType<'a> {
        unmodified
    }
}

/// Decodes the value blob of the custom attribute whose constructor is `constructor` (a MethodDef or
/// MemberRef of `assembly`).
pub fn decode<'a>(
    assembly: &'a Assembly,
    constructor: Token,
    value: &mut ByteReader<'a>,
    resolver: &dyn EnumResolver,
) -> Result<CustomAttributeValue<'a>> {
    let (signature_blob, parent) = assembly.method_signature_and_parent(constructor)?;
    let mut provider = ArgTypeProvider { assembly, resolver };
    let signature = SignatureDecoder::new(&mut provider).decode_method(&mut signature_blob.clone())?;
    let generic_args = match parent {
        Some(spec) if spec.table() == Some(crate::schema::TableId::TypeSpec) => {
            let mut blob = assembly.type_spec_blob(spec)?;
            generic_instantiation(&mut provider, &mut blob)?
        }
        _ => Vec::new(),
    };

    if value.u16()? != 0x0001 {
        return Err(value.invalid("custom attribute blob does not start with the 0x0001 prolog"));
    }
    let mut fixed = Vec::with_capacity(signature.params.len());
    for param in &signature.params {
        let ty = match param {
            ArgType::GenericParam(index) => generic_args
                .get(*index as usize)
                .cloned()
                .unwrap_or(ArgType::Invalid("a type parameter the attribute type does not have")),
            other => other.clone(),
        };
        fixed.push(read_value(value, &ty, assembly, resolver, 0)?);
    }
    let named_count = value.u16()?;
    let mut named = Vec::with_capacity(usize::from(named_count).min(value.remaining()));
    for _ in 0..named_count {
        let is_field = match value.u8()? {
            SER_FIELD => true,
            SER_PROPERTY => false,
            _ => {
                return Err(value.invalid("named argument is neither a field (0x53) nor a property (0x54)"));
            }
        };
        let ty = read_serialized_type(value, assembly, resolver, false)?;
        let name = read_ser_string(value)?.ok_or_else(|| value.invalid("named argument without a name"))?;
        let value = read_value(value, &ty, assembly, resolver, 0)?;
        named.push(NamedArgument { is_field, name, value });
    }
    Ok(CustomAttributeValue { fixed, named })
}

/// The type arguments of a generic attribute type's TypeSpec (`GENERICINST CLASS <type> n <args>`).
fn generic_instantiation<'a>(
    provider: &mut ArgTypeProvider<'_, 'a>,
    r: &mut ByteReader<'a>,
) -> Result<Vec<ArgType<'a>>> {
    use crate::signature::element_type::GENERICINST;
    if r.u8()? != GENERICINST {
        return Err(r.invalid("the attribute type's TypeSpec is not a generic instance"));
    }
    r.skip(1)?;
    SignatureDecoder::<ArgTypeProvider>::type_def_or_ref(r)?;
    let count = r.compressed_u32()?;
    let mut decoder = SignatureDecoder::new(provider);
    (0..count).map(|_| decoder.decode_type(r)).collect()
}

/// A SerString: 0xFF for null, else a compressed length and UTF-8 bytes.
fn read_ser_string<'a>(r: &mut ByteReader<'a>) -> Result<Option<Cow<'a, str>>> {
    let mut probe = *r;
    if probe.u8()? == 0xFF {
        *r = probe;
        return Ok(None);
    }
    let len = r.compressed_u32()? as usize;
    Ok(Some(String::from_utf8_lossy(r.bytes(len)?)))
}

/// A FieldOrPropType (II.23.3): the type code of a named argument or a boxed value. Arrays of arrays are not
/// attribute arguments, so an array's element type is read with `in_array` and cannot be another array.
fn read_serialized_type<'a>(
    r: &mut ByteReader<'a>,
    assembly: &Assembly,
    resolver: &dyn EnumResolver,
    in_array: bool,
) -> Result<ArgType<'a>> {
    let code = r.u8()?;
    Ok(match code {
        SER_TYPE => ArgType::SystemType,
        SER_TAGGED_OBJECT => ArgType::Tagged,
        SER_SZARRAY if in_array => return Err(r.invalid("an array of arrays as an attribute argument")),
        SER_SZARRAY => ArgType::SzArray(Box::new(read_serialized_type(r, assembly, resolver, true)?)),
        SER_ENUM => {
            let name = read_ser_string(r)?.ok_or_else(|| r.invalid("enum argument with a null type name"))?;
            let underlying = resolver
                .underlying_type(assembly, type_name_of_serialized(&name))
                .ok_or_else(|| r.error(ErrorKind::Unresolved("enum named in a custom attribute")))?;
            ArgType::Enum(EnumType::Serialized(name), underlying)
        }
        _ => match PrimitiveType::from_element_type(code) {
            Some(p) if (0x02..=0x0E).contains(&code) => ArgType::Primitive(p),
            _ => {
                r.seek(r.position() - 1)?;
                return Err(r.invalid("unknown custom attribute argument type code"));
            }
        },
    })
}

/// The type part of an assembly-qualified name: everything before the first `,` outside `[...]`.
pub fn type_name_of_serialized(name: &str) -> &str {
    let mut depth = 0u32;
    for (i, c) in name.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => return name[..i].trim_end(),
            _ => {}
        }
    }
    name
}

/// How deep boxed values may nest inside arrays (`object[]` holding arrays holding boxed values...): far more
/// than any compiler emits, few enough that a hostile blob cannot exhaust the stack.
const MAX_VALUE_NESTING: u32 = 32;

fn read_value<'a>(
    r: &mut ByteReader<'a>,
    ty: &ArgType<'a>,
    assembly: &Assembly,
    resolver: &dyn EnumResolver,
    depth: u32,
) -> Result<CaValue<'a>> {
    if depth > MAX_VALUE_NESTING {
        return Err(r.error(ErrorKind::Unsupported("attribute argument values nested more than 32 levels")));
    }
    Ok(match ty {
        ArgType::Primitive(p) => read_primitive(r, *p)?,
        ArgType::SystemType => CaValue::Type(read_ser_string(r)?),
        ArgType::Tagged => {
            let actual = read_serialized_type(r, assembly, resolver, false)?;
            if actual == ArgType::Tagged {
                return Err(r.invalid("a boxed argument whose type is again System.Object"));
            }
            read_value(r, &actual, assembly, resolver, depth + 1)?
        }
        ArgType::Enum(enum_type, underlying) => {
            CaValue::Enum { ty: enum_type.clone(), value: Box::new(read_primitive(r, *underlying)?) }
        }
        ArgType::SzArray(element) => {
            let count = r.u32()?;
            if count == u32::MAX {
                CaValue::Array(None)
            } else {
                if count as usize > r.remaining() {
                    return Err(r.invalid("array argument is longer than the blob"));
                }
                let items =
                    (0..count).map(|_| read_value(r, element, assembly, resolver, depth + 1)).collect::<Result<_>>()?;
                CaValue::Array(Some(items))
            }
        }
        ArgType::GenericParam(_) => {
            return Err(r.invalid("a type parameter outside a generic attribute"));
        }
        ArgType::Unresolved => {
            return Err(r.error(ErrorKind::Unresolved("enum type of a constructor parameter")));
        }
        ArgType::Invalid(why) => return Err(r.invalid(why)),
    })
}

fn read_primitive<'a>(r: &mut ByteReader<'a>, ty: PrimitiveType) -> Result<CaValue<'a>> {
    use PrimitiveType::*;
    Ok(match ty {
        Boolean => CaValue::Bool(r.u8()? != 0),
        Char => CaValue::Char(r.u16()?),
        SByte => CaValue::I1(r.u8()? as i8),
        Byte => CaValue::U1(r.u8()?),
        Int16 => CaValue::I2(r.u16()? as i16),
        UInt16 => CaValue::U2(r.u16()?),
        Int32 => CaValue::I4(r.u32()? as i32),
        UInt32 => CaValue::U4(r.u32()?),
        Int64 => CaValue::I8(r.u64()? as i64),
        UInt64 => CaValue::U8(r.u64()?),
        Single => CaValue::R4(f32::from_bits(r.u32()?)),
        Double => CaValue::R8(f64::from_bits(r.u64()?)),
        String => CaValue::String(read_ser_string(r)?),
        _ => return Err(r.invalid("not a primitive an attribute argument can have")),
    })
}

/// Resolves enums in the assembly being read first, then in each of `others` in order (the rule
/// `tests/oracle/FACTS.md` states, shared with the oracle).
pub struct AcrossAssemblies<'a> {
    pub others: &'a [&'a Assembly],
}

impl EnumResolver for AcrossAssemblies<'_> {
    fn underlying_type(&self, assembly: &Assembly, full_name: &str) -> Option<PrimitiveType> {
        assembly
            .enum_underlying_type(full_name)
            .or_else(|| self.others.iter().find_map(|other| other.enum_underlying_type(full_name)))
    }
}
