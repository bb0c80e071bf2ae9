//! `wasmr2r compile`: an app assembly and its references → `<App>.r2r.wasm`, the loader `wasmr2r.mjs` and
//! the runner `<App>.mjs` (so `node <dir>/<App>.mjs` runs the program and exits with its exit code).

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::time::Instant;
use wasm_encoder::FuncType;
use wasmr2r_compiler::codegen;
use wasmr2r_compiler::driver::{self, Layout};
use wasmr2r_image::{CompiledFunction, ImageInput, MethodEntry, Shape, envelope, payload};
use wasmr2r_metadata::Assembly;
use wasmr2r_typesystem::World;

/// The loader, shipped next to every image.
const LOADER: &str = include_str!("../../../runtime/js/wasmr2r.mjs");

pub struct Options {
    pub app: PathBuf,
    pub references: Vec<PathBuf>,
    pub output: PathBuf,
    pub shape: Shape,
    /// Worker threads (None: one per core).
    pub threads: Option<usize>,
}

/// The Mono browser-wasm runtime pack in the NuGet package cache (the newest 10.0.x there).
fn default_references() -> Option<Vec<PathBuf>> {
    let root = std::env::var_os("NUGET_PACKAGES")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".nuget/packages")))?;
    let packs = root.join("microsoft.netcore.app.runtime.mono.browser-wasm");
    let pack = wasmr2r_metadata::installed::newest_version_in(&packs, Some(10))?.join("runtimes/browser-wasm");
    Some(vec![pack.join("lib/net10.0"), pack.join("native/System.Private.CoreLib.dll")])
}

/// Compiles and writes the outputs; returns the process exit code.
pub fn run(options: Options) -> Result<i32> {
    let started = Instant::now();
    let app = Assembly::open(&options.app)?;
    let app_name = app.identity()?.map(|i| i.name).unwrap_or_else(|| "app".into());
    let references = if options.references.is_empty() {
        default_references().unwrap_or_default()
    } else {
        options.references.clone()
    };
    let mut assemblies = vec![app];
    for file in crate::inputs::expand(&references)? {
        if same_file(&file, &options.app) {
            continue;
        }
        match Assembly::open(&file) {
            Ok(a) => assemblies.push(a),
            // A reference folder may hold native files too; only assemblies matter here.
            Err(wasmr2r_metadata::LoadError::Format { .. }) => {}
            Err(e) => return Err(e.into()),
        }
    }
    let world = World::new(assemblies);

    let layout = Layout {
        throw: envelope::HOST_THROW,
        fmod: envelope::HOST_FMOD,
        unsupported: envelope::HOST_UNSUPPORTED,
        first_method: envelope::first_method_index(),
        image_base: envelope::GLOBAL_IMAGE_BASE,
        statics_rva: payload::STATICS_RVA,
    };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(options.threads.unwrap_or(0)).build()?;
    let output = pool.install(|| driver::compile(&world, layout))?;
    let compile_time = started.elapsed();

    // Components: the entry assembly, then every assembly a compiled method comes from, in world order.
    let mut used: Vec<usize> = vec![0];
    for f in &output.functions {
        if let Some(m) = f.method
            && !used.contains(&m.assembly)
        {
            used.push(m.assembly);
        }
    }
    used[1..].sort();
    let component_of = |assembly: usize| used.iter().position(|&u| u == assembly).unwrap_or(0);
    let entry_rid = world.assembly(0).cli_header().entry_point_token & 0x00FF_FFFF;
    let mut entry_points = vec![MethodEntry { component: 0, rid: entry_rid, function: 0 }];
    let mut functions = Vec::with_capacity(output.functions.len());
    let mut stub_reasons = Vec::new();
    let (mut compiled, mut stubbed) = (0, 0);
    for (i, f) in output.functions.iter().enumerate() {
        if let Some(m) = f.method
            && !(m.assembly == 0 && m.rid == entry_rid)
        {
            entry_points.push(MethodEntry { component: component_of(m.assembly), rid: m.rid, function: i as u32 });
        }
        match &f.stub {
            Some(stub) => {
                stubbed += 1;
                let at = stub.il_offset.map(|o| format!(" at IL_{o:04x}")).unwrap_or_default();
                let message = format!("{} was not precompiled{at}: {} ({})", f.name, stub.reason, stub.code);
                stub_reasons.push((i as u32, message));
            }
            None => compiled += 1,
        }
        let (params, results) = codegen::signature(&f.params, f.result);
        functions.push(CompiledFunction {
            ty: FuncType::new(params, results),
            body: f.body.clone(),
            name: f.name.clone(),
        });
    }
    entry_points.sort();
    let components: Vec<&Assembly> = used.iter().map(|&i| world.assembly(i)).collect();
    let (image, sizes) = wasmr2r_image::write(ImageInput {
        components,
        functions,
        entry_points,
        compiler_identifier: format!("WasmR2R {}", env!("CARGO_PKG_VERSION")),
        shape: options.shape,
        statics_size: output.statics_size,
        stub_reasons,
    })?;

    let runner = format!(
        "// Runs {app_name} with the WasmR2R loader: `node {app_name}.mjs`.\n\
         import {{ runFile }} from './wasmr2r.mjs';\n\
         process.exitCode = await runFile(new URL('./{app_name}.r2r.wasm', import.meta.url));\n"
    );
    write_outputs(
        &options.output,
        &[
            (format!("{app_name}.r2r.wasm"), image),
            ("wasmr2r.mjs".into(), LOADER.as_bytes().to_vec()),
            (format!("{app_name}.mjs"), runner.into_bytes()),
        ],
    )?;

    eprintln!(
        "{app_name}: {} functions ({compiled} compiled, {stubbed} stubbed) in {:.2?}; image {} bytes (components {}, tables {})",
        output.functions.len(),
        compile_time,
        sizes.module,
        sizes.components,
        sizes.tables
    );
    for ((code, reason), count) in driver::stub_summary(&output) {
        eprintln!("  {code}: {count} stubbed: {reason}");
    }
    Ok(0)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes every file or none: each goes to a temporary name first, and all are renamed at the end.
fn write_outputs(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut staged = Vec::new();
    for (name, bytes) in files {
        let temp = dir.join(format!(".{name}.partial"));
        if let Err(e) = std::fs::write(&temp, bytes) {
            for (t, _) in &staged {
                let _ = std::fs::remove_file(t);
            }
            bail!("cannot write {}: {e}", temp.display());
        }
        staged.push((temp, dir.join(name)));
    }
    for (temp, target) in staged {
        std::fs::rename(&temp, &target).with_context(|| format!("cannot write {}", target.display()))?;
    }
    Ok(())
}
