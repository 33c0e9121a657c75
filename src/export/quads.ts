// Canonical quad order: the same quads in any order give the same sorted, deduplicated array.
// Order: graph, subject, predicate (rdf:type first), object; terms by kind (default graph, IRI,
// blank node, literal), then value, datatype and language, comparing UTF-16 code units.
import type * as RDF from '@rdfjs/types';
import * as N3 from 'n3';

const { DataFactory } = N3;
// n3's Term and Quad classes exist at run time; @types/n3 only declares Term as a type union
type Ctor<T> = abstract new (...args: never[]) => T;
const N3Term = (N3 as unknown as { Term: Ctor<{ id: string }> }).Term;
const N3Quad = (N3 as unknown as { Quad: Ctor<RDF.Quad> }).Quad;

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANGSTRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

const RANK: Record<string, number> = { DefaultGraph: 0, NamedNode: 1, BlankNode: 2, Literal: 3, Variable: 4, Quad: 5 };

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareTerms(a: RDF.Term, b: RDF.Term): number {
  // one term object is often in many quads (a graph, a subject, a predicate): equal at once
  if (a === b) return 0;
  const r = (RANK[a.termType] ?? 9) - (RANK[b.termType] ?? 9);
  if (r !== 0) return r;
  // n3 terms carry a canonical id (IRI, `_:label`, `"value"@lang`, `"value"^^datatype`):
  // comparing it is equivalent and avoids n3's parsing getters on literals
  if (a instanceof N3Term && b instanceof N3Term) return cmpStr(a.id, b.id);
  if (a.termType === 'Quad' && b.termType === 'Quad') return compareQuads(a as RDF.Quad, b as RDF.Quad);
  const v = cmpStr(a.value, b.value);
  if (v !== 0 || a.termType !== 'Literal') return v;
  const la = a as RDF.Literal;
  const lb = b as RDF.Literal;
  return cmpStr(la.datatype?.value ?? '', lb.datatype?.value ?? '') || cmpStr(la.language ?? '', lb.language ?? '');
}

function comparePredicates(a: RDF.Term, b: RDF.Term): number {
  if (a === b) return 0;
  const ta = a.value === RDF_TYPE && a.termType === 'NamedNode';
  const tb = b.value === RDF_TYPE && b.termType === 'NamedNode';
  if (ta !== tb) return ta ? -1 : 1;
  return compareTerms(a, b);
}

export function compareQuads(a: RDF.Quad, b: RDF.Quad): number {
  return (
    compareTerms(a.graph, b.graph) ||
    compareTerms(a.subject, b.subject) ||
    comparePredicates(a.predicate, b.predicate) ||
    compareTerms(a.object, b.object)
  );
}

/** Any RDF/JS term (n3's, oxigraph's, ...) as an n3 term. */
export function toN3Term(t: RDF.Term): RDF.Term {
  // n3's factory already lowercases language tags
  if (t instanceof N3Term) return t as RDF.Term;
  switch (t.termType) {
    case 'NamedNode':
      return DataFactory.namedNode(t.value);
    case 'BlankNode':
      return DataFactory.blankNode(t.value);
    case 'Literal': {
      const lit = t as RDF.Literal;
      // language tags are case-insensitive: lowercase them, as oxigraph does, so output is canonical
      if (lit.language) return DataFactory.literal(lit.value, lit.language.toLowerCase());
      const dt = lit.datatype?.value;
      return DataFactory.literal(lit.value, dt && dt !== XSD_STRING && dt !== RDF_LANGSTRING ? DataFactory.namedNode(dt) : undefined);
    }
    case 'DefaultGraph':
      return DataFactory.defaultGraph();
    case 'Variable':
      return DataFactory.variable(t.value);
    case 'Quad':
      return toN3Quad(t as RDF.Quad);
  }
}

export function toN3Quad(q: RDF.Quad, dropGraph = false): RDF.Quad {
  if (
    q instanceof N3Quad &&
    q.subject instanceof N3Term &&
    q.predicate instanceof N3Term &&
    q.object instanceof N3Term &&
    (dropGraph ? q.graph.termType === 'DefaultGraph' : q.graph instanceof N3Term)
  ) {
    return isWellFormedQuad(q) ? q : fixQuad(q, dropGraph);
  }
  const n3 = DataFactory.quad(
    toN3Term(q.subject) as RDF.Quad_Subject,
    toN3Term(q.predicate) as RDF.Quad_Predicate,
    toN3Term(q.object) as RDF.Quad_Object,
    dropGraph ? DataFactory.defaultGraph() : (toN3Term(q.graph) as RDF.Quad_Graph),
  );
  return isWellFormedQuad(n3) ? n3 : fixQuad(n3, dropGraph);
}

// Lone UTF-16 surrogates (half of a pair) have no UTF-8 encoding. Ingest refuses such text, so
// only in-process callers can make them, but a writer must never write RDF that does not parse:
// JSON.stringify escapes one as "\udXXX", which JSON-LD parsers refuse, and encoding one as UTF-8
// silently gives U+FFFD. So every term is made well-formed once, here, before it is sorted, and
// every format writes the same: in a literal or blank node label, U+FFFD (the replacement
// character; one code unit for one, so NIF offsets do not move); in an IRI, "%EF%BF%BD", U+FFFD
// percent-encoded, since U+FFFD itself is not allowed in an IRI (RFC 3987).
type WellFormedString = string & { isWellFormed(): boolean; toWellFormed(): string };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function isWellFormedString(s: string): boolean {
  return (s as WellFormedString).isWellFormed(); // native from Node 20, which the project requires
}

/** `s` with every lone surrogate replaced by `by` (U+FFFD unless told); `s` itself when it has none. */
export function wellFormed(s: string, by = '\uFFFD'): string {
  if (isWellFormedString(s)) return s;
  return by === '\uFFFD' ? (s as WellFormedString).toWellFormed() : s.replace(LONE_SURROGATE, by);
}

function isWellFormedTerm(t: RDF.Term): boolean {
  // an n3 term's id holds its value, datatype and language: one check covers them
  if (t instanceof N3Term) return isWellFormedString(t.id);
  if (t.termType === 'Quad') return isWellFormedQuad(t as RDF.Quad);
  if (!isWellFormedString(t.value)) return false;
  return t.termType !== 'Literal' || isWellFormedString((t as RDF.Literal).datatype?.value ?? '');
}

function isWellFormedQuad(q: RDF.Quad): boolean {
  return isWellFormedTerm(q.subject) && isWellFormedTerm(q.predicate) && isWellFormedTerm(q.object) && isWellFormedTerm(q.graph);
}

function fixTerm(t: RDF.Term): RDF.Term {
  switch (t.termType) {
    case 'NamedNode':
      return DataFactory.namedNode(wellFormed(t.value, '%EF%BF%BD'));
    case 'BlankNode':
      return DataFactory.blankNode(wellFormed(t.value));
    case 'Literal': {
      const lit = t as RDF.Literal;
      if (lit.language) return DataFactory.literal(wellFormed(lit.value), lit.language);
      const dt = lit.datatype?.value;
      return DataFactory.literal(wellFormed(lit.value), dt && dt !== XSD_STRING ? DataFactory.namedNode(wellFormed(dt, '%EF%BF%BD')) : undefined);
    }
    case 'Quad':
      return fixQuad(t as RDF.Quad, false);
    default:
      return t;
  }
}

function fixQuad(q: RDF.Quad, dropGraph: boolean): RDF.Quad {
  return DataFactory.quad(
    fixTerm(q.subject) as RDF.Quad_Subject,
    fixTerm(q.predicate) as RDF.Quad_Predicate,
    fixTerm(q.object) as RDF.Quad_Object,
    dropGraph ? DataFactory.defaultGraph() : (fixTerm(q.graph) as RDF.Quad_Graph),
  );
}

/**
 * `quads` with lone surrogates replaced as described above; the same array when there are none
 * (always so for the output of canonicalQuads). Replacing can make two quads equal or change
 * their order, so callers that need canonical order pass quads through canonicalQuads instead.
 */
export function wellFormedQuads(quads: RDF.Quad[]): RDF.Quad[] {
  let out: RDF.Quad[] | undefined;
  for (let i = 0; i < quads.length; i++) {
    const q = quads[i];
    if (isWellFormedQuad(q)) continue;
    out ??= quads.slice();
    out[i] = toN3Quad(q); // (which replaces them)
  }
  return out ?? quads;
}

/**
 * Sorted, deduplicated n3 quads. With `dropGraphs`, every quad moves to the default graph
 * first (triple formats), so a triple stated in two graphs is written once.
 */
export function canonicalQuads(quads: Iterable<RDF.Quad>, options: { dropGraphs?: boolean } = {}): RDF.Quad[] {
  const arr: RDF.Quad[] = [];
  for (const q of quads) arr.push(toN3Quad(q, options.dropGraphs));
  arr.sort(compareQuads);
  let w = 0;
  for (let i = 0; i < arr.length; i++) {
    if (w > 0 && compareQuads(arr[w - 1], arr[i]) === 0) continue;
    arr[w++] = arr[i];
  }
  arr.length = w;
  return arr;
}

export { RDF_TYPE, XSD_STRING, RDF_LANGSTRING };
