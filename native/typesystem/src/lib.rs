//! The type system: the assemblies of one compilation as a closed world (`world`, `defs`), and on it interned
//! types and methods with their instantiations (`types`, built from signatures by `sig`, members resolved by
//! `members`), field layout as Mono's wasm32 runtime computes it (`layout`), and virtual slots and interface
//! maps (`vtable`). The compiler asks it, never the raw signatures.

mod defs;
mod error;
pub mod flags;
pub mod layout;
mod members;
mod names;
pub mod sig;
mod types;
pub mod vtable;
mod world;

pub use defs::{FieldDefId, MethodDefId, TypeDefId};
pub use error::TypeError;
pub use layout::{FieldSlot, InstanceLayout, OBJECT_HEADER_SIZE, POINTER_SIZE, StaticLayout, StaticSlot, Storage};
pub use members::{MethodRef, same_shape};
pub use sig::GenericContext;
pub use types::{
    FieldId, FnSig, Kind, MAX_GENERIC_DEPTH, MethodData, MethodId, MethodSig, TypeData, TypeId, TypeKey, TypeSystem,
    WellKnown,
};
pub use vtable::{Slot, VTable};
pub use world::World;
