//! The one error type of the reader: which structure was being read, at which byte offset of the file,
//! and what was wrong with it.

use std::fmt;

/// A problem found while reading an assembly.
///
/// Boxed, so that the `Result`s of the hot little reads (`u8`, `compressed_u32`) stay two words wide; the
/// fields are reached through `Deref` (`error.offset`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Error(Box<Located>);

/// Which structure was being read, where, and what was wrong.
///
/// `offset` is a byte offset into the file that was opened (not into a heap or section), so a hex dump of the
/// file shows the culprit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The structure being read, e.g. `"#Blob heap"`, `"method body"`, `"TypeDef row"`.
    pub structure: &'static str,
    /// Byte offset in the file where the problem was found.
    pub offset: usize,
    /// What was wrong.
    pub kind: ErrorKind,
}

impl std::ops::Deref for Error {
    type Target = Located;
    fn deref(&self) -> &Located {
        &self.0
    }
}

/// What was wrong with the bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The structure needs `needed` bytes but only `available` remain.
    Truncated { needed: usize, available: usize },
    /// A magic number or signature did not match.
    BadMagic { expected: &'static str },
    /// A field holds a value the format does not allow.
    Invalid(&'static str),
    /// An index points past the end of what it indexes.
    OutOfRange { index: u64, limit: u64 },
    /// The file is well formed but not something this reader handles.
    Unsupported(&'static str),
    /// The file is not a .NET assembly (no CLI header).
    NotManaged(&'static str),
    /// The bytes are fine but refer to something outside this file that could not be found (an enum type
    /// named by a custom attribute).
    Unresolved(&'static str),
}

impl Error {
    #[cold]
    pub(crate) fn new(structure: &'static str, offset: usize, kind: ErrorKind) -> Self {
        Error(Box::new(Located { structure, offset, kind }))
    }

    pub(crate) fn invalid(structure: &'static str, offset: usize, why: &'static str) -> Self {
        Self::new(structure, offset, ErrorKind::Invalid(why))
    }

    pub(crate) fn out_of_range(structure: &'static str, offset: usize, index: u64, limit: u64) -> Self {
        Self::new(structure, offset, ErrorKind::OutOfRange { index, limit })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte offset {:#x}: ", self.structure, self.offset)?;
        match &self.kind {
            ErrorKind::Truncated { needed, available } => {
                write!(f, "truncated (needs {needed} bytes, {available} available)")
            }
            ErrorKind::BadMagic { expected } => write!(f, "bad signature (expected {expected})"),
            ErrorKind::Invalid(why) => f.write_str(why),
            ErrorKind::OutOfRange { index, limit } => {
                write!(f, "index {index} out of range (limit {limit})")
            }
            ErrorKind::Unsupported(what) => write!(f, "unsupported: {what}"),
            ErrorKind::NotManaged(why) => write!(f, "not a .NET assembly: {why}"),
            ErrorKind::Unresolved(what) => write!(f, "unresolved: {what}"),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
