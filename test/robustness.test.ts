// Any input, however broken: a valid output or a clear error, quickly, never a crash.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { arbitraryText, checkInvariants, mutated, SEED_TEXTS } from './support/properties.js';
import { ROOT } from './support/helpers.js';

// `npm run fuzz` runs the same properties with CHITHI_FUZZ_SCALE (e.g. 100x the runs)
const SCALE = Number(process.env.CHITHI_FUZZ_SCALE ?? 1);
function holds<T>(name: string, arb: fc.Arbitrary<T>, runs: number) {
  const details = fc.check(fc.property(arb, (x) => { checkInvariants(x as string | Uint8Array); }), { numRuns: Math.round(runs * SCALE) });
  if (SCALE > 1) process.stderr.write(`fuzz: ${name}: ${details.numRuns} cases, ${details.failed ? 'FAILED' : 'no failure'}\n`);
  if (details.failed) throw new Error(`counterexample ${JSON.stringify(details.counterexample)?.slice(0, 500)}: ${String(details.errorInstance)}`);
}

describe('properties (fast-check)', () => {
  it('arbitrary strings: schema-valid output or a clear error; spans inside the text', () => {
    holds('arbitrary strings', arbitraryText, 400);
  });
  it('arbitrary bytes: decoded or rejected with a clear error', () => {
    holds('arbitrary bytes', fc.uint8Array({ maxLength: 300 }), 300);
  });
  it('mutated fixtures (shuffled, dropped, duplicated, truncated, corrupted markers and numbers, unbalanced quotes)', () => {
    holds('mutated fixtures', mutated, 150);
  });
  it('whitespace only and punctuation only', () => {
    expect(checkInvariants(' \n\t \u00a0\n')).toBeNull();
    expect(checkInvariants('.,;:!?-“”"()[]'.repeat(50))).not.toBeNull();
  });
});

// Linear time: inputs built to trigger regex backtracking must extract within a small
// constant factor of a same-size normal text, timed in one run (a ratio, not seconds).
describe('linear time', () => {
  const normal = (size: number) => {
    let s = '';
    for (let i = 0; s.length < size; i++) s += SEED_TEXTS[i % SEED_TEXTS.length] + '\n';
    return s.slice(0, size);
  };
  const time = (s: string) => {
    let best = Infinity;
    for (let k = 0; k < 2; k++) {
      const t = performance.now();
      extract(s);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  const SIZE = 200_000;
  const cases: [string, (n: number) => string][] = [
    ['digits', (n) => '1'.repeat(n)],
    ['dots', (n) => '.'.repeat(n)],
    ['dashes', (n) => '- '.repeat(n / 2)],
    ['spaces then text', (n) => ' '.repeat(n) + 'x'],
    ['Thứ Thứ Thứ', (n) => 'Thứ '.repeat(n / 4)],
    ['number groups', (n) => '1.000'.repeat(n / 5) + ',5%'],
    ['many short wrapped lines', (n) => 'tăng cường công tác tuyên truyền vận động nhân dân tham gia thi đua yêu\n'.repeat(n / 70)],
    ['position chain', (n) => 'Chủ tịch - '.repeat(n / 11)],
    ['theme intros without quotes', (n) => 'chủ đề' + ' '.repeat(n)],
    ['theme kinds then capitalized words, no colon', (n) => 'Chủ đề Tháng Thanh niên năm 2024 '.repeat(n / 33)],
    ['quantities on one clause', (n) => '- Duy trì 1 hộ '.repeat(n / 15)],
    ['references without types', (n) => '12/CT-UBND '.repeat(n / 11)],
    ['unclosed scripts and comments in HTML', (n) => '<p>a</p><div>b</div><table>'.repeat(3) + '<script x<!--'.repeat(n / 13)],
    ['character references', (n) => '&ldquo;&#7843;&amp'.repeat(n / 18)],
    ['tags without ends', (n) => '<p>'.repeat(3) + '<a href="'.repeat(n / 9)],
    ['bare theme intros', (n) => '\nChủ đề năm 2024: Đoàn kết'.repeat(n / 28)],
    ['a layout table\'s rows', (n) => 'Chỉ tiêu     Đơn vị     Kế hoạch 2024\n' + 'Tỷ lệ  a  b     %     7,5\n'.repeat(n / 26)],
    ['wide gaps without a table', (n) => ('x' + ' '.repeat(3)).repeat(n / 4)],
    ['grid table rows', (n) => '+---+---+\n' + '| a | b |\n'.repeat(n / 10)],
    ['YAML front matter never closed', (n) => '---\n' + 'title: a\n'.repeat(n / 9)],
    ['OCR letters and digits', (n) => 'Số: ' + 'l5 2O '.repeat(n / 6)],
    ['menu bars', (n) => 'Tin\n\n' + 'ab | '.repeat(n / 5)],
    ['duties without an end', (n) => 'KẾ HOẠCH\nThi đua\n\nI. A\nx\n\n' + 'có trách nhiệm '.repeat(n / 15)],
    ['city abbreviations', (n) => 'Tin\n\nSáng 1/2, ' + 'TP. '.repeat(n / 4) + 'phát động'],
    ['a list of citations with their own dates', (n) => 'Căn cứ Nghị quyết số 1/NQ-X ' + 'ngày 1/1/2020 và 2/NQ-X '.repeat(n / 24)],
    ['named quotes with numbers in a targets list', (n) => 'KẾ HOẠCH\nThi đua\n\nI. CHỈ TIÊU\n- ' + 'mô hình “3 an toàn” có 5 xã, '.repeat(n / 30)],
    ['the head of government without a name', (n) => 'Tin\n\nThủ tướng Chính phủ phát động. ' + 'Phó Thủ tướng Chính phủ '.repeat(n / 24)],
    ['an organ\'s call that never reaches its end mark', (n) => 'KẾ HOẠCH\nThi đua\n\n1. A.\n\nSở Y tế đề nghị ' + 'các đơn vị. '.repeat(n / 12)],
    ['an organ head\'s office without a name', (n) => 'Bộ Y tế phát động thi đua. ' + 'Bộ trưởng Nguyễn '.repeat(n / 17)],
    ['an inline enumeration that never ends', (n) => 'Tin\n\n01/02/2024 08:00\n\nSáng 1/2, UBND tỉnh phát động: Một là, a; ' + 'Hai là, b; '.repeat(n / 11)],
    ['a list of amounts after commas and verbs of change', (n) => 'KẾ HOẠCH\nThi đua\n\nI. CHỈ TIÊU\n- ' + 'a, giảm b, '.repeat(n / 11) + '5%'],
    ['a report of texts issued without a date', (n) => 'Tin\n\nSáng nay, ' + 'ban hành Chỉ thị ngày '.repeat(n / 22)],
    ['abbreviations defined over and over', (n) => 'Tin\n\nSáng 1/2, phát động. ' + 'Hội Cựu (HC) chiến Binh (CB) Aa Bb Cc (ABC) '.repeat(n / 44)],
    ['slogans in bold that never close', (n) => 'KẾ HOẠCH\nThi đua\n\n' + 'với chủ đề **Đoàn kết '.repeat(n / 22)],
    ['slogans after "với chủ đề:" with no sentence end', (n) => 'KẾ HOẠCH\nThi đua\n\n' + 'với chủ đề: Đoàn kết '.repeat(n / 21)],
    ['organs and committees that never act', (n) => 'Tin\n\nSáng 1/2, phát động. ' + 'Sở Y tế tỉnh Tỉnh ủy '.repeat(n / 21)],
    ['deadline openers after long runs of blanks', (n) => 'KẾ HOẠCH\nThi đua năm 2024\n\nI. A\nx. ' + ' '.repeat(n / 2) + 'Đến năm x; ' + ' -'.repeat(n / 4)],
  ];
  const base = time(normal(SIZE));
  it.each(cases)('%s', (_name, make) => {
    const t = time(make(SIZE));
    expect(t / base).toBeLessThan(8);
  });
  it('amounts on one run-on clause: every one is a target, and twice the input costs about twice the time', () => {
    // (tens of thousands of targets: compared with itself at half the size, not with prose)
    const make = (n: number) => 'KẾ HOẠCH\nThi đua\n\nI. CHỈ TIÊU\n- ' + '85% - '.repeat(n / 6);
    expect(time(make(2 * SIZE / 4)) / time(make(SIZE / 4))).toBeLessThan(3);
  });
  it('amounts that open hard-wrapped lines join one paragraph: four times the input costs about four times the time', () => {
    const make = (n: number) => 'KẾ HOẠCH\nThi đua\n\nI. CHỈ TIÊU\n- Tỷ lệ đạt\n' + '5 - 7% hộ đạt\n'.repeat(n / 14);
    expect(extract(make(1400)).targets.length).toBeGreaterThan(90);
    // (best of four: the suite's other files run alongside)
    const best = (x: string) => Math.min(time(x), time(x));
    // (four times the input: about four times the time, sixteen if it were quadratic)
    expect(best(make(SIZE / 2)) / best(make(SIZE / 8))).toBeLessThan(8);
  });
  it('a run-on clause gives each amount its own neighbourhood as text, so output stays linear', () => {
    const o = extract('KẾ HOẠCH\nThi đua\n\nI. CHỈ TIÊU\n- ' + 'Tỷ lệ hài lòng đạt 85% - '.repeat(4000));
    expect(o.targets.length).toBeGreaterThan(1000);
    expect(Math.max(...o.targets.map((t) => t.text.length + t.indicator.length))).toBeLessThan(1400);
  });
  it('unclosed quotes over 1 MB', () => {
    const big = 1_000_000;
    const t = time('với chủ đề “Đoàn kết, sáng tạo, '.repeat(big / 32));
    expect(t / time(normal(big))).toBeLessThan(8);
  });
});

describe('fixtures/torture', () => {
  const dir = join(ROOT, 'fixtures', 'torture');
  const files = readdirSync(dir).sort();
  const load = (f: string) => readFileSync(join(dir, f));
  it('has the nastiest cases', () => expect(files.length).toBeGreaterThanOrEqual(12));
  it.each(files)('%s: valid output or a clear error', (f) => {
    const bytes = load(f);
    checkInvariants(bytes);
    try { checkInvariants(bytes.toString('utf8')); } catch (e) { throw new Error(`${f}: ${(e as Error).message}`); }
  });
  it('unclosed quotes: one theme per distinct slogan, ended at the clause', () => {
    expect(extract(load('unclosed-quotes.txt')).themes[0]!.text).toBe('Đoàn kết, sáng tạo');
  });
  it('deep decimal nesting keeps a path per level', () => {
    const s = extract(load('deep-decimal.txt')).sections;
    expect(s[0]!.path).toBe('1');
  });
  it('weekday datelines are not sections', () => {
    expect(extract(load('weekday-datelines.txt')).sections.map((s) => s.marker)).toEqual(['Thứ nhất', 'Thứ hai']);
  });
  it('mixed line endings', () => {
    const o = extract(load('mixed-line-endings.txt'));
    expect(o.sections.map((s) => s.heading)).toEqual(['Mục tiêu', 'Chỉ tiêu']);
    expect(o.targets[0]).toMatchObject({ value: 8, unit: '%' });
  });
  it('a reference split across a page break keeps its issuer', () => {
    const r = extract(load('page-break-reference.txt')).references[0]!;
    expect(r).toMatchObject({ number: '34-CT/TW', date: '2014-04-07' });
  });
  it('huge numbers stay finite', () => {
    for (const t of extract(load('huge-number.txt')).targets) expect(Number.isFinite(t.value)).toBe(true);
  });
  it('truncated UTF-8 decodes with a warning; a lone surrogate in UTF-16 is rejected; TCVN3 bytes are detected', () => {
    expect(extract(load('truncated-utf8.txt')).warnings.join(' ')).toMatch(/UTF-8/);
    expect(() => extract(load('lone-surrogate-utf16le.txt'))).toThrow(/surrogate/);
    expect(extract(load('tcvn3-mislabelled.txt')).source.encoding).toBe('tcvn3');
  });
});
