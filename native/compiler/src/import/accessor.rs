//! `[UnsafeAccessor]` methods (.NET 8+): `extern` methods whose body the runtime supplies — a reference to a
//! field of the first parameter's type, found by name. The managed runtime uses them to read CoreLib's private
//! fields; user code may too.

use crate::abi::{self, Param, Return};
use crate::env::{ImportEnv, Unsupported, codes};
use crate::graph::Node;
use crate::ir::*;
use wasmr2r_metadata::CustomAttributeRow;
use wasmr2r_metadata::custom_attribute::{self, AcrossAssemblies, CaValue};
use wasmr2r_typesystem::{FieldId, MethodId, StaticSlot, TypeId, TypeSystem};

const ATTRIBUTE: &str = "System.Runtime.CompilerServices.UnsafeAccessorAttribute";

/// `UnsafeAccessorKind`'s values.
const FIELD: i32 = 3;
const STATIC_FIELD: i32 = 4;

/// The accessor's kind and target name, if `method` is an `[UnsafeAccessor]`.
pub fn accessor(ts: &TypeSystem, method: MethodId) -> Option<(i32, String)> {
    let data = ts.method(method);
    let a = ts.world.assembly(data.def.assembly);
    for rid in a.custom_attributes_of(data.def.token()).ok()? {
        let row: CustomAttributeRow = a.row(rid).ok()?;
        if ts.world.attribute_type_name(data.def.assembly, row.constructor).ok()? != ATTRIBUTE {
            continue;
        }
        let mut blob = a.blob(row.value, "custom attribute value").ok()?;
        let others: Vec<&wasmr2r_metadata::Assembly> = ts.world.assemblies.iter().collect();
        let value =
            custom_attribute::decode(a, row.constructor, &mut blob, &AcrossAssemblies { others: &others }).ok()?;
        let kind = match value.fixed.first()? {
            CaValue::Enum { value, .. } => match **value {
                CaValue::I4(k) => k,
                _ => return None,
            },
            CaValue::I4(k) => *k,
            _ => return None,
        };
        let name = value
            .named
            .iter()
            .find(|n| n.name == "Name")
            .and_then(|n| match &n.value {
                CaValue::String(Some(s)) => Some(s.to_string()),
                _ => None,
            })
            .unwrap_or_else(|| data.name.to_string());
        return Some((kind, name));
    }
    None
}

/// The IR of an `[UnsafeAccessor]` method: returns the address of the named (instance or static) field.
pub fn import(
    ts: &mut TypeSystem,
    env: &mut dyn ImportEnv,
    method: MethodId,
    kind: i32,
    name: &str,
) -> Result<Function, Unsupported> {
    let sig = abi::method_signature(ts, method)?;
    let il_sig = ts.method_sig(method)?;
    if !matches!(sig.ret, Return::Scalar { ty: Ty::ByRef, .. }) || !matches!(kind, FIELD | STATIC_FIELD) {
        return Err(Unsupported::new(codes::NO_BODY, "only field [UnsafeAccessor]s are compiled yet"));
    }
    let first =
        *il_sig.params.first().ok_or_else(|| Unsupported::new(codes::INVALID_IL, "an accessor without a target"))?;
    let target = ts
        .element_type(first)
        .filter(|_| matches!(ts.ty(first).kind, wasmr2r_typesystem::Kind::ByRef(_)))
        .unwrap_or(first);
    let field = find_field(ts, target, name, kind == STATIC_FIELD)?;
    let mut f = Function {
        name: ts.method_name(method),
        params: sig.params.iter().map(Param::ty).collect(),
        result: Some(Ty::ByRef),
        result_mem: Some(MemType::I32),
        vars: sig
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| VarInfo { ty: p.ty(), mem: MemType::I32, storage: Storage::Local, name: format!("arg{i}") })
            .collect(),
        regs: Vec::new(),
        blocks: Vec::new(),
        frame_size: 0,
        zero_ranges: Vec::new(),
        caught: None,
        pass_one: None,
        frame_param: None,
        regions: None,
    };
    let mut insts = Vec::new();
    let reg = |f: &mut Function, ty| {
        f.regs.push(ty);
        Reg(f.regs.len() as u32 - 1)
    };
    let result = if kind == FIELD {
        let layout = ts.instance_layout(field.owner)?;
        let offset = layout
            .field(field)
            .map(|s| s.offset)
            .ok_or_else(|| Unsupported::new(codes::FIELD, "a field outside its type's layout"))?;
        let object = reg(&mut f, sig.params[0].ty());
        insts.push(Inst::Get { dst: object, var: Var(0) });
        if sig.params[0].ty() == Ty::Ref {
            insts.push(Inst::NullCheck { value: object });
        }
        let k = reg(&mut f, Ty::I32);
        insts.push(Inst::Const { dst: k, value: Const::I32(offset as i32) });
        let address = reg(&mut f, Ty::ByRef);
        insts.push(Inst::Binary { dst: address, op: BinOp::Add, ty: Ty::I32, lhs: object, rhs: k });
        address
    } else {
        let (symbol, node, offset) = match ts.static_slot(field)? {
            StaticSlot::Block { gc, offset } => {
                (Symbol::Statics { ty: field.owner, gc }, Node::Statics { ty: field.owner, gc }, offset)
            }
            StaticSlot::Rva => (Symbol::RvaData(field.def), Node::RvaData(field.def), 0),
        };
        env.depend(node, "[UnsafeAccessor] static field");
        let base = reg(&mut f, Ty::ByRef);
        insts.push(Inst::SymbolAddress { dst: base, symbol });
        let k = reg(&mut f, Ty::I32);
        insts.push(Inst::Const { dst: k, value: Const::I32(offset as i32) });
        let address = reg(&mut f, Ty::ByRef);
        insts.push(Inst::Binary { dst: address, op: BinOp::Add, ty: Ty::I32, lhs: base, rhs: k });
        address
    };
    let il_offsets = vec![0; insts.len()];
    f.blocks.push(Block {
        il_offset: 0,
        insts,
        il_offsets,
        terminator: Terminator::Return(Some(result)),
        terminator_offset: 0,
    });
    Ok(f)
}

/// The field `name` of `ty` or its base types.
pub(crate) fn find_field(ts: &mut TypeSystem, ty: TypeId, name: &str, is_static: bool) -> Result<FieldId, Unsupported> {
    let mut current = Some(ty);
    while let Some(t) = current {
        for field in ts.declared_fields(t)? {
            if ts.world.field_def_name(field.def) == name && ts.field_flags(field)?.is_static() == is_static {
                return Ok(field);
            }
        }
        current = ts.base_type(t)?;
    }
    Err(Unsupported::new(codes::FIELD, format!("{} has no field '{name}'", ts.type_name(ty))))
}
