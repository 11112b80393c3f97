// Legacy 8-bit Vietnamese font encodings as data tables.
//
// TCVN3 ("ABC", .VnTime fonts) is TCVN 5712:1993 VN3: precomposed lower-case letters in
// the upper half, plus Ă Â Ê Ô Ơ Ư Đ. We decode the VN1 superset too (upper-case
// precomposed letters that VN1 puts in 0x80–0x9F and in the gaps of the upper half),
// since files typed with VN1-aware tools use them. Control-range capitals of VN1
// (0x01–0x17) are not decoded: in real text those bytes are control characters.
//
// VNI (VNI-Times, VNI Windows) writes a base letter followed by one mark byte; a few
// letters (ơ ư đ and the toned i's, ỵ) are single bytes. Mark bytes decode to Unicode
// combining marks and NFC composes the result.

/** byte -> string, for bytes 0x80..0xFF of TCVN3 (VN1 superset). */
export const TCVN3: Record<number, string> = {
  // VN3 core: capitals with shape marks, and every lower-case letter
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb0: '\u0300', 0xb1: '\u0309', 0xb2: '\u0303', 0xb3: '\u0301', 0xb4: '\u0323',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
  0xa0: '\u00a0',
  // VN1 capitals
  0x80: 'À', 0x81: 'Ả', 0x82: 'Ã', 0x83: 'Á', 0x84: 'Ạ', 0x85: 'Ặ', 0x86: 'Ậ',
  0x87: 'È', 0x88: 'Ẻ', 0x89: 'Ẽ', 0x8a: 'É', 0x8b: 'Ẹ', 0x8c: 'Ệ',
  0x8d: 'Ì', 0x8e: 'Ỉ', 0x8f: 'Ĩ', 0x90: 'Í', 0x91: 'Ị',
  0x92: 'Ò', 0x93: 'Ỏ', 0x94: 'Õ', 0x95: 'Ó', 0x96: 'Ọ', 0x97: 'Ộ',
  0x98: 'Ờ', 0x99: 'Ở', 0x9a: 'Ỡ', 0x9b: 'Ớ', 0x9c: 'Ợ',
  0x9d: 'Ù', 0x9e: 'Ủ', 0x9f: 'Ũ',
  0xaf: 'Ằ', 0xba: 'Ẳ', 0xbf: 'Ẵ', 0xc0: 'Ắ',
  0xc1: 'Ầ', 0xc2: 'Ẩ', 0xc3: 'Ẫ', 0xc4: 'Ấ', 0xc5: 'Ề', 0xcd: 'Ể',
  0xd9: 'Ễ', 0xda: 'Ế', 0xdb: 'Ồ', 0xe0: 'Ổ', 0xf0: 'Ỗ', 0xff: 'Ố',
};

const GRAVE = '\u0300', ACUTE = '\u0301', TILDE = '\u0303', HOOK = '\u0309', DOT = '\u0323';
const CIRC = '\u0302', BREVE = '\u0306';

/** VNI lower-case bytes; the upper-case byte of each is 0x20 less (Latin-1 case pairs). */
const VNI_LOWER: Record<number, string> = {
  // tone marks after a, e, o, u, y, ơ, ư
  0xf9: ACUTE, 0xf8: GRAVE, 0xfb: HOOK, 0xf5: TILDE, 0xef: DOT,
  // circumflex (â ê ô), alone and with a tone
  0xe2: CIRC, 0xe1: CIRC + ACUTE, 0xe0: CIRC + GRAVE, 0xe5: CIRC + HOOK, 0xe3: CIRC + TILDE, 0xe4: CIRC + DOT,
  // breve (ă), alone and with a tone
  0xea: BREVE, 0xe9: BREVE + ACUTE, 0xe8: BREVE + GRAVE, 0xfa: BREVE + HOOK, 0xfc: BREVE + TILDE, 0xeb: BREVE + DOT,
  // single-byte letters
  0xf4: 'ơ', 0xf6: 'ư', 0xf1: 'đ',
  0xed: 'í', 0xec: 'ì', 0xe6: 'ỉ', 0xf3: 'ĩ', 0xf2: 'ị', 0xee: 'ỵ',
};

export const VNI: Record<number, string> = (() => {
  const t: Record<number, string> = {};
  for (const [k, v] of Object.entries(VNI_LOWER)) {
    const b = Number(k);
    t[b] = v;
    t[b - 0x20] = v.toUpperCase(); // combining marks have no case
  }
  t[0xa0] = '\u00a0';
  return t;
})();

/** Decode with a byte table; bytes absent from the table decode as Latin-1. */
export function decodeTable(bytes: Uint8Array, table: Record<number, string>): string {
  let out = '';
  let chunk: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chunk.push(b < 0x80 ? String.fromCharCode(b) : (table[b] ?? String.fromCharCode(b)));
    if (chunk.length >= 8192) { out += chunk.join(''); chunk = []; }
  }
  return (out + chunk.join('')).normalize('NFC');
}
