import { describe, expect, it } from 'vitest';
import { scanMarker } from '../src/structure/markers.js';
import { flat, run } from './support/helpers.js';

const doc = (body: string) => `KẾ HOẠCH\nTổ chức phong trào thi đua năm 2023\n\n${body}`;
const paths = (t: string) => flat(run(doc(t)).sections).map((s) => `${s.path}|${s.marker}`);

describe('marker styles', () => {
  it('OCR reads a Roman numeral\'s I as l or 1 ("Ill.", "V1.") before a heading in capitals', () => {
    expect(paths('I. MỤC ĐÍCH\nNâng cao.\nII. NỘI DUNG\nThi đua.\nIll. TỔ CHỨC THỰC HIỆN\nGiao Sở.\nIV. BÁO CÁO\nBáo cáo.\nV. KINH PHÍ\nNgân sách.\nV1. KHEN THƯỞNG\nKịp thời.'))
      .toEqual(['1|I.', '2|II.', '3|Ill.', '4|IV.', '5|V.', '6|V1.']);
    // not before ordinary text: "Il. est" is no marker
    expect(paths('I. MỤC ĐÍCH\nNâng cao.\nIl. est là một dòng.')).toEqual(['1|I.']);
  });
  it('ordinal words "Thứ nhất … Thứ mười một"', () => {
    const words = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một'];
    const body = words.map((w) => `Thứ ${w}, thực hiện nội dung số ${w}.`).join('\n');
    expect(paths(body)).toEqual(words.map((w, i) => `${i + 1}|Thứ ${w}`));
  });
  it('"Một là … Mười là"', () => {
    const words = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười'];
    expect(paths(words.map((w) => `${w} là, tiếp tục đẩy mạnh thi đua.`).join('\n\n'))).toEqual(words.map((w, i) => `${i + 1}|${w} là`));
  });
  it('Roman > Arabic > decimal > letters, with paths from the parent', () => {
    const body = 'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao nhận thức.\n2. Yêu cầu\n2.1. Bám sát nhiệm vụ chính trị.\n2.2. Thiết thực.\na) Cấp tỉnh thực hiện.\nb) Cấp huyện thực hiện.\nđ) Cấp xã thực hiện.\nII. NỘI DUNG\n1. Thi đua lao động sản xuất.';
    expect(paths(body)).toEqual(['1|I.', '1.1|1.', '1.2|2.', '1.2.1|2.1.', '1.2.2|2.2.', '1.2.2.1|a)', '1.2.2.2|b)', '1.2.2.5|đ)', '2|II.', '2.1|1.']);
  });
  it('"1)", a decimal whose parent level is missing (path = parent + last number), a document starting at "II."', () => {
    expect(paths('II. Nội dung\n1) Thi đua thứ nhất.\n2) Thi đua thứ hai.\nIII. Tổ chức\n3.1.2. Chi tiết.')).toEqual(['2|II.', '2.1|1)', '2.2|2)', '3|III.', '3.2|3.1.2.']);
  });
  it('"Điều 1.", "Phần I", "Chương II", "Mục 1"', () => {
    expect(scanMarker('Điều 1. Phạm vi điều chỉnh')).toMatchObject({ style: 'dieu', numbers: [1], marker: 'Điều 1' });
    expect(scanMarker('Phần I. Kết quả')).toMatchObject({ style: 'phan', numbers: [1] });
    expect(scanMarker('Chương II')).toMatchObject({ style: 'chuong', numbers: [2] });
    expect(scanMarker('Mục 1. Khen thưởng')).toMatchObject({ style: 'muc', numbers: [1] });
    expect(paths('Chương I\nĐiều 1. Phạm vi.\nĐiều 2. Đối tượng.\nChương II\nĐiều 3. Hiệu lực.')).toEqual(['1|Chương I', '1.1|Điều 1', '1.2|Điều 2', '2|Chương II', '2.3|Điều 3']);
  });
  it('upper-case letters head parts: "A." > "1." ; "C." is a letter, not Roman 100', () => {
    expect(paths('A. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nĐộng viên thi đua.\nB. NỘI DUNG THI ĐUA\n1. Thi đua dạy tốt.\nC. TỔ CHỨC THỰC HIỆN\nCác trường thực hiện.'))
      .toEqual(['1|A.', '1.1|1.', '2|B.', '2.1|1.', '3|C.']);
    expect(scanMarker('Đ. KHEN THƯỞNG')).toMatchObject({ style: 'upper', numbers: [5] });
    expect(scanMarker('A. nguyễn văn')).toBeNull();
  });
  it('"I-", "1-", "1/" and "a/" (older and party documents)', () => {
    expect(paths('I- MỤC ĐÍCH, YÊU CẦU\n1- Mục đích\na/ Phát huy tinh thần thi đua.\nb/ Khen thưởng kịp thời.\n2- Yêu cầu\nThiết thực.\nII- NỘI DUNG\n1/ Thi đua sản xuất.'))
      .toEqual(['1|I-', '1.1|1-', '1.1.1|a/', '1.1.2|b/', '1.2|2-', '2|II-', '2.1|1/']);
    expect(scanMarker('2024- năm bản lề')).toBeNull();
    expect(scanMarker('15/3 UBND tỉnh họp')).toBeNull();
    expect(scanMarker('5 - 7 ngày')).toBeNull();
  });
  it('"PHẦN I" / "PHẦN THỨ HAI" in capitals, the title in capitals on the line below as its heading', () => {
    const out = run(doc('PHẦN I\nKẾT QUẢ THỰC HIỆN\n\n1. Công tác tuyên truyền\nĐã làm tốt.\n\nPHẦN THỨ HAI\nPHƯƠNG HƯỚNG NHIỆM VỤ\n\n1. Nhiệm vụ\nTiếp tục.'));
    expect(flat(out.sections).map((x) => [x.path, x.marker, x.heading])).toEqual([
      ['1', 'PHẦN I', 'KẾT QUẢ THỰC HIỆN'], ['1.1', '1.', 'Công tác tuyên truyền'], ['2', 'PHẦN THỨ HAI', 'PHƯƠNG HƯỚNG NHIỆM VỤ'], ['2.1', '1.', 'Nhiệm vụ'],
    ]);
    expect(out.sections[0]!.text).toBe('');
  });
  it('letters with a dot: "a.", "b."', () => {
    expect(paths('1. Mục đích\na. Phát huy tinh thần.\nb. Khen thưởng kịp thời.\n2. Yêu cầu\nThiết thực.')).toEqual(['1|1.', '1.1|a.', '1.2|b.', '2|2.']);
    expect(scanMarker('v.v. và các nội dung khác')).toBeNull();
  });
  it('enclosed numbers and letters: "(1)", "(a)"', () => {
    expect(paths('1. Nội dung\n(1) Thi đua sản xuất.\n(2) Thi đua cải cách.\n2. Tổ chức\n(a) Các sở thực hiện.\n(b) Các huyện thực hiện.'))
      .toEqual(['1|1.', '1.1|(1)', '1.2|(2)', '2|2.', '2.1|(a)', '2.2|(b)']);
    expect(scanMarker('(Kèm theo danh sách)')).toBeNull();
    expect(scanMarker('(1)')).toBeNull();
  });
  it('a bulleted, emphasized ordinal ("- **Thứ ba:** …") is a marker; its span starts at the ordinal', () => {
    const src = 'Tỉnh phát động thi đua năm 2024\n\n06/03/2024 08:15\n\n**Thứ nhất,** đổi mới.\n\n- **Thứ hai:** cải cách.\n\n- Thứ ba, phát triển.\n\n- Thứ trưởng Bộ Nội vụ dự.';
    const out = run(src);
    expect(out.sections.map((x) => x.marker)).toEqual(['Thứ nhất', 'Thứ hai', 'Thứ ba']);
    for (const x of out.sections) expect(src.slice(x.span.start)).toMatch(new RegExp(`^${x.marker}`));
    expect(out.sections[2]!.text).toBe('phát triển.\nThứ trưởng Bộ Nội vụ dự.');
  });
  it('a list numbered lazily, every item "1." (markdown renumbers it), gets the items\' own ordinals; "1. 2. 1." still restarts', () => {
    expect(paths('I. MỤC ĐÍCH\n1. Phát huy.\n1. Gắn thi đua.\n1. Ba.\nII. NỘI DUNG\n1. Một.\n2. Hai.\n1. Lại một.')).toEqual(['1|I.', '1.1|1.', '1.2|1.', '1.3|1.', '2|II.', '2.1|1.', '2.2|2.', '2.1|1.']);
  });
  it('numbering may skip', () => {
    expect(paths('1. Mục tiêu chung.\n3. Tổ chức thực hiện.')).toEqual(['1|1.', '3|3.']);
  });
});

describe('non-markers', () => {
  it.each([
    'Thứ ba - 11/04/2023 20:09',
    'Thứ ba, 18/01/2022 14:12',
    'Thứ trưởng Bộ Nội vụ dự hội nghị.',
    'Thứ tự ưu tiên được xác định.',
    '2023 là năm đánh giá giữa nhiệm kỳ.',
    '1.909 hộ chăn nuôi đã đăng ký.',
    '18/01/2022 hội nghị diễn ra.',
    '- Tổng sản phẩm tăng 8%.',
    'Mục tiêu chung là phát triển.',
    'Phần lớn các xã đã hoàn thành.',
  ])('%s', (line) => {
    expect(scanMarker(line)).toBeNull();
  });
  it('a weekday dateline in an article does not start a section', () => {
    const out = run('Tỉnh phát động thi đua năm 2022\n\nThứ ba, 18/01/2022 14:12\nSáng 18/1, UBND tỉnh tổ chức hội nghị.\n\nThứ nhất, đẩy mạnh cải cách.\n\nThứ hai, phát triển kinh tế.');
    expect(out.sections.map((s) => s.marker)).toEqual(['Thứ nhất', 'Thứ hai']);
    expect(out.document.publishedAt).toBe('2022-01-18T14:12');
  });
  it('"- " bullets are items inside a section', () => {
    const out = run(doc('1. Chỉ tiêu\n- GRDP tăng 8%.\n- Thu ngân sách 100 tỷ đồng.\n2. Giải pháp\nThực hiện đồng bộ.'));
    expect(out.sections[0]!.heading).toBe('Chỉ tiêu');
    expect(out.sections[0]!.text).toBe('GRDP tăng 8%.\nThu ngân sách 100 tỷ đồng.');
    expect(out.sections).toHaveLength(2);
  });
});

describe('section bodies and the closing', () => {
  it('joins a page-break split and keeps following paragraphs in the section', () => {
    const out = run(doc('1. Tăng cường\n\ncông tác tuyên truyền vận động.\n\nĐồng thời, biểu dương kịp thời.\n\n2. Giao Sở Nội vụ theo dõi.\n\nCăn cứ Kế hoạch này, các đơn vị nghiêm túc thực hiện./.'));
    expect(out.sections[0]!.text).toBe('Tăng cường công tác tuyên truyền vận động.\nĐồng thời, biểu dương kịp thời.');
    expect(out.sections[1]!.text).toBe('Giao Sở Nội vụ theo dõi.');
    expect(out.closing).toMatch(/^Căn cứ Kế hoạch này/);
  });
  it('a notice\'s last line, "<organ> thông báo để …", is the closing, whichever organ gives it', () => {
    const out = run(doc('1. Có 25 tập thể được đề nghị khen thưởng.\n2. Đề nghị các đơn vị hoàn thiện hồ sơ trước ngày 30/4/2024.\nHội đồng Thi đua - Khen thưởng tỉnh thông báo để các đơn vị biết, thực hiện./.'));
    expect(out.closing).toBe('Hội đồng Thi đua - Khen thưởng tỉnh thông báo để các đơn vị biết, thực hiện./.');
    expect(out.sections[1]!.text).toBe('Đề nghị các đơn vị hoàn thiện hồ sơ trước ngày 30/4/2024.');
  });
  it('a letter item may open on its amount, as a numbered one may ("a) 100% trường …")', () => {
    const out = run(doc('1. Mục tiêu\n1.2. Chỉ tiêu cụ thể\na) 100% trường đạt chuẩn về cơ sở vật chất;\nb) Tỷ lệ học sinh đạt 99,8%;\n2. Nội dung\nThi đua.'));
    expect(out.sections[0]!.children[0]!).toMatchObject({ heading: 'Chỉ tiêu cụ thể' });
    expect(out.sections[0]!.children[0]!.children.map((s) => [s.marker, s.text])).toEqual([['a)', '100% trường đạt chuẩn về cơ sở vật chất;'], ['b)', 'Tỷ lệ học sinh đạt 99,8%;']]);
  });
  it('"Đề nghị …" after the last section is the closing; a heading with a colon label', () => {
    const out = run(doc('1. Thời gian thi đua: Từ ngày phát động đến hết năm 2023.\n2. Giao Phòng Nội vụ kiểm tra.\nĐề nghị thủ trưởng các phòng, ban triển khai thực hiện./.'));
    expect(out.sections[0]).toMatchObject({ heading: 'Thời gian thi đua', text: 'Từ ngày phát động đến hết năm 2023.' });
    expect(out.closing).toMatch(/^Đề nghị thủ trưởng/);
    expect(out.sections[1]!.text).toBe('Giao Phòng Nội vụ kiểm tra.');
  });
  it('a hard-wrapped heading line and markdown emphasis around markers', () => {
    const out = run(doc('**1. Mục tiêu**\nPhấn đấu hoàn thành các chỉ tiêu kinh tế - xã hội đã đề ra trong năm\n2023 của toàn tỉnh.\n**2. Nhiệm vụ**\nThực hiện tốt.'));
    expect(out.sections.map((s) => s.heading)).toEqual(['Mục tiêu', 'Nhiệm vụ']);
    expect(out.sections[0]!.text).toBe('Phấn đấu hoàn thành các chỉ tiêu kinh tế - xã hội đã đề ra trong năm 2023 của toàn tỉnh.');
  });
  it('spans point at the marker in the normalized text', () => {
    const text = doc('1. Mục tiêu\nNội dung một.\n2. Nhiệm vụ\nNội dung hai.');
    const out = run(text);
    for (const s of flat(out.sections)) expect(text.slice(s.span.start, s.span.start + s.marker.length)).toBe(s.marker);
  });
  it('web residue is not part of a section', () => {
    const out = run('Tin tức thi đua của tỉnh năm 2023\n\nThứ nhất, đẩy mạnh tuyên truyền.\nleftcenterrightdel\nĐồng chí Bí thư phát biểu tại hội nghị\n\nThứ hai, đổi mới khen thưởng.\n\nTác giả: Minh An\n\nÝ kiến bạn đọc\nHọ và tên\nEmail');
    expect(out.sections.map((s) => s.text)).toEqual(['đẩy mạnh tuyên truyền.', 'đổi mới khen thưởng.']);
  });
  it('credit lines ("Tin, ảnh: …", "Theo Báo …") are not part of a section', () => {
    const out = run('Tây Ninh phát động thi đua năm 2024\n\n05/02/2024 10:30\n\nSáng 4/2, UBND tỉnh tổ chức hội nghị:\n\n1. Thi đua hoàn thành các chỉ tiêu.\n\n2. Thi đua cải cách hành chính.\n\nTin, ảnh: Thu Hà\n\nTheo Báo Tây Ninh');
    expect(out.sections.map((s) => s.text)).toEqual(['Thi đua hoàn thành các chỉ tiêu.', 'Thi đua cải cách hành chính.']);
  });
});

describe('a news list and the report around it', () => {
  it('an office holder who asks or urges after the list speaks in the report, not in the last item', () => {
    const out = run('Bộ Y tế phát động thi đua năm 2024\n\nThứ Ba, 12/03/2024 - 09:15\n\nNgày 11/3, Bộ Y tế tổ chức hội nghị phát động thi đua năm 2024.\n\nPhong trào tập trung vào các nội dung sau:\n\n1. Thi đua đẩy mạnh chuyển đổi số.\n\n2. Thi đua nâng cao chất lượng y tế cơ sở.\n\nBộ trưởng đề nghị các đơn vị xây dựng kế hoạch cụ thể.\n\nThứ trưởng Trần Văn Thuấn yêu cầu khen thưởng kịp thời.');
    expect(out.sections.map((s) => s.text)).toEqual(['Thi đua đẩy mạnh chuyển đổi số.', 'Thi đua nâng cao chất lượng y tế cơ sở.']);
  });
  it('in a formal text the same paragraph after the last item stays in it', () => {
    const out = run(doc('II. NỘI DUNG\n1. Thi đua đẩy mạnh chuyển đổi số.\n2. Thi đua nâng cao chất lượng.\nBộ trưởng đề nghị các đơn vị xây dựng kế hoạch cụ thể.'));
    expect(out.sections[0]!.children[1]!.text).toContain('Bộ trưởng đề nghị');
  });
});
describe('an enumeration written inline in a news paragraph', () => {
  const article = (p: string) => run(`Huyện Krông Búk phát động thi đua năm 2024\n\nThứ Hai, 05/02/2024, 08:30\n\nNgày 3/2, UBND huyện Krông Búk tổ chức hội nghị phát động thi đua năm 2024.\n\n${p}\n\nNăm 2024, huyện phấn đấu thu ngân sách đạt 120 tỷ đồng.`);
  it('is split into one section per item, each with its span in the text; the paragraph after is narrative', () => {
    const text = 'Ông Y Wai Byă, Chủ tịch UBND huyện đề nghị tập trung các nội dung: Một là, đổi mới hình thức thi đua; Hai là, nhân rộng điển hình tiên tiến; Ba là, khen thưởng kịp thời.';
    const out = article(text);
    expect(out.sections.map((s) => [s.path, s.marker, s.text])).toEqual([
      ['1', 'Một là', 'đổi mới hình thức thi đua;'], ['2', 'Hai là', 'nhân rộng điển hình tiên tiến;'], ['3', 'Ba là', 'khen thưởng kịp thời.'],
    ]);
    const src = `Huyện Krông Búk phát động thi đua năm 2024\n\nThứ Hai, 05/02/2024, 08:30\n\nNgày 3/2, UBND huyện Krông Búk tổ chức hội nghị phát động thi đua năm 2024.\n\n${text}`;
    const s2 = out.sections[1]!.span;
    expect(src.slice(s2.start, s2.end)).toBe('Hai là, nhân rộng điển hình tiên tiến;');
  });
  it('"Thứ nhất, …. Thứ hai, …" after full stops too; a run that does not count from one, or has one item, is left whole', () => {
    expect(article('Bí thư Huyện ủy đề nghị: Thứ nhất, đổi mới công tác thi đua. Thứ hai, làm tốt công tác khen thưởng.').sections.map((s) => s.marker)).toEqual(['Thứ nhất', 'Thứ hai']);
    expect(article('Hội nghị đã bàn nhiều nội dung; Hai là, một cách nói khác; Ba là, chưa phải danh sách.').sections).toEqual([]);
    expect(article('Bí thư Huyện ủy đề nghị: Thứ nhất, đổi mới công tác thi đua và khen thưởng.').sections).toEqual([]);
  });
});

describe('a heading before a colon that lists the nouns of headings', () => {
  const first = (line: string) => run(doc(`${line}\n2. Tổ chức thực hiện: Giao các sở.\n`)).sections[0]!;
  it('"1. Mục đích, yêu cầu: Phát huy …" has heading "Mục đích, yêu cầu"', () => {
    expect(first('1. Mục đích, yêu cầu: Phát huy vai trò chủ thể của người dân.')).toMatchObject({ heading: 'Mục đích, yêu cầu', text: 'Phát huy vai trò chủ thể của người dân.' });
    expect(first('1. Thời gian, địa điểm: Tại hội trường xã.')).toMatchObject({ heading: 'Thời gian, địa điểm' });
  });
  it('a lead-in with a comma is body text ("Ngoài ra, các đơn vị cần: …")', () => {
    expect(first('1. Ngoài ra, các đơn vị cần: báo cáo kết quả.')).toMatchObject({ heading: null });
  });
});

describe('a markdown heading is a heading whatever its length', () => {
  it('"### 1. Thi đua thực hiện thắng lợi các chỉ tiêu kinh tế - xã hội năm 2025" (15 words) heads the list under it', () => {
    const o = run('## KẾ HOẠCH\n\n### Phát động phong trào thi đua năm 2025\n\n## I. NỘI DUNG THI ĐUA\n\n### 1. Thi đua thực hiện thắng lợi các chỉ tiêu kinh tế - xã hội năm 2025\n\n- Tốc độ tăng trưởng GRDP đạt 7,5%;\n- Tỷ lệ hộ nghèo giảm còn 0,9%.\n');
    const s = o.sections[0]!.children[0]!;
    expect([s.heading, s.text.split('\n')[0]]).toEqual(['Thi đua thực hiện thắng lợi các chỉ tiêu kinh tế - xã hội năm 2025', 'Tốc độ tăng trưởng GRDP đạt 7,5%;']);
  });
  it('the same line without the markdown mark is body text (a sentence without its period)', () => {
    const o = run('KẾ HOẠCH\nPhát động phong trào thi đua năm 2025\n\nI. NỘI DUNG THI ĐUA\n1. Thi đua thực hiện thắng lợi các chỉ tiêu kinh tế - xã hội năm 2025\n- Tốc độ tăng trưởng GRDP đạt 7,5%.\n');
    expect(o.sections[0]!.children[0]!.heading).toBeNull();
  });
});

describe('page furniture of a text copied from the official gazette', () => {
  it('the running head "CÔNG BÁO/Số 12/Ngày 20-3-2024", its page number before or after it, is dropped; a sentence split by it reads on', () => {
    const o = run(doc('1. Công an tỉnh chủ trì, phối hợp tổ chức kiểm tra,\n\nCÔNG BÁO/Số 12/Ngày 20-3-2024            7\n\nhướng dẫn các cơ sở thực hiện.\n2. Sở Tư pháp thực hiện.\n\n8     CÔNG BÁO/Số 45 + 46/Ngày 15-01-2024\n\n3. Sở Tài chính bảo đảm kinh phí.\n'));
    expect(flat(o.sections).map((s) => s.text)).toEqual(['Công an tỉnh chủ trì, phối hợp tổ chức kiểm tra, hướng dẫn các cơ sở thực hiện.', 'Sở Tư pháp thực hiện.', 'Sở Tài chính bảo đảm kinh phí.']);
  });
  it('a sentence that names the gazette is kept ("Đăng Công báo tỉnh số 12 ngày 20-3-2024.")', () => {
    const o = run(doc('1. Văn phòng UBND tỉnh đăng Công báo.\nCông báo số 12 đăng ngày 20-3-2024.\n'));
    expect(o.sections[0]!.text).toContain('Công báo số 12');
  });
});

describe('items numbered "(1) … (2) …" inside one paragraph', () => {
  it('a paragraph that opens on "(1)" and counts on inline is one section per item, each with its span', () => {
    const body = 'II. CÁC CHỈ TIÊU CHỦ YẾU\n(1) Tổng giá trị sản xuất tăng 12,5% trở lên; (2) thu nhập bình quân đầu người đạt 72 triệu đồng; (3) kết nạp 250 đảng viên mới.\nIII. NHIỆM VỤ\nPhát triển kinh tế.';
    const out = run(doc(body));
    expect(flat(out.sections).map((s) => [s.path, s.marker, s.text])).toEqual([
      ['2', 'II.', ''], ['2.1', '(1)', 'Tổng giá trị sản xuất tăng 12,5% trở lên;'], ['2.2', '(2)', 'thu nhập bình quân đầu người đạt 72 triệu đồng;'],
      ['2.3', '(3)', 'kết nạp 250 đảng viên mới.'], ['3', 'III.', 'Phát triển kinh tế.'],
    ]);
    const s = out.sections[0]!.children[1]!.span;
    expect(doc(body).slice(s.start, s.end)).toBe('(2) thu nhập bình quân đầu người đạt 72 triệu đồng;');
    expect(out.targets.map((t) => t.value)).toEqual([12.5, 72, 250]);
  });
  it('a "(1)" paragraph without a "(2)" in it stays whole; a run that skips a number stops there', () => {
    expect(paths('II. CHỈ TIÊU\n(1) Tổng giá trị sản xuất tăng 12,5% (giá so sánh 2010).\n(2) Thu ngân sách đạt 380 tỷ đồng.')).toEqual(['2|II.', '2.1|(1)', '2.2|(2)']);
    expect(paths('II. CHỈ TIÊU\n(1) Tăng 12,5%; (3) thu 380 tỷ đồng.')).toEqual(['2|II.', '2.1|(1)']);
  });
  it('in a formal text a lead-in that lists "(1) …; (2) …" after its colon is left whole; in a news report it is split', () => {
    expect(paths('II. CHỈ TIÊU\nCác chỉ tiêu chủ yếu: (1) tăng trưởng 8%; (2) thu ngân sách 380 tỷ đồng.')).toEqual(['2|II.']);
    const news = run('Huyện phát động thi đua năm 2025\n\nThứ Hai, 06/01/2025, 08:30\n\nNgày 5/1, UBND huyện tổ chức hội nghị phát động thi đua năm 2025.\n\nHuyện phấn đấu đạt các chỉ tiêu: (1) tăng trưởng kinh tế 8%; (2) thu ngân sách đạt 380 tỷ đồng.');
    expect(news.sections.map((s) => [s.marker, s.text])).toEqual([['(1)', 'tăng trưởng kinh tế 8%;'], ['(2)', 'thu ngân sách đạt 380 tỷ đồng.']]);
  });
});
