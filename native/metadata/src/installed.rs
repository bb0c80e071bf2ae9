//! Where the installed .NET keeps its shared frameworks, so tools can read them without being told.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The newest `shared/<framework>/<version>` folder that `dotnet --list-runtimes` lists (for example
/// `framework = "Microsoft.NETCore.App"`), or `None` when dotnet is not on PATH or lists none.
pub fn shared_framework(framework: &str) -> Option<PathBuf> {
    let output = Command::new("dotnet").arg("--list-runtimes").output().ok()?;
    // Lines look like: `Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]`.
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let (version, dir) = line.strip_prefix(framework)?.strip_prefix(' ')?.split_once(" [")?;
            let key: Vec<u64> = version.split(['.', '-']).map_while(|n| n.parse().ok()).collect();
            Some((key, Path::new(dir.trim_end_matches(']')).join(version)))
        })
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, dir)| dir)
        .filter(|dir| dir.is_dir())
}
