//! Filetests: each `tests/codegen/<Name>.cs` and `tests/import/<Name>.cs` is built with the SDK's C# compiler
//! (deterministically) and compiled by `wasmr2r compile`. The WAT of the functions compiled from `Program` must
//! equal `tests/codegen/<Name>.wat`; the IR the importer made of `Program`'s methods must equal
//! `tests/import/<Name>.ir`. Run with `BLESS=1` to rewrite the expectations after an intended change, and review
//! the diff.

use std::path::{Path, PathBuf};
use std::process::Command;
use wasmr2r_test_support as inputs;

/// The WAT of the functions compiled from `Program`'s methods and the entry (not the runtime's, the framework's
/// or the loader helpers; not the data).
fn methods_wat(image: &[u8]) -> String {
    let text = wasmprinter::print_bytes(image).expect("the image prints as WAT");
    let mut out = String::new();
    let mut keep = false;
    for line in text.lines() {
        if line.starts_with("  (") {
            keep = line.starts_with("  (func $Program::") || line.starts_with("  (func $<entry>");
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Builds `source` and compiles it with `extra` arguments; returns the image and what the compiler printed.
fn compile(source: &Path, work: &Path, extra: &[&str]) -> (Vec<u8>, String) {
    let name = source.file_stem().and_then(|s| s.to_str()).expect("a file name");
    let dll = work.join(format!("{name}.dll"));
    let refs = inputs::reference_assemblies();
    let status = inputs::csc(source, &dll)
        .arg("-unsafe+")
        .arg(format!("-r:{}", refs.join("System.Runtime.dll").display()))
        .arg(format!("-r:{}", refs.join("System.Collections.dll").display()))
        .status()
        .expect("run csc");
    assert!(status.success(), "csc failed on {}", source.display());
    let out = work.join(name);
    let output = Command::new(env!("CARGO_BIN_EXE_wasmr2r"))
        .arg("compile")
        .arg(&dll)
        .args(inputs::runtime_pack_assemblies().iter().flat_map(|p| [Path::new("-r"), p.as_path()]))
        .arg("-o")
        .arg(&out)
        .args(extra)
        .output()
        .expect("run wasmr2r");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let image = std::fs::read(out.join(format!("{name}.r2r.wasm"))).expect("the image");
    (image, String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Runs `produce` on every `.cs` of `tests/<dir>` and checks the result against the file with `extension`.
fn filetests(dir: &str, extension: &str, produce: impl Fn(&Path, &Path) -> String) {
    let sources = inputs::files_with_extension(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(dir), "cs");
    assert!(!sources.is_empty(), "no filetests in tests/{dir}");
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(dir);
    std::fs::create_dir_all(&work).expect("work folder");
    let failures: Vec<String> = sources
        .iter()
        .filter_map(|source| inputs::check_expected(&source.with_extension(extension), &produce(source, &work)).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn codegen_matches_the_expected_wat() {
    filetests("codegen", "wat", |source, work| methods_wat(&compile(source, work, &[]).0));
}

#[test]
fn import_matches_the_expected_ir() {
    filetests("import", "ir", |source, work| compile(source, work, &["--ir", "Program::"]).1);
}
