// Grid tables (pandoc's markdown for tables whose cells hold several paragraphs, which is
// how a Word document's header and signature tables are exported):
//
//   +---------------------+----------------------+
//   | **ỦY BAN NHÂN DÂN** | **CỘNG HÒA XÃ HỘI    |
//   |                     | CHỦ NGHĨA VIỆT NAM** |
//   +=====================+======================+
//
// become pipe tables, one row per grid row: a cell's wrapped lines joined with a space and
// its paragraphs (blank cell lines between them) with "<br>", as pipe-table exports write
// them. Later stages read pipe tables already. Columns are found from the border's "+"
// positions (NFC text: one code unit per column). One pass, linear in the text.

// a grid row (one cell's paragraphs) is a few lines; a longer run is not a table row
const MAX_ROW_LINES = 60;
const BORDER = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/;

export function gridTablesToPipes(text: string): string {
  if (!text.includes('+-') && !text.includes('+=')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const border = lines[i]!;
    if (!BORDER.test(border) || i + 1 >= lines.length || !/^[ \t]*\|/.test(lines[i + 1]!)) {
      out.push(border);
      continue;
    }
    const cuts: number[] = [];
    for (let k = 0; k < border.length; k++) if (border[k] === '+') cuts.push(k);
    const rows: string[][] = [];
    let cell: string[][] = cuts.slice(1).map(() => []);
    let rowLines = 0;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (BORDER.test(l)) {
        rows.push(cell.map(joinCell));
        cell = cuts.slice(1).map(() => []);
        rowLines = 0;
        if (j + 1 >= lines.length || !/^[ \t]*\|/.test(lines[j + 1]!)) { j++; break; }
        continue;
      }
      if (!/^[ \t]*\|/.test(l) || ++rowLines > MAX_ROW_LINES) break;
      for (let c = 0; c + 1 < cuts.length; c++) cell[c]!.push(l.slice(cuts[c]! + 1, cuts[c + 1]).trim());
    }
    if (rowLines > MAX_ROW_LINES) {
      // not a grid table: a row runs on without its closing border; left as written
      for (let k = i; k < j; k++) out.push(lines[k]!);
      i = j - 1;
      continue;
    }
    if (cell.some((c) => c.length)) rows.push(cell.map(joinCell));
    rows.forEach((r, k) => {
      out.push(`| ${r.join(' | ')} |`);
      if (k === 0) out.push(`|${r.map(() => '---').join('|')}|`);
    });
    i = j - 1;
  }
  return out.join('\n');
}

/** A cell's lines: wrapped lines joined with a space, paragraphs with "<br>". */
function joinCell(lines: string[]): string {
  const paras: string[] = [];
  let cur = '';
  for (const l of lines) {
    const t = l.replace(/\|/g, '/');
    if (!t) { if (cur) paras.push(cur); cur = ''; } else cur = cur ? `${cur} ${t}` : t;
  }
  if (cur) paras.push(cur);
  return paras.join('<br>');
}
