// The work a build hands out, one job at a time: the same functions run in worker threads
// (src/batch/worker.ts) and, for --jobs 1, in the main thread. Each worker appends what it must
// keep (extractions, rendered archive graphs) to its own spill file and answers with offsets,
// so the main thread holds an index, not the corpus.
import type * as RDF from '@rdfjs/types';
import { Parser } from 'n3';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { ExportFormat } from '../export/index.js';
import { type ErrorInfo, NewskgError, OutputError, errorInfo } from '../errors.js';
import { countryOffices, dropForeignOffices, relink } from './linking.js';
import { extractArticle } from '../extract/index.js';
import { articleIri, entitiesGraphIri, extractionQuads } from '../graph/index.js';
import { articlesFromBytes, articlesFromLines } from '../ingest/index.js';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article, Extraction, InputFormat } from '../types.js';
import { termKey } from '../store/terms.js';
import { sortRows } from '../store/sort-rows.js';
import { type Counts, type RenderOptions, addCounts, noCounts, renderGraph } from './render.js';

export interface Settings {
  format: ExportFormat;
  base: string;
  prefixes: Record<string, string>;
  /** One spill file per worker; index i is worker i's. */
  spills: string[];
  worker: number;
  /**
   * The main thread writes the entities graph (src/graph: entitiesGraphIri) from the shared
   * keys, so graph formats' chunks leave entity descriptions out (see src/batch/render.ts).
   * Unset: a main thread that does not write it; the descriptions stay in each article graph.
   */
  entityGraph?: boolean;
  /** Render jobs also return their statements as rows of the triple index (IndexRows). */
  index?: boolean;
}

/**
 * A render job's statements for the output's triple index, so that the main thread, which builds
 * the index, does not parse the lines again: `rows` holds three terms a statement (subject,
 * predicate, object), a term >= 0 being the id in the thread's own dictionary (its term the
 * `base + i`th of `terms` when first sent, in this result or an earlier one of the same thread),
 * a term < 0 the string `strings[-1 - term]` of this result only.
 */
export interface IndexRows {
  base: number;
  terms: string[];
  strings: string[];
  rows: Int32Array;
}

/** Where a record sits: spill file index, byte offset, byte length. */
export interface Loc {
  w: number;
  off: number;
  len: number;
}

/** A person as surname linking needs it. */
export type Person = [key: string, label: string];

export type Job =
  /** Whole JSONL lines (src/batch/inputs.ts: lineChunks), decoded and parsed here (src/ingest: articlesFromLines). */
  | { kind: 'lines'; path: string; stem: string; bytes: Uint8Array; firstLine: number; offset: number }
  | { kind: 'file'; path: string; format: InputFormat }
  | { kind: 'graph'; iri: string; nquads: string }
  /** Consecutive articles of the output, rendered in one message. */
  | { kind: 'render'; items: { loc: Loc; id: string }[] }
  | { kind: 'links'; links: [string, string][]; labels: [string, string][]; settled: [string, string][] }
  /** One order of the output's triple index (src/store/triple-index.ts: sortRows), columns in shared memory. */
  | { kind: 'sortRows'; a: Int32Array; b: Int32Array; c: Int32Array; terms: number };

export interface Extracted {
  id: string;
  path: string;
  line?: number;
  loc: Loc;
  persons: Person[];
  /** (key, label) of every entity with a node of its own (not article-local): the batch's labels (LabelLedger). */
  named: Person[];
  /** The keys of every entity the article names: the context surname linking weighs. */
  context: string[];
  /** (person, country) of the article's offices, for the batch's settled countries (OfficeLedger). */
  offices: [string, string][];
  /** Has a one-word person (so surname linking may change it). */
  bare: boolean;
}

export type Result =
  | { kind: 'extracted'; articles: Extracted[]; errors: ErrorInfo[]; warnings: ErrorInfo[] }
  | { kind: 'graph'; loc: Loc; shared: string[]; prefixes: string[]; counts: Counts; persons: Person[]; named: Person[]; context: string[] }
  | {
      kind: 'rendered';
      /** One text per item; from a worker, its UTF-8 bytes. */
      chunks: (string | Uint8Array)[];
      shared: string[];
      prefixes: string[];
      counts: Counts;
      index?: IndexRows;
    }
  | { kind: 'sorted'; rows: Int32Array; firstRow: Uint32Array }
  | { kind: 'ok' };

/** Shared keys remembered as sent, per thread (about 100 bytes each). */
const SENT_LIMIT = 100_000;
/** Terms in a thread's index dictionary at most (each about 100 bytes); later ones travel as strings. */
const DICTIONARY_LIMIT = 300_000;
/** Literals longer than this travel as strings: texts and evidence seldom repeat. */
const DICTIONARY_LITERAL = 48;

/**
 * Encodes statements as IndexRows. Terms that recur from article to article (predicates, classes,
 * entities, numbers, short labels) get a dictionary id, sent once; an article's own nodes and long
 * literals are sent as strings with the article, once per job, and never kept here.
 */
class RowEncoder {
  private dict = new Map<string, number>();
  private size = 0;
  private terms: string[] = [];
  private strings: string[] = [];
  private local = new Map<string, number>();
  private rows = new Int32Array(3 * 4096);
  private n = 0;
  private base = 0;

  add(quads: RDF.Quad[], articleIri: string): void {
    const own = `<${articleIri}`;
    if (3 * (this.n + quads.length) > this.rows.length) {
      const grown = new Int32Array(Math.max(this.rows.length * 2, 3 * (this.n + quads.length)));
      grown.set(this.rows);
      this.rows = grown;
    }
    for (const q of quads) {
      this.rows[3 * this.n] = this.term(q.subject, own);
      this.rows[3 * this.n + 1] = this.term(q.predicate, own);
      this.rows[3 * this.n + 2] = this.term(q.object, own);
      this.n++;
    }
  }

  // looked up by n3's id of the term (a string the term already holds, often one shared by many
  // terms, so hashed once), the index's key made only for a term not seen before
  private term(t: RDF.Term, own: string): number {
    const n3id = (t as unknown as { id: string }).id;
    const id = this.dict.get(n3id);
    if (id !== undefined) return id;
    let at = this.local.get(n3id);
    if (at !== undefined) return -1 - at;
    const key = termKey(t);
    const recurs = key.charCodeAt(0) === 0x3c /* < */ ? !key.startsWith(own) : key.length <= DICTIONARY_LITERAL;
    if (recurs && this.size < DICTIONARY_LIMIT) {
      this.dict.set(n3id, this.size);
      this.terms.push(key);
      return this.size++;
    }
    at = this.strings.length;
    this.local.set(n3id, at);
    this.strings.push(key);
    return -1 - at;
  }

  /** The rows so far, and a fresh start for the next job. */
  take(): IndexRows {
    const out: IndexRows = { base: this.base, terms: this.terms, strings: this.strings, rows: this.rows.slice(0, 3 * this.n) };
    this.base = this.size;
    this.terms = [];
    this.strings = [];
    this.local.clear();
    this.n = 0;
    return out;
  }
}

const SCHEMA_PERSON = 'http://schema.org/Person';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const SCHEMA_MENTIONS = 'http://schema.org/mentions';

export class Core {
  private fd: number;
  private off = 0;
  private readFds = new Map<number, number>();
  private links = new Map<string, string>();
  private labels = new Map<string, string>();
  private settled = new Map<string, string>();
  /** Prefixes this thread has reported as used (the header needs the union only). */
  private knownPrefixes = new Set<string>();
  /** Shared keys sent to the main thread (see fresh). */
  private sent = new Set<string>();
  private rows?: RowEncoder;

  constructor(private readonly s: Settings) {
    this.fd = openSync(s.spills[s.worker]!, 'w+');
    if (s.index) this.rows = new RowEncoder();
  }

  close(): void {
    closeSync(this.fd);
    for (const fd of this.readFds.values()) closeSync(fd);
  }

  private spill(text: string): Loc {
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.off + done);
    } catch (e) {
      // named by the folder it is made in (the output's, whose disk is full): the work folder itself
      // is gone when the message is read
      throw new OutputError(`cannot write a work file there: ${(e as Error).message}`, { file: dirname(dirname(this.s.spills[this.s.worker]!)), hint: 'free some space (or fix the permissions) where the output goes, then build again', cause: e });
    }
    const loc = { w: this.s.worker, off: this.off, len: bytes.length };
    this.off += bytes.length;
    return loc;
  }

  private read(loc: Loc): string {
    let fd = loc.w === this.s.worker ? this.fd : this.readFds.get(loc.w);
    if (fd === undefined) this.readFds.set(loc.w, (fd = openSync(this.s.spills[loc.w]!, 'r')));
    const buf = Buffer.allocUnsafe(loc.len);
    let done = 0;
    while (done < loc.len) {
      const n = readSync(fd, buf, done, loc.len - done, loc.off + done);
      if (n === 0) throw new Error(`spill file ${loc.w} is short`);
      done += n;
    }
    return buf.toString('utf8');
  }

  run(job: Job): Result {
    switch (job.kind) {
      case 'lines': {
        const r = articlesFromLines(job);
        return this.extract(r.articles, r.errors.map((e) => errorInfo(e)), r.warnings.map((e) => errorInfo(e)));
      }
      case 'file': {
        try {
          const r = articlesFromBytes(readFileSync(job.path), job.path, job.format);
          return this.extract(r.articles, r.errors.map((e) => errorInfo(e)), r.warnings.map((e) => errorInfo(e)));
        } catch (e) {
          if (e instanceof OutputError) throw e;
          return { kind: 'extracted', articles: [], errors: [errorInfo(e, { file: job.path })], warnings: [] };
        }
      }
      case 'graph':
        return this.graph(job.iri, job.nquads);
      case 'render':
        return this.render(job.items);
      case 'sortRows': {
        const [rows, firstRow] = sortRows(job.a, job.b, job.c, job.terms);
        return { kind: 'sorted', rows, firstRow };
      }
      case 'links':
        this.links = new Map(job.links);
        this.labels = new Map(job.labels);
        this.settled = new Map(job.settled);
        return { kind: 'ok' };
    }
  }

  private extract(articles: Article[], errors: ErrorInfo[], warnings: ErrorInfo[]): Result {
    const out: Extracted[] = [];
    for (const article of articles) {
      try {
        const x = extractArticle(article);
        // described people ("the France manager") have article-local nodes: never linked across articles
        const persons: Person[] = x.entities.filter((e) => e.type === 'Person' && !e.described).map((e) => [e.key, e.label]);
        const bare = persons.some(([, label]) => !/\s/.test(label.trim()));
        const named: Person[] = x.entities.filter((e) => !e.described).map((e) => [e.key, e.label]);
        const context = named.map(([key]) => key);
        out.push({ id: article.id, path: article.source.path, line: article.source.line, loc: this.spill(JSON.stringify(x)), persons, named, context, offices: countryOffices(x), bare });
      } catch (e) {
        // a full disk is the build's failure, not the article's
        if (e instanceof OutputError) throw e;
        const msg = e instanceof Error ? e.message : String(e);
        errors.push({ code: 'E_EXTRACT', message: `could not process article "${article.id}": ${msg}`, file: article.source.path, line: article.source.line, hint: 'please report this with the input' });
      }
    }
    return { kind: 'extracted', articles: out, errors, warnings };
  }

  private renderOptions(): RenderOptions {
    return { entitiesGraph: this.s.entityGraph ? entitiesGraphIri(this.s.base) : undefined };
  }

  private render(items: { loc: Loc; id: string }[]): Result {
    const chunks: string[] = [];
    const shared: string[] = [];
    const prefixes: string[] = [];
    const counts = noCounts();
    for (const { loc, id } of items) {
      let x = JSON.parse(this.read(loc)) as Extraction;
      x.article.id = id;
      if (this.links.size) x = relink(x, this.links, this.labels);
      if (this.settled.size) x = dropForeignOffices(x, this.settled);
      const quads = extractionQuads(x, { base: this.s.base });
      const iri = articleIri(this.s.base, id);
      const r = renderGraph(quads, iri, this.s.format, this.s.prefixes, this.knownPrefixes, this.renderOptions());
      this.rows?.add(r.statements, iri);
      chunks.push(r.chunk);
      this.fresh(r.shared, shared);
      prefixes.push(...r.prefixes);
      addCounts(counts, r.counts);
    }
    return { kind: 'rendered', chunks, shared, prefixes, counts, index: this.rows?.take() };
  }

  /**
   * Appends to `out` the shared keys this thread has not sent lately. The main thread keeps
   * their union, so a key sent once need not travel again: most are the descriptions of the same
   * countries, bodies and people, article after article. The memory is bounded by starting over.
   */
  private fresh(keys: string[], out: string[]): void {
    for (const k of keys) {
      if (this.sent.has(k)) continue;
      if (this.sent.size >= SENT_LIMIT) this.sent.clear();
      this.sent.add(k);
      out.push(k);
    }
  }

  private graph(iri: string, nquads: string): Result {
    const quads: RDF.Quad[] = new Parser({ format: 'N-Quads' }).parse(nquads);
    // the entities graph, or an article graph (one written before the entities graph existed
    // still describes its entities: renderGraph moves those descriptions to the shared keys)
    const r = renderGraph(quads, iri, this.s.format, this.s.prefixes, this.knownPrefixes, this.renderOptions());
    // the persons this graph names, as keys under the build's base (their descriptions are in
    // the entities graph, or in an article graph of an older archive)
    const typed = new Set<string>();
    const labels = new Map<string, string>();
    /** Every label stated, as (IRI, label): a node of an old archive may carry several. */
    const labelled: [string, string][] = [];
    const mentioned = new Set<string>();
    for (const q of quads) {
      const s = q.subject.value;
      if (q.predicate.value === SCHEMA_MENTIONS && q.object.value.startsWith(this.s.base)) mentioned.add(q.object.value);
      if (!s.startsWith(this.s.base)) continue;
      if (q.predicate.value === RDF_TYPE && q.object.value === SCHEMA_PERSON) typed.add(s);
      else if (q.predicate.value === RDFS_LABEL && q.object.termType === 'Literal') {
        labels.set(s, q.object.value);
        labelled.push([s, q.object.value]);
      }
    }
    const keyOf = (iri: string) => {
      try {
        return iri.slice(this.s.base.length).split('/').map(decodeURIComponent).join('/');
      } catch {
        return undefined; // not a key this build mints
      }
    };
    const persons: Person[] = [];
    for (const s of typed) {
      const label = labels.get(s);
      const key = keyOf(s);
      if (label !== undefined && key !== undefined) persons.push([key, label]);
    }
    const context = [...mentioned].map(keyOf).filter((k): k is string => k !== undefined);
    const shared: string[] = [];
    this.fresh(r.shared, shared);
    // the labels of the entities' own nodes (not an article's), for the batch's LabelLedger
    const named: Person[] = [];
    for (const [s, label] of labelled) {
      const key = keyOf(s);
      if (key !== undefined && !key.startsWith('article/')) named.push([key, label]);
    }
    return { kind: 'graph', loc: this.spill(r.chunk), shared, prefixes: r.prefixes, counts: r.counts, persons, named, context };
  }
}
