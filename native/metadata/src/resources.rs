//! Embedded manifest resources (II.22.24, the CLI header's Resources directory) and the string entries of a
//! `.resources` file (the format of System.Resources.ResourceReader, version 2): what a library's `SR` class looks
//! its messages up in.
//!
//! A `.resources` file: magic `0xBEEFCACE`, a reader header (its length, then the reader's and the resource set's
//! type names), version, resource count, type count and type names, padding to 8 bytes, a hash and a name offset
//! per resource (sorted by hash), the data section's offset, then the names (7-bit length, UTF-16) each followed
//! by its data offset, and the data (a 7-bit type code; 1 is a string: 7-bit length, UTF-8).

use crate::assembly::Assembly;
use crate::bytes::ByteReader;
use crate::error::Result;
use crate::schema::ManifestResourceRow;
use std::collections::HashMap;

const MAGIC: u32 = 0xBEEF_CACE;
const TYPE_CODE_STRING: u32 = 1;

impl Assembly {
    /// The names of the resources embedded in this file (not those linked from other files or assemblies).
    pub fn embedded_resource_names(&self) -> Result<Vec<String>> {
        let mut names = Vec::new();
        for (_, row) in self.rows::<ManifestResourceRow>() {
            let row = row?;
            if row.implementation.is_nil() {
                names.push(self.string(row.name)?.into_owned());
            }
        }
        Ok(names)
    }

    /// The bytes of embedded resource `name`, or None when the file embeds none of that name.
    pub fn embedded_resource(&self, name: &str) -> Result<Option<&[u8]>> {
        let directory = self.cli_header().resources;
        for (_, row) in self.rows::<ManifestResourceRow>() {
            let row = row?;
            if !row.implementation.is_nil() || self.string(row.name)? != name {
                continue;
            }
            let at = directory.rva.checked_add(row.offset).ok_or_else(|| {
                crate::error::Error::invalid("manifest resource", 0, "resource offset overflows the RVA space")
            })?;
            let offset = self.container().rva_to_offset(at, 4, "manifest resource")?;
            let mut r = ByteReader::new(&self.data()[offset..], offset, "manifest resource");
            let length = r.u32()? as usize;
            return Ok(Some(r.bytes(length)?));
        }
        Ok(None)
    }
}

/// The string entries of a `.resources` file, by name (entries of other types are left out).
pub fn read_strings(bytes: &[u8]) -> Result<HashMap<String, String>> {
    let mut r = ByteReader::new(bytes, 0, ".resources file");
    if r.u32()? != MAGIC {
        return Err(r.invalid("not a .resources file (no 0xBEEFCACE magic)"));
    }
    let _reader_version = r.u32()?;
    let reader_header = r.u32()? as usize;
    r.bytes(reader_header)?;
    let version = r.u32()?;
    if version != 1 && version != 2 {
        return Err(r.invalid("a .resources version other than 1 or 2"));
    }
    let count = r.u32()? as usize;
    let type_count = r.u32()? as usize;
    let mut types = Vec::with_capacity(type_count);
    for _ in 0..type_count {
        types.push(utf8_string(&mut r)?);
    }
    while !r.position().is_multiple_of(8) {
        r.u8()?;
    }
    r.bytes(4 * count)?; // name hashes
    let mut name_offsets = Vec::with_capacity(count);
    for _ in 0..count {
        name_offsets.push(r.u32()? as usize);
    }
    let data_section = r.u32()? as usize;
    let names_section = r.position();
    let mut strings = HashMap::with_capacity(count);
    for name_offset in name_offsets {
        let mut n = ByteReader::new(bytes, 0, ".resources name");
        n.bytes(names_section + name_offset)?;
        let length = seven_bit(&mut n)? as usize;
        let units: Vec<u16> = n.bytes(length)?.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        let name = String::from_utf16(&units).map_err(|_| n.invalid("a resource name that is not UTF-16"))?;
        let data_offset = n.u32()? as usize;
        let mut d = ByteReader::new(bytes, 0, ".resources data");
        d.bytes(data_section + data_offset)?;
        let code = seven_bit(&mut d)?;
        // Version 1 names a type from the table; version 2 has type codes, user types counting from 0x40.
        let is_string = if version == 1 {
            types.get(code as usize).is_some_and(|t| t.starts_with("System.String"))
        } else {
            code == TYPE_CODE_STRING
        };
        if is_string {
            strings.insert(name, utf8_string(&mut d)?);
        }
    }
    Ok(strings)
}

/// BinaryReader's 7-bit encoded integer.
fn seven_bit(r: &mut ByteReader) -> Result<u32> {
    let mut value = 0u32;
    for shift in (0..35).step_by(7) {
        let byte = r.u8()?;
        value |= u32::from(byte & 0x7F) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err(r.invalid("a 7-bit encoded integer longer than 5 bytes"))
}

/// BinaryReader's string: a 7-bit length in bytes, then UTF-8.
fn utf8_string(r: &mut ByteReader) -> Result<String> {
    let length = seven_bit(r)? as usize;
    let bytes = r.bytes(length)?;
    String::from_utf8(bytes.to_vec()).map_err(|_| r.invalid("a resource string that is not UTF-8"))
}
