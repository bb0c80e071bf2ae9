//! Where the real inputs of the tests are. `tests/inputs/prepare.sh` (run by `.ci/run`) fetches the Mono
//! browser-wasm runtime pack and publishes a WebCIL app; the SDK's shared frameworks come with the SDK.
//! Every function panics with what to run when an input is missing: a test must not pass by skipping.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repository root")
}

/// A value from `tests/inputs/out/paths.env`.
fn prepared(key: &str) -> PathBuf {
    let file = repo_root().join("tests/inputs/out/paths.env");
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{}: {e}; run tests/inputs/prepare.sh first", file.display()));
    let value = text
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("{} has no {key}; rerun tests/inputs/prepare.sh", file.display()));
    PathBuf::from(value)
}

/// `.../microsoft.netcore.app.runtime.mono.browser-wasm/<version>/runtimes/browser-wasm`.
pub fn runtime_pack_dir() -> PathBuf {
    prepared("RUNTIME_PACK_DIR")
}

/// The runtime pack's assemblies: `lib/net10.0/*.dll` and `native/System.Private.CoreLib.dll`.
pub fn runtime_pack_assemblies() -> Vec<PathBuf> {
    let pack = runtime_pack_dir();
    let mut files = files_with_extension(&pack.join("lib/net10.0"), "dll");
    files.push(pack.join("native/System.Private.CoreLib.dll"));
    files
}

/// The `_framework` folder of the published WebCIL app: `<Assembly>.wasm` per assembly.
pub fn webcil_dir() -> PathBuf {
    prepared("WEBCIL_DIR")
}

/// The WebCIL files (every `.wasm` but the runtime's own `dotnet.native.wasm`).
pub fn webcil_assemblies() -> Vec<PathBuf> {
    files_with_extension(&webcil_dir(), "wasm")
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "dotnet.native.wasm"))
        .collect()
}

/// The newest installed `shared/<framework>/<version>` folder (`Microsoft.NETCore.App`, `Microsoft.AspNetCore.App`).
pub fn shared_framework(framework: &str) -> PathBuf {
    wasmr2r_metadata::installed::shared_framework(framework)
        .unwrap_or_else(|| panic!("`dotnet --list-runtimes` lists no {framework}: install the .NET SDK"))
}

/// `*.<extension>` files of `dir`, sorted.
pub fn files_with_extension(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

/// The newest installed SDK folder (`<dotnet root>/sdk/<version>`).
pub fn sdk_dir() -> PathBuf {
    wasmr2r_metadata::installed::sdk().expect("`dotnet --list-sdks` lists an SDK")
}

/// The C# compiler that ships with the SDK (`Roslyn/bincore/csc.dll`), ready to build an optimized exe from `source`
/// into `out`; add the references and anything else.
///
/// `-shared` compiles through Roslyn's compiler server, warm after the first program (about 5x faster per program
/// here than a cold csc each time); `-keepalive:10` makes the server exit 10 s after the last compile, so none
/// lingers after the tests.
pub fn csc(source: &Path, out: &Path) -> Command {
    let mut command = Command::new("dotnet");
    command
        .arg(sdk_dir().join("Roslyn/bincore/csc.dll"))
        .args(["-shared", "-keepalive:10", "-nologo", "-optimize+", "-deterministic", "-target:exe"])
        .arg(format!("-out:{}", out.display()))
        .arg(source);
    command
}

/// The reference assemblies of the newest Microsoft.NETCore.App targeting pack (`packs/.../ref/net10.0`).
pub fn reference_assemblies() -> PathBuf {
    let packs = sdk_dir().join("../../packs/Microsoft.NETCore.App.Ref");
    wasmr2r_metadata::installed::newest_version_in(&packs, None)
        .unwrap_or_else(|| panic!("no Microsoft.NETCore.App.Ref pack in {}", packs.display()))
        .join("ref/net10.0")
}

/// Runs a command that must succeed; returns its output.
pub fn run(command: &mut Command, what: &str) -> Output {
    let output = command.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        output.status.success(),
        "{what} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Whether filetests should rewrite their expected output (`BLESS=1`; empty or `0` means no), as Cranelift's and
/// wasm-tools' filetests do. The one place every filetest asks.
pub fn bless() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Compares `actual` with the file `expected` (a missing file counts as empty), or under `BLESS=1` writes `actual`
/// there. The error names the file and shows the first lines that differ.
pub fn check_expected(expected: &Path, actual: &str) -> Result<(), String> {
    if bless() {
        if std::fs::read_to_string(expected).ok().as_deref() != Some(actual) {
            std::fs::write(expected, actual).map_err(|e| format!("{}: {e}", expected.display()))?;
        }
        return Ok(());
    }
    let wanted = std::fs::read_to_string(expected).unwrap_or_default();
    if wanted == actual {
        return Ok(());
    }
    let (e, a): (Vec<&str>, Vec<&str>) = (wanted.lines().collect(), actual.lines().collect());
    let mut out = format!("{} differs (rerun with BLESS=1 if the change is intended):\n", expected.display());
    let mut shown = 0;
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i).copied().unwrap_or("<end>"), a.get(i).copied().unwrap_or("<end>"));
        if x != y {
            out.push_str(&format!("  line {}: expected `{x}`\n           actual   `{y}`\n", i + 1));
            shown += 1;
            if shown == 10 {
                break;
            }
        }
    }
    Err(out)
}
