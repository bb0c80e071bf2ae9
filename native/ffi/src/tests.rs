//! Calls the exported `extern "C"` functions the way the bindings do: raw service pointers, callbacks as
//! function pointer + data, results as `ffi::Result`.

use super::*;
use std::cell::Cell;
use std::path::Path;
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Barrier};

thread_local! {
    static INJECT_PANIC: Cell<bool> = const { Cell::new(false) };
}

/// Called at the start of `run`'s guarded body: panics once if a test asked for it on this thread.
pub(crate) fn maybe_inject_panic() {
    if INJECT_PANIC.with(|p| p.replace(false)) {
        panic!("injected by a test");
    }
}

/// A fresh directory under the system temp directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("wasmr2r-ffi-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    fn file(&self, name: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, b"MZ").expect("write temp file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A diagnostic as the callback received it, with the native strings taken back.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seen {
    code: String,
    severity: Severity,
    message: String,
    assembly: String,
    method: String,
    il_offset: i32,
}

#[derive(Clone, Default)]
struct Log {
    diagnostics: Arc<Mutex<Vec<Seen>>>,
    progress: Arc<Mutex<Vec<(u32, u32)>>>,
}

impl Log {
    fn diagnostic_callback(&self) -> DiagnosticCallback {
        let diagnostics = Arc::clone(&self.diagnostics);
        DiagnosticCallback::from_fn(move |d: Diagnostic| {
            let Diagnostic { code, severity, message, assembly, method, il_offset } = d;
            let seen = Seen {
                code: code.into_string(),
                severity,
                message: message.into_string(),
                assembly: assembly.into_string(),
                method: method.into_string(),
                il_offset,
            };
            diagnostics.lock().expect("log").push(seen);
        })
    }

    fn progress_callback(&self) -> ProgressCallback {
        let progress = Arc::clone(&self.progress);
        ProgressCallback::from_fn(move |done, total| progress.lock().expect("log").push((done, total)))
    }

    fn diagnostics(&self) -> Vec<Seen> {
        self.diagnostics.lock().expect("log").clone()
    }

    fn codes(&self) -> Vec<String> {
        self.diagnostics().into_iter().map(|d| d.code).collect()
    }
}

fn options() -> CompileOptions {
    CompileOptions {
        composite: true,
        exception_handling: ExceptionHandling::Legacy,
        shape: ImageShape::Passive,
        parallelism: 0,
        extra_args: ffi::String::from_string(String::new()),
    }
}

fn s(path: &Path) -> ffi::String {
    ffi::String::from_string(path.display().to_string())
}

/// A service pointer that can cross threads (the bindings hold it as an `IntPtr`).
#[derive(Clone, Copy)]
struct Service(*const CompileService);

// SAFETY: the service's shared methods are thread-safe; the tests keep it alive while threads use it.
unsafe impl Send for Service {}
unsafe impl Sync for Service {}

impl Service {
    fn create(app: &Path, references: &[PathBuf], output: &Path) -> Self {
        let references: Vec<ffi::String> = references.iter().map(|r| s(r)).collect();
        let request = CompileRequest {
            app_assembly: s(app),
            references: ffi::Slice::from_slice(&references),
            output_directory: s(output),
            options: options(),
        };
        // SAFETY: the request is well-formed and `references` outlives the call.
        match unsafe { compile_service_create(request) } {
            ffi::Ok(ptr) if !ptr.is_null() => Service(ptr),
            other => panic!("create failed: {other:?}"),
        }
    }

    fn run(self, log: &Log) -> ffi::Result<CompileSummary, NativeError> {
        // SAFETY: `self.0` came from `compile_service_create` and is not destroyed yet.
        unsafe { compile_service_run(self.0, log.diagnostic_callback(), log.progress_callback()) }
    }

    fn cancel(self) {
        // SAFETY: as for `run`.
        let result = unsafe { compile_service_cancel(self.0) };
        assert!(matches!(result, ffi::Ok(())), "cancel: {result:?}");
    }

    /// The raw pointer (a method, so closures capture the `Send` wrapper rather than the pointer field).
    fn ptr(self) -> *const CompileService {
        self.0
    }

    fn destroy(self) {
        compile_service_destroy(self.0);
    }
}

fn summary(result: ffi::Result<CompileSummary, NativeError>) -> CompileSummary {
    match result {
        ffi::Ok(summary) => summary,
        other => panic!("run failed: {other:?}"),
    }
}

#[test]
fn missing_app_is_an_error_diagnostic() {
    let dir = TempDir::new();
    let missing = dir.0.join("Missing.dll");
    let service = Service::create(&missing, &[], &dir.0.join("out"));
    let log = Log::default();
    let result = summary(service.run(&log));
    service.destroy();

    assert_eq!(result, CompileSummary { status: CompileStatus::Failed, errors: 1, warnings: 0 });
    let diagnostics = log.diagnostics();
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    let d = &diagnostics[0];
    assert_eq!((d.code.as_str(), d.severity, d.il_offset), (engine::codes::APP_NOT_FOUND, Severity::Error, -1));
    assert!(d.message.contains("Missing.dll") && d.message.contains("does not exist"), "{}", d.message);
    assert_eq!(d.assembly, missing.display().to_string());
    assert_eq!(d.method, "");
    assert!(!dir.0.join("out").exists(), "a failing request creates no output directory");
}

#[test]
fn missing_reference_and_progress() {
    let dir = TempDir::new();
    let app = dir.file("App.dll");
    let references = [dir.file("Lib.dll"), dir.0.join("nowhere"), dir.0.clone()];
    let service = Service::create(&app, &references, &dir.0.join("out"));
    let log = Log::default();
    let result = summary(service.run(&log));
    service.destroy();

    assert_eq!(result.status, CompileStatus::Failed);
    assert_eq!(log.codes(), [engine::codes::REFERENCE_NOT_FOUND]);
    assert!(log.diagnostics()[0].message.contains("nowhere"));
    let progress = log.progress.lock().expect("log").clone();
    assert_eq!(progress.first(), Some(&(0, 5)));
    assert_eq!(progress.last(), Some(&(5, 5)));
}

#[test]
fn an_input_that_is_not_an_assembly_fails_the_build_with_its_reason() {
    let dir = TempDir::new();
    let app = dir.file("App.dll");
    let out = dir.0.join("out/nested");
    let service = Service::create(&app, std::slice::from_ref(&dir.0), &out);
    let log = Log::default();
    let result = summary(service.run(&log));
    service.destroy();

    assert_eq!(result, CompileSummary { status: CompileStatus::Failed, errors: 1, warnings: 0 });
    assert_eq!(log.codes(), [engine::codes::BUILD_FAILED]);
    assert!(log.diagnostics()[0].message.contains("App.dll"), "{}", log.diagnostics()[0].message);
    assert!(!out.join("App.r2r.wasm").exists());
}

#[test]
fn a_real_program_builds_through_the_service() {
    let dir = TempDir::new();
    let source = wasmr2r_test_support::repo_root().join("native/cli/tests/codegen/ControlFlow.cs");
    let app = dir.0.join("ControlFlow.dll");
    let status = wasmr2r_test_support::csc(&source, &app)
        .arg(format!("-r:{}", wasmr2r_test_support::reference_assemblies().join("System.Runtime.dll").display()))
        .status()
        .expect("run csc");
    assert!(status.success());
    let out = dir.0.join("out");
    let references = wasmr2r_test_support::runtime_pack_assemblies();
    let service = Service::create(&app, &references, &out);
    let log = Log::default();
    let result = summary(service.run(&log));
    service.destroy();

    assert_eq!(result, CompileSummary { status: CompileStatus::Succeeded, errors: 0, warnings: 0 });
    assert_eq!(log.codes(), [engine::codes::SUMMARY]);
    // The checks (app, references, output directory), then the compiled methods, ending complete.
    let progress = log.progress.lock().expect("log").clone();
    let checks = references.len() as u32 + 2;
    let &(done, total) = progress.last().expect("progress reports");
    assert!(done == total && total > checks, "progress ends at {done}/{total} with {checks} checks");
    assert!(progress.windows(2).all(|w| w[0].0 <= w[1].0), "progress went backwards: {progress:?}");
    let summary = &log.diagnostics()[0].message;
    assert!(summary.contains(&format!("{} methods compiled", total - checks)), "{summary}");
    let run = std::process::Command::new("node").arg(out.join("ControlFlow.mjs")).status().expect("node");
    assert_eq!(run.code(), Some(100));
}

#[test]
fn uncreatable_output_directory_is_an_error() {
    let dir = TempDir::new();
    let app = dir.file("App.dll");
    let service = Service::create(&app, &[], &app.join("out"));
    let log = Log::default();
    let result = summary(service.run(&log));
    service.destroy();

    assert_eq!(result.status, CompileStatus::Failed);
    assert_eq!(log.codes(), [engine::codes::OUTPUT_DIRECTORY]);
}

#[test]
fn options_not_generated_yet_warn_and_unknown_extra_arguments_fail_by_name() {
    let dir = TempDir::new();
    let app = dir.file("App.dll");
    let request = |extra_args: &str| engine::CompileRequest {
        app_assembly: app.clone(),
        references: Vec::new(),
        output_directory: dir.0.join("out"),
        options: engine::CompileOptions {
            composite: false,
            exception_handling: engine::ExceptionHandling::Exnref,
            shape: engine::ImageShape::Passive,
            parallelism: None,
            extra_args: extra_args.into(),
        },
    };
    let compile = |request: &engine::CompileRequest| {
        let reported = Mutex::new(Vec::new());
        let outcome = engine::compile(
            request,
            &|d: &engine::Diagnostic| reported.lock().expect("log").push((d.code, d.message.clone())),
            &|_| {},
            &AtomicBool::new(false),
        );
        (outcome, reported.into_inner().expect("log"))
    };

    let (outcome, reported) = compile(&request("--fast  -O2"));
    assert_eq!(outcome, engine::CompileOutcome::Failed);
    let codes: Vec<_> = reported.iter().map(|(code, _)| *code).collect();
    assert_eq!(codes, [engine::codes::UNKNOWN_ARGUMENT, engine::codes::UNKNOWN_ARGUMENT]);
    assert!(reported[0].1.contains("'--fast'") && reported[1].1.contains("'-O2'"), "{reported:?}");
    assert!(!dir.0.join("out").exists(), "a request that cannot succeed created its output directory");

    // Without extra arguments the build goes on (and fails later on the fake app), warning about the one option not
    // generated yet (per-assembly images); exnref is generated.
    let (_, reported) = compile(&request(""));
    let warned: Vec<_> = reported.iter().filter(|(code, _)| *code == engine::codes::OPTION_NOT_SUPPORTED).collect();
    assert_eq!(warned.len(), 1, "{reported:?}");
    assert!(warned[0].1.contains("per-assembly"), "{reported:?}");
}

#[test]
fn cancel_before_run() {
    let dir = TempDir::new();
    let service = Service::create(&dir.file("App.dll"), &[], &dir.0.join("out"));
    service.cancel();
    let log = Log::default();
    let result = summary(service.run(&log));
    service.destroy();

    assert_eq!(result.status, CompileStatus::Cancelled);
    assert!(log.diagnostics().is_empty());
    assert!(!dir.0.join("out").exists());
}

#[test]
fn cancel_from_another_thread_while_running() {
    let dir = TempDir::new();
    let service = Service::create(&dir.file("App.dll"), &[], &dir.0.join("out"));
    // The first progress report parks `run` until another thread has cancelled.
    let parked = Arc::new(Barrier::new(2));
    let cancelled = Arc::new(Barrier::new(2));
    let log = Log::default();
    let on_progress = {
        let (parked, cancelled) = (Arc::clone(&parked), Arc::clone(&cancelled));
        ProgressCallback::from_fn(move |done, _| {
            if done == 0 {
                parked.wait();
                cancelled.wait();
            }
        })
    };
    let canceller = std::thread::spawn(move || {
        parked.wait();
        service.cancel();
        cancelled.wait();
    });
    // SAFETY: `service` is live until `destroy` below.
    let result = unsafe { compile_service_run(service.ptr(), log.diagnostic_callback(), on_progress) };
    canceller.join().expect("canceller thread");
    service.destroy();

    assert_eq!(summary(result).status, CompileStatus::Cancelled);
    assert!(log.diagnostics().is_empty());
}

#[test]
fn a_panic_becomes_an_error_result_and_a_diagnostic() {
    let dir = TempDir::new();
    let service = Service::create(&dir.0.join("Missing.dll"), &[], &dir.0.join("out"));
    let log = Log::default();
    INJECT_PANIC.with(|p| p.set(true));
    let result = service.run(&log);

    assert!(matches!(result, ffi::Err(NativeError::Panic)), "{result:?}");
    let diagnostics = log.diagnostics();
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!((diagnostics[0].code.as_str(), diagnostics[0].severity), (engine::codes::INTERNAL, Severity::Error));
    assert!(diagnostics[0].message.contains("injected by a test"), "{}", diagnostics[0].message);

    // The service is still usable: the panic cleared its running flag.
    let log = Log::default();
    assert_eq!(summary(service.run(&log)).status, CompileStatus::Failed);
    assert_eq!(log.codes(), [engine::codes::APP_NOT_FOUND]);
    service.destroy();
}

#[test]
fn run_while_running_is_refused() {
    let dir = TempDir::new();
    let service = Service::create(&dir.0.join("Missing.dll"), &[], &dir.0.join("out"));
    let nested = Arc::new(Mutex::new(None));
    let on_progress = {
        let nested = Arc::clone(&nested);
        ProgressCallback::from_fn(move |done, _| {
            if done == 0 {
                // SAFETY: `service` is live; this is a second, overlapping call as a buggy caller might make.
                let inner = unsafe {
                    compile_service_run(service.ptr(), DiagnosticCallback::default(), ProgressCallback::default())
                };
                *nested.lock().expect("nested") = Some(matches!(inner, ffi::Err(NativeError::AlreadyRunning)));
            }
        })
    };
    // SAFETY: `service` is live until `destroy` below.
    let result = unsafe { compile_service_run(service.ptr(), DiagnosticCallback::default(), on_progress) };
    service.destroy();

    assert_eq!(summary(result).status, CompileStatus::Failed);
    assert_eq!(*nested.lock().expect("nested"), Some(true));
}

#[test]
fn absent_callbacks_are_skipped() {
    let dir = TempDir::new();
    let service = Service::create(&dir.0.join("Missing.dll"), &[], &dir.0.join("out"));
    // SAFETY: `service` is live until `destroy` below.
    let result =
        unsafe { compile_service_run(service.ptr(), DiagnosticCallback::default(), ProgressCallback::default()) };
    service.destroy();
    assert_eq!(summary(result), CompileSummary { status: CompileStatus::Failed, errors: 1, warnings: 0 });
}

#[test]
fn request_conversion() {
    let references = [ffi::String::from_string("a".into()), ffi::String::from_string("dir/b".into())];
    let request = CompileRequest {
        app_assembly: ffi::String::from_string("App.dll".into()),
        references: ffi::Slice::from_slice(&references),
        output_directory: ffi::String::from_string("out".into()),
        options: CompileOptions {
            composite: false,
            exception_handling: ExceptionHandling::Exnref,
            shape: ImageShape::SelfInstalling,
            parallelism: 3,
            extra_args: ffi::String::from_string("--x 1".into()),
        },
    };
    assert_eq!(
        request.into_engine(),
        engine::CompileRequest {
            app_assembly: "App.dll".into(),
            references: vec!["a".into(), "dir/b".into()],
            output_directory: "out".into(),
            options: engine::CompileOptions {
                composite: false,
                exception_handling: engine::ExceptionHandling::Exnref,
                shape: engine::ImageShape::SelfInstalling,
                parallelism: Some(3),
                extra_args: "--x 1".into(),
            },
        }
    );
    let request = CompileRequest {
        app_assembly: ffi::String::from_string(String::new()),
        references: ffi::Slice::empty(),
        output_directory: ffi::String::from_string(String::new()),
        options: options(),
    };
    assert_eq!(request.into_engine().options.parallelism, None);
}

#[test]
fn diagnostic_fields_cross_the_boundary() {
    let log = Log::default();
    let (on_diagnostic, on_progress) = (log.diagnostic_callback(), log.progress_callback());
    let reporter = Reporter::new(&on_diagnostic, &on_progress);
    reporter.diagnostic(
        &engine::Diagnostic::warning("WR2R1001", "opcode newobj").in_assembly("App").in_method("Program::Main").at(4),
    );
    reporter.diagnostic(&engine::Diagnostic::info("WR2R1002", "far").at(u32::MAX));
    assert_eq!(
        reporter.summary(engine::CompileOutcome::Succeeded),
        CompileSummary { status: CompileStatus::Succeeded, errors: 0, warnings: 1 }
    );
    reporter.diagnostic(&engine::Diagnostic::error("WR2R1003", "boom"));
    // An engine that reports an error but claims success still fails.
    assert_eq!(reporter.summary(engine::CompileOutcome::Succeeded).status, CompileStatus::Failed);

    let diagnostics = log.diagnostics();
    assert_eq!(
        diagnostics[0],
        Seen {
            code: "WR2R1001".into(),
            severity: Severity::Warning,
            message: "opcode newobj".into(),
            assembly: "App".into(),
            method: "Program::Main".into(),
            il_offset: 4,
        }
    );
    assert_eq!(diagnostics[1].il_offset, -1, "an offset beyond i32 is reported as none");
}

#[test]
fn api_guard_reports_the_inventory_hash() {
    let version = wasmr2r_api_guard();
    assert_eq!(version, Version::from_inventory(&ffi_inventory()));
    assert_ne!(version, Version::default());
}

#[test]
fn every_ffi_result_entry_point_catches_panics() {
    assert!(matches!(guarded::<()>(|| panic!("x")), ffi::Err(NativeError::Panic)));
    assert!(matches!(guarded(|| Ok(7)), ffi::Ok(7)));
    assert!(matches!(guarded::<()>(|| Err(NativeError::AlreadyRunning)), ffi::Err(NativeError::AlreadyRunning)));
    assert_eq!(caught(|| std::panic::panic_any(5u8)), Err("unknown panic payload".to_owned()));
    assert_eq!(caught(|| panic!("formatted {}", 1)), Err::<(), _>("formatted 1".to_owned()));
}
