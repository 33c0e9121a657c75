// Stage 5: SPARQL over graph files, by two engines with the same answers: the triple index
// (triple-index.ts, sparql-subset.ts, evaluate.ts) for SELECT/ASK in its subset, and oxigraph
// (WebAssembly, in memory) for everything. Queries see the union of all graphs as their default
// graph (a set: see GraphStore), so the same query works on Turtle, TriG and N-Quads.
//
// Result formats:
//   SELECT / ASK          table (default), json, xml (SPARQL Query Results JSON and XML), csv, tsv
//                         (SPARQL 1.1 Query Results CSV and TSV), all written by results.ts
//                         (oxigraph's answer is read as JSON and written the same way)
//   CONSTRUCT / DESCRIBE  turtle (default), ntriples, nquads, trig, jsonld, rdfxml (via src/export)
import { createReadStream, statSync } from 'node:fs';
import type * as RDF from '@rdfjs/types';
import oxigraph from 'oxigraph';
import { QueryError, oneLine } from '../errors.js';
import { type GraphAnswerFormat, type Sink, StringSink, serializeGraph } from '../export/index.js';
import { PREFIXES } from '../graph/index.js';
import { type EvaluationBudget, NotInSubset, Evaluator, OverBudget } from './evaluate.js';
import { loadFileInto, loadFileIntoAsync, loadQuadsInto, rdfFormatOf } from './load.js';
import { type QueryForm, queryPrefixes, readPrologue } from './prologue.js';
import { type JsonResults, type Solutions, type TableFormat, writeJsonResults, writeResults } from './results.js';
import { parseSubset } from './sparql-subset.js';
import { UnindexableTerm } from './terms.js';
import { type TripleIndex, indexPathFor, openIndex } from './triple-index.js';

export { forEachQuad, loadFileInto, loadFileIntoAsync, loadQuadsInto, oxigraphPosition, parseRdf, parseRdfFile, rdfFormatOf, type RdfFormat } from './load.js';
export { UPDATE_KEYWORDS, classifyOperation, queryPrefixes, readPrologue, type Operation, type Prologue, type QueryForm } from './prologue.js';
export { cellText, compactIri, formatTable, solutionsOf, writeCsv, writeJson, writeJsonResults, writeResults, writeTable, writeTsv, writeXml, type JsonResults, type JsonTerm, type Solutions, type TableFormat } from './results.js';
export { DamagedIndex, TripleIndex, TripleIndexBuilder, buildIndex, indexPathFor, openIndex, writeIndex } from './triple-index.js';
export { parseSubset } from './sparql-subset.js';

export const RESULT_FORMATS = ['table', 'json', 'xml', 'csv', 'tsv', 'turtle', 'ntriples', 'nquads', 'trig', 'jsonld', 'rdfxml'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];
const TABULAR: ResultFormat[] = ['table', 'json', 'xml', 'csv', 'tsv'];

/** The query's form and the output format to use, refusing a format that does not fit the form. */
export function planQuery(sparql: string, requested: ResultFormat | undefined, file?: string): { form: QueryForm; graphQuery: boolean; format: ResultFormat } {
  const form = queryForm(sparql, file);
  const graphQuery = form === 'CONSTRUCT' || form === 'DESCRIBE';
  const format = requested ?? (graphQuery ? 'turtle' : 'table');
  if (graphQuery && TABULAR.includes(format)) {
    throw new QueryError('E_QUERY_FORMAT', `${form} results are a graph and cannot be written as ${format}`, {
      file,
      hint: 'use --format turtle, ntriples, nquads, trig, jsonld or rdfxml',
    });
  }
  if (!graphQuery && !TABULAR.includes(format)) {
    throw new QueryError('E_QUERY_FORMAT', `${form} results are a table and cannot be written as ${format}`, {
      file,
      hint: 'use --format table, json, xml, csv or tsv',
    });
  }
  return { form, graphQuery, format };
}

/**
 * The query form, read past comments and the prologue (BASE / PREFIX). Throws QueryError when the
 * text is not a query (e.g. an update or an empty file).
 */
export function queryForm(sparql: string, file?: string): QueryForm {
  const p = readPrologue(sparql);
  if (p.operation.kind === 'query') return p.operation.form;
  if (p.unterminated) throw new QueryError('E_QUERY_SYNTAX', 'unterminated PREFIX or BASE IRI', { file, hint: 'close the IRI with ">"' });
  if (p.malformed) {
    throw new QueryError('E_QUERY_SYNTAX', `malformed ${p.malformed} declaration`, { file, hint: p.malformed === 'PREFIX' ? 'write PREFIX name: <iri>' : 'write BASE <iri>' });
  }
  const found = /^[A-Za-z]+/.exec(sparql.slice(p.end, p.end + 20))?.[0]?.toUpperCase() || sparql.slice(p.end, p.end + 10).trim();
  throw new QueryError('E_QUERY_SYNTAX', found ? `not a SPARQL query: starts with "${found}"` : 'empty query', {
    file,
    hint: 'write a SELECT, ASK, CONSTRUCT or DESCRIBE query (updates are not supported)',
  });
}

function queryError(e: unknown, sparql: string, file: string | undefined): QueryError {
  const raw = e instanceof Error ? e.message : String(e);
  const m = /^error at (\d+):(\d+): ([\s\S]*)$/.exec(raw);
  if (m) {
    const line = Number(m[1]);
    const column = Number(m[2]);
    let detail = oneLine(m[3]);
    if (detail.length > 160) detail = `${detail.slice(0, 157)}...`;
    let hint = 'fix the query at that position';
    if (/Prefix not found/.test(m[3])) {
      // name the undeclared prefix: the last prefixed name before the error position
      const before = (sparql.split('\n')[line - 1] ?? '').slice(0, column).replace(/<[^>]*>|"[^"]*"|'[^']*'/g, ' ');
      const pname = [...before.matchAll(/(?:^|[^\w:?$])([A-Za-z][\w.-]*)?:/g)].pop()?.[1];
      detail = pname !== undefined ? `undeclared prefix "${pname}:"` : 'undeclared prefix';
      hint = `declare it with PREFIX ${pname ?? 'name'}: <iri>`;
    }
    return new QueryError('E_QUERY_SYNTAX', `SPARQL syntax error: ${detail}`, { file: file ?? '<query>', line, column, hint, cause: e });
  }
  return new QueryError('E_QUERY_SYNTAX', `query failed: ${oneLine(raw)}`, { file, cause: e });
}

export interface QueryOptions {
  /** Output format; defaults to table for SELECT/ASK and turtle for CONSTRUCT/DESCRIBE. */
  format?: ResultFormat;
  /** Query file name for error messages. */
  file?: string;
  /** Prefixes for compacting IRIs in tables and graph output (the query's own are added). */
  prefixes?: Record<string, string>;
}

type OxigraphQueryOptions = NonNullable<Parameters<oxigraph.Store['query']>[1]>;

/**
 * Queries see the union of all graphs as their default graph, as a set. Oxigraph's
 * `use_default_graph_as_union` gives that view without a copy, but as a bag: a triple stated in two
 * graphs would come out twice. So it is used when no triple is in two graphs (newskg's own graphs:
 * each fact in one article's graph, shared entities in one graph of their own), checked once per
 * load; otherwise, and for a query that names its own dataset (FROM, FROM NAMED, the protocol's
 * graph URIs), the named graphs are copied into the default graph (set union) before querying, which
 * holds a quarter more memory and takes seconds on a large graph. `GRAPH ?g { ... }` sees each named
 * graph either way.
 */
export class GraphStore {
  readonly store = new oxigraph.Store();
  private merged = true;
  /** Whether some triple is in two graphs (the default graph counts): unknown until first asked. */
  private sharedTriples: boolean | undefined = false;

  private loaded = 0;

  /** Number of quads loaded (not counting the copies merged into the default graph). */
  get size(): number {
    return this.loaded;
  }

  /** Loads an RDF file (.ttl .trig .nt .nq .jsonld); returns the number of quads added. */
  loadFile(path: string): number {
    const n = loadFileInto(this.store, path);
    this.loaded += n;
    this.changed();
    return n;
  }

  /** `loadFile` with less memory for large Turtle/TriG files (parsed quad by quad). */
  async loadFileAsync(path: string): Promise<number> {
    const n = await loadFileIntoAsync(this.store, path);
    this.loaded += n;
    this.changed();
    return n;
  }

  addQuads(quads: RDF.Quad[]): void {
    const before = this.store.size;
    loadQuadsInto(this.store, quads);
    this.loaded += this.store.size - before;
    this.changed();
  }

  private changed(): void {
    this.merged = false;
    this.sharedTriples = undefined;
  }

  private mergeGraphs(): void {
    if (this.merged) return;
    this.store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
    this.merged = true;
  }

  /**
   * Oxigraph's options for `sparql` that give it the dataset described above, with `options` (the
   * protocol's default and named graphs, a results format) kept.
   */
  queryOptions(sparql: string, options: OxigraphQueryOptions = {}): OxigraphQueryOptions {
    if (this.merged) return options;
    // (a word FROM anywhere, even in a string, only costs the copy)
    const ownDataset = options.default_graph !== undefined || options.named_graphs !== undefined || /\bFROM\b/i.test(sparql);
    if (!ownDataset) {
      this.sharedTriples ??= this.store.query('ASK { { GRAPH ?g1 { ?s ?p ?o } GRAPH ?g2 { ?s ?p ?o } FILTER(?g1 != ?g2) } UNION { ?s ?p ?o GRAPH ?g { ?s ?p ?o } } }') as boolean;
      if (!this.sharedTriples) return { ...options, use_default_graph_as_union: true };
    }
    this.mergeGraphs();
    return options;
  }

  /** Runs a query and writes the formatted result into `sink`. Returns the query form. */
  query(sparql: string, sink: Sink, options: QueryOptions = {}): QueryForm {
    const { form, graphQuery, format } = planQuery(sparql, options.format, options.file);
    const prefixes = { ...(options.prefixes ?? PREFIXES), ...queryPrefixes(sparql) };
    let result: ReturnType<oxigraph.Store['query']>;
    try {
      result = this.store.query(sparql, this.queryOptions(sparql, graphQuery ? {} : { results_format: 'json' }));
    } catch (e) {
      throw queryError(e, sparql, options.file);
    }
    if (graphQuery) {
      serializeGraph(result as unknown as RDF.Quad[], format as GraphAnswerFormat, sink, { prefixes });
      return form;
    }
    const json = JSON.parse(String(result)) as JsonResults;
    const star = selectStarOrder(sparql);
    if (star && json.head.vars) json.head.vars = inOrderOf(json.head.vars, star);
    writeJsonResults(json, format as TableFormat, sink, prefixes);
    return form;
  }

  /** Checks the query's syntax (oxigraph's parser, on this store) without running it on data. */
  static checkSyntax(sparql: string, file?: string): void {
    try {
      emptyStore().query(sparql);
    } catch (e) {
      throw queryError(e, sparql, file);
    }
  }

  /** Convenience: query to a string. */
  queryToString(sparql: string, options: QueryOptions = {}): string {
    const sink = new StringSink();
    this.query(sparql, sink, options);
    return sink.toString();
  }

  /** SELECT/ASK results as parsed SPARQL JSON (for programs and tests). */
  select(sparql: string): JsonResults {
    return JSON.parse(this.queryToString(sparql, { format: 'json' })) as JsonResults;
  }
}

/**
 * For `SELECT *`, the query's variables in the order they first appear. Oxigraph lists them
 * sorted by name; the index, Jena and rdflib in order of appearance, which is also the column
 * order the SPARQL 1.1 CSV/TSV tests expect (W3C csv01-03) — so both engines print one order.
 */
export function selectStarOrder(sparql: string): string[] | undefined {
  const rest = sparql.slice(readPrologue(sparql).end);
  if (!/^SELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?\*/i.test(rest)) return undefined;
  const names: string[] = [];
  // strings, IRIs and comments are matched whole, so a "?x" or "#" inside them names nothing
  const token = /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n]*|[?$]([\p{L}\p{N}_\u00B7\u0300-\u036F\u203F-\u2040]+)/gu;
  for (const m of rest.matchAll(token)) if (m[1] && !names.includes(m[1])) names.push(m[1]);
  return names;
}

/** `vars` ordered as in `order`; any not in it keep their place after those that are. */
function inOrderOf(vars: string[], order: string[]): string[] {
  const at = (v: string) => {
    const i = order.indexOf(v);
    return i < 0 ? order.length : i;
  };
  return [...vars].sort((a, b) => at(a) - at(b));
}

let empty: oxigraph.Store | undefined;
function emptyStore(): oxigraph.Store {
  return (empty ??= new oxigraph.Store());
}

/**
 * Which engine answers a query over files:
 *   index     the triple index (triple-index.ts): for SELECT/ASK in the subset it understands
 *   oxigraph  the whole graph loaded into oxigraph: any SPARQL 1.1 query
 *   auto      index when it can, else oxigraph (the default)
 */
export const ENGINES = ['auto', 'index', 'oxigraph'] as const;
export type Engine = (typeof ENGINES)[number];

/**
 * The most quads the embedded oxigraph is given. Measured: 1.1 M quads of a BBC graph hold 1.2 GB
 * once loaded, and 1.5 GB when its named graphs must be copied into the default graph (GraphStore:
 * a query naming its own dataset), so 1.5 M quads stay within about 2 GB with room for a query's
 * own work; WebAssembly's 4 GB is a hard
 * wall beyond which the engine traps ("unreachable") instead of failing.
 */
export const OXIGRAPH_MAX_QUADS = 1_500_000;

/** Bytes per quad of each format on newskg's own graphs, to estimate a file's size in quads without parsing it. */
const BYTES_PER_QUAD: Record<string, number> = { turtle: 60, trig: 60, jsonld: 130 };

/** About how many quads an RDF file holds: its lines for N-Triples and N-Quads, else its size. */
export async function estimateQuads(path: string): Promise<number> {
  const format = rdfFormatOf(path);
  if (format === 'ntriples' || format === 'nquads') {
    let lines = 0;
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
    return lines;
  }
  return Math.ceil(statSync(path).size / (BYTES_PER_QUAD[format] ?? 60));
}

/** A WebAssembly trap (out of memory, most often) as an error a user can act on. */
function engineTrap(e: unknown, file?: string): unknown {
  if (!(e instanceof WebAssembly.RuntimeError)) return e;
  return new QueryError('E_QUERY_TOO_LARGE', `the embedded oxigraph engine failed (${oneLine(e.message)}), most likely out of memory`, {
    file,
    cause: e,
    hint: 'query fewer or smaller graphs, keep to the triple index\'s subset (--engine index), or publish the graph to a SPARQL store (newskg publish) and use --endpoint',
  });
}

export interface FileQueryOptions extends QueryOptions {
  engine?: Engine;
  /** Refuse, before loading, graphs of more quads than this for oxigraph (default OXIGRAPH_MAX_QUADS). */
  maxQuads?: number;
  /** Save a new index as the sidecar `<graph>.nkgi` (default true). */
  saveIndex?: boolean;
  /** Progress notes for people (e.g. "indexing graph.nq"). */
  onNote?: (text: string) => void;
}

/** What answered a query, for notes and tests. */
export interface FileQueryReport {
  form: QueryForm;
  engine: 'index' | 'oxigraph';
  /** Why the index could not answer (when oxigraph did). */
  reason?: string;
}

/**
 * Runs a query over RDF files. SELECT and ASK queries in the index's subset over one file are
 * answered from its triple index (built and saved beside the file on first use); everything else
 * loads the files into oxigraph. Both give the same rows (test/store.test.ts checks this).
 */
export async function queryFiles(paths: string[], sparql: string, sink: Sink, options: FileQueryOptions = {}): Promise<FileQueryReport> {
  const engine = options.engine ?? 'auto';
  const { form, format } = planQuery(sparql, options.format, options.file);
  GraphStore.checkSyntax(sparql, options.file);
  let reason: string | undefined;
  if (engine !== 'oxigraph') {
    if (paths.length !== 1) reason = 'the index answers queries over one file';
    else if (form !== 'SELECT' && form !== 'ASK') reason = `${form} queries need oxigraph`;
    else {
      const parsed = parseSubset(sparql);
      reason = parsed.reason;
      if (parsed.query) {
        try {
          const { index, built, saved, damaged } = await openIndex(paths[0], { save: options.saveIndex });
          if (damaged) options.onNote?.(`${damaged.format().replace(/^newskg: /, '')}; built it again from the graph`);
          if (built) options.onNote?.(`indexed ${paths[0]} (${index.triples} triples)${saved ? '' : `; could not save it as ${indexPathFor(paths[0])}, so the next query indexes again`}`);
          const res = new Evaluator(index).run(parsed.query);
          writeResults(res, format as TableFormat, sink, { ...(options.prefixes ?? PREFIXES), ...queryPrefixes(sparql) });
          return { form, engine: 'index' };
        } catch (e) {
          if (!(e instanceof NotInSubset || e instanceof UnindexableTerm)) throw e;
          reason = e.message;
        }
      }
    }
    if (engine === 'index') {
      throw new QueryError('E_QUERY_ENGINE', `the triple index cannot answer this query: ${reason}`, {
        file: options.file,
        hint: 'use --engine oxigraph (or auto), which answers any SPARQL 1.1 query',
      });
    }
  }
  const maxQuads = options.maxQuads ?? OXIGRAPH_MAX_QUADS;
  let quads = 0;
  for (const p of paths) quads += await estimateQuads(p);
  if (quads > maxQuads) {
    throw new QueryError('E_QUERY_TOO_LARGE', `the graph is too large for the embedded oxigraph engine: about ${quads.toLocaleString('en')} quads, over its limit of ${maxQuads.toLocaleString('en')}${maxQuads === OXIGRAPH_MAX_QUADS ? ' (about 2 GB)' : ''}${reason ? `; the triple index cannot answer this query either: ${reason}` : ''}`, {
      file: options.file,
      hint: 'rewrite the query within the triple index\'s subset (see `newskg query --help`), query fewer graphs, or publish the graph to a SPARQL store such as Virtuoso (newskg publish) and query it with --endpoint; --max-quads raises the limit at your own risk',
    });
  }
  const store = new GraphStore();
  try {
    for (const p of paths) await store.loadFileAsync(p);
    store.query(sparql, sink, options);
  } catch (e) {
    throw engineTrap(e, options.file);
  }
  return { form, engine: 'oxigraph', reason };
}

/**
 * Runs a query on an open triple index (for programs that keep one open); undefined when the
 * query is outside the index's subset, or runs past the budget when one is given.
 */
export function queryIndex(index: TripleIndex, sparql: string, budget?: EvaluationBudget): { boolean: boolean } | Solutions | undefined {
  const parsed = parseSubset(sparql);
  if (!parsed.query) return undefined;
  try {
    return new Evaluator(index, budget).run(parsed.query);
  } catch (e) {
    if (e instanceof NotInSubset || e instanceof OverBudget || e instanceof UnindexableTerm) return undefined;
    throw e;
  }
}

/** A store with the given RDF files loaded. */
export function openStore(paths: string[]): GraphStore {
  const s = new GraphStore();
  for (const p of paths) s.loadFile(p);
  return s;
}

/** `openStore` with less memory for large Turtle/TriG files. */
export async function openStoreAsync(paths: string[]): Promise<GraphStore> {
  const s = new GraphStore();
  for (const p of paths) await s.loadFileAsync(p);
  return s;
}
