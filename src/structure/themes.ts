// Campaign slogans: "chủ đề", "phương châm", "khẩu hiệu", "tinh thần" … followed by a
// quoted text. Handles ** emphasis inside or outside the quotes, nested quotes,
// an unclosed quote (ends at the clause boundary) and repeats (one entry).
import type { ThemeT } from '../schema.js';
import type { LineIndex } from '../text/lines.js';

export const THEME_KINDS = ['chủ đề', 'khẩu hiệu', 'phương châm', 'thông điệp', 'tinh thần'];
// words between the kind and its slogan: "chủ đề năm 2024", "phương châm hành động năm 2024",
// "chủ đề công tác năm 2024 của tỉnh được xác định là"
// ("Chủ đề năm học: “…”", "chủ đề năm học 2024 - 2025", a school year's)
const QUALIFIER = String.raw`(?:\s+(?:(?:của\s+)?năm\s+học(?:\s+\d{4}\s*[-–]\s*\d{4})?|(?:của\s+)?năm(?:\s+(?:\d{4}|nay))?|hành động|chung|chính|xuyên suốt|công tác|thi đua|của\s+(?:tỉnh|huyện|thành phố|ngành|đơn vị|toàn ngành|chiến dịch|phong trào|đợt thi đua|cuộc vận động|chương trình|Chính phủ|Thủ tướng Chính phủ|(?:UBND|Ủy ban nhân dân|HĐND|Tỉnh ủy|Thành ủy|Huyện ủy)(?:\s+(?:tỉnh|huyện|thành phố|quận|thị xã))?)|(?:đã\s+)?được\s+(?:xác định|chọn|lựa chọn))){0,4}`;
// … or an event or campaign, by its name (capitalized first word, a few words), then a colon:
// "Chủ đề Tháng Thanh niên năm 2024: “Tuổi trẻ tiên phong chuyển đổi số”"
const UPPER = 'A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ';
const LETTERS = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
const NAMED = `\\s+[${UPPER}][${LETTERS}]*(?:\\s+[${LETTERS}]+){0,5}?(?:\\s+(?:năm\\s+)?\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?`;
// (a letter right before the kind is checked in code: a look-behind at the head of a pattern
// is tried at every position of the text)
// ("Chủ đề của Tháng Thanh niên năm 2024 là “…”": whose it is, then "là" for the colon)
const NAMED_INTRO = new RegExp(`([Cc]hủ đề|[Kk]hẩu hiệu|[Pp]hương châm|[Tt]hông điệp)(?:\\s+của)?${NAMED}\\s*(?:là\\s*:?|:)[\\s*_]{0,8}(["“«])`, 'gu');
const LETTER_BEFORE = new RegExp(`[${LETTERS}]`, 'u');
const INTRO = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(${THEME_KINDS.map((k) => `[${k[0]}${k[0]!.toUpperCase()}]${k.slice(1)}`).join('|')})${QUALIFIER}` +
  // (bold or underscores may stand for the quotes: "với chủ đề **Đổi mới, sáng tạo**")
  `[\\s*_]{0,8}(?::|là\\s*:?|như sau:)?[\\s*_]{0,8}(["“”«‘]|(?<=:[\\s*_]{0,8})'|(?:\\*\\*|__)(?=[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]))`,
  // any case: "CHỦ ĐỀ NĂM 2024: “…”" in a heading
  'giu');
// a slogan without quotes, where a line or sentence opens with its kind and a colon:
// "Chủ đề năm 2024: Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển."
const BARE = new RegExp(String.raw`(?:^|\n|\.\s)[\s*_>#-]*(Chủ đề|Khẩu hiệu|Phương châm|Thông điệp)(?:${NAMED}|${QUALIFIER})(?:\s+là)?[\s*_]*:[\s*_]*(?=[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])`, 'gu');
// … or where "với/mang/theo" brings it in: "Phong trào thi đua năm 2024 với chủ đề: Đoàn kết, kỷ cương, sáng tạo."
// (or a verb of choosing: "UBND tỉnh chọn chủ đề: Kỷ cương, trách nhiệm, …", "lấy khẩu hiệu: …")
// (the kind is matched first and the word before it checked behind it: a pattern that opened
// on the eight words would be tried at every position of the text)
const BARE_AFTER = new RegExp(String.raw`(chủ đề|khẩu hiệu|phương châm|thông điệp)(?<=(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:với|mang|theo|chọn|lựa chọn|lấy|xác định|thống nhất)\s+(?:chủ đề|khẩu hiệu|phương châm|thông điệp))${QUALIFIER}[\s*_]*:[\s*_]*(?=[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])`, 'gu');
// the campaign a text launches, named in quotes right after it: "phát động phong trào thi
// đua “Đổi mới, sáng tạo trong chăm sóc sức khỏe nhân dân”", "Lễ phát động đợt thi đua cao
// điểm “…”". Not a campaign a cited document launched ("Quyết định … về phát động …") nor
// one listed after "do … phát động như:" (the verb must be followed by the campaign word).
// A call to compete names it too: "kêu gọi cán bộ, giáo viên thi đua “Dạy tốt - Học tốt”".
const LAUNCHED = new RegExp(
  String.raw`(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?<!về\s)(?:[Pp]hát động|[Kk]êu gọi(?:\s+[^\s"“«.;:]+){1,6}?(?=\s+(?:hăng hái\s+)?thi đua\s))\s+(?:hăng hái\s+)?(?:phong trào|đợt|cuộc vận động|thi đua)(?:\s+(?:thi đua|cao điểm|đặc biệt|yêu nước|hưởng ứng)){0,3}[\s*_]{0,8}:?[\s*_]{0,8}(["“«])`, 'gu');
// the campaign a text's title is about: "Về việc đẩy mạnh phong trào thi đua “Lạng Sơn chung
// sức xây dựng nông thôn mới” năm 2024" (the title names one campaign; a body may cite many)
const TITLE_CAMPAIGN = new RegExp(
  String.raw`(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:phong trào|cuộc vận động)(?:\s+(?:thi đua|cao điểm|đặc biệt|yêu nước)){0,3}[\s*_]{0,8}:?[\s*_]{0,8}(["“«])`, 'giu');
const OPEN = '“«"';
const CLOSE_OF: Record<string, string> = { '“': '”', '«': '»', '"': '"', '”': '”', '‘': '’', "'": "'" };

/** Slogans between `from` and `to`; `title`, where the text's title is, for the campaign it names. */
export function findThemes(text: string, index: LineIndex, from = 0, to = text.length, title?: { start: number; end: number }): ThemeT[] {
  const out: ThemeT[] = [];
  const seen = new Set<string>();
  let m: RegExpExecArray | null;
  // a quoted slogan whose text starts at `start`: up to its closing quote; the regex goes on
  // after it
  const quoted = (re: RegExp, start: number, quote: string, kind: string, wrapTo?: number) => {
    const end = findClose(text, start, quote, wrapTo);
    const raw = text.slice(start, end);
    const clean = raw.replace(/[*_]{1,2}/g, '').replace(/\s+/g, ' ').replace(/[\s,;:.]+$/u, '').trim();
    re.lastIndex = Math.max(end, start);
    const key = clean.toLowerCase();
    if (clean.length < 4 || seen.has(key)) return;
    seen.add(key);
    out.push({ text: clean, kind, span: index.span(start, start + raw.replace(/[\s,;:.]+$/u, '').length) });
  };
  INTRO.lastIndex = from;
  while ((m = INTRO.exec(text)) && m.index < to) quoted(INTRO, m.index + m[0].length, m[2]!, m[1]!.toLowerCase());
  NAMED_INTRO.lastIndex = from;
  while ((m = NAMED_INTRO.exec(text)) && m.index < to) {
    if (m.index > 0 && LETTER_BEFORE.test(text[m.index - 1]!)) { NAMED_INTRO.lastIndex = m.index + 1; continue; }
    quoted(NAMED_INTRO, m.index + m[0].length, m[2]!, m[1]!.toLowerCase());
  }
  for (const re of [BARE, BARE_AFTER]) {
    re.lastIndex = from;
    while ((m = re.exec(text)) && m.index < to) {
      const start = m.index + m[0].length;
      // to the end of the sentence or line, a slogan's length at most
      let end = start;
      const limit = Math.min(text.length, start + 200);
      while (end < limit && text[end] !== '\n' && !(text[end] === '.' && (end + 1 >= text.length || /\s/.test(text[end + 1]!)))) end++;
      if (end >= limit && limit < text.length) continue; // no sentence end near: not a slogan
      const clean = text.slice(start, end).replace(/[*_]{1,2}/g, '').replace(/\s+/g, ' ').replace(/[\s,;:]+$/u, '').trim();
      const key = clean.toLowerCase();
      if (clean.length < 4 || seen.has(key)) continue;
      seen.add(key);
      out.push({ text: clean, kind: m[1]!.toLowerCase(), span: index.span(start, end) });
    }
  }
  LAUNCHED.lastIndex = from;
  while ((m = LAUNCHED.exec(text)) && m.index < to) quoted(LAUNCHED, m.index + m[0].length, m[1]!, 'phong trào');
  if (title) {
    TITLE_CAMPAIGN.lastIndex = title.start;
    // (a title wraps: its quote may close on the next line)
    while ((m = TITLE_CAMPAIGN.exec(text)) && m.index < title.end) quoted(TITLE_CAMPAIGN, m.index + m[0].length, m[1]!, 'phong trào', title.end);
    // a headline that reports the launch: "Sở Y tế TP.HCM phát động thi đua “…”"
    LAUNCHED.lastIndex = title.start;
    while ((m = LAUNCHED.exec(text)) && m.index < title.end) quoted(LAUNCHED, m.index + m[0].length, m[1]!, 'phong trào', title.end);
  }
  // the main slogan first: by kind, then by position
  const rank = (k: string) => (THEME_KINDS.indexOf(k) + THEME_KINDS.length + 1) % (THEME_KINDS.length + 1); // 'phong trào' last
  return out.sort((a, b) => rank(a.kind) - rank(b.kind) || a.span.start - b.span.start);
}

/**
 * End (exclusive) of a quoted slogan starting at `start`. Curly quotes nest; a straight
 * quote closes at the next straight quote. Unclosed: stop at the line's end or at the
 * clause boundary (a comma followed by a new clause: a person, an organ, a verb phrase).
 */
function findClose(text: string, start: number, open: string, wrapTo?: number): number {
  // a slogan is short: never look further than 400 characters (keeps many unclosed quotes linear)
  const limit = Math.min(text.length, start + 400, wrapTo ?? Infinity);
  let lineEnd = start;
  // (with wrapTo, the quote may go on over line ends, up to wrapTo; a line that goes on in
  // lower case is the same sentence, hard-wrapped: "“Lai Châu chung sức xây dựng\nnông thôn mới”")
  while (lineEnd < limit && (wrapTo !== undefined || text.charCodeAt(lineEnd) !== 10 || HARD_WRAP.test(text.slice(lineEnd, lineEnd + 8)))) lineEnd++;
  // emphasis as quotes: to its closing mark on the same line, or no slogan at all
  if (open === '**' || open === '__') {
    const end = text.slice(start, lineEnd).indexOf(open);
    return end >= 0 ? start + end : start;
  }
  const close = CLOSE_OF[open] ?? '”';
  let depth = 0;
  for (let i = start; i < lineEnd; i++) {
    const c = text[i]!;
    if (open === '"' || open === "'") {
      if (c === open) return i;
      continue;
    }
    if (OPEN.includes(c) && c !== '"') {
      if (++depth > 2) break; // quotes opening without closing: this one is unclosed
    }
    else if (c === close) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return clauseEnd(text, start, lineEnd);
}

const HARD_WRAP = /^\n[ \t]*[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;
const CLAUSE_START = /^\s*(?:đồng chí|ông|bà|các|chúng ta|toàn|UBND|Ủy ban|Chủ tịch|tỉnh|huyện|thành phố|đã|sẽ|nhằm|để|với|trong đó|cụ thể)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;

function clauseEnd(text: string, start: number, lineEnd: number): number {
  let pos = start;
  let segStart = start;
  for (let i = start; i <= lineEnd; i++) {
    const c = i < lineEnd ? text[i]! : '\n';
    if (c === ',' || c === ';' || c === '.' || c === ':' || c === '\n') {
      const seg = text.slice(segStart, i);
      const words = seg.trim().split(/\s+/);
      const properNoun = words.slice(1).some((w) => /^[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(w));
      if (segStart > start && (CLAUSE_START.test(seg) || properNoun || words.length > 8)) return pos;
      pos = i;
      segStart = i + 1;
      if (c !== ',') return pos;
    }
  }
  return pos;
}
