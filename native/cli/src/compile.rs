//! `wasmr2r compile`: an app assembly and its references → `<App>.r2r.wasm`, the loader `wasmr2r.mjs` and
//! the runner `<App>.mjs` (so `node <dir>/<App>.mjs` runs the program and exits with its exit code). The
//! build itself is `wasmr2r_compiler::build`, which the MSBuild task runs too.

use anyhow::Result;
use std::collections::BTreeMap;
use std::path::PathBuf;
use wasmr2r_compiler::build::{self, BuildRequest};
use wasmr2r_compiler::driver::Control;

/// The Mono browser-wasm runtime pack in the NuGet package cache (the newest 10.0.x there).
fn default_references() -> Option<Vec<PathBuf>> {
    let root = std::env::var_os("NUGET_PACKAGES")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".nuget/packages")))?;
    let packs = root.join("microsoft.netcore.app.runtime.mono.browser-wasm");
    let pack = wasmr2r_metadata::installed::newest_version_in(&packs, Some(10))?.join("runtimes/browser-wasm");
    Some(vec![pack.join("lib/net10.0"), pack.join("native/System.Private.CoreLib.dll")])
}

/// Builds and prints the summary; returns the process exit code.
pub fn run(mut request: BuildRequest) -> Result<i32> {
    if request.references.is_empty() {
        request.references = default_references().unwrap_or_default();
    }
    let report = build::build(&request, &Control::none())?;
    let functions = report.sizes.function_sizes.len();
    eprintln!(
        "{}: {functions} functions ({} methods compiled, {} stubbed) in {:.2?}; image {} bytes \
         (code {}, data {}, components {}, tables {})",
        report.app_name,
        report.compiled,
        report.stubs.len(),
        report.compile_time,
        report.sizes.module,
        report.sizes.code,
        report.sizes.data,
        report.sizes.components,
        report.sizes.tables
    );
    let mut by_reason: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
    for stub in &report.stubs {
        by_reason.entry((stub.reason.code, stub.reason.reason.as_str())).or_default().push(&stub.method);
    }
    for ((code, reason), methods) in by_reason {
        let shown = methods.iter().take(3).copied().collect::<Vec<_>>().join(", ");
        let more = if methods.len() > 3 { format!(" and {} more", methods.len() - 3) } else { String::new() };
        eprintln!("  {code}: {} stubbed: {reason} ({shown}{more})", methods.len());
    }
    print!("{}", report.ir_text);
    match report.why {
        Some(Ok(chain)) => print!("{chain}"),
        Some(Err(message)) => anyhow::bail!("--why: {message}"),
        None => {}
    }
    Ok(0)
}
