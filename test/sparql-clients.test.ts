// Two SPARQL clients people use from Python, SPARQLWrapper and rdflib's SPARQLStore, against
// `newskg serve` with the clients' default settings: SPARQL XML for SELECT and ASK, RDF/XML for
// CONSTRUCT, GET requests. Each must read the rows, the boolean and the graph that the same query
// gives locally. The clients are the Debian packages python3-sparqlwrapper and python3-rdflib
// (.ci/run installs them); the test is skipped, saying why, where they are absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StringSink } from '../src/export/index.js';
import { type JsonResults, queryFiles } from '../src/store/index.js';
import { CLI, ROOT, type Served, serve } from './browser/serve.js';

// Debian installs the clients for its own interpreter; a python3 earlier on PATH (pyenv) lacks them
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const probe = spawnSync(PYTHON, ['-c', 'import SPARQLWrapper, rdflib'], { encoding: 'utf8' });
const haveClients = probe.status === 0;
if (!haveClients) console.warn(`sparql-clients: skipped: ${PYTHON} cannot import SPARQLWrapper and rdflib (apt-get install python3-sparqlwrapper python3-rdflib)`);

const FRANCE = 'https://w3id.org/newskg/id/country/france';
const RDFS = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n';
const SELECT = `${RDFS}SELECT ?label WHERE { <${FRANCE}> rdfs:label ?label }`;
const ASK = `PREFIX schema: <http://schema.org/>\nASK { <${FRANCE}> a schema:Country }`;
const CONSTRUCT = `${RDFS}CONSTRUCT { <${FRANCE}> rdfs:label ?l } WHERE { <${FRANCE}> rdfs:label ?l }`;

type Read = { ok: true; value: unknown } | { ok: false; error: string };
type ClientReport = Record<'select' | 'ask' | 'construct', Read>;

let dir: string;
let graph: string;
let server: Served | undefined;
let report: Record<'SPARQLWrapper' | 'SPARQLStore', ClientReport>;

beforeAll(async () => {
  if (!haveClients) return;
  dir = mkdtempSync(join(tmpdir(), 'newskg-clients-'));
  graph = join(dir, 'reference.ttl');
  const built = spawnSync(process.execPath, [CLI, 'build', 'data/articles', '--out', graph, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  server = await serve([graph]);
  const run = spawnSync(PYTHON, [join(ROOT, 'test', 'clients', 'sparql_clients.py'), `${server.url}sparql`, SELECT, ASK, CONSTRUCT], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`sparql_clients.py failed: ${run.stderr}`);
  report = JSON.parse(run.stdout) as typeof report;
}, 180_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function local(query: string): Promise<JsonResults> {
  const sink = new StringSink();
  await queryFiles([graph], query, sink, { format: 'json', saveIndex: false });
  return JSON.parse(sink.toString()) as JsonResults;
}

/** What a client read, or a failure that quotes the client's error. */
function value(read: Read): unknown {
  if (!read.ok) throw new Error(`the client failed: ${read.error}`);
  return read.value;
}

describe.skipIf(!haveClients).each(['SPARQLWrapper', 'SPARQLStore'] as const)('%s with its default settings', (client) => {
  it('reads a SELECT answer (SPARQL XML)', async () => {
    const rows = (await local(SELECT)).results?.bindings.map((b) => [b.label.value]) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(value(report[client].select)).toEqual(rows);
  });

  it('reads an ASK answer (SPARQL XML)', async () => {
    expect((await local(ASK)).boolean).toBe(true);
    expect(value(report[client].ask)).toBe(true);
  });

  // both clients ask for RDF/XML by default (src/serve/negotiate.ts GRAPH_OFFERS)
  it('reads a CONSTRUCT answer (RDF/XML)', () => {
    expect(value(report[client].construct)).toEqual([`${FRANCE} http://www.w3.org/2000/01/rdf-schema#label France`]);
  });
});
