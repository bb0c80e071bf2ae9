// Runs a published browser-wasm app with Mono's own runtime in Node.js:
//   node run-oracle.mjs <publish dir>/wwwroot/_framework/dotnet.js
// The app's Console.Out goes to stdout and Console.Error to stderr; the exit code is Main's return value.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const dotnetJs = process.argv[2];
if (!dotnetJs) {
  console.error('usage: node run-oracle.mjs <.../wwwroot/_framework/dotnet.js>');
  process.exit(64);
}
const { dotnet } = await import(pathToFileURL(resolve(dotnetJs)).href);
// run() loads the runtime and the assemblies next to dotnet.js, calls Main and resolves to its exit code.
const exitCode = await dotnet.run();
process.exit(exitCode);
