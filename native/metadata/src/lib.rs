//! A zero-copy reader for .NET assemblies (ECMA-335) in PE files and WebCIL payloads.
//!
//! Open a file with [`Assembly::open`]; read rows with [`Assembly::row`], heaps with [`Assembly::strings`]
//! and friends, signatures with [`SignatureDecoder`], method bodies with [`Assembly::method_body`] and
//! custom attributes with [`custom_attribute::decode`]. Every failure is an [`Error`] that names the
//! structure and the byte offset in the file.

pub mod assembly;
pub mod body;
pub mod bytes;
pub mod cli_header {
    //! The CLI header lives with the metadata root; re-exported here under its own name.
    pub use crate::root::{CliHeader, Directory};
}
pub mod check;
pub mod container;
pub mod custom_attribute;
pub mod error;
pub mod heaps;
pub mod il;
pub mod installed;
pub mod names;
pub mod resources;
pub mod root;
pub mod schema;
pub mod signature;
pub mod subset;
pub mod tables;
pub mod token;

pub use assembly::{Assembly, LoadError, MemberList};
pub use body::{ExceptionClause, HandlerKind, MethodBody};
pub use error::{Error, ErrorKind, Result};
pub use names::{AssemblyIdentity, TypeNameFormatter};
pub use schema::*;
pub use signature::{MethodSignature, PrimitiveType, SignatureDecoder, SignatureHeader, SignatureProvider, TypeKind};
pub use token::Token;

#[cfg(test)]
mod thread_safety {
    #[test]
    fn assembly_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<super::Assembly>();
    }
}
