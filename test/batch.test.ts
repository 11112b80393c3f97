// Batch mode through the built CLI: folders, globs, out-dir mirroring and collisions,
// atomic writes, resume, NDJSON in and out, error records, exit codes, ordered output.
import { beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Output } from '../src/schema.js';
import { outputNames } from '../src/batch/run.js';
import { globToRegex } from '../src/batch/inputs.js';
import { writeAtomic } from '../src/batch/job.js';
import { cli, ROOT, seedNames } from './support/helpers.js';

let dir: string;
let input: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chithi-batch-'));
  input = join(dir, 'in');
  mkdirSync(join(input, 'sub', 'deeper'), { recursive: true });
  mkdirSync(join(input, '.hidden'));
  for (const f of seedNames()) cpSync(join(ROOT, 'fixtures', 'seeds', f), join(input, f));
  cpSync(join(ROOT, 'fixtures', 'seeds', 'tay-son-2023.txt'), join(input, 'sub', 'deeper', 'tay-son-2023.txt'));
  cpSync(join(ROOT, 'fixtures', 'seeds', 'bac-giang-2022.txt'), join(input, '.hidden', 'x.txt'));
  writeFileSync(join(input, 'notes.csv'), 'a,b\n');
  symlinkSync('..', join(input, 'sub', 'loop'));
  return () => rmSync(dir, { recursive: true, force: true });
});

const lines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('batch', () => {
  it('walks folders recursively (.txt/.md), skips hidden folders and symlink loops, NDJSON in input order with --jobs 2', () => {
    const r = cli(['extract', input, '--jobs', '2', '--quiet']);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    const paths = out.map((o) => o.source.path.slice(input.length + 1));
    expect(paths).toEqual([...seedNames(), 'sub/deeper/tay-son-2023.txt'].sort((a, b) => (a < b ? -1 : 1)));
    for (const o of out) Output.parse(o);
    // same order with one job
    expect(lines(cli(['extract', input, '--jobs', '1', '--quiet']).stdout).map((o) => o.source.path)).toEqual(out.map((o) => o.source.path));
  });
  it('--hidden and --ext', () => {
    expect(lines(cli(['extract', input, '--hidden', '--quiet']).stdout).some((o) => o.source.path.includes('.hidden'))).toBe(true);
    expect(lines(cli(['extract', input, '--ext', 'csv', '--quiet']).stdout)).toHaveLength(1);
  });
  it('glob patterns', () => {
    const r = cli(['extract', `${input}/**/tay-*.txt`, '--quiet']);
    expect(lines(r.stdout).map((o) => o.source.path)).toEqual([join(input, 'sub/deeper/tay-son-2023.txt'), join(input, 'tay-son-2023.txt')].sort());
    expect(globToRegex('a/**/*.txt').re.test('x/y/z.txt')).toBe(true);
    expect(globToRegex('a/*.txt').re.test('x/z.txt')).toBe(false);
  });
  it('a failing file gives an error record, the run goes on, exit 1', () => {
    writeFileSync(join(input, 'broken.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0x00, 0x00, 0x10, 0x11, 0xff]));
    const r = cli(['extract', input, join(dir, 'missing.txt'), '--quiet']);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    const errors = out.filter((o) => o.error);
    expect(errors.map((e) => e.error.code).sort()).toEqual(['EBINARY', 'ENOENT']);
    expect(out.filter((o) => !o.error)).toHaveLength(6);
  });
  it('--out-dir mirrors folders, resumes by sha256, --force redoes, --report lists failures', () => {
    const out = join(dir, 'out');
    writeFileSync(join(input, 'empty.txt'), '');
    const r1 = cli(['extract', input, '--out-dir', out, '--report', join(dir, 'r.json'), '--quiet']);
    expect(r1.code).toBe(1);
    expect(existsSync(join(out, 'sub', 'deeper', 'tay-son-2023.json'))).toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith('.json'))).toHaveLength(5);
    Output.parse(JSON.parse(readFileSync(join(out, 'cao-bang-01-ct-ubnd-2023.json'), 'utf8')));
    const rep = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(rep).toMatchObject({ ok: 6, failed: 1, skipped: 0 });
    expect(rep.failures[0]).toMatchObject({ code: 'EEMPTY' });
    const mtime = statSync(join(out, 'bac-giang-2022.json')).mtimeMs;
    const r2 = cli(['extract', input, '--out-dir', out, '--report', join(dir, 'r2.json'), '--quiet']);
    expect(JSON.parse(readFileSync(join(dir, 'r2.json'), 'utf8'))).toMatchObject({ ok: 0, skipped: 6 });
    expect(statSync(join(out, 'bac-giang-2022.json')).mtimeMs).toBe(mtime);
    expect(r2.code).toBe(1);
    cli(['extract', input, '--out-dir', out, '--force', '--report', join(dir, 'r3.json'), '--quiet']);
    expect(JSON.parse(readFileSync(join(dir, 'r3.json'), 'utf8'))).toMatchObject({ ok: 6, skipped: 0 });
    // no temp files left behind
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
  it('an output folder inside the input folder is not read back as input', () => {
    const out = join(input, 'out');
    cli(['extract', input, '--out-dir', out, '--quiet']);
    const r = cli(['extract', input, '--out-dir', out, '--ext', 'txt,md,json', '--report', join(dir, 'r.json'), '--quiet']);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).skipped).toBe(6);
    expect(r.code).toBe(0);
  });
  it('two inputs mapping to one name get distinct outputs, never an overwrite', () => {
    const names = outputNames([{ path: 'a/x.txt', rel: 'x.txt' }, { path: 'a/x.md', rel: 'x.md' }, { path: 'b/x.txt', rel: 'x.txt' }], '/o');
    expect(new Set(names).size).toBe(3);
    expect(names[0]).toBe('/o/x.json');
  });
  it('atomic write: the real name appears only complete', () => {
    const p = join(dir, 'w', 'a.json');
    writeAtomic(p, '{"ok":true}\n');
    expect(readFileSync(p, 'utf8')).toBe('{"ok":true}\n');
    expect(readdirSync(join(dir, 'w'))).toEqual(['a.json']);
  });
  it('--ndjson-input: one output per input line, carrying the id; a bad line is an error record', () => {
    const inp = [JSON.stringify({ id: 'a1', text: 'CHỈ THỊ\nVề thi đua\n\n1. Thi đua.' }), 'not json', JSON.stringify({ id: 7, text: 'Thứ nhất, thi đua.' })].join('\n') + '\n';
    const r = cli(['extract', '--ndjson-input', '--quiet'], inp);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a1', null, 7]);
    expect(out[0].document.kind).toBe('chi-thi');
    expect(out[1].error.code).toBe('EJSON');
    expect(r.code).toBe(1);
  });
});

describe('batch safety', () => {
  it('names with spaces, Unicode and newlines', () => {
    const odd = join(dir, 'odd');
    mkdirSync(odd);
    for (const name of ['chỉ thị số 1.txt', 'kế\nhoạch.txt', '  lead.md']) writeFileSync(join(odd, name), 'CHỈ THỊ\nVề thi đua\n\n1. Thi đua.');
    const r = cli(['extract', odd, '--quiet']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((o) => o.source.path.slice(odd.length + 1)).sort()).toEqual(['  lead.md', 'chỉ thị số 1.txt', 'kế\nhoạch.txt'].sort());
    const out = join(dir, 'odd-out');
    expect(cli(['extract', odd, '--out-dir', out, '--quiet']).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['  lead.json', 'chỉ thị số 1.json', 'kế\nhoạch.json'].sort());
  });
  it('a file that disappears before it is read is an error record, not a crash', async () => {
    const { runJob } = await import('../src/batch/job.js');
    const r = runJob({ seq: 0, path: join(dir, 'gone.txt'), out: null }, { maxBytes: 1e6, refDate: null, force: false, pretty: false });
    expect(r).toMatchObject({ status: 'error', code: 'ENOENT' });
  });
  it('a failing write leaves no partial file', () => {
    const target = join(dir, 'w2', 'a.json');
    mkdirSync(target, { recursive: true }); // a folder where the file should go: rename fails
    expect(() => writeAtomic(target, '{"x":1}')).toThrow();
    expect(readdirSync(join(dir, 'w2'))).toEqual(['a.json']);
    expect(readdirSync(target)).toEqual([]);
  });
});

describe('workers and the output stream', () => {
  const many = (n: number) => {
    const d = join(dir, 'many');
    mkdirSync(d);
    const text = readFileSync(join(ROOT, 'fixtures', 'seeds', 'tay-son-2023.txt'));
    const names = Array.from({ length: n }, (_, i) => `d${String(i).padStart(3, '0')}.txt`);
    for (const f of names) writeFileSync(join(d, f), text);
    return { d, paths: names.map((f) => join(d, f)) };
  };

  it('fewer files than the pool can take at once: every file is run, none is reported lost, exit 0', () => {
    // a worker that gets no batch at all must not end the pool while another still runs
    for (const [n, jobs] of [[2, 2], [3, 4], [5, 8]] as const) {
      const { d, paths } = many(n);
      const r = cli(['extract', d, '--jobs', String(jobs), '--quiet']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = lines(r.stdout);
      expect(out.map((o) => o.source.path)).toEqual(paths);
      expect(out.every((o) => !o.error && typeof o.document?.title === 'string')).toBe(true);
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('--jobs 2 and --jobs 3 (this thread and workers extracting) give byte for byte what --jobs 1 gives', () => {
    // every fixture, several times over, so that each thread runs each kind of text
    const d = join(dir, 'mixed');
    mkdirSync(d);
    const files = ['seeds', 'variants', 'encodings'].flatMap((sub) =>
      readdirSync(join(ROOT, 'fixtures', sub)).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(ROOT, 'fixtures', sub, f)));
    let k = 0;
    for (let round = 0; round < 3; round++) for (const f of files) cpSync(f, join(d, `${String(k++).padStart(4, '0')}-${f.split('/').pop()}`));
    const one = cli(['extract', d, '--jobs', '1', '--quiet']);
    expect(one.code).toBe(0);
    expect(lines(one.stdout)).toHaveLength(k);
    for (const jobs of ['2', '3']) {
      const many = cli(['extract', d, '--jobs', jobs, '--quiet']);
      expect(many.code).toBe(0);
      expect(many.stdout).toBe(one.stdout);
    }
  });

  it('--unordered with --jobs 2: every input once, every line whole JSON', () => {
    const { d, paths } = many(60);
    const r = cli(['extract', d, '--jobs', '2', '--unordered', '--quiet']);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.source.path).sort()).toEqual(paths);
  });

  it('a worker that dies takes only the file it died on: an error record for it, the rest in order, exit 1', () => {
    const { d, paths: small } = many(60);
    // files above 1 MB are never extracted on the main thread, so these four reach a worker
    // (the seam makes it die on them) whichever thread takes their batch
    const big = readFileSync(join(ROOT, 'fixtures', 'seeds', 'tay-son-2023.txt'), 'utf8').repeat(80);
    const doomed = [5, 33, 34, 58].map((i) => small[i]!.replace('.txt', '-big.txt'));
    const paths = small.map((p, i) => ([5, 33, 34, 58].includes(i) ? p.replace('.txt', '-big.txt') : p));
    for (const p of doomed) {
      rmSync(p.replace('-big.txt', '.txt'));
      writeFileSync(p, big);
    }
    for (const extra of [[], ['--unordered']]) {
      const r = cli(['extract', d, '--jobs', '2', '--quiet', ...extra], undefined, { CHITHI_TEST_WORKER_FAULT: 'path:-big' });
      expect(r.code).toBe(1);
      const out = lines(r.stdout);
      expect(out).toHaveLength(60);
      if (!extra.length) expect(out.map((o) => o.source.path)).toEqual(paths);
      const errors = out.filter((o) => o.error);
      expect(errors.map((o) => o.source.path).sort()).toEqual(doomed);
      expect(errors.every((o) => o.error.code === 'EINTERNAL')).toBe(true);
    }
  });

  it('workers that cannot start: every input gets an error record, no hang, exit 1', () => {
    const { d } = many(20);
    const r = cli(['extract', d, '--jobs', '2', '--quiet'], undefined, { CHITHI_TEST_WORKER_FAULT: 'start' });
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(20);
    expect(out.every((o) => o.error?.code === 'EINTERNAL')).toBe(true);
  });

  it('a reader that goes away (| head) ends the run quietly, exit 0, no stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const { d } = many(200);
    for (const args of [[d, '--jobs', '2'], [d, '--jobs', '1'], [join(d, 'd000.txt')]]) {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'chithi.js'), 'extract', ...args, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (b) => (err += b));
      await new Promise((r) => child.stdout.once('data', r));
      child.stdout.destroy();
      const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      expect(code).toBe(0);
      expect(err).toBe('');
    }
  });
});

describe('SIGINT', () => {
  it('finishes or drops in-flight files cleanly: exit 130, every written JSON complete, no temp file', async () => {
    const { spawn } = await import('node:child_process');
    const many = join(dir, 'many');
    mkdirSync(many);
    const text = readFileSync(join(ROOT, 'fixtures', 'seeds', 'cao-bang-01-ct-ubnd-2023.txt'));
    for (let i = 0; i < 1500; i++) writeFileSync(join(many, `d${i}.txt`), text);
    const out = join(dir, 'many-out');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'chithi.js'), 'extract', many, '--out-dir', out, '--jobs', '2', '--quiet'], { stdio: 'ignore' });
    // interrupt once the run is under way (the first output exists), whatever the machine's speed
    while (!existsSync(out) || readdirSync(out).filter((f) => f.endsWith('.json')).length === 0) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    const files = readdirSync(out);
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(1500);
    for (const f of files) JSON.parse(readFileSync(join(out, f), 'utf8'));
  });
});
