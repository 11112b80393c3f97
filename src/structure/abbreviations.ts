// Abbreviations a text defines for itself: news writes an organ's name in full once with its
// initials in parentheses ("Liên đoàn Lao động (LĐLĐ) tỉnh Thái Bình", "Hội Liên hiệp Phụ nữ
// (LHPN) huyện …") and the initials after that ("Chủ tịch LĐLĐ tỉnh"). The initials are
// checked against the words before the parenthesis, so "(GRDP)" or "(Ban TĐKT)" define nothing.

// "(LĐLĐ)", "(LHPN)", "(CĐVC)", "(HLHPN)": two to eight capitals, "&" allowed ("(VH,TT&DL)" is not one)
const DEFINED = /\s\(([A-ZĐ][A-ZĐ&]{1,7})\)/gu;
const MAX_DEFINED = 12;
const WORD_BEFORE = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+$/u;

/** The first letter of a word as an initial: upper-cased, its tone and vowel marks gone (Đ stays Đ). */
function initial(word: string): string {
  const c = word[0]!.toUpperCase();
  return c === 'Đ' ? c : c.normalize('NFD')[0]!;
}

/** [initials, words] for each abbreviation the text defines, in the order defined. */
export function definedAbbreviations(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(DEFINED)) {
    // (a text defines a few; each costs a pass over the text when written out)
    if (out.length >= MAX_DEFINED) break;
    const abbr = m[1]!.replace(/&/g, '');
    if (out.some(([a]) => a === m[1])) continue;
    // the words right before the parenthesis, as many as the initials
    const words: string[] = [];
    let end = m.index;
    while (words.length < abbr.length) {
      const w = WORD_BEFORE.exec(text.slice(Math.max(0, end - 30), end));
      if (!w) break;
      words.unshift(w[0]);
      end -= w[0].length;
      // single spaces between the words of a name
      if (text[end - 1] !== ' ') break;
      end -= 1;
    }
    if (words.length === abbr.length && words.map(initial).join('') === abbr && /[A-ZĐ]/u.test(words[0]![0]!)) out.push([m[1]!, words.join(' ')]);
  }
  return out;
}

/**
 * The text with each self-defined abbreviation written out, and the parenthesized
 * definitions dropped ("Liên đoàn Lao động (LĐLĐ) tỉnh X" → "Liên đoàn Lao động tỉnh X").
 * The text's length changes: use it for reading names, not for spans.
 */
export function expandDefined(text: string): string {
  if (!text.includes('(')) return text;
  const defined = definedAbbreviations(text);
  if (!defined.length) return text;
  let t = text;
  for (const [abbr, full] of defined) {
    const esc = abbr.replace(/&/g, '\\&');
    t = t.replace(new RegExp(`\\s\\(${esc}\\)`, 'gu'), '');
    t = t.replace(new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF&])${esc}(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF&])`, 'gu'), full);
  }
  return t;
}
