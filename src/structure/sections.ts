// Paragraphs -> the section tree, its paths, the closing paragraph(s).
import type { SectionT } from '../schema.js';
import type { LineIndex } from '../text/lines.js';
import { squash } from '../text/lines.js';
import type { Paragraph } from './paragraphs.js';
import type { Marker, Style } from './markers.js';
import { HEADING_NOUNS, POSITIONS } from '../vi/words.js';

type Node = {
  marker: Marker;
  para: Paragraph;
  heading: string | null;
  body: string[];
  end: number;
  children: Node[];
  path: string;
  ordinal: number;
  /** paragraphs after the marker's own one, without a marker of their own */
  tail: Paragraph[];
};

/** Paragraphs that open the closing after the last section: the issuer's call to act. */
const CLOSING_START = new RegExp(
  '^(?:' + [
    'Căn cứ (?:vào )?(?:nội dung )?(?:Chỉ thị|Kế hoạch|Quyết định|Nghị quyết|Thông báo|Hướng dẫn|Chương trình|Công văn|Kết luận)[^.]{0,40}?này',
    'Nhận được (?:Chỉ thị|Kế hoạch|Công văn|Thông báo|văn bản)',
    'Đề nghị (?:các|thủ trưởng|Thủ trưởng|Chủ tịch|Giám đốc|Ủy ban|UBND|lãnh đạo|các cấp)',
    'Yêu cầu (?:các|thủ trưởng|Thủ trưởng|Chủ tịch|Giám đốc|lãnh đạo)',
    'Trên đây là',
    'Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện',
    'Quá trình (?:tổ chức )?(?:triển khai )?thực hiện',
    '(?:Chủ tịch|Ủy ban|Uỷ ban|UBND|Ban Thường vụ|Thường trực|Giám đốc|Hội đồng)[^.;]{0,90}?(?:kêu gọi|yêu cầu|đề nghị)',
    // other organs' call, when it is the text's last sentence ("Sở Y tế đề nghị Thủ trưởng các
    // đơn vị quan tâm triển khai thực hiện./.")
    '(?:Sở|Ban|Phòng|Văn phòng|Bộ|Cục|Chi cục|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|Công an|Bộ Chỉ huy|Liên đoàn|Tỉnh đoàn|Trường)[^.;]{0,90}?(?:kêu gọi|yêu cầu|đề nghị)[^;]*\\./\\.\\s*$',
    // "Chỉ thị này được phổ biến đến chi bộ", "Quyết định này có hiệu lực …", "Kế hoạch này …"
    '(?:Chỉ thị|Nghị quyết|Quyết định|Thông báo|Hướng dẫn|Chương trình|Kết luận|Công văn|Quy định)(?: hành động| công tác| phối hợp| liên tịch)? này (?:được |cần được |phải được |sẽ được |đã được )?(?:phổ biến|quán triệt|có hiệu lực|thay thế|triển khai|thực hiện|áp dụng|thông qua|gửi)',
    // a Nghị quyết's last paragraph: "Nghị quyết này đã được Hội đồng nhân dân tỉnh … thông qua ngày …"
    'Nghị quyết này đã được [^.;]{0,160}?thông qua',
    // a Thông báo's last line: "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện"
    // (or another organ's: "Hội đồng Thi đua - Khen thưởng tỉnh thông báo để các đơn vị biết")
    '(?:Văn phòng|Ủy ban|Uỷ ban|UBND|Sở|Ban|Phòng|Thường trực|Hội đồng|Bộ|Cục|Chi cục|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|Công an|Liên đoàn|Tỉnh đoàn|Trường)[^.;]{0,80}?thông báo (?:để|đến|cho)',
    'Kế hoạch này',
    // "Ban Thường vụ Đảng ủy có trách nhiệm … tổ chức triển khai thực hiện Nghị quyết này"
    "[^.;]{0,120}?(?:có trách nhiệm|chịu trách nhiệm|tổ chức quán triệt|tổ chức triển khai|triển khai thực hiện|tổ chức thực hiện)[^.;]{0,80}?(?:Chỉ thị|Nghị quyết|Kế hoạch|Kết luận|Chương trình|Quyết định|Hướng dẫn|Thông báo) này",
    '(?:Ông|Bà|Đồng chí|đồng chí)\\s[^.;]{0,60}?(?:đề nghị|yêu cầu|kêu gọi)',
  ].join('|') + ')', 'u');

const NARRATIVE_TURN = /^(?:Dịp này|Nhân dịp này|Cũng tại (?:hội nghị|buổi lễ|lễ|chương trình)|Tại (?:hội nghị|buổi lễ|lễ phát động|chương trình)|Trước đó|Kết thúc (?:hội nghị|buổi lễ)|Hội nghị (?:đã|cũng)|Buổi lễ|Phát biểu (?:tại|chỉ đạo|bế mạc))[\s,]/u;
// a news report of a text goes on about the text after its list ("Chỉ thị cũng giao Sở Nội vụ …")
const REPORTED_TEXT_TURN = /^(?:Chỉ thị|Kế hoạch|Quyết định|Nghị quyết|Công văn|Văn bản|Thông báo|Kết luận) (?:cũng|còn|nêu rõ|yêu cầu|giao)[\s,]/u;

// the reporter's voice again: an office holder (the signers' positions) or a person, then a verb of reporting
// ("Thủ tướng tin tưởng rằng …", "Bộ trưởng Nguyễn Kim Sơn nhấn mạnh …")
const SPEAKER_TURN = new RegExp(`^(?:${POSITIONS.join('|')}|Ông|Bà|Đồng chí)(?:\\s+[^\\s.;:]+){0,8}?\\s+(?:tin tưởng|nhấn mạnh|khẳng định|cho biết|mong muốn|bày tỏ|tin rằng|đánh giá cao|ghi nhận|biểu dương|chúc mừng|lưu ý|đề nghị|yêu cầu|kêu gọi|chỉ đạo)(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'u');

/** A bulleted list item's line ("- …", "• …", "> - …" in a quote). */
export const BULLET_ITEM = /^[\s>]*[-+•*–](?:\s|$)/u;

/** A paragraph that opens on a year ("Năm 2023, …", "- Trong năm 2023: …"): the year is group 1. */
export const YEAR_OPENER = /^[\s\-+•*]*(?:Trong\s+)?[Nn]ăm\s+(\d{4})\s*[,:]/u;

export function isClosingStart(text: string): boolean {
  return CLOSING_START.test(text);
}

/** Style ranks for a new marker whose style is not yet open: nested below the current one. */
/**
 * `reportYear`: for a news report, the year it was written in. A paragraph after its list
 * that opens on an earlier year ("Năm 2023, toàn ngành đã …") turns back to narrative.
 */
export function buildSections(paras: Paragraph[], index: LineIndex, reportYear: number | null = null): { sections: SectionT[]; closing: string | null; preamble: Paragraph[]; closingParas: Paragraph[] } {
  const roots: Node[] = [];
  const stack: Node[] = [];
  const preamble: Paragraph[] = [];
  const seenStyles: Style[] = [];
  const lastOrdinal = new Map<Style, number>();
  let last: Node | null = null;

  for (const p of paras) {
    const m = p.marker && acceptMarker(p.marker, stack, seenStyles, lastOrdinal) ? p.marker : null;
    if (!m) {
      // "PHẦN I" alone on its line, its title in capitals on the next: that is its heading
      if (last && last.heading === null && !last.body.length && !last.children.length && !last.tail.length && isCapitalTitle(p)) {
        last.heading = squash(p.text.replace(/[:*]+$/, ''));
        last.end = p.end;
        continue;
      }
      if (last) { last.body.push(p.text); last.end = p.end; last.tail.push(p); }
      else preamble.push(p);
      continue;
    }
    // find the parent: pop to the level whose style matches, else nest
    let parentIdx = stack.length - 1;
    const same = findSameLevel(stack, m);
    if (same >= 0) parentIdx = same - 1;
    else if (m.style === 'decimal') {
      // "3.1." nests under the node whose path numbers match its prefix
      parentIdx = findDecimalParent(stack, m);
    }
    const sibling = same >= 0 ? stack[same] : undefined;
    stack.length = parentIdx + 1;
    const parent = stack[parentIdx];
    // a list numbered lazily, every item "1." (markdown renumbers it when rendered): each
    // item after a sibling written "1." is the next one
    const lazy = sibling !== undefined && (m.style === 'arabic' || m.style === 'arabic-paren') && m.numbers.length === 1 && m.numbers[0] === 1 && sibling.marker.numbers.length === 1 && sibling.marker.numbers[0] === 1;
    const ordinal = lazy ? sibling.ordinal + 1 : m.numbers[m.numbers.length - 1]!;
    const rest = p.text.slice(m.rest);
    const { heading, text } = splitHeading(rest, p.lines.length === 1, MD_HEADING.test(p.lines[0]!.raw));
    const node: Node = {
      marker: m, para: p, heading, body: text ? [text] : [], end: p.end, children: [],
      path: parent ? `${parent.path}.${ordinal}` : String(ordinal), ordinal, tail: [],
    };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
    if (!seenStyles.includes(m.style)) seenStyles.push(m.style);
    lastOrdinal.set(m.style, ordinal);
    last = node;
  }

  // closing: paragraphs after the last section's own first paragraph that call to act
  let closingParas: Paragraph[] = [];
  if (last) {
    const tail = last.tail;
    // a heading alone on the marker's line ("III. TỔ CHỨC THỰC HIỆN"): the paragraph under it
    // is the section's own text, whatever it says, unless the section has items of its own
    const ownFirst = last.body.length === tail.length && !last.children.length ? 1 : 0;
    const k = tail.findIndex((p, i) => i >= ownFirst && isClosingStart(p.text));
    if (k >= 0) {
      closingParas = tail.slice(k);
      last.body.splice(last.body.length - closingParas.length, closingParas.length);
      last.end = k > 0 ? tail[k - 1]!.end : last.para.end;
    }
    // a news report turns back to the event after the list ("Dịp này, …", "Tại hội nghị, …",
    // "Thủ tướng tin tưởng …"):
    // that is narrative, not the last item's text
    const kept = k >= 0 ? k : tail.length;
    const earlierYear = (t: string) => { const y = YEAR_OPENER.exec(t); return reportYear !== null && y !== null && Number(y[1]) < reportYear; };
    const speaker = (t: string) => reportYear !== null && (SPEAKER_TURN.test(t) || REPORTED_TEXT_TURN.test(t));
    // a news list written as bullets ("- Một là, …") ends with its last bullet
    const siblings = stack.length > 1 ? stack[stack.length - 2]!.children : roots;
    const bulleted = reportYear !== null && siblings.length >= 2 && siblings.every((s) => BULLET_ITEM.test(s.para.lines[0]!.raw));
    const n = tail.findIndex((p, i) => i < kept && (last!.para.inline || NARRATIVE_TURN.test(p.text) || earlierYear(p.text) || speaker(p.text) || (bulleted && !BULLET_ITEM.test(p.lines[0]!.raw))));
    if (n >= 0) {
      last.body.splice(last.body.length - (kept - n), kept - n);
      last.end = n > 0 ? tail[n - 1]!.end : last.para.end;
    }
  } else {
    const k = preamble.findIndex((p, i) => i > 0 && isClosingStart(p.text));
    if (k >= 0) closingParas = preamble.slice(k);
  }
  const closing = closingParas.length ? closingParas.map((p) => squash(p.text)).join('\n') : null;

  // a section's span runs from its marker to the end of its last descendant
  const endOf = (n: Node): number => n.children.reduce((m, c) => Math.max(m, endOf(c)), n.end);
  const toSection = (n: Node): SectionT => ({
    path: n.path, marker: n.marker.marker, heading: n.heading,
    text: n.body.map((b) => squash(b).replace(/^[-+•–]\s+/u, '')).join('\n'),
    span: index.span(markerStart(n.para.lines[0]!, n.marker), endOf(n)),
    children: n.children.map(toSection),
  });
  return { sections: roots.map(toSection), closing, preamble, closingParas };
}

function findSameLevel(stack: Node[], m: Marker): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const s = stack[i]!.marker;
    if (s.style === m.style && (m.style !== 'decimal' || s.numbers.length === m.numbers.length)) return i;
  }
  return -1;
}

function findDecimalParent(stack: Node[], m: Marker): number {
  const prefix = m.numbers.slice(0, -1);
  for (let i = stack.length - 1; i >= 0; i--) {
    const s = stack[i]!.marker;
    const nums = s.numbers;
    if (s.style === 'decimal' && nums.length === prefix.length && nums.every((n, k) => n === prefix[k])) return i;
    if (prefix.length === 1 && (s.style === 'arabic' || s.style === 'roman' || s.style === 'thu' || s.style === 'la') && nums[0] === prefix[0]) return i;
  }
  return stack.length - 1;
}

/** Sequence sanity: a word-ordinal or restarted marker must continue its siblings. */
function acceptMarker(m: Marker, stack: Node[], seen: Style[], lastOrdinal: Map<Style, number>): boolean {
  const same = findSameLevel(stack, m);
  const n = m.numbers[m.numbers.length - 1]!;
  if (same < 0) {
    // a new style starts at 1 (or 'a'), except at the top where a document may start at "II."
    if (m.style === 'thu' || m.style === 'la') return n === 1; // a list of ordinals starts at the first
    if (stack.length === 0) return true;
    if (m.style === 'decimal') return true;
    // "Điều 3" under "Chương II" continues the numbering of the previous chapter
    return n <= 2 || !seen.includes(m.style) || n === (lastOrdinal.get(m.style) ?? -1) + 1;
  }
  const prev = stack[same]!.ordinal;
  if (m.style === 'thu' || m.style === 'la') return n > prev && n <= prev + 2;
  return n > prev && n <= prev + 5 || n === 1;
}

/** Where the marker starts in the text: found in the raw line when markup before it was removed from the clean one. */
function markerStart(line: Paragraph['lines'][number], m: Marker): number {
  const guess = line.cleanStart + m.at;
  if (line.raw.startsWith(m.marker, guess - line.start)) return guess;
  const k = line.raw.indexOf(m.marker);
  return k >= 0 ? line.start + k : guess;
}

function isCapitalTitle(p: Paragraph): boolean {
  const t = p.text.trim();
  return p.lines.length <= 2 && t.length <= 100 && t === t.toUpperCase() && /[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]{2}/u.test(t) && !/[.;]$/.test(t);
}

const MD_HEADING = /^\s{0,3}#{1,6}\s/;

const HEADING_LIST = new RegExp(`^(?:${HEADING_NOUNS.join('|')})(?:\\s*(?:,|và|-)\\s*(?:${HEADING_NOUNS.join('|')}))+$`, 'iu');

/** "Mục tiêu" on the marker's line is a heading; a sentence is body text. */
function splitHeading(rest: string, alone: boolean, markedHeading = false): { heading: string | null; text: string } {
  const r = rest.trim();
  if (!r) return { heading: null, text: '' };
  // (a markdown heading, "### 1. Thi đua thực hiện thắng lợi các chỉ tiêu … năm 2025", is one
  // whatever its length)
  if (alone && markedHeading && r.length <= 200 && !/[.;]$/.test(r)) return { heading: squash(r.replace(/[:*]+$/, '')), text: '' };
  if (alone && r.length <= 100 && r.split(/\s+/).length <= 14 && !/[.;,]$/.test(r) && /^[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"“*]/u.test(r)) {
    return { heading: squash(r.replace(/[:*]+$/, '')), text: '' };
  }
  // "Thời gian thi đua: Từ ngày …": a short label before a colon
  const colon = r.indexOf(':');
  if (colon > 0 && colon <= 60 && /^[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/u.test(r)) {
    const label = r.slice(0, colon);
    if (label.split(/\s+/).length <= 8 && (!/[,;.]/.test(label) || HEADING_LIST.test(label))) {
      return { heading: squash(label), text: r.slice(colon + 1).trim() };
    }
  }
  return { heading: null, text: r };
}
