// Exports: the current view as a PNG (sigma's canvas layers composited on white) and the visible
// subgraph as Turtle (the statements behind the visible nodes and edges, as loaded).
import type Sigma from 'sigma';
import type { DisplayGraph, EdgeAttributes, GraphData, NodeAttributes } from './model';
import { TYPE_OF_KIND } from './model';

/** The view as a PNG blob: every canvas layer, in page order, drawn onto one canvas. */
export async function viewToPng(renderer: Sigma<NodeAttributes, EdgeAttributes>): Promise<Blob> {
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
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
}

// ------------------------------------------------------------------ Turtle

const PREFIXES: [string, string][] = [
  ['nkg', 'https://w3id.org/newskg#'],
  ['schema', 'http://schema.org/'],
  ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['skos', 'http://www.w3.org/2004/02/skos/core#'],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#'],
];

/** An IRI in Turtle: known prefixes compacted, characters IRIREF forbids \u-escaped. */
function iri(value: string): string {
  for (const [p, ns] of PREFIXES) {
    const local = value.slice(ns.length);
    if (value.startsWith(ns) && /^[A-Za-z][\w-]*$/.test(local)) return `${p}:${local}`;
  }
  return `<${value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}>`;
}

function literal(value: string): string {
  return `"${value.replace(/[\\"\n\r\t\u0000-\u001f\u007f]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    }
  })}"`;
}

function decimal(n: number): string {
  return `"${n}"^^xsd:decimal`;
}

/** The visible subgraph as Turtle: each visible node's type, label and aliases; each visible edge's statements. */
export function visibleTurtle(graph: DisplayGraph, data: GraphData, isVisibleNode: (n: string) => boolean, isVisibleEdge: (e: string) => boolean): string {
  const subjects = new Map<string, string[]>();
  const add = (s: string, p: string, o: string) => {
    const list = subjects.get(s) ?? [];
    const po = `${p} ${o}`;
    if (!list.includes(po)) list.push(po);
    subjects.set(s, list);
  };
  graph.forEachNode((n, a) => {
    if (!isVisibleNode(n)) return;
    if (a.kind === 'quote') {
      add(n, 'a', 'nkg:Quote');
      return;
    }
    const e = data.entities.get(n);
    const type = TYPE_OF_KIND[a.kind];
    add(n, 'a', type ? iri(type) : 'nkg:UnnamedSpeaker');
    add(n, 'rdfs:label', literal(e?.label ?? a.label));
    for (const alias of e?.aliases ?? []) add(n, 'skos:altLabel', literal(alias));
  });
  const pledges = new Map(data.pledges.map((p) => [p.iri, p]));
  const roles = new Map(data.roles.map((r) => [r.iri, r]));
  const quotes = new Map(data.quotes.map((q) => [q.iri, q]));
  graph.forEachEdge((e, a) => {
    if (!isVisibleEdge(e)) return;
    for (const st of a.statements) {
      if (a.relation === 'said' || a.relation === 'mentions') {
        const q = quotes.get(st);
        if (!q) continue;
        add(q.speaker, 'nkg:said', iri(st));
        add(st, 'a', 'nkg:Quote');
      } else if (a.relation === 'pledged') {
        const p = pledges.get(st);
        if (!p) continue;
        add(p.giver, 'nkg:pledged', iri(st));
        add(st, 'a', 'nkg:Pledge');
        if (p.recipient) add(st, 'nkg:recipient', iri(p.recipient));
        if (p.item) add(st, 'nkg:item', literal(p.item));
        if (p.quantity !== undefined) add(st, 'nkg:quantity', decimal(p.quantity));
        if (p.value !== undefined) {
          const parts = [`a schema:MonetaryAmount`, `schema:value ${decimal(p.value)}`];
          if (p.currency) parts.push(`schema:currency ${literal(p.currency)}`);
          if (p.printed) parts.push(`nkg:asPrinted ${literal(p.printed)}`);
          add(st, 'nkg:amount', `[ ${parts.join(' ; ')} ]`);
        }
      } else if (a.relation === 'office') {
        const r = roles.get(st);
        if (!r) continue;
        add(r.person, 'nkg:holdsRole', iri(st));
        add(st, 'a', 'nkg:Role');
        add(st, 'nkg:title', literal(r.title));
        if (r.of) add(st, 'nkg:roleOf', iri(r.of));
      }
    }
  });
  const lines = PREFIXES.map(([p, ns]) => `@prefix ${p}: <${ns}> .`);
  lines.push('');
  for (const s of [...subjects.keys()].sort()) {
    const pos = subjects.get(s)!;
    lines.push(`${iri(s)} ${pos.join(' ;\n    ')} .`);
  }
  return `${lines.join('\n')}\n`;
}
