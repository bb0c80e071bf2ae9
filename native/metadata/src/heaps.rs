//! The four heaps (II.24.2.3–4): `#Strings` (NUL-terminated UTF-8), `#Blob` and `#US` (length-prefixed), and
//! `#GUID` (16-byte entries, 1-based). Each view borrows the file and knows its file offset for errors.

use crate::bytes::ByteReader;
use crate::error::{Error, Result};
use crate::schema::{BlobIndex, GuidIndex, StringIndex};
use std::borrow::Cow;

/// A heap's bytes and the file offset they start at.
#[derive(Clone, Copy, Debug, Default)]
struct Heap<'a> {
    data: &'a [u8],
    base: usize,
}

impl<'a> Heap<'a> {
    fn tail(&self, at: usize, structure: &'static str) -> Result<ByteReader<'a>> {
        match self.data.get(at..) {
            Some(rest) if !rest.is_empty() || at == 0 => Ok(ByteReader::new(rest, self.base + at, structure)),
            _ => Err(Error::out_of_range(structure, self.base, at as u64, self.data.len() as u64)),
        }
    }
}

/// `#Strings`: identifiers as NUL-terminated UTF-8.
#[derive(Clone, Copy, Debug, Default)]
pub struct StringHeap<'a>(Heap<'a>);

impl<'a> StringHeap<'a> {
    pub fn new(data: &'a [u8], base: usize) -> Self {
        StringHeap(Heap { data, base })
    }

    /// The raw bytes of the string at `index` (without its NUL).
    pub fn bytes(&self, index: StringIndex) -> Result<&'a [u8]> {
        if index.0 == 0 {
            return Ok(&[]);
        }
        self.0.tail(index.0 as usize, "#Strings heap")?.nul_terminated()
    }

    /// The string at `index`; invalid UTF-8 is replaced with U+FFFD, as System.Reflection.Metadata does.
    pub fn get(&self, index: StringIndex) -> Result<Cow<'a, str>> {
        self.bytes(index).map(String::from_utf8_lossy)
    }

    pub fn len(&self) -> usize {
        self.0.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.data.is_empty()
    }
}

/// `#Blob`: byte sequences with a compressed length prefix.
#[derive(Clone, Copy, Debug, Default)]
pub struct BlobHeap<'a>(Heap<'a>);

impl<'a> BlobHeap<'a> {
    pub fn new(data: &'a [u8], base: usize) -> Self {
        BlobHeap(Heap { data, base })
    }

    /// A reader over the blob at `index` (positioned after the length prefix).
    pub fn reader(&self, index: BlobIndex, structure: &'static str) -> Result<ByteReader<'a>> {
        if index.0 == 0 && self.0.data.is_empty() {
            return Ok(ByteReader::new(&[], self.0.base, structure));
        }
        let mut r = self.0.tail(index.0 as usize, "#Blob heap")?;
        let len = r.compressed_u32()? as usize;
        let offset = r.offset();
        Ok(ByteReader::new(r.bytes(len)?, offset, structure))
    }

    pub fn get(&self, index: BlobIndex) -> Result<&'a [u8]> {
        let mut r = self.reader(index, "#Blob heap")?;
        r.bytes(r.remaining())
    }

    pub fn len(&self) -> usize {
        self.0.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.data.is_empty()
    }
}

/// `#US`: string literals as length-prefixed UTF-16 plus one trailing flag byte.
#[derive(Clone, Copy, Debug, Default)]
pub struct UserStringHeap<'a>(BlobHeap<'a>);

impl<'a> UserStringHeap<'a> {
    pub fn new(data: &'a [u8], base: usize) -> Self {
        UserStringHeap(BlobHeap::new(data, base))
    }

    /// The UTF-16 code units of the literal at `offset` (the low 24 bits of an `ldstr` token).
    pub fn get(&self, offset: u32) -> Result<Vec<u16>> {
        let bytes = self.0.get(BlobIndex(offset))?;
        let units = &bytes[..bytes.len() & !1];
        Ok(units.chunks_exact(2).map(|pair| u16::from_le_bytes([pair[0], pair[1]])).collect())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// `#GUID`: 16-byte GUIDs, indexed from 1.
#[derive(Clone, Copy, Debug, Default)]
pub struct GuidHeap<'a>(Heap<'a>);

impl<'a> GuidHeap<'a> {
    pub fn new(data: &'a [u8], base: usize) -> Self {
        GuidHeap(Heap { data, base })
    }

    /// The GUID at `index`, or `None` for index 0.
    pub fn get(&self, index: GuidIndex) -> Result<Option<[u8; 16]>> {
        if index.0 == 0 {
            return Ok(None);
        }
        let start = (index.0 as usize - 1) * 16;
        let mut r = self.0.tail(start, "#GUID heap")?;
        let mut guid = [0; 16];
        guid.copy_from_slice(r.bytes(16)?);
        Ok(Some(guid))
    }

    pub fn len(&self) -> usize {
        self.0.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.data.is_empty()
    }

    /// The whole heap, as stored.
    pub fn bytes(&self) -> &'a [u8] {
        self.0.data
    }
}

/// Formats a GUID as .NET's `Guid.ToString()` does: `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, lower case.
pub fn format_guid(g: &[u8; 16]) -> String {
    format!(
        "{:08x}-{:04x}-{:04x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
        u32::from_le_bytes([g[0], g[1], g[2], g[3]]),
        u16::from_le_bytes([g[4], g[5]]),
        u16::from_le_bytes([g[6], g[7]]),
        g[8],
        g[9],
        g[10],
        g[11],
        g[12],
        g[13],
        g[14],
        g[15]
    )
}
