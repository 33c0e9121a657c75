// The newskg viewer: the graph from the server's SPARQL endpoint, drawn with sigma 3 (WebGL),
// laid out with ForceAtlas2 (in its web worker), with search, filters, details and a SPARQL panel.
//
// sigma idioms: settings are one typed object (SETTINGS, LARGE_GRAPH_SETTINGS); the graph holds
// only data (model.ts); hover, selection, query hits and filters live in `state` and reach the
// screen through nodeReducer/edgeReducer, followed by a refresh.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, type EdgeProgramType, NodeCircleProgram, type NodeProgramType, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { append, byId, clear, download, h } from './dom';
import { viewToPng, visibleTurtle } from './export';
import {
  type DisplayGraph,
  type EdgeAttributes,
  type GraphData,
  KIND_COLORS,
  NODE_KINDS,
  type NodeAttributes,
  type NodeKind,
  RELATIONS,
  RELATION_COLORS,
  type Relation,
  buildGraph,
  loadGraphData,
} from './model';
import { type PanelContext, showEdge, showNode } from './panel';
import { type Table, type Term, construct, queryForm, select } from './sparql';
import './style.css';

// ------------------------------------------------------------------ settings

type ViewerSettings = Partial<Settings<NodeAttributes, EdgeAttributes>>;
type EdgeProgram = EdgeProgramType<NodeAttributes, EdgeAttributes>;
type NodeProgram = NodeProgramType<NodeAttributes, EdgeAttributes>;

/** sigma settings for every graph. */
const SETTINGS: ViewerSettings = {
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  defaultEdgeType: 'straight',
  edgeProgramClasses: {
    straight: EdgeArrowProgram as unknown as EdgeProgram,
    curved: EdgeCurvedArrowProgram as unknown as EdgeProgram,
    line: EdgeLineProgram as unknown as EdgeProgram,
  },
  nodeProgramClasses: { circle: NodeCircleProgram as unknown as NodeProgram, point: NodePointProgram as unknown as NodeProgram },
  zIndex: true,
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#1d2433' },
  edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  edgeLabelSize: 11,
  edgeLabelColor: { color: '#55607a' },
  labelDensity: 2,
  labelGridCellSize: 60,
  labelRenderedSizeThreshold: 3,
  minCameraRatio: 0.02,
  maxCameraRatio: 8,
  stagePadding: 40,
};

/** Graphs past this many nodes + edges hide edges and labels while the camera moves. */
const LARGE_GRAPH = 3000;
const LARGE_GRAPH_SETTINGS: ViewerSettings = {
  defaultNodeType: 'point',
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
  labelDensity: 0.6,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 8,
};

/** ForceAtlas2 for small graphs, run to completion before the first frame: strong gravity keeps
 * unconnected nodes near the rest, a high scaling ratio leaves room for labels. */
const SMALL_LAYOUT = { gravity: 0.3, strongGravityMode: true, scalingRatio: 100, slowDown: 2, barnesHutOptimize: false, adjustSizes: false, linLogMode: false, outboundAttractionDistribution: false, edgeWeightInfluence: 1 };

const FADED_NODE = '#dde1e8';
const FADED_EDGE = '#eceff4';
const SELECTED_EDGE = '#11151c';

// ------------------------------------------------------------------ state

interface ViewState {
  hovered?: string;
  hoverNeighbors: Set<string>;
  selected?: string;
  selectedEdge?: string;
  /** Nodes named in the last query's results. */
  hits: Set<string>;
  kinds: Set<NodeKind>;
  relations: Set<Relation>;
  hideIsolated: boolean;
  showQuotes: boolean;
  query?: string;
}

const state: ViewState = {
  hoverNeighbors: new Set(),
  hits: new Set(),
  kinds: new Set(NODE_KINDS.map((k) => k.kind)),
  relations: new Set(RELATIONS.map((r) => r.relation)),
  hideIsolated: false,
  showQuotes: false,
};

const timings: Record<string, number> = { start: performance.now() };
const graph: DisplayGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
let data: GraphData;
let renderer: Sigma<NodeAttributes, EdgeAttributes>;
let layout: FA2Layout<NodeAttributes, EdgeAttributes> | undefined;
let layoutTimer: ReturnType<typeof setTimeout> | undefined;

declare global {
  interface Window {
    /** For tests and benchmarks. */
    __newskg?: {
      graph: DisplayGraph;
      renderer: Sigma<NodeAttributes, EdgeAttributes>;
      state: ViewState;
      timings: Record<string, number>;
      layoutRunning: () => boolean;
      stopLayout: () => void;
      selectNode: (iri: string) => void;
    };
  }
}

function nodeHidden(node: string, a: NodeAttributes): boolean {
  return !state.kinds.has(a.kind) || (state.hideIsolated && a.degree === 0);
}

function nodeReducer(node: string, a: NodeAttributes): Partial<NodeDisplayData> {
  // `a` is what sigma will draw (the node's attributes); the result adds the view state on top
  const res: Partial<NodeDisplayData> = { ...a, color: KIND_COLORS[a.kind] };
  if (nodeHidden(node, a)) {
    res.hidden = true;
    return res;
  }
  const focus = state.hovered ?? undefined;
  if (focus && node !== focus && !state.hoverNeighbors.has(node)) {
    res.color = FADED_NODE;
    res.label = '';
    res.zIndex = 0;
  } else if (focus) {
    res.zIndex = 2;
    res.forceLabel = true;
  }
  if (state.hits.size) {
    if (state.hits.has(node)) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 3;
      res.size = a.size * 1.4;
    } else if (!focus) {
      res.color = FADED_NODE;
      res.zIndex = 0;
    }
  }
  if (node === state.selected) {
    res.highlighted = true;
    res.forceLabel = true;
    res.zIndex = 4;
    if (res.color === FADED_NODE) res.color = KIND_COLORS[a.kind];
  }
  return res;
}

function edgeReducer(edge: string, a: EdgeAttributes): Partial<EdgeDisplayData> {
  const res: Partial<EdgeDisplayData> = { ...a, color: RELATION_COLORS[a.relation] };
  if (!state.relations.has(a.relation)) {
    res.hidden = true;
    return res;
  }
  if (state.hovered && !graph.hasExtremity(edge, state.hovered)) {
    res.hidden = true;
    return res;
  }
  if (state.hits.size && !state.hovered) {
    const [s, t] = graph.extremities(edge);
    if (!state.hits.has(s) && !state.hits.has(t)) {
      res.color = FADED_EDGE;
      res.label = '';
    }
  }
  if (state.selected && graph.hasExtremity(edge, state.selected)) {
    res.forceLabel = true;
    res.zIndex = 1;
  }
  if (edge === state.selectedEdge) {
    res.color = SELECTED_EDGE;
    res.size = a.size * 2;
    res.forceLabel = true;
    res.zIndex = 2;
  }
  return res;
}

function refresh(): void {
  renderer?.refresh({ skipIndexation: true });
}

// ------------------------------------------------------------------ URL (hash) state

function readHash(): { node?: string; q?: string } {
  const p = new URLSearchParams(location.hash.replace(/^#/, ''));
  return { node: p.get('node') ?? undefined, q: p.get('q') ?? undefined };
}

function writeHash(): void {
  const p = new URLSearchParams();
  if (state.selected) p.set('node', state.selected);
  if (state.query) p.set('q', state.query);
  const hash = p.toString();
  const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}

// ------------------------------------------------------------------ panel, selection, camera

const panel = byId('panel');
const panelBody = byId('panel-body');

const panelContext: PanelContext = {
  get data() {
    return data;
  },
  labelOf: (iri) => (graph.hasNode(iri) ? graph.getNodeAttribute(iri, 'label') : data?.entities.get(iri)?.label),
  hasNode: (iri) => graph.hasNode(iri),
  selectNode: (iri) => selectNode(iri),
  zoomTo: (iri) => zoomTo(iri),
};

/** Centers the camera on a node, zoomed so that its neighbours stay in view. */
function zoomTo(node: string): void {
  const d = renderer.getNodeDisplayData(node);
  if (!d) return;
  // display coordinates are normalized (the whole graph is about 1 across at ratio 1)
  let reach = 0.05;
  graph.forEachNeighbor(node, (n) => {
    const nd = renderer.getNodeDisplayData(n);
    if (nd && !nd.hidden) reach = Math.max(reach, Math.abs(nd.x - d.x), Math.abs(nd.y - d.y));
  });
  const ratio = Math.min(1, Math.max(0.03, reach * 2.4));
  renderer.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 500 });
}

function selectNode(node: string | undefined, options: { zoom?: boolean } = {}): void {
  state.selectedEdge = undefined;
  if (!node || !graph.hasNode(node)) {
    state.selected = undefined;
    panel.hidden = true;
    byId<HTMLButtonElement>('zoom-node').disabled = true;
    writeHash();
    refresh();
    return;
  }
  state.selected = node;
  panel.hidden = false;
  byId<HTMLButtonElement>('zoom-node').disabled = false;
  void showNode(panelBody, panelContext, node, graph.getNodeAttribute(node, 'kind'));
  writeHash();
  refresh();
  if (options.zoom !== false) zoomTo(node);
}

function selectEdge(edge: string): void {
  state.selectedEdge = edge;
  const a = graph.getEdgeAttributes(edge);
  panel.hidden = false;
  void showEdge(panelBody, panelContext, { source: graph.source(edge), target: graph.target(edge), relation: a.relation, label: a.label, statements: a.statements });
  refresh();
}

// ------------------------------------------------------------------ layout

function layoutButton(): void {
  byId('layout-toggle').textContent = layout?.isRunning() ? 'Stop layout' : 'Start layout';
}

/**
 * On large graphs ForceAtlas2 works on a copy of the graph, and the positions reach the screen
 * every couple of seconds: redrawing thousands of nodes after every iteration would hold the main
 * thread (and the layout, which waits for it) to a few iterations a second.
 */
let layoutGraph: DisplayGraph | undefined;
let syncTimer: ReturnType<typeof setInterval> | undefined;
const LAYOUT_SYNC_MS = 2000;

function syncPositions(): void {
  const source = layoutGraph;
  if (!source || source === graph) return;
  graph.updateEachNodeAttributes(
    (node, a) => {
      if (!source.hasNode(node)) return a;
      const p = source.getNodeAttributes(node);
      return { ...a, x: p.x, y: p.y };
    },
    { attributes: ['x', 'y'] },
  );
}

function stopLayout(): void {
  if (layoutTimer) clearTimeout(layoutTimer);
  if (syncTimer) clearInterval(syncTimer);
  layoutTimer = undefined;
  syncTimer = undefined;
  if (layout?.isRunning()) {
    layout.stop();
    syncPositions();
  }
  layoutButton();
}

function startLayout(forMs?: number): void {
  if (!layout) {
    layoutGraph = graph.order + graph.size > LARGE_GRAPH ? graph.copy() : graph;
    const settings = forceAtlas2.inferSettings(layoutGraph);
    layout = new FA2Layout<NodeAttributes, EdgeAttributes>(layoutGraph, { settings: { ...settings, barnesHutOptimize: graph.order > 1000, slowDown: 4 } });
  }
  layout.start();
  if (layoutGraph !== graph) syncTimer = setInterval(syncPositions, LAYOUT_SYNC_MS);
  if (forMs) layoutTimer = setTimeout(stopLayout, forMs);
  layoutButton();
}

function killLayout(): void {
  stopLayout();
  layout?.kill();
  layout = undefined;
  layoutGraph = undefined;
}

// ------------------------------------------------------------------ filters and legend

function counts(): Map<string, number> {
  const m = new Map<string, number>();
  graph.forEachNode((_, a) => m.set(a.kind, (m.get(a.kind) ?? 0) + 1));
  graph.forEachEdge((_, a) => m.set(a.relation, (m.get(a.relation) ?? 0) + 1));
  return m;
}

function renderFilters(): void {
  const c = counts();
  const kinds = byId('kind-filters');
  clear(kinds);
  for (const k of NODE_KINDS) {
    if (k.kind === 'quote' && !state.showQuotes) continue;
    const box = h('input', { type: 'checkbox' }) as HTMLInputElement;
    box.type = 'checkbox';
    box.checked = state.kinds.has(k.kind);
    box.dataset.kind = k.kind;
    box.addEventListener('change', () => {
      if (box.checked) state.kinds.add(k.kind);
      else state.kinds.delete(k.kind);
      refresh();
    });
    const swatch = h('span', { className: 'swatch' });
    swatch.style.background = k.color;
    kinds.append(h('li', null, h('label', { className: 'check' }, box, swatch, k.label, h('span', { className: 'count' }, String(c.get(k.kind) ?? 0)))));
  }
  const rels = byId('relation-filters');
  clear(rels);
  for (const r of RELATIONS) {
    if (r.relation === 'mentions' && !state.showQuotes) continue;
    const box = h('input') as HTMLInputElement;
    box.type = 'checkbox';
    box.checked = state.relations.has(r.relation);
    box.dataset.relation = r.relation;
    box.addEventListener('change', () => {
      if (box.checked) state.relations.add(r.relation);
      else state.relations.delete(r.relation);
      refresh();
    });
    const swatch = h('span', { className: 'swatch line' });
    swatch.style.background = r.color;
    rels.append(h('li', null, h('label', { className: 'check' }, box, swatch, r.label, h('span', { className: 'count' }, String(c.get(r.relation) ?? 0)))));
  }
  byId('stats').textContent = `${graph.order.toLocaleString('en')} nodes · ${graph.size.toLocaleString('en')} edges`;
}

// ------------------------------------------------------------------ search

interface SearchEntry {
  node: string;
  text: string;
  lower: string;
  alias: boolean;
}
let searchIndex: SearchEntry[] = [];

function buildSearchIndex(): void {
  searchIndex = [];
  graph.forEachNode((node, a) => {
    if (a.kind === 'quote') return;
    searchIndex.push({ node, text: a.label, lower: a.label.toLowerCase(), alias: false });
    for (const alias of data.entities.get(node)?.aliases ?? []) searchIndex.push({ node, text: alias, lower: alias.toLowerCase(), alias: true });
  });
}

function searchMatches(query: string, limit = 12): SearchEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const e of searchIndex) {
    const i = e.lower.indexOf(q);
    if (i < 0) continue;
    const score = (e.lower === q ? 0 : i === 0 ? 1 : /\s/.test(e.lower[i - 1] ?? '') ? 2 : 3) + (e.alias ? 0.5 : 0);
    scored.push({ e, score });
  }
  scored.sort((a, b) => a.score - b.score || graph.getNodeAttribute(b.e.node, 'degree') - graph.getNodeAttribute(a.e.node, 'degree') || a.e.text.localeCompare(b.e.text));
  const seen = new Set<string>();
  const out: SearchEntry[] = [];
  for (const { e } of scored) {
    if (seen.has(e.node)) continue;
    seen.add(e.node);
    out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}

function setupSearch(): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('suggestions');
  let items: SearchEntry[] = [];
  let active = -1;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const choose = (e: SearchEntry | undefined) => {
    if (!e) return;
    close();
    input.value = graph.getNodeAttribute(e.node, 'label');
    if (!state.kinds.has(graph.getNodeAttribute(e.node, 'kind'))) {
      state.kinds.add(graph.getNodeAttribute(e.node, 'kind'));
      renderFilters();
    }
    selectNode(e.node);
  };
  const render = () => {
    clear(list);
    items.forEach((e, i) => {
      const a = graph.getNodeAttributes(e.node);
      const swatch = h('span', { className: 'swatch' });
      swatch.style.background = KIND_COLORS[a.kind];
      const li = h(
        'li',
        { role: 'option', className: i === active ? 'active' : '', attrs: { 'aria-selected': String(i === active) } },
        swatch,
        h('span', { className: 'label' }, a.label),
        e.alias ? h('span', { className: 'alias' }, e.text) : null,
        h('span', { className: 'kind' }, NODE_KINDS.find((k) => k.kind === a.kind)?.label ?? a.kind),
      );
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        choose(e);
      });
      list.append(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  input.addEventListener('input', () => {
    items = searchMatches(input.value);
    active = items.length ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!items.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      render();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      choose(items[active] ?? searchMatches(input.value)[0]);
    } else if (ev.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

// ------------------------------------------------------------------ SPARQL panel

const PREFIX_MAP: [string, string][] = [
  ['nkg', 'https://w3id.org/newskg#'],
  ['schema', 'http://schema.org/'],
  ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['skos', 'http://www.w3.org/2004/02/skos/core#'],
  ['owl', 'http://www.w3.org/2002/07/owl#'],
  ['wd', 'http://www.wikidata.org/entity/'],
  ['nif', 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#'],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#'],
  ['id', 'https://w3id.org/newskg/id/'],
];

function compact(iri: string): string {
  for (const [p, ns] of PREFIX_MAP) if (iri.startsWith(ns) && iri.length > ns.length) return `${p}:${iri.slice(ns.length)}`;
  return iri;
}

/** Nodes a result names: IRIs that are nodes, and literals that are exactly one node's label. */
function hitsOf(terms: Term[]): Set<string> {
  const byLabel = new Map<string, string | null>();
  graph.forEachNode((n, a) => {
    if (a.kind === 'quote') return;
    byLabel.set(a.label, byLabel.has(a.label) ? null : n);
  });
  const hits = new Set<string>();
  for (const t of terms) {
    if (t.type === 'uri' && graph.hasNode(t.value)) hits.add(t.value);
    else if (t.type === 'literal') {
      const n = byLabel.get(t.value);
      if (n) hits.add(n);
    }
  }
  return hits;
}

function nodeButton(node: string, text?: string): HTMLElement {
  const a = graph.getNodeAttributes(node);
  const b = h('button', { type: 'button', className: 'node-link', title: node, onClick: () => selectNode(node) }, text ?? a.label);
  b.dataset.node = node;
  return b;
}

function showHits(): void {
  const box = byId('hits');
  clear(box);
  if (!state.hits.size) return;
  const nodes = [...state.hits].sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
  append(box, h('span', { className: 'muted' }, `Highlighted in the graph (${nodes.length}): `), ...nodes.slice(0, 60).map((n) => nodeButton(n)));
  if (nodes.length > 60) append(box, h('span', { className: 'muted' }, ` and ${nodes.length - 60} more`));
}

const MAX_TABLE_ROWS = 500;

function resultsTable(t: Table): HTMLElement {
  if (typeof t.boolean === 'boolean') return h('p', { className: 'ask' }, String(t.boolean));
  const table = h('table');
  table.append(h('thead', null, h('tr', null, ...t.vars.map((v) => h('th', null, `?${v}`)))));
  const body = h('tbody');
  for (const row of t.rows.slice(0, MAX_TABLE_ROWS)) {
    const tr = h('tr');
    for (const v of t.vars) {
      const term = row[v];
      let cell: HTMLElement | string = '';
      if (term?.type === 'uri') cell = graph.hasNode(term.value) ? nodeButton(term.value, compact(term.value)) : h('span', { className: 'iri', title: term.value }, compact(term.value));
      else if (term?.type === 'bnode') cell = `_:${term.value}`;
      else if (term) cell = term.value;
      tr.append(h('td', null, cell));
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

async function runQuery(): Promise<void> {
  const textarea = byId<HTMLTextAreaElement>('query');
  const status = byId('query-status');
  const results = byId('results');
  const query = textarea.value;
  state.query = query;
  writeHash();
  status.textContent = 'Running…';
  clear(results);
  const t0 = performance.now();
  try {
    const form = queryForm(query);
    if (form === 'CONSTRUCT' || form === 'DESCRIBE') {
      const ttl = await construct(query);
      const prefixes = new Map<string, string>();
      for (const m of ttl.matchAll(/@prefix\s+([\w-]*):\s*<([^>]*)>/g)) prefixes.set(m[1], m[2]);
      const terms: Term[] = [...ttl.matchAll(/<([^>\s]+)>/g)].map((m) => ({ type: 'uri', value: m[1] }));
      for (const m of ttl.matchAll(/(?<![\w<"])([A-Za-z][\w-]*):([\w-]+)/g)) if (prefixes.has(m[1])) terms.push({ type: 'uri', value: prefixes.get(m[1]) + m[2] });
      state.hits = hitsOf(terms);
      results.append(h('pre', { className: 'turtle' }, ttl));
      status.textContent = `${ttl.split('\n').length} lines of Turtle in ${Math.round(performance.now() - t0)} ms`;
    } else {
      const t = await select(query);
      const terms: Term[] = [];
      for (const r of t.rows) for (const v of t.vars) if (r[v]) terms.push(r[v]!);
      state.hits = hitsOf(terms);
      results.append(resultsTable(t));
      const n = typeof t.boolean === 'boolean' ? 'answer' : `${t.rows.length} row${t.rows.length === 1 ? '' : 's'}`;
      status.textContent = `${n} in ${Math.round(performance.now() - t0)} ms${t.rows.length > MAX_TABLE_ROWS ? ` (showing the first ${MAX_TABLE_ROWS})` : ''}`;
    }
  } catch (e) {
    state.hits = new Set();
    status.textContent = '';
    results.append(h('p', { className: 'error' }, e instanceof Error ? e.message : String(e)));
  }
  showHits();
  refresh();
}

function openSparql(open: boolean): void {
  const section = byId('sparql');
  section.hidden = !open;
  byId('toggle-sparql').setAttribute('aria-expanded', String(open));
  document.body.classList.toggle('sparql-open', open);
  // the graph area changed size
  requestAnimationFrame(() => renderer?.resize());
}

async function setupSparql(): Promise<void> {
  const select = byId<HTMLSelectElement>('examples');
  const textarea = byId<HTMLTextAreaElement>('query');
  let examples: { name: string; title: string; query: string }[] = [];
  try {
    const res = await fetch('/queries', { headers: { Accept: 'application/json' } });
    if (res.ok) examples = (await res.json()) as typeof examples;
  } catch {
    // no examples: an empty editor
  }
  for (const ex of examples) {
    const opt = h('option', null, ex.title ? `${ex.name} — ${ex.title}` : ex.name) as HTMLOptionElement;
    opt.value = ex.name;
    select.append(opt);
  }
  select.addEventListener('change', () => {
    const ex = examples.find((e) => e.name === select.value);
    if (ex) textarea.value = ex.query;
  });
  if (!textarea.value && examples[0]) textarea.value = examples[0].query;
  byId('run-query').addEventListener('click', () => void runQuery());
  textarea.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      void runQuery();
    }
  });
  byId('clear-hits').addEventListener('click', () => {
    state.hits = new Set();
    showHits();
    refresh();
  });
  byId('toggle-sparql').addEventListener('click', () => openSparql(byId('sparql').hidden === true));
}

// ------------------------------------------------------------------ boot

function setStatus(text: string, error = false): void {
  const s = byId('status');
  s.textContent = text;
  s.hidden = !text;
  s.classList.toggle('error', error);
}

function rebuild(): void {
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((n, a) => positions.set(n, { x: a.x, y: a.y }));
  killLayout();
  buildGraph(graph, data, { showQuotes: state.showQuotes, positions });
  if (!state.showQuotes) state.kinds.add('quote');
  buildSearchIndex();
  renderFilters();
  if (state.selected && !graph.hasNode(state.selected)) selectNode(undefined);
  renderer.refresh();
  if (state.showQuotes) startLayout(graph.order > 2000 ? 8000 : 2500);
}

function applyHash(): void {
  const { node, q } = readHash();
  if (q !== undefined && q !== state.query) {
    byId<HTMLTextAreaElement>('query').value = q;
    openSparql(true);
    void runQuery();
  }
  if (node !== state.selected) selectNode(node);
}

async function boot(): Promise<void> {
  setupSearch();
  const examplesReady = setupSparql();
  let maxRows = 10000;
  try {
    const info = (await (await fetch('/api/info', { headers: { Accept: 'application/json' } })).json()) as { maxRows?: number };
    if (info.maxRows) maxRows = info.maxRows;
  } catch {
    // an older or different server: keep the default page size
  }
  data = await loadGraphData(maxRows, (m) => setStatus(m));
  timings.dataLoaded = performance.now();
  buildGraph(graph, data, { showQuotes: state.showQuotes });
  const large = graph.order + graph.size > LARGE_GRAPH;
  if (!large && graph.order > 1) {
    // small graphs get a finished layout before the first frame (deterministic: fixed start positions)
    forceAtlas2.assign(graph, { iterations: 400, settings: SMALL_LAYOUT });
  }
  timings.laidOut = performance.now();
  renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, byId('graph'), {
    ...SETTINGS,
    ...(large ? LARGE_GRAPH_SETTINGS : {}),
    nodeReducer,
    edgeReducer,
  });
  buildSearchIndex();
  renderFilters();

  // hovering fades the rest of the graph (a full pass over it): not while the camera is dragged
  const dragging = () => renderer.getMouseCaptor().isMoving;
  renderer.on('enterNode', ({ node }) => {
    if (dragging()) return;
    state.hovered = node;
    state.hoverNeighbors = new Set(graph.neighbors(node));
    refresh();
  });
  renderer.on('leaveNode', () => {
    if (!state.hovered) return;
    state.hovered = undefined;
    state.hoverNeighbors = new Set();
    refresh();
  });
  renderer.on('clickNode', ({ node }) => selectNode(node, { zoom: false }));
  renderer.on('clickEdge', ({ edge }) => selectEdge(edge));
  renderer.on('clickStage', () => {
    if (state.selectedEdge) {
      state.selectedEdge = undefined;
      refresh();
    }
  });

  byId('layout-toggle').addEventListener('click', () => (layout?.isRunning() ? stopLayout() : startLayout()));
  byId('zoom-node').addEventListener('click', () => state.selected && zoomTo(state.selected));
  byId('reset-view').addEventListener('click', () => void renderer.getCamera().animatedReset({ duration: 400 }));
  byId('panel-close').addEventListener('click', () => selectNode(undefined));
  byId('export-png').addEventListener('click', () => void viewToPng(renderer).then((b) => download(b, 'newskg-view.png')));
  byId('export-ttl').addEventListener('click', () => {
    const visibleNode = (n: string) => !renderer.getNodeDisplayData(n)?.hidden;
    const visibleEdge = (e: string) => !renderer.getEdgeDisplayData(e)?.hidden && visibleNode(graph.source(e)) && visibleNode(graph.target(e));
    download(new Blob([visibleTurtle(graph, data, visibleNode, visibleEdge)], { type: 'text/turtle' }), 'newskg-visible.ttl');
  });
  byId<HTMLInputElement>('show-quotes').addEventListener('change', (ev) => {
    state.showQuotes = (ev.target as HTMLInputElement).checked;
    rebuild();
  });
  byId<HTMLInputElement>('hide-isolated').addEventListener('change', (ev) => {
    state.hideIsolated = (ev.target as HTMLInputElement).checked;
    refresh();
  });
  window.addEventListener('hashchange', applyHash);

  window.__newskg = { graph, renderer, state, timings, layoutRunning: () => !!layout?.isRunning(), stopLayout, selectNode: (n) => selectNode(n) };
  setStatus('');
  await examplesReady;
  applyHash();
  // the first full frame: sigma has drawn synchronously; wait for the browser to paint it
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      timings.firstRender = performance.now();
      document.body.dataset.state = 'ready';
      if (large) startLayout(10_000);
    }),
  );
}

boot().catch((e: unknown) => {
  setStatus(`Could not load the graph: ${e instanceof Error ? e.message : String(e)}`, true);
  document.body.dataset.state = 'error';
});
