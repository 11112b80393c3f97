// Node built-ins the one-file path needs, loaded with require(): an ESM import of
// "node:fs" or "node:crypto" evaluates every export (fs/promises, readline, webcrypto …),
// which costs milliseconds of a cold start; require() gives the module and nothing else.
import { createRequire } from 'node:module';

const req = createRequire(import.meta.url);
export const fs = req('node:fs') as typeof import('node:fs');
let crypto: typeof import('node:crypto') | null = null;
export const sha256hex = (bytes: Uint8Array): string =>
  (crypto ??= req('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
/** require() for CommonJS packages loaded on first use (iconv-lite). */
export { req as lazyRequire };
