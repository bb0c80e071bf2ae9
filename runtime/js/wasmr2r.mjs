// The WasmR2R loader: instantiates an R2R-Wasm image (docs/format.md) in Node >= 20 or a browser, installs
// its payload and functions, applies its base relocations once, finds the entry point through the R2R tables
// (not through a Wasm export) and runs it on a fresh shadow stack.

const PAGE = 65536;
// Low memory is never handed out: a null pointer dereference reads zeros there (Wasm does not trap on 0).
const NULL_GUARD = 4096;
const STACK_SIZE = 1 << 20;

/**
 * The C library's math functions Mono's `Math`/`MathF` internal calls are, as host imports. JavaScript's `Math.pow`
 * differs from C's `pow` (and .NET's `Math.Pow`) where C defines a result for a NaN or infinite operand:
 * `pow(1, y)` and `pow(x, ±0)` are 1, and so is `pow(-1, ±Infinity)`.
 */
const MATH = {
  ...Object.fromEntries([
    'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'exp', 'log', 'log10', 'log2', 'sin',
    'sinh', 'tan', 'tanh', 'atan2',
  ].map((name) => [name, Math[name]])),
  pow: (x, y) => (x === 1 || y === 0 || (x === -1 && Math.abs(y) === Infinity) ? 1 : Math.pow(x, y)),
};

// CoreCLR aborts on an unhandled exception; a shell sees SIGABRT as 128 + 6.
export const UNHANDLED_EXCEPTION_EXIT_CODE = 134;

/**
 * A managed exception that no managed code caught (the managed runtime names its type and message), with the
 * managed frames it was thrown through, innermost first. The first pass found no handler before anything unwound
 * (docs/abi.md, "Two passes"), so the engine's call stack at the report is the stack at the throw; the names are
 * those of the image's name section. A method the compiler inlined into its caller has no frame of its own.
 */
export class UnhandledException extends Error {
  constructor(type, message) {
    super(`${type}: ${message}`);
    this.type = type;
    this.frames = managedFrames();
  }
}

/** An unhandled exception reported with its ToString() (the `unhandled` import), stack trace included. */
class UnhandledReport extends Error {
  constructor(text) {
    super(text);
    this.text = text;
  }
}

/** Environment.Exit(code): thrown by the `exit` import through the program's frames to run(), which returns `code`. */
class ProcessExit extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}

/** A method's name as CoreCLR's stack traces write the type and method: `Outer.Inner.Method`, a generic type by
 *  its definition (`List\`1`); the name section has `Outer+Inner::Method` and instantiations. */
function frameName(name) {
  return name.replace(/`(\d+)\[[^:]*\]::/, '`$1::').replace('::', '.').replaceAll('+', '.');
}

/** The image's frames on the engine's call stack, innermost first, without the runtime's (or [] where the
 *  engine has no structured stack traces). */
function managedFrames() {
  return imageFrames(captureStack()).map(frameName);
}

/** The engine's call stack here, kept unformatted (V8 formats a captured stack only when it is read), or undefined
 *  where the engine cannot capture one. */
function captureStack() {
  if (typeof Error.captureStackTrace !== 'function') return undefined;
  const { stackTraceLimit } = Error;
  Error.stackTraceLimit = 200;
  const holder = {};
  try {
    Error.captureStackTrace(holder);
    return holder;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** The name-section names of the image's methods on a captured stack, innermost first, without the runtime's and
 *  without the frames CoreCLR does not show either: unboxing stubs, and delegates' Invoke (runtime-implemented). */
function imageFrames(holder) {
  if (holder === undefined) return [];
  const { prepareStackTrace } = Error;
  Error.prepareStackTrace = (_, callsites) => callsites;
  try {
    return holder.stack
      .filter((c) => String(c.getFileName?.() ?? c.getScriptNameOrSourceURL?.() ?? '').startsWith('wasm://'))
      .map((c) => c.getFunctionName())
      .filter((name) => name && !name.startsWith('WasmR2R.Runtime.') && name !== '<entry>'
        && !name.endsWith(' (unboxing)') && !name.endsWith(' (runtime-implemented)'));
  } catch {
    return [];
  } finally {
    Error.prepareStackTrace = prepareStackTrace;
  }
}

/** The function names of a module's name section (function index → name). */
function functionNames(bytes) {
  const names = new Map();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readLeb(bytes, at + 1);
    at = body + size;
    if (id !== 0) continue;
    const [nameLength, nameAt] = readLeb(bytes, body);
    if (decoder.decode(bytes.subarray(nameAt, nameAt + nameLength)) !== 'name') continue;
    for (let sub = nameAt + nameLength; sub < at;) {
      const subId = bytes[sub];
      const [subSize, subBody] = readLeb(bytes, sub + 1);
      sub = subBody + subSize;
      if (subId !== 1) continue;
      let [count, p] = readLeb(bytes, subBody);
      for (; count > 0; count--) {
        const [index, q] = readLeb(bytes, p);
        const [length, r] = readLeb(bytes, q);
        names.set(index, decoder.decode(bytes.subarray(r, r + length)));
        p = r + length;
      }
    }
  }
  return names;
}

/** Writes `text`'s UTF-16 code units at `ptr` (the characters of a string the runtime allocated to that length). */
function writeUtf16(memory, ptr, text) {
  const view = new Uint16Array(memory.buffer, ptr, text.length);
  for (let i = 0; i < text.length; i++) view[i] = text.charCodeAt(i);
}

/** How many captured stacks the host keeps for Exception.StackTrace (the most recent ones). */
const KEPT_TRACES = 4096;

/**
 * Exception.StackTrace's host side (`runtime/managed/StackTraces.cs`): a throw captures its stack when its handler
 * is known, and names its frames, from the throw to the handler's method, only if the trace is read.
 */
function stackTraces(bytes, table, memory) {
  const kept = new Array(KEPT_TRACES);
  let last = 0;
  let names;
  const find = (id) => {
    const trace = kept[id % KEPT_TRACES];
    return trace && trace.id === id ? trace : undefined;
  };
  const text = (trace) => {
    if (trace.text === undefined) {
      // The handler's method: its pass-one function is named `<method> (pass one)`; a table entry's `name` is
      // its function index.
      let stop;
      if (trace.stop >= 0) {
        names ??= functionNames(bytes);
        stop = names.get(Number(table.get(trace.stop)?.name))?.replace(/ \(pass one\)$/, '');
      }
      const frames = [];
      for (const name of imageFrames(trace.holder)) {
        frames.push(`   at ${frameName(name)}`);
        if (name === stop) break;
      }
      // A rethrow: the trace it continues, then these frames but the first, the rethrowing method, which ends
      // that trace already.
      if (trace.previous) {
        const previous = find(trace.previous);
        frames.splice(0, 1, ...(previous ? [text(previous)] : []));
      }
      trace.text = frames.join('\n');
      trace.holder = undefined;
      trace.previous = undefined;
    }
    return trace.text;
  };
  return {
    captureTrace: (stop, previous) => {
      last = last >= 0x7fffffff ? 1 : last + 1;
      kept[last % KEPT_TRACES] = { id: last, holder: captureStack(), stop, previous };
      return last;
    },
    traceLength: (id) => {
      const trace = find(id);
      return trace ? text(trace).length : -1;
    },
    traceCopy: (id, ptr) => {
      const trace = find(id);
      if (!trace) return;
      writeUtf16(memory, ptr, text(trace));
    },
  };
}

// ---- reading the module bytes -------------------------------------------------------------------------

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) throw new Error('truncated LEB128 in the image');
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, at];
  }
}

/** {payloadSize, tableSize} from data segment 0, read from the bytes so the host can place the image first. */
function readSizes(bytes) {
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readLeb(bytes, at + 1);
    if (id === 11) {
      let [, p] = readLeb(bytes, body); // segment count
      const [flags, afterFlags] = readLeb(bytes, p);
      if (flags !== 1) throw new Error('data segment 0 of a WebCIL image must be passive');
      const [length, data] = readLeb(bytes, afterFlags);
      if (length < 8) throw new Error('not a WebCIL version 1 image (segment 0 is shorter than 8 bytes)');
      const view = new DataView(bytes.buffer, bytes.byteOffset + data, 8);
      return { payloadSize: view.getUint32(0, true), tableSize: view.getUint32(4, true) };
    }
    at = body + size;
  }
  throw new Error('the module has no data section: not a WebCIL image');
}

// ---- reading the payload in memory ----------------------------------------------------------------------

/** NativeFormat unsigned varint (not LEB128): the low bits of the first byte give the length. */
function nativeUnsigned(view, at) {
  const b = view.getUint8(at);
  if ((b & 1) === 0) return [b >>> 1, at + 1];
  if ((b & 2) === 0) return [(view.getUint16(at, true) >>> 2), at + 2];
  if ((b & 4) === 0) return [((view.getUint16(at, true) | (view.getUint8(at + 2) << 16)) >>> 3), at + 3];
  if ((b & 8) === 0) return [(view.getUint32(at, true) >>> 4), at + 4];
  return [view.getUint32(at + 1, true), at + 5];
}

/** The offset of element `index` of the NativeArray at `at`, or -1. */
function nativeArrayGet(view, at, index) {
  const [header, base] = nativeUnsigned(view, at);
  const count = header >>> 2;
  if (index >= count) return -1;
  const width = [1, 2, 4][header & 3];
  const cell = base + Math.floor(index / 16) * width;
  const block = width === 1 ? view.getUint8(cell) : width === 2 ? view.getUint16(cell, true) : view.getUint32(cell, true);
  let node = base + block;
  for (let bit = 8; bit > 0; bit >>= 1) {
    const [value, after] = nativeUnsigned(view, node);
    if (index & bit) {
      if (value & 2) { node += value >>> 2; continue; }
    } else if (value & 1) { node = after; continue; }
    if ((value & 3) === 0 && (value >>> 2) === (index & 15)) return after;
    return -1;
  }
  return node;
}

function r2rSections(view, at) {
  const sections = new Map();
  const count = view.getUint32(at + 4, true);
  for (let i = 0; i < count; i++) {
    const entry = at + 8 + 12 * i;
    sections.set(view.getUint32(entry, true), { rva: view.getUint32(entry + 4, true), size: view.getUint32(entry + 8, true) });
  }
  return sections;
}

const R2R_SIGNATURE = 0x00525452;
const R2R_MAJOR = 1;
const RUNTIME_FUNCTIONS = 102;
const METHOD_DEF_ENTRY_POINTS = 103;
const COMPONENT_ASSEMBLIES = 115;
const STUB_REASONS = 0x10001;

/** Adds imageBase (HIGHLOW) or tableBase (WASM32_TABLE) to each relocated u32, once. */
function applyRelocations(view, imageBase, tableBase) {
  const relocIndex = view.getUint16(imageBase + 10, true);
  if (relocIndex === 0) return;
  const header = imageBase + 32 + 16 * (relocIndex - 1);
  const rva = view.getUint32(header + 4, true);
  const size = view.getUint32(header, true);
  for (let block = imageBase + rva, end = block + size; block < end;) {
    const page = view.getUint32(block, true);
    const blockSize = view.getUint32(block + 4, true);
    if (blockSize < 8) throw new Error('malformed relocation block');
    for (let e = block + 8; e < block + blockSize; e += 2) {
      const entry = view.getUint16(e, true);
      const at = imageBase + page + (entry & 0xfff);
      switch (entry >>> 12) {
        case 0: break;
        case 3: view.setUint32(at, view.getUint32(at, true) + imageBase, true); break;
        case 12: view.setUint32(at, view.getUint32(at, true) + tableBase, true); break;
        default: throw new Error(`unknown relocation type ${entry >>> 12}`);
      }
    }
    block += blockSize;
  }
}

/** The image's R2R sections, by type. */
function imageSections(view, imageBase) {
  const cli = imageBase + view.getUint32(imageBase + 12, true);
  return r2rSections(view, imageBase + view.getUint32(cli + 64, true) + 8);
}

/** Why stubbed function `index` was not compiled, from the StubReasons table. */
function stubReason(view, imageBase, index) {
  const table = imageSections(view, imageBase).get(STUB_REASONS);
  if (!table) return undefined;
  const at = imageBase + table.rva;
  for (let i = 0, count = view.getUint32(at, true); i < count; i++) {
    if (view.getUint32(at + 4 + 8 * i, true) !== index) continue;
    const start = imageBase + view.getUint32(at + 8 + 8 * i, true);
    let end = start;
    while (view.getUint8(end) !== 0) end++;
    return new TextDecoder().decode(new Uint8Array(view.buffer, start, end - start));
  }
  return undefined;
}

/** The table slot of the entry point: EntryPointToken → MethodDefEntryPoints → RuntimeFunctions. */
function entryPointSlot(view, imageBase) {
  const cli = imageBase + view.getUint32(imageBase + 12, true);
  const token = view.getUint32(cli + 20, true);
  if (token >>> 24 !== 0x06) throw new Error('the image has no entry point');
  const header = imageBase + view.getUint32(cli + 64, true);
  if (view.getUint32(header, true) !== R2R_SIGNATURE) throw new Error('no ReadyToRun header');
  const major = view.getUint16(header + 4, true);
  if (major !== R2R_MAJOR) throw new Error(`image format ${major}.x; this loader reads ${R2R_MAJOR}.x`);
  const sections = r2rSections(view, header + 8);
  const functions = sections.get(RUNTIME_FUNCTIONS);
  const components = sections.get(COMPONENT_ASSEMBLIES);
  if (!functions || !components) throw new Error('the image lacks RuntimeFunctions or ComponentAssemblies');
  // The entry assembly is component 0; its core header lists its MethodDefEntryPoints.
  const core = imageBase + view.getUint32(imageBase + components.rva + 8, true);
  const entryPoints = r2rSections(view, core).get(METHOD_DEF_ENTRY_POINTS);
  if (!entryPoints) throw new Error('the entry assembly has no MethodDefEntryPoints');
  const element = nativeArrayGet(view, imageBase + entryPoints.rva, (token & 0xffffff) - 1);
  if (element < 0) throw new Error('the entry point was not compiled');
  const [id] = nativeUnsigned(view, element);
  if (id & 1) throw new Error('the entry point has fixups, which this loader does not resolve yet');
  const index = id >>> 1;
  const minTableIndex = view.getUint32(imageBase + functions.rva + functions.size + 4, true);
  return minTableIndex + index;
}

// ---- running ---------------------------------------------------------------------------------------------

/**
 * Instantiates the image and runs its entry point; resolves to the process exit code. An unhandled managed
 * exception is reported on `stderr` and gives exit code 134, as CoreCLR's abort does; so does a stack overflow.
 * Options: `stdout`, `stderr` (text writers); `args`, the strings Main receives; `gc`, the collector's checking
 * modes (`stress`: collect at every allocation, `verify`: check the heap after each collection; default
 * `WASMR2R_GC` in Node); `stats`, an object that receives `memoryBytes`, the linear memory at exit (it never
 * shrinks: the run's peak); `synchronous`, compile and instantiate on this thread rather than through the engine's
 * asynchronous API (Node, which has no size limit for it: a CoreLib-sized image instantiates about 5 ms sooner,
 * without the hops to V8's compile threads and back; browsers refuse large modules on the main thread).
 */
export async function run(bytes, { stdout = defaultWriter(1), stderr = defaultWriter(2), gc = defaultGcMode(), stats, args = [], synchronous = false } = {}) {
  bytes = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const { payloadSize, tableSize } = readSizes(bytes);
  const stackTop = NULL_GUARD + STACK_SIZE;
  const imageBase = Math.ceil(stackTop / 16) * 16;
  const memory = new WebAssembly.Memory({ initial: Math.ceil((imageBase + payloadSize) / PAGE) + 1 });
  const tableBase = 0;
  const table = new WebAssembly.Table({ element: 'anyfunc', initial: tableBase + tableSize });
  const global = (value, mutable) => new WebAssembly.Global({ value: 'i32', mutable }, value);
  const outputText = { writer: stdout, decoder: new TextDecoder() };
  const errorText = { writer: stderr, decoder: new TextDecoder() };
  const imports = {
    webcil: {
      memory,
      stackPointer: global(stackTop, true),
      imageBase: global(imageBase, false),
      tableBase: global(tableBase, false),
      table,
      exceptionTag: new WebAssembly.Tag({ parameters: ['i32'] }),
    },
    wasmr2r: {
      fmod: (x, y) => x % y,
      // Standard output (1) and error (2), UTF-8. A write may end inside a character (StreamWriter flushes
      // whole buffers), so each stream has its own streaming decoder.
      write: (fd, ptr, length) => {
        const stream = fd === 2 ? errorText : outputText;
        stream.writer(stream.decoder.decode(new Uint8Array(memory.buffer, ptr, length), { stream: true }));
      },
      unsupported: (index) => {
        const reason = stubReason(new DataView(memory.buffer), imageBase, index);
        throw new UnhandledException('System.NotSupportedException',
          reason ?? 'The method was not precompiled by WasmR2R (see the build summary).');
      },
      random: (ptr, length) => {
        // getRandomValues fills at most 65536 bytes at a time.
        for (let at = 0; at < length; at += 65536) {
          globalThis.crypto.getRandomValues(new Uint8Array(memory.buffer, ptr + at, Math.min(65536, length - at)));
        }
      },
      ...MATH,
      gcMode: () => (gc.includes('stress') ? 1 : 0) | (gc.includes('verify') ? 2 : 0),
      ...stackTraces(bytes, table, memory),
      argumentCount: () => args.length,
      argumentLength: (i) => String(args[i]).length,
      argumentCopy: (i, ptr) => writeUtf16(memory, ptr, String(args[i])),
      // Environment.Exit: unwinds through the Wasm frames without running their handlers (a JavaScript exception
      // is not the managed exceptions' tag), and run() returns the code.
      exit: (code) => { throw new ProcessExit(code); },
      unhandled: (ptr, length) => { throw new UnhandledReport(utf16.decode(new Uint8Array(memory.buffer, ptr, 2 * length))); },
      now: () => performance.now(),
      wallClock: () => performance.timeOrigin + performance.now(),
      fail: (type, typeLength, message, messageLength) => {
        const text = (ptr, length) => utf16.decode(new Uint8Array(memory.buffer, ptr, 2 * length));
        throw new UnhandledException(text(type, typeLength), text(message, messageLength));
      },
    },
  };
  const instance = synchronous
    ? new WebAssembly.Instance(new WebAssembly.Module(bytes), imports)
    : (await WebAssembly.instantiate(bytes, imports)).instance;
  const exports = instance.exports;
  if (exports.getWebcilPayload) {
    exports.getWebcilPayload(imageBase, payloadSize);
  } else {
    exports.patchWebcilHeader();
  }
  const view = new DataView(memory.buffer);
  applyRelocations(view, imageBase, tableBase);
  const entry = table.get(entryPointSlot(view, imageBase));
  try {
    return entry(stackTop);
  } catch (e) {
    return report(e);
  } finally {
    // Linear memory never shrinks: its size at exit is the run's peak.
    if (stats) stats.memoryBytes = memory.buffer.byteLength;
  }

  function report(e) {
    // The engine's call stack ran out (deep recursion): no managed handler can catch that, on CoreCLR either,
    // which prints "Stack overflow." and aborts.
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      stderr('Stack overflow.\n');
      return UNHANDLED_EXCEPTION_EXIT_CODE;
    }
    if (e instanceof ProcessExit) return e.code;
    if (e instanceof UnhandledReport) {
      stderr(`Unhandled exception. ${e.text}\n`);
      return UNHANDLED_EXCEPTION_EXIT_CODE;
    }
    if (!(e instanceof UnhandledException)) throw e;
    stderr(`Unhandled exception. ${e.message}\n${e.frames.map((f) => `   at ${f}\n`).join('')}`);
    return UNHANDLED_EXCEPTION_EXIT_CODE;
  }
}

/** The collector's checking modes, `stress` and/or `verify` (comma-separated): the `WASMR2R_GC` environment
 *  variable where there is one (Node), else none. */
function defaultGcMode() {
  return globalThis.process?.env?.WASMR2R_GC ?? '';
}

const utf16 = new TextDecoder('utf-16le');
const decoder = new TextDecoder();

/** Where text goes by default: the process's streams in Node; in a browser the console, a line per call (a
 *  line written in pieces is logged once complete; what is left without a newline stays until one comes). */
function defaultWriter(fd) {
  const stream = globalThis.process?.[fd === 2 ? 'stderr' : 'stdout'];
  if (stream) {
    // A reader that went away (`| head`) is not the program's error: the rest of the output is dropped, as
    // Console does on EPIPE.
    if (!stream.listenerCount('error')) stream.on('error', (e) => { if (e.code !== 'EPIPE') throw e; });
    return (text) => stream.write(text);
  }
  const log = fd === 2 ? console.error : console.log;
  let pending = '';
  return (text) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop();
    for (const line of lines) log(line);
  };
}

/**
 * Node: reads the image at `path` (a path or file URL) and runs it. It first turns on V8's compilation hints, so
 * functions with loops are compiled by the optimizing tier from their first call (the image's
 * `compilationHints` section; docs/format.md). The flag only affects modules compiled after it is set. `options`
 * are `run`'s; it compiles synchronously unless they say otherwise.
 */
export async function runFile(path, options) {
  const [{ readFile }, v8] = await Promise.all([import('node:fs/promises'), import('node:v8')]);
  v8.default.setFlagsFromString('--experimental-wasm-compilation-hints');
  return run(await readFile(path), { synchronous: true, ...options });
}
