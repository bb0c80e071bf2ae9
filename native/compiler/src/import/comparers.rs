//! The default comparers and sort helpers: `EqualityComparer<T>.Default`, `Comparer<T>.Default` and the
//! `ArraySortHelper` behind `Array.Sort`. Mono's CoreLib makes them in `CreateComparer` and
//! `CreateArraySortHelper`, which pick the class with reflection at run time (`Type.IsAssignableFrom`, `IsEnum`,
//! `CreateInstanceForAnotherGenericParameter`): compiled as IL they would bring all of reflection into every image
//! that compares or sorts two values. The closed world knows the type arguments, so the compiler writes these
//! factories' bodies — `new C()` for the class the IL would pick, in the IL's order — as ILC does.

use super::builder::FunctionBuilder;
use crate::abi;
use crate::env::{ImportEnv, Unsupported, codes};
use crate::graph::Node;
use crate::ir::*;
use crate::runtime::Helper;
use wasmr2r_typesystem::{Kind, MethodId, TypeId, TypeSystem};

/// Which default comparer a `CreateComparer` makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComparerKind {
    /// `EqualityComparer<T>.CreateComparer`.
    Equality,
    /// `Comparer<T>.CreateComparer`.
    Ordering,
}

/// A factory whose body this module writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factory {
    /// `EqualityComparer<T>.CreateComparer` or `Comparer<T>.CreateComparer`.
    Comparer(ComparerKind),
    /// `ArraySortHelper<T>.CreateArraySortHelper` (`Array.Sort` of keys) or
    /// `ArraySortHelper<TKey, TValue>.CreateArraySortHelper` (keys and items).
    SortHelper,
}

const NAMESPACE: &str = "System.Collections.Generic";

/// Whether `method` is one of CoreLib's factories this module writes, and which.
pub fn factory_of(ts: &TypeSystem, method: MethodId) -> Option<Factory> {
    let data = ts.method(method);
    if !data.flags.is_static() || !matches!(data.name.as_ref(), "CreateComparer" | "CreateArraySortHelper") {
        return None;
    }
    let owner = ts.ty(data.owner).def?;
    if owner.assembly != ts.well_known.corelib {
        return None;
    }
    match (data.name.as_ref(), ts.world.type_def_name(owner).as_str()) {
        ("CreateComparer", "System.Collections.Generic.EqualityComparer`1") => {
            Some(Factory::Comparer(ComparerKind::Equality))
        }
        ("CreateComparer", "System.Collections.Generic.Comparer`1") => Some(Factory::Comparer(ComparerKind::Ordering)),
        (
            "CreateArraySortHelper",
            "System.Collections.Generic.ArraySortHelper`1" | "System.Collections.Generic.ArraySortHelper`2",
        ) => Some(Factory::SortHelper),
        _ => None,
    }
}

/// The IR of the factory `method` for its owner's type arguments: allocate the class the IL would pick and run its
/// parameterless constructor.
pub fn factory_body(
    ts: &mut TypeSystem,
    env: &mut dyn ImportEnv,
    method: MethodId,
    factory: Factory,
) -> Result<Function, Unsupported> {
    let owner = ts.method(method).owner;
    let args = ts.ty(owner).args.clone();
    let Some(&t) = args.first() else {
        return Err(Unsupported::new(codes::TYPE, "a comparer or sort helper factory without its type arguments"));
    };
    let class = match factory {
        Factory::Comparer(kind) => comparer_class(ts, t, kind)?,
        Factory::SortHelper => sort_helper_class(ts, owner, &args)?,
    };
    let ctor = ts
        .find_methods_named(class, ".ctor")?
        .into_iter()
        .find(|c| ts.method_sig(*c).is_ok_and(|s| s.params.is_empty()))
        .ok_or_else(|| {
            Unsupported::new(codes::CALL, format!("{} has no parameterless constructor", ts.type_name(class)))
        })?;
    // The owner's own class constructor is the one running: `CreateArraySortHelper` is called from it alone.
    if class != owner && ts.method_named(class, ".cctor")?.is_some() {
        return Err(Unsupported::new(
            codes::CALL,
            format!("{} has a class constructor the factory does not run", ts.type_name(class)),
        ));
    }
    let allocate = env.helper(ts, Helper::AllocObject)?;
    env.depend(Node::Method(allocate), "runtime helper");
    env.depend(Node::TypeHandle(class), "the default comparer or sort helper");
    env.depend(Node::Constructed(class), "the default comparer or sort helper");
    env.depend(Node::Method(ctor), "the default comparer's or sort helper's constructor");

    let sig = abi::method_signature(ts, method)?;
    let mut b = FunctionBuilder::new(ts.method_name(method), &sig);
    let mt = b.push_reg(Ty::I32, |dst| Inst::SymbolAddress { dst, symbol: Symbol::MethodTable(class) });
    let object = b.reg(Ty::Ref);
    b.push(Inst::Call { dst: Some(object), callee: Symbol::Method(allocate), args: vec![mt] });
    b.push(Inst::Call { dst: None, callee: Symbol::Method(ctor), args: vec![object] });
    b.end(Terminator::Return(Some(object)));
    Ok(b.finish())
}

/// The exact class of what `method` returns when it is `EqualityComparer<T>.Default` or `Comparer<T>.Default`: the
/// getter returns the object `CreateComparer` made, whose class the closed world knows. A call on it is then
/// direct (and may be inlined), as CoreCLR's JIT devirtualizes `EqualityComparer<T>.Default.Equals`.
pub fn default_comparer_class(ts: &mut TypeSystem, method: MethodId) -> Result<Option<TypeId>, Unsupported> {
    let data = ts.method(method);
    if !data.flags.is_static() || data.name.as_ref() != "get_Default" {
        return Ok(None);
    }
    default_comparer_of(ts, data.owner)
}

/// The class of the default comparer `owner` (`EqualityComparer<T>` or `Comparer<T>`) holds; `None` for other types.
fn default_comparer_of(ts: &mut TypeSystem, owner: TypeId) -> Result<Option<TypeId>, Unsupported> {
    let Some(def) = ts.ty(owner).def.filter(|d| d.assembly == ts.well_known.corelib) else { return Ok(None) };
    let kind = match ts.world.type_def_name(def).as_str() {
        "System.Collections.Generic.EqualityComparer`1" => ComparerKind::Equality,
        "System.Collections.Generic.Comparer`1" => ComparerKind::Ordering,
        _ => return Ok(None),
    };
    let Some(&t) = ts.ty(owner).args.first() else { return Ok(None) };
    Ok(Some(comparer_class(ts, t, kind)?))
}

/// The comparer class whose object the image preallocates as the default comparer of `owner`'s statics
/// (`EqualityComparer<T>` or `Comparer<T>`): `defaultComparer` then starts out pointing at it, `Default` never
/// calls `CreateComparer`, and code may use the object without calling the getter. Only a class without instance
/// fields qualifies (every comparer class CoreLib picks: their constructors do nothing), so that the object is just
/// its header.
pub fn preallocated_default(ts: &mut TypeSystem, owner: TypeId) -> Result<Option<TypeId>, Unsupported> {
    let Some(class) = default_comparer_of(ts, owner)? else { return Ok(None) };
    let layout = ts.instance_layout(class)?;
    let fieldless = layout.size <= abi::object::HEADER_SIZE && layout.fields.is_empty();
    Ok((fieldless && crate::graph::finalizer_of(ts, class)?.is_none()).then_some(class))
}

/// The comparer class CoreLib's `CreateComparer` picks for `t` (its IL, in order).
fn comparer_class(ts: &mut TypeSystem, t: TypeId, kind: ComparerKind) -> Result<TypeId, Unsupported> {
    let generic = |ts: &mut TypeSystem, name: &str, arg: TypeId| -> Result<TypeId, Unsupported> {
        let def = ts.world.find_type_def(ts.well_known.corelib, &format!("{NAMESPACE}.{name}"), 0)?;
        Ok(ts.inst_type(def, &[arg])?)
    };
    let (interface, by_interface, nullable, by_enum, otherwise) = match kind {
        ComparerKind::Equality => (
            "System.IEquatable`1",
            "GenericEqualityComparer`1",
            "NullableEqualityComparer`1",
            "EnumEqualityComparer`1",
            "ObjectEqualityComparer`1",
        ),
        ComparerKind::Ordering => {
            ("System.IComparable`1", "GenericComparer`1", "NullableComparer`1", "EnumComparer`1", "ObjectComparer`1")
        }
    };
    if kind == ComparerKind::Equality && t == ts.well_known.string {
        let def = ts.world.find_type_def(ts.well_known.corelib, &format!("{NAMESPACE}.StringEqualityComparer"), 0)?;
        return Ok(ts.def_type(def)?);
    }
    if implements_for_itself(ts, t, interface)? {
        return generic(ts, by_interface, t);
    }
    if let Some(u) = ts.nullable_argument(t) {
        return generic(ts, nullable, u);
    }
    if matches!(ts.ty(t).kind, Kind::Enum(_)) {
        return generic(ts, by_enum, t);
    }
    generic(ts, otherwise, t)
}

/// The sort helper CoreLib's `CreateArraySortHelper` picks for the keys' type (the first of `args`, the owner's type
/// arguments): `GenericArraySortHelper` (comparing through `IComparable<TKey>` without a comparer object) when the
/// keys compare with themselves, else the owner's own class.
fn sort_helper_class(ts: &mut TypeSystem, owner: TypeId, args: &[TypeId]) -> Result<TypeId, Unsupported> {
    if !implements_for_itself(ts, args[0], "System.IComparable`1")? {
        return Ok(owner);
    }
    let name = format!("{NAMESPACE}.GenericArraySortHelper`{}", args.len());
    let def = ts.world.find_type_def(ts.well_known.corelib, &name, 0)?;
    Ok(ts.inst_type(def, args)?)
}

/// Whether `t` is assignable to `I<t>` for the contravariant interface `interface` (`IEquatable<in T>`,
/// `IComparable<in T>`): it implements `I<t>`, or, being a reference type, `I<A>` for a base type or interface `A`
/// of its own.
fn implements_for_itself(ts: &mut TypeSystem, t: TypeId, interface: &str) -> Result<bool, Unsupported> {
    let def = ts.world.find_type_def(ts.well_known.corelib, interface, 0)?;
    let interfaces = ts.interfaces(t)?;
    let mut supertypes: Vec<TypeId> = interfaces.to_vec();
    let mut base = ts.base_type(t)?;
    while let Some(b) = base {
        supertypes.push(b);
        base = ts.base_type(b)?;
    }
    let reference = ts.ty(t).is_reference();
    for i in interfaces.iter() {
        let data = ts.ty(*i);
        if data.def != Some(def) {
            continue;
        }
        let Some(&argument) = data.args.first() else { continue };
        if argument == t || (reference && supertypes.contains(&argument)) {
            return Ok(true);
        }
    }
    Ok(false)
}
