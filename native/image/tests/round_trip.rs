//! What the writer writes, the reader reads back: header, tables, components (still readable assemblies),
//! entry points, relocations — for both shapes, for random sets of functions and entry points, and byte for
//! byte the same when written twice.

use proptest::prelude::*;
use std::sync::OnceLock;
use wasm_encoder::{FuncType, ValType};
use wasmr2r_image::r2r::{SectionType, flags};
use wasmr2r_image::reloc::{Reloc, RelocKind};
use wasmr2r_image::*;
use wasmr2r_metadata::custom_attribute::SameAssembly;
use wasmr2r_metadata::subset::{Keep, Roots};
use wasmr2r_metadata::{Assembly, MethodDefRow, TableId, TypeDefRow};
use wasmr2r_test_support as inputs;

fn components() -> &'static [Assembly] {
    static ASSEMBLIES: OnceLock<Vec<Assembly>> = OnceLock::new();
    ASSEMBLIES.get_or_init(|| {
        let lib = inputs::runtime_pack_dir().join("lib/net10.0");
        ["System.Collections.dll", "System.Runtime.dll"]
            .iter()
            .map(|name| Assembly::open(lib.join(name)).expect("runtime pack assembly"))
            .collect()
    })
}

/// Function `i`: with data, `i32.const <address of data node 0>; drop`, whose constant is a relocation site.
fn function(i: u32, with_data: bool) -> CompiledFunction {
    let mut code = Vec::new();
    let mut relocs = Vec::new();
    if with_data {
        code.push(0x41); // i32.const
        relocs.push(CodeReloc { offset: 1, kind: CodeRelocKind::DataRva, target: SymbolRef::Data(0), addend: 0 });
        link::padded_sleb(&mut code, 0);
        code.push(0x1A); // drop
    }
    code.push(0x0B); // end
    CompiledFunction {
        params: vec![ValType::I32],
        results: vec![],
        locals: vec![],
        code,
        relocs,
        name: format!("f{i}"),
        optimize_first: i % 2 == 1,
    }
}

/// With data: one 8-byte node whose first word is its own address and whose second is function 0's table index.
fn input(functions: u32, entry_points: Vec<MethodEntry>, shape: Shape, with_data: bool) -> ImageInput<'static> {
    let data = if with_data {
        let mut relocs =
            vec![DataReloc { offset: 0, kind: DataRelocKind::Address, target: SymbolRef::Data(0), addend: 0 }];
        if functions > 0 {
            relocs.push(DataReloc {
                offset: 4,
                kind: DataRelocKind::TableIndex,
                target: SymbolRef::Function(0),
                addend: 0,
            });
        }
        vec![DataNode { bytes: vec![0; 8], align: 8, relocs }]
    } else {
        Vec::new()
    };
    ImageInput {
        components: components().iter().map(|assembly| Component { assembly, keep: Keep::Everything }).collect(),
        functions: (0..functions).map(|i| function(i, with_data)).collect(),
        data,
        signatures: vec![FuncType::new([ValType::I32], [])],
        entry_points,
        compiler_identifier: "WasmR2R test".into(),
        shape,
        stub_reasons: vec![(0, "f0 was not precompiled: a test (WR2R0000)".into())],
    }
}

/// Checks everything the reader can see against what was written.
fn check(image: &Image, functions: u32, entry_points: &[MethodEntry], shape: Shape, with_data: bool) {
    assert_eq!(image.shape, shape);
    assert_eq!(image.table_size, functions);
    assert_eq!(image.header.flags & flags::EMBEDDED_MSIL, 0, "an image carries no IL");
    assert_eq!(image.compiler_identifier, "WasmR2R test");
    assert_eq!(image.runtime_functions.len(), functions as usize);
    assert!(image.runtime_functions.iter().enumerate().all(|(i, f)| f.begin == i as u32));
    assert_eq!(image.function_names, (0..functions).map(|i| format!("f{i}")).collect::<Vec<_>>());
    let table = image.header.section(SectionType::RuntimeFunctions).expect("RuntimeFunctions");
    let mut expected = vec![Reloc { rva: table.rva + table.size + 4, kind: RelocKind::Wasm32Table }];
    if with_data {
        // The data node opens the image section.
        let node = wasmr2r_image::payload::IMAGE_SECTION_RVA;
        expected.push(Reloc { rva: node, kind: RelocKind::HighLow });
        expected.push(Reloc { rva: node + 4, kind: RelocKind::Wasm32Table });
        expected.sort();
    }
    assert_eq!(image.relocations, expected);
    assert_eq!(image.min_function_table_index, 0);
    assert_eq!(image.stub_reasons, vec![(0, "f0 was not precompiled: a test (WR2R0000)".to_owned())]);
    assert_eq!(image.components.len(), components().len());
    assert!(components().iter().any(|c| c.check(&SameAssembly).il_bytes > 0), "the components have IL to leave out");
    for (index, (component, original)) in image.components.iter().zip(components()).enumerate() {
        assert_eq!(component.flags, flags::COMPONENT);
        let identity = component.assembly.identity().expect("identity").expect("manifest");
        assert_eq!(identity, original.identity().expect("identity").expect("manifest"));
        // The copied metadata still reads completely (signatures, attributes), and no method has a body: the image
        // carries no IL.
        let (report, original_report) = (component.assembly.check(&SameAssembly), original.check(&SameAssembly));
        assert_eq!(report.errors, Vec::new());
        // (Signatures are fewer: the bodies' local variable signatures go with the bodies.)
        assert_eq!(
            (report.methods, report.custom_attributes),
            (original_report.methods, original_report.custom_attributes)
        );
        assert!(report.signatures > 0);
        assert_eq!((report.method_bodies, report.il_bytes), (0, 0));
        let section =
            component.sections.iter().find(|s| s.kind == SectionType::MethodDefEntryPoints).expect("entry points");
        let a = &component.assembly;
        let offset = a.container().rva_to_offset(section.rva, section.size, "entry points").expect("in the payload");
        let read = tables::read_method_entry_points(&a.data()[offset..offset + section.size as usize], offset)
            .expect("readable");
        let mut expected: Vec<(u32, u32)> =
            entry_points.iter().filter(|e| e.component == index).map(|e| (e.rid, e.function)).collect();
        expected.sort();
        assert_eq!(read, expected);
    }
}

#[test]
fn both_shapes_round_trip_and_write_the_same_bytes_twice() {
    let entries =
        vec![MethodEntry { component: 0, rid: 1, function: 2 }, MethodEntry { component: 0, rid: 3, function: 0 }];
    for shape in [Shape::Passive, Shape::SelfInstalling] {
        let (bytes, sizes) = write(input(3, entries.clone(), shape, true)).expect("image");
        assert_eq!(sizes.module, bytes.len());
        let (again, _) = write(input(3, entries.clone(), shape, true)).expect("image");
        assert_eq!(bytes, again, "{shape:?}: writing twice gave different bytes");
        check(&Image::read(bytes).expect("readable"), 3, &entries, shape, true);
    }
}

/// Keeping only what was reached renumbers the MethodDefs, and the entry points follow them: each entry names
/// the method it named before, by name and owner.
#[test]
fn entry_points_follow_the_methods_a_subset_keeps() {
    let collections = &components()[0];
    let rids: Vec<u32> = (1..=collections.row_count(TableId::MethodDef)).step_by(37).collect();
    assert!(rids.len() > 3);
    let mut roots = Roots::default();
    roots.methods.extend(&rids);
    let mut image = input(rids.len() as u32, Vec::new(), Shape::Passive, false);
    image.components = vec![Component { assembly: collections, keep: Keep::Reached(roots) }];
    image.entry_points =
        rids.iter().enumerate().map(|(i, &rid)| MethodEntry { component: 0, rid, function: i as u32 }).collect();
    let (bytes, sizes) = write(image).expect("image");
    assert!(sizes.components < collections.cli_header().metadata.size as usize / 2, "the metadata was not trimmed");
    let read = Image::read(bytes).expect("readable");
    let component = &read.components[0];
    let kept = &component.assembly;
    assert_eq!(kept.check(&SameAssembly).errors, Vec::new());
    let section = component.sections.iter().find(|s| s.kind == SectionType::MethodDefEntryPoints).expect("entries");
    let offset = kept.container().rva_to_offset(section.rva, section.size, "entry points").expect("in the payload");
    let entries = tables::read_method_entry_points(&kept.data()[offset..offset + section.size as usize], offset)
        .expect("readable");
    assert_eq!(entries.len(), rids.len());
    let owner_and_name = |a: &Assembly, rid: u32| {
        let method: MethodDefRow = a.row(rid).expect("method");
        let owner = (1..=a.row_count(TableId::TypeDef))
            .find(|&t| a.type_methods(t).expect("methods").range.contains(&rid))
            .expect("an owner");
        let owner: TypeDefRow = a.row(owner).expect("type");
        (a.string(owner.name).expect("name").into_owned(), a.string(method.name).expect("name").into_owned())
    };
    for (new_rid, function) in entries {
        let old_rid = rids[function as usize];
        assert_eq!(owner_and_name(kept, new_rid), owner_and_name(collections, old_rid), "function {function}");
    }
}

#[test]
fn an_image_without_assemblies_is_refused() {
    let mut empty = input(0, Vec::new(), Shape::Passive, false);
    empty.components.clear();
    assert!(write(empty).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_tables_round_trip(functions in 1u32..40, picks in prop::collection::btree_set((0usize..2, 1u32..60), 0..30)) {
        let entries: Vec<MethodEntry> = picks
            .into_iter()
            .filter(|(c, rid)| *rid <= components()[*c].row_count(TableId::MethodDef))
            .enumerate()
            .map(|(i, (component, rid))| MethodEntry { component, rid, function: i as u32 % functions })
            .collect();
        let (bytes, _) = write(input(functions, entries.clone(), Shape::Passive, false)).expect("image");
        check(&Image::read(bytes).expect("readable"), functions, &entries, Shape::Passive, false);
    }
}

/// Inputs the image fuzz target found crashing the reader (`fuzz/regressions/image/`): each must now read
/// without a panic, whatever the result.
#[test]
fn fuzz_regressions_fail_cleanly() {
    let dir = inputs::repo_root().join("fuzz/regressions/image");
    let files = inputs::files_with_extension(&dir, "wasm");
    assert!(!files.is_empty(), "no regression inputs in {}", dir.display());
    for file in files {
        let _ = Image::read(std::fs::read(&file).expect("read a regression input"));
    }
}

#[test]
fn functions_with_loops_ask_v8_for_the_optimizing_tier() {
    let (bytes, _) = write(input(5, vec![], Shape::Passive, false)).expect("image");
    let mut hints = None;
    let mut code_seen = false;
    for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
        match payload.expect("parses") {
            wasmparser::Payload::CustomSection(c) if c.name() == "compilationHints" => {
                assert!(!code_seen, "V8 reads the hints only before the code section");
                hints = Some(c.data().to_vec());
            }
            wasmparser::Payload::CodeSectionStart { count, .. } => {
                code_seen = true;
                let hints = hints.as_deref().expect("a compilationHints section");
                // A LEB count of defined functions, then one byte per function: the five methods (odd ones have
                // a loop), then the envelope's helpers with V8's defaults.
                assert_eq!(hints[0] as u32, count);
                assert_eq!(&hints[1..6], &[0, 0x29, 0, 0x29, 0]);
                assert!(hints[6..].iter().all(|&b| b == 0));
                assert_eq!(hints.len(), 1 + count as usize);
            }
            _ => {}
        }
    }
    assert!(code_seen);
}
