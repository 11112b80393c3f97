import { describe, expect, it } from 'vitest';
import { definedAbbreviations, expandDefined } from '../src/structure/abbreviations.js';
import { run } from './support/helpers.js';

describe('abbreviations a text defines for itself', () => {
  it('initials in parentheses after the words they stand for are a definition', () => {
    expect(definedAbbreviations('Liên đoàn Lao động (LĐLĐ) tỉnh Thái Bình và Hội Liên hiệp Phụ nữ (HLHPN) huyện')).toEqual([
      ['LĐLĐ', 'Liên đoàn Lao động'], ['HLHPN', 'Hội Liên hiệp Phụ nữ'],
    ]);
    // the initials of the last words only: "Ủy ban Mặt trận Tổ quốc (MTTQ)"
    expect(definedAbbreviations('Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh')).toEqual([['MTTQ', 'Mặt trận Tổ quốc']]);
  });
  it('initials that do not spell the words before are not ("(GRDP)", "(Ban TĐKT)", lower-case words)', () => {
    expect(definedAbbreviations('tốc độ tăng trưởng kinh tế (GRDP) đạt 7%; Sở Nội vụ (Ban TĐKT) chủ trì; các công đoàn cơ sở (CĐCS)')).toEqual([]);
  });
  it('written out: the definition dropped, later uses replaced, other capitals left alone', () => {
    expect(expandDefined('Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức. Chủ tịch LĐLĐ tỉnh và LĐLĐVN phát biểu.'))
      .toBe('Liên đoàn Lao động tỉnh tổ chức. Chủ tịch Liên đoàn Lao động tỉnh và LĐLĐVN phát biểu.');
  });
});

describe('a news issuer through the text’s own abbreviations, past the guests', () => {
  const article = (lead: string) => run(`Thái Bình phát động đợt thi đua cao điểm\n\nNgày đăng: 18/04/2024 | Lượt xem: 1.234\n\n${lead}`);
  it('the organ named with its initials launches; its head is named by those initials', () => {
    const o = article('Sáng ngày 17/4/2024, Liên đoàn Lao động (LĐLĐ) tỉnh Thái Bình tổ chức Lễ phát động đợt thi đua cao điểm.\n\nDự buổi lễ có đồng chí Nguyễn Thị Thu Hà, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Phạm Văn Tuân, Chủ tịch LĐLĐ tỉnh.\n\nPhát biểu phát động, đồng chí Phạm Văn Tuân đề nghị các cấp công đoàn thi đua.');
    expect(o.issuer).toEqual({ organization: 'Liên đoàn Lao động tỉnh Thái Bình', position: 'Chủ tịch', signer: 'Phạm Văn Tuân' });
  });
  it('a guest is the issuer only when no one else is', () => {
    const o = article('Sáng 17/4, tại hội trường tỉnh đã diễn ra lễ phát động đợt thi đua cao điểm.\n\nDự buổi lễ có đồng chí Nguyễn Thị Thu Hà, Phó Bí thư Thường trực Tỉnh ủy Thái Bình.');
    expect(o.issuer).toMatchObject({ organization: 'Tỉnh ủy Thái Bình', signer: 'Nguyễn Thị Thu Hà' });
  });
});
