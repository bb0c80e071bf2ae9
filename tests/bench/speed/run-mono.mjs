// Runs one kernel on Mono's browser-wasm runtime in Node.js:  node run-mono.mjs <.../_framework/dotnet.js> <Kernel>
// The exit code is the kernel's; stderr gets `@@memory <bytes>`, the runtime's Wasm memory at exit (its peak).
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [dotnetJs, kernel] = process.argv.slice(2);
const { dotnet } = await import(pathToFileURL(resolve(dotnetJs)).href);
const runtime = await dotnet.withApplicationArguments(kernel).create();
const exitCode = await runtime.runMain();
process.stderr.write(`@@memory ${runtime.localHeapViewU8().length}\n`);
process.exit(exitCode);
