// The query worker: holds the graph in a GraphStore (oxigraph, WebAssembly) and answers one
// query at a time. Oxigraph queries are synchronous, so the server runs them here, in a worker
// thread it can terminate when a query runs past its time limit.
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type * as RDF from '@rdfjs/types';
import oxigraph from 'oxigraph';
import { OutputError, oneLine } from '../errors.js';
import { StringSink, serializeGraph } from '../export/index.js';
import { PREFIXES } from '../graph/index.js';
import { GraphStore, type JsonResults, queryPrefixes, writeJsonResults } from '../store/index.js';
import { answerFromIndex, rowCapMessage } from './index-answer.js';
import { type TripleIndex, openIndex } from '../store/triple-index.js';
import { CONTENT_TYPES, type TableFormat } from './negotiate.js';
import type { QueryJob, WorkerData, WorkerReply } from './messages.js';

const data = workerData as WorkerData;
const port = parentPort!;

function post(msg: WorkerReply): void {
  port.postMessage(msg);
}

/** Unset on a server that answers from the index only (WorkerData.indexOnly). */
let store: GraphStore | undefined;
/** The graph's triple index, when it holds exactly what oxigraph was given. */
let index: TripleIndex | undefined;

async function load(): Promise<void> {
  if (data.indexOnly && data.indexOf) {
    const opened = await openIndex(data.indexOf, { save: false });
    index = opened.index;
    post({ type: 'ready', quads: index.triples, dumped: false, dumpError: 'the graph is larger than the embedded engine holds' });
    return;
  }
  store = new GraphStore();
  // (await: loadFile may read and parse asynchronously)
  for (const f of data.files) await store.loadFile(f);
  let dumped = false;
  let dumpError: string | undefined;
  if (data.dumpTo) {
    // before the union merge below, so the dump holds each quad once, in its own graph
    try {
      writeFileSync(data.dumpTo, store.store.dump({ format: 'application/n-quads' }));
      dumped = true;
    } catch (e) {
      dumpError = e instanceof Error ? e.message : String(e);
    }
  }
  // GraphStore checks on its first query whether a triple is in two graphs (see GraphStore)
  store.select('ASK {}');
  if (data.indexOf) {
    // Only a saved index that is current: one rebuilt here would describe the file as it is now, which
    // may no longer be what the store loaded (a worker restarted from the server's dump).
    const opened = await openIndex(data.indexOf, { save: false });
    if (!opened.built) index = opened.index;
  }
  post({ type: 'ready', quads: store.size, dumped, dumpError });
}

try {
  await load();
} catch (e) {
  const err = e as { format?: () => string; message?: string };
  post({ type: 'loadError', message: typeof err?.format === 'function' ? err.format() : String(err?.message ?? e) });
  process.exit(1);
}

/** Oxigraph's parser says `error at LINE:COLUMN: message`. */
function queryFailure(e: unknown, sparql = ''): { status: number; message: string; fatal?: boolean } {
  if (e instanceof WebAssembly.RuntimeError) return { status: 500, message: `query engine failure: ${e.message}`, fatal: true };
  const raw = e instanceof Error ? e.message : String(e);
  const m = /^error at (\d+):(\d+): ([\s\S]*)$/.exec(raw);
  if (!m) return { status: 400, message: `query failed: ${oneLine(raw)}` };
  let detail = oneLine(m[3]);
  if (/Prefix not found/.test(detail)) {
    // the parser lists the characters it expected; name the undeclared prefix instead
    const before = (sparql.split('\n')[Number(m[1]) - 1] ?? '').slice(0, Number(m[2])).replace(/<[^>]*>|"[^"]*"|'[^']*'/g, ' ');
    const pname = [...before.matchAll(/(?:^|[^\w:?$])([A-Za-z][\w.-]*)?:/g)].pop()?.[1];
    detail = `undeclared prefix "${pname ?? ''}:"`;
  } else if (detail.length > 300) detail = `${detail.slice(0, 297)}...`;
  return { status: 400, message: `SPARQL syntax error at line ${m[1]}, column ${m[2]}: ${detail}` };
}

function run(job: QueryJob): WorkerReply {
  // the contract queries take a fraction of a second from the index, seconds in oxigraph
  const indexed = index ? answerFromIndex(index, job) : undefined;
  if (indexed) return { type: 'result', id: job.id, ...indexed };
  if (!store) {
    return { type: 'result', id: job.id, status: 501, message: `this server answers only the queries its triple index can (SELECT and ASK in its subset, over the whole dataset): ${data.indexOnly}; publish the graph to a SPARQL store (newskg publish) for the rest of SPARQL` };
  }
  const options: Parameters<oxigraph.Store['query']>[1] = {};
  if (job.defaultGraphs?.length) options.default_graph = job.defaultGraphs.map((g) => oxigraph.namedNode(g));
  if (job.namedGraphs?.length) options.named_graphs = job.namedGraphs.map((g) => oxigraph.namedNode(g));
  const tabular = job.form === 'SELECT' || job.form === 'ASK';
  let result: ReturnType<oxigraph.Store['query']>;
  try {
    result = store.store.query(job.sparql, store.queryOptions(job.sparql, tabular ? { ...options, results_format: 'json' } : options));
  } catch (e) {
    return { type: 'result', id: job.id, ...queryFailure(e, job.sparql) };
  }
  if (tabular) {
    const text = String(result);
    let rows = 0;
    let parsed: JsonResults | undefined;
    if (job.form === 'SELECT' || job.format !== 'json') {
      parsed = JSON.parse(text) as JsonResults;
      rows = parsed.results?.bindings.length ?? 0;
      if (rows > job.maxRows) return { type: 'result', id: job.id, status: 422, message: rowCapMessage(rows, job.maxRows, 'rows'), rowCap: true };
    }
    // oxigraph's JSON goes out as it is; every other format is written by the one results writer
    let body = text;
    if (job.format !== 'json') {
      const out = new StringSink();
      writeJsonResults(parsed ?? (JSON.parse(text) as JsonResults), job.format as TableFormat, out, {});
      body = out.toString();
    }
    return { type: 'result', id: job.id, status: 200, contentType: CONTENT_TYPES[job.format as TableFormat], body, rows, engine: 'oxigraph' };
  }
  const quads = result as unknown as RDF.Quad[];
  if (quads.length > job.maxRows) return { type: 'result', id: job.id, status: 422, message: rowCapMessage(quads.length, job.maxRows, 'triples'), rowCap: true };
  const sink = new StringSink();
  const format = job.format === 'ntriples' || job.format === 'rdfxml' ? job.format : 'turtle';
  try {
    serializeGraph(quads, format, sink, { prefixes: { ...PREFIXES, ...queryPrefixes(job.sparql) } });
  } catch (e) {
    // RDF/XML cannot write every graph (a predicate IRI with no XML name): the client may ask for Turtle instead.
    if (e instanceof OutputError) return { type: 'result', id: job.id, status: 406, message: `${oneLine(e.message)}; ask for text/turtle or application/n-triples` };
    throw e;
  }
  return { type: 'result', id: job.id, status: 200, contentType: CONTENT_TYPES[format], body: sink.toString(), rows: quads.length, engine: 'oxigraph' };
}

port.on('message', (job: QueryJob) => {
  let reply: WorkerReply;
  try {
    reply = run(job);
  } catch (e) {
    reply = { type: 'result', id: job.id, ...queryFailure(e, job.sparql), status: 500 };
    if (e instanceof WebAssembly.RuntimeError) reply.fatal = true;
  }
  post(reply);
});
