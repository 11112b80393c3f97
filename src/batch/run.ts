// Batch conversion: many inputs, in parallel worker threads, ordered NDJSON on stdout or
// one JSON per input under --out-dir, with progress, a summary, a report, and clean SIGINT.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extname, join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { expandInputs, type Input } from './inputs.js';
import { errorRecord, runJob, type Job, type JobOptions, type JobResult } from './job.js';
import type { Encoding } from '../ingest/decode.js';

export type BatchOptions = {
  outDir?: string; pretty?: boolean; compact?: boolean; jobs?: string; ext?: string; force?: boolean; unordered?: boolean;
  quiet?: boolean; report?: string; ndjsonInput?: boolean; encoding?: Encoding; hidden?: boolean; followSymlinks?: boolean;
  maxBytes: number; refDate: Date | null;
};

/** Map inputs to distinct output names under outDir, mirroring their relative folders. */
export function outputNames(inputs: Input[], outDir: string): string[] {
  const used = new Set<string>();
  return inputs.map((inp) => {
    const rel = inp.rel.replace(/^(\.\.[\\/])+/, '').replace(/^[\\/]+/, '');
    const base = rel.slice(0, rel.length - extname(rel).length) || rel;
    let name = join(outDir, base + '.json');
    // a.txt and a.md, or two folders' x.txt given as files: never overwrite
    if (used.has(name)) name = join(outDir, rel + '.json');
    for (let k = 2; used.has(name); k++) name = join(outDir, `${base}~${k}.json`);
    used.add(name);
    return name;
  });
}

export async function runBatch(paths: string[], o: BatchOptions): Promise<number> {
  if (o.ndjsonInput) return runNdjsonInput(o);
  const t0 = performance.now();
  const exts = (o.ext ?? 'txt,md').split(',').map((x) => x.trim().replace(/^\./, '').toLowerCase()).filter(Boolean);
  const { inputs, missing } = expandInputs(paths.length ? paths : ['.'], {
    exts, hidden: !!o.hidden, followSymlinks: !!o.followSymlinks, exclude: o.outDir ? [o.outDir] : [],
  });
  const outs = o.outDir ? outputNames(inputs, resolve(o.outDir)) : null;
  const jobs: Job[] = inputs.map((inp, i) => ({ seq: i, path: inp.path, out: outs ? outs[i]! : null }));
  const jobOpts: JobOptions = { maxBytes: o.maxBytes, encoding: o.encoding, refDate: o.refDate ? o.refDate.getTime() : null, force: !!o.force, pretty: !o.compact };
  const nJobs = Math.max(1, Math.min(o.jobs ? Number(o.jobs) : availableParallelism(), jobs.length || 1));

  const failures: { path: string | null; code: string; message: string }[] = [];
  let ok = 0, skipped = 0, done = 0;
  for (const m of missing) {
    failures.push({ path: m, code: 'ENOENT', message: 'no such file or no match' });
    if (!o.outDir) process.stdout.write(errorRecord(m, 'ENOENT', 'no such file or no match') + '\n');
    if (!o.quiet || o.outDir) process.stderr.write(`chithi: ${m}: no such file or no match\n`);
  }
  const progress = !o.quiet && process.stderr.isTTY ? new Progress(jobs.length, t0) : null;

  // results are emitted in input order unless --unordered
  const pending = new Map<number, JobResult>();
  let next = 0;
  const emit = (r: JobResult) => {
    done++;
    if (r.status === 'ok') { ok++; if (r.json) writeOut(r.json); }
    else if (r.status === 'skipped') skipped++;
    else {
      failures.push({ path: r.path, code: r.code, message: r.message });
      if (!o.outDir) writeOut(r.json);
      if (o.outDir || !process.stdout.isTTY) { progress?.clear(); process.stderr.write(`chithi: ${r.path}: ${r.message}\n`); }
    }
    progress?.update(done);
  };
  const accept = (r: JobResult) => {
    if (o.unordered) return emit(r);
    pending.set(r.seq, r);
    while (pending.has(next)) { const x = pending.get(next)!; pending.delete(next); next++; emit(x); }
  };

  let interrupted = false;
  const onSigint = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    progress?.clear();
    process.stderr.write('chithi: interrupted: finishing the files in progress (Ctrl-C again to stop now)\n');
  };
  process.on('SIGINT', onSigint);

  if (nJobs === 1) {
    (await import('../structure/markdown.js')).useRemark();
    for (const j of jobs) {
      if (interrupted) break;
      accept(runJob(j, jobOpts));
      if (j.seq % 64 === 63) await new Promise((r) => setImmediate(r)); // let SIGINT in
    }
  } else {
    await runPool(jobs, jobOpts, nJobs, accept, () => interrupted);
  }
  process.off('SIGINT', onSigint);
  progress?.clear();

  const secs = (performance.now() - t0) / 1000;
  const failed = failures.length;
  const summary = { ok, failed, skipped, notRun: jobs.length - done, seconds: Number(secs.toFixed(3)), docsPerSecond: Number((done / Math.max(secs, 1e-9)).toFixed(1)), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
  if (!o.quiet) {
    process.stderr.write(`chithi: ${ok} ok, ${failed} failed, ${skipped} skipped${summary.notRun ? `, ${summary.notRun} not run (interrupted)` : ''} in ${secs.toFixed(2)} s (${summary.docsPerSecond} docs/s)\n`);
  }
  if (o.report) writeFileSync(o.report, JSON.stringify({ ...summary, failures }, null, 2) + '\n');
  await drain();
  if (interrupted) return 130;
  return failed ? 1 : 0;
}

function writeOut(line: string): void {
  process.stdout.write(line + '\n');
}
function drain(): Promise<void> {
  return new Promise((r) => (process.stdout.writableNeedDrain ? process.stdout.once('drain', () => r()) : r()));
}

/**
 * Worker pool: n worker threads, each with two batches in flight so that it never waits
 * for the main thread between batches. Results come back per batch.
 */
async function runPool(jobs: Job[], opts: JobOptions, n: number, accept: (r: JobResult) => void, stopped: () => boolean): Promise<void> {
  const file = fileURLToPath(new URL('./worker.js', import.meta.url)).replace(/[\\/]chunks[\\/]worker\.js$/, '/worker.js');
  const batch = Math.max(1, Math.min(8, Math.floor(jobs.length / (n * 8)) || 1));
  let cursor = 0;
  const take = () => {
    if (stopped() || cursor >= jobs.length) return null;
    const b = jobs.slice(cursor, cursor + batch);
    cursor += b.length;
    return b;
  };
  await Promise.all(Array.from({ length: n }, () => new Promise<void>((done) => {
    const w = new Worker(file, { workerData: opts });
    const inflight: Job[][] = [];
    const send = () => {
      const b = take();
      if (!b) {
        if (!inflight.length) void w.terminate().then(() => done());
        return;
      }
      inflight.push(b);
      w.postMessage(b);
    };
    w.on('message', (rs: JobResult[]) => { inflight.shift(); for (const r of rs) accept(r); send(); });
    w.on('error', (e) => {
      // a worker that dies takes no file with it: its batches are reported, the rest goes on
      for (const j of inflight.flat()) accept({ seq: j.seq, path: j.path, status: 'error', code: 'EINTERNAL', message: `internal error: ${e.message}`, json: errorRecord(j.path, 'EINTERNAL', `internal error: ${e.message}`) });
      inflight.length = 0;
      done();
    });
    send();
    send();
  })));
}

class Progress {
  private last = 0;
  constructor(private total: number, private t0: number) {}
  update(done: number) {
    const now = performance.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    const secs = (now - this.t0) / 1000;
    const rate = done / Math.max(secs, 1e-9);
    const eta = rate > 0 ? (this.total - done) / rate : 0;
    const width = 30;
    const fill = Math.round((done / Math.max(this.total, 1)) * width);
    process.stderr.write(`\r[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${done}/${this.total} ${rate.toFixed(0)} docs/s ETA ${eta.toFixed(0)}s `);
  }
  clear() { process.stderr.write('\r\x1b[K'); }
}

/** --ndjson-input: one {"id", "text"} per stdin line -> one output line each; flat memory. */
async function runNdjsonInput(o: BatchOptions): Promise<number> {
  const { extract } = await import('../extract.js');
  const { ChithiError } = await import('../errors.js');
  (await import('../structure/markdown.js')).useRemark();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failed = 0, n = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    n++;
    let id: unknown = null;
    let out: string;
    try {
      const rec = JSON.parse(line) as { id?: unknown; text?: unknown };
      id = rec.id ?? null;
      if (typeof rec.text !== 'string') throw new ChithiError('EUSAGE', 'line has no string "text" field');
      const res = extract(rec.text, { path: null, refDate: o.refDate });
      out = JSON.stringify({ id, ...res });
    } catch (e) {
      failed++;
      const code = e instanceof ChithiError ? e.code : e instanceof SyntaxError ? 'EJSON' : 'EINTERNAL';
      const message = e instanceof Error ? e.message : String(e);
      out = JSON.stringify({ id, source: { path: null }, error: { code, message } });
    }
    if (!process.stdout.write(out + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
  if (!o.quiet) process.stderr.write(`chithi: ${n - failed} ok, ${failed} failed\n`);
  return failed ? 1 : 0;
}
