// Runs WasmR2R images in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
//
//   node tests/browser/run.mjs <image-dir>...
//
// Each <image-dir> is the output of `wasmr2r compile X.dll -o <image-dir>`: one `X.r2r.wasm` plus the loader
// `wasmr2r.mjs`. A static server on 127.0.0.1 (ephemeral port) serves dir i under /i/, together with a tiny
// page /i/run.html that imports ./wasmr2r.mjs, fetches the image and calls run(bytes, { stdout, stderr }). Prints
// ONE JSON line on stdout:
//
//   {"results":[{"dir":"...","name":"X","exitCode":N,"stdout":"...","stderr":"..."}],"browser":"<version>"}
//
// An image that could not be loaded or run has "error" (and no exitCode). Exits 0 when every image ran,
// whatever its own exit code; 1 when any did not; 2 on bad usage. Never hangs: 30 s per image and a global
// limit kill everything. Environment: CHROMIUM (default /usr/bin/chromium).

import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const PAGE_TIMEOUT_MS = 30_000;
const LAUNCH_TIMEOUT_MS = 30_000;
const CLOSE_TIMEOUT_MS = 5_000;
// 120 s, or more when many images are given (each may take up to PAGE_TIMEOUT_MS on its own).
const globalTimeoutMs = (images) => Math.max(120_000, 60_000 + PAGE_TIMEOUT_MS * images);

const MIME = {
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

// The page: its result (or why it failed) ends up in window.__wasmr2r, which run.mjs waits for.
const RUN_HTML = `<!doctype html>
<meta charset="utf-8">
<title>WasmR2R</title>
<link rel="icon" href="data:,">
<script type="module">
let stdout = '';
let stderr = '';
try {
  const image = new URLSearchParams(location.search).get('image');
  const { run } = await import('./wasmr2r.mjs');
  const response = await fetch(image);
  if (!response.ok) throw new Error(\`fetching \${image}: HTTP \${response.status}\`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Each report is a line, as console.error prints it in the Node runner.
  const exitCode = await run(bytes, {
    stdout: (text) => { stdout += String(text); },
    stderr: (text) => { stderr += String(text); },
  });
  window.__wasmr2r = { exitCode, stdout, stderr };
} catch (e) {
  window.__wasmr2r = { error: String((e && e.stack) || e), stdout, stderr };
}
</script>
`;

/** {name, wasm} of the single <Name>.r2r.wasm in `dir`, after checking that the loader is beside it. */
async function findImage(dir) {
  let entries;
  try {
    entries = await readdir(dir);
  } catch (e) {
    throw new Error(`cannot read the image directory: ${e.message}`);
  }
  const images = entries.filter((f) => f.endsWith('.r2r.wasm'));
  if (images.length !== 1) throw new Error(`expected one *.r2r.wasm in the directory, found ${images.length}`);
  if (!entries.includes('wasmr2r.mjs')) throw new Error('the directory has no wasmr2r.mjs');
  return { name: images[0].slice(0, -'.r2r.wasm'.length), wasm: images[0] };
}

/** Serves dirs[i] under /i/ (plus the generated /i/run.html); only regular files inside the dir. */
function startServer(dirs) {
  const server = createServer(async (req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
      const { pathname } = new URL(req.url, 'http://127.0.0.1');
      const match = /^\/(\d+)\/(.*)$/.exec(pathname);
      const root = match ? dirs[Number(match[1])] : undefined;
      if (root === undefined) return send(404, 'text/plain', 'not found\n');
      const rel = decodeURIComponent(match[2]);
      if (rel === 'run.html') return send(200, MIME['.html'], RUN_HTML);
      const file = path.resolve(root, rel);
      if (!file.startsWith(path.resolve(root) + path.sep)) return send(403, 'text/plain', 'forbidden\n');
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(404, 'text/plain', 'not found\n');
      send(200, MIME[path.extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch (e) {
      if (!res.headersSent) send(500, 'text/plain', `${e.message}\n`);
      else res.destroy();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function stopServer(server) {
  if (!server) return Promise.resolve();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Linux: the pids of the Chromium processes now in /proc (zombies included); elsewhere an empty set. */
async function chromiumPids() {
  const pids = new Set();
  const entries = await readdir('/proc').catch(() => []);
  await Promise.all(entries.filter((e) => /^\d+$/.test(e)).map(async (pid) => {
    const comm = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
    if (/^chrom/.test(comm)) pids.add(pid);
  }));
  return pids;
}

/**
 * Waits (at most `ms`) until the given processes have left /proc. Chromium double-forks its zygotes and crash
 * handler, so when the browser closes they are the init process's to reap, which may take a second or two.
 */
async function waitGone(pids, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const now = await chromiumPids();
    if (![...pids].some((pid) => now.has(pid))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

class TimeoutError extends Error {}

/** `promise`, or a TimeoutError after `ms`. */
function within(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * Runs one image in `page` (a fresh document each time: navigating replaces the previous image's realm). Opening a
 * page costs more than running most images, so a page is reused until something goes wrong with it.
 * Returns the result and whether the page may be used again.
 */
async function runImage(page, pageErrors, base, index, image) {
  pageErrors.length = 0;
  try {
    const url = `${base}/${index}/run.html?image=${encodeURIComponent(image.wasm)}`;
    const started = Date.now();
    const response = await page.goto(url, { timeout: PAGE_TIMEOUT_MS, waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`loading ${url}: HTTP ${response?.status()}`);
    const left = Math.max(1, PAGE_TIMEOUT_MS - (Date.now() - started));
    // Our own timer too: Playwright's does not fire while the page's main thread is busy (an endless loop).
    await within(page.waitForFunction(() => window.__wasmr2r !== undefined, null, { timeout: left, polling: 50 }),
      left + 500, 'the page');
    const outcome = await page.evaluate(() => window.__wasmr2r);
    if (outcome.error !== undefined) return { result: { error: outcome.error, stderr: outcome.stderr }, reusable: true };
    if (!Number.isInteger(outcome.exitCode)) throw new Error(`run() resolved to ${JSON.stringify(outcome.exitCode)}`);
    return { result: { exitCode: outcome.exitCode, stdout: outcome.stdout, stderr: outcome.stderr }, reusable: true };
  } catch (e) {
    const why = e.name === 'TimeoutError' || e instanceof TimeoutError
      ? `the page did not finish within ${PAGE_TIMEOUT_MS / 1000} s`
      : e.message.split('\n')[0];
    return { result: { error: pageErrors.length ? `${why} (page: ${pageErrors.join('; ')})` : why }, reusable: false };
  }
}

/** A new page, with its errors collected in `errors`; or an error message. */
async function openPage(browser) {
  const errors = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('crash', () => errors.push('the page crashed'));
    return { page, errors };
  } catch (e) {
    return { error: `opening a page: ${e.message.split('\n')[0]}` };
  }
}

function closePage(page) {
  return within(page.close(), CLOSE_TIMEOUT_MS, 'closing the page').catch(() => {});
}

async function main(dirs) {
  const results = dirs.map((dir) => ({ dir }));
  let browserVersion = null;
  let server;
  let browser;
  let before; // the Chromium processes that were there before the launch
  let finished = false;

  const print = (fatal) => {
    if (finished) return;
    finished = true;
    for (const r of results) if (r.exitCode === undefined && r.error === undefined) r.error = fatal ?? 'not run';
    process.stdout.write(`${JSON.stringify({ results, browser: browserVersion })}\n`);
  };

  // The global limit: report, close what can be closed briefly, and exit. playwright-core kills the browser
  // process it launched when this process exits.
  const limitMs = globalTimeoutMs(dirs.length);
  const watchdog = setTimeout(async () => {
    print(`the whole run took longer than ${limitMs / 1000} s`);
    const ours = browser ? await chromiumPids() : new Set();
    await Promise.allSettled([
      browser && within(browser.close(), CLOSE_TIMEOUT_MS, 'closing the browser'),
      within(stopServer(server), CLOSE_TIMEOUT_MS, 'stopping the server'),
    ]);
    await waitGone(new Set([...ours].filter((pid) => !before?.has(pid))), CLOSE_TIMEOUT_MS);
    process.exit(1);
  }, limitMs);

  try {
    const images = [];
    for (const [i, dir] of dirs.entries()) {
      try {
        images[i] = await findImage(dir);
        results[i].name = images[i].name;
      } catch (e) {
        results[i].error = e.message;
      }
    }
    if (images.some(Boolean)) {
      server = await startServer(dirs.map((d) => path.resolve(d)));
      const base = `http://127.0.0.1:${server.address().port}`;
      let chromium;
      try {
        ({ chromium } = await import('playwright-core'));
      } catch (e) {
        throw new Error(`cannot load playwright-core (run tests/browser/install.sh): ${e.message}`);
      }
      before = await chromiumPids();
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--no-first-run', '--disable-quic'],
        timeout: LAUNCH_TIMEOUT_MS,
        handleSIGINT: true,
        handleSIGTERM: true,
        handleSIGHUP: true,
      });
      browserVersion = browser.version();
      let open = null;
      for (const [i, image] of images.entries()) {
        if (!image || finished) continue;
        open ??= await openPage(browser);
        if (open.error !== undefined) {
          results[i].error = open.error;
          open = null;
          continue;
        }
        const { result, reusable } = await runImage(open.page, open.errors, base, i, image);
        Object.assign(results[i], result);
        if (!reusable) {
          await closePage(open.page);
          open = null;
        }
      }
      if (open) await closePage(open.page);
    }
  } catch (e) {
    print(e.message.split('\n')[0]);
  } finally {
    if (browser) {
      const ours = new Set([...(await chromiumPids())].filter((pid) => !before.has(pid)));
      await within(browser.close(), CLOSE_TIMEOUT_MS, 'closing the browser').catch(() => {});
      await waitGone(ours, CLOSE_TIMEOUT_MS);
    }
    await within(stopServer(server), CLOSE_TIMEOUT_MS, 'stopping the server').catch(() => {});
    clearTimeout(watchdog);
  }
  print();
  return results.every((r) => r.error === undefined) ? 0 : 1;
}

const dirs = process.argv.slice(2);
if (dirs.length === 0 || dirs.some((d) => d === '-h' || d === '--help')) {
  process.stderr.write('usage: node tests/browser/run.mjs <image-dir>...\n');
  process.exit(2);
}
process.exitCode = await main(dirs);
