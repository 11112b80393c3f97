// Header pipe tables are read by remark (structure/markdown.ts) once it is registered;
// the library entry registers it on import and the CLI when an input has a "|". Until
// then a plain reader splits rows on "|" with the same column-by-column order.
export type TableReader = (block: string) => string[];

let reader: TableReader | null = null;
export function setTableReader(r: TableReader): void {
  reader = r;
}

export function headerTableCells(block: string): string[] {
  return (reader ?? plainTableCells)(block);
}

function plainTableCells(block: string): string[] {
  const rows = block.split('\n').filter((l) => l.includes('|') && !/^\s*\|?\s*:?-{2,}/.test(l))
    .map((l) => l.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.replace(/[*_]/g, '').trim()));
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const out: string[] = [];
  for (let c = 0; c < cols; c++) for (const r of rows) for (const part of (r[c] ?? '').split(/<br\s*\/?>/i)) if (part.trim()) out.push(part.trim());
  return out;
}
