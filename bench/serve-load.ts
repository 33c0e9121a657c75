// Load test of `newskg serve` (run by `npm run bench`, or `npx tsx bench/serve-load.ts`): starts
// the real CLI on the reference article on a free 127.0.0.1 port with a short query timeout, then
// 50 concurrent clients for 30 s mix page loads (/ and its assets), SPARQL SELECTs and slow queries
// (a cross product over all triples) that must hit the timeout. Traffic goes to 127.0.0.1 only and
// is bounded in time and count. Reports requests/s, p50/p99 latency, failures other than the
// intended timeouts (which must be 0), and the server's RSS at start, middle and end.
// Options: --clients N (50) --seconds S (30) --timeout SECS (1) --slow-share F (0.02) --max-requests N (200000)
//          --query-workers N (the server's default: one per core, at least 2)
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const articles = join(root, 'data', 'articles');

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    timeout: { type: 'string', default: '1' },
    'slow-share': { type: 'string', default: '0.02' },
    'max-requests': { type: 'string', default: '200000' },
    'query-workers': { type: 'string' },
  },
  strict: false,
});
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const TIMEOUT = Number(values.timeout);
const SLOW_SHARE = Number(values['slow-share']);
const MAX_REQUESTS = Number(values['max-requests']);
const QUERY_WORKERS = values['query-workers'] === undefined ? [] : ['--query-workers', String(values['query-workers'])];

function skip(reason: string): never {
  console.log(`serve-load: skipped: ${reason}`);
  process.exit(0);
}
if (!existsSync(cli)) skip('dist/cli/main.js is missing (run npm run build)');
if (!existsSync(join(articles, 'paris-ukraine-conference.txt'))) skip('the reference article (data/articles) is missing');
if (!existsSync('/proc/self/status')) skip('no /proc to read the server RSS from');
if (!existsSync(join(root, 'viewer', 'dist', 'index.html'))) console.log('serve-load: note: viewer/dist is not built; page loads measure the server\'s answer without it');

const SELECTS = [
  'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }',
  'PREFIX nkg: <https://w3id.org/newskg#> SELECT ?speaker ?q WHERE { ?speaker nkg:said ?q } LIMIT 50',
  'PREFIX schema: <http://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?e ?l WHERE { ?a schema:mentions ?e . ?e rdfs:label ?l } ORDER BY ?l',
  'SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)',
  'ASK { ?s ?p ?o }',
];
// Every triple against every triple against every triple: far beyond any timeout, cheap to send.
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, 'serve', articles, '--host', '127.0.0.1', '--port', '0', '--timeout', String(TIMEOUT), ...QUERY_WORKERS, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not print its URL in 120 s: ${stderr}`)), 120_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/?/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return { child, url };
}

type Kind = 'page' | 'asset' | 'select' | 'slow';
interface Outcome {
  kind: Kind;
  ms: number;
  ok: boolean;
  /** A slow query answered with the intended timeout. */
  timedOut: boolean;
  detail?: string;
}

const { child, url } = await startServer();
if (!url.startsWith('http://127.0.0.1:')) skip(`refusing to load anything but 127.0.0.1 (${url})`);
const pid = child.pid!;
const rss = { start: rssMb(pid), middle: NaN, end: NaN };

// the page's assets, as a browser would load them
const index = await (await fetch(`${url}/`)).text();
const assets = [...index.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]!).filter((a) => !a.startsWith('//'));
if (assets.length === 0) assets.push('/api/info', '/queries');

const outcomes: Outcome[] = [];
let sent = 0;
const deadline = Date.now() + SECONDS * 1000;
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

async function one(kind: Kind): Promise<Outcome> {
  const t0 = performance.now();
  try {
    let res: Response;
    if (kind === 'page') res = await fetch(`${url}/`);
    else if (kind === 'asset') res = await fetch(`${url}${assets[Math.floor(rand() * assets.length)]}`);
    else {
      const query = kind === 'slow' ? SLOW : SELECTS[Math.floor(rand() * SELECTS.length)]!;
      res = await fetch(`${url}/sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' }, body: query, signal: AbortSignal.timeout(60_000) });
    }
    const body = await res.text();
    const ms = performance.now() - t0;
    const timedOut = kind === 'slow' && res.status === 503 && /timed out/.test(body);
    const ok = kind === 'slow' ? timedOut : res.status === 200;
    return { kind, ms, ok, timedOut, detail: ok ? undefined : `${res.status} ${body.slice(0, 120)}` };
  } catch (e) {
    return { kind, ms: performance.now() - t0, ok: false, timedOut: false, detail: (e as Error).message };
  }
}

async function client(): Promise<void> {
  while (Date.now() < deadline && sent < MAX_REQUESTS) {
    sent++;
    const r = rand();
    const kind: Kind = r < SLOW_SHARE ? 'slow' : r < 0.35 ? 'page' : r < 0.6 ? 'asset' : 'select';
    outcomes.push(await one(kind));
  }
}

const middle = setTimeout(() => (rss.middle = rssMb(pid)), (SECONDS * 1000) / 2);
const started = performance.now();
await Promise.all(Array.from({ length: CLIENTS }, client));
const elapsed = (performance.now() - started) / 1000;
clearTimeout(middle);
rss.end = rssMb(pid);
child.kill('SIGTERM');

const pct = (xs: number[], q: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const failures = outcomes.filter((o) => !o.ok);
const byKind = (k: Kind) => outcomes.filter((o) => o.kind === k);
console.log(`serve-load: ${CLIENTS} clients, ${elapsed.toFixed(1)} s, ${outcomes.length} requests, ${(outcomes.length / elapsed).toFixed(0)} requests/s (server --timeout ${TIMEOUT} s${QUERY_WORKERS.length ? ` --query-workers ${QUERY_WORKERS[1]}` : ''}, ${url})`);
console.log(`serve-load: latency all p50 ${pct(outcomes.map((o) => o.ms), 0.5).toFixed(1)} ms, p99 ${pct(outcomes.map((o) => o.ms), 0.99).toFixed(1)} ms`);
for (const k of ['page', 'asset', 'select', 'slow'] as Kind[]) {
  const os = byKind(k);
  console.log(`serve-load:   ${k.padEnd(6)} ${String(os.length).padStart(6)} requests, p50 ${pct(os.map((o) => o.ms), 0.5).toFixed(1)} ms, p99 ${pct(os.map((o) => o.ms), 0.99).toFixed(1)} ms${k === 'slow' ? `, ${os.filter((o) => o.timedOut).length} timed out as intended` : ''}`);
}
console.log(`serve-load: failures other than the intended timeouts: ${failures.length}`);
const kinds = new Map<string, number>();
for (const f of failures) kinds.set(`${f.kind}: ${f.detail}`, (kinds.get(`${f.kind}: ${f.detail}`) ?? 0) + 1);
for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`serve-load:   ${n} × ${k}`);
console.log(`serve-load: server RSS start ${rss.start.toFixed(0)} MB, middle ${rss.middle.toFixed(0)} MB, end ${rss.end.toFixed(0)} MB`);
process.exit(failures.length ? 1 : 0);
