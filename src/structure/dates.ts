// The document's date and the year it is about.
import type { Header } from './header.js';
import type { Paragraph } from './paragraphs.js';
import { findDates, notAfter } from '../vi/dates.js';

// An article's lead: "[source tag - ]Sáng 01/02, …" (tags: "TTO -", "(Baothanhhoa.vn) -",
// "Bắc Giang (TTXVN) -"), "Chiều 22-2, …", "Ngày 15.3, …",
// "Sáng nay (15/3), …", "Hôm qua (4/3), …", "Sáng 5 tháng 3, …".
const LEAD_SOURCE = String.raw`(?:\(?[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸa-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ.][A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸa-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ0-9.&' ()]{1,39}\)?\s*[-–—]\s*)?`;
// (a weekday may come between: "Chiều thứ Hai (18/3)", "Sáng Chủ nhật (17/3)")
const WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)`;
const LEAD_WHEN = String.raw`(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|Hôm)\s+(?:(?:nay|qua|hôm qua)\s+)?(?:${WEEKDAY}\s+)?(?:ngày\s+)?|${WEEKDAY}\s+|Ngày\s+)`;
const LEAD_DATE = new RegExp(
  `^${LEAD_SOURCE}(?:` +
    // day/month with "/" or "tháng": the time word is optional
    String.raw`(?:${LEAD_WHEN})?\(?(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\)?` +
    // with "-" or ".", only after a time word ("1.2:" is a section number)
    String.raw`|${LEAD_WHEN}\(?(\d{1,2}\s*[.-]\s*\d{1,2}(?:\s*[.-]\s*\d{4})?)\)?` +
  // (the place may come between: "Sáng 15/3 tại Hà Nội, …", "Chiều 22-2, tại Trung tâm …")
  // ("Ngày 15/3 vừa qua, …"; the lunar day in parentheses: "Sáng 14-2 (mùng 5 Tết Giáp Thìn), …")
  String.raw`)(?:\s*\([^()\n]{1,40}\))?(?:\s+(?:vừa qua|vừa rồi))?(?:\s+tại\s+[^,.;:\n]{1,60})?\s*[,:]`,
  'iu');

// a news agency's dateline, the place and day before its tag: "Hà Nội, 5/3 (TTXVN) - …",
// "Cần Thơ, ngày 12/4 (VNA) - …"
const LEAD_WIRE = /^(?:\*\*)?[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][\p{L}.]*(?:\s+[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][\p{L}.]*){0,3}\s*,\s*(?:ngày\s+)?(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)\s*\([\p{L}.]{2,20}\)\s*[-–—]/u;

// an event over days: "Trong hai ngày 14 và 15/3, …", "Từ ngày 14 đến 16/3, …": its first day
const LEAD_DAYS = new RegExp(
  `^${LEAD_SOURCE}(?:Trong\\s+(?:hai|ba|bốn|năm|\\d)\\s+ngày|Từ\\s+ngày|Các\\s+ngày|Ngày)\\s+\\(?(\\d{1,2})\\s*(?:và|đến|-|–|,)\\s*\\d{1,2}\\s*\\/\\s*(\\d{1,2}(?:\\s*\\/\\s*\\d{4})?)\\)?\\s*[,:]`, 'iu');
const LEAD_TIME_INSIDE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:sáng|chiều|tối|trưa|đêm)\s+(?:nay\s+|qua\s+)?\(?(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)\)?(?=[\s,.)])/u;

const LEAD_YEAR = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])năm\s+(20\d{2})(?!\d)/u;
const LAUNCHED_BY_TEXT = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])ban hành\s+[^.;\n]{0,60}?ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})[^.;\n]{0,40}?(?:phát động|thi đua)/u;
const DEADLINE = /(?:đến|tới|trước)\s+(?:hết\s+)?$/u;

const TITLE_NOT_ITS_YEAR = /ngày\s+\d{1,2}\s*(?:[/.-]|tháng)\s*\d{1,2}\s*(?:[/.-]|năm)\s*\d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d+\/\d{4}\/[A-ZĐ]|(?:đến|tới|trước)\s+(?:hết\s+)?năm\s+\d{4}|(?:Luật|Bộ luật)\s[^.;]{0,60}?năm\s+\d{4}/gu;
const CITED_YEAR = /(?:tháng\s*\d{1,2}\s*|(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh)\s[^.;\n]{0,60}?)$/u;

const COMPARED_BASE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])so với(?:\s+(?:cùng kỳ|kết quả|thực hiện|mức))?\s*$/iu;

export function resolveDates(header: Header, paras: Paragraph[], refDate: Date | null): { date: string | null; year: number | null } {
  let date = header.date;
  const pub = header.publishedAt ? header.publishedAt.slice(0, 10) : null;
  if (header.isArticle) {
    const titleYear = /(?<!\d)(20\d{2}|19\d{2})(?!\d)/.exec(header.title ?? '');
    const lead = paras.slice(0, 4);
    // with neither a dateline nor a year in the title, the year the lead's first paragraph
    // names ("Sáng 14/3, … phong trào thi đua năm 2024") stands in for the title's
    const leadYear = pub || titleYear ? null : LEAD_YEAR.exec(lead[0]?.text.slice(0, 400) ?? '');
    const refYear = titleYear ?? leadYear;
    const ref = refDate ?? (pub ? new Date(pub + 'T00:00:00Z') : refYear ? new Date(Date.UTC(Number(refYear[1]), 11, 31)) : null);
    const found = (d: string) => {
      const hit = findDates(d, { ref: ref ?? undefined })[0];
      if (!hit || hit.precision === 'year' || hit.precision === 'month') return null;
      const day = hit.start.slice(0, 10);
      // a day and month without a year happened before the report, not after it: with only the
      // title's year to go by ("Chiều 13-3" under "… năm 2024"), March 2024, not March 2025
      // (a --ref-date the user gives is taken as it is: the nearest such day to it)
      return ref && !refDate && !/\d{4}/.test(d) ? notAfter(day, ref.toISOString().slice(0, 10)) : day;
    };
    let event: string | null = null;
    for (const p of lead) {
      const m = LEAD_DATE.exec(p.text);
      if (m && (event = found(m[1] ?? m[2]!.replace(/\s*[.-]\s*/g, '/')))) break;
    }
    if (!event) {
      for (const p of lead) {
        const m = LEAD_WIRE.exec(p.text);
        if (m && (event = found(m[1]!))) break;
      }
    }
    if (!event) {
      for (const p of lead) {
        const m = LEAD_DAYS.exec(p.text);
        if (m && (event = found(`${m[1]}/${m[2]!.replace(/\s+/g, '')}`))) break;
      }
    }
    // the time of day inside the lead's first sentence: "UBND tỉnh Tây Ninh sáng 4/2 tổ chức …"
    if (!event) {
      for (const p of lead) {
        const m = LEAD_TIME_INSIDE.exec(p.text.slice(0, 160));
        if (m && (event = found(m[1]!))) break;
      }
    }
    // a report of the text that launches the campaign: "… vừa ký ban hành Chỉ thị số 01/CT-UBND
    // ngày 12/01/2024 về việc phát động phong trào thi đua …" launched it on that text's date
    if (!event) {
      for (const p of lead) {
        const m = LAUNCHED_BY_TEXT.exec(p.text.slice(0, 400));
        if (m && (event = found(m[1]!.replace(/\s*[.-]\s*/g, '/')))) break;
      }
    }
    date = event ?? date;
    date ??= pub;
  }
  // the year the text is about: from the title, else the most cited "năm YYYY"
  let year: number | null = null;
  const docYear = date ? Number(date.slice(0, 4)) : null;
  // (a cited text's date or number and a horizon in the title are not its year: "thực hiện
  // Nghị quyết số 26-NQ/TW ngày 03/11/2022 … đến năm 2030, tầm nhìn đến năm 2045")
  const ownTitle = (header.title ?? '').replace(TITLE_NOT_ITS_YEAR, ' ');
  const titleYears = [...ownTitle.matchAll(/(?<!\d)(19\d{2}|20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  const titleRange = /(\d{4})\s*[-–]\s*(\d{4})/.exec(header.title ?? '');
  if (titleRange && docYear !== null && docYear >= Number(titleRange[1]) && docYear <= Number(titleRange[2])) {
    // a plan for "giai đoạn 2024 - 2025" issued in 2024 is about 2024 first
    year = docYear;
  } else if (titleYears.length) {
    const ok = titleYears.filter((y) => docYear === null || y <= docYear + 1);
    year = Math.max(...(ok.length ? ok : titleYears));
  } else {
    const counts = new Map<number, number>();
    for (const p of paras) {
      for (const m of p.text.matchAll(/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])năm\s+(19\d{2}|20\d{2})(?!\d|\s*[-–]\s*\d{4})/gu)) {
        const y = Number(m[1]);
        // a deadline ("đến năm 2030", "đến hết năm 2025") is where the text aims, not its year,
        // unless it falls in the year the text was issued: "Phấn đấu đến hết năm 2024, 100% cơ
        // sở …" in a chỉ thị of 2024 is about 2024
        if (DEADLINE.test(p.text.slice(Math.max(0, m.index - 12), m.index)) && y !== docYear) continue;
        // nor is a comparison's base ("giảm 5% so với cùng kỳ năm 2024")
        if (COMPARED_BASE.test(p.text.slice(Math.max(0, m.index - 30), m.index))) continue;
        // a full date ("ngày 15 tháng 6 năm 2022") or a law's name ("Luật Thi đua, khen
        // thưởng năm 2022") dates a cited text, not this one
        if (CITED_YEAR.test(p.text.slice(Math.max(0, m.index - 80), m.index))) continue;
        counts.set(y, (counts.get(y) ?? 0) + 1);
      }
      // a period that holds the document's own year counts for that year
      if (docYear !== null) {
        for (const m of p.text.matchAll(/(\d{4})\s*[-–]\s*(\d{4})/gu)) {
          if (docYear >= Number(m[1]) && docYear <= Number(m[2])) counts.set(docYear, (counts.get(docYear) ?? 0) + 1);
        }
      }
    }
    let best = 0;
    for (const [y, n] of counts) if (n > best || (n === best && y > (year ?? 0))) { year = y; best = n; }
    year ??= docYear;
  }
  return { date, year };
}
