//! What the importer needs to know about the world outside the method: the types of its arguments and
//! locals, and what its calls and static fields refer to. The driver answers from the type system; tests
//! answer from a table.

use crate::ir::{FuncRef, MemType};
use wasmr2r_metadata::Token;

/// Why a method (or one of its instructions) is outside what the compiler handles yet. Each reason has a
/// stable diagnostic code, so the build can summarize stubs by reason.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Unsupported {
    pub code: &'static str,
    pub reason: String,
    /// Where in the method, when one instruction is the cause.
    pub il_offset: Option<u32>,
}

impl Unsupported {
    pub fn new(code: &'static str, reason: impl Into<String>) -> Self {
        Unsupported { code, reason: reason.into(), il_offset: None }
    }

    pub fn at(mut self, il_offset: u32) -> Self {
        self.il_offset.get_or_insert(il_offset);
        self
    }
}

/// Diagnostic codes for stubbed methods.
pub mod codes {
    /// An opcode the compiler does not handle yet.
    pub const OPCODE: &str = "WR2R1001";
    /// A type outside the primitive slice (objects, value types, generics...).
    pub const TYPE: &str = "WR2R1002";
    /// A call target that cannot be resolved or compiled.
    pub const CALL: &str = "WR2R1003";
    /// A field that is not a primitive static field.
    pub const FIELD: &str = "WR2R1004";
    /// IL the compiler rejects as invalid (stack mismatch, bad types).
    pub const INVALID_IL: &str = "WR2R1005";
    /// Exception handling clauses.
    pub const EXCEPTION_HANDLING: &str = "WR2R1006";
    /// A method with no IL body (InternalCall, P/Invoke, abstract, runtime-provided).
    pub const NO_BODY: &str = "WR2R1007";
    /// The metadata of the method could not be read.
    pub const METADATA: &str = "WR2R1008";
}

/// A class constructor that must have run before something is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClassInit {
    /// Offset of the class's "initialized" flag byte in the statics area.
    pub flag_offset: u32,
    pub cctor: FuncRef,
}

/// A resolved call target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Callee {
    pub func: FuncRef,
    pub params: Vec<MemType>,
    pub result: Option<MemType>,
    /// Run before the call (a class whose static constructor has precise timing).
    pub init: Option<ClassInit>,
}

/// A resolved static field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StaticField {
    /// Offset in the statics area.
    pub offset: u32,
    pub mem: MemType,
    pub init: Option<ClassInit>,
}

/// Answers the importer's questions.
pub trait Environment {
    fn callee(&self, token: Token) -> Result<Callee, Unsupported>;
    fn static_field(&self, token: Token) -> Result<StaticField, Unsupported>;
    /// `sizeof`: the size in bytes of the type `token` names.
    fn size_of(&self, token: Token) -> Result<u32, Unsupported>;
}

/// The method being compiled.
pub struct MethodInput<'a> {
    pub name: String,
    pub params: Vec<MemType>,
    pub result: Option<MemType>,
    pub locals: Vec<MemType>,
    pub code: &'a [u8],
    /// File offset of the code, for errors.
    pub code_offset: usize,
    pub has_exception_clauses: bool,
}
