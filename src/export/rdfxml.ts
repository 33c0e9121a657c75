// RDF/XML for graph answers (CONSTRUCT, DESCRIBE): the format SPARQL clients such as SPARQLWrapper
// and rdflib's SPARQLStore ask an endpoint for by default. One rdf:Description per subject, in the
// canonical quad order (so the output is deterministic), graph names dropped. RDF/XML cannot
// write every graph: a predicate needs a namespace and a local name that is an XML name, and XML
// 1.0 has no way to write most control characters; such a graph is refused with OutputError
// rather than written wrong.
import type * as RDF from '@rdfjs/types';
import { OutputError } from '../errors.js';
import type { Sink } from './sink.js';

const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANGSTRING = `${RDF_NS}langString`;

// XML 1.0 NCName, the name of an element or attribute without its prefix
const NAME_START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const NCNAME = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*$`);
/** The longest tail of an IRI that is an NCName: the predicate's local name. */
const LOCAL_TAIL = new RegExp(`[${NAME_START}][${NAME_CHAR}]*$`);

// characters XML 1.0 cannot hold at all, not even as character references
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}
function escapeAttr(s: string): string {
  return s.replace(/[&<>"\r\n\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' })[c]!);
}

function checkXml(s: string, what: string): string {
  if (NOT_XML.test(s)) {
    throw new OutputError(`RDF/XML cannot write ${what}: it holds a control character XML 1.0 has no way to write`, { hint: 'ask for turtle or ntriples instead' });
  }
  return s;
}

/**
 * Writes quads (canonical order, graph names already dropped) as RDF/XML. `prefixes` name the
 * namespaces they cover; other predicate namespaces get ns1, ns2 …
 */
export function writeRdfXml(quads: RDF.Quad[], sink: Sink, prefixes: Record<string, string>): void {
  const byNamespace = new Map<string, string>([[RDF_NS, 'rdf']]);
  for (const [p, ns] of Object.entries(prefixes)) if (NCNAME.test(p) && !/^xml/i.test(p) && !byNamespace.has(ns) && ![...byNamespace.values()].includes(p)) byNamespace.set(ns, p);
  const used = new Map<string, string>([[RDF_NS, 'rdf']]);
  const qname = (iri: string): string => {
    const local = LOCAL_TAIL.exec(iri)?.[0];
    if (!local || local.length === iri.length) throw new OutputError(`RDF/XML cannot write the predicate <${iri}>: it does not end in an XML name`, { hint: 'ask for turtle or ntriples instead' });
    const ns = iri.slice(0, iri.length - local.length);
    let prefix = used.get(ns) ?? byNamespace.get(ns);
    if (!prefix) {
      let n = used.size;
      do prefix = `ns${n++}`;
      while ([...used.values(), ...byNamespace.values()].includes(prefix));
    }
    used.set(ns, prefix);
    return `${prefix}:${local}`;
  };
  // rdf:nodeID values must be XML names, which blank node labels need not be: number them
  const nodeIds = new Map<string, string>();
  const nodeId = (label: string) => {
    let id = nodeIds.get(label);
    if (id === undefined) nodeIds.set(label, (id = `b${nodeIds.size}`));
    return id;
  };
  const subjectAttr = (t: RDF.Term) => {
    if (t.termType === 'NamedNode') return `rdf:about="${escapeAttr(checkXml(t.value, `the IRI <${t.value}>`))}"`;
    if (t.termType === 'BlankNode') return `rdf:nodeID="${nodeId(t.value)}"`;
    throw new OutputError(`RDF/XML cannot write a ${t.termType} as a subject`, { hint: 'ask for turtle or ntriples instead' });
  };
  const property = (q: RDF.Quad): string => {
    const name = qname(q.predicate.value);
    const o = q.object;
    if (o.termType === 'NamedNode') return `<${name} rdf:resource="${escapeAttr(checkXml(o.value, `the IRI <${o.value}>`))}"/>`;
    if (o.termType === 'BlankNode') return `<${name} rdf:nodeID="${nodeId(o.value)}"/>`;
    if (o.termType === 'Literal') {
      const text = escapeText(checkXml(o.value, `the literal "${o.value.slice(0, 40)}"`));
      const dt = o.datatype?.value;
      if (o.language) return `<${name} xml:lang="${escapeAttr(o.language)}">${text}</${name}>`;
      if (!dt || dt === XSD_STRING || dt === RDF_LANGSTRING) return `<${name}>${text}</${name}>`;
      return `<${name} rdf:datatype="${escapeAttr(dt)}">${text}</${name}>`;
    }
    throw new OutputError(`RDF/XML cannot write a ${o.termType} as an object`, { hint: 'ask for turtle or ntriples instead' });
  };

  // the namespaces go on the root element, so the body is built first
  const body: string[] = [];
  for (let i = 0; i < quads.length; ) {
    const s = quads[i].subject;
    body.push(`  <rdf:Description ${subjectAttr(s)}>\n`);
    for (; i < quads.length && quads[i].subject.equals(s); i++) body.push(`    ${property(quads[i])}\n`);
    body.push('  </rdf:Description>\n');
  }
  const xmlns = [...used].map(([ns, p]) => `\n    xmlns:${p}="${escapeAttr(ns)}"`).join('');
  sink.write(`<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF${xmlns}>\n`);
  for (const chunk of body) sink.write(chunk);
  sink.write('</rdf:RDF>\n');
}
