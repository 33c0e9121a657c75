// The viewer's data in one answer (GET /api/viewer-graph): every actor (people, countries,
// organizations, places, unnamed speakers) with its kind, label, aliases and a laid-out position,
// and every statement that makes an edge (quotes with the entities they mention, pledges, offices)
// with the article it comes from and that article's date. Built once when the server starts and
// kept in memory as JSON (and gzip), so a page open costs one cached answer instead of six SELECTs
// run through the query workers on every visit (8–24 s on the BBC corpus).
//
// The queries are flat on purpose: which mentions fall inside a quote's segments is a join on
// character offsets that took oxigraph 8 s on the BBC corpus; here it is a sort per article. And
// flat queries (no GROUP BY) are all in the triple index's subset, so the server builds this data
// from the index on its own thread in under a second, before the query workers have loaded the graph.
import { gzipSync } from 'node:zlib';
import type { JsonResults, JsonTerm, Solutions } from '../store/index.js';
import type { WholeLayout } from './layout-thread.js';
import { type DefaultViewMember, type FirstRing, type LayoutInput, type LayoutResult, type XY } from './viewer-layout.js';
import { PREFIXES as GRAPH_PREFIXES } from '../graph/index.js';

// The graph's own prefixes (src/graph/vocab.ts), as the prologue of the viewer's queries.
const PREFIXES = Object.entries(GRAPH_PREFIXES)
  .map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>\n`)
  .join('');

export const VIEWER_QUERIES = {
  entities: `${PREFIXES}
SELECT ?e ?type ?label ?alias WHERE {
  ?e a ?type ;
     rdfs:label ?label .
  FILTER (?type IN (schema:Person, schema:Country, schema:Organization, schema:Place))
  OPTIONAL { ?e skos:altLabel ?alias }
}`,
  speakers: `${PREFIXES}
SELECT ?e ?label WHERE { ?e a nkg:UnnamedSpeaker ; rdfs:label ?label . }`,
  articles: `${PREFIXES}
SELECT ?article ?doc ?title ?date WHERE {
  ?article a schema:NewsArticle .
  OPTIONAL { ?article dcterms:identifier ?doc }
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:datePublished ?date }
}`,
  quotes: `${PREFIXES}
SELECT ?quote ?speaker ?text ?article WHERE {
  ?speaker nkg:said ?quote .
  ?quote nkg:text ?text .
  OPTIONAL { ?quote prov:wasDerivedFrom ?article }
}`,
  segments: `${PREFIXES}
SELECT ?quote ?ctx ?begin ?end WHERE {
  ?quote nkg:segment ?seg .
  ?seg nif:referenceContext ?ctx ; nif:beginIndex ?begin ; nif:endIndex ?end .
}`,
  mentions: `${PREFIXES}
SELECT ?ctx ?entity ?begin ?end WHERE {
  ?m itsrdf:taIdentRef ?entity ; nif:referenceContext ?ctx ; nif:beginIndex ?begin ; nif:endIndex ?end .
}`,
  pledges: `${PREFIXES}
SELECT ?pledge ?giver ?recipient ?item ?quantity ?value ?currency ?printed ?article WHERE {
  ?giver nkg:pledged ?pledge .
  OPTIONAL { ?pledge nkg:recipient ?recipient }
  OPTIONAL { ?pledge nkg:item ?item }
  OPTIONAL { ?pledge nkg:quantity ?quantity }
  OPTIONAL { ?pledge nkg:amount ?amount .
             OPTIONAL { ?amount schema:value ?value }
             OPTIONAL { ?amount schema:currency ?currency }
             OPTIONAL { ?amount nkg:asPrinted ?printed } }
  OPTIONAL { ?pledge prov:wasDerivedFrom ?article }
}`,
  roles: `${PREFIXES}
SELECT ?role ?person ?title ?of ?article WHERE {
  ?person nkg:holdsRole ?role .
  ?role nkg:title ?title .
  OPTIONAL { ?role nkg:roleOf ?of }
  OPTIONAL { ?role prov:wasDerivedFrom ?article }
}`,
} as const;

export type QueryName = keyof typeof VIEWER_QUERIES;
export type Row = Record<string, JsonTerm | undefined>;
/** Runs one SELECT and gives its rows (the server's query workers, or a store in tests). */
export type SelectRunner = (name: QueryName, sparql: string) => Promise<Row[]>;

export type EntityKind = 'person' | 'country' | 'organization' | 'place' | 'speaker';

/**
 * The answer's shape (version 1). Statements name their article by its index in `articles`.
 * `part: 'core'` (GET /api/viewer-graph?part=core) is the default view alone: its actors, with
 * their statement counts and degrees over the whole graph (so nothing changes size when the rest
 * arrives), and the statements that link them. A page draws it first, then reads the whole.
 */
export interface ViewerPayload {
  version: 1;
  part?: 'core';
  articles: { iri: string; doc?: string; title?: string; date?: string }[];
  entities: { iri: string; kind: EntityKind; label: string; aliases?: string[]; x?: number; y?: number; statements?: number; degree?: number }[];
  /** `short`: the text's first 57 characters and an ellipsis; `mentions`: entities named inside its segments. */
  quotes: { iri: string; speaker: string; short: string; article?: number; mentions?: string[] }[];
  pledges: { iri: string; giver: string; recipient?: string; item?: string; quantity?: number; value?: number; currency?: string; printed?: string; article?: number }[];
  roles: { iri: string; person: string; title: string; of?: string; article?: number }[];
  layout: LayoutResult;
  /** Milliseconds spent: queries, join, layout. */
  timings: Record<string, number>;
}

const SCHEMA = 'http://schema.org/';
const KIND_OF_TYPE: Record<string, EntityKind> = {
  [`${SCHEMA}Person`]: 'person',
  [`${SCHEMA}Country`]: 'country',
  [`${SCHEMA}Organization`]: 'organization',
  [`${SCHEMA}Place`]: 'place',
};

const str = (t: JsonTerm | undefined): string | undefined => t?.value;
const num = (t: JsonTerm | undefined): number | undefined => {
  if (!t) return undefined;
  const n = Number(t.value);
  return Number.isFinite(n) ? n : undefined;
};

/** A quote's text shortened for an edge or node label. */
export function shortText(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

interface Span {
  begin: number;
  end: number;
}

/**
 * The entities each quote names: mentions inside one of its segments, by article context. Per
 * context the mentions are sorted by start, so each segment finds its first mention by binary search.
 */
export function mentionsInQuotes(segments: (Span & { quote: string; ctx: string })[], mentions: (Span & { ctx: string; entity: string })[]): Map<string, string[]> {
  const byCtx = new Map<string, (Span & { entity: string })[]>();
  for (const m of mentions) {
    const list = byCtx.get(m.ctx);
    if (list) list.push(m);
    else byCtx.set(m.ctx, [m]);
  }
  for (const list of byCtx.values()) list.sort((a, b) => a.begin - b.begin || a.end - b.end);
  const out = new Map<string, Set<string>>();
  for (const s of segments) {
    const list = byCtx.get(s.ctx);
    if (!list) continue;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].begin < s.begin) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && list[i].begin < s.end; i++) {
      if (list[i].end > s.end) continue;
      const set = out.get(s.quote) ?? new Set<string>();
      set.add(list[i].entity);
      out.set(s.quote, set);
    }
  }
  return new Map([...out].map(([q, set]) => [q, [...set].sort()]));
}

/** Compares strings by code point: the same order on every machine (localeCompare follows the locale). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Runs the queries (all at once: the workers share them out) and assembles the payload, laid out. */
/** Lays out the display graph: the first ring (the default view) as soon as it has settled, then the whole. */
export type LayoutRunner = (input: LayoutInput) => { first: Promise<FirstRing>; whole: Promise<WholeLayout> };

/** Actors with the positions laid out (two decimals are plenty on a canvas and keep the answer short). */
function placed(entities: ViewerPayload['entities'], positions: Map<string, XY>): ViewerPayload['entities'] {
  return entities.map((e) => {
    const p = positions.get(e.iri);
    return p ? { ...e, x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 } : e;
  });
}

/**
 * The viewer's data: its default view (`core`) as soon as the layout's first ring has settled, and
 * the whole graph's when the outer rings have (seconds later on an archive).
 */
export async function buildViewerPayload(run: SelectRunner, layOut: LayoutRunner): Promise<{ core: ViewerPayload; whole: Promise<ViewerPayload> }> {
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const names = Object.keys(VIEWER_QUERIES) as QueryName[];
  const results = await Promise.all(
    names.map(async (name) => {
      const t = performance.now();
      const rows = await run(name, VIEWER_QUERIES[name]);
      timings[`query:${name}`] = Math.round(performance.now() - t);
      return rows;
    }),
  );
  const rows = Object.fromEntries(names.map((n, i) => [n, results[i]])) as Record<QueryName, Row[]>;
  timings.queries = Math.round(performance.now() - t0);

  const t1 = performance.now();
  const articleIndex = new Map<string, number>();
  const articles: ViewerPayload['articles'] = [];
  for (const r of [...rows.articles].sort((a, b) => byCodePoint(str(a.article)!, str(b.article)!))) {
    const iri = str(r.article)!;
    if (articleIndex.has(iri)) continue;
    articleIndex.set(iri, articles.length);
    articles.push({ iri, doc: str(r.doc), title: str(r.title), date: str(r.date) });
  }
  const articleOf = (r: Row) => {
    const a = str(r.article);
    return a === undefined ? undefined : articleIndex.get(a);
  };

  // one row per alias: the aliases of each (entity, type, label), in a fixed order whatever the engine's
  const named = new Map<string, { iri: string; type: string; label: string; aliases: Set<string> }>();
  for (const r of rows.entities) {
    const iri = str(r.e)!;
    const type = str(r.type) ?? '';
    const label = str(r.label) ?? iri;
    const key = `${iri}\u0000${type}\u0000${label}`;
    let group = named.get(key);
    if (!group) named.set(key, (group = { iri, type, label, aliases: new Set() }));
    const alias = str(r.alias);
    if (alias) group.aliases.add(alias);
  }
  const entities = new Map<string, ViewerPayload['entities'][number]>();
  for (const [, group] of [...named].sort(([a], [b]) => byCodePoint(a, b))) {
    const { iri, label } = group;
    const kind = KIND_OF_TYPE[group.type];
    // an entity typed twice (a Person and a Place) keeps one kind: the first in a fixed order
    const existing = entities.get(iri);
    if (!kind || (existing && byCodePoint(existing.kind, kind) <= 0)) continue;
    const aliases = [...group.aliases].filter((a) => a !== label).sort();
    entities.set(iri, { iri, kind, label, ...(aliases.length ? { aliases } : {}) });
  }
  for (const r of rows.speakers) {
    const iri = str(r.e)!;
    if (!entities.has(iri)) entities.set(iri, { iri, kind: 'speaker', label: str(r.label) ?? 'unnamed speaker' });
  }

  const mentions = mentionsInQuotes(
    rows.segments.map((r) => ({ quote: str(r.quote)!, ctx: str(r.ctx)!, begin: num(r.begin) ?? 0, end: num(r.end) ?? 0 })),
    rows.mentions.map((r) => ({ ctx: str(r.ctx)!, entity: str(r.entity)!, begin: num(r.begin) ?? 0, end: num(r.end) ?? 0 })),
  );
  const quotes: ViewerPayload['quotes'] = rows.quotes
    .map((r) => {
      const iri = str(r.quote)!;
      const m = mentions.get(iri);
      return { iri, speaker: str(r.speaker)!, short: shortText(str(r.text) ?? ''), article: articleOf(r), ...(m ? { mentions: m } : {}) };
    })
    .sort((a, b) => byCodePoint(a.iri, b.iri) || byCodePoint(a.speaker, b.speaker));
  const pledges: ViewerPayload['pledges'] = rows.pledges
    .map((r) => ({
      iri: str(r.pledge)!,
      giver: str(r.giver)!,
      recipient: str(r.recipient),
      item: str(r.item),
      quantity: num(r.quantity),
      value: num(r.value),
      currency: str(r.currency),
      printed: str(r.printed),
      article: articleOf(r),
    }))
    .sort((a, b) => byCodePoint(a.iri, b.iri) || byCodePoint(a.giver, b.giver) || byCodePoint(a.recipient ?? '', b.recipient ?? ''));
  const roles: ViewerPayload['roles'] = rows.roles
    .map((r) => ({ iri: str(r.role)!, person: str(r.person)!, title: str(r.title) ?? '', of: str(r.of), article: articleOf(r) }))
    .sort((a, b) => byCodePoint(a.iri, b.iri) || byCodePoint(a.person, b.person));
  const entityList = [...entities.values()].sort((a, b) => byCodePoint(a.iri, b.iri));
  timings.assemble = Math.round(performance.now() - t1);

  const t2 = performance.now();
  const layout = layOut({ entities: entityList, quotes, pledges, roles });
  const first = await layout.first;
  timings.firstRing = Math.round(performance.now() - t2);
  const firstResult: LayoutResult = { placed: first.positions.size, rings: [first.positions.size], iterations: 0, quality: first.quality, ms: timings.firstRing };
  // the first ring stays where it is while the outer ones settle: its positions are final
  const core = corePayload({ version: 1, articles, entities: placed(entityList, first.positions), quotes, pledges, roles, layout: firstResult, timings: { ...timings } }, first.defaultView);
  const whole = layout.whole.then((w): ViewerPayload => {
    timings.layout = Math.round(w.result.ms);
    return { version: 1, articles, entities: placed(entityList, w.positions), quotes, pledges, roles, layout: w.result, timings };
  });
  return { core, whole };
}

/**
 * The default view alone (see ViewerPayload): its actors with their whole-graph strength, and every
 * statement with an edge between two of them. Articles are those statements' own, renumbered.
 */
export function corePayload(whole: ViewerPayload, defaultView: DefaultViewMember[]): ViewerPayload {
  // the layout counted each actor's statements and edges as the viewer counts them
  const strength = new Map(defaultView.map((m) => [m.iri, { statements: m.statements, degree: m.degree }]));
  const inCore = (iri: string | undefined) => iri !== undefined && strength.has(iri);
  const articles: ViewerPayload['articles'] = [];
  const renumbered = new Map<number, number>();
  const article = <T extends { article?: number }>(row: T): T => {
    if (row.article === undefined) return row;
    let k = renumbered.get(row.article);
    if (k === undefined) {
      renumbered.set(row.article, (k = articles.length));
      articles.push(whole.articles[row.article]!);
    }
    return { ...row, article: k };
  };
  const quotes = whole.quotes
    .filter((q) => inCore(q.speaker) && q.mentions?.some((m) => m !== q.speaker && inCore(m)))
    .map((q) => article({ ...q, mentions: q.mentions!.filter(inCore) }));
  const pledges = whole.pledges.filter((p) => inCore(p.giver) && inCore(p.recipient) && p.giver !== p.recipient).map(article);
  const roles = whole.roles.filter((r) => inCore(r.person) && inCore(r.of) && r.person !== r.of).map(article);
  const entities = whole.entities.filter((e) => inCore(e.iri)).map((e) => ({ ...e, ...strength.get(e.iri)! }));
  return { version: 1, part: 'core', articles, entities, quotes, pledges, roles, layout: whole.layout, timings: whole.timings };
}

/** A payload as sent: JSON, and gzip for clients that accept it (about a fifth of the bytes). */
export interface EncodedPayload {
  json: Buffer;
  gzip: Buffer;
}

/** Where the server finds the viewer's data: the default view's, and the whole graph's (later). */
export interface ViewerData {
  core(): Promise<EncodedPayload>;
  whole(): Promise<EncodedPayload>;
}

export function encodeViewerPayload(payload: ViewerPayload): EncodedPayload {
  const json = Buffer.from(JSON.stringify(payload), 'utf8');
  return { json, gzip: gzipSync(json, { level: 6 }) };
}

/** Rows of query solutions (the triple index's), each term made once however many rows hold it. */
export function rowsOfSolutions(sol: Solutions): Row[] {
  const terms = new Map<number, JsonTerm>();
  const term = (id: number) => {
    if (!sol.sharedIds) return sol.term(id);
    let t = terms.get(id);
    if (t === undefined) terms.set(id, (t = sol.term(id)));
    return t;
  };
  const rows: Row[] = new Array(sol.size);
  for (let r = 0; r < sol.size; r++) {
    const row: Row = {};
    for (let c = 0; c < sol.vars.length; c++) {
      const id = sol.at(r, c);
      if (id >= 0) row[sol.vars[c]!] = term(id);
    }
    rows[r] = row;
  }
  return rows;
}

/** Rows of a SPARQL JSON results document. */
export function rowsOf(results: JsonResults): Row[] {
  return results.results?.bindings ?? [];
}
