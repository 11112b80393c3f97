// Vietnamese word lists used by the extractors, kept as data.

/** Digit words, with their variants. */
export const DIGIT_WORDS: Record<string, number> = {
  'không': 0, 'linh': 0, 'lẻ': 0,
  'một': 1, 'mốt': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'lăm': 5, 'nhăm': 5,
  'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9, 'mười': 10, 'mươi': 10,
};

/** Scale words. */
export const SCALE_WORDS: Record<string, number> = {
  'trăm': 100, 'nghìn': 1e3, 'ngàn': 1e3, 'vạn': 1e4, 'triệu': 1e6, 'tỷ': 1e9, 'tỉ': 1e9,
};

/** Ordinals after "Thứ": "Thứ nhất", "Thứ tư", "Thứ mười một". */
export const ORDINAL_AFTER_THU: Record<string, number> = {
  'nhất': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
};

/** Vietnamese alphabet order for letter markers "a)", "b)", "đ)". */
export const LETTER_ORDER = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/**
 * The manner a document type may carry after its name: "Chương trình hành động", "Kế hoạch
 * liên tịch" (issued jointly), "Quy chế phối hợp" (of a cooperation), "Hướng dẫn liên ngành".
 */
export const TYPE_MANNERS = ['hành động', 'công tác', 'phối hợp', 'liên tịch', 'liên ngành'];

/** Document type names (tên loại) -> contract kind. Longest first when matching. */
export const KIND_NAMES: [string, string][] = [
  ['thông tư liên tịch', 'thong-tu'],
  ['chỉ thị', 'chi-thi'], ['kế hoạch', 'ke-hoach'], ['quyết định', 'quyet-dinh'], ['nghị quyết', 'nghi-quyet'],
  ['nghị định', 'nghi-dinh'], ['thông tư', 'thong-tu'], ['kết luận', 'ket-luan'], ['thông báo', 'thong-bao'],
  ['công văn', 'cong-van'], ['công điện', 'cong-dien'], ['báo cáo', 'bao-cao'], ['hướng dẫn', 'huong-dan'],
  ['chương trình', 'chuong-trinh'], ['đề án', 'de-an'], ['quy định', 'quy-dinh'], ['quy chế', 'quy-che'],
  ['tờ trình', 'to-trinh'], ['luật', 'luat'], ['bộ luật', 'luat'],
  // a type and the manner of it, on one line: "CHƯƠNG TRÌNH HÀNH ĐỘNG / thực hiện Nghị quyết …"
  // ("… LIÊN TỊCH", "… LIÊN NGÀNH": issued jointly; "… PHỐI HỢP": of a cooperation)
  ...([['chương trình', 'chuong-trinh'], ['kế hoạch', 'ke-hoach'], ['hướng dẫn', 'huong-dan'], ['quy chế', 'quy-che'],
    ['nghị quyết', 'nghi-quyet'], ['quy định', 'quy-dinh'], ['thông báo', 'thong-bao']] as const)
    .flatMap(([name, kind]) => TYPE_MANNERS.map((how): [string, string] => [`${name} ${how}`, kind])),
  ['thông báo kết luận', 'thong-bao'],
  // types of their own that the contract has no kind for: the kind line and the title under it
  // are still read ("LỜI KÊU GỌI / Thi đua …", the party's "THÔNG TRI")
  ['lời kêu gọi', 'unknown'], ['thư kêu gọi', 'unknown'], ['thư ngỏ', 'unknown'], ['thông tri', 'unknown'], ['tuyên bố', 'unknown'],
  ['phương án', 'unknown'], ['quy hoạch', 'unknown'], ['phụ lục', 'unknown'],
];

/**
 * Types whose line also carries the subject ("BẢN GIAO ƯỚC THI ĐUA NĂM 2024", an emulation
 * cluster's pact; "BẢN ĐĂNG KÝ THI ĐUA"): the contract has no kind for them, and the whole line
 * is the title.
 */
export const SELF_TITLED_KINDS = ['bản giao ước', 'giao ước thi đua', 'bản đăng ký thi đua', 'bản đăng ký giao ước', 'bản cam kết'];

/** Type codes in a number ("01/CT-UBND") -> contract kind. */
export const TYPE_CODE_KIND: Record<string, string> = {
  CT: 'chi-thi', KH: 'ke-hoach', QĐ: 'quyet-dinh', NQ: 'nghi-quyet', NĐ: 'nghi-dinh', TT: 'thong-tu',
  TTLT: 'thong-tu', KL: 'ket-luan', TB: 'thong-bao', CĐ: 'cong-dien', BC: 'bao-cao', HD: 'huong-dan',
  CTr: 'chuong-trinh', CTR: 'chuong-trinh', ĐA: 'de-an', QĐi: 'quy-dinh', QC: 'quy-che', TTr: 'to-trinh', TTR: 'to-trinh',
};

/** Type codes -> the type's name, for a number cited without its type ("…, 45/2023/QĐ-UBND"). */
export const TYPE_CODE_NAME: Record<string, string> = {
  CT: 'Chỉ thị', KH: 'Kế hoạch', QĐ: 'Quyết định', NQ: 'Nghị quyết', NĐ: 'Nghị định', TT: 'Thông tư', TTLT: 'Thông tư liên tịch',
  KL: 'Kết luận', TB: 'Thông báo', CĐ: 'Công điện', BC: 'Báo cáo', HD: 'Hướng dẫn', CTr: 'Chương trình', CTR: 'Chương trình',
  ĐA: 'Đề án', QĐi: 'Quy định', QC: 'Quy chế', TTr: 'Tờ trình', TTR: 'Tờ trình',
};

/** Issuer codes -> meaning. */
export const ISSUER_CODES: Record<string, string> = {
  TW: 'Trung ương Đảng', BCT: 'Bộ Chính trị', BBT: 'Ban Bí thư', BCHTW: 'Ban Chấp hành Trung ương',
  TTg: 'Thủ tướng Chính phủ', CP: 'Chính phủ', QH: 'Quốc hội', UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  CTN: 'Chủ tịch nước', UBND: 'Ủy ban nhân dân', HĐND: 'Hội đồng nhân dân', TU: 'Tỉnh ủy', HU: 'Huyện ủy',
  TTU: 'Thành ủy', ThU: 'Thành ủy', QU: 'Quận ủy', ĐU: 'Đảng ủy', MTTQ: 'Mặt trận Tổ quốc', BNV: 'Bộ Nội vụ',
  BTC: 'Bộ Tài chính', BCA: 'Bộ Công an', BQP: 'Bộ Quốc phòng', BYT: 'Bộ Y tế', BGDĐT: 'Bộ Giáo dục và Đào tạo',
  HĐTĐKT: 'Hội đồng Thi đua - Khen thưởng', TĐKT: 'Thi đua - Khen thưởng', BTĐKT: 'Ban Thi đua - Khen thưởng',
  VPCP: 'Văn phòng Chính phủ', TLĐ: 'Tổng Liên đoàn Lao động Việt Nam', BTGTW: 'Ban Tuyên giáo Trung ương',
};

/** Abbreviations expanded in organization names. */
export const ORG_ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])UBND(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gu, 'Ủy ban nhân dân'],
  [/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])HĐND(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gu, 'Hội đồng nhân dân'],
  [/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])UBMTTQVN(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gu, 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  [/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])MTTQVN(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gu, 'Mặt trận Tổ quốc Việt Nam'],
  [/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])MTTQ(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gu, 'Mặt trận Tổ quốc'],
  [/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])TW(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gu, 'Trung ương'],
  [/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])TĐKT(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gu, 'Thi đua - Khen thưởng'],
  [/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:TP\.?\s*HCM|TPHCM|Tp\.\s*HCM)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gu, 'thành phố Hồ Chí Minh'],
  [/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:TP|Tp)\.\s*/gu, 'thành phố '],
  // (without its dot before a capital: "TP Đà Nẵng", "Thành ủy TP Hồ Chí Minh")
  [/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:TP|Tp)\s+(?=[A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])/gu, 'thành phố '],
  [/(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])Uỷ(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gu, 'Ủy'],
];

/**
 * Kinds of organ, as a name or a signature's "TM. …" line shows them, most specific first
 * ("BCH CÔNG ĐOÀN NGÀNH" is a trade union's, "BAN THƯỜNG VỤ TỈNH ĐOÀN" the youth union's).
 */
export const ORGAN_KINDS = ['công đoàn', 'liên đoàn lao động', 'đoàn', 'ủy ban nhân dân', 'hội đồng nhân dân', 'hội đồng', 'mặt trận', 'hội',
  'sở', 'đảng ủy', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'công an', 'phòng', 'trường'];

/** Departments' and ministries' names as news writes them short ("Sở GD&ĐT Hà Nội", "Bộ GD&ĐT"). */
export const DEPARTMENT_ABBREVIATIONS: [RegExp, string][] = ([
  ['GD&ĐT|GDĐT|GD-ĐT', 'Giáo dục và Đào tạo'], ['LĐ-TB&XH|LĐTB&XH|LĐTBXH', 'Lao động - Thương binh và Xã hội'],
  ['VH,TT&DL|VHTT&DL|VHTTDL', 'Văn hóa, Thể thao và Du lịch'], ['KH&ĐT|KHĐT', 'Kế hoạch và Đầu tư'],
  ['NN&PTNT|NNPTNT', 'Nông nghiệp và Phát triển nông thôn'], ['TN&MT|TNMT', 'Tài nguyên và Môi trường'],
  ['TT&TT|TTTT', 'Thông tin và Truyền thông'], ['KH&CN|KHCN', 'Khoa học và Công nghệ'], ['GTVT', 'Giao thông vận tải'],
] as [string, string][]).map(([short, full]) => [new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(Sở|Bộ)\\s+(?:${short})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF&])`, 'gu'), `$1 ${full}`]);

/** Mass organizations as news writes them short ("Chủ tịch LĐLĐ tỉnh", "Hội LHPN huyện", "Ủy ban MTTQ"). */
const MASS_ORG_SHORT_NAMES: [string, string][] = [
  ['LĐLĐ', 'Liên đoàn Lao động'], ['Hội LHPN|HLHPN', 'Hội Liên hiệp Phụ nữ'], ['Hội ND', 'Hội Nông dân'], ['Hội CCB', 'Hội Cựu chiến binh'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'], ['MTTQ', 'Mặt trận Tổ quốc'],
];
const wholeWords = (alternatives: string) => new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:${alternatives})(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])`, 'gu');
export const MASS_ORG_ABBREVIATIONS: [RegExp, string][] = MASS_ORG_SHORT_NAMES.map(([short, full]) => [wholeWords(short), full]);
/** The same names as a header writes them, in capitals ("HỘI LHPN TỈNH X" -> "HỘI LIÊN HIỆP PHỤ NỮ TỈNH X"). */
export const MASS_ORG_ABBREVIATIONS_CAPS: [RegExp, string][] = MASS_ORG_SHORT_NAMES.map(([short, full]) => [wholeWords(short.toUpperCase()), full.toUpperCase()]);

/** A party organization's executive committee is its party committee: "Ban Chấp hành Đảng bộ
 * huyện Yên Thành" is "Huyện ủy Yên Thành". [level, committee] */
export const PARTY_COMMITTEE_OF_LEVEL: [string, string][] = [
  ['tỉnh', 'Tỉnh ủy'], ['thành phố', 'Thành ủy'], ['huyện', 'Huyện ủy'], ['quận', 'Quận ủy'], ['thị xã', 'Thị ủy'],
];

/** A party committee's own commissions, named with it: "Ban Dân vận Tỉnh ủy", "Ủy ban Kiểm tra
 * Huyện ủy". News names their heads by office and commission: "Trưởng ban Dân vận Tỉnh ủy X". */
export const PARTY_COMMISSIONS = ['Ban Tuyên giáo và Dân vận', 'Ban Tuyên giáo', 'Ban Dân vận', 'Ban Tổ chức', 'Ban Nội chính', 'Ban Kinh tế', 'Ủy ban Kiểm tra'];
/** The offices that head a party commission ("Chủ nhiệm" for the inspection commission). */
const COMMISSION_HEADS = (commission: string) => commission.startsWith('Ủy ban') ? ['Chủ nhiệm', 'Phó Chủ nhiệm'] : ['Trưởng ban', 'Phó Trưởng ban'];

/** Administrative levels that precede a place name. */
export const ADMIN_LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'];

/** Positions (chức vụ) of a signer, longest first. */
export const POSITIONS = [
  'Chủ tịch Hội đồng thành viên', 'Chủ tịch Hội đồng quản trị',
  'Phó Chủ tịch Thường trực', 'Phó Chủ tịch', 'Chủ tịch', 'Phó Bí thư Thường trực', 'Phó Bí thư', 'Bí thư',
  'Phó Giám đốc', 'Giám đốc', 'Phó Trưởng ban', 'Trưởng ban', 'Phó Chủ nhiệm', 'Chủ nhiệm', 'Phó Thủ tướng',
  'Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Tổng Bí thư', 'Chủ tịch nước',
  'Phó Trưởng phòng', 'Trưởng phòng', 'Hiệu trưởng', 'Viện trưởng', 'Cục trưởng', 'Vụ trưởng', 'Tổng Giám đốc',
  'Phó Chỉ huy trưởng', 'Chỉ huy trưởng', 'Phó Chính ủy', 'Chính ủy', 'Phó Tư lệnh', 'Tư lệnh',
];

/** Academic and professional titles written before a name ("TS.BS Tăng Chí Thượng", "PGS.TS …", "KS. …"). */
export const ACADEMIC_TITLES = ['GS', 'PGS', 'TS', 'ThS', 'Ths', 'BSCKII', 'BSCKI', 'BSCK', 'CKII', 'CKI', 'BS', 'DS', 'KTS', 'KS', 'CN', 'LS', 'NGƯT', 'NGND', 'NSƯT', 'NSND'];
const ACADEMIC_ALT = [...ACADEMIC_TITLES].sort((a, b) => b.length - a.length).join('|');
/** The titles as a pattern for running text, where the dot may be left out ("TS BS …"). */
export const ACADEMIC = String.raw`(?:(?:${ACADEMIC_ALT})\.?\s*){1,3}(?=\s|[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])`;
/** The titles as a pattern for a signature's name line, where each keeps its dot ("TS. Trần Thị Mai"). */
export const ACADEMIC_DOTTED = String.raw`(?:(?:${ACADEMIC_ALT})\s*\.\s*)+`;

/** Military and police ranks written before a name ("Đại tá Nguyễn Văn Bình"), as a pattern. */
export const RANK = String.raw`(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)`;

/** Provincial departments and forces that launch campaigns of their own (actors in news). */
export const DEPARTMENTS = [
  'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa và Thể thao', 'Sở Du lịch', 'Sở Lao động - Thương binh và Xã hội',
  'Sở Công Thương', 'Sở Xây dựng', 'Sở Giao thông vận tải', 'Sở Tư pháp', 'Sở Tài nguyên và Môi trường',
  'Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ', 'Sở Ngoại vụ', 'Sở Nội vụ', 'Ban Dân tộc',
  'Công an', 'Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Cục Thuế', 'Kho bạc Nhà nước', 'Bảo hiểm xã hội',
  'Liên đoàn Lao động', 'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh', 'Ngân hàng Nhà nước chi nhánh',
  'Bộ đội Biên phòng', 'Đảng ủy Khối Doanh nghiệp', 'Đảng ủy Khối các cơ quan', 'Đảng ủy Khối Cơ quan',
];

/** District-level divisions (phòng chuyên môn) whose names hold "và" or a comma, read
 * whole in a citation's "của …" phrase ("của Phòng Giáo dục và Đào tạo huyện …"). */
export const DIVISIONS = [
  'Phòng Giáo dục và Đào tạo', 'Phòng Văn hóa và Thông tin', 'Phòng Văn hóa, Khoa học và Thông tin',
  'Phòng Tài nguyên và Môi trường', 'Phòng Nông nghiệp và Phát triển nông thôn', 'Phòng Nông nghiệp và Môi trường',
  'Phòng Lao động - Thương binh và Xã hội', 'Phòng Kinh tế và Hạ tầng', 'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Phòng Văn hóa - Xã hội', 'Phòng Kinh tế và Đô thị',
];

/** Ministries and ministry-level organs (before and after the 2025 merger). Actors in
 * news ("Bộ trưởng Bộ Y tế …"); names that hold "và" or a comma are read whole in a
 * citation's "của …" phrase ("của Bộ Giáo dục và Đào tạo"). */
export const MINISTRIES = [
  'Bộ Quốc phòng', 'Bộ Công an', 'Bộ Ngoại giao', 'Bộ Nội vụ', 'Bộ Tư pháp', 'Bộ Tài chính', 'Bộ Công Thương',
  'Bộ Xây dựng', 'Bộ Y tế', 'Bộ Kế hoạch và Đầu tư', 'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Nông nghiệp và Môi trường',
  'Bộ Tài nguyên và Môi trường', 'Bộ Thông tin và Truyền thông', 'Bộ Lao động - Thương binh và Xã hội',
  'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hoá, Thể thao và Du lịch', 'Bộ Khoa học và Công nghệ',
  'Bộ Giáo dục và Đào tạo', 'Bộ Dân tộc và Tôn giáo', 'Bộ Giao thông vận tải', 'Ủy ban Dân tộc',
  'Ngân hàng Nhà nước Việt Nam', 'Thanh tra Chính phủ', 'Văn phòng Chính phủ',
];

/** National organs that launch campaigns in news, named without a level or a place. */
export const NATIONAL_ORGANS = [
  'Tổng Liên đoàn Lao động Việt Nam', 'Trung ương Đoàn', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'Hội Nông dân Việt Nam', 'Hội Liên hiệp Phụ nữ Việt Nam', 'Hội Cựu chiến binh Việt Nam', 'Bảo hiểm xã hội Việt Nam',
  'Kiểm toán Nhà nước', 'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Thông tấn xã Việt Nam',
  // the national unions of a sector ("Công đoàn Giáo dục Việt Nam phát động …")
  'Công đoàn Giáo dục Việt Nam', 'Công đoàn Y tế Việt Nam', 'Công đoàn Công Thương Việt Nam', 'Công đoàn Viên chức Việt Nam',
  'Công đoàn Ngân hàng Việt Nam', 'Công đoàn Giao thông vận tải Việt Nam', 'Công đoàn Xây dựng Việt Nam',
  'Công đoàn Nông nghiệp và Phát triển nông thôn Việt Nam', 'Công đoàn Dệt May Việt Nam', 'Công đoàn Điện lực Việt Nam',
  'Công đoàn Công an nhân dân', 'Công đoàn Quốc phòng',
  // the army's commands named without a number (numbered ones: MILITARY_COMMAND in issuer.ts)
  'Bộ Tư lệnh Thủ đô Hà Nội', 'Bộ Tư lệnh Cảnh sát biển', 'Bộ Tư lệnh Bộ đội Biên phòng', 'Bộ Tư lệnh Tác chiến không gian mạng',
  'Quân chủng Hải quân', 'Quân chủng Phòng không - Không quân', 'Tổng cục Chính trị Quân đội nhân dân Việt Nam', 'Bộ Tổng Tham mưu',
];

/** The offices that head an organ, by the organ's first word(s): who speaks for it in news
 * ("Bộ trưởng Lê Minh Hoan" for a ministry, "Chủ tịch Nguyễn Thanh Ngọc" for a people's committee). */
export const ORGAN_HEADS: [string, string[]][] = [
  ['Bộ Chỉ huy', ['Chỉ huy trưởng', 'Chính ủy', 'Phó Chỉ huy trưởng']],
  ['Bộ đội Biên phòng', ['Chỉ huy trưởng', 'Chính ủy', 'Phó Chỉ huy trưởng']],
  // the army's commands: its commander and political commissar
  ['Bộ Tư lệnh', ['Tư lệnh', 'Chính ủy', 'Phó Tư lệnh', 'Phó Chính ủy']], ['Quân chủng', ['Tư lệnh', 'Chính ủy', 'Phó Tư lệnh', 'Phó Chính ủy']],
  ['Quân khu', ['Tư lệnh', 'Chính ủy', 'Phó Tư lệnh', 'Phó Chính ủy']], ['Quân đoàn', ['Tư lệnh', 'Chính ủy', 'Phó Tư lệnh', 'Phó Chính ủy']],
  ['Tổng cục Chính trị', ['Chủ nhiệm', 'Phó Chủ nhiệm']], ['Bộ Tổng Tham mưu', ['Tổng Tham mưu trưởng', 'Phó Tổng Tham mưu trưởng']],
  ['Bộ', ['Bộ trưởng', 'Thứ trưởng']],
  ['Sở', ['Giám đốc', 'Phó Giám đốc']],
  ['Công an', ['Giám đốc', 'Phó Giám đốc', 'Trưởng Công an']],
  ['Tỉnh ủy', ['Bí thư', 'Phó Bí thư']], ['Thành ủy', ['Bí thư', 'Phó Bí thư']], ['Huyện ủy', ['Bí thư', 'Phó Bí thư']],
  // (a bloc's party committee, named short after it was named in full: "Bí thư Đảng ủy Khối X")
  ['Đảng ủy Khối', ['Bí thư', 'Phó Bí thư']],
  ['Quận ủy', ['Bí thư', 'Phó Bí thư']], ['Thị ủy', ['Bí thư', 'Phó Bí thư']], ['Đảng ủy', ['Bí thư', 'Phó Bí thư']],
  ...PARTY_COMMISSIONS.flatMap((c) => PARTY_COMMITTEE_OF_LEVEL.map(([, k]) => [`${c} ${k}`, COMMISSION_HEADS(c)] as [string, string[]])),
  ['Tỉnh Đoàn', ['Bí thư', 'Phó Bí thư']], ['Thành Đoàn', ['Bí thư', 'Phó Bí thư']], ['Huyện Đoàn', ['Bí thư', 'Phó Bí thư']],
  ['Liên đoàn Lao động', ['Chủ tịch', 'Phó Chủ tịch']],
  ['Hội đồng nhân dân', ['Chủ tịch', 'Phó Chủ tịch']],
  ['Ủy ban Mặt trận Tổ quốc', ['Chủ tịch', 'Phó Chủ tịch']],
  ['Chính phủ', ['Thủ tướng', 'Phó Thủ tướng']],
  ['Ủy ban nhân dân', ['Chủ tịch', 'Phó Chủ tịch']],
  ['Hội đồng Thi đua - Khen thưởng', ['Chủ tịch', 'Phó Chủ tịch']],
  ['Tổng Liên đoàn', ['Chủ tịch', 'Phó Chủ tịch']],
  ['Hội', ['Chủ tịch', 'Phó Chủ tịch']],
  ['Công đoàn', ['Chủ tịch', 'Phó Chủ tịch']],
  ['Ủy ban Trung ương Mặt trận', ['Chủ tịch', 'Phó Chủ tịch']],
  ['Trung ương Đoàn', ['Bí thư thứ nhất', 'Bí thư']],
  ['Ngân hàng Nhà nước', ['Thống đốc', 'Phó Thống đốc']],
  ['Thanh tra Chính phủ', ['Tổng Thanh tra', 'Phó Tổng Thanh tra']],
  ['Văn phòng Chính phủ', ['Bộ trưởng, Chủ nhiệm', 'Chủ nhiệm']],
  ['Bảo hiểm xã hội Việt Nam', ['Tổng Giám đốc', 'Phó Tổng Giám đốc']],
  ['Kiểm toán Nhà nước', ['Tổng Kiểm toán Nhà nước', 'Phó Tổng Kiểm toán Nhà nước']],
  ['Tòa án nhân dân tối cao', ['Chánh án', 'Phó Chánh án']],
  ['Viện kiểm sát nhân dân tối cao', ['Viện trưởng', 'Phó Viện trưởng']],
  ['Thông tấn xã', ['Tổng Giám đốc', 'Phó Tổng Giám đốc']],
  // institutions that launch campaigns of their own (INSTITUTION_TYPES)
  ['Tập đoàn', ['Chủ tịch Hội đồng thành viên', 'Tổng Giám đốc', 'Chủ tịch']],
  ['Tổng công ty', ['Chủ tịch Hội đồng thành viên', 'Tổng Giám đốc', 'Chủ tịch']],
  ['Ngân hàng', ['Chủ tịch Hội đồng thành viên', 'Chủ tịch Hội đồng quản trị', 'Tổng Giám đốc', 'Giám đốc']],
  ['Công ty', ['Chủ tịch Hội đồng quản trị', 'Tổng Giám đốc', 'Giám đốc']],
  ['Bệnh viện', ['Giám đốc', 'Phó Giám đốc']],
  ['Trường', ['Hiệu trưởng', 'Phó Hiệu trưởng']],
  ['Đại học', ['Giám đốc', 'Phó Giám đốc']],
  ['Học viện', ['Giám đốc', 'Phó Giám đốc']],
  ['Viện', ['Viện trưởng', 'Phó Viện trưởng']],
];

/** Institutions (enterprises, hospitals, schools, institutes) that launch a campaign in news,
 * named by their type and a proper name: "Tập đoàn Điện lực Việt Nam", "Bệnh viện Bạch Mai". */
export const INSTITUTION_TYPES = [
  'Tập đoàn', 'Tổng công ty', 'Ngân hàng', 'Công ty Cổ phần', 'Công ty TNHH', 'Công ty', 'Bệnh viện Đa khoa', 'Bệnh viện',
  'Trường Đại học', 'Trường Cao đẳng', 'Trường Trung học phổ thông', 'Trường Trung học cơ sở', 'Trường Tiểu học',
  'Trường Mầm non', 'Trường', 'Đại học', 'Học viện', 'Viện',
];

/** Document types that, after "và" and before "số", start a second citation. */
export const JOINED_DOCUMENT_TYPES = [
  'Chỉ thị', 'Nghị quyết', 'Quyết định', 'Kế hoạch', 'Kết luận', 'Thông báo', 'Nghị định', 'Thông tư', 'Công văn', 'Hướng dẫn',
];

/** Words that open the citing sentence's own clause after a citation: its actor (an
 * organ or office holder) or another document. A cited subject ends before them. */
export const SUBJECT_STOPPERS = [
  'Chỉ thị', 'Nghị quyết', 'Quyết định', 'Kế hoạch', 'Kết luận', 'Thông báo', 'Sở', 'Ủy ban', 'Uỷ ban', 'UBND', 'HĐND',
  'Ban', 'Phòng', 'Bộ', 'Hội đồng', 'Tỉnh ủy', 'Huyện ủy', 'Thành ủy', 'Đảng ủy', 'Chủ tịch', 'Giám đốc', 'Thủ trưởng',
  'Cụm', 'Khối', 'Liên đoàn', 'Công an', 'Trường', 'Trung tâm', 'Văn phòng', 'Cục', 'Chi cục', 'Bệnh viện', 'Viện',
  'Học viện', 'Đoàn', 'Hội', 'Mặt trận', 'Công ty', 'Tổng công ty', 'Kho bạc', 'Bảo hiểm', 'Ngân hàng', 'Hiệu trưởng',
  'Công đoàn', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Quận ủy', 'Thị ủy', 'Đảng bộ', 'Chi bộ', 'Tập đoàn', 'Tòa án',
  'Viện kiểm sát', 'Nhà trường',
  // a time that opens the citing sentence's main clause: "… về …, những năm qua công tác …"
  'những năm qua', 'trong những năm qua', 'thời gian qua', 'trong thời gian qua', 'năm qua', 'qua đó', 'sau \\d+ năm', 'qua \\d+ năm',
];

/** Who acts in a citing sentence's main clause when it opens in lower case: "Thực hiện Chỉ thị
 * số … về …, các cấp, các ngành đã …", "…, toàn tỉnh phấn đấu …", "…, tỉnh ta đã …". */
export const CLAUSE_SUBJECTS = [
  'các cấp', 'các ngành', 'các địa phương', 'các cơ quan', 'các sở', 'các đơn vị', 'toàn tỉnh', 'toàn huyện',
  'toàn thành phố', 'toàn thị xã', 'toàn xã', 'toàn ngành', 'toàn quốc', 'toàn Đảng', 'tỉnh ta', 'huyện ta', 'nước ta',
  'thành phố ta', 'chúng ta',
];
/**
 * The whole territory or body a count is made over ("toàn tỉnh có 42 xã …", "cả nước có …"):
 * the word after "toàn"/"cả". No possessor of what is counted (targets.ts); wider than the
 * "toàn …" subjects above, which end a cited document's subject.
 */
export const WHOLE_SCOPE_WORDS = [
  'tỉnh', 'huyện', 'thành phố', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'quốc', 'nước', 'ngành', 'khối', 'vùng',
  'Đảng bộ', 'hệ thống',
];
/** What such a clause goes on with: a tense or modal word, "phấn đấu", "tiếp tục". */
export const CLAUSE_VERBS = ['đã', 'đang', 'sẽ', 'phấn đấu', 'tiếp tục', 'cần', 'phải', 'quyết tâm'];

// Verbs of doing that may stand before a counted amount as all that precedes it ("Vận động
// xây dựng 200 nhà Đại đoàn kết"): the verbs and the counted thing together say what is measured.
export const ACTION_VERBS = [
  'vận động', 'xây dựng', 'hỗ trợ', 'tổ chức', 'đào tạo', 'tập huấn', 'tuyển sinh', 'tuyển dụng', 'kết nạp', 'giải quyết',
  'thu hút', 'huy động', 'đảm bảo', 'bảo đảm', 'phát triển', 'phát triển mới', 'thành lập', 'thành lập mới', 'kết nạp mới', 'giới thiệu', 'trồng', 'trồng mới', 'xây dựng mới', 'xây mới', 'sửa chữa', 'nâng cấp', 'làm mới', 'bàn giao',
  'trao tặng', 'tặng', 'khám', 'cấp', 'tiêm', 'hiến', 'xóa', 'xoá', 'cải tạo', 'bê tông hóa', 'cứng hóa', 'mở', 'mở mới',
  'đón', 'phục vụ', 'thu', 'thu gom', 'xử lý', 'kiểm tra', 'tuyên truyền', 'công nhận', 'khen thưởng', 'hoàn thành', 'đăng ký', 'giải ngân',
  'đưa vào sử dụng', 'khởi công', 'khánh thành',
  // security and order: "điều tra làm rõ trên 85% số vụ …", "triệt phá 20 đường dây …"
  'điều tra', 'làm rõ', 'khám phá', 'triệt phá', 'truy bắt', 'bắt giữ', 'bắt', 'thụ lý', 'giải quyết dứt điểm', 'xử lý dứt điểm',
  'triệt xóa', 'triệt xoá', 'xóa bỏ', 'xoá bỏ', 'truy nã', 'vận động đầu thú', 'thu hồi', 'tiếp nhận', 'xét xử',
  // help given with others: "phối hợp giúp đỡ 1.200 hộ thoát nghèo"
  'giúp đỡ', 'phối hợp',
];
/** What a leader says to ask for a task: "Ông yêu cầu các sở, ngành giải ngân 100% vốn …". */
export const REQUEST_VERBS = ['yêu cầu', 'đề nghị', 'chỉ đạo'];
/** Verbs of doing that give awards or recognition: what a leader asks with them ("đề nghị khen
 * thưởng 25 tập thể") is no target. */
export const AWARD_VERBS = ['tặng', 'trao tặng', 'khen thưởng', 'công nhận', 'giới thiệu', 'cấp'];
/** Words that name what a quotation after them is the name of: a campaign, a slogan, a
 * model, a title, a contest ("phong trào “5 không, 3 sạch”", "mô hình “3 an toàn”"). The
 * numbers inside such a name are part of the name, not amounts. */
export const QUOTE_NAMERS = [
  'phong trào', 'cuộc vận động', 'vận động', 'chủ đề', 'khẩu hiệu', 'phương châm', 'tinh thần', 'mô hình', 'danh hiệu',
  'giải thưởng', 'cuộc thi', 'hội thi', 'chương trình', 'đề án', 'dự án', 'chiến dịch', 'câu lạc bộ', 'tiêu chí', 'tên gọi',
  'gia đình', 'khu dân cư', 'tuyến đường', 'công trình', 'sáng kiến', 'thông điệp', 'biểu dương', 'thi đua', 'hưởng ứng',
];

/** School levels after "Trường": abbreviations kept in capitals, names written as common nouns. */
export const SCHOOL_ABBREVIATIONS = ['TH&THCS', 'THCS&THPT', 'PTDTBT', 'PTDTNT', 'THCS', 'THPT', 'PTCS', 'GDTX', 'MN', 'MG', 'TH', 'TC', 'CĐ', 'ĐH'];
export const SCHOOL_LEVELS = [
  'phổ thông dân tộc nội trú', 'phổ thông dân tộc bán trú', 'trung học phổ thông chuyên', 'trung học phổ thông', 'trung học cơ sở',
  'tiểu học và trung học cơ sở', 'tiểu học', 'mầm non', 'mẫu giáo', 'cao đẳng', 'đại học', 'trung cấp', 'chính trị', 'dân tộc nội trú',
];

/**
 * The nouns a plan's headings are made of. A label before a colon that lists only these
 * ("Mục đích, yêu cầu:", "Thời gian, địa điểm:", "Nhiệm vụ và giải pháp:") is a heading even
 * with a comma in it; a lead-in with a comma ("Ngoài ra, các đơn vị cần:") is not.
 */
export const HEADING_NOUNS = [
  'mục đích', 'yêu cầu', 'mục tiêu', 'chỉ tiêu', 'nhiệm vụ', 'giải pháp', 'nội dung', 'hình thức', 'thời gian',
  'địa điểm', 'đối tượng', 'phạm vi', 'tiêu chuẩn', 'tiêu chí', 'thành phần', 'kinh phí', 'khen thưởng', 'thi đua',
  'quan điểm', 'định hướng', 'phương châm', 'biện pháp', 'trách nhiệm', 'phân công', 'tổ chức thực hiện', 'chế độ báo cáo',
  'cách thức', 'phương pháp', 'quy mô', 'số lượng', 'cơ cấu', 'hồ sơ', 'thủ tục', 'lộ trình', 'tiến độ',
];
