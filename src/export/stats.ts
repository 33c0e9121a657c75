// Counts for the build summary: distinct subjects by type, and distinct triples.
import type * as RDF from '@rdfjs/types';

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

const key = (t: RDF.Term) => `${t.termType[0]}${t.value}`;

export function graphStats(quads: Iterable<RDF.Quad>): GraphStats {
  const typed = new Map<string, Set<string>>();
  const triples = new Set<string>();
  for (const q of quads) {
    const o = q.object;
    const ok = o.termType === 'Literal' ? `L${o.value}\u0000${(o as RDF.Literal).datatype?.value ?? ''}\u0000${(o as RDF.Literal).language ?? ''}` : key(o);
    triples.add(`${key(q.subject)}\u0001${q.predicate.value}\u0001${ok}`);
    if (q.predicate.value === RDF_TYPE && o.termType === 'NamedNode') {
      let s = typed.get(o.value);
      if (!s) typed.set(o.value, (s = new Set()));
      s.add(key(q.subject));
    }
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
    triples: triples.size,
  };
}
