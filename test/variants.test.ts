// Layouts beyond the seeds, written for the genre: a markdown-export plan, a news
// article with a time-first dateline, a Quyết định with "Điều" and an upper-case preamble.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flat, ROOT, run } from './support/helpers.js';

const load = (f: string) => run(readFileSync(join(ROOT, 'fixtures', 'variants', f)), { path: f });

describe('ke-hoach-markdown-table.md', () => {
  const o = load('ke-hoach-markdown-table.md');
  it('header from a pipe table with <br>, a title wrapped over two lines, the year of a period', () => {
    expect(o.document).toMatchObject({ kind: 'ke-hoach', number: '45/KH-UBND', place: 'Quảng Ninh', date: '2024-03-15', year: 2024 });
    expect(o.document.title).toBe('Tổ chức phong trào thi đua “Chung sức xây dựng nông thôn mới” giai đoạn 2024 - 2025');
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Quảng Ninh', position: 'Phó Chủ tịch', signer: 'Nguyễn Văn Thắng' });
  });
  it('"## I." headings, escaped "1\\." markers, letters: I > 1 > a)', () => {
    expect(flat(o.sections).map((s) => s.path)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '2', '2.1', '2.2', '3', '3.1', '3.2']);
    expect(o.sections[0]!.heading).toBe('MỤC ĐÍCH, YÊU CẦU');
    expect(o.closing).toMatch(/^Trên đây là Kế hoạch/);
  });
  it('targets with comparators and per-unit money', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator, t.change])).toEqual([
      [100, '%', '=', null], [70, 'triệu đồng/người/năm', '>', null], [1, '%', '<', null], [12, 'xã', '=', 'increase'],
    ]);
  });
});

describe('article-time-first-dateline.txt', () => {
  const o = load('article-time-first-dateline.txt');
  it('"Cập nhật: 08:15 | 20/02/2024" and "Chiều 19/2"', () => {
    expect(o.document).toMatchObject({ kind: 'article', publishedAt: '2024-02-20T08:15', date: '2024-02-19', year: 2024 });
  });
  it('the chairman named after the organ is the signer, the province is named elsewhere', () => {
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Hà Tĩnh', position: 'Chủ tịch', signer: 'Võ Trọng Hải' });
    expect(o.themes[0]).toMatchObject({ kind: 'khẩu hiệu', text: 'Kỷ cương, trách nhiệm, hành động, hiệu quả' });
  });
  it('a closing said by a person; byline and related links are not content', () => {
    expect(o.closing).toMatch(/^Ông đề nghị/);
    expect(o.sections.map((s) => s.text).join(' ')).not.toMatch(/Thu Hà|Tin liên quan/);
    expect(o.targets[0]).toMatchObject({ indicator: 'tốc độ tăng trưởng GRDP', value: 7.5, valueMax: 8 });
  });
});

describe('quyet-dinh-dieu.txt', () => {
  const o = load('quyet-dinh-dieu.txt');
  it('an upper-case preamble line is not the signature; "Điều" sections; "(Đã ký)" skipped', () => {
    expect(o.sections.map((s) => s.marker)).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Bắc Ninh', position: 'Phó Chủ tịch', signer: 'Vương Quốc Tuấn' });
    expect(o.references.map((r) => [r.type, r.number])).toEqual([['Luật', null], ['Nghị định', '98/2023/NĐ-CP']]);
  });
});

describe('chi-thi-tinh-uy-two-columns.txt', () => {
  const o = load('chi-thi-tinh-uy-two-columns.txt');
  it('party header in two columns: "ĐẢNG BỘ TỈNH …" / "TỈNH ỦY" is the Tỉnh ủy of the province; the motto is not the organ', () => {
    expect(o.document).toMatchObject({ kind: 'chi-thi', number: '28-CT/TU', place: 'Nghệ An', date: '2024-03-05', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Tỉnh ủy Nghệ An', position: 'Bí thư', signer: 'Thái Thanh Quý' });
  });
  it('the author line "của Ban Thường vụ Tỉnh ủy" is not part of the trích yếu', () => {
    expect(o.document.title).toBe('về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng giai đoạn 2024 - 2025');
  });
  it('"Nơi nhận" beside "T/M BAN THƯỜNG VỤ": recipients and signature read column by column', () => {
    expect(o.recipients).toEqual(['Ban Bí thư (để b/c)', 'Các đảng bộ trực thuộc', 'Lưu Văn phòng Tỉnh ủy']);
    expect(o.closing).toBe('Chỉ thị này được phổ biến đến chi bộ.');
  });
  it('"các chỉ tiêu: …" opens the indicator after the colon', () => {
    expect(o.targets.map((t) => t.indicator)).toContain('tốc độ tăng trưởng GRDP');
    expect(o.references.map((r) => r.number)).toEqual(['34-CT/TW']);
  });
});

describe('ke-hoach-ocr-hard-wraps.txt', () => {
  const o = load('ke-hoach-ocr-hard-wraps.txt');
  it('the campaign named in the title, its quote closing on the next line, is a theme', () => {
    expect(o.themes.map((t) => [t.kind, t.text])).toEqual([['phong trào', 'Quảng Trị chung sức xây dựng nông thôn mới']]);
  });
  it('a hard wrap inside a citation ("Thủ tướng Chính\\nphủ") does not cut the issuer', () => {
    expect(o.references.map((r) => [r.number, r.date, r.issuer])).toEqual([['1720/QĐ-TTg', '2021-10-26', 'Thủ tướng Chính phủ']]);
  });
  it('"Uỷ" header, "Số: 125 /KH-UBND", a lone page number dropped, KT. signature', () => {
    expect(o.document).toMatchObject({ kind: 'ke-hoach', number: '125/KH-UBND', place: 'Quảng Trị', date: '2023-04-12', year: 2023 });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Quảng Trị', position: 'Phó Chủ tịch', signer: 'Hoàng Nam' });
    expect(flat(o.sections).map((s) => s.path)).toEqual(['1', '1.1', '1.2', '2', '3', '3.1', '3.2', '3.2.1', '3.2.2', '4', '4.1', '4.2']);
    expect(o.sections[1]!.text).not.toMatch(/\n2\n|\n2$/);
    expect(o.sections[2]!.children[0]!.text).toMatch(/nhân dân về xây dựng nông thôn mới\.$/);
  });
  it('targets under a "CHỈ TIÊU" heading with "ít nhất", "trên" and a range', () => {
    expect(o.targets.map((t) => [t.value, t.valueMax, t.unit, t.comparator])).toEqual([
      [75, null, 'xã', '>='], [50, null, 'triệu đồng/người/năm', '>'], [1.5, 2, '%/năm', '='],
    ]);
  });
});

describe('article-web-markdown.md', () => {
  const o = load('article-web-markdown.md');
  it('the H1 is the headline (not the breadcrumb); dateline with weekday and time; event date after the source tag', () => {
    expect(o.document).toMatchObject({ kind: 'article', title: 'Long An phát động phong trào thi đua năm 2024', publishedAt: '2024-02-02T15:30', date: '2024-02-01', year: 2024 });
  });
  it('last year\'s results are not targets; this year\'s are', () => {
    expect(o.targets.map((t) => t.value)).toEqual([8, 89, 0.5]);
    expect(o.targets[0]).toMatchObject({ valueMax: 8.5, unit: '%' });
  });
  it('images, their captions and the narrative after the list are not section text', () => {
    const all = flat(o.sections).map((s) => s.text).join('\n');
    expect(all).not.toMatch(/!\[|Ảnh:|Dịp này|Từ khóa|Chia sẻ/);
    expect(o.sections.map((s) => s.marker)).toEqual(['Một là', 'Hai là', 'Ba là']);
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Long An', position: 'Chủ tịch', signer: 'Nguyễn Văn Út' });
  });
});

describe('nghi-quyet-hdnd.txt', () => {
  const o = load('nghi-quyet-hdnd.txt');
  it('a HĐND resolution: number with year, the Hội đồng as issuer, Điều sections', () => {
    expect(o.document).toMatchObject({ kind: 'nghi-quyet', number: '15/2023/NQ-HĐND', place: 'Bình Định', date: '2023-07-14', year: 2023 });
    expect(o.issuer).toEqual({ organization: 'Hội đồng nhân dân tỉnh Bình Định', position: 'Chủ tịch', signer: 'Hồ Quốc Dũng' });
    expect(o.sections.map((s) => [s.marker, s.heading])).toEqual([['Điều 1', 'Phạm vi điều chỉnh và đối tượng áp dụng'], ['Điều 2', 'Mức chi'], ['Điều 3', 'Tổ chức thực hiện']]);
  });
  it('laws cited with their full date; the passing paragraph is the closing', () => {
    expect(o.references.slice(0, 2).map((r) => [r.type, r.subject, r.date])).toEqual([
      ['Luật', 'Tổ chức chính quyền địa phương năm 2015', '2015-06-19'], ['Luật', 'Thi đua, khen thưởng năm 2022', '2022-06-15'],
    ]);
    expect(o.closing).toMatch(/^Nghị quyết này đã được Hội đồng nhân dân tỉnh Bình Định .* thông qua ngày 14 tháng 7 năm 2023/);
  });
  it('a spending rule ("Trích 20% …") is not a target', () => {
    expect(o.targets).toEqual([]);
  });
});

describe('cong-van-so-noi-vu.txt', () => {
  const o = load('cong-van-so-noi-vu.txt');
  it('a công văn: "V/v …" under the number (wrapped) is the title; a department under its UBND', () => {
    expect(o.document).toMatchObject({ kind: 'cong-van', number: '1234/SNV-TĐKT', title: 'V/v hướng dẫn tổ chức phong trào thi đua năm 2024', place: 'Lào Cai', date: '2024-01-10', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Sở Nội vụ tỉnh Lào Cai', position: 'Phó Giám đốc', signer: 'Nguyễn Thị Hoa' });
  });
  it('a citation\'s subject stops where the sentence\'s actor begins', () => {
    expect(o.references.map((r) => [r.number, r.date, r.issuer, r.subject])).toEqual([['05/KH-UBND', '2024-01-08', 'UBND tỉnh Lào Cai', 'tổ chức phong trào thi đua năm 2024']]);
  });
  it('"Kính gửi" is not a section; recipients beside "KT. GIÁM ĐỐC"', () => {
    expect(o.sections.map((s) => s.marker)).toEqual(['1.', '2.', '3.']);
    expect(o.recipients).toEqual(['Như trên', 'UBND tỉnh (b/c)', 'Lưu: VT, TĐKT']);
    expect(o.closing).toBe('Đề nghị các cơ quan, đơn vị, địa phương quan tâm triển khai thực hiện./.');
    expect(o.themes.map((t) => t.kind)).toEqual(['chủ đề']);
  });
});

describe('thong-bao-ket-luan.txt', () => {
  const o = load('thong-bao-ket-luan.txt');
  it('"VĂN PHÒNG" under "UBND TỈNH …" is that organ\'s office; "KT. CHÁNH VĂN PHÒNG" signature beside "Nơi nhận"', () => {
    expect(o.document).toMatchObject({ kind: 'thong-bao', number: '45/TB-VP', place: 'Hà Giang', date: '2024-02-20', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Văn phòng Ủy ban nhân dân tỉnh Hà Giang', position: 'Phó Chánh Văn phòng', signer: 'Trần Văn Bình' });
  });
  it('the notice\'s last line is the closing; last year\'s assessment holds no targets', () => {
    expect(o.closing).toBe('Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.');
    expect(o.targets.map((t) => [t.value, t.comparator, t.change])).toEqual([[100, '=', null], [3, '>=', 'decrease']]);
    expect(o.themes).toMatchObject([{ kind: 'phương châm', text: 'Thiết thực, hiệu quả, tránh hình thức' }]);
  });
});

describe('ke-hoach-table-targets.md', () => {
  const o = load('ke-hoach-table-targets.md');
  it('a targets table: one target per row, indicator / unit / planned value by column, spans on the value', () => {
    expect(o.targets.map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['Tốc độ tăng trưởng GRDP', 8.5, '%', '='], ['Thu ngân sách nhà nước', 16130, 'tỷ đồng', '='], ['Tỷ lệ che phủ rừng', 42, '%', '='],
    ]);
    expect(o.targets[1]!.quantity).toEqual({ amount: 16130e9, currency: 'VND' });
  });
});

describe('ke-hoach-huyen-ocop.txt', () => {
  const o = load('ke-hoach-huyen-ocop.txt');
  it('a district plan: header, KT. signature, Luật cited with its full date', () => {
    expect(o.document).toMatchObject({ kind: 'ke-hoach', number: '125/KH-UBND', place: 'Đức Trọng', date: '2024-03-05', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân huyện Đức Trọng', position: 'Phó Chủ tịch', signer: 'Trần Văn Hiệp' });
    expect(o.references.map((r) => [r.type, r.number, r.date])).toEqual([
      ['Luật', null, '2022-06-15'], ['Nghị định', '98/2023/NĐ-CP', '2023-12-31'], ['Kế hoạch', '45/KH-UBND', '2024-01-20'],
    ]);
  });
  it('a qualifying count ("OCOP 3 sao trở lên") is not a target of its own', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator, t.change])).toEqual([
      // "Có thêm 02 xã …, 01 xã …": "thêm" governs both amounts of the list
      [2, 'xã', '=', 'increase'], [1, 'xã', '=', 'increase'], [65, 'triệu đồng/người/năm', '>', null], [1.2, '%', '<', null], [98, '%', '=', null],
      [10, 'sản phẩm', '=', 'increase'],
    ]);
  });
});

describe('article-web-copy-mot-la.txt', () => {
  const o = load('article-web-copy-mot-la.txt');
  it('web copy: breadcrumb skipped, headline, "Cập nhật" time, event date after the source tag', () => {
    expect(o.document).toMatchObject({ kind: 'article', title: 'Hà Tĩnh phát động phong trào thi đua hoàn thành thắng lợi nhiệm vụ năm 2024', date: '2024-02-22', publishedAt: '2024-02-23T10:35', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Hà Tĩnh', position: 'Chủ tịch', signer: 'Võ Trọng Hải' });
    expect(o.themes.map((t) => [t.kind, t.text])).toEqual([['chủ đề', 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển']]);
  });
  it('"Một là … Ba là", the narrative after them left out, last year\'s results not targets', () => {
    expect(o.sections.map((s) => s.marker)).toEqual(['Một là', 'Hai là', 'Ba là']);
    expect(o.sections[2]!.text).not.toMatch(/Tại hội nghị/);
    expect(o.targets.map((t) => [t.value, t.valueMax, t.unit, t.indicator])).toEqual([
      [7, 7.5, '%', 'tốc độ tăng trưởng GRDP'], [17000, null, 'tỷ đồng', 'thu ngân sách nhà nước'], [15, null, 'xã', 'xã đạt chuẩn nông thôn mới nâng cao'],
    ]);
  });
  it('a citation\'s subject stops where a second document is joined on with "và"', () => {
    expect(o.references.find((r) => r.number === '34-CT/TW')!.subject).toBe('tiếp tục đổi mới công tác thi đua, khen thưởng');
  });
});

describe('chi-thi-ocr-page-break.txt', () => {
  const o = load('chi-thi-ocr-page-break.txt');
  it('OCR layout: "Số:05/…" without a space, doubled spaces in the dateline, signature beside "Nơi nhận"', () => {
    expect(o.document).toMatchObject({ kind: 'chi-thi', number: '05/CT-UBND', place: 'Hà Giang', date: '2024-01-10', year: 2024 });
    expect(o.document.title).toBe('Về việc phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2024');
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Hà Giang', position: 'Chủ tịch', signer: 'Nguyễn Văn Sơn' });
    expect(o.recipients).toContain('Như mục 5');
  });
  it('a page number inside a paragraph is dropped and the paragraph joined', () => {
    expect(o.sections[2]!.text).toMatch(/trên các lĩnh vực của đời sống xã hội\.$/);
    expect(o.sections.map((s) => s.path)).toEqual(['1', '2', '3', '4', '5']);
  });
  it('a list\'s lead-in ("các chỉ tiêu chủ yếu năm 2024:") is not part of the first indicator', () => {
    expect(o.targets.map((t) => t.indicator)).toEqual(['tốc độ tăng trưởng kinh tế (GRDP)', 'thu ngân sách nhà nước trên địa bàn', 'tỷ lệ hộ nghèo', 'tỷ lệ che phủ rừng']);
  });
});

describe('ke-hoach-tinh-doan-tables.md', () => {
  const o = load('ke-hoach-tinh-doan-tables.md');
  it('a Youth Union plan: the organ named in full, cased as written in prose', () => {
    expect(o.document).toMatchObject({ kind: 'ke-hoach', number: '215-KH/TĐTN-PT', place: 'Quảng Nam', date: '2024-03-12', year: 2024 });
    expect(o.issuer.organization).toBe('Ban Chấp hành Đoàn tỉnh Quảng Nam');
  });
  it('"Nơi nhận" and the signature side by side in one pipe table: both read, neither left in the body', () => {
    expect(o.issuer).toMatchObject({ position: 'Bí thư', signer: 'Phan Thái Bình' });
    expect(o.recipients).toEqual(['Ban Bí thư TW Đoàn (b/c)', 'Thường trực Tỉnh ủy (b/c)', 'Các huyện, thị, thành Đoàn', 'Lưu VP']);
    expect(flat(o.sections).at(-1)!.text).toMatch(/trước ngày 30\/10\/2024\.$/);
  });
  it('a qualifying count is not a target; a bare verb\'s indicator takes the counted noun', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator, t.indicator])).toEqual([
      [100, '%', '=', 'cơ sở Đoàn đăng ký ít nhất 01 công trình, phần việc thanh niên'],
      [5000, 'đoàn viên', '>', 'Vận động đoàn viên, thanh niên tham gia hiến máu tình nguyện'],
      [50000, 'cây', '>=', 'Trồng mới cây xanh'],
    ]);
  });
});

describe('bao-cao-hoi-dong-thi-dua.txt', () => {
  const o = load('bao-cao-hoi-dong-thi-dua.txt');
  it('a council\'s report: organ under its parent, the position signed in (not the signer\'s other office)', () => {
    expect(o.document).toMatchObject({ kind: 'bao-cao', number: '12/BC-HĐTĐKT', place: 'Hoằng Hóa', date: '2023-12-25', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Hội đồng Thi đua - Khen thưởng huyện Hoằng Hóa', position: 'Chủ tịch', signer: 'Lê Văn Minh' });
  });
  it('results of the past year are not targets; next year\'s are', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator, t.indicator])).toEqual([
      [13, '%', '>=', 'Tốc độ tăng trưởng giá trị sản xuất'], [900, 'tỷ đồng', '=', 'Thu ngân sách trên địa bàn'],
    ]);
  });
});

describe('chi-thi-pandoc-export.md', () => {
  const o = load('chi-thi-pandoc-export.md');
  it('a word-processor export: bold organ lines, "# CHỈ THỊ", "## Về …", italic dateline', () => {
    expect(o.document).toMatchObject({ kind: 'chi-thi', number: '02/CT-UBND', title: 'Về đẩy mạnh phong trào thi đua yêu nước năm 2024', place: 'Lào Cai', date: '2024-01-15', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Lào Cai', position: 'Chủ tịch', signer: 'Trịnh Xuân Trường' });
    expect(o.themes.map((t) => t.text)).toEqual(['Đoàn kết, kỷ cương, sáng tạo, phát triển']);
  });
  it('escaped markers and block-quoted, escaped bullets: sections and indicators without markdown', () => {
    expect(o.sections.map((s) => s.marker)).toEqual(['1.', '2.', '3.']);
    expect(o.targets.map((t) => [t.value, t.unit, t.indicator])).toEqual([[9, '%', 'Tốc độ tăng trưởng GRDP'], [6000, 'tỷ đồng', 'Thu ngân sách nhà nước']]);
    expect(o.recipients).toEqual(['Bộ Nội vụ', 'Lưu: VT']);
  });
});

describe('article-reader-export.md', () => {
  const o = load('article-reader-export.md');
  it('a reader\'s "Title:" / "Published Time:" lines, menus before an "===" headline', () => {
    expect(o.document).toMatchObject({ kind: 'article', title: 'Bình Định phát động phong trào thi đua năm 2024', publishedAt: '2024-01-26T08:30', date: '2024-01-25', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Bình Định', position: 'Chủ tịch', signer: 'Phạm Anh Tuấn' });
    expect(o.themes.map((t) => [t.kind, t.text])).toEqual([['phương châm', 'Đoàn kết, kỷ cương, trách nhiệm, đổi mới, hiệu quả']]);
    expect(o.targets.map((t) => [t.value, t.valueMax, t.unit])).toEqual([[7.5, 8, '%'], [85, null, 'triệu đồng/người/năm'], [10, null, 'xã']]);
  });
});

describe('chi-thi-pandoc-grid-tables.md', () => {
  const o = load('chi-thi-pandoc-grid-tables.md');
  it('grid tables (pandoc): header and signature cells with several paragraphs and wrapped lines', () => {
    expect(o.document).toMatchObject({ kind: 'chi-thi', number: '15/CT-UBND', place: 'Phú Yên', date: '2024-02-20', title: 'Về việc phát động phong trào thi đua năm 2024' });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Phú Yên', position: 'Chủ tịch', signer: 'Trần Hữu Thế' });
    expect(o.recipients).toEqual(['Bộ Nội vụ', 'Lưu: VT']);
    expect(o.sections.map((s) => [s.path, s.text])).toEqual([
      ['1', 'Các sở, ban, ngành tổ chức phát động phong trào thi đua, phấn đấu tốc độ tăng trưởng GRDP đạt 8%.'],
      ['2', 'Sở Nội vụ theo dõi, đôn đốc.'],
    ]);
  });
});

describe('ke-hoach-cong-an-markdown.md', () => {
  const o = load('ke-hoach-cong-an-markdown.md');
  it('a force\'s plan: organ from the header, a rank removed from the signer, "KT." position', () => {
    expect(o.document).toMatchObject({ kind: 'ke-hoach', number: '215/KH-CAT-PX01', place: 'Thái Nguyên', date: '2024-02-08', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Công an tỉnh Thái Nguyên', position: 'Phó Giám đốc', signer: 'Nguyễn Văn Hùng' });
    expect(o.references.map((r) => [r.type, r.number, r.issuer])).toEqual([['Kế hoạch', '12/KH-BCA-X03', 'Bộ Công an']]);
  });
  it('"kéo giảm … từ 5% trở lên số vụ …": a decrease of at least 5%, the counted cases as indicator', () => {
    expect(o.targets.map((t) => [t.indicator, t.value, t.comparator, t.change])).toEqual([
      ['Tỷ lệ điều tra, khám phá án hình sự', 80, '>', null],
      ['Tỷ lệ điều tra, khám phá án rất nghiêm trọng, đặc biệt nghiêm trọng', 95, '>', null],
      ['số vụ phạm pháp hình sự', 5, '>=', 'decrease'],
      ['Tỷ lệ giải quyết tin báo, tố giác tội phạm', 90, '>', null],
      ['cán bộ, chiến sĩ hoàn thành nhiệm vụ', 100, '=', null],
      ['cán bộ, chiến sĩ hoàn thành xuất sắc nhiệm vụ', 30, '>=', null],
    ]);
  });
});

describe('article-party-launch-chain-of-offices.txt', () => {
  const o = load('article-party-launch-chain-of-offices.txt');
  it('the launcher\'s office is the host organ\'s, among the offices listed after the name', () => {
    expect(o.document).toMatchObject({ kind: 'article', date: '2024-02-01', publishedAt: '2024-02-02T14:35', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Tỉnh ủy Quảng Ninh', position: 'Bí thư', signer: 'Nguyễn Xuân Ký' });
  });
  it('the launched campaign\'s quoted name is its theme; last year\'s results are not targets', () => {
    expect(o.themes.map((t) => [t.kind, t.text])).toEqual([['phong trào', 'Quảng Ninh - Đoàn kết, kỷ cương, sáng tạo, phát triển']]);
    expect(o.targets.map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['tốc độ tăng trưởng GRDP', 10, '%', '>='], ['thu ngân sách nhà nước trên địa bàn', 52000, 'tỷ đồng', '='], ['thu hút vốn FDI', 3, 'tỷ usd', '='],
    ]);
  });
});

describe('nghi-quyet-hdnd-chi-tieu-dieu.txt', () => {
  const o = load('nghi-quyet-hdnd-chi-tieu-dieu.txt');
  it('a rule line under the upper-case trích yếu is not part of it', () => {
    expect(o.document).toMatchObject({ kind: 'nghi-quyet', number: '18/NQ-HĐND', title: 'VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024', place: 'Hà Giang', date: '2023-12-12', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Hội đồng nhân dân tỉnh Hà Giang', position: 'Chủ tịch', signer: 'Thào Hồng Sơn' });
  });
  it('every numbered item under "Điều 2. Các chỉ tiêu chủ yếu" is read, "Có thêm 10 xã" too', () => {
    expect(o.targets.map((t) => [t.value, t.valueMax, t.unit, t.change])).toEqual([
      [7.5, 8, '%', null], [38, null, 'triệu đồng', null], [2500, null, 'tỷ đồng', null], [4, 5, '%', 'decrease'],
      [10, null, 'xã', 'increase'], [66, null, 'xã', null], [60, null, '%', null],
    ]);
  });
});

describe('ke-hoach-truong-thcs.txt', () => {
  const o = load('ke-hoach-truong-thcs.txt');
  it('a school\'s plan: the school named as written, its principal, a school year', () => {
    expect(o.document).toMatchObject({ kind: 'ke-hoach', number: '25/KH-THCSNH', place: 'Hải Châu', date: '2023-09-15' });
    expect(o.issuer).toEqual({ organization: 'Trường THCS Nguyễn Huệ', position: 'Hiệu trưởng', signer: 'Lê Thị Mai' });
  });
  it('targets in groups under "II. CHỈ TIÊU THI ĐUA"', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [100, '%', '='], [80, '%', '>='], [5, 'sáng kiến', '>='], [95, '%', '='], [98, '%', '='], [100, '%', '='], [30, 'giải', '>='],
    ]);
  });
});

describe('giao-uoc-cum-thi-dua.txt', () => {
  const o = load('giao-uoc-cum-thi-dua.txt');
  it('a cluster\'s pact: the type line carries its subject and is the title; the kind is unknown', () => {
    expect(o.document).toMatchObject({ kind: 'unknown', number: null, title: 'BẢN GIAO ƯỚC THI ĐUA NĂM 2024', place: 'Bá Thước', date: '2024-03-06', year: 2024 });
  });
  it('"CÁC HUYỆN" is a plural noun, not a level; of two signature blocks side by side, the left one', () => {
    expect(o.issuer).toEqual({ organization: 'Cụm thi đua các huyện miền núi tỉnh Thanh Hóa', position: 'Chủ tịch', signer: 'Phạm Văn Tuấn' });
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator, t.change])).toEqual([[9, '%', '>=', null], [4, '%', '>=', 'decrease'], [2, 'xã', '>=', null]]);
  });
});

describe('quyet-dinh-kem-ke-hoach.txt', () => {
  const o = load('quyet-dinh-kem-ke-hoach.txt');
  it('the Quyết định\'s own header, articles and end zone', () => {
    expect(o.document).toMatchObject({ kind: 'quyet-dinh', number: '245/QĐ-UBND', place: 'Bến Tre', date: '2024-02-01' });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Bến Tre', position: 'Phó Chủ tịch', signer: 'Nguyễn Minh Cảnh' });
    expect(o.sections.map((s) => s.marker)).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
    expect(o.recipients).toEqual(['Như Điều 3', 'Lưu: VT']);
  });
  it('the attached plan: its title without "(Ban hành kèm theo …)", its sections, its targets; its mention of the Quyết định is no reference', () => {
    expect(o.attachments).toHaveLength(1);
    expect(o.attachments[0]).toMatchObject({ kind: 'ke-hoach', title: 'Tổ chức phong trào thi đua “Bến Tre chung sức xây dựng nông thôn mới” giai đoạn 2024 - 2025' });
    expect(o.attachments[0]!.sections.map((s) => s.heading)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'CHỈ TIÊU', 'TỔ CHỨC THỰC HIỆN']);
    expect(o.targets.map((t) => [t.indicator, t.value, t.unit, t.change])).toEqual([
      ['xã đạt chuẩn nông thôn mới nâng cao', 15, 'xã', 'increase'],
      ['Thu nhập bình quân đầu người khu vực nông thôn', 75, 'triệu đồng/người/năm', null],
    ]);
    expect(o.references.map((r) => r.number)).toEqual([null, '98/2023/NĐ-CP', '50/TTr-SNV']);
  });
  it('however long the attachment, the Quyết định\'s signature is found', () => {
    const src = readFileSync(join(ROOT, 'fixtures', 'variants', 'quyet-dinh-kem-ke-hoach.txt'), 'utf8');
    const long = src.replace('III. TỔ CHỨC THỰC HIỆN', Array.from({ length: 60 }, (_, i) => `- Nhiệm vụ bổ sung số ${i + 1}: tăng cường kiểm tra.\n`).join('\n') + '\nIII. TỔ CHỨC THỰC HIỆN');
    expect(run(long).issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Bến Tre', position: 'Phó Chủ tịch', signer: 'Nguyễn Minh Cảnh' });
  });
  it('a "PHỤ LỤC" of targets after the signature: its table is read, its title kept', () => {
    const o2 = run('KẾ HOẠCH\nThi đua năm 2024\n\nI. CHỈ TIÊU\nTại Phụ lục kèm theo.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\nPHỤ LỤC\nCÁC CHỈ TIÊU THI ĐUA NĂM 2024\n(Kèm theo Kế hoạch này)\n\n| TT | Chỉ tiêu | ĐVT | Kế hoạch 2024 |\n|---|---|---|---|\n| 1 | Tốc độ tăng trưởng GRDP | % | 7,5 |\n| 2 | Thu ngân sách | tỷ đồng | 4.500 |\n');
    expect(o2.issuer).toMatchObject({ position: 'Chủ tịch', signer: 'Nguyễn Văn An' });
    expect(o2.attachments.map((a) => [a.kind, a.title])).toEqual([['unknown', 'CÁC CHỈ TIÊU THI ĐUA NĂM 2024']]);
    expect(o2.targets.map((t) => [t.indicator, t.value, t.unit])).toEqual([['Tốc độ tăng trưởng GRDP', 7.5, '%'], ['Thu ngân sách', 4500, 'tỷ đồng']]);
  });
  it('a "Nơi nhận" with nothing of substance after it has no attachment', () => {
    expect(run('CHỈ THỊ\nVề thi đua\n\n1. Thi đua.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An').attachments).toEqual([]);
  });
});

describe('huong-dan-hoi-dong-tdkt.txt', () => {
  const o = load('huong-dan-hoi-dong-tdkt.txt');
  it('a Hướng dẫn of the emulation council: header, signature over a second title line, slogan', () => {
    expect(o.document).toMatchObject({ kind: 'huong-dan', number: '12/HD-HĐTĐKT', place: 'Quảng Ngãi', date: '2024-03-15', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ngãi', position: 'Phó Chủ tịch', signer: 'Trần Phước Hiền' });
    expect(o.themes.map((t) => t.kind)).toEqual(['chủ đề']);
  });
  it('"có thêm N xã đạt chuẩn" commits to an increase, in a content section as in a targets one', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.change])).toEqual([[7.5, '%', null], [26500, 'tỷ đồng', null], [1.5, '%', 'decrease'], [12, 'xã', 'increase']]);
    expect(o.targets[3]!.indicator).toBe('xã đạt chuẩn nông thôn mới nâng cao');
  });
});

describe('nghi-quyet-dang-uy-xa.txt', () => {
  const o = load('nghi-quyet-dang-uy-xa.txt');
  it('"ĐẢNG ỦY XÃ THẠCH HƯNG": the level is a common noun', () => {
    expect(o.issuer).toEqual({ organization: 'Đảng ủy xã Thạch Hưng', position: 'Bí thư', signer: 'Nguyễn Văn Thành' });
  });
  it('the organ charged with carrying out "Nghị quyết này" closes the text; a heading-only section keeps the paragraph under it', () => {
    expect(o.closing).toBe('Ban Thường vụ Đảng ủy có trách nhiệm cụ thể hóa, tổ chức triển khai thực hiện Nghị quyết này.');
    expect(o.sections[2]!.children[1]!.text).toBe('Thực hiện tốt công tác quốc phòng, an ninh; giao quân đạt 100% chỉ tiêu.');
    const r = run('KẾ HOẠCH\nThi đua năm 2024\n\nI. MỤC ĐÍCH\nThi đua.\n\nII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị nghiêm túc triển khai thực hiện Kế hoạch này.\n');
    expect(r.sections[1]!.text).toBe('Các đơn vị nghiêm túc triển khai thực hiện Kế hoạch này.');
    expect(r.closing).toBeNull();
  });
  it('results of last year ("ước đạt", "so với cùng kỳ") are not targets; the year\'s targets are', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator, t.change])).toEqual([
      [9, '%', '>=', 'increase'], [58, 'triệu đồng/người/năm', '=', null], [2, '%', '<', null], [2, 'thôn', '=', 'increase'], [100, '%', '=', null], [8, 'đảng viên', '>=', null], [1, 'mô hình', '>=', null], [100, '%', '=', null],
    ]);
    // "ít nhất" commits a count outside a targets heading too; the one who has it is the last part of the list
    expect(o.targets.find((t) => t.unit === 'mô hình')!.indicator).toBe('mỗi thôn có mô hình kinh tế hiệu quả');
  });
});

describe('article-ministry-launch.txt', () => {
  const o = load('article-ministry-launch.txt');
  it('a ministry launches (no level, no place); its head, named by office alone, speaks for it', () => {
    expect(o.document).toMatchObject({ kind: 'article', date: '2024-01-23', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Bộ Nông nghiệp và Phát triển nông thôn', position: 'Bộ trưởng', signer: 'Lê Minh Hoan' });
  });
  it('the chairman who delegates ("Thừa ủy quyền của Chủ tịch UBND tỉnh, …") is not the one who launches', () => {
    const r = run('Tuyên Quang phát động thi đua năm 2024\n\n20/02/2024 08:00\n\nSáng 19/2, UBND tỉnh Tuyên Quang tổ chức Hội nghị phát động phong trào thi đua năm 2024.\n\nThừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí Hoàng Việt Phương, Phó Chủ tịch UBND tỉnh phát động phong trào thi đua.\n');
    expect(r.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Tuyên Quang', position: 'Phó Chủ tịch', signer: 'Hoàng Việt Phương' });
  });
  it('a people\'s committee as the organ, its chairman by office and name', () => {
    const r = run('UBND tỉnh Tây Ninh phát động thi đua năm 2024\n\nSáng 4/2, UBND tỉnh Tây Ninh tổ chức hội nghị phát động phong trào thi đua năm 2024.\n\nPhát biểu tại hội nghị, Chủ tịch Nguyễn Thanh Ngọc kêu gọi cán bộ, công chức thi đua hoàn thành nhiệm vụ.\n');
    expect(r.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Tây Ninh', position: 'Chủ tịch', signer: 'Nguyễn Thanh Ngọc' });
  });
  it('last year\'s results are not targets; ranges and "duy trì" are', () => {
    expect(o.targets.map((t) => [t.value, t.valueMax, t.unit])).toEqual([[3, 3.2, '%'], [54, 55, 'tỷ usd'], [42.02, null, '%']]);
    expect(o.sections.map((s) => s.marker)).toEqual(['Thứ nhất', 'Thứ hai', 'Thứ ba']);
  });
});

describe('chi-thi-ocr-letter-digits.txt', () => {
  const o = load('chi-thi-ocr-letter-digits.txt');
  it('OCR letters in numbers ("l5/CT-UBND", "ngày 2l", "số l234/QĐ-UBND") are read as digits', () => {
    expect(o.document).toMatchObject({ kind: 'chi-thi', number: '15/CT-UBND', place: 'Lạng Sơn', date: '2024-02-21', year: 2024 });
    expect(o.references.map((r) => [r.number, r.date])).toEqual([['34-CT/TW', '2014-04-07'], ['1234/QĐ-UBND', '2024-01-15']]);
  });
  it('the campaign the title names, across the title\'s line break, is a theme', () => {
    expect(o.themes.map((t) => [t.kind, t.text])).toEqual([['phong trào', 'Lạng Sơn chung sức xây dựng nông thôn mới']]);
  });
  it('a page number that two-column reading order puts after the recipients is not a recipient', () => {
    expect(o.recipients).toEqual(['Văn phòng Chính phủ', 'TT Tỉnh ủy', 'Lưu: VT, NC']);
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Lạng Sơn', position: 'Chủ tịch', signer: 'Hồ Tiến Thiệu' });
  });
});

describe('article-markdown-district-party.md', () => {
  const o = load('article-markdown-district-party.md');
  it('a district party committee launches a peak campaign: its secretary, the campaign and its motto', () => {
    expect(o.document).toMatchObject({ kind: 'article', date: '2025-03-11', publishedAt: '2025-03-12T08:15', year: 2025 });
    expect(o.issuer).toEqual({ organization: 'Huyện ủy Krông Pắc', position: 'Bí thư', signer: 'Nguyễn Văn Sơn' });
    expect(o.themes.map((t) => t.kind)).toEqual(['phương châm', 'phong trào']);
  });
  it('a bullet list under "… thực hiện các chỉ tiêu:" is in target context; the award count after it is not a target', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator, t.change])).toEqual([
      [7.5, '%', '>=', 'increase'], [250, 'tỷ đồng', '=', null], [2, 'xã', '=', 'increase'], [1500, 'lao động', '=', null],
    ]);
  });
});

describe('chuong-trinh-hanh-dong-tinh-uy.txt', () => {
  const o = load('chuong-trinh-hanh-dong-tinh-uy.txt');
  it('"CHƯƠNG TRÌNH HÀNH ĐỘNG" is a type line: its trích yếu is read', () => {
    // (the cited resolution's date and the horizons in the title are not the year it is about)
    expect(o.document).toMatchObject({ kind: 'chuong-trinh', number: '25-CTr/TU', place: 'Bình Định', date: '2023-09-05', year: 2023 });
    expect(o.document.title).toMatch(/^thực hiện Nghị quyết số 26-NQ\/TW ngày 03\/11\/2022 của Bộ Chính trị về phát triển kinh tế - xã hội .* tầm nhìn đến năm 2045$/u);
    expect(o.references.map((r) => r.number)).toEqual(['26-NQ/TW']);
    expect(o.references[0]!.mentions.length).toBe(2); // in the title and in the preamble
  });
  it('"Chương trình hành động này được phổ biến …" closes the text', () => {
    expect(o.closing).toBe('Chương trình hành động này được phổ biến đến chi bộ.');
    expect(o.sections.map((s) => s.marker)).toEqual(['PHẦN I', 'PHẦN II', 'PHẦN III']);
  });
  it('"…, trong đó có bằng cấp, chứng chỉ đạt 35%" qualifies the indicator before it', () => {
    expect(o.targets.map((t) => [t.indicator, t.value, t.valueMax, t.unit, t.comparator])).toEqual([
      ['Tốc độ tăng trưởng GRDP bình quân', 8.5, 9, '%/năm', '='],
      ['GRDP bình quân đầu người', 5500, null, 'usd', '='],
      ['Tỷ lệ đô thị hóa', 55, null, '%', '>'],
      ['Tỷ lệ lao động qua đào tạo', 80, null, '%', '='],
      ['Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', 35, null, '%', '='],
      ['Số bác sĩ', 19, null, 'bác sĩ/vạn dân', '='],
    ]);
  });
});

describe('article-department-academic-title.txt', () => {
  const o = load('article-department-academic-title.txt');
  it('"TS.BS Tăng Chí Thượng, Giám đốc Sở Y tế TP.HCM": an academic title before the name, the city written out', () => {
    expect(o.issuer).toEqual({ organization: 'Sở Y tế thành phố Hồ Chí Minh', position: 'Giám đốc', signer: 'Tăng Chí Thượng' });
    expect(o.document).toMatchObject({ kind: 'article', date: '2024-03-14', publishedAt: '2024-03-15T10:20' });
  });
  it('the campaign a headline reports the launch of is a theme', () => {
    expect(o.themes.map((t) => [t.kind, t.text])).toEqual([['phong trào', 'Đổi mới, sáng tạo trong chăm sóc sức khỏe nhân dân']]);
  });
  it('a pen name in capitals closing the page, and a paragraph on an earlier year, are not the last item\'s text', () => {
    expect(o.sections.map((s) => s.marker)).toEqual(['Một là', 'Hai là', 'Ba là']);
    // (nor is the paragraph that turns back to an earlier year's results: "Năm 2023, toàn ngành đã …")
    expect(o.sections[2]!.text).toBe('thực hiện tốt công tác phòng, chống dịch bệnh.');
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[93, '%', '>'], [100, '%', '='], [10, '/100.000 trẻ đẻ sống', '<']]);
  });
});

describe('article-portal-copy-site-name.txt', () => {
  const o = load('article-portal-copy-site-name.txt');
  it('the site\'s name, menu and toolbar above the dateline are not the headline; the line after the dateline is', () => {
    expect(o.document).toMatchObject({ kind: 'article', title: 'UBND tỉnh Phú Yên phát động phong trào thi đua năm 2024', date: '2024-02-20', publishedAt: '2024-02-21T16:05' });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Phú Yên', position: 'Chủ tịch', signer: 'Tạ Anh Tuấn' });
  });
  it('targets of the launch speech; "5 nội dung thi đua" counts the text\'s own content', () => {
    expect(o.targets.map((t) => [t.value, t.valueMax, t.unit])).toEqual([[8.5, 9, '%'], [5200, null, 'tỷ đồng'], [20000, null, 'lao động']]);
  });
});

describe('quyet-dinh-kem-quy-che.txt', () => {
  const o = load('quyet-dinh-kem-quy-che.txt');
  it('the year is the issue year when only cited texts carry years (a law\'s full date, its name)', () => {
    expect(o.document).toMatchObject({ kind: 'quyet-dinh', number: '12/2024/QĐ-UBND', date: '2024-04-10', year: 2024 });
    expect(run('KẾ HOẠCH\nThi đua\n\nCăn cứ Luật Thi đua, khen thưởng năm 2022; Luật Tổ chức chính quyền địa phương năm 2015.\n\n1. Thi đua trong năm 2024.').document.year).toBe(2024);
  });
  it('a deadline in the year the text was issued counts for that year; a later horizon does not', () => {
    const head = 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 03/CT-UBND\nBắc Giang, ngày 15 tháng 3 năm 2024\n\nCHỈ THỊ\nVề tăng cường công tác phòng cháy, chữa cháy\n\n';
    const past = 'Tình hình cháy, nổ diễn biến phức tạp; năm 2023 xảy ra 45 vụ cháy, làm chết 03 người.\n\n';
    expect(run(`${head}${past}1. Phấn đấu đến hết năm 2024, 100% cơ sở được kiểm tra.\n`).document.year).toBe(2024);
    expect(run(`${head}${past}1. Phấn đấu đến năm 2030, 100% cơ sở được kiểm tra.\n`).document.year).toBe(2023);
  });
  it('the attached Quy chế: chapters, and articles numbered through the chapters', () => {
    expect(o.attachments.map((a) => [a.kind, a.title])).toEqual([['quy-che', 'Thi đua, khen thưởng tỉnh Ninh Bình']]);
    const paths = (s: typeof o.sections): string[] => s.flatMap((x) => [x.path, ...paths(x.children)]);
    expect(paths(o.attachments[0]!.sections)).toEqual(['1', '1.1', '1.2', '1.2.1', '1.2.2', '2', '2.3']);
    expect(o.references.map((r) => r.number)).toEqual([null, '98/2023/NĐ-CP', '45/TTr-SNV']);
  });
});

describe('article-police-peak-campaign.txt', () => {
  const o = load('article-police-peak-campaign.txt');
  it('a colonel who heads the provincial police launches a peak campaign; a pen name closes the page', () => {
    expect(o.issuer).toEqual({ organization: 'Công an tỉnh Gia Lai', position: 'Giám đốc', signer: 'Rah Lan Chung' });
    expect(o.themes.map((t) => [t.kind, t.text])).toEqual([['phong trào', '90 ngày đêm']]);
  });
  it('"phấn đấu kéo giảm ít nhất 5% số vụ …": what follows the amount is measured, not the speaker before the aim', () => {
    expect(o.targets.map((t) => [t.indicator, t.value, t.comparator, t.change])).toEqual([
      ['số vụ phạm pháp hình sự', 5, '>=', 'decrease'], ['tỷ lệ điều tra, khám phá án', 85, '>', null], ['trọng án', 95, '>', null],
    ]);
  });
});

describe('article-prime-minister-launch.txt', () => {
  const o = load('article-prime-minister-launch.txt');
  it('the head of government launches: the organ is the Government, the office and name are his', () => {
    expect(o.document).toMatchObject({ kind: 'article', date: '2023-09-30', publishedAt: '2023-09-30T15:42', year: 2023 });
    expect(o.issuer).toEqual({ organization: 'Chính phủ', position: 'Thủ tướng', signer: 'Phạm Minh Chính' });
  });
  it('a Deputy Prime Minister who launches goes before a minister who only speaks', () => {
    const r = run('Phó Thủ tướng phát động thi đua ngành Nội vụ\n\n12/01/2024 10:00\n\nSáng 11/1, tại Hà Nội, Phó Thủ tướng Chính phủ Trần Lưu Quang dự Hội nghị tổng kết ngành Nội vụ và phát động phong trào thi đua năm 2024.\n\nBộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà cho biết năm 2024 toàn ngành phấn đấu hoàn thành 100% nhiệm vụ.\n');
    expect(r.issuer).toEqual({ organization: 'Chính phủ', position: 'Phó Thủ tướng', signer: 'Trần Lưu Quang' });
  });
  it('after the list, "Thủ tướng tin tưởng rằng …" is the reporter\'s narrative, not the last item', () => {
    expect(o.sections.map((s) => s.marker)).toEqual(['Thứ nhất', 'Thứ hai', 'Thứ ba']);
    expect(o.sections[2]!.text).toBe('phát huy vai trò của các cơ sở giáo dục thường xuyên, trung tâm học tập cộng đồng.');
  });
  it('what two years of work have already given ("đã có 98,5% xã …") is a result, not a target', () => {
    expect(o.targets.map((t) => [t.value, t.unit])).toEqual([[100, '%'], [98, '%']]);
  });
  it('the slogan after "tinh thần" and the launched campaign are themes', () => {
    expect(o.themes.map((t) => t.kind)).toEqual(['tinh thần', 'phong trào']);
  });
});

describe('ke-hoach-so-gddt-markdown.md', () => {
  const o = load('ke-hoach-so-gddt-markdown.md');
  it('a markdown export: header, bold sub-headings, a department\'s place from its parent committee', () => {
    expect(o.document).toMatchObject({ kind: 'ke-hoach', number: '1523/KH-SGDĐT', place: 'Quảng Ngãi', date: '2024-09-05', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi', position: 'Giám đốc', signer: 'Nguyễn Văn Dũng' });
    expect(o.sections.map((s) => [s.path, s.heading])).toEqual([['1', 'MỤC ĐÍCH, YÊU CẦU'], ['2', 'NỘI DUNG VÀ CHỈ TIÊU THI ĐUA'], ['3', 'TỔ CHỨC THỰC HIỆN']]);
    expect(o.sections[1]!.children[0]!.children.map((s) => s.path)).toEqual(['2.1.1', '2.1.2']);
  });
  it('the campaign a Cuộc vận động names ("… là một tấm gương …") gives no target; the bullets under "Chỉ tiêu" do', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator, t.change])).toEqual([
      [99.8, '%', '=', null], [99, '%', '>', null], [15, 'trường', '=', 'increase'], [0.3, '%', '<', null],
    ]);
  });
});

describe('article-district-portal-menu.txt', () => {
  const o = load('article-district-portal-menu.txt');
  it('the place a portal\'s title line names does not run on into the menu line below it', () => {
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân huyện Krông Pắc', position: 'Chủ tịch', signer: 'Nguyễn Văn Khánh' });
    expect(o.document).toMatchObject({ kind: 'article', date: '2024-03-11', publishedAt: '2024-03-12', year: 2024 });
  });
  it('this year\'s aims are targets; last year\'s results ("Năm 2023, toàn huyện đã …") are not', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.change])).toEqual([
      [2, 'xã', 'increase'], [1, 'xã', 'increase'], [58, 'triệu đồng/người/năm', null], [1.2, '%', 'decrease'],
    ]);
    expect(o.themes.map((t) => [t.kind, t.text])).toEqual([
      ['tinh thần', 'Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng'], ['phong trào', 'Chung sức xây dựng nông thôn mới'],
    ]);
  });
});

describe('article-youth-union-month.md', () => {
  const o = load('article-youth-union-month.md');
  it('a provincial Youth Union committee ("Bí thư Tỉnh đoàn Nghệ An") launches', () => {
    expect(o.issuer).toEqual({ organization: 'Tỉnh Đoàn Nghệ An', position: 'Bí thư', signer: 'Lê Văn Lương' });
    expect(o.document).toMatchObject({ kind: 'article', title: 'Tỉnh đoàn Nghệ An phát động Tháng Thanh niên năm 2024', date: '2024-03-01', year: 2024 });
  });
  it('a bulleted list ends with its last bullet: the paragraph after it is narrative', () => {
    expect(o.sections.map((s) => s.marker)).toEqual(['Một là', 'Hai là', 'Ba là']);
    expect(o.sections[2]!.text).toBe('phấn đấu trồng mới 200.000 cây xanh; tổ chức hiến máu tình nguyện thu về 3.000 đơn vị máu.');
  });
});

describe('ke-hoach-huyen-two-column-ocr.txt', () => {
  const o = load('ke-hoach-huyen-two-column-ocr.txt');
  it('a signer whose name joins syllables with an apostrophe ("Rơ Châm H\'Ngớ"), on a deputy\'s signature', () => {
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân huyện Chư Sê', position: 'Phó Chủ tịch', signer: 'Rơ Châm H\'Ngớ' });
    expect(o.document).toMatchObject({ kind: 'ke-hoach', number: '87/KH-UBND', place: 'Chư Sê', date: '2024-03-14' });
  });
  it('"1.1" without its dot and "1)" are markers; a page number between items is not text', () => {
    expect(o.sections[1]!.children.map((s) => s.marker)).toEqual(['1.1', '1.2', '1.3']);
    expect(o.sections[1]!.children[1]!.text).toBe('Thi đua xây dựng kết cấu hạ tầng kinh tế - xã hội; phấn đấu có thêm 03 xã đạt chuẩn nông thôn mới.');
    expect(o.sections[2]!.children.map((s) => s.marker)).toEqual(['1)', '2)']);
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator, t.change])).toEqual([[55, 'triệu đồng', '>', null], [3, 'xã', '=', 'increase'], [10, '%', '=', 'decrease']]);
  });
});

describe('cong-van-so-y-te-huong-ung.txt', () => {
  const o = load('cong-van-so-y-te-huong-ung.txt');
  it('a department\'s letter: "V/v" subject with the campaign on its second line, a deputy signs', () => {
    expect(o.document).toMatchObject({ kind: 'cong-van', number: '2150/SYT-VP', place: 'Bến Tre', date: '2024-05-22', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Sở Y tế tỉnh Bến Tre', position: 'Phó Giám đốc', signer: 'Trần Thị Hồng Nga' });
    expect(o.themes.map((t) => t.text)).toEqual(['Bến Tre chung sức vì sức khỏe cộng đồng']);
  });
  it('the department\'s call as the last sentence ("Sở Y tế đề nghị … thực hiện./.") is the closing, not the last item', () => {
    expect(o.closing).toBe('Sở Y tế đề nghị Thủ trưởng các đơn vị quan tâm triển khai thực hiện./.');
    expect(o.sections[2]!.text).toBe('Định kỳ 6 tháng, năm báo cáo kết quả thực hiện về Sở Y tế (qua Văn phòng Sở) trước ngày 15/11/2024.');
  });
});

describe('article-report-of-directive.txt', () => {
  const o = load('article-report-of-directive.txt');
  it('a report of the directive that launches the campaign: its date is the directive\'s, the signer launches', () => {
    expect(o.document).toMatchObject({ kind: 'article', date: '2024-01-12', publishedAt: '2024-01-15T07:20', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Quảng Trị', position: 'Chủ tịch', signer: 'Võ Văn Hưng' });
    expect(o.references.map((r) => [r.type, r.number, r.date])).toEqual([['Chỉ thị', '01/CT-UBND', '2024-01-12']]);
  });
  it('"Chỉ thị cũng giao …" after the list is the report\'s voice, not the last item; an amount after a comma and a verb of change has its own indicator', () => {
    expect(o.sections.map((s) => s.marker)).toEqual(['1.', '2.', '3.']);
    expect(o.sections[2]!.text).toBe('Thi đua bảo đảm an sinh xã hội, giảm tỷ lệ hộ nghèo 1,5%.');
    expect(o.targets.map((t) => [t.indicator, t.value, t.change])).toEqual([
      ['tốc độ tăng trưởng GRDP', 7, null], ['thu ngân sách nhà nước trên địa bàn', 3900, null], ['tỷ lệ hộ nghèo', 1.5, 'decrease'],
    ]);
  });
});

describe('ke-hoach-mttq-ban-thuong-truc.txt', () => {
  const o = load('ke-hoach-mttq-ban-thuong-truc.txt');
  it('the Front\'s standing body signs "TM. BAN THƯỜNG TRỰC": named with its committee in full', () => {
    expect(o.issuer).toEqual({ organization: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi', position: 'Phó Chủ tịch', signer: 'Nguyễn Thị Thanh Hà' });
    expect(o.document).toMatchObject({ kind: 'ke-hoach', number: '215/KH-MTTW-BTT', date: '2024-03-05' });
  });
  it('targets under "II. CHỈ TIÊU": verbs of doing before a count complete the indicator', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[15, 'xã', '='], [5, 'xã', '='], [90, '%', '>='], [200, 'nhà', '>=']]);
    expect(o.targets[3]!.indicator).toBe('Vận động xây dựng nhà Đại đoàn kết cho hộ nghèo');
  });
});

describe('article-inline-enumeration.txt', () => {
  const o = load('article-inline-enumeration.txt');
  it('"Một là, …; Hai là, …; Ba là, …" inside the launcher\'s paragraph are three sections', () => {
    expect(o.sections.map((s) => [s.path, s.marker])).toEqual([['1', 'Một là'], ['2', 'Hai là'], ['3', 'Ba là']]);
    expect(o.sections[2]!.text).toBe('thực hiện tốt công tác khen thưởng, bảo đảm chính xác, kịp thời.');
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân huyện Krông Búk', position: 'Chủ tịch', signer: 'Y Wai Byă' });
  });
});

describe('article-lead-above-dateline.md', () => {
  const o = load('article-lead-above-dateline.md');
  it('the bold lead above "Cập nhật: …" dates the event; the headline\'s short campaign name is the lead\'s whole one', () => {
    expect(o.document).toMatchObject({ kind: 'article', date: '2024-02-22', publishedAt: '2024-02-23T10:15' });
    expect(o.themes.map((t) => t.text)).toEqual(['Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau']);
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Lạng Sơn', position: 'Phó Chủ tịch Thường trực', signer: 'Dương Xuân Huyên' });
  });
  it('targets of the launch speech, a change over many syllables; the past year\'s results and donations are not targets', () => {
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator, t.change])).toEqual([[2.5, '%', '>=', 'decrease'], [100, '%', '=', null], [1500, 'căn nhà', '=', null]]);
  });
});

describe('article-web-page-meta-date.html', () => {
  const o = load('article-web-page-meta-date.html');
  it('a page that shows no dateline takes its publication time from its metadata (article:published_time)', () => {
    expect(o.document).toMatchObject({ kind: 'article', date: '2024-04-01', publishedAt: '2024-04-02T16:45', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Sở Nội vụ tỉnh Đắk Lắk', position: 'Giám đốc', signer: 'Nguyễn Văn Hòa' });
  });
  it('list items are sections; "ít nhất 02 mô hình" commits a count; the law cited by number', () => {
    expect(o.sections.map((s) => s.marker)).toEqual(['Một là', 'Hai là', 'Ba là']);
    expect(o.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[100, '%', '='], [2, 'mô hình', '>=']]);
    expect(o.references.map((r) => [r.type, r.number])).toEqual([['Luật', '10/2022/QH15']]);
  });
  it('without metadata, a <time datetime> gives it; a page with neither has none', () => {
    const page = (head: string, meta: string) => `<html><head>${head}</head><body><article><h1>Tỉnh X phát động thi đua</h1>${meta}<p>Sáng 1/4, UBND tỉnh Bắc Ninh phát động thi đua.</p><p>Nội dung.</p></article></body></html>`;
    expect(run(page('', '<div><time datetime="2024-04-02T08:30">8:30</time></div>')).document.publishedAt).toBe('2024-04-02T08:30');
    expect(run(page('<meta content="2024-04-03T09:00:00+07:00" itemprop="datePublished">', '')).document.publishedAt).toBe('2024-04-03T09:00');
    expect(run(page('', '')).document.publishedAt).toBeNull();
  });
});

describe('article-captions-between-items.txt', () => {
  const o = load('article-captions-between-items.txt');
  it('a caption that ends on its photo credit ("… Ảnh: Ngọc Lân") is not the text of the item it falls in', () => {
    expect(o.sections.map((s) => s.marker)).toEqual(['Thứ nhất', 'Thứ hai', 'Thứ ba']);
    expect(o.sections[1]!.text).toBe('thi đua đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh.');
    expect(flat(o.sections).map((s) => s.text).join('\n')).not.toMatch(/Ảnh:|Cờ thi đua/);
  });
  it('the launch\'s date, the page\'s date, the chairman who launched it; the award count is no target', () => {
    expect(o.document).toMatchObject({ kind: 'article', date: '2024-03-04', publishedAt: '2024-03-05', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Bình Thuận', position: 'Chủ tịch', signer: 'Đoàn Anh Dũng' });
    expect(o.targets.map((t) => [t.value, t.unit, t.change])).toEqual([[8, '%', null], [0.5, '%', 'decrease']]);
  });
});

describe('chi-thi-pdf-copy-joined-columns.txt', () => {
  const o = load('chi-thi-pdf-copy-joined-columns.txt');
  it('a header whose two columns a PDF copy joined with one space: organ, number, place and date each on their own', () => {
    expect(o.document).toMatchObject({ kind: 'chi-thi', number: '10/CT-UBND', place: 'Hậu Giang', date: '2024-03-15', year: 2024, title: 'Về việc tăng cường công tác thi đua, khen thưởng năm 2024' });
  });
  it('a signature block joined to the recipients list, its name under the list', () => {
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Hậu Giang', position: 'Phó Chủ tịch', signer: 'Đồng Văn Thanh' });
    expect(o.recipients).toEqual(['Như trên', 'TT Tỉnh ủy, TT HĐND tỉnh', 'Lưu: VT']);
  });
  it('body as usual', () => {
    expect(o.sections.map((s) => s.marker)).toEqual(['1.', '2.', '3.']);
    expect(o.references.map((r) => r.number)).toEqual(['41-CT/TW']);
    expect(o.targets.map((t) => [t.value, t.unit])).toEqual([[7, '%']]);
  });
});
