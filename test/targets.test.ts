import { describe, expect, it } from 'vitest';
import { run } from './support/helpers.js';

const targetsOf = (lines: string) => run(`KẾ HOẠCH\nThi đua năm 2023\n\n1. Chỉ tiêu\n${lines}\n2. Tổ chức thực hiện\nGiao các sở thực hiện.`).targets;
const one = (line: string) => {
  const t = targetsOf(line);
  expect(t).toHaveLength(1);
  return t[0]!;
};

describe('targets', () => {
  it('an increase in percent', () => {
    expect(one('- Tổng sản phẩm trên địa bàn (GRDP) tăng 8%.')).toMatchObject({ indicator: 'Tổng sản phẩm trên địa bàn (GRDP)', value: 8, unit: '%', comparator: '=', change: 'increase' });
  });
  it('"Indicator: value unit" with money normalized', () => {
    expect(one('- Thu ngân sách: 16.130 tỷ đồng.')).toMatchObject({ indicator: 'Thu ngân sách', value: 16130, unit: 'tỷ đồng', change: null, quantity: { amount: 16130e9, currency: 'VND' } });
    expect(one('- Kim ngạch xuất khẩu đạt 396 triệu USD.')).toMatchObject({ unit: 'triệu usd', quantity: { amount: 396e6, currency: 'USD' } });
  });
  it('comparators in symbols ("≥ 93%", "≤ 18‰", "> 90 %"), in prose and in a table\'s value cells; the symbol is not part of the indicator', () => {
    const t = targetsOf('+ Tỷ lệ dân số tham gia bảo hiểm y tế ≥ 93%;\n+ Tỷ suất tử vong trẻ em dưới 5 tuổi ≤ 18‰;\n+ Tỷ lệ hài lòng của người bệnh > 90 %;\n+ Tỷ lệ nợ xấu < 2%.');
    expect(t.map((x) => [x.indicator, x.value, x.unit, x.comparator])).toEqual([
      ['Tỷ lệ dân số tham gia bảo hiểm y tế', 93, '%', '>='], ['Tỷ suất tử vong trẻ em dưới 5 tuổi', 18, '‰', '<='],
      ['Tỷ lệ hài lòng của người bệnh', 90, '%', '>'], ['Tỷ lệ nợ xấu', 2, '%', '<'],
    ]);
    const table = run('KẾ HOẠCH\nThi đua năm 2024\n\nII. CHỈ TIÊU\n\n| TT | Chỉ tiêu | Kế hoạch 2024 |\n|---|---|---|\n| 1 | Tỷ lệ tham gia BHYT | ≥ 93% |\n| 2 | Tỷ suất tử vong trẻ em dưới 5 tuổi | ≤ 18‰ |\n').targets;
    expect(table.map((x) => [x.value, x.unit, x.comparator])).toEqual([[93, '%', '>='], [18, '‰', '<=']]);
  });
  it.each([
    ['Thu ngân sách trên địa bàn trên 2.838 tỷ đồng.', '>'],
    ['Tỷ lệ thất nghiệp ở thành thị dưới 3,25%.', '<'],
    ['Tỷ lệ hộ dùng điện tối thiểu 99%.', '>='],
    ['Tỷ lệ trẻ suy dinh dưỡng ít nhất giảm 1%.', '='],
    ['Giảm tỷ lệ hộ nghèo từ 4% trở lên.', '>='],
    ['Tỷ lệ nợ xấu tối đa 3%.', '<='],
    ['Tỷ lệ nợ đọng không quá 2%.', '<='],
  ])('comparator of "%s" is %s', (line, cmp) => expect(one(`- ${line}`).comparator).toBe(cmp));
  it('level, not change: "đạt", "lên", "tăng trưởng … đạt", "giảm còn"', () => {
    expect(one('- Tỷ lệ bao phủ bảo hiểm y tế đạt 93%.').change).toBeNull();
    expect(one('- Tốc độ tăng trưởng kinh tế đạt 8%.').change).toBeNull();
    expect(one('- Tỷ lệ hộ nghèo giảm còn 2%.').change).toBeNull();
    expect(one('- Tăng thêm 06 trường đạt chuẩn quốc gia.')).toMatchObject({ value: 6, unit: 'trường', change: 'increase', indicator: 'trường đạt chuẩn quốc gia' });
  });
  it('a clause with two quantities gives two; "trong đó" sub-items are targets', () => {
    const t = targetsOf('- Giảm 2.000 hộ nghèo (tương ứng với giảm 0,7% tỷ lệ hộ nghèo), trong đó giảm 1.000 hộ nghèo đồng bào dân tộc thiểu số.');
    expect(t.map((x) => [x.value, x.unit, x.change])).toEqual([[2000, 'hộ', 'decrease'], [0.7, '%', 'decrease'], [1000, 'hộ', 'decrease']]);
    expect(t[1]!.indicator).toBe('tỷ lệ hộ nghèo');
  });
  it('a range in words: "từ 5% đến 10%", "từ 200 đến 300 lao động", the unit on both ends or after the upper bound', () => {
    expect(one('- Kéo giảm từ 5% đến 10% số vụ tai nạn giao thông so với năm 2022.')).toMatchObject({ indicator: 'số vụ tai nạn giao thông', value: 5, valueMax: 10, unit: '%', change: 'decrease' });
    expect(one('- Giảm từ 5 đến 10% số vụ tai nạn giao thông.')).toMatchObject({ value: 5, valueMax: 10, unit: '%' });
    expect(one('- Thu hút từ 200 đến 300 lao động.')).toMatchObject({ value: 200, valueMax: 300, unit: 'lao động' });
    expect(one('- Tổ chức từ 3 tới 5 hội thi.')).toMatchObject({ value: 3, valueMax: 5, unit: 'hội thi' });
    expect(one('- Tiết kiệm từ 10 tỷ đồng đến 15 tỷ đồng chi thường xuyên.')).toMatchObject({ value: 10, valueMax: 15, unit: 'tỷ đồng' });
    // different units on the two ends are not one range
    expect(targetsOf('- Tăng từ 5% đến 10 tỷ đồng.').some((t) => t.valueMax !== null)).toBe(false);
  });
  it('"tăng từ 55% lên 57%": the level reached is the target, the starting level is not part of the indicator', () => {
    expect(one('- Tỷ lệ che phủ rừng tăng từ 55% lên 57%.')).toMatchObject({ indicator: 'Tỷ lệ che phủ rừng', value: 57, change: null });
    expect(one('- Tỷ lệ hộ nghèo giảm từ 3% xuống còn 2%.')).toMatchObject({ indicator: 'Tỷ lệ hộ nghèo', value: 2, change: null });
    expect(one('- Nâng tỷ lệ đô thị hóa từ 20% lên 25%.')).toMatchObject({ indicator: 'tỷ lệ đô thị hóa', value: 25 });
  });
  it('an item that opens on its amount after a list marker ("4. 100% giáo viên …", "a) …"); a "Mục tiêu" heading puts its items in targets', () => {
    const t = run('KẾ HOẠCH\nThi đua năm học 2023 - 2024\n\nI. MỤC TIÊU\n1. Tỷ lệ học sinh lên lớp thẳng đạt 98%.\n2. 100% giáo viên ứng dụng công nghệ thông tin trong giảng dạy.\na) 95% hộ dân dùng nước sạch.\n1.2. 90% trường đạt chuẩn.\nII. TỔ CHỨC THỰC HIỆN\nGiao các tổ thực hiện.').targets;
    expect(t.map((x) => [x.indicator, x.value])).toEqual([
      ['Tỷ lệ học sinh lên lớp thẳng', 98], ['giáo viên ứng dụng công nghệ thông tin trong giảng dạy', 100], ['hộ dân dùng nước sạch', 95], ['trường đạt chuẩn', 90],
    ]);
  });
  it('a sentence opening on a deadline still ahead ("Đến năm 2025, 100% …") commits to its amounts; one on a year gone by does not', () => {
    const doc = (y: string) => run(`KẾ HOẠCH\nThi đua đổi mới năm 2023\n\nI. NỘI DUNG THI ĐUA\n1. Thi đua đổi mới công tác quản lý\nĐến năm ${y}, 100% cơ sở giáo dục sử dụng hệ thống quản lý trường học; 90% hồ sơ được xử lý trên môi trường mạng.\nII. TỔ CHỨC THỰC HIỆN\nGiao các đơn vị thực hiện.`).targets;
    expect(doc('2025').map((t) => [t.indicator, t.value])).toEqual([['cơ sở giáo dục sử dụng hệ thống quản lý trường học', 100], ['hồ sơ được xử lý trên môi trường mạng', 90]]);
    expect(doc('2020')).toEqual([]);
  });
  it('count nouns of three words are the unit whole: "đơn vị máu", "khu dân cư", "tình nguyện viên"', () => {
    expect(one('- Tổ chức hiến được 800 đơn vị máu.')).toMatchObject({ value: 800, unit: 'đơn vị máu', indicator: 'Tổ chức hiến đơn vị máu' });
    expect(one('- Mỗi xã xây dựng ít nhất 02 khu dân cư kiểu mẫu.')).toMatchObject({ value: 2, unit: 'khu dân cư' });
    expect(one('- Vận động 500 tình nguyện viên tham gia.')).toMatchObject({ unit: 'tình nguyện viên' });
    // "đơn vị" alone counts the text's own addressees, not a target
    expect(targetsOf('- Có 5 đơn vị đạt chuẩn.')).toEqual([]);
  });
  it('"bằng 105% dự toán" measures progress against the plan, not a target; a deadline date is not part of the indicator', () => {
    expect(one('- Thu ngân sách đạt 3.200 tỷ đồng, bằng 105% dự toán.')).toMatchObject({ indicator: 'Thu ngân sách', value: 3200 });
    expect(one('- Giải ngân đạt 95% kế hoạch vốn.')).toMatchObject({ value: 95, unit: '%' });
    expect(one('- Phấn đấu hoàn thành 100% kế hoạch giải ngân vốn đầu tư công trước ngày 30/9/2024.').indicator).toBe('hoàn thành kế hoạch giải ngân vốn đầu tư công');
  });
  it('under a heading over what was done ("1. Đánh giá chung", "Kết quả đạt được") amounts are results, up to the next heading', () => {
    const t = run('THÔNG BÁO\nKết luận tại hội nghị sơ kết thi đua quý I năm 2024\n\n1. Đánh giá chung\nQuý I năm 2024, các ngành đã triển khai phong trào thi đua; tổng thu ngân sách đạt 3.200 tỷ đồng.\n2. Nhiệm vụ quý II\na) Phấn đấu thu ngân sách đạt 6.000 tỷ đồng.\n').targets;
    expect(t.map((x) => x.value)).toEqual([6000]);
    // a heading that goes on to the tasks ahead is not one
    const u = run('KẾ HOẠCH\nThi đua năm 2024\n\n1. Tình hình và nhiệm vụ năm 2024\nPhấn đấu thu ngân sách đạt 6.000 tỷ đồng.\n').targets;
    expect(u.map((x) => x.value)).toEqual([6000]);
  });
  it('a numbered lead-in ("Chỉ tiêu 2: Có từ 70% trở lên số hộ …") names no indicator; what follows the amount does', () => {
    expect(one('Chỉ tiêu 2: Có từ 70% trở lên số hộ hội viên đăng ký danh hiệu hộ sản xuất, kinh doanh giỏi.')).toMatchObject({ indicator: 'số hộ hội viên đăng ký danh hiệu hộ sản xuất, kinh doanh giỏi', value: 70, comparator: '>=' });
  });
  it('"với mục tiêu" opens what is measured, as "phấn đấu" does', () => {
    const t = run('Hà Nội phát động thi đua năm 2024\n\n15/2/2024 10:00\n\nChủ tịch UBND TP Hà Nội Trần Sỹ Thanh phát động phong trào thi đua với mục tiêu tăng trưởng GRDP năm 2024 đạt 6,5-7%.\n').targets;
    expect(t.map((x) => [x.indicator, x.value, x.valueMax])).toEqual([['tăng trưởng GRDP', 6.5, 7]]);
  });
  it('a sentence inside a paragraph that opens on a year gone by ("… Năm 2023, toàn tỉnh có thêm 12 xã …") reports results, to its full stop', () => {
    const doc = (item: string) => run(`THÔNG BÁO\nKết luận về thi đua năm 2024\n\n1. ${item}\n`).targets.map((x) => x.value);
    expect(doc('Thống nhất với báo cáo. Năm 2023, toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới; nâng tổng số lên 165 xã. Năm 2024, phấn đấu có thêm 10 xã đạt chuẩn nông thôn mới nâng cao.')).toEqual([10]);
    // a year still ahead, or the text's own, is not one
    expect(doc('Thống nhất với báo cáo. Năm 2024, phấn đấu có thêm 10 xã đạt chuẩn nông thôn mới nâng cao.')).toEqual([10]);
  });
  it('an opening "Mục tiêu đến năm 2025," or "… toàn tỉnh sẽ có" after a time phrase names no indicator; the counted noun does', () => {
    const news = (lead: string) => run(`Tỉnh phát động thi đua năm 2024\n\n20/02/2024 09:00\n\n${lead}\n`).targets;
    expect(news('Mục tiêu đến năm 2025, tỷ lệ hộ nghèo giảm xuống dưới 2%.').map((t) => [t.indicator, t.value, t.comparator])).toEqual([['tỷ lệ hộ nghèo', 2, '<']]);
    expect(news('Theo kế hoạch, đến cuối năm 2024, toàn tỉnh sẽ có 80% xã đạt chuẩn nông thôn mới.').map((t) => t.indicator)).toEqual(['xã đạt chuẩn nông thôn mới']);
  });
  it('after an item\'s heading and colon, a verb of change opens the clause: "Thi đua bảo đảm an sinh: giảm tỷ lệ hộ nghèo 3%"', () => {
    const t = run('KẾ HOẠCH\nThi đua năm 2024\n\nI. NỘI DUNG\n1. **Thi đua bảo đảm an sinh**: giảm tỷ lệ hộ nghèo 3%.\nII. TỔ CHỨC THỰC HIỆN\nGiao các sở thực hiện.').targets;
    expect(t.map((x) => [x.indicator, x.value, x.change])).toEqual([['tỷ lệ hộ nghèo', 3, 'decrease']]);
  });
  it('a second amount for a part singled out ("…, riêng trọng án đạt trên 95%") shares the first one\'s measure', () => {
    expect(targetsOf('- Tỷ lệ điều tra, khám phá án đạt trên 80%, riêng trọng án đạt trên 95%.').map((t) => t.indicator)).toEqual(['Tỷ lệ điều tra, khám phá án', 'Tỷ lệ điều tra, khám phá án riêng trọng án']);
  });
  it('a second amount named only by where it applies ("…, ở nông thôn đạt 80%") shares the first one\'s measure', () => {
    expect(targetsOf('- Tỷ lệ thu gom rác thải ở đô thị đạt trên 95%, ở nông thôn đạt 80%.').map((t) => t.indicator)).toEqual(['Tỷ lệ thu gom rác thải ở đô thị', 'Tỷ lệ thu gom rác thải ở nông thôn']);
    expect(targetsOf('- Tỷ lệ thất nghiệp khu vực thành thị dưới 3%, khu vực nông thôn dưới 2%.').map((t) => t.indicator)).toEqual(['Tỷ lệ thất nghiệp khu vực thành thị', 'Tỷ lệ thất nghiệp khu vực nông thôn']);
    expect(targetsOf('- Tỷ lệ hộ nghèo giảm 1%, ở vùng đồng bào dân tộc thiểu số giảm 3%.')[1]!.indicator).toBe('Tỷ lệ hộ nghèo ở vùng đồng bào dân tộc thiểu số');
  });
  it('after "…, phấn đấu", a verb of change opening what follows is not the indicator', () => {
    const t = run('QUYẾT ĐỊNH\nVề phát động thi đua năm 2024\n\nĐiều 1. Phát động phong trào thi đua “Sóc Trăng chung tay vì người nghèo” năm 2024, phấn đấu giảm tỷ lệ hộ nghèo 1,5%.\nĐiều 2. Giao Sở Nội vụ theo dõi.').targets;
    expect(t.map((x) => [x.indicator, x.value, x.change])).toEqual([['tỷ lệ hộ nghèo', 1.5, 'decrease']]);
  });
  it('a purpose opens what is measured ("góp phần giảm …", "để thu …", "nhằm tăng …"); "để" before another verb stays in it', () => {
    const t = (l: string) => targetsOf(l).map((x) => x.indicator);
    expect(t('- Đẩy mạnh sản xuất, góp phần giảm tỷ lệ hộ nghèo 1,5%.')).toEqual(['tỷ lệ hộ nghèo']);
    expect(t('- Tập trung chỉ đạo để thu ngân sách đạt 5.000 tỷ đồng.')).toEqual(['thu ngân sách']);
    expect(t('- Thi đua lao động sản xuất nhằm tăng thu nhập bình quân đầu người lên 60 triệu đồng.')).toEqual(['thu nhập bình quân đầu người']);
    expect(t('- Tỷ lệ hộ dân có nước sạch để sử dụng đạt 95%.')).toEqual(['Tỷ lệ hộ dân có nước sạch để sử dụng']);
  });
  it('"Đưa tỷ lệ … lên", "Giữ vững tỷ lệ …": the verb is not part of the indicator', () => {
    expect(one('- Đưa tỷ lệ đô thị hóa lên 35%.')).toMatchObject({ indicator: 'tỷ lệ đô thị hóa', value: 35, change: null });
    expect(one('- Giữ vững tỷ lệ hộ nghèo dưới 2%.')).toMatchObject({ indicator: 'tỷ lệ hộ nghèo', comparator: '<' });
  });
  it('"đưa vào sử dụng", "khởi công", "khánh thành" are verbs of doing: the counted noun completes them', () => {
    expect(one('- Đưa vào sử dụng 5 công trình.').indicator).toBe('Đưa vào sử dụng công trình');
    expect(one('- Khởi công 10 công trình chào mừng Đại hội.').indicator).toBe('Khởi công công trình chào mừng Đại hội');
  });
  it('ranges, per-population units, words', () => {
    expect(one('- Tỷ lệ tăng dân số 17 - 18%.')).toMatchObject({ value: 17, valueMax: 18 });
    expect(one('- Duy trì 15 bác sĩ/ vạn dân.')).toMatchObject({ unit: 'bác sĩ/ vạn dân', indicator: 'bác sĩ/ vạn dân' });
    expect(one('- Phấn đấu có thêm bảy xã đạt chuẩn nông thôn mới.')).toMatchObject({ value: 7, unit: 'xã' });
  });
  it('not targets: years, periods, ordinals, anniversaries, counts of the text itself', () => {
    const t = run('CHỈ THỊ\nVề thi đua\n\nNăm 2023 là năm thứ ba thực hiện kế hoạch 5 năm 2021 - 2025, tại kỳ họp thứ 8 ngày 09/12/2022. Tỉnh xác định 6 nội dung thi đua và 03 chương trình trọng tâm; kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc; Chỉ thị số 34-CT/TW; dịch vụ công mức độ 3, 4.\n\n1. Thi đua.').targets;
    expect(t).toEqual([]);
  });
  it('spans cover the quantity', () => {
    const src = 'KẾ HOẠCH\nThi đua\n\n1. Chỉ tiêu\n- Tỷ lệ che phủ rừng 57,83%.';
    const t = run(src).targets[0]!;
    expect(src.slice(t.span.start, t.span.end)).toBe('57,83%');
  });
});

describe('targets: time phrases, "có thêm", per-unit money', () => {
  it('a time adverbial is not the indicator', () => {
    const t = targetsOf('- Phấn đấu đến hết năm 2025 có 100% số xã đạt chuẩn nông thôn mới.');
    expect(t[0]).toMatchObject({ value: 100, unit: '%', indicator: 'số xã đạt chuẩn nông thôn mới' });
  });
  it('"mỗi năm", "hằng năm", "bình quân mỗi năm" are time adverbials, not part of the indicator', () => {
    expect(targetsOf('a) Phát triển sản phẩm OCOP, phấn đấu mỗi năm có thêm từ 5 - 7 sản phẩm đạt 3 sao.')[0]).toMatchObject({ value: 5, valueMax: 7, indicator: 'sản phẩm đạt 3 sao' });
    expect(targetsOf('- Giảm tỷ lệ hộ nghèo bình quân mỗi năm từ 1,5% trở lên.')[0]).toMatchObject({ value: 1.5, change: 'decrease', indicator: 'tỷ lệ hộ nghèo' });
    expect(targetsOf('- Hằng năm, tỷ lệ cơ quan đạt danh hiệu văn hóa đạt trên 90%.')[0]).toMatchObject({ value: 90, indicator: 'tỷ lệ cơ quan đạt danh hiệu văn hóa' });
  });
  it('a line that opens on an amount after a line that ends on a word is the same clause (OCR hard wraps)', () => {
    expect(targetsOf('- Tốc độ tăng trưởng kinh tế (GRDP) đạt\n7 - 7,5%; thu ngân sách đạt\n21.500 tỷ đồng.').map((t) => [t.indicator, t.value, t.valueMax, t.unit])).toEqual([
      ['Tốc độ tăng trưởng kinh tế (GRDP)', 7, 7.5, '%'], ['thu ngân sách', 21500, null, 'tỷ đồng'],
    ]);
    // a marker on the next line still starts a clause of its own
    expect(targetsOf('1. Phấn đấu thu ngân sách đạt 500 tỷ đồng\n2. Có 100% xã đạt chuẩn').map((t) => t.value)).toEqual([500, 100]);
  });
  it('only verbs of doing before a count: the counted noun completes the indicator', () => {
    const ts = targetsOf('- Các chỉ tiêu: phát triển mới 5.000 đoàn viên; thành lập 30 công đoàn cơ sở.');
    expect(ts.map((t) => [t.indicator, t.unit])).toEqual([['phát triển mới đoàn viên', 'đoàn viên'], ['thành lập công đoàn cơ sở', 'công đoàn']]);
  });
  it('"mặt bằng" is a noun, not "equal to": it stays in the indicator', () => {
    expect(targetsOf('- Giải phóng mặt bằng 45 dự án; thu ngân sách bằng 6.800 tỷ đồng.').map((t) => t.indicator)).toEqual(['Giải phóng mặt bằng', 'thu ngân sách']);
  });
  it('verbs of ensuring and mobilizing take what follows the amount ("Huy động trên 95% trẻ 6 tuổi vào lớp 1")', () => {
    expect(targetsOf('- Huy động trên 95% trẻ 6 tuổi vào lớp 1.')[0]).toMatchObject({ value: 95, comparator: '>', indicator: 'Huy động trẻ 6 tuổi vào lớp 1' });
    expect(targetsOf('- Đảm bảo 100% xã có trạm y tế đạt chuẩn.')[0]).toMatchObject({ value: 100, indicator: 'Đảm bảo xã có trạm y tế đạt chuẩn' });
  });
  it('a count on a base of households or people keeps its base ("30 thuê bao/100 hộ gia đình")', () => {
    expect(targetsOf('- Số thuê bao băng rộng cố định đạt 30 thuê bao/100 hộ gia đình.')[0]).toMatchObject({ value: 30, unit: 'thuê bao/100 hộ gia đình', indicator: 'Số thuê bao băng rộng cố định' });
  });
  it('"Có thêm 12 xã" is an increase of a count', () => {
    expect(targetsOf('- Có thêm 12 xã đạt chuẩn nông thôn mới nâng cao.')[0]).toMatchObject({ value: 12, unit: 'xã', change: 'increase', indicator: 'xã đạt chuẩn nông thôn mới nâng cao' });
  });
  it('"triệu đồng/người/năm" keeps its per-unit', () => {
    expect(targetsOf('- Thu nhập bình quân đạt trên 70 triệu đồng/người/năm.')[0]).toMatchObject({ unit: 'triệu đồng/người/năm', comparator: '>' });
  });
  it('a count qualifying the count before it is part of its description, not a target', () => {
    const ts = targetsOf('- Phấn đấu có thêm 10 sản phẩm đạt chuẩn OCOP 3 sao trở lên.');
    expect(ts.map((t) => [t.value, t.unit])).toEqual([[10, 'sản phẩm']]);
    // with a comma between them, two counts are two targets
    expect(targetsOf('- Có thêm 02 xã đạt chuẩn nông thôn mới nâng cao, 01 xã đạt chuẩn nông thôn mới kiểu mẫu.').map((t) => t.value)).toEqual([2, 1]);
  });
  it('"Tăng trưởng" is growth, a noun, not a verb of change; "không dưới" is the comparator, not the indicator', () => {
    expect(targetsOf('- Tăng trưởng từ 5 - 7%.')[0]).toMatchObject({ value: 5, valueMax: 7, indicator: 'Tăng trưởng', change: null });
    expect(targetsOf('- Tăng trưởng kinh tế đạt 8%.')[0]).toMatchObject({ value: 8, indicator: 'Tăng trưởng kinh tế', change: null });
    expect(targetsOf('- Tỷ lệ hồ sơ giải quyết đúng hạn không dưới 98%.')[0]).toMatchObject({ value: 98, comparator: '>=', indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn' });
  });
  it('a scale word belongs to the unit after it: "1,5 triệu tấn", "1,2 triệu lượt khách"', () => {
    expect(targetsOf('- Sản lượng lương thực đạt 1,5 triệu tấn.')[0]).toMatchObject({ value: 1.5, unit: 'triệu tấn', indicator: 'Sản lượng lương thực' });
    expect(targetsOf('- Đón 1,2 triệu lượt khách du lịch.')[0]).toMatchObject({ value: 1.2, unit: 'triệu lượt khách', indicator: 'Đón lượt khách du lịch' });
    expect(targetsOf('- Dân số đạt 1,3 triệu người.')[0]).toMatchObject({ unit: 'triệu người', indicator: 'Dân số' });
    expect(targetsOf('- Tổng vốn đầu tư đạt 50 nghìn tỷ đồng.')[0]).toMatchObject({ value: 50, unit: 'nghìn tỷ đồng' });
  });
  it('after a bare verb, a measure\'s noun says what is measured; a dangling "cho" is dropped', () => {
    expect(targetsOf('- Trồng 2.500 ha rừng.')[0]).toMatchObject({ value: 2500, unit: 'ha', indicator: 'Trồng rừng' });
    expect(targetsOf('- Giải quyết việc làm cho 35.000 lao động.')[0]).toMatchObject({ value: 35000, unit: 'lao động', indicator: 'Giải quyết việc làm' });
  });
  it('after two verbs of doing, the counted thing completes the indicator; a noun phrase before stays alone', () => {
    expect(one('- Vận động xây dựng ít nhất 200 nhà Đại đoàn kết cho hộ nghèo.')).toMatchObject({ value: 200, unit: 'nhà', comparator: '>=', indicator: 'Vận động xây dựng nhà Đại đoàn kết cho hộ nghèo' });
    expect(one('- Tổ chức tập huấn 50 lớp cho cán bộ cơ sở.')).toMatchObject({ value: 50, unit: 'lớp', indicator: 'Tổ chức tập huấn lớp cho cán bộ cơ sở' });
    expect(one('- Số xã đạt chuẩn nông thôn mới 15 xã.')).toMatchObject({ value: 15, indicator: 'Số xã đạt chuẩn nông thôn mới' });
    // who does it, then the verb right before the amount
    expect(one('- Mỗi xã, phường xây dựng ít nhất 01 mô hình dân vận khéo.')).toMatchObject({ value: 1, comparator: '>=', indicator: 'Mỗi xã, phường xây dựng mô hình dân vận khéo' });
  });
  it('"X có N Y": what is counted and who has it (the whole territory, "Toàn tỉnh có", is no owner); after "phấn đấu có" the counted noun alone', () => {
    expect(one('- Mỗi đơn vị có ít nhất 01 sáng kiến được công nhận cấp ngành.')).toMatchObject({ value: 1, unit: 'sáng kiến', comparator: '>=', indicator: 'Mỗi đơn vị có sáng kiến được công nhận cấp ngành' });
    expect(one('- Toàn tỉnh có thêm 25 trường đạt chuẩn quốc gia.')).toMatchObject({ value: 25, change: 'increase', indicator: 'trường đạt chuẩn quốc gia' });
    expect(one('- Phát triển sản phẩm OCOP, phấn đấu có thêm 10 sản phẩm đạt chuẩn OCOP 3 sao.')).toMatchObject({ value: 10, indicator: 'sản phẩm đạt chuẩn OCOP 3 sao' });
  });
  it('right after "phấn đấu", the described noun is the indicator, unless it is a reference level ("100% kế hoạch")', () => {
    expect(one('2.1. Tiếp tục đổi mới hình thức tổ chức các phong trào thi đua, phấn đấu đến năm 2025 có 100% cơ quan, đơn vị đăng ký thi đua.')).toMatchObject({ value: 100, unit: '%', indicator: 'cơ quan, đơn vị đăng ký thi đua' });
    expect(one('- Thu ngân sách nhà nước, phấn đấu đạt 100% kế hoạch.')).toMatchObject({ value: 100, indicator: 'Thu ngân sách nhà nước' });
  });
  it('"Mục tiêu (đến năm 2025), N% …" in prose: a target, the lead-in is not its indicator', () => {
    const t = run('Bộ Y tế phát động thi đua\n\n15/03/2024 09:12\n\nNgày 14/3, Bộ Y tế tổ chức lễ phát động.\n\nMục tiêu đến năm 2025, 100% bệnh viện triển khai bệnh án điện tử.').targets;
    expect(t.map((x) => [x.indicator, x.value, x.unit])).toEqual([['bệnh viện triển khai bệnh án điện tử', 100, '%']]);
  });
  it('life expectancy in years is a target, an age that qualifies a group is not; "trung bình" after a noun stays', () => {
    expect(targetsOf('- Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99%.\n- Tuổi thọ trung bình đạt 74,5 tuổi.').map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ['Tỷ lệ huy động trẻ 5 tuổi ra lớp', 99, '%'], ['Tuổi thọ trung bình', 74.5, 'tuổi'],
    ]);
    expect(one('- Kim ngạch xuất khẩu tăng bình quân 10%/năm.')).toMatchObject({ indicator: 'Kim ngạch xuất khẩu', change: 'increase' });
  });
  it('"từ N Y … trở lên": a short qualifier may stand before "trở lên"', () => {
    expect(one('- Mỗi huyện có từ 3 sản phẩm OCOP trở lên.')).toMatchObject({ value: 3, comparator: '>=', indicator: 'Mỗi huyện có sản phẩm OCOP' });
    expect(one('- Có 10 sản phẩm đạt chuẩn OCOP trở lên.')).toMatchObject({ value: 10, comparator: '=' });
  });
  it('a rate per year keeps its per-unit too: "%/năm", as written', () => {
    expect(targetsOf('- Tốc độ tăng trưởng kinh tế bình quân đạt 7,5%/năm.')[0]).toMatchObject({ value: 7.5, unit: '%/năm' });
    expect(targetsOf('- Tỷ lệ hộ nghèo giảm 1,5% / năm.')[0]).toMatchObject({ value: 1.5, unit: '%/năm', change: 'decrease' });
    expect(targetsOf('- Tỷ lệ che phủ rừng đạt 65%.')[0]).toMatchObject({ unit: '%' });
  });
});

describe('targets in tables', () => {
  it('the planning column, not last year\'s results ("Thực hiện 2023", "Ước đạt")', () => {
    const t = run('KẾ HOẠCH\nVề thi đua năm 2024\n\n1. Chỉ tiêu\n\n| TT | Chỉ tiêu | ĐVT | Thực hiện 2023 | Ước đạt 2023 | Chỉ tiêu năm 2024 |\n|---|---|---|---|---|---|\n| 1 | Tốc độ tăng trưởng GRDP | % | 6,5 | 6,6 | 7 - 7,5 |\n| 2 | Tỷ lệ hộ nghèo | % | 3,2 | 3,0 | < 2,5 |\n\n2. Giải pháp\nThực hiện tốt.\n').targets;
    expect(t.map((x) => [x.value, x.valueMax, x.comparator, x.indicator])).toEqual([[7, 7.5, '=', 'Tốc độ tăng trưởng GRDP'], [2.5, null, '<', 'Tỷ lệ hộ nghèo']]);
  });
  it('comparators and ranges in the value cell; tables without a planning column give nothing', async () => {
    const { run } = await import('./support/helpers.js');
    const t = '| STT | Chỉ tiêu | ĐVT | Mục tiêu 2025 |\n|---|---|---|---|\n| 1 | Tỷ lệ hộ nghèo | % | dưới 2 |\n| 2 | Giảm số vụ tai nạn giao thông | % | 5 - 10 |\n';
    expect(run(`KẾ HOẠCH\nThi đua năm 2025\n\n${t}`).targets.map((x) => [x.indicator, x.value, x.valueMax, x.comparator, x.change])).toEqual([
      ['Tỷ lệ hộ nghèo', 2, null, '<', null], ['số vụ tai nạn giao thông', 5, 10, '=', 'decrease'],
    ]);
    const schedule = '| TT | Nội dung | Thời gian | Đơn vị thực hiện |\n|---|---|---|---|\n| 1 | Sơ kết | 15/6/2025 | Sở Nội vụ |\n';
    expect(run(`KẾ HOẠCH\nThi đua năm 2025\n\n${schedule}`).targets).toEqual([]);
  });
  it('a value cell with its own unit or verb: "12 bác sĩ", "1.385 tỷ đồng", "Tăng 8%"', () => {
    const t = run('KẾ HOẠCH\nThi đua năm 2024\n\n| STT | Chỉ tiêu | Kế hoạch 2024 |\n|---|---|---|\n| 1 | Số bác sĩ/vạn dân | 12 bác sĩ |\n| 2 | Thu ngân sách | 1.385 tỷ đồng |\n| 3 | Kim ngạch xuất khẩu | Tăng 8% |\n| 4 | Tỷ lệ tham gia BHYT | Đạt 95% |\n').targets;
    expect(t.map((x) => [x.indicator, x.value, x.unit, x.change])).toEqual([
      ['Số bác sĩ/vạn dân', 12, 'bác sĩ', null], ['Thu ngân sách', 1385, 'tỷ đồng', null], ['Kim ngạch xuất khẩu', 8, '%', 'increase'], ['Tỷ lệ tham gia BHYT', 95, '%', null],
    ]);
    expect(t[1]!.quantity).toEqual({ amount: 1385e9, currency: 'VND' });
  });
  it('grid tables (pandoc) are read like pipe tables: one row per grid row, wrapped cells joined', async () => {
    const { gridTablesToPipes } = await import('../src/ingest/grid-tables.js');
    const grid = '+----+---------------------+-----+----------+\n| TT | Chỉ tiêu            | ĐVT | Kế hoạch |\n|    |                     |     | 2024     |\n+====+=====================+=====+==========+\n| 1  | Tỷ lệ che phủ rừng  | %   | 42       |\n+----+---------------------+-----+----------+\n| 2  | Thu ngân sách nhà   | tỷ  | 4.500    |\n|    | nước                | đồng|          |\n+----+---------------------+-----+----------+\n';
    expect(gridTablesToPipes(grid).split('\n').slice(0, 3)).toEqual(['| TT | Chỉ tiêu | ĐVT | Kế hoạch 2024 |', '|---|---|---|---|', '| 1 | Tỷ lệ che phủ rừng | % | 42 |']);
    const t = run(`KẾ HOẠCH\nThi đua năm 2024\n\n1. Chỉ tiêu\n\n${grid}\n2. Tổ chức thực hiện\nGiao các sở.`).targets;
    expect(t.map((x) => [x.indicator, x.value, x.unit])).toEqual([['Tỷ lệ che phủ rừng', 42, '%'], ['Thu ngân sách nhà nước', 4500, 'tỷ đồng']]);
    // a border line without rows under it is left alone
    expect(gridTablesToPipes('+---+---+\ntext')).toBe('+---+---+\ntext');
  });
  it('tables laid out with tabs or wide gaps (word-processor copies, OCR): columns by head, an empty cell aligned by position', () => {
    const spaced = 'TT   Chỉ tiêu                          Đơn vị     Thực hiện 2023   Kế hoạch 2024\n1    Tốc độ tăng trưởng GRDP           %          6,8              7,5\n2    Số doanh nghiệp thành lập mới                 1.050            1.200\n3    Thu ngân sách                     tỷ đồng    4.200            4.500\n';
    const t = run(`KẾ HOẠCH\nThi đua năm 2024\n\n1. Chỉ tiêu\n\n${spaced}\n2. Tổ chức thực hiện\nGiao các sở.`).targets;
    expect(t.map((x) => [x.indicator, x.value, x.unit])).toEqual([['Tốc độ tăng trưởng GRDP', 7.5, '%'], ['Số doanh nghiệp thành lập mới', 1200, ''], ['Thu ngân sách', 4500, 'tỷ đồng']]);
    const tabbed = 'TT\tChỉ tiêu\tĐVT\tKế hoạch 2024\n1\tTỷ lệ che phủ rừng\t%\t42\n';
    expect(run(`KẾ HOẠCH\nThi đua năm 2024\n\n1. Chỉ tiêu\n${tabbed}`).targets.map((x) => [x.indicator, x.value, x.unit])).toEqual([['Tỷ lệ che phủ rừng', 42, '%']]);
    const schedule = 'TT   Nội dung            Thời gian      Đơn vị thực hiện\n1    Sơ kết              15/6/2025      Sở Nội vụ\n';
    expect(run(`KẾ HOẠCH\nThi đua năm 2025\n\n${schedule}`).targets).toEqual([]);
  });
});

describe('targets in the language of security and order plans', () => {
  it('"kéo giảm" is a verb of decrease, whatever stands between it and the amount', () => {
    expect(one('- Kéo giảm từ 5% trở lên số vụ phạm pháp hình sự so với năm 2023.')).toMatchObject({ indicator: 'số vụ phạm pháp hình sự', value: 5, unit: '%', comparator: '>=', change: 'decrease' });
    expect(one('- Kéo giảm tội phạm về trật tự xã hội từ 5% trở lên.')).toMatchObject({ indicator: 'tội phạm về trật tự xã hội', comparator: '>=', change: 'decrease' });
    // "kéo giảm … xuống còn" is a level
    expect(one('- Kéo giảm tỷ lệ tái phạm xuống còn 3%.').change).toBeNull();
  });
  it('"cả N …" counts what the amount covers, it is not a target of its own', () => {
    expect(targetsOf('- Kéo giảm tai nạn giao thông trên cả 3 tiêu chí từ 5% trở lên.').map((t) => [t.value, t.unit, t.change])).toEqual([[5, '%', 'decrease']]);
  });
  it('the base of a comparison is not part of the indicator', () => {
    expect(one('- Phấn đấu tăng 10% số lượt khách du lịch so với năm 2023.').indicator).toBe('số lượt khách du lịch');
    expect(one('- Số vụ cháy nổ so với năm 2023 giảm 10%.').indicator).toBe('Số vụ cháy nổ');
    // a ratio's base is: "so với tổng số" stays
    expect(one('- Tỷ lệ lao động nữ so với tổng số lao động đạt 45%.').indicator).toBe('Tỷ lệ lao động nữ so với tổng số lao động');
  });
  it('"so với cùng kỳ" reports a result, unless the clause commits to the amount', () => {
    expect(targetsOf('- Thu ngân sách tăng 8% so với cùng kỳ.')).toEqual([]);
    expect(one('- Phấn đấu thu ngân sách tăng 8% so với cùng kỳ.')).toMatchObject({ value: 8, change: 'increase' });
  });
  it('after its verbs of investigating, a share names what it is a share of', () => {
    expect(one('- Điều tra làm rõ trên 85% số vụ phạm pháp hình sự.')).toMatchObject({ indicator: 'Điều tra làm rõ số vụ phạm pháp hình sự', value: 85, comparator: '>' });
    expect(one('- Khám phá đạt trên 75% số vụ án về trật tự xã hội.').indicator).toBe('Khám phá số vụ án về trật tự xã hội');
  });
  it('two-word count nouns of this genre are whole units', () => {
    expect(one('- Triệt phá 20 đường dây mua bán ma túy.')).toMatchObject({ unit: 'đường dây', indicator: 'Triệt phá đường dây mua bán ma túy' });
    expect(one('- Bắt giữ trên 300 đối tượng truy nã.')).toMatchObject({ unit: 'đối tượng', comparator: '>', indicator: 'Bắt giữ đối tượng truy nã' });
  });
  it('after a bare verb, what an amount of money is for completes the indicator', () => {
    expect(one('- Thu hút 3 tỷ USD vốn FDI.')).toMatchObject({ indicator: 'Thu hút vốn FDI', unit: 'tỷ usd' });
    // a preposition after the amount is not what it is
    expect(one('- Huy động 500 tỷ đồng từ ngân sách.').indicator).toBe('Huy động');
  });
});

describe('the targets heading and its numbered items', () => {
  const doc = (body: string) => run(`NGHỊ QUYẾT\nVề nhiệm vụ năm 2024\n\n${body}`).targets;
  it('items numbered under "Điều 2. Các chỉ tiêu chủ yếu" stay in the targets, without a verb of reaching', () => {
    const t = doc('Điều 1. Mục tiêu tổng quát\nPhát triển nhanh và bền vững.\n\nĐiều 2. Các chỉ tiêu chủ yếu\n1. Tốc độ tăng trưởng GRDP đạt 7,5%.\n2. Có thêm 10 xã đạt chuẩn nông thôn mới.\n\nĐiều 3. Tổ chức thực hiện\n1. Có 2 Ban giám sát việc thực hiện.');
    expect(t.map((x) => [x.value, x.unit, x.change])).toEqual([[7.5, '%', null], [10, 'xã', 'increase']]);
  });
  it('a heading of the style seen above the targets heading ends them', () => {
    const t = doc('I. MỤC TIÊU\n1. Chỉ tiêu\na) Có thêm 5 trường đạt chuẩn.\nII. NHIỆM VỤ\na) Thành lập 3 tổ công tác.');
    expect(t.map((x) => [x.value, x.unit])).toEqual([[5, 'trường']]);
  });
});

describe('targets under an upper-case heading with numbered groups', () => {
  it('"II. CHỈ TIÊU THI ĐUA" > "1. Đối với …" > bullets: every bullet is read, though "1." was seen above', () => {
    const t = run('KẾ HOẠCH\nThi đua năm học 2023 - 2024\n\nI. MỤC ĐÍCH\n1. Tạo không khí thi đua.\n\nII. CHỈ TIÊU THI ĐUA\n1. Đối với giáo viên\n- Có ít nhất 05 sáng kiến được công nhận.\n2. Đối với học sinh\n- Có từ 30 giải học sinh giỏi cấp thành phố trở lên.\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Có 3 tổ chuyên môn triển khai.').targets;
    expect(t.map((x) => [x.value, x.unit, x.comparator, x.indicator])).toEqual([
      [5, 'sáng kiến', '>=', 'sáng kiến được công nhận'],
      [30, 'giải', '>=', 'giải học sinh giỏi cấp thành phố'],
    ]);
  });
});

describe('targets that lean on the clause before them', () => {
  it('"X đạt A, tăng B% so với năm 2023": the change is X\'s, the base of comparison dropped', () => {
    const t = targetsOf('- Tổng kim ngạch xuất khẩu đạt 1,2 tỷ USD, tăng 10% so với năm 2023.');
    expect(t.map((x) => [x.indicator, x.value, x.unit, x.change])).toEqual([
      ['Tổng kim ngạch xuất khẩu', 1.2, 'tỷ usd', null],
      ['Tổng kim ngạch xuất khẩu', 10, '%', 'increase'],
    ]);
  });
  it('"…, trong đó có Y đạt N%" is a part of the indicator before it; a count after "trong đó có" names itself', () => {
    const t = targetsOf('- Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp đạt 30%.\n- Có 50 xã đạt chuẩn nông thôn mới, trong đó có 10 xã đạt chuẩn nâng cao.');
    expect(t.map((x) => [x.indicator, x.value])).toEqual([
      ['Tỷ lệ lao động qua đào tạo', 70], ['Tỷ lệ lao động qua đào tạo có bằng cấp', 30],
      ['xã đạt chuẩn nông thôn mới', 50], ['xã đạt chuẩn nâng cao', 10],
    ]);
  });
  it('a bullet list under "… các chỉ tiêu:" in a news paragraph, without verbs', () => {
    const r = run('Huyện A phát động thi đua\n\nSáng 2/3, Huyện ủy A phát động thi đua.\n\nĐồng chí Bí thư đề nghị tập trung thực hiện các chỉ tiêu:\n\n- Có thêm 2 xã đạt chuẩn nông thôn mới;\n- Giải quyết việc làm cho 1.500 lao động.\n\nDịp này, Huyện ủy trao giấy khen cho 12 tập thể.\n');
    expect(r.targets.map((x) => [x.value, x.unit])).toEqual([[2, 'xã'], [1500, 'lao động']]);
  });
});

describe('ranges and items that open on their amount', () => {
  it('a range with the unit on both ends: "85% - 90%", "95 tỷ đồng - 100 tỷ đồng"', () => {
    expect(one('- Tỷ lệ hài lòng đạt 85% - 90%.')).toMatchObject({ value: 85, valueMax: 90, unit: '%' });
    expect(one('- Tổng vốn đầu tư đạt 95 tỷ đồng - 100 tỷ đồng.')).toMatchObject({ value: 95, valueMax: 100, unit: 'tỷ đồng' });
    // two amounts of different units are two targets, not a range
    expect(targetsOf('- Tỷ lệ che phủ rừng đạt 42% - 1.200 ha rừng trồng mới.').map((t) => [t.value, t.valueMax, t.unit])).toEqual([[42, null, '%'], [1200, null, 'ha']]);
  });
  it('"7. 100% xã, phường, thị trấn có nhà văn hóa": a numbered item that opens on its amount is an item', () => {
    const r = run('KẾ HOẠCH\nThi đua năm 2024\n\nI. CHỈ TIÊU\n1. Thu ngân sách đạt 500 tỷ đồng.\n2. 100% xã, phường, thị trấn có nhà văn hóa.\n3. 15 xã đạt chuẩn nông thôn mới.\n');
    expect(r.sections[0]!.children.map((s) => s.marker)).toEqual(['1.', '2.', '3.']);
    expect(r.targets.map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['Thu ngân sách', 500, 'tỷ đồng'], ['xã, phường, thị trấn có nhà văn hóa', 100, '%'], ['xã đạt chuẩn nông thôn mới', 15, 'xã'],
    ]);
  });
});

describe('rates', () => {
  it('per mille and a rate on a base ("46/100.000 trẻ đẻ sống"); an age before the amount is a qualifier', () => {
    expect(one('- Tỷ lệ tử vong trẻ em dưới 1 tuổi dưới 10‰.')).toMatchObject({ indicator: 'Tỷ lệ tử vong trẻ em dưới 1 tuổi', value: 10, unit: '‰', comparator: '<' });
    expect(one('- Tỷ suất chết mẹ dưới 46/100.000 trẻ đẻ sống.')).toMatchObject({ indicator: 'Tỷ suất chết mẹ', value: 46, unit: '/100.000 trẻ đẻ sống', comparator: '<' });
    expect(one('- Tỷ lệ tội phạm đạt 12/1.000 dân so với năm 2023.')).toMatchObject({ value: 12, unit: '/1.000 dân' });
    // a fraction or a document number is not a rate
    expect(targetsOf('- Hoàn thành 3/4 số xã theo Kế hoạch 12/2024.')).toEqual([]);
  });
});

describe('names in quotes', () => {
  it('the numbers inside a named campaign, model or slogan are part of its name, not amounts', () => {
    expect(targetsOf('- Thực hiện Cuộc vận động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”.')).toEqual([]);
    expect(targetsOf('- Nhân rộng mô hình “3 an toàn” và phong trào thi đua "5 không, 3 sạch".')).toEqual([]);
    // the amount outside the name still counts
    expect(targetsOf('- Có 90% hộ gia đình đạt tiêu chí “5 không, 3 sạch”.').map((t) => [t.value, t.unit])).toEqual([[90, '%']]);
  });
  it('a quotation of what someone said keeps its amounts', () => {
    expect(targetsOf('- Đồng chí Chủ tịch nêu rõ: “Phấn đấu tỷ lệ hộ nghèo giảm 1,5%”.').map((t) => [t.value, t.change])).toEqual([[1.5, 'decrease']]);
  });
});

describe('a verb shared along a list', () => {
  it('an amount with nothing before it but a comma takes the verb of the amount before it', () => {
    expect(targetsOf('- Có thêm 02 xã đạt chuẩn nông thôn mới nâng cao, 01 xã đạt chuẩn nông thôn mới kiểu mẫu.').map((t) => t.change)).toEqual(['increase', 'increase']);
    expect(targetsOf('- Kéo giảm 5% số vụ tai nạn giao thông, 3% số người chết.').map((t) => t.change)).toEqual(['decrease', 'decrease']);
    // a level after a change keeps its own verb
    expect(targetsOf('- Tăng 2% số hộ khá, tỷ lệ hộ nghèo đạt 3%.').map((t) => t.change)).toEqual(['increase', null]);
  });
});

describe('targets: wording and layout', () => {
  const outside = (body: string) => run(`KẾ HOẠCH\nThi đua năm 2024\n\nII. NỘI DUNG THI ĐUA\n1. Thi đua xây dựng nông thôn mới\n${body}\n2. Tổ chức thực hiện\nGiao các phòng thực hiện.`).targets;
  it('a clause hard-wrapped onto a line that goes on in lower case is read whole', () => {
    const t = outside('Phấn đấu tổng giá trị sản xuất tăng 10,5%; thu ngân sách trên địa bàn\nđạt 350 tỷ đồng; giảm tỷ lệ hộ nghèo 1,5%.');
    expect(t.map((x) => x.value)).toEqual([10.5, 350, 1.5]);
    expect(t[1]).toMatchObject({ indicator: 'thu ngân sách trên địa bàn', unit: 'tỷ đồng' });
  });
  it('"Có thêm N …" at the start of a sentence is a verb of reaching outside a targets section', () => {
    expect(outside('Có thêm 02 xã đạt chuẩn nông thôn mới nâng cao.')[0]).toMatchObject({ value: 2, unit: 'xã', change: 'increase' });
  });
  it('"mỗi năm", "hằng năm" before an amount are no year', () => {
    expect(one('- Phấn đấu giảm tỷ lệ hộ nghèo mỗi năm 2,5%.')).toMatchObject({ value: 2.5, change: 'decrease' });
    expect(one('- Tỷ lệ tăng dân số hằng năm 1%.')).toMatchObject({ value: 1 });
  });
  it('"hoàn thành 100% …" is an amount to complete, outside a targets section too; the verb and what follows say what', () => {
    expect(outside('- Thứ nhất, hoàn thành 100% công trình, dự án chào mừng Đại hội.')[0]).toMatchObject({ value: 100, unit: '%', indicator: 'hoàn thành công trình, dự án chào mừng Đại hội' });
    expect(one('- Tuyên truyền 100% hộ gia đình về phong trào.')).toMatchObject({ indicator: 'Tuyên truyền hộ gia đình về phong trào' });
    // a description after "hoàn thành" is no target outside a targets section
    expect(outside('Phát triển hạ tầng giao thông, trong đó hoàn thành tuyến cao tốc qua tỉnh dài 118 km.')).toEqual([]);
  });
  it('a verb of change governs an indicator of many syllables, but "tăng cường" is no change', () => {
    expect(one('- Phấn đấu giảm tỷ lệ hộ nghèo bình quân mỗi năm từ 2,5% trở lên.')).toMatchObject({ value: 2.5, comparator: '>=', change: 'decrease' });
    expect(one('- Tăng cường kiểm tra 100% cơ sở sản xuất.').change).toBeNull();
  });
  it('"năm" before a word of time is the year, not five: "Tháng Thanh niên năm nay, Thành đoàn phấn đấu …"', () => {
    const t = run('Hà Nội ra quân Tháng Thanh niên\n\nSáng 2/3/2024, Thành đoàn tổ chức lễ ra quân. Tháng Thanh niên năm nay, Thành đoàn phấn đấu trồng mới 10.000 cây xanh. Trong năm học tới, phấn đấu có năm trường đạt chuẩn.').targets;
    expect(t.map((x) => [x.value, x.unit])).toEqual([[10000, 'cây'], [5, 'trường']]);
  });
  it('a bullet list after "… phấn đấu:" is a list of targets; two-word count nouns ("hoạt động", "ngày công", "phần việc") are the unit whole', () => {
    const t = run('Tuổi trẻ ra quân\n\nNgày 2/3/2024, Thành đoàn cho biết, năm 2024 Thành đoàn phấn đấu:\n\n- 100% cơ sở Đoàn tổ chức ít nhất 01 hoạt động tình nguyện;\n- Trồng mới 10.000 cây xanh;\n- Huy động 5.000 ngày công lao động.\n\nTin: Ngọc Anh').targets;
    expect(t.map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ['cơ sở Đoàn tổ chức ít nhất 01 hoạt động tình nguyện', 100, '%'],
      ['Trồng mới cây xanh', 10000, 'cây'],
      ['Huy động ngày công lao động', 5000, 'ngày công'],
    ]);
    expect(one('- Mỗi chi đoàn đăng ký ít nhất 02 phần việc thanh niên.')).toMatchObject({ indicator: 'Mỗi chi đoàn đăng ký phần việc thanh niên', value: 2, unit: 'phần việc', comparator: '>=' });
  });
  it('news: "Mục tiêu năm 2024: …" names targets; "đặt mục tiêu" is an aim; "giải ngân" a verb of doing; "Theo kế hoạch," no indicator', () => {
    const news = (sentence: string) => run(`Phát động thi đua năm 2024\n\n20/02/2024 09:00\n\nSáng 19/2, UBND tỉnh Nghệ An tổ chức hội nghị phát động thi đua.\n\n${sentence}\n\nMinh Anh\n`).targets
      .map((t) => [t.indicator, t.value, t.unit]);
    expect(news('Mục tiêu năm 2024: thu hút 1 tỷ USD vốn FDI, tạo việc làm mới cho 40.000 lao động.'))
      .toEqual([['thu hút vốn FDI', 1, 'tỷ usd'], ['tạo việc làm mới', 40000, 'lao động']]);
    expect(news('Tỉnh đặt mục tiêu tăng trưởng kinh tế đạt 9%.')).toEqual([['tăng trưởng kinh tế', 9, '%']]);
    expect(news('Năm 2024, tỉnh phấn đấu giải ngân 100% kế hoạch vốn đầu tư công được giao.')).toEqual([['giải ngân kế hoạch vốn đầu tư công được giao', 100, '%']]);
    expect(news('Theo kế hoạch, tỷ lệ hộ nghèo giảm 1,5%.')).toEqual([['tỷ lệ hộ nghèo', 1.5, '%']]);
    // (the subject before "sẽ" is who acts, not what is measured)
    expect(news('Theo kế hoạch, năm 2024 tỉnh sẽ hoàn thành 5.000 căn nhà cho hộ nghèo.')).toEqual([['hoàn thành căn nhà cho hộ nghèo', 5000, 'căn nhà']]);
  });
  it('a time phrase after the counted noun is not part of the indicator, before a full stop too', () => {
    expect(one('- Phấn đấu kết nạp ít nhất 150 đảng viên mới trong năm 2024.')).toMatchObject({ indicator: 'kết nạp đảng viên mới', value: 150, unit: 'đảng viên', comparator: '>=' });
  });
  it('a connective that opens the sentence ("Theo đó,", "Ngoài ra,", "Bên cạnh đó,") is not part of the indicator', () => {
    expect(one('- Theo đó, mỗi đơn vị đăng ký ít nhất 01 công trình chào mừng.').indicator).toBe('mỗi đơn vị đăng ký công trình chào mừng');
    expect(one('- Ngoài ra, tỷ lệ hộ nghèo giảm 1,5%.').indicator).toBe('tỷ lệ hộ nghèo');
    expect(one('- Bên cạnh đó, phấn đấu thu ngân sách đạt 5.000 tỷ đồng.').indicator).toBe('thu ngân sách');
  });
  it('an opening "Trong năm/đợt/thời gian …," is not part of the indicator', () => {
    expect(one('- Trong đợt thi đua, mỗi đơn vị đăng ký ít nhất 01 công trình chào mừng.').indicator).toBe('mỗi đơn vị đăng ký công trình chào mừng');
    expect(one('- Trong năm 2024, tỷ lệ hộ nghèo giảm 1,5%.').indicator).toBe('tỷ lệ hộ nghèo');
  });
});

describe('a lead-in that says whose aim it is', () => {
  it('"Mục tiêu của phong trào là đến hết năm học, 100% …": the indicator is what follows the percentage', () => {
    const t = run('Phát động thi đua đổi mới dạy và học\n\n12/09/2024 15:30\n\nNgày 12/9, Bộ Giáo dục và Đào tạo phát động phong trào thi đua.\n\nMục tiêu của phong trào là đến hết năm học, 100% cơ sở giáo dục triển khai ứng dụng công nghệ thông tin trong dạy học; tỷ lệ giáo viên đạt chuẩn đạt trên 90%.\n\nThu Hằng\n').targets;
    expect(t.map((x) => [x.indicator, x.value, x.comparator])).toEqual([
      ['cơ sở giáo dục triển khai ứng dụng công nghệ thông tin trong dạy học', 100, '='], ['tỷ lệ giáo viên đạt chuẩn', 90, '>'],
    ]);
  });
  it('"đến hết nhiệm kỳ", "đến cuối năm học 2024 - 2025" are times, not part of the indicator', () => {
    expect(one('- Đến hết nhiệm kỳ, tỷ lệ chi bộ đạt trong sạch, vững mạnh đạt 90%.').indicator).toBe('tỷ lệ chi bộ đạt trong sạch, vững mạnh');
    expect(one('- Đến cuối năm học 2024 - 2025, tỷ lệ học sinh bỏ học dưới 1%.').indicator).toBe('tỷ lệ học sinh bỏ học');
  });
});

describe('who has a counted thing, listed with commas', () => {
  it('"mỗi xã, thị trấn có ít nhất 02 mô hình": the whole list is the possessor', () => {
    expect(one('- Hằng năm, mỗi xã, thị trấn có ít nhất 02 mô hình được công nhận.')).toMatchObject({ indicator: 'mỗi xã, thị trấn có mô hình được công nhận', value: 2, comparator: '>=' });
    expect(one('- Tập trung phát triển kinh tế, từng thôn, bản có ít nhất 01 mô hình.').indicator).toBe('từng thôn, bản có mô hình');
    // (without "mỗi"/"từng", the possessor is the last part of the list)
    expect(one('- Tập trung phát triển kinh tế, mỗi thôn có ít nhất 01 mô hình.').indicator).toBe('mỗi thôn có mô hình');
  });
});

describe('an item that opens on a share', () => {
  const items = (lines: string) => run(`KẾ HOẠCH\nThi đua năm 2024\n\nII. NỘI DUNG THI ĐUA\n1. Thi đua cải cách hành chính\n${lines}\n2. Thi đua xây dựng Đảng\nNội dung.`).targets.map((t) => [t.indicator, t.value, t.unit]);
  it('commits to it, outside a targets heading too', () => {
    expect(items('- 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.'))
      .toEqual([['thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình', 100, '%']]);
    // (a markdown export's escaped bullet)
    expect(items('\\- 95% hồ sơ được giải quyết đúng hạn.')).toEqual([['hồ sơ được giải quyết đúng hạn', 95, '%']]);
  });
  it('not what has been done, nor a share in the middle of a sentence without a verb of reaching', () => {
    expect(items('- 100% xã đã hoàn thành việc số hóa hồ sơ.')).toEqual([]);
    expect(items('- Trích 20% quỹ thi đua để khen thưởng đột xuất.')).toEqual([]);
  });
});

describe('a rate\'s noun and a level after a change', () => {
  it('"Tỷ lệ tăng dân số", "tốc độ tăng": a rate named, not an amount of change; "ở mức" is a level; "mức tăng" is a change', () => {
    expect(one('- Tỷ lệ tăng dân số tự nhiên 0,9%.')).toMatchObject({ indicator: 'Tỷ lệ tăng dân số tự nhiên', change: null });
    expect(one('- Tốc độ tăng giá trị sản xuất ở mức 10%.')).toMatchObject({ indicator: 'Tốc độ tăng giá trị sản xuất', change: null });
    expect(one('- Mức tăng năng suất lao động 6%/năm.').change).toBe('increase');
    expect(one('- Tỷ lệ hộ nghèo giảm 1,5%.').change).toBe('decrease');
  });
  it('"… tăng 10%, đạt 1.200 doanh nghiệp": the level after the change is the same indicator\'s', () => {
    expect(targetsOf('- Số doanh nghiệp thành lập mới tăng 10%, đạt 1.200 doanh nghiệp.').map((t) => [t.indicator, t.value, t.change])).toEqual([
      ['Số doanh nghiệp thành lập mới', 10, 'increase'], ['Số doanh nghiệp thành lập mới', 1200, null],
    ]);
  });
});

describe('news: a share after "có", a target set with "đặt chỉ tiêu"', () => {
  const news = (sentence: string) => run(`Quảng Nam phát động thi đua năm 2024\n\n20/02/2024 09:00\n\nSáng 19/2, UBND tỉnh Quảng Nam tổ chức hội nghị phát động thi đua năm 2024.\n\n${sentence}\n\nMinh Anh\n`).targets
    .map((t) => [t.indicator, t.value, t.unit]);
  it('"toàn tỉnh có 70% số xã đạt chuẩn …": the share is of what follows, not of who has it', () => {
    expect(news('Mục tiêu đến năm 2025, toàn tỉnh có 70% số xã đạt chuẩn nông thôn mới.')).toEqual([['số xã đạt chuẩn nông thôn mới', 70, '%']]);
  });
  it('"quận đặt mục tiêu …; …; …": every part of the sentence is an aim, as after "phấn đấu"', () => {
    expect(news('Năm 2024, quận đặt mục tiêu thu ngân sách đạt 22.800 tỷ đồng; giải quyết việc làm cho 2.500 lao động; 95% hồ sơ thủ tục hành chính được giải quyết đúng hạn.'))
      .toEqual([['thu ngân sách', 22800, 'tỷ đồng'], ['giải quyết việc làm', 2500, 'lao động'], ['hồ sơ thủ tục hành chính được giải quyết đúng hạn', 95, '%']]);
    // (a sentence that opens on the text it follows names no indicator: "Theo Kế hoạch số …, mỗi địa phương …")
    expect(news('Theo Kế hoạch số 245-KH/TU ngày 10/9/2024 của Ban Thường vụ Tỉnh ủy, mỗi địa phương, đơn vị đăng ký ít nhất 01 công trình chào mừng Đại hội.'))
      .toEqual([['mỗi địa phương, đơn vị đăng ký công trình chào mừng Đại hội', 1, 'công trình']]);
    // ("Cụ thể," opening the sentence names nothing)
    expect(news('Năm 2024, tỉnh phấn đấu đạt 22 chỉ tiêu chủ yếu. Cụ thể, tốc độ tăng trưởng kinh tế (GRDP) tăng 8 - 8,5%; tỷ lệ đô thị hóa 45%.'))
      .toEqual([['tốc độ tăng trưởng kinh tế (GRDP)', 8, '%'], ['tỷ lệ đô thị hóa', 45, '%']]);
    // (without an aim, a report's counts after a verb of doing are not targets)
    expect(news('Năm 2024, quận giải quyết việc làm cho 2.500 lao động.')).toEqual([]);
  });
  it('"tỉnh đặt chỉ tiêu thu hút …": the indicator follows the aim', () => {
    expect(news('Năm nay, tỉnh đặt chỉ tiêu thu hút 3 triệu lượt khách du lịch.')).toEqual([['thu hút lượt khách du lịch', 3, 'triệu lượt khách']]);
  });
});

describe('a table row whose indicator ends on its verb of change', () => {
  it('"Tỷ lệ hộ nghèo giảm | % | 1,5": a decrease of the rate, the verb not part of the indicator', () => {
    const t = run('KẾ HOẠCH\nThi đua năm 2024\n\nII. CHỈ TIÊU\n\n| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 |\n|---|---|---|---|\n| 1 | Tỷ lệ hộ nghèo giảm | % | 1,5 |\n| 2 | Số doanh nghiệp thành lập mới tăng thêm | Doanh nghiệp | 300 |\n| 3 | Tốc độ tăng trưởng GRDP | % | 8 |\n').targets;
    expect(t.map((x) => [x.indicator, x.value, x.change])).toEqual([
      ['Tỷ lệ hộ nghèo', 1.5, 'decrease'], ['Số doanh nghiệp thành lập mới', 300, 'increase'], ['Tốc độ tăng trưởng GRDP', 8, null],
    ]);
  });
});

describe('news: what the text says will be done', () => {
  const news = (sentence: string) => run(`Quảng Nam phát động thi đua năm 2024\n\n20/02/2024 09:00\n\nSáng 19/2, Tỉnh đoàn Quảng Nam tổ chức lễ ra quân chiến dịch tình nguyện.\n\n${sentence}\n\nMinh Anh\n`).targets
    .map((t) => [t.indicator, t.value, t.unit]);
  it('"sẽ/dự kiến" + a verb of doing right before the amount: a target, and each amount after another verb of the clause', () => {
    expect(news('Trong khuôn khổ chiến dịch, Tỉnh đoàn sẽ tổ chức 200 hoạt động tình nguyện, thu hút 10.000 lượt đoàn viên tham gia.'))
      .toEqual([['tổ chức hoạt động tình nguyện', 200, 'hoạt động'], ['thu hút lượt đoàn viên tham gia', 10000, 'lượt']]);
    expect(news('Chiến dịch dự kiến trồng 50.000 cây xanh và làm mới 20 km đường giao thông nông thôn.'))
      .toEqual([['trồng cây xanh', 50000, 'cây'], ['làm mới đường giao thông nông thôn', 20, 'km']]);
  });
  it('not who will attend or what will be awarded', () => {
    expect(news('Dự kiến có khoảng 500 đại biểu tham dự lễ phát động.')).toEqual([]);
    expect(news('Lễ tổng kết sẽ diễn ra vào ngày 15/3 với sự tham gia của 1.000 người.')).toEqual([]);
    expect(news('Theo kế hoạch, hội thi sẽ có 12 đội tham gia.')).toEqual([]);
    expect(news('Dịp này, Tỉnh đoàn trao 200 suất quà cho học sinh nghèo.')).toEqual([]);
  });
});

describe('the words that close a description', () => {
  const plan = (line: string) => run(`KẾ HOẠCH\nThi đua năm 2024\n\nI. CHỈ TIÊU\n${line}\n\nII. TỔ CHỨC THỰC HIỆN\nCác đơn vị thực hiện.\n`).targets
    .map((t) => [t.indicator, t.value, t.unit, t.comparator]);
  it('"… hoàn thành tốt nhiệm vụ trở lên": a rating and those above it stay whole in the indicator', () => {
    expect(plan('- Phấn đấu 100% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.')).toEqual([['tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', 100, '%', '=']]);
  });
  it('a change by a share of a count: the count is measured, whoever acts on it ("Các đơn vị tập trung giảm 10% số vụ …")', () => {
    expect(plan('- Các đơn vị tập trung giảm 10% số vụ tai nạn giao thông.')).toEqual([['số vụ tai nạn giao thông', 10, '%', '=']]);
    expect(plan('- Công an tỉnh kéo giảm 5% số vụ phạm pháp hình sự.')).toEqual([['số vụ phạm pháp hình sự', 5, '%', '=']]);
    expect(plan('- Doanh thu du lịch tăng 15% so với năm 2023.')).toEqual([['Doanh thu du lịch', 15, '%', '=']]);
  });
  it('the verbs of eradicating ("Triệt xóa 100% tụ điểm …") are completed by the share\'s noun', () => {
    expect(plan('2. Triệt xóa 100% tụ điểm phức tạp về ma túy.')).toEqual([['Triệt xóa tụ điểm phức tạp về ma túy', 100, '%', '=']]);
  });
  it('OCR\'s "95, 5%" is 95.5', () => {
    expect(plan('- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95, 5%.')).toEqual([['Tỷ lệ dân số tham gia bảo hiểm y tế', 95.5, '%', '=']]);
  });
  it('"2.000 trường hợp": a count noun of two words ("trường" alone is a school)', () => {
    expect(plan('- Xử lý ít nhất 2.000 trường hợp vi phạm nồng độ cồn.')).toEqual([['Xử lý trường hợp vi phạm nồng độ cồn', 2000, 'trường hợp', '>=']]);
  });
});

describe('a count noun of two words whose first is no noun by itself', () => {
  it('"300 phụ nữ", "120 đội viên", "5 cuộc thi", "100 cựu chiến binh": the unit is the whole noun', () => {
    const units = targetsOf('- Hỗ trợ 300 phụ nữ khởi nghiệp;\n- Kết nạp 120 đội viên;\n- Tổ chức 5 cuộc thi sáng tạo;\n- Thăm hỏi 100 cựu chiến binh;\n- Đào tạo 300 học viên.\n').map((t) => [t.value, t.unit]);
    expect(units).toEqual([[300, 'phụ nữ'], [120, 'đội viên'], [5, 'cuộc thi'], [100, 'cựu chiến binh'], [300, 'học viên']]);
  });
});

describe('"mỗi năm", "hằng năm": the year, not the number five', () => {
  it('"phấn đấu mỗi năm mỗi xã có ít nhất 01 mô hình" is one target, of one model', () => {
    const ts = targetsOf('- Phấn đấu mỗi năm mỗi xã có ít nhất 01 mô hình "Dân vận khéo";\n');
    expect(ts.map((t) => [t.value, t.unit, t.comparator])).toEqual([[1, 'mô hình', '>=']]);
  });
  it('"năm" as a number word still counts elsewhere: "năm mô hình"', () => {
    expect(targetsOf('- Xây dựng năm mô hình điểm;\n').map((t) => [t.value, t.unit])).toEqual([[5, 'mô hình']]);
  });
});

describe('a change with only its period after ";"', () => {
  it('"…; mỗi năm giảm từ 3% trở lên" is the same indicator\'s change', () => {
    const ts = targetsOf('- Phấn đấu đến cuối năm 2025 tỷ lệ hộ nghèo toàn tỉnh giảm xuống dưới 10%; mỗi năm giảm từ 3% trở lên.\n');
    expect(ts.map((t) => [t.indicator, t.value, t.comparator, t.change])).toEqual([
      ['tỷ lệ hộ nghèo toàn tỉnh', 10, '<', null], ['tỷ lệ hộ nghèo toàn tỉnh', 3, '>=', 'decrease']]);
  });
});

describe('a bare count after a comma is done by the same verbs', () => {
  it('"Thành lập mới 20 tổ hợp tác, 5 hợp tác xã": the second is also founded', () => {
    expect(targetsOf('- Thành lập mới 20 tổ hợp tác, 5 hợp tác xã;\n').map((t) => [t.indicator, t.value])).toEqual([
      ['Thành lập mới tổ hợp tác', 20], ['Thành lập mới hợp tác xã', 5]]);
  });
  it('a verb of change is not lent this way ("Có thêm 02 xã …, 01 xã …" names each)', () => {
    expect(targetsOf('- Có thêm 02 xã đạt chuẩn nâng cao, 01 xã đạt chuẩn kiểu mẫu;\n').map((t) => t.indicator)).toEqual([
      'xã đạt chuẩn nâng cao', 'xã đạt chuẩn kiểu mẫu']);
  });
});

describe('news: the aim set with "đặt mục tiêu"', () => {
  it('"Nhà trường đặt mục tiêu có 150 bài báo quốc tế …": the actor and the aim are not the indicator', () => {
    const out = run('Trường Đại học Cần Thơ phát động thi đua năm học 2024 - 2025\n\nNgày đăng: 20/09/2024\n\nChiều 18/9/2024, Trường Đại học Cần Thơ tổ chức phát động phong trào thi đua. Nhà trường đặt mục tiêu có 150 bài báo quốc tế ISI/Scopus, tỷ lệ sinh viên có việc làm sau 12 tháng tốt nghiệp đạt trên 90%.\n\nPhòng Công tác Sinh viên\n');
    expect(out.targets.map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['bài báo quốc tế ISI/Scopus', 150, 'bài báo', '='], ['tỷ lệ sinh viên có việc làm sau 12 tháng tốt nghiệp', 90, '%', '>']]);
  });
});

describe('a measure after a verb of doing of several words', () => {
  it('"bê tông hóa 3,5 km đường giao thông nông thôn": what is paved is part of the indicator', () => {
    expect(targetsOf('- Bê tông hóa 3,5 km đường giao thông nông thôn;\n').map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['Bê tông hóa đường giao thông nông thôn', 3.5, 'km']]);
  });
});

describe('markdown emphasis around an amount', () => {
  it('"có **100%** xã", "ít nhất **15** xã …, **5** xã …": read as without the marks, spans on the number', () => {
    const md = '# KẾ HOẠCH\n\nThi đua năm 2024\n\n### I. MỤC TIÊU\n\n1. Đến năm 2025, toàn tỉnh có **100%** xã đạt chuẩn nông thôn mới;\n\n2. Có ít nhất **15** xã đạt chuẩn nông thôn mới nâng cao, **5** xã đạt chuẩn nông thôn mới kiểu mẫu.\n\n### II. TỔ CHỨC THỰC HIỆN\n\nGiao các sở.\n';
    const out = run(md);
    expect(out.targets.map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['xã đạt chuẩn nông thôn mới', 100, '%', '='],
      ['xã đạt chuẩn nông thôn mới nâng cao', 15, 'xã', '>='],
      ['xã đạt chuẩn nông thôn mới kiểu mẫu', 5, 'xã', '=']]);
    expect(out.targets[1]!.text).not.toContain('*');
  });
});

describe('a rating class is not an amount', () => {
  it('"sản phẩm OCOP đạt 3 sao trở lên": the stars qualify the product', () => {
    expect(targetsOf('- Có thêm 20 sản phẩm OCOP đạt 3 sao trở lên;\n').map((t) => [t.value, t.unit])).toEqual([[20, 'sản phẩm']]);
  });
});

describe('a time before "có" is no possessor', () => {
  it('"trong Tháng Thanh niên có 2.000 đoàn viên được kết nạp mới": the count and its description', () => {
    expect(targetsOf('- Phấn đấu trong Tháng Thanh niên có 2.000 đoàn viên được kết nạp mới;\n').map((t) => t.indicator)).toEqual(['đoàn viên được kết nạp mới']);
  });
  it('a place or unit before "có" still is ("mỗi xã có ít nhất 01 mô hình")', () => {
    expect(targetsOf('- Phấn đấu mỗi xã có ít nhất 01 mô hình điểm;\n').map((t) => t.indicator)).toEqual(['mỗi xã có mô hình điểm']);
  });
});

describe('a share of the same things after "trong đó", opening on its verb', () => {
  it('"100% hồ sơ … được giải quyết đúng hạn, trong đó trên 80% được giải quyết trực tuyến": the things are named', () => {
    expect(targetsOf('- 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn, trong đó trên 80% được giải quyết trực tuyến toàn trình;\n- 100% quân nhân đạt yêu cầu huấn luyện, trong đó trên 65% đạt khá, giỏi.\n').map((t) => t.indicator)).toEqual([
      'hồ sơ thủ tục hành chính được giải quyết đúng hạn', 'hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình',
      'quân nhân đạt yêu cầu huấn luyện', 'quân nhân đạt khá, giỏi']);
  });
  it('a share named by its own noun keeps it, under the rate it is a part of ("trong đó án rất nghiêm trọng … đạt trên 95%")', () => {
    expect(targetsOf('- Tỷ lệ điều tra, khám phá án hình sự đạt trên 80%, trong đó án rất nghiêm trọng đạt trên 95%.\n').map((t) => t.indicator)[1]).toBe('Tỷ lệ điều tra, khám phá án rất nghiêm trọng');
  });
});

describe('an amount to complete doing', () => {
  it('"Hoàn thành bê tông hóa 5,2 km đường trục thôn trước ngày 30/6/2025": what is done to what', () => {
    const t = targetsOf('2. Hoàn thành bê tông hóa 5,2 km đường trục thôn trước ngày 30/6/2025.\n');
    expect(t.map((x) => [x.indicator, x.value, x.unit])).toEqual([['bê tông hóa đường trục thôn', 5.2, 'km']]);
  });
  it('an action without "hoàn thành" or a verb of reaching is no target ("Tổ chức 3 lớp tập huấn")', () => {
    expect(targetsOf('2. Tổ chức 3 lớp tập huấn cho cán bộ.\n')).toEqual([]);
  });
});

describe('a clause after a comma that makes sure of a level', () => {
  it('"… tăng cường tuần tra, bảo đảm diện tích rừng bị cháy không quá 50 ha": the level\'s own words', () => {
    const t = targetsOf('Chỉ đạo lực lượng kiểm lâm tăng cường tuần tra, bảo đảm diện tích rừng bị cháy không quá 50 ha.\n');
    expect(t.map((x) => [x.indicator, x.value, x.comparator])).toEqual([['diện tích rừng bị cháy', 50, '<=']]);
  });
  it('"đảm bảo" inside what is measured stays ("Tỷ lệ trường học đảm bảo chuẩn đạt 80%")', () => {
    expect(targetsOf('- Tỷ lệ trường học đảm bảo chuẩn đạt 80%.\n').map((x) => x.indicator)).toEqual(['Tỷ lệ trường học đảm bảo chuẩn']);
  });
});

describe('a paragraph that turns from last year to the year ahead', () => {
  const doc = (p: string) => run(`Bắc Giang phát động thi đua năm 2025\n\nChiều 18/2/2025, tỉnh tổ chức hội nghị phát động phong trào thi đua năm 2025.\n\n${p}\n`);
  it('"Năm 2024, … tăng trưởng 13,85%. Năm 2025, tỉnh đặt mục tiêu … đạt 14%": only the year ahead\'s amounts', () => {
    const t = doc('Năm 2024, kinh tế của tỉnh tăng trưởng 13,85%, đứng thứ 2 cả nước. Năm 2025, tỉnh đặt mục tiêu tăng trưởng kinh tế (GRDP) đạt 14% trở lên; thu ngân sách nhà nước trên địa bàn đạt 12.870 tỷ đồng.').targets;
    expect(t.map((x) => [x.value, x.unit])).toEqual([[14, '%'], [12870, 'tỷ đồng']]);
  });
  it('a paragraph about last year alone holds no targets', () => {
    expect(doc('Năm 2024, kinh tế của tỉnh tăng trưởng 13,85%. Thu ngân sách đạt 11.200 tỷ đồng.').targets).toEqual([]);
  });
});

describe('a multiple', () => {
  it('"tăng ít nhất 1,5 lần so với năm 2020", "tăng gấp 2 lần": times as a multiple are an amount', () => {
    expect(targetsOf('- Thu nhập bình quân đầu người khu vực nông thôn tăng ít nhất 1,5 lần so với năm 2020.\n- Giá trị sản xuất tăng gấp 2 lần.\n').map((t) => [t.indicator, t.value, t.unit, t.comparator]))
      .toEqual([['Thu nhập bình quân đầu người khu vực nông thôn', 1.5, 'lần', '>='], ['Giá trị sản xuất', 2, 'lần', '=']]);
  });
  it('a count of times is not ("kiểm tra 2 lần mỗi năm", "tăng 2 lần kiểm tra")', () => {
    expect(targetsOf('- Tổ chức kiểm tra 2 lần mỗi năm.\n- Tăng 2 lần kiểm tra.\n')).toEqual([]);
  });
});

describe('the whole territory is no possessor', () => {
  it('"toàn tỉnh có 42 xã đạt chuẩn nông thôn mới": the things counted', () => {
    expect(targetsOf('- Phấn đấu đến năm 2025 toàn tỉnh có 42 xã đạt chuẩn nông thôn mới.\n').map((t) => t.indicator)).toEqual(['xã đạt chuẩn nông thôn mới']);
  });
});

describe('how far along an amount is', () => {
  it('"giải ngân 1.250 tỷ đồng vốn đầu tư công, đạt 18% kế hoạch vốn" is progress, not a target', () => {
    expect(targetsOf('- Phấn đấu giải ngân 1.250 tỷ đồng vốn đầu tư công, đạt 18% kế hoạch vốn.\n').map((t) => t.unit)).toEqual(['tỷ đồng']);
  });
  it('a share of the plan that is the aim itself stays ("giải ngân đạt trên 50% kế hoạch vốn")', () => {
    expect(targetsOf('- Phấn đấu đến ngày 30/6/2025 giải ngân đạt trên 50% kế hoạch vốn.\n').map((t) => [t.value, t.comparator])).toEqual([[50, '>']]);
  });
});

describe('an aim named as one to complete, then the main clause', () => {
  it('"Để hoàn thành mục tiêu giải ngân 100% kế hoạch vốn năm 2025, UBND tỉnh yêu cầu …": what is measured, without the clause', () => {
    const t = run('Ninh Bình đẩy nhanh giải ngân vốn đầu tư công\n\nNgày 20/3/2025, UBND tỉnh Ninh Bình họp về giải ngân.\n\nĐể hoàn thành mục tiêu giải ngân 100% kế hoạch vốn năm 2025, UBND tỉnh yêu cầu các chủ đầu tư đẩy nhanh tiến độ thi công.\n').targets;
    expect(t.map((x) => [x.indicator, x.value])).toEqual([['giải ngân kế hoạch vốn', 100]]);
  });
});

describe('a measure brought in with "với"', () => {
  it('"… người lao động có hoàn cảnh khó khăn với tổng kinh phí 1 tỷ đồng": the measure\'s own noun', () => {
    const t = targetsOf('- Thăm hỏi, tặng quà cho 2.000 đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí 1 tỷ đồng.\n');
    expect(t.map((x) => [x.indicator, x.value, x.unit])[1]).toEqual(['tổng kinh phí', 1, 'tỷ đồng']);
  });
});

describe('a part after ";" named only by where it applies', () => {
  it('"Tỷ lệ học sinh lên lớp ở cấp tiểu học đạt 99,5%; cấp THCS đạt 98%": the same measure at the other level', () => {
    expect(targetsOf('2. Tỷ lệ học sinh lên lớp ở cấp tiểu học đạt 99,5%; cấp THCS đạt 98%.\n').map((t) => t.indicator))
      .toEqual(['Tỷ lệ học sinh lên lớp ở cấp tiểu học', 'Tỷ lệ học sinh lên lớp ở cấp THCS']);
  });
  it('a part with its own measure keeps it ("…; tỷ lệ hộ nghèo giảm 1,5%")', () => {
    expect(targetsOf('- Thu nhập bình quân đạt 60 triệu đồng; tỷ lệ hộ nghèo giảm 1,5%.\n').map((t) => t.indicator)).toEqual(['Thu nhập bình quân', 'tỷ lệ hộ nghèo']);
  });
});

describe('a parenthesis that only names a year qualifies the indicator', () => {
  it('"Giá trị sản xuất công nghiệp (giá so sánh 2010) tăng 12 - 13%": one target, the parenthesis kept', () => {
    expect(one('- Giá trị sản xuất công nghiệp (giá so sánh 2010) tăng 12 - 13% so với năm 2024.\n')).toMatchObject({ indicator: 'Giá trị sản xuất công nghiệp (giá so sánh 2010)', value: 12, valueMax: 13, change: 'increase' });
  });
  it('a parenthesis with an amount is still a clause of its own ("… 2.000 tỷ đồng (tăng 10% so với năm 2024)")', () => {
    expect(targetsOf('- Thu ngân sách đạt 2.000 tỷ đồng (tăng 10% so với năm 2024).\n').map((t) => [t.value, t.change])).toEqual([[2000, null], [10, 'increase']]);
  });
});

describe('a count and its bound after the counted noun', () => {
  it('"Kết nạp 200 đảng viên mới trở lên": at least 200, and "trở lên" is not part of the indicator', () => {
    expect(one('- Kết nạp 200 đảng viên mới trở lên.\n')).toMatchObject({ indicator: 'Kết nạp đảng viên mới', value: 200, comparator: '>=' });
  });
  it('a rating\'s bound is not the count\'s ("120 học sinh giỏi cấp tỉnh trở lên", "… xếp loại hoàn thành tốt nhiệm vụ trở lên")', () => {
    expect(one('- Có 120 học sinh giỏi cấp tỉnh trở lên.\n').comparator).toBe('=');
    expect(one('- Trên 90% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên.\n').comparator).toBe('>');
  });
});

describe('verbs before what is measured', () => {
  it('"Bảo đảm tỷ lệ …", "hoàn thành việc …" open no indicator', () => {
    expect(one('- Bảo đảm tỷ lệ trường đạt chuẩn quốc gia đạt ít nhất 65%.\n').indicator).toBe('tỷ lệ trường đạt chuẩn quốc gia');
    expect(one('- Hoàn thành việc thu nhận hồ sơ cấp căn cước cho 100% công dân.\n').indicator).toBe('thu nhận hồ sơ cấp căn cước');
  });
  it('"đủ" bounds the whole amount; "phối hợp giúp đỡ" is done to the counted noun; "biên chế" is a count noun', () => {
    expect(one('- Tuyển dụng đủ 20.000 biên chế giáo viên được giao.\n')).toMatchObject({ indicator: 'Tuyển dụng biên chế giáo viên được giao', unit: 'biên chế' });
    expect(one('- Phối hợp giúp đỡ 1.200 hộ thoát nghèo.\n').indicator).toBe('Phối hợp giúp đỡ hộ thoát nghèo');
  });
  it('an aim after a time phrase and a comma leaves no comma in front ("đặt mục tiêu đến cuối năm 2025, tổng nguồn vốn …")', () => {
    const t = run('Ngân hàng phát động thi đua\n\n22/09/2025 16:40\n\nTheo đó, ngân hàng đặt mục tiêu đến cuối năm 2025, tổng nguồn vốn đạt trên 2,3 triệu tỷ đồng; dư nợ tín dụng tăng 12% so với đầu năm.\n').targets;
    expect(t.map((x) => x.indicator)).toEqual(['tổng nguồn vốn', 'dư nợ tín dụng']);
  });
  it('a request to complete names what is done, not who asks ("Bộ trưởng cũng yêu cầu hoàn thành việc …")', () => {
    const t = run('Bộ Công an phát động thi đua\n\n05/03/2025 11:20\n\nBộ trưởng cũng yêu cầu hoàn thành việc thu nhận hồ sơ cấp căn cước cho 100% công dân thuộc diện cấp trước ngày 30/6/2025.\n').targets;
    expect(t.map((x) => x.indicator)).toEqual(['thu nhận hồ sơ cấp căn cước']);
  });
});

describe('what a formal text sets out before its numbered parts', () => {
  const directive = (preamble: string) => run(`ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 18/CT-UBND\nLâm Đồng, ngày 12 tháng 6 năm 2024\n\nCHỈ THỊ\nVề tăng cường phòng cháy, chữa cháy rừng\n\n${preamble}\n\n1. Các sở, ngành thực hiện nghiêm các quy định.\n\n2. Phấn đấu giảm 30% số vụ cháy rừng so với mùa khô năm trước.\n`).targets;
  it('the situation ("… có tổng diện tích rừng là 535.000 ha, tỷ lệ che phủ rừng đạt 55,1%") is no target', () => {
    expect(directive('Lâm Đồng có tổng diện tích rừng là 535.000 ha, tỷ lệ che phủ rừng đạt 55,1%.').map((t) => [t.indicator, t.value])).toEqual([['số vụ cháy rừng', 30]]);
  });
  it('a preamble that names its targets is read ("… phấn đấu tỷ lệ che phủ rừng đạt 56%")', () => {
    expect(directive('Năm 2024, tỉnh phấn đấu tỷ lệ che phủ rừng đạt 56%.').map((t) => t.value)).toEqual([56, 30]);
  });
  it('an article\'s lead is not a preamble', () => {
    expect(run('Lâm Đồng ra quân phòng cháy rừng\n\n12/06/2024 10:00\n\nNăm nay, tỷ lệ che phủ rừng của tỉnh sẽ đạt 56%.\n').targets.map((t) => t.value)).toEqual([56]);
  });
});

describe('what is to be prevented', () => {
  it('"Không để xảy ra ngộ độc thực phẩm từ 30 người trở lên" is no amount to reach', () => {
    expect(targetsOf('- Kiểm tra ít nhất 1.500 lượt cơ sở sản xuất thực phẩm.\n- Không để xảy ra ngộ độc thực phẩm từ 30 người trở lên.\n').map((t) => t.value)).toEqual([1500]);
  });
});

describe('a second group of the same measure', () => {
  it('"tỷ lệ hài lòng của người bệnh nội trú đạt trên 95%, người bệnh ngoại trú đạt trên 90%"', () => {
    expect(targetsOf('- Tỷ lệ hài lòng của người bệnh nội trú đạt trên 95%, người bệnh ngoại trú đạt trên 90%.\n').map((t) => t.indicator))
      .toEqual(['Tỷ lệ hài lòng của người bệnh nội trú', 'Tỷ lệ hài lòng của người bệnh ngoại trú']);
    expect(targetsOf('- Tỷ lệ hộ nghèo giảm 1%, hộ cận nghèo giảm 0,5%.\n').map((t) => t.indicator)).toEqual(['Tỷ lệ hộ nghèo', 'Tỷ lệ hộ cận nghèo']);
  });
  it('a measure of its own, or another unit, is kept ("Thu ngân sách …, chi ngân sách …")', () => {
    expect(targetsOf('- Thu ngân sách đạt 2.000 tỷ đồng, chi ngân sách 1.500 tỷ đồng.\n').map((t) => t.indicator)).toEqual(['Thu ngân sách', 'chi ngân sách']);
  });
});

describe('a part\'s heading on the line under its bare marker ("Phần I" / "KẾT QUẢ …")', () => {
  const report = (first: string, second: string) => run(`ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 210/BC-UBND\nKiên Giang, ngày 05 tháng 12 năm 2024\n\nBÁO CÁO\nTổng kết năm 2024 và nhiệm vụ năm 2025\n\nPhần I\n${first}\n\n1. Kết quả chung\nTăng trưởng kinh tế đạt 7,1%; thu ngân sách đạt 13.600 tỷ đồng.\n\nPhần II\n${second}\n\n1. Mục tiêu\nPhấn đấu tăng trưởng kinh tế đạt 8,5%.\n\n2. Các sở tổ chức 20 hội nghị.\n`).targets;
  it('a results heading: what is under it is no target', () => {
    expect(report('KẾT QUẢ CÔNG TÁC NĂM 2024', 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025').map((t) => t.value)).toEqual([8.5]);
  });
  it('a targets heading: its items are targets', () => {
    const t = run('ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 210/KH-UBND\nKiên Giang, ngày 05 tháng 12 năm 2024\n\nKẾ HOẠCH\nPhát triển năm 2025\n\nPhần I\nCÁC CHỈ TIÊU CHỦ YẾU\n\n1. Tỷ lệ hộ nghèo 1,2%.\n\nPhần II\nTỔ CHỨC THỰC HIỆN\n\n1. Tỷ lệ cán bộ dự họp 100%.\n').targets;
    expect(t.map((x) => [x.indicator, x.value])).toEqual([['Tỷ lệ hộ nghèo', 1.2]]);
  });
});

describe('what each gift is worth', () => {
  it('"tặng 300 suất quà …, mỗi suất trị giá 1.000.000 đồng": the count is the target, the worth is not', () => {
    const t = targetsOf('- Tổ chức thăm hỏi, tặng 300 suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 1.000.000 đồng.\n');
    expect(t.map((x) => [x.value, x.unit])).toEqual([[300, 'suất quà']]);
    expect(t[0]!.indicator).not.toMatch(/trị giá/u);
  });
});

describe('news: requests, estimates and aims by a year', () => {
  const article = (body: string) => run(`TP.HCM phát động thi đua cao điểm\n\n15/06/2025 10:42\n\nSáng 15-6, UBND TP.HCM tổ chức lễ phát động đợt thi đua cao điểm.\n\n${body}\n`).targets;
  it('what a leader asks to be done is a target, named by the task ("yêu cầu các sở, ngành giải ngân 100% vốn …")', () => {
    expect(article('Ông cũng yêu cầu các sở, ngành giải ngân 100% vốn đầu tư công được giao trong năm 2025.').map((t) => [t.indicator, t.value]))
      .toEqual([['giải ngân vốn đầu tư công được giao', 100]]);
  });
  it('a request for awards is not ("đề nghị khen thưởng 25 tập thể")', () => {
    expect(article('Ông đề nghị khen thưởng 25 tập thể có thành tích xuất sắc.')).toEqual([]);
  });
  it('an estimate of what is under way is no target ("GRDP thành phố ước tăng 7,5%")', () => {
    expect(article('Trong 5 tháng đầu năm, GRDP thành phố ước tăng 7,5%.')).toEqual([]);
  });
  it('"mục tiêu đến năm 2030 có 100% …; 80% giáo viên …": every part of the aim', () => {
    expect(article('Theo Bộ trưởng, mục tiêu đến năm 2030 có 100% cơ sở giáo dục ứng dụng công nghệ thông tin; 80% giáo viên đạt chuẩn nghề nghiệp.').map((t) => t.value)).toEqual([100, 80]);
  });
});

describe('a change, then the level it leads to', () => {
  it('"Tỷ lệ hộ nghèo giảm 2%, còn 8,5%": the decrease and the level, one indicator', () => {
    expect(targetsOf('- Tỷ lệ hộ nghèo giảm 2%, còn 8,5%.\n').map((t) => [t.indicator, t.value, t.change])).toEqual([['Tỷ lệ hộ nghèo', 2, 'decrease'], ['Tỷ lệ hộ nghèo', 8.5, null]]);
    expect(targetsOf('- Tỷ lệ hộ nghèo giảm 1,5%, xuống còn 3%.\n').map((t) => [t.value, t.change])).toEqual([[1.5, 'decrease'], [3, null]]);
  });
});

describe('an enrolment quota', () => {
  it('"Tuyển sinh 1.800 chỉ tiêu đại học chính quy" counts places; "15 chỉ tiêu" of the text is still no target', () => {
    expect(targetsOf('- Tuyển sinh 1.800 chỉ tiêu đại học chính quy.\n- Hoàn thành 15 chỉ tiêu kinh tế - xã hội.\n').map((t) => [t.value, t.unit])).toEqual([[1800, 'chỉ tiêu']]);
  });
});

describe('a share of the same things, after "trong đó có" or a bare comma', () => {
  it('"100% cơ quan, đơn vị hoàn thành nhiệm vụ, trong đó có trên 70% hoàn thành tốt …": named by the part before the verb', () => {
    expect(targetsOf('- 100% cơ quan, đơn vị hoàn thành nhiệm vụ, trong đó có trên 70% hoàn thành tốt và xuất sắc nhiệm vụ.\n').map((t) => [t.indicator, t.value, t.comparator]))
      .toEqual([['cơ quan, đơn vị hoàn thành nhiệm vụ', 100, '='], ['cơ quan, đơn vị hoàn thành tốt và xuất sắc nhiệm vụ', 70, '>']]);
  });
  it('"100% quân số được huấn luyện …, 95% đạt khá, giỏi": the second share is of the same troops', () => {
    expect(targetsOf('- 100% quân số được huấn luyện theo chương trình, 95% đạt khá, giỏi.\n').map((t) => t.indicator))
      .toEqual(['quân số được huấn luyện theo chương trình', 'quân số đạt khá, giỏi']);
  });
});

describe('an emphasis is no verb of reaching', () => {
  it('"…, đặc biệt là 150 hồ chứa xung yếu" in a dispatch\'s item is no target', () => {
    const o = run('CÔNG ĐIỆN\nVề việc ứng phó với bão số 7\n\n1. Triển khai phương án bảo đảm an toàn đê điều, hồ chứa nước, đặc biệt là 150 hồ chứa xung yếu.\n2. Tổ chức trực ban nghiêm túc.\n');
    expect(o.targets).toEqual([]);
  });
});

describe('a measure named before a colon, the aim after it', () => {
  it('"Học sinh giỏi cấp tỉnh: phấn đấu đạt 45 giải trở lên, xếp thứ 5 toàn tỉnh": named by the words before the colon', () => {
    expect(targetsOf('- Học sinh giỏi cấp tỉnh: phấn đấu đạt 45 giải trở lên, xếp thứ 5 toàn tỉnh.\n').map((t) => [t.indicator, t.value, t.unit, t.comparator]))
      .toEqual([['Học sinh giỏi cấp tỉnh', 45, 'giải', '>=']]);
  });
  it('a list\'s lead-in names nothing ("Chỉ tiêu: phấn đấu đạt 45 giải học sinh giỏi")', () => {
    expect(targetsOf('- Chỉ tiêu: phấn đấu đạt 45 giải học sinh giỏi.\n').map((t) => t.indicator)).toEqual(['giải học sinh giỏi']);
  });
});

describe('what is left today is no level to reach', () => {
  it('"toàn tỉnh hiện còn 7.865 hộ cần hỗ trợ" reports; "… 4.665 nhà còn lại" asked for is a target', () => {
    const o = run('Sơn La phát động thi đua xóa nhà tạm\n\nSáng 15/4/2025, UBND tỉnh Sơn La tổ chức Lễ phát động thi đua.\n\nTheo báo cáo, toàn tỉnh hiện còn 7.865 hộ cần hỗ trợ xóa nhà tạm, nhà dột nát.\n\nÔng Nguyễn Đình Việt, Chủ tịch UBND tỉnh đề nghị các cấp phấn đấu hoàn thành hỗ trợ xây mới, sửa chữa 4.665 nhà còn lại trước ngày 31/8/2025.\n');
    expect(o.targets.map((t) => t.value)).toEqual([4665]);
  });
});

describe('what a campaign is headed for', () => {
  it('"đợt thi đua hướng đến hoàn thành khởi công 15 công trình": the aim is not part of what is measured', () => {
    const o = run('Quảng Ngãi phát động đợt thi đua cao điểm\n\n13:45 | 05/06/2025\n\nNgày 5/6, Ban Thường vụ Tỉnh ủy Quảng Ngãi tổ chức lễ phát động đợt thi đua cao điểm.\n\nTheo đó, đợt thi đua hướng đến hoàn thành khởi công 15 công trình, dự án chào mừng Đại hội.\n');
    expect(o.targets.map((t) => [t.indicator, t.value])).toEqual([['khởi công công trình, dự án chào mừng Đại hội', 15]]);
  });
});

describe('verbs of doing listed with commas before a share', () => {
  it('"Thu gom, xử lý 100% rác thải …", "Bắt, vận động đầu thú 100% đối tượng truy nã": the verbs and what they are done to', () => {
    expect(targetsOf('- Thu gom, xử lý 100% rác thải sinh hoạt trong ngày.\n- Bắt, vận động đầu thú 100% đối tượng truy nã.\n').map((t) => [t.indicator, t.value, t.unit]))
      .toEqual([['Thu gom, xử lý rác thải sinh hoạt trong ngày', 100, '%'], ['Bắt, vận động đầu thú đối tượng truy nã', 100, '%']]);
  });
  it('words that are not verbs of doing before the share still name it alone ("Tỷ lệ che phủ rừng, 45%" is no list of verbs)', () => {
    expect(targetsOf('- Giao quân đạt 100% chỉ tiêu.\n').map((t) => t.indicator)).toEqual(['Giao quân']);
  });
});

describe('what has been done is a result, not a target', () => {
  it('a news report\'s "đã điều tra làm rõ 312 vụ …, đạt tỷ lệ 87,5%" is no target; the launch\'s "phấn đấu … đạt trên 95%" is', () => {
    const o = run('Công an tỉnh phát động đợt thi đua cao điểm\n\n(CAND) - Ngày 3/4/2025, Công an tỉnh Nghệ An tổ chức Lễ phát động đợt thi đua cao điểm.\n\nGiám đốc yêu cầu các đơn vị phấn đấu tỷ lệ điều tra khám phá án trọng án đạt trên 95%.\n\nTheo báo cáo, trong quý I/2025, lực lượng Công an toàn tỉnh đã điều tra làm rõ 312 vụ phạm tội, đạt tỷ lệ 87,5%.\n');
    expect(o.targets.map((t) => t.value)).toEqual([95]);
  });
  it('after "đã", a turn to what is to come keeps the target ("đã ban hành kế hoạch, theo đó …", "đã thống nhất: …", "để …")', () => {
    const launch = (s: string) => run(`Tỉnh phát động thi đua\n\nSáng 5/1/2025, UBND tỉnh tổ chức hội nghị phát động thi đua.\n\n${s}\n`).targets.map((t) => t.value);
    expect(launch('UBND tỉnh đã ban hành kế hoạch, theo đó năm 2025 tăng trưởng GRDP đạt 8%.')).toEqual([8]);
    expect(launch('Hội nghị đã thống nhất: tăng trưởng GRDP năm 2025 đạt 8%.')).toEqual([8]);
    expect(launch('Tỉnh đã đề ra các giải pháp để tăng trưởng GRDP đạt 8% trong năm 2025.')).toEqual([8]);
    expect(launch('Lực lượng công an đã điều tra làm rõ 312 vụ, đạt tỷ lệ 87,5%.')).toEqual([]);
  });
  it('a clause that commits keeps its target even after "đã" ("Tỉnh đã đề ra mục tiêu tăng trưởng đạt 8%")', () => {
    const o = run('Tỉnh phát động thi đua\n\nSáng 5/1/2025, UBND tỉnh tổ chức hội nghị phát động thi đua.\n\nNăm 2025, tỉnh đã đề ra mục tiêu tăng trưởng kinh tế đạt 8%.\n');
    expect(o.targets.map((t) => t.value)).toEqual([8]);
  });
});

describe('a topic before a colon, a share of things after it', () => {
  it('"Thi đua giải quyết thủ tục hành chính: 100% hồ sơ được giải quyết đúng hạn": the things and what they do', () => {
    expect(targetsOf('- Thi đua giải quyết thủ tục hành chính: 100% hồ sơ được giải quyết đúng và trước hạn.\n- Về giáo dục: trên 95% trường học đạt chuẩn.\n').map((t) => [t.indicator, t.value, t.comparator]))
      .toEqual([['hồ sơ được giải quyết đúng và trước hạn', 100, '='], ['trường học đạt chuẩn', 95, '>']]);
  });
  it('a measure before the colon names it ("Tỷ lệ bao phủ bảo hiểm y tế: 95% dân số"), and so does a topic when nothing after the share does anything', () => {
    expect(targetsOf('- Tỷ lệ bao phủ bảo hiểm y tế: 95% dân số.\n- Cải cách hành chính: 100% kế hoạch.\n').map((t) => t.indicator))
      .toEqual(['Tỷ lệ bao phủ bảo hiểm y tế', 'Cải cách hành chính']);
  });
});

describe('a sentence\'s ";"-parts go on with its targets', () => {
  const news = (s: string) => run(`Quảng Ninh phát động đợt thi đua cao điểm\n\nSáng 12/3/2025, Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh phát động đợt thi đua cao điểm.\n\n${s}\n`);
  it('"… vận động Quỹ “Vì người nghèo” đạt 30 tỷ đồng; hỗ trợ xây mới, sửa chữa 500 nhà …": both amounts', () => {
    expect(news('Theo đó, Mặt trận các cấp vận động Quỹ “Vì người nghèo” đạt 30 tỷ đồng; hỗ trợ xây mới, sửa chữa 500 nhà Đại đoàn kết cho hộ nghèo.').targets.map((t) => [t.value, t.unit, t.indicator]))
      .toEqual([[30, 'tỷ đồng', 'Mặt trận các cấp vận động Quỹ “Vì người nghèo”'], [500, 'nhà', 'hỗ trợ xây mới, sửa chữa nhà Đại đoàn kết cho hộ nghèo']]);
  });
  it('not after a part with no target, nor an award ("…; tặng 300 suất quà"), nor in the next sentence', () => {
    expect(news('Hội nghị diễn ra trang trọng; hỗ trợ xây mới 500 nhà Đại đoàn kết.').targets).toEqual([]);
    expect(news('Mặt trận vận động Quỹ đạt 30 tỷ đồng; tặng 300 suất quà cho hộ nghèo.').targets.map((t) => t.value)).toEqual([30]);
    expect(news('Mặt trận vận động Quỹ đạt 30 tỷ đồng. Năm qua hỗ trợ xây mới 500 nhà.').targets.map((t) => t.value)).toEqual([30]);
  });
});

describe('news: the items of a list a leader asks for', () => {
  const article = (body: string) => run(`Hà Nội phát động thi đua cao điểm\n\n02/04/2025 09:30\n\nChiều 1/4, UBND thành phố Hà Nội tổ chức lễ phát động đợt thi đua cao điểm.\n\n${body}\n`).targets;
  it('after "đề nghị … tập trung vào 5 nội dung:", an item with a verb of doing before its amount is a target', () => {
    const t = article('Chủ tịch UBND thành phố đề nghị các cấp, các ngành tập trung vào 5 nội dung trọng tâm:\n\n- Thứ nhất, phấn đấu tăng trưởng kinh tế đạt trên 8%;\n\n- Thứ hai, giải ngân 100% kế hoạch vốn đầu tư công được giao;\n\n- Thứ ba, hoàn thành xử lý dứt điểm 200 điểm úng ngập;\n\n- Thứ tư, đẩy mạnh chuyển đổi số.');
    expect(t.map((x) => [x.indicator, x.value])).toEqual([['tăng trưởng kinh tế', 8], ['giải ngân kế hoạch vốn đầu tư công được giao', 100], ['xử lý dứt điểm điểm úng ngập', 200]]);
  });
  it('not without the request, not an award asked for, and not after the list has ended', () => {
    expect(article('Các cấp, các ngành tập trung vào 3 nội dung trọng tâm:\n\n- Thứ nhất, giải ngân 100% kế hoạch vốn đầu tư công;\n\n- Thứ hai, đẩy mạnh chuyển đổi số.')).toEqual([]);
    expect(article('Chủ tịch đề nghị:\n\n- Khen thưởng 25 tập thể có thành tích xuất sắc;\n\n- Tặng 300 suất quà cho hộ nghèo.')).toEqual([]);
    expect(article('Chủ tịch đề nghị các ngành:\n\n- Đẩy mạnh chuyển đổi số.\n\nThành phố giải ngân 100% vốn hỗ trợ cho các dự án.')).toEqual([]);
  });
});

describe('a measure before a colon, the groups it is given for after it', () => {
  it('"Tỷ lệ học sinh lên lớp thẳng: Tiểu học 99,5%, THCS 97%" names each group with the measure', () => {
    expect(targetsOf('- Tỷ lệ học sinh lên lớp thẳng: Tiểu học 99,5%, THCS 97%.').map((t) => [t.indicator, t.value]))
      .toEqual([['Tỷ lệ học sinh lên lớp thẳng Tiểu học', 99.5], ['Tỷ lệ học sinh lên lớp thẳng THCS', 97]]);
  });
  it('a place is a group too ("khu vực nông thôn 3%, thành thị 1%")', () => {
    expect(targetsOf('- Tỷ lệ hộ nghèo: khu vực nông thôn 3%, thành thị 1%.').map((t) => t.indicator)).toEqual(['Tỷ lệ hộ nghèo khu vực nông thôn', 'Tỷ lệ hộ nghèo thành thị']);
  });
  it('not after a lead-in, nor when the words after the colon say what is measured', () => {
    expect(one('- Chỉ tiêu chủ yếu: GRDP tăng 8%.').indicator).toBe('GRDP');
    expect(one('- Tỷ lệ hộ nghèo: giảm 1,5% theo chuẩn đa chiều.').indicator).toBe('Tỷ lệ hộ nghèo');
    expect(one('- Số lượng hội viên: kết nạp mới 500 hội viên.').indicator).toBe('kết nạp mới hội viên');
  });
});

describe('a cap on awards is a rule, not a target', () => {
  it('"(tối đa 10% tổng số tập thể, cá nhân được khen thưởng)" and "… được tặng Bằng khen tối đa 20 tập thể" are no targets', () => {
    expect(targetsOf('- Chủ tịch UBND tỉnh tặng Bằng khen cho tập thể, cá nhân có thành tích xuất sắc (tối đa 10% tổng số tập thể, cá nhân được khen thưởng).')).toEqual([]);
    expect(targetsOf('- Số tập thể được tặng Bằng khen tối đa 20 tập thể.')).toEqual([]);
  });
  it('a cap on anything else, and a share that reaches a title, stay targets', () => {
    expect(one('- Số vụ tai nạn giao thông không quá 50 vụ.')).toMatchObject({ value: 50, comparator: '<=' });
    expect(one('- 80% tập thể đạt danh hiệu Tập thể lao động tiên tiến.')).toMatchObject({ value: 80, comparator: '=' });
  });
});

describe('a share after "trong đó" named by a grade alone', () => {
  it('"100% nội dung đạt yêu cầu, trong đó trên 65% khá, giỏi" names the grade\'s things', () => {
    expect(targetsOf('- Kết quả huấn luyện: 100% nội dung đạt yêu cầu, trong đó trên 65% khá, giỏi.').map((t) => [t.indicator, t.value, t.comparator]))
      .toEqual([['nội dung đạt yêu cầu', 100, '='], ['nội dung khá, giỏi', 65, '>']]);
  });
  it('a description that is more than a grade keeps its own words', () => {
    expect(targetsOf('- 100% học sinh được đánh giá, trong đó 70% học sinh giỏi cấp trường.').map((t) => t.indicator)[1]).toBe('học sinh giỏi cấp trường');
  });
});

describe('a part after "trong đó" under the same measure', () => {
  it('"Tỷ lệ điều tra, khám phá án hình sự đạt trên 80%, trong đó án rất nghiêm trọng … đạt trên 95%" keeps the rate', () => {
    expect(targetsOf('- Tỷ lệ điều tra, khám phá án hình sự đạt trên 80%, trong đó án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 95%.').map((t) => t.indicator))
      .toEqual(['Tỷ lệ điều tra, khám phá án hình sự', 'Tỷ lệ điều tra, khám phá án rất nghiêm trọng và đặc biệt nghiêm trọng']);
    expect(targetsOf('- Tỷ lệ lao động qua đào tạo 50%, trong đó đào tạo nghề 37,4%.').map((t) => t.indicator)).toEqual(['Tỷ lệ lao động qua đào tạo', 'Tỷ lệ lao động qua đào tạo nghề']);
  });
  it('not when the part shares no words with the measure, nor with another unit', () => {
    expect(targetsOf('- Tỷ lệ lao động qua đào tạo 50%, trong đó nữ giới 40%.').map((t) => t.indicator)[1]).toBe('nữ giới');
    expect(targetsOf('- Tỷ lệ lao động qua đào tạo đạt 50%, trong đó đào tạo nghề 12.000 người.').map((t) => t.indicator)[1]).not.toMatch(/^Tỷ lệ/u);
  });
});

describe('an aim named with whose it is, and a resolve to do it', () => {
  const article = (body: string) => run(`Tỉnh phát động thi đua\n\nSáng 5/1/2025, UBND tỉnh tổ chức hội nghị phát động thi đua.\n\n${body}\n`).targets.map((t) => [t.indicator, t.value]);
  it('"Mục tiêu của đợt thi đua là giải ngân đạt trên 95% kế hoạch vốn": the indicator follows the aim', () => {
    expect(article('Mục tiêu của đợt thi đua là giải ngân đạt trên 95% kế hoạch vốn trước ngày 31/12/2025.')).toEqual([['giải ngân kế hoạch vốn', 95]]);
  });
  it('"Huyện quyết tâm hoàn thành 100% chỉ tiêu giao quân": who resolves is not measured', () => {
    expect(article('Huyện quyết tâm hoàn thành 100% chỉ tiêu giao quân năm 2025.')).toEqual([['hoàn thành chỉ tiêu giao quân', 100]]);
  });
  it('"quyết tâm" as a noun opens no aim', () => {
    expect(article('Với quyết tâm chính trị cao, tỉnh phấn đấu tăng trưởng GRDP đạt 8%.')).toEqual([['tăng trưởng GRDP', 8]]);
  });
});

describe('"xây dựng mới", "xây mới" are verbs of doing', () => {
  it('"Xây dựng mới 1.000 căn nhà cho hộ nghèo" names what is built, as "Xây dựng 1.000 căn nhà …" does', () => {
    expect(one('- Xây dựng mới 1.000 căn nhà cho hộ nghèo.').indicator).toBe('Xây dựng mới căn nhà cho hộ nghèo');
    expect(one('- Hỗ trợ xây mới 300 nhà Đại đoàn kết.').indicator).toBe('Hỗ trợ xây mới nhà Đại đoàn kết');
  });
});
