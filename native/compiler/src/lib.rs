//! The compiler. Follow one method from IL to Wasm bytes: the dependency graph (`graph`) marks it and has
//! `import` turn its IL into IR (`ir`), resolving every token through the type system; `driver` then runs
//! the optimizations, `spill` (references live across calls into the frame, for the collector), `verify`,
//! `structure` (control flow → Wasm blocks and loops) and `codegen` (IR → Wasm bytes with relocations)
//! in parallel, builds the data nodes (`data`: MethodTables, statics, literals), and maps symbols for the image
//! writer. `abi` owns the calling convention and object layouts, `runtime` the managed runtime's registry, `env`
//! what the importer asks of the rest, `build` the whole build with its outputs and map.

pub mod abi;
pub mod barrier;
pub mod boundscheck;
pub mod build;
pub mod checkcatch;
pub mod codegen;
pub mod data;
pub mod dataflow;
pub mod deadcode;
pub mod devirtualize;
pub mod driver;
pub mod env;
pub mod fuzzing;
pub mod graph;
pub mod import;
pub mod inline;
pub mod ir;
pub mod landing;
pub mod map;
pub mod nullcheck;
pub mod preinit;
pub mod runtime;
pub mod simplify;
pub mod spill;
pub mod stackify;
pub mod structure;
pub mod text;
pub mod verify;
