//! The loader's host side on a hand-built image: the `write` import reaches standard output and standard
//! error, and the entry point's exit code comes back — in both image shapes. And what the Node runner asks of
//! V8 for a compiled program: the optimizing tier first only for the app's own methods with loops.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use wasm_encoder::{InstructionSink, MemArg, MemArgTarget, ValType};
use wasmr2r_image::{CompiledFunction, ImageInput, MethodEntry, Shape, envelope};
use wasmr2r_metadata::Assembly;
use wasmr2r_metadata::subset::Keep;

/// `(sp) -> i32`: for each (text, fd), stores the text below `sp` and writes it to `fd` through the host;
/// returns 100.
fn writer(writes: &[(&[u8], i32)]) -> CompiledFunction {
    let mut code = Vec::new();
    let mut s = InstructionSink::new(&mut code);
    for (text, fd) in writes {
        let start = -(text.len() as i32 + 16);
        for (i, byte) in text.iter().enumerate() {
            let at = MemArg { offset: 0, align: 0, target: MemArgTarget::Memory(0), ordering: None };
            s.local_get(0).i32_const(start + i as i32).i32_add().i32_const(i32::from(*byte)).i32_store8(at);
        }
        s.i32_const(*fd).local_get(0).i32_const(start).i32_add().i32_const(text.len() as i32);
        s.call(envelope::HOST_WRITE);
    }
    s.i32_const(100).end();
    CompiledFunction {
        params: vec![ValType::I32],
        results: vec![ValType::I32],
        locals: Vec::new(),
        code,
        relocs: Vec::new(),
        name: "writer".into(),
        optimize_first: false,
    }
}

#[test]
fn host_writes_reach_stdout_and_stderr_in_both_shapes() {
    let (work, references) = workspace();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/codegen/Arithmetic.cs");
    let dll = build(&source, work, references).expect("builds");
    let app = Assembly::open(&dll).expect("the program reads");
    let entry_rid = app.cli_header().entry_point_token & 0x00FF_FFFF;
    for (shape, dir) in [(Shape::Passive, "passive"), (Shape::SelfInstalling, "self")] {
        let (image, _) = wasmr2r_image::write(ImageInput {
            components: vec![wasmr2r_image::Component { assembly: &app, keep: Keep::Everything }],
            functions: vec![writer(&[(b"to stdout\n", 1), (b"to stderr\n", 2)])],
            data: Vec::new(),
            signatures: Vec::new(),
            entry_points: vec![MethodEntry { component: 0, rid: entry_rid, function: 0 }],
            compiler_identifier: "loader test".into(),
            shape,
            stub_reasons: Vec::new(),
        })
        .expect("image");
        let out = work.join("loader").join(dir);
        std::fs::create_dir_all(&out).expect("folder");
        std::fs::write(out.join("App.r2r.wasm"), image).expect("image");
        let loader = wasmr2r_test_support::repo_root().join("runtime/js/wasmr2r.mjs");
        let script = format!(
            "import {{ runFile }} from '{}';\nprocess.exitCode = await runFile('{}');\n",
            loader.display(),
            out.join("App.r2r.wasm").display()
        );
        std::fs::write(out.join("run.mjs"), script).expect("runner");
        let run = Command::new("node").arg(out.join("run.mjs")).output().expect("node");
        assert_eq!(String::from_utf8_lossy(&run.stdout), "to stdout\n", "{shape:?}");
        assert_eq!(String::from_utf8_lossy(&run.stderr), "to stderr\n", "{shape:?}");
        assert_eq!(outcome(&run).exit, 100, "{shape:?}: {}", String::from_utf8_lossy(&run.stderr));
    }
}

/// Only the app's methods with loops carry V8's "optimizing tier first" hint: the framework's and the runtime's
/// (start-up's `Heap.Initialize` has loops) are left to V8's counters, which tier them up as they are called.
#[test]
fn only_the_apps_methods_with_loops_ask_for_the_optimizing_tier() {
    let (work, references) = workspace();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/codegen/ControlFlow.cs");
    let dll = build(&source, work, references).expect("builds");
    let image = compile(&dll, &work.join("tiering"), &[]);
    let (mut hints, mut names, mut imported) = (Vec::new(), Vec::new(), 0);
    for payload in wasmparser::Parser::new(0).parse_all(&image) {
        match payload.expect("the image parses") {
            wasmparser::Payload::ImportSection(section) => {
                for import in section.into_imports() {
                    imported += u32::from(matches!(import.expect("import").ty, wasmparser::TypeRef::Func(_)));
                }
            }
            wasmparser::Payload::CustomSection(c) if c.name() == "compilationHints" => hints = c.data().to_vec(),
            wasmparser::Payload::CustomSection(c) if c.name() == "name" => {
                let reader = wasmparser::NameSectionReader::new(wasmparser::BinaryReader::new(c.data(), 0));
                for name in reader {
                    if let wasmparser::Name::Function(map) = name.expect("a name subsection") {
                        for naming in map {
                            let naming = naming.expect("a function name");
                            names.push((naming.index, naming.name.to_owned()));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // The hints: a LEB count (one byte here would be wrong for this many functions), then a byte per function.
    let mut reader = wasmparser::BinaryReader::new(&hints, 0);
    let count = reader.read_var_u32().expect("a count") as usize;
    let bytes = &hints[reader.original_position() as usize..];
    assert_eq!(bytes.len(), count);
    let hint = |name: &str| {
        let (index, _) = names.iter().find(|(_, n)| n == name).unwrap_or_else(|| panic!("no function {name}"));
        bytes[(index - imported) as usize]
    };
    assert_eq!(hint("Program::SumTo"), 0x29, "the app's loop");
    assert_eq!(hint("Program::Classify"), 0, "no loop");
    assert_eq!(hint("WasmR2R.Runtime.Heap::Initialize"), 0, "the runtime's loops");
    for (index, name) in &names {
        if *index >= imported && !name.starts_with("Program::") {
            assert_eq!(bytes[(index - imported) as usize], 0, "{name} is not the app's");
        }
    }
}
