import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../src/ingest/decode.js';
import { TCVN3, VNI } from '../src/ingest/legacy-tables.js';
import { normalizeText } from '../src/ingest/normalize.js';
import { ROOT, run } from './support/helpers.js';

const vectors = (name: string) => JSON.parse(readFileSync(join(ROOT, 'fixtures', 'encodings', name), 'utf8'));
const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));

describe('TCVN3 against glibc iconv (TCVN5712-1) vectors', () => {
  const v = vectors('tcvn3-vectors.json');
  it('decodes every letter byte as glibc does', () => {
    let checked = 0;
    for (const { hex: h, text } of v.bytes) {
      const b = parseInt(h, 16);
      if (!(b in TCVN3) || b === 0xa0) continue;
      expect(normalizeText(TCVN3[b]!), `byte ${h}`).toBe(text.normalize('NFC'));
      checked++;
    }
    expect(checked).toBeGreaterThan(120);
  });
  it('detects and decodes a TCVN3 sentence', () => {
    const d = decode(hex(v.sentences[0].hex));
    expect(d.encoding).toBe('tcvn3');
    expect(d.text).toBe(v.sentences[0].text);
  });
  it('round-trips Vietnamese text through the table', () => {
    const inverse = new Map(Object.entries(TCVN3).map(([k, s]) => [s, Number(k)]));
    const text = 'quyết tâm thực hiện thắng lợi kế hoạch phát triển kinh tế - xã hội năm 2023 của tỉnh';
    const bytes = Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : inverse.get(c)!)));
    expect(decode(bytes, 'tcvn3').text).toBe(text);
    expect(decode(bytes).encoding).toBe('tcvn3');
  });
});

// VNI vectors written letter by letter from the published VNI table (xvnkb's vni.h: base
// letter + mark character, in Latin-1), upper case; lower case is the Latin-1 lower case.
const VNI_TABLE: [string, string[]][] = [
  ['AÁÀẢÃẠ', ['A', 'AÙ', 'AØ', 'AÛ', 'AÕ', 'AÏ']],
  ['ÂẤẦẨẪẬ', ['AÂ', 'AÁ', 'AÀ', 'AÅ', 'AÃ', 'AÄ']],
  ['ĂẮẰẲẴẶ', ['AÊ', 'AÉ', 'AÈ', 'AÚ', 'AÜ', 'AË']],
  ['EÉÈẺẼẸ', ['E', 'EÙ', 'EØ', 'EÛ', 'EÕ', 'EÏ']],
  ['ÊẾỀỂỄỆ', ['EÂ', 'EÁ', 'EÀ', 'EÅ', 'EÃ', 'EÄ']],
  ['OÓÒỎÕỌ', ['O', 'OÙ', 'OØ', 'OÛ', 'OÕ', 'OÏ']],
  ['ÔỐỒỔỖỘ', ['OÂ', 'OÁ', 'OÀ', 'OÅ', 'OÃ', 'OÄ']],
  ['ƠỚỜỞỠỢ', ['Ô', 'ÔÙ', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÏ']],
  ['UÚÙỦŨỤ', ['U', 'UÙ', 'UØ', 'UÛ', 'UÕ', 'UÏ']],
  ['ƯỨỪỬỮỰ', ['Ö', 'ÖÙ', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÏ']],
  ['IÍÌỈĨỊ', ['I', 'Í', 'Ì', 'Æ', 'Ó', 'Ò']],
  ['YÝỲỶỸỴ', ['Y', 'YÙ', 'YØ', 'YÛ', 'YÕ', 'Î']],
  ['Đ', ['Ñ']],
];
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('VNI against the published table', () => {
  it('decodes every letter, upper and lower case', () => {
    let n = 0;
    for (const [letters, codes] of VNI_TABLE) {
      [...letters].forEach((letter, i) => {
        expect(decode(latin1(codes[i]!), 'vni').text, codes[i]).toBe(letter);
        expect(decode(latin1(codes[i]!.toLowerCase()), 'vni').text, codes[i]!.toLowerCase()).toBe(letter.toLowerCase());
        n += 2;
      });
    }
    expect(n).toBe(146);
  });
  it('detects VNI text', () => {
    // "Việt Nam thi đua yêu nước, quyết tâm hoàn thành kế hoạch" written in VNI
    const vni = 'Vieät Nam thi ñua yeâu nöôùc, quyeát taâm hoaøn thaønh keá hoaïch naêm 2023 cuûa tænh';
    const d = decode(latin1(vni));
    expect(d.encoding).toBe('vni');
    expect(d.text).toBe('Việt Nam thi đua yêu nước, quyết tâm hoàn thành kế hoạch năm 2023 của tỉnh');
  });
  it('round-trips through an encoder built from the table', () => {
    const enc = new Map<string, string>();
    for (const [letters, codes] of VNI_TABLE) [...letters].forEach((l, i) => { enc.set(l, codes[i]!); enc.set(l.toLowerCase(), codes[i]!.toLowerCase()); });
    const text = 'Phát động phong trào thi đua yêu nước năm 2023 với chủ đề đoàn kết, kỷ cương';
    const bytes = latin1([...text].map((c) => enc.get(c) ?? c).join(''));
    expect(decode(bytes, 'vni').text).toBe(text);
    expect(Object.keys(VNI).length).toBeGreaterThan(50);
  });
});

describe('Windows-1258, UTF-8, UTF-16', () => {
  it('detects Windows-1258 (glibc CP1258 vectors) and composes combining marks', () => {
    const v = vectors('windows-1258-vectors.json');
    const d = decode(hex(v.sentences[0].hex));
    expect(d.encoding).toBe('windows-1258');
    expect(normalizeText(d.text)).toBe(v.sentences[0].text);
  });
  const text = 'Chỉ thị số 01/CT-UBND về phát động thi đua';
  it('UTF-8 with and without BOM', () => {
    expect(decode(Buffer.from(text)).encoding).toBe('utf-8');
    const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(d.encoding).toBe('utf-8-bom');
    expect(d.text).toBe(text);
  });
  it('UTF-8 once read as Windows-1252 and saved again ("Viá»‡t Nam") is repaired, with a warning', () => {
    // each UTF-8 byte read as a Windows-1252 character (Node's 'latin1' for 0xA0-0xFF, the table for 0x80-0x9F)
    const cp1252 = new Map([[0x80, '€'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'], [0x88, 'ˆ'], [0x89, '‰'], [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8e, 'Ž'], [0x91, '‘'], [0x92, '’'], [0x93, '“'], [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—'], [0x98, '˜'], [0x99, '™'], [0x9a, 'š'], [0x9b, '›'], [0x9c, 'œ'], [0x9e, 'ž'], [0x9f, 'Ÿ']]);
    const mojibake = [...Buffer.from(text)].map((b) => cp1252.get(b) ?? String.fromCharCode(b)).join('');
    expect(mojibake).toContain('Chá»‰ thá»‹');
    const d = decode(Buffer.from(mojibake));
    expect(d).toMatchObject({ text, encoding: 'utf-8' });
    expect(d.warnings.join(' ')).toContain('mojibake');
    // text that only looks alike (a French word, a copyright sign) is left as it is
    const plain = 'Ã€ bientôt – © Báo Nhân Dân. Chỉ thị số 01';
    expect(decode(Buffer.from(plain))).toMatchObject({ text: plain, warnings: [] });
  });
  it('UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decode(le)).toMatchObject({ encoding: 'utf-16le', text });
    const be = Buffer.from(Buffer.from(text, 'utf16le')).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ encoding: 'utf-16be', text });
  });
  it('rejects an unpaired surrogate in UTF-16', () => {
    const bad = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    expect(() => decode(bad)).toThrow(/surrogate/);
  });
  it('keeps a truncated UTF-8 file, dropping the partial character with a warning', () => {
    const b = Buffer.from('Đoàn kết, sáng tạo thi đua ');
    const cut = Buffer.concat([b, Buffer.from('ạ').subarray(0, 2)]);
    const d = decode(cut);
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings[0]).toMatch(/middle of a UTF-8 character/);
  });
  it('reports the encoding in source.encoding', () => {
    const out = run(hex(vectors('windows-1258-vectors.json').sentences[1].hex));
    expect(out.source.encoding).toBe('windows-1258');
    expect(out.document.kind).toBe('ke-hoach');
  });
});

describe('normalization', () => {
  it('NFC, line ends, spaces, zero-width, Ð', () => {
    const s = 'Ðoa\u0300n ke\u0302\u0301t\r\nA\u00a0B\u200bC\rD';
    expect(normalizeText(s)).toBe('Đoàn kết\nA BC\nD');
  });
  it('a with caron ("nǎm", old font conversions), precomposed or combining and with a tone mark, is a with breve', () => {
    expect(normalizeText('nǎm NǍM na\u030Cm ǎ\u0309')).toBe('năm NĂM năm ẳ');
    expect(normalizeText('o\u030C')).toBe('ǒ');
  });
  it('a markdown inline link reads as its text; an image and plain brackets stay', () => {
    expect(normalizeText('thực hiện [Chỉ thị số 05/CT-UBND](https://x.vn/ct-05 "Chỉ thị") ngày 10/01/2025'))
      .toBe('thực hiện Chỉ thị số 05/CT-UBND ngày 10/01/2025');
    expect(normalizeText('[Trang chủ](https://x.vn/) > [Tin (mới)](https://x.vn/a_(b))')).toBe('Trang chủ > Tin (mới)');
    expect(normalizeText('![Quang cảnh](https://x.vn/a.jpg)')).toBe('![Quang cảnh](https://x.vn/a.jpg)');
    expect(normalizeText('[1] (xem phụ lục)')).toBe('[1] (xem phụ lục)');
  });
  it('a cited text behind a link keeps its date, issuer and subject', () => {
    const o = run('Chủ tịch yêu cầu thực hiện tốt [Chỉ thị số 05/CT-UBND](https://x.vn/a) ngày 10/01/2025 của UBND tỉnh về những giải pháp chủ yếu.\n');
    expect(o.references.map((r) => [r.number, r.date, r.issuer, r.subject])).toEqual([['05/CT-UBND', '2025-01-10', 'UBND tỉnh', 'những giải pháp chủ yếu']]);
  });
  it('bullet glyphs at a line\'s start become "- "; the same glyphs inside a line stay', () => {
    expect(normalizeText('● Tỷ lệ\n  ❖ Thu\n➢ Chi · 5\n> ✓ Ý kiến')).toBe('- Tỷ lệ\n  - Thu\n- Chi · 5\n> - Ý kiến');
    expect(normalizeText('●Không có dấu cách')).toBe('●Không có dấu cách');
  });
  it('OCR letters inside a number are digits ("l5" -> "15", "2O24" -> "2024"); words, Roman numerals and codes stay', () => {
    expect(normalizeText('Số: l5/CT-UBND\nLạng Sơn, ngày 2l tháng 02 năm 2O24\nQuyết định số l234/QĐ-UBND; COVID-l9')).toBe('Số: 15/CT-UBND\nLạng Sơn, ngày 21 tháng 02 năm 2024\nQuyết định số 1234/QĐ-UBND; COVID-19');
    const kept = 'II. NỘI DUNG\nlO Ol I. CO2 H2O A1 l5x Điều l. 1234567l';
    expect(normalizeText(kept)).toBe(kept);
    // the same length: spans keep their offsets
    expect(normalizeText('x l5 y').length).toBe('x l5 y'.length);
  });
  it('OCR\'s split decimal before a percent sign is one number ("95, 5%" -> "95,5%"); a list of numbers and a year stay', () => {
    expect(normalizeText('đạt 95, 5%; chiếm 12, 75 % và 90, 5%.')).toBe('đạt 95,5%; chiếm 12,75 % và 90,5%.');
    const kept = 'các mức 1, 2, 5% và năm 2023, 5% dân số; 100%, 95%';
    expect(normalizeText(kept)).toBe(kept);
  });
  it('leaves old-style tone placement as written', () => {
    expect(normalizeText('hoà hòa')).toBe('hoà hòa');
  });
});

describe('web pages (ingest/html.ts)', () => {
  it('character references are decoded, named, decimal and hex; unknown ones stay', async () => {
    const { decodeReferences } = await import('../src/ingest/html.js');
    expect(decodeReferences('&ldquo;K&#7927; c&#x1B0;&#417;ng&rdquo; &amp; 60&#37; &nbsp;&bogus;')).toBe('“Kỷ cương” & 60% \u00a0&bogus;');
  });
  it('HTML markup becomes text: head, scripts and comments dropped, blocks on their own lines, the H1 as headline', async () => {
    const { htmlToText, looksLikeHtml } = await import('../src/ingest/html.js');
    const page = '<html><head><title>T</title><script>var a="<p>x</p>";</script></head><body><h1>Tỉnh phát động thi đua</h1><p>Đoạn một.<br>Dòng hai.</p><!-- <p>ẩn</p> --><div>Đoạn &ldquo;ba&rdquo;.</div></body></html>';
    expect(looksLikeHtml(page)).toBe(true);
    expect(htmlToText(page)).toBe('# Tỉnh phát động thi đua\n\nĐoạn một.\nDòng hai.\n\nĐoạn “ba”.');
  });
  it('list items as the browser shows them: "- " in <ul>, numbers in <ol> (start and type attributes), nested lists counted on their own', async () => {
    const { htmlToText } = await import('../src/ingest/html.js');
    expect(htmlToText('<ol><li>Một</li><li>Hai<ul><li>x</li></ul></li><li>Ba</li></ol>')).toBe('1. Một\n2. Hai\n\n- x\n\n3. Ba');
    expect(htmlToText('<ol start="4"><li>Bốn</li></ol><ol type="a"><li>a</li><li>b</li></ol><ol type="I"><li>I</li><li>II</li></ol>')).toBe('4. Bốn\n\na) a\nb) b\n\nI. I\nII. II');
    // (an unclosed list item or a stray </ol> does not throw, and <link>/<option> are no list tags)
    expect(htmlToText('</ol><li>x<link rel="a"><option>y</option>')).toBe('- xy');
  });
  it('markdown with <br> in its tables is not HTML', async () => {
    const { looksLikeHtml } = await import('../src/ingest/html.js');
    expect(looksLikeHtml('| ỦY BAN NHÂN DÂN<br>TỈNH X | CỘNG HÒA<br>Độc lập |\n|---|---|\n\nCHỈ THỊ')).toBe(false);
  });
  it('a saved news page extracts like its text', () => {
    const o = run(readFileSync(join(ROOT, 'fixtures', 'variants', 'article-web-page.html')), { path: 'article-web-page.html' });
    expect(o.document).toMatchObject({ kind: 'article', title: 'Hà Tĩnh phát động phong trào thi đua năm 2024', date: '2024-02-22', publishedAt: '2024-02-23T10:35' });
    expect(o.themes.map((t) => t.text)).toEqual(['Kỷ cương, trách nhiệm, hành động']);
    expect(o.sections.map((s) => s.marker)).toEqual(['Một là', 'Hai là']);
    expect(o.sections[1]!.text).toBe('đẩy mạnh cải cách hành chính.');
    expect(o.targets.map((t) => [t.value, t.unit])).toEqual([[7.5, '%'], [17000, 'tỷ đồng']]);
  });
});
