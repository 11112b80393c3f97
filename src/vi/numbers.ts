// Vietnamese numbers: digits in Vietnamese convention ("16.130", "93,2"), words
// ("hai mươi mốt", "một trăm linh năm"), mixed forms ("1,5 triệu", "2 tỷ 300 triệu"),
// and Roman numerals.
import { DIGIT_WORDS, SCALE_WORDS } from './words.js';

/**
 * Parse a digit string written in Vietnamese convention: "." groups thousands, ","
 * is the decimal mark. English-convention counters ("15,270,863") are read when
 * unambiguous (two or more ","-groups of three). Returns null if it is not a number.
 */
export function parseDigits(s: string): number | null {
  const t = s.trim().replace(/\s+/g, '');
  if (!/^\d/.test(t) || t.length > 40) return null;
  // 1.234.567,89 / 16.130 / 93,2 / 06
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:,\d+)?$/.test(t)) {
    // 15,270,863-like is excluded above (two commas); "1,234" stays decimal (Vietnamese)
    return Number(t.replace(',', '.'));
  }
  if (/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+\.\d{1,2}$/.test(t)) return Number(t); // "3.5" (English decimal, rare): read as decimal
  if (/^\d+\.\d{4,}$/.test(t)) return Number(t);
  return null;
}

/** Format an integer the Vietnamese way: 16130 -> "16.130"; decimals with ",". */
export function formatDigits(n: number): string {
  const neg = n < 0;
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg ? '-' : '') + grouped + (frac ? ',' + frac : '');
}


/**
 * Parse Vietnamese number words, possibly mixed with digits: "bảy" = 7,
 * "hai mươi mốt" = 21, "một trăm linh năm" = 105, "một nghìn không trăm" = 1000,
 * "1,5 triệu" = 1500000, "2 tỷ 300 triệu" = 2300000000. Returns null when any token
 * is not part of a number.
 */
export function parseWords(s: string): number | null {
  const tokens: (string | number)[] = [];
  const src = s.toLowerCase().normalize('NFC').trim();
  if (!src) return null;
  for (const part of src.split(/\s+/)) {
    if (/^\d/.test(part)) {
      const d = parseDigits(part);
      if (d === null) return null;
      tokens.push(d);
    } else {
      const w = part.replace(/[.,;:]+$/, '');
      if (!(w in DIGIT_WORDS) && !(w in SCALE_WORDS)) return null;
      tokens.push(w);
    }
  }
  return evalTokens(tokens);
}

function evalTokens(tokens: (string | number)[]): number | null {
  // Big scales (tỷ > triệu > nghìn/vạn) split the phrase into groups; each group is
  // a number below 1000 (or a digit literal) read with trăm/mươi/linh rules.
  let total = 0;
  let group: (string | number)[] = [];
  let lastScale = Infinity;
  const flush = (scale: number): boolean => {
    const v = group.length ? evalSmall(group) : scale > 1 ? 1 : 0;
    if (v === null) return false;
    total += v * scale;
    group = [];
    return true;
  };
  for (const t of tokens) {
    if (typeof t === 'string' && t in SCALE_WORDS && SCALE_WORDS[t]! >= 1000) {
      const scale = SCALE_WORDS[t]!;
      if (scale >= lastScale) {
        // "một nghìn tỷ": the scale multiplies everything so far
        if (!flush(1)) return null;
        total *= scale;
        lastScale = scale;
        continue;
      }
      if (!flush(scale)) return null;
      lastScale = scale;
    } else group.push(t);
  }
  if (group.length) {
    const v = evalSmall(group);
    if (v === null) return null;
    // "hai triệu rưỡi"-like shorthand is not supported; "1 triệu 5" -> 1.5 million is
    // ambiguous and read as 1000005.
    total += v;
  }
  return total;
}

/** A number below 1000 in words (or one digit literal, possibly with a fraction). */
function evalSmall(tokens: (string | number)[]): number | null {
  if (tokens.length === 1 && typeof tokens[0] === 'number') return tokens[0];
  let value = 0;
  let current: number | null = null;
  let i = 0;
  let sawHundred = false, sawTen = false;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (typeof t === 'number') {
      if (current !== null) return null;
      current = t;
      continue;
    }
    if (t === 'trăm') {
      if (sawHundred) return null;
      value += (current ?? 1) * 100;
      current = null;
      sawHundred = true;
    } else if (t === 'mươi') {
      if (sawTen || current === null || current < 2) return null;
      value += current * 10;
      current = null;
      sawTen = true;
    } else if (t === 'mười') {
      if (sawTen || current !== null) return null;
      value += 10;
      sawTen = true;
    } else if (t === 'linh' || t === 'lẻ') {
      if (!sawHundred || sawTen) return null;
      sawTen = true;
    } else if (t === 'không') {
      // "không trăm" or a lone zero
      if (current !== null) return null;
      current = 0;
    } else {
      const d = DIGIT_WORDS[t];
      if (d === undefined || d >= 10 || current !== null) return null;
      // mốt only after mươi; lăm/nhăm only after a ten; tư after mươi or alone
      if ((t === 'mốt' || t === 'lăm' || t === 'nhăm') && !sawTen) return null;
      current = d;
    }
  }
  return value + (current ?? 0);
}

/** Parse a number written as digits, words or a mix; null if it is neither. */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  if (/^\d[\d.,]*$/.test(t)) return parseDigits(t);
  return parseWords(t);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Roman numeral ("XIII" = 13, "iv" = 4); null unless it is a well-formed numeral. */
export function parseRoman(s: string): number | null {
  const t = s.trim().toUpperCase();
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(t) || !t) return null;
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]!]!;
    const next = ROMAN[t[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}
