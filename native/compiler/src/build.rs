//! The whole build of one app, shared by `wasmr2r compile` and the MSBuild task (through `native/ffi`):
//! read the app and its references, compile what the entry point reaches, write the image, the loader and
//! a Node runner — all or none.

use crate::driver::{self, Control};
use crate::env::Unsupported;
use crate::runtime;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use wasmr2r_image::{Component, ImageInput, ImageSizes, MethodEntry, Shape};
use wasmr2r_metadata::Assembly;
use wasmr2r_metadata::subset::Keep;
use wasmr2r_typesystem::World;

/// The loader, shipped next to every image.
pub const LOADER: &str = include_str!("../../../runtime/js/wasmr2r.mjs");

/// What to build.
pub struct BuildRequest {
    pub app: PathBuf,
    /// Reference assemblies: files, or directories whose `.dll`/`.wasm` files are references.
    pub references: Vec<PathBuf>,
    pub output: PathBuf,
    pub shape: Shape,
    /// Worker threads (None: one per core).
    pub threads: Option<usize>,
    /// Where to write the map of the image (every node, its kind, size and reason; JSON for a `.json` name);
    /// relative to the output directory unless absolute.
    pub map: Option<PathBuf>,
    /// A method or type to explain: the chain of reasons from the entry point to it.
    pub why: Option<String>,
    /// Print the IR of the compiled methods whose names contain this.
    pub print_ir: Option<String>,
    /// How compiled code catches exceptions (legacy `try`/`catch`, or `try_table` with exnref).
    pub exceptions: crate::codegen::ExceptionEncoding,
    /// Compile every method of the app that stands on its own (`driver::standalone_methods`) and what they reach,
    /// not what an entry point reaches: a library, or a whole assembly for measuring the compiler.
    pub library: bool,
    /// Leave out the spill stores the collector relies on (`spill`): only for measuring what they cost, since the
    /// image's objects may be freed while in use once a collection runs.
    pub unsafe_without_gc_spills: bool,
}

/// A method that was stubbed, and why.
pub struct Stub {
    pub method: String,
    pub assembly: String,
    pub reason: Unsupported,
}

/// What a build did.
pub struct BuildReport {
    pub app_name: String,
    /// Methods compiled (not stubbed); the synthesized entry function is not a method and not counted.
    pub compiled: usize,
    pub stubs: Vec<Stub>,
    pub compile_time: Duration,
    pub sizes: ImageSizes,
    /// The output files, in order: image, loader, runner (and the map).
    pub outputs: Vec<OutputFile>,
    /// What the image holds and why.
    pub map: Vec<crate::map::Entry>,
    /// The answer to `BuildRequest::why`.
    pub why: Option<Result<String, String>>,
    /// The IR `BuildRequest::print_ir` asked for.
    pub ir_text: String,
}

/// One output file of a build.
pub struct OutputFile {
    pub path: PathBuf,
    /// False when the file already held these bytes and was left alone (its timestamp too), so that
    /// timestamp-driven steps after us (MSBuild's copy to the publish folder, the SDK's compression) skip it.
    pub changed: bool,
}

/// Why a build stopped without writing anything.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Load(#[from] wasmr2r_metadata::LoadError),
    #[error("{0}")]
    Metadata(#[from] wasmr2r_metadata::Error),
    #[error(transparent)]
    Driver(#[from] driver::DriverError),
    #[error("{0}")]
    Image(#[from] wasmr2r_image::Error),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("cannot start worker threads: {0}")]
    Threads(String),
    #[error("the build was cancelled")]
    Cancelled,
}

/// The assembly files a reference names: the file, or the `.dll`/`.wasm` files of a directory (sorted).
fn reference_files(reference: &Path) -> Result<Vec<PathBuf>, BuildError> {
    if !reference.is_dir() {
        return Ok(vec![reference.to_owned()]);
    }
    let io = |source| BuildError::Io { path: reference.to_owned(), source };
    let mut files: Vec<PathBuf> = std::fs::read_dir(reference)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "dll" || e == "wasm"))
        .collect();
    files.sort();
    Ok(files)
}

fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}

/// Builds the app; `control.cancelled` is checked between the stages and per method, and compiled methods are
/// reported to `control.on_compiled`.
pub fn build(request: &BuildRequest, control: &Control) -> Result<BuildReport, BuildError> {
    let check = || if control.cancelled.load(Ordering::Relaxed) { Err(BuildError::Cancelled) } else { Ok(()) };
    let started = Instant::now();
    let app = Assembly::open(&request.app)?;
    let app_name = app.identity()?.map(|i| i.name).unwrap_or_else(|| "app".into());
    let mut assemblies = vec![app];
    for reference in &request.references {
        for file in reference_files(reference)? {
            if same_file(&file, &request.app) {
                continue;
            }
            match Assembly::open(&file) {
                Ok(a) => assemblies.push(a),
                // A reference folder may hold native files too; only assemblies matter here.
                Err(wasmr2r_metadata::LoadError::Format { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
    }
    // The managed runtime comes with the compiler.
    assemblies.push(Assembly::from_bytes(runtime::ASSEMBLY.to_vec())?);
    check()?;
    let world = World::new(assemblies);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(request.threads.unwrap_or(0))
        .build()
        .map_err(|e| BuildError::Threads(e.to_string()))?;
    let roots = if request.library {
        driver::Roots::Methods(driver::standalone_methods(&world, 0))
    } else {
        driver::Roots::EntryPoint
    };
    let options = driver::Options {
        print_ir: request.print_ir.clone(),
        roots,
        exceptions: request.exceptions,
        unsafe_without_gc_spills: request.unsafe_without_gc_spills,
        ..driver::Options::default()
    };
    let output = pool.install(|| driver::compile(&world, &options, control)).map_err(|e| match e {
        driver::DriverError::Cancelled => BuildError::Cancelled,
        e => BuildError::Driver(e),
    })?;
    let compile_time = started.elapsed();
    check()?;

    let mut output = output;
    let (image, sizes, stubs) = write_image(&world, &mut output, request.shape)?;
    let compiled = output.functions.iter().filter(|f| f.method.is_some() && f.stub.is_none()).count();
    check()?;
    let map = crate::map::entries(&output, &sizes.function_sizes);
    let why = request.why.as_deref().map(|query| crate::map::why(&output, query));

    let runner = format!(
        "// Runs {app_name} with the WasmR2R loader: `node {app_name}.mjs [arguments...]`.\n\
         import {{ runFile }} from './wasmr2r.mjs';\n\
         process.exitCode = await runFile(new URL('./{app_name}.r2r.wasm', import.meta.url), \
         {{ args: process.argv.slice(2) }});\n"
    );
    let mut files = vec![
        (format!("{app_name}.r2r.wasm"), image),
        ("wasmr2r.mjs".into(), LOADER.as_bytes().to_vec()),
        (format!("{app_name}.mjs"), runner.into_bytes()),
    ];
    if let Some(path) = &request.map {
        let json = path.extension().is_some_and(|e| e == "json");
        let text = if json { crate::map::to_json(&map) } else { crate::map::to_text(&map) };
        files.push((path.to_string_lossy().into_owned(), text.into_bytes()));
    }
    let outputs = write_outputs(&request.output, files)?;
    let ir_text = output.ir_text;
    Ok(BuildReport { app_name, compiled, stubs, compile_time, sizes, outputs, map, why, ir_text })
}

/// Writes the image of a compilation (moving its code and data out of `output`); returns it, its sizes and the
/// stubbed methods.
pub fn write_image(
    world: &World,
    output: &mut driver::Output,
    shape: Shape,
) -> Result<(Vec<u8>, ImageSizes, Vec<Stub>), BuildError> {
    let component_of = |assembly: u32| output.components.iter().position(|&c| c == assembly).unwrap_or(0);
    let entry_token = world.assembly(0).cli_header().entry_point_token;
    let entry_rid = entry_token & 0x00FF_FFFF;
    // The entry point's element names the startup function (0), which runs the runtime's start-up and Main.
    let mut entry_points = Vec::new();
    if entry_token >> 24 == 0x06 && entry_rid != 0 {
        entry_points.push(MethodEntry { component: 0, rid: entry_rid, function: 0 });
    }
    let mut stub_reasons = Vec::new();
    let mut stubs = Vec::new();
    for (i, f) in output.functions.iter().enumerate() {
        if let Some(def) = f.def
            && !entry_points.iter().any(|e| e.component == component_of(def.assembly) && e.rid == def.rid)
        {
            entry_points.push(MethodEntry { component: component_of(def.assembly), rid: def.rid, function: i as u32 });
        }
        if let Some(stub) = &f.stub {
            let at = stub.il_offset.map(|o| format!(" at IL_{o:04x}")).unwrap_or_default();
            stub_reasons
                .push((i as u32, format!("{} was not precompiled{at}: {} ({})", f.name, stub.reason, stub.code)));
            let assembly = f.def.map(|d| world.assembly_name(d.assembly)).unwrap_or_default();
            stubs.push(Stub { method: f.name.clone(), assembly, reason: stub.clone() });
        }
    }
    entry_points.sort();
    let (image, sizes) = wasmr2r_image::write(ImageInput {
        components: output
            .components
            .iter()
            .zip(&output.reached)
            .map(|(&i, reached)| Component { assembly: world.assembly(i), keep: Keep::Reached(reached.clone()) })
            .collect(),
        functions: std::mem::take(&mut output.compiled),
        data: std::mem::take(&mut output.data),
        signatures: output.signatures.clone(),
        entry_points,
        compiler_identifier: format!("WasmR2R {}", env!("CARGO_PKG_VERSION")),
        shape,
        stub_reasons,
    })?;
    Ok((image, sizes, stubs))
}

/// Writes every file or none, and only the files whose bytes change: each changed file goes to a temporary name
/// first, and all are renamed at the end.
fn write_outputs(dir: &Path, files: Vec<(String, Vec<u8>)>) -> Result<Vec<OutputFile>, BuildError> {
    std::fs::create_dir_all(dir).map_err(|source| BuildError::Io { path: dir.to_owned(), source })?;
    let mut staged = Vec::new();
    let mut outputs = Vec::new();
    for (name, bytes) in files {
        let target = dir.join(&name);
        // A file that cannot be read (missing, or unreadable) is simply rewritten; one of another length is not
        // read at all.
        let same_length = std::fs::metadata(&target).is_ok_and(|m| m.len() == bytes.len() as u64);
        let changed = !same_length || std::fs::read(&target).map_or(true, |existing| existing != bytes);
        if changed {
            let file_name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let temp = target.with_file_name(format!(".{file_name}.partial"));
            if let Err(source) = std::fs::write(&temp, bytes) {
                for (t, _) in &staged {
                    let _ = std::fs::remove_file(t);
                }
                let _ = std::fs::remove_file(&temp);
                return Err(BuildError::Io { path: temp, source });
            }
            staged.push((temp, target.clone()));
        }
        outputs.push(OutputFile { path: target, changed });
    }
    let mut staged = staged.into_iter();
    while let Some((temp, target)) = staged.next() {
        if let Err(source) = std::fs::rename(&temp, &target) {
            let _ = std::fs::remove_file(&temp);
            for (t, _) in staged {
                let _ = std::fs::remove_file(t);
            }
            return Err(BuildError::Io { path: target, source });
        }
    }
    Ok(outputs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("wasmr2r-build-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn files(image: &[u8]) -> Vec<(String, Vec<u8>)> {
        vec![("a.r2r.wasm".into(), image.to_vec()), ("a.mjs".into(), b"runner".to_vec())]
    }

    #[test]
    fn unchanged_outputs_keep_their_bytes_and_timestamps() {
        let dir = scratch("unchanged");
        let first = write_outputs(&dir, files(b"image v1")).expect("first write");
        assert!(first.iter().all(|o| o.changed));
        let stamp = |name: &str| std::fs::metadata(dir.join(name)).and_then(|m| m.modified()).expect("mtime");
        let (image_time, runner_time) = (stamp("a.r2r.wasm"), stamp("a.mjs"));
        // Far enough apart for any file system's timestamp resolution.
        std::thread::sleep(Duration::from_millis(1100));

        let second = write_outputs(&dir, files(b"image v2")).expect("second write");
        assert_eq!(second.iter().map(|o| o.changed).collect::<Vec<_>>(), [true, false]);
        assert_eq!(std::fs::read(dir.join("a.r2r.wasm")).expect("image"), b"image v2");
        assert_ne!(stamp("a.r2r.wasm"), image_time, "a changed image is rewritten");
        assert_eq!(stamp("a.mjs"), runner_time, "an unchanged runner is left alone");

        let names: Vec<_> = std::fs::read_dir(&dir).expect("dir").map(|e| e.expect("entry").file_name()).collect();
        assert_eq!(names.len(), 2, "no temporary files are left: {names:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
