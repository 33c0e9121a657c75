// Layout of what is shown, not of the whole archive: ForceAtlas2 runs on the subgraph of visible
// nodes (at most a few hundred in the default view), from their current positions, until a
// quality measure settles; nodes that become visible later are placed beside their visible
// neighbours, so a selection or an expansion does not move what the user is looking at.
// The settings and the quality measure are the server's too (src/serve/layout-measure.ts).
import Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { type XY, layoutQuality, layoutSettings as sharedSettings } from '../../src/serve/layout-measure';
import type { DisplayGraph } from './model';

export { layoutQuality, type XY };

/** The shared ForceAtlas2 settings for the visible subgraph. */
export function layoutSettings(sub: Graph): ForceAtlas2Settings {
  return sharedSettings(forceAtlas2.inferSettings(sub), sub.order);
}

/** The visible subgraph as a simple undirected graph, edge weight growing with the statements behind it. */
export function visibleSubgraph(graph: DisplayGraph, visible: ReadonlySet<string>, isEdgeShown: (edge: string) => boolean): Graph<XY, { weight: number }> {
  const sub = new Graph<XY, { weight: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of visible) {
    if (!graph.hasNode(n)) continue;
    const a = graph.getNodeAttributes(n);
    sub.addNode(n, { x: a.x, y: a.y });
  }
  graph.forEachEdge((edge, a, s, t) => {
    if (s === t || !sub.hasNode(s) || !sub.hasNode(t) || !isEdgeShown(edge)) return;
    const w = Math.log2(1 + a.statements.length);
    if (sub.hasEdge(s, t)) sub.updateEdgeAttribute(s, t, 'weight', (v) => (v ?? 0) + w);
    else sub.addEdge(s, t, { weight: w });
  });
  return sub;
}

export interface SettleResult {
  iterations: number;
  quality?: number;
  ms: number;
}

export interface SettleOptions {
  /** Iterations between two quality checks. */
  batch: number;
  maxIterations: number;
  /** Stop early past this much time (the page must stay responsive). */
  budgetMs: number;
  /** Settled when the quality changes by less than this between two checks. */
  tolerance: number;
}

export const DEFAULT_SETTLE: SettleOptions = { batch: 50, maxIterations: 1500, budgetMs: 2500, tolerance: 0.004 };

/** Runs ForceAtlas2 on `sub` in batches until the quality settles (or a limit); positions stay in `sub`. */
export function settle(sub: Graph<XY, { weight: number }>, options: Partial<SettleOptions> = {}, overrides: ForceAtlas2Settings = {}): SettleResult {
  const o = { ...DEFAULT_SETTLE, ...options };
  const t0 = performance.now();
  if (sub.order < 2) return { iterations: 0, ms: 0 };
  const settings = { ...layoutSettings(sub), ...overrides };
  let iterations = 0;
  let quality = layoutQuality(sub);
  while (iterations < o.maxIterations) {
    forceAtlas2.assign(sub, { iterations: o.batch, settings, getEdgeWeight: 'weight' });
    iterations += o.batch;
    const q = layoutQuality(sub);
    const settled = q === undefined || (quality !== undefined && Math.abs(q - quality) < o.tolerance);
    quality = q;
    if (settled || performance.now() - t0 > o.budgetMs) break;
  }
  return { iterations, quality, ms: performance.now() - t0 };
}

/**
 * A position for a node that becomes visible without one: around the centroid of its placed
 * neighbours (or `fallback`), at a distance and angle fixed by its index so that siblings fan out.
 */
export function placeNear(neighbours: XY[], fallback: XY, index: number, spacing: number): XY {
  const c = neighbours.length
    ? { x: neighbours.reduce((s, p) => s + p.x, 0) / neighbours.length, y: neighbours.reduce((s, p) => s + p.y, 0) / neighbours.length }
    : fallback;
  const angle = index * 2.399963; // the golden angle: no two siblings on one ray
  const r = spacing * (1 + 0.35 * Math.sqrt(index));
  return { x: c.x + r * Math.cos(angle), y: c.y + r * Math.sin(angle) };
}

/** Extent of some nodes' positions, with a margin (sigma's custom bounding box). */
export function extentOf(points: Iterable<XY>, margin = 0.05): { x: [number, number]; y: [number, number] } | undefined {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (!Number.isFinite(minX)) return undefined;
  const mx = Math.max(1, (maxX - minX) * margin);
  const my = Math.max(1, (maxY - minY) * margin);
  return { x: [minX - mx, maxX + mx], y: [minY - my, maxY + my] };
}
