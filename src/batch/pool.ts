// A pool of worker threads running Core jobs, or the main thread itself for one job.
// `run` queues a job and resolves with its result; `idle` waits until fewer than `limit`
// jobs are in flight, which is how readers apply back-pressure (memory ~ jobs in flight).
import { Worker } from 'node:worker_threads';
import { type ErrorInfo, toNewskgError } from '../errors.js';
import { workerModule } from '../worker-url.js';
import type { Core, Job, Result, Settings } from './core.js';

/**
 * Jobs queued in each worker. Two: one to run while the main thread answers the other; more
 * leave one worker with a queue of jobs at the end of a stage while the others have none.
 */
const DEPTH = 2;

interface Pending {
  resolve: (r: Result, worker: number) => void;
  reject: (e: unknown) => void;
}

export class Pool {
  private workers: Worker[] = [];
  private local?: Core;
  private pending = new Map<number, Pending>();
  private queue: { id: number; job: Job; transfer: ArrayBuffer[] }[] = [];
  private busy: number[] = [];
  private nextId = 0;
  private waiters: (() => void)[] = [];
  private failure?: unknown;
  /** Set by terminate: the workers' exits that follow are ours, not failures. */
  private ending = false;
  inFlight = 0;

  /**
   * The pipeline (extraction, rendering: most of the code) is loaded by whichever thread runs the
   * jobs: this one only for one job, so that with workers it starts them without loading it.
   */
  static async create(size: number, settings: Omit<Settings, 'worker'>): Promise<Pool> {
    const local = size <= 1 ? new (await import('./core.js')).Core({ ...settings, worker: 0 }) : undefined;
    return new Pool(size, settings, local);
  }

  private constructor(
    readonly size: number,
    settings: Omit<Settings, 'worker'>,
    local?: Core,
  ) {
    if (local) {
      this.local = local;
      return;
    }
    const { url, execArgv } = workerModule(import.meta.url, 'worker');
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { workerData: { ...settings, worker: i }, execArgv });
      w.on('message', (m: { id: number; result?: Result; error?: ErrorInfo }) => this.done(i, m));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0 && !this.ending) this.fail(new Error(`build worker ${i} exited with code ${code}`));
      });
      this.workers.push(w);
      this.busy.push(0);
    }
  }

  private fail(e: unknown): void {
    this.failure ??= e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.wake();
  }

  private wake(): void {
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w();
  }

  private done(worker: number, m: { id: number; result?: Result; error?: ErrorInfo }): void {
    this.busy[worker]!--;
    this.inFlight--;
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    if (m.error) p?.reject(toNewskgError(m.error));
    else p?.resolve(m.result!, worker);
    this.dispatch();
    this.wake();
  }

  private dispatch(): void {
    while (this.queue.length) {
      // the least busy worker; each holds at most DEPTH jobs, the rest of the queue stays here
      let best = 0;
      for (let i = 1; i < this.workers.length; i++) if (this.busy[i]! < this.busy[best]!) best = i;
      if (this.busy[best]! >= DEPTH) return;
      const { id, job, transfer } = this.queue.shift()!;
      this.busy[best]!++;
      this.workers[best]!.postMessage({ id, job }, transfer);
    }
  }

  /** `transfer`: buffers of the job to move to the worker rather than copy (unusable here after). */
  async run(job: Job, transfer: ArrayBuffer[] = []): Promise<Result> {
    return (await this.runOn(job, transfer)).result;
  }

  /** As `run`, also telling which thread ran the job (0 for the main thread). */
  runOn(job: Job, transfer: ArrayBuffer[] = []): Promise<{ result: Result; worker: number }> {
    if (this.failure) return Promise.reject(this.failure);
    this.inFlight++;
    if (this.local) {
      try {
        return Promise.resolve({ result: this.local.run(job), worker: 0 });
      } catch (e) {
        return Promise.reject(e);
      } finally {
        this.inFlight--;
      }
    }
    const id = this.nextId++;
    const p = new Promise<{ result: Result; worker: number }>((resolve, reject) => this.pending.set(id, { resolve: (result, worker) => resolve({ result, worker }), reject }));
    // a caller that stopped on another error may never await a job it queued (render's window):
    // its rejection must not end the process as unhandled, before the real error is printed
    p.catch(() => {});
    this.queue.push({ id, job, transfer });
    this.dispatch();
    return p;
  }

  /** Sends a job to every worker (settings such as the surname links) and waits for all. */
  async broadcast(job: Job): Promise<void> {
    if (this.local) {
      this.local.run(job);
      return;
    }
    await Promise.all(
      this.workers.map((w, i) => {
        const id = this.nextId++;
        this.inFlight++;
        this.busy[i]!++;
        const p = new Promise<Result>((resolve, reject) => this.pending.set(id, { resolve, reject }));
        w.postMessage({ id, job });
        return p;
      }),
    );
  }

  /** Resolves once fewer than `limit` jobs are in flight. */
  async idle(limit: number): Promise<void> {
    while (this.inFlight >= limit && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    if (this.local) {
      this.local.close();
      return;
    }
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once('exit', () => resolve());
            w.postMessage('close');
          }),
      ),
    );
  }

  /** Ends the workers at once (after a failure). */
  async terminate(): Promise<void> {
    this.ending = true;
    this.queue = [];
    this.pending.clear();
    if (this.local) {
      try {
        this.local.close();
      } catch {
        /* already closed */
      }
      return;
    }
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
