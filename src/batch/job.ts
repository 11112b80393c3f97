// One input, start to finish: read, (skip if its output is up to date), extract,
// serialize, and with --out-dir write atomically. Runs in a worker or in-process.
import { sha256hex } from '../builtins.js';
import { closeSync, mkdirSync, openSync, readSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { extract } from '../extract.js';
import { ChithiError } from '../errors.js';
import { readInput } from '../io.js';
import type { Encoding } from '../ingest/decode.js';

export type JobOptions = { maxBytes: number; encoding?: Encoding; refDate: number | null; force: boolean; pretty: boolean };
export type Job = { seq: number; path: string; out: string | null };
export type JobResult =
  // json: the output (null under --out-dir); a worker thread sends it as the UTF-8 bytes
  // of the NDJSON line, newline included, moved to the main thread without a copy
  | { seq: number; path: string; status: 'ok'; json: string | Uint8Array | null; ms: number }
  | { seq: number; path: string; status: 'skipped' }
  | { seq: number; path: string; status: 'error'; code: string; message: string; json: string };

export function errorRecord(path: string | null, code: string, message: string): string {
  return JSON.stringify({ source: { path }, error: { code, message } });
}

function recordedSha(out: string): string | null {
  let fd: number;
  try { fd = openSync(out, 'r'); } catch { return null; }
  try {
    const buf = Buffer.alloc(1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const m = /"sha256"\s*:\s*"([0-9a-f]{64})"/.exec(buf.subarray(0, n).toString('utf8'));
    return m ? m[1]! : null;
  } finally {
    closeSync(fd);
  }
}

/** Write via a temp file and rename: a crash never leaves half a JSON under the real name. */
export function writeAtomic(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
}

export function runJob(job: Job, opts: JobOptions): JobResult {
  const t0 = performance.now();
  try {
    const bytes = readInput(job.path, opts.maxBytes);
    if (job.out && !opts.force) {
      const sha = sha256hex(bytes);
      if (recordedSha(job.out) === sha) return { seq: job.seq, path: job.path, status: 'skipped' };
    }
    const out = extract(bytes, { path: job.path, encoding: opts.encoding, refDate: opts.refDate === null ? null : new Date(opts.refDate) });
    const json = JSON.stringify(out, null, job.out && opts.pretty ? 2 : undefined);
    if (job.out) {
      try {
        writeAtomic(job.out, json + '\n');
      } catch (e) {
        throw new ChithiError('EREAD', `cannot write ${job.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      return { seq: job.seq, path: job.path, status: 'ok', json: null, ms: performance.now() - t0 };
    }
    return { seq: job.seq, path: job.path, status: 'ok', json, ms: performance.now() - t0 };
  } catch (e) {
    const code = e instanceof ChithiError ? e.code : 'EINTERNAL';
    const message = e instanceof ChithiError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    return { seq: job.seq, path: job.path, status: 'error', code, message, json: errorRecord(job.path, code, message) };
  }
}
