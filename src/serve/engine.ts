// The server's side of the query worker: a queue of queries answered one at a time, each with a
// time limit. A query that overruns is answered 503 and its worker terminated (a synchronous
// WebAssembly call cannot be interrupted any other way); a fresh worker loads the same files and
// the queue goes on.
import { Worker } from 'node:worker_threads';
import type { QueryJob, WorkerData, WorkerReply } from './messages.js';

export interface QueryAnswer {
  status: number;
  contentType?: string;
  body?: string;
  message?: string;
  rows?: number;
}

export interface EngineOptions {
  files: string[];
  /** Per-query time limit in milliseconds. */
  timeoutMs: number;
  /** Most queries waiting at once; more are answered 503. */
  maxQueue?: number;
  /** Write the dataset as N-Quads here once loaded (GET /graph). */
  dumpTo?: string;
  /** Called when a worker is replaced (after a timeout or an engine failure). */
  onRestart?: (why: string) => void;
}

interface Pending {
  job: Omit<QueryJob, 'id'>;
  resolve: (a: QueryAnswer) => void;
}

type ReadyInfo = { quads: number; dumped: boolean; dumpError?: string };

const WORKER_URL = new URL('./worker.js', import.meta.url);

export class QueryEngine {
  private worker?: Worker;
  private ready = false;
  private queue: Pending[] = [];
  private current?: { id: number; pending: Pending; timer: NodeJS.Timeout };
  private nextId = 1;
  private closed = false;
  private failed?: string;
  info?: ReadyInfo;

  constructor(private readonly options: EngineOptions) {}

  /** Starts the first worker; resolves when the graph is loaded. */
  start(): Promise<ReadyInfo> {
    return new Promise((resolve, reject) => {
      this.spawn(true, (info) => {
        this.info = info;
        resolve(info);
      }, reject);
    });
  }

  private spawn(first: boolean, onReady?: (info: ReadyInfo) => void, onFail?: (e: Error) => void): void {
    const data: WorkerData = { files: this.options.files, dumpTo: first ? this.options.dumpTo : undefined };
    const worker = new Worker(WORKER_URL, { workerData: data });
    this.worker = worker;
    this.ready = false;
    let loaded = false;
    worker.on('message', (msg: WorkerReply) => {
      if (worker !== this.worker) return;
      if (msg.type === 'ready') {
        loaded = true;
        this.ready = true;
        onReady?.({ quads: msg.quads, dumped: msg.dumped, dumpError: msg.dumpError });
        this.pump();
      } else if (msg.type === 'loadError') {
        loaded = true;
        this.fail(new Error(msg.message), onFail);
      } else if (msg.type === 'result') this.finish(msg);
    });
    worker.on('error', (e) => {
      if (worker !== this.worker) return;
      if (!loaded) this.fail(e, onFail);
      else this.replace(`worker error: ${e.message}`, { status: 500, message: `query engine failure: ${e.message}` });
    });
    worker.on('exit', (code) => {
      if (worker !== this.worker || this.closed) return;
      if (!loaded) this.fail(new Error(`query worker exited with code ${code} while loading`), onFail);
      else this.replace(`worker exited with code ${code}`, { status: 500, message: 'query engine stopped unexpectedly' });
    });
  }

  private fail(e: Error, onFail?: (e: Error) => void): void {
    this.worker = undefined;
    this.ready = false;
    this.failed = e.message;
    // loading failed: nothing can be answered
    for (const p of this.queue.splice(0)) p.resolve({ status: 503, message: `the graph could not be loaded: ${e.message}` });
    onFail?.(e);
  }

  /** Answers the running query (if any) with `answer`, and starts a fresh worker. */
  private replace(why: string, answer: QueryAnswer): void {
    const old = this.worker;
    this.worker = undefined;
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.pending.resolve(answer);
      this.current = undefined;
    }
    void old?.terminate();
    if (this.closed) return;
    this.options.onRestart?.(why);
    this.spawn(false);
  }

  private finish(msg: Extract<WorkerReply, { type: 'result' }>): void {
    const cur = this.current;
    if (!cur || cur.id !== msg.id) return;
    clearTimeout(cur.timer);
    this.current = undefined;
    cur.pending.resolve({ status: msg.status, contentType: msg.contentType, body: msg.body, message: msg.message, rows: msg.rows });
    if (msg.fatal) this.replace('query engine failure', { status: 500, message: 'query engine failure' });
    else this.pump();
  }

  private pump(): void {
    if (!this.ready || !this.worker || this.current || this.closed) return;
    const pending = this.queue.shift();
    if (!pending) return;
    const id = this.nextId++;
    const timer = setTimeout(() => {
      if (this.current?.id !== id) return;
      const secs = this.options.timeoutMs / 1000;
      this.replace(`a query ran past ${secs} s`, {
        status: 503,
        message: `query timed out after ${secs} s (the server's --timeout); simplify it or add LIMIT`,
      });
    }, this.options.timeoutMs);
    this.current = { id, pending, timer };
    this.worker.postMessage({ ...pending.job, id } satisfies QueryJob);
  }

  /** Queues a query; always resolves (errors are answers with a 4xx/5xx status). */
  query(job: Omit<QueryJob, 'id'>): Promise<QueryAnswer> {
    if (this.closed) return Promise.resolve({ status: 503, message: 'the server is shutting down' });
    if (this.failed) return Promise.resolve({ status: 503, message: `the graph could not be loaded: ${this.failed}` });
    const max = this.options.maxQueue ?? 64;
    if (this.queue.length >= max) return Promise.resolve({ status: 503, message: `too many queries waiting (${max}); try again shortly` });
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.pending.resolve({ status: 503, message: 'the server is shutting down' });
      this.current = undefined;
    }
    for (const p of this.queue.splice(0)) p.resolve({ status: 503, message: 'the server is shutting down' });
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }
}
