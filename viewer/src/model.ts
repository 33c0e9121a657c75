// The display graph: actors (people, countries, organizations, places, unnamed speakers) as
// nodes, relations as directed edges — said (speaker → the quote, when quotes are shown as
// nodes; folded, speaker → what the speaker's quotes speak of, labelled "spoke of", since the
// speaker did not speak to it), pledged (giver → recipient) and holds office (person → country or
// organization). Built from SELECT results over the contract shape.
// Only data goes into the graph (labels, kinds, positions, degrees, statement counts, edge
// curvature for parallel edges); sizes, colours, and what is highlighted, faded or hidden are
// decided by the renderer's reducers.
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { MultiDirectedGraph } from 'graphology';

export { KIND_COLORS, NODE_KINDS, type NodeKind, RELATION_COLORS, RELATIONS, type Relation } from './kinds.js';
import { type NodeKind, type Relation } from './kinds.js';

const SCHEMA = 'http://schema.org/';
const KIND_OF_TYPE: Record<string, NodeKind> = {
  [`${SCHEMA}Person`]: 'person',
  [`${SCHEMA}Country`]: 'country',
  [`${SCHEMA}Organization`]: 'organization',
  [`${SCHEMA}Place`]: 'place',
};
export const TYPE_OF_KIND: Partial<Record<NodeKind, string>> = Object.fromEntries(Object.entries(KIND_OF_TYPE).map(([t, k]) => [k, t]));

export interface Entity {
  iri: string;
  kind: NodeKind;
  label: string;
  aliases: string[];
  /** Over the whole graph, given with the default view's data (`GraphData.core`). */
  strength?: { statements: number; degree: number };
}
export interface QuoteRow {
  iri: string;
  speaker: string;
  short: string;
}
export interface PledgeRow {
  iri: string;
  giver: string;
  recipient?: string;
  item?: string;
  quantity?: number;
  value?: number;
  currency?: string;
  printed?: string;
}
export interface RoleRow {
  iri: string;
  person: string;
  title: string;
  of?: string;
}

export interface GraphData {
  entities: Map<string, Entity>;
  quotes: QuoteRow[];
  /** quote IRI → IRIs of the entities its segments mention */
  quoteMentions: Map<string, string[]>;
  pledges: PledgeRow[];
  roles: RoleRow[];
  articles: ArticleInfo[];
  /** statement IRI → index of its article in `articles` */
  statementArticle: Map<string, number>;
  /** Positions laid out by the server (actors with an edge). */
  positions: Map<string, { x: number; y: number }>;
  /** The server's layout quality for its first ring (the default view). */
  layoutQuality?: number;
  /** Only the default view (its actors and the statements between them): the whole graph follows. */
  core?: boolean;
}

export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  kind: NodeKind;
  /** Edges in the display graph. */
  degree: number;
  /** Statements (quotes said or mentioning it, pledges given or received, offices) involving the node. */
  statements: number;
}

export interface EdgeAttributes {
  relation: Relation;
  label: string;
  /** IRIs of the statements (quotes, pledges, roles) behind the edge */
  statements: string[];
  /** sigma edge program: 'straight' or 'curved' (parallel edges) */
  type?: string;
  curvature?: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type DisplayGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** An article statements come from (its index in `GraphData.articles`). */
export interface ArticleInfo {
  iri: string;
  doc?: string;
  title?: string;
  /** schema:datePublished as written (an xsd:date or xsd:dateTime). */
  date?: string;
}

/** GET /api/viewer-graph's answer (src/serve/viewer-data.ts, version 1). */
interface ViewerPayload {
  version: number;
  part?: 'core';
  articles: ArticleInfo[];
  entities: { iri: string; kind: NodeKind; label: string; aliases?: string[]; x?: number; y?: number; statements?: number; degree?: number }[];
  quotes: { iri: string; speaker: string; short: string; article?: number; mentions?: string[] }[];
  pledges: (Omit<PledgeRow, never> & { article?: number })[];
  roles: (RoleRow & { article?: number })[];
  layout?: { quality?: number; placed: number };
}

/**
 * Fetches what the display graph needs, built and laid out once by the server
 * (src/serve/viewer-data.ts): the default view's alone ('core', drawn first) or the whole graph's.
 */
export function fetchGraphData(part: 'core' | 'whole'): Promise<Response> {
  // a plain GET, as index.html preloads it: any other header and the browser fetches it twice
  return fetch(part === 'core' ? '/api/viewer-graph?part=core' : '/api/viewer-graph');
}

/**
 * Reads a response of `fetchGraphData`. The whole graph's is read only once the default view is
 * drawn: parsing megabytes of JSON would hold the first frame back.
 */
export async function readGraphData(response: Promise<Response>): Promise<GraphData> {
  const res = await response;
  if (!res.ok) throw new Error(`the server did not give the graph (${res.status}): ${(await res.text()).trim()}`);
  return graphDataOf((await res.json()) as ViewerPayload);
}

/** The payload as the viewer keeps it (maps by IRI). */
export function graphDataOf(p: ViewerPayload): GraphData {
  if (p.version !== 1) throw new Error(`the server sent viewer data version ${p.version}; this viewer reads version 1`);
  const entities = new Map<string, Entity>();
  const positions = new Map<string, { x: number; y: number }>();
  for (const e of p.entities) {
    const strength = typeof e.statements === 'number' && typeof e.degree === 'number' ? { strength: { statements: e.statements, degree: e.degree } } : {};
    entities.set(e.iri, { iri: e.iri, kind: e.kind, label: e.label, aliases: e.aliases ?? [], ...strength });
    if (typeof e.x === 'number' && typeof e.y === 'number') positions.set(e.iri, { x: e.x, y: e.y });
  }
  const statementArticle = new Map<string, number>();
  const quoteMentions = new Map<string, string[]>();
  const quotes: QuoteRow[] = p.quotes.map((q) => {
    if (q.mentions?.length) quoteMentions.set(q.iri, q.mentions);
    if (q.article !== undefined) statementArticle.set(q.iri, q.article);
    return { iri: q.iri, speaker: q.speaker, short: q.short };
  });
  const pledges: PledgeRow[] = p.pledges.map(({ article, ...row }) => {
    if (article !== undefined) statementArticle.set(row.iri, article);
    return row;
  });
  const roles: RoleRow[] = p.roles.map(({ article, ...row }) => {
    if (article !== undefined) statementArticle.set(row.iri, article);
    return row;
  });
  return { entities, quotes, quoteMentions, pledges, roles, articles: p.articles, statementArticle, positions, layoutQuality: p.layout?.quality, ...(p.part === 'core' ? { core: true } : {}) };
}

export function formatAmount(value: number, currency?: string): string {
  if (!currency) return value.toLocaleString('en');
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0, notation: value >= 1e6 ? 'compact' : 'standard' }).format(value);
  } catch {
    return `${value.toLocaleString('en')} ${currency}`;
  }
}

/** What a pledge edge says: the amount as printed, or quantity and item. */
export function pledgeLabel(p: Pick<PledgeRow, 'printed' | 'value' | 'currency' | 'quantity' | 'item'>): string {
  if (p.printed) return p.printed;
  if (p.value !== undefined) return formatAmount(p.value, p.currency);
  if (p.item) return p.quantity !== undefined ? `${p.quantity} ${p.item}` : p.item;
  return 'pledged';
}

/** A deterministic pseudo-random number in [0, 1) for a string (stable initial positions). */
function hash01(s: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

function initialPosition(key: string, n: number): { x: number; y: number } {
  const r = Math.sqrt(hash01(key, 1)) * Math.sqrt(n) * 10;
  const a = hash01(key, 2) * Math.PI * 2;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  // sigma's parallel-edges recipe, plus a floor so that two parallel edges and their labels clear each other
  const maxCurvature = 0.3 + amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Label of a folded quote edge: the speaker spoke of the target, not to it. */
export const SPOKE_OF = 'spoke of';

export interface BuildOptions {
  showQuotes: boolean;
  /** Positions to keep (when rebuilding after a toggle). */
  positions?: Map<string, { x: number; y: number }>;
}

/** Fills `graph` (cleared first) with the display graph of `data`. */
export function buildGraph(graph: DisplayGraph, data: GraphData, options: BuildOptions): void {
  graph.clear();
  const n = data.entities.size + (options.showQuotes ? data.quotes.length : 0);
  const place = (key: string) => options.positions?.get(key) ?? data.positions.get(key) ?? initialPosition(key, n);
  for (const e of data.entities.values()) {
    graph.addNode(e.iri, { ...place(e.iri), label: e.label, kind: e.kind, degree: 0, statements: 0 });
  }
  const edge = (source: string, target: string, relation: Relation, label: string, statement: string, key: string) => {
    if (!graph.hasNode(source) || !graph.hasNode(target) || source === target) return;
    if (graph.hasEdge(key)) {
      const a = graph.getEdgeAttributes(key);
      if (!a.statements.includes(statement)) a.statements.push(statement);
      return;
    }
    graph.addEdgeWithKey(key, source, target, { relation, label, statements: [statement] });
  };

  for (const q of data.quotes) {
    if (!graph.hasNode(q.speaker)) continue;
    const mentioned = data.quoteMentions.get(q.iri) ?? [];
    if (options.showQuotes) {
      const p = options.positions?.get(q.iri) ?? (() => {
        const s = graph.getNodeAttributes(q.speaker);
        return { x: s.x + (hash01(q.iri, 3) - 0.5) * 8, y: s.y + (hash01(q.iri, 4) - 0.5) * 8 };
      })();
      graph.addNode(q.iri, { ...p, label: `“${q.short}”`, kind: 'quote', degree: 0, statements: 1 });
      edge(q.speaker, q.iri, 'said', 'said', q.iri, `said ${q.speaker} ${q.iri}`);
      for (const m of mentioned) edge(q.iri, m, 'mentions', 'mentions', q.iri, `mentions ${q.iri} ${m}`);
    } else {
      for (const m of mentioned) edge(q.speaker, m, 'said', SPOKE_OF, q.iri, `said ${q.speaker} ${m}`);
    }
  }
  for (const p of data.pledges) {
    if (p.recipient) edge(p.giver, p.recipient, 'pledged', pledgeLabel(p), p.iri, `pledged ${p.iri}`);
  }
  for (const r of data.roles) {
    if (r.of) edge(r.person, r.of, 'office', r.title, r.iri, `office ${r.person} ${r.of} ${r.title}`);
  }
  // folded quotes: one edge per speaker and entity, counting the quotes behind it
  graph.forEachEdge((e, a) => {
    if (a.relation === 'said' && a.label === SPOKE_OF && a.statements.length > 1) graph.setEdgeAttribute(e, 'label', `${SPOKE_OF} ×${a.statements.length}`);
  });
  // statements involving each node: all of a speaker's quotes count, those that mention no one too
  const involved = new Map<string, number>();
  const involve = (iri: string | undefined) => {
    if (iri) involved.set(iri, (involved.get(iri) ?? 0) + 1);
  };
  for (const q of data.quotes) {
    involve(q.speaker);
    for (const m of new Set(data.quoteMentions.get(q.iri) ?? [])) if (m !== q.speaker) involve(m);
  }
  for (const p of data.pledges) {
    involve(p.giver);
    if (p.recipient !== p.giver) involve(p.recipient);
  }
  for (const r of data.roles) {
    involve(r.person);
    if (r.of !== r.person) involve(r.of);
  }

  // parallel edges (e.g. two pledges, or a pledge and an office, between the same pair) are curved apart
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  // large graphs draw plain lines (one vertex pair an edge: far cheaper than arrows in software
  // WebGL); small ones draw arrows, curved apart when parallel
  const straight = graph.order + graph.size > 3000 ? 'line' : 'straight';
  graph.forEachEdge((e, a) => {
    if (typeof a.parallelMinIndex === 'number') {
      const idx = a.parallelIndex ?? 0;
      graph.mergeEdgeAttributes(e, { type: idx ? 'curved' : straight, curvature: curvature(idx, a.parallelMaxIndex ?? 1) });
    } else if (typeof a.parallelIndex === 'number') {
      graph.mergeEdgeAttributes(e, { type: 'curved', curvature: curvature(a.parallelIndex, a.parallelMaxIndex ?? 1) });
    } else {
      graph.setEdgeAttribute(e, 'type', straight);
    }
  });

  // the default view alone knows its actors' strength over the whole graph, not from its own statements
  const strength = (node: string) => (data.core ? data.entities.get(node)?.strength : undefined);
  graph.updateEachNodeAttributes(
    (node, a) => ({ ...a, degree: strength(node)?.degree ?? graph.degree(node), statements: a.kind === 'quote' ? 1 : (strength(node)?.statements ?? involved.get(node) ?? 0) }),
    { attributes: ['degree', 'statements'] },
  );
}
