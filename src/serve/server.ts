// The HTTP server (node:http only): the viewer's static files, a read-only SPARQL 1.1 Protocol
// endpoint at /sparql, the example queries at /queries, the whole graph at /graph and a few
// facts about the server at /api/info.
//
// Hardening: every response carries the security headers below (a Content-Security-Policy without
// inline scripts, nosniff, no referrer, no framing); no CORS headers unless an origin is given;
// request bodies are size-limited; updates are refused; queries run in a pool of workers, each
// query with a time limit and a row cap (see engine.ts and worker.ts); static paths cannot leave
// the viewer folder (see static.ts); when bound to a loopback address, requests must name a
// loopback Host (so a web page cannot reach the server through DNS rebinding).
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { QueryEngine } from './engine.js';
import { GRAPH_OFFERS, TABLE_OFFERS, negotiate } from './negotiate.js';
import { classifyOperation } from '../store/prologue.js';
import { StaticFiles } from './static.js';
import { type ViewerData, sendViewerData } from './viewer-route.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // ForceAtlas2's layout worker is started from a blob: URL
  "worker-src 'self' blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ServerOptions {
  host: string;
  port: number;
  engine: QueryEngine;
  /** Built viewer folder (index.html, assets/). */
  viewerDir: string;
  /** Folder of example .rq queries served at /queries. */
  queriesDir?: string;
  /** The N-Quads dump of the dataset served at /graph: its file, none, or not yet written (the workers are loading). */
  graph?: () => { file?: string; loading?: boolean };
  maxRows: number;
  timeoutMs: number;
  maxBodyBytes: number;
  /** The viewer's data in one answer (viewer-data.ts), served at /api/viewer-graph. */
  viewerData?: ViewerData;
  /** Allowed cross-origin requester ('*' or an origin); none when undefined. */
  cors?: string;
  /** Facts shown at /api/info (asked on each request: some change once the workers have loaded). */
  info?: () => Record<string, unknown>;
  /** Called for each request (method, path, status). */
  log?: (line: string) => void;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}

/** Example queries: every .rq file in the folder, with the comment lines at its top as a title. */
export function loadExampleQueries(dir: string | undefined): { name: string; title: string; query: string }[] {
  if (!dir) return [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.rq')).sort();
  } catch {
    return [];
  }
  return files.map((f) => {
    const query = readFileSync(join(dir, f), 'utf8');
    const title = query
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => l.replace(/^#\s?/, ''))
      .join(' ')
      .trim();
    return { name: f.replace(/\.rq$/, ''), title, query };
  });
}

/** Reads a request body up to `limit` bytes; 413 past it. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new HttpError(413, `request body too large: ${declared} bytes, the limit is ${limit}`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        done = true;
        reject(new HttpError(413, `request body too large: over ${limit} bytes`));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
    req.on('error', (e) => {
      if (!done) {
        done = true;
        reject(e);
      }
    });
  });
}

interface SparqlRequest {
  query?: string;
  update: boolean;
  defaultGraphs: string[];
  namedGraphs: string[];
}

function protocolParams(params: URLSearchParams, into: SparqlRequest): void {
  const queries = params.getAll('query');
  if (queries.length > 1) throw new HttpError(400, 'more than one "query" parameter');
  if (queries.length === 1) {
    if (into.query !== undefined) throw new HttpError(400, 'the query is given twice (in the body and as a parameter)');
    into.query = queries[0];
  }
  if (params.has('update')) into.update = true;
  // one push per value: a form of 200,000 graph parameters would overflow a spread's call stack
  for (const g of params.getAll('default-graph-uri')) into.defaultGraphs.push(g);
  for (const g of params.getAll('named-graph-uri')) into.namedGraphs.push(g);
}

/**
 * Most levels of brackets a query may nest. Deeper queries are refused before a worker parses them:
 * 5,000 nested parentheses overflowed the engine's parser stack and crashed its worker, which then
 * had to reload the whole graph. Real queries nest a handful of levels.
 */
export const MAX_QUERY_NESTING = 64;

/** How deep the query's (), {} and [] nest, outside strings, IRIs and comments. */
export function nestingDepth(query: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '#') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      const long = query.startsWith(c.repeat(3), i);
      const end = long ? c.repeat(3) : c;
      for (i += end.length; i < query.length && !query.startsWith(end, i); i++) if (query[i] === '\\') i++;
      i += end.length - 1;
    } else if (c === '<' && /^<[^<>"{}|^`\\\s]*>/.test(query.slice(i, i + 2048))) {
      i = query.indexOf('>', i);
    } else if (c === '(' || c === '{' || c === '[') {
      depth++;
      if (depth > max) max = depth;
    } else if (c === ')' || c === '}' || c === ']') {
      depth = Math.max(0, depth - 1);
    }
  }
  return max;
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const files = new StaticFiles(options.viewerDir);
  const examples = JSON.stringify(loadExampleQueries(options.queriesDir));
  const loopbackOnly = isLoopback(options.host);
  let port = options.port;

  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    const allowed = options.cors;
    const origin = req.headers.origin;
    if (!allowed || !origin) return {};
    if (allowed !== '*' && origin !== allowed) return {};
    return { 'Access-Control-Allow-Origin': allowed === '*' ? '*' : origin, Vary: 'Origin' };
  };

  const send = (res: ServerResponse, status: number, body: string | Buffer, contentType: string, headers: Record<string, string> = {}, head = false) => {
    const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    res.statusCode = status;
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Length', String(buf.length));
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-store');
    res.end(head ? undefined : buf);
  };

  const sendError = (res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}, head = false) => {
    send(res, status, `${message}\n`, 'text/plain; charset=utf-8', headers, head);
  };

  /**
   * A request another site's page made in the user's browser (a form POST or a GET needs no
   * preflight) is refused before any work, unless --cors allows that origin: the page could not read
   * the answer, but it could keep the query workers busy.
   */
  const crossSite = (req: IncomingMessage): string | undefined => {
    const allowed = options.cors;
    const origin = req.headers.origin;
    if (origin && origin !== 'null') {
      if (allowed === '*' || origin === allowed) return undefined;
      let host: string;
      try {
        host = new URL(origin).host.toLowerCase();
      } catch {
        return origin;
      }
      return host === (req.headers.host ?? '').toLowerCase() ? undefined : origin;
    }
    if (req.headers['sec-fetch-site'] === 'cross-site' && allowed !== '*') return origin ?? 'another site';
    return undefined;
  };

  async function sparql(req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
    const method = req.method ?? 'GET';
    const foreign = crossSite(req);
    if (foreign) throw new HttpError(403, `cross-site request refused (from ${foreign}): start serve with --cors ${foreign === 'another site' ? 'ORIGIN' : foreign} to let that site query this endpoint`);
    const cors = corsHeaders(req);
    const r: SparqlRequest = { update: false, defaultGraphs: [], namedGraphs: [] };
    if (method === 'GET' || method === 'HEAD') {
      protocolParams(new URLSearchParams(search), r);
    } else if (method === 'POST') {
      const type = mediaType(req.headers['content-type']);
      if (type === 'application/sparql-update') throw new HttpError(403, 'this endpoint is read-only: SPARQL Update is not allowed', cors);
      if (type !== 'application/x-www-form-urlencoded' && type !== 'application/sparql-query') {
        throw new HttpError(415, 'POST a query as application/sparql-query or application/x-www-form-urlencoded (query=...)', cors);
      }
      const body = (await readBody(req, options.maxBodyBytes)).toString('utf8');
      if (type === 'application/sparql-query') {
        r.query = body;
        protocolParams(new URLSearchParams(search), r);
      } else {
        protocolParams(new URLSearchParams(body), r);
        const urlParams = new URLSearchParams(search);
        for (const g of urlParams.getAll('default-graph-uri')) r.defaultGraphs.push(g);
        for (const g of urlParams.getAll('named-graph-uri')) r.namedGraphs.push(g);
      }
    } else {
      throw new HttpError(405, `method ${method} is not allowed here`, { Allow: 'GET, HEAD, POST, OPTIONS', ...cors });
    }
    if (r.update) throw new HttpError(403, 'this endpoint is read-only: SPARQL Update is not allowed', cors);
    if (r.query === undefined) throw new HttpError(400, 'missing the "query" parameter (GET /sparql?query=... or POST)', cors);
    const op = classifyOperation(r.query);
    if (op.kind === 'update') throw new HttpError(403, `this endpoint is read-only: ${op.keyword} is a SPARQL Update operation and is not allowed`, cors);
    const form = op.kind === 'query' ? op.form : 'SELECT';
    const graphForm = form === 'CONSTRUCT' || form === 'DESCRIBE';
    const accept = req.headers.accept;
    const offer = graphForm ? negotiate(accept, GRAPH_OFFERS) : negotiate(accept, TABLE_OFFERS);
    if (!offer) {
      const types = (graphForm ? GRAPH_OFFERS : TABLE_OFFERS).map((o) => o.type).join(', ');
      throw new HttpError(406, `${form} results can be sent as ${types}`, cors);
    }
    const depth = nestingDepth(r.query);
    if (depth > MAX_QUERY_NESTING) throw new HttpError(400, `the query nests ${depth} levels of brackets, more than this server's limit of ${MAX_QUERY_NESTING}`, cors);
    // a client that hangs up no longer needs its answer: a query still waiting is dropped
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const answer = await options.engine.query({
      sparql: r.query,
      form,
      format: offer.format,
      maxRows: options.maxRows,
      defaultGraphs: r.defaultGraphs.length ? r.defaultGraphs : undefined,
      namedGraphs: r.namedGraphs.length ? r.namedGraphs : undefined,
    }, gone.signal, req.socket.remoteAddress ?? '');
    if (gone.signal.aborted) return;
    const headers: Record<string, string> = { ...cors, Vary: cors.Vary ? 'Accept, Origin' : 'Accept' };
    if (answer.status !== 200) {
      if (answer.status === 503) headers['Retry-After'] = String(answer.retryAfter ?? 1);
      sendError(res, answer.status, answer.message ?? 'query failed', headers, method === 'HEAD');
      return;
    }
    if (answer.rows !== undefined) headers['X-Result-Rows'] = String(answer.rows);
    if (answer.engine) headers['X-Query-Engine'] = answer.engine;
    send(res, 200, answer.body ?? '', answer.contentType ?? 'text/plain; charset=utf-8', headers, method === 'HEAD');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    if (!rawUrl.startsWith('/')) throw new HttpError(400, 'bad request target');
    if (loopbackOnly) {
      // DNS-rebinding protection: a page on another site that resolves its own name to 127.0.0.1
      // still sends its own name as Host
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      if (!isLoopback(host)) throw new HttpError(403, `unexpected Host "${req.headers.host ?? ''}": this server answers only to localhost`);
    }
    const q = rawUrl.indexOf('?');
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const search = q < 0 ? '' : rawUrl.slice(q + 1);
    const head = method === 'HEAD';

    if (method === 'OPTIONS') {
      const cors = path === '/sparql' ? corsHeaders(req) : {};
      const extra: Record<string, string> = { Allow: path === '/sparql' ? 'GET, HEAD, POST, OPTIONS' : 'GET, HEAD, OPTIONS' };
      if (cors['Access-Control-Allow-Origin']) {
        Object.assign(extra, cors, {
          'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type, Accept',
          'Access-Control-Max-Age': '600',
        });
      }
      res.statusCode = 204;
      for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
      res.end();
      return;
    }
    if (path === '/sparql') return sparql(req, res, search);
    if (method !== 'GET' && !head) throw new HttpError(405, `method ${method} is not allowed here`, { Allow: 'GET, HEAD, OPTIONS' });
    if (path === '/queries') return send(res, 200, examples, 'application/json; charset=utf-8', {}, head);
    if (path === '/api/info') {
      const info = { ...options.info?.(), maxRows: options.maxRows, timeoutMs: options.timeoutMs, maxBodyBytes: options.maxBodyBytes, queriesWaiting: options.engine.waiting };
      return send(res, 200, JSON.stringify(info), 'application/json; charset=utf-8', {}, head);
    }
    if (path === '/api/viewer-graph') return sendViewerData(req, res, options.viewerData, head, new URLSearchParams(search).get('part') ?? undefined);
    if (path === '/graph') {
      const graph = options.graph?.() ?? {};
      if (graph.loading) throw new HttpError(503, 'the query workers are still loading the graph; the whole graph is available once they are', { 'Retry-After': '10' });
      if (!graph.file) throw new HttpError(404, 'the whole graph is not available here (too large to dump); use /sparql');
      res.statusCode = 200;
      res.setHeader('Content-Type', 'application/n-quads; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="graph.nq"');
      res.setHeader('Cache-Control', 'no-store');
      if (head) {
        res.end();
        return;
      }
      await new Promise<void>((resolve) => {
        const stream = createReadStream(graph.file!);
        stream.on('error', () => {
          if (!res.headersSent) sendError(res, 500, 'could not read the graph');
          else res.destroy();
          resolve();
        });
        stream.on('end', () => resolve());
        stream.pipe(res);
      });
      return;
    }
    const found = await files.resolve(path);
    if (found.status !== 200) throw new HttpError(found.status, found.message);
    send(res, 200, found.body, found.contentType, { 'Cache-Control': found.immutable ? 'public, max-age=31536000, immutable' : 'no-cache' }, head);
  }

  const server = createServer((req, res) => {
    handle(req, res)
      .catch((e: unknown) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (e instanceof HttpError) {
          if (e.status === 413) res.setHeader('Connection', 'close');
          sendError(res, e.status, e.message, e.headers, req.method === 'HEAD');
        } else {
          sendError(res, 500, 'internal server error');
          options.log?.(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        }
      })
      .finally(() => options.log?.(`${req.method} ${(req.url ?? '').slice(0, 200)} ${res.statusCode}`));
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  // malformed HTTP: answer with the same security headers
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    // the parser's code says what was wrong with the request (an empty 400 left a client guessing)
    const body = `${status.slice(4).toLowerCase()}: ${String(err.code ?? 'malformed request').replace(/[^\w.-]/g, '')}\n`;
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Security-Policy: ${CONTENT_SECURITY_POLICY}\r\n` +
        `X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\nX-Frame-Options: DENY\r\nConnection: close\r\n\r\n${body}`,
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    server,
    port,
    url: `http://${hostForUrl}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
