// Bytes -> Unicode text, with the encoding that was detected (or declared).
import { lazyRequire } from '../builtins.js';
import { ChithiError } from '../errors.js';
import { TCVN3, VNI, decodeTable } from './legacy-tables.js';
import { vietnameseScore } from './syllables.js';

import type { Encoding } from './encodings.js';
export { ENCODINGS, type Encoding } from './encodings.js';

// iconv-lite (Windows-1258) is loaded on first use: most inputs are UTF-8 and a
// one-file run should not pay for its tables at start-up.
let iconv: typeof import('iconv-lite') | null = null;
const loadIconv = () => (iconv ??= lazyRequire('iconv-lite') as typeof import('iconv-lite'));

export type Decoded = { text: string; encoding: Encoding; warnings: string[] };

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode with one named encoding; throws ChithiError('EDECODE') when the bytes are not valid in it. */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom': {
      const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      try {
        return utf8Fatal.decode(bytes.subarray(start));
      } catch {
        throw new ChithiError('EDECODE', 'invalid UTF-8 byte sequence');
      }
    }
    case 'utf-16le':
    case 'utf-16be': {
      const le = encoding === 'utf-16le';
      const bom = le ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
      const body = bytes.subarray(bom ? 2 : 0);
      if (body.length % 2) throw new ChithiError('EDECODE', 'truncated UTF-16 (odd number of bytes)');
      const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
      if (text.includes('\ufffd') && !hasReplacementCodeUnit(body, le)) {
        throw new ChithiError('EDECODE', 'invalid UTF-16 (unpaired surrogate)');
      }
      return text;
    }
    case 'windows-1258':
      return loadIconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1258');
    case 'tcvn3':
      return decodeTable(bytes, TCVN3);
    case 'vni':
      return decodeTable(bytes, VNI);
  }
}

function hasReplacementCodeUnit(body: Uint8Array, le: boolean): boolean {
  for (let i = 0; i + 1 < body.length; i += 2) {
    const u = le ? body[i]! | (body[i + 1]! << 8) : (body[i]! << 8) | body[i + 1]!;
    if (u === 0xfffd) return true;
  }
  return false;
}

/** Where NUL bytes sit tells UTF-16 without a BOM from binary data. */
function guessUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Detect the encoding and decode. Order: BOM; valid UTF-8; BOM-less UTF-16 by its NUL
 * pattern; otherwise the legacy 8-bit encodings, chosen by which decoding gives the
 * largest share of well-formed Vietnamese syllables.
 */
export function decode(bytes: Uint8Array, declared?: Encoding): Decoded {
  const warnings: string[] = [];
  if (declared) return { text: decodeAs(bytes, declared), encoding: declared, warnings };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeAs(bytes, 'utf-8-bom'), encoding: 'utf-8-bom', warnings };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs(bytes, 'utf-16le'), encoding: 'utf-16le', warnings };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes, 'utf-16be'), encoding: 'utf-16be', warnings };

  const utf16 = guessUtf16(bytes);
  if (utf16) {
    try {
      const text = decodeAs(bytes, utf16);
      if (vietnameseScore(text).share >= 0.5 && !/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { text, encoding: utf16, warnings };
    } catch { /* not UTF-16 after all */ }
    throw new ChithiError('EBINARY', 'binary data (NUL bytes), not a text file');
  }
  if (bytes.includes(0)) throw new ChithiError('EBINARY', 'binary data (NUL bytes), not a text file');

  let utf8: string | null = null;
  try {
    utf8 = decodeAs(bytes, 'utf-8');
  } catch {
    // not UTF-8: below
  }
  if (utf8 !== null) {
    // a web page or export whose UTF-8 was once read as Windows-1252 and saved again ("Viá»‡t Nam")
    const repaired = MOJIBAKE_HINT.test(utf8) ? repairDoubleUtf8(utf8) : null;
    if (repaired !== null) {
      warnings.push('repaired text whose UTF-8 had been read as Windows-1252 and saved again (mojibake)');
      return { text: repaired, encoding: 'utf-8', warnings };
    }
    return { text: utf8, encoding: 'utf-8', warnings };
  }
  // Not UTF-8: a legacy single-byte encoding. Truncated UTF-8 (a valid file cut
  // mid-character) is told apart from legacy text: it is valid but for its tail.
  const truncated = validUtf8ExceptTail(bytes);
  if (truncated !== null) {
    warnings.push(`input ends in the middle of a UTF-8 character; ${bytes.length - truncated} byte(s) dropped`);
    return { text: decodeAs(bytes.subarray(0, truncated), 'utf-8'), encoding: 'utf-8', warnings };
  }
  const candidates = (['tcvn3', 'vni', 'windows-1258'] as const).map((encoding) => {
    const text = decodeAs(bytes, encoding);
    return { encoding, text, score: vietnameseScore(text) };
  });
  candidates.sort((a, b) => b.score.share - a.score.share || b.score.syllables - a.score.syllables);
  const best = candidates[0]!;
  if (best.score.accented >= 20 && best.score.share < 0.5) {
    throw new ChithiError('EDECODE', `not valid UTF-8 and no Vietnamese encoding fits (best: ${best.encoding}, ${(best.score.share * 100).toFixed(0)}% Vietnamese syllables)`);
  }
  if (best.score.accented && best.score.share < 0.85) {
    warnings.push(`decoded as ${best.encoding} with low confidence (${(best.score.share * 100).toFixed(0)}% Vietnamese syllables)`);
  }
  return { text: best.text, encoding: best.encoding, warnings };
}

// the marks of Vietnamese UTF-8 read as Windows-1252: "á»" / "áº" (ạ-ỹ), "Æ°" (ư), "Ä‘" (đ), "Ã" (à, á, â, …)
const MOJIBAKE_HINT = /á[»º]|Æ[°¡]|Ä[‘]|Ã[\u00a0-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/u;
// Windows-1252's letters and marks at 0x80-0x9F, back to their bytes
const CP1252_BYTE = new Map<number, number>([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87], [0x02c6, 0x88],
  [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93],
  [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
  [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/**
 * Text whose UTF-8 bytes were read as Windows-1252 (or Latin-1) and written out again as
 * UTF-8: the characters back to those bytes, read as UTF-8. Null when the text is not
 * that (a character Windows-1252 cannot hold, bytes that are not UTF-8, or a result with
 * fewer well-formed Vietnamese syllables).
 */
export function repairDoubleUtf8(text: string): string | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c <= 0xff ? c : CP1252_BYTE.get(c);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  let fixed: string;
  try {
    fixed = utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
  return vietnameseScore(fixed).share > vietnameseScore(text).share ? fixed : null;
}

/** If bytes are valid UTF-8 except for an incomplete final sequence, the length to keep. */
function validUtf8ExceptTail(bytes: Uint8Array): number | null {
  for (let back = 1; back <= 3 && back < bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0xc0) {
      try {
        utf8Fatal.decode(bytes.subarray(0, bytes.length - back));
        return bytes.length - back;
      } catch {
        return null;
      }
    }
    if ((b & 0xc0) !== 0x80) return null;
  }
  return null;
}
