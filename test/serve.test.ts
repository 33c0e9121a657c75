// newskg serve: the SPARQL 1.1 Protocol endpoint (GET, POST form, POST sparql-query, content
// negotiation), and its hardening: updates refused, parser messages, time limit, row cap, body
// limit, static files confined to the viewer folder, security headers, no CORS unless asked,
// loopback binding and Host checking. Runs the built CLI (test/global-setup.ts compiles it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiate, GRAPH_OFFERS, TABLE_OFFERS } from '../src/serve/negotiate.js';
import { nestingDepth } from '../src/serve/server.js';
import { classifyOperation } from '../src/store/prologue.js';
import { CLI, type Served, serve } from './browser/serve.js';
import { resultsAsOxigraphStores } from './conformance-oxigraph.js';
import type { JsonResults } from '../src/store/results.js';

const PREFIXES = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX schema: <http://schema.org/>\nPREFIX nkg: <https://w3id.org/newskg#>\n';
const FRANCE = 'https://w3id.org/newskg/id/country/france';
const LABELS = `${PREFIXES}SELECT ?label WHERE { <${FRANCE}> rdfs:label ?label }`;
/** The same lookup outside the index's subset (GRAPH), so a query worker must answer it: for tests of the queue. */
const LABELS_IN_WORKER = `${PREFIXES}SELECT ?label WHERE { GRAPH ?g { <${FRANCE}> rdfs:label ?label } }`;
/** ~1400³ solutions: far past any time limit */
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request: the path is sent exactly as given (no URL normalization). */
function http(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean; localAddress?: string } = {}): Promise<Reply> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined && !options.chunked) headers['Content-Length'] = String(Buffer.byteLength(options.body));
    const req = request({ host: u.hostname, port: u.port, path, method: options.method ?? 'GET', headers, localAddress: options.localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      // the server may close a too-large upload before reading it all
      if (e.code === 'EPIPE' || e.code === 'ECONNRESET') resolve({ status: -1, headers: {}, body: e.code });
      else reject(e);
    });
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const get = (s: Served, query: string, accept?: string) => http(s.url, `/sparql?query=${encodeURIComponent(query)}`, { headers: accept ? { Accept: accept } : {} });
/**
 * `get` once the server has a worker free: a test after one that filled the queue must not read its
 * 503, nor the reset of a kept-alive socket the server closed meanwhile (-1).
 */
async function getWhenFree(s: Served, query: string): Promise<Awaited<ReturnType<typeof get>>> {
  for (let tries = 0; ; tries++) {
    const r = await get(s, query);
    if ((r.status !== 503 && r.status !== -1) || tries >= 60) return r;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
/** The ?label column of a SELECT's JSON answer. */
const labelsOf = (r: Reply): string[] => (JSON.parse(r.body) as JsonResults).results!.bindings.map((b) => b.label!.value);
const serverInfo = async (s: Served) => JSON.parse((await http(s.url, '/api/info')).body) as { queryWorkersLoaded: boolean; quads: number | null; triples: number | null };
const postForm = (s: Served, form: Record<string, string>, accept?: string) =>
  http(s.url, '/sparql', { method: 'POST', body: new URLSearchParams(form).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(accept ? { Accept: accept } : {}) } });
const postQuery = (s: Served, query: string, accept?: string) =>
  http(s.url, '/sparql', { method: 'POST', body: query, headers: { 'Content-Type': 'application/sparql-query', ...(accept ? { Accept: accept } : {}) } });

/** A server answering from its triple index (France's label) and giving the viewer its data. */
async function expectIndexAndViewer(s: Served): Promise<void> {
  const labels = await get(s, LABELS);
  expect(labels.status).toBe(200);
  expect(labelsOf(labels)).toEqual(['France']);
  expect((await http(s.url, '/api/viewer-graph')).status).toBe(200);
}

function expectSecurityHeaders(r: Reply): void {
  const csp = String(r.headers['content-security-policy']);
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(r.headers['x-content-type-options']).toBe('nosniff');
  expect(r.headers['referrer-policy']).toBe('no-referrer');
  expect(r.headers['x-frame-options']).toBe('DENY');
}

function expectNoCors(r: Reply): void {
  for (const h of Object.keys(r.headers)) expect(h.startsWith('access-control-')).toBe(false);
}

let work: string;
let viewer: string;
let server: Served;
let corsServer: Served;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'newskg-serve-test-'));
  // a stand-in viewer folder, with a secret beside it and links that lead out of it
  viewer = join(work, 'viewer');
  mkdirSync(join(viewer, 'assets'), { recursive: true });
  writeFileSync(join(viewer, 'index.html'), '<!doctype html><title>viewer</title>');
  writeFileSync(join(viewer, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(viewer, '.env'), 'HIDDEN');
  writeFileSync(join(work, 'secret.txt'), 'TOP SECRET');
  symlinkSync(join(work, 'secret.txt'), join(viewer, 'secret-link.txt'));
  symlinkSync(work, join(viewer, 'outside'));
  [server, corsServer] = await Promise.all([
    serve(['data/articles', '--viewer', viewer, '--timeout', '1', '--max-rows', '1000', '--query-workers', '2', '--quiet']),
    serve(['data/articles', '--viewer', viewer, '--cors', 'https://example.org', '--quiet']),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.stop(), corsServer?.stop()]);
  rmSync(work, { recursive: true, force: true });
});

describe('SPARQL protocol', () => {
  it('answers GET ?query= with SPARQL JSON results', async () => {
    const r = await get(server, LABELS);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/sparql-results\+json/);
    const json = JSON.parse(r.body) as { head: { vars: string[] }; results: { bindings: { label: { value: string } }[] } };
    expect(json.head.vars).toEqual(['label']);
    expect(json.results.bindings.map((b) => b.label.value)).toEqual(['France']);
    expectSecurityHeaders(r);
  });

  it('answers POST as application/x-www-form-urlencoded and as application/sparql-query', async () => {
    for (const r of [await postForm(server, { query: LABELS }), await postQuery(server, LABELS)]) {
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body).results.bindings[0].label.value).toBe('France');
    }
  });

  it('answers the contract queries from the triple index, row for row as oxigraph answers them', async () => {
    const contract = join(import.meta.dirname, '..', '..', 'shared', 'contract');
    if (!existsSync(contract)) {
      console.log(`skipped: ${contract} is absent (the team's shared data sits beside the project)`);
      return;
    }
    // Every graph named as a default graph: the same union, but a dataset the index does not answer for.
    const graphs = JSON.parse((await get(server, 'SELECT DISTINCT ?g WHERE { GRAPH ?g { } }')).body) as { results: { bindings: { g: { value: string } }[] } };
    const dataset = new URLSearchParams(graphs.results.bindings.map((b) => ['default-graph-uri', b.g.value]));
    // literals as oxigraph stores them: it alone rewrites xsd:nonNegativeInteger as xsd:integer
    const rows = (r: Reply) => (resultsAsOxigraphStores(JSON.parse(r.body) as JsonResults).results?.bindings ?? []).map((b) => JSON.stringify(Object.keys(b).sort().map((k) => [k, b[k]]))).sort();
    for (const name of readdirSync(contract).filter((f) => f.endsWith('.rq'))) {
      const query = readFileSync(join(contract, name), 'utf8');
      const fast = await postQuery(server, query, 'application/sparql-results+json');
      const slow = await http(server.url, `/sparql?query=${encodeURIComponent(query)}&${dataset}`, { headers: { Accept: 'application/sparql-results+json' } });
      expect([name, fast.status, fast.headers['x-query-engine']]).toEqual([name, 200, 'index']);
      expect([name, slow.status, slow.headers['x-query-engine']]).toEqual([name, 200, 'oxigraph']);
      expect(rows(fast).length, name).toBeGreaterThan(0);
      expect(rows(fast), name).toEqual(rows(slow));
    }
  });

  it('sees the union of the named graphs as its default graph, and GRAPH ?g each one', async () => {
    const r = await get(server, `${PREFIXES}SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { <${FRANCE}> rdfs:label ?l } }`);
    expect(JSON.parse(r.body).results.bindings[0].n.value).toBe('1');
  });

  it('answers CONSTRUCT in RDF/XML, and 406 with what to ask for when RDF/XML cannot write the graph', async () => {
    const ok = await get(server, `${PREFIXES}CONSTRUCT { <${FRANCE}> rdfs:label ?l } WHERE { <${FRANCE}> rdfs:label ?l }`, 'application/rdf+xml');
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^application\/rdf\+xml/);
    expect(ok.body).toContain('France');
    const bad = await get(server, 'CONSTRUCT { <http://a/s> <http://x/1> "v" } WHERE {}', 'application/rdf+xml');
    expect(bad.status).toBe(406);
    expect(bad.body).toMatch(/^RDF\/XML cannot write the predicate <http:\/\/x\/1>.*; ask for text\/turtle or application\/n-triples/);
  });

  it('negotiates CSV and TSV for SELECT', async () => {
    const csv = await get(server, `${LABELS}`, 'text/csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toBe('label\r\nFrance\r\n');
    const tsv = await get(server, `${PREFIXES}SELECT ?e ?label WHERE { BIND(<${FRANCE}> AS ?e) ?e rdfs:label ?label }`, 'text/tab-separated-values');
    expect(tsv.headers['content-type']).toMatch(/^text\/tab-separated-values/);
    expect(tsv.body).toBe(`?e\t?label\n<${FRANCE}>\t"France"\n`);
    // q-values: CSV preferred over JSON
    const q = await get(server, LABELS, 'application/sparql-results+json;q=0.5, text/csv');
    expect(q.headers['content-type']).toMatch(/^text\/csv/);
  });

  it('negotiates SPARQL XML results, the default of SPARQLWrapper and rdflib (SELECT and ASK)', async () => {
    const xml = await get(server, LABELS, 'application/sparql-results+xml');
    expect(xml.status).toBe(200);
    expect(xml.headers['content-type']).toMatch(/^application\/sparql-results\+xml/);
    expect(xml.body).toContain('<head><variable name="label"/></head>');
    expect(xml.body).toContain('<result><binding name="label"><literal>France</literal></binding></result>');
    const ask = await get(server, `ASK { <${FRANCE}> ?p ?o }`, 'application/sparql-results+xml');
    expect(ask.body).toContain('<boolean>true</boolean>');
  });

  it('answers ASK as a boolean', async () => {
    const r = await get(server, `ASK { <${FRANCE}> ?p ?o }`);
    expect(JSON.parse(r.body)).toEqual({ head: {}, boolean: true });
  });

  it('writes CONSTRUCT and DESCRIBE as Turtle, or N-Triples by Accept', async () => {
    const construct = `${PREFIXES}CONSTRUCT { ?e rdfs:label ?l } WHERE { BIND(<${FRANCE}> AS ?e) ?e rdfs:label ?l }`;
    const ttl = await get(server, construct);
    expect(ttl.status).toBe(200);
    expect(ttl.headers['content-type']).toMatch(/^text\/turtle/);
    expect(new Parser({ format: 'text/turtle' }).parse(ttl.body)).toHaveLength(1);
    const nt = await get(server, construct, 'application/n-triples');
    expect(nt.headers['content-type']).toMatch(/^application\/n-triples/);
    expect(nt.body.trim()).toBe(`<${FRANCE}> <http://www.w3.org/2000/01/rdf-schema#label> "France" .`);
    const describe = await postQuery(server, `DESCRIBE <${FRANCE}>`, 'text/turtle');
    expect(describe.status).toBe(200);
    expect(describe.body).toContain('wd:Q142');
  });

  it('answers 406 when no acceptable format fits the query form', async () => {
    const r = await get(server, LABELS, 'image/png');
    expect(r.status).toBe(406);
    expect(r.body).toContain('application/sparql-results+json');
    expect((await get(server, `CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1`, 'text/csv')).status).toBe(406);
  });

  it('serves the example queries and the whole graph', async () => {
    const q = await http(server.url, '/queries');
    const examples = JSON.parse(q.body) as { name: string; query: string }[];
    expect(examples.map((e) => e.name)).toContain('pledges');
    const g = await http(server.url, '/graph');
    expect(g.headers['content-type']).toMatch(/^application\/n-quads/);
    expect(new Parser({ format: 'application/n-quads' }).parse(g.body).length).toBeGreaterThan(1000);
  });
});

describe('read-only', () => {
  const inserted = 'ASK { <http://example.org/evil> ?p ?o }';
  it.each([
    ['INSERT DATA', 'INSERT DATA { <http://example.org/evil> <http://example.org/p> 1 }'],
    ['DELETE WHERE', 'DELETE WHERE { ?s ?p ?o }'],
    ['after comments and a prologue', '# SELECT * WHERE {}\nPREFIX ex: <http://example.org/select>\nBASE <http://example.org/>\nDELETE { ?s ?p ?o } WHERE { ?s ?p ?o }'],
    ['LOAD', 'LOAD <http://example.org/data.ttl>'],
    ['CLEAR', 'CLEAR ALL'],
    ['DROP', 'drop graph <http://example.org/g>'],
    ['WITH', 'WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }'],
  ])('refuses %s with 403', async (_, update) => {
    for (const r of [await get(server, update), await postQuery(server, update), await postForm(server, { query: update })]) {
      expect(r.status).toBe(403);
      expect(r.body).toMatch(/read-only/);
      expectSecurityHeaders(r);
    }
  });

  it('refuses the update parameter and application/sparql-update', async () => {
    const update = 'INSERT DATA { <http://example.org/evil> <http://example.org/p> 1 }';
    expect((await postForm(server, { update })).status).toBe(403);
    expect((await http(server.url, `/sparql?update=${encodeURIComponent(update)}`)).status).toBe(403);
    const r = await http(server.url, '/sparql', { method: 'POST', body: update, headers: { 'Content-Type': 'application/sparql-update' } });
    expect(r.status).toBe(403);
  });

  it('does not run an update hidden after a query', async () => {
    const r = await get(server, 'SELECT * WHERE { ?s ?p ?o } LIMIT 1 ; INSERT DATA { <http://example.org/evil> <http://example.org/p> 1 }');
    expect(r.status).toBe(400);
    const ask = await get(server, inserted);
    expect(JSON.parse(ask.body).boolean).toBe(false);
  });

  it('reads "INSERT" inside a string or a prefixed name as data, not as an update', async () => {
    const r = await get(server, 'PREFIX insert: <http://example.org/> SELECT ("INSERT DATA" AS ?x) WHERE {}');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).results.bindings[0].x.value).toBe('INSERT DATA');
  });

  it('refuses other methods', async () => {
    const r = await http(server.url, '/sparql', { method: 'PUT', body: 'x', headers: { 'Content-Type': 'text/turtle' } });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toContain('POST');
    expect((await http(server.url, '/index.html', { method: 'DELETE' })).status).toBe(405);
    expect((await http(server.url, '/sparql', { method: 'POST', body: 'query=x', headers: { 'Content-Type': 'text/plain' } })).status).toBe(415);
  });
});

describe('errors and limits', () => {
  it('answers malformed HTTP with 400 and the parser\'s code in the body, with the security headers', async () => {
    const { connect } = await import('node:net');
    const u = new URL(server.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(u.port), u.hostname, () => socket.write('NOT/HTTP\r\n\r\n'));
      let got = '';
      socket.on('data', (d) => (got += d.toString('utf8')));
      socket.on('end', () => resolve(got));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(raw).toMatch(/X-Content-Type-Options: nosniff/);
    expect(raw.split('\r\n\r\n')[1]).toMatch(/^bad request: HPE_\w+\n$/);
  });

  it('answers a malformed query with 400 and the parser message', async () => {
    const r = await get(server, 'SELECT ?x WHERE { ?x ?y }');
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toMatch(/^text\/plain/);
    expect(r.body).toMatch(/^SPARQL syntax error at line 1, column \d+: ./);
    expectSecurityHeaders(r);
    const undeclared = await get(server, 'SELECT * WHERE { ?s nope:p ?o }');
    expect(undeclared.status).toBe(400);
    expect(undeclared.body).toMatch(/undeclared prefix "nope:"/);
    expect((await http(server.url, '/sparql')).status).toBe(400);
  });

  it('stops a query that runs past --timeout with 503, and answers the next one', async () => {
    const t0 = Date.now();
    const r = await get(server, SLOW);
    expect(r.status).toBe(503);
    expect(r.body).toMatch(/timed out after 1 s/);
    expect(Date.now() - t0).toBeLessThan(10_000);
    const next = await get(server, LABELS);
    expect(next.status).toBe(200);
    expect(JSON.parse(next.body).results.bindings[0].label.value).toBe('France');
  });

  it('answers fast queries sent while a slow one runs before the slow one ends (a pool of query workers)', async () => {
    // With one worker the fast queries would wait behind the slow one until its timeout. The order
    // of completion is what is checked, not how long anything took: the server with the default
    // 10 s limit leaves the slow query running long after the fast ones, however loaded the machine.
    const done: string[] = [];
    const slow = get(corsServer, SLOW).then((r) => (done.push('slow'), r));
    slow.catch(() => undefined); // the server may be stopped before the slow query ends
    const fast: Reply[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await get(corsServer, LABELS);
      done.push(`fast ${i}`);
      fast.push(r);
    }
    expect(done).toEqual(['fast 1', 'fast 2', 'fast 3']);
    for (const r of fast) expect(JSON.parse(r.body).results.bindings[0].label.value).toBe('France');
  });

  it('answers ASK {} and lookups from the index at once while six slow queries hold every worker and the queue', async () => {
    // Order, not time: the six products (outside the index's subset) run or wait until the 1 s limit
    // ends each, and the lookups must all come back before the first of them does.
    const done: string[] = [];
    const slow = Array.from({ length: 6 }, () => get(server, SLOW).then((r) => (done.push('slow'), r)));
    const quick: Reply[] = [];
    for (const q of ['ASK {}', LABELS, 'ASK {}']) {
      quick.push(await get(server, q));
      done.push('quick');
    }
    expect(done).toEqual(['quick', 'quick', 'quick']);
    expect(quick.map((r) => [r.status, r.headers['x-query-engine']])).toEqual([[200, 'index'], [200, 'index'], [200, 'index']]);
    expect(JSON.parse(quick[0]!.body).boolean).toBe(true);
    expect(JSON.parse(quick[1]!.body).results.bindings[0].label.value).toBe('France');
    for (const r of await Promise.all(slow)) expect(r.status).toBe(503);
  });

  it('replaces each timed-out worker without losing the others: two slow queries at once, then the pool answers', async () => {
    const [a, b] = await Promise.all([get(server, SLOW), get(server, SLOW)]);
    expect([a.status, b.status]).toEqual([503, 503]);
    // while the two fresh workers load the graph, a query may wait past the 1 s limit: it is told to retry
    const answers = await Promise.all([1, 2, 3, 4].map(() => getWhenFree(server, LABELS)));
    for (const r of answers) expect(r.status).toBe(200);
    expect(JSON.parse((await http(server.url, '/api/info')).body).queryWorkers).toBe(2);
  });

  it('refuses a query nested past the limit before any worker sees it, and keeps answering', async () => {
    const deep = `ASK { FILTER(${'('.repeat(5000)}1${')'.repeat(5000)}) }`;
    const r = await getWhenFree(server, deep);
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/^the query nests 5002 levels of brackets, more than this server's limit of 64/);
    const ask = await getWhenFree(server, 'ASK {}');
    expect(ask.status).toBe(200);
  });

  it('counts the time limit from arrival: a query that waits for a worker past it is answered 503', async () => {
    // both workers busy past the 1 s limit; the third query never gets a worker in time
    await getWhenFree(server, 'ASK {}'); // both workers up after the tests before
    const answers = await Promise.all([get(server, SLOW), get(server, SLOW), new Promise<Reply>((resolve) => setTimeout(() => resolve(get(server, LABELS_IN_WORKER)), 100))]);
    expect(answers.map((a) => a.status)).toEqual([503, 503, 503]);
    expect(answers[2]!.body).toMatch(/waited past 1 s for a free worker/);
  });

  it('drops a waiting query whose client hangs up', async () => {
    const s = await serve(['data/articles', '--timeout', '30', '--query-workers', '1', '--quiet']);
    try {
      const slow = get(s, SLOW);
      slow.catch(() => undefined);
      const waiting = () => http(s.url, '/api/info').then((r) => JSON.parse(r.body).queriesWaiting as number);
      const hungUp = [1, 2, 3, 4, 5].map(() => {
        const u = new URL(s.url);
        const req = request({ host: u.hostname, port: u.port, path: `/sparql?query=${encodeURIComponent(LABELS_IN_WORKER)}`, agent: false });
        req.on('error', () => undefined);
        req.end();
        return req;
      });
      for (let i = 0; i < 200 && (await waiting()) < 5; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await waiting()).toBe(5);
      for (const req of hungUp) req.destroy();
      for (let i = 0; i < 200 && (await waiting()) > 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await waiting()).toBe(0);
    } finally {
      await s.stop();
    }
  });

  it('answers ASK {} while 70 slow queries are sent and abandoned, and drops the abandoned ones', async () => {
    const s = await serve(['data/articles', '--timeout', '30', '--query-workers', '1', '--quiet']);
    try {
      const waiting = () => http(s.url, '/api/info').then((r) => JSON.parse(r.body).queriesWaiting as number);
      const u = new URL(s.url);
      const abandoned = Array.from({ length: 70 }, () => {
        const req = request({ host: u.hostname, port: u.port, path: `/sparql?query=${encodeURIComponent(SLOW)}`, agent: false });
        req.on('error', () => undefined);
        req.end();
        return req;
      });
      // one runs, a client's share (16 of 64) waits, the rest are refused at once
      for (let i = 0; i < 200 && (await waiting()) < 16; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await waiting()).toBe(16);
      const during = await get(s, 'ASK {}');
      expect([during.status, JSON.parse(during.body).boolean]).toEqual([200, true]);
      for (const req of abandoned) req.destroy();
      for (let i = 0; i < 200 && (await waiting()) > 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await waiting()).toBe(0);
      const after = await get(s, 'ASK {}');
      expect([after.status, JSON.parse(after.body).boolean]).toEqual([200, true]);
    } finally {
      await s.stop();
    }
  }, 120_000);

  it('shares the workers fairly between clients: a client with 20 queries waiting is held to its share, and another client goes next', async () => {
    // two clients by their addresses (all of 127/8 is this machine); one worker, busy for a second
    // or two with a product of the graph with itself while the queue fills
    const s = await serve(['data/articles', '--timeout', '60', '--query-workers', '1', '--quiet']);
    try {
      const from = (address: string, query: string) => http(s.url, `/sparql?query=${encodeURIComponent(query)}`, { localAddress: address });
      const waiting = () => http(s.url, '/api/info').then((r) => JSON.parse(r.body).queriesWaiting as number);
      const busy = from('127.0.0.2', 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }');
      const order: string[] = [];
      const floods = Array.from({ length: 20 }, (_, i) => from('127.0.0.2', LABELS_IN_WORKER).then((r) => (order.push(`a${i}:${r.status}`), r)));
      for (let i = 0; i < 200 && (await waiting()) < 16; i++) await new Promise((r) => setTimeout(r, 20));
      const other = from('127.0.0.3', LABELS_IN_WORKER).then((r) => (order.push(`b:${r.status}`), r));
      const answers = await Promise.all(floods);
      expect((await other).status).toBe(200);
      expect((await busy).status).toBe(200);
      // a quarter of the 64 waiting places per client: 16 wait, 4 are refused at once
      expect(answers.filter((r) => r.status === 200)).toHaveLength(16);
      const refused = answers.filter((r) => r.status === 503);
      expect(refused).toHaveLength(4);
      expect(refused[0]!.body).toMatch(/^too many of your queries waiting \(16, this server's share per client\)/);
      // the other client's query was answered before any of the 16 that waited before it
      expect(order.filter((o) => o.endsWith(':200'))[0]).toBe('b:200');
    } finally {
      await s.stop();
    }
  }, 120_000);

  it('refuses a --query-workers that is not a whole number from 1 to 64 (usage error, exit 2)', () => {
    for (const bad of ['0', '65', '1.5', 'many']) {
      const r = spawnSync(process.execPath, [CLI, 'serve', '--query-workers', bad, '--port', '0'], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^newskg: serve: --query-workers .* (?:whole number|not a whole number)/);
    }
  });

  it('refuses results past --max-rows with a clear error', async () => {
    const r = await getWhenFree(server, 'SELECT * WHERE { ?s ?p ?o }');
    expect(r.status).toBe(422);
    expect(r.body).toMatch(/more than the server's limit of 1000 \(--max-rows\)/);
    const g = await get(server, 'CONSTRUCT WHERE { ?s ?p ?o }');
    expect(g.status).toBe(422);
    expect(g.body).toMatch(/triples, more than the server's limit of 1000/);
    const ok = await get(server, 'SELECT * WHERE { ?s ?p ?o } LIMIT 1000');
    expect(ok.status).toBe(200);
    expect(ok.headers['x-result-rows']).toBe('1000');
  });

  it('refuses request bodies over the limit with 413', async () => {
    const big = `query=${'#'.repeat(1024 * 1024 + 10)}`;
    const r = await http(server.url, '/sparql', { method: 'POST', body: big, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(r.status).toBe(413);
    expect(r.body).toMatch(/too large/);
    // without a Content-Length (chunked), counted as it arrives
    const chunked = await http(server.url, '/sparql', { method: 'POST', body: big, chunked: true, headers: { 'Content-Type': 'application/sparql-query', 'Transfer-Encoding': 'chunked' } });
    expect(chunked.status).toBe(413);
    // still serving
    expect((await get(server, LABELS)).status).toBe(200);
  });
});

describe('static files', () => {
  it('serves the viewer with security headers', async () => {
    const r = await http(server.url, '/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).toContain('<title>viewer</title>');
    expectSecurityHeaders(r);
    expect((await http(server.url, '/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%252e%252e/secret.txt',
    '/secret-link.txt',
    '/outside/secret.txt',
    '/.env',
    '/assets/%00',
    '/%c0%ae%c0%ae/secret.txt',
    '//etc/passwd',
  ])('refuses %s', async (path) => {
    const r = await http(server.url, path);
    expect([400, 403, 404]).toContain(r.status);
    expect(r.body).not.toContain('TOP SECRET');
    expect(r.body).not.toContain('HIDDEN');
    expectSecurityHeaders(r);
  });

  it('answers 404 with the security headers', async () => {
    const r = await http(server.url, '/nope.js');
    expect(r.status).toBe(404);
    expectSecurityHeaders(r);
  });
});

describe('nestingDepth: brackets that count, and text that does not', () => {
  it.each([
    ['ASK {}', 1],
    ['SELECT * WHERE { ?s ?p ?o FILTER((?o > 1)) }', 3],
    ['SELECT * WHERE { ?s ?p "((((" }', 1],
    ["SELECT * WHERE { ?s ?p '''{{{\n{{''' }", 1],
    ['# ((((\nASK {}', 1],
    ['SELECT * WHERE { ?s <http://x/(a)/b> ?o }', 1],
    ['SELECT * WHERE { ?s ?p ?o FILTER(?o<3 && ?o > (1)) }', 3],
    ['SELECT * WHERE { ?s ?p [ ?q [ ?r ?o ] ] }', 3],
    ['SELECT * WHERE { ?s ?p "a\\"(" FILTER(1) }', 2],
  ])('%j → %i', (query, depth) => {
    expect(nestingDepth(query)).toBe(depth);
  });
});

describe('network exposure', () => {
  it('sends no CORS headers by default', async () => {
    const r = await get(server, LABELS, undefined);
    expectNoCors(r);
    const withOrigin = await http(server.url, `/sparql?query=${encodeURIComponent(LABELS)}`, { headers: { Origin: 'https://evil.example' } });
    expect(withOrigin.status).toBe(403);
    expectNoCors(withOrigin);
    const preflight = await http(server.url, '/sparql', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expectNoCors(preflight);
  });

  // Another site's page in the user's browser can send a form POST or a GET without preflight: it
  // cannot read the answer, but it could keep the workers busy; so such requests get no work.
  it.each([
    ['a form POST from another site', 'POST', { Origin: 'https://evil.example' }, 403],
    ['a GET from another site', 'GET', { Origin: 'https://evil.example' }, 403],
    ['a GET a browser marks cross-site, without Origin', 'GET', { 'Sec-Fetch-Site': 'cross-site' }, 403],
    ['a GET from the viewer itself', 'GET', { 'Sec-Fetch-Site': 'same-origin' }, 200],
    ['a form POST from the server\'s own origin', 'POST', { Origin: 'SELF' }, 200],
    ['a request without Origin (curl, SPARQL clients)', 'POST', {}, 200],
  ])('%s → %i', async (_name, method, headers, status) => {
    const h: Record<string, string> = { ...headers };
    if (h.Origin === 'SELF') h.Origin = server.url.replace(/\/$/, '');
    const r = method === 'POST'
      ? await http(server.url, '/sparql', { method, body: new URLSearchParams({ query: LABELS }).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...h } })
      : await http(server.url, `/sparql?query=${encodeURIComponent(LABELS)}`, { headers: h });
    expect(r.status).toBe(status);
    if (status === 403) expect(r.body).toMatch(/^cross-site request refused \(from .+\): start serve with --cors /);
  });

  it('sends CORS headers for the --cors origin only', async () => {
    const ok = await http(corsServer.url, `/sparql?query=${encodeURIComponent(LABELS)}`, { headers: { Origin: 'https://example.org' } });
    expect(ok.headers['access-control-allow-origin']).toBe('https://example.org');
    const preflight = await http(corsServer.url, '/sparql', { method: 'OPTIONS', headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    const other = await http(corsServer.url, `/sparql?query=${encodeURIComponent(LABELS)}`, { headers: { Origin: 'https://evil.example' } });
    expect(other.status).toBe(403);
    expectNoCors(other);
    const form = await http(corsServer.url, '/sparql', { method: 'POST', body: new URLSearchParams({ query: LABELS }).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://example.org' } });
    expect(form.status).toBe(200);
  });

  it('binds 127.0.0.1 by default', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const port = new URL(server.url).port;
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      const r = await http(`http://${external.address}:${port}/`, '/').catch((e: NodeJS.ErrnoException) => ({ status: e.code }));
      expect(r.status).toBe('ECONNREFUSED');
    }
  });

  it('answers only to a loopback Host (DNS rebinding)', async () => {
    const r = await http(server.url, '/', { headers: { Host: `evil.example:${new URL(server.url).port}` } });
    expect(r.status).toBe(403);
    expect((await http(server.url, '/', { headers: { Host: `localhost:${new URL(server.url).port}` } })).status).toBe(200);
  });
});

describe('operation classifier and content negotiation', () => {
  it('classifies queries and updates past comments and the prologue', () => {
    expect(classifyOperation('SELECT * {}')).toEqual({ kind: 'query', form: 'SELECT' });
    expect(classifyOperation('\uFEFF# c\nPREFIX : <http://x/>\nBASE <http://y/>\n  construct WHERE {}')).toEqual({ kind: 'query', form: 'CONSTRUCT' });
    expect(classifyOperation('PREFIX select: <http://x/> INSERT DATA {}')).toEqual({ kind: 'update', keyword: 'INSERT' });
    expect(classifyOperation('#SELECT\nclear default')).toEqual({ kind: 'update', keyword: 'CLEAR' });
    expect(classifyOperation('SELEC * {}')).toEqual({ kind: 'unknown' });
    expect(classifyOperation('')).toEqual({ kind: 'unknown' });
    expect(classifyOperation('PREFIX x <http://x/> SELECT')).toEqual({ kind: 'unknown' });
  });

  it('follows q-values and specificity', () => {
    expect(negotiate(undefined, TABLE_OFFERS)?.format).toBe('json');
    expect(negotiate('*/*', GRAPH_OFFERS)?.format).toBe('turtle');
    expect(negotiate('text/*;q=0.9, application/sparql-results+json;q=0.1', TABLE_OFFERS)?.format).toBe('csv');
    expect(negotiate('application/n-triples, text/turtle;q=0.5', GRAPH_OFFERS)?.format).toBe('ntriples');
    expect(negotiate('text/csv;q=0', TABLE_OFFERS)).toBeUndefined();
    expect(negotiate('*/*, text/csv;q=0', TABLE_OFFERS)?.format).toBe('json');
  });
});

describe('one pipeline: serve builds articles as newskg build does', () => {
  it('links a surname to the person another article names in full (cross-article linking), one node as from build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newskg-serve-linking-'));
    writeFileSync(join(dir, 'a.txt'), 'Talks in Oslo\n\nNorwegian Prime Minister Ingrid Halvorsen said on Monday that Norway would send aid to Chile.');
    writeFileSync(join(dir, 'b.txt'), 'Aid arrives\n\nMs Halvorsen said on Tuesday that Norway had kept its word to Chile.');
    const s = await serve([dir, '--quiet']);
    try {
      const r = await get(s, `${PREFIXES}SELECT DISTINCT ?p WHERE { ?a schema:mentions ?p . ?p a schema:Person ; rdfs:label ?l FILTER(CONTAINS(?l, "Halvorsen")) }`);
      const people = JSON.parse(r.body).results.bindings.map((b: { p: { value: string } }) => b.p.value);
      expect(people).toEqual(['https://w3id.org/newskg/id/person/ingrid-halvorsen']);
    } finally {
      await s.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an early server: open on its index and the viewer data while the query workers load', () => {
  it('answers the index and the viewer at once, queries outside the index once the workers hold the graph, and says when they do', async () => {
    const s = await serve(['data/articles', '--timeout', '30'], { early: true });
    try {
      // at once, whatever the workers are doing: the index's subset and the viewer's data
      const labels = await get(s, LABELS);
      expect(labels.status).toBe(200);
      expect(labelsOf(labels)).toEqual(['France']);
      const viewerGraph = await http(s.url, '/api/viewer-graph');
      expect(viewerGraph.status).toBe(200);
      const whole = JSON.parse(viewerGraph.body) as { part?: string; entities: { iri: string; label: string }[] };
      expect(whole.part).toBeUndefined();
      expect(whole.entities.some((e) => e.label === 'Emmanuel Macron')).toBe(true);
      // the default view alone, which a page draws first: fewer actors, each with its whole-graph strength
      const core = JSON.parse((await http(s.url, '/api/viewer-graph?part=core')).body) as { part?: string; entities: { iri: string; label: string; statements?: number; degree?: number }[] };
      expect(core.part).toBe('core');
      expect(core.entities.length).toBeGreaterThan(5);
      expect(core.entities.length).toBeLessThan(whole.entities.length);
      expect(core.entities.every((e) => whole.entities.some((w) => w.iri === e.iri) && e.statements! > 0 && e.degree! > 0)).toBe(true);
      const unknown = await http(s.url, '/api/viewer-graph?part=all');
      expect([unknown.status, unknown.body]).toEqual([400, expect.stringMatching(/unknown part "all"/)]);
      // outside the index: an answer, or while loading a 503 that says so
      const first = await get(s, LABELS_IN_WORKER);
      if (first.status === 503) {
        expect(first.body).toMatch(/still loading the graph/);
        expect(first.headers['retry-after']).toBe('10');
      } else expect(first.status).toBe(200);
      const later = await getWhenFree(s, LABELS_IN_WORKER);
      expect(later.status).toBe(200);
      expect(labelsOf(later)).toEqual(['France']);
      // one worker answered; the others may still be loading, and /api/info says so until every one holds the graph
      let info = await serverInfo(s);
      for (let tries = 0; !info.queryWorkersLoaded && tries < 120; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        info = await serverInfo(s);
      }
      expect(info.queryWorkersLoaded).toBe(true);
      expect(info.quads).toBeGreaterThan(1000);
      expect(s.stderr()).toMatch(/query workers ready: \d+ quads loaded in [\d.]+ s/);
    } finally {
      await s.stop();
    }
  });
});

describe('a graph larger than oxigraph is given (--max-quads): served from its index only', () => {
  it('answers the index and the viewer, refuses the rest of SPARQL with what to do, and loads no quads into oxigraph', async () => {
    const s = await serve(['data/articles', '--max-quads', '100']);
    try {
      await expectIndexAndViewer(s);
      const other = await get(s, LABELS_IN_WORKER);
      expect(other.status).toBe(501);
      expect(other.body).toMatch(/answers only the queries its triple index can .*: its [\d,]+ quads are more than the embedded engine is given \(100, --max-quads\); publish the graph to a SPARQL store/);
      expect((await http(s.url, '/graph')).status).toBe(404);
      expect(s.stderr()).toMatch(/quads are more than the embedded engine is given \(100, --max-quads\): the query workers answer from its triple index only/);
    } finally {
      await s.stop();
    }
  });
});

describe('a graph the index reads and the query workers cannot load', () => {
  it('is served from its index and viewer data, says why the rest of SPARQL is refused, and does not ask to retry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newskg-serve-unloadable-'));
    const graph = join(dir, 'graph.nt');
    const r = spawnSync(process.execPath, [CLI, 'build', 'data/articles', '--out', graph, '--quiet', '--no-index'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // a percent sign without two hex digits: n3 (and so the index) reads the IRI, oxigraph refuses it
    writeFileSync(graph, `${readFileSync(graph, 'utf8')}<http://ex.org/a%zz> <http://ex.org/p> "x" .\n`);
    const s = await serve([graph, '--quiet'], { early: true });
    try {
      await expectIndexAndViewer(s);
      // a 503 while the workers still try to load, then the refusal
      const other = await getWhenFree(s, LABELS_IN_WORKER);
      expect(other.status).toBe(501);
      expect(other.headers['retry-after']).toBeUndefined();
      expect(other.body).toMatch(/the graph could not be loaded into the query engine: .*Invalid IRI percent encoding '%zz'.*publish the graph to a SPARQL store/);
      const info = await serverInfo(s);
      expect(info.queryWorkersLoaded).toBe(false);
      expect(info.triples).toBeGreaterThan(1000);
    } finally {
      await s.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
