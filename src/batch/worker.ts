// A batch worker thread. It runs the batches it is sent and writes their NDJSON lines to
// stdout itself, in input order (the shared turn) or whole under a lock (--unordered),
// so no document's JSON goes through the main thread. Messages to the main thread:
// 'ready' (a batch is processed: send more), 'written' (its results, for the counts),
// 'drained' (after 'finish', everything held is written), 'closed' (stdout went away).
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobOptions, type JobResult } from './job.js';
import { useRemark } from '../structure/markdown.js';
import { StdoutClosed, turn, turnMoved, writeIfTurn, writeLocked, type SinkState } from './sink.js';

export type SinkMode = 'ordered' | 'unordered' | 'none';
export type WorkerInit = { opts: JobOptions; state: SinkState; mode: SinkMode };
export type ToWorker = { t: 'batch'; jobs: Job[] } | { t: 'finish' };
export type FromWorker =
  | { t: 'ready' }
  | { t: 'written'; results: JobResult[] }
  | { t: 'drained' }
  | { t: 'closed' }
  | { t: 'ioerror'; message: string };

useRemark();

// Test seam for the pool's crash handling: CHITHI_TEST_WORKER_FAULT=start makes workers
// fail as they start, =path:TEXT makes a worker exit when it is given a file whose path
// contains TEXT. Unset in normal use.
const fault = process.env.CHITHI_TEST_WORKER_FAULT ?? '';
if (fault === 'start') throw new Error('worker failed to start (test fault)');
const faultPath = fault.startsWith('path:') ? fault.slice(5) : null;

const { opts, state, mode } = workerData as WorkerInit;
const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

type Held = { start: number; end: number; lines: string[]; results: JobResult[] };
const held: Held[] = []; // processed, waiting for their turn (sorted by start)
let finishing = false, waiting = false, dead = false;

function guard(write: () => void): boolean {
  try {
    write();
    return true;
  } catch (e) {
    dead = true;
    post(e instanceof StdoutClosed ? { t: 'closed' } : { t: 'ioerror', message: (e as Error).message });
    return false;
  }
}

function flush(): void {
  // only this worker holds the batch starting at the turn, so check-then-write is safe
  while (!dead && held.length && turn(state) === held[0]!.start) {
    const h = held.shift()!;
    if (!guard(() => writeIfTurn(state, h.start, h.end, h.lines))) return;
    post({ t: 'written', results: h.results });
  }
  if (dead) return;
  if (!held.length) {
    if (finishing) post({ t: 'drained' });
    return;
  }
  if (!waiting) {
    waiting = true;
    void turnMoved(state, turn(state)).then(() => { waiting = false; flush(); });
  }
}

port.on('message', (m: ToWorker) => {
  if (dead) return;
  if (m.t === 'finish') {
    finishing = true;
    if (mode !== 'ordered' || !held.length) post({ t: 'drained' });
    return;
  }
  if (faultPath && m.jobs.some((j) => j.path.includes(faultPath))) process.exit(3);
  const results = m.jobs.map((j) => runJob(j, opts));
  const lines: string[] = [];
  for (const r of results) {
    if (r.status !== 'skipped' && r.json !== null) { lines.push(r.json + '\n'); r.json = null; }
  }
  post({ t: 'ready' });
  if (mode === 'ordered') {
    // kept sorted: a batch retried after another worker died can come after later ones
    const h: Held = { start: m.jobs[0]!.seq, end: m.jobs[m.jobs.length - 1]!.seq + 1, lines, results };
    let i = held.length;
    while (i > 0 && held[i - 1]!.start > h.start) i--;
    held.splice(i, 0, h);
    flush();
  } else if (mode === 'unordered') {
    if (guard(() => writeLocked(state, lines))) post({ t: 'written', results });
  } else {
    post({ t: 'written', results });
  }
});
