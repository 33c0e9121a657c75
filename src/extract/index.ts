// Stage 2: text → mentions, entities, roles, quotes and pledges, with spans.
// (Being written; the signature is fixed.)
import type { Article, Extraction } from '../types.js';

export function extractArticle(article: Article): Extraction {
  return { article, sentences: [], entities: [], mentions: [], roles: [], quotes: [], pledges: [], boilerplate: [] };
}
