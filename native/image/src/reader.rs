//! Reads an image back: the envelope (shape, table size, function names), the payload's R2R header and
//! tables, the components, the relocations. It backs `wasmr2r dump` and the writer's round-trip tests.

use crate::envelope::Shape;
use crate::error::{Error, Result};
use crate::r2r::{self, Header, SectionType};
use crate::reloc::{self, Reloc};
use wasmr2r_metadata::Assembly;
use wasmr2r_metadata::container::ContainerKind;

/// One `RUNTIME_FUNCTION` of the Wasm form: the function's index in the image and its unwind data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuntimeFunction {
    pub begin: u32,
    pub unwind_rva: u32,
}

/// A component assembly of the image.
pub struct Component {
    pub assembly: Assembly,
    pub cli_header_rva: u32,
    pub flags: u32,
    pub sections: Vec<r2r::Section>,
    pub mvid: Option<[u8; 16]>,
}

/// An image, read.
pub struct Image {
    /// The image file read as an assembly: its CLI header is the image's own (the entry component's).
    pub assembly: Assembly,
    pub shape: Shape,
    pub payload_size: u32,
    pub table_size: u32,
    pub header_rva: u32,
    pub header: Header,
    pub compiler_identifier: String,
    pub runtime_functions: Vec<RuntimeFunction>,
    /// The trailer word after the sentinel: the table index of runtime function 0, before relocation.
    pub min_function_table_index: u32,
    pub relocations: Vec<Reloc>,
    pub components: Vec<Component>,
    /// Names of the functions in table order (runtime function `i` is `function_names[i]`).
    pub function_names: Vec<String>,
    /// Bytes of the module's code section (the compiled methods and the loader helpers).
    pub code_size: usize,
    /// Why each stubbed function was not compiled: (function index, message).
    pub stub_reasons: Vec<(u32, String)>,
}

impl Image {
    pub fn read(bytes: Vec<u8>) -> Result<Image> {
        let envelope = Envelope::read(&bytes)?;
        let assembly = Assembly::from_bytes(bytes)?;
        if !matches!(assembly.container().kind, ContainerKind::WasmWrappedWebcil { version: 1 }) {
            return Err(Error::malformed("WebCIL wrapper", 0, "not a WebCIL version 1 module"));
        }
        let header_dir = assembly.cli_header().managed_native_header;
        let (header_bytes, header_offset) = stored(&assembly, header_dir.rva, header_dir.size, "ReadyToRun header")?;
        let header = r2r::read_header(header_bytes, header_offset)?;
        let section = |kind| header.section(kind);

        let compiler_identifier = match section(SectionType::CompilerIdentifier) {
            Some(s) => {
                let (bytes, _) = stored(&assembly, s.rva, s.size, "CompilerIdentifier")?;
                String::from_utf8_lossy(bytes.split(|&b| b == 0).next().unwrap_or(&[])).into_owned()
            }
            None => String::new(),
        };
        let (runtime_functions, min_function_table_index) = match section(SectionType::RuntimeFunctions) {
            // The table is followed by the sentinel and the minimum table index, outside the section's size.
            Some(s) => {
                let with_trailer = s.size.checked_add(8).ok_or_else(|| {
                    Error::malformed("RuntimeFunctions", header_offset, "section size overflows with its trailer")
                })?;
                let (bytes, offset) = stored(&assembly, s.rva, with_trailer, "RuntimeFunctions")?;
                let (table, trailer) = bytes.split_at(s.size as usize);
                if s.size % 8 != 0 || u32_at(trailer, 0) != 0xFFFF_FFFF {
                    return Err(Error::malformed("RuntimeFunctions", offset, "not 8-byte entries ended by a sentinel"));
                }
                let functions = table
                    .chunks_exact(8)
                    .map(|e| RuntimeFunction { begin: u32_at(e, 0), unwind_rva: u32_at(e, 4) })
                    .collect();
                (functions, u32_at(trailer, 4))
            }
            None => (Vec::new(), 0),
        };

        let reloc_index = reloc_section_index(assembly.data(), assembly.container().payload_offset);
        let relocations = match reloc_index.and_then(|i| assembly.container().sections.get(i)) {
            Some(s) => reloc::read(assembly.container().section_bytes(assembly.data(), s), s.file_offset)?,
            None => Vec::new(),
        };

        let stub_reasons = match section(SectionType::StubReasons) {
            Some(s) => {
                let (table, offset) = stored(&assembly, s.rva, s.size, "StubReasons")?;
                let count = u32_at(table, 0) as usize;
                if (table.len().saturating_sub(4)) / 8 < count {
                    return Err(Error::malformed("StubReasons", offset, "shorter than its count says"));
                }
                (0..count)
                    .map(|i| {
                        let (function, rva) = (u32_at(table, 4 + 8 * i), u32_at(table, 8 + 8 * i));
                        let (text, _) = assembly.container().stored_at(rva, "stub reason")?;
                        let bytes = &assembly.data()[text..];
                        let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
                        Ok((function, String::from_utf8_lossy(&bytes[..end]).into_owned()))
                    })
                    .collect::<Result<_>>()?
            }
            None => Vec::new(),
        };
        let mvids = match section(SectionType::ManifestAssemblyMvids) {
            Some(s) => stored(&assembly, s.rva, s.size, "ManifestAssemblyMvids")?.0.to_vec(),
            None => Vec::new(),
        };
        let mut components = Vec::new();
        if let Some(s) = section(SectionType::ComponentAssemblies) {
            let (entries, offset) = stored(&assembly, s.rva, s.size, "ComponentAssemblies")?;
            for (i, entry) in entries.chunks_exact(16).enumerate() {
                let (cli_header_rva, core_rva, core_size) = (u32_at(entry, 0), u32_at(entry, 8), u32_at(entry, 12));
                let component = assembly.component(cli_header_rva)?;
                let (core, core_offset) = stored(&assembly, core_rva, core_size, "component ReadyToRun header")
                    .map_err(|_| Error::malformed("ComponentAssemblies", offset + 16 * i, "bad core header"))?;
                let (flags, sections) = r2r::read_core_header(core, core_offset)?;
                let mvid = mvids.get(16 * i..16 * i + 16).map(|m| m.try_into().unwrap_or([0; 16]));
                components.push(Component { assembly: component, cli_header_rva, flags, sections, mvid });
            }
        }
        Ok(Image {
            assembly,
            shape: envelope.shape,
            payload_size: envelope.payload_size,
            table_size: envelope.table_size,
            header_rva: header_dir.rva,
            header,
            compiler_identifier,
            runtime_functions,
            min_function_table_index,
            relocations,
            components,
            function_names: envelope.method_names,
            code_size: envelope.code_size,
            stub_reasons,
        })
    }
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    bytes.get(at..at + 4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// The `size` bytes stored at `rva` and their file offset.
fn stored<'a>(assembly: &'a Assembly, rva: u32, size: u32, structure: &'static str) -> Result<(&'a [u8], usize)> {
    let offset = assembly.container().rva_to_offset(rva, size, structure)?;
    Ok((&assembly.data()[offset..offset + size as usize], offset))
}

/// `Reserved0` of the WebCIL header: the 1-based index of the reloc section (0: none).
fn reloc_section_index(data: &[u8], payload_offset: usize) -> Option<usize> {
    let at = payload_offset + 10;
    let index = u16::from_le_bytes([*data.get(at)?, *data.get(at + 1)?]);
    (index as usize).checked_sub(1)
}

/// What the Wasm module itself says: its shape, the sizes in segment 0, the methods' names in table order.
struct Envelope {
    code_size: usize,
    shape: Shape,
    payload_size: u32,
    table_size: u32,
    method_names: Vec<String>,
}

impl Envelope {
    fn read(bytes: &[u8]) -> Result<Envelope> {
        use wasmparser::{DataKind, ElementItems, Name, Parser, Payload};
        let wasm = |e: wasmparser::BinaryReaderError| Error::malformed("Wasm module", e.offset() as usize, e.message());
        let mut shape = Shape::Passive;
        let (mut payload_size, mut table_size) = (0, 0);
        let mut table_functions = Vec::new();
        let mut names = std::collections::HashMap::new();
        let mut code_size = 0;
        for payload in Parser::new(0).parse_all(bytes) {
            match payload.map_err(wasm)? {
                Payload::CodeSectionStart { size, .. } => code_size = size as usize,
                Payload::DataSection(reader) => {
                    for (i, segment) in reader.into_iter().enumerate() {
                        let segment = segment.map_err(wasm)?;
                        if i == 0 {
                            payload_size = u32_at(segment.data, 0);
                            table_size = u32_at(segment.data, 4);
                        } else if i == 1 && matches!(segment.kind, DataKind::Active { .. }) {
                            shape = Shape::SelfInstalling;
                        }
                    }
                }
                Payload::ElementSection(reader) => {
                    for element in reader {
                        let element = element.map_err(wasm)?;
                        if let ElementItems::Functions(functions) = element.items {
                            for f in functions {
                                table_functions.push(f.map_err(wasm)?);
                            }
                        }
                    }
                }
                Payload::CustomSection(section) => {
                    if let wasmparser::KnownCustom::Name(reader) = section.as_known() {
                        for name in reader {
                            if let Name::Function(map) = name.map_err(wasm)? {
                                for naming in map {
                                    let naming = naming.map_err(wasm)?;
                                    names.insert(naming.index, naming.name.to_owned());
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let method_names =
            table_functions.iter().map(|f| names.get(f).cloned().unwrap_or_else(|| format!("function {f}"))).collect();
        Ok(Envelope { code_size, shape, payload_size, table_size, method_names })
    }
}
