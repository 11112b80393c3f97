import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';
import { formatDigits, parseDigits, parseNumber, parseRoman, parseWords } from '../src/vi/numbers.js';
import { findDates, firstDate } from '../src/vi/dates.js';

describe('digits in Vietnamese convention', () => {
  it.each([
    ['16.130', 16130], ['93,2', 93.2], ['1.909', 1909], ['57,83', 57.83], ['0,7', 0.7], ['06', 6],
    ['1.234.567,89', 1234567.89], ['15,270,863', 15270863], ['2.838', 2838],
  ])('%s = %d', (s, n) => expect(parseDigits(s)).toBe(n));
  it('rejects what is not a number', () => {
    expect(parseDigits('abc')).toBeNull();
    expect(parseDigits('1.2.3')).toBeNull();
  });
});

describe('number words', () => {
  it.each([
    ['bảy', 7], ['mười lăm', 15], ['hai mươi mốt', 21], ['ba mươi tư', 34], ['ba mươi bốn', 34], ['một trăm linh năm', 105],
    ['một trăm lẻ năm', 105], ['một nghìn không trăm', 1000], ['hai mươi nhăm', 25], ['năm ngàn', 5000], ['hai vạn', 20000],
    ['mười', 10], ['hai mươi', 20], ['ba triệu', 3e6], ['bốn tỷ', 4e9], ['bốn tỉ', 4e9], ['1,5 triệu', 1.5e6],
    ['2 tỷ 300 triệu', 2.3e9], ['một nghìn tỷ', 1e12], ['chín trăm chín mươi chín', 999],
  ])('%s = %d', (s, n) => expect(parseWords(s)).toBe(n));
  it.each(['mươi', 'lăm', 'mốt', 'hai hai', 'trăm trăm', 'xin chào'])('rejects "%s"', (s) => expect(parseWords(s)).toBeNull());
  it('parseNumber takes digits or words', () => {
    expect(parseNumber('16.130')).toBe(16130);
    expect(parseNumber('bảy')).toBe(7);
  });
  it('Roman numerals', () => {
    expect(parseRoman('XIII')).toBe(13);
    expect(parseRoman('XIX')).toBe(19);
    expect(parseRoman('iv')).toBe(4);
    expect(parseRoman('IIII')).toBeNull();
    expect(parseRoman('')).toBeNull();
  });
});

describe('properties', () => {
  const config = new ReadingConfig();
  config.unit = [];
  it('reads back the words an independent package writes for 0..10^12', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 10 ** 6 }), fc.double({ min: 0, max: 1e12, noNaN: true }).map(Math.floor)), (n) => {
        const words = doReadNumber(String(n), config).trim();
        expect(parseWords(words)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
  it('digit formatting round-trips', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => parseDigits(formatDigits(n)) === n), { numRuns: 2000 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 1, max: 99 }), (a, b) => {
      const x = Number(`${a}.${b}`);
      return parseDigits(formatDigits(x)) === x;
    }), { numRuns: 500 });
  });
});

describe('dates (chrono-node vi, strict, extended)', () => {
  const iso = (s: string, ref?: Date) => findDates(s, { ref }).map((h) => [h.start, h.end]);
  it('full dates, day before month', () => {
    expect(firstDate('Cao Bằng, ngày 18 tháng 01 năm 2023')).toBe('2023-01-18');
    expect(firstDate('Chỉ thị số 34-CT/TW ngày 07/4/2014')).toBe('2014-04-07');
    expect(firstDate('mồng 5 tháng 3 năm 2023')).toBe('2023-03-05');
  });
  it('a weekday dateline, with comma or dash', () => {
    expect(findDates('Thứ ba, 18/01/2022 14:12', { withTime: true })[0]!.start).toBe('2022-01-18T14:12');
    expect(findDates('Thứ ba - 11/04/2023 20:09', { withTime: true })[0]!.start).toBe('2023-04-11T20:09');
  });
  it('"từ ngày … đến hết ngày …" is one range', () => {
    expect(iso('từ ngày 01/3/2023 đến hết ngày 30/6/2023')).toEqual([['2023-03-01', '2023-06-30']]);
    expect(iso('(11/6/1948 - 11/6/2023)')).toEqual([['1948-06-11', '2023-06-11']]);
  });
  it('quarters, half years, year ranges', () => {
    expect(iso('quý I/2023')).toEqual([['2023-01-01', '2023-03-31']]);
    expect(iso('quý IV năm 2022')).toEqual([['2022-10-01', '2022-12-31']]);
    expect(iso('6 tháng đầu năm 2023')).toEqual([['2023-01-01', '2023-06-30']]);
    expect(iso('giai đoạn 2021 - 2025')).toEqual([['2021-01-01', '2025-12-31']]);
    expect(iso('năm 2021 - 2025')).toEqual([['2021-01-01', '2025-12-31']]);
  });
  it('day-month without a year resolves against the reference, else stays unresolved', () => {
    expect(iso('Sáng 18/1, tại hội nghị', new Date(Date.UTC(2022, 0, 18)))).toEqual([['2022-01-18', null]]);
    expect(iso('Sáng 18/1, tại hội nghị')).toEqual([]);
  });
  it('impossible dates are rejected, not rolled over', () => {
    expect(firstDate('ngày 31/02/2023')).toBeNull();
    expect(firstDate('ngày 29/02/2023')).toBeNull();
    expect(firstDate('ngày 29/02/2024')).toBe('2024-02-29');
  });
});
