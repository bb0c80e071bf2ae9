//! The importer on hand-written IL: what it builds passes the verifier, and what it must reject it rejects with
//! the right diagnostic code and IL offset.

use wasmr2r_compiler::env::{Callee, Environment, MethodInput, StaticField, Unsupported, codes};
use wasmr2r_compiler::import::import;
use wasmr2r_compiler::ir::{MemType, Terminator, Ty};
use wasmr2r_compiler::verify::verify;
use wasmr2r_metadata::Token;

/// A world with no other methods or fields.
struct Nothing;

impl Environment for Nothing {
    fn callee(&self, _: Token) -> Result<Callee, Unsupported> {
        Err(Unsupported::new(codes::CALL, "no callees here"))
    }
    fn static_field(&self, _: Token) -> Result<StaticField, Unsupported> {
        Err(Unsupported::new(codes::FIELD, "no fields here"))
    }
    fn size_of(&self, _: Token) -> Result<u32, Unsupported> {
        Err(Unsupported::new(codes::TYPE, "no types here"))
    }
}

fn method(params: Vec<MemType>, result: Option<MemType>, locals: Vec<MemType>, code: &[u8]) -> MethodInput<'_> {
    MethodInput { name: "M".into(), params, result, locals, code, code_offset: 0, has_exception_clauses: false }
}

#[test]
fn straight_line_arithmetic() {
    // ldarg.0 ldarg.1 add ret
    let m = method(vec![MemType::I32, MemType::I32], Some(MemType::I32), vec![], &[0x02, 0x03, 0x58, 0x2A]);
    let f = import(&m, &Nothing).expect("imports");
    verify(&f).expect("verifies");
    assert_eq!(f.blocks.len(), 1);
    assert!(matches!(f.blocks[0].terminator, Terminator::Return(Some(_))));
}

#[test]
fn a_stack_live_across_a_branch_goes_through_stack_variables() {
    // ldc.i4.1  ldarg.0  brtrue.s +1  ldc.i4.2 ... : two paths meet with one value on the stack
    // IL_0: ldc.i4.1; IL_1: ldarg.0; IL_2: brtrue.s IL_6; IL_4: ldc.i4.2; IL_5: add; IL_6: ret
    let code = [0x17, 0x02, 0x2D, 0x02, 0x18, 0x58, 0x2A];
    let m = method(vec![MemType::I32], Some(MemType::I32), vec![], &code);
    let f = import(&m, &Nothing).expect("imports");
    verify(&f).expect("verifies");
    assert_eq!(f.blocks.len(), 3);
    assert!(f.vars.iter().any(|v| v.name.starts_with("stack0")));
}

#[test]
fn a_float32_meeting_a_float64_is_widened() {
    // ldarg.0 (float32) ldarg.1 (float64) add ret (float64)
    let m = method(vec![MemType::F32, MemType::F64], Some(MemType::F64), vec![], &[0x02, 0x03, 0x58, 0x2A]);
    let f = import(&m, &Nothing).expect("imports");
    verify(&f).expect("verifies");
    assert!(f.regs.contains(&Ty::F64));
}

#[test]
fn stack_shapes_that_disagree_are_invalid_il_at_the_branch() {
    // IL_0: ldarg.0; IL_1: brtrue.s IL_4; IL_3: ldc.i4.0; IL_4: ldc.i4.1; IL_5: ret — IL_4 reached with 0 and 1 values
    let code = [0x02, 0x2D, 0x01, 0x16, 0x17, 0x2A];
    let m = method(vec![MemType::I32], Some(MemType::I32), vec![], &code);
    let err = import(&m, &Nothing).expect_err("rejected");
    assert_eq!(err.code, codes::INVALID_IL);
    assert!(err.il_offset.is_some());
}

#[test]
fn an_unknown_call_is_a_stub_reason_with_its_offset() {
    // nop; call 0x06000001; ret
    let code = [0x00, 0x28, 0x01, 0x00, 0x00, 0x06, 0x2A];
    let m = method(vec![], None, vec![], &code);
    let err = import(&m, &Nothing).expect_err("rejected");
    assert_eq!((err.code, err.il_offset), (codes::CALL, Some(1)));
}

#[test]
fn opcodes_outside_the_slice_name_themselves() {
    // ldnull; ret
    let m = method(vec![], Some(MemType::I32), vec![], &[0x14, 0x2A]);
    let err = import(&m, &Nothing).expect_err("rejected");
    assert_eq!(err.code, codes::OPCODE);
    assert!(err.reason.contains("ldnull"), "{}", err.reason);
}

#[test]
fn address_taken_locals_live_in_the_frame() {
    // ldloca.s 0; ldc.i4.5; stind.i4; ldloc.0; ret
    let code = [0x12, 0x00, 0x1B, 0x54, 0x06, 0x2A];
    let m = method(vec![], Some(MemType::I32), vec![MemType::I32], &code);
    let f = import(&m, &Nothing).expect("imports");
    verify(&f).expect("verifies");
    assert_eq!(f.frame_size, 8);
}
