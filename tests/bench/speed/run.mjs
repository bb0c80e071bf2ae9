// The speed suite's measuring half (tests/bench/speed.sh builds everything first; README.md beside this file).
//
//   node run.mjs <work dir>
//
// The work dir holds what speed.sh built: clr/<Kernel>.dll (Roslyn, for CoreCLR and for our compiler),
// mono/wwwroot/_framework/ (every kernel in one browser-wasm app), and the paths in tools.json. This script
// compiles each kernel with wasmr2r, runs every kernel on every runner in alternating rounds, checks each exit code
// against CoreCLR's, and writes figures.json and report.html into the work dir (the previous figures.json becomes
// previous.json, and the report shows the change).
//
// Env: ROUNDS (default 5), KERNELS (space-separated names; default all), THROUGHPUT=0 skips the compile
// throughput section, RUNNERS (default "coreclr wasmr2r-node wasmr2r-chromium mono-node"; also
// "wasmr2r-node-nospills", images compiled without the collector's spill stores, to measure what they cost).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderReport } from './report.mjs';

const work = path.resolve(process.argv[2] ?? '');
if (!process.argv[2] || !existsSync(path.join(work, 'tools.json'))) {
  console.error('usage: node run.mjs <work dir built by tests/bench/speed.sh>');
  process.exit(64);
}
const tools = JSON.parse(readFileSync(path.join(work, 'tools.json'), 'utf8'));
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const RUNNERS = (process.env.RUNNERS ?? 'coreclr wasmr2r-node wasmr2r-chromium mono-node').split(/\s+/).filter(Boolean);
// A kernel run may not take longer than this (Mono's interpreter is the slow one).
const RUN_TIMEOUT_MS = 300_000;

const log = (text) => process.stderr.write(`${text}\n`);
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

// ---- the kernels and their images ----------------------------------------------------------------------------

const allKernels = readdirSync(path.join(tools.kernels))
  .filter((f) => f.endsWith('.cs'))
  .map((f) => f.slice(0, -3))
  .sort();
const wanted = process.env.KERNELS ? process.env.KERNELS.split(/\s+/).filter(Boolean) : allKernels;
const kernels = [...new Set(['Empty', ...wanted])].filter((k) => allKernels.includes(k));

/** Compiles a kernel with wasmr2r into `<variant>/<kernel>`; returns what the summary line says (and stubs by code). */
function compileImage(kernel, variant = 'wasm', extra = []) {
  const out = path.join(work, variant, kernel);
  const started = process.hrtime.bigint();
  const result = spawnSync(tools.wasmr2r, ['compile', path.join(work, 'clr', `${kernel}.dll`), '-o', out,
    '-r', tools.runtimePackLib, '-r', tools.runtimePackCoreLib, ...extra], { encoding: 'utf8' });
  const wall = ms(started);
  if (result.status !== 0) return { kernel, error: (result.stderr || result.error?.message || '').trim() };
  const summary = /(\d+) functions \((\d+) methods compiled, (\d+) stubbed\)/.exec(result.stderr);
  const reasons = [...result.stderr.matchAll(/^\s+(WR2R\d+): (\d+) stubbed: (.*)$/gm)].map((m) => ({
    code: m[1], count: Number(m[2]), reason: m[3],
  }));
  const image = path.join(out, `${kernel}.r2r.wasm`);
  return {
    kernel,
    functions: Number(summary?.[1] ?? 0),
    stubs: Number(summary?.[3] ?? 0),
    reasons,
    compileMs: wall,
    dir: out,
    image,
    shipped: [image, path.join(out, 'wasmr2r.mjs')],
  };
}

// ---- runners ----------------------------------------------------------------------------------------------

const TIME_BIN = '/usr/bin/time';
const HAS_TIME = existsSync(TIME_BIN);

/**
 * Runs a command to completion: {exitCode, ms} of the whole process, its peak RSS (KiB, through GNU time when it is
 * installed) and, for the Wasm runners, their linear memory at exit (`@@memory <bytes>` on stderr: linear memory
 * never shrinks, so that is its peak).
 */
function timeProcess(command, args) {
  const started = process.hrtime.bigint();
  const [cmd, argv] = HAS_TIME ? [TIME_BIN, ['-f', '@@peak %M', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], timeout: RUN_TIMEOUT_MS });
  const elapsed = ms(started);
  if (result.error) return { error: result.error.message, ms: elapsed };
  if (result.signal) return { error: `killed by ${result.signal}`, ms: elapsed };
  const stderr = result.stderr.toString();
  const peak = /@@peak (\d+)/.exec(stderr);
  const memory = /@@memory (\d+)/.exec(stderr);
  return {
    exitCode: result.status,
    ms: elapsed,
    peakRssKb: peak ? Number(peak[1]) : undefined,
    wasmMemoryBytes: memory ? Number(memory[1]) : undefined,
    stderr: stderr.replace(/@@(peak|memory) \d+\n?/g, '').slice(0, 400),
  };
}

const processRunners = {
  coreclr: (k) => timeProcess(tools.dotnet, [path.join(work, 'clr', `${k}.dll`)]),
  'wasmr2r-node': (k) => timeProcess(process.execPath, [tools.wasmr2rRunner, path.join(work, 'wasm', k), k]),
  'wasmr2r-node-nospills': (k) => timeProcess(process.execPath, [tools.wasmr2rRunner, path.join(work, 'wasm-nospills', k), k]),
  'mono-node': (k) => timeProcess(process.execPath, [tools.monoRunner, path.join(work, 'mono/wwwroot/_framework/dotnet.js'), k]),
};

// Chromium: a fresh browser per run, so that no run reuses code V8 compiled (or tiered up) for an earlier one. The
// page times itself from the start of its module script to the exit code: the loader's import, the fetch,
// compilation and the run. Launching the browser and loading the page are not counted: measured from navigation
// start, their noise (tens of ms run to run) swamped the shorter kernels.
const PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module">
const started = performance.now();
const kernel = new URLSearchParams(location.search).get('kernel');
try {
  const { run } = await import('./' + kernel + '/wasmr2r.mjs');
  const bytes = new Uint8Array(await (await fetch('./' + kernel + '/' + kernel + '.r2r.wasm')).arrayBuffer());
  let stderr = '';
  const exitCode = await run(bytes, { stderr: (t) => { stderr += t; } });
  window.__result = { exitCode, ms: performance.now() - started, stderr: stderr.slice(0, 400) };
} catch (e) {
  window.__result = { error: String(e && e.stack || e), ms: performance.now() - started };
}
</script>`;

async function startChromium() {
  const root = path.join(work, 'wasm');
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    if (pathname === '/run.html') {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      return res.end(PAGE);
    }
    const file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      return res.end();
    }
    const type = file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { chromium } = await import(pathToFileURL(tools.playwright).href);
  const launch = () => chromium.launch({
    executablePath: tools.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  const probe = await launch();
  const version = probe.version();
  await probe.close();
  return {
    version,
    async run(kernel) {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        await page.goto(`${base}/run.html?kernel=${kernel}`);
        await page.waitForFunction(() => window.__result, null, { timeout: RUN_TIMEOUT_MS, polling: 20 });
        return await page.evaluate(() => window.__result);
      } catch (e) {
        return { error: String(e.message).split('\n')[0] };
      } finally {
        await browser.close();
      }
    },
    close() {
      server.close();
    },
  };
}

// ---- statistics -------------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const geomean = (xs) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : NaN);

function bytesOf(files) {
  let raw = 0;
  let brotli = 0;
  for (const f of files) {
    const data = readFileSync(f);
    raw += data.length;
    brotli += brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, brotli, files: files.length };
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

// ---- compile throughput -----------------------------------------------------------------------------------

/** Peak RSS (KB) and wall seconds of a command through GNU time, when it is installed. */
function measured(command, args) {
  const timeBin = '/usr/bin/time';
  const started = process.hrtime.bigint();
  const useTime = existsSync(timeBin);
  const result = useTime
    ? spawnSync(timeBin, ['-f', '@@peak %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = ms(started) / 1000;
  const peak = /@@peak (\d+)/.exec(result.stderr ?? '');
  return { status: result.status, wall, peakKb: peak ? Number(peak[1]) : null, stdout: result.stdout, stderr: result.stderr };
}

function throughput() {
  const rows = [];
  for (const assembly of tools.throughputAssemblies) {
    const input = path.join(tools.runtimePackLib, `${assembly}.dll`);
    for (const threads of [1, 2]) {
      const ours = measured(tools.wasmr2r, ['compile', input, '--library', '--threads', String(threads),
        '-o', path.join(work, 'throughput', `ours-${assembly}`), '-r', tools.runtimePackLib, '-r', tools.runtimePackCoreLib]);
      const m = /(\d+) functions \((\d+) methods compiled, (\d+) stubbed\)/.exec(ours.stderr ?? '');
      rows.push({
        compiler: 'wasmr2r', assembly, threads, wall: ours.wall, peakKb: ours.peakKb,
        methods: m ? Number(m[2]) : null, error: ours.status === 0 ? undefined : ours.stderr.slice(-400),
      });
      const out = path.join(work, 'throughput', `crossgen2-${assembly}.dll`);
      const cg = measured(tools.crossgen2, [input, '-r', path.join(tools.coreclrFramework, '*.dll'), '-O', '--map',
        '--parallelism', String(threads), '-o', out]);
      let methods = null;
      const mapFile = out.replace(/\.dll$/, '.map');
      if (existsSync(mapFile)) {
        const line = /\|\s+(\d+)\s+\|\s+MethodWithGCInfo/.exec(readFileSync(mapFile, 'utf8'));
        methods = line ? Number(line[1]) : null;
      }
      rows.push({
        compiler: 'crossgen2', assembly, threads, wall: cg.wall, peakKb: cg.peakKb, methods,
        error: cg.status === 0 ? undefined : (cg.stderr + cg.stdout).slice(-400),
      });
      log(`throughput ${assembly} threads ${threads}: wasmr2r ${ours.wall.toFixed(2)} s, crossgen2 ${cg.wall.toFixed(2)} s`);
    }
  }
  return rows.map((r) => ({ ...r, methodsPerSecond: r.methods && r.wall ? r.methods / r.wall : null }));
}

// ---- the run ------------------------------------------------------------------------------------------------

log(`compiling ${kernels.length} kernels with wasmr2r ...`);
const images = Object.fromEntries(kernels.map((k) => [k, compileImage(k)]));
if (RUNNERS.includes('wasmr2r-node-nospills')) {
  for (const k of kernels) compileImage(k, 'wasm-nospills', ['--unsafe-without-gc-spills']);
}
for (const img of Object.values(images)) {
  if (img.error) log(`  ${img.kernel}: compile failed: ${img.error.split('\n').slice(-1)[0]}`);
  else if (img.stubs) log(`  ${img.kernel}: ${img.stubs} stubs (not timed until it has none)`);
}
// A kernel is timed when our image has no stub: a stub is code we do not run, so its time would mean nothing.
const timed = kernels.filter((k) => images[k].stubs === 0 && !images[k].error);
const pending = kernels.filter((k) => !timed.includes(k));

const chromium = RUNNERS.includes('wasmr2r-chromium') ? await startChromium() : null;
const runners = RUNNERS.filter((r) => processRunners[r] || (r === 'wasmr2r-chromium' && chromium));
const samples = {}; // runner -> kernel -> [{ms, exitCode|error}]
for (const r of runners) samples[r] = Object.fromEntries(timed.map((k) => [k, []]));

// One untimed run of the empty program per runner first: the first run of each pays for cold caches.
for (const runner of runners) {
  if (runner === 'wasmr2r-chromium') await chromium.run('Empty');
  else processRunners[runner]('Empty');
}
// `node -e 0`: the floor for any Node runner's startup.
const nodeFloor = [];
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < timed.length; i++) {
    const kernel = timed[i];
    // Rotate the runner order per kernel and round, so that no runner always runs right after another.
    const order = runners.map((_, j) => runners[(j + i + round) % runners.length]);
    for (const runner of order) {
      const sample = runner === 'wasmr2r-chromium' ? await chromium.run(kernel) : processRunners[runner](kernel);
      samples[runner][kernel].push(sample);
    }
  }
  nodeFloor.push(timeProcess(process.execPath, ['-e', '0']).ms);
  log(`round ${round + 1}/${ROUNDS} done`);
}
if (chromium) chromium.close();

// ---- figures ------------------------------------------------------------------------------------------------

const expected = Object.fromEntries(timed.map((k) => [k, samples.coreclr?.[k]?.[0]?.exitCode]));
const results = {};
for (const r of runners) {
  results[r] = {};
  for (const k of timed) {
    const runs = samples[r][k];
    const wrong = runs.filter((s) => s.error !== undefined || s.exitCode !== expected[k]);
    const times = runs.map((s) => s.ms);
    const rss = runs.map((s) => s.peakRssKb).filter((x) => x !== undefined);
    const wasmMemory = runs.map((s) => s.wasmMemoryBytes).filter((x) => x !== undefined);
    results[r][k] = {
      median: median(times),
      peakRssKb: rss.length ? median(rss) : undefined,
      wasmMemoryBytes: wasmMemory.length ? median(wasmMemory) : undefined,
      min: Math.min(...times),
      max: Math.max(...times),
      samples: times,
      wrong: wrong.length ? `${wrong.length} of ${runs.length} runs: ${wrong[0].error ?? `exit ${wrong[0].exitCode}, expected ${expected[k]}`}` : undefined,
    };
  }
}
// Kernel time: the whole run minus the same runner's empty program (its startup).
const kernelTime = (r, k) => results[r][k].median - results[r].Empty.median;
const measuredKernels = timed.filter((k) => k !== 'Empty');
const ratios = {};
for (const r of runners) {
  ratios[r] = {};
  for (const k of measuredKernels) {
    if (results.coreclr) ratios[r][k] = { vsCoreclr: kernelTime(r, k) / kernelTime('coreclr', k) };
  }
}
const summary = {};
for (const r of runners) {
  const valid = measuredKernels.filter((k) => !results[r][k].wrong && !results.coreclr?.[k]?.wrong);
  summary[r] = {
    startupMs: results[r].Empty.median,
    geomeanVsCoreclr: results.coreclr ? geomean(valid.map((k) => kernelTime(r, k) / kernelTime('coreclr', k))) : null,
    worstVsCoreclr: results.coreclr ? Math.max(...valid.map((k) => kernelTime(r, k) / kernelTime('coreclr', k))) : null,
    geomeanMonoOverThis: results['mono-node']
      ? geomean(valid.map((k) => kernelTime('mono-node', k) / kernelTime(r, k)))
      : null,
  };
}

const sizes = {};
if (runners.includes('coreclr')) sizes.coreclr = { ...bytesOf([path.join(work, 'clr', 'Empty.dll')]), note: 'the app assembly only: the framework is installed on the machine' };
if (images.Empty && !images.Empty.error) {
  sizes.wasmr2r = { ...bytesOf(images.Empty.shipped), note: 'image and loader of the empty program' };
}
if (runners.includes('mono-node')) {
  sizes.mono = { ...bytesOf(filesUnder(path.join(work, 'mono/wwwroot/_framework'))), note: '_framework of one app holding every kernel (trimmed)' };
}
const imageSizes = Object.fromEntries(kernels.filter((k) => !images[k].error).map((k) => [k, statSync(images[k].image).size]));

const figures = {
  date: new Date().toISOString(),
  commit: spawnSync('git', ['-C', tools.repo, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), load: os.loadavg() },
  versions: { node: process.version, chromium: chromium?.version, dotnet: tools.dotnetVersion, runtimePack: tools.runtimePackVersion },
  rounds: ROUNDS,
  runners,
  kernels: measuredKernels,
  pending: pending.map((k) => ({ kernel: k, stubs: images[k].stubs, error: images[k].error, reasons: images[k].reasons })),
  nodeFloorMs: median(nodeFloor),
  results,
  ratios,
  summary,
  sizes,
  imageSizes,
  compile: Object.fromEntries(kernels.map((k) => [k, { ms: images[k].compileMs, functions: images[k].functions }])),
  throughput: process.env.THROUGHPUT === '0' ? [] : throughput(),
};

const figuresFile = path.join(work, 'figures.json');
const previousFile = path.join(work, 'previous.json');
if (existsSync(figuresFile)) renameSync(figuresFile, previousFile);
const previous = existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : null;
writeFileSync(figuresFile, JSON.stringify(figures, null, 1));
mkdirSync(work, { recursive: true });
writeFileSync(path.join(work, 'report.html'), renderReport(figures, previous));

// The table, on stdout.
const pad = (s, n) => String(s).padEnd(n);
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');
console.log(`${pad('kernel', 20)}${runners.map((r) => pad(r, 22)).join('')}`);
for (const k of measuredKernels) {
  const cells = runners.map((r) => {
    const t = kernelTime(r, k);
    const ratio = results.coreclr ? t / kernelTime('coreclr', k) : NaN;
    return pad(`${fmt(t, 0)} ms ${r === 'coreclr' ? '' : `(${fmt(ratio)}×)`}${results[r][k].wrong ? ' WRONG' : ''}`, 22);
  });
  console.log(`${pad(k, 20)}${cells.join('')}`);
}
console.log(`${pad('startup (Empty)', 20)}${runners.map((r) => pad(`${fmt(summary[r].startupMs, 0)} ms`, 22)).join('')}`);
console.log(`${pad('geomean vs CoreCLR', 20)}${runners.map((r) => pad(`${fmt(summary[r].geomeanVsCoreclr)}×`, 22)).join('')}`);
console.log(`${pad('Mono / this', 20)}${runners.map((r) => pad(`${fmt(summary[r].geomeanMonoOverThis)}×`, 22)).join('')}`);
console.log(`node -e 0: ${fmt(figures.nodeFloorMs, 0)} ms`);
console.log('peak memory: process RSS (Wasm linear memory at exit, for the Wasm runners), MiB');
const mib = (x) => (x === undefined ? '—' : fmt(x / 1024, 0));
for (const k of measuredKernels) {
  const cells = runners.map((r) => {
    const { peakRssKb, wasmMemoryBytes } = results[r][k];
    return pad(`${mib(peakRssKb)}${wasmMemoryBytes === undefined ? '' : ` (${mib(wasmMemoryBytes / 1024)})`}`, 22);
  });
  console.log(`${pad(k, 20)}${cells.join('')}`);
}
for (const p of figures.pending) console.log(`not timed: ${p.kernel} (${p.error ? 'compile failed' : `${p.stubs} stubs`})`);
for (const r of figures.throughput) {
  console.log(`throughput ${pad(r.compiler, 10)} ${pad(r.assembly, 32)} threads ${r.threads}: ${fmt(r.wall)} s, ${r.methods ?? '?'} methods, ${fmt(r.methodsPerSecond, 0)}/s, peak ${r.peakKb ? Math.round(r.peakKb / 1024) : '?'} MiB${r.error ? ' FAILED' : ''}`);
}
console.log(`report: ${path.join(work, 'report.html')}`);
