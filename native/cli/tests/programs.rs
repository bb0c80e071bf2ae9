//! The differential test of the compiler: every `tests/programs/*.cs` is built with the SDK's C# compiler,
//! run on CoreCLR (`dotnet x.dll`, the oracle) and as an R2R-Wasm image in Node (`node x.mjs`), and the exit
//! codes, standard output and unhandled exception types must agree. The build must also report no stubbed
//! method, so the image ran precompiled code only. Every image runs in Chromium too, and the programs that handle
//! exceptions once more compiled with the exnref encoding (`try_table`), which Node 20 cannot run.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
fn images_are_byte_identical_at_1_2_and_8_threads() {
    let (work, references) = workspace();
    for source in sample() {
        let name = source.file_stem().and_then(|s| s.to_str()).unwrap_or("program").to_owned();
        let dir = work.join(format!("threads-{name}"));
        std::fs::create_dir_all(&dir).expect("folder");
        let dll = build(&source, &dir, references).expect("builds");
        let images: Vec<Vec<u8>> = ["1", "2", "8"]
            .iter()
            .map(|threads| compile(&dll, &dir.join(format!("t{threads}")), &["--threads", threads]))
            .collect();
        assert!(images.windows(2).all(|w| w[0] == w[1]), "{name}: images differ between thread counts");
    }
}

#[test]
fn self_installing_images_run_like_passive_ones() {
    let (work, references) = workspace();
    for source in sample() {
        let name = source.file_stem().and_then(|s| s.to_str()).unwrap_or("program").to_owned();
        let dir = work.join(format!("shapes-{name}"));
        std::fs::create_dir_all(&dir).expect("folder");
        let dll = build(&source, &dir, references).expect("builds");
        let run =
            |out: &Path| outcome(&Command::new("node").arg(out.join(format!("{name}.mjs"))).output().expect("node"));
        compile(&dll, &dir.join("passive"), &[]);
        compile(&dll, &dir.join("self"), &["--self-installing"]);
        let expected = outcome(&Command::new("dotnet").arg(&dll).output().expect("dotnet"));
        assert_eq!(run(&dir.join("passive")), expected, "{name} (passive)");
        assert_eq!(run(&dir.join("self")), expected, "{name} (self-installing)");
    }
}

#[test]
fn programs_behave_as_on_coreclr_in_node_and_in_chromium() {
    let (work, references) = workspace();
    let programs = programs();
    assert!(programs.len() >= 300, "only {} programs", programs.len());
    // Most of a program's time is process start-up (csc, dotnet, node), so twice the cores keeps them busy.
    let workers = 2 * std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunks: Vec<&[PathBuf]> = programs.chunks(programs.len().div_ceil(workers)).collect();
    let results: Vec<Result<Checked, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|p| {
                            check(p, work, references, Stubs::Forbidden).map_err(|e| format!("{}: {e}", p.display()))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|_| vec![Err("a worker panicked".into())])).collect()
    });
    let (passed, failures): (Vec<_>, Vec<_>) = results.into_iter().partition(Result::is_ok);
    let passed: Vec<Checked> = passed.into_iter().flatten().collect();
    let failures: Vec<String> = failures.into_iter().filter_map(Result::err).collect();
    eprintln!("{} of {} programs behave in Node as on CoreCLR", passed.len(), programs.len());
    assert!(failures.is_empty(), "{} programs differ:\n{}", failures.len(), failures.join("\n"));

    // In Chromium: every image, and the exception programs once more compiled with the exnref encoding.
    let runs: Vec<(&Checked, &PathBuf, &str)> = passed
        .iter()
        .map(|c| (c, &c.image_dir, "legacy"))
        .chain(passed.iter().filter_map(|c| c.exnref_dir.as_ref().map(|d| (c, d, "exnref"))))
        .collect();
    let dirs: Vec<PathBuf> = runs.iter().map(|(_, d, _)| (*d).clone()).collect();
    let (browser, version) = run_in_chromium(&dirs);
    let differ: Vec<String> = runs
        .iter()
        .zip(&browser)
        .filter(|((c, _, _), (exit, stdout, exception))| {
            c.coreclr.exit != *exit || c.coreclr.stdout != *stdout || c.coreclr.exception != *exception
        })
        .map(|((c, _, encoding), got)| {
            format!("{} ({encoding}): CoreCLR gave {:?}, Chromium gave {got:?}", c.name, c.coreclr)
        })
        .collect();
    let exnref = runs.iter().filter(|(_, _, e)| *e == "exnref").count();
    eprintln!(
        "{} of {} images behave in Chromium {version} as on CoreCLR ({} programs; {exnref} of them also with exnref)",
        runs.len() - differ.len(),
        runs.len(),
        passed.len()
    );
    assert!(exnref >= 100, "only {exnref} exception programs ran with the exnref encoding");
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

/// The pending programs (`tests/programs/pending`) wait for framework methods their builds stub, but run without
/// calling any: each must still behave as on CoreCLR, in Node and under GC stress, so what they do cover stays
/// tested until they join the corpus.
#[test]
fn pending_programs_behave_as_on_coreclr_despite_their_stubs() {
    let (work, references) = workspace();
    let programs = pending_programs();
    if programs.is_empty() {
        // Every pending program has landed in tests/programs (those pending/differ.txt names are not run).
        eprintln!("no pending programs to run");
        return;
    }
    let failures: Vec<String> = programs
        .iter()
        .filter_map(|p| {
            check(p, &work.join("pending"), references, Stubs::Allowed).err().map(|e| format!("{}: {e}", p.display()))
        })
        .collect();
    eprintln!(
        "{} of {} pending programs behave in Node as on CoreCLR",
        programs.len() - failures.len(),
        programs.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
