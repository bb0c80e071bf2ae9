//! The per-component tables: MethodDefEntryPoints (a NativeArray from `MethodDef RID - 1` to the method's
//! runtime function) and AvailableTypes (a NativeHashtable from the version-resilient type-name hash to the
//! TypeDef), written with the NativeFormat encoders and read back for `dump`.

use crate::error::{Error, Result};
use crate::native_format::{self, NativeArrayBuilder, NativeArrayReader, NativeHashtableBuilder};
use crate::payload::PayloadBuilder;
use crate::r2r::{Section, SectionType};
use crate::writer::MethodEntry;
use wasmr2r_metadata::{Assembly, TableId, Token, TypeDefRow};

fn format_error(component: &str) -> impl Fn(native_format::NativeFormatError) -> Error + '_ {
    move |e| Error::Component { component: component.to_owned(), reason: e.to_string() }
}

/// The AvailableTypes key of TypeDef `rid`: the type-name hashes of it and its enclosing types, XORed.
pub fn type_hash(assembly: &Assembly, rid: u32) -> Result<u32> {
    let mut names = Vec::new();
    let mut current = Some(rid);
    while let Some(rid) = current {
        if names.len() > 64 {
            return Err(Error::malformed("NestedClass", 0, "nesting cycle"));
        }
        let row: TypeDefRow = assembly.row(rid)?;
        names.push((assembly.string(row.namespace)?.into_owned(), assembly.string(row.name)?.into_owned()));
        current = assembly.enclosing_type(rid)?;
    }
    Ok(native_format::typedef_hash(names.iter().map(|(ns, name)| (ns.as_str(), name.as_str()))))
}

/// Writes component `index`'s tables into the payload and returns their section entries.
pub fn component_sections(
    payload: &mut PayloadBuilder,
    assembly: &Assembly,
    index: usize,
    entry_points: &[MethodEntry],
) -> Result<Vec<Section>> {
    let name = assembly.identity()?.map(|i| i.name).unwrap_or_default();
    let mut entries = NativeArrayBuilder::new();
    for entry in entry_points.iter().filter(|e| e.component == index) {
        entries.set_method_entry(entry.rid - 1, entry.function, None).map_err(format_error(&name))?;
    }
    let entries = entries.build();
    let mut types = NativeHashtableBuilder::new();
    for rid in 1..=assembly.row_count(TableId::TypeDef) {
        let mut value = Vec::new();
        native_format::write_unsigned(&mut value, rid << 1);
        types.add(type_hash(assembly, rid)?, value);
    }
    let types = types.build();
    let mut sections = Vec::new();
    for (kind, bytes) in [(SectionType::MethodDefEntryPoints, entries), (SectionType::AvailableTypes, types)] {
        let rva = payload.append(&bytes, 4);
        sections.push(Section { kind, rva, size: bytes.len() as u32 });
    }
    Ok(sections)
}

/// The entries of a MethodDefEntryPoints section: (MethodDef RID, runtime function index).
pub fn read_method_entry_points(section: &[u8], base: usize) -> Result<Vec<(u32, u32)>> {
    let malformed = |e: native_format::NativeFormatError| Error::malformed("MethodDefEntryPoints", base, e.to_string());
    let array = NativeArrayReader::new(section, 0).map_err(malformed)?;
    array
        .iter()
        .map(|item| {
            let (index, offset) = item.map_err(malformed)?;
            let entry = native_format::read_method_entry(section, offset).map_err(malformed)?;
            Ok((index + 1, entry.runtime_function_index))
        })
        .collect()
}

/// The method token `rid` names in a component, for display.
pub fn method_token(rid: u32) -> Token {
    Token::new(TableId::MethodDef, rid)
}
