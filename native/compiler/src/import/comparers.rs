//! `EqualityComparer<T>.Default` and `Comparer<T>.Default`. Mono's CoreLib makes them in `CreateComparer`, which
//! picks the comparer class with reflection at run time (`Type.IsAssignableFrom`, `IsEnum`,
//! `CreateInstanceForAnotherGenericParameter`): compiled as IL it would bring all of reflection into every image
//! that compares two values. The closed world knows `T`, so the compiler writes `CreateComparer`'s body — `new C()`
//! for the class the IL would pick, in the IL's order — as ILC does for these two methods.

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

const NAMESPACE: &str = "System.Collections.Generic";

/// Whether `method` is `EqualityComparer<T>.CreateComparer` or `Comparer<T>.CreateComparer` of CoreLib.
pub fn create_comparer_kind(ts: &TypeSystem, method: MethodId) -> Option<ComparerKind> {
    let data = ts.method(method);
    if data.name.as_ref() != "CreateComparer" || !data.flags.is_static() {
        return None;
    }
    let owner = ts.ty(data.owner).def?;
    if owner.assembly != ts.well_known.corelib {
        return None;
    }
    match ts.world.type_def_name(owner).as_str() {
        "System.Collections.Generic.EqualityComparer`1" => Some(ComparerKind::Equality),
        "System.Collections.Generic.Comparer`1" => Some(ComparerKind::Ordering),
        _ => None,
    }
}

/// The IR of `CreateComparer` for the `T` of `method`'s owner: allocate the comparer class the IL would pick and
/// run its parameterless constructor.
pub fn create_comparer(
    ts: &mut TypeSystem,
    env: &mut dyn ImportEnv,
    method: MethodId,
    kind: ComparerKind,
) -> Result<Function, Unsupported> {
    let owner = ts.method(method).owner;
    let t = *ts
        .ty(owner)
        .args
        .first()
        .ok_or_else(|| Unsupported::new(codes::TYPE, "CreateComparer of a comparer without its type argument"))?;
    let class = comparer_class(ts, t, kind)?;
    let ctor = ts
        .find_methods_named(class, ".ctor")?
        .into_iter()
        .find(|c| ts.method_sig(*c).is_ok_and(|s| s.params.is_empty()))
        .ok_or_else(|| {
            Unsupported::new(codes::CALL, format!("{} has no parameterless constructor", ts.type_name(class)))
        })?;
    if ts.method_named(class, ".cctor")?.is_some() {
        return Err(Unsupported::new(
            codes::CALL,
            format!("{} has a class constructor the factory does not run", ts.type_name(class)),
        ));
    }
    let allocate = env.helper(ts, Helper::AllocObject)?;
    env.depend(Node::Method(allocate), "runtime helper");
    env.depend(Node::TypeHandle(class), "the default comparer");
    env.depend(Node::Constructed(class), "the default comparer");
    env.depend(Node::Method(ctor), "the default comparer's constructor");

    let sig = abi::method_signature(ts, method)?;
    let mut b = FunctionBuilder::new(ts.method_name(method), &sig);
    let mt = b.push_reg(Ty::I32, |dst| Inst::SymbolAddress { dst, symbol: Symbol::MethodTable(class) });
    let object = b.reg(Ty::Ref);
    b.push(Inst::Call { dst: Some(object), callee: Symbol::Method(allocate), args: vec![mt] });
    b.push(Inst::Call { dst: None, callee: Symbol::Method(ctor), args: vec![object] });
    b.end(Terminator::Return(Some(object)));
    Ok(b.finish())
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
