//! Which files a command reads: the paths given (directories contribute their assemblies), or, with none,
//! the shared framework of the installed .NET SDK.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};

/// Extensions of files that can hold an assembly: PE images and WebCIL (bare or Wasm-wrapped).
const ASSEMBLY_EXTENSIONS: &[&str] = &["dll", "exe", "wasm", "webcil"];

/// Expands `paths` into files, sorted by full path within each directory; given files are kept as given.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("cannot list {}", path.display()))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && has_assembly_extension(p))
                .collect();
            found.sort();
            files.extend(found);
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            bail!("{}: no such file or directory", path.display());
        }
    }
    Ok(files)
}

fn has_assembly_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ASSEMBLY_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// The installed SDK's Microsoft.NETCore.App shared framework.
pub fn sdk_shared_framework() -> Result<PathBuf> {
    wasmr2r_metadata::installed::shared_framework("Microsoft.NETCore.App").context(
        "no Microsoft.NETCore.App runtime found by `dotnet --list-runtimes` (is the .NET SDK on PATH?); pass paths to read",
    )
}
