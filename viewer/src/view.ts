// What the viewer shows of the graph, as one typed settings object (ViewSettings) with defaults
// and validation, read from and written to the URL; and the pure functions that turn settings,
// selection and expansions into the set of visible nodes. The graph keeps only data: the
// reducers in main.ts consult the set computed here.
//
// Why a visible set rather than per-node tests in the reducer: "the 200 strongest nodes" and
// "the neighbours of the selection" are properties of the whole graph, cheap to compute once per
// change (a sort over at most a few tens of thousands of nodes) and too dear to compute per
// node per frame.
import { type NodeKind, NODE_KINDS, RELATIONS, type Relation } from './kinds.js';
import { linkFloor } from '../../src/serve/layout-measure.js';

export { AUTO_LINKS_PER_NODE, linkFloor } from '../../src/serve/layout-measure.js';

/** How a selection treats the rest of the graph: faded behind it, or hidden. */
export const FOCUS_MODES = ['fade', 'hide'] as const;
export type FocusMode = (typeof FOCUS_MODES)[number];

/** Choices offered for "strongest N nodes"; 0 shows all. */
export const TOP_CHOICES = [50, 100, 200, 500, 1000, 2000, 0] as const;
export const MAX_MIN_DEGREE = 20;
/** Choices offered for "links backed by at least N statements"; 0 lets the view choose (see `minLink`). */
export const LINK_CHOICES = [0, 1, 2, 3, 5, 10] as const;
export const MAX_MIN_LINK = 1000;

export interface ViewSettings {
  /** Node kinds shown. Unnamed speakers are off by default: thousands of "a spokesman" nodes. */
  kinds: NodeKind[];
  /** Relations drawn. */
  relations: Relation[];
  /** Show only the N nodes with the most statements (0: all that pass the other filters). */
  top: number;
  /** Hide nodes with fewer edges; 1 hides unconnected nodes. */
  minDegree: number;
  /**
   * Draw only links backed by at least this many statements (1: every link); 0 chooses for the view
   * (AUTO_LINKS_PER_NODE). The links of a selected or expanded node are drawn whatever it says.
   */
  minLink: number;
  /** Whether a selection fades or hides the nodes outside its neighbourhood. */
  focus: FocusMode;
  /**
   * Only statements from articles published in this range (inclusive; a year, a month or a day,
   * as schema:datePublished writes them: "2024", "2024-03", "2024-03-05"); '' leaves that end open.
   * With either end set, statements from undated articles are left out.
   */
  from: string;
  to: string;
  /** Only statements from this article (its IRI); '' for all. */
  article: string;
}

export const DEFAULT_VIEW: Readonly<ViewSettings> = Object.freeze<ViewSettings>({
  kinds: ['person', 'country', 'organization', 'place'],
  relations: ['said', 'mentions', 'pledged', 'office'],
  top: 200,
  minDegree: 1,
  minLink: 0,
  focus: 'fade',
  from: '',
  to: '',
  article: '',
});

const KIND_SET = new Set<string>(NODE_KINDS.map((k) => k.kind));
const RELATION_SET = new Set<string>(RELATIONS.map((r) => r.relation));

/**
 * A full, valid settings object from a partial, untrusted one (the URL, a test): unknown kinds and
 * relations are dropped, numbers are clamped to their range, anything unusable falls back to its
 * default. `problems` says what was corrected, so a caller can report it.
 */
export function validateView(input: Partial<Record<keyof ViewSettings, unknown>>, problems: string[] = []): ViewSettings {
  const out: ViewSettings = { ...DEFAULT_VIEW, kinds: [...DEFAULT_VIEW.kinds], relations: [...DEFAULT_VIEW.relations] };
  const list = <T extends string>(name: string, v: unknown, allowed: Set<string>): T[] | undefined => {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      problems.push(`${name}: not a list`);
      return undefined;
    }
    const ok = v.filter((x): x is T => typeof x === 'string' && allowed.has(x));
    if (ok.length !== v.length) problems.push(`${name}: ignored ${v.filter((x) => !ok.includes(x as T)).join(', ')}`);
    return [...new Set(ok)];
  };
  const int = (name: string, v: unknown, min: number, max: number): number | undefined => {
    if (v === undefined) return undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isFinite(n)) {
      problems.push(`${name}: not a number`);
      return undefined;
    }
    const c = Math.min(max, Math.max(min, Math.round(n)));
    if (c !== n) problems.push(`${name}: ${n} taken as ${c}`);
    return c;
  };
  out.kinds = list<NodeKind>('kinds', input.kinds, KIND_SET) ?? out.kinds;
  out.relations = list<Relation>('relations', input.relations, RELATION_SET) ?? out.relations;
  out.top = int('top', input.top, 0, 1_000_000) ?? out.top;
  out.minDegree = int('minDegree', input.minDegree, 0, MAX_MIN_DEGREE) ?? out.minDegree;
  out.minLink = int('minLink', input.minLink, 0, MAX_MIN_LINK) ?? out.minLink;
  for (const end of ['from', 'to'] as const) {
    const v = input[end];
    if (v === undefined || v === '') continue;
    if (typeof v === 'string' && DATE.test(v)) out[end] = v;
    else problems.push(`${end}: ${String(v)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  if (out.from && out.to && out.from.slice(0, out.to.length) > out.to) {
    problems.push(`from ${out.from} is after to ${out.to}: swapped`);
    [out.from, out.to] = [out.to, out.from];
  }
  if (typeof input.article === 'string') out.article = input.article;
  if (input.focus !== undefined) {
    if ((FOCUS_MODES as readonly unknown[]).includes(input.focus)) out.focus = input.focus as FocusMode;
    else problems.push(`focus: ${String(input.focus)} is not one of ${FOCUS_MODES.join(', ')}`);
  }
  return out;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a publication date (an xsd:date or xsd:dateTime, or none) falls in the view's range. */
export function inDateRange(date: string | undefined, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  // compared at the precision of each end: "2024-03" holds every day of March
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

// ------------------------------------------------------------------ URL form

/** URL parameter of each setting (short, since they end up in shared links). */
const PARAM = { kinds: 'kinds', relations: 'rels', top: 'top', minDegree: 'deg', minLink: 'links', focus: 'focus', from: 'from', to: 'to', article: 'article' } as const satisfies Record<keyof ViewSettings, string>;

/** The settings named in URL parameters (others at their defaults). */
export function viewFromParams(p: URLSearchParams, problems?: string[]): ViewSettings {
  const raw: Partial<Record<keyof ViewSettings, unknown>> = {};
  const split = (v: string) => (v ? v.split(',') : []);
  if (p.has(PARAM.kinds)) raw.kinds = split(p.get(PARAM.kinds)!);
  if (p.has(PARAM.relations)) raw.relations = split(p.get(PARAM.relations)!);
  if (p.has(PARAM.top)) raw.top = p.get(PARAM.top);
  if (p.has(PARAM.minDegree)) raw.minDegree = p.get(PARAM.minDegree);
  if (p.has(PARAM.minLink)) raw.minLink = p.get(PARAM.minLink);
  if (p.has(PARAM.focus)) raw.focus = p.get(PARAM.focus);
  for (const k of ['from', 'to', 'article'] as const) if (p.has(PARAM[k])) raw[k] = p.get(PARAM[k]);
  return validateView(raw, problems);
}

/** Writes the settings that differ from the defaults (so a default view has a clean URL). */
export function viewToParams(s: ViewSettings, p: URLSearchParams): void {
  const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (!sameList(s.kinds, DEFAULT_VIEW.kinds)) p.set(PARAM.kinds, s.kinds.join(','));
  if (!sameList(s.relations, DEFAULT_VIEW.relations)) p.set(PARAM.relations, s.relations.join(','));
  if (s.top !== DEFAULT_VIEW.top) p.set(PARAM.top, String(s.top));
  if (s.minDegree !== DEFAULT_VIEW.minDegree) p.set(PARAM.minDegree, String(s.minDegree));
  if (s.minLink !== DEFAULT_VIEW.minLink) p.set(PARAM.minLink, String(s.minLink));
  if (s.focus !== DEFAULT_VIEW.focus) p.set(PARAM.focus, s.focus);
  for (const k of ['from', 'to', 'article'] as const) if (s[k]) p.set(PARAM[k], s[k]);
}

// ------------------------------------------------------------------ the visible set

/** What visibility needs of a node (the display graph's attributes). */
export interface RankedNode {
  kind: NodeKind;
  /** Edges in the display graph. */
  degree: number;
  /** Statements (quotes, pledges, offices) that involve the node. */
  statements: number;
  label: string;
}

/** The slice of a graph that visibility reads (graphology's MultiDirectedGraph fits). */
/** What drawing a link reads of it (the display graph's edge attributes). */
export interface LinkLike {
  relation: Relation;
  /** The statements behind the link (one when absent). */
  statements?: readonly unknown[];
}

export interface GraphLike {
  forEachNode(cb: (node: string, a: RankedNode) => void): void;
  forEachEdge(cb: (edge: string, a: LinkLike, source: string, target: string) => void): void;
  forEachNeighbor(node: string, cb: (neighbor: string) => void): void;
  hasNode(node: string): boolean;
  getNodeAttribute(node: string, name: 'kind'): NodeKind;
}

export interface Focus {
  /** The selected node: shown with its neighbours whatever the filters say. */
  selected?: string;
  /** Nodes whose neighbours the user asked to see ("expand"). */
  expanded: ReadonlySet<string>;
}

/** Strongest first: more statements, then more edges, then by label (stable across visits). */
export function compareStrength(a: RankedNode, b: RankedNode): number {
  return b.statements - a.statements || b.degree - a.degree || a.label.localeCompare(b.label);
}

/** The nodes to draw, and the fewest statements a link needs to be drawn among them. */
export interface VisibleSet {
  nodes: Set<string>;
  minLink: number;
}

const statementsOf = (a: LinkLike) => a.statements?.length ?? 1;

/**
 * The nodes to draw. Filters (kinds, minimum degree) pick candidates, `top` keeps the strongest of
 * them; the links among them set the statements a link needs (`minLink`, or chosen by `linkFloor`),
 * and a node left without a drawn link among them goes; the selection and expanded nodes then add their neighbours of shown kinds, because what
 * the user asked to look at must not vanish behind a ranking. With focus 'hide' and a selection,
 * only the selection's neighbourhood (and expansions) is shown.
 */
export function visibleNodes(graph: GraphLike, s: ViewSettings, focus: Focus): VisibleSet {
  const kinds = new Set(s.kinds);
  const relations = new Set<string>(s.relations);
  const visible = new Set<string>();
  let minLink = Math.max(1, s.minLink);
  const selected = focus.selected && graph.hasNode(focus.selected) ? focus.selected : undefined;
  if (!(selected && s.focus === 'hide')) {
    const candidates: { node: string; a: RankedNode }[] = [];
    graph.forEachNode((node, a) => {
      if (kinds.has(a.kind) && a.degree >= s.minDegree) candidates.push({ node, a });
    });
    const ranked = s.top > 0 && candidates.length > s.top;
    if (ranked) candidates.sort((x, y) => compareStrength(x.a, y.a));
    for (const { node } of ranked ? candidates.slice(0, s.top) : candidates) visible.add(node);
    const weights: number[] = [];
    graph.forEachEdge((_e, a, from, to) => {
      if (relations.has(a.relation) && visible.has(from) && visible.has(to)) weights.push(statementsOf(a));
    });
    if (s.minLink === 0) minLink = linkFloor(weights, visible.size);
    // a node kept by the ranking whose neighbours all fell below it (or whose links all fall below
    // minLink) would float alone and squeeze the rest into the middle of the frame: with a minimum
    // degree, it goes too
    if (s.minDegree > 0 && (ranked || minLink > 1)) {
      const linked = new Set<string>();
      graph.forEachEdge((_e, a, from, to) => {
        if (from !== to && relations.has(a.relation) && statementsOf(a) >= minLink && visible.has(from) && visible.has(to)) linked.add(from).add(to);
      });
      for (const node of [...visible]) if (!linked.has(node)) visible.delete(node);
    }
  }
  const open = (node: string) => {
    visible.add(node);
    graph.forEachNeighbor(node, (n) => {
      if (kinds.has(graph.getNodeAttribute(n, 'kind'))) visible.add(n);
    });
  };
  for (const node of focus.expanded) if (graph.hasNode(node)) open(node);
  if (selected) open(selected);
  return { nodes: visible, minLink };
}


/** Whether a link is drawn: of a shown relation, and strong enough or touching what the user opened. */
export function drawsLink(a: LinkLike, source: string, target: string, relations: ReadonlySet<string>, minLink: number, focus: Focus): boolean {
  if (!relations.has(a.relation)) return false;
  if (statementsOf(a) >= minLink) return true;
  const opened = (n: string) => n === focus.selected || focus.expanded.has(n);
  return opened(source) || opened(target);
}

/** The selected node and its neighbours (what a selection brings forward). */
export function neighbourhood(graph: GraphLike, node: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!node || !graph.hasNode(node)) return out;
  out.add(node);
  graph.forEachNeighbor(node, (n) => out.add(n));
  return out;
}

/**
 * A shortest path between two nodes, over edges in either direction (a path of who spoke of whom
 * reads both ways), through nodes of the given kinds only (the ends are always allowed); the
 * nodes from `from` to `to`, or undefined when none joins them. Breadth-first, neighbours in the
 * graph's order: the same path on every visit.
 */
export function shortestPath(graph: GraphLike, from: string, to: string, kinds?: ReadonlySet<NodeKind>): string[] | undefined {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return undefined;
  if (from === to) return [from];
  const previous = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const node of frontier) {
      let found = false;
      graph.forEachNeighbor(node, (n) => {
        if (found || previous.has(n)) return;
        if (n !== to && kinds && !kinds.has(graph.getNodeAttribute(n, 'kind'))) return;
        previous.set(n, node);
        if (n === to) found = true;
        else next.push(n);
      });
      if (found) {
        const path = [to];
        while (path[0] !== from) path.unshift(previous.get(path[0])!);
        return path;
      }
    }
    frontier = next;
  }
  return undefined;
}
