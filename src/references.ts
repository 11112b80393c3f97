// Referenced legal documents: "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về …".
// Pipeline: find candidates (type + number, or a named document), read what follows
// (date, "của …", "về …"), merge mentions of the same document, drop the text's own number.
import type { ReferenceT, SpanT } from './schema.js';
import type { LineIndex } from './text/lines.js';
import { firstDate, notAfter } from './vi/dates.js';
import { foldMarks } from './vi/fold.js';
import { CLAUSE_SUBJECTS, CLAUSE_VERBS, DEPARTMENTS, DIVISIONS, ISSUER_CODES, JOINED_DOCUMENT_TYPES, MINISTRIES, SUBJECT_STOPPERS, TYPE_CODE_KIND, TYPE_CODE_NAME, TYPE_MANNERS } from './vi/words.js';

export const REFERENCE_TYPES = [
  'Thông tư liên tịch', 'Nghị quyết liên tịch', 'Văn bản hợp nhất', 'Bộ luật', 'Chỉ thị', 'Nghị quyết', 'Quyết định',
  'Kế hoạch', 'Kết luận', 'Thông báo', 'Công văn', 'Nghị định', 'Thông tư', 'Luật', 'Pháp lệnh', 'Hướng dẫn',
  'Quy định', 'Quy chế', 'Đề án', 'Chương trình', 'Báo cáo', 'Hiến pháp', 'Công điện', 'Phương án', 'Tờ trình',
  'Lệnh', 'Điều lệ', 'Quy hoạch', 'Thông tri', 'Dự án', 'Nghị quyết Trung ương', 'Văn bản',
  // the rest of the type names of Nghị định 30/2020/NĐ-CP, Phụ lục III
  'Thông cáo', 'Biên bản', 'Hợp đồng', 'Bản ghi nhớ', 'Bản thỏa thuận', 'Bản thoả thuận', 'Giấy ủy quyền', 'Giấy mời',
  'Giấy giới thiệu', 'Giấy nghỉ phép', 'Phiếu gửi', 'Phiếu chuyển', 'Phiếu báo', 'Thư công',
];

const TYPE_ALT = REFERENCE_TYPES.slice().sort((a, b) => b.length - a.length).map((t) => t.replace(/\s+/g, '\\s+')).join('|');
const CODE = '[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\d]{0,9}';
const NUMBER = `\\d{1,5}(?:\\s*\\/\\s*\\d{4})?\\s*[-\\/‐–]\\s*${CODE}(?:\\s*[-\\/‐–]\\s*${CODE}){0,3}`;
// Candidates are found digit-first (numbers are far rarer than letters), then the type
// name is read backwards from the number.
const NUMBER_RE = new RegExp(`(?<![\\dA-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])${NUMBER}`, 'gu');
// (a manner may stand between the type and "số": "Chương trình hành động số 15-CTr/TU",
// "Quy chế phối hợp số 03/QCPH-…"; the type is the name without it, as the number's code has it;
// a list after a colon: "các Chỉ thị: số 34-CT/TW, số 39-CT/TW")
const MANNER_ALT = TYPE_MANNERS.map((m) => m.replace(/\s+/g, '\\s+')).join('|');
const TYPE_BEFORE = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(${TYPE_ALT})(?:\\s+(?:(?:${MANNER_ALT})\\s+)?số|\\s+số\\s*:|\\s*:\\s*số)?\\s*(?:\\*\\*)?\\s*$`, 'iu');
// types abbreviated by their code in running text: "QĐ số 123/QĐ-UBND", "NQ 01/NQ-CP"
const ABBREVIATED_TYPE_BEFORE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(QĐ|NQ|CT|KH|TB|HD|NĐ|KL)(?:\s+số)?\s*$/u;
// a type name as OCR may leave it, a mark lost ("Quyêt định số", "Chỉ thị sô"): read on the
// text without marks, when the type as written is not found
const FOLDED_TYPES = new Map(REFERENCE_TYPES.map((t) => [foldMarks(t), t]));
const FOLDED_TYPE_BEFORE = new RegExp(`(?<![a-z])(${[...FOLDED_TYPES.keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/\s+/g, '\\s+')).join('|')})\\s+so\\s*:?\\s*$`, 'u');
function foldedTypeBefore(window: string, number: string): { index: number; 1: string } | null {
  const m = FOLDED_TYPE_BEFORE.exec(foldMarks(window));
  if (!m) return null;
  const type = FOLDED_TYPES.get(m[1]!.replace(/\s+/g, ' '))!;
  // (the number's code, when it names a type, must agree: "Quyêt định số 1526/QĐ-TTg")
  const coded = typeNamedByCode(number);
  return coded && coded !== type ? null : { index: m.index, 1: type };
}
// what follows a cited number when it has a date or an issuer of its own
const DATED_OR_ISSUED = /^\s*,?\s*(?:được\s+)?(?:ban hành\s+)?(?:ngày|ngay|của|do)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;
const OWN_DATE = /^\s*,?\s*ng[àa]y\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/u;
const CONTINUATION = new RegExp(`^\\s*(?:,|;|và|hoặc)\\s*(?:(${TYPE_ALT})\\s+)?(?:số\\s*)?(${NUMBER})`, 'iu');
const NAMED = new RegExp(
  [
    // "Luật Thi đua, khen thưởng năm 2022" / "Luật … ngày 15 tháng 6 năm 2022" / "… ngày 15/6/2022"
    // / "Luật Thi đua, khen thưởng 2022" (an explainer's short form)
    // / "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính
    // quyền địa phương ngày 22 tháng 11 năm 2019" (one law, whose name names others)
    `(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(Luật|Bộ luật)\\s+((?:sửa đổi|bổ sung)[^.;()\\n“”"]{2,160}?|[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^.;()\\n“”"]{2,80}?)(?:\\s+ngày\\s+(\\d{1,2}\\s*(?:\\/|tháng)\\s*\\d{1,2}\\s*(?:\\/|năm)\\s*(\\d{4}))|(?:\\s+năm)?\\s+(\\d{4})(?![\\d/]))`,
    `(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(Nghị quyết)\\s+(Đại\\s+hội\\s+(?:đại\\s+biểu\\s+)?[^.;,\\n“”"]{0,60}?lần\\s+thứ\\s+[IVXLC]+(?:\\s+của\\s+Đảng)?)`,
    `(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(Hiến pháp)\\s+(?:nước\\s+[^\\n.;]{0,60}?\\s+)?năm\\s+(\\d{4})`,
  ].join('|'),
  'gu');

const NAMED_LAW_NUMBERED = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(Luật|Bộ luật)\\s+((?:sửa đổi|bổ sung)[^.;()\\n“”"\\d]{2,160}?|[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^.;()\\n“”"\\d]{2,80}?)\\s+số\\s+(${NUMBER})`, 'gu');

// a cited document's subject ends at a new sentence or clause, or where the citing
// sentence's actor begins: "…, Sở Nội vụ hướng dẫn …", "…, Chỉ thị số …", or where a
// second cited document is joined on: "… về X và Luật Thi đua, khen thưởng", "… và Chỉ thị số …"
// (", để chủ động …", ", nhằm …": the citing sentence's purpose, not the subject)
// ("…, các cấp, các ngành đã tổ chức …": a main clause that opens in lower case, its actor
// and, within a few words, its verb)
const MAIN_CLAUSE = `(?:${CLAUSE_SUBJECTS.join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])[^.;\\n]{0,40}?(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:${CLAUSE_VERBS.join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`;
const SUBJECT_END = new RegExp(`[;”"\\n]|\\.(?:\\s|$)|,\\s*(?=(?:${SUBJECT_STOPPERS.join('|')})\\s|(?:để|nhằm)\\s|${MAIN_CLAUSE})|\\s+và\\s+(?=(?:${JOINED_DOCUMENT_TYPES.join('|')})\\s+số|(?:Luật|Bộ luật|Pháp lệnh)\\s+[A-ZĐ])`, 'u');

const STOP_ISSUER = /\s+ng[àa]y:?\s*(?=\d)|\s+(?:về|V\/v|ban hành|thông qua|phê duyệt|quy định|hướng dẫn|tổ chức|triển khai|thực hiện|phát động|đã|theo|tại|nhằm|để|gắn|trên|với|cho|trong)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])|\s*[,;:.)(“”"]|\s+(?:và|cùng)\s+(?=[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])|\n|$/u;

// organ names that hold "và" or a comma are read whole before the stop rule applies:
// "của Bộ Giáo dục và Đào tạo", "của Sở Văn hóa, Thể thao và Du lịch tỉnh …"
// (either tone placement: "Văn hóa" / "Văn hoá")
const TONE_PAIRS: Array<[string, string]> = [['óa', 'oá'], ['òa', 'oà'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ']];
const eitherTone = (n: string) => TONE_PAIRS.reduce((s, [a, b]) => s.replace(new RegExp(`${a}|${b}`, 'gu'), `(?:${a}|${b})`), n);
// (the office that signed for it may come first: "của Bộ trưởng Bộ Giáo dục và Đào tạo")
const COMPOUND_ORGAN = new RegExp(`^(?:(?:Bộ trưởng|Thứ trưởng|Giám đốc|Phó Giám đốc|Trưởng phòng|Trưởng ban|Chủ tịch)\\s+)?(?:${[...MINISTRIES, ...DEPARTMENTS, ...DIVISIONS].filter((n) => /,|\svà\s/u.test(n))
  .sort((a, b) => b.length - a.length).map((n) => eitherTone(n.replace(/\s+/g, '\\s+'))).join('|')})(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])`, 'iu');

/** A number/symbol as stored: spaces removed, dash variants as "-", "Ð" as "Đ" ("01 /CT-UBND" -> "01/CT-UBND"). */
export function normalizeRefNumber(s: string): string {
  return s.replace(/\s+/g, '').replace(/[‐-―−]/g, '-').replace(/Ð/g, 'Đ');
}
const key = (type: string, number: string | null, name?: string) =>
  number ? normalizeRefNumber(number).toUpperCase() : `${type}|${(name ?? '').toLowerCase()}`;

/** Decode the type and issuer codes of a number ("19/CT-TTg" -> CT, TTg). */
export function decodeNumber(number: string): { typeCode: string | null; issuerCode: string | null; issuerCodeMeaning: string | null } {
  // the type code comes first ("12/2019/TT-BNV", "34-CT/TW"); a công văn has none, and its
  // number starts with the issuer ("45/SNV-TT": Sở Nội vụ, its Thi đua division)
  const parts = number.replace(/^\d+(?:\/\d{4})?[-\/]/, '').split(/[-\/]/).filter(Boolean);
  const first = parts[0];
  const typeCode = first && (TYPE_CODE_KIND[first] || TYPE_CODE_KIND[first.toUpperCase()]) ? first : null;
  const issuerCode = (typeCode ? parts[1] : first) ?? null;
  const meaning = issuerCode ? ISSUER_CODES[issuerCode] ?? ISSUER_CODES[issuerCode.toUpperCase()] ?? null : null;
  return { typeCode, issuerCode, issuerCodeMeaning: meaning };
}

// ("(ngày 05/3/2024)": in parentheses)
const TAIL_DATE = /^\s*,?\s*(\(\s*)?(?:được\s+)?(?:(?:ban hành|thông qua|ký)\s+)?(?:ng[àa]y\s+|ngày:\s*)(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})(?:(?<=\(\s*[^)]*)\s*\))?/iu;
const YEAR_ONLY = /^\s*,?\s*năm\s+\d{4}(?!\d)/u;
// (each alternative opens on the line break, so that the pattern is tried only there)
const HARD_WRAP = /\n(?:(?=[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ])|(?<=[\p{L}\d][ \t]*\n)[ \t]*(?=\p{Lu}\p{Ll}))/gu;
function readTail(text: string, from: number): { date: string | null; issuer: string | null; subject: string | null } {
  // a hard wrap inside the phrase ("… của Thủ tướng Chính\nphủ ban hành …", OCR and
  // e-mail text) is a space: a line break followed by a lower-case word continues it; so does
  // one after a word, before a word in sentence case ("… của Sở Giáo dục và Đào tạo\nHà Tĩnh về
  // …"), not a heading in capitals or a list item
  const near = text.slice(from, from + 400);
  const tail = near.includes('\n') ? near.replace(HARD_WRAP, ' ') : near;
  let pos = 0;
  let date: string | null = null;
  const readDate = () => {
    const dm = TAIL_DATE.exec(tail.slice(pos));
    if (!dm) return;
    date = firstDate(dm[2]!.replace(/\s*([/.-])\s*/g, '/').replace(/\./g, '/'));
    pos += dm[0].length;
  };
  readDate();
  // a year alone ("Quyết định 1526/QĐ-TTg năm 2023 của Thủ tướng …") is no date, but the issuer
  // and the subject follow it
  if (date === null) pos += YEAR_ONLY.exec(tail)?.[0].length ?? 0;
  let issuer: string | null = null;
  // ("do UBND tỉnh ban hành ngày …", "được HĐND tỉnh thông qua ngày …": the organ that issued it)
  const im = /^\s*,?\s*(?:của|do|được)\s+/u.exec(tail.slice(pos));
  if (im) {
    const rest = tail.slice(pos + im[0].length);
    const organ = COMPOUND_ORGAN.exec(rest)?.[0].length ?? 0;
    const stop = STOP_ISSUER.exec(rest.slice(organ));
    const cand = rest.slice(0, organ + (stop ? stop.index : rest.length - organ)).trim();
    if (cand && cand.length <= 90 && /^[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/u.test(cand)) {
      // ("khóa XX" after the issuer names its term, as "(khoá XI)" does: not part of the name)
      issuer = cand.replace(/\s+/g, ' ').replace(/\s+(?:khóa|khoá|Khóa|Khoá)\s+[IVXLC]+$/u, '');
      pos += im[0].length + cand.length;
      // "(khoá XI)" after the issuer belongs to it but is not part of the name
      const paren = /^\s*\([^)\n]{0,40}\)/u.exec(tail.slice(pos));
      if (paren) pos += paren[0].length;
      // the date may follow the issuer: "Nghị quyết số 01/NQ-CP của Chính phủ ngày 05/01/2024"
      if (date === null) readDate();
    }
  }
  let subject: string | null = null;
  const sm = /^\s*,?\s*(?:[“"]\s*)?(?:về|V\/v)\s+(?:việc\s+)?/iu.exec(tail.slice(pos));
  if (sm) {
    const rest = tail.slice(pos + sm[0].length);
    // the subject ends at the sentence's next actor: "…, Sở Nội vụ hướng dẫn …"; a
    // quotation opened inside it ends it too, the closing quote kept: "về việc phê duyệt Kế
    // hoạch triển khai “Đổi mới phong cách …”"
    const end = SUBJECT_END.exec(rest);
    let cut = end ? end.index : Math.min(rest.length, 200);
    if (end && /[”"]/.test(end[0])) {
      const upTo = rest.slice(0, end.index);
      if (end[0] === '"' ? (upTo.match(/"/g)?.length ?? 0) % 2 === 1 : upTo.lastIndexOf('“') > upTo.lastIndexOf('”')) cut++;
      else if (end[0] === '"') {
        // a straight quote that opens a name: to its closing quote, kept, as with curly quotes
        const close = rest.indexOf('"', end.index + 1);
        if (close > 0 && close - end.index <= 200 && !rest.slice(end.index, close).includes('\n')) cut = close + 1;
      }
    }
    subject = rest.slice(0, cut).replace(/\s+/g, ' ').trim() || null;
  }
  return { date, issuer, subject };
}

// a sentence that says who issued the document and when before citing it: "Ngày 21/4, UBND
// tỉnh Tuyên Quang ban hành Kế hoạch số 68/KH-UBND …", "Theo đó, Chủ tịch UBND tỉnh vừa ký
// ban hành Chỉ thị số 05/CT-UBND …" (read on the 200 characters before the type, from a
// sentence start, a line start or a comma)
const ISSUED_BEFORE = /[.;\n,]\s*(?:(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)\s*,\s*)?([A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^,.;:\n“”"()]{2,90}?)\s+(?:đã\s+|vừa\s+|chính thức\s+)?(?:ký\s+)?ban hành\s+(?:các\s+)?$/u;
// "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …", "chỉ đạo của UBND tỉnh tại Văn bản số …"
const ISSUER_AT = /\scủa\s+([A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^,.;:\n“”"()]{2,80}?)\s+tại\s+(?:các\s+)?$/u;
function issuedBefore(text: string, start: number, anchor: string | null): { date: string | null; issuer: string } | null {
  const from = Math.max(0, start - 200);
  const window = (from === 0 ? '\n' : '') + text.slice(from, start);
  const m = ISSUED_BEFORE.exec(window);
  if (!m) {
    const at = ISSUER_AT.exec(window);
    return at ? { date: null, issuer: at[1]!.replace(/\s+/g, ' ') } : null;
  }
  let date: string | null = null;
  if (m[1]) {
    const parts = m[1].split('/').map((x) => x.trim());
    if (parts.length === 3) date = firstDate(parts.join('/'));
    else if (anchor) {
      // no year: on or before the anchor
      const day = firstDate(`${parts[0]}/${parts[1]}/${anchor.slice(0, 4)}`);
      date = day && notAfter(day, anchor);
    }
  }
  // "Sở Nội vụ đã tham mưu UBND tỉnh ban hành …": the one advised issues it
  const issuer = m[2]!.replace(/\s+/g, ' ').trim().replace(/^.*\s(?:tham mưu(?:\s+cho)?|đề nghị|trình)\s+(?=[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])/u, '');
  return { date, issuer: withoutPerson(issuer) };
}

// "Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng": five capitalized words or more after a level
// are the place (two or three) and the person's name (its last three); the office is the issuer
const PLACE_THEN_NAME = /(?<=\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s(?:[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\s]*\s){2,3})(?:[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\s]*(?:\s|$)){3}$/u;
function withoutPerson(issuer: string): string {
  return issuer.replace(PLACE_THEN_NAME, '').trim();
}

export function findReferences(text: string, index: LineIndex, ownNumber: string | null, anchor: string | null = null): ReferenceT[] {
  const byKey = new Map<string, ReferenceT>();
  const own = ownNumber ? normalizeRefNumber(ownNumber).toUpperCase() : null;
  const add = (type: string, number: string | null, span: SpanT, tailFrom: number, name?: string, dated: string | null = null) => {
    const k = key(type, number, name);
    if (own && k === own) return;
    const existing = byKey.get(k);
    const tail = readTail(text, tailFrom);
    tail.date ??= dated;
    if (existing) {
      existing.mentions.push(span);
      existing.date ??= tail.date;
      existing.issuer ??= tail.issuer;
      existing.subject ??= tail.subject ?? name ?? null;
      return;
    }
    const codes = number ? decodeNumber(normalizeRefNumber(number)) : { typeCode: null, issuerCode: null, issuerCodeMeaning: null };
    byKey.set(k, {
      type: canonicalType(type), number: number ? normalizeRefNumber(number) : null, date: tail.date,
      issuer: tail.issuer, subject: name && !tail.subject ? name : tail.subject, mentions: [span], ...codes,
    });
  };
  for (const n of text.matchAll(NUMBER_RE)) {
    const numStart = n.index!;
    const from = Math.max(0, numStart - 48);
    const window = text.slice(from, numStart);
    const t = TYPE_BEFORE.exec(window) ?? ABBREVIATED_TYPE_BEFORE.exec(window) ?? foldedTypeBefore(window, n[0]);
    if (!t) continue;
    let type = TYPE_CODE_NAME[t[1]!] ?? t[1]!;
    // "Thông báo kết luận số 12-TB/TU" is a Thông báo: the type its number's code names,
    // when that type is written just before, wins over the nearest type word
    const coded = typeNamedByCode(n[0]);
    let start = from + t.index;
    const codedAt = coded && coded !== canonicalType(type) ? window.toLowerCase().lastIndexOf(coded.toLowerCase(), t.index) : -1;
    if (codedAt >= 0) { type = coded!; start = from + codedAt; }
    let end = numStart + n[0].length;
    add(type, n[0], index.span(start, end), end);
    const r = byKey.get(key(type, n[0]));
    if (r && r.issuer === null) {
      const before = issuedBefore(text, start, anchor);
      if (before) { r.issuer = before.issuer; r.date ??= before.date; }
    }
    // "Chỉ thị số 05-CT/TW và số 06-CT/TW"; members of one type, with nothing but a
    // separator after them, share the date and issuer written after the last one:
    // "các Nghị quyết số 25/NQ-HĐND và 26/NQ-HĐND ngày 10/12/2023 của HĐND tỉnh"
    const bare = (at: number) => !DATED_OR_ISSUED.test(text.slice(at, at + 40));
    const shared: string[] = bare(end) ? [key(type, n[0])] : [];
    const listType = canonicalType(type);
    // members with a date of their own and nothing after it but "và" or a comma share the
    // issuer written after a later one: "Quyết định số 263/QĐ-TTg ngày 22/02/2022 và Quyết
    // định số 319/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ"
    const sharedIssuer: string[] = [];
    let prev = key(type, n[0]);
    for (let guard = 0; guard < 20; guard++) {
      // a member's own date may stand before the next one: "số 25/NQ-HĐND ngày 08/12/2023 và 26/NQ-HĐND …"
      const own = OWN_DATE.exec(text.slice(end, end + 40));
      const c = CONTINUATION.exec(text.slice(end + (own ? own[0].length : 0), end + 160));
      if (!c) break;
      if (own) {
        end += own[0].length;
        if (/^\s*(?:,|và)/u.test(c[0])) sharedIssuer.push(prev); else sharedIssuer.length = 0;
      }
      const s = end + c[0].length - c[2]!.length;
      const e = end + c[0].length;
      // its own type if written ("; Hướng dẫn số 18-HD/BTGTW"), else the one its number's
      // code names ("…/NQ-HĐND, 45/2023/QĐ-UBND"), else the type of the list
      const coded = typeNamedByCode(c[2]!);
      const memberType = c[1] ?? (coded && coded !== canonicalType(type) ? coded : type);
      add(memberType, c[2]!, index.span(s, e), e);
      prev = key(memberType, c[2]!);
      const issuer = byKey.get(prev)?.issuer;
      if (issuer) {
        for (const k of sharedIssuer) { const r = byKey.get(k); if (r && r.issuer === null) r.issuer = issuer; }
        sharedIssuer.length = 0;
      }
      if (canonicalType(memberType) !== listType) shared.length = 0;
      else if (bare(e)) shared.push(key(memberType, c[2]!));
      else {
        const last = byKey.get(key(memberType, c[2]!))!;
        for (const k of shared) {
          const r = byKey.get(k);
          if (r && r.date === null && r.issuer === null) { r.date = last.date; r.issuer = last.issuer; }
        }
        shared.length = 0;
      }
      end = e;
    }
  }
  // a law named, then numbered: "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022"
  for (const m of text.matchAll(NAMED_LAW_NUMBERED)) {
    // (not a law named, then another document numbered: "Luật Thi đua, khen thưởng và Thông tư
    // số 22/2018/TT-BGDĐT")
    const coded = typeNamedByCode(m[3]!);
    if (coded && coded !== 'Luật' && coded !== 'Bộ luật') continue;
    const end = m.index! + m[0].length;
    add(m[1]!, m[3]!, index.span(m.index!, end), end, m[2]!.replace(/\s+/g, ' ').trim());
  }
  for (const m of text.matchAll(NAMED)) {
    // (its name runs on to a number: read above)
    if (/\ssố\s+\d/u.test(m[2] ?? '')) continue;
    const type = m[1] ?? m[6] ?? m[8]!;
    const name = (m[2] ?? m[7] ?? '').replace(/\s+/g, ' ').trim();
    const year = m[4] ?? m[5] ?? m[9] ?? null;
    // the same law cited by year or by its full date is one reference, named by its year
    const label = name ? `${name}${year ? ' năm ' + year : ''}` : `năm ${year}`;
    const date = m[3] ? firstDate(m[3].replace(/\s*tháng\s*|\s*năm\s*/g, '/').replace(/\s+/g, '')) : null;
    add(type, null, index.span(m.index!, m.index! + m[0].length), m.index! + m[0].length, label, date);
  }
  return [...byKey.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** The type a number's code names ("45/2023/QĐ-UBND" -> "Quyết định"), if it names one. */
function typeNamedByCode(number: string): string | undefined {
  const code = decodeNumber(normalizeRefNumber(number)).typeCode;
  return code ? TYPE_CODE_NAME[code] ?? TYPE_CODE_NAME[code.toUpperCase()] : undefined;
}

function canonicalType(t: string): string {
  const s = t.replace(/\s+/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase().replace(/trung ương/, 'Trung ương');
}
