// A hostile graph and a hostile article: labels, aliases, quotes, titles and pledge items that
// are HTML and script, `javascript:` links as owl:sameAs and schema:url. The viewer must show all
// of it as text, make no link of it, and run none of it.

export const PAYLOAD = '<img src=x onerror=alert(1)>';

const BASE = 'https://w3id.org/newskg/id/';
export const EVIL_PERSON = `${BASE}person/evil`;
export const EVIL_COUNTRY = `${BASE}country/evilland`;
const ARTICLE = `${BASE}article/evil`;

function lit(s: string): string {
  return JSON.stringify(s); // a valid Turtle string for these ASCII texts
}

/** Turtle for one article whose every string is hostile, with exact spans. */
export function hostileTurtle(): string {
  const speaker = `${PAYLOAD} Evil`;
  const quote = '<svg onload=alert(3)> for Evilland';
  const text = `${speaker} said "${quote}" on Monday. Evilland pledged ${PAYLOAD} to ${speaker}.`;
  const n = [...text].length;
  const qb = text.indexOf(quote);
  const qe = qb + quote.length;
  const cb = text.indexOf('Evilland', qb);
  const ce = cb + 'Evilland'.length;
  const firstSentenceEnd = text.indexOf('Monday.') + 'Monday.'.length;
  const c2 = text.indexOf('Evilland pledged');
  const span = (b: number, e: number) => `<${ARTICLE}#char=${b},${e}>`;
  return `@prefix nkg: <https://w3id.org/newskg#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
@prefix schema: <http://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<${ARTICLE}> a schema:NewsArticle, nif:Context ;
  dcterms:identifier ${lit('evil-<b>doc</b>')} ;
  schema:headline ${lit(PAYLOAD)} ;
  schema:url "javascript:alert(1)"^^xsd:anyURI ;
  nif:isString ${lit(text)} ;
  nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "${n}"^^xsd:nonNegativeInteger ;
  schema:mentions <${EVIL_PERSON}>, <${EVIL_COUNTRY}> .

<${EVIL_PERSON}> a schema:Person ;
  rdfs:label ${lit(speaker)} ;
  skos:altLabel ${lit('<script>alert(2)</script>')} ;
  owl:sameAs <javascript:alert(1)> ;
  nkg:said <${ARTICLE}/quote/1> ;
  nkg:holdsRole <${ARTICLE}/role/1> .

<${EVIL_COUNTRY}> a schema:Country ;
  rdfs:label ${lit('Evilland"><svg onload=alert(4)>')} ;
  owl:sameAs <javascript:alert(4)> ;
  nkg:pledged <${ARTICLE}/pledge/1> .

<${ARTICLE}/quote/1> a nkg:Quote ;
  prov:wasDerivedFrom <${ARTICLE}> ;
  nkg:text ${lit(quote)} ;
  nkg:kind nkg:direct ;
  nkg:cue ${lit('said <i>x</i>')} ;
  nkg:evidence ${lit(text.slice(0, firstSentenceEnd))} ;
  nkg:evidenceSpan ${span(0, firstSentenceEnd)} ;
  nkg:segment ${span(qb, qe)} ;
  nkg:speakerMention ${span(0, speaker.length)} .

<${ARTICLE}/pledge/1> a nkg:Pledge ;
  prov:wasDerivedFrom <${ARTICLE}> ;
  nkg:recipient <${EVIL_PERSON}> ;
  nkg:item ${lit(PAYLOAD)} ;
  nkg:status nkg:committed ;
  nkg:evidence ${lit(text.slice(c2))} ;
  nkg:evidenceSpan ${span(c2, n)} .

<${ARTICLE}/role/1> a nkg:Role ;
  prov:wasDerivedFrom <${ARTICLE}> ;
  nkg:title ${lit('<b onmouseover=alert(6)>President</b>')} ;
  nkg:roleOf <${EVIL_COUNTRY}> ;
  nkg:evidence ${lit(text.slice(0, firstSentenceEnd))} ;
  nkg:evidenceSpan ${span(0, firstSentenceEnd)} .

${span(0, firstSentenceEnd)} nif:referenceContext <${ARTICLE}> ; nif:beginIndex ${0} ; nif:endIndex ${firstSentenceEnd} .
${span(c2, n)} nif:referenceContext <${ARTICLE}> ; nif:beginIndex ${c2} ; nif:endIndex ${n} .
${span(qb, qe)} nif:referenceContext <${ARTICLE}> ; nif:beginIndex ${qb} ; nif:endIndex ${qe} .
${span(0, speaker.length)} a nif:Phrase ; nif:referenceContext <${ARTICLE}> ; nif:beginIndex 0 ; nif:endIndex ${speaker.length} ;
  nif:anchorOf ${lit(speaker)} ; itsrdf:taIdentRef <${EVIL_PERSON}> .
${span(cb, ce)} a nif:Phrase ; nif:referenceContext <${ARTICLE}> ; nif:beginIndex ${cb} ; nif:endIndex ${ce} ;
  nif:anchorOf "Evilland" ; itsrdf:taIdentRef <${EVIL_COUNTRY}> .
${span(c2, c2 + 8)} a nif:Phrase ; nif:referenceContext <${ARTICLE}> ; nif:beginIndex ${c2} ; nif:endIndex ${c2 + 8} ;
  nif:anchorOf "Evilland" ; itsrdf:taIdentRef <${EVIL_COUNTRY}> .
`;
}

/** An article (plain text, through the real pipeline) whose quotes are markup. */
export const HOSTILE_ARTICLE = `Summit on ${PAYLOAD}

PARIS — French President Emmanuel Macron said that "${PAYLOAD} must never win the war" after meeting Germany's Chancellor Olaf Scholz.

"We will send <script>alert(2)</script> to Ukraine," Macron said on Monday.

Dutch Prime Minister Mark Rutte said his country decided to provide over 100 million euros to Ukraine for javascript:alert(1) purposes.
`;
