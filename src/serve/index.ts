// newskg serve, as a library: inputs (RDF files, or articles built by `newskg build`'s own batch
// build into a work folder) → a pool of query workers → an HTTP server with the viewer and /sparql.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from '../batch/index.js';
import { NewskgError } from '../errors.js';
import { DEFAULT_BASE } from '../graph/index.js';
import { type TripleIndex, indexPathFor, openIndex, writeIndex } from '../store/triple-index.js';
import { QueryEngine } from './engine.js';
import { type RunningServer, startServer } from './server.js';
import { layOutOffThread } from './layout-thread.js';
import { type EncodedPayload, type ViewerData, buildViewerPayload, encodeViewerPayload, rowsOf, rowsOfSolutions } from './viewer-data.js';
import { type JsonResults, OXIGRAPH_MAX_QUADS, estimateQuads, queryIndex } from '../store/index.js';

export { MAX_QUERY_WORKERS, checkQueryWorkers, defaultQueryWorkers } from './engine.js';
export { classifyOperation, type Operation } from '../store/prologue.js';
export { CONTENT_SECURITY_POLICY, isLoopback } from './server.js';

/** Extensions read as RDF graphs; everything else is an article input (file, folder or glob). */
export const GRAPH_EXTENSIONS = new Set(['.ttl', '.turtle', '.trig', '.nt', '.nq', '.jsonld', '.json']);

export const DEFAULT_VIEWER_DIR = fileURLToPath(new URL('../../viewer/dist/', import.meta.url));
export const DEFAULT_QUERIES_DIR = fileURLToPath(new URL('../../data/queries/', import.meta.url));
export const DEFAULT_ARTICLES_DIR = fileURLToPath(new URL('../../data/articles/', import.meta.url));

export interface ServeOptions {
  inputs: string[];
  host: string;
  port: number;
  timeoutMs: number;
  maxRows: number;
  maxBodyBytes: number;
  /** The most quads the workers load into oxigraph (default OXIGRAPH_MAX_QUADS); more: the index only. */
  maxQuads?: number;
  /** Query worker threads, each with the graph loaded (default: defaultQueryWorkers()). */
  queryWorkers?: number;
  cors?: string;
  viewerDir?: string;
  queriesDir?: string;
  base?: string;
  /**
   * Open as soon as the graph's triple index and the viewer's data are ready, while the query workers
   * still load the graph into oxigraph: the viewer and the queries the index answers work at once,
   * others wait for the workers (with a 503 and Retry-After once past the time limit). Without an
   * index (several graph files) the server opens when the workers are ready, as by default.
   */
  early?: boolean;
  /** Progress and warnings. */
  progress?: (msg: string) => void;
  /** One line per request. */
  log?: (line: string) => void;
}

export interface Serving extends RunningServer {
  articles: number;
  graphFiles: number;
  quads: number;
  /** Inputs skipped (bad articles), as one-line messages. */
  skipped: string[];
  /** Resolves with the quads the workers loaded once they hold the graph; rejects if they cannot. */
  workersReady: Promise<number>;
}

export async function serve(options: ServeOptions): Promise<Serving> {
  const graphFiles = options.inputs.filter((p) => GRAPH_EXTENSIONS.has(extname(p).toLowerCase()));
  const articleInputs = options.inputs.filter((p) => !GRAPH_EXTENSIONS.has(extname(p).toLowerCase()));
  const work = mkdtempSync(join(tmpdir(), 'newskg-serve-'));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  const files = [...graphFiles];
  const skipped: string[] = [];
  let articles = 0;
  let engine: QueryEngine | undefined;
  let builtIndex: { indexOf: string; index: TripleIndex } | undefined;
  try {
    if (articleInputs.length) {
      // One pipeline: the articles are built exactly as `newskg build` builds them (cross-article
      // linking included), into a graph file of the work folder that the workers then load.
      options.progress?.(`building ${articleInputs.join(', ')}`);
      const file = join(work, 'articles.nq');
      // the triple index made as the lines are written, as `newskg build` makes it (not read back after)
      const built = await buildBatch({ inputs: articleInputs, out: file, format: 'nquads', base: options.base ?? DEFAULT_BASE, jobs: availableParallelism(), index: true }); // build's default
      if (built.index && writeIndex(built.index, indexPathFor(file))) builtIndex = { indexOf: file, index: built.index };
      for (const w of built.warnings) options.progress?.(w.format().replace(/^newskg: /, 'warning: '));
      for (const e of built.errors) skipped.push(e.format());
      articles = built.articles;
      if (built.articles === 0 && graphFiles.length === 0) {
        throw new NewskgError('E_INPUT_EMPTY', 'nothing to serve: no readable articles in the inputs', { hint: skipped.length ? skipped[0] : 'check the input paths' });
      }
      if (built.articles > 0) files.push(file);
    }
    options.progress?.(`loading ${files.length} graph file${files.length === 1 ? '' : 's'}`);
    const dumpTo = join(work, 'graph.nq');
    const saved = files.length !== 1 ? {} : builtIndex?.indexOf === files[0] ? builtIndex : await savedIndex(files[0]!, options.progress);
    const early = !!options.early && !!saved.index;
    // A graph larger than oxigraph holds (WebAssembly's 4 GB): the workers answer from the index only.
    const quads = saved.index ? await estimateQuads(files[0]!) : 0;
    const maxQuads = options.maxQuads ?? OXIGRAPH_MAX_QUADS;
    const indexOnly = quads > maxQuads ? `its ${quads.toLocaleString('en-US')} quads are more than the embedded engine is given (${maxQuads.toLocaleString('en-US')}, --max-quads)` : undefined;
    if (indexOnly) options.progress?.(`${files[0]}: ${indexOnly}: the query workers answer from its triple index only`);
    engine = new QueryEngine({
      files,
      ...saved,
      timeoutMs: options.timeoutMs,
      workers: options.queryWorkers,
      dumpTo,
      onRestart: (why) => options.progress?.(`${why}: query worker restarted`),
      keepOnLoadFailure: early,
      indexOnly,
    });
    // early: the workers start loading once the viewer has its data (the index gives it on this
    // thread), so that the layout and the viewer's queries do not share the cores with two oxigraph
    // loads; they start at once if a viewer query needs them. `loaded` waits for them without
    // starting them.
    const eng = engine;
    let workersReady: Promise<number> | undefined;
    let whenStarted!: (p: Promise<number>) => void;
    const loaded = new Promise<number>((resolve, reject) => (whenStarted = (p) => p.then(resolve, reject)));
    // a failure is said where the workers are started (a warning, early): this promise only tells it again
    loaded.catch(() => undefined);
    const startWorkers = (): Promise<number> => {
      if (workersReady) return workersReady;
      const loadStarted = performance.now();
      workersReady = eng.start().then((info) => {
        if (info.dumpError) options.progress?.(`warning: /graph is not available: ${info.dumpError}`);
        const took = ((performance.now() - loadStarted) / 1000).toFixed(1);
        if (early) options.progress?.(indexOnly ? `query workers ready (the index only) in ${took} s` : `query workers ready: ${info.quads} quads loaded in ${took} s`);
        return info.quads;
      });
      if (early) workersReady.catch((e: unknown) => options.progress?.(`warning: the query workers could not load the graph (${e instanceof Error ? e.message : String(e)}); the viewer and the index's queries go on`));
      whenStarted(workersReady);
      return workersReady;
    };
    if (!early) await startWorkers();
    // the workers start loading once the whole layout is done, not to share the cores with it
    const viewerData = viewerDataSource(engine, saved.index, options.progress, startWorkers, () => void startWorkers());
    // ready means ready for the viewer too: the page opens on its default view's data, already
    // built; the rest of the layout goes on on its own thread
    await viewerData.core().catch(() => void startWorkers());
    const running = await startServer({
      host: options.host,
      port: options.port,
      engine,
      viewerDir: options.viewerDir ?? DEFAULT_VIEWER_DIR,
      queriesDir: options.queriesDir ?? DEFAULT_QUERIES_DIR,
      graph: () => (eng.info ? { file: eng.info.dumped ? dumpTo : undefined } : { loading: true }),
      viewerData,
      maxRows: options.maxRows,
      timeoutMs: options.timeoutMs,
      maxBodyBytes: options.maxBodyBytes,
      cors: options.cors,
      info: () => ({ articles, graphFiles: graphFiles.length, quads: eng.info?.quads ?? null, triples: saved.index?.triples ?? null, queryWorkers: eng.size, queryWorkersLoaded: eng.info !== undefined }),
      log: options.log,
    });
    return {
      ...running,
      articles,
      graphFiles: graphFiles.length,
      quads: eng.info?.quads ?? saved.index!.triples,
      skipped,
      workersReady: loaded,
      close: async () => {
        await running.close();
        await eng.close();
        cleanup();
      },
    };
  } catch (e) {
    await engine?.close();
    cleanup();
    throw e;
  }
}

/**
 * The graph file's triple index, opened (or built and saved beside it now, once, before the workers
 * start): this thread keeps it for quick answers, and every query worker opens the saved file in a
 * fraction of a second to answer the queries in its subset. Nothing when no index can be saved
 * there (oxigraph then answers everything).
 */
async function savedIndex(file: string, progress?: (note: string) => void): Promise<{ indexOf?: string; index?: TripleIndex }> {
  try {
    const { index, built, saved } = await openIndex(file, { save: true });
    if (built && saved) progress?.(`indexed ${file} for queries (saved as ${indexPathFor(file)})`);
    return !built || saved ? { indexOf: file, index } : {};
  } catch {
    // a graph the index cannot read is oxigraph's to load, and to report on
    return {};
  }
}

/**
 * The viewer's data (viewer-data.ts), built once through the query workers and kept: the default
 * view's as soon as the layout's first ring has settled, the whole graph's when the layout thread
 * has laid out the rest. A failed build (a query past the time limit on a busy machine) is said
 * once and tried again on the next request, instead of leaving the viewer without data until a
 * restart. `wholeReady` is told when the whole graph's data is built (or failed).
 */
function viewerDataSource(engine: QueryEngine, index: TripleIndex | undefined, progress: ((msg: string) => void) | undefined, startWorkers: () => void, wholeReady: () => void): ViewerData {
  let pending: Promise<{ core: EncodedPayload; whole: Promise<EncodedPayload> }> | undefined;
  const forget = (e: unknown) => {
    pending = undefined;
    progress?.(`warning: ${e instanceof Error ? e.message : String(e)}`);
    throw e;
  };
  const build = () =>
    (pending ??= buildViewerPayload(async (name, sparql) => {
      // from the index on this thread, its solutions as they are (once, about a second on BBC;
      // written as SPARQL JSON and read back, twice that), else through the workers
      const solutions = index && queryIndex(index, sparql);
      if (solutions && 'vars' in solutions) return rowsOfSolutions(solutions);
      startWorkers();
      const answer = await engine.query({ sparql, form: 'SELECT', format: 'json', maxRows: Number.MAX_SAFE_INTEGER });
      if (answer.status !== 200) throw new Error(`the viewer's ${name} query failed (${answer.status}): ${answer.message ?? ''}`);
      return rowsOf(JSON.parse(answer.body ?? '{}') as JsonResults);
    }, layOutOffThread).then(({ core, whole }) => {
      progress?.(`viewer's default view: ${core.entities.length} actors (queries ${core.timings.queries} ms, first ring laid out in ${core.timings.firstRing} ms, quality ${core.layout.quality?.toFixed(2) ?? '?'})`);
      const wholeEncoded = whole.then(
        (payload) => {
          progress?.(`viewer data: ${payload.entities.length} actors, ${payload.quotes.length} quotes, ${payload.layout.placed} laid out (queries ${payload.timings.queries} ms, layout ${payload.timings.layout} ms, quality ${payload.layout.quality?.toFixed(2) ?? '?'})`);
          return encodeViewerPayload(payload);
        },
        forget,
      );
      void wholeEncoded.then(wholeReady, wholeReady);
      return { core: encodeViewerPayload(core), whole: wholeEncoded };
    }, forget));
  return { core: () => build().then((b) => b.core), whole: () => build().then((b) => b.whole) };
}
