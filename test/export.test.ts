import type * as RDF from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Parser, Writer } from 'n3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import oxigraph from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputError, UsageError } from '../src/errors.js';
import { PREFIXES } from '../src/graph/index.js';
import {
  ChunkedSink,
  EXPORT_FORMATS,
  LineWriter,
  portableRdfText,
  type ExportFormat,
  canonicalQuads,
  formatFromPath,
  graphStats,
  keepsGraphs,
  parseExportFormat,
  serialize,
  serializeToString,
  writeFileAtomic,
  writeGraph,
} from '../src/export/index.js';

const { namedNode: iri, literal, quad, defaultGraph } = DataFactory;
const here = dirname(fileURLToPath(import.meta.url));
const goldenDir = join(here, 'golden');

const ID = 'https://w3id.org/newskg/id/';
const SCHEMA = 'http://schema.org/';
const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_ = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const NKG = 'https://w3id.org/newskg#';
const DCT = 'http://purl.org/dc/terms/';

/** Fixed here (not the project's PREFIXES) so the golden files do not change when those do. */
const TEST_PREFIXES: Record<string, string> = {
  nkg: NKG,
  nif: NIF,
  schema: SCHEMA,
  dcterms: DCT,
  rdf: RDF_,
  rdfs: RDFS,
  skos: SKOS,
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: XSD,
  wd: 'http://www.wikidata.org/entity/',
  org: 'http://www.w3.org/ns/org#',
};

/** Text no serializer should get wrong. */
const HOSTILE = [
  'Back\\slash and a trailing backslash \\',
  'Triple """quotes""" and \'\'\'single\'\'\' and a lone " quote',
  'New\nline, CR\r, CRLF\r\n, tab\t, backspace\b, form feed\f',
  'Controls \u0001 \u001f \u007f end',
  'Emoji 😀 and 𝄞 outside the BMP, 👩🏽‍💻 joined',
  'Right-to-left mark \u200f שלום \u200e and BOM \ufeff inside, line separator \u2028 too',
  'NFD e\u0301 stays NFD',
  '',
].join(' | ');

/** A small hand-made graph: two article graphs plus the default graph; no blank nodes. */
function sampleQuads(): RDF.Quad[] {
  const a1 = iri(`${ID}article/a1`);
  const a2 = iri(`${ID}article/a2`);
  const macron = iri(`${ID}person/emmanuel-macron`);
  const france = iri(`${ID}country/france`);
  const zurich = iri(`${ID}place/zürich`);
  const q = (s: RDF.Quad_Subject, p: string, o: RDF.Quad_Object, g: RDF.Quad_Graph) => quad(s, iri(p), o, g);
  return [
    // article 1
    q(a1, `${RDF_}type`, iri(`${SCHEMA}NewsArticle`), a1),
    q(a1, `${RDF_}type`, iri(`${NIF}Context`), a1),
    q(a1, `${DCT}identifier`, literal('a1'), a1),
    q(a1, `${NIF}isString`, literal(HOSTILE), a1),
    q(a1, `${NIF}beginIndex`, literal('0', iri(`${XSD}nonNegativeInteger`)), a1),
    q(a1, `${SCHEMA}headline`, literal('Sommet à Paris', 'fr'), a1),
    q(a1, `${SCHEMA}alternativeHeadline`, literal('Summit in Paris', 'en-gb'), a1),
    q(a1, `${SCHEMA}mentions`, macron, a1),
    q(a1, `${SCHEMA}mentions`, france, a1),
    q(macron, `${RDF_}type`, iri(`${SCHEMA}Person`), a1),
    q(macron, `${RDFS}label`, literal('Emmanuel Macron'), a1),
    q(macron, `${SKOS}altLabel`, literal('Macron'), a1),
    q(iri(`${ID}article/a1#char=0,5`), `${NIF}anchorOf`, literal('PARIS'), a1),
    q(iri(`${ID}article/a1/quote/1`), `${RDF_}type`, iri(`${NKG}Quote`), a1),
    q(iri(`${ID}article/a1/quote/1`), `${NKG}text`, literal('"Nothing" should be excluded\\'), a1),
    q(macron, `${NKG}said`, iri(`${ID}article/a1/quote/1`), a1),
    // article 2: the same entity again (shared across graphs), typed literals, odd IRIs
    q(a2, `${RDF_}type`, iri(`${SCHEMA}NewsArticle`), a2),
    q(a2, `${DCT}identifier`, literal('42'), a2),
    q(a2, `${SCHEMA}wordCount`, literal('42', iri(`${XSD}integer`)), a2),
    q(a2, `${SCHEMA}ratio`, literal('1.50', iri(`${XSD}decimal`)), a2),
    q(a2, `${SCHEMA}big`, literal('1.0E6', iri(`${XSD}double`)), a2),
    q(a2, `${SCHEMA}isAccessibleForFree`, literal('true', iri(`${XSD}boolean`)), a2),
    q(a2, `${SCHEMA}datePublished`, literal('2024-02-26', iri(`${XSD}date`)), a2),
    q(a2, `${SCHEMA}odd`, literal('x y', iri('http://example.org/dt#custom')), a2),
    q(a2, `${SCHEMA}mentions`, macron, a2),
    q(a2, `${SCHEMA}mentions`, zurich, a2),
    q(a2, `${SCHEMA}mentions`, iri(`${ID}person/fran%C3%A7ois`), a2),
    q(macron, `${RDF_}type`, iri(`${SCHEMA}Person`), a2),
    q(macron, `${RDFS}label`, literal('Emmanuel Macron'), a2),
    q(zurich, `${RDF_}type`, iri(`${SCHEMA}Place`), a2),
    q(zurich, `${RDFS}label`, literal('Zürich'), a2),
    q(iri(`${ID}pledge/1`), `${RDF_}type`, iri(`${NKG}Pledge`), a2),
    // the default graph
    q(france, `${RDF_}type`, iri(`${SCHEMA}Country`), defaultGraph()),
    q(france, `${RDFS}label`, literal('France'), defaultGraph()),
    q(france, `${RDFS}comment`, literal(HOSTILE), defaultGraph()),
    q(france, 'http://www.w3.org/2002/07/owl#sameAs', iri('http://www.wikidata.org/entity/Q142'), defaultGraph()),
  ];
}

const EXT: Record<ExportFormat, string> = { turtle: 'ttl', ntriples: 'nt', nquads: 'nq', trig: 'trig', jsonld: 'jsonld' };
const N3_FORMAT: Partial<Record<ExportFormat, string>> = { turtle: 'text/turtle', ntriples: 'application/n-triples', nquads: 'application/n-quads', trig: 'application/trig' };
const OX_FORMAT: Record<ExportFormat, string> = { turtle: 'ttl', ntriples: 'nt', nquads: 'nq', trig: 'trig', jsonld: 'jsonld' };

/** Canonical N-Quads lines: a comparable form of a quad set. */
function nquads(quads: Iterable<RDF.Quad>, dropGraphs = false): string[] {
  const w = new Writer({ format: 'N-Quads' });
  return canonicalQuads(quads, { dropGraphs }).map((q) => w.quadToString(q.subject, q.predicate, q.object, q.graph));
}

describe('serialize: golden files', () => {
  it.each(EXPORT_FORMATS)('%s matches test/golden/sample.*', (format) => {
    const text = serializeToString(sampleQuads(), format, { prefixes: TEST_PREFIXES });
    const file = join(goldenDir, `sample.${EXT[format]}`);
    // UPDATE_GOLDEN=1 rewrites them; a missing one is written locally but fails in CI
    if (process.env.UPDATE_GOLDEN || (!existsSync(file) && !process.env.CI)) {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(file, text);
    }
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});

describe('serialize: parses back to the same quads', () => {
  const expectedFor = (format: ExportFormat) => nquads(sampleQuads(), !keepsGraphs(format));

  it.each(EXPORT_FORMATS.filter((f) => N3_FORMAT[f]))('%s with n3', (format) => {
    const text = serializeToString(sampleQuads(), format);
    const parsed = new Parser({ format: N3_FORMAT[format] }).parse(text);
    expect(nquads(parsed)).toEqual(expectedFor(format));
  });

  it.each(EXPORT_FORMATS)('%s with oxigraph', (format) => {
    const text = serializeToString(sampleQuads(), format);
    const parsed = oxigraph.parse(text, { format: OX_FORMAT[format] }) as unknown as RDF.Quad[];
    expect(nquads(parsed)).toEqual(expectedFor(format));
  });

  it('turtle and ntriples merge the named graphs; a triple in two graphs is written once', () => {
    const nt = serializeToString(sampleQuads(), 'ntriples');
    const macronLabel = nt.split('\n').filter((l) => l.includes('emmanuel-macron> <http://www.w3.org/2000/01/rdf-schema#label>'));
    expect(macronLabel).toHaveLength(1);
    const nq = serializeToString(sampleQuads(), 'nquads');
    expect(nq.split('\n').filter((l) => l.includes('emmanuel-macron> <http://www.w3.org/2000/01/rdf-schema#label>'))).toHaveLength(2);
  });

  const rapperOk = spawnSync('rapper', ['--version']).status === 0;
  it.skipIf(!rapperOk).each(['turtle', 'trig', 'ntriples', 'nquads'] as const)('%s passes rapper (raptor2) too', (format) => {
    const dir = mkdtempSync(join(tmpdir(), 'newskg-rapper-'));
    try {
      const file = join(dir, `g.${EXT[format]}`);
      writeFileSync(file, serializeToString(sampleQuads(), format));
      const r = spawnSync('rapper', ['-i', format, '-c', file], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const n = Number(/returned (\d+) (?:triples|statements)/.exec(r.stderr)?.[1]);
      expect(n).toBe(nquads(sampleQuads(), !keepsGraphs(format)).length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('serialize: U+FFFE and U+FFFF are written as themselves', () => {
  // Raptor refuses the escapes \uFFFE and \uFFFF in every text format but reads the characters;
  // text spelling an escape (a backslash, then "uFFFF") stays that text
  const rapperOk = spawnSync('rapper', ['--version']).status === 0;
  const TEXTS = ['a \uffff b', '\ufffe\uffff', 'the letters \\uFFFF', 'two backslashes \\\\uFFFE', 'three \\\\\\uFFFF then \uffff', 'others \ufdd0 \u{1fffe} \u{10ffff}'];
  const quads = TEXTS.map((t, i) => DataFactory.quad(DataFactory.namedNode(`http://example.org/s${i}`), DataFactory.namedNode('http://example.org/p'), DataFactory.literal(t), DataFactory.namedNode('http://example.org/g')));
  it.each(['turtle', 'trig', 'ntriples', 'nquads'] as const)('%s: n3 and oxigraph read every text back; rapper reads the file', (format) => {
    const text = serializeToString(quads, format);
    expect(text).not.toMatch(/(?<!\\)(?:\\\\)*\\uFFF[EF]/);
    for (const parsed of [new Parser({ format: N3_FORMAT[format] }).parse(text), oxigraph.parse(text, { format: OX_FORMAT[format] }) as unknown as RDF.Quad[]]) {
      expect(parsed.map((q) => q.object.value).sort()).toEqual([...TEXTS].sort());
    }
    if (!rapperOk) return;
    const dir = mkdtempSync(join(tmpdir(), 'newskg-rapper-'));
    try {
      const file = join(dir, `g.${EXT[format]}`);
      writeFileSync(file, text);
      const r = spawnSync('rapper', ['-i', format, '-c', file], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(Number(/returned (\d+) (?:triples|statements)/.exec(r.stderr)?.[1])).toBe(TEXTS.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The line writer (N-Triples, N-Quads) writes lines itself for speed; each line must be the one n3's
// canonical writer makes, made portable, for every kind of term. One row per case: the object term
// (subject, predicate and graph vary in a few rows), then whether the line keeps the graph.
describe('LineWriter: the line n3 writes, made portable', () => {
  const s = iri('http://example.org/s');
  const p = iri('http://example.org/p');
  const g = iri('http://example.org/g');
  const ROWS: [string, RDF.Quad, boolean][] = [
    ['plain literal', quad(s, p, literal('Macron said'), g), true],
    ['quote, backslash, tab, newline, CR, backspace, form feed', quad(s, p, literal('"a"\\b\tc\nd\re\bf\fg'), g), true],
    ['C0 controls and DEL', quad(s, p, literal('x\u0000\u0001\u0007\u001f\u007fy'), g), true],
    ['U+FFFE and U+FFFF stay characters', quad(s, p, literal('a\ufffeb\uffffc'), g), true],
    ['text spelling an escape', quad(s, p, literal('the letters \\uFFFF'), g), true],
    ['astral characters and U+FFFD', quad(s, p, literal('emoji \u{1F600} \ufffd end'), g), true],
    ['language tag', quad(s, p, literal('Bonjour', 'fr'), g), true],
    ['datatype', quad(s, p, literal('7', iri('http://www.w3.org/2001/XMLSchema#nonNegativeInteger')), g), true],
    ['xsd:string written plain', quad(s, p, literal('x', iri('http://www.w3.org/2001/XMLSchema#string')), g), true],
    ['IRI object with escapes', quad(s, p, iri('http://example.org/a b"c\\d\u0001e\uffff'), g), true],
    ['IRI subject with a space', quad(iri('http://example.org/x y'), p, literal('v'), g), true],
    ['default graph', quad(s, p, literal('v')), true],
    ['N-Triples drops the graph', quad(s, p, literal('v'), g), false],
    ['blank subject (left to n3)', quad(DataFactory.blankNode('b\u0001x'), p, literal('v'), g), true],
    ['blank object (left to n3)', quad(s, p, DataFactory.blankNode('b1'), g), true],
    ['blank graph (left to n3)', quad(s, p, literal('v'), DataFactory.blankNode('g1')), true],
  ];
  it.each(ROWS)('%s', (_name, q, withGraph) => {
    const n3 = new Writer({ format: withGraph ? 'N-Quads' : 'N-Triples' });
    const expected = portableRdfText(n3.quadToString(q.subject, q.predicate, q.object, withGraph ? q.graph : undefined));
    expect(new LineWriter(withGraph).line(q)).toBe(expected);
  });
  it('reads back to the same quads', () => {
    // (IRIs with a space or a quote are no IRIs: n3 writes them, no parser reads them)
    const readable = (t: RDF.Term) => t.termType !== 'BlankNode' && !(t.termType === 'NamedNode' && /[ "\\\u0000-\u001f]/.test(t.value));
    const qs = ROWS.filter(([, q, withGraph]) => withGraph && [q.subject, q.object, q.graph].every(readable)).map(([, q]) => q);
    const parsed = new Parser({ format: 'N-Quads' }).parse(new LineWriter(true).lines(qs));
    expect(parsed.map((q) => [q.subject.value, q.object.value, q.graph.value])).toEqual(qs.map((q) => [q.subject.value, q.object.value, q.graph.value]));
  });
});

// Lone UTF-16 surrogates: JS strings can hold them (only in-process callers: ingest refuses such
// text), UTF-8 and RDF cannot. Every format writes U+FFFD in their place in literals (and
// "%EF%BF%BD", U+FFFD percent-encoded, in IRIs, where U+FFFD is not allowed), so every output
// parses and all formats hold the same quads. `fixed` is spelled out by hand for each case.
describe('serialize: lone surrogates', () => {
  const R = '\uFFFD';
  const P = '%EF%BF%BD';
  const CASES = [
    { name: 'a high surrogate at the end', text: 'end \uD800', fixed: `end ${R}`, inIri: `end${P}` },
    { name: 'a low surrogate at the start', text: '\uDC00 start', fixed: `${R} start`, inIri: `${P}start` },
    { name: 'a pair in the wrong order', text: 'x\uDC00\uD800y', fixed: `x${R}${R}y`, inIri: `x${P}${P}y` },
    { name: 'a lone high surrogate before a valid pair', text: '\uD800\uD83D\uDE00 ok', fixed: `${R}😀 ok`, inIri: `${P}😀ok` },
    { name: 'the highest high and lowest low, apart', text: '\uDBFF and \uDC00', fixed: `${R} and ${R}`, inIri: `${P}and${P}` },
  ];
  const G = iri(`${ID}article/g`);
  /** A literal of each kind, an IRI (subject, object and graph name) holding the text. */
  const quadsWith = (text: string, inIri: string, g: RDF.Quad_Graph = G): RDF.Quad[] => {
    const s = iri(`${ID}thing/${inIri}`);
    return [
      quad(s, iri(`${RDFS}label`), literal(text), g),
      quad(s, iri(`${SCHEMA}headline`), literal(text, 'en'), g),
      quad(s, iri(`${SCHEMA}odd`), literal(text, iri('http://example.org/dt#custom')), g),
      quad(iri(`${ID}article/a1`), iri(`${SCHEMA}mentions`), s, g),
      quad(iri(`${ID}article/a1`), iri(`${RDF_}type`), iri(`${SCHEMA}NewsArticle`), iri(`${ID}article/${inIri}`)),
    ];
  };
  const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  const table = CASES.flatMap((c) => EXPORT_FORMATS.map((format) => ({ ...c, format })));
  it.each(table)('$format, $name: parses in oxigraph to the quads with U+FFFD in their place', ({ text, fixed, inIri, format }) => {
    const raw = inIri.replaceAll(P, '\uD800'); // the IRI part with a lone surrogate where the replacement goes
    const out = serializeToString(quadsWith(text, raw), format, { prefixes: TEST_PREFIXES });
    expect(LONE.test(out), 'no lone surrogate in the text').toBe(false);
    expect(out).not.toMatch(/\\u[dD][89a-fA-F][0-9a-fA-F]{2}/); // nor one escaped
    const parsed = oxigraph.parse(out, { format: OX_FORMAT[format] }) as unknown as RDF.Quad[];
    expect(nquads(parsed)).toEqual(nquads(quadsWith(fixed, inIri), !keepsGraphs(format)));
    if (N3_FORMAT[format]) expect(nquads(new Parser({ format: N3_FORMAT[format] }).parse(out))).toEqual(nquads(parsed));
    // one code unit for one: offsets into the text (NIF, in code points) stay right
    expect(fixed.length).toBe(text.length);
  });

  it.each(EXPORT_FORMATS)('%s: a file written holds the same bytes as the string, and they parse', (format) => {
    const dir = mkdtempSync(join(tmpdir(), 'newskg-surrogates-'));
    try {
      const quads = CASES.flatMap((c) => quadsWith(c.text, c.inIri.replaceAll(P, '\uDC00')));
      const file = join(dir, `g.${EXT[format]}`);
      writeGraph(file, quads, format, { prefixes: TEST_PREFIXES });
      const bytes = readFileSync(file);
      expect(bytes.equals(Buffer.from(serializeToString(quads, format, { prefixes: TEST_PREFIXES }), 'utf8'))).toBe(true);
      const parsed = oxigraph.parse(bytes.toString('utf8'), { format: OX_FORMAT[format] }) as unknown as RDF.Quad[];
      expect(nquads(parsed)).toEqual(nquads(CASES.flatMap((c) => quadsWith(c.fixed, c.inIri)), !keepsGraphs(format)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('serialize: deterministic', () => {
  it.each(EXPORT_FORMATS)('%s gives the same bytes for the quads in any order, with duplicates', (format) => {
    const base = sampleQuads();
    const expected = serializeToString(base, format);
    fc.assert(
      fc.property(fc.shuffledSubarray(base, { minLength: base.length, maxLength: base.length }), fc.array(fc.nat(base.length - 1), { maxLength: 10 }), (shuffled, dups) => {
        const input = [...shuffled, ...dups.map((i) => base[i])];
        expect(serializeToString(input, format)).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('treats language tags case-insensitively', () => {
    const a = [quad(iri('http://e/s'), iri('http://e/p'), literal('x', 'EN-GB'))];
    const b = [quad(iri('http://e/s'), iri('http://e/p'), literal('x', 'en-gb'))];
    expect(serializeToString(a, 'ntriples')).toBe(serializeToString(b, 'ntriples'));
    expect(serializeToString([...a, ...b], 'ntriples').trim().split('\n')).toHaveLength(1);
  });

  it('writes an empty graph in every format', () => {
    expect(serializeToString([], 'ntriples')).toBe('');
    expect(serializeToString([], 'nquads')).toBe('');
    expect(serializeToString([], 'turtle')).toBe('');
    expect(JSON.parse(serializeToString([], 'jsonld'))).toEqual({ '@context': {}, '@graph': [] });
  });
});

describe('JSON-LD', () => {
  it('has a context of used prefixes, nodes sorted by @id, one graph object per named graph', () => {
    const doc = JSON.parse(serializeToString(sampleQuads(), 'jsonld', { prefixes: TEST_PREFIXES }));
    expect(Object.keys(doc)).toEqual(['@context', '@graph']);
    expect(doc['@context'].schema).toBe(SCHEMA);
    expect(doc['@context'].org).toBeUndefined(); // unused prefix left out
    const ids = doc['@graph'].map((n: { '@id': string }) => n['@id']);
    expect(ids).toEqual([`${ID}article/a1`, `${ID}article/a2`, `${ID}country/france`]);
    const g1 = doc['@graph'][0];
    expect(Object.keys(g1)).toEqual(['@id', '@graph']);
    const inner = g1['@graph'].map((n: { '@id': string }) => n['@id']);
    expect(inner).toEqual([...inner].sort());
    const article = g1['@graph'].find((n: { '@id': string }) => n['@id'] === `${ID}article/a1`);
    expect(article['@type']).toEqual(['nif:Context', 'schema:NewsArticle']); // sorted by full IRI
    expect(article['schema:headline']).toEqual([{ '@value': 'Sommet à Paris', '@language': 'fr' }]);
    expect(article['nif:beginIndex']).toEqual([{ '@value': '0', '@type': 'xsd:nonNegativeInteger' }]);
    expect(article['nif:isString']).toEqual([{ '@value': HOSTILE }]);
  });

  it('merges a graph object with the same node in the default graph', () => {
    const g = iri('http://e/g');
    const text = serializeToString(
      [quad(g, iri(`${RDFS}label`), literal('graph node')), quad(iri('http://e/s'), iri('http://e/p'), iri('http://e/o'), g)],
      'jsonld',
    );
    const doc = JSON.parse(text);
    expect(doc['@graph']).toEqual([{ '@id': 'http://e/g', 'rdfs:label': [{ '@value': 'graph node' }], '@graph': [{ '@id': 'http://e/s', 'http://e/p': [{ '@id': 'http://e/o' }] }] }]);
    expect(nquads(oxigraph.parse(text, { format: 'jsonld' }) as unknown as RDF.Quad[])).toEqual([
      '<http://e/g> <http://www.w3.org/2000/01/rdf-schema#label> "graph node" .\n',
      '<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n',
    ]);
  });
});

describe('prefixes', () => {
  it('uses the project PREFIXES by default, only those the graph needs', () => {
    const doc = JSON.parse(serializeToString(sampleQuads(), 'jsonld'));
    for (const [p, ns] of Object.entries(doc['@context'])) expect(PREFIXES[p]).toBe(ns);
    expect(Object.values(doc['@context'])).toContain(SCHEMA);
    const ttl = serializeToString(sampleQuads(), 'turtle');
    for (const line of ttl.split('\n').filter((l) => l.startsWith('@prefix'))) {
      const [, p, ns] = /^@prefix (\w*): <([^>]*)>\.$/.exec(line)!;
      expect(PREFIXES[p]).toBe(ns);
    }
  });
});

describe('formats', () => {
  it.each([
    ['out/graph.ttl', 'turtle'],
    ['g.nt', 'ntriples'],
    ['g.NQ', 'nquads'],
    ['g.trig', 'trig'],
    ['g.jsonld', 'jsonld'],
    ['g.json', 'jsonld'],
    ['g.txt', undefined],
    ['graph', undefined],
  ])('%s → %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });

  it('parses --format names and aliases', () => {
    expect(parseExportFormat('ttl')).toBe('turtle');
    expect(parseExportFormat('N-Quads')).toBe('nquads');
    expect(() => parseExportFormat('rdfxml')).toThrow(UsageError);
  });
});

describe('writing files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-export-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the serialization, creating the folder', () => {
    const out = join(dir, 'new', 'sub', 'graph.trig');
    const n = writeGraph(out, sampleQuads(), 'trig');
    expect(readFileSync(out, 'utf8')).toBe(serializeToString(sampleQuads(), 'trig'));
    expect(n).toBe(nquads(sampleQuads()).length);
    expect(readdirSync(dirname(out))).toEqual(['graph.trig']);
  });

  it('leaves the previous output intact when writing fails', () => {
    const out = join(dir, 'keep.ttl');
    writeFileSync(out, 'PREVIOUS');
    expect(() =>
      writeFileAtomic(out, (sink) => {
        sink.write('partial output '.repeat(100_000));
        throw new Error('killed halfway');
      }),
    ).toThrow('killed halfway');
    expect(readFileSync(out, 'utf8')).toBe('PREVIOUS');
    expect(readdirSync(dir).filter((f) => f.includes('keep'))).toEqual(['keep.ttl']);
  });

  it('says so when it cannot write', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    expect(() => writeGraph(join(blocker, 'graph.ttl'), sampleQuads(), 'turtle')).toThrow(OutputError);
  });

  it('streams a large graph in bounded chunks', () => {
    const quads: RDF.Quad[] = [];
    for (let i = 0; i < 60_000; i++) quads.push(quad(iri(`${ID}s/${i}`), iri(`${RDFS}label`), literal(`label number ${i} with some padding text`), iri(`${ID}g/${i % 7}`)));
    for (const format of ['nquads', 'turtle', 'jsonld'] as const) {
      const sizes: number[] = [];
      const sink = new ChunkedSink((text) => void sizes.push(text.length));
      serialize(quads, format, sink);
      sink.flush();
      expect(sizes.length).toBeGreaterThan(2);
      expect(Math.max(...sizes)).toBeLessThan(3 << 20);
    }
    const out = join(dir, 'big.nq');
    expect(writeGraph(out, quads, 'nquads')).toBe(60_000);
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(60_001);
  });
});

describe('graphStats', () => {
  it('counts distinct typed subjects and distinct triples', () => {
    expect(graphStats(sampleQuads())).toEqual({
      articles: 2,
      entities: { Person: 1, Country: 1, Organization: 0, Place: 1 },
      quotes: 1,
      pledges: 1,
      triples: nquads(sampleQuads(), true).length,
    });
  });
});

// Raw controls an RDF text file must not hold: every text format writes them as \uXXXX, the direct
// serializers and the batch build's renderer alike. The noncharacters U+FFFE and U+FFFF are the
// other way round: Raptor (rapper 2.0.15) refuses their escapes and reads them raw.
describe('no raw controls, and no escaped noncharacters, in text formats', () => {
  const rapperOk = spawnSync('rapper', ['--version']).status === 0;
  const value = 'a\uffffb\ufffec\u0007d\u007fe';
  const one = [DataFactory.quad(DataFactory.namedNode('http://e/s'), DataFactory.namedNode('http://e/p'), DataFactory.literal(value), DataFactory.namedNode('http://e/g'))];
  it.each(['ntriples', 'nquads', 'turtle', 'trig'] as const)('%s', (format) => {
    const text = serializeToString(one, format);
    expect(text).not.toMatch(/[\u0007\u007f]/);
    expect(text).not.toMatch(/\\uFFF[EF]/);
    const parsed = new Parser({ format: format === 'nquads' ? 'N-Quads' : format === 'trig' ? 'application/trig' : format === 'turtle' ? 'text/turtle' : 'N-Triples' }).parse(text);
    expect(parsed[0]!.object.value).toBe(value);
  });

  it.each([
    ['nq', 'nquads'],
    ['nt', 'ntriples'],
    ['ttl', 'turtle'],
    ['trig', 'trig'],
  ])('newskg build --out graph.%s: rapper reads it', (ext, format) => {
    const dir = mkdtempSync(join(tmpdir(), 'newskg-nonchar-'));
    try {
      writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify({ id: 'a', text: 'Odd \uffff text\n\nMacron spoke in Paris \ufffe on Monday.' })}\n`);
      const r = spawnSync(process.execPath, [join(here, '..', 'dist', 'cli', 'main.js'), 'build', join(dir, 'a.jsonl'), '--out', join(dir, `graph.${ext}`), '--quiet'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const text = readFileSync(join(dir, `graph.${ext}`), 'utf8');
      expect(text).toContain('Odd \uffff text');
      expect(text).not.toMatch(/\\uFFF[EF]/);
      if (rapperOk) {
        const rap = spawnSync('rapper', ['-q', '-i', format, '-c', join(dir, `graph.${ext}`)], { encoding: 'utf8' });
        expect(rap.stderr).toBe('');
        expect(rap.status).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
