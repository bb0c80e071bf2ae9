//! The assemblies of one compilation as a closed world: find an assembly by name, follow TypeRefs and type
//! forwarders to their TypeDefs, resolve MemberRefs to MethodDefs and fields, and classify signature types.
//!
//! Types beyond primitives (field layout, vtables, generic instantiation) come with the object model.

mod resolve;
mod world;

pub use resolve::{FieldId, MethodId, ResolveError, TypeId};
pub use world::World;
