// The NDJSON sink shared by the main thread and the workers. Workers write their own
// output straight to stdout (fd 1), so documents' JSON never crosses threads; the order
// is kept by a shared "turn" (the sequence number of the next job whose lines may be
// written), and --unordered writes are kept whole by a shared lock.
import { writeSync } from 'node:fs';

/** Shared state: [0] turn (next job to write), [1] lock (unordered), [2] sleep cell. */
export type SinkState = Int32Array;
const TURN = 0, LOCK = 1, SLEEP = 2;

export function createSinkState(): SinkState {
  return new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
}

export class StdoutClosed extends Error {
  constructor() { super('stdout closed'); }
}

/**
 * Write all of text to fd synchronously. A pipe may be non-blocking (Node makes stdout
 * pipes so): on EAGAIN wait a little and go on, which is also the back-pressure a slow
 * reader (`| jq`) puts on the whole run. A reader that went away (EPIPE) is StdoutClosed.
 */
let scratch = Buffer.allocUnsafeSlow(1 << 20);

export function writeAll(state: SinkState, text: string, fd = 1): void {
  if (!text) return;
  // encoded into one reused buffer per thread: no allocation per write, so no malloc
  // churn (which grew the resident memory of long runs)
  if (text.length * 3 > scratch.length) scratch = Buffer.allocUnsafeSlow(Math.max(text.length * 3, scratch.length * 2));
  const total = scratch.write(text, 0, 'utf8');
  for (let off = 0; off < total;) {
    try {
      off += writeSync(fd, scratch, off, total - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw closedOr(e);
      Atomics.wait(state, SLEEP, 0, 2);
    }
  }
}

const closedOr = (e: unknown) => ((e as NodeJS.ErrnoException).code === 'EPIPE' ? new StdoutClosed() : e);

/** --unordered: one writer at a time, so that lines from two threads never interleave. */
export function writeLocked(state: SinkState, lines: string[]): void {
  if (!lines.length) return;
  while (Atomics.compareExchange(state, LOCK, 0, 1) !== 0) Atomics.wait(state, LOCK, 1, 50);
  try {
    writeLines(state, lines);
  } finally {
    Atomics.store(state, LOCK, 0);
    Atomics.notify(state, LOCK, 1);
  }
}

export const turn = (state: SinkState): number => Atomics.load(state, TURN);

/** One write per line: native buffers stay document-sized (a batch's would fragment memory). */
export function writeLines(state: SinkState, lines: string[]): void {
  for (const line of lines) writeAll(state, line);
}

/** Write the lines of jobs [start, end) if it is their turn; then pass the turn on. */
export function writeIfTurn(state: SinkState, start: number, end: number, lines: string[]): boolean {
  if (Atomics.load(state, TURN) !== start) return false;
  writeLines(state, lines);
  Atomics.store(state, TURN, end);
  Atomics.notify(state, TURN);
  return true;
}

/** Resolves when the turn is no longer `seen` (without blocking the event loop). */
export function turnMoved(state: SinkState, seen: number): Promise<unknown> {
  const w = Atomics.waitAsync(state, TURN, seen);
  return w.async ? w.value : Promise.resolve();
}
