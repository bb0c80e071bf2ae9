//! Reads arbitrary bytes as an R2R-Wasm image (docs/format.md) with the reader behind `wasmr2r dump`, and
//! touches everything it returns. Errors are expected; a panic, a hang or unbounded memory is a bug.

#![no_main]

#[path = "common.rs"]
mod common;

use common::handle_stack_overflow_on_alternate_stack;
use libfuzzer_sys::fuzz_target;
use wasmr2r_image::r2r::SectionType;
use wasmr2r_image::{Image, tables};

fuzz_target!(init: handle_stack_overflow_on_alternate_stack(), |data: &[u8]| {
    let Ok(image) = Image::read(data.to_vec()) else { return };
    let _ = image.function_names.len() + image.stub_reasons.len() + image.relocations.len();
    for component in &image.components {
        let a = &component.assembly;
        let _ = a.identity();
        for section in component.sections.iter().filter(|s| s.kind == SectionType::MethodDefEntryPoints) {
            if let Ok(offset) = a.container().rva_to_offset(section.rva, section.size, "entry points") {
                let _ = tables::read_method_entry_points(&a.data()[offset..offset + section.size as usize], offset);
            }
        }
    }
});
