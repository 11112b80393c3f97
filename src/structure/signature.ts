// The end of a formal text: "Nơi nhận:" list, signature block ("TM. …", "KT. CHỦ TỊCH /
// PHÓ CHỦ TỊCH", "Q. …", "TL. …"), signer's name.
import { PAGE_NUMBER, RULE } from './residue.js';
import { columns, type Line } from '../text/lines.js';
import { headerTableCells } from './tables.js';
import { ACADEMIC_DOTTED, POSITIONS, RANK } from '../vi/words.js';
import { SURNAMES } from '../vi/names.js';
import { foldMarks } from '../vi/fold.js';

export type Signature = {
  /** first line index of the end zone (recipients/signature); body ends before it */
  start: number;
  recipients: string[];
  position: string | null;
  signer: string | null;
  /** "TM. ỦY BAN NHÂN DÂN" -> "ỦY BAN NHÂN DÂN" */
  onBehalfOf: string | null;
  /** every signature block in reading order, the first one's fields being the above (a joint text has two) */
  blocks: SignatureBlock[];
};
export type SignatureBlock = Pick<Signature, 'position' | 'signer' | 'onBehalfOf'>;

// (OCR may lose a tone mark: "Nơi nhân:", "Noi nhận:"; then the colon must be there)
export const RECIPIENTS = /^(?:Nơi\s+nhận\s*:?|N[ơoóờở]i\s+nh[ậâaặẫấầ]n\s*:)\s*(.*)$/iu;
// "TM. ỦY BAN", "T/M BAN THƯỜNG VỤ" (party style, no dot), "T.M. BAN …", "KT. CHỦ TỊCH", "Q. …", "TL. …", "TUQ. …"
const SIGN_PREFIX = /^(?:(?:TM|KT|Q|TL|TUQ)\s*\.|(?:T\/M|K\/T|T\/L|T\.M|K\.T|T\.L)\.?)\s*(.*)$/u;
// a rank or degree before the signer's name: "Đại tá Nguyễn Văn Bình", "TS. Trần Thị Mai"
const NAME_PREFIX = new RegExp(String.raw`^(?:${RANK}|${ACADEMIC_DOTTED}|(?:Tiến sĩ|Thạc sĩ|Bác sĩ|Kỹ sư|Luật sư|Nhà giáo Ưu tú|Nhà giáo Nhân dân))\s+`, 'iu');
const SIGNED_MARK = /^\(?\s*(?:[Đđ]ã ký|Ký)\s*\)?\s*[:-]?\s*(?=\p{Lu})/u;
const NOT_NAME = /^(?:\(?\s*(?:đã ký|ký|Ký|Đã ký|chữ ký|ký tên|ký, ghi rõ|đóng dấu)[^)]*\)?|\[.*\]|Chữ ký số.*)$/iu;
const POSITION_RE = new RegExp(`^(?:Quyền\\s+)?(?:${POSITIONS.map((p) => p.replace(/\s+/g, '\\s+')).join('|')})(?:\\s.*)?$`, 'iu');

const OPENS_IN_CAPITALS = /^\p{Lu}[\p{Lu}.\/]/u;
const INNER_SIGN_PREFIX = /\s(?=(?:KT|TL|TUQ|Q)\s*\.\s*\p{Lu}|K\/T\s|T\/L\s)/u;
const SIGNING_ASSEMBLY = /^(?:ĐẠI HỘI|HỘI NGHỊ)\s[^.;:]*(?:LẦN THỨ|KHÓA|KHOÁ|NHIỆM KỲ)\s/u;
const ACTING = /^(?:Q\s*\.|Quyền\s)/iu;

export function canonicalPosition(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  for (const p of POSITIONS) {
    if (t.toLowerCase() === p.toLowerCase()) return p;
  }
  for (const p of POSITIONS) {
    if (t.toLowerCase().startsWith(p.toLowerCase() + ' ')) return p;
  }
  // a signature's position in capitals as OCR reads it, a tone mark lost: "CHỦ TICH"
  if (t.length < 60 && t === t.toUpperCase()) {
    const f = foldMarks(t);
    for (const [p, fp] of FOLDED_POSITIONS) if (f === fp || f.startsWith(fp + ' ')) return p;
  }
  return null;
}
const FOLDED_POSITIONS: Array<[string, string]> = POSITIONS.map((p) => [p, foldMarks(p)]);

const NAME_SYLLABLE = '[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹA-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]*';
const NAME_WORD = new RegExp(`^${NAME_SYLLABLE}(?:['’]${NAME_SYLLABLE})?$`, 'u');

/** A person's name: 2–6 capitalized syllables (or all capitals), no digits. */
export function looksLikeName(s: string): boolean {
  const t = s.replace(/[*_]/g, '').trim();
  if (t.length > 50 || /\d/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  // (a syllable may join two with an apostrophe: "H'Ngớ", "Y'Kô")
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  if (canonicalPosition(t)) return false;
  const first = words[0]!.charAt(0) + words[0]!.slice(1).toLowerCase();
  return SURNAMES.has(first) || words.every((w) => w.length <= 7);
}

/**
 * The end zone as a reading order: when it is laid out in two columns ("Nơi nhận:" list
 * on the left, signature block on the right, on the same lines), the left column's cells
 * come first, then the right column's (lines indented far with nothing on the left
 * belong to the right column). Cells keep their source line's index.
 */
function readingOrder(lines: Line[], from: number, to: number): Line[] {
  const slice: Line[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    // a pipe table (markdown exports set "Nơi nhận" and the signature side by side in
    // one): its cells, column by column, each cell's lines on their own
    if (/^\s*\|.*\|\s*$/.test(l.clean)) {
      let j = i;
      while (j < to && lines[j]!.clean.includes('|')) j++;
      const block = lines.slice(i, j).map((x) => x.raw).join('\n');
      for (const cell of headerTableCells(block)) slice.push(...signThenName({ ...l, raw: cell, clean: cell }));
      i = j - 1;
      continue;
    }
    slice.push(...signThenName(l));
  }
  const split = slice.map((l) => columns(l.clean));
  if (!split.some((cells) => cells.length >= 2)) return slice;
  const left: Line[] = [], right: Line[] = [];
  // columns set with tabs (a word processor's export): a line that starts with a tab has
  // nothing on the left ("\tNguyễn Văn Hòa" under "- Như trên;\tCHỦ TỊCH")
  const tabbed = slice.some((l, k) => split[k]!.length >= 2 && l.raw.includes('\t'));
  slice.forEach((l, k) => {
    const cells = split[k]!;
    if (cells.length >= 2) {
      left.push({ ...l, clean: cells[0]! });
      right.push({ ...l, clean: cells.slice(1).join(' ') });
    } else if (l.clean && (/^[ \t]{12,}/.test(l.raw) || (tabbed && /^ *\t/.test(l.raw)))) right.push(l);
    else left.push(l);
  });
  return [...left, ...right];
}

/**
 * A signing position and the signer's name run together on one line, as a flattened table
 * cell or OCR gives them ("GIÁM ĐỐC Trần Chí Cường", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký)
 * Nguyễn Văn A"): the two lines they were. The name is in mixed case; the position in capitals.
 */
function signThenName(l: Line): Line[] {
  const c = l.clean.replace(/[*_]/g, '').trim();
  // "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH": one block's lines, each prefix its own
  const inner = SIGN_PREFIX.test(c) ? INNER_SIGN_PREFIX.exec(c) : null;
  if (inner) return [{ ...l, clean: c.slice(0, inner.index) }, ...signThenName({ ...l, clean: c.slice(inner.index + 1) })];
  // (a line that opens on two capitals at least: a position or a prefix, not prose)
  if (c.length > 120 || !OPENS_IN_CAPITALS.test(c) || c === c.toUpperCase()) return [l];
  const words = c.split(/\s+/);
  // the name starts at the first word in mixed case, or a title or two before it ("BS.CKII.")
  const mixed = words.findIndex((w) => /\p{Ll}/u.test(w));
  for (let k = mixed; k >= Math.max(1, mixed - 2); k--) {
    const head = words.slice(0, k).join(' ');
    const tail = words.slice(k).join(' ');
    if (head !== head.toUpperCase() || !(SIGN_PREFIX.test(head) || canonicalPosition(head) !== null)) continue;
    if (nameIn(tail.replace(SIGNED_MARK, ''))) return [{ ...l, clean: head }, { ...l, clean: tail }];
  }
  return [l];
}

export function findSignature(all: Line[], from: number, end: number): Signature {
  const sig: Signature = { start: end, recipients: [], position: null, signer: null, onBehalfOf: null, blocks: [] };
  // the end zone lies in the last part of the text
  const zoneStart = Math.max(from, end - 80);
  const lines = readingOrder(all, zoneStart, end);
  const to = lines.length;
  let recipientsAt = -1;
  for (let i = to - 1; i >= 0; i--) {
    if (RECIPIENTS.test(lines[i]!.clean)) { recipientsAt = i; break; }
  }
  // signature lines: a prefix (TM., KT. …) or an upper-case position alone on its line
  let firstSign = -1;
  const signLines: number[] = [];
  for (let i = 0; i < to; i++) {
    const c = lines[i]!.clean.replace(/[*_]/g, '').trim();
    if (!c) continue;
    const pre = SIGN_PREFIX.exec(c);
    const upper = c === c.toUpperCase() && /[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]{2}/u.test(c);
    if ((pre && upper) || (upper && c.length < 60 && (POSITION_RE.test(c) || canonicalPosition(c) !== null))
      // a congress signs its resolution by its own name: "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN … LẦN THỨ XXI"
      || (upper && c.length < 120 && SIGNING_ASSEMBLY.test(c))) {
      signLines.push(i);
      if (firstSign < 0) firstSign = i;
    }
  }
  // an upper-case "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" above "Căn cứ …" (a Quyết định's
  // preamble) is not the signature: signature lines have no body text after them
  let lastLong = -1;
  for (let i = to - 1; i >= 0; i--) {
    const c = lines[i]!.clean;
    if (c.length > 90 && !/^[-+•–*]/u.test(c)) { lastLong = i; break; }
  }
  const kept = signLines.filter((i) => i > lastLong);
  signLines.length = 0;
  signLines.push(...kept);
  firstSign = kept.length ? kept[0]! : -1;
  const starts = [recipientsAt > lastLong ? recipientsAt : -1, firstSign].filter((x) => x >= 0);
  if (!starts.length) return sig;
  sig.start = Math.min(...starts.map((k) => lines[k]!.index));

  if (recipientsAt >= 0) {
    const inline = RECIPIENTS.exec(lines[recipientsAt]!.clean)![1]!.trim();
    if (inline) sig.recipients.push(...splitRecipient(inline));
    for (let i = recipientsAt + 1; i < to; i++) {
      if (signLines.includes(i)) break;
      const c = lines[i]!.clean;
      if (!c || PAGE_NUMBER.test(c) || RULE.test(c)) continue; // "- 2 -", "------": page furniture, wherever it falls
      const bullet = /^[-+•–*]\s*/u.exec(c);
      if (!bullet) {
        if (sig.recipients.length && !/^[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/u.test(c)) continue;
        if (sig.recipients.length) break;
      }
      sig.recipients.push(...splitRecipient(c));
    }
  }

  // two signature blocks side by side (a pact, a joint text): each is read; the first in
  // reading order, the left one, gives the signature's own fields. A block ends where a name
  // stands before the next block's lines.
  const groups: number[][] = [];
  let group: number[] = [];
  for (let k = 0; k < signLines.length; k++) {
    const named = k > 0 && lines.slice(signLines[k - 1]! + 1, signLines[k]!).some((l) => {
      const c = l.clean.replace(/[*_]/g, '').trim().replace(SIGNED_MARK, '');
      return !!c && !NOT_NAME.test(c) && looksLikeName(c.replace(NAME_PREFIX, ''));
    });
    if (named) { groups.push(group); group = []; }
    group.push(signLines[k]!);
  }
  if (group.length) groups.push(group);
  sig.blocks = groups.map((g) => readBlock(lines, g, to));
  if (sig.blocks.length) Object.assign(sig, sig.blocks[0]);
  return sig;
}

/** One signature block: its signing lines (indices into `lines`), its position and its signer's name. */
function readBlock(lines: Line[], signLines: number[], to: number): SignatureBlock {
  const sig: SignatureBlock = { position: null, signer: null, onBehalfOf: null };
  let bare = false;
  for (const i of signLines) {
    const c = lines[i]!.clean.replace(/[*_]/g, '').trim();
    const pre = SIGN_PREFIX.exec(c);
    // "Q. CHỦ TỊCH" / "QUYỀN CHỦ TỊCH": an acting holder signs as "Quyền Chủ tịch"
    const acting = ACTING.test(c);
    let body = (pre ? pre[1]! : c).replace(/^Quyền\s+/iu, '').trim();
    // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" on one line (flattened): the deputy signs, in the second position
    const first = pre ? canonicalPosition(body) : null;
    const second = first ? body.replace(/\s+/g, ' ').slice(first.length).trim() : '';
    if (second && canonicalPosition(second)?.length === second.length) body = second;
    const held = canonicalPosition(body);
    const pos = held && acting ? `Quyền ${held}` : held;
    const exact = held !== null && body.replace(/\s+/g, ' ').length === held.length;
    // "TM. HỘI ĐỒNG / CHỦ TỊCH / PHÓ CHỦ TỊCH UBND HUYỆN": a title with its organ under the
    // signing position is the signer's other office, not the position signed in
    if (pos && !pre && !exact && bare) continue;
    if (pos) { sig.position = pos; bare = exact && !pre; }
    else if (pre && /^(?:TM|T\/M)/.test(c)) sig.onBehalfOf = body;
  }
  // the signer: the first name-like line after the last signature line
  const lastSign = signLines.length ? signLines[signLines.length - 1]! : -1;
  if (lastSign >= 0) {
    for (let i = lastSign + 1; i < to && i < lastSign + 12; i++) {
      const c = signerText(lines[i]!);
      if (!c || NOT_NAME.test(c)) continue;
      const name = nameIn(c);
      if (name) { sig.signer = name; break; }
      if (RECIPIENTS.test(c)) break;
    }
    // text copied out of a PDF puts the signature block's last line, the name, under the
    // "Nơi nhận" list ("Nơi nhận: CHỦ TỊCH" / "- Lưu: VT." / "Đồng Văn Thanh"): the first
    // name-like line below the block in the source, whichever column it was read into
    if (!sig.signer) {
      const below = lines[lastSign]!.index;
      for (const l of lines) {
        const c = l.index > below ? signerText(l) : '';
        if (!c || NOT_NAME.test(c) || /^[-+•–*]/u.test(c)) continue;
        const name = nameIn(c);
        if (name) { sig.signer = name; break; }
      }
    }
  }
  return sig;
}

/** A line of the end zone as a signer's name would stand on it: emphasis and a portal's mark
 * before the name removed ("Đã ký: Phạm Thiện Nghĩa", "(Đã ký) Nguyễn Văn A"). */
function signerText(l: Line): string {
  return l.clean.replace(/[*_]/g, '').trim().replace(SIGNED_MARK, '');
}
/** The person's name such a line gives, its title before it dropped; null if it gives none. */
function nameIn(c: string): string | null {
  const name = c.replace(NAME_PREFIX, '').replace(/\s+/g, ' ');
  return looksLikeName(name) ? name : null;
}

function splitRecipient(s: string): string[] {
  // several on one line (a flattened list): "- Như trên; - TT Tỉnh ủy; - Lưu: VT."
  if (/;\s*[-+•–]\s/u.test(s)) return s.split(/;\s*(?=[-+•–]\s)/u).flatMap(splitRecipient);
  const t = s.replace(/^[-+•–*]\s*/u, '').replace(/[;,.]\s*$/u, '').replace(/\s+/g, ' ').trim();
  return t ? [t] : [];
}
