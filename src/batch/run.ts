// Batch conversion: many inputs, in parallel worker threads, ordered NDJSON on stdout or
// one JSON per input under --out-dir, with progress, a summary, a report, and clean SIGINT.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extname, join, resolve } from 'node:path';
import { statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { expandInputs, type Input } from './inputs.js';
import { errorRecord, runJob, type Job, type JobOptions, type JobResult } from './job.js';
import { StdoutClosed, writeAll } from './sink.js';
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
  // a line, as a string, or as the bytes a worker sends (newline included)
  const writeOut = (line: string | Uint8Array) => writeAll(typeof line === 'string' ? line + '\n' : line);
  for (const m of missing) {
    failures.push({ path: m, code: 'ENOENT', message: 'no such file or no match' });
    if (!o.outDir) writeOut(errorRecord(m, 'ENOENT', 'no such file or no match'));
    if (!o.quiet || o.outDir) process.stderr.write(`chithi: ${m}: no such file or no match\n`);
  }
  const progress = !o.quiet && process.stderr.isTTY ? new Progress(jobs.length, t0) : null;

  // Results are accounted and written in input order unless --unordered.
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

  let closed = false;
  try {
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
  } catch (e) {
    // the reader went away (`chithi extract dir | head`): stop quietly, as Unix tools do
    if (!(e instanceof StdoutClosed)) throw e;
    closed = true;
  }
  process.off('SIGINT', onSigint);
  progress?.clear();

  const secs = (performance.now() - t0) / 1000;
  const failed = failures.length;
  const summary = { ok, failed, skipped, notRun: jobs.length - done, seconds: Number(secs.toFixed(3)), docsPerSecond: Number((done / Math.max(secs, 1e-9)).toFixed(1)), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
  if (closed) {
    // nobody reads the output any more: no summary; exit now, whatever workers still hold
    if (o.report) writeFileSync(o.report, JSON.stringify({ ...summary, stdoutClosed: true, failures }, null, 2) + '\n');
    process.exit(0);
  }
  if (!o.quiet) {
    process.stderr.write(`chithi: ${ok} ok, ${failed} failed, ${skipped} skipped${summary.notRun ? `, ${summary.notRun} not run (interrupted)` : ''} in ${secs.toFixed(2)} s (${summary.docsPerSecond} docs/s)\n`);
  }
  if (o.report) writeFileSync(o.report, JSON.stringify({ ...summary, failures }, null, 2) + '\n');
  if (interrupted) return 130;
  return failed ? 1 : 0;
}

/**
 * Pool of n extracting threads: this (main) thread and n - 1 worker threads. The main
 * thread would otherwise sit idle while the workers extract, and a third busy thread on
 * two cores costs more than it gives: with the main thread extracting, `--jobs 2` runs at
 * 1.85-1.87x one job (1.66-1.81x with two workers) and holds one V8 heap less.
 * Each worker has two batches in flight so that it never waits for the main thread, which
 * takes its own batches one at a time and looks at the workers' results between them.
 * Results (with their JSON) come back per batch and the main thread writes them in order,
 * synchronously: a slow reader slows the workers down (two batches each at most) instead
 * of filling memory.
 *
 * A worker that dies (out of memory, a bug) takes no file with it: the batch it was
 * running is retried one document at a time (so only the document that kills a worker
 * gets an error record), the batch queued behind it is run again, and a new worker takes
 * its place. A batch retried so runs only in a worker, never on the main thread, and so
 * does a file above 1 MB.
 */
/** The worker thread's entry: dist/worker.cjs, next to the bundle dist/chithi.cjs. */
const WORKER_ENTRY = './worker.cjs';

async function runPool(jobs: Job[], opts: JobOptions, n: number, accept: (r: JobResult) => void, stopped: () => boolean): Promise<void> {
  const file = fileURLToPath(new URL(WORKER_ENTRY, import.meta.url));
  const size = batchSize(jobs, n);
  type Batch = { jobs: Job[]; suspect: boolean };
  const retry: Batch[] = [];
  let cursor = 0;
  const take = (): Batch | null => {
    if (retry.length) return retry.shift()!;
    if (stopped() || cursor >= jobs.length) return null;
    const b = jobs.slice(cursor, cursor + size);
    cursor += b.length;
    return { jobs: b, suspect: false };
  };
  const giveUp = (b: Batch, message: string) => {
    for (const j of b.jobs) accept({ seq: j.seq, path: j.path, status: 'error', code: 'EINTERNAL', message, json: errorRecord(j.path, 'EINTERNAL', message) });
  };
  const workers = new Set<Worker>();
  let failedStarts = 0;
  // the test seam for workers that cannot start (see worker.ts) needs workers only
  const inProcess = process.env.CHITHI_TEST_WORKER_FAULT !== 'start';
  let broken = false;

  try {
    await new Promise<void>((resolveAll, reject) => {
      let alive = 0;
      const finished = () => { if (--alive === 0) resolveAll(); };
      const fail = (e: unknown) => { broken = true; reject(e); };
      const spawn = () => {
        alive++;
        const w = new Worker(file, { workerData: opts });
        workers.add(w);
        const sent: Batch[] = []; // in the order sent; the first is the one running
        let gone = false, started = false;
        const send = () => {
          if (gone) return;
          const b = take();
          if (b) {
            sent.push(b);
            w.postMessage(b.jobs);
          } else if (!sent.length) {
            gone = true;
            workers.delete(w);
            void w.terminate().then(finished);
          }
        };
        w.on('message', (rs: JobResult[]) => {
          if (gone) return;
          started = true;
          failedStarts = 0;
          sent.shift();
          try {
            for (const r of rs) accept(r);
          } catch (e) {
            fail(e); // the output cannot be written (the reader went away)
            return;
          }
          send();
        });
        let crash = 'worker thread stopped';
        w.on('error', (e) => { crash = e.message; });
        w.on('exit', () => {
          if (gone) return;
          gone = true;
          workers.delete(w);
          const message = `internal error: ${crash}`;
          try {
            if (!started && ++failedStarts >= 3) {
              // workers cannot even start: report what is left instead of retrying forever
              const rest = [...sent];
              for (let b = take(); b; b = take()) rest.push(b);
              for (const b of rest) giveUp(b, message);
            } else {
              const [running, ...queued] = sent;
              retry.push(...queued);
              if (running) {
                if (running.suspect || running.jobs.length === 1) giveUp(running, message);
                else retry.push(...running.jobs.map((j) => ({ jobs: [j], suspect: true })));
              }
              retry.sort((a, b) => a.jobs[0]!.seq - b.jobs[0]!.seq);
              if (retry.length || (!stopped() && cursor < jobs.length)) spawn();
            }
          } catch (e) {
            fail(e);
            return;
          }
          finished();
        });
        send();
        send();
      };
      // the main thread's share: fresh batches, one at a time, results accepted at once
      const local = async () => {
        (await import('../structure/markdown.js')).useRemark();
        for (;;) {
          await new Promise((r) => setImmediate(r)); // the workers' results, SIGINT
          if (broken || stopped() || cursor >= jobs.length) return;
          const b = jobs.slice(cursor, cursor + size);
          cursor += b.length;
          for (const j of b) {
            if (sizeOf(j.path) > HAND_OFF_BYTES) handOff(j);
            else accept(runJob(j, opts));
          }
        }
      };
      // a big file goes to a worker, where running out of memory costs only that file
      const handOff = (j: Job) => {
        retry.push({ jobs: [j], suspect: false });
        retry.sort((a, b) => a.jobs[0]!.seq - b.jobs[0]!.seq);
        if (!workers.size) spawn();
      };
      const nWorkers = inProcess ? n - 1 : n;
      // a worker with nothing to do is not started (two batches each are taken at once)
      for (let i = 0; i < nWorkers && (i === 0 || retry.length || cursor < jobs.length); i++) spawn();
      if (inProcess) {
        alive++;
        local().then(finished, fail);
      }
    });
  } finally {
    for (const w of workers) void w.terminate();
  }
}

/** Files above this size are not extracted on the main thread (seed-sized ones are ~15 KB). */
const HAND_OFF_BYTES = 1 << 20;
const sizeOf = (path: string): number => {
  try { return statSync(path).size; } catch { return 0; } // runJob reports what is wrong
};

/**
 * Documents per message: about 64 KB of input (small news items go 8 at a time, where
 * messages would otherwise cost as much as the work; seed-sized directives 3 or 4; big
 * files one by one, which keeps memory low), judged on a sample of the inputs' sizes.
 */
function batchSize(jobs: Job[], n: number): number {
  const sample = jobs.filter((_, i) => i % Math.max(1, Math.floor(jobs.length / 32)) === 0).slice(0, 32);
  let total = 0, seen = 0;
  for (const j of sample) {
    try { total += statSync(j.path).size; seen++; } catch { /* reported when it is run */ }
  }
  const avg = seen ? total / seen : 16 * 1024;
  const bySize = Math.round((64 * 1024) / Math.max(avg, 1));
  return Math.max(1, Math.min(8, bySize, Math.floor(jobs.length / (n * 8)) || 1));
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
