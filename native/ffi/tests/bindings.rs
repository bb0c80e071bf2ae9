//! Generates the C# bindings and compares them with the checked-in `msbuild/Bindings/WasmR2R.Native.cs`.
//! `BLESS=1 cargo test -p wasmr2r-ffi --test bindings` rewrites the file instead.

use interoptopus::pattern::guard::{Hash, Version};
use interoptopus_csharp::RustLibrary;
use interoptopus_csharp::config::HeaderConfig;
use interoptopus_csharp::dispatch::Dispatch;
use std::path::{Path, PathBuf};

const NAMESPACE: &str = "WasmR2R.Native";

fn bindings_path() -> PathBuf {
    // native/ffi -> the repository root.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).expect("native/ffi is two levels deep");
    root.join("msbuild/Bindings/WasmR2R.Native.cs")
}

fn generate() -> String {
    let output = RustLibrary::builder(wasmr2r_native::ffi_inventory())
        // The file name on every platform: wasmr2r_native.dll, libwasmr2r_native.so, libwasmr2r_native.dylib.
        .dll_name("wasmr2r_native")
        .dispatch(Dispatch::single_file(NAMESPACE))
        // No generator version in the header: upgrading interoptopus must not by itself change the file.
        .headers(HeaderConfig { emit_version: false })
        .build()
        .process()
        .expect("C# generation failed");
    let files: Vec<_> = output.iter().collect();
    assert_eq!(files.len(), 1, "expected one file, got {:?}", files.iter().map(|f| f.0).collect::<Vec<_>>());
    files[0].1.clone()
}

#[test]
fn bindings_are_up_to_date() {
    let generated = generate();
    let path = bindings_path();
    if std::env::var_os("BLESS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("create msbuild/Bindings");
        std::fs::write(&path, &generated).expect("write bindings");
        return;
    }
    let regenerate = "regenerate with: BLESS=1 cargo test -p wasmr2r-ffi --test bindings";
    let checked_in = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}; {regenerate}", path.display()));
    // A Windows checkout may have turned the line endings into CRLF.
    let checked_in = checked_in.replace("\r\n", "\n");
    if checked_in != generated {
        let line = checked_in
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| checked_in.lines().count().min(generated.lines().count()) + 1, |i| i + 1);
        panic!("{} differs from the generated bindings (first at line {line}); {regenerate}", path.display());
    }
}

#[test]
fn generation_is_deterministic() {
    assert!(generate() == generate(), "two generations differ");
}

#[test]
fn bindings_check_the_api_hash() {
    let generated = generate();
    let hash = Hash::from_rust(&wasmr2r_native::ffi_inventory());
    let hex = format!("0x{}", hash.hash_hex());
    assert!(generated.contains("static Interop()"), "no guard: the API guard function is not registered");
    assert!(generated.contains("wasmr2r_api_guard()"));
    assert!(generated.contains(&format!("if (api_version != {hex})")), "the guard does not check {hex}");
    assert!(generated.contains("throw new TypeLoadException("));
    assert_eq!(
        wasmr2r_native::wasmr2r_api_guard(),
        Version::new(hash.hash()),
        "the library reports a different hash than the bindings embed"
    );
}
