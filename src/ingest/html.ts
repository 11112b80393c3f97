// Web pages saved or copied as HTML: character references decoded ("&ldquo;", "&#7843;",
// "&nbsp;"), and, where the text is HTML markup (block elements such as <p> and <div>),
// blocks turned into lines and paragraphs, list items into "- " lines, scripts, styles and
// other tags removed. Markdown with inline <br> in its pipe tables is left as it is.

/** Named references of HTML that occur in Vietnamese pages (Latin-1 letters, quotes, dashes). */
const NAMED: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  laquo: '«', raquo: '»', ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', deg: '°', percnt: '%', copy: '©',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Igrave: 'Ì', Iacute: 'Í',
  Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê', igrave: 'ì', iacute: 'í',
  ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý',
};
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
  });
}

const BLOCK_TAG = /<(?:p|div|html|body|article|section|h[1-6]|li|tr|table)(?=[\s>/])/gi;

/** Whether the text is HTML markup rather than text (or markdown with a few inline tags). */
export function looksLikeHtml(text: string): boolean {
  if (!text.includes('<')) return false;
  let n = 0;
  BLOCK_TAG.lastIndex = 0;
  while (BLOCK_TAG.exec(text) && ++n < 3);
  return n >= 3;
}

const HIDDEN_OPEN = /<!--|<(head|script|style|noscript|template)(?=[\s>])/gi;

/** Comments, <head>, scripts and styles removed, in one pass (an unclosed one runs to the end). */
function dropHidden(html: string): string {
  let out = '';
  let pos = 0;
  let lower: string | null = null;
  HIDDEN_OPEN.lastIndex = 0;
  for (let m = HIDDEN_OPEN.exec(html); m; m = HIDDEN_OPEN.exec(html)) {
    out += html.slice(pos, m.index);
    const close = m[1] ? `</${m[1].toLowerCase()}` : '-->';
    const end = (m[1] ? (lower ??= html.toLowerCase()) : html).indexOf(close, m.index + m[0].length);
    if (end < 0) return out;
    pos = m[1] ? html.indexOf('>', end) + 1 || html.length : end + 3;
    HIDDEN_OPEN.lastIndex = pos;
  }
  return out + html.slice(pos);
}

const META_TAG = /<meta\s[^<>]{0,1000}>/gi;
const PUBLISHED_KEY = /\s(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|og:published_time|datePublished|pubdate|publishdate|dc\.date\.issued)["'\s>]/i;
const CONTENT = /\scontent\s*=\s*(?:"([^"]{0,100})"|'([^']{0,100})')/i;
const TIME_TAG = /<time\s[^<>]{0,500}?datetime\s*=\s*["'](\d{4}-\d{2}-\d{2}[^"']{0,40})["']/i;

/**
 * The page's publication time from its metadata (<meta property="article:published_time">,
 * itemprop="datePublished", a <time datetime>), written as YAML front matter above the
 * text: the header reads it when the text shows no dateline.
 */
function publishedMeta(html: string): string {
  let value: string | null = null;
  for (const m of html.matchAll(META_TAG)) {
    if (!PUBLISHED_KEY.test(m[0])) continue;
    const c = CONTENT.exec(m[0]);
    if (c) { value = c[1] ?? c[2]!; break; }
  }
  value ??= TIME_TAG.exec(html)?.[1] ?? null;
  return value && /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}[^\s]*)?$/.test(value.trim()) ? `---\ndate: ${value.trim()}\n---\n\n` : '';
}

const LIST_TAG = /<(\/?)(ol|ul|li)(?=[\s>\/])([^<>]{0,2000})>/gi;
const START_ATTR = /\sstart\s*=\s*["']?(\d{1,4})/i;
const TYPE_ATTR = /\stype\s*=\s*["']?([aAiI1])["'\s>\/]/i;
/**
 * List items as the browser shows them: a "- " bullet in an unordered list, the item's
 * number in an ordered one ("1.", from its start attribute; "a)" and "I." for type="a" and
 * type="I"), so that a copied page's numbered list is read as numbered sections.
 */
function listMarkers(html: string): string {
  const open: Array<{ ordered: boolean; n: number; type: string }> = [];
  return html.replace(LIST_TAG, (_, close: string, tag: string, attrs: string) => {
    const t = tag.toLowerCase();
    if (t === 'li') {
      if (close) return '';
      const list = open[open.length - 1];
      if (!list?.ordered) return '\n- ';
      list.n++;
      if (list.type === 'a' || list.type === 'A') {
        const letter = 'abcdefghijklmnopqrstuvwxyz'.charAt(list.n - 1) || String(list.n);
        return `\n${list.type === 'A' ? letter.toUpperCase() : letter}) `;
      }
      if (list.type === 'i' || list.type === 'I') return `\n${toRoman(list.n)}. `;
      return `\n${list.n}. `;
    }
    if (close) open.pop();
    else open.push({ ordered: t === 'ol', n: Number(START_ATTR.exec(attrs)?.[1] ?? 1) - 1, type: TYPE_ATTR.exec(attrs)?.[1] ?? '1' });
    return '\n\n';
  });
}
function toRoman(n: number): string {
  if (n < 1 || n > 39) return String(n);
  return 'X'.repeat(Math.floor(n / 10)) + ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10]!;
}

/** HTML markup -> text: one line per block, a blank line between paragraphs. */
export function htmlToText(html: string): string {
  return publishedMeta(html) + decodeReferences(
    listMarkers(dropHidden(html))
      .replace(/<br\s*\/?>/gi, '\n')
      // the headline as a markdown H1, which the header reads as such
      .replace(/<h1(?=[\s>])[^<>]{0,2000}>/gi, '\n\n# ')
      .replace(/<\/(?:td|th)\s*>/gi, '    ')
      .replace(/<\/?(?:p|div|h[1-6]|tr|table|section|article|header|footer|blockquote|figure|figcaption)(?=[\s>/])[^<>]{0,2000}>/gi, '\n\n')
      .replace(/<[^<>]{0,2000}>/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n'),
  ).trim();
}

/** The ingest stage: HTML markup to text, then character references decoded. */
export function fromWeb(text: string): string {
  return looksLikeHtml(text) ? htmlToText(text) : decodeReferences(text);
}
