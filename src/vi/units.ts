// Units of numeric targets, as data.

/** Money: [pattern, currency, scale]. Longest first. */
export const MONEY_UNITS: [string, string, number][] = [
  ['nghìn tỷ đồng', 'VND', 1e12], ['ngàn tỷ đồng', 'VND', 1e12], ['tỷ đồng', 'VND', 1e9], ['tỉ đồng', 'VND', 1e9],
  ['triệu đồng', 'VND', 1e6], ['nghìn đồng', 'VND', 1e3], ['ngàn đồng', 'VND', 1e3], ['đồng', 'VND', 1], ['vnđ', 'VND', 1], ['vnd', 'VND', 1],
  ['tỷ usd', 'USD', 1e9], ['tỉ usd', 'USD', 1e9], ['triệu usd', 'USD', 1e6], ['nghìn usd', 'USD', 1e3], ['usd', 'USD', 1],
  ['tỷ đô la mỹ', 'USD', 1e9], ['triệu đô la mỹ', 'USD', 1e6], ['tỷ đô la', 'USD', 1e9], ['triệu đô la', 'USD', 1e6],
];

/** Measures written as symbols or short words. */
export const MEASURE_UNITS = ['%', '‰', 'ha', 'km2', 'km²', 'km', 'm2', 'm²', 'm3', 'm³', 'tấn', 'kg', 'mw', 'kwh', 'lít', 'tấn/ha', 'tạ/ha'];

/** Count nouns of two words or more (kept whole as the unit). */
export const COUNT_NOUNS_2 = [
  'đơn vị máu', 'hội thi', 'hội thao', 'hội diễn', 'hội nghị', 'hội chợ', 'bác sĩ', 'giường bệnh', 'lượt khách', 'lượt người', 'doanh nghiệp', 'hợp tác xã', 'học sinh', 'sinh viên', 'lao động',
  'cán bộ', 'đảng viên', 'sản phẩm', 'công trình', 'dự án', 'tiêu chí', 'mô hình', 'chương trình', 'nội dung', 'nhiệm vụ',
  'căn nhà', 'ngôi nhà', 'phòng học', 'thôn bản', 'tổ hợp tác', 'cơ sở', 'nhà ở', 'khu dân cư', 'điểm trường',
  'đoàn viên', 'hội viên', 'thanh niên', 'giáo viên', 'công nhân', 'nông dân', 'người dân', 'trẻ em', 'gia đình',
  'tình nguyện viên', 'chi bộ', 'tổ chức', 'trang trại', 'làng nghề', 'thương hiệu', 'sáng kiến', 'đề tài',
  'công đoàn', 'chi đoàn', 'điển hình', 'thuê bao', 'chi hội', 'ý tưởng', 'tác phẩm', 'hồ sơ', 'thủ tục', 'thành viên',
  'đối tượng', 'đường dây', 'vụ án', 'bị can', 'chiến sĩ', 'việc làm', 'trường học', 'bệnh viện', 'trạm y tế', 'tuyến đường',
  // (whose first word alone is no count noun, or is a word of time or of the text itself)
  'hoạt động', 'câu lạc bộ', 'phần việc', 'phần quà', 'suất quà', 'ngày công', 'gian hàng',
  // ("trường" alone is a school, "vụ" a case of crime, "phương" no noun: "2.000 trường hợp vi phạm")
  'trường hợp', 'vụ việc', 'phương tiện',
  // (whose first word is no noun by itself: "300 phụ nữ", not "300 phụ"; "5 cuộc thi", "120 đội viên")
  'phụ nữ', 'học viên', 'đội viên', 'bệnh nhân', 'ngư dân', 'thiếu nhi', 'nhi đồng', 'cựu chiến binh', 'cuộc thi',
  'du khách', 'thí sinh', 'công chức', 'viên chức', 'nhân viên', 'giảng viên', 'cộng tác viên', 'tuyên truyền viên',
  'báo cáo viên', 'vận động viên', 'doanh nhân', 'nghệ nhân', 'tiểu thương', 'thương binh', 'quân nhân', 'dân quân',
  'tân binh', 'kỹ sư', 'chuyên gia', 'y tá', 'điều dưỡng', 'biên chế',
  // ("bài" alone is a lesson or the text's own count; "150 bài báo quốc tế" is an output)
  'bài báo', 'bài viết', 'tin bài',
];

/** Words after a number that never make it a target (time, ordinals, the text's own counts). */
export const NOT_TARGET_UNITS = new Set([
  'năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'quý', 'lần', 'kỳ', 'khóa', 'khoá', 'nhiệm kỳ', 'giai đoạn', 'tuổi',
  'đợt', 'nội dung', 'chương trình', 'nhiệm vụ', 'giải pháp', 'phong trào', 'đột phá', 'mục tiêu', 'chỉ tiêu', 'lĩnh vực',
  'nhóm', 'bước', 'cấp', 'mức', 'loại', 'khâu', 'điều', 'khoản', 'chương', 'mục', 'phần', 'trang', 'đơn vị', 'lượt xem',
  'bình luận', 'đánh giá', 'số', 'quan điểm', 'yêu cầu', 'định hướng', 'trụ cột', 'vấn đề', 'tiết', 'câu', 'văn bản', 'bài',
  // a rating class, not an amount: "sản phẩm OCOP đạt 3 sao trở lên"
  'sao',
]);

/** Words that cannot be a count noun (function words and verbs). */
export const NOT_NOUNS = new Set([
  'và', 'hoặc', 'trên', 'dưới', 'của', 'trong', 'với', 'là', 'đạt', 'tăng', 'giảm', 'so', 'theo', 'từ', 'đến', 'tới',
  'trở', 'được', 'có', 'các', 'những', 'này', 'đó', 'người/', 'thì', 'mà', 'để', 'về', 'tại', 'vào', 'cho', 'nhằm', 'mỗi', 'từng',
  // after "năm", words that make it the year, not five: "năm nay", "năm qua", "năm học", "năm tài chính"
  'nay', 'qua', 'sau', 'trước', 'ngoái', 'ấy', 'kia', 'rồi', 'liền', 'nữa', 'cách', 'học', 'tài',
]);
