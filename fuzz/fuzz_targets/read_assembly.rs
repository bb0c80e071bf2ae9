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

#[path = "common.rs"]
mod common;
use common::handle_stack_overflow_on_alternate_stack;

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
