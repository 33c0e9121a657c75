// JSON-LD written directly from canonical quads (no JSON-LD library): an `@context` with the
// prefixes, then a top-level `@graph` of node objects sorted by `@id`. Named graphs become graph
// objects `{"@id": G, "@graph": [...]}` in that same top-level array (merged with G's own node
// object when G is also a subject in the default graph). Every value is an array; literals are
// `{"@value", "@type"?, "@language"?}` (never native JSON numbers, so values round-trip exactly).
import type * as RDF from '@rdfjs/types';
import { RDF_LANGSTRING, RDF_TYPE, XSD_STRING, compareTerms, wellFormedQuads } from './quads.js';
import type { Sink } from './sink.js';

type JsonValue = Record<string, unknown>;

class Compactor {
  private readonly entries: [string, string][];
  constructor(prefixes: Record<string, string>) {
    // longest namespace first, so the most specific prefix wins
    this.entries = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  }
  iri(iri: string): string {
    for (const [p, ns] of this.entries) {
      if (iri.startsWith(ns) && iri.length > ns.length) {
        const local = iri.slice(ns.length);
        // JSON-LD leaves "p://..." alone (it looks like an absolute IRI): do not compact those
        if (!local.startsWith('//')) return `${p}:${local}`;
      }
    }
    return iri;
  }
}

function nodeId(t: RDF.Term, c: Compactor): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : c.iri(t.value);
}

function objectValue(t: RDF.Term, c: Compactor): JsonValue {
  if (t.termType === 'Literal') {
    const lit = t as RDF.Literal;
    if (lit.language) return { '@value': lit.value, '@language': lit.language };
    const dt = lit.datatype?.value;
    if (!dt || dt === XSD_STRING || dt === RDF_LANGSTRING) return { '@value': lit.value };
    return { '@value': lit.value, '@type': c.iri(dt) };
  }
  return { '@id': nodeId(t, c) };
}

/** Node objects of one graph's quads (already sorted by subject, predicate, object). */
function* nodeObjects(quads: RDF.Quad[], c: Compactor): Generator<{ subject: RDF.Term; node: JsonValue }> {
  let i = 0;
  while (i < quads.length) {
    const subject = quads[i].subject;
    const node: JsonValue = { '@id': nodeId(subject, c) };
    const types: string[] = [];
    const props = new Map<string, { iri: string; values: JsonValue[] }>();
    for (; i < quads.length && compareTerms(quads[i].subject, subject) === 0; i++) {
      const q = quads[i];
      if (q.predicate.value === RDF_TYPE && q.object.termType !== 'Literal') {
        types.push(nodeId(q.object, c));
        continue;
      }
      const key = c.iri(q.predicate.value);
      let p = props.get(key);
      if (!p) props.set(key, (p = { iri: q.predicate.value, values: [] }));
      p.values.push(objectValue(q.object, c));
    }
    if (types.length) node['@type'] = types;
    const sorted = [...props.entries()].sort((a, b) => (a[1].iri < b[1].iri ? -1 : a[1].iri > b[1].iri ? 1 : 0));
    for (const [key, p] of sorted) node[key] = p.values;
    yield { subject, node };
  }
}

function indent(json: string, pad: string): string {
  return json.replace(/\n/g, `\n${pad}`);
}

/**
 * Serializes canonical (sorted, deduplicated) quads as JSON-LD into `sink`. JSON.stringify would
 * write a lone UTF-16 surrogate as a "\udXXX" escape, which JSON-LD parsers refuse; such terms
 * are replaced first, as in every other format (see `wellFormedQuads`; a no-op for quads from
 * canonicalQuads).
 */
export function writeJsonLd(canon: RDF.Quad[], sink: Sink, prefixes: Record<string, string>): void {
  const quads = wellFormedQuads(canon);
  const c = new Compactor(prefixes);
  // split by graph: canonical order has the default graph first, then named graphs in order
  const graphs: { graph: RDF.Term; quads: RDF.Quad[] }[] = [];
  for (const q of quads) {
    const last = graphs[graphs.length - 1];
    if (last && compareTerms(last.graph, q.graph) === 0) last.quads.push(q);
    else graphs.push({ graph: q.graph, quads: [q] });
  }
  const defaultQuads = graphs.length && graphs[0].graph.termType === 'DefaultGraph' ? graphs.shift()!.quads : [];

  // top-level entries: default-graph nodes and named graphs, merged by @id, sorted by @id
  type Entry = { id: string; term: RDF.Term; node?: JsonValue; graphQuads?: RDF.Quad[] };
  const entries = new Map<string, Entry>();
  for (const { subject, node } of nodeObjects(defaultQuads, c)) entries.set(node['@id'] as string, { id: node['@id'] as string, term: subject, node });
  for (const g of graphs) {
    const id = nodeId(g.graph, c);
    const e = entries.get(id) ?? { id, term: g.graph };
    e.graphQuads = g.quads;
    entries.set(id, e);
  }
  // sorted by the full identifier (IRIs, then blank nodes), as nodes inside each graph are
  const ordered = [...entries.values()].sort((a, b) => compareTerms(a.term, b.term));

  sink.write('{\n  "@context": ');
  sink.write(indent(JSON.stringify(prefixes, null, 2), '  '));
  sink.write(',\n  "@graph": [');
  let first = true;
  for (const e of ordered) {
    sink.write(first ? '\n    ' : ',\n    ');
    first = false;
    if (!e.graphQuads) {
      sink.write(indent(JSON.stringify(e.node, null, 2), '    '));
      continue;
    }
    // a graph object, written node by node to keep memory flat
    const head: JsonValue = e.node ? { ...e.node } : { '@id': e.id };
    const headJson = JSON.stringify(head, null, 2);
    sink.write(indent(headJson.slice(0, -2), '    ')); // without the closing "\n}"
    sink.write(',\n      "@graph": [');
    let firstNode = true;
    for (const { node } of nodeObjects(e.graphQuads, c)) {
      sink.write(firstNode ? '\n        ' : ',\n        ');
      firstNode = false;
      sink.write(indent(JSON.stringify(node, null, 2), '        '));
    }
    sink.write(firstNode ? ']\n    }' : '\n      ]\n    }');
  }
  sink.write(first ? ']\n}\n' : '\n  ]\n}\n');
}
