// The built CLI (dist/, made by `npm ci`/`npm run build`): commands, bad input, exit codes.
import { beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Output } from '../src/schema.js';
import { cli, ROOT } from './support/helpers.js';

const SEED = 'fixtures/seeds/cao-bang-01-ct-ubnd-2023.txt';
let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'chithi.cjs'))) throw new Error('dist/ missing: run `npm run build` (npm ci does it)');
  dir = mkdtempSync(join(tmpdir(), 'chithi-cli-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

describe('chithi extract', () => {
  it('one file: pretty JSON that parses with the schema', () => {
    const r = cli(['extract', SEED]);
    expect(r.code).toBe(0);
    const out = Output.parse(JSON.parse(r.stdout));
    expect(out.source.path).toBe(SEED);
    expect(r.stdout.split('\n').length).toBeGreaterThan(10);
  });
  it('--compact is one line; stdin has path null', () => {
    const r = cli(['extract', '--compact', '-'], 'CHỈ THỊ\nVề thi đua\n\n1. Thi đua yêu nước.');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).source.path).toBeNull();
    expect(JSON.parse(cli(['extract'], 'Thứ nhất, thi đua.').stdout).source.path).toBeNull();
  });
  it.each([
    ['missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['empty file', () => { const p = join(dir, 'empty.txt'); writeFileSync(p, ''); return p; }, /empty/],
    ['whitespace only', () => { const p = join(dir, 'ws.txt'); writeFileSync(p, ' \n\t\n'); return p; }, /no text/],
    ['binary data', () => { const p = join(dir, 'bin.txt'); writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0xff])); return p; }, /binary/],
    ['over the size limit', () => { const p = join(dir, 'big.txt'); writeFileSync(p, 'a'.repeat(2048)); return p; }, /too large/],
    ['unreadable file', () => { const p = join(dir, 'locked.txt'); writeFileSync(p, 'x'); chmodSync(p, 0); return p; }, /permission denied|cannot read/],
  ])('%s: one-line error naming the file, exit 1', (_name, make, reason) => {
    const p = make();
    const args = _name === 'over the size limit' ? ['text', '--max-size', '1KB', p] : ['text', p];
    const r = cli(args);
    if (_name === 'unreadable file' && process.getuid?.() === 0) {
      // root reads anything: the check is that it does not crash
      expect([0, 1]).toContain(r.code);
      return;
    }
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`chithi: ${p}: `);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('a directory where a file is needed', () => {
    const r = cli(['text', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is a directory/);
  });
  it('usage errors exit 2', () => {
    expect(cli(['extract', '--jobs', 'many', SEED]).code).toBe(2);
    expect(cli(['extract', '--no-such-option']).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['extract', '--ref-date', '18/01/2023', SEED]).code).toBe(2);
  });
  it('--help and --version', () => {
    expect(cli(['--help']).stdout).toMatch(/extract/);
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(cli(['extract', '--help']).stdout).toMatch(/--out-dir/);
  });
});

describe('chithi text and schema', () => {
  it('text prints the normalized text that spans refer to', () => {
    const r = cli(['text', '-'], 'Ðoa\u0300n ke\u0302\u0301t\r\nCao Bằng');
    expect(r.stdout).toBe('Đoàn kết\nCao Bằng');
    const ex = JSON.parse(cli(['extract', SEED]).stdout);
    const text = cli(['text', SEED]).stdout;
    const th = ex.themes[0];
    expect(text.slice(th.span.start, th.span.end)).toContain(th.text.slice(0, 20));
  });
  it('schema prints a JSON Schema with the contract fields', () => {
    const s = JSON.parse(cli(['schema']).stdout);
    expect(s.type).toBe('object');
    expect(Object.keys(s.properties)).toEqual(['schemaVersion', 'source', 'document', 'issuer', 'themes', 'sections', 'references', 'targets', 'closing', 'recipients', 'attachments', 'warnings']);
  });
});

describe('start-up through the code cache (dist/load.cjs)', () => {
  const state = (distDir: string) => {
    const r = spawnSync(process.execPath, ['-e', `const l = require(${JSON.stringify(join(distDir, 'load.cjs'))}); l.bundle('chithi'); process.stdout.write(l.cacheState('chithi'))`], { encoding: 'utf8' });
    return r.stdout;
  };
  it('the built cache is accepted by this Node', () => {
    expect(state(join(ROOT, 'dist'))).toBe('used');
  });
  it('a damaged or missing cache is refused and the bundle compiled: same output', () => {
    const copy = join(dir, 'dist-copy');
    cpSync(join(ROOT, 'dist'), copy, { recursive: true });
    const cache = readdirSync(copy).find((f) => /^chithi\.[0-9a-f]+\.cache$/.test(f))!;
    expect(cache).toBeTruthy();
    const bytes = readFileSync(join(copy, cache));
    for (let i = 0; i < bytes.length; i += 97) bytes[i] = bytes[i]! ^ 0x5a;
    writeFileSync(join(copy, cache), bytes);
    expect(state(copy)).toBe('rejected');
    const run = () => spawnSync(process.execPath, ['-e', `process.argv.splice(1, 0, 'chithi'); require(${JSON.stringify(join(copy, 'load.cjs'))}).bundle('chithi').main()`, 'extract', SEED], { encoding: 'utf8', cwd: ROOT }).stdout;
    const damaged = run();
    expect(JSON.parse(damaged).document.kind).toBe('chi-thi');
    expect(damaged).toBe(cli(['extract', SEED]).stdout);
    rmSync(join(copy, cache));
    expect(state(copy)).toBe('none');
    expect(run()).toBe(damaged);
  });
});

describe('library API', () => {
  it('import from the built package entry', async () => {
    const lib = await import(join(ROOT, 'dist', 'index.js'));
    const out = lib.extract('CHỈ THỊ\nVề thi đua\n\n1. Thi đua.');
    expect(out.document.kind).toBe('chi-thi');
    expect(typeof lib.jsonSchema).toBe('function');
  });
});
void mkdirSync;
