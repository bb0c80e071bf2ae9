//! Symbolic input: compiled functions and data nodes are bytes plus relocations against symbols, and the image
//! writer — which alone knows where everything lands — resolves them (the model of ILC's `ObjectNode`s and of
//! wasm-ld's relocations, ../shared/reference/r2r-wasm-format-notes.md §2.4–2.5).
//!
//! In code, a relocation site is a 5-byte padded LEB128 (as `R_WASM_*_LEB`/`SLEB` sites are); the writer
//! re-encodes each at its minimal size once resolved, as wasm-ld does with `--compress-relocations` and crossgen2's
//! WebCIL writer does always. In data, a site is a u32 the loader relocates (`HIGHLOW`, `WASM32_TABLE`).

use wasm_encoder::ValType;

/// What a relocation points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SymbolRef {
    /// Compiled function `i` (runtime function `i`, table slot `tableBase + i`).
    Function(u32),
    /// Data node `i`.
    Data(u32),
    /// Function type `i` of the image's signature list (for `call_indirect`).
    Type(u32),
    /// Host import `i` of `envelope::HOST_FUNCTIONS`.
    Host(u32),
    /// The end of the payload's image section: where the runtime's heap may start.
    ImageEnd,
}

/// How a code relocation site is patched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeRelocKind {
    /// The Wasm function index of a `Function` or `Host` symbol (a `call` immediate, ULEB128).
    FunctionIndex,
    /// The runtime function index of a `Function` symbol (an `i32.const`, SLEB128; code adds `tableBase`).
    TableIndex,
    /// The payload RVA of a data symbol plus the addend (an `i32.const`, SLEB128; code adds `imageBase`).
    DataRva,
    /// The type index of a `Type` symbol (a `call_indirect` immediate, ULEB128).
    TypeIndex,
}

/// A site in a function's code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CodeReloc {
    /// Byte offset of the 5-byte padded LEB128 in the function's instruction bytes.
    pub offset: u32,
    pub kind: CodeRelocKind,
    pub target: SymbolRef,
    pub addend: i32,
}

/// How a data relocation site is patched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataRelocKind {
    /// The target's address: its RVA plus the addend, with a HIGHLOW base relocation (the loader adds imageBase).
    Address,
    /// A function's table index: its runtime function index, with a WASM32_TABLE base relocation.
    TableIndex,
}

/// A u32 site in a data node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DataReloc {
    pub offset: u32,
    pub kind: DataRelocKind,
    pub target: SymbolRef,
    pub addend: i32,
}

/// A piece of data the image carries (a MethodTable, a string literal, statics...).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataNode {
    pub bytes: Vec<u8>,
    pub align: u32,
    pub relocs: Vec<DataReloc>,
}

/// A compiled function: its signature, locals, instruction bytes (ending with `end`) and relocation sites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompiledFunction {
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
    pub locals: Vec<(u32, ValType)>,
    pub code: Vec<u8>,
    pub relocs: Vec<CodeReloc>,
    pub name: String,
    /// V8 is asked to compile it with its optimizing tier straight away (`envelope`, compilation hints): a loop
    /// that starts in the baseline tier stays there for the rest of that call, which matters for a function that
    /// runs once (`driver` decides which functions ask).
    pub optimize_first: bool,
}

/// The length of a padded LEB128 relocation site.
pub const PADDED_LEB: usize = 5;

/// Writes `value` as a 5-byte padded ULEB128.
pub fn padded_uleb(out: &mut Vec<u8>, value: u32) {
    let mut v = value;
    for i in 0..PADDED_LEB {
        let mut byte = (v & 0x7F) as u8;
        v >>= 7;
        if i < PADDED_LEB - 1 {
            byte |= 0x80;
        }
        out.push(byte);
    }
}

/// Writes `value` as a 5-byte padded SLEB128.
pub fn padded_sleb(out: &mut Vec<u8>, value: i32) {
    let mut v = value;
    for i in 0..PADDED_LEB {
        let mut byte = (v & 0x7F) as u8;
        v >>= 7;
        if i < PADDED_LEB - 1 {
            byte |= 0x80;
        }
        out.push(byte);
    }
}

fn uleb(out: &mut Vec<u8>, mut value: u32) {
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

fn sleb(out: &mut Vec<u8>, mut value: i32) {
    loop {
        let byte = (value & 0x7F) as u8;
        value >>= 7;
        let done = (value == 0 && byte & 0x40 == 0) || (value == -1 && byte & 0x40 != 0);
        if done {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// The function's code with every relocation site replaced by its resolved value at minimal size.
/// `resolve` returns the value for a site (already including the addend).
pub fn patch_code(
    code: &[u8],
    relocs: &[CodeReloc],
    resolve: impl Fn(&CodeReloc) -> Result<i64, String>,
) -> Result<Vec<u8>, String> {
    let mut sorted: Vec<&CodeReloc> = relocs.iter().collect();
    sorted.sort_by_key(|r| r.offset);
    let mut out = Vec::with_capacity(code.len());
    let mut at = 0usize;
    for r in sorted {
        let start = r.offset as usize;
        if start < at || start + PADDED_LEB > code.len() {
            return Err(format!("relocation site at {start} overlaps another or the end of the code"));
        }
        out.extend_from_slice(&code[at..start]);
        let value = resolve(r)?;
        match r.kind {
            CodeRelocKind::FunctionIndex | CodeRelocKind::TypeIndex => {
                uleb(&mut out, u32::try_from(value).map_err(|_| format!("index {value} out of range"))?)
            }
            CodeRelocKind::TableIndex | CodeRelocKind::DataRva => {
                // An i32.const immediate is signed; RVAs and indices above 2^31 wrap as Wasm's i32 does.
                sleb(&mut out, value as u32 as i32)
            }
        }
        at = start + PADDED_LEB;
    }
    out.extend_from_slice(&code[at..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_sites_decode_to_their_values_and_shrink_when_patched() {
        for value in [0u32, 1, 127, 128, 300, 1 << 20, u32::MAX >> 1] {
            let mut site = Vec::new();
            padded_uleb(&mut site, value);
            assert_eq!(site.len(), PADDED_LEB);
            let mut reader = wasmparser::BinaryReader::new(&site, 0);
            assert_eq!(reader.read_var_u32().expect("uleb"), value);
        }
        for value in [0i32, -1, 63, 64, -65, i32::MIN, i32::MAX] {
            let mut site = Vec::new();
            padded_sleb(&mut site, value);
            let mut reader = wasmparser::BinaryReader::new(&site, 0);
            assert_eq!(reader.read_var_i32().expect("sleb"), value);
        }
        // i32.const <site>; drop — patched to i32.const 5 (2 bytes).
        let mut code = vec![0x41];
        padded_sleb(&mut code, 0);
        code.push(0x1A);
        let relocs = [CodeReloc { offset: 1, kind: CodeRelocKind::DataRva, target: SymbolRef::Data(0), addend: 5 }];
        let patched = patch_code(&code, &relocs, |r| Ok(i64::from(r.addend))).expect("patches");
        assert_eq!(patched, vec![0x41, 0x05, 0x1A]);
    }
}
