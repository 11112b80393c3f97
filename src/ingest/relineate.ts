// A formal text that lost its line breaks (a web page's text scraped into one line, a PDF
// copy pasted as one paragraph): "UBND TỈNH TRÀ VINH SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI
// CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 1025/KH-SGDĐT Trà Vinh, ngày … KẾ HOẠCH
// … I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích …". The breaks go back where the genre puts them: around
// the national motto, the number, the dateline and the kind; before numbered parts, "Nơi
// nhận:" and its items, and the signature. Only a long line that holds the motto is touched,
// which a text with its breaks never has.

import { KIND_NAMES } from '../vi/words.js';

const L = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
const UPPER = 'A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ';
const LOWER = 'a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';
/** A line this long that holds the motto has lost its breaks. */
const LONG_LINE = 600;
const MOTTO = /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM/u;
// (the kinds' names, longest first: "THÔNG TƯ LIÊN TỊCH" before "THÔNG TƯ")
const KINDS = [...new Set(KIND_NAMES.map(([name]) => name.toUpperCase()))].sort((a, b) => b.length - a.length).join('|');
// organs that head a second header line under the first: "UBND TỈNH TRÀ VINH" / "SỞ GIÁO DỤC …"
const SUB_ORGAN = new RegExp(`(?<=[${UPPER}])\\s+(?=(?:SỞ|PHÒNG|BAN|TRƯỜNG|HỘI ĐỒNG|CÔNG AN|CHI CỤC|CỤC|VĂN PHÒNG|TRUNG TÂM|ĐẢNG ỦY|HUYỆN ỦY|TỈNH ỦY)\\s)`, 'gu');

const BREAKS: [RegExp, string][] = [
  // the motto's two lines, each on its own
  [/\s*(CỘNG HO?[ÒÀ]A XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM)\s*/gu, '\n$1\n'],
  [/\s*(Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc)\s*/gu, '\n$1\n'],
  // the number and the dateline ("Trà Vinh, ngày 20 tháng 9 năm 2024")
  [/\s+(?=Số\s*:?\s*\d)/gu, '\n'],
  [new RegExp(`\\s+((?:[${UPPER}][${L}]*\\s+){0,3}[${UPPER}][${L}]*,\\s*ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})\\s*`, 'gu'), '\n$1\n'],
  // the kind, above the title
  [new RegExp(`(?<=\\n)(${KINDS})\\s+(?=[${UPPER}])`, 'gu'), '$1\n'],
  // numbered parts and items: "I. MỤC ĐÍCH", "1. Mục đích" after a sentence or a heading in
  // capitals, "a) …" after a sentence
  [new RegExp(`\\s+(?=[IVX]{1,4}\\.\\s+[${UPPER}])`, 'gu'), '\n'],
  [new RegExp(`(?<=[.:;!?]|[${UPPER}]{2})\\s+(?=\\d{1,2}(?:\\.\\d{1,2})*\\.\\s+[${UPPER}\\d])`, 'gu'), '\n'],
  // a part's heading in capitals ends where its text begins: "III. TỔ CHỨC THỰC HIỆN Phòng …"
  [new RegExp(`^([IVX]{1,4}\\.\\s+(?:[${UPPER},–-]+\\s+)*[${UPPER}]{2,}[,.:]?)\\s+(?=[${UPPER}]?[${LOWER}])`, 'gmu'), '$1\n'],
  [new RegExp(`(?<=[.:;])\\s+(?=[${LOWER}]\\)\\s)`, 'gu'), '\n'],
  // the recipients and their items, the signature's lines
  [/\s+(?=Nơi nhận\s*:)/gu, '\n'],
  [/(?<=[:;])\s+(?=[-+•]\s)/gu, '\n'],
  [/\s+(?=(?:KT|TM|TL|TUQ|Q)\.\s*[A-ZĐ]|T\/M\s)/gu, '\n'],
  [new RegExp(`(?<=[${UPPER}]{2})\\s+(?=PHÓ\\s+[${UPPER}]{2})`, 'gu'), '\n'],
  // the signer's name after the office in capitals, at the end
  [new RegExp(`(?<=[${UPPER}]{2})\\s+(?=[${UPPER}][${LOWER}]+(?:\\s+[${UPPER}][${LOWER}]+){1,3}\\s*$)`, 'gu'), '\n'],
];

/** Put a formal text's line breaks back, if it lost them; any other text is returned as it is. */
export function restoreLineBreaks(text: string): string {
  let out: string | null = null;
  let done = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // (a long line whose first 400 characters hold the motto)
    const motto = end - start >= LONG_LINE ? MOTTO.exec(text.slice(start, start + 440)) : null;
    if (motto && motto.index <= 400) {
      const line = text.slice(start, end);
      let fixed = line.slice(0, motto.index).replace(SUB_ORGAN, '\n') + line.slice(motto.index);
      for (const [re, to] of BREAKS) fixed = fixed.replace(re, to);
      out = (out ?? '') + text.slice(done, start) + fixed.replace(/^\n+/, '').replace(/[ \t]+\n/g, '\n');
      done = end;
    }
    start = end + 1;
  }
  return out === null ? text : out + text.slice(done);
}
