//! Fixup lists: the import cells a method needs resolved before its first call, written as a nibble stream.
//!
//! # Nibble stream
//!
//! A value is a sequence of 4-bit nibbles, most significant group first: each nibble carries 3 value bits and
//! its top bit says "another nibble follows". Nibbles fill a byte low half first; a final odd nibble leaves the
//! high half of the last byte zero. So 7 is `0x7`, 8 is `0x9, 0x0`, 63 is `0xF, 0x7` and 512 is
//! `0x9, 0x8, 0x8, 0x0` (bytes `89 08`).
//!
//! # Fixup list
//!
//! ```text
//! import section index (absolute)
//!     slot index (absolute)
//!     slot delta (non-zero) ...
//!     0
//! import section delta (non-zero)
//!     slot index (absolute) ...
//!     0
//! ...
//! 0
//! ```
//!
//! Slots are indices of pointer-sized cells within the import section. The writer sorts the cells by
//! `(section, slot)` and drops duplicates, as crossgen2 does, so a given set of cells always encodes to the
//! same bytes (which is what lets entry points share a list).

use super::{NativeFormatError, NfResult};

/// Writes a nibble stream.
#[derive(Debug, Clone, Default)]
pub struct NibbleWriter {
    bytes: Vec<u8>,
    pending: Option<u8>,
}

impl NibbleWriter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends one nibble (the low 4 bits of `nibble`).
    pub fn write_nibble(&mut self, nibble: u8) {
        let nibble = nibble & 0xF;
        match self.pending.take() {
            Some(low) => self.bytes.push(low | (nibble << 4)),
            None => self.pending = Some(nibble),
        }
    }

    /// Appends `value` as 3-bit groups, most significant first, every group but the last flagged with 8.
    pub fn write_u32(&mut self, value: u32) {
        let groups = (32 - value.leading_zeros()).div_ceil(3).max(1);
        for group in (1..groups).rev() {
            self.write_nibble((((value >> (3 * group)) & 7) | 8) as u8);
        }
        self.write_nibble((value & 7) as u8);
    }

    /// The bytes written so far, with a pending nibble completed by a zero high half.
    pub fn finish(mut self) -> Vec<u8> {
        if let Some(low) = self.pending.take() {
            self.bytes.push(low);
        }
        self.bytes
    }
}

/// Reads a nibble stream that starts at a byte offset.
#[derive(Debug, Clone, Copy)]
pub struct NibbleReader<'a> {
    data: &'a [u8],
    start: usize,
    /// Nibbles consumed since `start`.
    nibbles: usize,
}

impl<'a> NibbleReader<'a> {
    pub fn new(data: &'a [u8], offset: usize) -> Self {
        NibbleReader { data, start: offset, nibbles: 0 }
    }

    /// The offset of the first byte not (even partly) consumed.
    pub fn next_byte_offset(&self) -> usize {
        self.start.saturating_add(self.nibbles.div_ceil(2))
    }

    fn byte_offset(&self) -> usize {
        self.start.saturating_add(self.nibbles / 2)
    }

    pub fn read_nibble(&mut self) -> NfResult<u8> {
        let offset = self.byte_offset();
        let byte = *self.data.get(offset).ok_or(NativeFormatError::Truncated { what: "nibble", offset })?;
        let nibble = if self.nibbles.is_multiple_of(2) { byte & 0xF } else { byte >> 4 };
        self.nibbles += 1;
        Ok(nibble)
    }

    /// Reads a value written by [`NibbleWriter::write_u32`]. Leading zero groups are accepted; a value that
    /// does not fit 32 bits is an error.
    pub fn read_u32(&mut self) -> NfResult<u32> {
        let offset = self.byte_offset();
        let mut value: u32 = 0;
        loop {
            let nibble = self.read_nibble()?;
            if value >> 29 != 0 {
                return Err(NativeFormatError::OutOfRange { what: "nibble-encoded value above 32 bits", offset });
            }
            value = (value << 3) | u32::from(nibble & 7);
            if nibble & 8 == 0 {
                return Ok(value);
            }
        }
    }
}

/// One import cell: the index of the import section and of the pointer-sized slot within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FixupCell {
    pub import_section: u32,
    pub slot: u32,
}

/// Encodes a fixup list (cells in any order, duplicates allowed). Returns `None` for no cells: the format has
/// no empty list; a method without fixups simply has none (see [`entry_point`](super::entry_point)).
pub fn encode_fixup_list(cells: &[FixupCell]) -> Option<Vec<u8>> {
    let mut cells = cells.to_vec();
    cells.sort_unstable();
    cells.dedup();
    let (first, rest) = cells.split_first()?;

    let mut w = NibbleWriter::new();
    w.write_u32(first.import_section);
    w.write_u32(first.slot);
    let mut previous = *first;
    for cell in rest {
        if cell.import_section != previous.import_section {
            w.write_u32(0);
            w.write_u32(cell.import_section - previous.import_section);
            w.write_u32(cell.slot);
        } else {
            w.write_u32(cell.slot - previous.slot);
        }
        previous = *cell;
    }
    w.write_u32(0);
    w.write_u32(0);
    Some(w.finish())
}

/// A decoded fixup list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixupList {
    /// The cells in stream order (sorted by section, then slot, for lists this module writes).
    pub cells: Vec<FixupCell>,
    /// The offset just past the list's last byte.
    pub end: usize,
}

/// Decodes the fixup list that starts at `offset` of `data`.
pub fn decode_fixup_list(data: &[u8], offset: usize) -> NfResult<FixupList> {
    let mut r = NibbleReader::new(data, offset);
    let mut cells = Vec::new();
    let mut section = r.read_u32()?;
    loop {
        let mut slot = r.read_u32()?;
        loop {
            cells.push(FixupCell { import_section: section, slot });
            let at = r.byte_offset();
            let delta = r.read_u32()?;
            if delta == 0 {
                break;
            }
            slot = slot
                .checked_add(delta)
                .ok_or(NativeFormatError::OutOfRange { what: "fixup slot delta", offset: at })?;
        }
        let at = r.byte_offset();
        let delta = r.read_u32()?;
        if delta == 0 {
            break;
        }
        section = section
            .checked_add(delta)
            .ok_or(NativeFormatError::OutOfRange { what: "fixup import section delta", offset: at })?;
    }
    Ok(FixupList { cells, end: r.next_byte_offset() })
}
