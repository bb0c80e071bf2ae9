//! The ECMA-335 table schema (Partition II §22): table numbers, columns, coded indices, and one typed row
//! struct per table. Everything here is static; how a given file lays the tables out is in `tables`.

use crate::error::{Error, Result};
use crate::tables::RawRow;
use crate::token::Token;

/// An index into the `#Strings` heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct StringIndex(pub u32);

/// An index into the `#Blob` heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct BlobIndex(pub u32);

/// A 1-based index into the `#GUID` heap (0 = no GUID).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct GuidIndex(pub u32);

/// The kind of one column, which decides its width in a given file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    U16,
    U32,
    Str,
    Guid,
    Blob,
    /// A RID of the given table.
    Table(TableId),
    /// A RID of one of several tables, with the table in the low tag bits.
    Coded(CodedIndex),
}

/// The coded index kinds of II.24.2.6.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodedIndex {
    TypeDefOrRef,
    HasConstant,
    HasCustomAttribute,
    HasFieldMarshal,
    HasDeclSecurity,
    MemberRefParent,
    HasSemantics,
    MethodDefOrRef,
    MemberForwarded,
    Implementation,
    CustomAttributeType,
    ResolutionScope,
    TypeOrMethodDef,
}

impl CodedIndex {
    /// The tables in tag order; `None` marks a tag value the format leaves unused.
    pub fn tables(self) -> &'static [Option<TableId>] {
        use TableId::*;
        match self {
            CodedIndex::TypeDefOrRef => &[Some(TypeDef), Some(TypeRef), Some(TypeSpec)],
            CodedIndex::HasConstant => &[Some(Field), Some(Param), Some(Property)],
            CodedIndex::HasCustomAttribute => &[
                Some(MethodDef),
                Some(Field),
                Some(TypeRef),
                Some(TypeDef),
                Some(Param),
                Some(InterfaceImpl),
                Some(MemberRef),
                Some(Module),
                Some(DeclSecurity),
                Some(Property),
                Some(Event),
                Some(StandAloneSig),
                Some(ModuleRef),
                Some(TypeSpec),
                Some(Assembly),
                Some(AssemblyRef),
                Some(File),
                Some(ExportedType),
                Some(ManifestResource),
                Some(GenericParam),
                Some(GenericParamConstraint),
                Some(MethodSpec),
            ],
            CodedIndex::HasFieldMarshal => &[Some(Field), Some(Param)],
            CodedIndex::HasDeclSecurity => &[Some(TypeDef), Some(MethodDef), Some(Assembly)],
            CodedIndex::MemberRefParent => {
                &[Some(TypeDef), Some(TypeRef), Some(ModuleRef), Some(MethodDef), Some(TypeSpec)]
            }
            CodedIndex::HasSemantics => &[Some(Event), Some(Property)],
            CodedIndex::MethodDefOrRef => &[Some(MethodDef), Some(MemberRef)],
            CodedIndex::MemberForwarded => &[Some(Field), Some(MethodDef)],
            CodedIndex::Implementation => &[Some(File), Some(AssemblyRef), Some(ExportedType)],
            CodedIndex::CustomAttributeType => &[None, None, Some(MethodDef), Some(MemberRef), None],
            CodedIndex::ResolutionScope => &[Some(Module), Some(ModuleRef), Some(AssemblyRef), Some(TypeRef)],
            CodedIndex::TypeOrMethodDef => &[Some(TypeDef), Some(MethodDef)],
        }
    }

    /// How many low bits carry the table tag.
    pub fn tag_bits(self) -> u32 {
        usize::BITS - (self.tables().len() - 1).leading_zeros()
    }

    /// Splits a stored value into a token; `offset` locates the column for the error.
    pub fn decode(self, raw: u32, offset: usize) -> Result<Token> {
        let bits = self.tag_bits();
        let tag = (raw & ((1 << bits) - 1)) as usize;
        match self.tables().get(tag).copied().flatten() {
            Some(table) => Ok(Token::new(table, raw >> bits)),
            None => Err(Error::invalid("coded index", offset, "coded index has an unused tag")),
        }
    }

    /// The stored value of `token` (the inverse of [`decode`](Self::decode)).
    pub fn encode(self, token: Token) -> Option<u32> {
        let tag = self.tables().iter().position(|t| *t == token.table())?;
        Some(token.rid() << self.tag_bits() | tag as u32)
    }
}

/// A typed row of one table.
pub trait Row: Sized {
    const TABLE: TableId;
    /// Decodes the row's columns.
    fn from_row(row: &RawRow) -> Result<Self>;
}

macro_rules! column_kind {
    (U16) => {
        Column::U16
    };
    (U32) => {
        Column::U32
    };
    (Str) => {
        Column::Str
    };
    (Guid) => {
        Column::Guid
    };
    (Blob) => {
        Column::Blob
    };
    ((Table $t:ident)) => {
        Column::Table(TableId::$t)
    };
    ((Coded $c:ident)) => {
        Column::Coded(CodedIndex::$c)
    };
}

macro_rules! column_type {
    (U16) => {
        u16
    };
    (U32) => {
        u32
    };
    (Str) => {
        StringIndex
    };
    (Guid) => {
        GuidIndex
    };
    (Blob) => {
        BlobIndex
    };
    ((Table $t:ident)) => {
        u32
    };
    ((Coded $c:ident)) => {
        Token
    };
}

macro_rules! column_value {
    (U16, $raw:expr, $at:expr) => {
        $raw as u16
    };
    (U32, $raw:expr, $at:expr) => {
        $raw
    };
    (Str, $raw:expr, $at:expr) => {
        StringIndex($raw)
    };
    (Guid, $raw:expr, $at:expr) => {
        GuidIndex($raw)
    };
    (Blob, $raw:expr, $at:expr) => {
        BlobIndex($raw)
    };
    ((Table $t:ident), $raw:expr, $at:expr) => {
        $raw
    };
    ((Coded $c:ident), $raw:expr, $at:expr) => {
        CodedIndex::$c.decode($raw, $at)?
    };
}

macro_rules! define_tables {
    ($( $id:ident = $num:literal => $row:ident { $( $field:ident : $kind:tt ),* $(,)? } )*) => {
        /// The metadata tables, numbered as in II.22 (names as System.Reflection.Metadata's `TableIndex`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum TableId { $( $id = $num ),* }

        impl TableId {
            /// Every table, in table-number order.
            pub const ALL: &'static [TableId] = &[ $( TableId::$id ),* ];

            pub fn from_number(number: u8) -> Option<TableId> {
                TableId::ALL.get(usize::from(number)).copied()
            }

            pub fn name(self) -> &'static str {
                match self { $( TableId::$id => stringify!($id) ),* }
            }

            /// The name used in errors about this table's rows.
            pub fn row_structure(self) -> &'static str {
                match self { $( TableId::$id => concat!(stringify!($id), " row") ),* }
            }

            pub fn columns(self) -> &'static [Column] {
                match self { $( TableId::$id => &[ $( column_kind!($kind) ),* ] ),* }
            }
        }

        $(
            #[doc = concat!("A row of the ", stringify!($id), " table.")]
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            pub struct $row { $( pub $field: column_type!($kind) ),* }

            impl Row for $row {
                const TABLE: TableId = TableId::$id;
                #[inline]
                #[allow(unused_assignments, unused_variables)]
                fn from_row(row: &RawRow) -> Result<Self> {
                    let offset = row.offset;
                    let mut column = 0;
                    Ok($row { $( $field: {
                        let raw = row.get(column);
                        column += 1;
                        column_value!($kind, raw, offset)
                    } ),* })
                }
            }
        )*
    };
}

define_tables! {
    Module = 0x00 => ModuleRow { generation: U16, name: Str, mvid: Guid, enc_id: Guid, enc_base_id: Guid }
    TypeRef = 0x01 => TypeRefRow { resolution_scope: (Coded ResolutionScope), name: Str, namespace: Str }
    TypeDef = 0x02 => TypeDefRow {
        flags: U32, name: Str, namespace: Str, extends: (Coded TypeDefOrRef),
        field_list: (Table Field), method_list: (Table MethodDef),
    }
    FieldPtr = 0x03 => FieldPtrRow { field: (Table Field) }
    Field = 0x04 => FieldRow { flags: U16, name: Str, signature: Blob }
    MethodPtr = 0x05 => MethodPtrRow { method: (Table MethodDef) }
    MethodDef = 0x06 => MethodDefRow {
        rva: U32, impl_flags: U16, flags: U16, name: Str, signature: Blob, param_list: (Table Param),
    }
    ParamPtr = 0x07 => ParamPtrRow { param: (Table Param) }
    Param = 0x08 => ParamRow { flags: U16, sequence: U16, name: Str }
    InterfaceImpl = 0x09 => InterfaceImplRow { class: (Table TypeDef), interface: (Coded TypeDefOrRef) }
    MemberRef = 0x0A => MemberRefRow { parent: (Coded MemberRefParent), name: Str, signature: Blob }
    Constant = 0x0B => ConstantRow { element_type: U16, parent: (Coded HasConstant), value: Blob }
    CustomAttribute = 0x0C => CustomAttributeRow {
        parent: (Coded HasCustomAttribute), constructor: (Coded CustomAttributeType), value: Blob,
    }
    FieldMarshal = 0x0D => FieldMarshalRow { parent: (Coded HasFieldMarshal), native_type: Blob }
    DeclSecurity = 0x0E => DeclSecurityRow { action: U16, parent: (Coded HasDeclSecurity), permission_set: Blob }
    ClassLayout = 0x0F => ClassLayoutRow { packing_size: U16, class_size: U32, parent: (Table TypeDef) }
    FieldLayout = 0x10 => FieldLayoutRow { offset: U32, field: (Table Field) }
    StandAloneSig = 0x11 => StandAloneSigRow { signature: Blob }
    EventMap = 0x12 => EventMapRow { parent: (Table TypeDef), event_list: (Table Event) }
    EventPtr = 0x13 => EventPtrRow { event: (Table Event) }
    Event = 0x14 => EventRow { flags: U16, name: Str, event_type: (Coded TypeDefOrRef) }
    PropertyMap = 0x15 => PropertyMapRow { parent: (Table TypeDef), property_list: (Table Property) }
    PropertyPtr = 0x16 => PropertyPtrRow { property: (Table Property) }
    Property = 0x17 => PropertyRow { flags: U16, name: Str, signature: Blob }
    MethodSemantics = 0x18 => MethodSemanticsRow {
        semantics: U16, method: (Table MethodDef), association: (Coded HasSemantics),
    }
    MethodImpl = 0x19 => MethodImplRow {
        class: (Table TypeDef), body: (Coded MethodDefOrRef), declaration: (Coded MethodDefOrRef),
    }
    ModuleRef = 0x1A => ModuleRefRow { name: Str }
    TypeSpec = 0x1B => TypeSpecRow { signature: Blob }
    ImplMap = 0x1C => ImplMapRow {
        flags: U16, member_forwarded: (Coded MemberForwarded), import_name: Str, import_scope: (Table ModuleRef),
    }
    FieldRva = 0x1D => FieldRvaRow { rva: U32, field: (Table Field) }
    EncLog = 0x1E => EncLogRow { token: U32, func_code: U32 }
    EncMap = 0x1F => EncMapRow { token: U32 }
    Assembly = 0x20 => AssemblyRow {
        hash_algorithm: U32, major: U16, minor: U16, build: U16, revision: U16, flags: U32,
        public_key: Blob, name: Str, culture: Str,
    }
    AssemblyProcessor = 0x21 => AssemblyProcessorRow { processor: U32 }
    AssemblyOS = 0x22 => AssemblyOsRow { platform: U32, major: U32, minor: U32 }
    AssemblyRef = 0x23 => AssemblyRefRow {
        major: U16, minor: U16, build: U16, revision: U16, flags: U32, public_key_or_token: Blob,
        name: Str, culture: Str, hash_value: Blob,
    }
    AssemblyRefProcessor = 0x24 => AssemblyRefProcessorRow { processor: U32, assembly_ref: (Table AssemblyRef) }
    AssemblyRefOS = 0x25 => AssemblyRefOsRow {
        platform: U32, major: U32, minor: U32, assembly_ref: (Table AssemblyRef),
    }
    File = 0x26 => FileRow { flags: U32, name: Str, hash_value: Blob }
    ExportedType = 0x27 => ExportedTypeRow {
        flags: U32, type_def_id: U32, name: Str, namespace: Str, implementation: (Coded Implementation),
    }
    ManifestResource = 0x28 => ManifestResourceRow {
        offset: U32, flags: U32, name: Str, implementation: (Coded Implementation),
    }
    NestedClass = 0x29 => NestedClassRow { nested: (Table TypeDef), enclosing: (Table TypeDef) }
    GenericParam = 0x2A => GenericParamRow { number: U16, flags: U16, owner: (Coded TypeOrMethodDef), name: Str }
    MethodSpec = 0x2B => MethodSpecRow { method: (Coded MethodDefOrRef), instantiation: Blob }
    GenericParamConstraint = 0x2C => GenericParamConstraintRow {
        owner: (Table GenericParam), constraint: (Coded TypeDefOrRef),
    }
}

impl TableId {
    /// The pointer table that indirects lists of this table in uncompressed (`#-`) metadata.
    pub fn pointer_table(self) -> Option<TableId> {
        match self {
            TableId::Field => Some(TableId::FieldPtr),
            TableId::MethodDef => Some(TableId::MethodPtr),
            TableId::Param => Some(TableId::ParamPtr),
            TableId::Event => Some(TableId::EventPtr),
            TableId::Property => Some(TableId::PropertyPtr),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_numbered_densely() {
        for (number, table) in TableId::ALL.iter().enumerate() {
            assert_eq!(*table as usize, number);
        }
        assert_eq!(TableId::ALL.len(), 0x2D);
    }

    #[test]
    fn coded_index_tag_widths_match_ecma_335() {
        assert_eq!(CodedIndex::TypeDefOrRef.tag_bits(), 2);
        assert_eq!(CodedIndex::HasCustomAttribute.tag_bits(), 5);
        assert_eq!(CodedIndex::MemberRefParent.tag_bits(), 3);
        assert_eq!(CodedIndex::CustomAttributeType.tag_bits(), 3);
        assert_eq!(CodedIndex::HasSemantics.tag_bits(), 1);
    }

    #[test]
    fn coded_index_round_trips() {
        let token = Token::new(TableId::TypeSpec, 77);
        let raw = CodedIndex::TypeDefOrRef.encode(token).unwrap();
        assert_eq!(raw, 77 << 2 | 2);
        assert_eq!(CodedIndex::TypeDefOrRef.decode(raw, 0), Ok(token));
        assert!(CodedIndex::CustomAttributeType.decode(0, 0).is_err());
    }
}
