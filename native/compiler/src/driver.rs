//! The whole compilation of one image: mark the dependency graph from the entry point (importing each method's IL
//! once, sequentially), build the data nodes, generate code for every method in parallel (each from its IR alone,
//! so the output is the same at any thread count), and hand the image writer functions and data with their
//! relocations against image symbols.

use crate::codegen::{self, Code, Context};
use crate::data::{self, Data};
use crate::env::{Unsupported, codes};
use crate::graph::{Body, Graph, Node, NodeId};
use crate::ir::{self, Const, Inst, Symbol, Terminator, Ty};
use crate::runtime::{Helper, Runtime};
use crate::{abi, boundscheck, deadcode, devirtualize, inline, nullcheck, simplify, structure, verify};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_encoder::{FuncType, ValType};
use wasmr2r_image::{CodeReloc, CompiledFunction, DataNode, DataReloc, SymbolRef};
use wasmr2r_metadata::{TableId, Token};
use wasmr2r_typesystem::{MethodDefId, MethodId, TypeId, TypeSystem, World};

/// What a running compilation is told and what it tells: the flag it polls and where it reports progress.
pub struct Control<'a> {
    /// Set from another thread to stop the compilation; once set it stays set.
    pub cancelled: &'a AtomicBool,
    /// Called with (methods compiled, methods to compile) from any worker thread: first with 0 when marking is
    /// done, then whenever the percentage changes, and at the end (at most 102 calls).
    pub on_compiled: &'a (dyn Fn(usize, usize) + Sync),
}

impl Control<'_> {
    /// A control that is never cancelled and reports nowhere.
    pub fn none() -> Control<'static> {
        static NEVER: AtomicBool = AtomicBool::new(false);
        Control { cancelled: &NEVER, on_compiled: &|_, _| {} }
    }
}

/// Things that stop the whole compilation (a method that cannot be compiled is a stub, not an error).
#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    #[error("the entry assembly has no entry point (is it a library?)")]
    NoEntryPoint,
    #[error("the entry point: {0}")]
    EntryPoint(String),
    #[error("{0}")]
    Runtime(String),
    /// A type, class constructor or generic virtual method the graph reached cannot be compiled (metadata the type
    /// system rejects: the message names it); methods are stubbed instead, so this is about the data they need.
    #[error("cannot compile {0}")]
    Node(String),
    #[error("internal compiler error: {0}")]
    Internal(String),
    #[error("the build was cancelled")]
    Cancelled,
}

/// A function of the image, in image order.
pub struct Function {
    pub name: String,
    /// The method it was compiled from (None for the synthesized entry).
    pub method: Option<MethodId>,
    /// Its MethodDef, when it is a method's own code (not an unboxing stub), for MethodDefEntryPoints.
    pub def: Option<MethodDefId>,
    /// Why it is a stub, if it is one.
    pub stub: Option<Unsupported>,
    /// The graph node it comes from.
    pub node: NodeId,
}

/// The compilation's result, ready for the image writer.
pub struct Output {
    pub functions: Vec<Function>,
    pub compiled: Vec<CompiledFunction>,
    pub data: Vec<DataNode>,
    /// The graph node of each data node, and its size.
    pub data_nodes: Vec<NodeId>,
    pub data_sizes: Vec<u32>,
    pub signatures: Vec<FuncType>,
    /// Assemblies (world indices) whose metadata the image must carry, the entry assembly first.
    pub components: Vec<u32>,
    /// Per component: the TypeDefs, MethodDefs and Fields the graph reached, whose metadata the image keeps.
    pub reached: Vec<wasmr2r_metadata::subset::Roots>,
    pub graph: Graph,
    /// Display names of the graph's nodes, by node.
    pub names: Vec<String>,
    /// The IR text of the methods `Options::print_ir` selected.
    pub ir_text: String,
}

/// What a compilation may be asked besides compiling.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Print the IR of every compiled method whose name contains this (`Namespace.Type::Method`).
    pub print_ir: Option<String>,
    /// What the image is compiled from: assembly 0's entry point (the default), or a list of methods.
    pub roots: Roots,
    /// Method bodies to compile instead of the ones in the metadata (tests and the fuzz target give IL this way).
    pub replaced_bodies: Vec<ReplacedBody>,
    /// How compiled code catches exceptions.
    pub exceptions: codegen::ExceptionEncoding,
    /// No spill stores (`build::BuildRequest::unsafe_without_gc_spills`).
    pub unsafe_without_gc_spills: bool,
}

/// The roots of the dependency graph.
#[derive(Clone, Debug, Default)]
pub enum Roots {
    /// Assembly 0's entry point, called by the image's entry function.
    #[default]
    EntryPoint,
    /// These methods (non-generic, of non-generic types); the entry function returns 0.
    Methods(Vec<MethodDefId>),
}

/// The methods of `assembly` that can be compiled as roots on their own: those with an IL body, not generic, in a
/// non-generic type (a library build's roots, and what the fuzz target may replace).
pub fn standalone_methods(world: &World, assembly: u32) -> Vec<MethodDefId> {
    let a = world.assembly(assembly);
    let generic = |token| a.generic_params_of(token).map(|r| !r.is_empty()).unwrap_or(true);
    (1..=a.row_count(TableId::MethodDef))
        .map(|rid| MethodDefId { assembly, rid })
        .filter(|def| {
            let has_body = a.row::<wasmr2r_metadata::MethodDefRow>(def.rid).is_ok_and(|row| row.rva != 0);
            let owner_generic = world.method_owner(*def).map(|o| generic(o.token())).unwrap_or(true);
            has_body && !generic(def.token()) && !owner_generic
        })
        .collect()
}

/// A method body given by the caller: IL, optionally a LocalVarSig blob, and exception clauses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplacedBody {
    pub method: MethodDefId,
    pub code: Vec<u8>,
    pub locals: Option<Vec<u8>>,
    pub clauses: Vec<wasmr2r_metadata::ExceptionClause>,
}

/// Compiles the entry point of assembly 0 and everything it reaches.
pub fn compile(world: &World, options: &Options, control: &Control) -> Result<Output, DriverError> {
    let cancelled = || control.cancelled.load(Ordering::Relaxed);
    let mut ts = TypeSystem::new(world).map_err(|e| DriverError::Runtime(e.to_string()))?;
    let runtime = Runtime::new(world).map_err(DriverError::Runtime)?;
    let mut graph = Graph::new(runtime);
    graph.replaced_bodies = options.replaced_bodies.clone();
    match &options.roots {
        Roots::EntryPoint => {
            let entry_token = Token(world.assembly(0).cli_header().entry_point_token);
            if entry_token.table() != Some(TableId::MethodDef) || entry_token.is_nil() {
                return Err(DriverError::NoEntryPoint);
            }
            let main_def = MethodDefId { assembly: 0, rid: entry_token.rid() };
            let entry_point = |e: wasmr2r_typesystem::TypeError| DriverError::EntryPoint(e.to_string());
            let main_owner = world.method_owner(main_def).map_err(entry_point)?;
            let main_owner = ts.def_type(main_owner).map_err(entry_point)?;
            graph.main = Some(ts.method_def_on(main_def, main_owner).map_err(entry_point)?);
        }
        Roots::Methods(defs) => {
            for def in defs {
                let owner = world.method_owner(*def).and_then(|o| ts.def_type(o));
                let method = owner.and_then(|o| ts.method_def_on(*def, o));
                match method {
                    Ok(m) if ts.method(m).generic_params == 0 && !ts.is_open(ts.method(m).owner) => graph.roots.push(m),
                    _ => {}
                }
            }
        }
    }
    graph.mark(Node::Entry, None, "the image's entry point");
    graph.run(&mut ts, &cancelled).map_err(|_| DriverError::Cancelled)?;
    if let Some((id, error)) = graph.errors.first() {
        let name = node_name(&ts, &graph, graph.node(*id).0);
        return Err(DriverError::Node(format!("{name}: {} ({})", error.reason, error.code)));
    }

    // Image order: the entry, then code nodes in marking order; data nodes in marking order.
    let mut functions = Vec::new();
    let mut data_nodes = Vec::new();
    for (id, node, _) in graph.nodes() {
        match node {
            Node::Entry => functions.insert(0, id),
            Node::Method(_) | Node::UnboxingStub(_) | Node::PassOne(_) => functions.push(id),
            Node::TypeHandle(_)
            | Node::Statics { .. }
            | Node::ClassInit(_)
            | Node::String(_)
            | Node::GenericVirtual(_)
            | Node::GcRoots
            | Node::StringLiterals
            | Node::AssemblyNames
            | Node::PreallocatedObject(_)
            | Node::RvaData(_) => data_nodes.push(id),
            _ => {}
        }
    }
    let marked = graph.nodes().count();
    let type_handles: Vec<TypeId> = data_nodes
        .iter()
        .filter_map(|id| match graph.node(*id).0 {
            Node::TypeHandle(t) => Some(t),
            _ => None,
        })
        .collect();
    let interface_colors =
        data::interface_colors(&mut ts, &type_handles).map_err(|e| DriverError::Internal(e.reason))?;
    let mut data = Vec::with_capacity(data_nodes.len());
    for id in &data_nodes {
        data.push(build_data(&mut ts, &mut graph, *id, &interface_colors).map_err(|e| {
            let node = graph.node(*id).0;
            DriverError::Internal(format!("{} ({}): {}", node_name(&ts, &graph, node), node.kind(), e.reason))
        })?);
    }
    if graph.nodes().count() != marked {
        return Err(DriverError::Internal("building the data nodes needed nodes marking did not find".into()));
    }

    let throw_helpers = ir::ExceptionKind::ALL
        .iter()
        .map(|k| graph.runtime.helper(&mut ts, Helper::throw(*k)).map(Symbol::Method))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| DriverError::Runtime(e.reason))?;
    let never_null = Helper::NEVER_NULL
        .iter()
        .map(|h| graph.runtime.helper(&mut ts, *h).map(Symbol::Method))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| DriverError::Runtime(e.reason))?;
    let unhandled = graph
        .runtime
        .helper(&mut ts, Helper::ReportUnhandled)
        .map(Symbol::Method)
        .map_err(|e| DriverError::Runtime(e.reason))?;
    let run_class_constructor = graph
        .runtime
        .helper(&mut ts, Helper::RunClassConstructor)
        .map(Symbol::Method)
        .map_err(|e| DriverError::Runtime(e.reason))?;
    let exceptions = options.exceptions;
    let ctx = Context {
        throw_helpers,
        interface_colors,
        never_null,
        unhandled,
        run_class_constructor,
        exceptions,
        gc_spills: !options.unsafe_without_gc_spills,
    };

    // Small callees copied into their callers (`inline`): chosen here, applied per function in parallel.
    let candidates = graph
        .bodies
        .iter()
        .filter_map(|(m, body)| {
            let Body::Ir(f) = body else { return None };
            let impl_flags = ts.method(*m).impl_flags;
            let limit =
                if impl_flags.is_aggressive_inlining() { inline::AGGRESSIVE_SIZE_LIMIT } else { inline::SIZE_LIMIT };
            (!impl_flags.is_no_inlining()).then_some((*m, (&**f, limit)))
        })
        .collect();
    let inliner = inline::Inliner::new(candidates);
    let implementations =
        devirtualize::Implementations::new(&mut ts, &graph).map_err(|e| DriverError::Internal(e.reason))?;

    // What each function is, decided sequentially (signatures need the type system).
    let mut jobs = Vec::with_capacity(functions.len());
    let mut infos = Vec::with_capacity(functions.len());
    for id in &functions {
        let (job, info) = function_job(&mut ts, &graph, *id)?;
        jobs.push(job);
        infos.push(info);
    }
    // Progress counts the methods (not the synthesized entry, nor pass-one functions, which are parts of theirs).
    let counted: Vec<bool> = infos.iter().map(|info| info.method.is_some()).collect();
    let total = counted.iter().filter(|c| **c).count();
    (control.on_compiled)(0, total);
    // Counted and reported under one lock, so that reports from different workers arrive in order.
    let done = std::sync::Mutex::new(0usize);
    let codes: Vec<(Code, Option<Unsupported>)> = jobs
        .par_iter()
        .enumerate()
        .map(|(i, job)| {
            if cancelled() {
                return Err(DriverError::Cancelled);
            }
            let result = generate(job, &ctx, &inliner, &implementations)?;
            if counted[i] {
                let mut done = done.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                *done += 1;
                let now = *done;
                if now * 100 / total.max(1) != (now - 1) * 100 / total.max(1) || now == total {
                    (control.on_compiled)(now, total);
                }
            }
            Ok(result)
        })
        .collect::<Result<_, _>>()?;

    // Symbols → image symbols.
    let mut function_of: HashMap<Symbol, u32> = HashMap::new();
    for (i, id) in functions.iter().enumerate() {
        if let Some(symbol) = graph.node(*id).0.symbol() {
            function_of.insert(symbol, i as u32);
        }
    }
    let mut data_of: HashMap<Symbol, u32> = HashMap::new();
    for (i, id) in data_nodes.iter().enumerate() {
        if let Some(symbol) = graph.node(*id).0.symbol() {
            data_of.insert(symbol, i as u32);
        }
    }
    let mut components = vec![0u32];
    let component_of = |assembly: u32, components: &mut Vec<u32>| -> u32 {
        match components.iter().position(|c| *c == assembly) {
            Some(i) => i as u32,
            None => {
                components.push(assembly);
                components.len() as u32 - 1
            }
        }
    };
    for info in &infos {
        if let Some(def) = info.def {
            component_of(def.assembly, &mut components);
        }
    }
    components[1..].sort();
    let reached = reached_metadata(&ts, &graph, &components, &infos);
    let resolve = |symbol: Symbol| -> Result<SymbolRef, String> {
        match symbol {
            Symbol::Method(_) | Symbol::UnboxingStub(_) | Symbol::PassOne(_) => function_of
                .get(&symbol)
                .map(|i| SymbolRef::Function(*i))
                .ok_or_else(|| format!("{symbol:?} was not compiled")),
            Symbol::Host(h) => Ok(SymbolRef::Host(h)),
            Symbol::Signature(s) => Ok(SymbolRef::Type(s)),
            Symbol::ImageEnd => Ok(SymbolRef::ImageEnd),
            _ => data_of.get(&symbol).map(|i| SymbolRef::Data(*i)).ok_or_else(|| format!("{symbol:?} has no data")),
        }
    };
    let mut compiled = Vec::with_capacity(codes.len());
    let mut functions_out = Vec::with_capacity(codes.len());
    for ((code, stub), (info, id)) in codes.into_iter().zip(infos.into_iter().zip(functions.iter())) {
        let relocs = code
            .relocs
            .iter()
            .map(|r| Ok(CodeReloc { offset: r.offset, kind: r.kind, target: resolve(r.symbol)?, addend: r.addend }))
            .collect::<Result<Vec<_>, String>>()
            .map_err(|e| DriverError::Internal(format!("{}: {e}", info.name)))?;
        compiled.push(CompiledFunction {
            params: code.params,
            results: code.results,
            locals: code.locals,
            code: code.code,
            relocs,
            name: info.name.clone(),
            // Only the app's own methods with loops: a loop that must not stay in V8's baseline tier is in a method
            // that runs once, which is the app's (a Main, a kernel). The framework's and the runtime's run many
            // times and tier up by V8's own counters; asking for their optimized code up front made each one that
            // start-up calls compile synchronously on its first call (3 ms of an empty program's start).
            optimize_first: code.has_loop && info.def.is_some_and(|d| d.assembly == 0),
        });
        functions_out.push(Function {
            name: info.name,
            method: info.method,
            def: info.def,
            stub: stub.or(info.stub),
            node: *id,
        });
    }
    let data_out = data
        .into_iter()
        .map(|d: Data| {
            let relocs = d
                .relocs
                .iter()
                .map(|r| Ok(DataReloc { offset: r.offset, kind: r.kind, target: resolve(r.symbol)?, addend: r.addend }))
                .collect::<Result<Vec<_>, String>>()
                .map_err(DriverError::Internal)?;
            Ok(DataNode { bytes: d.bytes, align: d.align, relocs })
        })
        .collect::<Result<Vec<_>, DriverError>>()?;
    let signatures =
        graph.signatures.iter().map(|s| FuncType::new(s.params.iter().copied(), s.results.iter().copied())).collect();
    let names = graph.nodes().map(|(_, node, _)| node_name(&ts, &graph, node)).collect();
    let mut ir_text = String::new();
    if let Some(filter) = &options.print_ir {
        let printer = crate::text::TypeSystemNames { ts: &ts, strings: &graph.strings };
        for (_, node, _) in graph.nodes() {
            let f = match node {
                Node::Method(m) => match graph.bodies.get(&m) {
                    Some(Body::Ir(f)) => Some(f),
                    _ => None,
                },
                Node::PassOne(m) => graph.pass_one.get(&m),
                _ => None,
            };
            if let Some(f) = f
                && f.name.contains(filter.as_str())
            {
                ir_text.push_str(&crate::text::print(f, &printer));
                ir_text.push('\n');
            }
        }
    }
    let data_sizes = data_out.iter().map(|d| d.bytes.len() as u32).collect();
    Ok(Output {
        functions: functions_out,
        compiled,
        data: data_out,
        data_sizes,
        data_nodes,
        signatures,
        components,
        reached,
        graph,
        names,
        ir_text,
    })
}

/// The rows of each component's metadata the image keeps: every type a node of the graph names (a MethodTable,
/// statics, a class constructor...), every method it names or that was compiled, every field with RVA data.
/// The metadata writer adds what these refer to (`wasmr2r_metadata::subset`).
fn reached_metadata(
    ts: &TypeSystem,
    graph: &Graph,
    components: &[u32],
    infos: &[Info],
) -> Vec<wasmr2r_metadata::subset::Roots> {
    let mut reached = vec![wasmr2r_metadata::subset::Roots::default(); components.len()];
    let index = |assembly: u32| components.iter().position(|&c| c == assembly);
    for (_, node, _) in graph.nodes() {
        match node {
            Node::TypeHandle(t)
            | Node::Constructed(t)
            | Node::Instance(t)
            | Node::Statics { ty: t, .. }
            | Node::ClassInit(t)
            | Node::PreallocatedObject(t) => {
                if let Some(def) = ts.ty(t).def
                    && let Some(i) = index(def.assembly)
                {
                    reached[i].types.insert(def.rid);
                }
            }
            Node::Method(m)
            | Node::UnboxingStub(m)
            | Node::PassOne(m)
            | Node::InstanceBody(m)
            | Node::VirtualSlot(m)
            | Node::InterfaceMethod(m)
            | Node::GenericVirtual(m) => {
                let def = ts.method(m).def;
                if let Some(i) = index(def.assembly) {
                    reached[i].methods.insert(def.rid);
                }
            }
            Node::VariantInterfaceMethod(def) => {
                if let Some(i) = index(def.assembly) {
                    reached[i].methods.insert(def.rid);
                }
            }
            Node::RvaData(field) => {
                if let Some(i) = index(field.assembly) {
                    reached[i].fields.insert(field.rid);
                }
            }
            Node::Entry
            | Node::String(_)
            | Node::Signature(_)
            | Node::GcRoots
            | Node::StringLiterals
            | Node::AssemblyNames => {}
        }
    }
    for def in infos.iter().filter_map(|info| info.def) {
        if let Some(i) = index(def.assembly) {
            reached[i].methods.insert(def.rid);
        }
    }
    reached
}

/// A display name for a node (the map, `--why`).
pub fn node_name(ts: &TypeSystem, graph: &Graph, node: Node) -> String {
    match node {
        Node::Entry => "<entry>".into(),
        Node::PassOne(m) => format!("{} (pass one)", ts.method_name(m)),
        Node::Method(m)
        | Node::UnboxingStub(m)
        | Node::VirtualSlot(m)
        | Node::InstanceBody(m)
        | Node::InterfaceMethod(m)
        | Node::GenericVirtual(m) => ts.method_name(m),
        Node::VariantInterfaceMethod(def) => {
            let owner = ts.world.method_owner(def).map(|o| ts.world.type_def_name(o)).unwrap_or_default();
            format!("{owner}::{}", ts.world.method_def_name(def))
        }
        Node::TypeHandle(t)
        | Node::Constructed(t)
        | Node::Instance(t)
        | Node::ClassInit(t)
        | Node::PreallocatedObject(t)
        | Node::Statics { ty: t, .. } => ts.type_name(t),
        Node::String(i) => {
            let text = String::from_utf16_lossy(&graph.strings[i as usize]);
            let short: String = text.chars().take(40).collect();
            format!("\"{}\"", short.escape_debug())
        }
        Node::RvaData(field) => {
            let owner = ts.world.field_owner(field).map(|o| ts.world.type_def_name(o)).unwrap_or_default();
            format!("{owner}::{}", ts.world.field_def_name(field))
        }
        Node::Signature(i) => format!("{:?}", graph.signatures[i as usize]),
        Node::GcRoots => "<GC roots>".into(),
        Node::StringLiterals => "<string literals>".into(),
        Node::AssemblyNames => "<assembly names>".into(),
    }
}

/// The bytes of a data node.
fn build_data(
    ts: &mut TypeSystem,
    graph: &mut Graph,
    id: NodeId,
    colors: &HashMap<TypeId, u32>,
) -> Result<Data, Unsupported> {
    Ok(match graph.node(id).0 {
        Node::TypeHandle(t) => data::method_table(ts, graph, t, colors)?,
        Node::Statics { ty, gc } => data::statics(ts, graph, ty, gc)?,
        Node::ClassInit(_) => Data { bytes: vec![0], align: 1, relocs: Vec::new() },
        Node::String(i) => data::string_literal(ts, &graph.strings[i as usize].clone()),
        Node::GenericVirtual(decl) => data::generic_virtual_table(ts, graph, decl)?,
        Node::GcRoots => data::gc_roots(ts, graph)?,
        Node::StringLiterals => data::string_literals(graph),
        Node::AssemblyNames => data::assembly_names(ts, graph),
        Node::PreallocatedObject(t) => data::preallocated_object(ts, t)?,
        Node::RvaData(field) => data::rva_data(ts, field)?,
        other => return Err(Unsupported::new(codes::TYPE, format!("{other:?} has no data"))),
    })
}

/// What generating one function needs, taken out of the graph so that generation runs in parallel.
enum Job {
    /// `itself` is the function's own symbol (the entry has none).
    Ir {
        f: Box<ir::Function>,
        itself: Option<Symbol>,
    },
    HostImport {
        import: u32,
        params: Vec<ValType>,
        results: Vec<ValType>,
    },
    Forward {
        target: Symbol,
        params: Vec<ValType>,
        results: Vec<ValType>,
    },
    Unboxing {
        target: Symbol,
        params: Vec<ValType>,
        results: Vec<ValType>,
    },
    Stub {
        itself: Symbol,
        params: Vec<ValType>,
        results: Vec<ValType>,
        reason: Unsupported,
    },
    /// An instance method that can only be called on null: calls `throw`, the NullReferenceException helper.
    NullThis {
        throw: Symbol,
        params: Vec<ValType>,
        results: Vec<ValType>,
    },
}

struct Info {
    name: String,
    method: Option<MethodId>,
    def: Option<MethodDefId>,
    stub: Option<Unsupported>,
}

fn function_job(ts: &mut TypeSystem, graph: &Graph, id: NodeId) -> Result<(Job, Info), DriverError> {
    let node = graph.node(id).0;
    let wasm_sig = |ts: &mut TypeSystem, m: MethodId| -> (Vec<ValType>, Vec<ValType>) {
        match abi::method_signature(ts, m) {
            Ok(sig) => {
                let w = sig.wasm();
                (w.params, w.results)
            }
            // A signature we cannot lower: the stub is never called with a real one.
            Err(_) => (vec![ValType::I32], Vec::new()),
        }
    };
    Ok(match node {
        Node::Entry => {
            let f = graph.entry.clone().ok_or_else(|| DriverError::Internal("no entry function".into()))?;
            (
                Job::Ir { f: Box::new(f), itself: None },
                Info { name: "<entry>".into(), method: None, def: None, stub: None },
            )
        }
        Node::UnboxingStub(m) => {
            let (params, results) = wasm_sig(ts, m);
            let name = format!("{} (unboxing)", ts.method_name(m));
            (
                Job::Unboxing { target: Symbol::Method(m), params, results },
                Info { name, method: Some(m), def: None, stub: None },
            )
        }
        Node::Method(m) => {
            // A delegate's Invoke and constructor have no IL (the runtime provides them; here, the compiler): their
            // frames are no method of the program's, and stack traces leave them out as CoreCLR does.
            let name = if ts.method(m).impl_flags.is_runtime() {
                format!("{} (runtime-implemented)", ts.method_name(m))
            } else {
                ts.method_name(m)
            };
            let def = Some(ts.method(m).def);
            let (params, results) = wasm_sig(ts, m);
            let body = graph.bodies.get(&m).cloned().unwrap_or_else(|| {
                Body::Stub(Unsupported::new(codes::CALL, "internal compiler error: a method node without a body"))
            });
            let job = match body {
                Body::Ir(f) => Job::Ir { f, itself: Some(Symbol::Method(m)) },
                Body::HostImport { import } => Job::HostImport { import, params, results },
                Body::Forward(target) => Job::Forward { target: Symbol::Method(target), params, results },
                Body::Stub(reason) => Job::Stub { itself: Symbol::Method(m), params, results, reason },
                Body::NullThis(throw) => Job::NullThis { throw: Symbol::Method(throw), params, results },
            };
            (job, Info { name, method: Some(m), def, stub: None })
        }
        Node::PassOne(m) => {
            let name = format!("{} (pass one)", ts.method_name(m));
            let f = graph.pass_one.get(&m).cloned().ok_or_else(|| {
                DriverError::Internal(format!("{name}: marked, but its method's import did not make it"))
            })?;
            (Job::Ir { f, itself: Some(Symbol::PassOne(m)) }, Info { name, method: None, def: None, stub: None })
        }
        other => return Err(DriverError::Internal(format!("{other:?} is not code"))),
    })
}

/// Generates one function; an IR function that fails to verify or structure becomes a stub with the reason.
fn generate(
    job: &Job,
    ctx: &Context,
    inliner: &inline::Inliner,
    implementations: &devirtualize::Implementations,
) -> Result<(Code, Option<Unsupported>), DriverError> {
    Ok(match job {
        Job::Ir { f, itself } => {
            let method = match itself {
                Some(Symbol::Method(m)) => Some(*m),
                _ => None,
            };
            // The entry (the one function without a symbol of its own) reports what nothing caught.
            let unhandled = itself.is_none().then_some(ctx.unhandled);
            match (optimize(f, method, ctx, inliner, implementations).and_then(|f| lower(&f, ctx, unhandled)), itself) {
                (Ok(code), _) => (code, None),
                (Err(reason), Some(itself)) => {
                    let (params, results) = codegen::signature(&f.params, f.result);
                    (codegen::unsupported_stub(*itself, params, results), Some(reason))
                }
                (Err(reason), None) => return Err(DriverError::Internal(format!("{}: {}", f.name, reason.reason))),
            }
        }
        Job::HostImport { import, params, results } => {
            (codegen::forward(Symbol::Host(*import), params.clone(), results.clone(), true), None)
        }
        Job::Forward { target, params, results } => {
            (codegen::forward(*target, params.clone(), results.clone(), false), None)
        }
        Job::Unboxing { target, params, results } => {
            (codegen::unboxing_stub(*target, params.clone(), results.clone()), None)
        }
        Job::NullThis { throw, params, results } => (codegen::null_this(*throw, params.clone(), results.clone()), None),
        Job::Stub { itself, params, results, reason } => {
            (codegen::unsupported_stub(*itself, params.clone(), results.clone()), Some(reason.clone()))
        }
    })
}

/// The IR passes between import and code generation: the checks a method catches itself (`checkcatch`), dispatching
/// calls the constructed types answer (`devirtualize`), inlining,
/// then the check-removing passes and dead code. The
/// imported IR is verified first, so the passes only ever see well-formed IR (and `lower` verifies their output).
fn optimize(
    f: &ir::Function,
    method: Option<MethodId>,
    ctx: &Context,
    inliner: &inline::Inliner,
    implementations: &devirtualize::Implementations,
) -> Result<ir::Function, Unsupported> {
    verify::verify(f).map_err(internal_error)?;
    // Checks a method catches itself are rewritten before inlining, which would copy in the handler frame's calls
    // (`checkcatch` drops the frame by dropping them), and after the passes that remove checks.
    let caught_checks = f.regions.is_some().then(|| {
        let mut g = f.clone();
        nullcheck::remove_redundant(&mut g, &ctx.never_null);
        boundscheck::remove_redundant(&mut g);
        crate::checkcatch::apply(&mut g);
        g
    });
    let f = caught_checks.as_ref().unwrap_or(f);
    // Calls the constructed types answer become direct calls first, so that their callees can be inlined.
    let inlinable = |callee: Symbol| inliner.is_candidate(callee);
    let devirtualized = devirtualize::devirtualized(f, implementations, &inlinable);
    let f = devirtualized.as_ref().unwrap_or(f);
    // The entry (the function without a method) runs once: nothing is inlined into it, so that Main keeps its
    // frame (an unhandled exception's report lists it, as CoreCLR's does).
    let is_entry = method.is_none() && f.frame_param.is_none();
    let inlined = if is_entry { None } else { inliner.inline_into(f, method) };
    // A second round takes the calls the first copied in (`Same<int>` inlined brings its call to
    // `GenericEqualityComparer<int>.Equals`, itself inlinable only once its own callee is in), devirtualized too.
    let inlined = inlined.map(|mut g| {
        devirtualize::apply(&mut g, implementations, &inlinable);
        inliner.inline_into(&g, method).unwrap_or(g)
    });
    let mut f = inlined.unwrap_or_else(|| f.clone());
    nullcheck::remove_redundant(&mut f, &ctx.never_null);
    boundscheck::remove_redundant(&mut f);
    simplify::simplify(&mut f);
    deadcode::remove(&mut f);
    if ctx.gc_spills {
        crate::barrier::remove_unneeded(&mut f, &ctx.never_null);
        crate::spill::insert(&mut f);
        crate::spill::zero_whole_frame(&mut f);
    } else {
        crate::barrier::remove_all(&mut f);
    }
    Ok(f)
}

fn internal_error(what: String) -> Unsupported {
    Unsupported::new(codes::INVALID_IL, format!("internal compiler error: {what}"))
}

/// Verifies, structures and generates code for an imported function.
/// With `unhandled`, the function catches every managed exception and passes it to that runtime method.
pub fn lower(ir: &ir::Function, ctx: &Context, unhandled: Option<Symbol>) -> Result<Code, Unsupported> {
    verify::verify(ir).map_err(internal_error)?;
    let cfg = structure::Cfg {
        entry: structure::BlockId(0),
        blocks: ir
            .blocks
            .iter()
            .map(|b| match &b.terminator {
                Terminator::Goto(t) => structure::Terminator::Goto(structure::BlockId(t.0)),
                Terminator::Branch { then, otherwise, .. } => structure::Terminator::Branch {
                    then: structure::BlockId(then.0),
                    otherwise: structure::BlockId(otherwise.0),
                },
                Terminator::Switch { targets, default, .. } => structure::Terminator::Switch {
                    targets: targets.iter().map(|t| structure::BlockId(t.0)).collect(),
                    default: structure::BlockId(default.0),
                },
                Terminator::Return(_) | Terminator::Throw(_) | Terminator::Unreachable | Terminator::Unwind(_) => {
                    structure::Terminator::Return
                }
            })
            .collect(),
    };
    let structure = |cfg: &structure::Cfg| structure::structure(cfg).map_err(|e| internal_error(e.to_string()));
    // With the legacy encoding, a landing pad whose unwinding blocks can be its `catch` block: the normal blocks
    // from the entry, and the unwinding ones from block 0, which in the `catch` never dispatches to the entry.
    let unwinding = match ctx.exceptions {
        codegen::ExceptionEncoding::Legacy => crate::landing::unwinding(ir),
        codegen::ExceptionEncoding::Exnref => None,
    };
    if let Some(unwinding) = unwinding
        && let Some(first) = unwinding.dispatch.first().map(|b| structure::BlockId(b.0))
    {
        let normal = structure(&structure::Cfg { entry: structure::BlockId(unwinding.entry.0), ..cfg.clone() })?;
        let mut caught = cfg;
        caught.blocks[0] = structure::Terminator::Switch {
            targets: std::iter::once(first).chain(unwinding.dispatch.iter().map(|t| structure::BlockId(t.0))).collect(),
            default: first,
        };
        let caught = structure(&caught)?;
        return Ok(codegen::emit(ir, &normal, Some(&caught), ctx, unhandled));
    }
    Ok(codegen::emit(ir, &structure(&cfg)?, None, ctx, unhandled))
}

/// The entry function: the runtime's start-up, Main's class constructor (when it runs before Main), then Main with
/// the host's arguments if it takes a `string[]`, then the runtime's `MainReturned` (ProcessExit handlers; the exit
/// code is an int Main's result or Environment.ExitCode), whose result it returns. Without a Main (roots given as methods) it
/// starts the runtime and returns 0. Marks what it needs, the roots included.
pub fn entry_function(
    ts: &mut TypeSystem,
    graph: &mut Graph,
    main: Option<MethodId>,
    id: NodeId,
) -> Result<ir::Function, Unsupported> {
    let mut regs = Vec::new();
    let mut insts = Vec::new();
    let reg = |regs: &mut Vec<Ty>, ty| {
        regs.push(ty);
        ir::Reg(regs.len() as u32 - 1)
    };
    let initialize = graph.runtime.helper(ts, Helper::Initialize)?;
    graph.mark(Node::Method(initialize), Some(id), "runtime start-up");
    insts.push(Inst::Call { dst: None, callee: Symbol::Method(initialize), args: Vec::new() });
    for root in graph.roots.clone() {
        graph.mark(Node::Method(root), Some(id), "root");
    }
    let Some(main) = main else {
        // Compiling roots, not a program: the entry only starts the runtime.
        let zero = reg(&mut regs, Ty::I32);
        insts.push(Inst::Const { dst: zero, value: Const::I32(0) });
        return Ok(single_block_function(regs, insts, zero));
    };
    let owner = ts.method(main).owner;
    if !ts.ty(owner).flags.is_before_field_init()
        && let Some(cctor) = ts.method_named(owner, ".cctor")?
    {
        graph.mark(Node::ClassInit(owner), Some(id), "Main's class constructor");
        let (flag, ty) = (Symbol::ClassInitFlag(owner), Symbol::MethodTable(owner));
        insts.push(Inst::InitClass { flag, cctor: Symbol::Method(cctor), ty });
    }
    let sig = abi::method_signature(ts, main)?;
    let mut args = Vec::new();
    for param in &sig.params {
        let abi::Param::Arg { .. } = param else {
            return Err(Unsupported::new(codes::CALL, "Main is an instance method or returns a struct"));
        };
        // Main(string[] args): the arguments the host was given, as the runtime reads them.
        let arguments = graph.runtime.helper(ts, Helper::MainArguments)?;
        graph.mark(Node::Method(arguments), Some(id), "Main's arguments");
        let array = reg(&mut regs, Ty::Ref);
        insts.push(Inst::Call { dst: Some(array), callee: Symbol::Method(arguments), args: vec![] });
        args.push(array);
    }
    graph.mark(Node::Method(main), Some(id), "Main");
    let result = sig.result().map(|t| reg(&mut regs, t));
    insts.push(Inst::Call { dst: result, callee: Symbol::Method(main), args });
    // The exit code: an int Main's result, else Environment.ExitCode; the runtime runs the ProcessExit handlers.
    let (value, returns_code) = match result {
        Some(r) if sig.result() == Some(Ty::I32) => (r, 1),
        _ => {
            let zero = reg(&mut regs, Ty::I32);
            insts.push(Inst::Const { dst: zero, value: Const::I32(0) });
            (zero, 0)
        }
    };
    let returned = graph.runtime.helper(ts, Helper::MainReturned)?;
    graph.mark(Node::Method(returned), Some(id), "Main returned");
    let flag = reg(&mut regs, Ty::I32);
    insts.push(Inst::Const { dst: flag, value: Const::I32(returns_code) });
    let code = reg(&mut regs, Ty::I32);
    insts.push(Inst::Call { dst: Some(code), callee: Symbol::Method(returned), args: vec![value, flag] });
    Ok(single_block_function(regs, insts, code))
}

/// The entry function's IR: one block returning `code`.
fn single_block_function(regs: Vec<Ty>, insts: Vec<Inst>, code: ir::Reg) -> ir::Function {
    let mut f = ir::Function::one_block(regs, insts, Terminator::Return(Some(code)));
    f.name = "<entry>".into();
    f.result_mem = Some(ir::MemType::I32);
    f
}
