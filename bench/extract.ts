// Extraction throughput on the BBC corpus, against wink-nlp's bare readDoc over the same texts in
// the same process (a baseline measured side by side, since these machines are noisy).
// It times the compiled pipeline that `newskg` runs (dist/, built here first with `npm run build`),
// not the sources as tsx transforms them on the fly: tsx's output ran the steady rounds about 35 %
// slower than tsc's (7.2–8.1 s against 5.3–5.8 s for the 2,117 articles, runs alternated), which
// measured a program no user runs.
// Usage: npx tsx bench/extract.ts [--limit N] [--rounds R]

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article } from '../src/types.js';
import { compileCli, root } from './cli.js';

const { values } = parseArgs({ options: { limit: { type: 'string' }, rounds: { type: 'string', default: '3' }, corpus: { type: 'string', default: '../shared/corpus/bbc.jsonl' } } });
const corpus = values.corpus!;
if (!existsSync(corpus)) {
  console.log(`skipped: ${corpus} is absent (the team's shared data sits beside the project)`);
  process.exit(0);
}
const limit = values.limit ? Number(values.limit) : Infinity;
const articles: Article[] = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, limit)
  .map((line, i) => {
    const o = JSON.parse(line) as { id?: string; text: string };
    return { id: o.id ?? String(i), text: o.text, format: 'jsonl', source: { path: corpus, line: i + 1 } };
  });
const rounds = Number(values.rounds);
compileCli();
const { extractArticle } = (await import(pathToFileURL(join(root, 'dist', 'extract', 'index.js')).href)) as typeof import('../src/extract/index.js');

const nlp = winkNLP(model);
const time = (fn: () => void) => {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
};

// Warm up both (model loading, JIT), then alternate rounds so drift affects both alike.
extractArticle(articles[0]!);
nlp.readDoc(articles[0]!.text);
const ours: number[] = [];
const wink: number[] = [];
let counts = { entities: 0, quotes: 0, pledges: 0 };
for (let r = 0; r < rounds; r++) {
  wink.push(time(() => { for (const a of articles) nlp.readDoc(a.text); }));
  counts = { entities: 0, quotes: 0, pledges: 0 };
  ours.push(time(() => {
    for (const a of articles) {
      const x = extractArticle(a);
      counts.entities += x.entities.length;
      counts.quotes += x.quotes.length;
      counts.pledges += x.pledges.length;
    }
  }));
}
const best = (xs: number[]) => Math.min(...xs);
const rate = (s: number) => articles.length / s;
console.log(`articles: ${articles.length} (${corpus}), rounds: ${rounds}, best of each`);
console.log(`newskg extractArticle: ${rate(best(ours)).toFixed(0)} articles/s on one core (${best(ours).toFixed(2)} s)`);
console.log(`wink-nlp readDoc:      ${rate(best(wink)).toFixed(0)} articles/s on one core (${best(wink).toFixed(2)} s)`);
console.log(`ratio newskg / wink-nlp: ${(best(wink) / best(ours)).toFixed(2)}`);
// (Every round, in order: the rule layers' large per-article functions reach optimized code only after a pass or
// two over the corpus, so the first rounds show what a short batch pays and the last what a long one settles at.)
console.log(`rounds, s: newskg ${ours.map((s) => s.toFixed(2)).join(' ')}; wink-nlp ${wink.map((s) => s.toFixed(2)).join(' ')}`);
console.log(`found: ${counts.entities} entities, ${counts.quotes} quotes, ${counts.pledges} pledges`);
