//! The Wasm features every module we emit may use, in one place: what Node 20 and current browsers run —
//! Wasm 2.0 (bulk memory, reference types, multi-value, SIMD, sign extension, saturating conversions),
//! tail calls, and exception handling in the legacy encoding (`try`/`catch`/`rethrow`). The tag the
//! exception handling throws needs the exceptions proposal's tag declarations. Not extended-const (Node 20
//! lacks it), so offsets in constant expressions are a bare `global.get`.

use wasmparser::WasmFeatures;

pub fn supported() -> WasmFeatures {
    WasmFeatures::WASM2 | WasmFeatures::TAIL_CALL | WasmFeatures::EXCEPTIONS | WasmFeatures::LEGACY_EXCEPTIONS
}

/// Validates `module` against [`supported`] features.
pub fn validate(module: &[u8]) -> Result<(), wasmparser::BinaryReaderError> {
    wasmparser::Validator::new_with_features(supported()).validate_all(module).map(drop)
}
