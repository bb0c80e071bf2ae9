//! Function pointers and delegates: `ldftn`, `ldvirtftn`, `calli`, a delegate's construction (`newobj` of its
//! `.ctor(object, IntPtr)`, which has no IL) and its `Invoke` (no IL either: [`invoke`] writes its IR).
//!
//! A function pointer is a function-table index (docs/abi.md, "Delegates and function pointers"). A delegate keeps
//! its target in `_target`, the index it calls in `method_ptr` and how to call it in `invoke_impl` (an
//! [`InvokeShape`]), all decided when it is made; one that `Delegate.Combine` made has its list in `delegates`
//! instead, and `Invoke` calls each in turn.

use super::{Importer, Stack};
use crate::abi::{self, Param};
use crate::env::{ImportEnv, Unsupported, codes};
use crate::graph::Node;
use crate::ir::*;
use crate::runtime::Helper;
use wasmr2r_metadata::StandAloneSigRow;
use wasmr2r_metadata::il::Instruction;
use wasmr2r_typesystem::{GenericContext, MethodId, MethodRef, TypeId, TypeSystem};

/// The calling-convention bit of a signature whose `this` is its first explicit parameter (ECMA-335 II.23.2.1).
const EXPLICIT_THIS: u8 = 0x40;

/// How `Invoke` calls a single-cast delegate's function (the value of its `invoke_impl` field).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum InvokeShape {
    /// The target first, then `Invoke`'s return buffer and arguments: an instance method on its object, or a static
    /// method closed over its first argument when it returns no struct.
    Closed = 0,
    /// `Invoke`'s return buffer and arguments only: a static method, or an instance method whose `this` is
    /// `Invoke`'s first argument (open instance) when it returns no struct.
    Open = 1,
    /// The return buffer, then the target, then the arguments: a static method closed over its first argument that
    /// returns a struct (a static method's return buffer comes before its arguments).
    ClosedReturnBufferFirst = 2,
}

/// Where a delegate's fields are, in Mono's `System.Delegate` and `System.MulticastDelegate`.
#[derive(Clone, Copy, Debug)]
pub struct DelegateFields {
    pub target: u32,
    pub method_ptr: u32,
    pub shape: u32,
    pub list: u32,
}

impl DelegateFields {
    pub fn of(ts: &mut TypeSystem) -> Result<Self, Unsupported> {
        let (delegate, multicast) = (ts.well_known.delegate, ts.well_known.multicast_delegate);
        let mut offset = |owner: TypeId, name: &str| -> Result<u32, Unsupported> {
            let field = super::accessor::find_field(ts, owner, name, false)?;
            let layout = ts.instance_layout(field.owner)?;
            layout.field(field).map(|s| s.offset).ok_or_else(|| {
                Unsupported::new(codes::FIELD, format!("{} is outside its type's layout", ts.type_name(owner)))
            })
        };
        Ok(DelegateFields {
            target: offset(delegate, "_target")?,
            method_ptr: offset(delegate, "method_ptr")?,
            shape: offset(delegate, "invoke_impl")?,
            list: offset(multicast, "delegates")?,
        })
    }
}

/// What made a function pointer the importer holds in a register: `ldftn` of `method`, or `ldvirtftn` of it
/// (already resolved against the object, so a value type's method is its unboxing stub).
#[derive(Clone, Copy, Debug)]
pub(super) struct FunctionPointer {
    method: MethodId,
    virtual_: bool,
}

impl Importer<'_, '_, '_> {
    /// `ldftn M`: M's function-table index (the runtime's implementation for an internal call).
    pub(super) fn ldftn(&mut self, inst: Instruction, stack: &mut Stack) -> Result<(), Unsupported> {
        let m = self.function_token(inst)?;
        let data = self.ts.method(m).clone();
        if data.flags.is_static() {
            // The function may be called from anywhere, so its type's constructor runs before it can be: here.
            self.class_init(data.owner, false)?;
        }
        let target = self.implementation_of(m)?;
        self.depend(Node::Method(target), "ldftn");
        let dst = self.reg(Ty::I32);
        self.emit(Inst::FunctionIndex { dst, symbol: Symbol::Method(target) });
        self.function_pointers.insert(dst, FunctionPointer { method: m, virtual_: false });
        stack.push(dst);
        Ok(())
    }

    /// `ldvirtftn M`: the index of the method that implements M for the object on the stack.
    pub(super) fn ldvirtftn(&mut self, inst: Instruction, stack: &mut Stack) -> Result<(), Unsupported> {
        let m = self.function_token(inst)?;
        let object = self.pop(stack)?;
        let object = self.cast_to(object, Ty::Ref);
        let data = self.ts.method(m).clone();
        if data.flags.is_static() {
            return Err(Unsupported::new(codes::INVALID_IL, "ldvirtftn of a static method"));
        }
        let dst = if data.flags.is_virtual() && !self.devirtualizable(m) {
            self.virtual_target(m, object)?
        } else {
            self.null_check(object);
            let target = self.implementation_of(m)?;
            let (node, symbol) = if self.ts.ty(data.owner).is_value_type() {
                (Node::UnboxingStub(target), Symbol::UnboxingStub(target))
            } else {
                (Node::Method(target), Symbol::Method(target))
            };
            self.depend(node, "ldvirtftn");
            let dst = self.reg(Ty::I32);
            self.emit(Inst::FunctionIndex { dst, symbol });
            dst
        };
        self.function_pointers.insert(dst, FunctionPointer { method: m, virtual_: true });
        stack.push(dst);
        Ok(())
    }

    fn function_token(&mut self, inst: Instruction) -> Result<MethodId, Unsupported> {
        match self.resolve_method(inst)? {
            MethodRef::Method(m) => {
                let data = self.ts.method(m);
                if data.generic_params > 0 && data.inst.is_empty() {
                    return Err(Unsupported::new(codes::CALL, "a function pointer to a generic method definition"));
                }
                Ok(m)
            }
            MethodRef::ArrayMethod { .. } => {
                Err(Unsupported::new(codes::CALL, "a function pointer to an array type's runtime method"))
            }
        }
    }

    /// `calli sig`: a call through the function table with the call site's signature (managed and unmanaged
    /// function pointers alike: both ends are compiled here, so both take the shadow-stack pointer).
    pub(super) fn calli(&mut self, inst: Instruction, stack: &mut Stack) -> Result<(), Unsupported> {
        let token = Self::token(inst)?;
        let a = self.ts.world.assembly(self.assembly);
        let metadata = |e: wasmr2r_metadata::Error| Unsupported::new(codes::METADATA, e.to_string());
        let row: StandAloneSigRow = a.row(token.rid()).map_err(metadata)?;
        let mut blob = a.blob(row.signature, "calli signature").map_err(metadata)?;
        let (type_args, method_args) = (self.type_args.clone(), self.method_args.clone());
        let ctx = GenericContext::new(&type_args, &method_args);
        let il_sig = self.ts.decode_method_sig(self.assembly, &mut blob, &ctx)?;
        if il_sig.header.0 & EXPLICIT_THIS != 0 {
            return Err(Unsupported::new(codes::CALL, "calli with an explicit this"));
        }
        let callee = self.pop(stack)?;
        if !self.ty_of(callee).is_i32() {
            return Err(Unsupported::new(codes::INVALID_IL, format!("calli through a {}", self.ty_of(callee))));
        }
        let callee = self.cast_to(callee, Ty::I32);
        let argc = il_sig.params.len() + usize::from(il_sig.has_this());
        let args = self.pop_n(stack, argc)?;
        let this = il_sig.has_this().then_some(Ty::Ref);
        let sig = abi::signature_of(self.ts, this, il_sig.ret, &il_sig.params)?;
        let index = self.env.signature(sig.wasm());
        self.depend(Node::Signature(index), "calli");
        let (passed, result) = self.marshal(&sig, args)?;
        let dst = sig.result().map(|t| self.reg(t));
        self.emit(Inst::CallIndirect {
            dst,
            signature: Symbol::Signature(index),
            callee,
            args: passed,
            dispatch: None,
        });
        stack.extend(dst.or(result));
        Ok(())
    }

    /// `newobj D::.ctor(object target, IntPtr method)` right after the `ldftn` or `ldvirtftn` that made `method`
    /// (the sequence ECMA-335 III.4.21 prescribes): a new delegate with its target, function and shape.
    pub(super) fn new_delegate(
        &mut self,
        ctor: MethodId,
        args: Vec<Reg>,
        stack: &mut Stack,
    ) -> Result<(), Unsupported> {
        let [target, function] = args[..] else {
            return Err(Unsupported::new(codes::CALL, "a delegate constructor that does not take (object, IntPtr)"));
        };
        let pointer = self.function_pointers.get(&function).copied().ok_or_else(|| {
            Unsupported::new(
                codes::CALL,
                "a delegate made from a function pointer that no ldftn or ldvirtftn just made",
            )
        })?;
        let ty = self.ts.method(ctor).owner;
        let invoke = invoke_method(self.ts, ty)?;
        let invoke_params = self.ts.method_sig(invoke)?.params.len();
        let data = self.ts.method(pointer.method).clone();
        let m_sig = self.ts.method_sig(pointer.method)?;
        let returns_struct = abi::method_signature(self.ts, pointer.method)?.has_return_buffer();
        let argc = m_sig.params.len();
        let mut function = function;
        let shape = match (data.flags.is_static(), argc) {
            (true, n) if n == invoke_params => InvokeShape::Open,
            (true, n) if n == invoke_params + 1 && returns_struct => InvokeShape::ClosedReturnBufferFirst,
            (true, n) if n == invoke_params + 1 => InvokeShape::Closed,
            (false, n) if n == invoke_params => {
                if !pointer.virtual_ && self.ts.ty(data.owner).is_value_type() {
                    // The target is the boxed value: its method is entered through the unboxing stub.
                    let target = self.implementation_of(pointer.method)?;
                    self.depend(Node::UnboxingStub(target), "delegate to a value type's method");
                    function = self.reg(Ty::I32);
                    self.emit(Inst::FunctionIndex { dst: function, symbol: Symbol::UnboxingStub(target) });
                }
                InvokeShape::Closed
            }
            (false, n) if n + 1 == invoke_params && !returns_struct => InvokeShape::Open,
            _ => {
                return Err(Unsupported::new(
                    codes::CALL,
                    format!(
                        "a {} delegate to {}, whose parameters do not match its Invoke's",
                        self.ts.type_name(ty),
                        self.ts.method_name(pointer.method)
                    ),
                ));
            }
        };
        let fields = DelegateFields::of(self.ts)?;
        self.depend(Node::Constructed(ty), "newobj of a delegate");
        let mt = self.method_table(ty, "newobj of a delegate");
        let object = self.call_helper(Helper::AllocObject, vec![mt])?.unwrap_or(mt);
        self.non_null.insert(object);
        let target = self.cast_to(target, Ty::Ref);
        let shape = self.i32_const(shape as i32);
        for (offset, value) in [(fields.target, target), (fields.method_ptr, function), (fields.shape, shape)] {
            self.emit(Inst::Store { mem: MemType::I32, addr: object, offset, value });
        }
        stack.push(object);
        Ok(())
    }
}

/// The `Invoke` method of delegate type `ty`.
fn invoke_method(ts: &mut TypeSystem, ty: TypeId) -> Result<MethodId, Unsupported> {
    let methods = ts.find_methods_named(ty, "Invoke")?;
    methods.into_iter().find(|m| !ts.method(*m).flags.is_static()).ok_or_else(|| {
        Unsupported::new(codes::CALL, format!("delegate type {} has no Invoke method", ts.type_name(ty)))
    })
}

/// Whether `method` is a delegate type's `Invoke`, whose body [`invoke`] writes.
pub fn is_invoke(ts: &mut TypeSystem, method: MethodId) -> bool {
    let data = ts.method(method).clone();
    data.name.as_ref() == "Invoke" && !data.flags.is_static() && ts.is_delegate(data.owner).unwrap_or(false)
}

/// The IR of delegate type's `Invoke`: a multicast delegate's list is called in order (the last result is
/// returned, and each call gets its own copy of a struct argument, which the callee owns); a single-cast one calls
/// its function in the shape it was made with.
pub fn invoke(ts: &mut TypeSystem, env: &mut dyn ImportEnv, method: MethodId) -> Result<Function, Unsupported> {
    let sig = abi::method_signature(ts, method)?;
    let fields = DelegateFields::of(ts)?;
    let mut b = super::builder::FunctionBuilder::new(ts.method_name(method), &sig);

    // The Wasm type of a closed call is `Invoke`'s own (the target takes `this`'s place); an open call drops it.
    let closed = sig.wasm();
    let mut open = closed.clone();
    open.params.remove(1);
    let closed = env.signature(closed);
    let open = env.signature(open);
    env.depend(Node::Signature(closed), "delegate invoke");
    env.depend(Node::Signature(open), "delegate invoke");
    env.depend(Node::Method(method), "a multicast delegate invokes each of its list");

    let this = Var(0);
    let rest: Vec<Var> = (1..sig.params.len() as u32).map(Var).collect();
    let return_buffer = sig.has_return_buffer().then_some(Var(1));
    let args: Vec<Var> = rest.iter().copied().filter(|v| Some(*v) != return_buffer).collect();
    let result = sig.result();

    let [single, closed_call, open_call, multicast, each, done] = [(); 6].map(|_| b.block());
    // Only a struct-returning `Invoke` can have the third shape.
    let buffer_first_call = return_buffer.map(|_| b.block());
    // Entry: a delegate with a list is multicast.
    let delegate = b.get(this);
    let list = b.load(Ty::Ref, delegate, fields.list);
    let zero = b.constant(0);
    let has_list = b.push_reg(Ty::I32, |dst| Inst::Compare { dst, op: CmpOp::NeUn, ty: Ty::I32, lhs: list, rhs: zero });
    b.end(Terminator::Branch { cond: has_list, then: multicast, otherwise: single });

    b.start(single);
    let delegate = b.get(this);
    let shape = b.load(Ty::I32, delegate, fields.shape);
    let targets = vec![closed_call, open_call, buffer_first_call.unwrap_or(closed_call)];
    b.end(Terminator::Switch { value: shape, targets, default: closed_call });

    let shapes = [(Some(closed_call), InvokeShape::Closed), (Some(open_call), InvokeShape::Open)]
        .into_iter()
        .chain([(buffer_first_call, InvokeShape::ClosedReturnBufferFirst)]);
    for (block, shape) in shapes {
        let Some(block) = block else { continue };
        b.start(block);
        let delegate = b.get(this);
        let target = b.load(Ty::Ref, delegate, fields.target);
        let function = b.load(Ty::I32, delegate, fields.method_ptr);
        let mut passed = Vec::new();
        match shape {
            InvokeShape::Closed => {
                passed.push(target);
                passed.extend(rest.iter().map(|v| b.get(*v)));
            }
            InvokeShape::Open => passed.extend(rest.iter().map(|v| b.get(*v))),
            InvokeShape::ClosedReturnBufferFirst => {
                passed.extend(return_buffer.map(|v| b.get(v)));
                passed.push(target);
                passed.extend(args.iter().map(|v| b.get(*v)));
            }
        }
        let signature = Symbol::Signature(if shape == InvokeShape::Open { open } else { closed });
        let dst = result.map(|t| b.reg(t));
        b.push(Inst::CallIndirect { dst, signature, callee: function, args: passed, dispatch: None });
        b.end(Terminator::Return(dst));
    }

    // Multicast: `for (i = 0; i < list.Length; i++) last = list[i].Invoke(...)`; C# never makes an empty list.
    let index = b.var(Ty::I32, MemType::I32, "i");
    let last = result.map(|t| b.var(t, super::builder::result_mem(&sig), "last"));
    b.start(multicast);
    let zero = b.constant(0);
    b.push(Inst::Set { var: index, src: zero });
    b.end(Terminator::Goto(each));

    b.start(each);
    let delegate = b.get(this);
    let list = b.load(Ty::Ref, delegate, fields.list);
    let i = b.get(index);
    let four = b.constant(4);
    let scaled = b.push_reg(Ty::I32, |dst| Inst::Binary { dst, op: BinOp::Mul, ty: Ty::I32, lhs: i, rhs: four });
    let address =
        b.push_reg(Ty::ByRef, |dst| Inst::Binary { dst, op: BinOp::Add, ty: Ty::I32, lhs: list, rhs: scaled });
    let element = b.load(Ty::Ref, address, abi::array::DATA);
    let mut passed = vec![element];
    for (param, var) in sig.params.iter().zip(0u32..).skip(1) {
        let value = b.get(Var(var));
        match param {
            Param::Arg { ty: Ty::Struct(t), .. } => {
                let storage = ts.storage(*t)?;
                let copy = b.frame_temp(storage.size, storage.align);
                b.push(Inst::Copy { dst: copy, src: value, size: storage.size });
                passed.push(copy);
            }
            _ => passed.push(value),
        }
    }
    let dst = result.map(|t| b.reg(t));
    b.push(Inst::Call { dst, callee: Symbol::Method(method), args: passed });
    if let (Some(var), Some(value)) = (last, dst) {
        b.push(Inst::Set { var, src: value });
    }
    let one = b.constant(1);
    let next = b.push_reg(Ty::I32, |dst| Inst::Binary { dst, op: BinOp::Add, ty: Ty::I32, lhs: i, rhs: one });
    b.push(Inst::Set { var: index, src: next });
    let length = b.load(Ty::I32, list, abi::array::LENGTH);
    let more = b.push_reg(Ty::I32, |dst| Inst::Compare { dst, op: CmpOp::Lt, ty: Ty::I32, lhs: next, rhs: length });
    b.end(Terminator::Branch { cond: more, then: each, otherwise: done });

    b.start(done);
    let value = last.map(|v| b.get(v));
    b.end(Terminator::Return(value));
    Ok(b.finish())
}
