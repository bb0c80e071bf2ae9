//! The compiler: IL → IR (`import`) → checked (`verify`) → structured control flow (`structure`) → Wasm
//! (`codegen`). `env` is what a method's compilation needs to know about the rest of the program.

pub mod build;
pub mod codegen;
pub mod driver;
pub mod env;
pub mod import;
pub mod ir;
pub mod structure;
pub mod verify;
