// What the server's layout (viewer-layout.ts) and the viewer's (viewer/src/layout.ts) share: the
// ForceAtlas2 settings, the quality measure and the link floor, so a layout settles the same way in
// both places, a quality number means the same thing, and the server's first ring is the viewer's
// default view. Pure, with type-only imports: the viewer bundles this file.
//
// Quality: mean edge length / mean distance between random pairs of nodes (1 for a random layout; a
// good one is well under 0.3), on a fixed sample, so the same layout always gives the same number.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface XY {
  x: number;
  y: number;
}

/** The part of a graphology graph with positioned nodes that the measure reads. */
interface PositionedGraph {
  readonly order: number;
  nodes(): string[];
  getNodeAttributes(node: string): XY;
  forEachEdge(callback: (edge: string, attributes: unknown, source: string, target: string, sourceAttributes: XY, targetAttributes: XY) => void): void;
}

/** A deterministic pseudo-random number in [0, 1) for an integer. */
function rand01(i: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

const QUALITY_PAIRS = 2000;

/**
 * The quality of the layout of `nodes` (all of `g`'s by default) and the edges between them;
 * undefined without such an edge or with fewer than 3 nodes.
 */
export function layoutQuality(g: PositionedGraph, nodes: string[] = g.nodes()): number | undefined {
  const inside = nodes.length === g.order ? undefined : new Set(nodes);
  let edges = 0;
  let count = 0;
  g.forEachEdge((_e, _a, s, t, sa, ta) => {
    if (inside && (!inside.has(s) || !inside.has(t))) return;
    edges += Math.hypot(sa.x - ta.x, sa.y - ta.y);
    count++;
  });
  if (!count || nodes.length < 3) return undefined;
  let pairs = 0;
  for (let i = 0; i < QUALITY_PAIRS; i++) {
    const a = g.getNodeAttributes(nodes[Math.floor(rand01(2 * i) * nodes.length)]!);
    const b = g.getNodeAttributes(nodes[Math.floor(rand01(2 * i + 1) * nodes.length)]!);
    pairs += Math.hypot(a.x - b.x, a.y - b.y);
  }
  return pairs > 0 ? edges / count / (pairs / QUALITY_PAIRS) : undefined;
}

/**
 * ForceAtlas2 settings for a graph of `order` nodes, over graphology's inferred ones: strong gravity
 * so that small components stay beside the main one (instead of drifting off and shrinking it to a
 * dot when the view is framed), and no LinLog (it pulls a node's single neighbour onto it). Tried on
 * the 200 strongest nodes of 500 BBC articles: quality 0.17, settled in about 100 ms; LinLog gave
 * 0.24 with overlapping pairs; gravity 0.3 and scaling 100 gave 0.22.
 */
export function layoutSettings(inferred: ForceAtlas2Settings, order: number, overrides: ForceAtlas2Settings = {}): ForceAtlas2Settings {
  return {
    ...inferred,
    linLogMode: false,
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    edgeWeightInfluence: 1,
    barnesHutOptimize: order > 1000,
    barnesHutTheta: 0.6,
    ...overrides,
  };
}

/**
 * With `minLink` 0, the weakest links are left out until the nodes shown have at most this many
 * links each on average. On the BBC corpus's default view (181 actors, 577 links, 265 of them one
 * statement) that draws the 312 links of two statements or more, where the drawing was a hairball
 * (mean link length / mean random-pair distance 0.34, now 0.28 on the same positions); a single
 * article's view stays whole.
 */
export const AUTO_LINKS_PER_NODE = 2;

/**
 * The fewest statements a link needs so that `nodes` nodes have at most AUTO_LINKS_PER_NODE links
 * each on average, given the statements behind each of their links: 1 (every link) when they
 * have no more than that already.
 */
export function linkFloor(weights: readonly number[], nodes: number): number {
  const most = AUTO_LINKS_PER_NODE * nodes;
  if (weights.length <= most) return 1;
  const sorted = [...weights].sort((a, b) => b - a);
  // the weight of the link just past the budget must go, and all links as weak as it
  return sorted[most]! + 1;
}
