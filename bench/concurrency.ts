// What running two builds' worth of work at once costs each thread on this machine, stage by
// stage: one worker thread extracts (or renders) N Reuters articles alone, then two workers do
// the same amount each (other articles) at the same time. Each thread's time is measured inside
// it, after a warm-up, so the ratio "together / alone" is what sharing the machine's two cores
// costs the work itself. 1.0 would let 2 jobs run twice as fast as 1.
//
// Each stage runs in a fresh process, with V8's defaults and then with --single-threaded (no
// background compiler or GC threads): alone, a thread gets V8's background work done on the idle
// core for free; together, that work competes with the other worker (see the issue 6 notes).
// Usage: npx tsx bench/concurrency.ts [--articles N (2500)] [--rounds R (3)]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reuters = join(root, '..', 'shared', 'corpus', 'reuters.jsonl');
type Stage = 'extract' | 'render';

interface Job {
  stage: Stage;
  from: number;
  count: number;
  dist: string;
  reuters: string;
}

// The worker runs the compiled modules (dist/, built by the bench as bench/build.ts does): a
// worker thread cannot load TypeScript through tsx's hooks.
const WORKER = `
const { parentPort, workerData: job } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
(async () => {
  const dist = (m) => import(require('node:url').pathToFileURL(require('node:path').join(job.dist, m)).href);
  const { extractArticle } = await dist('extract/index.js');
  const { PREFIXES, articleIri, entitiesGraphIri, extractionQuads } = await dist('graph/index.js');
  const { renderGraph } = await dist('batch/render.js');
  const lines = readFileSync(job.reuters, 'utf8').split(String.fromCharCode(10)).filter(Boolean).slice(job.from, job.from + job.count);
  const articles = lines.map((l, i) => {
    const j = JSON.parse(l);
    return { id: 'a' + (job.from + i), text: j.text, title: j.title, format: 'txt', source: { path: job.reuters, line: job.from + i + 1 } };
  });
  const base = 'https://w3id.org/newskg/id/';
  const extractions = job.stage === 'render' ? articles.map((a) => extractArticle(a)) : [];
  const work = (k) => {
    if (job.stage === 'extract') extractArticle(articles[k]);
    else renderGraph(extractionQuads(extractions[k], { base }), articleIri(base, articles[k].id), 'nquads', PREFIXES, new Set(), { entitiesGraph: entitiesGraphIri(base) });
  };
  for (let k = 0; k < Math.min(300, articles.length); k++) work(k); // warm-up
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    const t = performance.now();
    for (let k = 0; k < articles.length; k++) work(k);
    parentPort.postMessage(performance.now() - t);
  });
})();
`;

/** Starts n workers on disjoint articles, lets them go at once, returns each one's seconds. */
async function round(n: number, stage: Stage, count: number): Promise<number[]> {
  const job = (i: number): Job => ({ stage, from: i * count, count, dist: join(root, 'dist'), reuters });
  const ws = Array.from({ length: n }, (_, i) => new Worker(WORKER, { eval: true, workerData: job(i) }));
  await Promise.all(ws.map((w) => new Promise((r) => w.once('message', r))));
  const ms = await Promise.all(ws.map((w) => new Promise<number>((r) => (w.once('message', r), w.postMessage('go')))));
  await Promise.all(ws.map((w) => w.terminate()));
  return ms.map((x) => x / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]!;

{
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '2500' }, rounds: { type: 'string', default: '3' }, child: { type: 'string' } } });
  if (!existsSync(reuters)) {
    console.log(`skipped: ${reuters} is absent (the team's shared data sits beside the project)`);
    process.exit(0);
  }
  const count = Number(values.articles);
  const rounds = Number(values.rounds);
  if (values.child) {
    // one stage, one V8 configuration: alone and together, alternating
    const stage = values.child as Stage;
    const alone: number[] = [];
    const together: number[] = [];
    for (let r = 0; r < rounds; r++) {
      alone.push(...(await round(1, stage, count)));
      together.push(...(await round(2, stage, count)));
    }
    const f = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' ');
    console.log(`alone ${median(alone).toFixed(2)} s, together ${median(together).toFixed(2)} s each: ${(median(together) / median(alone)).toFixed(2)}x  (alone ${f(alone)}; together ${f(together)})`);
  } else {
    const tsc = spawnSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
    if (tsc.status !== 0) {
      console.log(`failed: could not compile\n${tsc.stdout}${tsc.stderr}`);
      process.exit(1);
    }
    console.log(`${count} articles a thread, ${rounds} rounds, medians`);
    for (const stage of ['extract', 'render'] as const) {
      for (const flags of [[], ['--single-threaded']]) {
        const r = spawnSync(process.execPath, [...flags, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', stage, '--articles', String(count), '--rounds', String(rounds)], { encoding: 'utf8' });
        console.log(`${stage}, ${flags.length ? flags.join(' ') : 'V8 defaults'}: ${r.status === 0 ? r.stdout.trim() : `failed: ${r.stderr.trim().split('\n').at(-1)}`}`);
      }
    }
  }
}
