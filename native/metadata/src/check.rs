//! Reads everything in an assembly once — every row of every table, every heap reference, every signature,
//! every method body and custom attribute — and reports what could not be read. `wasmr2r inspect` and the
//! fuzz targets use it to prove a file is fully readable (or that a damaged one fails cleanly).

use crate::assembly::Assembly;
use crate::bytes::ByteReader;
use crate::custom_attribute::{self, EnumResolver};
use crate::error::{Error, ErrorKind, Result};
use crate::il::Instructions;
use crate::schema::*;
use crate::signature::{
    ArrayShape, MethodSignature, PrimitiveType, SignatureDecoder, SignatureHeader, SignatureProvider, TypeKind,
};
use crate::token::Token;

/// What a full read found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CheckReport {
    pub methods: u64,
    pub method_bodies: u64,
    pub il_bytes: u64,
    pub exception_clauses: u64,
    /// IL instructions decoded (every body is decoded to its end).
    pub instructions: u64,
    pub signatures: u64,
    pub custom_attributes: u64,
    /// Custom attributes naming an enum the resolver could not find (not a defect of the file).
    pub unresolved_custom_attributes: u64,
    /// Everything that could not be read, in the order found.
    pub errors: Vec<Error>,
}

/// A table whose `column` holds signatures, and how to decode one.
type SignatureColumn = (TableId, usize, fn(&mut ByteReader) -> Result<()>);

/// A provider that builds nothing, for reading signatures only to check them.
pub struct Discard;

impl SignatureProvider for Discard {
    type Type = ();
    fn primitive(&mut self, _: PrimitiveType) {}
    fn type_handle(&mut self, _: Token, _: TypeKind) -> Result<()> {
        Ok(())
    }
    fn sz_array(&mut self, _: ()) {}
    fn array(&mut self, _: (), _: ArrayShape) {}
    fn pointer(&mut self, _: ()) {}
    fn by_ref(&mut self, _: ()) {}
    fn pinned(&mut self, _: ()) {}
    fn generic_instance(&mut self, _: (), _: Vec<()>) {}
    fn generic_type_param(&mut self, _: u32) {}
    fn generic_method_param(&mut self, _: u32) {}
    fn function_pointer(&mut self, _: MethodSignature<()>) {}
    fn modified(&mut self, _: (), _: (), _: bool) {}
}

impl Assembly {
    /// Reads everything; `resolver` finds enums for custom attributes.
    pub fn check(&self, resolver: &dyn EnumResolver) -> CheckReport {
        let mut report = CheckReport::default();
        let note = |report: &mut CheckReport, result: Result<()>| {
            if let Err(e) = result {
                report.errors.push(e);
            }
        };
        for &table in TableId::ALL {
            for rid in 1..=self.row_count(table) {
                let result = self.check_row(table, rid);
                note(&mut report, result);
            }
        }
        for rid in 1..=self.row_count(TableId::TypeDef) {
            let result = self.check_type(rid);
            note(&mut report, result);
        }
        for rid in 1..=self.row_count(TableId::MethodDef) {
            report.methods += 1;
            let result = self.check_method(rid, &mut report);
            note(&mut report, result);
        }
        let signatures: [SignatureColumn; 6] = [
            (TableId::Field, 2, |r| SignatureDecoder::new(&mut Discard).decode_field(r).map(drop)),
            (TableId::MemberRef, 2, |r| decode_member_ref(r)),
            (TableId::TypeSpec, 0, |r| SignatureDecoder::new(&mut Discard).decode_type(r).map(drop)),
            (TableId::MethodSpec, 1, |r| SignatureDecoder::new(&mut Discard).decode_method_spec(r).map(drop)),
            (TableId::StandAloneSig, 0, |r| decode_stand_alone(r)),
            (TableId::Property, 2, |r| SignatureDecoder::new(&mut Discard).decode_property(r).map(drop)),
        ];
        for (table, column, decode) in signatures {
            for rid in 1..=self.row_count(table) {
                report.signatures += 1;
                let result = self
                    .tables()
                    .column(self.data(), table, rid, column)
                    .and_then(|blob| self.blob(BlobIndex(blob), "signature"))
                    .and_then(|mut r| decode(&mut r));
                note(&mut report, result);
            }
        }
        for rid in 1..=self.row_count(TableId::CustomAttribute) {
            report.custom_attributes += 1;
            let result = self.row::<CustomAttributeRow>(rid).and_then(|row| {
                let mut value = self.blob(row.value, "custom attribute value")?;
                custom_attribute::decode(self, row.constructor, &mut value, resolver).map(drop)
            });
            match result {
                Err(e) if matches!(e.kind, ErrorKind::Unresolved(_)) => report.unresolved_custom_attributes += 1,
                other => note(&mut report, other),
            }
        }
        report
    }

    /// Decodes a row and resolves every heap index in it.
    fn check_row(&self, table: TableId, rid: u32) -> Result<()> {
        let row = self.tables().raw_row(self.data(), table, rid)?;
        let offset = row.offset;
        for (i, column) in table.columns().iter().enumerate() {
            let value = row.get(i);
            match *column {
                Column::Str => drop(self.strings().bytes(StringIndex(value))?),
                Column::Blob => drop(self.blobs().get(BlobIndex(value))?),
                Column::Guid => drop(self.guids().get(GuidIndex(value))?),
                Column::Table(target) => {
                    // List columns may point one past the end; other references must name a row or be nil.
                    let limit = self.row_count(target).max(target.pointer_table().map_or(0, |p| self.row_count(p)));
                    if value > limit + 1 {
                        return Err(Error::out_of_range(table.row_structure(), offset, value.into(), limit.into()));
                    }
                }
                Column::Coded(coded) => {
                    let token = coded.decode(value, offset)?;
                    let limit = token.table().map_or(0, |t| self.row_count(t));
                    if token.rid() > limit {
                        return Err(Error::out_of_range(
                            table.row_structure(),
                            offset,
                            token.rid().into(),
                            limit.into(),
                        ));
                    }
                }
                Column::U16 | Column::U32 => {}
            }
        }
        Ok(())
    }

    fn check_type(&self, rid: u32) -> Result<()> {
        let token = Token::new(TableId::TypeDef, rid);
        self.type_full_name(token)?;
        for list in [self.type_fields(rid)?, self.type_methods(rid)?] {
            for member in list.rids(self) {
                member?;
            }
        }
        self.generic_params_of(token)?;
        Ok(())
    }

    fn check_method(&self, rid: u32, report: &mut CheckReport) -> Result<()> {
        let row: MethodDefRow = self.row(rid)?;
        report.signatures += 1;
        SignatureDecoder::new(&mut Discard).decode_method(&mut self.blob(row.signature, "method signature")?)?;
        for param in self.method_params(rid)?.rids(self) {
            param?;
        }
        if row.rva == 0 {
            return Ok(());
        }
        let body = self.method_body(row.rva)?;
        report.method_bodies += 1;
        report.il_bytes += body.code.len() as u64;
        report.exception_clauses += body.exception_clauses.len() as u64;
        for instruction in Instructions::new(body.code, body.code_offset) {
            instruction?;
            report.instructions += 1;
        }
        if !body.locals.is_nil() {
            if body.locals.table() != Some(TableId::StandAloneSig) {
                return Err(Error::invalid(
                    "method body header",
                    body.code_offset,
                    "locals token is not a StandAloneSig",
                ));
            }
            let sig: StandAloneSigRow = self.row(body.locals.rid())?;
            report.signatures += 1;
            SignatureDecoder::new(&mut Discard)
                .decode_locals(&mut self.blob(sig.signature, "local variables signature")?)?;
        }
        Ok(())
    }
}

/// A MemberRef's signature: a field's when it starts with FIELD, else a method's.
pub fn decode_member_ref(r: &mut ByteReader) -> Result<()> {
    if first_byte(r) == Some(SignatureHeader::FIELD) {
        SignatureDecoder::new(&mut Discard).decode_field(r).map(drop)
    } else {
        SignatureDecoder::new(&mut Discard).decode_method(r).map(drop)
    }
}

/// A StandAloneSig: local variables when it starts with LOCAL_SIG, else a method signature (for `calli`).
pub fn decode_stand_alone(r: &mut ByteReader) -> Result<()> {
    if first_byte(r).map(|b| b & 0x0F) == Some(SignatureHeader::LOCAL_SIG) {
        SignatureDecoder::new(&mut Discard).decode_locals(r).map(drop)
    } else {
        SignatureDecoder::new(&mut Discard).decode_method(r).map(drop)
    }
}

fn first_byte(r: &ByteReader) -> Option<u8> {
    let mut probe = *r;
    probe.u8().ok()
}
