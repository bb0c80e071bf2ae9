// The speed suite's HTML report: tables and inline SVG plots from figures.json (run.mjs), with the change since the
// previous run when there is one. No dependencies: the page is one self-contained file.

const COLORS = { coreclr: '#4e79a7', 'wasmr2r-node': '#f28e2b', 'wasmr2r-chromium': '#e15759', 'mono-node': '#76b7b2' };
const color = (runner) => COLORS[runner] ?? '#999';

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '—');

/** Kernel time of `kernel` on `runner`: its median whole run minus the runner's empty program. */
const kernelTime = (f, runner, kernel) => f.results[runner][kernel].median - f.results[runner].Empty.median;

/** Grouped horizontal bars: one group per label, one bar per series; `log` for a logarithmic axis. */
function barChart({ labels, series, values, unit, log = false, marks = [] }) {
  const rowHeight = 14;
  const groupHeight = series.length * rowHeight + 10;
  const left = 170;
  const width = 560;
  const height = labels.length * groupHeight + 30;
  const all = labels.flatMap((l) => series.map((s) => values(l, s))).filter((v) => Number.isFinite(v) && v > 0);
  const max = Math.max(...all, ...marks);
  const min = log ? Math.min(...all) / 2 : 0;
  const scale = (v) => {
    if (!Number.isFinite(v) || v <= 0) return 0;
    return log ? (width * Math.log(v / min)) / Math.log(max / min) : (width * v) / max;
  };
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 90}" height="${height}" font-family="sans-serif" font-size="11">`];
  labels.forEach((label, i) => {
    const y0 = i * groupHeight + 5;
    parts.push(`<text x="${left - 6}" y="${y0 + (series.length * rowHeight) / 2 + 4}" text-anchor="end">${esc(label)}</text>`);
    series.forEach((s, j) => {
      const v = values(label, s);
      const w = scale(v);
      const y = y0 + j * rowHeight;
      parts.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 2}" fill="${color(s)}"><title>${esc(s)}: ${fmt(v)} ${unit}</title></rect>`);
      parts.push(`<text x="${left + w + 4}" y="${y + rowHeight - 3}">${fmt(v, v >= 100 ? 0 : 2)}</text>`);
    });
  });
  for (const m of marks) {
    const x = left + scale(m);
    parts.push(`<line x1="${x}" x2="${x}" y1="0" y2="${height - 20}" stroke="#333" stroke-dasharray="3,3"/><text x="${x}" y="${height - 6}" text-anchor="middle">${m}</text>`);
  }
  parts.push(`<text x="${left + width}" y="${height - 6}" text-anchor="end">${esc(unit)}${log ? ' (log scale)' : ''}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

function legend(runners) {
  return `<p>${runners.map((r) => `<span style="display:inline-block;width:10px;height:10px;background:${color(r)}"></span> ${esc(r)}`).join(' &nbsp; ')}</p>`;
}

export function renderReport(f, previous) {
  const runners = f.runners;
  const others = runners.filter((r) => r !== 'coreclr');
  const out = [];
  out.push(`<!doctype html><meta charset="utf-8"><title>WasmR2R speed ${esc(f.date)}</title>
<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}
.bad{color:#b00;font-weight:bold}.good{color:#070}</style>`);
  out.push(`<h1>WasmR2R speed suite</h1><p>${esc(f.date)} · commit ${esc(f.commit)} · ${f.machine.cpus} × ${esc(f.machine.cpu)}, ${f.machine.memoryGiB} GiB · load ${f.machine.load.map((x) => x.toFixed(2)).join(' ')}<br>
Node ${esc(f.versions.node)} · Chromium ${esc(f.versions.chromium ?? '—')} · .NET ${esc(f.versions.dotnet)} · runtime pack ${esc(f.versions.runtimePack)} · ${f.rounds} alternating rounds, medians</p>`);
  out.push(`<p>Kernel time = median whole run (process, or page for Chromium) minus the same runner's empty program. Exit codes are checked against CoreCLR's on every run.</p>`);

  // Summary.
  out.push('<h2>Summary</h2><table><tr><th>runner</th><th>startup (empty program)</th><th>geomean vs CoreCLR</th><th>worst vs CoreCLR</th><th>Mono ÷ this (geomean)</th></tr>');
  for (const r of runners) {
    const s = f.summary[r];
    out.push(`<tr><td>${esc(r)}</td><td>${fmt(s.startupMs, 0)} ms</td><td>${fmt(s.geomeanVsCoreclr)}×</td><td>${fmt(s.worstVsCoreclr)}×</td><td>${fmt(s.geomeanMonoOverThis)}×</td></tr>`);
  }
  out.push(`</table><p><code>node -e 0</code>: ${fmt(f.nodeFloorMs, 0)} ms.</p>`);

  // The kernel table.
  out.push('<h2>Kernels</h2><table><tr><th>kernel</th>');
  for (const r of runners) out.push(`<th>${esc(r)} ms</th>${r === 'coreclr' ? '' : `<th>× CoreCLR</th>`}`);
  out.push('<th>whole-run spread (min–max ms)</th></tr>');
  for (const k of f.kernels) {
    out.push(`<tr><td>${esc(k)}</td>`);
    for (const r of runners) {
      const res = f.results[r][k];
      const t = kernelTime(f, r, k);
      const wrong = res.wrong ? ` <span class="bad" title="${esc(res.wrong)}">WRONG</span>` : '';
      out.push(`<td>${fmt(t, 0)}${wrong}</td>`);
      if (r !== 'coreclr') {
        const ratio = t / kernelTime(f, 'coreclr', k);
        out.push(`<td class="${ratio > 1.5 ? 'bad' : ratio <= 1.2 ? 'good' : ''}">${fmt(ratio)}</td>`);
      }
    }
    out.push(`<td>${runners.map((r) => `${fmt(f.results[r][k].min, 0)}–${fmt(f.results[r][k].max, 0)}`).join(' / ')}</td></tr>`);
  }
  out.push('</table>');

  out.push('<h3>Kernel time per runner</h3>' + legend(runners));
  out.push(barChart({ labels: f.kernels, series: runners, values: (k, r) => kernelTime(f, r, k), unit: 'ms', log: true }));
  out.push('<h3>Ratio to CoreCLR (lower is better; 1.2 and 1.5 marked)</h3>' + legend(others));
  out.push(barChart({
    labels: f.kernels,
    series: others.filter((r) => r !== 'mono-node'),
    values: (k, r) => kernelTime(f, r, k) / kernelTime(f, 'coreclr', k),
    unit: '× CoreCLR',
    marks: [1, 1.2, 1.5],
  }));
  out.push('<h3>Startup: the empty program, whole run</h3>' + legend(runners));
  out.push(barChart({ labels: ['Empty'], series: runners, values: (_, r) => f.results[r].Empty.median, unit: 'ms' }));

  // Sizes.
  out.push('<h2>Shipped bytes</h2><table><tr><th>runner</th><th>files</th><th>raw</th><th>brotli q11</th><th>what</th></tr>');
  for (const [r, s] of Object.entries(f.sizes)) {
    out.push(`<tr><td>${esc(r)}</td><td>${s.files}</td><td>${s.raw.toLocaleString('en')}</td><td>${s.brotli.toLocaleString('en')}</td><td>${esc(s.note)}</td></tr>`);
  }
  out.push('</table><table><tr><th>kernel</th><th>image bytes</th><th>functions</th><th>compile ms (release, whole build)</th></tr>');
  for (const [k, size] of Object.entries(f.imageSizes)) {
    out.push(`<tr><td>${esc(k)}</td><td>${size.toLocaleString('en')}</td><td>${f.compile[k].functions}</td><td>${fmt(f.compile[k].ms, 0)}</td></tr>`);
  }
  out.push('</table>');

  // Throughput.
  if (f.throughput.length) {
    out.push('<h2>Compile throughput</h2><p>wasmr2r <code>--library</code> (every non-generic method of the assembly and what it reaches in the framework) against crossgen2 (every method of the assembly, for linux-x64, <code>-O</code>), same runtime-pack assembly; wall time of the whole process, peak RSS by GNU time.</p>');
    out.push('<table><tr><th>compiler</th><th>assembly</th><th>threads</th><th>wall s</th><th>methods</th><th>methods/s</th><th>peak MiB</th></tr>');
    for (const r of f.throughput) {
      out.push(`<tr><td>${esc(r.compiler)}</td><td>${esc(r.assembly)}</td><td>${r.threads}</td><td>${fmt(r.wall)}</td><td>${r.methods ?? '—'}</td><td>${fmt(r.methodsPerSecond, 0)}</td><td>${r.peakKb ? Math.round(r.peakKb / 1024) : '—'}</td></tr>`);
    }
    out.push('</table>');
  }

  // Not timed yet.
  if (f.pending.length) {
    out.push('<h2>Not timed yet</h2><p>Our image of these still has stubs (code the compiler does not handle yet), so timing it would mean nothing.</p><ul>');
    for (const p of f.pending) {
      const why = p.error ? esc(p.error) : p.reasons.map((r) => `${esc(r.code)} ×${r.count}`).join(', ');
      out.push(`<li>${esc(p.kernel)}: ${p.error ? 'compile failed' : `${p.stubs} stubs`} (${why})</li>`);
    }
    out.push('</ul>');
  }

  // Change since the previous run.
  if (previous) {
    out.push(`<h2>Change since the previous run (${esc(previous.date)}, ${esc(previous.commit)})</h2><table><tr><th>kernel</th>${runners.map((r) => `<th>${esc(r)}</th>`).join('')}</tr>`);
    for (const k of f.kernels) {
      out.push(`<tr><td>${esc(k)}</td>`);
      for (const r of runners) {
        const before = previous.results?.[r]?.[k] && previous.results[r].Empty
          ? previous.results[r][k].median - previous.results[r].Empty.median : NaN;
        const change = (kernelTime(f, r, k) / before - 1) * 100;
        out.push(`<td class="${change < -5 ? 'good' : change > 5 ? 'bad' : ''}">${Number.isFinite(change) ? `${change > 0 ? '+' : ''}${change.toFixed(1)} %` : '—'}</td>`);
      }
      out.push('</tr>');
    }
    out.push('</table>');
  }
  return out.join('\n');
}
