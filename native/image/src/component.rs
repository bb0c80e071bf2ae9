//! One component assembly in the payload: its CLI header and the part of its metadata the image keeps
//! (`wasmr2r_metadata::subset`: the rows the compilation reached and what they refer to, renumbered), with every
//! RVA they store rewritten (the metadata's moved; resources and the strong-name signature, which the image does
//! not carry, 0; method bodies' and field data's are 0 in the subset already). The reader (and
//! System.Reflection.Metadata) reads a component's metadata as it reads any assembly's.

use crate::error::{Error, Result};
use crate::payload::PayloadBuilder;
use crate::writer::Component;
use wasmr2r_metadata::subset::{self, Keep};
use wasmr2r_metadata::{Assembly, TableId, Token};

/// A component's kept metadata, read back as an assembly, and where its rows went.
pub struct Trimmed {
    pub assembly: Assembly,
    pub rows: subset::Subset,
}

/// Offset of EntryPointToken in the CLI header.
const CLI_ENTRY_POINT_TOKEN: usize = 20;

/// Writes the metadata `component.keep` selects and reads it back (the CLI header's entry point renumbered).
pub fn trim(component: &Component) -> Result<Trimmed> {
    let assembly = component.assembly;
    let name = || assembly.identity().ok().flatten().map(|i| i.name).unwrap_or_else(|| "(module)".to_owned());
    let fail = |reason: String| Error::Component { component: name(), reason };
    // The CLI header names the entry point, so its MethodDef stays whatever was compiled.
    let entry = assembly.cli_header().entry_point_token;
    let mut keep = component.keep.clone();
    if let Keep::Reached(roots) = &mut keep
        && Token(entry).table() == Some(TableId::MethodDef)
    {
        roots.methods.insert(Token(entry).rid());
    }
    let rows = subset::write(assembly, &keep).map_err(|e| fail(format!("writing its metadata: {e}")))?;
    let container = assembly.container();
    let offset = container
        .rva_to_offset(container.cli_header_rva, CLI_HEADER_SIZE, "the CLI header")
        .map_err(|e| fail(format!("the CLI header: {e}")))?;
    let mut header = assembly.data()[offset..offset + CLI_HEADER_SIZE as usize].to_vec();
    if entry != 0 {
        let mapped = rows
            .map(Token(entry))
            .ok_or_else(|| fail(format!("its entry point {entry:#010x} is not among the rows kept")))?;
        header[CLI_ENTRY_POINT_TOKEN..][..4].copy_from_slice(&mapped.0.to_le_bytes());
    }
    let assembly =
        Assembly::in_memory(&header, &rows.metadata).map_err(|e| fail(format!("reading its metadata back: {e}")))?;
    Ok(Trimmed { assembly, rows })
}

/// Where a component landed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacedComponent {
    pub name: String,
    pub mvid: [u8; 16],
    /// RVA of the component's (rewritten) CLI header; 72 bytes.
    pub cli_header_rva: u32,
    /// The metadata directory, rewritten.
    pub metadata: (u32, u32),
    /// (original RVA, length, new RVA) of each part copied: the CLI header and the metadata.
    pub sections: Vec<(u32, u32, u32)>,
}

/// Offsets of the directories inside the CLI header that hold RVAs (II.25.3.3).
const CLI_METADATA: u32 = 8;
const CLI_RESOURCES: u32 = 24;
const CLI_STRONG_NAME: u32 = 32;
/// Offset of ManagedNativeHeader in the CLI header.
pub const CLI_MANAGED_NATIVE_HEADER: u32 = 64;
pub const CLI_HEADER_SIZE: u32 = 72;

/// Copies `assembly`'s CLI header and metadata (as [`trim`] left them) into `payload`: what a component is in an image.
/// Its IL, resources, field RVA data and the rest of its sections stay out — the methods are compiled, the
/// resource strings are folded at compile time, and the compiler copies the RVA data its code uses into data
/// nodes of its own — so the CLI header's directories are rewritten: the metadata's to its new place, the rest 0.
pub fn place(payload: &mut PayloadBuilder, assembly: &Assembly) -> Result<PlacedComponent> {
    let identity = assembly.identity()?;
    let name = identity.map(|i| i.name).unwrap_or_else(|| "(module)".to_owned());
    let fail = |reason: String| Error::Component { component: name.clone(), reason };

    let data = assembly.data();
    let container = assembly.container();
    let cli = assembly.cli_header();
    let located = |rva: u32, size: u32, what: &'static str| {
        container
            .rva_to_offset(rva, size, what)
            .map_err(|e| fail(format!("{what} at RVA {rva:#x}: {e}")))
            .map(|offset| (offset, offset + size as usize))
    };
    let (cli_start, cli_end) = located(container.cli_header_rva, CLI_HEADER_SIZE, "the CLI header")?;
    let (metadata_start, metadata_end) = located(cli.metadata.rva, cli.metadata.size, "the metadata")?;
    let cli_header_rva = payload.append(&data[cli_start..cli_end], 4);
    let metadata_rva = payload.append(&data[metadata_start..metadata_end], 4);
    let metadata = (metadata_rva, cli.metadata.size);
    payload.patch_u32(cli_header_rva + CLI_METADATA, metadata_rva);
    // The directories of what was left behind, and the ManagedNativeHeader (the writer sets it), are empty.
    for field in [CLI_RESOURCES, CLI_STRONG_NAME, CLI_MANAGED_NATIVE_HEADER] {
        payload.patch_u32(cli_header_rva + field, 0);
        payload.patch_u32(cli_header_rva + field + 4, 0);
    }

    let module: wasmr2r_metadata::ModuleRow = assembly.row(1)?;
    let mvid = assembly.guids().get(module.mvid)?.unwrap_or([0; 16]);
    let sections = vec![
        (container.cli_header_rva, CLI_HEADER_SIZE, cli_header_rva),
        (cli.metadata.rva, cli.metadata.size, metadata_rva),
    ];
    Ok(PlacedComponent { name, mvid, cli_header_rva, metadata, sections })
}
