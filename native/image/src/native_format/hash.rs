//! CoreCLR's version-resilient hashes: hash codes computed from names only (never from tokens or layout), so
//! that they stay the same when an assembly is recompiled or its dependencies change. They key the
//! `AvailableTypes` and `InstanceMethodEntryPoints` hashtables and must match the runtime bit for bit.
//!
//! All functions work on `u32` (the C sources use `int` with wrapping arithmetic; only the bits matter).
//!
//! Building blocks, composed the way the runtime composes them:
//!
//! * a type definition: `type_name_hash(namespace, name)`, then for a nested type
//!   `nested_type_hash(enclosing type's hash, that)`;
//! * an instantiated generic type: `generic_instance_hash(definition's hash, argument hashes)`;
//! * arrays, pointers, byrefs: `array_type_hash`, `pointer_type_hash`, `byref_type_hash`;
//! * a method: `method_hash(owning type's hash, name_hash(name))`, or `generic_method_hash` when the method
//!   itself has an instantiation.
//!
//! `AvailableTypes` is keyed differently: by [`typedef_hash`], which XORs the namespace/name hashes of a type
//! and all its enclosing types without the nested-type mixing.

/// The rotate-and-add step shared by all combinators: `h + rotl(h, n)`.
fn spread(h: u32, n: u32) -> u32 {
    h.wrapping_add(h.rotate_left(n))
}

/// `ComputeNameHashCode` over UTF-8 bytes: two rotate-xor accumulators, the first taking the bytes at even
/// positions (starting from `0x6DA3B944`), the second those at odd positions (starting from 0), each finalised
/// with `h + rotl(h, 8)` and XORed together. The empty string hashes to 0.
///
/// Each byte enters as a *signed* char, sign-extended to 32 bits, as crossgen2 does (`(sbyte)b`) and as CoreCLR
/// does where `char` is signed; this only matters for non-ASCII names.
pub fn name_hash_bytes(bytes: &[u8]) -> u32 {
    if bytes.is_empty() {
        return 0;
    }
    let mut even: u32 = 0x6DA3_B944;
    let mut odd: u32 = 0;
    for pair in bytes.chunks(2) {
        even = spread(even, 5) ^ (pair[0] as i8 as i32 as u32);
        if let Some(&b) = pair.get(1) {
            odd = spread(odd, 5) ^ (b as i8 as i32 as u32);
        }
    }
    spread(even, 8) ^ spread(odd, 8)
}

/// [`name_hash_bytes`] of the UTF-8 encoding of `name`.
pub fn name_hash(name: &str) -> u32 {
    name_hash_bytes(name.as_bytes())
}

/// The hash of a type definition's own name: the namespace and the name are hashed separately and XORed
/// (an empty namespace contributes 0).
pub fn type_name_hash(namespace: &str, name: &str) -> u32 {
    name_hash(namespace) ^ name_hash(name)
}

/// Mixes the hash of an enclosing type into a nested type's [`type_name_hash`].
pub fn nested_type_hash(enclosing: u32, nested_name_hash: u32) -> u32 {
    spread(enclosing, 11) ^ nested_name_hash
}

/// The hash of a generic instantiation, from the definition's hash and the arguments' hashes in order.
pub fn generic_instance_hash(definition: u32, arguments: &[u32]) -> u32 {
    let folded = arguments.iter().fold(definition, |h, &arg| spread(h, 13) ^ arg);
    spread(folded, 15)
}

/// The hash of an array type of the given rank (a single-dimensional array is rank 1). For rank 1 this equals
/// ``generic_instance_hash(name_hash("System.Array`1"), &[element])``, the hash NativeAOT gives arrays.
pub fn array_type_hash(element: u32, rank: u32) -> u32 {
    let h = 0xD531_3556u32.wrapping_add(rank);
    spread(spread(h, 13) ^ element, 15)
}

/// The hash of an unmanaged pointer to a type.
pub fn pointer_type_hash(pointee: u32) -> u32 {
    spread(pointee, 5) ^ 0x12D0
}

/// The hash of a byref to a type.
pub fn byref_type_hash(parameter: u32) -> u32 {
    spread(parameter, 7) ^ 0x4C85
}

/// The hash of a non-generic method (or of a method on a generic type): the owning type's hash XOR the hash
/// of the method's name.
pub fn method_hash(owning_type: u32, method_name_hash: u32) -> u32 {
    owning_type ^ method_name_hash
}

/// The hash of an instantiated generic method: the method name's hash is combined with the method's own type
/// arguments like a generic instance before the owning type's hash is XORed in.
pub fn generic_method_hash(owning_type: u32, method_name_hash: u32, arguments: &[u32]) -> u32 {
    owning_type ^ generic_instance_hash(method_name_hash, arguments)
}

/// The `AvailableTypes` key of a type definition (or exported type): the XOR of `type_name_hash(namespace,
/// name)` over the type and each of its enclosing types, given innermost first (the order does not matter).
pub fn typedef_hash<'s>(names: impl IntoIterator<Item = (&'s str, &'s str)>) -> u32 {
    names.into_iter().fold(0, |h, (namespace, name)| h ^ type_name_hash(namespace, name))
}
