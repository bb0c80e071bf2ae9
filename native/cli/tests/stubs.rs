//! What the build does with code outside the compiler's reach, and with input that is not an assembly.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Builds `tests/stubs/<name>.cs`, compiles it with the default references (the summary must succeed) and runs it
/// in Node; returns the build summary, the run's output and the output folder.
fn build_compile_and_run(name: &str) -> (String, std::process::Output, PathBuf) {
    build_compile_and_run_with(name, &[])
}

/// `build_compile_and_run` with more arguments for `wasmr2r compile`.
fn build_compile_and_run_with(name: &str, args: &[&str]) -> (String, std::process::Output, PathBuf) {
    let (work, references) = workspace();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/stubs/{name}.cs"));
    let dll = build(&source, work, references).expect("builds");
    let out = work.join(name);
    let summary = Command::new(env!("CARGO_BIN_EXE_wasmr2r"))
        .arg("compile")
        .arg(&dll)
        .arg("-o")
        .arg(&out)
        .args(args)
        .output()
        .expect("compile");
    let stderr = String::from_utf8_lossy(&summary.stderr).into_owned();
    assert!(summary.status.success(), "{stderr}");
    let run = Command::new("node").arg(out.join(format!("{name}.mjs"))).output().expect("node");
    (stderr, run, out)
}

#[test]
fn a_stubbed_method_is_reported_at_build_time_and_raises_its_reason_when_called() {
    let (stderr, run, out) = build_compile_and_run("UsesTypedReference");
    assert!(
        stderr.contains("WR2R1001") && stderr.contains("opcode mkrefany"),
        "the summary names the reason: {stderr}"
    );
    let run_stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(outcome(&run).exit, 134);
    assert!(
        run_stderr.contains("System.NotSupportedException: Program::Main was not precompiled at IL_")
            && run_stderr.contains("opcode mkrefany is not compiled yet (WR2R1001)"),
        "{run_stderr}"
    );
    let dump = Command::new(env!("CARGO_BIN_EXE_wasmr2r"))
        .arg("dump")
        .arg("--json")
        .arg(out.join("UsesTypedReference.r2r.wasm"))
        .output()
        .expect("dump");
    let dump: serde_json::Value = serde_json::from_slice(&dump.stdout).expect("JSON");
    assert!(dump["stubReasons"].as_array().is_some_and(|r| !r.is_empty()));
}

#[test]
fn a_filter_reading_a_struct_argument_is_a_stub_that_says_why() {
    let (stderr, run, _) = build_compile_and_run("FilterReadsStructArgument");
    assert!(
        stderr.contains("WR2R1006") && stderr.contains("a filter reads argument 0, a struct passed by copy"),
        "the summary names the reason: {stderr}"
    );
    let run_stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(outcome(&run).exit, 134);
    // The report lists the frames below its first line: the stub's caller among them.
    assert!(
        run_stderr.contains("System.NotSupportedException: Program::Check was not precompiled")
            && run_stderr.contains("\n   at Program.Main"),
        "{run_stderr}"
    );
}

/// `Array.Sort`'s default helpers are chosen by `CreateArraySortHelper` with reflection in Mono's CoreLib; the
/// compiler writes that factory (`import/comparers.rs`), so the image holds the helper classes the IL would pick for
/// each key type and nothing of `CreateInstanceForAnotherGenericParameter`. The program's result is CoreCLR's: 100.
#[test]
fn array_sort_helpers_are_chosen_at_compile_time_without_reflection() {
    let (stderr, run, out) = build_compile_and_run_with("SortHelpers", &["--map", "map.json"]);
    assert_eq!(outcome(&run).exit, 100, "{stderr}\n{}", String::from_utf8_lossy(&run.stderr));
    let map: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("map.json")).expect("map")).expect("JSON");
    let nodes = map["nodes"].as_array().expect("nodes");
    let named = |kind: &str, name: &str| nodes.iter().any(|n| n["kind"] == kind && n["name"] == name);
    for constructed in [
        "System.Collections.Generic.GenericArraySortHelper`1[System.Int32]",
        "System.Collections.Generic.ArraySortHelper`1[Program+Plain]",
        "System.Collections.Generic.GenericArraySortHelper`2[System.Int32,Program+Plain]",
    ] {
        assert!(named("constructed type", constructed), "{constructed} is not constructed");
    }
    assert!(
        !nodes
            .iter()
            .any(|n| n["name"].as_str().is_some_and(|s| s.contains("CreateInstanceForAnotherGenericParameter"))),
        "reflection's CreateInstanceForAnotherGenericParameter is in the image"
    );
}

#[test]
fn a_corrupt_assembly_is_an_error_with_no_output() {
    let (work, _) = workspace();
    let corrupt = work.join("Corrupt.dll");
    let mut bytes = std::fs::read(wasmr2r_test_support::runtime_pack_dir().join("lib/net10.0/System.Collections.dll"))
        .expect("read");
    bytes.truncate(bytes.len() / 3);
    std::fs::write(&corrupt, bytes).expect("write");
    let out = work.join("corrupt-out");
    let result = Command::new(env!("CARGO_BIN_EXE_wasmr2r"))
        .arg("compile")
        .arg(&corrupt)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("compile");
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(!result.status.success());
    assert!(
        stderr.contains("Corrupt.dll") && stderr.contains("byte offset"),
        "the error says what and where: {stderr}"
    );
    assert!(!out.exists() || std::fs::read_dir(&out).map(|d| d.count() == 0).unwrap_or(true), "no partial output");
}
