//! Which files a command reads: the paths given (directories contribute their assemblies), or, with none,
//! the shared framework of the installed .NET SDK.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

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
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ASSEMBLY_EXTENSIONS
            .iter()
            .any(|x| x.eq_ignore_ascii_case(e))
    })
}

/// The newest `shared/Microsoft.NETCore.App/<version>` of the .NET installation on PATH (or DOTNET_ROOT).
pub fn sdk_shared_framework() -> Result<PathBuf> {
    let output = Command::new("dotnet")
        .arg("--list-runtimes")
        .output()
        .context("cannot run `dotnet --list-runtimes`: is the .NET SDK installed and on PATH? Or pass paths to read")?;
    let listing = String::from_utf8_lossy(&output.stdout);
    // Lines look like: `Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]`.
    let newest = listing
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("Microsoft.NETCore.App ")?;
            let (version, dir) = rest.split_once(" [")?;
            let numbers: Vec<u64> = version
                .split(['.', '-'])
                .map_while(|n| n.parse().ok())
                .collect();
            Some((numbers, Path::new(dir.trim_end_matches(']')).join(version)))
        })
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, dir)| dir);
    match newest {
        Some(dir) if dir.is_dir() => Ok(dir),
        _ => bail!(
            "`dotnet --list-runtimes` lists no Microsoft.NETCore.App runtime; pass paths to read"
        ),
    }
}
