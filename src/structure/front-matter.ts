// Metadata written above the text by the tool that exported it: YAML front matter
// ("---\ntitle: …\ndate: …\n---", static-site and pandoc markdown) or a reader's
// key lines ("Title: …", "URL Source: …", "Published Time: …", "Markdown Content:", as
// web-to-markdown readers write them). The header reads the text below it and takes
// the title and publication time from it when the text itself does not give them.
import type { Line } from '../text/lines.js';
import { squash } from '../text/lines.js';

export type FrontMatter = {
  title: string | null;
  /** ISO date or date-time ("2024-01-26", "2024-01-26T08:30") */
  publishedAt: string | null;
  /** index of the first line after the block */
  end: number;
};

const TITLE_KEYS = new Set(['title', 'headline', 'tiêu đề']);
const DATE_KEYS = new Set(['date', 'published', 'publishedat', 'published_at', 'published time', 'pubdate', 'datepublished',
  'date published', 'created', 'ngày đăng', 'ngày xuất bản']);
// a reader's key line: a short key of words and a value ("URL Source: https://…")
const READER_KEY = /^(Title|URL Source|Published Time|Description|Author|Source|Date|Markdown Content)\s*:\s*(.*)$/u;
const YAML_KEY = /^([A-Za-z_][\w -]{0,30}?)\s*:\s*(.*)$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/u;

function unquote(v: string): string {
  const t = v.trim();
  return /^(["']).*\1$/u.test(t) ? t.slice(1, -1) : t;
}

/** "2024-01-26T08:30:00+07:00" -> "2024-01-26T08:30"; "26/01/2024" -> "2024-01-26". */
export function isoDateTime(v: string): string | null {
  const t = unquote(v);
  const m = ISO.exec(t);
  if (m) return m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}`;
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(t);
  if (d) return `${d[3]}-${d[2]!.padStart(2, '0')}-${d[1]!.padStart(2, '0')}`;
  return null;
}

export function readFrontMatter(lines: Line[]): FrontMatter | null {
  let i = 0;
  while (i < lines.length && i < 5 && !lines[i]!.raw.trim()) i++;
  const fm: FrontMatter = { title: null, publishedAt: null, end: 0 };
  const take = (key: string, value: string) => {
    const k = key.trim().toLowerCase();
    if (TITLE_KEYS.has(k) && !fm.title && unquote(value)) fm.title = squash(unquote(value));
    else if (DATE_KEYS.has(k) && !fm.publishedAt) fm.publishedAt = isoDateTime(value);
  };
  if (lines[i]?.raw.trim() === '---') {
    // YAML: key lines up to the closing "---" or "...", within 60 lines
    for (let j = i + 1; j < Math.min(lines.length, i + 60); j++) {
      const raw = lines[j]!.raw.trim();
      if (raw === '---' || raw === '...') {
        if (j === i + 1) return null;
        fm.end = j + 1;
        return fm;
      }
      const m = YAML_KEY.exec(raw);
      if (m) take(m[1]!, m[2]!);
      else if (raw && !/^[-\s]/u.test(lines[j]!.raw)) return null; // not YAML: a list item or nested value is allowed
    }
    return null;
  }
  // reader key lines: at least two of them at the top, blank lines between
  let keys = 0;
  let j = i;
  for (; j < Math.min(lines.length, i + 30); j++) {
    const raw = lines[j]!.raw.trim();
    if (!raw) continue;
    const m = READER_KEY.exec(raw);
    if (!m) break;
    keys++;
    if (m[1] === 'Markdown Content') { j++; break; }
    take(m[1]!, m[2]!);
  }
  if (keys < 2) return null;
  fm.end = j;
  return fm;
}
