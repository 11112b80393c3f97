// Reading one input: file or stdin, with the checks that give one-line errors.
import { fs } from './builtins.js';

const { readFileSync, statSync, readSync } = fs;
import { ChithiError } from './errors.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function readInput(path: string | null, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  if (path === null || path === '-') return readStdin(maxBytes);
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw fsError(e);
  }
  if (st.isDirectory()) throw new ChithiError('EISDIR', 'is a directory, not a file');
  if (!st.isFile() && !st.isFIFO() && !st.isCharacterDevice()) throw new ChithiError('EREAD', 'not a regular file');
  if (st.size > maxBytes) throw new ChithiError('ETOOLARGE', `file too large (${st.size} bytes; limit ${maxBytes}, see --max-size)`);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw fsError(e);
  }
  if (buf.length > maxBytes) throw new ChithiError('ETOOLARGE', `file too large (${buf.length} bytes; limit ${maxBytes}, see --max-size)`);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function readStdin(maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw new ChithiError('EREAD', `cannot read standard input (${code ?? (e as Error).message})`);
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new ChithiError('ETOOLARGE', `input too large (over ${maxBytes} bytes, see --max-size)`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  const buf = Buffer.concat(chunks);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export function fsError(e: unknown): ChithiError {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return new ChithiError('ENOENT', 'no such file');
    case 'EACCES':
    case 'EPERM': return new ChithiError('EACCES', 'permission denied');
    case 'EISDIR': return new ChithiError('EISDIR', 'is a directory, not a file');
    case 'ELOOP': return new ChithiError('EREAD', 'too many levels of symbolic links');
    default: return new ChithiError('EREAD', `cannot read (${err.code ?? err.message})`);
  }
}

/** "50MB", "1.5G", "1048576" -> bytes. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(s.trim());
  if (!m) throw new ChithiError('EUSAGE', `invalid size: ${s}`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}
