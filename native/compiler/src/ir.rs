//! The compiler's IR: per method, basic blocks of instructions over virtual registers. The importer (`import`)
//! builds it from IL, the verifier (`verify`) checks it, and code generation (`codegen`) turns it into a Wasm
//! function. `text` prints it (filetests compare that text).
//!
//! - Registers are typed: the four Wasm number types, object references (`Ref`), managed pointers (`ByRef`)
//!   and value-type values (`Struct`). The GC's spill pass needs to know which registers hold references; Wasm
//!   sees all three as `i32` (a struct value is the address of a frame slot holding a copy).
//! - IL's evaluation stack does not survive into the IR: inside a block every pushed value is a fresh register;
//!   across block boundaries the stack lives in *stack variables* (one per depth and type), which are ordinary
//!   variables like IL locals and arguments.
//! - Every instruction carries the IL offset it came from (`Block::il_offsets`), for diagnostics and, later,
//!   stack traces.
//! - What lies outside the function (methods, MethodTables, statics, string literals) is a [`Symbol`]; code
//!   generation emits a relocation for it and the image writer resolves it.

use std::fmt;
use wasmr2r_typesystem::{FieldDefId, MethodId, TypeId};

/// A register or variable type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ty {
    I32,
    I64,
    F32,
    F64,
    /// An object reference (or null).
    Ref,
    /// A managed pointer: into an object, a frame, a static or anywhere in memory.
    ByRef,
    /// A value of a value type, held in memory: the register holds the address of its copy.
    Struct(TypeId),
}

impl Ty {
    /// The Wasm type that carries it.
    pub fn wasm(self) -> Ty {
        match self {
            Ty::Ref | Ty::ByRef | Ty::Struct(_) => Ty::I32,
            other => other,
        }
    }

    /// Whether the value is 32 bits wide in Wasm (numbers, references, pointers, struct addresses).
    pub fn is_i32(self) -> bool {
        self.wasm() == Ty::I32
    }

    pub fn is_float(self) -> bool {
        matches!(self, Ty::F32 | Ty::F64)
    }
}

/// A virtual register: written once, by the instruction that defines it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reg(pub u32);

/// A variable: an IL argument, an IL local, or a stack slot live across a block boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Var(pub u32);

/// A basic block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// Something outside the function that the code refers to; the image writer gives it its final index or address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Symbol {
    /// A compiled method (a `call` target, or a table index for `ldftn`).
    Method(MethodId),
    /// The entry of a value type's method for callers holding the boxed object: adds the header to `this`.
    UnboxingStub(MethodId),
    /// A type's MethodTable.
    MethodTable(TypeId),
    /// A type's static fields: those holding references (`gc`) or the rest.
    Statics { ty: TypeId, gc: bool },
    /// The byte that says whether a type's class constructor has started.
    ClassInitFlag(TypeId),
    /// A string literal object, by its index in the compilation's literal table.
    String(u32),
    /// The initial data of a static field with RVA (in the image's copy of its assembly).
    RvaData(FieldDefId),
    /// A Wasm function type for `call_indirect`, by its index in the compilation's signature table.
    Signature(u32),
    /// The dispatch table of a generic virtual method instantiation: which implementation each type calls.
    GvmTable(MethodId),
    /// A method's pass-one function: the first pass of exception dispatch asks it which clause takes an exception
    /// (`import::handlers`).
    PassOne(MethodId),
    /// The end of the image's data: where the runtime's heap may begin.
    ImageEnd,
    /// The table of the image's static blocks holding references, the collector's static roots: `u32 count`,
    /// then `{address, size}` per block (`data::gc_roots`).
    GcRoots,
    /// The table of the image's string literals: `u32 count`, then each one's address (`data::string_literals`).
    StringLiterals,
    /// The table of the assemblies' display names: `u32 count`, then each one's string (`data::assembly_names`).
    AssemblyNames,
    /// Host import `n` (`wasmr2r_image::envelope::HOST_FUNCTIONS`).
    Host(u32),
    /// An object of this class made at compile time (`Node::PreallocatedObject`).
    PreallocatedObject(TypeId),
}

/// Where a variable lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    /// A Wasm local.
    Local,
    /// A slot in the shadow frame at this byte offset: its address is taken (`ldloca`, `ldarga`), or it is a struct.
    Frame { offset: u32 },
    /// A struct argument: the caller passed the address of a copy the callee owns; the parameter holds it.
    Indirect,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarInfo {
    pub ty: Ty,
    /// The IL type's width and signedness for scalars: a store to an `int8` variable truncates and a load
    /// sign-extends, in a local as in a frame slot. Unused for structs.
    pub mem: MemType,
    pub storage: Storage,
    /// What the variable is, for names in output: `arg0`, `loc3`, `stack1`.
    pub name: String,
}

/// Memory access widths and extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MemType {
    I8,
    U8,
    I16,
    U16,
    I32,
    I64,
    F32,
    F64,
}

impl MemType {
    /// The Wasm type a load produces / a store consumes.
    pub fn ty(self) -> Ty {
        match self {
            MemType::I8 | MemType::U8 | MemType::I16 | MemType::U16 | MemType::I32 => Ty::I32,
            MemType::I64 => Ty::I64,
            MemType::F32 => Ty::F32,
            MemType::F64 => Ty::F64,
        }
    }

    pub fn size(self) -> u32 {
        match self {
            MemType::I8 | MemType::U8 => 1,
            MemType::I16 | MemType::U16 => 2,
            MemType::I32 | MemType::F32 => 4,
            MemType::I64 | MemType::F64 => 8,
        }
    }
}

/// Two-operand operations; the checked ones throw on overflow or a zero divisor as CLI says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// Signed division: throws DivideByZeroException on 0, OverflowException on MIN / -1.
    Div,
    DivUn,
    Rem,
    RemUn,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    ShrUn,
    AddOvf,
    AddOvfUn,
    SubOvf,
    SubOvfUn,
    MulOvf,
    MulOvfUn,
}

impl BinOp {
    /// Whether the operation on `ty` can raise an exception: integer division and remainder (by zero, and
    /// `MinValue / -1`) and the `.ovf` forms.
    pub fn may_throw(self, ty: Ty) -> bool {
        use BinOp::*;
        !ty.is_float()
            && matches!(self, Div | DivUn | Rem | RemUn | AddOvf | AddOvfUn | SubOvf | SubOvfUn | MulOvf | MulOvfUn)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Neg,
    Not,
    /// `ckfinite`: throws ArithmeticException on NaN or an infinity.
    CkFinite,
    /// Floats only, exactly as IEEE 754 (and Wasm) define them: `Math.Sqrt`, `Math.Floor`, `Math.Ceiling`.
    Sqrt,
    Floor,
    Ceil,
}

/// Comparisons; the `Un` forms are unsigned for integers and unordered-true for floats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NeUn,
    Lt,
    LtUn,
    Le,
    LeUn,
    Gt,
    GtUn,
    Ge,
    GeUn,
}

/// What a conversion produces (IL `conv.*`), from a source of a given type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConvTarget {
    I1,
    U1,
    I2,
    U2,
    I4,
    U4,
    I8,
    U8,
    R4,
    R8,
    /// `conv.r.un`: the source read as unsigned, to a float.
    RUn,
}

/// Wasm instructions managed code may call as methods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WasmOp {
    /// `memory.size`: pages of linear memory.
    MemorySize,
    /// `memory.grow(pages)`: the old size in pages, or -1.
    MemoryGrow,
    /// `throw` of the image's exception tag with the exception object: unwinds to the nearest handler.
    Throw,
    /// The function's shadow-stack pointer (its frame's base; lower after a `localloc`): where the collector's
    /// scan of the shadow stack starts.
    StackPointer,
    /// The top of the shadow stack: the `stackPointer` global, which the loader sets and compiled code never
    /// moves (the pointer travels as every function's first parameter).
    StackTop,
    /// Sets the card table's address (`GLOBAL_CARD_TABLE`), which the write barrier reads.
    SetCardTable,
}

/// The exceptions generated code raises itself (through the managed runtime's throw helpers, `runtime::Helper`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExceptionKind {
    Overflow,
    DivideByZero,
    Arithmetic,
    NullReference,
    IndexOutOfRange,
    InvalidCast,
    ArrayTypeMismatch,
    /// The shadow stack is exhausted (`localloc` beyond it).
    StackOverflow,
}

impl ExceptionKind {
    pub const ALL: [ExceptionKind; 8] = [
        ExceptionKind::Overflow,
        ExceptionKind::DivideByZero,
        ExceptionKind::Arithmetic,
        ExceptionKind::NullReference,
        ExceptionKind::IndexOutOfRange,
        ExceptionKind::InvalidCast,
        ExceptionKind::ArrayTypeMismatch,
        ExceptionKind::StackOverflow,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Const {
    I32(i32),
    I64(i64),
    F32(f32),
    F64(f64),
}

impl Const {
    pub fn ty(self) -> Ty {
        match self {
            Const::I32(_) => Ty::I32,
            Const::I64(_) => Ty::I64,
            Const::F32(_) => Ty::F32,
            Const::F64(_) => Ty::F64,
        }
    }
}

/// An instruction. `dst` registers are defined here; operands are registers defined earlier in the block.
#[derive(Clone, Debug, PartialEq)]
pub enum Inst {
    Const {
        dst: Reg,
        value: Const,
    },
    Get {
        dst: Reg,
        var: Var,
    },
    Set {
        var: Var,
        src: Reg,
    },
    /// The address of a variable in memory (a frame slot, or an indirect struct argument).
    AddressOf {
        dst: Reg,
        var: Var,
    },
    /// Reinterprets a 32-bit value as another 32-bit type (a reference as a pointer, a pointer as an int...).
    Cast {
        dst: Reg,
        src: Reg,
    },
    Unary {
        dst: Reg,
        op: UnOp,
        ty: Ty,
        src: Reg,
    },
    /// `ty` is the Wasm operand type (`Shl`/`Shr` take an I32 count whatever `ty` is).
    Binary {
        dst: Reg,
        op: BinOp,
        ty: Ty,
        lhs: Reg,
        rhs: Reg,
    },
    /// `ty` is the Wasm operand type.
    Compare {
        dst: Reg,
        op: CmpOp,
        ty: Ty,
        lhs: Reg,
        rhs: Reg,
    },
    /// `checked` conversions throw OverflowException when the value does not fit; `unsigned_source` reads an
    /// integer source as unsigned (`.un` forms). `from` is the Wasm source type.
    Convert {
        dst: Reg,
        to: ConvTarget,
        from: Ty,
        src: Reg,
        checked: bool,
        unsigned_source: bool,
    },
    /// Loads `mem` from `addr + offset`; `dst`'s type says what the bits are (an `I32` load may be a reference).
    Load {
        dst: Reg,
        mem: MemType,
        addr: Reg,
        offset: u32,
    },
    Store {
        mem: MemType,
        addr: Reg,
        offset: u32,
        value: Reg,
    },
    /// Copies `size` bytes from `src` to `dst` (value-type copies).
    Copy {
        dst: Reg,
        src: Reg,
        size: u32,
    },
    /// Records that `size` bytes at `addr + offset` were given references (the generational collector's write
    /// barrier): marks the cards that cover them. The importer puts one after each store of a reference or of a
    /// struct holding references; the `barrier` pass drops the ones no collector needs (frames, statics, objects
    /// allocated since the last call).
    WriteBarrier {
        addr: Reg,
        offset: u32,
        size: u32,
    },
    /// Zeroes `size` bytes at `addr`.
    Zero {
        addr: Reg,
        size: u32,
    },
    /// Copies `len` bytes (a run-time count) from `src` to `dst` (`cpblk`).
    CopyBlock {
        dst: Reg,
        src: Reg,
        len: Reg,
    },
    /// Sets `len` bytes at `dst` to the low byte of `value` (`initblk`).
    FillBlock {
        dst: Reg,
        value: Reg,
        len: Reg,
    },
    /// `localloc`: lowers the shadow-stack pointer by `size` bytes (an i32, rounded up to 8) and yields the new
    /// pointer, the start of the block; the block lives until the method returns. Zeroed when `zero` (the method
    /// says `localsinit`). StackOverflow when the shadow stack has less room.
    LocalAlloc {
        dst: Reg,
        size: Reg,
        zero: bool,
    },
    /// A Wasm instruction the compiler exposes to managed code (the runtime's `WasmR2R.Runtime.Wasm` methods).
    Wasm {
        dst: Option<Reg>,
        op: WasmOp,
        args: Vec<Reg>,
    },
    /// The address of the frame slot at `offset` (struct temporaries).
    FrameAddress {
        dst: Reg,
        offset: u32,
    },
    /// The address of a data symbol (MethodTable, statics, string literal, RVA data).
    SymbolAddress {
        dst: Reg,
        symbol: Symbol,
    },
    /// The function-table index of a code symbol.
    FunctionIndex {
        dst: Reg,
        symbol: Symbol,
    },
    /// Runs the class constructor guarded by the flag byte `flag` (a `ClassInitFlag`), once; `ty` is the type's
    /// MethodTable (a constructor that throws leaves the type failed, named in a TypeInitializationException).
    InitClass {
        flag: Symbol,
        cctor: Symbol,
        ty: Symbol,
    },
    /// A direct call; `args` follow the callee's ABI (this, return buffer, arguments), the shadow-stack pointer
    /// is implicit.
    Call {
        dst: Option<Reg>,
        callee: Symbol,
        args: Vec<Reg>,
    },
    /// A call through the function table: `callee` is a table index, `signature` a `Symbol::Signature`;
    /// `dispatch` says which virtual or interface method a dispatch call reads `callee` for (`devirtualize`).
    CallIndirect {
        dst: Option<Reg>,
        signature: Symbol,
        callee: Reg,
        args: Vec<Reg>,
        dispatch: Option<Dispatch>,
    },
    /// An interface dispatch or cast: a call of the runtime `helper` with `args`, except when the object's type has
    /// `ty` in its interface table at `ty`'s color (abi.md, "Interface tables"); then the answer is read from the
    /// table. `args` are the helper's: `[object, interface MethodTable, slot]` for a target, `[interface
    /// MethodTable, object]` for a cast.
    InterfaceQuery {
        dst: Reg,
        query: InterfaceQuery,
        ty: TypeId,
        helper: Symbol,
        args: Vec<Reg>,
    },
    /// Throws NullReferenceException when `value` is null.
    NullCheck {
        value: Reg,
    },
    /// Throws IndexOutOfRangeException unless `index < length` (unsigned).
    BoundsCheck {
        index: Reg,
        length: Reg,
    },
    /// Throws `kind` when `cond` is non-zero.
    ThrowIf {
        cond: Reg,
        kind: ExceptionKind,
    },
    /// Stores the reference or managed pointer `value` to the function's own frame at `offset`, where the
    /// collector's scan of the shadow stack finds it (`spill`); nothing reads it back.
    Spill {
        value: Reg,
        offset: u32,
    },
}

/// The method a dispatching [`Inst::CallIndirect`] calls: the function-table index it calls is what the object's
/// MethodTable holds for it (abi.md, "MethodTable"), which `devirtualize` can know from the constructed types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dispatch {
    /// The vtable slot introduced by `decl`, on an object of class `receiver` or of a class derived from it.
    Slot { decl: MethodId, receiver: TypeId },
    /// An interface's method, on an object of any type that lists the interface (or, with variance, an
    /// instantiation of it that converts).
    Interface { method: MethodId },
}

/// What an [`Inst::InterfaceQuery`] asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InterfaceQuery {
    /// The function-table index implementing the interface's method `slot` for the (non-null) object.
    Target { slot: u32 },
    /// `isinst`: the object, or null. `table_decides`: the interface is neither variant nor generic, so an object
    /// whose table does not list it is not one (no variance, no array covariance to ask the helper about).
    IsInstance { table_decides: bool },
    /// `castclass`: the object, or InvalidCastException.
    Cast,
}

/// Registers carried from one block to another ([`Function::carry`]).
#[derive(Default)]
pub struct Carried {
    /// Ends the first block: each crossing register into its variable.
    pub sets: Vec<Inst>,
    /// Starts the second: each variable into a new register.
    pub gets: Vec<Inst>,
    /// Old register → new, for the moved code ([`Inst::rename`], [`Terminator::rename`]).
    pub renamed: std::collections::HashMap<Reg, Reg>,
}

/// How a block ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Goto(BlockId),
    Branch {
        cond: Reg,
        then: BlockId,
        otherwise: BlockId,
    },
    Switch {
        value: Reg,
        targets: Vec<BlockId>,
        default: BlockId,
    },
    Return(Option<Reg>),
    /// Raises `kind` (through the runtime's throw helper).
    Throw(ExceptionKind),
    /// Control cannot get here (after a call that never returns).
    Unreachable,
    /// Leaves the function by throwing the exception `Reg` on to the caller: no handler of this method takes it
    /// (only in a function with a landing pad, [`Function::caught`]).
    Unwind(Reg),
}

impl Inst {
    /// Whether a call happens when it runs and returns (the throw helpers never return): where the collector may
    /// run, and what the importer counts as throwing.
    pub fn is_call(&self) -> bool {
        matches!(
            self,
            Inst::Call { .. } | Inst::CallIndirect { .. } | Inst::InitClass { .. } | Inst::InterfaceQuery { .. }
        )
    }

    /// Whether it may raise an exception (a call, a check, a throwing operation).
    pub fn may_throw(&self) -> bool {
        match self {
            Inst::NullCheck { .. } | Inst::BoundsCheck { .. } | Inst::ThrowIf { .. } | Inst::LocalAlloc { .. } => true,
            Inst::Wasm { op, .. } => *op == WasmOp::Throw,
            Inst::Binary { op, ty, .. } => op.may_throw(*ty),
            Inst::Convert { checked, .. } => *checked,
            Inst::Unary { op, .. } => *op == UnOp::CkFinite,
            other => other.is_call(),
        }
    }

    /// Whether it only computes its result: no store, call, check or exception. A load counts as pure: the loads
    /// the importer makes read objects' and frames' memory, which is always there. Anything not listed (stores,
    /// calls, checks, new instructions until they are considered here) is not.
    pub fn is_pure(&self) -> bool {
        match self {
            Inst::Unary { op, .. } => *op != UnOp::CkFinite,
            Inst::Binary { op, ty, .. } => !op.may_throw(*ty),
            Inst::Convert { checked, .. } => !checked,
            _ => matches!(
                self,
                Inst::Const { .. }
                    | Inst::Get { .. }
                    | Inst::AddressOf { .. }
                    | Inst::Cast { .. }
                    | Inst::Compare { .. }
                    | Inst::Load { .. }
                    | Inst::FrameAddress { .. }
                    | Inst::SymbolAddress { .. }
                    | Inst::FunctionIndex { .. }
            ),
        }
    }

    /// The register it defines, if any.
    pub fn dst(&self) -> Option<Reg> {
        defined_reg!(self, |d: &Reg| *d, |d: &Option<Reg>| *d)
    }

    /// The register it defines, to rewrite.
    pub fn dst_mut(&mut self) -> Option<&mut Reg> {
        defined_reg!(self, std::convert::identity, Option::as_mut)
    }

    /// Every register it reads, to rewrite, in the order of [`Inst::operands`].
    pub fn operands_mut(&mut self) -> Vec<&mut Reg> {
        operand_list!(self, iter_mut, std::convert::identity)
    }

    /// Every register it reads, in operand order (a `Copy`'s destination address is read, not defined).
    pub fn operands(&self) -> Vec<Reg> {
        operand_list!(self, iter, |r: &Reg| *r)
    }

    /// Reads the registers `map` renames under their new names.
    pub fn rename(&mut self, map: &std::collections::HashMap<Reg, Reg>) {
        for r in self.operands_mut() {
            if let Some(n) = map.get(r) {
                *r = *n;
            }
        }
    }
}

/// The register an instruction defines, by reference or by value (`dst` and `dst_mut` share it): `$reg` maps a
/// `Reg` field, `$optional` an `Option<Reg>` one.
macro_rules! defined_reg {
    ($inst:expr, $reg:expr, $optional:expr) => {
        match $inst {
            Inst::Const { dst, .. }
            | Inst::Get { dst, .. }
            | Inst::AddressOf { dst, .. }
            | Inst::Cast { dst, .. }
            | Inst::Unary { dst, .. }
            | Inst::Binary { dst, .. }
            | Inst::Compare { dst, .. }
            | Inst::Convert { dst, .. }
            | Inst::Load { dst, .. }
            | Inst::FrameAddress { dst, .. }
            | Inst::SymbolAddress { dst, .. }
            | Inst::FunctionIndex { dst, .. }
            | Inst::LocalAlloc { dst, .. }
            | Inst::InterfaceQuery { dst, .. } => Some($reg(dst)),
            Inst::Wasm { dst, .. } | Inst::Call { dst, .. } | Inst::CallIndirect { dst, .. } => $optional(dst),
            Inst::Set { .. }
            | Inst::Store { .. }
            | Inst::Copy { .. }
            | Inst::Zero { .. }
            | Inst::WriteBarrier { .. }
            | Inst::CopyBlock { .. }
            | Inst::FillBlock { .. }
            | Inst::InitClass { .. }
            | Inst::NullCheck { .. }
            | Inst::BoundsCheck { .. }
            | Inst::ThrowIf { .. }
            | Inst::Spill { .. } => None,
        }
    };
}
use defined_reg;

/// The operands of an instruction as a list, by reference or by value (`operands` and `operands_mut` share it).
macro_rules! operand_list {
    ($inst:expr, $iter:ident, $each:expr) => {{
        let each = $each;
        match $inst {
            Inst::Const { .. }
            | Inst::Get { .. }
            | Inst::AddressOf { .. }
            | Inst::FrameAddress { .. }
            | Inst::SymbolAddress { .. }
            | Inst::FunctionIndex { .. }
            | Inst::InitClass { .. } => Vec::new(),
            Inst::Set { src, .. } | Inst::Cast { src, .. } | Inst::Unary { src, .. } | Inst::Convert { src, .. } => {
                vec![each(src)]
            }
            Inst::Binary { lhs, rhs, .. } | Inst::Compare { lhs, rhs, .. } => vec![each(lhs), each(rhs)],
            Inst::Load { addr, .. } | Inst::Zero { addr, .. } | Inst::WriteBarrier { addr, .. } => vec![each(addr)],
            Inst::LocalAlloc { size, .. } => vec![each(size)],
            Inst::Store { addr, value, .. } => vec![each(addr), each(value)],
            Inst::Copy { dst, src, .. } => vec![each(dst), each(src)],
            Inst::CopyBlock { dst, src, len } => vec![each(dst), each(src), each(len)],
            Inst::FillBlock { dst, value, len } => vec![each(dst), each(value), each(len)],
            Inst::Wasm { args, .. } | Inst::Call { args, .. } | Inst::InterfaceQuery { args, .. } => {
                args.$iter().map(each).collect()
            }
            Inst::CallIndirect { args, callee, .. } => args.$iter().chain([callee]).map(each).collect(),
            Inst::NullCheck { value } | Inst::Spill { value, .. } => vec![each(value)],
            Inst::BoundsCheck { index, length } => vec![each(index), each(length)],
            Inst::ThrowIf { cond, .. } => vec![each(cond)],
        }
    }};
}
use operand_list;

impl Terminator {
    /// The register it reads, if any.
    pub fn operand(&self) -> Option<Reg> {
        match self {
            Terminator::Branch { cond, .. } => Some(*cond),
            Terminator::Switch { value, .. } => Some(*value),
            Terminator::Return(value) => *value,
            Terminator::Unwind(exception) => Some(*exception),
            Terminator::Goto(_) | Terminator::Throw(_) | Terminator::Unreachable => None,
        }
    }

    /// The register it reads, to rewrite.
    pub fn operand_mut(&mut self) -> Option<&mut Reg> {
        match self {
            Terminator::Branch { cond, .. } => Some(cond),
            Terminator::Switch { value, .. } => Some(value),
            Terminator::Return(value) => value.as_mut(),
            Terminator::Unwind(exception) => Some(exception),
            Terminator::Goto(_) | Terminator::Throw(_) | Terminator::Unreachable => None,
        }
    }

    /// Reads its register under the new name `map` gives it, if any.
    pub fn rename(&mut self, map: &std::collections::HashMap<Reg, Reg>) {
        if let Some(r) = self.operand_mut()
            && let Some(n) = map.get(r)
        {
            *r = *n;
        }
    }

    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Goto(b) => vec![*b],
            Terminator::Branch { then, otherwise, .. } => vec![*then, *otherwise],
            Terminator::Switch { targets, default, .. } => targets.iter().chain([default]).copied().collect(),
            Terminator::Return(_) | Terminator::Throw(_) | Terminator::Unreachable | Terminator::Unwind(_) => {
                Vec::new()
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// IL offset the block starts at.
    pub il_offset: u32,
    pub insts: Vec<Inst>,
    /// The IL offset of each instruction (same length as `insts`).
    pub il_offsets: Vec<u32>,
    pub terminator: Terminator,
    /// The IL offset of the terminator.
    pub terminator_offset: u32,
}

/// A method's IR.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    /// Wasm-level parameters after the shadow-stack pointer, in ABI order (this, return buffer, arguments).
    pub params: Vec<Ty>,
    pub result: Option<Ty>,
    /// The declared return type's width: a small integer result is truncated and re-extended on return.
    pub result_mem: Option<MemType>,
    /// Variables; the first `params.len()` are the parameters, in order.
    pub vars: Vec<VarInfo>,
    pub regs: Vec<Ty>,
    pub blocks: Vec<Block>,
    /// Bytes of shadow frame the method needs, 8-byte aligned.
    pub frame_size: u32,
    /// Frame bytes to zero on entry (IL locals kept in the frame when the method says `localsinit`, and every
    /// struct temporary, so that no stale reference is ever seen by a future collector): `(offset, size)` ranges.
    pub zero_ranges: Vec<(u32, u32)>,
    /// A method with exception handlers: its body runs inside a Wasm `try` whose `catch` (the landing pad) stores
    /// the managed exception in this variable and restarts the function at block 0, which dispatches on the
    /// region the throw came from (`import::handlers` builds that control flow; docs/abi.md).
    pub caught: Option<Var>,
    /// The pass-one function of a method with catch or filter clauses, imported with it (`import::handlers`).
    pub pass_one: Option<Box<Function>>,
    /// A pass-one function: its frame variables live in its method's frame, whose base this parameter holds.
    pub frame_param: Option<Var>,
    /// With a landing pad: what the importer knows of the method's protected regions, for `checkcatch`.
    pub regions: Option<Box<Regions>>,
}

/// A method's protected regions as the importer built them (`import::handlers`): what `checkcatch` needs to catch
/// a check's exception inside the method, without a throw, and to drop the landing pad and handler frame when
/// nothing else can throw into them.
#[derive(Clone, Debug, PartialEq)]
pub struct Regions {
    /// `i32`: where dispatch starts for a throw from the running block (0: the entry; `starts[value - 1]`).
    pub region: Var,
    /// With a handler frame: the clause the first pass chose in this frame.
    pub chosen: Option<Var>,
    /// The block the IL starts at (block 0 is the landing pad's dispatch).
    pub entry: BlockId,
    /// The method keeps a handler frame at offset 0 of its frame (`abi::handler_frame`).
    pub handler_frame: bool,
    /// The runtime's handler frame calls (`Enter`, `Leave`, `Landed`), which go with the frame.
    pub frame_calls: Vec<Symbol>,
    /// Per region value.
    pub starts: Vec<RegionStart>,
}

/// Where a throw from a region goes, and what is decided there without running anything.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionStart {
    /// The first clause's dispatch block, or the escape block.
    pub dispatch: BlockId,
    /// A catch or filter clause holds the region: the first pass must find the method's frame.
    pub first_pass: bool,
    /// A finally or fault clause holds the region: the second pass runs it.
    pub second_pass: bool,
    /// What the first pass answers in this method for the exceptions of checks, where that is known without
    /// running anything: catch types known to match or not, no filter before. Kinds not listed are not known.
    pub decided: Vec<(ExceptionKind, FirstPass)>,
}

/// The first pass's answer in one method for an exception of a known kind.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FirstPass {
    /// Clause `clause` (the value of `Regions::chosen`) takes it, and its handler cannot see a stack trace;
    /// `make` is the runtime method that makes the exception (`Helper::new_exception`).
    Takes { clause: u32, make: Symbol },
    /// No clause of the method takes it.
    Passes,
}

impl Block {
    /// A block whose instructions all come from IL offset 0 (what the entry function and the passes' unit tests
    /// build).
    pub fn at_offset_zero(insts: Vec<Inst>, terminator: Terminator) -> Block {
        Block { il_offset: 0, il_offsets: vec![0; insts.len()], insts, terminator, terminator_offset: 0 }
    }
}

impl Function {
    /// A function of one block (`insts`, then `terminator`) over registers of the `regs` types, without parameters
    /// or variables (the entry function, the passes' unit tests); the result type is the returned register's.
    pub fn one_block(regs: Vec<Ty>, insts: Vec<Inst>, terminator: Terminator) -> Function {
        let result = match terminator {
            Terminator::Return(Some(r)) => Some(regs[r.0 as usize]),
            _ => None,
        };
        Function {
            name: "test".into(),
            params: Vec::new(),
            result,
            result_mem: None,
            vars: Vec::new(),
            regs,
            blocks: vec![Block::at_offset_zero(insts, terminator)],
            frame_size: 0,
            zero_ranges: Vec::new(),
            caught: None,
            pass_one: None,
            frame_param: None,
            regions: None,
        }
    }

    /// A new register of type `ty`.
    pub fn new_reg(&mut self, ty: Ty) -> Reg {
        self.regs.push(ty);
        Reg(self.regs.len() as u32 - 1)
    }

    /// A new local variable of type `ty`, stored at its full width.
    pub fn new_local(&mut self, ty: Ty, name: String) -> Var {
        let mem = match ty.wasm() {
            Ty::I64 => MemType::I64,
            Ty::F32 => MemType::F32,
            Ty::F64 => MemType::F64,
            _ => MemType::I32,
        };
        self.vars.push(VarInfo { ty, mem, storage: Storage::Local, name });
        Var(self.vars.len() as u32 - 1)
    }

    /// Moving the code after a point of a block to another block: registers never cross blocks, so those that
    /// `before` defines and `after` (then `terminator`) reads cross in new variables. Returns the `Set`s that end
    /// `before`'s block and the `Get`s that start the new one with the renaming to apply to `after`, or `None`
    /// when a struct register would cross (it holds an address into a temporary, which no variable carries).
    pub fn carry(&mut self, before: &[Inst], after: &[Inst], terminator: &Terminator) -> Option<Carried> {
        let defined: std::collections::HashSet<Reg> = before.iter().filter_map(Inst::dst).collect();
        let mut crossing: Vec<Reg> = Vec::new();
        for r in after.iter().flat_map(Inst::operands).chain(terminator.operand()) {
            if defined.contains(&r) && !crossing.contains(&r) {
                crossing.push(r);
            }
        }
        if crossing.iter().any(|r| matches!(self.regs[r.0 as usize], Ty::Struct(_))) {
            return None;
        }
        let mut carried = Carried::default();
        for r in crossing {
            let ty = self.regs[r.0 as usize];
            let var = self.new_local(ty, format!("carried{}", r.0));
            let back = self.new_reg(ty);
            carried.sets.push(Inst::Set { var, src: r });
            carried.gets.push(Inst::Get { dst: back, var });
            carried.renamed.insert(r, back);
        }
        Some(carried)
    }

    /// How many instructions define each register (1 for all but the stack values the importer merges, and 0 for a
    /// register an optimization left without its definition).
    pub fn def_counts(&self) -> Vec<u32> {
        let mut defs = vec![0u32; self.regs.len()];
        for d in self.blocks.iter().flat_map(|b| &b.insts).filter_map(Inst::dst) {
            defs[d.0 as usize] += 1;
        }
        defs
    }

    /// How many times each register is read, by instructions and terminators.
    pub fn use_counts(&self) -> Vec<u32> {
        let mut uses = vec![0u32; self.regs.len()];
        for block in &self.blocks {
            let reads = block.insts.iter().flat_map(Inst::operands).chain(block.terminator.operand());
            for r in reads {
                uses[r.0 as usize] += 1;
            }
        }
        uses
    }

    /// The constant each register holds, for registers defined once, by a `Const`.
    pub fn constants(&self) -> Vec<Option<Const>> {
        let defs = self.def_counts();
        let mut constants = vec![None; self.regs.len()];
        for inst in self.blocks.iter().flat_map(|b| &b.insts) {
            if let Inst::Const { dst, value } = inst
                && defs[dst.0 as usize] == 1
            {
                constants[dst.0 as usize] = Some(*value);
            }
        }
        constants
    }

    /// The `i32` value of each register defined once that a constant or arithmetic on constants computes:
    /// `conv.i` of a constant, and the `add`, `sub`, `mul` and `shl` Roslyn scales a constant pointer offset with
    /// (`p[3]` for an `int*` is `ldc.i4.3; conv.i; ldc.i4.4; mul; add`). Blocks are visited once, in order.
    pub fn i32_constants(&self) -> Vec<Option<i32>> {
        let single = self.constants();
        let defs = self.def_counts();
        let mut values: Vec<Option<i32>> =
            single.iter().map(|c| if let Some(Const::I32(v)) = c { Some(*v) } else { None }).collect();
        for inst in self.blocks.iter().flat_map(|b| &b.insts) {
            let value = match *inst {
                Inst::Convert {
                    dst, to: ConvTarget::I4 | ConvTarget::U4, from: Ty::I32, src, checked: false, ..
                } => values[src.0 as usize].map(|v| (dst, v)),
                Inst::Binary { dst, op, ty: Ty::I32, lhs, rhs } => {
                    match (values[lhs.0 as usize], values[rhs.0 as usize]) {
                        (Some(a), Some(b)) => match op {
                            BinOp::Add => Some((dst, a.wrapping_add(b))),
                            BinOp::Sub => Some((dst, a.wrapping_sub(b))),
                            BinOp::Mul => Some((dst, a.wrapping_mul(b))),
                            BinOp::Shl => Some((dst, a.wrapping_shl(b as u32))),
                            _ => None,
                        },
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some((dst, v)) = value
                && defs[dst.0 as usize] == 1
            {
                values[dst.0 as usize] = Some(v);
            }
        }
        values
    }

    /// Each register defined once as `base + k` (a 32-bit `add`, `k` an `i32_constants` value, `base` defined once
    /// and not itself a constant): `(base, k)`. What a field, element or header access through a pointer computes;
    /// `nullcheck` checks `base` for it and `simplify` moves `k` into the access's offset.
    pub fn constant_offsets(&self) -> std::collections::HashMap<Reg, (Reg, i32)> {
        let constants = self.i32_constants();
        let defs = self.def_counts();
        let once = |r: &Reg| defs[r.0 as usize] == 1;
        let mut sums = std::collections::HashMap::new();
        for inst in self.blocks.iter().flat_map(|b| &b.insts) {
            if let Inst::Binary { dst, op: BinOp::Add, ty: Ty::I32, lhs, rhs } = inst
                && once(dst)
            {
                let split = match (constants[lhs.0 as usize], constants[rhs.0 as usize]) {
                    (None, Some(k)) => Some((*lhs, k)),
                    (Some(k), None) => Some((*rhs, k)),
                    _ => None,
                };
                if let Some((base, k)) = split.filter(|(base, _)| once(base)) {
                    sums.insert(*dst, (base, k));
                }
            }
        }
        sums
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::I32 => f.write_str("i32"),
            Ty::I64 => f.write_str("i64"),
            Ty::F32 => f.write_str("f32"),
            Ty::F64 => f.write_str("f64"),
            Ty::Ref => f.write_str("ref"),
            Ty::ByRef => f.write_str("byref"),
            Ty::Struct(t) => write!(f, "struct{}", t.0),
        }
    }
}
