//! IL instructions (Partition III): the opcode table and a decoder over a method body's code. Each
//! instruction comes out with its IL offset and a decoded operand; branch targets are absolute IL offsets,
//! checked to fall inside the method.

use crate::bytes::ByteReader;
use crate::error::Result;
use crate::token::Token;

/// What follows an opcode in the instruction stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    None,
    /// `ldc.i4.s`: a signed byte.
    ShortInt,
    Int32,
    Int64,
    Float32,
    Float64,
    Token,
    /// A short or long local/argument number.
    ShortVar,
    Var,
    ShortBranch,
    Branch,
    Switch,
    /// `unaligned.` alignment / `no.` flags.
    Byte,
}

macro_rules! opcodes {
    ($( $code:literal => $name:ident $text:literal $operand:ident ),* $(,)?) => {
        /// Every IL opcode.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types)]
        pub enum OpCode { $( $name ),* }

        impl OpCode {
            /// The encoding: one byte, or 0xFE followed by a byte (as `0xFExx`).
            pub fn code(self) -> u16 {
                match self { $( OpCode::$name => $code ),* }
            }
            /// The mnemonic (`ldc.i4.s`).
            pub fn name(self) -> &'static str {
                match self { $( OpCode::$name => $text ),* }
            }
            pub fn operand(self) -> OperandKind {
                match self { $( OpCode::$name => OperandKind::$operand ),* }
            }
            /// The opcode encoded as `code` (`0xFExx` for two-byte opcodes).
            pub fn from_code(code: u16) -> Option<OpCode> {
                match code { $( $code => Some(OpCode::$name), )* _ => None }
            }
        }
    };
}

opcodes! {
    0x00 => Nop "nop" None, 0x01 => Break "break" None,
    0x02 => Ldarg_0 "ldarg.0" None, 0x03 => Ldarg_1 "ldarg.1" None, 0x04 => Ldarg_2 "ldarg.2" None,
    0x05 => Ldarg_3 "ldarg.3" None, 0x06 => Ldloc_0 "ldloc.0" None, 0x07 => Ldloc_1 "ldloc.1" None,
    0x08 => Ldloc_2 "ldloc.2" None, 0x09 => Ldloc_3 "ldloc.3" None, 0x0A => Stloc_0 "stloc.0" None,
    0x0B => Stloc_1 "stloc.1" None, 0x0C => Stloc_2 "stloc.2" None, 0x0D => Stloc_3 "stloc.3" None,
    0x0E => Ldarg_S "ldarg.s" ShortVar, 0x0F => Ldarga_S "ldarga.s" ShortVar, 0x10 => Starg_S "starg.s" ShortVar,
    0x11 => Ldloc_S "ldloc.s" ShortVar, 0x12 => Ldloca_S "ldloca.s" ShortVar, 0x13 => Stloc_S "stloc.s" ShortVar,
    0x14 => Ldnull "ldnull" None, 0x15 => Ldc_I4_M1 "ldc.i4.m1" None, 0x16 => Ldc_I4_0 "ldc.i4.0" None,
    0x17 => Ldc_I4_1 "ldc.i4.1" None, 0x18 => Ldc_I4_2 "ldc.i4.2" None, 0x19 => Ldc_I4_3 "ldc.i4.3" None,
    0x1A => Ldc_I4_4 "ldc.i4.4" None, 0x1B => Ldc_I4_5 "ldc.i4.5" None, 0x1C => Ldc_I4_6 "ldc.i4.6" None,
    0x1D => Ldc_I4_7 "ldc.i4.7" None, 0x1E => Ldc_I4_8 "ldc.i4.8" None, 0x1F => Ldc_I4_S "ldc.i4.s" ShortInt,
    0x20 => Ldc_I4 "ldc.i4" Int32, 0x21 => Ldc_I8 "ldc.i8" Int64, 0x22 => Ldc_R4 "ldc.r4" Float32,
    0x23 => Ldc_R8 "ldc.r8" Float64, 0x25 => Dup "dup" None, 0x26 => Pop "pop" None, 0x27 => Jmp "jmp" Token,
    0x28 => Call "call" Token, 0x29 => Calli "calli" Token, 0x2A => Ret "ret" None,
    0x2B => Br_S "br.s" ShortBranch, 0x2C => Brfalse_S "brfalse.s" ShortBranch,
    0x2D => Brtrue_S "brtrue.s" ShortBranch, 0x2E => Beq_S "beq.s" ShortBranch, 0x2F => Bge_S "bge.s" ShortBranch,
    0x30 => Bgt_S "bgt.s" ShortBranch, 0x31 => Ble_S "ble.s" ShortBranch, 0x32 => Blt_S "blt.s" ShortBranch,
    0x33 => Bne_Un_S "bne.un.s" ShortBranch, 0x34 => Bge_Un_S "bge.un.s" ShortBranch,
    0x35 => Bgt_Un_S "bgt.un.s" ShortBranch, 0x36 => Ble_Un_S "ble.un.s" ShortBranch,
    0x37 => Blt_Un_S "blt.un.s" ShortBranch, 0x38 => Br "br" Branch, 0x39 => Brfalse "brfalse" Branch,
    0x3A => Brtrue "brtrue" Branch, 0x3B => Beq "beq" Branch, 0x3C => Bge "bge" Branch, 0x3D => Bgt "bgt" Branch,
    0x3E => Ble "ble" Branch, 0x3F => Blt "blt" Branch, 0x40 => Bne_Un "bne.un" Branch,
    0x41 => Bge_Un "bge.un" Branch, 0x42 => Bgt_Un "bgt.un" Branch, 0x43 => Ble_Un "ble.un" Branch,
    0x44 => Blt_Un "blt.un" Branch, 0x45 => Switch "switch" Switch,
    0x46 => Ldind_I1 "ldind.i1" None, 0x47 => Ldind_U1 "ldind.u1" None, 0x48 => Ldind_I2 "ldind.i2" None,
    0x49 => Ldind_U2 "ldind.u2" None, 0x4A => Ldind_I4 "ldind.i4" None, 0x4B => Ldind_U4 "ldind.u4" None,
    0x4C => Ldind_I8 "ldind.i8" None, 0x4D => Ldind_I "ldind.i" None, 0x4E => Ldind_R4 "ldind.r4" None,
    0x4F => Ldind_R8 "ldind.r8" None, 0x50 => Ldind_Ref "ldind.ref" None, 0x51 => Stind_Ref "stind.ref" None,
    0x52 => Stind_I1 "stind.i1" None, 0x53 => Stind_I2 "stind.i2" None, 0x54 => Stind_I4 "stind.i4" None,
    0x55 => Stind_I8 "stind.i8" None, 0x56 => Stind_R4 "stind.r4" None, 0x57 => Stind_R8 "stind.r8" None,
    0x58 => Add "add" None, 0x59 => Sub "sub" None, 0x5A => Mul "mul" None, 0x5B => Div "div" None,
    0x5C => Div_Un "div.un" None, 0x5D => Rem "rem" None, 0x5E => Rem_Un "rem.un" None, 0x5F => And "and" None,
    0x60 => Or "or" None, 0x61 => Xor "xor" None, 0x62 => Shl "shl" None, 0x63 => Shr "shr" None,
    0x64 => Shr_Un "shr.un" None, 0x65 => Neg "neg" None, 0x66 => Not "not" None,
    0x67 => Conv_I1 "conv.i1" None, 0x68 => Conv_I2 "conv.i2" None, 0x69 => Conv_I4 "conv.i4" None,
    0x6A => Conv_I8 "conv.i8" None, 0x6B => Conv_R4 "conv.r4" None, 0x6C => Conv_R8 "conv.r8" None,
    0x6D => Conv_U4 "conv.u4" None, 0x6E => Conv_U8 "conv.u8" None, 0x6F => Callvirt "callvirt" Token,
    0x70 => Cpobj "cpobj" Token, 0x71 => Ldobj "ldobj" Token, 0x72 => Ldstr "ldstr" Token,
    0x73 => Newobj "newobj" Token, 0x74 => Castclass "castclass" Token, 0x75 => Isinst "isinst" Token,
    0x76 => Conv_R_Un "conv.r.un" None, 0x79 => Unbox "unbox" Token, 0x7A => Throw "throw" None,
    0x7B => Ldfld "ldfld" Token, 0x7C => Ldflda "ldflda" Token, 0x7D => Stfld "stfld" Token,
    0x7E => Ldsfld "ldsfld" Token, 0x7F => Ldsflda "ldsflda" Token, 0x80 => Stsfld "stsfld" Token,
    0x81 => Stobj "stobj" Token, 0x82 => Conv_Ovf_I1_Un "conv.ovf.i1.un" None,
    0x83 => Conv_Ovf_I2_Un "conv.ovf.i2.un" None, 0x84 => Conv_Ovf_I4_Un "conv.ovf.i4.un" None,
    0x85 => Conv_Ovf_I8_Un "conv.ovf.i8.un" None, 0x86 => Conv_Ovf_U1_Un "conv.ovf.u1.un" None,
    0x87 => Conv_Ovf_U2_Un "conv.ovf.u2.un" None, 0x88 => Conv_Ovf_U4_Un "conv.ovf.u4.un" None,
    0x89 => Conv_Ovf_U8_Un "conv.ovf.u8.un" None, 0x8A => Conv_Ovf_I_Un "conv.ovf.i.un" None,
    0x8B => Conv_Ovf_U_Un "conv.ovf.u.un" None, 0x8C => Box "box" Token, 0x8D => Newarr "newarr" Token,
    0x8E => Ldlen "ldlen" None, 0x8F => Ldelema "ldelema" Token, 0x90 => Ldelem_I1 "ldelem.i1" None,
    0x91 => Ldelem_U1 "ldelem.u1" None, 0x92 => Ldelem_I2 "ldelem.i2" None, 0x93 => Ldelem_U2 "ldelem.u2" None,
    0x94 => Ldelem_I4 "ldelem.i4" None, 0x95 => Ldelem_U4 "ldelem.u4" None, 0x96 => Ldelem_I8 "ldelem.i8" None,
    0x97 => Ldelem_I "ldelem.i" None, 0x98 => Ldelem_R4 "ldelem.r4" None, 0x99 => Ldelem_R8 "ldelem.r8" None,
    0x9A => Ldelem_Ref "ldelem.ref" None, 0x9B => Stelem_I "stelem.i" None, 0x9C => Stelem_I1 "stelem.i1" None,
    0x9D => Stelem_I2 "stelem.i2" None, 0x9E => Stelem_I4 "stelem.i4" None, 0x9F => Stelem_I8 "stelem.i8" None,
    0xA0 => Stelem_R4 "stelem.r4" None, 0xA1 => Stelem_R8 "stelem.r8" None, 0xA2 => Stelem_Ref "stelem.ref" None,
    0xA3 => Ldelem "ldelem" Token, 0xA4 => Stelem "stelem" Token, 0xA5 => Unbox_Any "unbox.any" Token,
    0xB3 => Conv_Ovf_I1 "conv.ovf.i1" None, 0xB4 => Conv_Ovf_U1 "conv.ovf.u1" None,
    0xB5 => Conv_Ovf_I2 "conv.ovf.i2" None, 0xB6 => Conv_Ovf_U2 "conv.ovf.u2" None,
    0xB7 => Conv_Ovf_I4 "conv.ovf.i4" None, 0xB8 => Conv_Ovf_U4 "conv.ovf.u4" None,
    0xB9 => Conv_Ovf_I8 "conv.ovf.i8" None, 0xBA => Conv_Ovf_U8 "conv.ovf.u8" None,
    0xC2 => Refanyval "refanyval" Token, 0xC3 => Ckfinite "ckfinite" None, 0xC6 => Mkrefany "mkrefany" Token,
    0xD0 => Ldtoken "ldtoken" Token, 0xD1 => Conv_U2 "conv.u2" None, 0xD2 => Conv_U1 "conv.u1" None,
    0xD3 => Conv_I "conv.i" None, 0xD4 => Conv_Ovf_I "conv.ovf.i" None, 0xD5 => Conv_Ovf_U "conv.ovf.u" None,
    0xD6 => Add_Ovf "add.ovf" None, 0xD7 => Add_Ovf_Un "add.ovf.un" None, 0xD8 => Mul_Ovf "mul.ovf" None,
    0xD9 => Mul_Ovf_Un "mul.ovf.un" None, 0xDA => Sub_Ovf "sub.ovf" None, 0xDB => Sub_Ovf_Un "sub.ovf.un" None,
    0xDC => Endfinally "endfinally" None, 0xDD => Leave "leave" Branch, 0xDE => Leave_S "leave.s" ShortBranch,
    0xDF => Stind_I "stind.i" None, 0xE0 => Conv_U "conv.u" None,
    0xFE00 => Arglist "arglist" None, 0xFE01 => Ceq "ceq" None, 0xFE02 => Cgt "cgt" None,
    0xFE03 => Cgt_Un "cgt.un" None, 0xFE04 => Clt "clt" None, 0xFE05 => Clt_Un "clt.un" None,
    0xFE06 => Ldftn "ldftn" Token, 0xFE07 => Ldvirtftn "ldvirtftn" Token, 0xFE09 => Ldarg "ldarg" Var,
    0xFE0A => Ldarga "ldarga" Var, 0xFE0B => Starg "starg" Var, 0xFE0C => Ldloc "ldloc" Var,
    0xFE0D => Ldloca "ldloca" Var, 0xFE0E => Stloc "stloc" Var, 0xFE0F => Localloc "localloc" None,
    0xFE11 => Endfilter "endfilter" None, 0xFE12 => Unaligned "unaligned." Byte, 0xFE13 => Volatile "volatile." None,
    0xFE14 => Tail "tail." None, 0xFE15 => Initobj "initobj" Token, 0xFE16 => Constrained "constrained." Token,
    0xFE17 => Cpblk "cpblk" None, 0xFE18 => Initblk "initblk" None, 0xFE19 => No "no." Byte,
    0xFE1A => Rethrow "rethrow" None, 0xFE1C => Sizeof "sizeof" Token, 0xFE1D => Refanytype "refanytype" None,
    0xFE1E => Readonly "readonly." None,
}

/// A decoded operand.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Operand<'a> {
    None,
    Int32(i32),
    Int64(i64),
    Float32(f32),
    Float64(f64),
    Token(Token),
    /// A local or argument number.
    Var(u16),
    /// An absolute IL offset inside the method.
    Target(u32),
    Switch(SwitchTargets<'a>),
    Byte(u8),
}

/// The targets of a `switch`, decoded on demand (each already checked to be inside the method).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SwitchTargets<'a> {
    table: &'a [u8],
    /// IL offset of the next instruction, which the relative targets count from.
    next: u32,
}

impl SwitchTargets<'_> {
    pub fn len(&self) -> usize {
        self.table.len() / 4
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Absolute IL offsets, in case order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.table.chunks_exact(4).map(|c| {
            let delta = i32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            self.next.wrapping_add_signed(delta)
        })
    }
}

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Instruction<'a> {
    /// IL offset of the opcode.
    pub offset: u32,
    pub opcode: OpCode,
    pub operand: Operand<'a>,
}

/// Decodes the instructions of `code`; `code_offset` is its file offset, for errors.
pub struct Instructions<'a> {
    reader: ByteReader<'a>,
    len: u32,
}

impl<'a> Instructions<'a> {
    pub fn new(code: &'a [u8], code_offset: usize) -> Self {
        Instructions { reader: ByteReader::new(code, code_offset, "IL instruction"), len: code.len() as u32 }
    }

    fn target(&self, next: u32, delta: i32) -> Result<u32> {
        match next.checked_add_signed(delta) {
            Some(target) if target < self.len => Ok(target),
            _ => Err(self.reader.invalid("branch target outside the method")),
        }
    }

    fn decode(&mut self) -> Result<Instruction<'a>> {
        let r = &mut self.reader;
        let offset = r.position() as u32;
        let first = r.u8()?;
        let code = if first == 0xFE { 0xFE00 | u16::from(r.u8()?) } else { u16::from(first) };
        let Some(opcode) = OpCode::from_code(code) else {
            r.seek(offset as usize)?;
            return Err(r.invalid("unknown opcode"));
        };
        let operand = match opcode.operand() {
            OperandKind::None => Operand::None,
            OperandKind::ShortInt => Operand::Int32(i32::from(r.u8()? as i8)),
            OperandKind::Int32 => Operand::Int32(r.u32()? as i32),
            OperandKind::Int64 => Operand::Int64(r.u64()? as i64),
            OperandKind::Float32 => Operand::Float32(f32::from_bits(r.u32()?)),
            OperandKind::Float64 => Operand::Float64(f64::from_bits(r.u64()?)),
            OperandKind::Token => Operand::Token(Token(r.u32()?)),
            OperandKind::ShortVar => Operand::Var(u16::from(r.u8()?)),
            OperandKind::Var => Operand::Var(r.u16()?),
            OperandKind::Byte => Operand::Byte(r.u8()?),
            OperandKind::ShortBranch => {
                let delta = i32::from(r.u8()? as i8);
                Operand::Target(self.target(self.reader.position() as u32, delta)?)
            }
            OperandKind::Branch => {
                let delta = r.u32()? as i32;
                Operand::Target(self.target(self.reader.position() as u32, delta)?)
            }
            OperandKind::Switch => {
                let count = r.u32()? as usize;
                let table = r.bytes(count.checked_mul(4).ok_or_else(|| r.invalid("switch table too long"))?)?;
                let targets = SwitchTargets { table, next: self.reader.position() as u32 };
                for target in targets.iter() {
                    if target >= self.len {
                        return Err(self.reader.invalid("switch target outside the method"));
                    }
                }
                Operand::Switch(targets)
            }
        };
        Ok(Instruction { offset, opcode, operand })
    }
}

impl<'a> Iterator for Instructions<'a> {
    type Item = Result<Instruction<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.reader.is_empty() {
            return None;
        }
        let result = self.decode();
        if result.is_err() {
            // Stop after the first error: what follows cannot be framed.
            let end = self.reader.position() + self.reader.remaining();
            let _ = self.reader.seek(end);
        }
        Some(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opcode_round_trips_through_its_code() {
        for code in (0u16..=0xFF).chain(0xFE00..=0xFEFF) {
            if let Some(op) = OpCode::from_code(code) {
                assert_eq!(op.code(), code, "{}", op.name());
            }
        }
        assert_eq!(OpCode::from_code(0x24), None);
        assert_eq!(OpCode::from_code(0xFE08), None);
    }

    #[test]
    fn decodes_branches_switch_and_constants() {
        // ldc.i4.s -3; switch (2) [+1, -9]; br.s -12; nop; ret
        let code = [0x1F, 0xFD, 0x45, 2, 0, 0, 0, 1, 0, 0, 0, 0xF7, 0xFF, 0xFF, 0xFF, 0x2B, 0xF4, 0x00, 0x2A];
        let all: Vec<_> = Instructions::new(&code, 0).collect::<Result<_>>().unwrap();
        assert_eq!(all[0].operand, Operand::Int32(-3));
        let Operand::Switch(targets) = all[1].operand else { panic!("not a switch") };
        assert_eq!(targets.iter().collect::<Vec<_>>(), vec![16, 6]);
        assert_eq!((all[2].offset, all[2].operand), (15, Operand::Target(5)));
        assert_eq!(all.last().unwrap().opcode, OpCode::Ret);
    }

    #[test]
    fn a_branch_out_of_the_method_is_an_error_at_its_offset() {
        let code = [0x00, 0x2B, 0x10];
        let errors: Vec<_> = Instructions::new(&code, 0x100).filter_map(|i| i.err()).collect();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].structure, "IL instruction");
        assert_eq!(errors[0].offset, 0x103);
    }
}
