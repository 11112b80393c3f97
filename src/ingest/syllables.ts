// How Vietnamese a text looks: the share of its words that are well-formed Vietnamese
// syllables. Used to choose among legacy decodings and to warn when a decoding looks
// garbled. Linear: one pass over the words.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
// onset? + nucleus + coda?, on tone-stripped lower-case NFD-recomposed text
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:[aăâeêioôơuưy]{1,3})(?:ch|ng|nh|[cmnpt])?$/u;
const WORD = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\p{M}]+/gu;
const HAS_NON_ASCII = /[^\x00-\x7f]/u;

/** Is `word` (any case) one well-formed Vietnamese syllable with at most one tone? */
export function isSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize('NFD');
  const tones = d.match(TONES);
  if (tones && tones.length > 1) return false;
  const base = d.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(base);
}

export type Score = { words: number; syllables: number; accented: number; share: number };

/**
 * Share of words (with at least one non-ASCII letter, so that English or codes do not
 * count) that are Vietnamese syllables. `accented` counts those words.
 */
export function vietnameseScore(text: string, maxWords = 20000): Score {
  let words = 0, syllables = 0, accented = 0;
  for (const m of text.matchAll(WORD)) {
    if (++words > maxWords) break;
    const w = m[0];
    if (!HAS_NON_ASCII.test(w)) continue;
    accented++;
    if (isSyllable(w)) syllables++;
  }
  return { words, syllables, accented, share: accented ? syllables / accented : 1 };
}
