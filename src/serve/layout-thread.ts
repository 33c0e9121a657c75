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

/** The layout in two steps, off this thread. A failed or stopped worker rejects what is not yet given. */
export function layOutOffThread(input: LayoutInput): { first: Promise<FirstRing>; whole: Promise<WholeLayout> } {
  const { url, execArgv } = workerModule(import.meta.url, 'layout-worker');
  const worker = new Worker(url, { workerData: input, execArgv });
  let giveFirst!: (f: FirstRing) => void;
  let giveWhole!: (w: WholeLayout) => void;
  let fail!: (e: Error) => void;
  const first = new Promise<FirstRing>((resolve, reject) => {
    giveFirst = resolve;
    fail = (e) => {
      reject(e);
      failWhole(e);
    };
  });
  let failWhole!: (e: Error) => void;
  const whole = new Promise<WholeLayout>((resolve, reject) => {
    giveWhole = resolve;
    failWhole = reject;
  });
  // a rejection nobody awaits yet (the whole layout while the first ring is served) is not unhandled
  whole.catch(() => undefined);
  worker.on('message', (m: LayoutMessage) => {
    if (m.type === 'first') giveFirst({ positions: new Map(m.positions), quality: m.quality, defaultView: m.defaultView });
    else {
      giveWhole({ positions: new Map(m.positions), result: m.result });
      void worker.terminate();
    }
  });
  worker.on('error', (e) => fail(e));
  worker.on('exit', (code) => fail(new Error(`the layout thread stopped (exit code ${code}) before the layout was done`)));
  return { first, whole };
}
