import { describe, expect, it } from 'vitest';
import { run } from './support/helpers.js';

const refs = (body: string, head = 'CHỈ THỊ\nVề thi đua\n\n') => run(`${head}${body}\n\n1. Thi đua.`).references;

describe('references', () => {
  it('who issued a document and when, said before citing it ("Ngày 21/4, UBND tỉnh X ban hành Kế hoạch số …"): date and issuer', () => {
    const news = (lead: string) => run(`Tuyên Quang phát động phong trào thi đua đặc biệt\n\nCập nhật lúc: 09:15 ngày 22/04/2025\n\n${lead}\n`).references;
    expect(news('Ngày 21/4, UBND tỉnh Tuyên Quang ban hành Kế hoạch số 68/KH-UBND phát động phong trào thi đua đặc biệt.')).toMatchObject([{ type: 'Kế hoạch', number: '68/KH-UBND', date: '2025-04-21', issuer: 'UBND tỉnh Tuyên Quang' }]);
    // a day and month after the text's date fall in the year before
    expect(run('Tỉnh phát động thi đua\n\n05/01/2025 08:00\n\nNgày 28/12, UBND tỉnh ban hành Kế hoạch số 201/KH-UBND về thi đua năm 2025.\n').references[0]).toMatchObject({ date: '2024-12-28', issuer: 'UBND tỉnh' });
    // the one advised issues it; a date written after the number wins
    expect(refs('Sở Nội vụ đã tham mưu UBND tỉnh ban hành Kế hoạch số 12/KH-UBND.')[0]).toMatchObject({ issuer: 'UBND tỉnh', date: null });
    expect(refs('Ngày 02/3/2024, Sở Nội vụ ban hành Hướng dẫn số 05/HD-SNV ngày 01/3/2024 của Sở Nội vụ.')[0]).toMatchObject({ date: '2024-03-01', issuer: 'Sở Nội vụ' });
    // with its date after the number, the issuer said before it still counts; an office
    // named with its holder is the issuer without the name
    expect(refs('Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng vừa ký ban hành Chỉ thị số 01/CT-UBND ngày 12/01/2024 về việc phát động thi đua.')[0])
      .toMatchObject({ date: '2024-01-12', issuer: 'Chủ tịch UBND tỉnh Quảng Trị' });
  });
  it('"của X tại <type> số …" names the issuer before the number', () => {
    expect(refs('Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 245/TTr-SNV ngày 15 tháng 3 năm 2024.')[0]).toMatchObject({ type: 'Tờ trình', issuer: 'Giám đốc Sở Nội vụ', date: '2024-03-15' });
    expect(refs('Thực hiện chỉ đạo của UBND tỉnh tại Văn bản số 5612/UBND-NC ngày 05/6/2024, Sở Nội vụ hướng dẫn.')[0]).toMatchObject({ issuer: 'UBND tỉnh' });
  });
  it('type, number, date, issuer, subject and codes', () => {
    const [r] = refs('Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị (khoá XI) về tiếp tục đổi mới công tác thi đua, khen thưởng; các văn bản khác.');
    expect(r).toMatchObject({ type: 'Chỉ thị', number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ Chính trị', subject: 'tiếp tục đổi mới công tác thi đua, khen thưởng', typeCode: 'CT', issuerCode: 'TW' });
  });
  it.each([
    ['Quyết định số 1526/QĐ-TTg ngày 09/12/2022 của Thủ tướng Chính phủ', '1526/QĐ-TTg', 'Quyết định', '2022-12-09'],
    ['Chỉ thị 01 /CT-UBND ngày 18 tháng 01 năm 2023', '01/CT-UBND', 'Chỉ thị', '2023-01-18'],
    ['Chỉ thị số 20/2012/CT-UBND', '20/2012/CT-UBND', 'Chỉ thị', null],
    ['Thông tư số 05/2023/TT-BNV', '05/2023/TT-BNV', 'Thông tư', null],
    ['Nghị quyết số 74/NQ-HÐND ngày 09/12/2022', '74/NQ-HĐND', 'Nghị quyết', '2022-12-09'],
    ['Nghị định 30/2020/NĐ-CP', '30/2020/NĐ-CP', 'Nghị định', null],
    ['Kết luận số 01-KL/TW ngày 18/5/2021', '01-KL/TW', 'Kết luận', '2021-05-18'],
    ['Kế hoạch số 15/KH-UBND ngày 19/01/2023 của UBND huyện', '15/KH-UBND', 'Kế hoạch', '2023-01-19'],
  ])('%s', (text, number, type, date) => {
    expect(refs(text + '.')[0]).toMatchObject({ number, type, date });
  });
  it('number codes: the type code comes first; a công văn\'s number starts with its issuer', async () => {
    const { decodeNumber } = await import('../src/references.js');
    const { typeCodeOf } = await import('../src/structure/header.js');
    expect(decodeNumber('12/2019/TT-BNV')).toMatchObject({ typeCode: 'TT', issuerCode: 'BNV' });
    expect(decodeNumber('45/SNV-TT')).toMatchObject({ typeCode: null, issuerCode: 'SNV' });
    expect(decodeNumber('125/BTĐKT-VI')).toMatchObject({ typeCode: null, issuerCode: 'BTĐKT' });
    for (const n of ['12/2019/TT-BNV', '45/SNV-TT', '34-CT/TW']) expect(typeCodeOf(n)).toBe(decodeNumber(n).typeCode);
  });
  it('types abbreviated by their code ("QĐ số 123/QĐ-UBND", "NQ 01/NQ-CP"); "Thông báo kết luận số …-TB/…" is a Thông báo', () => {
    expect(refs('Thực hiện QĐ số 123/QĐ-UBND ngày 5/1/2024 của UBND tỉnh; NQ 01/NQ-CP của Chính phủ.').map((r) => [r.type, r.number, r.date])).toEqual([
      ['Quyết định', '123/QĐ-UBND', '2024-01-05'], ['Nghị quyết', '01/NQ-CP', null],
    ]);
    const [tb] = refs('Theo Thông báo kết luận số 12-TB/TU ngày 2/2/2024 của Ban Thường vụ Tỉnh ủy.');
    expect(tb).toMatchObject({ type: 'Thông báo', number: '12-TB/TU', date: '2024-02-02' });
  });
  it('lists share the type: "Chỉ thị số 05-CT/TW và số 06-CT/TW"', () => {
    expect(refs('theo Chỉ thị số 05-CT/TW và số 06-CT/TW của Bộ Chính trị.').map((r) => [r.type, r.number])).toEqual([['Chỉ thị', '05-CT/TW'], ['Chỉ thị', '06-CT/TW']]);
  });
  it('a law named, then numbered, is one reference with its number; a date in parentheses is the date', () => {
    const r = refs('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022; Quyết định số 1234/QĐ-UBND (ngày 05/3/2024) của UBND tỉnh.');
    expect(r.map((x) => [x.type, x.number, x.date, x.issuer])).toEqual([['Luật', '06/2022/QH15', '2022-06-15', null], ['Quyết định', '1234/QĐ-UBND', '2024-03-05', 'UBND tỉnh']]);
    expect(r[0]!.subject).toBe('Thi đua, khen thưởng');
  });
  it('an issuer and a subject spaced out are written with single spaces', () => {
    expect(refs('Thực hiện Chỉ thị số 05/CT-UBND  ngày 12/01/2024 của  Ủy ban   nhân dân tỉnh về  phát động   thi đua.').map((r) => [r.date, r.issuer, r.subject]))
      .toEqual([['2024-01-12', 'Ủy ban nhân dân tỉnh', 'phát động thi đua']]);
  });
  it('a quotation opened inside a subject ends it with its closing quote; a subject quoted as a whole loses its quotes', () => {
    expect(refs('Triển khai Quyết định số 2151/QĐ-BYT ngày 04/6/2015 của Bộ trưởng Bộ Y tế về việc phê duyệt Kế hoạch “Đổi mới phong cách, thái độ phục vụ”, thực hiện tốt các giải pháp.')[0]!.subject)
      .toBe('phê duyệt Kế hoạch “Đổi mới phong cách, thái độ phục vụ”');
    expect(refs('Thực hiện Chỉ thị số 05/CT-UBND ngày 12/01/2024 của UBND tỉnh “về đẩy mạnh thi đua”, các đơn vị …')[0]!.subject).toBe('đẩy mạnh thi đua');
    // straight quotes as curly ones: the name is kept whole, with its closing quote
    expect(refs('Thực hiện Kế hoạch số 89/KH-UBND ngày 01/3/2024 của UBND huyện về tổ chức phong trào thi đua "Cán bộ, công chức thi đua thực hiện văn hóa công sở" giai đoạn 2024 - 2025; Phòng Nội vụ xây dựng Kế hoạch.')[0]!.subject)
      .toBe('tổ chức phong trào thi đua "Cán bộ, công chức thi đua thực hiện văn hóa công sở"');
  });
  it('the date may follow the issuer: "… của Chính phủ ngày 05/01/2024 về …"', () => {
    expect(refs('Thực hiện Nghị quyết số 01/NQ-CP của Chính phủ ngày 05/01/2024 về nhiệm vụ năm 2024.').map((r) => [r.number, r.date, r.issuer, r.subject]))
      .toEqual([['01/NQ-CP', '2024-01-05', 'Chính phủ', 'nhiệm vụ năm 2024']]);
  });
  it('members of one type with nothing after them share the date and issuer written after the last one; a member\'s own date is its own', () => {
    expect(refs('Căn cứ các Nghị quyết số 25/NQ-HĐND và 26/NQ-HĐND ngày 10/12/2023 của HĐND tỉnh; các Quyết định số 2246/QĐ-UBND, 2247/QĐ-UBND ngày 15/12/2023 của UBND tỉnh.').map((r) => [r.number, r.date, r.issuer]))
      .toEqual([['25/NQ-HĐND', '2023-12-10', 'HĐND tỉnh'], ['26/NQ-HĐND', '2023-12-10', 'HĐND tỉnh'], ['2246/QĐ-UBND', '2023-12-15', 'UBND tỉnh'], ['2247/QĐ-UBND', '2023-12-15', 'UBND tỉnh']]);
    expect(refs('Căn cứ Nghị quyết số 25/NQ-HĐND ngày 08/12/2023 và 26/NQ-HĐND ngày 10/12/2023 của HĐND tỉnh.').map((r) => [r.number, r.date, r.issuer]))
      .toEqual([['25/NQ-HĐND', '2023-12-08', 'HĐND tỉnh'], ['26/NQ-HĐND', '2023-12-10', 'HĐND tỉnh']]);
    // after a semicolon, a dated member keeps no issuer but its own (the issuing organ's own plan)
    expect(refs('Thực hiện Kế hoạch số 10/KH-UBND ngày 05/01/2024; Kế hoạch số 20/KH-SNV ngày 10/01/2024 của Sở Nội vụ.').map((r) => [r.number, r.issuer]))
      .toEqual([['10/KH-UBND', null], ['20/KH-SNV', 'Sở Nội vụ']]);
    // (the list's last member is of another type: nothing is shared)
    expect(refs('theo Chỉ thị 05-CT/TW; Hướng dẫn số 18-HD/BTGTW ngày 20/5/2021 của Ban Tuyên giáo Trung ương.')[0]!.date).toBeNull();
  });
  it('an item of a list with its own type, or a number whose code names another type, is not typed by the list', () => {
    expect(refs('theo Chỉ thị 05-CT/TW; Hướng dẫn số 18-HD/BTGTW ngày 20/5/2021 của Ban Tuyên giáo Trung ương.').map((r) => [r.type, r.number, r.date]))
      .toEqual([['Chỉ thị', '05-CT/TW', null], ['Hướng dẫn', '18-HD/BTGTW', '2021-05-20']]);
    expect(refs('theo Nghị quyết 68/2022/NQ-HĐND, 69/2022/NQ-HĐND và 45/2023/QĐ-UBND.').map((r) => [r.type, r.number]))
      .toEqual([['Nghị quyết', '68/2022/NQ-HĐND'], ['Nghị quyết', '69/2022/NQ-HĐND'], ['Quyết định', '45/2023/QĐ-UBND']]);
  });
  it('an issuer whose name holds "và" or a comma is read whole; a second organ joined by "và" is not', () => {
    const r = refs('Căn cứ Thông tư số 22/2018/TT-BGDĐT ngày 28/8/2018 của Bộ Giáo dục và Đào tạo hướng dẫn công tác thi đua; Hướng dẫn số 12/HD-SVHTTDL của Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai về việc tổ chức hội thi; Công văn số 5/BLĐTBXH-TĐKT của Bộ Lao động - Thương binh và Xã hội, Kế hoạch số 3/KH-UBND của UBND tỉnh và Sở Tư pháp.');
    expect(r.map((x) => x.issuer)).toEqual(['Bộ Giáo dục và Đào tạo', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai', 'Bộ Lao động - Thương binh và Xã hội', 'UBND tỉnh']);
    expect(r[1]!.subject).toBe('tổ chức hội thi');
  });
  it('"khóa XX" after the issuer names its term, as "(khoá XI)" does: not part of the issuer', () => {
    const r = refs('Thực hiện Nghị quyết số 15-NQ/TU ngày 10/12/2023 của Ban Chấp hành Đảng bộ tỉnh khóa XX về nhiệm vụ năm 2024; Chỉ thị số 05-CT/TW của Bộ Chính trị khoá XII về học tập.');
    expect(r.map((x) => [x.issuer, x.subject])).toEqual([['Ban Chấp hành Đảng bộ tỉnh', 'nhiệm vụ năm 2024'], ['Bộ Chính trị', 'học tập']]);
  });
  it('a district division whose name holds "và" is read whole, in either tone placement; the subject ends where the citing organ begins', () => {
    const r = refs('Thực hiện Kế hoạch số 120/KH-PGDĐT ngày 08/9/2023 của Phòng Giáo dục và Đào tạo huyện Thanh Chương về tổ chức các phong trào thi đua năm học 2023 - 2024, Trường THCS Đặng Thai Mai xây dựng kế hoạch như sau; Hướng dẫn số 7/HD-SVHTTDL của Sở Văn hoá, Thể thao và Du lịch về hội thi.');
    expect(r[0]).toMatchObject({ issuer: 'Phòng Giáo dục và Đào tạo huyện Thanh Chương', subject: 'tổ chức các phong trào thi đua năm học 2023 - 2024' });
    expect(r[1]!.issuer).toBe('Sở Văn hoá, Thể thao và Du lịch');
    expect(refs('Căn cứ Thông tư số 21/2020/TT-BGDĐT ngày 31/7/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo hướng dẫn công tác thi đua.')[0]!.issuer).toBe('Bộ trưởng Bộ Giáo dục và Đào tạo');
  });
  it('one entry per document, every mention kept, the first full mention supplies the date', () => {
    const r = refs('Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ. Tiếp tục thực hiện Chỉ thị số 19/CT-TTg.');
    expect(r).toHaveLength(1);
    expect(r[0]!.mentions).toHaveLength(2);
    expect(r[0]!.date).toBe('2021-07-16');
  });
  it('named documents without a number', () => {
    const r = refs('Tổ chức triển khai Luật Thi đua, khen thưởng năm 2022 và Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.');
    expect(r.map((x) => [x.type, x.number])).toEqual([['Luật', null], ['Nghị quyết', null]]);
  });
  it('the document\'s own number is not a reference', () => {
    const r = refs('Căn cứ Chỉ thị số 01/CT-UBND, Chỉ thị số 02/CT-UBND.', 'Số: 01/CT-UBND\n\nCHỈ THỊ\nVề thi đua\n\n');
    expect(r.map((x) => x.number)).toEqual(['02/CT-UBND']);
  });
  it('mention spans point at the citation', () => {
    const src = 'CHỈ THỊ\nVề thi đua\n\nTheo Chỉ thị số 34-CT/TW của Bộ Chính trị.\n\n1. Thi đua.';
    const m = run(src).references[0]!.mentions[0]!;
    expect(src.slice(m.start, m.end)).toBe('Chỉ thị số 34-CT/TW');
  });
});

describe('references in OCR text', () => {
  it('a type name or "số" that lost a mark ("Quyêt định số", "Chỉ thị sô", "ngay") is still read', () => {
    const r = refs('Thực hiện Chỉ thị sô 41-CT/TW ngay 15/01/2024 của Ban Bí thư; Quyêt định số 1526/QĐ-TTg ngày 20/11/2023 của Thủ tướng Chính phủ về phê duyệt Đề án, Chủ tịch UBND tỉnh chỉ thị:');
    expect(r.map((x) => [x.type, x.number, x.date, x.issuer])).toEqual([
      ['Chỉ thị', '41-CT/TW', '2024-01-15', 'Ban Bí thư'],
      ['Quyết định', '1526/QĐ-TTg', '2023-11-20', 'Thủ tướng Chính phủ'],
    ]);
  });
  it('a folded type the number\'s code contradicts is not taken ("Chi thi so 12/QĐ-UBND")', () => {
    expect(refs('Theo Chi thi so 12/QĐ-UBND ngày 1/2/2024 của UBND tỉnh.')).toEqual([]);
  });
});

describe('a subject followed by the citing sentence\'s main clause in lower case', () => {
  const subjectOf = (s: string) => refs(s)[0]!.subject;
  it('ends where the clause\'s actor and verb begin ("…, các cấp, các ngành đã …", "…, toàn tỉnh phấn đấu …")', () => {
    expect(subjectOf('Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng, các cấp, các ngành đã tổ chức nhiều phong trào.'))
      .toBe('tiếp tục đổi mới công tác thi đua, khen thưởng');
    expect(subjectOf('Thực hiện Nghị quyết số 12/NQ-HĐND ngày 8/12/2023 của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2024, toàn tỉnh phấn đấu tăng trưởng 8%.'))
      .toBe('kế hoạch phát triển kinh tế - xã hội năm 2024');
    expect(subjectOf('Triển khai Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng, tỉnh ta đã đạt nhiều kết quả.'))
      .toBe('tiếp tục đổi mới công tác thi đua, khen thưởng');
  });
  it('runs on through a list of actors with no verb after them, and through "đã" inside the subject', () => {
    expect(subjectOf('Theo Quyết định số 5/QĐ-UBND ngày 1/2/2024 của UBND tỉnh về khen thưởng các tập thể, cá nhân đã có thành tích trong các cấp, các ngành.'))
      .toBe('khen thưởng các tập thể, cá nhân đã có thành tích trong các cấp, các ngành');
  });
});

describe('the organ that passed or approved it, after "được"', () => {
  it('"được HĐND tỉnh thông qua ngày …", "được Thủ tướng Chính phủ phê duyệt": issuer and date; "được sửa đổi" names no one', () => {
    const refs = run('UBND TỈNH X\nSố: 1/CT-UBND\nHà Nam, ngày 2 tháng 3 năm 2024\n\nCHỈ THỊ\nVề thi đua\n\nThực hiện Nghị quyết số 30/NQ-HĐND được HĐND tỉnh thông qua ngày 10/12/2023; Quyết định số 1526/QĐ-TTg được Thủ tướng Chính phủ phê duyệt; Kế hoạch số 9/KH-UBND được sửa đổi tại Kế hoạch số 10/KH-UBND.\n\n1. Nội dung.\n').references;
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([
      ['30/NQ-HĐND', '2023-12-10', 'HĐND tỉnh'], ['1526/QĐ-TTg', null, 'Thủ tướng Chính phủ'], ['9/KH-UBND', null, null], ['10/KH-UBND', null, null],
    ]);
  });
});

describe('a manner between the type and "số"', () => {
  it('"Chương trình hành động số", "Chương trình phối hợp số", "Quy chế phối hợp số", "Hướng dẫn liên ngành số" are cited, typed by the name without the manner', () => {
    const refs = run('KẾ HOẠCH\nThực hiện phong trào thi đua năm 2024\n\nThực hiện Chương trình hành động số 15-CTr/TU ngày 10/3/2021 của Tỉnh ủy; Chương trình phối hợp số 05/CTPH-TĐTN-SGDĐT ngày 10/9/2022 giữa Tỉnh đoàn và Sở Giáo dục và Đào tạo; Quy chế phối hợp số 03/QCPH-UBND-MTTQ ngày 5/5/2022; Hướng dẫn liên ngành số 02/HDLN-SNV-STC ngày 3/3/2023.\n').references;
    expect(refs.map((r) => [r.type, r.number, r.date])).toEqual([
      ['Chương trình', '15-CTr/TU', '2021-03-10'], ['Chương trình', '05/CTPH-TĐTN-SGDĐT', '2022-09-10'],
      ['Quy chế', '03/QCPH-UBND-MTTQ', '2022-05-05'], ['Hướng dẫn', '02/HDLN-SNV-STC', '2023-03-03'],
    ]);
    expect(refs[0]!.issuer).toBe('Tỉnh ủy');
    expect(run('KẾ HOẠCH\nVề thi đua\n\nThực hiện Kế hoạch liên tịch số 12/KHLT-SNV-LĐLĐ ngày 01/02/2023.\n').references.map((r) => r.type)).toEqual(['Kế hoạch']);
  });
});

describe('a subject followed by the citing sentence\'s purpose', () => {
  const subjectOf = (s: string) => refs(s)[0]!.subject;
  it('ends before ", để …" and ", nhằm …"', () => {
    expect(subjectOf('Thực hiện Công điện số 109/CĐ-TTg ngày 24/10/2024 của Thủ tướng Chính phủ về việc chủ động ứng phó với bão số 6, để chủ động ứng phó với bão, Chủ tịch UBND tỉnh yêu cầu:'))
      .toBe('chủ động ứng phó với bão số 6');
    expect(subjectOf('Căn cứ Kế hoạch số 5/KH-UBND ngày 1/2/2024 của UBND tỉnh về phát triển du lịch, nhằm thu hút khách, Sở Văn hóa hướng dẫn như sau.'))
      .toBe('phát triển du lịch');
  });
});

describe('a law named with its year alone', () => {
  it('"Luật Thi đua, khen thưởng 2022", as explainers write it, is the law of that year', () => {
    const r = refs('Theo Điều 3 Luật Thi đua, khen thưởng 2022, thi đua là hoạt động có tổ chức.');
    expect(r.map((x) => [x.type, x.number, x.subject])).toEqual([['Luật', null, 'Thi đua, khen thưởng năm 2022']]);
  });
  it('one cited by year and by its full date is one reference', () => {
    const r = refs('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022. Tuyên truyền Luật Thi đua, khen thưởng 2022.');
    expect(r).toHaveLength(1);
    expect(r[0]!.mentions).toHaveLength(2);
  });
  it('a date after the name is not its year ("Luật … có hiệu lực từ 01/01/2024" cites no year)', () => {
    expect(refs('Luật Thi đua, khen thưởng có hiệu lực từ 01/01/2024.')).toEqual([]);
  });
});

describe('markdown emphasis inside a citation', () => {
  it('"**Kế hoạch số 312-KH/TWĐTN-PTTN ngày 05/01/2024** của Ban Bí thư Trung ương Đoàn": the issuer after the bold part', () => {
    const out = run('# Tỉnh Đoàn phát động Tháng Thanh niên\n\n*Cập nhật: 02/03/2024 14:20*\n\nThực hiện **Kế hoạch số 312-KH/TWĐTN-PTTN ngày 05/01/2024** của Ban Bí thư Trung ương Đoàn, Tỉnh Đoàn Gia Lai phát động Tháng Thanh niên.\n');
    expect(out.references.map((r) => [r.number, r.date, r.issuer])).toEqual([['312-KH/TWĐTN-PTTN', '2024-01-05', 'Ban Bí thư Trung ương Đoàn']]);
  });
});

describe('a year alone after the number', () => {
  it('"Quyết định 1526/QĐ-TTg năm 2023 của Thủ tướng Chính phủ về …": no date, but the issuer and subject', () => {
    const r = refs('Căn cứ Quyết định 1526/QĐ-TTg năm 2023 của Thủ tướng Chính phủ về khen thưởng.');
    expect(r.map((x) => [x.number, x.date, x.issuer, x.subject])).toEqual([['1526/QĐ-TTg', null, 'Thủ tướng Chính phủ', 'khen thưởng']]);
  });
});

describe('a law that amends others', () => {
  it('"Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019" is one law', () => {
    const r = refs('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;');
    expect(r.map((x) => [x.type, x.date, x.subject])).toEqual([['Luật', '2019-11-22', 'sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương năm 2019']]);
  });
  it('numbered: "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 39/2013/QH13"', () => {
    const r = refs('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 39/2013/QH13 ngày 16/11/2013;');
    expect(r.map((x) => [x.type, x.number, x.subject])).toEqual([['Luật', '39/2013/QH13', 'sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng']]);
  });
  it('a law named, then another document numbered, is not a numbered law ("Luật Thi đua, khen thưởng và Thông tư số 22/2018/TT-BGDĐT")', () => {
    const r = refs('Thực hiện Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng và Thông tư số 22/2018/TT-BGDĐT ngày 28/8/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo, Bộ hướng dẫn như sau:');
    expect(r.map((x) => [x.type, x.number, x.subject])).toEqual([['Nghị định', '98/2023/NĐ-CP', null], ['Thông tư', '22/2018/TT-BGDĐT', null]]);
  });
});

describe('a plural type with its list after a colon', () => {
  it('"các Chỉ thị: số 34-CT/TW, số 39-CT/TW của Bộ Chính trị": each, with the issuer written after the last', () => {
    const r = refs('Căn cứ các Chỉ thị: số 34-CT/TW, số 39-CT/TW của Bộ Chính trị;');
    expect(r.map((x) => [x.type, x.number, x.issuer])).toEqual([['Chỉ thị', '34-CT/TW', 'Bộ Chính trị'], ['Chỉ thị', '39-CT/TW', 'Bộ Chính trị']]);
  });
});

describe('a subject ends where the citing sentence\'s main clause opens on a time', () => {
  it('"… về tiếp tục đổi mới …, những năm qua công tác thi đua …"', () => {
    const r = refs('Thực hiện Chỉ thị số 41-CT/TW ngày 15/12/2024 của Ban Bí thư về tiếp tục đổi mới, nâng cao hiệu quả công tác thi đua, khen thưởng, những năm qua công tác thi đua của tỉnh đạt nhiều kết quả.');
    expect(r.map((x) => x.subject)).toEqual(['tiếp tục đổi mới, nâng cao hiệu quả công tác thi đua, khen thưởng']);
  });
});

describe('a citation hard-wrapped before a place', () => {
  it('"… của Sở Giáo dục và Đào tạo\\nHà Tĩnh về …": the issuer takes its place, the subject is read', () => {
    const r = refs('Căn cứ Kế hoạch số 1520/KH-SGDĐT ngày 30/8/2024 của Sở Giáo dục và Đào tạo\nHà Tĩnh về thực hiện nhiệm vụ năm học 2024 - 2025;\n');
    expect(r.map((x) => [x.issuer, x.subject])).toEqual([['Sở Giáo dục và Đào tạo Hà Tĩnh', 'thực hiện nhiệm vụ năm học 2024 - 2025']]);
  });
  it('a heading in capitals on the next line is not part of it', () => {
    const r = refs('Căn cứ Kế hoạch số 15/KH-UBND ngày 30/8/2024 của UBND tỉnh\nQUYẾT ĐỊNH:\n');
    expect(r.map((x) => x.issuer)).toEqual(['UBND tỉnh']);
  });
});

describe('a subject ends where a union or a party body acts in the main clause', () => {
  it('"…, Công đoàn Giáo dục Việt Nam hướng dẫn như sau:", "…, Tỉnh đoàn …", "…, Đảng bộ …"', () => {
    expect(refs('Thực hiện Kế hoạch số 1012/KH-BGDĐT ngày 20/8/2024 của Bộ Giáo dục và Đào tạo về tổ chức phong trào thi đua năm học 2024 - 2025, Công đoàn Giáo dục Việt Nam hướng dẫn như sau:')[0]!.subject)
      .toBe('tổ chức phong trào thi đua năm học 2024 - 2025');
    expect(refs('Thực hiện Chỉ thị số 05-CT/TU ngày 10/01/2025 của Ban Thường vụ Tỉnh ủy về thi đua lập thành tích chào mừng đại hội, Tỉnh đoàn xây dựng kế hoạch.')[0]!.subject)
      .toBe('thi đua lập thành tích chào mừng đại hội');
    // a lower-case word after the comma is still the subject's
    expect(refs('Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2025 của UBND tỉnh về thi đua, khen thưởng công đoàn cơ sở năm 2025.')[0]!.subject)
      .toBe('thi đua, khen thưởng công đoàn cơ sở năm 2025');
  });
});
