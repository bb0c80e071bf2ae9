//! [`Assembly`]: one opened file — its bytes (memory-mapped or owned) and the offsets of the CLI header,
//! streams and tables found when it was opened. Every other view borrows from it.

use crate::body::MethodBody;
use crate::bytes::ByteReader;
use crate::container::Container;
use crate::error::{Error, ErrorKind, Result};
use crate::heaps::{BlobHeap, GuidHeap, StringHeap, UserStringHeap};
use crate::root::{CliHeader, Streams};
use crate::schema::*;
use crate::signature::PrimitiveType;
use crate::tables::Tables;
use crate::token::Token;
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The bytes of an opened file.
enum Storage {
    Mapped(memmap2::Mmap),
    Owned(Vec<u8>),
}

impl Storage {
    fn bytes(&self) -> &[u8] {
        match self {
            Storage::Mapped(map) => map,
            Storage::Owned(bytes) => bytes,
        }
    }
}

/// Why a file could not be opened as an assembly.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {source}")]
    Format { path: PathBuf, source: Error },
}

/// A .NET assembly (or module) read from a PE or WebCIL file.
pub struct Assembly {
    /// Shared, so that the components of one image file can each be an `Assembly` over the same bytes.
    storage: std::sync::Arc<Storage>,
    path: Option<PathBuf>,
    container: Container,
    cli_header: CliHeader,
    streams: Streams,
    tables: Tables,
    /// Full name → TypeDef RID, built on first use.
    type_index: OnceLock<HashMap<String, u32>>,
}

impl std::fmt::Debug for Assembly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Assembly").field("path", &self.path).field("container", &self.container.kind).finish()
    }
}

impl Assembly {
    /// Memory-maps and reads the file at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, LoadError> {
        let path = path.as_ref();
        let io = |source| LoadError::Io { path: path.to_owned(), source };
        let file = std::fs::File::open(path).map_err(io)?;
        let len = file.metadata().map_err(io)?.len();
        // An empty file cannot be mapped; read it (and report it as truncated) instead.
        let storage = if len == 0 {
            Storage::Owned(Vec::new())
        } else {
            // SAFETY: the map is read-only; a file changed underneath it by another process is outside what
            // the reader guarantees, as for every mmap-based reader.
            Storage::Mapped(unsafe { memmap2::Mmap::map(&file) }.map_err(io)?)
        };
        let mut assembly =
            Self::from_storage(storage).map_err(|source| LoadError::Format { path: path.to_owned(), source })?;
        assembly.path = Some(path.to_owned());
        Ok(assembly)
    }

    /// Reads an assembly from bytes in memory.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self> {
        Self::from_storage(Storage::Owned(bytes))
    }

    fn from_storage(storage: Storage) -> Result<Self> {
        let container = Container::parse(storage.bytes())?;
        let cli_header_rva = container.cli_header_rva;
        Self::with_container(std::sync::Arc::new(storage), container, cli_header_rva)
    }

    /// An assembly made of a CLI header and metadata (a subset written by `subset::write`): the header's
    /// metadata directory is set to the metadata, which follows it.
    pub fn in_memory(cli_header: &[u8], metadata: &[u8]) -> Result<Self> {
        let header_size = CliHeader::SIZE;
        let Some(header) = cli_header.get(..header_size) else {
            return Err(Error::new(
                "CLI header",
                0,
                ErrorKind::Truncated { needed: header_size, available: cli_header.len() },
            ));
        };
        let mut bytes = header.to_vec();
        bytes[8..12].copy_from_slice(&(header_size as u32).to_le_bytes());
        bytes[12..16].copy_from_slice(&(metadata.len() as u32).to_le_bytes());
        bytes.extend_from_slice(metadata);
        let size = bytes.len() as u32;
        let container = Container {
            kind: crate::container::ContainerKind::InMemory,
            sections: vec![crate::container::Section { rva: 0, virtual_size: size, file_offset: 0, raw_size: size }],
            cli_header_rva: 0,
            cli_header_size: header_size as u32,
            payload_offset: 0,
        };
        Self::with_container(std::sync::Arc::new(Storage::Owned(bytes)), container, 0)
    }

    /// The assembly whose CLI header is at `cli_header_rva` in the same file: a component of a composite
    /// image, which holds several assemblies' headers and metadata.
    pub fn component(&self, cli_header_rva: u32) -> Result<Assembly> {
        let mut assembly = Self::with_container(self.storage.clone(), self.container.clone(), cli_header_rva)?;
        assembly.path = self.path.clone();
        Ok(assembly)
    }

    fn with_container(storage: std::sync::Arc<Storage>, container: Container, cli_header_rva: u32) -> Result<Self> {
        let data = storage.bytes();
        let cli_offset = container.rva_to_offset(cli_header_rva, CliHeader::SIZE as u32, "CLI header")?;
        let cli_header = CliHeader::parse(&data[cli_offset..cli_offset + CliHeader::SIZE], cli_offset)?;
        let metadata_offset =
            container.rva_to_offset(cli_header.metadata.rva, cli_header.metadata.size, "metadata root")?;
        let streams = Streams::parse(data, metadata_offset, cli_header.metadata.size as usize)?;
        let Some(table_range) = streams.tables.clone() else {
            return Err(Error::new("metadata root", metadata_offset, ErrorKind::Invalid("no #~ or #- table stream")));
        };
        let tables = Tables::parse(data, table_range, streams.large_indices)?;
        Ok(Assembly { storage, path: None, container, cli_header, streams, tables, type_index: OnceLock::new() })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The whole file.
    pub fn data(&self) -> &[u8] {
        self.storage.bytes()
    }

    pub fn container(&self) -> &Container {
        &self.container
    }

    pub fn cli_header(&self) -> &CliHeader {
        &self.cli_header
    }

    /// The metadata version string (`v4.0.30319`).
    pub fn metadata_version(&self) -> &str {
        &self.streams.version
    }

    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    fn stream(&self, range: &Option<Range<usize>>) -> (&[u8], usize) {
        match range {
            Some(r) => (&self.data()[r.clone()], r.start),
            None => (&[], 0),
        }
    }

    pub fn strings(&self) -> StringHeap<'_> {
        let (data, base) = self.stream(&self.streams.strings);
        StringHeap::new(data, base)
    }

    pub fn blobs(&self) -> BlobHeap<'_> {
        let (data, base) = self.stream(&self.streams.blob);
        BlobHeap::new(data, base)
    }

    pub fn guids(&self) -> GuidHeap<'_> {
        let (data, base) = self.stream(&self.streams.guid);
        GuidHeap::new(data, base)
    }

    pub fn user_strings(&self) -> UserStringHeap<'_> {
        let (data, base) = self.stream(&self.streams.user_strings);
        UserStringHeap::new(data, base)
    }

    pub fn row_count(&self, table: TableId) -> u32 {
        self.tables.row_count(table)
    }

    /// Row `rid` of the table `R` belongs to.
    pub fn row<R: Row>(&self, rid: u32) -> Result<R> {
        self.tables.row(self.data(), rid)
    }

    /// Every row of the table `R` belongs to, with its RID.
    pub fn rows<R: Row>(&self) -> impl Iterator<Item = (u32, Result<R>)> + '_ {
        (1..=self.row_count(R::TABLE)).map(move |rid| (rid, self.row(rid)))
    }

    pub fn string(&self, index: StringIndex) -> Result<std::borrow::Cow<'_, str>> {
        self.strings().get(index)
    }

    /// A reader over the blob at `index`, naming `structure` in its errors.
    pub fn blob(&self, index: BlobIndex, structure: &'static str) -> Result<ByteReader<'_>> {
        self.blobs().reader(index, structure)
    }

    /// The body of the method at `rva` (non-zero).
    pub fn method_body(&self, rva: u32) -> Result<MethodBody<'_>> {
        let (offset, available) = self.container.stored_at(rva, "method body")?;
        MethodBody::parse(&self.data()[offset..offset + available], offset, rva)
    }

    /// The RIDs of `target` owned by row `rid` of `owner`, whose list column is `column` (II.22: a list runs
    /// up to the next row's start). Goes through the pointer table when the file has one.
    pub fn member_list(&self, owner: TableId, rid: u32, column: usize, target: TableId) -> Result<MemberList> {
        let direct_rows = target.pointer_table().map_or(0, |p| self.row_count(p));
        let pointer = target.pointer_table().filter(|_| direct_rows > 0);
        let limit = if pointer.is_some() { direct_rows } else { self.row_count(target) };
        let data = self.data();
        let start = self.tables.column(data, owner, rid, column)?;
        let end =
            if rid < self.row_count(owner) { self.tables.column(data, owner, rid + 1, column)? } else { limit + 1 };
        let offset = self.tables.layout(owner).offset;
        if start == 0 || start > end || end > limit + 1 {
            return Err(Error::invalid(owner.row_structure(), offset, "member list runs outside its table"));
        }
        Ok(MemberList { range: start..end, pointer })
    }

    /// The fields of TypeDef `rid`.
    pub fn type_fields(&self, rid: u32) -> Result<MemberList> {
        self.member_list(TableId::TypeDef, rid, 4, TableId::Field)
    }

    /// The methods of TypeDef `rid`.
    pub fn type_methods(&self, rid: u32) -> Result<MemberList> {
        self.member_list(TableId::TypeDef, rid, 5, TableId::MethodDef)
    }

    /// The parameters of MethodDef `rid`.
    pub fn method_params(&self, rid: u32) -> Result<MemberList> {
        self.member_list(TableId::MethodDef, rid, 5, TableId::Param)
    }

    /// RIDs of the rows of `table` whose coded-index `column` refers to `token`.
    pub fn rows_referring_to(&self, table: TableId, column: usize, token: Token) -> Result<Range<u32>> {
        let Column::Coded(coded) = table.columns()[column] else {
            return self.tables.equal_range(self.data(), table, column, token.rid());
        };
        match coded.encode(token) {
            Some(key) => self.tables.equal_range(self.data(), table, column, key),
            None => Ok(0..0),
        }
    }

    /// The custom attributes attached to `token`.
    pub fn custom_attributes_of(&self, token: Token) -> Result<Range<u32>> {
        self.rows_referring_to(TableId::CustomAttribute, 0, token)
    }

    /// The generic parameters of a TypeDef or MethodDef.
    pub fn generic_params_of(&self, token: Token) -> Result<Range<u32>> {
        self.rows_referring_to(TableId::GenericParam, 2, token)
    }

    /// The TypeDef that encloses TypeDef `rid`, if it is nested.
    pub fn enclosing_type(&self, rid: u32) -> Result<Option<u32>> {
        let range = self.tables.equal_range(self.data(), TableId::NestedClass, 0, rid)?;
        match range.start {
            nested if nested < range.end => Ok(Some(self.row::<NestedClassRow>(nested)?.enclosing)),
            _ => Ok(None),
        }
    }

    /// The signature blob of a MethodDef or MemberRef, and the MemberRef's parent (None for a MethodDef).
    pub fn method_signature_and_parent(&self, method: Token) -> Result<(ByteReader<'_>, Option<Token>)> {
        match method.table() {
            Some(TableId::MethodDef) => {
                let row: MethodDefRow = self.row(method.rid())?;
                Ok((self.blob(row.signature, "method signature")?, None))
            }
            Some(TableId::MemberRef) => {
                let row: MemberRefRow = self.row(method.rid())?;
                Ok((self.blob(row.signature, "member reference signature")?, Some(row.parent)))
            }
            _ => Err(Error::invalid("custom attribute constructor", 0, "constructor is not a MethodDef or MemberRef")),
        }
    }

    /// The signature blob of TypeSpec `token`.
    pub fn type_spec_blob(&self, token: Token) -> Result<ByteReader<'_>> {
        let row: TypeSpecRow = self.row(token.rid())?;
        self.blob(row.signature, "type specification signature")
    }

    /// The TypeDef RID with the given full name (`Namespace.Outer+Inner`).
    pub fn find_type(&self, full_name: &str) -> Option<u32> {
        let index = self.type_index.get_or_init(|| {
            let mut index = HashMap::new();
            for rid in 1..=self.row_count(TableId::TypeDef) {
                if let Ok(name) = self.type_full_name(Token::new(TableId::TypeDef, rid)) {
                    index.entry(name).or_insert(rid);
                }
            }
            index
        });
        index.get(full_name).copied()
    }

    /// If `full_name` is an enum defined here, the type of its instance field (`value__`).
    pub fn enum_underlying_type(&self, full_name: &str) -> Option<PrimitiveType> {
        let rid = self.find_type(full_name)?;
        let row: TypeDefRow = self.row(rid).ok()?;
        if row.extends.is_nil() || self.type_full_name(row.extends).ok()? != "System.Enum" {
            return None;
        }
        const FIELD_STATIC: u16 = 0x10;
        for field_rid in self.type_fields(rid).ok()?.rids(self) {
            let field: FieldRow = self.row(field_rid.ok()?).ok()?;
            if field.flags & FIELD_STATIC != 0 {
                continue;
            }
            let mut sig = self.blob(field.signature, "field signature").ok()?;
            if sig.u8().ok()? != crate::signature::SignatureHeader::FIELD {
                return None;
            }
            return PrimitiveType::from_element_type(sig.u8().ok()?);
        }
        None
    }
}

/// A run of RIDs of one table, possibly through its pointer table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberList {
    /// RIDs of the pointer table if there is one, else of the target table.
    pub range: Range<u32>,
    pointer: Option<TableId>,
}

impl MemberList {
    pub fn len(&self) -> usize {
        self.range.len()
    }

    pub fn is_empty(&self) -> bool {
        self.range.is_empty()
    }

    /// The target table's RIDs.
    pub fn rids<'a>(&self, assembly: &'a Assembly) -> impl Iterator<Item = Result<u32>> + 'a {
        let pointer = self.pointer;
        self.range.clone().map(move |rid| match pointer {
            None => Ok(rid),
            Some(table) => assembly.tables.column(assembly.data(), table, rid, 0),
        })
    }
}
