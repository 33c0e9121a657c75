// A SPARQL 1.1 Protocol client: queries sent by POST (application/sparql-query, "direct"), by
// URL-encoded POST ("form") or by GET, with Accept set by the query form; answers turned into the
// embedded store's shapes (JsonResults for SELECT/ASK, RDF/JS quads for CONSTRUCT/DESCRIBE).
//
// Virtuoso 7 never answers a direct POST (openlink/virtuoso-opensource#842: the request hangs), so
// the default method, `auto`, asks the endpoint with a HEAD request who it is, and uses the form
// POST for Virtuoso and the direct POST for everyone else.
import type * as RDF from '@rdfjs/types';
import { Parser } from 'n3';
import oxigraph from 'oxigraph';
import type { JsonResults } from '../store/results.js';
import { RemoteError, displayUrl } from './errors.js';
import { type HttpClient, type HttpResponse } from './http.js';
import { normalizeResults } from './results.js';

export type QueryMethod = 'auto' | 'direct' | 'form' | 'get';
export const QUERY_METHODS: readonly QueryMethod[] = ['auto', 'direct', 'form', 'get'];

const RESULTS_JSON = 'application/sparql-results+json';
const GRAPH_ACCEPT = 'application/n-triples, text/turtle;q=0.9, application/n-quads;q=0.8, application/trig;q=0.7, application/rdf+xml;q=0.5, application/ld+json;q=0.4';

export class SparqlClient {
  private resolved?: Exclude<QueryMethod, 'auto'>;

  constructor(
    readonly endpoint: string,
    private readonly http: HttpClient,
    private readonly method: QueryMethod = 'auto',
    /** The protocol's default-graph-uri: the query's default graph is the merge of these graphs. */
    private readonly defaultGraphs: string[] = [],
  ) {
    if (method !== 'auto') this.resolved = method;
  }

  /** The method `auto` settles on (one HEAD request, the first time). */
  async queryMethod(): Promise<Exclude<QueryMethod, 'auto'>> {
    if (this.resolved) return this.resolved;
    let server = '';
    try {
      const res = await fetch(this.endpoint, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
      server = res.headers.get('server') ?? '';
    } catch {
      // unreachable: the query itself will report it properly
    }
    this.resolved = /virtuoso/i.test(server) ? 'form' : 'direct';
    return this.resolved;
  }

  /** Sends a query; returns the raw 2xx answer (throws RemoteError otherwise). */
  async send(sparql: string, accept: string): Promise<HttpResponse> {
    const method = await this.queryMethod();
    const what = 'query';
    let res: HttpResponse;
    const dataset = (params: URLSearchParams) => {
      for (const g of this.defaultGraphs) params.append('default-graph-uri', g);
      return params;
    };
    if (method === 'direct') {
      const u = new URL(this.endpoint);
      dataset(u.searchParams);
      res = await this.http.request(u.href, { method: 'POST', what, headers: { 'content-type': 'application/sparql-query; charset=utf-8', accept }, body: sparql });
    } else if (method === 'form') {
      res = await this.http.request(this.endpoint, {
        method: 'POST',
        what,
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept },
        body: dataset(new URLSearchParams({ query: sparql })).toString(),
      });
    } else {
      const u = new URL(this.endpoint);
      u.searchParams.append('query', sparql);
      dataset(u.searchParams);
      res = await this.http.request(u.href, { method: 'GET', what, headers: { accept } });
    }
    if (res.status < 200 || res.status >= 300) throw this.http.httpError(res, `the query at ${displayUrl(this.endpoint)}`);
    // Virtuoso cuts results at ResultSetMaxRows and says so only in a header
    const maxRows = res.headers.get('x-sparql-maxrows');
    if (maxRows) {
      throw new RemoteError('E_REMOTE_RESPONSE', `the endpoint cut the answer at ${maxRows} rows (X-SPARQL-MaxRows)`, {
        hint: 'page with LIMIT/OFFSET, or raise the store\'s limit (Virtuoso: [SPARQL] ResultSetMaxRows)',
      });
    }
    return res;
  }

  /** SELECT or ASK, normalized to the embedded store's JSON shape. */
  async select(sparql: string, form: 'SELECT' | 'ASK' = 'SELECT'): Promise<JsonResults> {
    const res = await this.send(sparql, `${RESULTS_JSON}, application/json;q=0.5`);
    const ct = (res.headers.get('content-type') ?? '').toLowerCase();
    if (ct && !ct.includes('json')) {
      throw new RemoteError('E_REMOTE_RESPONSE', `the endpoint answered ${ct.split(';')[0]}, not SPARQL JSON results`, {
        hint: 'check that --endpoint is a SPARQL query endpoint',
      });
    }
    return normalizeResults(res.body, form);
  }

  async ask(sparql: string): Promise<boolean> {
    return (await this.select(sparql, 'ASK')).boolean === true;
  }

  /** CONSTRUCT or DESCRIBE: the answer graph as quads (in the default graph). */
  async construct(sparql: string): Promise<RDF.Quad[]> {
    const res = await this.send(sparql, GRAPH_ACCEPT);
    const ct = (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    return parseGraphAnswer(res.body, ct);
  }
}

const N3_TYPES: Record<string, string> = {
  'application/n-triples': 'application/n-triples',
  'text/plain': 'application/n-triples',
  'text/ntriples': 'application/n-triples',
  'text/turtle': 'text/turtle',
  'application/x-turtle': 'text/turtle',
  'application/n-quads': 'application/n-quads',
  'text/x-nquads': 'application/n-quads',
  'application/trig': 'application/trig',
};
const OX_TYPES = new Set(['application/rdf+xml', 'application/ld+json']);

export function parseGraphAnswer(body: string, contentType: string): RDF.Quad[] {
  try {
    if (N3_TYPES[contentType] || contentType === '') return new Parser({ format: N3_TYPES[contentType] ?? 'text/turtle' }).parse(body) as RDF.Quad[];
    if (OX_TYPES.has(contentType)) return oxigraph.parse(body, { format: contentType }) as unknown as RDF.Quad[];
  } catch (e) {
    throw new RemoteError('E_REMOTE_RESPONSE', `the endpoint's ${contentType || 'graph'} answer does not parse: ${(e as Error).message}`);
  }
  throw new RemoteError('E_REMOTE_RESPONSE', `the endpoint answered ${contentType}, which newskg cannot read`, {
    hint: 'newskg reads N-Triples, Turtle, N-Quads, TriG, RDF/XML and JSON-LD answers',
  });
}
