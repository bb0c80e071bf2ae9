//! The Wasm module around the payload (WebCIL wrapper version 1, ../shared/reference/r2r-wasm-format-notes.md
//! §3 and §6.1), in one of two shapes:
//!
//! - **Passive** (default): the payload is a passive segment. The host asks `getWebcilSize(ptr)` for
//!   `{payloadSize, tableSize}`, picks an address and table slots, instantiates, then calls
//!   `getWebcilPayload(ptr, size)` (`memory.init`; also writes TableBase into the header).
//! - **Self-installing**: the payload is an active segment at `global.get imageBase`, so instantiation installs
//!   it; the host then calls `patchWebcilHeader()`.
//!
//! In both, the function references are an active element segment at `global.get tableBase` (an import the host
//! gives at instantiation either way). Not a passive one filled by `table.init`: V8 fills a table from an active
//! segment at instantiation with placeholders it resolves on first use, while `table.init` makes each entry's
//! function object at once (a CoreLib-sized image's 3,000 entries: 4.6 ms against under 1 ms, Node 20).
//!
//! Both import from `"webcil"`: `memory`, `stackPointer` (mutable i32), `imageBase`, `tableBase`, `table`
//! and the exception tag `exceptionTag`. Compiled methods are never exported (engines limit exports); they
//! are reachable through the element segment, and their names are in the `name` section.

use crate::link::{CodeReloc, CodeRelocKind, CompiledFunction, SymbolRef};
use crate::payload::TABLE_BASE_OFFSET;
use wasm_encoder::Encode;
use wasm_encoder::{
    CodeSection, ConstExpr, CustomSection, DataCountSection, DataSection, ElementSection, Elements, EntityType,
    ExportKind, ExportSection, FuncType, Function, FunctionSection, GlobalSection, GlobalType, ImportSection, MemArg,
    MemArgTarget, MemoryType, Module, NameMap, NameSection, RefType, TableType, TagKind, TagType, TypeSection, ValType,
};

/// How the payload and function references get into memory and the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Shape {
    #[default]
    Passive,
    SelfInstalling,
}

/// Functions the host provides to compiled code, imported from `"wasmr2r"` in this order; compiled
/// method `i` is function index `HOST_FUNCTIONS.len() + i`.
pub const HOST_FUNCTIONS: &[(&str, &[ValType], &[ValType])] = &[
    // fmod(x, y): C's fmod, which IL's `rem` on floats is.
    ("fmod", &[ValType::F64, ValType::F64], &[ValType::F64]),
    // unsupported(function): a stubbed method was called; the StubReasons table says why. Never returns.
    ("unsupported", &[ValType::I32], &[]),
    // write(fd, ptr, len): UTF-8 text at `ptr` to standard output (fd 1) or standard error (fd 2).
    ("write", &[ValType::I32, ValType::I32, ValType::I32], &[]),
    // fail(type, typeLength, message, messageLength): an unhandled exception, its type name and message as UTF-16
    // code units; never returns.
    ("fail", &[ValType::I32, ValType::I32, ValType::I32, ValType::I32], &[]),
    // random(ptr, len): `len` random bytes at `ptr` (the host's cryptographic generator).
    ("random", &[ValType::I32, ValType::I32], &[]),
    // The C library's double functions that Wasm has no instruction for, which Mono's Math and MathF internal calls
    // are (the host's `Math`, with C's `pow` special cases).
    ("acos", &[ValType::F64], &[ValType::F64]),
    ("acosh", &[ValType::F64], &[ValType::F64]),
    ("asin", &[ValType::F64], &[ValType::F64]),
    ("asinh", &[ValType::F64], &[ValType::F64]),
    ("atan", &[ValType::F64], &[ValType::F64]),
    ("atanh", &[ValType::F64], &[ValType::F64]),
    ("cbrt", &[ValType::F64], &[ValType::F64]),
    ("cos", &[ValType::F64], &[ValType::F64]),
    ("cosh", &[ValType::F64], &[ValType::F64]),
    ("exp", &[ValType::F64], &[ValType::F64]),
    ("log", &[ValType::F64], &[ValType::F64]),
    ("log10", &[ValType::F64], &[ValType::F64]),
    ("log2", &[ValType::F64], &[ValType::F64]),
    ("sin", &[ValType::F64], &[ValType::F64]),
    ("sinh", &[ValType::F64], &[ValType::F64]),
    ("tan", &[ValType::F64], &[ValType::F64]),
    ("tanh", &[ValType::F64], &[ValType::F64]),
    ("atan2", &[ValType::F64, ValType::F64], &[ValType::F64]),
    ("pow", &[ValType::F64, ValType::F64], &[ValType::F64]),
    // gcMode(): the collector's checking modes the runner was given (bit 0: collect at every allocation; bit 1:
    // verify the heap after each collection).
    ("gcMode", &[], &[ValType::I32]),
    // now(): the host's monotonic clock in milliseconds, with a fraction (`performance.now()`): Stopwatch and
    // Environment.TickCount64 (System.Native's GetTimestamp and GetLowResolutionTimestamp).
    ("now", &[], &[ValType::F64]),
    // wallClock(): the time of day, milliseconds since the Unix epoch with a fraction (`performance.timeOrigin +
    // performance.now()`): DateTime.UtcNow (System.Native's GetSystemTimeAsTicks).
    ("wallClock", &[], &[ValType::F64]),
    // captureTrace(stopSlot, previous) -> id: the call stack of a throw, to the method whose pass-one function is at
    // table index `stopSlot` (-1: to the entry point), after capture `previous` for a rethrow (0: none); traceLength(id) -> UTF-16 length of its text ("   at M" lines), -1
    // when no longer kept; traceCopy(id, ptr) writes the text. Exception.StackTrace.
    ("captureTrace", &[ValType::I32, ValType::I32], &[ValType::I32]),
    ("traceLength", &[ValType::I32], &[ValType::I32]),
    ("traceCopy", &[ValType::I32, ValType::I32], &[]),
    // argumentCount() -> n, argumentLength(i) -> UTF-16 length, argumentCopy(i, ptr): the arguments the program
    // was started with (Main's `string[] args`).
    ("argumentCount", &[], &[ValType::I32]),
    ("argumentLength", &[ValType::I32], &[ValType::I32]),
    ("argumentCopy", &[ValType::I32, ValType::I32], &[]),
    // exit(code): Environment.Exit — the process ends with `code` now, no finally block runs; never returns.
    ("exit", &[ValType::I32], &[]),
    // unhandled(ptr, len): an unhandled exception's ToString() (UTF-16 code units), which the host prints after
    // "Unhandled exception. "; the process ends as CoreCLR's does (exit code 134). Never returns.
    ("unhandled", &[ValType::I32, ValType::I32], &[]),
];
pub const HOST_FMOD: u32 = 0;
pub const HOST_UNSUPPORTED: u32 = 1;
pub const HOST_WRITE: u32 = 2;
pub const HOST_FAIL: u32 = 3;
pub const HOST_RANDOM: u32 = 4;

/// Function index of compiled method 0.
pub fn first_method_index() -> u32 {
    HOST_FUNCTIONS.len() as u32
}

/// Global indices: imported globals in import order (0 is `stackPointer`), then ours.
/// `stackPointer`: the loader sets it to the top of the shadow stack; compiled code never moves it (the pointer
/// travels as each function's first parameter), so it says where the collector's scan of the stack ends.
pub const GLOBAL_STACK_TOP: u32 = 0;
pub const GLOBAL_IMAGE_BASE: u32 = 1;
pub const GLOBAL_TABLE_BASE: u32 = 2;
/// `webcilVersion`, exported: the format version.
pub const GLOBAL_WEBCIL_VERSION: u32 = 3;
/// The collector's card table (its address, 0 until the runtime sets it up): compiled code marks a card in it when
/// it stores a reference (the write barrier; docs/abi.md "Garbage collection"). The module's own, mutable.
pub const GLOBAL_CARD_TABLE: u32 = 4;
pub const WEBCIL_VERSION: i32 = 1;

/// Interns function types.
#[derive(Default)]
struct Types {
    section: TypeSection,
    known: Vec<FuncType>,
}

impl Types {
    fn index(&mut self, ty: &FuncType) -> u32 {
        if let Some(i) = self.known.iter().position(|k| k == ty) {
            return i as u32;
        }
        self.section.ty().func_type(ty);
        self.known.push(ty.clone());
        (self.known.len() - 1) as u32
    }
}

/// The host-called helpers of a shape, as (export name, type, body).
fn helpers(shape: Shape) -> Vec<(&'static str, FuncType, Function)> {
    let store_table_base =
        MemArg { offset: u64::from(TABLE_BASE_OFFSET), align: 2, target: MemArgTarget::Memory(0), ordering: None };
    let mut get_size = Function::new([]);
    get_size.instructions().local_get(0).i32_const(0).i32_const(8).memory_init(0, 0).end();
    let size = ("getWebcilSize", FuncType::new([ValType::I32], []), get_size);
    match shape {
        Shape::Passive => {
            let mut get_payload = Function::new([]);
            get_payload
                .instructions()
                .local_get(0)
                .i32_const(0)
                .local_get(1)
                .memory_init(0, 1)
                // A host that copies at least the header gets TableBase written into it.
                .local_get(1)
                .i32_const(32)
                .i32_ge_u()
                .if_(wasm_encoder::BlockType::Empty)
                .local_get(0)
                .global_get(GLOBAL_TABLE_BASE)
                .i32_store(store_table_base)
                .end()
                .end();
            vec![size, ("getWebcilPayload", FuncType::new([ValType::I32, ValType::I32], []), get_payload)]
        }
        Shape::SelfInstalling => {
            let mut patch = Function::new([]);
            patch
                .instructions()
                .global_get(GLOBAL_IMAGE_BASE)
                .global_get(GLOBAL_TABLE_BASE)
                .i32_store(store_table_base)
                .end();
            vec![size, ("patchWebcilHeader", FuncType::new([], []), patch)]
        }
    }
}

/// V8's `compilationHints` byte for a function with a loop: lazy compilation (bits 0-1 = 1), straight to the
/// optimizing tier as both baseline (bits 2-3 = 2) and top tier (bits 4-5 = 2). Liftoff has no on-stack
/// replacement, so a loop in a function that runs once (a `Main`, a benchmark kernel) would otherwise finish in
/// the baseline tier. 0 leaves a function to V8's defaults.
const HINT_LOOP_OPTIMIZED: u8 = 0b10_10_01;

/// The `compilationHints` custom section (V8's experimental tiering hints, read only when the engine runs with
/// `--experimental-wasm-compilation-hints`, which the Node runner sets; other engines skip the section): one byte
/// per defined function, in function index order. It must precede the code section. See docs/format.md.
fn compilation_hints(functions: &[CompiledFunction], helper_count: usize) -> CustomSection<'static> {
    let mut data = Vec::with_capacity(functions.len() + helper_count + 5);
    (functions.len() + helper_count).encode(&mut data);
    data.extend(functions.iter().map(|f| if f.optimize_first { HINT_LOOP_OPTIMIZED } else { 0 }));
    data.extend(std::iter::repeat_n(0u8, helper_count));
    CustomSection { name: "compilationHints".into(), data: data.into() }
}

/// Builds the module: `payload` becomes data segment 1, `functions` fill table slots `tableBase + i`. Each function's
/// relocation sites are resolved: functions, host imports and types here, data symbols by `data_rva`.
pub fn build(
    shape: Shape,
    payload: &[u8],
    functions: &[CompiledFunction],
    signatures: &[FuncType],
    data_rva: &dyn Fn(SymbolRef) -> Result<u32, String>,
) -> Result<Vec<u8>, String> {
    let table_size = functions.len() as u32;
    let helpers = helpers(shape);
    let mut types = Types::default();
    let exception_type = types.index(&FuncType::new([ValType::I32], []));

    let mut imports = ImportSection::new();
    for (name, params, results) in HOST_FUNCTIONS {
        let ty = types.index(&FuncType::new(params.iter().copied(), results.iter().copied()));
        imports.import("wasmr2r", name, EntityType::Function(ty));
    }
    let pages = (payload.len() as u64).div_ceil(65536);
    let memory = MemoryType { minimum: pages, maximum: None, memory64: false, shared: false, page_size_log2: None };
    imports.import("webcil", "memory", memory);
    let global = |mutable| EntityType::Global(GlobalType { val_type: ValType::I32, mutable, shared: false });
    imports.import("webcil", "stackPointer", global(true));
    imports.import("webcil", "imageBase", global(false));
    imports.import("webcil", "tableBase", global(false));
    let table = TableType {
        element_type: RefType::FUNCREF,
        minimum: u64::from(table_size),
        maximum: None,
        table64: false,
        shared: false,
    };
    imports.import("webcil", "table", table);
    imports.import("webcil", "exceptionTag", TagType { kind: TagKind::Exception, func_type_idx: exception_type });

    let mut function_section = FunctionSection::new();
    let mut code = CodeSection::new();
    let mut exports = ExportSection::new();
    let mut names = NameMap::new();
    let first_method = first_method_index();
    let signature_types: Vec<u32> = signatures.iter().map(|t| types.index(t)).collect();
    for (i, f) in functions.iter().enumerate() {
        let index = first_method + i as u32;
        let ty = FuncType::new(f.params.iter().copied(), f.results.iter().copied());
        function_section.function(types.index(&ty));
        let resolve = |r: &CodeReloc| -> Result<i64, String> {
            let value = match (r.kind, r.target) {
                (CodeRelocKind::FunctionIndex, SymbolRef::Function(f)) if f < table_size => first_method + f,
                (CodeRelocKind::FunctionIndex, SymbolRef::Host(h)) if (h as usize) < HOST_FUNCTIONS.len() => h,
                (CodeRelocKind::TableIndex, SymbolRef::Function(f)) if f < table_size => f,
                (CodeRelocKind::TypeIndex, SymbolRef::Type(t)) => *signature_types
                    .get(t as usize)
                    .ok_or_else(|| format!("{}: call signature {t} does not exist", f.name))?,
                (CodeRelocKind::DataRva, target) => data_rva(target)?,
                (kind, target) => return Err(format!("{}: a {kind:?} relocation cannot name {target:?}", f.name)),
            };
            Ok(i64::from(value) + i64::from(r.addend))
        };
        let bytes = crate::link::patch_code(&f.code, &f.relocs, resolve)?;
        let mut body = Function::new(f.locals.iter().copied());
        body.raw(bytes);
        code.function(&body);
        names.append(index, &f.name);
    }
    let first_helper = first_method + table_size;
    for (i, (name, ty, body)) in helpers.iter().enumerate() {
        let index = first_helper + i as u32;
        function_section.function(types.index(ty));
        code.function(body);
        exports.export(name, ExportKind::Func, index);
        names.append(index, name);
    }
    let mut globals = GlobalSection::new();
    globals.global(
        GlobalType { val_type: ValType::I32, mutable: false, shared: false },
        &ConstExpr::i32_const(WEBCIL_VERSION),
    );
    globals.global(GlobalType { val_type: ValType::I32, mutable: true, shared: false }, &ConstExpr::i32_const(0));
    // Imported globals come first in the global index space.
    exports.export("webcilVersion", ExportKind::Global, GLOBAL_WEBCIL_VERSION);

    let method_indices: Vec<u32> = (first_method..first_method + table_size).collect();
    let mut elements = ElementSection::new();
    let method_refs = Elements::Functions(method_indices.into());
    elements.active(Some(0), &ConstExpr::global_get(GLOBAL_TABLE_BASE), method_refs);
    let mut size_segment = (payload.len() as u32).to_le_bytes().to_vec();
    size_segment.extend(table_size.to_le_bytes());
    let mut data = DataSection::new();
    data.passive(size_segment);
    match shape {
        Shape::Passive => data.passive(payload.iter().copied()),
        Shape::SelfInstalling => data.active(0, &ConstExpr::global_get(GLOBAL_IMAGE_BASE), payload.iter().copied()),
    };

    let hints = compilation_hints(functions, helpers.len());

    let mut name_section = NameSection::new();
    name_section.functions(&names);
    let mut module = Module::new();
    module
        .section(&types.section)
        .section(&imports)
        .section(&function_section)
        .section(&globals)
        .section(&exports)
        .section(&elements)
        .section(&DataCountSection { count: 2 })
        .section(&hints)
        .section(&code)
        .section(&data)
        .section(&name_section);
    Ok(module.finish())
}
