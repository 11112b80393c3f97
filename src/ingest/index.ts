import { sha256hex } from '../builtins.js';
import { ChithiError } from '../errors.js';
import { decode, type Encoding } from './decode.js';
import { controlShare, normalizeText } from './normalize.js';
import { fromWeb } from './html.js';

export { decode, decodeAs, ENCODINGS, type Encoding } from './decode.js';
export { normalizeText } from './normalize.js';

export type Ingested = {
  text: string; // normalized
  source: { path: string | null; sha256: string; bytes: number; encoding: string };
  warnings: string[];
};

const encoder = new TextEncoder();

/** Bytes (or an already-decoded string) -> normalized text plus the `source` block. */
export function ingest(input: string | Uint8Array, opts: { path?: string | null; encoding?: Encoding } = {}): Ingested {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  const sha256 = sha256hex(bytes);
  let raw: string;
  let encoding: string;
  let warnings: string[] = [];
  if (typeof input === 'string') {
    raw = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    encoding = 'utf-8';
  } else {
    if (bytes.length === 0) throw new ChithiError('EEMPTY', 'empty file');
    const d = decode(bytes, opts.encoding);
    raw = d.text;
    encoding = d.encoding;
    warnings = d.warnings;
  }
  if (raw.includes('\u0000')) throw new ChithiError('EBINARY', 'binary data (NUL characters), not a text file');
  if (controlShare(raw.slice(0, 65536)) > 0.02) throw new ChithiError('EBINARY', 'binary data (control characters), not a text file');
  const text = normalizeText(fromWeb(raw));
  if (!text.trim()) throw new ChithiError('EEMPTY', 'no text (empty or only whitespace)');
  return { text, source: { path: opts.path ?? null, sha256, bytes: bytes.length, encoding }, warnings };
}
