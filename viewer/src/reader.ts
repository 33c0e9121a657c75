// The article reader: an article's whole text with every named mention, quote and pledge marked,
// each mention a link to its node; and the switch that shows only this article's statements in
// the graph. Offsets are code points into nif:isString, as everywhere in the graph.
import { append, clear, h, link } from './dom.js';
import * as Q from './queries.js';
import { num, select, str } from './sparql.js';

export interface ReaderContext {
  hasNode(iri: string): boolean;
  labelOf(iri: string): string | undefined;
  selectNode(iri: string): void;
  /** Whether the graph shows only this article's statements. */
  isArticleFilter(iri: string): boolean;
  setArticleFilter(iri: string | undefined): void;
}

export interface MarkedSpan {
  kind: 'mention' | 'quote' | 'pledge';
  begin: number;
  end: number;
  /** The entity a mention names; the speaker of a quote; the giver of a pledge. */
  node?: string;
}

/** The text cut at every span boundary: each piece with the spans that cover it. */
export function piecesOf(length: number, spans: MarkedSpan[]): { begin: number; end: number; spans: MarkedSpan[] }[] {
  const ok = spans.filter((s) => s.begin < s.end && s.begin >= 0 && s.end <= length);
  const cuts = [...new Set([0, length, ...ok.flatMap((s) => [s.begin, s.end])])].sort((a, b) => a - b);
  const out: { begin: number; end: number; spans: MarkedSpan[] }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const begin = cuts[i];
    const end = cuts[i + 1];
    out.push({ begin, end, spans: ok.filter((s) => s.begin <= begin && s.end >= end) });
  }
  return out;
}

let generation = 0;

export async function showArticle(body: HTMLElement, ctx: ReaderContext, iri: string): Promise<void> {
  const gen = ++generation;
  clear(body);
  const loading = h('p', { className: 'muted' }, 'Loading the article…');
  body.append(loading);
  try {
    const [meta, spans] = await Promise.all([select(Q.articleQuery(iri)), select(Q.articleSpansQuery(iri))]);
    if (gen !== generation) return;
    clear(body);
    const r = meta.rows[0];
    if (!r) {
      body.append(h('p', { className: 'error' }, 'This article has no text in the graph.'));
      return;
    }
    const doc = str(r.doc) ?? iri;
    append(
      body,
      h('h2', { className: 'panel-title' }, str(r.title) ?? doc),
      h('p', { className: 'kind' }, [str(r.date), doc].filter(Boolean).join(' · ')),
    );
    if (str(r.url)) body.append(h('p', null, link(str(r.url), 'the article on its site', 'article')));
    const only = h('input') as HTMLInputElement;
    only.type = 'checkbox';
    only.id = 'reader-only';
    only.checked = ctx.isArticleFilter(iri);
    only.addEventListener('change', () => ctx.setArticleFilter(only.checked ? iri : undefined));
    body.append(h('label', { className: 'check' }, only, ' show only this article’s statements in the graph'));
    const marked: MarkedSpan[] = spans.rows.map((s) => ({ kind: str(s.kind) as MarkedSpan['kind'], begin: num(s.begin) ?? 0, end: num(s.end) ?? 0, node: str(s.node) }));
    const counts = { mention: 0, quote: new Set<string>(), pledge: new Set<string>() };
    for (const s of spans.rows) {
      const kind = str(s.kind);
      if (kind === 'mention') counts.mention++;
      else if (kind === 'quote' || kind === 'pledge') counts[kind].add(str(s.x)!);
    }
    append(
      body,
      h(
        'p',
        { className: 'reader-legend' },
        h('span', null, h('span', { className: 'mention' }, 'name'), ` ${counts.mention} mentions`),
        h('mark', { className: 'quote' }, `${counts.quote.size} quotes`),
        h('mark', { className: 'pledge' }, `${counts.pledge.size} pledges`),
      ),
    );
    const text = Array.from(str(r.text) ?? '');
    const block = h('div', { className: 'reader-text' });
    for (const piece of piecesOf(text.length, marked)) {
      const t = text.slice(piece.begin, piece.end).join('');
      const mention = piece.spans.find((s) => s.kind === 'mention' && s.node);
      let el: Node;
      if (mention && ctx.hasNode(mention.node!)) {
        const b = h('button', { type: 'button', className: 'mention', title: ctx.labelOf(mention.node!) ?? mention.node!, onClick: () => ctx.selectNode(mention.node!) }, t);
        b.dataset.node = mention.node!;
        el = b;
      } else el = document.createTextNode(t);
      // quotes and pledges wrap what they cover, mentions included
      for (const kind of ['pledge', 'quote'] as const) {
        const s = piece.spans.find((x) => x.kind === kind);
        if (!s) continue;
        const who = s.node ? ctx.labelOf(s.node) : undefined;
        const mark = h('mark', { className: kind, title: `${kind === 'quote' ? 'quote' : 'pledge'}${who ? ` (${who})` : ''}` });
        mark.append(el);
        el = mark;
      }
      block.append(el);
    }
    body.append(block);
  } catch (e) {
    if (gen !== generation) return;
    loading.textContent = `Could not load the article: ${e instanceof Error ? e.message : String(e)}`;
  }
}
