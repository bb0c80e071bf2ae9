// Runs the WasmR2R image of this app (published to _framework/ by WasmR2R.Build) and shows what it writes through
// Console on the page: standard output in <pre id="stdout">, standard error in <pre id="stderr">. When it ends:
// document.title = 'exit <code>', window.__exitCode = <code> (or window.__error on failure), and
// window.__stdout / window.__stderr hold the text.
const shown = { stdout: document.getElementById('stdout'), stderr: document.getElementById('stderr') };
const written = { stdout: '', stderr: '' };
const writer = (stream) => (text) => {
  written[stream] += String(text);
  shown[stream].textContent = written[stream];
};
try {
  const { run } = await import('./_framework/wasmr2r.mjs');
  const response = await fetch('./_framework/BrowserApp.r2r.wasm');
  if (!response.ok) throw new Error(`fetching BrowserApp.r2r.wasm: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const code = await run(bytes, { stdout: writer('stdout'), stderr: writer('stderr') });
  window.__stdout = written.stdout;
  window.__stderr = written.stderr;
  window.__exitCode = code;
  document.title = 'exit ' + code;
  document.getElementById('status').textContent = 'exit code ' + code;
} catch (e) {
  window.__error = String((e && e.stack) || e);
  document.title = 'error';
  document.getElementById('status').textContent = window.__error;
}
