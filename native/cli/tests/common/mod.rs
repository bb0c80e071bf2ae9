//! What the program tests share: building `tests/programs/*.cs` with the SDK's C# compiler, running them on
//! CoreCLR, compiling them to images.
#![allow(dead_code)] // each test binary uses part of it

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use wasmr2r_test_support as inputs;

/// What a run printed and how it ended (a signal counts as 128 + its number, as a shell reports it), and the
/// type of the unhandled exception if one ended it (from the `Unhandled exception. <Type>: ...` line both
/// CoreCLR and our loader print on stderr).
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub exit: i32,
    pub stdout: String,
    pub exception: Option<String>,
    /// The methods of the unhandled exception's stack trace (`   at Type.Method...` lines), innermost first.
    pub frames: Vec<String>,
}

pub fn outcome(output: &Output) -> Outcome {
    let status = output.status;
    let stderr = String::from_utf8_lossy(&output.stderr);
    Outcome {
        exit: status.code().unwrap_or_else(|| 128 + status.signal().unwrap_or(0)),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        exception: exception_type(&stderr),
        frames: stack_frames(&stderr),
    }
}

/// The methods a stack trace on stderr names, without CoreCLR's parameter lists and file positions.
pub fn stack_frames(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|line| line.strip_prefix("   at "))
        .map(|frame| frame.split(['(', ' ']).next().unwrap_or(frame).to_owned())
        .collect()
}

/// The differential programs: `tests/programs` (exit codes) and `tests/framework` (the framework through Console,
/// compared on standard output).
pub fn programs() -> Vec<PathBuf> {
    let root = inputs::repo_root();
    let mut programs = inputs::files_with_extension(&root.join("tests/programs"), "cs");
    programs.extend(inputs::files_with_extension(&root.join("tests/framework"), "cs"));
    programs
}

/// The programs of `tests/programs/pending` that behave as on CoreCLR while their builds stub framework methods
/// they do not call: all but those `pending/differ.txt` lists.
pub fn pending_programs() -> Vec<PathBuf> {
    let dir = inputs::repo_root().join("tests/programs/pending");
    inputs::files_with_extension(&dir, "cs")
        .into_iter()
        .filter(|p| !listed_in(&dir.join("differ.txt"), p.file_stem().and_then(|s| s.to_str()).unwrap_or_default()))
        .collect()
}

/// Whether stubbed methods fail a program's check (the corpus) or are allowed (the pending programs, whose
/// stubs are framework methods the run never reaches: calling one would raise NotSupportedException).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stubs {
    Forbidden,
    Allowed,
}

/// Builds `source` into `<dir>/<name>.dll` with a runtimeconfig for CoreCLR.
pub fn build(source: &Path, dir: &Path, references: &Path) -> Result<PathBuf, String> {
    let name = source.file_stem().and_then(|s| s.to_str()).unwrap_or("program");
    let dll = dir.join(format!("{name}.dll"));
    let output = inputs::csc(source, &dll)
        .arg("-nullable:disable")
        // Pointers, `fixed`, `stackalloc` into pointers and `delegate*` are what some programs test.
        .arg("-unsafe+")
        .arg(format!("@{}", references.display()))
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!("csc failed: {}", String::from_utf8_lossy(&output.stdout)));
    }
    let config =
        r#"{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}"#;
    std::fs::write(dir.join(format!("{name}.runtimeconfig.json")), config).map_err(|e| e.to_string())?;
    Ok(dll)
}

/// A program that behaved in Node as on CoreCLR: its name, its image folder and what CoreCLR did.
pub struct Checked {
    pub name: String,
    pub image_dir: PathBuf,
    /// The image compiled with `--exception-handling exnref`, for programs that catch or end with an exception.
    pub exnref_dir: Option<PathBuf>,
    pub coreclr: Outcome,
}

/// Whether a program's source handles exceptions (`try`, `using`, iterators) or ends with one (`*Throws*`): those
/// also run in Chromium compiled with the exnref encoding.
pub fn handles_exceptions(source: &Path) -> bool {
    let name = source.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    let text = std::fs::read_to_string(source).unwrap_or_default();
    name.contains("Throws")
        || ["try", "using (", "using var", "yield return", "Unhandled"].iter().any(|w| {
            text.match_indices(w).any(|(i, _)| {
                let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after = text[i + w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                before && after
            })
        })
}

/// Runs one program on CoreCLR and as an image in Node; `Err` says what differed.
pub fn check(source: &Path, work: &Path, references: &Path, stubs: Stubs) -> Result<Checked, String> {
    let name = source.file_stem().and_then(|s| s.to_str()).unwrap_or("program").to_owned();
    let dir = work.join(&name);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let dll = build(source, &dir, references)?;
    // CoreCLR with invariant globalization, as the image has it (no ICU data): culture-sensitive output agrees.
    let expected = outcome(
        &Command::new("dotnet")
            .arg(&dll)
            .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
            .output()
            .map_err(|e| e.to_string())?,
    );

    let out = dir.join("wasm");
    let result = Command::new(env!("CARGO_BIN_EXE_wasmr2r"))
        .arg("compile")
        .arg(&dll)
        .args(inputs::runtime_pack_assemblies().iter().flat_map(|p| [Path::new("-r"), p.as_path()]))
        .arg("-o")
        .arg(&out)
        .output()
        .map_err(|e| e.to_string())?;
    let summary = String::from_utf8_lossy(&result.stderr).into_owned();
    if !result.status.success() {
        return Err(format!("compile failed: {summary}"));
    }
    if stubs == Stubs::Forbidden && !summary.contains(" 0 stubbed)") {
        return Err(format!("methods were stubbed: {summary}"));
    }
    let mut actual =
        outcome(&Command::new("node").arg(out.join(format!("{name}.mjs"))).output().map_err(|e| e.to_string())?);
    // Stack traces are compared where the program asks (`*StackTrace*`): which frames they show depends on what
    // each compiler inlined, so such a program keeps its frames with [MethodImpl(NoInlining)].
    let mut expected = expected;
    if !name.contains("StackTrace") {
        expected.frames.clear();
        actual.frames.clear();
    }
    if actual != expected {
        return Err(format!("CoreCLR gave {expected:?}, the image gave {actual:?}"));
    }
    // Once more with the collector checking the heap after each collection, and collecting at every allocation
    // (three minor collections, then a major one) but in the programs that allocate too often for that, which
    // collect when they would and so run the minor collections of a large heap.
    let too_many_allocations = listed_in(&inputs::repo_root().join("tests/programs/gc-stress-skip.txt"), &name);
    let gc_mode = if too_many_allocations { "verify" } else { "stress,verify" };
    let mut stressed = outcome(
        &Command::new("node")
            .arg(out.join(format!("{name}.mjs")))
            .env("WASMR2R_GC", gc_mode)
            .output()
            .map_err(|e| e.to_string())?,
    );
    if !name.contains("StackTrace") {
        stressed.frames.clear();
    }
    if stressed != expected {
        return Err(format!("CoreCLR gave {expected:?}, the image with WASMR2R_GC={gc_mode} gave {stressed:?}"));
    }
    let exnref_dir = if handles_exceptions(source) {
        let exnref = dir.join("wasm-exnref");
        let result = Command::new(env!("CARGO_BIN_EXE_wasmr2r"))
            .arg("compile")
            .arg(&dll)
            .args(inputs::runtime_pack_assemblies().iter().flat_map(|p| [Path::new("-r"), p.as_path()]))
            .args(["--exception-handling", "exnref", "-o"])
            .arg(&exnref)
            .output()
            .map_err(|e| e.to_string())?;
        if !result.status.success() {
            return Err(format!("compile (exnref) failed: {}", String::from_utf8_lossy(&result.stderr)));
        }
        Some(exnref)
    } else {
        None
    };
    Ok(Checked { name, image_dir: out, exnref_dir, coreclr: expected })
}

/// Whether a program list names `name`: `tests/programs/gc-stress-skip.txt` (programs that allocate too often to
/// finish when every allocation collects), `tests/programs/pending/differ.txt` (pending programs whose result is
/// not CoreCLR's yet). Each line: a name, then `#` and why.
fn listed_in(list: &Path, name: &str) -> bool {
    static LISTS: std::sync::Mutex<Vec<(PathBuf, Vec<String>)>> = std::sync::Mutex::new(Vec::new());
    let mut lists = LISTS.lock().unwrap_or_else(|e| e.into_inner());
    if !lists.iter().any(|(path, _)| path == list) {
        let names = std::fs::read_to_string(list)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.split('#').next().map(str::trim).filter(|n| !n.is_empty()).map(str::to_owned))
            .collect();
        lists.push((list.to_owned(), names));
    }
    lists.iter().any(|(path, names)| path == list && names.iter().any(|n| n == name))
}

/// The exception type of a `Unhandled exception. <Type>: <message>` report.
pub fn exception_type(stderr: &str) -> Option<String> {
    stderr.lines().find_map(|line| {
        let rest = line.strip_prefix("Unhandled exception. ")?;
        Some(rest.split(':').next().unwrap_or(rest).to_owned())
    })
}

/// Runs the images in headless Chromium (`tests/browser/run.mjs`); returns, per image in order, the exit code
/// and the unhandled exception type, and the browser's version.
/// Runs each image folder in Chromium: (exit code, standard output, unhandled exception type) per folder, and the
/// browser's version.
pub fn run_in_chromium(dirs: &[PathBuf]) -> (Vec<(i32, String, Option<String>)>, String) {
    let runner = inputs::repo_root().join("tests/browser/run.mjs");
    let output = Command::new("node").arg(&runner).args(dirs).output().expect("run the browser runner");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the browser runner failed (is Chromium installed? run tests/browser/install.sh): {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_str(stdout.trim()).expect("one JSON line");
    let results = report["results"].as_array().expect("results").iter().map(|r| {
        let exit = r["exitCode"].as_i64().unwrap_or(-1) as i32;
        let stdout = r["stdout"].as_str().unwrap_or_default().to_owned();
        (exit, stdout, r["stderr"].as_str().and_then(exception_type))
    });
    (results.collect(), report["browser"].to_string())
}

/// The folder the tests build in, and the response file naming every reference assembly.
pub fn workspace() -> &'static (PathBuf, PathBuf) {
    static WORK: std::sync::OnceLock<(PathBuf, PathBuf)> = std::sync::OnceLock::new();
    WORK.get_or_init(|| {
        // One folder per test binary, so binaries running at once do not clear each other's work.
        let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(env!("CARGO_CRATE_NAME"));
        let _ = std::fs::remove_dir_all(&work);
        std::fs::create_dir_all(&work).expect("work folder");
        let references = work.join("references.rsp");
        let refs: String = inputs::files_with_extension(&inputs::reference_assemblies(), "dll")
            .iter()
            .map(|p| format!("-r:\"{}\"\n", p.display()))
            .collect();
        std::fs::write(&references, refs).expect("response file");
        (work, references)
    })
}

/// Compiles `dll` into `out` with extra `wasmr2r compile` arguments; returns the image's bytes.
pub fn compile(dll: &Path, out: &Path, extra: &[&str]) -> Vec<u8> {
    let status = Command::new(env!("CARGO_BIN_EXE_wasmr2r"))
        .arg("compile")
        .arg(dll)
        .args(inputs::runtime_pack_assemblies().iter().flat_map(|p| [Path::new("-r"), p.as_path()]))
        .arg("-o")
        .arg(out)
        .args(extra)
        .output()
        .expect("run wasmr2r compile");
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let name = dll.file_stem().and_then(|s| s.to_str()).unwrap_or("program");
    std::fs::read(out.join(format!("{name}.r2r.wasm"))).expect("the image")
}

/// A few programs of different kinds: calls and statics, loops and switches, a throw; virtual, interface and
/// generic virtual dispatch, value types, multi-dimensional arrays, string literals; delegates, function pointers
/// and `stackalloc`; finally blocks and filters; multicast delegates; the framework through Console (LINQ, exception
/// messages and stack traces).
pub const SAMPLE: &[&str] = &[
    "StaticCtorOrder",
    "SwitchDense",
    "GotoTwoEntryLoop",
    "DivideByZeroInt32Throws",
    "MutualRecursion",
    "VirtualDispatchManyTypes",
    "InterfaceVarianceArraysAndNesting",
    "GenericVirtualMethodsInterface",
    "StructCopySemantics",
    "MdArray3dStrings",
    "StringInterning",
    "CastInvalidInterfaceThrows",
    "DelegateVirtualOverride",
    "FnPtrTable",
    "SpanStackallocSum",
    "FinallyLeave4Levels",
    "CatchFilterOrder",
    "DelegateMulticastOrder",
    "LinqOrderGroup",
    "ExceptionMessagesRuntime",
];

pub fn sample() -> Vec<PathBuf> {
    let all = programs();
    SAMPLE
        .iter()
        .map(|n| {
            all.iter()
                .find(|p| p.file_stem().is_some_and(|s| s == *n))
                .cloned()
                .unwrap_or_else(|| panic!("no program {n}"))
        })
        .collect()
}
