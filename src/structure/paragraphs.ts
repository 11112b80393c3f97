// Content lines -> paragraphs: page-break splits and hard wraps joined, residue skipped.
import type { Line } from '../text/lines.js';
import { scanMarker, type Marker } from './markers.js';

export type Paragraph = {
  lines: Line[];
  /** clean text, wrapped lines joined with a space */
  text: string;
  start: number;
  end: number;
  marker: Marker | null;
  /** an item split out of a paragraph that enumerates inline: it ends where its paragraph did */
  inline?: boolean;
};

const TERMINAL = /[.!?;:…"”)\]]$|\/\.?$/u;
const ALL_CAPS = (s: string) => s === s.toUpperCase() && /[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]{2}/u.test(s);

export function buildParagraphs(lines: Line[], from: number, to: number, skip: (i: number) => boolean): Paragraph[] {
  const paras: Paragraph[] = [];
  let cur: Paragraph | null = null;
  let blankSince = true;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (!l.clean || skip(i)) {
      if (!l.clean) blankSince = true;
      continue;
    }
    const marker = scanMarker(l.clean);
    if (cur && !marker && continues(cur, l, blankSince)) {
      cur.lines.push(l);
      cur.end = l.end;
    } else {
      cur = { lines: [l], text: l.clean, start: l.start, end: l.end, marker };
      paras.push(cur);
    }
    blankSince = false;
  }
  // join wrapped lines once at the end (appending to a growing string and reading its
  // tail would make long paragraphs quadratic); "kinh tế -" + "xã hội" keeps its space
  for (const p of paras) {
    if (p.lines.length > 1) p.text = p.lines.map((x) => x.clean).join(' ');
  }
  return paras;
}

// an enumeration written inside one paragraph, each item after a colon, a semicolon or a full
// stop: "… các nội dung: Một là, …; Hai là, …; Ba là, …", "… Thứ nhất, …. Thứ hai, …"
// (or numbered in parentheses: "Các chỉ tiêu chủ yếu: (1) Tổng giá trị sản xuất tăng 12,5%; (2)
// thu nhập bình quân đầu người đạt 72 triệu đồng; …", also when the paragraph opens on "(1)")
const INLINE_ITEM = /[:;.]\s+(?=(?:(?:Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là)\s*,|\(\d{1,2}\)\s))/gu;

/**
 * A news paragraph that enumerates inline is split into its lead-in and one paragraph per
 * item, each starting at its marker (spans stay in the text). Only a run that counts from
 * one with one style, two items at least; only one-line paragraphs whose clean text stands
 * as written in the line. In a formal text (`news` false) only a paragraph that opens on its
 * "(1)" is split, and its items are items like any other: what follows the last one is its text.
 */
export function splitInlineItems(paras: Paragraph[], news = true): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paras) {
    const l = p.lines[0]!;
    const at = l.cleanStart - l.start;
    // (a paragraph that opens on its first item, "(1) …; (2) …", counts on from it)
    const first = p.marker && p.marker.style === 'arabic-paren' && p.marker.numbers[0] === 1 && p.marker.at === 0 ? p.marker : null;
    if ((p.marker && !first) || (!news && !first) || p.lines.length !== 1 || !l.raw.startsWith(l.clean, at)) { out.push(p); continue; }
    const cuts: number[] = first ? [0] : [];
    const marks: Marker[] = first ? [first] : [];
    for (const m of l.clean.matchAll(INLINE_ITEM)) {
      const cut = m.index + m[0].length;
      const mk = scanMarker(l.clean.slice(cut));
      if (!mk || mk.numbers[0] !== marks.length + 1 || (marks.length && mk.style !== marks[0]!.style)) break;
      cuts.push(cut);
      marks.push(mk);
    }
    if (cuts.length < 2) { out.push(p); continue; }
    const piece = (from: number, to: number, marker: Marker | null): Paragraph => {
      const clean = l.clean.slice(from, to).trimEnd();
      const line: Line = { index: l.index, start: l.cleanStart + from, end: l.cleanStart + from + clean.length, raw: clean, clean, cleanStart: l.cleanStart + from };
      return { lines: [line], text: clean, start: line.start, end: line.end, marker, inline: news && marker !== null };
    };
    if (!first) out.push(piece(0, cuts[0]!, null));
    cuts.forEach((c, k) => out.push(piece(c, k + 1 < cuts.length ? cuts[k + 1]! : l.clean.length, marks[k]!)));
  }
  return out;
}

// a line that opens on an amount: a percentage, a range or a number and a lower-case unit
const AMOUNT_START = /^\d+(?:[.,]\d+)*(?:\s*%|\s*[-–]\s*\d|\s+[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ])/u;
/** Does line `l` continue paragraph `p` (page-break split or hard wrap)? */
function continues(p: Paragraph, l: Line, blankBetween: boolean): boolean {
  const last = p.lines[p.lines.length - 1]!.clean;
  if (TERMINAL.test(last)) return false;
  if (ALL_CAPS(l.clean) || ALL_CAPS(p.lines[p.lines.length - 1]!.clean)) return false;
  if (/^[-+•–]\s/u.test(l.clean)) return false; // a bullet starts its own item
  if (/^[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(l.clean)) return true; // "… Tăng cường" / "công tác …"
  // an amount that goes on a clause cut after a word ("… (GRDP) đạt" / "7 - 7,5%; …")
  if (AMOUNT_START.test(l.clean) && /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]$/u.test(last)) return true;
  // a short heading on a marker line ("1. Mục tiêu") is not continued by its body
  if (p.marker && p.lines.length === 1 && last.length - p.marker.rest < 80) return false;
  // hard-wrapped text (OCR): a long line without closing punctuation, no blank line
  return !blankBetween && p.lines[p.lines.length - 1]!.clean.length >= 60;
}
