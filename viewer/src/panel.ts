// The side panel: a node's label, type, aliases, links, offices, quotes and pledges, or an edge's
// statements — each with its evidence sentence cut from the article's nif:isString by code-point
// offsets, the exact spans marked, and the article it came from. Built with DOM nodes only.
import { append, clear, h, link } from './dom';
import { type GraphData, KIND_COLORS, NODE_KINDS, type NodeKind, RELATIONS, formatAmount, pledgeLabel } from './model';
import * as Q from './queries';
import { quotesAbout } from './quotes';
import { type Row, num, select, str } from './sparql';

export interface PanelContext {
  data: GraphData;
  /** Label of a node in the display graph (or undefined). */
  labelOf(iri: string): string | undefined;
  hasNode(iri: string): boolean;
  selectNode(iri: string): void;
  zoomTo(iri: string): void;
  /** Whether the node's neighbours stay shown after it is deselected. */
  isExpanded(iri: string): boolean;
  toggleExpanded(iri: string): void;
  /** Whether a selection hides (rather than fades) the rest of the graph. */
  onlyNeighbours(): boolean;
  setOnlyNeighbours(on: boolean): void;
  /** Opens the article reader (reader.ts) on an article. */
  openArticle(iri: string): void;
  /** Waits for the other end of a path from this node (the next node selected). */
  startPath(iri: string): void;
  /** The view's date range ('' for an open end). */
  dateRange(): { from: string; to: string };
}

interface Span {
  begin: number;
  end: number;
  cls: string;
  title: string;
}

const WIKIDATA = /^https?:\/\/(www\.)?wikidata\.org\/(entity|wiki)\/(Q\d+)$/;

// ------------------------------------------------------------------ article text (code points)

const articleCache = new Map<string, string[] | null>();

async function loadArticles(iris: string[]): Promise<void> {
  const missing = [...new Set(iris)].filter((a) => !articleCache.has(a));
  for (let i = 0; i < missing.length; i += 50) {
    const batch = missing.slice(i, i + 50);
    const res = await select(Q.articleTextQuery(batch));
    for (const a of batch) articleCache.set(a, null);
    for (const r of res.rows) articleCache.set(str(r.article)!, Array.from(str(r.text) ?? ''));
  }
}

/**
 * The evidence sentence with the spans marked. Offsets are code points into the article text;
 * the window shown is the sentence, widened to take in any span outside it.
 */
export function evidenceBlock(article: string | undefined, evidence: string | undefined, evBegin: number | undefined, evEnd: number | undefined, spans: Span[]): HTMLElement {
  const block = h('blockquote', { className: 'evidence' });
  const cps = article ? articleCache.get(article) : undefined;
  let text: string[];
  let offset: number;
  if (cps && evBegin !== undefined && evEnd !== undefined) {
    const begin = Math.max(0, Math.min(evBegin, ...spans.map((s) => s.begin)));
    const end = Math.min(cps.length, Math.max(evEnd, ...spans.map((s) => s.end)));
    text = cps.slice(begin, end);
    offset = begin;
  } else if (evidence !== undefined) {
    text = Array.from(evidence);
    offset = evBegin ?? 0;
    if (evBegin === undefined) spans = [];
  } else {
    return h('p', { className: 'muted' }, 'no evidence sentence recorded');
  }
  const bounds = new Set<number>([0, text.length]);
  const local = spans
    .map((s) => ({ ...s, b: s.begin - offset, e: s.end - offset }))
    .filter((s) => s.e > 0 && s.b < text.length && s.e > s.b);
  for (const s of local) {
    bounds.add(Math.max(0, s.b));
    bounds.add(Math.min(text.length, s.e));
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const piece = text.slice(a, b).join('');
    const covering = local.filter((s) => s.b <= a && s.e >= b);
    if (!covering.length) {
      block.append(document.createTextNode(piece));
      continue;
    }
    const mark = h('mark', { className: [...new Set(covering.map((s) => s.cls))].join(' '), title: covering.map((s) => s.title).join('; ') }, piece);
    mark.dataset.begin = String(a + offset);
    mark.dataset.end = String(b + offset);
    block.append(mark);
  }
  return block;
}

function readButton(ctx: PanelContext, article: string | undefined): HTMLElement | null {
  if (!article) return null;
  return h('button', { type: 'button', className: 'read', title: 'Read the whole article with its facts marked', onClick: () => ctx.openArticle(article) }, 'Read');
}

function source(ctx: PanelContext, r: Row): HTMLElement {
  const doc = str(r.doc) ?? str(r.article) ?? '';
  const title = str(r.title);
  const text = title ? `${title} (${doc})` : doc;
  return h('p', { className: 'source' }, 'from ', link(str(r.url), text, 'article'), ' ', readButton(ctx, str(r.article)));
}

function group(rows: Row[]): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const k = str(r.x)!;
    const list = m.get(k) ?? [];
    list.push(r);
    m.set(k, list);
  }
  return m;
}

function nodeRef(ctx: PanelContext, iri: string | undefined, label: string | undefined): HTMLElement | string {
  const text = label ?? (iri ? ctx.labelOf(iri) : undefined) ?? iri ?? '?';
  if (iri && ctx.hasNode(iri)) return h('button', { type: 'button', className: 'node-link', title: iri, onClick: () => ctx.selectNode(iri) }, text);
  return text;
}

function spanPairs(rows: Row[], b: string, e: string): [number, number][] {
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (const r of rows) {
    const begin = num(r[b]);
    const end = num(r[e]);
    if (begin === undefined || end === undefined) continue;
    const k = `${begin},${end}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push([begin, end]);
    }
  }
  return out;
}

// ------------------------------------------------------------------ cards

/** Which extraction rule made a fact (nkg:rule): what a reader reports when the fact is wrong. */
function ruleNote(r: Row): string | undefined {
  return str(r.rule) ? `rule ${str(r.rule)}` : undefined;
}

async function quoteCards(ctx: PanelContext, query: string, showSpeaker: boolean): Promise<HTMLElement[]> {
  const res = await select(query);
  await loadArticles(res.rows.map((r) => str(r.article)!).filter(Boolean));
  const cards: HTMLElement[] = [];
  for (const [iri, rows] of group(res.rows)) {
    const r = rows[0];
    const spans: Span[] = [
      ...spanPairs(rows, 'segBegin', 'segEnd').map(([begin, end]) => ({ begin, end, cls: 'seg', title: `quote segment, characters ${begin}–${end}` })),
      ...spanPairs(rows, 'spkBegin', 'spkEnd').map(([begin, end]) => ({ begin, end, cls: 'spk', title: `speaker mention, characters ${begin}–${end}` })),
    ];
    const meta = [str(r.kind), str(r.cue) ? `cue “${str(r.cue)}”` : undefined, ruleNote(r)].filter(Boolean).join(' · ');
    cards.push(
      h(
        'article',
        { className: 'card quote', dataset: { iri } },
        showSpeaker ? h('p', { className: 'who' }, nodeRef(ctx, str(r.speaker), str(r.speakerLabel)), ' said') : null,
        h('p', { className: 'quote-text' }, `“${str(r.text) ?? ''}”`),
        meta ? h('p', { className: 'meta' }, meta) : null,
        evidenceBlock(str(r.article), str(r.evidence), num(r.evBegin), num(r.evEnd), spans),
        source(ctx, r),
      ),
    );
  }
  return cards;
}

async function pledgeCards(ctx: PanelContext, query: string): Promise<HTMLElement[]> {
  const res = await select(query);
  const groups = group(res.rows);
  const articles = res.rows.map((r) => str(r.article)!).filter(Boolean);
  const people = new Set<string>();
  for (const r of res.rows) for (const v of ['giver', 'recipient', 'announcer']) if (str(r[v])) people.add(str(r[v])!);
  await loadArticles(articles);
  // exact spans of the giver, recipient and announcer in the evidence
  const mentions = articles.length && people.size ? (await select(Q.mentionsQuery([...new Set(articles)], [...people]))).rows : [];
  const cards: HTMLElement[] = [];
  for (const [iri, rows] of groups) {
    const r = rows[0];
    const evBegin = num(r.evBegin);
    const evEnd = num(r.evEnd);
    const who = new Map<string, string>();
    if (str(r.giver)) who.set(str(r.giver)!, 'giver');
    if (str(r.recipient)) who.set(str(r.recipient)!, 'recipient');
    if (str(r.announcer)) who.set(str(r.announcer)!, 'announcer');
    const spans: Span[] = [];
    for (const m of mentions) {
      const b = num(m.begin)!;
      const e = num(m.end)!;
      const role = who.get(str(m.entity)!);
      if (role && str(m.article) === str(r.article) && evBegin !== undefined && evEnd !== undefined && b >= evBegin && e <= evEnd) {
        spans.push({ begin: b, end: e, cls: role, title: `${role}, characters ${b}–${e}` });
      }
    }
    const what = pledgeLabel({ printed: str(r.printed), value: num(r.value), currency: str(r.currency), quantity: num(r.quantity), item: str(r.item) });
    const amount = num(r.value) !== undefined ? formatAmount(num(r.value)!, str(r.currency)) : undefined;
    const meta = [str(r.status), amount && amount !== what ? amount : undefined, str(r.cue) ? `cue “${str(r.cue)}”` : undefined, ruleNote(r)].filter(Boolean).join(' · ');
    cards.push(
      h(
        'article',
        { className: 'card pledge', dataset: { iri } },
        h('p', { className: 'who' }, nodeRef(ctx, str(r.giver), str(r.giverLabel)), ' pledged ', h('strong', null, what), str(r.recipient) ? ' to ' : null, str(r.recipient) ? nodeRef(ctx, str(r.recipient), str(r.recipientLabel)) : null),
        meta ? h('p', { className: 'meta' }, meta) : null,
        str(r.purpose) ? h('p', { className: 'meta' }, `for ${str(r.purpose)}`) : null,
        str(r.announcer) ? h('p', { className: 'meta' }, 'announced by ', nodeRef(ctx, str(r.announcer), str(r.announcerLabel))) : null,
        evidenceBlock(str(r.article), str(r.evidence), evBegin, evEnd, spans),
        source(ctx, r),
      ),
    );
  }
  return cards;
}

async function roleEvidenceCards(ctx: PanelContext, query: string): Promise<{ key: string; date?: string; article?: string; card: HTMLElement; head: HTMLElement }[]> {
  const res = await select(query);
  const articles = res.rows.map((r) => str(r.article)!).filter(Boolean);
  const people = [...new Set(res.rows.map((r) => str(r.person)).filter((p): p is string => !!p))];
  await loadArticles(articles);
  const mentions = articles.length && people.length ? (await select(Q.mentionsQuery([...new Set(articles)], people))).rows : [];
  const cards: { key: string; date?: string; article?: string; card: HTMLElement; head: HTMLElement }[] = [];
  for (const [iri, rows] of group(res.rows)) {
    const r = rows[0];
    const evBegin = num(r.evBegin);
    const evEnd = num(r.evEnd);
    const spans: Span[] = mentions
      .filter((m) => str(m.entity) === str(r.person) && str(m.article) === str(r.article) && evBegin !== undefined && evEnd !== undefined && num(m.begin)! >= evBegin && num(m.end)! <= evEnd)
      .map((m) => ({ begin: num(m.begin)!, end: num(m.end)!, cls: 'holder', title: `office holder, characters ${num(m.begin)}–${num(m.end)}` }));
    cards.push({
      key: [str(r.person) ?? '', str(r.roleTitle) ?? '', str(r.of) ?? ''].join('\u001f'),
      date: str(r.date)?.slice(0, 10),
      article: str(r.article),
      head: h('p', { className: 'who' }, nodeRef(ctx, str(r.person), str(r.personLabel)), ': ', h('strong', null, str(r.roleTitle) ?? ''), str(r.of) ? ' of ' : null, str(r.of) ? nodeRef(ctx, str(r.of), str(r.ofLabel)) : null),
      card: h(
        'article',
        { className: 'card evidence-card', dataset: { iri } },
        ruleNote(r) ? h('p', { className: 'meta' }, ruleNote(r)!) : null,
        evidenceBlock(str(r.article), str(r.evidence), evBegin, evEnd, spans),
        source(ctx, r),
      ),
    });
  }
  return cards;
}

/**
 * Offices, one card per holder, title and country or organization: an archive repeats "Prime
 * Minister" in every article (33 cards for Tony Blair on the BBC corpus), so each card counts
 * its mentions, gives the first and last date, and keeps the evidence folded and paged.
 */
async function roleCards(ctx: PanelContext, query: string): Promise<HTMLElement[]> {
  const groups = new Map<string, Awaited<ReturnType<typeof roleEvidenceCards>>>();
  for (const c of await roleEvidenceCards(ctx, query)) {
    const list = groups.get(c.key) ?? [];
    list.push(c);
    groups.set(c.key, list);
  }
  return [...groups.values()]
    .sort((a, b) => b.length - a.length)
    .map((list) => {
      const dates = list.map((c) => c.date).filter((d): d is string => !!d).sort();
      const articles = new Set(list.map((c) => c.article)).size;
      const span = dates.length ? (dates[0] === dates[dates.length - 1] ? ` · ${dates[0]}` : ` · ${dates[0]} – ${dates[dates.length - 1]}`) : '';
      const summary = h('summary', null, `${list.length} mention${list.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}${span}`);
      const details = h('details', { className: 'evidence-list' }, summary);
      appendPaged(details, list.map((c) => c.card), 5);
      // a single mention is shown at once: there is nothing to fold
      if (list.length === 1) details.open = true;
      return h('article', { className: 'card role', dataset: { count: String(list.length) } }, list[0].head, details);
    });
}

/** Appends the first `page` cards and a button that shows the next ones. */
function appendPaged(into: HTMLElement, cards: HTMLElement[], page: number): void {
  let shown = 0;
  const more = h('button', { type: 'button', className: 'small more' });
  const step = () => {
    const next = cards.slice(shown, shown + page);
    for (const c of next) more.before(c);
    shown += next.length;
    const left = cards.length - shown;
    more.textContent = `Show ${Math.min(page, left)} more (of ${left})`;
    more.hidden = left <= 0;
    return next[0];
  };
  into.append(more);
  more.addEventListener('click', () => {
    // keyboard users stay on the first card shown, not on a button that may vanish
    const first = step();
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
  });
  step();
}

/** Cards shown at first in a section (the rest behind "Show more"): 238 quote cards do not read. */
const SECTION_PAGE = 10;

function section(title: string, count: number, cards: HTMLElement[], empty?: string): HTMLElement | null {
  if (!cards.length && !empty) return null;
  const el = h('section', { className: 'panel-section' }, h('h3', null, title, h('span', { className: 'count' }, ` ${count}`)));
  if (cards.length) appendPaged(el, cards, SECTION_PAGE);
  else el.append(h('p', { className: 'muted' }, empty!));
  return el;
}

/** The quotes that speak of an entity, newest first: who said it, the start of it, where. */
function quotedAbout(ctx: PanelContext, iri: string): HTMLElement | null {
  const { from, to } = ctx.dateRange();
  const items = quotesAbout(ctx.data, iri, from, to);
  const cards = items.map((q) => {
    const card = h(
      'article',
      { className: 'card quote-about' },
      h('p', null, nodeRef(ctx, q.speaker, undefined), ': “', q.short, '”'),
      h('p', { className: 'source' }, [q.article?.date, q.article?.title ?? q.article?.doc].filter(Boolean).join(' · '), ' ', readButton(ctx, q.article?.iri)),
    );
    card.dataset.quote = q.iri;
    return card;
  });
  return section(from || to ? 'Quoted about (in the period)' : 'Quoted about', items.length, cards);
}

// ------------------------------------------------------------------ node and edge panels

let generation = 0;

/** Renders a node's details into `body` (replacing what was there). */
export async function showNode(body: HTMLElement, ctx: PanelContext, iri: string, kind: NodeKind): Promise<void> {
  const gen = ++generation;
  clear(body);
  const kindInfo = NODE_KINDS.find((k) => k.kind === kind);
  const title = h('h2', { className: 'panel-title' }, ctx.labelOf(iri) ?? iri);
  const chip = h('span', { className: `chip kind-${kind}` }, kindInfo?.label ?? kind);
  chip.style.setProperty('--kind-color', KIND_COLORS[kind]);
  const toggle = (label: string, title: string, pressed: () => boolean, flip: () => void) => {
    const b = h('button', { type: 'button', className: 'small toggle', title, attrs: { 'aria-pressed': String(pressed()) } }, label);
    b.addEventListener('click', () => {
      flip();
      b.setAttribute('aria-pressed', String(pressed()));
    });
    return b;
  };
  append(
    body,
    title,
    h(
      'p',
      { className: 'panel-kind' },
      chip,
      ' ',
      h('button', { type: 'button', className: 'small', onClick: () => ctx.zoomTo(iri) }, 'zoom to node'),
      ' ',
      toggle('expand', 'Keep this node’s neighbours shown after it is deselected (double-click a node does the same)', () => ctx.isExpanded(iri), () => ctx.toggleExpanded(iri)),
      ' ',
      toggle('only neighbours', 'Hide everything but the selection and its neighbours', () => ctx.onlyNeighbours(), () => ctx.setOnlyNeighbours(!ctx.onlyNeighbours())),
      ' ',
      h('button', { type: 'button', className: 'small', id: 'path-start', title: 'Find the shortest chain of statements from this node to another: choose the other one next', onClick: () => ctx.startPath(iri) }, 'path to…'),
    ),
  );
  const loading = h('p', { className: 'muted' }, 'Loading…');
  body.append(loading);
  try {
    if (kind === 'quote') {
      const cards = await quoteCards(ctx, Q.quotesQuery({ quotes: [iri] }), true);
      if (gen !== generation) return;
      loading.remove();
      append(body, section('Quote', cards.length, cards));
      return;
    }
    const [facts, quotes, pledges, roles, articles] = await Promise.all([
      select(Q.entityQuery(iri)),
      quoteCards(ctx, Q.quotesQuery({ speaker: iri }), false),
      kind === 'speaker' ? Promise.resolve([]) : pledgeCards(ctx, Q.pledgesQuery({ entity: iri })),
      kind === 'speaker' ? Promise.resolve([]) : roleCards(ctx, Q.rolesQuery({ entity: iri })),
      kind === 'speaker' ? Promise.resolve({ rows: [] as Row[] }) : select(Q.mentionedInQuery(iri)),
    ]);
    if (gen !== generation) return;
    loading.remove();
    const aliases = facts.rows.filter((r) => r.p?.value.endsWith('#altLabel')).map((r) => str(r.o)!);
    const sameAs = facts.rows.filter((r) => r.p?.value.endsWith('#sameAs')).map((r) => str(r.o)!);
    const ids = facts.rows.filter((r) => r.p?.value === 'http://schema.org/identifier').map((r) => str(r.o)!);
    const dl = h('dl', { className: 'facts' });
    if (aliases.length) append(dl, h('dt', null, 'Also called'), h('dd', { className: 'aliases' }, aliases.join(' · ')));
    for (const s of sameAs) {
      const wd = WIKIDATA.exec(s);
      append(dl, h('dt', null, wd ? 'Wikidata' : 'Same as'), h('dd', null, link(s, wd ? wd[3] : s, wd ? 'wikidata' : 'same-as')));
    }
    if (ids.length) append(dl, h('dt', null, 'Code'), h('dd', null, ids.join(', ')));
    append(dl, h('dt', null, 'IRI'), h('dd', { className: 'iri' }, iri));
    body.append(dl);
    append(
      body,
      section('Offices', roles.length, roles),
      section('Said', quotes.length, quotes, kind === 'person' || kind === 'speaker' ? 'No quotes attributed.' : undefined),
      section('Pledges', pledges.length, pledges),
      quotedAbout(ctx, iri),
    );
    if (articles.rows.length) {
      const list = h('ul', { className: 'articles' });
      for (const r of articles.rows) {
        const doc = str(r.doc) ?? str(r.article) ?? '';
        list.append(h('li', null, link(str(r.url), str(r.title) ? `${str(r.title)} (${doc})` : doc, 'article'), ' ', readButton(ctx, str(r.article))));
      }
      append(body, h('section', { className: 'panel-section' }, h('h3', null, 'Mentioned in', h('span', { className: 'count' }, ` ${articles.rows.length}`)), list));
    }
  } catch (e) {
    if (gen !== generation) return;
    loading.textContent = `Could not load the details: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Renders an edge's evidence: the statements behind it. */
export async function showEdge(body: HTMLElement, ctx: PanelContext, edge: { source: string; target: string; relation: string; label: string; statements: string[] }): Promise<void> {
  const gen = ++generation;
  clear(body);
  const rel = RELATIONS.find((r) => r.relation === edge.relation);
  // a folded "said" edge stands for the speaker's quotes that mention the target: say so, so that
  // it does not read as something said to the target
  const folded = edge.relation === 'said' && ctx.data.entities.has(edge.target);
  append(
    body,
    h('h2', { className: 'panel-title' }, folded ? 'Quotes' : (rel?.label ?? edge.relation)),
    folded
      ? h('p', { className: 'who' }, 'What ', nodeRef(ctx, edge.source, undefined), ' said that mentions ', nodeRef(ctx, edge.target, undefined))
      : h('p', { className: 'who' }, nodeRef(ctx, edge.source, undefined), ` → ${edge.label} → `, nodeRef(ctx, edge.target, undefined)),
  );
  const loading = h('p', { className: 'muted' }, 'Loading…');
  body.append(loading);
  try {
    const statements = edge.statements.slice(0, 200);
    let cards: HTMLElement[];
    if (edge.relation === 'said' || edge.relation === 'mentions') cards = await quoteCards(ctx, Q.quotesQuery({ quotes: statements }), true);
    else if (edge.relation === 'pledged') cards = await pledgeCards(ctx, Q.pledgesQuery({ pledges: statements }));
    else cards = await roleCards(ctx, Q.rolesQuery({ roles: statements }));
    if (gen !== generation) return;
    loading.remove();
    append(body, section('Evidence', cards.length, cards, 'No evidence recorded.'));
  } catch (e) {
    if (gen !== generation) return;
    loading.textContent = `Could not load the evidence: ${e instanceof Error ? e.message : String(e)}`;
  }
}
