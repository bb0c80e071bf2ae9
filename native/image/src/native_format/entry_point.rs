//! The value stored for a compiled method in `MethodDefEntryPoints` (and, after a signature blob, in
//! `InstanceMethodEntryPoints`).
//!
//! ```text
//! no fixups:             unsigned  index << 1
//! fixups that follow:    unsigned  (index << 2) | 1,  then the fixup list
//! fixups shared:         unsigned  (index << 2) | 3,  unsigned distance
//! ```
//!
//! `index` is the method's first entry in RuntimeFunctions. In the shared form, `distance` counts back from
//! the byte after the `id` integer (where an inline list would have started) to a fixup list written earlier in
//! the same section: crossgen2 writes each distinct list once, with the first entry that needs it, and lets
//! the others refer to it. ReadyToRun's format document only describes the first two forms; CoreCLR's
//! `ReadyToRunInfo::GetEntryPoint` and crossgen2's `EntryPointVertex` also have the third.

use super::array::check_runtime_function_index;
use super::{NativeFormatError, NativeReader, NfResult, write_unsigned};

/// How [`write_method_entry`] writes a method's fixups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryFixups<'a> {
    /// The method has no fixups.
    None,
    /// Write this encoded fixup list right after the `id`.
    Inline(&'a [u8]),
    /// Refer back to a fixup list already written at this offset of the output buffer.
    Shared { offset: usize },
}

/// Appends a method entry to `out`. The runtime-function index must be below 2^30 (2^31 without fixups), and
/// a shared list must lie before the entry.
pub fn write_method_entry(out: &mut Vec<u8>, runtime_function_index: u32, fixups: EntryFixups<'_>) -> NfResult<()> {
    match fixups {
        EntryFixups::None => {
            if runtime_function_index >= 1 << 31 {
                return Err(NativeFormatError::Unencodable {
                    what: "runtime function index",
                    value: u64::from(runtime_function_index),
                });
            }
            write_unsigned(out, runtime_function_index << 1);
        }
        EntryFixups::Inline(list) => {
            check_runtime_function_index(runtime_function_index)?;
            write_unsigned(out, (runtime_function_index << 2) | 1);
            out.extend_from_slice(list);
        }
        EntryFixups::Shared { offset } => {
            check_runtime_function_index(runtime_function_index)?;
            let id = (runtime_function_index << 2) | 3;
            let after_id = out.len() + super::unsigned_size(id);
            let distance = after_id
                .checked_sub(offset)
                .and_then(|d| u32::try_from(d).ok())
                .ok_or(NativeFormatError::Unencodable { what: "shared fixup list offset", value: offset as u64 })?;
            write_unsigned(out, id);
            write_unsigned(out, distance);
        }
    }
    Ok(())
}

/// Where a method's fixup list is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodEntryFixups {
    /// The offset of the fixup list (decode it with [`decode_fixup_list`](super::decode_fixup_list)).
    pub offset: usize,
    /// Whether the entry referred back to a list written for an earlier entry.
    pub shared: bool,
}

/// A decoded method entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodEntry {
    /// The method's first entry in RuntimeFunctions.
    pub runtime_function_index: u32,
    pub fixups: Option<MethodEntryFixups>,
}

/// Decodes the method entry at `offset` of `data` (for `InstanceMethodEntryPoints`, the offset just past the
/// signature blob).
pub fn read_method_entry(data: &[u8], offset: usize) -> NfResult<MethodEntry> {
    let mut r = NativeReader::at(data, offset);
    let id = r.read_unsigned()?;
    if id & 1 == 0 {
        return Ok(MethodEntry { runtime_function_index: id >> 1, fixups: None });
    }
    let after_id = r.position();
    let fixups = if id & 2 != 0 {
        let distance = r.read_unsigned()?;
        let target = after_id
            .checked_sub(distance as usize)
            .ok_or(NativeFormatError::OutOfRange { what: "shared fixup list distance", offset: after_id })?;
        MethodEntryFixups { offset: target, shared: true }
    } else {
        MethodEntryFixups { offset: after_id, shared: false }
    };
    Ok(MethodEntry { runtime_function_index: id >> 2, fixups: Some(fixups) })
}
