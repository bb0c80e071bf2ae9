// Times each runner from spawning its process to the first byte on its standard output (and to its exit), in
// alternating rounds, and prints a table of medians and the min–max spread; writes the figures as JSON.
// Usage: node measure.mjs <rounds> <out.json> <name>=<command line as a JSON array> ...
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [rounds, outFile, ...specs] = process.argv.slice(2);
const runners = specs.map((s) => {
  const at = s.indexOf('=');
  return { name: s.slice(0, at), argv: JSON.parse(s.slice(at + 1)), firstLine: [], exit: [], output: null };
});

function once(argv) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'ignore'] });
    let first = null;
    let text = '';
    child.stdout.on('data', (chunk) => {
      first ??= process.hrtime.bigint();
      text += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const end = process.hrtime.bigint();
      if (code !== 0 || first === null) return reject(new Error(`${argv.join(' ')}: exit ${code}, stdout ${JSON.stringify(text)}`));
      resolve({ firstLine: Number(first - start) / 1e6, exit: Number(end - start) / 1e6, text });
    });
  });
}

for (let round = 0; round < Number(rounds) + 1; round++) {
  for (const r of runners) {
    const t = await once(r.argv);
    if (r.output !== null && t.text !== r.output) throw new Error(`${r.name}: the output changed between runs`);
    r.output = t.text;
    // Round 0 warms the file cache and is not counted.
    if (round > 0) { r.firstLine.push(t.firstLine); r.exit.push(t.exit); }
  }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const ms = (x) => x.toFixed(1).padStart(7);
console.log(`first line of output (process spawn to the first stdout byte), median of ${rounds} alternating rounds, ms`);
console.log(`${'runner'.padEnd(22)} first line   (min – max)        exit     output`);
for (const r of runners) {
  console.log(`${r.name.padEnd(22)} ${ms(median(r.firstLine))}   (${ms(Math.min(...r.firstLine))} – ${ms(Math.max(...r.firstLine))})  ${ms(median(r.exit))}     ${JSON.stringify(r.output.trim())}`);
}
writeFileSync(outFile, JSON.stringify({ rounds: Number(rounds), runners: runners.map(({ name, argv, firstLine, exit }) =>
  ({ name, command: argv.join(' '), firstLineMs: median(firstLine), exitMs: median(exit), firstLineSamples: firstLine })) }, null, 2));
