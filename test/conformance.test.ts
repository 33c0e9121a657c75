// The W3C SPARQL 1.0 and 1.1 query-evaluation tests (../shared/conformance/w3c-sparql), run
// in-process through queryFiles — what `newskg query --engine index|oxigraph` runs — and compared
// with the expected results as the W3C harnesses compare them (test/w3c/suite.ts). The triple
// index either refuses a query (NotInSubset, surfaced as E_QUERY_ENGINE) or gives the expected
// answer, with no exceptions; oxigraph gives the expected answer except on the tests listed in
// test/conformance-known.ts, each with its reason. A new wrong answer fails the test, and so does
// a listed test that now passes (the list must stay true).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Parser, Writer } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewskgError } from '../src/errors.js';
import { StringSink } from '../src/export/index.js';
import { type Engine, type JsonResults, type JsonTerm, type ResultFormat, planQuery, queryFiles } from '../src/store/index.js';
import { KNOWN_OXIGRAPH } from './conformance-known.js';
import { type Answer, SUITE_ROOT, type W3cTest, csvRows, dataFile, describe as brief, fromJson, fromNTriples, fromRdfXml, fromTsv, matchRows, notPosable, orderVariables, queryText, readExpected, readSuite, sameAnswer } from './w3c/suite.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const haveSuite = existsSync(join(SUITE_ROOT, 'sparql11', 'manifest-sparql11-query.ttl'));
if (!haveSuite) console.warn(`conformance: skipped: the W3C SPARQL test suites are not at ${SUITE_ROOT} (the team's shared folder sits beside the project)`);

type Outcome = { kind: 'pass' } | { kind: 'refused'; message: string } | { kind: 'wrong'; message: string; answer?: Answer };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-w3c-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function run(t: W3cTest, engine: Engine, expected: Answer): Promise<Outcome> {
  const slug = t.id.replace(/[^\w-]+/g, '_');
  const data = dataFile(t, dir, slug);
  const query = queryText(t);
  const format: ResultFormat = t.csv ? 'csv' : extname(t.result ?? '') === '.tsv' ? 'tsv' : planQuery(query, undefined).graphQuery ? 'ntriples' : 'json';
  const sink = new StringSink();
  try {
    await queryFiles([data], query, sink, { engine, format, saveIndex: false, file: t.query });
  } catch (e) {
    if (e instanceof NewskgError && e.code === 'E_QUERY_ENGINE') return { kind: 'refused', message: e.message };
    return { kind: 'wrong', message: `failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  const text = sink.toString();
  if (t.csv) {
    const want = csvRows(readFileSync(t.result ?? '', 'utf8'));
    const got = csvRows(text);
    const cells = (rows: string[][]) => rows.map((r) => r.map((c) => (c.startsWith('_:') ? { type: 'bnode' as const, value: c.slice(2) } : { type: 'literal' as const, value: c })));
    if (want.vars.join(',') !== got.vars.join(',')) return { kind: 'wrong', message: `CSV header ${got.vars.join(',')}, expected ${want.vars.join(',')}` };
    return matchRows(cells(want.rows), cells(got.rows)) ? { kind: 'pass' } : { kind: 'wrong', message: `CSV differs:\n${text}\nexpected:\n${readFileSync(t.result ?? '', 'utf8')}` };
  }
  const actual = format === 'tsv' ? fromTsv(text) : format === 'ntriples' ? fromNTriples(text) : fromJson(JSON.parse(text) as JsonResults);
  const verdict = sameAnswer(expected, actual, { lax: t.lax, order: orderVariables(query) });
  if (verdict.ok && format === 'ntriples') {
    // the same graph as RDF/XML (what SPARQL clients ask for by default) must read back the same
    const xml = new StringSink();
    await queryFiles([data], query, xml, { engine, format: 'rdfxml', saveIndex: false, file: t.query });
    const back = fromRdfXml(xml.toString());
    if (!sameAnswer(expected, back).ok) return { kind: 'wrong', message: `RDF/XML reads back differently:\n${xml.toString()}` };
  }
  return verdict.ok ? { kind: 'pass' } : { kind: 'wrong', message: `${verdict.why}\ngot:\n${brief(actual)}\nexpected:\n${brief(expected)}`, answer: actual };
}

const tests = haveSuite ? readSuite() : [];
const posable = tests.filter((t) => !notPosable(t));
/** Every outcome, written to $CONFORMANCE_REPORT (JSON) when set, for reading failures at leisure. */
const outcomes: Record<string, { index: Outcome; oxigraph: Outcome }> = {};
const newTally = () => ({ index: { pass: 0, refused: 0, wrong: 0 }, oxigraph: { pass: 0, known: 0, wrong: 0 } });
/** Outcomes counted per suite (sparql10, sparql11). */
const tallies: Record<string, ReturnType<typeof newTally>> = {};

afterAll(() => {
  if (!haveSuite) return;
  if (process.env.CONFORMANCE_REPORT) writeFileSync(process.env.CONFORMANCE_REPORT, JSON.stringify(outcomes, null, 1));
  const skipped = new Map<string, number>();
  for (const t of tests) {
    const why = notPosable(t);
    if (why) skipped.set(why, (skipped.get(why) ?? 0) + 1);
  }
  console.log(
    [
      `conformance: ${tests.length} W3C query-evaluation tests, ${posable.length} posable to newskg query`,
      ...[...skipped].map(([why, n]) => `  not posed (${n}): ${why}`),
      ...Object.entries(tallies).flatMap(([suite, tally]) => [
        `  ${suite} index:    ${tally.index.pass} pass, ${tally.index.refused} refused, ${tally.index.wrong} wrong`,
        `  ${suite} oxigraph: ${tally.oxigraph.pass} pass, ${tally.oxigraph.known} listed (conformance-known.ts), ${tally.oxigraph.wrong} new failures`,
      ]),
    ].join('\n'),
  );
});

describe.skipIf(!haveSuite)('W3C SPARQL query evaluation', () => {
  it('reads the manifests of both suites', () => {
    expect(tests.filter((t) => t.id.startsWith('sparql10')).length).toBeGreaterThan(200);
    expect(tests.filter((t) => t.id.startsWith('sparql11')).length).toBeGreaterThan(200);
    expect(posable.length).toBeGreaterThan(350);
  });

  it('lists only tests that exist and are posed', () => {
    const ids = new Set(posable.map((t) => t.id));
    expect(Object.keys(KNOWN_OXIGRAPH).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(posable.map((t) => [t.id, t] as const))('%s', async (id, t) => {
    const expected: Answer = t.csv ? { kind: 'rows', vars: [], rows: [], ordered: false } : readExpected(t.result ?? '');
    const ix = await run(t, 'index', expected);
    const ox = await run(t, 'oxigraph', expected);
    outcomes[id] = { index: ix, oxigraph: ox };
    const known = KNOWN_OXIGRAPH[id];
    const tally = (tallies[id.split('/')[0]] ??= newTally());
    tally.index[ix.kind]++;
    tally.oxigraph[ox.kind === 'pass' ? 'pass' : known ? 'known' : 'wrong']++;
    // the index: a refusal or the expected answer, never another answer
    expect(ix.kind === 'wrong' ? `index: ${ix.message}` : 'ok').toBe('ok');
    if (known) expect(ox.kind === 'pass' ? `oxigraph now passes ${id}: take it off KNOWN_OXIGRAPH` : 'listed').toBe('listed');
    else expect(ox.kind === 'pass' ? 'ok' : `oxigraph: ${ox.kind === 'refused' ? 'refused' : ''} ${ox.message}`).toBe('ok');
  });
});

describe('the comparison the W3C harnesses make', () => {
  const iri = (v: string): JsonTerm => ({ type: 'uri', value: v });
  const b = (v: string): JsonTerm => ({ type: 'bnode', value: v });
  const lit = (value: string, datatype?: string): JsonTerm => ({ type: 'literal', value, ...(datatype ? { datatype } : {}) });
  const rows = (...r: Record<string, JsonTerm>[]): Answer => ({ kind: 'rows', vars: ['x', 'y'], rows: r, ordered: true });

  it('matches blank nodes by one bijection over the whole answer', () => {
    const want = rows({ x: b('a'), y: b('a') }, { x: b('c'), y: iri('u') });
    expect(sameAnswer(want, rows({ x: b('p'), y: b('p') }, { x: b('q'), y: iri('u') })).ok).toBe(true);
    // two labels cannot both map to one, nor one to two
    expect(sameAnswer(want, rows({ x: b('p'), y: b('p') }, { x: b('p'), y: iri('u') })).ok).toBe(false);
    expect(sameAnswer(want, rows({ x: b('p'), y: b('q') }, { x: b('r'), y: iri('u') })).ok).toBe(false);
  });

  it('counts duplicates unless the test is lax', () => {
    const one = rows({ x: iri('u') });
    const two = rows({ x: iri('u') }, { x: iri('u') });
    expect(sameAnswer(one, two).ok).toBe(false);
    expect(sameAnswer(one, two, { lax: true }).ok).toBe(true);
  });

  it('keeps the order on the ORDER BY variables only, ties in any order', () => {
    const want = rows({ x: lit('1', `${XSD}integer`), y: iri('a') }, { x: lit('1', `${XSD}integer`), y: iri('b') }, { x: lit('2', `${XSD}integer`), y: iri('c') });
    const tiesSwapped = rows({ x: lit('1', `${XSD}integer`), y: iri('b') }, { x: lit('1', `${XSD}integer`), y: iri('a') }, { x: lit('2', `${XSD}integer`), y: iri('c') });
    const reversed = rows({ x: lit('2', `${XSD}integer`), y: iri('c') }, { x: lit('1', `${XSD}integer`), y: iri('a') }, { x: lit('1', `${XSD}integer`), y: iri('b') });
    expect(sameAnswer(want, tiesSwapped, { order: ['x'] }).ok).toBe(true);
    expect(sameAnswer(want, reversed, { order: ['x'] }).ok).toBe(false);
    expect(sameAnswer(want, reversed).ok).toBe(true);
    expect(orderVariables('SELECT * { ?a ?b ?c } ORDER BY DESC(?b) STR(?a) LIMIT 3')).toEqual(['b', 'a']);
  });

  it('compares terms as RDF terms: integers as written, doubles and decimals by value, xsd:string as a simple literal', () => {
    expect(sameAnswer(rows({ x: lit('01', `${XSD}integer`) }), rows({ x: lit('1', `${XSD}integer`) })).ok).toBe(false);
    expect(sameAnswer(rows({ x: lit('1.0E6', `${XSD}double`) }), rows({ x: lit('1000000', `${XSD}double`) })).ok).toBe(true);
    expect(sameAnswer(rows({ x: lit('1', `${XSD}double`) }), rows({ x: lit('1', `${XSD}decimal`) })).ok).toBe(false);
    expect(sameAnswer(rows({ x: lit('a') }), rows({ x: lit('a', `${XSD}string`) })).ok).toBe(true);
    expect(sameAnswer(rows({ x: { type: 'literal', value: 'a', 'xml:lang': 'en-GB' } }), rows({ x: { type: 'literal', value: 'a', 'xml:lang': 'en-gb' } })).ok).toBe(true);
  });

  it('compares graphs up to blank node renaming', () => {
    const g = (...t: JsonTerm[][]): Answer => ({ kind: 'graph', triples: t });
    const p = iri('p');
    expect(sameAnswer(g([b('a'), p, b('b')], [b('b'), p, b('a')]), g([b('x'), p, b('y')], [b('y'), p, b('x')])).ok).toBe(true);
    expect(sameAnswer(g([b('a'), p, b('b')], [b('b'), p, b('a')]), g([b('x'), p, b('y')], [b('x'), p, b('x')])).ok).toBe(false);
  });

  it('reads TSV terms and CSV fields as the SPARQL 1.1 formats write them', () => {
    const tsv = fromTsv('?x\t?y\n<http://e/a>\t"a\\tb"@en\n_:b1\t-2.5e0\n');
    expect(tsv.kind === 'rows' && tsv.rows).toEqual([
      { x: iri('http://e/a'), y: { type: 'literal', value: 'a\tb', 'xml:lang': 'en' } },
      { x: b('b1'), y: lit('-2.5e0', `${XSD}double`) },
    ]);
    expect(csvRows('x,y\r\n"a,""b""",\r\nc,d\r\n')).toEqual({ vars: ['x', 'y'], rows: [['a,"b"', ''], ['c', 'd']] });
  });
});

describe('graph answers as RDF/XML', () => {
  const construct = async (turtle: string, query: string): Promise<string> => {
    const file = join(mkdtempSync(join(tmpdir(), 'newskg-rdfxml-')), 'g.ttl');
    writeFileSync(file, turtle);
    const sink = new StringSink();
    try {
      await queryFiles([file], query, sink, { format: 'rdfxml', saveIndex: false });
    } finally {
      rmSync(join(file, '..'), { recursive: true, force: true });
    }
    return sink.toString();
  };
  const ALL = 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }';

  it('reads back as the same graph: markup characters, languages, datatypes, blank nodes, any namespace', async () => {
    const turtle = `@prefix ex: <http://example.org/> .
      ex:a ex:text "a < b & c > d \\"q\\"\\nline\\r" ; ex:lang "chat"@fr ; ex:n 7 ; ex:when "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date> ;
        <http://other.example/ns#p-1> _:x ; ex:link <http://example.org/x?a=1&b='2'> .
      _:x <urn:x:q.r> _:x ; a ex:Thing .`;
    const xml = await construct(turtle, ALL);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<rdf:RDF/);
    const want = fromNTriples(new Writer({ format: 'N-Triples' }).quadsToString(new Parser().parse(turtle)));
    expect(sameAnswer(want, fromRdfXml(xml)).ok).toBe(true);
  });

  it('refuses a graph RDF/XML cannot write, saying what to use instead', async () => {
    await expect(construct('<http://e/a> <http://e/p/> "x" .', ALL)).rejects.toThrow(/RDF\/XML cannot write the predicate <http:\/\/e\/p\/>.*/);
    await expect(construct('<http://e/a> <http://e/p> "bell\\u0007" .', ALL)).rejects.toThrow(/control character/);
  });
});
