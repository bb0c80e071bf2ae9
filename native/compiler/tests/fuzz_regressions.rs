//! The compiler fuzz target's findings (`fuzz/regressions/compile/`, see fuzz/README.md) and a sample of its seeds:
//! real CoreLib methods compiled as roots, their own IL and locals. Each must compile without a panic or an
//! internal error, into an image that validates (the writer runs wasmparser's validator on every image).

use std::path::PathBuf;
use std::sync::OnceLock;
use wasmr2r_compiler::fuzzing::{Harness, Outcome};
use wasmr2r_test_support as inputs;

/// CoreLib first (the fuzz target replaces its methods' bodies), then the rest of the runtime pack.
fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        let mut files = inputs::runtime_pack_assemblies();
        files.sort_by_key(|f| !f.ends_with("System.Private.CoreLib.dll"));
        Harness::open(&files).expect("the runtime pack")
    })
}

#[test]
fn fuzz_findings_compile_cleanly() {
    let dir = inputs::repo_root().join("fuzz/regressions/compile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .collect();
    files.sort();
    let failures: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let input = std::fs::read(file).expect("a regression input");
            harness().run(&input).err().map(|e| format!("{}: {e}", file.display()))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `Type::Method` of the harness's method `index`, for messages.
fn method_name(index: usize) -> String {
    let world = &harness().world;
    let def = harness().methods[index];
    let owner = world.method_owner(def).map(|t| world.type_def_name(t)).unwrap_or_default();
    format!("{owner}::{}", world.method_def_name(def))
}

/// Real bodies are valid IL over real types: each must give an image, never a refusal.
#[test]
fn seeds_compile_cleanly() {
    let harness = harness();
    assert!(harness.methods.len() > 10_000, "CoreLib has {} methods the fuzzer can replace", harness.methods.len());
    // Spread over CoreLib; each compiles its method with everything that method reaches.
    let step = harness.methods.len() / 24;
    let failures: Vec<String> = (0..24)
        .filter_map(|i| {
            let mut index = i * step;
            let mut outcome = harness.run(&harness.seed(index).expect("a seed"));
            // An `[Intrinsic]` whose IL only calls itself (PackedSimd's, say) is no body to compile but a placeholder
            // the compiler reports (WR2R1007); the next method stands in for it.
            while let Ok(Outcome::Image { root_stub: Some(why), .. }) = &outcome
                && why.contains("is an [Intrinsic] whose IL calls itself")
                && index + 1 < (i + 1) * step
            {
                index += 1;
                outcome = harness.run(&harness.seed(index).expect("a seed"));
            }
            match outcome {
                Ok(Outcome::Image { root_stub: None, .. }) => None,
                // Any stub reason is a compiler bug on real IL (its exception clauses included).
                Ok(Outcome::Image { root_stub: Some(why), .. }) => {
                    Some(format!("seed {index} ({}): stubbed: {why}", method_name(index)))
                }
                Ok(Outcome::Rejected(why)) => Some(format!("seed {index} ({}): refused: {why}", method_name(index))),
                Err(e) => Some(format!("seed {index} ({}): {e}", method_name(index))),
            }
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// CoreLib's own exception handling: methods with clauses of every kind (catch, filter, finally, fault), spread over
/// the assembly, each compiled as a root from its own IL and clause table, must compile without being stubbed.
#[test]
fn methods_with_exception_clauses_compile() {
    let harness = harness();
    let world = &harness.world;
    let mut by_kind: [Vec<usize>; 4] = Default::default();
    for (index, def) in harness.methods.iter().enumerate() {
        let a = world.assembly(def.assembly);
        let Ok(row) = a.row::<wasmr2r_metadata::MethodDefRow>(def.rid) else { continue };
        let Ok(body) = a.method_body(row.rva) else { continue };
        for clause in &body.exception_clauses {
            use wasmr2r_metadata::HandlerKind::*;
            let kind = match clause.kind {
                Catch { .. } => 0,
                Filter { .. } => 1,
                Finally => 2,
                Fault => 3,
            };
            by_kind[kind].push(index);
        }
    }
    let mut picked: Vec<usize> = Vec::new();
    for list in &mut by_kind {
        list.dedup();
        assert!(!list.is_empty(), "CoreLib has methods with every kind of clause");
        let step = (list.len() / 5).max(1);
        picked.extend(list.iter().step_by(step).take(5));
    }
    picked.sort();
    picked.dedup();
    let failures: Vec<String> = picked
        .iter()
        .filter_map(|&index| match harness.run(&harness.seed(index).expect("a seed")) {
            Ok(Outcome::Image { root_stub: None, .. }) => None,
            Ok(other) => Some(format!("{}: {other:?}", method_name(index))),
            Err(e) => Some(format!("{}: {e}", method_name(index))),
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Writes the compile target's corpus seeds: 400 CoreLib methods spread over the assembly, their own IL (up to 1 KB)
/// and locals. Run by `fuzz/seed.sh` with `WASMR2R_FUZZ_SEED_DIR` set; without it, it does nothing.
#[test]
#[ignore = "writes fuzz seeds; run by fuzz/seed.sh"]
fn write_fuzz_seeds() {
    let Some(dir) = std::env::var_os("WASMR2R_FUZZ_SEED_DIR").map(PathBuf::from) else { return };
    std::fs::create_dir_all(&dir).expect("the seed folder");
    let harness = harness();
    let step = (harness.methods.len() / 400).max(1);
    let mut written = 0;
    for index in (0..harness.methods.len()).step_by(step) {
        if let Some(seed) = harness.seed(index).filter(|s| s.len() <= 1024 + 3) {
            std::fs::write(dir.join(format!("corelib-{index:05}")), seed).expect("a seed");
            written += 1;
        }
    }
    eprintln!("wrote {written} seeds (of {} methods) to {}", harness.methods.len(), dir.display());
}

/// The input's IL is what gets compiled: the same method with its own body compiles, with a truncated body it is a
/// stub for invalid IL, and with `ldc.i4.0; ret` in a method returning void it is one too.
#[test]
fn the_input_replaces_the_body() {
    let harness = harness();
    let index = (0..harness.methods.len())
        .find(|&i| {
            let seed = harness.seed(i).expect("a seed");
            seed.len() > 16 && matches!(harness.run(&seed), Ok(Outcome::Image { root_stub: None, .. }))
        })
        .expect("a method that compiles");
    let mut truncated = harness.seed(index).expect("a seed");
    truncated.truncate(truncated.len() - 1);
    match harness.run(&truncated) {
        Ok(Outcome::Image { root_stub: Some(why), .. }) => assert!(why.contains("WR2R1005"), "{why}"),
        other => panic!("{}: {other:?}", method_name(index)),
    }
}
