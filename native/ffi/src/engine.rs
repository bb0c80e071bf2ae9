//! The compilation engine behind the FFI surface: the one function, [`compile`], that the compile service runs.
//!
//! This module is the boundary between the FFI layer (`lib.rs`: interoptopus types, callbacks, panics,
//! cancellation plumbing) and the compiler proper. Everything here is plain Rust: no interoptopus types, no
//! raw pointers, no C strings. The FFI layer converts the request once, when the service is created, and
//! converts each [`Diagnostic`] and [`Progress`] report on its way out.
//!
//! # Contract for [`compile`]
//!
//! - **Callbacks** may be called from any thread and concurrently (e.g. from rayon workers); the FFI layer
//!   serializes the calls into .NET. Each call blocks until .NET has handled the report, so report at a
//!   coarse grain (per method or per assembly, not per instruction).
//! - **Cancellation**: `cancelled` is set from another thread when MSBuild cancels the build. Poll it (a
//!   `Relaxed` load is enough) between units of work and return [`CompileOutcome::Cancelled`] promptly.
//!   Once set it stays set.
//! - **Outputs** are written all or none (as `wasmr2r compile` does): a failed or cancelled compilation
//!   leaves no partial image behind.
//! - **Outcome**: [`CompileOutcome::Failed`] if and only if at least one [`Severity::Error`] diagnostic was
//!   reported. (The FFI layer turns a `Succeeded` that reported errors into `Failed`.)
//! - **Panics** are caught by the FFI layer, reported as [`codes::INTERNAL`] and turned into an error
//!   result, but a failure the user can act on should be a diagnostic, not a panic.
//! - **No console output**: the engine runs inside an MSBuild node; everything goes through `on_diagnostic`.
//!
//! The body checks the request (the inputs exist, the output directory can be created), then runs
//! `wasmr2r_compiler::build` — the same build as `wasmr2r compile` — and reports its stubs and summary.

use std::cell::Cell;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use wasmr2r_compiler::build::{BuildError, BuildRequest, build};
use wasmr2r_compiler::driver::Control;
use wasmr2r_image::Shape;

/// Diagnostic codes reported by the engine and the FFI layer. Codes `WR2R1001`..`WR2R1008` (stub reasons)
/// belong to `wasmr2r_compiler::env::codes`; the request and infrastructure codes live here.
pub mod codes {
    /// The app assembly is missing, or is not a file.
    pub const APP_NOT_FOUND: &str = "WR2R0001";
    /// A reference (file or directory) does not exist.
    pub const REFERENCE_NOT_FOUND: &str = "WR2R0002";
    /// The output directory cannot be created.
    pub const OUTPUT_DIRECTORY: &str = "WR2R0003";
    /// The build could not read an input or write the outputs (the message says which and why).
    pub const BUILD_FAILED: &str = "WR2R0004";
    /// An option asks for something not generated yet; the build goes on without it.
    pub const OPTION_NOT_SUPPORTED: &str = "WR2R0005";
    /// `extra_args` holds an argument the compiler does not understand (today: any).
    pub const UNKNOWN_ARGUMENT: &str = "WR2R0006";
    /// The build's summary: methods compiled and stubbed, image written.
    pub const SUMMARY: &str = "WR2R0010";
    /// The native library panicked: a bug in the compiler, not in the user's project.
    pub const INTERNAL: &str = "WR2R9999";
}

/// What to compile and where to put it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileRequest {
    /// The app's entry assembly.
    pub app_assembly: PathBuf,
    /// Reference assemblies: files, or directories whose assemblies are all references.
    pub references: Vec<PathBuf>,
    /// Where the image and its loader are written (created if missing).
    pub output_directory: PathBuf,
    pub options: CompileOptions,
}

/// How to compile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileOptions {
    /// One image for the whole graph (app + framework + runtime) instead of one per assembly.
    pub composite: bool,
    pub exception_handling: ExceptionHandling,
    pub shape: ImageShape,
    /// Worker threads; `None`: one per core.
    pub parallelism: Option<usize>,
    /// Extra command-line style arguments for the engine to interpret. It understands none yet, so any argument
    /// is an error naming it: silently ignoring what a user asked for would be worse.
    pub extra_args: String,
}

/// The Wasm exception-handling encoding to emit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExceptionHandling {
    /// `try`/`catch`/`rethrow` (runs on Node 20).
    Legacy,
    /// `try_table`/`throw_ref`.
    Exnref,
}

/// How the image places its payload (see `docs/format.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageShape {
    /// Passive payload; the host picks addresses and calls `getWebcilPayload`.
    Passive,
    /// Active payload and element segment at the imported `imageBase`/`tableBase`.
    SelfInstalling,
}

/// How bad a diagnostic is; MSBuild logs it as a message, a warning or an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// One report for the build log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// A stable code such as `WR2R1001` (see [`codes`]).
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The assembly (path or simple name) the diagnostic is about, if any.
    pub assembly: Option<String>,
    /// The method (`Type::Method`) the diagnostic is about, if any.
    pub method: Option<String>,
    /// The IL offset in `method`, if the diagnostic is about one instruction.
    pub il_offset: Option<u32>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic { code, severity, message: message.into(), assembly: None, method: None, il_offset: None }
    }

    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    pub fn info(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Info, code, message)
    }

    pub fn in_assembly(mut self, assembly: impl Into<String>) -> Self {
        self.assembly = Some(assembly.into());
        self
    }

    pub fn in_method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into());
        self
    }

    pub fn at(mut self, il_offset: u32) -> Self {
        self.il_offset = Some(il_offset);
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} {}: {}", self.severity, self.code, self.message)
    }
}

/// Steps done out of `total`: one per input checked (the app, each reference, the output directory), then one
/// per method compiled. `total` grows once, when discovery has found the methods.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

/// How a compilation ended. Details went out as diagnostics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileOutcome {
    /// All outputs were written.
    Succeeded,
    /// At least one error was reported; no outputs were written.
    Failed,
    /// `cancelled` was observed; no outputs were written.
    Cancelled,
}

/// Runs one compilation. See the [module documentation](self) for the contract.
pub fn compile(
    request: &CompileRequest,
    on_diagnostic: &(dyn Fn(&Diagnostic) + Sync),
    on_progress: &(dyn Fn(Progress) + Sync),
    cancelled: &AtomicBool,
) -> CompileOutcome {
    let is_cancelled = || cancelled.load(Ordering::Relaxed);
    // Steps: the app, each reference, the output directory.
    let total = u32::try_from(request.references.len()).unwrap_or(u32::MAX).saturating_add(2);
    let mut done = 0u32;
    let mut step = || {
        done = done.saturating_add(1);
        on_progress(Progress { done, total });
    };
    let failed = Cell::new(false);
    let report = |d: Diagnostic| {
        failed.set(failed.get() || d.severity == Severity::Error);
        on_diagnostic(&d);
    };

    on_progress(Progress { done: 0, total });
    if is_cancelled() {
        return CompileOutcome::Cancelled;
    }

    if let Some(d) = check_app(&request.app_assembly) {
        report(d);
    }
    step();
    for reference in &request.references {
        if is_cancelled() {
            return CompileOutcome::Cancelled;
        }
        if !reference.exists() {
            let shown = reference.display().to_string();
            report(
                Diagnostic::error(codes::REFERENCE_NOT_FOUND, format!("reference '{shown}' does not exist"))
                    .in_assembly(shown),
            );
        }
        step();
    }
    for argument in request.options.extra_args.split_whitespace() {
        report(Diagnostic::error(
            codes::UNKNOWN_ARGUMENT,
            format!(
                "unknown compiler argument '{argument}' in WasmR2RExtraArgs (the compiler takes no extra arguments yet)"
            ),
        ));
    }
    if is_cancelled() {
        return CompileOutcome::Cancelled;
    }
    // Only create the output directory for a request that can succeed.
    if !failed.get()
        && let Err(e) = std::fs::create_dir_all(&request.output_directory)
    {
        report(Diagnostic::error(
            codes::OUTPUT_DIRECTORY,
            format!("cannot create output directory '{}': {e}", request.output_directory.display()),
        ));
    }
    step();
    if failed.get() {
        return CompileOutcome::Failed;
    }

    if !request.options.composite {
        report(Diagnostic::warning(
            codes::OPTION_NOT_SUPPORTED,
            "per-assembly images are not generated yet; building one composite image",
        ));
    }
    let build_request = BuildRequest {
        app: request.app_assembly.clone(),
        references: request.references.clone(),
        output: request.output_directory.clone(),
        shape: match request.options.shape {
            ImageShape::Passive => Shape::Passive,
            ImageShape::SelfInstalling => Shape::SelfInstalling,
        },
        threads: request.options.parallelism,
        map: None,
        why: None,
        print_ir: None,
        exceptions: match request.options.exception_handling {
            ExceptionHandling::Legacy => wasmr2r_compiler::codegen::ExceptionEncoding::Legacy,
            ExceptionHandling::Exnref => wasmr2r_compiler::codegen::ExceptionEncoding::Exnref,
        },
        library: false,
        unsafe_without_gc_spills: false,
    };
    let app = request.app_assembly.display().to_string();
    // Progress goes on from the checks above: the total grows once, when discovery knows how many methods there are.
    let checked = total;
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let on_compiled = |done: usize, methods: usize| {
        on_progress(Progress {
            done: checked.saturating_add(to_u32(done)),
            total: checked.saturating_add(to_u32(methods)),
        })
    };
    match build(&build_request, &Control { cancelled, on_compiled: &on_compiled }) {
        Ok(built) => {
            // A stub in the app's own code deserves a warning; the framework's are expected while the
            // compiler grows, so they are messages.
            for stub in &built.stubs {
                let severity = if stub.assembly == built.app_name { Severity::Warning } else { Severity::Info };
                let mut d = Diagnostic::new(
                    severity,
                    stub.reason.code,
                    format!("{} was not precompiled: {}", stub.method, stub.reason.reason),
                )
                .in_assembly(stub.assembly.clone())
                .in_method(stub.method.clone());
                if let Some(offset) = stub.reason.il_offset {
                    d = d.at(offset);
                }
                report(d);
            }
            let written = built.outputs.iter().filter(|o| o.changed).count();
            let image = match built.outputs.first() {
                Some(o) if o.changed => format!("wrote {}", o.path.display()),
                Some(o) => format!("{} unchanged", o.path.display()),
                None => String::new(),
            };
            report(Diagnostic::info(
                codes::SUMMARY,
                format!(
                    "{}: {} methods compiled, {} stubbed in {:.2?}; {image} ({} bytes); {written} of {} files written",
                    built.app_name,
                    built.compiled,
                    built.stubs.len(),
                    built.compile_time,
                    built.sizes.module,
                    built.outputs.len()
                ),
            ));
            CompileOutcome::Succeeded
        }
        Err(BuildError::Cancelled) => CompileOutcome::Cancelled,
        Err(e) => {
            report(Diagnostic::error(codes::BUILD_FAILED, e.to_string()).in_assembly(app));
            CompileOutcome::Failed
        }
    }
}

fn check_app(app: &Path) -> Option<Diagnostic> {
    if app.as_os_str().is_empty() {
        return Some(Diagnostic::error(codes::APP_NOT_FOUND, "no app assembly was given"));
    }
    if app.is_file() {
        return None;
    }
    let shown = app.display().to_string();
    let message = if app.exists() {
        format!("app assembly '{shown}' is not a file")
    } else {
        format!("app assembly '{shown}' does not exist")
    };
    Some(Diagnostic::error(codes::APP_NOT_FOUND, message).in_assembly(shown))
}
