//! Damaged assemblies never panic and never read out of bounds: real assemblies (PE and WebCIL) are
//! truncated, bit-flipped and overwritten, and the reader must either read them or say which structure at
//! which byte offset is wrong.

use proptest::prelude::*;
use std::sync::OnceLock;
use wasmr2r_metadata::custom_attribute::SameAssembly;
use wasmr2r_metadata::*;
use wasmr2r_test_support as inputs;

/// Small real inputs: runtime-pack assemblies and their WebCIL versions under 48 KB.
fn seeds() -> &'static Vec<Vec<u8>> {
    static SEEDS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let small = |files: Vec<std::path::PathBuf>| -> Vec<Vec<u8>> {
            files
                .into_iter()
                .filter_map(|p| std::fs::read(p).ok())
                .filter(|bytes| (4_000..48_000).contains(&bytes.len()))
                .take(12)
                .collect()
        };
        let mut seeds = small(inputs::runtime_pack_assemblies());
        seeds.extend(small(inputs::webcil_assemblies()));
        assert!(seeds.len() >= 12, "too few small assemblies to mutate");
        seeds
    })
}

/// File range of the metadata (where a mutation is most likely to reach the reader's logic).
fn metadata_range(bytes: &[u8]) -> std::ops::Range<usize> {
    let assembly = Assembly::from_bytes(bytes.to_vec()).expect("seed reads");
    let dir = assembly.cli_header().metadata;
    let start = assembly.container().rva_to_offset(dir.rva, dir.size, "metadata").expect("metadata in a section");
    start..start + dir.size as usize
}

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(f64),
    FlipBit { at: f64, bit: u8, in_metadata: bool },
    Overwrite { at: f64, bytes: Vec<u8>, in_metadata: bool },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => (0.0..1.0f64).prop_map(Mutation::Truncate),
        4 => (0.0..1.0f64, 0..8u8, any::<bool>()).prop_map(|(at, bit, in_metadata)| Mutation::FlipBit { at, bit, in_metadata }),
        3 => (0.0..1.0f64, prop::collection::vec(any::<u8>(), 1..6), any::<bool>())
            .prop_map(|(at, bytes, in_metadata)| Mutation::Overwrite { at, bytes, in_metadata }),
    ]
}

fn apply(bytes: &mut Vec<u8>, metadata: &std::ops::Range<usize>, m: &Mutation) {
    let place = |at: f64, in_metadata: bool, len: usize| {
        let (start, span) = if in_metadata { (metadata.start, metadata.len()) } else { (0, len) };
        (start + (at * span as f64) as usize).min(len.saturating_sub(1))
    };
    match m {
        Mutation::Truncate(at) => bytes.truncate((at * bytes.len() as f64) as usize),
        Mutation::FlipBit { at, bit, in_metadata } => {
            let i = place(*at, *in_metadata, bytes.len());
            if let Some(b) = bytes.get_mut(i) {
                *b ^= 1 << bit;
            }
        }
        Mutation::Overwrite { at, bytes: new, in_metadata } => {
            let i = place(*at, *in_metadata, bytes.len());
            for (j, b) in new.iter().enumerate() {
                if let Some(slot) = bytes.get_mut(i + j) {
                    *slot = *b;
                }
            }
        }
    }
}

/// An error must point inside the file, unless it says the file ends before the structure it names.
fn check_located(e: &Error, len: usize) {
    let truncated = matches!(e.kind, ErrorKind::Truncated { .. });
    assert!(e.offset <= len || truncated, "error offset {:#x} past the end ({len} bytes): {e}", e.offset);
    assert!(!e.to_string().is_empty());
}

/// Reads everything there is to read; every error must be located.
fn read_all(bytes: Vec<u8>) {
    let len = bytes.len();
    let assembly = match Assembly::from_bytes(bytes) {
        Ok(a) => a,
        Err(e) => return check_located(&e, len),
    };
    let report = assembly.check(&SameAssembly);
    for e in &report.errors {
        check_located(e, len);
    }
    let _ = assembly.identity();
    for rid in 1..=assembly.row_count(TableId::AssemblyRef) {
        let _ = assembly.assembly_ref(rid);
    }
    for table in [TableId::TypeDef, TableId::TypeRef, TableId::TypeSpec, TableId::ExportedType] {
        for rid in 1..=assembly.row_count(table) {
            let _ = assembly.type_full_name(Token::new(table, rid));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn damaged_assemblies_fail_cleanly(seed in any::<prop::sample::Index>(), mutations in prop::collection::vec(mutation(), 1..5)) {
        let seeds = seeds();
        let original = &seeds[seed.index(seeds.len())];
        let metadata = metadata_range(original);
        let mut bytes = original.clone();
        for m in &mutations {
            apply(&mut bytes, &metadata, m);
        }
        read_all(bytes);
    }
}

#[test]
fn every_seed_reads_without_errors() {
    for seed in seeds() {
        let assembly = Assembly::from_bytes(seed.clone()).expect("seed reads");
        assert_eq!(assembly.check(&SameAssembly).errors, Vec::new());
    }
}

#[test]
fn every_truncation_of_one_assembly_fails_cleanly() {
    let seed = &seeds()[0];
    for len in (0..seed.len()).step_by(7) {
        read_all(seed[..len].to_vec());
    }
}

/// Every input the fuzzer (or a reading of the code) found crashing the reader, kept under
/// `fuzz/regressions/` (see fuzz/README.md for each bug): each must now read without crashing.
#[test]
fn fuzz_regressions_fail_cleanly() {
    let dir = inputs::repo_root().join("fuzz/regressions");
    let files = inputs::files_with_extension(&dir, "bin");
    assert!(!files.is_empty(), "no regression inputs in {}", dir.display());
    for file in files {
        read_all(std::fs::read(&file).expect("read a regression input"));
    }
}
