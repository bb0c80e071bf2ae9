//! Codegen filetests: each `tests/codegen/<Name>.cs` is built with the SDK's C# compiler (deterministically)
//! and compiled by `wasmr2r compile`; the WAT of the functions compiled from it must equal `<Name>.wat`.
//! Run with `BLESS=1` to rewrite the `.wat` files after an intended change, and review the diff.

use std::path::{Path, PathBuf};
use std::process::Command;
use wasmr2r_test_support as inputs;

/// The WAT of the compiled methods (not the loader helpers, not the data segments) of an image.
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

fn compile(source: &Path, work: &Path) -> Vec<u8> {
    let name = source.file_stem().and_then(|s| s.to_str()).expect("a file name");
    let dll = work.join(format!("{name}.dll"));
    let refs = inputs::reference_assemblies();
    let status = inputs::csc(source, &dll)
        .arg(format!("-r:{}", refs.join("System.Runtime.dll").display()))
        .status()
        .expect("run csc");
    assert!(status.success(), "csc failed on {}", source.display());
    let out = work.join(name);
    let status = Command::new(env!("CARGO_BIN_EXE_wasmr2r"))
        .arg("compile")
        .arg(&dll)
        .args(inputs::runtime_pack_assemblies().iter().flat_map(|p| [Path::new("-r"), p.as_path()]))
        .arg("-o")
        .arg(&out)
        .status()
        .expect("run wasmr2r");
    assert!(status.success());
    std::fs::read(out.join(format!("{name}.r2r.wasm"))).expect("the image")
}

#[test]
fn codegen_matches_the_expected_wat() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/codegen");
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("codegen");
    std::fs::create_dir_all(&work).expect("work folder");
    let bless = std::env::var_os("BLESS").is_some();
    let mut mismatches = Vec::new();
    let sources = inputs::files_with_extension(&dir, "cs");
    assert!(!sources.is_empty());
    for source in sources {
        let actual = methods_wat(&compile(&source, &work));
        let expected_path = source.with_extension("wat");
        if bless {
            std::fs::write(&expected_path, &actual).expect("write the expected WAT");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            let diff = similar_lines(&expected, &actual);
            mismatches.push(format!("{}:\n{diff}", expected_path.display()));
        }
    }
    assert!(mismatches.is_empty(), "WAT differs (rerun with BLESS=1 if intended):\n{}", mismatches.join("\n"));
}

/// The first differing lines, with line numbers.
fn similar_lines(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut out = String::new();
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i).copied().unwrap_or("<end>"), a.get(i).copied().unwrap_or("<end>"));
        if x != y {
            out.push_str(&format!("  line {}: expected `{x}`\n           actual   `{y}`\n", i + 1));
            if out.lines().count() > 20 {
                break;
            }
        }
    }
    out
}
