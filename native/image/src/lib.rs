//! The R2R-Wasm image: a WebCIL v1 module whose payload carries the component assemblies' metadata and the
//! ReadyToRun header and tables, with writers and readers side by side (the readers back `wasmr2r dump`).
//! `docs/format.md` describes the bytes.

pub mod component;
pub mod envelope;
pub mod error;
pub mod features;
pub mod link;
pub mod native_format;
pub mod payload;
pub mod r2r;
pub mod reader;
pub mod reloc;
pub mod tables;
pub mod writer;

pub use envelope::Shape;
pub use error::{Error, Result};
pub use link::{CodeReloc, CodeRelocKind, CompiledFunction, DataNode, DataReloc, DataRelocKind, SymbolRef};
pub use reader::Image;
pub use writer::{Component, ImageInput, ImageSizes, MethodEntry, write};
