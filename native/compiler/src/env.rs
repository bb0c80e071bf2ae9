//! What one method's import needs from the rest of the compilation besides the type system: somewhere to record
//! what the method depends on (the dependency graph, or a test's list), the string-literal and signature tables,
//! and the managed runtime's helpers. Also the stub reasons and their diagnostic codes.

use crate::abi::WasmSig;
use crate::graph::Node;
use crate::runtime::Helper;
use wasmr2r_typesystem::{MethodId, TypeError, TypeSystem};

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

    /// A type-system failure as a stub reason.
    pub fn from_type_error(e: TypeError) -> Self {
        let code = match e {
            TypeError::Metadata(_) => codes::METADATA,
            TypeError::Invalid(_) => codes::INVALID_IL,
            _ => codes::TYPE,
        };
        Unsupported::new(code, e.to_string())
    }
}

impl From<TypeError> for Unsupported {
    fn from(e: TypeError) -> Self {
        Unsupported::from_type_error(e)
    }
}

/// Diagnostic codes for stubbed methods (the registry: every code the compiler reports is here).
pub mod codes {
    /// An opcode the compiler does not handle yet.
    pub const OPCODE: &str = "WR2R1001";
    /// A type the compiler cannot lay out or use (an unresolved type, an open generic, a runaway instantiation).
    pub const TYPE: &str = "WR2R1002";
    /// A call target that cannot be resolved or compiled.
    pub const CALL: &str = "WR2R1003";
    /// A field that cannot be resolved.
    pub const FIELD: &str = "WR2R1004";
    /// IL the compiler rejects as invalid (stack mismatch, bad types).
    pub const INVALID_IL: &str = "WR2R1005";
    /// An exception-clause table the compiler cannot represent: ranges outside the code, or protected blocks that
    /// overlap without nesting (II.19).
    pub const EXCEPTION_HANDLING: &str = "WR2R1006";
    /// A method with no IL body that neither the compiler nor the runtime provides (an icall, a P/Invoke, a
    /// runtime-provided method, an `[Intrinsic]` whose IL is a placeholder calling itself).
    pub const NO_BODY: &str = "WR2R1007";
    /// The metadata of the method could not be read.
    pub const METADATA: &str = "WR2R1008";
}

/// Why a node is in the graph: a short phrase ("call", "field type", "virtual slot used and type constructed").
pub type Reason = &'static str;

/// What the importer tells the rest of the compilation and asks of it.
pub trait ImportEnv {
    /// The method being imported needs `node`.
    fn depend(&mut self, node: Node, reason: Reason);
    /// The index of a string literal in the literal table (each distinct text once).
    fn string_literal(&mut self, text: &[u16]) -> u32;
    /// The index of a Wasm function type in the signature table (each distinct type once).
    fn signature(&mut self, sig: WasmSig) -> u32;
    /// A managed runtime helper.
    fn helper(&mut self, ts: &mut TypeSystem, helper: Helper) -> Result<MethodId, Unsupported>;
    /// The runtime's implementation of internal call `method`, if it has one.
    fn internal_call(&mut self, ts: &mut TypeSystem, method: MethodId) -> Result<Option<MethodId>, Unsupported>;
    /// The managed runtime's assembly, whose unmanaged pointers the importer trusts (no null check where code
    /// dereferences one, as CoreCLR's own runtime has none: docs/abi.md, "Checks"); None when there is no runtime.
    fn runtime_assembly(&self) -> Option<u32> {
        None
    }
}
