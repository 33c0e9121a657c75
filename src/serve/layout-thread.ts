// Runs the viewer's layout on a worker thread (layout-worker.ts): the first ring, then the whole.
import { Worker } from 'node:worker_threads';
import { workerModule } from '../worker-url.js';
import type { DefaultViewMember, FirstRing, LayoutInput, LayoutResult, XY } from './viewer-layout.js';

export type LayoutMessage =
  | { type: 'first'; positions: [string, XY][]; quality?: number; defaultView: DefaultViewMember[] }
  | { type: 'whole'; positions: [string, XY][]; result: LayoutResult };

export interface WholeLayout {
  positions: Map<string, XY>;
  result: LayoutResult;
}

/** A promise and its settlers (Promise.withResolvers, which Node 20 lacks). */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: Error) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The layout in two steps, off this thread. A failed or stopped worker rejects what is not yet given. */
export function layOutOffThread(input: LayoutInput): { first: Promise<FirstRing>; whole: Promise<WholeLayout> } {
  const { url, execArgv } = workerModule(import.meta.url, 'layout-worker');
  const worker = new Worker(url, { workerData: input, execArgv });
  const first = deferred<FirstRing>();
  const whole = deferred<WholeLayout>();
  // a rejection nobody awaits yet (the whole layout while the first ring is served) is not unhandled
  whole.promise.catch(() => undefined);
  // (a promise already given is not changed by a later rejection)
  const fail = (e: Error) => {
    first.reject(e);
    whole.reject(e);
  };
  worker.on('message', (m: LayoutMessage) => {
    if (m.type === 'first') first.resolve({ positions: new Map(m.positions), quality: m.quality, defaultView: m.defaultView });
    else {
      whole.resolve({ positions: new Map(m.positions), result: m.result });
      void worker.terminate();
    }
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the layout thread stopped (exit code ${code}) before the layout was done`)));
  return { first: first.promise, whole: whole.promise };
}
