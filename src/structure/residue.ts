// Web residue: photo captions, image-widget text, author/source lines, rating and
// comment blocks, menus, visitor counters. Found line by line, before sectioning.
import type { Line } from '../text/lines.js';

/** A page number, "- 2 -" or "12", wherever it falls. */
export const PAGE_NUMBER = /^[-–—]?\s*\d{1,3}\s*[-–—]?$/u;

/** A rule: a simple table's border in a markdown export ("  -------"), a separator ("* * *"). */
export const RULE = /^[-_=~–—*\s]{3,}$/u;

/** A site's account and search links, alone or between bars: "Đăng nhập | Đăng ký". */
const SITE_LINK = '(?:Trang chủ|Đăng nhập|Đăng ký|Đăng xuất|Tìm kiếm|In trang|Quay lại|Về đầu trang|Liên hệ|Sơ đồ (?:trang|site))';
export const SITE_LINKS = new RegExp(`^${SITE_LINK}(?:\\s*[|/·]\\s*${SITE_LINK})*\\s*(?:\\.{2,}|…)?$`, 'iu');

/** A line that starts the page's tail: everything from it on is residue. */
const TAIL_START = [
  /^Ý kiến (?:bạn đọc|bình luận)/iu, /^Tổng số điểm của bài viết/iu, /^Bạn đã không sử dụng Site/iu,
  /^(?:Tin|Bài viết|Bài) (?:liên quan|cùng chuyên mục|khác|mới)\s*:?$/iu, /^Các tin (?:khác|đã đưa)/iu,
  /^Gửi (?:bình luận|ý kiến)/iu, /^Viết bình luận/iu, /^Bình luận\s*(?:\(\d+\))?$/iu, /^Chia sẻ\s*:?$/iu,
  /^(?:Từ khóa|Tags?)\s*:/iu, /^Thống kê(?: truy cập)?$/iu, /^Đánh giá bài viết/iu, /^In bài viết/iu,
];
/** Single lines that are residue wherever they stand. */
const LINE_RESIDUE = [
  /^leftcenterrightdel$/iu, /^Tác giả\s*:/iu, /^(?:Nguồn|Theo)\s*:\s*\S.{0,80}$/u, /^(?:PV|CTV|BTV|TTXVN|PV\.)$/u,
  // credits: "Tin, ảnh: Thu Hà", "Bài và ảnh: …", "Theo Báo Tây Ninh"
  /^(?:Tin|Bài|Ảnh|Video|Clip)(?:\s*(?:,|và)\s*(?:ảnh|video))?\s*:\s*[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^.;!?]{0,60}$/u,
  /^Theo\s+(?:Báo|báo|Tạp chí|Cổng thông tin|Trang|Đài|TTXVN|VOV|VTV|VnExpress|Thanh Niên|Tuổi Trẻ|Nhân Dân|Dân trí)[^.;!?]{0,60}$/u,
  /^(?:Họ và tên|Họ tên|Email|E-mail|Lời bình|Xác thực|Mã xác nhận|Nội dung|Điện thoại)\s*:?\s*$/iu,
  /^(?:Đang truy cập|Hôm nay|Hôm qua|Tuần này|Tháng này|Tổng lượt truy cập|Lượt xem|Lượt truy cập)\s*:?\s*[\d.,]*$/iu,
  /^•?\s*(?:Đang truy cập|Hôm nay|Tổng lượt truy cập)\s*[\d.,]+$/iu,
  SITE_LINKS,
  // the share buttons' names, above or below the article: "Chia sẻ: Facebook | Zalo"
  /^Chia sẻ(?:\s+bài viết)?\s*:?\s*(?:Facebook|Zalo|Twitter|X|Email|E-mail|LinkedIn|Telegram|Messenger)(?:\s*[|,/·]?\s*(?:Facebook|Zalo|Twitter|X|Email|E-mail|LinkedIn|Telegram|Messenger))*$/iu,
  PAGE_NUMBER,
  /^Trang\s+\d+(?:\s*\/\s*\d+)?$/iu,
  // the official gazette's running head, a text copied from it carries one per page, the page
  // number before or after it: "CÔNG BÁO/Số 12/Ngày 20-3-2024   7", "8   CÔNG BÁO/Số 45 + 46/Ngày 15-01-2024"
  /^(?:\d{1,4}\s+)?CÔNG BÁO\s*\/?\s*Số\s+\d{1,4}(?:\s*\+\s*\d{1,4})*\s*\/?\s*Ngày\s+\d{1,2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{4}(?:\s+\d{1,4})?$/u,
  RULE,
];
const WIDGET = /^leftcenterrightdel$/iu;

export type Residue = { drop: Set<number>; tailStart: number };

export function findResidue(lines: Line[], from: number): Residue {
  const drop = new Set<number>();
  let tailStart = lines.length;
  const minTail = Math.floor(lines.length * 0.3);
  for (let i = from; i < lines.length; i++) {
    const c = lines[i]!.clean;
    if (!c) continue;
    if (i >= minTail && TAIL_START.some((re) => re.test(c))) { tailStart = i; break; }
    if (LINE_RESIDUE.some((re) => re.test(c))) {
      drop.add(i);
      if (WIDGET.test(c)) {
        // the photo caption follows the image widget
        let j = i + 1;
        while (j < lines.length && !lines[j]!.clean) j++;
        if (j < lines.length && lines[j]!.clean.length < 300 && !/^[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(lines[j]!.clean)) drop.add(j);
      }
    }
  }
  // An author/source line "Tác giả: …" near the end is followed only by page furniture.
  for (const i of drop) {
    if (i >= minTail && /^Tác giả\s*:/iu.test(lines[i]!.clean) && i < tailStart) tailStart = i;
  }
  // A byline closing the page ("Ban TĐKT tỉnh Bình Phước", "Minh Anh"): the last line,
  // short, capitalized, without sentence punctuation.
  for (let i = tailStart - 1; i >= from; i--) {
    const c = lines[i]!.clean;
    if (!c || drop.has(i)) continue;
    if (c.length <= 60 && c.split(/\s+/).length <= 10 && /^[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/u.test(c) && !/[.;:!?,…”")]$/u.test(c) &&
        (c !== c.toUpperCase() || capitalByline(c)) && !/^(?:Nơi nhận|\d|[IVX]+\.)/u.test(c)) drop.add(i);
    break;
  }
  return { drop, tailStart };
}

/** A pen name in capitals, as some papers sign ("THANH TÂM", "MINH ANH"): two to four short
 * words, none of them a word of an office, an organ or a document type. */
const NOT_BYLINE_WORDS = new Set(['CHỦ', 'TỊCH', 'GIÁM', 'ĐỐC', 'BÍ', 'THƯ', 'TRƯỞNG', 'PHÓ', 'ỦY', 'UỶ', 'UBND', 'BAN', 'SỞ', 'HỘI', 'ĐỒNG',
  'PHỤ', 'LỤC', 'KẾ', 'HOẠCH', 'CHỈ', 'THỊ', 'NGHỊ', 'QUYẾT', 'THÔNG', 'BÁO', 'NƠI', 'NHẬN', 'KT.', 'TM.', 'TL.', 'TUQ.', 'KÝ', 'ĐÃ',
  'TỈNH', 'HUYỆN', 'XÃ', 'ĐẢNG', 'ĐOÀN', 'NAM', 'VIỆT', 'CỘNG', 'HÒA', 'HOÀ', 'MỤC', 'TIÊU', 'NỘI', 'DUNG', 'THỰC', 'HIỆN', 'TỔ', 'CHỨC']);
function capitalByline(c: string): boolean {
  const words = c.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}{1,7}$/u.test(w) && !NOT_BYLINE_WORDS.has(w));
}

/** A short line without closing punctuation standing between blank lines: a caption. */
const IMAGE_LINE = /^\s*(?:\[\s*)?!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)(?:\s*\]\([^)\n]{0,500}\))?\s*$/u;
const PHOTO_CREDIT = /\((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh)\s*:[^)]{1,60}\)\s*$|^(?:Ảnh|Ảnh minh họa)\s*:/u;
const TRAILING_CREDIT = /[.!?…"”)]\s*(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Ảnh và clip)\s*:\s*\p{Lu}[^.;!?:]{0,50}\.?$|\s[-–]\s(?:Ảnh|Nguồn ảnh)\s*:\s*\p{Lu}[^.;!?:]{0,50}$/u;
const ITALIC_LINE = /^\s*(?:\*(?!\*)[^*\n]+\*|_(?!_)[^_\n]+_)\s*$/u;

export function looksLikeCaption(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  // markdown exports: an image line, and a short italic line or photo credit next to one
  if (IMAGE_LINE.test(line.raw)) return true;
  if (line.clean.length <= 300) {
    const nearImage = [lines[i - 1], lines[i - 2], lines[i + 1]].some((l) => l && IMAGE_LINE.test(l.raw));
    if (nearImage && (ITALIC_LINE.test(line.raw) || PHOTO_CREDIT.test(line.clean))) return true;
    if (ITALIC_LINE.test(line.raw) && PHOTO_CREDIT.test(line.clean)) return true;
  }
  const c = line.clean;
  // a sentence that ends on its photo's credit: "Quang cảnh hội nghị. Ảnh: Ngọc Lân"
  if (c.length <= 300 && TRAILING_CREDIT.test(c)) return true;
  if (c.length > 220 || c.length < 12) return false;
  if (/[.:;!?,…"”)]$/u.test(c) || /^[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(c) || c === c.toUpperCase()) return false;
  const prev = lines[i - 1], next = lines[i + 1];
  const blankBefore = !prev || !prev.clean;
  const blankAfter = !next || !next.clean;
  if (!blankBefore || !blankAfter) return false;
  // the next text must not continue this line (a page-break split)
  let j = i + 1;
  while (j < lines.length && !lines[j]!.clean) j++;
  if (j < lines.length && /^[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(lines[j]!.clean)) return false;
  // whitespace-only separator lines (" ") around it are typical of web captions
  const wsAround = (prev && prev.raw.length > 0 && !prev.clean) || (next && next.raw.length > 0 && !next.clean);
  return !!wsAround;
}
