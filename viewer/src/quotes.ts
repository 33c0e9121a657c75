// Quotes as items of their own: the quotes that speak of an entity (its "quoted about" list),
// within the view's date range, newest first. Pure, over the data the page already holds.
import type { GraphData } from './model.js';
import { inDateRange } from './view.js';

export interface QuoteItem {
  iri: string;
  speaker: string;
  short: string;
  article?: { iri: string; title?: string; date?: string; doc?: string };
}

/** Quotes whose segments name `entity` (not those it said itself), in [from, to], newest first. */
export function quotesAbout(data: Pick<GraphData, 'quotes' | 'quoteMentions' | 'statementArticle' | 'articles'>, entity: string, from = '', to = ''): QuoteItem[] {
  const out: QuoteItem[] = [];
  for (const q of data.quotes) {
    if (q.speaker === entity || !data.quoteMentions.get(q.iri)?.includes(entity)) continue;
    const i = data.statementArticle.get(q.iri);
    const article = i === undefined ? undefined : data.articles[i];
    if (!inDateRange(article?.date, from, to)) continue;
    out.push({ iri: q.iri, speaker: q.speaker, short: q.short, article });
  }
  // newest first; undated last; then by quote IRI (the same order on every visit)
  return out.sort((a, b) => (b.article?.date ?? '').localeCompare(a.article?.date ?? '') || (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
}
