// Batch builds through the real CLI (dist/cli/main.js): parallel and 1-job builds give the same
// bytes, input order does not matter, --into adds, keeps and replaces articles' graphs, bad
// lines are skipped in parallel builds, surnames link across articles, entity descriptions are
// in one entities graph (no triple in two graphs).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFactory, Parser, Writer } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphOfLine } from '../src/batch/archive.js';
import { byteLines, lineChunks } from '../src/batch/inputs.js';
import { Output } from '../src/batch/output.js';
import type { NewskgError } from '../src/errors.js';
import { articlesFromLines, parseJsonl } from '../src/ingest/jsonl.js';
import { fromSharedKey, oneLabelEach, sharedKey } from '../src/batch/render.js';
import { pickLabel } from '../src/batch/linking.js';
import { compareQuads, serializeToString } from '../src/export/index.js';

const ENTITIES = 'https://w3id.org/newskg/id/graph/entities';

/** The graphs each triple of an N-Quads file is in (the quad's graph dropped from the key). */
function graphsByTriple(nquads: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const q of new Parser({ format: 'N-Quads' }).parse(nquads)) {
    const key = `${q.subject.id} ${q.predicate.id} ${q.object.id}`;
    const gs = out.get(key);
    if (gs) gs.push(q.graph.value);
    else out.set(key, [q.graph.value]);
  }
  return out;
}

/** Triples stated in more than one quad (two graphs, or twice in one graph), at most 5. */
function repeated(nquads: string): string[] {
  return [...graphsByTriple(nquads)].filter(([, gs]) => gs.length > 1).slice(0, 5).map(([t, gs]) => `${t} in ${gs.join(', ')}`);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const corpus = join(root, '..', 'shared', 'corpus');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
/** The CLI as a child (async, so parallel builds do not block the test runner). */
function run(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
const sha = (file: string) => createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);

const ARTICLES = [
  { id: 'a1', title: 'Macron in Berlin', text: 'BERLIN - French President Emmanuel Macron met Chancellor Olaf Scholz on Monday. "Europe must stand together," Macron said.' },
  { id: 'a2', text: 'Macron said the war must end. Britain and Germany agreed.' },
  { id: 'a3', text: 'KYIV (Reuters) - President Volodymyr Zelensky said on Tuesday that "Ukraine needs more air defence." The United States pledged $300 million in military aid.' },
  { id: 'a4', text: 'Scholz told reporters in Paris that Germany would send 5,000 helmets to Ukraine.' },
  { id: 'a5', text: 'The Bank of England held rates. Governor Andrew Bailey said inflation was falling.' },
  { id: 'a6', text: 'Bailey said the outlook was uncertain. "We will act if needed," he said.' },
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-build-'));
  writeFileSync(p('all.jsonl'), jsonl(ARTICLES));
  writeFileSync(p('reversed.jsonl'), jsonl([...ARTICLES].reverse()));
  mkdirSync(p('split'));
  writeFileSync(p('split', 'one.jsonl'), jsonl(ARTICLES.slice(3)));
  writeFileSync(p('split', 'two.jsonl'), jsonl(ARTICLES.slice(0, 3)));
  writeFileSync(p('split', 'extra.txt'), 'LONDON - Prime Minister Rishi Sunak said the talks were "very productive".\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parallel builds', () => {
  const FORMATS = ['ttl', 'nt', 'nq', 'trig', 'jsonld'];
  it.each(FORMATS)('%s: --jobs 1 and --jobs 2 give the same bytes, in any input order', async (ext) => {
    const runs = [
      ['all.jsonl', '--out', `j1.${ext}`, '--jobs', '1'],
      ['all.jsonl', '--out', `j2.${ext}`, '--jobs', '2'],
      ['reversed.jsonl', '--out', `r2.${ext}`, '--jobs', '2'],
      ['split', '--out', `s1.${ext}`, '--jobs', '1'],
      ['split/two.jsonl', 'split/extra.txt', 'split/one.jsonl', '--out', `s3.${ext}`, '--jobs', '3'],
    ];
    for (const args of runs) expect(await run(['build', ...args, '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(read(`j2.${ext}`)).toBe(read(`j1.${ext}`));
    expect(read(`r2.${ext}`)).toBe(read(`j1.${ext}`));
    expect(read(`s3.${ext}`)).toBe(read(`s1.${ext}`));
    expect(read(`j1.${ext}`).length).toBeGreaterThan(1000);
  });

  it('the summary counts the same for 1 and 2 jobs, and counts the triples written', async () => {
    const one = await run(['build', 'all.jsonl', '--out', 'sum1.nt', '-j', '1']);
    const two = await run(['build', 'all.jsonl', '--out', 'sum2.nt', '-j', '2']);
    expect(one.code).toBe(0);
    expect(two.stderr.replaceAll('sum2', 'sum1')).toBe(one.stderr);
    const triples = Number(/triples {3}(\d+)/.exec(one.stderr)![1]);
    expect(read('sum1.nt').split('\n').filter(Boolean)).toHaveLength(triples);
    expect(one.stderr).toMatch(/\n {2}articles {2}6\n/);
  });

  it('a bad JSONL line in a parallel build is reported with its line and skipped (exit 3)', async () => {
    writeFileSync(p('bad.jsonl'), `${jsonl(ARTICLES.slice(0, 2))}{"text": broken}\n${jsonl(ARTICLES.slice(2, 4))}{"title": "no text"}\n`);
    const r = await run(['build', 'bad.jsonl', '--out', 'bad.nq', '--jobs', '2', '-q']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/skipped 2 bad inputs/);
    expect(r.stderr).toMatch(/bad\.jsonl:3: invalid JSON/);
    expect(r.stderr).toMatch(/bad\.jsonl:6: missing "text" field/);
    const ids = [...read('bad.nq').matchAll(/<http:\/\/purl\.org\/dc\/terms\/identifier> "([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('a line with invalid UTF-8 is one bad input; the rest of the file is built', async () => {
    const good = Buffer.from(jsonl(ARTICLES.slice(0, 2)));
    writeFileSync(p('latin.jsonl'), Buffer.concat([good, Buffer.from('{"id": "x", "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    const r = await run(['build', 'latin.jsonl', '--out', 'latin.nq', '-j', '2', '-q']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/latin\.jsonl:3: invalid UTF-8 at byte \d+/);
  });

  it('a surname-only mention links to the full name another article gives', async () => {
    const r = await run(['build', 'all.jsonl', '--out', 'link.nq', '-j', '2', '-q']);
    expect(r.code).toBe(0);
    const nq = read('link.nq');
    const a2 = nq.split('\n').filter((l) => l.endsWith('<https://w3id.org/newskg/id/article/a2> .'));
    expect(a2.some((l) => l.includes('<https://w3id.org/newskg/id/person/emmanuel-macron>'))).toBe(true);
    expect(a2.some((l) => l.includes('<https://w3id.org/newskg/id/person/macron>'))).toBe(false);
    const a6 = nq.split('\n').filter((l) => l.endsWith('<https://w3id.org/newskg/id/article/a6> .'));
    expect(a6.some((l) => l.includes('/person/andrew-bailey>'))).toBe(true);
  });

  it('--jobs must be a positive number', async () => {
    const r = await run(['build', 'all.jsonl', '--out', 'x.nq', '--jobs', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs "many" is not a number/);
  });

  it('progress: one line per 1000 articles when stderr is not a terminal', async () => {
    writeFileSync(p('many.jsonl'), jsonl(Array.from({ length: 1001 }, (_, i) => ({ id: `m${i}`, text: `Item ${i}.` }))));
    const r = await run(['build', 'many.jsonl', '--out', 'many.nq', '-j', '2']);
    expect(r.code).toBe(0);
    // a line when the count passes 1000, with the count then (work arrives in runs of lines)
    for (const phase of ['extracting', 'writing']) {
      const lines = [...r.stderr.matchAll(new RegExp(`^newskg: ${phase}: (\\d+) articles \\(\\d+/s\\)$`, 'gm'))];
      expect(lines.length, phase).toBe(1);
      expect(Number(lines[0]![1])).toBeGreaterThanOrEqual(1000);
      expect(Number(lines[0]![1])).toBeLessThanOrEqual(1001);
    }
    expect(r.stderr).not.toMatch(/\r/);
  });
});

describe('the index a build writes', () => {
  // the build makes the index from what it renders (rows from the threads, the text of archive
  // graphs and of the entity block); it must be the index of the file it wrote
  const sameAsRead = async (out: string) => {
    const { TripleIndex, buildIndex, openIndex } = await import('../src/store/triple-index.js');
    const written = TripleIndex.read(p(`${out}.nkgi`));
    expect(written).toBeDefined();
    // and it is taken as the output's (its size and SHA-256 match): a query opens it as is
    expect((await openIndex(p(out), { save: false })).built).toBe(false);
    expect(Buffer.compare(written!.toBuffer(), (await buildIndex(p(out))).toBuffer())).toBe(0);
    return written!;
  };
  it.each(['nq', 'nt'])('%s: the index of the output, the same for 1 and 2 jobs', async (ext) => {
    for (const j of ['1', '2']) expect((await run(['build', 'all.jsonl', '--out', `ix${j}.${ext}`, '-j', j, '-q'])).code).toBe(0);
    const one = await sameAsRead(`ix1.${ext}`);
    const two = await sameAsRead(`ix2.${ext}`);
    expect(two.triples).toBe(one.triples);
    // the index of the same graph is the same bytes (it records the graph's content, not its time)
    expect(readFileSync(p(`ix1.${ext}.nkgi`)).equals(readFileSync(p(`ix2.${ext}.nkgi`)))).toBe(true);
    expect(one.triples).toBeGreaterThan(100);
  });
  it("with --into: the index holds the archive's kept graphs, not a replaced article's old one", async () => {
    writeFileSync(p('ix-old.jsonl'), jsonl([{ id: 'a1', text: 'Angela Merkel visited Paris.' }, { id: 'kept', text: 'Olaf Scholz met Emmanuel Macron in Berlin.' }]));
    expect((await run(['build', 'ix-old.jsonl', '--out', 'ix-archive.nq', '-q'])).code).toBe(0);
    expect((await run(['build', 'all.jsonl', '--into', 'ix-archive.nq', '-j', '2', '-q'])).code).toBe(0);
    await sameAsRead('ix-archive.nq');
    expect(read('ix-archive.nq')).toMatch(/article\/kept>/);
    expect(read('ix-archive.nq')).not.toMatch(/"Angela Merkel visited Paris."/);
  });
});

describe('the entities graph', () => {
  it('holds every entity description once; article graphs hold only their own facts; no triple is in two graphs', async () => {
    expect(await run(['build', 'all.jsonl', '--out', 'ent.nq', '-j', '2', '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await run(['build', 'all.jsonl', '--out', 'ent.nt', '-j', '2', '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const nq = read('ent.nq');
    expect(repeated(nq)).toEqual([]);
    const quads = new Parser({ format: 'N-Quads' }).parse(nq);
    const macron = 'https://w3id.org/newskg/id/person/emmanuel-macron';
    const DESCRIBING = /#(type|label|altLabel|sameAs)$|\/identifier$/;
    const about = (s: string) => quads.filter((q) => q.subject.value === s && DESCRIBING.test(q.predicate.value));
    // Macron is mentioned by a1 and (through surname linking) a2: one description, in one graph
    expect(new Set(about(macron).map((q) => q.graph.value))).toEqual(new Set([ENTITIES]));
    expect(about(macron).filter((q) => q.predicate.value.endsWith('#label')).map((q) => q.object.value)).toEqual(['Emmanuel Macron']);
    // both articles still say they mention him, each in its own graph
    const mentioning = quads.filter((q) => q.predicate.value === 'http://schema.org/mentions' && q.object.value === macron).map((q) => q.graph.value);
    expect(mentioning.sort()).toEqual(['https://w3id.org/newskg/id/article/a1', 'https://w3id.org/newskg/id/article/a2']);
    // the entities graph describes entities only: every subject is an entity IRI
    const inEntities = quads.filter((q) => q.graph.value === ENTITIES);
    expect(inEntities.length).toBeGreaterThan(20);
    for (const q of inEntities) expect(q.subject.value).toMatch(/^https:\/\/w3id\.org\/newskg\/id\/(person|country|organization|place)\//);
    // article graphs keep no entity description (their statements all name one of their own nodes)
    for (const q of quads.filter((x) => x.graph.value !== ENTITIES)) {
      expect(q.subject.value.startsWith(q.graph.value) || q.object.value.startsWith(q.graph.value), `${q.subject.value} ${q.predicate.value} ${q.object.value}`).toBe(true);
    }
    // the triple formats say the same: the N-Triples are the N-Quads without their graphs
    const triples = new Set([...graphsByTriple(nq).keys()]);
    const nt = new Parser({ format: 'N-Triples' }).parse(read('ent.nt')).map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`);
    expect(nt.length).toBe(triples.size);
    expect(new Set(nt)).toEqual(triples);
  });

  it.each(['nq', 'trig', 'jsonld'])('%s: a build writes what serializing its quads writes (the entities graph last, once)', async (ext) => {
    expect((await run(['build', 'all.jsonl', '--out', `canon.${ext}`, '-j', '2', '-q'])).code).toBe(0);
    const quads = new Parser({ format: 'N-Quads' }).parse(read('ent.nq'));
    expect(read(`canon.${ext}`)).toBe(serializeToString(quads, ext === 'nq' ? 'nquads' : ext === 'trig' ? 'trig' : 'jsonld'));
  });

  it('the summary counts each distinct triple once in every format', async () => {
    const nq = await run(['build', 'all.jsonl', '--out', 'count.nq', '-j', '2']);
    const nt = await run(['build', 'all.jsonl', '--out', 'count.nt', '-j', '2']);
    const triples = (r: Run) => /triples {3}(\d+)/.exec(r.stderr)![1];
    expect(triples(nq)).toBe(triples(nt));
    expect(nq.stderr).toContain(`(${read('count.nq').split('\n').filter(Boolean).length} quads written)`);
  });
});

describe('--into', () => {
  it('two builds into one archive at once: the second waits for the first, and every article of both is kept', async () => {
    const ids = (file: string) => [...read(file).matchAll(/<[^>]*\/article\/([^>#/]+)>/g)].map((m) => m[1]!).filter((v, i, a) => a.indexOf(v) === i).sort();
    const first = ARTICLES.slice(0, 3).map((a, i) => ({ ...a, id: `left${i}` }));
    const second = ARTICLES.slice(3).map((a, i) => ({ ...a, id: `right${i}` }));
    writeFileSync(p('conc-left.jsonl'), jsonl(first));
    writeFileSync(p('conc-right.jsonl'), jsonl(second));
    const [a, b] = await Promise.all([run(['build', 'conc-left.jsonl', '--into', 'conc.nq', '-q']), run(['build', 'conc-right.jsonl', '--into', 'conc.nq', '-q'])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(ids('conc.nq')).toEqual(['left0', 'left1', 'left2', 'right0', 'right1', 'right2']);
    expect(existsSync(p('.conc.nq.lock'))).toBe(false);
  });

  it('an archive of 200,000 graphs keeps them all (their list was appended by a spread, which overflowed the call stack)', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      const g = `http://example.org/news/article/many${String(i).padStart(6, '0')}`;
      lines.push(`<${g}> <http://purl.org/dc/terms/identifier> "many${i}" <${g}> .`);
    }
    writeFileSync(p('many.nq'), `${lines.join('\n')}\n`);
    writeFileSync(p('many-new.jsonl'), jsonl(ARTICLES.slice(0, 1).map((a) => ({ ...a, id: 'many-new' }))));
    const r = await run(['build', 'many-new.jsonl', '--into', 'many.nq', '--no-index', '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const graphs = new Set(read('many.nq').split('\n').map(graphOfLine).filter((g) => g !== undefined));
    expect(graphs.size).toBe(200_000 + 2); // and the new article's graph, and the entities graph
  }, 300_000);

  it('a lock left by a killed build is taken over', async () => {
    writeFileSync(p('.stale.nq.lock'), '999999999\n');
    writeFileSync(p('stale.jsonl'), jsonl(ARTICLES.slice(0, 1)));
    const r = await run(['build', 'stale.jsonl', '--into', 'stale.nq', '-q']);
    expect(r.code).toBe(0);
    expect(existsSync(p('.stale.nq.lock'))).toBe(false);
  });

  it.each(['nq', 'trig'])('%s: adds, re-adds (same bytes) and replaces one article graph only', async (ext) => {
    writeFileSync(p(`first-${ext}.jsonl`), jsonl(ARTICLES.slice(0, 3)));
    writeFileSync(p(`second-${ext}.jsonl`), jsonl(ARTICLES.slice(3)));
    const archive = `archive.${ext}`;
    expect((await run(['build', `first-${ext}.jsonl`, '--into', archive, '-q'])).code).toBe(0);
    expect((await run(['build', `second-${ext}.jsonl`, '--into', archive, '-q'])).code).toBe(0);
    // all six, built in two steps, are the six built at once (no surname crosses the steps here
    // except Bailey, which lives in the second batch with its full name)
    expect((await run(['build', 'all.jsonl', '--out', `once.${ext}`, '-q'])).code).toBe(0);
    expect(read(archive)).toBe(read(`once.${ext}`));
    const before = sha(archive);
    // re-adding an article already there changes nothing
    const again = await run(['build', `second-${ext}.jsonl`, '--into', archive, '-j', '2']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/articles {2}6 \(3 built, 3 of them replacing their graph; 3 kept\)/);
    expect(sha(archive)).toBe(before);
    // a changed article replaces its own graph, nothing else
    writeFileSync(p(`changed-${ext}.jsonl`), jsonl([{ id: 'a4', text: 'Scholz told reporters in Madrid that Spain would send tents.' }]));
    const old = new Parser({ format: ext === 'nq' ? 'N-Quads' : 'TriG' }).parse(read(archive));
    expect((await run(['build', `changed-${ext}.jsonl`, '--into', archive, '--out', `changed.${ext}`, '-q'])).code).toBe(0);
    expect(sha(archive)).toBe(before); // --out elsewhere leaves the archive alone
    const now = new Parser({ format: ext === 'nq' ? 'N-Quads' : 'TriG' }).parse(read(`changed.${ext}`));
    const a4 = 'https://w3id.org/newskg/id/article/a4';
    const lines = (qs: typeof old, keep: (g: string) => boolean) => qs.filter((q) => keep(q.graph.value)).sort(compareQuads);
    const others = (g: string) => g !== a4 && g !== ENTITIES;
    expect(lines(now, others)).toEqual(lines(old, others));
    expect(now.some((q) => q.graph.value === a4 && q.object.value.includes('Madrid'))).toBe(true);
    expect(old.some((q) => q.graph.value === a4 && q.object.value.includes('Madrid'))).toBe(false);
    // the entities graph is the union: every description it had, plus the changed article's new
    // entities (Spain). What only the old a4 said of an entity stays until a full rebuild.
    const ids = (qs: typeof old) => qs.filter((q) => q.graph.value === ENTITIES).map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`);
    const had = ids(old);
    const has = new Set(ids(now));
    expect(had.filter((t) => !has.has(t))).toEqual([]);
    expect([...has].filter((t) => t.startsWith('https://w3id.org/newskg/id/country/spain '))).not.toEqual([]);
    expect(had.filter((t) => t.startsWith('https://w3id.org/newskg/id/country/spain '))).toEqual([]);
    expect(repeated(new Writer({ format: 'N-Quads' }).quadsToString(now))).toEqual([]);
  });

  it('an archive from before the entities graph (descriptions in every article graph) moves them there', async () => {
    expect((await run(['build', 'all.jsonl', '--out', 'ent-once.nq', '-q'])).code).toBe(0);
    const quads = new Parser({ format: 'N-Quads' }).parse(read('ent-once.nq'));
    // the old layout: each article graph describes the entities it mentions
    const descriptions = quads.filter((q) => q.graph.value === ENTITIES);
    const old = quads.filter((q) => q.graph.value !== ENTITIES);
    for (const m of quads.filter((q) => q.predicate.value === 'http://schema.org/mentions')) {
      for (const d of descriptions.filter((q) => q.subject.equals(m.object))) old.push(DataFactory.quad(d.subject, d.predicate, d.object, m.graph));
    }
    writeFileSync(p('old-layout.nq'), serializeToString(old, 'nquads'));
    expect(repeated(read('old-layout.nq'))).not.toEqual([]); // Macron's label, in a1 and in a2
    writeFileSync(p('just-a1.jsonl'), jsonl([ARTICLES[0]]));
    const r = await run(['build', 'just-a1.jsonl', '--into', 'old-layout.nq', '-j', '2', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(read('old-layout.nq')).toBe(read('ent-once.nq'));
  });

  it('links a new surname-only mention to a full name already in the archive', async () => {
    writeFileSync(p('full.jsonl'), jsonl([ARTICLES[0]]));
    writeFileSync(p('surname.jsonl'), jsonl([ARTICLES[1]]));
    expect((await run(['build', 'full.jsonl', '--into', 'link-archive.nq', '-q'])).code).toBe(0);
    expect((await run(['build', 'surname.jsonl', '--into', 'link-archive.nq', '-q'])).code).toBe(0);
    const a2 = read('link-archive.nq').split('\n').filter((l) => l.endsWith('<https://w3id.org/newskg/id/article/a2> .'));
    expect(a2.some((l) => l.includes('/person/emmanuel-macron>'))).toBe(true);
  });

  it('refuses a triple-only output and leaves a broken archive alone (exit 1)', async () => {
    expect((await run(['build', 'all.jsonl', '--into', 'x.ttl'])).code).toBe(2);
    writeFileSync(p('broken.nq'), '<http://x/s> <http://x/p> "o" .\n');
    const r = await run(['build', 'all.jsonl', '--into', 'broken.nq']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.nq:1: statement outside a named graph/);
    expect(read('broken.nq')).toBe('<http://x/s> <http://x/p> "o" .\n');
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  const sample = existsSync(join(corpus, 'bbc.jsonl')) && existsSync(join(corpus, 'reuters.jsonl'));
  it.runIf(sample)('30 BBC articles added to 30 Reuters articles twice give the same bytes', async () => {
    const first = (f: string) => readFileSync(join(corpus, f), 'utf8').split('\n').filter(Boolean).slice(0, 30).join('\n') + '\n';
    writeFileSync(p('reuters30.jsonl'), first('reuters.jsonl'));
    writeFileSync(p('bbc30.jsonl'), first('bbc.jsonl'));
    expect((await run(['build', 'reuters30.jsonl', '--out', 'news.nq', '-q'])).code).toBe(0);
    expect((await run(['build', 'bbc30.jsonl', '--into', 'news.nq', '-j', '2', '-q'])).code).toBe(0);
    const once = sha('news.nq');
    expect((await run(['build', 'bbc30.jsonl', '--into', 'news.nq', '-j', '1', '-q'])).code).toBe(0);
    expect(sha('news.nq')).toBe(once);
    expect(repeated(read('news.nq'))).toEqual([]);
    expect(read('news.nq').split('\n').filter((l) => / <https:\/\/w3id\.org\/newskg\/id\/article\/bbc%3A/.test(l)).length).toBeGreaterThan(1000);
  });
  if (!sample) it('30 BBC + 30 Reuters incremental sample', () => console.log(`skipped: ${corpus} is absent (the team's shared data sits beside the project)`));
});

describe('helpers', () => {
  it.each([
    ['<http://s> <http://p> "a \\" <x> ." <http://g> .', 'http://g'],
    ['<http://s> <http://p> "x"@en <http://g> .', 'http://g'],
    ['<http://s> <http://p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <http://g> .', 'http://g'],
    ['<http://s> <http://p> <http://o> .', ''],
    ['_:b <http://p> _:c <http://g> .', 'http://g'],
    ['# a comment', undefined],
    ['', undefined],
  ])('graphOfLine(%j) = %j', (line, graph) => {
    expect(graphOfLine(line)).toBe(graph);
  });

  it('shared keys sort as quads do and give the triple back', () => {
    const quads = new Parser().parse(`
      @prefix s: <http://schema.org/> .
      <http://x/a> a s:Person ; <http://www.w3.org/2000/01/rdf-schema#label> "A", "A b", "A"@en, "1"^^<http://www.w3.org/2001/XMLSchema#integer> ; s:knows <http://x/ab>, <http://x/a> .
      <http://x/ab> a s:Thing . <http://x/a-> s:name "z" .`);
    const byKey = [...quads].sort((a, b) => (sharedKey(a) < sharedKey(b) ? -1 : sharedKey(a) > sharedKey(b) ? 1 : 0));
    expect(byKey).toEqual([...quads].sort(compareQuads));
    for (const q of quads) expect(fromSharedKey(sharedKey(q)).equals(q)).toBe(true);
  });
});

describe('one label per node (oneLabelEach, pickLabel)', () => {
  const L = '<http://www.w3.org/2000/01/rdf-schema#label>';
  const A = '<http://www.w3.org/2004/02/skos/core#altLabel>';
  const keysOf = (nt: string) => new Parser({ format: 'N-Triples' }).parse(nt).map(sharedKey);
  const ntOf = (keys: string[]) => keys.map((k) => fromSharedKey(k)).map((q) => `<${q.subject.value}> <${q.predicate.value}> ${(q.object as unknown as { id: string }).id}`).sort();
  // entity descriptions (N-Triples), chosen label per node → the descriptions written
  const cases: [string, string, [string, string][], string[]][] = [
    ['one label stays', `<http://x/a> ${L} "Acme" .`, [], [`<http://x/a> ${L} "Acme"`]],
    ['two labels: the chosen one stays, the other is an alias', `<http://x/a> ${L} "WorldCom" .\n<http://x/a> ${L} "Worldcom" .`, [['http://x/a', 'Worldcom']], [`<http://x/a> ${A} "WorldCom"`, `<http://x/a> ${L} "Worldcom"`]],
    ['none chosen: the least stays', `<http://x/a> ${L} "Theo van Gogh" .\n<http://x/a> ${L} "Theo Van Gogh" .`, [], [`<http://x/a> ${A} "Theo van Gogh"`, `<http://x/a> ${L} "Theo Van Gogh"`]],
    ['an alias that repeats the label goes', `<http://x/a> ${L} "Acme" .\n<http://x/a> ${A} "Acme" .\n<http://x/a> ${A} "ACME" .`, [], [`<http://x/a> ${A} "ACME"`, `<http://x/a> ${L} "Acme"`]],
    ['other nodes and predicates pass', `<http://x/a> ${L} "A" .\n<http://x/b> ${L} "A" .\n<http://x/b> <http://x/p> "A" .`, [], [`<http://x/a> ${L} "A"`, `<http://x/b> <http://x/p> "A"`, `<http://x/b> ${L} "A"`]],
  ];
  it.each(cases)('%s', (_, nt, chosen, expected) => {
    expect(ntOf(oneLabelEach(keysOf(nt), new Map(chosen)))).toEqual([...expected].sort());
  });
  it.each([
    [[['WorldCom', 3], ['Worldcom', 1]], 'WorldCom'],
    [[['Theo van Gogh', 1], ['Theo Van Gogh', 1]], 'Theo Van Gogh'],
    [[['b', 2], ['a', 2], ['c', 1]], 'a'],
  ] as [[string, number][], string][])('pickLabel(%j) = %j', (counts, label) => {
    expect(pickLabel(new Map(counts))).toBe(label);
  });
  it('a build names a node by the form most of its articles write, the others its aliases', async () => {
    // (the least form in code-unit order, "Theo Van Brakel", would win a tie)
    writeFileSync(p('labels.jsonl'), jsonl([
      { id: 'l1', text: 'Theo van Brakel said on Monday the plan would fail.' },
      { id: 'l2', text: 'The plan is doomed, Theo Van Brakel told reporters on Tuesday.' },
      { id: 'l3', text: 'Critics including Theo van Brakel said the cuts went too far.' },
    ]));
    expect((await run(['build', 'labels.jsonl', '--out', 'labels.nq', '-q'])).code).toBe(0);
    const quads = new Parser({ format: 'N-Quads' }).parse(read('labels.nq'));
    const about = (pred: RegExp) => quads.filter((q) => q.subject.value.endsWith('/person/theo-van-brakel') && pred.test(q.predicate.value)).map((q) => q.object.value).sort();
    expect(about(/#label$/)).toEqual(['Theo van Brakel']);
    expect(about(/#altLabel$/)).toEqual(['Theo Van Brakel']);
  });
});

describe('newPrefixes', () => {
  it('finds what usedPrefixes finds, each prefix once per thread', async () => {
    const { usedPrefixes } = await import('../src/export/index.js');
    const { newPrefixes } = await import('../src/batch/render.js');
    const { PREFIXES } = await import('../src/graph/index.js');
    const quads = new Parser({ format: 'N-Quads' }).parse(
      [
        '<https://w3id.org/newskg/id/article/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle> <https://w3id.org/newskg/id/article/x> .',
        '<https://w3id.org/newskg/id/article/x> <http://purl.org/dc/terms/identifier> "x" <https://w3id.org/newskg/id/article/x> .',
        '<https://w3id.org/newskg/id/p> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1> <https://w3id.org/newskg/id/article/x> .',
        '<https://w3id.org/newskg/id/p> <https://w3id.org/newskg#n> "1"^^<http://www.w3.org/2001/XMLSchema#decimal> <https://w3id.org/newskg/id/article/x> .',
      ].join('\n'),
    );
    const known = new Set<string>();
    expect(newPrefixes(quads, PREFIXES, known).sort()).toEqual(Object.keys(usedPrefixes(quads, PREFIXES)).sort());
    expect(newPrefixes(quads, PREFIXES, known)).toEqual([]);
  });
});

// The JSONL reader of batch builds: runs of whole lines (src/batch/inputs.ts), parsed in the
// worker. Every case: the runs put back together are the file, each run's first line number and
// offset are right, byteLines gives the file's lines, and parsing the runs gives what parsing
// the whole file line by line gives.
describe('JSONL runs of whole lines (lineChunks, articlesFromLines)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const line = (id: string, text: string) => JSON.stringify({ id, text });
  const cases: [name: string, content: Buffer, target: number][] = [
    ['one short line, no final newline', Buffer.from(line('a', 'A.')), 64],
    ['lines smaller than the target', Buffer.from([1, 2, 3, 4, 5].map((i) => line(`a${i}`, `Text ${i}.`)).join('\n') + '\n'), 40],
    ['every line its own run (target 1)', Buffer.from(['x', 'y', 'z'].map((i) => line(i, `${i}.`)).join('\n') + '\n'), 1],
    ['blank lines and CRLF', Buffer.from(`${line('a', 'A.')}\r\n\r\n\n${line('b', 'B.')}\r\n`), 8],
    ['a line longer than one read (1 MiB)', Buffer.from(`${line('big', 'word '.repeat(300_000))}\n${line('s', 'S.')}\n`), 1000],
    ['a byte-order mark on line 1', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${line('a', 'A.')}\n${line('b', 'B.')}\n`)]), 4],
    ['invalid UTF-8 on line 2 of 3', Buffer.concat([Buffer.from(`${line('a', 'A.')}\n{"text": "caf`), Buffer.from([0xe9]), Buffer.from(`"}\n${line('c', 'C.')}\n`)]), 16],
    ['bad JSON between good lines', Buffer.from(`${line('a', 'A.')}\n{"text": \n${line('c', 'C.')}`), 10],
    ['non-ASCII text across run ends', Buffer.from(['Zürich', 'Киев', '東京 🌏'].map((t, i) => line(`u${i}`, t)).join('\n') + '\n'), 5],
  ];
  it.each(cases)('%s', async (name, content, target) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.jsonl`);
    writeFileSync(path, content);
    const runs: { bytes: Buffer; firstLine: number; offset: number }[] = [];
    for await (const r of lineChunks(path, target)) runs.push(r);
    expect(Buffer.concat(runs.map((r) => r.bytes)).equals(content)).toBe(true);
    let lineNo = 1;
    let offset = 0;
    for (const r of runs) {
      expect([r.firstLine, r.offset]).toEqual([lineNo, offset]);
      if (r !== runs.at(-1)) expect(r.bytes.at(-1)).toBe(0x0a);
      lineNo += r.bytes.filter((b) => b === 0x0a).length;
      offset += r.bytes.length;
    }
    // byteLines (the archive reader's lines) is the same cut with runs of one line, '\n' dropped
    const lines: { bytes: Buffer; lineNo: number; offset: number }[] = [];
    for await (const l of byteLines(path)) lines.push({ ...l, bytes: Buffer.from(l.bytes) });
    const split = content.toString('latin1').split('\n');
    if (split.at(-1) === '') split.pop();
    expect(lines.map((l) => l.bytes.toString('latin1'))).toEqual(split);
    expect(lines.map((l) => l.lineNo)).toEqual(split.map((_, i) => i + 1));
    expect(lines.map((l) => l.offset)).toEqual(split.map((_, i) => split.slice(0, i).reduce((n, x) => n + x.length + 1, 0)));
    // the same articles, errors and warnings as one line at a time over the whole file
    const stem = 'f';
    const got = runs.map((r) => articlesFromLines({ path, stem, ...r }));
    const expected = articlesFromLines({ path, stem, bytes: content, firstLine: 1, offset: 0 });
    const shape = (x: { articles: { id: string; text: string; source: unknown }[]; errors: NewskgError[]; warnings: NewskgError[] }[]) => ({
      articles: x.flatMap((r) => r.articles.map((a) => [a.id, a.text, a.source])),
      errors: x.flatMap((r) => r.errors.map((e) => e.format())),
      warnings: x.flatMap((r) => r.warnings.map((e) => e.format())),
    });
    expect(shape(got)).toEqual(shape([expected]));
    // and that is what the ingest stage makes of the whole file
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    if (!name.includes('invalid')) expect(shape([expected]).articles).toEqual(shape([parseJsonl(text, path, stem)]).articles);
    else expect(shape([expected]).errors).toEqual([`newskg: ${path}:2: invalid UTF-8 at byte ${content.indexOf(0xe9)} — save the file as UTF-8 (for example: iconv -f windows-1252 -t utf-8)`]);
  });
});

describe('Output (the build output file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-output-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const chunk = (n: number, c: string) => Buffer.alloc(n, c);
  // name, flush every (bytes), durable, the sizes written → background flushes started
  const cases: [string, number, boolean, number[], number][] = [
    ['nothing written', 100, true, [], 0],
    ['under one interval', 100, true, [40, 59], 0],
    ['exactly one interval', 100, true, [100], 1],
    ['one write over many intervals: one flush, not one per interval', 100, true, [1000], 1],
    ['a work file is never flushed', 100, false, [60, 60, 60, 60], 0],
  ];
  it.each(cases)('%s', async (name, every, durable, sizes, flushes) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.out`);
    writeFileSync(path, 'the old output');
    const out = new Output(path, durable, every);
    const parts = sizes.map((n, i) => chunk(n, String.fromCharCode(97 + i)));
    for (const p of parts) out.write(p);
    expect(out.flushes).toBe(flushes);
    expect(readFileSync(path, 'utf8')).toBe('the old output'); // replaced on commit only
    await out.commit();
    expect(readFileSync(path)).toEqual(Buffer.concat(parts));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('flushes again after each interval once the previous flush is done', async () => {
    const path = join(dir, 'again.out');
    const out = new Output(path, true, 10);
    for (let i = 0; i < 5; i++) {
      out.write(chunk(10, 'x'));
      await new Promise((r) => setTimeout(r, 20)); // the flush completes on the thread pool
    }
    expect(out.flushes).toBe(5);
    await out.commit();
    expect(readFileSync(path, 'utf8')).toBe('x'.repeat(50));
  });
  it('abort during a flush keeps the old output and removes the temporary file once the flush is done', async () => {
    const path = join(dir, 'aborted.out');
    writeFileSync(path, 'the old output');
    const out = new Output(path, true, 10);
    out.write(chunk(20, 'y'));
    expect(out.flushes).toBe(1);
    out.abort();
    await new Promise((r) => setTimeout(r, 50));
    expect(readFileSync(path, 'utf8')).toBe('the old output');
    expect(readdirSync(dir).filter((f) => f.startsWith('.aborted'))).toEqual([]);
  });
});
