//! The WebCIL payload (../shared/reference/r2r-wasm-format-notes.md §3): a 32-byte `WbIL` v1 header, two
//! 16-byte section headers, then the sections at 16-byte aligned offsets with RVA == offset in the payload
//! ("flat"). Section 1 holds everything the image carries (component assemblies, R2R header and tables);
//! section 2 holds the base relocations, and the header's `Reserved0` names it (1-based).

use crate::reloc::{self, Reloc, RelocKind};

pub const HEADER_SIZE: u32 = 32;
const SECTION_HEADER_SIZE: u32 = 16;
const SECTION_COUNT: u16 = 2;
const RELOC_SECTION_INDEX: u16 = 2;
/// Offset of `TableBase` in the header, which the host fills in.
pub const TABLE_BASE_OFFSET: u32 = 28;
/// Sections start 16-byte aligned, so RVA statics up to `Vector128<T>` stay naturally aligned.
pub const SECTION_ALIGNMENT: u32 = 16;
/// Where section 1 starts: after the header and both section headers.
pub const IMAGE_SECTION_RVA: u32 =
    (HEADER_SIZE + SECTION_HEADER_SIZE * SECTION_COUNT as u32).next_multiple_of(SECTION_ALIGNMENT);

/// Builds section 1 with final RVAs as it grows, and collects relocations.
#[derive(Default)]
pub struct PayloadBuilder {
    image: Vec<u8>,
    relocs: Vec<Reloc>,
}

impl PayloadBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// The RVA the next byte will have.
    pub fn next_rva(&self) -> u32 {
        IMAGE_SECTION_RVA + self.image.len() as u32
    }

    /// Appends `bytes` at the next multiple of `align`; returns their RVA.
    pub fn append(&mut self, bytes: &[u8], align: u32) -> u32 {
        let rva = self.next_rva().next_multiple_of(align);
        self.image.resize((rva - IMAGE_SECTION_RVA) as usize, 0);
        self.image.extend_from_slice(bytes);
        rva
    }

    /// Appends `len` zero bytes to be patched later; returns their RVA.
    pub fn reserve(&mut self, len: usize, align: u32) -> u32 {
        self.append(&vec![0; len], align)
    }

    /// The bytes at `rva` (`len` of them), for patching what was appended.
    pub fn bytes_mut(&mut self, rva: u32, len: usize) -> &mut [u8] {
        let at = (rva - IMAGE_SECTION_RVA) as usize;
        &mut self.image[at..at + len]
    }

    pub fn patch_u32(&mut self, rva: u32, value: u32) {
        self.bytes_mut(rva, 4).copy_from_slice(&value.to_le_bytes());
    }

    /// The u32 at `rva` gets `kind`'s base added at load time.
    pub fn relocate(&mut self, rva: u32, kind: RelocKind) {
        self.relocs.push(Reloc { rva, kind });
    }

    /// The finished payload; `cli_header` is the (RVA, size) of the COR header the payload is entered by.
    pub fn finish(self, cli_header: (u32, u32)) -> Vec<u8> {
        let relocs = reloc::write(&self.relocs);
        let image_size = self.image.len() as u32;
        let reloc_rva = (IMAGE_SECTION_RVA + image_size).next_multiple_of(SECTION_ALIGNMENT);
        let mut out = Vec::with_capacity((reloc_rva as usize) + relocs.len());
        out.extend(b"WbIL");
        out.extend(1u16.to_le_bytes()); // VersionMajor
        out.extend(0u16.to_le_bytes()); // VersionMinor
        out.extend(SECTION_COUNT.to_le_bytes());
        out.extend(RELOC_SECTION_INDEX.to_le_bytes()); // Reserved0: the reloc section, 1-based
        out.extend(cli_header.0.to_le_bytes());
        out.extend(cli_header.1.to_le_bytes());
        out.extend([0; 8]); // no debug directory
        out.extend(0u32.to_le_bytes()); // TableBase: written by the host
        for (rva, size) in [(IMAGE_SECTION_RVA, image_size), (reloc_rva, relocs.len() as u32)] {
            out.extend(size.to_le_bytes()); // VirtualSize
            out.extend(rva.to_le_bytes()); // VirtualAddress
            out.extend(size.to_le_bytes()); // SizeOfRawData
            out.extend(rva.to_le_bytes()); // PointerToRawData == VirtualAddress: flat
        }
        out.resize(IMAGE_SECTION_RVA as usize, 0);
        out.extend(self.image);
        out.resize(reloc_rva as usize, 0);
        out.extend(relocs);
        out
    }
}
