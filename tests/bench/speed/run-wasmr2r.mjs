// Runs one kernel's WasmR2R image in Node.js:  node run-wasmr2r.mjs <image dir> <Kernel>
// What the runner `wasmr2r compile` writes does (the loader's runFile, with its V8 flags), plus one line on stderr
// for the speed suite: `@@memory <bytes>`, the image's linear memory at exit (it never shrinks, so that is its
// peak). The exit code is the kernel's.
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

const [dir, kernel] = process.argv.slice(2);
const { runFile } = await import(pathToFileURL(resolve(dir, 'wasmr2r.mjs')).href);
const stats = {};
const exitCode = await runFile(join(dir, `${kernel}.r2r.wasm`), { stats });
process.stderr.write(`@@memory ${stats.memoryBytes}\n`);
process.exit(exitCode);
