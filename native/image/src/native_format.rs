//! CoreCLR's "Native Format": the self-relative encodings that the ReadyToRun tables are made of, with each
//! writer next to the reader that undoes it.
//!
//! * [`varint`]: the 1–5 byte integers (the low bits of the first byte give the length; this is *not*
//!   LEB128) and [`NativeReader`], a bounds-checked cursor over a byte slice.
//! * [`array`](mod@array): `NativeArray`, the sparse array behind `MethodDefEntryPoints` (blocks of 16
//!   elements, each a binary tree of depth 4).
//! * [`hashtable`]: `NativeHashtable`, behind `AvailableTypes` and `InstanceMethodEntryPoints` (buckets of
//!   `(low hash byte, relative offset)` entries).
//! * [`hash`]: the version-resilient type, method and name hashes those hashtables are keyed by.
//! * [`fixups`]: the nibble stream and the fixup lists that gate a method's first call.
//! * [`entry_point`]: the value stored for a method in the entry-point tables (`id` with the fixup bits).
//!
//! The table builders reproduce crossgen2's output byte for byte: the same vertex placement, the same
//! iterate-until-stable layout (see the private `layout` module), the same bucket count and entry order.
//! Every reader is total: arbitrary bytes give a [`NativeFormatError`] naming what was wrong and at which byte
//! offset, never a panic.
//!
//! All offsets that readers take and return are byte offsets into the slice they were given, which is expected
//! to hold the whole section (the encodings are self-relative, so the section can sit anywhere in the image).
//!
//! The readers are slightly stricter than CoreCLR's: they reject cell width 3 in `NativeArray` headers (CoreCLR
//! reads 4-byte cells) and relative offsets that leave the slice, and they sign-extend every signed integer
//! (the VM's C++ `DecodeSigned` only does so for the 5-byte form, which is harmless there because R2R tables
//! only point forward; the builders here also only point forward).

pub mod array;
pub mod entry_point;
pub mod fixups;
pub mod hash;
pub mod hashtable;
mod layout;
pub mod varint;

#[cfg(test)]
mod tests;

pub use array::{NativeArrayBuilder, NativeArrayReader};
pub use entry_point::{EntryFixups, MethodEntry, MethodEntryFixups, read_method_entry, write_method_entry};
pub use fixups::{FixupCell, FixupList, NibbleReader, NibbleWriter, decode_fixup_list, encode_fixup_list};
pub use hash::{
    array_type_hash, byref_type_hash, generic_instance_hash, generic_method_hash, method_hash, name_hash,
    name_hash_bytes, nested_type_hash, pointer_type_hash, type_name_hash, typedef_hash,
};
pub use hashtable::{Candidates, HashtableEntries, HashtableEntry, NativeHashtableBuilder, NativeHashtableReader};
pub use varint::{NativeReader, signed_size, unsigned_size, write_signed, write_unsigned};

/// What was wrong with Native Format bytes (or with a value handed to a writer), and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NativeFormatError {
    /// The data ends inside a value that starts at `offset`.
    #[error("truncated: {what} at byte offset {offset} runs past the end of the data")]
    Truncated { what: &'static str, offset: usize },
    /// The bytes at `offset` use an encoding that is reserved or belongs to another form (for example the
    /// 9-byte 64-bit integer where a 32-bit one is expected).
    #[error("reserved encoding: {what} at byte offset {offset}")]
    Reserved { what: &'static str, offset: usize },
    /// A value read at `offset` points outside the data or overflows when it is applied.
    #[error("out of range: {what} read at byte offset {offset}")]
    OutOfRange { what: &'static str, offset: usize },
    /// A writer was handed a value the encoding cannot represent.
    #[error("cannot encode {what}: {value} is too large")]
    Unencodable { what: &'static str, value: u64 },
}

pub(crate) type NfResult<T> = std::result::Result<T, NativeFormatError>;
