// Unicode text -> the normalized text that every later stage (and every span) refers to.
// Printed by `chithi text`.

import { gridTablesToPipes } from './grid-tables.js';
import { restoreLineBreaks } from './relineate.js';

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// ("ǎ", a with caron, for "ă": old font conversions write "nǎm"; Vietnamese has no caron)
const LOOKALIKES: Record<string, string> = { '\u00d0': 'Đ', '\u0189': 'Đ', '\u00f0': 'đ', '\u01ce': 'ă', '\u01cd': 'Ă', '\u030c': '\u0306' };
const LOOKALIKE = /[\u00d0\u0189\u00f0\u01ce\u01cd]|(?<=[aA])\u030c/g;
// a word processor's bullet glyphs at the start of a line ("● ", "❖ ", "➢ ", "✓ "): a "-" bullet
const BULLET_GLYPH = /^([ \t>]*)[●○◦■□▪▫◆◇❖✓✔✗➢➤►▶▸‣⁃∙·]+[ \t]+/gmu;

// OCR reads "1" as "l" or "I" and "0" as "O" inside numbers: "Số: l5/CT-UBND", "ngày 2l
// tháng 02", "số l234/QĐ-UBND". A short token of digits and those letters only, with at
// least one of each, is a number (the same length, so no offset moves).
const OCR_DIGITS = /(?<![\p{L}\p{N}])(?=[\dlIO]{0,5}\d)(?=[\dlIO]{0,5}[lIO])[\dlIO]{2,6}(?![\p{L}\p{N}])/gu;
const OCR_DIGIT_HINT = /[lIO]\d|\d[lIO]/;
const OCR_DIGIT_OF: Record<string, string> = { l: '1', I: '1', O: '0' };
function repairOcrDigits(text: string): string {
  return OCR_DIGIT_HINT.test(text) ? text.replace(OCR_DIGITS, (t) => t.replace(/[lIO]/g, (c) => OCR_DIGIT_OF[c]!)) : text;
}

// OCR splits a decimal comma from its fraction: "đạt 95, 5%", "chiếm 12, 75 %". A number
// of one to three digits, not itself part of a list ("1, 2, 5%"), whose ", " is followed by one
// or two digits and a percent sign, is one number: "95,5%".
const SPLIT_DECIMAL = /(?<![\d,.]\s?|[\p{L}])(\d{1,3}),[ \t](?=\d{1,2}[ \t]?%)/gu;
function repairSplitDecimals(text: string): string {
  return /\d, \d{1,2} ?%/.test(text) ? text.replace(SPLIT_DECIMAL, '$1,') : text;
}

// A markdown export's inline link, "[Chỉ thị số 05/CT-UBND](https://…/chi-thi-05) ngày …",
// reads as its text: the address would split a citation from its date and issuer. (An image,
// "![…](…)", is left whole: the residue stage knows its line.) The address has no space and
// at most one level of parentheses, with an optional quoted title.
const INLINE_LINK = /(?<!!)\[([^[\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+"[^"\n]{0,200}")?\)/g;
function flattenLinks(text: string): string {
  return text.includes('](') ? text.replace(INLINE_LINK, '$1') : text;
}

/**
 * NFC (decomposed and Windows-1258 combining sequences composed; tone placement such as
 * "hoà"/"hòa" is left as written), CRLF/CR -> LF, NBSP and other spaces -> " ",
 * zero-width characters and soft hyphens removed, "Ð" (U+00D0) -> "Đ", "ǎ" -> "ă", bullet glyphs at a
 * line's start ("● ", "❖ ") -> "- "; OCR's letters inside numbers ("l5" -> "15") and its split
 * decimals ("95, 5%" -> "95,5%"); markdown inline links as their text; grid tables (pandoc) as
 * pipe tables; a formal text that lost its line breaks gets them back (relineate.ts).
 */
export function normalizeText(text: string): string {
  return gridTablesToPipes(flattenLinks(repairSplitDecimals(repairOcrDigits(restoreLineBreaks(text
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(LOOKALIKE, (c) => LOOKALIKES[c]!)
    .normalize('NFC')).replace(BULLET_GLYPH, '$1- ')))));
}

/** Control characters other than tab/newline: a sign of binary data. */
export function controlShare(text: string): number {
  if (!text.length) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) n++;
  }
  return n / text.length;
}
