// Every seed: valid output, spans inside the text; and the accuracy ratchet on the seeds.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { normalizeText } from '../src/index.js';
import { flat, ROOT, run, seed, seedNames } from './support/helpers.js';

describe.each(seedNames())('%s', (name) => {
  const bytes = seed(name);
  const out = run(bytes, { path: name });
  const text = normalizeText(bytes.toString('utf8')).replace(/^\ufeff/, '');
  it('parses with the schema and reports its source', () => {
    expect(out.source.bytes).toBe(bytes.length);
    expect(out.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.source.encoding).toBe('utf-8');
  });
  it('every span lies inside the normalized text', () => {
    const spans = [...out.themes.map((t) => t.span), ...flat(out.sections).map((s) => s.span), ...out.references.flatMap((r) => r.mentions), ...out.targets.map((t) => t.span)];
    for (const s of spans) {
      expect(s.start).toBeLessThanOrEqual(s.end);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(0, s.start).split('\n').length).toBe(s.line);
    }
  });
});

// The ratchet: the level each field group has reached on the seeds. Raise, never lower.
const FLOOR = { metadata: 1, themes: 1, sections: 1, boundaries: 1, references: 1, refAttrs: 1, targets: 1, targetAttrs: 1 };

describe('accuracy on fixtures/seeds (scorer in test/support, gold in fixtures/gold)', () => {
  it('holds every field group at its floor', () => {
    const pred = mkdtempSync(join(tmpdir(), 'chithi-pred-'));
    try {
      for (const name of seedNames()) writeFileSync(join(pred, name.replace(/\.txt$/, '.json')), JSON.stringify(run(seed(name), { path: name })));
      const json = execFileSync(process.execPath, [join(ROOT, 'test', 'support', 'score.mjs'), '--gold', join(ROOT, 'fixtures', 'gold'), '--pred', pred, '--json'], { encoding: 'utf8' });
      const summary = JSON.parse(json);
      for (const [k, floor] of Object.entries(FLOOR)) expect(summary[k], k).toBeGreaterThanOrEqual(floor);
    } finally {
      rmSync(pred, { recursive: true, force: true });
    }
  });
});
