//! The ReadyToRun header (`READYTORUN_HEADER`, CoreCLR's readytorun.h) and the section types this image
//! uses, with CoreCLR's numbering. The signature is CoreCLR's; the version is our own, so nothing mistakes
//! an image for CoreCLR's (or the other way round): readers reject any other major version.

use crate::error::{Error, Result};

/// `'RTR'`.
pub const SIGNATURE: u32 = 0x0052_5452;
/// Our format's major version: bumped on any change a reader of the previous version would misread.
pub const MAJOR_VERSION: u16 = 1;
/// Our minor version: compatible additions.
pub const MINOR_VERSION: u16 = 0;

/// `READYTORUN_FLAG_*` bits used here.
pub mod flags {
    /// The IL (method bodies, field RVA data) is embedded in the image next to the metadata. Never set: an image
    /// carries its components' metadata only (the compiler copies the RVA data its code uses into data nodes).
    pub const EMBEDDED_MSIL: u32 = 0x10;
    /// The header belongs to one component assembly of a composite image.
    pub const COMPONENT: u32 = 0x20;
}

/// The first section type of our own, far above CoreCLR's (which count up from 100).
const STUB_REASONS: u32 = 0x0001_0001;

/// Section types (`ReadyToRunSectionType`), numbered as CoreCLR numbers them; ours above 0x10000.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionType {
    CompilerIdentifier,
    ImportSections,
    RuntimeFunctions,
    MethodDefEntryPoints,
    AvailableTypes,
    ComponentAssemblies,
    ManifestAssemblyMvids,
    /// Ours: why each stubbed method was not compiled, for the message its call raises.
    StubReasons,
    /// A type this reader does not know (kept, shown by number).
    Other(u32),
}

impl SectionType {
    pub fn id(self) -> u32 {
        match self {
            SectionType::CompilerIdentifier => 100,
            SectionType::ImportSections => 101,
            SectionType::RuntimeFunctions => 102,
            SectionType::MethodDefEntryPoints => 103,
            SectionType::AvailableTypes => 108,
            SectionType::ComponentAssemblies => 115,
            SectionType::ManifestAssemblyMvids => 118,
            SectionType::StubReasons => STUB_REASONS,
            SectionType::Other(id) => id,
        }
    }

    pub fn from_id(id: u32) -> Self {
        match id {
            100 => SectionType::CompilerIdentifier,
            101 => SectionType::ImportSections,
            102 => SectionType::RuntimeFunctions,
            103 => SectionType::MethodDefEntryPoints,
            108 => SectionType::AvailableTypes,
            115 => SectionType::ComponentAssemblies,
            118 => SectionType::ManifestAssemblyMvids,
            STUB_REASONS => SectionType::StubReasons,
            other => SectionType::Other(other),
        }
    }
}

/// One `READYTORUN_SECTION`: a type and the RVA and size of its data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    pub kind: SectionType,
    pub rva: u32,
    pub size: u32,
}

/// A header's flags and sections (sorted by type, as the runtime binary-searches them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub major: u16,
    pub minor: u16,
    pub flags: u32,
    pub sections: Vec<Section>,
}

impl Header {
    pub fn section(&self, kind: SectionType) -> Option<Section> {
        self.sections.iter().copied().find(|s| s.kind == kind)
    }
}

/// `READYTORUN_CORE_HEADER`: flags, section count, sections sorted by type.
pub fn write_core_header(flags: u32, sections: &[Section]) -> Vec<u8> {
    let mut sorted = sections.to_vec();
    sorted.sort_by_key(|s| s.kind.id());
    let mut out = Vec::with_capacity(8 + 12 * sorted.len());
    out.extend(flags.to_le_bytes());
    out.extend((sorted.len() as u32).to_le_bytes());
    for s in sorted {
        out.extend(s.kind.id().to_le_bytes());
        out.extend(s.rva.to_le_bytes());
        out.extend(s.size.to_le_bytes());
    }
    out
}

/// `READYTORUN_HEADER`: signature, our version, then the core header.
pub fn write_header(flags: u32, sections: &[Section]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend(SIGNATURE.to_le_bytes());
    out.extend(MAJOR_VERSION.to_le_bytes());
    out.extend(MINOR_VERSION.to_le_bytes());
    out.extend(write_core_header(flags, sections));
    out
}

fn u32_at(bytes: &[u8], at: usize, base: usize, structure: &'static str) -> Result<u32> {
    bytes
        .get(at..at + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .ok_or_else(|| Error::malformed(structure, base + at, "truncated"))
}

/// Reads a core header at the start of `bytes` (file offset `base`).
pub fn read_core_header(bytes: &[u8], base: usize) -> Result<(u32, Vec<Section>)> {
    let flags = u32_at(bytes, 0, base, "ReadyToRun core header")?;
    let count = u32_at(bytes, 4, base, "ReadyToRun core header")? as usize;
    if count > bytes.len() / 12 {
        return Err(Error::malformed("ReadyToRun core header", base + 4, format!("{count} sections do not fit")));
    }
    let sections = (0..count)
        .map(|i| {
            let at = 8 + 12 * i;
            Ok(Section {
                kind: SectionType::from_id(u32_at(bytes, at, base, "ReadyToRun section")?),
                rva: u32_at(bytes, at + 4, base, "ReadyToRun section")?,
                size: u32_at(bytes, at + 8, base, "ReadyToRun section")?,
            })
        })
        .collect::<Result<_>>()?;
    Ok((flags, sections))
}

/// Reads a `READYTORUN_HEADER`, rejecting another signature or major version.
pub fn read_header(bytes: &[u8], base: usize) -> Result<Header> {
    if u32_at(bytes, 0, base, "ReadyToRun header")? != SIGNATURE {
        return Err(Error::malformed("ReadyToRun header", base, "signature is not 'RTR'"));
    }
    let version = u32_at(bytes, 4, base, "ReadyToRun header")?;
    let (major, minor) = (version as u16, (version >> 16) as u16);
    if major != MAJOR_VERSION {
        return Err(Error::malformed(
            "ReadyToRun header",
            base + 4,
            format!("format version {major}.{minor}; this reader reads {MAJOR_VERSION}.x"),
        ));
    }
    let (flags, sections) = read_core_header(&bytes[8..], base + 8)?;
    Ok(Header { major, minor, flags, sections })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trips_with_sections_sorted_by_type() {
        let sections = [
            Section { kind: SectionType::RuntimeFunctions, rva: 0x200, size: 12 },
            Section { kind: SectionType::CompilerIdentifier, rva: 0x100, size: 8 },
        ];
        let header = read_header(&write_header(0, &sections), 0).unwrap();
        assert_eq!(header.sections[0].kind, SectionType::CompilerIdentifier);
        assert_eq!(header.section(SectionType::RuntimeFunctions), Some(sections[0]));
    }

    #[test]
    fn another_major_version_is_rejected_at_the_version_field() {
        let mut bytes = write_header(0, &[]);
        bytes[4] = 16;
        match read_header(&bytes, 0x40) {
            Err(Error::Malformed { offset, .. }) => assert_eq!(offset, 0x44),
            other => panic!("{other:?}"),
        }
    }
}
