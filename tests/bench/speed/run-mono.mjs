// Runs one kernel on Mono's browser-wasm runtime in Node.js:  node run-mono.mjs <.../_framework/dotnet.js> <Kernel>
// The exit code is the kernel's.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [dotnetJs, kernel] = process.argv.slice(2);
const { dotnet } = await import(pathToFileURL(resolve(dotnetJs)).href);
process.exit(await dotnet.withApplicationArguments(kernel).run());
