// newskg serve: the viewer and a read-only SPARQL endpoint over a graph, on localhost. The URL goes
// to stdout (one line, once the graph is loaded); progress and request logs go to stderr.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_ARTICLES_DIR, DEFAULT_VIEWER_DIR, MAX_QUERY_WORKERS, type Serving, checkQueryWorkers, defaultQueryWorkers, isLoopback, serve } from '../serve/index.js';
import { EXIT, type Io, lastValue, parseCommandLine } from './args.js';
import { OXIGRAPH_MAX_QUADS } from '../store/index.js';

export const SERVE_HELP = `Usage: newskg serve [graph files | article files, folders, globs]... [options]

Serves the graph viewer and a read-only SPARQL 1.1 endpoint at /sparql.

Inputs: RDF graphs (.ttl .trig .nt .nq .jsonld), or articles (.txt .md .html .jsonl, folders,
  quoted globs) which are built in memory first, as "newskg build" would. Default: the bundled
  data/articles.

Options:
  -p, --port N          port (default 5173; 0 picks a free one)
  -H, --host ADDR       address to bind (default 127.0.0.1; anything else exposes the server
                        to your network)
  -t, --timeout SECS    time limit per query (default 10)
  -m, --max-rows N      most rows (SELECT) or triples (CONSTRUCT) a query may return (default 10000)
      --query-workers N threads answering queries, each holding the whole graph in memory, so
                        a slow query does not hold up the others (1-${MAX_QUERY_WORKERS}; default:
                        one per core, at least 2, at most 8: ${defaultQueryWorkers()} on this machine)
      --max-quads N     the most quads the query workers load into oxigraph (default 1,500,000:
                        about 2 GB each); a larger graph is served from its triple index only
                        (the viewer, and SELECT/ASK in the index's subset)
      --max-body SIZE   largest request body, e.g. 1mb, 512kb, 4096 (default 1mb)
      --cors ORIGIN     allow cross-origin requests to /sparql from ORIGIN (or '*'); none by default
      --viewer DIR      serve the viewer from DIR (default: the built viewer/dist)
  -v, --verbose         log every request to stderr
  -q, --quiet           print only the URL and errors
  -h, --help            show this help

Endpoints: /  the viewer    /sparql  GET ?query= or POST (form or application/sparql-query);
  SELECT/ASK as application/sparql-results+json, application/sparql-results+xml, text/csv
  or text/tab-separated-values, CONSTRUCT/DESCRIBE as text/turtle or application/n-triples (by Accept)
  /queries  the example queries    /graph  the whole graph (N-Quads)    /api/info

Stop it with Ctrl-C. Exit codes: 0 stopped; 1 could not start (bad input, port taken); 2 usage error.
`;

const OPTIONS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string', short: 'H' },
  timeout: { type: 'string', short: 't' },
  'max-rows': { type: 'string', short: 'm' },
  'max-body': { type: 'string' },
  'query-workers': { type: 'string' },
  'max-quads': { type: 'string' },
  cors: { type: 'string' },
  viewer: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

function positiveNumber(name: string, raw: string | undefined, fallback: number, { integer = false, allowZero = false } = {}): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || (!allowZero && n === 0) || (integer && !Number.isInteger(n))) {
    throw new UsageError(`serve: --${name} "${raw}" is not a ${integer ? 'whole ' : ''}number${allowZero ? '' : ' above 0'}`, { hint: 'see "newskg serve --help"' });
  }
  return n;
}

export function parseSize(raw: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|kib|mb|m|mib)?\s*$/i.exec(raw);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  const n = Math.floor(Number(m[1]) * mult);
  return n > 0 ? n : undefined;
}

export async function runServe(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine(args, OPTIONS, 'serve');
  if (values.help) {
    io.stdout(SERVE_HELP);
    return EXIT.OK;
  }
  const port = positiveNumber('port', lastValue(values.port), 5173, { integer: true, allowZero: true });
  if (port > 65535) throw new UsageError(`serve: --port ${port} is out of range`, { hint: 'use 1-65535, or 0 for a free port' });
  const host = lastValue(values.host) ?? '127.0.0.1';
  const timeoutMs = Math.round(positiveNumber('timeout', lastValue(values.timeout), 10) * 1000);
  const maxRows = positiveNumber('max-rows', lastValue(values['max-rows']), 10000, { integer: true });
  const workersRaw = lastValue(values['query-workers']);
  const queryWorkers = checkQueryWorkers(positiveNumber('query-workers', workersRaw, defaultQueryWorkers(), { integer: true }));
  const bodyRaw = lastValue(values['max-body']);
  const maxBodyBytes = bodyRaw === undefined ? 1024 * 1024 : parseSize(bodyRaw);
  if (maxBodyBytes === undefined) throw new UsageError(`serve: --max-body "${bodyRaw}" is not a size`, { hint: 'e.g. --max-body 1mb' });
  const cors = lastValue(values.cors);
  if (cors !== undefined && cors !== '*' && !/^https?:\/\/[^/\s]+$/.test(cors)) {
    throw new UsageError(`serve: --cors "${cors}" is not an origin`, { hint: "e.g. --cors https://example.org (scheme, host and port, no path), or '*'" });
  }
  const quiet = Boolean(values.quiet);
  const viewerDir = lastValue(values.viewer) ?? DEFAULT_VIEWER_DIR;
  if (!existsSync(join(viewerDir, 'index.html'))) {
    io.stderr(`newskg: warning: no viewer in ${viewerDir} (build it with "npm run build:viewer"); /sparql works without it\n`);
  }
  const inputs = positionals.length ? positionals : [DEFAULT_ARTICLES_DIR];
  const progress = quiet ? undefined : (m: string) => io.stderr(`newskg: ${m}\n`);

  const running: Serving = await serve({
    inputs,
    host,
    port,
    timeoutMs,
    maxRows,
    maxBodyBytes,
    queryWorkers,
    maxQuads: positiveNumber('max-quads', lastValue(values['max-quads']), OXIGRAPH_MAX_QUADS, { integer: true }),
    cors,
    viewerDir,
    early: true,
    progress,
    log: values.verbose ? (l) => io.stderr(`${l}\n`) : undefined,
  }).catch((e: unknown) => {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'EADDRINUSE') throw new UsageError(`serve: port ${port} on ${host} is already in use`, { hint: 'stop the other server, or pick another --port (0 for any free one)' });
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`serve: cannot bind to ${host}`, { hint: 'use an address of this machine, e.g. --host 127.0.0.1' });
    throw e;
  });

  if (!quiet) {
    for (const s of running.skipped) io.stderr(`${s}\n`);
    const what = [running.articles ? `${running.articles} article${running.articles === 1 ? '' : 's'}` : '', running.graphFiles ? `${running.graphFiles} graph file${running.graphFiles === 1 ? '' : 's'}` : '']
      .filter(Boolean)
      .join(' and ');
    io.stderr(`newskg: serving ${what} (${running.quads} quads); SPARQL at ${running.url}sparql\n`);
    if (!isLoopback(host)) io.stderr(`newskg: warning: bound to ${host}, reachable from other machines\n`);
  }
  io.stdout(`${running.url}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  if (!quiet) io.stderr('newskg: stopping\n');
  await running.close();
  return EXIT.OK;
}
