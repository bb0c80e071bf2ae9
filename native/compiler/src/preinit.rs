//! Static fields preinitialized in the image. A class constructor that only stores constants into its own type's
//! static fields (`static ulong s_budget = 16 << 20;`, a table of limits) has no effect but those values, so the
//! image holds them in the type's static block from the start and nothing triggers the constructor: no flag, no
//! check before each static access (one per block, and a beforefieldinit type checks inside its own methods too).
//! ILC preinitializes such statics the same way (and many more shapes; this takes only the simplest).

use crate::env::{Unsupported, codes};
use crate::ir::Const;
use wasmr2r_metadata::il::{Instructions, OpCode, Operand};
use wasmr2r_typesystem::{FieldId, GenericContext, Kind, StaticSlot, TypeId, TypeSystem};

/// The values `ty`'s class constructor stores, in order, when that is all it does: `ldc`/`ldnull` (with `conv.i8`
/// or `conv.u8` after an `ldc.i4`) then `stsfld` of one of `ty`'s own static fields in a static block, whose type
/// takes the constant as it is (an integer, float or enum field for numbers; null for any field), and `ret`.
/// `None` when `ty` has no class constructor or it does anything else.
pub fn constant_statics(ts: &mut TypeSystem, ty: TypeId) -> Result<Option<Vec<(FieldId, Const)>>, Unsupported> {
    let Some(cctor) = ts.method_named(ty, ".cctor")? else { return Ok(None) };
    let data = ts.method(cctor).clone();
    if data.rva == 0 {
        return Ok(None);
    }
    let assembly = ts.world.assembly(data.def.assembly);
    let metadata = |e: wasmr2r_metadata::Error| Unsupported::new(codes::METADATA, e.to_string());
    let body = assembly.method_body(data.rva).map_err(metadata)?;
    if !body.exception_clauses.is_empty() {
        return Ok(None);
    }
    let type_args = ts.ty(ty).args.clone();
    let mut stores = Vec::new();
    let mut pending: Option<Const> = None;
    for inst in Instructions::new(body.code, body.code_offset) {
        let Ok(inst) = inst else { return Ok(None) };
        let constant = match (inst.opcode, inst.operand) {
            (OpCode::Ldc_I4_M1, _) => Const::I32(-1),
            (OpCode::Ldc_I4_0, _) => Const::I32(0),
            (OpCode::Ldc_I4_1, _) => Const::I32(1),
            (OpCode::Ldc_I4_2, _) => Const::I32(2),
            (OpCode::Ldc_I4_3, _) => Const::I32(3),
            (OpCode::Ldc_I4_4, _) => Const::I32(4),
            (OpCode::Ldc_I4_5, _) => Const::I32(5),
            (OpCode::Ldc_I4_6, _) => Const::I32(6),
            (OpCode::Ldc_I4_7, _) => Const::I32(7),
            (OpCode::Ldc_I4_8, _) => Const::I32(8),
            (OpCode::Ldc_I4 | OpCode::Ldc_I4_S, Operand::Int32(v)) => Const::I32(v),
            (OpCode::Ldc_I8, Operand::Int64(v)) => Const::I64(v),
            (OpCode::Ldc_R4, Operand::Float32(v)) => Const::F32(v),
            (OpCode::Ldc_R8, Operand::Float64(v)) => Const::F64(v),
            (OpCode::Ldnull, _) => Const::I32(0),
            (OpCode::Conv_I8, _) => match pending.take() {
                Some(Const::I32(v)) => Const::I64(i64::from(v)),
                _ => return Ok(None),
            },
            (OpCode::Conv_U8, _) => match pending.take() {
                Some(Const::I32(v)) => Const::I64(i64::from(v as u32)),
                _ => return Ok(None),
            },
            (OpCode::Stsfld, Operand::Token(token)) => {
                let Some(value) = pending.take() else { return Ok(None) };
                let ctx = GenericContext::new(&type_args, &[]);
                let field = ts.resolve_field_token(data.def.assembly, token, &ctx)?;
                let field_type = ts.field_type(field)?;
                if field.owner != ty
                    || !matches!(ts.static_slot(field)?, StaticSlot::Block { .. })
                    || !takes(ts, field_type, value)
                {
                    return Ok(None);
                }
                stores.push((field, value));
                continue;
            }
            (OpCode::Ret, _) if pending.is_none() => return Ok(Some(stores)),
            _ => return Ok(None),
        };
        if pending.replace(constant).is_some() {
            return Ok(None);
        }
    }
    Ok(None)
}

/// Whether a field of type `field` holds `value` as it is: the same width and kind (an `int` constant in any
/// 32-bit-or-narrower integer, as `stsfld` truncates), or zero for anything (null).
fn takes(ts: &TypeSystem, field: TypeId, value: Const) -> bool {
    use wasmr2r_metadata::PrimitiveType as P;
    let primitive = match ts.ty(field).kind {
        Kind::Primitive(p) | Kind::Enum(p) => Some(p),
        _ => None,
    };
    match (value, primitive) {
        (Const::I32(0), _) if !matches!(ts.ty(field).kind, Kind::ValueType) => true,
        (
            Const::I32(_),
            Some(P::Boolean | P::Char | P::SByte | P::Byte | P::Int16 | P::UInt16 | P::Int32 | P::UInt32),
        ) => true,
        (Const::I32(_), Some(P::IntPtr | P::UIntPtr)) => true,
        (Const::I64(_), Some(P::Int64 | P::UInt64)) => true,
        (Const::F32(_), Some(P::Single)) => true,
        (Const::F64(_), Some(P::Double)) => true,
        _ => false,
    }
}

/// The bytes a preinitialized field of type `field` holds for `value` (little-endian, its storage size).
pub fn field_bytes(ts: &mut TypeSystem, field: TypeId, value: Const) -> Result<Vec<u8>, Unsupported> {
    let size = ts.storage(field)?.size as usize;
    let bytes = match value {
        Const::I32(v) => v.to_le_bytes().to_vec(),
        Const::I64(v) => v.to_le_bytes().to_vec(),
        Const::F32(v) => v.to_le_bytes().to_vec(),
        Const::F64(v) => v.to_le_bytes().to_vec(),
    };
    Ok(bytes.into_iter().chain(std::iter::repeat(0)).take(size).collect())
}
