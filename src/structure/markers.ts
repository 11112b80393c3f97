// The Vietnamese section-marker scanner: "Thứ nhất", "Một là", "1.", "1)", "(1)", "1/", "1-", "3.1.",
// "II.", "a)", "a.", "(a)", "a/", "Điều 1.", "Phần I", "Chương II", "Mục 1". Markdown does not see these.
import { LETTER_ORDER, ORDINAL_AFTER_THU, DIGIT_WORDS } from '../vi/words.js';
import { parseRoman } from '../vi/numbers.js';

export type Style = 'phan' | 'chuong' | 'muc' | 'dieu' | 'upper' | 'roman' | 'thu' | 'la' | 'arabic' | 'arabic-paren' | 'decimal' | 'letter';

export type Marker = {
  style: Style;
  /** for decimals, every number ("3.1.2" -> [3,1,2]); otherwise one ordinal */
  numbers: number[];
  /** as written: "Thứ hai", "Hai là", "3.1.", "II.", "b)" */
  marker: string;
  /** offset of the marker in the line's clean text */
  at: number;
  /** offset in the clean text where the content after the marker starts */
  rest: number;
};

const ORD = '(nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?)';
const THU = new RegExp(`^(Thứ\\s+${ORD})(?:\\s+là)?\\s*(?:[,:.–-]|\\s+(?=[A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF]))\\s*`, 'iu');
const LA_WORD = '(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười(?:\\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?)';
const LA = new RegExp(`^(${LA_WORD}\\s+là)\\s*[,:.]?\\s*`, 'u');
const PART = /^((Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+((?:thứ|THỨ)\s+[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+|[IVXLC]+|\d{1,2}))(?:\s*[.:–-]\s*|\s*$|\s+(?=[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]))/u;
const DIEU = /^(Điều\s+(\d{1,3}))\s*[.:]\s*/u;
const ROMAN = /^(([IVXLC]{1,6})\s*[.)]|([IVXLC]{1,6})\s*[-–/](?=\s))\s*(?=\S)/u;
const ROMAN_OCR = /^(((?=[IVXl1]{0,3}[l1])[IVX][IVXl1]{1,3})\s*\.)\s+(?=[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]{2})/u;
const DECIMAL = /^((\d{1,2}(?:\.\d{1,2}){1,5})\.?)(?:\s*[)]?\s+|\s*[:–-]\s*)(?=[A-Za-z\u00C0-\u024F\u1E00-\u1EFF"“*(])/u;
// (an item may open on its amount: "7. 100% xã, phường có nhà văn hóa")
const AMOUNT_FIRST = String.raw`\d{1,3}(?:[.,]\d{1,3})*\s*(?:%|[A-Za-z\u00C0-\u024F\u1E00-\u1EFF])`;
const ARABIC = new RegExp(String.raw`^((\d{1,2})\s*\.)(?!\d)\s*(?=[A-Za-z\u00C0-\u024F\u1E00-\u1EFF"“*(]|$|\s${AMOUNT_FIRST})`, 'u');
// "1/ Mục đích", "1- Thi đua …" (older and party documents): the same level as "1."
const ARABIC_SLASH = /^((\d{1,2})\s?[/-])\s+(?=[A-Za-z\u00C0-\u024F\u1E00-\u1EFF"“*(])/u;
const ARABIC_PAREN = /^((\d{1,2})\s*\))\s*(?=[A-Za-z\u00C0-\u024F\u1E00-\u1EFF"“*(])/u;
// "(1) Thi đua …", "(a) …": enclosed numbers and letters, the levels of "1)" and "a)"
const ENCLOSED = /^(\((\d{1,2}|[a-zđ])\))\s+(?=[A-Za-z\u00C0-\u024F\u1E00-\u1EFF"“*])/u;
// (an item may open on its amount, as a numbered one may: "a) 100% trường đạt chuẩn …")
const LETTER = new RegExp(String.raw`^(([a-zđ])\s*(?:\)|[/.-](?=\s)))\s*(?=[A-Za-z\u00C0-\u024F\u1E00-\u1EFF"“*(]|${AMOUNT_FIRST})`, 'u');
// "A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG": an upper-case letter heads a part (Roman
// numerals such as "I.", "V.", "X." are read as Roman first)
const UPPER = /^(([A-ZĐ])\s*[.)])\s+(?=[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"“*(])/u;

function ordinalWord(w: string): number | null {
  const parts = w.toLowerCase().split(/\s+/);
  if (parts[0] === 'mười') {
    if (parts.length === 1) return 10;
    const d = DIGIT_WORDS[parts[1]!];
    return d !== undefined && d < 10 ? 10 + d : null;
  }
  return ORDINAL_AFTER_THU[parts[0]!] ?? DIGIT_WORDS[parts[0]!] ?? null;
}

// weekday datelines are not markers: "Thứ ba - 11/04/2023 20:09", "Thứ ba, 18/01/2022 14:12"
const WEEKDAY_DATE = /^Thứ\s+[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+\s*[,–-]?\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}/iu;

/** Scan the clean text of one line for a leading marker. */
export function scanMarker(clean: string): Marker | null {
  const s = clean;
  if (!s) return null;
  // a bulleted ordinal ("- Thứ ba: …", "• Hai là, …" in web articles): the ordinal after it
  const bullet = /^[-+•]\s+(?=(?:Thứ|Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s)/u.exec(s);
  if (bullet) {
    const m = scanMarker(s.slice(bullet[0].length));
    return m && (m.style === 'thu' || m.style === 'la') ? { ...m, at: m.at + bullet[0].length, rest: m.rest + bullet[0].length } : null;
  }
  const c0 = s.charCodeAt(0);
  let m: RegExpExecArray | null;
  if (c0 >= 48 && c0 <= 57) {
    if ((m = DECIMAL.exec(s))) {
      const nums = m[2]!.split('.').map(Number);
      if (nums.some((n) => n === 0 || n > 60)) return null;
      return { style: 'decimal', numbers: nums, marker: m[1]!, at: 0, rest: m[0].length };
    }
    if ((m = ARABIC.exec(s))) {
      const n = Number(m[2]);
      if (n === 0) return null;
      return { style: 'arabic', numbers: [n], marker: m[1]!.replace(/\s+/g, ''), at: 0, rest: m[0].length };
    }
    if ((m = ARABIC_SLASH.exec(s))) {
      const n = Number(m[2]);
      if (n === 0) return null;
      return { style: 'arabic', numbers: [n], marker: m[1]!.replace(/\s+/g, ''), at: 0, rest: m[0].length };
    }
    if ((m = ARABIC_PAREN.exec(s))) {
      const n = Number(m[2]);
      if (n === 0) return null;
      return { style: 'arabic-paren', numbers: [n], marker: m[1]!.replace(/\s+/g, ''), at: 0, rest: m[0].length };
    }
    return null;
  }
  if (c0 === 40 && (m = ENCLOSED.exec(s))) {
    const v = m[2]!;
    if (/^\d/.test(v)) return Number(v) ? { style: 'arabic-paren', numbers: [Number(v)], marker: m[1]!, at: 0, rest: m[0].length } : null;
    const i = LETTER_ORDER.indexOf(v);
    return i >= 0 ? { style: 'letter', numbers: [i + 1], marker: m[1]!, at: 0, rest: m[0].length } : null;
  }
  if ((m = ROMAN.exec(s))) {
    const r = parseRoman(m[2] ?? m[3]!);
    if (r && r <= 40) return { style: 'roman', numbers: [r], marker: m[1]!.trim(), at: 0, rest: m[0].length };
  }
  // OCR reads a Roman numeral's I as l or 1 ("Ill. TỔ CHỨC THỰC HIỆN", "V1. KINH PHÍ"): only before a heading in capitals
  if ((m = ROMAN_OCR.exec(s))) {
    const r = parseRoman(m[2]!.replace(/[l1]/g, 'I'));
    if (r && r <= 40) return { style: 'roman', numbers: [r], marker: m[1]!.trim(), at: 0, rest: m[0].length };
  }
  if ((m = UPPER.exec(s))) {
    const i = LETTER_ORDER.indexOf(m[2]!.toLowerCase());
    if (i >= 0) return { style: 'upper', numbers: [i + 1], marker: m[1]!.replace(/\s+/g, ''), at: 0, rest: m[0].length };
  }
  if ((m = LETTER.exec(s))) {
    const i = LETTER_ORDER.indexOf(m[2]!);
    if (i >= 0) return { style: 'letter', numbers: [i + 1], marker: m[1]!.replace(/\s+/g, ''), at: 0, rest: m[0].length };
  }
  if (/^Thứ\s/iu.test(s)) {
    if (WEEKDAY_DATE.test(s)) return null;
    if ((m = THU.exec(s))) {
      const n = ordinalWord(m[2]!);
      // "Thứ hai" must be followed by "," ":" "là" or a clause, never by a name/date
      if (n && !/^Thứ\s+[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+\s+(?:trưởng|tự|bậc|hạng|yếu)/iu.test(s)) {
        return { style: 'thu', numbers: [n], marker: m[1]!.replace(/\s+/g, ' '), at: 0, rest: m[0].length };
      }
    }
    return null;
  }
  if ((m = LA.exec(s))) {
    const n = ordinalWord(m[2]!);
    if (n) return { style: 'la', numbers: [n], marker: m[1]!.replace(/\s+/g, ' '), at: 0, rest: m[0].length };
  }
  if ((m = DIEU.exec(s))) {
    return { style: 'dieu', numbers: [Number(m[2])], marker: m[1]!, at: 0, rest: m[0].length };
  }
  if ((m = PART.exec(s))) {
    const kind = m[2]!.toLowerCase() as 'phần' | 'chương' | 'mục';
    const v = m[3]!;
    const n = /^\d/.test(v) ? Number(v) : /^thứ/iu.test(v) ? ordinalWord(v.split(/\s+/)[1]!) : parseRoman(v);
    if (n) {
      const style: Style = kind === 'phần' ? 'phan' : kind === 'chương' ? 'chuong' : 'muc';
      return { style, numbers: [n], marker: m[1]!, at: 0, rest: m[0].length };
    }
  }
  return null;
}
