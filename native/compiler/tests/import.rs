//! The importer on hand-written IL (given as the body of a real method, for its signature) and on real methods:
//! what it builds passes the verifier, what it must reject it rejects with the right diagnostic code and IL offset,
//! and it reports what a method depends on as it walks the IL once.

use std::path::PathBuf;
use std::sync::OnceLock;
use wasmr2r_compiler::abi::WasmSig;
use wasmr2r_compiler::env::{ImportEnv, Reason, Unsupported, codes};
use wasmr2r_compiler::graph::Node;
use wasmr2r_compiler::import::{ImportBody, import, import_body};
use wasmr2r_compiler::ir::{Inst, Terminator, Ty};
use wasmr2r_compiler::runtime::{self, Helper, Runtime};
use wasmr2r_compiler::verify::verify;
use wasmr2r_metadata::Assembly;
use wasmr2r_test_support as inputs;
use wasmr2r_typesystem::{MethodId, TypeSystem, World};

const SOURCE: &str = r#"
class Animal { public int Legs; public virtual int Speak() => Legs; }
class Dog : Animal { public override int Speak() => 2 * Legs; }
static class Program
{
    static int Add(int a, int b) => a + b;
    static double Mixed(float a, double b) => a + b;
    static int One(int a) => a;
    static void Nothing() { }
    static int Calls(Animal a) => a.Speak() + Add(1, 2);
    static Animal Make() => new Dog();
    static string Text() => "text";
    static int Guarded(int[] a, int i) { try { return a[i]; } catch (System.IndexOutOfRangeException) { return -1; } }
    static int GuardedCall(int[] a, int i) { try { return a[i] + Add(i, 1); } catch (System.IndexOutOfRangeException) { return -1; } }
    static int GuardedFinally(int[] a, int i) { int r = 0; try { try { r = a[i]; } finally { r++; } } catch (System.IndexOutOfRangeException) { r = -1; } return r; }
    static int Main() => 100;
}
"#;

/// The test program and the world it lives in (with the runtime pack and the managed runtime).
fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("import-tests");
        std::fs::create_dir_all(&work).expect("work folder");
        let source = work.join("Program.cs");
        std::fs::write(&source, SOURCE).expect("source");
        let dll = work.join("Program.dll");
        let refs = inputs::reference_assemblies();
        inputs::run(inputs::csc(&source, &dll).arg(format!("-r:{}", refs.join("System.Runtime.dll").display())), "csc");
        let mut assemblies = vec![Assembly::open(&dll).expect("the program")];
        for file in inputs::runtime_pack_assemblies() {
            assemblies.push(Assembly::open(file).expect("a runtime pack assembly"));
        }
        assemblies.push(Assembly::from_bytes(runtime::ASSEMBLY.to_vec()).expect("the managed runtime"));
        World::new(assemblies)
    })
}

/// Records what the importer reports.
struct Recorder {
    runtime: Runtime,
    needs: Vec<(Node, Reason)>,
    strings: Vec<Vec<u16>>,
    signatures: Vec<WasmSig>,
}

impl ImportEnv for Recorder {
    fn depend(&mut self, node: Node, reason: Reason) {
        self.needs.push((node, reason));
    }
    fn string_literal(&mut self, text: &[u16]) -> u32 {
        self.strings.push(text.to_vec());
        self.strings.len() as u32 - 1
    }
    fn signature(&mut self, sig: WasmSig) -> u32 {
        self.signatures.push(sig);
        self.signatures.len() as u32 - 1
    }
    fn helper(&mut self, ts: &mut TypeSystem, helper: Helper) -> Result<MethodId, Unsupported> {
        self.runtime.helper(ts, helper)
    }
    fn internal_call(&mut self, ts: &mut TypeSystem, method: MethodId) -> Result<Option<MethodId>, Unsupported> {
        wasmr2r_compiler::graph::internal_call_target(ts, &self.runtime, method)
    }
    fn runtime_assembly(&self) -> Option<u32> {
        Some(self.runtime.assembly)
    }
}

fn setup() -> (TypeSystem<'static>, Recorder) {
    let world = world();
    let ts = TypeSystem::new(world).expect("a type system");
    let runtime = Runtime::new(world).expect("the runtime");
    (ts, Recorder { runtime, needs: Vec::new(), strings: Vec::new(), signatures: Vec::new() })
}

/// `Program::<name>`.
fn method(ts: &mut TypeSystem, name: &str) -> MethodId {
    let def = ts.world.find_type_def(0, "Program", 0).expect("Program");
    let ty = ts.def_type(def).expect("a type");
    ts.method_named(ty, name).expect("methods").unwrap_or_else(|| panic!("no Program::{name}"))
}

/// Imports `code` as the body of `Program::<name>`.
fn import_il(name: &str, code: &[u8]) -> Result<wasmr2r_compiler::ir::Function, Unsupported> {
    let (mut ts, mut env) = setup();
    let m = method(&mut ts, name);
    let body = ImportBody {
        code,
        code_offset: 0,
        locals: Vec::new(),
        pinned_locals: Vec::new(),
        init_locals: true,
        clauses: Vec::new(),
    };
    import_body(&mut ts, &mut env, m, body)
}

#[test]
fn straight_line_arithmetic() {
    // ldarg.0 ldarg.1 add ret
    let f = import_il("Add", &[0x02, 0x03, 0x58, 0x2A]).expect("imports");
    verify(&f).expect("verifies");
    assert_eq!(f.blocks.len(), 1);
    assert!(matches!(f.blocks[0].terminator, Terminator::Return(Some(_))));
    assert!(f.blocks.iter().all(|b| b.il_offsets.len() == b.insts.len()), "an IL offset on every instruction");
}

#[test]
fn a_stack_live_across_a_branch_goes_through_stack_variables() {
    // IL_0: ldc.i4.1; IL_1: ldarg.0; IL_2: brtrue.s IL_6; IL_4: ldc.i4.2; IL_5: add; IL_6: ret
    let f = import_il("One", &[0x17, 0x02, 0x2D, 0x02, 0x18, 0x58, 0x2A]).expect("imports");
    verify(&f).expect("verifies");
    assert_eq!(f.blocks.len(), 3);
    assert!(f.vars.iter().any(|v| v.name.starts_with("stack0")));
}

#[test]
fn a_float32_meeting_a_float64_is_widened() {
    // ldarg.0 (float32) ldarg.1 (float64) add ret (float64)
    let f = import_il("Mixed", &[0x02, 0x03, 0x58, 0x2A]).expect("imports");
    verify(&f).expect("verifies");
    assert!(f.regs.contains(&Ty::F64));
}

#[test]
fn a_constant_branch_imports_one_way_only() {
    // IL_0: ldc.i4.1; IL_1: brtrue.s IL_5; IL_3: ldc.i4.0; IL_4: ret; IL_5: ldc.i4.1; IL_6: ret
    let f = import_il("Main", &[0x17, 0x2D, 0x02, 0x16, 0x2A, 0x17, 0x2A]).expect("imports");
    verify(&f).expect("verifies");
    assert_eq!(f.blocks.len(), 2, "the fall-through block is never reached");
}

#[test]
fn stack_shapes_that_disagree_are_invalid_il_at_the_branch() {
    // IL_0: ldarg.0; IL_1: brtrue.s IL_4; IL_3: ldc.i4.0; IL_4: ldc.i4.1; IL_5: ret — IL_4 reached with 0 and 1 values
    let err = import_il("One", &[0x02, 0x2D, 0x01, 0x16, 0x17, 0x2A]).expect_err("rejected");
    assert_eq!(err.code, codes::INVALID_IL);
    assert!(err.il_offset.is_some());
}

#[test]
fn an_unknown_call_is_a_stub_reason_with_its_offset() {
    // nop; call 0x06FFFFFF (no such method); ret
    let err = import_il("Nothing", &[0x00, 0x28, 0xFF, 0xFF, 0xFF, 0x06, 0x2A]).expect_err("rejected");
    assert_eq!((err.code, err.il_offset), (codes::CALL, Some(1)));
}

#[test]
fn opcodes_not_compiled_yet_name_themselves() {
    // arglist; pop; ret
    let err = import_il("Nothing", &[0xFE, 0x00, 0x26, 0x2A]).expect_err("rejected");
    assert_eq!(err.code, codes::OPCODE);
    assert!(err.reason.contains("arglist"), "{}", err.reason);
}

#[test]
fn falling_off_the_end_is_invalid_il() {
    let err = import_il("Nothing", &[0x00]).expect_err("rejected");
    assert_eq!(err.code, codes::INVALID_IL);
}

#[test]
fn the_importer_reports_calls_virtual_slots_constructions_and_literals() {
    let (mut ts, mut env) = setup();
    for name in ["Calls", "Make", "Text"] {
        let m = method(&mut ts, name);
        let f = import(&mut ts, &mut env, m).expect("imports");
        verify(&f).expect("verifies");
    }
    let named = |ts: &TypeSystem, node: &Node| match node {
        Node::Method(m) | Node::VirtualSlot(m) => ts.method_name(*m),
        Node::Constructed(t) | Node::TypeHandle(t) => ts.type_name(*t),
        _ => String::new(),
    };
    let needs: Vec<(String, &str)> =
        env.needs.iter().map(|(n, r)| (format!("{} {}", n.kind(), named(&ts, n)), *r)).collect();
    let has = |what: &str, reason: &str| needs.iter().any(|(n, r)| n == what && *r == reason);
    assert!(has("virtual slot use Animal::Speak", "virtual call"), "{needs:?}");
    assert!(has("method Program::Add", "call"), "{needs:?}");
    assert!(has("constructed type Dog", "newobj"), "{needs:?}");
    assert!(has("method Dog::.ctor", "call"), "{needs:?}");
    assert!(needs.iter().any(|(n, r)| n.starts_with("string literal") && *r == "ldstr"), "{needs:?}");
    assert_eq!(env.strings, vec!["text".encode_utf16().collect::<Vec<u16>>()]);
}

#[test]
fn the_managed_runtime_is_embedded_and_provides_every_helper() {
    let (mut ts, mut env) = setup();
    assert_eq!(ts.world.assembly_name(env.runtime.assembly), runtime::ASSEMBLY_NAME);
    for helper in Helper::ALL {
        env.helper(&mut ts, helper).unwrap_or_else(|e| panic!("{helper:?}: {}", e.reason));
    }
}

#[test]
fn the_runtimes_method_table_mirror_agrees_with_the_abi() {
    use wasmr2r_compiler::abi::method_table as mt;
    let (mut ts, env) = setup();
    let world = ts.world;
    let layout_of = |ts: &mut TypeSystem, name: &str| {
        let def = world.find_type_def(env.runtime.assembly, name, 0).expect("the mirror type");
        let ty = ts.def_type(def).expect("a type");
        let layout = ts.instance_layout(ty).expect("a layout");
        let fields: Vec<(String, u32)> =
            layout.fields.iter().map(|f| (world.field_def_name(f.field.def), f.offset)).collect();
        (layout.size, fields)
    };
    let (size, fields) = layout_of(&mut ts, "WasmR2R.Runtime.MethodTable");
    let expected = [
        ("Flags", mt::FLAGS),
        ("BaseSize", mt::BASE_SIZE),
        ("ComponentSize", mt::COMPONENT_SIZE),
        ("Parent", mt::PARENT),
        ("ElementType", mt::ELEMENT_TYPE),
        ("Rank", mt::RANK),
        ("InterfaceCount", mt::INTERFACE_COUNT),
        ("Interfaces", mt::INTERFACES),
        ("VTableCount", mt::VTABLE_COUNT),
        ("GCDesc", mt::GC_DESC),
        ("Name", mt::NAME),
        ("RuntimeType", mt::RUNTIME_TYPE),
        ("GenericDefinition", mt::GENERIC_DEFINITION),
        ("GenericArguments", mt::GENERIC_ARGUMENTS),
        ("NullableValueOffset", mt::NULLABLE_VALUE_OFFSET),
        ("ItableCount", mt::ITABLE_COUNT),
        ("Itable", mt::ITABLE),
        ("FieldMap", mt::FIELD_MAP),
        ("TypeAttributes", mt::TYPE_ATTRIBUTES),
        ("Reflection", mt::REFLECTION),
    ];
    let expected: Vec<(String, u32)> = expected.iter().map(|(n, o)| (n.to_string(), *o)).collect();
    assert_eq!(fields, expected, "runtime/managed/MethodTable.cs against abi::method_table");
    assert_eq!(size, mt::VTABLE, "the vtable follows the fields");
    let (size, fields) = layout_of(&mut ts, "WasmR2R.Runtime.InterfaceEntry");
    assert_eq!((size, fields), (8, vec![("Interface".to_owned(), 0), ("FirstSlot".to_owned(), 4)]));
    assert_eq!(size, mt::ITABLE_ENTRY_SIZE, "an interface table entry is an InterfaceEntry");
    // The flag values the runtime tests are the ones the compiler writes.
    let constant_of = |class: &str, name: &str| -> i64 {
        let def = world.find_type_def(env.runtime.assembly, class, 0).expect("the runtime class");
        let a = world.assembly(env.runtime.assembly);
        let field = world
            .type_def_fields(def)
            .expect("fields")
            .into_iter()
            .find(|f| world.field_def_name(*f) == name)
            .unwrap_or_else(|| panic!("no constant {name}"));
        let rows = a.rows_referring_to(wasmr2r_metadata::TableId::Constant, 1, field.token()).expect("constant rows");
        let row: wasmr2r_metadata::ConstantRow = a.row(rows.start).expect("a constant");
        let blob = a.blobs().get(row.value).expect("a value");
        let mut bytes = [0u8; 8];
        bytes[..blob.len().min(8)].copy_from_slice(&blob[..blob.len().min(8)]);
        i64::from_le_bytes(bytes)
    };
    let constant = |name: &str| constant_of("WasmR2R.Runtime.MethodTable", name);
    let flags = [
        ("KindMask", mt::flags::KIND_MASK),
        ("KindClass", mt::flags::KIND_CLASS),
        ("KindValueType", mt::flags::KIND_VALUE_TYPE),
        ("KindInterface", mt::flags::KIND_INTERFACE),
        ("KindSzArray", mt::flags::KIND_SZ_ARRAY),
        ("KindArray", mt::flags::KIND_ARRAY),
        ("KindString", mt::flags::KIND_STRING),
        ("KindNullable", mt::flags::KIND_NULLABLE),
        ("KindEnum", mt::flags::KIND_ENUM),
        ("KindPrimitive", mt::flags::KIND_PRIMITIVE),
        ("KindPointer", mt::flags::KIND_POINTER),
        ("KindByRef", mt::flags::KIND_BYREF),
        ("KindFnPointer", mt::flags::KIND_FN_POINTER),
        ("KindVoid", mt::flags::KIND_VOID),
        ("KindGenericParameter", mt::flags::KIND_GENERIC_PARAMETER),
        ("ContainsRefs", mt::flags::CONTAINS_REFS),
        ("Abstract", mt::flags::ABSTRACT),
        ("HasFinalizer", mt::flags::HAS_FINALIZER),
        ("HasVariance", mt::flags::HAS_VARIANCE),
        ("ReferenceElements", mt::flags::REFERENCE_ELEMENTS),
        ("ValueTypeElements", mt::flags::VALUE_TYPE_ELEMENTS),
        ("OpenGenericDefinition", mt::flags::OPEN_GENERIC_DEFINITION),
        ("MethodGenericParameter", mt::flags::METHOD_GENERIC_PARAMETER),
        ("ByRefLike", mt::flags::BYREF_LIKE),
        ("PrimitiveShift", mt::flags::PRIMITIVE_SHIFT),
        ("VTableOffset", mt::VTABLE),
        ("FieldBits1", mt::field_kind::BITS1),
        ("FieldBits2", mt::field_kind::BITS2),
        ("FieldBits4", mt::field_kind::BITS4),
        ("FieldBits8", mt::field_kind::BITS8),
        ("FieldFloat32", mt::field_kind::FLOAT32),
        ("FieldFloat64", mt::field_kind::FLOAT64),
        ("FieldReference", mt::field_kind::REFERENCE),
        ("FieldStruct", mt::field_kind::STRUCT),
        ("VarianceNone", mt::variance::NONE),
        ("VarianceCovariant", mt::variance::COVARIANT),
        ("VarianceContravariant", mt::variance::CONTRAVARIANT),
        ("AssemblyShift", mt::ASSEMBLY_SHIFT),
    ];
    for (name, value) in flags {
        assert_eq!(constant(name), i64::from(value), "MethodTable.{name}");
    }
    assert_eq!(
        constant_of("WasmR2R.Runtime.ReflectionRecord", "NotInherited"),
        i64::from(mt::reflection::NOT_INHERITED),
        "ReflectionRecord.NotInherited"
    );
    let (size, fields) = layout_of(&mut ts, "WasmR2R.Runtime.ReflectionRecord");
    let expected: Vec<(String, u32)> = [
        ("Flags", mt::reflection::FLAGS),
        ("AttributeCount", mt::reflection::ATTRIBUTE_COUNT),
        ("LiteralCount", mt::reflection::LITERAL_COUNT),
        ("DeclaringType", mt::reflection::DECLARING_TYPE),
        ("SzArray", mt::reflection::SZ_ARRAY),
        ("GenericTypeDefinition", mt::reflection::GENERIC_TYPE_DEFINITION),
    ]
    .iter()
    .map(|(n, o)| (n.to_string(), *o))
    .collect();
    assert_eq!(
        (size, fields),
        (mt::reflection::SIZE, expected),
        "ReflectionRecord against abi::method_table::reflection"
    );
    assert_eq!(
        constant_of("WasmR2R.Runtime.ExceptionDispatch", "NoTrace"),
        i64::from(wasmr2r_compiler::abi::handler_frame::NO_TRACE),
        "ExceptionDispatch.NoTrace"
    );
    assert_eq!(
        constant_of("WasmR2R.Runtime.Platform", "ShadowStackLimit"),
        i64::from(wasmr2r_compiler::abi::shadow_stack::LIMIT),
        "Platform.ShadowStackLimit"
    );
}

/// Whether `f` checks any value for null.
fn has_null_check(f: &wasmr2r_compiler::ir::Function) -> bool {
    f.blocks.iter().flat_map(|b| &b.insts).any(|i| matches!(i, Inst::NullCheck { .. }))
}

#[test]
fn a_program_dereferencing_a_pointer_checks_it_for_null() {
    // ldarg.0 (an int taken as an unmanaged address); ldind.i4; ret
    let f = import_il("One", &[0x02, 0x4A, 0x2A]).expect("imports");
    verify(&f).expect("verifies");
    assert!(has_null_check(&f), "a null pointer is a NullReferenceException, as on CoreCLR");
}

#[test]
fn the_runtime_dereferences_its_own_pointers_unchecked() {
    let (mut ts, mut env) = setup();
    let def = ts.world.find_type_def(env.runtime.assembly, "WasmR2R.Runtime.Heap", 0).expect("Heap");
    let heap = ts.def_type(def).expect("a type");
    // `CellIndex(SmallPage* p, uint address)` reads `p->FirstCell` and `p->Reciprocal`.
    let m = ts.method_named(heap, "CellIndex").expect("methods").expect("Heap::CellIndex");
    let f = import(&mut ts, &mut env, m).expect("imports");
    verify(&f).expect("verifies");
    assert!(!has_null_check(&f), "{f:?}");
}

/// Whether `f` calls the runtime method `name` of `ThrowHelpers` or `ExceptionDispatch`.
fn calls_runtime(ts: &TypeSystem, f: &wasmr2r_compiler::ir::Function, name: &str) -> bool {
    f.blocks.iter().flat_map(|b| &b.insts).any(|i| match i {
        Inst::Call { callee: wasmr2r_compiler::ir::Symbol::Method(m), .. } => ts.method_name(*m).ends_with(name),
        _ => false,
    })
}

#[test]
fn a_check_its_own_catch_takes_branches_to_it_and_the_method_keeps_no_handler_frame() {
    let (mut ts, mut env) = setup();
    let m = method(&mut ts, "Guarded");
    let mut f = import(&mut ts, &mut env, m).expect("imports");
    assert!(f.caught.is_some() && f.pass_one.is_some() && f.frame_size > 0, "imported with its handler frame");
    assert!(wasmr2r_compiler::checkcatch::apply(&mut f));
    verify(&f).expect("verifies");
    let bounds_checks = f.blocks.iter().flat_map(|b| &b.insts).filter(|i| matches!(i, Inst::BoundsCheck { .. }));
    assert_eq!(bounds_checks.count(), 0, "the bounds check became a branch");
    assert!(calls_runtime(&ts, &f, "::NewIndexOutOfRange"), "its failing path makes the exception");
    // The null check of `a` stays a throw: no clause of the method takes a NullReferenceException, so it needs
    // neither the first pass to find this frame nor a landing pad.
    assert!(has_null_check(&f));
    assert!(f.caught.is_none() && f.pass_one.is_none(), "no landing pad, no pass-one function");
    assert_eq!(f.frame_size, 0, "no handler frame");
    assert!(!calls_runtime(&ts, &f, "::Enter") && !calls_runtime(&ts, &f, "::Leave"));
}

#[test]
fn a_call_in_the_try_keeps_the_handler_frame() {
    let (mut ts, mut env) = setup();
    let m = method(&mut ts, "GuardedCall");
    let mut f = import(&mut ts, &mut env, m).expect("imports");
    let frame_size = f.frame_size;
    assert!(wasmr2r_compiler::checkcatch::apply(&mut f), "the bounds check is still caught inside");
    verify(&f).expect("verifies");
    assert!(calls_runtime(&ts, &f, "::NewIndexOutOfRange"));
    // What Add throws, the first pass must be able to ask this method about.
    assert!(f.caught.is_some() && f.pass_one.is_some() && f.frame_size == frame_size);
    assert!(calls_runtime(&ts, &f, "::Enter") && calls_runtime(&ts, &f, "::Leave"));
}

#[test]
fn a_finally_on_the_way_keeps_the_landing_pad_without_the_handler_frame() {
    let (mut ts, mut env) = setup();
    let m = method(&mut ts, "GuardedFinally");
    let mut f = import(&mut ts, &mut env, m).expect("imports");
    assert!(wasmr2r_compiler::checkcatch::apply(&mut f));
    verify(&f).expect("verifies");
    // A null `a` throws through the finally, which the landing pad runs; no catch of the method takes it.
    assert!(f.caught.is_some(), "the landing pad stays for the finally");
    assert!(f.pass_one.is_none() && f.frame_size == 0, "no handler frame");
    assert!(!calls_runtime(&ts, &f, "::Enter") && !calls_runtime(&ts, &f, "::Landed"));
}
