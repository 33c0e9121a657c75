// How large an input the build takes: one article's text at most MAX_ARTICLE_CHARS, refused in
// one line beyond it rather than run out of memory after minutes.
import { InputError } from '../errors.js';

/**
 * The longest article text read, in characters (UTF-16 code units, as offsets count them): 4 Mi,
 * about 40 times the longest news article and room for a book's chapter. One article's graph is
 * built, sorted and written whole, and real news text yields a quad for every 4-5 characters:
 * 4 MB of BBC articles run as one article make 0.9 M quads and peak at 1.3 GB in 21 s of CPU, so
 * 30 MB would need about 10 GB. Beyond the limit the article is refused in one line at once.
 * BUILD_HELP says it; an HTML page is counted before its text is extracted.
 */
export const MAX_ARTICLE_CHARS = 4 * 1024 * 1024;

/** Refuses an article text longer than MAX_ARTICLE_CHARS, with where it is. */
export function checkArticleSize(text: string, where: { file: string; line?: number }): InputError | undefined {
  if (text.length <= MAX_ARTICLE_CHARS) return undefined;
  const count = (n: number) => n.toLocaleString('en-US');
  return new InputError('E_INPUT_TOO_LARGE', `article too large: ${count(text.length)} characters of text, over the limit of ${MAX_ARTICLE_CHARS / 1024 / 1024} MB (${count(MAX_ARTICLE_CHARS)})`, { ...where, hint: 'split it into smaller articles (files, or JSONL lines)' });
}
