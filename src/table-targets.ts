// Targets laid out as a table (markdown exports of plans: "| TT | Chỉ tiêu | Đơn vị |
// Kế hoạch 2024 |"): one target per row, read by column role, with a span on the value.
import type { TargetT } from './schema.js';
import { squash, type Line, type LineIndex } from './text/lines.js';
import { parseDigits } from './vi/numbers.js';
import { MONEY_UNITS } from './vi/units.js';
import { comparatorOf, moneyQuantity } from './targets.js';

type Cell = { text: string; start: number; length: number };

/** The cells of a pipe-table row, with offsets into the normalized text. */
function cells(line: Line): Cell[] {
  const out: Cell[] = [];
  const raw = line.raw;
  let from = raw.indexOf('|');
  if (from < 0) return out;
  for (let i = from + 1; i <= raw.length; i++) {
    if (i === raw.length || (raw[i] === '|' && raw[i - 1] !== '\\')) {
      const seg = raw.slice(from + 1, i);
      const lead = seg.length - seg.trimStart().length;
      if (i < raw.length || seg.trim()) out.push({ text: seg.trim().replace(/\*\*|__/g, ''), start: line.start + from + 1 + lead, length: seg.trim().length });
      from = i;
    }
  }
  return out;
}

const INDICATOR_HEAD = /chỉ tiêu|nội dung|tên|lĩnh vực/iu;
const UNIT_HEAD = /^(?:đơn vị(?: tính)?|đvt)$/iu;
const TRAILING_CHANGE = /\s+((?:kéo\s+)?(?:tăng|giảm))(?:\s+(?:thêm|bình quân|so với[^|]{0,40}))?\s*(?:\(%\))?$/iu;
const VALUE_HEAD = /kế hoạch|mục tiêu|chỉ tiêu|năm \d{4}|\d{4}|phấn đấu|giao/iu;
const PLAN_HEAD = /kế hoạch|mục tiêu|chỉ tiêu|phấn đấu|giao|(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])KH(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/u;
const PAST_HEAD = /thực hiện|ước|kết quả|đạt được|so với|so sánh|cùng kỳ|tăng\s*\/\s*giảm/iu;
const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;
// a value cell: "95%", "≥ 90", "17 - 18%", and also with a verb and a unit of its own:
// "Tăng 8%", "Đạt 12 bác sĩ", "1.385 tỷ đồng"
const VALUE = /^(?:(đạt|tăng|giảm)\s+)?(trên|dưới|tối thiểu|ít nhất|tối đa|không quá|≥|>=|≤|<=|>|<)?\s*(\d[\d.,]*)(?:\s*[-–]\s*(\d[\d.,]*))?\s*(%|‰|\p{L}+(?:[ /]\p{L}+){0,3})?$/iu;
// symbols a table cell may use; words ("trên", "tối thiểu" …) are read as in prose
const SYMBOL: Record<string, TargetT['comparator']> = { '≥': '>=', '>=': '>=', '≤': '<=', '<=': '<=', '>': '>', '<': '<' };

/**
 * The cells of a row laid out with tabs or runs of 3+ spaces (a table copied from a word
 * processor or OCR), each with its column: the row's cells in order when they are as many as
 * the head's, else the head column that starts nearest before the cell (spaces align them).
 */
function gapCells(line: Line, head: Cell[] | null, headLine: Line | null): Cell[] {
  const out: Cell[] = [];
  const raw = line.raw;
  const re = /[^\t ]+(?: {1,2}[^\t ]+)*/gu;
  for (let m = re.exec(raw); m; m = re.exec(raw)) out.push({ text: m[0].replace(/\*\*|__/g, ''), start: line.start + m.index, length: m[0].length });
  if (!head || !headLine || out.length === head.length || raw.includes('\t')) return out;
  const aligned: Cell[] = [];
  for (const c of out) {
    let k = 0;
    for (let h = 0; h < head.length; h++) if (head[h]!.start - headLine.start <= c.start - line.start + 2) k = h;
    aligned[k] = aligned[k] ? { ...aligned[k]!, text: `${aligned[k]!.text} ${c.text}`, length: c.start + c.length - aligned[k]!.start } : c;
  }
  return aligned;
}
const GAP = /\t| {3,}/u;
// a head row has a gap between cells, not only an indent (OCR text indents every line)
const INNER_GAP = /\S(?:\t| {3,})\S/u;

/** Column roles from a head row: indicator, unit and the planning value column. */
function roles(head: string[]): { ind: number; unit: number; val: number } {
  const ind = head.findIndex((h) => INDICATOR_HEAD.test(h));
  const unit = head.findIndex((h) => UNIT_HEAD.test(h));
  // the value column: after the indicator, a planning column ("Kế hoạch 2024", "Chỉ tiêu
  // năm 2024") before a bare year; never last year's results ("Thực hiện 2023", "Ước đạt")
  const candidates = [...head.keys()].filter((k) => k > ind && k !== unit && VALUE_HEAD.test(head[k]!) && !PAST_HEAD.test(head[k]!));
  const val = candidates.find((k) => PLAN_HEAD.test(head[k]!)) ?? candidates[0] ?? -1;
  return { ind, unit, val };
}

/** Line ranges [from, to) of tables read for targets: prose reading skips them. */
export type TableTargets = { targets: TargetT[]; tables: [number, number][] };

export function findTableTargets(lines: Line[], from: number, to: number, index: LineIndex): TableTargets {
  const out: TargetT[] = [];
  const tables: [number, number][] = [];
  for (let i = from; i < to; i++) {
    const pipe = lines[i]!.raw.trimStart().startsWith('|') && i + 1 < to && SEPARATOR.test(lines[i + 1]!.raw);
    // a layout table: a head row of 3+ cells separated by tabs or wide gaps, naming an
    // indicator column and a value column
    let headCells: Cell[] | null = null;
    if (!pipe) {
      if (!INNER_GAP.test(lines[i]!.raw) || lines[i]!.raw.length > 400) continue;
      headCells = gapCells(lines[i]!, null, null);
      if (headCells.length < 3) continue;
    }
    const head = pipe ? cells(lines[i]!).map((c) => c.text) : headCells!.map((c) => c.text);
    const { ind, unit, val } = roles(head);
    if (!pipe && (ind < 0 || val < 0)) continue;
    const isRow = (k: number) => pipe ? lines[k]!.raw.trimStart().startsWith('|') : GAP.test(lines[k]!.raw) && lines[k]!.raw.length <= 400;
    let j = pipe ? i + 2 : i + 1;
    for (; j < to && isRow(j); j++) {
      if (ind < 0 || val < 0) continue;
      const row = pipe ? cells(lines[j]!) : gapCells(lines[j]!, headCells, lines[i]!);
      const indicator = squash(row[ind]?.text ?? '');
      const cell = row[val];
      const m = cell ? VALUE.exec(cell.text) : null;
      if (!indicator || !cell || !m) continue;
      const value = parseDigits(m[3]!);
      const valueMax = m[4] ? parseDigits(m[4]) : null;
      if (value === null) continue;
      const unitText = (m[5] ?? (unit >= 0 ? row[unit]?.text ?? '' : '')).toLowerCase().trim();
      const money = MONEY_UNITS.find(([u]) => u === unitText);
      const verb = m[1]?.toLowerCase();
      // the verb of change may open the indicator ("Giảm tỷ lệ hộ nghèo") or close it ("Tỷ lệ
      // hộ nghèo giảm", "Số doanh nghiệp tăng thêm")
      const trailing = TRAILING_CHANGE.exec(indicator);
      const change = verb === 'tăng' ? 'increase' : verb === 'giảm' ? 'decrease'
        : /^(?:tăng|giảm)\s/iu.test(indicator) && !/tăng trưởng/iu.test(indicator) ? (/^giảm/iu.test(indicator) ? 'decrease' : 'increase')
        : trailing ? (/giảm/iu.test(trailing[1]!) ? 'decrease' : 'increase') : null;
      out.push({
        indicator: change && !verb ? indicator.replace(/^(?:tăng|giảm)\s+/iu, '').replace(TRAILING_CHANGE, '') : indicator,
        value, valueMax, unit: unitText, comparator: m[2] ? SYMBOL[m[2]] ?? comparatorOf(m[2], '') : '=', change,
        text: squash(row.map((c) => c.text).join(' | ')),
        span: index.span(cell.start, cell.start + cell.length),
        quantity: money ? moneyQuantity(value, { currency: money[1], scale: money[2] }) : null,
      });
    }
    tables.push([i, j]);
    i = j - 1;
  }
  return { targets: out, tables };
}
