//! `NativeHashtable`: a read-only multimap from 32-bit hashes to values, the shape of `AvailableTypes`,
//! `InstanceMethodEntryPoints`, `InliningInfo2` and `CrossModuleInlineInfo`.
//!
//! # Layout
//!
//! ```text
//! header   byte       (log2(bucket_count) << 2) | cell_width    cell_width 0/1/2 = 1/2/4-byte cells
//! cells    cell[bucket_count + 1]                                start of each bucket, from the first cell;
//!                                                                the last cell is the end of the last bucket
//! buckets  (low_byte: u8, value: relative offset)*               sorted by low_byte within a bucket
//! values   ...
//! ```
//!
//! A hash selects bucket `(hash >> 8) & (bucket_count - 1)`; within it, only entries whose byte equals the low
//! byte of the hash are candidates. The table stores no more of the hash than that, so a lookup yields
//! *candidates*, and the caller compares each value with what it looks for (a type's name, a method's
//! signature). Sorting by the low byte lets a lookup stop at the first larger byte.
//!
//! # Bucket count
//!
//! The builder follows crossgen2's `VertexHashtable`: with `n` entries and a fill factor `f` (13 by default,
//! the value crossgen2 uses for every R2R table), `bucket_count = 2^bits(n / f)` where `bits(x)` is the number
//! of significant bits of `x` (`bits(0) = 0`). That is the smallest power of two *strictly greater* than
//! `n / f` (integer division): fewer than 13 entries give 1 bucket, 13–25 give 2, 26–51 give 4, and so on, so
//! buckets hold between about 6 and 13 entries.
//!
//! Entries are stably sorted by `hash & ((bucket_count - 1) << 8 | 0xFF)`, i.e. by bucket and then low byte,
//! keeping insertion order among equal keys. The hashtable vertex is placed first in its section and the values
//! after it in insertion order, as crossgen2's table nodes do, so every value offset is a forward reference.

use std::collections::HashMap;

use super::array::{Element, check_runtime_function_index};
use super::layout::{Graph, HashEntry, Vertex};
use super::{NativeFormatError, NativeReader, NfResult};

/// Builds a `NativeHashtable` section: the table followed by its values.
#[derive(Debug, Clone)]
pub struct NativeHashtableBuilder {
    fill_factor: u32,
    items: Vec<(u32, Element)>,
}

impl Default for NativeHashtableBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl NativeHashtableBuilder {
    /// The entries per bucket crossgen2 aims for.
    pub const DEFAULT_FILL_FACTOR: u32 = 13;

    pub fn new() -> Self {
        Self::with_fill_factor(Self::DEFAULT_FILL_FACTOR)
    }

    /// A builder aiming for `fill_factor` entries per bucket (at least 1).
    pub fn with_fill_factor(fill_factor: u32) -> Self {
        NativeHashtableBuilder { fill_factor: fill_factor.max(1), items: Vec::new() }
    }

    /// Adds a value under `hash`. Values are written in the order they are added; equal hashes are allowed.
    pub fn add(&mut self, hash: u32, value: impl Into<Vec<u8>>) {
        self.items.push((hash, Element::Bytes(value.into())));
    }

    /// Adds an `InstanceMethodEntryPoints` value under `hash`: the method's signature blob followed by the entry
    /// encoding of [`entry_point`](super::entry_point). Entries with byte-identical fixup lists share one copy:
    /// the first entry added carries it, the later ones point back at it.
    pub fn add_method_entry(
        &mut self,
        hash: u32,
        signature: &[u8],
        runtime_function_index: u32,
        fixups: Option<&[u8]>,
    ) -> Result<(), NativeFormatError> {
        check_runtime_function_index(runtime_function_index)?;
        let element = Element::MethodEntry {
            signature: signature.to_vec(),
            runtime_function_index,
            fixups: fixups.map(<[u8]>::to_vec),
        };
        self.items.push((hash, element));
        Ok(())
    }

    /// The number of entries added.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The number of buckets the table will have (see the module documentation).
    pub fn bucket_count(&self) -> u32 {
        let estimate = self.items.len() as u64 / u64::from(self.fill_factor);
        let bits = 64 - estimate.leading_zeros();
        // Beyond 2^31 buckets the header's shift no longer fits CoreCLR's reader; unreachable in practice.
        1u32 << bits.min(31)
    }

    /// Lays the table and its values out exactly as crossgen2 would and returns the section bytes.
    pub fn build(&self) -> Vec<u8> {
        let mut graph = Graph::default();
        let mut fixup_lists = HashMap::new();
        let bucket_count = self.bucket_count();

        let table = graph.add(Vertex::Hashtable { entries: Vec::new(), bucket_count, entry_index_size: 2 });
        graph.place(table);

        let mut entries = Vec::with_capacity(self.items.len());
        for (hash, element) in &self.items {
            let value = element.add_to(&mut graph, &mut fixup_lists);
            graph.place(value);
            entries.push(HashEntry { hash: *hash, value, last_offset: 0 });
        }
        let mask = ((bucket_count - 1) << 8) | 0xFF;
        entries.sort_by_key(|e| e.hash & mask);

        if let Some(Vertex::Hashtable { entries: slot, .. }) = graph.vertex_mut(table) {
            *slot = entries;
        }
        graph.save()
    }
}

/// Reads a `NativeHashtable`.
#[derive(Debug, Clone, Copy)]
pub struct NativeHashtableReader<'a> {
    data: &'a [u8],
    /// Offset of the first bucket cell (just after the header byte); bucket offsets count from here.
    base: usize,
    mask: u32,
    cell_width: usize,
}

impl<'a> NativeHashtableReader<'a> {
    /// Reads the header of the table that starts at `offset` of `data`.
    pub fn new(data: &'a [u8], offset: usize) -> NfResult<Self> {
        let mut reader = NativeReader::at(data, offset);
        let header = reader.read_u8()?;
        let shift = header >> 2;
        if shift > 31 {
            return Err(NativeFormatError::Reserved { what: "NativeHashtable bucket count above 2^31", offset });
        }
        let cell_width = match header & 3 {
            0 => 1,
            1 => 2,
            2 => 4,
            _ => return Err(NativeFormatError::Reserved { what: "NativeHashtable cell width 3", offset }),
        };
        Ok(NativeHashtableReader { data, base: reader.position(), mask: (1u32 << shift) - 1, cell_width })
    }

    /// The number of buckets.
    pub fn bucket_count(&self) -> u64 {
        u64::from(self.mask) + 1
    }

    /// The byte range `[start, end)` of a bucket's entries.
    fn bucket_range(&self, bucket: u32) -> NfResult<(usize, usize)> {
        let cell = (bucket as usize).saturating_mul(self.cell_width);
        let mut reader = NativeReader::at(self.data, self.base.saturating_add(cell));
        let (start, end) = match self.cell_width {
            1 => (u32::from(reader.read_u8()?), u32::from(reader.read_u8()?)),
            2 => (u32::from(reader.read_u16()?), u32::from(reader.read_u16()?)),
            _ => (reader.read_u32()?, reader.read_u32()?),
        };
        Ok((self.base.saturating_add(start as usize), self.base.saturating_add(end as usize)))
    }

    /// The offsets of the values stored under hashes that agree with `hash` in the bucket bits and the low byte.
    /// The caller checks each candidate; an `Err` item ends the iteration.
    pub fn lookup(&self, hash: u32) -> Candidates<'a> {
        let bucket = (hash >> 8) & self.mask;
        let (pos, end, error) = match self.bucket_range(bucket) {
            Ok((start, end)) => (start, end, None),
            Err(e) => (0, 0, Some(e)),
        };
        Candidates { data: self.data, pos, end, low: hash as u8, error, done: false }
    }

    /// Every entry of the table, bucket by bucket; an `Err` item ends the iteration.
    pub fn entries(&self) -> HashtableEntries<'a> {
        HashtableEntries { table: *self, bucket: 0, pos: 0, end: 0, started: false, done: false }
    }
}

/// The candidates of one lookup, as value offsets. See [`NativeHashtableReader::lookup`].
#[derive(Debug, Clone)]
pub struct Candidates<'a> {
    data: &'a [u8],
    pos: usize,
    end: usize,
    low: u8,
    error: Option<NativeFormatError>,
    done: bool,
}

impl Candidates<'_> {
    fn fail(&mut self, e: NativeFormatError) -> Option<NfResult<usize>> {
        self.done = true;
        Some(Err(e))
    }
}

impl Iterator for Candidates<'_> {
    type Item = NfResult<usize>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if let Some(e) = self.error.take() {
            self.done = true;
            return Some(Err(e));
        }
        while self.pos < self.end {
            let mut reader = NativeReader::at(self.data, self.pos);
            let low = match reader.read_u8() {
                Ok(low) => low,
                Err(e) => return self.fail(e),
            };
            if low == self.low {
                return match reader.read_relative_offset() {
                    Ok(target) => {
                        self.pos = reader.position();
                        Some(Ok(target))
                    }
                    Err(e) => self.fail(e),
                };
            }
            if low > self.low {
                // The bucket is sorted by this byte: nothing further can match.
                break;
            }
            if let Err(e) = reader.skip_integer() {
                return self.fail(e);
            }
            self.pos = reader.position();
        }
        self.done = true;
        None
    }
}

/// One entry of a table, as enumerated by [`NativeHashtableReader::entries`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashtableEntry {
    pub bucket: u32,
    /// The low byte of the hash the value was stored under.
    pub low_hash: u8,
    /// Where the value starts.
    pub value_offset: usize,
}

impl HashtableEntry {
    /// The bits of the original hash the table records: the low byte and the bucket bits above it.
    pub fn known_hash_bits(&self) -> u32 {
        (self.bucket << 8) | u32::from(self.low_hash)
    }
}

/// All entries of a table. See [`NativeHashtableReader::entries`].
#[derive(Debug, Clone)]
pub struct HashtableEntries<'a> {
    table: NativeHashtableReader<'a>,
    bucket: u32,
    pos: usize,
    end: usize,
    started: bool,
    done: bool,
}

impl Iterator for HashtableEntries<'_> {
    type Item = NfResult<HashtableEntry>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        loop {
            if !self.started {
                self.started = true;
                match self.table.bucket_range(self.bucket) {
                    Ok((start, end)) => (self.pos, self.end) = (start, end),
                    Err(e) => {
                        self.done = true;
                        return Some(Err(e));
                    }
                }
            }
            if self.pos < self.end {
                let mut reader = NativeReader::at(self.table.data, self.pos);
                let entry = reader.read_u8().and_then(|low| Ok((low, reader.read_relative_offset()?)));
                return match entry {
                    Ok((low_hash, value_offset)) => {
                        self.pos = reader.position();
                        Some(Ok(HashtableEntry { bucket: self.bucket, low_hash, value_offset }))
                    }
                    Err(e) => {
                        self.done = true;
                        Some(Err(e))
                    }
                };
            }
            if self.bucket >= self.table.mask {
                self.done = true;
                return None;
            }
            self.bucket += 1;
            self.started = false;
        }
    }
}
