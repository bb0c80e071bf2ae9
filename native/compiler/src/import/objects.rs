//! Fields and statics, string literals, boxing and unboxing, casts, arrays, and the value-type opcodes
//! (`initobj`, `ldobj`, `stobj`, `cpobj`, `sizeof`), `ldtoken`, `cpblk` and `initblk`.

use super::{Importer, Prefixes, Stack};
use crate::abi;
use crate::env::{Reason, Unsupported, codes};
use crate::graph::Node;
use crate::ir::*;
use crate::runtime::Helper;
use wasmr2r_metadata::il::{Instruction, OpCode};
use wasmr2r_metadata::{PrimitiveType, TableId, Token};
use wasmr2r_typesystem::{FieldId, StaticSlot, TypeId};

impl Importer<'_, '_, '_> {
    /// Imports an object-model instruction; `false` when `inst` is not one.
    pub(super) fn objects(
        &mut self,
        inst: Instruction,
        stack: &mut Stack,
        prefixes: Prefixes,
    ) -> Result<bool, Unsupported> {
        use OpCode::*;
        match inst.opcode {
            Ldstr => self.ldstr(Self::token(inst)?, stack)?,
            Ldfld | Ldflda | Stfld => self.instance_field(inst.opcode, Self::token(inst)?, stack)?,
            Ldsfld | Ldsflda | Stsfld => self.static_field(inst.opcode, Self::token(inst)?, stack)?,
            Box => self.box_value(Self::token(inst)?, stack)?,
            Unbox | Unbox_Any => self.unbox(inst.opcode == Unbox_Any, Self::token(inst)?, stack)?,
            Isinst | Castclass => {
                let target = self.type_token(Self::token(inst)?)?;
                let value = self.pop(stack)?;
                let result = self.cast(target, value, inst.opcode == Castclass)?;
                stack.push(result);
            }
            Newarr => {
                let element = self.type_token(Self::token(inst)?)?;
                let array = self.ts.sz_array(element)?;
                let length = self.pop(stack)?;
                let length = self.index(length)?;
                self.depend(Node::Constructed(array), "newarr");
                let mt = self.method_table(array, "newarr");
                let result = self.call_helper(Helper::AllocArray, vec![mt, length])?.unwrap_or(length);
                self.non_null.insert(result);
                stack.push(result);
            }
            Ldlen => {
                let array = self.pop(stack)?;
                self.null_check(array);
                let dst = self.reg(Ty::I32);
                self.emit(Inst::Load { dst, mem: MemType::I32, addr: array, offset: abi::array::LENGTH });
                stack.push(dst);
            }
            Ldelem_I1 | Ldelem_U1 | Ldelem_I2 | Ldelem_U2 | Ldelem_I4 | Ldelem_U4 | Ldelem_I8 | Ldelem_I
            | Ldelem_R4 | Ldelem_R8 | Ldelem_Ref => {
                let element = self.opcode_element(inst.opcode)?;
                self.load_element(element, stack)?;
            }
            Ldelem => {
                let element = self.type_token(Self::token(inst)?)?;
                self.load_element(element, stack)?;
            }
            Stelem_I1 | Stelem_I2 | Stelem_I4 | Stelem_I8 | Stelem_I | Stelem_R4 | Stelem_R8 | Stelem_Ref => {
                let element = self.opcode_element(inst.opcode)?;
                self.store_element(element, stack)?;
            }
            Stelem => {
                let element = self.type_token(Self::token(inst)?)?;
                self.store_element(element, stack)?;
            }
            Ldelema => {
                let element = self.type_token(Self::token(inst)?)?;
                let index = self.pop(stack)?;
                let array = self.pop(stack)?;
                let index = self.index(index)?;
                let address = if self.ts.ty(element).is_reference() && !prefixes.readonly {
                    // The element type must be exactly the array's, or a covariant array would hand out a
                    // reference to a slot of another type.
                    let mt = self.method_table(element, "ldelema type check");
                    self.call_helper(Helper::LdelemaRef, vec![array, index, mt])?.unwrap_or(array)
                } else {
                    let size = self.ts.storage(element)?.size;
                    let at = self.element_address(array, index, size)?;
                    self.offset_address(at, abi::array::DATA, Ty::ByRef)
                };
                self.non_null.insert(address);
                stack.push(address);
            }
            Initobj => {
                let ty = self.type_token(Self::token(inst)?)?;
                let addr = self.pop_address(stack)?;
                self.address_check(addr);
                match abi::stack_ty(self.ts, ty)? {
                    Ty::Struct(t) => {
                        let size = self.ts.storage(t)?.size;
                        self.emit(Inst::Zero { addr, size });
                    }
                    stack_ty => {
                        let zero = self.zero_of(stack_ty);
                        self.store_value(ty, addr, 0, zero)?;
                    }
                }
            }
            Ldobj => {
                let ty = self.type_token(Self::token(inst)?)?;
                let addr = self.pop_address(stack)?;
                self.address_check(addr);
                let value = self.load_value(ty, addr, 0)?;
                stack.push(value);
            }
            Stobj => {
                let ty = self.type_token(Self::token(inst)?)?;
                let value = self.pop(stack)?;
                let addr = self.pop_address(stack)?;
                self.address_check(addr);
                self.store_value(ty, addr, 0, value)?;
            }
            Cpobj => {
                let ty = self.type_token(Self::token(inst)?)?;
                let src = self.pop_address(stack)?;
                let dst = self.pop_address(stack)?;
                self.address_check(src);
                self.address_check(dst);
                let value = self.load_value(ty, src, 0)?;
                self.store_value(ty, dst, 0, value)?;
            }
            Sizeof => {
                let ty = self.type_token(Self::token(inst)?)?;
                let size = self.ts.storage(ty)?.size;
                self.constant(Const::I32(size as i32), stack);
            }
            Ldtoken => self.ldtoken(Self::token(inst)?, stack)?,
            Cpblk => {
                let len = self.pop(stack)?;
                let src = self.pop_address(stack)?;
                let dst = self.pop_address(stack)?;
                let len = self.index(len)?;
                self.emit(Inst::CopyBlock { dst, src, len });
            }
            Initblk => {
                let len = self.pop(stack)?;
                let value = self.pop(stack)?;
                let dst = self.pop_address(stack)?;
                let (len, value) = (self.index(len)?, self.index(value)?);
                self.emit(Inst::FillBlock { dst, value, len });
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// A zero of a scalar stack type.
    fn zero_of(&mut self, ty: Ty) -> Reg {
        let value = match ty {
            Ty::I64 => Const::I64(0),
            Ty::F32 => Const::F32(0.0),
            Ty::F64 => Const::F64(0.0),
            _ => Const::I32(0),
        };
        let dst = self.reg(ty);
        self.emit(Inst::Const { dst, value });
        dst
    }

    /// An index or length operand as an i32 (native ints are 32-bit; an int64 is not valid IL here).
    pub(super) fn index(&mut self, r: Reg) -> Result<Reg, Unsupported> {
        match self.ty_of(r) {
            Ty::I32 | Ty::ByRef | Ty::Ref => Ok(self.cast_to(r, Ty::I32)),
            ty => Err(Unsupported::new(codes::INVALID_IL, format!("an index or size of type {ty}"))),
        }
    }

    fn ldstr(&mut self, token: Token, stack: &mut Stack) -> Result<(), Unsupported> {
        if token.table_number() != Token::USER_STRING_TABLE {
            return Err(Unsupported::new(codes::INVALID_IL, "ldstr without a user-string token"));
        }
        let text = self
            .ts
            .world
            .assembly(self.assembly)
            .user_strings()
            .get(token.rid())
            .map_err(|e| Unsupported::new(codes::METADATA, e.to_string()))?;
        let dst = self.string_constant(&text, "ldstr");
        self.string_literals.insert(dst, text.to_vec());
        stack.push(dst);
        Ok(())
    }

    /// A register holding the string literal `text`.
    pub(super) fn string_constant(&mut self, text: &[u16], reason: Reason) -> Reg {
        let index = self.env.string_literal(text);
        self.depend(Node::String(index), reason);
        let dst = self.reg(Ty::Ref);
        self.emit(Inst::SymbolAddress { dst, symbol: Symbol::String(index) });
        self.non_null.insert(dst);
        dst
    }

    /// `ldfld`, `ldflda` and `stfld` (a static field named by them is accessed as a static).
    fn instance_field(&mut self, op: OpCode, token: Token, stack: &mut Stack) -> Result<(), Unsupported> {
        let field = self.field_token(token)?;
        let flags = self.ts.field_flags(field)?;
        let value = if op == OpCode::Stfld { Some(self.pop(stack)?) } else { None };
        let object = self.pop(stack)?;
        if flags.is_static() {
            let (addr, ty) = self.static_address(field)?;
            return self.access(op, ty, addr, 0, value, stack);
        }
        let field_ty = self.ts.field_type(field)?;
        let owner = field.owner;
        let owner_is_value = self.ts.ty(owner).is_value_type();
        let layout = self.ts.instance_layout(owner)?;
        let slot =
            layout.field(field).ok_or_else(|| Unsupported::new(codes::FIELD, "a field outside its type's layout"))?;
        let offset = slot.offset;
        let object_ty = self.ty_of(object);
        match (object_ty, owner_is_value) {
            // A field of a class, through an object reference.
            (Ty::Ref, false) => {}
            // A field of a struct: through its address, or of a struct value on the stack (its copy's address).
            (Ty::ByRef | Ty::I32 | Ty::Struct(_), true) => {}
            // A field of a boxed struct through the object (not valid IL in general, but harmless to support).
            (Ty::Ref, true) => {
                let value_addr = self.offset_address(object, abi::object::HEADER_SIZE, Ty::ByRef);
                self.null_check(object);
                return self.access(op, field_ty, value_addr, offset, value, stack);
            }
            (ty, _) => {
                return Err(Unsupported::new(
                    codes::INVALID_IL,
                    format!("field {} accessed through a {ty}", self.ts.world.field_def_name(field.def)),
                ));
            }
        }
        self.address_check(object);
        self.access(op, field_ty, object, offset, value, stack)
    }

    /// Loads, stores or takes the address of a value of type `ty` at `addr + offset`.
    fn access(
        &mut self,
        op: OpCode,
        ty: TypeId,
        addr: Reg,
        offset: u32,
        value: Option<Reg>,
        stack: &mut Stack,
    ) -> Result<(), Unsupported> {
        match (op, value) {
            (OpCode::Ldfld | OpCode::Ldsfld, _) => {
                let loaded = self.load_value(ty, addr, offset)?;
                stack.push(loaded);
            }
            (OpCode::Ldflda | OpCode::Ldsflda, _) => {
                let address = self.offset_address(addr, offset, Ty::ByRef);
                let address = self.cast_to(address, Ty::ByRef);
                self.non_null.insert(address);
                stack.push(address);
            }
            (_, Some(value)) => self.store_value(ty, addr, offset, value)?,
            _ => return Err(Unsupported::new(codes::INVALID_IL, "a field store without a value")),
        }
        Ok(())
    }

    fn static_field(&mut self, op: OpCode, token: Token, stack: &mut Stack) -> Result<(), Unsupported> {
        let field = self.field_token(token)?;
        let value = if op == OpCode::Stsfld { Some(self.pop(stack)?) } else { None };
        let (addr, ty) = self.static_address(field)?;
        self.access(op, ty, addr, 0, value, stack)
    }

    /// The address of a static field (after triggering its class constructor) and its type.
    pub(super) fn static_address(&mut self, field: FieldId) -> Result<(Reg, TypeId), Unsupported> {
        let flags = self.ts.field_flags(field)?;
        if !flags.is_static() || flags.is_literal() {
            return Err(Unsupported::new(
                codes::FIELD,
                format!("{} is not a static field with storage", self.ts.world.field_def_name(field.def)),
            ));
        }
        let ty = self.ts.field_type(field)?;
        self.class_init(field.owner, true)?;
        let (symbol, node, offset) = match self.ts.static_slot(field)? {
            StaticSlot::Block { gc, offset } => {
                (Symbol::Statics { ty: field.owner, gc }, Node::Statics { ty: field.owner, gc }, offset)
            }
            StaticSlot::Rva => (Symbol::RvaData(field.def), Node::RvaData(field.def), 0),
        };
        self.depend(node, "static field");
        let base = self.reg(Ty::ByRef);
        self.emit(Inst::SymbolAddress { dst: base, symbol });
        self.non_null.insert(base);
        let addr = self.offset_address(base, offset, Ty::ByRef);
        Ok((addr, ty))
    }

    /// Runs `ty`'s class constructor first if it has one and this access is one that must trigger it: any static
    /// field access (`static_field`), or for types without `beforefieldinit` a static method call, a constructor or
    /// a value type's instance method. Inside the type's own methods a precise constructor has already run.
    pub(super) fn class_init(&mut self, ty: TypeId, static_field: bool) -> Result<(), Unsupported> {
        let before_field_init = self.ts.ty(ty).flags.is_before_field_init();
        if !static_field && before_field_init {
            return Ok(());
        }
        // Running one of a class's or struct's own methods means its precise constructor was triggered (an
        // interface's default methods run without that).
        let current_owner = self.ts.method(self.method).owner;
        let interface = matches!(self.ts.ty(ty).kind, wasmr2r_typesystem::Kind::Interface);
        if current_owner == ty && !before_field_init && !interface {
            return Ok(());
        }
        let Some(cctor) = self.ts.method_named(ty, ".cctor")? else { return Ok(()) };
        if cctor == self.method || self.initialized.contains(&ty) {
            return Ok(());
        }
        self.initialized.insert(ty);
        // Its only effect is in the image already (`preinit`).
        if crate::preinit::constant_statics(self.ts, ty)?.is_some() {
            return Ok(());
        }
        self.depend(Node::ClassInit(ty), "class constructor trigger");
        let (flag, cctor, ty) = (Symbol::ClassInitFlag(ty), Symbol::Method(cctor), Symbol::MethodTable(ty));
        self.emit(Inst::InitClass { flag, cctor, ty });
        Ok(())
    }

    fn box_value(&mut self, token: Token, stack: &mut Stack) -> Result<(), Unsupported> {
        let ty = self.type_token(token)?;
        let value = self.pop(stack)?;
        if self.ts.ty(ty).is_reference() {
            stack.push(value);
            return Ok(());
        }
        let boxed = self.box_of(ty, value)?;
        stack.push(boxed);
        Ok(())
    }

    /// A box that is only tested, as generic code does with a `T` that is a value type (`value == null`,
    /// `value is IComparable`, `(T)(object)value`): `box T` (not `Nullable<T>`, whose box may be null) followed in
    /// the same block by `brtrue`/`brfalse`, `ldnull; cgt.un`/`ceq`, `isinst X` where the types say no (null),
    /// `isinst X; brtrue`/`brfalse`/`ldnull; cgt.un` where they say yes, or `unbox.any T`. Pushes the known
    /// answer (a constant the branch then folds) or the value itself, and returns how many instructions it took;
    /// the object is never allocated. CoreCLR's JIT folds the same shapes; without this,
    /// `EqualityComparer<int>.Default.Equals` allocated twice per call.
    pub(super) fn fold_boxed_test(&mut self, i: usize, stack: &mut Stack) -> Result<Option<usize>, Unsupported> {
        let Some(boxing) = self.plain_instruction(i, true).filter(|inst| inst.opcode == OpCode::Box) else {
            return Ok(None);
        };
        let ty = self.type_token(Self::token(boxing)?)?;
        if !self.ts.ty(ty).is_value_type() || self.ts.nullable_argument(ty).is_some() {
            return Ok(None);
        }
        let opcode_at = |this: &Self, k: usize| this.plain_instruction(k, false).map(|inst| inst.opcode);
        let is_branch = |op: Option<OpCode>| {
            matches!(op, Some(OpCode::Brtrue | OpCode::Brtrue_S | OpCode::Brfalse | OpCode::Brfalse_S))
        };
        let (answer, length) = match opcode_at(self, i + 1) {
            op if is_branch(op) => (Some(1), 1),
            Some(OpCode::Ldnull) => match opcode_at(self, i + 2) {
                Some(OpCode::Cgt_Un) => (Some(1), 3),
                Some(OpCode::Ceq) => (Some(0), 3),
                _ => return Ok(None),
            },
            Some(OpCode::Isinst) => {
                let target = self.type_token(Self::token(self.instructions[i + 1])?)?;
                match self.boxed_is_instance(ty, target)? {
                    Some(false) => {
                        // `isinst` answers null, whatever uses it.
                        self.pop(stack)?;
                        let null = self.reg(Ty::Ref);
                        self.emit(Inst::Const { dst: null, value: Const::I32(0) });
                        stack.push(null);
                        return Ok(Some(2));
                    }
                    Some(true) if is_branch(opcode_at(self, i + 2)) => (Some(1), 2),
                    Some(true)
                        if opcode_at(self, i + 2) == Some(OpCode::Ldnull)
                            && opcode_at(self, i + 3) == Some(OpCode::Cgt_Un) =>
                    {
                        (Some(1), 4)
                    }
                    _ => return Ok(None),
                }
            }
            Some(OpCode::Unbox_Any) => {
                if self.type_token(Self::token(self.instructions[i + 1])?)? != ty {
                    return Ok(None);
                }
                (None, 2)
            }
            _ => return Ok(None),
        };
        if let Some(answer) = answer {
            self.pop(stack)?;
            self.constant(Const::I32(answer), stack);
        }
        Ok(Some(length))
    }

    /// Whether a boxed `ty` (a value type, not `Nullable`) is an instance of `target`, when the types decide it:
    /// a boxed value is an `Object`, a `ValueType`, an `Enum` if it is one, its own type and its interfaces (a
    /// variant interface it does not name may still match through variance: not decided here).
    fn boxed_is_instance(&mut self, ty: TypeId, target: TypeId) -> Result<Option<bool>, Unsupported> {
        let well_known = &self.ts.well_known;
        if target == ty || target == well_known.object || target == well_known.value_type {
            return Ok(Some(true));
        }
        if target == well_known.enum_ {
            return Ok(Some(matches!(self.ts.ty(ty).kind, wasmr2r_typesystem::Kind::Enum(_))));
        }
        if self.ts.nullable_argument(target).is_some() {
            return Ok(None);
        }
        if matches!(self.ts.ty(target).kind, wasmr2r_typesystem::Kind::Interface) {
            if self.ts.interfaces(ty)?.contains(&target) {
                return Ok(Some(true));
            }
            return Ok((!crate::graph::has_variance(self.ts, target)).then_some(false));
        }
        Ok(Some(false))
    }

    /// Boxes `value`, a value of value type `ty` (Nullable<T> boxes to null or a boxed T).
    pub(super) fn box_of(&mut self, ty: TypeId, value: Reg) -> Result<Reg, Unsupported> {
        if let Some(underlying) = self.ts.nullable_argument(ty) {
            self.depend(Node::Constructed(underlying), "box of Nullable");
            self.depend(Node::TypeHandle(underlying), "box of Nullable");
            let mt = self.method_table(ty, "box of Nullable");
            return Ok(self.call_helper(Helper::BoxNullable, vec![mt, value])?.unwrap_or(value));
        }
        self.depend(Node::Constructed(ty), "box");
        let mt = self.method_table(ty, "box");
        let object = self.call_helper(Helper::AllocObject, vec![mt])?.unwrap_or(mt);
        self.non_null.insert(object);
        self.store_value(ty, object, abi::object::HEADER_SIZE, value)?;
        Ok(object)
    }

    fn unbox(&mut self, any: bool, token: Token, stack: &mut Stack) -> Result<(), Unsupported> {
        let ty = self.type_token(token)?;
        let object = self.pop(stack)?;
        if self.ts.ty(ty).is_reference() {
            if !any {
                return Err(Unsupported::new(codes::INVALID_IL, "unbox of a reference type"));
            }
            let result = self.cast(ty, object, true)?;
            stack.push(result);
            return Ok(());
        }
        if self.ts.nullable_argument(ty).is_some() {
            let temp = self.temp(ty)?;
            let mt = self.method_table(ty, "unbox to Nullable");
            self.call_helper(Helper::UnboxNullable, vec![mt, object, temp])?;
            stack.push(if any { temp } else { self.cast_to(temp, Ty::ByRef) });
            return Ok(());
        }
        let mt = self.method_table(ty, "unbox");
        let address = self.call_helper(Helper::Unbox, vec![mt, object])?.unwrap_or(mt);
        self.non_null.insert(address);
        if any {
            let value = self.load_value(ty, address, 0)?;
            stack.push(value);
        } else {
            stack.push(address);
        }
        Ok(())
    }

    /// `isinst` (`throw == false`) or `castclass`.
    pub(super) fn cast(&mut self, target: TypeId, value: Reg, throw: bool) -> Result<Reg, Unsupported> {
        if self.ts.is_object(target) {
            return Ok(self.cast_to(value, Ty::Ref));
        }
        let mt = self.method_table(target, if throw { "castclass" } else { "isinst" });
        let helper = if throw { Helper::CastTo } else { Helper::IsInstanceOf };
        if matches!(self.ts.ty(target).kind, wasmr2r_typesystem::Kind::Interface) {
            let table_decides = !crate::graph::has_variance(self.ts, target) && self.ts.ty(target).args.is_empty();
            let query = if throw { InterfaceQuery::Cast } else { InterfaceQuery::IsInstance { table_decides } };
            return self.interface_query(query, target, helper, vec![mt, value]);
        }
        Ok(self.call_helper(helper, vec![mt, value])?.unwrap_or(value))
    }

    /// The element type the `ldelem.*`/`stelem.*` opcodes name.
    fn opcode_element(&mut self, op: OpCode) -> Result<TypeId, Unsupported> {
        use OpCode::*;
        let p = match op {
            Ldelem_I1 | Stelem_I1 => PrimitiveType::SByte,
            Ldelem_U1 => PrimitiveType::Byte,
            Ldelem_I2 | Stelem_I2 => PrimitiveType::Int16,
            Ldelem_U2 => PrimitiveType::UInt16,
            Ldelem_I4 | Stelem_I4 => PrimitiveType::Int32,
            Ldelem_U4 => PrimitiveType::UInt32,
            Ldelem_I8 | Stelem_I8 => PrimitiveType::Int64,
            Ldelem_I | Stelem_I => PrimitiveType::IntPtr,
            Ldelem_R4 | Stelem_R4 => PrimitiveType::Single,
            Ldelem_R8 | Stelem_R8 => PrimitiveType::Double,
            _ => PrimitiveType::Object,
        };
        Ok(self.ts.primitive(p))
    }

    /// `array + index * size` after the null and bounds checks (the caller adds the data offset).
    pub(super) fn element_address(&mut self, array: Reg, index: Reg, size: u32) -> Result<Reg, Unsupported> {
        self.null_check(array);
        let length = self.reg(Ty::I32);
        self.emit(Inst::Load { dst: length, mem: MemType::I32, addr: array, offset: abi::array::LENGTH });
        self.emit(Inst::BoundsCheck { index, length });
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
        Ok(dst)
    }

    fn load_element(&mut self, element: TypeId, stack: &mut Stack) -> Result<(), Unsupported> {
        let index = self.pop(stack)?;
        let array = self.pop(stack)?;
        let index = self.index(index)?;
        let size = self.ts.storage(element)?.size;
        let at = self.element_address(array, index, size)?;
        let value = self.load_value(element, at, abi::array::DATA)?;
        stack.push(value);
        Ok(())
    }

    fn store_element(&mut self, element: TypeId, stack: &mut Stack) -> Result<(), Unsupported> {
        let value = self.pop(stack)?;
        let index = self.pop(stack)?;
        let array = self.pop(stack)?;
        let index = self.index(index)?;
        if self.ts.ty(element).is_reference() {
            // A reference store checks the value against the array's actual element type (covariance).
            let value = self.cast_to(value, Ty::Ref);
            self.call_helper(Helper::StelemRef, vec![array, index, value])?;
            return Ok(());
        }
        let size = self.ts.storage(element)?.size;
        let at = self.element_address(array, index, size)?;
        self.store_value(element, at, abi::array::DATA, value)
    }

    /// `ldtoken`: a RuntimeTypeHandle holding the type's MethodTable, or a RuntimeFieldHandle (whose value is the
    /// address of a field's RVA data, for `InitializeArray`).
    fn ldtoken(&mut self, token: Token, stack: &mut Stack) -> Result<(), Unsupported> {
        let corelib = self.ts.well_known.corelib;
        let handle_type = |me: &mut Self, name: &str| -> Result<TypeId, Unsupported> {
            let def = me.ts.world.find_type_def(corelib, name, 0)?;
            Ok(me.ts.def_type(def)?)
        };
        match token.table() {
            Some(TableId::TypeDef | TableId::TypeRef | TableId::TypeSpec) => {
                let ty = self.type_token(token)?;
                let handle = self.type_handle(ty)?;
                stack.push(handle);
            }
            Some(TableId::Field) | Some(TableId::MemberRef) if self.is_field_token(token) => {
                let field = self.field_token(token)?;
                let handle = handle_type(self, "System.RuntimeFieldHandle")?;
                let temp = self.temp(handle)?;
                if self.ts.field_flags(field)?.has_rva() {
                    self.depend(Node::RvaData(field.def), "ldtoken of a field with RVA data");
                    let data = self.reg(Ty::I32);
                    self.emit(Inst::SymbolAddress { dst: data, symbol: Symbol::RvaData(field.def) });
                    self.emit(Inst::Store { mem: MemType::I32, addr: temp, offset: 0, value: data });
                }
                self.field_handles.insert(temp, field);
                stack.push(temp);
            }
            _ => return Err(Unsupported::new(codes::OPCODE, "ldtoken of a method is not compiled yet")),
        }
        Ok(())
    }

    /// A `RuntimeTypeHandle` of `ty` (a struct temporary holding its MethodTable's address), as `ldtoken` makes.
    pub(super) fn type_handle(&mut self, ty: TypeId) -> Result<Reg, Unsupported> {
        let def = self.ts.world.find_type_def(self.ts.well_known.corelib, "System.RuntimeTypeHandle", 0)?;
        let handle = self.ts.def_type(def)?;
        let temp = self.temp(handle)?;
        let mt = self.method_table(ty, "ldtoken");
        self.emit(Inst::Store { mem: MemType::I32, addr: temp, offset: 0, value: mt });
        Ok(temp)
    }

    /// Whether a Field or MemberRef token names a field (a MemberRef's signature says).
    fn is_field_token(&self, token: Token) -> bool {
        match token.table() {
            Some(TableId::Field) => true,
            Some(TableId::MemberRef) => {
                let a = self.ts.world.assembly(self.assembly);
                a.row::<wasmr2r_metadata::MemberRefRow>(token.rid())
                    .and_then(|row| a.blob(row.signature, "member reference signature"))
                    .and_then(|mut blob| blob.u8())
                    .is_ok_and(|header| header & 0x0F == wasmr2r_metadata::SignatureHeader::FIELD)
            }
            _ => false,
        }
    }
}
