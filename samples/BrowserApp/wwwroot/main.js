// Runs the WasmR2R image of this app (published to _framework/ by WasmR2R.Build) and records its exit code:
// document.title = 'exit <code>', window.__exitCode = <code> (or window.__error on failure).
const out = document.getElementById('out');
let stderr = '';
try {
  const { run } = await import('./_framework/wasmr2r.mjs');
  const response = await fetch('./_framework/BrowserApp.r2r.wasm');
  if (!response.ok) throw new Error(`fetching BrowserApp.r2r.wasm: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const code = await run(bytes, { stdout: (t) => console.log(String(t)), stderr: (t) => { stderr += String(t); } });
  window.__stderr = stderr;
  window.__exitCode = code;
  document.title = 'exit ' + code;
  out.textContent = 'exit code ' + code + (stderr ? ' — ' + stderr : '');
} catch (e) {
  window.__error = String((e && e.stack) || e);
  document.title = 'error';
  out.textContent = window.__error;
}
