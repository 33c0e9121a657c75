// `npm run fuzz -- --count 10000 --seed 42`: generates random news documents (the generators of
// test/properties.test.ts), runs extraction, graph and every serializer on each, in process, parses
// every output back (n3 for each document, oxigraph for every --oxigraph-every'th), and checks
// every span. Prints count, time and crashes; the first failure is minimized (chunks of the text
// dropped while it still fails the same way) and written to a temporary file. Exit 1 when anything failed.
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/extract/index.js';
import { DEFAULT_BASE, extractionQuads } from '../src/graph/index.js';
import { articleText } from '../test/load/generators.js';
import { roundTripProblems, spanProblems } from '../test/load/checks.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '42' }, 'oxigraph-every': { type: 'string', default: '10' } },
});
const count = Number(values.count);
const seed = Number(values.seed);
const oxEvery = Math.max(1, Number(values['oxigraph-every']));
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--count N] [--seed S] [--oxigraph-every K]');
  process.exit(2);
}

/** Every problem with one document (empty when all is well); never throws. */
function check(text: string, i: number): string[] {
  try {
    const x = extractArticle({ id: `fuzz-${i}`, text, format: 'txt', source: { path: 'fuzz.txt' } });
    const problems = spanProblems(x);
    const quads = extractionQuads(x, { base: DEFAULT_BASE });
    problems.push(...roundTripProblems(quads, { oxigraphToo: i % oxEvery === 0 }));
    return problems;
  } catch (e) {
    return [`crash: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`];
  }
}

const started = performance.now();
const docs = fc.sample(articleText, { seed, numRuns: count });
let chars = 0;
let failures = 0;
let firstFailure: { index: number; problems: string[] } | undefined;
const kinds = new Map<string, number>();
docs.forEach((text, i) => {
  chars += text.length;
  const problems = check(text, i);
  if (problems.length) {
    failures++;
    const kind = problems[0]!.split(':')[0]!;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (!firstFailure) process.stderr.write(`fuzz: document ${i} fails: ${problems[0]!.split('\n')[0]}\n`);
    firstFailure ??= { index: i, problems };
  }
  if ((i + 1) % 2000 === 0) process.stderr.write(`fuzz: ${i + 1}/${count} documents, ${failures} failing, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
});
const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${count} documents (${(chars / 1e6).toFixed(2)} M UTF-16 units), seed ${seed}, ${seconds.toFixed(1)} s (${(count / seconds).toFixed(0)} docs/s)`);
console.log(`fuzz: parsed back with n3 (all formats but JSON-LD) every document, with oxigraph (all formats) every ${oxEvery}${oxEvery === 1 ? 'st' : 'th'}`);
console.log(`fuzz: ${failures} failing document${failures === 1 ? '' : 's'}${failures ? ` (${[...kinds].map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}`);
if (firstFailure) {
  // Minimize the first failure: drop ever smaller chunks of the text while it still fails the same way.
  const original = docs[firstFailure.index]!;
  const kind = firstFailure.problems[0]!.split(':')[0]!;
  const stillFails = (t: string) => t.trim() !== '' && check(t, firstFailure!.index).some((p) => p.split(':')[0] === kind);
  let minimal = Array.from(original);
  for (let size = Math.ceil(minimal.length / 2); size >= 1; size = size === 1 ? 0 : Math.ceil(size / 2)) {
    for (let at = 0; at < minimal.length; ) {
      const candidate = [...minimal.slice(0, at), ...minimal.slice(at + size)];
      if (candidate.length && stillFails(candidate.join(''))) minimal = candidate;
      else at += size;
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'newskg-fuzz-'));
  const file = join(dir, 'reproducer.json');
  writeFileSync(file, `${JSON.stringify({ seed, index: firstFailure.index, text: minimal.join(''), problems: check(minimal.join(''), firstFailure.index), original }, null, 2)}\n`);
  console.log(`fuzz: first failure at document ${firstFailure.index}: ${firstFailure.problems[0]!.split('\n')[0]}`);
  console.log(`fuzz: minimized reproducer (${JSON.stringify(minimal.join('')).slice(0, 200)}) written to ${file}`);
  process.exit(1);
}
