// JSONL → articles: one JSON object a line, {"text": "...", "id"?, "title"?, "date"?, "url"?}.
// A broken line is an error for that line only; the other lines still become articles.
import { InputError, NewskgError } from '../errors.js';
import type { Article } from '../types.js';
import { normalizeDate } from './html.js';

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
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (raw.trim() === '') continue;
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
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      out.errors.push(new InputError('E_JSONL_FIELD', `line is ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`}, not an object`, { file, line: lineNo, hint: FIELD_HINT }));
      continue;
    }
    const rec = value as Record<string, unknown>;
    if (!('text' in rec) || rec.text === null || rec.text === undefined) {
      out.errors.push(new InputError('E_JSONL_FIELD', 'missing "text" field', { file, line: lineNo, hint: FIELD_HINT }));
      continue;
    }
    if (typeof rec.text !== 'string') {
      out.errors.push(new InputError('E_JSONL_FIELD', `"text" is a ${typeof rec.text}, not a string`, { file, line: lineNo, hint: FIELD_HINT }));
      continue;
    }
    if (rec.text.trim() === '') {
      out.errors.push(new InputError('E_JSONL_FIELD', 'empty "text" field', { file, line: lineNo, hint: 'give the article text, or remove the line' }));
      continue;
    }
    let bad = false;
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
      } else id = String(rec.id);
    }
    if (bad) continue;
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
  return out;
}
