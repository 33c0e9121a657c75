// JSONL → articles: one JSON object a line, {"text": "...", "id"?, "title"?, "date"?, "url"?}.
// A broken line is an error for that line only; the other lines still become articles. From
// decoded text (parseJsonl) or, in batch builds, from runs of lines as bytes (articlesFromLines).
import { InputError, NewskgError } from '../errors.js';
import type { Article } from '../types.js';
import { UTF8_HINT, firstInvalidUtf8 } from './decode.js';
import { normalizeDate } from './dates.js';
import { checkArticleSize } from './limits.js';

const FIELD_HINT = 'each line needs {"text": "..."} and optionally "id", "title", "date", "url"';

export interface JsonlResult {
  articles: Article[];
  errors: NewskgError[];
  warnings: NewskgError[];
}

/**
 * Parses decoded JSONL text. `file` is the path as the user gave it; `stem` the file name
 * without extension, for default ids (`<stem>-<line>`). Blank lines are skipped.
 */
export function parseJsonl(text: string, file: string, stem: string): JsonlResult {
  const out: JsonlResult = { articles: [], errors: [], warnings: [] };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) parseJsonlLine(lines[i], i + 1, file, stem, out);
  return out;
}

/**
 * One JSONL line (without its '\n'; a trailing '\r' is dropped) into `out`: an article, or an
 * error for that line. Blank lines add nothing. `lineNo` is 1-based; it names default ids.
 */
export function parseJsonlLine(line: string, lineNo: number, file: string, stem: string, out: JsonlResult): void {
  const raw = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (raw.trim() === '') return;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    // V8 may echo the whole line in its message: keep only the reason
    const msg = (e instanceof Error ? e.message : String(e)).replace(/,? "[\s\S]*" is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/, '');
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    out.errors.push(
      new InputError('E_JSONL_SYNTAX', `invalid JSON: ${msg}`, {
        file,
        line: lineNo,
        column: pos ? Number(pos[1]) + 1 : undefined,
        hint: 'each line must be one complete JSON object; no line breaks inside it',
        cause: e,
      }),
    );
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.errors.push(new InputError('E_JSONL_FIELD', `line is ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`}, not an object`, { file, line: lineNo, hint: FIELD_HINT }));
    return;
  }
  const rec = value as Record<string, unknown>;
  if (!('text' in rec) || rec.text === null || rec.text === undefined) {
    out.errors.push(new InputError('E_JSONL_FIELD', 'missing "text" field', { file, line: lineNo, hint: FIELD_HINT }));
    return;
  }
  if (typeof rec.text !== 'string') {
    out.errors.push(new InputError('E_JSONL_FIELD', `"text" is a ${typeof rec.text}, not a string`, { file, line: lineNo, hint: FIELD_HINT }));
    return;
  }
  const tooLarge = checkArticleSize(rec.text, { file, line: lineNo });
  if (tooLarge) {
    out.errors.push(tooLarge);
    return;
  }
  if (rec.text.trim() === '') {
    out.errors.push(new InputError('E_JSONL_FIELD', 'empty "text" field', { file, line: lineNo, hint: 'give the article text, or remove the line' }));
    return;
  }
  let bad = false;
  // JSON escapes can spell unpaired surrogates ("\ud800"), which are not Unicode text: RDF cannot
  // hold them, and serializers write them differently (JSON-LD as an escape no parser accepts).
  // Refuse the line, as decoding refuses them in UTF-16 files.
  for (const f of ['text', 'id', 'title', 'date', 'url'] as const) {
    const v = rec[f];
    const at = typeof v === 'string' ? unpairedSurrogate(v) : -1;
    if (at >= 0) {
      const unit = (v as string).charCodeAt(at).toString(16);
      out.errors.push(new InputError('E_JSONL_FIELD', `"${f}" has an unpaired surrogate (\\u${unit}) at character ${at + 1}, not valid Unicode`, { file, line: lineNo, hint: 'a surrogate escape needs its pair, e.g. "\\ud83d\\ude00"' }));
      return;
    }
  }
  for (const f of ['title', 'date', 'url'] as const) {
    if (rec[f] !== undefined && rec[f] !== null && typeof rec[f] !== 'string') {
      out.errors.push(new InputError('E_JSONL_FIELD', `"${f}" must be a string`, { file, line: lineNo, hint: FIELD_HINT }));
      bad = true;
    }
  }
  let id = `${stem}-${lineNo}`;
  if (rec.id !== undefined && rec.id !== null) {
    if ((typeof rec.id !== 'string' && typeof rec.id !== 'number') || String(rec.id).trim() === '') {
      out.errors.push(new InputError('E_JSONL_FIELD', '"id" must be a non-empty string or a number', { file, line: lineNo, hint: FIELD_HINT }));
      bad = true;
    } else if (/^\.{1,2}$/.test(String(rec.id).trim())) {
      // "." and ".." would be dot segments of the article's IRI, which RFC 3986 resolvers remove (another node)
      out.errors.push(new InputError('E_JSONL_FIELD', `"id" "${String(rec.id)}" cannot name an article: as a path segment of its IRI it would be resolved away`, { file, line: lineNo, hint: 'give the line another id, or leave "id" out to number it' }));
      bad = true;
    } else id = String(rec.id);
  }
  if (bad) return;
  const article: Article = { id, text: rec.text, format: 'jsonl', source: { path: file, line: lineNo } };
  if (typeof rec.title === 'string' && rec.title.trim()) article.title = rec.title;
  if (typeof rec.url === 'string' && rec.url.trim()) article.url = rec.url;
  if (typeof rec.date === 'string' && rec.date.trim()) {
    const d = normalizeDate(rec.date);
    if (d) article.date = d;
    else out.warnings.push(new InputError('W_BAD_DATE', `"date" ${JSON.stringify(rec.date)} is not a date; ignored`, { file, line: lineNo, hint: 'use ISO 8601, e.g. 2024-02-26' }));
  }
  out.articles.push(article);
}

/** Index of the first unpaired surrogate in `s`, or -1. */
export function unpairedSurrogate(s: string): number {
  const m = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(s);
  return m ? m.index : -1;
}

/**
 * The articles of whole JSONL lines as bytes (a run of a file's lines, src/batch/inputs.ts:
 * lineChunks), with an error for each line that is not UTF-8 or not a JSON object. `firstLine`
 * and `offset` place the run in its file, for line numbers, default ids and error offsets.
 */
export function articlesFromLines(u: { path: string; stem: string; bytes: Uint8Array; firstLine: number; offset: number }): JsonlResult {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const out: JsonlResult = { articles: [], errors: [], warnings: [] };
  const b = u.bytes;
  let lineNo = u.firstLine;
  for (let start = 0; start < b.length; lineNo++) {
    let end = b.indexOf(0x0a, start);
    if (end < 0) end = b.length;
    const lineOffset = u.offset + start;
    const bytes = b.subarray(start, end);
    start = end + 1;
    const bom = lineNo === 1 && lineOffset === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    let line: string;
    try {
      line = decoder.decode(body);
    } catch {
      const at = lineOffset + (bom ? 3 : 0) + Math.max(0, firstInvalidUtf8(body));
      out.errors.push(new InputError('E_INPUT_ENCODING', `invalid UTF-8 at byte ${at}`, { file: u.path, line: lineNo, offset: at, hint: UTF8_HINT }));
      continue;
    }
    parseJsonlLine(line, lineNo, u.path, u.stem, out);
  }
  return out;
}
