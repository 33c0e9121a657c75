// One article's graph → the text of its part of the output, so that a batch build can render
// articles in parallel and concatenate them (see src/batch/index.ts for the whole design).
//
// The serializers in src/export write the whole graph at once; here each piece is cut so that
//   header + chunk(a1) + sep + chunk(a2) + ... + entity block + footer
// is byte for byte what `serialize` writes for the union, with the articles in graph-IRI order:
//   nquads    the article's sorted lines
//   trig      n3's `<g> {\n … \n}\n` block (a fresh Writer per graph writes exactly that)
//   jsonld    the article's graph object, without the separator between entries
//   turtle, ntriples  only the triples whose subject belongs to the article (its IRI, its
//             `#char=` strings, its quotes, roles, pledges): those are the article's alone, so
//             they need no deduplication. Triples about shared nodes (entities: label, aliases,
//             sameAs, holdsRole, said, pledged) go out as sort keys (`sharedKey`) and are merged,
//             deduplicated and written once, after every article, as the entity block.
// In the graph formats the entity block is the entities graph (src/graph: entitiesGraphIri):
// the chunk holds the article graph's statements, every one of which names a node of the
// article (so no other graph states it); the entity descriptions go out as sort keys, and the
// main thread writes their union once, with renderEntityGraph, after the article graphs (the
// entities graph's IRI sorts after theirs). An article graph of an archive written before the
// entities graph existed still holds descriptions of its entities (describesEntity): they are
// moved to the entities graph; anything else in it stays in the article's graph.
// Prefixed names: a chunk is written with every known prefix declared. An IRI only ever
// abbreviates with a prefix whose namespace it starts with, and every such prefix is "used" (by
// usedPrefixes), so the file's header, which declares the used prefixes only, gives the same text.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Writer, termFromId } from 'n3';
import { type ExportFormat, LineWriter, canonicalQuads, keepsGraphs, portableRdfText, writeJsonLd } from '../export/index.js';
import { StringSink } from '../export/sink.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SCHEMA = 'http://schema.org/';
/** The predicates of an entity description (src/graph: what goes to the entities graph). */
const DESCRIBING = new Set([
  RDF_TYPE,
  'http://www.w3.org/2000/01/rdf-schema#label',
  'http://www.w3.org/2004/02/skos/core#altLabel',
  'http://www.w3.org/2002/07/owl#sameAs',
  `${SCHEMA}identifier`,
]);
const NKG = 'https://w3id.org/newskg#';
const RANK: Record<string, string> = { NamedNode: '1', BlankNode: '2', Literal: '3' };

export interface Counts {
  /** Statements written for this chunk (quads for graph formats, local triples otherwise). */
  statements: number;
  /** Distinct triples whose subject is the article's own. */
  localTriples: number;
  articles: number;
  quotes: number;
  pledges: number;
}

/** No statements, articles, quotes or pledges yet. */
export function noCounts(): Counts {
  return { statements: 0, localTriples: 0, articles: 0, quotes: 0, pledges: 0 };
}

/** Adds `c` into `total`. */
export function addCounts(total: Counts, c: Counts): void {
  total.statements += c.statements;
  total.localTriples += c.localTriples;
  total.articles += c.articles;
  total.quotes += c.quotes;
  total.pledges += c.pledges;
}

export interface Rendered {
  chunk: string;
  /** Sort keys of the triples about shared nodes (see sharedKey), deduplicated. */
  shared: string[];
  /** Prefix names the graph uses that `known` did not have (for the header). */
  prefixes: string[];
  counts: Counts;
  /** The statements the chunk holds (for the triple index of the output). */
  statements: RDF.Quad[];
}

/**
 * A triple's key: sorting keys as strings (UTF-16 code units) orders triples as compareQuads
 * does (subject, predicate with rdf:type first, object by kind then n3 id), and the key gives
 * the triple back (fromSharedKey).
 */
export function sharedKey(q: RDF.Quad): string {
  const p = q.predicate.value;
  return `${q.subject.value}\u0000${p === RDF_TYPE ? '0' : '1'}${p}\u0000${RANK[q.object.termType] ?? '9'}${(q.object as unknown as { id: string }).id}`;
}

const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const SKOS_ALT_LABEL = 'http://www.w3.org/2004/02/skos/core#altLabel';

/**
 * Entity descriptions (shared keys) with one rdfs:label per node: the label `chosen` gives for the
 * node's IRI (LabelLedger: the form most articles write), or else the least; every other label
 * of the node becomes a skos:altLabel, and no altLabel repeats the label (one article's alias is
 * often another's label). Other keys pass as they are.
 */
export function oneLabelEach(keys: Iterable<string>, chosen: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const labels = new Map<string, string[]>();
  const labelPart = `\u00001${RDFS_LABEL}\u0000`;
  const altPart = `\u00001${SKOS_ALT_LABEL}\u0000`;
  /** The altLabel key that says what a label key says. */
  const asAlt = (labelKey: string) => labelKey.replace(labelPart, altPart);
  const kept = new Set<string>();
  for (const k of keys) {
    const a = k.indexOf('\u0000');
    if (!k.startsWith(labelPart, a)) {
      out.push(k);
      continue;
    }
    const subject = k.slice(0, a);
    const list = labels.get(subject);
    if (list) list.push(k);
    else labels.set(subject, [k]);
  }
  for (const [subject, list] of labels) {
    let keep = 0;
    if (list.length > 1) {
      const values = list.map((k) => fromSharedKey(k).object.value);
      const want = chosen.get(subject);
      keep = values.indexOf(want ?? '');
      if (keep < 0) keep = values.reduce((best, v, i) => (v < values[best]! ? i : best), 0);
    }
    list.forEach((k, i) => {
      if (i === keep) {
        out.push(k);
        kept.add(asAlt(k));
      } else out.push(asAlt(k));
    });
  }
  return [...new Set(out)].filter((k) => !kept.has(k));
}

export function fromSharedKey(key: string): RDF.Quad {
  const a = key.indexOf('\u0000');
  const b = key.indexOf('\u0000', a + 1);
  return DataFactory.quad(
    DataFactory.namedNode(key.slice(0, a)),
    DataFactory.namedNode(key.slice(a + 2, b)),
    termFromId(key.slice(b + 2)) as RDF.Quad_Object,
  );
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANGSTRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/**
 * The prefixes of `all` that the quads use (as src/export's usedPrefixes counts them) and that
 * are not in `known` yet; adds them to `known`. The header needs only the union over the whole
 * build, so once a prefix is known to be used, no later graph looks for it again.
 */
export function newPrefixes(quads: RDF.Quad[], all: Record<string, string>, known: Set<string>): string[] {
  const left = Object.entries(all).filter(([p]) => !known.has(p));
  const found: string[] = [];
  if (!left.length) return found;
  const visit = (iri: string) => {
    for (let i = 0; i < left.length; i++) {
      if (iri.startsWith(left[i]![1])) {
        found.push(left[i]![0]);
        known.add(left[i]![0]);
        left.splice(i--, 1);
      }
    }
  };
  for (const q of quads) {
    if (!left.length) break;
    if (q.subject.termType === 'NamedNode') visit(q.subject.value);
    if (q.predicate.value !== RDF_TYPE) visit(q.predicate.value);
    const o = q.object;
    if (o.termType === 'NamedNode') visit(o.value);
    else if (o.termType === 'Literal') {
      const dt = (o as RDF.Literal).datatype?.value;
      if (dt && dt !== XSD_STRING && dt !== RDF_LANGSTRING) visit(dt);
    }
    if (q.graph.termType === 'NamedNode') visit(q.graph.value);
  }
  return found;
}

/**
 * Whether a quad of the article graph `articleIri` describes an entity (type, label, alias,
 * sameAs, identifier of a node that is not the article's), as graphs written before the
 * entities graph did, rather than stating one of the article's own facts. (The article itself,
 * its strings and an unnamed speaker, minted under the article's IRI, are the article's.)
 */
function describesEntity(q: RDF.Quad, articleIri: string): boolean {
  return DESCRIBING.has(q.predicate.value) && !(q.subject.termType === 'NamedNode' && isLocal(q.subject.value, articleIri)) && !(q.object.termType === 'NamedNode' && isLocal(q.object.value, articleIri));
}

/** Whether a subject IRI belongs to the article whose IRI is `articleIri`. */
function isLocal(subject: string, articleIri: string): boolean {
  if (!subject.startsWith(articleIri)) return false;
  const c = subject.charCodeAt(articleIri.length);
  return Number.isNaN(c) || c === 0x23 /* # */ || c === 0x2f /* / */;
}

/** Text written by a fresh n3 Writer for `quads`, without its prefix header. */
function n3Body(quads: RDF.Quad[], format: 'turtle' | 'trig', prefixes: Record<string, string>): string {
  let text = '';
  const out = {
    write: (chunk: string, _enc?: unknown, done?: () => void) => {
      text += chunk;
      done?.();
    },
    end: (done?: () => void) => done?.(),
  };
  const w = new Writer(out, { format: format === 'trig' ? 'application/trig' : 'text/turtle', prefixes, end: false });
  const headerLength = text.length;
  for (const q of quads) w.addQuad(q);
  w.end();
  return portableRdfText(text.slice(headerLength));
}


/** The text of triples (default graph, canonical order) in a triple format: the entity block. */
export function renderTriples(quads: RDF.Quad[], format: 'turtle' | 'ntriples', prefixes: Record<string, string>): string {
  if (format === 'turtle') return n3Body(quads, 'turtle', prefixes);
  return new LineWriter(false).lines(quads);
}

/** Header and footer of the whole file, for the used prefixes. */
export function frame(format: ExportFormat, prefixes: Record<string, string>): { header: string; sep: string; first: string; footer: string; empty: string } {
  switch (format) {
    case 'nquads':
    case 'ntriples':
      return { header: '', first: '', sep: '', footer: '', empty: '' };
    case 'turtle':
    case 'trig': {
      const entries = Object.entries(prefixes);
      const header = entries.map(([p, ns]) => `@prefix ${p}: <${ns}>.\n`).join('') + (entries.length ? '\n' : '');
      return { header, first: '', sep: '', footer: '', empty: '' };
    }
    case 'jsonld': {
      const header = `{\n  "@context": ${JSON.stringify(prefixes, null, 2).replace(/\n/g, '\n  ')},\n  "@graph": [`;
      return { header, first: '\n    ', sep: ',\n    ', footer: '\n  ]\n}\n', empty: ']\n}\n' };
    }
  }
}

export interface RenderOptions {
  /**
   * The entities graph's IRI when the main thread writes that graph from the shared keys
   * (graph formats). Without it, a graph format keeps each article's entity descriptions in the
   * article's graph, as builds did before the entities graph (for a main thread that does not
   * write it).
   */
  entitiesGraph?: string;
}

/**
 * Renders one graph for `format`: an article's (the quads newskg made for it, or the quads of
 * its graph in an archive), or, from an archive, the entities graph (all of it goes to `shared`).
 * `allPrefixes` are every prefix the build may declare (see the header comment); `known` the
 * prefixes this thread has already reported as used.
 */
export function renderGraph(quads: Iterable<RDF.Quad>, graphIri: string, format: ExportFormat, allPrefixes: Record<string, string>, known = new Set<string>(), options: RenderOptions = {}): Rendered {
  const graphs = keepsGraphs(format);
  const entitiesGraph = graphs ? options.entitiesGraph : undefined;
  const legacy = graphs && entitiesGraph === undefined;
  // legacy: every statement in the article's graph; triple formats: graphs do not matter
  const input = legacy || !graphs ? [...quads].map((q) => (q.graph.value === graphIri ? q : DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(graphIri)))) : quads;
  const canon = canonicalQuads(input); // sorted by graph, subject, predicate, object
  // N-Triples and N-Quads declare no prefixes: nothing to look for
  const prefixes = format === 'nquads' || format === 'ntriples' ? [] : newPrefixes(canon, allPrefixes, known);
  const counts = noCounts();
  const local: RDF.Quad[] = [];
  const shared: string[] = [];
  // with an entities graph: the statements of the article's graph but its entity descriptions;
  // all of the entities graph (from an archive) is shared
  const own = (q: RDF.Quad) => graphIri !== entitiesGraph && q.graph.value === graphIri && !describesEntity(q, graphIri);
  for (const q of canon) {
    const isOwn = entitiesGraph !== undefined ? own(q) : q.subject.termType === 'NamedNode' && isLocal(q.subject.value, graphIri);
    if (isOwn) {
      local.push(q);
      if (q.predicate.value === RDF_TYPE) {
        const o = q.object.value;
        if (o === `${SCHEMA}NewsArticle`) counts.articles++;
        else if (o === `${NKG}Quote`) counts.quotes++;
        else if (o === `${NKG}Pledge`) counts.pledges++;
      }
    } else shared.push(sharedKey(q));
  }
  counts.localTriples = local.length;
  let chunk: string;
  let statements = local;
  if (entitiesGraph !== undefined) {
    // the article graph's own statements; the descriptions (shared) go to the entities graph
    counts.statements = local.length;
    chunk = local.length ? renderQuads(local, format, allPrefixes) : '';
  } else if (graphs) {
    counts.statements = canon.length;
    chunk = renderQuads(canon, format, allPrefixes);
    statements = canon;
  } else {
    counts.statements = local.length;
    const triples = local.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
    chunk = renderTriples(triples, format as 'turtle' | 'ntriples', allPrefixes);
  }
  return { chunk, shared, prefixes, counts, statements };
}

/** Canonical quads of one named graph as a chunk of a graph format (see the header comment). */
function renderQuads(canon: RDF.Quad[], format: ExportFormat, allPrefixes: Record<string, string>): string {
  if (format === 'nquads') return new LineWriter(true).lines(canon);
  if (format === 'trig') return n3Body(canon, 'trig', allPrefixes);
  const sink = new StringSink();
  writeJsonLd(canon, sink, allPrefixes);
  const text = sink.toString();
  const f = frame('jsonld', allPrefixes);
  return text.slice(f.header.length + f.first.length, text.length - f.footer.length);
}

/**
 * The entities graph of a graph format (nquads, trig, jsonld) from the sorted, deduplicated
 * shared keys of every graph rendered: one chunk, written by the main thread after the article
 * graphs (a TriG graph must be one block, so it is not cut in batches). '' when there are none.
 */
export function renderEntityGraph(sortedKeys: string[], entitiesGraph: string, format: ExportFormat, allPrefixes: Record<string, string>): string {
  if (!sortedKeys.length) return '';
  const g = DataFactory.namedNode(entitiesGraph);
  const quads = sortedKeys.map((k) => {
    const t = fromSharedKey(k);
    return DataFactory.quad(t.subject, t.predicate, t.object, g);
  });
  return renderQuads(quads, format, allPrefixes);
}
