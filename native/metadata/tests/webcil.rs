//! WebCIL in every shape reads like the PE it was made from: bare payloads and Wasm wrappers, versions 0
//! and 1. The SDK only publishes wrapper v0 (compared with the oracle in `native/cli/tests/oracle.rs`), so
//! the other shapes are made here from a real PE file, following the layout in
//! ../shared/reference/r2r-wasm-format-notes.md §3.

use wasmr2r_metadata::container::ContainerKind;
use wasmr2r_metadata::custom_attribute::SameAssembly;
use wasmr2r_metadata::*;
use wasmr2r_test_support as inputs;

fn leb128(mut value: usize, out: &mut Vec<u8>) {
    loop {
        let byte = (value & 0x7F) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A WebCIL payload holding the sections of `pe`: header, section headers, then each section's stored bytes
/// at a 16-byte aligned offset, with RVAs kept.
fn webcil_payload(pe: &[u8], version: u16) -> Vec<u8> {
    let container = container::Container::parse(pe).expect("PE parses");
    let header_size = if version == 0 { 28 } else { 32 };
    let mut payload = Vec::new();
    payload.extend(b"WbIL");
    payload.extend(version.to_le_bytes());
    payload.extend(0u16.to_le_bytes());
    payload.extend((container.sections.len() as u16).to_le_bytes());
    payload.extend(0u16.to_le_bytes());
    payload.extend(container.cli_header_rva.to_le_bytes());
    payload.extend(container.cli_header_size.to_le_bytes());
    payload.extend([0u8; 8]); // no debug directory
    if version == 1 {
        payload.extend(0u32.to_le_bytes()); // TableBase, patched by the host
    }
    assert_eq!(payload.len(), header_size);
    let mut offset = (header_size + 16 * container.sections.len()).next_multiple_of(16);
    let mut bodies = Vec::new();
    for section in &container.sections {
        payload.extend(section.virtual_size.to_le_bytes());
        payload.extend(section.rva.to_le_bytes());
        payload.extend(section.raw_size.to_le_bytes());
        payload.extend((offset as u32).to_le_bytes());
        bodies.push((offset, container.section_bytes(pe, section)));
        offset = (offset + section.raw_size as usize).next_multiple_of(16);
    }
    for (at, bytes) in bodies {
        payload.resize(at, 0);
        payload.extend(bytes);
    }
    payload
}

/// A Wasm module whose data section carries the payload as segment 1, as the WebCIL wrapper does.
fn wasm_wrapper(payload: &[u8], table_size: Option<u32>) -> Vec<u8> {
    let mut size_segment = (payload.len() as u32).to_le_bytes().to_vec();
    if let Some(table_size) = table_size {
        size_segment.extend(table_size.to_le_bytes());
    }
    let mut section = Vec::new();
    leb128(2, &mut section);
    for segment in [&size_segment[..], payload] {
        section.push(1); // passive
        leb128(segment.len(), &mut section);
        section.extend(segment);
    }
    let mut module = b"\0asm\x01\0\0\0".to_vec();
    module.push(11);
    leb128(section.len(), &mut module);
    module.extend(section);
    module
}

/// Everything `check` counts, plus every type name and method body, as one comparable value.
fn summary(assembly: &Assembly) -> (wasmr2r_metadata::check::CheckReport, Vec<String>, Vec<Vec<u8>>) {
    let report = assembly.check(&SameAssembly);
    let names = (1..=assembly.row_count(TableId::TypeDef))
        .map(|rid| assembly.type_full_name(Token::new(TableId::TypeDef, rid)).expect("type name"))
        .collect();
    let bodies = assembly
        .rows::<MethodDefRow>()
        .filter_map(|(_, row)| row.ok().filter(|r| r.rva != 0))
        .map(|row| assembly.method_body(row.rva).expect("body").code.to_vec())
        .collect();
    (report, names, bodies)
}

#[test]
fn every_webcil_shape_reads_like_its_pe() {
    let pe_path = inputs::runtime_pack_dir().join("lib/net10.0/System.Collections.dll");
    let pe = std::fs::read(&pe_path).expect("read the PE file");
    let expected = summary(&Assembly::from_bytes(pe.clone()).expect("PE reads"));
    assert!(expected.0.errors.is_empty() && expected.0.method_bodies > 100);

    let shapes = [
        (webcil_payload(&pe, 0), ContainerKind::Webcil { version: 0 }),
        (webcil_payload(&pe, 1), ContainerKind::Webcil { version: 1 }),
        (wasm_wrapper(&webcil_payload(&pe, 0), None), ContainerKind::WasmWrappedWebcil { version: 0 }),
        (wasm_wrapper(&webcil_payload(&pe, 1), Some(1234)), ContainerKind::WasmWrappedWebcil { version: 1 }),
    ];
    for (bytes, kind) in shapes {
        let assembly = Assembly::from_bytes(bytes).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        assert_eq!(assembly.container().kind, kind);
        assert_eq!(summary(&assembly), expected, "{kind:?}");
    }
}

#[test]
fn a_wasm_module_that_is_not_a_wrapper_is_reported_as_not_managed() {
    let mut module = wasm_wrapper(b"not a payload", None);
    let err = Assembly::from_bytes(module.clone()).unwrap_err();
    assert!(matches!(err.kind, ErrorKind::NotManaged(_)), "{err}");
    module.truncate(8);
    let err = Assembly::from_bytes(module).unwrap_err();
    assert!(matches!(err.kind, ErrorKind::NotManaged(_)), "{err}");
}

#[test]
fn an_unknown_webcil_version_is_rejected_with_its_offset() {
    let pe = std::fs::read(inputs::runtime_pack_dir().join("lib/net10.0/System.Collections.dll")).expect("read");
    let mut payload = webcil_payload(&pe, 1);
    payload[4] = 2;
    let err = Assembly::from_bytes(payload).unwrap_err();
    assert_eq!((err.structure, err.offset), ("WebCIL header", 4));
    assert!(matches!(err.kind, ErrorKind::Unsupported(_)));
}

/// Regression (found by `tests/mutations.rs`): an RVA inside a section's virtual size but past the bytes
/// stored for it, in the last section of the file, made `method_body` slice out of bounds instead of
/// reporting truncation.
#[test]
fn rva_past_the_stored_bytes_of_the_last_section_is_truncation_not_a_panic() {
    let pe = std::fs::read(inputs::runtime_pack_dir().join("lib/net10.0/System.Collections.dll")).expect("read");
    let mut payload = webcil_payload(&pe, 0);
    let layout = Assembly::from_bytes(payload.clone()).expect("reads");
    let sections = &layout.container().sections;
    let (last_index, last) = sections.iter().enumerate().max_by_key(|(_, s)| s.file_offset).expect("sections");
    let method_row = layout.tables().layout(TableId::MethodDef).offset;
    // Grow the last section's virtual size and point the first method's RVA past its stored bytes.
    let header = 28 + 16 * last_index;
    payload[header..header + 4].copy_from_slice(&(last.raw_size + 0x1000).to_le_bytes());
    let rva = last.rva + last.raw_size + 0x10;
    payload[method_row..method_row + 4].copy_from_slice(&rva.to_le_bytes());

    let damaged = Assembly::from_bytes(payload).expect("metadata still reads");
    let err = damaged.method_body(rva).unwrap_err();
    assert!(matches!(err.kind, ErrorKind::Truncated { .. }), "{err}");
    assert_eq!(damaged.check(&SameAssembly).errors.len(), 1);
}
