//! A bounds-checked little-endian cursor over a slice of the file, and ECMA-335's compressed integers
//! (II.23.2). Every read either succeeds or returns an [`Error`] naming the structure and the absolute file
//! offset, so nothing downstream indexes a slice directly.

use crate::error::{Error, ErrorKind, Result};

/// A cursor over `data`, which starts at file offset `base`.
#[derive(Clone, Copy, Debug)]
pub struct ByteReader<'a> {
    data: &'a [u8],
    pos: usize,
    base: usize,
    structure: &'static str,
}

impl<'a> ByteReader<'a> {
    pub fn new(data: &'a [u8], base: usize, structure: &'static str) -> Self {
        ByteReader { data, pos: 0, base, structure }
    }

    /// The file offset of the next byte.
    #[inline]
    pub fn offset(&self) -> usize {
        self.base + self.pos
    }

    #[inline]
    pub fn position(&self) -> usize {
        self.pos
    }

    #[inline]
    pub fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.remaining() == 0
    }

    #[inline]
    pub fn structure(&self) -> &'static str {
        self.structure
    }

    /// An error at the cursor's position.
    pub fn error(&self, kind: ErrorKind) -> Error {
        Error::new(self.structure, self.offset(), kind)
    }

    pub fn invalid(&self, why: &'static str) -> Error {
        self.error(ErrorKind::Invalid(why))
    }

    #[inline]
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        if n > self.remaining() {
            return Err(self.error(ErrorKind::Truncated { needed: n, available: self.remaining() }));
        }
        let out = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(out)
    }

    #[inline]
    pub fn skip(&mut self, n: usize) -> Result<()> {
        self.bytes(n).map(|_| ())
    }

    /// Moves the cursor to `pos` bytes from the start of its slice.
    pub fn seek(&mut self, pos: usize) -> Result<()> {
        if pos > self.data.len() {
            return Err(self.error(ErrorKind::Truncated { needed: pos, available: self.data.len() }));
        }
        self.pos = pos;
        Ok(())
    }

    /// Advances to the next multiple of `align` from the start of the slice (ECMA-335 pads relative to the
    /// structure, and a WebCIL payload need not sit at an aligned file offset).
    pub fn align(&mut self, align: usize) -> Result<()> {
        let misalign = self.pos % align;
        if misalign != 0 { self.skip(align - misalign) } else { Ok(()) }
    }

    #[inline]
    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut out = [0; N];
        out.copy_from_slice(self.bytes(N)?);
        Ok(out)
    }

    #[inline]
    pub fn u8(&mut self) -> Result<u8> {
        match self.data.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(self.error(ErrorKind::Truncated { needed: 1, available: 0 })),
        }
    }

    #[inline]
    pub fn u16(&mut self) -> Result<u16> {
        self.array().map(u16::from_le_bytes)
    }

    #[inline]
    pub fn u32(&mut self) -> Result<u32> {
        self.array().map(u32::from_le_bytes)
    }

    #[inline]
    pub fn u64(&mut self) -> Result<u64> {
        self.array().map(u64::from_le_bytes)
    }

    /// A 2- or 4-byte little-endian index, as table columns are stored.
    #[inline]
    pub fn index(&mut self, width: u8) -> Result<u32> {
        if width == 2 { self.u16().map(u32::from) } else { self.u32() }
    }

    /// An unsigned compressed integer (II.23.2): 1, 2 or 4 bytes, big-endian, length in the top bits.
    #[inline]
    pub fn compressed_u32(&mut self) -> Result<u32> {
        // Most values (element types, counts, small tokens) fit the one-byte form.
        match self.data.get(self.pos) {
            Some(&first) if first < 0x80 => {
                self.pos += 1;
                Ok(u32::from(first))
            }
            _ => self.compressed_u32_long(),
        }
    }

    fn compressed_u32_long(&mut self) -> Result<u32> {
        let first = self.u8()?;
        if first & 0x80 == 0 {
            Ok(u32::from(first))
        } else if first & 0xC0 == 0x80 {
            Ok((u32::from(first & 0x3F) << 8) | u32::from(self.u8()?))
        } else if first & 0xE0 == 0xC0 {
            let rest = self.array::<3>()?;
            Ok((u32::from(first & 0x1F) << 24)
                | (u32::from(rest[0]) << 16)
                | (u32::from(rest[1]) << 8)
                | u32::from(rest[2]))
        } else {
            self.pos -= 1;
            Err(self.invalid("bad compressed integer"))
        }
    }

    /// A signed compressed integer (II.23.2): the value is rotated so its sign bit is the lowest bit.
    pub fn compressed_i32(&mut self) -> Result<i32> {
        let start = self.pos;
        let raw = self.compressed_u32()?;
        // The sign bit sits in the lowest bit; a negative value fills every bit above the encoded width.
        let negative_fill = match self.pos - start {
            1 => 0xFFFF_FFC0u32,
            2 => 0xFFFF_E000,
            _ => 0xF000_0000,
        };
        let value = raw >> 1;
        Ok(if raw & 1 == 0 { value as i32 } else { (value | negative_fill) as i32 })
    }

    /// A UTF-8 string terminated by NUL (the NUL is consumed, not returned).
    pub fn nul_terminated(&mut self) -> Result<&'a [u8]> {
        let rest = &self.data[self.pos..];
        let Some(len) = rest.iter().position(|&b| b == 0) else {
            return Err(self.invalid("string is not NUL-terminated"));
        };
        self.pos += len + 1;
        Ok(&rest[..len])
    }
}

/// The slice `data[start..start + len]`, or an error at file offset `base + start`.
pub fn sub_slice<'a>(
    data: &'a [u8],
    start: usize,
    len: usize,
    base: usize,
    structure: &'static str,
) -> Result<&'a [u8]> {
    match start.checked_add(len) {
        Some(end) if end <= data.len() => Ok(&data[start..end]),
        _ => Err(Error::new(
            structure,
            base + start.min(data.len()),
            ErrorKind::Truncated { needed: len, available: data.len().saturating_sub(start) },
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_unsigned_examples_from_ecma_335() {
        let cases: &[(&[u8], u32)] = &[
            (&[0x03], 3),
            (&[0x7F], 0x7F),
            (&[0x80, 0x80], 0x80),
            (&[0xAE, 0x57], 0x2E57),
            (&[0xBF, 0xFF], 0x3FFF),
            (&[0xC0, 0x00, 0x40, 0x00], 0x4000),
            (&[0xDF, 0xFF, 0xFF, 0xFF], 0x1FFF_FFFF),
        ];
        for (bytes, value) in cases {
            assert_eq!(ByteReader::new(bytes, 0, "test").compressed_u32(), Ok(*value));
        }
    }

    #[test]
    fn compressed_signed_examples_from_ecma_335() {
        let cases: &[(&[u8], i32)] = &[
            (&[0x06], 3),
            (&[0x7B], -3),
            (&[0x80, 0x80], 64),
            (&[0x01], -64),
            (&[0xC0, 0x00, 0x40, 0x00], 8192),
            (&[0x80, 0x01], -8192),
            (&[0xDF, 0xFF, 0xFF, 0xFE], 268_435_455),
            (&[0xC0, 0x00, 0x00, 0x01], -268_435_456),
        ];
        for (bytes, value) in cases {
            assert_eq!(ByteReader::new(bytes, 0, "test").compressed_i32(), Ok(*value), "{bytes:x?}");
        }
    }

    #[test]
    fn truncation_reports_the_file_offset() {
        let mut r = ByteReader::new(&[1, 2, 3], 0x100, "thing");
        r.skip(2).unwrap();
        let err = r.u32().unwrap_err();
        assert_eq!(err.offset, 0x102);
        assert_eq!(err.kind, ErrorKind::Truncated { needed: 4, available: 1 });
    }
}
