// How large an input the build takes: one article's text at most MAX_ARTICLE_CHARS, refused in
// one line beyond it rather than run out of memory after minutes.
import { InputError } from '../errors.js';

/**
 * The longest article text read, in characters (UTF-16 code units, as offsets count them): 64 Mi.
 * Extraction holds about 50-120 bytes per character of text at its peak (a 50 MB article: 2.2 GB,
 * 12.8 MB naming an office on every line: 1.6 GB), so a longer one would run out of memory after
 * minutes. BUILD_HELP says it; an HTML page is counted before its text is extracted.
 */
export const MAX_ARTICLE_CHARS = 64 * 1024 * 1024;

/** Refuses an article text longer than MAX_ARTICLE_CHARS, with where it is. */
export function checkArticleSize(text: string, where: { file: string; line?: number }): InputError | undefined {
  if (text.length <= MAX_ARTICLE_CHARS) return undefined;
  const count = (n: number) => n.toLocaleString('en-US');
  return new InputError('E_INPUT_TOO_LARGE', `article too large: ${count(text.length)} characters of text, over the limit of 64 MB (${count(MAX_ARTICLE_CHARS)})`, { ...where, hint: 'split it into smaller articles (files, or JSONL lines)' });
}
