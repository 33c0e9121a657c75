// Exports: the current view as a PNG (sigma's canvas layers composited on white), the visible
// subgraph as RDF that passes `newskg validate` (each visible statement with its text, spans,
// evidence and article, fetched from the server), and as GEXF for Gephi.
import type Sigma from 'sigma';
import type { DisplayGraph, EdgeAttributes, GraphData, NodeAttributes } from './model';
import { KIND_COLORS, TYPE_OF_KIND } from './model';

export interface LegendEntry {
  label: string;
  color: string;
  /** A line (a relation) rather than a dot (a kind of node). */
  line?: boolean;
}

/** The legend in the top-left corner of the image: what the colours mean, since the file travels without the page. */
function drawLegend(ctx: CanvasRenderingContext2D, entries: LegendEntry[], ratio: number): void {
  if (!entries.length) return;
  ctx.save();
  ctx.scale(ratio, ratio);
  ctx.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  const row = 18;
  const width = 24 + Math.max(...entries.map((e) => ctx.measureText(e.label).width)) + 12;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.strokeStyle = '#dfe3ea';
  ctx.fillRect(8, 8, width, entries.length * row + 10);
  ctx.strokeRect(8, 8, width, entries.length * row + 10);
  entries.forEach((e, i) => {
    const y = 8 + 5 + i * row + row / 2;
    ctx.fillStyle = e.color;
    ctx.strokeStyle = e.color;
    if (e.line) {
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(16, y);
      ctx.lineTo(28, y);
      ctx.stroke();
    } else {
      ctx.beginPath();
      ctx.arc(22, y, 5, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = '#1d2433';
    ctx.textBaseline = 'middle';
    ctx.fillText(e.label, 34, y);
  });
  ctx.restore();
}

/** The view as a PNG blob: every canvas layer, in page order, drawn onto one canvas, and the legend. */
export async function viewToPng(renderer: Sigma<NodeAttributes, EdgeAttributes>, legend: LegendEntry[] = []): Promise<Blob> {
  const container = renderer.getContainer();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  // WebGL layers keep their pixels only until the frame is shown: render now, copy at once
  renderer.refresh();
  for (const canvas of container.querySelectorAll('canvas')) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  drawLegend(ctx, legend, ratio);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
}

// ------------------------------------------------------------------ RDF

const NKG = 'https://w3id.org/newskg#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const SKOS_ALT = 'http://www.w3.org/2004/02/skos/core#altLabel';

/** An IRI in N-Triples, characters IRIREF forbids \u-escaped. */
function ntIri(value: string): string {
  return `<${value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}>`;
}

function ntLiteral(value: string): string {
  return `"${value.replace(/[\\"\n\r\u0000-\u001f\u007f]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      default:
        return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    }
  })}"`;
}

/** What the export needs of the server: a CONSTRUCT query's result as N-Triples. */
export type ConstructNTriples = (query: string) => Promise<string>;

const PREFIXES = `PREFIX nkg: <${NKG}>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
`;

/** Statements per CONSTRUCT: keeps each answer under the server's row cap. */
const BATCH = 100;

/**
 * The statements behind the visible edges (and every quote of a visible speaker, mentioning anyone
 * or no one), with what the shapes require of them: their own triples, the resources they point
 * into (segments, spans, amounts), who said, pledged or holds them, and their articles.
 */
function statementsQuery(iris: string[]): string {
  return `${PREFIXES}CONSTRUCT { ?x ?p ?o . ?o ?p2 ?o2 . ?who ?rel ?x } WHERE {
  VALUES ?x { ${iris.map(ntIri).join(' ')} }
  { ?x ?p ?o . OPTIONAL { FILTER (?p IN (nkg:segment, nkg:speakerMention, nkg:evidenceSpan, nkg:amount)) ?o ?p2 ?o2 } }
  UNION { ?who ?rel ?x . FILTER (?rel IN (nkg:said, nkg:pledged, nkg:holdsRole)) }
}`;
}

function articlesQuery(iris: string[]): string {
  return `${PREFIXES}CONSTRUCT { ?a ?p ?v } WHERE {
  VALUES ?x { ${iris.map(ntIri).join(' ')} }
  ?x prov:wasDerivedFrom ?a .
  ?a ?p ?v .
  FILTER (?p != schema:mentions)
}`;
}

/**
 * Offsets as the ontology types them. The server answers the stored "0"^^xsd:nonNegativeInteger
 * of nif:beginIndex and nif:endIndex as xsd:integer (SELECT and CONSTRUCT alike), which the
 * shapes reject; the ontology fixes the range of both, so the export writes it back.
 */
const OFFSET = /(<http:\/\/persistence\.uni-leipzig\.org\/nlp2rdf\/ontologies\/nif-core#(?:beginIndex|endIndex)> "\d+"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#)integer>/;

/** Blank-node labels of one answer, made unique across answers. */
function relabel(nt: string, batch: number): string[] {
  return nt
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.replace(/^_:(\S+)/, `_:e${batch}x$1`).replace(/ _:(\S+) \.$/, ` _:e${batch}x$1 .`).replace(OFFSET, '$1nonNegativeInteger>'));
}

/** The visible statements' IRIs. */
export function visibleStatements(graph: DisplayGraph, data: GraphData, isVisibleNode: (n: string) => boolean, isVisibleEdge: (e: string) => boolean, saidShown: boolean): string[] {
  const out = new Set<string>();
  graph.forEachEdge((e, a) => {
    if (isVisibleEdge(e)) for (const st of a.statements) out.add(st);
  });
  if (saidShown) for (const q of data.quotes) if (graph.hasNode(q.speaker) && isVisibleNode(q.speaker)) out.add(q.iri);
  return [...out].sort();
}

/**
 * The visible subgraph as N-Triples (which any Turtle reader reads too): the visible nodes' types,
 * labels and aliases, and the visible statements as the server holds them.
 */
export async function visibleRdf(graph: DisplayGraph, data: GraphData, isVisibleNode: (n: string) => boolean, statements: string[], construct: ConstructNTriples): Promise<string> {
  const lines = new Set<string>();
  graph.forEachNode((n, a) => {
    if (!isVisibleNode(n) || a.kind === 'quote') return;
    const e = data.entities.get(n);
    lines.add(`${ntIri(n)} ${ntIri(RDF_TYPE)} ${ntIri(TYPE_OF_KIND[a.kind] ?? `${NKG}UnnamedSpeaker`)} .`);
    lines.add(`${ntIri(n)} ${ntIri(RDFS_LABEL)} ${ntLiteral(e?.label ?? a.label)} .`);
    for (const alias of e?.aliases ?? []) lines.add(`${ntIri(n)} ${ntIri(SKOS_ALT)} ${ntLiteral(alias)} .`);
  });
  let batch = 0;
  for (let i = 0; i < statements.length; i += BATCH) {
    const ids = statements.slice(i, i + BATCH);
    for (const l of relabel(await construct(statementsQuery(ids)), batch++)) lines.add(l);
    for (const l of relabel(await construct(articlesQuery(ids)), batch++)) lines.add(l);
  }
  return `${[...lines].join('\n')}\n`;
}

// ------------------------------------------------------------------ GEXF

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/**
 * The visible subgraph as GEXF 1.3 (Gephi's format): nodes with label, kind, statements and the
 * viewer's position and colour; edges with relation, label and the number of statements as weight.
 */
export function visibleGexf(graph: DisplayGraph, isVisibleNode: (n: string) => boolean, isVisibleEdge: (e: string) => boolean): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta><creator>newskg viewer</creator></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node"><attribute id="kind" title="kind" type="string"/><attribute id="statements" title="statements" type="integer"/></attributes>',
    '    <attributes class="edge"><attribute id="relation" title="relation" type="string"/></attributes>',
    '    <nodes>',
  ];
  graph.forEachNode((n, a) => {
    if (!isVisibleNode(n)) return;
    const c = KIND_COLORS[a.kind];
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
    out.push(
      `      <node id="${xml(n)}" label="${xml(a.label)}"><attvalues><attvalue for="kind" value="${a.kind}"/><attvalue for="statements" value="${a.statements}"/></attvalues>` +
        `<viz:color r="${r}" g="${g}" b="${b}"/><viz:position x="${a.x.toFixed(3)}" y="${(-a.y).toFixed(3)}" z="0"/><viz:size value="${(2 + Math.log2(1 + a.statements)).toFixed(2)}"/></node>`,
    );
  });
  out.push('    </nodes>', '    <edges>');
  graph.forEachEdge((e, a, s, t) => {
    if (!isVisibleEdge(e)) return;
    out.push(`      <edge id="${xml(e)}" source="${xml(s)}" target="${xml(t)}" label="${xml(a.label)}" weight="${a.statements.length}"><attvalues><attvalue for="relation" value="${a.relation}"/></attvalues></edge>`);
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------------ GraphML

/** The visible subgraph as GraphML (yEd, Cytoscape, networkx): the same keys as the GEXF export. */
export function visibleGraphml(graph: DisplayGraph, isVisibleNode: (n: string) => boolean, isVisibleEdge: (e: string) => boolean): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="all" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="statements" for="node" attr.name="statements" attr.type="int"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <graph id="newskg" edgedefault="directed">',
  ];
  graph.forEachNode((n, a) => {
    if (!isVisibleNode(n)) return;
    out.push(
      `    <node id="${xml(n)}"><data key="label">${xml(a.label)}</data><data key="kind">${a.kind}</data><data key="statements">${a.statements}</data><data key="x">${a.x.toFixed(3)}</data><data key="y">${a.y.toFixed(3)}</data></node>`,
    );
  });
  graph.forEachEdge((e, a, s, t) => {
    if (!isVisibleEdge(e)) return;
    out.push(`    <edge id="${xml(e)}" source="${xml(s)}" target="${xml(t)}"><data key="label">${xml(a.label)}</data><data key="relation">${a.relation}</data><data key="weight">${a.statements.length}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}
