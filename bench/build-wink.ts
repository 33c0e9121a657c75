// The whole build against wink-nlp (issue 17): `newskg build` as a user runs it (default flags,
// so the triple index is written too), with 1 and 2 jobs, against wink-nlp's bare `readDoc` over
// the same texts on one core, measured in this run, round by round, so that the machine's load
// weighs on both alike. Each round times wink, then the two builds (their order alternating); the
// ratios are the median over the rounds. Also: peak RSS (workers included, /usr/bin/time -v) and
// whether 1 and 2 jobs wrote the same graph and the same index. On a shared machine the wall
// times drift with the load, so each line also gives CPU time (user + system, every thread: wink's
// from process.cpuUsage, a build's from /usr/bin/time), which the load moves far less.
// Floors (issue 17): 2 jobs >= 0.35 of wink's speed, 2 jobs >= 1.45x 1 job (both corpora),
// peak RSS <= 1.5 GB on Reuters, the same bytes for 1 and 2 jobs.
// Usage: npx tsx bench/build-wink.ts [--rounds N (2)] [--corpus bbc,reuters]
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { compileCli, hasTime, root, runCli } from './cli.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const corpusDir = join(root, '..', 'shared', 'corpus');
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2' }, corpus: { type: 'string', default: 'bbc,reuters' } } });
const names = values.corpus!.split(',').filter(Boolean);
if (!names.every((n) => existsSync(join(corpusDir, `${n}.jsonl`)))) {
  console.log(`skipped: ${corpusDir} lacks ${names.map((n) => `${n}.jsonl`).join(' or ')} (the team's shared data sits beside the project)`);
  process.exit(0);
}
compileCli();
const work = mkdtempSync(join(tmpdir(), 'newskg-bench-wink-'));
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const rounds = Math.max(1, Number(values.rounds));
const nlp = winkNLP(model);

function build(input: string, out: string, jobs: number): { seconds: number; rssMb?: number; cpu?: number } {
  const r = runCli(['build', input, '--out', out, '--jobs', String(jobs), '--quiet'], work);
  if (r.code !== 0) {
    console.log(`build --jobs ${jobs} of ${input} failed (exit ${r.code}):\n${r.stderr.slice(-2000)}`);
    process.exit(1);
  }
  return r;
}
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const failures: string[] = [];
const verdict = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  return ok ? 'ok' : 'BELOW FLOOR';
};

console.log(`load average at start: ${load()} (the machine is shared: the ratios pair runs made under the same load)`);
for (const name of names) {
  const input = join(corpusDir, `${name}.jsonl`);
  const texts = readFileSync(input, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  nlp.readDoc(texts[0]!); // model and JIT warm, as for extraction in bench/extract.ts
  const wink: number[] = [];
  const winkCpu: number[] = [];
  const t: Record<number, number[]> = { 1: [], 2: [] };
  const cpu: Record<number, number[]> = { 1: [], 2: [] };
  let peak = 0;
  const graphs = new Set<string>();
  const indexes = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    const w0 = performance.now();
    const c0 = process.cpuUsage();
    for (const text of texts) nlp.readDoc(text);
    wink.push((performance.now() - w0) / 1000);
    const c = process.cpuUsage(c0);
    winkCpu.push((c.user + c.system) / 1e6);
    for (const jobs of round % 2 === 0 ? [1, 2] : [2, 1]) {
      const out = join(work, `${name}-${jobs}.nq`);
      const r = build(input, out, jobs);
      t[jobs]!.push(r.seconds);
      if (r.cpu !== undefined) cpu[jobs]!.push(r.cpu);
      peak = Math.max(peak, r.rssMb ?? 0);
      graphs.add(sha(out));
      // the index records the graph's size and content hash, not its time: two builds, same bytes
      indexes.add(sha(`${out}.nkgi`));
    }
    const cpuOf = (jobs: number) => (cpu[jobs]![round] === undefined ? '' : ` (CPU ${cpu[jobs]![round]!.toFixed(1)} s)`);
    console.log(`${name} round ${round + 1}: wink readDoc ${wink[round]!.toFixed(2)} s (CPU ${winkCpu[round]!.toFixed(2)} s), build --jobs 1 ${t[1]![round]!.toFixed(1)} s${cpuOf(1)}, --jobs 2 ${t[2]![round]!.toFixed(1)} s${cpuOf(2)}, load ${load()}`);
  }
  const ratio2 = median(wink.map((w, i) => w / t[2]![i]!));
  const ratio1 = median(wink.map((w, i) => w / t[1]![i]!));
  const speedup = median(t[1]!.map((x, i) => x / t[2]![i]!));
  console.log(`${name}: ${texts.length} articles; wink readDoc (one core) median ${median(wink).toFixed(2)} s, ${(texts.length / median(wink)).toFixed(0)} articles/s`);
  console.log(`${name}: build --jobs 1 median ${median(t[1]!).toFixed(1)} s (${ratio1.toFixed(2)} of wink's speed); --jobs 2 median ${median(t[2]!).toFixed(1)} s (${(texts.length / median(t[2]!)).toFixed(0)} articles/s)`);
  console.log(`${name}: --jobs 2 at ${ratio2.toFixed(2)} of wink's speed  [floor 0.35: ${verdict(ratio2 >= 0.35, `${name}: 2 jobs at ${ratio2.toFixed(2)} of wink`)}]`);
  console.log(`${name}: --jobs 2 / --jobs 1 speed-up ${speedup.toFixed(2)}x  [floor 1.45x: ${verdict(speedup >= 1.45, `${name}: speed-up ${speedup.toFixed(2)}`)}]`);
  if (cpu[1]!.length === rounds && cpu[2]!.length === rounds) {
    // the work each one does, which the machine's load moves far less than the wall time
    const cpuRatio = (jobs: number) => median(winkCpu.map((w, i) => w / cpu[jobs]![i]!));
    console.log(`${name}: CPU time (user + system, all threads): wink ${median(winkCpu).toFixed(2)} s, --jobs 1 ${median(cpu[1]!).toFixed(1)} s (${cpuRatio(1).toFixed(2)} of wink's), --jobs 2 ${median(cpu[2]!).toFixed(1)} s (${cpuRatio(2).toFixed(2)} of wink's)`);
  }
  const same = graphs.size === 1 && indexes.size === 1;
  console.log(`${name}: graph and index identical for 1 and 2 jobs (every round): ${same ? 'yes' : 'NO'}  [${verdict(same, `${name}: outputs differ between runs`)}]`);
  const rss = `${name}: peak RSS ${hasTime ? `${peak.toFixed(0)} MB` : 'n/a (no /usr/bin/time)'}`;
  console.log(name === 'reuters' && hasTime ? `${rss}  [floor 1.5 GB: ${verdict(peak <= 1536, `${name}: peak RSS ${peak.toFixed(0)} MB`)}]` : rss);
}
console.log(`load average at end: ${load()}`);
rmSync(work, { recursive: true, force: true });
console.log(failures.length ? `below the floors: ${failures.join('; ')}` : 'all floors met');
