#!/usr/bin/env node
// npm run bench [-- --docs N]: generates a corpus (fixture paragraphs recombined with
// varied numbers, dates and references; seed-sized documents) in a temp folder, then
// prints from one run: the floor (one Node process that reads every file, NFC-normalizes
// it and runs one regex), `chithi extract --jobs 1` and `--jobs 2` as docs/s, MB/s and a
// ratio to the floor, peak RSS, and the cold start of one-file extraction vs `node -e 0`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
// 20,000 by default: the memory goal is stated on 20,000 documents, and one run prints every
// figure the goals are about; a smaller corpus (--docs 5000) weighs each worker's start-up
// (its own optimizing compiles, ~0.45 s) more
const N = Number(arg('--docs', '20000'));
const bin = join(root, 'bin', 'chithi.js');

// --- corpus -----------------------------------------------------------------
let seed = 42;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const seeds = readdirSync(join(root, 'fixtures', 'seeds')).map((f) => readFileSync(join(root, 'fixtures', 'seeds', f), 'utf8'));
const paras = seeds.flatMap((s) => s.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 80);
const vary = (p) => p
  .replace(/\d{1,2}\/\d{1,2}\/(\d{4})/g, () => `${1 + rnd(28)}/${1 + rnd(12)}/${2010 + rnd(15)}`)
  .replace(/(\d+)(,\d+)?%/g, () => `${rnd(100)},${rnd(10)}%`)
  .replace(/số (\d+)([-/])/g, (_m, _n, sep) => `số ${1 + rnd(300)}${sep}`);
const dir = mkdtempSync(join(tmpdir(), 'chithi-bench-'));
const corpus = join(dir, 'corpus');
let bytes = 0;
for (let i = 0; i < N; i++) {
  const sub = join(corpus, String(i % 50));
  if (i < 50) mkdirSync(sub, { recursive: true });
  const body = [];
  body.push(`Số: ${1 + rnd(99)}/CT-UBND\n\nCao Bằng, ngày ${1 + rnd(28)} tháng ${1 + rnd(12)} năm ${2015 + rnd(10)}\n\nCHỈ THỊ\nPhát động phong trào thi đua năm ${2015 + rnd(10)}\n`);
  let size = 0;
  for (let k = 1; size < 10000 + rnd(5000); k++) {
    const p = vary(paras[rnd(paras.length)]).replace(/^(?:\d+(?:\.\d+)*\.|Thứ \p{L}+,|\p{L}+ là,)\s*/u, '');
    const chunk = `${k}. ${p}\n`;
    body.push(chunk);
    size += chunk.length;
  }
  body.push('Căn cứ Chỉ thị này, các cơ quan nghiêm túc thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n');
  const text = body.join('\n');
  writeFileSync(join(sub, `d${i}.txt`), text);
  bytes += Buffer.byteLength(text);
}
const mb = bytes / 1024 / 1024;
console.log(`corpus: ${N} documents, ${mb.toFixed(1)} MB (avg ${(bytes / N / 1024).toFixed(1)} KB) in ${corpus}`);

// --- floor ------------------------------------------------------------------
const floorScript = `
const fs = require('fs'), path = require('path');
const re = /(?<!\\p{L})(?:Chỉ thị|Nghị quyết|Quyết định)\\s+số\\s+\\d+/gu;
let n = 0, hits = 0; const t0 = performance.now();
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else { const t = fs.readFileSync(p, 'utf8').normalize('NFC'); hits += (t.match(re) || []).length; n++; } } };
walk(process.argv[1]);
console.log(JSON.stringify({ n, hits, seconds: (performance.now() - t0) / 1000 }));`;
const floor = JSON.parse(execFileSync(process.execPath, ['-e', floorScript, corpus], { encoding: 'utf8' }));

function runChithi(jobs) {
  const report = join(dir, `report-${jobs}.json`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, 'extract', corpus, '--jobs', String(jobs), '--quiet', '--report', report], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  const secs = (performance.now() - t0) / 1000;
  const rep = JSON.parse(readFileSync(report, 'utf8'));
  return { secs, rep, code: r.status };
}
const fmt = (name, secs, extra = '') =>
  `${name.padEnd(24)} ${(N / secs).toFixed(0).padStart(7)} docs/s ${(mb / secs).toFixed(2).padStart(7)} MB/s  ${(secs / floor.seconds).toFixed(1).padStart(6)}x floor time ${extra}`;
console.log(fmt('floor (read+NFC+regex)', floor.seconds));
const j1 = runChithi(1);
console.log(fmt('chithi --jobs 1', j1.secs, `peak RSS ${j1.rep.peakRssMB} MB, ok ${j1.rep.ok}, failed ${j1.rep.failed}`));
const j2 = runChithi(2);
console.log(fmt('chithi --jobs 2', j2.secs, `peak RSS ${j2.rep.peakRssMB} MB, speed-up ${(j1.secs / j2.secs).toFixed(2)}x`));

// --- parallel ceiling ---------------------------------------------------------
// What two threads can give on this machine for this work, with no I/O and no
// coordination at all: one worker thread extracts half the corpus, then two extract one
// half each. chithi's --jobs 2 speed-up can only approach this ratio.
const ceilingScript = `
const { Worker } = require('worker_threads'); const fs = require('fs'), path = require('path');
const files = []; const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else files.push(p); } };
walk(process.argv[1]);
const code = \`const { parentPort, workerData } = require('worker_threads'); const fs = require('fs');
import(workerData.lib).then((m) => { for (const f of workerData.files) JSON.stringify(m.extract(fs.readFileSync(f), { path: f })); parentPort.postMessage(0); });\`;
const run = (parts) => new Promise((res) => { const t = performance.now(); let k = 0;
  for (const p of parts) { const w = new Worker(code, { eval: true, workerData: { lib: process.argv[2], files: p } }); w.on('message', () => { w.terminate(); if (++k === parts.length) res(performance.now() - t); }); } });
const half = Math.floor(files.length / 2);
run([files.slice(0, half)]).then((one) => run([files.slice(0, half), files.slice(half, 2 * half)]).then((two) => console.log(JSON.stringify({ one, two }))));`;
// with the V8 flags the CLI sets for itself (dist/load.cjs), so that the ceiling is the CLI's
const cliFlags = [...readFileSync(join(root, 'dist', 'load.cjs'), 'utf8').matchAll(/setFlagsFromString\('([^']+)'\)/g)].map((m) => m[1]);
const ceiling = JSON.parse(execFileSync(process.execPath, [...cliFlags, '-e', ceilingScript, corpus, new URL('../dist/index.js', import.meta.url).href], { encoding: 'utf8' }));
console.log(`parallel ceiling (2 bare threads, no I/O): ${((2 * ceiling.one) / ceiling.two).toFixed(2)}x`);

// --- cold start -------------------------------------------------------------
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (args) => median(Array.from({ length: 15 }, () => { const t = performance.now(); spawnSync(process.execPath, args, { stdio: 'ignore' }); return performance.now() - t; }));
const seedFile = join(root, 'fixtures', 'seeds', 'cao-bang-01-ct-ubnd-2023.txt');
const nodeStart = time(['-e', '0']);
const cold = time([bin, 'extract', seedFile]);
console.log(`cold start: node -e 0 ${nodeStart.toFixed(1)} ms; chithi extract <seed> ${cold.toFixed(1)} ms (${(cold / nodeStart).toFixed(2)}x)`);
if (!process.env.CHITHI_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
void statSync;
