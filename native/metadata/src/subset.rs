//! Writes part of an assembly's metadata as metadata of its own: the rows a compiled image still needs and
//! every row they refer to, renumbered, with heaps that hold only what those rows use. The writer mirrors the
//! reader: the same schema (`schema`) says what each column is, the same layout rules (`tables`) how wide it is,
//! and the reader reads the result like any assembly's metadata (`Assembly::in_memory`).
//!
//! What is kept ([`Keep::Reached`]): the Module, Assembly and reference rows (small, and an image's identity);
//! the TypeDefs, MethodDefs and Fields given, with all the fields of each given type; then, until nothing
//! changes, every row a kept row refers to (a coded index, a table index, a token inside a signature) and the
//! rows that belong to a kept row (its parameters, generic parameters and their constraints, interface
//! implementations, nesting, layout, constants, marshalling, P/Invoke map, security, custom attributes, the
//! properties and events whose accessors are kept, the method impls whose body is kept). A type reached only
//! through a reference keeps its name, flags, base type and generic parameters but not its members. Nothing
//! of IL is kept: method bodies' RVAs are 0, and StandAloneSig, MethodSpec, the #US heap and the manifest
//! resources are only referred to from IL or from resources the image does not carry.
//!
//! [`Keep::Everything`] keeps every row of every table; the round-trip tests read it back against the
//! original.

use crate::assembly::Assembly;
use crate::bytes::ByteReader;
use crate::error::{Error, ErrorKind, Result};
use crate::schema::{Column, TableId};
use crate::signature::{
    ArrayShape, MethodSignature, PrimitiveType, SignatureDecoder, SignatureHeader, SignatureProvider, TypeKind,
    element_type,
};
use crate::token::Token;
use std::collections::{BTreeSet, HashMap};

/// Which rows to keep.
#[derive(Clone, Debug)]
pub enum Keep {
    /// Every row of every table (only the IL's RVAs are dropped).
    Everything,
    /// The rows the given ones need (module docs).
    Reached(Roots),
}

/// The rows a compilation reached, by RID.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roots {
    pub types: BTreeSet<u32>,
    pub methods: BTreeSet<u32>,
    pub fields: BTreeSet<u32>,
}

/// The written metadata and where each kept row went.
#[derive(Clone, Debug)]
pub struct Subset {
    /// The metadata root and its streams, ready to be placed at any 4-byte aligned address.
    pub metadata: Vec<u8>,
    /// Per table: old RID → new RID (index 0 unused; 0 = not kept).
    new_rids: Vec<Vec<u32>>,
}

impl Subset {
    /// Where `token`'s row went, or `None` when it was not kept. A nil token stays nil.
    pub fn map(&self, token: Token) -> Option<Token> {
        map_token(&self.new_rids, token)
    }
}

/// Tables whose rows a [`Keep::Reached`] subset keeps whole: the assembly's identity and its references.
const IDENTITY_TABLES: &[TableId] = &[
    TableId::Module,
    TableId::Assembly,
    TableId::AssemblyProcessor,
    TableId::AssemblyOS,
    TableId::AssemblyRef,
    TableId::AssemblyRefProcessor,
    TableId::AssemblyRefOS,
    TableId::ModuleRef,
    TableId::File,
    TableId::ExportedType,
];

/// Rows that belong to another row: (table, column naming the owner). A kept owner keeps them.
const OWNED_ROWS: &[(TableId, usize)] = &[
    (TableId::NestedClass, 0),
    (TableId::GenericParam, 2),
    (TableId::GenericParamConstraint, 0),
    (TableId::ClassLayout, 2),
    (TableId::InterfaceImpl, 0),
    (TableId::CustomAttribute, 0),
    (TableId::DeclSecurity, 1),
    (TableId::PropertyMap, 0),
    (TableId::EventMap, 0),
    (TableId::MethodSemantics, 1),
    (TableId::MethodImpl, 1),
    (TableId::ImplMap, 1),
    (TableId::Constant, 1),
    (TableId::FieldMarshal, 0),
    (TableId::FieldLayout, 1),
    (TableId::FieldRva, 1),
];

/// The sorted tables (II.22), each with its key columns, in an order where a table's keys only name tables
/// renumbered before it (a GenericParamConstraint's key is a GenericParam; a custom attribute's parent may be
/// any of them).
const SORTED_TABLES: &[(TableId, &[usize])] = &[
    (TableId::InterfaceImpl, &[0]),
    (TableId::GenericParam, &[2, 0]),
    (TableId::GenericParamConstraint, &[0]),
    (TableId::NestedClass, &[0]),
    (TableId::ClassLayout, &[2]),
    (TableId::FieldLayout, &[1]),
    (TableId::FieldRva, &[1]),
    (TableId::Constant, &[1]),
    (TableId::FieldMarshal, &[0]),
    (TableId::DeclSecurity, &[1]),
    (TableId::MethodSemantics, &[2]),
    (TableId::MethodImpl, &[0]),
    (TableId::ImplMap, &[1]),
    (TableId::CustomAttribute, &[0]),
];

/// List columns (II.22: a row owns the run of the target table from its value to the next row's).
fn is_list(table: TableId, column: usize) -> bool {
    matches!(
        (table, column),
        (TableId::TypeDef, 4 | 5) | (TableId::MethodDef, 5) | (TableId::EventMap, 1) | (TableId::PropertyMap, 1)
    )
}

/// How a blob column is read: a signature holds tokens to renumber, anything else is copied.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BlobKind {
    Verbatim,
    Field,
    Method,
    /// A MemberRef's: a field or a method signature, as its header says.
    MemberRef,
    Property,
    TypeSpec,
    /// A StandAloneSig's: locals or a method signature.
    StandAlone,
    MethodSpec,
}

fn blob_kind(table: TableId, column: usize) -> BlobKind {
    match (table, column) {
        (TableId::Field, 2) => BlobKind::Field,
        (TableId::MethodDef, 4) => BlobKind::Method,
        (TableId::MemberRef, 2) => BlobKind::MemberRef,
        (TableId::Property, 2) => BlobKind::Property,
        (TableId::TypeSpec, 0) => BlobKind::TypeSpec,
        (TableId::StandAloneSig, 0) => BlobKind::StandAlone,
        (TableId::MethodSpec, 1) => BlobKind::MethodSpec,
        _ => BlobKind::Verbatim,
    }
}

/// Writes the rows `keep` selects as metadata of their own.
pub fn write(assembly: &Assembly, keep: &Keep) -> Result<Subset> {
    for table in [TableId::FieldPtr, TableId::MethodPtr, TableId::ParamPtr, TableId::EventPtr, TableId::PropertyPtr] {
        if assembly.row_count(table) > 0 {
            return Err(Error::new(
                "table stream",
                assembly.tables().layout(table).offset,
                ErrorKind::Unsupported("uncompressed metadata with pointer tables cannot be subset"),
            ));
        }
    }
    let kept = match keep {
        Keep::Everything => {
            TableId::ALL.iter().map(|&t| vec![true; assembly.row_count(t) as usize + 1]).collect::<Vec<_>>()
        }
        Keep::Reached(roots) => Planner::new(assembly)?.plan(roots)?,
    };
    let new_rids = renumber(assembly, &kept)?;
    let metadata = Emitter::new(assembly, &new_rids).emit()?;
    Ok(Subset { metadata, new_rids })
}

/// Decides which rows a [`Keep::Reached`] subset keeps.
struct Planner<'a> {
    assembly: &'a Assembly,
    kept: Vec<Vec<bool>>,
    queue: Vec<Token>,
    /// Owner row → the rows that belong to it (`OWNED_ROWS`).
    owned: HashMap<Token, Vec<Token>>,
    /// Field and MethodDef RID → its TypeDef; Property and Event RID → its PropertyMap / EventMap row.
    owner: HashMap<(TableId, u32), Token>,
}

impl<'a> Planner<'a> {
    fn new(assembly: &'a Assembly) -> Result<Self> {
        let data = assembly.data();
        let tables = assembly.tables();
        let mut owned: HashMap<Token, Vec<Token>> = HashMap::new();
        for &(table, column) in OWNED_ROWS {
            for rid in 1..=assembly.row_count(table) {
                let row = tables.raw_row(data, table, rid)?;
                let owner = column_token(table, column, row.get(column), row.offset)?;
                if let Some(owner) = owner.filter(|t| !t.is_nil()) {
                    owned.entry(owner).or_default().push(Token::new(table, rid));
                }
            }
        }
        let mut owner = HashMap::new();
        let lists = [
            (TableId::TypeDef, 4, TableId::Field),
            (TableId::TypeDef, 5, TableId::MethodDef),
            (TableId::PropertyMap, 1, TableId::Property),
            (TableId::EventMap, 1, TableId::Event),
        ];
        for (table, column, target) in lists {
            for rid in 1..=assembly.row_count(table) {
                for member in assembly.member_list(table, rid, column, target)?.range {
                    owner.insert((target, member), Token::new(table, rid));
                }
            }
        }
        let kept = TableId::ALL.iter().map(|&t| vec![false; assembly.row_count(t) as usize + 1]).collect();
        Ok(Planner { assembly, kept, queue: Vec::new(), owned, owner })
    }

    fn plan(mut self, roots: &Roots) -> Result<Vec<Vec<bool>>> {
        let a = self.assembly;
        for &table in IDENTITY_TABLES {
            for rid in 1..=a.row_count(table) {
                self.require(Token::new(table, rid))?;
            }
        }
        // `<Module>`, the first TypeDef, holds the module's global members.
        if a.row_count(TableId::TypeDef) > 0 {
            self.require(Token::new(TableId::TypeDef, 1))?;
        }
        for &rid in &roots.types {
            self.require(Token::new(TableId::TypeDef, rid))?;
            for field in a.type_fields(rid)?.range {
                self.require(Token::new(TableId::Field, field))?;
            }
        }
        for &rid in &roots.methods {
            self.require(Token::new(TableId::MethodDef, rid))?;
        }
        for &rid in &roots.fields {
            self.require(Token::new(TableId::Field, rid))?;
        }
        while let Some(token) = self.queue.pop() {
            self.visit(token)?;
        }
        Ok(self.kept)
    }

    fn require(&mut self, token: Token) -> Result<()> {
        let Some(table) = token.table() else { return Ok(()) };
        let Some(slot) = self.kept[table as usize].get_mut(token.rid() as usize) else {
            let layout = self.assembly.tables().layout(table);
            return Err(Error::out_of_range(
                table.row_structure(),
                layout.offset,
                token.rid().into(),
                layout.rows.into(),
            ));
        };
        if token.rid() != 0 && !*slot {
            *slot = true;
            self.queue.push(token);
        }
        Ok(())
    }

    /// Keeps what a newly kept row refers to and what belongs to it.
    fn visit(&mut self, token: Token) -> Result<()> {
        let a = self.assembly;
        let Some(table) = token.table() else { return Ok(()) };
        let row = a.tables().raw_row(a.data(), table, token.rid())?;
        for (column, kind) in table.columns().iter().enumerate() {
            let raw = row.get(column);
            match *kind {
                Column::Coded(_) | Column::Table(_) if !is_list(table, column) => {
                    if let Some(target) = column_token(table, column, raw, row.offset)? {
                        self.require(target)?;
                    }
                }
                Column::Blob if blob_kind(table, column) != BlobKind::Verbatim => {
                    let mut found = Vec::new();
                    rewrite_blob(a, blob_kind(table, column), raw, &mut |t| {
                        found.push(t);
                        Ok(t)
                    })?;
                    for t in found {
                        self.require(t)?;
                    }
                }
                _ => {}
            }
        }
        if let Some(&owner) = self.owner.get(&(table, token.rid())) {
            self.require(owner)?;
        }
        if table == TableId::MethodDef {
            for param in a.method_params(token.rid())?.range {
                self.require(Token::new(TableId::Param, param))?;
            }
        }
        // A row is visited once, so what belongs to it is taken, not copied.
        for child in self.owned.remove(&token).unwrap_or_default() {
            self.require(child)?;
        }
        Ok(())
    }
}

/// The row a (non-list) index column names; `None` for columns that are not indices.
fn column_token(table: TableId, column: usize, raw: u32, offset: usize) -> Result<Option<Token>> {
    Ok(match table.columns()[column] {
        Column::Coded(coded) => Some(coded.decode(raw, offset)?),
        Column::Table(target) => Some(Token::new(target, raw)),
        _ => None,
    })
}

/// New RIDs: kept rows in their old order, except that the sorted tables are sorted again by their renumbered
/// keys (renumbering keeps the order within one table but not across the tables a coded index mixes).
fn renumber(assembly: &Assembly, kept: &[Vec<bool>]) -> Result<Vec<Vec<u32>>> {
    let mut new_rids: Vec<Vec<u32>> = kept
        .iter()
        .map(|rows| {
            let mut next = 0;
            rows.iter()
                .enumerate()
                .map(|(rid, &keep)| {
                    if rid > 0 && keep {
                        next += 1;
                        next
                    } else {
                        0
                    }
                })
                .collect()
        })
        .collect();
    let data = assembly.data();
    for &(table, key_columns) in SORTED_TABLES {
        if !assembly.tables().is_sorted(table) {
            continue;
        }
        let mut rows = Vec::new();
        for rid in 1..=assembly.row_count(table) {
            if !kept[table as usize][rid as usize] {
                continue;
            }
            let row = assembly.tables().raw_row(data, table, rid)?;
            let mut key = [0u32; 2];
            for (slot, &column) in key.iter_mut().zip(key_columns) {
                *slot = remap_column(&new_rids, table, column, row.get(column), row.offset)?;
            }
            rows.push((key, rid));
        }
        rows.sort_by_key(|&(key, _)| key);
        for (new, (_, old)) in rows.into_iter().enumerate() {
            new_rids[table as usize][old as usize] = new as u32 + 1;
        }
    }
    Ok(new_rids)
}

/// The stored value of a non-list column after renumbering (other columns unchanged).
fn remap_column(new_rids: &[Vec<u32>], table: TableId, column: usize, raw: u32, offset: usize) -> Result<u32> {
    let dropped =
        || Error::new(table.row_structure(), offset, ErrorKind::Invalid("refers to a row left out of the subset"));
    match table.columns()[column] {
        Column::Coded(coded) => {
            let token = coded.decode(raw, offset)?;
            let mapped = map_token(new_rids, token).ok_or_else(dropped)?;
            coded.encode(mapped).ok_or_else(dropped)
        }
        Column::Table(target) if raw != 0 => {
            let new = new_rids[target as usize].get(raw as usize).copied().unwrap_or(0);
            if new == 0 { Err(dropped()) } else { Ok(new) }
        }
        _ => Ok(raw),
    }
}

fn map_token(new_rids: &[Vec<u32>], token: Token) -> Option<Token> {
    let table = token.table()?;
    if token.rid() == 0 {
        return Some(token);
    }
    let new = *new_rids.get(table as usize)?.get(token.rid() as usize)?;
    (new != 0).then(|| Token::new(table, new))
}

/// Writes the kept rows, their heaps and the metadata root.
struct Emitter<'a> {
    assembly: &'a Assembly,
    new_rids: &'a [Vec<u32>],
    /// Per table: how many rows before RID `i` are kept (index `rows + 1` counts them all).
    kept_before: Vec<Vec<u32>>,
    strings: StringPool,
    blobs: Heap,
}

/// The `#Strings` heap being built: each distinct string gets an id (0 is the empty string); where it lands is
/// decided once all are known, so that a string that ends another shares its bytes (`layout`).
#[derive(Default)]
struct StringPool {
    strings: Vec<Vec<u8>>,
    ids: HashMap<Vec<u8>, u32>,
}

impl StringPool {
    fn id(&mut self, s: &[u8]) -> u32 {
        if s.is_empty() {
            return 0;
        }
        let strings = &mut self.strings;
        *self.ids.entry(s.to_vec()).or_insert_with(|| {
            strings.push(s.to_vec());
            strings.len() as u32
        })
    }

    /// The heap's bytes and each id's offset. Strings are placed in order of their reversed bytes, longest
    /// first among those sharing an ending, so a string that is the tail of the one placed before it points
    /// into it (as compilers lay the heap out).
    fn layout(&self) -> (Vec<u8>, Vec<u32>) {
        let mut order: Vec<usize> = (0..self.strings.len()).collect();
        order.sort_by(|&x, &y| self.strings[y].iter().rev().cmp(self.strings[x].iter().rev()));
        let mut bytes = vec![0u8];
        let mut offsets = vec![0u32; self.strings.len() + 1];
        let mut previous: Option<(usize, u32)> = None;
        for i in order {
            let s = &self.strings[i];
            offsets[i + 1] = match previous {
                Some((p, at)) if self.strings[p].ends_with(s) => at + (self.strings[p].len() - s.len()) as u32,
                _ => {
                    let at = bytes.len() as u32;
                    bytes.extend_from_slice(s);
                    bytes.push(0);
                    previous = Some((i, at));
                    at
                }
            };
        }
        (bytes, offsets)
    }
}

/// The `#Blob` heap being built: bytes, and what was interned where (identical blobs are stored once).
struct Heap {
    bytes: Vec<u8>,
    index: HashMap<Vec<u8>, u32>,
}

impl Heap {
    fn new() -> Self {
        Heap { bytes: vec![0], index: HashMap::new() }
    }

    /// A `#Blob` entry: the compressed length and the bytes. The empty blob is index 0.
    fn blob(&mut self, b: &[u8]) -> u32 {
        if b.is_empty() {
            return 0;
        }
        let bytes = &mut self.bytes;
        *self.index.entry(b.to_vec()).or_insert_with(|| {
            let at = bytes.len() as u32;
            write_compressed_u32(bytes, b.len() as u32);
            bytes.extend_from_slice(b);
            at
        })
    }
}

const HEAP_STRING_LARGE: u8 = 0x01;
const HEAP_GUID_LARGE: u8 = 0x02;
const HEAP_BLOB_LARGE: u8 = 0x04;

impl<'a> Emitter<'a> {
    fn new(assembly: &'a Assembly, new_rids: &'a [Vec<u32>]) -> Self {
        let kept_before = new_rids
            .iter()
            .map(|rids| {
                let mut count = 0;
                let mut before: Vec<u32> = rids
                    .iter()
                    .map(|&n| {
                        let c = count;
                        count += u32::from(n != 0);
                        c
                    })
                    .collect();
                before.push(count);
                before
            })
            .collect();
        Emitter { assembly, new_rids, kept_before, strings: StringPool::default(), blobs: Heap::new() }
    }

    fn emit(mut self) -> Result<Vec<u8>> {
        let a = self.assembly;
        let data = a.data();
        // Every kept row's column values, by table, in new RID order; heaps are filled as rows are visited.
        let mut rows: Vec<Vec<[u32; crate::tables::MAX_COLUMNS]>> = Vec::with_capacity(TableId::ALL.len());
        for &table in TableId::ALL {
            let new = &self.new_rids[table as usize];
            let mut order: Vec<(u32, u32)> =
                new.iter().enumerate().filter(|&(_, &n)| n != 0).map(|(old, &n)| (n, old as u32)).collect();
            order.sort_unstable();
            let mut out = Vec::with_capacity(order.len());
            for (_, old) in order {
                let row = a.tables().raw_row(data, table, old)?;
                let mut values = [0u32; crate::tables::MAX_COLUMNS];
                for (column, kind) in table.columns().iter().enumerate() {
                    let raw = row.get(column);
                    values[column] = match *kind {
                        // What an RVA pointed at (IL, field data) is not part of the subset.
                        Column::U32 if column == 0 && matches!(table, TableId::MethodDef | TableId::FieldRva) => 0,
                        Column::U16 | Column::U32 | Column::Guid => raw,
                        Column::Str => {
                            let s = a.strings().bytes(crate::schema::StringIndex(raw))?;
                            self.strings.id(s)
                        }
                        Column::Blob => {
                            let new_rids = self.new_rids;
                            let bytes = rewrite_blob(a, blob_kind(table, column), raw, &mut |t| {
                                map_token(new_rids, t).ok_or_else(|| {
                                    Error::new(
                                        table.row_structure(),
                                        row.offset,
                                        ErrorKind::Invalid("signature names a row left out of the subset"),
                                    )
                                })
                            })?;
                            self.blobs.blob(&bytes)
                        }
                        Column::Table(target) if is_list(table, column) => {
                            // The first kept member at or after the old start.
                            let before = &self.kept_before[target as usize];
                            before.get(raw as usize).copied().unwrap_or(before[before.len() - 1]) + 1
                        }
                        Column::Table(_) | Column::Coded(_) => {
                            remap_column(self.new_rids, table, column, raw, row.offset)?
                        }
                    };
                }
                out.push(values);
            }
            rows.push(out);
        }
        // The #GUID heap is copied whole (a module's MVID: 16 bytes), so its indices stand.
        let guids = a.guids().bytes().to_vec();
        let (strings, string_offsets) = self.strings.layout();
        let tables = self.table_stream(a, &rows, &string_offsets, strings.len(), guids.len());
        // No #US stream: user strings are only ever loaded by IL (`ldstr`), which the subset does not carry.
        let streams: [(&[u8], Vec<u8>); 4] =
            [(b"#~", tables), (b"#Strings", strings), (b"#GUID", guids), (b"#Blob", self.blobs.bytes)];
        Ok(metadata_root(a.metadata_version(), &streams))
    }

    fn table_stream(
        &self,
        a: &Assembly,
        rows: &[Vec<[u32; crate::tables::MAX_COLUMNS]>],
        string_offsets: &[u32],
        strings_size: usize,
        guid_size: usize,
    ) -> Vec<u8> {
        let counts: Vec<u32> = rows.iter().map(|r| r.len() as u32).collect();
        let mut heap_sizes = 0u8;
        if strings_size > 0xFFFF {
            heap_sizes |= HEAP_STRING_LARGE;
        }
        if guid_size / 16 > 0xFFFF {
            heap_sizes |= HEAP_GUID_LARGE;
        }
        if self.blobs.bytes.len() > 0xFFFF {
            heap_sizes |= HEAP_BLOB_LARGE;
        }
        let width = |column: Column| -> usize {
            match column {
                Column::U16 => 2,
                Column::U32 => 4,
                Column::Str => 2 + 2 * usize::from(heap_sizes & HEAP_STRING_LARGE != 0),
                Column::Guid => 2 + 2 * usize::from(heap_sizes & HEAP_GUID_LARGE != 0),
                Column::Blob => 2 + 2 * usize::from(heap_sizes & HEAP_BLOB_LARGE != 0),
                Column::Table(t) => 2 + 2 * usize::from(counts[t as usize] > 0xFFFF),
                Column::Coded(coded) => {
                    let max = coded.tables().iter().flatten().map(|t| counts[*t as usize]).max().unwrap_or(0);
                    2 + 2 * usize::from(max >= 1 << (16 - coded.tag_bits()))
                }
            }
        };
        let valid: u64 = counts.iter().enumerate().filter(|&(_, &n)| n > 0).map(|(i, _)| 1u64 << i).sum();
        let sorted = TableId::ALL.iter().filter(|&&t| a.tables().is_sorted(t)).map(|&t| 1u64 << t as u32).sum::<u64>();
        let mut out = Vec::new();
        out.extend(0u32.to_le_bytes());
        out.extend([2, 0, heap_sizes, 1]);
        out.extend(valid.to_le_bytes());
        out.extend(sorted.to_le_bytes());
        for &n in counts.iter().filter(|&&n| n > 0) {
            out.extend(n.to_le_bytes());
        }
        for (&table, table_rows) in TableId::ALL.iter().zip(rows) {
            for values in table_rows {
                for (column, &kind) in table.columns().iter().enumerate() {
                    let value = match kind {
                        Column::Str => string_offsets[values[column] as usize],
                        _ => values[column],
                    };
                    match width(kind) {
                        2 => out.extend((value as u16).to_le_bytes()),
                        _ => out.extend(value.to_le_bytes()),
                    }
                }
            }
        }
        out
    }
}

/// The metadata root (II.24.2.1) with its stream headers, then the streams, each padded to 4 bytes.
fn metadata_root(version: &str, streams: &[(&[u8], Vec<u8>)]) -> Vec<u8> {
    let mut version_bytes = version.as_bytes().to_vec();
    version_bytes.push(0);
    version_bytes.resize(version_bytes.len().next_multiple_of(4), 0);
    let header_size = 16
        + version_bytes.len()
        + 4
        + streams.iter().map(|(name, _)| 8 + (name.len() + 1).next_multiple_of(4)).sum::<usize>();
    let mut out = Vec::new();
    out.extend(0x424A_5342u32.to_le_bytes());
    out.extend(1u16.to_le_bytes());
    out.extend(1u16.to_le_bytes());
    out.extend(0u32.to_le_bytes());
    out.extend((version_bytes.len() as u32).to_le_bytes());
    out.extend(&version_bytes);
    out.extend(0u16.to_le_bytes());
    out.extend((streams.len() as u16).to_le_bytes());
    let mut offset = header_size;
    for (name, bytes) in streams {
        let size = bytes.len().next_multiple_of(4);
        out.extend((offset as u32).to_le_bytes());
        out.extend((size as u32).to_le_bytes());
        out.extend(*name);
        out.resize(out.len() + (name.len() + 1).next_multiple_of(4) - name.len(), 0);
        offset += size;
    }
    for (_, bytes) in streams {
        out.extend(bytes);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    out
}

/// Reads the blob at `index` as `kind` and writes it again, every token of a signature passed through `map`
/// (a verbatim blob is copied).
fn rewrite_blob(
    a: &Assembly,
    kind: BlobKind,
    index: u32,
    map: &mut dyn FnMut(Token) -> Result<Token>,
) -> Result<Vec<u8>> {
    let mut r = a.blob(crate::schema::BlobIndex(index), "signature")?;
    if r.is_empty() {
        return Ok(Vec::new());
    }
    let mut encoder = Encoder { map };
    let mut decoder = SignatureDecoder::new(&mut encoder);
    let header = peek_header(&r)?;
    let out = match kind {
        BlobKind::Verbatim => r.bytes(r.remaining())?.to_vec(),
        BlobKind::Field => field(decoder.decode_field(&mut r)?),
        BlobKind::MemberRef | BlobKind::StandAlone if header.kind() == SignatureHeader::FIELD => {
            field(decoder.decode_field(&mut r)?)
        }
        BlobKind::StandAlone if header.kind() == SignatureHeader::LOCAL_SIG => {
            let locals = decoder.decode_locals(&mut r)?;
            list(header.0, None, &locals)
        }
        BlobKind::Method | BlobKind::MemberRef | BlobKind::StandAlone => method(decoder.decode_method(&mut r)?),
        BlobKind::Property => {
            let sig = decoder.decode_property(&mut r)?;
            let mut out = vec![sig.header.0];
            write_compressed_u32(&mut out, sig.params.len() as u32);
            out.extend(sig.return_type);
            sig.params.into_iter().for_each(|p| out.extend(p));
            out
        }
        BlobKind::TypeSpec => decoder.decode_type(&mut r)?,
        BlobKind::MethodSpec => {
            let args = decoder.decode_method_spec(&mut r)?;
            list(header.0, None, &args)
        }
    };
    Ok(out)
}

fn peek_header(r: &ByteReader) -> Result<SignatureHeader> {
    let mut probe = *r;
    Ok(SignatureHeader(probe.u8()?))
}

fn field(ty: Vec<u8>) -> Vec<u8> {
    let mut out = vec![SignatureHeader::FIELD];
    out.extend(ty);
    out
}

/// A header, an optional leading count, the item count and the items.
fn list(header: u8, leading: Option<u32>, items: &[Vec<u8>]) -> Vec<u8> {
    let mut out = vec![header];
    if let Some(n) = leading {
        write_compressed_u32(&mut out, n);
    }
    write_compressed_u32(&mut out, items.len() as u32);
    items.iter().for_each(|i| out.extend(i));
    out
}

fn method(sig: MethodSignature<Vec<u8>>) -> Vec<u8> {
    let mut out = vec![sig.header.0];
    if sig.header.is_generic() {
        write_compressed_u32(&mut out, sig.generic_param_count);
    }
    write_compressed_u32(&mut out, sig.params.len() as u32);
    out.extend(sig.return_type);
    for (i, p) in sig.params.into_iter().enumerate() {
        if i == sig.required_param_count {
            out.push(element_type::SENTINEL);
        }
        out.extend(p);
    }
    out
}

/// A signature provider that writes each part back as bytes, renumbering tokens on the way.
struct Encoder<'m> {
    map: &'m mut dyn FnMut(Token) -> Result<Token>,
}

impl SignatureProvider for Encoder<'_> {
    type Type = Vec<u8>;

    fn primitive(&mut self, ty: PrimitiveType) -> Vec<u8> {
        vec![ty as u8]
    }

    fn type_handle(&mut self, token: Token, kind: TypeKind) -> Result<Vec<u8>> {
        let token = (self.map)(token)?;
        let tag = match token.table() {
            Some(TableId::TypeDef) => 0,
            Some(TableId::TypeRef) => 1,
            _ => 2,
        };
        let mut out = match kind {
            TypeKind::Class => vec![element_type::CLASS],
            TypeKind::ValueType => vec![element_type::VALUETYPE],
            // A modifier's type: just the token (`modified` writes the CMOD byte).
            TypeKind::Unknown => Vec::new(),
        };
        write_compressed_u32(&mut out, token.rid() << 2 | tag);
        Ok(out)
    }

    fn sz_array(&mut self, element: Vec<u8>) -> Vec<u8> {
        prefixed(element_type::SZARRAY, element)
    }

    fn array(&mut self, element: Vec<u8>, shape: ArrayShape) -> Vec<u8> {
        let mut out = prefixed(element_type::ARRAY, element);
        write_compressed_u32(&mut out, shape.rank);
        write_compressed_u32(&mut out, shape.sizes.len() as u32);
        shape.sizes.iter().for_each(|&s| write_compressed_u32(&mut out, s));
        write_compressed_u32(&mut out, shape.lower_bounds.len() as u32);
        shape.lower_bounds.iter().for_each(|&b| write_compressed_i32(&mut out, b));
        out
    }

    fn pointer(&mut self, element: Vec<u8>) -> Vec<u8> {
        prefixed(element_type::PTR, element)
    }

    fn by_ref(&mut self, element: Vec<u8>) -> Vec<u8> {
        prefixed(element_type::BYREF, element)
    }

    fn pinned(&mut self, element: Vec<u8>) -> Vec<u8> {
        prefixed(element_type::PINNED, element)
    }

    fn generic_instance(&mut self, generic: Vec<u8>, args: Vec<Vec<u8>>) -> Vec<u8> {
        let mut out = prefixed(element_type::GENERICINST, generic);
        write_compressed_u32(&mut out, args.len() as u32);
        args.into_iter().for_each(|a| out.extend(a));
        out
    }

    fn generic_type_param(&mut self, index: u32) -> Vec<u8> {
        let mut out = vec![element_type::VAR];
        write_compressed_u32(&mut out, index);
        out
    }

    fn generic_method_param(&mut self, index: u32) -> Vec<u8> {
        let mut out = vec![element_type::MVAR];
        write_compressed_u32(&mut out, index);
        out
    }

    fn function_pointer(&mut self, signature: MethodSignature<Vec<u8>>) -> Vec<u8> {
        prefixed(element_type::FNPTR, method(signature))
    }

    fn modified(&mut self, modifier: Vec<u8>, unmodified: Vec<u8>, required: bool) -> Vec<u8> {
        let mut out = vec![if required { element_type::CMOD_REQD } else { element_type::CMOD_OPT }];
        out.extend(modifier);
        out.extend(unmodified);
        out
    }
}

fn prefixed(code: u8, rest: Vec<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(rest.len() + 1);
    out.push(code);
    out.extend(rest);
    out
}

/// An unsigned compressed integer (II.23.2), the inverse of `ByteReader::compressed_u32`.
pub fn write_compressed_u32(out: &mut Vec<u8>, value: u32) {
    match value {
        0..0x80 => out.push(value as u8),
        0x80..0x4000 => out.extend((0x8000 | value as u16).to_be_bytes()),
        _ => out.extend((0xC000_0000 | value).to_be_bytes()),
    }
}

/// A signed compressed integer (II.23.2): the sign moved to the lowest bit of the narrowest form that holds it;
/// the inverse of `ByteReader::compressed_i32`.
pub fn write_compressed_i32(out: &mut Vec<u8>, value: i32) {
    let sign = u32::from(value < 0);
    let rotated = |bits: u32| ((value as u32) & ((1 << bits) - 1)) << 1 | sign;
    // The form is chosen by the value's range, not by the rotated bits (-8192 rotates to 1, yet needs 2 bytes).
    match value {
        -0x40..0x40 => out.push(rotated(6) as u8),
        -0x2000..0x2000 => out.extend((0x8000 | rotated(13) as u16).to_be_bytes()),
        _ => out.extend((0xC000_0000 | rotated(28)).to_be_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_integers_round_trip_through_the_reader() {
        for value in [0u32, 1, 0x7F, 0x80, 0x3FFF, 0x4000, 0x1FFF_FFFF] {
            let mut out = Vec::new();
            write_compressed_u32(&mut out, value);
            assert_eq!(ByteReader::new(&out, 0, "test").compressed_u32(), Ok(value), "{value:#x}");
        }
        for value in [0i32, 1, -1, 63, -64, 64, -65, 8191, -8192, 8192, -8193, 0x0FFF_FFFF, -0x1000_0000] {
            let mut out = Vec::new();
            write_compressed_i32(&mut out, value);
            assert_eq!(ByteReader::new(&out, 0, "test").compressed_i32(), Ok(value), "{value}");
        }
    }
}
