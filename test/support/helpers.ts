import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { extract } from '../../src/index.js';
import { Output } from '../../src/schema.js';
import type { Output as OutputT, SectionT } from '../../src/schema.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS = join(ROOT, 'fixtures', 'seeds');
export const seedNames = () => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
export const seed = (name: string) => readFileSync(join(SEEDS, name));

/** Extract and validate against the zod schema (every test output goes through this). */
export function run(input: string | Uint8Array, opts: Parameters<typeof extract>[1] = {}): OutputT {
  const out = extract(input, opts);
  return Output.parse(out);
}

export function flat(sections: SectionT[]): SectionT[] {
  return sections.flatMap((s) => [s, ...flat(s.children)]);
}

export function cli(args: string[], input?: string | Buffer, env?: Record<string, string>) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'chithi.js'), ...args], { input, encoding: 'utf8', cwd: ROOT, env: env ? { ...process.env, ...env } : process.env, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
