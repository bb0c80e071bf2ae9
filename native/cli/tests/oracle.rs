//! Our reader against System.Reflection.Metadata over real assemblies: `wasmr2r inspect --facts` and the C#
//! oracle (`tests/oracle/MetadataOracle`) must print the same facts (`tests/oracle/FACTS.md`) for every
//! assembly of the SDK's shared frameworks and of the Mono browser-wasm runtime pack, and the WebCIL files
//! the SDK publishes must read exactly like the PE files they were made from.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use wasmr2r_test_support as inputs;

/// Builds the oracle once per test run and returns the path of its dll.
fn oracle_dll() -> &'static PathBuf {
    static DLL: OnceLock<PathBuf> = OnceLock::new();
    DLL.get_or_init(|| {
        let project = inputs::repo_root().join("tests/oracle/MetadataOracle");
        let output = Command::new("dotnet")
            .args(["build", "-c", "Release", "-nologo", "-v:q", "-nodeReuse:false"])
            .arg(&project)
            .output()
            .expect("run dotnet build");
        assert!(
            output.status.success(),
            "building the oracle failed:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        project.join("bin/Release/net10.0/MetadataOracle.dll")
    })
}

/// Runs a facts producer and returns its JSON lines.
fn facts(mut command: Command, files: &[PathBuf]) -> Vec<Value> {
    let output = command.args(files).output().expect("run facts");
    let stdout = String::from_utf8(output.stdout).expect("facts are UTF-8");
    stdout.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect()
}

fn ours(files: &[PathBuf]) -> Vec<Value> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wasmr2r"));
    command.args(["inspect", "--facts"]);
    facts(command, files)
}

fn oracle(files: &[PathBuf]) -> Vec<Value> {
    let mut command = Command::new("dotnet");
    command.arg(oracle_dll()).arg("facts");
    facts(command, files)
}

/// Differences between two JSON values: how many, and the first 20 by path.
#[derive(Default)]
struct Diff {
    count: usize,
    first: Vec<String>,
}

impl Diff {
    fn assert_none(&self) {
        assert!(self.first.is_empty(), "{} differences, first ones:\n{}", self.count, self.first.join("\n"));
    }

    fn note(&mut self, what: String) {
        self.count += 1;
        if self.first.len() < 20 {
            self.first.push(what);
        }
    }

    fn walk(&mut self, ours: &Value, oracle: &Value, path: &str) {
        match (ours, oracle) {
            (Value::Object(a), Value::Object(b)) => {
                for key in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
                    match (a.get(key), b.get(key)) {
                        (Some(x), Some(y)) => self.walk(x, y, &format!("{path}.{key}")),
                        _ => self.note(format!("{path}.{key}: present on one side only")),
                    }
                }
            }
            (Value::Array(a), Value::Array(b)) => {
                if a.len() != b.len() {
                    self.note(format!("{path}: {} items here, {} in the oracle", a.len(), b.len()));
                }
                for (i, (x, y)) in a.iter().zip(b).enumerate() {
                    self.walk(x, y, &format!("{path}[{i}]"));
                }
            }
            _ if ours != oracle => self.note(format!("{path}: {ours} here, {oracle} in the oracle")),
            _ => {}
        }
    }
}

/// Compares facts keyed by `key`, ignoring the `file` field; returns how many were compared and the diff.
fn compare(ours: &[Value], oracle: &[Value], key: impl Fn(&Value) -> Option<String>) -> (usize, Diff) {
    let index = |facts: &[Value]| -> BTreeMap<String, Value> {
        facts
            .iter()
            .filter_map(|f| {
                let mut f = f.clone();
                let k = key(&f)?;
                f.as_object_mut()?.remove("file");
                Some((k, f))
            })
            .collect()
    };
    let (ours, oracle) = (index(ours), index(oracle));
    let mut diff = Diff::default();
    for name in oracle.keys().filter(|k| !ours.contains_key(*k)) {
        diff.note(format!("{name}: read by the oracle only"));
    }
    for (name, facts) in &ours {
        match oracle.get(name) {
            Some(expected) => diff.walk(facts, expected, name),
            None => diff.note(format!("{name}: read here only")),
        }
    }
    (ours.len(), diff)
}

fn errors(facts: &[Value]) -> Vec<String> {
    facts.iter().filter(|f| f.get("error").is_some()).map(|f| f["file"].as_str().unwrap_or("?").to_owned()).collect()
}

fn count(facts: &[Value], list: &str) -> usize {
    facts.iter().map(|f| f[list].as_array().map_or(0, Vec::len)).sum()
}

#[test]
fn frameworks_and_runtime_pack_read_exactly_as_system_reflection_metadata_reads_them() {
    let sets = [
        (
            "Microsoft.NETCore.App",
            inputs::files_with_extension(&inputs::shared_framework("Microsoft.NETCore.App"), "dll"),
        ),
        (
            "Microsoft.AspNetCore.App",
            inputs::files_with_extension(&inputs::shared_framework("Microsoft.AspNetCore.App"), "dll"),
        ),
        ("browser-wasm runtime pack", inputs::runtime_pack_assemblies()),
    ];
    // One run over all sets, so custom attributes find enums (mostly CoreLib's) the same way on both sides.
    let files: Vec<PathBuf> = sets.iter().flat_map(|(_, f)| f.clone()).collect();
    let (ours, oracle) = (ours(&files), oracle(&files));
    assert_eq!(errors(&oracle), Vec::<String>::new(), "the oracle could not read these");
    assert_eq!(errors(&ours), Vec::<String>::new(), "we could not read these");
    let by_file = |f: &Value| f["file"].as_str().map(str::to_owned);
    let (compared, diff) = compare(&ours, &oracle, by_file);
    for (name, set) in &sets {
        let in_set: Vec<Value> =
            ours.iter().filter(|f| set.iter().any(|p| f["file"] == p.display().to_string())).cloned().collect();
        eprintln!(
            "{name}: {} assemblies, {} methods, {} types, {} custom attributes",
            in_set.len(),
            count(&in_set, "methods"),
            count(&in_set, "types"),
            in_set.iter().map(|f| f["customAttributes"]["count"].as_u64().unwrap_or(0)).sum::<u64>()
        );
    }
    eprintln!("compared {compared} assemblies with the oracle: {} differences", diff.count);
    assert_eq!(compared, files.len());
    diff.assert_none();
}

#[test]
fn webcil_files_read_exactly_like_the_pe_files_they_were_made_from() {
    let webcil = inputs::webcil_assemblies();
    let pe = inputs::runtime_pack_assemblies();
    let (ours, oracle) = (ours(&webcil), oracle(&pe));
    assert_eq!(errors(&ours), Vec::<String>::new(), "we could not read these WebCIL files");
    let by_assembly = |f: &Value| f["assembly"]["name"].as_str().map(str::to_owned);
    // The published app itself has no PE counterpart in the pack.
    let ours: Vec<Value> = ours.into_iter().filter(|f| f["assembly"]["name"] != "WebcilApp").collect();
    let (compared, diff) = compare(&ours, &oracle, by_assembly);
    eprintln!(
        "compared {compared} WebCIL assemblies with the oracle's view of their PE files: {} differences",
        diff.count
    );
    assert_eq!(compared, pe.len());
    diff.assert_none();
}

/// The trimmed metadata an image carries (`wasmr2r_metadata::subset`) is metadata System.Reflection.Metadata
/// reads as we do: each runtime-pack assembly with its metadata replaced, in place, by the subset that keeps the
/// methods of every fifth type (and what they refer to).
#[test]
fn metadata_subsets_read_exactly_as_system_reflection_metadata_reads_them() {
    use wasmr2r_metadata::subset::{self, Keep, Roots};
    use wasmr2r_metadata::{Assembly, TableId};
    let dir = inputs::repo_root().join("target/tmp/oracle-subsets");
    std::fs::create_dir_all(&dir).expect("a folder");
    let mut files = Vec::new();
    for path in inputs::runtime_pack_assemblies() {
        let a = Assembly::open(&path).expect("a runtime pack assembly");
        let mut roots = Roots::default();
        for rid in (1..=a.row_count(TableId::TypeDef)).step_by(5) {
            roots.methods.extend(a.type_methods(rid).expect("methods").range);
        }
        let kept = subset::write(&a, &Keep::Reached(roots)).expect("a subset");
        let dir_entry = a.cli_header().metadata;
        assert!(kept.metadata.len() <= dir_entry.size as usize, "{}: the subset is larger", path.display());
        let container = a.container();
        let metadata = container.rva_to_offset(dir_entry.rva, dir_entry.size, "metadata").expect("metadata");
        let cli = container.rva_to_offset(container.cli_header_rva, 72, "CLI header").expect("CLI header");
        let mut bytes = a.data().to_vec();
        bytes[metadata..metadata + kept.metadata.len()].copy_from_slice(&kept.metadata);
        bytes[cli + 12..cli + 16].copy_from_slice(&(kept.metadata.len() as u32).to_le_bytes());
        let file = dir.join(path.file_name().expect("a file name"));
        std::fs::write(&file, bytes).expect("write");
        files.push(file);
    }
    let (ours, oracle) = (ours(&files), oracle(&files));
    assert_eq!(errors(&oracle), Vec::<String>::new(), "the oracle could not read these subsets");
    assert_eq!(errors(&ours), Vec::<String>::new(), "we could not read these subsets");
    let by_file = |f: &Value| f["file"].as_str().map(str::to_owned);
    let (compared, diff) = compare(&ours, &oracle, by_file);
    eprintln!("compared {compared} subsets with the oracle: {} differences", diff.count);
    assert_eq!(compared, files.len());
    assert!(count(&ours, "methods") > 0);
    diff.assert_none();
}

#[test]
fn the_comparison_notices_a_changed_missing_or_extra_fact() {
    let oracle: Vec<Value> = vec![serde_json::json!({"file": "a", "methods": [{"rva": 1}], "x": 1})];
    let changed = vec![serde_json::json!({"file": "a", "methods": [{"rva": 2}], "x": 1})];
    let missing = vec![serde_json::json!({"file": "a", "methods": [], "x": 1})];
    let extra = vec![serde_json::json!({"file": "a", "methods": [{"rva": 1}], "x": 1, "y": 2})];
    let key = |f: &Value| f["file"].as_str().map(str::to_owned);
    assert_eq!(compare(&oracle, &oracle, key).1.count, 0);
    for ours in [changed, missing, extra] {
        assert_eq!(compare(&ours, &oracle, key).1.count, 1, "{ours:?}");
    }
}
