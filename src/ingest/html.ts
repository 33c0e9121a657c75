// HTML → article text and metadata, with @mozilla/readability over linkedom.
// The text keeps paragraph structure: one block (paragraph, heading, list item, ...) per
// paragraph, blocks separated by a blank line, whitespace inside a block collapsed as a browser
// would. Script, style and template content never reaches the text; attributes (inline event
// handlers included) are never read as text.
import type { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';
import { createRequire } from 'node:module';
import { normalizeDate } from './dates.js';

export { normalizeDate } from './dates.js';

// The HTML libraries load on the first HTML page, not at startup: about 125 ms that every other
// build (JSONL, text), each of its worker threads, and every query would otherwise spend.
const require = createRequire(import.meta.url);
let libs: { Readability: typeof Readability; parseHTML: typeof parseHTML } | undefined;
function htmlLibs(): NonNullable<typeof libs> {
  libs ??= {
    Readability: (require('@mozilla/readability') as { Readability: typeof Readability }).Readability,
    parseHTML: (require('linkedom') as { parseHTML: typeof parseHTML }).parseHTML,
  };
  return libs;
}

export interface HtmlExtract {
  text: string;
  title?: string;
  byline?: string;
  /** ISO date or date-time when the page states one. */
  date?: string;
  url?: string;
  lang?: string;
}

/** The minimal DOM surface we walk (linkedom nodes satisfy it). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface DomDocument {
  title?: string;
  body: DomElement | null;
  documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML',
  'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);
const HTML_SPACE = /[ \t\n\r\f]+/g;
const trimHtmlSpace = (s: string) => s.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');

/** Block-structured text of a DOM subtree: blocks separated by '\n\n', `<br>` as '\n'. */
export function blockText(root: DomNode): string {
  const blocks: string[] = [];
  let pieces: (string | null)[] = []; // null = hard line break (<br>)
  let preDepth = 0;

  const flush = () => {
    if (pieces.length === 0) return;
    const lines: string[] = [];
    let cur = '';
    for (const p of pieces) {
      if (p === null) {
        lines.push(cur);
        cur = '';
      } else cur += p;
    }
    lines.push(cur);
    pieces = [];
    const block = lines
      .map((l) => (preDepth > 0 ? l : trimHtmlSpace(l.replace(HTML_SPACE, ' '))))
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (trimHtmlSpace(block) !== '') blocks.push(block);
  };

  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      pieces.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      pieces.push(null);
      return;
    }
    const isBlock = BLOCK.has(name);
    if (isBlock) flush();
    if (name === 'PRE') {
      flush();
      preDepth++;
    }
    if (name === 'TD' || name === 'TH') pieces.push(' ');
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (name === 'PRE') {
      // keep the pre's text verbatim (minus one leading newline, as HTML does)
      if (pieces.length && typeof pieces[0] === 'string') pieces[0] = pieces[0].replace(/^\r?\n/, '');
      flush();
      preDepth--;
    }
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

function meta(doc: DomDocument, ...selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href') ?? null;
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

export function extractHtml(html: string): HtmlExtract {
  const lib = htmlLibs();
  const metaDoc = lib.parseHTML(html).document as unknown as DomDocument;
  const date = normalizeDate(
    meta(
      metaDoc,
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[property="og:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="DC.date.issued"]',
      'meta[name="dcterms.date"]',
      'meta[name="dc.date"]',
      'time[itemprop="datePublished"]',
      'time[datetime]',
    ),
  );
  const url = meta(metaDoc, 'link[rel="canonical"]', 'meta[property="og:url"]');
  const metaTitle = meta(metaDoc, 'meta[property="og:title"]', 'meta[name="twitter:title"]');
  const metaAuthor = meta(metaDoc, 'meta[name="author"]', 'meta[property="article:author"]');
  const lang = metaDoc.documentElement?.getAttribute('lang') ?? undefined;

  // Readability mutates its document: give it a fresh one.
  const readDoc = lib.parseHTML(html).document as unknown as Document;
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new lib.Readability(readDoc, { charThreshold: 0 }).parse();
  } catch {
    parsed = null;
  }
  let text = '';
  if (parsed?.content) {
    const contentDoc = lib.parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document as unknown as DomDocument;
    if (contentDoc.body) text = blockText(contentDoc.body);
  }
  if (trimHtmlSpace(text) === '') {
    // Readability found nothing: fall back to the whole body.
    const body = lib.parseHTML(html).document as unknown as DomDocument;
    if (body.body) text = blockText(body.body);
  }
  const title = clean(parsed?.title) ?? metaTitle ?? clean(metaDoc.querySelector('title')?.textContent);
  return {
    text,
    title,
    byline: clean(parsed?.byline) ?? metaAuthor,
    date: date ?? normalizeDate(parsed?.publishedTime),
    url,
    lang: clean(parsed?.lang) ?? (lang || undefined),
  };
}

function clean(s: string | null | undefined): string | undefined {
  if (s == null) return undefined;
  const t = trimHtmlSpace(s.replace(HTML_SPACE, ' '));
  return t === '' ? undefined : t;
}
