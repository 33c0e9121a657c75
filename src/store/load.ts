// RDF files → quads or an oxigraph store. Turtle and TriG are parsed with n3 (oxigraph's Turtle
// loader is slow past ~100k triples) and handed to oxigraph as N-Quads text in one document;
// N-Triples, N-Quads and JSON-LD go to oxigraph's own parsers. Syntax errors become
// RdfSyntaxError with file, line and (when oxigraph can tell) column.
import type * as RDF from '@rdfjs/types';
import { Parser, Writer } from 'n3';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import oxigraph from 'oxigraph';
import { InputError, RdfSyntaxError, fsError } from '../errors.js';

export type RdfFormat = 'turtle' | 'trig' | 'ntriples' | 'nquads' | 'jsonld';

const BY_EXTENSION: Record<string, RdfFormat> = {
  '.ttl': 'turtle',
  '.turtle': 'turtle',
  '.trig': 'trig',
  '.nt': 'ntriples',
  '.nq': 'nquads',
  '.jsonld': 'jsonld',
  '.json': 'jsonld',
};

const OX_FORMAT: Record<RdfFormat, string> = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
  jsonld: 'application/ld+json',
};

const N3_FORMAT: Partial<Record<RdfFormat, string>> = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
};

export function rdfFormatOf(path: string): RdfFormat {
  const f = BY_EXTENSION[extname(path).toLowerCase()];
  if (!f) {
    throw new InputError('E_INPUT_TYPE', `unsupported RDF file type "${extname(path) || '(none)'}"`, {
      file: path,
      hint: 'use .ttl, .trig, .nt, .nq or .jsonld',
    });
  }
  return f;
}

/** Line and column from an oxigraph parser message, when it names them. */
export function oxigraphPosition(message: string): { line?: number; column?: number } {
  let m = /at line (\d+) between columns (\d+)/.exec(message);
  if (m) return { line: Number(m[1]), column: Number(m[2]) };
  m = /between line (\d+) column (\d+)/.exec(message);
  if (m) return { line: Number(m[1]), column: Number(m[2]) };
  m = /line (\d+)/.exec(message);
  if (m) return { line: Number(m[1]) };
  return {};
}

function oxigraphSyntaxError(e: unknown, file: string): RdfSyntaxError {
  const raw = e instanceof Error ? e.message : String(e);
  const pos = oxigraphPosition(raw);
  const message = raw.replace(/^Parser error (?:at line \d+ between columns \d+ and \d+|between line \d+ column \d+ and line \d+ column \d+)?:?\s*/, '');
  return new RdfSyntaxError(`syntax error: ${message || raw}`, { file, ...pos, hint: 'fix the RDF syntax at that position', cause: e });
}

/** Parses RDF text with n3 (all formats but JSON-LD, which oxigraph reads). */
export function parseRdf(text: string, format: RdfFormat, file = '<input>'): RDF.Quad[] {
  const n3format = N3_FORMAT[format];
  if (!n3format) {
    try {
      return oxigraph.parse(text, { format: OX_FORMAT[format] }) as unknown as RDF.Quad[];
    } catch (e) {
      throw oxigraphSyntaxError(e, file);
    }
  }
  try {
    return new Parser({ format: n3format }).parse(text) as RDF.Quad[];
  } catch (e) {
    // n3 knows the line; oxigraph's parser usually also knows the column and says more
    try {
      oxigraph.parse(text, { format: OX_FORMAT[format] });
    } catch (oe) {
      const err = oxigraphSyntaxError(oe, file);
      if (err.line !== undefined) throw err;
    }
    const line = (e as { context?: { line?: number } })?.context?.line;
    const msg = (e instanceof Error ? e.message : String(e)).replace(/ on line \d+\.?$/, '');
    throw new RdfSyntaxError(`syntax error: ${msg}`, { file, line, hint: 'fix the RDF syntax at that line', cause: e });
  }
}

export function readRdfText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw fsError(e, path);
  }
}

/** Reads and parses an RDF file by its extension. */
export function parseRdfFile(path: string, format: RdfFormat = rdfFormatOf(path)): RDF.Quad[] {
  return parseRdf(readRdfText(path), format, path);
}

/**
 * Parses RDF text with n3, handing each quad to `onQuad` as it is read (no array of all quads,
 * no array of all tokens). Rejects with RdfSyntaxError.
 */
export function forEachQuad(text: string, format: RdfFormat, file: string, onQuad: (q: RDF.Quad) => void): Promise<void> {
  const n3format = N3_FORMAT[format];
  if (!n3format) {
    try {
      for (const q of parseRdf(text, format, file)) onQuad(q);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e);
    }
  }
  return new Promise((resolve, reject) => {
    let done = false;
    new Parser({ format: n3format }).parse(text, (error, quad) => {
      if (done) return;
      if (error) {
        done = true;
        try {
          parseRdf(text, format, file); // the same error, worded with line (and column)
          reject(new RdfSyntaxError(`syntax error: ${error.message}`, { file, cause: error }));
        } catch (e) {
          reject(e);
        }
      } else if (quad) onQuad(quad as RDF.Quad);
      else {
        done = true;
        resolve();
      }
    });
  });
}

const CHUNK_QUADS = 10000;

/**
 * Loads one RDF file into an oxigraph store, synchronously. Returns the number of quads added.
 * Turtle and TriG: parsed by n3, passed to oxigraph as N-Quads text in one document (so blank
 * nodes keep their identity), leniently (n3 has validated it) and without a transaction.
 * N-Triples, N-Quads and JSON-LD: oxigraph's own parser (it checks the syntax).
 * `loadFileIntoAsync` does the same with less memory for large Turtle files.
 */
export function loadFileInto(store: oxigraph.Store, path: string, format: RdfFormat = rdfFormatOf(path)): number {
  if (format === 'turtle' || format === 'trig') {
    const before = store.size;
    const quads = parseRdf(readRdfText(path), format, path);
    if (quads.length) store.load(nquadChunks(quads), { format: OX_FORMAT.nquads, lenient: true, no_transaction: true });
    return store.size - before;
  }
  return loadNativeInto(store, path, format);
}

/** `loadFileInto` that parses Turtle/TriG quad by quad (no array of all quads or tokens). */
export async function loadFileIntoAsync(store: oxigraph.Store, path: string, format: RdfFormat = rdfFormatOf(path)): Promise<number> {
  if (format === 'turtle' || format === 'trig') {
    const before = store.size;
    const w = new Writer({ format: 'N-Quads' });
    const chunks: string[] = [];
    let buf: string[] = [];
    await forEachQuad(readRdfText(path), format, path, (q) => {
      buf.push(w.quadToString(q.subject, q.predicate, q.object, q.graph));
      if (buf.length === CHUNK_QUADS) {
        chunks.push(buf.join(''));
        buf = [];
      }
    });
    if (buf.length) chunks.push(buf.join(''));
    if (chunks.length) store.load(chunks, { format: OX_FORMAT.nquads, lenient: true, no_transaction: true });
    return store.size - before;
  }
  return loadNativeInto(store, path, format);
}

function loadNativeInto(store: oxigraph.Store, path: string, format: RdfFormat): number {
  const before = store.size;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw fsError(e, path);
  }
  try {
    store.load(bytes, { format: OX_FORMAT[format], no_transaction: true });
  } catch (e) {
    throw oxigraphSyntaxError(e, path);
  }
  return store.size - before;
}

/** N-Quads text of quads, in chunks (for oxigraph's iterable loader). */
function* nquadChunks(quads: RDF.Quad[]): Generator<string> {
  const w = new Writer({ format: 'N-Quads' });
  for (let i = 0; i < quads.length; i += CHUNK_QUADS) {
    let s = '';
    for (let k = i; k < Math.min(i + CHUNK_QUADS, quads.length); k++) s += w.quadToString(quads[k].subject, quads[k].predicate, quads[k].object, quads[k].graph);
    yield s;
  }
}

/** Adds RDF/JS quads (from any library) to an oxigraph store, as one document. */
export function loadQuadsInto(store: oxigraph.Store, quads: RDF.Quad[]): void {
  if (quads.length === 0) return;
  store.load(nquadChunks(quads), { format: OX_FORMAT.nquads, no_transaction: true });
}
