// Runs the real CLI (dist/cli/main.js, compiled by test/global-setup.ts) as a user would.
import type * as RDF from '@rdfjs/types';
import { Parser } from 'n3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import oxigraph from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const reference = join(root, 'data', 'articles', 'paris-ukraine-conference.txt');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
function run(args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', input, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-cli-'));
  mkdirSync(p('good'));
  copyFileSync(reference, p('good', 'paris-ukraine-conference.txt'));
  writeFileSync(p('good', 'short.txt'), 'BERLIN, March 3 (Reuters) - Chancellor Olaf Scholz said on Monday that "Germany will help."\r\n');
  mkdirSync(p('mixed'));
  writeFileSync(p('mixed', 'ok.txt'), 'LONDON - Prime Minister Rishi Sunak said the talks were "very productive".\n');
  writeFileSync(p('mixed', 'empty.txt'), '');
  writeFileSync(p('mixed', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  writeFileSync(p('mixed', 'batch.jsonl'), '{"id": "j1", "text": "Kyiv is the capital of Ukraine."}\n{"text": broken}\n{"title": "no text"}\n');
  writeFileSync(
    p('mixed', 'page.html'),
    '<html><head><title>Page</title><script>var LEAK = "SCRIPT-TEXT";</script></head><body><article><p onclick="HANDLER()">Emmanuel Macron spoke in Paris.</p><p>Second paragraph.</p></article></body></html>',
  );
  mkdirSync(p('bad'));
  writeFileSync(p('bad', 'empty.txt'), '   \n');
  writeFileSync(p('bad', 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('help, version and usage errors', () => {
  it('--version prints the package version', () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    for (const flag of ['--version', '-v']) {
      const r = run([flag]);
      expect(r).toEqual({ code: 0, stdout: `newskg ${version}\n`, stderr: '' });
    }
  });

  it.each([['--help'], ['-h'], ['help'], ['build', '--help'], ['query', '-h'], ['validate', '--help'], ['help', 'build']])('%s prints usage to stdout, exit 0', (...args) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: newskg /);
    expect(r.stderr).toBe('');
  });

  it('no command prints usage to stderr, exit 2', () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: newskg/);
  });

  // the team's scorer and users run the package's bin as `npx newskg`, through its #! line: it must be executable
  it('the built bin runs as `npx --no-install newskg`', () => {
    const r = spawnSync('npx', ['--no-install', 'newskg', '--version'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^newskg \d+\.\d+\.\d+/);
  });

  const usage: [string[], RegExp][] = [
    [['frob'], /^newskg: unknown command "frob" — /],
    [['--frob'], /^newskg: unknown option --frob — /],
    [['build', 'good', '--out', 'x.ttl', '--frob'], /^newskg: build: unknown option --frob — see "newskg build --help"$/],
    [['query', 'q.rq', '--data', 'x.ttl', '-z'], /^newskg: query: unknown option -z — see "newskg query --help"$/],
    [['validate', 'x.ttl', '--strict'], /^newskg: validate: unknown option --strict — /],
    [['build', 'good'], /^newskg: build: missing --out FILE — /],
    [['build', '--out', 'x.ttl'], /^newskg: build: no inputs — /],
    [['build', 'good', '--out'], /^newskg: build: option --out needs a value — /],
    [['build', 'good', '--out', 'graph.txt'], /^newskg: build: cannot tell the output format from "graph.txt" — /],
    [['build', 'good', '--out', 'g.ttl', '--format', 'rdfxml'], /^newskg: unknown output format "rdfxml" — use one of turtle, ntriples, nquads, trig, jsonld$/],
    [['build', 'good', '--out', 'g.ttl', '--base', 'not an iri'], /^newskg: build: --base "not an iri" is not an absolute IRI ending in \/ or # — /],
    [['query', '--data', 'x.ttl'], /^newskg: query: no query — /],
    [['query', '-e', 'ASK {}'], /^newskg: query: no data — /],
    [['query', '-e', 'ASK {}', '--data', 'x.ttl', '--format', 'owl'], /^newskg: query: unknown format "owl" — /],
    [['validate'], /^newskg: validate: no file — /],
  ];
  it.each(usage)('%j → exit 2 with one clear line', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });
});

// Escape sequences in a file name or an input's text would move the cursor, retitle the window or
// hide text when an error is printed: they are shown as text.
describe('input text never reaches the terminal raw', () => {
  it.each([
    ['an escape sequence in a file name', 'ansi\u001b[31mred.pdf', /^newskg: ansi\\x1b\[31mred\.pdf: unsupported file type "\.pdf" — /],
    ['a window-title sequence in a file name', 'title\u001b]0;owned\u0007.pdf', /^newskg: title\\x1b\]0;owned\\x07\.pdf: unsupported/],
    ['a right-to-left override in a file name', 'evil\u202etxt.pdf', /^newskg: evil\\u\{202e\}txt\.pdf: unsupported/],
  ])('%s', (_name, file, message) => {
    writeFileSync(p(file), '%PDF-1.4');
    const r = run(['build', file, '--out', 'x.ttl']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(lines(r.stderr)[0]).toMatch(message);
  });
});

function parseFile(file: string): RDF.Quad[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.jsonld')) return oxigraph.parse(text, { format: 'jsonld' }) as unknown as RDF.Quad[];
  return new Parser({ format: file.endsWith('.trig') ? 'application/trig' : file.endsWith('.nq') ? 'application/n-quads' : 'text/turtle' }).parse(text);
}

function queryJson(data: string, sparql: string): { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } } {
  const r = run(['query', '-e', sparql, '--data', data, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const ARTICLES = `PREFIX schema: <http://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?doc WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?doc } ORDER BY ?doc`;

describe('build', () => {
  it('builds a folder: graph written, summary on stderr, nothing on stdout', () => {
    const r = run(['build', 'good', '--out', 'out/graph.ttl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^newskg: wrote out\/graph\.ttl \(turtle\)\n/);
    expect(r.stderr).toMatch(/\n {2}articles {2}2\n/);
    expect(r.stderr).toMatch(/\n {2}entities {2}\d+ \(Person \d+, Country \d+, Organization \d+, Place \d+\)\n/);
    expect(r.stderr).toMatch(/\n {2}quotes {4}\d+\n {2}pledges {3}\d+\n {2}triples {3}\d+\n/);
    const triples = Number(/triples {3}(\d+)/.exec(r.stderr)![1]);
    expect(triples).toBeGreaterThan(0);
    expect(parseFile(p('out', 'graph.ttl'))).toHaveLength(triples);
    // one article node per input, with its id
    expect(queryJson('out/graph.ttl', ARTICLES).results.bindings.map((b) => b.doc.value)).toEqual(['paris-ukraine-conference', 'short']);
  });

  it('is deterministic: same bytes for any input order and any way of naming the inputs', () => {
    const runs = [
      ['good/short.txt', 'good/paris-ukraine-conference.txt'],
      ['good/paris-ukraine-conference.txt', 'good/short.txt'],
      ['good'],
      ['good/*.txt'],
      ['good/**', 'good/short.txt'],
    ];
    for (const format of ['ttl', 'nq', 'jsonld']) {
      const outputs = (format === 'ttl' ? runs : runs.slice(0, 2)).map((inputs, i) => {
        const out = `det/${i}.${format}`;
        expect(run(['build', ...inputs, '--out', out, '--quiet']).code).toBe(0);
        return readFileSync(p(out));
      });
      for (const o of outputs) expect(o.equals(outputs[0])).toBe(true);
    }
    // (nine builds, each a process that loads the pipeline: about 20 s idle, past a minute on a loaded machine)
  }, 180_000);

  it.each([
    ['g.ttl', 'turtle', false],
    ['g.nt', 'ntriples', false],
    ['g.nq', 'nquads', true],
    ['g.trig', 'trig', true],
    ['g.jsonld', 'jsonld', true],
  ])('writes %s as %s (named graphs kept: %s)', (name, format, graphs) => {
    const out = `formats/${name}`;
    const r = run(['build', 'good', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`(${format})`);
    const quads = oxigraph.parse(readFileSync(p(out), 'utf8'), { format: name.split('.')[1] }) as unknown as RDF.Quad[];
    const graphNames = new Set(quads.map((q) => q.graph.value));
    if (graphs) expect(graphNames.size).toBe(3); // 2 articles and the entities graph
    else expect([...graphNames]).toEqual(['']);
    // contract-style queries see the same articles in every format
    expect(queryJson(out, ARTICLES).results.bindings).toHaveLength(2);
  });

  it('--format overrides the extension, and --out - writes to stdout', () => {
    const r = run(['build', 'good/short.txt', '--out', '-', '--format', 'nt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^newskg: wrote stdout \(ntriples\)/);
    const quads = new Parser({ format: 'application/n-triples' }).parse(r.stdout);
    expect(quads.length).toBeGreaterThan(0);
  });

  it('--base changes the minted IRIs', () => {
    const r = run(['build', 'good/short.txt', '--out', 'base.nt', '--base', 'http://example.org/kg/']);
    expect(r.code).toBe(0);
    const subjects = parseFile(p('base.nt')).map((q) => q.subject.value);
    expect(subjects.some((s) => s.startsWith('http://example.org/kg/'))).toBe(true);
    expect(subjects.some((s) => s.startsWith('https://w3id.org/newskg/id/'))).toBe(false);
  });

  it('skips bad inputs, lists them at the end, exit 3', () => {
    const r = run(['build', 'mixed', '--out', 'mixed.ttl']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    const err = lines(r.stderr);
    const at = err.indexOf('newskg: skipped 4 bad inputs:');
    expect(at).toBeGreaterThan(0);
    expect(err.slice(at + 1)).toEqual([
      "newskg: mixed/batch.jsonl:2: invalid JSON: Unexpected token 'b' — each line must be one complete JSON object; no line breaks inside it",
      'newskg: mixed/batch.jsonl:3: missing "text" field — each line needs {"text": "..."} and optionally "id", "title", "date", "url"',
      'newskg: mixed/empty.txt: empty file — remove it from the inputs or add the article text',
      'newskg: mixed/photo.txt: binary file (PNG image), not text — only UTF-8 or UTF-16 text, HTML and JSONL files can be read',
    ]);
    expect(r.stderr).toMatch(/\n {2}articles {2}3\n/);
    expect(queryJson('mixed.ttl', ARTICLES).results.bindings.map((b) => b.doc.value)).toEqual(['j1', 'ok', 'page']);
    // the HTML article's text has no script or handler text in it
    const text = queryJson('mixed.ttl', 'PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?t WHERE { ?a dcterms:identifier "page" ; nif:isString ?t }');
    expect(text.results.bindings[0].t.value).toBe('Emmanuel Macron spoke in Paris.\n\nSecond paragraph.');
  });

  it('fails with exit 1 when nothing can be built, and leaves the previous output alone', () => {
    writeFileSync(p('keep.ttl'), 'PREVIOUS OUTPUT');
    const r = run(['build', 'bad', 'missing-folder', '--out', 'keep.ttl']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([
      'newskg: bad/empty.txt: only whitespace, no text — remove it from the inputs or add the article text',
      'newskg: bad/latin1.txt:1: invalid UTF-8 at byte 3 — save the file as UTF-8 (for example: iconv -f windows-1252 -t utf-8)',
      'newskg: missing-folder: no such file or folder — check the path',
      'newskg: nothing built: no readable articles in the inputs — see the errors above',
    ]);
    expect(readFileSync(p('keep.ttl'), 'utf8')).toBe('PREVIOUS OUTPUT');
    expect(readdirSync(dir).filter((f) => f.includes('keep'))).toEqual(['keep.ttl']);
  });

  it('warns about duplicate ids and keeps both articles', () => {
    mkdirSync(p('dups', 'a'), { recursive: true });
    mkdirSync(p('dups', 'b'), { recursive: true });
    writeFileSync(p('dups', 'a', 'same.txt'), 'First text.');
    writeFileSync(p('dups', 'b', 'same.md'), 'Second text.');
    const r = run(['build', 'dups', '--out', 'dups.ttl', '-q']);
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual(['newskg: warning: dups/b/same.md: duplicate article id "same" renamed to "same-2" — give each article a distinct file name or "id"']);
    expect(queryJson('dups.ttl', ARTICLES).results.bindings.map((b) => b.doc.value)).toEqual(['same', 'same-2']);
  });
});

describe('query', () => {
  beforeAll(() => {
    expect(run(['build', 'good', '--out', 'q/graph.trig', '-q']).code).toBe(0);
    writeFileSync(p('q', 'articles.rq'), ARTICLES);
  });

  it('--format json: only the SPARQL JSON on stdout', () => {
    const r = run(['query', 'q/articles.rq', '--data', 'q/graph.trig', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      head: { vars: ['doc'] },
      results: { bindings: [{ doc: { type: 'literal', value: 'paris-ukraine-conference' } }, { doc: { type: 'literal', value: 'short' } }] },
    });
  });

  it('the default is a table; more data files may follow the query', () => {
    expect(run(['build', 'mixed/ok.txt', '--out', 'q/more.nq', '-q']).code).toBe(0);
    const r = run(['query', 'q/articles.rq', 'q/graph.trig', 'q/more.nq']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(['?doc', '------------------------', 'ok', 'paris-ukraine-conference', 'short', '(3 rows)', ''].join('\n'));
  });

  it.each([
    ['csv', 'doc\r\nparis-ukraine-conference\r\nshort\r\n'],
    ['tsv', '?doc\n"paris-ukraine-conference"\n"short"\n'],
  ])('--format %s', (format, expected) => {
    const r = run(['query', '-e', ARTICLES, '-d', 'q/graph.trig', '-f', format]);
    expect(r).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('reads the query from stdin with -', () => {
    const r = run(['query', '-', '--data', 'q/graph.trig', '--format', 'csv'], ARTICLES);
    expect(r.stdout).toBe('doc\r\nparis-ukraine-conference\r\nshort\r\n');
  });

  it('ASK and CONSTRUCT', () => {
    expect(run(['query', '-e', 'ASK { ?s ?p ?o }', '--data', 'q/graph.trig', '--format', 'json']).stdout).toBe('{"head":{},"boolean":true}\n');
    const r = run(['query', '-e', 'PREFIX dcterms: <http://purl.org/dc/terms/> CONSTRUCT { ?a dcterms:identifier ?d } WHERE { ?a dcterms:identifier ?d }', '--data', 'q/graph.trig']);
    expect(r.code).toBe(0);
    expect(new Parser().parse(r.stdout)).toHaveLength(2);
    expect(r.stdout).toMatch(/^@prefix dcterms: <http:\/\/purl\.org\/dc\/terms\/>\.\n/);
  });

  it('a syntax error: exit 1, one line on stderr, nothing on stdout', () => {
    writeFileSync(p('q', 'bad.rq'), 'SELECT ?x\nWHERE { ?x ?y }\n');
    const r = run(['query', 'q/bad.rq', '--data', 'q/graph.trig', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^newskg: q\/bad\.rq:\d+:\d+: SPARQL syntax error: /);
  });

  it.each([
    [['-e', 'SELECT * WHERE { ?s ?p ?o }', '--data', 'q/nope.ttl'], /^newskg: q\/nope\.ttl: no such file or folder — /],
    [['q/nope.rq', '--data', 'q/graph.trig'], /^newskg: q\/nope\.rq: no such file or folder — /],
    [['-e', 'CONSTRUCT WHERE { ?s ?p ?o }', '--data', 'q/graph.trig', '--format', 'json'], /^newskg: <query>: CONSTRUCT results are a graph and cannot be written as json — /],
  ])('%j → exit 1', (args, message) => {
    const r = run(['query', ...args]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('validate', () => {
  const shapes = `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix schema: <http://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<http://ex.org/shapes#Person> a sh:NodeShape ; sh:targetClass schema:Person ;
  sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:datatype xsd:string ] ;
  sh:property [ sh:path schema:age ; sh:maxCount 1 ; sh:severity sh:Warning ] .
`;
  beforeAll(() => {
    writeFileSync(p('shapes.ttl'), shapes);
    writeFileSync(p('ok.ttl'), '@prefix schema: <http://schema.org/> .\n<http://ex.org/p1> a schema:Person ; <http://www.w3.org/2000/01/rdf-schema#label> "Ann" .\n');
    writeFileSync(
      p('violations.trig'),
      '@prefix schema: <http://schema.org/> .\n<http://ex.org/g> { <http://ex.org/p2> a schema:Person ; schema:age 1, 2 .\n<http://ex.org/p3> a schema:Person ; <http://www.w3.org/2000/01/rdf-schema#label> "Bo"@en . }\n',
    );
    writeFileSync(p('broken.ttl'), '@prefix schema: <http://schema.org/> .\n<http://ex.org/p1> a schema:Person ;\n  schema:name "unterminated .\n');
  });

  it('conforms: exit 0', () => {
    const r = run(['validate', 'ok.ttl', '--shapes', 'shapes.ttl']);
    expect(r).toEqual({ code: 0, stdout: 'ok.ttl: conforms (2 triples)\n', stderr: '' });
  });

  it('prints each result with focus node, path, message and severity; exit 1 on violations', () => {
    const r = run(['validate', 'violations.trig', '--shapes', 'shapes.ttl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatch(/^Violation {2}<http:\/\/ex\.org\/p2> {2}path=rdfs:label {2}.+/);
    expect(out[1]).toMatch(/^Violation {2}<http:\/\/ex\.org\/p3> {2}path=rdfs:label {2}.+ {2}value="Bo"$/);
    expect(out[2]).toMatch(/^Warning {2}<http:\/\/ex\.org\/p2> {2}path=schema:age {2}.+/);
    expect(out[3]).toBe('violations.trig: 2 violations, 1 other result (5 triples)');
  });

  it('a syntax error gives file, line and column: exit 1', () => {
    const r = run(['validate', 'broken.ttl']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^newskg: broken\.ttl:3:\d+: syntax error: .+ — fix the RDF syntax at that position$/)]);
  });

  it('a missing shapes file: exit 1', () => {
    const r = run(['validate', 'ok.ttl', '--shapes', 'nope.ttl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^newskg: nope\.ttl: SHACL shapes file not found — /);
  });

  it('a built graph conforms to the project shapes (ontology/shapes.ttl)', () => {
    expect(existsSync(join(root, 'ontology', 'shapes.ttl'))).toBe(true);
    expect(run(['build', 'good', '--out', 'v/graph.nq', '-q']).code).toBe(0);
    const r = run(['validate', 'v/graph.nq']);
    expect(r.stdout).toMatch(/^v\/graph\.nq: conforms/m);
    expect(r.code).toBe(0);
  });
});
