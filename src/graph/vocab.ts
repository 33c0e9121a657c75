// The vocabularies newskg writes, as term factories. `ontology/newskg.ttl` documents every nkg: term.

import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import type { EntityType } from '../types.js';

export const PREFIXES: Record<string, string> = {
  nkg: 'https://w3id.org/newskg#',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  itsrdf: 'http://www.w3.org/2005/11/its/rdf#',
  schema: 'http://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  dcterms: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  org: 'http://www.w3.org/ns/org#',
  wd: 'http://www.wikidata.org/entity/',
};

const namespace = (iri: string) => {
  const cache = new Map<string, NamedNode>();
  return (local: string): NamedNode => {
    let node = cache.get(local);
    if (!node) cache.set(local, (node = DataFactory.namedNode(iri + local)));
    return node;
  };
};

export const NKG = namespace(PREFIXES.nkg!);
export const NIF = namespace(PREFIXES.nif!);
export const ITSRDF = namespace(PREFIXES.itsrdf!);
export const SCHEMA = namespace(PREFIXES.schema!);
export const PROV = namespace(PREFIXES.prov!);
export const DCTERMS = namespace(PREFIXES.dcterms!);
export const RDF = namespace(PREFIXES.rdf!);
export const RDFS = namespace(PREFIXES.rdfs!);
export const SKOS = namespace(PREFIXES.skos!);
export const OWL = namespace(PREFIXES.owl!);
export const XSD = namespace(PREFIXES.xsd!);
export const WD = namespace(PREFIXES.wd!);

export const ENTITY_CLASS: Record<EntityType, NamedNode> = {
  Person: SCHEMA('Person'),
  Country: SCHEMA('Country'),
  Organization: SCHEMA('Organization'),
  Place: SCHEMA('Place'),
};
