//! The compiler fuzz target's harness (`fuzz/fuzz_targets/compile.rs`), kept here so that the inputs it has found
//! run as ordinary tests (`tests/fuzz_regressions.rs`). An input replaces the IL and the locals signature of a real
//! framework method, which is compiled as the root of an image together with everything it reaches. Whatever the
//! input, the compiler must not panic or report an internal error, and every image it writes must validate; it may
//! stub methods, and refuse a build whose types the type system rejects (`DriverError::Node`).
//!
//! Input: `u16 method selector (LE) | u8 locals signature length n | n bytes of LocalVarSig | IL`. A length of 0 keeps
//! the method's own locals and exception clauses (so a seed is the method exactly, and mutated IL meets real clause
//! tables); 255 means no locals. Other lengths give no clauses.

use crate::build::write_image;
use crate::driver::{self, Control, DriverError, Options, ReplacedBody, Roots};
use std::path::PathBuf;
use wasmr2r_image::Shape;
use wasmr2r_metadata::{Assembly, MethodDefRow};
use wasmr2r_typesystem::{MethodDefId, World};

/// What an input compiled to, when that is not a bug.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// An image (validated by the writer) of this size, with this many stubs; `root_stub` is why the method the
    /// input replaced is a stub, if it is one (`reason (code)`).
    Image { bytes: usize, stubs: usize, root_stub: Option<String> },
    /// The build refused the input with this message.
    Rejected(String),
}

/// The world the fuzzer compiles in, and the methods an input may replace.
pub struct Harness {
    pub world: World,
    /// Methods of assembly 0 with an IL body, not generic, in a non-generic type.
    pub methods: Vec<MethodDefId>,
}

impl Harness {
    /// A harness over these assemblies (the one supplying the methods first, usually CoreLib) and the managed
    /// runtime.
    pub fn open(files: &[PathBuf]) -> Result<Harness, String> {
        let mut assemblies = Vec::new();
        for file in files {
            assemblies.push(Assembly::open(file).map_err(|e| format!("{}: {e}", file.display()))?);
        }
        assemblies.push(
            Assembly::from_bytes(crate::runtime::ASSEMBLY.to_vec()).map_err(|e| format!("the managed runtime: {e}"))?,
        );
        Ok(Harness::new(World::new(assemblies)))
    }

    /// A harness over `world`, whose assembly 0 supplies the methods.
    pub fn new(world: World) -> Harness {
        let methods = driver::standalone_methods(&world, 0);
        Harness { world, methods }
    }

    /// The input that compiles method `index`'s own body (a seed for the corpus).
    pub fn seed(&self, index: usize) -> Option<Vec<u8>> {
        let def = *self.methods.get(index)?;
        let a = self.world.assembly(def.assembly);
        let row: MethodDefRow = a.row(def.rid).ok()?;
        let body = a.method_body(row.rva).ok()?;
        let mut input = (index as u16).to_le_bytes().to_vec();
        input.push(0);
        input.extend_from_slice(body.code);
        Some(input)
    }

    /// Compiles an input; `Err` describes a bug (a panic is one too).
    pub fn run(&self, input: &[u8]) -> Result<Outcome, String> {
        if input.len() < 3 || self.methods.is_empty() {
            return Ok(Outcome::Rejected("too short".into()));
        }
        let method = self.methods[usize::from(u16::from_le_bytes([input[0], input[1]])) % self.methods.len()];
        let (locals, clauses, code) = match input[2] {
            0 => (self.original_locals(method), self.original_clauses(method), &input[3..]),
            255 => (None, Vec::new(), &input[3..]),
            n => {
                let n = usize::from(n).min(input.len() - 3);
                (Some(input[3..3 + n].to_vec()), Vec::new(), &input[3 + n..])
            }
        };
        let options = Options {
            roots: Roots::Methods(vec![method]),
            replaced_bodies: vec![ReplacedBody { method, code: code.to_vec(), locals, clauses }],
            ..Options::default()
        };
        let mut output = match driver::compile(&self.world, &options, &Control::none()) {
            Ok(output) => output,
            // Fuzzed IL may instantiate generics their constraints forbid, and so on: the build is refused with
            // a message naming the type, which is correct for such input.
            Err(e @ DriverError::Node(_)) => return Ok(Outcome::Rejected(e.to_string())),
            Err(e) => return Err(e.to_string()),
        };
        let root_stub = output
            .functions
            .iter()
            .find(|f| f.def == Some(method))
            .and_then(|f| f.stub.as_ref())
            .map(|s| format!("{} ({})", s.reason, s.code));
        let (image, _, stubs) =
            write_image(&self.world, &mut output, Shape::Passive).map_err(|e| format!("the image: {e}"))?;
        Ok(Outcome::Image { bytes: image.len(), stubs: stubs.len(), root_stub })
    }

    /// The exception clauses of a method's own body.
    fn original_clauses(&self, def: MethodDefId) -> Vec<wasmr2r_metadata::ExceptionClause> {
        let a = self.world.assembly(def.assembly);
        let row: Option<MethodDefRow> = a.row(def.rid).ok();
        row.and_then(|row| a.method_body(row.rva).ok()).map(|b| b.exception_clauses).unwrap_or_default()
    }

    /// The LocalVarSig blob of a method's own body.
    fn original_locals(&self, def: MethodDefId) -> Option<Vec<u8>> {
        let a = self.world.assembly(def.assembly);
        let row: MethodDefRow = a.row(def.rid).ok()?;
        let body = a.method_body(row.rva).ok()?;
        if body.locals.is_nil() {
            return None;
        }
        let sig: wasmr2r_metadata::StandAloneSigRow = a.row(body.locals.rid()).ok()?;
        a.blobs().get(sig.signature).ok().map(|b| b.to_vec())
    }
}
