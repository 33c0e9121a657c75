// The newskg viewer: the graph from the server's SPARQL endpoint, drawn with sigma 3 (WebGL),
// with search, filters, details and a SPARQL panel. It opens on the strongest part of the graph
// (the nodes most statements involve), lays out only what is shown, and lets the user widen the
// view, select a node to bring its neighbourhood forward, and expand from there.
//
// sigma idioms: renderer settings are one typed object (SETTINGS, LARGE_VIEW_SETTINGS) and what
// to show is another (ViewSettings, view.ts: defaults, validation, URL form); the graph holds only
// data (model.ts); hover, selection, expansions, query hits and filters live in `state` and reach
// the screen through nodeReducer/edgeReducer, followed by a refresh.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, type EdgeProgramType, NodeCircleProgram, type NodeProgramType, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { append, byId, clear, download, h } from './dom';
import { viewToPng, visibleGexf, visibleGraphml, visibleRdf, visibleStatements } from './export';
import { type XY, extentOf, layoutQuality, layoutSettings, placeNear, settle, visibleSubgraph } from './layout';
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
  buildGraph,
  fetchGraphData,
  readGraphData,
} from './model';
import { type PanelContext, showEdge, showNode } from './panel';
import { type ReaderContext, showArticle } from './reader';
import { type SearchEntry, entry, rankMatches } from './search';
import { type Table, type Term, construct, constructNTriples, queryForm, select } from './sparql';
import { LINK_CHOICES, MAX_MIN_DEGREE, TOP_CHOICES, type ViewSettings, compareStrength, drawsLink, inDateRange, neighbourhood, shortestPath, validateView, viewFromParams, viewToParams, visibleNodes } from './view';
import { type TimeBucket, timeBuckets } from './timeline';
import './style.css';

// ------------------------------------------------------------------ settings

type RendererSettings = Partial<Settings<NodeAttributes, EdgeAttributes>>;
type EdgeProgram = EdgeProgramType<NodeAttributes, EdgeAttributes>;
type NodeProgram = NodeProgramType<NodeAttributes, EdgeAttributes>;

/** sigma settings for every view. */
const SETTINGS: RendererSettings = {
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
  // double-click expands a node (see boot), it does not zoom
  doubleClickZoomingRatio: 1,
  // While the camera moves, only the nodes are drawn: edges and labels come back when it stops.
  // Panning the default view of the BBC corpus (182 nodes, 775 edges, Chromium with SwiftShader
  // under load): 11.8 fps with everything drawn, 13.2 without edges, 17.4 without labels, 13.8
  // without edge labels, 46.8 without edges and labels.
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
};

/** Views past this many visible nodes + edges draw points and lines, and fewer labels. */
const LARGE_VIEW = 3000;
const LARGE_VIEW_SETTINGS: RendererSettings = {
  labelDensity: 0.6,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 8,
};

/** Visible sets up to this size are laid out on the main thread before they are drawn (a few hundred ms); larger ones in a worker. */
const SYNC_LAYOUT_MAX = 1500;
/** Query hits with a forced label: the strongest ones only, or a big result would hide the graph under text. */
const MAX_HIT_LABELS = 40;

const FADED_NODE = '#dde1e8';
const FADED_EDGE = '#eceff4';
const SELECTED_EDGE = '#11151c';
const PATH_EDGE = '#d98a00';

// ------------------------------------------------------------------ state

interface ViewState {
  view: ViewSettings;
  hovered?: string;
  hoverNeighbors: Set<string>;
  selected?: string;
  selectedEdge?: string;
  /** The selection and its neighbours. */
  focus: Set<string>;
  /** Nodes whose neighbours stay shown ("expand"). */
  expanded: Set<string>;
  /** Nodes named in the last query's results. */
  hits: Set<string>;
  /** The hits that get a forced label. */
  hitLabels: Set<string>;
  showQuotes: boolean;
  query?: string;
  /** A path's first end, while the user chooses the other. */
  pathFrom?: string;
  /** The nodes of the path shown, end to end, and the edges between them. */
  path?: string[];
  pathEdges: Set<string>;
  /** Derived from the rest by updateVisible(): what is drawn. */
  visible: Set<string>;
  relations: Set<string>;
  /** Derived by updateVisible(): the statements a link needs to be drawn (ViewSettings.minLink, or the view's choice). */
  minLink: number;
  large: boolean;
}

const state: ViewState = {
  view: validateView({}),
  hoverNeighbors: new Set(),
  focus: new Set(),
  expanded: new Set(),
  hits: new Set(),
  hitLabels: new Set(),
  showQuotes: false,
  pathEdges: new Set(),
  visible: new Set(),
  relations: new Set(),
  minLink: 1,
  large: false,
};

const timings: Record<string, number> = { start: performance.now() };
/** All the data: search, visibility, panels and exports read it. */
const graph: DisplayGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
/**
 * What sigma draws: the visible nodes and the edges between them, copied from `graph`. sigma
 * processes and draws every node it holds, hidden or not, on every refresh and frame: with the
 * 14,307 nodes of the BBC corpus in it, a hover took 1.1 s and a frame 220 ms although the default
 * view shows 200 of them. The reducers still decide how each drawn node and edge looks.
 */
const shown: DisplayGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
let data: GraphData;
let renderer: Sigma<NodeAttributes, EdgeAttributes>;
/** Nodes with a position from a layout (or placed beside one): the others have only a seed. */
const placed = new Set<string>();

declare global {
  interface Window {
    /** For tests and benchmarks. */
    __newskg?: {
      graph: DisplayGraph;
      shown: DisplayGraph;
      renderer: Sigma<NodeAttributes, EdgeAttributes>;
      state: ViewState;
      timings: Record<string, number>;
      /** What the first frame drew from the default view's data, node → [x, y, size], before the whole graph came. */
      firstView?: Record<string, [number, number, number]>;
      layoutRunning: () => boolean;
      stopLayout: () => void;
      selectNode: (iri: string) => void;
      /** Mean edge length / mean random-pair distance of the visible layout. */
      layoutQuality: () => number | undefined;
      /** Lays out the visible nodes again (with some ForceAtlas2 settings changed); the quality reached. */
      relayout: (settings?: Partial<ForceAtlas2Settings>) => number | undefined;
    };
  }
}

// ------------------------------------------------------------------ reducers

function nodeSize(a: NodeAttributes): number {
  // larger views share the screen between more nodes
  const [base, scale] = state.large ? [1.5, 1.2] : state.visible.size > 80 ? [2.5, 1.5] : [4, 2.2];
  return (a.kind === 'quote' ? base * 0.7 : base) + scale * Math.log2(1 + a.statements);
}

function nodeReducer(node: string, a: NodeAttributes): Partial<NodeDisplayData> {
  // `a` is what sigma would draw (the node's attributes); the result adds the view state on top
  const res: Partial<NodeDisplayData> = { ...a, color: KIND_COLORS[a.kind], size: nodeSize(a), type: state.large ? 'point' : 'circle' };
  if (!state.visible.has(node)) {
    res.hidden = true;
    return res;
  }
  const focus = state.hovered ? state.hoverNeighbors : state.selected ? state.focus : undefined;
  if (focus && node !== state.hovered && !focus.has(node)) {
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
      res.forceLabel = state.hitLabels.has(node);
      res.zIndex = 3;
      res.size = (res.size ?? 1) * 1.4;
    } else if (!focus) {
      res.color = FADED_NODE;
      res.zIndex = 0;
    }
  }
  if (state.path && !state.hovered) {
    if (state.path.includes(node)) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 3;
      res.color = KIND_COLORS[a.kind];
      res.label = a.label;
    } else {
      res.color = FADED_NODE;
      res.label = '';
      res.zIndex = 0;
    }
  }
  if (node === state.selected) {
    res.highlighted = true;
    res.forceLabel = true;
    res.zIndex = 4;
    res.color = KIND_COLORS[a.kind];
    res.label = a.label;
  }
  return res;
}

/** Whether a link is drawn: its relation shown, and enough statements behind it or on the path or touching the selection or an expanded node. */
function linkShown(edge: string, a: EdgeAttributes, source: string, target: string): boolean {
  return state.pathEdges.has(edge) || drawsLink(a, source, target, state.relations, state.minLink, { selected: state.selected, expanded: state.expanded });
}

/** Edge width grows with the number of statements behind it (log: one edge can carry hundreds of quotes). */
function edgeSize(a: EdgeAttributes): number {
  return (state.large ? 0.6 : 1.2) + (state.large ? 0.6 : 1.3) * Math.log2(a.statements.length);
}

function edgeReducer(edge: string, a: EdgeAttributes): Partial<EdgeDisplayData> {
  const type = a.type === 'curved' ? 'curved' : state.large ? 'line' : 'straight';
  const res: Partial<EdgeDisplayData> = { ...a, color: RELATION_COLORS[a.relation], size: edgeSize(a), type };
  const [s, t] = shown.extremities(edge);
  if (!state.visible.has(s) || !state.visible.has(t) || !linkShown(edge, a, s, t)) {
    res.hidden = true;
    return res;
  }
  if (state.hovered && s !== state.hovered && t !== state.hovered) {
    res.hidden = true;
    return res;
  }
  if (state.selected && !state.hovered) {
    if (s === state.selected || t === state.selected) {
      res.forceLabel = true;
      res.zIndex = 1;
    } else {
      res.color = FADED_EDGE;
      res.label = '';
    }
  } else if (state.hits.size && !state.hovered && !state.hits.has(s) && !state.hits.has(t)) {
    res.color = FADED_EDGE;
    res.label = '';
  }
  if (state.path && !state.hovered) {
    if (state.pathEdges.has(edge)) {
      res.color = PATH_EDGE;
      res.size = (res.size ?? 1) * 2;
      res.forceLabel = true;
      res.zIndex = 2;
    } else {
      res.color = FADED_EDGE;
      res.label = '';
    }
  }
  if (edge === state.selectedEdge) {
    res.color = SELECTED_EDGE;
    res.size = (res.size ?? 1) * 2;
    res.forceLabel = true;
    res.zIndex = 2;
  }
  return res;
}

function refresh(): void {
  renderer?.refresh();
}

// ------------------------------------------------------------------ URL (hash) state

interface HashState {
  node?: string;
  q?: string;
  view: ViewSettings;
  camera?: { x: number; y: number; ratio: number };
  expanded: string[];
  /** The article open in the reader. */
  read?: string;
  /** A path's first end (the selected node is the other). */
  path?: string;
}

function readHash(): HashState {
  const p = new URLSearchParams(location.hash.replace(/^#/, ''));
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  return {
    node: p.get('node') ?? undefined,
    q: p.get('q') ?? undefined,
    view: viewFromParams(p),
    camera: cam.length === 3 && cam.every(Number.isFinite) && cam[2] > 0 ? { x: cam[0], y: cam[1], ratio: cam[2] } : undefined,
    expanded: p.getAll('expand'),
    read: p.get('read') ?? undefined,
    path: p.get('path') ?? undefined,
  };
}

let hashTimer: ReturnType<typeof setTimeout> | undefined;

function writeHash(): void {
  const p = new URLSearchParams();
  if (state.selected) p.set('node', state.selected);
  for (const n of state.expanded) p.append('expand', n);
  viewToParams(state.view, p);
  if (renderer) {
    const c = renderer.getCamera().getState();
    if (Math.abs(c.x - 0.5) > 1e-3 || Math.abs(c.y - 0.5) > 1e-3 || Math.abs(c.ratio - 1) > 1e-3) p.set('cam', [c.x, c.y, c.ratio].map((v) => v.toFixed(4)).join(','));
  }
  if (state.query) p.set('q', state.query);
  if (reading) p.set('read', reading);
  if (pathEnds && state.selected === pathEnds[1]) p.set('path', pathEnds[0]);
  const hash = p.toString();
  const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}

/** Camera moves are many: the URL follows once they pause. */
function writeHashSoon(): void {
  if (hashTimer) clearTimeout(hashTimer);
  hashTimer = setTimeout(writeHash, 300);
}

// ------------------------------------------------------------------ visibility

function updateVisible(): void {
  state.relations = new Set(state.view.relations);
  const { nodes: visible, minLink } = visibleNodes(graph, state.view, { selected: state.selected, expanded: state.expanded });
  state.minLink = minLink;
  const auto = byId<HTMLSelectElement>('min-link').querySelector('option[value="0"]');
  if (auto) auto.textContent = `auto (${minLink === 1 ? 'all' : `${minLink}+ statements`})`;
  // what a query found is shown, whatever the ranking says
  for (const n of state.hits) if (state.view.kinds.includes(graph.getNodeAttribute(n, 'kind'))) visible.add(n);
  for (const n of state.path ?? []) if (graph.hasNode(n)) visible.add(n);
  // the same set keeps its identity, so that refresh() can stay partial
  if (visible.size !== state.visible.size || [...visible].some((n) => !state.visible.has(n))) state.visible = visible;
  state.focus = neighbourhood(graph, state.selected);
  let edges = 0;
  graph.forEachEdge((e, a, s, t) => {
    if (visible.has(s) && visible.has(t) && linkShown(e, a, s, t)) edges++;
  });
  const large = visible.size + edges > LARGE_VIEW;
  if (renderer && large !== state.large) renderer.setSettings({ ...SETTINGS, ...(large ? LARGE_VIEW_SETTINGS : {}) });
  state.large = large;
  placeNewcomers();
  syncShown();
  byId('stats').textContent = `Showing ${visible.size.toLocaleString('en')} of ${graph.order.toLocaleString('en')} nodes · ${edges.toLocaleString('en')} of ${graph.size.toLocaleString('en')} edges`;
}

/** Brings `shown` in line with the visible set (sigma picks the changes up from graphology's events). */
function syncShown(): void {
  const visible = state.visible;
  for (const n of shown.filterNodes((n) => !visible.has(n) || !graph.hasNode(n))) shown.dropNode(n);
  for (const n of visible) {
    if (!shown.hasNode(n)) shown.addNode(n, { ...graph.getNodeAttributes(n) });
  }
  for (const n of visible) {
    graph.forEachOutEdge(n, (e, a, s, t) => {
      if (visible.has(t) && !shown.hasEdge(e)) shown.addEdgeWithKey(e, s, t, { ...a });
    });
  }
}

/** Visible nodes without a layout position go beside their placed neighbours, so nothing already on screen moves. */
function placeNewcomers(): void {
  const spacing = layoutSpacing();
  let i = 0;
  const centre = centroid();
  // strongest first, so that each node finds the hub it hangs off already placed: a layout that
  // starts from this tree settles sooner than one that starts from a random disc
  const newcomers = [...state.visible].filter((n) => !placed.has(n));
  newcomers.sort((a, b) => compareStrength(graph.getNodeAttributes(a), graph.getNodeAttributes(b)));
  for (const n of newcomers) {
    const anchors: XY[] = [];
    graph.forEachNeighbor(n, (m) => {
      if (placed.has(m) && state.visible.has(m)) anchors.push(graph.getNodeAttributes(m));
    });
    const p = placeNear(anchors, centre, i++, anchors.length ? spacing : spacing * 4);
    graph.mergeNodeAttributes(n, p);
    if (shown.hasNode(n)) shown.mergeNodeAttributes(n, p);
    placed.add(n);
  }
}

/** The typical edge length of the current layout (for placing newcomers at a readable distance). */
function layoutSpacing(): number {
  let total = 0;
  let n = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    if (n >= 500 || !placed.has(s) || !placed.has(t)) return;
    const a = graph.getNodeAttributes(s);
    const b = graph.getNodeAttributes(t);
    total += Math.hypot(a.x - b.x, a.y - b.y);
    n++;
  });
  return n ? total / n : 10;
}

function centroid(): XY {
  let x = 0;
  let y = 0;
  let n = 0;
  for (const node of placed) {
    const a = graph.getNodeAttributes(node);
    x += a.x;
    y += a.y;
    n++;
  }
  return n ? { x: x / n, y: y / n } : { x: 0, y: 0 };
}

/** Frames the camera on the visible nodes (sigma's bounding box would include the hidden ones). */
function frameVisible(animate = true): void {
  const bbox = extentOf([...state.visible].map((n) => graph.getNodeAttributes(n)));
  if (!bbox || !renderer) return;
  renderer.setCustomBBox(bbox);
  renderer.refresh();
  if (animate) void renderer.getCamera().animatedReset({ duration: 300 });
  else renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
}

/** Applies a change of the view settings: new visible set, laid out again when it changed much. */
function applyView(options: { layout?: boolean } = {}): void {
  const refiltered = statementFilterKey() !== builtFor;
  if (refiltered) {
    rebuild();
    renderTimeline();
  }
  const before = state.visible;
  updateVisible();
  const added = [...state.visible].filter((n) => !before.has(n)).length;
  // with the server's layout every connected actor already has its place: nothing moves
  if (options.layout !== false && added > 0 && !data.positions.size) runLayout({ from: 'filters' });
  writeHash();
  renderFilters();
  refresh();
  // another period or article shows other actors: the camera frames them (their positions are the same)
  if (refiltered && !state.selected) frameVisible();
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
  isExpanded: (iri) => state.expanded.has(iri),
  toggleExpanded: (iri) => toggleExpanded(iri),
  onlyNeighbours: () => state.view.focus === 'hide',
  setOnlyNeighbours: (on) => setFocusMode(on ? 'hide' : 'fade'),
  openArticle: (iri) => openArticle(iri),
  startPath: (iri) => startPath(iri),
  dateRange: () => ({ from: state.view.from, to: state.view.to }),
};

// ------------------------------------------------------------------ paths

function startPath(from: string | undefined): void {
  state.pathFrom = from;
  renderPathBar();
}

/** Shows the shortest path between two nodes (through the kinds shown), or says there is none. */
function showPath(from: string | undefined, to: string | undefined): void {
  state.pathFrom = undefined;
  state.path = from && to ? shortestPath(graph, from, to, new Set(state.view.kinds)) : undefined;
  state.pathEdges = new Set();
  const path = state.path;
  if (path) {
    for (let i = 0; i + 1 < path.length; i++) {
      for (const e of [...graph.edges(path[i], path[i + 1]), ...graph.edges(path[i + 1], path[i])]) if (state.relations.has(graph.getEdgeAttribute(e, 'relation'))) state.pathEdges.add(e);
    }
  }
  pathEnds = from && to ? [from, to] : undefined;
  renderPathBar();
}

/** The ends asked for (kept when no path joins them, to say so). */
let pathEnds: [string, string] | undefined;

function renderPathBar(): void {
  const bar = byId('path-bar');
  clear(bar);
  const label = (n: string) => (graph.hasNode(n) ? graph.getNodeAttribute(n, 'label') : n);
  const cancel = h('button', { type: 'button', className: 'small', id: 'path-clear', onClick: () => clearPath() }, state.pathFrom ? 'cancel' : 'clear path');
  if (state.pathFrom) {
    append(bar, h('span', null, `Path from ${label(state.pathFrom)}: choose the other end (search or click a node) `), cancel);
  } else if (state.path) {
    const steps: (HTMLElement | string)[] = [];
    state.path.forEach((n, i) => {
      if (i) {
        const [a, b] = [state.path![i - 1], n];
        const rel = [...state.pathEdges].find((e) => graph.hasEdge(e) && ((graph.source(e) === a && graph.target(e) === b) || (graph.source(e) === b && graph.target(e) === a)));
        steps.push(h('span', { className: 'muted' }, rel ? ` —${graph.getEdgeAttribute(rel, 'label')}— ` : ' — '));
      }
      steps.push(nodeButton(n));
    });
    append(bar, h('span', null, `Path (${state.path.length - 1} step${state.path.length === 2 ? '' : 's'}): `), ...steps, ' ', cancel);
  } else if (pathEnds) {
    append(bar, h('span', null, `No path joins ${label(pathEnds[0])} and ${label(pathEnds[1])} through the kinds shown. `), cancel);
  }
  bar.hidden = !state.pathFrom && !state.path && !pathEnds;
}

function clearPath(): void {
  state.pathFrom = undefined;
  state.path = undefined;
  state.pathEdges = new Set();
  pathEnds = undefined;
  renderPathBar();
  updateVisible();
  writeHash();
  refresh();
}

const readerContext: ReaderContext = {
  hasNode: (iri) => graph.hasNode(iri),
  labelOf: (iri) => (graph.hasNode(iri) ? graph.getNodeAttribute(iri, 'label') : undefined),
  selectNode: (iri) => selectNode(iri),
  isArticleFilter: (iri) => state.view.article === iri,
  setArticleFilter: (iri) => setView({ article: iri ?? '' }),
};

/** The article open in the reader (it replaces the panel's details until a node is selected). */
let reading: string | undefined;

function openArticle(iri: string | undefined): void {
  reading = iri;
  if (iri) {
    const wasHidden = panel.hidden;
    panel.hidden = false;
    if (wasHidden) renderer.resize();
    void showArticle(panelBody, readerContext, iri);
  }
  writeHash();
}

/** Centers the camera on a node, zoomed so that its visible neighbours stay in view. */
function zoomTo(node: string): void {
  const d = renderer.getNodeDisplayData(node);
  if (!d) return;
  // display coordinates are normalized (the framed graph is about 1 across at ratio 1)
  let reach = 0.05;
  graph.forEachNeighbor(node, (n) => {
    const nd = renderer.getNodeDisplayData(n);
    if (nd && !nd.hidden) reach = Math.max(reach, Math.abs(nd.x - d.x), Math.abs(nd.y - d.y));
  });
  const ratio = Math.min(1, Math.max(0.03, reach * 2.4));
  void renderer.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 500 });
}

/** Centers the camera on some nodes (a path), zoomed so that they all stay in view. */
function zoomToAll(nodes: string[]): void {
  const shownData = nodes.map((n) => renderer.getNodeDisplayData(n)).filter((d) => d && !d.hidden);
  if (!shownData.length) return;
  const xs = shownData.map((d) => d!.x);
  const ys = shownData.map((d) => d!.y);
  const x = (Math.min(...xs) + Math.max(...xs)) / 2;
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const reach = Math.max(0.05, (Math.max(...xs) - Math.min(...xs)) / 2, (Math.max(...ys) - Math.min(...ys)) / 2);
  void renderer.getCamera().animate({ x, y, ratio: Math.min(1, Math.max(0.03, reach * 2.4)) }, { duration: 500 });
}

/** Back and forward through what was selected (like a browser's history, within the page). */
const trail: { back: string[]; forward: string[] } = { back: [], forward: [] };

function updateTrailButtons(): void {
  byId<HTMLButtonElement>('back').disabled = trail.back.length === 0;
  byId<HTMLButtonElement>('forward').disabled = trail.forward.length === 0;
}

function selectNode(node: string | undefined, options: { zoom?: boolean; trail?: boolean } = {}): void {
  state.selectedEdge = undefined;
  reading = undefined;
  const previous = state.selected;
  if (options.trail !== false && previous && previous !== node) {
    trail.back.push(previous);
    trail.forward = [];
  }
  if (!node || !graph.hasNode(node)) {
    state.selected = undefined;
    panel.hidden = true;
    updateVisible();
    writeHash();
    updateTrailButtons();
    refresh();
    requestAnimationFrame(() => renderer?.resize());
    return;
  }
  if (state.pathFrom && node !== state.pathFrom) showPath(state.pathFrom, node);
  state.selected = node;
  const wasHidden = panel.hidden;
  // a link followed inside the panel is about to be replaced: focus goes to the new title
  const fromPanel = panel.contains(document.activeElement);
  panel.hidden = false;
  void showNode(panelBody, panelContext, node, graph.getNodeAttribute(node, 'kind'));
  if (fromPanel) {
    const title = panelBody.querySelector<HTMLElement>('.panel-title');
    if (title) {
      title.tabIndex = -1;
      title.focus();
    }
  }
  updateVisible();
  writeHash();
  updateTrailButtons();
  refresh();
  // the panel took width from the graph: sigma must measure again before it moves the camera
  if (wasHidden) renderer.resize();
  // a path just found is framed whole; otherwise the node and its neighbours
  if (options.zoom !== false) {
    if (state.path && state.path[state.path.length - 1] === node) zoomToAll(state.path);
    else zoomTo(node);
  }
}

function stepTrail(direction: 'back' | 'forward'): void {
  const from = direction === 'back' ? trail.back : trail.forward;
  const to = direction === 'back' ? trail.forward : trail.back;
  const node = from.pop();
  if (!node) return;
  if (state.selected) to.push(state.selected);
  selectNode(node, { trail: false });
}

function toggleExpanded(node: string): void {
  if (state.expanded.has(node)) state.expanded.delete(node);
  else state.expanded.add(node);
  updateVisible();
  writeHash();
  renderFilters();
  refresh();
}

function setFocusMode(focus: ViewSettings['focus']): void {
  state.view = validateView({ ...state.view, focus });
  byId<HTMLInputElement>('focus-hide').checked = focus === 'hide';
  applyView({ layout: false });
  if (state.selected) zoomTo(state.selected);
}

function selectEdge(edge: string): void {
  state.selectedEdge = edge;
  const a = graph.getEdgeAttributes(edge);
  const wasHidden = panel.hidden;
  panel.hidden = false;
  if (wasHidden) renderer.resize();
  void showEdge(panelBody, panelContext, { source: graph.source(edge), target: graph.target(edge), relation: a.relation, label: a.label, statements: a.statements });
  refresh();
}

// ------------------------------------------------------------------ layout

let worker: FA2Layout<XY, { weight: number }> | undefined;
let workerGraph: ReturnType<typeof visibleSubgraph> | undefined;
let syncTimer: ReturnType<typeof setInterval> | undefined;
let lastQuality: number | undefined;
/** ForceAtlas2 settings changed through the test hook (for tuning). */
let layoutOverrides: Partial<ForceAtlas2Settings> = {};
/** How often a worker layout's positions reach the screen (and its quality is checked). */
const LAYOUT_SYNC_MS = 1500;
const WORKER_MAX_MS = 30_000;
const WORKER_TOLERANCE = 0.005;

function layoutButton(): void {
  byId('layout-toggle').textContent = worker?.isRunning() ? 'Stop layout' : 'Run layout';
}

function copyPositions(sub: ReturnType<typeof visibleSubgraph>): void {
  for (const g of [graph, shown]) {
    g.updateEachNodeAttributes(
      (node, a) => {
        if (!sub.hasNode(node)) return a;
        const p = sub.getNodeAttributes(node);
        return { ...a, x: p.x, y: p.y };
      },
      { attributes: ['x', 'y'] },
    );
  }
  sub.forEachNode((n) => placed.add(n));
}

function stopLayout(): void {
  if (syncTimer) clearInterval(syncTimer);
  syncTimer = undefined;
  if (worker && workerGraph) {
    worker.stop();
    copyPositions(workerGraph);
    worker.kill();
    refresh();
  }
  worker = undefined;
  workerGraph = undefined;
  layoutButton();
}

const shownEdge = (e: string) => linkShown(e, graph.getEdgeAttributes(e), graph.source(e), graph.target(e));

/**
 * Lays out the visible subgraph from the current positions: on the main thread until the quality
 * settles when it is small, in ForceAtlas2's worker (checked and copied every LAYOUT_SYNC_MS,
 * stopped when the quality settles) when it is large.
 */
function runLayout(options: { from: string; force?: 'worker' }): void {
  stopLayout();
  const sub = visibleSubgraph(graph, state.visible, shownEdge);
  if (sub.order < 2) return;
  if (sub.order <= SYNC_LAYOUT_MAX && options.force !== 'worker') {
    const r = settle(sub, {}, layoutOverrides);
    copyPositions(sub);
    lastQuality = r.quality;
    timings[`layout:${options.from}`] = r.ms;
    frameVisible(options.from !== 'boot');
    return;
  }
  workerGraph = sub;
  worker = new FA2Layout<XY, { weight: number }>(sub, { settings: { ...layoutSettings(sub), ...layoutOverrides }, getEdgeWeight: 'weight' });
  worker.start();
  const t0 = performance.now();
  lastQuality = layoutQuality(sub);
  let calm = 0;
  syncTimer = setInterval(() => {
    if (!workerGraph) return;
    copyPositions(workerGraph);
    const q = layoutQuality(workerGraph);
    // settled when the quality has held for three checks in a row: on a busy machine the worker
    // can go a whole interval with few iterations, and one calm check would stop it too soon
    calm = q === undefined || (lastQuality !== undefined && Math.abs(q - lastQuality) < WORKER_TOLERANCE) ? calm + 1 : 0;
    lastQuality = q;
    frameVisible(false);
    if (calm >= 3 || performance.now() - t0 > WORKER_MAX_MS) {
      timings[`layout:${options.from}`] = performance.now() - t0;
      stopLayout();
      frameVisible(false);
    }
  }, LAYOUT_SYNC_MS);
  layoutButton();
}

// ------------------------------------------------------------------ filters and legend

function counts(): Map<string, number> {
  const m = new Map<string, number>();
  graph.forEachNode((_, a) => m.set(a.kind, (m.get(a.kind) ?? 0) + 1));
  graph.forEachEdge((_, a) => m.set(a.relation, (m.get(a.relation) ?? 0) + 1));
  return m;
}

function setView(patch: Partial<ViewSettings>): void {
  state.view = validateView({ ...state.view, ...patch });
  applyView();
}

function renderFilters(): void {
  const c = counts();
  const kinds = byId('kind-filters');
  clear(kinds);
  for (const k of NODE_KINDS) {
    if (k.kind === 'quote' && !state.showQuotes) continue;
    const box = h('input') as HTMLInputElement;
    box.type = 'checkbox';
    box.checked = state.view.kinds.includes(k.kind);
    box.dataset.kind = k.kind;
    box.addEventListener('change', () => setView({ kinds: box.checked ? [...state.view.kinds, k.kind] : state.view.kinds.filter((x) => x !== k.kind) }));
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
    box.checked = state.view.relations.includes(r.relation);
    box.dataset.relation = r.relation;
    box.addEventListener('change', () => setView({ relations: box.checked ? [...state.view.relations, r.relation] : state.view.relations.filter((x) => x !== r.relation) }));
    const swatch = h('span', { className: 'swatch line' });
    swatch.style.background = r.color;
    rels.append(h('li', null, h('label', { className: 'check' }, box, swatch, r.label, h('span', { className: 'count' }, String(c.get(r.relation) ?? 0)))));
  }
  const top = byId<HTMLSelectElement>('top');
  if (![...top.options].some((o) => o.value === String(state.view.top))) {
    const opt = h('option', null, `${state.view.top} strongest`) as HTMLOptionElement;
    opt.value = String(state.view.top);
    top.append(opt);
  }
  top.value = String(state.view.top);
  const links = byId<HTMLSelectElement>('min-link');
  if (![...links.options].some((o) => o.value === String(state.view.minLink))) {
    const opt = h('option', null, `${state.view.minLink}+ statements`) as HTMLOptionElement;
    opt.value = String(state.view.minLink);
    links.append(opt);
  }
  links.value = String(state.view.minLink);
  byId<HTMLInputElement>('min-degree').value = String(state.view.minDegree);
  byId('min-degree-value').textContent = String(state.view.minDegree);
  byId<HTMLInputElement>('focus-hide').checked = state.view.focus === 'hide';
}

function setupFilters(): void {
  const top = byId<HTMLSelectElement>('top');
  for (const n of TOP_CHOICES) {
    const opt = h('option', null, n === 0 ? 'all' : `${n} strongest`) as HTMLOptionElement;
    opt.value = String(n);
    top.append(opt);
  }
  top.addEventListener('change', () => setView({ top: Number(top.value) }));
  const links = byId<HTMLSelectElement>('min-link');
  for (const n of LINK_CHOICES) {
    const opt = h('option', null, n === 0 ? 'auto' : n === 1 ? 'all' : `${n}+ statements`) as HTMLOptionElement;
    opt.value = String(n);
    links.append(opt);
  }
  links.addEventListener('change', () => setView({ minLink: Number(links.value) }));
  const deg = byId<HTMLInputElement>('min-degree');
  deg.max = String(MAX_MIN_DEGREE);
  // the label follows the thumb at once; the graph when the thumb is let go
  deg.addEventListener('input', () => (byId('min-degree-value').textContent = deg.value));
  deg.addEventListener('change', () => setView({ minDegree: Number(deg.value) }));
  byId<HTMLInputElement>('focus-hide').addEventListener('change', (ev) => setFocusMode((ev.target as HTMLInputElement).checked ? 'hide' : 'fade'));
}

// ------------------------------------------------------------------ time

let buckets: TimeBucket[] = [];

function setupTimeline(): void {
  showTimeline();
  const from = byId<HTMLInputElement>('date-from');
  const to = byId<HTMLInputElement>('date-to');
  // a month input's value is "YYYY-MM", which the view takes as it is
  from.addEventListener('change', () => setView({ from: from.value }));
  to.addEventListener('change', () => setView({ to: to.value }));
  byId('date-clear').addEventListener('click', () => setView({ from: '', to: '' }));
}

/** The timeline's bars for the statements of `data`. */
function showTimeline(): void {
  const dates: (string | undefined)[] = [];
  for (const i of data.statementArticle.values()) dates.push(data.articles[i]?.date);
  buckets = timeBuckets(dates);
  byId('time').hidden = buckets.length === 0;
  renderTimeline();
}

function renderTimeline(): void {
  if (!buckets.length) return;
  const box = byId('timeline');
  clear(box);
  const most = Math.max(1, ...buckets.map((b) => b.count));
  const { from, to } = state.view;
  for (const b of buckets) {
    const chosen = (from || to) && inDateRange(b.key, from, to);
    const bar = h('button', {
      type: 'button',
      className: `bar${chosen ? ' chosen' : ''}`,
      title: `${b.label}: ${b.count} statement${b.count === 1 ? '' : 's'}`,
      attrs: { 'aria-label': `${b.label}, ${b.count} statements`, 'aria-pressed': String(!!chosen) },
      onClick: () => setView(from === b.key && to === b.key ? { from: '', to: '' } : { from: b.key, to: b.key }),
    });
    bar.style.setProperty('--h', `${Math.round((100 * b.count) / most)}%`);
    bar.dataset.key = b.key;
    box.append(bar);
  }
  byId<HTMLInputElement>('date-from').value = /^\d{4}-\d{2}/.exec(from)?.[0] ?? '';
  byId<HTMLInputElement>('date-to').value = /^\d{4}-\d{2}/.exec(to)?.[0] ?? '';
  byId<HTMLButtonElement>('date-clear').disabled = !from && !to;
}

// ------------------------------------------------------------------ search

/** Built on the first search: folding 14,000 labels and their aliases is work the first render does not need. */
let searchIndex: SearchEntry[] | undefined;

function forgetSearchIndex(): void {
  searchIndex = undefined;
}

function searchEntries(): SearchEntry[] {
  if (searchIndex) return searchIndex;
  searchIndex = [];
  graph.forEachNode((node, a) => {
    if (a.kind === 'quote') return;
    searchIndex!.push(entry(node, a.label, false, a.degree));
    for (const alias of data.entities.get(node)?.aliases ?? []) searchIndex!.push(entry(node, alias, true, a.degree));
  });
  return searchIndex;
}

function setupSearch(): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('suggestions');
  let items: SearchEntry[] = [];
  let active = -1;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (e: SearchEntry | undefined) => {
    if (!e) return;
    close();
    input.value = graph.getNodeAttribute(e.node, 'label');
    // a stale hover would keep fading the graph around a node the pointer has left
    state.hovered = undefined;
    state.hoverNeighbors = new Set();
    const kind = graph.getNodeAttribute(e.node, 'kind');
    if (!state.view.kinds.includes(kind)) state.view = validateView({ ...state.view, kinds: [...state.view.kinds, kind] });
    selectNode(e.node);
    renderFilters();
  };
  const render = () => {
    clear(list);
    items.forEach((e, i) => {
      const a = graph.getNodeAttributes(e.node);
      const swatch = h('span', { className: 'swatch' });
      swatch.style.background = KIND_COLORS[a.kind];
      const li = h(
        'li',
        { role: 'option', id: `suggestion-${i}`, className: i === active ? 'active' : '', attrs: { 'aria-selected': String(i === active) } },
        swatch,
        h('span', { className: 'label' }, a.label),
        e.alias ? h('span', { className: 'alias' }, e.text) : null,
        h('span', { className: 'links', title: 'links in the graph' }, String(a.degree)),
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
    if (active >= 0 && items.length) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  input.addEventListener('input', () => {
    items = rankMatches(searchEntries(), input.value);
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
      choose(items[active] ?? rankMatches(searchEntries(), input.value)[0]);
    } else if (ev.key === 'Escape' && !list.hidden) {
      // the list closes first; a second Escape reaches the page (and closes the panel)
      ev.stopPropagation();
      close();
    }
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
  state.hitLabels = strongest(state.hits, MAX_HIT_LABELS);
  showHits();
  updateVisible();
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
    state.hitLabels = new Set();
    showHits();
    updateVisible();
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

/** The strongest of some nodes (the ones that get a label when there are too many). */
function strongest(nodes: Iterable<string>, n: number): Set<string> {
  return new Set(
    [...nodes]
      .sort((a, b) => compareStrength(graph.getNodeAttributes(a), graph.getNodeAttributes(b)))
      .slice(0, n),
  );
}

/** The statements the view's date range and article allow (all of them when neither is set). */
function statementsInView(): GraphData {
  const { from, to, article } = state.view;
  if (!from && !to && !article) return data;
  const keep = (statement: string) => {
    const i = data.statementArticle.get(statement);
    const a = i === undefined ? undefined : data.articles[i];
    if (article && a?.iri !== article) return false;
    return inDateRange(a?.date, from, to);
  };
  return { ...data, quotes: data.quotes.filter((q) => keep(q.iri)), pledges: data.pledges.filter((p) => keep(p.iri)), roles: data.roles.filter((r) => keep(r.iri)) };
}

const statementFilterKey = () => `${state.view.from}|${state.view.to}|${state.view.article}`;
/** The statement filter the display graph was built for. */
let builtFor = '||';

function rebuild(): void {
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((n, a) => positions.set(n, { x: a.x, y: a.y }));
  stopLayout();
  buildGraph(graph, statementsInView(), { showQuotes: state.showQuotes, positions });
  builtFor = statementFilterKey();
  for (const n of [...placed]) if (!graph.hasNode(n)) placed.delete(n);
  // edges changed (quotes as nodes or folded): `shown` is copied again
  shown.clear();
  state.visible = new Set();
  const kinds = new Set(state.view.kinds);
  if (state.showQuotes) kinds.add('quote');
  else kinds.delete('quote');
  state.view = validateView({ ...state.view, kinds: [...kinds] });
  forgetSearchIndex();
  if (state.selected && !graph.hasNode(state.selected)) selectNode(undefined);
  updateVisible();
  renderer.refresh();
  renderFilters();
  if (state.showQuotes) runLayout({ from: 'quotes' });
}

function applyHash(): void {
  const { node, q, view, expanded, read, path } = readHash();
  const sameView = JSON.stringify(view) === JSON.stringify(state.view) && expanded.join('\n') === [...state.expanded].join('\n');
  if (!sameView) {
    state.view = view;
    state.expanded = new Set(expanded.filter((n) => graph.hasNode(n)));
    applyView();
  }
  if (q !== undefined && q !== state.query) {
    byId<HTMLTextAreaElement>('query').value = q;
    openSparql(true);
    void runQuery();
  }
  if (path && node && (pathEnds?.[0] !== path || pathEnds?.[1] !== node)) {
    showPath(path, node);
    updateVisible();
    refresh();
  }
  if (node !== state.selected) selectNode(node);
  if (read && read !== reading) openArticle(read);
}

function closeDetails(): void {
  if ((state.selectedEdge || reading) && state.selected) {
    state.selectedEdge = undefined;
    selectNode(state.selected, { zoom: false, trail: false });
  } else selectNode(undefined);
}

async function boot(): Promise<void> {
  setupSearch();
  setupFilters();
  const examplesReady = setupSparql();
  // A fresh visit draws the default view first (a few hundred actors: a small answer, read at once)
  // and reads the whole graph once that is on screen; a link to a view (a selection, filters, a
  // date range) waits for the whole graph, which it may need.
  const fresh = location.hash.replace(/^#/, '') === '';
  const wholeResponse = fetchGraphData('whole');
  setStatus('Loading the graph…');
  const dataReady = readGraphData(fresh ? fetchGraphData('core') : wholeResponse);
  // sigma compiles its WebGL programs while the data is on its way (about 1 s in SwiftShader); it
  // draws the nodes as they reach `shown`
  renderer = new Sigma<NodeAttributes, EdgeAttributes>(shown, byId('graph'), { ...SETTINGS, nodeReducer, edgeReducer });
  timings.sigma = performance.now();
  data = await dataReady;
  timings.dataLoaded = performance.now();
  const initial = readHash();
  state.view = initial.view;
  buildGraph(graph, statementsInView(), { showQuotes: state.showQuotes });
  builtFor = statementFilterKey();
  // the server laid out every actor with an edge: those positions are final
  for (const n of data.positions.keys()) if (graph.hasNode(n)) placed.add(n);
  timings.built = performance.now();
  state.expanded = new Set(initial.expanded.filter((n) => graph.hasNode(n)));
  updateVisible();
  // nothing laid out by the server (no actor has an edge): the first frame waits for a layout of what is visible
  if (!data.positions.size) {
    setStatus('Laying out…');
    runLayout({ from: 'boot' });
  }
  timings.laidOut = performance.now();
  frameVisible(false);
  if (initial.camera) renderer.getCamera().setState(initial.camera);
  timings.framed = performance.now();
  renderFilters();
  timings.filters = performance.now();
  setupTimeline();
  timings.timeline = performance.now();

  // hovering fades the rest of the graph (a full pass over it): not while the camera is dragged
  const dragging = () => renderer.getMouseCaptor().isMoving;
  renderer.on('enterNode', ({ node }) => {
    if (dragging()) return;
    state.hovered = node;
    state.hoverNeighbors = neighbourhood(graph, node);
    refresh();
  });
  renderer.on('leaveNode', () => {
    if (!state.hovered) return;
    state.hovered = undefined;
    state.hoverNeighbors = new Set();
    refresh();
  });
  // the camera follows a click too: the neighbourhood may reach past the screen, or have just appeared
  renderer.on('clickNode', ({ node }) => selectNode(node));
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    if (!state.expanded.has(node)) toggleExpanded(node);
  });
  renderer.on('clickEdge', ({ edge }) => selectEdge(edge));
  // an empty click clears what is selected, as in any editor
  renderer.on('clickStage', () => {
    if (state.selected || state.selectedEdge) {
      state.selectedEdge = undefined;
      selectNode(undefined);
    }
  });
  renderer.getCamera().on('updated', writeHashSoon);
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || ev.defaultPrevented) return;
    if (state.pathFrom || state.path || pathEnds) {
      clearPath();
      return;
    }
    if (!panel.hidden) {
      closeDetails();
      // focus would otherwise be left on a button that is gone
      byId('graph').focus();
    }
  });

  byId('layout-toggle').addEventListener('click', () => (worker?.isRunning() ? stopLayout() : runLayout({ from: 'button', force: state.visible.size > SYNC_LAYOUT_MAX ? 'worker' : undefined })));
  byId('reset-view').addEventListener('click', () => void renderer.getCamera().animatedReset({ duration: 400 }));
  byId('copy-link').addEventListener('click', () => {
    writeHash();
    const status = byId('copy-link');
    navigator.clipboard
      .writeText(location.href)
      .then(() => (status.textContent = 'Copied'))
      .catch(() => (status.textContent = 'Copy failed'))
      .finally(() => setTimeout(() => (status.textContent = 'Copy link'), 1500));
  });
  byId('toggle-filters').addEventListener('click', () => {
    const open = document.body.classList.toggle('filters-open');
    byId('toggle-filters').setAttribute('aria-expanded', String(open));
  });
  byId('back').addEventListener('click', () => stepTrail('back'));
  byId('forward').addEventListener('click', () => stepTrail('forward'));
  byId('panel-close').addEventListener('click', () => selectNode(undefined));
  byId('export-png').addEventListener('click', () => {
    // the legend names what is drawn: the kinds and relations shown
    const legend = [
      ...NODE_KINDS.filter((k) => state.view.kinds.includes(k.kind)).map((k) => ({ label: k.label, color: k.color })),
      ...RELATIONS.filter((r) => state.relations.has(r.relation) && (r.relation !== 'mentions' || state.showQuotes)).map((r) => ({ label: r.label, color: r.color, line: true })),
    ];
    void viewToPng(renderer, legend).then((b) => download(b, 'newskg-view.png'));
  });
  // nodes outside `shown` have no display data: they are not visible either
  const drawn = (d: { hidden?: boolean } | undefined) => !!d && !d.hidden;
  const visibleNode = (n: string) => drawn(renderer.getNodeDisplayData(n));
  const visibleEdge = (e: string) => drawn(renderer.getEdgeDisplayData(e)) && visibleNode(graph.source(e)) && visibleNode(graph.target(e));
  byId('export-ttl').addEventListener('click', () => {
    const button = byId<HTMLButtonElement>('export-ttl');
    button.disabled = true;
    const statements = visibleStatements(graph, data, visibleNode, visibleEdge, state.relations.has('said'));
    visibleRdf(graph, data, visibleNode, statements, (q) => constructNTriples(q))
      .then((rdf) => download(new Blob([rdf], { type: 'text/turtle' }), 'newskg-visible.ttl'))
      .catch((e: unknown) => setStatus(`Could not export: ${e instanceof Error ? e.message : String(e)}`, true))
      .finally(() => (button.disabled = false));
  });
  byId('export-gexf').addEventListener('click', () => download(new Blob([visibleGexf(graph, visibleNode, visibleEdge)], { type: 'application/gexf+xml' }), 'newskg-visible.gexf'));
  byId('export-graphml').addEventListener('click', () => download(new Blob([visibleGraphml(graph, visibleNode, visibleEdge)], { type: 'application/graphml+xml' }), 'newskg-visible.graphml'));
  byId<HTMLInputElement>('show-quotes').addEventListener('change', (ev) => {
    state.showQuotes = (ev.target as HTMLInputElement).checked;
    rebuild();
  });
  window.addEventListener('hashchange', applyHash);
  updateTrailButtons();

  window.__newskg = {
    graph,
    shown,
    renderer,
    state,
    timings,
    layoutRunning: () => !!worker?.isRunning(),
    stopLayout,
    selectNode: (n) => selectNode(n),
    layoutQuality: () => layoutQuality(visibleSubgraph(graph, state.visible, shownEdge)),
    relayout: (settings) => {
      layoutOverrides = settings ?? {};
      runLayout({ from: 'hook' });
      renderer.refresh();
      return lastQuality;
    },
  };
  setStatus('');
  timings.wired = performance.now();
  await examplesReady;
  timings.examples = performance.now();
  applyHash();
  timings.hash = performance.now();
  // the first full frame: sigma has drawn synchronously; wait for the browser to paint it
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      timings.firstRender = performance.now();
      if (!data.core) {
        document.body.dataset.state = 'ready';
        return;
      }
      window.__newskg!.firstView = drawnView();
      setStatus('Loading the rest of the graph…');
      readGraphData(wholeResponse).then(takeWholeGraph, (e: unknown) => {
        setStatus(`Could not load the whole graph (the default view stays): ${e instanceof Error ? e.message : String(e)}`, true);
        document.body.dataset.state = 'error';
      });
    }),
  );
}

/** Where and how big sigma draws each node it draws. */
function drawnView(): Record<string, [number, number, number]> {
  const view: Record<string, [number, number, number]> = {};
  shown.forEachNode((n) => {
    const d = renderer.getNodeDisplayData(n);
    if (d && !d.hidden) view[n] = [d.x, d.y, d.size];
  });
  return view;
}

/** The whole graph after the default view: the same view, selection and camera, now over all of it. */
function takeWholeGraph(whole: GraphData): void {
  data = whole;
  rebuild();
  for (const n of data.positions.keys()) if (graph.hasNode(n)) placed.add(n);
  showTimeline();
  // a panel opened meanwhile lists what the whole graph says of its node
  if (state.selected) selectNode(state.selected, { zoom: false, trail: false });
  timings.whole = performance.now();
  setStatus('');
  document.body.dataset.state = 'ready';
}

boot().catch((e: unknown) => {
  setStatus(`Could not load the graph: ${e instanceof Error ? e.message : String(e)}`, true);
  document.body.dataset.state = 'error';
});
