// Numeric targets (chỉ tiêu): one target per quantity, with its indicator, comparator
// and change. Stages: split paragraphs into clauses (";", sentences, "trong đó", "cụ thể:",
// parentheticals with a number), find quantities (number + unit), read each one's local
// context (indicator, comparator words, change verb), filter what is not a target.
import type { TargetT } from './schema.js';
import { squash, type LineIndex } from './text/lines.js';
import { parseDigits, parseWords } from './vi/numbers.js';
import { ACTION_VERBS, AWARD_VERBS, QUOTE_NAMERS, REQUEST_VERBS, WHOLE_SCOPE_WORDS } from './vi/words.js';
import { YEAR_OPENER } from './structure/sections.js';
import { COUNT_NOUNS_2, MEASURE_UNITS, MONEY_UNITS, NOT_NOUNS, NOT_TARGET_UNITS } from './vi/units.js';

export type TargetRegion = {
  start: number; end: number; targetContext: boolean;
  /** the paragraph reports results already achieved: none of its quantities is a target */
  results?: boolean;
  /** an item of a list whose lead-in asks for it ("… đề nghị các cấp, các ngành tập trung vào 5
   * nội dung trọng tâm:"): read as a leader's request is */
  requested?: boolean;
};
// ("đặc biệt là 150 hồ chứa", "tức là": an emphasis or a gloss, not a verb; "toàn tỉnh hiện còn
// 7.865 hộ …": what is left today, not a level to reach)
const COUNT_VERB = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:đạt|tăng|giảm|duy trì|phấn đấu|(?<!(?:đặc biệt|tức|chủ yếu)\s)là|(?<!(?:hiện|vẫn|nay)\s)còn|có thêm|xây dựng thêm|ít nhất|tối thiểu|không dưới|không ít hơn)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;
const TARGET_VERB = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:đạt|tăng|giảm|duy trì|phấn đấu|(?<!(?:đặc biệt|tức|chủ yếu)\s)là|(?<!(?:hiện|vẫn|nay)\s)còn|trên|dưới|tối thiểu|ít nhất|lên|xuống|chiếm|bằng|mức|hơn|không quá|tối đa|từ|khoảng|có|thu|chi|vốn|tổng|mục tiêu)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])|[:=]/iu;
// a clause reporting an achievement, not a commitment: "ước đạt 6,4%", "đã đạt", "so với cùng kỳ"
const ACHIEVED = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:ước (?:đạt|thực hiện|tính|tăng|giảm)|đã đạt|đã hoàn thành|vượt (?:kế hoạch|chỉ tiêu|dự toán))(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;
// "sau 2 năm triển khai, đã có 98,5% xã đạt chuẩn": a result, unless the clause commits to it
const HAS_HAD = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:đã có|đã xây dựng được)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;
// "so với cùng kỳ" reports a result ("tăng 8% so với cùng kỳ"), unless the clause commits
// to it: "Kéo giảm từ 5% trở lên số vụ … so với cùng kỳ", "phấn đấu tăng 10% so với cùng kỳ"
const SAME_PERIOD = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])so với cùng kỳ(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;
const COMMITS = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:phấn đấu|kéo giảm|trở lên|ít nhất|tối thiểu|không dưới|phải|bảo đảm|đảm bảo|chỉ tiêu|mục tiêu)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;
// the base of a comparison is not part of what is measured: "… so với năm 2023", "so với cùng kỳ"
const COMPARED_WITH = /\s+so với\s+(?:cùng kỳ|năm|kế hoạch|chỉ tiêu|dự toán|đầu năm|cuối năm|thời điểm|giai đoạn|nhiệm kỳ|mức|mùa|vụ|đợt|quý|tháng|kỳ)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])[^,;]*$/iu;

// the base of a rate: "46/100.000 trẻ đẻ sống", "12/1.000 dân"
const PER_BASE = '(?:100\\.000|10\\.000|1\\.000|100|1000)';
const NUM = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
const WORD_NUM = '(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\\s+(?:mươi|mốt|một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín|trăm|nghìn|ngàn|linh|lẻ))*';
// digits only (fast, digit-first) outside target context; digits or words inside it
const QUANTITY_DIGITS = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\d.,/:-])(?:(${NUM})(?:\\s*[-–]\\s*(${NUM}))?)(?![\\d]|\\/(?!\\s*${PER_BASE}\\s)|[.,]\\d|[A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'gu');
const QUANTITY = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\d.,/:-])(?:(${NUM})(?:\\s*[-–]\\s*(${NUM}))?|(${WORD_NUM}))(?![\\d]|\\/(?!\\s*${PER_BASE}\\s)|[.,]\\d|[A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`,
  'giu');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s*');
const UNIT = new RegExp(
  `^\\s*(${[...MONEY_UNITS.map((m) => m[0]), ...MEASURE_UNITS].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\d])`, 'iu');
const RATE = new RegExp(`^\\/\\s*(${PER_BASE})\\s+((?:[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]+)(?:\\s+(?!(?:và|hoặc|trở|so|trong|năm|đến)(?![a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]))[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]+){0,2})`, 'iu');
const SCALE = /^\s*(nghìn|ngàn|triệu|vạn)\s+(?=\S)/iu;
// the unit a "từ …" phrase may write after its first amount too: "từ 5% đến 10%", "từ 10 tỷ đồng đến 15 tỷ đồng"
const FIRST_UNIT = '%|(?:tỷ|triệu|nghìn|ngàn)\\s+đồng';
const FROM_BEFORE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])từ\s*$/iu;
const RANGE_TO = new RegExp(`^\\s*(${FIRST_UNIT})?\\s*(?:đến|tới)\\s+(${NUM})(?![\\d/]|[.,]\\d)`, 'iu');
const FROM_TO_LEVEL = new RegExp(`^\\s*(?:${FIRST_UNIT})?\\s*(?:lên|xuống|còn)(?:\\s+(?:còn|mức|đến|tới))?\\s+(?:${NUM})(?![\\d/]|[.,]\\d)`, 'iu');
// (the starting level is not part of what is measured: "Tỷ lệ che phủ rừng tăng từ 55%" lên 57%)
const FROM_BASELINE = new RegExp(`\\s+từ\\s+(?:${NUM})\\s*(?:${FIRST_UNIT})?$`, 'iu');
// count nouns of three words and more ("tình nguyện viên", "đơn vị máu")
const LONG_COUNT_NOUN = new RegExp(`^\\s*(${COUNT_NOUNS_2.filter((n) => n.split(' ').length >= 3).map(esc).join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'iu');
// (or "…, đạt 18% kế hoạch vốn": after an amount's comma, how far along it is)
const SHARE_OF_PLAN = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])bằng\s*$|,\s*đạt\s*$/iu;
const PLAN_AFTER = /^\s*(?:so với\s+)?(?:dự toán|kế hoạch|cùng kỳ|chỉ tiêu|mục tiêu)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;
const WHERE_ONLY = /^(ở|tại|khu vực|đối với|riêng|cấp)\s+[^\s,;]+(?:\s+[^\s,;]+){0,7}$/u;
const UNIT_RANGE_END = new RegExp(`^\\s*[-–]\\s*(${NUM})(?![\\d/]|[.,]\\d)`, 'u');
const PER = /^(?:\s*\/\s*(?:(?:1\s*)?(?:vạn|nghìn|ngàn|1\.000|10\.000|100\.000|100)\s*)?(?:dân số|dân|người|hộ gia đình|hộ dân|hộ|ha|học sinh|lao động|trẻ em|tháng|năm|ngày)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])){1,2}/iu;
const WORD = /^\s*([a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ][a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]*)(?:\s+([a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ][a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]*))?/u;

/** Words before the number that make it a reference, date or ordinal, not a quantity. */
const BAD_BEFORE = /(?:thứ|lần|(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])cả|(?<!dân )số|khóa|khoá|mức độ|loại|Điều|điều|khoản|ngày|tháng|(?<!(?:mỗi|hằng|hàng|bình quân)\s)năm|quý|kỳ|khu vực|vùng|nhóm|cấp|phiên bản|phiên|tầng|tổ|đội|lớp|Chương|chương|Mục|mục|Phần|phần|top|Top|hạng|vị trí|đứng thứ)\s*$/u;
const LEADING = /^(?:[-+•–]\s*|(?:\d{1,2}(?:\.\d{1,2}){0,2}\.|[a-zđ][).]|[IVX]{1,4}\.)(?:\s+|$)|trong đó\s*:?\s*|Trong đó\s*:?\s*|[Cc]ụ thể(?!\s+(?:hóa|hoá))\s*[:,]?\s*|gồm\s*:?\s*|và\s+|tương ứng(?:\s+với)?\s+|phấn đấu\s+(?:đạt\s+)?|Phấn đấu\s+(?:đạt\s+)?|đồng thời\s+|Đồng thời\s*,?\s*|[Tt]rong\s+(?:năm|đợt|thời gian|giai đoạn|tháng|quý|dịp)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])[^,;:]{0,40},\s*|[Tt]heo\s+(?:kế hoạch|mục tiêu|chỉ tiêu)\s*,\s*|(?:[Tt]heo|[Tt]hực hiện|[Tt]riển khai|[Cc]ăn cứ)\s+(?:Kế hoạch|Chỉ thị|Nghị quyết|Quyết định|Hướng dẫn|Chương trình|Kết luận|Công văn|Thông báo)\s+(?:số\s+)?[^,;:]{0,120}?\d[^,;:]{0,120},\s*|(?:[Tt]heo đó|[Bb]ên cạnh đó|[Nn]goài ra|[Qq]ua đó|[Dd]o đó|[Vv]ì vậy|[Dd]ịp này)\s*,\s*|(?:[^\s,;:]+\s+){1,4}sẽ(?:\s+|$)|[Mm]ục tiêu\s*[,:]\s*)+/u;
const TRAILING_WORDS = ['đạt', 'là', 'tăng', 'giảm', 'kéo giảm', 'thêm', 'duy trì', 'trên', 'dưới', 'tối thiểu', 'ít nhất', 'từ', 'khoảng',
  // ("… hoàn thành tốt nhiệm vụ trở lên": a rating and those above it, part of the description)
  'hơn', 'lên(?<!trở lên)', 'còn', 'xuống(?<!trở xuống)', 'tối đa', 'không quá', 'không vượt quá', 'phấn đấu', 'ở mức', 'mức', 'đạt mức', 'ước đạt',
  // ("mặt bằng" is a site, "công bằng" fairness: nouns, not "equal to")
  'bằng(?<!(?:mặt|công|cân) bằng)', 'đạt tỷ lệ', 'có', 'có thêm', 'tăng lên', 'giảm xuống', 'giảm còn', 'đến', 'tới', 'chiếm', 'tăng bình quân', 'giảm bình quân', 'đạt bình quân', 'tăng trung bình', 'giảm trung bình', 'đạt trung bình', 'ổn định',
  'gấp', 'không dưới', 'không thấp hơn', 'không ít hơn', 'không cao hơn', 'cho', 'được',
  // ("tuyển dụng đủ 20.000 biên chế": the whole of an amount, not part of what is done)
  'đủ(?<!đầy đủ)'];
const TRAILING = new RegExp(`(?:\\s*[:,–\\-≥≤=<>]|(?:^|\\s+)(?:${TRAILING_WORDS.sort((a, b) => b.length - a.length).join('|')}))+\\s*$`, 'iu');
// ("tăng trưởng" is a noun: growth)
const LEADING_VERB = new RegExp(`^(?:(?:tăng(?!\\s+(?:trưởng|cường))|kéo giảm|giảm|thêm|duy trì|giữ vững|nâng|đưa(?=\\s+(?:tỷ lệ|số|tổng|mức))|(?:bảo đảm|đảm bảo)(?=\\s+(?:tỷ lệ|tỉ lệ|số|tổng)(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF]))|phấn đấu|đạt|có|xây dựng thêm|hỗ trợ thêm|hoàn thành việc|hoàn thành(?=\\s+(?:${ACTION_VERBS.join("|")})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])))\\s+)+`, 'iu');
// time adverbials are not part of what is measured: "đến hết năm 2025", "trong năm 2024",
// "mỗi năm", "hằng năm"
const TIME_PHRASE = /(?:^|\s)(?:(?:trước|đến|tới|trong|vào)\s+(?:(?:hết\s+)?ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|(?:đến|tới)\s+(?:(?:hết|cuối|đầu)\s+)?(?:năm\s+)?\d{4}|(?:đến|tới)\s+(?:hết|cuối)\s+(?:năm học|nhiệm kỳ|năm|giai đoạn|đợt thi đua|đợt)(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?|trong\s+năm(?:\s+\d{4})?|(?:(?:bình quân|trung bình)\s+)?(?:mỗi|hằng|hàng)\s+(?:năm|quý|tháng)|năm\s+\d{4}|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4})(?=\s|[,.;]|$)/giu;
const CHANGE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(tăng|giảm|có thêm|xây dựng thêm|thêm)(?!\s+(?:trưởng|cường))(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:\s+thêm)?[^\dA-Za-z\u00C0-\u024F\u1E00-\u1EFF]*(?:[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+\s+){0,10}$/iu;
// "Tỷ lệ tăng dân số tự nhiên 0,9%", "Tốc độ tăng giá trị sản xuất": a rate's noun, not a verb of change
// ("mức tăng 6%/năm" is the amount of change)
const RATE_NOUN = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:tỷ lệ|tỉ lệ|tốc độ)\s*$/iu;
const LEVEL_VERB = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:đạt|là|còn|lên|xuống|duy trì|chiếm|bằng|ở mức)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])[^\d]*$/iu;

// "từ 30 giải học sinh giỏi cấp thành phố trở lên": the bound closes the "từ" phrase, in the same clause
const FROM_UPWARDS = /^\s*(?:[^\s,;.]+\s+){0,8}trở lên/u;

// "Kết nạp 200 đảng viên mới trở lên": after the counted noun, a word or two and the bound that
// ends the clause; not a rating's bound ("… học sinh giỏi cấp tỉnh trở lên", "… xếp loại khá trở lên")
const COUNT_UPWARDS = /^\s*(?:(?!(?:tốt|khá|giỏi|xuất sắc|sao|nhiệm vụ|loại|hạng|cấp|chuẩn|tỉnh|huyện|quốc gia|trung ương|thành phố)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF]))[^\s,;.]+\s+){1,2}trở lên(?=\s*(?:[,;.]|$))/u;

export function comparatorOf(before: string, after: string): TargetT['comparator'] {
  const b = before.slice(-40).toLowerCase();
  const a = after.slice(0, 40).toLowerCase();
  // "từ 3 sản phẩm OCOP trở lên": after "từ", a short qualifier may stand before "trở lên"
  if (/(?:^|\s)từ\s*$/u.test(b) && FROM_UPWARDS.test(after.slice(0, 80).toLowerCase())) return '>=';
  if (/^\s*trở lên/u.test(a) || COUNT_UPWARDS.test(a)) return '>=';
  if (/^\s*trở xuống/u.test(a)) return '<=';
  // in symbols: "≥ 95%", "≤ 18‰", "> 90 %" (a ">" with nothing before it on its line quotes in markdown)
  if (/(?:≥|>=|=>)\s*$/u.test(b)) return '>=';
  if (/(?:≤|<=|=<)\s*$/u.test(b)) return '<=';
  if (/[^\s>]\s*>\s*$/u.test(b)) return '>';
  if (/[^\s<]\s*<\s*$/u.test(b)) return '<';
  if (/(?:tối thiểu|ít nhất|không dưới|không thấp hơn)\s*$/u.test(b)) return '>=';
  if (/(?:tối đa|không quá|không vượt quá|không cao hơn|không hơn)\s*$/u.test(b)) return '<=';
  if (/(?:^|\s)(?:trên|hơn|vượt)\s*$/u.test(b)) return '>';
  if (/(?:^|\s)(?:dưới|chưa đến|chưa tới)\s*$/u.test(b)) return '<';
  return '=';
}

/** "16.130 tỷ đồng" -> { amount: 16130000000000, currency: 'VND' } */
export function moneyQuantity(value: number, money: { currency: string; scale: number }): NonNullable<TargetT['quantity']> {
  return { amount: Math.round(value * money.scale * 100) / 100, currency: money.currency };
}

const YEAR_DETERMINER = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:mỗi|hằng|hàng|từng|cả|các|những|nhiều|vài|mấy|cuối|đầu|giữa|trong)\s+$/iu;

type Quantity = { start: number; end: number; value: number; valueMax: number | null; unit: string; unitEnd: number; money: { currency: string; scale: number } | null; kind: 'measure' | 'money' | 'count' };

const MULTIPLE_BEFORE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:tăng|gấp|tăng gấp)(?:\s+(?:ít nhất|tối thiểu|trên|hơn|khoảng|từ))?\s*$/iu;
const QUOTA_BEFORE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])tuyển(?:\s+(?:sinh|dụng|mới))?(?:\s+(?:ít nhất|tối thiểu|trên|đủ|khoảng|hơn))?\s*$/iu;
function readQuantity(text: string, m: RegExpExecArray): Quantity | null {
  let value: number | null, valueMax: number | null = null;
  if (m[3]) {
    // "mỗi năm", "hằng năm", "các năm": the year, not five
    if (/^năm$/iu.test(m[3]) && YEAR_DETERMINER.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    value = parseWords(m[3]);
  } else {
    value = parseDigits(m[1]!);
    valueMax = m[2] ? parseDigits(m[2]) : null;
    if (valueMax !== null && value !== null && valueMax <= value) return null; // "2021 - 2020", not a range
  }
  if (value === null) return null;
  let numEnd = m.index + m[0].length;
  // "từ 5% đến 10%", "từ 5 đến 10%": a range in words, the unit written after the upper
  // bound (and perhaps after the lower one too)
  if (valueMax === null && !m[3] && FROM_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) {
    const r = RANGE_TO.exec(text.slice(numEnd, numEnd + 60));
    const max = r ? parseDigits(r[2]!) : null;
    const u2 = r && r[1] ? UNIT.exec(text.slice(numEnd + r[0].length, numEnd + r[0].length + 30)) : null;
    if (r && max !== null && max > value && (!r[1] || (u2 && u2[1]!.replace(/\s+/g, ' ').toLowerCase() === r[1].replace(/\s+/g, ' ').toLowerCase()))) {
      valueMax = max;
      numEnd += r[0].length;
    }
    // "tăng từ 55% lên 57%", "giảm từ 3% xuống còn 2%": the first is where it starts from;
    // the target is the level after "lên"/"xuống"/"còn"
    else if (FROM_TO_LEVEL.test(text.slice(numEnd, numEnd + 60))) return null;
  }
  const full = text.slice(numEnd, numEnd + 70);
  // "1,5 triệu tấn", "1,2 triệu lượt khách": a scale word belongs to the unit after it
  // (money units such as "triệu đồng" are units of their own)
  const sc = UNIT.test(full) ? null : SCALE.exec(full);
  const scaled = sc && (UNIT.test(full.slice(sc[0].length)) || WORD.test(full.slice(sc[0].length))) ? sc : null;
  const after = scaled ? full.slice(scaled[0].length) : full.slice(0, 60);
  let unit: string | null = null;
  let unitLen = 0;
  let money: Quantity['money'] = null;
  let kind: Quantity['kind'] = 'count';
  const rate = RATE.exec(full);
  const u = rate ? null : UNIT.exec(after);
  if (rate) {
    // "46/100.000 trẻ đẻ sống": the unit is the base and what it counts
    unit = `/${rate[1]} ${rate[2]!.toLowerCase()}`;
    unitLen = rate[0].length;
    kind = 'measure';
  } else if (u) {
    unit = u[1]!.replace(/\s+/g, ' ').toLowerCase();
    unitLen = u[0].length;
    const mu = MONEY_UNITS.find(([n]) => n === unit);
    if (mu) { money = { currency: mu[1], scale: mu[2] }; kind = 'money'; } else kind = 'measure';
    // "triệu đồng/người/năm", "tấn/ha", "%/năm": the unit as written
    const per = PER.exec(after.slice(unitLen));
    if (per) { unit += per[0].replace(/\s+/g, '').toLowerCase(); unitLen += per[0].length; money = null; }
  } else {
    const w = WORD.exec(after);
    if (!w) return null;
    const two = w[2] ? `${w[1]} ${w[2]}` : null;
    const long = LONG_COUNT_NOUN.exec(after);
    if (long) { unit = long[1]!.replace(/\s+/g, ' ').toLowerCase(); unitLen = long[0].length; }
    else if (two && COUNT_NOUNS_2.includes(two)) { unit = two; unitLen = w[0].length; }
    else { unit = w[1]!; unitLen = w[0].length - (w[2] ? w[0].length - w[0].indexOf(w[1]!) - w[1]!.length : 0); }
    // ages are qualifiers ("trẻ 5 tuổi"), except life expectancy ("Tuổi thọ … đạt 74,5 tuổi")
    const lifeExpectancy = unit === 'tuổi' && /tuổi thọ[^.;]{0,60}$/iu.test(text.slice(Math.max(0, m.index - 80), m.index));
    // times as a multiple, not a count of times: "thu nhập … tăng ít nhất 1,5 lần", "gấp 2 lần"
    const multiple = unit === 'lần' && MULTIPLE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && /^\s*(?:[,.;)]|so\s+với|$)/u.test(after.slice(unitLen, unitLen + 12));
    // an enrolment quota counts places, not the text's own targets: "Tuyển sinh 1.800 chỉ tiêu đại học"
    const quota = two === 'chỉ tiêu' && QUOTA_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (quota) { unit = two; unitLen = w[0].length; }
    else if (NOT_NOUNS.has(unit) || (NOT_TARGET_UNITS.has(unit) && !lifeExpectancy && !multiple) || (two && !long && NOT_TARGET_UNITS.has(two))) return null;
    const per = PER.exec(after.slice(unitLen));
    if (per) { unit = unit + per[0].replace(/\s+/g, ' ').toLowerCase().replace(/^ /, ''); unitLen += per[0].length; }
  }
  if (scaled) { unit = `${scaled[1]!.toLowerCase()} ${unit}`; unitLen += scaled[0].length; }
  // a range with the unit written on both ends: "85% - 90%", "95 tỷ đồng - 100 tỷ đồng"
  if (valueMax === null && kind !== 'count' && !scaled) {
    const end = numEnd + unitLen;
    const r = UNIT_RANGE_END.exec(text.slice(end, end + 40));
    const u2 = r ? UNIT.exec(text.slice(end + r[0].length, end + r[0].length + 30)) : null;
    const max = r ? parseDigits(r[1]!) : null;
    if (r && u2 && u2[1]!.replace(/\s+/g, ' ').toLowerCase() === unit.replace(/\/.*$/u, '') && max !== null && max > value) {
      valueMax = max;
      unitLen += r[0].length + u2[0].length;
      const per = PER.exec(text.slice(end + r[0].length + u2[0].length, end + r[0].length + u2[0].length + 30));
      if (per && !unit.includes('/')) { unit += per[0].replace(/\s+/g, '').toLowerCase(); unitLen += per[0].length; }
    }
  }
  if (m[3] && kind !== 'count') return null;
  // a year ("Năm 2022 bên cạnh …", "2021 do …") is not a count
  const isYear = (x: string | undefined) => !!x && /^\d{4}$/.test(x) && Number(x) >= 1900 && Number(x) <= 2100;
  if (isYear(m[1]) && (m[2] ? isYear(m[2]) : kind === 'count')) return null;
  return { start: m.index, end: numEnd, value, valueMax, unit, unitEnd: numEnd + unitLen, money, kind };
}

/** Clause boundaries inside a paragraph. */
// (a line that goes on in lower case is the same sentence, hard-wrapped: "… trên địa bàn\nđạt 350 tỷ đồng";
// so is a line that opens on an amount after a line that ends on a word: "… (GRDP) đạt\n7 - 7,5%")
const BOUNDARY = /[;(]|\n(?![ \t]*[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ](?![).][ \t]))(?!(?<=[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][ \t]*\n)[ \t]*\d+(?:[.,]\d+)*(?:[ \t]*%|[ \t]*[-–][ \t]*\d|[ \t]+[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]))|\.(?=\s+[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ\-+•])|:(?<=(?:cụ thể|như sau|gồm|[Tt]rong đó|sau|chỉ tiêu|chủ yếu|mục tiêu|cơ bản|các mặt)\s{0,3}:)|(?<=[\s,])[Tt]rong đó(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gu;
const YEARS_ONLY = /^(?:[^\d]|(?<!\d)(?:19|20)\d\d(?!\d))*$/u;
function clauses(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let s = from;
  const seg = text.slice(from, to);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(seg); m; m = BOUNDARY.exec(seg)) {
    const i = from + m.index;
    if (i < s) continue;
    const c = m[0];
    if (c === '(') {
      const close = text.indexOf(')', i);
      // (a parenthesis whose only numbers are years qualifies the indicator: "(giá so sánh 2010)")
      if (close > 0 && close < to && close - i < 300 && /\d/.test(text.slice(i, close)) && !YEARS_ONLY.test(text.slice(i + 1, close))) {
        if (i > s) out.push([s, i]);
        out.push([i + 1, close]);
        s = close + 1;
      }
      continue;
    }
    if (i > s) out.push([s, i]);
    s = c.length > 1 ? i : i + 1; // "trong đó" opens the next clause
  }
  if (to > s) out.push([s, to]);
  return out;
}


// nothing before an amount but a verb of change: the previous amount's indicator changes
const LEVEL_ONLY = /^[\s,]*(?:và\s+)?(?:đạt|lên|là|ở mức|bằng|tương đương|còn|xuống(?:\s+còn)?|giảm\s+(?:xuống\s+)?còn)(?:\s+(?:khoảng|trên|dưới|hơn|gần|ít nhất|tối thiểu))?\s*$/iu;
// (or a clause of its own after ";" with only its period: "…; mỗi năm giảm từ 3% trở lên")
const CHANGE_ONLY = /^[\s,]*(?:và\s+)?(?:(?:bình quân\s+)?(?:mỗi|hằng|hàng)\s+năm\s*,?\s+)?(?:tăng|giảm)(?:\s+(?:thêm|bình quân|trung bình))?(?:\s+(?:từ|trên|hơn|ít nhất|tối thiểu|khoảng))?\s*$/iu;
// nothing before an amount but list punctuation: it shares the verb of the amount before it
const BARE_BEFORE = /^[\s,]*(?:và\s*)?$/u;
// a clause that opens on "trong đó": what it counts is part of what came before it
const SUBSET_OPENER = /^\s*[Tt]rong đó(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/u;
// a part of the previous indicator: "…, trong đó có bằng cấp, chứng chỉ đạt 35%"
const SUBSET_HAS = /^\s*[Tt]rong đó\s*:?\s*có\s+[^\d]*$/u;
// … or a share of it that opens on its verb: "…, trong đó trên 65% đạt khá, giỏi"
const SUBSET_SHARE = /^\s*[Tt]rong đó\s*:?\s*(?:có\s+)?(?:(?:trên|dưới|ít nhất|tối thiểu|khoảng|hơn|từ)\s+)?$/u;
const SUBSET_VERBS = ['được', 'đạt', 'là', 'xếp loại', 'hoàn thành', 'tham gia', 'sử dụng'];
const SUBSET_VERB = new RegExp(`^(?:${SUBSET_VERBS.join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'u');
const SUBSET_VERB_INSIDE = new RegExp(`\\s(?:${SUBSET_VERBS.join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'u');
// grades: "khá, giỏi", "loại tốt", "xuất sắc"
const GRADE = '(?:loại\\s+)?(?:khá|giỏi|tốt|xuất sắc|trung bình)';
const GRADE_ONLY = new RegExp(`^${GRADE}(?:\\s*(?:,|và|hoặc)\\s*${GRADE})*(?:\\s+trở lên)?$`, 'iu');
// nothing but verbs of doing before an amount ("Vận động xây dựng 200 nhà …", "Tuyên truyền 100% hộ …"),
// listed with commas too ("Thu gom, xử lý 100% rác thải …", "Bắt, vận động đầu thú 100% đối tượng …")
const ACTIONS_ONLY = new RegExp(`^(?:(?:${ACTION_VERBS.join('|')})(?:\\s*,\\s*|\\s+|$)){1,3}$`, 'iu');
// a verb of doing right before a counted amount: "Mỗi xã, phường xây dựng ít nhất 01 mô hình …"
const ENDS_IN_ACTION = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:${ACTION_VERBS.join('|')})$`, 'iu');
// what a leader asks to be done, by a verb of doing that is no award: "yêu cầu các sở, ngành
// giải ngân 100% vốn …" (not "đề nghị khen thưởng 25 tập thể")
const REQUEST = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:${REQUEST_VERBS.join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'iu');
const TASK_VERBS = ACTION_VERBS.filter((v) => !AWARD_VERBS.includes(v)).join('|');
const ENDS_IN_TASK = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:${TASK_VERBS})$`, 'iu');
const TRAILING_TASKS = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:(?:${ACTION_VERBS.join('|')})\\s+){0,2}(?:${TASK_VERBS})$`, 'iu');
// "hoàn thành 100% công trình …": an amount to complete
const FUTURE_ACTION = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:sẽ|dự kiến)\\s+(?:${ACTION_VERBS.join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'iu');
// an amount's own approximation or bound, between the verb and it ("tổ chức khoảng 200 …")
const BOUND_BEFORE = /(?:\s+(?:khoảng|trên|hơn|gần|ít nhất|tối thiểu))?\s*$/u;
// (or to complete doing: "Hoàn thành bê tông hóa 5,2 km đường trục thôn")
const TO_COMPLETE = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])hoàn thành\\s+(?:(?:${ACTION_VERBS.join('|')})\\s+){0,2}(?:(?:ít nhất|tối thiểu|trên|vượt)\\s+)?$`, 'iu');
// a clause of its own after a comma, opened by a verb of change
const CHANGE_AFTER_COMMA = /,\s+((?:tăng|giảm|kéo giảm|nâng)\s[^,]+)$/u;
// "X có (thêm | ít nhất …) N Y": Y is what is counted, X who has it
// "mỗi xã, thị trấn", "từng cơ quan, đơn vị": who has it, listed, at the end of the words before "có"
const EACH_OF_LIST = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])((?:mỗi|từng)\s[^,]{1,40}(?:,\s*[^,\s]+(?:\s+[^,\s]+)?){1,4})$/iu;
// what is to be prevented is no amount to reach: "Không để xảy ra ngộ độc … từ 30 người trở lên"
const PREVENTED = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])không\s+để(?:\s+xảy\s+ra)?(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])[^,;]*$/iu;
// what each gift is worth: "…, mỗi suất trị giá 1.000.000 đồng" (no target, and the end of the
// counted noun's description)
const EACH_WORTH_WORDS = '(?:mỗi|một|01|1)\\s+[^\\s,;]+(?:\\s+[^\\s,;]+)?\\s+(?:trị giá|có giá trị|giá trị|tương đương)';
const EACH_WORTH = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])${EACH_WORTH_WORDS}\\s*$`, 'iu');
const EACH_WORTH_AFTER = new RegExp(`,\\s*${EACH_WORTH_WORDS}(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'iu');
// what a cap on awards counts: the awarded, or the award
const AWARD_CAP = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:được (?:${AWARD_VERBS.join('|')})|khen thưởng|Bằng khen|Giấy khen|Cờ thi đua|danh hiệu)(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'iu');
// what has been done is a result: "100% xã đã hoàn thành …"
const DONE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])đã(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;
// what turns from what has been done to what is to come: "theo đó", a colon, a purpose, a year named
const TURNS_AHEAD = /theo đó|:|(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:để|nhằm|sẽ|năm\s+\d{4})(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF\d])/iu;
// the start of a list item or of a sentence: nothing before it but the bullet
const ITEM_OPENING = /^[\s\\\-+•*–]*$/u;
// after a share, what it is a share of, then a verb: "100% xã đạt chuẩn …", "100% thủ tục … được …"
const SHARE_OF_WHAT = /^\s+(?:số\s+)?[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;
// a change by a share of a count: "(các đơn vị tập trung) giảm 10% số vụ tai nạn giao thông",
// "kéo giảm 5% số vụ phạm pháp hình sự": the count is what is measured, whoever acts on it
const CHANGE_RIGHT_BEFORE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:tăng|giảm)(?:\s+(?:thêm|ít nhất|tối thiểu|trên|hơn|từ|khoảng))*\s*$/iu;
const COUNT_OF = /^\s*(?:số|lượng|lượt|tổng số)\s+[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;
const POSSESSIVE = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])có(?:\s+(?:thêm|ít nhất|tối thiểu|trên|hơn|từ|khoảng|không dưới|không ít hơn))*\s*$/u;

const DIRECTING_CLAUSE = /,\s*(?:[^\s,;]+\s+){1,6}?(?:yêu cầu|đề nghị|chỉ đạo|kêu gọi|quyết định)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/u;
const WITH_MEASURE = /(?:^|\s)(?<!(?:^|\s)so\s)với\s+(?=(?:tổng|kinh phí|số tiền|giá trị|nguồn vốn|vốn)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF]))/u;
const WHOLE_SCOPE = new RegExp(`^\\s*(?:toàn|cả)\\s+(?:${WHOLE_SCOPE_WORDS.join('|')})\\s*$`, 'iu');
const TIME_OWNER = /^\s*(?:trong|đến|tới|vào|sau|hết)\s+(?:(?:hết|cuối|đầu|dịp)\s+)?(?:năm|tháng|đợt|thời gian|giai đoạn|quý|dịp|kỳ|nhiệm kỳ|học kỳ)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;

// the aim stands right before the quantity: "…, phấn đấu (đến năm 2025) có 100% …"
// (a verb of change may stand between: "phấn đấu kéo giảm ít nhất 5% số vụ phạm pháp hình sự")
// (or another word of aiming: "Nhà trường đặt mục tiêu có 150 bài báo …")
const AIM_LAST = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:phấn đấu|đặt(?:\s+ra)?\s+mục tiêu|với mục tiêu|mục tiêu là|(?:đặt|đặt ra|giao)\s+chỉ tiêu(?:\s+là)?)(?:\s+(?:có|thêm|ít nhất|tối thiểu|trên|hơn|từ|khoảng|kéo giảm|giảm|tăng|đạt))*[\s,:]*$/iu;
// nothing after a colon but the aim: "Học sinh giỏi cấp tỉnh: phấn đấu đạt 45 giải"
const AIM_AFTER_LEAD_IN = /^\s*phấn đấu(?:\s+(?:đạt|là))?\s*$/iu;
// the words before a colon that name a measure: short, and not a list's lead-in ("Các chỉ tiêu
// chủ yếu:", "cụ thể như sau:")
const LEAD_IN_NAMES = /^(?=(?:\S+\s+){1,7}\S+$)(?!về\s)(?!.*(?:chỉ tiêu|mục tiêu|nhiệm vụ|như sau|cụ thể|bao gồm|gồm|sau đây))[^,;.()]+$/iu;
/** "Học sinh giỏi cấp tỉnh: phấn đấu đạt": nothing after the colon but the aim, and words before it
 * that name what is measured (not a list's lead-in: "Chỉ tiêu: …"). */
function namedByLeadIn(before: string): boolean {
  const colon = before.lastIndexOf(':');
  return colon > 0 && AIM_AFTER_LEAD_IN.test(before.slice(colon + 1)) && LEAD_IN_NAMES.test(cleanIndicator(before.slice(0, colon)));
}
// a topic before a colon and a share of things that do something after it: "Thi đua giải quyết
// thủ tục hành chính: 100% hồ sơ được giải quyết đúng hạn", "Về giáo dục: trên 95% trường học
// đạt chuẩn" (the share's things say what is measured; a measure before the colon names it:
// "Tỷ lệ bao phủ bảo hiểm y tế: 95% dân số")
const TOPIC_COLON = /:[\s*_]*(?:(?:trên|hơn|ít nhất|tối thiểu|khoảng|từ)\s+)?$/u;
function shareAfterTopic(before: string, indicator: string, described: string): boolean {
  return TOPIC_COLON.test(before) && !MEASURE_NOUN.test(indicator) && DESCRIBES.test(described) && SUBSET_VERB_INSIDE.test(` ${described.trim()}`);
}
// a description of at least two words that is not a reference level ("100% kế hoạch")
const DESCRIBES = /^\s*(?!(?:kế hoạch|chỉ tiêu|dự toán|so với|mục tiêu|nhiệm vụ|trở lên|trở xuống)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF]))[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+[\s,]+[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/iu;
// (so does a resolve to do it: "Huyện quyết tâm hoàn thành 100% chỉ tiêu giao quân"; and an aim
// named with whose it is: "Mục tiêu của đợt thi đua là giải ngân đạt trên 95% kế hoạch vốn")
// (so does a purpose: "Đẩy mạnh sản xuất, góp phần giảm tỷ lệ hộ nghèo 1,5%", "… để thu ngân
// sách đạt 5.000 tỷ đồng", "… nhằm tăng thu nhập …"; "để" and "nhằm" only before a verb of
// reaching or change: "nước sạch để sử dụng" is part of what is measured; and a clause after a
// comma that makes sure of a level: "… tăng cường tuần tra, bảo đảm diện tích rừng bị cháy
// không quá 50 ha"; and what a campaign is headed for: "đợt thi đua hướng đến hoàn thành khởi
// công 15 công trình")
const AIM = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:phấn đấu|quyết tâm(?=\s+(?:hoàn thành|đạt|thực hiện|giải ngân|tăng|giảm|kéo giảm|đưa|xây dựng|trồng|thu)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF]))|mục tiêu\s+của\s+[^,;:\d]{1,40}?\s+là|hướng (?:đến|tới)(?=\s+(?:hoàn thành|đạt|có|tăng|giảm|kéo giảm|thu hút|huy động)\s)|sẽ|dự kiến|đề ra|xác định|đặt mục tiêu|đặt ra mục tiêu|với mục tiêu|mục tiêu là|(?:đặt|đặt ra|giao)\s+chỉ tiêu(?:\s+là)?|góp phần|(?<=,\s*)(?:bảo đảm|đảm bảo)|(?:yêu cầu|đề nghị|chỉ đạo)(?=\s+(?:hoàn thành|thực hiện|bảo đảm|đảm bảo)\s)|(?:hoàn thành|thực hiện|đạt)\s+(?:các\s+)?mục tiêu|(?:nhằm|để)(?=\s+(?:tăng|giảm|kéo giảm|nâng|thu|đạt|hoàn thành|đưa)\s))\s+(?:(?:đạt|để|có)\s+)?/giu;

// a measure's own noun opens an indicator that names its measure
const MEASURE_NOUN = /^(?:tỷ lệ|tỉ lệ|số|tổng|tốc độ|mức|giá trị|kim ngạch|thu|chi|doanh thu|sản lượng|diện tích|năng suất|chỉ số)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu;
/** A second group named by its first words, which the first indicator holds after its measure:
 * ("tỷ lệ hài lòng của người bệnh nội trú", "người bệnh ngoại trú") -> "tỷ lệ hài lòng của
 * người bệnh ngoại trú". Anything else is kept as it is. */
function sameMeasure(first: string, second: string, maxWords = 5): string {
  const words = second.split(' ');
  if (!MEASURE_NOUN.test(first) || MEASURE_NOUN.test(second) || words.length > maxWords || /\d/.test(second)) return second;
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const at = ` ${first} `.lastIndexOf(` ${head} `);
    if (at > 0 && !/^\s*(?:của|và|với|cho|ở|tại)\s*$/iu.test(head)) return `${first.slice(0, at)}${second}`;
  }
  return second;
}

// a group a measure is given for: a few words that name who or where, with no verb of reaching,
// doing or change and no amount ("Tiểu học", "THCS", "khu vực nông thôn")
const GROUP_VERB = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:${[...SUBSET_VERBS, ...ACTION_VERBS, 'có', 'tăng', 'giảm', 'duy trì', 'còn'].join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'iu');
function isGroupName(s: string): boolean {
  const words = s.split(' ').length;
  return s.length > 0 && words <= 4 && !/\d/.test(s) && !MEASURE_NOUN.test(s) && !GROUP_VERB.test(s);
}

function cleanIndicator(s: string): string {
  // markdown: emphasis, code ticks, backslash escapes ("\\- Tốc độ …"), quote marks ("> ")
  let t = squash(s.replace(/[*`]/g, ' ').replace(/\\(?=[-+.#_()[\]!|>])/g, '').replace(/(^|\n)[ \t]*>[ \t>]*/g, '$1'));
  // indicators are short: keep the last 300 characters (end-anchored patterns stay linear)
  if (t.length > 300) t = t.slice(-300);
  for (let k = 0; k < 4; k++) {
    const before = t;
    t = t.replace(/^[,:;.)\s]+/u, '').replace(LEADING, '').replace(FROM_BASELINE, '').replace(TRAILING, '').trim();
    if (t === before) break;
  }
  return t.replace(/^[,:;.)\s]+|[,:;.(\s]+$/g, '').trim();
}

/** Drop a stray parenthesis left by clause splitting ("… giám sát)" / "(tương ứng"). */
function balanceParens(s: string): string {
  const open = (s.match(/\(/g) ?? []).length, close = (s.match(/\)/g) ?? []).length;
  if (close > open) return s.replace(/\s*\)(?=[^)]*$)/, '').trim();
  if (open > close) return s.replace(/\(\s*(?=[^(]*$)/, '').trim();
  return s;
}

// a quotation names something when a naming word stands shortly before it, a few words
// ("phong trào thi đua", "chủ đề năm 2024") and a colon between them at most
const NAMED_BEFORE = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:${QUOTE_NAMERS.join('|')})(?:\\s+[^\\s"“”«».;:]+){0,4}[\\s*_]*:?[\\s*_]*$`, 'iu');
const QUOTE_PAIR = /“[^“”\n]{1,200}”|"[^"\n]{1,200}"|«[^«»\n]{1,200}»/g;

/** Quoted names in [from, to): [start, end) of each, quotes included. */
export function namedQuotes(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const seg = text.slice(from, to);
  for (const m of seg.matchAll(QUOTE_PAIR)) {
    if (NAMED_BEFORE.test(seg.slice(Math.max(0, m.index - 60), m.index))) out.push([from + m.index, from + m.index + m[0].length]);
  }
  return out;
}

/**
 * The targets in `regions` of `text`. The text is read with its markdown emphasis blanked
 * (`blankEmphasis`), as the caller has it: "có **100%** xã", "ít nhất **15** xã".
 */
export function findTargets(text: string, index: LineIndex, regions: TargetRegion[], year: number | null = null): TargetT[] {
  const targets: TargetT[] = [];
  for (const r of regions) {
    if (r.results) continue;
    // a sentence that opens on a year gone by reports results: "… Năm 2023, toàn tỉnh có thêm
    // 12 xã đạt chuẩn …" in a text about 2024 (its ";"-parts too, up to the next sentence)
    let past = false;
    // the last indicator read in this paragraph: "Tỷ lệ lao động qua đào tạo đạt 80%, trong
    // đó có bằng cấp, chứng chỉ đạt 35%" qualifies it
    let lastIndicator: string | null = null;
    let lastUnit: string | null = null;
    let lastChange: TargetT['change'] = null;
    // the verbs of doing the last counted amount completed ("Thành lập mới 20 tổ hợp tác, …")
    let lastActions: string | null = null;
    const names = namedQuotes(text, r.start, r.end);
    let ni = 0; // quantities come in text order: the first name not yet passed
    // whether the sentence so far has given a target: its later ";"-parts go on with the list
    // ("… vận động Quỹ “Vì người nghèo” đạt 30 tỷ đồng; hỗ trợ xây mới, sửa chữa 500 nhà …")
    let sentenceAims = false;
    for (const [cs, ce] of clauses(text, r.start, r.end)) {
      const clause = text.slice(cs, ce);
      if (cs === r.start || /[.\n]/.test(text[cs - 1]!)) {
        const y = year === null ? null : YEAR_OPENER.exec(clause);
        past = y !== null && Number(y[1]) < year!;
        sentenceAims = false;
      }
      const listGoesOn = sentenceAims && text[cs - 1] === ';';
      if (past) continue;
      if (ACHIEVED.test(clause) || ((SAME_PERIOD.test(clause) || HAS_HAD.test(clause)) && !COMMITS.test(clause))) continue;
      const re = r.targetContext ? QUANTITY : QUANTITY_DIGITS;
      if (!r.targetContext && !/\d/.test(clause)) continue;
      const qs: Quantity[] = [];
      // the measure a colon gave to the groups listed after it
      let groupMeasure: string | null = null;
      // where the clause first says what will be done ("sẽ tổ chức", "dự kiến trồng"), found once
      // per clause and not again for each of its amounts
      let future: number | undefined;
      const saysFuture = (at: number) => {
        if (future === undefined) { const f = FUTURE_ACTION.exec(clause); future = f ? f.index + f[0].length : Infinity; }
        return future <= at;
      };
      // where the clause first says what has been done ("đã"), if it commits to nothing; found once.
      // It reports the amount when near before it, with nothing between them that turns to what
      // is to come ("đã ban hành kế hoạch, theo đó năm 2025 …", "đã thống nhất: …", "để …")
      let done: number | undefined;
      const reportsDone = (at: number) => {
        if (done === undefined) { const d = COMMITS.test(clause) ? null : DONE.exec(clause); done = d ? d.index : Infinity; }
        return done < at && at - done <= 150 && !TURNS_AHEAD.test(clause.slice(done, at));
      };
      re.lastIndex = 0;
      for (let m = re.exec(clause); m; m = re.exec(clause)) {
        const before = clause.slice(Math.max(0, m.index - 14), m.index);
        if (BAD_BEFORE.test(before)) continue;
        const q = readQuantity(clause, m);
        if (!q) continue;
        // "đạt 3.200 tỷ đồng, bằng 25% dự toán": how far along, measured against the plan
        if (q.unit === '%' && SHARE_OF_PLAN.test(clause.slice(Math.max(0, q.start - 14), q.start)) && PLAN_AFTER.test(clause.slice(q.unitEnd, q.unitEnd + 30))) continue;
        // "Cuộc vận động “Mỗi thầy cô giáo là một tấm gương …”", "mô hình “3 an toàn”"
        while (ni < names.length && names[ni]![1] <= cs + q.start) ni++;
        if (ni < names.length && names[ni]![0] < cs + q.start) continue;
        // outside a targets context a quantity is a target only with a verb of reaching or
        // a comparator before it ("Trích 20% quỹ …" is a rule, "GRDP tăng 8%" a target)
        if (!r.targetContext && !(q.kind === 'count' ? COUNT_VERB : TARGET_VERB).test(clause.slice(Math.max(0, q.start - 200), q.start))
          && !TO_COMPLETE.test(clause.slice(Math.max(0, q.start - 50), q.start))
          // what the text says will be done: "Tỉnh đoàn sẽ tổ chức 200 hoạt động …, thu hút
          // 10.000 lượt đoàn viên", "dự kiến trồng 50.000 cây xanh" (a verb of doing right
          // before the amount; not "sẽ có 300 đại biểu tham dự")
          && !(saysFuture(q.start) && ENDS_IN_ACTION.test(clause.slice(Math.max(0, q.start - 40), q.start).replace(BOUND_BEFORE, '')))
          // what a leader asks to be done: "Ông cũng yêu cầu các sở, ngành giải ngân 100% vốn
          // đầu tư công" (not a request for awards: "đề nghị khen thưởng 25 tập thể"); and a
          // ";"-part that goes on with a sentence's targets: a verb of doing right before the amount
          && !((listGoesOn || r.requested || REQUEST.test(clause.slice(Math.max(0, q.start - 120), q.start))) && ENDS_IN_TASK.test(clause.slice(Math.max(0, q.start - 40), q.start).replace(BOUND_BEFORE, '')))
          // an item that opens on a share of what it covers commits to it: "- 100% thủ tục
          // hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến" (an item: a line's
          // start, not a ";"-part of a sentence whose opener decides)
          && !(q.unit === '%' && (cs === r.start || text[cs - 1] === '\n') && ITEM_OPENING.test(clause.slice(0, q.start)) && SHARE_OF_WHAT.test(clause.slice(q.unitEnd, q.unitEnd + 60)) && !DONE.test(clause))) continue;
        if (m[3] && !r.targetContext) continue;
        // outside a targets context, what has been done reports a result: "… lực lượng Công an
        // đã điều tra làm rõ 312 vụ …, đạt tỷ lệ 87,5%" (unless the clause commits: "đã đề ra
        // mục tiêu …", "đã phát động …, phấn đấu đạt …")
        if (!r.targetContext && reportsDone(q.start)) continue;
        if (PREVENTED.test(clause.slice(Math.max(0, q.start - 200), q.start))) continue;
        if (EACH_WORTH.test(clause.slice(Math.max(0, q.start - 40), q.start))) continue;
        qs.push(q);
        re.lastIndex = q.unitEnd;
      }
      for (let k = 0; k < qs.length; k++) {
        const q = qs[k]!;
        // local context: from the previous quantity's comma to the next quantity's comma
        const prevEnd = k > 0 ? localBoundaryAfter(clause, qs[k - 1]!.unitEnd, q.start) : 0;
        // a count right after another quantity, nothing between them but a short qualifier, is
        // part of the first one's description: "10 sản phẩm đạt chuẩn OCOP 3 sao trở lên",
        // "100% cơ sở Đoàn đăng ký ít nhất 01 công trình"
        if (k > 0 && q.kind === 'count' && prevEnd === qs[k - 1]!.unitEnd && q.start - prevEnd <= 40) continue;
        const nextBoundary = k + 1 < qs.length ? localBoundaryBefore(clause, q.unitEnd, qs[k + 1]!.start) : clause.length;
        const nextStart = nextBoundary < 0 ? qs[k + 1]!.start : nextBoundary;
        // (indicators are short: a run-on clause lends each amount at most 400 characters on
        // either side, which keeps the work per amount bounded)
        const beforeRaw = clause.slice(Math.max(prevEnd, q.start - 400), q.start);
        // without a comma between two quantities, the second belongs to the first's description
        const afterRaw = clause.slice(q.unitEnd, Math.min(q.unitEnd + 400, nextBoundary < 0 ? clause.length : nextStart));
        let indicator = cleanIndicator(cleanIndicator(beforeRaw).replace(COMPARED_WITH, '').replace(TIME_PHRASE, ' ')).replace(LEADING_VERB, '');
        // a list's lead-in ends at its colon: "… các chỉ tiêu chủ yếu năm 2024: tốc độ tăng trưởng"
        const colon = indicator.lastIndexOf(':');
        if (colon >= 0 && indicator.length - colon > 3) {
          const measure = cleanIndicator(indicator.slice(0, colon));
          indicator = cleanIndicator(indicator.slice(colon + 1)).replace(LEADING_VERB, '');
          // (a measure before the colon, the groups it is given for after it: "Tỷ lệ học sinh lên
          // lớp thẳng: Tiểu học 99,5%, THCS 97%" -> "Tỷ lệ học sinh lên lớp thẳng Tiểu học")
          groupMeasure = MEASURE_NOUN.test(measure) && LEAD_IN_NAMES.test(measure) && isGroupName(indicator) ? measure : null;
          if (groupMeasure) indicator = `${groupMeasure} ${indicator}`;
        } else if (k > 0 && groupMeasure && isGroupName(indicator)) indicator = `${groupMeasure} ${indicator}`;
        else groupMeasure = null;
        // a clause of its own after a comma, opened by a verb of change: "Thi đua bảo đảm an
        // sinh xã hội, giảm tỷ lệ hộ nghèo 1,5%"
        const changeClause = CHANGE_AFTER_COMMA.exec(indicator);
        if (changeClause) indicator = cleanIndicator(changeClause[1]!).replace(LEADING_VERB, '');
        // the indicator follows the last "phấn đấu …" of its clause
        let aimEnd = -1;
        for (const a of indicator.matchAll(AIM)) aimEnd = a.index + a[0].length;
        if (aimEnd > 0 && aimEnd < indicator.length) indicator = cleanIndicator(indicator.slice(aimEnd)).replace(LEADING_VERB, '');
        // a request names who asks and who is asked; what is measured is what they are to do
        // ("Ông cũng yêu cầu các sở, ngành giải ngân" -> "giải ngân", then what follows it)
        const request = REQUEST.exec(indicator);
        const task = request && TRAILING_TASKS.exec(indicator);
        if (request && task && task.index > request.index) indicator = task[0];
        // the counted noun and what follows it ("… xã đạt chuẩn nông thôn mới nâng cao")
        let tail = afterRaw.replace(/^\s*(?:trở lên|trở xuống)/u, '');
        // (up to the sentence's main clause: "Để hoàn thành mục tiêu giải ngân 100% kế hoạch vốn
        // năm 2025, UBND tỉnh yêu cầu …")
        const directing = DIRECTING_CLAUSE.exec(tail);
        if (directing) tail = tail.slice(0, directing.index);
        // (or to what each of them is worth: "…, mỗi suất trị giá 1.000.000 đồng")
        const worth = EACH_WORTH_AFTER.exec(tail);
        if (worth) tail = tail.slice(0, worth.index);
        if (/(?:^|\s)từ\s*$/u.test(beforeRaw) || COUNT_UPWARDS.test(afterRaw)) tail = tail.replace(/\s+trở lên(?=[\s.,;]*$)/u, '');
        const described = `${q.kind === 'count' ? clause.slice(q.end, q.unitEnd).replace(SCALE, '') : ''} ${tail.replace(COMPARED_WITH, '').replace(TIME_PHRASE, ' ')}`.replace(/\s+(?=[,;])/g, '');
        let actions: string | null = null;
        if (!indicator && q.kind === 'count' && k > 0 && lastActions && BARE_BEFORE.test(beforeRaw)) {
          // "thành lập mới 20 tổ hợp tác, 5 hợp tác xã": a bare count after a comma is done by
          // the same verbs
          actions = lastActions;
          indicator = cleanIndicator(`${actions} ${described}`);
        } else if (!indicator || /^(?:tương ứng|tăng(?!\s+trưởng)|(?:kéo\s+)?giảm|đạt|phấn đấu)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/iu.test(indicator)
          // a bare lead-in ("Mục tiêu đến năm 2025, 100% bệnh viện …") names no indicator
          // (or whose aim it is: "Mục tiêu của phong trào là đến hết năm học, 100% …")
          || /^(?:mục tiêu|chỉ tiêu)(?:\s+(?:cụ thể|chủ yếu|chung|\d{1,2}|[IVX]{1,4}|của\s+[^,;:\d]{1,40}))?$/iu.test(indicator)
          // right after "phấn đấu (đến năm 2025) có", the words before the aim are another
          // clause's; the counted noun and its description say what is measured
          // (unless a name before a colon says it: "Học sinh giỏi cấp tỉnh: phấn đấu đạt 45 giải …")
          || (AIM_LAST.test(beforeRaw.replace(TIME_PHRASE, ' ')) && DESCRIBES.test(described) && !namedByLeadIn(beforeRaw))
          // "toàn tỉnh có 70% số xã đạt chuẩn …": a share after "có" is a share of what follows
          // it, whoever has it
          || (q.unit === '%' && POSSESSIVE.test(beforeRaw) && DESCRIBES.test(described))
          || (q.unit === '%' && shareAfterTopic(beforeRaw, indicator, described))
          || (q.unit === '%' && CHANGE_RIGHT_BEFORE.test(beforeRaw) && COUNT_OF.test(described))) {
          indicator = cleanIndicator(described);
        } else if (q.kind === 'count' && POSSESSIVE.test(beforeRaw)) {
          // "Mỗi đơn vị có ít nhất 01 sáng kiến được công nhận": what is counted, per whom;
          // after a lead-in's colon ("Thi đua xây dựng nông thôn mới: có thêm 12 xã …") no one
          const possessor = beforeRaw.replace(POSSESSIVE, '').trimEnd();
          // (the possessor is the last part of a list: "Tập trung phát triển …, mỗi thôn có ít nhất 01 mô hình")
          // (a possessor listed with commas is whole: "Hằng năm, mỗi xã, thị trấn có …")
          const each = EACH_OF_LIST.exec(indicator);
          const owner = each ? each[1]! : indicator.slice(indicator.lastIndexOf(',') + 1);
          // (a time is no possessor: "trong Tháng Thanh niên có 2.000 đoàn viên được kết nạp")
          // (nor the whole territory: "toàn tỉnh có 42 xã đạt chuẩn nông thôn mới")
          indicator = cleanIndicator(possessor.endsWith(':') || TIME_OWNER.test(owner) || WHOLE_SCOPE.test(owner) ? described : `${owner} có ${described}`);
        } else if ((q.kind !== 'money' || moneyNoun(tail)) && (q.unit.startsWith('%') ? ACTIONS_ONLY.test(indicator) : !/\s\S+\s/.test(indicator) || ACTIONS_ONLY.test(indicator) || (q.kind === 'count' && ENDS_IN_ACTION.test(indicator))) && (/[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(tail) || (q.kind === 'count' && ACTIONS_ONLY.test(indicator)))) {
          // after a bare verb ("Vận động 5.000 đoàn viên …", "Trồng 2.500 ha rừng", "Vận động
          // xây dựng 200 nhà Đại đoàn kết …") the verbs
          // and what follows the unit say what is measured; with nothing after the unit
          // ("Dân số đạt 1,3 triệu người") the words before are the indicator, unless they are
          // only verbs of doing, which the counted noun completes ("phát triển mới 5.000 đoàn viên")
          if (q.kind === 'count' && ACTIONS_ONLY.test(indicator)) actions = indicator;
          indicator = cleanIndicator(`${indicator} ${described}`);
        }
        // a measure brought in with "với": "… với tổng kinh phí 1 tỷ đồng"
        const withMeasure = WITH_MEASURE.exec(indicator);
        if (withMeasure && q.kind !== 'count') indicator = indicator.slice(withMeasure.index + withMeasure[0].length);
        indicator = balanceParens(indicator);
        // "100% hồ sơ … được giải quyết đúng hạn, trong đó (có) trên 80% được giải quyết trực
        // tuyến", "100% quân số được huấn luyện …, 95% đạt khá, giỏi": a share of the same
        // things, which the part before the verb names
        // (or by a grade alone: "100% nội dung đạt yêu cầu, trong đó trên 65% khá, giỏi")
        if (lastIndicator && (SUBSET_VERB.test(indicator) || (q.unit === '%' && GRADE_ONLY.test(indicator)))
          && ((k === 0 && SUBSET_SHARE.test(clause.slice(0, q.start))) || (k > 0 && q.unit === '%' && lastUnit === '%' && BARE_BEFORE.test(beforeRaw)))) {
          const verb = SUBSET_VERB_INSIDE.exec(lastIndicator);
          indicator = `${verb ? lastIndicator.slice(0, verb.index) : lastIndicator} ${indicator}`;
        } else if (k === 0 && q.kind !== 'count' && lastIndicator && SUBSET_HAS.test(clause.slice(0, q.start))) indicator = `${lastIndicator} có ${indicator.replace(/^có\s+/u, '')}`;
        // "Tổng kim ngạch xuất khẩu đạt 1,2 tỷ USD, tăng 10% so với năm 2023": the change is
        // the same indicator's
        if (!indicator && lastIndicator && CHANGE_ONLY.test(beforeRaw)) indicator = lastIndicator;
        // "Số doanh nghiệp thành lập mới tăng 10%, đạt 1.200 doanh nghiệp": the level after the
        // change, with nothing after its unit, is the same indicator's
        if (k > 0 && lastIndicator && LEVEL_ONLY.test(beforeRaw) && !/[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(tail.replace(COMPARED_WITH, '').replace(TIME_PHRASE, ' '))) indicator = lastIndicator;
        // "Tỷ lệ thu gom rác thải ở đô thị đạt trên 95%, ở nông thôn đạt 80%": a second amount
        // named only by where it applies shares the first one's measure
        // (so does one after ";" in the same sentence: "… ở cấp tiểu học đạt 99,5%; cấp THCS đạt 98%")
        if (lastIndicator && (k > 0 || text[cs - 1] === ';')) {
          const where = WHERE_ONLY.exec(indicator);
          const at = where ? lastIndicator.indexOf(` ${where[1]} `) : -1;
          if (where) indicator = `${at > 0 ? lastIndicator.slice(0, at) : lastIndicator} ${indicator}`;
          // "tỷ lệ hài lòng của người bệnh nội trú đạt trên 95%, người bệnh ngoại trú đạt trên
          // 90%": a second group of the same measure, named by the words it shares with the
          // first, takes the first one's measure
          else if (q.unit === lastUnit) indicator = sameMeasure(lastIndicator, indicator);
        } else if (lastIndicator && k === 0 && q.unit === lastUnit && SUBSET_OPENER.test(clause)) {
          // "Tỷ lệ điều tra, khám phá án hình sự đạt trên 80%, trong đó án rất nghiêm trọng và
          // đặc biệt nghiêm trọng đạt trên 95%": a part of the same things, under the same measure
          indicator = sameMeasure(lastIndicator, indicator, 10);
        }
        if (!indicator || indicator.length < 2) continue;
        lastIndicator = indicator;
        lastUnit = q.unit;
        const beforeNear = clause.slice(Math.max(prevEnd, q.start - 60), q.start);
        // "Kéo giảm tội phạm về trật tự xã hội từ 5% trở lên": the verb governs the whole clause
        const pulledDown = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])kéo giảm(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?![^]*(?:đạt|là|còn|xuống)\s)/iu.test(clause.slice(prevEnd, q.start));
        // "có thêm 02 xã đạt chuẩn nâng cao, 01 xã đạt chuẩn kiểu mẫu": an amount with no word
        // before it but a comma shares the verb before the first
        const shared = k > 0 && BARE_BEFORE.test(beforeRaw);
        const change: TargetT['change'] = CHANGE.test(beforeNear) && !LEVEL_VERB.test(beforeNear.slice(beforeNear.search(CHANGE))) && !RATE_NOUN.test(beforeNear.slice(0, beforeNear.search(CHANGE)))
          ? (/giảm/iu.test(CHANGE.exec(beforeNear)![1]!) ? 'decrease' : 'increase')
          : pulledDown ? 'decrease' : shared ? lastChange : null;
        lastChange = change;
        lastActions = actions;
        const comparator = q.valueMax !== null ? '=' : comparatorOf(clause.slice(prevEnd, q.start), clause.slice(q.unitEnd, q.unitEnd + 40));
        // a cap on awards is a rule of the award, not an aim: "(tối đa 10% tổng số tập thể, cá
        // nhân được khen thưởng)", "số Bằng khen không quá 15%"
        if (comparator === '<=' && AWARD_CAP.test(`${indicator} ${clause.slice(q.unitEnd, q.unitEnd + 80)}`)) continue;
        const spanStart = cs + q.start;
        sentenceAims = true;
        targets.push({
          indicator,
          value: q.value,
          valueMax: q.valueMax,
          unit: q.unit,
          comparator,
          change,
          text: clauseText(clause, prevEnd, q, nextStart),
          span: index.span(spanStart, cs + q.unitEnd),
          quantity: q.money ? moneyQuantity(q.value, q.money) : null,
        });
      }
    }
  }
  return targets;
}

/**
 * The clause a target came from. A clause is a sentence or a ";"-part, short in real texts;
 * one that runs on (a list without punctuation, a table flattened into one line) gives each
 * target only its own neighbourhood, so output stays linear in the input.
 */
const CLAUSE_TEXT_MAX = 600;
function clauseText(clause: string, prevEnd: number, q: Quantity, nextStart: number): string {
  const text = clause.length <= CLAUSE_TEXT_MAX ? clause
    : clause.slice(Math.max(prevEnd, q.start - 250), Math.min(nextStart, q.unitEnd + 250));
  return squash(text.replace(/[*`]/g, ' '));
}

/** After an amount of money, a noun that says what the money is: "Thu hút 3 tỷ USD vốn FDI". */
function moneyNoun(tail: string): boolean {
  const w = WORD.exec(tail.toLowerCase());
  return !!w && !NOT_NOUNS.has(w[1]!) && !['trở', 'so', 'trong', 'mỗi', 'một', 'năm', 'bình', 'trung'].includes(w[1]!);
}

function localBoundaryAfter(clause: string, from: number, limit: number): number {
  const seg = clause.slice(from, limit);
  const m = /,|\svà\s/.exec(seg);
  return m ? from + m.index + m[0].length : from;
}
function localBoundaryBefore(clause: string, from: number, limit: number): number {
  const seg = clause.slice(from, limit);
  const i = Math.max(seg.lastIndexOf(','), seg.lastIndexOf(' và '));
  return i >= 0 ? from + i : -1;
}
