//! `wasmr2r il <assembly> <filter>`: the signature, locals, exception clauses and IL of every method whose
//! `Namespace.Type::Method` name contains `filter`, with tokens shown by name — for reading what the compiler is
//! given (framework methods above all) without another tool.

use anyhow::{Context, Result};
use std::fmt::Write;
use std::path::Path;
use wasmr2r_metadata::il::{Instructions, Operand};
use wasmr2r_metadata::names::{TypeNameFormatter, format_method_signature};
use wasmr2r_metadata::*;

pub fn run(path: &Path, filter: &str, limit: usize) -> Result<i32> {
    let a = Assembly::open(path).with_context(|| path.display().to_string())?;
    let mut found = 0;
    for type_rid in 1..=a.row_count(TableId::TypeDef) {
        let type_name = a.type_full_name(Token::new(TableId::TypeDef, type_rid))?;
        for method in a.type_methods(type_rid)?.rids(&a) {
            let method = method?;
            let row: MethodDefRow = a.row(method)?;
            let name = format!("{type_name}::{}", a.string(row.name)?);
            if !name.contains(filter) {
                continue;
            }
            found += 1;
            print!("{}", describe(&a, method, &name)?);
            if found == limit {
                println!("... (stopping after {limit} methods; --limit 0 shows all)");
                return Ok(0);
            }
        }
    }
    if found == 0 {
        anyhow::bail!("no method of {} contains '{filter}'", path.display());
    }
    Ok(0)
}

fn signature(a: &Assembly, blob: BlobIndex) -> Result<String> {
    let mut r = a.blob(blob, "signature")?;
    let mut formatter = TypeNameFormatter::new(a);
    Ok(format_method_signature(&SignatureDecoder::new(&mut formatter).decode_method(&mut r)?))
}

fn describe(a: &Assembly, method: u32, name: &str) -> Result<String> {
    let row: MethodDefRow = a.row(method)?;
    let mut out = String::new();
    writeln!(
        out,
        "{name} {:#010x} flags {:#06x} impl {:#06x} {}",
        Token::new(TableId::MethodDef, method).0,
        row.flags,
        row.impl_flags,
        signature(a, row.signature)?
    )?;
    if row.rva == 0 {
        writeln!(out, "  (no body)")?;
        return Ok(out);
    }
    let body = a.method_body(row.rva)?;
    if !body.locals.is_nil() {
        let sig: StandAloneSigRow = a.row(body.locals.rid())?;
        let mut r = a.blob(sig.signature, "locals")?;
        let mut formatter = TypeNameFormatter::new(a);
        let locals = SignatureDecoder::new(&mut formatter).decode_locals(&mut r)?;
        writeln!(out, "  locals: {}", locals.join(", "))?;
    }
    for clause in &body.exception_clauses {
        writeln!(out, "  {clause:?}")?;
    }
    for inst in Instructions::new(body.code, body.code_offset) {
        let inst = inst?;
        let operand = match inst.operand {
            Operand::None => String::new(),
            Operand::Token(t) => token_name(a, t),
            Operand::Target(t) => format!("IL_{t:04x}"),
            Operand::Switch(targets) => targets.iter().map(|t| format!("IL_{t:04x}")).collect::<Vec<_>>().join(", "),
            other => format!("{other:?}"),
        };
        writeln!(out, "  IL_{:04x}: {} {operand}", inst.offset, inst.opcode.name())?;
    }
    Ok(out)
}

/// A token as `Type::Member(signature)` or a type name.
fn token_name(a: &Assembly, t: Token) -> String {
    let text = || -> Result<String> {
        Ok(match t.table() {
            Some(TableId::MethodDef) => {
                let row: MethodDefRow = a.row(t.rid())?;
                let owner = (1..=a.row_count(TableId::TypeDef))
                    .rev()
                    .find(|rid| a.row::<TypeDefRow>(*rid).is_ok_and(|r| r.method_list <= t.rid()))
                    .map(|rid| a.type_full_name(Token::new(TableId::TypeDef, rid)).unwrap_or_default())
                    .unwrap_or_default();
                format!("{owner}::{} {}", a.string(row.name)?, signature(a, row.signature)?)
            }
            Some(TableId::MemberRef) => {
                let row: MemberRefRow = a.row(t.rid())?;
                let mut r = a.blob(row.signature, "member reference signature")?;
                let mut formatter = TypeNameFormatter::new(a);
                let sig = if r.clone().u8()? & 0x0F == SignatureHeader::FIELD {
                    SignatureDecoder::new(&mut formatter).decode_field(&mut r)?
                } else {
                    signature(a, row.signature)?
                };
                format!("{}::{} {sig}", a.type_full_name(row.parent)?, a.string(row.name)?)
            }
            Some(TableId::MethodSpec) => {
                let row: MethodSpecRow = a.row(t.rid())?;
                let mut r = a.blob(row.instantiation, "method instantiation")?;
                let mut formatter = TypeNameFormatter::new(a);
                let args = SignatureDecoder::new(&mut formatter).decode_method_spec(&mut r)?;
                format!("{}<{}>", token_name(a, row.method), args.join(","))
            }
            Some(TableId::Field) => {
                let row: FieldRow = a.row(t.rid())?;
                format!("field {}", a.string(row.name)?)
            }
            Some(TableId::TypeDef | TableId::TypeRef | TableId::TypeSpec) => a.type_full_name(t)?,
            _ if t.table_number() == Token::USER_STRING_TABLE => {
                format!("{:?}", String::from_utf16_lossy(&a.user_strings().get(t.rid())?))
            }
            _ => format!("{t:?}"),
        })
    };
    text().unwrap_or_else(|e| format!("{t:?} ({e})"))
}
