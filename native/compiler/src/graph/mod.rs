//! The dependency graph (the model of ILC's `DependencyAnalysis`, ../shared/reference/ilc-dependency-analysis-notes.md):
//! everything the image contains is a node, marked from the roots with a reason. A node's dependencies are found
//! when it is marked — a method's by importing its IL, once — as static edges (`mark`) or conditional ones
//! (`when`: a virtual slot that is called and a type that is constructed together need that type's override).
//!
//! Marking is sequential and first-in first-out, so node numbering, and everything ordered by it, is the same at
//! any thread count. `map` writes what the graph holds and why.

mod node;

pub use node::Node;

use crate::abi::WasmSig;
use crate::env::{ImportEnv, Reason, Unsupported, codes};
use crate::ir::Function;
use crate::runtime::{Helper, Runtime};
use std::collections::{HashMap, VecDeque};
use wasmr2r_typesystem::{Kind, MethodId, TypeId, TypeSystem};

/// A node's number, in marking order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// Why a node is in the graph: the first node that needed it, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Why {
    pub from: Option<NodeId>,
    pub reason: Reason,
}

/// What a method node compiles to.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// Imported from IL.
    Ir(Box<Function>),
    /// Calls the host import of the same name (a `[DllImport("wasmr2r")]` of the runtime).
    HostImport { import: u32 },
    /// Forwards to the runtime's implementation of an internal call.
    Forward(MethodId),
    /// Outside what the compiler handles: raises NotSupportedException with the reason.
    Stub(Unsupported),
    /// An instance method of a class of which no object is ever created: it can only be called on null, so it
    /// calls the runtime's NullReferenceException helper (the method given).
    NullThis(MethodId),
}

/// The graph and the tables marking built beside it.
pub struct Graph {
    nodes: Vec<(Node, Why)>,
    index: HashMap<Node, NodeId>,
    queue: VecDeque<NodeId>,
    /// Conditional edges waiting for their condition: condition → (target, reason, the node that added the edge).
    waiting: HashMap<Node, Vec<(Node, Reason, NodeId)>>,
    pub strings: Vec<Vec<u16>>,
    string_index: HashMap<Vec<u16>, u32>,
    pub signatures: Vec<WasmSig>,
    signature_index: HashMap<WasmSig, u32>,
    /// Method bodies, by method.
    pub bodies: HashMap<MethodId, Body>,
    /// The pass-one functions of methods with catch or filter clauses, by method.
    pub pass_one: HashMap<MethodId, Box<Function>>,
    /// Constructed types, in marking order.
    pub constructed: Vec<TypeId>,
    /// Generic virtual method uses, in marking order.
    pub generic_virtuals: Vec<MethodId>,
    pub runtime: Runtime,
    /// The method the entry function calls.
    pub main: Option<MethodId>,
    /// Methods compiled as roots besides (or instead of) Main.
    pub roots: Vec<MethodId>,
    /// Bodies to import instead of the metadata's.
    pub replaced_bodies: Vec<crate::driver::ReplacedBody>,
    /// The entry function, built when the entry node is expanded.
    pub entry: Option<Function>,
    /// Nodes whose dependencies could not be found (a type that cannot be laid out...), and why.
    pub errors: Vec<(NodeId, Unsupported)>,
}

impl Graph {
    pub fn new(runtime: Runtime) -> Self {
        Graph {
            nodes: Vec::new(),
            index: HashMap::new(),
            queue: VecDeque::new(),
            waiting: HashMap::new(),
            strings: Vec::new(),
            string_index: HashMap::new(),
            signatures: Vec::new(),
            signature_index: HashMap::new(),
            bodies: HashMap::new(),
            pass_one: HashMap::new(),
            constructed: Vec::new(),
            generic_virtuals: Vec::new(),
            runtime,
            main: None,
            roots: Vec::new(),
            replaced_bodies: Vec::new(),
            entry: None,
            errors: Vec::new(),
        }
    }

    pub fn nodes(&self) -> impl Iterator<Item = (NodeId, Node, Why)> + '_ {
        self.nodes.iter().enumerate().map(|(i, (n, w))| (NodeId(i as u32), *n, *w))
    }

    pub fn node(&self, id: NodeId) -> (Node, Why) {
        self.nodes[id.0 as usize]
    }

    pub fn id(&self, node: Node) -> Option<NodeId> {
        self.index.get(&node).copied()
    }

    pub fn is_marked(&self, node: Node) -> bool {
        self.index.contains_key(&node)
    }

    /// Marks `node` (once), needed by `from` for `reason`.
    pub fn mark(&mut self, node: Node, from: Option<NodeId>, reason: Reason) -> NodeId {
        if let Some(id) = self.index.get(&node) {
            return *id;
        }
        let id = NodeId(self.nodes.len() as u32);
        self.nodes.push((node, Why { from, reason }));
        self.index.insert(node, id);
        self.queue.push_back(id);
        if let Some(waiting) = self.waiting.remove(&node) {
            for (target, reason, source) in waiting {
                self.mark(target, Some(source), reason);
            }
        }
        id
    }

    /// A conditional edge: `target` is needed once `condition` is, because of `source`.
    pub fn when(&mut self, condition: Node, target: Node, reason: Reason, source: NodeId) {
        if self.is_marked(condition) {
            self.mark(target, Some(source), reason);
        } else {
            self.waiting.entry(condition).or_default().push((target, reason, source));
        }
    }

    pub fn string_literal(&mut self, text: &[u16]) -> u32 {
        if let Some(i) = self.string_index.get(text) {
            return *i;
        }
        let i = self.strings.len() as u32;
        self.strings.push(text.to_vec());
        self.string_index.insert(text.to_vec(), i);
        i
    }

    pub fn signature(&mut self, sig: WasmSig) -> u32 {
        if let Some(i) = self.signature_index.get(&sig) {
            return *i;
        }
        let i = self.signatures.len() as u32;
        self.signatures.push(sig.clone());
        self.signature_index.insert(sig, i);
        i
    }

    /// The string literal of a text, marked.
    pub fn mark_string(&mut self, text: &str, from: NodeId, reason: Reason) -> u32 {
        let units: Vec<u16> = text.encode_utf16().collect();
        let i = self.string_literal(&units);
        self.mark(Node::String(i), Some(from), reason);
        i
    }

    /// Marks from the roots until nothing is left; `expand` finds each node's dependencies.
    pub fn run(&mut self, ts: &mut TypeSystem, cancelled: &dyn Fn() -> bool) -> Result<(), Cancelled> {
        while let Some(id) = self.queue.pop_front() {
            if cancelled() {
                return Err(Cancelled);
            }
            self.expand(ts, id);
        }
        Ok(())
    }
}

/// The build was cancelled while marking.
#[derive(Debug)]
pub struct Cancelled;

/// The importer's view of the graph while it imports the method of node `source`.
struct ImportDeps<'g> {
    graph: &'g mut Graph,
    source: NodeId,
}

impl ImportEnv for ImportDeps<'_> {
    fn depend(&mut self, node: Node, reason: Reason) {
        self.graph.mark(node, Some(self.source), reason);
    }

    fn string_literal(&mut self, text: &[u16]) -> u32 {
        self.graph.string_literal(text)
    }

    fn signature(&mut self, sig: WasmSig) -> u32 {
        self.graph.signature(sig)
    }

    fn helper(&mut self, ts: &mut TypeSystem, helper: Helper) -> Result<MethodId, Unsupported> {
        self.graph.runtime.helper(ts, helper)
    }

    fn internal_call(&mut self, ts: &mut TypeSystem, method: MethodId) -> Result<Option<MethodId>, Unsupported> {
        internal_call_target(ts, &self.graph.runtime, method)
    }

    fn runtime_assembly(&self) -> Option<u32> {
        Some(self.graph.runtime.assembly)
    }
}

/// The type `def` is nested in, as `Type.DeclaringType` gives it: the enclosing TypeDef, a generic one as its
/// bare definition (`typeof(List<int>.Enumerator).DeclaringType == typeof(List<>)`, CoreCLR's answer too).
pub fn declaring_type(ts: &mut TypeSystem, def: wasmr2r_typesystem::TypeDefId) -> Result<Option<TypeId>, Unsupported> {
    let Some(enclosing) = ts.world.enclosing_type(def)? else { return Ok(None) };
    Ok(Some(ts.def_type(enclosing)?))
}

/// The open generic type definition of instantiation `t` (``List`1`` for `List<int>`): the bare TypeDef, which is
/// what `typeof(List<>)` loads, so that the two are the same type object. None for a type that is not generic.
pub fn generic_type_definition(ts: &mut TypeSystem, t: TypeId) -> Result<Option<TypeId>, Unsupported> {
    let data = ts.ty(t);
    match data.def {
        Some(def) if !data.args.is_empty() => Ok(Some(ts.def_type(def)?)),
        _ => Ok(None),
    }
}

/// The name a type object gives as `ToString()` (what its MethodTable's name is): the canonical name, with a bare
/// generic definition's parameters named as CoreCLR names them (``System.Collections.Generic.List`1[T]``).
pub fn runtime_type_name(ts: &TypeSystem, t: TypeId) -> String {
    let mut name = ts.type_name(t);
    let data = ts.ty(t);
    if let (Some(def), true) = (data.def, data.args.is_empty()) {
        let a = ts.world.assembly(def.assembly);
        let params: Vec<String> = a
            .generic_params_of(def.token())
            .map(|rows| {
                rows.into_iter()
                    .filter_map(|rid| a.row::<wasmr2r_metadata::GenericParamRow>(rid).ok())
                    .map(|row| a.string(row.name).map(|n| n.into_owned()).unwrap_or_default())
                    .collect()
            })
            .unwrap_or_default();
        if !params.is_empty() {
            name = format!("{name}[{}]", params.join(","));
        }
    }
    name
}

/// Each assembly's display name ("Name, Version=a.b.c.d, Culture=neutral, PublicKeyToken=..."), in `World` order.
pub fn assembly_display_names(ts: &TypeSystem) -> Vec<String> {
    (0..ts.world.len())
        .map(|i| ts.world.assembly(i).identity().ok().flatten().map(|id| id.display_name(true)).unwrap_or_default())
        .collect()
}

/// Whether attribute class `def` is inherited (`Type.IsDefined(…, inherit: true)` looks for it on base types): what
/// the first `[AttributeUsage]` on it or a base class says of `Inherited`, true when none does (the attribute's
/// default).
pub fn attribute_usage_inherited(ts: &TypeSystem, def: wasmr2r_typesystem::TypeDefId) -> Result<bool, Unsupported> {
    let mut class = Some(def);
    let mut depth = 0;
    while let Some(c) = class {
        if let Some(inherited) = ts.world.attribute_usage_inherited(c, ts.well_known.corelib)? {
            return Ok(inherited);
        }
        class = ts.world.base_type_def(c)?;
        depth += 1;
        if depth > 64 {
            return Err(Unsupported::new(codes::TYPE, "a class hierarchy deeper than 64 (a cycle?)"));
        }
    }
    Ok(true)
}

/// The class whose objects `m` needs to run, for an instance method of a class (not of a value type, whose
/// methods run on unboxed values, nor of an interface, nor of `string`, whose objects the runtime makes, nor of a
/// delegate with variant type parameters, whose objects may be another instantiation's: a `Func<Puppy>` is a
/// `Func<Animal>`); None otherwise.
fn needs_instance(ts: &TypeSystem, m: MethodId) -> Option<TypeId> {
    let data = ts.method(m);
    let owner = data.owner;
    (!data.flags.is_static()
        && matches!(ts.ty(owner).kind, Kind::Class)
        && owner != ts.well_known.string
        && !has_variance(ts, owner))
    .then_some(owner)
}

/// The runtime's implementation of internal call `method`: an `[Implements]` method whose Wasm signature matches;
/// for a runtime `[Calls]` declaration, the CoreLib method it names.
pub fn internal_call_target(
    ts: &mut TypeSystem,
    runtime: &Runtime,
    method: MethodId,
) -> Result<Option<MethodId>, Unsupported> {
    if ts.method(method).def.assembly == runtime.assembly {
        return runtime.call_target(ts, method);
    }
    let wanted = crate::abi::method_signature(ts, method)?.wasm();
    for candidate in runtime_candidates(ts, method, |ty, name| runtime.internal_call(ty, name).to_vec())? {
        if crate::abi::method_signature(ts, candidate)?.wasm() == wanted {
            return Ok(Some(candidate));
        }
    }
    Ok(None)
}

/// The runtime methods `defs` names for `method`'s owner type and name, with `method`'s instantiation (a generic
/// icall, rare, gets the same one).
fn runtime_candidates(
    ts: &mut TypeSystem,
    method: MethodId,
    defs: impl FnOnce(&str, &str) -> Vec<wasmr2r_typesystem::MethodDefId>,
) -> Result<Vec<MethodId>, Unsupported> {
    let data = ts.method(method).clone();
    let Some(owner_def) = ts.ty(data.owner).def else { return Ok(Vec::new()) };
    let owner_name = ts.world.type_def_name(owner_def);
    let mut candidates = Vec::new();
    for def in defs(&owner_name, &data.name) {
        let owner = ts.world.method_owner(def)?;
        let owner = ts.def_type(owner)?;
        candidates.push(ts.method_of(def, owner, &data.inst)?);
    }
    Ok(candidates)
}

/// The runtime's replacement of IL method `method`: a static `[Replaces]` method whose parameters are, type for
/// type, `method`'s (its `this` first, for an instance method) and whose return type is `method`'s. Replacements
/// are matched by CLI types, not Wasm signatures: CoreLib's `Interlocked.Exchange` for `byte` and for `ushort` are
/// both `(i32, i32) -> i32` in Wasm, and each must get its own.
fn replacement_target(
    ts: &mut TypeSystem,
    runtime: &Runtime,
    method: MethodId,
) -> Result<Option<MethodId>, Unsupported> {
    let owner = ts.method(method).owner;
    let sig = ts.method_sig(method)?;
    let mut wanted: Vec<TypeId> = Vec::with_capacity(sig.params.len() + 1);
    if sig.has_this() {
        wanted.push(owner);
    }
    wanted.extend(sig.params.iter().copied());
    for candidate in runtime_candidates(ts, method, |ty, name| runtime.replacement(ty, name).to_vec())? {
        let candidate_sig = ts.method_sig(candidate)?;
        if !candidate_sig.has_this() && candidate_sig.params == wanted && candidate_sig.ret == sig.ret {
            return Ok(Some(candidate));
        }
    }
    Ok(None)
}

impl Graph {
    /// Finds what node `id` needs.
    fn expand(&mut self, ts: &mut TypeSystem, id: NodeId) {
        let (node, _) = self.node(id);
        let result = match node {
            Node::Entry => self.expand_entry(ts, id),
            Node::Method(m) => self.expand_method(ts, m, id),
            Node::InstanceBody(m) => {
                let body = self.method_body(ts, m, id);
                self.install_body(m, body);
                Ok(())
            }
            Node::Instance(_) => Ok(()),
            // Imported with its method, whose import marked it.
            Node::PassOne(_) => Ok(()),
            Node::UnboxingStub(m) => {
                self.mark(Node::Method(m), Some(id), "unboxing stub target");
                Ok(())
            }
            Node::TypeHandle(t) => self.expand_type_handle(ts, t, id),
            Node::Constructed(t) => self.expand_constructed(ts, t, id),
            Node::GenericVirtual(decl) => self.expand_generic_virtual(ts, decl, id),
            Node::ClassInit(t) => match ts.method_named(t, ".cctor") {
                Ok(Some(cctor)) => {
                    self.mark(Node::Method(cctor), Some(id), "class constructor");
                    self.mark(Node::TypeHandle(t), Some(id), "a failed class constructor names its type");
                    Ok(())
                }
                Ok(None) => Ok(()),
                Err(e) => Err(Unsupported::from(e)),
            },
            Node::String(_) => {
                let string = ts.well_known.string;
                self.mark(Node::Constructed(string), Some(id), "string literal");
                Ok(())
            }
            Node::PreallocatedObject(t) => {
                self.mark(Node::Constructed(t), Some(id), "preallocated object");
                Ok(())
            }
            Node::Statics { ty, gc: true }
                if let Ok(Some(object)) = crate::import::comparers::preallocated_default(ts, ty) =>
            {
                self.mark(Node::PreallocatedObject(object), Some(id), "the default comparer, preallocated");
                Ok(())
            }
            Node::Statics { ty, gc: true } if ty == ts.well_known.string => {
                // String.Empty is the runtime's to set: the image holds it preinitialized.
                self.mark_string("", id, "String.Empty");
                Ok(())
            }
            Node::VirtualSlot(_)
            | Node::InterfaceMethod(_)
            | Node::VariantInterfaceMethod(_)
            | Node::Statics { .. }
            | Node::RvaData(_)
            | Node::Signature(_)
            | Node::GcRoots
            | Node::StringLiterals => Ok(()),
            Node::AssemblyNames => {
                for name in assembly_display_names(ts) {
                    let units: Vec<u16> = name.encode_utf16().collect();
                    let i = self.string_literal(&units);
                    self.mark(Node::String(i), Some(id), "assembly name");
                }
                Ok(())
            }
        };
        if let Err(reason) = result {
            self.errors.push((id, reason));
        }
    }

    fn expand_entry(&mut self, ts: &mut TypeSystem, id: NodeId) -> Result<(), Unsupported> {
        // The checks code generation emits call the throw helpers.
        for kind in crate::ir::ExceptionKind::ALL {
            let m = self.runtime.helper(ts, Helper::throw(kind))?;
            self.mark(Node::Method(m), Some(id), "throw helper of the explicit checks");
        }
        let report = self.runtime.helper(ts, Helper::ReportUnhandled)?;
        self.mark(Node::Method(report), Some(id), "the entry reports unhandled exceptions");
        let run = self.runtime.helper(ts, Helper::RunClassConstructor)?;
        self.mark(Node::Method(run), Some(id), "class constructor triggers call it");
        let entry = crate::driver::entry_function(ts, self, self.main, id)?;
        self.entry = Some(entry);
        Ok(())
    }

    /// A method's body, or, for an instance method of a class no object of which exists yet, a NullReferenceException
    /// until one may (ILC's scanner reasons the same way about types that are never allocated). CoreLib's
    /// reflection types (RuntimeMethodInfo, RuntimeFieldInfo, ...) are reached this way by code that tests an
    /// object's type before using it, and are never created in a program that does not use reflection.
    fn expand_method(&mut self, ts: &mut TypeSystem, m: MethodId, id: NodeId) -> Result<(), Unsupported> {
        if let Some(owner) = needs_instance(ts, m)
            && !self.is_marked(Node::Instance(owner))
        {
            let throw = self.runtime.helper(ts, Helper::ThrowNullReference)?;
            self.mark(Node::Method(throw), Some(id), "an instance method without an instance raises it");
            self.bodies.insert(m, Body::NullThis(throw));
            self.when(Node::Instance(owner), Node::InstanceBody(m), "an instance of its class may exist", id);
            return Ok(());
        }
        let body = self.method_body(ts, m, id);
        self.install_body(m, body);
        Ok(())
    }

    fn install_body(&mut self, m: MethodId, mut body: Body) {
        if let Body::Ir(f) = &mut body
            && let Some(pass_one) = f.pass_one.take()
        {
            self.pass_one.insert(m, pass_one);
        }
        self.bodies.insert(m, body);
    }

    /// Decides what method `m` compiles to, importing its IL if it has some.
    fn method_body(&mut self, ts: &mut TypeSystem, m: MethodId, id: NodeId) -> Body {
        let data = ts.method(m).clone();
        if data.generic_params > 0 && data.inst.is_empty() {
            return Body::Stub(Unsupported::new(codes::CALL, "a generic method definition without type arguments"));
        }
        if ts.ty(data.owner).args.iter().any(|a| matches!(ts.ty(*a).kind, Kind::GenericParam)) {
            return Body::Stub(Unsupported::new(codes::TYPE, "a method of an open generic type"));
        }
        if data.flags.is_pinvoke() {
            return self.pinvoke(ts, m);
        }
        if data.impl_flags.is_internal_call() && data.rva == 0 {
            return match internal_call_target(ts, &self.runtime, m) {
                Ok(Some(target)) => {
                    self.mark(Node::Method(target), Some(id), "internal call implementation");
                    Body::Forward(target)
                }
                Ok(None) => Body::Stub(Unsupported::new(
                    codes::NO_BODY,
                    format!("internal call {} is not implemented by the runtime", ts.method_name(m)),
                )),
                Err(e) => Body::Stub(e),
            };
        }
        if let Some((kind, name)) = crate::import::accessor::accessor(ts, m) {
            let mut deps = ImportDeps { graph: self, source: id };
            return match crate::import::accessor::import(ts, &mut deps, m, kind, &name) {
                Ok(f) => Body::Ir(Box::new(f)),
                Err(reason) => Body::Stub(reason),
            };
        }
        if data.impl_flags.is_runtime() {
            if !crate::import::delegates::is_invoke(ts, m) {
                return Body::Stub(Unsupported::new(
                    codes::NO_BODY,
                    "a runtime-provided method other than a delegate's Invoke (BeginInvoke and EndInvoke are not \
                     supported on this platform)",
                ));
            }
            let mut deps = ImportDeps { graph: self, source: id };
            return match crate::import::delegates::invoke(ts, &mut deps, m) {
                Ok(f) => Body::Ir(Box::new(f)),
                Err(reason) => Body::Stub(reason),
            };
        }
        if let Some(factory) = crate::import::comparers::factory_of(ts, m) {
            let mut deps = ImportDeps { graph: self, source: id };
            return match crate::import::comparers::factory_body(ts, &mut deps, m, factory) {
                Ok(f) => Body::Ir(Box::new(f)),
                Err(reason) => Body::Stub(reason),
            };
        }
        // A CoreLib method whose IL needs what this runtime does not have (reflection) may be replaced by the
        // runtime's `[Replaces]` method of the same Wasm signature.
        if self.runtime.replaces_name(&data.name)
            && let Ok(Some(target)) = replacement_target(ts, &self.runtime, m)
        {
            self.mark(Node::Method(target), Some(id), "the runtime's replacement");
            return Body::Forward(target);
        }
        if let Some(replaced) = self.replaced_bodies.iter().find(|r| r.method == data.def).cloned() {
            return self.import_replaced(ts, m, id, replaced);
        }
        if data.rva == 0 {
            return Body::Stub(Unsupported::new(codes::NO_BODY, "the method has no IL body (abstract, or extern)"));
        }
        let mut deps = ImportDeps { graph: self, source: id };
        match crate::import::import(ts, &mut deps, m) {
            Ok(f) => Body::Ir(Box::new(f)),
            Err(reason) => Body::Stub(reason),
        }
    }

    /// Imports a body the caller gave instead of the metadata's.
    fn import_replaced(
        &mut self,
        ts: &mut TypeSystem,
        m: MethodId,
        id: NodeId,
        replaced: crate::driver::ReplacedBody,
    ) -> Body {
        let pinned_locals = match &replaced.locals {
            None => Vec::new(),
            Some(blob) => {
                let mut reader = wasmr2r_metadata::bytes::ByteReader::new(blob, 0, "replaced locals signature");
                match wasmr2r_metadata::signature::pinned_locals(&mut reader) {
                    Ok(p) => p,
                    Err(e) => return Body::Stub(Unsupported::new(crate::env::codes::METADATA, e.to_string())),
                }
            }
        };
        let locals = match &replaced.locals {
            None => Vec::new(),
            Some(blob) => {
                let args = ts.ty(ts.method(m).owner).args.clone();
                let inst = ts.method(m).inst.clone();
                let ctx = wasmr2r_typesystem::GenericContext::new(&args, &inst);
                let mut reader = wasmr2r_metadata::bytes::ByteReader::new(blob, 0, "replaced locals signature");
                match ts.decode_locals(ts.method(m).def.assembly, &mut reader, &ctx) {
                    Ok(l) => l,
                    Err(e) => return Body::Stub(Unsupported::from(e)),
                }
            }
        };
        let body = crate::import::ImportBody {
            code: &replaced.code,
            code_offset: 0,
            locals,
            pinned_locals,
            init_locals: true,
            clauses: replaced.clauses.clone(),
        };
        let mut deps = ImportDeps { graph: self, source: id };
        match crate::import::import_body(ts, &mut deps, m, body) {
            Ok(f) => Body::Ir(Box::new(f)),
            Err(reason) => Body::Stub(reason),
        }
    }

    /// A P/Invoke: into the host when the runtime declares one of its imports (`[DllImport("wasmr2r")]`).
    fn pinvoke(&mut self, ts: &mut TypeSystem, m: MethodId) -> Body {
        let data = ts.method(m).clone();
        let a = ts.world.assembly(data.def.assembly);
        let import = a
            .rows_referring_to(wasmr2r_metadata::TableId::ImplMap, 1, data.def.token())
            .ok()
            .and_then(|rows| (rows.start < rows.end).then_some(rows.start))
            .and_then(|rid| a.row::<wasmr2r_metadata::ImplMapRow>(rid).ok());
        let Some(row) = import else {
            return Body::Stub(Unsupported::new(codes::NO_BODY, "a P/Invoke without an ImplMap row"));
        };
        let module = a
            .row::<wasmr2r_metadata::ModuleRefRow>(row.import_scope)
            .and_then(|r| a.string(r.name).map(|n| n.into_owned()))
            .unwrap_or_default();
        let entry = a.string(row.import_name).map(|n| n.into_owned()).unwrap_or_default();
        if data.def.assembly != self.runtime.assembly || module != "wasmr2r" {
            // A framework P/Invoke the runtime implements: `[Implements("<module>", "<entry point>")]`.
            let wanted = match crate::abi::method_signature(ts, m) {
                Ok(s) => s.wasm(),
                Err(e) => return Body::Stub(e),
            };
            for def in self.runtime.internal_call(&module, &entry).to_vec() {
                let Ok(owner) = ts.world.method_owner(def).and_then(|o| ts.def_type(o)) else { continue };
                let Ok(candidate) = ts.method_def_on(def, owner) else { continue };
                if crate::abi::method_signature(ts, candidate).is_ok_and(|s| s.wasm() == wanted) {
                    self.mark(Node::Method(candidate), self.id(Node::Method(m)), "P/Invoke implementation");
                    return Body::Forward(candidate);
                }
            }
            return Body::Stub(Unsupported::new(
                codes::NO_BODY,
                format!("P/Invoke {module}!{entry} is not implemented by the runtime"),
            ));
        }
        let Some(index) = wasmr2r_image::envelope::HOST_FUNCTIONS.iter().position(|(name, _, _)| *name == entry) else {
            return Body::Stub(Unsupported::new(codes::NO_BODY, format!("the host has no import '{entry}'")));
        };
        let (_, params, results) = wasmr2r_image::envelope::HOST_FUNCTIONS[index];
        let sig = match crate::abi::method_signature(ts, m) {
            Ok(s) => s.wasm(),
            Err(e) => return Body::Stub(e),
        };
        if sig.params[1..] != *params || sig.results != *results {
            return Body::Stub(Unsupported::new(
                codes::NO_BODY,
                format!("the runtime declares host import '{entry}' with another signature than the host's"),
            ));
        }
        Body::HostImport { import: index as u32 }
    }

    /// What a MethodTable's reflection record (`mt::REFLECTION`) names: the MethodTables of its TypeDef's custom
    /// attribute types while the runtime's `Type.IsDefined` is in the image, and an enum's member names while its
    /// `GetEnumValuesAndNames` is.
    fn expand_reflection(&mut self, ts: &mut TypeSystem, t: TypeId, id: NodeId) -> Result<(), Unsupported> {
        let Some(def) = ts.ty(t).def else { return Ok(()) };
        let query = self.runtime.helper(ts, Helper::CustomAttributeQuery)?;
        for attribute in ts.world.attribute_types(def.assembly, def.token())? {
            let attribute = ts.def_type(attribute)?;
            self.when(Node::Method(query), Node::TypeHandle(attribute), "custom attribute of the type", id);
        }
        if let Some(declaring) = declaring_type(ts, def)? {
            let helper = self.runtime.helper(ts, Helper::DeclaringType)?;
            self.when(Node::Method(helper), Node::TypeHandle(declaring), "declaring type of a nested type", id);
        }
        if let Some(definition) = generic_type_definition(ts, t)?.filter(|d| *d != t) {
            let helper = self.runtime.helper(ts, Helper::GenericTypeDefinition)?;
            self.when(Node::Method(helper), Node::TypeHandle(definition), "generic type definition", id);
        }
        if matches!(ts.ty(t).kind, Kind::Enum(_)) {
            let boxer = self.runtime.helper(ts, Helper::BoxByHandle)?;
            self.when(Node::Method(boxer), Node::Constructed(t), "enums boxed by RuntimeHelpers.Box", id);
            let literals = self.runtime.helper(ts, Helper::EnumLiterals)?;
            for (field, _) in ts.world.literal_fields(def)? {
                let units: Vec<u16> = ts.world.field_def_name(field).encode_utf16().collect();
                let name = self.string_literal(&units);
                self.when(Node::Method(literals), Node::String(name), "enum member name", id);
            }
        }
        Ok(())
    }

    /// A MethodTable needs its parent's, its element type's, its interfaces' and its generic arguments', and its
    /// name.
    fn expand_type_handle(&mut self, ts: &mut TypeSystem, t: TypeId, id: NodeId) -> Result<(), Unsupported> {
        if let Some(parent) = ts.base_type(t)? {
            self.mark(Node::TypeHandle(parent), Some(id), "parent type");
        }
        let data = ts.ty(t).clone();
        let element = match data.kind {
            Kind::SzArray(e) | Kind::Array(e, _) | Kind::Pointer(e) | Kind::ByRef(e) => Some(e),
            Kind::Enum(p) => Some(ts.primitive(p)),
            _ => ts.nullable_argument(t),
        };
        if let Some(e) = element {
            self.mark(Node::TypeHandle(e), Some(id), "element type");
        }
        let closed = !ts.is_open(t);
        if closed
            && matches!(
                data.kind,
                Kind::Enum(_) | Kind::Primitive(_) | Kind::ValueType | Kind::Class | Kind::Interface | Kind::SzArray(_)
            )
        {
            for iface in ts.interfaces(t)?.iter() {
                self.mark(Node::TypeHandle(*iface), Some(id), "implemented interface");
            }
        }
        for arg in data.args.iter() {
            if closed && !matches!(ts.ty(*arg).kind, Kind::GenericParam | Kind::Pointer(_) | Kind::FnPtr) {
                self.mark(Node::TypeHandle(*arg), Some(id), "generic argument");
            }
        }
        self.expand_reflection(ts, t, id)?;
        if let wasmr2r_typesystem::TypeKey::FnPtr(sig) = &data.key {
            for part in std::iter::once(sig.ret).chain(sig.params.iter().copied()) {
                self.mark(Node::TypeHandle(part), Some(id), "function pointer signature");
            }
        }
        let name = runtime_type_name(ts, t);
        self.mark_string(&name, id, "type name");
        Ok(())
    }

    /// A constructed type's vtable slots and interface methods are compiled when they are called.
    fn expand_constructed(&mut self, ts: &mut TypeSystem, t: TypeId, id: NodeId) -> Result<(), Unsupported> {
        self.mark(Node::TypeHandle(t), Some(id), "constructed type");
        let mut class = Some(t);
        while let Some(c) = class {
            self.mark(Node::Instance(c), Some(id), "a constructed type derives from it");
            class = ts.base_type(c)?;
        }
        self.constructed.push(t);
        // The runtime boxes array elements (Array.Copy into object[], Array.GetValue) of any array it is given.
        if let Kind::SzArray(element) | Kind::Array(element, _) = ts.ty(t).kind
            && ts.ty(element).is_value_type()
            && !ts.is_open(element)
        {
            let boxed = ts.nullable_argument(element).unwrap_or(element);
            let boxer = self.runtime.helper(ts, Helper::BoxArrayElement)?;
            self.when(Node::Method(boxer), Node::Constructed(boxed), "array elements boxed by the runtime", id);
        }
        // ValueType.Equals boxes struct fields: their types need vtables too.
        if matches!(ts.ty(t).kind, Kind::ValueType) && ts.nullable_argument(t).is_none() && !ts.is_open(t) {
            let boxer = self.runtime.helper(ts, Helper::BoxStructField)?;
            for field in ts.instance_layout(t)?.fields.clone() {
                if matches!(ts.ty(field.ty).kind, Kind::ValueType) && !ts.is_open(field.ty) {
                    // The field map names the field's type; a Nullable<T> field boxes as a T.
                    let reason = "struct field boxed by ValueType.Equals";
                    self.when(Node::Method(boxer), Node::TypeHandle(field.ty), reason, id);
                    let boxed = ts.nullable_argument(field.ty).unwrap_or(field.ty);
                    self.when(Node::Method(boxer), Node::Constructed(boxed), reason, id);
                }
            }
        }
        let boxed = ts.ty(t).is_value_type();
        let vtable = ts.vtable(t)?;
        for slot in &vtable.slots {
            if ts.method(slot.imp).generic_params > 0 || ts.method(slot.imp).flags.is_abstract() {
                continue;
            }
            let target = implementation_node(ts, slot.imp, boxed);
            self.when(Node::VirtualSlot(slot.decl), target, "virtual slot called, type constructed", id);
        }
        for iface in ts.interfaces(t)?.iter().copied() {
            let variant = has_variance(ts, iface);
            for method in ts.interface_methods(iface)?.iter().copied() {
                if ts.method(method).generic_params > 0 {
                    continue;
                }
                let Some(imp) = resolve_interface(ts, t, method)? else { continue };
                let condition = if variant {
                    Node::VariantInterfaceMethod(ts.method(method).def)
                } else {
                    Node::InterfaceMethod(method)
                };
                let target = implementation_node(ts, imp, boxed);
                self.when(condition, target, "interface method called, type constructed", id);
            }
        }
        for decl in self.generic_virtuals.clone() {
            self.generic_virtual_target(ts, decl, t, id)?;
        }
        Ok(())
    }

    fn expand_generic_virtual(&mut self, ts: &mut TypeSystem, decl: MethodId, id: NodeId) -> Result<(), Unsupported> {
        self.generic_virtuals.push(decl);
        for t in self.constructed.clone() {
            self.generic_virtual_target(ts, decl, t, id)?;
        }
        Ok(())
    }

    /// Marks what constructed type `t` runs for generic virtual method instantiation `decl`, if it has one.
    fn generic_virtual_target(
        &mut self,
        ts: &mut TypeSystem,
        decl: MethodId,
        t: TypeId,
        id: NodeId,
    ) -> Result<(), Unsupported> {
        if let Some(imp) = generic_virtual_implementation(ts, decl, t)? {
            let boxed = ts.ty(t).is_value_type();
            let target = implementation_node(ts, imp, boxed);
            self.mark(target, Some(id), "generic virtual method called, type constructed");
        }
        Ok(())
    }
}

/// `System.Object.Finalize` and its vtable slot.
pub fn object_finalize(ts: &mut TypeSystem) -> Result<Option<(MethodId, u32)>, Unsupported> {
    let Some(finalize) = ts.method_named(ts.well_known.object, "Finalize")? else { return Ok(None) };
    Ok(Some((finalize, ts.slot_of(finalize)?)))
}

/// The finalizer of `t`'s instances: the override in its vtable's `Object.Finalize` slot (none for Object's own).
pub fn finalizer_of(ts: &mut TypeSystem, t: TypeId) -> Result<Option<MethodId>, Unsupported> {
    if !matches!(ts.ty(t).kind, Kind::Class) || ts.is_open(t) {
        return Ok(None);
    }
    let Some((finalize, slot)) = object_finalize(ts)? else { return Ok(None) };
    let imp = ts.vtable(t)?.slots.get(slot as usize).map(|s| s.imp);
    Ok(imp.filter(|m| *m != finalize))
}

/// What a vtable or dispatch entry of a (boxed, for value types) type calls: the method, or its unboxing stub when
/// the method is a value type's own.
pub fn implementation_node(ts: &TypeSystem, imp: MethodId, boxed: bool) -> Node {
    if boxed && ts.ty(ts.method(imp).owner).is_value_type() { Node::UnboxingStub(imp) } else { Node::Method(imp) }
}

/// The implementation of interface method `method` for type `t` (arrays use System.Array's generic helpers).
pub fn resolve_interface(ts: &mut TypeSystem, t: TypeId, method: MethodId) -> Result<Option<MethodId>, Unsupported> {
    if let Kind::SzArray(element) = ts.ty(t).kind {
        // The generic collection interfaces; the non-generic ones (`IList`, `ICollection`, `IEnumerable`) are
        // System.Array's own explicit implementations, whose names the generic helpers share.
        let owner = ts.method(method).owner;
        if ts.ty(owner).args.is_empty() {
            let array = ts.well_known.array;
            return Ok(ts.resolve_interface_method(array, method)?);
        }
        return array_interface_method(ts, element, method);
    }
    Ok(ts.resolve_interface_method(t, method)?)
}

/// Mono's arrays implement `IList<T>` & co. through generic methods of System.Array named
/// `InternalArray__<Interface>_<Method>` (or `InternalArray__<Method>` for `IList<T>`), instantiated with the element type.
fn array_interface_method(
    ts: &mut TypeSystem,
    element: TypeId,
    method: MethodId,
) -> Result<Option<MethodId>, Unsupported> {
    let data = ts.method(method).clone();
    let Some(owner_def) = ts.ty(data.owner).def else { return Ok(None) };
    let owner_name = ts.world.type_def_name(owner_def);
    let short = owner_name.rsplit('.').next().unwrap_or(&owner_name).split('`').next().unwrap_or("").to_owned();
    let array = ts.well_known.array;
    let candidates = [format!("InternalArray__{short}_{}", data.name), format!("InternalArray__{}", data.name)];
    // Most helpers are generic in the element type; those that do not need it (`ICollection<T>.Count`,
    // `IsReadOnly`, `Clear`, `IList<T>.RemoveAt`, `IReadOnlyCollection<T>.Count`) are not.
    for name in candidates {
        if let Some(m) = ts.method_named(array, &name)? {
            match ts.method(m).generic_params {
                0 => return Ok(Some(m)),
                1 => return Ok(Some(ts.instantiate_method(m, &[element])?)),
                _ => {}
            }
        }
    }
    Ok(None)
}

/// The override `t` runs for generic virtual method instantiation `decl` (None when `t` is not a subtype of its
/// declaring type).
pub fn generic_virtual_implementation(
    ts: &mut TypeSystem,
    decl: MethodId,
    t: TypeId,
) -> Result<Option<MethodId>, Unsupported> {
    let owner = ts.method(decl).owner;
    let applies = if matches!(ts.ty(owner).kind, Kind::Interface) {
        ts.interfaces(t)?.contains(&owner)
    } else {
        let mut current = Some(t);
        let mut found = false;
        while let Some(c) = current {
            if c == owner {
                found = true;
                break;
            }
            current = ts.base_type(c)?;
        }
        found
    };
    if !applies {
        return Ok(None);
    }
    Ok(ts.resolve_virtual(t, decl)?)
}

/// Whether an interface or delegate has co- or contravariant parameters.
pub fn has_variance(ts: &TypeSystem, iface: TypeId) -> bool {
    let Some(def) = ts.ty(iface).def else { return false };
    let a = ts.world.assembly(def.assembly);
    a.generic_params_of(def.token()).is_ok_and(|rows| {
        rows.into_iter().any(|rid| a.row::<wasmr2r_metadata::GenericParamRow>(rid).is_ok_and(|p| p.flags & 0x3 != 0))
    })
}
