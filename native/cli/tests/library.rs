//! The library root mode (`wasmr2r compile X.dll --library`: every non-generic method of the assembly is a root) on
//! framework assemblies from the browser-wasm runtime pack, the way `tests/bench/compile-rate.sh` measures them: the
//! build must succeed, whatever it stubs. Each assembly here once stopped a build with an internal compiler error:
//! System.Text.Json on `T[]` of an open generic type (taken for a closed type, laid out), and
//! System.Text.RegularExpressions on a `Nullable<T>` struct field whose MethodTable the field map named but nothing
//! marked.

use std::process::Command;
use wasmr2r_test_support as inputs;

#[test]
fn framework_assemblies_compile_in_the_library_root_mode() {
    let work = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("library");
    let _ = std::fs::remove_dir_all(&work);
    for name in ["System.Text.Json", "System.Text.RegularExpressions", "System.Collections"] {
        let dll = inputs::runtime_pack_dir().join(format!("lib/net10.0/{name}.dll"));
        let out = work.join(name);
        let result = Command::new(env!("CARGO_BIN_EXE_wasmr2r"))
            .arg("compile")
            .arg(&dll)
            .arg("--library")
            .arg("-o")
            .arg(&out)
            .output()
            .expect("run wasmr2r compile");
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(result.status.success(), "{name}: {}", stderr.lines().next().unwrap_or_default());
        assert!(stderr.contains("methods compiled"), "{name}: no build summary: {stderr}");
        assert!(out.join(format!("{name}.r2r.wasm")).is_file(), "{name}: no image");
    }
}
