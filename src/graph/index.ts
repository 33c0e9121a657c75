// Stage 3: extractions → RDF quads. Each article's own statements (its text, mentions, quotes,
// pledges, roles, spans, schema:mentions links) live in the article's named graph (its IRI), so
// an archive can replace one article without touching the others. Entity nodes are shared across
// articles through stable IRIs minted from canonical names, and what describes them (type, label,
// aliases, sameAs, identifier) goes to ONE graph for the whole build, the entities graph: a
// store whose default graph is the bag union of its named graphs (Virtuoso) would otherwise
// count an entity's label once per article that mentions it and multiply every joined row.
// The same description from many articles is then one quad (the quads are deduplicated when
// written); no triple is in two graphs.

import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Quad_Subject, NamedNode } from '@rdfjs/types';
import type { Extraction, Entity, Span } from '../types.js';
import { codePointSlicer } from '../text/offsets.js';
import { NKG, NIF, ITSRDF, SCHEMA, PROV, DCTERMS, RDF, RDFS, SKOS, OWL, XSD, WD, ENTITY_CLASS } from './vocab.js';

const { namedNode, literal, quad } = DataFactory;

export { PREFIXES } from './vocab.js';

export interface GraphOptions {
  /** Base IRI for minted resources, ending in '/' or '#'. */
  base: string;
}
export const DEFAULT_BASE = 'https://w3id.org/newskg/id/';

/** The IRI of an article, also the name of its graph. */
export function articleIri(base: string, articleId: string): string {
  return `${base}article/${encodeIriSegment(articleId)}`;
}

/**
 * The name of the graph holding every entity description of a build. It sorts after every
 * article graph (`…/graph/` > `…/article/`), so canonical order writes it last, once.
 */
export function entitiesGraphIri(base: string): string {
  return `${base}graph/entities`;
}

export function entityIri(base: string, key: string): string {
  return `${base}${key.split('/').map(encodeIriSegment).join('/')}`;
}

/** Keeps an identifier readable in an IRI while escaping what IRIs forbid. */
function encodeIriSegment(segment: string): string {
  return segment.replace(/[^A-Za-z0-9._~\-\p{L}\p{N}]/gu, (c) => encodeURIComponent(c));
}

/**
 * The quads of one article: its own statements in the article's named graph, the descriptions
 * of the entities it mentions in the entities graph (entitiesGraphIri). Another article that
 * mentions the same entity yields some of the same entity quads; writers deduplicate them.
 */
export function extractionQuads(x: Extraction, options: GraphOptions): Quad[] {
  const base = options.base;
  const out: Quad[] = [];
  const articleNode = namedNode(articleIri(base, x.article.id));
  const g = articleNode;
  const entitiesGraph = namedNode(entitiesGraphIri(base));
  const add = (s: Quad_Subject, p: NamedNode, o: Quad_Object) => out.push(quad(s, p, o, g));
  const describe = (s: Quad_Subject, p: NamedNode, o: Quad_Object) => out.push(quad(s, p, o, entitiesGraph));
  const text = x.article.text;
  const slice = codePointSlicer(text);
  const codePointLength = [...text].length;
  const int = (n: number) => literal(String(n), XSD('nonNegativeInteger'));
  const stringNode = (span: Span, cls?: NamedNode) => {
    const node = namedNode(`${articleNode.value}#char=${span.begin},${span.end}`);
    add(node, RDF('type'), NIF('String'));
    add(node, RDF('type'), NIF('OffsetBasedString'));
    if (cls) add(node, RDF('type'), cls);
    add(node, NIF('referenceContext'), articleNode);
    add(node, NIF('beginIndex'), int(span.begin));
    add(node, NIF('endIndex'), int(span.end));
    add(node, NIF('anchorOf'), literal(slice(span)));
    return node;
  };
  // A person the article only describes gets a node of this article: "the France manager" of one
  // article is not the one of another, so nothing across the corpus may join them.
  const described = new Set(x.entities.filter((e) => e.described).map((e) => e.key));
  const entityNode = (key: string) => namedNode(described.has(key) ? `${articleNode.value}/${key}` : entityIri(base, key));

  // The article, as a schema.org news article and as the NIF context all offsets refer to.
  add(articleNode, RDF('type'), SCHEMA('NewsArticle'));
  add(articleNode, RDF('type'), NIF('Context'));
  add(articleNode, RDF('type'), NIF('OffsetBasedString'));
  add(articleNode, DCTERMS('identifier'), literal(x.article.id));
  add(articleNode, NIF('isString'), literal(text));
  add(articleNode, NIF('beginIndex'), int(0));
  add(articleNode, NIF('endIndex'), int(codePointLength));
  const headline = x.article.title ?? x.headline;
  if (headline) add(articleNode, SCHEMA('headline'), literal(headline));
  if (x.article.date) add(articleNode, SCHEMA('datePublished'), dateLiteral(x.article.date));
  if (x.article.url) add(articleNode, SCHEMA('url'), literal(x.article.url, XSD('anyURI')));
  for (const b of x.boilerplate) add(stringNode(b.span, NKG('Boilerplate')), NKG('boilerplateKind'), literal(b.kind));

  // Entities: the article mentions them (its graph); what they are and the names this article
  // uses for them join the entities graph, where every article's names for them add up.
  const entities = new Map<string, Entity>(x.entities.map((e) => [e.key, e]));
  // An entity no span of the article names (the chamber "Sen. X" implies, the country an office is
  // of) is described, for the facts that point at it, but the article does not mention it; the
  // dateline's place is named by the dateline.
  const named = new Set<string>(x.mentions.map((m) => m.entity));
  if (x.datelineEntity) named.add(x.datelineEntity);
  for (const e of x.entities) {
    const node = entityNode(e.key);
    if (e.described) {
      // Not a named entity the article mentions: no schema:mentions, and its description stays in the article's graph.
      add(node, RDF('type'), ENTITY_CLASS[e.type]);
      add(node, RDF('type'), NKG('DescribedPerson'));
      add(node, RDFS('label'), literal(e.label));
      continue;
    }
    if (named.has(e.key)) add(articleNode, SCHEMA('mentions'), node);
    describe(node, RDF('type'), ENTITY_CLASS[e.type]);
    describe(node, RDFS('label'), literal(e.label));
    for (const alias of e.aliases) if (alias !== e.label) describe(node, SKOS('altLabel'), literal(alias));
    if (e.wikidata) describe(node, OWL('sameAs'), WD(e.wikidata));
    if (e.iso2) describe(node, SCHEMA('identifier'), literal(e.iso2));
  }
  if (x.datelineEntity && entities.has(x.datelineEntity)) add(articleNode, SCHEMA('locationCreated'), entityNode(x.datelineEntity));

  for (const m of x.mentions) {
    if (!entities.has(m.entity)) continue;
    const node = stringNode(m.span, NIF('Phrase'));
    // Only names (and a capital standing for its government) link with itsrdf:taIdentRef; pronouns,
    // descriptions ("the minister") and demonyms ("French") link through its sub-property
    // nkg:refersTo, so name-level queries and NER evaluations see names, while coreference stays one hop away.
    add(node, m.kind === 'name' || m.kind === 'alias' ? ITSRDF('taIdentRef') : NKG('refersTo'), entityNode(m.entity));
    add(node, NKG('mentionKind'), NKG(m.kind));
  }

  // Roles: person —holdsRole→ role —roleOf→ country or organization.
  x.roles.forEach((r, i) => {
    if (!entities.has(r.person)) return;
    const node = namedNode(`${articleNode.value}/role/${i + 1}`);
    add(entityNode(r.person), NKG('holdsRole'), node);
    add(node, RDF('type'), NKG('Role'));
    add(node, NKG('title'), literal(r.title));
    if (r.of && entities.has(r.of)) add(node, NKG('roleOf'), entityNode(r.of));
    add(node, PROV('wasDerivedFrom'), articleNode);
    add(node, NKG('evidence'), literal(slice(r.evidence)));
    add(node, NKG('evidenceSpan'), stringNode(r.evidence));
    add(node, NKG('rule'), literal(r.rule));
  });

  // Quotes: speaker —said→ quote, one segment per content span.
  x.quotes.forEach((q, i) => {
    const node = namedNode(`${articleNode.value}/quote/${i + 1}`);
    let speaker: NamedNode;
    if (q.speaker && entities.has(q.speaker)) speaker = entityNode(q.speaker);
    else if (q.speakerLabel ?? q.speakerText) {
      // A speaker the text describes but does not name ("a Treasury spokesman", "sources"). Its
      // node is minted under the quote, so only this article describes it: its description stays
      // in the article's graph and goes when the article is replaced.
      speaker = namedNode(`${node.value}/speaker`);
      add(speaker, RDF('type'), PROV('Agent'));
      add(speaker, RDF('type'), NKG('UnnamedSpeaker'));
      add(speaker, RDFS('label'), literal((q.speakerLabel ?? q.speakerText)!.replace(/\s+/g, ' ')));
    } else {
      speaker = namedNode(`${node.value}/unknown-speaker`);
      add(speaker, RDF('type'), NKG('UnknownSpeaker'));
    }
    add(speaker, NKG('said'), node);
    add(node, RDF('type'), NKG('Quote'));
    add(node, NKG('text'), literal(q.text));
    add(node, NKG('kind'), NKG(q.kind));
    add(node, NKG('cue'), literal(q.cue));
    if (q.cueSpan) add(node, NKG('cueSpan'), stringNode(q.cueSpan));
    for (const seg of q.segments) add(node, NKG('segment'), stringNode(seg));
    if (q.speakerMention) add(node, NKG('speakerMention'), stringNode(q.speakerMention));
    add(node, PROV('wasDerivedFrom'), articleNode);
    add(node, NKG('evidence'), literal(slice(q.evidence)));
    add(node, NKG('evidenceSpan'), stringNode(q.evidence));
    add(node, NKG('rule'), literal(q.rule));
  });

  // Pledges: giver —pledged→ pledge, with recipient, amount or goods, purpose and evidence.
  x.pledges.forEach((p, i) => {
    if (!entities.has(p.giver)) return;
    const node = namedNode(`${articleNode.value}/pledge/${i + 1}`);
    add(entityNode(p.giver), NKG('pledged'), node);
    add(node, RDF('type'), NKG('Pledge'));
    add(node, NKG('status'), NKG(p.status === 'pledged' ? 'committed' : p.status));
    if (p.recipient && entities.has(p.recipient)) add(node, NKG('recipient'), entityNode(p.recipient));
    if (p.announcedBy && entities.has(p.announcedBy)) add(node, NKG('announcedBy'), entityNode(p.announcedBy));
    if (p.amount) {
      const amount = namedNode(`${node.value}/amount`);
      add(node, NKG('amount'), amount);
      add(amount, RDF('type'), SCHEMA('MonetaryAmount'));
      add(amount, SCHEMA('value'), literal(decimal(p.amount.value), XSD('decimal')));
      if (p.amount.valueMax !== undefined) add(amount, SCHEMA('maxValue'), literal(decimal(p.amount.valueMax), XSD('decimal')));
      add(amount, SCHEMA('currency'), literal(p.amount.currency));
      if (p.amount.qualifier) add(amount, NKG('qualifier'), literal(p.amount.qualifier));
      add(amount, NKG('asPrinted'), literal(p.amount.text));
    }
    if (p.quantity !== undefined) add(node, NKG('quantity'), literal(decimal(p.quantity), XSD('decimal')));
    if (p.item) add(node, NKG('item'), literal(p.item));
    if (p.purpose) add(node, NKG('purpose'), literal(p.purpose));
    if (p.cue) add(node, NKG('cue'), literal(p.cue));
    add(node, PROV('wasDerivedFrom'), articleNode);
    add(node, NKG('evidence'), literal(slice(p.evidence)));
    add(node, NKG('evidenceSpan'), stringNode(p.evidence));
    add(node, NKG('rule'), literal(p.rule));
  });

  return out;
}

/** Numbers as canonical xsd:decimal lexical forms, never in exponent notation. */
function decimal(n: number): string {
  if (Number.isInteger(n)) return BigInt(Math.round(n)).toString();
  return n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

function dateLiteral(date: string) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return literal(date, XSD('date'));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(date)) return literal(date, XSD('dateTime'));
  return literal(date);
}
