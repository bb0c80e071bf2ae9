//! Where the installed .NET keeps its SDKs, shared frameworks and packs, so tools can read them without being
//! told.

use std::path::{Path, PathBuf};
use std::process::Command;

/// `10.0.12` → `[10, 0, 12]` (a pre-release suffix's numbers follow), for ordering versions.
fn version_key(version: &str) -> Vec<u64> {
    version.split(['.', '-']).map_while(|n| n.parse().ok()).collect()
}

/// The newest entry `dotnet <list>` prints, as `<dir>/<version>`. Lines look like
/// `Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]` (`--list-runtimes`, whose
/// lines start with `prefix`) or `10.0.401 [/usr/share/dotnet/sdk]` (`--list-sdks`, no prefix).
fn newest_listed(list: &str, prefix: &str) -> Option<PathBuf> {
    let output = Command::new("dotnet").arg(list).output().ok()?;
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let (version, dir) = line.strip_prefix(prefix)?.trim_start().split_once(" [")?;
            Some((version_key(version), Path::new(dir.trim_end_matches(']')).join(version)))
        })
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, dir)| dir)
        .filter(|dir| dir.is_dir())
}

/// The newest `shared/<framework>/<version>` folder (for example `framework = "Microsoft.NETCore.App"`), or
/// `None` when dotnet is not on PATH or lists none.
pub fn shared_framework(framework: &str) -> Option<PathBuf> {
    newest_listed("--list-runtimes", &format!("{framework} "))
}

/// The newest SDK folder (`<dotnet root>/sdk/<version>`).
pub fn sdk() -> Option<PathBuf> {
    newest_listed("--list-sdks", "")
}

/// The subfolder of `dir` named by the highest version, optionally only among versions of major `major`
/// (for NuGet package folders and packs: `<dir>/10.0.12`).
pub fn newest_version_in(dir: &Path, major: Option<u64>) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| (version_key(&e.file_name().to_string_lossy()), e.path()))
        .filter(|(key, path)| !key.is_empty() && major.is_none_or(|m| key.first() == Some(&m)) && path.is_dir())
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, path)| path)
}
