// Dates, through chrono-node's Vietnamese locale in strict mode, extended with our own
// parsers and refiners (chrono's documented Parser/Refiner API) for what it lacks:
// "từ ngày … đến (hết) ngày …" as one range, "quý I/2023", "6 tháng đầu năm", year
// ranges ("giai đoạn 2021 - 2025", "năm 2021 - 2025"), "mồng", weekday datelines with a
// dash ("Thứ ba - 11/04/2023 20:09"). Day before month always; impossible dates rejected.
import * as vi from 'chrono-node/vi';
import type { ParsingResult } from 'chrono-node/vi';
import { parseRoman } from './numbers.js';

type Chrono = typeof vi.strict;
type Parser = Parameters<Chrono['parsers']['push']>[0];
type Refiner = Parameters<Chrono['refiners']['push']>[0];
type ParsedResult = ReturnType<Chrono['parse']>[number];

export type DateHit = {
  index: number;
  text: string;
  /** ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:mm) of the start */
  start: string;
  /** ISO end of a range, else null */
  end: string | null;
  /** which parts were written: year-only, month-year, full date … */
  precision: 'year' | 'month' | 'day' | 'minute';
};

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const QUARTER = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])quý\s+(I{1,3}|IV|[1-4])\s*(?:\/|năm\s+)(\d{4})(?!\d)/iu;
const HALF_YEAR = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(6|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?(?!\d)/iu;
const YEAR_RANGE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(giai đoạn|năm|nhiệm kỳ|thời kỳ|kế hoạch 5 năm|kế hoạch)\s*\(?(\d{4})\s*[-–—]\s*(\d{4})\)?(?!\d)/iu;
const DASH_DATELINE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])Thứ\s+(?:hai|ba|tư|năm|sáu|bảy)\s*[-–,]\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/iu;

const quarterParser: Parser = {
  pattern: () => QUARTER,
  extract: (ctx, m) => {
    const q = /^\d$/.test(m[1]!) ? Number(m[1]) : parseRoman(m[1]!)!;
    const year = Number(m[2]);
    const r = ctx.createParsingResult(m.index!, m[0], { year, month: q * 3 - 2, day: 1 });
    r.end = ctx.createParsingComponents({ year, month: q * 3, day: new Date(Date.UTC(year, q * 3, 0)).getUTCDate() });
    r.tags().add('chithi/quarter');
    return r;
  },
};

const halfYearParser: Parser = {
  pattern: () => HALF_YEAR,
  extract: (ctx, m) => {
    const year = m[3] ? Number(m[3]) : ctx.refDate.getFullYear();
    const first = m[2]!.toLowerCase() === 'đầu';
    const r = ctx.createParsingResult(m.index!, m[0], { year, month: first ? 1 : 7, day: 1 });
    r.end = ctx.createParsingComponents({ year, month: first ? 6 : 12, day: first ? 30 : 31 });
    return r;
  },
};

const yearRangeParser: Parser = {
  pattern: () => YEAR_RANGE,
  extract: (ctx, m) => {
    const a = Number(m[2]), b = Number(m[3]);
    if (b < a || b - a > 50) return null;
    const at = m.index! + m[0].indexOf(m[2]!);
    const r = ctx.createParsingResult(at, m[0].slice(m[0].indexOf(m[2]!)), { year: a });
    r.start.imply('month', 1);
    r.start.imply('day', 1);
    r.end = ctx.createParsingComponents({ year: b });
    r.end.imply('month', 12);
    r.end.imply('day', 31);
    r.tags().add('chithi/year-range');
    return r;
  },
};

const dashDatelineParser: Parser = {
  pattern: () => DASH_DATELINE,
  extract: (ctx, m) => {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return null;
    const c: Record<string, number> = { year: y, month: mo, day: d };
    if (m[4]) { c.hour = Number(m[4]); c.minute = Number(m[5]); }
    return ctx.createParsingResult(m.index!, m[0], c);
  },
};

/** Merge "từ (ngày) A đến (hết) (ngày) B" into one range result. */
const rangeRefiner: Refiner = {
  refine: (ctx, results) => {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!, b = results[i + 1];
      if (b && !a.end) {
        const between = ctx.text.slice(a.index + a.text.length, b.index);
        if (/^\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?$/iu.test(between)) {
          const before = ctx.text.slice(Math.max(0, a.index - 12), a.index);
          const m = /(?:từ\s+)?(?:ngày\s+)?$/iu.exec(before)!;
          const startAt = a.index - m[0].length;
          const merged = a.clone();
          merged.index = startAt;
          merged.text = ctx.text.slice(startAt, b.index + b.text.length);
          merged.end = b.start.clone();
          if (!merged.start.isCertain('year') && b.start.isCertain('year')) merged.start.imply('year', b.start.get('year')!);
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};

/** Drop impossible calendar dates that chrono would roll over (31/02 -> 03/03). */
const validityRefiner: Refiner = {
  refine: (_ctx, results) =>
    results.filter((r) => {
      const y = r.start.get('year'), m = r.start.get('month'), d = r.start.get('day');
      return y == null || m == null || d == null || validDay(y, m, d);
    }),
};

let chrono: Chrono | null = null;
function getChrono(): Chrono {
  if (chrono) return chrono;
  const c = vi.strict.clone();
  c.parsers.unshift(dashDatelineParser);
  c.parsers.push(quarterParser, halfYearParser, yearRangeParser);
  c.refiners.push(rangeRefiner, validityRefiner);
  chrono = c;
  return c;
}

function iso(r: ParsedResult['start'], withTime: boolean): string {
  const y = r.get('year')!, m = r.get('month')!, d = r.get('day')!;
  let s = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  if (withTime && r.isCertain('hour')) s += `T${pad(r.get('hour')!)}:${pad(r.get('minute') ?? 0)}`;
  return s;
}

export type DateOptions = { ref?: Date | null; withTime?: boolean };

/** All date expressions in `text` (keep it short: a line or a clause). */
export function findDates(text: string, opts: DateOptions = {}): DateHit[] {
  const ref = opts.ref ?? new Date(Date.UTC(2000, 0, 1));
  const results = getChrono().parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  const hits: DateHit[] = [];
  for (const r of results) {
    // weekday alone, time alone: not a date
    if (!r.start.isCertain('year') && !r.start.isCertain('month') && !r.start.isCertain('day')) continue;
    if (r.start.isCertain('day') && !r.start.isCertain('month')) continue;
    // day-month without a year needs a reference; without one it is unresolved
    if (!r.start.isCertain('year') && !opts.ref) continue;
    const precision = r.start.isCertain('hour') ? 'minute' : r.start.isCertain('day') ? 'day' : r.start.isCertain('month') ? 'month' : 'year';
    hits.push({
      index: r.index,
      text: r.text,
      start: iso(r.start, !!opts.withTime),
      end: r.end ? iso(r.end, !!opts.withTime) : null,
      precision,
    });
  }
  return hits;
}

// The plain forms most texts use ("07/4/2014", "ngày 18 tháng 01 năm 2023") are read
// directly; chrono handles the rest (its first parse builds every parser: ~10 ms of a
// one-file run).
const PLAIN_DATE = /(?<![\d/])(\d{1,2})\s*(?:\/\s*|\s+tháng\s+)(\d{1,2})\s*(?:\/\s*|\s+năm\s+)(\d{4})(?![\d/])/u;

/**
 * A day read without its year, placed in its anchor's year (ISO), moved a year back when that
 * puts it after the anchor: what a text reports ("Ngày 28/12, UBND tỉnh ban hành …" in a text of
 * 5 January) happened before it was written.
 */
export function notAfter(day: string, anchor: string): string | null {
  if (day <= anchor) return day;
  const y = Number(day.slice(0, 4)) - 1;
  // (29 February has no year before it)
  return validDay(y, Number(day.slice(5, 7)), Number(day.slice(8, 10))) ? `${y}${day.slice(4)}` : null;
}

/** The first full date (day, month, year) in `text`, as ISO; null when none. */
export function firstDate(text: string, opts: DateOptions = {}): string | null {
  const m = PLAIN_DATE.exec(text);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // a range or a second date right after needs chrono's reading
    if (!/^\s*(?:-|–|đến)/u.test(text.slice(m.index + m[0].length))) {
      return validDay(y, mo, d) ? `${m[3]}-${pad(mo)}-${pad(d)}` : null;
    }
  }
  for (const h of findDates(text, opts)) if (h.precision === 'day' || h.precision === 'minute') return h.start.slice(0, 10);
  return null;
}

/** Fast check used before calling chrono on a snippet. */
export const LOOKS_LIKE_DATE = /\d{1,2}\s*\/\s*\d{1,2}|tháng\s+\d|năm\s+\d{4}|quý\s/iu;
