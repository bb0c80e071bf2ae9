//! Cranelift-style filetests for control-flow structuring.
//!
//! Each `tests/structure/*.cfg` file holds a CFG in the syntax of `structure::text` (blocks `bN: goto bM`,
//! `bN: br bT bF`, `bN: switch bA bB default bD`, `bN: ret`, optional `entry bN`, `;` comments), then a line
//! `; expected:` followed by the structured program as printed by `Display for Structured`. The runner parses
//! the input, structures it, checks it with `structure::verify`, prints it and compares with the expected text.
//! With `BLESS=1` in the environment it rewrites the expected part instead of comparing.

use std::fs;
use std::path::{Path, PathBuf};

use wasmr2r_compiler::structure::{parse_cfg, structure, verify};

const MARKER: &str = "; expected:";

/// Splits a file into the input and the expected output (empty if the marker is missing).
fn split(text: &str) -> (&str, &str) {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end() == MARKER {
            return (&text[..offset], &text[offset + line.len()..]);
        }
        offset += line.len();
    }
    (text, "")
}

fn run(path: &Path, bless: bool) -> Result<(), String> {
    let text = fs::read_to_string(path).map_err(|e| format!("read: {e}"))?;
    let (input, expected) = split(&text);
    let cfg = parse_cfg(input).map_err(|e| format!("parse: {e}"))?;
    let structured = structure(&cfg).map_err(|e| format!("structure: {e}"))?;
    verify(&cfg, &structured).map_err(|e| format!("verify: {e}\n{structured}"))?;
    let actual = structured.to_string();
    if bless {
        let blessed = format!("{}\n{MARKER}\n{actual}", input.trim_end());
        if blessed != text {
            fs::write(path, blessed).map_err(|e| format!("write: {e}"))?;
        }
        return Ok(());
    }
    let normalize = |s: &str| s.lines().map(str::trim_end).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
    if normalize(expected) != normalize(&actual) {
        return Err(format!(
            "output differs (rerun with BLESS=1 to accept)\n--- expected\n{expected}\n--- actual\n{actual}"
        ));
    }
    Ok(())
}

#[test]
fn structure_filetests() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/structure");
    let bless = wasmr2r_test_support::bless();
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/structure exists")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "cfg"))
        .collect();
    files.sort();
    assert!(files.len() >= 8, "expected at least 8 filetests in {}", dir.display());
    let failures: Vec<String> =
        files.iter().filter_map(|path| run(path, bless).err().map(|e| format!("{}: {e}", path.display()))).collect();
    assert!(
        failures.is_empty(),
        "{} of {} filetests failed:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}
