import { describe, expect, it } from 'vitest';
import { run } from './support/helpers.js';
import { restoreLineBreaks } from '../src/ingest/relineate.js';

const formal = `ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 05 /KH-UBND

Cao Bằng, ngày 07 tháng 02 năm 2024

KẾ HOẠCH
Tổ chức phong trào thi đua yêu nước
năm 2024

1. Mục đích
Thi đua hoàn thành nhiệm vụ.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
`;

describe('formal header and signature', () => {
  const out = run(formal);
  it('reads organ, number, place, date, kind and a wrapped trích yếu', () => {
    expect(out.document).toMatchObject({ kind: 'ke-hoach', number: '05/KH-UBND', place: 'Cao Bằng', date: '2024-02-07', year: 2024 });
    expect(out.document.title).toBe('Tổ chức phong trào thi đua yêu nước năm 2024');
    expect(out.issuer.organization).toBe('Ủy ban nhân dân tỉnh Cao Bằng');
  });
  it('a portal\'s "Đã ký:" mark before the signer\'s name, a "[daky]" placeholder skipped', () => {
    const o = run('ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n\nSố: 10/CT-UBND\n\nĐồng Tháp, ngày 5 tháng 1 năm 2024\n\nCHỈ THỊ\nVề phát động thi đua năm 2024\n\n1. Các sở thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n[daky]\nĐã ký: Phạm Thiện Nghĩa\n');
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Đồng Tháp', position: 'Chủ tịch', signer: 'Phạm Thiện Nghĩa' });
  });
  it('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH gives the deputy as position; recipients without bullets', () => {
    expect(out.issuer).toMatchObject({ position: 'Phó Chủ tịch', signer: 'Nguyễn Văn An' });
    expect(out.recipients).toEqual(['Như trên', 'Lưu: VT']);
  });
  it('an acting holder ("Q. CHỦ TỊCH", "QUYỀN CHỦ TỊCH") signs as "Quyền Chủ tịch"', () => {
    for (const block of ['Q. CHỦ TỊCH', 'QUYỀN CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH']) {
      const o = run(formal.replace('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', block));
      expect(o.issuer).toMatchObject({ position: 'Quyền Chủ tịch', signer: 'Nguyễn Văn An' });
    }
  });
  it('a signer\'s name and the recipients spaced out (OCR, justified text) are written with single spaces', () => {
    const o = run('UBND TỈNH A\nSố: 12/KH-UBND\nA, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nThi đua năm 2024\n\n1. Nội dung thi đua.\n\nNơi nhận:\n-  Như   trên;\n- Lưu:  VT.\nCHỦ TỊCH\n\nNguyễn  Văn   Phúc');
    expect(o.issuer.signer).toBe('Nguyễn Văn Phúc');
    expect(o.recipients).toEqual(['Như trên', 'Lưu: VT']);
  });
  it('a header and an end zone set in columns with tabs (a word processor\'s export): the signer on a tab-indented line', () => {
    const o = run('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN PHÚ LƯƠNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 35/KH-UBND\tPhú Lương, ngày 11 tháng 3 năm 2024\n\nKẾ HOẠCH\nPhát động phong trào thi đua năm 2024\n\n1. Mục đích\nNội dung.\n\nNơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tCHỦ TỊCH\n- Lưu: VT.\n\n\tNguyễn Văn Hòa\n');
    expect(o.document).toMatchObject({ number: '35/KH-UBND', place: 'Phú Lương', date: '2024-03-11' });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân huyện Phú Lương', position: 'Chủ tịch', signer: 'Nguyễn Văn Hòa' });
    expect(o.recipients).toEqual(['Như trên', 'Lưu: VT']);
  });
  it('a full stop after the own number is not part of it', () => {
    expect(run('UBND TỈNH A\nSố: 05/CT-UBND.\nA, ngày 05 tháng 3 năm 2024\n\nCHỈ THỊ\nVề thi đua năm 2024\n\n1. Nội dung.').document.number).toBe('05/CT-UBND');
  });
  it('the own number is not a reference', () => {
    expect(out.references.map((r) => r.number)).not.toContain('05/KH-UBND');
  });
  it('a markdown pipe-table header (legal-portal export)', () => {
    const md = `| **UBND HUYỆN TÂY SƠN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| Số: 12/CT-UBND | *Tây Sơn, ngày 20 tháng 01 năm 2023* |

**CHỈ THỊ**

**Về việc phát động thi đua năm 2023**

1\\. Tiếp tục tuyên truyền.

2\\. Đẩy mạnh thi đua.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Phan Chí Hùng
`;
    const o = run(md);
    expect(o.document).toMatchObject({ kind: 'chi-thi', number: '12/CT-UBND', place: 'Tây Sơn', date: '2023-01-20', title: 'Về việc phát động thi đua năm 2023' });
    expect(o.issuer).toMatchObject({ organization: 'Ủy ban nhân dân huyện Tây Sơn', position: 'Chủ tịch', signer: 'Phan Chí Hùng' });
    expect(o.sections.map((s) => s.marker)).toEqual(['1.', '2.']);
  });
  it('kind from the number when the kind line is missing', () => {
    const o = run('UBND TỈNH BÌNH PHƯỚC\nSố: 20/CT-UBND\nBình Phước, ngày 3/3/2023\n\n1. Thi đua thực hiện nhiệm vụ.');
    expect(o.document.kind).toBe('chi-thi');
    expect(o.document.date).toBe('2023-03-03');
  });
});

describe('OCR datelines', () => {
  it('"UY BAN NHÂN DÂN" with the hook above lost is the people\'s committee', () => {
    const o = run('UY BAN NHÂN DÂN              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ TĨNH                      Độc lâp - Tư do - Hanh phúc\n\nSô: 02 /CT-UBND          Hà Tĩnh, ngày 2O tháng 01 năm 2024\n\nCHỈ THI\nVề thi đua năm 2024\n\n1. Thi đua.\n');
    expect(o.document).toMatchObject({ kind: 'chi-thi', number: '02/CT-UBND', place: 'Hà Tĩnh', date: '2024-01-20' });
    expect(o.issuer.organization).toBe('Ủy ban nhân dân tỉnh Hà Tĩnh');
  });
  it('a day, month or year split by a space ("ngày 0 5 tháng 02 năm 20 24") is read whole', () => {
    const o = run('UBND HUYỆN TIÊN DU\n\nSố: 12 /CT-UBND              Tiên Du, ngày 0 5 tháng 0 2 năm 20 24\n\nCHỈ THỊ\nVề thi đua năm 2024\n\n1. Thi đua.');
    expect(o.document).toMatchObject({ number: '12/CT-UBND', place: 'Tiên Du', date: '2024-02-05' });
  });
  it('"Số" as OCR reads it ("Sô:", "Sồ:") and in capitals ("SỐ:") opens the number; "nǎm" with a caron is "năm"', () => {
    for (const word of ['Sô:', 'Sồ:', 'SỐ:']) {
      expect(run(`UBND HUYỆN ĐỨC THỌ\n${word} 05/CT-UBND\nĐức Thọ, ngày 10 tháng 01 nǎm 2024\n\nCHỈ THỊ\nVề thi đua\n\n1. Thi đua.`).document)
        .toMatchObject({ number: '05/CT-UBND', date: '2024-01-10' });
    }
  });
  it('a dateline\'s words misread by a tone mark ("ngảy 10 thảng 01 nám 2024") are read as a date; the same words elsewhere stay', async () => {
    expect(run('UBND HUYỆN ĐỨC THỌ\nSố: 05/CT-UBND\nĐức Thọ, ngảy 10 thảng 01 nám 2024\n\nCHỈ THỊ\nVề thi đua\n\n1. Thi đua.').document)
      .toMatchObject({ place: 'Đức Thọ', date: '2024-01-10' });
    const { repairDatelineDigits } = await import('../src/structure/header.js');
    expect(repairDatelineDigits('Có thảng 3 người')).toBe('Có thảng 3 người');
  });
  it('the end zone as OCR reads it: "Nơi nhân:" opens the recipients, "CHỦ TICH" is the position, the name under it the signer', async () => {
    const o = run('ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố: 12/CT-UBND\nĐức Thọ, ngày 10 tháng 02 năm 2024\n\nCHỈ THỊ\nVề thi đua năm 2024\n\n1. Thi đua tốt.\n2. Phấn đấu thu ngân sách đạt 185 tỷ đồng.\n\nNơi nhân:\n- UBND tỉnh;\n- Lưu: VT.\nCHỦ TICH\n\nNguyễn Văn Thành\n');
    expect(o.recipients).toEqual(['UBND tỉnh', 'Lưu: VT']);
    expect(o.issuer).toMatchObject({ position: 'Chủ tịch', signer: 'Nguyễn Văn Thành' });
    expect(o.sections[1]!.text).toBe('Phấn đấu thu ngân sách đạt 185 tỷ đồng.');
    // without its colon, "Nơi nhan" is not taken for the recipients line
    const { RECIPIENTS } = await import('../src/structure/signature.js');
    expect(RECIPIENTS.test('Nơi nhan hồ sơ là bộ phận một cửa')).toBe(false);
  });
  it('other numbers with spaces are left as they are', async () => {
    const { repairDatelineDigits } = await import('../src/structure/header.js');
    expect(repairDatelineDigits('Tiên Du, ngày 1 5 tháng 3 năm 2024')).toBe('Tiên Du, ngày 15 tháng 3 năm 2024');
    expect(repairDatelineDigits('Có 1 2 3 đơn vị')).toBe('Có 1 2 3 đơn vị');
  });
});

describe('articles', () => {
  const article = `Bắc Giang phát động thi đua năm 2022

Thứ ba, 18/01/2022 14:12
(ĐCSVN) – Sáng 18/1, tại Trung tâm Hội nghị tỉnh, UBND tỉnh Bắc Giang tổ chức hội nghị. Đồng chí Lê Ánh Dương, Chủ tịch UBND tỉnh phát động thi đua năm 2022.

Một là, thực hiện có hiệu quả công tác phòng dịch.

Hai là, đẩy mạnh cải cách hành chính.

PV`;
  const out = run(article);
  it('headline, dateline, event date from the lead', () => {
    expect(out.document).toMatchObject({ kind: 'article', title: 'Bắc Giang phát động thi đua năm 2022', publishedAt: '2022-01-18T14:12', date: '2022-01-18', year: 2022 });
  });
  it('issuer inferred from the body, abbreviations expanded', () => {
    expect(out.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Bắc Giang', position: 'Chủ tịch', signer: 'Lê Ánh Dương' });
  });
  it('an event date resolved against --ref-date when there is no dateline', () => {
    const o = run('Tỉnh phát động thi đua\n\nSáng 18/1, UBND tỉnh Cao Bằng tổ chức hội nghị.', { refDate: new Date(Date.UTC(2023, 0, 1)) });
    expect(o.document.date).toBe('2023-01-18');
  });
  it('event dates in the lead\'s other forms: "22-2", "15.3", "(15/3)" after "Sáng nay", "Hôm qua (4/3)"', () => {
    const dateOf = (lead: string) => run(`Nghệ An phát động thi đua năm 2024\n\n06/03/2024 08:15\n\n${lead}\n\nNội dung.`).document.date;
    expect(dateOf('Chiều 22-2, UBND tỉnh Nghệ An tổ chức hội nghị phát động thi đua.')).toBe('2024-02-22');
    expect(dateOf('NGHỆ AN - Ngày 5.3, UBND tỉnh tổ chức Lễ phát động phong trào thi đua.')).toBe('2024-03-05');
    expect(dateOf('Sáng nay (6/3), UBND tỉnh tổ chức Lễ phát động.')).toBe('2024-03-06');
    expect(dateOf('Hôm qua (4/3), Hội đồng Thi đua - Khen thưởng tỉnh tổ chức Lễ phát động.')).toBe('2024-03-04');
    // a section number is not a date: the publication date stands
    expect(dateOf('1.2: Nội dung thi đua.')).toBe('2024-03-06');
  });
  it('datelines written with dashes or dots, or with the time before "ngày"', () => {
    const pub = (d: string) => run(`Hà Tĩnh phát động thi đua năm 2024\n\n${d}\n\nUBND tỉnh tổ chức hội nghị phát động.\n\nNội dung.`).document.publishedAt;
    expect(pub('Ngày đăng: 23-02-2024')).toBe('2024-02-23');
    expect(pub('Cập nhật lúc 10:35 ngày 23/02/2024')).toBe('2024-02-23T10:35');
    expect(pub('Thứ sáu, 23.2.2024 10:35')).toBe('2024-02-23T10:35');
  });
  it('an event date with its place before the comma, or over days (the first day)', () => {
    const dateOf = (lead: string) => run(`Tỉnh phát động thi đua năm 2024\n\n20/03/2024 10:00\n\n${lead}\n\nNội dung.`).document.date;
    expect(dateOf('Sáng 15/3 tại Trung tâm Hội nghị tỉnh, UBND tỉnh tổ chức lễ phát động.')).toBe('2024-03-15');
    expect(dateOf('Trong hai ngày 14 và 15/3, UBND tỉnh tổ chức lễ phát động.')).toBe('2024-03-14');
    expect(dateOf('Từ ngày 14 đến 16/3/2024, UBND tỉnh tổ chức lễ phát động.')).toBe('2024-03-14');
    expect(dateOf('Vừa qua, UBND tỉnh tổ chức lễ phát động.')).toBe('2024-03-20');
  });
  it('datelines with a 12-hour clock or the weekday as a digit', () => {
    const pub = (d: string) => run(`Lạng Sơn phát động thi đua năm 2024\n${d}\nUBND tỉnh Lạng Sơn tổ chức hội nghị phát động thi đua năm 2024 với nhiều nội dung.`).document.publishedAt;
    expect(pub('10:15 AM, 23/02/2024')).toBe('2024-02-23T10:15');
    expect(pub('02:15 PM, 23/02/2024')).toBe('2024-02-23T14:15');
    expect(pub('Thứ 6, 23/02/2024 10:15')).toBe('2024-02-23T10:15');
  });
  it('datelines with the time, then the weekday, then the date', () => {
    const pub = (d: string) => run(`Lạng Sơn phát động thi đua năm 2024\n${d}\nUBND tỉnh Lạng Sơn tổ chức hội nghị phát động thi đua năm 2024 với nhiều nội dung.`).document.publishedAt;
    expect(pub('Cập nhật lúc 16:20, Thứ Sáu, 15/03/2024')).toBe('2024-03-15T16:20');
    expect(pub('16:20 Thứ 6, ngày 15/03/2024')).toBe('2024-03-15T16:20');
  });
  it('a party committee as the actor takes its place, written after it or elsewhere', () => {
    const issuerOf = (b: string) => run(`Quảng Ninh phát động thi đua năm 2024\n\n06/03/2024 08:15\n\nSáng 5/3, tỉnh Quảng Ninh tổ chức hội nghị.\n\n${b}`).issuer;
    expect(issuerOf('Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng phát động phong trào thi đua.')).toEqual({ organization: 'Tỉnh ủy Quảng Ninh', position: 'Bí thư', signer: 'Vũ Đại Thắng' });
    expect(issuerOf('Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy phát động phong trào thi đua.')).toEqual({ organization: 'Tỉnh ủy Quảng Ninh', position: 'Bí thư', signer: 'Nguyễn Xuân Ký' });
  });
  it('a lead above the dateline is body: its event date is the date, the dateline gives publishedAt and is no paragraph', () => {
    const o = run('Lạng Sơn phát động phong trào thi đua vì người nghèo\n\n**(Chinhphu.vn) - Sáng 22/2, UBND tỉnh Lạng Sơn tổ chức Lễ phát động phong trào thi đua vì người nghèo.**\n\nCập nhật: 23/02/2024 10:15\n\nThứ nhất, huy động mọi nguồn lực cho công tác giảm nghèo.\n\nThứ hai, hỗ trợ xây dựng nhà cho hộ nghèo.');
    expect(o.document).toMatchObject({ date: '2024-02-22', publishedAt: '2024-02-23T10:15' });
    expect(o.sections.map((s) => s.marker)).toEqual(['Thứ nhất', 'Thứ hai']);
    expect(JSON.stringify(o)).not.toMatch(/Cập nhật: 23\/02\/2024 10:15","/);
  });
  it('an office named in full once, then acting under its short name ("Bí thư Thành ủy đề nghị …"), keeps its place and holder', () => {
    const o = run('Hà Nội phát động thi đua năm 2024\n\nThứ Năm, 18/01/2024 - 16:45\n\nChiều 18/1, Thành ủy Hà Nội tổ chức hội nghị.\n\nPhát biểu tại hội nghị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng nhấn mạnh yêu cầu đổi mới.\n\nBí thư Thành ủy đề nghị các cấp tập trung vào ba nhiệm vụ.');
    expect(o.issuer).toEqual({ organization: 'Thành ủy Hà Nội', position: 'Bí thư', signer: 'Đinh Tiến Dũng' });
  });
  it('the launcher named with other offices before the one that acts: "đồng chí X, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"', () => {
    const o = run('Quảng Ninh phát động đợt thi đua cao điểm\n\n02/02/2024 14:35\n\nChiều 1/2, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức Lễ phát động.\n\nPhát biểu phát động, đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn mạnh nhiệm vụ năm 2024.');
    expect(o.issuer).toEqual({ organization: 'Tỉnh ủy Quảng Ninh', position: 'Bí thư', signer: 'Nguyễn Xuân Ký' });
  });
  it('an organ that launches outranks an office holder who only asks; its own holder named anywhere speaks for it', () => {
    const o = run('Quận Hoàng Mai phát động thi đua năm 2024\n\n14/03/2024 15:20\n\n(HNM) - Chiều 13-3, UBND quận Hoàng Mai (Hà Nội) tổ chức hội nghị phát động phong trào thi đua năm 2024.\n\nTheo Chủ tịch UBND quận Hoàng Mai Nguyễn Xuân Phong, năm 2024 quận phấn đấu thu ngân sách đạt 6.800 tỷ đồng.\n\nPhát biểu tại hội nghị, Bí thư Quận ủy Hoàng Mai Nguyễn Quang Hiếu đề nghị các phường quyết liệt vào cuộc.');
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân quận Hoàng Mai', position: 'Chủ tịch', signer: 'Nguyễn Xuân Phong' });
    // with no organ that launches, the one who asks
    const p = run('Quận Hoàng Mai thi đua năm 2024\n\n14/03/2024 15:20\n\nChiều 13-3, quận Hoàng Mai tổng kết công tác năm 2023.\n\nPhát biểu tại hội nghị, Bí thư Quận ủy Hoàng Mai Nguyễn Quang Hiếu đề nghị các phường quyết liệt vào cuộc.');
    // (a place whose name holds a family name: a three-word name after it is likelier than four)
    expect(p.issuer).toEqual({ organization: 'Quận ủy Hoàng Mai', position: 'Bí thư', signer: 'Nguyễn Quang Hiếu' });
  });
  it('departments and forces as actors, a rank before the name', () => {
    const issuerOf = (b: string) => run(`Quảng Ninh phát động thi đua năm 2024\n\n06/03/2024 08:15\n\nSáng 5/3, tỉnh Quảng Ninh tổ chức hội nghị.\n\n${b}`).issuer;
    expect(issuerOf('Đại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh phát động phong trào thi đua.')).toEqual({ organization: 'Công an tỉnh Quảng Ninh', position: 'Giám đốc', signer: 'Nguyễn Văn Bình' });
    expect(issuerOf('Giám đốc Sở Giáo dục và Đào tạo Nguyễn Văn An phát động phong trào thi đua.')).toEqual({ organization: 'Sở Giáo dục và Đào tạo tỉnh Quảng Ninh', position: 'Giám đốc', signer: 'Nguyễn Văn An' });
  });
  it('section name, dateline, then the headline; the time of day inside the lead\'s first sentence', () => {
    const o = run('Thời sự\n\nThứ hai, 5/2/2024, 10:30 (GMT+7)\n\nTây Ninh phát động thi đua năm 2024\n\nUBND tỉnh Tây Ninh sáng 4/2 tổ chức hội nghị phát động phong trào thi đua năm 2024.\n\nNội dung.');
    expect(o.document).toMatchObject({ kind: 'article', title: 'Tây Ninh phát động thi đua năm 2024', publishedAt: '2024-02-05T10:30', date: '2024-02-04' });
    // a document date inside the lead ("Kế hoạch số 10 ngày 1/2") is not the event's
    expect(run('Tây Ninh phát động thi đua năm 2024\n\n05/02/2024 10:30\n\nThực hiện Kế hoạch số 10/KH-UBND ngày 1/2/2024, tỉnh tổ chức hội nghị.').document.date).toBe('2024-02-05');
  });
  it('an organ that launches the campaign, with no person named', () => {
    const o = run('Tây Ninh phát động thi đua năm 2024\n\n05/02/2024 10:30\n\nUBND tỉnh Tây Ninh sáng 4/2 tổ chức hội nghị phát động phong trào thi đua năm 2024.\n\nNội dung.');
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Tây Ninh', position: null, signer: null });
  });
  it('other organs that launch with no person named: a department or association with its level, a party committee with its place', () => {
    const issuerOf = (lead: string) => run(`Phát động thi đua năm 2024\n\n15/03/2024 10:00\n\n${lead}\n\nNội dung khác của bài viết.`).issuer;
    expect(issuerOf('Sáng 14/3, Liên đoàn Lao động tỉnh Nghệ An tổ chức lễ phát động Tháng Công nhân năm 2024.')).toEqual({ organization: 'Liên đoàn Lao động tỉnh Nghệ An', position: null, signer: null });
    expect(issuerOf('Sáng 14/3, Ban Thường vụ Huyện ủy Tân Yên tổ chức Lễ phát động đợt thi đua.')).toEqual({ organization: 'Huyện ủy Tân Yên', position: null, signer: null });
    expect(issuerOf('Sáng 14/3, Sở Y tế tỉnh Bến Tre tổ chức lễ phát động thi đua. Giám đốc Sở Y tế tỉnh Bến Tre Trần Văn Bình phát biểu.')).toMatchObject({ organization: 'Sở Y tế tỉnh Bến Tre', signer: 'Trần Văn Bình' });
    // a province named without its level, a department's name written short
    expect(issuerOf('Sáng 14/3, Sở GD&ĐT Hà Nội tổ chức lễ phát động thi đua chào mừng năm học mới.').organization).toBe('Sở Giáo dục và Đào tạo thành phố Hà Nội');
    expect(issuerOf('Sáng 14/3, UBND Nghệ An phát động phong trào thi đua.').organization).toBe('Ủy ban nhân dân tỉnh Nghệ An');
    expect(issuerOf('Sáng 14/3, Giám đốc Sở GD&ĐT Hà Nội Trần Thế Cương phát động thi đua.')).toEqual({ organization: 'Sở Giáo dục và Đào tạo thành phố Hà Nội', position: 'Giám đốc', signer: 'Trần Thế Cương' });
    // an organ named in passing is not the actor; "do X phát động" names it
    expect(issuerOf('Theo Sở Nội vụ tỉnh Gia Lai, phong trào thi đua được phát động rộng khắp.').organization).toBeNull();
    expect(issuerOf('Hưởng ứng phong trào thi đua do Liên đoàn Lao động tỉnh Nghệ An phát động, các công đoàn cơ sở tích cực tham gia.').organization).toBe('Liên đoàn Lao động tỉnh Nghệ An');
  });
  it('with no "tỉnh X" anywhere, the province is the one the text names most', () => {
    const o = run('Nghệ An phát động thi đua năm 2024\n\n06/03/2024 08:15\n\nNGHỆ AN - Ngày 5.3, UBND tỉnh tổ chức Lễ phát động.\n\nChủ tịch UBND tỉnh Nguyễn Đức Trung phát động phong trào thi đua.');
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Nghệ An', position: 'Chủ tịch', signer: 'Nguyễn Đức Trung' });
  });
  it('YAML front matter: its title and date when the text gives none; the block is not body', () => {
    const o = run('---\ntitle: "Hà Nam phát động thi đua đặc biệt"\ndate: 2025-01-15\ntags:\n  - thi đua\n---\n\nSáng 14/1, Ủy ban nhân dân tỉnh Hà Nam tổ chức lễ phát động. Đồng chí Trương Quốc Huy, Chủ tịch UBND tỉnh, phát động đợt thi đua.\n\nTỉnh phấn đấu tăng trưởng kinh tế đạt 10,5%.');
    expect(o.document).toMatchObject({ kind: 'article', title: 'Hà Nam phát động thi đua đặc biệt', publishedAt: '2025-01-15', date: '2025-01-14', year: 2025 });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Hà Nam', position: 'Chủ tịch', signer: 'Trương Quốc Huy' });
    expect(o.targets.map((t) => t.value)).toEqual([10.5]);
  });
  it('a horizontal rule at the top is not front matter', async () => {
    const { readFrontMatter } = await import('../src/structure/front-matter.js');
    const { splitLines } = await import('../src/text/lines.js');
    expect(readFrontMatter(splitLines('---\nCHỈ THỊ\nVề thi đua\n---\n1. Nội dung.'))).toBeNull();
    expect(readFrontMatter(splitLines('Title: only one key\n\nBody text.'))).toBeNull();
    expect(readFrontMatter(splitLines('Title: A\nURL Source: https://x.vn/a\nMarkdown Content:\nBody'))).toEqual({ title: 'A', publishedAt: null, end: 3 });
  });
  it('"Chủ tịch Ủy ban nhân dân tỉnh phát động" with the province named elsewhere', () => {
    const o = run('BTĐKT - Năm 2023, Chủ tịch Ủy ban nhân dân tỉnh phát động phong trào thi đua. Các huyện của tỉnh Bình Phước hưởng ứng; tỉnh Bình Phước quyết tâm.\nThứ nhất, tuyên truyền.');
    expect(o.issuer).toMatchObject({ organization: 'Ủy ban nhân dân tỉnh Bình Phước', position: 'Chủ tịch', signer: null });
    expect(o.document.title).toBeNull();
  });
});

describe('themes', () => {
  const t = (s: string) => run(`CHỈ THỊ\nVề thi đua năm 2023\n\n${s}\n\n1. Thi đua.`).themes;
  it('curly quotes with emphasis inside', () => {
    expect(t('Phát động thi đua với chủ đề: “**Đoàn kết, kỷ cương, sáng tạo**” cụ thể như sau:')).toMatchObject([{ text: 'Đoàn kết, kỷ cương, sáng tạo', kind: 'chủ đề' }]);
  });
  it('the event or campaign named between the kind and the slogan ("Chủ đề Tháng Thanh niên năm 2024: …"), quoted or not', () => {
    expect(t('Chủ đề Tháng Thanh niên năm 2024: "Tuổi trẻ tiên phong chuyển đổi số".').map((x) => [x.kind, x.text])).toEqual([['chủ đề', 'Tuổi trẻ tiên phong chuyển đổi số']]);
    expect(t('Chủ đề Năm An toàn giao thông 2024: Xây dựng văn hóa giao thông an toàn.').map((x) => x.text)).toEqual(['Xây dựng văn hóa giao thông an toàn']);
    // a lower-case word after the kind is no name: not read here ("chủ đề thảo luận: …")
    expect(t('Hội nghị có chủ đề thảo luận: "Những việc cần làm ngay".')).toEqual([]);
  });
  it('a quote hard-wrapped over two lines is one slogan: the next line goes on in lower case', () => {
    expect(t('về việc phát động phong trào thi đua "Lai Châu chung sức xây dựng\nnông thôn mới" giai đoạn 2024 - 2025.').map((x) => x.text)).toEqual(['Lai Châu chung sức xây dựng nông thôn mới']);
    expect(t('với chủ đề “Đoàn kết, kỷ cương,\nsáng tạo” trong toàn tỉnh.')[0]!.text).toBe('Đoàn kết, kỷ cương, sáng tạo');
  });
  it('the organ whose slogan it is may stand between the kind and the slogan ("phương châm hành động của Chính phủ", "chủ đề … của UBND tỉnh là:")', () => {
    expect(t('Tiếp tục thực hiện phương châm hành động của Chính phủ “Đoàn kết, kỷ cương, bản lĩnh, linh hoạt”.')).toMatchObject([{ kind: 'phương châm', text: 'Đoàn kết, kỷ cương, bản lĩnh, linh hoạt' }]);
    expect(t('Chủ đề công tác năm 2024 của UBND tỉnh là: Đoàn kết, kỷ cương, tăng tốc, đột phá.')).toMatchObject([{ kind: 'chủ đề', text: 'Đoàn kết, kỷ cương, tăng tốc, đột phá' }]);
  });
  it('emphasis outside the quotes, straight quotes', () => {
    expect(t('với chủ đề **“Đoàn kết, đổi mới”**.')[0]!.text).toBe('Đoàn kết, đổi mới');
    expect(t('với khẩu hiệu "Thi đua là yêu nước".')[0]).toMatchObject({ text: 'Thi đua là yêu nước', kind: 'khẩu hiệu' });
  });
  it('single quotes: curly after any intro, straight only after a colon (an apostrophe in a name is no quote)', () => {
    expect(t('Với phương châm ‘Nói đi đôi với làm’, phấn đấu hoàn thành nhiệm vụ.')[0]).toMatchObject({ kind: 'phương châm', text: 'Nói đi đôi với làm' });
    expect(t("Với phương châm: 'Nói đi đôi với làm'.")[0]).toMatchObject({ kind: 'phương châm', text: 'Nói đi đôi với làm' });
    expect(t("Chủ đề năm 2024 'Đoàn kết'")).toEqual([]);
  });
  it('nested quotes', () => {
    expect(t('Với chủ đề: “Đoàn kết, thực hiện “mục tiêu kép” năm 2022”; tập trung:')[0]!.text).toBe('Đoàn kết, thực hiện “mục tiêu kép” năm 2022');
  });
  it('an unclosed quote ends at the clause boundary', () => {
    expect(t('Với phương châm “Đoàn kết kỷ cương, bản lĩnh linh hoạt, kịp thời hiệu quả, đồng chí Trần Văn Hiền, Chủ tịch UBND tỉnh phát động thi đua.')[0]).toMatchObject({ text: 'Đoàn kết kỷ cương, bản lĩnh linh hoạt, kịp thời hiệu quả', kind: 'phương châm' });
  });
  it('a headline\'s short form of a campaign named whole in the lead is one entry, the whole name', () => {
    const th = run('Lạng Sơn phát động phong trào thi đua "Cả nước chung tay vì người nghèo"\n\n23/02/2024 10:15\n\nSáng 22/2, UBND tỉnh Lạng Sơn phát động phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn 2024 - 2025.').themes;
    expect(th.map((x) => x.text)).toEqual(['Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau']);
    // a slogan that only begins with another's words is another slogan
    expect(t('Với chủ đề “Đoàn kết” và phương châm “Đoàn kết hành động”.').map((x) => x.text)).toEqual(['Đoàn kết', 'Đoàn kết hành động']);
  });
  it('a repeated slogan is one entry; the main kind first; movement names are not themes', () => {
    const th = t('Với tinh thần “Đổi mới - sáng tạo”, phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”, với chủ đề: “Đoàn kết, sáng tạo”. Nhắc lại chủ đề “Đoàn kết, sáng tạo”.');
    expect(th.map((x) => x.kind)).toEqual(['chủ đề', 'tinh thần']);
  });
  it('the campaign the text launches, named in quotes after "phát động phong trào/đợt thi đua", comes after the slogans', () => {
    expect(t('Bộ Y tế phát động phong trào thi đua “Đổi mới, sáng tạo trong chăm sóc sức khỏe nhân dân” giai đoạn 2024 - 2025.')).toMatchObject([{ text: 'Đổi mới, sáng tạo trong chăm sóc sức khỏe nhân dân', kind: 'phong trào' }]);
    expect(t('Tổ chức Lễ phát động đợt thi đua cao điểm "Quảng Ninh - Đoàn kết, kỷ cương" chào mừng Đại hội, với chủ đề “Đoàn kết, sáng tạo”.').map((x) => x.kind)).toEqual(['chủ đề', 'phong trào']);
    expect(t('Sáng 5/3, Bộ Công an phát động thi đua “Vì an ninh Tổ quốc” năm 2024.')).toMatchObject([{ text: 'Vì an ninh Tổ quốc', kind: 'phong trào' }]);
    // a campaign a cited document launched, or one listed after "do … phát động", is not
    expect(t('Thực hiện Quyết định số 1/QĐ-TTg về phát động phong trào thi đua “Cả nước chung tay vì người nghèo”.')).toEqual([]);
    expect(t('Các phong trào do Thủ tướng phát động như: Phong trào thi đua “Chuyển đổi số”.')).toEqual([]);
  });
  it('words between the kind and the slogan: "phương châm hành động năm 2024 là", "chủ đề công tác … được xác định là:"', () => {
    expect(t('Phương châm hành động năm 2024 là “Kỷ cương, trách nhiệm, hành động”.')).toMatchObject([{ text: 'Kỷ cương, trách nhiệm, hành động', kind: 'phương châm' }]);
    expect(t('Chủ đề công tác năm 2024 của tỉnh được xác định là: “Nâng cao hiệu quả”.')).toMatchObject([{ text: 'Nâng cao hiệu quả', kind: 'chủ đề' }]);
  });
  it('the kind in capitals ("CHỦ ĐỀ NĂM 2024: “…”")', () => {
    expect(t('CHỦ ĐỀ NĂM 2024: “ĐOÀN KẾT, KỶ CƯƠNG, SÁNG TẠO”')).toMatchObject([{ text: 'ĐOÀN KẾT, KỶ CƯƠNG, SÁNG TẠO', kind: 'chủ đề' }]);
  });
  it('without quotes, where a line or sentence opens with the kind and a colon', () => {
    expect(t('Chủ đề năm 2024: Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển.')).toMatchObject([{ text: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển', kind: 'chủ đề' }]);
    expect(t('**Chủ đề:** Đoàn kết - Kỷ cương - Sáng tạo')[0]!.text).toBe('Đoàn kết - Kỷ cương - Sáng tạo');
    // inside a sentence, or before a lower-case word, it is not a slogan
    expect(t('Năm nay có nhiều chủ đề: Kinh tế, xã hội.')).toEqual([]);
    expect(t('Chủ đề: các nội dung thi đua được nêu dưới đây.')).toEqual([]);
  });
  it('bold for quotes after the kind; "với/mang/theo chủ đề:" without quotes in the middle of a sentence', () => {
    const th = (l: string) => run(`KẾ HOẠCH\nThi đua năm 2024\n\nI. MỤC ĐÍCH\n${l}\nII. NỘI DUNG\n1. Thi đua.`).themes.map((t) => [t.kind, t.text]);
    expect(th('Năm 2024, ngành thực hiện với chủ đề **Đổi mới, sáng tạo, nâng cao chất lượng**.')).toEqual([['chủ đề', 'Đổi mới, sáng tạo, nâng cao chất lượng']]);
    expect(th('Phong trào thi đua năm 2024 với chủ đề: Đoàn kết, kỷ cương, sáng tạo, hiệu quả.')).toEqual([['chủ đề', 'Đoàn kết, kỷ cương, sáng tạo, hiệu quả']]);
    // bold that does not close on its line, or lower case after the colon, is no slogan
    expect(th('Thực hiện với chủ đề **Đổi mới và sáng tạo')).toEqual([]);
    expect(th('Hội nghị với chủ đề: tăng cường công tác thi đua.')).toEqual([]);
  });
  it('span covers the slogan in the normalized text', () => {
    const src = 'CHỈ THỊ\nVề thi đua\n\nvới chủ đề: “Đoàn kết, sáng tạo”.\n\n1. Thi đua.';
    const th = run(src).themes[0]!;
    expect(src.slice(th.span.start, th.span.end)).toBe('Đoàn kết, sáng tạo');
  });
});

describe('a type and the manner of it on the kind line', () => {
  it.each([
    ['HƯỚNG DẪN LIÊN NGÀNH', 'huong-dan'], ['KẾ HOẠCH LIÊN NGÀNH', 'ke-hoach'], ['KẾ HOẠCH LIÊN TỊCH', 'ke-hoach'],
    ['CHƯƠNG TRÌNH PHỐI HỢP', 'chuong-trinh'], ['QUY CHẾ PHỐI HỢP', 'quy-che'], ['NGHỊ QUYẾT LIÊN TỊCH', 'nghi-quyet'],
  ])('%s -> %s, and the title under it is read', (line, kind) => {
    const o = run(`UBND TỈNH HÀ NAM\nSố: 12/KHLT-X\nHà Nam, ngày 2 tháng 3 năm 2024\n\n${line}\nVề thi đua năm 2024\n\n1. Mục đích\nNội dung.\n`);
    expect(o.document).toMatchObject({ kind, title: 'Về thi đua năm 2024' });
  });
});

describe('a text that lost every mark', () => {
  it('"So: 15/KH-UBND" is its number (the kind from the code); its ASCII organ is left unnamed, with a warning', () => {
    const o = run('UY BAN NHAN DAN\nTINH HA NAM\nSo: 15/KH-UBND\nHa Nam, ngay 05 thang 3 nam 2024\n\nKE HOACH\nThi dua nam 2024\n\n1. Muc dich\nNoi dung.\n');
    expect(o.document).toMatchObject({ kind: 'ke-hoach', number: '15/KH-UBND', date: '2024-03-05' });
    expect(o.issuer.organization).toBeNull();
    expect(o.warnings).toContain('organization: the header has lost its diacritics');
  });
  it('"So sánh" in a text is not a number line', () => {
    expect(run('KẾ HOẠCH\nThi đua năm 2024\n\nSo sánh 15/KH-UBND với kế hoạch trước.\n').document.number).toBeNull();
  });
});

describe('columns', () => {
  it('splits at wide gaps, and where a PDF copy joined two columns with one space', async () => {
    const { columns } = await import('../src/text/lines.js');
    expect(columns('ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(columns('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(columns('TỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc')).toEqual(['TỈNH HẬU GIANG', 'Độc lập - Tự do - Hạnh phúc']);
    expect(columns('TỈNH ỦY HẬU GIANG ĐẢNG CỘNG SẢN VIỆT NAM')).toEqual(['TỈNH ỦY HẬU GIANG', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(columns('Số 15-CT/TU Hậu Giang, ngày 02 tháng 4 năm 2024')).toEqual(['Số 15-CT/TU', 'Hậu Giang, ngày 02 tháng 4 năm 2024']);
    expect(columns('Số: 10/CT-UBND Hậu Giang, ngày 15 tháng 3 năm 2024')).toEqual(['Số: 10/CT-UBND', 'Hậu Giang, ngày 15 tháng 3 năm 2024']);
    expect(columns('Nơi nhận: KT. CHỦ TỊCH')).toEqual(['Nơi nhận:', 'KT. CHỦ TỊCH']);
    expect(columns('- Như trên; PHÓ CHỦ TỊCH')).toEqual(['- Như trên;', 'PHÓ CHỦ TỊCH']);
    // one cell: the motto alone, a recipient that ends in codes, a line with nothing on the right
    expect(columns('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(columns('- Lưu: VT, NC.')).toEqual(['- Lưu: VT, NC.']);
    expect(columns('Nơi nhận:')).toEqual(['Nơi nhận:']);
  });
});

describe('an export that lost the organ header', () => {
  it('"TM. ỦY BAN NHÂN DÂN" alone takes its level and place from the text', () => {
    const o = run('# KẾ HOẠCH\n\n## Tổ chức phong trào thi đua năm 2024\n\nThực hiện Chỉ thị số 05/CT-UBND ngày 10/01/2024 của Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n### I. MỤC ĐÍCH\n\nHuy động sức mạnh tổng hợp.\n\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\n**Phạm Thiện Nghĩa**\n');
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Đồng Tháp', position: 'Chủ tịch', signer: 'Phạm Thiện Nghĩa' });
  });
  it('with no place anywhere, the organ stays unnamed rather than guessed', () => {
    const o = run('# KẾ HOẠCH\n\n## Tổ chức phong trào thi đua năm 2024\n\n### I. MỤC ĐÍCH\n\nHuy động sức mạnh tổng hợp.\n\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\n**Phạm Thiện Nghĩa**\n');
    expect(o.issuer.organization).toBe('Ủy ban nhân dân');
  });
});

describe('a slogan introduced by whose it is, or by "năm nay"', () => {
  const themes = (b: string) => run(`Tỉnh đoàn phát động Tháng Thanh niên\n\n02/03/2024 08:00\n\nSáng 1/3, Tỉnh đoàn tổ chức lễ ra quân.\n\n${b}\n\nMinh Anh\n`).themes.map((t) => [t.kind, t.text]);
  it('"Chủ đề của Tháng Thanh niên năm 2024 là “…”", "Chủ đề năm nay là “…”"', () => {
    expect(themes('Chủ đề của Tháng Thanh niên năm 2024 là “Tuổi trẻ xung kích”.')).toEqual([['chủ đề', 'Tuổi trẻ xung kích']]);
    expect(themes('Chủ đề năm nay là “Đoàn kết, sáng tạo”.')).toEqual([['chủ đề', 'Đoàn kết, sáng tạo']]);
    expect(themes('Khẩu hiệu thi đua năm nay: “Làm việc hết mình”.')).toEqual([['khẩu hiệu', 'Làm việc hết mình']]);
    expect(themes('Thông điệp của chiến dịch: “Vì một Việt Nam xanh”.')).toEqual([['thông điệp', 'Vì một Việt Nam xanh']]);
    expect(themes('Chủ đề của phong trào là “Đoàn kết, sáng tạo”.')).toEqual([['chủ đề', 'Đoàn kết, sáng tạo']]);
  });
  it('a school year\'s: "Chủ đề năm học: “…”", "chủ đề năm học 2024 - 2025 là “…”"', () => {
    expect(themes('Chủ đề năm học: “Đổi mới, sáng tạo, nâng cao chất lượng giáo dục”.')).toEqual([['chủ đề', 'Đổi mới, sáng tạo, nâng cao chất lượng giáo dục']]);
    expect(themes('Ngành chọn chủ đề năm học 2024 - 2025 là “Kỷ cương, chất lượng”.')).toEqual([['chủ đề', 'Kỷ cương, chất lượng']]);
  });
});

describe('a call to compete names the campaign', () => {
  it('"kêu gọi cán bộ, giáo viên thi đua “Dạy tốt - Học tốt”" is a theme; "kêu gọi" with no "thi đua" before the quote is not', () => {
    const themes = (b: string) => run(`Trường THPT X phát động thi đua\n\nThứ Hai, 14/10/2024\n\nSáng 14/10, Trường THPT X tổ chức lễ phát động thi đua.\n\n${b}\n\nNgọc Anh\n`).themes.map((t) => t.text);
    expect(themes('Thầy Hiệu trưởng kêu gọi cán bộ, giáo viên thi đua "Dạy tốt - Học tốt".')).toEqual(['Dạy tốt - Học tốt']);
    expect(themes('Thầy Hiệu trưởng kêu gọi học sinh hăng hái thi đua “Học tập tốt, rèn luyện tốt”.')).toEqual(['Học tập tốt, rèn luyện tốt']);
    expect(themes('Thầy Hiệu trưởng kêu gọi học sinh tham gia cuộc thi “Em yêu khoa học”.')).toEqual([]);
  });
});

describe('organFromBlock', () => {
  it('a name the column breaks goes on on the next line: its scope, the words after "VÀ", a level\'s place', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['BAN THI ĐUA - KHEN THƯỞNG', 'TRUNG ƯƠNG'])).toBe('Ban Thi đua - Khen thưởng Trung ương');
    expect(organFromBlock(['BỘ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'])).toBe('Bộ Lao động - Thương binh và Xã hội');
    expect(organFromBlock(['TỔNG LIÊN ĐOÀN LAO ĐỘNG', 'VIỆT NAM'])).toBe('Tổng Liên đoàn Lao động Việt Nam');
    expect(organFromBlock(['ỦY BAN NHÂN DÂN TỈNH', 'CAO BẰNG', 'SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH'])).toBe('Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng');
    // (a parent and its office stay two organs)
    expect(organFromBlock(['UBND TỈNH BẮC NINH', 'SỞ NỘI VỤ'])).toBe('Sở Nội vụ tỉnh Bắc Ninh');
  });
  it('national organs keep their casing and are not split at a level word ("XÃ HỘI")', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['BẢO HIỂM XÃ HỘI VIỆT NAM'])).toBe('Bảo hiểm xã hội Việt Nam');
    expect(organFromBlock(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM'])).toBe('Tổng Liên đoàn Lao động Việt Nam');
  });
  it('the Central Committee\'s commissions are named "… Trung ương"', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TUYÊN GIÁO'])).toBe('Ban Tuyên giáo Trung ương');
    expect(organFromBlock(['BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG', 'BAN DÂN VẬN'])).toBe('Ban Dân vận Trung ương');
  });
  it('a mass organization\'s short name in a header is written out ("HỘI LHPN TỈNH X", "LĐLĐ HUYỆN Y")', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['HỘI LHPN TỈNH NGHỆ AN', 'BAN THƯỜNG VỤ'])).toBe('Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Nghệ An');
    expect(organFromBlock(['LĐLĐ HUYỆN YÊN THÀNH'])).toBe('Liên đoàn Lao động huyện Yên Thành');
    expect(organFromBlock(['HỘI CCB TỈNH BẮC NINH'])).toBe('Hội Cựu chiến binh tỉnh Bắc Ninh');
  });
  it('levels written short in the block: "TP.", "TP", "TP.HCM", "TX."', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['ỦY BAN NHÂN DÂN', 'TP. HỒ CHÍ MINH'])).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(organFromBlock(['UBND TP. ĐÀ NẴNG', 'SỞ NỘI VỤ'])).toBe('Sở Nội vụ thành phố Đà Nẵng');
    expect(organFromBlock(['UBND TP HẢI PHÒNG'])).toBe('Ủy ban nhân dân thành phố Hải Phòng');
    expect(organFromBlock(['THÀNH ĐOÀN TP.HCM', 'BAN CHẤP HÀNH'])).toBe('Ban Chấp hành Thành Đoàn thành phố Hồ Chí Minh');
    expect(organFromBlock(['ỦY BAN NHÂN DÂN', 'TX. SƠN TÂY'])).toBe('Ủy ban nhân dân thị xã Sơn Tây');
  });
  it('party committees take the province of their Đảng bộ line', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['ĐẢNG BỘ TỈNH NGHỆ AN', 'TỈNH ỦY'])).toBe('Tỉnh ủy Nghệ An');
    expect(organFromBlock(['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'THÀNH UỶ'])).toBe('Thành ủy Hà Nội');
    expect(organFromBlock(['ĐẢNG BỘ XÃ TÂN LẬP', 'ĐẢNG ỦY'])).toBe('Đảng ủy xã Tân Lập');
    expect(organFromBlock(['HUYỆN ỦY TÂY SƠN'])).toBe('Huyện ủy Tây Sơn');
  });
  it('departments: each part of the name capitalized, the parent\'s place added', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['UBND TỈNH BẮC NINH', 'SỞ NỘI VỤ'])).toBe('Sở Nội vụ tỉnh Bắc Ninh');
    expect(organFromBlock(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'])).toBe('Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai');
    expect(organFromBlock(['BỘ NỘI VỤ', 'BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG'])).toBe('Ban Thi đua - Khen thưởng Trung ương');
    expect(organFromBlock(['ỦY BAN NHÂN DÂN', 'HUYỆN TÂY SƠN'])).toBe('Ủy ban nhân dân huyện Tây Sơn');
  });
  it('a party committee\'s departments and office are named after the committee, not split at its level word', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['TỈNH ỦY QUẢNG NINH', 'BAN TUYÊN GIÁO'])).toBe('Ban Tuyên giáo Tỉnh ủy Quảng Ninh');
    expect(organFromBlock(['ĐẢNG BỘ TỈNH BẮC GIANG', 'HUYỆN ỦY TÂN YÊN', 'BAN DÂN VẬN'])).toBe('Ban Dân vận Huyện ủy Tân Yên');
    expect(organFromBlock(['ĐẢNG BỘ TỈNH NGHỆ AN', 'TỈNH ỦY', 'VĂN PHÒNG'])).toBe('Văn phòng Tỉnh ủy Nghệ An');
  });
  it('standing bodies (Ban Thường trực, Ban Chấp hành, "BCH") are named with their organ or association', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'TỈNH QUẢNG NGÃI', 'BAN THƯỜNG TRỰC'])).toBe('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi');
    expect(organFromBlock(['HỘI NÔNG DÂN VIỆT NAM', 'BCH TỈNH BẮC NINH'])).toBe('Ban Chấp hành Hội Nông dân tỉnh Bắc Ninh');
    expect(organFromBlock(['HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM', 'BAN CHẤP HÀNH', 'TỈNH HẬU GIANG'])).toBe('Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Hậu Giang');
    expect(organFromBlock(['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH TỈNH ĐOÀN BẮC GIANG'])).toBe('Ban Chấp hành Tỉnh Đoàn Bắc Giang');
    expect(organFromBlock(['HỘI CỰU CHIẾN BINH VIỆT NAM'])).toBe('Hội Cựu chiến binh Việt Nam');
    // a branch after the organ it belongs to
    expect(organFromBlock(['NGÂN HÀNG NHÀ NƯỚC VIỆT NAM', 'CHI NHÁNH TỈNH BÌNH ĐỊNH'])?.toLowerCase()).toBe('ngân hàng nhà nước việt nam chi nhánh tỉnh bình định');
  });
  it('a level word after "các" is a plural noun: "CỤM THI ĐUA CÁC HUYỆN MIỀN NÚI"', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['CỤM THI ĐUA CÁC HUYỆN MIỀN NÚI', 'TỈNH THANH HÓA'])).toBe('Cụm thi đua các huyện miền núi tỉnh Thanh Hóa');
    expect(organFromBlock(['KHỐI THI ĐUA CÁC XÃ'])).toBe('Khối thi đua các xã');
  });
  it('schools: the level as written (abbreviation or common noun), the school\'s own name as a proper name, no parent place', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['PHÒNG GD&ĐT QUẬN HẢI CHÂU', 'TRƯỜNG THCS NGUYỄN HUỆ'])).toBe('Trường THCS Nguyễn Huệ');
    expect(organFromBlock(['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN'])).toBe('Trường THPT chuyên Lê Quý Đôn');
    // "xã" in the school's name is no level of the school
    expect(organFromBlock(['UBND HUYỆN NAM TRỰC', 'TRƯỜNG TIỂU HỌC XÃ NAM THANH'])).toBe('Trường Tiểu học Xã Nam Thanh');
    expect(organFromBlock(['TRƯỜNG MẦM NON HOA SEN'])).toBe('Trường Mầm non Hoa Sen');
  });
  it('ministries and departments by their known names: "và Xã hội" is no level, "Công Thương" keeps its casing', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'])).toBe('Bộ Lao động - Thương binh và Xã hội');
    expect(organFromBlock(['UBND TỈNH AN GIANG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'])).toBe('Sở Lao động - Thương binh và Xã hội tỉnh An Giang');
    expect(organFromBlock(['BỘ CÔNG THƯƠNG'])).toBe('Bộ Công Thương');
    expect(organFromBlock(['SỞ CÔNG THƯƠNG TỈNH LẠNG SƠN'])).toBe('Sở Công Thương tỉnh Lạng Sơn');
  });
  it('a news agency\'s tag with a place before the lead\'s date: "Bắc Giang (TTXVN) - Sáng 18/1"', () => {
    const o = run('Bắc Giang phát động thi đua năm 2024\n\n19/01/2024 15:20\n\nBắc Giang (TTXVN) - Sáng 18/1, UBND tỉnh Bắc Giang tổ chức hội nghị. Chủ tịch UBND tỉnh Lê Ánh Dương phát động phong trào thi đua.');
    expect(o.document).toMatchObject({ date: '2024-01-18', publishedAt: '2024-01-19T15:20' });
  });
  it('a name set off from the office by a dash or a parenthesis', () => {
    for (const lead of ['ông Nguyễn Văn Út - Chủ tịch UBND tỉnh Long An đã phát động', 'đồng chí Nguyễn Văn Út (Chủ tịch UBND tỉnh Long An) phát động']) {
      expect(run(`Long An phát động thi đua năm 2024\n\n20/01/2024 10:00\n\nSáng 19/1, tại hội nghị, ${lead} phong trào thi đua năm 2024.`).issuer)
        .toEqual({ organization: 'Ủy ban nhân dân tỉnh Long An', position: 'Chủ tịch', signer: 'Nguyễn Văn Út' });
    }
  });
  it('a byline before the dateline ("Thúy Hồng - 16:45, 02/04/2024", "Bài, ảnh: Minh Anh | 02/04/2024 16:45")', () => {
    const at = (dateline: string) => run(`Đắk Lắk phát động thi đua năm 2024\n\n${dateline}\n\nChiều 1/4, Sở Nội vụ tỉnh Đắk Lắk phát động thi đua.`).document.publishedAt;
    expect(at('Thúy Hồng - 16:45, 02/04/2024')).toBe('2024-04-02T16:45');
    expect(at('Bài, ảnh: Minh Anh | 02/04/2024 16:45')).toBe('2024-04-02T16:45');
    // a lead sentence is no byline
    expect(at('Sở Nội vụ tỉnh Đắk Lắk - 16 đơn vị tham gia.')).toBeNull();
  });
  it('a source tag with "&" or digits before the lead\'s date ("(Dân tộc & Phát triển) - Ngày 11/3, tại Hà Nội, …")', () => {
    const o = run('Bộ Y tế phát động thi đua năm 2024\n\nThứ Ba, 12/03/2024 - 09:15\n\n(Dân tộc & Phát triển) - Ngày 11/3, tại Hà Nội, Bộ Y tế tổ chức hội nghị phát động phong trào thi đua năm 2024.');
    expect(o.document.date).toBe('2024-03-11');
    expect(run('Hà Nội phát động thi đua\n\n12/03/2024 09:15\n\n(VOV5) - Sáng 10/3, UBND thành phố Hà Nội phát động thi đua.').document.date).toBe('2024-03-10');
  });
  it('a minister as the actor in an article', () => {
    const o = run('Bộ Y tế phát động thi đua\n\n15/03/2024 09:12\n\nNgày 14/3, tại Hà Nội, Bộ Y tế tổ chức lễ phát động phong trào thi đua giai đoạn 2024 - 2025. Phát biểu tại buổi lễ, Bộ trưởng Bộ Y tế Đào Hồng Lan phát động phong trào.\n\nMục tiêu đến năm 2025, tỷ lệ hài lòng của người bệnh đạt trên 90%.');
    expect(o.issuer).toEqual({ organization: 'Bộ Y tế', position: 'Bộ trưởng', signer: 'Đào Hồng Lan' });
    // a deadline ("đến năm 2025") is not the year the text is about; the period holds 2024
    expect(o.document).toMatchObject({ date: '2024-03-14', year: 2024 });
  });
});

describe('mass organizations', () => {
  const orgOf = (organ: string) => run(`${organ}\n***\nSố: 10/KH-X\nQuảng Nam, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nVề thi đua\n\n1. Thi đua tốt.\n`).issuer.organization;
  it('are named with their own casing', () => {
    expect(orgOf('LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN')).toBe('Liên đoàn Lao động tỉnh Nghệ An');
    expect(orgOf('HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE')).toBe('Hội Liên hiệp Phụ nữ tỉnh Bến Tre');
    expect(orgOf('TỈNH ĐOÀN QUẢNG NAM')).toBe('Tỉnh Đoàn Quảng Nam');
    expect(orgOf('BAN THƯỜNG VỤ THÀNH ĐOÀN HÀ NỘI')).toBe('Ban Thường vụ Thành Đoàn Hà Nội');
  });
  it('"ĐOÀN TNCS HỒ CHÍ MINH" stands where other texts have the motto: it is not the issuer', () => {
    const doc = (organ: string) => run(`${organ}\n***\nĐOÀN TNCS HỒ CHÍ MINH\nLạng Sơn, ngày 05 tháng 3 năm 2024\nSố: 312-KH/TĐTN-PT\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2024\n\n1. Thi đua tốt.\n\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\n\nHoàng Minh Hải\n`);
    expect(doc('TỈNH ĐOÀN LẠNG SƠN').issuer).toMatchObject({ organization: 'Tỉnh Đoàn Lạng Sơn', position: 'Bí thư', signer: 'Hoàng Minh Hải' });
    expect(doc('BCH ĐOÀN TỈNH LẠNG SƠN').issuer.organization).toBe('Ban Chấp hành Đoàn tỉnh Lạng Sơn');
    expect(doc('TỈNH ĐOÀN LẠNG SƠN').document).toMatchObject({ number: '312-KH/TĐTN-PT', place: 'Lạng Sơn', date: '2024-03-05' });
  });
});

describe('organs news writes short', () => {
  const issuerOf = (lead: string) => run(`Phát động thi đua năm 2024\n\n20/02/2024 09:00\n\n${lead}\n\nMinh Anh\n`).issuer;
  it('"TP" without its dot before a city\'s name is its level; a committee\'s head named by the organ\'s type alone is read with it', () => {
    expect(issuerOf('Chiều 12/3, Chủ tịch UBND TP Đà Nẵng Lê Trung Chinh phát động phong trào thi đua năm 2024.'))
      .toEqual({ organization: 'Ủy ban nhân dân thành phố Đà Nẵng', position: 'Chủ tịch', signer: 'Lê Trung Chinh' });
    expect(issuerOf('Ngày 8/3, Thành ủy TP Hồ Chí Minh tổ chức hội nghị phát động thi đua. Bí thư Thành ủy Nguyễn Văn Nên phát biểu.'))
      .toEqual({ organization: 'Thành ủy thành phố Hồ Chí Minh', position: 'Bí thư', signer: 'Nguyễn Văn Nên' });
    expect(issuerOf('Ngày 8/3, Tỉnh ủy Nghệ An tổ chức hội nghị phát động thi đua. Bí thư Tỉnh ủy Nguyễn Đức Trung phát biểu.'))
      .toEqual({ organization: 'Tỉnh ủy Nghệ An', position: 'Bí thư', signer: 'Nguyễn Đức Trung' });
  });
  it('an office named without its place takes the place the text names after that level, even one opening on a family name ("huyện Lục Nam")', () => {
    expect(issuerOf('Sáng 10/3, huyện Lục Nam tổ chức Lễ phát động phong trào thi đua. Đồng chí Lê Ánh Dương, Chủ tịch UBND tỉnh phát biểu chỉ đạo. Đồng chí Nguyễn Văn Hiếu, Chủ tịch UBND huyện phát động phong trào.'))
      .toEqual({ organization: 'Ủy ban nhân dân huyện Lục Nam', position: 'Chủ tịch', signer: 'Nguyễn Văn Hiếu' });
  });
  it('an institution that launches a campaign (enterprise, hospital, school) is the issuer; its head is read by office, short name or "nhà trường"', () => {
    expect(issuerOf('Sáng 5/3, Tập đoàn Điện lực Việt Nam (EVN) tổ chức lễ phát động thi đua. Chủ tịch Hội đồng thành viên EVN Đặng Hoàng An phát biểu.'))
      .toEqual({ organization: 'Tập đoàn Điện lực Việt Nam', position: 'Chủ tịch Hội đồng thành viên', signer: 'Đặng Hoàng An' });
    expect(issuerOf('Sáng 5/3, Bệnh viện Bạch Mai phát động phong trào thi đua năm 2024. PGS.TS Đào Xuân Cơ, Giám đốc Bệnh viện phát động.'))
      .toEqual({ organization: 'Bệnh viện Bạch Mai', position: 'Giám đốc', signer: 'Đào Xuân Cơ' });
    expect(issuerOf('Sáng 5/3, Trường Đại học Vinh tổ chức lễ phát động thi đua. Thầy Nguyễn Huy Bằng, Hiệu trưởng nhà trường phát động.'))
      .toEqual({ organization: 'Trường Đại học Vinh', position: 'Hiệu trưởng', signer: 'Nguyễn Huy Bằng' });
    // an institution named in passing, not launching, is not the issuer
    expect(issuerOf('Sáng 5/3, các y bác sĩ Bệnh viện Bạch Mai tham gia hiến máu.').organization).toBeNull();
  });
  it('"LĐLĐ", "Hội LHPN" are the mass organizations; their head is read with them', () => {
    expect(issuerOf('Sáng 19/2, Liên đoàn Lao động tỉnh Hà Tĩnh tổ chức Lễ phát động Tháng Công nhân. Chủ tịch LĐLĐ tỉnh Nguyễn Văn Danh phát biểu.'))
      .toEqual({ organization: 'Liên đoàn Lao động tỉnh Hà Tĩnh', position: 'Chủ tịch', signer: 'Nguyễn Văn Danh' });
    expect(issuerOf('Sáng 19/2, Chủ tịch Hội LHPN tỉnh Bến Tre Nguyễn Thị Hoa phát động phong trào thi đua.'))
      .toEqual({ organization: 'Hội Liên hiệp Phụ nữ tỉnh Bến Tre', position: 'Chủ tịch', signer: 'Nguyễn Thị Hoa' });
    expect(issuerOf('Sáng 19/2, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An Võ Thị Minh Sinh phát động cuộc vận động.'))
      .toEqual({ organization: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An', position: 'Chủ tịch', signer: 'Võ Thị Minh Sinh' });
  });
  it('after a person named before the office, the words after its level are the place, even one that reads like a name', () => {
    expect(issuerOf('Sáng 19/2, ông Nguyễn Văn Hưng - Chủ tịch UBND thị xã Hoàng Mai đã phát động phong trào thi đua.'))
      .toEqual({ organization: 'Ủy ban nhân dân thị xã Hoàng Mai', position: 'Chủ tịch', signer: 'Nguyễn Văn Hưng' });
  });
  it('border guards and the party committees of agencies and enterprises launch campaigns too', () => {
    expect(issuerOf('Sáng 19/2, Bộ đội Biên phòng tỉnh Quảng Trị phát động phong trào thi đua Quyết thắng.').organization).toBe('Bộ đội Biên phòng tỉnh Quảng Trị');
    expect(issuerOf('Sáng 19/2, Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương phát động thi đua.').organization).toBe('Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương');
  });
  it('"Ban Chấp hành Đảng bộ huyện X" is the party committee "Huyện ủy X"', () => {
    expect(issuerOf('Sáng 19/2, Ban Chấp hành Đảng bộ huyện Yên Thành phát động phong trào thi đua chào mừng Đại hội.').organization).toBe('Huyện ủy Yên Thành');
  });
  it('"Giám đốc Sở" after one department was named is its director; with two named, it is no one\'s', () => {
    expect(issuerOf('Sáng 19/2, Sở Giáo dục và Đào tạo Nghệ An tổ chức hội nghị. Giám đốc Sở Thái Văn Thành phát động phong trào thi đua.'))
      .toEqual({ organization: 'Sở Giáo dục và Đào tạo tỉnh Nghệ An', position: 'Giám đốc', signer: 'Thái Văn Thành' });
    expect(issuerOf('Sáng 19/2, Sở Y tế và Sở Tư pháp Nghệ An tổ chức hội nghị. Giám đốc Sở Thái Văn Thành phát động phong trào thi đua.').organization).toBeNull();
  });
  it('a party committee\'s commission ("Ban Dân vận Tỉnh ủy") that launches, its head named by office and commission ("Trưởng ban Dân vận Tỉnh ủy X")', () => {
    expect(issuerOf('Quảng Ngãi phát động thi đua "Dân vận khéo". Chiều 21/3, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức Lễ phát động phong trào thi đua "Dân vận khéo". Trưởng ban Dân vận Tỉnh ủy Đinh Thị Hồng Minh đề nghị các cấp ủy hưởng ứng.'))
      .toEqual({ organization: 'Ban Dân vận Tỉnh ủy Quảng Ngãi', position: 'Trưởng ban', signer: 'Đinh Thị Hồng Minh' });
    expect(issuerOf('Sáng 24/1, Ban Tuyên giáo Huyện ủy Tân Yên phát động cuộc thi. Phó Trưởng ban Tuyên giáo Huyện ủy Trần Thị Bình đề nghị các chi bộ hưởng ứng.'))
      .toEqual({ organization: 'Ban Tuyên giáo Huyện ủy Tân Yên', position: 'Phó Trưởng ban', signer: 'Trần Thị Bình' });
    expect(issuerOf('Ủy ban Kiểm tra Tỉnh ủy Nghệ An phát động phong trào thi đua năm 2024. Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Phạm Văn Dũng chủ trì.'))
      .toEqual({ organization: 'Ủy ban Kiểm tra Tỉnh ủy Nghệ An', position: 'Chủ nhiệm', signer: 'Phạm Văn Dũng' });
    // the committee itself is still read as before
    expect(issuerOf('Ngày 24/1, Tỉnh ủy Lào Cai phát động phong trào thi đua năm 2024.').organization).toBe('Tỉnh ủy Lào Cai');
  });
  it('the holder named after the office, set off by a comma or a dash with an honorific or a title ("Chủ tịch UBND tỉnh, ông X", "Giám đốc Sở Y tế, bác sĩ X")', () => {
    expect(issuerOf('Sáng 24/1, UBND tỉnh Quảng Trị tổ chức hội nghị. Chủ tịch UBND tỉnh, ông Võ Văn Hưng phát động phong trào thi đua.'))
      .toEqual({ organization: 'Ủy ban nhân dân tỉnh Quảng Trị', position: 'Chủ tịch', signer: 'Võ Văn Hưng' });
    expect(issuerOf('Sáng 24/1, UBND tỉnh Quảng Trị tổ chức hội nghị. Phó Chủ tịch UBND tỉnh - ông Hà Sỹ Đồng phát động phong trào thi đua.').signer).toBe('Hà Sỹ Đồng');
    expect(issuerOf('Sáng 24/1, Sở Y tế Quảng Trị tổ chức hội nghị phát động phong trào thi đua. Giám đốc Sở Y tế, bác sĩ Lê Văn Bằng phát biểu.'))
      .toEqual({ organization: 'Sở Y tế tỉnh Quảng Trị', position: 'Giám đốc', signer: 'Lê Văn Bằng' });
    expect(issuerOf('Chiều 24/1, Bộ đội Biên phòng tỉnh Quảng Trị phát động phong trào thi đua. Chỉ huy trưởng Bộ đội Biên phòng tỉnh, Đại tá Lê Văn Hùng phát biểu.'))
      .toEqual({ organization: 'Bộ đội Biên phòng tỉnh Quảng Trị', position: 'Chỉ huy trưởng', signer: 'Lê Văn Hùng' });
    // another office after the comma is not a name
    expect(issuerOf('Sáng 24/1, UBND tỉnh Quảng Trị tổ chức hội nghị. Chủ tịch UBND tỉnh, Trưởng ban Thi đua phát động phong trào thi đua.').signer).toBeNull();
  });
  it('a bloc\'s party committee named short ("Bí thư Đảng ủy Khối X") and the border guard\'s commander head their organs', () => {
    expect(issuerOf('Chiều 24/1, Đảng ủy Khối các cơ quan tỉnh Nghệ An phát động phong trào thi đua. Bí thư Đảng ủy Khối Trần Văn Mão phát biểu.'))
      .toEqual({ organization: 'Đảng ủy Khối các cơ quan tỉnh Nghệ An', position: 'Bí thư', signer: 'Trần Văn Mão' });
    expect(issuerOf('Chiều 24/1, Bộ đội Biên phòng tỉnh Quảng Trị phát động phong trào thi đua. Đại tá Lê Văn Hùng, Chỉ huy trưởng Bộ đội Biên phòng tỉnh phát biểu.'))
      .toEqual({ organization: 'Bộ đội Biên phòng tỉnh Quảng Trị', position: 'Chỉ huy trưởng', signer: 'Lê Văn Hùng' });
  });
});

describe('signers with a rank or a degree', () => {
  const signOf = (sig: string) => run(`CÔNG AN TỈNH NGHỆ AN\n\nSố: 10/KH-CAT\n\nNghệ An, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nVề thi đua\n\n1. Thi đua tốt.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n${sig}\n`).issuer;
  it('the name without its rank or degree', () => {
    expect(signOf('GIÁM ĐỐC\n\n\n\nĐại tá Nguyễn Văn Bình')).toEqual({ organization: 'Công an tỉnh Nghệ An', position: 'Giám đốc', signer: 'Nguyễn Văn Bình' });
    expect(signOf('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nPGS.TS. Trần Thị Mai').signer).toBe('Trần Thị Mai');
    expect(signOf('GIÁM ĐỐC\n\nTHIẾU TƯỚNG NGUYỄN ĐỨC HẢI').signer).toBe('NGUYỄN ĐỨC HẢI');
  });
  it('news: a professional title spelled out before the head\'s name ("Bác sĩ", "Bác sĩ CKII", "Tiến sĩ") is not part of it', () => {
    const news = (who: string) => run(`Sở Y tế Bình Dương phát động thi đua năm 2024\n\n25/01/2024 10:00\n\nNgày 24/01/2024, Sở Y tế tỉnh Bình Dương tổ chức hội nghị phát động phong trào thi đua năm 2024. ${who}, Giám đốc Sở Y tế cho biết ngành phấn đấu hoàn thành các chỉ tiêu.\n`).issuer;
    for (const title of ['Bác sĩ', 'Bác sĩ CKII', 'Tiến sĩ', 'Phó Giáo sư']) {
      expect(news(`${title} Nguyễn Hồng Chương`)).toEqual({ organization: 'Sở Y tế tỉnh Bình Dương', position: 'Giám đốc', signer: 'Nguyễn Hồng Chương' });
    }
  });
});

describe('party directives', () => {
  it('the author line in capitals ("CHỈ THỊ / CỦA BAN BÍ THƯ / về …") is not part of the trích yếu', () => {
    const o = run('BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 41-CT/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 15 tháng 01 năm 2025\n\nCHỈ THỊ\nCỦA BAN BÍ THƯ\nvề tiếp tục đổi mới, nâng cao hiệu quả công tác thi đua, khen thưởng\n\n1. Nâng cao nhận thức.\n');
    expect(o.document).toMatchObject({ kind: 'chi-thi', number: '41-CT/TW', title: 'về tiếp tục đổi mới, nâng cao hiệu quả công tác thi đua, khen thưởng' });
  });
  it('a party notice of conclusions ("THÔNG BÁO / KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY / về …"): the rest of the type\'s name and the author line are not the trích yếu', () => {
    const o = run('TỈNH ỦY QUẢNG NINH\n*\nSố 520-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Ninh, ngày 22 tháng 01 năm 2024\n\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề công tác thi đua, khen thưởng năm 2023\n\n1. Đánh giá cao kết quả.\n');
    expect(o.document).toMatchObject({ kind: 'thong-bao', number: '520-TB/TU', title: 'về công tác thi đua, khen thưởng năm 2023' });
  });
});

describe('types the contract has no kind for', () => {
  it('"LỜI KÊU GỌI": kind unknown, but its title, place, date and signer are read', () => {
    const o = run('UBND TỈNH NGHỆ AN\n\nLỜI KÊU GỌI\nThi đua hoàn thành thắng lợi nhiệm vụ năm 2024\n\nThi đua là yêu nước. Chủ tịch UBND tỉnh kêu gọi các tầng lớp Nhân dân thi đua.\n\nNghệ An, ngày 1 tháng 2 năm 2024\nCHỦ TỊCH\n\nNguyễn Đức Trung\n');
    expect(o.document).toMatchObject({ kind: 'unknown', title: 'Thi đua hoàn thành thắng lợi nhiệm vụ năm 2024', place: 'Nghệ An', date: '2024-02-01', year: 2024 });
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Nghệ An', position: 'Chủ tịch', signer: 'Nguyễn Đức Trung' });
  });
  it('"THƯ KÊU GỌI" and "THƯ NGỎ" are read like "LỜI KÊU GỌI", whatever the number\'s code', () => {
    for (const k of ['THƯ KÊU GỌI', 'THƯ NGỎ']) {
      expect(run(`UBND TỈNH A\nSố: 12/XX-UBND\nHà Nội, ngày 05 tháng 3 năm 2024\n\n${k}\nVề thi đua năm 2024\n\n1. Nội dung thi đua.`).document).toMatchObject({ kind: 'unknown', title: 'Về thi đua năm 2024' });
    }
  });
  it('"THÔNG TRI" is not a công văn', () => {
    expect(run('TỈNH ỦY NGHỆ AN\n\nSố: 05-TT/TU\n\nTHÔNG TRI\nVề thi đua năm 2024\n\n1. Thi đua tốt.').document).toMatchObject({ kind: 'unknown', title: 'Về thi đua năm 2024' });
  });
});

describe('drafts with blanks to fill in', () => {
  it('a blank number and day ("Số:      /KH-UBND", "ngày      tháng 3 năm 2024") in two columns: place kept, no date, organ intact', () => {
    const o = run('UBND TỈNH NGHỆ AN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố:      /KH-UBND\n\n                 Nghệ An, ngày      tháng 3 năm 2024\n\nKẾ HOẠCH\nVề thi đua năm 2024\n\n1. Thi đua tốt.\n');
    expect(o.document).toMatchObject({ kind: 'ke-hoach', number: null, place: 'Nghệ An', date: null, year: 2024 });
    expect(o.issuer.organization).toBe('Ủy ban nhân dân tỉnh Nghệ An');
  });
});

describe('markdown exports with a simple table at the end', () => {
  it('hard line breaks ("**Nơi nhận:**\\") and the table\'s dashed borders are neither recipients nor body text', () => {
    const end = [
      '  -----------------------------------------------------------------------',
      '  **Nơi nhận:**\\                       **TM. ỦY BAN NHÂN DÂN**\\',
      '  \\- Bộ Nội vụ;\\                       **KT. CHỦ TỊCH**\\',
      '  \\- TT Tỉnh ủy;\\                      **PHÓ CHỦ TỊCH**',
      '  \\- Lưu: VT.',
      '',
      '                                       **Lại Văn Hoàn**',
      '  -----------------------------------------------------------------------',
    ].join('\n');
    const o = run(`**ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH**\n\nSố: 30/KH-UBND\n\n*Thái Bình, ngày 06 tháng 3 năm 2024*\n\n**KẾ HOẠCH**\n\n**Thi đua năm 2024**\n\n**I. TỔ CHỨC THỰC HIỆN**\n\nSở Nội vụ chủ trì, hướng dẫn thực hiện Kế hoạch này./.\n\n${end}\n`, { path: 'x.md' });
    expect(o.recipients).toEqual(['Bộ Nội vụ', 'TT Tỉnh ủy', 'Lưu: VT']);
    expect(o.sections[0]!.text).toBe('Sở Nội vụ chủ trì, hướng dẫn thực hiện Kế hoạch này./.');
    expect(o.issuer).toEqual({ organization: 'Ủy ban nhân dân tỉnh Thái Bình', position: 'Phó Chủ tịch', signer: 'Lại Văn Hoàn' });
  });
});

describe('markdown exports that lost the header table', () => {
  const md = '# KẾ HOẠCH\n\n**Tổ chức phong trào thi đua năm học 2024 - 2025**\n\n*Số: 1520/KH-SGDĐT — Thanh Hóa, ngày 18 tháng 9 năm 2024*\n\n## I. MỤC ĐÍCH\n\n1. Thi đua tốt.\n\n**GIÁM ĐỐC**\n\n**Nguyễn Văn Tâm**\n';
  it('the place and date after the number on one line ("Số: … — Thanh Hóa, ngày …") are read', () => {
    expect(run(md).document).toMatchObject({ kind: 'ke-hoach', number: '1520/KH-SGDĐT', place: 'Thanh Hóa', date: '2024-09-18' });
    expect(run(md.replace(' — ', ' | ')).document).toMatchObject({ place: 'Thanh Hóa', date: '2024-09-18' });
  });
  it('the kind\'s heading above the number is not the organ', () => {
    expect(run(md).issuer).toEqual({ organization: null, position: 'Giám đốc', signer: 'Nguyễn Văn Tâm' });
  });
});

describe('recipients', () => {
  it('a list flattened onto one line is split into its entries', () => {
    const o = run('UBND TỈNH NGHỆ AN\n\nSố: 10/KH-UBND\n\nNghệ An, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nVề thi đua\n\n1. Thi đua tốt.\n\nNơi nhận: - Như trên; - TT Tỉnh ủy; - Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Đức Trung\n');
    expect(o.recipients).toEqual(['Như trên', 'TT Tỉnh ủy', 'Lưu: VT']);
  });
});

describe('the head of government as issuing authority', () => {
  it('"THỦ TƯỚNG CHÍNH PHỦ" keeps its capital ("Chính phủ" is a name)', () => {
    const r = run('THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 15/CT-TTg\nHà Nội, ngày 05 tháng 6 năm 2023\n\nCHỈ THỊ\nVề việc đẩy mạnh phong trào thi đua yêu nước\n\n1. Các bộ thực hiện.\n\nTHỦ TƯỚNG\n\nPhạm Minh Chính\n');
    expect(r.issuer).toEqual({ organization: 'Thủ tướng Chính phủ', position: 'Thủ tướng', signer: 'Phạm Minh Chính' });
  });
});

describe('article datelines and event dates', () => {
  const article = (dateline: string, lead: string) => run(`Quảng Nam phát động thi đua năm 2024\n\n${dateline}\n\n${lead}, UBND tỉnh Quảng Nam tổ chức hội nghị phát động phong trào thi đua năm 2024.\n`).document;
  it('a dateline with the date in words ("Ngày 14 tháng 3 năm 2024 | 09:12") is the publication time', () => {
    expect(article('Ngày 14 tháng 3 năm 2024 | 09:12', 'Chiều 13-3')).toMatchObject({ publishedAt: '2024-03-14T09:12', date: '2024-03-13' });
    expect(article('Thứ Năm, ngày 14 tháng 3 năm 2024', 'Chiều 13-3')).toMatchObject({ publishedAt: '2024-03-14', date: '2024-03-13' });
  });
  it('an exporter\'s ISO dateline ("2024-03-15 08:30", "Published: 2024-03-15T08:30:00+07:00") is the publication time', () => {
    expect(article('2024-03-15 08:30', 'Chiều 13-3')).toMatchObject({ publishedAt: '2024-03-15T08:30', date: '2024-03-13' });
    expect(article('Published: 2024-03-15T08:30:00+07:00', 'Chiều 13-3')).toMatchObject({ publishedAt: '2024-03-15T08:30' });
  });
  it('a site\'s section label above the headline ("THỜI SỰ", "Thi đua - Khen thưởng") is not the headline', () => {
    const title = (label: string) => run(`${label}\n\nHuyện Yên Thành phát động thi đua xây dựng nông thôn mới\n\n15/03/2024 08:30\n\nSáng 14/3, UBND huyện Yên Thành tổ chức lễ phát động phong trào thi đua.\n`).document.title;
    expect(title('Thi đua - Khen thưởng')).toBe('Huyện Yên Thành phát động thi đua xây dựng nông thôn mới');
    expect(title('THỜI SỰ')).toBe('Huyện Yên Thành phát động thi đua xây dựng nông thôn mới');
    // a short headline with a dateline under it is the headline
    expect(run('Yên Thành phát động thi đua\n\n15/03/2024 08:30\n\nSáng 14/3, UBND huyện Yên Thành tổ chức lễ phát động phong trào thi đua.\n').document.title).toBe('Yên Thành phát động thi đua');
  });
  it('a lead sentence that opens on a worded date is not a dateline', () => {
    const r = run('Quảng Nam phát động thi đua năm 2024\n\nNgày 14 tháng 3 năm 2024, UBND tỉnh Quảng Nam tổ chức hội nghị phát động phong trào thi đua.\n');
    expect(r.document).toMatchObject({ publishedAt: null, date: '2024-03-14' });
  });
  it('a short lead sentence that opens on its date is body, not a dateline: its targets and list lead-in are read', () => {
    const r = run('Tuổi trẻ ra quân\n\nNgày 2/3/2024, Thành đoàn Hà Nội phấn đấu GRDP tăng 8%.\n\nĐồng chí Nguyễn Văn An phát biểu.\n');
    expect(r.document).toMatchObject({ publishedAt: null, date: '2024-03-02' });
    expect(r.targets.map((t) => [t.indicator, t.value])).toEqual([['GRDP', 8]]);
    expect(run('Tin\n\nThứ Sáu, 15/03/2024, 10:25\n\nSáng 14/3, Thành đoàn tổ chức lễ ra quân tại quận Hoàn Kiếm.\n').document).toMatchObject({ publishedAt: '2024-03-15T10:25' });
  });
  it('a place is not read across a line break: a title ending on "… Đảng bộ tỉnh" above "Sáng nay (12/6), …"', () => {
    const r = run('Phát động thi đua chào mừng Đại hội Đảng bộ tỉnh\n\nSáng nay (12/6), Ban Thường vụ Tỉnh ủy Bắc Ninh tổ chức hội nghị.\n\nĐồng chí Nguyễn Anh Tuấn, Bí thư Tỉnh ủy phát động phong trào thi đua.\n');
    expect(r.issuer).toMatchObject({ organization: 'Tỉnh ủy Bắc Ninh', position: 'Bí thư', signer: 'Nguyễn Anh Tuấn' });
  });
  it('a site\'s name above its menu is not the headline: the line right above the dateline is', () => {
    const o = run('SỞ NỘI VỤ TỈNH TUYÊN QUANG\nGiới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ\nTìm kiếm\n\nTuyên Quang phát động phong trào thi đua đặc biệt chào mừng Đại hội\n\nCập nhật lúc: 09:15 ngày 22/04/2025\n\nNgày 21/4, UBND tỉnh Tuyên Quang phát động phong trào thi đua.\n');
    expect(o.document).toMatchObject({ kind: 'article', title: 'Tuyên Quang phát động phong trào thi đua đặc biệt chào mừng Đại hội', publishedAt: '2025-04-22T09:15', date: '2025-04-21' });
    // a headline in capitals right above the dateline stays the headline
    expect(run('TUYÊN QUANG PHÁT ĐỘNG PHONG TRÀO THI ĐUA ĐẶC BIỆT\n\n22/04/2025 09:15\n\nNgày 21/4, UBND tỉnh phát động thi đua.\n').document.title).toBe('TUYÊN QUANG PHÁT ĐỘNG PHONG TRÀO THI ĐUA ĐẶC BIỆT');
  });
  it('a site toolbar between the dateline and the headline is skipped; the headline and the lead\'s event date are read', () => {
    const r = run('Trang chủ » Tin tức » Thi đua\nThứ Tư, 20/03/2024 - 09:15\nCỡ chữ: A A A  |  In bài  |  Chia sẻ\nHuyện Bảo Lâm phát động thi đua xây dựng nông thôn mới\n(Baolamdong.vn) - Sáng 19/3, UBND huyện Bảo Lâm tổ chức lễ phát động phong trào thi đua.\n');
    expect(r.document).toMatchObject({ title: 'Huyện Bảo Lâm phát động thi đua xây dựng nông thôn mới', publishedAt: '2024-03-20T09:15', date: '2024-03-19' });
  });
  it('a lead\'s date after a weekday ("Chiều thứ Hai (18/3)") or before "vừa qua" ("Ngày 15/3 vừa qua") is the event date', () => {
    expect(article('Thứ Năm, ngày 21 tháng 3 năm 2024', 'Chiều thứ Hai (18/3)').date).toBe('2024-03-18');
    expect(article('Thứ Năm, ngày 21 tháng 3 năm 2024', 'Sáng Chủ nhật (17/3)').date).toBe('2024-03-17');
    expect(article('Thứ Năm, ngày 21 tháng 3 năm 2024', 'Ngày 15/3 vừa qua').date).toBe('2024-03-15');
  });
  it('a labelled publication line at the page\'s foot ("Ngày đăng: 13/03/2024 08:45 | Lượt xem: 356") is the publication date', () => {
    const page = (foot: string) => run(`Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ\n\nHuyện Cẩm Xuyên phát động phong trào thi đua xây dựng nông thôn mới\n\nSáng 12/3, UBND huyện Cẩm Xuyên tổ chức lễ phát động phong trào thi đua năm 2024.\n\nNăm 2024, huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao.\n\nPhát biểu tại buổi lễ, Chủ tịch UBND huyện Lê Văn Giang đề nghị các xã tập trung nguồn lực.\n\nCác xã ký cam kết thi đua.\n\nNgọc Hà\n\n${foot}\n`).document;
    expect(page('Ngày đăng: 13/03/2024 08:45 | Lượt xem: 356')).toMatchObject({ title: 'Huyện Cẩm Xuyên phát động phong trào thi đua xây dựng nông thôn mới', publishedAt: '2024-03-13T08:45', date: '2024-03-12' });
    // an unlabelled date at the foot (a related link's) is not the page's
    expect(page('Bình Sơn ra quân xây dựng nông thôn mới (10/01/2024)').publishedAt).toBeNull();
  });
  it('a lead\'s date followed by the lunar day in parentheses ("Sáng 14-2 (mùng 5 Tết Giáp Thìn)") is the event date', () => {
    expect(article('Thứ Năm, ngày 15/02/2024 - 08:30', 'Sáng 14-2 (mùng 5 Tết Giáp Thìn)').date).toBe('2024-02-14');
    expect(article('Thứ Năm, ngày 15/02/2024 - 08:30', 'Tối 9/2 (tức 30 Tết)').date).toBe('2024-02-09');
  });
  it('with neither a dateline nor a year in the title, the year the lead names places its day and month', () => {
    expect(run('Yên Thành phát động thi đua xây dựng nông thôn mới\n\nSáng 14/3, UBND huyện Yên Thành tổ chức lễ phát động phong trào thi đua năm 2024.\n').document.date).toBe('2024-03-14');
    expect(run('Yên Thành phát động thi đua xây dựng nông thôn mới\n\nSáng 14/3, UBND huyện Yên Thành tổ chức lễ phát động phong trào thi đua.\n').document.date).toBeNull();
  });
  it('with no dateline, a day and month in the lead fall in the title\'s year, not the year after', () => {
    const r = run('Quảng Nam phát động thi đua năm 2024\n\nChiều 13-3, UBND tỉnh Quảng Nam tổ chức hội nghị phát động phong trào thi đua năm 2024.\n');
    expect(r.document.date).toBe('2024-03-13');
  });
});

describe('a joint text\'s header, two organs on one line', () => {
  it('the first organ is the issuer, the second is named in a warning with the first one\'s place; a dash inside one name does not split it', async () => {
    const { organsFromBlock } = await import('../src/structure/issuer.js');
    expect(organsFromBlock(['BAN CHẤP HÀNH ĐOÀN TỈNH BẮC NINH - SỞ GIÁO DỤC VÀ ĐÀO TẠO'])).toEqual(['Ban Chấp hành Đoàn tỉnh Bắc Ninh', 'Sở Giáo dục và Đào tạo tỉnh Bắc Ninh']);
    expect(organsFromBlock(['BAN THI ĐUA - KHEN THƯỞNG', 'TRUNG ƯƠNG'])).toEqual(['Ban Thi đua - Khen thưởng Trung ương']);
    expect(organsFromBlock(['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'])).toEqual(['Bộ Lao động - Thương binh và Xã hội']);
    const out = run('BAN CHẤP HÀNH ĐOÀN TỈNH BẮC NINH - SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 12/KHLT-TĐTN-SGDĐT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBắc Ninh, ngày 15 tháng 01 năm 2024\n\nKẾ HOẠCH LIÊN TỊCH\nTổ chức phong trào thi đua năm học 2023 - 2024\n\nI. MỤC ĐÍCH\nGiáo dục học sinh.\n');
    expect(out.issuer.organization).toBe('Ban Chấp hành Đoàn tỉnh Bắc Ninh');
    expect(out.warnings.some((w) => w.includes('Sở Giáo dục và Đào tạo tỉnh Bắc Ninh'))).toBe(true);
  });
  it('an organ and its own office on one line ("UBND TỈNH BẮC NINH - SỞ NỘI VỤ") are a flattened two-line header, not a joint one', async () => {
    const { organsFromBlock } = await import('../src/structure/issuer.js');
    expect(organsFromBlock(['UBND TỈNH BẮC NINH - SỞ NỘI VỤ'])).toEqual(['Sở Nội vụ tỉnh Bắc Ninh']);
    expect(organsFromBlock(['TỈNH ỦY NGHỆ AN - BAN TUYÊN GIÁO'])).toEqual(['Ban Tuyên giáo Tỉnh ủy Nghệ An']);
    expect(organsFromBlock(['UBND TỈNH BÀ RỊA - VŨNG TÀU - SỞ NỘI VỤ'])).toEqual(['Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu']);
    expect(organsFromBlock(['BỘ CÔNG AN - CÔNG AN TỈNH NGHỆ AN'])).toEqual(['Công an tỉnh Nghệ An']);
    // (two ministries are a joint text's)
    expect(organsFromBlock(['BỘ NỘI VỤ - BỘ TÀI CHÍNH'])).toEqual(['Bộ Nội vụ', 'Bộ Tài chính']);
    expect(organsFromBlock(['LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN - SỞ Y TẾ'])).toEqual(['Liên đoàn Lao động tỉnh Nghệ An', 'Sở Y tế tỉnh Nghệ An']);
  });
  it('the names may end on one place on the next line ("… - CÔNG ĐOÀN NGÀNH GIÁO DỤC" / "TỈNH LẠNG SƠN")', async () => {
    const { organsFromBlock } = await import('../src/structure/issuer.js');
    expect(organsFromBlock(['SỞ GIÁO DỤC VÀ ĐÀO TẠO - CÔNG ĐOÀN NGÀNH GIÁO DỤC', 'TỈNH LẠNG SƠN'])).toEqual(['Sở Giáo dục và Đào tạo tỉnh Lạng Sơn', 'Công đoàn ngành giáo dục tỉnh Lạng Sơn']);
  });
  it('the signature read is the leading organ\'s, by the organ it signs for or its head\'s position, whichever block comes first', () => {
    const head = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO - CÔNG ĐOÀN NGÀNH GIÁO DỤC\nTỈNH LẠNG SƠN\nSố: 150/KHLT-SGDĐT-CĐN\nLạng Sơn, ngày 10 tháng 10 năm 2024\n\nKẾ HOẠCH LIÊN TỊCH\nTổ chức phong trào thi đua năm học 2024 - 2025\n\n1. Mục đích\nKhơi dậy tinh thần sáng tạo.\n\n';
    const union = 'TM. BCH CÔNG ĐOÀN NGÀNH\nCHỦ TỊCH\n\nHoàng Văn Nam\n\n';
    const department = 'GIÁM ĐỐC SỞ\n\nNguyễn Thị Thúy\n\n';
    for (const end of [union + department, department + union]) {
      expect(run(head + end).issuer).toEqual({ organization: 'Sở Giáo dục và Đào tạo tỉnh Lạng Sơn', position: 'Giám đốc', signer: 'Nguyễn Thị Thúy' });
    }
  });
});

describe('a party bloc\'s committee, and places named like a province', () => {
  it('"ĐẢNG BỘ TỈNH LÂM ĐỒNG" / "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" takes the province of the party organization above it', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH'])).toBe('Đảng ủy Khối các cơ quan tỉnh Lâm Đồng');
    expect(organFromBlock(['ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH'])).toBe('Đảng ủy Khối doanh nghiệp tỉnh');
  });
  it('"Hồ Chí Minh" in a text (the President, his thought, the Youth Union) is not the province of a "tỉnh"', async () => {
    const { dominantPlace } = await import('../src/structure/issuer.js');
    expect(dominantPlace('học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Đoàn TNCS Hồ Chí Minh; Lâm Đồng', 'tỉnh')).toBe('Lâm Đồng');
    expect(dominantPlace('tư tưởng Hồ Chí Minh, Đoàn TNCS Hồ Chí Minh', 'tỉnh')).toBeNull();
  });
});

describe('an institution named in a news lead', () => {
  it('a name in sentence case runs on through its words in lower case, and stops at a verb ("tổ chức")', () => {
    const out = run('Công ty Điện lực Thanh Hóa phát động thi đua cao điểm mùa khô năm 2024\nNgày đăng: 08/04/2024\n\n(PC Thanh Hóa) - Chiều ngày 5/4/2024, Công ty Điện lực Thanh Hóa tổ chức Lễ phát động phong trào thi đua cao điểm mùa khô năm 2024.\n\nPhát biểu tại buổi lễ, ông Lê Văn Tuấn, Giám đốc Công ty đề nghị các đơn vị đẩy mạnh thi đua.\n');
    expect(out.issuer.organization).toBe('Công ty Điện lực Thanh Hóa');
  });
  it('a site\'s search box ("Tìm kiếm...") above the headline is furniture', () => {
    const out = run('Trang chủ | Tin tức | Thi đua - Khen thưởng | Liên hệ\nTìm kiếm...\n\nCông ty Điện lực Thanh Hóa phát động thi đua cao điểm mùa khô năm 2024\nNgày đăng: 08/04/2024 | Lượt xem: 356\n\n(PC Thanh Hóa) - Chiều ngày 5/4/2024, Công ty Điện lực Thanh Hóa tổ chức Lễ phát động phong trào thi đua.\n');
    expect(out.document.title).toBe('Công ty Điện lực Thanh Hóa phát động thi đua cao điểm mùa khô năm 2024');
  });
});

describe('a youth union\'s launch, "Lễ ra quân"', () => {
  it('the organ that holds the launch is the issuer, and its head named with the organ in lower case ("Bí thư Thành đoàn X") is found', () => {
    const out = run('Thành đoàn Đà Nẵng ra quân chiến dịch tình nguyện hè 2024\n\nCập nhật: 09:15 ngày 25/05/2024\n\nSáng 25/5, tại Công viên APEC, Thành đoàn Đà Nẵng tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024.\n\nTheo Bí thư Thành đoàn Lê Công Hùng, chiến dịch đặt chỉ tiêu trồng 10.000 cây xanh.\n');
    expect(out.issuer).toEqual({ organization: 'Thành Đoàn Đà Nẵng', position: 'Bí thư', signer: 'Lê Công Hùng' });
  });
});

describe('the head of state or of the Party launches', () => {
  const issuer = (lead: string, speech: string) => run(`Phát động phong trào thi đua yêu nước\n\nThứ Sáu, 11/06/2021 - 09:30\n\n(Chinhphu.vn) - ${lead}\n\n${speech}\n\nThu Hà\n`).issuer;
  it('"Chủ tịch nước X … phát động": the office is the issuing authority; "Tổng Bí thư X … kêu gọi": the Central Committee', () => {
    expect(issuer('Sáng 11/6, tại Hà Nội, Chủ tịch nước Nguyễn Xuân Phúc dự Đại hội Thi đua yêu nước toàn quốc lần thứ X và phát động phong trào thi đua yêu nước giai đoạn 2021 - 2025.', 'Đại hội diễn ra trong một ngày.'))
      .toEqual({ organization: 'Chủ tịch nước', position: 'Chủ tịch nước', signer: 'Nguyễn Xuân Phúc' });
    expect(issuer('Sáng 11/6, tại Hà Nội, diễn ra Đại hội Thi đua yêu nước toàn quốc lần thứ X.', 'Phát biểu tại Đại hội, Tổng Bí thư Nguyễn Phú Trọng kêu gọi toàn Đảng, toàn dân thi đua.'))
      .toEqual({ organization: 'Ban Chấp hành Trung ương Đảng', position: 'Tổng Bí thư', signer: 'Nguyễn Phú Trọng' });
  });
  it('one whose call is answered is not the issuer', () => {
    expect(issuer('Hưởng ứng lời kêu gọi của Tổng Bí thư Nguyễn Phú Trọng, UBND tỉnh Nghệ An phát động phong trào thi đua.', 'Hội nghị diễn ra trong một ngày.').organization)
      .toBe('Ủy ban nhân dân tỉnh Nghệ An');
  });
});

describe('a headline with the site\'s name after it', () => {
  const title = (h: string) => run(`${h}\n\n12/03/2024 14:05 GMT+7\n\nNgày 11/3, Hội Nông dân tỉnh tổ chức hội nghị phát động phong trào thi đua năm 2024.\n\nMinh Thu\n`).document.title;
  it('"… - Báo X điện tử", "… | Cổng thông tin …", "… - site.vn" are dropped; a dash inside the headline stays', () => {
    expect(title('Hội Nông dân tỉnh Thái Bình phát động thi đua sản xuất, kinh doanh giỏi - Báo Thái Bình điện tử')).toBe('Hội Nông dân tỉnh Thái Bình phát động thi đua sản xuất, kinh doanh giỏi');
    expect(title('Sở Nội vụ phát động thi đua năm 2024 | Cổng thông tin điện tử tỉnh Phú Yên')).toBe('Sở Nội vụ phát động thi đua năm 2024');
    expect(title('Tỉnh đoàn ra quân Tháng Thanh niên - baothaibinh.com.vn')).toBe('Tỉnh đoàn ra quân Tháng Thanh niên');
    expect(title('Phát động thi đua “Dạy tốt - Học tốt” năm học 2024 - 2025')).toBe('Phát động thi đua “Dạy tốt - Học tốt” năm học 2024 - 2025');
  });
});

describe('a news agency\'s dateline in the lead', () => {
  it('"Hà Nội, 5/3 (TTXVN) - …": the event\'s day, its year from the headline', () => {
    const doc = (lead: string) => run(`Ngành Y tế Hà Nội phát động thi đua năm 2024\n\n${lead} Sở Y tế Hà Nội vừa tổ chức hội nghị phát động phong trào thi đua năm 2024.\n\nThu Hà\n`).document;
    expect(doc('Hà Nội, 5/3 (TTXVN) -').date).toBe('2024-03-05');
    expect(doc('Cần Thơ, ngày 12/4 (VNA) –').date).toBe('2024-04-12');
    // (a place and a day without an agency's tag are no dateline of this kind)
    expect(doc('Hà Nội, 5/3 -').date).toBeNull();
  });
});

describe('a ministry named short in news', () => {
  it('"Bộ GD&ĐT tổ chức lễ phát động …": the ministry by its full name, and its minister', () => {
    const out = run('Phát động thi đua năm học mới\n\n06/09/2024 08:00\n\nSáng 5/9, Bộ GD&ĐT tổ chức lễ phát động phong trào thi đua năm học mới. Bộ trưởng Bộ GD&ĐT Nguyễn Kim Sơn phát biểu chỉ đạo.\n\nNgọc Anh\n');
    expect(out.issuer).toEqual({ organization: 'Bộ Giáo dục và Đào tạo', position: 'Bộ trưởng', signer: 'Nguyễn Kim Sơn' });
  });
});

describe('a title in capitals over two lines', () => {
  const title = (lines: string) => run(`UBND TỈNH PHÚ THỌ\nSố: 12/KH-UBND\nPhú Thọ, ngày 5 tháng 2 năm 2024\n\nKẾ HOẠCH\n${lines}\n\nI. MỤC ĐÍCH\nNội dung.\n`).document.title;
  it('goes on while a quotation is open or the line ends on a word that cannot end it', () => {
    expect(title('TỔ CHỨC PHONG TRÀO THI ĐUA “PHÚ THỌ CHUNG SỨC\nXÂY DỰNG NÔNG THÔN MỚI” NĂM 2024')).toBe('TỔ CHỨC PHONG TRÀO THI ĐUA “PHÚ THỌ CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI” NĂM 2024');
    expect(title('PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN\nNHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024')).toBe('PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024');
    // (a closed title in capitals does not take the next line in capitals)
    expect(title('PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2024\nỦY BAN NHÂN DÂN TỈNH PHÚ THỌ')).toBe('PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2024');
  });
});

describe('dateline labels', () => {
  it('"Cập nhật ngày:", "Thời gian đăng:", "Xuất bản ngày" label a page\'s publication date', () => {
    const doc = (dl: string) => run(`Sở Nội vụ phát động thi đua năm 2024\n\n${dl}\n\nVừa qua, Sở Nội vụ tổ chức phát động thi đua năm 2024.\n\nMinh Anh\n`).document;
    expect(doc('Cập nhật ngày: 12/03/2024')).toMatchObject({ date: '2024-03-12', publishedAt: '2024-03-12' });
    expect(doc('Thời gian đăng: 12/03/2024 08:00')).toMatchObject({ date: '2024-03-12', publishedAt: '2024-03-12T08:00' });
    expect(doc('Xuất bản ngày 12/03/2024').publishedAt).toBe('2024-03-12');
  });
  it('a weekday written short ("T3, 12/03/2024 08:00", "CN, 10/03/2024") is a dateline\'s, not a place', () => {
    const doc = (dl: string) => run(`Sở Nội vụ phát động thi đua năm 2024\n\n${dl}\n\nVừa qua, Sở Nội vụ tổ chức phát động thi đua năm 2024.\n\nMinh Anh\n`).document;
    expect(doc('T3, 12/03/2024 08:00')).toMatchObject({ kind: 'article', place: null, publishedAt: '2024-03-12T08:00' });
    expect(doc('CN, 10/03/2024 - 20:15')).toMatchObject({ kind: 'article', place: null, publishedAt: '2024-03-10T20:15' });
  });
});

describe('the type and its title on one line', () => {
  const md = '# KẾ HOẠCH Tổ chức phong trào thi đua "Phụ nữ tích cực học tập" năm 2024\n\n**HỘI LHPN TỈNH NAM ĐỊNH**\n\n**Số: 08/KH-HPN** — *Nam Định, ngày 20 tháng 01 năm 2024*\n\nThực hiện kế hoạch của Trung ương Hội, Ban Thường vụ xây dựng kế hoạch như sau:\n\n## I. MỤC ĐÍCH\n\nNội dung.\n';
  it('"# KẾ HOẠCH Tổ chức …": the kind, the title in sentence case, and the organ under it', () => {
    const out = run(md);
    expect(out.document).toMatchObject({ kind: 'ke-hoach', title: 'Tổ chức phong trào thi đua "Phụ nữ tích cực học tập" năm 2024', number: '08/KH-HPN' });
    expect(out.issuer.organization).toBe('Hội Liên hiệp Phụ nữ tỉnh Nam Định');
  });
  it('a line in capitals throughout is no such line ("KẾ HOẠCH THI ĐUA" is not type and title)', () => {
    const out = run('UBND TỈNH NAM ĐỊNH\nSố: 08/KH-UBND\nNam Định, ngày 20 tháng 01 năm 2024\n\nKẾ HOẠCH THI ĐUA NĂM 2024\n\nI. MỤC ĐÍCH\nNội dung.\n');
    expect(out.document.title).toBeNull();
  });
});

describe('the number and the dateline flattened on one line by OCR', () => {
  it('"Số: 86 /KH-UBND Tam Đảo, ngày 2O tháng 3 năm 2O24": the place and date after the number', () => {
    const out = run('UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN TAM ĐẢO Độc lập - Tự do - Hạnh phúc\n\nSố: 86 /KH-UBND Tam Đảo, ngày 2O tháng 3 năm 2O24\n\nKẾ HOẠCH\nVề việc thi đua\n\nI. MỤC ĐÍCH\nNội dung.\n');
    expect(out.document).toMatchObject({ number: '86/KH-UBND', place: 'Tam Đảo', date: '2024-03-20' });
  });
});

describe('a newspaper\'s name above the headline', () => {
  it('"Báo Bắc Ninh" alone on a line is the site\'s masthead, not the headline', () => {
    const out = run('Báo Bắc Ninh\nThứ năm, 14/03/2024 | 15:42\n\nBắc Ninh: Phát động Tháng Thanh niên năm 2024\n\nTối 1/3, Tỉnh Đoàn Bắc Ninh tổ chức Lễ phát động Tháng Thanh niên năm 2024.\n\nMinh Anh\n');
    expect(out.document.title).toBe('Bắc Ninh: Phát động Tháng Thanh niên năm 2024');
  });
  it('a headline that opens on a newspaper\'s name and goes on to a verb stays the headline', () => {
    const out = run('Báo Nhân Dân phát động thi đua năm 2024\n\n12/03/2024 08:00\n\nSáng 12/3, Báo Nhân Dân tổ chức phát động thi đua năm 2024.\n\nMinh Anh\n');
    expect(out.document.title).toBe('Báo Nhân Dân phát động thi đua năm 2024');
  });
});

describe('a signing position and its signer on one line', () => {
  const signOf = (sig: string) => run(`UBND TỈNH NGHỆ AN\nSỞ VĂN HÓA VÀ THỂ THAO\nSố: 10/KH-SVHTT\nNghệ An, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nVề thi đua\n\n1. Thi đua tốt.\n\n${sig}\n`).issuer;
  it('a table cell or an OCR line "GIÁM ĐỐC Trần Chí Cường" is the position and the name', () => {
    expect(signOf('| Nơi nhận: - UBND tỉnh; - Lưu: VT. | GIÁM ĐỐC Trần Chí Cường |\n|---|---|')).toMatchObject({ position: 'Giám đốc', signer: 'Trần Chí Cường' });
    expect(signOf('Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Nguyễn Văn An')).toMatchObject({ position: 'Phó Giám đốc', signer: 'Nguyễn Văn An' });
    expect(signOf('Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC BS.CKII. Phạm Văn Hải')).toMatchObject({ position: 'Giám đốc', signer: 'Phạm Văn Hải' });
  });
  it('"KT. CHỦ TỊCH PHÓ CHỦ TỊCH" on one line: the deputy signs; "TM. … KT. …" on one line too', () => {
    expect(signOf('Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC PHÓ GIÁM ĐỐC\nNguyễn Văn An')).toMatchObject({ position: 'Phó Giám đốc', signer: 'Nguyễn Văn An' });
    expect(signOf('Nơi nhận:\n- Lưu: VT.\nTM. BAN GIÁM ĐỐC KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC\nNguyễn Văn An')).toMatchObject({ position: 'Phó Giám đốc', signer: 'Nguyễn Văn An' });
  });
});

describe('news: a school\'s head named as head of "Nhà trường"', () => {
  it('"PGS.TS Trần Trung Tính, Hiệu trưởng Nhà trường" is the school\'s head, either case', () => {
    for (const school of ['Nhà trường', 'nhà trường']) {
      const out = run(`Trường Đại học Cần Thơ phát động thi đua năm học 2024 - 2025\n\nNgày đăng: 20/09/2024\n\nChiều 18/9/2024, Trường Đại học Cần Thơ tổ chức phát động phong trào thi đua.\n\nPGS.TS Trần Trung Tính, Hiệu trưởng ${school} phát biểu phát động thi đua.\n\nPhòng Công tác Sinh viên\n`);
      expect(out.issuer).toEqual({ organization: 'Trường Đại học Cần Thơ', position: 'Hiệu trưởng', signer: 'Trần Trung Tính' });
    }
  });
});

describe('news: a youth leader named with "Anh" or "Chị", in bold', () => {
  it('"Anh **Rơ Mah Tuấn**, Bí thư Tỉnh Đoàn" is the head', () => {
    for (const who of ['Anh **Rơ Mah Tuấn**', 'Chị Rơ Mah Tuấn']) {
      const out = run(`# Tỉnh Đoàn Gia Lai phát động Tháng Thanh niên năm 2024\n\n*Cập nhật: 02/03/2024 14:20*\n\nSáng 2/3, **Tỉnh Đoàn Gia Lai** tổ chức Lễ ra quân Tháng Thanh niên năm 2024.\n\n${who}, Bí thư Tỉnh Đoàn phát biểu tại buổi lễ.\n`);
      expect(out.issuer).toEqual({ organization: 'Tỉnh Đoàn Gia Lai', position: 'Bí thư', signer: 'Rơ Mah Tuấn' });
    }
  });
});

describe('news: the head of a district youth union named by the committee alone', () => {
  it('"Anh Lê Văn Hưng, Bí thư Huyện Đoàn" after "Huyện Đoàn Krông Pắc tổ chức …" heads it', () => {
    const out = run('Huyện Krông Pắc ra quân Chiến dịch Thanh niên tình nguyện hè 2024\n\n25/05/2024 08:00\n\nSáng 25/5, Huyện Đoàn Krông Pắc tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024.\n\nAnh Lê Văn Hưng, Bí thư Huyện Đoàn cho biết chiến dịch sẽ kéo dài đến hết ngày 31/8/2024.\n');
    expect(out.issuer).toEqual({ organization: 'Huyện Đoàn Krông Pắc', position: 'Bí thư', signer: 'Lê Văn Hưng' });
  });
});

describe('news: the head of government issuing the directive the news reports', () => {
  it('"Thủ tướng Chính phủ Phạm Minh Chính vừa ký ban hành Chỉ thị số 05/CT-TTg …"', () => {
    const out = run('Thủ tướng ban hành Chỉ thị về thi đua\n\n14/02/2024 16:05\n\n(Chinhphu.vn) - Thủ tướng Chính phủ Phạm Minh Chính vừa ký ban hành Chỉ thị số 05/CT-TTg ngày 13/02/2024 về đẩy mạnh phong trào thi đua yêu nước.\n\nThu Giang\n');
    expect(out.issuer).toEqual({ organization: 'Chính phủ', position: 'Thủ tướng', signer: 'Phạm Minh Chính' });
  });
  it('one who only receives a text is not its issuer ("Thủ tướng … dự hội nghị")', () => {
    const out = run('Hội nghị tổng kết thi đua\n\n14/02/2024 16:05\n\nThủ tướng Chính phủ Phạm Minh Chính dự hội nghị tổng kết công tác năm 2023.\n\nThu Giang\n');
    expect(out.issuer.organization).toBeNull();
  });
});

describe('a slogan without quotes after a verb of choosing', () => {
  const th = (l: string) => run(`KẾ HOẠCH\nThi đua năm 2024\n\n${l}\n\nI. MỤC ĐÍCH\nNội dung.`).themes.map((t) => [t.kind, t.text]);
  it('"UBND tỉnh chọn chủ đề: Kỷ cương, …." and "lấy khẩu hiệu: …" to the sentence\'s end', () => {
    expect(th('Năm 2024, UBND tỉnh chọn chủ đề: Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển bền vững.')).toEqual([['chủ đề', 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển bền vững']]);
    expect(th('Toàn ngành lấy khẩu hiệu: Dân biết, dân bàn, dân làm.')).toEqual([['khẩu hiệu', 'Dân biết, dân bàn, dân làm']]);
  });
  it('without the colon it is no slogan ("chọn chủ đề phù hợp với đơn vị")', () => {
    expect(th('Các đơn vị chọn chủ đề phù hợp với đơn vị mình.')).toEqual([]);
  });
});

describe('an administrative notice of conclusions', () => {
  const doc = 'ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG KHƯƠNG\nSố: 312/TB-UBND Mường Khương, ngày 14 tháng 3 năm 2025\nTHÔNG BÁO\nKết luận của đồng chí Chủ tịch UBND huyện tại buổi làm việc với xã Bản Lầu về công tác xây dựng nông thôn mới\nNgày 10/3/2025, đồng chí Giàng Seo Vần - Chủ tịch UBND huyện chủ trì buổi làm việc với Đảng ủy, UBND xã Bản Lầu. Sau khi nghe báo cáo, đồng chí Chủ tịch UBND huyện kết luận như sau:\nI. ĐÁNH GIÁ CHUNG\nXã đã đạt 15/19 tiêu chí.\n';
  it('"Kết luận của đồng chí Chủ tịch … tại buổi làm việc … về …" is the whole trích yếu (not a party author line)', () => {
    expect(run(doc).document.title).toBe('Kết luận của đồng chí Chủ tịch UBND huyện tại buổi làm việc với xã Bản Lầu về công tác xây dựng nông thôn mới');
  });
  it('the body set right under it without a blank line ("Ngày 10/3/2025, đồng chí …") is not part of it', () => {
    expect(run(doc.replace(' về công tác xây dựng nông thôn mới\n', '\n')).document.title).toBe('Kết luận của đồng chí Chủ tịch UBND huyện tại buổi làm việc với xã Bản Lầu');
  });
});

describe('a report in parts', () => {
  const doc = 'ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 88/BC-UBND\nBắc Kạn, ngày 28 tháng 11 năm 2024\nBÁO CÁO\nTổng kết công tác thi đua, khen thưởng năm 2024; phương hướng, nhiệm vụ năm 2025\nPhần thứ nhất\nKẾT QUẢ NĂM 2024\nI. CÔNG TÁC CHỈ ĐẠO\nNội dung.\nPhần thứ hai\nPHƯƠNG HƯỚNG NĂM 2025\nI. PHƯƠNG HƯỚNG\nNội dung.\n';
  it('"Phần thứ nhất" under the trích yếu is the first part, not the title\'s last line', () => {
    const o = run(doc);
    expect(o.document.title).toBe('Tổng kết công tác thi đua, khen thưởng năm 2024; phương hướng, nhiệm vụ năm 2025');
    expect(o.sections.map((s) => [s.path, s.marker, s.children.map((c) => c.path)])).toEqual([['1', 'Phần thứ nhất', ['1.1']], ['2', 'Phần thứ hai', ['2.1']]]);
  });
});

describe('a site\'s name in capitals right above the headline', () => {
  it('"SỞ Y TẾ TỈNH KHÁNH HÒA / Ngành Y tế Khánh Hòa phát động … / Ngày đăng: …": the headline is the line above the dateline', () => {
    const o = run('Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ\nTìm kiếm...\nSỞ Y TẾ TỈNH KHÁNH HÒA\nNgành Y tế Khánh Hòa phát động thi đua "Lương y như từ mẫu" năm 2025\nNgày đăng: 10/01/2025\nSáng 9/1, Sở Y tế tỉnh Khánh Hòa tổ chức hội nghị.\n');
    expect([o.document.title, o.document.publishedAt]).toEqual(['Ngành Y tế Khánh Hòa phát động thi đua "Lương y như từ mẫu" năm 2025', '2025-01-10']);
  });
  it('a headline in capitals with its dateline under it stays the headline', () => {
    const o = run('TỈNH ĐOÀN PHÁT ĐỘNG THÁNG THANH NIÊN NĂM 2025\nNgày đăng: 02/03/2025\nSáng 2/3, Tỉnh đoàn tổ chức lễ ra quân.\n');
    expect(o.document.title).toBe('TỈNH ĐOÀN PHÁT ĐỘNG THÁNG THANH NIÊN NĂM 2025');
  });
});

describe('a congress resolution', () => {
  const doc = 'ĐẢNG BỘ TỈNH QUẢNG TRỊ\nĐẢNG BỘ HUYỆN HẢI LĂNG\n*\nSố 05-NQ/ĐH\nĐẢNG CỘNG SẢN VIỆT NAM\nHải Lăng, ngày 20 tháng 8 năm 2025\nNGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HẢI LĂNG LẦN THỨ XXI, NHIỆM KỲ 2025 - 2030\nĐại hội đại biểu Đảng bộ huyện Hải Lăng lần thứ XXI, nhiệm kỳ 2025 - 2030 họp từ ngày 18 đến ngày 20 tháng 8 năm 2025,\nQUYẾT NGHỊ:\n1. Tán thành những nội dung cơ bản của báo cáo.\n2. Đại hội giao Ban Chấp hành Đảng bộ huyện tổ chức thực hiện.\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HẢI LĂNG LẦN THỨ XXI\n';
  it('the title in capitals is not continued by the preamble\'s sentence under it', () => {
    expect(run(doc).document.title).toBe('ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HẢI LĂNG LẦN THỨ XXI, NHIỆM KỲ 2025 - 2030');
  });
  it('the congress signing by its name at the foot is not the last section\'s text', () => {
    expect(run(doc).sections.at(-1)!.text).toBe('Đại hội giao Ban Chấp hành Đảng bộ huyện tổ chức thực hiện.');
  });
});

describe('numbered districts and wards', () => {
  it('a formal text of "ỦY BAN NHÂN DÂN / QUẬN 8": the organ and the place are "Quận 8"', () => {
    const o = run('ỦY BAN NHÂN DÂN\nQUẬN 8\nSố: 12/KH-UBND\nQuận 8, ngày 05 tháng 02 năm 2025\nKẾ HOẠCH\nPhát động thi đua năm 2025\nI. MỤC ĐÍCH\nNội dung.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hòa\n');
    expect([o.issuer.organization, o.document.place, o.document.date]).toEqual(['Ủy ban nhân dân Quận 8', 'Quận 8', '2025-02-05']);
  });
  it('an article: "Ông Lê Văn Hòa, Chủ tịch UBND Quận 8 kêu gọi …", "Chủ tịch UBND phường 12 Nguyễn Văn An phát động …"', () => {
    const a = run('Quận 8 phát động thi đua\nThứ Tư, 05/02/2025, 16:05 (GMT+7)\nNgày 5-2, UBND Quận 8 tổ chức lễ phát động phong trào thi đua.\nÔng Lê Văn Hòa, Chủ tịch UBND Quận 8 kêu gọi nhân dân tích cực hưởng ứng phong trào.\n');
    expect(a.issuer).toEqual({ organization: 'Ủy ban nhân dân Quận 8', position: 'Chủ tịch', signer: 'Lê Văn Hòa' });
    const b = run('Phường 12 ra quân\n\nSáng 5/2/2025, Chủ tịch UBND phường 12 Nguyễn Văn An phát động phong trào thi đua.\n');
    expect(b.issuer).toEqual({ organization: 'Ủy ban nhân dân Phường 12', position: 'Chủ tịch', signer: 'Nguyễn Văn An' });
  });
  it('a lead that opens on its date with a numbered district as its subject is not a dateline ("Ngày 5/2/2025, UBND Quận 8 tổ chức …")', () => {
    const o = run('Ra quân thi đua\n\nNgày 5/2/2025, UBND Quận 8 tổ chức lễ phát động phong trào thi đua.\n');
    expect([o.document.publishedAt, o.issuer.organization]).toEqual([null, 'Ủy ban nhân dân Quận 8']);
  });
});

describe('more issuers', () => {
  it('an association\'s committee written in one block ("BCH HỘI NÔNG DÂN TỈNH ĐỒNG THÁP") keeps the association\'s casing', () => {
    const o = run('HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH ĐỒNG THÁP\n***\nSố: 52-KH/HNDT\nĐồng Tháp, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nTổ chức phong trào thi đua năm 2025\n\nI. MỤC ĐÍCH\nNội dung.\n');
    expect(o.issuer.organization).toBe('Ban Chấp hành Hội Nông dân tỉnh Đồng Tháp');
  });
  it('a bank launches a campaign, its chairman speaks for it', () => {
    const o = run('Ngân hàng phát động thi đua cao điểm\n\n22/09/2025 16:40\n\nNgày 20/9/2025, Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank) tổ chức Lễ phát động thi đua cao điểm 100 ngày đêm.\n\nPhát biểu tại buổi lễ, Chủ tịch Hội đồng thành viên Agribank Phạm Đức Ấn kêu gọi cán bộ thi đua.\n');
    expect(o.issuer).toEqual({ organization: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam', position: 'Chủ tịch Hội đồng thành viên', signer: 'Phạm Đức Ấn' });
  });
  it('a city named short ("tại TP Cần Thơ") completes "Liên đoàn Lao động thành phố"', () => {
    const o = run('Công đoàn phát động Tháng Công nhân\n\n12/02/2025 13:45\n\nChiều 12/2, tại TP Cần Thơ, Liên đoàn Lao động thành phố phát động Tháng Công nhân năm 2025.\n\nÔng Nguyễn Văn Ngàn, Chủ tịch Liên đoàn Lao động thành phố cho biết, công đoàn sẽ thăm hỏi đoàn viên.\n');
    expect(o.issuer.organization).toBe('Liên đoàn Lao động thành phố Cần Thơ');
  });
});

describe('the year a text is about', () => {
  it('is not a comparison\'s base ("kéo giảm 5% … so với cùng kỳ năm 2024" in a 2025 article)', () => {
    const o = run('Bộ Công an phát động thi đua\n\n05/03/2025 11:20\n\nSáng 5/3, Bộ Công an tổ chức Lễ phát động đợt thi đua. Toàn lực lượng phấn đấu kéo giảm 5% số vụ phạm tội so với cùng kỳ năm 2024.\n');
    expect(o.document.year).toBe(2025);
  });
});

describe('a formal text that lost its line breaks', () => {
  const oneLine = 'UBND TỈNH TRÀ VINH SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 1025/KH-SGDĐT Trà Vinh, ngày 20 tháng 9 năm 2024 KẾ HOẠCH Tổ chức phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” năm học 2024 - 2025 I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích Phát huy tinh thần sáng tạo của cán bộ quản lý, giáo viên. 2. Yêu cầu Phong trào được triển khai sâu rộng đến 100% cơ sở giáo dục. II. CHỈ TIÊU 1. 100% trường học xây dựng kế hoạch thực hiện phong trào. 2. Mỗi trường có ít nhất 02 sáng kiến được công nhận cấp cơ sở. 3. Tỷ lệ học sinh lên lớp đạt 98%. III. TỔ CHỨC THỰC HIỆN Phòng Tổ chức cán bộ theo dõi, tổng hợp kết quả. Nơi nhận: - Các phòng GDĐT; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Thị Hồng';
  it('gets its breaks back where the genre puts them', () => {
    expect(restoreLineBreaks(oneLine).split('\n')).toEqual([
      'UBND TỈNH TRÀ VINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Số: 1025/KH-SGDĐT', 'Trà Vinh, ngày 20 tháng 9 năm 2024', 'KẾ HOẠCH',
      'Tổ chức phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” năm học 2024 - 2025', 'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích Phát huy tinh thần sáng tạo của cán bộ quản lý, giáo viên.', '2. Yêu cầu Phong trào được triển khai sâu rộng đến 100% cơ sở giáo dục.',
      'II. CHỈ TIÊU', '1. 100% trường học xây dựng kế hoạch thực hiện phong trào.', '2. Mỗi trường có ít nhất 02 sáng kiến được công nhận cấp cơ sở.',
      '3. Tỷ lệ học sinh lên lớp đạt 98%.', 'III. TỔ CHỨC THỰC HIỆN', 'Phòng Tổ chức cán bộ theo dõi, tổng hợp kết quả.',
      'Nơi nhận:', '- Các phòng GDĐT;', '- Lưu: VT.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Thị Hồng',
    ]);
  });
  it('is then read as the plan it is', () => {
    const o = run(oneLine);
    expect([o.document.kind, o.document.number, o.document.place, o.document.date]).toEqual(['ke-hoach', '1025/KH-SGDĐT', 'Trà Vinh', '2024-09-20']);
    expect(o.issuer).toEqual({ organization: 'Sở Giáo dục và Đào tạo tỉnh Trà Vinh', position: 'Phó Giám đốc', signer: 'Nguyễn Thị Hồng' });
    expect(o.sections.map((s) => s.marker)).toEqual(['I.', 'II.', 'III.']);
    expect(o.targets.map((t) => t.value)).toEqual([100, 2, 98]);
  });
  it('a text with its breaks, or a long line without the motto, is left as it is', () => {
    const withBreaks = oneLine.replace(/ (?=CỘNG HÒA|Số:|KẾ HOẠCH|I\. )/gu, '\n');
    expect(restoreLineBreaks(withBreaks)).toBe(withBreaks);
    const prose = 'Theo kế hoạch, năm 2025 tỉnh phấn đấu tăng trưởng 8%. '.repeat(20);
    expect(restoreLineBreaks(prose)).toBe(prose);
  });
});

describe('a dispatch headed by its signer\'s office', () => {
  it('"BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X": the organ is the ministry or the committee', async () => {
    const { organFromBlock } = await import('../src/structure/issuer.js');
    expect(organFromBlock(['BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'])).toBe('Bộ Nông nghiệp và Môi trường');
    expect(organFromBlock(['CHỦ TỊCH ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH'])).toBe('Ủy ban nhân dân tỉnh Quảng Ninh');
    // (the Prime Minister is an authority of his own)
    expect(organFromBlock(['THỦ TƯỚNG CHÍNH PHỦ'])).toBe('Thủ tướng Chính phủ');
  });
  it('a whole công điện: the ministry, its minister', () => {
    const o = run('BỘ TRƯỞNG BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 03/CĐ-BYT\nHà Nội, ngày 05 tháng 9 năm 2025\n\nCÔNG ĐIỆN\nVề việc phòng, chống dịch sốt xuất huyết\n\n1. Các Sở Y tế tăng cường giám sát.\n\nBỘ TRƯỞNG\n\nĐào Hồng Lan\n');
    expect([o.document.kind, o.issuer.organization, o.issuer.position, o.issuer.signer]).toEqual(['cong-dien', 'Bộ Y tế', 'Bộ trưởng', 'Đào Hồng Lan']);
  });
});

describe('a sector\'s national union and an army command launch in news', () => {
  it('"Công đoàn Giáo dục Việt Nam ban hành kế hoạch phát động …": the union and its chairman', () => {
    const o = run('Công đoàn Giáo dục Việt Nam phát động thi đua năm học mới\n09/09/2025 16:40\nLĐO - Ngày 9.9, Công đoàn Giáo dục Việt Nam ban hành kế hoạch phát động phong trào thi đua năm học 2025 - 2026.\nChủ tịch Công đoàn Giáo dục Việt Nam Nguyễn Ngọc Ân đề nghị các cấp công đoàn cụ thể hóa các nội dung thi đua.\nHải Nguyễn\n');
    expect(o.issuer).toEqual({ organization: 'Công đoàn Giáo dục Việt Nam', position: 'Chủ tịch', signer: 'Nguyễn Ngọc Ân' });
  });
  it('"Bộ Tư lệnh Quân khu 7 tổ chức lễ phát động …": the command, and its commander named before his office', () => {
    const o = run('Quân khu 7 phát động thi đua cao điểm\n\nQĐND - Ngày 20-3-2025, tại TP Hồ Chí Minh, Bộ Tư lệnh Quân khu 7 tổ chức lễ phát động đợt thi đua cao điểm.\n\nPhát động đợt thi đua, Trung tướng Nguyễn Văn Nam, Ủy viên Trung ương Đảng, Tư lệnh Quân khu yêu cầu các đơn vị thực hiện tốt chủ đề thi đua.\n\nTRẦN HƯNG\n');
    expect(o.issuer).toEqual({ organization: 'Bộ Tư lệnh Quân khu 7', position: 'Tư lệnh', signer: 'Nguyễn Văn Nam' });
  });
});

describe('a markdown export sets blank lines inside the trích yếu', () => {
  it('"**KẾT LUẬN**" / "**CỦA BAN THƯỜNG VỤ TỈNH ỦY**" / "" / "**về …**": the title is the "về" line, not the author', () => {
    const o = run('**TỈNH ỦY LÀO CAI**\n\nSố: 25-KL/TU\n\n*Lào Cai, ngày 15 tháng 4 năm 2025*\n\n**KẾT LUẬN**\n\n**CỦA BAN THƯỜNG VỤ TỈNH ỦY**\n\n**về tiếp tục đẩy mạnh phong trào thi đua "Lào Cai chung sức xây dựng nông thôn mới"**\n\n-----\n\nBan Thường vụ Tỉnh ủy kết luận như sau:\n\n**1. Kết quả đạt được**\n\nNội dung.\n');
    expect(o.document.title).toBe('về tiếp tục đẩy mạnh phong trào thi đua "Lào Cai chung sức xây dựng nông thôn mới"');
    expect(o.themes.map((t) => t.text)).toEqual(['Lào Cai chung sức xây dựng nông thôn mới']);
  });
  it('a blank line after the title still ends it when no "về" line follows', () => {
    const o = run('**UBND TỈNH LÀO CAI**\n\nSố: 12/KH-UBND\n\n**KẾ HOẠCH**\n\n**Tổ chức phong trào thi đua năm 2025**\n\nCăn cứ Luật Thi đua, khen thưởng năm 2022;\n\n**I. MỤC ĐÍCH**\n\nNội dung.\n');
    expect(o.document.title).toBe('Tổ chức phong trào thi đua năm 2025');
  });
});

describe('a site\'s account links and share buttons above the headline', () => {
  it('"Đăng nhập | Đăng ký" is no headline; "Chia sẻ: Facebook | Zalo" is dropped, and the text after it stays', () => {
    const out = run('Trang chủ | Thời sự | Chính trị | Kinh tế\nĐăng nhập | Đăng ký\nThời sự > Chính trị\nQuảng Ngãi phát động thi đua năm 2025\nCập nhật: 08:45 | 17/02/2025\nChia sẻ: Facebook | Zalo\nSáng 16/2, UBND tỉnh Quảng Ngãi tổ chức hội nghị phát động phong trào thi đua năm 2025.\n\nTỉnh phấn đấu tăng trưởng GRDP đạt 8,5%.\n\nBình luận (0)\nTin liên quan');
    expect(out.document.title).toBe('Quảng Ngãi phát động thi đua năm 2025');
    expect(out.targets.map((t) => t.value)).toEqual([8.5]);
    expect(run('Đăng nhập / Đăng ký / Tìm kiếm\nTỉnh đoàn phát động Tháng Thanh niên năm 2025\n\n05/03/2025 09:00\n\nSáng 4/3, Tỉnh đoàn tổ chức lễ ra quân Tháng Thanh niên.').document.title).toBe('Tỉnh đoàn phát động Tháng Thanh niên năm 2025');
  });
});
