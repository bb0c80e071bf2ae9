// The compile-rate report (tests/bench/compile-rate.sh): for System.Private.CoreLib and the ten System.* assemblies
// programs use most, compiles the assembly alone in the library root mode and reads the build summary: functions,
// methods compiled, methods stubbed, and the stubs by diagnostic code and reason. The metadata's method count is
// beside it (generic methods and methods of generic types are compiled per instantiation, so they count only where
// something reached an instantiation).
//
//   node run.mjs <wasmr2r> <runtime pack dir> <work dir>

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [wasmr2r, pack, work] = process.argv.slice(2);
if (!work) {
  process.stderr.write('usage: node run.mjs <wasmr2r> <runtime pack dir> <work dir>\n');
  process.exit(2);
}

// CoreLib, then the framework assemblies a console program most often reaches beyond it: collections, LINQ,
// Console, text (regular expressions, JSON), concurrency, URIs, memory and numerics.
const ASSEMBLIES = [
  'native/System.Private.CoreLib.dll',
  'lib/net10.0/System.Collections.dll',
  'lib/net10.0/System.Linq.dll',
  'lib/net10.0/System.Console.dll',
  'lib/net10.0/System.Text.RegularExpressions.dll',
  'lib/net10.0/System.Text.Json.dll',
  'lib/net10.0/System.Collections.Concurrent.dll',
  'lib/net10.0/System.Private.Uri.dll',
  'lib/net10.0/System.Memory.dll',
  'lib/net10.0/System.Runtime.Numerics.dll',
  'lib/net10.0/System.ObjectModel.dll',
];

function metadataMethods(file) {
  const result = spawnSync(wasmr2r, ['inspect', file, '--level', 'assembly', '--json'], { encoding: 'utf8' });
  try {
    return JSON.parse(result.stdout).assemblies[0].read.methods;
  } catch {
    return null;
  }
}

function compile(file, out) {
  const started = process.hrtime.bigint();
  const result = spawnSync(wasmr2r, ['compile', file, '--library', '-o', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) return { error: (result.stderr || String(result.error)).trim().split('\n')[0] };
  const summary = /(\d+) functions \((\d+) methods compiled, (\d+) stubbed\)/.exec(result.stderr);
  const reasons = [...result.stderr.matchAll(/^\s+(WR2R\d+): (\d+) stubbed: (.*) \(([^()]*(?:\([^()]*\)[^()]*)*)\)$/gm)]
    .map((m) => ({ code: m[1], count: Number(m[2]), reason: m[3], methods: m[4].split(', ') }));
  return {
    functions: Number(summary?.[1] ?? 0),
    compiled: Number(summary?.[2] ?? 0),
    stubbed: Number(summary?.[3] ?? 0),
    reasons,
    seconds,
  };
}

mkdirSync(work, { recursive: true });
const rows = [];
for (const relative of ASSEMBLIES) {
  const file = path.join(pack, relative);
  const name = path.basename(file, '.dll');
  process.stderr.write(`${name} ...\n`);
  const build = compile(file, path.join(work, 'out', name));
  const byCode = {};
  for (const r of build.reasons ?? []) byCode[r.code] = (byCode[r.code] ?? 0) + r.count;
  rows.push({ name, metadataMethods: metadataMethods(file), ...build, byCode });
}

const percent = (r) => (r.compiled + r.stubbed ? (100 * r.compiled) / (r.compiled + r.stubbed) : 0).toFixed(1);
const codes = [...new Set(rows.flatMap((r) => Object.keys(r.byCode)))].sort();
const lines = [
  '| assembly | methods in metadata | methods in the build | compiled | stubbed | compiled % | ' + codes.join(' | ') + ' |',
  '|---|---:|---:|---:|---:|---:|' + codes.map(() => '---:|').join(''),
  ...rows.map((r) => r.error
    ? `| ${r.name} | ${r.metadataMethods} | error: ${r.error} |`
    : `| ${r.name} | ${r.metadataMethods} | ${r.compiled + r.stubbed} | ${r.compiled} | ${r.stubbed} | ${percent(r)} | ` +
      codes.map((c) => r.byCode[c] ?? 0).join(' | ') + ' |'),
];
const corelib = rows[0];
const stubs = (corelib.reasons ?? []).map((r) => `- ${r.code} (${r.count}) ${r.reason}: ${r.methods.join(', ')}`);
const report = [
  '# Compile rate',
  '',
  'Each assembly compiled alone with `wasmr2r compile X.dll --library` (every non-generic method a root, with what',
  'it reaches, in the framework too); "methods in the build" are those the build compiled or stubbed.',
  '',
  ...lines,
  '',
  `## ${corelib.name}: the stubbed methods, by reason`,
  '',
  ...stubs,
  '',
].join('\n');
writeFileSync(path.join(work, 'report.md'), report);
writeFileSync(path.join(work, 'figures.json'), JSON.stringify({ rows }, null, 2) + '\n');
process.stdout.write(lines.join('\n') + `\n\nreport: ${path.join(work, 'report.md')}\n`);
