// Positions for the viewer, computed once on the server (graphology-layout-forceatlas2) so that a
// page opens on a finished layout, every visit sees the same one, and nothing moves when filters
// change: every connected actor has its place before the page asks.
//
// Strongest first, in rings: the 200 actors most statements involve (the viewer's default view)
// are laid out alone until they settle; then they stay fixed while the next ones (up to 1,000) are
// placed beside their neighbours and settle around them; then the rest. A single layout of all
// actors leaves the strongest, which link to everything, spread across the whole drawing, and the
// default view of them looks random; in rings, the default view is a layout of itself.
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { EntityKind } from './viewer-data.js';
import { type XY, layoutQuality, layoutSettings, linkFloor } from './layout-measure.js';

export { layoutQuality, type XY };

// a CommonJS module whose typings declare an ES default export: required, it is the function itself
const forceAtlas2 = createRequire(import.meta.url)('graphology-layout-forceatlas2') as {
  assign(graph: LayoutGraph, params: { iterations: number; settings: ForceAtlas2Settings; getEdgeWeight: 'weight' }): void;
  inferSettings(graph: LayoutGraph): ForceAtlas2Settings;
};

export interface LayoutResult {
  /** Actors with a position (those with at least one edge). */
  placed: number;
  /** Size of each ring, strongest first. */
  rings: number[];
  iterations: number;
  /** Mean edge length / mean random-pair distance of the first ring (the default view): 1 is random. */
  quality?: number;
  ms: number;
}

/** An actor of the first ring (the viewer's default view), with its strength over the whole graph. */
export interface DefaultViewMember {
  iri: string;
  statements: number;
  degree: number;
}

/** The first ring alone, settled: the default view's positions, before the outer rings are laid out. */
export interface FirstRing {
  positions: Map<string, XY>;
  quality?: number;
  defaultView: DefaultViewMember[];
}

/** What the layout reads: the display graph's actors and statements. */
export interface LayoutInput {
  entities: { iri: string; kind: EntityKind; label: string }[];
  quotes: { speaker: string; mentions?: string[] }[];
  pledges: { iri: string; giver: string; recipient?: string }[];
  roles: { person: string; title: string; of?: string }[];
}

/** Rings of the layout: the viewer's default "200 strongest", a wider view, then all. */
export const RINGS = [200, 1000, Infinity];

interface LayoutNode {
  kind: EntityKind;
  label: string;
  statements: number;
  degree: number;
}

type LayoutGraph = UndirectedGraph<XY & { fixed?: boolean }, { weight: number }>;

/**
 * The first ring is one connected crowd of hubs: ordinary gravity lets it spread into its clusters
 * where strong gravity packs them. On the BBC corpus's default view (182 actors, 775 edges):
 * quality 0.335 with gravity 1, 0.358 with strong gravity 0.05 (the viewer's), 0.36-0.53 with LinLog,
 * outbound attraction, or edge weights ignored.
 */
const FIRST_RING: ForceAtlas2Settings = { strongGravityMode: false, gravity: 1 };

/**
 * Runs ForceAtlas2 in batches until the quality of `measured` changes by less than `tolerance`, or
 * `maxIterations`. A limit in iterations, never in time: the same graph gets the same layout on a
 * busy machine as on an idle one (a time budget gave a loaded server's outer rings a third of the
 * iterations, and every restart other positions).
 */
function settle(g: LayoutGraph, measured: string[], maxIterations: number, tolerance: number, overrides?: ForceAtlas2Settings): { iterations: number; quality?: number; ms: number } {
  const s = layoutSettings(forceAtlas2.inferSettings(g), g.order, overrides);
  const t0 = performance.now();
  let iterations = 0;
  let quality = layoutQuality(g, measured);
  const batch = Math.min(50, maxIterations);
  while (iterations < maxIterations) {
    forceAtlas2.assign(g, { iterations: batch, settings: s, getEdgeWeight: 'weight' });
    iterations += batch;
    const q = layoutQuality(g, measured);
    const settled = q === undefined || (quality !== undefined && Math.abs(q - quality) < tolerance);
    quality = q;
    if (settled) break;
  }
  return { iterations, quality, ms: performance.now() - t0 };
}

/**
 * Iterations an outer ring may take: a fixed amount of work (node × iterations) over the whole graph
 * laid out so far, since every iteration moves the ring against all of it. On the BBC corpus the
 * second ring (1,000 actors) gets 150 and the third (5,262) 50, about 1.5 and 3 s of CPU; a Reuters
 * graph's 40,000 get 10 rather than minutes.
 */
export function outerRingIterations(order: number): number {
  return Math.max(10, Math.min(150, Math.round(250_000 / Math.max(1, order) / 10) * 10));
}

/** Strongest first (the viewer's order: more statements, then more edges, then by label). */
function compareStrength(a: LayoutNode, b: LayoutNode): number {
  return b.statements - a.statements || b.degree - a.degree || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

/**
 * Lays out the display graph the viewer draws with quotes folded (speaker → what the quote
 * mentions, giver → recipient, person → office of): returns a position for every actor with an edge.
 */
export function layoutDisplayGraph(
  entities: { iri: string; kind: EntityKind; label: string }[],
  quotes: { speaker: string; mentions?: string[] }[],
  pledges: { iri: string; giver: string; recipient?: string }[],
  roles: { person: string; title: string; of?: string }[],
  tuning: { tolerance?: number; settings?: ForceAtlas2Settings; log?: (line: string) => void; /** Told once, when the first ring has settled (at once when there is none). */ onFirstRing?: (first: FirstRing) => void } = {},
): { positions: Map<string, XY>; result: LayoutResult; defaultView: DefaultViewMember[] } {
  const t0 = performance.now();
  const nodes = new Map<string, LayoutNode>();
  for (const e of entities) nodes.set(e.iri, { kind: e.kind, label: e.label, statements: 0, degree: 0 });
  // the viewer's display edges, keyed as it keys them, so that degrees match what it ranks by, with
  // the statements behind each (counted once per statement, as the viewer's link floor counts them)
  const displayEdges = new Map<string, { s: string; t: string; statements: number; last: number }>();
  const weights = new Map<string, { s: string; t: string; n: number }>();
  let statement = 0;
  const edge = (s: string, t: string, key: string) => {
    if (s === t || !nodes.has(s) || !nodes.has(t)) return;
    const shown = displayEdges.get(key);
    if (!shown) {
      displayEdges.set(key, { s, t, statements: 1, last: statement });
      nodes.get(s)!.degree++;
      nodes.get(t)!.degree++;
    } else if (shown.last !== statement) {
      shown.statements++;
      shown.last = statement;
    }
    const pair = s < t ? `${s} ${t}` : `${t} ${s}`;
    const w = weights.get(pair);
    if (w) w.n++;
    else weights.set(pair, { s, t, n: 1 });
  };
  const involve = (iri: string | undefined) => {
    const n = iri ? nodes.get(iri) : undefined;
    if (n) n.statements++;
  };
  // counted as the viewer counts them (model.ts buildGraph), so that its ranking is this one
  for (const q of quotes) {
    statement++;
    involve(q.speaker);
    for (const m of new Set(q.mentions)) if (m !== q.speaker) involve(m);
    if (!nodes.has(q.speaker)) continue;
    for (const m of q.mentions ?? []) edge(q.speaker, m, `said ${q.speaker} ${m}`);
  }
  for (const p of pledges) {
    statement++;
    if (p.recipient) edge(p.giver, p.recipient, `pledged ${p.iri}`);
    involve(p.giver);
    if (p.recipient !== p.giver) involve(p.recipient);
  }
  for (const r of roles) {
    statement++;
    if (r.of) edge(r.person, r.of, `office ${r.person} ${r.of} ${r.title}`);
    involve(r.person);
    if (r.of !== r.person) involve(r.of);
  }

  const g: LayoutGraph = new UndirectedGraph({ allowSelfLoops: false });
  const connected = [...nodes].filter(([, n]) => n.degree > 0);
  // named actors first (the viewer hides unnamed speakers by default), each group strongest first
  connected.sort(([, a], [, b]) => Number(a.kind === 'speaker') - Number(b.kind === 'speaker') || compareStrength(a, b));
  const order = connected.map(([iri]) => iri);
  const neighbours = new Map<string, { other: string; weight: number }[]>();
  for (const { s, t, n } of weights.values()) {
    const weight = Math.log2(1 + n);
    for (const [a, b] of [
      [s, t],
      [t, s],
    ]) {
      const list = neighbours.get(a);
      if (list) list.push({ other: b, weight });
      else neighbours.set(a, [{ other: b, weight }]);
    }
  }

  // the viewer's default view (viewer/src/view.ts visibleNodes) drops a node of the strongest 200
  // that has no link among them as strong as its link floor (it would float alone): such nodes
  // wait for the next ring, so the first ring is that view
  const firstRing = new Set(order.slice(0, RINGS[0]));
  const ringLinks = [...displayEdges.values()].filter(({ s, t }) => firstRing.has(s) && firstRing.has(t));
  const floor = linkFloor(ringLinks.map((e) => e.statements), firstRing.size);
  const linkedInFirst = new Set<string>();
  for (const { s, t, statements } of ringLinks) if (statements >= floor) linkedInFirst.add(s).add(t);
  const loners = order.slice(0, RINGS[0]).filter((iri) => !linkedInFirst.has(iri));
  if (loners.length) {
    const out = new Set(loners);
    order.splice(0, RINGS[0], ...order.slice(0, RINGS[0]).filter((iri) => !out.has(iri)), ...loners);
  }
  // (ends in `order`: the first ring ends before its loners, also when the graph has fewer actors than it holds)
  const ringSizes = [Math.min(RINGS[0], order.length) - loners.length, ...RINGS.slice(1)];
  const defaultView = order.slice(0, Math.min(order.length, ringSizes[0]!)).map((iri) => ({ iri, statements: nodes.get(iri)!.statements, degree: nodes.get(iri)!.degree }));
  const rings: number[] = [];
  let iterations = 0;
  let quality: number | undefined;
  let start = 0;
  let spacing = 10;
  for (const size of ringSizes) {
    const end = Math.min(order.length, size);
    if (end <= start) continue;
    const ring = order.slice(start, end);
    // what is already laid out stays where it is: the new ring settles around it
    g.updateEachNodeAttributes((_n, a) => ({ ...a, fixed: true }));
    const centre = centroid(g);
    ring.forEach((iri, i) => {
      const anchors: XY[] = [];
      for (const { other } of neighbours.get(iri) ?? []) if (g.hasNode(other)) anchors.push(g.getNodeAttributes(other));
      const seed = start === 0 ? seedPosition(i, ring.length) : placeNear(anchors, centre, i, anchors.length ? spacing : spacing * 4);
      g.addNode(iri, { ...seed, fixed: false });
    });
    for (const iri of ring) {
      for (const { other, weight } of neighbours.get(iri) ?? []) {
        if (g.hasNode(other) && !g.hasEdge(iri, other)) g.addEdge(iri, other, { weight });
      }
    }
    // the first ring gets as long as it needs; the outer ones a budget (they hold thousands)
    const overrides = { ...(start === 0 ? FIRST_RING : {}), ...tuning.settings };
    const r = settle(g, ring, start === 0 ? 3000 : outerRingIterations(g.order), tuning.tolerance ?? 0.0005, overrides);
    tuning.log?.(`ring of ${ring.length}: ${r.iterations} iterations, ${Math.round(r.ms)} ms, quality ${r.quality?.toFixed(3)}`);
    iterations += r.iterations;
    if (start === 0) {
      quality = r.quality;
      spacing = meanEdgeLength(g) || spacing;
      const first = new Map<string, XY>();
      g.forEachNode((n, a) => first.set(n, { x: a.x, y: a.y }));
      tuning.onFirstRing?.({ positions: first, quality, defaultView });
    }
    rings.push(ring.length);
    start = end;
  }
  // no actor with an edge: no ring was laid out, and the default view is empty
  if (!rings.length) tuning.onFirstRing?.({ positions: new Map(), defaultView });
  const positions = new Map<string, XY>();
  g.forEachNode((n, a) => positions.set(n, { x: a.x, y: a.y }));
  return { positions, result: { placed: positions.size, rings, iterations, quality, ms: performance.now() - t0 }, defaultView };
}

/** Starting points of the first ring: a sunflower disc, strongest in the middle (deterministic). */
function seedPosition(i: number, n: number): XY {
  const r = Math.sqrt((i + 0.5) / n) * Math.sqrt(n) * 10;
  const a = i * 2.399963;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

/** Around the centroid of the placed neighbours (or `fallback`), siblings fanned out by the golden angle. */
function placeNear(neighbours: XY[], fallback: XY, index: number, spacing: number): XY {
  const c = neighbours.length
    ? { x: neighbours.reduce((s, p) => s + p.x, 0) / neighbours.length, y: neighbours.reduce((s, p) => s + p.y, 0) / neighbours.length }
    : fallback;
  const angle = index * 2.399963;
  const r = spacing * (1 + 0.35 * Math.sqrt(index % 50));
  return { x: c.x + r * Math.cos(angle), y: c.y + r * Math.sin(angle) };
}

function centroid(g: LayoutGraph): XY {
  let x = 0;
  let y = 0;
  g.forEachNode((_n, a) => {
    x += a.x;
    y += a.y;
  });
  return g.order ? { x: x / g.order, y: y / g.order } : { x: 0, y: 0 };
}

function meanEdgeLength(g: LayoutGraph): number {
  let total = 0;
  g.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    total += Math.hypot(sa.x - ta.x, sa.y - ta.y);
  });
  return g.size ? total / g.size : 0;
}
