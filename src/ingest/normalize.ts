// Unicode text -> the normalized text that every later stage (and every span) refers to.
// Printed by `chithi text`.

import { gridTablesToPipes } from './grid-tables.js';

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const LOOKALIKES: Record<string, string> = { '\u00d0': 'Đ', '\u0189': 'Đ', '\u00f0': 'đ' };
const LOOKALIKE = /[\u00d0\u0189\u00f0]/g;
// a word processor's bullet glyphs at the start of a line ("● ", "❖ ", "➢ ", "✓ "): a "-" bullet
const BULLET_GLYPH = /^([ \t>]*)[●○◦■□▪▫◆◇❖✓✔✗➢➤►▶▸‣⁃∙·]+[ \t]+/gmu;

/**
 * NFC (decomposed and Windows-1258 combining sequences composed; tone placement such as
 * "hoà"/"hòa" is left as written), CRLF/CR -> LF, NBSP and other spaces -> " ",
 * zero-width characters and soft hyphens removed, "Ð" (U+00D0) -> "Đ", bullet glyphs at a
 * line's start ("● ", "❖ ") -> "- "; grid tables (pandoc) as pipe tables.
 */
export function normalizeText(text: string): string {
  return gridTablesToPipes(text
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(LOOKALIKE, (c) => LOOKALIKES[c]!)
    .replace(BULLET_GLYPH, '$1- ')
    .normalize('NFC'));
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
