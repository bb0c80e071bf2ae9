//! What can go wrong when the type system builds types and members from metadata.

/// Why a type, member or layout could not be built. Messages name the type or member in question.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TypeError {
    #[error("{0}")]
    Metadata(#[from] wasmr2r_metadata::Error),
    #[error("assembly '{0}' is not among the inputs")]
    MissingAssembly(String),
    #[error("type '{name}' not found in '{assembly}'")]
    MissingType { name: String, assembly: String },
    #[error("member '{name}' not found on '{owner}'")]
    MissingMember { name: String, owner: String },
    /// Metadata that breaks a rule of ECMA-335 (a bad signature, a layout that overlaps a reference...).
    #[error("{0}")]
    Invalid(String),
    /// Valid metadata the type system does not handle yet.
    #[error("{0}")]
    Unsupported(String),
}
