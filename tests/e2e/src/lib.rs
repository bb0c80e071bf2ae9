//! What the end-to-end tests share: packing WasmR2R.Build into a local feed the way a release is packed, and
//! copying a sample next to a nuget.config that names that feed. The tests (`tests/`) then restore and publish the
//! samples with an isolated package cache and run what was published.

use std::path::Path;
use std::process::Command;
use wasmr2r_test_support::{self as inputs, run};

/// Packs WasmR2R.Build `version` into `feed` the way a release is packed — `dotnet pack` builds the native library
/// with cargo — but with cargo's dev profile, which shares the workspace's debug artifacts and skips the release LTO.
pub fn pack_into_feed(feed: &Path, version: &str) {
    // `dotnet pack` writes into the repository's nuget/ and msbuild/ bin/obj: one pack at a time per binary.
    static PACK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _pack = PACK.lock().unwrap_or_else(|e| e.into_inner());
    run(
        Command::new("dotnet")
            .args(["pack", "-c", "Release", "-nologo", "-nodeReuse:false", "-o"])
            .arg(feed)
            .arg(inputs::repo_root().join("nuget/WasmR2R.Build.csproj"))
            .arg("-p:WasmR2RCargoProfile=dev")
            .arg(format!("-p:WasmR2RVersion={version}")),
        "dotnet pack",
    );
}

/// Copies `samples/<name>` into `to` with a nuget.config naming the local `feed` and nuget.org
/// (`samples/copy-sample.sh`, as the main job and the publish benchmark do).
pub fn copy_sample(name: &str, to: &Path, feed: &Path) {
    run(
        Command::new(inputs::repo_root().join("samples/copy-sample.sh")).arg(name).arg(to).arg(feed),
        "samples/copy-sample.sh",
    );
}
