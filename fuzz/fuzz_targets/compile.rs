//! Compiles arbitrary IL as the body of a real CoreLib method, with everything it reaches, into an image
//! (`wasmr2r_compiler::fuzzing::Harness`, which documents the input). Rejecting the IL (a stub with a diagnostic)
//! is a correct result; a panic, an internal compiler error, an image that does not validate, a hang or unbounded
//! memory is a bug.

#![no_main]

#[path = "common.rs"]
mod common;

use common::handle_stack_overflow_on_alternate_stack;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use wasmr2r_compiler::fuzzing::Harness;

/// The runtime pack (from `tests/inputs/prepare.sh`), CoreLib first, loaded once.
fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        let mut files = wasmr2r_test_support::runtime_pack_assemblies();
        files.sort_by_key(|f| !f.ends_with("System.Private.CoreLib.dll"));
        Harness::open(&files).unwrap_or_else(|e| panic!("{e}"))
    })
}

fuzz_target!(init: { handle_stack_overflow_on_alternate_stack(); harness(); }, |data: &[u8]| {
    if let Err(e) = harness().run(data) {
        panic!("{e}");
    }
});
