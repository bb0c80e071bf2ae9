//! The FFI surface the MSBuild task calls: a compile service with diagnostics and progress callbacks and
//! cancellation, declared with interoptopus so the C# bindings (`msbuild/Bindings/WasmR2R.Native.cs`) are
//! generated from it. The compilation itself is [`engine::compile`]; this file only converts types, catches
//! panics and serializes callbacks.
//!
//! Rules for every `#[ffi]` entry point: nothing unwinds into .NET (bodies run under `guarded` or `caught`), and
//! nothing here `unwrap`s data that came from the caller.

pub mod engine;

use interoptopus::inventory::RustInventory;
use interoptopus::pattern::guard::Version;
use interoptopus::{builtins_string, callback, ffi, function, service};
use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// The Wasm exception-handling encoding to emit.
#[ffi]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExceptionHandling {
    /// `try`/`catch`/`rethrow`: the default, runs on Node 20.
    Legacy,
    /// `try_table`/`throw_ref`.
    Exnref,
}

/// How the image places its payload.
#[ffi]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageShape {
    /// Passive payload; the host picks the addresses.
    Passive,
    /// Active payload and element segment at the imported `imageBase`/`tableBase`.
    SelfInstalling,
}

/// How bad a diagnostic is: log it as a message, a warning or an error.
#[ffi]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// How a compilation ended; the details went out as diagnostics.
#[ffi]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileStatus {
    Succeeded,
    Failed,
    Cancelled,
}

/// Why a call into the native library failed (thrown as `EnumException<NativeError>` by the bindings).
#[ffi]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeError {
    /// The native code panicked (a compiler bug); `Run` also reported it as diagnostic WR2R9999.
    Panic,
    /// `Run` was called while the same service was already running.
    AlreadyRunning,
}

/// How to compile.
#[ffi]
pub struct CompileOptions {
    /// One image for the whole graph (app + framework + runtime).
    pub composite: bool,
    pub exception_handling: ExceptionHandling,
    pub shape: ImageShape,
    /// Worker threads; 0: one per core.
    pub parallelism: u32,
    /// Extra arguments passed to the compiler verbatim (may be empty).
    pub extra_args: ffi::String,
}

/// What to compile. The strings move into the native library; the references are borrowed for the
/// duration of `CompileService.Create` only (keep the lease and its strings alive until it returns, then
/// dispose them).
#[ffi]
pub struct CompileRequest<'a> {
    /// The app's entry assembly.
    pub app_assembly: ffi::String,
    /// Reference assemblies: files, or directories of assemblies.
    pub references: ffi::Slice<'a, ffi::String>,
    /// Where the outputs go (created if missing).
    pub output_directory: ffi::String,
    pub options: CompileOptions,
}

/// One report for the build log. Owned by the receiver: dispose it (it holds native strings).
#[ffi]
pub struct Diagnostic {
    /// A stable code such as `WR2R1001`.
    pub code: ffi::String,
    pub severity: Severity,
    pub message: ffi::String,
    /// The assembly the diagnostic is about; empty if none.
    pub assembly: ffi::String,
    /// The method (`Type::Method`) the diagnostic is about; empty if none.
    pub method: ffi::String,
    /// The IL offset in `method`; -1 if none.
    pub il_offset: i32,
}

/// The result of `Run`.
#[ffi]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompileSummary {
    pub status: CompileStatus,
    /// Error diagnostics reported.
    pub errors: u32,
    /// Warning diagnostics reported.
    pub warnings: u32,
}

callback!(DiagnosticCallback(diagnostic: Diagnostic));
callback!(ProgressCallback(done: u32, total: u32));

/// One compilation: create it from a request, `Run` it once, `Cancel` it from any thread, dispose it after
/// `Run` has returned.
#[ffi(service)]
pub struct CompileService {
    request: engine::CompileRequest,
    cancelled: AtomicBool,
    running: AtomicBool,
}

#[ffi]
impl CompileService {
    /// Copies the request; all checking happens in `Run`, which reports problems as diagnostics.
    pub fn create(request: CompileRequest<'_>) -> ffi::Result<Self, NativeError> {
        guarded(|| {
            Ok(Self {
                request: request.into_engine(),
                cancelled: AtomicBool::new(false),
                running: AtomicBool::new(false),
            })
        })
    }

    /// Runs the compilation on the calling thread. Callbacks may come from other threads but never
    /// concurrently; a status of `Failed` means at least one error diagnostic was reported.
    pub fn run(
        &self,
        on_diagnostic: DiagnosticCallback,
        on_progress: ProgressCallback,
    ) -> ffi::Result<CompileSummary, NativeError> {
        if self.running.swap(true, Ordering::AcqRel) {
            return ffi::Err(NativeError::AlreadyRunning);
        }
        let _running = ClearOnDrop(&self.running);
        let reporter = Reporter::new(&on_diagnostic, &on_progress);
        let outcome = caught(|| {
            #[cfg(test)]
            tests::maybe_inject_panic();
            engine::compile(
                &self.request,
                &|d: &engine::Diagnostic| reporter.diagnostic(d),
                &|p: engine::Progress| reporter.progress(p),
                &self.cancelled,
            )
        });
        match outcome {
            Ok(outcome) => ffi::Ok(reporter.summary(outcome)),
            Err(panic) => {
                // The log should say what happened; reporting must not unwind into .NET either.
                let message = format!("internal error in the native compiler (please report it): {panic}");
                let _ = caught(|| reporter.diagnostic(&engine::Diagnostic::error(engine::codes::INTERNAL, message)));
                ffi::Err(NativeError::Panic)
            }
        }
    }

    /// Asks a running (or future) `Run` to stop; it returns `Cancelled` soon after. Thread-safe.
    pub fn cancel(&self) -> ffi::Result<(), NativeError> {
        guarded(|| {
            self.cancelled.store(true, Ordering::Relaxed);
            Ok(())
        })
    }
}

/// Returns the API hash of this library; the generated C# compares it with the hash it was generated
/// with on first use and throws a `TypeLoadException` naming both if they differ.
#[ffi(export = "wasmr2r_api_guard")]
pub fn wasmr2r_api_guard() -> Version {
    // A panic here yields hash 0, which the bindings reject loudly.
    catch_unwind(|| Version::from_inventory(&ffi_inventory())).unwrap_or_default()
}

/// Everything the C# backend generates bindings for.
pub fn ffi_inventory() -> RustInventory {
    RustInventory::new()
        .register(function!(wasmr2r_api_guard))
        .register(builtins_string!())
        .register(service!(CompileService))
        .validate()
}

/// Runs an entry point's body, turning a panic into `Err(NativeError::Panic)`.
fn guarded<T>(body: impl FnOnce() -> Result<T, NativeError>) -> ffi::Result<T, NativeError> {
    match caught(body) {
        Ok(Ok(value)) => ffi::Ok(value),
        Ok(Err(error)) => ffi::Err(error),
        Err(_) => ffi::Err(NativeError::Panic),
    }
}

/// Runs `body`, catching a panic as its message.
fn caught<R>(body: impl FnOnce() -> R) -> Result<R, String> {
    catch_unwind(AssertUnwindSafe(body)).map_err(|payload| panic_text(payload.as_ref()))
}

fn panic_text(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic payload".to_owned()
    }
}

struct ClearOnDrop<'a>(&'a AtomicBool);

impl Drop for ClearOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

impl CompileRequest<'_> {
    fn into_engine(self) -> engine::CompileRequest {
        let CompileRequest { app_assembly, references, output_directory, options } = self;
        engine::CompileRequest {
            app_assembly: PathBuf::from(app_assembly.as_str()),
            references: references.as_slice().iter().map(|r| PathBuf::from(r.as_str())).collect(),
            output_directory: PathBuf::from(output_directory.as_str()),
            options: engine::CompileOptions {
                composite: options.composite,
                exception_handling: match options.exception_handling {
                    ExceptionHandling::Legacy => engine::ExceptionHandling::Legacy,
                    ExceptionHandling::Exnref => engine::ExceptionHandling::Exnref,
                },
                shape: match options.shape {
                    ImageShape::Passive => engine::ImageShape::Passive,
                    ImageShape::SelfInstalling => engine::ImageShape::SelfInstalling,
                },
                parallelism: match options.parallelism {
                    0 => None,
                    n => usize::try_from(n).ok(),
                },
                extra_args: options.extra_args.into_string(),
            },
        }
    }
}

/// Forwards engine reports to the .NET callbacks, one at a time, and counts them.
struct Reporter<'a> {
    on_diagnostic: &'a DiagnosticCallback,
    on_progress: &'a ProgressCallback,
    counts: Mutex<Counts>,
}

#[derive(Default)]
struct Counts {
    errors: u32,
    warnings: u32,
}

impl<'a> Reporter<'a> {
    fn new(on_diagnostic: &'a DiagnosticCallback, on_progress: &'a ProgressCallback) -> Self {
        Reporter { on_diagnostic, on_progress, counts: Mutex::new(Counts::default()) }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Counts> {
        // A panic while reporting must not silence later reports (the panic itself is one).
        self.counts.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn diagnostic(&self, d: &engine::Diagnostic) {
        let mut counts = self.lock();
        match d.severity {
            engine::Severity::Error => counts.errors = counts.errors.saturating_add(1),
            engine::Severity::Warning => counts.warnings = counts.warnings.saturating_add(1),
            engine::Severity::Info => {}
        }
        let text = |s: &Option<String>| ffi::String::from_string(s.clone().unwrap_or_default());
        let diagnostic = Diagnostic {
            code: ffi::String::from_string(d.code.to_owned()),
            severity: match d.severity {
                engine::Severity::Info => Severity::Info,
                engine::Severity::Warning => Severity::Warning,
                engine::Severity::Error => Severity::Error,
            },
            message: ffi::String::from_string(d.message.clone()),
            assembly: text(&d.assembly),
            method: text(&d.method),
            il_offset: d.il_offset.and_then(|o| i32::try_from(o).ok()).unwrap_or(-1),
        };
        // Ownership of the strings passes to the callee; with no callback they are dropped here.
        self.on_diagnostic.call_if_some(diagnostic);
    }

    fn progress(&self, p: engine::Progress) {
        let _serialized = self.lock();
        self.on_progress.call_if_some(p.done, p.total);
    }

    fn summary(&self, outcome: engine::CompileOutcome) -> CompileSummary {
        let counts = self.lock();
        let status = match outcome {
            engine::CompileOutcome::Cancelled => CompileStatus::Cancelled,
            engine::CompileOutcome::Failed => CompileStatus::Failed,
            engine::CompileOutcome::Succeeded if counts.errors > 0 => CompileStatus::Failed,
            engine::CompileOutcome::Succeeded => CompileStatus::Succeeded,
        };
        CompileSummary { status, errors: counts.errors, warnings: counts.warnings }
    }
}

#[cfg(test)]
mod tests;
