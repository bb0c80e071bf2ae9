//! The compiler's IR: per method, basic blocks of instructions over virtual registers, typed with the four
//! Wasm value types. The importer (`import`) builds it from IL, the verifier (`verify`) checks it, and code
//! generation (`codegen`) turns it into a Wasm function.
//!
//! IL's evaluation stack does not survive into the IR: inside a block every pushed value is a fresh
//! register; across block boundaries the stack lives in *stack variables* (one per depth and type), which
//! are ordinary variables like IL locals and arguments.

use std::fmt;

/// A Wasm value type. Native ints, pointers and byrefs are `I32` on wasm32.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ty {
    I32,
    I64,
    F32,
    F64,
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

/// A function the method calls, in the compilation's function numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncRef(pub u32);

/// Where a variable lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    /// A Wasm local.
    Local,
    /// A slot in the shadow frame at this byte offset, because its address is taken (`ldloca`, `ldarga`).
    Frame { offset: u32 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarInfo {
    pub ty: Ty,
    /// The IL type's width and signedness: a store to an `int8` variable truncates and a load sign-extends,
    /// in a local as in a frame slot.
    pub mem: MemType,
    pub storage: Storage,
    /// What the variable is, for names in output: `arg0`, `loc3`, `stack1`.
    pub name: String,
}

/// Memory access widths and extensions for `ldind`/`stind` and static fields.
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
    /// The register type a load produces / a store consumes.
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Neg,
    Not,
    /// `ckfinite`: throws ArithmeticException on NaN or an infinity.
    CkFinite,
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

/// Exceptions the generated code raises itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExceptionKind {
    Overflow,
    DivideByZero,
    Arithmetic,
    NullReference,
    /// A method the compiler stubbed out.
    NotSupported,
}

impl ExceptionKind {
    pub fn type_name(self) -> &'static str {
        match self {
            ExceptionKind::Overflow => "System.OverflowException",
            ExceptionKind::DivideByZero => "System.DivideByZeroException",
            ExceptionKind::Arithmetic => "System.ArithmeticException",
            ExceptionKind::NullReference => "System.NullReferenceException",
            ExceptionKind::NotSupported => "System.NotSupportedException",
        }
    }

    /// The number the runtime's throw helper takes.
    pub fn code(self) -> i32 {
        self as i32
    }
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

/// An instruction. `dst` registers are defined here; operands are registers defined earlier.
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
    /// The address of a frame variable.
    AddressOf {
        dst: Reg,
        var: Var,
    },
    Unary {
        dst: Reg,
        op: UnOp,
        ty: Ty,
        src: Reg,
    },
    Binary {
        dst: Reg,
        op: BinOp,
        ty: Ty,
        lhs: Reg,
        rhs: Reg,
    },
    /// `ty` is the operand type (`Shl`/`Shr` take an I32 count whatever `ty` is).
    Compare {
        dst: Reg,
        op: CmpOp,
        ty: Ty,
        lhs: Reg,
        rhs: Reg,
    },
    /// `checked` conversions throw OverflowException when the value does not fit; `unsigned_source`
    /// reads an integer source as unsigned (`.un` forms).
    Convert {
        dst: Reg,
        to: ConvTarget,
        from: Ty,
        src: Reg,
        checked: bool,
        unsigned_source: bool,
    },
    Load {
        dst: Reg,
        mem: MemType,
        addr: Reg,
    },
    Store {
        mem: MemType,
        addr: Reg,
        value: Reg,
    },
    /// The address of static storage at `offset` in the image's statics area.
    StaticAddress {
        dst: Reg,
        offset: u32,
    },
    /// Runs the class constructor guarded by the flag byte at `flag_offset` in the statics area, once.
    InitClass {
        flag_offset: u32,
        cctor: FuncRef,
    },
    Call {
        dst: Option<Reg>,
        callee: FuncRef,
        args: Vec<Reg>,
    },
    Drop {
        src: Reg,
    },
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
    Throw(ExceptionKind),
    /// A method the compiler cannot handle: throws with the reason (a stub).
    Unsupported(String),
}

impl Terminator {
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Goto(b) => vec![*b],
            Terminator::Branch { then, otherwise, .. } => vec![*then, *otherwise],
            Terminator::Switch { targets, default, .. } => targets.iter().chain([default]).copied().collect(),
            Terminator::Return(_) | Terminator::Throw(_) | Terminator::Unsupported(_) => Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// IL offset the block starts at (for diagnostics and names).
    pub il_offset: u32,
    pub insts: Vec<Inst>,
    pub terminator: Terminator,
}

/// A method's IR.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    pub params: Vec<Ty>,
    pub result: Option<Ty>,
    /// The declared return type's width: a small integer result is truncated and re-extended on return.
    pub result_mem: Option<MemType>,
    /// Variables; the first `params.len()` are the arguments, in order.
    pub vars: Vec<VarInfo>,
    pub regs: Vec<Ty>,
    pub blocks: Vec<Block>,
    /// Bytes of shadow frame the method needs (frame variables), 8-byte aligned.
    pub frame_size: u32,
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Ty::I32 => "i32",
            Ty::I64 => "i64",
            Ty::F32 => "f32",
            Ty::F64 => "f64",
        })
    }
}
