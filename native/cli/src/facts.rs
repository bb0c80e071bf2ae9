//! `inspect --facts`: the JSON that `tests/oracle/FACTS.md` specifies, for comparison with the
//! System.Reflection.Metadata oracle. Every field is read through the public reader API.

use serde_json::{Map, Value, json};
use wasmr2r_metadata::custom_attribute::{self, CaValue, EnumResolver};
use wasmr2r_metadata::heaps::format_guid;
use wasmr2r_metadata::names::{format_method_signature, format_property_signature, hex};
use wasmr2r_metadata::signature::SignatureHeader;
use wasmr2r_metadata::*;

fn token(t: Token) -> Value {
    Value::String(format!("0x{:08x}", t.0))
}

fn nullable_token(t: Token) -> Value {
    if t.is_nil() { Value::Null } else { token(t) }
}

/// The facts of one assembly.
pub fn assembly_facts(file: &str, a: &Assembly, resolver: &dyn EnumResolver) -> Result<Value> {
    let mut out = Map::new();
    out.insert("file".into(), json!(file));
    out.insert(
        "assembly".into(),
        match a.identity()? {
            None => Value::Null,
            Some(id) => json!({
                "name": id.name,
                "version": id.version_string(),
                "culture": id.culture,
                "publicKeyToken": hex(&id.public_key_token(true)),
                "flags": id.flags,
                "hashAlgorithm": id.hash_algorithm,
            }),
        },
    );
    let module: ModuleRow = a.row(1)?;
    let mvid = a.guids().get(module.mvid)?.map(|g| format_guid(&g)).unwrap_or_else(|| format_guid(&[0; 16]));
    out.insert("module".into(), json!({"name": a.string(module.name)?, "mvid": mvid}));
    out.insert(
        "heapSizes".into(),
        json!({
            "strings": a.strings().len(),
            "userStrings": a.user_strings().len(),
            "blob": a.blobs().len(),
            "guid": a.guids().len(),
        }),
    );
    let rows: Map<String, Value> = TableId::ALL
        .iter()
        .filter(|t| a.row_count(**t) > 0)
        .map(|t| (t.name().to_owned(), json!(a.row_count(*t))))
        .collect();
    out.insert("tableRows".into(), Value::Object(rows));

    let mut refs = Vec::new();
    for rid in 1..=a.row_count(TableId::AssemblyRef) {
        let r = a.assembly_ref(rid)?;
        refs.push(json!({
            "name": r.name, "version": r.version_string(), "culture": r.culture,
            "publicKeyOrToken": hex(r.public_key_or_token), "flags": r.flags,
        }));
    }
    out.insert("assemblyRefs".into(), Value::Array(refs));

    let mut exported = Vec::new();
    for (rid, row) in a.rows::<ExportedTypeRow>() {
        let row = row?;
        exported.push(json!({
            "name": a.type_full_name(Token::new(TableId::ExportedType, rid))?,
            "flags": row.flags,
            "implementation": nullable_token(row.implementation),
        }));
    }
    out.insert("exportedTypes".into(), Value::Array(exported));

    let mut types = Vec::new();
    for (rid, row) in a.rows::<TypeDefRow>() {
        let row = row?;
        let t = Token::new(TableId::TypeDef, rid);
        types.push(json!({
            "token": token(t),
            "name": a.type_full_name(t)?,
            "flags": row.flags,
            "extends": nullable_token(row.extends),
            "fields": a.type_fields(rid)?.len(),
            "methods": a.type_methods(rid)?.len(),
            "genericParams": a.generic_params_of(t)?.len(),
        }));
    }
    out.insert("types".into(), Value::Array(types));

    let mut formatter = TypeNameFormatter::new(a);
    let mut fields = Vec::new();
    for (rid, row) in a.rows::<FieldRow>() {
        let row = row?;
        let signature =
            SignatureDecoder::new(&mut formatter).decode_field(&mut a.blob(row.signature, "field signature")?)?;
        fields.push(json!({
            "token": token(Token::new(TableId::Field, rid)),
            "name": a.string(row.name)?, "flags": row.flags, "signature": signature,
        }));
    }
    out.insert("fields".into(), Value::Array(fields));

    let mut methods = Vec::new();
    for (rid, row) in a.rows::<MethodDefRow>() {
        let row = row?;
        let signature =
            SignatureDecoder::new(&mut formatter).decode_method(&mut a.blob(row.signature, "method signature")?)?;
        let body = if row.rva == 0 { Value::Null } else { body_facts(&a.method_body(row.rva)?) };
        methods.push(json!({
            "token": token(Token::new(TableId::MethodDef, rid)),
            "name": a.string(row.name)?, "flags": row.flags, "implFlags": row.impl_flags, "rva": row.rva,
            "signature": format_method_signature(&signature), "body": body,
        }));
    }
    out.insert("methods".into(), Value::Array(methods));

    let mut member_refs = Vec::new();
    for (rid, row) in a.rows::<MemberRefRow>() {
        let row = row?;
        let mut blob = a.blob(row.signature, "member reference signature")?;
        let signature = if blob.clone().u8()? == SignatureHeader::FIELD {
            SignatureDecoder::new(&mut formatter).decode_field(&mut blob)?
        } else {
            format_method_signature(&SignatureDecoder::new(&mut formatter).decode_method(&mut blob)?)
        };
        member_refs.push(json!({
            "token": token(Token::new(TableId::MemberRef, rid)),
            "parent": token(row.parent), "name": a.string(row.name)?, "signature": signature,
        }));
    }
    out.insert("memberRefs".into(), Value::Array(member_refs));

    let mut type_specs = Vec::new();
    for (_, row) in a.rows::<TypeSpecRow>() {
        let mut blob = a.blob(row?.signature, "type specification signature")?;
        type_specs.push(json!(SignatureDecoder::new(&mut formatter).decode_type(&mut blob)?));
    }
    out.insert("typeSpecs".into(), Value::Array(type_specs));

    let mut method_specs = Vec::new();
    for (_, row) in a.rows::<MethodSpecRow>() {
        let row = row?;
        let mut blob = a.blob(row.instantiation, "method instantiation signature")?;
        let args = SignatureDecoder::new(&mut formatter).decode_method_spec(&mut blob)?;
        method_specs.push(json!({"method": token(row.method), "instantiation": args}));
    }
    out.insert("methodSpecs".into(), Value::Array(method_specs));

    let mut stand_alone = Vec::new();
    for (_, row) in a.rows::<StandAloneSigRow>() {
        let mut blob = a.blob(row?.signature, "stand-alone signature")?;
        let text = if blob.clone().u8()? & 0x0F == SignatureHeader::LOCAL_SIG {
            format!("locals({})", SignatureDecoder::new(&mut formatter).decode_locals(&mut blob)?.join(","))
        } else {
            format_method_signature(&SignatureDecoder::new(&mut formatter).decode_method(&mut blob)?)
        };
        stand_alone.push(json!(text));
    }
    out.insert("standAloneSigs".into(), Value::Array(stand_alone));

    let mut properties = Vec::new();
    for (_, row) in a.rows::<PropertyRow>() {
        let row = row?;
        let signature =
            SignatureDecoder::new(&mut formatter).decode_property(&mut a.blob(row.signature, "property signature")?)?;
        properties.push(json!({"name": a.string(row.name)?, "signature": format_property_signature(&signature)}));
    }
    out.insert("properties".into(), Value::Array(properties));

    let mut attributes = Vec::new();
    for (_, row) in a.rows::<CustomAttributeRow>() {
        let row = row?;
        let mut blob = a.blob(row.value, "custom attribute value")?;
        let value = match custom_attribute::decode(a, row.constructor, &mut blob, resolver) {
            Ok(value) => json!({
                "fixed": value.fixed.iter().map(ca_text).collect::<Vec<_>>(),
                "named": value.named.iter().map(|n| json!({
                    "kind": if n.is_field { "field" } else { "property" },
                    "name": n.name, "value": ca_text(&n.value),
                })).collect::<Vec<_>>(),
            }),
            Err(_) => json!({"error": true}),
        };
        attributes.push(json!({"parent": token(row.parent), "ctor": token(row.constructor), "value": value}));
    }
    out.insert("customAttributes".into(), json!({"count": a.row_count(TableId::CustomAttribute), "items": attributes}));
    Ok(Value::Object(out))
}

fn body_facts(body: &MethodBody) -> Value {
    let eh: Vec<Value> = body
        .exception_clauses
        .iter()
        .map(|c| {
            let (kind, catch_type, filter_offset) = match c.kind {
                HandlerKind::Catch { class } => ("catch", nullable_token(class), Value::Null),
                HandlerKind::Filter { filter_offset } => ("filter", Value::Null, json!(filter_offset)),
                HandlerKind::Finally => ("finally", Value::Null, Value::Null),
                HandlerKind::Fault => ("fault", Value::Null, Value::Null),
            };
            json!({
                "kind": kind, "tryOffset": c.try_offset, "tryLength": c.try_length,
                "handlerOffset": c.handler_offset, "handlerLength": c.handler_length,
                "catchType": catch_type, "filterOffset": filter_offset,
            })
        })
        .collect();
    json!({
        "ilSize": body.code.len(), "maxStack": body.max_stack, "initLocals": body.init_locals,
        "localsToken": nullable_token(body.locals), "eh": eh,
    })
}

/// A custom attribute argument as FACTS.md writes it.
pub fn ca_text(value: &CaValue) -> String {
    match value {
        CaValue::Bool(v) => format!("bool:{v}"),
        CaValue::Char(v) => format!("char:{v}"),
        CaValue::I1(v) => format!("i1:{v}"),
        CaValue::U1(v) => format!("u1:{v}"),
        CaValue::I2(v) => format!("i2:{v}"),
        CaValue::U2(v) => format!("u2:{v}"),
        CaValue::I4(v) => format!("i4:{v}"),
        CaValue::U4(v) => format!("u4:{v}"),
        CaValue::I8(v) => format!("i8:{v}"),
        CaValue::U8(v) => format!("u8:{v}"),
        CaValue::R4(v) => format!("r4:{:08x}", v.to_bits()),
        CaValue::R8(v) => format!("r8:{:016x}", v.to_bits()),
        CaValue::String(s) => format!("string:{}", s.as_deref().unwrap_or("null")),
        CaValue::Type(s) => format!("type:{}", s.as_deref().unwrap_or("null")),
        CaValue::Enum { ty, value } => format!("enum({}):{}", ty.name(), ca_text(value)),
        CaValue::Array(None) => "array:null".to_owned(),
        CaValue::Array(Some(items)) => format!("array:[{}]", items.iter().map(ca_text).collect::<Vec<_>>().join(",")),
    }
}
