// Counts for the build summary: distinct subjects of the classes people care about, and
// distinct triples (graph names ignored).
import type * as RDF from '@rdfjs/types';
import { compareTerms } from './quads.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SCHEMA = 'http://schema.org/';
const NKG = 'https://w3id.org/newskg#';

export interface GraphStats {
  articles: number;
  entities: { Person: number; Country: number; Organization: number; Place: number };
  quotes: number;
  pledges: number;
  /** Distinct triples (graph names ignored). */
  triples: number;
}

const COUNTED = [`${SCHEMA}NewsArticle`, `${SCHEMA}Person`, `${SCHEMA}Country`, `${SCHEMA}Organization`, `${SCHEMA}Place`, `${NKG}Quote`, `${NKG}Pledge`];

/**
 * Stats of any quads. Pass `canonical: true` for the output of `canonicalQuads` (sorted,
 * deduplicated): then a graph without named graphs is counted without extra work.
 */
export function graphStats(quads: RDF.Quad[], options: { canonical?: boolean } = {}): GraphStats {
  const typed = new Map<string, Set<string>>(COUNTED.map((c) => [c, new Set<string>()]));
  let named = false;
  for (const q of quads) {
    if (q.graph.termType !== 'DefaultGraph') named = true;
    if (q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode') {
      typed.get(q.object.value)?.add(`${q.subject.termType[0]}${q.subject.value}`);
    }
  }
  let triples: number;
  if (options.canonical && !named) triples = quads.length;
  else {
    // distinct (subject, predicate, object): sort references, count changes
    const spo = (a: RDF.Quad, b: RDF.Quad) => compareTerms(a.subject, b.subject) || compareTerms(a.predicate, b.predicate) || compareTerms(a.object, b.object);
    const sorted = [...quads].sort(spo);
    triples = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || spo(sorted[i - 1], sorted[i]) !== 0) triples++;
  }
  const count = (iri: string) => typed.get(iri)?.size ?? 0;
  return {
    articles: count(`${SCHEMA}NewsArticle`),
    entities: {
      Person: count(`${SCHEMA}Person`),
      Country: count(`${SCHEMA}Country`),
      Organization: count(`${SCHEMA}Organization`),
      Place: count(`${SCHEMA}Place`),
    },
    quotes: count(`${NKG}Quote`),
    pledges: count(`${NKG}Pledge`),
    triples,
  };
}
