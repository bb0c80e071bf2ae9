//! Writes an image: the component assemblies, the ReadyToRun header and tables, the relocations, all in the
//! payload of a WebCIL v1 module (`docs/format.md` describes the result byte by byte).
//!
//! Output is a pure function of the inputs: components in the order given, functions in the order given,
//! tables sorted by key, so the same inputs give the same bytes however they were compiled.

use crate::component::{self, CLI_HEADER_SIZE, CLI_MANAGED_NATIVE_HEADER, PlacedComponent};
use crate::envelope::{self, Shape};
use crate::error::{Error, Result};
use crate::link::{CompiledFunction, DataNode, DataRelocKind, SymbolRef};
use crate::payload::PayloadBuilder;
use crate::r2r::{self, Section, SectionType, flags};
use crate::reloc::RelocKind;
use wasm_encoder::FuncType;
use wasmr2r_metadata::subset::Keep;
use wasmr2r_metadata::{Assembly, TableId, Token};

/// A compiled method's entry: MethodDef `rid` of component `component` is function `function`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MethodEntry {
    pub component: usize,
    pub rid: u32,
    pub function: u32,
}

/// One component assembly and which of its metadata the image carries.
#[derive(Clone, Debug)]
pub struct Component<'a> {
    pub assembly: &'a Assembly,
    pub keep: Keep,
}

/// What an image is made of.
pub struct ImageInput<'a> {
    /// The assemblies, the entry assembly first (the image's own CLI header describes it).
    pub components: Vec<Component<'a>>,
    /// Compiled functions; function `i` is runtime function `i` and table slot `tableBase + i`.
    pub functions: Vec<CompiledFunction>,
    /// Data nodes (MethodTables, statics, string literals...), placed at the start of the image section in order.
    pub data: Vec<DataNode>,
    /// Function types `call_indirect` names (`SymbolRef::Type(i)`).
    pub signatures: Vec<FuncType>,
    pub entry_points: Vec<MethodEntry>,
    pub compiler_identifier: String,
    pub shape: Shape,
    /// Why each stubbed function was not compiled: (function index, message).
    pub stub_reasons: Vec<(u32, String)>,
}

/// Sizes of the parts of a written image, for reports.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImageSizes {
    pub module: usize,
    pub payload: usize,
    /// Bytes of the component assemblies copied into the payload (their CLI headers and metadata).
    pub components: usize,
    /// Bytes of ReadyToRun headers and tables.
    pub tables: usize,
    /// Bytes of data nodes.
    pub data: usize,
    /// Bytes of code (the code section's function bodies).
    pub code: usize,
    /// Each function's body size after relocation, in function order.
    pub function_sizes: Vec<u32>,
    /// Where each data node landed (its RVA), in data order.
    pub data_rvas: Vec<u32>,
}

/// The unwind blob every runtime function shares for now: frame size 0, no virtual IPs (two ULEB128 zeros).
const EMPTY_UNWIND: [u8; 2] = [0, 0];
const SENTINEL: u32 = 0xFFFF_FFFF;

/// Writes the image; the module is validated before it is returned.
pub fn write(input: ImageInput) -> Result<(Vec<u8>, ImageSizes)> {
    if input.components.is_empty() {
        return Err(Error::Component {
            component: "(none)".into(),
            reason: "an image needs at least one assembly".into(),
        });
    }
    let mut payload = PayloadBuilder::new();
    // Data nodes first, so that their RVAs are small; their relocation sites are patched once everything is placed.
    let mut data_rvas = Vec::with_capacity(input.data.len());
    for node in &input.data {
        data_rvas.push(payload.append(&node.bytes, node.align.max(1)));
    }
    let data_end = payload.next_rva();
    // Each component's metadata is rewritten to the rows the image keeps; entry points follow the MethodDefs.
    let trimmed: Vec<component::Trimmed> = input.components.iter().map(component::trim).collect::<Result<_>>()?;
    let placed: Vec<PlacedComponent> =
        trimmed.iter().map(|c| component::place(&mut payload, &c.assembly)).collect::<Result<_>>()?;
    let mut entry_points = Vec::with_capacity(input.entry_points.len());
    for entry in &input.entry_points {
        let component = trimmed.get(entry.component).ok_or_else(|| Error::Component {
            component: format!("#{}", entry.component),
            reason: "an entry point names a component the image does not have".into(),
        })?;
        let rid = component.rows.map(Token::new(TableId::MethodDef, entry.rid)).map(|t| t.rid()).ok_or_else(|| {
            Error::Component {
                component: placed[entry.component].name.clone(),
                reason: format!("compiled MethodDef {} is not among the rows its metadata keeps", entry.rid),
            }
        })?;
        entry_points.push(MethodEntry { rid, ..*entry });
    }
    entry_points.sort();
    let components_end = payload.next_rva();

    // Per-component headers: MethodDefEntryPoints, AvailableTypes.
    let mut component_headers = Vec::with_capacity(placed.len());
    for (index, (kept, component)) in trimmed.iter().zip(&placed).enumerate() {
        let sections = crate::tables::component_sections(&mut payload, &kept.assembly, index, &entry_points)?;
        let header = r2r::write_core_header(flags::COMPONENT, &sections);
        let rva = payload.append(&header, 4);
        payload.patch_u32(component.cli_header_rva + CLI_MANAGED_NATIVE_HEADER, rva);
        payload.patch_u32(component.cli_header_rva + CLI_MANAGED_NATIVE_HEADER + 4, header.len() as u32);
        component_headers.push((rva, header.len() as u32));
    }

    let mut sections = Vec::new();
    let mut identifier = input.compiler_identifier.clone().into_bytes();
    identifier.push(0);
    add_section(&mut payload, &mut sections, SectionType::CompilerIdentifier, &identifier, 1);
    add_section(&mut payload, &mut sections, SectionType::ImportSections, &[], 4);

    let unwind_rva = payload.append(&EMPTY_UNWIND, 4);
    let mut runtime_functions = Vec::with_capacity(input.functions.len() * 8 + 8);
    for i in 0..input.functions.len() as u32 {
        runtime_functions.extend(i.to_le_bytes()); // BeginAddress: the function's index in the image
        runtime_functions.extend(unwind_rva.to_le_bytes());
    }
    add_section(&mut payload, &mut sections, SectionType::RuntimeFunctions, &runtime_functions, 4);
    // The sentinel and the trailer word stay outside the section's size, as in CoreCLR's Wasm form.
    payload.append(&SENTINEL.to_le_bytes(), 4);
    let min_index_rva = payload.append(&0u32.to_le_bytes(), 4);
    payload.relocate(min_index_rva, RelocKind::Wasm32Table);

    let mut entries = Vec::new();
    for (component, (core_rva, core_size)) in placed.iter().zip(&component_headers) {
        for value in [component.cli_header_rva, CLI_HEADER_SIZE, *core_rva, *core_size] {
            entries.extend(value.to_le_bytes());
        }
    }
    add_section(&mut payload, &mut sections, SectionType::ComponentAssemblies, &entries, 4);
    let reasons = stub_reasons(&mut payload, &input.stub_reasons);
    add_section(&mut payload, &mut sections, SectionType::StubReasons, &reasons, 4);
    let mvids: Vec<u8> = placed.iter().flat_map(|c| c.mvid).collect();
    add_section(&mut payload, &mut sections, SectionType::ManifestAssemblyMvids, &mvids, 4);

    let header = r2r::write_header(0, &sections);
    let header_rva = payload.append(&header, 4);
    // The image's own CLI header: the entry assembly's, pointing at the composite header.
    let mut cli = payload.bytes_mut(placed[0].cli_header_rva, CLI_HEADER_SIZE as usize).to_vec();
    cli[CLI_MANAGED_NATIVE_HEADER as usize..][..4].copy_from_slice(&header_rva.to_le_bytes());
    cli[CLI_MANAGED_NATIVE_HEADER as usize + 4..][..4].copy_from_slice(&(header.len() as u32).to_le_bytes());
    let cli_rva = payload.append(&cli, 4);
    let tables_size = (payload.next_rva() - components_end) as usize;
    // The heap may start here: nothing after it is read once the loader has relocated the image.
    let image_end = payload.next_rva().next_multiple_of(crate::payload::SECTION_ALIGNMENT);

    let function_count = input.functions.len() as u32;
    let address_of = |target: SymbolRef| -> std::result::Result<u32, String> {
        match target {
            SymbolRef::Data(i) => {
                data_rvas.get(i as usize).copied().ok_or_else(|| format!("data node {i} does not exist"))
            }
            SymbolRef::ImageEnd => Ok(image_end),
            other => Err(format!("{other:?} has no address")),
        }
    };
    for (node, &rva) in input.data.iter().zip(&data_rvas) {
        for r in &node.relocs {
            let at = rva + r.offset;
            if r.offset as usize + 4 > node.bytes.len() {
                return Err(Error::Invalid(format!("a data relocation at {} is outside its node", r.offset)));
            }
            let (value, kind) = match (r.kind, r.target) {
                (DataRelocKind::Address, target) => (address_of(target).map_err(Error::Invalid)?, RelocKind::HighLow),
                (DataRelocKind::TableIndex, SymbolRef::Function(f)) if f < function_count => {
                    (f, RelocKind::Wasm32Table)
                }
                (kind, target) => {
                    return Err(Error::Invalid(format!("a {kind:?} data relocation cannot name {target:?}")));
                }
            };
            payload.patch_u32(at, value.wrapping_add(r.addend as u32));
            payload.relocate(at, kind);
        }
    }

    let payload = payload.finish((cli_rva, CLI_HEADER_SIZE));
    let module = envelope::build(input.shape, &payload, &input.functions, &input.signatures, &address_of)
        .map_err(Error::Invalid)?;
    crate::features::validate(&module).map_err(|e| Error::Invalid(e.to_string()))?;
    let (code, function_sizes) = code_sizes(&module);
    let sizes = ImageSizes {
        module: module.len(),
        payload: payload.len(),
        components: (components_end - data_end) as usize,
        tables: tables_size,
        data: (data_end - crate::payload::IMAGE_SECTION_RVA) as usize,
        code,
        function_sizes: function_sizes.into_iter().take(input.functions.len()).collect(),
        data_rvas,
    };
    Ok((module, sizes))
}

/// The code section's size and each function body's size, read back from the module.
fn code_sizes(module: &[u8]) -> (usize, Vec<u32>) {
    let mut total = 0;
    let mut sizes = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(module).flatten() {
        match payload {
            wasmparser::Payload::CodeSectionStart { size, .. } => total = size as usize,
            wasmparser::Payload::CodeSectionEntry(body) => sizes.push((body.range().end - body.range().start) as u32),
            _ => {}
        }
    }
    (total, sizes)
}

/// The StubReasons table: `u32 count`, then `{u32 function, u32 messageRva}` sorted by function; the
/// messages (UTF-8, NUL-terminated) are appended to the payload first.
fn stub_reasons(payload: &mut PayloadBuilder, reasons: &[(u32, String)]) -> Vec<u8> {
    let mut sorted: Vec<&(u32, String)> = reasons.iter().collect();
    sorted.sort_by_key(|(function, _)| *function);
    let mut table = (sorted.len() as u32).to_le_bytes().to_vec();
    for (function, message) in sorted {
        let mut text = message.clone().into_bytes();
        text.push(0);
        let rva = payload.append(&text, 1);
        table.extend(function.to_le_bytes());
        table.extend(rva.to_le_bytes());
    }
    table
}

/// Appends a table and records its section entry.
fn add_section(payload: &mut PayloadBuilder, sections: &mut Vec<Section>, kind: SectionType, bytes: &[u8], align: u32) {
    let rva = payload.append(bytes, align);
    sections.push(Section { kind, rva, size: bytes.len() as u32 });
}
