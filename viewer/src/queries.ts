// The SPARQL the viewer sends for the details of one node or edge, over the contract shape
// (../shared/contract/*.rq). The display graph itself comes in one answer from the server
// (/api/viewer-graph, src/serve/viewer-data.ts).

export const PREFIXES = `PREFIX nkg: <https://w3id.org/newskg#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
`;

/** SPARQL IRI reference, refusing anything that could break out of <...>. */
export function iriRef(iri: string): string {
  if (/[\u0000-\u0020<>"{}|^`\\]/.test(iri)) throw new Error(`not a usable IRI: ${iri}`);
  return `<${iri}>`;
}

const values = (v: string, iris: string[]) => `VALUES ?${v} { ${iris.map(iriRef).join(' ')} }`;

/** What the panel shows of an entity: types, labels, aliases, links. */
export function entityQuery(iri: string): string {
  return `${PREFIXES}
SELECT ?p ?o WHERE {
  ${iriRef(iri)} ?p ?o .
  FILTER (?p IN (<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>, rdfs:label, skos:altLabel, owl:sameAs, schema:identifier))
}`;
}

/** The articles that mention an entity. */
export function mentionedInQuery(iri: string): string {
  return `${PREFIXES}
SELECT ?article ?doc ?title ?url WHERE {
  ?article schema:mentions ${iriRef(iri)} .
  OPTIONAL { ?article dcterms:identifier ?doc }
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:url ?url }
}
ORDER BY ?doc
LIMIT 200`;
}

const ARTICLE_FIELDS = `
  OPTIONAL { ?article dcterms:identifier ?doc }
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?x nkg:evidence ?evidence }
  OPTIONAL { ?x nkg:evidenceSpan ?ev . ?ev nif:beginIndex ?evBegin ; nif:endIndex ?evEnd }
  OPTIONAL { ?x nkg:rule ?rule }`;

/** Quotes with their spans: by speaker, or by IRI. One row per segment. */
export function quotesQuery(by: { speaker: string } | { quotes: string[] }): string {
  const head = 'speaker' in by ? `${iriRef(by.speaker)} nkg:said ?x . BIND (${iriRef(by.speaker)} AS ?speaker)` : `${values('x', by.quotes)}\n  OPTIONAL { ?speaker nkg:said ?x }`;
  return `${PREFIXES}
SELECT ?x ?speaker ?speakerLabel ?text ?kind ?cue ?rule ?article ?doc ?title ?url ?date ?evidence ?evBegin ?evEnd ?segBegin ?segEnd ?spkBegin ?spkEnd WHERE {
  ${head}
  ?x nkg:text ?text ;
     prov:wasDerivedFrom ?article .
  OPTIONAL { ?speaker rdfs:label ?speakerLabel }
  OPTIONAL { ?x nkg:kind ?k . BIND (STRAFTER(STR(?k), "#") AS ?kind) }
  OPTIONAL { ?x nkg:cue ?cue }
  OPTIONAL { ?x nkg:segment ?seg . ?seg nif:beginIndex ?segBegin ; nif:endIndex ?segEnd }
  OPTIONAL { ?x nkg:speakerMention ?sm . ?sm nif:beginIndex ?spkBegin ; nif:endIndex ?spkEnd }${ARTICLE_FIELDS}
}
ORDER BY ?doc ?evBegin ?x
LIMIT 1000`;
}

/** Pledges given or received by an entity, or by IRI. */
export function pledgesQuery(by: { entity: string } | { pledges: string[] }): string {
  const head =
    'entity' in by
      ? `{ ${iriRef(by.entity)} nkg:pledged ?x } UNION { ?x nkg:recipient ${iriRef(by.entity)} } UNION { ?x nkg:announcedBy ${iriRef(by.entity)} }`
      : values('x', by.pledges);
  return `${PREFIXES}
SELECT ?x ?giver ?giverLabel ?recipient ?recipientLabel ?announcer ?announcerLabel ?item ?quantity ?value ?currency ?printed ?purpose ?status ?cue ?rule ?article ?doc ?title ?url ?date ?evidence ?evBegin ?evEnd WHERE {
  ${head}
  ?x a nkg:Pledge ;
     prov:wasDerivedFrom ?article .
  OPTIONAL { ?giver nkg:pledged ?x . OPTIONAL { ?giver rdfs:label ?giverLabel } }
  OPTIONAL { ?x nkg:recipient ?recipient . OPTIONAL { ?recipient rdfs:label ?recipientLabel } }
  OPTIONAL { ?x nkg:announcedBy ?announcer . OPTIONAL { ?announcer rdfs:label ?announcerLabel } }
  OPTIONAL { ?x nkg:item ?item }
  OPTIONAL { ?x nkg:quantity ?quantity }
  OPTIONAL { ?x nkg:amount ?amount .
             OPTIONAL { ?amount schema:value ?value }
             OPTIONAL { ?amount schema:currency ?currency }
             OPTIONAL { ?amount nkg:asPrinted ?printed } }
  OPTIONAL { ?x nkg:purpose ?purpose }
  OPTIONAL { ?x nkg:status ?s . BIND (STRAFTER(STR(?s), "#") AS ?status) }
  OPTIONAL { ?x nkg:cue ?cue }${ARTICLE_FIELDS}
}
ORDER BY ?doc ?evBegin ?x
LIMIT 1000`;
}

/** Offices an entity holds, or that are held for it (a country or organization), or by IRI. */
export function rolesQuery(by: { entity: string } | { roles: string[] }): string {
  const head =
    'entity' in by ? `{ ${iriRef(by.entity)} nkg:holdsRole ?x } UNION { ?x nkg:roleOf ${iriRef(by.entity)} }` : values('x', by.roles);
  return `${PREFIXES}
SELECT ?x ?person ?personLabel ?roleTitle ?of ?ofLabel ?rule ?article ?doc ?title ?url ?date ?evidence ?evBegin ?evEnd WHERE {
  ${head}
  ?x nkg:title ?roleTitle ;
     prov:wasDerivedFrom ?article .
  OPTIONAL { ?person nkg:holdsRole ?x . OPTIONAL { ?person rdfs:label ?personLabel } }
  OPTIONAL { ?x nkg:roleOf ?of . OPTIONAL { ?of rdfs:label ?ofLabel } }${ARTICLE_FIELDS}
}
ORDER BY ?doc ?evBegin ?x
LIMIT 1000`;
}

/** Named mentions of some entities inside the given articles (to highlight them in evidence). */
export function mentionsQuery(articles: string[], entities: string[]): string {
  return `${PREFIXES}
SELECT ?article ?entity ?begin ?end WHERE {
  ${values('article', articles)}
  ${values('entity', entities)}
  ?m nif:referenceContext ?article ;
     itsrdf:taIdentRef ?entity ;
     nif:beginIndex ?begin ;
     nif:endIndex ?end .
}
LIMIT 1000`;
}

/** The text of some articles (nif:isString), for the evidence spans. */
export function articleTextQuery(articles: string[]): string {
  return `${PREFIXES}
SELECT ?article ?text WHERE {
  ${values('article', articles)}
  ?article nif:isString ?text .
}`;
}

/** One article's text and what the panel heads it with. */
export function articleQuery(iri: string): string {
  return `${PREFIXES}
SELECT ?text ?doc ?title ?url ?date WHERE {
  ${iriRef(iri)} nif:isString ?text .
  OPTIONAL { ${iriRef(iri)} dcterms:identifier ?doc }
  OPTIONAL { ${iriRef(iri)} schema:headline ?title }
  OPTIONAL { ${iriRef(iri)} schema:url ?url }
  OPTIONAL { ${iriRef(iri)} schema:datePublished ?date }
}
LIMIT 1`;
}

/** Every span of one article the reader marks: named mentions, quote segments, pledge evidence. */
export function articleSpansQuery(iri: string): string {
  const a = iriRef(iri);
  return `${PREFIXES}
SELECT ?kind ?x ?node ?begin ?end WHERE {
  {
    ?x nif:referenceContext ${a} ; itsrdf:taIdentRef ?node ; nif:beginIndex ?begin ; nif:endIndex ?end .
    BIND ("mention" AS ?kind)
  } UNION {
    ?x nkg:segment ?seg ; prov:wasDerivedFrom ${a} .
    ?seg nif:beginIndex ?begin ; nif:endIndex ?end .
    OPTIONAL { ?node nkg:said ?x }
    BIND ("quote" AS ?kind)
  } UNION {
    ?x a nkg:Pledge ; prov:wasDerivedFrom ${a} ; nkg:evidenceSpan ?ev .
    ?ev nif:beginIndex ?begin ; nif:endIndex ?end .
    OPTIONAL { ?node nkg:pledged ?x }
    BIND ("pledge" AS ?kind)
  }
}
ORDER BY ?begin ?end
LIMIT 5000`;
}
