//! Reads arbitrary bytes as an assembly (PE, bare WebCIL or Wasm-wrapped WebCIL) and, when the headers
//! parse, reads everything in it. Errors are expected; a panic, a hang or unbounded memory is a bug.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wasmr2r_metadata::custom_attribute::SameAssembly;
use wasmr2r_metadata::schema::{MethodDefRow, TableId};
use wasmr2r_metadata::{Assembly, Token};

/// Whether to format TypeSpec names too. Switch off to fuzz past a TypeSpec naming bug while it is open, as
/// was needed while a TypeSpec naming itself (`CLASS <that TypeSpec>`) overflowed the stack
/// (fuzz/regressions/typespec-self-reference-stack-overflow.bin).
const NAME_TYPE_SPECS: bool = true;

/// Lets libFuzzer catch stack overflows without a sanitizer. libFuzzer's `main` runs instead of Rust's, so
/// nothing sets up an alternate signal stack and libFuzzer's SIGSEGV handler would overflow the exhausted
/// stack itself: the process dies with no crash artifact. libFuzzer keeps `SA_ONSTACK` from whatever
/// SIGSEGV disposition it finds, so give the thread an alternate stack and leave SIGSEGV at its default
/// action with `SA_ONSTACK` set; libFuzzer then installs its handler on top and reports the overflow as a
/// deadly signal, saving the input under `artifacts/`.
fn handle_stack_overflow_on_alternate_stack() {
    const SIZE: usize = 1 << 20;
    let stack: &'static mut [u8] = Box::leak(vec![0u8; SIZE].into_boxed_slice());
    // SAFETY: plain libc calls with valid arguments; the stack is leaked, so it outlives the process's use.
    unsafe {
        let alt = libc::stack_t { ss_sp: stack.as_mut_ptr().cast(), ss_flags: 0, ss_size: SIZE };
        if libc::sigaltstack(&alt, std::ptr::null_mut()) != 0 {
            return;
        }
        for signal in [libc::SIGSEGV, libc::SIGBUS] {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = libc::SIG_DFL;
            action.sa_flags = libc::SA_ONSTACK;
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}

fuzz_target!(init: handle_stack_overflow_on_alternate_stack(), |data: &[u8]| {
    let Ok(assembly) = Assembly::from_bytes(data.to_vec()) else {
        return;
    };

    // Every row, heap reference, signature, method body and custom attribute.
    let report = assembly.check(&SameAssembly);
    for error in &report.errors {
        // Formatting an error must not panic either.
        std::hint::black_box(error.to_string());
    }

    // Names and identities.
    if let Ok(Some(identity)) = assembly.identity() {
        std::hint::black_box(identity.display_name(true));
    }
    for rid in 1..=assembly.row_count(TableId::AssemblyRef) {
        if let Ok(identity) = assembly.assembly_ref(rid) {
            std::hint::black_box(identity.display_name(false));
        }
    }
    for table in [
        TableId::TypeDef,
        TableId::TypeRef,
        TableId::ExportedType,
        TableId::TypeSpec,
    ] {
        if table == TableId::TypeSpec && !NAME_TYPE_SPECS {
            continue;
        }
        for rid in 1..=assembly.row_count(table) {
            let _ = std::hint::black_box(assembly.type_full_name(Token::new(table, rid)));
        }
    }

    // Method bodies, read directly.
    for (_, row) in assembly.rows::<MethodDefRow>() {
        if let Ok(row) = row
            && row.rva != 0
        {
            let _ = std::hint::black_box(assembly.method_body(row.rva));
        }
    }
});
