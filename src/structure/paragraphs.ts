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

/** Does line `l` continue paragraph `p` (page-break split or hard wrap)? */
function continues(p: Paragraph, l: Line, blankBetween: boolean): boolean {
  const last = p.lines[p.lines.length - 1]!.clean;
  if (TERMINAL.test(last)) return false;
  if (ALL_CAPS(l.clean) || ALL_CAPS(p.lines[p.lines.length - 1]!.clean)) return false;
  if (/^[-+•–]\s/u.test(l.clean)) return false; // a bullet starts its own item
  if (/^[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(l.clean)) return true; // "… Tăng cường" / "công tác …"
  // a short heading on a marker line ("1. Mục tiêu") is not continued by its body
  if (p.marker && p.lines.length === 1 && last.length - p.marker.rest < 80) return false;
  // hard-wrapped text (OCR): a long line without closing punctuation, no blank line
  return !blankBetween && p.lines[p.lines.length - 1]!.clean.length >= 60;
}
