//! NativeFormat integers and the bounds-checked [`NativeReader`].
//!
//! An integer takes 1 to 5 bytes. The number of trailing one bits in the first byte says how many bytes follow
//! it, and the remaining bits of all the bytes, read little-endian, hold the value:
//!
//! | first byte  | bytes | value bits                                  |
//! |-------------|-------|---------------------------------------------|
//! | `xxxxxxx0`  | 1     | 7                                           |
//! | `xxxxxx01`  | 2     | 14                                          |
//! | `xxxxx011`  | 3     | 21                                          |
//! | `xxxx0111`  | 4     | 28                                          |
//! | `xxx01111`  | 5     | 32, in the 4 bytes after the first one      |
//!
//! Signed values use the same layout and are sign-extended from the top value bit. A first byte ending in
//! `11111` starts the 9-byte 64-bit form, which no 32-bit field uses; the readers here reject it (except
//! [`NativeReader::skip_integer`], which steps over it as CoreCLR's `SkipInteger` does).
//!
//! Writers always pick the shortest form, which is what makes crossgen2's output reproducible.

use super::{NativeFormatError, NfResult};

/// Appends `value` as a NativeFormat unsigned integer (shortest form).
pub fn write_unsigned(out: &mut Vec<u8>, value: u32) {
    // Each branch shifts the value left past the length tag; the `as u8` casts keep the low byte on purpose.
    if value < 1 << 7 {
        out.push((value << 1) as u8);
    } else if value < 1 << 14 {
        out.extend_from_slice(&[((value << 2) | 0b1) as u8, (value >> 6) as u8]);
    } else if value < 1 << 21 {
        out.extend_from_slice(&[((value << 3) | 0b11) as u8, (value >> 5) as u8, (value >> 13) as u8]);
    } else if value < 1 << 28 {
        out.extend_from_slice(&[
            ((value << 4) | 0b111) as u8,
            (value >> 4) as u8,
            (value >> 12) as u8,
            (value >> 20) as u8,
        ]);
    } else {
        out.push(0b1111);
        out.extend_from_slice(&value.to_le_bytes());
    }
}

/// Appends `value` as a NativeFormat signed integer (shortest form).
pub fn write_signed(out: &mut Vec<u8>, value: i32) {
    // The bit pattern is the same as for unsigned values; only the range test differs: a form with `n` value bits
    // holds -2^(n-1) ..= 2^(n-1) - 1, and the reader sign-extends.
    let bits = value as u32;
    match signed_size(value) {
        1 => out.push((bits << 1) as u8),
        2 => out.extend_from_slice(&[((bits << 2) | 0b1) as u8, (bits >> 6) as u8]),
        3 => out.extend_from_slice(&[((bits << 3) | 0b11) as u8, (bits >> 5) as u8, (bits >> 13) as u8]),
        4 => out.extend_from_slice(&[
            ((bits << 4) | 0b111) as u8,
            (bits >> 4) as u8,
            (bits >> 12) as u8,
            (bits >> 20) as u8,
        ]),
        _ => {
            out.push(0b1111);
            out.extend_from_slice(&bits.to_le_bytes());
        }
    }
}

/// How many bytes [`write_unsigned`] uses for `value`.
pub fn unsigned_size(value: u32) -> usize {
    match value {
        0..0x80 => 1,
        0x80..0x4000 => 2,
        0x4000..0x20_0000 => 3,
        0x20_0000..0x1000_0000 => 4,
        _ => 5,
    }
}

/// How many bytes [`write_signed`] uses for `value`.
pub fn signed_size(value: i32) -> usize {
    match value {
        -0x40..0x40 => 1,
        -0x2000..0x2000 => 2,
        -0x10_0000..0x10_0000 => 3,
        -0x800_0000..0x800_0000 => 4,
        _ => 5,
    }
}

/// A cursor over Native Format bytes. Every read checks bounds and leaves the position unchanged on error.
#[derive(Debug, Clone, Copy)]
pub struct NativeReader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> NativeReader<'a> {
    /// A reader at the start of `data`.
    pub fn new(data: &'a [u8]) -> Self {
        NativeReader { data, pos: 0 }
    }

    /// A reader at byte offset `pos` of `data` (which may be past the end; reads then fail).
    pub fn at(data: &'a [u8], pos: usize) -> Self {
        NativeReader { data, pos }
    }

    /// The whole slice this reader works on.
    pub fn data(&self) -> &'a [u8] {
        self.data
    }

    /// The byte offset of the next read.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Moves the cursor to byte offset `pos`.
    pub fn set_position(&mut self, pos: usize) {
        self.pos = pos;
    }

    /// How many bytes are left after the cursor.
    pub fn remaining(&self) -> usize {
        self.data.len().saturating_sub(self.pos)
    }

    /// `n` bytes starting at the cursor, without moving it.
    fn peek(&self, n: usize, what: &'static str) -> NfResult<&'a [u8]> {
        self.pos
            .checked_add(n)
            .and_then(|end| self.data.get(self.pos..end))
            .ok_or(NativeFormatError::Truncated { what, offset: self.pos })
    }

    /// Reads `n` raw bytes.
    pub fn read_bytes(&mut self, n: usize) -> NfResult<&'a [u8]> {
        let bytes = self.peek(n, "byte string")?;
        self.pos += n;
        Ok(bytes)
    }

    /// Reads one byte.
    pub fn read_u8(&mut self) -> NfResult<u8> {
        let b = self.peek(1, "byte")?[0];
        self.pos += 1;
        Ok(b)
    }

    /// Reads a little-endian `u16`.
    pub fn read_u16(&mut self) -> NfResult<u16> {
        let b = self.peek(2, "16-bit value")?;
        self.pos += 2;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    /// Reads a little-endian `u32`.
    pub fn read_u32(&mut self) -> NfResult<u32> {
        let b = self.peek(4, "32-bit value")?;
        self.pos += 4;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// Decodes the integer at the cursor into its raw 32 bits and its length, without moving. `signed` picks
    /// sign extension from the top value bit.
    fn decode(&self, signed: bool) -> NfResult<(u32, usize)> {
        const WHAT: &str = "NativeFormat integer";
        let first = self.peek(1, WHAT)?[0];
        let len = (first.trailing_ones() as usize) + 1;
        if len > 5 {
            return Err(NativeFormatError::Reserved { what: "64-bit or reserved integer form", offset: self.pos });
        }
        let bytes = self.peek(len, WHAT)?;
        if len == 5 {
            // The first byte only carries the tag (its top three bits are ignored, as CoreCLR does).
            return Ok((u32::from_le_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]), 5));
        }
        let mut raw = 0u32;
        for (i, b) in bytes.iter().enumerate() {
            raw |= u32::from(*b) << (8 * i);
        }
        let value_bits = 7 * len as u32;
        let value = raw >> len;
        let value = if signed {
            // Sign-extend from bit `value_bits - 1`.
            let shift = 32 - value_bits;
            (((value << shift) as i32) >> shift) as u32
        } else {
            value
        };
        Ok((value, len))
    }

    /// Reads a NativeFormat unsigned integer.
    pub fn read_unsigned(&mut self) -> NfResult<u32> {
        let (value, len) = self.decode(false)?;
        self.pos += len;
        Ok(value)
    }

    /// Reads a NativeFormat signed integer.
    pub fn read_signed(&mut self) -> NfResult<i32> {
        let (value, len) = self.decode(true)?;
        self.pos += len;
        Ok(value as i32)
    }

    /// Reads a self-relative pointer: a signed integer whose value is added to the offset *of the integer
    /// itself*. Returns the target offset, which must lie within the data (the end counts, for an empty value).
    pub fn read_relative_offset(&mut self) -> NfResult<usize> {
        let at = self.pos;
        let (delta, len) = self.decode(true)?;
        let target = at as i64 + i64::from(delta as i32);
        if target < 0 || target > self.data.len() as i64 {
            return Err(NativeFormatError::OutOfRange { what: "relative offset", offset: at });
        }
        self.pos += len;
        Ok(target as usize)
    }

    /// Steps over one integer of any width, including the 9-byte 64-bit form.
    pub fn skip_integer(&mut self) -> NfResult<()> {
        let first = self.peek(1, "NativeFormat integer")?[0];
        let len = match first.trailing_ones() {
            n @ 0..=4 => n as usize + 1,
            5 => 9,
            _ => return Err(NativeFormatError::Reserved { what: "reserved integer form", offset: self.pos }),
        };
        self.peek(len, "NativeFormat integer")?;
        self.pos += len;
        Ok(())
    }
}
