//! Places one component assembly in the payload: its sections (CLI header, metadata, IL bodies, field RVA
//! data, resources) are copied in at new RVAs, and every RVA the assembly stores — in its CLI header, in
//! MethodDef rows and in FieldRVA rows — is rewritten to match. The metadata is otherwise untouched, so the
//! reader (and System.Reflection.Metadata) reads a component exactly as it read the original assembly.

use crate::error::{Error, Result};
use crate::payload::{PayloadBuilder, SECTION_ALIGNMENT};
use wasmr2r_metadata::{Assembly, TableId};

/// Where a component landed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacedComponent {
    pub name: String,
    pub mvid: [u8; 16],
    /// RVA of the component's (rewritten) CLI header; 72 bytes.
    pub cli_header_rva: u32,
    /// The metadata directory, rewritten.
    pub metadata: (u32, u32),
    /// (original RVA, length, new RVA) of each section copied.
    pub sections: Vec<(u32, u32, u32)>,
}

impl PlacedComponent {
    /// Where the byte at original RVA `rva` landed.
    pub fn rva(&self, rva: u32) -> Option<u32> {
        self.sections.iter().find(|s| rva >= s.0 && rva - s.0 < s.1).map(|s| s.2 + (rva - s.0))
    }
}

/// Offsets of the directories inside the CLI header that hold RVAs (II.25.3.3).
const CLI_METADATA: u32 = 8;
const CLI_RESOURCES: u32 = 24;
const CLI_STRONG_NAME: u32 = 32;
/// Offset of ManagedNativeHeader in the CLI header.
pub const CLI_MANAGED_NATIVE_HEADER: u32 = 64;
pub const CLI_HEADER_SIZE: u32 = 72;

/// Maps the original assembly's RVAs and file offsets to the payload's RVAs.
struct Relocation {
    /// (original RVA, length kept, original file offset, new RVA)
    sections: Vec<(u32, u32, usize, u32)>,
}

impl Relocation {
    fn rva(&self, old: u32) -> Option<u32> {
        self.sections.iter().find(|s| old >= s.0 && old - s.0 < s.1).map(|s| s.3 + (old - s.0))
    }

    fn file_offset(&self, offset: usize) -> Option<u32> {
        self.sections.iter().find(|s| offset >= s.2 && offset - s.2 < s.1 as usize).map(|s| s.3 + (offset - s.2) as u32)
    }
}

/// Copies `assembly` into `payload` and rewrites its RVAs.
pub fn place(payload: &mut PayloadBuilder, assembly: &Assembly) -> Result<PlacedComponent> {
    let identity = assembly.identity()?;
    let name = identity.map(|i| i.name).unwrap_or_else(|| "(module)".to_owned());
    let fail = |reason: String| Error::Component { component: name.clone(), reason };

    let data = assembly.data();
    let mut relocation = Relocation { sections: Vec::new() };
    for section in &assembly.container().sections {
        let stored = assembly.container().section_bytes(data, section);
        let rva = payload.append(stored, SECTION_ALIGNMENT);
        // Space the section occupies beyond its stored bytes (zero-initialised data) stays addressable.
        let extra = section.virtual_size.saturating_sub(section.raw_size) as usize;
        payload.reserve(extra, 1);
        let kept = section.raw_size.max(section.virtual_size);
        relocation.sections.push((section.rva, kept, section.file_offset, rva));
    }
    let moved = |old: u32, what: &str| {
        relocation.rva(old).ok_or_else(|| fail(format!("{what} at RVA {old:#x} is outside every section")))
    };

    let cli = assembly.cli_header();
    let cli_header_rva = moved(assembly.container().cli_header_rva, "the CLI header")?;
    let metadata = (moved(cli.metadata.rva, "the metadata")?, cli.metadata.size);
    payload.patch_u32(cli_header_rva + CLI_METADATA, metadata.0);
    for (field, dir) in [(CLI_RESOURCES, cli.resources), (CLI_STRONG_NAME, cli.strong_name_signature)] {
        if dir.rva != 0 {
            payload.patch_u32(cli_header_rva + field, moved(dir.rva, "a CLI header directory")?);
        }
    }
    payload.patch_u32(cli_header_rva + CLI_MANAGED_NATIVE_HEADER, 0);
    payload.patch_u32(cli_header_rva + CLI_MANAGED_NATIVE_HEADER + 4, 0);

    // The RVA column is the first of both MethodDef and FieldRVA rows.
    for table in [TableId::MethodDef, TableId::FieldRva] {
        let layout = *assembly.tables().layout(table);
        for rid in 1..=layout.rows {
            let row_offset = layout.offset + (rid as usize - 1) * layout.row_size;
            let old = assembly.tables().column(data, table, rid, 0)?;
            if old == 0 {
                continue;
            }
            let at = relocation
                .file_offset(row_offset)
                .ok_or_else(|| fail(format!("{} row {rid} is outside every section", table.name())))?;
            payload.patch_u32(at, moved(old, "a method body or field data")?);
        }
    }

    let module: wasmr2r_metadata::ModuleRow = assembly.row(1)?;
    let mvid = assembly.guids().get(module.mvid)?.unwrap_or([0; 16]);
    let sections = relocation.sections.iter().map(|&(old, len, _, new)| (old, len, new)).collect();
    Ok(PlacedComponent { name, mvid, cli_header_rva, metadata, sections })
}
