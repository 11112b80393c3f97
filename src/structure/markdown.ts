// Markdown, read with unified + remark-parse (+ remark-gfm for pipe tables) where the
// input has markdown syntax: header tables of legal-portal exports, and emphasis.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root, Table } from 'mdast';
import { setTableReader } from './tables.js';

/** Register remark as the reader of header tables (the library entry does this on import). */
export function useRemark(): void {
  setTableReader(headerTableCells);
}

let processor: ReturnType<typeof makeProcessor> | null = null;
function makeProcessor() {
  return unified().use(remarkParse).use(remarkGfm);
}

/**
 * Cells of the pipe table(s) in `block`, column by column (the organ block and the
 * motto sit in different columns of a header table), emphasis removed, "<br>"
 * splitting a cell into lines.
 */
export function headerTableCells(block: string): string[] {
  processor ??= makeProcessor();
  const tree = processor.parse(block) as Root;
  const out: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'table') {
      const t = toString(node).trim();
      if (t) out.push(...t.split(/\n|<br\s*\/?>/i).map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const table = node as Table;
    const cols = Math.max(...table.children.map((r) => r.children.length));
    for (let c = 0; c < cols; c++) {
      for (const row of table.children) {
        const cell = row.children[c];
        if (!cell) continue;
        const parts: string[] = [];
        let cur = '';
        for (const child of cell.children) {
          if (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value)) { parts.push(cur); cur = ''; }
          else cur += toString(child);
        }
        parts.push(cur);
        for (const p of parts) if (p.trim()) out.push(p.trim());
      }
    }
  }
  return out;
}
