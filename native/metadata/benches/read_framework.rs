//! Reads every assembly of the installed Microsoft.NETCore.App and decodes every method body and signature
//! — the same work `MetadataOracle bench` does with System.Reflection.Metadata (tests/oracle/MetadataOracle/
//! Bench.cs), so the two can be compared.
//!
//! `cargo bench -p wasmr2r-metadata --bench read_framework` runs the criterion benchmark;
//! `tests/bench/metadata.sh` runs both readers side by side and prints the ratio.

use criterion::{Criterion, criterion_group};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;
use wasmr2r_metadata::check::Discard;
use wasmr2r_metadata::signature::SignatureHeader;
use wasmr2r_metadata::*;

#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
struct Counts {
    assemblies: u64,
    methods: u64,
    bodies: u64,
    signatures: u64,
    /// Folds the decoded values in, so nothing is optimised away.
    sink: u64,
}

fn framework() -> Vec<PathBuf> {
    let dir = wasmr2r_metadata::installed::shared_framework("Microsoft.NETCore.App").expect("an installed .NET SDK");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("list the shared framework")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "dll"))
        .collect();
    files.sort();
    files.retain(|p| Assembly::open(p).is_ok());
    files
}

/// Decodes one signature blob of `table` row `rid`, column `column`, with `decode`.
fn blob_of<R: Row>(a: &Assembly, rid: u32, blob: impl Fn(&R) -> BlobIndex) -> Result<bytes::ByteReader<'_>> {
    a.row::<R>(rid).and_then(|row| a.blob(blob(&row), "signature"))
}

fn decode_one(path: &PathBuf, c: &mut Counts) -> Result<()> {
    let a = Assembly::open(path).map_err(|e| match e {
        LoadError::Format { source, .. } => source,
        LoadError::Io { source, .. } => panic!("{}: {source}", path.display()),
    })?;
    c.assemblies += 1;
    let mut d = Discard;
    for (_, row) in a.rows::<TypeDefRow>() {
        c.sink += u64::from(row?.name.0);
    }
    for (_, row) in a.rows::<MethodDefRow>() {
        let row = row?;
        let signature = SignatureDecoder::new(&mut d).decode_method(&mut a.blob(row.signature, "method signature")?)?;
        c.sink += signature.params.len() as u64;
        c.signatures += 1;
        c.methods += 1;
        if row.rva != 0 {
            let body = a.method_body(row.rva)?;
            c.sink += body.code.len() as u64 + u64::from(body.max_stack);
            for clause in &body.exception_clauses {
                c.sink +=
                    u64::from(clause.try_offset + clause.try_length + clause.handler_offset + clause.handler_length);
            }
            if !body.locals.is_nil() {
                let mut blob = blob_of::<StandAloneSigRow>(&a, body.locals.rid(), |r| r.signature)?;
                c.sink += SignatureDecoder::new(&mut d).decode_locals(&mut blob)?.len() as u64;
                c.signatures += 1;
            }
            c.bodies += 1;
        }
    }
    for rid in 1..=a.row_count(TableId::Field) {
        SignatureDecoder::new(&mut d).decode_field(&mut blob_of::<FieldRow>(&a, rid, |r| r.signature)?)?;
        c.signatures += 1;
    }
    for rid in 1..=a.row_count(TableId::MemberRef) {
        let mut blob = blob_of::<MemberRefRow>(&a, rid, |r| r.signature)?;
        if blob.clone().u8()? == SignatureHeader::FIELD {
            SignatureDecoder::new(&mut d).decode_field(&mut blob)?;
        } else {
            c.sink += SignatureDecoder::new(&mut d).decode_method(&mut blob)?.params.len() as u64;
        }
        c.signatures += 1;
    }
    for rid in 1..=a.row_count(TableId::TypeSpec) {
        SignatureDecoder::new(&mut d).decode_type(&mut blob_of::<TypeSpecRow>(&a, rid, |r| r.signature)?)?;
        c.signatures += 1;
    }
    for rid in 1..=a.row_count(TableId::MethodSpec) {
        let mut blob = blob_of::<MethodSpecRow>(&a, rid, |r| r.instantiation)?;
        c.sink += SignatureDecoder::new(&mut d).decode_method_spec(&mut blob)?.len() as u64;
        c.signatures += 1;
    }
    for rid in 1..=a.row_count(TableId::StandAloneSig) {
        let mut blob = blob_of::<StandAloneSigRow>(&a, rid, |r| r.signature)?;
        if blob.clone().u8()? & 0x0F == SignatureHeader::LOCAL_SIG {
            c.sink += SignatureDecoder::new(&mut d).decode_locals(&mut blob)?.len() as u64;
        } else {
            SignatureDecoder::new(&mut d).decode_method(&mut blob)?;
        }
        c.signatures += 1;
    }
    for rid in 1..=a.row_count(TableId::Property) {
        SignatureDecoder::new(&mut d).decode_property(&mut blob_of::<PropertyRow>(&a, rid, |r| r.signature)?)?;
        c.signatures += 1;
    }
    for (_, row) in a.rows::<CustomAttributeRow>() {
        let row = row?;
        c.sink += u64::from(row.constructor.0) + a.blobs().get(row.value)?.len() as u64;
    }
    Ok(())
}

fn pass(files: &[PathBuf]) -> Counts {
    let mut counts = Counts::default();
    for file in files {
        decode_one(file, &mut counts).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
    black_box(counts)
}

fn bench(c: &mut Criterion) {
    let files = framework();
    c.bench_function("read Microsoft.NETCore.App (every body and signature)", |b| b.iter(|| pass(&files)));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}

/// Both readers on the same files in one run: ours timed like the oracle times itself (2 warm-up passes,
/// then min and median of N), then `MetadataOracle bench`, then the ratio.
fn compare(oracle_dll: &str, passes: usize) {
    let files = framework();
    for _ in 0..2 {
        pass(&files);
    }
    let mut times: Vec<f64> = (0..passes)
        .map(|_| {
            let start = Instant::now();
            pass(&files);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let counts = pass(&files);
    let (min, median) = (times[0], times[passes / 2]);
    println!(
        "{{\"tool\":\"wasmr2r-metadata\",\"assemblies\":{},\"methods\":{},\"bodies\":{},\"signatures\":{},\"passes\":{passes},\"minMs\":{min:.3},\"medianMs\":{median:.3}}}",
        counts.assemblies, counts.methods, counts.bodies, counts.signatures
    );
    let output = std::process::Command::new("dotnet")
        .arg(oracle_dll)
        .arg("bench")
        .args(&files)
        .args(["--iterations", &passes.to_string()])
        .output()
        .expect("run the oracle's bench");
    let line = String::from_utf8_lossy(&output.stdout);
    print!("{line}");
    let field = |name: &str| -> f64 {
        let at = line.find(&format!("\"{name}\":")).unwrap_or_else(|| panic!("oracle printed no {name}: {line}"));
        let rest = &line[at + name.len() + 3..];
        rest[..rest.find([',', '}']).unwrap_or(rest.len())].parse().expect("a number")
    };
    assert_eq!(field("methods") as u64, counts.methods, "both readers must do the same work");
    assert_eq!(field("signatures") as u64, counts.signatures, "both readers must do the same work");
    println!(
        "System.Reflection.Metadata / wasmr2r-metadata: {:.2}x (min), {:.2}x (median)",
        field("minMs") / min,
        field("medianMs") / median
    );
}

fn main() {
    match std::env::var("WASMR2R_BENCH_ORACLE") {
        Ok(oracle_dll) => compare(&oracle_dll, 30),
        Err(_) => {
            benches();
            Criterion::default().configure_from_args().final_summary();
        }
    }
}
