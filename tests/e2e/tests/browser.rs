//! The browser-wasm front door end to end (mirrors console.rs): pack WasmR2R.Build into a local feed, restore the
//! samples/BrowserApp (Microsoft.NET.Sdk.WebAssembly) and samples/BlazorApp (Microsoft.NET.Sdk.BlazorWebAssembly)
//! samples from it with an isolated package cache and `dotnet publish` them. Our three files must land in
//! `publish/wwwroot/_framework/` next to the SDK's .br/.gz copies; BrowserApp's index.html is served and loaded in
//! headless Chromium (playwright-core from tests/browser): what the page shows the program wrote through Console must
//! be what the same IL writes on CoreCLR, and the exit code CoreCLR's. A second publish must skip the compile target. Publish times and output sizes are the benchmark's (tests/bench/publish.sh), not this
//! test's.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use wasmr2r_e2e::{copy_sample, pack_into_feed};
use wasmr2r_test_support as inputs;
use wasmr2r_test_support::run;

/// `dotnet publish` of the copied sample with the isolated cache and the test's nuget.config.
fn publish(sample: &Path, packages: &Path, version: &str) -> Output {
    run(
        Command::new("dotnet")
            .current_dir(sample)
            .env("NUGET_PACKAGES", packages)
            .args(["publish", "-c", "Release", "-nologo", "-nodeReuse:false", "-v:n"])
            .arg(format!("-p:WasmR2RVersion={version}")),
        "dotnet publish",
    )
}

struct Setup {
    root: PathBuf,
    work: PathBuf,
    packages: PathBuf,
    version: &'static str,
}

/// Packs the package (with a dev build of the native library) into `<tmp>/<name>/feed`.
fn setup(name: &str) -> Setup {
    let root = inputs::repo_root();
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&work);
    let (feed, packages) = (work.join("feed"), work.join("packages"));
    let version = "0.1.0-e2eb";
    pack_into_feed(&feed, version);
    Setup { root, work, packages, version }
}

/// Publishes samples/`name` twice: the first compiles and puts our files with their compressed copies in
/// `_framework` (returned), the second skips the compile.
fn publish_twice(setup: &Setup, name: &str) -> PathBuf {
    let sample = setup.work.join(name);
    copy_sample(name, &sample, &setup.work.join("feed"));
    let framework = sample.join("bin/Release/net10.0/publish/wwwroot/_framework");

    let first = publish(&sample, &setup.packages, setup.version);
    let log = String::from_utf8_lossy(&first.stdout);
    assert!(log.contains("WR2R0010"), "{name}: the build reports its summary:\n{log}");
    for file in [format!("{name}.r2r.wasm"), "wasmr2r.mjs".into(), format!("{name}.mjs")] {
        assert!(framework.join(&file).is_file(), "{name}: {file} is not in {}", framework.display());
    }
    let image = framework.join(format!("{name}.r2r.wasm"));
    let (br, gz) = (framework.join(format!("{name}.r2r.wasm.br")), framework.join(format!("{name}.r2r.wasm.gz")));
    assert!(br.is_file() || gz.is_file(), "{name}: the SDK did not compress our image");
    assert_eq!(&std::fs::read(&image).expect("image")[..4], b"\0asm", "{name}: the image is not a Wasm module");

    let second = publish(&sample, &setup.packages, setup.version);
    let log = String::from_utf8_lossy(&second.stdout);
    assert!(
        log.contains("Skipping target \"_WasmR2RCompileCore\" because all output files are up-to-date"),
        "{name}: the second publish compiled again:\n{log}"
    );
    framework
}

/// The start of both checks: serves `wwwroot` (argv[3]) on 127.0.0.1 and imports playwright-core (argv[2]).
const SERVE_WWWROOT_MJS: &str = r#"
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
const [, , playwright, wwwroot] = process.argv;
const { chromium } = await import(playwright);
const MIME = { '.wasm': 'application/wasm', '.mjs': 'text/javascript', '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.dat': 'application/octet-stream' };
const root = path.resolve(wwwroot);
const server = createServer(async (req, res) => {
  let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (rel === '/') rel = '/index.html';
  const file = path.resolve(root, '.' + rel);
  const info = file.startsWith(root + path.sep) ? await stat(file).catch(() => null) : null;
  if (!info?.isFile()) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
  res.end(await readFile(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
"#;

/// After SERVE_WWWROOT_MJS: loads index.html in headless Chromium; prints {"exitCode":..,"stdout":..,..} (what
/// main.js recorded and what the page shows) or {"error":..}.
const CHECK_MJS: &str = r#"
const watchdog = setTimeout(() => { console.log(JSON.stringify({ error: 'timeout' })); process.exit(1); }, 60000);
let browser;
let result;
try {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__exitCode !== undefined || window.__error !== undefined, null,
    { timeout: 30000, polling: 50 });
  result = await page.evaluate(() => ({ exitCode: window.__exitCode, error: window.__error,
    stdout: window.__stdout, stderr: window.__stderr, title: document.title,
    shownStdout: document.getElementById('stdout')?.textContent,
    shownStderr: document.getElementById('stderr')?.textContent }));
  result.pageErrors = errors;
  result.browser = browser.version();
} catch (e) {
  result = { error: String(e.message).split('\n')[0] };
} finally {
  await browser?.close().catch(() => {});
  server.close(); server.closeAllConnections();
  clearTimeout(watchdog);
}
console.log(JSON.stringify(result));
"#;

/// After SERVE_WWWROOT_MJS: waits for Blazor (on Mono) to render its <h1>, then runs our image with
/// wasmr2r.mjs in the same page; prints {"h1":..,"r2r":{"exitCode"|"error",..},"errors":[..]}.
const BLAZOR_CHECK_MJS: &str = r#"
setTimeout(() => { console.log(JSON.stringify({ error: 'timeout' })); process.exit(1); }, 90000).unref();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  let h1 = null;
  try { await page.waitForSelector('h1', { timeout: 30000 }); h1 = await page.textContent('h1'); } catch (e) { h1 = 'timeout: ' + e.message.split('\n')[0]; }
  const r2r = await page.evaluate(async () => {
    let stderr = '';
    try {
      const { run } = await import('./_framework/wasmr2r.mjs');
      const bytes = new Uint8Array(await (await fetch('./_framework/BlazorApp.r2r.wasm')).arrayBuffer());
      const code = await run(bytes, { stderr: (t) => { stderr += String(t); } });
      return { exitCode: code, stderr };
    } catch (e) { return { error: String(e), stderr }; }
  });
  console.log(JSON.stringify({ h1, r2r, errors }));
} finally { await browser.close(); server.close(); server.closeAllConnections(); }
"#;

/// The oracle for the page: the sample's IL (the build's `obj/Release/net10.0/<name>.dll`) run on CoreCLR with
/// invariant globalization, as the image runs; (exit code, stdout, stderr).
fn coreclr_run(setup: &Setup, name: &str) -> (i32, String, String) {
    let built = setup.work.join(name).join(format!("obj/Release/net10.0/{name}.dll"));
    let dir = setup.work.join("coreclr");
    std::fs::create_dir_all(&dir).expect("coreclr folder");
    let dll = dir.join(format!("{name}.dll"));
    std::fs::copy(&built, &dll).unwrap_or_else(|e| panic!("{}: {e}", built.display()));
    std::fs::write(
        dir.join(format!("{name}.runtimeconfig.json")),
        r#"{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}"#,
    )
    .expect("runtimeconfig");
    let output = Command::new("dotnet")
        .arg(&dll)
        .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
        .output()
        .expect("dotnet <sample>.dll");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (output.status.code().unwrap_or(-1), text(&output.stdout), text(&output.stderr))
}

#[test]
fn browser_app_publishes_into_framework_and_runs_in_chromium() {
    let setup = setup("e2e-browser-app");
    let framework = publish_twice(&setup, "BrowserApp");

    run(&mut Command::new(setup.root.join("tests/browser/install.sh")), "tests/browser/install.sh");
    let check = setup.work.join("check.mjs");
    std::fs::write(&check, format!("{SERVE_WWWROOT_MJS}{CHECK_MJS}")).expect("check.mjs");
    let playwright = setup.root.join("tests/browser/node_modules/playwright-core/index.mjs");
    let output = run(
        Command::new("node").arg(&check).arg(&playwright).arg(framework.parent().expect("wwwroot")),
        "node check.mjs",
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let result: serde_json::Value = serde_json::from_str(stdout.trim()).expect("JSON from check.mjs");

    let (code, expected_stdout, expected_stderr) = coreclr_run(&setup, "BrowserApp");
    assert!(expected_stdout.lines().count() > 3, "CoreCLR ran the sample: {expected_stdout}");
    assert_eq!(result["exitCode"], code, "BrowserApp in Chromium: {result}");
    assert_eq!(result["title"], format!("exit {code}"));
    assert_eq!(result["stdout"], expected_stdout.as_str(), "stdout, Chromium vs CoreCLR: {result}");
    assert_eq!(result["stderr"], expected_stderr.as_str(), "stderr, Chromium vs CoreCLR: {result}");
    // The page shows both streams as written.
    assert_eq!(result["shownStdout"], expected_stdout.as_str(), "the page's stdout: {result}");
    assert_eq!(result["shownStderr"], expected_stderr.as_str(), "the page's stderr: {result}");
}

#[test]
fn blazor_app_publishes_with_our_image_in_framework() {
    let setup = setup("e2e-blazor-app");
    let framework = publish_twice(&setup, "BlazorApp");
    // The SDK's own files are there too: the Blazor loader and the runtime.
    assert!(framework.join("blazor.webassembly.js").is_file(), "no blazor.webassembly.js");
    assert!(
        std::fs::read_dir(&framework).expect("list").any(|e| e
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .starts_with("dotnet.native.")),
        "no dotnet.native.*.wasm"
    );

    // In Chromium: Blazor itself still starts (on Mono) with our files among its assets, and our image loads
    // and runs; its async Main reaches code the compiler stubs (runtime internal calls it lacks), so it ends with
    // the unhandled NotSupportedException (134) that names the method and the reason.
    run(&mut Command::new(setup.root.join("tests/browser/install.sh")), "tests/browser/install.sh");
    let check = setup.work.join("blazor-check.mjs");
    std::fs::write(&check, format!("{SERVE_WWWROOT_MJS}{BLAZOR_CHECK_MJS}")).expect("blazor-check.mjs");
    let playwright = setup.root.join("tests/browser/node_modules/playwright-core/index.mjs");
    let output = run(
        Command::new("node").arg(&check).arg(&playwright).arg(framework.parent().expect("wwwroot")),
        "node blazor-check.mjs",
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let result: serde_json::Value = serde_json::from_str(stdout.trim()).expect("JSON from blazor-check.mjs");
    assert_eq!(result["h1"], "Hello from Blazor", "Blazor did not render: {result}");
    assert_eq!(result["errors"], serde_json::json!([]), "page errors: {result}");
    assert_eq!(result["r2r"]["exitCode"], 134, "our image in the Blazor page: {result}");
    let stderr = result["r2r"]["stderr"].as_str().unwrap_or("");
    assert!(stderr.contains("System.NotSupportedException") && stderr.contains("was not precompiled"), "{result}");
}
