//! The `wasmr2r` command line.

mod compile;
mod dump;
mod facts;
mod il;
mod inputs;
mod inspect;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "wasmr2r", version, about = "ReadyToRun compiler for WebAssembly")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show everything an R2R-Wasm image holds: header, sections, runtime functions, components, relocations.
    Dump {
        image: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Compile an app and what it references into an R2R-Wasm image, with the loader and a runner.
    Compile {
        /// The app assembly (its entry point is the image's).
        app: PathBuf,
        /// Reference assemblies (files or directories). Default: the browser-wasm runtime pack in the NuGet
        /// package cache.
        #[arg(short = 'r', long = "reference")]
        references: Vec<PathBuf>,
        /// Output directory.
        #[arg(short, long)]
        output: PathBuf,
        /// Install the payload with active segments at instantiation instead of passive ones.
        #[arg(long)]
        self_installing: bool,
        /// How compiled code catches exceptions: `legacy` (try/catch; Node 20 and browsers) or `exnref`
        /// (try_table; current browsers).
        #[arg(long, value_enum, default_value_t = ExceptionHandling::Legacy)]
        exception_handling: ExceptionHandling,
        /// Worker threads (default: one per core).
        #[arg(long)]
        threads: Option<usize>,
        /// Write what the image holds and why (every node: kind, size, reason) to this file, relative to the
        /// output directory unless absolute; JSON when it ends in `.json`, text otherwise.
        #[arg(long)]
        map: Option<PathBuf>,
        /// Print the chain of reasons from the entry point to a method or type (`Namespace.Type::Method`,
        /// `Namespace.Type`; a trailing `*` matches a prefix).
        #[arg(long)]
        why: Option<String>,
        /// Print the IR of every compiled method whose `Namespace.Type::Method` contains this.
        #[arg(long)]
        ir: Option<String>,
        /// Leave out the stores that show the collector the references held across calls: for measuring their
        /// cost only (tests/bench), since objects in use may be freed once a collection runs.
        #[arg(long, hide = true)]
        unsafe_without_gc_spills: bool,
        /// Compile every non-generic method of the app (in a non-generic type) and what it reaches, instead of
        /// what the entry point reaches: for a library, or to measure the compiler on a whole assembly.
        #[arg(long)]
        library: bool,
    },
    /// Show the signature, locals and IL of every method whose `Namespace.Type::Method` contains FILTER.
    Il {
        assembly: PathBuf,
        filter: String,
        /// Stop after this many methods (0: no limit).
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Read assemblies (PE or WebCIL) and show what they hold; exits 1 if anything fails to read.
    Inspect {
        /// Files or directories (a directory contributes its .dll/.exe/.wasm files). Default: the
        /// installed SDK's Microsoft.NETCore.App shared framework.
        paths: Vec<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long, conflicts_with = "facts")]
        json: bool,
        /// Print the facts `tests/oracle/FACTS.md` specifies, as JSON Lines (for the oracle comparison).
        #[arg(long)]
        facts: bool,
        /// How much to show per assembly.
        #[arg(long, value_enum, default_value = "methods")]
        level: inspect::Level,
    },
}

/// `--exception-handling`'s values.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum ExceptionHandling {
    Legacy,
    Exnref,
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Dump { image, json } => dump::run(&image, json),
        Command::Il { assembly, filter, limit } => il::run(&assembly, &filter, limit),
        Command::Compile {
            app,
            references,
            output,
            self_installing,
            exception_handling,
            threads,
            map,
            why,
            ir,
            library,
            unsafe_without_gc_spills,
        } => {
            let shape =
                if self_installing { wasmr2r_image::Shape::SelfInstalling } else { wasmr2r_image::Shape::Passive };
            compile::run(wasmr2r_compiler::build::BuildRequest {
                app,
                references,
                output,
                shape,
                threads,
                map,
                why,
                print_ir: ir,
                exceptions: match exception_handling {
                    ExceptionHandling::Legacy => wasmr2r_compiler::codegen::ExceptionEncoding::Legacy,
                    ExceptionHandling::Exnref => wasmr2r_compiler::codegen::ExceptionEncoding::Exnref,
                },
                library,
                unsafe_without_gc_spills,
            })
        }
        Command::Inspect { paths, json, facts, level } => (|| {
            let paths = if paths.is_empty() { vec![inputs::sdk_shared_framework()?] } else { paths };
            let files = inputs::expand(&paths)?;
            let format = match (facts, json) {
                (true, _) => inspect::Format::Facts,
                (false, true) => inspect::Format::Json(level),
                (false, false) => inspect::Format::Text(level),
            };
            inspect::run(files, format)
        })(),
    };
    match result {
        Ok(code) => std::process::ExitCode::from(code as u8),
        Err(e) => {
            eprintln!("error: {}", error_chain(&e));
            std::process::ExitCode::from(2)
        }
    }
}

/// The error and its causes joined with ": ", leaving out a cause its wrapper already quotes (our errors such as
/// `LoadError` put their source in their own message, and `{:#}` would print it twice).
fn error_chain(error: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in error.chain() {
        let message = cause.to_string();
        if !text.contains(&message) {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&message);
        }
    }
    text
}
