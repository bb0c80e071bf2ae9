//! Where an assembly's metadata lives in the file: a PE image (read with the `object` crate) or a WebCIL
//! payload (bare, or wrapped in a Wasm module as data segment 1; wrapper versions 0 and 1). Both come down to
//! the same thing: a list of sections that maps RVAs to file offsets, and the RVA of the CLI header.

use crate::error::{Error, ErrorKind, Result};
use object::LittleEndian as LE;
use object::pe;
use object::read::pe::{ImageNtHeaders, PeFile};

/// What kind of file the assembly came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContainerKind {
    Pe32,
    Pe64,
    /// A bare WebCIL payload (`WbIL` at offset 0).
    Webcil {
        version: u16,
    },
    /// A Wasm module carrying the WebCIL payload in its data section.
    WasmWrappedWebcil {
        version: u16,
    },
    /// A CLI header and metadata put together in memory (`Assembly::in_memory`), offsets equal to RVAs.
    InMemory,
}

/// One section: `virtual_size` bytes at `rva`, of which `raw_size` are stored at `file_offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    pub rva: u32,
    pub virtual_size: u32,
    pub file_offset: usize,
    pub raw_size: u32,
}

/// The parts of the container the metadata reader needs.
#[derive(Debug, Clone)]
pub struct Container {
    pub kind: ContainerKind,
    pub sections: Vec<Section>,
    pub cli_header_rva: u32,
    pub cli_header_size: u32,
    /// For WebCIL: where the payload starts in the file (0 for PE).
    pub payload_offset: usize,
}

impl Container {
    pub fn parse(data: &[u8]) -> Result<Self> {
        match data {
            [0, b'a', b's', b'm', ..] => parse_wasm_wrapper(data),
            [b'W', b'b', b'I', b'L', ..] => parse_webcil(data, 0, data.len(), false),
            [b'M', b'Z', ..] => parse_pe(data),
            _ => Err(Error::new(
                "file header",
                0,
                ErrorKind::NotManaged("neither a PE image (MZ), a WebCIL payload (WbIL) nor a Wasm module"),
            )),
        }
    }

    /// The bytes `section` stores (empty when the file ends before them).
    pub fn section_bytes<'a>(&self, data: &'a [u8], section: &Section) -> &'a [u8] {
        data.get(section.file_offset..section.file_offset.saturating_add(section.raw_size as usize)).unwrap_or(&[])
    }

    /// The file offset of `rva` and how many bytes are stored from there to the end of its section.
    pub fn stored_at(&self, rva: u32, structure: &'static str) -> Result<(usize, usize)> {
        let section = self
            .sections
            .iter()
            .find(|s| rva >= s.rva && rva - s.rva < s.virtual_size.max(s.raw_size))
            .ok_or_else(|| Error::out_of_range(structure, 0, rva.into(), self.rva_limit()))?;
        let within = rva - section.rva;
        let offset = section.file_offset + within as usize;
        if within >= section.raw_size {
            // Inside the section's virtual size but past the bytes the file stores for it.
            return Err(Error::new(structure, offset, ErrorKind::Truncated { needed: 1, available: 0 }));
        }
        Ok((offset, (section.raw_size - within) as usize))
    }

    /// The file offset of `size` bytes at `rva`, which must all be stored in one section.
    pub fn rva_to_offset(&self, rva: u32, size: u32, structure: &'static str) -> Result<usize> {
        let (offset, available) = self.stored_at(rva, structure)?;
        if size as usize > available {
            return Err(Error::new(structure, offset, ErrorKind::Truncated { needed: size as usize, available }));
        }
        Ok(offset)
    }

    fn rva_limit(&self) -> u64 {
        self.sections.iter().map(|s| u64::from(s.rva) + u64::from(s.virtual_size)).max().unwrap_or(0)
    }
}

fn parse_pe(data: &[u8]) -> Result<Container> {
    let pe_error = |_: object::Error| Error::new("PE headers", 0, ErrorKind::NotManaged("malformed PE headers"));
    match object::FileKind::parse(data).map_err(pe_error)? {
        object::FileKind::Pe32 => parse_pe_as::<pe::ImageNtHeaders32>(data, ContainerKind::Pe32).map_err(pe_error)?,
        object::FileKind::Pe64 => parse_pe_as::<pe::ImageNtHeaders64>(data, ContainerKind::Pe64).map_err(pe_error)?,
        _ => Err(Error::new("PE headers", 0, ErrorKind::NotManaged("MZ file that is not a PE image"))),
    }
}

fn parse_pe_as<Pe: ImageNtHeaders>(data: &[u8], kind: ContainerKind) -> object::Result<Result<Container>> {
    let file = PeFile::<Pe>::parse(data)?;
    let Some(cli) = file.data_directory(pe::IMAGE_DIRECTORY_ENTRY_COM_DESCRIPTOR) else {
        return Ok(Err(Error::new("PE data directories", 0, ErrorKind::NotManaged("no CLI header directory"))));
    };
    let (cli_header_rva, cli_header_size) = (cli.virtual_address.get(LE), cli.size.get(LE));
    if cli_header_rva == 0 {
        return Ok(Err(Error::new(
            "PE data directories",
            0,
            ErrorKind::NotManaged("the CLI header directory is empty"),
        )));
    }
    let sections = file
        .section_table()
        .iter()
        .map(|s| {
            let (file_offset, raw_size) = s.pe_file_range();
            Section {
                rva: s.virtual_address.get(LE),
                virtual_size: s.virtual_size.get(LE),
                file_offset: file_offset as usize,
                raw_size: raw_size.min(data.len().saturating_sub(file_offset as usize) as u32),
            }
        })
        .collect();
    Ok(Ok(Container { kind, sections, cli_header_rva, cli_header_size, payload_offset: 0 }))
}

/// Size of the `WbIL` header: 28 bytes in version 0, 32 in version 1 (adds TableBase).
fn webcil_header_size(version: u16) -> usize {
    if version == 0 { 28 } else { 32 }
}

/// Parses a WebCIL payload that occupies `data[start..start + len]`.
fn parse_webcil(data: &[u8], start: usize, len: usize, wrapped: bool) -> Result<Container> {
    use crate::bytes::ByteReader;
    let payload = crate::bytes::sub_slice(data, start, len, 0, "WebCIL payload")?;
    let mut r = ByteReader::new(payload, start, "WebCIL header");
    if r.bytes(4)? != b"WbIL" {
        return Err(Error::new("WebCIL header", start, ErrorKind::BadMagic { expected: "WbIL" }));
    }
    let version_offset = r.offset();
    let version = r.u16()?;
    let _minor = r.u16()?;
    if version > 1 {
        return Err(Error::new("WebCIL header", version_offset, ErrorKind::Unsupported("WebCIL version above 1")));
    }
    let section_count = r.u16()?;
    let _reserved = r.u16()?;
    let cli_header_rva = r.u32()?;
    let cli_header_size = r.u32()?;
    r.seek(webcil_header_size(version))?;
    let mut sections = Vec::with_capacity(usize::from(section_count));
    r = ByteReader::new(payload, start, "WebCIL section header");
    r.seek(webcil_header_size(version))?;
    for _ in 0..section_count {
        let virtual_size = r.u32()?;
        let rva = r.u32()?;
        let raw_size = r.u32()?;
        let pointer = r.u32()?;
        // PointerToRawData is relative to the payload; keep only what the payload really holds.
        let available = payload.len().saturating_sub(pointer as usize);
        sections.push(Section {
            rva,
            virtual_size,
            file_offset: start + pointer as usize,
            raw_size: raw_size.min(available as u32),
        });
    }
    let kind = if wrapped { ContainerKind::WasmWrappedWebcil { version } } else { ContainerKind::Webcil { version } };
    Ok(Container { kind, sections, cli_header_rva, cli_header_size, payload_offset: start })
}

/// Finds the WebCIL payload in a Wasm wrapper module: data segment 0 holds the payload size (and, in
/// version 1, the table size); data segment 1 is the payload.
fn parse_wasm_wrapper(data: &[u8]) -> Result<Container> {
    use wasmparser::{Parser, Payload};
    let wasm_error = |e: wasmparser::BinaryReaderError| {
        Error::new("Wasm wrapper", e.offset() as usize, ErrorKind::Invalid("malformed Wasm module"))
    };
    for payload in Parser::new(0).parse_all(data) {
        let Payload::DataSection(reader) = payload.map_err(wasm_error)? else {
            continue;
        };
        let section_offset = reader.range().start as usize;
        let mut segments = reader.into_iter();
        let (Some(size_segment), Some(payload_segment)) = (segments.next(), segments.next()) else {
            return Err(Error::new(
                "Wasm wrapper",
                section_offset,
                ErrorKind::NotManaged("fewer than two data segments"),
            ));
        };
        let (size_segment, payload_segment) = (size_segment.map_err(wasm_error)?, payload_segment.map_err(wasm_error)?);
        // A wrapper's segment 0 starts with {payloadSize} (v0) or {payloadSize, tableSize} (v1), padded so the
        // payload is aligned, and segment 1 starts
        // with the WebCIL magic; any other module (the runtime's own dotnet.native.wasm, say) is not one.
        let is_wrapper = size_segment.data.len() >= 4 && payload_segment.data.starts_with(b"WbIL");
        if !is_wrapper {
            return Err(Error::new(
                "Wasm wrapper",
                section_offset,
                ErrorKind::NotManaged("a Wasm module whose data segments are not a WebCIL wrapper"),
            ));
        }
        let size_bytes = &size_segment.data[..4];
        let payload_size = u32::from_le_bytes([size_bytes[0], size_bytes[1], size_bytes[2], size_bytes[3]]) as usize;
        let payload_start = payload_segment.data.as_ptr() as usize - data.as_ptr() as usize;
        if payload_size > payload_segment.data.len() {
            return Err(Error::new(
                "WebCIL payload segment",
                payload_start,
                ErrorKind::Truncated { needed: payload_size, available: payload_segment.data.len() },
            ));
        }
        return parse_webcil(data, payload_start, payload_size, true);
    }
    Err(Error::new("Wasm wrapper", 0, ErrorKind::NotManaged("Wasm module without a data section")))
}
