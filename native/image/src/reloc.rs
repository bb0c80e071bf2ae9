//! Base relocations in the PE block format, kept in the payload's `reloc` section: per 4 KB page an
//! `IMAGE_BASE_RELOCATION { VirtualAddress, SizeOfBlock }` followed by u16 entries `type << 12 | offset`.
//! The loader applies them exactly once: HIGHLOW adds the image base to a u32, WASM32_TABLE adds the
//! function-table base (../shared/reference/r2r-wasm-format-notes.md §2.5).

use crate::error::{Error, Result};

/// What a relocated u32 needs added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RelocKind {
    /// `IMAGE_REL_BASED_HIGHLOW` (3): the address the payload was placed at.
    HighLow,
    /// `IMAGE_REL_BASED_WASM32_TABLE` (12): the first function-table slot of the image.
    Wasm32Table,
}

impl RelocKind {
    pub fn code(self) -> u16 {
        match self {
            RelocKind::HighLow => 3,
            RelocKind::Wasm32Table => 12,
        }
    }

    fn from_code(code: u16) -> Option<Self> {
        match code {
            3 => Some(RelocKind::HighLow),
            12 => Some(RelocKind::Wasm32Table),
            _ => None,
        }
    }
}

/// One relocation: the u32 at `rva` gets the base `kind` names added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reloc {
    pub rva: u32,
    pub kind: RelocKind,
}

const PAGE: u32 = 0x1000;
const ABSOLUTE: u16 = 0;

/// Encodes relocations as PE base-relocation blocks, sorted by RVA (so the bytes depend only on the set).
pub fn write(relocs: &[Reloc]) -> Vec<u8> {
    let mut sorted = relocs.to_vec();
    sorted.sort();
    sorted.dedup();
    let mut out = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let page = sorted[i].rva & !(PAGE - 1);
        let entries: Vec<u16> = sorted[i..]
            .iter()
            .take_while(|r| r.rva & !(PAGE - 1) == page)
            .map(|r| r.kind.code() << 12 | (r.rva & (PAGE - 1)) as u16)
            .collect();
        i += entries.len();
        // Blocks are 4-byte aligned: pad an odd count with an ABSOLUTE (no-op) entry.
        let padded = entries.len() + entries.len() % 2;
        out.extend(page.to_le_bytes());
        out.extend((8 + 2 * padded as u32).to_le_bytes());
        for entry in entries.iter().copied().chain((entries.len() < padded).then_some(ABSOLUTE)) {
            out.extend(entry.to_le_bytes());
        }
    }
    out
}

/// Decodes relocation blocks; `base` is the section's offset, for errors.
pub fn read(bytes: &[u8], base: usize) -> Result<Vec<Reloc>> {
    let mut relocs = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let header =
            bytes.get(at..at + 8).ok_or_else(|| Error::malformed("relocation block", base + at, "truncated"))?;
        let page = u32::from_le_bytes([header[0], header[1], header[2], header[3]]);
        let size = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
        let block = bytes
            .get(at + 8..at + size.max(8))
            .filter(|_| size >= 8 && size.is_multiple_of(2))
            .ok_or_else(|| Error::malformed("relocation block", base + at, format!("bad block size {size}")))?;
        for (i, pair) in block.chunks_exact(2).enumerate() {
            let entry = u16::from_le_bytes([pair[0], pair[1]]);
            if entry >> 12 == ABSOLUTE {
                continue;
            }
            let kind = RelocKind::from_code(entry >> 12).ok_or_else(|| {
                Error::malformed("relocation entry", base + at + 8 + 2 * i, format!("unknown type {}", entry >> 12))
            })?;
            let rva = page.checked_add(u32::from(entry & 0x0FFF)).ok_or_else(|| {
                Error::malformed("relocation entry", base + at + 8 + 2 * i, "relocation past the 4 GiB address space")
            })?;
            relocs.push(Reloc { rva, kind });
        }
        at += size;
    }
    Ok(relocs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn relocations_round_trip(rvas in prop::collection::btree_set(0u32..0x4_0000, 0..200), table in any::<bool>()) {
            let kind = if table { RelocKind::Wasm32Table } else { RelocKind::HighLow };
            let relocs: Vec<Reloc> = rvas.into_iter().map(|rva| Reloc { rva: rva & !3, kind }).collect();
            let mut expected = relocs.clone();
            expected.sort();
            expected.dedup();
            prop_assert_eq!(read(&write(&relocs), 0).unwrap(), expected);
        }

        #[test]
        fn reading_random_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            let _ = read(&bytes, 0);
        }
    }

    #[test]
    fn blocks_are_padded_to_four_bytes() {
        let bytes = write(&[Reloc { rva: 0x1004, kind: RelocKind::HighLow }]);
        assert_eq!(bytes, [0x00, 0x10, 0, 0, 12, 0, 0, 0, 0x04, 0x30, 0, 0]);
    }
}
