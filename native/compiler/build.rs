//! Builds the managed runtime (`runtime/managed/*.cs`) with the .NET SDK's C# compiler into
//! `$OUT_DIR/WasmR2R.Runtime.dll`, which `src/runtime.rs` embeds: every image carries it, compiled by us like user
//! code. It references `System.Runtime`, `System.Runtime.InteropServices`, `System.Threading` and
//! `System.Threading.Thread` of the SDK's reference pack (the image resolves them to the framework being compiled).
//! Deterministic: the same sources give the same bytes.

use std::path::PathBuf;
use std::process::Command;
use wasmr2r_metadata::installed;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let sources_dir = manifest.join("../../runtime/managed");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("WasmR2R.Runtime.dll");
    println!("cargo:rerun-if-changed={}", sources_dir.display());
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&sources_dir)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", sources_dir.display())))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "cs"))
        .collect();
    sources.sort();
    let sdk = installed::sdk().unwrap_or_else(|| {
        fail("`dotnet --list-sdks` lists no SDK: the .NET SDK 10 is needed to build the managed runtime")
    });
    let csc = sdk.join("Roslyn/bincore/csc.dll");
    let packs = sdk.join("../../packs/Microsoft.NETCore.App.Ref");
    let reference_pack = installed::newest_version_in(&packs, Some(10))
        .unwrap_or_else(|| fail(&format!("no Microsoft.NETCore.App.Ref 10.x pack in {}", packs.display())));
    let references = [
        "System.Runtime.dll",
        "System.Runtime.InteropServices.dll",
        "System.Threading.dll",
        "System.Threading.Thread.dll",
    ]
    .map(|name| format!("-reference:{}", reference_pack.join("ref/net10.0").join(name).display()));
    let output = Command::new("dotnet")
        .arg(&csc)
        .args(["-nologo", "-noconfig", "-nostdlib+", "-deterministic", "-optimize+", "-unsafe+", "-debug-"])
        .args(["-target:library", "-langversion:latest", "-nullable:disable", "-warnaserror+"])
        .args(&references)
        .arg(format!("-out:{}", out.display()))
        .args(&sources)
        .output()
        .unwrap_or_else(|e| fail(&format!("cannot run dotnet: {e}")));
    if !output.status.success() {
        fail(&format!(
            "building the managed runtime failed:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1)
}
