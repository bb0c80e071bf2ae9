//! The CLI header (II.25.3.3) and the metadata root with its stream headers (II.24.2.1–2).

use crate::bytes::{ByteReader, sub_slice};
use crate::error::{Error, ErrorKind, Result};
use std::ops::Range;

/// A (RVA, size) pair of a data directory.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Directory {
    pub rva: u32,
    pub size: u32,
}

/// The CLI header (`IMAGE_COR20_HEADER`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CliHeader {
    pub runtime_major: u16,
    pub runtime_minor: u16,
    pub metadata: Directory,
    pub flags: u32,
    pub entry_point_token: u32,
    pub resources: Directory,
    pub strong_name_signature: Directory,
    /// Points at the ReadyToRun header in an R2R image.
    pub managed_native_header: Directory,
}

impl CliHeader {
    pub const SIZE: usize = 72;

    pub fn parse(bytes: &[u8], offset: usize) -> Result<Self> {
        let mut r = ByteReader::new(bytes, offset, "CLI header");
        let cb = r.u32()?;
        if (cb as usize) < Self::SIZE {
            return Err(Error::invalid("CLI header", offset, "header size is smaller than 72 bytes"));
        }
        let runtime_major = r.u16()?;
        let runtime_minor = r.u16()?;
        let directory = |r: &mut ByteReader| -> Result<Directory> { Ok(Directory { rva: r.u32()?, size: r.u32()? }) };
        let metadata = directory(&mut r)?;
        let flags = r.u32()?;
        let entry_point_token = r.u32()?;
        let resources = directory(&mut r)?;
        let strong_name_signature = directory(&mut r)?;
        let _code_manager_table = directory(&mut r)?;
        let _vtable_fixups = directory(&mut r)?;
        let _export_address_table_jumps = directory(&mut r)?;
        let managed_native_header = directory(&mut r)?;
        Ok(CliHeader {
            runtime_major,
            runtime_minor,
            metadata,
            flags,
            entry_point_token,
            resources,
            strong_name_signature,
            managed_native_header,
        })
    }
}

/// The streams the metadata root names, as file ranges.
#[derive(Clone, Debug, Default)]
pub struct Streams {
    pub version: String,
    pub tables: Option<Range<usize>>,
    /// True for the uncompressed `#-` table stream (which may use pointer tables).
    pub uncompressed_tables: bool,
    pub strings: Option<Range<usize>>,
    pub user_strings: Option<Range<usize>>,
    pub blob: Option<Range<usize>>,
    pub guid: Option<Range<usize>>,
    /// `#JTD`: every heap and table index is 4 bytes wide.
    pub large_indices: bool,
}

const METADATA_SIGNATURE: u32 = 0x424A_5342; // "BSJB"

impl Streams {
    /// Parses the metadata root found at file offset `root_offset`, `root_size` bytes long, in `file`.
    pub fn parse(file: &[u8], root_offset: usize, root_size: usize) -> Result<Self> {
        let root = sub_slice(file, root_offset, root_size, 0, "metadata root")?;
        let mut r = ByteReader::new(root, root_offset, "metadata root");
        if r.u32()? != METADATA_SIGNATURE {
            return Err(Error::new("metadata root", root_offset, ErrorKind::BadMagic { expected: "BSJB" }));
        }
        let _major = r.u16()?;
        let _minor = r.u16()?;
        let _reserved = r.u32()?;
        let version_length = r.u32()? as usize;
        let version_bytes = r.bytes(version_length)?;
        let version_end = version_bytes.iter().position(|&b| b == 0).unwrap_or(version_bytes.len());
        let version = String::from_utf8_lossy(&version_bytes[..version_end]).into_owned();
        let _flags = r.u16()?;
        let stream_count = r.u16()?;
        let mut streams = Streams { version, ..Streams::default() };
        for _ in 0..stream_count {
            let header_offset = r.offset();
            let offset = r.u32()? as usize;
            let size = r.u32()? as usize;
            let name = r.nul_terminated()?;
            r.align(4)?;
            // A stream must lie within the metadata the CLI header describes.
            sub_slice(root, offset, size, root_offset, "metadata stream")?;
            let range = root_offset + offset..root_offset + offset + size;
            let slot = match name {
                b"#~" => &mut streams.tables,
                b"#-" => {
                    streams.uncompressed_tables = true;
                    &mut streams.tables
                }
                b"#Strings" => &mut streams.strings,
                b"#US" => &mut streams.user_strings,
                b"#Blob" => &mut streams.blob,
                b"#GUID" => &mut streams.guid,
                b"#JTD" => {
                    streams.large_indices = true;
                    continue;
                }
                // Other streams (#Pdb, vendor streams) carry nothing the reader needs.
                _ => continue,
            };
            if slot.is_some() {
                return Err(Error::invalid("metadata stream header", header_offset, "stream appears twice"));
            }
            *slot = Some(range);
        }
        Ok(streams)
    }
}
