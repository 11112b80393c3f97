// Writing NDJSON to stdout synchronously: one reused buffer (no allocation per write),
// EAGAIN waited out (stdout pipes are non-blocking in Node, and waiting is the back-
// pressure a slow reader puts on the run), EPIPE turned into StdoutClosed.
import { writeSync } from 'node:fs';

export class StdoutClosed extends Error {
  constructor() { super('stdout closed'); }
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
let scratch: Buffer | null = null;

export function writeAll(text: string, fd = 1): void {
  if (!text) return;
  if (!scratch || text.length * 3 > scratch.length) scratch = Buffer.allocUnsafeSlow(Math.max(text.length * 3, 1 << 20));
  const total = scratch.write(text, 0, 'utf8');
  for (let off = 0; off < total;) {
    try {
      off += writeSync(fd, scratch, off, total - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new StdoutClosed();
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(sleepCell, 0, 0, 2);
    }
  }
}
