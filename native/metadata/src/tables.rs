//! How one file lays out its tables (II.24.2.6): the `#~` / `#-` stream header, row counts, the width of
//! every column (which depends on heap sizes and row counts), and reading rows by RID.

use crate::bytes::ByteReader;
use crate::error::{Error, ErrorKind, Result};
use crate::schema::{Column, Row, TableId};
use std::ops::Range;

/// The most columns any table has (Assembly and AssemblyRef have 9).
pub const MAX_COLUMNS: usize = 9;

/// Where one table sits in the file and how its rows are shaped.
#[derive(Clone, Copy, Debug, Default)]
pub struct TableLayout {
    pub rows: u32,
    /// File offset of row 1.
    pub offset: usize,
    pub row_size: usize,
    /// Width in bytes (2 or 4) of each column.
    widths: [u8; MAX_COLUMNS],
    /// Where each column starts within the row.
    starts: [u8; MAX_COLUMNS],
    columns: u8,
}

/// One row's bytes, read column by column.
#[derive(Clone, Copy, Debug)]
pub struct RawRow<'a> {
    bytes: &'a [u8],
    layout: &'a TableLayout,
    /// File offset of the row.
    pub offset: usize,
}

impl RawRow<'_> {
    /// How many columns the row has.
    pub fn len(&self) -> usize {
        usize::from(self.layout.columns)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value of `column` (0 past the last column).
    #[inline]
    pub fn get(&self, column: usize) -> u32 {
        let (Some(&start), Some(&width)) = (self.layout.starts.get(column), self.layout.widths.get(column)) else {
            return 0;
        };
        let at = usize::from(start);
        match (width, self.bytes.get(at..at + usize::from(width))) {
            (2, Some(&[a, b])) => u32::from(u16::from_le_bytes([a, b])),
            (4, Some(&[a, b, c, d])) => u32::from_le_bytes([a, b, c, d]),
            _ => 0,
        }
    }
}

/// The table stream of one file.
#[derive(Clone, Debug)]
pub struct Tables {
    layouts: [TableLayout; TableId::ALL.len()],
    sorted: u64,
    pub major_version: u8,
    pub minor_version: u8,
    pub heap_sizes: u8,
}

const HEAP_STRING_LARGE: u8 = 0x01;
const HEAP_GUID_LARGE: u8 = 0x02;
const HEAP_BLOB_LARGE: u8 = 0x04;
/// Set in some uncompressed streams: 4 bytes follow the row counts.
const HEAP_EXTRA_DATA: u8 = 0x40;

impl Tables {
    /// Parses the table stream at `range` of `file`; `large_indices` is set when a `#JTD` stream is present.
    pub fn parse(file: &[u8], range: Range<usize>, large_indices: bool) -> Result<Self> {
        let stream = &file[range.clone()];
        let mut r = ByteReader::new(stream, range.start, "table stream header");
        let _reserved = r.u32()?;
        let major_version = r.u8()?;
        let minor_version = r.u8()?;
        let heap_sizes = r.u8()?;
        let _reserved = r.u8()?;
        let valid_offset = r.offset();
        let valid = r.u64()?;
        let sorted = r.u64()?;
        let mut rows = [0u32; TableId::ALL.len()];
        for bit in 0..64 {
            if valid & (1 << bit) == 0 {
                continue;
            }
            let Some(slot) = rows.get_mut(bit) else {
                return Err(Error::new(
                    "table stream header",
                    valid_offset,
                    ErrorKind::Unsupported("a table number above 0x2C (portable PDB or unknown tables)"),
                ));
            };
            *slot = r.u32()?;
            if *slot > 0x00FF_FFFF {
                return Err(r.invalid("row count does not fit in a 24-bit RID"));
            }
        }
        if heap_sizes & HEAP_EXTRA_DATA != 0 {
            r.skip(4)?;
        }
        let wide = |flag: u8| {
            if large_indices || heap_sizes & flag != 0 { 4 } else { 2 }
        };
        let (string_width, guid_width, blob_width) =
            (wide(HEAP_STRING_LARGE), wide(HEAP_GUID_LARGE), wide(HEAP_BLOB_LARGE));
        let index_width = |count: u32| {
            if large_indices || count > 0xFFFF { 4 } else { 2 }
        };
        let table_width = |table: TableId| {
            // A list column may point into the table's pointer table instead; size for the larger of the two.
            let pointer_rows = table.pointer_table().map_or(0, |p| rows[p as usize]);
            index_width(rows[table as usize].max(pointer_rows))
        };

        let mut layouts = [TableLayout::default(); TableId::ALL.len()];
        let mut offset = r.offset();
        for &table in TableId::ALL {
            let layout = &mut layouts[table as usize];
            for (i, column) in table.columns().iter().enumerate() {
                layout.widths[i] = match *column {
                    Column::U16 => 2,
                    Column::U32 => 4,
                    Column::Str => string_width,
                    Column::Guid => guid_width,
                    Column::Blob => blob_width,
                    Column::Table(target) => table_width(target),
                    Column::Coded(coded) => {
                        let max = coded.tables().iter().flatten().map(|t| rows[*t as usize]).max().unwrap_or(0);
                        if large_indices || max >= 1 << (16 - coded.tag_bits()) { 4 } else { 2 }
                    }
                };
            }
            let mut start = 0;
            for (column_start, &width) in layout.starts.iter_mut().zip(&layout.widths) {
                *column_start = start;
                start += width;
            }
            layout.columns = table.columns().len() as u8;
            layout.rows = rows[table as usize];
            layout.row_size = usize::from(start);
            layout.offset = offset;
            let size = layout.row_size * layout.rows as usize;
            offset = offset.checked_add(size).filter(|end| *end <= range.end).ok_or_else(|| {
                Error::new(
                    "table stream",
                    layout.offset,
                    ErrorKind::Truncated { needed: size, available: range.end.saturating_sub(layout.offset) },
                )
            })?;
        }
        Ok(Tables { layouts, sorted, major_version, minor_version, heap_sizes })
    }

    pub fn layout(&self, table: TableId) -> &TableLayout {
        &self.layouts[table as usize]
    }

    pub fn row_count(&self, table: TableId) -> u32 {
        self.layouts[table as usize].rows
    }

    pub fn is_sorted(&self, table: TableId) -> bool {
        self.sorted & (1 << table as u32) != 0
    }

    /// Row `rid` (1-based) of `table`, undecoded.
    #[inline]
    pub fn raw_row<'a>(&'a self, file: &'a [u8], table: TableId, rid: u32) -> Result<RawRow<'a>> {
        let layout = &self.layouts[table as usize];
        if rid == 0 || rid > layout.rows {
            return Err(Error::out_of_range(table.row_structure(), layout.offset, rid.into(), layout.rows.into()));
        }
        let offset = layout.offset + (rid as usize - 1) * layout.row_size;
        // The whole table was checked to lie within the stream when the layout was built.
        Ok(RawRow { bytes: &file[offset..offset + layout.row_size], layout, offset })
    }

    /// Row `rid` of the table `R` belongs to.
    #[inline]
    pub fn row<R: Row>(&self, file: &[u8], rid: u32) -> Result<R> {
        R::from_row(&self.raw_row(file, R::TABLE, rid)?)
    }

    /// One column of row `rid`, without decoding the rest (used by lists and binary searches).
    #[inline]
    pub fn column(&self, file: &[u8], table: TableId, rid: u32, column: usize) -> Result<u32> {
        Ok(self.raw_row(file, table, rid)?.get(column))
    }

    /// The RIDs of `table` whose `column` equals `key`: a binary search when the table is marked sorted,
    /// else a scan.
    pub fn equal_range(&self, file: &[u8], table: TableId, column: usize, key: u32) -> Result<Range<u32>> {
        let rows = self.row_count(table);
        if !self.is_sorted(table) {
            let mut first = None;
            let mut last = 0;
            for rid in 1..=rows {
                if self.column(file, table, rid, column)? == key {
                    first.get_or_insert(rid);
                    last = rid;
                }
            }
            return Ok(first.map_or(0..0, |f| f..last + 1));
        }
        let lower = self.partition_point(file, table, column, |v| v < key)?;
        let upper = self.partition_point(file, table, column, |v| v <= key)?;
        Ok(lower + 1..upper + 1)
    }

    fn partition_point(&self, file: &[u8], table: TableId, column: usize, pred: impl Fn(u32) -> bool) -> Result<u32> {
        let (mut lo, mut hi) = (0u32, self.row_count(table));
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(self.column(file, table, mid + 1, column)?) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok(lo)
    }
}
