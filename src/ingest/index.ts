// Stage 1: files → Article[]. I/O lives here; decoding, HTML and JSONL parsing are pure helpers.
//
// `readInputs(paths)` never throws for a bad document: every problem becomes a NewskgError in
// `errors` (with file and line) and the rest of the batch goes on. Articles come back sorted by
// id, so any order of the same inputs gives the same result.
//
// Duplicate ids (two files `a/x.txt` and `b/x.md`, or two JSONL lines with the same "id") are
// disambiguated deterministically: articles sharing an id are ordered by (source path, line);
// the first keeps the id, the others get `<id>-2`, `<id>-3`, ... (skipping ids already taken),
// and a W_DUPLICATE_ID warning says so.
import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { InputError, NewskgError, asNewskgError, fsError } from '../errors.js';
import type { Article, InputFormat } from '../types.js';
import { decodeText } from './decode.js';
import { extractHtml } from './html.js';
import { parseJsonl } from './jsonl.js';
import { checkArticleSize } from './limits.js';
import { expandInputs } from './paths.js';

export { decodeText, firstInvalidUtf8, sniffBinary } from './decode.js';
export { blockText, extractHtml, normalizeDate } from './html.js';
export { articlesFromLines, parseJsonl } from './jsonl.js';
export { MAX_ARTICLE_CHARS } from './limits.js';
export { SUPPORTED_EXTENSIONS, expandInputs, formatOf, globToRegExp, isGlob } from './paths.js';

export interface IngestResult {
  /** Sorted by id; ids unique. */
  articles: Article[];
  /** One per bad input (file, JSONL line, or a path that matched nothing), sorted by file and line. */
  errors: NewskgError[];
  /** Things fixed up without losing data (renamed duplicate ids, ignored bad dates). */
  warnings: NewskgError[];
  /** Number of files read (good or bad). */
  files: number;
}

/** File name without its (last) extension: the default article id. */
export function stemOf(path: string): string {
  const base = basename(path);
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

/** Reads one file into articles (several for JSONL). Throws InputError for a whole-file problem. */
export function readFileArticles(path: string, format: InputFormat): { articles: Article[]; errors: NewskgError[]; warnings: NewskgError[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw fsError(e, path);
  }
  return articlesFromBytes(bytes, path, format);
}

/** Pure core of `readFileArticles`: bytes already read. */
export function articlesFromBytes(bytes: Uint8Array, path: string, format: InputFormat): { articles: Article[]; errors: NewskgError[]; warnings: NewskgError[] } {
  const stem = stemOf(path);
  const { text } = decodeText(bytes, { file: path });
  const tooLarge = format === 'jsonl' ? undefined : checkArticleSize(text, { file: path });
  if (tooLarge) throw tooLarge;
  switch (format) {
    case 'txt':
    case 'md':
      return { articles: [{ id: stem, text, format, source: { path } }], errors: [], warnings: [] };
    case 'html': {
      const h = extractHtml(text);
      if (h.text.trim() === '') {
        throw new InputError('E_INPUT_EMPTY', 'HTML page has no article text', { file: path, hint: 'check that the page has its text in the HTML (not loaded by a script)' });
      }
      const article: Article = { id: stem, text: h.text, format, source: { path } };
      if (h.title) article.title = h.title;
      if (h.date) article.date = h.date;
      if (h.url) article.url = h.url;
      return { articles: [article], errors: [], warnings: [] };
    }
    case 'jsonl':
      return parseJsonl(text, path, stem);
  }
}

/** Makes ids unique, deterministically (see the header comment). Returns the articles sorted by id. */
export function disambiguateIds(articles: Article[]): { articles: Article[]; warnings: NewskgError[] } {
  const key = (a: Article) => [resolve(a.source.path), String(a.source.line ?? 0).padStart(12, '0')].join('\u0000');
  const sorted = [...articles].sort((a, b) => cmp(a.id, b.id) || cmp(key(a), key(b)));
  const taken = new Set(sorted.map((a) => a.id));
  const used = new Set<string>();
  const warnings: NewskgError[] = [];
  const out: Article[] = [];
  for (const a of sorted) {
    if (!used.has(a.id)) {
      used.add(a.id);
      out.push(a);
      continue;
    }
    let n = 2;
    while (taken.has(`${a.id}-${n}`) || used.has(`${a.id}-${n}`)) n++;
    const id = `${a.id}-${n}`;
    used.add(id);
    warnings.push(new InputError('W_DUPLICATE_ID', `duplicate article id "${a.id}" renamed to "${id}"`, { file: a.source.path, line: a.source.line, hint: 'give each article a distinct file name or "id"' }));
    out.push({ ...a, id });
  }
  out.sort((a, b) => cmp(a.id, b.id));
  return { articles: out, warnings };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads every input (files, folders, globs); a bad document is reported and skipped. */
export function readInputs(paths: string[]): IngestResult {
  const { files, errors } = expandInputs(paths);
  const all: Article[] = [];
  const warnings: NewskgError[] = [];
  for (const f of files) {
    try {
      const r = readFileArticles(f.path, f.format);
      // one push per item: a spread of a 200,000-line file's articles overflows the call stack
      for (const a of r.articles) all.push(a);
      for (const e of r.errors) errors.push(e);
      for (const w of r.warnings) warnings.push(w);
    } catch (e) {
      errors.push(asNewskgError(e, { file: f.path }));
    }
  }
  const d = disambiguateIds(all);
  const byPlace = (a: NewskgError, b: NewskgError) => cmp(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0);
  return { articles: d.articles, errors: errors.sort(byPlace), warnings: [...warnings, ...d.warnings].sort(byPlace), files: files.length };
}
