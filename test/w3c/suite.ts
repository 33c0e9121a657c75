// The W3C SPARQL 1.0 and 1.1 query-evaluation tests as data: manifests read into test records, the
// expected results read from every format the suites use (SPARQL XML and JSON, TSV, CSV, and the
// DAWG result-set vocabulary or a plain graph in Turtle and RDF/XML), and the comparison the W3C
// harnesses make: solutions as multisets (sets under mf:LaxCardinality), blank nodes up to a
// bijection over the whole answer, in sequence where the query orders, and graphs up to
// isomorphism. test/conformance.test.ts runs the engines against these records.
import type * as RDF from '@rdfjs/types';
import { DOMParser } from 'linkedom';
import { Parser, Writer } from 'n3';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import oxigraph from 'oxigraph';
import { GraphStore, type JsonResults, type JsonTerm } from '../../src/store/index.js';

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const QT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-query#';
const DAWGT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#';
const RDFNS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RS = 'http://www.w3.org/2001/sw/DataAccess/tests/result-set#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** Where the team keeps the suites (see its README); absent outside the team's machines. */
export const SUITE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'conformance', 'w3c-sparql');

/** The query-evaluation manifests: SPARQL 1.0's, SPARQL 1.1's query and result-format ones. */
const ROOT_MANIFESTS = ['sparql10/manifest-evaluation.ttl', 'sparql11/manifest-sparql11-query.ttl', 'sparql11/manifest-sparql11-results.ttl'];

export interface W3cTest {
  /** Path of the test's manifest folder under the suite root, '#', the test's local name. */
  id: string;
  name: string;
  query: string;
  data: string[];
  graphData: string[];
  serviceData: boolean;
  result?: string;
  approval?: string;
  /** The test counts rows as a set (mf:LaxCardinality). */
  lax: boolean;
  /** mf:CSVResultFormatTest: the answer is compared as the CSV it is written as. */
  csv: boolean;
}

const pathOf = (iri: string) => fileURLToPath(iri);

function parseTurtleFile(file: string): RDF.Quad[] {
  return new Parser({ baseIRI: pathToFileURL(file).href }).parse(readFileSync(file, 'utf8')) as RDF.Quad[];
}

/** Every query-evaluation test of the suites, in manifest order. */
export function readSuite(root = SUITE_ROOT): W3cTest[] {
  const tests: W3cTest[] = [];
  const seen = new Set<string>();
  const visit = (manifest: string) => {
    if (seen.has(manifest) || !existsSync(manifest)) return;
    seen.add(manifest);
    const quads = parseTurtleFile(manifest);
    const objects = (s: RDF.Term, p: string) => quads.filter((q) => q.subject.equals(s) && q.predicate.value === p).map((q) => q.object);
    const one = (s: RDF.Term, p: string) => objects(s, p)[0];
    const list = (head: RDF.Term | undefined): RDF.Term[] => {
      const out: RDF.Term[] = [];
      for (let n = head; n && n.value !== `${RDFNS}nil`; n = one(n, `${RDFNS}rest`)) out.push(one(n, `${RDFNS}first`));
      return out;
    };
    const self = quads.find((q) => q.predicate.value === `${RDFNS}type` && q.object.value === `${MF}Manifest`)?.subject;
    if (!self) return;
    for (const inc of objects(self, `${MF}include`).flatMap((h) => list(h))) visit(pathOf(inc.value));
    for (const entry of objects(self, `${MF}entries`).flatMap((h) => list(h))) {
      const types = objects(entry, `${RDFNS}type`).map((t) => t.value);
      const csv = types.includes(`${MF}CSVResultFormatTest`);
      if (!csv && !types.includes(`${MF}QueryEvaluationTest`)) continue;
      const action = one(entry, `${MF}action`);
      const result = one(entry, `${MF}result`);
      const local = entry.value.includes('#') ? entry.value.slice(entry.value.lastIndexOf('#') + 1) : entry.value;
      tests.push({
        id: `${relative(root, dirname(manifest))}#${local}`,
        name: one(entry, `${MF}name`)?.value ?? local,
        query: pathOf(one(action, `${QT}query`).value),
        data: objects(action, `${QT}data`).map((d) => pathOf(d.value)),
        graphData: objects(action, `${QT}graphData`).map((d) => d.value),
        serviceData: objects(action, `${QT}serviceData`).length > 0,
        result: result ? pathOf(result.value) : undefined,
        approval: one(entry, `${DAWGT}approval`)?.value.replace(DAWGT, ''),
        lax: one(entry, `${MF}resultCardinality`)?.value === `${MF}LaxCardinality`,
        csv,
      });
    }
  };
  for (const m of ROOT_MANIFESTS) visit(join(root, m));
  return tests;
}

// ---------------------------------------------------------------------------------------------
// Posing a test to newskg query

/**
 * Why a test cannot be posed to `newskg query`, or undefined when it can. newskg's dataset is the
 * files given with --data, with the union of their graphs as the default graph; the W3C dataset
 * keeps qt:data as the default graph apart from the named graphs, so a test with named graphs
 * asks a different question here.
 */
export function notPosable(t: W3cTest): string | undefined {
  if (t.approval && t.approval !== 'Approved') return `not approved by the working group (${t.approval})`;
  if (t.serviceData) return 'federated query (SERVICE): no remote endpoints offline';
  if (t.graphData.length) return 'named graphs: newskg’s default graph is the union of the named graphs, the test’s is qt:data alone';
  if (t.data.some((d) => extname(d) === '.rdf')) return 'data in RDF/XML, which newskg query does not read';
  if (!t.result) return 'no expected result';
  if (!t.data.length && /\bFROM\b/i.test(readFileSync(t.query, 'utf8').replace(/<[^>]*>|"[^"]*"|#[^\n]*/g, ''))) return 'the dataset is named in the query (FROM): newskg query takes its data from --data';
  return undefined;
}

/**
 * The test's data as one Turtle file the engines load: a single Turtle file with its own location
 * as @base (the suites write relative IRIs, resolved against the file as the W3C harness does);
 * several files merged as N-Triples, each file's blank nodes kept apart.
 */
export function dataFile(t: W3cTest, dir: string, slug: string): string {
  const out = join(dir, `${slug}.ttl`);
  if (existsSync(out)) return out;
  if (t.data.length === 1 && extname(t.data[0]) === '.ttl') {
    writeFileSync(out, `@base <${pathToFileURL(t.data[0]).href}> .\n${readFileSync(t.data[0], 'utf8')}`);
  } else if (t.data.length === 1 && extname(t.data[0]) === '.nt') {
    copyFileSync(t.data[0], out);
  } else {
    const w = new Writer({ format: 'N-Triples' });
    const lines: string[] = [];
    t.data.forEach((file, i) => {
      for (const q of new Parser({ baseIRI: pathToFileURL(file).href, blankNodePrefix: `f${i}_` }).parse(readFileSync(file, 'utf8'))) lines.push(w.quadToString(q.subject, q.predicate, q.object));
    });
    writeFileSync(out, lines.join(''));
  }
  return out;
}

/** The query text; a query with relative IRIs gets its own location as BASE, as the harness gives it. */
export function queryText(t: W3cTest): string {
  const text = readFileSync(t.query, 'utf8');
  try {
    GraphStore.checkSyntax(text);
    return text;
  } catch {
    const based = `BASE <${pathToFileURL(t.query).href}>\n${text}`;
    try {
      GraphStore.checkSyntax(based);
      return based;
    } catch {
      return text;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Expected results

/** A SELECT answer (rows in the order given), an ASK answer, or a graph. */
export type Answer =
  | { kind: 'rows'; vars: string[]; rows: Record<string, JsonTerm>[]; ordered: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'graph'; triples: JsonTerm[][] };

function termOf(t: RDF.Term): JsonTerm {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  if (t.termType === 'Literal') {
    if (t.language) return { type: 'literal', value: t.value, 'xml:lang': t.language };
    return { type: 'literal', value: t.value, datatype: t.datatype.value };
  }
  return { type: 'uri', value: t.value };
}

/** SPARQL Query Results JSON (also the pre-1.1 "typed-literal" spelling). */
export function fromJson(res: JsonResults): Answer {
  if (typeof res.boolean === 'boolean') return { kind: 'boolean', value: res.boolean };
  const rows = (res.results?.bindings ?? []).map((b) => {
    const row: Record<string, JsonTerm> = {};
    for (const [k, t] of Object.entries(b)) row[k] = (t.type as string) === 'typed-literal' ? { ...t, type: 'literal' } : t;
    return row;
  });
  return { kind: 'rows', vars: res.head.vars ?? [], rows, ordered: true };
}

/** SPARQL Query Results XML. */
export function fromXml(text: string): Answer {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  const byTag = (el: { getElementsByTagName(tag: string): ArrayLike<Element> }, tag: string) => Array.from(el.getElementsByTagName(tag));
  const bool = byTag(doc, 'boolean')[0];
  if (bool) return { kind: 'boolean', value: bool.textContent?.trim() === 'true' };
  const vars = byTag(doc, 'variable').map((v) => v.getAttribute('name') ?? '');
  const rows = byTag(doc, 'result').map((r) => {
    const row: Record<string, JsonTerm> = {};
    for (const b of byTag(r, 'binding')) {
      const el = [...b.children][0];
      const value = el.textContent ?? '';
      if (el.localName === 'uri') row[b.getAttribute('name') ?? ''] = { type: 'uri', value };
      else if (el.localName === 'bnode') row[b.getAttribute('name') ?? ''] = { type: 'bnode', value };
      else {
        const lang = el.getAttribute('xml:lang');
        const dt = el.getAttribute('datatype');
        row[b.getAttribute('name') ?? ''] = lang ? { type: 'literal', value, 'xml:lang': lang } : { type: 'literal', value, ...(dt ? { datatype: dt } : {}) };
      }
    }
    return row;
  });
  return { kind: 'rows', vars, rows, ordered: true };
}

/** A term in TSV (SPARQL 1.1 Results TSV: Turtle terms, numbers and booleans may be bare). */
function tsvTerm(cell: string): JsonTerm | undefined {
  if (cell === '') return undefined;
  if (cell.startsWith('<')) return { type: 'uri', value: cell.slice(1, -1) };
  if (cell.startsWith('_:')) return { type: 'bnode', value: cell.slice(2) };
  const m = /^"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?$/.exec(cell);
  if (m) {
    const value = m[1].replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
      if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
      return ({ t: '\t', n: '\n', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
    });
    return m[2] ? { type: 'literal', value, 'xml:lang': m[2] } : { type: 'literal', value, datatype: m[3] ?? `${XSD}string` };
  }
  if (/^[+-]?\d+$/.test(cell)) return { type: 'literal', value: cell, datatype: `${XSD}integer` };
  if (/^[+-]?\d*\.\d+$/.test(cell)) return { type: 'literal', value: cell, datatype: `${XSD}decimal` };
  if (/^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(cell)) return { type: 'literal', value: cell, datatype: `${XSD}double` };
  if (cell === 'true' || cell === 'false') return { type: 'literal', value: cell, datatype: `${XSD}boolean` };
  throw new Error(`unreadable TSV term: ${cell}`);
}

/** SPARQL 1.1 Results TSV. */
export function fromTsv(text: string): Answer {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const vars = lines[0].split('\t').map((v) => v.replace(/^[?$]/, ''));
  const rows = lines.slice(1).map((line) => {
    const row: Record<string, JsonTerm> = {};
    line.split('\t').forEach((cell, i) => {
      const t = tsvTerm(cell);
      if (t) row[vars[i]] = t;
    });
    return row;
  });
  return { kind: 'rows', vars, rows, ordered: true };
}

/** SPARQL 1.1 Results CSV, as rows of strings (the format keeps no term types). */
export function csvRows(text: string): { vars: string[]; rows: string[][] } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length) records.push([...record, field]);
  return { vars: records[0] ?? [], rows: records.slice(1) };
}

/** Results in RDF: the DAWG result-set vocabulary, or else the graph itself (CONSTRUCT, DESCRIBE). */
function fromRdf(quads: RDF.Quad[]): Answer {
  const objects = (s: RDF.Term, p: string) => quads.filter((q) => q.subject.equals(s) && q.predicate.value === p).map((q) => q.object);
  const set = quads.find((q) => q.predicate.value === `${RDFNS}type` && q.object.value === `${RS}ResultSet`)?.subject;
  if (!set) return { kind: 'graph', triples: quads.map((q) => [termOf(q.subject), termOf(q.predicate), termOf(q.object)]) };
  const bool = objects(set, `${RS}boolean`)[0];
  if (bool) return { kind: 'boolean', value: bool.value === 'true' };
  const vars = objects(set, `${RS}resultVariable`).map((v) => v.value);
  let ordered = false;
  const rows = objects(set, `${RS}solution`).map((sol) => {
    const row: Record<string, JsonTerm> = {};
    for (const b of objects(sol, `${RS}binding`)) row[objects(b, `${RS}variable`)[0].value] = termOf(objects(b, `${RS}value`)[0]);
    const index = objects(sol, `${RS}index`)[0];
    if (index) ordered = true;
    return { row, index: index ? Number(index.value) : 0 };
  });
  rows.sort((a, b) => a.index - b.index);
  return { kind: 'rows', vars, rows: rows.map((r) => r.row), ordered };
}

/** The expected answer of a test, from its result file. */
export function readExpected(file: string): Answer {
  const text = readFileSync(file, 'utf8');
  const base = pathToFileURL(file).href;
  switch (extname(file)) {
    case '.srx':
      return fromXml(text);
    case '.srj':
      return fromJson(JSON.parse(text) as JsonResults);
    case '.tsv':
      return fromTsv(text);
    case '.ttl':
      return fromRdf(new Parser({ baseIRI: base }).parse(text) as RDF.Quad[]);
    case '.rdf':
      return fromRdf(oxigraph.parse(text, { format: 'application/rdf+xml', base_iri: base }) as unknown as RDF.Quad[]);
    default:
      throw new Error(`no reader for expected results ${file}`);
  }
}

/** A graph answer written as RDF/XML (read by oxigraph's parser, not ours). */
export function fromRdfXml(text: string): Answer {
  return fromRdf(oxigraph.parse(text, { format: 'application/rdf+xml' }) as unknown as RDF.Quad[]);
}

/** A graph answer written as N-Triples (how the engines are asked for CONSTRUCT and DESCRIBE). */
export function fromNTriples(text: string): Answer {
  return fromRdf(new Parser({ format: 'application/n-triples' }).parse(text) as RDF.Quad[]);
}

// ---------------------------------------------------------------------------------------------
// Comparison

const NUMERIC_LEXICAL_FREEDOM = new Set([`${XSD}decimal`, `${XSD}double`, `${XSD}float`]);

/**
 * A term's identity for comparison: RDF term equality, where a simple literal is an xsd:string
 * (RDF 1.1) and language tags compare without case (BCP 47). Decimals, doubles and floats compare
 * by value: the spec fixes their values, not the lexical form an engine writes a computed one in
 * ("2.0" or "2", "1.0E0" or "1e0"). Other literals, integers included, must match as written.
 */
export function termKey(t: JsonTerm | undefined): string {
  if (!t) return '';
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return '_';
  if (t.type !== 'literal') return `?${JSON.stringify(t.value)}`;
  const lang = t['xml:lang'];
  if (lang) return `"${t.value}"@${lang.toLowerCase()}`;
  const dt = t.datatype ?? `${XSD}string`;
  if (NUMERIC_LEXICAL_FREEDOM.has(dt) && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(t.value)) return `"=${Number(t.value)}"^^<${dt}>`;
  return `${JSON.stringify(t.value)}^^<${dt}>`;
}

/**
 * Matches expected rows to actual rows one to one, where each row is a list of terms; blank nodes
 * must map by one bijection across all rows. Returns whether such a matching exists.
 */
export function matchRows(expected: (JsonTerm | undefined)[][], actual: (JsonTerm | undefined)[][], budget = 200_000): boolean {
  if (expected.length !== actual.length) return false;
  const shape = (r: (JsonTerm | undefined)[]) => r.map(termKey).join('\u0001');
  const hasBnode = (r: (JsonTerm | undefined)[]) => r.some((t) => t?.type === 'bnode');
  // rows without blank nodes match as a multiset of shapes
  const plain = new Map<string, number>();
  for (const r of expected) if (!hasBnode(r)) plain.set(shape(r), (plain.get(shape(r)) ?? 0) + 1);
  for (const r of actual) {
    if (hasBnode(r)) continue;
    const n = plain.get(shape(r)) ?? 0;
    if (n === 0) return false;
    plain.set(shape(r), n - 1);
  }
  if ([...plain.values()].some((n) => n !== 0)) return false;
  const exp = expected.filter(hasBnode);
  const act = actual.filter(hasBnode);
  if (exp.length !== act.length) return false;
  const used = new Array<boolean>(act.length).fill(false);
  const fwd = new Map<string, string>();
  const back = new Map<string, string>();
  const go = (i: number): boolean => {
    if (i === exp.length) return true;
    if (--budget < 0) return false;
    const e = exp[i];
    for (let j = 0; j < act.length; j++) {
      if (used[j] || shape(act[j]) !== shape(e)) continue;
      const added: string[] = [];
      let ok = true;
      for (let k = 0; k < e.length && ok; k++) {
        const et = e[k];
        const at = act[j][k];
        if (et?.type !== 'bnode' || at?.type !== 'bnode') continue;
        const f = fwd.get(et.value);
        const b = back.get(at.value);
        if (f === undefined && b === undefined) {
          fwd.set(et.value, at.value);
          back.set(at.value, et.value);
          added.push(et.value);
        } else if (f !== at.value || b !== et.value) ok = false;
      }
      if (ok) {
        used[j] = true;
        if (go(i + 1)) return true;
        used[j] = false;
      }
      for (const a of added) {
        back.delete(fwd.get(a) ?? '');
        fwd.delete(a);
      }
    }
    return false;
  };
  return go(0);
}

/** The variables an ORDER BY clause sorts on (from the query text; expressions give theirs). */
export function orderVariables(query: string): string[] | undefined {
  const text = query.replace(/#[^\n]*/g, '');
  const m = /\bORDER\s+BY\b([\s\S]*?)(?:\bLIMIT\b|\bOFFSET\b|\bVALUES\b|$)/i.exec(text);
  if (!m) return undefined;
  return [...m[1].matchAll(/[?$]([\p{L}\p{N}_]+)/gu)].map((v) => v[1]);
}

/**
 * Whether an engine's answer is the expected one. `order` is the ORDER BY variables when the
 * query orders: rows must then follow the expected sequence on those variables (rows that tie on
 * them may come in any order, as the spec allows).
 */
export function sameAnswer(expected: Answer, actual: Answer, options: { lax?: boolean; order?: string[] } = {}): { ok: boolean; why?: string } {
  if (expected.kind !== actual.kind) return { ok: false, why: `expected a ${expected.kind} answer, got ${actual.kind}` };
  if (expected.kind === 'boolean' && actual.kind === 'boolean') return expected.value === actual.value ? { ok: true } : { ok: false, why: `expected ${expected.value}` };
  if (expected.kind === 'graph' && actual.kind === 'graph') {
    return matchRows(expected.triples, actual.triples) ? { ok: true } : { ok: false, why: `graphs differ (${expected.triples.length} expected triples, ${actual.triples.length} given)` };
  }
  if (expected.kind !== 'rows' || actual.kind !== 'rows') return { ok: false };
  const vars = [...new Set([...expected.vars, ...actual.vars, ...expected.rows.flatMap(Object.keys), ...actual.rows.flatMap(Object.keys)])].sort();
  const asList = (rows: Record<string, JsonTerm>[]) => rows.map((r) => vars.map((v) => r[v]));
  let exp = asList(expected.rows);
  let act = asList(actual.rows);
  if (options.lax) {
    // one row per distinct solution, terms compared as RDF 1.1 terms ("abc" and "abc"^^xsd:string
    // are one), blank nodes by label
    const dedupe = (rows: JsonTerm[][]) => [...new Map(rows.map((r) => [r.map((t) => (t?.type === 'bnode' ? `_:${t.value}` : termKey(t))).join('\u0001'), r])).values()];
    exp = dedupe(exp);
    act = dedupe(act);
  }
  if (!matchRows(exp, act)) return { ok: false, why: `rows differ (${exp.length} expected, ${act.length} given)` };
  const keys = (options.order ?? []).filter((v) => vars.includes(v));
  if (expected.ordered && keys.length) {
    const seq = (rows: Record<string, JsonTerm>[]) => rows.map((r) => keys.map((k) => termKey(r[k])).join('\u0001'));
    const e = seq(expected.rows);
    const a = seq(actual.rows);
    const at = e.findIndex((k, i) => k !== a[i]);
    if (at >= 0) return { ok: false, why: `rows out of order at row ${at + 1}` };
  }
  return { ok: true };
}

/** An answer in brief, for failure messages. */
export function describe(a: Answer): string {
  if (a.kind === 'boolean') return String(a.value);
  const rows = a.kind === 'rows' ? a.rows.map((r) => Object.entries(r).map(([k, t]) => `${k}=${termKey(t) === '_' ? `_:${t.value}` : termKey(t)}`).join(' ')) : a.triples.map((t) => t.map((x) => (x.type === 'bnode' ? `_:${x.value}` : termKey(x))).join(' '));
  return rows.slice(0, 12).join('\n') + (rows.length > 12 ? `\n… (${rows.length} rows)` : '');
}
