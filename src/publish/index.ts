// Publishing a graph file to a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.
//
//   1. plan    parse the whole file and check every term first (nothing invalid is ever sent:
//              Virtuoso answers 201 to broken Turtle and stores nothing); group the triples by
//              target graph (TriG / N-Quads / JSON-LD: one graph per named graph, i.e. one per
//              article plus the entities graph that describes every entity once; Turtle /
//              N-Triples: the --graph IRI), deduplicate them and cut each graph
//              into N-Triples chunks of at most `chunkSize` triples (a blank node's triples stay in
//              one chunk, since each request is its own blank node scope)
//   2. upload  per graph: the first chunk PUT (replace) or POST (append), the rest POST
//   3. verify  ask the store's SPARQL endpoint for each graph's triple count and compare
// A store may answer queries on the bag union of its graphs (Virtuoso's default graph does): a
// triple stated in two graphs then matches twice and every row joined through it repeats. newskg
// states each triple in one graph; a file that does not (a graph built before the entities
// graph existed, or merged from several builds) is published as it is, with a warning.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';
import { performance } from 'node:perf_hooks';
import { RdfSyntaxError, UsageError } from '../errors.js';
import { type RdfFormat, parseRdf, rdfFormatOf, readRdfText } from '../store/load.js';
import { RemoteError, displayUrl } from '../remote/errors.js';
import { HttpClient, type HttpOptions } from '../remote/http.js';
import { type QueryMethod, SparqlClient } from '../remote/sparql.js';

export const DEFAULT_CHUNK = 50_000;

export interface PublishOptions extends HttpOptions {
  /** Graph Store Protocol endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth */
  endpoint: string;
  /** Target graph for Turtle / N-Triples, and for the default-graph triples of TriG / N-Quads. */
  graph?: string;
  /** PUT (replace each graph) instead of POST (append). */
  replace?: boolean;
  /** SPARQL query endpoint for the verification; default: the endpoint's origin + /sparql. */
  sparql?: string;
  /** Triples per request. */
  chunkSize?: number;
  /** How queries reach the SPARQL endpoint (see SparqlClient). */
  method?: QueryMethod;
  /** Graphs uploaded at the same time (default 4). */
  concurrency?: number;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}

export interface GraphPlan {
  graph: string;
  /** Distinct triples. */
  triples: number;
  /** N-Triples documents, one per request. */
  chunks: string[];
  /** Whether the graph has blank nodes. */
  blankNodes: boolean;
}

export interface PublishReport {
  file: string;
  graphs: { graph: string; triples: number; stored: number }[];
  triples: number;
  requests: number;
  seconds: number;
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANGSTRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
// an absolute IRI: a scheme, then no characters N-Triples forbids in IRIs
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\u0000-\u0020<>"{}|^`\\]*$/;
const LANG_TAG = /^[A-Za-z]+(?:-[A-Za-z0-9]+)*$/;

export function isAbsoluteIri(s: string): boolean {
  return ABSOLUTE_IRI.test(s);
}

function termError(file: string, what: string, hint: string): RdfSyntaxError {
  return new RdfSyntaxError(what, { file, hint });
}

/** Checks a term the parser accepted but a store would not (relative IRIs, bad language tags...). */
function checkTerm(t: RDF.Term, file: string): void {
  switch (t.termType) {
    case 'NamedNode':
      if (!ABSOLUTE_IRI.test(t.value)) {
        throw termError(file, `invalid or relative IRI <${t.value.length > 120 ? `${t.value.slice(0, 117)}...` : t.value}>`, 'use absolute IRIs without spaces or <>"{}|^`\\ characters');
      }
      return;
    case 'Literal': {
      const l = t as RDF.Literal;
      if (l.language && !LANG_TAG.test(l.language)) throw termError(file, `invalid language tag @${l.language}`, 'use a BCP 47 tag such as en or en-GB');
      if (l.datatype && !ABSOLUTE_IRI.test(l.datatype.value)) throw termError(file, `invalid datatype IRI <${l.datatype.value}>`, 'use an absolute datatype IRI');
      return;
    }
    case 'BlankNode':
    case 'DefaultGraph':
      return;
    default:
      throw termError(file, `unsupported term type ${t.termType}`, 'publish plain RDF 1.1 (no quoted triples or variables)');
  }
}

const ntWriter = new Writer({ format: 'N-Triples' });

/** An RDF 1.1 canonical literal for the store: xsd:string literals as simple literals, language tags lower-cased. */
function storeTerm(t: RDF.Term): RDF.Term {
  if (t.termType !== 'Literal') return t;
  const l = t as RDF.Literal;
  if (l.language) return l.language === l.language.toLowerCase() ? l : DataFactory.literal(l.value, l.language.toLowerCase());
  const dt = l.datatype?.value;
  if (dt === XSD_STRING || dt === RDF_LANGSTRING) return DataFactory.literal(l.value);
  return l;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    if (!this.parent.has(root)) this.parent.set(root, root);
    // path compression
    for (let y = x; y !== root; ) {
      const next = this.parent.get(y) ?? root;
      this.parent.set(y, root);
      y = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

interface GraphTriples {
  lines: Set<string>;
  /** line → blank node labels in it */
  blanks: Map<string, string[]>;
}

/** Cuts a graph's triples into N-Triples documents of at most `size` triples; blank node components stay whole. */
export function chunkGraph(g: GraphTriples, size: number): string[] {
  const uf = new UnionFind();
  for (const labels of g.blanks.values()) for (let i = 1; i < labels.length; i++) uf.union(labels[0], labels[i]);
  const groups = new Map<string, string[]>();
  const lines = [...g.lines].sort();
  const units: string[][] = [];
  for (const line of lines) {
    const labels = g.blanks.get(line);
    if (!labels) {
      units.push([line]);
      continue;
    }
    const root = uf.find(labels[0]);
    let group = groups.get(root);
    if (!group) {
      group = [];
      groups.set(root, group);
      units.push(group); // in the order of its first line
    }
    group.push(line);
  }
  const chunks: string[] = [];
  let current: string[] = [];
  for (const unit of units) {
    if (current.length > 0 && current.length + unit.length > size) {
      chunks.push(current.join(''));
      current = [];
    }
    for (const l of unit) current.push(l);
  }
  if (current.length > 0) chunks.push(current.join(''));
  return chunks;
}

/**
 * Parses and checks the file and cuts it into requests. Throws (RdfSyntaxError, UsageError)
 * before anything is sent when the file is not valid RDF or a graph has no name.
 */
export function planPublish(file: string, options: { graph?: string; chunkSize?: number; log?: (line: string) => void }): GraphPlan[] {
  const format: RdfFormat = rdfFormatOf(file);
  const size = options.chunkSize ?? DEFAULT_CHUNK;
  if (options.graph !== undefined && !ABSOLUTE_IRI.test(options.graph)) {
    throw new UsageError(`publish: --graph "${options.graph}" is not an absolute IRI`, { hint: 'e.g. --graph https://example.org/graph/news' });
  }
  const quads = parseRdf(readRdfText(file), format, file);
  const byGraph = new Map<string, GraphTriples>();
  const blankGraphs = new Map<string, Set<string>>();
  // triples already in some graph: one seen again (each graph's lines are distinct) is in two
  const seen = new Set<string>();
  let inTwo = 0;
  let defaultTriples = 0;
  for (const q of quads) {
    checkTerm(q.subject, file);
    checkTerm(q.predicate, file);
    checkTerm(q.object, file);
    let graph: string;
    if (q.graph.termType === 'DefaultGraph') {
      defaultTriples++;
      if (options.graph === undefined) continue;
      graph = options.graph;
    } else if (q.graph.termType === 'NamedNode') {
      checkTerm(q.graph, file);
      graph = q.graph.value;
    } else {
      throw termError(file, `graph ${q.graph.termType === 'BlankNode' ? `_:${q.graph.value}` : q.graph.value} has no IRI`, 'the Graph Store Protocol needs an IRI for every graph');
    }
    let g = byGraph.get(graph);
    if (!g) {
      g = { lines: new Set(), blanks: new Map() };
      byGraph.set(graph, g);
    }
    const line = ntWriter.quadToString(q.subject, q.predicate, storeTerm(q.object) as RDF.Quad_Object);
    if (g.lines.has(line)) continue;
    g.lines.add(line);
    if (seen.has(line)) inTwo++;
    else seen.add(line);
    const labels: string[] = [];
    if (q.subject.termType === 'BlankNode') labels.push(q.subject.value);
    if (q.object.termType === 'BlankNode') labels.push(q.object.value);
    if (labels.length > 0) {
      g.blanks.set(line, labels);
      for (const l of labels) {
        let gs = blankGraphs.get(l);
        if (!gs) blankGraphs.set(l, (gs = new Set()));
        gs.add(graph);
      }
    }
  }
  if (defaultTriples > 0 && options.graph === undefined) {
    const kind = format === 'turtle' || format === 'ntriples' ? `a ${format === 'turtle' ? 'Turtle' : 'N-Triples'} file has no graph names` : `${defaultTriples} triples are in the default graph`;
    throw new UsageError(`publish: ${kind}: say where they go with --graph IRI`, { hint: 'e.g. --graph https://example.org/graph/news' });
  }
  if (byGraph.size === 0) throw new RdfSyntaxError('no triples: nothing to publish', { file, hint: 'build the graph first (newskg build ... --out FILE)' });
  if (inTwo > 0) {
    options.log?.(
      `newskg: warning: ${inTwo} triples of ${file} are stated in more than one graph; a store whose default graph is the bag union of its graphs (Virtuoso) counts them once per graph, so query rows joined through them repeat — rebuild the file with this version of newskg (build --into on the file also moves them), which states each entity description once, in the entities graph`,
    );
  }
  const shared = [...blankGraphs.values()].filter((s) => s.size > 1).length;
  if (shared > 0) {
    options.log?.(`newskg: warning: ${shared} blank nodes are shared between graphs; each graph is uploaded on its own, so they become separate nodes in the store`);
  }
  return [...byGraph.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([graph, g]) => ({ graph, triples: g.lines.size, chunks: chunkGraph(g, size), blankNodes: g.blanks.size > 0 }));
}

const RETRIES = 3;

/** A failure worth another try: a deadlock or a busy or restarting server, a dropped connection. */
export function transient(e: unknown): boolean {
  if (!(e instanceof RemoteError)) return false;
  if (e.remoteCode === 'E_REMOTE_CONNECT') return /closed before the answer/.test(e.message);
  if (e.remoteCode !== 'E_REMOTE_HTTP') return false;
  if (e.status === 503 || e.status === 429) return true;
  return e.status !== undefined && e.status >= 500 && /deadlock|40001|SR172|try again|temporar/i.test(e.message);
}

/** The default SPARQL endpoint for a Graph Store endpoint: its origin + /sparql. */
export function defaultSparqlEndpoint(endpoint: string): string {
  return `${new URL(endpoint).origin}/sparql`;
}

export function graphUrl(endpoint: string, graph: string): string {
  const u = new URL(endpoint);
  u.searchParams.append('graph', graph);
  return u.href;
}

/** Triple counts per graph, from the store's SPARQL endpoint (graphs it does not have count 0). */
export async function storedCounts(client: SparqlClient, graphs: string[], batch = 50): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < graphs.length; i += batch) {
    const part = graphs.slice(i, i + batch);
    const values = part.map((g) => `<${g}>`).join(' ');
    const res = await client.select(`SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { ${values} } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`);
    for (const g of part) out.set(g, 0);
    for (const b of res.results?.bindings ?? []) {
      const g = b.g?.value;
      const n = Number(b.n?.value);
      if (g !== undefined && out.has(g) && Number.isFinite(n)) out.set(g, n);
    }
  }
  return out;
}

/** Parses, uploads and verifies. Throws RemoteError (E_REMOTE_VERIFY when counts differ). */
export async function publish(file: string, options: PublishOptions): Promise<PublishReport> {
  const t0 = performance.now();
  const log = options.log ?? (() => {});
  const plan = planPublish(file, options);
  const http = new HttpClient(options);
  const sparqlUrl = options.sparql ?? defaultSparqlEndpoint(options.endpoint);
  const client = new SparqlClient(sparqlUrl, http, options.method);
  const graphs = plan.map((p) => p.graph);

  // appending: the counts before tell what "all our triples arrived" means afterwards
  const before = options.replace ? undefined : await storedCounts(client, graphs);

  let requests = 0;
  const total = plan.reduce((n, p) => n + p.triples, 0);
  const uploadGraph = async (p: GraphPlan) => {
    const url = graphUrl(options.endpoint, p.graph);
    for (let i = 0; i < p.chunks.length; i++) {
      const method = i === 0 && options.replace ? 'PUT' : 'POST';
      const what = `upload of graph <${p.graph}>${p.chunks.length > 1 ? ` (part ${i + 1} of ${p.chunks.length})` : ''}`;
      // a transient failure (Virtuoso: a deadlock between concurrent writes, a busy server) is
      // retried; safe for PUT, and for POST when the graph has no blank nodes (triples are a set)
      const retries = method === 'PUT' || !p.blankNodes ? RETRIES : 0;
      for (let attempt = 0; ; attempt++) {
        try {
          await http.requestOk(url, { method, what, headers: { 'content-type': 'application/n-triples; charset=utf-8' }, body: p.chunks[i] });
          break;
        } catch (e) {
          if (attempt >= retries || !transient(e)) throw e;
          log(`newskg: ${what}: ${(e as Error).message.slice(0, 160)}; trying again`);
          await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
        }
      }
      requests++;
    }
  };
  // a few graphs at a time (a graph's own parts in order); the first alone, to learn the challenge
  const queue = [...plan];
  const first = queue.shift();
  if (first) await uploadGraph(first);
  let failed: unknown;
  const worker = async () => {
    for (let p = queue.shift(); p && failed === undefined; p = queue.shift()) {
      try {
        await uploadGraph(p);
      } catch (e) {
        failed ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.floor(options.concurrency ?? 4)) }, worker));
  if (failed !== undefined) throw failed;

  const after = await storedCounts(client, graphs);
  const bad: string[] = [];
  let badCount = 0;
  for (const p of plan) {
    const stored = after.get(p.graph) ?? 0;
    const was = before?.get(p.graph);
    let problem: string | undefined;
    if (was === undefined || was === 0) {
      if (stored !== p.triples) {
        const d = stored - p.triples;
        problem = `<${p.graph}> has ${stored} triples, we sent ${p.triples} (${Math.abs(d)} ${d < 0 ? 'missing' : 'extra'})`;
      }
    } else if (stored < Math.max(was, p.triples) || (!p.blankNodes && stored > was + p.triples)) {
      // appending to a graph that had triples: ours may overlap theirs, but none may be lost
      problem = `<${p.graph}> has ${stored} triples after appending our ${p.triples} to its ${was}`;
    }
    if (problem) {
      badCount++;
      if (bad.length < 5) bad.push(problem);
    }
  }
  if (badCount > 0) {
    throw new RemoteError('E_REMOTE_VERIFY', `verification failed: ${badCount} of ${plan.length} graphs differ in the store: ${bad.join('; ')}${badCount > bad.length ? `; and ${badCount - bad.length} more` : ''}`, {
      hint: `the store at ${displayUrl(options.endpoint)} did not keep what was sent; check its log (and that ${displayUrl(sparqlUrl)} is the same store)`,
    });
  }
  const seconds = (performance.now() - t0) / 1000;
  log(`newskg: published ${file}: ${plan.length} ${plan.length === 1 ? 'graph' : 'graphs'}, ${total} triples in ${requests} ${requests === 1 ? 'request' : 'requests'} to ${displayUrl(options.endpoint)}; verified at ${displayUrl(sparqlUrl)}: every graph's triple count matches (${seconds.toFixed(1)} s)`);
  return {
    file,
    graphs: plan.map((p) => ({ graph: p.graph, triples: p.triples, stored: after.get(p.graph) ?? 0 })),
    triples: total,
    requests,
    seconds,
  };
}
