// Batch build throughput and memory on the Reuters corpus (19,038 articles), through the CLI as
// a child process: 1 job vs 2 jobs in alternating pairs (same command, so the ratio is measured
// under the same load; the median pair counts),
// peak RSS of the whole process (workers included: /usr/bin/time -v's maximum resident set), the
// contract queries on the Reuters graph (embedded store, load included: each query is a fresh
// process that opens the graph's triple index), against oxigraph loading the graph for the same
// query, and the incremental case: BBC added to the Reuters graph, then added again (the bytes
// must not change). The 1- and 2-job builds skip the index (--no-index) so the ratio is the
// build's own; the first query then builds and saves the index, and its time is reported.
// Floors (issue 6): 2 jobs < 90 s, peak RSS < 1.5 GB, 2 jobs >= 1.6x 1 job, each query < 2 s.
// Usage: npx tsx bench/build.ts [--keep] [--no-queries] [--query-timeout SECONDS] [--pairs N (3)]
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CliRun, compileCli, hasTime, root, runCli } from './cli.js';

const shared = join(root, '..', 'shared');
const reuters = join(shared, 'corpus', 'reuters.jsonl');
const bbc = join(shared, 'corpus', 'bbc.jsonl');
const contract = join(shared, 'contract');
if (!existsSync(reuters) || !existsSync(bbc)) {
  console.log(`skipped: ${join(shared, 'corpus')} is absent (the team's shared data sits beside the project)`);
  process.exit(0);
}
const { values } = parseArgs({ options: { keep: { type: 'boolean' }, 'no-queries': { type: 'boolean' }, 'query-timeout': { type: 'string', default: '300' }, pairs: { type: 'string', default: '3' } } });
compileCli();
const work = mkdtempSync(join(tmpdir(), 'newskg-bench-build-'));
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

type Run = CliRun;
const run = (args: string[], timeoutSeconds?: number): Run => runCli(args, work, timeoutSeconds);
/** The child's own last message (not /usr/bin/time's report). */
const lastMessage = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('newskg:') || /Error|error/.test(l)).at(-1) ?? '';
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const triplesOf = (stderr: string) => Number(/triples\s+(\d+)/.exec(stderr)?.[1] ?? NaN);
const mb = (x?: number) => (x === undefined ? 'n/a' : `${x.toFixed(0)} MB`);
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  return ok ? 'ok' : 'BELOW FLOOR';
};

console.log(`load average at start: ${load()} (the machine is shared; absolute timings are noisy, ratios are from the same command)`);
const articles = readFileSync(reuters, 'utf8').split('\n').filter(Boolean).length;
// The machine is shared and its speed drifts by ±15% within minutes, so one 1-job run against
// one 2-job run is a coin toss: the builds run in pairs, the order alternating (1 then 2, 2 then
// 1, ...) so that a drift favours neither, and the speed-up is the median of the pairs' ratios.
const pairs = Math.max(1, Number(values.pairs));
const runs: Record<number, Run[]> = { 1: [], 2: [] };
const hashes = new Set<string>();
for (let pair = 0; pair < pairs; pair++) {
  for (const jobs of pair % 2 === 0 ? [1, 2] : [2, 1]) {
    // not --quiet: the summary gives the triple count (progress lines are a few, stderr is a pipe)
    const r = run(['build', reuters, '--out', `reuters-${jobs}.nq`, '--jobs', String(jobs), '--no-index']);
    if (r.code !== 0) {
      console.log(`build --jobs ${jobs} failed (exit ${r.code}):\n${r.stderr.slice(-2000)}`);
      process.exit(1);
    }
    runs[jobs]!.push(r);
    hashes.add(sha(join(work, `reuters-${jobs}.nq`)));
    const t = triplesOf(r.stderr);
    console.log(
      `pair ${pair + 1}, reuters --jobs ${jobs}: ${r.seconds.toFixed(1)} s, ${(articles / r.seconds).toFixed(0)} articles/s, ${(t / r.seconds).toFixed(0)} triples/s (${t} triples), CPU ${r.cpu?.toFixed(1) ?? 'n/a'} s (${r.cpu ? ((100 * r.cpu) / r.seconds).toFixed(0) : '?'}% of one core), peak RSS ${mb(r.rssMb)}, load ${load()}`,
    );
  }
  console.log(`pair ${pair + 1}: speed-up ${(runs[1]![pair]!.seconds / runs[2]![pair]!.seconds).toFixed(2)}x`);
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** The run of median time (for the rates and CPU). */
const typical = (rs: Run[]) => [...rs].sort((a, b) => a.seconds - b.seconds)[(rs.length - 1) >> 1]!;
const builds: Record<number, Run> = { 1: typical(runs[1]!), 2: typical(runs[2]!) };
const same = hashes.size === 1;
const ratios = runs[1]!.map((r, i) => r.seconds / runs[2]![i]!.seconds);
const speedup = median(ratios);
console.log(`bytes identical for 1 and 2 jobs (every run): ${same ? 'yes' : 'NO'}${same ? '' : (failures.push('1-job and 2-job outputs differ'), '')}`);
console.log(`speed-up 2 jobs / 1 job, median of ${pairs} pair${pairs > 1 ? 's' : ''} (${ratios.map((x) => x.toFixed(2)).join(', ')}): ${speedup.toFixed(2)}x  [floor 1.6x: ${check(speedup >= 1.6, `speed-up ${speedup.toFixed(2)} < 1.6`)}]`);
console.log(`median times: 1 job ${median(runs[1]!.map((r) => r.seconds)).toFixed(1)} s, 2 jobs ${median(runs[2]!.map((r) => r.seconds)).toFixed(1)} s`);
const c1 = builds[1]!.cpu;
const c2 = builds[2]!.cpu;
if (c1 && c2) {
  // what the machine's load cannot hide: the work 2 jobs add over 1, and the speed-up two free
  // cores would give (2 jobs' CPU spread over 2 cores, against 1 job's CPU on one)
  console.log(`CPU: 2 jobs use ${((100 * c2) / c1).toFixed(0)}% of 1 job's CPU time; on 2 idle cores that is a ${((2 * c1) / c2).toFixed(2)}x speed-up at best`);
}
console.log(`2 jobs wall time: ${builds[2]!.seconds.toFixed(1)} s  [floor 90 s: ${check(builds[2]!.seconds < 90, '2-job build over 90 s')}]`);
const peak = Math.max(...[...runs[1]!, ...runs[2]!].map((r) => r.rssMb ?? 0));
console.log(`peak RSS: ${mb(peak)}  [floor 1.5 GB: ${check(peak < 1536, 'peak RSS over 1.5 GB')}]`);
console.log(`output: ${(statSync(join(work, 'reuters-2.nq')).size / 1e6).toFixed(0)} MB N-Quads`);

// contract queries on the Reuters graph, load included
if (existsSync(contract) && !values['no-queries']) {
  const timeout = Number(values['query-timeout']);
  const queries = readdirSync(contract).filter((f) => f.endsWith('.rq')).sort();
  const query = (q: string, data: string, engine: string, floor: boolean) => {
    const r = run(['query', join(contract, q), '--data', data, '--format', 'tsv', '--engine', engine], timeout);
    const rows = Math.max(0, r.stdout.split('\n').filter(Boolean).length - 1);
    const why = r.code === 0 ? '' : r.code === null ? ` (killed after ${timeout} s)` : ` (${lastMessage(r.stderr).slice(0, 200)})`;
    const verdict = floor ? `  [floor 2 s: ${check(r.seconds < 2 && r.code === 0, `query ${q} on ${data} ${r.seconds.toFixed(1)} s`)}]` : '';
    console.log(`query ${q} on ${data} (--engine ${engine}): ${r.seconds.toFixed(2)} s (load included), ${rows} rows, exit ${r.code}${why}, peak RSS ${mb(r.rssMb)}, load ${load()}${verdict}`);
    return r;
  };
  const indexed = run(['query', '-e', 'ASK { ?s ?p ?o }', '--data', 'reuters-2.nq']);
  console.log(`first query of reuters-2.nq (builds and saves reuters-2.nq.nkgi): ${indexed.seconds.toFixed(1)} s, exit ${indexed.code}, peak RSS ${mb(indexed.rssMb)}, index ${(statSync(join(work, 'reuters-2.nq.nkgi')).size / 1e6).toFixed(0)} MB`);
  const times: Record<string, number> = {};
  for (const q of queries) times[q] = query(q, 'reuters-2.nq', 'index', true).seconds;
  // the baseline: oxigraph loads the whole graph for one query (Turtle: the 1.2 GB N-Quads file
  // exceeds what the WebAssembly store can hold)
  const base = queries.includes('roles.rq') ? 'roles.rq' : queries[0];
  if (base) {
    const ttl = run(['build', reuters, '--out', 'reuters.ttl', '--jobs', '2', '--quiet', '--no-index']);
    console.log(`reuters as Turtle for the baseline: ${ttl.seconds.toFixed(1)} s, exit ${ttl.code}`);
    const ox = query(base, 'reuters.ttl', 'oxigraph', false);
    if (ox.code === 0) console.log(`index vs oxigraph on ${base}: ${(ox.seconds / times[base]).toFixed(0)}x faster`);
  }
} else if (values['no-queries']) console.log('contract queries skipped (--no-queries)');
else console.log(`contract queries skipped: ${contract} is absent`);

// incremental: BBC into the Reuters graph, twice
copyFileSync(join(work, 'reuters-2.nq'), join(work, 'archive.nq'));
const add1 = run(['build', bbc, '--into', 'archive.nq', '--jobs', '2', '--quiet']);
const h1 = sha(join(work, 'archive.nq'));
const add2 = run(['build', bbc, '--into', 'archive.nq', '--jobs', '2', '--quiet']);
const h2 = sha(join(work, 'archive.nq'));
console.log(`incremental: BBC into Reuters ${add1.seconds.toFixed(1)} s (exit ${add1.code}, peak RSS ${mb(add1.rssMb)}); again ${add2.seconds.toFixed(1)} s (exit ${add2.code}, peak RSS ${mb(add2.rssMb)})`);
console.log(`incremental: bytes identical after adding BBC twice: ${h1 === h2 ? 'yes' : 'NO'}`);
if (h1 !== h2 || add1.code !== 0 || add2.code !== 0) failures.push('incremental re-add changed the archive or failed');
console.log(`load average at end: ${load()}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
console.log(failures.length ? `below the floors: ${failures.join('; ')}` : 'all floors met');
