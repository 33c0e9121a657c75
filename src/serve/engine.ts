// The server's side of the query workers: a small pool of worker threads, each holding the whole
// graph, fed from one queue of queries, each query with a time limit. Oxigraph answers a query in
// one synchronous WebAssembly call, so a worker is busy until it returns: with a single worker one
// slow query held up every other (SELECT p99 of 6–8 s under load); with a pool, the others keep
// answering while it runs. A query that overruns is answered 503 and its worker terminated (a
// synchronous WebAssembly call cannot be interrupted any other way); a fresh worker loads the same
// graph into that slot while the others go on.
//
// The queue is fair between clients: a free worker takes the oldest query of the client served
// least recently (round robin), and one client may hold at most a quarter of the waiting places,
// so a client sending queries in a loop delays another's by one query, not by its whole backlog.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../errors.js';
import type { QueryJob, WorkerData, WorkerReply } from './messages.js';
import type { TripleIndex } from '../store/triple-index.js';
import { answerFromIndex } from './index-answer.js';

/**
 * Time the server's own thread may spend answering a query from the triple index before handing it
 * to the workers: enough for lookups like ASK {} or one entity's statements, so that they are
 * answered at once even while every worker is busy with a slow query, and short enough that a
 * burst of expensive queries cannot hold the thread for long.
 */
const QUICK_BUDGET_MS = 20;

export interface QueryAnswer {
  status: number;
  contentType?: string;
  body?: string;
  message?: string;
  rows?: number;
  /** What answered (sent as the X-Query-Engine header). */
  engine?: 'index' | 'oxigraph';
  /** For a 503: seconds after which trying again makes sense (Retry-After). */
  retryAfter?: number;
}

export interface EngineOptions {
  files: string[];
  /** Per-query time limit in milliseconds. */
  timeoutMs: number;
  /**
   * Query workers (1 to MAX_QUERY_WORKERS); default `defaultQueryWorkers()`. Each holds its own
   * copy of the graph, so memory grows with the count.
   */
  workers?: number;
  /** Most queries waiting at once; more are answered 503. */
  maxQueue?: number;
  /** Most queries one client may have waiting; default a quarter of maxQueue. */
  maxQueuePerClient?: number;
  /** Write the dataset as N-Quads here once loaded (GET /graph). */
  dumpTo?: string;
  /** The one graph file whose saved triple index answers the queries in its subset (WorkerData.indexOf). */
  indexOf?: string;
  /** That index, opened: this thread answers from it what it finishes within QUICK_BUDGET_MS. */
  index?: TripleIndex;
  /** Called when a worker is replaced (after a timeout or an engine failure). */
  onRestart?: (why: string) => void;
  /**
   * Keep answering from the index (the quick lane) when the workers cannot load the graph, instead
   * of closing: for a server that opened before its workers were ready (serve's `early`).
   */
  keepOnLoadFailure?: boolean;
  /** Why the workers answer from the index only (WorkerData.indexOnly); needs `indexOf`. */
  indexOnly?: string;
}

/** Most query workers a server may run: each is a thread with its own copy of the graph. */
export const MAX_QUERY_WORKERS = 64;

/**
 * The default pool size: one worker per core, at least 2 (so one slow query never holds up the
 * rest, even on one core), at most 8 (each worker holds the graph: a many-core machine should not
 * multiply the memory by its core count unasked).
 */
export function defaultQueryWorkers(): number {
  return Math.min(8, Math.max(2, availableParallelism()));
}

/** Checks a worker count; the message names the setting as the CLI does. */
export function checkQueryWorkers(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_QUERY_WORKERS) {
    throw new UsageError(`serve: --query-workers ${n} is not a whole number from 1 to ${MAX_QUERY_WORKERS}`, {
      hint: `each worker holds the whole graph in memory; the default is ${defaultQueryWorkers()} on this machine`,
    });
  }
  return n;
}

interface Pending {
  job: Omit<QueryJob, 'id'>;
  /** Who asked (the server passes the peer's address): the unit of fairness. */
  client: string;
  resolve: (a: QueryAnswer) => void;
  /** When the query arrived: its time limit counts from here, waiting included. */
  arrived: number;
  /** Fires when the limit passes while it still waits. */
  waitTimer?: NodeJS.Timeout;
}

type ReadyInfo = { quads: number; dumped: boolean; dumpError?: string };

/** One place in the pool: its current worker (replaced when it times out or dies) and its query. */
interface Slot {
  index: number;
  worker?: Worker;
  ready: boolean;
  current?: { id: number; pending: Pending; timer: NodeJS.Timeout };
  /** Could not be (re)started: out of the pool for good. */
  dead?: string;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

export class QueryEngine {
  private readonly slots: Slot[];
  private queue: Pending[] = [];
  /** When each client last had a query taken by a worker (a counter): the least recent goes next. */
  private served = new Map<string, number>();
  private serves = 0;
  private nextId = 1;
  private closed = false;
  private failed?: string;
  /** When the workers started loading, and whether one has finished: queries wait for them meanwhile. */
  private loadStarted = Date.now();
  private anyReady = false;
  info?: ReadyInfo;

  constructor(private readonly options: EngineOptions) {
    const n = checkQueryWorkers(options.workers ?? defaultQueryWorkers());
    this.slots = Array.from({ length: n }, (_, index) => ({ index, ready: false }));
  }

  /** Workers in the pool. */
  get size(): number {
    return this.slots.length;
  }

  /**
   * Starts every worker (all load at once); resolves when all hold the graph, so the first
   * requests already have the whole pool. If one cannot load the graph, stops the rest and rejects.
   */
  start(): Promise<ReadyInfo> {
    this.loadStarted = Date.now();
    const loads = this.slots.map(
      (slot) =>
        new Promise<ReadyInfo>((resolve, reject) => {
          // only the first writes the dump: they all load the same files
          this.spawn(slot, slot.index === 0 ? this.options.dumpTo : undefined, this.options.files, resolve, reject);
        }),
    );
    return Promise.all(loads).then(
      (infos) => (this.info = infos[0]),
      async (e: unknown) => {
        if (this.options.keepOnLoadFailure && !this.closed) {
          this.failed = e instanceof Error ? e.message : String(e);
          for (const slot of this.slots) {
            void slot.worker?.terminate();
            slot.worker = undefined;
            slot.ready = false;
            slot.dead = this.failed;
          }
          for (const p of this.queue.splice(0)) {
            clearTimeout(p.waitTimer);
            p.resolve(this.unavailable());
          }
        } else await this.close();
        throw e;
      },
    );
  }

  private spawn(slot: Slot, dumpTo: string | undefined, files: string[], onReady?: (info: ReadyInfo) => void, onFail?: (e: Error) => void): void {
    const data: WorkerData = { files, dumpTo, indexOf: this.options.indexOf, indexOnly: this.options.indexOf ? this.options.indexOnly : undefined };
    const worker = new Worker(WORKER_URL, { workerData: data });
    slot.worker = worker;
    slot.ready = false;
    let loaded = false;
    worker.on('message', (msg: WorkerReply) => {
      if (worker !== slot.worker) return;
      if (msg.type === 'ready') {
        loaded = true;
        slot.ready = true;
        this.anyReady = true;
        onReady?.({ quads: msg.quads, dumped: msg.dumped, dumpError: msg.dumpError });
        this.pump();
      } else if (msg.type === 'loadError') {
        loaded = true;
        this.fail(slot, new Error(msg.message), onFail);
      } else if (msg.type === 'result') this.finish(slot, msg);
    });
    worker.on('error', (e) => {
      if (worker !== slot.worker) return;
      if (!loaded) this.fail(slot, e, onFail);
      else this.replace(slot, `worker error: ${e.message}`, { status: 500, message: `query engine failure: ${e.message}` });
    });
    worker.on('exit', (code) => {
      if (worker !== slot.worker || this.closed) return;
      if (!loaded) this.fail(slot, new Error(`query worker exited with code ${code} while loading`), onFail);
      else this.replace(slot, `worker exited with code ${code}`, { status: 500, message: 'query engine stopped unexpectedly' });
    });
  }

  /** A worker could not load the graph: its slot leaves the pool; with none left, nothing can be answered. */
  private fail(slot: Slot, e: Error, onFail?: (e: Error) => void): void {
    const w = slot.worker;
    slot.worker = undefined;
    slot.ready = false;
    slot.dead = e.message;
    void w?.terminate();
    if (onFail) {
      onFail(e);
      return;
    }
    // a replacement failed (the start's failures go to start()): the other workers go on
    if (this.closed) return;
    this.options.onRestart?.(`query worker ${slot.index + 1} could not be restarted (${e.message}); ${this.live()} of ${this.slots.length} left`);
    if (this.live() === 0) {
      this.failed = e.message;
      for (const p of this.queue.splice(0)) p.resolve(this.unavailable());
    }
  }

  private live(): number {
    return this.slots.filter((s) => !s.dead).length;
  }

  /** Answers the slot's running query (if any) with `answer`, and starts a fresh worker in its place. */
  private replace(slot: Slot, why: string, answer: QueryAnswer): void {
    const old = slot.worker;
    slot.worker = undefined;
    slot.ready = false;
    if (slot.current) {
      clearTimeout(slot.current.timer);
      slot.current.pending.resolve(answer);
      slot.current = undefined;
    }
    void old?.terminate();
    if (this.closed) return;
    this.options.onRestart?.(why);
    // From the dump when there is one: the same graph the other workers hold, even if the input
    // files changed since the server started.
    const dumped = this.info?.dumped && this.options.dumpTo;
    this.spawn(slot, undefined, dumped ? [dumped] : this.options.files);
    this.pump();
  }

  private finish(slot: Slot, msg: Extract<WorkerReply, { type: 'result' }>): void {
    const cur = slot.current;
    if (!cur || cur.id !== msg.id) return;
    clearTimeout(cur.timer);
    slot.current = undefined;
    cur.pending.resolve({ status: msg.status, contentType: msg.contentType, body: msg.body, message: msg.message, rows: msg.rows, engine: msg.engine });
    if (msg.fatal) this.replace(slot, 'query engine failure', { status: 500, message: 'query engine failure' });
    else this.pump();
  }

  /** Hands waiting queries, oldest first, to idle workers. */
  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || !slot.worker || slot.current) continue;
      const pending = this.takeNext();
      clearTimeout(pending.waitTimer);
      const id = this.nextId++;
      const left = Math.max(1, this.options.timeoutMs - (Date.now() - pending.arrived));
      const timer = setTimeout(() => {
        if (slot.current?.id !== id) return;
        const secs = this.options.timeoutMs / 1000;
        this.replace(slot, `a query ran past ${secs} s`, {
          status: 503,
          message: `query timed out after ${secs} s (the server's --timeout); simplify it or add LIMIT`,
        });
      }, left);
      slot.current = { id, pending, timer };
      slot.worker.postMessage({ ...pending.job, id } satisfies QueryJob);
    }
  }

  /** The oldest waiting query of the client served least recently (one never served first). */
  private takeNext(): Pending {
    let best = 0;
    let bestServed = Infinity;
    const seen = new Set<string>();
    for (let i = 0; i < this.queue.length; i++) {
      const { client } = this.queue[i]!;
      if (seen.has(client)) continue;
      seen.add(client);
      const last = this.served.get(client) ?? -1;
      if (last < bestServed) {
        bestServed = last;
        best = i;
      }
    }
    const [pending] = this.queue.splice(best, 1);
    this.served.set(pending!.client, ++this.serves);
    // forget clients with nothing waiting once there are many (they come back as never served)
    if (this.served.size > 4096) for (const c of this.served.keys()) if (!seen.has(c)) this.served.delete(c);
    return pending!;
  }

  /**
   * The answer once no worker can hold the graph: 501, as for a graph past --max-quads, since this
   * server will not answer such a query however often it is asked (a 503 would invite retries).
   */
  private unavailable(): QueryAnswer {
    return {
      status: 501,
      message: `the graph could not be loaded into the query engine: ${this.failed}; only queries the index answers quickly are answered (publish the graph to a SPARQL store for the rest)`,
    };
  }

  /** Queries waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Queues a query; always resolves (errors are answers with a 4xx/5xx status). Its time limit
   * counts from now, waiting included; a query whose `signal` aborts (its client left) while it
   * waits is dropped. (One already running goes on to its limit: stopping it costs a worker reload.)
   */
  query(job: Omit<QueryJob, 'id'>, signal?: AbortSignal, client = ''): Promise<QueryAnswer> {
    if (this.closed) return Promise.resolve({ status: 503, message: 'the server is shutting down' });
    if (signal?.aborted) return Promise.resolve({ status: 499, message: 'the client left' });
    const quick = this.options.index ? answerFromIndex(this.options.index, job, { deadline: performance.now() + QUICK_BUDGET_MS, maxRows: job.maxRows }) : undefined;
    if (quick) return Promise.resolve(quick);
    if (this.failed) return Promise.resolve(this.unavailable());
    const max = this.options.maxQueue ?? 64;
    if (this.queue.length >= max) return Promise.resolve({ status: 503, message: `too many queries waiting (${max}); try again shortly` });
    const share = this.options.maxQueuePerClient ?? Math.max(1, Math.ceil(max / 4));
    let mine = 0;
    for (const p of this.queue) if (p.client === client) mine++;
    if (mine >= share) return Promise.resolve({ status: 503, message: `too many of your queries waiting (${share}, this server's share per client); wait for their answers` });
    return new Promise((resolve) => {
      const pending: Pending = { job, client, resolve, arrived: Date.now() };
      const drop = (answer: QueryAnswer) => {
        const at = this.queue.indexOf(pending);
        if (at < 0) return;
        this.queue.splice(at, 1);
        clearTimeout(pending.waitTimer);
        resolve(answer);
      };
      const secs = this.options.timeoutMs / 1000;
      pending.waitTimer = setTimeout(() => {
        if (!this.anyReady) {
          const loading = Math.round((Date.now() - this.loadStarted) / 1000);
          drop({ status: 503, message: `the query workers are still loading the graph (${loading} s so far); queries the index answers quickly are answered meanwhile; try this one again shortly`, retryAfter: 10 });
        } else drop({ status: 503, message: `query waited past ${secs} s for a free worker (the server's --timeout counts from arrival); try again shortly` });
      }, this.options.timeoutMs);
      signal?.addEventListener('abort', () => drop({ status: 499, message: 'the client left' }), { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers: Worker[] = [];
    for (const slot of this.slots) {
      if (slot.current) {
        clearTimeout(slot.current.timer);
        slot.current.pending.resolve({ status: 503, message: 'the server is shutting down' });
        slot.current = undefined;
      }
      if (slot.worker) workers.push(slot.worker);
      slot.worker = undefined;
      slot.ready = false;
    }
    for (const p of this.queue.splice(0)) {
      clearTimeout(p.waitTimer);
      p.resolve({ status: 503, message: 'the server is shutting down' });
    }
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
