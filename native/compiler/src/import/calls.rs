//! Calls: direct, virtual (through the vtable), interface (through the runtime's lookup), generic virtual,
//! `constrained.` calls on value types and static abstract members, `newobj` (objects, value types, strings,
//! multi-dimensional arrays), and the runtime-provided methods of array types.

use super::{Importer, Prefixes, Stack};
use crate::abi::{self, Param, Return};
use crate::env::{Unsupported, codes};
use crate::graph::Node;
use crate::ir::*;
use crate::runtime::Helper;
use wasmr2r_metadata::il::{Instruction, OpCode};
use wasmr2r_typesystem::{GenericContext, Kind, MethodId, MethodRef, MethodSig, TypeId, TypeSystem};

impl Importer<'_, '_, '_> {
    pub(super) fn resolve_method(&mut self, inst: Instruction) -> Result<MethodRef, Unsupported> {
        let token = Self::token(inst)?;
        let ctx = GenericContext::new(&self.type_args, &self.method_args);
        let ts: &mut TypeSystem = self.ts;
        ts.resolve_method_token(self.assembly, token, &ctx).map_err(|e| Unsupported::new(codes::CALL, e.to_string()))
    }

    /// `call` and `callvirt`.
    pub(super) fn call(
        &mut self,
        inst: Instruction,
        stack: &mut Stack,
        prefixes: Prefixes,
    ) -> Result<Option<Terminator>, Unsupported> {
        let m = match self.resolve_method(inst)? {
            MethodRef::ArrayMethod { array, name, sig } => {
                self.array_method(array, &name, &sig, stack)?;
                return Ok(None);
            }
            MethodRef::Method(m) => m,
        };
        let data = self.ts.method(m).clone();
        if data.generic_params > 0 && data.inst.is_empty() {
            return Err(Unsupported::new(codes::CALL, "a call to a generic method without type arguments"));
        }
        let il_sig = self.ts.method_sig(m)?;
        let argc = il_sig.params.len() + usize::from(il_sig.has_this());
        let args = self.pop_n(stack, argc)?;
        let callvirt = inst.opcode == OpCode::Callvirt;
        if let Some(constrained) = prefixes.constrained {
            return self.constrained_call(constrained, m, args, stack).map(|_| None);
        }
        if !data.flags.is_static() && callvirt && data.flags.is_virtual() && !self.devirtualizable(m) {
            if let Some(implementation) = self.exact_implementation(m, &args)? {
                self.direct_call(implementation, args, stack)?;
            } else {
                self.virtual_call(m, args, stack)?;
            }
            return Ok(None);
        }
        if callvirt && let Some(this) = args.first() {
            // `callvirt` on a non-virtual method still throws on a null `this`.
            self.null_check(*this);
        }
        self.direct_call(m, args, stack)?;
        if let Some(Inst::Call { callee: Symbol::Method(target), .. }) = self.insts.last()
            && never_returns(self.ts, *target)
        {
            // The IL after it (CoreLib's `ThrowHelper.ThrowX(); goto Done;`) is never run: the block ends here, so
            // nothing after the call counts as live across it (`spill`) or as reached.
            return Ok(Some(Terminator::Unreachable));
        }
        Ok(None)
    }

    /// The implementation of virtual or interface method `m` when `this` (`args[0]`, never null then) is an object
    /// whose exact class the importer knows: the call needs no dispatch, and may be inlined.
    fn exact_implementation(&mut self, m: MethodId, args: &[Reg]) -> Result<Option<MethodId>, Unsupported> {
        let Some(&class) = args.first().and_then(|this| self.exact_classes.get(this)) else { return Ok(None) };
        let Some(implementation) = self.ts.resolve_virtual(class, m)? else { return Ok(None) };
        let data = self.ts.method(implementation);
        let usable = !data.flags.is_abstract() && !self.ts.ty(data.owner).is_value_type();
        Ok(usable.then_some(implementation))
    }

    /// A virtual method whose implementation cannot change in a derived type: final, or on a sealed class.
    pub(super) fn devirtualizable(&self, m: MethodId) -> bool {
        let data = self.ts.method(m);
        let owner = self.ts.ty(data.owner);
        if matches!(owner.kind, Kind::Interface) {
            return false;
        }
        (data.flags.is_final() || owner.flags.is_sealed() || owner.is_value_type()) && data.inst.is_empty()
    }

    /// Calls `m` directly (an icall goes to the runtime's implementation); pushes its result.
    pub(super) fn direct_call(&mut self, m: MethodId, args: Vec<Reg>, stack: &mut Stack) -> Result<(), Unsupported> {
        if let Some(intrinsic) = super::intrinsic_of(self.ts, m)
            && self.intrinsic(intrinsic, m, &args, stack)?
        {
            return Ok(());
        }
        let data = self.ts.method(m).clone();
        if data.flags.is_static() || self.ts.ty(data.owner).is_value_type() || data.name.as_ref() == ".ctor" {
            self.class_init(data.owner, false)?;
        }
        let target = self.implementation_of(m)?;
        if target == self.method && self.is_intrinsic(target) {
            // CoreLib's `[Intrinsic]` placeholders call themselves (`double.ConvertToIntegerNative<T>`,
            // `Array.GetElementSize`): the JIT replaces them. Compiled as written they recurse until the stack
            // overflows, so one that `intrinsics.rs` does not provide is reported as having no body.
            return Err(Unsupported::new(
                codes::NO_BODY,
                format!(
                    "{} is an [Intrinsic] whose IL calls itself: a placeholder the compiler does not provide",
                    self.name
                ),
            ));
        }
        if let Some(class) = super::comparers::default_comparer_class(self.ts, target)? {
            let owner = self.ts.method(target).owner;
            let dst = if super::comparers::preallocated_default(self.ts, owner)? == Some(class) {
                // The object the getter would return, without the call (its statics point at it already).
                self.depend(Node::PreallocatedObject(class), "the default comparer, preallocated");
                let dst = self.reg(Ty::Ref);
                self.emit(Inst::SymbolAddress { dst, symbol: Symbol::PreallocatedObject(class) });
                dst
            } else {
                self.depend(Node::Method(target), "call");
                let dst = self.reg(Ty::Ref);
                self.emit(Inst::Call { dst: Some(dst), callee: Symbol::Method(target), args: Vec::new() });
                dst
            };
            self.non_null.insert(dst);
            self.exact_classes.insert(dst, class);
            stack.push(dst);
            return Ok(());
        }
        self.depend(Node::Method(target), "call");
        let sig = abi::method_signature(self.ts, target)?;
        let (passed, result) = self.marshal(&sig, args)?;
        let dst = sig.result().map(|t| self.reg(t));
        self.emit(Inst::Call { dst, callee: Symbol::Method(target), args: passed });
        stack.extend(dst.or(result));
        Ok(())
    }

    fn is_intrinsic(&self, m: MethodId) -> bool {
        let def = self.ts.method(m).def;
        self.ts.world.has_attribute(def.assembly, def.token(), "System.Runtime.CompilerServices.IntrinsicAttribute")
    }

    /// The method to call for `m`: itself, the runtime's implementation of an internal call, or the CoreLib method
    /// a runtime `[Calls]` declaration (bodyless, neither an internal call nor a P/Invoke) stands for.
    pub(super) fn implementation_of(&mut self, m: MethodId) -> Result<MethodId, Unsupported> {
        let data = self.ts.method(m).clone();
        let declaration = !data.impl_flags.is_internal_call() && !data.flags.is_pinvoke() && !data.flags.is_abstract();
        if (!data.impl_flags.is_internal_call() && !declaration) || data.rva != 0 {
            return Ok(m);
        }
        Ok(self.env.internal_call(self.ts, m)?.unwrap_or(m))
    }

    /// Arguments as the callee's ABI wants them, with a return buffer when it returns a struct; returns the
    /// arguments and, for a struct result, the temporary that receives it.
    pub(super) fn marshal(
        &mut self,
        sig: &abi::Signature,
        args: Vec<Reg>,
    ) -> Result<(Vec<Reg>, Option<Reg>), Unsupported> {
        let mut args = args.into_iter();
        let mut passed = Vec::with_capacity(sig.params.len());
        let mut result = None;
        for param in &sig.params {
            match param {
                Param::ReturnBuffer => {
                    let Return::Buffer(t) = sig.ret else { continue };
                    let temp = self.temp(t)?;
                    passed.push(self.cast_to(temp, Ty::ByRef));
                    result = Some(temp);
                }
                Param::This(ty) | Param::Arg { ty, .. } => {
                    let arg = args.next().ok_or_else(|| Unsupported::new(codes::INVALID_IL, "too few arguments"))?;
                    passed.push(self.coerce(arg, *ty)?);
                }
            }
        }
        Ok((passed, result))
    }

    /// A call through the vtable, an interface, or a generic virtual method's dispatch table.
    fn virtual_call(&mut self, m: MethodId, args: Vec<Reg>, stack: &mut Stack) -> Result<(), Unsupported> {
        let this = *args.first().ok_or_else(|| Unsupported::new(codes::INVALID_IL, "a virtual call without this"))?;
        let this = self.cast_to(this, Ty::Ref);
        let target = self.virtual_target(m, this)?;
        let dispatch = self.dispatch_of(m)?;
        let sig = abi::method_signature(self.ts, m)?;
        let index = self.env.signature(sig.wasm());
        self.depend(Node::Signature(index), "indirect call");
        let mut args = args;
        args[0] = this;
        let (passed, result) = self.marshal(&sig, args)?;
        let dst = sig.result().map(|t| self.reg(t));
        self.emit(Inst::CallIndirect {
            dst,
            signature: Symbol::Signature(index),
            callee: target,
            args: passed,
            dispatch,
        });
        stack.extend(dst.or(result));
        Ok(())
    }

    /// What a virtual call of `m` reads from the object's MethodTable, for `devirtualize`: a class's vtable slot or
    /// an interface's method (a generic virtual method is looked up at run time).
    fn dispatch_of(&mut self, m: MethodId) -> Result<Option<Dispatch>, Unsupported> {
        let data = self.ts.method(m).clone();
        if !data.inst.is_empty() {
            return Ok(None);
        }
        if matches!(self.kind(data.owner), Kind::Interface) {
            return Ok(Some(Dispatch::Interface { method: m }));
        }
        let slot = self.ts.slot_of(m)?;
        let decl = self.ts.vtable(data.owner)?.slots[slot as usize].decl;
        Ok(Some(Dispatch::Slot { decl, receiver: data.owner }))
    }

    /// The function-table index that virtual method `m` has for the object `this` (null-checked here): from the
    /// vtable, the interface table, or a generic virtual method's dispatch table.
    pub(super) fn virtual_target(&mut self, m: MethodId, this: Reg) -> Result<Reg, Unsupported> {
        self.null_check(this);
        let data = self.ts.method(m).clone();
        let interface = matches!(self.kind(data.owner), Kind::Interface);
        let target = if !data.inst.is_empty() {
            let decl = if interface {
                m
            } else {
                let open = self.ts.method_of(data.def, data.owner, &[])?;
                let slot = self.ts.slot_of(open)? as usize;
                let vtable = self.ts.vtable(data.owner)?;
                let decl = vtable.slots.get(slot).map(|s| s.decl).unwrap_or(open);
                self.ts.instantiate_method(decl, &data.inst)?
            };
            self.depend(Node::GenericVirtual(decl), "generic virtual call");
            let table = self.reg(Ty::I32);
            self.emit(Inst::SymbolAddress { dst: table, symbol: Symbol::GvmTable(decl) });
            self.call_helper(Helper::GenericVirtualLookup, vec![this, table])?
        } else if interface {
            let methods = self.ts.interface_methods(data.owner)?;
            let slot = methods
                .iter()
                .position(|x| *x == m)
                .ok_or_else(|| Unsupported::new(codes::CALL, "an interface method that is not virtual"))?;
            let node = if crate::graph::has_variance(self.ts, data.owner) {
                Node::VariantInterfaceMethod(data.def)
            } else {
                Node::InterfaceMethod(m)
            };
            self.depend(node, "interface call");
            let mt = self.method_table(data.owner, "interface call");
            let slot_reg = self.i32_const(slot as i32);
            let query = InterfaceQuery::Target { slot: slot as u32 };
            Some(self.interface_query(query, data.owner, Helper::InterfaceLookup, vec![this, mt, slot_reg])?)
        } else {
            let slot = self.ts.slot_of(m)?;
            let decl = self.ts.vtable(data.owner)?.slots[slot as usize].decl;
            self.depend(Node::VirtualSlot(decl), "virtual call");
            let mt = self.reg(Ty::I32);
            self.emit(Inst::Load { dst: mt, mem: MemType::I32, addr: this, offset: abi::object::METHOD_TABLE });
            let target = self.reg(Ty::I32);
            let offset = abi::method_table::VTABLE + 4 * slot;
            self.emit(Inst::Load { dst: target, mem: MemType::I32, addr: mt, offset });
            Some(target)
        };
        target.ok_or_else(|| Unsupported::new(codes::CALL, "a dispatch helper without a result"))
    }

    /// `constrained. T callvirt M`: a value type calls its own implementation with `this` as a byref, or is boxed
    /// when it inherits the method; a reference type loads `this` from the byref; a static abstract member resolves
    /// to `T`'s implementation.
    fn constrained_call(
        &mut self,
        t: TypeId,
        m: MethodId,
        mut args: Vec<Reg>,
        stack: &mut Stack,
    ) -> Result<(), Unsupported> {
        let data = self.ts.method(m).clone();
        if data.flags.is_static() {
            let target = self.ts.resolve_static_virtual(t, m)?.ok_or_else(|| {
                Unsupported::new(
                    codes::CALL,
                    format!("{} does not implement {}", self.ts.type_name(t), self.ts.method_name(m)),
                )
            })?;
            return self.direct_call(target, args, stack);
        }
        let this =
            *args.first().ok_or_else(|| Unsupported::new(codes::INVALID_IL, "a constrained call without this"))?;
        if self.ts.ty(t).is_reference() {
            self.null_check(this);
            let object = self.reg(Ty::Ref);
            self.emit(Inst::Load { dst: object, mem: MemType::I32, addr: this, offset: 0 });
            args[0] = object;
            return if data.flags.is_virtual() && !self.devirtualizable(m) {
                self.virtual_call(m, args, stack)
            } else {
                self.null_check(object);
                self.direct_call(m, args, stack)
            };
        }
        let owner_kind = self.kind(data.owner);
        let implementation = if data.owner == t {
            Some(m)
        } else if !data.flags.is_virtual() {
            None
        } else if matches!(owner_kind, Kind::Interface) {
            self.ts.resolve_interface_method(t, m)?
        } else {
            self.ts.resolve_virtual(t, m)?
        };
        if let Some(implementation) = implementation
            && self.ts.method(implementation).owner == t
        {
            args[0] = self.cast_to(this, Ty::ByRef);
            return self.direct_call(implementation, args, stack);
        }
        // Inherited from Object, ValueType or Enum, or a default interface method: on the boxed value.
        let value = self.load_value(t, this, 0)?;
        let boxed = self.box_of(t, value)?;
        args[0] = boxed;
        if data.flags.is_virtual() { self.virtual_call(m, args, stack) } else { self.direct_call(m, args, stack) }
    }

    /// `newobj`: allocate (or make a zeroed struct temporary) and call the constructor.
    pub(super) fn newobj(&mut self, inst: Instruction, stack: &mut Stack) -> Result<(), Unsupported> {
        let ctor = match self.resolve_method(inst)? {
            MethodRef::ArrayMethod { array, name, sig } => return self.array_method(array, &name, &sig, stack),
            MethodRef::Method(m) => m,
        };
        let data = self.ts.method(ctor).clone();
        let ty = data.owner;
        let il_sig = self.ts.method_sig(ctor)?;
        let args = self.pop_n(stack, il_sig.params.len())?;
        if ty == self.ts.well_known.string {
            return self.new_string(ctor, &il_sig, args, stack);
        }
        if self.ts.is_delegate(ty)? {
            return self.new_delegate(ctor, args, stack);
        }
        if self.ts.ty(ty).flags.is_abstract() {
            return Err(Unsupported::new(codes::INVALID_IL, format!("newobj of abstract {}", self.ts.type_name(ty))));
        }
        if let Ty::Struct(t) = abi::stack_ty(self.ts, ty)? {
            let temp = self.temp(t)?;
            let size = self.ts.storage(t)?.size;
            self.emit(Inst::Zero { addr: temp, size });
            let this = self.cast_to(temp, Ty::ByRef);
            let mut call_args = vec![this];
            call_args.extend(args);
            self.direct_call(ctor, call_args, stack)?;
            stack.push(temp);
            return Ok(());
        }
        if self.ts.ty(ty).is_value_type() {
            // A primitive's constructor (`new IntPtr(long)`; `new int()` is initobj): it runs on a zeroed frame
            // slot, whose value is then the result.
            let storage = self.ts.storage(ty)?;
            let offset = self.alloc_frame(storage.size, storage.align);
            let slot = self.reg(Ty::ByRef);
            self.emit(Inst::FrameAddress { dst: slot, offset });
            self.non_null.insert(slot);
            self.emit(Inst::Zero { addr: slot, size: storage.size });
            let mut call_args = vec![slot];
            call_args.extend(args);
            self.direct_call(ctor, call_args, stack)?;
            let value = self.load_value(ty, slot, 0)?;
            stack.push(value);
            return Ok(());
        }
        self.class_init(ty, false)?;
        self.depend(Node::Constructed(ty), "newobj");
        let mt = self.method_table(ty, "newobj");
        // An object with a finalizer is registered for finalization; the runtime calls the finalizer through the
        // vtable, so the Finalize slot is used.
        let allocate = match crate::graph::finalizer_of(self.ts, ty)? {
            Some(_) => {
                if let Some((finalize, _)) = crate::graph::object_finalize(self.ts)? {
                    self.depend(Node::VirtualSlot(finalize), "a finalizable object is constructed");
                }
                Helper::AllocFinalizable
            }
            None => Helper::AllocObject,
        };
        let object = self.call_helper(allocate, vec![mt])?.unwrap_or(mt);
        self.non_null.insert(object);
        self.exact_classes.insert(object, ty);
        let mut call_args = vec![object];
        call_args.extend(args);
        self.direct_call(ctor, call_args, &mut Vec::new())?;
        stack.push(object);
        Ok(())
    }

    /// `new string(...)`: String has no real constructors; each `.ctor` has a static `Ctor` with the same
    /// parameters that returns the new string.
    fn new_string(
        &mut self,
        ctor: MethodId,
        sig: &MethodSig,
        args: Vec<Reg>,
        stack: &mut Stack,
    ) -> Result<(), Unsupported> {
        let string = self.ts.well_known.string;
        for candidate in self.ts.find_methods_named(string, "Ctor")? {
            let candidate_sig = self.ts.method_sig(candidate)?;
            if !candidate_sig.has_this() && candidate_sig.params == sig.params {
                return self.direct_call(candidate, args, stack);
            }
        }
        Err(Unsupported::new(codes::CALL, format!("{} has no matching String.Ctor", self.ts.method_name(ctor))))
    }

    /// The methods the runtime provides on multi-dimensional array types: `.ctor`, `Get`, `Set`, `Address`.
    fn array_method(
        &mut self,
        array: TypeId,
        name: &str,
        sig: &MethodSig,
        stack: &mut Stack,
    ) -> Result<(), Unsupported> {
        let (element, rank) = match self.kind(array) {
            Kind::Array(e, r) => (e, r),
            Kind::SzArray(e) => (e, 1),
            _ => return Err(Unsupported::new(codes::CALL, "an array method on a non-array")),
        };
        match name {
            ".ctor" => {
                let args = self.pop_n(stack, sig.params.len())?;
                let with_bounds = args.len() as u32 == 2 * rank;
                if args.len() as u32 != rank && !with_bounds {
                    return Err(Unsupported::new(
                        codes::CALL,
                        "an array constructor with an unexpected parameter count",
                    ));
                }
                // lengths[rank] then lower bounds[rank] in one frame block.
                let block = self.alloc_frame(8 * rank, 4);
                let base = self.reg(Ty::I32);
                self.emit(Inst::FrameAddress { dst: base, offset: block });
                for d in 0..rank as usize {
                    let (lower, length) =
                        if with_bounds { (Some(args[2 * d]), args[2 * d + 1]) } else { (None, args[d]) };
                    let length = self.index(length)?;
                    self.emit(Inst::Store { mem: MemType::I32, addr: base, offset: 4 * d as u32, value: length });
                    let lower = match lower {
                        Some(l) => self.index(l)?,
                        None => self.i32_const(0),
                    };
                    self.emit(Inst::Store {
                        mem: MemType::I32,
                        addr: base,
                        offset: 4 * (rank + d as u32),
                        value: lower,
                    });
                }
                self.depend(Node::Constructed(array), "new multi-dimensional array");
                let mt = self.method_table(array, "new multi-dimensional array");
                let lowers = self.offset_address(base, 4 * rank, Ty::I32);
                let object = self.call_helper(Helper::AllocMdArray, vec![mt, base, lowers])?.unwrap_or(mt);
                self.non_null.insert(object);
                stack.push(object);
            }
            "Get" | "Set" | "Address" => {
                let value = if name == "Set" { Some(self.pop(stack)?) } else { None };
                let indices = self.pop_n(stack, rank as usize)?;
                let object = self.pop(stack)?;
                let flat = self.flat_index(object, &indices)?;
                let reference = self.ts.ty(element).is_reference();
                match (name, value) {
                    ("Set", Some(value)) if reference => {
                        let value = self.cast_to(value, Ty::Ref);
                        self.call_helper(Helper::StelemRef, vec![object, flat, value])?;
                    }
                    _ => {
                        let size = self.ts.storage(element)?.size;
                        let at = self.scaled_address(object, flat, size);
                        match (name, value) {
                            ("Get", _) => {
                                let loaded = self.load_value(element, at, abi::array::DATA)?;
                                stack.push(loaded);
                            }
                            ("Set", Some(value)) => self.store_value(element, at, abi::array::DATA, value)?,
                            _ => {
                                let address = self.offset_address(at, abi::array::DATA, Ty::ByRef);
                                stack.push(address);
                            }
                        }
                    }
                }
            }
            _ => return Err(Unsupported::new(codes::CALL, format!("array method {name}"))),
        }
        Ok(())
    }

    /// The row-major index of `indices` in a multi-dimensional array, each checked against its dimension.
    fn flat_index(&mut self, array: Reg, indices: &[Reg]) -> Result<Reg, Unsupported> {
        self.null_check(array);
        let bounds = self.reg(Ty::I32);
        self.emit(Inst::Load { dst: bounds, mem: MemType::I32, addr: array, offset: abi::array::BOUNDS });
        let mut flat: Option<Reg> = None;
        for (d, index) in indices.iter().enumerate() {
            let index = self.index(*index)?;
            let entry = abi::array::BOUNDS_ENTRY_SIZE * d as u32;
            let length = self.reg(Ty::I32);
            self.emit(Inst::Load { dst: length, mem: MemType::I32, addr: bounds, offset: entry });
            let lower = self.reg(Ty::I32);
            self.emit(Inst::Load { dst: lower, mem: MemType::I32, addr: bounds, offset: entry + 4 });
            let relative = self.reg(Ty::I32);
            self.emit(Inst::Binary { dst: relative, op: BinOp::Sub, ty: Ty::I32, lhs: index, rhs: lower });
            self.emit(Inst::BoundsCheck { index: relative, length });
            flat = Some(match flat {
                None => relative,
                Some(previous) => {
                    let scaled = self.reg(Ty::I32);
                    self.emit(Inst::Binary { dst: scaled, op: BinOp::Mul, ty: Ty::I32, lhs: previous, rhs: length });
                    let sum = self.reg(Ty::I32);
                    self.emit(Inst::Binary { dst: sum, op: BinOp::Add, ty: Ty::I32, lhs: scaled, rhs: relative });
                    sum
                }
            });
        }
        flat.ok_or_else(|| Unsupported::new(codes::CALL, "an array access without indices"))
    }

    /// `array + index * size` (no checks).
    fn scaled_address(&mut self, array: Reg, index: Reg, size: u32) -> Reg {
        let scaled = if size == 1 {
            index
        } else {
            let k = self.i32_const(size as i32);
            let scaled = self.reg(Ty::I32);
            self.emit(Inst::Binary { dst: scaled, op: BinOp::Mul, ty: Ty::I32, lhs: index, rhs: k });
            scaled
        };
        let array = self.cast_to(array, Ty::I32);
        let dst = self.reg(Ty::ByRef);
        self.emit(Inst::Binary { dst, op: BinOp::Add, ty: Ty::I32, lhs: array, rhs: scaled });
        dst
    }
}

/// Bodies of at most this many bytes of IL are read for [`never_returns`]: throw helpers are a `newobj` and a `throw`
/// (`ThrowHelper.ThrowInvalidOperationException_ConcurrentOperationsNotSupported` is 11 bytes,
/// `ThrowArgumentNullException(string, string)` 13), and each call site would otherwise decode its callee.
const NEVER_RETURNS_SCAN_LIMIT: usize = 64;

/// Whether `m`'s IL has no `ret` (nor `jmp`, which returns through another method): every path throws or loops,
/// so a call to it never returns. Only small bodies are read.
fn never_returns(ts: &TypeSystem, m: MethodId) -> bool {
    let data = ts.method(m);
    if data.rva == 0 {
        return false;
    }
    let Ok(body) = ts.world.assembly(data.def.assembly).method_body(data.rva) else { return false };
    if body.code.len() > NEVER_RETURNS_SCAN_LIMIT {
        return false;
    }
    let mut instructions = wasmr2r_metadata::il::Instructions::new(body.code, body.code_offset);
    instructions.all(|i| i.is_ok_and(|i| !matches!(i.opcode, OpCode::Ret | OpCode::Jmp)))
}
