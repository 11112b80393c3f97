// Writing NDJSON to stdout synchronously: one reused buffer (no allocation per write),
// EAGAIN waited out (stdout pipes are non-blocking in Node, and waiting is the back-
// pressure a slow reader puts on the run), EPIPE turned into StdoutClosed.
import { writeSync } from 'node:fs';

export class StdoutClosed extends Error {
  constructor() { super('stdout closed'); }
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
let scratch: Buffer | null = null;

/** Write all of `data` (a string is written as UTF-8) to fd. */
export function writeAll(data: string | Uint8Array, fd = 1): void {
  if (!data.length) return;
  let bytes: Uint8Array, total: number;
  if (typeof data === 'string') {
    if (!scratch || data.length * 3 > scratch.length) scratch = Buffer.allocUnsafeSlow(Math.max(data.length * 3, 1 << 20));
    total = scratch.write(data, 0, 'utf8');
    bytes = scratch;
  } else {
    bytes = data;
    total = data.length;
  }
  for (let off = 0; off < total;) {
    try {
      off += writeSync(fd, bytes, off, total - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new StdoutClosed();
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(sleepCell, 0, 0, 2);
    }
  }
}
