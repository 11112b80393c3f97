// Header of a formal text (quốc hiệu, issuing organ, "Số: …", "Nơi, ngày … tháng … năm …",
// tên loại and trích yếu) or of a news article (headline, dateline).
import type { Line } from '../text/lines.js';
import { columns, squash } from '../text/lines.js';
import { KIND_NAMES, SELF_TITLED_KINDS, TYPE_CODE_KIND } from '../vi/words.js';
import { findDates, firstDate } from '../vi/dates.js';
import { headerTableCells } from './tables.js';
import { decodeNumber, normalizeRefNumber } from '../references.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { scanMarker } from './markers.js';
import { SITE_LINKS } from './residue.js';

export type Header = {
  kind: string | null;
  kindLine: number | null;
  number: string | null;
  numberTypeCode: string | null;
  title: string | null;
  place: string | null;
  date: string | null;
  publishedAt: string | null;
  organLines: string[];
  /** first line index of the body */
  bodyStart: number;
  /** header lines that stand inside the body (an article's dateline below its lead) */
  bodySkip: number[];
  isArticle: boolean;
};

// (a Youth Union text has its name where others have the motto: "ĐOÀN TNCS HỒ CHÍ MINH")
const MOTTO = /^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐẢNG CỘNG SẢN VIỆT NAM|ĐOÀN (?:TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH\s*$|[-_=*\s]+$)/iu;
// "Số", as OCR also reads it: "Sô", "Sồ", "Sổ", "Só"; with every mark lost, "So:" (its colon
// tells it from the word "so")
const NUMBER_WORD = '(?:Số|SỐ|Sô|Sồ|Sổ|Só|S[oO](?=\\s*:))';
const NUMBER_LINE_START = new RegExp(`^\\**\\s*${NUMBER_WORD}`, 'u');
const NUMBER_LINE = new RegExp(String.raw`(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])${NUMBER_WORD}\s*[:.]?\s*(\d{1,6}(?:\s*\/\s*\d{4})?\s*[\/-]\s*[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸA-Za-z\u00C0-\u024F\u1E00-\u1EFF\d]+(?:\s*[-\/]\s*[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\d.]+)*)`, 'u');
// OCR splits a dateline's numbers with a space: "ngày 0 5 tháng 02 năm 20 24"
const SPLIT_DAY_MONTH = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])((?:ngày|tháng)\s*)(\d) (\d)(?=\s*(?:tháng|năm|\/))/giu;
const SPLIT_YEAR = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(năm\s*)(\d{2}) (\d{2})(?!\d)/giu;
// OCR misreads a dateline's words by a tone mark: "ngảy 10 thảng 01 nám 2024"; read only
// as a whole date, so the words are not changed anywhere else
const OCR_DATE_WORDS = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])ng[àảáạãa]y(\s*\d{1,2}\s*)th[áảàạãa]ng(\s*\d{1,2}\s*)n[ăáảãạâàắằẳẵặa]m(?=\s*\d{4})/gu;
const NUMBER_THEN_DATELINE = /^[*_\s]*(?:Số|SỐ)\s*[:.]?\s*[^\s|—–]+\s+[—–|]\s+/u;
export function repairDatelineDigits(line: string): string {
  const words = /ng.y\s*\d/u.test(line) ? line.replace(OCR_DATE_WORDS, 'ngày$1tháng$2năm') : line;
  return /\d \d/.test(words) ? words.replace(SPLIT_DAY_MONTH, '$1$2$3').replace(SPLIT_YEAR, '$1$2$3') : words;
}
// "Cao Bằng, ngày 18 tháng 01 năm 2023" / "TP. Hồ Chí Minh, ngày 5/3/2023"
// (a weekday written short, as some news pages write it: "CN, 10/03/2024", "T3, 12/03/2024")
const SHORT_WEEKDAY = String.raw`CN|T[2-7](?=\s*,)`;
// (not a weekday written short: a news page's dateline, not a place)
const PLACE_DATE = new RegExp(String.raw`^(?!(?:${SHORT_WEEKDAY})\s*,)([A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF\s.'-]{1,48}?(?:(?<=(?:Quận|Phường|quận|phường)\s?)\d{1,2})?)\s*,\s*(ngày(?:\s*(?:\d{1,2}|\.{2,}|…|_{2,}))?\s*(?:tháng|\/)(?:\s*(?:\d{1,2}|\.{2,}|…|_{2,}))?\s*(?:năm|\/)\s*\d{4}|ngày\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})`, 'iu');
// a dateline's weekday, before its date ("Thứ Sáu, ", "Thứ 6 - ", "CN, ")
const WEEKDAY = String.raw`(?:(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật|${SHORT_WEEKDAY})\s*[,-]?\s*)?`;
const DATELINE = new RegExp(String.raw`^(?:\d{1,2}[:h]\d{2}(?:\s*[AP]M)?\s*[|,-]?\s*(?=${WEEKDAY}(?:ngày\s+)?\d{1,2}\/))?${WEEKDAY}(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2}(?:\s*\(?GMT[^)]*\)?)?)?`, 'iu');
/** A headline: one line of at least three words, not a sentence or a numbered item. */
function isHeadline(c: string): boolean {
  return c.length <= 250 && c.split(/\s+/).length >= 3 && !/[.;:,]$/.test(c) && !/^\d+[.)]\s/.test(c);
}

/** "23-02-2024" / "23.02.2024" / "ngày 23 tháng 02 năm 2024" -> "23/02/2024"; "10:35 ngày 23/02/2024" -> "10:35 | 23/02/2024". */
// "Thứ Năm, ngày 14 tháng 3 năm 2024 | 09:12": the date in words, alone on its line but for a time
const WORDED_DATELINE = /^((?:(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật)\s*[,-]?\s*)?)(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)\s*(\d{4})(?=\s*(?:[-,|]?\s*\d{1,2}[:h]\d{2}(?:\s*\(?GMT[^)]*\)?)?)?\s*$)/iu;
// a byline before the dateline: "Thúy Hồng - 16:45, 02/04/2024", "Bài, ảnh: Minh Anh | 02/04/2024"
const BYLINE = /^(?:(?:Bài|Tin|Ảnh|Bài và ảnh|Tin và ảnh|Bài, ảnh|Tin, ảnh|Tác giả|Phóng viên|PV)\s*:\s*)?(?:[A-ZĐ][^\s\d|:,–-]{0,15}\s+){0,4}[A-ZĐ][^\s\d|:,–-]{0,15}\s*[-|–]\s*(?=\d)/u;
function datelineForm(s: string): string {
  return s.replace(BYLINE, '').replace(ISO_DATELINE, (_all, y: string, m: string, d: string, t: string | undefined) => `${d}/${m}/${y}${t ? ` ${t}` : ''}`).replace(WORDED_DATELINE, '$1$2/$3/$4').replace(/^((?:\S+\s+){0,4}?)(\d{1,2})[.-](\d{1,2})[.-](\d{4})(?!\d)/u, '$1$2/$3/$4').replace(/^(\d{1,2}[:h]\d{2})\s*,?\s*ngày\s+/iu, '$1 | ');
}
// an exporter's ISO date and time: "2024-03-15 08:30", "2024-03-15T08:30:00+07:00"
const ISO_DATELINE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|$)/u;
const DATELINE_LABEL = /^(?:Ngày\s+(?:đăng|cập nhật|xuất bản)|Cập nhật(?:\s+(?:lúc|ngày))?|Đăng\s+(?:ngày|lúc)|Xuất bản(?:\s+(?:lúc|ngày))?|Thời gian đăng|Published)\s*:?\s*/iu;

export function kindOfLine(clean: string): string | null {
  const t = clean.replace(/[*_#:]/g, '').trim();
  if (!t || t.length > 24) return null;
  const upper = t === t.toUpperCase();
  const lower = t.toLowerCase();
  for (const [name, kind] of KIND_NAMES) if (lower === name && upper) return kind;
  return null;
}

// (one pattern of the type names in capitals, longest first, tried once at the line's start)
const KIND_THEN_TITLE = new RegExp(`^(${[...KIND_NAMES].sort((a, b) => b[0].length - a[0].length)
  .map(([name]) => name.toUpperCase().replace(/\s+/g, '\\s+')).join('|')})\\s*[:\\-–—]?\\s+(\\p{Lu}\\p{Ll}.*)$`, 'u');
const KIND_BY_NAME = new Map(KIND_NAMES.map(([name, kind]) => [name, kind]));

/** The author of a party text before its trích yếu: "của Ban Thường vụ Tỉnh ủy về …", "KẾT LUẬN CỦA BỘ CHÍNH TRỊ về …". */
const PARTY_AUTHOR = /^(?:kết luận\s+)?của\s+(?=(?:Ban|Bộ|Tỉnh|Thành|Huyện|Quận|Thị|Đảng|Đoàn|Thường|Hội nghị)\s)(?:(?!\stại\s)[^,;:]){3,80}?\s(?=về\s)/iu;

/** A part or chapter heading, as the marker scanner reads one: "Phần thứ nhất", "PHẦN I", "Chương II". */
function isPartHeading(c: string): boolean {
  if (!/^(?:Phần|PHẦN|Chương|CHƯƠNG)\s/u.test(c)) return false;
  const style = scanMarker(c)?.style;
  return style === 'phan' || style === 'chuong';
}

/** A line that opens a text's body: the account of a meeting or an event, with its day. */
const BODY_OPENING = /^(?:(?:Sáng|Chiều|Tối|Trưa)\s+(?:ngày\s+)?|Ngày\s+)\d{1,2}(?:\s*[/.-]\s*\d{1,2}|\s+tháng\s)/u;

/**
 * The type in capitals and the trích yếu after it on one line, as a markdown export's heading
 * writes it ("# KẾ HOẠCH Tổ chức phong trào thi đua …", "QUYẾT ĐỊNH: Về việc …"): the kind, and
 * the title, which is in sentence case.
 */
export function kindWithTitle(clean: string): { kind: string; title: string } | null {
  const t = clean.replace(/[*_#]/g, '').trim();
  const m = t.length <= 300 ? KIND_THEN_TITLE.exec(t) : null;
  if (!m || m[2] === m[2]!.toUpperCase()) return null;
  const kind = KIND_BY_NAME.get(m[1]!.replace(/\s+/g, ' ').toLowerCase());
  return kind ? { kind, title: m[2]! } : null;
}

/** "BẢN GIAO ƯỚC THI ĐUA NĂM 2024": a type that carries its subject on its own line. */
function selfTitledLine(clean: string): boolean {
  const t = clean.replace(/[*_#]/g, '').trim();
  if (t.length > 120 || t !== t.toUpperCase()) return false;
  const lower = t.toLowerCase();
  return SELF_TITLED_KINDS.some((k) => lower.startsWith(k) && !/[\p{L}\d]/u.test(lower.charAt(k.length)));
}

/** Type code of a number "01/CT-UBND" -> "CT"; "20/2012/CT-UBND" -> "CT"; "34-CT/TW" -> "CT". */
export function typeCodeOf(number: string): string | null {
  return decodeNumber(number).typeCode;
}

export function parseHeader(lines: Line[]): Header {
  const h: Header = {
    kind: null, kindLine: null, number: null, numberTypeCode: null, title: null, place: null, date: null,
    publishedAt: null, organLines: [], bodyStart: 0, bodySkip: [], isArticle: false,
  };
  // an exporter's metadata block (YAML front matter, a reader's "Title:" lines) comes first
  const fm = readFrontMatter(lines);
  const from = fm?.end ?? 0;
  h.bodyStart = from;
  // the header zone: lines up to the first long paragraph, at most 60 lines
  const limit = Math.min(lines.length, from + 60);
  let zoneEnd = limit;
  for (let i = from; i < limit; i++) {
    if (lines[i]!.clean.length > 320) { zoneEnd = i; break; }
  }
  // markdown pipe tables in the header: read their cells column by column
  const zone: { line: number; text: string }[] = [];
  for (let i = from; i < zoneEnd; i++) {
    const l = lines[i]!;
    if (l.clean.startsWith('|') || /\|.*\|/.test(l.clean)) {
      let j = i;
      while (j < zoneEnd && lines[j]!.clean.includes('|')) j++;
      const block = lines.slice(i, j).map((x) => x.raw).join('\n');
      for (const cell of headerTableCells(block)) zone.push({ line: i, text: cell });
      i = j - 1;
      continue;
    }
    // two columns (organ | quốc hiệu, "*" | place and date): each cell on its own; a
    // dateline left blank to be filled in ("ngày      tháng 3 năm 2024") is one cell
    const cells = columns(l.clean);
    for (let k = 0; k < cells.length; k++) {
      let cell = cells[k]!;
      while ((/(?:ngày|tháng)$/iu.test(cell) || /^Số\s*:?$/iu.test(cell)) && k + 1 < cells.length) cell += ' ' + cells[++k]!;
      zone.push({ line: i, text: cell });
    }
  }

  let numberAt = -1, placeAt = -1, kindAt = -1, selfTitled = false, inlineTitle: string | null = null;
  for (let z = 0; z < zone.length; z++) {
    const { text } = zone[z]!;
    if (!text) continue;
    if (h.number === null) {
      const m = NUMBER_LINE.exec(text);
      if (m && NUMBER_LINE_START.test(text)) {
        h.number = normalizeRefNumber(m[1]!).replace(/\.+$/, ''); // (a full stop after it is not part of it)
        h.numberTypeCode = typeCodeOf(h.number);
        numberAt = z;
      }
    }
    if (h.place === null) {
      // on a line of its own, or after the number on one line ("Số: 12/KH-SGDĐT — Thanh Hóa, ngày …")
      const dateline = repairDatelineDigits(text).replace(NUMBER_THEN_DATELINE, '');
      const m = PLACE_DATE.exec(dateline);
      if (m && !/^(?:Thứ|Chủ nhật)/iu.test(m[1]!)) {
        h.place = squash(m[1]!);
        h.date = firstDate(dateline);
        placeAt = z;
      }
    }
    if (kindAt < 0) {
      const k = kindOfLine(text);
      if (k) { h.kind = k; kindAt = z; h.kindLine = zone[z]!.line; }
      else if (selfTitledLine(text)) { h.kind = 'unknown'; kindAt = z; h.kindLine = zone[z]!.line; selfTitled = true; }
      else {
        const kt = kindWithTitle(text);
        if (kt) { h.kind = kt.kind; kindAt = z; h.kindLine = zone[z]!.line; selfTitled = true; inlineTitle = kt.title; }
      }
    }
  }

  if (kindAt >= 0) {
    // trích yếu: the lines after the kind word, up to a blank line or the body
    const kindLine = zone[kindAt]!.line;
    const titleParts: string[] = inlineTitle !== null ? [inlineTitle]
      : selfTitled ? [lines[kindLine]!.clean.replace(/[*_#]/g, '').trim()] : [];
    let i = kindLine + 1;
    while (!selfTitled && i < zoneEnd && !lines[i]!.clean) i++;
    let lastTitleLine = kindLine;
    for (; i < lines.length && titleParts.length < 5; i++) {
      const c = lines[i]!.clean;
      if (!c) {
        // (a markdown export sets a blank line between the author and the trích yếu: "**CỦA BAN
        // THƯỜNG VỤ TỈNH ỦY**" / "" / "**về …**"; a title's part never opens in lower case)
        let j = i + 1;
        while (j < lines.length && j < i + 3 && !lines[j]!.clean) j++;
        const next = j < lines.length ? lines[j]!.clean.replace(/^[*_]+/, '') : '';
        const author = titleParts.length > 0 && /^(?:kết luận\s+)?của\s/iu.test(titleParts[titleParts.length - 1]!);
        if (titleParts.length && (author ? /^[Vv]ề\s/u : /^về\s/u).test(next)) { i = j - 1; continue; }
        break;
      }
      if (/^[-_=*~–—.]+$/.test(c)) break; // a rule under the title, whatever markup cleaning left of it
      // "(Ban hành kèm theo Quyết định số …)" under an attached plan's title says what issued it
      if (titleParts.length && /^[*_]*\(?\s*(?:Ban hành\s+)?[Kk]èm theo\s/u.test(c)) {
        // to its closing parenthesis, when it wraps
        let k = i;
        while (c.startsWith('(') && !lines[k]!.clean.includes(')') && k + 1 < lines.length && k < i + 3 && lines[k + 1]!.clean) k++;
        lastTitleLine = k;
        break;
      }
      if (c.length > 300 || /^(?:Căn cứ|Thực hiện|Theo|Để|Năm \d{4})/u.test(c) && titleParts.length) break;
      // the body's first paragraph set without a blank line: an account of a meeting ("Ngày
      // 10/3/2025, đồng chí …", "Sáng ngày 05/02, …"), or a long line opening the text
      if (titleParts.length && (c.length > 200 || BODY_OPENING.test(c) || isPartHeading(c))) break;
      // (a title in capitals is not continued by a sentence: "NGHỊ QUYẾT / ĐẠI HỘI ĐẠI BIỂU … /
      // Đại hội đại biểu … họp từ ngày …,"; "… / Về việc …" and "… / về …" still are)
      if (titleParts.length && !inlineTitle && titleParts.every((t) => t === t.toUpperCase()) && /^\p{Lu}/u.test(c) && c !== c.toUpperCase()
        && !/^(?:Về|V\/v|Của)\s/u.test(c) && /[,.;:]$/.test(c)) break;
      // (a line in capitals after the title is something else, unless the title in capitals goes
      // on: a quotation still open, or a line that ends on a word that cannot end it, "… “PHÚ THỌ
      // CHUNG SỨC" / "XÂY DỰNG NÔNG THÔN MỚI” NĂM 2024")
      if (titleParts.length && c === c.toUpperCase() && /[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/u.test(c)
        && !titleGoesOn(titleParts)) break;
      titleParts.push(c);
      lastTitleLine = i;
      if (/[.;:]$/.test(c) && !/^V\/v/iu.test(c)) break;
    }
    if (titleParts.length && titleParts.join(' ').length <= 400) {
      // party style "CHỈ THỊ / của Ban Thường vụ Tỉnh ủy / về …" (or "CỦA BAN BÍ THƯ"): the author
      // line is not the trích yếu; nor is the rest of the type's name with it, "THÔNG BÁO /
      // KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY / về …"
      // (the author is a party organ; "Kết luận của đồng chí Chủ tịch UBND huyện tại buổi làm việc
      // với … về …" is an administrative notice's whole trích yếu)
      h.title = squash(titleParts.join(' ')).replace(/^\((.*)\)$/, '$1').replace(PARTY_AUTHOR, '');
      h.bodyStart = lastTitleLine + 1;
    } else h.bodyStart = kindLine + 1;
  } else if (numberAt >= 0 || placeAt >= 0) {
    const last = Math.max(numberAt, placeAt);
    h.bodyStart = zone[last]!.line + 1;
    // a công văn's trích yếu under its number: "V/v hướng dẫn tổ chức phong trào" + wrapped lines
    if (numberAt >= 0) {
      const from = zone[numberAt]!.line + 1;
      for (let i = from; i < Math.min(lines.length, from + 4); i++) {
        const cell = columns(lines[i]!.clean)[0] ?? '';
        if (!/^(?:V\/v|V\/V|Về việc)\s/u.test(cell)) continue;
        const parts = [cell];
        let j = i + 1;
        for (; j < lines.length && parts.length < 4; j++) {
          const next = columns(lines[j]!.clean)[0] ?? '';
          if (!next || !/^[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ\d(“"]/u.test(next)) break;
          parts.push(next);
        }
        h.title = squash(parts.join(' '));
        h.bodyStart = Math.max(h.bodyStart, j);
        break;
      }
    }
    if (h.numberTypeCode) h.kind = TYPE_CODE_KIND[h.numberTypeCode] ?? TYPE_CODE_KIND[h.numberTypeCode.toUpperCase()] ?? null;
    else if (h.number) h.kind = 'cong-van';
  } else {
    parseArticleHead(lines, h, fm);
  }
  if (fm) {
    h.title ??= fm.title === null ? null : headlineText(fm.title);
    h.publishedAt ??= fm.publishedAt;
  }
  if (!h.kind && h.numberTypeCode) h.kind = TYPE_CODE_KIND[h.numberTypeCode] ?? null;

  // organ block: upper-case lines before the number / kind line that are not the motto
  // (a markdown export may put the kind's heading first and the number under it)
  const organEnd = numberAt >= 0 && kindAt >= 0 ? Math.min(numberAt, kindAt) : numberAt >= 0 ? numberAt : kindAt;
  const organLine = (z: number): void => {
    const t = zone[z]!.text.replace(/[*_#]/g, '').trim();
    if (!t || MOTTO.test(t) || PLACE_DATE.test(t)) return;
    if (t === t.toUpperCase() && /[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]{2}/u.test(t) && t.length < 120) h.organLines.push(t);
  };
  for (let z = 0; z < organEnd; z++) organLine(z);
  // a heading with the type and its title first ("# KẾ HOẠCH Tổ chức …"), then the organ and
  // the number: the organ lines are between the title and the number
  if (!h.organLines.length && inlineTitle !== null && numberAt > kindAt) {
    for (let z = kindAt + 1; z < numberAt; z++) if (zone[z]!.line >= h.bodyStart) organLine(z);
  }
  return h;
}

// "Trang chủ » Tin tức", "Trang chủ > Thời sự > Chính trị", "Home / News"
const BREADCRUMB = /^(?:Trang chủ|Trang nhất|Home)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF]).{0,200}?(?:»|›|>|\/|\|)|^[^.!?]{0,120}\s(?:»|›)\s[^.!?]{0,120}$/u;

const SETEXT_H1 = /^\s{0,3}=+\s*$/u;
// a site's name and toolbar above a copied page: "Cổng thông tin điện tử tỉnh Phú Yên",
// "Cỡ chữ: A A A In bài Gửi email", a menu of words between bars
const SITE_FURNITURE = /^(?:Cổng thông tin(?: điện tử)?|Trang thông tin(?: điện tử)?|Báo điện tử|Website|Cỡ chữ|Font chữ|Kích thước chữ|In bài|Gửi email|Chia sẻ|Lượt xem)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])|^[^.!?|]{1,30}(?:\s\|\s[^.!?|]{1,30}){2,}$/iu;

// a newspaper's or station's name alone on a line above the headline: "Báo Bắc Ninh", "Báo Quân
// đội nhân dân", "Tạp chí Cộng sản", "Đài PT-TH Thái Bình" (a headline has a verb after the name)
const MASTHEAD = /^(?:Báo|Tạp chí|Đài(?: Phát thanh(?: và| -)? Truyền hình| PT-?TH)?|Truyền hình)\s+(?:điện tử\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:\p{Lu}[\p{L}.-]*|nhân dân|đội nhân dân|sản|điện tử|online)){0,4}$/u;

// a news site's section name: one to four words, no sentence or date in it
function isSectionLabel(c: string): boolean {
  const words = c.replace(/[#*_]/g, '').trim().split(/\s+/).filter((w) => /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/u.test(w));
  return words.length >= 1 && words.length <= 4 && c.length <= 40 && !/[.,;:!?\d]/.test(c);
}

// a lead's sentence: long, and ending as a sentence does
const LEAD_SENTENCE = /^.{60,}[.!?…]["”*_)]*$/u;
// (a numbered district may be its subject: "Ngày 5/2/2025, UBND Quận 8 tổ chức …")
const LEAD_AFTER_DATE = /^\s*,\s*\p{L}[\p{L}\p{M}]*\s+(?:[\p{L}\p{M}\d]+\s+)+[\p{L}\p{M}\d]/u;

/** A dateline's text in its usual form, after any label ("Cập nhật lúc:"); null if `l` is no dateline. */
function datelineRest(l: string): string | null {
  const label = DATELINE_LABEL.exec(l);
  const rest = datelineForm(label ? l.slice(label[0].length) : l);
  // (a sentence that opens on its date is the lead, not a dateline: "Ngày 2/3/2024, Thành
  // đoàn tổ chức …")
  const dl = DATELINE.exec(rest);
  return dl && rest.length < 120 && !LEAD_AFTER_DATE.test(rest.slice(dl[0].length)) ? rest : null;
}

/**
 * The line right above the dateline, when only a site's furniture (a menu, "Tìm kiếm") stands
 * between it and the line read as the headline: that line is the headline. -1 otherwise.
 */
function headlineAboveDateline(lines: Line[], from: number, skippable: (c: string) => boolean, siteName = false): number {
  const seen: number[] = [];
  for (let j = from; j < lines.length && seen.length < 6; j++) {
    const l = lines[j]!.clean;
    if (!l) continue;
    if (datelineRest(l) !== null) {
      const cand = seen.pop();
      // (right under the line taken first when that is a site's name in capitals: "SỞ Y TẾ
      // TỈNH KHÁNH HÒA / Ngành Y tế Khánh Hòa phát động … / Ngày đăng: 10/01/2025")
      if (cand === undefined || (!seen.length && !siteName)) return -1;
      const c = lines[cand]!.clean;
      if (!isHeadline(c) || c.split(/\s+/).length < 6) return -1;
      if (!seen.length && c === c.toUpperCase()) return -1;
      return seen.every((k) => skippable(lines[k]!.clean) || lines[k]!.clean.split(/\s+/).length <= 2) ? cand : -1;
    }
    seen.push(j);
  }
  return -1;
}

// the site's name after a page's headline, as a browser's title bar or a copied page has it:
// "… - Báo Thái Bình điện tử", "… | Cổng thông tin điện tử tỉnh Phú Yên", "… - baothaibinh.com.vn"
const SITE_SUFFIX = /\s+[-–|]\s+(?:(?:Báo|Tạp chí|Cổng thông tin|Trang thông tin|Đài Phát thanh|Truyền hình|Tin tức)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])[^-–|]{0,60}|[^-–|\s]{1,40}\.(?:vn|com|net|org)(?:\/\S*)?|[^-–|]{1,40}\s(?:điện tử|Online|online))$/u;
/** A headline as the page shows it: without markdown's "#" and the site's name after it. */
function headlineText(c: string): string {
  const t = squash(c.replace(/^#+\s*/, ''));
  const site = SITE_SUFFIX.exec(t);
  return site && site.index >= 15 ? t.slice(0, site.index) : t;
}

/** Does a title in capitals go on on the next line: a quotation left open, or a last word that cannot end it? */
function titleGoesOn(parts: string[]): boolean {
  const last = parts[parts.length - 1]!;
  if (last !== last.toUpperCase()) return false;
  const t = parts.join(' ');
  const open = (t.match(/“/g)?.length ?? 0) - (t.match(/”/g)?.length ?? 0);
  return open > 0 || (t.match(/"/g)?.length ?? 0) % 2 === 1 || /(?:\s(?:VÀ|CỦA|VỀ|CHO|TRONG|VỚI|NĂM|GIAI ĐOẠN|ĐẾN|THỰC HIỆN)|[,–-])\s*$/u.test(last);
}

function parseArticleHead(lines: Line[], h: Header, fm: FrontMatter | null): void {
  h.isArticle = true;
  const from = fm?.end ?? 0;
  let i = from;
  const sameAsTitle = (c: string) => fm?.title && squash(c.replace(/^#+\s*/, '')).toLowerCase() === fm.title.toLowerCase();
  // a web page's markdown export: the H1 ("# …" or underlined with "===") or the line that
  // repeats the exporter's title is the headline, whatever comes before it (breadcrumbs,
  // menus, a site name)
  for (let j = from, seen = 0; j < lines.length && seen < (fm?.title ? 40 : 8); j++) {
    if (!lines[j]!.clean) continue;
    seen++;
    if (/^\s{0,3}#\s+\S/.test(lines[j]!.raw) || SETEXT_H1.test(lines[j + 1]?.raw ?? '') || sameAsTitle(lines[j]!.clean)) { i = j; break; }
  }
  const skippable = (c: string) => !c || BREADCRUMB.test(c) || SITE_FURNITURE.test(c) || SITE_LINKS.test(c) || MASTHEAD.test(c) || /^(?:!?\[[^\]]*\]\([^)]*\)[\s»>|/·,-]*)+$/u.test(c);
  while (i < lines.length && skippable(lines[i]!.clean)) i++;
  // a section label above the headline ("THỜI SỰ", "Thi đua - Khen thưởng"): a few words, then
  // a longer headline on the next line
  if (i < lines.length && isSectionLabel(lines[i]!.clean)) {
    let j = i + 1;
    while (j < lines.length && !lines[j]!.clean) j++;
    const next = lines[j]?.clean ?? '';
    if (isHeadline(next) && next.split(/\s+/).length >= 6 && !DATELINE.test(datelineForm(next))) i = j;
  }
  const first = lines[i];
  if (!first) return;
  const c = first.clean;
  const isDateline = DATELINE.test(datelineForm(c)) || DATELINE_LABEL.test(c);
  if (!isDateline && (isHeadline(c) || sameAsTitle(c))) {
    h.title = headlineText(c);
    i++;
    if (SETEXT_H1.test(lines[i]?.raw ?? '')) i++;
    // a site's name above its menu ("SỞ NỘI VỤ TỈNH TUYÊN QUANG / Giới thiệu | Tin tức | … /
    // Tìm kiếm"): the headline is the line right above the dateline
    const siteName = c === c.toUpperCase() && c.split(/\s+/).length <= 10 && !/["“”]/u.test(c);
    const later = !sameAsTitle(c) ? headlineAboveDateline(lines, i, skippable, siteName) : -1;
    if (later >= 0) {
      h.title = headlineText(lines[later]!.clean);
      i = later + 1;
    }
  }
  // dateline within the next few lines
  for (let j = i, seen = 0; j < lines.length && seen < 4; j++) {
    const l = lines[j]!.clean;
    if (!l) continue;
    seen++;
    const rest = datelineRest(l);
    if (rest !== null) {
      const published = publicationOf(rest);
      if (published) {
        h.publishedAt = published;
        // the lead may come before the dateline ("(Chinhphu.vn) - Sáng 22/2, …" / "Cập nhật:
        // 23/02/2024 10:15"): it is body, and the dateline is left out of it
        if (h.title && lines.slice(i, j).some((x) => LEAD_SENTENCE.test(x.clean))) {
          h.bodySkip.push(j);
          break;
        }
        i = j + 1;
        // a view counter may trail the dateline ("… 20:09 1.625 0"): it is dropped with it
        // a section name, then the dateline, then the headline ("Thời sự / Thứ hai,
        // 5/2/2024, 10:30 (GMT+7) / Tây Ninh phát động …")
        if (!h.title) {
          // (the site's toolbar may stand between them: "Cỡ chữ: A A A | In bài | Chia sẻ")
          while (i < lines.length && skippable(lines[i]!.clean)) i++;
          const next = lines[i]?.clean ?? '';
          if (isHeadline(next)) { h.title = headlineText(next); i++; }
        }
        break;
      }
    }
  }
  // a labelled publication line at the page's foot: "Ngày đăng: 13/03/2024 08:45 | Lượt xem: 356"
  for (let j = lines.length - 1, seen = 0; !h.publishedAt && j >= i && seen < 12; j--) {
    const l = lines[j]!.clean;
    if (!l) continue;
    seen++;
    const rest = DATELINE_LABEL.test(l) ? datelineRest(l) : null;
    const published = rest !== null ? publicationOf(rest) : null;
    if (published) { h.publishedAt = published; h.bodySkip.push(j); }
  }
  h.bodyStart = i;
}

const TIME_FIRST = new RegExp(String.raw`^(\d{1,2})[:h](\d{2})(?:\s*([AP])M)?\s*[|,-]?\s*${WEEKDAY}(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})`, 'iu');
/** The publication date (and time) a dateline's text gives, as ISO; null if none. */
function publicationOf(rest: string): string | null {
  // "08:15 | 20/02/2024", "Thứ Sáu, 02/02/2024 - 15:30": date and time read as one
  // ("10:15 AM, 23/02/2024": a 12-hour clock)
  // ("16:20, Thứ Sáu, 15/03/2024": the weekday between them)
  const timeFirst = TIME_FIRST.exec(rest);
  const timeAfter = /(\d{1,2}\/\d{1,2}\/\d{4})\s*[-,|]?\s*(\d{1,2})[:h](\d{2})/.exec(rest);
  const hour = timeFirst?.[3] ? (Number(timeFirst[1]) % 12) + (timeFirst[3] === 'P' ? 12 : 0) : timeFirst?.[1];
  const hits = findDates(timeFirst ? `${timeFirst[4]} ${hour}:${timeFirst[2]}` : timeAfter ? `${timeAfter[1]} ${timeAfter[2]}:${timeAfter[3]}` : rest.slice(0, 80), { withTime: true });
  return hits.length ? hits[0]!.start : null;
}
