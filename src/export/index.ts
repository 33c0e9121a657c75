// Stage 4: quads → text. Deterministic: quads are deduplicated and sorted first (see quads.ts), so
// the same quads in any order give byte-identical output.
//   turtle    pretty, prefixed, grouped by subject (n3 Writer); default graph only: graph names dropped
//   ntriples  canonical N-Triples (n3 Writer); graph names dropped
//   nquads    canonical N-Quads; named graphs kept
//   trig      pretty TriG (n3 Writer); named graphs kept, one block per graph
//   jsonld    JSON-LD written here (jsonld.ts); named graphs kept as graph objects
// and, for graph answers to queries only (serializeGraph), rdfxml: RDF/XML (rdfxml.ts)
import type * as RDF from '@rdfjs/types';
import { Writer } from 'n3';
import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import { PREFIXES } from '../graph/index.js';
import { writeJsonLd } from './jsonld.js';
import { writeRdfXml } from './rdfxml.js';
import { RDF_LANGSTRING, RDF_TYPE, XSD_STRING, canonicalQuads, wellFormedQuads } from './quads.js';
import { type Sink, StringSink, stdoutSink, writeFileAtomic } from './sink.js';
import { LineWriter } from './lines.js';
import { portableRdfText } from './portable.js';

export { escapeControls, portableRdfText } from './portable.js';
export { LineWriter } from './lines.js';

export { canonicalQuads, compareQuads, compareTerms, toN3Quad, toN3Term, wellFormed, wellFormedQuads } from './quads.js';
export { ChunkedSink, type Sink, StringSink, stdoutSink, writeFileAtomic } from './sink.js';
export { writeJsonLd } from './jsonld.js';
export { writeRdfXml } from './rdfxml.js';
export { graphStats, type GraphStats } from './stats.js';

export const EXPORT_FORMATS = ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const BY_EXTENSION: Record<string, ExportFormat> = {
  '.ttl': 'turtle',
  '.turtle': 'turtle',
  '.nt': 'ntriples',
  '.nq': 'nquads',
  '.trig': 'trig',
  '.jsonld': 'jsonld',
  '.json': 'jsonld',
};

const ALIASES: Record<string, ExportFormat> = {
  turtle: 'turtle',
  ttl: 'turtle',
  ntriples: 'ntriples',
  nt: 'ntriples',
  'n-triples': 'ntriples',
  nquads: 'nquads',
  nq: 'nquads',
  'n-quads': 'nquads',
  trig: 'trig',
  jsonld: 'jsonld',
  'json-ld': 'jsonld',
};

/** The format an output path implies by its extension, if any. */
export function formatFromPath(path: string): ExportFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/** Parses a `--format` value (accepts short names like `ttl`, `nt`, `nq`). */
export function parseExportFormat(name: string): ExportFormat {
  const f = ALIASES[name.toLowerCase()];
  if (!f) throw new UsageError(`unknown output format "${name}"`, { hint: `use one of ${EXPORT_FORMATS.join(', ')}` });
  return f;
}

/** Whether a format keeps graph names (otherwise all quads go to the default graph). */
export function keepsGraphs(format: ExportFormat): boolean {
  return format === 'nquads' || format === 'trig' || format === 'jsonld';
}

export interface SerializeOptions {
  /** Prefixes for turtle, trig and jsonld; defaults to the project's PREFIXES. */
  prefixes?: Record<string, string>;
}

/** Prefixes (in the given order) whose namespace some IRI in the quads starts with. */
export function usedPrefixes(quads: RDF.Quad[], prefixes: Record<string, string>): Record<string, string> {
  const namespaces = Object.entries(prefixes);
  const used = new Set<string>();
  const seen = new Set<string>();
  const visit = (t: RDF.Term) => {
    let iri: string | undefined;
    if (t.termType === 'NamedNode') iri = t.value;
    else if (t.termType === 'Literal') iri = (t as RDF.Literal).datatype?.value;
    // plain and language-tagged literals, and rdf:type as a predicate ('a'), need no prefix
    if (!iri || iri === XSD_STRING || iri === RDF_LANGSTRING || seen.has(iri)) return;
    seen.add(iri);
    for (const [p, ns] of namespaces) if (iri.startsWith(ns)) used.add(p);
  };
  for (const q of quads) {
    visit(q.subject);
    if (q.predicate.value !== RDF_TYPE) visit(q.predicate);
    visit(q.object);
    visit(q.graph);
  }
  return Object.fromEntries(namespaces.filter(([p]) => used.has(p)));
}

/**
 * Serializes quads (any order, duplicates allowed, any RDF/JS terms) into `sink`.
 * Returns the number of statements written (after dropping graphs and duplicates).
 */
export function serialize(quads: Iterable<RDF.Quad>, format: ExportFormat, sink: Sink, options: SerializeOptions = {}): number {
  const canon = canonicalQuads(quads, { dropGraphs: !keepsGraphs(format) });
  writeCanonical(canon, format, sink, options);
  return canon.length;
}

/**
 * The formats a CONSTRUCT or DESCRIBE answer can be written in: the graph file formats and
 * RDF/XML, which SPARQL clients ask for by default but `build` does not write.
 */
export const GRAPH_ANSWER_FORMATS = [...EXPORT_FORMATS, 'rdfxml'] as const;
export type GraphAnswerFormat = (typeof GRAPH_ANSWER_FORMATS)[number];

/** `serialize` for a query's graph answer, in any of GRAPH_ANSWER_FORMATS. */
export function serializeGraph(quads: Iterable<RDF.Quad>, format: GraphAnswerFormat, sink: Sink, options: SerializeOptions = {}): number {
  if (format !== 'rdfxml') return serialize(quads, format, sink, options);
  const canon = wellFormedQuads(canonicalQuads(quads, { dropGraphs: true }));
  writeRdfXml(canon, sink, usedPrefixes(canon, options.prefixes ?? PREFIXES));
  return canon.length;
}

/**
 * Serializes quads that are already canonical (from `canonicalQuads` with the right dropGraphs).
 * Lone UTF-16 surrogates are replaced the same way in every format (see `wellFormedQuads`).
 */
export function writeCanonical(quads: RDF.Quad[], format: ExportFormat, sink: Sink, options: SerializeOptions = {}): void {
  // (a no-op for quads from canonicalQuads, which already replaced them)
  const canon = wellFormedQuads(quads);
  const prefixes = usedPrefixes(canon, options.prefixes ?? PREFIXES);
  switch (format) {
    case 'ntriples':
    case 'nquads': {
      const w = new LineWriter(format === 'nquads');
      for (const q of canon) sink.write(w.line(q));
      return;
    }
    case 'turtle':
    case 'trig': {
      const out = {
        write: (chunk: string, _enc?: unknown, done?: () => void) => {
          sink.write(portableRdfText(chunk));
          done?.();
        },
        end: (done?: () => void) => done?.(),
      };
      const w = new Writer(out, { format: format === 'trig' ? 'application/trig' : 'text/turtle', prefixes, end: false });
      for (const q of canon) w.addQuad(q);
      w.end();
      return;
    }
    case 'jsonld':
      writeJsonLd(canon, sink, prefixes);
      return;
  }
}

export function serializeToString(quads: Iterable<RDF.Quad>, format: ExportFormat, options: SerializeOptions = {}): string {
  const sink = new StringSink();
  serialize(quads, format, sink, options);
  return sink.toString();
}

/**
 * Writes quads to `path` atomically (temporary file + rename), or to stdout when `path` is '-'.
 * Returns the number of statements written.
 */
export function writeGraph(path: string, quads: Iterable<RDF.Quad>, format: ExportFormat, options: SerializeOptions = {}): number {
  const canon = canonicalQuads(quads, { dropGraphs: !keepsGraphs(format) });
  writeCanonicalGraph(path, canon, format, options);
  return canon.length;
}

/** `writeGraph` for quads already canonical for the format (`canonicalQuads` with the right dropGraphs). */
export function writeCanonicalGraph(path: string, canon: RDF.Quad[], format: ExportFormat, options: SerializeOptions = {}): void {
  if (path === '-') {
    const sink = stdoutSink();
    writeCanonical(canon, format, sink, options);
    sink.flush();
    return;
  }
  writeFileAtomic(path, (sink) => writeCanonical(canon, format, sink, options));
}
