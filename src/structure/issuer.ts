// Who issued the text: from the header's organ block, the signature ("TM. ỦY BAN NHÂN
// DÂN"), or — for articles and excerpts — from the body ("Chủ tịch UBND tỉnh Bắc Giang
// Lê Ánh Dương phát động…", "Chủ tịch Ủy ban nhân dân tỉnh phát động…" with the
// province named elsewhere). Organization names are given in full, abbreviations expanded.
import { expandDefined } from './abbreviations.js';
import { ACADEMIC, DEPARTMENT_ABBREVIATIONS, MASS_ORG_ABBREVIATIONS, MASS_ORG_ABBREVIATIONS_CAPS, PARTY_COMMITTEE_OF_LEVEL, ORG_ABBREVIATIONS, ADMIN_LEVELS, DEPARTMENTS, MINISTRIES, NATIONAL_ORGANS, ORGAN_HEADS, ORGAN_KINDS, PARTY_COMMISSIONS, POSITIONS, RANK, INSTITUTION_TYPES, SCHOOL_ABBREVIATIONS, SCHOOL_LEVELS } from '../vi/words.js';
import { PROVINCES, SURNAMES } from '../vi/names.js';
import { canonicalPosition } from './signature.js';

export type Issuer = { organization: string | null; position: string | null; signer: string | null };

export function expandAbbreviations(s: string): string {
  let t = s;
  for (const [re, full] of ORG_ABBREVIATIONS) t = t.replace(re, full);
  return t.replace(/\s+/g, ' ').trim();
}

const ORG_TYPES = [
  'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc',
  'Hội đồng Thi đua - Khen thưởng', 'Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Huyện ủy', 'Ban Thường vụ Thành ủy',
  'Tỉnh ủy', 'Huyện ủy', 'Thành ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy', 'UBND', 'HĐND', 'Sở Nội vụ', 'Ban Thi đua - Khen thưởng',
  // the Youth Union's committees, written either way ("Tỉnh đoàn", "Tỉnh Đoàn")
  ...['Tỉnh', 'Thành', 'Huyện', 'Quận', 'Thị'].flatMap((l) => [`${l} đoàn`, `${l} Đoàn`]),
];
// names written in one canonical casing (not actors in the body: see ACTOR)
const CANONICAL = [
  ...ORG_TYPES, 'Ban Chấp hành Trung ương', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Thường vụ', 'Chính phủ', 'Quốc hội',
  'Thủ tướng Chính phủ', 'Chủ tịch nước',
  // mass organizations ("BAN CHẤP HÀNH ĐOÀN TỈNH X", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN Y")
  'Ban Chấp hành Đoàn', 'Ban Thường vụ Đoàn', 'Ban Chấp hành Công đoàn', 'Liên đoàn Lao động', 'Hội Nông dân',
  'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh', 'Hội Chữ thập đỏ', 'Liên minh Hợp tác xã', 'Hội Liên hiệp Thanh niên Việt Nam',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Hội Khuyến học', 'Hội Người cao tuổi',
  // national organs ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "BẢO HIỂM XÃ HỘI VIỆT NAM")
  ...NATIONAL_ORGANS,
];
// an organization's standing bodies, named before it: "Ban Chấp hành Hội Nông dân tỉnh X"
const STANDING_BODIES = ['Ban Chấp hành', 'Ban Thường vụ', 'Ban Thường trực'];
// Organ types that head a department's name: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" -> "Sở Giáo dục và Đào tạo"
const DEPARTMENT_TYPES = [
  'Tổng cục', 'Chi cục', 'Cục', 'Sở', 'Phòng', 'Ban', 'Bộ', 'Văn phòng', 'Thanh tra', 'Trung tâm', 'Hội đồng',
  'Trường', 'Bệnh viện', 'Công an', 'Viện', 'Vụ',
];
// names with a canonical casing that the level-and-place reading must not split
const KNOWN_ORGANS = [...MINISTRIES, ...DEPARTMENTS, ...NATIONAL_ORGANS].filter((o) => o.includes(' ')).sort((a, b) => b.length - a.length);
const PARTY_COMMITTEE = /^(?:(BAN THƯỜNG VỤ)\s+)?(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+[ỦU]Y(?:\s+(.+))?$/iu;
// a committee's standing bodies, abbreviated in a header ("BCH TỈNH ĐOÀN", "BTV HUYỆN ỦY")
const STANDING_BODY_ABBR = /^(?:BCH|BTV)(?=\s|$)/u;
const STANDING_AT_LEVEL = new RegExp(`^(BAN CHẤP HÀNH|BAN THƯỜNG VỤ|BAN THƯỜNG TRỰC)\\s+(${ADMIN_LEVELS.join('|')})\\s+(.+)$`, 'iu');
const PARTY_BODY = /^ĐẢNG\s+BỘ\s+(.+)$/iu;
// the Youth Union's committees: "TỈNH ĐOÀN QUẢNG NAM" -> "Tỉnh Đoàn Quảng Nam"
const YOUTH_COMMITTEE = /^(?:(BAN THƯỜNG VỤ|BAN CHẤP HÀNH)\s+)?(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+ĐOÀN(?:\s+(.+))?$/iu;
const LEVEL = `(?:${ADMIN_LEVELS.join('|')})`;
const LEVEL_START = new RegExp(`^${LEVEL}(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'iu');
const LEVEL_AND_PLACE = new RegExp(`^(${LEVEL})\\s+(.+)$`, 'iu');
const LEVEL_INSIDE = new RegExp(`\\s${LEVEL}\\s`, 'iu');
const LEVEL_TAIL = new RegExp(`\\s(${LEVEL})\\s(.+)$`, 'iu');
// (a level after "các" is a plural noun, not a place's level: "CỤM THI ĐUA CÁC HUYỆN MIỀN NÚI")
const HEAD_LEVEL_PLACE = new RegExp(`^(.*?)(?<!(?:^|\\s)(?:các|những))\\s(${LEVEL})\\s(.+)$`, 'iu');
const CAP_WORD = '[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹA-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]*';
// organs an actor may head in a news text: the organ types, departments and forces, ministries
// a party committee's commission, with the committee: "Ban Dân vận Tỉnh ủy", "Ủy ban Kiểm tra Huyện ủy"
const COMMISSION_NAME = PARTY_COMMISSIONS.map((c) => c.replace(/\s+/g, '\\s+')).join('|');
const PARTY_COMMITTEE_WORD = '(?:Tỉnh|Thành|Huyện|Quận|Thị)\\s+(?:ủy|uỷ)';
const COMMISSION = `(?:${COMMISSION_NAME})\\s+${PARTY_COMMITTEE_WORD}`;
// "Trưởng ban Dân vận Tỉnh ủy X": the office absorbs the commission's first word; written out
// ("Trưởng ban Ban Dân vận Tỉnh ủy X") so that the commission reads as the organ
const HEAD_OF_COMMISSION = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])((?:Phó\\s+)?Trưởng\\s+ban\\s+)(?=(?:${PARTY_COMMISSIONS.filter((c) => c.startsWith('Ban ')).map((c) => c.slice(4).replace(/\s+/g, '\\s+')).join('|')})\\s+${PARTY_COMMITTEE_WORD})`, 'gu');
const ORG_TYPE = `(?:${COMMISSION}|${[...ORG_TYPES, ...DEPARTMENTS, ...MINISTRIES].sort((a, b) => b.length - a.length).map((o) => o.replace(/\s+/g, '\\s+')).join('|')})`;
const POSITION = `(?:${POSITIONS.map((p) => p.replace(/\s+/g, '\\s+')).join('|')})`;
// what comes before a person's name in a news text: "Đồng chí", "Ông", "Bà", a rank ("Đại tá")
// (professional titles spelled out, as news writes them: "Bác sĩ Nguyễn Hồng Chương, Giám đốc
// Sở Y tế", "Tiến sĩ …", "Bác sĩ CKII …")
const SPELLED_TITLE = `(?:Bác|Tiến|Thạc|Dược) sĩ(?: CKII| CKI)?|(?:Phó Giáo|Giáo|Kỹ|Luật) sư`;
const HONORIFIC = `[Đđ]ồng chí|[Ôô]ng|[Bb]à|(?:[Aa]nh|[Cc]hị)(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF](?:[Aa]nh|[Cc]hị))|[Tt]hầy(?:\\s+giáo)?|[Cc]ô\\s+giáo|Cô|${RANK}|${SPELLED_TITLE}|${ACADEMIC}`;
// "Chủ tịch UBND tỉnh Bắc Giang", "Chủ tịch Ủy ban nhân dân tỉnh", "Phó Bí thư Tỉnh ủy - Chủ tịch …";
// a name before the office is set off by a comma, a dash or a parenthesis
const ACTOR = new RegExp(
  `(?:(?:${HONORIFIC})\\s+(${CAP_WORD}(?:\\s+${CAP_WORD}){1,4})\\s*(?:,|[-–]|\\()\\s*)?` +
  `((?:${POSITION}(?:\\s+${ORG_TYPE}(?:\\s+${LEVEL})?)?\\s*[-–,]\\s*){0,3})` +
  `(${POSITION})\\s+(${ORG_TYPE})(?:\\s+(${LEVEL}|(?:Quận|Phường)(?=\\s+\\d)))?(\\s+\\d{1,2}(?![\\d/.,])(?:\\s+${CAP_WORD}){0,4}|(?:\\s+${CAP_WORD}){0,7})`,
  'gu');
// an organ as the actor, no person: "UBND tỉnh Tây Ninh … phát động"
// (a level may be written with a capital, and a city's districts and wards may be numbered:
// "UBND Quận 8", "UBND Phường 12")
const LEVEL_ANY_CASE = `(?:${ADMIN_LEVELS.flatMap((l) => [l, l.charAt(0).toUpperCase() + l.slice(1)]).join('|')})`;
const ORGAN_ACTOR = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(${['UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Hội đồng Thi đua - Khen thưởng', 'HĐND', 'Hội đồng nhân dân', 'Ủy ban MTTQ Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam', ...DEPARTMENTS].sort((a, b) => b.length - a.length).join('|')})\\s+(?:(${LEVEL_ANY_CASE})((?:\\s+${CAP_WORD}){1,4}|\\s+\\d{1,2}(?![\\d/.,]))|(${[...PROVINCES].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF]))`, 'gu');
// a province's own name after an organ, without its level ("Sở Giáo dục và Đào tạo Hà Nội"): the
// centrally run cities are "thành phố", the others "tỉnh"
const CENTRAL_CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);
// a party or Youth Union committee as the actor, named with its place: "Tỉnh ủy Nghệ An", "Ban Thường vụ Huyện ủy Tân Yên"
// (a commission of the committee keeps its name, and may leave the place unsaid: "Ban Dân vận
// Tỉnh ủy phối hợp … tổ chức Lễ phát động")
const COMMITTEE_ACTOR = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:Ban Thường vụ\\s+|(${COMMISSION_NAME})\\s+)?(Tỉnh|Thành|Huyện|Quận|Thị)\\s+(ủy|uỷ|đoàn|Đoàn)(\\s+thành phố)?((?:\\s+${CAP_WORD}){0,4})`, 'gu');
// an organ named in passing, not the one that acts ("Theo Sở Nội vụ tỉnh …", "… phối hợp với
// Tỉnh đoàn …"); "do X phát động", "Lễ phát động của X" name the actor
const NOT_SUBJECT = /(?:^|\s)(?:[Tt]heo|cùng|với|và|tại)\s*$/u;
// the level of the place a party committee belongs to
const COMMITTEE_LEVEL: Record<string, string> = {
  'Tỉnh ủy': 'tỉnh', 'Huyện ủy': 'huyện', 'Thành ủy': 'thành phố', 'Quận ủy': 'quận', 'Thị ủy': 'thị xã',
  'Tỉnh Đoàn': 'tỉnh', 'Huyện Đoàn': 'huyện', 'Thành Đoàn': 'thành phố', 'Quận Đoàn': 'quận', 'Thị Đoàn': 'thị xã',
};
for (const c of PARTY_COMMISSIONS) for (const [level, k] of PARTY_COMMITTEE_OF_LEVEL) COMMITTEE_LEVEL[`${c} ${k}`] = level;
/** An organ type as written in a news text, in its canonical form. */
const orgTypeOf = (written: string) => expandAbbreviations(written).replace(/^Uỷ/, 'Ủy').replace(/^(Tỉnh|Thành|Huyện|Quận|Thị)\s+đoàn$/u, '$1 Đoàn').replace(/(Tỉnh|Thành|Huyện|Quận|Thị) uỷ$/u, '$1 ủy');
const LAUNCH_ACTS = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:phát động|kêu gọi|thay mặt|chỉ thị)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/u;
const ACTS = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:phát động|kêu gọi|thay mặt|đề nghị|yêu cầu|chỉ thị)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/u;

const BLOCK_HCM = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:TP\.?\s*HCM|TPHCM)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/u;
const BLOCK_CITY = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])TP(?:\.\s*|\s+)(?=[A-ZĐÀ-Ỹ])/u;
const BLOCK_TOWN = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])TX(?:\.\s*|\s+)(?=[A-ZĐÀ-Ỹ])/u;
const OCR_UY_BAN = /^U[YÝỲỸỴ](?= BAN )/u;
// a dispatch headed by its signer's office: "BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"
// (the organ is the ministry or the committee; "THỦ TƯỚNG CHÍNH PHỦ" is an authority of its own)
const HEAD_OF_ORGAN = /^(?:PHÓ\s+)?(?:BỘ TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN)\s+(?=(?:BỘ|ỦY BAN|UBND|SỞ|BAN)\s)/u;
// the Party's Central Committee, above one of its commissions in a header
const CENTRAL_COMMITTEE = /^BAN CHẤP HÀNH TRUNG ƯƠNG(?: ĐẢNG)?$/u;
// a name too long for the header's column goes on on the next line: its scope ("BAN THI ĐUA -
// KHEN THƯỞNG" / "TRUNG ƯƠNG", "TỔNG LIÊN ĐOÀN LAO ĐỘNG" / "VIỆT NAM"), the words after a
// conjunction ("BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"), or after a line that ends on one
const NAME_GOES_ON = /^(?:TRUNG ƯƠNG|VIỆT NAM|VÀ\s.*)$/u;
// (or on a level, whose place is on the next line: "ỦY BAN NHÂN DÂN TỈNH" / "CAO BẰNG")
const NAME_BROKEN = /(?:\s-|\sVÀ|,|\s(?:TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN))$/u;
// two organs side by side on one line, a joint text's header ("BAN CHẤP HÀNH ĐOÀN TỈNH BẮC NINH
// - SỞ GIÁO DỤC VÀ ĐÀO TẠO"): the dash is followed by an organ's own type word, where within
// one name it is followed by the rest of the name ("BAN THI ĐUA - KHEN THƯỞNG", "BỘ LAO ĐỘNG -
// THƯƠNG BINH VÀ XÃ HỘI")
// (the level words a committee's name opens on: "TỈNH ỦY", "HUYỆN ĐOÀN")
const COMMITTEE_LEVEL_WORDS = 'TỈNH|THÀNH|HUYỆN|QUẬN|THỊ';
const JOINT_SEAM = new RegExp(`\\s[-–]\\s(?=(?:SỞ|BỘ|ỦY BAN|UBND|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|BAN THƯỜNG TRỰC|BAN ĐẠI DIỆN|BCH|BTV|(?:${COMMITTEE_LEVEL_WORDS}) ĐOÀN|(?:${COMMITTEE_LEVEL_WORDS}|ĐẢNG) ỦY|HỘI|LIÊN ĐOÀN|CÔNG AN|MẶT TRẬN|CÔNG ĐOÀN|PHÒNG|TRUNG TÂM)\\s)`, 'u');
// an organ and its own office or unit on one line, a two-line header flattened ("UBND TỈNH
// BẮC NINH - SỞ NỘI VỤ", "BỘ CÔNG AN - CÔNG AN TỈNH X"): group 1 the organ, group 2 its office
const FLATTENED = new RegExp(`^((?:ỦY BAN NHÂN DÂN|UBND|(?:${COMMITTEE_LEVEL_WORDS}) ỦY|BỘ(?! CHỈ HUY))\\s.+?)\\s[-–]\\s((?:SỞ|PHÒNG|BAN(?! (?:CHẤP HÀNH|THƯỜNG VỤ|THƯỜNG TRỰC|ĐẠI DIỆN))|CỤC|VỤ|VĂN PHÒNG|TRUNG TÂM|CÔNG AN|BỘ CHỈ HUY)\\s.+)$`, 'u');

/**
 * The organs an upper-case organ block names: one, or, for a joint text's header with two
 * organs on one line, each of them in its order (the second takes the first's place when it
 * names none: "… TỈNH BẮC NINH - SỞ GIÁO DỤC VÀ ĐÀO TẠO" -> "Sở Giáo dục và Đào tạo tỉnh Bắc Ninh").
 */
export function organsFromBlock(lines: string[]): string[] {
  // (the line with both, and after it only the rest of their names: "SỞ GIÁO DỤC VÀ ĐÀO TẠO -
  // CÔNG ĐOÀN NGÀNH GIÁO DỤC" / "TỈNH LẠNG SƠN", the place both names end on)
  let k = lines.length - 1;
  while (k > 0 && ((LEVEL_START.test(lines[k]!) && !PARTY_COMMITTEE.test(lines[k]!)) || NAME_GOES_ON.test(lines[k]!))) k--;
  if (k < 0) return [];
  const parents = lines.slice(0, k);
  const rest = lines.slice(k + 1);
  // (a flattened header is read as its two lines: "UBND TỈNH BẮC NINH - SỞ NỘI VỤ" is the Sở)
  const flat = FLATTENED.exec(lines[k]!);
  if (flat) return organsFromBlock([...parents, flat[1]!, flat[2]!, ...rest]);
  const seam = JOINT_SEAM.exec(lines[k]!);
  if (seam) {
    const left = lines[k]!.slice(0, seam.index).trim();
    const right = lines[k]!.slice(seam.index + seam[0].length).trim();
    return [organFromBlock([...parents, left, ...rest]), organFromBlock([...parents, left, right, ...rest])].filter((o): o is string => !!o);
  }
  const one = organFromBlock(lines);
  return one ? [one] : [];
}

/** The kind of organ a name or a "TM. …" line names (ORGAN_KINDS). */
const organKind = (name: string) => {
  const t = ` ${expandAbbreviations(name).toLowerCase().replace(/uỷ/g, 'ủy')} `;
  return ORGAN_KINDS.find((k) => t.includes(` ${k} `)) ?? null;
};
/**
 * Of a joint text's signature blocks, the one the organization signs: by the organ it signs
 * for ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"), else by a position that organ's head holds ("GIÁM ĐỐC"
 * for a Sở). The lead organ, named first in the header, signs on the right, which a copied
 * text may put after the other block. The first block when none fits.
 */
export function blockOf<B extends { position: string | null; onBehalfOf: string | null }>(organization: string, blocks: B[]): B | undefined {
  const kind = organKind(organization);
  const byOrgan = kind ? blocks.find((b) => b.onBehalfOf && organKind(b.onBehalfOf) === kind) : undefined;
  if (byOrgan) return byOrgan;
  const heads = ORGAN_HEADS.find(([o]) => organization === o || organization.startsWith(o + ' '))?.[1];
  return (heads && blocks.find((b) => !b.onBehalfOf && b.position && heads.includes(b.position.replace(/^Quyền\s+/u, '')))) ?? blocks[0];
}

/** Canonical organization from an upper-case organ block ("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"). */
export function organFromBlock(lines: string[]): string | null {
  if (!lines.length) return null;
  let parts = lines.map((l) => l.replace(/[*_]/g, '').replace(/Uỷ/g, 'Ủy').replace(/UỶ/g, 'ỦY').trim()
    // (OCR drops the hook above: "UY BAN NHÂN DÂN")
    .replace(OCR_UY_BAN, 'ỦY').replace(HEAD_OF_ORGAN, '')
    .replace(STANDING_BODY_ABBR, (a) => (a === 'BCH' ? 'BAN CHẤP HÀNH' : 'BAN THƯỜNG VỤ'))
    // levels written short: "UBND TP. ĐÀ NẴNG", "THÀNH ĐOÀN TP.HCM", "UBND TX. SƠN TÂY"
    .replace(BLOCK_HCM, 'THÀNH PHỐ HỒ CHÍ MINH').replace(BLOCK_CITY, 'THÀNH PHỐ ').replace(BLOCK_TOWN, 'THỊ XÃ ')).filter(Boolean);
  if (!parts.length) return null;
  // "UBND TỈNH CAO BẰNG" / "SỞ NỘI VỤ": the last organ is the issuer, unless the next line is its level
  const joined: string[] = [];
  for (const p of parts) {
    if (joined.length && ((LEVEL_START.test(p) && !PARTY_COMMITTEE.test(p)) || NAME_GOES_ON.test(p) || NAME_BROKEN.test(joined[joined.length - 1]!))) joined[joined.length - 1] += ' ' + p;
    else joined.push(p);
  }
  parts = joined;
  const last = parts[parts.length - 1]!;
  const parents = parts.slice(0, -1);

  // party committees: "ĐẢNG BỘ TỈNH NGHỆ AN" / "TỈNH ỦY" -> "Tỉnh ủy Nghệ An";
  // "ĐẢNG BỘ XÃ TÂN LẬP" / "ĐẢNG ỦY" -> "Đảng ủy xã Tân Lập"
  const pc = PARTY_COMMITTEE.exec(last);
  if (pc) {
    const committee = `${pc[2]!.charAt(0)}${pc[2]!.slice(1).toLowerCase()} ủy`;
    // "ĐẢNG ỦY XÃ TÂN LẬP": the level is a common noun; "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH": an organ's name
    let where = pc[3] ? (!LEVEL_AND_PLACE.test(pc[3]) && /^KHỐI\s/u.test(pc[3]) ? caseOrganization(pc[3]) : placeWithLevel(pc[3])) : null;
    // "ĐẢNG BỘ TỈNH LÂM ĐỒNG" / "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH": the bloc's level is the party
    // organization's above it, and so is its place
    const bloc = where && /^Khối\s.+\s(tỉnh|thành phố|huyện|quận|thị xã)$/u.exec(where);
    if (bloc) {
      for (const p of parents) {
        const lv = LEVEL_AND_PLACE.exec(PARTY_BODY.exec(p)?.[1] ?? '');
        if (lv && lv[1]!.toLowerCase() === bloc[1]) where += ' ' + placeCase(lv[2]!);
      }
    }
    if (!where) {
      for (const p of parents) {
        const body = PARTY_BODY.exec(p);
        if (!body) continue;
        const lv = LEVEL_AND_PLACE.exec(body[1]!);
        where = lv ? (committee === 'Đảng ủy' ? `${lv[1]!.toLowerCase()} ` : '') + placeCase(lv[2]!) : placeCase(body[1]!);
      }
    }
    return `${pc[1] ? 'Ban Thường vụ ' : ''}${committee}${where ? ' ' + where : ''}`;
  }
  const yc = YOUTH_COMMITTEE.exec(last);
  if (yc) {
    const where = yc[3] ? placeWithLevel(yc[3]) : null;
    const head = yc[1] ? `${/THƯỜNG/iu.test(yc[1]) ? 'Ban Thường vụ' : 'Ban Chấp hành'} ` : '';
    return `${head}${yc[2]!.charAt(0)}${yc[2]!.slice(1).toLowerCase()} Đoàn${where ? ' ' + where : ''}`;
  }
  const own = caseOrganization(last);
  // "UBND TỈNH HÀ GIANG" / "VĂN PHÒNG": the office of that organ, named with it in full; so is
  // its standing body ("ỦY BAN MTTQ VIỆT NAM TỈNH X" / "BAN THƯỜNG TRỰC")
  if (/^(?:Văn phòng|Thanh tra|Ban Thường trực|Ban Thường vụ|Ban Chấp hành|Thường trực)$/u.test(own) && parents.length) return `${own} ${organFromBlock(parents)}`;
  // a branch is named after the organ it belongs to: "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH
  // TỈNH BÌNH ĐỊNH" -> "Ngân hàng nhà nước việt nam Chi nhánh tỉnh Bình Định"
  if (/^Chi nhánh(?:\s|$)/u.test(own) && parents.length) return `${organFromBlock(parents)} ${own}`;
  // a national association above its local committee ("HỘI NÔNG DÂN VIỆT NAM" / "BCH TỈNH BẮC
  // NINH"): the association at that level -> "Ban Chấp hành Hội Nông dân tỉnh Bắc Ninh"
  const standing = STANDING_AT_LEVEL.exec(last);
  if (standing && parents.length) {
    const parent = caseOrganization(parents[parents.length - 1]!).replace(/^(Hội\s.+?)\s+Việt Nam$/u, '$1');
    return `${caseOrganization(standing[1]!)} ${parent} ${standing[2]!.toLowerCase()} ${placeCase(standing[3]!)}`;
  }
  // "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" / "SỞ NỘI VỤ" -> "Sở Nội vụ tỉnh Bắc Ninh"
  // (a known name alone has no level, whatever its words: "… VÀ XÃ HỘI")
  // (a school is named by its own name, not by the place of the organ above it)
  if ((KNOWN_ORGANS.includes(own) || !LEVEL_INSIDE.test(` ${last} `)) && !own.startsWith('Trường ') && DEPARTMENT_TYPES.some((t) => own.startsWith(t + ' '))) {
    for (let k = parents.length - 1; k >= 0; k--) {
      // the Central Committee's own commission: "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN TUYÊN GIÁO"
      if (CENTRAL_COMMITTEE.test(parents[k]!) && PARTY_COMMISSIONS.includes(own)) return `${own} Trung ương`;
      // a party committee's own department: "TỈNH ỦY QUẢNG NINH" / "BAN TUYÊN GIÁO"
      if (PARTY_COMMITTEE.test(parents[k]!)) return `${own} ${organFromBlock(parents.slice(0, k + 1))}`;
      const m = LEVEL_TAIL.exec(` ${parents[k]!}`);
      if (m) return `${own} ${m[1]!.toLowerCase()} ${placeCase(m[2]!)}`;
    }
  }
  return own;
}

const placeCase = (s: string) => (s === s.toUpperCase() ? titleCase(s.toLowerCase()) : s);
/**
 * A level and its place as an organ's name writes them: "tỉnh Cao Bằng", and a numbered
 * district or ward with its level capitalized, as its name: "Quận 8", "Phường 12".
 */
export function levelAndPlace(level: string, place: string): string {
  const p = place.trim();
  const l = level.toLowerCase();
  return /^\d+$/.test(p) ? `${l.charAt(0).toUpperCase()}${l.slice(1)} ${p}` : `${l} ${placeCase(p)}`;
}

/** "XÃ TÂN LẬP" -> "xã Tân Lập", "NGHỆ AN" -> "Nghệ An": a place after a committee, its level word in lower case. */
function placeWithLevel(s: string): string {
  const lv = LEVEL_AND_PLACE.exec(s);
  return lv ? levelAndPlace(lv[1]!, lv[2]!) : placeCase(s);
}

/**
 * "TRƯỜNG THCS NGUYỄN HUỆ" -> "Trường THCS Nguyễn Huệ", "TRƯỜNG TIỂU HỌC SỐ 1 NAM LÝ" ->
 * "Trường Tiểu học Số 1 Nam Lý": the level as written (abbreviation or common noun), then
 * the school's own name, a proper name.
 */
function caseSchool(upper: string): string | null {
  const m = /^TRƯỜNG\s+(.+)$/u.exec(upper);
  if (!m) return null;
  let rest = m[1]!;
  let level = '';
  const abbr = SCHOOL_ABBREVIATIONS.find((a) => rest.startsWith(a + ' '));
  if (abbr) { level = abbr; rest = rest.slice(abbr.length + 1); }
  else {
    const lv = SCHOOL_LEVELS.find((l) => rest.toLowerCase().startsWith(l + ' '));
    if (lv) { level = lv.charAt(0).toUpperCase() + lv.slice(1); rest = rest.slice(lv.length + 1); }
  }
  if (/^CHUYÊN\s/u.test(rest)) { level += ' chuyên'; rest = rest.slice(7); }
  return ['Trường', level, titleCase(rest.toLowerCase())].filter(Boolean).join(' ');
}

/** "GIÁO DỤC VÀ ĐÀO TẠO" -> "Giáo dục và Đào tạo": each part after "và", "-" or "," capitalized. */
function caseDepartment(upper: string): string | null {
  const lower = upper.toLowerCase();
  for (const t of DEPARTMENT_TYPES) {
    if (!lower.startsWith(t.toLowerCase() + ' ')) continue;
    const rest = lower.slice(t.length + 1);
    const known = CANONICAL.find((o) => o.toLowerCase() === rest);
    const name = known ?? rest.split(/(\s+và\s+|\s*-\s*|,\s*)/u)
      .map((seg, i) => (i % 2 ? seg : seg.charAt(0).toUpperCase() + seg.slice(1)))
      .join('').replace(/trung ương/gu, 'Trung ương');
    return `${t} ${name}`;
  }
  return null;
}

/** "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG" / "UBND HUYỆN TÂY SƠN" -> "Ủy ban nhân dân huyện Tây Sơn". */
export function caseOrganization(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  // a ministry or department by its known name, whose own words may look like a level
  // ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "SỞ CÔNG THƯƠNG TỈNH X")
  const lower = t.toLowerCase();
  const known = KNOWN_ORGANS.find((o) => lower.startsWith(o.toLowerCase()) && !/[\p{L}\d]/u.test(lower.charAt(o.length)));
  if (known) {
    const after = t.slice(known.length).trim();
    if (!after) return known;
    const rest = LEVEL_AND_PLACE.exec(after);
    if (rest) return `${known} ${rest[1]!.toLowerCase()} ${placeCase(rest[2]!)}`;
  }
  const m = HEAD_LEVEL_PLACE.exec(t);
  let head = m ? m[1]! : t;
  let tail = '';
  if (m) {
    tail = levelAndPlace(m[2]!, m[3]!);
  }
  // a school: its own name is a proper name, and a level word in it is not a place
  const school = t === t.toUpperCase() ? caseSchool(t) : null;
  if (school) return school;
  if (head === head.toUpperCase()) {
    const lower = expandAbbreviations(expandMassOrgCaps(head)).toLowerCase();
    // (a national association's name ends in "Việt Nam": "HỘI NÔNG DÂN VIỆT NAM")
    const national = lower.endsWith(' việt nam') ? CANONICAL.find((o) => o.toLowerCase() === lower.slice(0, -' việt nam'.length)) : undefined;
    // (so is an association's committee: "BCH HỘI NÔNG DÂN TỈNH X" -> "Ban Chấp hành Hội Nông dân tỉnh X")
    const body = STANDING_BODIES.find((b) => lower.startsWith(b.toLowerCase() + ' '));
    const ofBody = body && CANONICAL.find((o) => o.toLowerCase() === lower.slice(body.length + 1));
    head = CANONICAL.find((o) => o.toLowerCase() === lower) ?? (national && `${national} Việt Nam`) ?? (ofBody && `${body} ${ofBody}`)
      ?? caseDepartment(expandAbbreviations(head)) ?? lower.charAt(0).toUpperCase() + lower.slice(1);
  }
  return expandAbbreviations(tail ? `${head} ${tail}` : head).replace(/Uỷ/g, 'Ủy');
}

function expandMassOrgCaps(upper: string): string {
  return MASS_ORG_ABBREVIATIONS_CAPS.reduce((t, [re, full]) => t.replace(re, full), upper);
}

function titleCase(s: string): string {
  return s.split(' ').map((w) => (w === '-' ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

/** Split "Bắc Giang Lê Ánh Dương" into a place and a person's name. */
export function splitPlaceAndName(words: string[]): { place: string | null; name: string | null } {
  const text = words.join(' ');
  for (const p of PROVINCES) {
    if (text === p) return { place: p, name: null };
    if (text.startsWith(p + ' ')) {
      const rest = text.slice(p.length + 1).split(' ');
      return { place: p, name: rest.length >= 2 ? rest.join(' ') : null };
    }
  }
  // "tỉnh Võ Trọng Hải": the words are a person's name, the place is named elsewhere
  if (SURNAMES.has(words[0]!) && words.length >= 2 && words.length <= 4 && !PROVINCES.some((p) => text.startsWith(p))) {
    return { place: null, name: text };
  }
  // a family name starts the person's name: "Tây Sơn Phan Chí Hùng"; where a place's name
  // holds a family name too ("Hoàng Mai Nguyễn Quang Hiếu"), a three-word name is likelier
  let split = -1;
  for (let i = 1; i < words.length - 1; i++) {
    if (SURNAMES.has(words[i]!) && words.length - i >= 2 && words.length - i <= 4) {
      if (split < 0 || words.length - i === 3) split = i;
    }
  }
  if (split > 0) return { place: words.slice(0, split).join(' '), name: words.slice(split).join(' ') };
  if (words.length <= 3) return { place: words.length ? text : null, name: null };
  return { place: words.slice(0, 2).join(' '), name: null };
}

const PROVINCES_UPPER = PROVINCES.map((p) => p.toUpperCase());

// a level's committee, between the level and its place: "Huyện Đoàn Krông Pắc", "Huyện ủy Lục Nam"
const COMMITTEE_WORD = '(?:Đoàn|đoàn|ủy|uỷ)(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])';

/** The place most often named after `level` ("tỉnh Bình Phước") in the text. */
export function dominantPlace(text: string, level: string): string | null {
  // a name does not run on past its line ("huyện Krông Pắc" above a menu line "Giới thiệu | …",
  // a title ending on "… Đảng bộ tỉnh" above a lead "Sáng nay (12/6), …");
  // a name a hard wrap cuts is one vote among the text's other mentions
  // (the level's committee names its place too: "Huyện Đoàn Krông Pắc", "Huyện ủy Lục Nam")
  const Level = level.charAt(0).toUpperCase() + level.slice(1);
  // (a city's level written short: "tại TP Cần Thơ", "TP. Vinh")
  const short = level.toLowerCase() === 'thành phố' ? '|T[Pp]\\.?' : '';
  const re = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:${level}(?:[^\\S\\n]+${COMMITTEE_WORD})?|${Level}[^\\S\\n]+${COMMITTEE_WORD}${short})[^\\S\\n]+((?:${CAP_WORD})(?:[^\\S\\n]+${CAP_WORD}){0,3})`, 'gu');
  const counts = new Map<string, number>();
  for (const m of text.matchAll(re)) {
    const words = m[1]!.split(/\s+/);
    // (two words alone after a level are a place, even one opening on a family name: "huyện
    // Lục Nam tổ chức …"; a person's name written there has three or four: "tỉnh Võ Trọng Hải")
    const place = words.length === 2 ? words.join(' ') : splitPlaceAndName(words).place;
    if (!place || ORG_TYPES.some((o) => place.startsWith(o.split(' ')[0]!))) continue;
    counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  let best: string | null = null, n = 0;
  for (const [k, v] of counts) if (v > n) { best = k; n = v; }
  // no "tỉnh X" anywhere: the province the text names most ("Nghệ An phát động …",
  // "NGHỆ AN - Ngày 15/3, UBND tỉnh …")
  if (!best && level.toLowerCase() === 'tỉnh') {
    const upper = text.toUpperCase();
    PROVINCES.forEach((p, j) => {
      // (a city under the centre is not a "tỉnh"; and "Hồ Chí Minh" is far more often the
      // name of the President, his thought, the Youth Union, than of the city)
      if (CENTRAL_CITIES.has(p)) return;
      let k = 0;
      for (let i = upper.indexOf(PROVINCES_UPPER[j]!); i >= 0; i = upper.indexOf(PROVINCES_UPPER[j]!, i + p.length)) k++;
      if (k > n) { best = p; n = k; }
    });
  }
  return best;
}

const CHAIN_ITEM = new RegExp(`(${POSITION})(?:\\s+(${ORG_TYPE})(?:\\s+(${LEVEL}))?)?`, 'gu');
const HOST = new RegExp(`(${ORG_TYPE})[^.;\\n]{0,80}?(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])tổ chức(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'u');
/** An organ compared across its written forms: "Ban Thường vụ Tỉnh ủy" and "Tỉnh ủy", "UBND" and "Ủy ban nhân dân". */
function organKey(org: string): string {
  return expandAbbreviations(org).replace(/^Ban Thường vụ\s+/u, '').toLowerCase();
}
/** The organ that holds the event, from the lead: "Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức …". */
function organizer(body: string): string | null {
  const m = HOST.exec(body.slice(0, 800));
  return m ? organKey(m[1]!) : null;
}

// the abbreviations that stand for "thành phố" ("TP.HCM", "TP. Đà Nẵng")
const CITY_ABBREVIATIONS = ORG_ABBREVIATIONS.filter(([, full]) => full.startsWith('thành phố'));

const DELEGATED_BY = /(?:ủy|uỷ)\s+quyền(?:\s+của)?\s*$/iu;

// any of the mass organizations' short names (the table's own patterns)
const MASS_ORG_HINT = new RegExp(MASS_ORG_ABBREVIATIONS.map(([re]) => re.source).join('|'), 'u');
const EXECUTIVE_OF_PARTY = new RegExp(`(?:Ban Chấp hành|BCH)\\s+Đảng bộ\\s+(${PARTY_COMMITTEE_OF_LEVEL.map(([l]) => l).join('|')})(?=\\s+[A-ZĐ])`, 'gu');
const COMMITTEE_OF = new Map(PARTY_COMMITTEE_OF_LEVEL);
function partyCommittees(body: string): string {
  return body.includes('Đảng bộ') ? body.replace(EXECUTIVE_OF_PARTY, (_, level: string) => COMMITTEE_OF.get(level)!) : body;
}
const PROVINCIAL_DEPARTMENTS = DEPARTMENTS.filter((d) => d.startsWith('Sở '));
const DEPARTMENT_NAMED = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:${PROVINCIAL_DEPARTMENTS.sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'gu');
const SHORT_DEPARTMENT_HEAD = /((?:Phó\s+)?Giám đốc\s+)Sở(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gu;
/** "Sở Giáo dục và Đào tạo Nghệ An tổ chức … Giám đốc Sở Thái Văn Thành phát động": with one
 * department named in the text, "Giám đốc Sở" is its director. */
function headOfNamedDepartment(body: string): string {
  if (!/Giám đốc\s+Sở/u.test(body)) return body;
  const named = new Set([...body.matchAll(DEPARTMENT_NAMED)].map((m) => m[0]));
  if (named.size !== 1) return body;
  const department = [...named][0]!;
  // ("Giám đốc Sở Giáo dục và Đào tạo" already names it)
  const own = department.slice(3);
  return body.replace(SHORT_DEPARTMENT_HEAD, (all, head: string, at: number) =>
    body.slice(at + all.length, at + all.length + own.length + 4).trimStart().startsWith(own) ? all : `${head}${department}`);
}

/** The actor who launches/calls for the campaign, read from the body. */
export function issuerFromBody(text: string, fullText: string): Issuer | null {
  // "Sở Y tế TP.HCM", "UBND TP. Đà Nẵng": the city's level written out, so it reads as a level
  // "Liên đoàn Lao động (LĐLĐ) tỉnh X … Chủ tịch LĐLĐ tỉnh": the text's own abbreviations written out
  const own = expandDefined(text);
  const cities = /TP|Tp\./u.test(own) ? CITY_ABBREVIATIONS.reduce((t, [re, full]) => t.replace(re, full.trimEnd() + ' '), own) : own;
  // "Sở GD&ĐT Hà Nội", "Bộ GD&ĐT": a department's or a ministry's name written out, so it reads as one
  const departments = /(?:Sở|Bộ)\s+[A-ZĐ]{2}/u.test(cities) ? DEPARTMENT_ABBREVIATIONS.reduce((t, [re, full]) => t.replace(re, full), cities) : cities;
  // "Chủ tịch LĐLĐ tỉnh", "Ban Chấp hành Đảng bộ huyện X", "Giám đốc Sở" after the department
  // was named: the organ written as its full name
  const organs = headOfNamedDepartment(partyCommittees(MASS_ORG_HINT.test(departments)
    ? MASS_ORG_ABBREVIATIONS.reduce((t, [re, full]) => t.replace(re, full), departments) : departments));
  const body = organs.includes('Trưởng ban') ? organs.replace(HEAD_OF_COMMISSION, '$1Ban ') : organs;
  let fallback: Issuer | null = null;
  let guest: Issuer | null = null;
  let asking: Issuer | null = null;
  // each office as first named in full ("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng nhấn mạnh …"),
  // for a later, shorter mention that acts ("Bí thư Thành ủy đề nghị …")
  const named = new Map<string, { organization: string; signer: string | null }>();
  for (const m of body.matchAll(ACTOR)) {
    // "Thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí X, Phó Chủ tịch UBND tỉnh phát động":
    // the one who delegates is not the one who acts
    if (DELEGATED_BY.test(body.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    const after = body.slice(m.index! + m[0].length, m.index! + m[0].length + 220).split(/[.;!?\n]/)[0]!;
    const acts = ACTS.test(after) || ACTS.test(m[0]);
    let position = canonicalPosition(m[3]!) ?? m[3]!;
    let orgType = orgTypeOf(m[4]!);
    let level = m[5] ?? null;
    let words = (m[6] ?? '').trim().split(/\s+/).filter(Boolean);
    // one person, several offices ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"): the office of the
    // organ that holds the event ("Ban Thường vụ Tỉnh ủy … tổ chức Lễ phát động")
    if (m[2]) {
      const host = organizer(body);
      const held = host && host !== organKey(orgType) ? [...m[2].matchAll(CHAIN_ITEM)].find((c) => c[2] && organKey(c[2]) === host) : undefined;
      if (held) {
        position = canonicalPosition(held[1]!) ?? held[1]!;
        orgType = orgTypeOf(held[2]!);
        level = held[3] ?? null;
        words = [];
      }
    }
    // (a person named before the office leaves only the place after it: "ông Nguyễn Văn Hưng -
    // Chủ tịch UBND thị xã Hoàng Mai", where "Hoàng Mai" reads like a name)
    // ("Chủ tịch UBND Quận 8": a numbered district or ward, its level written with a capital)
    // (and the holder's name may follow it: "Chủ tịch UBND phường 12 Nguyễn Văn An")
    const numbered = level !== null && words.length > 0 && /^\d+$/.test(words[0]!);
    if (numbered) level = levelAndPlace(level!, words[0]!).split(' ')[0]!;
    let { place, name } = !words.length ? { place: null, name: null } : numbered ? { place: words[0]!, name: words.length >= 3 ? words.slice(1).join(' ') : null }
      : m[1] ? { place: words.join(' '), name: null } : splitPlaceAndName(words);
    // where the organ is: "Ủy ban nhân dân tỉnh X" and "Sở Y tế tỉnh X" write the level,
    // a party committee names its place right after it ("Tỉnh ủy Quảng Ninh")
    const department = DEPARTMENTS.includes(orgType);
    const placeLevel = level ?? (department ? 'tỉnh' : COMMITTEE_LEVEL[orgType] ?? null);
    if (!placeLevel) { name = words.length >= 2 ? words.join(' ') : null; place = null; }
    let signer = m[1] ?? name ?? null;
    if (signer && !SURNAMES.has(signer.split(' ')[0]!)) signer = m[1] ?? null;
    signer ??= apposedName(body, m.index! + m[0].length);
    const placeNamed = !!place;
    if (placeLevel && !place) place = dominantPlace(fullText, placeLevel);
    const levelWord = level ?? (department && place ? (CENTRAL_CITIES.has(place) ? 'thành phố' : placeLevel) : null);
    const organization = [orgType, levelWord, place].filter(Boolean).join(' ');
    const found: Issuer = { organization, position, signer };
    const office = `${position}|${orgType}|${level ?? ''}`;
    const earlier = named.get(office);
    if (earlier && !placeNamed && !signer) { found.organization = earlier.organization; found.signer = earlier.signer; }
    else if (placeNamed && !named.has(office)) named.set(office, { organization, signer });
    if (acts) {
      if (!found.signer) {
        // "Đồng chí Lê Ánh Dương, Chủ tịch UBND tỉnh phát động …" elsewhere names the person
        const who = findNamedHolder(body, position);
        if (who) found.signer = who;
      }
      // one who launches or calls for the campaign is the issuer; one who only asks ("Bí thư
      // Quận ủy … đề nghị các phường …") is, unless an organ launches it
      if (LAUNCH_ACTS.test(after) || LAUNCH_ACTS.test(m[0])) return found;
      asking ??= found;
      continue;
    }
    // a guest ("Dự buổi lễ có đồng chí X, Phó Bí thư Tỉnh ủy …") is the issuer only when nothing else is
    if (ATTENDING.test(sentenceBefore(body, m.index!))) guest ??= found;
    else fallback ??= found;
  }
  // the head of government, when no office holder above acts ("Thủ tướng Chính phủ Phạm Minh Chính dự và phát động …")
  for (const m of body.matchAll(GOVERNMENT_HEAD)) {
    if (!launches(body, m.index!, 300)) continue;
    return { organization: 'Chính phủ', ...headOf(body, 'Chính phủ') };
  }
  // the head of state or of the Party ("Chủ tịch nước Nguyễn Xuân Phúc … phát động phong trào
  // thi đua yêu nước", "Tổng Bí thư … kêu gọi"): the office is the issuing authority, as the
  // President's own texts are headed "CHỦ TỊCH NƯỚC"; the Party's head speaks for its Central
  // Committee
  for (const m of body.matchAll(STATE_HEAD)) {
    // (not one whose call is answered: "Hưởng ứng lời kêu gọi của Tổng Bí thư …, tỉnh phát động …")
    if (!SURNAMES.has(m[2]!.split(/\s+/)[0]!) || !launches(body, m.index!, 300) || inPassing(body, m.index!) || /(?:^|\s)của\s*$/u.test(body.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const position = m[1]!.replace(/\s+/g, ' ');
    return { organization: /Bí thư/u.test(position) ? 'Ban Chấp hành Trung ương Đảng' : 'Chủ tịch nước', position, signer: m[2]! };
  }
  // an organ that launches, through its holder named above, else its head named anywhere
  const holder = (organization: string): Issuer => {
    const person = [asking, fallback].find((p) => p?.organization === organization);
    if (person && !person.signer && person.position) person.signer = findNamedHolder(body, person.position);
    return person?.signer ? person : { organization, ...headOf(body, organization) };
  };
  // no person: an organ that launches the campaign ("UBND tỉnh Tây Ninh sáng 4/2 tổ chức hội
  // nghị phát động phong trào thi đua")
  for (const m of body.matchAll(ORGAN_ACTOR)) {
    if (!launches(body, m.index!, 260)) continue;
    if (inPassing(body, m.index!)) continue;
    const words = (m[3] ?? '').trim().split(/\s+/);
    // ("UBND Quận 8": a numbered district is named with its level)
    if (m[2] && /^\d+$/.test(words[0]!)) return holder(`${orgTypeOf(m[1]!)} ${levelAndPlace(m[2], words[0]!)}`);
    const level = m[2] ? m[2].toLowerCase() : (CENTRAL_CITIES.has(m[4]!) ? 'thành phố' : 'tỉnh');
    // (no office before the organ, so two or three capitalized words after its level are a
    // place, even one that reads like a person's name: "UBND quận Hoàng Mai")
    const place = m[4] ?? splitPlaceAndName(words).place ?? dominantPlace(fullText, level) ?? (words.length <= 3 && !POSITION_BEFORE.test(body.slice(Math.max(0, m.index! - 20), m.index!)) ? words.join(' ') : null);
    const organization = [orgTypeOf(m[1]!), level, place].filter(Boolean).join(' ');
    return holder(organization);
  }
  for (const m of body.matchAll(COMMITTEE_ACTOR)) {
    const [, commission, levelWord, kind, city, words] = m;
    if (commission && kind!.endsWith('oàn')) continue;
    if (!launches(body, m.index!, 260) || inPassing(body, m.index!)) continue;
    const committee = orgTypeOf(`${levelWord} ${kind}`);
    const named = words!.trim() ? splitPlaceAndName(words!.trim().split(/\s+/)).place : null;
    const place = named ?? (commission && !city ? dominantPlace(fullText, COMMITTEE_LEVEL[committee]!) : null);
    if (!place) continue;
    // ("Thành ủy TP Hồ Chí Minh": the city's level kept with its name)
    const organization = `${commission ? commission.replace(/\s+/g, ' ') + ' ' : ''}${committee} ${city ? 'thành phố ' : ''}${place}`;
    return holder(organization);
  }
  // a ministry or a national organ, which needs no level ("Bộ Nông nghiệp và Phát triển nông
  // thôn tổ chức Hội nghị … và phát động phong trào thi đua"); its head speaks for it
  for (const m of body.matchAll(NATIONAL_ACTOR)) {
    if (!launches(body, m.index!, 300)) continue;
    const organization = m[1]!.replace(/\s+/g, ' ');
    return holder(organization);
  }
  // an institution ("Tập đoàn Điện lực Việt Nam (EVN) tổ chức lễ phát động …", "Bệnh viện Bạch
  // Mai phát động …"): its head, written by office ("Giám đốc Bệnh viện", "Hiệu trưởng nhà
  // trường", "Chủ tịch Hội đồng thành viên EVN"), speaks for it
  if (!asking && !fallback) {
    for (const m of body.matchAll(INSTITUTION_ACTOR)) {
      if (!launches(body, m.index!, 300) || inPassing(body, m.index!)) continue;
      const organization = m[1]!.replace(/\s+/g, ' ');
      return { organization, ...headOf(body, organization, m[2]) };
    }
  }
  if (asking) return asking;
  if (fallback) {
    if (!fallback.signer && fallback.position) fallback.signer = findNamedHolder(body, fallback.position);
    return fallback;
  }
  return guest;
}

// the holder named after the office, set off by a comma or a dash, with an honorific or a
// title (lower case too: "Giám đốc Sở Y tế, bác sĩ Lê Văn Bằng"): "Chủ tịch UBND tỉnh, ông Võ Văn Hưng"
// (the title's first letter is raised, so that the honorifics, written capitalized, read it)
const APPOSED_NAME = new RegExp(`^\\s*[,–-]\\s*(?:${HONORIFIC})\\s+(${CAP_WORD}(?:\\s+${CAP_WORD}){1,4})`, 'u');
function apposedName(body: string, at: number): string | null {
  const m = APPOSED_NAME.exec(body.slice(at, at + 80).replace(/^(\s*[,–-]\s*)(\p{Ll})/u, (_all, sep: string, c: string) => sep + c.toUpperCase()));
  return m && SURNAMES.has(m[1]!.split(/\s+/)[0]!) ? m[1]!.replace(/\s+/g, ' ') : null;
}

// an office right before an organ: "Chủ tịch UBND tỉnh …"
const POSITION_BEFORE = new RegExp(`(?:${POSITION})\\s*$`, 'u');
// a sentence that lists who attended: "Dự buổi lễ có …", "Tham dự hội nghị có …", "Đến dự …"
const ATTENDING = /^(?:Tham dự|Dự|Cùng dự|Đến dự|Tới dự|Về dự|Có mặt)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/u;
/** The start of the sentence that holds `at`, up to `at`. */
function sentenceBefore(body: string, at: number): string {
  const before = body.slice(Math.max(0, at - 400), at);
  const k = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '));
  return before.slice(k + 1).trimStart();
}

/**
 * Does the sentence that starts at `at` (read up to `reach` characters) launch or call for the
 * campaign? ("Lễ ra quân Chiến dịch Thanh niên tình nguyện hè", "Lễ khởi động Tháng Thanh
 * niên": a launch, as the youth union and the police name it)
 */
function launches(body: string, at: number, reach: number): boolean {
  return LAUNCH_WORDS.test(body.slice(at, at + reach).split(/[.;!?\n]/)[0]!);
}
// (or issues the directive the news reports: "Thủ tướng Chính phủ Phạm Minh Chính vừa ký ban
// hành Chỉ thị số 05/CT-TTg …", "UBND tỉnh ban hành Kế hoạch tổ chức phong trào …")
const LAUNCH_WORDS = /phát động|kêu gọi|ra quân|khởi động|(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])ban hành\s+(?:Chỉ thị|Kế hoạch|Công điện|Nghị quyết|Quyết định|Hướng dẫn|Chương trình)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/u;
/** Is the organ at `at` named in passing ("Theo Sở Nội vụ tỉnh …")? */
const inPassing = (body: string, at: number) => NOT_SUBJECT.test(body.slice(Math.max(0, at - 20), at));

// a numbered command of the army: "Bộ Tư lệnh Quân khu 7", "Quân đoàn 12"
const MILITARY_COMMAND = String.raw`(?:Bộ\s+Tư\s+lệnh\s+)?Quân\s+(?:khu|đoàn)\s+\d{1,2}(?![\d/.,])`;
const NATIONAL_ACTOR = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(${MILITARY_COMMAND}|${[...MINISTRIES, ...NATIONAL_ORGANS].sort((a, b) => b.length - a.length).map((o) => o.replace(/\s+/g, '\\s+')).join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'gu');

// an institution by its name, written in sentence case: words in lower case go on it between
// capitalized ones ("Tập đoàn Điện lực Việt Nam", "Bệnh viện Đa khoa tỉnh Nghệ An"), and a verb
// or a preposition ends it ("Công ty Điện lực Thanh Hóa tổ chức Lễ phát động …"); its short
// form may follow in parentheses: "(EVN)"
const NOT_IN_NAME = ['tổ chức', 'phát động', 'triển khai', 'ra quân', 'phối hợp', 'long trọng', 'chính thức', 'hưởng ứng', 'kêu gọi',
  'ký kết', 'tiến hành', 'khai mạc', 'công bố', 'tuyên dương', 'vinh danh', 'thực hiện', 'tham gia', 'đề nghị', 'yêu cầu', 'chỉ đạo',
  'trao tặng', 'tổng kết', 'sơ kết', 'đã', 'vừa', 'sẽ', 'đang', 'cho', 'tại', 'với', 'đạt', 'có', 'là', 'được', 'nhận', 'họp', 'trao', 'cùng', 'của'];
const IN_NAME_LOWER = `(?!(?:${NOT_IN_NAME.join('|')})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF]))[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]+`;
const INSTITUTION_ACTOR = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])((?:${INSTITUTION_TYPES.map((t) => t.replace(/\s+/g, '\\s+')).join('|')})\\s+${CAP_WORD}(?:(?:\\s+${IN_NAME_LOWER}){0,2}\\s+${CAP_WORD}){0,5})(?:\\s*\\(([A-ZĐ][A-Za-zĐ&-]{1,11})\\))?`, 'gu');

// the head of state or of the Party, by office and name
const STATE_HEAD = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])((?:Phó\\s+)?Chủ\\s+tịch\\s+nước|Tổng\\s+Bí\\s+thư)\\s+(${CAP_WORD}(?:\\s+${CAP_WORD}){1,3})`, 'gu');
const GOVERNMENT_HEAD = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:Phó\\s+)?Thủ\\s+tướng(?:\\s+Chính\\s+phủ)?\\s+${CAP_WORD}(?:\\s+${CAP_WORD}){1,3}`, 'gu');

/**
 * The head of an organ named in a news text by office and name alone ("Bộ trưởng Lê Minh
 * Hoan yêu cầu …"): the first who acts (calls for, launches, asks), else the first named.
 */
function headOf(body: string, organization: string, shortName?: string): { position: string | null; signer: string | null } {
  const entry = ORGAN_HEADS.find(([o]) => organization === o || organization.startsWith(o + ' '));
  if (!entry) return { position: null, signer: null };
  const [type, heads] = entry;
  const office = [...heads].sort((a, b) => b.length - a.length).map(flexible).join('|');
  // (the organ named in full or by its type alone: "Bí thư Thành ủy Nguyễn Văn Nên"; an
  // institution also by its short name or as "nhà trường", either case: "Chủ tịch Hội đồng
  // thành viên EVN", "PGS.TS Trần Trung Tính, Hiệu trưởng Nhà trường")
  const institution = INSTITUTION_TYPES.some((t) => organization.startsWith(t + ' '));
  // (a command by its own name: "Tư lệnh Quân khu" for "Bộ Tư lệnh Quân khu 7")
  const command = /^Bộ Tư lệnh\s+(.+?)(?:\s+\d{1,2})?$/u.exec(organization);
  const names = [flexible(organization), flexible(type), ...(shortName ? [flexible(shortName)] : []), ...(institution ? ['[Nn]hà\\s+[Tt]rường'] : []),
    ...(command ? [`${flexible(command[1]!)}(?:\\s+\\d{1,2})?`] : [])].join('|');
  const re = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(${office})(?:\\s+(?:${names}))?\\s+(${CAP_WORD}(?:\\s+${CAP_WORD}){1,3})`, 'gu');
  let first: { position: string; signer: string } | null = null;
  for (const m of body.matchAll(re)) {
    const words = m[2]!.split(/\s+/);
    if (!SURNAMES.has(words[0]!)) continue;
    const found = { position: canonicalPosition(m[1]!) ?? m[1]!.replace(/\s+/g, ' '), signer: m[2]! };
    const after = body.slice(m.index! + m[0].length, m.index! + m[0].length + 160).split(/[.;!?\n]/)[0]!;
    if (ACTS.test(after)) return found;
    first ??= found;
  }
  if (first) return first;
  // the name first: "đồng chí Phạm Văn Tuân, Chủ tịch Liên đoàn Lao động tỉnh"
  const named = namedHolder(body, `(${office})\\s+(?:${flexible(organization.replace(LEVEL_TAIL, ''))}${institution || command ? `|${names}` : ''})`);
  if (named && SURNAMES.has(named[1]!.split(/\s+/)[0]!)) return { position: canonicalPosition(named[2]!) ?? named[2]!.replace(/\s+/g, ' '), signer: named[1]! };
  return { position: null, signer: null };
}

/**
 * A name or office as a pattern, as the text may write it: regex characters escaped, any run of
 * whitespace between its words, and a word after the first in either case ("Thành đoàn" for
 * "Thành Đoàn", "Liên đoàn lao động" for "Liên đoàn Lao động").
 */
const flexible = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').split(/\s+/)
  .map((w, i) => {
    const c = w.charAt(0);
    return i > 0 && c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]${w.slice(1)}` : w;
  }).join('\\s+');

/**
 * A person named before an office ("đồng chí X, Chủ tịch UBND tỉnh"): `office` is a pattern
 * with one group; the match's group 1 is the name, group 2 the office as written.
 */
function namedHolder(body: string, office: string): RegExpExecArray | null {
  // other offices may stand between: "đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"
  return new RegExp(`(?:${HONORIFIC})\\s+(${CAP_WORD}(?:\\s+${CAP_WORD}){1,3})\\s*(?:,|[-–]|\\()\\s*(?:[^,;.()\\n\\-–]{2,60}[,–-]\\s*){0,3}${office}(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'u').exec(body);
}

function findNamedHolder(body: string, position: string): string | null {
  return namedHolder(body, `(${flexible(position)})`)?.[1] ?? null;
}
