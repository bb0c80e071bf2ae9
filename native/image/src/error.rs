//! The image crate's error: what was wrong and where (which structure, which byte offset of the payload or
//! module).

/// A problem writing or reading an image.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The bytes of an image being read are malformed.
    #[error("{structure} at byte offset {offset:#x}: {reason}")]
    Malformed { structure: &'static str, offset: usize, reason: String },
    /// A component assembly could not be read or laid out.
    #[error("component {component}: {reason}")]
    Component { component: String, reason: String },
    /// The image the writer produced did not validate (a writer bug, reported rather than emitted).
    #[error("the emitted module does not validate: {0}")]
    Invalid(String),
}

impl Error {
    pub(crate) fn malformed(structure: &'static str, offset: usize, reason: impl Into<String>) -> Self {
        Error::Malformed { structure, offset, reason: reason.into() }
    }
}

impl From<wasmr2r_metadata::Error> for Error {
    fn from(e: wasmr2r_metadata::Error) -> Self {
        Error::Malformed { structure: e.structure, offset: e.offset, reason: e.to_string() }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
