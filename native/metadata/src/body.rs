//! IL method bodies (II.25.4): tiny and fat headers, the code, and the exception-handling sections that
//! follow it (small and fat clauses: catch, filter, finally, fault).

use crate::bytes::ByteReader;
use crate::error::Result;
use crate::token::Token;

/// The kind of a protected region's handler.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HandlerKind {
    /// Catches exceptions of `class`.
    Catch {
        class: Token,
    },
    /// Runs the filter at `filter_offset` to decide.
    Filter {
        filter_offset: u32,
    },
    Finally,
    Fault,
}

/// One exception-handling clause, offsets in bytes from the start of the IL code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExceptionClause {
    pub kind: HandlerKind,
    pub try_offset: u32,
    pub try_length: u32,
    pub handler_offset: u32,
    pub handler_length: u32,
}

/// A method body: header fields, the IL code (borrowed from the file) and its EH clauses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodBody<'a> {
    pub max_stack: u16,
    pub init_locals: bool,
    /// StandAloneSig token of the local variables, nil when there are none.
    pub locals: Token,
    pub code: &'a [u8],
    /// File offset of the first IL byte, for error messages.
    pub code_offset: usize,
    pub exception_clauses: Vec<ExceptionClause>,
}

const TINY_FORMAT: u8 = 0x2;
const FAT_FORMAT: u8 = 0x3;
const FLAG_MORE_SECTS: u16 = 0x08;
const FLAG_INIT_LOCALS: u16 = 0x10;
const SECT_EH_TABLE: u8 = 0x01;
const SECT_FAT_FORMAT: u8 = 0x40;
const SECT_MORE_SECTS: u8 = 0x80;
const CLAUSE_FILTER: u32 = 0x1;
const CLAUSE_FINALLY: u32 = 0x2;
const CLAUSE_FAULT: u32 = 0x4;

impl<'a> MethodBody<'a> {
    /// Parses the body that starts at the beginning of `bytes` (which runs to the end of its section) at
    /// file offset `offset` and RVA `rva` (EH sections are 4-byte aligned in RVA terms).
    pub fn parse(bytes: &'a [u8], offset: usize, rva: u32) -> Result<Self> {
        let mut r = ByteReader::new(bytes, offset, "method body header");
        let first = r.u8()?;
        if first & 0x3 == TINY_FORMAT {
            let code_size = usize::from(first >> 2);
            let code_offset = r.offset();
            let mut code_reader = ByteReader::new(&bytes[1..], code_offset, "method IL code");
            let code = code_reader.bytes(code_size)?;
            return Ok(MethodBody {
                max_stack: 8,
                init_locals: false,
                locals: Token(0),
                code,
                code_offset,
                exception_clauses: Vec::new(),
            });
        }
        if first & 0x3 != FAT_FORMAT {
            r.seek(0)?;
            return Err(r.invalid("neither a tiny nor a fat method header"));
        }
        r.seek(0)?;
        let flags_and_size = r.u16()?;
        let flags = flags_and_size & 0x0FFF;
        let header_size = usize::from(flags_and_size >> 12) * 4;
        if header_size < 12 {
            return Err(r.invalid("fat method header is shorter than 12 bytes"));
        }
        let max_stack = r.u16()?;
        let code_size = r.u32()? as usize;
        let locals = Token(r.u32()?);
        r.seek(header_size)?;
        let code_offset = r.offset();
        let mut code_reader = ByteReader::new(&bytes[header_size..], code_offset, "method IL code");
        let code = code_reader.bytes(code_size)?;
        let mut exception_clauses = Vec::new();
        if flags & FLAG_MORE_SECTS != 0 {
            let mut sections = ByteReader::new(bytes, offset, "method data section");
            sections.seek(header_size + code_size)?;
            parse_data_sections(&mut sections, rva, &mut exception_clauses)?;
        }
        Ok(MethodBody {
            max_stack,
            init_locals: flags & FLAG_INIT_LOCALS != 0,
            locals,
            code,
            code_offset,
            exception_clauses,
        })
    }
}

/// Reads the extra data sections after the code; `r` is positioned just after the code, and starts at `rva`.
fn parse_data_sections(r: &mut ByteReader, rva: u32, clauses: &mut Vec<ExceptionClause>) -> Result<()> {
    loop {
        let misalign = (rva as usize + r.position()) % 4;
        if misalign != 0 {
            r.skip(4 - misalign)?;
        }
        let kind = r.u8()?;
        if kind & SECT_EH_TABLE == 0 {
            return Err(r.invalid("method data section is not an exception-handling table"));
        }
        let fat = kind & SECT_FAT_FORMAT != 0;
        let data_size = if fat {
            let b = r.bytes(3)?;
            u32::from_le_bytes([b[0], b[1], b[2], 0]) as usize
        } else {
            let size = usize::from(r.u8()?);
            r.skip(2)?;
            size
        };
        let clause_size = if fat { 24 } else { 12 };
        if data_size < 4 || (data_size - 4) % clause_size != 0 {
            return Err(r.invalid("exception-handling section size is not 4 + n clauses"));
        }
        for _ in 0..(data_size - 4) / clause_size {
            clauses.push(parse_clause(r, fat)?);
        }
        if kind & SECT_MORE_SECTS == 0 {
            return Ok(());
        }
    }
}

fn parse_clause(r: &mut ByteReader, fat: bool) -> Result<ExceptionClause> {
    let (flags, try_offset, try_length, handler_offset, handler_length) = if fat {
        (r.u32()?, r.u32()?, r.u32()?, r.u32()?, r.u32()?)
    } else {
        (u32::from(r.u16()?), u32::from(r.u16()?), u32::from(r.u8()?), u32::from(r.u16()?), u32::from(r.u8()?))
    };
    let class_or_filter = r.u32()?;
    // The kind bits are exclusive; anything else in the flags word is reserved and ignored, as by the CLR.
    let kind = match flags & 0x7 {
        0 => HandlerKind::Catch { class: Token(class_or_filter) },
        CLAUSE_FILTER => HandlerKind::Filter { filter_offset: class_or_filter },
        CLAUSE_FINALLY => HandlerKind::Finally,
        CLAUSE_FAULT => HandlerKind::Fault,
        _ => return Err(r.invalid("exception clause has more than one kind flag")),
    };
    Ok(ExceptionClause { kind, try_offset, try_length, handler_offset, handler_length })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiny_body() {
        let bytes = [0x0A, 0x16, 0x2A, 0xFF];
        let body = MethodBody::parse(&bytes, 0x200, 0x2050).unwrap();
        assert_eq!(body.code, &[0x16, 0x2A]);
        assert_eq!(body.max_stack, 8);
        assert!(body.exception_clauses.is_empty());
    }

    #[test]
    fn fat_body_with_small_and_fat_eh_sections() {
        let mut bytes = vec![0x1B, 0x30, 0x02, 0x00, 0x03, 0, 0, 0, 0x01, 0, 0, 0x11, 0x00, 0x2A, 0x2A];
        bytes.push(0); // pad to 4
        // small section, MoreSects, one clause: finally try 0..1 handler 1..2
        bytes.extend([SECT_EH_TABLE | SECT_MORE_SECTS, 16, 0, 0]);
        bytes.extend([2, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0]);
        // fat section, one catch clause
        bytes.extend([SECT_EH_TABLE | SECT_FAT_FORMAT, 28, 0, 0]);
        for v in [0u32, 0, 1, 1, 1, 0x0100_0005] {
            bytes.extend(v.to_le_bytes());
        }
        let body = MethodBody::parse(&bytes, 0, 0x2000).unwrap();
        assert!(body.init_locals);
        assert_eq!(body.locals, Token(0x1100_0001));
        assert_eq!(body.code.len(), 3);
        assert_eq!(body.exception_clauses.len(), 2);
        assert_eq!(body.exception_clauses[0].kind, HandlerKind::Finally);
        assert_eq!(body.exception_clauses[1].kind, HandlerKind::Catch { class: Token(0x0100_0005) });
    }

    #[test]
    fn truncated_code_names_the_offset() {
        let err = MethodBody::parse(&[0x0E, 0x00], 0x400, 0).unwrap_err();
        assert_eq!(err.structure, "method IL code");
        assert_eq!(err.offset, 0x401);
    }
}
