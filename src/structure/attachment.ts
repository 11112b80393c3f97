// A document attached after the end zone: "QUYẾT ĐỊNH … Ban hành kèm theo Quyết định này Kế
// hoạch …" followed, after "Nơi nhận:" and the signature, by the plan itself (its own organ
// block and quốc hiệu, "KẾ HOẠCH", "(Ban hành kèm theo Quyết định số …)"), or a "PHỤ LỤC" of
// targets. The main text ends where the attachment starts, so its end zone is found whatever
// the attachment's length; the attachment's targets, references and slogans are read too.
import type { Line } from '../text/lines.js';
import { RECIPIENTS } from './signature.js';
import { kindOfLine } from './header.js';

const CELL_MARKUP = /^[|\s*_#]+/u;
const NATIONAL_MOTTO = /C[ỘO]NG\s+H[ÒO]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/u;
const ATTACHED = /^[|\s*_#]*(?:\(\s*)?(?:Ban hành\s+)?[Kk]èm theo\s+(?:Quyết định|Chỉ thị|Kế hoạch|Nghị quyết|Thông báo|Công văn|Văn bản)/u;
const APPENDIX = /^[|\s*_#]*PH[ỤU]\s+L[ỤU]C(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/u;

/** Line index where an attached document starts, or `to` when there is none. */
export function findAttachment(lines: Line[], from: number, to: number): number {
  let recipients = -1;
  for (let i = from; i < to; i++) {
    if (RECIPIENTS.test(lines[i]!.clean.replace(CELL_MARKUP, ''))) { recipients = i; break; }
  }
  if (recipients < 0) return to;
  for (let i = recipients + 1; i < to; i++) {
    const c = lines[i]!.clean;
    if (!c) continue;
    // (a type on a line of its own: "KẾ HOẠCH", "PHỤ LỤC")
    if (NATIONAL_MOTTO.test(c) || ATTACHED.test(c) || APPENDIX.test(c) || kindOfLine(c.replace(CELL_MARKUP, '')) !== null) {
      // something of substance follows: at least three lines of text
      let n = 0;
      for (let k = i + 1; k < to && n < 3; k++) if (lines[k]!.clean) n++;
      return n < 3 ? to : i;
    }
  }
  return to;
}
