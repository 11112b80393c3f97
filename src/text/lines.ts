// The normalized text as lines with offsets, plus a markup-free view of each line.
// Every later stage works on these and keeps spans into the normalized text.

export type Line = {
  /** 0-based index */
  index: number;
  /** offsets of the raw line in the normalized text (end excludes the newline) */
  start: number;
  end: number;
  raw: string;
  /** markup-free, trimmed: leading "#", ">", "**", escapes and table pipes removed */
  clean: string;
  /** offset of `clean`'s first character in the normalized text (best effort) */
  cleanStart: number;
};

const LEAD = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]*)*(?:\*\*|__|\*|_(?=\S))?[ \t]*/u;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const lead = LEAD.exec(raw)![0].length;
    const clean = stripInline(raw.slice(lead)).trim();
    lines.push({ index, start, end, raw, clean, cleanStart: start + lead });
    index++;
    start = end + 1;
    if (end === text.length) break;
  }
  return lines;
}

/** Remove inline markdown (emphasis markers, backslash escapes, inline code ticks). */
export function stripInline(s: string): string {
  if (!/[*_\\`]/.test(s)) return s;
  return s
    // (a hard line break, a backslash at a line's or a cell's end: "**Nơi nhận:**\")
    .replace(/(?<!\\)\\(?=[ \t]|$)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~"'])/g, '$1')
    .replace(/(\*\*|__)/g, '')
    .replace(/(^|[\s(“"'])[*_](?=\S)|(?<=\S)[*_](?=$|[\s).,;:!?”"'])/gu, '$1')
    .replace(/`/g, '');
}

/**
 * The cells of a line laid out in columns (a header's organ | quốc hiệu, a "Nơi nhận"
 * list | signature block), as text copied from a Word table or OCR gives them: split at
 * runs of 4+ spaces or tabs. A line without such a gap is one cell.
 */
export function columns(s: string): string[] {
  if (!/ {4}|\t/.test(s)) return s.length <= 160 ? seams(s) : [s];
  return s.split(/[ \t]*\t[ \t]*| {4,}/).map((c) => c.trim()).filter(Boolean);
}

/**
 * Text copied out of a PDF joins a header's two columns with one space: "ỦY BAN NHÂN DÂN CỘNG
 * HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc", "Số: 10/CT-UBND
 * Hậu Giang, ngày 15 tháng 3 năm 2024" (OCR may space the number: "Số: 86 /KH-UBND Tam Đảo, ngày …"), "Nơi nhận: CHỦ TỊCH", "- Như trên; PHÓ CHỦ TỊCH". The
 * right column's opening is known: the national name, the motto, a place and its date, an
 * office in capitals.
 */
const SEAM = /(?<=\S)[ \t]+(?=CỘNG H[OÒ][AÀ] XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*[-–—]\s*Tự do)|^(?:Số|SỐ)\s*:?\s*(?:\d+[ \t]*[\/-][ \t]*)?\S+(?=[ \t]+\p{Lu}[\p{L}.' -]{1,40}, ngày\s)|^Nơi nhận\s*:(?=[ \t]*(?:(?:TM|KT|TL|TUQ|Q)\.|T\/M\b|\p{Lu}{2,}[ \t]+\p{Lu}{2,}))|^[-+•–*][^\n]*?[;.,](?=[ \t]+(?:(?:TM|KT|TL|TUQ|Q)\.[ \t]*)?\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){1,6}$)/u;
// (what every seam needs, tested first: most lines of an end zone or a header have none)
const SEAM_HINT = /CỘNG H|ĐẢNG CỘNG|Độc lập|^(?:Số|SỐ|Nơi nhận)|\p{Lu}{2}$/u;
function seams(s: string): string[] {
  const m = SEAM_HINT.test(s) ? SEAM.exec(s) : null;
  if (!m) return [s];
  const cut = m[0].trim() ? m.index + m[0].length : m.index;
  const left = s.slice(0, cut).trim(), right = s.slice(cut).trim();
  return left && right ? [left, right] : [s];
}

/** Offset -> 1-based line number, by binary search over line starts. */
export class LineIndex {
  private starts: number[];
  constructor(text: string) {
    const s = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) s.push(i + 1);
    this.starts = s;
  }
  lineOf(offset: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  span(start: number, end: number) {
    return { start, end, line: this.lineOf(start) };
  }
}

/** Collapse whitespace runs to one space and trim. */
/**
 * Markdown emphasis blanked, each mark by a space, so offsets into the text stay valid
 * ("có **100%** xã", "**Kế hoạch số 312-KH/TWĐTN ngày 05/01/2024** của …", "Anh **Rơ Mah Tuấn**, Bí thư").
 */
export function blankEmphasis(s: string): string {
  return s.includes('*') || s.includes('_') ? s.replace(/[*_]+/g, (m) => ' '.repeat(m.length)) : s;
}

export function squash(s: string): string {
  // only what is not already a single space is replaced ("a \n b", "a\tb"): a long text
  // of ordinary words costs no replacement at all
  return s.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

