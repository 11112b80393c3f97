// The pipeline: ingest -> lines -> header -> residue -> end zone -> paragraphs ->
// sections/closing -> themes, issuer, references, targets -> Output.
import type { Output } from './schema.js';
import { SCHEMA_VERSION } from './version.js';
import { ingest, type Encoding } from './ingest/index.js';
import { blankEmphasis, LineIndex, splitLines } from './text/lines.js';
import { parseHeader } from './structure/header.js';
import { findResidue, looksLikeCaption } from './structure/residue.js';
import { findSignature } from './structure/signature.js';
import { findAttachment } from './structure/attachment.js';
import { buildParagraphs, splitInlineItems } from './structure/paragraphs.js';
import { buildSections, BULLET_ITEM, YEAR_OPENER } from './structure/sections.js';
import { findThemes } from './structure/themes.js';
import { blockOf, caseOrganization, dominantPlace, expandAbbreviations, issuerFromBody, organsFromBlock } from './structure/issuer.js';
import { findReferences } from './references.js';
import { findTargets, type TargetRegion } from './targets.js';
import { findTableTargets } from './table-targets.js';
import { REQUEST_VERBS } from './vi/words.js';
import type { Paragraph } from './structure/paragraphs.js';
import { resolveDates } from './structure/dates.js';

export type ExtractOptions = {
  /** as given on the command line; null for stdin */
  path?: string | null;
  /** force an input encoding instead of detecting it */
  encoding?: Encoding;
  /** reference date for day-month dates without a year ("Sáng 18/1") */
  refDate?: Date | null;
};

/** Extract the structured document from raw bytes or a string. */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Output {
  const ing = ingest(input, { path: options.path ?? null, encoding: options.encoding });
  return extractNormalized(ing.text, ing.source, ing.warnings, options);
}

export function extractNormalized(text: string, source: Output['source'], warnings: string[], options: ExtractOptions = {}): Output {
  const lines = splitLines(text);
  const index = new LineIndex(text);
  const header = parseHeader(lines);
  const residue = findResidue(lines, header.bodyStart);
  // a document attached after the end zone (the plan a Quyết định issues, a "PHỤ LỤC")
  const attachAt = findAttachment(lines, header.bodyStart, residue.tailStart);
  const sig = findSignature(lines, header.bodyStart, attachAt);
  const bodyEnd = Math.min(sig.start, attachAt);
  const skip = (i: number) => residue.drop.has(i) || looksLikeCaption(lines, i) || header.bodySkip.includes(i);
  const built = buildParagraphs(lines, header.bodyStart, bodyEnd, skip);
  const paras = splitInlineItems(built, header.isArticle);
  const reportYear = header.isArticle ? Number((header.date ?? header.publishedAt ?? '').slice(0, 4)) || null : null;
  const { sections, closing } = buildSections(paras, index, reportYear);

  const bodyStartOffset = lines[header.bodyStart]?.start ?? 0;
  const bodyEndOffset = bodyEnd < lines.length ? lines[bodyEnd]!.start : text.length;
  const attached = attachAt < residue.tailStart;
  const attachStart = attached ? lines[attachAt]!.start : text.length;
  const attachEnd = residue.tailStart < lines.length ? lines[residue.tailStart]!.start : text.length;
  // the attachment's own header ("KẾ HOẠCH / … / (Ban hành kèm theo …)"), then its body
  const attachHeader = attached ? parseHeader(lines.slice(attachAt, residue.tailStart)) : null;
  const attachBody = attachHeader ? attachAt + attachHeader.bodyStart : residue.tailStart;
  const attachParas = attached ? buildParagraphs(lines, attachBody, residue.tailStart, skip) : [];
  const attachments: Output['attachments'] = attached ? [{
    kind: (attachHeader!.kind ?? 'unknown') as Output['document']['kind'],
    title: attachHeader!.title,
    span: index.span(attachStart, attachEnd),
    sections: buildSections(attachParas, index).sections,
  }] : [];
  // (the header holds the title, which may name the campaign the text is about)
  const attachBodyOffset = attached && attachBody < lines.length ? lines[attachBody]!.start : attachEnd;
  const themes = dedupeThemes([
    ...findThemes(text, index, bodyStartOffset, bodyEndOffset, { start: 0, end: bodyStartOffset }),
    ...(attached ? findThemes(text, index, attachBodyOffset, attachEnd, { start: attachStart, end: attachBodyOffset }) : []),
  ]);
  // (the attachment's "kèm theo Quyết định số …" names the text itself: not a reference)
  const dates = resolveDates(header, paras, options.refDate ?? null);
  // (a day and month with no year, "Ngày 21/4, UBND tỉnh ban hành Kế hoạch số …", fall on or
  // before the text's own date)
  // (markdown emphasis is blanked for references and targets: "**Kế hoạch số … ngày
  // 05/01/2024** của Ban Bí thư …", "có **100%** xã")
  const plain = blankEmphasis(text);
  const references = findReferences(attached ? plain.slice(0, bodyEndOffset) + ' '.repeat(attachStart - bodyEndOffset) + plain.slice(attachStart, attachEnd) : plain.slice(0, bodyEndOffset), index, header.number, header.publishedAt?.slice(0, 10) ?? dates.date);
  // prose read by paragraph, tables row by row, in the main text and in an attachment
  const targetsIn = (ps: Paragraph[], from: number, to: number) => {
    const tables = findTableTargets(lines, from, to, index);
    return [...findTargets(plain, index, targetRegions(ps, dates.year, tables.tables, header.kind !== null && !header.isArticle), dates.year), ...tables.targets];
  };
  const targets = [...targetsIn(paras, header.bodyStart, bodyEnd), ...(attached ? targetsIn(attachParas, attachAt, residue.tailStart) : [])]
    .sort((a, b) => a.span.start - b.span.start);

  // issuer
  const bodyText = blankEmphasis(paras.map((p) => p.text).join('\n'));
  // (a joint text's two organs: the first leads, as its signature comes first; the other is named in a warning)
  const organs = organsFromBlock(header.organLines);
  let organization = organs[0] ?? null;
  if (organs.length > 1) warnings.push(`issuer: a joint text; also issued by ${organs.slice(1).join(', ')}`);
  // a text that lost every mark ("UY BAN NHAN DAN" / "TINH NGHE AN"): its organ cannot be
  // named right (no Vietnamese organ's name is plain ASCII), so it is left unnamed
  if (organization && /^[\x20-\x7E]+$/.test(organization)) {
    warnings.push('organization: the header has lost its diacritics');
    organization = null;
  }
  // (a joint text's blocks: the one its leading organ signs)
  const block = organs.length > 1 && sig.blocks.length > 1 ? blockOf(organs[0]!, sig.blocks)! : sig;
  let position = block.position;
  let signer = block.signer;
  if (!organization && sig.onBehalfOf) organization = caseOrganization(expandAbbreviations(sig.onBehalfOf));
  // the body's paragraphs include the preamble, where the launching sentence usually is
  // (read only when the header and the end zone leave something open: a formal text with
  // both does not pay for the body scan)
  let body: ReturnType<typeof issuerFromBody> | undefined;
  const fromBody = () => (body === undefined ? (body = issuerFromBody(bodyText, text)) : body);
  if (!organization && fromBody()?.organization) organization = fromBody()!.organization;
  if (organization && !/[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]+$/u.test(organization)) {
    // "Ủy ban nhân dân tỉnh" without the place: name it from the header or the text
    const lv = /(tỉnh|huyện|thành phố|thị xã|quận|xã|phường)$/u.exec(organization);
    if (lv) {
      const place = dominantPlace(text, lv[1]!) ?? header.place;
      if (place) organization += ' ' + place;
    } else if (/^(?:Ủy ban nhân dân|Hội đồng nhân dân)$/u.test(organization)) {
      // (a markdown export that lost the header keeps the place in the text: "Chủ tịch Ủy ban
      // nhân dân tỉnh Đồng Tháp")
      const lvl = dominantLevel(text);
      const place = lvl ? dominantPlace(text, lvl) ?? header.place : null;
      if (place) organization += ` ${lvl} ${place}`;
    }
  }
  if (!position && fromBody()?.position) position = fromBody()!.position;
  if (!signer && (header.isArticle || !sig.position) && fromBody()?.signer) signer = fromBody()!.signer;
  if (!position && signer === null && organization === null) {
    warnings.push('issuer not found');
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    document: {
      kind: (header.kind ?? (header.isArticle ? 'article' : 'unknown')) as Output['document']['kind'],
      number: header.number,
      title: header.title,
      place: header.place,
      date: dates.date,
      publishedAt: header.publishedAt,
      year: dates.year,
    },
    issuer: { organization, position, signer },
    themes,
    sections,
    references,
    targets,
    closing,
    recipients: sig.recipients,
    attachments,
    warnings,
  };
}

/**
 * Body paragraphs as target regions; those under a "Chỉ tiêu" heading or naming targets
 * are target context. A paragraph that reports an earlier year's results ("Năm 2023,
 * …" in a text about 2024, "Năm qua, …") holds achievements, not targets.
 */
const TARGETS_LEAD_IN = /(?:chỉ tiêu|mục tiêu|phấn đấu)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])[^.;]{0,80}:\s*$/iu;
// a lead-in that asks for what its list says: "Chủ tịch UBND thành phố đề nghị các cấp, các
// ngành tập trung vào 5 nội dung trọng tâm:" (each item is a task asked for)
const REQUEST_LEAD_IN = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:${[...REQUEST_VERBS, 'kêu gọi'].join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])[^.;:]{0,160}:\\s*$`, 'iu');

// a paragraph that names its targets: "chỉ tiêu", "phấn đấu", "cụ thể:", "Mục tiêu năm 2024: …"
// ("quận đặt mục tiêu thu ngân sách đạt …; giải quyết việc làm cho …; 95% hồ sơ …": each
// part of the sentence is an aim, as after "phấn đấu")
const TARGET_PARAGRAPH = /chỉ tiêu|phấn đấu|cụ thể\s*:|mục tiêu[^.;:\n]{0,40}:|mục tiêu\s+(?:đến|tới|trong)\s+(?:(?:hết|cuối)\s+)?năm(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])|đặt\s+(?:ra\s+)?mục tiêu|mục tiêu\s+(?:của\s+[^.;:\n]{1,40}\s+)?là(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;

// a sentence that opens on a deadline still ahead commits to what follows: "Đến năm 2025,
// 100% cơ sở giáo dục sử dụng …" (one on a year gone by reports a result)
const DEADLINE_OPENER = /(?:^|[.;:])[\s\-+•*]*(?:Phấn đấu\s+)?(?:[Đđ]ến|[Tt]ới)\s+(?:(?:hết|cuối|giữa)\s+)?năm\s+(\d{4})\s*,/gu;
function deadlineAhead(text: string, year: number | null): boolean {
  if (year === null) return false;
  for (const m of text.matchAll(DEADLINE_OPENER)) if (Number(m[1]) >= year) return true;
  return false;
}

// (not one that goes on to the tasks ahead: "Tình hình và nhiệm vụ", "Kết quả và phương hướng")
const RESULTS_HEADING = /^(?![^\n]*(?:nhiệm vụ|mục tiêu|chỉ tiêu|phương hướng|kế hoạch|giải pháp))[\s*_]*(?:đánh giá(?:\s+(?:chung|kết quả|tình hình))?|kết quả(?:\s+(?:đạt được|thực hiện|năm\s+\d{4}))?|tình hình(?:\s+thực hiện)?)[^.:;\n]{0,60}[\s*_:.]*$/iu;

// a sentence after the first that opens on the text's year or a later one
const LATER_YEAR_OPENER = /[.;]\s+(?:Trong\s+)?[Nn]ăm\s+(\d{4})\s*[,:]/gu;
function turnsAhead(text: string, year: number): boolean {
  for (const m of text.matchAll(LATER_YEAR_OPENER)) if (Number(m[1]) >= year) return true;
  return deadlineAhead(text, year);
}

// a heading over more than targets: "II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP"
const NOT_ONLY_TARGETS = /nhiệm vụ|giải pháp|tổ chức thực hiện/iu;

function targetRegions(paras: Paragraph[], year: number | null, tables: [number, number][], formal = false): TargetRegion[] {
  let inTargets = false;
  // a formal text's preamble, before its first numbered part, sets out the situation ("Lâm
  // Đồng có tổng diện tích rừng là 535.000 ha, tỷ lệ che phủ rừng đạt 55,1%"): only what it
  // names as targets is read there
  let preamble = formal;
  // the heading that opened the targets ("Điều 2. Các chỉ tiêu chủ yếu", "II. CHỈ TIÊU"): the
  // items numbered under it ("1.", "a)") stay in the targets; a marker at its level or above
  // ends them. Levels as the section tree sees them: a stack of marker styles.
  const levels: string[] = [];
  let heading: number | null = null;
  // a heading over what was done ("1. Đánh giá chung", "I. KẾT QUẢ ĐẠT ĐƯỢC"): what is under
  // it reports results, up to the next marker at its level or above
  let resultsHeading: number | null = null;
  let listTargets = false;
  // the items of a list asked for by its lead-in: bullets, or markers of the first item's style
  let requestList = false;
  let requestStyle: string | null = null;
  let bareMarker: number | null = null;
  // tables are read row by row (table-targets.ts)
  const inTable = (p: Paragraph) => tables.some(([a, b]) => p.lines[0]!.index < b && p.lines[p.lines.length - 1]!.index >= a);
  return paras.filter((p) => !p.text.startsWith('|') && !inTable(p)).map((p) => {
    if (p.marker) {
      preamble = false;
      const key = p.marker.style === 'decimal' ? `decimal${p.marker.numbers.length}` : p.marker.style;
      const at = levels.indexOf(key);
      if (at >= 0) levels.length = at + 1; else levels.push(key);
      const level = levels.length - 1;
      if (heading !== null && level <= heading) heading = null;
      if (resultsHeading !== null && level <= resultsHeading) resultsHeading = null;
      if (resultsHeading === null && RESULTS_HEADING.test(p.text.slice(p.marker.rest).trimStart().split('\n', 1)[0]!)) resultsHeading = level;
      // (a part's heading may stand as its own paragraph under a bare marker: "Phần I" / "KẾT QUẢ …")
      bareMarker = p.text.slice(p.marker.rest).trim() ? null : level;
      if (heading === null) {
        // ("I. MỤC TIÊU", "1. Mục tiêu chung": a heading of its own, whose items are aims)
        inTargets = /chỉ tiêu|mục tiêu cụ thể/iu.test(p.text.slice(0, 120))
          || (p.lines.length === 1 && /^[\s*_]*mục tiêu(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])[^.:;\n]{0,40}[\s*_:.]*$/iu.test(p.text.slice(p.marker.rest)));
        // only a heading, one short line, that is about targets alone
        if (inTargets && p.lines.length === 1 && p.text.length - p.marker.rest <= 100 && !NOT_ONLY_TARGETS.test(p.text)) heading = level;
      }
    } else if (bareMarker !== null) {
      if (resultsHeading === null && RESULTS_HEADING.test(p.text.split('\n', 1)[0]!)) resultsHeading = bareMarker;
      else if (heading === null && p.lines.length === 1 && p.text.length <= 100 && /chỉ tiêu/iu.test(p.text) && !NOT_ONLY_TARGETS.test(p.text)) {
        inTargets = true;
        heading = bareMarker;
      }
      bareMarker = null;
    }
    const start = p.lines[0]!.cleanStart + (p.marker ? p.marker.rest : 0);
    const text = p.marker ? p.text.slice(p.marker.rest) : p.text;
    // a lead-in that ends on a colon after "chỉ tiêu" ("… tập trung thực hiện các chỉ tiêu:")
    // puts the bullet list under it in target context; the first paragraph that is not a
    // bullet ends it
    const bullet = !p.marker && BULLET_ITEM.test(p.text);
    if (!bullet) listTargets = TARGETS_LEAD_IN.test(p.text.slice(-200));
    const listed = bullet && listTargets;
    const style = p.marker ? p.marker.style : null;
    const item = bullet || (style !== null && (requestStyle === null || requestStyle === style));
    if (!item) {
      requestList = REQUEST_LEAD_IN.test(p.text.slice(-200));
      requestStyle = null;
    } else if (requestList && requestStyle === null && style !== null) requestStyle = style;
    const requested = item && requestList;
    const past = YEAR_OPENER.exec(text);
    // (unless a later sentence turns to the year ahead: "Năm 2024, kinh tế tăng trưởng 13,85%.
    // Năm 2025, tỉnh đặt mục tiêu …": the sentences are then read one by one)
    const results = resultsHeading !== null || (past !== null && year !== null && Number(past[1]) < year && !turnsAhead(text, year)) ||
      /^[\s\-+•*]*(?:(?:Trong\s+)?[Nn]ăm qua|Thời gian qua|Qua\s+\d+\s+năm|Kết quả(?:\s+năm\s+\d{4})?\s*[,:])/u.test(text);
    const targetContext = inTargets || listed || TARGET_PARAGRAPH.test(p.text) || deadlineAhead(text, year);
    return { start: Math.min(start, p.end), end: p.end, targetContext, requested, results: results || (preamble && !targetContext) };
  });
}

/** Slogans of the main text, then those an attachment adds: one entry per slogan. */
function dedupeThemes(themes: Output['themes']): Output['themes'] {
  const seen = new Set<string>();
  const keys = themes.map((t) => t.text.toLowerCase());
  // a headline's short form of a slogan given whole elsewhere ("Cả nước chung tay vì người
  // nghèo" and "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau") is that slogan
  // (compared pairwise among a document's few slogans; a text of hundreds is not compared)
  const shortened = (k: string) => keys.length <= 50 && keys.some((o) => o.length > k.length && o.startsWith(k) && /^\s*[-–—:,]/u.test(o.slice(k.length)));
  return themes.filter((t, i) => { const k = keys[i]!; if (seen.has(k) || shortened(k)) return false; seen.add(k); return true; });
}

function dominantLevel(text: string): string | null {
  const counts: Record<string, number> = {};
  for (const m of text.matchAll(/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(tỉnh|huyện|thành phố|thị xã|quận)(?=\s+[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])/gu)) counts[m[1]!] = (counts[m[1]!] ?? 0) + 1;
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}
