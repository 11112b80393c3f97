// Shared by the property tests and `npm run fuzz`: inputs (arbitrary and mutated
// fixtures) and the invariants every output must satisfy.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract, ChithiError, normalizeText } from '../../src/index.js';
import { Output } from '../../src/schema.js';
import type { Output as OutputT, SpanT } from '../../src/schema.js';
import { flat } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
export const SEED_TEXTS = readdirSync(join(ROOT, 'fixtures', 'seeds')).sort().map((f) => readFileSync(join(ROOT, 'fixtures', 'seeds', f), 'utf8'));

const plain = (s: string) => s.replace(/[*_\\`]/g, '').replace(/\s+/g, ' ').trim();

/** Mutations of a fixture: what OCR, exports and careless copies do to real texts. */
export const mutated = fc.tuple(fc.constantFrom(...SEED_TEXTS), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 9 })).map(([text, picks, op]) => {
  const lines = text.split('\n');
  const pick = (k: number) => picks[k % picks.length]! % Math.max(1, lines.length);
  switch (op) {
    case 0: return [...lines].sort((a, b) => (a.length * 31 + picks[0]!) % 7 - (b.length * 31 + picks[0]!) % 7).join('\n'); // shuffled
    case 1: return lines.filter((_, i) => i !== pick(0) && i !== pick(1)).join('\n'); // dropped
    case 2: return [...lines.slice(0, pick(0)), lines[pick(0)] ?? '', ...lines.slice(pick(0))].join('\n'); // duplicated
    case 3: return text.slice(0, (picks[0]! * 997) % Math.max(1, text.length)); // truncated (maybe mid-character)
    case 4: return text.replace(/(\d)[.)]/g, (m, d) => (picks[0]! % 2 ? `${d}${d}.` : m.replace('.', ','))); // markers corrupted
    case 5: return text.replace(/”/g, ''); // quotes unbalanced
    case 6: return text.replace(/\d+/g, (m) => (m.length % 2 ? '9999999999999999999999' : m)); // huge numbers
    case 7: return text + '\n' + '1.'.repeat(40) + ' sâu\n'; // deep nesting
    case 8: return lines.map((l) => l.split('').reverse().join('')).join('\n'); // mangled
    default: return text.replace(/\n/g, ' '); // one long line
  }
});

export const arbitraryText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom('Thứ ', 'nhất', 'hai là', '1.', '3.1.', 'II.', 'a)', '“', '”', '"', '**', 'chủ đề', ':', ' ', '\n', '\n\n', '-', 'Chỉ thị số 34-CT/TW', 'ngày 07/4/2014', 'tăng', '8%', '16.130', 'tỷ đồng', 'Nơi nhận:', 'CHỦ TỊCH', 'Số: 01/CT-UBND', 'KẾ HOẠCH', '|', 'leftcenterrightdel', 'Đ', 'Ð', '\u0301', '\u00a0', '\u200b', '🚀', 'مرحبا'), { maxLength: 200 }).map((a) => a.join('')),
);

/** Extract and check every invariant; returns the output (or null for a clean user error). */
export function checkInvariants(input: string | Uint8Array): OutputT | null {
  let out: OutputT;
  try {
    out = extract(input);
  } catch (e) {
    if (e instanceof ChithiError) return null; // a clear error is an allowed outcome
    throw e;
  }
  Output.parse(out);
  const text = typeof input === 'string' ? normalizeText(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input) : null;
  if (text === null) return out;
  const inside = (s: SpanT) => {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) throw new Error(`span out of text: ${JSON.stringify(s)}`);
    if (text.slice(0, s.start).split('\n').length !== s.line) throw new Error(`wrong line for ${JSON.stringify(s)}`);
    return text.slice(s.start, s.end);
  };
  for (const s of flat(out.sections)) {
    const at = plain(inside(s.span));
    if (!at.startsWith(plain(s.marker))) throw new Error(`section span does not start at its marker ${s.marker}: ${at.slice(0, 30)}`);
  }
  for (const t of out.themes) {
    if (plain(inside(t.span)).replace(/[\s,;:.]+$/u, '') !== plain(t.text)) throw new Error(`theme span is not its text: ${t.text}`);
  }
  for (const r of out.references) for (const m of r.mentions) {
    const at = plain(inside(m)).toLowerCase();
    if (!at.startsWith(r.type.toLowerCase().split(' ')[0]!) && !(r.number && at.replace(/\s+/g, '').includes(r.number.toLowerCase()))) throw new Error(`mention is not the reference ${r.type} ${r.number}: ${at}`);
  }
  for (const t of out.targets) {
    const at = inside(t.span);
    if (!/^[\d\p{L}]/u.test(at)) throw new Error(`target span does not start at its quantity: ${at}`);
    if (!Number.isFinite(t.value)) throw new Error('non-finite target value');
  }
  return out;
}
